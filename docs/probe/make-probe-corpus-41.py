#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus-41.py OUT_DIR
#
# Probe mailbox "wanjiru": Wanjiru Kamau, Grants & Finance Officer of Afya Bora Kenya, a health NGO in Nairobi (Kilimani), affiliate of
# Afya Bora International (HQ Geneva). Her mailbox is on Microsoft 365 / Exchange Online (tenant EURP195, mailbox server PA4P195MB1483);
# she writes with Outlook for Windows (en-GB quoting). Received headers are those of Exchange Online Protection (EOP), with
# Authentication-Results / X-Forefront-Antispam-Report / X-MS-Exchange-* stamps; internal mail of her tenant has only mapi hops.
# English with Swahili greetings; French from the DRC/Rwanda side and from HQ Geneva; Dutch from the Amsterdam donor. Sept 2024 - May 2025.
# All times are Africa/Nairobi (+0300, no DST) unless the correspondent lives elsewhere (Amsterdam/Geneva CET/CEST, New York EST/EDT,
# Kigali/Goma +0200).
# Writes OUT_DIR/labels.tsv, OUT_DIR/scenarios.tsv (file -> scenario id, description) and
# OUT_DIR/mailboxes/wanjiru/{INBOX,Sent}/N.eml numbered 1..n in arrival order across both folders (CRLF). Only test messages are
# labelled; the rest is context. Deterministic (random.Random(41)); no network; no third-party packages; attachments inert.
#
# Correspondents and their fixed fingerprints (client / Message-ID shape / Received path / DKIM d=,s= / quote style / tz):
#   Afya Bora Kenya (own tenant): Dr. Achieng Odhiambo (Country Director; Outlook desktop, and Outlook for iOS when travelling),
#     Kevin Mutua (M&E officer), Daniel Kiprono (finance assistant, joins Feb 2025): EXO Message-ID <PA4P195MB....@...EURP195.PROD.OUTLOOK.COM>,
#     internal "with mapi" hops only, X-MS-Exchange-Organization-AuthAs: Internal, no Authentication-Results.
#   HQ Geneva: Luc Favre (Head of Finance), Outlook desktop fr-CH ("De : / Envoye : / A : / Objet :", "RE :"), tenant CHEP278,
#     DKIM d=afyabora-intl.example s=selector1, Europe/Zurich; IT service desk = GLPI relayed through the HQ tenant.
#   Stichting Noordlicht Health Fund (Amsterdam donor): Marieke de Vries, Jonas Berger; Outlook desktop nl-NL ("Van: / Verzonden:"),
#     tenant EURP191, DKIM selector1, Europe/Amsterdam; grants portal notifications sent through Mailgun.
#   Hartwell Family Foundation (US donor): Rebecca Lindqvist, Outlook desktop en-US, tenant namprd14, America/New_York; grants portal
#     mail sent by Salesforce (salesforce.com MTAs, DKIM d=hartwellfoundation.example s=sf2023); agreements via DocuSign (docusign.net).
#   Kisumu Community Health Network (KCHN, Kenya): Samuel Ochieng, Beatrice Akinyi; Google Workspace, Gmail web en-GB
#     ("On Mon, 14 Oct 2024 at 10:12 ... wrote:"), Message-ID <CA...@mail.gmail.com>, DKIM d=kchn-kisumu.example s=google.
#   Turkana Health Outreach (THO, Kenya): Peter Ekai, tho.lodwar@yahoo.com, Yahoo Mail Android app (X-Mailer WebService/1.1 ...
#     YahooMailAndroidMobile, <n.n.n@mail.yahoo.com>, sonic...consmr.mail.ir2.yahoo.com with HTTP, DKIM d=yahoo.com s=s2048).
#   Gulu Women's Health Collective (GWHC, Uganda): Florence Atim, gwhc.gulu@gmail.com; Gmail web en-US, Gmail iOS app from the field.
#   Mwanza Maternal Care Trust (MMCT, Tanzania): Neema Mushi; cPanel/Exim host s12.tzwebhost.example, Roundcube 1.6 (plain text,
#     <md5@mmct-mwanza.example>, X-AntiAbuse headers, DKIM s=default); iPhone Mail through the same Exim at night.
#   Association Sante Kivu (ASK, DRC, Goma): Patrick Mulumba; Zimbra 9 web client (French UI: "----- Mail original -----"),
#     Postfix+amavis chain, no DKIM, X-Originating-IP from Vodacom DRC, +0200. Writes English to Wanjiru, sometimes French.
#   Ubuzima Bwiza Initiative (Rwanda): Jean-Paul Habimana; M365 (tenant ZAFP275), Outlook desktop en-GB, Africa/Kigali.
#   Tumaini Printers Ltd (supplier, Nairobi): Joseph Kariuki; cPanel/Exim cp7.kenyawebhost.example, Thunderbird (plain text,
#     format=flowed, <uuid@tumainiprinters.example>), M-Pesa till in the signature.
#   MedSupplies East Africa Ltd (supplier): Faith Njeri (accounts@medsupplies-ea.example); M365 tenant FRAP264, Outlook desktop.
#   Kilele Travel & Tours (travel agency): Aisha Mohamed; M365 Outlook on the web (tenant EURP250), e-tickets as PDF.
#   Ndungu Wekesa & Associates CPA (auditors): Brian Wekesa (audit senior), CPA Lucy Ndungu (partner); M365 tenant EURP192, Outlook.
#   Notifications: Harambee Commercial Bank alerts/payment advices, KRA iTax, Mtaani Courier (SendGrid), Global Health Finance
#   Briefing newsletter (Mailchimp), Kenya NGO Finance Forum (Google Groups, list headers and footer, From rewriting).
#
# Threads (31 conversations over Sept 2024 - May 2025, plus 5 list threads):
#   T1 KCHN quarterly reports + budget revision (Google Drive links in every round); T2 THO tranche disbursements (Swahili greetings);
#   T3 GWHC receipts for the community dialogues; T4 MMCT tranche 3, Q4 report and close-out; T5 ASK expenditure reports (English
#   thread); T6 Ubuzima tablets and receipts; T7 Noordlicht NL-2024-117 financial reporting / audited statements; T8 Noordlicht concept
#   note 2025-2027 (revived after almost 6 months of silence); T9 Hartwell HFF-24-0391 award and agreement; T11 CD Kakamega/Busia
#   field-visit advance; T12 HQ month-end close (monthly packs); T13 Tumaini IEC materials (two orders); T14 Tumaini balance confirmation
#   and change of M-Pesa till; T15 MedSupplies invoices; T16 Kilele flights (Kisumu workshop, Lodwar trip); T17 FY2024 audit;
#   T18 welcome of the new finance assistant; T18b petty-cash reconciliation; T19 CD forwards Hartwell's site-visit mail;
#   T20 Kevin, Naivasha workshop per diems; T21 HQ/CD audit-fee allocation (Wanjiru copied later -> O1); T22 MMCT/Kevin data-quality
#   visit (Wanjiru added in Cc -> O2); T24 HQ FY2025 budget; T25 KCHN CHV stipend bulk file; T26 Kilele Geneva trip for the CD;
#   T27 Kevin Mwanza DQA advance; T28 Noordlicht budget-revision approval; T29 auditor engagement letter; T30 Q1 budget vs actual;
#   T31 THO Q1 report; T32 GWHC Q2 workplan. List threads L1-L5 on the Kenya NGO Finance Forum (members Otieno Were, Mary Wairimu,
#   Fatuma Hassan (From rewritten by the group), George Njoroge). Stand-alone: Noordlicht Teams meeting request (text/calendar),
#   bank alerts, KRA iTax, Hartwell portal, Noordlicht portal, DocuSign, courier, newsletter, GLPI service-desk tickets, auto-replies.
# Output: 337 messages (226 INBOX, 111 Sent); 143 labelled = 16 hijacks + 31 genuine-hard + 2 genuine-orphan + 94 genuine-reply.
#
# Hijacks (16):
#   A1  T1  server-hijack      KCHN Google Workspace (same Gmail headers), 03:07 on a Saturday: "budget revision" link to a Google Slides deck
#   A2  T2  account-takeover   THO Yahoo account used over SMTP from Outlook 16 (not the Android app): tranche 2 to a "temporary" M-Pesa paybill
#   A3  T3  account-takeover   GWHC gmail.com via smtp.gmail.com ESMTPSA from a Windows PC in +0100, Outlook Message-ID: PDF letter, new bank account
#   A4  T7  lookalike-domain   noordlichtfund.example (no hyphen) on an M365 trial tenant: upload audited statements to a "document exchange" link
#   A5  T11 display-name-spoof "Dr. Achieng Odhiambo" from a gmail.com address: airtime vouchers + Google Play cards, send PINs
#   A6  T9  display-name-spoof "Rebecca Lindqvist" from a PHP mailer on a compromised dental practice's cPanel: e-signature "Amendment 1" link, altered quote
#   A7  T4  server-hijack      MMCT Roundcube on their cPanel (same headers): "bank advice" HTML attachment with a login form
#   A8  T5  server-hijack      ASK Zimbra (same headers): French reply with a .docm into the English reporting thread
#   A9  T16 server-hijack      Kilele Travel OWA/EXO (same headers): "schedule change" .ics whose URL/description lead to an unknown domain
#   A10 --  fake-thread        stranger "RE: Per diem reimbursement - Naivasha M&E workshop" with fabricated quote, claims-portal link
#   A11 T15 lookalike-domain   medsupplies-eastafrica.example: invoice PDF with a "new" KCB account, altered quote of the real thread
#   A12 T13 account-takeover   Tumaini cPanel mailbox used through Roundcube (he always uses Thunderbird) at 20:58: OneNote "delivery note"
#   A13 --  fake-thread        "RE: Withholding VAT assessment" from a KRA look-alike sender, password-protected zip (.pdf.lnk), password in text
#   A14 T17 server-hijack      auditor's real EXO mailbox (same Outlook headers): "voice message" SVG attachment in the audit thread
#   A15 T12 display-name-spoof "Luc Favre" from outlook.com: confidential settlement payment, call a lawyer's number, quotes the real thread
#   A16 T6  account-takeover   Ubuzima M365 account via SMTP AUTH from eM Client on a VPS: "report viewer update" zip holding a disk image
#
# Genuine hard cases (31):
#   G1  --  Hartwell portal (Salesforce): interim report due, many links, no reply headers
#   G2  --  Hartwell portal: payment scheduled notification
#   G3  --  Noordlicht grants portal (Mailgun): reporting reminder with portal link
#   G4  T1  KCHN shares the budget workbook as a Google Sheets link (links always used in this thread), office hours
#   G5  T3  GWHC director sends receipt photos from the Gmail iOS app at 22:14
#   G6  T14 Tumaini's real letter announcing the change of M-Pesa till (PDF), before verification
#   G7  T13 first Tumaini invoice with the new till, after Wanjiru confirmed it by phone in T14 (Sent)
#   G8  T2  THO reply mostly in Swahili ("Habari ya asubuhi...") in an English thread
#   G9  T8  Noordlicht revives the concept-note thread after almost 6 months of silence, for the 2025 call
#   G10 T17 auditor sends a password-protected draft PDF; the password comes by SMS
#   G11 T17 auditor requests documents through a ShareFile link (sharefile.com)
#   G12 T12 HQ out-of-office "Reponse automatique" (French/English)
#   G13 L2  list reply (Google Groups) to Wanjiru's question, with list footer, From rewritten "via Kenya NGO Finance Forum"
#   G14 T19 Country Director forwards (FW:) Hartwell's site-visit mail with the agenda PDF
#   G15 T18b new finance assistant (introduced by the CD) writes for the first time, with an Excel reconciliation
#   G16 T4  MMCT finance officer from her iPhone at 22:41 (same server, other client)
#   G17 T2  THO coordinator announces a new phone number (signature changes)
#   G18 --  bank payment advice (PDF) for the Tumaini payment, no reply headers
#   G19 T15 MedSupplies' genuine invoice with their Equity bank details and branch code
#   G20 T16 travel agency sends e-tickets (PDF) and an invoice with their paybill
#   G21 T5  ASK writes in French (with the PDF report) in the English thread
#   G22 --  HQ IT service desk (GLPI) ticket: MFA re-registration, link to mysignins.microsoft.com
#   G23 T6  Ubuzima sends the zipped scanned receipts Wanjiru requested
#   G24 T1  KCHN's finance officer joins the thread (reply-all, first message from her)
#   G25 --  real DocuSign envelope for the Hartwell grant agreement (docusign.net)
#   G26 T7  Noordlicht Dutch automatic reply ("Automatisch antwoord")
#   G27 --  courier delivery notification with tracking link (MedSupplies shipment)
#   G28 T11 Country Director approves from Outlook for iOS at 23:48
#   G29 --  Noordlicht Teams meeting invitation (.ics, text/calendar) for the renewal call
#   G30 T7  Noordlicht asks for the audited statements to be uploaded on their own portal (link to their domain)
#   G31 --  KRA iTax withholding-tax certificate notification
# Genuine orphans (2): O1 T21 HQ's reply in a thread started between the CD and HQ before Wanjiru was copied (parent not in mailbox);
#   O2 T22 MMCT replies to Kevin's message and adds Wanjiru in Cc (parent not in mailbox).
# Plain genuine replies: every other labelled in-thread partner reply (genuine-reply), including replies on the list threads.
import base64, datetime, hashlib, html as H, io, os, quopri, random, re, struct, sys, uuid, zipfile, zlib
from zoneinfo import ZoneInfo

root = sys.argv[1]
MB = "wanjiru"
for f in ("INBOX", "Sent"): os.makedirs(f"{root}/mailboxes/{MB}/{f}", exist_ok=True)
R = random.Random(41)
EAT = ZoneInfo("Africa/Nairobi"); CHZ = ZoneInfo("Europe/Zurich"); AMS = ZoneInfo("Europe/Amsterdam"); NYC = ZoneInfo("America/New_York")
KGL = ZoneInfo("Africa/Kigali"); GOMA = ZoneInfo("Africa/Lubumbashi"); UTC = datetime.timezone.utc
PAC = ZoneInfo("America/Los_Angeles"); WAT = datetime.timezone(datetime.timedelta(hours=1))


def hx(k): return "".join(R.choice("0123456789abcdef") for _ in range(k))
def HX(k): return hx(k).upper()
def rbytes(k): return bytes(R.getrandbits(8) for _ in range(k))
def ruuid(): return str(uuid.UUID(int=R.getrandbits(128), version=4))
def alnum(k): return "".join(R.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(k))
def b64(k): return base64.b64encode(rbytes(k)).decode()
def at(y, mo, d, h, mi, tz=EAT): return datetime.datetime(y, mo, d, h, mi, R.randint(0, 59), tzinfo=tz)
def sec(n): return datetime.timedelta(seconds=n)


class Pt:
    def __init__(s, name, email, client, infra, sig="", tz=EAT, loc="en-GB", mbx=None):
        s.name, s.email, s.client, s.infra, s.sig, s.tz, s.loc, s.mbx = name, email, client, infra, sig, tz, loc, mbx
        s.dom = email.split("@")[1]


OWN = "afyabora-kenya.example"
REG = {"own": "EURP195", "hq": "CHEP278", "nl": "EURP191", "hff": "namprd14", "audit": "EURP192", "msea": "FRAP264", "kilele": "EURP250",
       "ubz": "ZAFP275", "coast": "EURP192", "look-nl": "eurprd04", "look-msea": "eurprd09", "olcom": "EURP193"}
me = Pt("Wanjiru Kamau", f"wanjiru.kamau@{OWN}", "ol", "own",
        "\n\nBest regards,\nWanjiru Kamau\nGrants & Finance Officer\nAfya Bora Kenya\nKilimani Business Centre, 3rd Floor, Argwings Kodhek Road, Nairobi\n"
        "Tel: +254 20 555 0147 | Mob: +254 722 555 318", mbx="PA4P195MB1483")
cd = Pt("Dr. Achieng Odhiambo", f"achieng.odhiambo@{OWN}", "ol", "own",
        "\n\nDr. Achieng Odhiambo\nCountry Director | Afya Bora Kenya\n+254 722 555 901", mbx="PA4P195MB0962")
kevin = Pt("Kevin Mutua", f"kevin.mutua@{OWN}", "ol", "own", "\n\nRegards,\nKevin Mutua\nMonitoring & Evaluation Officer | Afya Bora Kenya\n+254 710 555 482",
           mbx="PA4P195MB1127")
daniel = Pt("Daniel Kiprono", f"daniel.kiprono@{OWN}", "ol", "own", "\n\nKind regards,\nDaniel Kiprono\nFinance Assistant | Afya Bora Kenya\n+254 745 555 210",
            mbx="PA4P195MB2210")
luc = Pt("Luc Favre", "luc.favre@afyabora-intl.example", "ol", "hq",
         "\n\nMeilleures salutations / Best regards\nLuc Favre\nHead of Finance | Afya Bora International\nRue de Lausanne 64, 1202 Geneve | +41 22 555 73 10",
         tz=CHZ, loc="fr-CH", mbx="GVAP278MB0415")
glpi = Pt("Afya Bora IT Service Desk", "servicedesk@afyabora-intl.example", "glpi", "hq-glpi", tz=CHZ)
marieke = Pt("Marieke de Vries", "m.devries@noordlicht-fund.example", "ol", "nl",
             "\n\nMet vriendelijke groet / Kind regards,\n\nMarieke de Vries\nSenior Programme Officer - East Africa\nStichting Noordlicht Health Fund\n"
             "Keizersgracht 412, 1016 GC Amsterdam | +31 20 555 8412", tz=AMS, loc="nl-NL", mbx="AM8P191MB1247")
jonas = Pt("Jonas Berger", "j.berger@noordlicht-fund.example", "ol", "nl",
           "\n\nKind regards,\nJonas Berger\nGrants Finance Controller\nStichting Noordlicht Health Fund\n+31 20 555 8430", tz=AMS, loc="nl-NL", mbx="AM8P191MB0733")
nlgms = Pt("Noordlicht Grants Portal", "noreply@grants.noordlicht-fund.example", "gms", "mailgun-nl", tz=AMS)
rebecca = Pt("Rebecca Lindqvist", "rlindqvist@hartwellfoundation.example", "ol", "hff",
             "\n\nRebecca Lindqvist\nProgram Officer, Global Health\nHartwell Family Foundation\n1420 K Street NW, Suite 600, Washington, DC 20005\n+1 202 555 0178",
             tz=NYC, loc="en-US", mbx="BL1PR14MB5123")
hffportal = Pt("Hartwell Family Foundation Grants", "grants@hartwellfoundation.example", "sfdc", "sfdc-hff", tz=NYC)
docusign = Pt("Rebecca Lindqvist via DocuSign", "dse_NA4@docusign.net", "docusign", "docusign", tz=UTC)
samuel = Pt("Samuel Ochieng", "samuel.ochieng@kchn-kisumu.example", "gweb", "gws-kchn",
            "\n\n--\nSamuel Ochieng\nProgramme Coordinator\nKisumu Community Health Network (KCHN)\nP.O. Box 2231-40100, Kisumu | +254 733 555 204")
beatrice = Pt("Beatrice Akinyi", "beatrice.akinyi@kchn-kisumu.example", "gweb", "gws-kchn",
              "\n\n--\nBeatrice Akinyi\nFinance Officer\nKisumu Community Health Network (KCHN)\n+254 721 555 660")
PETER_SIG_OLD = "\n\nPeter Ekai\nCoordinator, Turkana Health Outreach\nLodwar | 0712 555 309"
PETER_SIG_NEW = "\n\nPeter Ekai\nCoordinator, Turkana Health Outreach\nLodwar | 0798 555 046 (new)"
peter = Pt("Peter Ekai", "tho.lodwar@yahoo.com", "yand", "yahoo", PETER_SIG_OLD)
florence = Pt("Florence Atim", "gwhc.gulu@gmail.com", "gweb", "gmail",
              "\n\n-- \nFlorence Atim\nExecutive Director\nGulu Women's Health Collective\nPlot 14 Awich Road, Gulu, Uganda | +256 772 555 618", loc="en-US")
neema = Pt("Neema Mushi", "neema.mushi@mmct-mwanza.example", "rc", "cpanel-mmct",
           "\n\n--\nNeema Mushi\nFinance & Admin Officer\nMwanza Maternal Care Trust\nIsamilo Road, Mwanza, Tanzania\nTel: +255 28 255 5190 | Mob: +255 754 555 772")
patrick = Pt("Patrick Mulumba", "p.mulumba@sante-kivu.example", "zim", "zimbra-ask",
             "\n\nPatrick Mulumba\nResponsable Administratif et Financier\nAssociation Sante Kivu (ASK)\nAvenue du Lac 27, Goma, RDC\n+243 99 555 4120",
             tz=GOMA, loc="fr")
jeanpaul = Pt("Jean-Paul Habimana", "jp.habimana@ubuzima-bwiza.example", "ol", "ubz",
              "\n\nKind regards,\nJean-Paul Habimana\nFinance Manager\nUbuzima Bwiza Initiative\nKG 11 Ave, Kigali, Rwanda | +250 788 555 214",
              tz=KGL, mbx="JNAP275MB1658")
JOSEPH_SIG_OLD = "\n\n-- \nJoseph Kariuki\nSales & Accounts\nTumaini Printers Ltd\nLuthuli Avenue, Nairobi | 0722 555 871\nM-Pesa Buy Goods Till No. 5583 217"
JOSEPH_SIG_NEW = "\n\n-- \nJoseph Kariuki\nSales & Accounts\nTumaini Printers Ltd\nLuthuli Avenue, Nairobi | 0722 555 871\nM-Pesa Buy Goods Till No. 9127 440"
joseph = Pt("Joseph Kariuki", "joseph@tumainiprinters.example", "tb", "cpanel-tumaini", JOSEPH_SIG_OLD)
faith = Pt("Faith Njeri", "accounts@medsupplies-ea.example", "ol", "msea",
           "\n\nRegards,\nFaith Njeri\nAccounts Receivable\nMedSupplies East Africa Ltd\nMombasa Road, Godown 14, Nairobi | +254 20 555 3340",
           mbx="MRZP264MB2871")
aisha = Pt("Aisha Mohamed", "aisha@kileletravel.example", "owa", "kilele",
           "\n\nWarm regards,\nAisha Mohamed\nCorporate Travel Consultant\nKilele Travel & Tours Ltd | IATA accredited\nWestlands, Nairobi | +254 711 555 630 "
           "(24h: +254 733 555 999)", mbx="AS8P250MB0619")
brian = Pt("Brian Wekesa", "brian.wekesa@ndunguwekesa-cpa.example", "ol", "audit",
           "\n\nRegards,\nBrian Wekesa\nAudit Senior\nNdungu Wekesa & Associates, Certified Public Accountants\nUpper Hill, Nairobi | +254 20 555 7710",
           mbx="DB9P192MB1402")
lucy = Pt("CPA Lucy Ndungu", "lucy.ndungu@ndunguwekesa-cpa.example", "ol", "audit",
          "\n\nCPA Lucy Ndungu\nPartner\nNdungu Wekesa & Associates, Certified Public Accountants", mbx="DB9P192MB0388")
bank = Pt("Harambee Commercial Bank", "alerts@harambeebank.example", "bank", "bank")
kra = Pt("KRA iTax", "no-reply@itax.kra.example", "kra", "kra")
courier = Pt("Mtaani Courier", "notify@mtaanicourier.example", "sendgrid", "sendgrid-courier")
news = Pt("Global Health Finance Briefing", "briefing@ghfinance-news.example", "mailchimp", "mailchimp")

# helo, ip prefix, dkim d, dkim s (None = unsigned), envelope domain (None = From), dmarc (None = no record), country, outbound kind
INFRA = {
    "hq": ("mail-zr0che01on{n}.outbound.protection.outlook.com", "40.107.168.", "afyabora-intl.example", "selector1", None, "quarantine", "CH"),
    "hq-glpi": ("mail-zr0che01on{n}.outbound.protection.outlook.com", "40.107.168.", "afyabora-intl.example", "selector1", None, "quarantine", "CH"),
    "nl": ("mail-am8eur01on{n}.outbound.protection.outlook.com", "40.107.22.", "noordlicht-fund.example", "selector1", None, "reject", "NL"),
    "mailgun-nl": ("m228-{n}.mailgun.net", "159.135.228.", "grants.noordlicht-fund.example", "mg", "grants.noordlicht-fund.example", "reject", "US"),
    "hff": ("mail-bl2nam02on{n}.outbound.protection.outlook.com", "40.107.212.", "hartwellfoundation.example", "selector1", None, "quarantine", "US"),
    "sfdc-hff": ("smtp0{n}-ia4-sp3.mta.salesforce.com", "13.110.6.", "hartwellfoundation.example", "sf2023", "bnc3.mta.salesforce.com", "quarantine", "US"),
    "docusign": ("mailna4b.docusign.net", "64.207.219.", "docusign.net", "s1", "docusign.net", "reject", "US"),
    "gws-kchn": ("mail-ej1-f{n}.google.com", "209.85.218.", "kchn-kisumu.example", "google", None, "none", "US"),
    "gmail": ("mail-wr1-f{n}.google.com", "209.85.221.", "gmail.com", "20230601", None, "none", "US"),
    "yahoo": ("sonic309-{n}.consmr.mail.ir2.yahoo.com", "77.238.179.", "yahoo.com", "s2048", None, "reject", "IE"),
    "cpanel-mmct": ("s12.tzwebhost.example", "41.59.93.", "mmct-mwanza.example", "default", None, None, "TZ"),
    "zimbra-ask": ("mail.sante-kivu.example", "41.243.11.", None, None, None, None, "CD"),
    "gws-kha": ("mail-qk1-f{n}.google.com", "209.85.222.", "kenyahealthalliance.example", "google", None, "none", "US"),
    "coast": ("mail-db5eur02on{n}.outbound.protection.outlook.com", "40.107.250.", "coastcare.example", "selector1", None, "reject", "IE"),
    "ubz": ("mail-jnb01on{n}.outbound.protection.outlook.com", "40.107.201.", "ubuzima-bwiza.example", "selector1", None, "none", "ZA"),
    "cpanel-tumaini": ("cp7.kenyawebhost.example", "196.201.214.", "tumainiprinters.example", "default", None, None, "KE"),
    "msea": ("mail-mr2fra01on{n}.outbound.protection.outlook.com", "40.107.9.", "medsupplies-ea.example", "selector1", None, "none", "FR"),
    "kilele": ("mail-as8eur05on{n}.outbound.protection.outlook.com", "40.107.23.", "kileletravel.example", "selector1", None, "none", "NL"),
    "audit": ("mail-db9eur02on{n}.outbound.protection.outlook.com", "40.107.249.", "ndunguwekesa-cpa.example", "selector1", None, "none", "IE"),
    "bank": ("mta2.harambeebank.example", "196.216.163.", "harambeebank.example", "hcb2022", "harambeebank.example", "reject", "KE"),
    "kra": ("mail3.kra.example", "197.248.117.", "kra.example", "kra1", None, "none", "KE"),
    "sendgrid-courier": ("o{n}.ptr3361.mtaanicourier.example", "149.72.34.", "mtaanicourier.example", "s1", "em4412.mtaanicourier.example", "none", "US"),
    "mailchimp": ("mail{n}.atl121.mcsv.net", "198.2.139.", "ghfinance-news.example", "k2", "mail35.atl121.mcsv.net", "none", "US"),
    "ggroups": ("mail-yb1-f{n}.google.com", "209.85.219.", "googlegroups.com", "20230601", "googlegroups.com", None, "US"),
    # attackers
    "gsmtp": ("mail-wm1-f{n}.google.com", "209.85.128.", "gmail.com", "20230601", None, "none", "US"),
    "yahoo-smtp": ("sonic314-{n}.consmr.mail.ir2.yahoo.com", "77.238.177.", "yahoo.com", "s2048", None, "reject", "IE"),
    "look-nl": ("mail-db8eur05on{n}.outbound.protection.outlook.com", "40.107.20.", "noordlichtfund.example", "selector1", None, None, "NL"),
    "look-msea": ("mail-vi1eur04on{n}.outbound.protection.outlook.com", "40.107.8.", "medsupplies-eastafrica.example", "selector1", None, None, "NL"),
    "cpanel-dental": ("server1.pinecrest-dentalcare.example", "162.241.114.", "pinecrest-dentalcare.example", "default", None, None, "US"),
    "claims": ("mx1.claims-portal-hr.example", "91.215.85.", "claims-portal-hr.example", "mail", None, None, "RU"),
    "kra-fake": ("vmi2281934.contaboserver.net", "62.171.176.", "kra-itax-notices.example", "default", None, None, "DE"),
    "olcom": ("EUR03-DBA-obe.outbound.protection.outlook.com", "52.101.154.", "outlook.com", "selector1", None, "none", "IE"),
    "ubz-smtp": ("mail-jnb01on{n}.outbound.protection.outlook.com", "40.107.201.", "ubuzima-bwiza.example", "selector1", None, "none", "ZA"),
}
OWN_TENANT = ruuid()
TENANT = {k: ruuid() for k in ("hq", "nl", "hff", "ubz", "msea", "kilele", "audit", "look-nl", "look-msea", "olcom")}


def exver(t):
    m = (t.year - 2024) * 12 + t.month
    return {9: "15.20.7962.017", 10: "15.20.8069.016", 11: "15.20.8158.011", 12: "15.20.8251.015", 13: "15.20.8356.014", 14: "15.20.8445.017",
            15: "15.20.8534.024", 16: "15.20.8632.021", 17: "15.20.8722.029"}.get(m, "15.20.8722.029")


def exo_host(mbx, reg):
    return f"{mbx}.{reg.lower()}.prod.outlook.com" if reg.islower() else f"{mbx}.{reg}.PROD.OUTLOOK.COM"


def rfc(t, tz=None): return (t.astimezone(tz) if tz else t).strftime("%a, %d %b %Y %H:%M:%S %z")
def rfcu(t): return t.astimezone(UTC).strftime("%a, %-d %b %Y %H:%M:%S +0000")
def pst(t): return t.astimezone(PAC).strftime("%a, %d %b %Y %H:%M:%S %z (%Z)")


def make_mid(who, client, t, infra=None):
    infra = infra or who.infra
    if client in ("gweb", "gand", "gios"): return "<CA" + base64.urlsafe_b64encode(rbytes(42)).decode()[:R.choice((52, 54, 55))] + "@mail.gmail.com>"
    if client in ("ol", "owa", "olios", "olatk"):
        reg = REG.get(infra, "EURP195"); mbx = who.mbx or "PA4P195MB1483"
        host = exo_host(mbx, reg)
        return f"<{mbx}{HX(16) if R.random() < 0.5 else HX(20)}@{host}>"
    if client == "yand": return f"<{R.randint(10**8, 10**9 - 1)}.{R.randint(10**6, 10**7 - 1)}.{int(t.timestamp() * 1000)}@mail.yahoo.com>"
    if client == "olsmtp":
        return f"<{R.randint(0, 255):04x}01db{hx(4)}${hx(8)}${hx(8)}$@{who.dom}>"
    if client == "rc": return f"<{hx(32)}@{who.dom}>"
    if client == "iph": return f"<{ruuid().upper()}@{who.dom}>"
    if client == "tb": return f"<{ruuid()}@{who.dom}>"
    if client == "zim": return f"<{R.randint(10**8, 10**9)}.{R.randint(10**5, 10**6)}.{int(t.timestamp() * 1000)}.JavaMail.zimbra@{who.dom}>"
    if client == "emc": return f"<em{ruuid()}@desktop-{alnum(7).lower()}>"
    if client == "glpi": return f"<GLPI_{hx(13)}-Ticket-{R.randint(4000, 4999)}/update@servicedesk.afyabora-intl.example>"
    if client == "sfdc": return f"<{alnum(20)}000000000000000000000000000000000000000000000{alnum(4)}{alnum(26)}@sfdc.net>"
    if client == "docusign": return f"<{ruuid()}@docusign.net>"
    if client == "gms": return f"<{int(t.timestamp())}.{hx(12)}@grants.noordlicht-fund.example>"
    if client == "gg": return "<CA" + base64.urlsafe_b64encode(rbytes(42)).decode()[:54] + "@mail.gmail.com>"
    if client == "bank": return f"<HCB{t.astimezone(EAT):%Y%m%d%H%M%S}.{R.randint(100000, 999999)}@notify.harambeebank.example>"
    if client == "kra": return f"<{R.randint(10**11, 10**12)}.JavaMail.itax@itax.kra.example>"
    if client == "sendgrid": return f"<{alnum(22)}@geopod-ismtpd-{R.randint(1, 40)}>"
    if client == "mailchimp": return f"<{hx(20)}.{hx(10)}@mail35.atl121.mcsv.net>"
    if client == "cpx": return f"<{hx(32)}@{who.dom}>"
    if client == "php": return f"<{alnum(42)}@{who.dom}>"
    return f"<{hx(24)}@{who.dom}>"


# ------------------------------------------------------------------ quoting, per client and locale
MON = {"en": "January February March April May June July August September October November December".split(),
       "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
       "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()}
WD = {"en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(), "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
      "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split()}


def _lines(text, pfx="> "): return "\n".join(pfx + l if l else pfx.rstrip() for l in text.split("\n"))
def ampm(t): return f"{(t.hour % 12) or 12}:{t:%M} {'AM' if t.hour < 12 else 'PM'}"
def gb_mon(t): return "Sept" if t.month == 9 else t.strftime("%b")


def addrs(lst): return "; ".join(f"{n} <{e}>" for n, e in lst)


def quote_head(client, loc, q, tz):
    """the attribution / header block the replying client writes above the quoted text (plain text)"""
    t = q["t"].astimezone(tz); name, email = q["name"], q["email"]
    if client in ("ol", "olatk"):
        if loc == "nl-NL":
            rows = [("Van", f"{name} <{email}>"), ("Verzonden", f"{WD['nl'][t.weekday()]} {t.day} {MON['nl'][t.month - 1]} {t.year} {t:%H:%M}"), ("Aan", addrs(q["to"]))]
            if q["cc"]: rows.append(("CC", addrs(q["cc"])))
            rows.append(("Onderwerp", q["subj"]))
            return "\n".join(f"{k}: {v}" for k, v in rows)
        if loc == "fr-CH":
            rows = [("De", f"{name} <{email}>"), ("Envoyé", f"{WD['fr'][t.weekday()]}, {t.day} {MON['fr'][t.month - 1]} {t.year} {t:%H:%M}"), ("À", addrs(q["to"]))]
            if q["cc"]: rows.append(("Cc", addrs(q["cc"])))
            rows.append(("Objet", q["subj"]))
            return "\n".join(f"{k} : {v}" for k, v in rows)
        if loc == "en-US":
            sent = f"{WD['en'][t.weekday()]}, {MON['en'][t.month - 1]} {t.day}, {t.year} {ampm(t)}"
        else:
            sent = f"{t.day:02d} {MON['en'][t.month - 1]} {t.year} {t:%H:%M}"
        rows = [("From", f"{name} <{email}>"), ("Sent", sent), ("To", addrs(q["to"]))]
        if q["cc"]: rows.append(("Cc", addrs(q["cc"])))
        rows.append(("Subject", q["subj"]))
        return "\n".join(f"{k}: {v}" for k, v in rows)
    if client in ("owa", "olios"):
        if client == "olios": sent = f"{WD['en'][t.weekday()]}, {MON['en'][t.month - 1]} {t.day}, {t.year} {t:%-I:%M:%S} {'AM' if t.hour < 12 else 'PM'}"
        else: sent = f"{WD['en'][t.weekday()]}, {t.day} {MON['en'][t.month - 1]} {t.year} {t:%H:%M}"
        rows = [("From", f"{name} <{email}>"), ("Sent", sent), ("To", addrs(q["to"]))]
        if q["cc"]: rows.append(("Cc", addrs(q["cc"])))
        rows.append(("Subject", q["subj"]))
        return "\n".join(f"{k}: {v}" for k, v in rows)
    if client == "olsmtp":
        return (f"-----Original Message-----\nFrom: {name} <{email}> \nSent: {WD['en'][t.weekday()]}, {MON['en'][t.month - 1]} {t.day}, {t.year} {ampm(t)}\n"
                f"To: {q['to'][0][1]}\nSubject: {q['subj']}")
    if client == "gweb":
        if loc == "en-US": return f"On {t:%a}, {t:%b} {t.day}, {t.year} at {ampm(t)} {name} <{email}> wrote:"
        return f"On {t:%a}, {t.day} {gb_mon(t)} {t.year} at {t:%H:%M}, {name} <{email}> wrote:"
    if client == "gand": return f"On {t:%a}, {t.day} {gb_mon(t)} {t.year}, {t:%H:%M} {name}, <{email}> wrote:"
    if client == "gios": return f"On {t:%a}, {t:%b} {t.day}, {t.year} at {ampm(t)} {name} <{email}> wrote:"
    if client == "yand": return f"On {t:%a}, {t.day} {t:%b} {t.year} at {t:%H:%M}, {name}<{email}> wrote:"
    if client == "rc": return f"On {t:%Y-%m-%d %H:%M}, {name} wrote:"
    if client == "iph": return f"On {t.day} {t:%b} {t.year}, at {t:%H:%M}, {name} <{email}> wrote:"
    if client == "tb": return f"On {t:%d/%m/%Y} {t:%H:%M}, {name} wrote:"
    if client == "zim":
        tn, te = q["to"][0]
        return (f"----- Mail original -----\nDe: \"{name}\" <{email}>\nÀ: \"{tn}\" <{te}>\n"
                f"Envoyé: {WD['fr'][t.weekday()].capitalize()} {t.day} {MON['fr'][t.month - 1].capitalize()} {t.year} {t:%H:%M:%S}\nObjet: {q['subj']}")
    if client == "emc":
        return f"------ Original Message ------\nFrom \"{name}\" <{email}>\nTo \"{q['to'][0][0]}\" <{q['to'][0][1]}>\nDate {t:%d/%m/%Y %H:%M:%S}\nSubject {q['subj']}"
    return f"On {t:%d %b %Y %H:%M}, {name} wrote:"


def quote_block(client, head, body):
    """plain-text quote: header + quoted body in the client's style"""
    if client in ("ol", "olatk", "olsmtp"): return "\n\n" + head + "\n\n" + body
    if client == "owa": return "\n\n________________________________\n" + head + "\n\n" + body
    if client == "olios": return "\n\n________________________________\n" + head + "\n\n" + body
    if client == "yand": return "\n\n  " + head + "   \n" + _lines(body, "   ")
    if client == "iph": return "\n\n> " + head + "\n> \n" + _lines(body)
    if client == "zim": return "\n\n" + head + "\n\n" + _lines(body)
    if client == "emc": return "\n\n" + head + "\n\n" + body
    if client in ("gweb", "gand", "gios"): return "\n\n" + head + "\n\n" + _lines(body)
    return "\n\n" + head + "\n" + _lines(body)


def linkify(s): return re.sub(r'(https?://[^\s<>"]+)', lambda m: f'<a href="{m.group(1)}">{m.group(1)}</a>', s)
def esc_lines(s, br="<br>\n"): return br.join(linkify(H.escape(l)) for l in s.split("\n"))


def html_of(client, new, head, body, loc="en-GB"):
    """HTML alternative as the client writes it (None: the client sends text/plain only)"""
    n = esc_lines(new)
    if client in ("ol", "olatk", "olsmtp"):
        lang = {"nl-NL": "NL", "fr-CH": "FR-CH", "en-US": "EN-US"}.get(loc, "EN-GB")
        paras = "".join(f'<p class="MsoNormal">{linkify(H.escape(l)) if l else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>\n' for l in new.split("\n"))
        qh = ""
        if head:
            hl = head.split("\n")
            if client == "olsmtp": hl = hl[1:]
            qrows = "<br>\n".join(f"<b>{H.escape(l.split(':', 1)[0])}:</b>{H.escape(l.split(':', 1)[1])}" if ":" in l else H.escape(l) for l in hl)
            qb = "".join(f'<p class="MsoNormal">{linkify(H.escape(l)) if l else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>\n' for l in body.split("\n"))
            qh = ('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n<p class="MsoNormal"><span lang="EN-US">'
                  + qrows + "<o:p></o:p></span></p>\n</div>\n</div>\n" + qb)
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" '
                'content="text/html; charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n/* Font Definitions */\n'
                '@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{margin:0cm;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n--></style>\n</head>\n'
                f'<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n' + paras + qh + "</div>\n</body>\n</html>\n")
    if client in ("owa", "olios"):
        out = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
               '</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; '
               'font-size: 12pt; color: rgb(0, 0, 0);">\n' + n + "</div>\n")
        if client == "olios": out += '<div dir="ltr" id="ms-outlook-mobile-signature"><div>Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div></div>\n'
        if head:
            out += ('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" '
                    'style="font-size:11pt" color="#000000">' + "<br>\n".join(f"<b>{H.escape(l.split(':', 1)[0])}:</b>{H.escape(l.split(':', 1)[1])}" for l in head.split("\n"))
                    + "</font>\n<div>&nbsp;</div>\n</div>\n<div>" + esc_lines(body) + "</div>\n")
        return out + "</body>\n</html>\n"
    if client in ("gweb", "gand", "gios"):
        out = '<div dir="ltr">' + n.replace("\n", "") + "</div>"
        if head:
            out += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">' + H.escape(head) + '<br></div><blockquote class="gmail_quote" '
                    'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' + esc_lines(body) + "</blockquote></div>")
        return out + "\n"
    if client == "yand":
        out = ('<html><head></head><body><div id="yMail_cursorElementTracker_' + str(R.randint(10**12, 10**13)) + '">' + n + '</div><br><br>'
               '<div id="ymail_android_signature"><a id="ymail_android_signature_link" href="https://mail.onelink.me/107872968?pid=nativeplacement&amp;'
               'c=Global_Acquisition_YMktg_315_Internal_EmailSignature&amp;af_sub1=Acquisition&amp;af_sub2=Global_YMktg&amp;af_sub3=&amp;af_sub4=100000604&amp;'
               'af_sub5=EmailSignature__Static_">Sent from Yahoo Mail on Android</a></div>')
        if head:
            out += (' <br> <blockquote style="margin: 0 0 20px 0;"> <div style="font-family:Roboto, sans-serif; color:#6D00F6;"> <div>' + H.escape(head) + '</div> </div> '
                    '<div style="padding: 10px 0 0 20px; margin: 10px 0 0 0; border-left: 1px solid #6D00F6;"> ' + esc_lines(body) + " </div> </blockquote>")
        return out + "</body></html>"
    if client == "iph":
        out = '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">' + n + '<div><br id="lineBreakAtBeginningOfSignature"><div dir="ltr">Sent from my iPhone</div>'
        if head:
            out += ('<div dir="ltr"><br><blockquote type="cite">' + H.escape(head) + '<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">'
                    + esc_lines(body) + "</div></blockquote>")
        return out + "</div></body></html>"
    if client == "zim":
        out = '<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000"><div>' + n + "</div>"
        if head:
            hl = head.split("\n")[1:]
            out += ('<div><br></div><hr id="zwchr" data-marker="__DIVIDER__"><div data-marker="__HEADERS__"><b>' + "<br><b>".join(
                H.escape(l.split(":", 1)[0]) + ": </b>" + H.escape(l.split(":", 1)[1].strip()) for l in hl) + '<br></div><br><div data-marker="__QUOTED_TEXT__">'
                + esc_lines(body) + "</div>")
        return out + "</div></body></html>"
    if client == "emc":
        out = ('<html><head>\n<style id="css_styles">\nblockquote.cite { margin-left: 5px; margin-right: 0px; padding-left: 10px; padding-right:0px; border-left: 1px solid #cccccc }\n'
               '</style>\n</head>\n<body>\n<div>' + n + "</div>\n")
        if head:
            out += ("<div><br /></div>\n<div>" + "</div>\n<div>".join(H.escape(l) for l in head.split("\n")) + '</div>\n<div><br /></div>\n<div id="x' + hx(8) +
                    '"><blockquote cite="#" type="cite" class="cite2">\n<div>' + esc_lines(body) + "</div></blockquote></div>\n")
        return out + "</body></html>"
    return None


# ------------------------------------------------------------------ transport: sender side, EOP side
EXO_DEFAULT_MBX = {"hq-glpi": "GVAP278MB0415", "olcom": "PAVP193MB2271", "look-nl": "DU2PR04MB8754", "look-msea": "VI1PR09MB4412", "ubz-smtp": "JNAP275MB1658"}


def exo_sender_hops(who, infra, client, t, orig_ip):
    reg = REG.get(infra.replace("hq-glpi", "hq").replace("ubz-smtp", "ubz"), "EURP195")
    mbx = who.mbx or EXO_DEFAULT_MBX.get(infra, "PA4P195MB1483")
    host = exo_host(mbx, reg); ver = exver(t)
    host2 = exo_host(mbx[:-4] + str(R.randint(1000, 9999)), reg)
    hops = [("Received", f"from {host} (2603:10a6:{hx(3)}:{hx(3)}::{hx(2)}) by\n {host2} (2603:10a6:{hx(3)}:{hx(3)}::{hx(1)}) with Microsoft SMTP Server (version=TLS1_2,\n"
                         f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {ver}; {rfcu(t + sec(1))}")]
    if client in ("olatk", "emc"):      # SMTP AUTH submission from a client outside the tenant's usual path
        fe = f"JN{R.randint(2, 3)}P275CA00{R.randint(10, 99)}.ZAFP275.PROD.OUTLOOK.COM"
        hops.append(("Received", f"from DESKTOP-{HX(7)} ({orig_ip}) by {fe}\n (2603:1086:{hx(3)}:{hx(2)}::{hx(2)}) with Microsoft SMTP Server (version=TLS1_2,\n"
                                 f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {ver}; {rfcu(t)}"))
        hops.insert(0, ("Received", f"from {fe} (2603:1086:{hx(3)}:{hx(2)}::{hx(2)}) by\n {host} (2603:1086:{hx(3)}:{hx(3)}::{hx(2)}) with Microsoft SMTP Server (version=TLS1_2,\n"
                                    f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {ver}; {rfcu(t + sec(1))}"))
    elif client == "glpi":
        fe = f"GV0P278CA00{R.randint(10, 99)}.CHEP278.PROD.OUTLOOK.COM"
        hops.append(("Received", f"from servicedesk.afyabora-intl.example (185.12.64.{R.randint(20, 30)}) by {fe}\n (2603:10a6:710:{hx(2)}::{hx(2)}) with Microsoft SMTP Server "
                                 f"(version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {ver}; {rfcu(t)}"))
    else:
        hops.append(("Received", f"from {host}\n ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {host}\n ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%{R.randint(3, 7)}]) with mapi id {ver}; {rfcu(t)}"))
    d = INFRA[infra][2]
    arc = [("ARC-Seal", f"i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={b64(200)}"),
           ("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh={b64(32)};\n b={b64(200)}"),
           ("ARC-Authentication-Results", f"i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom={d}; dmarc=pass action=none\n header.from={d}; dkim=pass header.d={d}; arc=none")]
    dk = [("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};\n s=selector1;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n"
                             f" bh={b64(32)};\n b={b64(200)}")]
    return arc + dk + hops


def google_hops(who, infra, t, orig_ip=None, to=None):
    helo = CUR["helo"]; d, s = INFRA[infra][2], INFRA[infra][3]
    rc = to or me.email
    h = [("Received", f"by {helo} with SMTP id {hx(16)}so{R.randint(10**7, 10**8)}{alnum(3).lower()}.{R.randint(1, 3)}\n        for <{rc}>; {pst(t + sec(1))}"),
         ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d={d}; s={s}; t={int(t.timestamp())}; x={int(t.timestamp()) + 604800}; darn={rc.split('@')[1]};\n"
                            f"        h=to:subject:message-id:date:from:in-reply-to:references\n         :mime-version:from:to:cc:subject:date:message-id:reply-to;\n"
                            f"        bh={b64(32)};\n        b={b64(180)}"),
         ("X-Google-DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t={int(t.timestamp())}; x={int(t.timestamp()) + 604800};\n"
                                     f"        h=to:subject:message-id:date:from:in-reply-to:references\n         :mime-version:x-gm-message-state:from:to:cc:subject:date:message-id\n"
                                     f"         :reply-to;\n        bh={b64(32)};\n        b={b64(180)}"),
         ("X-Gm-Message-State", "AOJu0Y" + alnum(60))]
    if t >= datetime.datetime(2024, 11, 20, tzinfo=UTC): h.append(("X-Gm-Gg", "ASbGnc" + alnum(110)))
    h += [("X-Google-Smtp-Source", "AGHT+I" + alnum(62)),
          ("X-Received", f"by 2002:a17:907:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id\n {alnum(20).lower()}.{R.randint(10, 99)}.{int(t.timestamp())}{R.randint(100, 999)};\n        {pst(t)}")]
    if infra == "gsmtp":
        h.append(("Received", f"from DESKTOP-{HX(7)} ([{orig_ip}])\n        by smtp.gmail.com with ESMTPSA id {hx(16)}sm{R.randint(10**6, 10**7)}.{R.randint(10, 99)}.{t.year}.{t.astimezone(UTC):%m.%d}.{t.astimezone(UTC):%H.%M}\n"
                               f"        for <{rc}>\n        (version=TLS1_2 cipher=ECDHE-ECDSA-AES128-GCM-SHA256 bits=128/128);\n        {pst(t)}"))
    return h


def yahoo_hops(who, infra, t):
    helo = CUR["helo"]
    h = [("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t={int(t.timestamp())}; bh={b64(32)}; h=Date:From:To:Subject:References:In-Reply-To:From:Subject:Reply-To; b={b64(256)}"),
         ("X-SONIC-DKIM-SIGN", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t={int(t.timestamp())}; bh={b64(32)}; h=X-Sonic-MF:Date:From:To:Subject:From:Subject; b={b64(256)}"),
         ("X-YMail-OSG", alnum(60) + "\n " + alnum(76) + "\n " + alnum(76) + "\n " + alnum(40) + "--"),
         ("X-Sonic-MF", f"<{who.email}>"), ("X-Sonic-ID", ruuid())]
    if infra == "yahoo-smtp":
        h.append(("Received", f"by hermes--production-ir2-{hx(10)}-{alnum(5).lower()} (Yahoo Inc. Hermes SMTP Server) with ESMTPA ID {hx(32)};\n          {t.astimezone(UTC):%a, %d %b %Y %H:%M:%S +0000} (UTC)"))
    else:
        h.append(("Received", f"from sonic.gate.mail.ne1.yahoo.com by {helo} with HTTP; {t.astimezone(UTC):%a, %d %b %Y %H:%M:%S +0000}"))
    return h


def exim_hops(who, infra, client, t, orig_ip):
    host = INFRA[infra][0]; d, s = INFRA[infra][2], INFRA[infra][3]
    lt = rfc(t, who.tz if who.tz else EAT)
    if client in ("rc", "cpx"):
        r = (f"from [::1] (port={R.randint(40000, 60000)} helo={host})\n\tby {host} with esmtpa (Exim 4.97.1)\n\t(envelope-from <{who.email}>)\n"
             f"\tid 1t{alnum(4)}-0000{alnum(2)}-{alnum(2)}\n\tfor {me.email};\n\t{lt}")
    else:
        orig_ip = orig_ip or {"cpanel-tumaini": "105.163.22." + R.choice(("41", "41", "41", "57")), "cpanel-mmct": "41.59.200.17"}.get(infra, "41.90.64.12")
        lan = ("10." + str(R.randint(0, 200)) + "." + str(R.randint(0, 250)) + "." + str(R.randint(2, 250))) if client == "iph" else "192.168.1.44"
        r = (f"from [{orig_ip}] (port={R.randint(40000, 65000)} helo=[{lan}])\n"
             f"\tby {host} with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.97.1)\n\t(envelope-from <{who.email}>)\n"
             f"\tid 1t{alnum(4)}-0000{alnum(2)}-{alnum(2)}\n\tfor {me.email};\n\t{lt}")
    return [("DKIM-Signature", f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/relaxed; d={d};\n\ts={s}; h=Content-Transfer-Encoding:Content-Type:Message-ID:References:\n"
                               f"\tIn-Reply-To:Subject:To:From:Date:MIME-Version:Sender:Reply-To:Cc:Content-ID:\n\tContent-Description:Resent-Date:Resent-From:Resent-Sender:"
                               f"Resent-To:Resent-Cc\n\t:Resent-Message-ID:List-Id:List-Help:List-Unsubscribe:List-Subscribe:List-Post:\n\tList-Owner:List-Archive;"
                               f" bh={b64(32)}; b={b64(190)};")] + ([("Received", r)])


def antiabuse(who, infra, uid):
    host = INFRA[infra][0]
    return [("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"), ("X-AntiAbuse", f"Primary Hostname - {host}"),
            ("X-AntiAbuse", f"Original Domain - {OWN}"), ("X-AntiAbuse", f"Originator/Caller UID/GID - [{uid} {uid}] / [47 12]"),
            ("X-AntiAbuse", f"Sender Address Domain - {who.dom}"), ("X-Get-Message-Sender-Via", f"{host}: authenticated_id: {who.email}"),
            ("X-Authenticated-Sender", f"{host}: {who.email}"), ("X-Source", ""), ("X-Source-Args", ""), ("X-Source-Dir", "")]


def zimbra_hops(who, t, orig_ip):
    h = "mail.sante-kivu.example"; lt = t.astimezone(GOMA).strftime("%a, %-d %b %Y %H:%M:%S %z (CAT)")
    return [("Received", f"from localhost (localhost [127.0.0.1])\n\tby {h} (Postfix) with ESMTP id {HX(11)}\n\tfor <{me.email}>; {lt}"),
            ("X-Virus-Scanned", "amavis at sante-kivu.example"),
            ("Received", f"from {h} ([127.0.0.1])\n by localhost ({h} [127.0.0.1]) (amavis, port 10026)\n with ESMTP id {alnum(12)}; {lt}"),
            ("Received", f"from {h} (localhost [127.0.0.1])\n\tby {h} (Postfix) with ESMTP id {HX(11)}\n\tfor <{me.email}>; {lt}")]


def generic_hops(who, infra, client, t, orig_ip, env):
    helo = CUR["helo"]; d, s = INFRA[infra][2], INFRA[infra][3]
    out = []
    if s: out.append(("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};\n\th=from:to:subject:date:message-id:mime-version:content-type; s={s};\n\tbh={b64(32)};\n\tb={b64(170)}"))
    if infra == "mailgun-nl":
        out.append(("Received", f"by luna.mailgun.net with HTTP; {t.astimezone(UTC):%a, %d %b %Y %H:%M:%S +0000}"))
    elif infra == "sfdc-hff":
        out.append(("Received", f"from [10.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}] ([10.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}:{R.randint(40000, 60000)}] "
                                f"helo=na{R.randint(100, 199)}-app1-{R.randint(1, 40)}-ia4.ops.sfdc.net)\n\tby {helo} (envelope-from <{env}>)\n"
                                f"\t(ecelerity 4.5.0.73419 r(msys-ecelerity:tags/4.5.0.1-cs)) with ESMTPS (cipher=ECDHE-RSA-AES256-GCM-SHA384)\n\tid {R.randint(10, 99)}/{HX(2)}-{R.randint(10000, 99999)}-{hx(8)}; {rfcu(t)}"))
    elif infra == "docusign":
        out.append(("Received", f"from docusign.net (10.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}) by mailna4b.docusign.net with ESMTP id {HX(12)}; {rfcu(t)}"))
    elif infra == "bank":
        out.append(("Received", f"from hcb-notify01.hcb.local (unknown [10.20.{R.randint(1, 9)}.{R.randint(10, 90)}])\n\tby mta2.harambeebank.example (Postfix) with ESMTP id {HX(10)}\n\tfor <{me.email}>; {rfc(t, EAT)}"))
    elif infra == "kra":
        out.append(("Received", f"from itaxapp0{R.randint(1, 6)}.kra.local ([10.150.{R.randint(1, 9)}.{R.randint(10, 90)}])\n\tby mail3.kra.example (Postfix) with ESMTP id {HX(10)}\n\tfor <{me.email}>; {rfc(t, EAT)}"))
    elif infra == "sendgrid-courier":
        out.append(("Received", f"by filterdrecv-{hx(10)}-{alnum(5).lower()} with SMTP id filterdrecv-{hx(10)}-{alnum(5).lower()}-1-{HX(8)}-{R.randint(10, 99)}\n        {t.astimezone(UTC):%Y-%m-%d %H:%M:%S.%f} +0000 UTC m=+{R.randint(100000, 999999)}.{R.randint(100, 999)}"))
        out.append(("Received", f"from {alnum(22)} (unknown) by geopod-ismtpd-{R.randint(1, 40)} (SG) with HTTP id {alnum(22)}\n\tfor <{me.email}>; {t.astimezone(UTC):%a, %d %b %Y %H:%M:%S.%f}"[:-3] + " +0000 (UTC)"))
    elif infra == "mailchimp":
        out.append(("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d=mcsv.net;\n\th=from:to:subject:date:message-id:mime-version:content-type; s=k3;\n\tbh={b64(32)};\n\tb={b64(170)}"))
        out.append(("Received", f"from localhost (localhost [127.0.0.1])\n\tby mail35.atl121.mcsv.net (Mailchimp) with ESMTP id 4X{alnum(8)}\n\tfor <{me.email}>; {rfcu(t)}"))
    elif infra == "cpanel-dental":
        out.append(("Received", f"from pinecrest by {helo} with local (Exim 4.96.2)\n\t(envelope-from <{env}>)\n\tid 1t{alnum(4)}-000{alnum(3)}-{alnum(2)}\n\tfor {me.email}; {rfc(t, NYC)}"))
    elif infra in ("claims", "kra-fake"):
        out.append(("Received", f"from [{orig_ip}] (port={R.randint(50000, 65000)} helo=WIN-{HX(11)})\n\tby {helo} with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
                                f"\t(Exim 4.96)\n\t(envelope-from <{env}>)\n\tid 1t{alnum(4)}-000{alnum(3)}-{alnum(2)}\n\tfor {me.email}; {rfc(t, UTC)}"))
    return out


def auth_results(infra, fromdom, env, ip, helo, override=None):
    if override: return override
    _, _, d, s, envdom, dmarc, _ = INFRA[infra]
    mf = (envdom or env.split("@")[1])
    a = f"spf=pass (sender IP is {ip})\n smtp.mailfrom={mf}; "
    a += f"dkim=pass (signature was verified)\n header.d={d};" if s else "dkim=none (message not signed)\n header.d=none;"
    if dmarc: a += f"dmarc=pass action=none header.from={fromdom};compauth=pass reason=100"
    elif s and d == fromdom: a += f"dmarc=bestguesspass action=none\n header.from={fromdom};compauth=pass reason=109"
    else: a += f"dmarc=none action=none\n header.from={fromdom};compauth=pass reason=109"
    spf = f"Pass (protection.outlook.com: domain of {mf} designates {ip} as permitted sender)\n receiver=protection.outlook.com; client-ip={ip}; helo={helo}; pr=C"
    return a, spf


CUR = {}


def eop(who, t, infra, client, env, orig_ip, lang, auth=None, bcl=0, fromdom=None):
    """(top, tail): the EXO/EOP Received chain and Authentication-Results above the sender's headers, and the stamps below"""
    helo_t, ipp, d, s, envdom, dmarc, ctry = INFRA[infra]
    n = R.randint(2040, 2130)
    helo = helo_t.replace("{n}", str(n if "outbound" in helo_t else R.randint(10, 60)))
    ip = ipp + str(R.randint(20, 240))
    CUR["helo"], CUR["ip"] = helo, ip
    t1 = t + sec(R.randint(2, 14)); t2 = t1 + sec(1); ver = exver(t)
    eopn = f"AM{R.choice('234')}PEPF0000{HX(5)}"; fe = f"DU7PR01CA00{R.randint(10, 99)}"
    myh = exo_host(me.mbx, "EURP195")
    ar, spf = auth_results(infra, fromdom or who.dom, env, ip, helo, None) if not auth else (auth.replace("{ip}", ip), f"Pass (protection.outlook.com: domain of {envdom or env.split('@')[1]} designates {ip} as permitted sender)\n receiver=protection.outlook.com; client-ip={ip}; helo={helo}; pr=C")
    top = [("Received", f"from {fe}.eurprd01.prod.exchangelabs.com (2603:10a6:10:50f::{hx(2)}) by\n {myh} (2603:10a6:102:{hx(3)}::{hx(2)}) with Microsoft SMTP Server (version=TLS1_2,\n"
                        f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {ver}; {rfcu(t2)}"),
           ("Received", f"from {eopn}.eurprd02.prod.outlook.com\n (2603:10a6:10:50f:cafe::{hx(2)}) by {fe}.outlook.office365.com\n (2603:10a6:10:50f::{hx(2)}) with Microsoft SMTP Server (version=TLS1_3,\n"
                        f" cipher=TLS_AES_256_GCM_SHA384) id {ver} via Frontend Transport; {rfcu(t2)}"),
           ("Authentication-Results", ar), ("Received-SPF", spf),
           ("Received", f"from {helo} ({ip}) by\n {eopn}.mail.protection.outlook.com (10.167.{R.randint(240, 250)}.{R.randint(2, 250)}) with Microsoft SMTP Server (version=TLS1_3,\n"
                        f" cipher=TLS_AES_256_GCM_SHA384) id {ver} via Frontend Transport; {rfcu(t1)}")]
    nid = ruuid(); arr = f"{t1.astimezone(UTC):%d %b %Y %H:%M:%S.%f}"[:-2] + " (UTC)"
    tail = [("Return-Path", env), ("X-MS-Exchange-Organization-ExpirationStartTime", arr), ("X-MS-Exchange-Organization-ExpirationStartTimeReason", "OriginalSubmit"),
            ("X-MS-Exchange-Organization-ExpirationInterval", "1:00:00:00.0000000"), ("X-MS-Exchange-Organization-ExpirationIntervalReason", "OriginalSubmit"),
            ("X-MS-Exchange-Organization-Network-Message-Id", nid), ("X-EOPAttributedMessage", "0"), ("X-EOPTenantAttributedMessage", f"{OWN_TENANT}:0"),
            ("X-MS-Exchange-Organization-MessageDirectionality", "Incoming"), ("X-MS-PublicTrafficType", "Email"),
            ("X-MS-TrafficTypeDiagnostic", f"{eopn}:EE_|{me.mbx}:EE_"), ("X-MS-Exchange-Organization-AuthSource", f"{eopn}.eurprd02.prod.outlook.com"),
            ("X-MS-Exchange-Organization-AuthAs", "Anonymous"), ("X-MS-Office365-Filtering-Correlation-Id", ruuid()), ("X-MS-Exchange-Organization-SCL", "1"),
            ("X-Microsoft-Antispam", f"BCL:{bcl};ARA:13230040|{R.randint(1000000, 9999999)}|{R.randint(100000, 999999)}|{R.randint(1000000, 9999999)}|8096899003;"),
            ("X-Forefront-Antispam-Report", f"CIP:{ip};CTRY:{ctry};LANG:{lang};SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:{helo};PTR:{helo};CAT:NONE;SFS:(13230040)"
                                            f"({R.randint(1000000, 9999999)})({R.randint(100000, 999999)})(8096899003);DIR:INB;"),
            ("X-MS-Exchange-CrossTenant-OriginalArrivalTime", arr), ("X-MS-Exchange-CrossTenant-Network-Message-Id", nid), ("X-MS-Exchange-CrossTenant-Id", OWN_TENANT),
            ("X-MS-Exchange-CrossTenant-AuthSource", f"{eopn}.eurprd02.prod.outlook.com"), ("X-MS-Exchange-CrossTenant-AuthAs", "Anonymous"),
            ("X-MS-Exchange-CrossTenant-FromEntityHeader", "Internet"), ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", me.mbx),
            ("X-MS-Exchange-Transport-EndToEndLatency", f"00:00:{R.randint(1, 9):02d}.{R.randint(1000000, 9999999)}"),
            ("X-MS-Exchange-Processed-By-BccFoldering", ver[:-3] + "000"),
            ("X-Microsoft-Antispam-Mailbox-Delivery", "ucf:0;jmr:0;auth:0;dest:I;ENG:(910001)(944506478)(944626604)(920097)(930097)(3100021)(140003);"),
            ("X-Microsoft-Antispam-Message-Info", "=?utf-8?B?" + b64(150) + "?=")]
    return top, tail, t2, helo


def internal(who, t, client):
    """same-tenant delivery: mapi hops only"""
    src = exo_host(who.mbx, "EURP195"); dst = exo_host(me.mbx, "EURP195"); ver = exver(t)
    top = [("Received", f"from {src}\n ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {src}\n ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%{R.randint(3, 7)}]) with mapi id {ver}; {rfcu(t)}")]
    if src != dst:
        top.insert(0, ("Received", f"from {src} (2603:10a6:102:{hx(3)}::{hx(2)}) by\n {dst} (2603:10a6:102:{hx(3)}::{hx(2)}) with Microsoft SMTP Server (version=TLS1_2,\n"
                                   f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {ver}; {rfcu(t + sec(1))}"))
    tail = [("Return-Path", who.email), ("X-MS-Exchange-Organization-Network-Message-Id", ruuid()), ("X-MS-Exchange-Organization-AuthSource", src),
            ("X-MS-Exchange-Organization-AuthAs", "Internal"), ("X-MS-Exchange-Organization-AuthMechanism", "04"), ("X-MS-Exchange-Organization-SCL", "-1"),
            ("X-MS-Exchange-Organization-RecordReviewCfmType", "0"), ("X-MS-PublicTrafficType", "Email"),
            ("X-MS-Exchange-Organization-MessageDirectionality", "Originating"), ("X-MS-Exchange-Transport-EndToEndLatency", f"00:00:0{R.randint(0, 2)}.{R.randint(1000000, 9999999)}"),
            ("X-MS-Exchange-Processed-By-BccFoldering", ver[:-3] + "000"),
            ("X-Microsoft-Antispam-Mailbox-Delivery", "ucf:0;jmr:0;auth:0;dest:I;ENG:(910001)(944506478)(944626604)(920097)(930097)(3100021)(140003);")]
    return top, tail, t + sec(1)


# ------------------------------------------------------------------ message assembly
CLANG = {"en-GB": "en-GB", "en-US": "en-US", "nl-NL": "nl-NL", "fr-CH": "fr-CH", "fr": "fr-FR"}
pending = []
seq = [0]


def addr(n, e):
    if not n: return e
    if not n.isascii():
        return "=?UTF-8?Q?" + "".join(c if c.isascii() and c.isalnum() else "_" if c == " " else "".join(f"={b:02X}" for b in c.encode()) for c in n) + f"?= <{e}>"
    return f'"{n}" <{e}>' if any(c in n for c in ".,|()@:'") else f"{n} <{e}>"


def enc_h(v): return v if v.isascii() else "=?utf-8?B?" + base64.b64encode(v.encode()).decode() + "?="


def boundary(client, t):
    return {"ol": "_000_" + HX(40) + "_", "olatk": "_000_" + HX(40) + "_", "owa": "_000_" + HX(40) + "_", "olios": "_000_" + HX(40) + "_",
            "olsmtp": "----=_NextPart_000_" + HX(4) + "_01DB" + HX(4) + "." + HX(8), "gweb": "000000000000" + hx(16), "gand": "000000000000" + hx(16),
            "gios": "000000000000" + hx(16), "gg": "000000000000" + hx(16), "yand": f"----=_Part_{R.randint(10**6, 10**7)}_{R.randint(10**8, 10**9)}.{int(t.timestamp() * 1000)}",
            "iph": f"Apple-Mail-{ruuid().upper()}", "tb": "------------" + alnum(24), "rc": "=_" + hx(32), "cpx": "=_" + hx(32),
            "zim": "=_" + ruuid(), "emc": "------=_MB" + ruuid().upper(), "glpi": "_=_swift_" + str(int(t.timestamp())) + "_" + hx(32) + "_=_",
            "sfdc": f"----=_Part_{R.randint(10**6, 10**8)}_{R.randint(10**8, 10**9)}.{int(t.timestamp() * 1000)}",
            "docusign": "----=_NextPart_" + ruuid(), "php": "b1_" + alnum(42), "mailchimp": "_----------=_MCPart_" + str(R.randint(10**8, 10**9)),
            }.get(client, "=_" + hx(24))


def flow(text, width=76):
    """format=flowed soft wrapping, as Thunderbird/Roundcube send it"""
    out = []
    for line in text.split("\n"):
        m = re.match(r"^((?:> ?)*)", line); pfx = m.group(1).replace(" ", "")
        pfx = pfx + " " if pfx else ""
        body = line[len(m.group(1)):]
        if len(line) <= width or line.startswith("-- "):
            out.append(line); continue
        words = body.split(" "); cur = ""
        for w in words:
            if cur and len(pfx) + len(cur) + len(w) + 1 > width:
                out.append(pfx + cur + " "); cur = w
            else: cur = (cur + " " + w) if cur else w
        out.append(pfx + cur)
    return "\n".join(out)


def textpart(client, ctype, text):
    if ctype == "text/plain" and client in ("tb", "rc", "cpx"): text = flow(text)
    data = text.encode("utf-8")
    if client == "tb" and ctype == "text/plain":
        return ["Content-Type: text/plain; charset=UTF-8; format=flowed", "Content-Transfer-Encoding: " + ("7bit" if text.isascii() else "8bit"), "", text]
    if client in ("rc", "cpx") and ctype == "text/plain":
        cs = "US-ASCII" if text.isascii() else "UTF-8"
        return [f"Content-Type: text/plain; charset={cs};\n format=flowed", "Content-Transfer-Encoding: " + ("7bit" if text.isascii() else "8bit"), "", text]
    if client == "iph":
        if text.isascii() and ctype == "text/plain": return ["Content-Type: text/plain;\n\tcharset=us-ascii", "Content-Transfer-Encoding: 7bit", "", text]
        return [f"Content-Type: {ctype};\n\tcharset=utf-8", "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]
    if client in ("gweb", "gand", "gios", "gg"):
        if text.isascii() and max(len(x) for x in text.split("\n")) < 990: return [f'Content-Type: {ctype}; charset="UTF-8"', "", text]
        return [f'Content-Type: {ctype}; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]
    if client in ("ol", "olatk", "owa", "olios"):
        cs = '"us-ascii"' if text.isascii() else '"utf-8"'
        return [f"Content-Type: {ctype}; charset={cs}", "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]
    if client == "olsmtp":
        return [f'Content-Type: {ctype};\n\tcharset="utf-8"', "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]
    if client == "yand":
        return [f"Content-Type: {ctype}; charset=UTF-8", "Content-Transfer-Encoding: " + ("7bit" if text.isascii() else "quoted-printable"), "",
                text if text.isascii() else quopri.encodestring(data).decode("ascii")]
    if client == "zim":
        return [f"Content-Type: {ctype}; charset=utf-8", "Content-Transfer-Encoding: " + ("7bit" if text.isascii() else "quoted-printable"), "",
                text if text.isascii() else quopri.encodestring(data).decode("ascii")]
    if client in ("emc", "glpi", "sfdc", "docusign", "mailchimp", "bank", "kra", "sendgrid", "gms", "php"):
        return [f"Content-Type: {ctype}; charset=utf-8", "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]
    return [f"Content-Type: {ctype}; charset=UTF-8", "Content-Transfer-Encoding: 8bit", "", text]


def attpart(client, name, data, ctype, t):
    b = base64.encodebytes(data).decode().rstrip("\n")
    if ctype.startswith("text/calendar"):
        return [f'Content-Type: {ctype}; name="{name}"', f'Content-Disposition: attachment; filename="{name}"', "Content-Transfer-Encoding: base64", "", b]
    if client in ("gweb", "gand", "gios", "gg"):
        return [f'Content-Type: {ctype}; name="{name}"', f'Content-Disposition: attachment; filename="{name}"', "Content-Transfer-Encoding: base64",
                f"Content-ID: <f_{alnum(9).lower()}0>", f"X-Attachment-Id: f_{alnum(9).lower()}0", "", b]
    if client in ("ol", "olatk", "owa", "olios"):
        d = t.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
        return [f'Content-Type: {ctype}; name="{name}"', f"Content-Description: {name}",
                f'Content-Disposition: attachment; filename="{name}"; size={len(data)};\n\tcreation-date="{d}";\n\tmodification-date="{d}"',
                "Content-Transfer-Encoding: base64", "", b]
    if client == "iph":
        return [f"Content-Type: {ctype};\n\tname={name}", "Content-Disposition: attachment;\n\tfilename=" + name, "Content-Transfer-Encoding: base64", "", b]
    if client in ("rc", "cpx"):
        return ["Content-Transfer-Encoding: base64", f'Content-Type: {ctype};\n name="{name}"', f'Content-Disposition: attachment;\n filename="{name}";\n size={len(data)}', "", b]
    if client == "zim":
        return [f"Content-Type: {ctype}; name={name}", f"Content-Disposition: attachment; filename={name}", "Content-Transfer-Encoding: base64", "", b]
    return [f'Content-Type: {ctype}; name="{name}"', f'Content-Disposition: attachment; filename="{name}"', "Content-Transfer-Encoding: base64", "", b]


def emit(who, client, t, to, cc, subj, refs, plain, html=None, atts=(), extra=(), label=None, scen=None, infra=None, env=None, frm=None,
         mid=None, topic=None, tidx=None, orig_ip=None, folder=None, no_html=False, lang="en", auth=None, bcl=0, date_tz=None, irt=None,
         reply_to=None, fromdom=None, tail_extra=(), cal=None):
    infra = infra or who.infra
    m = mid or make_mid(who, client, t, infra)
    folder = folder or ("Sent" if who is me else "INBOX")
    env = env or who.email
    if INFRA.get(infra) and INFRA[infra][4] and not env.startswith("bounce"):
        envdom = INFRA[infra][4]
        env = {"mailgun-nl": f"bounce+{hx(6)}.{hx(6)}-{me.email.replace('@', '=')}@{envdom}", "sfdc-hff": f"bounce-{alnum(20)}@{envdom}",
               "docusign": f"dse_NA4@{envdom}", "bank": f"alerts@{envdom}", "sendgrid-courier": f"bounces+{R.randint(10**6, 10**7)}-{hx(4)}-{me.email.replace('@', '=')}@{envdom}",
               "mailchimp": f"bounce-mc.us21_{R.randint(10**7, 10**8)}.{R.randint(10**5, 10**6)}-{hx(10)}@{envdom}",
               "ggroups": f"ngo-finance-ke+bncBD{alnum(30)}@{envdom}"}.get(infra, env)
    top, tail, hops, after = [], [], [], []
    arrival = t
    if folder == "INBOX":
        if infra == "own":
            top, tail, arrival = internal(who, t, client)
        else:
            top, tail, arrival, _ = eop(who, t, infra, client, env, orig_ip, lang, auth=auth, bcl=bcl, fromdom=fromdom)
            if infra in ("hq", "hq-glpi", "nl", "hff", "ubz", "ubz-smtp", "msea", "kilele", "audit", "look-nl", "look-msea", "olcom"): hops = exo_sender_hops(who, infra, client, t, orig_ip)
            elif infra in ("gws-kchn", "gmail", "gsmtp", "ggroups"): hops = google_hops(who, infra, t, orig_ip)
            elif infra.startswith("yahoo"): hops = yahoo_hops(who, infra, t)
            elif infra in ("cpanel-mmct", "cpanel-tumaini"):
                hops = exim_hops(who, infra, client, t, orig_ip); after = antiabuse(who, infra, {"cpanel-mmct": 1043, "cpanel-tumaini": 1187}[infra])
            elif infra == "zimbra-ask": hops = zimbra_hops(who, t, orig_ip)
            else: hops = generic_hops(who, infra, client, t, orig_ip, env)
    dt = t.astimezone(date_tz or who.tz or EAT)
    date = dt.strftime("%a, %d %b %Y %H:%M:%S %z")
    fromh = frm or addr(who.name, who.email)
    toh = ", ".join(addr(n, e) for n, e in to)
    cch = ", ".join(addr(n, e) for n, e in cc) if cc else None
    irt = irt or (refs[-1] if refs else None)
    h = []
    if client in ("gweb", "gand", "gios", "gg"):
        h += [("MIME-Version", "1.0")]
        if refs: h += [("References", "\n ".join(refs)), ("In-Reply-To", irt)]
        h += [("From", fromh), ("Date", date), ("Message-ID", m), ("Subject", enc_h(subj)), ("To", toh)]
        if cch: h.append(("Cc", cch))
    elif client == "yand":
        h += [("Date", date), ("From", fromh), ("To", toh)]
        if cch: h.append(("Cc", cch))
        h += [("Message-ID", m)]
        if refs: h += [("In-Reply-To", irt), ("References", "\n ".join(refs))]
        h += [("Subject", enc_h(subj)), ("MIME-Version", "1.0")]
    elif client in ("rc", "cpx"):
        h += [("MIME-Version", "1.0"), ("Date", date), ("From", fromh), ("To", toh)]
        if cch: h.append(("Cc", cch))
        h += [("Subject", enc_h(subj))]
        if refs: h += [("In-Reply-To", irt), ("References", "\n ".join(refs))]
        h += [("User-Agent", "Roundcube Webmail/1.6.9"), ("Message-ID", m), ("X-Sender", who.email)]
    elif client == "iph":
        h += [("From", fromh), ("Mime-Version", "1.0 (1.0)"), ("Subject", enc_h(subj)), ("Date", date), ("Message-Id", m)]
        if refs: h += [("References", "\n ".join(refs))]
        if cch: h.append(("Cc", cch))
        if refs: h += [("In-Reply-To", irt)]
        h += [("To", toh), ("X-Mailer", "iPhone Mail (22D72)")]
    elif client == "tb":
        h += [("Message-ID", m), ("Date", date), ("MIME-Version", "1.0"), ("User-Agent", "Mozilla Thunderbird"), ("Subject", enc_h(subj)), ("To", toh)]
        if cch: h.append(("Cc", cch))
        if refs: h += [("References", "\n ".join(refs))]
        h += [("Content-Language", "en-GB"), ("From", fromh)]
        if refs: h += [("In-Reply-To", irt)]
    elif client == "zim":
        h += [("Date", date), ("From", fromh), ("To", toh)]
        if cch: h.append(("Cc", cch))
        h += [("Message-ID", m)]
        if refs: h += [("In-Reply-To", irt), ("References", "\n ".join(refs))]
        h += [("Subject", enc_h(subj)), ("MIME-Version", "1.0")]
    elif client == "emc":
        h += [("From", fromh), ("To", toh)]
        if cch: h.append(("Cc", cch))
        h += [("Subject", enc_h(subj)), ("Date", date), ("Message-Id", m)]
        if refs: h += [("In-Reply-To", irt), ("References", "\n ".join(refs))]
        h += [("User-Agent", "eM_Client/10.1.4828.0"), ("Mime-Version", "1.0")]
    elif client == "olsmtp":
        h += [("From", fromh), ("To", toh)]
        if cch: h.append(("Cc", cch))
        if refs: h += [("References", "\n ".join(refs)), ("In-Reply-To", irt)]
        h += [("Subject", enc_h(subj)), ("Date", date), ("Message-ID", m), ("MIME-Version", "1.0")]
    elif client in ("ol", "olatk", "owa", "olios"):
        h += [("From", fromh), ("To", toh)]
        if cch: h.append(("Cc", cch))
        h += [("Subject", enc_h(subj)), ("Thread-Topic", enc_h(topic or re.sub(r"^((RE|Re|TR|FW|AW) ?: ?)+", "", subj))),
              ("Thread-Index", tidx or base64.b64encode(b"\x01" + rbytes(21)).decode()), ("Date", date), ("Message-ID", m)]
        if refs: h += [("References", "\n ".join(refs)), ("In-Reply-To", irt)]
        lg = CLANG.get(who.loc, "en-GB")
        h += [("Accept-Language", lg + (", en-US" if lg != "en-US" else "")), ("Content-Language", lg),
              ("X-MS-Has-Attach", "yes" if atts else ""), ("X-MS-TNEF-Correlator", "")]
        if cal: h += [("X-MS-Exchange-Calendar-Originator-Id", ruuid())]
    else:   # notifications
        h += [("From", fromh), ("To", toh)]
        if cch: h.append(("Cc", cch))
        h += [("Subject", enc_h(subj)), ("Date", date), ("Message-ID", m)]
        if refs: h += [("In-Reply-To", irt), ("References", "\n ".join(refs))]
        h += [("MIME-Version", "1.0")]
    if reply_to: h.append(("Reply-To", reply_to))
    if client == "yand": h.append(("X-Mailer", "WebService/1.1.23187 YahooMailAndroidMobile"))
    if client == "olsmtp": h += [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQH" + b64(18)[:24]), ("Content-Language", "en-us")]
    if client == "zim":
        h += [("X-Originating-IP", f"[{orig_ip or '41.243.' + str(R.randint(8, 15)) + '.' + str(R.randint(2, 250))}]"),
              ("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - GC124 (Win)/9.0.0_GA_4583)"),
              ("Thread-Topic", enc_h(topic or subj)), ("Thread-Index", tidx or b64(15))]
    h += list(extra)
    # body
    b = boundary(client, t)
    alt = textpart(client, "text/plain", plain)
    if html:
        ab = boundary(client, t)
        alt = [f'Content-Type: multipart/alternative;\n\tboundary="{ab}"' if client in ("ol", "olatk", "owa", "olios", "iph", "olsmtp") else f'Content-Type: multipart/alternative; boundary="{ab}"',
               "", f"--{ab}"] + textpart(client, "text/plain", plain) + [f"--{ab}"] + textpart(client, "text/html", html)
        if cal:
            alt += [f"--{ab}", 'Content-Type: text/calendar; charset="utf-8"; method=REQUEST', "Content-Transfer-Encoding: base64", "",
                    base64.encodebytes(cal.encode()).decode().rstrip("\n")]
        alt += [f"--{ab}--"]
    if atts:
        body = [f'Content-Type: multipart/mixed;\n\tboundary="{b}"' if client in ("ol", "olatk", "owa", "olios", "iph", "olsmtp") else f'Content-Type: multipart/mixed; boundary="{b}"', "", f"--{b}"] + alt
        for name, data, ctype in atts:
            body += [f"--{b}"] + attpart(client, name, data, ctype, t)
        body += [f"--{b}--"]
    else:
        body = alt
    if True:
        ctype_line = body[0]; rest = body[1:]
        head_mime = [ctype_line]
        i = 0
        while i < len(rest) and rest[i] != "":
            head_mime.append(rest[i]); i += 1
        rest = rest[i:]
        mv = [(k, v) for k, v in h if k.lower() == "mime-version"] or [("MIME-Version", "1.0")]
        h = [(k, v) for k, v in h if k.lower() != "mime-version"]
        hdrs = top + hops + h + after + tail + list(tail_extra) + [(l.split(": ", 1)[0], l.split(": ", 1)[1]) for l in head_mime] + mv
        raw = "\r\n".join(f"{k}: {v}".replace("\n", "\r\n") for k, v in hdrs) + "\r\n" + "\r\n".join(rest).replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n"
    seq[0] += 1
    pending.append((arrival.astimezone(UTC), seq[0], folder, raw, (m, label) if label else None, scen))
    return m


G = ("genuine", "genuine-reply"); GH = ("genuine", "genuine-hard"); GO = ("genuine", "genuine-orphan")
def HJ(kind): return ("hijack", kind)


def prefix(client, loc):
    if client in ("ol", "olatk", "owa", "olios", "olsmtp"): return "RE : " if loc == "fr-CH" else "RE: "
    return "Re: "


class Thread:
    def __init__(s, tid, partner, subj):
        s.tid, s.p, s.subj, s.refs, s.last = tid, partner, subj, [], None
        s.tbase = b"\x01" + rbytes(21); s.blocks = []; s.np = 0

    def tindex(s):
        while len(s.blocks) < len(s.refs): s.blocks.append(rbytes(5))
        return base64.b64encode(s.tbase + b"".join(s.blocks[:len(s.refs)])).decode()

    def add(s, who, text, t, label=None, client=None, to=None, cc=None, sig=True, quote=True, subj=None, scen=None, quote_text=None,
            detached=False, html=None, sigtext=None, footer="", **kw):
        client = client or who.client
        loc = who.loc
        tz = kw.get("date_tz") or who.tz
        new = text + ((sigtext if sigtext is not None else who.sig) if sig else "")
        if client == "iph": new = text + "\n\nSent from my iPhone"
        if client == "olios": new = text + "\n\nGet Outlook for iOS<https://aka.ms/o0ukef>"
        if client == "yand" and not quote: new += "\n\nSent from Yahoo Mail on Android"
        plain = new; head = body = None
        if quote and s.last:
            q = dict(s.last)
            if quote_text is not None: q["plain"] = quote_text
            head = quote_head(client, loc, q, tz); body = q["plain"]
            if client == "yand": plain = new + "\n\nSent from Yahoo Mail on Android" + quote_block(client, head, body)
            elif client in ("iph", "olios"): plain = new + quote_block(client, head, body)
            else: plain = new + quote_block(client, head, body)
        plain += footer
        if subj is None:
            subj = s.subj if not s.refs else prefix(client, loc) + s.subj
        if to is None: to = [(s.p.name, s.p.email)] if who is me else [(me.name, me.email)]
        if label == G and scen is None:
            s.np += 1
            scen = (f"P-{s.tid}-{s.np}", f"plain in-thread reply from {who.name} in {s.tid} '{s.subj}'")
        if html is None and client not in ("rc", "tb", "cpx"):
            hnew = new
            if client == "yand": hnew = text + ((sigtext if sigtext is not None else who.sig) if sig else "")
            if client == "iph": hnew = text
            if client == "olios": hnew = text
            html = html_of(client, hnew, head, body, loc)
            if footer and html: html += "<p></p>-- <br>" + esc_lines(footer.strip().split("\n", 1)[1])
        if "tidx" not in kw and client in ("ol", "olatk", "owa", "olios", "zim"): kw["tidx"] = s.tindex()
        m = emit(who, client, t, to, cc, subj, list(s.refs), plain, html=html, label=label, topic=s.subj, scen=scen, **kw)
        if detached: return m
        s.refs.append(m)
        s.last = dict(t=t, name=who.name, email=who.email, plain=plain, subj=subj, to=to, cc=cc or [])
        return m


# ------------------------------------------------------------------ inert attachment builders
def zipfile_bytes(members, when=(2025, 3, 12, 16, 40, 0)):
    bio = io.BytesIO(); z = zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED)
    for name, data in members:
        zi = zipfile.ZipInfo(name, date_time=when); zi.compress_type = zipfile.ZIP_DEFLATED; z.writestr(zi, data)
    z.close(); return bio.getvalue()


def zip_encrypted(members, when=(2025, 4, 8, 9, 12, 0)):
    """traditional PKWARE-encrypted zip: stored entries of random bytes (12-byte encryption header + data), flag bit 0 set"""
    bio = io.BytesIO(); z = zipfile.ZipFile(bio, "w", zipfile.ZIP_STORED)
    for name, size in members:
        zi = zipfile.ZipInfo(name, date_time=when); zi.compress_type = zipfile.ZIP_STORED; z.writestr(zi, rbytes(12 + size))
    z.close(); b = bytearray(bio.getvalue())
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


def pdf(lines, producer="Microsoft® Word for Microsoft 365", when="20250303091200", zone="+03'00'", uris=(), encrypt=False, title=None):
    content = ("BT /F1 10 Tf 13 TL 64 780 Td " + " ".join(f"({pdf_esc(l)}) '" for l in lines) + " ET").encode("latin-1")
    if encrypt: content = rbytes(len(content) + 16 - len(content) % 16)
    info = f"<< /Producer ({pdf_esc(producer)}) /CreationDate (D:{when}{zone}) /ModDate (D:{when}{zone})" + (f" /Title ({pdf_esc(title)})" if title else "") + " >>"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", None,
            f"<< /Length {len(content)} >>\nstream\n", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>", info]
    annots = []
    for i, u in enumerate(uris):
        objs.append(f"<< /Type /Annot /Subtype /Link /Rect [64 {520 - 40 * i} 360 {548 - 40 * i}] /Border [0 0 0] /A << /S /URI /URI ({u}) >> >>")
        annots.append(len(objs))
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


def ooxml(kind, rows=(), paras=(), macro=False, creator="Microsoft Office User", when="2025-01-14T10:00:00Z"):
    """minimal but well-formed .xlsx / .docx / .docm package"""
    ct_main = {"xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
               "docx": "application/vnd.ms-word.document.macroEnabled.main+xml" if macro else "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"}[kind]
    part = {"xlsx": "/xl/workbook.xml", "docx": "/word/document.xml"}[kind]
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
              + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "")
              + f'<Override PartName="{part}" ContentType="{ct_main}"/>'
              + ('<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' if kind == "xlsx" else "")
              + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="{part[1:]}"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:creator>{H.escape(creator)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created></cp:coreProperties>')
    files = [("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("docProps/core.xml", core)]
    if kind == "xlsx":
        sd = "".join("<row r=\"%d\">" % (i + 1) + "".join(f'<c r="{chr(65 + j)}{i + 1}" t="inlineStr"><is><t>{H.escape(str(v))}</t></is></c>' for j, v in enumerate(r)) + "</row>"
                     for i, r in enumerate(rows))
        files += [("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'),
                  ("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
                  ("xl/worksheets/sheet1.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                   f"<sheetData>{sd}</sheetData></worksheet>")]
    else:
        body = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{H.escape(p)}</w:t></w:r></w:p>" for p in paras)
        files += [("word/document.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                   f"<w:body>{body}<w:sectPr/></w:body></w:document>")]
        wr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              + ('<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' if macro else "") + "</Relationships>")
        files += [("word/_rels/document.xml.rels", wr)]
        if macro: files += [("word/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + rbytes(3000))]
    bio = io.BytesIO(); z = zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED)
    for name, data in files:
        zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, data.encode() if isinstance(data, str) else data)
    z.close(); return bio.getvalue()


def jpeg(n=9000, make="Apple", model="iPhone 11"):
    exif_ifd = b"MM\x00*\x00\x00\x00\x08"
    app1 = b"Exif\x00\x00" + exif_ifd + make.encode() + b"\x00" + model.encode() + b"\x00"
    seg = lambda m, d: b"\xff" + m + struct.pack(">H", len(d) + 2) + d
    return (b"\xff\xd8" + seg(b"\xe1", app1) + seg(b"\xdb", b"\x00" + rbytes(64)) + seg(b"\xc0", b"\x08\x0f\xc0\x0b\xd0\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01")
            + seg(b"\xc4", b"\x00" + rbytes(28)) + seg(b"\xda", b"\x03\x01\x00\x02\x11\x03\x11\x00\x3f\x00") + rbytes(n).replace(b"\xff", b"\xfe") + b"\xff\xd9")


def onenote(lines):
    txt = "\n".join(lines).encode("utf-16-le")
    return (bytes.fromhex("E4525C7B8CD8A74DAEB15378D02996D3") + rbytes(64) + txt + rbytes(512)
            + bytes.fromhex("E716E3BD65261145A4C48D4D0B7A9EAC") + struct.pack("<Q", 600) + b"MZ" + rbytes(598) + rbytes(256))


def iso_image(label):
    return bytes(0x8000) + b"\x01CD001\x01\x00" + b"".ljust(32) + label.encode().ljust(32) + rbytes(1950) + rbytes(6000)


def lnk_bytes():
    return (b"\x4c\x00\x00\x00\x01\x14\x02\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00\x46" + rbytes(56)
            + "%SystemRoot%\\System32\\cmd.exe /c echo inert-probe-placeholder".encode("utf-16-le") + rbytes(40))


def ics(summary, desc, start, end, organizer, uid_dom, url=None, method="REQUEST", attendees=(), location=""):
    f = lambda d: d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN" if method == "REQUEST" else "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
             "VERSION:2.0", f"METHOD:{method}", "BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    lines += [f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{e}" for n, e in attendees]
    lines += [f"DESCRIPTION;LANGUAGE=en-GB:{desc}", f"UID:{hx(32).upper()}@{uid_dom}", f"SUMMARY;LANGUAGE=en-GB:{summary}", f"DTSTART:{f(start)}", f"DTEND:{f(end)}",
              f"DTSTAMP:{f(start - datetime.timedelta(days=2))}", "SEQUENCE:0", "STATUS:CONFIRMED", f"LOCATION:{location}"]
    if url: lines.append(f"URL:{url}")
    lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# ------------------------------------------------------------------ stand-alone notification senders
def notice(who, client, t, subj, plain, html, extra=(), label=None, scen=None, atts=(), refs=(), bcl=0, lang="en", reply_to=None, to=None, mid=None):
    return emit(who, client, t, to or [(me.name, me.email)], None, subj, list(refs), plain, html=html, atts=atts, extra=extra, label=label, scen=scen,
                bcl=bcl, lang=lang, reply_to=reply_to, mid=mid)


def simple_html(title, lines, color="#1f4e79", foot=""):
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>'
            '<body style="margin:0;padding:0;background:#f4f4f4"><table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            f'<table role="presentation" width="600" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222"><tr><td style="background:{color};color:#fff;'
            f'padding:14px 20px;font-size:18px">{H.escape(title)}</td></tr><tr><td style="padding:20px">' + esc_lines("\n".join(lines))
            + f'</td></tr><tr><td style="padding:12px 20px;font-size:11px;color:#777">{foot}</td></tr></table></td></tr></table></body></html>')


BANK_FOOT = ("Harambee Commercial Bank will never ask for your PIN, password or OTP by email, SMS or phone. Report suspicious messages to fraud@harambeebank.example "
             "or call 0709 555 000.")


def bank_alert(t, kind, amount, cur, acct, desc, label=None, scen=None, atts=()):
    subj = f"Transaction Alert: {kind} of {cur} {amount} on A/C ****{acct}"
    lines = [f"Dear AFYA BORA KENYA,", "", f"Your account ****{acct} has been {'debited' if kind == 'Debit' else 'credited'} with {cur} {amount} on "
             f"{t.astimezone(EAT):%d-%b-%Y at %H:%M}.", f"Narration: {desc}", f"Reference: FT{t.astimezone(EAT):%y%j}{R.randint(10000, 99999)}", "",
             "Thank you for banking with us.", "", BANK_FOOT]
    return notice(bank, "bank", t, subj, "\n".join(lines), simple_html("Harambee Commercial Bank - Transaction Alert", lines, "#0b6e4f", H.escape(BANK_FOOT)),
                  extra=[("X-Mailer", "HCB Notify 3.2"), ("Auto-Submitted", "auto-generated")], label=label, scen=scen, atts=atts)


NEWS_TOPICS = ["Donor funding outlook for East Africa health NGOs", "Indirect cost recovery: what funders now accept", "FX losses on grants: who pays?",
               "Audit season checklist for grantees", "Localisation commitments one year on", "Cash transfers and mobile money controls",
               "New OECD DAC reporting rules explained", "Year-end close tips for multi-donor NGOs", "Fraud red flags in sub-grant reporting",
               "Budget realignments without tears", "Tax exemptions for NGOs in Kenya, Uganda and Tanzania", "What the US foreign aid freeze means for grantees",
               "Restricted vs unrestricted reserves", "Procurement thresholds and competitive quotes", "Managing grant closeouts",
               "Payroll compliance for field staff", "Cost-share and matching funds", "Digital payments to community health volunteers",
               "Surviving the funding cliff: scenario planning", "Board reporting for finance officers"]


def newsletter(t, i):
    topic = NEWS_TOPICS[i % len(NEWS_TOPICS)]
    uid = hx(24); cid = hx(10)
    links = [(topic, f"https://ghfinance-news.us21.list-manage.com/track/click?u={uid}&id={hx(10)}&e={hx(10)}"),
             ("Jobs board", f"https://ghfinance-news.us21.list-manage.com/track/click?u={uid}&id={hx(10)}&e={hx(10)}"),
             ("Unsubscribe", f"https://ghfinance-news.us21.list-manage.com/unsubscribe?u={uid}&id={hx(10)}&e={hx(10)}&c={cid}")]
    plain = (f"Global Health Finance Briefing - {t:%d %B %Y}\n\nThis week: {topic}\n\n{links[0][1]}\n\nAlso: grants calendar, jobs, and a reader question on "
             f"exchange-rate policies.\n\nJobs board: {links[1][1]}\n\n============================================================\nYou are receiving this because you "
             f"subscribed at ghfinance-news.example.\nUnsubscribe: {links[2][1]}\nGHF Briefing, PO Box 4102, Brussels 1000, Belgium")
    html = simple_html("Global Health Finance Briefing", [f"{t:%d %B %Y}", "", f"This week: {topic}", links[0][1], "", "Also: grants calendar, jobs, and a reader question."],
                       "#7a1f5c", f'<a href="{links[2][1]}">Unsubscribe</a> | GHF Briefing, PO Box 4102, Brussels 1000, Belgium')
    extra = [("List-Unsubscribe", f"<{links[2][1]}>, <mailto:unsubscribe-mc.us21_{uid}.{cid}-{hx(10)}@unsubscribe.mailchimpapp.net?subject=unsubscribe>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("X-Mailer", f"Mailchimp Mailer - **CID{cid}{hx(10)}**"), ("X-Campaign", f"mailchimp{uid}.{cid}"),
             ("X-campaignid", f"mailchimp{uid}.{cid}"), ("X-Report-Abuse", f"Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u={uid}&id={cid}&e={hx(10)}"),
             ("X-MC-User", uid), ("Feedback-ID", f"{R.randint(10**7, 10**8)}:{R.randint(10**7, 10**8)}.{R.randint(10**5, 10**6)}:us21:mc"), ("X-Accounttype", "pd"),
             ("Precedence", "bulk")]
    return notice(news, "mailchimp", t, f"GHF Briefing: {topic}", plain, html, extra=extra, bcl=4)


def kra_notice(t, subj, lines, label=None, scen=None, atts=()):
    foot = "This is a system generated email. Do not reply. Kenya Revenue Authority - Tulipe Ushuru, Tujitegemee!"
    return notice(kra, "kra", t, subj, "\n".join(lines) + "\n\n" + foot, simple_html("iTax - Kenya Revenue Authority", lines, "#c8102e", foot),
                  extra=[("X-Mailer", "iTax Mailer"), ("Auto-Submitted", "auto-generated")], label=label, scen=scen, atts=atts)


def hff_portal(t, subj, lines, link, label=None, scen=None):
    sf_extra = [("Reply-To", "Hartwell Grants Team <grants@hartwellfoundation.example>"), ("X-SFDC-LK", "00D8c000003Rk2P"), ("X-SFDC-User", "0058c00000B" + alnum(4)),
                ("X-Sender", "postmaster@salesforce.com"), ("X-mail_abuse_inquiries", "http://www.salesforce.com/company/abuse.jsp"), ("X-SFDC-TLS-NoRelay", "1"),
                ("X-SFDC-Binding", "1WrIRBV94myi25uB"), ("X-SFDC-EmailCategory", "apiMassMail"), ("X-SFDC-Interface", "internal")]
    plain = ("\n".join(lines) + f"\n\nGo to the Grantee Portal: {link}\n\nQuestions? Contact your program officer or grants@hartwellfoundation.example.\n"
             "Hartwell Family Foundation | 1420 K Street NW, Suite 600 | Washington, DC 20005")
    html = ('<html><body style="margin:0;background:#eef1f4"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="600" '
            'style="background:#fff;font-family:Georgia,serif;font-size:15px;color:#1b2a3a"><tr><td style="padding:18px 24px;border-bottom:3px solid #9c6b1e">'
            '<img src="https://hartwellfoundation.my.salesforce-sites.com/resource/HFF_logo.png" alt="Hartwell Family Foundation" height="40"></td></tr>'
            '<tr><td style="padding:24px">' + esc_lines("\n".join(lines)) + f'<p><a href="{link}" style="background:#9c6b1e;color:#fff;padding:10px 18px;text-decoration:none">'
            'Go to the Grantee Portal</a></p></td></tr><tr><td style="padding:14px 24px;font-size:11px;color:#777">Hartwell Family Foundation | 1420 K Street NW, Suite 600 | '
            'Washington, DC 20005</td></tr></table></td></tr></table></body></html>')
    return notice(hffportal, "sfdc", t, subj, plain, html, extra=sf_extra, label=label, scen=scen)


def nl_portal(t, subj, lines, link, label=None, scen=None):
    plain = "\n".join(lines) + f"\n\n{link}\n\nStichting Noordlicht Health Fund - Grants Management System\nThis mailbox is not monitored."
    html = simple_html("Noordlicht Grants Portal", lines + ["", link], "#003b5c", "Stichting Noordlicht Health Fund - Grants Management System. This mailbox is not monitored.")
    extra = [("X-Mailgun-Sid", "WyI" + alnum(40)), ("X-Mailgun-Tag", "gms-reminder"), ("Auto-Submitted", "auto-generated"), ("Sender", "noreply@grants.noordlicht-fund.example")]
    return notice(nlgms, "gms", t, subj, plain, html, extra=extra, label=label, scen=scen)


def glpi_notice(t, tk, subj, lines, label=None, scen=None):
    link = f"https://servicedesk.afyabora-intl.example/front/ticket.form.php?id={tk}"
    plain = f"URL : {link}\n\n" + "\n".join(lines) + "\n\n--\nAfya Bora IT Service Desk (Geneva) | +41 22 555 73 99\nAutomatically generated by GLPI"
    html = simple_html(f"[GLPI #{tk:07d}]", [f"URL : {link}", ""] + lines, "#2f3f64", "Afya Bora IT Service Desk (Geneva) | Automatically generated by GLPI")
    extra = [("X-Auto-Response-Suppress", "OOF, DR, RN, NRN, AutoReply"), ("Auto-Submitted", "auto-generated"), ("X-Mailer", "GLPI 10.0.16"),
             ("Reply-To", "Afya Bora IT Service Desk <servicedesk@afyabora-intl.example>")]
    return emit(glpi, "glpi", t, [(me.name, me.email)], None, f"[GLPI #{tk:07d}] {subj}", [], plain, html=html, extra=extra, label=label, scen=scen)


LIST = ("Kenya NGO Finance Forum", "ngo-finance-ke@googlegroups.com")
GGID = str(R.randint(10**11, 10**12))


def list_post(th, who, text, t, label=None, scen=None, rewrite=False, client="gweb", quote=True):
    """a post through the Google Group: the member's own client headers, then Google Groups' list headers, footer and ARC"""
    m = make_mid(who, client, t)
    foot = ("\n\n-- \nYou received this message because you are subscribed to the Google Groups \"Kenya NGO Finance Forum\" group.\n"
            "To unsubscribe from this group and stop receiving emails from it, send an email to ngo-finance-ke+unsubscribe@googlegroups.com.\n"
            f"To view this discussion visit https://groups.google.com/d/msgid/ngo-finance-ke/{m[1:-1].replace('@', '%40')}.")
    extra = [("X-Original-Sender", who.email),
             ("X-Original-Authentication-Results", f"mx.google.com;       dkim=pass header.i=@{INFRA[who.infra][2] if who.infra in INFRA else who.dom};       spf=pass (google.com: domain of "
                                                   f"{who.email} designates {INFRA.get(who.infra, INFRA['gmail'])[1]}{R.randint(20, 200)} as permitted sender) smtp.mailfrom={who.email}"),
             ("Precedence", "list"), ("Mailing-list", "list ngo-finance-ke@googlegroups.com; contact ngo-finance-ke+owners@googlegroups.com"),
             ("List-ID", "<ngo-finance-ke.googlegroups.com>"), ("X-Spam-Checked-In-Group", "ngo-finance-ke@googlegroups.com"), ("X-Google-Group-Id", GGID),
             ("List-Post", "<https://groups.google.com/group/ngo-finance-ke/post>, <mailto:ngo-finance-ke@googlegroups.com>"),
             ("List-Help", "<https://groups.google.com/support/>, <mailto:ngo-finance-ke+help@googlegroups.com>"),
             ("List-Archive", "<https://groups.google.com/group/ngo-finance-ke"),
             ("List-Subscribe", "<https://groups.google.com/group/ngo-finance-ke/subscribe>, <mailto:ngo-finance-ke+subscribe@googlegroups.com>"),
             ("List-Unsubscribe", f"<mailto:googlegroups-manage+{GGID}+unsubscribe@googlegroups.com>,\n <https://groups.google.com/group/ngo-finance-ke/subscribe>")]
    if who is me:
        return th.add(me, text, t, to=[LIST], client="ol")
    frm = None; fromdom = who.dom
    if rewrite:
        frm = f"\"'{who.name}' via Kenya NGO Finance Forum\" <{LIST[1]}>"; fromdom = "googlegroups.com"
        extra = [("X-Original-From", f"{who.name} <{who.email}>"), ("Reply-To", f"{who.name} <{who.email}>")] + extra
    if who.dom == "gmail.com" and not rewrite:
        auth = (f"spf=pass (sender IP is {{ip}})\n smtp.mailfrom=googlegroups.com; dkim=fail (body hash did not verify)\n header.d=gmail.com;"
                f"dkim=pass (signature was verified) header.d=googlegroups.com;dmarc=fail\n action=none header.from=gmail.com;compauth=pass reason=130")
    else:
        auth = (f"spf=pass (sender IP is {{ip}})\n smtp.mailfrom=googlegroups.com; dkim=pass (signature was verified)\n header.d=googlegroups.com;"
                f"dmarc=pass action=none header.from={fromdom};compauth=pass reason=100")
    return th.add(who, text, t, label=label, scen=scen, client=client, to=[LIST], infra="ggroups", extra=extra, auth=auth, frm=frm, fromdom=fromdom,
                  mid=m, footer=foot, quote=quote)


# ================================================================================================ CONTENT
# ---------------------------------------------------------------- background notices (sender history)
for i, d in enumerate([(2024, 9, 4), (2024, 9, 18), (2024, 10, 2), (2024, 10, 16), (2024, 10, 30), (2024, 11, 13), (2024, 11, 27), (2024, 12, 11),
                       (2025, 1, 8), (2025, 1, 22), (2025, 2, 5), (2025, 2, 19), (2025, 3, 5), (2025, 3, 19), (2025, 4, 2), (2025, 4, 16), (2025, 4, 30),
                       (2025, 5, 14), (2024, 12, 18), (2025, 1, 29)]):
    newsletter(at(*d, 7, 5, UTC), i)
for m, d in [(9, 9), (10, 9), (11, 8), (12, 9), (1, 9), (2, 7), (3, 10), (4, 9), (5, 9)]:
    y = 2024 if m >= 9 else 2025
    kra_notice(at(y, m, d, 15, R.randint(0, 50)), f"PAYE Return Acknowledgement Receipt - {['', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1 if m > 1 else 12]} {y if m > 1 else y - 1}",
               ["Dear AFYA BORA KENYA,", "", "PIN: P051555318X", f"Your PAYE return for the period has been received successfully.",
                f"Acknowledgement Number: KRA{y}{m:02d}{R.randint(10**9, 10**10)}", "", "Log in to iTax at https://itax.kra.example to view the return."])
bank_alert(at(2024, 9, 5, 11, 2), "Debit", "1,650,000.00", "KES", "4471", "EFT TO TURKANA HEALTH OUTREACH EQUITY ***0287 TRANCHE 1")
bank_alert(at(2024, 9, 27, 14, 40), "Credit", "24,180.00", "KES", "4471", "INTEREST CAPITALISATION SEP 2024")
bank_alert(at(2024, 10, 28, 9, 11), "Credit", "140,000.00", "USD", "9032", "SWIFT IN HARTWELL FAMILY FOUNDATION HFF-24-0391")
bank_alert(at(2024, 11, 4, 12, 5), "Debit", "18,000.00", "USD", "9032", "SWIFT OUT MWANZA MATERNAL CARE TRUST TRANCHE 3")
bank_alert(at(2024, 11, 12, 10, 44), "Debit", "1,284,000.00", "KES", "4471", "EFT MEDSUPPLIES EAST AFRICA INV 24/1187")
bank_alert(at(2024, 11, 7, 9, 30), "Debit", "66,400.00", "KES", "4471", "CHQ 001482 ACHIENG ODHIAMBO ADVANCE")
bank_alert(at(2024, 12, 2, 8, 20), "Credit", "310,000.00", "EUR", "7725", "SWIFT IN STICHTING NOORDLICHT HEALTH FUND NL-2024-117")
bank_alert(at(2025, 1, 27, 13, 2), "Debit", "10,400.00", "USD", "9032", "SWIFT OUT GULU WOMENS HEALTH COLLECTIVE STANBIC")
bank_alert(at(2025, 2, 18, 15, 3), "Debit", "312,000.00", "KES", "4471", "EFT LAKE NAIVASHA RESORT DEPOSIT WORKSHOP")
bank_alert(at(2025, 2, 20, 9, 50), "Debit", "1,850,000.00", "KES", "4471", "EFT TO TURKANA HEALTH OUTREACH EQUITY ***0287 TRANCHE 2")
bank_alert(at(2025, 3, 14, 10, 12), "Debit", "942,500.00", "KES", "4471", "EFT MEDSUPPLIES EAST AFRICA INV 25/0214")
bank_alert(at(2025, 3, 7, 16, 30), "Debit", "418,600.00", "KES", "4471", "MPESA B2C BULK NAIVASHA PER DIEMS")
bank_alert(at(2025, 4, 24, 11, 8), "Credit", "142,500.00", "EUR", "7725", "SWIFT IN STICHTING NOORDLICHT HEALTH FUND NL-2024-117 T2")
bank_alert(at(2025, 3, 24, 9, 40), "Debit", "96,250.00", "KES", "4471", "MPESA TILL 9127440 TUMAINI PRINTERS")
bank_alert(at(2025, 1, 31, 17, 55), "Debit", "1,262,110.00", "KES", "4471", "SALARIES JAN 2025 BULK")
bank_alert(at(2025, 2, 28, 17, 40), "Debit", "1,305,480.00", "KES", "4471", "SALARIES FEB 2025 BULK")
bank_alert(at(2024, 12, 20, 16, 10), "Debit", "1,249,900.00", "KES", "4471", "SALARIES DEC 2024 BULK")
hff_portal(at(2024, 10, 2, 9, 30, NYC), "Welcome to the Hartwell Grantee Portal",
           ["Dear Wanjiru Kamau,", "", "An account has been created for you on the Hartwell Family Foundation Grantee Portal for grant HFF-24-0391 (Afya Bora Kenya).",
            "Please activate it within 7 days and complete the Organization Bank Information form."],
           "https://hartwellfoundation.my.site.com/grantees/s/login/?startURL=%2Fgrantees%2Fs%2F")
glpi_notice(at(2024, 11, 19, 10, 5, CHZ), 4388, "New ticket - Kenya office printer cannot scan to email",
            ["Ticket #4388 has been created by Wanjiru Kamau.", "", "Title: Kenya office printer cannot scan to email", "Status: New", "Priority: Medium",
             "Description: Since Monday the Kyocera in Nairobi gives 'SMTP authentication failed' when scanning to email."])
glpi_notice(at(2024, 11, 21, 15, 40, CHZ), 4388, "Ticket solved - Kenya office printer cannot scan to email",
            ["Ticket #4388 has been solved.", "", "Solution: SMTP AUTH was disabled tenant-wide; the printer now uses the scan relay connector. Please test and reply if the problem persists."])

# ---------------------------------------------------------------- T8 Noordlicht concept note 2025-2027 (revived after 8 months: G9)
t8 = Thread("T8", marieke, "Concept note 2025-2027 - Afya Bora Kenya (maternal health, Kisumu & Turkana)")
t8.add(marieke, "Dear Wanjiru,\n\nAs discussed with Achieng during our visit to Kisumu, we would welcome a concept note for a follow-on programme 2025-2027. "
       "Maximum five pages plus an indicative budget in EUR, by Friday 4 October. The template is attached.\n\nPlease copy Achieng when you submit.",
       at(2024, 9, 10, 10, 5, AMS), cc=[(cd.name, cd.email)],
       atts=[("Noordlicht_Concept_Note_Template_2025.docx", ooxml("docx", paras=["Stichting Noordlicht Health Fund", "Concept note template 2025",
             "1. Problem statement", "2. Theory of change", "3. Indicative budget (EUR)"], creator="Marieke de Vries", when="2024-09-09T14:02:00Z"), DOCX)])
t8.add(me, "Dear Marieke,\n\nThank you, that is very good news. We will submit by 4 October.\n\nOne question for the budget: should we apply our usual 7% "
       "indirect cost rate, or does the 2025 call allow the 10% you mentioned in Kisumu?", at(2024, 9, 11, 9, 12), cc=[(cd.name, cd.email)])
t8.add(marieke, "Hi Wanjiru,\n\nPlease use 7% at concept note stage; the board will decide on the 10% for the full call. Co-funding is not required but "
       "welcome if you have it.", at(2024, 9, 11, 14, 20, AMS), G, cc=[(cd.name, cd.email)])
t8.add(me, "Dear Marieke,\n\nPlease find attached our concept note and the indicative budget (EUR 612,400 over three years).\n\nKind regards on behalf of Achieng as well.",
       at(2024, 10, 3, 16, 40), cc=[(cd.name, cd.email)],
       atts=[("ABK_Concept_Note_Noordlicht_2025-2027.docx", ooxml("docx", paras=["Afya Bora Kenya", "Concept note: Mama na Mtoto 2025-2027",
             "Kisumu and Turkana counties"], creator="Wanjiru Kamau", when="2024-10-03T13:10:00Z"), DOCX),
             ("ABK_Indicative_Budget_2025-2027.xlsx", ooxml("xlsx", rows=[("Line", "2025", "2026", "2027"), ("Personnel", "61,200", "63,000", "64,900"),
              ("CHV stipends", "88,000", "90,600", "93,300"), ("Indirect 7%", "13,300", "13,700", "14,100")]), XLSX)])
t8.add(marieke, "Received, thank you both. Our board considers concept notes in its November meeting; I will come back to you after that.",
       at(2024, 10, 4, 11, 2, AMS), G, cc=[(cd.name, cd.email)])
t8.add(marieke, "Dear Wanjiru,\n\nThe board liked the concept note, but decided to open the full 2025 call only in spring 2025 because of the strategy review. "
       "I will come back to you as soon as the call opens. Nothing needed from your side until then.", at(2024, 11, 22, 15, 10, AMS), G, cc=[(cd.name, cd.email)])
t8.add(me, "Thanks Marieke, understood. We will be ready.", at(2024, 11, 22, 17, 30), cc=[(cd.name, cd.email)])
t8.add(marieke, "Dear Wanjiru,\n\nAs promised I am reviving this thread: the 2025 call is now open. Full proposals are due on 30 June through the grants portal "
       "(https://grants.noordlicht-fund.example/calls/2025-EA). Please use the concept note from October as the basis; the board accepted the 10% indirect "
       "cost rate after all.\n\nCould we have a call in the week of 19 May with you and Achieng?", at(2025, 5, 12, 9, 40, AMS), GH, cc=[(cd.name, cd.email)],
       scen=("G9", "donor revives the concept-note thread after almost 6 months of silence (7 months after the note) for the 2025 call, portal link"))
t8.add(me, "Dear Marieke,\n\nWonderful news, thank you! Tuesday 20 May at 14:00 CEST works for both of us.", at(2025, 5, 12, 11, 15), cc=[(cd.name, cd.email)])

# G29 the Teams invitation for that call (meeting request, text/calendar)
st = at(2025, 5, 20, 14, 0, AMS).replace(second=0); en = st + datetime.timedelta(hours=1)
teams = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{alnum(48)}%40thread.v2/0?context=%7b%22Tid%22%3a%22{TENANT['nl']}%22%2c%22Oid%22%3a%22{ruuid()}%22%7d"
inv_plain = ("Dear Wanjiru, dear Achieng,\n\nLooking forward to discussing the 2025 proposal.\n\nMarieke\n\n"
             "________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
             f"Click here to join the meeting<{teams}>\nMeeting ID: 318 552 047 219\nPasscode: kD7aQ2\n\nLearn More<https://aka.ms/JoinTeamsMeeting> | "
             "Meeting options<https://teams.microsoft.com/meetingOptions/>\n________________________________________________________________________________")
inv_html = html_of("ol", inv_plain, None, None, "nl-NL")
emit(marieke, "ol", at(2025, 5, 13, 10, 12, AMS), [(me.name, me.email), (cd.name, cd.email)], None, "Noordlicht / Afya Bora Kenya - 2025 proposal call", [],
     inv_plain, html=inv_html, label=GH, scen=("G29", "donor's Teams meeting invitation (text/calendar METHOD:REQUEST, teams.microsoft.com link)"),
     cal=ics("Noordlicht / Afya Bora Kenya - 2025 proposal call", "Microsoft Teams meeting. Join: " + teams, st, en, (marieke.name, marieke.email),
             "noordlicht-fund.example", attendees=[(me.name, me.email), (cd.name, cd.email)], location="Microsoft Teams Meeting"),
     extra=[("X-MS-Exchange-Calendar-Series-Instance-Id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + alnum(40))])

# ---------------------------------------------------------------- T7 Noordlicht NL-2024-117 financial reporting (G26, G30, A4)
t7 = Thread("T7", jonas, "NL-2024-117 - financial reporting 2024")
t7.add(jonas, "Dear Wanjiru,\n\nAttached are the financial reporting template (v3) and the reporting calendar for NL-2024-117. The annual financial report for 2024 "
       "is due on 28 February 2025, and the audited financial statements for FY2024 by 31 March 2025. The second instalment (EUR 142,500) is released once both "
       "have been approved.", at(2024, 9, 16, 11, 20, AMS),
       atts=[("NL-2024-117_Financial_Reporting_Template_v3.xlsx", ooxml("xlsx", rows=[("Budget line", "Budget EUR", "Actual EUR", "Variance %"),
             ("1.1 Staff", "", "", ""), ("3.2 CHV stipends", "", "", ""), ("5.0 Indirect costs 7%", "", "", "")]), XLSX)])
t7.add(me, "Dear Jonas,\n\nThank you, noted in our calendar.\n\nFor the audit: can we submit our organisation-wide audited statements with a grant schedule, or do you "
       "require a project-specific audit?", at(2024, 9, 17, 10, 2))
t7.add(jonas, "Dear Wanjiru,\n\nOrganisation-wide statements are fine, provided the auditor includes a separate schedule of income and expenditure for NL-2024-117 "
       "with an opinion on that schedule.", at(2024, 9, 17, 15, 45, AMS), G)
t7.add(me, "Dear Jonas,\n\nPlease find attached the 2024 annual financial report for NL-2024-117, also uploaded in the portal this morning. Total expenditure "
       "EUR 228,640 against a budget of EUR 240,000 (95%).", at(2025, 2, 27, 10, 20),
       atts=[("NL-2024-117_Annual_Financial_Report_2024.xlsx", ooxml("xlsx", rows=[("Budget line", "Budget EUR", "Actual EUR", "Variance %"),
             ("1.1 Staff", "72,000", "70,410", "98%"), ("3.2 CHV stipends", "38,000", "44,860", "118%"), ("5.0 Indirect costs 7%", "15,700", "14,960", "95%")]), XLSX)])
emit(jonas, "ol", t7.last["t"] + sec(41), [(me.name, me.email)], None, "Automatisch antwoord: NL-2024-117 - financial reporting 2024",
     [t7.refs[-1]], "Ik ben afwezig tot en met vrijdag 7 maart en heb beperkt toegang tot mijn e-mail. Voor dringende zaken kunt u contact opnemen met Marieke de Vries "
     "(m.devries@noordlicht-fund.example).\n\nI am out of the office until Friday 7 March with limited access to e-mail. For urgent matters please contact "
     "Marieke de Vries (m.devries@noordlicht-fund.example).\n\nJonas Berger", html=None, label=GH, tidx=t7.tindex(), topic=t7.subj,
     extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", jonas.email)],
     scen=("G26", "donor's Dutch/English automatic reply (Automatisch antwoord), In-Reply-To Wanjiru's report mail"))
t7.add(jonas, "Dear Wanjiru,\n\nThank you for the report. Two questions before I can approve it:\n1. Line 3.2 CHV stipends is at 118% of budget. Please explain "
       "the overspend and how it will be absorbed within the grant.\n2. Which exchange rate did you use for the KES expenditure? Our guideline is the weighted "
       "average of the EUR tranches received.", at(2025, 3, 10, 9, 48, AMS), G)
t7.add(me, "Dear Jonas,\n\n1. The county raised the CHV stipend from KES 2,000 to KES 2,500 per month from July 2024; we absorbed it by reducing venue costs "
       "(line 4.1 is at 61%). The budget revision approved on 7 March covers 2025.\n2. We used the weighted average of the two tranches, 1 EUR = 141.37 KES, "
       "as per your guideline. The calculation is on the 'FX' tab.", at(2025, 3, 11, 11, 5))
t7.add(marieke, "Dear Wanjiru,\n\nThank you for the explanations; Jonas is satisfied and the 2024 report is approved.\n\nThe only item missing for the second "
       "instalment is the audited financial statements FY2024 with the NL-2024-117 schedule. Please upload them in the portal under Reports > Audit:\n"
       "https://grants.noordlicht-fund.example/grants/NL-2024-117/reports\n\nPlease do not send audit reports by email; our policy is that they go through the "
       "portal only.", at(2025, 3, 18, 14, 30, AMS), GH, cc=[(jonas.name, jonas.email)],
       scen=("G30", "donor asks for the audited statements to be uploaded in its own portal (link to its own domain)"))
t7.add(me, "Dear Marieke,\n\nNoted, thank you. The auditors expect to sign on 4 April and I will upload the statements the same day.", at(2025, 3, 19, 9, 30),
       to=[(marieke.name, marieke.email)], cc=[(jonas.name, jonas.email)])
jonas_l = Pt("Jonas Berger", "j.berger@noordlichtfund.example", "ol", "look-nl", jonas.sig, tz=AMS, loc="nl-NL", mbx="DU2PR04MB8754")
t7.add(jonas_l, "Dear Wanjiru,\n\nFollowing up on Marieke's message below: our Finance Committee meets on Thursday 10 April to approve the second instalment of "
       "NL-2024-117 (EUR 142,500), and I would like to include your file.\n\nPlease note that the grants portal is being migrated to our new document exchange this "
       "month and uploads to the old Reports > Audit page are currently not reaching us. To avoid a delay, kindly upload the signed audited financial statements "
       "FY2024, the NL-2024-117 schedule and the management letter through the secure link below as soon as the auditors have signed:\n\n"
       "https://noordlicht-docexchange.example/s/NL-2024-117/upload?ref=ABK-" + alnum(10) + "\n\nYou will be asked to confirm your identity with your "
       "organisation's Microsoft 365 account before the upload starts. Marieke is travelling this week, so please send any questions to me directly.",
       at(2025, 4, 3, 10, 22, AMS), HJ("lookalike-domain"), cc=[(marieke.name, "m.devries@noordlichtfund.example")], detached=True,
       scen=("A4", "look-alike donor domain (hyphen dropped) on an M365 tenant: upload audited statements to a 'document exchange' link, faithful quote, Cc also look-alike"))
t7.add(me, "Dear Marieke,\n\nThe signed audited financial statements FY2024 with the NL-2024-117 schedule and the management letter are now uploaded in the portal "
       "under Reports > Audit.", at(2025, 4, 9, 12, 10), to=[(marieke.name, marieke.email)], cc=[(jonas.name, jonas.email)])
t7.add(marieke, "Received and forwarded to the Finance Committee, thank you. The second instalment will be paid in the week of 21 April.", at(2025, 4, 10, 16, 4, AMS), G,
       cc=[(jonas.name, jonas.email)])
nl_portal(at(2025, 1, 28, 6, 0, AMS), "Reporting reminder: NL-2024-117 annual financial report due 28 February 2025",
          ["Dear Wanjiru Kamau,", "", "This is a reminder that the following report for grant NL-2024-117 (Afya Bora Kenya) is due in 30 days:",
           "Annual financial report 2024 - due 28 February 2025", "", "Please submit it through the grants portal:"],
          "https://grants.noordlicht-fund.example/grants/NL-2024-117/reports", label=GH,
          scen=("G3", "donor grants-portal reminder (Mailgun), portal link, no reply headers"))
nl_portal(at(2025, 2, 27, 7, 31, AMS), "Report received: NL-2024-117 annual financial report 2024",
          ["Dear Wanjiru Kamau,", "", "Your report 'Annual financial report 2024' for NL-2024-117 has been received and is now under review."],
          "https://grants.noordlicht-fund.example/grants/NL-2024-117/reports")

# ---------------------------------------------------------------- T9 Hartwell HFF-24-0391 grant agreement (G25 DocuSign, G2 portal, A6)
t9 = Thread("T9", rebecca, "HFF-24-0391 award - Afya Bora Kenya")
t9.add(rebecca, "Dear Wanjiru,\n\nCongratulations again on the award! Attached is the award letter for HFF-24-0391 (USD 350,000, 1 November 2024 - 31 October 2026).\n\n"
       "The grant agreement will come to you and Dr. Odhiambo through DocuSign for signature this week. Please also activate your account in our Grantee Portal and "
       "complete the bank information form there; we do not take bank details by email.", at(2024, 10, 1, 10, 15, NYC), cc=[(cd.name, cd.email)],
       atts=[("HFF-24-0391_Award_Letter.pdf", pdf(["Hartwell Family Foundation", "Award letter HFF-24-0391", "Grantee: Afya Bora Kenya",
              "Amount: USD 350,000", "Period: 1 November 2024 - 31 October 2026"], producer="Adobe PDF Library 24.2.159", when="20240930161200", zone="-04'00'"), "application/pdf")])
t9.add(me, "Dear Rebecca,\n\nThank you so much, we are delighted! Could you confirm the payment schedule? We understood 40% on signature, 30% after the interim "
       "report and 30% in year two.", at(2024, 10, 2, 9, 5), cc=[(cd.name, cd.email)])
t9.add(rebecca, "Hi Wanjiru,\n\nCorrect: USD 140,000 upon countersignature, USD 105,000 upon approval of the interim report (due 31 May 2025) and USD 105,000 "
       "in November 2025 subject to the annual report.", at(2024, 10, 2, 8, 40, NYC), G, cc=[(cd.name, cd.email)])
ds_env = ruuid().upper()
ds_link = f"https://na4.docusign.net/Signing/EmailStart.aspx?a={ruuid()}&etti=24&acct={ruuid()}&er={ruuid()}"
ds_plain = (f"Rebecca Lindqvist sent you a document to review and sign.\n\nREVIEW DOCUMENT\n{ds_link}\n\nRebecca Lindqvist\nrlindqvist@hartwellfoundation.example\n\n"
            "Dear Wanjiru and Dr. Odhiambo, please review and sign the grant agreement for HFF-24-0391. Signing order: Afya Bora Kenya first, then the Foundation.\n\n"
            "Do Not Share This Email\nThis email contains a secure link to Docusign. Please do not share this email, link, or access code with others.\n\n"
            f"Alternate Signing Method\nVisit Docusign.com, click 'Access Documents', and enter the security code:\n{ds_env.replace('-', '')}\n\n"
            "About Docusign\nSign documents electronically in just minutes. It's safe, secure, and legally binding.")
ds_html = ('<html><body style="background:#eaeaea;margin:0"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">'
           '<table width="640" style="background:#1e4ca1;color:#fff;font-family:Helvetica,Arial,sans-serif"><tr><td align="center" style="padding:28px">'
           '<img src="https://na4.docusign.net/Signing/Images/email/Email_PenLogo.png" width="75" alt=""><p style="font-size:16px">Rebecca Lindqvist sent you a document to review and sign.</p>'
           f'<a href="{H.escape(ds_link)}" style="background:#ffc423;color:#333;padding:10px 24px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></td></tr></table>'
           '<table width="640" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#333"><tr><td style="padding:24px"><b>Rebecca Lindqvist</b><br>'
           'rlindqvist@hartwellfoundation.example<p>Dear Wanjiru and Dr. Odhiambo, please review and sign the grant agreement for HFF-24-0391. Signing order: Afya Bora Kenya first, '
           'then the Foundation.</p></td></tr><tr><td style="padding:0 24px 24px;font-size:13px;color:#666"><b>Do Not Share This Email</b><br>This email contains a secure link '
           f'to Docusign.<br><br><b>Alternate Signing Method</b><br>Visit Docusign.com, click \'Access Documents\', and enter the security code:<br>{ds_env.replace("-", "")}</td></tr>'
           '</table></td></tr></table></body></html>')
notice(docusign, "docusign", at(2024, 10, 3, 14, 2, NYC), "Complete with Docusign: HFF-24-0391_Grant_Agreement_AfyaBoraKenya.pdf", ds_plain, ds_html,
       reply_to="Rebecca Lindqvist <rlindqvist@hartwellfoundation.example>", extra=[("X-DocuSign-EnvelopeId", ds_env)], label=GH,
       scen=("G25", "real DocuSign envelope for the grant agreement (docusign.net, REVIEW DOCUMENT link), no reply headers"))
t9.add(me, "Dear Rebecca,\n\nBoth signatures are done in DocuSign this morning. The bank information form is completed in the portal (USD account at Harambee "
       "Commercial Bank).", at(2024, 10, 7, 10, 30), cc=[(cd.name, cd.email)])
notice(docusign, "docusign", at(2024, 10, 7, 11, 48, NYC), "Completed: HFF-24-0391_Grant_Agreement_AfyaBoraKenya.pdf",
       f"All parties have completed HFF-24-0391_Grant_Agreement_AfyaBoraKenya.pdf.\n\nVIEW COMPLETED DOCUMENT\n{ds_link.replace('etti=24', 'etti=25')}\n\nDo Not Share This Email",
       ds_html.replace("sent you a document to review and sign.", "- all parties have completed the document.").replace("REVIEW DOCUMENT", "VIEW COMPLETED DOCUMENT"),
       reply_to="Rebecca Lindqvist <rlindqvist@hartwellfoundation.example>", extra=[("X-DocuSign-EnvelopeId", ds_env)])
t9.add(rebecca, "Thanks Wanjiru, the fully executed agreement is attached for your files. The first payment is scheduled for 25 October.", at(2024, 10, 8, 9, 12, NYC), G,
       cc=[(cd.name, cd.email)], atts=[("HFF-24-0391_Grant_Agreement_fully_executed.pdf", pdf(["GRANT AGREEMENT HFF-24-0391", "Hartwell Family Foundation - Afya Bora Kenya",
       "Executed via DocuSign Envelope ID " + ds_env], producer="DocuSign", when="20241007154800", zone="Z"), "application/pdf")])
hff_portal(at(2024, 10, 21, 11, 0, NYC), "Payment scheduled: HFF-24-0391",
           ["Dear Wanjiru Kamau,", "", "A payment of USD 140,000.00 for grant HFF-24-0391 has been scheduled for 25 October 2024 to the bank account on file (ending 9032).",
            "Funds usually arrive within 3-5 business days."], "https://hartwellfoundation.my.site.com/grantees/s/grant/a0P8c00000" + alnum(8) + "/hff240391",
           label=GH, scen=("G2", "US donor grants portal (Salesforce) payment-scheduled notification with portal link"))
t9.add(me, "Dear Rebecca,\n\nConfirming receipt of USD 140,000 on 28 October. Thank you!", at(2024, 10, 29, 9, 40), cc=[(cd.name, cd.email)])
t9.add(rebecca, "Wonderful, thanks for confirming!", at(2024, 10, 29, 8, 2, NYC), G, cc=[(cd.name, cd.email)])
t9.add(rebecca, "Hi Wanjiru,\n\nHappy new year! Two things: we are planning a site visit in the second half of March; I will confirm dates with Dr. Odhiambo. "
       "And our board has approved a simpler budget realignment process: changes above 10% of a budget line are now requested through the portal, no amendment needed.",
       at(2025, 1, 14, 10, 30, NYC), G, cc=[(cd.name, cd.email)])
t9.add(me, "Thanks Rebecca, we look forward to hosting you. We do not expect realignments above 10% this year.", at(2025, 1, 15, 9, 18), cc=[(cd.name, cd.email)])
rebecca_s = Pt("Rebecca Lindqvist", "office@pinecrest-dentalcare.example", "php", "cpanel-dental", tz=NYC)
esign = "https://hff-agreements.esign-review.example/envelope/" + ruuid() + "?recipient=" + base64.urlsafe_b64encode(me.email.encode()).decode().rstrip("=")
a6_quote = ("Thanks Rebecca, we look forward to hosting you. Please send the amended agreement with the realigned budget for Dr. Odhiambo's signature "
            "when it is ready." + me.sig)
a6_plain = ("Hello Wanjiru,\n\nAs discussed, Amendment No. 1 to the grant agreement HFF-24-0391 (realigned budget and updated reporting dates) is ready for your review "
            "and e-signature. Please review and sign before Friday so that the second disbursement is not delayed.\n\nREVIEW AND SIGN DOCUMENT\n" + esign + "\n\n"
            "Rebecca Lindqvist\nProgram Officer, Global Health\nHartwell Family Foundation\n\n"
            f"On {at(2025, 1, 15, 9, 18):%a, %b %d, %Y at %I:%M %p}, Wanjiru Kamau <{me.email}> wrote:\n" + _lines(a6_quote))
a6_html = ('<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px"><p>Hello Wanjiru,</p><p>As discussed, Amendment No. 1 to the grant agreement '
           'HFF-24-0391 (realigned budget and updated reporting dates) is ready for your review and e-signature. Please review and sign before Friday so that the second '
           'disbursement is not delayed.</p><table width="520" style="background:#1e4ca1"><tr><td align="center" style="padding:22px;color:#fff">HFF-24-0391_Amendment_1.pdf<br><br>'
           f'<a href="{H.escape(esign)}" style="background:#ffc423;color:#333;padding:10px 20px;text-decoration:none;font-weight:bold">REVIEW AND SIGN DOCUMENT</a></td></tr></table>'
           '<p>Rebecca Lindqvist<br>Program Officer, Global Health<br>Hartwell Family Foundation</p><blockquote style="border-left:1px solid #ccc;padding-left:8px">'
           + esc_lines(a6_quote) + "</blockquote></body></html>")
emit(rebecca_s, "php", at(2025, 2, 11, 16, 5, NYC), [(me.name, me.email)], [(cd.name, cd.email)], "RE: HFF-24-0391 award - Afya Bora Kenya", list(t9.refs), a6_plain,
     html=a6_html, label=HJ("display-name-spoof"), orig_ip=f"102.88.{R.randint(1, 250)}.{R.randint(1, 250)}",
     extra=[("X-PHP-Originating-Script", "1004:class-wp-mailer.php"), ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")],
     scen=("A6", "donor programme officer's display name from a compromised dental practice's mail server: 'Amendment 1' e-signature link, quote altered to ask for it"))

# G1 portal interim-report reminder, and the one before it
hff_portal(at(2025, 4, 1, 9, 0, NYC), "Report due in 60 days: HFF-24-0391 Interim Report",
           ["Dear Wanjiru Kamau,", "", "The Interim Narrative and Financial Report for HFF-24-0391 is due on 31 May 2025."], "https://hartwellfoundation.my.site.com/grantees/s/requirements")
hff_portal(at(2025, 5, 1, 9, 0, NYC), "Reminder: HFF-24-0391 Interim Report due 31 May 2025",
           ["Dear Wanjiru Kamau,", "", "This is a reminder that the Interim Narrative and Financial Report for grant HFF-24-0391 is due on 31 May 2025.",
            "Templates: https://hartwellfoundation.my.site.com/grantees/s/templates", "Reporting guide: https://www.hartwellfoundation.example/grantees/reporting-guide",
            "Upload the report and the budget-versus-actual workbook under Requirements."], "https://hartwellfoundation.my.site.com/grantees/s/requirements",
           label=GH, scen=("G1", "US donor portal (Salesforce) interim-report reminder: several links, no reply headers"))

# ---------------------------------------------------------------- T19 CD forwards Hartwell's site-visit mail (G14)
fw_t = at(2025, 3, 3, 8, 12)
rb_t = at(2025, 2, 28, 8, 40, NYC); rbe = rb_t.astimezone(EAT)
fw_text = ("Wanjiru, see below from Rebecca. Please prepare the financial briefing (budget vs actual to 28 Feb) and a one-page summary of the sub-grant payments to the "
           "four partners. Agenda attached.\n\nAchieng")
fw_orig = (f"From: Rebecca Lindqvist <{rebecca.email}>\nSent: {rbe.day:02d} {MON['en'][rbe.month - 1]} {rbe.year} {rbe:%H:%M}\nTo: Dr. Achieng Odhiambo <{cd.email}>\n"
           "Subject: Hartwell Foundation site visit, 18-20 March\n\nDear Achieng,\n\nConfirming our site visit: Tuesday 18 March in Nairobi (finance and programme meetings), "
           "19-20 March in Kisumu. I will travel with our grants manager, Daniel Osei. The draft agenda is attached; we would like to meet the finance team on the 18th.\n\n"
           "Best,\nRebecca" + rebecca.sig)
t19 = Thread("T19", cd, "Hartwell Foundation site visit, 18-20 March")
t19.add(cd, fw_text + cd.sig + "\n\n" + fw_orig, fw_t, GH, sig=False, subj="FW: Hartwell Foundation site visit, 18-20 March", quote=False,
        scen=("G14", "Country Director forwards (FW:) the donor's site-visit mail with the agenda PDF"),
        atts=[("HFF_Site_Visit_Agenda_Kenya_March2025.pdf", pdf(["Hartwell Family Foundation - Site visit Kenya", "18 March: Nairobi, finance and programme",
              "19-20 March: Kisumu, KCHN community units"], producer="Microsoft: Print To PDF", when="20250228163000", zone="-05'00'"), "application/pdf")])
t19.subj = "FW: Hartwell Foundation site visit, 18-20 March"
t19.add(me, "Dear Achieng,\n\nNoted. I will have the briefing and the partner payment summary ready by Friday 14 March for your review.", at(2025, 3, 3, 9, 5), to=[(cd.name, cd.email)])
t19.add(cd, "Thanks. Please also add the Noordlicht co-funding lines, Rebecca asked about them last time.", at(2025, 3, 3, 9, 30), G)
t19.add(me, "Dear Achieng,\n\nBriefing and partner payment summary attached for your review.", at(2025, 3, 14, 15, 20), to=[(cd.name, cd.email)],
        atts=[("HFF_Site_Visit_Financial_Briefing.xlsx", ooxml("xlsx", rows=[("Line", "Budget USD", "Actual to 28 Feb", "%"), ("Sub-grants", "190,000", "71,200", "37%"),
              ("Personnel", "64,000", "21,700", "34%")]), XLSX)])
t19.add(cd, "Looks good. Print 4 copies for Tuesday.", at(2025, 3, 14, 17, 2), G)

# ---------------------------------------------------------------- T1 KCHN reporting + budget revision (links always used; G24, G4, A1)
def drive_id(): return "1" + base64.urlsafe_b64encode(rbytes(24)).decode()[:32]
t1 = Thread("T1", samuel, "KCHN quarterly financial reports - NL-2024-117")
t1.add(me, "Habari Samuel,\n\nThe Q3 (July-September) financial report for NL-2024-117 is due on 15 October. The template is attached. Please also share the link to "
       "the supporting documents folder as usual.", at(2024, 10, 1, 9, 30),
       atts=[("KCHN_Q3_2024_Financial_Report_Template.xlsx", ooxml("xlsx", rows=[("Line", "Budget KES", "Actual KES"), ("CHV stipends", "1,240,000", ""),
             ("Transport", "380,000", ""), ("Community dialogues", "420,000", "")]), XLSX)])
t1.add(samuel, "Hi Wanjiru,\n\nQ3 report attached. The supporting documents are in the usual Drive folder:\nhttps://drive.google.com/drive/folders/" + drive_id() + "?usp=sharing",
       at(2024, 10, 14, 16, 2), G, atts=[("KCHN_Q3_2024_Financial_Report.xlsx", ooxml("xlsx", rows=[("Line", "Budget KES", "Actual KES"), ("CHV stipends", "1,240,000", "1,236,500"),
       ("Transport", "380,000", "352,100"), ("Community dialogues", "420,000", "398,700")], creator="Samuel Ochieng"), XLSX)])
t1.add(me, "Thanks Samuel.\n\nOne question: the September CHV stipends in the report (KES 412,000) do not match the M-Pesa bulk payment statement in the folder "
       "(KES 398,500). Can you explain the difference?", at(2024, 10, 16, 11, 25))
t1.add(samuel, "Hi Wanjiru,\n\nThe difference is the KES 500 transport refund paid to 27 CHVs in the same bulk run (KES 13,500). I have added the M-Pesa B2C "
       "statement for that run to the folder:\nhttps://drive.google.com/file/d/" + drive_id() + "/view?usp=drive_link", at(2024, 10, 17, 9, 41), G)
t1.add(me, "Thanks, reconciled. Q3 report approved.", at(2024, 10, 17, 12, 3))
t1.add(me, "Dear Samuel,\n\nThe Q4 report is due on 15 January. Also, please send the 2025 budget revision for Kisumu that you mentioned in December by the end "
       "of January so that I can request Noordlicht's approval.", at(2025, 1, 6, 10, 12))
t1.add(samuel, "Hi Wanjiru,\n\nQ4 report attached. I am copying Beatrice Akinyi, our new finance officer, who will handle the financial reporting from now on.",
       at(2025, 1, 13, 15, 20), G, cc=[(beatrice.name, beatrice.email)],
       atts=[("KCHN_Q4_2024_Financial_Report.xlsx", ooxml("xlsx", rows=[("Line", "Budget KES", "Actual KES"), ("CHV stipends", "1,240,000", "1,302,000")], creator="Samuel Ochieng"), XLSX)])
t1.add(beatrice, "Dear Wanjiru,\n\nNice to e-meet you. I joined KCHN on 6 January from the Kisumu County health department. Attached is the Q4 bank reconciliation, "
       "which was missing from Samuel's email. Please send any questions on the report to me.", at(2025, 1, 14, 10, 2), GH, to=[(me.name, me.email)],
       cc=[(samuel.name, samuel.email)], scen=("G24", "partner's new finance officer replies-all for the first time (introduced by the coordinator the day before)"),
       atts=[("KCHN_Bank_Reconciliation_Dec2024.pdf", pdf(["Kisumu Community Health Network", "Bank reconciliation - 31 December 2024",
              "Balance per bank KES 842,310.00", "Balance per cash book KES 835,810.00"], producer="Microsoft Excel for Microsoft 365", when="20250113174000"), "application/pdf")])
t1.add(me, "Karibu Beatrice, and thank you. The reconciliation is clear. Welcome to the team!", at(2025, 1, 15, 8, 50), to=[(beatrice.name, beatrice.email)],
       cc=[(samuel.name, samuel.email)])
t1.add(samuel, "Hi Wanjiru,\n\nHere is the 2025 budget revision as a Google Sheet so that you and Beatrice can comment directly:\n"
       "https://docs.google.com/spreadsheets/d/" + drive_id() + "/edit?usp=sharing\n\nMain change: KES 640,000 moved from venue hire to CHV transport, "
       "because the county now hosts the dialogues in health facilities.", at(2025, 1, 29, 11, 14), GH, cc=[(beatrice.name, beatrice.email)],
       scen=("G4", "partner shares the budget revision as a Google Sheets link, office hours, in a thread that always carried Drive links"))
t1.add(me, "Thanks Samuel. I have left comments in the sheet. The move is above 10% of the venue line, so I need Noordlicht's approval before you apply it.",
       at(2025, 1, 31, 14, 40), cc=[(beatrice.name, beatrice.email)])
t1.add(beatrice, "Hi Wanjiru,\n\nComments addressed in the sheet. The revised total is unchanged at KES 6,840,000.", at(2025, 2, 3, 12, 5), G,
       cc=[(samuel.name, samuel.email)])
t1.add(me, "Thank you Beatrice. Sent to Noordlicht for approval today; I will revert.", at(2025, 2, 5, 9, 20), to=[(beatrice.name, beatrice.email)],
       cc=[(samuel.name, samuel.email)])
slides = "https://docs.google.com/presentation/d/" + drive_id() + "/edit?usp=sharing"
t1.add(samuel, "Good morning Wanjiru,\n\nKindly find the updated KCHN budget revision for your review and approval through the link below:\n\n" + slides +
       "\n\nPlease approve today so that the funds for the March outreach can be released in time.\n\nRegards", at(2025, 3, 8, 3, 7), HJ("server-hijack"),
       cc=[(beatrice.name, beatrice.email)], detached=True,
       scen=("A1", "partner's Google Workspace account (same Gmail headers) at 03:07 on a Saturday: 'budget revision' as a Google Slides link, urgent approval, faithful quote"))
t1.add(me, "Dear Samuel, dear Beatrice,\n\nNoordlicht has approved the 2025 budget revision (approval letter attached). You can apply it from March.",
       at(2025, 3, 10, 10, 5), cc=[(beatrice.name, beatrice.email)],
       atts=[("Noordlicht_approval_budget_revision_KCHN_2025.pdf", pdf(["Stichting Noordlicht Health Fund", "Approval of budget revision NL-2024-117 / KCHN 2025",
              "Approved: KES 640,000 from line 4.1 to line 3.4"], when="20250307101500", zone="+01'00'"), "application/pdf")])
t1.add(samuel, "Asante sana Wanjiru, we will proceed.", at(2025, 3, 10, 11, 30), G, cc=[(beatrice.name, beatrice.email)])

# ---------------------------------------------------------------- T2 THO tranche 2 (Swahili G8, new phone G17, A2)
t2 = Thread("T2", peter, "THO tranche disbursements - Turkana outreach")
t2.add(me, "Dear Peter,\n\nTranche 1 of KES 1,650,000 was sent today to your Equity account ending 0287. Please confirm receipt.", at(2024, 9, 5, 11, 10))
t2.add(peter, "Dear Wanjiru, received with thanks. We start the mobile clinics in Kakuma next week.", at(2024, 9, 5, 18, 40), G)
t2.add(me, "Dear Peter,\n\nTranche 2 (KES 1,850,000) will be released on receipt of the Q3 report and the outreach photos. Please send them by 13 December.",
       at(2024, 12, 2, 10, 30))
t2.add(peter, "Habari ya asubuhi Wanjiru,\n\nPole kwa kuchelewa. Ripoti ya Q3 iko tayari, nitaituma kesho kwa sababu mtandao hapa Lodwar ni mbaya sana wiki hii. "
       "Picha za outreach ziko kwa simu ya Ekeno, atazituma jioni.\n\nAsante sana.", at(2024, 12, 9, 7, 52), GH,
       scen=("G8", "partner replies mostly in Swahili in an English thread (network problems in Lodwar)"))
t2.add(me, "Asante Peter, hakuna shida. Tomorrow is fine.", at(2024, 12, 9, 8, 30))
t2.add(peter, "Dear Wanjiru, Q3 report attached. Photos in the next email because of the size.", at(2024, 12, 10, 14, 12), G,
       atts=[("THO_Q3_report.xlsx", ooxml("xlsx", rows=[("Activity", "Budget KES", "Spent KES"), ("Mobile clinics Kakuma", "640,000", "618,200"),
             ("IEC materials", "190,000", "187,600")], creator="THO"), XLSX)])
t2.add(peter, "Photos of the Kakuma and Lokichoggio outreach.", at(2024, 12, 10, 14, 31), G,
       atts=[(f"IMG_2024121{i}_{R.randint(100000, 235959)}.jpg", jpeg(7000, "samsung", "SM-A155F"), "image/jpeg") for i in range(3)])
t2.add(me, "Thanks Peter, the report is approved. Tranche 2 will be paid in February, after the Noordlicht funds for Q1 arrive; I will confirm the date.",
       at(2024, 12, 18, 9, 45))
t2.add(peter, "Dear Wanjiru, happy new year. Kindly note I have changed my phone number: my Safaricom line was stolen during the December trip to Kakuma. "
       "New number 0798 555 046. The old one 0712 555 309 is no longer mine, please do not accept calls or M-Pesa requests from it.",
       at(2025, 1, 13, 8, 5), GH, sigtext=PETER_SIG_NEW, scen=("G17", "partner announces a new phone number after a theft (signature changes)"))
t2.add(me, "Noted Peter, our records are updated. Pole sana!", at(2025, 1, 13, 9, 12))
peter.sig = PETER_SIG_NEW
t2.add(peter, "Dear Madam Wanjiru,\n\nGreetings from Lodwar. Kindly note that our Equity account is undergoing KYC re-verification after the change of signatories "
       "and is temporarily restricted for incoming transfers.\n\nFor the Tranche 2 disbursement (KES 1,850,000) kindly send through our M-Pesa Paybill 4087 61, "
       "Account No. THO2025, which is registered under our Chairman while the bank issue is sorted. Please confirm once sent so that we can proceed with the "
       "outreach planned for next week.\n\nRegards\nPeter Ekai\nCoordinator, Turkana Health Outreach", at(2025, 2, 19, 11, 40), HJ("account-takeover"),
       client="olsmtp", infra="yahoo-smtp", sig=False, detached=True, date_tz=UTC,
       scen=("A2", "partner's Yahoo account used over SMTP from Outlook 16 (he always uses the Yahoo Android app): tranche 2 to a 'temporary' M-Pesa paybill"))
t2.add(me, "Dear Peter,\n\nAs agreed on the phone this morning (I called your new number 0798 555 046), the email of yesterday about a paybill did not come from you. "
       "Please change your Yahoo password and check the settings for forwarding rules.\n\nTranche 2 of KES 1,850,000 has been paid today to your Equity account ending "
       "0287 as usual.", at(2025, 2, 20, 10, 5))
t2.add(peter, "Thank you Wanjiru. I have changed the password and removed a forwarding rule that I did not create. Funds received, asante sana.",
       at(2025, 2, 20, 15, 10), G)

# ---------------------------------------------------------------- T3 GWHC receipts (G5 phone photos at night, A3)
t3 = Thread("T3", florence, "GWHC - receipts for the community dialogues (HFF sub-grant)")
t3.add(me, "Dear Florence,\n\nFor the Hartwell sub-grant we need scanned receipts for each community dialogue (venue, refreshments, transport refunds). "
       "Please send them after each district.", at(2024, 10, 7, 10, 0))
t3.add(florence, "Hello Wanjiru,\n\nNoted. The dialogues run from 14 to 25 October in Amuru and Nwoya; I will send receipts as we go.", at(2024, 10, 8, 9, 12), G)
t3.add(florence, "Hi Wanjiru, here are the receipts for Amuru. Photos from my phone, we are still in the field. Nwoya ones on Wednesday.", at(2024, 10, 28, 22, 14), GH,
       client="gios", sig=False, scen=("G5", "partner director sends receipt photos from the Gmail iOS app at 22:14 while in the field"),
       atts=[(f"IMG_{R.randint(4100, 4999)}.jpg", jpeg(9000, "Apple", "iPhone 11"), "image/jpeg") for _ in range(3)])
t3.add(me, "Thank you Florence, received. Receipt 3 is cut off on the right side; could you retake it when you are back?", at(2024, 10, 29, 8, 40))
t3.add(florence, "Retaken, attached. Also the Nwoya receipts and the signed attendance sheets as PDF.", at(2024, 10, 30, 17, 5), G,
       atts=[(f"IMG_{R.randint(5000, 5200)}.jpg", jpeg(8000, "Apple", "iPhone 11"), "image/jpeg"),
             ("Nwoya_receipts_and_attendance.pdf", pdf(["GWHC - Nwoya community dialogues", "Receipts 1-14, attendance sheets"], producer="Adobe Scan for iOS 24.10", when="20241030165000"), "application/pdf")])
t3.add(me, "All good, thank you. The sub-grant transfer of USD 10,400 for Q1 2025 will go in January.", at(2024, 11, 4, 11, 20))
t3.add(florence, "Thank you so much!", at(2024, 11, 5, 7, 30), G)
flo_atk = Pt("Florence Atim", "gwhc.gulu@gmail.com", "olsmtp", "gsmtp", tz=WAT)
t3.add(flo_atk, "Dear Wanjiru,\n\nI hope this finds you well. Please find attached a letter from our Board regarding a change of our bank account. Following the audit "
       "recommendation we have moved our donor funds to a dedicated project account, and the Stanbic account will be closed at the end of this month.\n\n"
       "Kindly use the new account details in the letter for the Q1 2025 transfer (USD 10,400) and acknowledge receipt of this notice.\n\nBest regards,\nFlorence Atim\n"
       "Executive Director\nGulu Women's Health Collective", at(2025, 1, 23, 16, 50), HJ("account-takeover"), sig=False, quote=False, detached=True,
       orig_ip=f"102.89.{R.randint(32, 47)}.{R.randint(2, 250)}", date_tz=WAT,
       scen=("A3", "partner's gmail.com account via smtp.gmail.com (ESMTPSA from a Windows PC, Outlook Message-ID, +0100): PDF letter with a new bank account, no quote"),
       atts=[("GWHC_Change_of_Bank_Details_Jan2025.pdf", pdf(["GULU WOMEN'S HEALTH COLLECTIVE", "Plot 14 Awich Road, Gulu", "", "RE: CHANGE OF BANK DETAILS",
              "With effect from 20 January 2025 please remit all grant funds to:", "Bank: Pearl Crest Bank Uganda Ltd, Kampala Road Branch",
              "Account name: GWHC Project Account", "USD Account No.: 9030 1146 27801", "SWIFT: PCBLUGKA", "", "Signed: Florence Atim, Executive Director"],
              producer="Microsoft® Word 2019", when="20250123143000", zone="+01'00'"), "application/pdf")])
t3.add(me, "Dear Florence,\n\nYesterday I received an email from your address asking us to send the Q1 transfer to a new account at Pearl Crest Bank. I tried to call "
       "you on +256 772 555 618 without success. Could you please call me to confirm? We will not change any bank details without a phone confirmation.",
       at(2025, 1, 24, 9, 15))
t3.add(florence, "Wanjiru, I did NOT send that. Someone got into our Gmail; I have changed the password and turned on 2-step verification today. Our account remains "
       "Stanbic Gulu. Thank you for calling, I was in a meeting.", at(2025, 1, 24, 19, 5), G)
t3.add(me, "Thank you Florence. USD 10,400 has been sent today to your Stanbic Gulu account as before.", at(2025, 1, 27, 13, 10))
t3.add(florence, "Received this morning, webale nyo!", at(2025, 1, 28, 10, 2), G)

# ---------------------------------------------------------------- T4 MMCT tranche 3 and Q4 (G16 iPhone at night, A7)
t4 = Thread("T4", neema, "MMCT - tranche 3 and Q4 reporting (HFF sub-grant)")
t4.add(me, "Dear Neema,\n\nTranche 3 of USD 18,000 was sent today by SWIFT to your account at Lake Zone Bank, Mwanza branch. Please confirm receipt and send the "
       "bank credit advice.", at(2024, 11, 4, 12, 20))
t4.add(neema, "Dear Wanjiru,\n\nReceived on 6 November: TZS 47,880,000 after conversion. The bank credit advice is attached.", at(2024, 11, 6, 10, 20), G,
       atts=[("Credit_Advice_LZB_061124.pdf", pdf(["LAKE ZONE BANK LTD - MWANZA BRANCH", "CREDIT ADVICE", "Beneficiary: MWANZA MATERNAL CARE TRUST",
              "Amount: USD 18,000.00 / TZS 47,880,000.00", "Remitter: AFYA BORA KENYA"], producer="Oracle FLEXCUBE", when="20241106094500"), "application/pdf")])
t4.add(me, "Dear Neema,\n\nReminder: the Q4 report is due on 15 January. Hartwell requires a separate bank reconciliation for the sub-grant this time.",
       at(2024, 12, 20, 15, 30))
t4.add(neema, "Noted, will do. I am on leave until 6 January but Baraka will prepare the reconciliation.", at(2024, 12, 20, 22, 41), GH, client="iph", orig_ip=f"197.250.{R.randint(100, 200)}.{R.randint(2, 250)}",
       scen=("G16", "partner finance officer replies from her iPhone at 22:41 (same mail server, other client)"))
t4.add(neema, "Dear Wanjiru,\n\nPlease find attached the Q4 report and the sub-grant bank reconciliation.", at(2025, 1, 14, 11, 5), G,
       atts=[("MMCT_Q4_2024_Report_HFF.xlsx", ooxml("xlsx", rows=[("Line", "Budget TZS", "Actual TZS"), ("Antenatal outreach", "21,400,000", "19,860,000"),
             ("Vehicle hire", "6,000,000", "8,400,000")], creator="Baraka"), XLSX),
             ("MMCT_Bank_Rec_Dec2024.pdf", pdf(["MMCT - HFF sub-grant bank reconciliation 31.12.2024", "Balance per bank TZS 4,120,000"], producer="Microsoft Excel 2016", when="20250113160000"), "application/pdf")])
t4.add(me, "Thanks Neema, reviewed. One question: vehicle hire is TZS 2.4M over budget. Could you share the logbook and the hire contract?", at(2025, 1, 20, 9, 0))
t4.add(neema, "Dear Wanjiru,\n\nAttached are the logbook scan and the hire contract. The extra trips were for the Ukerewe island clinics, which were added in November.",
       at(2025, 1, 22, 14, 48), G, atts=[("Logbook_and_hire_contract_T123.pdf", pdf(["Vehicle logbook T123 DKX", "Hire contract Nyanza Car Hire"], producer="HP Scan", when="20250122141000"), "application/pdf")])
t4.add(me, "Dear Neema,\n\nFor the year-1 close-out: the unspent balance of TZS 4,120,000 in your Q4 report will be carried forward to year 2, so no refund is needed. "
       "Please confirm.", at(2025, 3, 3, 10, 40))
t4.add(neema, "Confirmed, carry-forward agreed. Thank you.", at(2025, 3, 4, 9, 15), G)
bank_html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Lake Zone Bank - Payment Advice</title><style>body{font-family:Segoe UI,Arial;background:#f2f5f9}'
             '.box{width:380px;margin:60px auto;background:#fff;padding:26px;border-top:4px solid #0a5ea8}</style></head><body><div class="box"><h3>Lake Zone Bank Ltd</h3>'
             '<p>Payment advice REF LZB/TT/250318/0447 - TZS 4,120,000.00</p><p>This document is protected. Sign in with your email account to view the transfer details.</p>'
             '<form method="post" action="https://lzb-secure-advice.example/view/auth.php"><input type="hidden" name="ref" value="LZB-0447">'
             f'<input type="email" name="u" value="{me.email}" style="width:100%"><br><br><input type="password" name="p" placeholder="Password" style="width:100%"><br><br>'
             '<button type="submit" style="background:#0a5ea8;color:#fff;border:0;padding:8px 20px">View document</button></form></div></body></html>')
t4.add(neema, "Dear Wanjiru,\n\nAttached is the bank advice for the refund of the unspent balance (TZS 4,120,000) as discussed. The advice is protected, kindly open it in "
       "your browser and sign in with your email to view it, then confirm receipt.", at(2025, 3, 18, 14, 26), HJ("server-hijack"), detached=True,
       scen=("A7", "partner's Roundcube mailbox on its own cPanel host (same headers): HTML 'bank advice' with a login form, contradicts the agreed carry-forward"),
       atts=[("LZB_Payment_Advice_REF0447.html", bank_html.encode(), "text/html")])
t4.add(me, "Dear Neema,\n\nThe Q1 2025 report is due on 15 April. The template is unchanged.", at(2025, 3, 21, 9, 30))
t4.add(neema, "Dear Wanjiru,\n\nQ1 2025 report attached.", at(2025, 4, 14, 12, 10), G,
       atts=[("MMCT_Q1_2025_Report_HFF.xlsx", ooxml("xlsx", rows=[("Line", "Budget TZS", "Actual TZS"), ("Antenatal outreach", "22,000,000", "20,150,000")], creator="Baraka"), XLSX)])

# O2: MMCT replies to Kevin's message (not in this mailbox) and adds Wanjiru in Cc
kv_mid = make_mid(kevin, "ol", at(2025, 2, 7, 10, 0))
kv_t = at(2025, 2, 7, 10, 2)
o2_text = ("Dear Kevin,\n\nThe data quality visit on 24-26 February is fine for us; we will prepare the registers from Ilemela and Ukerewe.\n\nWanjiru (copied): "
           "the visit costs about TZS 850,000 for our side (boat to Ukerewe and per diems). Should we charge it to the M&E line of the HFF sub-grant?")
o2_quote = ("Dear Neema,\n\nI would like to do a data quality assessment of the antenatal registers on 24-26 February, in Ilemela and Ukerewe. Please let me know if "
            "those dates work.\n\nRegards,\nKevin Mutua\nMonitoring & Evaluation Officer | Afya Bora Kenya\n+254 710 555 482")
emit(neema, "rc", at(2025, 2, 10, 9, 34), [(kevin.name, kevin.email)], [(me.name, me.email)], "Re: Data quality visit Mwanza - February", [kv_mid],
     o2_text + neema.sig + f"\n\nOn {kv_t:%Y-%m-%d %H:%M}, Kevin Mutua wrote:\n" + _lines(o2_quote), label=GO,
     scen=("O2", "partner replies to a colleague's message (not in this mailbox) and adds Wanjiru in Cc"))

# ---------------------------------------------------------------- T5 ASK expenditure reports, English thread (G21 French, A8)
t5 = Thread("T5", patrick, "ASK expenditure reports - HFF sub-grant")
t5.add(me, "Dear Patrick,\n\nI hope you are well. Attached is the Q3 expenditure report template (in English, as Hartwell reports in English). It is due on 20 October.",
       at(2024, 10, 2, 11, 0), atts=[("ASK_Q3_2024_Expenditure_Template.xlsx", ooxml("xlsx", rows=[("Line", "Budget USD", "Actual USD"), ("Youth clinics", "", ""), ("Transport", "", "")]), XLSX)])
t5.add(patrick, "Dear Wanjiru,\n\nPlease find attached our Q3 report. Sorry for my English. The exchange rate used is 2,830 CDF per USD (BCC rate of 30 September).",
       at(2024, 10, 18, 15, 40, GOMA), G, atts=[("ASK_Q3_2024_Expenditure.xlsx", ooxml("xlsx", rows=[("Line", "Budget USD", "Actual USD"), ("Youth clinics", "9,800", "9,410"),
       ("Transport", "2,100", "2,260")], creator="Patrick Mulumba"), XLSX)])
t5.add(me, "Thanks Patrick, your English is very good! A small point: please sign and stamp the cover page.", at(2024, 10, 21, 9, 10))
t5.add(patrick, "Dear Wanjiru,\n\nThe signed and stamped copy is attached.", at(2024, 10, 22, 10, 5, GOMA), G,
       atts=[("ASK_Q3_2024_signed.pdf", pdf(["ASSOCIATION SANTE KIVU", "Rapport de depenses T3 2024 - HFF", "Signe: P. Mulumba"], producer="Canon iR-ADV C3530", when="20241022093000", zone="+02'00'"), "application/pdf")])
t5.add(me, "Dear Patrick,\n\nThe Q4 report is due on 20 January. With the situation around Goma, please tell us if you need more time; the safety of your team comes first.",
       at(2025, 1, 13, 10, 0))
t5.add(patrick, "Bonjour Wanjiru,\n\nMerci pour votre message. La situation est tendue mais l'équipe va bien. Je vous envoie le rapport du T4 en pièce jointe ; je l'écris "
       "en français car je suis pressé, désolé. Les dépenses sont conformes au budget sauf le transport (+12 %) à cause de l'insécurité sur la route de Sake.\n\n"
       "Cordialement", at(2025, 1, 17, 16, 22, GOMA), GH, scen=("G21", "partner writes in French (with the PDF report) in the English thread, tense security situation"),
       atts=[("ASK_Rapport_T4_2024.pdf", pdf(["ASSOCIATION SANTE KIVU", "Rapport financier T4 2024 - subvention HFF", "Transport: +12% (insecurite route de Sake)"],
              producer="Microsoft® Word 2016", when="20250117160000", zone="+02'00'"), "application/pdf")])
t5.add(me, "Merci Patrick! Please stay safe. I will review the report with our French-speaking colleague at HQ.", at(2025, 1, 18, 9, 30))
t5.add(patrick, "Dear Wanjiru,\n\nShort update: our office has been closed since 27 January and the team works from home. Internet is very limited, so I may be slow "
       "to reply.", at(2025, 2, 3, 12, 40, GOMA), G)
t5.add(me, "Thank you Patrick, we are thinking of you all. Hartwell has agreed to extend the Q4 deadline, so nothing is needed from you for now.", at(2025, 2, 5, 8, 45))
t5.add(patrick, "Bonjour Wanjiru,\n\nVeuillez trouver ci-joint le rapport financier révisé du T4 avec les justificatifs demandés par le bailleur. Le document est "
       "protégé : merci de cliquer sur « Activer la modification » puis « Activer le contenu » pour afficher les tableaux.\n\nCordialement",
       at(2025, 2, 26, 6, 12, GOMA), HJ("server-hijack"), detached=True,
       scen=("A8", "partner's Zimbra (same headers): French reply with a macro .docm into the English reporting thread, while the office is closed"),
       atts=[("ASK_Rapport_financier_T4_revise.docm", ooxml("docx", paras=["Document protege", "Activez la modification puis le contenu pour afficher ce document."], macro=True,
              creator="Utilisateur", when="2025-02-25T21:40:00Z"), "application/vnd.ms-word.document.macroEnabled.12")])
t5.add(patrick, "Dear Wanjiru,\n\nWe are back in the office since Monday. The revised Q4 report with the explanation for transport will follow next week.",
       at(2025, 3, 11, 10, 18, GOMA), G)
t5.add(me, "Good to hear from you Patrick. Take your time.", at(2025, 3, 11, 12, 0))

# ---------------------------------------------------------------- T6 Ubuzima (G23 zipped receipts, A16)
t6 = Thread("T6", jeanpaul, "Ubuzima - survey tablets and receipts (HFF sub-grant)")
t6.add(jeanpaul, "Dear Wanjiru,\n\nWe have received three quotations for the 12 tablets for the adolescent health survey (attached). We propose the second supplier, "
       "which includes the protective cases and a one-year warranty.", at(2024, 12, 2, 10, 14, KGL),
       atts=[("Tablet_quotations_3.pdf", pdf(["Quotation 1: RWF 5,880,000", "Quotation 2: RWF 5,400,000 (incl. cases, 1 yr warranty)", "Quotation 3: RWF 6,120,000"],
              when="20241202090000", zone="+02'00'"), "application/pdf")])
t6.add(me, "Dear Jean-Paul,\n\nThe second quote (RWF 5,400,000) is fine. Please keep all three quotes in the procurement file for the audit.", at(2024, 12, 3, 9, 20))
t6.add(jeanpaul, "Dear Wanjiru,\n\nThe tablets are purchased; the invoice and the signed delivery note are attached.", at(2024, 12, 16, 15, 3, KGL), G,
       atts=[("Invoice_and_DN_tablets.pdf", pdf(["Kigali Digital Supplies Ltd", "Invoice 2024-1187: 12 tablets, RWF 5,400,000", "Delivery note signed 16/12/2024"],
              when="20241216143000", zone="+02'00'"), "application/pdf")])
t6.add(me, "Dear Jean-Paul,\n\nOur auditors have sampled 14 Ubuzima transactions (list attached). Could you send scanned copies of the receipts, ideally as one zip file?",
       at(2025, 2, 13, 11, 0), atts=[("Audit_sample_Ubuzima.xlsx", ooxml("xlsx", rows=[("#", "Date", "Description", "RWF"), ("1", "04/07/2024", "Fuel", "84,000"),
       ("2", "16/12/2024", "Tablets", "5,400,000")]), XLSX)])
t6.add(jeanpaul, "Dear Wanjiru,\n\nThe zip with the 14 receipts is attached (scanned at 200 dpi, numbered as in your list).", at(2025, 2, 17, 9, 40, KGL), GH,
       scen=("G23", "partner sends the zip of scanned receipts that Wanjiru asked for"),
       atts=[("Ubuzima_audit_sample_receipts.zip", zipfile_bytes([(f"{i:02d}_receipt.pdf", pdf([f"Ubuzima Bwiza Initiative - receipt {i}"], producer="Epson Scan 2", when="20250217080000", zone="+02'00'"))
              for i in range(1, 15)], (2025, 2, 17, 9, 30, 0)), "application/zip")])
t6.add(me, "Perfect, thank you Jean-Paul.", at(2025, 2, 18, 8, 30))
t6.add(jeanpaul, "Dear Wanjiru,\n\nOur Q1 2025 report is attached.", at(2025, 4, 9, 14, 20, KGL), G,
       atts=[("Ubuzima_Q1_2025_Report.xlsx", ooxml("xlsx", rows=[("Line", "Budget RWF", "Actual RWF"), ("Survey", "9,200,000", "8,760,000")], creator="Jean-Paul Habimana"), XLSX)])
t6.add(me, "Thanks Jean-Paul, I will review it next week.", at(2025, 4, 10, 10, 0))
jp_atk = Pt("Jean-Paul Habimana", "jp.habimana@ubuzima-bwiza.example", "emc", "ubz-smtp", jeanpaul.sig, tz=KGL)
t6.add(jp_atk, "Dear Wanjiru,\n\nFrom this quarter our financial reports are exported from the new reporting system and can only be opened with the Ubuzima Report "
       "Viewer. Please install the updated viewer (attached, v2.41) on your computer before you review the Q1 report; open the zip, then run the setup from the "
       "disk image.\n\nThank you", at(2025, 4, 22, 8, 55), HJ("account-takeover"), detached=True, orig_ip=f"5.253.204.{R.randint(2, 250)}", date_tz=UTC,
       scen=("A16", "partner M365 account used over SMTP AUTH from eM Client on a VPS: 'report viewer update' zip holding a disk image"),
       atts=[("Ubuzima_ReportViewer_v2.41.zip", zipfile_bytes([("UbuzimaReportViewer_v2.41.img", iso_image("UBZ_VIEWER"))], (2025, 4, 22, 6, 40, 0)), "application/zip")])
t6.add(jeanpaul, "Dear Wanjiru,\n\nJust checking whether you have any questions on the Q1 report?", at(2025, 4, 25, 11, 30, KGL), G)

# ---------------------------------------------------------------- T11 CD field visit advance (G28 Outlook iOS at 23:48, A5)
t11 = Thread("T11", cd, "Kakamega & Busia field visit - cash advance")
t11.add(cd, "Wanjiru,\n\nI will be in Kakamega and Busia from 18 to 22 November with Kevin and the driver for the supportive supervision. Please process an advance "
        "of KES 96,400 as per the attached budget.", at(2024, 11, 4, 16, 40),
        atts=[("Field_visit_budget_Kakamega_Busia.xlsx", ooxml("xlsx", rows=[("Item", "KES"), ("Accommodation 4 nights x 3", "43,200"), ("Fuel", "28,000"),
              ("Meals and incidentals", "25,200")], creator="Achieng Odhiambo"), XLSX)])
t11.add(me, "Dear Achieng,\n\nNoted. The advance will be ready on Thursday; please sign the advance form when you collect the cheque.", at(2024, 11, 5, 8, 30))
t11.add(cd, "Thanks. Can KES 30,000 of it be sent to Kevin by M-Pesa instead? He leaves a day earlier.", at(2024, 11, 5, 9, 2), G, cc=[(kevin.name, kevin.email)])
t11.add(me, "Yes: KES 30,000 sent to Kevin's M-Pesa (0710 555 482), the balance of KES 66,400 by cheque.", at(2024, 11, 6, 11, 15), cc=[(kevin.name, kevin.email)])
t11.add(me, "Dear Achieng,\n\nA gentle reminder that the advance should be surrendered within 7 days of return, with the receipts.", at(2024, 11, 25, 16, 10),
        cc=[(kevin.name, kevin.email)])
t11.add(cd, "Will do tomorrow. I have also approved Kevin's extra fuel claim of KES 4,200.", at(2024, 11, 25, 23, 48), GH, client="olios", cc=[(kevin.name, kevin.email)],
        scen=("G28", "Country Director answers from Outlook for iOS at 23:48 (real account, internal)"))
t11.add(cd, "Surrender form and receipts attached. The balance of KES 3,150 has been deposited to the bank.", at(2024, 11, 27, 10, 5), G, cc=[(kevin.name, kevin.email)],
        atts=[("Advance_surrender_Nov2024.pdf", pdf(["Afya Bora Kenya - Advance surrender", "Advance KES 96,400 / spent KES 93,250 / refunded KES 3,150"],
              producer="HP Smart", when="20241127095500"), "application/pdf")])
t11.add(me, "Thanks Achieng, reconciled and closed.", at(2024, 11, 28, 9, 0), cc=[(kevin.name, kevin.email)])
cd_spoof = Pt("Dr. Achieng Odhiambo", "achiengodhiambo.cd@gmail.com", "gios", "gmail")
t11.add(cd_spoof, "Wanjiru, are you at the office? I am in a meeting with the Kakamega CHMT and I can't take calls.\n\nI need you to urgently get 15 Safaricom airtime "
        "vouchers of KES 1,000 each for the CHVs who came for the review, and 5 Google Play gift cards of USD 100 for the sub-county team's data bundles. Scratch "
        "them and send me clear photos of the PINs here. I will approve the reimbursement when I'm back.\n\nAchieng\n\nSent from my iPhone", at(2025, 1, 28, 9, 47),
        HJ("display-name-spoof"), sig=False, quote=False, detached=True, to=[(me.name, me.email)],
        scen=("A5", "Country Director's display name from a gmail.com address, reply in an old internal thread: airtime vouchers and Google Play cards, send PINs"))

# ---------------------------------------------------------------- T12 HQ month-end close (G12 OOO, A15) and T21 (O1)
t12 = Thread("T12", luc, "Month-end close - Kenya reporting pack")
t12.add(luc, "Dear Wanjiru,\n\nA reminder that the September reporting pack (trial balance, bank reconciliations, grant schedule) is due on the 7th working day, "
        "i.e. Wednesday 9 October.", at(2024, 10, 2, 9, 10, CHZ))
pack = lambda mon: [(f"ABK_Reporting_Pack_{mon}.xlsx", ooxml("xlsx", rows=[("Sheet", "Status"), ("Trial balance", "OK"), ("Bank recs (4 accounts)", "OK"),
                     ("Grant schedule", "OK")], creator="Wanjiru Kamau"), XLSX)]
t12.add(me, "Dear Luc,\n\nThe September pack is attached.", at(2024, 10, 9, 15, 20), atts=pack("Sep2024"))
t12.add(luc, "Merci Wanjiru. Small point: the Harambee USD account reconciliation shows an unreconciled item of USD 312. Bank charges?", at(2024, 10, 10, 10, 5, CHZ), G)
t12.add(me, "Yes, those are the SWIFT charges on the Hartwell transfer; the journal is posted.", at(2024, 10, 10, 12, 40))
t12.add(me, "Dear Luc,\n\nThe October pack is attached.", at(2024, 11, 8, 16, 2), atts=pack("Oct2024"))
t12.add(luc, "Thanks, all fine.", at(2024, 11, 11, 9, 30, CHZ), G)
t12.add(me, "Dear Luc,\n\nThe November pack is attached.", at(2024, 12, 9, 15, 45), atts=pack("Nov2024"))
t12.add(luc, "Merci. Please note that HQ is closed from 20 December to 6 January; the December pack is due on 10 January.", at(2024, 12, 10, 11, 12, CHZ), G)
t12.add(me, "Dear Luc,\n\nQuick question before you leave: should we accrue the FY2024 audit fee (KES 1.2M) in December, or only when the invoice arrives?",
        at(2024, 12, 23, 10, 15))
emit(luc, "ol", t12.last["t"] + sec(38), [(me.name, me.email)], None, "Réponse automatique : Month-end close - Kenya reporting pack", [t12.refs[-1]],
     "Bonjour,\n\nJe suis absent jusqu'au lundi 6 janvier 2025 inclus. Pour toute question urgente, merci de contacter finance.hq@afyabora-intl.example.\n\n"
     "I am out of the office until Monday 6 January 2025. For urgent matters please contact finance.hq@afyabora-intl.example.\n\nLuc Favre", label=GH,
     tidx=t12.tindex(), topic=t12.subj, lang="fr", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", luc.email)],
     scen=("G12", "HQ finance head's French/English automatic reply (Reponse automatique), In-Reply-To Wanjiru's question"))
t12.add(luc, "Dear Wanjiru,\n\nBack now. Yes, please accrue the audit fee in December (KES 1.2M); we will reverse it when the invoice is booked.", at(2025, 1, 7, 9, 5, CHZ), G)
t12.add(me, "Dear Luc,\n\nThe December pack is attached, including the audit fee accrual.", at(2025, 1, 10, 14, 50), atts=pack("Dec2024"))
t12.add(luc, "Thanks Wanjiru.", at(2025, 1, 14, 8, 40, CHZ), G)
t12.add(me, "Dear Luc,\n\nThe January pack is attached.", at(2025, 2, 10, 15, 5), atts=pack("Jan2025"))
t12.add(luc, "Merci, tout est en ordre.", at(2025, 2, 12, 10, 22, CHZ), G)
t12.add(me, "Dear Luc,\n\nThe February pack is attached.", at(2025, 3, 11, 14, 30), atts=pack("Feb2025"))
t12.add(luc, "Thanks Wanjiru. From April, please use the new template with the FX revaluation tab (attached).", at(2025, 3, 13, 11, 40, CHZ), G,
        atts=[("HQ_Reporting_Pack_Template_2025_v2.xlsx", ooxml("xlsx", rows=[("Sheet", "Owner"), ("TB", "Country office"), ("FX revaluation", "Country office")], creator="Luc Favre"), XLSX)])
luc_spoof = Pt("Luc Favre", "luc.favre.geneve@outlook.com", "owa", "olcom", tz=CHZ, loc="en-GB", mbx="PAVP193MB2271")
t12.add(luc_spoof, "Wanjiru,\n\nI need your discretion on a matter that is not yet public. HQ is finalising a settlement with a former consultant in Nairobi and the "
        "board has asked that the payment be made locally today, before the agreement is signed on Monday. Please do not discuss it with the team or with Achieng "
        "for now; I will brief her myself.\n\nThe amount is KES 2,350,000 to the client account of the consultant's advocate. Please call Mr. Kamotho at Kamotho & "
        "Partners on +254 703 555 914 for the account details and the reference, and let me know the available balance on the KES account.\n\nMerci,\nLuc",
        at(2025, 3, 27, 13, 10, CHZ), HJ("display-name-spoof"), sig=False, detached=True,
        scen=("A15", "HQ finance head's display name from outlook.com: confidential settlement payment, call an advocate's number, faithful quote of his last mail"))
t12.add(me, "Dear Luc,\n\nThe March pack is attached, in the new template.", at(2025, 4, 9, 15, 10), atts=pack("Mar2025"))
t12.add(luc, "Parfait, merci.", at(2025, 4, 10, 9, 50, CHZ), G)

cd_luc_mid = make_mid(cd, "ol", at(2025, 1, 20, 11, 0))
o1_t0 = at(2025, 1, 20, 11, 2)
o1_quote = ("Dear Luc,\n\nFollowing our call: the FY2024 audit fee is KES 1.2M. I propose to charge 60% to the Hartwell grant and 40% to Noordlicht, in line with "
            "the expenditure share, since both agreements allow audit costs.\n\nAchieng\n\nDr. Achieng Odhiambo\nCountry Director | Afya Bora Kenya\n+254 722 555 901")
o1_head = (f"De : Dr. Achieng Odhiambo <{cd.email}>\nEnvoyé : lundi, 20 janvier 2025 {o1_t0.astimezone(CHZ):%H:%M}\nÀ : Luc Favre <{luc.email}>\nObjet : Audit fee allocation FY2024")
o1_text = ("Dear Achieng,\n\nAgreed, 60/40 is reasonable and consistent with the expenditure share.\n\nWanjiru (in copy): could you please post the allocation in "
           "January and show it separately in the grant schedules?" + luc.sig)
o1 = emit(luc, "ol", at(2025, 1, 22, 9, 12, CHZ), [(cd.name, cd.email)], [(me.name, me.email)], "RE : Audit fee allocation FY2024", [cd_luc_mid],
          o1_text + "\n\n" + o1_head + "\n\n" + o1_quote, html=html_of("ol", o1_text, o1_head, o1_quote, "fr-CH"), label=GO,
          tidx=base64.b64encode(b"\x01" + rbytes(26)).decode(),
          topic="Audit fee allocation FY2024", scen=("O1", "HQ replies in a thread between the CD and HQ and copies Wanjiru for the first time (parent not in mailbox)"))
emit(me, "ol", at(2025, 1, 22, 10, 30), [(luc.name, luc.email), (cd.name, cd.email)], None, "RE: Audit fee allocation FY2024", [cd_luc_mid, o1],
     "Dear Luc, dear Achieng,\n\nNoted; the allocation will be posted in January and shown separately in both grant schedules." + me.sig, topic="Audit fee allocation FY2024",
     html=html_of("ol", "Dear Luc, dear Achieng,\n\nNoted; the allocation will be posted in January and shown separately in both grant schedules." + me.sig, None, None))

# ---------------------------------------------------------------- T13 Tumaini IEC materials (A12 OneNote via Roundcube; G7 invoice with new till)
t13 = Thread("T13", joseph, "Quotation - IEC materials for Turkana outreach")
t13.add(me, "Dear Joseph,\n\nPlease quote for 500 A2 posters (Swahili and Turkana versions), 6 roll-up banners and 40 flip charts for our partner's outreach in Turkana. "
        "The artwork is attached.", at(2024, 10, 15, 10, 20),
        atts=[("THO_IEC_artwork_final.pdf", pdf(["Afya Bora Kenya / THO", "Poster A2: Mama, nenda kliniki mapema!", "Roll-up banner 85x200 cm"], producer="Adobe InDesign 19.5 (Windows)",
              when="20241014170000"), "application/pdf")])
t13.add(joseph, "Dear Wanjiru,\n\nOur quotation is attached: KES 187,600 incl. VAT. Delivery 7 working days from the LPO.", at(2024, 10, 16, 9, 5), G,
        atts=[("Quotation_TP-Q-24-311.pdf", pdf(["TUMAINI PRINTERS LTD", "Quotation TP-Q-24-311", "500 posters A2, 6 roll-up banners, 40 flip charts",
              "Total incl. VAT KES 187,600.00"], producer="LibreOffice 7.6", when="20241016085500"), "application/pdf")])
t13.add(me, "Thanks Joseph. LPO 2024-118 is attached; please deliver to our Kilimani office.", at(2024, 10, 17, 11, 40),
        atts=[("LPO_2024-118_Tumaini.pdf", pdf(["AFYA BORA KENYA - LOCAL PURCHASE ORDER 2024-118", "Supplier: Tumaini Printers Ltd", "KES 187,600.00"], when="20241017113000"), "application/pdf")])
t13.add(joseph, "Dear Wanjiru,\n\nThe goods are ready; our rider will deliver on Monday 28th in the morning. The delivery note and invoice are attached. Payment by M-Pesa "
        "Till 5583 217 or by bank transfer.", at(2024, 10, 25, 16, 30), G,
        atts=[("INV-TP-24-0982.pdf", pdf(["TUMAINI PRINTERS LTD", "Invoice INV-TP-24-0982", "KES 187,600.00", "M-Pesa Till 5583 217 / Bank: Family Fortune Bank, Luthuli Ave"],
              producer="LibreOffice 7.6", when="20241025161500"), "application/pdf")])
t13.add(me, "Received in good order this morning. Paid today by bank transfer.", at(2024, 10, 28, 14, 5))
t13.add(joseph, "Payment received, thank you!", at(2024, 10, 29, 9, 20), G)
bank_alert(at(2024, 10, 28, 14, 1), "Debit", "187,600.00", "KES", "4471", "EFT TUMAINI PRINTERS INV-TP-24-0982", label=GH,
           scen=("G18", "bank transaction alert / payment advice with PDF for the Tumaini payment, no reply headers"),
           atts=[("HCB_Payment_Advice_FT24302.pdf", pdf(["HARAMBEE COMMERCIAL BANK", "PAYMENT ADVICE", "Debit A/C ****4471 AFYA BORA KENYA", "Beneficiary: TUMAINI PRINTERS LTD",
                  "Amount: KES 187,600.00"], producer="HCB Notify 3.2", when="20241028140100"), "application/pdf")])

# ---------------------------------------------------------------- T14 Tumaini change of M-Pesa till (G6 letter, verified by phone)
t14 = Thread("T14", joseph, "Supplier balance confirmation as at 31 December 2024")
t14.add(me, "Dear Joseph,\n\nOur auditors ask for a supplier balance confirmation as at 31 December 2024. Could you confirm our balance (we believe it is nil) on your "
        "letterhead, and your current payment details?", at(2025, 1, 9, 11, 5))
t14.add(joseph, "Dear Wanjiru,\n\nThe balance confirmation (nil) is attached.\n\nPlease also note the attached letter: from 1 February 2025 our M-Pesa Buy Goods till "
        "changes from 5583 217 to 9127 440 (registered name TUMAINI PRINTERS LTD), because we moved to a Safaricom business account. Our bank details do not change. "
        "You may call our office on 020 555 8710 to verify.", at(2025, 1, 14, 10, 48), GH,
        scen=("G6", "supplier's real letter announcing a change of M-Pesa till (PDF), before Wanjiru verified it by phone"),
        atts=[("Balance_confirmation_AfyaBora_31122024.pdf", pdf(["TUMAINI PRINTERS LTD", "Balance confirmation as at 31/12/2024", "Afya Bora Kenya: KES 0.00"],
               producer="LibreOffice 7.6", when="20250114102000"), "application/pdf"),
              ("Tumaini_Printers_Change_of_Till_Number.pdf", pdf(["TUMAINI PRINTERS LTD", "Luthuli Avenue, Nairobi", "", "CHANGE OF M-PESA TILL NUMBER",
               "Effective 1 February 2025: Buy Goods Till 9127 440 (TUMAINI PRINTERS LTD)", "Old till 5583 217 will be closed.", "Bank details unchanged.",
               "Signed: Mary Wanjiku, Director"], producer="LibreOffice 7.6", when="20250113163000"), "application/pdf")])
t14.add(me, "Dear Joseph,\n\nThank you. As per our policy I called your office landline from our supplier file (020 555 8710) and spoke with Ms. Wanjiku, who confirmed "
        "the new till. Our vendor master is updated from 1 February.", at(2025, 1, 14, 12, 30))
t14.add(joseph, "Thank you for verifying, we appreciate it. Asante.", at(2025, 1, 15, 8, 40), G)
joseph.sig = JOSEPH_SIG_NEW
t13.add(me, "Hi Joseph,\n\nNew order: 4 roll-up banners and 300 A2 posters for World TB Day (24 March). The artwork is attached; the LPO will follow your quote.",
        at(2025, 2, 10, 10, 40), atts=[("WTBD2025_artwork.pdf", pdf(["World TB Day 2025", "Yes! We can end TB - Tunaweza kumaliza TB"], producer="Adobe Illustrator 28.7", when="20250207150000"), "application/pdf")])
t13.add(joseph, "Dear Wanjiru,\n\nQuotation attached: KES 96,250 incl. VAT. Ready 5 working days after the LPO. Note that payments by M-Pesa now go to our new till 9127 440.",
        at(2025, 2, 11, 9, 30), G, atts=[("Quotation_TP-Q-25-042.pdf", pdf(["TUMAINI PRINTERS LTD", "Quotation TP-Q-25-042", "Total incl. VAT KES 96,250.00"], producer="LibreOffice 7.6",
        when="20250211091500"), "application/pdf")])
t13.add(me, "Thanks Joseph. LPO 2025-027 is attached. Delivery any time before 20 March is fine.", at(2025, 2, 12, 14, 15),
        atts=[("LPO_2025-027_Tumaini.pdf", pdf(["AFYA BORA KENYA - LOCAL PURCHASE ORDER 2025-027", "KES 96,250.00"], when="20250212141000"), "application/pdf")])
t13.add(joseph, "Dear Wanjiru,\n\nThe banners are ready for dispatch. Please open the attached delivery note, sign it inside OneNote (double-click the 'Sign here' box) "
        "and send it back so that the rider can deliver first thing tomorrow.\n\nThanks", at(2025, 3, 20, 20, 58), HJ("account-takeover"), client="rc",
        detached=True, scen=("A12", "supplier's cPanel mailbox used through Roundcube (he always writes from Thunderbird) at 20:58: OneNote 'delivery note' to sign"),
        atts=[("Delivery_Note_DN-25-0318.one", onenote(["TUMAINI PRINTERS LTD - DELIVERY NOTE DN-25-0318", "Double-click 'Sign here' to sign electronically"]),
               "application/octet-stream")])
t13.add(joseph, "Good morning Wanjiru,\n\nThe banners and posters were delivered to your reception this morning (received by Grace). Our invoice is attached; "
        "payment to our till 9127 440 or by bank.", at(2025, 3, 21, 9, 15), GH,
        scen=("G7", "first supplier invoice with the new (phone-verified) M-Pesa till"),
        atts=[("INV-TP-25-0187.pdf", pdf(["TUMAINI PRINTERS LTD", "Invoice INV-TP-25-0187", "KES 96,250.00", "M-Pesa Buy Goods Till 9127 440"], producer="LibreOffice 7.6",
               when="20250321090500"), "application/pdf")])
t13.add(me, "Received, thank you Joseph. The payment will go out on Monday.", at(2025, 3, 21, 10, 2))

# ---------------------------------------------------------------- T15 MedSupplies invoices (G19 bank details, G27 courier, A11)
t15 = Thread("T15", faith, "Invoice request - DN-8812 (HIV test kits and gloves)")
t15.add(me, "Dear Faith,\n\nPlease send the invoice for delivery note DN-8812 (200 boxes of HIV test kits and 50 cartons of gloves) so that we can process payment.",
        at(2024, 11, 4, 9, 40))
t15.add(faith, "Dear Wanjiru,\n\nInvoice MSEA/INV/24/1187 is attached, KES 1,284,000 incl. VAT.\n\nOur bank details:\nEquity Bank Kenya Ltd, Industrial Area Branch "
        "(bank code 68, branch code 068)\nAccount name: MedSupplies East Africa Ltd\nAccount no.: 0680 2937 41552\nSWIFT: EQBLKENA (USD payments only)",
        at(2024, 11, 5, 11, 12), GH, scen=("G19", "supplier's genuine invoice with its Equity bank details and branch code"),
        atts=[("MSEA_INV_24_1187.pdf", pdf(["MEDSUPPLIES EAST AFRICA LTD", "TAX INVOICE MSEA/INV/24/1187", "HIV test kits x200 boxes, nitrile gloves x50 cartons",
               "Total incl. VAT KES 1,284,000.00", "Equity Bank, Industrial Area, A/C 0680293741552"], producer="Odoo", when="20241105110000"), "application/pdf")])
t15.add(me, "Payment done today; the remittance advice is attached.", at(2024, 11, 12, 10, 50),
        atts=[("Remittance_MSEA_INV_24_1187.pdf", pdf(["AFYA BORA KENYA - REMITTANCE ADVICE", "MSEA/INV/24/1187 KES 1,284,000.00"], when="20241112104800"), "application/pdf")])
t15.add(faith, "Received, thank you.", at(2024, 11, 13, 9, 5), G)
t15.add(me, "Dear Faith,\n\nThe order for PO 2025-031 (150 boxes of malaria RDTs) was delivered today through Mtaani Courier. Please send the invoice.", at(2025, 2, 24, 15, 10))
t15.add(faith, "Dear Wanjiru,\n\nInvoice MSEA/INV/25/0214 is attached, KES 942,500 incl. VAT. Same Equity account as before.", at(2025, 2, 26, 10, 30), G,
        atts=[("MSEA_INV_25_0214.pdf", pdf(["MEDSUPPLIES EAST AFRICA LTD", "TAX INVOICE MSEA/INV/25/0214", "Malaria RDT x150 boxes", "Total incl. VAT KES 942,500.00"],
               producer="Odoo", when="20250226102000"), "application/pdf")])
t15.add(me, "Thank you Faith, it is scheduled for our payment run of 14 March.", at(2025, 2, 27, 9, 0))
faith_l = Pt("Faith Njeri", "accounts@medsupplies-eastafrica.example", "ol", "look-msea", faith.sig, mbx="VI1PR09MB4412")
altered = ("Thank you Faith, it is scheduled for our payment run of 14 March. Kindly share any update to your bank details before then." + me.sig)
t15.add(faith_l, "Dear Wanjiru,\n\nThank you for scheduling the payment.\n\nFurther to your email below, kindly note that following our migration to KRA eTIMS our Equity "
        "Bank account is undergoing a mandatory KYC reconciliation, and incoming EFTs are currently being returned to the remitter. To avoid a failed payment on "
        "14 March, please remit invoice MSEA/INV/25/0214 (KES 942,500) to our KCB account below; the revised invoice is attached for your records.\n\n"
        "Bank: KCB Bank Kenya Ltd, Moi Avenue Branch (branch code 091)\nAccount name: MedSupplies EA Ltd\nAccount no.: 1287 4410 93\n\n"
        "Kindly confirm once the payment is scheduled so that we can update our ledger. Apologies for the inconvenience.", at(2025, 3, 12, 10, 31), HJ("lookalike-domain"),
        quote_text=altered, detached=True,
        scen=("A11", "look-alike supplier domain on an M365 tenant: 'KYC reconciliation', new KCB account and revised invoice PDF, quote altered to invite the change"),
        atts=[("MSEA_INV_25_0214_revised.pdf", pdf(["MEDSUPPLIES EAST AFRICA LTD", "TAX INVOICE MSEA/INV/25/0214 (REVISED BANK DETAILS)", "Total incl. VAT KES 942,500.00",
               "KCB Bank Kenya, Moi Avenue, A/C 1287441093"], producer="Microsoft® Word 2019", when="20250312092000"), "application/pdf")])
t15.add(me, "Dear Faith,\n\nInvoice MSEA/INV/25/0214 was paid today to your Equity account; the remittance advice is attached.", at(2025, 3, 14, 10, 20),
        atts=[("Remittance_MSEA_INV_25_0214.pdf", pdf(["AFYA BORA KENYA - REMITTANCE ADVICE", "MSEA/INV/25/0214 KES 942,500.00"], when="20250314101500"), "application/pdf")])
t15.add(faith, "Received, thanks Wanjiru.", at(2025, 3, 15, 9, 40), G)
trk = "MTQ-KE-" + str(R.randint(100000, 999999))
ct = f"https://u4412.ct.sendgrid.net/ls/click?upn=u001.{alnum(60)}-2F{alnum(40)}"
cour_plain = (f"Hello Afya Bora Kenya,\n\nYour parcel {trk} from MedSupplies East Africa Ltd is out for delivery today and will arrive between 10:00 and 14:00.\n\n"
              f"Track your parcel: {ct}\n\nThe rider will call 0722 555 318 before arrival. Please have the PO number ready.\n\nMtaani Courier | Enterprise Road, Nairobi")
notice(courier, "sendgrid", at(2025, 2, 24, 8, 2), f"Your parcel {trk} is out for delivery", cour_plain,
       simple_html("Mtaani Courier", [f"Your parcel {trk} from MedSupplies East Africa Ltd is out for delivery today (10:00-14:00).", "", f"Track your parcel: {ct}"], "#e35205",
                   f'<img src="https://u4412.ct.sendgrid.net/wf/open?upn=u001.{alnum(40)}" width="1" height="1" alt="">Mtaani Courier | Enterprise Road, Nairobi'),
       extra=[("X-SG-EID", "u001." + alnum(80)), ("X-SG-ID", "u001." + alnum(60)), ("X-Entity-ID", "u001." + alnum(22))], label=GH,
       scen=("G27", "courier 'out for delivery' notification with a SendGrid-tracked link, expected shipment"))
notice(courier, "sendgrid", at(2025, 2, 24, 12, 41), f"Delivered: parcel {trk}",
       f"Your parcel {trk} was delivered at 12:38 and signed for by GRACE.\n\nMtaani Courier | Enterprise Road, Nairobi",
       simple_html("Mtaani Courier", [f"Your parcel {trk} was delivered at 12:38 and signed for by GRACE."], "#e35205", "Mtaani Courier | Enterprise Road, Nairobi"),
       extra=[("X-SG-EID", "u001." + alnum(80)), ("X-Entity-ID", "u001." + alnum(22))])

# ---------------------------------------------------------------- T16 Kilele Travel (G20 e-tickets + invoice, A9 .ics)
t16 = Thread("T16", aisha, "Flights NBO-KIS-NBO - Kisumu M&E workshop (12 pax)")
t16.add(me, "Dear Aisha,\n\nPlease quote return flights Nairobi-Kisumu for 12 staff for our M&E workshop, out 25 November and back 28 November. The names as per ID are "
        "attached.", at(2024, 10, 28, 10, 5), atts=[("Workshop_travellers.xlsx", ooxml("xlsx", rows=[("Name", "ID"), ("Kevin Mutua", "2855xxxx"), ("Wanjiru Kamau", "2741xxxx")]), XLSX)])
t16.add(aisha, "Dear Wanjiru,\n\nThe quote is attached: KES 14,900 per passenger return, taxes included, total KES 178,800. The fare is held until 1 November.",
        at(2024, 10, 29, 11, 40), G, atts=[("Quote_KTT-24-3391.pdf", pdf(["KILELE TRAVEL & TOURS LTD", "Quotation KTT-24-3391", "NBO-KIS-NBO x12, KES 178,800"],
        producer="Amadeus Cytric", when="20241029113500"), "application/pdf")])
t16.add(me, "Approved, please issue. The LPO is attached.", at(2024, 10, 30, 9, 10),
        atts=[("LPO_2024-121_Kilele.pdf", pdf(["AFYA BORA KENYA - LPO 2024-121", "Kilele Travel & Tours, KES 178,800"], when="20241030090500"), "application/pdf")])
t16.add(aisha, "Dear Wanjiru,\n\nThe e-tickets for all 12 passengers are attached, with our invoice. Payment by bank transfer, or M-Pesa Paybill 522 533, account "
        "KTT-24-3391.", at(2024, 10, 31, 14, 22), GH, scen=("G20", "travel agency sends 12 e-ticket PDFs and an invoice with its paybill, as always"),
        atts=[(f"ETKT_706{R.randint(10**9, 10**10 - 1)}.pdf", pdf(["ELECTRONIC TICKET RECEIPT", f"Passenger {i + 1}", "NBO-KIS 25NOV / KIS-NBO 28NOV"],
               producer="Amadeus", when="20241031141500"), "application/pdf") for i in range(12)]
             + [("INV_KTT-24-3391.pdf", pdf(["KILELE TRAVEL & TOURS LTD", "Invoice KTT-24-3391", "KES 178,800", "M-Pesa Paybill 522533 Acc KTT-24-3391"], producer="Amadeus Cytric",
                 when="20241031141800"), "application/pdf")])
t16.add(me, "Thank you Aisha. Paid by bank transfer today.", at(2024, 11, 1, 10, 0))
t16.add(aisha, "Dear Wanjiru,\n\nReminder: online check-in opens 24 hours before departure. The name correction for Kevin Mutua's ticket was done free of charge.",
        at(2024, 11, 20, 16, 45), G)
t16.add(me, "Dear Aisha,\n\nNew request: Nairobi-Lodwar return for 5 passengers, 3 to 6 March, for the THO supervision. Same names file format as before.", at(2025, 2, 3, 9, 30))
t16.add(aisha, "Dear Wanjiru,\n\nQuote attached: KES 31,200 per passenger on the scheduled flight from Wilson Airport.", at(2025, 2, 4, 10, 50), G,
        atts=[("Quote_KTT-25-0412.pdf", pdf(["KILELE TRAVEL & TOURS LTD", "Quotation KTT-25-0412", "WIL-LOK-WIL x5, KES 156,000"], producer="Amadeus Cytric", when="20250204104500"), "application/pdf")])
t16.add(me, "Approved, please issue.", at(2025, 2, 5, 8, 15))
t16.add(aisha, "The e-tickets are attached. Check-in at Wilson closes 45 minutes before departure.", at(2025, 2, 6, 12, 30), G,
        atts=[(f"ETKT_WIL-LOK_{i + 1}.pdf", pdf(["ELECTRONIC TICKET RECEIPT", f"Passenger {i + 1}", "WIL-LOK 03MAR 07:30 / LOK-WIL 06MAR"], producer="Amadeus", when="20250206122500"), "application/pdf") for i in range(5)])
recon = "https://flight-reconfirm-kenya.example/pnr/" + alnum(6).upper() + "?agency=KTT&lang=en"
lok = at(2025, 3, 3, 9, 45)
t16.add(aisha, "Dear Wanjiru,\n\nKindly note that the airline has retimed the Wilson-Lodwar flight of 3 March for your 5 passengers. Please open the attached calendar "
        "update and reconfirm the new timing through the airline link inside before 18:00 today, otherwise the seats will be released.",
        at(2025, 2, 20, 9, 15), HJ("server-hijack"), detached=True,
        scen=("A9", "travel agent's real M365/OWA mailbox (same headers): 'schedule change' .ics with a reconfirmation URL on an unknown domain, 18:00 deadline"),
        atts=[("Itinerary_Update_WIL-LOK_03MAR.ics", ics("UPDATED: Wilson - Lodwar 03 MAR (5 pax)", "Your flight has been retimed. Reconfirm before 18:00 or seats will be released: " + recon,
               lok, lok + datetime.timedelta(hours=1, minutes=50), (aisha.name, aisha.email), "kileletravel.example", url=recon, location="Wilson Airport (WIL)").encode(),
               "text/calendar; charset=utf-8; method=REQUEST")])
t16.add(aisha, "Dear Wanjiru,\n\nA reminder that the Lodwar flight leaves Wilson at 07:30 on Monday 3 March; check-in closes at 06:45. Safe travels!", at(2025, 2, 27, 15, 5), G)

# ---------------------------------------------------------------- T17 FY2024 audit (G11 ShareFile, G10 password-protected PDF, A14 SVG voice message)
t17 = Thread("T17", brian, "Afya Bora Kenya - FY2024 audit: PBC list")
t17.add(brian, "Dear Wanjiru,\n\nThank you for the signed engagement letter. Attached is the PBC (prepared by client) list for the FY2024 audit. Fieldwork is planned "
        "from 10 to 21 February.", at(2025, 1, 13, 10, 10), cc=[(lucy.name, lucy.email)],
        atts=[("ABK_FY2024_PBC_List.xlsx", ooxml("xlsx", rows=[("#", "Item", "Due"), ("1", "Trial balance FY2024", "7 Feb"), ("2", "Bank confirmations", "7 Feb"),
              ("3", "Grant agreements and reports", "7 Feb")], creator="Brian Wekesa"), XLSX)])
t17.add(me, "Dear Brian,\n\nNoted, thank you. Where should we upload the documents? Last year we used your ShareFile.", at(2025, 1, 14, 9, 0), cc=[(lucy.name, lucy.email)])
t17.add(brian, "Dear Wanjiru,\n\nYes, please use our ShareFile request link; each PBC item has its own folder:\nhttps://ndunguwekesa.sharefile.com/r-r" + hx(16) +
        "\n\nNo account is needed to upload.", at(2025, 1, 15, 11, 30), GH, cc=[(lucy.name, lucy.email)],
        scen=("G11", "auditor asks for the PBC documents through its ShareFile request link (sharefile.com), as the year before"))
t17.add(me, "Dear Brian,\n\nAll PBC items are uploaded except the bank confirmations, which the banks are still processing.", at(2025, 2, 7, 16, 20), cc=[(lucy.name, lucy.email)])
t17.add(brian, "Thanks Wanjiru. Our team arrives on Monday at 9:00: myself, Mercy Chebet and Tom Otieno.", at(2025, 2, 10, 7, 55), G, cc=[(lucy.name, lucy.email)])
t17.add(brian, "Dear Wanjiru,\n\nAttached is our sample of 14 Ubuzima and 9 KCHN transactions for partner verification.", at(2025, 2, 24, 12, 10), G, cc=[(lucy.name, lucy.email)],
        atts=[("Partner_verification_sample.xlsx", ooxml("xlsx", rows=[("Partner", "#", "Amount"), ("Ubuzima", "14", "RWF 11.2M"), ("KCHN", "9", "KES 2.1M")], creator="Brian Wekesa"), XLSX)])
t17.add(me, "Noted, I will get these from the partners this week.", at(2025, 2, 25, 9, 0), cc=[(lucy.name, lucy.email)])
t17.add(brian, "Dear Wanjiru,\n\nAttached are the draft financial statements and the draft management letter. The PDF is password-protected; I have sent you the password "
        "by SMS as usual.", at(2025, 3, 26, 17, 10), GH, cc=[(lucy.name, lucy.email)],
        scen=("G10", "auditor sends a password-protected draft PDF; the password was sent by SMS"),
        atts=[("ABK_FY2024_Draft_FS_and_ML.pdf", pdf(["Afya Bora Kenya - draft financial statements FY2024"], producer="Adobe PDF Library 23.8", when="20250326165000", encrypt=True), "application/pdf")])
t17.add(me, "Thanks Brian, I got the SMS. Comments on the management letter by Monday.", at(2025, 3, 27, 8, 45), cc=[(lucy.name, lucy.email)])
t17.add(lucy, "Dear Wanjiru,\n\nCan we hold the signing meeting on Friday 4 April at 10:00 at your office? Dr. Odhiambo needs to sign the letter of representation.",
        at(2025, 4, 2, 9, 20), G, cc=[(brian.name, brian.email)])
t17.add(me, "Confirmed, Friday 4 April at 10:00. Achieng will be here.", at(2025, 4, 2, 10, 5), to=[(lucy.name, lucy.email)], cc=[(brian.name, brian.email)])
svg = ('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="420" height="160" viewBox="0 0 420 160">'
       '<rect width="420" height="160" rx="12" fill="#f3f2f1"/><text x="24" y="44" font-family="Segoe UI" font-size="16" fill="#252423">Voice message (0:52)</text>'
       '<text x="24" y="70" font-family="Segoe UI" font-size="13" fill="#605e5c">From: +254 20 555 7710 (Ndungu Wekesa &amp; Associates)</text>'
       f'<a xlink:href="https://vm-playback-secure.example/listen?id={alnum(16)}&amp;u={base64.urlsafe_b64encode(me.email.encode()).decode()}" target="_top">'
       '<rect x="24" y="92" width="150" height="40" rx="6" fill="#6264a7"/><text x="52" y="118" font-family="Segoe UI" font-size="15" fill="#ffffff">&#9654; Play message</text></a>'
       '</svg>\n')
t17.add(brian, "Hi Wanjiru,\n\nI tried to call you regarding points 3 and 5 of the management letter and left a voice message. It is attached; please open it in your "
        "browser to play it.\n\nThanks", at(2025, 4, 15, 11, 2), HJ("server-hijack"), cc=[(lucy.name, lucy.email)], detached=True,
        scen=("A14", "auditor's real M365 mailbox (same Outlook headers): 'voice message' SVG attachment with a play link, after the audit was signed"),
        atts=[(f"VoiceMessage_{at(2025, 4, 15, 10, 58):%Y%m%d_%H%M}.svg", svg.encode(), "image/svg+xml")])
t17.add(brian, "Dear Wanjiru,\n\nThe final signed audit report is attached (same password procedure, SMS sent).", at(2025, 4, 17, 14, 40), G, cc=[(lucy.name, lucy.email)],
        atts=[("ABK_FY2024_Audited_FS_signed.pdf", pdf(["Afya Bora Kenya - audited financial statements FY2024"], producer="Adobe PDF Library 23.8", when="20250417143000", encrypt=True), "application/pdf")])
t17.add(me, "Thank you Brian, received.", at(2025, 4, 17, 15, 30), cc=[(lucy.name, lucy.email)])

# ---------------------------------------------------------------- T18 new colleague (G15)
t18 = Thread("T18", cd, "Welcome Daniel Kiprono - Finance Assistant")
t18.add(cd, "Dear all,\n\nPlease join me in welcoming Daniel Kiprono, who joins us as Finance Assistant on Monday 3 February, reporting to Wanjiru. Daniel comes from "
        "two years at a microfinance institution in Eldoret.", at(2025, 1, 27, 14, 0), to=[(me.name, me.email), (kevin.name, kevin.email)])
t18.add(me, "Karibu Daniel! Looking forward to working with you.", at(2025, 1, 27, 14, 30), to=[(cd.name, cd.email), (kevin.name, kevin.email)])
t18.add(kevin, "Karibu sana Daniel!", at(2025, 1, 27, 15, 2), G, to=[(me.name, me.email), (cd.name, cd.email)])
t18b = Thread("T18b", daniel, "Petty cash reconciliation - January 2025")
t18b.add(me, "Hi Daniel,\n\nAs a first task, please reconcile the January petty cash (float KES 50,000). The vouchers are in the blue file in my cabinet.", at(2025, 2, 4, 9, 10))
t18b.add(daniel, "Hi Wanjiru,\n\nThe reconciliation is attached. Closing balance KES 7,340; two vouchers are missing approval (PCV 0112 and 0117).", at(2025, 2, 6, 11, 20), GH,
         scen=("G15", "new finance assistant (announced by the CD) writes for the first time, with an Excel reconciliation"),
         atts=[("Petty_cash_rec_Jan2025.xlsx", ooxml("xlsx", rows=[("Date", "PCV", "Description", "KES"), ("06/01", "0108", "Water dispenser refill", "1,200"),
               ("14/01", "0112", "Courier", "850"), ("Closing balance", "", "", "7,340")], creator="Daniel Kiprono"), XLSX)])
t18b.add(me, "Great work Daniel. Please get Achieng to approve the two vouchers and then file the reconciliation.", at(2025, 2, 6, 12, 0))
t18b.add(daniel, "Done, Achieng has signed them.", at(2025, 2, 7, 10, 5), G)

# ---------------------------------------------------------------- T20 Kevin, Naivasha workshop per diems; A10 fake thread on the same topic
t20 = Thread("T20", kevin, "Naivasha M&E workshop 3-5 March - participants and per diems")
t20.add(kevin, "Hi Wanjiru,\n\nFor the Naivasha M&E workshop (3-5 March, 24 participants from the partners) the participant list and the per diem schedule at our rates "
        "are attached.", at(2025, 2, 10, 16, 5),
        atts=[("Naivasha_workshop_per_diems.xlsx", ooxml("xlsx", rows=[("Participant", "Org", "Nights", "Rate", "Transport"), ("Beatrice Akinyi", "KCHN", "2", "4,500", "2,400"),
              ("Neema Mushi", "MMCT", "2", "USD 60", "flight")], creator="Kevin Mutua"), XLSX)])
t20.add(me, "Thanks Kevin. Partner staff from Uganda and Tanzania get the USD rate. I will pay Kenyans by M-Pesa bulk payment and the others in cash USD on arrival.",
        at(2025, 2, 11, 9, 5))
t20.add(kevin, "OK. The venue needs a 50% deposit (KES 312,000) by 20 February.", at(2025, 2, 11, 9, 40), G)
t20.add(me, "Deposit paid today.", at(2025, 2, 18, 15, 10))
t20.add(kevin, "Workshop done! The signed per diem sheets are attached.", at(2025, 3, 7, 9, 15), G,
        atts=[("Signed_per_diem_sheets_Naivasha.pdf", pdf(["Naivasha M&E workshop 3-5 March 2025", "Per diem sheets signed by 24 participants"], producer="HP Smart", when="20250307090000"), "application/pdf")])
t20.add(me, "Thanks Kevin, processing the M-Pesa bulk payment today.", at(2025, 3, 7, 10, 0))
claims = Pt("Staff Claims | Finance", "no-reply@claims-portal-hr.example", "php", "claims", tz=UTC)
cl_link = "https://claims-portal-hr.example/c/ABK/" + alnum(12) + "?u=" + base64.urlsafe_b64encode(me.email.encode()).decode().rstrip("=")
fake_parent = f"<{hx(32)}@claims-portal-hr.example>"
emit(claims, "php", at(2025, 3, 5, 6, 44), [(me.name, me.email)], None, "RE: Per diem reimbursement - Naivasha M&E workshop", [fake_parent],
     "Hello Wanjiru,\n\nYour per diem reimbursement for the Naivasha M&E workshop (KES 24,600) is pending your confirmation in the staff claims portal. Claims not "
     "confirmed within 24 hours are returned to the payroll queue for next month.\n\nReview and confirm your claim:\n" + cl_link + "\n\nStaff Claims | Finance\n\n"
     "-----Original Message-----\nFrom: Wanjiru Kamau\nSent: Tuesday, March 4, 2025 5:12 PM\nSubject: Per diem reimbursement - Naivasha M&E workshop\n\n"
     "Hi, please process my per diem for the Naivasha workshop (3 nights) and the transport refund. Thanks, Wanjiru",
     html='<html><body style="font-family:Arial;font-size:14px"><p>Hello Wanjiru,</p><p>Your per diem reimbursement for the <b>Naivasha M&amp;E workshop (KES 24,600)</b> is pending '
          'your confirmation in the staff claims portal. Claims not confirmed within 24 hours are returned to the payroll queue for next month.</p>'
          f'<p><a href="{H.escape(cl_link)}" style="background:#0f6cbd;color:#fff;padding:9px 18px;text-decoration:none">Review and confirm claim</a></p><p>Staff Claims | Finance</p>'
          '<hr><p><b>From:</b> Wanjiru Kamau<br><b>Sent:</b> Tuesday, March 4, 2025 5:12 PM<br><b>Subject:</b> Per diem reimbursement - Naivasha M&amp;E workshop</p>'
          '<p>Hi, please process my per diem for the Naivasha workshop (3 nights) and the transport refund. Thanks, Wanjiru</p></body></html>',
     label=HJ("fake-thread"), orig_ip=f"45.135.232.{R.randint(2, 250)}", extra=[("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")],
     scen=("A10", "stranger 'RE: Per diem reimbursement - Naivasha M&E workshop' with a fabricated quote of Wanjiru and a claims-portal link (payroll lure)"))

# ---------------------------------------------------------------- A13 fake thread: KRA look-alike, encrypted zip with .lnk, password in the text
kra_f = Pt("KRA Domestic Taxes Department", "dtd.compliance@kra-itax-notices.example", "cpx", "kra-fake", tz=EAT)
emit(kra_f, "cpx", at(2025, 4, 8, 9, 14), [(me.name, me.email)], None, "RE: Withholding VAT assessment - PIN P051555318X", [f"<{hx(32)}@kra-itax-notices.example>"],
     "Dear Taxpayer,\n\nFurther to your request below, please find attached the Withholding VAT assessment for AFYA BORA KENYA (PIN P051555318X) for the period "
     "July-December 2024. An under-declaration of KES 386,214 has been established, and penalties and interest will apply if the amount is not settled or "
     "objected to within 7 days.\n\nThe assessment is password protected for your privacy. Password: WHV2025\n\nDomestic Taxes Department\nKenya Revenue Authority\n\n"
     "From: Wanjiru Kamau\nSent: 07 April 2025 16:02\nTo: DTD Compliance\nSubject: Withholding VAT assessment - PIN P051555318X\n\n"
     "Dear Sir/Madam, kindly share the details of the assessment mentioned on iTax so that we can review it. Regards, Wanjiru", label=HJ("fake-thread"),
     orig_ip=f"102.219.{R.randint(1, 250)}.{R.randint(2, 250)}",
     scen=("A13", "KRA look-alike sender, 'RE:' with an invented quote of Wanjiru: password-protected zip (WHVAT .pdf.lnk), password in the text (tax lure)"),
     atts=[("WHVAT_Assessment_P051555318X.zip", zip_encrypted([("WHVAT_Assessment_P051555318X.pdf.lnk", len(lnk_bytes()))]), "application/zip")])
kra_notice(at(2025, 2, 14, 10, 22), "Withholding Tax Certificate - P051555318X",
           ["Dear AFYA BORA KENYA,", "", "A withholding income tax certificate has been generated for your PIN P051555318X.",
            "Withholder: HARTWELL FAMILY FOUNDATION (agent)", "Certificate No.: KRAWHT" + str(R.randint(10**11, 10**12)),
            "The certificate is attached and can also be downloaded from iTax under Certificates > Withholding Certificate: https://itax.kra.example"], label=GH,
           scen=("G31", "KRA iTax withholding-tax certificate notification with PDF, no reply headers"),
           atts=[("WHT_Certificate_P051555318X.pdf", pdf(["KENYA REVENUE AUTHORITY", "WITHHOLDING TAX CERTIFICATE", "PIN P051555318X"], producer="iText 5.5.13", when="20250214102000"), "application/pdf")])

# ---------------------------------------------------------------- G22 HQ IT service desk: MFA re-registration
glpi_notice(at(2025, 1, 15, 9, 30, CHZ), 4512, "New ticket - MFA re-registration for finance users",
            ["Ticket #4512 has been created by Afya Bora IT Service Desk and assigned to you as requester.", "", "Title: MFA re-registration for finance users",
             "Status: Processing (assigned)", "", "Description:", "As part of the move to phishing-resistant MFA, all finance staff must re-register the Microsoft",
             "Authenticator app between 15 and 31 January, from the office network only. Go to https://mysignins.microsoft.com/security-info,",
             "remove the old 'Phone' method and add 'Authenticator app'. The IT team will never ask you for codes by phone or email.",
             "Reply to this ticket when done."], label=GH,
            scen=("G22", "HQ IT service desk (GLPI via the HQ tenant) ticket about MFA re-registration, link to mysignins.microsoft.com"))
glpi_notice(at(2025, 1, 21, 16, 5, CHZ), 4512, "Ticket solved - MFA re-registration for finance users",
            ["Ticket #4512 has been solved.", "", "Solution: Authenticator registration confirmed for wanjiru.kamau@afyabora-kenya.example. Thank you."])

# ---------------------------------------------------------------- more context threads
t24 = Thread("T24", luc, "FY2025 budget - Kenya country office")
t24.add(luc, "Dear Wanjiru,\n\nThe FY2025 budget template is attached. Please send the country office budget, including the grant-funded and unrestricted parts, by "
        "29 November. Assume the salary increase of 5% agreed by the board.", at(2024, 11, 4, 10, 30, CHZ),
        atts=[("FY2025_Budget_Template_CO.xlsx", ooxml("xlsx", rows=[("Cost centre", "Restricted", "Unrestricted"), ("Personnel", "", ""), ("Office", "", "")], creator="Luc Favre"), XLSX)])
t24.add(me, "Dear Luc,\n\nNoted. One question: should the Hartwell sub-grants be budgeted gross (as expenditure) or only the country office's own costs?", at(2024, 11, 5, 9, 40))
t24.add(luc, "Gross please, as expenditure under 'grants to partners', so that the consolidation matches the donor reports.", at(2024, 11, 5, 14, 15, CHZ), G)
t24.add(me, "Dear Luc,\n\nThe FY2025 budget is attached: KES 148.6M in total, of which 91% restricted.", at(2024, 11, 28, 17, 5),
        atts=[("FY2025_Budget_Kenya_CO_v1.xlsx", ooxml("xlsx", rows=[("Cost centre", "Restricted", "Unrestricted"), ("Personnel", "38,400,000", "4,100,000"),
              ("Grants to partners", "71,900,000", "0")], creator="Wanjiru Kamau"), XLSX)])
t24.add(luc, "Merci Wanjiru. Two comments in the file: the rent increase seems high (12%), and the vehicle insurance is missing. Can you send a v2?", at(2024, 12, 2, 11, 20, CHZ), G,
        atts=[("FY2025_Budget_Kenya_CO_v1_LF.xlsx", ooxml("xlsx", rows=[("Comment", "Line"), ("Rent +12%?", "Office"), ("Vehicle insurance missing", "Transport")], creator="Luc Favre"), XLSX)])
t24.add(me, "Dear Luc,\n\nv2 attached: the landlord confirmed 12% (the lease allows it every 3 years, letter attached), and vehicle insurance is added (KES 420,000).",
        at(2024, 12, 4, 15, 30), atts=[("FY2025_Budget_Kenya_CO_v2.xlsx", ooxml("xlsx", rows=[("Cost centre", "Restricted", "Unrestricted"), ("Transport", "1,980,000", "420,000")]), XLSX),
        ("Landlord_letter_rent_review.pdf", pdf(["Kilimani Business Centre Ltd", "Rent review effective 1 January 2025: +12%"], when="20241120100000"), "application/pdf")])
t24.add(luc, "Perfect, approved for consolidation.", at(2024, 12, 5, 9, 10, CHZ), G)

t25 = Thread("T25", beatrice, "KCHN - CHV stipends February 2025 (M-Pesa bulk file)")
t25.add(beatrice, "Dear Wanjiru,\n\nAttached is the February CHV stipend list for your approval before we upload it to M-Pesa bulk payments: 212 CHVs, KES 530,000.",
        at(2025, 2, 24, 10, 12), atts=[("KCHN_CHV_stipends_Feb2025.xlsx", ooxml("xlsx", rows=[("Phone", "Name", "KES"), ("0712xxx001", "CHV 1", "2,500"),
        ("0722xxx002", "CHV 2", "2,500")], creator="Beatrice Akinyi"), XLSX)])
t25.add(me, "Hi Beatrice,\n\nThree phone numbers appear twice with different names (rows 41/188, 77/150, 102/201). Can you check before the upload?", at(2025, 2, 24, 15, 40))
t25.add(beatrice, "Good catch! Two are household members who both volunteer (verified with the CHA) and one was a data entry error, now removed. Revised list attached: "
        "211 CHVs, KES 527,500.", at(2025, 2, 25, 9, 5), G,
        atts=[("KCHN_CHV_stipends_Feb2025_v2.xlsx", ooxml("xlsx", rows=[("Phone", "Name", "KES"), ("0712xxx001", "CHV 1", "2,500")], creator="Beatrice Akinyi"), XLSX)])
t25.add(me, "Approved. Please send the M-Pesa B2C confirmation after the run.", at(2025, 2, 25, 10, 20))
t25.add(beatrice, "Done, the bulk payment confirmation is attached: 211 successful, 0 failed.", at(2025, 2, 26, 16, 2), G,
        atts=[("MPESA_B2C_confirmation_Feb2025.pdf", pdf(["M-PESA B2C BULK PAYMENT REPORT", "211 successful / 0 failed", "Total KES 527,500.00"], producer="Safaricom M-PESA Org Portal", when="20250226155500"), "application/pdf")])

t26 = Thread("T26", aisha, "Geneva - flights and hotel for Dr. Odhiambo (HQ meeting 7-11 April)")
t26.add(me, "Dear Aisha,\n\nPlease book flights Nairobi-Geneva for Dr. Achieng Odhiambo, out 6 April and back 11 April, plus 5 nights near the HQ office (Rue de Lausanne).",
        at(2025, 3, 10, 11, 0), cc=[(cd.name, cd.email)])
t26.add(aisha, "Dear Wanjiru,\n\nOptions attached: via Doha or via Zurich; hotel Cornavin area at CHF 210 per night. The Zurich routing is the shortest.", at(2025, 3, 10, 15, 40), G,
        cc=[(cd.name, cd.email)], atts=[("Options_NBO-GVA.pdf", pdf(["Option 1: NBO-DOH-GVA", "Option 2: NBO-ZRH-GVA", "Hotel: Cornavin area CHF 210/night"], producer="Amadeus Cytric", when="20250310153000"), "application/pdf")])
t26.add(me, "Option 2 via Zurich please, and the hotel.", at(2025, 3, 11, 8, 50), cc=[(cd.name, cd.email)])
t26.add(aisha, "Issued. E-ticket and hotel voucher attached. The Swiss visa appointment letter is also attached for Dr. Odhiambo.", at(2025, 3, 12, 12, 15), G, cc=[(cd.name, cd.email)],
        atts=[("ETKT_ODHIAMBO_NBO-GVA.pdf", pdf(["ELECTRONIC TICKET RECEIPT", "ODHIAMBO/ACHIENG DR", "NBO-ZRH-GVA 06APR / GVA-ZRH-NBO 11APR"], producer="Amadeus", when="20250312121000"), "application/pdf"),
              ("Hotel_voucher_Geneva.pdf", pdf(["Hotel voucher", "5 nights 06-11 April 2025"], producer="Amadeus", when="20250312121200"), "application/pdf")])

t27 = Thread("T27", kevin, "Mwanza data quality visit - travel advance")
t27.add(kevin, "Hi Wanjiru,\n\nFor the Mwanza data quality visit (23-27 February) I need an advance of USD 640 (flight already booked by Kilele). Budget attached.",
        at(2025, 2, 12, 10, 30), atts=[("DQA_Mwanza_budget.xlsx", ooxml("xlsx", rows=[("Item", "USD"), ("Hotel 4 nights", "360"), ("Boat Ukerewe", "80"), ("Meals", "200")], creator="Kevin Mutua"), XLSX)])
t27.add(me, "Approved. USD 640 cash will be ready on Friday; please sign the advance form.", at(2025, 2, 12, 11, 5))
t27.add(kevin, "Thanks! Also, MMCT asked which budget line their costs for the visit should go to. I said you would confirm.", at(2025, 2, 12, 11, 20), G)
t27.add(me, "The HFF M&E line (4.3), up to TZS 850,000. I have replied to Neema as well.", at(2025, 2, 12, 12, 0))

t28 = Thread("T28", marieke, "NL-2024-117 - budget revision request KCHN 2025")
t28.add(me, "Dear Marieke,\n\nOn behalf of our partner KCHN, I would like to request approval of a budget revision for 2025: KES 640,000 (about EUR 4,530) from line "
        "4.1 venue hire to line 3.4 CHV transport, as the county now hosts the community dialogues in health facilities. The revised budget is attached.",
        at(2025, 2, 5, 9, 40), cc=[(jonas.name, jonas.email)],
        atts=[("KCHN_Budget_Revision_2025.xlsx", ooxml("xlsx", rows=[("Line", "Original KES", "Revised KES"), ("4.1 Venue hire", "1,100,000", "460,000"),
              ("3.4 CHV transport", "520,000", "1,160,000")]), XLSX)])
t28.add(marieke, "Dear Wanjiru,\n\nThank you. Could you confirm that the number of dialogues stays the same (48 in 2025)? If so, I can approve it.",
        at(2025, 2, 6, 13, 20, AMS), G, cc=[(jonas.name, jonas.email)])
t28.add(me, "Dear Marieke,\n\nYes, 48 dialogues as planned; only the venue changes.", at(2025, 2, 6, 15, 0), cc=[(jonas.name, jonas.email)])
t28.add(marieke, "Dear Wanjiru,\n\nThe approval letter is attached.", at(2025, 3, 7, 10, 5, AMS), G, cc=[(jonas.name, jonas.email)],
        atts=[("Noordlicht_approval_budget_revision_KCHN_2025.pdf", pdf(["Stichting Noordlicht Health Fund", "Approval of budget revision NL-2024-117 / KCHN 2025"], when="20250307101500", zone="+01'00'"), "application/pdf")])

# ---------------------------------------------------------------- Kenya NGO Finance Forum (Google Groups) - L1..L4, G13
mary = Pt("Mary Wairimu", "marywairimu.fin@gmail.com", "gweb", "gmail")
otieno = Pt("Otieno Were", "owere@kenyahealthalliance.example", "gweb", "gws-kha")
fatuma = Pt("Fatuma Hassan", "fhassan@coastcare.example", "ol", "coast", "\n\nFatuma Hassan\nFinance Manager | CoastCare Trust, Mombasa", mbx="AM9P192MB1187")
george = Pt("George Njoroge", "gnjoroge.cpa@gmail.com", "gweb", "gmail")
L1 = Thread("L1", otieno, "[KE-NGO-FIN] PBO Act commencement - what changes for grants accounting?")
list_post(L1, otieno, "Dear colleagues,\n\nWith the PBO Act now in force, has anyone looked at what changes for grants accounting and annual returns? Our auditors "
          "mentioned a new reporting format for restricted funds.\n\nOtieno\n-- \nOtieno Were | Kenya Health Alliance", at(2024, 9, 12, 9, 20))
list_post(L1, mary, "Hi Otieno,\n\nThe regulations are still in draft. The restricted-funds schedule is the same as in the NGO Coordination Board's format, for now.\n\nMary",
          at(2024, 9, 12, 13, 5), G)
list_post(L1, fatuma, "We were told by our auditors to keep the old format for FY2024 and move in FY2025. The PBO Regulatory Authority promised guidance by December.",
          at(2024, 9, 13, 8, 40), G, rewrite=True, client="ol")
L2 = Thread("L2", me, "[KE-NGO-FIN] Withholding tax on CHV stipends - KRA position?")
list_post(L2, me, "Dear colleagues,\n\nHow are you treating community health volunteer stipends paid through M-Pesa for withholding tax purposes? KRA staff told us "
          "informally that stipends above KES 24,000 a year could be treated as income. Has anyone had a written position?\n\nWanjiru" + me.sig, at(2024, 11, 19, 10, 0))
list_post(L2, mary, "Hi Wanjiru,\n\nWe asked for a private ruling last year and got none. We treat them as reimbursements below the PAYE threshold and keep the "
          "attendance sheets as evidence. Your auditors may have a view.\n\nMary", at(2024, 11, 19, 14, 22), G)
list_post(L2, fatuma, "Dear Wanjiru,\n\nWe have the written position: KRA's letter of 3 October 2024 to the health NGOs network says stipends under the Community Health "
          "Services Act are facilitation, not employment income, provided they follow the county rates. I can share the letter off-list if you email me directly.",
          at(2024, 11, 20, 8, 15), GH, rewrite=True, client="ol",
          scen=("G13", "list reply (Google Groups, From rewritten 'via Kenya NGO Finance Forum', list footer) answering Wanjiru's question"))
list_post(L2, me, "Thank you Fatuma and Mary, very helpful. Fatuma, I will email you directly.", at(2024, 11, 20, 9, 0))
L3 = Thread("L3", george, "[KE-NGO-FIN] eTIMS for donor-funded purchases")
list_post(L3, george, "Hi all,\n\nAre your suppliers issuing eTIMS invoices for donor-funded purchases? Some of ours still send manual invoices and KRA is disallowing "
          "the expense for the supplier, not for us, but our auditors flagged it.\n\nGeorge", at(2025, 1, 21, 11, 40))
list_post(L3, otieno, "George, we now refuse to pay any invoice without the eTIMS QR code. Most suppliers complied within a month.", at(2025, 1, 21, 15, 2), G)
list_post(L3, mary, "Same here. Be careful with suppliers who suddenly 'change bank' because of eTIMS, we had two fraud attempts using exactly that story.",
          at(2025, 1, 22, 8, 30), G)
L4 = Thread("L4", mary, "[KE-NGO-FIN] NSSF Tier II rates from February 2025")
list_post(L4, mary, "Reminder: the new NSSF upper earnings limit applies from the February payroll (KES 36,000), so employee + employer contributions go up to "
          "KES 4,320 each.\n\nMary", at(2025, 1, 30, 9, 5))
list_post(L4, george, "Thanks Mary. Note that the payroll software update from our vendor was wrong on the Tier II cap, check your February run.",
          at(2025, 1, 30, 12, 44), G)

# ---------------------------------------------------------------- further context threads (T29-T32) and notices
t29 = Thread("T29", lucy, "Engagement letter - FY2024 statutory audit")
t29.add(lucy, "Dear Wanjiru,\n\nThank you for reappointing us. Attached is the engagement letter for the FY2024 audit, including the two grant schedules "
        "(NL-2024-117 and HFF-24-0391). Our fee is KES 1,200,000 plus VAT, unchanged from last year apart from the second schedule.", at(2024, 12, 9, 11, 30),
        cc=[(brian.name, brian.email)], atts=[("EL_AfyaBoraKenya_FY2024.pdf", pdf(["Ndungu Wekesa & Associates", "Engagement letter FY2024", "Fee KES 1,200,000 + VAT"],
        when="20241209110000"), "application/pdf")])
t29.add(me, "Dear Lucy,\n\nThank you. Dr. Odhiambo has signed; the signed copy is attached. Could fieldwork start on 10 February?", at(2024, 12, 12, 15, 0),
        cc=[(brian.name, brian.email)], atts=[("EL_AfyaBoraKenya_FY2024_signed.pdf", pdf(["Engagement letter FY2024 - signed"], producer="HP Scan", when="20241212144000"), "application/pdf")])
t29.add(lucy, "10 February works. Brian will send the PBC list in January.", at(2024, 12, 13, 9, 10), G, cc=[(brian.name, brian.email)])

t30 = Thread("T30", kevin, "Q1 2025 budget vs actual for the programme review")
t30.add(kevin, "Hi Wanjiru,\n\nFor the programme review on 16 April, could you share the Q1 budget vs actual per grant? Achieng wants the burn rates per partner.",
        at(2025, 4, 7, 9, 20))
t30.add(me, "Hi Kevin,\n\nAttached. Burn rates: KCHN 27%, THO 31%, MMCT 24%, GWHC 22%, ASK 12% (office closure), Ubuzima 25%.", at(2025, 4, 11, 16, 40),
        atts=[("Q1_2025_BvA_per_grant.xlsx", ooxml("xlsx", rows=[("Partner", "Budget 2025", "Q1 actual", "Burn"), ("KCHN", "6,840,000", "1,846,800", "27%"),
              ("ASK", "USD 38,000", "USD 4,560", "12%")]), XLSX)])
t30.add(kevin, "Perfect, thanks. ASK will need a note on the catch-up plan; I will ask Patrick.", at(2025, 4, 11, 17, 5), G)
t30.add(cd, "Thanks both. Wanjiru, please add a column with the Hartwell interim report totals, Rebecca will ask.", at(2025, 4, 12, 10, 15), G,
        to=[(me.name, me.email), (kevin.name, kevin.email)])

t31 = Thread("T31", peter, "THO Q1 2025 report")
t31.add(me, "Dear Peter,\n\nThe Q1 2025 report (January-March) is due on 15 April; the template is attached. Please include the fuel logs for the Kakuma trips.",
        at(2025, 4, 1, 10, 0), atts=[("THO_Q1_2025_template.xlsx", ooxml("xlsx", rows=[("Activity", "Budget KES", "Spent KES")]), XLSX)])
t31.add(peter, "Habari Wanjiru, noted. Network is better now, I will send on time.", at(2025, 4, 2, 7, 40), G)
t31.add(peter, "Dear Wanjiru, Q1 report and fuel logs attached.", at(2025, 4, 14, 18, 22), G,
        atts=[("THO_Q1_2025.xlsx", ooxml("xlsx", rows=[("Activity", "Budget KES", "Spent KES"), ("Mobile clinics", "700,000", "652,400")], creator="THO"), XLSX),
              (f"IMG_20250414_{R.randint(100000, 235959)}.jpg", jpeg(8000, "samsung", "SM-A155F"), "image/jpeg")])
t31.add(me, "Asante Peter, received. I will review this week.", at(2025, 4, 15, 9, 5))

t32 = Thread("T32", florence, "GWHC - Q2 2025 workplan and budget")
t32.add(florence, "Hello Wanjiru,\n\nAttached is our Q2 workplan and budget for the Hartwell sub-grant. We plan 6 dialogues in Amuru and 4 school sessions in Gulu city.",
        at(2025, 3, 24, 11, 15), atts=[("GWHC_Q2_2025_workplan.xlsx", ooxml("xlsx", rows=[("Activity", "UGX"), ("Dialogues x6", "14,400,000"), ("School sessions x4", "6,200,000")], creator="Florence Atim"), XLSX)])
t32.add(me, "Thanks Florence. The workplan is fine. The Q2 transfer (USD 10,400) will go on 7 April to your Stanbic account.", at(2025, 3, 25, 10, 30))
t32.add(florence, "Thank you, we will confirm receipt.", at(2025, 3, 25, 12, 2), G)
t32.add(florence, "Funds received today, thank you Wanjiru.", at(2025, 4, 8, 16, 44), G, client="gios")

for (d, kind, amt, cur, acc, desc) in [((2024, 10, 30, 17, 45), "Debit", "1,238,400.00", "KES", "4471", "SALARIES OCT 2024 BULK"),
                                       ((2024, 11, 29, 17, 30), "Debit", "1,241,050.00", "KES", "4471", "SALARIES NOV 2024 BULK"),
                                       ((2024, 9, 30, 17, 50), "Debit", "1,236,900.00", "KES", "4471", "SALARIES SEP 2024 BULK"),
                                       ((2025, 3, 31, 17, 35), "Debit", "1,305,480.00", "KES", "4471", "SALARIES MAR 2025 BULK"),
                                       ((2025, 4, 7, 11, 20), "Debit", "10,400.00", "USD", "9032", "SWIFT OUT GULU WOMENS HEALTH COLLECTIVE Q2"),
                                       ((2024, 11, 1, 10, 5), "Debit", "178,800.00", "KES", "4471", "EFT KILELE TRAVEL KTT-24-3391"),
                                       ((2025, 2, 26, 16, 10), "Debit", "527,500.00", "KES", "4471", "EFT KCHN CHV STIPENDS FEB 2025"),
                                       ((2025, 1, 9, 8, 15), "Credit", "11,460.00", "KES", "4471", "INTEREST CAPITALISATION DEC 2024")]:
    bank_alert(at(*d), kind, amt, cur, acc, desc)
glpi_notice(at(2025, 4, 3, 14, 10, CHZ), 4640, "New ticket - Shared mailbox finance.kenya not syncing on mobile",
            ["Ticket #4640 has been created by Wanjiru Kamau.", "", "Title: Shared mailbox finance.kenya not syncing on mobile", "Status: New"])
glpi_notice(at(2025, 4, 4, 9, 55, CHZ), 4640, "Ticket solved - Shared mailbox finance.kenya not syncing on mobile",
            ["Ticket #4640 has been solved.", "", "Solution: Shared mailboxes cannot be added to Outlook for iOS via the account list; use 'Add shared mailbox' in settings."])
L5 = Thread("L5", otieno, "[KE-NGO-FIN] US funding pause - contingency planning")
list_post(L5, otieno, "Colleagues,\n\nWith the US funding pause, how are you handling staff on affected grants? We are looking at reduced hours rather than "
          "terminations for now.\n\nOtieno", at(2025, 2, 4, 10, 10))
list_post(L5, george, "We have moved two posts to unrestricted reserves for three months. Check your contracts for the notice periods.", at(2025, 2, 4, 12, 30), G)
list_post(L5, fatuma, "Our board approved a 3-month bridge from reserves. Document the decision carefully, auditors will ask.", at(2025, 2, 5, 9, 12), G, rewrite=True, client="ol")


# ================================================================================================ write, in arrival order
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
