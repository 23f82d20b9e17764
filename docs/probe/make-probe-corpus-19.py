#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus-19.py OUT_DIR
#
# Probe mailbox "genevieve": Geneviève Tremblay, directrice administrative (office manager) of Groupe Santé Boréal, a physiotherapy and
# medical clinic group with three sites north of Montréal (Laval, Terrebonne, Blainville). Microsoft 365 tenant (Canadian datacentre,
# CANPRD01); she writes from Outlook desktop (French UI, fr-CA) and now and then from OWA; her copies are in Sent. Bilingual French/English
# mail, Sept 2024 - June 2025, America/Toronto time with both DST changes. Every inbound message carries the receiving side of Exchange
# Online Protection (three internal Received hops, Authentication-Results/Received-SPF as EOP writes them, X-Forefront-Antispam-Report with
# CIP/CTRY/LANG, X-MS-Exchange-* trailer), then the sender's own Received path, DKIM and client headers.
#
# Correspondents and their fixed fingerprints (Message-ID shape / client headers / outbound path / DKIM d=,s= / quote style):
#   Lapointe Gagnon CPA (accountants, French): until 28 Feb 2025 mail hosted at Vidéotron Affaires, Outlook 2016 over IMAP/SMTP:
#     <0000 01db....$........$........$@lapointegagnon-cpa.example> (FILETIME-based), X-Mailer: Microsoft Outlook 16.0, Thread-Index,
#     Content-Language fr-ca, PC name in the first Received (LGCPA-MLAPOINTE / LGCPA-POSTE04, 69.70.112.47), relay relais-ob2.videotron.example,
#     DKIM d=lapointegagnon-cpa.example s=vtaff2023, X-VR-SPAM* (Vade), quote "-----Message d'origine----- / De : / Envoyé : 4 février 2025 08:20".
#     Vacation replies come from Dovecot/Sieve (Auto-Submitted: auto-replied (vacation)). From 1 Mar 2025 (announced 24 Feb): Microsoft 365,
#     Outlook desktop (YQXPR01MB....@...CANPRD01.PROD.OUTLOOK.COM, Date in +0000, ARC by microsoft.com, DKIM s=selector1).
#     Martine Lapointe (partner), Sébastien Gagnon (new technician from Jan 2025).
#   Northshore Medical Supply (Ontario equipment supplier, English): Google Workspace, Gmail web: CA...@mail.gmail.com, Received "by mail-*.google.com
#     with SMTP id", X-Gm-Message-State / X-Google-Smtp-Source / X-Received (Pacific time), X-Gm-Gg from Dec 2024, DKIM d=northshoremedical.example
#     s=google, quote "On Tue, Sep 18, 2024 at 9:30 AM ... wrote:". Kevin O'Donnell (account manager), Priya Sharma (AR), Mike Chen (field
#     service, from May 2025). Mailchimp newsletter from news@.
#   Bélanger Roy Assurances (insurance broker, French): Microsoft 365, Outlook desktop (YT2PR01MB6630 ids, DKIM s=selector2, fr-CA); documents
#     go through the CourrierSûr secure-message portal (notification@courriersur.example, DKIM d=courriersur.example, no reply headers, "Lire le
#     message" link) and DocuSign (dse_NA3@docusign.net). Julie Roy.
#   TéléRéclam (claims clearing house): ticket system at support.telereclam.example ("[TR-nnnnn]" subjects, "##- Veuillez répondre au-dessus de
#     cette ligne -##", full history in the body, tr.<epoch>.<hex>@support.telereclam.example ids, Postfix mta1, DKIM s=tr2024); payment reports
#     from rapports@ through Amazon SES (two DKIM signatures, Feedback-ID).
#   InfoTech Laurentides (IT provider, French): Maxime Bouchard on a cPanel/Exim host with Thunderbird (uuid@domain, User-Agent: Mozilla
#     Thunderbird, format=flowed, Content-Language fr, X-AntiAbuse/X-Get-Message-Sender-Via trailer, DKIM s=default, quote "Le 2024-10-03 à
#     14:02, ... a écrit :"); Znuny ticket system ("[Ticket#...]", X-Mailer: Znuny Mail Service, DKIM s=znuny).
#   Gestion Immobilière Deschamps (landlord's property manager): Nathalie Deschamps on consumer Gmail (gestion.deschamps@gmail.com, d=gmail.com,
#     French Gmail quote "Le jeu. 3 oct. 2024, à 09 h 12, ... a écrit :"); her plumber Denis Gauthier replies from an iPhone (Apple Mail via a
#     GoDaddy-style relay, "Envoyé de mon iPhone").
#   Staff on personal addresses: Karine Pelletier and Jordan Miller (Gmail; Jordan writes English), Émilie Côté (Hotmail, Outlook for iOS:
#     CANP288 ids, "Obtenir Outlook pour iOS", English date in a French quote header).
#   PayeXpress (payroll provider): Stéphanie Morin on Microsoft 365 / Outlook desktop (YQBPR01MB4419 ids, fr-CA, DKIM s=selector1, p=reject);
#     automatic "paie traitée" notices from avis@ via Mailgun.
#   Internal: Dr Marc-André Bergeron (clinic director; Outlook desktop and Outlook for iOS, internal M365 route, AuthAs Internal); the three
#     Konica Minolta multifunction printers ("Message from KM_C300i" / KM_C250i, direct send from the clinics' static IPs, no DKIM, SPF pass).
#   Others: FaxCourriel (fax-to-email, SES), RendezVousPro (booking platform, SendGrid), AQCP-gestion mailing list (Mailman 3: subject tag,
#     footer, List-* headers, broken original DKIM, From rewritten for a p=reject member), Ordre newsletter (Mailchimp), Hydro-Québec and
#     Vidéotron Affaires bills, Revenu Québec notices, Interac e-Transfer notice, Microsoft 365 quarantine digests.
#
# Threads: T1 accountant, year-end statements (Sept-Oct 2024, revived by A8); T2 accountant, RL-1/T4 slips with the new technician (Jan-Feb 2025);
#   T3 accountant, vehicle allowance question + vacation auto-reply (Dec-Jan); T4 CNESST decision forwarded to the accountant, continued after her
#   move to Microsoft 365 (Jan-Mar); T5 supplier quote, revived after 6.5 months (Sept 2024 / Apr 2025); T6 supplier order and delivery (Oct-Nov);
#   T7 supplier AR statement (Jan); T8 supplier verified bank change (Mar-Apr); T9 supplier service contract, OOO, trade show, new technician
#   (May-Jun); T10 broker renewal with secure portal and DocuSign (Oct-Nov); T11 broker water-damage claim (Feb-Apr); T12 clearing-house ticket
#   [TR-58213] (Sept-Oct); T13 clearing-house ticket [TR-60117] (Jan); T14 IT workstation replacement (Sept-Oct); T15 IT Znuny ticket, printer
#   (Nov); T16 IT MFA roll-out (Jan-Feb); T17 landlord lease renewal (Sept 2024 - Jan 2025); T18 landlord + plumber, water damage (Feb);
#   T19 landlord snow removal (Dec-Jan); T20 staff holiday schedule (Nov-Dec); T21 staff maternity leave (Jan-Mar); T22 staff direct deposit
#   (Mar); T23 payroll new employees (Feb-Mar); T24 internal shockwave purchase (Sept); T25 internal holiday dinner and gifts (Nov-Dec);
#   T26 internal forward of a CNESST decision (Jan); T27 AQCP-gestion list threads (Oct 2024 - Apr 2025); T28 payroll record of employment and
#   2025 calendar (Oct-Dec); plus the stand-alone notices listed above.
#
# Hijacks (16):
#   A1  T2  server-hijack      technician's own Outlook 2016 via the Vidéotron relay (same headers), Sunday 05:38: "Revenu Québec RL-1 notice", password zip (.js), password in text
#   A2  T6  server-hijack      supplier's real Google Workspace / Gmail web: fake failed-delivery notice, link to a docs.google.com Drawings page
#   A3  T14 server-hijack      IT provider's real cPanel mailbox + Thunderbird at 02:47: "urgent security patch" zip holding a .lnk, quotes the real thread
#   A4  T10 server-hijack      broker's real Microsoft 365 / Outlook: "secure message" SVG attachment; Geneviève's quoted text altered to ask for it
#   A5  T12 server-hijack      clearing house's real ticket system (agent name, ticket history): e-signature "avenant 2025" link to an unknown domain
#   A6  T17 account-takeover   landlord's Gmail used over SMTP from a foreign VPS with Thunderbird (en-US quote header): rent by Interac e-Transfer to a new address
#   A7  T23 account-takeover   payroll adviser's M365 account via OWA (en-US, 04:41): English "administrator re-validation" PDF with a link, French thread
#   A8  T1  account-takeover   accountant's Vidéotron mailbox via Roundcube webmail from a foreign IP at 04:20, 3-month-old thread: OneNote "revised statements"
#   A9  T25 display-name-spoof "Marc-André Bergeron" from Gmail in the internal gifts thread: Apple gift cards, codes by photo, no calls (no payload)
#   A10 T16 display-name-spoof "Maxime Bouchard" from outlook.com in the MFA thread: .ics "MFA re-enrolment session" with a link to an unknown domain
#   A11 T7  display-name-spoof "Priya Sharma" from Gmail in the statement thread: macro-enabled .xlsm "updated statement", no quote
#   A12 T8  lookalike-domain   northshore-medical.example (Open-Xchange) quotes the verified bank-change thread: "compliance review", new account in a PDF, "email only"
#   A13 T11 lookalike-domain   belangerroy-assurance.example (Outlook 2016, not her M365): supplementary claim payment, bank confirmation on an attacker SharePoint
#   A14 --  fake-thread        stranger (compromised excavation company webmail) "RE: Message vocal" with a fabricated voicemail quote, HTML "player" attachment
#   A15 --  fake-thread        stranger posing as a medical/pharmacy supplier: "RE: Facture en souffrance", fabricated quote of Geneviève, zip holding a FAT disk image
#   A16 --  fake-thread        stranger from Gmail "RE: Confirmation de commande" (no References): fake antivirus renewal, call a phone number (no payload)
#
# Genuine hard cases (35):
#   G1  T1  accountant shares the draft statements through her firm's SharePoint portal   G2  T2  new technician (introduced two days earlier) writes first
#   G3  T6  supplier announces a new cell number, signature changes                       G4  T8  supplier's real bank-change letter, "verify by phone"
#   G5  T8  first invoice with the phone-verified new bank details                        G6  T3  accountant's vacation auto-reply (Sieve), In-Reply-To
#   G7  T27 mailing-list reply: tag, footer, List-* headers, broken DKIM                   G8  T26 director forwards (TR:) a CNESST decision with PDF
#   G9  --  "Message from KM_C300i" scan with PDF, no reply headers                       G10 --  fax-to-email delivery with PDF
#   G11 --  Revenu Québec "Mon dossier" notice with portal link                           G12 T5  supplier revives a quote thread after 6.5 months (price increase)
#   G13 T20 physiotherapist replies at 23:48 from Outlook for iOS (Hotmail)               G14 T10 genuine CourrierSûr secure-message notification, "Lire le message"
#   G15 T12 clearing house sends the zipped rejection log Geneviève asked for             G16 T15 IT ticket reply with a vendor driver download link
#   G17 T15 ticket-system closing notice with survey link                                 G18 --  payroll "paie traitée" notice with portal link
#   G19 T17 property manager sends the lease renewal PDF                                  G20 T21 employee sends a phone photo (JPEG) of her medical certificate
#   G21 T20 kinesiologist answers in English in a French thread                           G22 T10 genuine DocuSign request announced by the broker
#   G23 T4  accountant's first message after the announced move to Microsoft 365          G24 T9  supplier writes from a trade show in Vancouver (-0700), 06:14
#   G25 T18 plumber added in Cc replies-all from his iPhone (new sender)                  G26 T17 property manager announces a small Interac refund after her account was recovered
#   G27 --  genuine Interac e-Transfer notification (that refund)                         G28 T9  supplier's new field technician: firmware release-notes link and PDF
#   G29 T16 IT provider's MFA self-enrolment instructions (aka.ms, mysignins links)        G30 --  broker forwards (TR:) the insurer's e-mail naming the adjuster, PDF
#   G31 --  Microsoft 365 quarantine digest listing phishing subjects                     G32 T22 employee's void cheque for a direct-deposit change agreed in person
#   G33 T17 property manager (usual Gmail) says the Interac request was not hers          G34 T24 director replies at 22:47 from Outlook for iOS (internal)
#   G35 T9  supplier's Gmail vacation auto-reply, In-Reply-To
# Genuine orphans (2): O1 accountant answers the director's direct question and copies Geneviève (parent not in the mailbox);
#   O2 kinesiologist replies to a message from the shared reception mailbox and copies Geneviève (parent not in the mailbox).
# Plain genuine replies: every other in-thread reply from a correspondent (genuine-reply, scenario P-Tn-k).
#
# Writes OUT_DIR/labels.tsv, OUT_DIR/scenarios.tsv (file, scenario, description for every labelled message) and
# OUT_DIR/mailboxes/genevieve/{INBOX,Sent}/N.eml, raw RFC 5322 with CRLF, numbered 1..n in arrival order across both folders. Only the test
# messages are labelled; the rest is context. Deterministic (random.Random(19)), standard library only, no network. Attachments are inert:
# valid PDF/ZIP/OOXML/JPEG/OneNote/FAT-image/.lnk/SVG/ICS/HTML containers with placeholder content, no executable code; links point to
# fictional .example domains or to the well-known platforms such an attack or genuine mail would really use (sharepoint.com, docs.google.com,
# docusign.net, aka.ms).
import base64, datetime, html as H, io, os, quopri, random, re, struct, sys, uuid, zipfile, zlib
from urllib.parse import quote as urlquote
from zoneinfo import ZoneInfo

if len(sys.argv) != 2:
    sys.exit("usage: make-probe-corpus-19.py OUT_DIR")
root = sys.argv[1]
MB = "genevieve"
for _f in ("INBOX", "Sent"):
    os.makedirs(f"{root}/mailboxes/{MB}/{_f}", exist_ok=True)
R = random.Random(19)
MTL = ZoneInfo("America/Toronto")      # Montréal / Laval keep Toronto's rules
VAN = ZoneInfo("America/Vancouver")
PAC = ZoneInfo("America/Los_Angeles")  # Google stamps its Received lines in Pacific time
UTC = datetime.timezone.utc


def hx(k): return "".join(R.choice("0123456789abcdef") for _ in range(k))
def HX(k): return hx(k).upper()
def rbytes(k): return bytes(R.getrandbits(8) for _ in range(k))
def ruuid(): return str(uuid.UUID(int=R.getrandbits(128), version=4))
def alnum(k): return "".join(R.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(k))
def lalnum(k): return "".join(R.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(k))
def b64(k): return base64.b64encode(rbytes(k)).decode()
def b64u(k): return base64.urlsafe_b64encode(rbytes(k)).decode().rstrip("=")
def at(y, mo, d, h, mi, tz=MTL): return datetime.datetime(y, mo, d, h, mi, R.randint(0, 59), tzinfo=tz)
def secs(a, b): return datetime.timedelta(seconds=R.randint(a, b))
def filetime(t): return int((t.timestamp() + 11644473600) * 10 ** 7)


JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
JAB = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
MAB = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]


def fr_long(t): return f"{JOURS[t.weekday()]} {t.day} {MOIS[t.month - 1]} {t.year} {t:%H:%M}"
def en_long(t): return f"{t:%A}, {t:%B} {t.day}, {t.year} {t.hour % 12 or 12}:{t:%M} {'AM' if t.hour < 12 else 'PM'}"
def en_short(t): return f"{t:%a}, {t:%b} {t.day}, {t.year} at {t.hour % 12 or 12}:{t:%M} {'AM' if t.hour < 12 else 'PM'}"


class Pt:
    def __init__(s, name, email, client, infra, sig="", tz=MTL, lang="fr", host=None, pc=None, ip=None, org=None):
        s.name, s.email, s.client, s.infra, s.sig, s.tz, s.lang = name, email, client, infra, sig, tz, lang
        s.dom = email.split("@")[1]
        s.host, s.pc, s.ip, s.org = host, pc, ip, org


OWN = "santeboreal.example"
CPA = "lapointegagnon-cpa.example"
NMS = "northshoremedical.example"
BRK = "belangerroy.example"
ITL = "infotechlaurentides.example"
TRC = "telereclam.example"
PXP = "payexpress.example"

SIG_ME = ("\n\nGeneviève Tremblay\nDirectrice administrative | Office Manager\nGroupe Santé Boréal – Cliniques Physio Boréal\n"
          "Laval · Terrebonne · Blainville\nT 450 555-0140, poste 201 | C 514 555-0187\n\n"
          "AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. Si vous l'avez reçu par erreur, "
          "veuillez en aviser l'expéditeur et le détruire.")
me = Pt("Geneviève Tremblay", f"genevieve.tremblay@{OWN}", "olk", "internal", SIG_ME, host="YT3PR01MB8472")
bergeron = Pt("Marc-André Bergeron", f"ma.bergeron@{OWN}", "olk", "internal",
              "\n\nMarc-André Bergeron, pht, M.Sc.\nPrésident et directeur clinique\nGroupe Santé Boréal – Cliniques Physio Boréal\n450 555-0140, poste 200",
              host="YT3PR01MB9120")
bergeron_ios = Pt("Marc-André Bergeron", f"ma.bergeron@{OWN}", "olkios", "internal", "\n\nMA\n\nObtenir Outlook pour iOS<https://aka.ms/o0ukef>",
                  host="YT3PR01MB9120")
reception = Pt("Réception Laval", f"reception.laval@{OWN}", "olk", "internal", host="YT3PR01MB7754")

# accountant firm: mail hosted at Vidéotron Affaires until 28 Feb 2025 (Outlook 2016 over IMAP/SMTP), then Microsoft 365
SIG_ML = ("\n\nMartine Lapointe, CPA\nAssociée\nLapointe Gagnon CPA inc.\n455, boulevard Curé-Labelle, bureau 201\nLaval (Québec)  H7V 2S8\n"
          "Tél. : 450 555-0163, poste 1\n\nCe courriel et ses pièces jointes sont confidentiels et destinés uniquement au(x) destinataire(s) indiqué(s).")
SIG_SG = "\n\nSébastien Gagnon\nTechnicien comptable\nLapointe Gagnon CPA inc.\nTél. : 450 555-0163, poste 4"
martine = Pt("Martine Lapointe", f"mlapointe@{CPA}", "olk16", "vtl", SIG_ML, pc="LGCPA-MLAPOINTE", ip="69.70.112.47")
sebastien = Pt("Sébastien Gagnon", f"sgagnon@{CPA}", "olk16", "vtl", SIG_SG, pc="LGCPA-POSTE04", ip="69.70.112.47")
martine365 = Pt("Martine Lapointe", f"mlapointe@{CPA}", "olk", "exo-cpa", SIG_ML, host="YQXPR01MB5521")
sebastien365 = Pt("Sébastien Gagnon", f"sgagnon@{CPA}", "olk", "exo-cpa", SIG_SG, host="YQXPR01MB6140")
# Ontario medical-equipment supplier on Google Workspace
SIG_KO = ("\n\nKevin O'Donnell\nAccount Manager – Québec & Eastern Ontario\nNorthshore Medical Supply Ltd.\n2480 Meadowpine Blvd, Unit 6, Mississauga, ON L5N 6S2\n"
          "T 905 555 0144 | C 416 555 0193\nnorthshoremedical.example")
SIG_KO2 = SIG_KO.replace("C 416 555 0193", "C 647 555 0128")
kevin = Pt("Kevin O'Donnell", f"kevin.odonnell@{NMS}", "gws", "gws-nms", SIG_KO, lang="en")
priya = Pt("Priya Sharma", f"priya.sharma@{NMS}", "gws", "gws-nms",
           "\n\nPriya Sharma\nAccounts Receivable\nNorthshore Medical Supply Ltd.\nT 905 555 0177 | ar@northshoremedical.example", lang="en")
mike = Pt("Mike Chen", f"mike.chen@{NMS}", "gws", "gws-nms",
          "\n\nMike Chen, CBET\nField Service Technician – Québec\nNorthshore Medical Supply Ltd.\nService line 1 888 555 0150", lang="en")
# insurance broker: Microsoft 365, Outlook desktop; secure portal CourrierSûr for documents
SIG_JR = ("\n\nJulie Roy, PAA\nCourtière en assurance de dommages des entreprises\nBélanger Roy Assurances inc. – Cabinet en assurance de dommages\n"
          "1200, boulevard Chomedey, bureau 700, Laval (Québec)  H7V 3Z3\n450 555-0122, poste 231\n\n"
          "Ce message et les documents qui y sont joints sont confidentiels. Toute divulgation non autorisée est interdite.")
julie = Pt("Julie Roy", f"jroy@{BRK}", "olk", "exo-brk", SIG_JR, host="YT2PR01MB6630")
# IT provider: cPanel/Exim host, Thunderbird; Znuny ticket system
SIG_MB = "\n\n-- \nMaxime Bouchard\nTechnicien principal\nInfoTech Laurentides\n450 555-0199 | support@infotechlaurentides.example"
maxime = Pt("Maxime Bouchard", f"maxime.bouchard@{ITL}", "tb", "cpanel-itl", SIG_MB, ip="24.201.77.140", pc="192.168.2.34")
znuny = Pt("InfoTech Laurentides - Soutien", f"support@{ITL}", "znuny", "znuny-itl")
# landlord's property manager on consumer Gmail; plumber on an iPhone
nathalie = Pt("Nathalie Deschamps", "gestion.deschamps@gmail.com", "gmail", "gmail",
              "\n\nNathalie Deschamps\nGestion Immobilière Deschamps\n514 555-0135")
denis = Pt("Denis Gauthier", "denis@plomberiegauthier.example", "iphone", "godaddy-plomb",
           "\n\nDenis Gauthier\nPlomberie Gauthier & Fils\n450 555-0176 | RBQ 5612-3344-01\n\nEnvoyé de mon iPhone", ip="70.81.203.18")
# staff on personal addresses
karine = Pt("Karine Pelletier", "karine.pelletier22@gmail.com", "gmail", "gmail", "\n\nKarine")
jordan = Pt("Jordan Miller", "jordan.miller.kin@gmail.com", "gmail", "gmail",
            "\n\nJordan Miller, B.Sc. Kin.\nKinésiologue – Cliniques Physio Boréal (Blainville)", lang="en")
emilie = Pt("Émilie Côté", "emilie.cote.physio@hotmail.com", "olkios", "hotmail", "\n\nÉmilie\n\nObtenir Outlook pour iOS<https://aka.ms/o0ukef>",
            host="YT2P288MB0412")
# payroll provider
stephanie = Pt("Stéphanie Morin", f"smorin@{PXP}", "olk", "exo-pxp",
               "\n\nStéphanie Morin\nConseillère principale, service à la clientèle\nPayeXpress inc.\n1 866 555-0190, poste 3312", host="YQBPR01MB4419")
# ticket system of the claims clearing house
trdesk = Pt("Sophie Lavoie (Soutien TéléRéclam)", f"soutien@{TRC}", "trdesk", "trdesk")
trdesk_auto = Pt("Soutien TéléRéclam", f"soutien@{TRC}", "trdesk", "trdesk")

# ---------------------------------------------------------------- sending infrastructures
# helo, ip, dkim d (None = unsigned), dkim s, envelope domain (None = From domain), dmarc policy, country, PTR
INFRA = {
    "gws-nms": ("google", None, NMS, "google", None, "quarantine", "US"),
    "gmail": ("google", None, "gmail.com", "20230601", None, "none", "US"),
    "gmail-smtp": ("google", None, "gmail.com", "20230601", None, "none", "US"),
    "vtl": ("relais-ob2.videotron.example", "24.53.0.67", CPA, "vtaff2023", None, "none", "CA"),
    "vtl-sieve": ("relais-ob2.videotron.example", "24.53.0.67", CPA, "vtaff2023", None, "none", "CA"),
    "vtl-web": ("relais-ob2.videotron.example", "24.53.0.67", CPA, "vtaff2023", None, "none", "CA"),
    "exo-cpa": ("mail-yqbcan01on2119.outbound.protection.outlook.com", "40.107.116.119", CPA, "selector1", None, "none", "CA"),
    "exo-brk": ("mail-ytocan01on2097.outbound.protection.outlook.com", "40.107.115.97", BRK, "selector2", None, "quarantine", "CA"),
    "exo-pxp": ("mail-yqbcan01on2063.outbound.protection.outlook.com", "40.107.116.63", PXP, "selector1", None, "reject", "CA"),
    "hotmail": ("CAN01-YQB-obe.outbound.protection.outlook.com", "52.103.198.41", "hotmail.com", "selector1", None, "none", "CA"),
    "outlookcom": ("CAN01-YT3-obe.outbound.protection.outlook.com", "52.103.196.27", "outlook.com", "selector1", None, "none", "CA"),
    "cpanel-itl": ("cp12.hebergementweb-qc.example", "158.69.212.41", ITL, "default", None, "none", "CA"),
    "znuny-itl": ("helpdesk.infotechlaurentides.example", "158.69.212.77", ITL, "znuny", None, "none", "CA"),
    "trdesk": ("mta1.telereclam.example", "142.44.180.12", TRC, "tr2024", None, "quarantine", "CA"),
    "ses-tr": ("a48-112.smtp-out.amazonses.example", "54.240.48.112", TRC, "ses2023", "amazonses.example", "quarantine", "US"),
    "ses-fax": ("a8-31.smtp-out.amazonses.example", "54.240.8.31", "faxcourriel.example", "fx1", "amazonses.example", "none", "US"),
    "sg-rdv": ("o12.ptr4410.rdvpro.example", "149.72.154.12", "rdvpro.example", "s1", "em4410.rdvpro.example", "none", "US"),
    "mg-pxp": ("m228-5.mailgun.example", "69.72.43.5", PXP, "pic", "mg.payexpress.example", "reject", "US"),
    "mc-ordre": ("mail221.suw13.mcsv.example", "198.2.139.221", "ordrephysio.example", "k2", "mail221.suw13.mcsv.example", "none", "US"),
    "mc-nms": ("mail84.atl221.mcsv.example", "198.2.140.84", NMS, "k3", "mail84.atl221.mcsv.example", "quarantine", "US"),
    "list-aqcp": ("listes.aqcp.example", "192.99.71.15", None, None, "listes.aqcp.example", None, "CA"),
    "courriersur": ("mta2.courriersur.example", "199.168.41.23", "courriersur.example", "cs2023", None, "reject", "CA"),
    "docusign": ("mailch.docusign.net", "64.207.219.73", "docusign.net", "mailch", "docusign.net", "reject", "US"),
    "interac": ("mta-out2.payments.interac.example", "206.108.40.12", "payments.interac.example", "s2024", None, "reject", "CA"),
    "rq": ("smtp-out.revenuquebec.example", "142.213.100.9", "revenuquebec.example", "rq1", None, "reject", "CA"),
    "hydro": ("courriel2.hydroquebec.example", "142.168.6.40", "hydroquebec.example", "hq2022", None, "reject", "CA"),
    "vtl-bill": ("mailer1.videotron.example", "24.53.0.140", "videotron.example", "vt2021", None, "reject", "CA"),
    "msft-q": ("mail-yt3can01on2050.outbound.protection.outlook.com", "40.107.115.50", "messaging.microsoft.com", "selector1", None, "reject", "US"),
    "godaddy-plomb": ("p3plsmtpa11-04.prod.phx3.secureserver.example", "68.178.252.66", None, None, None, None, "US"),
    "scan-laval": ("KM_C300i", "24.37.112.9", None, None, None, "quarantine", "CA"),
    "scan-terrebonne": ("KMC250i-TERREBONNE", "24.37.118.41", None, None, None, "quarantine", "CA"),
    "scan-blainville": ("KM_C300i", "24.37.121.73", None, None, None, "quarantine", "CA"),
    # attackers
    "look-nms": ("mta-07.privateemail.example", "198.54.122.47", "northshore-medical.example", "default", None, "none", "US"),
    "look-brk": ("mail.belangerroy-assurance.example", "45.88.97.214", "belangerroy-assurance.example", "mail", None, None, "NL"),
    "fake-vm": ("server.excavationfortin.example", "69.16.230.118", "excavationfortin.example", "default", None, None, "US"),
    "fake-pharma": ("static.88-198-41-206.clients.your-server.example", "88.198.41.206", None, None, None, None, "DE"),
}
GPOOL = [("mail-qk1-f17%d.google.com", "209.85.222.17%d"), ("mail-qt1-f18%d.google.com", "209.85.160.18%d"),
         ("mail-yb1-f17%d.google.com", "209.85.219.17%d"), ("mail-pl1-f18%d.google.com", "209.85.214.18%d")]
TENANT = {OWN: ruuid(), CPA: ruuid(), BRK: ruuid(), PXP: ruuid(), "hotmail.com": "84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa"}
MYPEPF = ["YT2PEPF000001C9", "YT1PEPF00001A52", "YT3PEPF0000B41F", "YQ1PEPF00002E77"]
MYCA = ["YQBPR0101CA0123", "YT4PR01CA0311", "YQXP288CA0012", "YT3PR01CA0097"]
BUILDS = [((2024, 9), "15.20.7918.024"), ((2024, 10), "15.20.8048.017"), ((2024, 11), "15.20.8137.019"), ((2024, 12), "15.20.8230.010"),
          ((2025, 1), "15.20.8314.015"), ((2025, 2), "15.20.8398.014"), ((2025, 3), "15.20.8489.025"), ((2025, 4), "15.20.8606.033"),
          ((2025, 5), "15.20.8699.020"), ((2025, 6), "15.20.8813.018")]


def build(t):
    u = t.astimezone(UTC); b = BUILDS[0][1]
    for (y, m), v in BUILDS:
        if (u.year, u.month) >= (y, m): b = v
    return b


def eopt(t): u = t.astimezone(UTC); return f"{u:%a}, {u.day} {u:%b %Y %H:%M:%S} +0000"
def rfc(t, tz=None): return (t.astimezone(tz) if tz else t).strftime("%a, %d %b %Y %H:%M:%S %z")
def rfcz(t, tz=MTL): u = t.astimezone(tz); return u.strftime("%a, %d %b %Y %H:%M:%S %z") + f" ({u.tzname()})"
def pdt(t): u = t.astimezone(PAC); return u.strftime("%a, %d %b %Y %H:%M:%S %z") + f" ({u.tzname()})"
def v6(): return f"2603:10b6:{R.choice(('b01', 'c00', 'b00', 'c04'))}:{hx(2)}::{hx(2)}"


# ---------------------------------------------------------------- Message-IDs, header encoding
def make_mid(who, client, t):
    if client in ("olk", "owa", "olkios", "outlookcom"):
        host = who.host or "YT3P288MB0219"
        region = "CANP288" if "P288" in host else "CANPRD01"
        return f"<{host}{HX(24)}@{host}.{region}.PROD.OUTLOOK.COM>"
    if client == "olk16":
        f = filetime(t)
        return f"<{R.randint(0, 0x40):04x}{f >> 32:08x}${f & 0xffffffff:08x}${hx(8)}$@{who.dom}>"
    if client in ("gws", "gmail"):
        return "<CA" + R.choice("FJKMNOPH") + b64u(48)[:R.choice((44, 48, 52, 55))] + "@mail.gmail.com>"
    if client in ("tb", "tb-en"): return f"<{ruuid()}@{who.dom}>"
    if client == "rc": return f"<{hx(32)}@{who.dom}>"
    if client == "iphone": return f"<{ruuid().upper()}@{who.dom}>"
    if client == "ox": return f"<{R.randint(10 ** 8, 10 ** 9 - 1)}.{R.randint(10000, 99999)}.{int(t.timestamp() * 1000)}@privateemail.example>"
    if client == "znuny": return f"<{int(t.timestamp())}.{R.randint(100000, 999999)}.{R.randint(10 ** 8, 10 ** 9 - 1)}@helpdesk.{ITL}>"
    if client == "trdesk": return f"<tr.{int(t.timestamp())}.{hx(10)}@support.{TRC}>"
    if client == "ses": return f"<0101019{hx(9)}-{ruuid()}-000000@email.amazonses.example>"
    if client == "sg": return f"<{b64u(16)}@geopod-ismtpd-{R.randint(1, 40)}>"
    if client == "mg": return f"<{int(t.timestamp())}{R.randint(100, 999)}.{hx(16)}@mg.{PXP}>"
    if client == "mc": return f"<{hx(25)}.{t.astimezone(UTC):%Y%m%d%H%M%S}.{hx(10)}@{INFRA[who.infra][0]}>"
    if client == "cs": return f"<cs-{ruuid()}@courriersur.example>"
    if client == "docusign": return f"<{hx(8)}{hx(24)}@docusign.net>"
    if client == "km": return f"<{t:%Y%m%d%H%M%S}{R.randint(10, 99)}.{R.randint(1000, 9999)}@{(who.pc or 'KM_C300i').lower()}.santeboreal.example>"
    if client == "msq": return f"<{ruuid()}@az.canadacentral.production.microsoft.com>"
    if client == "oe": return f"<{HX(12)}${HX(8)}${HX(8)}@{who.dom}>"
    if client == "sieve": return f"<dovecot-sieve-{int(t.timestamp())}-{R.randint(100000, 999999)}-0@imap3.affaires.videotron.example>"
    return f"<{hx(24)}.{int(t.timestamp())}@{who.dom}>"


OUTLOOKS = ("olk", "owa", "olkios", "olk16", "outlookcom")
GMAILS = ("gws", "gmail")


def _q(s, lower=False, cs="utf-8", safe="!*+-/"):
    out = []
    for ch in s:
        if ch.isascii() and (ch.isalnum() or ch in safe): out.append(ch)
        elif ch == " ": out.append("_")
        else: out.append("".join((f"={b:02x}" if lower else f"={b:02X}") for b in ch.encode(cs)))
    return "".join(out)



def enc(s, client, subject=False):
    if s.isascii(): return s
    cs, lower, mode = "UTF-8", False, "Q"
    if client in OUTLOOKS:
        try: s.encode("iso-8859-1"); cs = "iso-8859-1"
        except UnicodeEncodeError: cs = "utf-8"
    elif client in GMAILS: mode = "B" if subject else "Q"
    elif client in ("tb", "tb-en"): lower = True
    head = ""
    if client in ("tb", "tb-en", "rc", "iphone"):   # these leave the leading ASCII words alone
        words_ = s.split(" ")
        k = 0
        while k < len(words_) and words_[k].isascii(): k += 1
        if k: head = " ".join(words_[:k]) + " "; s = " ".join(words_[k:])
    safe = "!*+-/.,:;'()?" if subject and mode == "Q" else "!*+-/"
    safe = safe.replace("?", "")
    n = 40 if mode == "Q" else 30
    chunks = [s[i:i + n] for i in range(0, len(s), n)]
    words = []
    for c in chunks:
        if mode == "B": words.append(f"=?{cs}?B?{base64.b64encode(c.encode(cs)).decode()}?=")
        else: words.append(f"=?{cs}?Q?{_q(c, lower, cs, safe)}?=")
    return head + "\n ".join(words)


def addr(client, n, e):
    if not n: return e
    if not n.isascii(): return f"{enc(n, client)} <{e}>"
    return f'"{n}" <{e}>' if any(c in n for c in ".,()@:;[]") else f"{n} <{e}>"


def _lines(text, pfx="> "): return "\n".join(pfx + l if l else pfx.rstrip() for l in text.split("\n"))


# ---------------------------------------------------------------- quoting as each client writes it
def quote_of(client, q, lang, tz=MTL):
    t = q["t"].astimezone(tz); name, email = q["name"], q["email"]
    tos = "; ".join(f"{n} <{e}>" for n, e in q["to"])
    ccs = "; ".join(f"{n} <{e}>" for n, e in q["cc"])
    if client in ("olk", "owa", "olkios", "olk16", "outlookcom"):
        if lang == "fr":
            when = (f"{t.day} {MOIS[t.month - 1]} {t.year} {t:%H:%M}" if client == "olk16" else
                    f"{t:%A}, {t:%B} {t.day}, {t.year} {t.hour % 12 or 12}:{t:%M:%S} {'AM' if t.hour < 12 else 'PM'}" if client == "olkios" else fr_long(t))
            rows = [("De", f"{name} <{email}>"), ("Envoyé", when), ("À", tos)] + ([("Cc", ccs)] if ccs else []) + [("Objet", q["subj"])]
            sepw = " : "
        else:
            rows = [("From", f"{name} <{email}>"), ("Sent", en_long(t)), ("To", tos)] + ([("Cc", ccs)] if ccs else []) + [("Subject", q["subj"])]
            sepw = ": "
        sep = {"olk16": "-----Message d'origine-----\n" if lang == "fr" else "-----Original Message-----\n",
               "owa": "________________________________\n", "olkios": "________________________________\n",
               "outlookcom": "________________________________\n"}.get(client, "")
        plain = "\n\n" + sep + "\n".join(f"{k}{sepw}{v}" for k, v in rows) + "\n\n" + q["plain"]
        hrows = "<br>\n".join(f"<b>{H.escape(k)}{sepw.replace(' ', '&nbsp;', 1) if lang == 'fr' else ':'}</b> {H.escape(v)}" for k, v in rows)
        if client == "olk" or client == "olk16":
            html = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n<p class="MsoNormal">' + hrows + "</p>\n</div>\n"
                    '<p class="MsoNormal">&nbsp;</p>\n<p class="MsoNormal">' + "<br>\n".join(H.escape(l, quote=False) for l in q["plain"].split("\n")) + "</p>\n")
        else:
            html = ('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">'
                    '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">' + hrows + "</font>\n<div>&nbsp;</div>\n</div>\n<div>"
                    + "<br>\n".join(H.escape(l, quote=False) for l in q["plain"].split("\n")) + "</div>\n")
        return plain, html
    if client in GMAILS:
        if lang == "fr": attr = f"Le {JAB[t.weekday()]} {t.day} {MAB[t.month - 1]} {t.year}, à {t:%H} h {t:%M}, {name} <{email}> a écrit :"
        else: attr = f"On {en_short(t).replace(' at ', ' at ')} {name} <{email}> wrote:"
        plain = "\n\n" + attr + "\n\n" + _lines(q["plain"]) + "\n"
        html = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">' + H.escape(attr) + '<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                + "<br>\n".join(H.escape(l, quote=False) for l in q["plain"].split("\n")) + "</blockquote></div>\n")
        return plain, html
    if client in ("tb", "tb-en", "rc", "znuny"):
        if client == "tb": attr = f"Le {t:%Y-%m-%d} à {t:%H:%M}, {name} a écrit :"
        elif client == "tb-en": attr = f"On {t.month}/{t.day}/{t.year} {t.hour % 12 or 12}:{t:%M} {'AM' if t.hour < 12 else 'PM'}, {name} wrote:"
        elif client == "rc": attr = f"Le {t:%Y-%m-%d %H:%M}, {name} a écrit :" if lang == "fr" else f"On {t:%Y-%m-%d %H:%M}, {name} wrote:"
        else: attr = f"{t:%d/%m/%Y %H:%M} - {name} a écrit :"
        plain = "\n\n" + attr + "\n" + _lines(q["plain"]) + "\n"
        html = ('<div class="moz-cite-prefix">' + H.escape(attr) + '<br>\n</div>\n<blockquote type="cite">'
                + "<br>\n".join(H.escape(l, quote=False) for l in q["plain"].split("\n")) + "</blockquote>\n")
        return plain, html
    if client == "iphone":
        attr = f"Le {t.day} {MAB[t.month - 1]} {t.year} à {t:%H:%M}, {name} <{email}> a écrit :"
        plain = "\n\n> " + attr + "\n> \n" + _lines(q["plain"])
        return plain, None
    if client == "ox":
        attr = f"On {t:%B} {t.day}, {t.year} at {t.hour % 12 or 12}:{t:%M} {'AM' if t.hour < 12 else 'PM'} {name} <{email}> wrote:"
        plain = "\n\n> " + attr + "\n> \n" + _lines(q["plain"])
        html = ('<blockquote type="cite"><div>' + H.escape(attr) + '</div><div>' + "<br>".join(H.escape(l, quote=False) for l in q["plain"].split("\n")) + "</div></blockquote>")
        return plain, html
    return "\n\n" + _lines(q["plain"]), None


def html_wrap(client, body_text, quote_html="", lang="fr"):
    esc = "<br>\n".join(H.escape(l, quote=False) if l else "" for l in body_text.split("\n"))
    if client in ("olk", "olk16"):
        lg = "FR-CA" if lang == "fr" else "EN-US"
        gen = "Microsoft Word 15 (filtered medium)"
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=' +
                ("iso-8859-1" if False else "utf-8") + f'">\n<meta name="Generator" content="{gen}">\n<style><!--\n'
                '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n@font-face\n\t{font-family:Aptos;}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
                'span.EmailStyle19\n\t{mso-style-type:personal-reply;}\n--></style>\n</head>\n'
                f'<body lang="{lg}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n'
                '<p class="MsoNormal">' + esc + "</p>\n" + quote_html + "</div>\n</body>\n</html>")
    if client in ("owa", "olkios", "outlookcom"):
        return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<style type="text/css" style="display:none;"> '
                'P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, '
                'Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n' + esc + "</div>\n"
                + quote_html + "</body>\n</html>")
    if client in GMAILS:
        return '<div dir="ltr">' + esc + "</div>" + quote_html
    if client in ("tb", "tb-en"):
        return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=UTF-8">\n  </head>\n  <body>\n'
                '    <p>' + esc + "</p>\n    " + quote_html + "  </body>\n</html>")
    if client == "ox":
        return ('<!doctype html>\n<html>\n <head>\n  <meta charset="UTF-8">\n </head>\n <body>\n  <div class="default-style">\n   ' + esc +
                "\n  </div>\n  " + quote_html + "\n </body>\n</html>")
    return None


# ---------------------------------------------------------------- transport: the sender's side, then Microsoft 365 (EOP) receiving the mail
def rdns_vtl(ip): a, b, c, d = ip.split("."); return f"modemcable{int(d):03d}.{c}-{b}-{a}.mc.videotron.example"


def dkim(d, s, t, h="From:To:Subject:Date:Message-ID:References:In-Reply-To:Content-Type:MIME-Version", extra=""):
    return ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};\n\ts={s}; t={int(t.timestamp())};{extra}\n\th={h};\n\tbh={b64(32)};\n\tb={b64(192)}")


def google_hdrs(d, s, t, helo):
    ts = int(t.timestamp())
    hs = [("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d={d}; s={s}; t={ts}; x={ts + 604800}; darn={OWN};\n"
                             f"        h=to:subject:message-id:date:from:in-reply-to:references\n         :mime-version:from:to:cc:subject:date:message-id:reply-to;\n"
                             f"        bh={b64(32)};\n        b={b64(192)}"),
          ("X-Google-DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t={ts}; x={ts + 604800};\n"
                                      f"        h=to:subject:message-id:date:from:in-reply-to:references\n         :mime-version:x-gm-message-state:from:to:cc:subject:date:message-id\n"
                                      f"         :reply-to;\n        bh={b64(32)};\n        b={b64(192)}"),
          ("X-Gm-Message-State", "AOJu0Y" + b64(48))]
    if t >= datetime.datetime(2024, 12, 2, tzinfo=UTC): hs.append(("X-Gm-Gg", "ASbGnc" + b64(90)))
    hs += [("X-Google-Smtp-Source", "AGHT+I" + b64(54)),
           ("X-Received", f"by 2002:a05:{hx(4)}:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {R.randint(10 ** 9, 10 ** 10)}{lalnum(2)}-{hx(12)}mr{R.randint(10 ** 7, 10 ** 8)}{lalnum(3)}.{R.randint(1, 40)}.{int(t.timestamp() * 1000) + R.randint(0, 999)};\n        {pdt(t)}")]
    return hs


def sender_side(who, client, infra, t, orig_ip=None, xoip=None):
    """(headers written before delivery, newest first), connecting helo, ip, ptr, trailing headers)"""
    I = INFRA[infra]; helo, ip = I[0], I[1]; tail = []
    if helo == "google":
        pool = R.choice(GPOOL); k = R.randint(0, 9); helo, ip = pool[0] % k, pool[1] % k
        hops = []
        if infra == "gmail-smtp":
            hops.append(("Received", f"from [192.168.1.{R.randint(100, 140)}] ({orig_ip.replace('.', '-')}.static.m247-hosting.example [{orig_ip}])\n"
                                     f"        by smtp.gmail.com with ESMTPSA id {hx(16)}sm{R.randint(10 ** 6, 10 ** 7)}.{R.randint(10, 99)}.{t.astimezone(PAC).year}.{t.astimezone(PAC).month:02d}.{t.astimezone(PAC).day:02d}\n"
                                     f"        for <{me.email}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {pdt(t)}"))
        else:
            hops.append(("Received", f"by {helo} with SMTP id {hx(10)}-{hx(11)}so{R.randint(10 ** 6, 10 ** 8)}{lalnum(2)}.{R.randint(1, 3)}\n"
                                     f"        for <{me.email}>; {pdt(t + secs(1, 2))}"))
        return hops + google_hdrs(I[2], I[3], t, helo), helo, ip, helo, tail
    if infra == "vtl-sieve":
        return [("Received", f"from imap3.affaires.videotron.example (imap3.affaires.videotron.example [10.10.4.31])\n\tby relais-ob2.videotron.example (Postfix) with ESMTPS id 4X{alnum(8)}\n"
                             f"\tfor <{me.email}>; {rfcz(t + secs(1, 2))}"), dkim(CPA, "vtaff2023", t, h="From:To:Subject:Date:Message-ID:In-Reply-To:References:Auto-Submitted")], helo, ip, helo, tail
    if infra == "list-aqcp":
        oh = {"gmail.com": "mail-qt1-f181.google.com [209.85.160.181]"}.get(who.dom, f"mail-{R.choice(('yqbcan01', 'ytocan01'))}on2{R.randint(100, 130)}.outbound.protection.outlook.com [40.107.116.{R.randint(60, 130)}]")
        return [("Received", f"from listes.aqcp.example (localhost [IPv6:::1])\n\tby listes.aqcp.example (Postfix) with ESMTP id {HX(10)};\n\t{rfc(t + secs(2, 5), MTL)}"),
                ("Received", f"from {oh.split(' ')[0]} ({oh})\n\tby listes.aqcp.example (Postfix) with ESMTPS id {HX(10)}\n\tfor <gestion@listes.aqcp.example>; {rfc(t + secs(1, 2), MTL)}"),
                ("ARC-Seal", f"i=1; a=rsa-sha256; d=listes.aqcp.example; s=arc2023; t={int(t.timestamp())}; cv=none;\n\tb={b64(180)}"),
                ("ARC-Authentication-Results", f"i=1; listes.aqcp.example;\n\tdkim=pass header.d={who.dom if who.dom != 'gmail.com' else 'gmail.com'};\n\tspf=pass smtp.mailfrom={who.dom};\n\tdmarc=pass header.from={who.dom}"),
                dkim(who.dom, "selector1" if who.dom != "gmail.com" else "20230601", t)], helo, ip, helo, tail
    if infra in ("vtl", "vtl-web"):
        hops = [("Received", f"from smtp.affaires.videotron.example (smtp4.affaires.videotron.example [10.10.4.22])\n\tby relais-ob2.videotron.example (Postfix) with ESMTPS id 4X{alnum(8)}\n"
                             f"\tfor <{me.email}>; {rfcz(t + secs(1, 3))}")]
        if infra == "vtl":
            hops.append(("Received", f"from {who.pc} ({rdns_vtl(who.ip)} [{who.ip}])\n\t(Authenticated sender: {who.email})\n\tby smtp.affaires.videotron.example (Postfix) with ESMTPSA id 4X{alnum(8)}\n"
                                     f"\tfor <{me.email}>; {rfcz(t)}"))
        else:
            hops.append(("Received", f"from webmail.affaires.videotron.example (webmail3.affaires.videotron.example [10.10.4.61])\n\t(Authenticated sender: {who.email})\n"
                                     f"\tby smtp.affaires.videotron.example (Postfix) with ESMTPSA id 4X{alnum(8)}\n\tfor <{me.email}>; {rfcz(t)}"))
            hops.append(("Received", f"from [{xoip}]\n\tby webmail.affaires.videotron.example\n\twith HTTP (HTTP/1.1 POST); {rfc(t, MTL)}"))
        hops.append(dkim(CPA, "vtaff2023", t))
        hops += [("X-VR-SPAMSTATE", "OK"), ("X-VR-SPAMSCORE", "-100"), ("X-VR-SPAMCAUSE", "gggruggvucftvghtrhhoucdtuddrgeeftddr" + lalnum(56))]
        return hops, helo, ip, helo, tail
    if infra.startswith("exo") or infra in ("hotmail", "outlookcom"):
        host = who.host or "YT3P288MB0219"; reg = "CANP288" if "P288" in host else "CANPRD01"
        host2 = host[:-4] + str(R.randint(1000, 9999))
        d = INFRA[infra][2]; s = INFRA[infra][3]
        hops = [("Received", f"from {host}.{reg}.PROD.OUTLOOK.COM ({v6()}) by\n {host2}.{reg}.PROD.OUTLOOK.COM ({v6()}) with Microsoft SMTP Server (version=TLS1_2,\n"
                             f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {build(t)}; {eopt(t + secs(1, 2))}"),
                ("Received", f"from {host}.{reg}.PROD.OUTLOOK.COM\n ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {host}.{reg}.PROD.OUTLOOK.COM\n"
                             f" ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%{R.randint(3, 7)}]) with mapi id {build(t)}; {eopt(t)}"),
                ("ARC-Seal", f"i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={b64(250)}"),
                ("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n"
                                          f" h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n"
                                          f" bh={b64(32)};\n b={b64(250)}"),
                ("ARC-Authentication-Results", f"i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom={who.dom}; dmarc=pass action=none\n header.from={who.dom}; dkim=pass header.d={who.dom}; arc=none"),
                dkim(d, s, t, h="From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck")]
        return hops, helo, ip, helo, tail
    if infra == "cpanel-itl":
        hops = [("Received", f"from [{who.ip}] (port={R.randint(50000, 65000)} helo=[{who.pc}])\n\tby cp12.hebergementweb-qc.example with esmtpsa  (TLS1.3) tls TLS_AES_128_GCM_SHA256\n"
                             f"\t(Exim 4.98)\n\t(envelope-from <{who.email}>)\n\tid 1t{alnum(4)}-0000000{alnum(3)}-{alnum(2)}\n\tfor {me.email};\n\t{rfc(t, MTL)}"),
                dkim(ITL, "default", t, h="Content-Transfer-Encoding:Content-Type:In-Reply-To:From:References:To:\n\tSubject:MIME-Version:Date:Message-ID:Sender:Reply-To:Cc:Content-ID:\n\tContent-Description:Resent-Date:Resent-From:Resent-Sender:Resent-To:Resent-Cc:\n\tResent-Message-ID:List-Id:List-Help:List-Unsubscribe:List-Subscribe:List-Post:\n\tList-Owner:List-Archive")]
        tail = [("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
                ("X-AntiAbuse", "Primary Hostname - cp12.hebergementweb-qc.example"), ("X-AntiAbuse", f"Original Domain - {OWN}"),
                ("X-AntiAbuse", "Originator/Caller UID/GID - [47 12] / [47 12]"), ("X-AntiAbuse", f"Sender Address Domain - {ITL}"),
                ("X-Get-Message-Sender-Via", f"cp12.hebergementweb-qc.example: authenticated_id: {who.email}"),
                ("X-Authenticated-Sender", f"cp12.hebergementweb-qc.example: {who.email}"), ("X-Source", ""), ("X-Source-Args", ""), ("X-Source-Dir", "")]
        return hops, helo, ip, helo, tail
    if infra == "znuny-itl":
        return [("Received", f"from helpdesk.infotechlaurentides.example (localhost [127.0.0.1])\n\tby helpdesk.infotechlaurentides.example (Postfix) with ESMTP id {HX(10)}\n"
                             f"\tfor <{me.email}>; {rfcz(t)}"), dkim(ITL, "znuny", t)], helo, ip, helo, tail
    if infra == "trdesk":
        return [("Received", f"from app02.support.telereclam.example (app02.support.telereclam.example [10.40.2.12])\n\tby mta1.telereclam.example (Postfix) with ESMTP id {HX(10)}\n"
                             f"\tfor <{me.email}>; {rfcz(t)}"), dkim(TRC, "tr2024", t)], helo, ip, helo, tail
    if infra.startswith("ses"):
        d, s = INFRA[infra][2], INFRA[infra][3]
        return [dkim(d, s, t, h="Content-Type:From:To:Subject:Message-ID:Date:MIME-Version"),
                dkim("amazonses.example", "224i4yxa5dv7c2xz3womw6peuasteono", t, h="Content-Type:From:To:Subject:Message-ID:Date:MIME-Version:Feedback-ID"),
                ("Feedback-ID", f"::1.us-east-1.{b64(33)}=:AmazonSES"), ("X-SES-Outgoing", f"{t.astimezone(UTC):%Y.%m.%d}-{ip}")], helo, ip, helo, tail
    if infra == "sg-rdv":
        return [("Received", f"by filterdrecv-{hx(10)}-{lalnum(5)} with SMTP id filterdrecv-{hx(10)}-{lalnum(5)}-1-{HX(8)}-{R.randint(1, 40)}\n        {eopt(t + secs(1, 2))}"),
                ("Received", f"from MTI{alnum(10)} (unknown)\n\tby geopod-ismtpd-{R.randint(1, 40)} (SG) with HTTP\n\tid {b64u(16)}\n\tfor <{me.email}>;\n\t{eopt(t)}"),
                dkim("rdvpro.example", "s1", t, h="from:mime-version:subject:to:cc:content-type:from:subject:to"),
                ("X-SG-EID", b64(90)), ("X-SG-ID", b64(60))], helo, ip, helo, tail
    if infra == "mg-pxp":
        return [("Received", f"by {hx(16)} with HTTP id {hx(24)}; {eopt(t)}"), dkim(PXP, "pic", t, h="Content-Type: Mime-Version: Subject: From: To: Date: Message-Id: Sender"),
                ("X-Mailgun-Sid", b64(30)), ("Sender", f"avis=payexpress.example@mg.{PXP}")], helo, ip, helo, tail
    if infra.startswith("mc-"):
        d, s = INFRA[infra][2], INFRA[infra][3]
        return [("Received", f"from localhost (localhost [127.0.0.1])\n\tby {helo} (Mailchimp) with ESMTP id 4X{alnum(8)}\n\tfor <{me.email}>; {eopt(t)}"),
                dkim(d, s, t, h="Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:Content-Type:MIME-Version:CC"),
                dkim("mcsv.example", "k3", t, h="Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:Content-Type:MIME-Version")], helo, ip, helo, tail
    if infra in ("courriersur", "docusign", "interac", "rq", "hydro", "vtl-bill"):
        d, s = INFRA[infra][2], INFRA[infra][3]
        inner = {"courriersur": "portal-app04.courriersur.example [10.2.0.34]", "docusign": f"docusign.net [10.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}]",
                 "interac": "notif-app2.payments.interac.example [10.20.7.12]", "rq": "avis-app1.revenuquebec.example [10.142.3.19]",
                 "hydro": "facturation-batch3.hydroquebec.example [10.31.4.88]", "vtl-bill": "ebill2.videotron.example [10.55.2.40]"}[infra]
        return [("Received", f"from {inner.split(' ')[0]} ({inner})\n\tby {helo} (Postfix) with ESMTP id {HX(10)}\n\tfor <{me.email}>; {rfcz(t)}"),
                dkim(d, s, t)], helo, ip, helo, tail
    if infra == "msft-q":
        return [("Received", f"from YT3PR01MB{R.randint(1000, 9999)}.CANPRD01.PROD.OUTLOOK.COM ({v6()}) by\n YT3PR01MB{R.randint(1000, 9999)}.CANPRD01.PROD.OUTLOOK.COM with Microsoft SMTP Server id {build(t)}; {eopt(t)}"),
                dkim("messaging.microsoft.com", "selector1", t)], helo, ip, helo, tail
    if infra == "godaddy-plomb":
        return [("Received", f"from smtpclient.apple ([{who.ip}])\n\tby :SMTPAUTH: with ESMTPSA\n\tid {alnum(22)}; {rfc(t, ZoneInfo('America/Phoenix'))}")], helo, ip, helo, tail
    if infra.startswith("scan-"):
        return [], helo, ip, "static-" + ip.replace(".", "-") + ".business.videotron.example", tail
    if infra == "look-nms":
        return [("Received", f"from NEW-01.privateemail.example (localhost [127.0.0.1])\n\tby NEW-01.privateemail.example (Postfix) with ESMTP id 4X{alnum(8)};\n\t{rfc(t + secs(1, 2), UTC)}"),
                ("Received", f"from APP-05 (unknown [10.50.14.{R.randint(2, 250)}])\n\tby NEW-01.privateemail.example (Postfix) with ESMTPA;\n\t{rfc(t, UTC)}"),
                dkim(INFRA[infra][2], "default", t)], helo, ip, helo, tail
    if infra == "look-brk":
        return [("Received", f"from [{orig_ip}] (port={R.randint(50000, 65000)} helo=[192.168.1.{R.randint(2, 99)}])\n\tby mail.belangerroy-assurance.example with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
                             f"\t(Exim 4.96)\n\t(envelope-from <{who.email}>)\n\tid 1t{alnum(4)}-000{alnum(3)}-{alnum(2)}\n\tfor {me.email};\n\t{rfc(t, UTC)}"),
                dkim(INFRA[infra][2], "mail", t)], helo, ip, helo, tail
    if infra == "fake-vm":
        return [("Received", f"from [127.0.0.1] (port={R.randint(40000, 60000)} helo=webmail.excavationfortin.example)\n\tby server.excavationfortin.example with esmtpa (Exim 4.96.2)\n"
                             f"\t(envelope-from <{who.email}>)\n\tid 1t{alnum(4)}-00{alnum(4)}-{alnum(2)}\n\tfor {me.email};\n\t{rfc(t, ZoneInfo('America/Chicago'))}"),
                dkim(INFRA[infra][2], "default", t)], helo, ip, helo, tail
    if infra == "fake-pharma":
        return [("Received", f"from User (unknown [{orig_ip}])\n\tby static.88-198-41-206.clients.your-server.example (Postfix) with ESMTPA id {HX(10)};\n\t{rfc(t, UTC)}")], helo, ip, helo, tail
    raise SystemExit("unknown infra " + infra)


SPF_OVERRIDE = {"fake-pharma": "softfail", "godaddy-plomb": "pass"}


def eop(who, infra, t, fromdom, lang, orig_ip=None, xoip=None, client=None, auth=None, env=None):
    """Microsoft 365 receiving: (headers above the message headers, headers appended after them, arrival time)"""
    hops, helo, ip, ptr, tail = sender_side(who, client, infra, t, orig_ip, xoip)
    I = INFRA[infra]
    t0 = t + secs(2, 20); t1 = t0 + secs(0, 1); t2 = t1 + secs(0, 1); t3 = t2 + secs(0, 1)
    pepf, ca = R.choice(MYPEPF), R.choice(MYCA)
    mfdom = I[4] or (env.split("@")[1] if env else fromdom)
    spf = SPF_OVERRIDE.get(infra, "pass")
    if auth is None:
        dk = I[2]
        aligned = (dk and (fromdom == dk or fromdom.endswith("." + dk) or dk.endswith("." + fromdom))) or (spf == "pass" and (mfdom == fromdom or mfdom.endswith("." + fromdom)))
        parts = [f"spf={spf} (sender IP is {ip})\n smtp.mailfrom={mfdom}",
                 f"dkim=pass (signature was verified)\n header.d={dk}" if dk else "dkim=none (message not signed)\n header.d=none"]
        if aligned: dm, ca_ = "pass action=none", "pass reason=100"
        elif I[5] is None: dm, ca_ = "none action=none", ("pass reason=109" if spf == "pass" else "softpass reason=201")
        else: dm, ca_ = "fail action=none", "softpass reason=201"
        auth = "; ".join(parts) + f";dmarc={dm}\n header.from={fromdom};compauth={ca_}"
    spfl = {"pass": f"Pass (protection.outlook.com: domain of {mfdom} designates {ip} as permitted sender)",
            "softfail": f"SoftFail (protection.outlook.com: domain of transitioning {mfdom} discourages use of {ip} as permitted sender)"}[spf]
    top = [("Received", f"from {me.host}.CANPRD01.PROD.OUTLOOK.COM ({v6()}) by\n YT2PR01MB9023.CANPRD01.PROD.OUTLOOK.COM with HTTPS; {eopt(t3)}"),
           ("Received", f"from {ca}.CANPRD01.PROD.OUTLOOK.COM ({v6()})\n by {me.host}.CANPRD01.PROD.OUTLOOK.COM ({v6()}) with\n Microsoft SMTP Server (version=TLS1_2,\n"
                        f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {build(t)}; {eopt(t2)}"),
           ("Received", f"from {pepf}.CANPRD01.PROD.OUTLOOK.COM\n (2603:10b6:{hx(3)}:{hx(2)}:cafe::{hx(2)}) by {ca}.outlook.office365.com\n ({v6()}) with Microsoft SMTP Server (version=TLS1_3,\n"
                        f" cipher=TLS_AES_256_GCM_SHA384) id {build(t)} via Frontend\n Transport; {eopt(t1)}"),
           ("Authentication-Results", auth),
           ("Received-SPF", f"{spfl}\n receiver=protection.outlook.com; client-ip={ip}; helo={helo}; pr=C"),
           ("Received", f"from {helo} ({ip}) by\n {pepf}.mail.protection.outlook.com (10.167.{R.randint(240, 255)}.{R.randint(2, 250)}) with Microsoft SMTP Server\n"
                        f" (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id {build(t)} via Frontend Transport; {eopt(t0)}")] + hops
    nid = ruuid(); u0 = t0.astimezone(UTC)
    stamp = f"{u0:%d %b %Y %H:%M:%S}.{R.randint(1000, 9999)} (UTC)"
    sfs = "".join(f"({R.choice(['13230040', '82310400026', '1800799024', '376014', '8096899003', '69100299015', '35042699022', '4022899009', '7053199007'])})" for _ in range(5))
    bottom = tail + [
        ("Return-Path", f"{env or ('bounce@' + mfdom if I[4] and mfdom != fromdom else who.email)}"),
        ("X-MS-Exchange-Organization-ExpirationStartTime", stamp), ("X-MS-Exchange-Organization-ExpirationStartTimeReason", "OriginalSubmit"),
        ("X-MS-Exchange-Organization-ExpirationInterval", "1:00:00:00.0000000"), ("X-MS-Exchange-Organization-ExpirationIntervalReason", "OriginalSubmit"),
        ("X-MS-Exchange-Organization-Network-Message-Id", nid), ("X-EOPAttributedMessage", "0"), ("X-EOPTenantAttributedMessage", f"{TENANT[OWN]}:0"),
        ("X-MS-Exchange-Organization-MessageDirectionality", "Incoming"), ("X-MS-PublicTrafficType", "Email"),
        ("X-MS-TrafficTypeDiagnostic", f"{pepf}:EE_|{me.host}:EE_"), ("X-MS-Exchange-Organization-AuthSource", f"{pepf}.CANPRD01.PROD.OUTLOOK.COM"),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"), ("X-MS-Office365-Filtering-Correlation-Id", ruuid()),
        ("X-MS-Exchange-Organization-SCL", "1"),
        ("X-Forefront-Antispam-Report", f"CIP:{ip};CTRY:{I[6]};LANG:{lang};SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:{helo};PTR:{ptr};CAT:NONE;SFS:{sfs};DIR:INB;"),
        ("X-MS-Exchange-CrossTenant-OriginalArrivalTime", stamp), ("X-MS-Exchange-CrossTenant-Network-Message-Id", nid),
        ("X-MS-Exchange-CrossTenant-Id", TENANT[OWN]), ("X-MS-Exchange-CrossTenant-AuthSource", f"{pepf}.CANPRD01.PROD.OUTLOOK.COM"),
        ("X-MS-Exchange-CrossTenant-AuthAs", "Anonymous"), ("X-MS-Exchange-CrossTenant-FromEntityHeader", "Internet"),
        ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", me.host),
        ("X-MS-Exchange-Transport-EndToEndLatency", f"00:00:0{R.randint(1, 4)}.{R.randint(1000000, 9999999)}"),
        ("X-MS-Exchange-Processed-By-BccFoldering", build(t)),
        ("X-Microsoft-Antispam-Mailbox-Delivery", "ucf:0;jmr:0;auth:0;dest:I;ENG:(910001)(944506478)(944626604)(920097)(930097)(3100021)(140003)(1420198);"),
        ("X-Microsoft-Antispam-Message-Info", b64(300))]
    return top, bottom, t3


def internal(who, t):
    """mail from a colleague in the same Microsoft 365 tenant"""
    t1 = t + secs(1, 3); nid = ruuid()
    top = [("Received", f"from {who.host}.CANPRD01.PROD.OUTLOOK.COM ({v6()}) by\n {me.host}.CANPRD01.PROD.OUTLOOK.COM ({v6()}) with Microsoft SMTP Server\n"
                        f" (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {build(t)}; {eopt(t1)}"),
           ("Received", f"from {who.host}.CANPRD01.PROD.OUTLOOK.COM\n ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {who.host}.CANPRD01.PROD.OUTLOOK.COM\n"
                        f" ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%{R.randint(3, 7)}]) with mapi id {build(t)}; {eopt(t)}")]
    bottom = [("X-MS-Exchange-Organization-Network-Message-Id", nid), ("X-MS-Exchange-Organization-AuthSource", f"{who.host}.CANPRD01.PROD.OUTLOOK.COM"),
              ("X-MS-Exchange-Organization-AuthAs", "Internal"), ("X-MS-Exchange-Organization-AuthMechanism", "04"),
              ("X-MS-Exchange-Organization-SCL", "-1"), ("X-MS-Exchange-Organization-MessageDirectionality", "Originating"),
              ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", me.host), ("X-MS-Exchange-Processed-By-BccFoldering", build(t)),
              ("X-Microsoft-Antispam-Mailbox-Delivery", "ucf:0;jmr:0;auth:0;dest:I;ENG:(910001)(944506478)(944626604)(920097)(930097)(140003);")]
    return top, bottom, t1


# ---------------------------------------------------------------- building one message
pending = []   # (arrival utc, seq, folder, raw, (message-id, label) or None, scenario)
seq = [0]
EXO = ("olk", "owa", "olkios", "outlookcom")
UA = {"olk16": ("X-Mailer", "Microsoft Outlook 16.0"), "tb": ("User-Agent", "Mozilla Thunderbird"), "tb-en": ("User-Agent", "Mozilla Thunderbird"),
      "rc": ("User-Agent", "Roundcube Webmail/1.6.9"), "ox": ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev70"),
      "znuny": ("X-Mailer", "Znuny Mail Service (6.5.11)"), "oe": ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931")}


def qp(data): return quopri.encodestring(data).decode("ascii")


def flow(text, width=72):
    """format=flowed as Thunderbird writes it: long lines broken at spaces, soft breaks end with a space, quote prefix repeated"""
    out = []
    for line in text.split("\n"):
        m_ = re.match(r"^((?:> ?)*)", line); pfx = m_.group(1); rest = line[len(pfx):]
        if pfx and not pfx.endswith(" "): pfx += " "
        if len(line) <= width + 6 or " " not in rest or line == "-- ":
            out.append(line); continue
        words = rest.split(" "); cur = ""
        for w in words:
            if cur and len(pfx) + len(cur) + len(w) + 1 > width:
                out.append(pfx + cur + " "); cur = w
            else: cur = (cur + " " + w) if cur else w
        out.append(pfx + cur)
    return "\n".join(out)


def textpart(client, ctype, text):
    if client in EXO or client in ("cs", "msq"):
        return [f'Content-Type: {ctype}; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable"], qp(text.encode())
    if client == "olk16":
        try: data = text.encode("iso-8859-1"); cs = "iso-8859-1"
        except UnicodeEncodeError: data = text.encode(); cs = "utf-8"
        return [f'Content-Type: {ctype};\n\tcharset="{cs}"', "Content-Transfer-Encoding: quoted-printable"], qp(data)
    if client in GMAILS:
        if text.isascii() and max(len(x) for x in text.split("\n")) < 76: return [f'Content-Type: {ctype}; charset="UTF-8"'], text
        return [f'Content-Type: {ctype}; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable"], qp(text.encode())
    if client in ("tb", "tb-en"):
        ct = f"{ctype}; charset=UTF-8; format=flowed" if ctype == "text/plain" else f"{ctype}; charset=UTF-8"
        return [f"Content-Type: {ct}", "Content-Transfer-Encoding: " + ("7bit" if text.isascii() else "8bit")], text
    if client == "rc":
        return [f"Content-Type: {ctype}; charset=UTF-8;\n format=flowed" if ctype == "text/plain" else f"Content-Type: {ctype}; charset=UTF-8",
                "Content-Transfer-Encoding: quoted-printable"], qp(text.encode())
    if client == "iphone":
        return [f"Content-Type: {ctype};\n\tcharset=utf-8", "Content-Transfer-Encoding: quoted-printable"], qp(text.encode())
    if client in ("docusign", "sg"):
        return [f"Content-Type: {ctype}; charset=utf-8", "Content-Transfer-Encoding: base64"], base64.encodebytes(text.encode()).decode().rstrip("\n")
    return [f"Content-Type: {ctype}; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable"], qp(text.encode())


def boundary(client, who, t, kind="alt", mid=None):
    if client in EXO:
        host = who.host or "YT3P288MB0219"; local = mid[1:].split("@")[0] if mid else host + HX(24)
        return ("_000_" if kind == "alt" else "_004_") + local + host + "canp_"
    if client == "olk16": return f"----=_NextPart_{'001' if kind == 'alt' else '000'}_{HX(4)}_{filetime(t) >> 32:08X}.{HX(8)}"
    if client in GMAILS: return "000000000000" + hx(14)
    if client in ("tb", "tb-en"): return "------------" + alnum(24)
    if client == "rc": return "=_" + hx(32)
    if client == "ox": return f"----=_Part_{R.randint(10000, 99999)}_{R.randint(100000, 999999)}.{int(t.timestamp() * 1000)}"
    if client == "iphone": return f"Apple-Mail-{ruuid().upper()}"
    if client == "sg": return hx(60)
    if client == "docusign": return f"----=_NextPart_{ruuid()}"
    return "=_" + hx(24)


def fname_params(name):
    if name.isascii(): return f'name="{name}"', f'filename="{name}"'
    return f'name="{enc(name, "x")}"', f"filename*=utf-8''{urlquote(name)}"


def attpart(client, name, data, ctype, t):
    np_, fp = fname_params(name)
    b = base64.encodebytes(data).decode().rstrip("\n")
    if client in EXO:
        d = t.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
        return [f"Content-Type: {ctype}; {np_}", f"Content-Description: {name if name.isascii() else enc(name, 'olk')}",
                f'Content-Disposition: attachment; {fp}; size={len(data)};\n\tcreation-date="{d}";\n\tmodification-date="{d}"',
                "Content-Transfer-Encoding: base64"], b
    if client == "olk16":
        return [f"Content-Type: {ctype};\n\t{np_}", "Content-Transfer-Encoding: base64", f"Content-Disposition: attachment;\n\t{fp}"], b
    if client in GMAILS:
        aid = "f_" + lalnum(9) + "0"
        return [f"Content-Type: {ctype}; {np_}", f"Content-Disposition: attachment; {fp}", "Content-Transfer-Encoding: base64",
                f"Content-ID: <{aid}>", f"X-Attachment-Id: {aid}"], b
    if client == "iphone":
        return [f"Content-Type: {ctype};\n\t{np_}", f"Content-Disposition: attachment;\n\t{fp}", "Content-Transfer-Encoding: base64"], b
    return [f"Content-Type: {ctype}; {np_}", f"Content-Disposition: attachment; {fp}", "Content-Transfer-Encoding: base64"], b


def build_mime(client, who, t, plain, html, atts, mid=None):
    """-> (content headers for the top level, body lines)"""
    def multipart(sub, parts, kind):
        bd = boundary(client, who, t, kind, mid)
        lines = []
        for hs, body in parts:
            lines += [f"--{bd}"] + hs + [""] + [body]
        lines.append(f"--{bd}--")
        return [f'Content-Type: multipart/{sub};\n\tboundary="{bd}"' if client in ("olk16", "iphone") else f'Content-Type: multipart/{sub}; boundary="{bd}"'], "\n".join(lines)
    if html is not None:
        core = multipart("alternative", [textpart(client, "text/plain", plain), textpart(client, "text/html", html)], "alt")
    else:
        core = textpart(client, "text/plain", plain)
    if not atts:
        return core
    parts = [core] + [attpart(client, n, d, c, t) for n, d, c in atts]
    if client == "iphone":   # Apple Mail puts the text first, then each attachment, then an empty text part
        parts.append(textpart(client, "text/plain", "\n"))
    return multipart("mixed", parts, "mixed")


def emit(who, client, t, to, cc, subj, refs, plain, html=None, atts=(), extra=(), label=None, scen=None, infra=None, env=None, frm=None,
         mid=None, tidx=None, topic=None, folder=None, irt=None, orig_ip=None, xoip=None, lang=None, no_html=False, reply_to=None,
         auth=None, fromdom=None, top_extra=(), flang=None):
    m = mid or make_mid(who, client, t)
    folder = folder or ("Sent" if who is me else "INBOX")
    lang = lang or who.lang
    fromh = frm or addr(client, who.name, who.email)
    toh = ", ".join(addr(client, n, e) for n, e in to)
    cch = ", ".join(addr(client, n, e) for n, e in cc) if cc else None
    sj = enc(subj, client, True)
    if client in EXO: date = t.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")
    else: date = t.strftime("%a, %d %b %Y %H:%M:%S %z")
    refs = list(refs or [])
    refh = (" " if client in GMAILS else "\n ").join(refs)
    irth = irt or (refs[-1] if refs else None)
    CT = ("__CT__", None)
    h = []
    if client in EXO:
        h += [("From", fromh), ("To", toh)] + ([("CC", cch)] if cch else []) + [("Subject", sj)]
        h += [("Thread-Topic", enc(topic or subj.split(": ", 1)[-1], client)), ("Thread-Index", tidx or base64.b64encode((filetime(t) >> 16).to_bytes(6, "big") + rbytes(16)).decode())]
        h += [("Date", date), ("Message-ID", m)]
        if refs: h += [("References", refh), ("In-Reply-To", irth)]
        cl = {"fr": "fr-CA", "en": "en-US"}[lang]
        h += [("Accept-Language", f"{cl}, en-US" if cl != "en-US" else "en-US, fr-CA"), ("Content-Language", cl),
              ("X-MS-Has-Attach", "yes" if atts else ""), ("X-MS-TNEF-Correlator", "")]
        if client == "olk": h.append(("msip_labels", ""))
        h += list(extra) + [CT, ("MIME-Version", "1.0")]
    elif client == "olk16":
        h += [("From", fromh), ("To", toh)] + ([("Cc", cch)] if cch else [])
        if refs: h += [("References", refh), ("In-Reply-To", irth)]
        h += [("Subject", sj), ("Date", date), ("Message-ID", m), ("MIME-Version", "1.0"), CT, UA["olk16"],
              ("Thread-Index", tidx or base64.b64encode((filetime(t) >> 16).to_bytes(6, "big") + rbytes(16)).decode()),
              ("Content-Language", "fr-ca" if lang == "fr" else "en-us")] + list(extra)
    elif client in GMAILS:
        h += [("MIME-Version", "1.0")]
        if refs: h += [("References", refh), ("In-Reply-To", irth)]
        h += [("From", fromh), ("Date", date), ("Message-ID", m), ("Subject", sj), ("To", toh)] + ([("Cc", cch)] if cch else []) + list(extra) + [CT]
    elif client in ("tb", "tb-en"):
        h += [CT, ("Message-ID", m), ("Date", date), ("MIME-Version", "1.0"), UA[client], ("Subject", sj),
              ("Content-Language", "fr" if lang == "fr" else "en-US"), ("To", toh)] + ([("Cc", cch)] if cch else [])
        if refs: h.append(("References", refh))
        h.append(("From", fromh))
        if refs: h.append(("In-Reply-To", irth))
        h += list(extra)
    elif client == "rc":
        h += [("MIME-Version", "1.0"), ("Date", date), ("From", fromh), ("To", toh)] + ([("Cc", cch)] if cch else []) + [("Subject", sj)]
        if refs: h += [("In-Reply-To", irth), ("References", refh)]
        h += [UA["rc"], ("Message-ID", m), ("X-Sender", who.email)] + list(extra) + [CT]
    elif client == "iphone":
        h += [("From", fromh), CT, ("Mime-Version", "1.0 (1.0)"), ("Subject", sj), ("Date", date), ("Message-Id", m)]
        if refs: h.append(("References", refh))
        if cch: h.append(("Cc", cch))
        if refs: h.append(("In-Reply-To", irth))
        h += [("To", toh), ("X-Mailer", "iPhone Mail (22D72)" if t.month in (3, 4, 5, 6) and t.year == 2025 else "iPhone Mail (22C161)")] + list(extra)
    elif client == "ox":
        h += [("Date", date), ("From", fromh), ("To", toh), ("Message-ID", m)]
        if refs: h += [("In-Reply-To", irth), ("References", refh)]
        h += [("Subject", sj), ("MIME-Version", "1.0"), CT, ("X-Priority", "3"), ("Importance", "Normal"), UA["ox"],
              ("X-Originating-Client", "open-xchange-appsuite")] + list(extra)
    else:  # notification systems, ticket systems, scanners
        h += [("From", fromh), ("To", toh)] + ([("Cc", cch)] if cch else []) + [("Subject", sj), ("Date", date), ("Message-ID", m)]
        if refs: h += [("In-Reply-To", irth), ("References", refh)]
        if client in UA: h.append(UA[client])
        h += list(extra) + [("MIME-Version", "1.0"), CT]
    if reply_to: h.insert(1, ("Reply-To", reply_to))
    if html is None and not no_html:
        html = html_wrap(client, plain, "", lang)
    if client in ("tb", "tb-en"): plain = flow(plain)
    cth, body = build_mime(client, who, t, plain, html, atts, m)
    hl = []
    for k, v in h:
        if k == "__CT__":
            for line in cth: hl.append(line)
        else: hl.append(f"{k}: {v}" if v != "" else f"{k}: ")
    if folder == "INBOX":
        if who.infra == "internal": top, bottom, arr = internal(who, t)
        else: top, bottom, arr = eop(who, infra or who.infra, t, fromdom or who.dom, flang or lang, orig_ip, xoip, client, auth, env)
        hl = [f"{k}: {v}" for k, v in list(top_extra) + top] + hl + [f"{k}: {v}" for k, v in bottom]
    else:
        arr = t
    raw = "\r\n".join(x.replace("\r\n", "\n").replace("\n", "\r\n") for x in hl) + "\r\n\r\n" + body.replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n"
    seq[0] += 1
    pending.append((arr.astimezone(UTC), seq[0], folder, raw, (m, label) if label else None, scen))
    return m


G = ("genuine", "genuine-reply"); GH = ("genuine", "genuine-hard"); GO = ("genuine", "genuine-orphan")
def HJ(kind): return ("hijack", kind)


class Thread:
    def __init__(s, tid, subj, partner):
        s.tid, s.subj, s.p = tid, subj, partner
        s.refs, s.last, s.recs, s.blocks, s.tbase, s.np = [], None, [], [], None, 0

    def add(s, who, text, t, label="auto", client=None, to=None, cc=None, sig=True, quote=True, subj=None, scen=None, quote_text=None,
            quote_rec=None, detached=False, qlang=None, prefix=None, **kw):
        """who replies to quote_rec (default: the last message of the thread); References follow that parent's chain"""
        client = client or who.client
        parent = quote_rec or s.last
        refs = list(parent["chain"]) if parent else []
        if label == "auto": label = G if (who is not me and refs and not detached) else None
        if label is False: label = None
        lang = qlang or who.lang
        body = text + (who.sig if sig else "")
        qp_, qh = "", ""
        if quote and parent:
            q = dict(parent)
            if quote_text is not None: q["plain"] = quote_text
            qp_, qh = quote_of(client, q, lang, tz=who.tz)
        plain = body + qp_
        if client in ("iphone", "rc", "tb-en") and "html" not in kw: kw["no_html"] = True
        html = None if kw.get("no_html") else html_wrap(client, body, qh or "", who.lang)
        if subj is None:
            if not refs: subj = s.subj
            else:
                pf = prefix or ("RE: " if client in OUTLOOKS else "Re: ")
                subj = s.subj if s.subj.lower().startswith(("re:", "re :")) else pf + s.subj
        if to is None: to = [(s.p.name, s.p.email)] if who is me else [(me.name, me.email)]
        if label == G and scen is None:
            s.np += 1; scen = (f"P-{s.tid}-{s.np}", f"in-thread reply from {who.name} in {s.tid} '{s.subj}'")
        if s.tbase is None: s.tbase = (filetime(t) >> 16).to_bytes(6, "big") + rbytes(16)
        while len(s.blocks) < len(refs): s.blocks.append(rbytes(5))
        if "tidx" not in kw: kw["tidx"] = base64.b64encode(s.tbase + b"".join(s.blocks[:len(refs)])).decode()
        if "html" in kw: html = kw.pop("html")
        kw.pop("no_html", None)
        m = emit(who, client, t, to, cc, subj, refs, plain, html=html, label=label,
                 topic=re.sub(r"^((re|tr|fw|fwd)\s?:\s*)+", "", s.subj, flags=re.I), scen=scen, no_html=html is None, **kw)
        rec = dict(t=t, name=who.name, email=who.email, plain=plain, subj=subj, to=to, cc=cc or [], chain=refs + [m], mid=m)
        if detached: return m
        s.refs = rec["chain"]; s.last = rec; s.recs.append(rec)
        return m


# ---------------------------------------------------------------- inert attachments with real container structure
def pdf_esc(s): return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines, uris=(), producer="Microsoft® Word pour Microsoft 365", when=None, zone="-05'00'", title=None):
    """one-page PDF 1.7 with Helvetica text and optional /URI link annotations (inert)"""
    when = when or "20241015091200"
    text = []
    for l in lines:
        text.append(f"({pdf_esc(l.encode('cp1252', 'replace').decode('latin-1'))}) '")
    content = ("BT /F1 10 Tf 13 TL 60 780 Td " + " ".join(text) + " ET").encode("latin-1")
    objs = ["<< /Type /Catalog /Pages 2 0 R /Lang (fr-CA) >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", None,
            f"<< /Length {len(content)} >>\nstream\n", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            f"<< /Producer ({pdf_esc(producer)}) /CreationDate (D:{when}{zone}) /ModDate (D:{when}{zone})" + (f" /Title ({pdf_esc(title)})" if title else "") + " >>"]
    annots = []
    for i, u in enumerate(uris):
        objs.append(f"<< /Type /Annot /Subtype /Link /Rect [60 {600 - 40 * i} 535 {630 - 40 * i}] /Border [0 0 0] /A << /S /URI /URI ({u}) >> >>")
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


def scanpdf(pages, model="KONICA MINOLTA bizhub C300i", when="20241015091200"):
    """scanner output: image-only pages (random JPEG-ish streams), as a multifunction printer writes them"""
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", None]
    kids = []
    for p in range(pages):
        img = b"\xff\xd8\xff\xe0" + rbytes(1400) + b"\xff\xd9"
        objs.append(f"<< /Type /XObject /Subtype /Image /Width 1700 /Height 2200 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length {len(img)} >>")
        io_ = len(objs)
        cs = f"q 612 0 0 792 0 0 cm /Im{p} Do Q".encode()
        objs.append(f"<< /Length {len(cs)} >>")
        co = len(objs)
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im{p} {io_} 0 R >> >> /Contents {co} 0 R >>")
        kids.append(len(objs)); objs[-3] = (objs[-3], img); objs[-2] = (objs[-2], cs)
    objs[1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {pages} >>"
    objs.append(f"<< /Producer ({model}) /Creator ({model}) /CreationDate (D:{when}-05'00') >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"); offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        if isinstance(o, tuple): out += f"{i} 0 obj\n{o[0]}\nstream\n".encode() + o[1] + b"\nendstream\nendobj\n"
        else: out += f"{i} 0 obj\n{o}\nendobj\n".encode()
    x = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info {len(objs)} 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return bytes(out)


def zipb(members, when=(2024, 10, 15, 9, 0, 0), encrypt=False):
    bio = io.BytesIO(); z = zipfile.ZipFile(bio, "w")
    for name, data in members:
        zi = zipfile.ZipInfo(name, date_time=when)
        if encrypt:
            zi.compress_type = zipfile.ZIP_STORED; z.writestr(zi, rbytes(12) + rbytes(len(data)))
        else:
            zi.compress_type = zipfile.ZIP_DEFLATED; z.writestr(zi, data)
    z.close(); b = bytearray(bio.getvalue())
    if encrypt:   # set the "encrypted" bit in every local and central header (traditional PKWARE encryption)
        i = 0
        while True:
            j = b.find(b"PK\x03\x04", i)
            if j < 0: break
            b[j + 6] |= 1; i = j + 4
        i = 0
        while True:
            j = b.find(b"PK\x01\x02", i)
            if j < 0: break
            b[j + 8] |= 1; i = j + 4
    return bytes(b)


def ooxml(kind, text_rows, macro=False, when=(2024, 10, 15, 9, 0, 0), author="Utilisateur"):
    """minimal but valid OOXML package: xlsx/xlsm with one sheet or docx with paragraphs"""
    ns = "http://schemas.openxmlformats.org"
    core = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="{ns}/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:creator>{H.escape(author)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">{when[0]}-{when[1]:02d}-{when[2]:02d}T{when[3]:02d}:{when[4]:02d}:00Z</dcterms:created></cp:coreProperties>')
    if kind == "docx":
        body = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{H.escape(r)}</w:t></w:r></w:p>" for r in text_rows)
        files = [("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'),
                 ("_rels/.rels", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{ns}/package/2006/relationships">'
                  f'<Relationship Id="rId1" Type="{ns}/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                  f'<Relationship Id="rId2" Type="{ns}/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
                 ("docProps/core.xml", core),
                 ("word/document.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{ns}/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>')]
        return zipb([(n, d.encode()) for n, d in files], when)
    rows = "".join(f'<row r="{i}">' + "".join(f'<c r="{chr(65 + j)}{i}" t="inlineStr"><is><t>{H.escape(str(v))}</t></is></c>' for j, v in enumerate(r)) + "</row>"
                   for i, r in enumerate(text_rows, 1))
    main = "application/vnd.ms-excel.sheet.macroEnabled.main+xml" if macro else "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "") +
          f'<Override PartName="/xl/workbook.xml" ContentType="{main}"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
    wbrels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{ns}/package/2006/relationships">'
              f'<Relationship Id="rId1" Type="{ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              + ('<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' if macro else "") + "</Relationships>")
    files = [("[Content_Types].xml", ct.encode()),
             ("_rels/.rels", (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{ns}/package/2006/relationships">'
                              f'<Relationship Id="rId1" Type="{ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                              f'<Relationship Id="rId2" Type="{ns}/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>').encode()),
             ("docProps/core.xml", core.encode()),
             ("xl/workbook.xml", (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{ns}/spreadsheetml/2006/main" '
                                  f'xmlns:r="{ns}/officeDocument/2006/relationships"><sheets><sheet name="Feuil1" sheetId="1" r:id="rId1"/></sheets></workbook>').encode()),
             ("xl/_rels/workbook.xml.rels", wbrels.encode()),
             ("xl/worksheets/sheet1.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{ns}/spreadsheetml/2006/main"><sheetData>{rows}</sheetData></worksheet>'.encode())]
    if macro:   # an OLE2 compound-file header followed by filler: a container shape only, no VBA code
        files.append(("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00" + rbytes(3000)))
    return zipb(files, when)


def jpeg(exif_make=None):
    app1 = b""
    if exif_make:
        payload = b"Exif\x00\x00MM\x00*\x00\x00\x00\x08" + exif_make.encode() + b"\x00" + rbytes(60)
        app1 = b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
    sof = b"\xff\xc0\x00\x11\x08" + struct.pack(">HH", 3024, 4032) + b"\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01"
    dqt = b"\xff\xdb\x00\x43\x00" + bytes(R.randint(1, 40) for _ in range(64))
    scan = bytes(b if b != 0xFF else 0xFE for b in rbytes(9000))
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00" + app1 + dqt + sof +
            b"\xff\xda\x00\x0c\x03\x01\x00\x02\x11\x03\x11\x00\x3f\x00" + scan + b"\xff\xd9")


def onenote_file(title):
    """OneNote 2010+ section file header GUID, then filler and a FileDataStoreObject marker (no embedded executable)"""
    hdr = bytes.fromhex("e4525c7b8cd8a74daeb15378d02996d3")
    fdso = bytes.fromhex("e716e3bd65261145a4c48d4d0b7a9eac")
    return hdr + rbytes(1024) + title.encode("utf-16-le") + rbytes(512) + fdso + struct.pack("<Q", 64) + b"inert probe placeholder".ljust(64, b"\x00") + rbytes(800)


def lnk_file(target_args):
    return (b"\x4c\x00\x00\x00\x01\x14\x02\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00\x46" + b"\xab\x00\x00\x00\x20\x00\x00\x00" + rbytes(44)
            + b"\x01\x00\x00\x00\x00\x00\x00\x00" + rbytes(12) + target_args.encode("utf-16-le") + b"\x00\x00" + rbytes(40))


def fat_image(names):
    """a tiny FAT12 disk image: boot sector with BPB and 0x55AA, FAT, a root directory listing the given 8.3 names, filler data"""
    boot = bytearray(512)
    boot[0:3] = b"\xeb\x3c\x90"; boot[3:11] = b"MSDOS5.0"
    boot[11:13] = struct.pack("<H", 512); boot[13] = 1; boot[14:16] = struct.pack("<H", 1); boot[16] = 2
    boot[17:19] = struct.pack("<H", 224); boot[19:21] = struct.pack("<H", 2880); boot[21] = 0xF0; boot[22:24] = struct.pack("<H", 9)
    boot[38] = 0x29; boot[39:43] = rbytes(4); boot[43:54] = b"FACTURE    "; boot[54:62] = b"FAT12   "; boot[510:512] = b"\x55\xaa"
    fat = b"\xf0\xff\xff" + b"\x00" * (9 * 512 - 3)
    root = bytearray(224 * 32)
    for i, (n, size) in enumerate(names):
        base, ext = n.split(".")
        root[i * 32:i * 32 + 11] = (base[:8].upper().ljust(8) + ext[:3].upper().ljust(3)).encode()
        root[i * 32 + 11] = 0x20; root[i * 32 + 26:i * 32 + 28] = struct.pack("<H", 2 + i); root[i * 32 + 28:i * 32 + 32] = struct.pack("<I", size)
    return bytes(boot) + fat + fat + bytes(root) + rbytes(24000)


# ================================================================ stand-alone notifications (sender history and a few labelled hard cases)
SCANNERS = {"laval": Pt("KM_C300i", f"scan.laval@{OWN}", "km", "scan-laval", pc="KMC300I-LAVAL"),
            "terrebonne": Pt("KM_C250i", f"scan.terrebonne@{OWN}", "km", "scan-terrebonne", pc="KMC250I-TERREBONNE"),
            "blainville": Pt("KM_C300i", f"scan.blainville@{OWN}", "km", "scan-blainville", pc="KMC300I-BLAINVILLE")}


def scan(site, t, pages, label=None, scen=None):
    dev = SCANNERS[site]; model = dev.name
    fn = f"SKM_{model[3:]}{t:%y%m%d%H%M}{R.randint(0, 9)}.pdf"
    return emit(dev, "km", t, [(me.name, me.email)], None, f"Message from {model}", [], "", no_html=True,
                atts=[(fn, scanpdf(pages, model=f"KONICA MINOLTA bizhub {model[3:]}", when=t.strftime("%Y%m%d%H%M%S")), "application/pdf")],
                label=label, scen=scen)


faxc = Pt("FaxCourriel", "recu@faxcourriel.example", "ses", "ses-fax")


def fax(t, frm_no, frm_name, pages, label=None, scen=None):
    plain = (f"Vous avez reçu une télécopie.\n\nDe : {frm_no} ({frm_name})\nÀ : 450-555-0141 (Groupe Santé Boréal – Laval)\nReçue le : {t:%Y-%m-%d %H:%M}\n"
             f"Pages : {pages}\n\nLa télécopie est jointe au format PDF. Vous pouvez aussi la consulter dans votre portail : https://portail.faxcourriel.example/recus\n\n"
             "FaxCourriel – La télécopie par courriel\nPour modifier vos avis : https://portail.faxcourriel.example/parametres")
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222"><h3 style="color:#0b5394">Nouvelle télécopie reçue</h3>'
            f'<table cellpadding="4"><tr><td><b>De</b></td><td>{frm_no} ({H.escape(frm_name)})</td></tr><tr><td><b>À</b></td><td>450-555-0141</td></tr>'
            f'<tr><td><b>Reçue le</b></td><td>{t:%Y-%m-%d %H:%M}</td></tr><tr><td><b>Pages</b></td><td>{pages}</td></tr></table>'
            '<p>La télécopie est jointe au format PDF. <a href="https://portail.faxcourriel.example/recus">Ouvrir le portail</a></p>'
            '<p style="font-size:11px;color:#888">FaxCourriel – <a href="https://portail.faxcourriel.example/parametres">Modifier vos avis</a></p></body></html>')
    fn = f"fax_{frm_no.replace('-', '')}_{t:%Y%m%d-%H%M}.pdf"
    return emit(faxc, "ses", t, [(me.name, me.email)], None, f"Télécopie reçue de {frm_no} ({pages} page{'s' if pages > 1 else ''})", [], plain, html=html,
                atts=[(fn, scanpdf(pages, model="FaxCourriel T.38 gateway", when=t.strftime("%Y%m%d%H%M%S")), "application/pdf")], label=label, scen=scen)


rdv = Pt("RendezVousPro", "notifications@rdvpro.example", "sg", "sg-rdv")
SERVICES = ["Physiothérapie – évaluation initiale", "Physiothérapie – traitement", "Kinésiologie – suivi", "Ostéopathie", "Massothérapie 60 min",
            "Physiothérapie périnéale – évaluation", "Ergothérapie – évaluation"]
SITES = ["Laval", "Terrebonne", "Blainville"]


def rdv_note(t, kind):
    site = R.choice(SITES); svc = R.choice(SERVICES)
    when = (t + datetime.timedelta(days=R.randint(1, 12))).replace(hour=R.choice((8, 9, 10, 11, 13, 14, 15, 16, 17)), minute=R.choice((0, 15, 30, 45)))
    who_ = R.choice(["M. B.", "Mme L.", "Mme T.", "M. D.", "Mme G.", "M. R.", "Mme P.", "M. N."])
    tok = b64u(24)
    link = f"https://url4410.rdvpro.example/ls/click?upn={b64u(90)}"
    if kind == "new":
        subj = f"Nouvelle réservation en ligne – {site} – {when:%Y-%m-%d %H:%M} ({svc.split(' –')[0]})"
        intro = f"Une nouvelle réservation a été faite en ligne pour la clinique de {site}."
    elif kind == "cancel":
        subj = f"Annulation – {site} – {when:%Y-%m-%d %H:%M}"
        intro = f"Un rendez-vous a été annulé par le client (moins de 24 h d'avis : {'oui' if R.random() < 0.3 else 'non'})."
    else:
        subj = f"Résumé quotidien – {t:%Y-%m-%d} – Groupe Santé Boréal"
        intro = (f"Résumé des réservations en ligne d'hier : {R.randint(12, 41)} nouvelles réservations, {R.randint(1, 9)} annulations, "
                 f"{R.randint(0, 4)} absences signalées.")
    plain = (f"{intro}\n\nClient : {who_}\nService : {svc}\nDate : {when:%Y-%m-%d à %H:%M}\nClinique : {site}\n\nVoir dans l'agenda : {link}\n\n"
             "RendezVousPro – Logiciel de réservation pour cliniques\nVous recevez ce courriel parce que vous êtes administratrice du compte Groupe Santé Boréal.\n"
             f"Gérer les avis : https://app.rdvpro.example/parametres/notifications?t={tok}")
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head><body style="margin:0;background:#f4f6f8">'
            '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="560" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">'
            '<tr><td style="background:#1a7f8e;padding:14px 20px"><img src="https://cdn.rdvpro.example/img/logo-blanc.png" alt="RendezVousPro" height="26"></td></tr>'
            f'<tr><td style="padding:20px"><p>{H.escape(intro)}</p><table cellpadding="3"><tr><td><b>Client</b></td><td>{who_}</td></tr>'
            f'<tr><td><b>Service</b></td><td>{H.escape(svc)}</td></tr><tr><td><b>Date</b></td><td>{when:%Y-%m-%d %H:%M}</td></tr><tr><td><b>Clinique</b></td><td>{site}</td></tr></table>'
            f'<p><a href="{link}" style="background:#1a7f8e;color:#fff;padding:9px 16px;text-decoration:none;border-radius:4px">Voir dans l\'agenda</a></p></td></tr>'
            f'<tr><td style="padding:12px 20px;font-size:11px;color:#888">RendezVousPro – <a href="https://app.rdvpro.example/parametres/notifications?t={tok}">Gérer les avis</a></td></tr>'
            f'</table></td></tr></table><img src="https://url4410.rdvpro.example/wf/open?upn={b64u(60)}" alt="" width="1" height="1" border="0"></body></html>')
    return emit(rdv, "sg", t, [(me.name, me.email)], None, subj, [], plain, html=html, extra=[("X-Entity-Ref-ID", ruuid())])


trrep = Pt("TéléRéclam – Rapports", "rapports@telereclam.example", "ses", "ses-tr")


def tr_report(t, lot):
    n = R.randint(140, 390); amt = R.randint(18000, 52000) + R.randint(0, 99) / 100
    plain = (f"Bonjour,\n\nLe rapport de paiement du lot {lot} pour le client TR-10488 (Groupe Santé Boréal) est disponible.\n\n"
             f"Réclamations payées : {n}\nMontant total versé : {amt:,.2f} $".replace(",", " ") +
             f"\nRejets : {R.randint(0, 7)}\n\nLe rapport détaillé est joint au format PDF et disponible dans votre portail : https://portail.telereclam.example/rapports/{lot}\n\n"
             "TéléRéclam – Transmission électronique des réclamations\nCe courriel est généré automatiquement, merci de ne pas y répondre.")
    return emit(trrep, "ses", t, [(me.name, me.email)], None, f"Rapport de paiement – lot {lot} – TR-10488", [], plain,
                atts=[(f"RapportPaiement_TR-10488_{lot}.pdf", pdf([f"TeleReclam - Rapport de paiement - lot {lot}", "Client TR-10488 Groupe Sante Boreal",
                                                                   f"Reclamations payees: {n}", f"Total: {amt:.2f} $"], producer="JasperReports Library version 6.20.6",
                                                                  when=t.strftime("%Y%m%d%H%M%S")), "application/pdf")])


pxn = Pt("PayeXpress", "avis@payexpress.example", "mg", "mg-pxp")


def paie(t, d, label=None, scen=None):
    pid = R.randint(100000, 999999)
    plain = (f"Bonjour Geneviève,\n\nLa paie du {d:%Y-%m-%d} (période {(d - datetime.timedelta(days=20)):%Y-%m-%d} au {(d - datetime.timedelta(days=7)):%Y-%m-%d}) "
             f"du Groupe Santé Boréal inc. a été traitée. Les dépôts seront dans les comptes des employés le {d:%Y-%m-%d}.\n\n"
             f"Employés payés : {R.randint(31, 37)}\nRegistre de paie et sommaire des retenues : https://portail.payexpress.example/employeur/paies/{pid}\n\n"
             "PayeXpress inc. – Service de la paie\nCe message est envoyé automatiquement. Pour nous joindre : 1 866 555-0190.")
    html = ('<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px"><p>Bonjour Geneviève,</p>'
            f'<p>La paie du <b>{d:%Y-%m-%d}</b> du Groupe Santé Boréal inc. a été traitée.</p>'
            f'<p><a href="https://portail.payexpress.example/employeur/paies/{pid}">Consulter le registre de paie</a></p>'
            '<p style="color:#777;font-size:12px">PayeXpress inc. – Service de la paie<br>Ce message est envoyé automatiquement.</p></body></html>')
    return emit(pxn, "mg", t, [(me.name, me.email)], None, f"PayeXpress – La paie du {d:%Y-%m-%d} a été traitée", [], plain, html=html, label=label, scen=scen)


ordre = Pt("Ordre des physiothérapeutes – Infolettre", "infolettre@ordrephysio.example", "mc", "mc-ordre")
nmsnews = Pt("Northshore Medical Supply", "news@northshoremedical.example", "mc", "mc-nms", lang="en")


def newsletter(who, t, subj, paras, links):
    unsub = f"https://ordrephysio.us21.list-manage.example/unsubscribe?u={hx(25)}&id={hx(10)}&e={hx(10)}" if who is ordre else \
        f"https://northshoremedical.us14.list-manage.example/unsubscribe?u={hx(25)}&id={hx(10)}&e={hx(10)}"
    plain = "\n\n".join(paras) + "\n\n" + "\n".join(f"{a} : {u}" for a, u in links) + f"\n\n============================================================\nSe désabonner / Unsubscribe : {unsub}"
    html = ('<!doctype html><html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{H.escape(subj)}</title></head><body style="margin:0;padding:0;background:#fafafa"><center><table width="600" style="background:#fff;font-family:Georgia,serif">'
            + "".join(f"<tr><td style=\"padding:10px 24px\">{H.escape(p)}</td></tr>" for p in paras)
            + "".join(f'<tr><td style="padding:4px 24px"><a href="https://{who.dom.split(".")[0]}.us21.list-manage.example/track/click?u={hx(25)}&id={hx(10)}&e={hx(10)}">{H.escape(a)}</a></td></tr>' for a, u in links)
            + f'<tr><td style="padding:20px;font-size:11px;color:#777"><a href="{unsub}">Se désabonner</a></td></tr></table></center>'
            f'<img src="https://{who.dom.split(".")[0]}.us21.list-manage.example/track/open.php?u={hx(25)}&id={hx(10)}&e={hx(10)}" height="1" width="1"></body></html>')
    extra = [("Reply-To", f"{who.name} <{who.email}>"), ("List-Unsubscribe", f"<{unsub}>, <mailto:unsubscribe-mc.us21_{hx(20)}@unsubscribe.mailchimpapp.example>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("X-Mailer", f"Mailchimp Mailer - **CID{hx(20)}**"), ("X-Campaign", f"mailchimp{hx(20)}.{hx(10)}"),
             ("X-campaignid", f"mailchimp{hx(20)}.{hx(10)}"), ("X-Report-Abuse", "Please report abuse for this campaign here: https://mailchimp.example/contact/abuse/"),
             ("Feedback-ID", f"21:21.{R.randint(1000000, 9999999)}:us21:mc"), ("List-ID", f"{hx(25)}mc list <{hx(25)}.{R.randint(100000, 999999)}.list-id.mcsv.example>"),
             ("X-Accounttype", "pd"), ("Precedence", "bulk")]
    return emit(who, "mc", t, [(me.name, me.email)], None, subj, [], plain, html=html, extra=extra, flang="fr" if who is ordre else "en")


hydro = Pt("Hydro-Québec", "facture@hydroquebec.example", "gen", "hydro")
vtlb = Pt("Vidéotron Affaires", "facturation@affaires.videotron.example", "gen", "vtl-bill")
msq = Pt("Microsoft 365 security", "quarantine@messaging.microsoft.com", "msq", "msft-q", lang="fr")
rq = Pt("Revenu Québec", "ne-pas-repondre@revenuquebec.example", "gen", "rq")
interac = Pt("Virement INTERAC", "notify@payments.interac.example", "gen", "interac")


def bill(who, t, subj, plain, html):
    return emit(who, "gen", t, [(me.name, me.email)], None, subj, [], plain, html=html)


def quarantine(t, items, label=None, scen=None):
    rows = "\n".join(f"Expéditeur : {a}\nObjet : {s}\nDate : {d}\n" for a, s, d in items)
    plain = (f"Vous avez {len(items)} nouveau(x) message(s) en quarantaine.\n\nConsultez ces messages dans les 30 jours suivant leur réception pour les libérer "
             "ou les bloquer.\n\n" + rows + "\nExaminer les messages : https://security.microsoft.com/quarantine?viewid=Email\n\n"
             "Message généré automatiquement par Microsoft 365. Notification de courrier indésirable pour Groupe Santé Boréal inc.")
    html = ('<html><body style="font-family:Segoe UI,Tahoma,sans-serif;font-size:14px"><div style="border-left:4px solid #0078d4;padding-left:12px">'
            f"<h2>Vous avez {len(items)} nouveau(x) message(s) en quarantaine</h2>"
            + "".join(f"<p><b>Expéditeur :</b> {H.escape(a)}<br><b>Objet :</b> {H.escape(s)}<br><b>Date :</b> {d}</p>" for a, s, d in items)
            + '<p><a href="https://security.microsoft.com/quarantine?viewid=Email">Examiner les messages</a></p></div></body></html>')
    return emit(msq, "msq", t, [(me.name, me.email)], None, "Microsoft 365 security : vous avez des messages en quarantaine", [], plain, html=html,
                extra=[("X-MS-Exchange-Organization-AuthAs", "Internal")], label=label, scen=scen)


# ---------------------------------------------------------------- mailing list of the clinic managers' association (Mailman 3, plain text, footer)
LIST = ("AQCP-gestion", "gestion@listes.aqcp.example")
FOOT = ("\n_______________________________________________\nAQCP-gestion -- gestion@listes.aqcp.example\n"
        "Pour vous désabonner : gestion-leave@listes.aqcp.example\nArchives : https://listes.aqcp.example/hyperkitty/list/gestion@listes.aqcp.example/")
sylvie = Pt("Sylvie Beaulieu", "sbeaulieu@physiorepentigny.example", "olk", "list-aqcp",
            "\n\nSylvie Beaulieu\nDirectrice des opérations\nPhysio Repentigny\n450 555-0177", host="YT4PR01MB3316")
patrick = Pt("Patrick Nadeau", "patrick.nadeau.gestion@gmail.com", "gmail", "list-aqcp", "\n\nPatrick Nadeau\nKinéSanté Sherbrooke")
isabelle = Pt("Isabelle Fortier", "ifortier@cliniquemouvement.example", "olk", "list-aqcp",
              "\n\nIsabelle Fortier\nGestionnaire\nClinique Mouvement (Québec)", host="YQBPR01MB7012")
andre = Pt("André Villeneuve", "a.villeneuve@physiojoliette.example", "tb", "list-aqcp", "\n\n-- \nAndré Villeneuve\nPhysio Santé Joliette")
REWRITE = {"cliniquemouvement.example"}   # p=reject: Mailman rewrites From


def list_post(who, t, subj, text, parent=None, label=None, scen=None):
    refs = []
    if parent: refs = parent["refs"] + [parent["mid"]]
    body = text + who.sig
    if parent:
        qp_, _ = quote_of(who.client, dict(t=parent["t"], name=parent["name"], email=parent["email"], plain=parent["plain"], subj=parent["subj"],
                                           to=[LIST], cc=[]), who.lang)
        body += qp_
    plain = body + FOOT
    hsh = "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(32))
    extra = [("Message-ID-Hash", hsh), ("X-Message-ID-Hash", hsh), ("X-MailFrom", who.email),
             ("X-Mailman-Rule-Misses", "dmarc-mitigation; no-senders; approved; loop; banned-address; emergency; member-moderation; nonmember-moderation; "
                                       "administrivia; implicit-dest; max-recipients; max-size; news-moderation; no-subject; digests; suspicious-header"),
             ("X-Mailman-Version", "3.3.9"), ("Precedence", "list"), ("List-Id", "Gestion des cliniques - AQCP <gestion.listes.aqcp.example>"),
             ("Archived-At", f"<https://listes.aqcp.example/hyperkitty/list/gestion@listes.aqcp.example/message/{hsh}/>"),
             ("List-Archive", "<https://listes.aqcp.example/hyperkitty/list/gestion@listes.aqcp.example/>"),
             ("List-Help", "<mailto:gestion-request@listes.aqcp.example?subject=help>"), ("List-Owner", "<mailto:gestion-owner@listes.aqcp.example>"),
             ("List-Post", "<mailto:gestion@listes.aqcp.example>"), ("List-Subscribe", "<mailto:gestion-join@listes.aqcp.example>"),
             ("List-Unsubscribe", "<mailto:gestion-leave@listes.aqcp.example>")]
    rw = who.dom in REWRITE
    frm = addr(who.client, f"{who.name} via AQCP-gestion", LIST[1]) if rw else None
    if rw: extra.insert(0, ("Reply-To", addr(who.client, who.name, who.email)))
    fd = "listes.aqcp.example" if rw else who.dom
    auth = (f"spf=pass (sender IP is 192.99.71.15)\n smtp.mailfrom=listes.aqcp.example; dkim=fail (body hash did not verify)\n header.d={who.dom};"
            + (f"dmarc=bestguesspass action=none\n header.from=listes.aqcp.example;compauth=pass reason=109" if rw else
               f"dmarc=fail action=none\n header.from={who.dom};compauth=pass reason=130"))
    m = emit(who, who.client, t, [LIST], None, subj, refs, plain, no_html=True, extra=extra, frm=frm, auth=auth, env="gestion-bounces@listes.aqcp.example",
             fromdom=fd, label=label, scen=scen)
    return dict(mid=m, refs=refs, t=t, name=who.name, email=who.email, plain=body, subj=subj)


def my_list_post(t, subj, text, parent):
    refs = parent["refs"] + [parent["mid"]]
    body = text + me.sig
    qp_, qh = quote_of("olk", dict(t=parent["t"], name=parent["name"], email=parent["email"], plain=parent["plain"], subj=parent["subj"], to=[LIST], cc=[]), "fr")
    m = emit(me, "olk", t, [LIST], None, subj, refs, body + qp_, html=html_wrap("olk", body, qh), topic=subj.split("] ", 1)[-1])
    return dict(mid=m, refs=refs, t=t, name=me.name, email=me.email, plain=body + qp_, subj=subj)


# ================================================================ T14 IT provider: reception workstations (Sept-Oct 2024) + A3
t14 = Thread("T14", "Remplacement des postes de réception – Laval et Terrebonne", maxime)
t14.add(me, "Bonjour Maxime,\n\nComme discuté au téléphone, nous voulons remplacer les postes de la réception à Laval (2) et à Terrebonne (2) avant "
        "l'automne. Les postes actuels ont sept ans et RendezVousPro rame de plus en plus, surtout le matin.\n\nPeux-tu nous faire une soumission? "
        "Il faudrait aussi réinstaller les lecteurs de cartes Desjardins et ajouter une imprimante d'étiquettes à Laval.\n\nMerci!", at(2024, 9, 4, 10, 12))
t14.add(maxime, "Bonjour Geneviève,\n\nVoici la soumission S-2024-118 pour les 4 postes (Lenovo ThinkCentre M70q Gen 5, i5, 16 Go, SSD 512 Go) avec "
        "écrans 24 po, installation et transfert des profils. J'ai ajouté une Brother QL-820NWB pour les étiquettes.\n\nPour les lecteurs de cartes, "
        "Desjardins les fournit; il faudra seulement réinstaller leur pilote sur les nouveaux postes.\n\nLa soumission est valide 30 jours.",
        at(2024, 9, 5, 14, 31), atts=[("Soumission_S-2024-118_SanteBoreal.pdf", pdf(["InfoTech Laurentides - Soumission S-2024-118", "Client : Groupe Sante Boreal inc.",
                                       "4 x Lenovo ThinkCentre M70q Gen 5 i5/16/512 - 4 x ecran 24 po", "1 x Brother QL-820NWB", "Installation et transfert des profils : 6 h",
                                       "Total avant taxes : 7 486,00 $"], producer="Microsoft® Excel® pour Microsoft 365", when="20240905142600"), "application/pdf")])
t14.add(me, "Bonjour Maxime,\n\nLe Dr Bergeron a approuvé. Tu peux commander. Idéalement l'installation un matin avant l'ouverture : la réception "
        "ouvre à 7 h 30 à Laval.", at(2024, 9, 9, 9, 5))
t14.add(maxime, "Commande passée chez le distributeur, livraison prévue le 24 septembre. Je propose l'installation le mardi 1er octobre à partir "
        "de 6 h 30 à Laval, puis Terrebonne entre 12 h et 13 h. Est-ce que ça vous va?", at(2024, 9, 10, 8, 47))
t14.add(me, "Parfait pour le 1er octobre. Je préviens Karine à Laval et Mélanie à Terrebonne.", at(2024, 9, 10, 9, 20))
t14.add(maxime, "Petit rappel : je serai à Laval demain à 6 h 30. Assurez-vous que tout le monde se déconnecte des postes ce soir, je vais "
        "transférer les profils.", at(2024, 9, 30, 16, 5))
t14.add(maxime, "Les 4 postes sont installés. Les mots de passe administrateur locaux sont dans notre coffre; je vous ai remis l'enveloppe "
        "scellée pour votre copie. Il reste le lecteur de cartes de Terrebonne : le pilote Desjardins demandait un redémarrage que je ne pouvais pas "
        "faire pendant les heures de clinique. Je repasse jeudi.", at(2024, 10, 1, 15, 48))
t14.add(me, "Merci Maxime, Karine est très contente, tout est beaucoup plus rapide. Pour Terrebonne, jeudi après 12 h c'est idéal.", at(2024, 10, 2, 8, 15))
t14.add(maxime, "Lecteur de cartes de Terrebonne fonctionnel. J'ai fait un paiement test de 1,00 $ avec Mélanie, puis une annulation. Tout est "
        "beau. La facture suivra à la fin du mois.", at(2024, 10, 3, 13, 22))
t14.add(me, "Super, merci Maxime! Bonne fin de semaine.", at(2024, 10, 3, 14, 2))
A3_LNK = zipb([("Installer_correctif.lnk", lnk_file("%ComSpec% /c echo inert-probe-placeholder-no-payload")),
               ("Notes_version_8.4.2.txt", "Clinique Plus 8.4.2 - correctif de securite\r\nExecuter Installer_correctif sur chaque poste de reception.\r\n".encode())],
              (2024, 10, 8, 1, 52, 0))
t14.add(maxime, "Bonjour Geneviève,\n\nL'éditeur de Clinique Plus a publié hier un correctif de sécurité urgent (version 8.4.2) pour la faille qui "
        "touche les postes de réception connectés au terminal de paiement. Comme les nouveaux postes ont été installés avec la 8.4.1, il faut "
        "l'appliquer avant l'ouverture.\n\nLe correctif est en pièce jointe. SVP le décompresser sur chaque poste de réception et double-cliquer "
        "sur « Installer_correctif » avec la session de la réception. Ça prend 2 minutes, pas besoin de redémarrer.\n\nMerci", at(2024, 10, 8, 2, 47),
        HJ("server-hijack"), detached=True, atts=[("Correctif_CliniquePlus_8.4.2.zip", A3_LNK, "application/x-zip-compressed")],
        scen=("A3", "IT provider's real cPanel mailbox and Thunderbird (same headers) at 02:47: 'urgent security patch' zip holding a .lnk shortcut, quotes the real thread"))
t14.add(maxime, "Bonjour Geneviève,\n\nVoici la facture F-2024-0611 pour le remplacement des postes (installation du 1er octobre et retour à "
        "Terrebonne le 3). Paiement à 30 jours, par virement comme d'habitude.", at(2024, 10, 28, 10, 40),
        atts=[("F-2024-0611_SanteBoreal.pdf", pdf(["InfoTech Laurentides - Facture F-2024-0611", "Remplacement des postes de reception (S-2024-118)",
                                                    "Sous-total 7 486,00 $ - TPS 374,30 $ - TVQ 746,73 $", "Total 8 607,03 $"], producer="QuickBooks Online",
                                                   when="20241028103500"), "application/pdf")])
t14.add(me, "Merci, c'est transmis à la comptabilité.", at(2024, 10, 28, 11, 2))

# ================================================================ T15 IT ticket system (Znuny): printer offline in Terrebonne (Nov 2024)
t15 = Thread("T15", "Imprimante Terrebonne hors ligne", znuny)
t15.add(me, "Bonjour,\n\nL'imprimante multifonction de Terrebonne (Konica Minolta C250i) est hors ligne depuis ce matin sur les deux postes de la "
        "réception. Elle fonctionne encore en mode copie. Pouvez-vous regarder?\n\nMerci", at(2024, 11, 14, 8, 12), to=[("InfoTech Laurentides - Soutien", f"support@{ITL}")])
TK = "[Ticket#2024111410000031]"
t15.add(znuny, f"Bonjour Geneviève Tremblay,\n\nVotre demande a bien été reçue et porte le numéro de billet 2024111410000031. Un technicien vous "
        "répondra dans le délai prévu à votre contrat (4 heures ouvrables).\n\nPour ajouter des informations, répondez à ce courriel en conservant le "
        "numéro de billet dans l'objet.\n\nInfoTech Laurentides – Centre de soutien\nhttps://helpdesk.infotechlaurentides.example/znuny/customer.pl",
        at(2024, 11, 14, 8, 13), subj=f"{TK} Imprimante Terrebonne hors ligne", quote=False,
        extra=[("Auto-Submitted", "auto-replied"), ("X-Loop", "yes"), ("Precedence", "bulk"), ("X-Auto-Response-Suppress", "All")],
        scen=("P-T15-ack", "ticket system's automatic acknowledgement of Geneviève's request"))
t15.subj = f"{TK} Imprimante Terrebonne hors ligne"
mx_desk = Pt("Maxime Bouchard via InfoTech Laurentides - Soutien", f"support@{ITL}", "znuny", "znuny-itl",
             "\n\nMaxime Bouchard\nTechnicien principal – InfoTech Laurentides\n450 555-0199")
t15.add(mx_desk, quote_rec=t15.recs[0], text="Bonjour Geneviève,\n\nL'imprimante a reçu une nouvelle adresse IP du routeur après la panne de courant de cette nuit. Je l'ai remise "
        "en adresse fixe (192.168.20.40) et j'ai reconfiguré les deux postes. Pouvez-vous demander à Mélanie d'imprimer une page test?\n\nSi le "
        "problème revenait sur un autre poste, le pilote à jour est sur le site de Konica Minolta :\n"
        "https://dl.konicaminolta.example/dl/ProductDownload?productCode=C250i&lang=fr", t=at(2024, 11, 14, 10, 40), label=GH, subj=f"RE: {TK} Imprimante Terrebonne hors ligne",
        scen=("G16", "IT provider's ticket-system reply with a vendor driver download link"))
t15.add(me, "Page test OK, merci Maxime!", at(2024, 11, 14, 11, 5), to=[("InfoTech Laurentides - Soutien", f"support@{ITL}")])
emit(znuny, "znuny", at(2024, 11, 18, 9, 0), [(me.name, me.email)], None, f"{TK} Billet fermé – Votre avis compte", [],
     "Bonjour Geneviève Tremblay,\n\nVotre billet 2024111410000031 (Imprimante Terrebonne hors ligne) a été fermé.\n\nAidez-nous à nous améliorer en "
     f"répondant à un sondage de 2 questions :\nhttps://helpdesk.infotechlaurentides.example/znuny/public.pl?Action=PublicSurvey;PublicSurveyKey={hx(32)}\n\n"
     "Merci de votre confiance,\nInfoTech Laurentides – Centre de soutien", no_html=True,
     extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"), ("X-Auto-Response-Suppress", "All")], label=GH,
     scen=("G17", "ticket system closing notice with a survey link, no reply headers"))

# ================================================================ T16 IT provider: MFA roll-out (Jan-Feb 2025) + A10 display-name spoof (.ics)
t16 = Thread("T16", "Activation de l'authentification multifacteur (MFA) – comptes Microsoft 365", maxime)
t16.add(maxime, "Bonjour Geneviève,\n\nComme convenu lors de la revue annuelle, nous activerons la MFA sur tous les comptes Microsoft 365 du Groupe "
        "Santé Boréal le lundi 3 février. Je propose :\n\n- semaine du 20 janvier : inscription des employés (application Microsoft Authenticator) "
        "pendant une courte séance dans chaque clinique;\n- 3 février : activation obligatoire;\n- les comptes partagés de la réception restent sans "
        "MFA, mais limités aux postes des cliniques (accès conditionnel).\n\nPeux-tu me confirmer les dates des séances? Je joins le guide pour les "
        "employés.", at(2025, 1, 13, 9, 30),
        atts=[("Guide_MFA_Employes_SanteBoreal.pdf", pdf(["Guide MFA - Groupe Sante Boreal", "1. Installer Microsoft Authenticator (App Store / Google Play)",
                                                          "2. Aller sur https://aka.ms/mfasetup", "3. Ajouter un compte professionnel", "Ne jamais transmettre un code par courriel ou telephone"],
                                                         uris=["https://aka.ms/mfasetup"], producer="Microsoft® Word pour Microsoft 365", when="20250113091500"), "application/pdf")])
t16.add(me, "Bonjour Maxime,\n\nSéances OK : Laval le mardi 21 à 12 h, Terrebonne le mercredi 22 à 12 h 15, Blainville le jeudi 23 à 12 h. "
        "J'envoie une convocation aux employés. Le Dr Bergeron demande si ça fonctionne avec son iPhone personnel?", at(2025, 1, 13, 11, 2))
t16.add(maxime, "Oui, l'application Authenticator fonctionne sur iPhone et Android. Pour ceux qui ne veulent pas l'installer sur leur téléphone "
        "personnel, on peut fournir une clé de sécurité FIDO2 (environ 45 $ chacune).", at(2025, 1, 13, 13, 40))
t16.add(maxime, "Bonjour Geneviève,\n\nLes trois séances sont faites : 31 personnes inscrites sur 34. Il reste Jordan (en congé), Émilie et le "
        "Dr Bergeron. Ils peuvent le faire eux-mêmes avant le 3 février :\n\n1. Aller sur https://aka.ms/mfasetup depuis un ordinateur et se "
        "connecter avec leur compte @santeboreal.example\n2. Suivre les étapes pour ajouter Microsoft Authenticator\n3. Vérifier ensuite sur "
        "https://mysignins.microsoft.com/security-info\n\nRappel : aucun code ne doit jamais être transmis par courriel ou par téléphone, même à nous.",
        at(2025, 1, 24, 16, 12), GH, scen=("G29", "IT provider sends MFA self-enrolment instructions with Microsoft links (aka.ms, mysignins)"))
t16.add(me, "Merci! Je leur transmets les instructions.", at(2025, 1, 24, 16, 40))
t16.add(maxime, "La MFA est maintenant obligatoire pour tous les comptes. Les trois retardataires sont inscrits. Si quelqu'un reçoit une demande "
        "d'approbation qu'il n'a pas initiée, il doit la refuser et nous appeler tout de suite.", at(2025, 2, 3, 7, 10))
t16.add(me, "Parfait, merci Maxime. Je fais le rappel à la réunion d'équipe de jeudi.", at(2025, 2, 3, 8, 0))
mx_spoof = Pt("Maxime Bouchard", "maxime.bouchard.itl@outlook.com", "outlookcom", "outlookcom", host="YT3P288MB0219")
ICS = ("BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
       "ORGANIZER;CN=\"Maxime Bouchard\":mailto:maxime.bouchard.itl@outlook.com\r\nATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:genevieve.tremblay@santeboreal.example\r\n"
       "DTSTART;TZID=Eastern Standard Time:20250220T100000\r\nDTEND;TZID=Eastern Standard Time:20250220T103000\r\n"
       "SUMMARY;LANGUAGE=fr-CA:Réinscription MFA – Groupe Santé Boréal (obligatoire)\r\nLOCATION:En ligne\r\n"
       "DESCRIPTION:Avant la séance\\, validez votre compte Microsoft 365 : https://mfa-verification-portail.example/sb/?tenant=santeboreal&u=genevieve.tremblay\\n"
       "Rejoindre la séance : https://mfa-verification-portail.example/join/SB-2025-0220\r\n"
       "URL:https://mfa-verification-portail.example/sb/?tenant=santeboreal\r\nUID:" + ruuid() + "\r\nSTATUS:CONFIRMED\r\n"
       "BEGIN:VALARM\r\nTRIGGER:-PT15M\r\nACTION:DISPLAY\r\nDESCRIPTION:Rappel\r\nEND:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode()
t16.add(mx_spoof, "Bonjour Geneviève,\n\nSuite à l'activation de la MFA, Microsoft a signalé que plusieurs comptes du Groupe Santé Boréal n'ont "
        "pas terminé la vérification de sécurité. Pour éviter le blocage des comptes le 24 février, j'ai planifié une courte séance de "
        "réinscription en ligne. L'invitation est en pièce jointe : ouvrez-la et cliquez sur le lien pour valider votre compte avant la séance.\n\n"
        "Merci de transférer l'invitation aux employés concernés.\n\nMaxime Bouchard\nTechnicien principal\nInfoTech Laurentides", at(2025, 2, 19, 7, 34),
        HJ("display-name-spoof"), sig=False, quote=False, detached=True, atts=[("Reinscription_MFA_SanteBoreal.ics", ICS, "text/calendar; method=REQUEST")],
        scen=("A10", "'Maxime Bouchard' from an outlook.com address in the real MFA thread: .ics 'MFA re-enrolment session' with a link to an unknown domain"))

# ================================================================ T17 landlord (Gmail): lease renewal (Sept 2024 - Jan 2025) + A6 account takeover
t17 = Thread("T17", "Renouvellement du bail – local 210, 2250 boul. Saint-Martin Ouest", nathalie)
t17.add(nathalie, "Bonjour Geneviève,\n\nLe bail du local 210 vient à échéance le 31 décembre. Le propriétaire propose de le renouveler pour 5 ans "
        "aux mêmes conditions, avec une hausse de 4,5 % du loyer de base (de 6 850 $ à 7 158,25 $ par mois) et une indexation annuelle de 3 % par "
        "la suite.\n\nPouvez-vous en parler au Dr Bergeron et me revenir d'ici la fin du mois?\n\nMerci", at(2024, 9, 12, 15, 20))
t17.add(me, "Bonjour Nathalie,\n\nMerci. J'en parle au Dr Bergeron cette semaine. Est-ce que le propriétaire accepterait d'inclure la réfection du "
        "plancher de la salle d'attente dans le renouvellement? Il est très usé.", at(2024, 9, 13, 9, 40))
t17.add(nathalie, "Je pose la question au propriétaire et je vous reviens.", at(2024, 9, 13, 12, 2))
t17.add(me, "Bonjour Nathalie,\n\nLe Dr Bergeron est prêt à renouveler pour 5 ans, mais il propose une hausse de 3 % la première année, "
        "compte tenu de l'entretien du plancher que nous payons nous-mêmes depuis 2019. Il est aussi ouvert à discuter de l'indexation.",
        at(2024, 9, 20, 14, 15))
t17.add(nathalie, "Bonne nouvelle : le propriétaire accepte 3,5 % la première année (7 089,75 $/mois) et 2,5 % d'indexation annuelle, et il "
        "prend en charge le plancher de la salle d'attente au printemps. Je prépare le bail et je vous l'envoie.", at(2024, 9, 24, 10, 48))
t17.add(nathalie, "Voici le bail de renouvellement en PDF. Si tout est conforme, faites signer les pages 4 et 12 par le Dr Bergeron et "
        "retournez-le-moi numérisé; je vous ferai parvenir la copie signée par le propriétaire.", at(2024, 10, 1, 16, 30), GH,
        scen=("G19", "property manager sends the lease renewal PDF in the lease thread"),
        atts=[("Bail_Local210_Renouvellement_2025-2029.pdf", pdf(["BAIL COMMERCIAL - RENOUVELLEMENT", "Local 210, 2250 boul. Saint-Martin Ouest, Laval",
                                                                  "Locataire : Groupe Sante Boreal inc.", "Duree : 1er janvier 2025 au 31 decembre 2029",
                                                                  "Loyer de base 2025 : 7 089,75 $ par mois, indexation 2,5 %"], producer="Microsoft: Print To PDF",
                                                                 when="20241001162200"), "application/pdf")])
t17.add(me, "Bonjour Nathalie,\n\nVoici le bail signé par le Dr Bergeron.", at(2024, 10, 3, 9, 12),
        atts=[("Bail_Local210_signe.pdf", scanpdf(12, when="20241003090500"), "application/pdf")])
t17.add(nathalie, "Bien reçu, merci! Je vous envoie la copie contresignée dès que je l'ai.", at(2024, 10, 3, 11, 2))
t17.add(nathalie, "Voici la copie contresignée par le propriétaire. Bonne journée!", at(2024, 10, 21, 9, 44),
        atts=[("Bail_Local210_contresigne.pdf", scanpdf(12, model="HP Scan", when="20241021093000"), "application/pdf")])
nath_ato = Pt("Nathalie Deschamps", "gestion.deschamps@gmail.com", "tb-en", "gmail-smtp", "\n\nNathalie", lang="en")
t17.add(nath_ato, "Bonjour Geneviève,\n\nPetite mise à jour administrative : à compter du loyer de décembre, le propriétaire ne reçoit plus les "
        "paiements par chèque ni par dépôt au compte de la Caisse (le compte est en révision suite au changement de comptable).\n\nMerci de faire "
        "le paiement du loyer de décembre (7 089,75 $) par virement Interac à : paiements.deschamps@outlook.com\nQuestion : numéro du local\n"
        "Réponse : local210\n\nComme la limite Interac est de 3 000 $ par virement, vous pouvez l'envoyer en 3 virements. Merci de me confirmer "
        "par courriel une fois que c'est fait.", at(2024, 11, 28, 6, 52), HJ("account-takeover"), orig_ip="146.70.117.214", flang="fr",
        scen=("A6", "landlord's real Gmail account used over SMTP from a foreign VPS with Thunderbird (English quote header): rent by Interac e-Transfer to a new address"))
t17.add(me, "Bonjour Nathalie,\n\nJe viens de vous laisser un message vocal. Avant de modifier quoi que ce soit, pouvez-vous me confirmer ce "
        "changement par téléphone? Nous avons toujours payé le loyer par dépôt direct et je ne peux pas envoyer 7 000 $ par Interac à une adresse "
        "Outlook sans vérifier.", at(2024, 11, 28, 9, 31))
t17.add(nathalie, "Geneviève, NE PAYEZ RIEN! Ce courriel ne vient pas de moi. Quelqu'un est entré dans mon compte Gmail cette nuit (Google m'a "
        "avertie d'une connexion inhabituelle). J'ai changé mon mot de passe et activé la validation en deux étapes. Rien ne change pour le loyer : "
        "même dépôt direct au compte habituel.\n\nDésolée pour le dérangement et merci d'avoir appelé.", at(2024, 11, 28, 11, 14), GH,
        scen=("G33", "property manager, from her usual Gmail, says the Interac request was not hers (account recovered)"))
t17.add(me, "Merci Nathalie, je suis contente d'avoir vérifié. Je vais avertir notre équipe et notre comptable.", at(2024, 11, 28, 11, 30))
t17.add(nathalie, "Bonjour Geneviève,\n\nBonne année! Le propriétaire a recalculé les frais communs de 2024 : vous avez payé 142,50 $ de trop. "
        "Je vous envoie le remboursement par virement Interac aujourd'hui, à votre adresse courriel habituelle. Si le dépôt automatique n'est pas "
        "activé, la réponse à la question est celle que je vous ai donnée au téléphone ce matin.", at(2025, 1, 9, 13, 35), GH,
        scen=("G26", "property manager announces a small Interac refund (answer given by phone), six weeks after her account was abused"))
emit(interac, "gen", at(2025, 1, 9, 14, 2), [(me.name, me.email)], None,
     "Virement INTERAC : GESTION IMMOBILIERE DESCHAMPS vous a envoyé 142,50 $ (CAD).", [],
     "Bonjour GENEVIEVE TREMBLAY,\n\nGESTION IMMOBILIERE DESCHAMPS vous a envoyé 142,50 $ (CAD).\n\nMessage : Remboursement ajustement frais communs 2024\n\n"
     f"Déposez votre argent : https://etransfer.interac.example/reception/{alnum(12)}?lang=fr\n\nDate d'expiration : 2025-02-08\nNuméro de référence : CA{alnum(10).upper()}\n\n"
     "Ce courriel a été envoyé par Interac Corp. au nom de GESTION IMMOBILIERE DESCHAMPS et de la Caisse Desjardins de Laval.\n"
     "Interac Corp. ne vous demandera jamais de renseignements personnels par courriel.",
     html=('<html><body style="font-family:Arial,sans-serif;font-size:14px"><img src="https://etransfer-notification.interac.example/images/new/fr/interac_logo.png" alt="Interac" height="40">'
           '<p>Bonjour GENEVIEVE TREMBLAY,</p><p>GESTION IMMOBILIERE DESCHAMPS vous a envoyé <b>142,50 $ (CAD)</b>.</p><p>Message : Remboursement ajustement frais communs 2024</p>'
           f'<p><a href="https://etransfer.interac.example/reception/{alnum(12)}?lang=fr" style="background:#fdb913;color:#000;padding:10px 18px;text-decoration:none">Déposez votre argent</a></p>'
           '<p style="font-size:11px;color:#666">Interac Corp. ne vous demandera jamais de renseignements personnels par courriel.</p></body></html>'),
     label=GH, scen=("G27", "genuine Interac e-Transfer notification (refund announced in the lease thread), no reply headers"))
t17.add(me, "Reçu et déposé, merci Nathalie!", at(2025, 1, 9, 15, 2))

# ================================================================ T18 landlord + plumber: water damage in Blainville (Feb 2025)
t18 = Thread("T18", "URGENT – Dégât d'eau salle 3, clinique de Blainville", nathalie)
PHOTOS = [("IMG_4412.jpg", jpeg("Apple\x00iPhone 13"), "image/jpeg"), ("IMG_4413.jpg", jpeg("Apple\x00iPhone 13"), "image/jpeg")]
t18.add(me, "Bonjour Nathalie,\n\nCe matin en arrivant, l'équipe de Blainville a trouvé de l'eau qui coule du plafond de la salle de traitement 3. "
        "Les tuiles sont détrempées et une table de traitement est mouillée. Nous avons coupé l'électricité de la salle et mis des seaux. Ça semble "
        "venir de l'étage au-dessus.\n\nPouvez-vous envoyer quelqu'un rapidement? Photos en pièce jointe.", at(2025, 2, 10, 8, 5), atts=PHOTOS)
t18.add(nathalie, "Bonjour Geneviève,\n\nJ'appelle Denis Gauthier (Plomberie Gauthier), notre plombier, et je le mets en copie. Denis, c'est au "
        "1035 boul. du Curé-Labelle à Blainville, local 102; la salle 3 est au fond à droite. L'eau vient probablement du drain de condensation de "
        "la thermopompe du 2e.", at(2025, 2, 10, 8, 40), to=[(me.name, me.email)], cc=[(denis.name, denis.email)])
t18.add(denis, "Bonjour, je serai sur place vers 10 h 30. Merci de laisser l'accès au plafond de la salle 3.", at(2025, 2, 10, 9, 12), GH,
        to=[(nathalie.name, nathalie.email)], cc=[(me.name, me.email)], scen=("G25", "plumber added by the property manager replies-all from his iPhone (new sender in the thread)"))
t18.add(denis, "Réparé. Le drain de condensation de la thermopompe du 2e était gelé et a débordé. J'ai dégelé, installé un câble chauffant et "
        "isolé le tuyau. Six tuiles de plafond sont à remplacer. Facture à suivre à Gestion Deschamps.", at(2025, 2, 10, 13, 55), quote_rec=t18.recs[1],
        to=[(nathalie.name, nathalie.email)], cc=[(me.name, me.email)])
t18.add(me, "Merci beaucoup Denis, très rapide. Nathalie, pour les tuiles et la table de traitement, je fais une réclamation à nos assurances; "
        "pouvez-vous me faire parvenir la facture du plombier pour le dossier?", at(2025, 2, 10, 14, 20), to=[(nathalie.name, nathalie.email)],
        cc=[(denis.name, denis.email)])
t18.add(nathalie, "Voici la facture de Denis (à la charge du propriétaire, mais votre assureur voudra la voir). Les tuiles seront remplacées "
        "jeudi le 20.", at(2025, 2, 12, 10, 5),
        atts=[("Facture_PG-2025-0218.pdf", pdf(["Plomberie Gauthier & Fils - Facture PG-2025-0218", "Client : Gestion Immobiliere Deschamps",
                                                "1035 boul. du Cure-Labelle, Blainville - degel drain de condensation, cable chauffant",
                                                "Total : 684,11 $"], producer="Invoice Simple iOS", when="20250211201000"), "application/pdf")])
t18.add(nathalie, "Les tuiles sont remplacées et le plafond est sec. Denis est repassé vérifier le câble chauffant : tout est correct.",
        at(2025, 2, 20, 15, 30))

# ================================================================ T19 landlord: snow removal (Dec 2024 - Jan 2025)
t19 = Thread("T19", "Déneigement 2024-2025 – nouveau contrat", nathalie)
t19.add(nathalie, "Bonjour Geneviève,\n\nPour votre information, le déneigement des stationnements de Terrebonne et de Blainville est confié cette "
        "année à Déneigement Boisvert. Ils passent dès 5 cm d'accumulation et avant 7 h les jours de semaine. En cas de problème, vous pouvez "
        "m'écrire ou appeler directement M. Boisvert au 450 555-0161.", at(2024, 12, 9, 11, 0))
t19.add(me, "Bonjour Nathalie,\n\nLe stationnement de Terrebonne n'est pas déneigé ce matin (environ 15 cm) et nos premiers patients arrivent "
        "à 7 h 30. J'ai laissé un message à M. Boisvert, sans réponse.", at(2025, 1, 8, 7, 18))
t19.add(nathalie, "Je l'appelle tout de suite.", at(2025, 1, 8, 7, 41), sig=False)
t19.add(nathalie, "Le camion est en route, il avait un bris sur une autre route. Ils seront là vers 8 h 45. Désolée!", at(2025, 1, 8, 8, 25))
t19.add(me, "Merci Nathalie.", at(2025, 1, 8, 8, 30))


# ================================================================ T20 staff on personal addresses: holiday schedule (Nov-Dec 2024)
t20 = Thread("T20", "Horaire du temps des fêtes – disponibilités", karine)
STAFF = [(karine.name, karine.email), (jordan.name, jordan.email), (emilie.name, emilie.email)]
t20.add(me, "Bonjour à tous,\n\nComme chaque année, les cliniques seront fermées les 25 et 26 décembre et le 1er janvier. Les autres jours, on "
        "fonctionne en horaire réduit (8 h à 16 h). Pouvez-vous m'indiquer vos disponibilités du 23 décembre au 3 janvier d'ici vendredi?\n\n"
        "Merci et bonne semaine!", at(2024, 11, 25, 10, 0), to=STAFF)
t20.add(karine, "Bonjour Geneviève,\n\nJe suis disponible le 23, le 27 et le 30 décembre à Laval. Je serai à Québec du 31 au 2 janvier.",
        at(2024, 11, 25, 12, 14), to=[(me.name, me.email)])
t20.add(jordan, "Hi Geneviève,\n\nSorry for answering in English, my French keyboard is acting up on this laptop. I can cover Dec 27 and Dec 30 "
        "in Blainville, and Jan 3 as well. I'm off Dec 23 and Jan 2 (flying back from Halifax).\n\nThanks!", at(2024, 11, 26, 8, 2), GH, quote_rec=t20.recs[0],
        to=[(me.name, me.email)], scen=("G21", "kinesiologist answers in English in a French thread, from his personal Gmail"))
t20.add(emilie, "Allo Geneviève, désolée pour le retard! Je peux faire le 23 et le 3 janvier à Terrebonne. Le 27, c'est possible seulement en "
        "avant-midi.", at(2024, 11, 26, 23, 48), GH, to=[(me.name, me.email)], quote_rec=t20.recs[0],
        scen=("G13", "physiotherapist replies at 23:48 from Outlook for iOS on her personal Hotmail"))
t20.add(me, "Bonjour à tous,\n\nMerci pour vos réponses. Voici l'horaire final des fêtes. Jordan, no problem for English, anytime!",
        at(2024, 12, 2, 9, 15), to=STAFF, quote_rec=t20.recs[0], atts=[("Horaire_Fetes_2024.pdf", pdf(["Horaire du temps des fetes 2024-2025", "23 dec. : Laval K. Pelletier / Terrebonne E. Cote",
                                                                                "27 dec. : Laval K. Pelletier / Blainville J. Miller", "30 dec. : Laval K. Pelletier / Blainville J. Miller",
                                                                                "3 janv. : Terrebonne E. Cote / Blainville J. Miller"], when="20241202091000"), "application/pdf")])
t20.add(karine, "Merci Geneviève! 🎄", at(2024, 12, 2, 9, 40), sig=False, to=[(me.name, me.email)])

# ================================================================ T21 staff: maternity leave (Jan-Mar 2025)
t21 = Thread("T21", "Congé de maternité", emilie)
t21.add(emilie, "Bonjour Geneviève,\n\nJe voulais t'annoncer officiellement que je serai en congé de maternité à partir du 14 mars (date prévue "
        "d'accouchement : 2 avril). Je prévois revenir en avril 2026. Qu'est-ce qu'il te faut de ma part?", at(2025, 1, 20, 19, 22))
t21.add(me, "Bonjour Émilie,\n\nFélicitations!! Toute l'équipe sera ravie. Pour le RQAP et ton relevé d'emploi, il me faut un certificat médical "
        "indiquant la date prévue d'accouchement. Une photo lisible suffit. PayeXpress produira le relevé d'emploi à ta dernière paie.",
        at(2025, 1, 21, 8, 30))
t21.add(emilie, "Voici le certificat de ma médecin. Dis-moi si la photo est assez claire.", at(2025, 1, 22, 21, 5), GH,
        atts=[("IMG_2291.jpg", jpeg("Apple\x00iPhone 14 Pro"), "image/jpeg")],
        scen=("G20", "employee sends a phone photo of her medical certificate as requested"))
t21.add(me, "C'est parfait, merci Émilie. Je l'ai ajouté à ton dossier.", at(2025, 1, 23, 8, 10))
t21.add(emilie, "Dernière journée aujourd'hui! Merci pour tout, je vais m'ennuyer de l'équipe. On se revoit avec le bébé 😊", at(2025, 3, 7, 17, 30))
t21.add(me, "Bon congé Émilie! Donne-nous des nouvelles.", at(2025, 3, 7, 17, 52), client="owa")

# ================================================================ T22 staff: direct-deposit change, agreed in person (Mar 2025)
t22 = Thread("T22", "Dépôt direct – changement de compte", karine)
t22.add(me, "Bonjour Karine,\n\nSuite à notre discussion de ce matin : oui, envoie-moi ton spécimen de chèque (ou le formulaire de dépôt direct "
        "de ta banque) par courriel et je fais le changement dans PayeXpress pour la paie du 13 mars.", at(2025, 3, 3, 9, 5))
t22.add(karine, "Allo Geneviève,\n\nVoici mon spécimen de chèque de la Banque Nationale. Merci!", at(2025, 3, 3, 12, 40), GH,
        atts=[("Specimen_cheque_BNC.pdf", pdf(["SPECIMEN - NE PAS ENCAISSER", "Karine Pelletier", "Banque Nationale - transit 01331 - institution 006",
                                               "Compte 4417731"], producer="Banque Nationale - Services bancaires en ligne", when="20250303123000"), "application/pdf")],
        scen=("G32", "employee sends her void cheque for a direct-deposit change agreed in person the same morning"))
t22.add(me, "Changement fait dans PayeXpress. Comme je te l'ai montré ce midi à l'écran, le compte se termine par 7731 et ce sera en vigueur pour "
        "la paie du 13 mars.", at(2025, 3, 3, 13, 20))
t22.add(karine, "Merci!!", at(2025, 3, 3, 13, 31), sig=False)

# ================================================================ T23 payroll provider (M365): new employees (Feb-Mar 2025) + A7 account takeover via OWA
t23 = Thread("T23", "Ajout de deux employées – clinique de Blainville", stephanie)
t23.add(me, "Bonjour Stéphanie,\n\nNous embauchons deux personnes à Blainville à compter du 10 mars : une physiothérapeute (temps plein, salariée) "
        "et une réceptionniste (temps partiel, à l'heure). Quels documents vous faut-il pour les ajouter à la paie?", at(2025, 2, 24, 10, 20))
t23.add(stephanie, "Bonjour Geneviève,\n\nPour chaque employée, il me faut le formulaire d'embauche PayeXpress (ci-joint), les formulaires TD1 et "
        "TP-1015.3 remplis et signés, ainsi qu'un spécimen de chèque pour le dépôt direct. Vous pouvez les téléverser directement dans le portail "
        "employeur (section Documents) ou me les transmettre par courriel.", at(2025, 2, 25, 9, 12),
        atts=[("Formulaire_embauche_PayeXpress.pdf", pdf(["PayeXpress - Formulaire d'embauche", "Nom, adresse, NAS, date d'entree", "Salaire / taux horaire",
                                                          "Joindre TD1 et TP-1015.3"], producer="Adobe PDF Library 23.6.96", when="20240812100000"), "application/pdf")])
t23.add(me, "Voici les documents pour les deux nouvelles employées (je les ai aussi téléversés dans le portail).", at(2025, 2, 28, 14, 40),
        atts=[("Embauche_ALaroche.pdf", scanpdf(4, when="20250228143000"), "application/pdf"), ("Embauche_MBenoit.pdf", scanpdf(4, when="20250228143200"), "application/pdf")])
t23.add(stephanie, "Les deux employées sont ajoutées et seront payées à partir de la paie du 13 mars. Le numéro d'employé de Mme Laroche est "
        "0041 et celui de Mme Benoît est 0042.", at(2025, 3, 3, 11, 5))
t23.add(me, "Bonjour Stéphanie,\n\nLa paie du 13 mars est passée et les deux nouvelles employées ont bien été payées. Merci pour votre aide!",
        at(2025, 3, 13, 15, 10))
rec_a7 = t23.last
t23.add(stephanie, "Bonjour Geneviève,\n\nAvec plaisir! N'oubliez pas "
        "que le sommaire annuel de la CNESST sera disponible dans le portail à compter du 1er avril.", at(2025, 3, 14, 10, 18))

A7_PDF = pdf(["PayeXpress - Employer Portal migration", "Administrator account re-validation required before March 27, 2025",
              "Click below to validate your administrator access:", "https://portail-employeur-payexpress.example/validation?c=SB-2291",
              "Accounts not validated will be placed on hold."], uris=["https://portail-employeur-payexpress.example/validation?c=SB-2291"],
             producer="Skia/PDF m133 Google Docs Renderer", when="20250317223000", zone="Z")
t23.add(stephanie, "Hello Geneviève,\n\nAs part of our migration to the new PayeXpress Employer Portal, all employer administrator accounts must be "
        "re-validated before the next payroll run (March 27). Accounts that are not validated will be placed on hold and employees may not be paid "
        "on time.\n\nPlease review the attached notice and complete the validation using the secure link in the document. It only takes a few "
        "minutes.\n\nBest regards,\nStéphanie Morin\nSenior Client Service Advisor\nPayeXpress Inc.", at(2025, 3, 18, 4, 41), HJ("account-takeover"),
        client="owa", lang="en", qlang="en", sig=False, detached=True, quote_rec=rec_a7, atts=[("PayeXpress_Validation_Administrateur.pdf", A7_PDF, "application/pdf")],
        scen=("A7", "payroll adviser's Microsoft 365 account used from OWA (en-US, 04:41): English 'administrator re-validation' PDF with a link, in a French thread"))

# ================================================================ T28 payroll provider: record of employment, 2025 payroll calendar (Oct-Dec 2024)
t28 = Thread("T28", "Relevé d'emploi – départ de Laurence Dubé (Terrebonne)", stephanie)
t28.add(me, "Bonjour Stéphanie,\n\nUne réceptionniste de Terrebonne, Laurence Dubé (employée 0027), quitte le 25 octobre (démission). Pouvez-vous "
        "produire son relevé d'emploi avec la dernière paie? Il lui reste 3 jours de vacances à payer.", at(2024, 10, 16, 13, 40))
t28.add(stephanie, "Bonjour Geneviève,\n\nC'est noté. Le relevé d'emploi sera transmis électroniquement à Service Canada après la paie du "
        "31 octobre; les 3 jours de vacances et l'indemnité de 4 % seront inclus. Pouvez-vous me confirmer sa dernière journée travaillée?",
        at(2024, 10, 17, 9, 22))
t28.add(me, "Sa dernière journée travaillée est le vendredi 25 octobre. Merci!", at(2024, 10, 17, 10, 5))
t28.add(stephanie, "Le relevé d'emploi de Mme Dubé a été transmis ce matin (numéro de série W61480273). Elle pourra le consulter dans son "
        "dossier Mon dossier Service Canada.", at(2024, 11, 1, 10, 48))
t28.add(me, "Parfait, je l'avise. Au passage : pouvez-vous m'envoyer le calendrier des paies 2025 dès qu'il est prêt? Je dois planifier les "
        "congés des fêtes.", at(2024, 11, 1, 11, 15))
t28.add(stephanie, "Bonjour Geneviève,\n\nVoici le calendrier des paies 2025 (aux deux semaines, le jeudi). Attention : pour la paie du "
        "2 janvier, les heures doivent être saisies au plus tard le vendredi 20 décembre à midi.", at(2024, 12, 9, 14, 30),
        atts=[("Calendrier_paies_2025_SanteBoreal.pdf", pdf(["PayeXpress - Calendrier des paies 2025", "Groupe Sante Boreal inc. - frequence : aux deux semaines (jeudi)",
                                                             "Date limite des fetes : 20 decembre 2024, 12 h"], producer="Microsoft® Excel® pour Microsoft 365", when="20241209142000"), "application/pdf")])
t28.add(me, "Merci Stéphanie, c'est noté dans notre calendrier.", at(2024, 12, 9, 15, 2))

# ================================================================ T24 internal: shockwave unit (Sept 2024) - director replies at night from Outlook for iOS
t24 = Thread("T24", "Appareil d'ondes de choc pour Blainville", bergeron)
t24.add(bergeron, "Geneviève,\n\nLes physios de Blainville insistent pour avoir un appareil d'ondes de choc radiales (tendinopathies, fasciite "
        "plantaire). Peux-tu obtenir une soumission chez Northshore? Ils nous ont bien servis pour les tables l'an dernier. Budget max 25 000 $. Il "
        "faudrait aussi deux tables électriques pour Terrebonne.\n\nMerci", at(2024, 9, 16, 17, 45))
t24.add(me, "Bonjour Marc-André,\n\nJe contacte Kevin chez Northshore aujourd'hui et je te reviens avec la soumission.", at(2024, 9, 17, 8, 30))
NMSQ = pdf(["Northshore Medical Supply Ltd. - Quote NMS-Q-24-0917", "Customer: Groupe Sante Boreal inc.", "1 x SonoWave RSW-2 radial shockwave unit - $24,850.00",
            "2 x ProLift 3-section electric treatment table - $4,290.00 ea.", "Valid 60 days. Delivery and training included."],
           producer="Google Docs Renderer", when="20240919150900", zone="Z")
t24.add(me, "Voici la soumission de Northshore : 24 850 $ pour l'appareil (avec formation sur place en français et garantie de 2 ans) et "
        "2 × 4 290 $ pour les tables. Je propose de commander les tables maintenant et l'appareil au budget d'avril.", at(2024, 9, 24, 14, 5),
        atts=[("NMS-Q-24-0917_GroupeSanteBoreal.pdf", NMSQ, "application/pdf")])
t24.add(bergeron_ios, "OK pour les tables. Pour l'appareil, on en reparle au budget d'avril. Merci Geneviève", at(2024, 9, 24, 22, 47), GH,
        scen=("G34", "clinic director replies at 22:47 from Outlook for iOS (internal)"))

# ================================================================ T25 internal: holiday dinner and staff gifts (Nov-Dec 2024) + A9 display-name spoof (gift cards)
t25 = Thread("T25", "Souper des fêtes et cadeaux des employés", bergeron)
t25.add(bergeron, "Geneviève,\n\nPeux-tu organiser le souper des fêtes pour les trois cliniques le vendredi 13 décembre? Budget de 60 $ par "
        "personne, conjoints non inclus. Pour les cadeaux, j'aimerais qu'on donne une carte-cadeau à chaque employé cette année plutôt que les "
        "paniers. On en reparle.", at(2024, 11, 18, 12, 10))
t25.add(me, "Bonjour Marc-André,\n\nJ'ai réservé la salle privée du Bistro Le Cellier à Laval pour le 13 décembre, 18 h 30, pour 36 personnes. "
        "Pour les cadeaux, je propose des cartes Visa prépayées de 100 $ (plus simples pour tout le monde). Je peux les commander à la Caisse avec "
        "la carte de crédit de l'entreprise.", at(2024, 11, 19, 9, 20))
t25.add(bergeron, "Parfait pour le Cellier et pour les cartes Visa. Commande-les pour le 10 décembre. Merci!", at(2024, 11, 19, 13, 2))
ma_spoof = Pt("Marc-André Bergeron", "dr.mabergeron.pht@gmail.com", "gmail", "gmail")
t25.add(ma_spoof, "Geneviève,\n\nPetit changement pour les cadeaux : j'aimerais plutôt offrir des cartes-cadeaux Apple aux physios, c'est ce "
        "qu'ils préfèrent. Peux-tu en acheter 8 de 200 $ ce matin (Best Buy ou Costco en ont)? Je te rembourse avec la petite caisse.\n\n"
        "Gratte le dos des cartes et envoie-moi les photos des codes par courriel dès que tu les as, je veux les enregistrer avant le souper. Je "
        "suis en rencontre toute la journée, je ne peux pas prendre d'appels.\n\nMerci\n\nEnvoyé de mon iPhone", at(2024, 12, 5, 10, 14),
        HJ("display-name-spoof"), sig=False, quote=False, detached=True,
        scen=("A9", "'Marc-André Bergeron' from a Gmail address in the real internal thread: Apple gift cards, codes by photo, no calls (no payload)"))
t25.add(bergeron, quote_rec=t25.recs[1], text="Les cartes Visa sont arrivées? On les remettra au souper vendredi. Merci pour l'organisation, c'est apprécié.",
        t=at(2024, 12, 10, 8, 12))
t25.add(me, "Oui, les 36 cartes sont dans le coffre. À vendredi!", at(2024, 12, 10, 8, 40))

# ================================================================ T26 internal: director forwards a CNESST decision (Jan 2025)
cnesst_fwd = ("Geneviève, peux-tu t'occuper de ceci avec Martine? C'est pour l'accident de travail de Sandrine à Blainville en novembre "
              "(glissade dans le stationnement).\n\nMA\n\n"
              "De : CNESST <ne-pas-repondre@cnesst.example>\nEnvoyé : 28 janvier 2025 16:12\nÀ : Marc-André Bergeron <ma.bergeron@santeboreal.example>\n"
              "Objet : Avis de décision – Dossier CNESST 512 348 771\n\nBonjour,\n\nVous trouverez ci-joint l'avis de décision concernant la réclamation "
              "de votre travailleuse (dossier 512 348 771). La lésion professionnelle est acceptée. Vous pouvez demander la révision de cette décision "
              "dans les 30 jours suivant sa réception.\n\nCe message a été envoyé automatiquement à partir de Mon espace CNESST.")
m_cn = emit(bergeron, "olk", at(2025, 1, 29, 8, 5), [(me.name, me.email)], None, "TR: Avis de décision – Dossier CNESST 512 348 771", [], cnesst_fwd,
            html=html_wrap("olk", cnesst_fwd), topic="Avis de décision – Dossier CNESST 512 348 771",
            atts=[("Avis_decision_512348771.pdf", pdf(["CNESST - Avis de decision", "Dossier 512 348 771", "Employeur : Groupe Sante Boreal inc.",
                                                       "Decision : lesion professionnelle acceptee"], producer="OpenText Exstream", when="20250128160500"), "application/pdf")],
            label=GH, scen=("G8", "clinic director forwards (TR:) a CNESST decision e-mail with its PDF"))

# ================================================================ T4 accountant: CNESST forward, then the firm migrates to Microsoft 365 (Jan-Mar 2025)
t4 = Thread("T4", "TR: Avis de décision – Dossier CNESST 512 348 771", martine)
t4.add(me, "Bonjour Martine,\n\nPour votre information et pour la cotisation CNESST 2025, voici une décision reçue hier. Est-ce que ça change "
       "quelque chose à notre taux?\n\n" + cnesst_fwd, at(2025, 1, 29, 9, 20),
       atts=[("Avis_decision_512348771.pdf", pdf(["CNESST - Avis de decision", "Dossier 512 348 771", "Employeur : Groupe Sante Boreal inc.",
                                                  "Decision : lesion professionnelle acceptee"], producer="OpenText Exstream", when="20250128160500"), "application/pdf")])
t4.add(martine, "Bonjour Geneviève,\n\nMerci. Une seule lésion acceptée n'aura pas d'effet notable sur votre taux de 2025; elle pourrait jouer un "
       "peu sur 2027 selon les coûts imputés. On en reparlera pour la déclaration des salaires de mars.", at(2025, 1, 30, 10, 45), prefix="RE: ")
emit(martine, "olk16", at(2025, 2, 24, 16, 30), [("Clients de Lapointe Gagnon CPA", f"clients@{CPA}")], None,
     "Changement de notre système de messagerie – 1er mars 2025", [],
     "Bonjour à tous nos clients,\n\nLe samedi 1er mars, Lapointe Gagnon CPA migrera sa messagerie vers Microsoft 365. Nos adresses courriel ne "
     "changent pas. Vous pourriez toutefois remarquer que nos messages ont une apparence légèrement différente.\n\nRappel : nous ne vous "
     "demanderons jamais de modifier des coordonnées bancaires ni d'effectuer un paiement par courriel seulement. En cas de doute, appelez-nous "
     "au 450 555-0163.\n\nMerci de votre confiance," + SIG_ML)
t4.add(martine365, "Bonjour Geneviève,\n\nComme promis, je reviens sur la déclaration des salaires à la CNESST, due le 15 mars. J'ai besoin des "
       "salaires assurables de 2024 par unité de classification (physiothérapie et administration). Pouvez-vous me les envoyer d'ici jeudi?\n\n"
       "(Vous remarquerez que ce courriel provient de notre nouvelle messagerie Microsoft 365.)", at(2025, 3, 12, 10, 5), GH,
       scen=("G23", "accountant's first message after the announced move from Vidéotron/Outlook 2016 to Microsoft 365 (new headers, same address)"))
t4.add(me, "Bonjour Martine,\n\nVoici le fichier des salaires assurables 2024 par unité.", at(2025, 3, 12, 13, 30),
       atts=[("Salaires_assurables_2024.xlsx", ooxml("xlsx", [["Unite", "Salaires assurables 2024"], ["Physiotherapie (cliniques)", "1 684 220"],
                                                              ["Administration", "418 960"]], when=(2025, 3, 12, 13, 25, 0), author="Geneviève Tremblay"),
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
t4.add(sebastien365, "Bonjour Geneviève,\n\nMartine m'a demandé de préparer la déclaration. Elle a été transmise ce matin à la CNESST; vous "
       "trouverez la confirmation ci-jointe.", at(2025, 3, 14, 9, 40),
       atts=[("Confirmation_DPA_2024_SanteBoreal.pdf", pdf(["CNESST - Declaration des salaires 2024", "Confirmation de transmission",
                                                            "Groupe Sante Boreal inc."], producer="OpenText Exstream", when="20250314093000"), "application/pdf")])
t4.add(me, "Merci Sébastien!", at(2025, 3, 14, 10, 0), to=[(sebastien365.name, sebastien365.email)], cc=[(martine365.name, martine365.email)])


# ================================================================ T1 accountant (Vidéotron, Outlook 2016): year-end financial statements (Sept-Oct 2024) + A8 (Feb 2025)
PORTAL = "https://lapointegagnoncpa.sharepoint.com/sites/PortailClients/SanteBoreal"
t1 = Thread("T1", "États financiers au 31 août 2024 – documents requis", martine)
t1.add(martine, "Bonjour Geneviève,\n\nNous commençons la préparation des états financiers du Groupe Santé Boréal inc. pour l'exercice terminé "
       "le 31 août 2024. Voici les documents dont nous avons besoin :\n\n- relevés bancaires et conciliations d'août (3 comptes);\n- liste des "
       "comptes clients et fournisseurs au 31 août;\n- factures d'achat d'immobilisations de l'exercice (équipements, tables, ordinateurs);\n"
       "- registre de paie annuel (PayeXpress);\n- copie des baux signés ou renouvelés.\n\nVous pouvez les déposer dans votre dossier sur notre "
       f"portail client :\n{PORTAL}\n\nMerci et bonne semaine!", at(2024, 9, 9, 10, 30))
t1.add(me, "Bonjour Martine,\n\nParfait, je rassemble le tout et je dépose les documents sur le portail d'ici le 20.", at(2024, 9, 10, 8, 45))
t1.add(martine, "Merci Geneviève!", at(2024, 9, 10, 9, 2))
t1.add(me, "Bonjour Martine,\n\nTous les documents sont déposés dans le portail, sauf la facture des deux tables de traitement achetées en mars "
       "que je n'arrive pas à retrouver. Je vous l'envoie dès que je l'ai.", at(2024, 9, 20, 15, 30))
t1.add(martine, "Bien reçu, merci. Il manquait aussi le relevé de la carte Visa Desjardins pour août. Pouvez-vous l'ajouter au portail?",
       at(2024, 9, 23, 11, 15))
t1.add(me, "C'est ajouté. Pour les tables, j'ai demandé une copie de la facture au fournisseur.", at(2024, 9, 24, 10, 5))
t1.add(martine, "Bonjour Geneviève,\n\nLe projet d'états financiers est prêt. Vous le trouverez dans le portail, dossier « 2024 – Projet » :\n"
       f"https://lapointegagnoncpa.sharepoint.com/:b:/s/PortailClients/E{b64u(30)}?e={alnum(6)}\n\nJ'aimerais le revoir avec vous et le "
       "Dr Bergeron. Seriez-vous disponibles le 22 octobre en après-midi?", at(2024, 10, 15, 16, 20), GH,
       scen=("G1", "accountant shares the draft statements through her firm's SharePoint client portal (the thread already carried a portal link)"))
t1.add(me, "Bonjour Martine,\n\nLe 22 à 14 h à nos bureaux de Laval, ça vous va? Le Dr Bergeron a une question sur l'amortissement des nouveaux "
       "postes informatiques; il vous écrira directement.", at(2024, 10, 16, 8, 50))
t1.add(martine, "14 h le 22, c'est noté.", at(2024, 10, 16, 9, 30))
t1.add(martine, "Bonjour Geneviève,\n\nSuite à notre rencontre, voici les états financiers définitifs et la lettre de déclaration de la direction "
       "à faire signer par le Dr Bergeron. Les déclarations de revenus (T2 et CO-17) suivront d'ici la fin novembre.", at(2024, 10, 24, 14, 2),
       atts=[("EF_GroupeSanteBoreal_2024-08-31.pdf", pdf(["Groupe Sante Boreal inc.", "Etats financiers - exercice termine le 31 aout 2024",
                                                          "Rapport de mission d'examen - Lapointe Gagnon CPA inc."], producer="CaseWare Working Papers", when="20241024135000"), "application/pdf"),
             ("Lettre_declaration_direction_2024.pdf", pdf(["Lettre de declaration de la direction", "Exercice termine le 31 aout 2024"],
                                                           producer="CaseWare Working Papers", when="20241024135200"), "application/pdf")])
t1.add(me, "Merci Martine! Voici la lettre signée.", at(2024, 10, 25, 9, 0),
       atts=[("Lettre_declaration_signee.pdf", scanpdf(2, when="20241025085500"), "application/pdf")])
mart_ato = Pt("Martine Lapointe", f"mlapointe@{CPA}", "rc", "vtl-web", "\n\nMartine Lapointe, CPA")
ONE = onenote_file("États financiers 2024 révisés – Ouvrir le document")
t1.add(mart_ato, "Bonjour,\n\nSuite à la révision de Revenu Québec, une version révisée des états financiers 2024 et des notes complémentaires "
       "a été préparée. Vous pouvez la consulter dans le document ci-joint (cliquez sur « Ouvrir le document » dans la page).\n\nCordialement,",
       at(2025, 2, 6, 4, 20), HJ("account-takeover"), xoip="102.89.34.117", detached=True,
       atts=[("EtatsFinanciers_2024_Revises.one", ONE, "application/octet-stream")],
       scen=("A8", "accountant's Vidéotron mailbox used through webmail (Roundcube) from a foreign IP at 04:20: revives a 3-month-old thread with a OneNote file"))

# ================================================================ T2 accountant: RL-1 / T4 slips with the new technician (Jan-Feb 2025) + A1 server hijack
t2 = Thread("T2", "Relevés 1 et feuillets T4 2024 – je vous présente Sébastien", martine)
t2.add(martine, "Bonjour Geneviève,\n\nBonne année! Pour les relevés 1 et les feuillets T4 de 2024, c'est Sébastien Gagnon, notre nouveau "
       "technicien comptable, qui prendra votre dossier en charge (je le mets en copie). Il coordonnera avec PayeXpress pour la conciliation des "
       "sommaires.\n\nVous pouvez lui écrire directement à sgagnon@lapointegagnon-cpa.example.", at(2025, 1, 7, 9, 40), cc=[(sebastien.name, sebastien.email)])
t2.add(me, "Bonjour Martine, bonjour Sébastien,\n\nBonne année à vous aussi et bienvenue Sébastien! PayeXpress produit les relevés 1 et les T4; "
       "il faudra surtout ajouter les avantages imposables (allocations de cellulaire pour 4 employés et stationnement du Dr Bergeron).",
       at(2025, 1, 8, 10, 10), to=[(martine.name, martine.email)], cc=[(sebastien.name, sebastien.email)])
t2.add(sebastien, "Bonjour Geneviève,\n\nEnchanté! Pouvez-vous m'envoyer le registre de paie annuel 2024 de PayeXpress (format Excel si "
       "possible) et la liste des avantages imposables par employé? Je ferai la conciliation avec les sommaires de remises (DAS) cette semaine.\n\nMerci,",
       at(2025, 1, 9, 13, 25), GH, cc=[(martine.name, martine.email)],
       scen=("G2", "new technician at the accountant firm, introduced by the partner two days earlier, writes for the first time"))
t2.add(me, "Bonjour Sébastien,\n\nVoici le registre annuel et la liste des avantages.", at(2025, 1, 10, 11, 40), to=[(sebastien.name, sebastien.email)],
       cc=[(martine.name, martine.email)],
       atts=[("Registre_annuel_2024_PayeXpress.xlsx", ooxml("xlsx", [["No", "Employe", "Brut 2024", "RRQ", "AE", "RQAP", "Impot QC", "Impot fed."]] +
                                                           [[f"00{i:02d}", f"Employe {i}", f"{R.randint(28000, 96000)}", "", "", "", "", ""] for i in range(1, 36)],
                                                           when=(2025, 1, 10, 11, 30, 0), author="PayeXpress"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
             ("Avantages_imposables_2024.xlsx", ooxml("xlsx", [["Employe", "Avantage", "Montant"], ["M.-A. Bergeron", "Stationnement", "1 440"],
                                                               ["4 employes", "Allocation cellulaire", "4 x 600"]], when=(2025, 1, 10, 11, 35, 0), author="Geneviève Tremblay"),
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
t2.add(sebastien, "Bonjour Geneviève,\n\nLa conciliation est terminée. J'ai un écart de 312,40 $ sur le relevé 1 de Karine Pelletier (case A) : le "
       "boni de décembre a été payé le 3 janvier, mais PayeXpress l'a inclus en 2024. Pouvez-vous leur demander de corriger avant la production?",
       at(2025, 1, 20, 15, 5))
t2.add(me, "Bonjour Sébastien,\n\nPayeXpress a corrigé : le boni est maintenant sur 2025. Ils vous transmettent le sommaire révisé aujourd'hui.",
       at(2025, 1, 21, 10, 0), to=[(sebastien.name, sebastien.email)])
t2.add(sebastien, "Parfait, j'ai reçu le sommaire révisé. Tout concorde; je transmettrai les relevés et le sommaire RL-1 à Revenu Québec d'ici la "
       "fin du mois.", at(2025, 1, 22, 9, 10))
t2.add(sebastien, "Bonjour Geneviève,\n\nLes relevés 1, les feuillets T4 et les sommaires ont été transmis. Vous trouverez ci-joint les accusés de "
       "réception de Revenu Québec et de l'ARC pour vos dossiers. Les copies des employés sont disponibles dans le portail de PayeXpress.",
       at(2025, 2, 3, 14, 30),
       atts=[("Accuse_reception_RL1_2024.pdf", pdf(["Revenu Quebec - Accuse de reception", "Sommaire RL-1 2024 - Groupe Sante Boreal inc."],
                                                   producer="Revenu Quebec - ClicSEQUR", when="20250203141000"), "application/pdf"),
             ("Accuse_reception_T4_2024.pdf", pdf(["Agence du revenu du Canada - Accuse de reception", "Declaration T4 2024"],
                                                  producer="ARC - Transmission par Internet", when="20250203141500"), "application/pdf")])
t2.add(me, "Merci beaucoup Sébastien, c'est très apprécié!", at(2025, 2, 4, 8, 20), to=[(sebastien.name, sebastien.email)], cc=[(martine.name, martine.email)])
A1_ZIP = zipb([("Avis_RQ_RL-1_2024_correction.pdf.js", b"// inert probe placeholder: no executable code\r\nvar avis = 'RL-1 2024';\r\n" + b"// " + b64(600).encode() + b"\r\n")],
              (2025, 2, 16, 5, 31, 0), encrypt=True)
t2.add(sebastien, "Bonjour Geneviève,\n\nRevenu Québec nous a retourné un avis concernant le sommaire RL-1 transmis le 3 février (écart sur la "
       "cotisation au Fonds des services de santé). Il faut compléter le formulaire de correction joint à l'avis et nous le retourner d'ici "
       "vendredi pour éviter la pénalité.\n\nL'avis est dans le fichier joint, protégé par mot de passe pour des raisons de confidentialité.\n"
       "Mot de passe : RQ2025\n\nMerci,", at(2025, 2, 16, 5, 38), HJ("server-hijack"), detached=True,
       atts=[("Avis_RQ_RL1_2024.zip", A1_ZIP, "application/x-zip-compressed")],
       scen=("A1", "technician's own Outlook 2016 through the Vidéotron relay (same headers) on a Sunday at 05:38: 'Revenu Québec notice', password-protected zip (.js), password in the text"))

# ================================================================ T3 accountant: question during the holidays -> vacation auto-reply (Dec 2024 - Jan 2025)
t3 = Thread("T3", "Question – allocation pour l'usage du véhicule du Dr Bergeron", martine)
t3.add(me, "Bonjour Martine,\n\nPetite question avant les fêtes : le Dr Bergeron aimerait recevoir une allocation mensuelle fixe pour "
       "l'utilisation de son véhicule personnel entre les cliniques, plutôt que de se faire rembourser au kilomètre. Est-ce imposable pour lui? "
       "Rien d'urgent, ça peut attendre janvier.", at(2024, 12, 20, 14, 10))
ooo = Pt("Martine Lapointe", f"mlapointe@{CPA}", "sieve", "vtl-sieve")
t3.add(ooo, "Bonjour,\n\nNotre bureau est fermé pour la période des fêtes du 20 décembre au 6 janvier inclusivement. Je prendrai connaissance "
       "de votre message à mon retour.\n\nPour une urgence fiscale, vous pouvez joindre Marc Gagnon, CPA, au 450 555-0163, poste 2.\n\n"
       "Joyeuses fêtes!\n\nMartine Lapointe, CPA\n\n---\nOur office is closed for the holidays from December 20 to January 6. I will reply to your "
       "message when I return.", at(2024, 12, 20, 14, 11), GH, sig=False, quote=False, detached=True, no_html=True,
       subj="Absence du bureau : Question – allocation pour l'usage du véhicule du Dr Bergeron",
       extra=[("Auto-Submitted", "auto-replied (vacation)"), ("Precedence", "bulk")],
       scen=("G6", "accountant's vacation auto-reply (Dovecot/Sieve at Vidéotron), with In-Reply-To"))
t3.add(martine, "Bonjour Geneviève,\n\nBonne année! Pour répondre à votre question : une allocation fixe pour l'usage d'un véhicule est un "
       "avantage imposable, sauf si elle est raisonnable et basée uniquement sur le nombre de kilomètres parcourus pour le travail. Le plus simple "
       "est de garder le remboursement au kilomètre (0,72 $/km en 2025 pour les 5 000 premiers km) avec un registre des déplacements. Je peux en "
       "discuter avec le Dr Bergeron s'il le souhaite.", at(2025, 1, 6, 10, 20))
t3.add(me, "Merci Martine, c'est très clair. Je lui transmets.", at(2025, 1, 6, 11, 0))

# ================================================================ O1: accountant answers the director and copies Geneviève (parent not in the mailbox)
o1_parent = make_mid(bergeron, "olk", at(2024, 10, 17, 21, 40))
o1_t = at(2024, 10, 18, 11, 25)
o1_text = ("Bonjour Dr Bergeron,\n\n(Je mets Geneviève en copie.)\n\nLes ordinateurs entrent dans la catégorie 50 (taux de 55 %). Avec la règle "
           "de la demi-année, la déduction pour l'exercice qui se terminera le 31 août 2025 sera d'environ 27,5 % du coût des postes installés le "
           "1er octobre, puis 55 % du solde les années suivantes. L'imprimante d'étiquettes suit la même règle." + SIG_ML +
           "\n\n-----Message d'origine-----\nDe : Marc-André Bergeron <ma.bergeron@santeboreal.example> \nEnvoyé : 17 octobre 2024 21:40\n"
           "À : Martine Lapointe <mlapointe@lapointegagnon-cpa.example>\nObjet : Amortissement des nouveaux postes informatiques\n\nBonjour Martine,\n\n"
           "Geneviève m'a dit que vous pourriez m'expliquer comment on amortit les 4 nouveaux postes de la réception (environ 7 500 $). Est-ce qu'on "
           "peut tout déduire cette année?\n\nMerci,\nMarc-André")
emit(martine, "olk16", o1_t, [(bergeron.name, bergeron.email)], [(me.name, me.email)], "RE: Amortissement des nouveaux postes informatiques",
     [o1_parent], o1_text, html=html_wrap("olk16", o1_text), label=GO,
     scen=("O1", "accountant answers the director's direct question and copies Geneviève; the director's message is not in her mailbox"))


# ================================================================ T5 supplier (Google Workspace): quote, revived after 6.5 months (Sept 2024 / Apr 2025)
t5 = Thread("T5", "Quote request – radial shockwave unit and 2 electric treatment tables", kevin)
t5.add(me, "Hi Kevin,\n\nHope you're well. We're looking at adding a radial shockwave therapy unit at our Blainville clinic, and we also need two "
       "electric treatment tables for Terrebonne (same model as last year's if still available).\n\nCould you send us a quote? Delivery would be "
       "to two different sites.\n\nThanks,", at(2024, 9, 18, 9, 30))
t5.add(kevin, "Hi Geneviève,\n\nGreat to hear from you. Please find attached quote NMS-Q-24-0917:\n\n- 1 x SonoWave RSW-2 radial shockwave unit "
       "with trolley, 2 handpieces and a starter kit of transmitters: $24,850\n- 2 x ProLift 3-section electric treatment tables: $4,290 each\n\n"
       "Prices include delivery and on-site training for the shockwave unit. Warranty is 2 years parts and labour. The quote is valid for 60 days.",
       at(2024, 9, 19, 11, 12), atts=[("NMS-Q-24-0917_GroupeSanteBoreal.pdf", NMSQ, "application/pdf")])
t5.add(me, "Thanks Kevin. Two questions: can the training be done in French, and is there a demo unit we could try for a week?", at(2024, 9, 20, 10, 2))
t5.add(kevin, "Yes to both. Our clinical trainer for Quebec, Annie Lévesque, does all her trainings in French. A demo unit is available from "
       "October 14 for a week, just let me know.", at(2024, 9, 23, 9, 45))
t5.add(me, "We'll go ahead with the two tables for Terrebonne now. The shockwave unit will have to wait for our budget in April, but we'd like the "
       "demo in October if possible.", at(2024, 9, 24, 15, 10))
t5.add(kevin, "Sounds good. I'll send the order confirmation for the tables separately and book the demo unit for October 14-18 at Blainville.",
       at(2024, 9, 25, 8, 30))

# ================================================================ T6 supplier: order and delivery (Oct-Nov 2024) + A2 server hijack (Google Drawings link)
t6 = Thread("T6", "Order confirmation SO-24-11873 – Groupe Santé Boréal", kevin)
t6.add(kevin, "Hi Geneviève,\n\nAttached is the order confirmation for the two ProLift tables for Terrebonne. Current lead time is 6-8 weeks (the "
       "manufacturer is backordered on the 3-section model).\n\nPlease confirm the delivery address and receiving hours.", at(2024, 10, 1, 10, 30),
       atts=[("SO-24-11873.pdf", pdf(["Northshore Medical Supply Ltd. - Sales Order SO-24-11873", "Ship to: Groupe Sante Boreal - Terrebonne",
                                      "2 x ProLift 3-section electric table @ $4,290.00", "Subtotal $8,580.00 - GST $429.00 - QST $855.86 - Total $9,864.86"],
                                     producer="NetSuite", when="20241001142500", zone="Z"), "application/pdf")])
t6.add(me, "Hi Kevin,\n\nDelivery to 3100 boulevard de la Pinière, suite 105, Terrebonne, QC J6X 4P7. There is no loading dock; deliveries at the "
       "front door between 8 and 11 am. Please ask the carrier to call Mélanie at reception on arrival: 450 555-0142.", at(2024, 10, 2, 9, 15))
t6.add(kevin, "Noted, thanks! Also, please note my new cell number: 647 555 0128. The 416 number will be disconnected at the end of October."
       + SIG_KO2, at(2024, 10, 3, 14, 5), GH, sig=False, scen=("G3", "supplier's account manager announces a new cell number (signature changes)"))
kevin.sig = SIG_KO2
t6.add(kevin, "Hi Geneviève,\n\nGood news, the tables shipped today with Transport Express Nord, PRO number 48822191. Estimated delivery is "
       "Tuesday November 26 in the morning. The carrier will call Mélanie on arrival.", at(2024, 11, 19, 15, 40))
t6.add(me, "Perfect, thanks Kevin. Mélanie is aware.", at(2024, 11, 20, 8, 30))
t6.add(kevin, "Hi Geneviève,\n\nThe carrier was not able to complete the delivery to Terrebonne this morning and needs a new delivery window, "
       "otherwise the shipment will be returned to our warehouse in Mississauga at your cost.\n\nYou can see the delivery notice and choose a new "
       f"window here:\nhttps://docs.google.com/drawings/d/1{b64u(32)}/preview\n\nThanks,", at(2024, 11, 26, 11, 47), HJ("server-hijack"), detached=True,
       scen=("A2", "supplier's real Google Workspace account (Gmail web, same headers): fake failed-delivery notice, link to a Google Drawings page"))
t6.add(kevin, "Hi Geneviève, the carrier confirms both tables were delivered at 10:15 this morning and signed for by Mélanie. Let me know if "
       "anything was damaged in transit.", at(2024, 11, 26, 14, 20))
t6.add(me, "Both tables are in place, thank you! By the way, I received an odd email from your address at 11:47 with a Google Drawings link about "
       "a failed delivery. I didn't click. You may want to check with your IT.", at(2024, 11, 26, 15, 5))
t6.add(kevin, "Thanks for the heads-up, that wasn't me! Our IT has reset my password and is reviewing the account. Please delete it.",
       at(2024, 11, 26, 16, 31))

# ================================================================ T7 supplier AR: statement (Jan 2025) + A11 display-name spoof (.xlsm)
t7 = Thread("T7", "Statement of account – Groupe Santé Boréal (past due)", priya)
t7.add(priya, "Hello,\n\nPlease find attached your statement of account as of January 10, 2025. Invoice INV-88412 ($9,864.86, order "
       "SO-24-11873) is now 31-60 days past due.\n\nIf payment has already been sent, please disregard this notice or send us the remittance details.",
       at(2025, 1, 13, 10, 5), atts=[("Statement_GroupeSanteBoreal_2025-01-10.pdf", pdf(["Northshore Medical Supply Ltd. - Statement of Account",
                                                                                          "Groupe Sante Boreal inc. - as of 2025-01-10", "INV-88412 2024-11-26 $9,864.86 31-60 days"],
                                                                                         producer="NetSuite", when="20250113150000", zone="Z"), "application/pdf")])
t7.add(me, "Hello Priya,\n\nInvoice INV-88412 was paid by EFT on December 18 (reference SB-1218-NMS). Proof of payment attached. Could you check "
       "on your side?", at(2025, 1, 14, 9, 0),
       atts=[("Preuve_paiement_INV-88412.pdf", pdf(["Desjardins AccesD Affaires - Confirmation de paiement", "Beneficiaire : Northshore Medical Supply Ltd.",
                                                    "Montant : 9 864,86 $ - 2024-12-18 - Ref. SB-1218-NMS"], producer="Desjardins AccesD Affaires", when="20250114085500"), "application/pdf")])
t7.add(priya, "Thank you Geneviève, found it. The payment had been applied to another customer with a similar name. It's corrected; the updated "
       "statement attached shows a zero balance.", at(2025, 1, 15, 11, 30),
       atts=[("Statement_GroupeSanteBoreal_2025-01-15.pdf", pdf(["Northshore Medical Supply Ltd. - Statement of Account", "Balance due: $0.00"],
                                                                producer="NetSuite", when="20250115162500", zone="Z"), "application/pdf")])
priya_spoof = Pt("Priya Sharma", "priyasharma.nmsar@gmail.com", "gmail", "gmail", lang="en")
XLSM = ooxml("xlsm", [["Northshore Medical Supply - Statement", ""], ["Enable content to view remittance details", ""]], macro=True,
             when=(2025, 1, 27, 22, 10, 0), author="user")
t7.add(priya_spoof, "Hello Geneviève,\n\nPlease review the attached updated statement, there are still 2 open items from December that require "
       "your attention before month-end.\n\nThe file is protected, kindly click \"Enable Editing\" and \"Enable Content\" to view the remittance "
       "details.\n\nBest regards,\nPriya Sharma\nAccounts Receivable", at(2025, 1, 28, 8, 12), HJ("display-name-spoof"), sig=False, quote=False,
       detached=True, atts=[("NMS_Statement_Jan2025.xlsm", XLSM, "application/vnd.ms-excel.sheet.macroEnabled.12")],
       scen=("A11", "'Priya Sharma' from a Gmail address in the real statement thread: macro-enabled .xlsm 'updated statement', no quote"))

# ================================================================ T8 supplier AR: verified bank change (Mar-Apr 2025) + A12 look-alike domain
BANKLETTER = pdf(["Northshore Medical Supply Ltd. - 2480 Meadowpine Blvd, Unit 6, Mississauga ON", "March 10, 2025",
                  "RE: Change of banking information effective April 1, 2025", "New bank: Bank of Montreal, Mississauga Meadowvale branch",
                  "Transit 03122 - Institution 001 - Account 1984-337", "Please verify by phone with Accounts Receivable at the number on file.",
                  "Daniel Reyes, CPA, Chief Financial Officer"], producer="Microsoft® Word for Microsoft 365", when="20250310130500", zone="-04'00'")
t8 = Thread("T8", "Important: change of banking information – Northshore Medical Supply", priya)
t8.add(priya, "Hello Geneviève,\n\nPlease find attached a letter from our CFO regarding a change to our banking information, effective April 1, "
       "2025, following our move from Royal Bank to Bank of Montreal.\n\nAs a security measure, please confirm this change by calling our Accounts "
       "Receivable department at the number you already have on file, not a number provided in an email. We will never ask you to change our "
       "banking details by email alone.\n\nInvoices dated before April 1 can still be paid to the old account until April 30.",
       at(2025, 3, 10, 13, 15), GH, atts=[("NMS_Banking_Change_Letter_2025-03-10.pdf", BANKLETTER, "application/pdf")],
       scen=("G4", "supplier's real bank-change letter (PDF), asking to verify by phone with the number on file"))
t8.add(me, "Hello Priya,\n\nThanks for the notice. As per our procedure, I'll call you tomorrow morning to confirm before updating our vendor file.",
       at(2025, 3, 10, 15, 20))
t8.add(me, "Hello Priya,\n\nFollowing our call this morning (905 555 0177, number from our vendor file), I've updated your banking information in "
       "our system, effective April 1. Thanks for your patience.", at(2025, 3, 11, 9, 40))
t8.add(priya, "Thank you for verifying, Geneviève. Much appreciated!", at(2025, 3, 11, 10, 5))
t8.add(priya, "Hello Geneviève,\n\nPlease find attached invoice INV-90277 for your March consumables order (ultrasound gel and electrodes). This is "
       "the first invoice showing our new BMO banking details, as confirmed by phone on March 11.\n\nPayment terms: net 30.", at(2025, 4, 3, 9, 50), GH,
       atts=[("INV-90277.pdf", pdf(["Northshore Medical Supply Ltd. - Invoice INV-90277", "Ultrasound gel 5 L x 12, electrodes 50 x 50 mm x 40",
                                    "Total $1,284.37", "Remit to: Bank of Montreal - Transit 03122 - Inst. 001 - Acct 1984-337"],
                                   producer="NetSuite", when="20250403135000", zone="Z"), "application/pdf")],
       scen=("G5", "first invoice with the new, phone-verified bank details"))
t8.add(me, "Thanks Priya, scheduled for payment on May 2.", at(2025, 4, 4, 8, 45))
look_priya = Pt("Priya Sharma", "priya.sharma@northshore-medical.example", "ox", "look-nms",
                "\n\nPriya Sharma\nAccounts Receivable\nNorthshore Medical Supply Ltd.\nar@northshore-medical.example", lang="en")
LOOKPDF = pdf(["Northshore Medical Supply Ltd.", "May 12, 2025", "Temporary remittance instructions", "Canadian Western Trust - Transit 01672 - Institution 309",
               "Account 5519027 - Beneficiary: Northshore Medical Supply Ltd", "Daniel Reyes, CPA, Chief Financial Officer"],
              producer="Microsoft: Print To PDF", when="20250512221800", zone="")
t8.add(look_priya, "Hello Geneviève,\n\nFurther to our banking change letter of March 10, I must inform you that our new BMO account is currently "
       "under a compliance review following the acquisition of our Quebec distributor, and incoming EFTs are temporarily being returned to the "
       "sender. Your EFT of May 2 for INV-90277 was returned to your bank for this reason, we apologize for the inconvenience.\n\nTo avoid any "
       "delay on your open invoices (INV-90277, $1,284.37, and INV-91034, $7,455.00 for the SonoWave deposit), please remit to our temporary "
       "Canadian collection account below until further notice. The attached letter from our CFO confirms these details.\n\nBank: Canadian Western "
       "Trust\nTransit: 01672  Institution: 309\nAccount: 5519027\nBeneficiary: Northshore Medical Supply Ltd\n\nPlease send the remittance advice "
       "to this email once payment is made. Our AR phone line is being moved to the new phone system this week, so email is the fastest way to "
       "reach me.\n\nThank you for your understanding,", at(2025, 5, 13, 9, 22), HJ("lookalike-domain"), detached=True,
       atts=[("NMS_Temporary_Remittance_Instructions.pdf", LOOKPDF, "application/pdf")],
       scen=("A12", "supplier look-alike domain (northshore-medical.example) quotes the real bank-change thread: 'compliance review', new account, no calls"))

# ================================================================ T9 supplier: service contract, OOO, trade show, new field technician (May-Jun 2025)
t9 = Thread("T9", "Service contract renewal – ultrasound and TENS units (3 clinics)", kevin)
t9.add(kevin, "Hi Geneviève,\n\nYour preventive-maintenance contract for the 6 therapeutic ultrasound units and 4 TENS/EMS units expires on "
       "June 30. The renewal quote is attached (same price as last year: $2,180/year). Starting this year, the PM visits will be done by Mike Chen, "
       "our new field service technician for Quebec, whom I've copied here.", at(2025, 5, 16, 10, 10), cc=[(mike.name, mike.email)],
       atts=[("NMS-SC-2025-Renewal.pdf", pdf(["Northshore Medical Supply - Service Contract Renewal 2025-2026", "6 therapeutic ultrasound units, 4 TENS/EMS units",
                                              "Annual preventive maintenance and calibration - $2,180.00"], producer="Google Docs Renderer", when="20250516140500", zone="Z"), "application/pdf")])
t9.add(me, "Hi Kevin, hi Mike,\n\nWe'll renew; PO to follow. Mike, when could you do the PM visits? Mondays are best for us, fewer patients are "
       "booked.", at(2025, 5, 20, 9, 30), to=[(kevin.name, kevin.email)], cc=[(mike.name, mike.email)])
t9.add(kevin, "Hi,\n\nI'm at the Canadian physiotherapy congress in Vancouver until May 23 with limited access to email. For orders, please "
       "contact customer service at 1 888 555 0150 or orders@northshoremedical.example.\n\nThanks,\nKevin", at(2025, 5, 20, 9, 31), GH, sig=False,
       quote=False, detached=True, subj="Out of office – Kevin O'Donnell", no_html=False,
       extra=[("Auto-Submitted", "auto-replied")], scen=("G35", "supplier's Gmail vacation auto-reply, with In-Reply-To"))
t9.add(mike, "Hi Geneviève,\n\nNice to meet you! I can do the PM visits on Monday June 2 (Laval in the morning, Terrebonne after lunch) and "
       "Monday June 9 (Blainville).\n\nThe manufacturer released a firmware update for the ultrasound units (v3.4.2, fixes the timer display bug). "
       "I'll install it during the visits, nothing to do on your side. The release notes are on the manufacturer's support site if you're curious:\n"
       "https://support.sonomedix.example/firmware/US-500/release-notes-3.4.2\n\nI've attached the PM checklist we follow.", at(2025, 5, 21, 13, 5), GH,
       cc=[(kevin.name, kevin.email)], atts=[("PM_Checklist_Therapeutic_Ultrasound.pdf", pdf(["Northshore Medical Supply - PM checklist",
                                                                                             "Therapeutic ultrasound: output power, timer, ERA, BNR", "Electrical safety test (CSA C22.2 No. 60601-1)"],
                                                                                            producer="Google Docs Renderer", when="20250521165000", zone="Z"), "application/pdf")],
       scen=("G28", "supplier's new field technician (introduced by the account manager) writes with a firmware release-notes link and a PDF"))
rec_mike = t9.last
kevin_van = Pt("Kevin O'Donnell", f"kevin.odonnell@{NMS}", "gws", "gws-nms", SIG_KO2, tz=VAN, lang="en")
t9.add(kevin_van, "Hi Geneviève, thanks for renewing! Sorry for the delay, I'm at the congress in Vancouver this week. Mike will take good care "
       "of you. I'll send the invoice when I'm back on Monday.", at(2025, 5, 22, 6, 14, VAN), GH, sig=False, cc=[(mike.name, mike.email)],
       quote_rec=t9.recs[1], detached=True,
       scen=("G24", "supplier writes from a trade show in Vancouver at 06:14 local time (-0700), short, no signature"))
t9.add(me, "Perfect, June 2 and 9 work for us. Thanks Mike and Kevin!", at(2025, 5, 22, 9, 40), quote_rec=rec_mike, to=[(mike.name, mike.email)], cc=[(kevin.name, kevin.email)])
t9.add(mike, "Hi Geneviève,\n\nAll PM visits are done. All 6 ultrasound units passed output calibration and are now on firmware 3.4.2; one TENS "
       "unit in Blainville had a worn lead wire that I replaced under the contract. Service reports attached.", at(2025, 6, 10, 16, 20),
       atts=[("PM_Reports_June2025.pdf", pdf(["Northshore Medical Supply - Service reports June 2025", "Laval, Terrebonne (2025-06-02), Blainville (2025-06-09)",
                                              "All units: PASS"], producer="Google Docs Renderer", when="20250610201500", zone="Z"), "application/pdf")])
t9.add(me, "Thank you Mike!", at(2025, 6, 10, 16, 45), to=[(mike.name, mike.email)])

# T5 revived by the supplier after six months (April 2025)
t5.add(kevin, "Hi Geneviève,\n\nReviving this thread because I know your budget is coming up: the manufacturer of the SonoWave has announced a "
       "9% price increase effective June 1, because of the new tariffs. If you're still planning to buy the unit, I can hold the September price "
       "($24,850) on a PO received before May 31.\n\nLet me know if you'd like an updated quote.", at(2025, 4, 8, 9, 20), GH,
       scen=("G12", "supplier revives a quote thread after 6.5 months for a concrete reason (price increase)"))
t5.add(me, "Hi Kevin,\n\nGood timing, the budget was approved last week. Please send the updated quote at the September price and we'll issue the PO.",
       at(2025, 4, 9, 10, 30))
t5.add(kevin, "Updated quote NMS-Q-25-0410 attached, same price, delivery in May. Annie can do the training the week of May 12.", at(2025, 4, 10, 11, 2),
       atts=[("NMS-Q-25-0410_GroupeSanteBoreal.pdf", pdf(["Northshore Medical Supply Ltd. - Quote NMS-Q-25-0410", "1 x SonoWave RSW-2 - $24,850.00 (price held)",
                                                          "Delivery May 2025 - training week of May 12"], producer="Google Docs Renderer", when="20250410150000", zone="Z"), "application/pdf")])
t5.add(me, "PO 2025-017 attached.", at(2025, 4, 14, 14, 20),
       atts=[("BC_2025-017_Northshore.pdf", pdf(["Groupe Sante Boreal inc. - Bon de commande 2025-017", "Fournisseur : Northshore Medical Supply Ltd.",
                                                 "SonoWave RSW-2 - 24 850,00 $ - Ref. NMS-Q-25-0410"], when="20250414141500"), "application/pdf")])
t5.add(kevin, "PO received, thank you! Shipping the week of May 5.", at(2025, 4, 15, 8, 55))


# ================================================================ T10 insurance broker (Microsoft 365): renewal, secure portal, DocuSign (Oct-Nov 2024) + A4 (Jan 2025)
cs = Pt("Julie Roy (via CourrierSûr)", "notification@courriersur.example", "cs", "courriersur")


def cs_note(t, subj, n_att, label=None, scen=None):
    tok = b64u(30)
    plain = (f"Julie Roy (jroy@belangerroy.example) vous a envoyé un message sécurisé.\n\nObjet : {subj}\nPièces jointes : {n_att}\n\n"
             f"Lire le message : https://portail.courriersur.example/lire/m/{tok}\n\nLe message sera disponible pendant 30 jours. Vous devrez vous "
             "authentifier avec votre adresse courriel et un code à usage unique envoyé à cette adresse.\n\n"
             "CourrierSûr – Messagerie sécurisée pour les professionnels\nCe message a été envoyé par l'entremise de CourrierSûr pour le compte de "
             "Bélanger Roy Assurances inc. Pour vérifier l'authenticité d'un avis : https://www.courriersur.example/verifier")
    html = ('<html><body style="margin:0;background:#eef2f5"><table width="100%"><tr><td align="center"><table width="580" style="background:#fff;'
            'font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222"><tr><td style="background:#123a5c;padding:14px 22px;color:#fff;font-size:18px">'
            '&#128274; CourrierSûr</td></tr><tr><td style="padding:22px"><p><b>Julie Roy</b> (jroy@belangerroy.example) vous a envoyé un message sécurisé.</p>'
            f'<p>Objet : {H.escape(subj)}<br>Pièces jointes : {n_att}</p><p><a href="https://portail.courriersur.example/lire/m/{tok}" '
            'style="background:#1b75bb;color:#fff;padding:10px 20px;text-decoration:none;border-radius:3px">Lire le message</a></p>'
            '<p style="font-size:12px;color:#666">Le message sera disponible pendant 30 jours.</p></td></tr><tr><td style="padding:12px 22px;font-size:11px;color:#888">'
            'Envoyé par l\'entremise de CourrierSûr pour le compte de Bélanger Roy Assurances inc. '
            '<a href="https://www.courriersur.example/verifier">Vérifier un avis</a></td></tr></table></td></tr></table></body></html>')
    return emit(cs, "cs", t, [(me.name, me.email)], None, f"Message sécurisé de Julie Roy : {subj}", [], plain, html=html, reply_to=addr("cs", julie.name, julie.email),
                extra=[("X-CourrierSur-Message-Id", ruuid()), ("X-Auto-Response-Suppress", "All")], label=label, scen=scen)


t10 = Thread("T10", "Renouvellement 2025 – Police BR-44817 (biens et responsabilité civile)", julie)
t10.add(julie, "Bonjour Geneviève,\n\nLe renouvellement de votre police d'assurance des entreprises (biens et responsabilité civile) arrive le "
        "1er janvier 2025. Afin de préparer la soumission, pourriez-vous me confirmer :\n\n- la masse salariale 2024 estimée;\n- la valeur des "
        "équipements par clinique (incluant les nouveaux achats);\n- tout changement aux locaux (superficie, rénovations).\n\nMerci!", at(2024, 10, 28, 10, 15))
t10.add(me, "Bonjour Julie,\n\nMasse salariale 2024 : environ 2,1 M$. Équipements : Laval 185 000 $, Terrebonne 142 000 $ (incluant 2 nouvelles "
        "tables de 4 290 $ livrées en novembre), Blainville 121 000 $. Nous prévoyons aussi l'achat d'un appareil d'ondes de choc de 24 850 $ au "
        "printemps. Aucun changement aux locaux.\n\nPourriez-vous aussi nous proposer une option de couverture des cyberrisques? Tous nos dossiers "
        "patients sont en ligne.", at(2024, 10, 29, 11, 20))
t10.add(julie, "Bonjour Geneviève,\n\nMerci pour l'information. La soumission de renouvellement, incluant l'option cyberrisques, vous a été "
        "transmise par notre messagerie sécurisée CourrierSûr. Vous recevrez un avis séparé avec le lien pour la consulter (les documents contiennent "
        "des renseignements personnels, d'où le portail).", at(2024, 11, 12, 15, 40))
cs_note(at(2024, 11, 12, 15, 42), "Soumission de renouvellement 2025 – BR-44817", 2, label=GH,
        scen=("G14", "genuine secure-message portal notification (announced by the broker), 'read the message' link, no reply headers"))
t10.add(me, "Bonjour Julie,\n\nJ'ai bien lu la soumission. Pour l'option cyberrisques, la franchise de 10 000 $ me semble élevée : est-ce possible "
        "à 5 000 $? Et est-ce que la couverture inclut les frais de notification des patients en cas de fuite (Loi 25)?", at(2024, 11, 14, 10, 30))
t10.add(julie, "Bonjour Geneviève,\n\nOui : avec une franchise de 5 000 $, la prime passe de 2 340 $ à 2 715 $. La couverture inclut les frais de "
        "notification, de surveillance du crédit et de gestion de crise, jusqu'à 250 000 $. Je vous prépare la proposition finale pour signature.",
        at(2024, 11, 15, 9, 50))
t10.add(julie, "Voici la proposition finale (franchise cyber de 5 000 $). Je vous l'envoie pour signature électronique par DocuSign; vous "
        "recevrez le courriel de DocuSign dans quelques minutes.", at(2024, 11, 20, 11, 5))
ds = Pt("Julie Roy via DocuSign", "dse_NA3@docusign.net", "docusign", "docusign")


def docusign(t, subj, intro, link_txt, label=None, scen=None):
    env_id = ruuid()
    link = f"https://na3.docusign.net/Signing/EmailStart.aspx?a={ruuid()}&etti=24&acct={ruuid()}&er={ruuid()}"
    plain = (f"{intro}\n\n{link_txt} : {link}\n\nJulie Roy\njroy@belangerroy.example\n\nNe partagez pas ce courriel\nCe courriel contient un lien "
             "sécurisé vers DocuSign. Veuillez ne pas partager ce courriel, ce lien ou le code d'accès avec d'autres personnes.\n\nAutre méthode de "
             f"signature\nRendez-vous sur docusign.com, cliquez sur « Accéder aux documents » et entrez le code de sécurité : {HX(32)}1\n\n"
             "À propos de DocuSign\nSignez des documents électroniquement en quelques minutes. C'est sûr et sécurisé.")
    html = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="padding:2%;background-color:#ffffff">'
            '<table role="presentation" border="0" cellspacing="0" cellpadding="0" width="100%" style="max-width:640px;background-color:#1e4ca1"><tr><td style="padding:28px 36px;'
            'font-family:Helvetica,Arial,sans-serif;color:#ffffff;font-size:16px;text-align:center"><img src="https://na3.docusign.net/Member/Images/email/docusign-logo-white.png" '
            f'alt="DocuSign" width="120"><p>{H.escape(intro)}</p><a href="{link}" style="background-color:#ffc423;color:#333333;font-size:15px;font-weight:bold;padding:10px 24px;'
            f'text-decoration:none;border-radius:2px">{H.escape(link_txt.upper())}</a></td></tr></table><p style="font-family:Helvetica,Arial,sans-serif;font-size:11px;color:#666">'
            'Ne partagez pas ce courriel. Ce courriel contient un lien sécurisé vers DocuSign.</p></body></html>')
    return emit(ds, "docusign", t, [(me.name, me.email)], None, subj, [], plain, html=html, reply_to=addr("docusign", julie.name, julie.email),
                extra=[("X-DocuSign-EnvelopeID", env_id), ("X-Auto-Response-Suppress", "All")], label=label, scen=scen)


docusign(at(2024, 11, 20, 11, 7), "Veuillez signer avec DocuSign : Proposition_Renouvellement_BR-44817_2025.pdf",
         "Julie Roy vous a envoyé un document à réviser et à signer.", "Réviser le document", label=GH,
         scen=("G22", "genuine DocuSign signing request from the broker (announced two minutes earlier in the thread)"))
t10.add(me, "Bonjour Julie, c'est signé. Merci pour votre aide!", at(2024, 11, 21, 9, 15))
rec_g_signed = t10.last
docusign(at(2024, 11, 21, 9, 14), "Terminé : Proposition_Renouvellement_BR-44817_2025.pdf",
         "Tous les signataires ont terminé. Le document signé est disponible.", "Afficher le document terminé")
t10.add(julie, "Merci Geneviève! Voici la confirmation de couverture pour 2025. Les documents de police suivront en décembre.", at(2024, 11, 22, 14, 30),
        atts=[("Confirmation_couverture_BR-44817_2025.pdf", pdf(["Belanger Roy Assurances inc. - Confirmation de couverture", "Police BR-44817 - du 2025-01-01 au 2026-01-01",
                                                                "Biens, responsabilite civile, cyberrisques (franchise 5 000 $)"], producer="Microsoft® Word pour Microsoft 365",
                                                               when="20241122142000"), "application/pdf")])
SVG = ('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="640" height="360" viewBox="0 0 640 360">\n'
       '  <rect width="640" height="360" fill="#f3f6f9"/>\n  <rect x="20" y="20" width="600" height="56" fill="#123a5c"/>\n'
       '  <text x="40" y="56" font-family="Segoe UI, Arial" font-size="22" fill="#ffffff">Message sécurisé – Bélanger Roy Assurances</text>\n'
       '  <text x="40" y="130" font-family="Segoe UI, Arial" font-size="16" fill="#222">Documents de renouvellement signés – Police BR-44817 (3 fichiers)</text>\n'
       '  <a xlink:href="https://courriersur-messagerie.example/auth/?m=genevieve.tremblay%40santeboreal.example&amp;ref=BR-44817" target="_blank">\n'
       '    <rect x="40" y="170" width="260" height="46" rx="4" fill="#1b75bb"/>\n'
       '    <text x="70" y="200" font-family="Segoe UI, Arial" font-size="17" fill="#ffffff">Accéder aux documents</text>\n  </a>\n'
       '  <!-- inert probe placeholder: a plain link, no script -->\n</svg>\n').encode()
t10.add(julie, "Bonjour Geneviève,\n\nTel que demandé, voici les documents de renouvellement signés par les deux parties. Pour des raisons de "
        "confidentialité, ils sont transmis par message sécurisé : ouvrez la pièce jointe et authentifiez-vous avec votre adresse courriel pour y "
        "accéder.\n\nMerci et bonne journée!", at(2025, 1, 14, 7, 2), HJ("server-hijack"), detached=True, quote_rec=rec_g_signed,
        quote_text=rec_g_signed["plain"].replace("c'est signé. Merci pour votre aide!", "c'est signé. Pourriez-vous me renvoyer la version signée par "
                                                 "les deux parties par message sécurisé? Merci pour votre aide!"),
        atts=[("MessageSecurise_BR-44817.svg", SVG, "image/svg+xml")],
        scen=("A4", "broker's real Microsoft 365 mailbox and Outlook (same headers): 'secure message' SVG attachment; Geneviève's quoted text is altered to ask for it"))

# ================================================================ T11 broker: water-damage claim (Feb-Apr 2025) + forward from the insurer + A13 look-alike domain
t11 = Thread("T11", "Réclamation – dégât d'eau, clinique de Blainville (10 février)", julie)
t11.add(me, "Bonjour Julie,\n\nNous avons eu un dégât d'eau ce matin à Blainville (drain de condensation gelé de la thermopompe de l'étage "
        "supérieur). Dommages : tuiles de plafond, une table de traitement électrique mouillée (moteur à vérifier), et la salle 3 est fermée pour "
        "quelques jours. Le propriétaire a fait réparer la fuite.\n\nComment procède-t-on pour la réclamation? Photos ci-jointes.", at(2025, 2, 10, 9, 10),
        atts=PHOTOS)
t11.add(julie, "Bonjour Geneviève,\n\nDésolée d'apprendre ça. J'ai ouvert le dossier de réclamation R-25-0214 auprès de l'assureur. Un expert en "
        "sinistres communiquera avec vous d'ici 48 heures. Conservez toutes les factures (plombier, remplacement, technicien pour la table) et "
        "notez les rendez-vous annulés pour la perte de revenus.", at(2025, 2, 10, 11, 30))
fwd = ("Bonjour Geneviève,\n\nPour votre information, voici le courriel de l'assureur confirmant la nomination de l'expert. M. Lemieux vous "
       "appellera aujourd'hui." + SIG_JR + "\n\nDe : Réclamations – Assurances Laurentienne <reclamations@assurances-laurentienne.example>\n"
       "Envoyé : mardi 11 février 2025 16:48\nÀ : Julie Roy <jroy@belangerroy.example>\nObjet : Réclamation R-25-0214 – Groupe Santé Boréal – "
       "nomination de l'expert\n\nBonjour Mme Roy,\n\nNous accusons réception de la déclaration de sinistre de votre cliente Groupe Santé Boréal inc. "
       "(police BR-44817, sinistre du 2025-02-10, dégât d'eau). L'expert en sinistres mandaté est M. Pascal Lemieux, Cabinet d'expertise Lemieux "
       "inc., 514 555-0148. Il communiquera avec l'assurée dans les 24 heures.\n\nService des réclamations\nAssurances Laurentienne")
emit(julie, "olk", at(2025, 2, 12, 9, 5), [(me.name, me.email)], None, "TR: Réclamation R-25-0214 – Groupe Santé Boréal – nomination de l'expert", [],
     fwd, html=html_wrap("olk", fwd), topic="Réclamation R-25-0214 – Groupe Santé Boréal – nomination de l'expert",
     atts=[("Accuse_reception_R-25-0214.pdf", pdf(["Assurances Laurentienne - Accuse de reception", "Sinistre R-25-0214 - degat d'eau 2025-02-10",
                                                   "Expert : Pascal Lemieux, Cabinet d'expertise Lemieux inc."], producer="OpenText Exstream", when="20250211164500"), "application/pdf")],
     label=GH, scen=("G30", "broker forwards (TR:) the insurer's e-mail naming the adjuster, with its PDF"))
t11.add(me, "Bonjour Julie,\n\nM. Lemieux est venu le 13 février. Voici les factures demandées : technicien pour la table (moteur remplacé, "
        "1 180 $) et tuiles et main-d'oeuvre facturées par le propriétaire (1 960 $). Nous avons dû annuler 46 rendez-vous dans la salle 3 du 10 au "
        "14 février.", at(2025, 3, 5, 10, 20),
        atts=[("Facture_table_MedTech-3381.pdf", pdf(["MedTech Service - Facture 3381", "Remplacement moteur table electrique", "1 180,00 $"], when="20250220110000"), "application/pdf"),
              ("Facture_plafond_Deschamps.pdf", pdf(["Gestion Immobiliere Deschamps - Refacturation", "Tuiles de plafond et main-d'oeuvre - salle 3", "1 960,00 $"],
                                                    when="20250225100000"), "application/pdf")])
t11.add(julie, "Bonjour Geneviève,\n\nL'assureur propose un règlement de 8 420 $ (biens : 3 140 $; perte de revenus : 5 280 $) moins la franchise "
        "de 1 000 $, soit 7 420 $. La lettre de règlement vous a été transmise par CourrierSûr. Préférez-vous un chèque ou un dépôt direct? Pour un "
        "dépôt direct, l'assureur demande le formulaire signé avec un spécimen de chèque, à téléverser dans le même message sécurisé.",
        at(2025, 3, 20, 13, 45))
cs_note(at(2025, 3, 20, 13, 47), "Réclamation R-25-0214 – proposition de règlement", 1)
t11.add(me, "Bonjour Julie,\n\nDépôt direct, s'il vous plaît. J'ai téléversé le formulaire signé et le spécimen de chèque dans le message "
        "sécurisé ce matin.", at(2025, 3, 21, 9, 30))
t11.add(julie, "C'est fait : l'assureur a émis le paiement de 7 420 $ par dépôt direct hier. Le dossier R-25-0214 sera fermé à la fin du mois. Merci "
        "pour votre collaboration!", at(2025, 3, 28, 10, 10))
t11.add(me, "Merci beaucoup Julie!", at(2025, 3, 28, 10, 30))
look_julie = Pt("Julie Roy", "jroy@belangerroy-assurance.example", "olk16", "look-brk", SIG_JR)
t11.add(look_julie, "Bonjour Geneviève,\n\nJe fais suite au règlement de la réclamation R-25-0214. Lors de la fermeture du dossier, l'assureur a "
        "constaté que la perte de revenus avait été calculée sur 46 rendez-vous au lieu de 58 (les rendez-vous de la semaine du 17 février, annulés "
        "pour le séchage, n'avaient pas été inclus). Un ajustement complémentaire de 1 275,40 $ vous sera versé.\n\nComme le dépôt direct précédent "
        "a été fait à partir du formulaire de mars, l'assureur demande de reconfirmer vos informations bancaires et de signer la quittance "
        "complémentaire. Les documents sont dans le dossier partagé ci-dessous (connexion avec votre compte Microsoft 365) :\n\n"
        f"https://belangerroyassurance-my.sharepoint.com/:f:/g/personal/jroy_belangerroyassurance_onmicrosoft_com/E{b64u(33)}?e={alnum(6)}\n\n"
        "Merci de compléter le tout d'ici vendredi afin que le paiement soit émis avec le lot de la semaine prochaine.", at(2025, 4, 9, 14, 12),
        HJ("lookalike-domain"), detached=True, orig_ip="45.88.97.30",
        scen=("A13", "broker look-alike domain (belangerroy-assurance.example), Outlook 2016 instead of her Microsoft 365: supplementary claim payment, "
                     "bank confirmation on a SharePoint (attacker tenant) folder, quotes the real thread"))

# ================================================================ T12 claims clearing house: ticket [TR-58213] (Sept-Oct 2024), zipped logs + A5 server hijack (Nov)
TRSIG = "\n\nSophie Lavoie\nAgente de soutien technique\nTéléRéclam – Centre de soutien\n1 800 555-0111, option 2"
TRLINE = "##- Veuillez répondre au-dessus de cette ligne -##\n\n"


def trdate(t): return f"{t.day} {MAB[t.month - 1]} {t.year}, {t:%H} h {t:%M} {'HAE' if t.dst() else 'HNE'}"


def tr_body(agent, t, text, hist):
    b = TRLINE + f"{agent} (TéléRéclam)\n{trdate(t)}\n\n{text}" + (TRSIG if agent.startswith("Sophie") else "")
    for n, tt, tx in hist: b += f"\n\n--------------------------------\n\n{n}\n{trdate(tt)}\n\n{tx}"
    return b + f"\n\nCe courriel est une notification du centre de soutien de TéléRéclam. [{alnum(6).upper()}-{alnum(5).upper()}]"


TRX = lambda tk, auto=False: [("X-TR-Ticket-Id", str(tk)), ("X-Auto-Response-Suppress", "All")] + ([("Auto-Submitted", "auto-replied")] if auto else [])
t12 = Thread("T12", "Rejets de réclamations – code R27 (Croix Bleue) depuis le 20 septembre", trdesk)
q1 = ("Bonjour,\n\nDepuis le 20 septembre, toutes nos réclamations électroniques pour Croix Bleue sont rejetées avec le code R27 (« identifiant "
      "du fournisseur invalide »), dans les trois cliniques. Les autres assureurs fonctionnent normalement et nos numéros de fournisseur n'ont pas "
      "changé.\n\nNuméro de client TéléRéclam : TR-10488 (Groupe Santé Boréal)\n\nMerci de votre aide.")
tq1 = at(2024, 9, 25, 9, 5)
t12.add(me, q1, tq1, to=[("Soutien TéléRéclam", f"soutien@{TRC}")])
t12.subj = "[TR-58213] Rejets de réclamations – code R27 (Croix Bleue) depuis le 20 septembre"
t12.add(trdesk_auto, TRLINE + "Bonjour Geneviève Tremblay,\n\nNous avons bien reçu votre demande. Elle porte le numéro TR-58213. Un membre de "
        "notre équipe vous répondra dans un délai d'un jour ouvrable.\n\nVous pouvez suivre votre demande ici : https://support.telereclam.example/billets/58213"
        "\n\nL'équipe de soutien TéléRéclam", at(2024, 9, 25, 9, 6), sig=False, quote=False, subj=t12.subj, extra=TRX(58213, True),
        scen=("P-T12-ack", "clearing-house ticket system's automatic acknowledgement"))
ta1 = at(2024, 9, 26, 10, 20)
a1 = ("Bonjour Mme Tremblay,\n\nMerci pour votre patience. Croix Bleue a modifié le format de l'identifiant de fournisseur le 20 septembre (ajout "
      "du préfixe de région) et votre logiciel de facturation transmet encore l'ancien format. Nous appliquons une correction de notre côté.\n\n"
      "Pourriez-vous nous confirmer les trois numéros de fournisseur de vos cliniques, tels qu'ils apparaissent sur votre dernière lettre de Croix Bleue?")
t12.add(trdesk, tr_body("Sophie Lavoie", ta1, a1, [("Geneviève Tremblay", tq1, q1)]), ta1, sig=False, quote=False, subj=t12.subj, extra=TRX(58213))
q2 = ("Bonjour Sophie,\n\nLes voici : Laval QC-204418, Terrebonne QC-204419, Blainville QC-207731.\n\nPourriez-vous aussi m'envoyer le détail des "
      "transmissions rejetées depuis le 20 septembre? Je dois refaire les demandes et je n'ai que le total dans notre logiciel.")
tq2 = at(2024, 9, 26, 11, 0)
t12.add(me, q2, tq2, to=[("Soutien TéléRéclam", f"soutien@{TRC}")])
ta2 = at(2024, 9, 27, 14, 10)
a2 = ("Bonjour Mme Tremblay,\n\nLa correction est en place depuis ce matin : les nouvelles réclamations Croix Bleue sont acceptées.\n\nComme "
      "demandé, voici le journal des transmissions rejetées du 20 au 26 septembre (187 réclamations) en pièce jointe, au format CSV, compressé. Vous "
      "pouvez les retransmettre en lot depuis votre logiciel avec l'option « Renvoyer les rejets ».")
csv = "no_transmission;date;clinique;assureur;code_rejet;montant\r\n" + "".join(
    f"TX{R.randint(10 ** 8, 10 ** 9)};2024-09-{R.randint(20, 26)};QC-2044{R.choice(('18', '19'))};CROIXBLEUE;R27;{R.randint(45, 140)}.00\r\n" for _ in range(187))
LOGZIP = zipb([("rejets_R27_TR-10488_2024-09-20_au_26.csv", csv.encode()), ("lisezmoi.txt", "Journal genere par TeleReclam - billet TR-58213\r\n".encode())],
              (2024, 9, 27, 13, 58, 0))
t12.add(trdesk, tr_body("Sophie Lavoie", ta2, a2, [("Geneviève Tremblay", tq2, q2), ("Sophie Lavoie", ta1, a1), ("Geneviève Tremblay", tq1, q1)]), ta2, GH,
        sig=False, quote=False, subj=t12.subj, extra=TRX(58213), atts=[("TR-10488_rejets_2024-09-20_au_26.zip", LOGZIP, "application/zip")],
        scen=("G15", "clearing house sends the zipped log of rejected transmissions that Geneviève asked for"))
t12.add(me, "Merci Sophie, tout a été retransmis et accepté. Vous pouvez fermer le billet.", at(2024, 9, 30, 9, 30), to=[("Soutien TéléRéclam", f"soutien@{TRC}")])
t12.add(trdesk_auto, TRLINE + "Bonjour Geneviève Tremblay,\n\nVotre demande TR-58213 a été marquée comme résolue. Si le problème persiste, "
        "répondez simplement à ce courriel dans les 7 jours pour rouvrir la demande.\n\nL'équipe de soutien TéléRéclam", at(2024, 10, 1, 9, 2),
        sig=False, quote=False, subj=t12.subj, extra=TRX(58213, True))
ta5 = at(2024, 11, 12, 16, 55)
a5 = ("Bonjour Mme Tremblay,\n\nSuite à la résolution de votre demande, nous vous informons qu'un avenant à votre entente de transmission "
      "électronique (mise à jour 2025 des identifiants de fournisseur et des conditions de sécurité) doit être signé électroniquement par "
      "l'administratrice du compte TR-10488 avant le 22 novembre. Sans signature, les transmissions de vos trois cliniques seront suspendues à "
      "compter du 25 novembre.\n\nSigner l'avenant : https://telereclam-signature.example/avenant2025/TR-10488?ref=58213")
t12.add(trdesk, tr_body("Sophie Lavoie", ta5, a5, [("Geneviève Tremblay", tq2, q2), ("Sophie Lavoie", ta1, a1), ("Geneviève Tremblay", tq1, q1)]), ta5,
        HJ("server-hijack"), sig=False, quote=False, subj=t12.subj, extra=TRX(58213), detached=True,
        scen=("A5", "clearing house's real ticket system (same headers, agent's name and ticket history): e-signature 'amendment 2025', link to an unknown domain"))

# ================================================================ T13 clearing house: new report format (Jan 2025)
t13 = Thread("T13", "[TR-60117] Nouveau format du rapport de paiement à compter du 1er février", trdesk)
mo = Pt("Marc-Olivier Dubé (Soutien TéléRéclam)", f"soutien@{TRC}", "trdesk", "trdesk")
tb1 = at(2025, 1, 16, 11, 30)
b1 = ("Bonjour Mme Tremblay,\n\nÀ compter du 1er février, le rapport de paiement de chaque lot sera accompagné d'un fichier CSV détaillé par "
      "réclamation, en plus du PDF. Le guide ci-joint décrit les colonnes du nouveau fichier.\n\nMarc-Olivier Dubé\nTéléRéclam – Centre de soutien")
t13.add(mo, tr_body("Marc-Olivier Dubé", tb1, b1, []), tb1, sig=False, quote=False, extra=TRX(60117),
        atts=[("Guide_rapport_paiement_2025.pdf", pdf(["TeleReclam - Guide du rapport de paiement 2025", "Fichier CSV : no_reclamation, assureur, montant_paye, code"],
                                                      producer="Microsoft® Word pour Microsoft 365", when="20250115100000"), "application/pdf")])
q3 = "Merci. Est-ce que le fichier CSV pourra être importé directement dans notre logiciel de facturation (Clinique Plus)?"
tq3 = at(2025, 1, 16, 14, 0)
t13.add(me, q3, tq3, to=[("Soutien TéléRéclam", f"soutien@{TRC}")])
tb2 = at(2025, 1, 17, 10, 15)
t13.add(mo, tr_body("Marc-Olivier Dubé", tb2, "Bonjour Mme Tremblay,\n\nOui : dans Clinique Plus 8.4 et plus, utilisez Fichier > Importer > "
                    "TéléRéclam 2025. Pour les versions antérieures, la mise à jour est gratuite auprès de l'éditeur.\n\nMarc-Olivier Dubé",
                    [("Geneviève Tremblay", tq3, q3), ("Marc-Olivier Dubé", tb1, b1)]), tb2, sig=False, quote=False, subj=t13.subj, extra=TRX(60117))


# ================================================================ T27 clinic managers' mailing list (Mailman 3): fees thread + background threads
p0 = list_post(sylvie, at(2024, 10, 2, 13, 40), "[AQCP-gestion] Hausse des frais TéléRéclam en 2025?",
               "Bonjour à tous,\n\nNous avons reçu cette semaine l'avis de TéléRéclam : les frais passeront de 0,35 $ à 0,42 $ par réclamation transmise "
               "au 1er janvier. Est-ce que d'autres cliniques ont négocié un tarif de volume? Connaissez-vous des solutions de rechange qui fonctionnent "
               "bien avec Clinique Plus?\n\nMerci!")
mp = my_list_post(at(2024, 10, 2, 16, 5), "RE: [AQCP-gestion] Hausse des frais TéléRéclam en 2025?",
                  "Bonjour Sylvie,\n\nMême avis chez nous (3 cliniques, environ 1 900 réclamations par mois). J'ai demandé un tarif de volume à notre "
                  "représentante; je vous reviens avec la réponse. Pour les solutions de rechange, je n'en connais pas qui soient intégrées à Clinique Plus.", p0)
list_post(patrick, at(2024, 10, 3, 8, 22), "Re: [AQCP-gestion] Hausse des frais TéléRéclam en 2025?",
          "Bonjour Geneviève, bonjour Sylvie,\n\nDe notre côté, on a obtenu 0,38 $ en s'engageant pour 2 ans (2 cliniques, environ 1 100 réclamations "
          "par mois). Demandez à parler au service des comptes majeurs, pas au soutien technique.", parent=mp, label=GH,
          scen=("G7", "mailing-list reply to Geneviève's post: subject tag, list headers, footer, broken DKIM"))
list_post(isabelle, at(2024, 10, 3, 10, 15), "RE: [AQCP-gestion] Hausse des frais TéléRéclam en 2025?",
          "Même chose ici. L'AQCP pourrait peut-être négocier au nom des membres? Je peux en parler au conseil d'administration le 17 octobre.",
          parent=p0, label=G, scen=("P-T27-1", "list reply (From rewritten by Mailman for a p=reject domain)"))
q0 = list_post(andre, at(2024, 11, 6, 9, 12), "[AQCP-gestion] Formation RCR – fournisseur recommandé?",
               "Bonjour,\n\nNotre formation RCR de groupe expire en janvier. Quel fournisseur utilisez-vous pour une formation sur place (15 personnes, "
               "un samedi)?\n\nMerci")
list_post(sylvie, at(2024, 11, 6, 11, 40), "RE: [AQCP-gestion] Formation RCR – fournisseur recommandé?",
          "Bonjour André,\n\nNous faisons affaire avec Formation Secours Lanaudière depuis trois ans, très bien, environ 85 $ par personne sur place.",
          parent=q0, label=G, scen=("P-T27-2", "list reply between two other members"))
r0 = list_post(isabelle, at(2025, 1, 15, 10, 2), "[AQCP-gestion] Loi 25 – modèle de registre des incidents de confidentialité",
               "Bonjour,\n\nQuelqu'un aurait-il un modèle de registre des incidents de confidentialité adapté aux cliniques? Celui de la Commission "
               "d'accès à l'information est assez général.")
r1 = list_post(patrick, at(2025, 1, 15, 13, 30), "Re: [AQCP-gestion] Loi 25 – modèle de registre des incidents de confidentialité",
               "Bonjour Isabelle,\n\nNous utilisons un simple tableau Excel avec les colonnes exigées par le règlement (date, description, nombre de "
               "personnes, évaluation du risque, avis à la CAI). Je peux le partager dans l'espace membres.", parent=r0, label=G,
               scen=("P-T27-3", "list reply between two other members"))
list_post(andre, at(2025, 1, 16, 8, 45), "Re: [AQCP-gestion] Loi 25 – modèle de registre des incidents de confidentialité",
          "Ce serait très apprécié, merci Patrick!", parent=r1, label=G, scen=("P-T27-4", "list reply between two other members"))
list_post(patrick, at(2025, 2, 20, 14, 0), "[AQCP-gestion] Offre d'emploi – physiothérapeute, Sherbrooke",
          "Bonjour à tous,\n\nKinéSanté Sherbrooke recrute un(e) physiothérapeute à temps plein. Description du poste sur le site de l'AQCP, section "
          "Emplois. Merci de faire circuler!")
list_post(sylvie, at(2025, 4, 3, 9, 0), "[AQCP-gestion] Rappel – Assemblée générale annuelle le 15 mai",
          "Bonjour à tous,\n\nRappel : l'assemblée générale annuelle de l'AQCP aura lieu le jeudi 15 mai à 18 h, en mode hybride (Laval et Teams). "
          "L'ordre du jour et le formulaire d'inscription sont dans l'espace membres.")

# ================================================================ O2: kinesiologist replies to a reception-desk message, copying Geneviève (parent not in her mailbox)
o2_parent_t = at(2025, 6, 2, 9, 14)
o2_parent = make_mid(reception, "olk", o2_parent_t)
o2_q = dict(t=o2_parent_t, name="Réception Laval", email=reception.email, subj="Rappel – formation RCR samedi 7 juin", to=[], cc=[],
            plain="Bonjour à tous,\n\nPetit rappel : la formation RCR obligatoire aura lieu le samedi 7 juin de 8 h 30 à 12 h 30 à la clinique de "
                  "Laval (salle de conférence). Apportez une bouteille d'eau.\n\nSandrine\nRéception Laval")
o2_body = ("Hi Sandrine,\n\nI'll be there. Quick question for Geneviève (cc'd): is the $85 course fee reimbursed with the next pay, or do I need "
           "to submit the receipt?\n\nThanks," + jordan.sig)
qp_, qh = quote_of("gmail", o2_q, "en")
o2 = emit(jordan, "gmail", at(2025, 6, 2, 12, 48), [("Réception Laval", reception.email)], [(me.name, me.email)], "Re: Rappel – formation RCR samedi 7 juin",
          [o2_parent], o2_body + qp_, html=html_wrap("gmail", o2_body, qh), label=GO,
          scen=("O2", "staff member replies to a message from the shared reception mailbox and copies Geneviève; the parent is not in her mailbox"))
emit(me, "olk", at(2025, 6, 2, 14, 5), [(jordan.name, jordan.email)], [("Réception Laval", reception.email)], "RE: Rappel – formation RCR samedi 7 juin",
     [o2_parent, o2], "Hi Jordan,\n\nThe clinic pays the trainer directly this year, so there's nothing to reimburse. See you Saturday!" + SIG_ME,
     topic="Rappel – formation RCR samedi 7 juin")

# ================================================================ A14-A16 fake threads from strangers
vm_html = ('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Message vocal</title></head><body style="font-family:Segoe UI,Arial;'
           'background:#f2f2f2"><div style="width:420px;margin:60px auto;background:#fff;padding:30px;border-radius:6px">'
           '<h2 style="color:#2b579a">&#9742; Nouveau message vocal</h2><p>De : (450) 555-0118<br>Durée : 00:47<br>Pour : genevieve.tremblay@santeboreal.example</p>'
           '<p><a href="https://vm-ecoute-securisee.example/play?u=genevieve.tremblay%40santeboreal.example&amp;id=VM-4505550118" '
           'style="display:inline-block;background:#2b579a;color:#fff;padding:10px 22px;text-decoration:none;border-radius:3px">&#9654; Écouter le message</a></p>'
           '<p style="font-size:11px;color:#777">Connectez-vous avec votre compte Microsoft 365 pour écouter ce message.</p>'
           '<!-- inert probe placeholder: a plain link, no script --></div></body></html>').encode()
fortin = Pt("Luc Fortin", "lfortin@excavationfortin.example", "rc", "fake-vm", "\n\n--\nLuc Fortin\nExcavation Fortin inc.", tz=ZoneInfo("America/Chicago"))
fake_ref = f"<{hx(32)}@santeboreal.example>"
emit(fortin, "rc", at(2025, 3, 4, 7, 51, ZoneInfo("America/Chicago")), [(me.name, me.email)], None, "RE: Message vocal de (450) 555-0118 – 00:47", [fake_ref],
     "Bonjour,\n\nVoici le message vocal laissé pour vous ce matin (durée 00:47). Le fichier est joint en format sécurisé; ouvrez-le dans votre "
     "navigateur pour l'écouter.\n\nMerci" + fortin.sig + "\n\n-----Message d'origine-----\nDe : Messagerie vocale <voicemail@santeboreal.example>\n"
     "Envoyé : 4 mars 2025 08:12\nÀ : Geneviève Tremblay <genevieve.tremblay@santeboreal.example>\nObjet : Message vocal de (450) 555-0118 – 00:47\n\n"
     "Vous avez reçu un nouveau message vocal de (450) 555-0118 (00:47).", no_html=True,
     atts=[("Message_vocal_4505550118.html", vm_html, "text/html")], label=HJ("fake-thread"),
     scen=("A14", "stranger (compromised excavation company webmail) 'RE: Message vocal' with a fabricated voicemail quote and an HTML 'player' attachment"))
pharma = Pt("Distribution Pharma-Med – Comptes recevables", "comptes@pharmamed-distribution.example", "oe", "fake-pharma")
IMG = fat_image([("FACTURE.EXE", 18432), ("LISEZMOI.TXT", 212)])
emit(pharma, "oe", at(2025, 4, 22, 10, 6), [(me.name, me.email)], None, "RE: Facture en souffrance – commande 77305 (fournitures médicales)",
     [f"<000801db{hx(4)}${hx(8)}${hx(8)}@santeboreal.example>"],
     "Bonjour Madame Tremblay,\n\nSuite a votre demande, vous trouverez ci-joint la copie de la facture #PM-77305 pour la commande de fournitures "
     "(gants nitrile, solution antiseptique, bandages élastiques) livrée a votre clinique de Laval. Le solde de 3 947,18 $ est en souffrance depuis "
     "45 jours.\n\nLa facture est dans l'archive jointe (format image disque pour conserver la signature électronique).\n\nMerci de régler le solde "
     "dans les plus brefs délais.\n\nService des comptes recevables\nDistribution Pharma-Med inc.\n\n"
     "Le 2025-04-17 à 14:03, Geneviève Tremblay a écrit :\n> Bonjour,\n> Pouvez-vous me renvoyer la facture de la commande 77305? Je ne la trouve pas "
     "dans nos dossiers.\n> Merci", no_html=True, orig_ip="5.188.62.140",
     atts=[("Facture_PM-77305.zip", zipb([("Facture_PM-77305.img", IMG)], (2025, 4, 22, 9, 40, 0)), "application/zip")], label=HJ("fake-thread"),
     scen=("A15", "stranger posing as a pharmacy/medical supplier: 'RE: overdue invoice' with a fabricated quote of Geneviève, zip holding a disk image"))
toad = Pt("Service de facturation", "facturation.service.clientele.ca@gmail.com", "gmail", "gmail")
emit(toad, "gmail", at(2025, 6, 17, 13, 30), [(me.name, me.email)], None, "RE: Confirmation de commande #QC-7741902 – Renouvellement automatique", [],
     "Bonjour,\n\nMerci pour votre commande. Votre abonnement SecurNet 360 Total Protection (5 appareils) a été renouvelé automatiquement pour 3 ans.\n\n"
     "Montant facturé : 449,99 $ CAD\nMode de paiement : carte de crédit au dossier\nNuméro de commande : QC-7741902\n\nSi vous n'avez pas autorisé ce "
     "renouvellement ou souhaitez l'annuler et obtenir un remboursement complet, communiquez avec notre service de facturation dans les 24 heures au "
     "1 (833) 555-0196.\n\n---\nThank you for your order. If you did not authorize this renewal, call 1 (833) 555-0196 within 24 hours for a full refund."
     "\n\nService de facturation", label=HJ("fake-thread"),
     scen=("A16", "stranger from Gmail 'RE: order confirmation' (no References, no quote): fake antivirus renewal, call a phone number (no payload)"))

# ================================================================ background notices over the period (Sept 2024 - June 2025)
def workday(d):
    while d.weekday() >= 5: d += datetime.timedelta(days=1)
    return d


START = datetime.date(2024, 9, 3)
for i, (site, pages) in enumerate([("laval", 3), ("laval", 1), ("terrebonne", 2), ("laval", 5), ("blainville", 2), ("laval", 1), ("terrebonne", 4),
                                   ("laval", 2), ("laval", 6), ("blainville", 1), ("laval", 2), ("terrebonne", 1), ("laval", 3), ("blainville", 3),
                                   ("laval", 1), ("laval", 2), ("terrebonne", 2), ("laval", 4), ("blainville", 2), ("laval", 1)]):
    d = workday(START + datetime.timedelta(days=6 + i * 14 + R.randint(0, 5)))
    lab = (GH, ("G9", "clinic multifunction printer 'Message from KM_C300i' with the scanned PDF, no reply headers")) if i == 9 else (None, None)
    scan(site, at(d.year, d.month, d.day, R.randint(8, 16), R.randint(0, 59)), pages, label=lab[0], scen=lab[1])
for i, (no, nm) in enumerate([("450-555-0192", "Clinique médicale Saint-Martin"), ("514-555-0163", "CNESST – Direction régionale"),
                              ("450-555-0124", "Pharmacie Jean Coutu Blainville"), ("450-555-0192", "Clinique médicale Saint-Martin"),
                              ("418-555-0107", "SAAQ – Indemnisation"), ("450-555-0188", "GMF Terrebonne"), ("450-555-0192", "Clinique médicale Saint-Martin"),
                              ("514-555-0145", "Croix Bleue – Service aux fournisseurs"), ("450-555-0188", "GMF Terrebonne"), ("450-555-0124", "Pharmacie Jean Coutu Blainville"),
                              ("418-555-0107", "SAAQ – Indemnisation")]):
    d = workday(START + datetime.timedelta(days=10 + i * 26 + R.randint(0, 9)))
    lab = (GH, ("G10", "fax-to-email service delivers a received fax as PDF, no reply headers")) if i == 4 else (None, None)
    fax(at(d.year, d.month, d.day, R.randint(8, 17), R.randint(0, 59)), no, nm, R.randint(1, 6), label=lab[0], scen=lab[1])
for i in range(42):
    d = START + datetime.timedelta(days=R.randint(0, 285))
    kind = R.choice(["new", "new", "new", "cancel", "summary"])
    hh = 6 if kind == "summary" else R.randint(7, 22)
    rdv_note(at(d.year, d.month, d.day, hh, R.randint(0, 59)), kind)
d = datetime.date(2024, 9, 6)
while d <= datetime.date(2025, 6, 13):
    tr_report(at(d.year, d.month, d.day, 5, R.randint(10, 40)), f"{d:%Y-%m-%d}")
    d += datetime.timedelta(days=14)
d = datetime.date(2024, 9, 5); k = 0
while d <= datetime.date(2025, 6, 19):
    lab = (GH, ("G18", "payroll provider's automatic 'payroll processed' notice with a portal link")) if k == 9 else (None, None)
    paie(at(d.year, d.month, d.day, 6, R.randint(0, 30)) - datetime.timedelta(days=2), d, label=lab[0], scen=lab[1])
    d += datetime.timedelta(days=14); k += 1
ORDRE = ["Rentrée : nouvelles exigences de formation continue 2024-2027", "Rappel : inscription au tableau 2025-2026", "Congrès annuel : appel de résumés",
         "Tenue de dossiers : ce qui change avec la Loi 25", "Bonne année! Vos obligations de début d'année", "Assurance responsabilité professionnelle : renouvellement",
         "Mars, mois de la physiothérapie", "Nouveau guide sur la télépratique", "Inscription au tableau : derniers jours", "Rapport annuel 2024-2025"]
for i, s_ in enumerate(ORDRE):
    d = datetime.date(2024, 9, 12) + datetime.timedelta(days=30 * i + R.randint(0, 4))
    newsletter(ordre, at(d.year, d.month, d.day, 10, R.randint(0, 59)), f"Infolettre de l'Ordre – {s_}",
               [f"{s_}.", "Consultez les nouvelles de votre ordre professionnel et les activités de formation à venir.",
                "Ordre des physiothérapeutes – 7151, rue Jean-Talon Est, Montréal"],
               [("Lire l'article", f"https://ordrephysio.example/nouvelles/{i}"), ("Formations", "https://ordrephysio.example/formation")])
NMSN = ["Fall clinic refresh: 15% off treatment tables", "New: SonoWave RSW-2 radial shockwave", "Holiday shipping schedule", "Winter consumables sale",
        "Tariff update: what it means for your orders", "Spring service specials", "Meet us at the congress in Vancouver (booth 214)", "Summer hours"]
for i, s_ in enumerate(NMSN):
    d = datetime.date(2024, 9, 25) + datetime.timedelta(days=33 * i + R.randint(0, 5))
    newsletter(nmsnews, at(d.year, d.month, d.day, 11, R.randint(0, 59)), s_,
               [s_ + ".", "Northshore Medical Supply - equipment, consumables and service for rehabilitation clinics across Ontario and Quebec."],
               [("Shop now", "https://northshoremedical.example/shop"), ("Contact your account manager", "https://northshoremedical.example/contact")])
for i in range(10):
    d = datetime.date(2024, 9, 20) + datetime.timedelta(days=30 * i + R.randint(0, 3))
    amt = R.randint(780, 1650) + R.randint(0, 99) / 100
    bill(hydro, at(d.year, d.month, d.day, 4, R.randint(0, 59)), "Votre facture Hydro-Québec est prête – compte 2991 4410 7712",
         f"Bonjour,\n\nVotre facture du {d:%Y-%m-%d} est maintenant disponible dans votre Espace client.\n\nMontant : {amt:.2f} $\nDate d'échéance : "
         f"{(d + datetime.timedelta(days=21)):%Y-%m-%d}\n\nConsulter ma facture : https://session.hydroquebec.example/portail/fr/group/clientele/facture\n\n"
         "Hydro-Québec – Ce courriel est envoyé automatiquement.",
         f'<html><body style="font-family:Arial"><p>Votre facture du {d:%Y-%m-%d} est disponible.</p><p>Montant : <b>{amt:.2f} $</b></p>'
         '<p><a href="https://session.hydroquebec.example/portail/fr/group/clientele/facture">Consulter ma facture</a></p></body></html>')
    d2 = datetime.date(2024, 9, 8) + datetime.timedelta(days=30 * i + R.randint(0, 2))
    bill(vtlb, at(d2.year, d2.month, d2.day, 3, R.randint(0, 59)), "Votre facture Vidéotron Affaires est disponible",
         f"Bonjour,\n\nVotre facture de {MOIS[d2.month - 1]} {d2.year} pour le compte 3410 227 518 est disponible.\n\nMontant : {R.randint(420, 470)}.{R.randint(10, 99)} $\n"
         "Prélèvement automatique le 28.\n\nMon Espace Affaires : https://espaceaffaires.videotron.example/facture\n\nVidéotron Affaires",
         '<html><body style="font-family:Arial"><p>Votre facture Vidéotron Affaires est disponible.</p><p><a href="https://espaceaffaires.videotron.example/facture">'
         'Mon Espace Affaires</a></p></body></html>')
quarantine(at(2024, 10, 22, 8, 0), [("invoice@tradefin-docs.example", "Payment Advice REF#88213", "2024-10-21 23:14"),
                                    ("noreply@docu-share-secure.example", "Geneviève, you have a pending document", "2024-10-22 02:40")])
quarantine(at(2025, 1, 21, 8, 0), [("support@cra-refund-online.example", "Avis de remboursement ARC / CRA refund notice", "2025-01-20 19:02")],
           label=GH, scen=("G31", "Microsoft 365 quarantine digest listing phishing subjects, with a security.microsoft.com link"))
quarantine(at(2025, 4, 29, 8, 0), [("info@promo-fournitures.example", "Liquidation gants nitrile -60%", "2025-04-28 15:30")])
bill(rq, at(2024, 10, 31, 7, 12), "Nouveau message dans Mon dossier pour les entreprises",
     "Bonjour,\n\nUn nouveau message concernant Groupe Santé Boréal inc. est disponible dans Mon dossier pour les entreprises.\n\nPour le consulter, "
     "ouvrez une session sur https://entreprises.revenuquebec.example/mondossier\n\nPour votre sécurité, Revenu Québec ne vous demande jamais de "
     "renseignements personnels ou bancaires par courriel.\n\nRevenu Québec", '<html><body style="font-family:Arial"><p>Un nouveau message est disponible dans '
     '<a href="https://entreprises.revenuquebec.example/mondossier">Mon dossier pour les entreprises</a>.</p></body></html>')
emit(rq, "gen", at(2025, 2, 27, 7, 5), [(me.name, me.email)], None, "Nouveau message dans Mon dossier pour les entreprises", [],
     "Bonjour,\n\nUn nouveau message concernant Groupe Santé Boréal inc. est disponible dans Mon dossier pour les entreprises (Sommaire des "
     "relevés 1 – année 2024).\n\nPour le consulter, ouvrez une session sur https://entreprises.revenuquebec.example/mondossier\n\nPour votre "
     "sécurité, Revenu Québec ne vous demande jamais de renseignements personnels ou bancaires par courriel.\n\nRevenu Québec",
     html='<html><body style="font-family:Arial"><p>Un nouveau message est disponible dans <a href="https://entreprises.revenuquebec.example/mondossier">'
          'Mon dossier pour les entreprises</a> (Sommaire des relevés 1 – année 2024).</p></body></html>',
     label=GH, scen=("G11", "genuine Revenu Québec notice about the RL-1 summary, link to its portal, no reply headers"))

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
with open(f"{root}/labels.tsv", "w", encoding="utf-8", newline="") as f: f.write("\n".join(labels) + "\n")
with open(f"{root}/scenarios.tsv", "w", encoding="utf-8", newline="") as f: f.write("\n".join(scen) + "\n")
kinds = {}
for l in labels[1:]:
    k = l.split("\t")[3]; kinds[k] = kinds.get(k, 0) + 1
print(f"{len(pending)} messages, {len(labels) - 1} labelled: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) + f" -> {root}")
