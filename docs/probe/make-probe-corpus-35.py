#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus-35.py OUT_DIR
#
# Probe mailbox "mariana": Mariana Treviño Garza, supervisora de compras (purchasing supervisor) at Autopartes Cumbres, S.A. de C.V.,
# a stamping / injection-moulding auto-parts plant in Apodaca (Monterrey), Nuevo León. Microsoft 365 tenant (NAM), Outlook for Microsoft 365
# desktop in Spanish (es-MX: "RE:"/"RV:", quote header "De / Enviado el / Para / CC / Asunto", Thread-Index built from FILETIME), CST -0600
# all year (Mexico dropped DST in 2022; Nuevo Laredo and Texas still change). Spanish with Mexican suppliers, the broker and colleagues;
# English with the Texas suppliers and the US tier-1 customer. CFDI 4.0 invoices (XML + printed PDF), payment complements (REP), SAT,
# pedimentos under IMMEX, CLABE bank accounts (18 digits, real check digit). June 2024 - June 2025.
# Inbound mail carries Exchange Online Protection headers (Received chain, Authentication-Results, Received-SPF, X-Forefront-Antispam-Report
# with CTRY/LANG, X-MS-Exchange-Organization-*); Sent items carry only the client headers.
#
# Correspondents, each with a fixed fingerprint (Message-ID shape, client headers, Received path, DKIM d=/s=, quote style, tz):
#   Flejes y Aceros de Saltillo (steel strip)   Daniela Ramos: Google Workspace, Gmail web in Spanish ("El lun, 3 mar 2025 a la(s) ...
#                                                escribió:"), CA...@mail.gmail.com ids, d=flejesaltillo.example s=google, -0600
#   Polímeros Técnicos de Coahuila (resins)     Ing. Gilberto Mendoza, C.P. Alejandra Ríos (cobranza@): Outlook 2016 over IMAP/SMTP on
#                                                cPanel/Exim shared hosting (s412.hostingmx.example), <000x01db....$...$...$@dom> ids, X-Mailer
#                                                Microsoft Outlook 16.0, "De: X [mailto:...] / Enviado el:" quotes, d=polimerostec.example s=default
#   Brazos Flat Rolled LLC, Houston (steel)     Kyle Hendricks: M365 Outlook desktop en-US (DM6PR11MB hosts), d=...s=selector1, CST/CDT;
#                                                their order system sends ASN / commercial invoice PDFs (shipping@, d=... s=erp2022)
#   Tejas Polymer Supply, San Antonio (resins)  Megan Schultz, Rogelio Peña (Laredo warehouse, writes Spanish): Outlook on on-prem
#                                                Exchange 2019 (TPS-EXCH01.tejaspoly.local ids) relayed by Proofpoint (pphosted.com), s=pps-2023
#   Northfield Driveline Systems (US tier-1)    Brian Kowalczyk (buyer), Priya Raman (SQE): M365 Outlook en-US (BN8PR12MB), EST/EDT;
#                                                supplier-portal notices; DocuSign envelopes (docusign.net)
#   Grupo Aduanal Río Bravo, Nuevo Laredo       Lic. Ernesto Salinas, Karla Benavides, sistemas@: Zimbra 9 web client (JavaMail.zimbra ids,
#     (customs broker, patente 3955)            X-Mailer Zimbra, own Thread-Index, "----- Mensaje original -----" quotes), Postfix+amavis
#                                                chain, d=aduanalriobravo.example s=<UUID selector>; America/Matamoros (DST). During the announced
#                                                January 2025 outage Ernesto writes from ernesto.salinas.rb@gmail.com (Gmail web)
#   Logística Cruce Norte (forwarder)           Patricia Gómez, Iván Cárdenas (es-MX), Mike Delgado (Laredo TX dispatch, en-US): one M365 tenant
#                                                (CO1PR11MB), d=cruce-norte.example s=selector1; tracking notices via a SendGrid-style sender
#   Colleagues (same tenant, Outlook desktop)   Héctor Garza (cuentas por pagar), Ing. Jorge Villarreal (plant manager; Outlook for Android
#                                                at night), Luis Ortega (IT), C.P. Rosa Elena Cantú (controller, only forwarded)
#   Systems                                     SIACOM ERP (PO released / supplier confirmed, "RE:" subjects without reply headers),
#                                                ManageEngine-style ticket system "[ID de solicitud :##nnnnn##]", Clúster Automotriz NL newsletter,
#                                                SteelPulse Weekly (US newsletter), Mailman 3 list "Compras-Cluster" (footer, tag, ARC),
#                                                Microsoft 365 quarantine digests, WeTransfer notification.
# Writes OUT_DIR/labels.tsv, OUT_DIR/scenarios.tsv (file -> scenario id, description) and OUT_DIR/mailboxes/mariana/{INBOX,Sent}/N.eml
# numbered 1..n in arrival order across both folders (CRLF). Only test messages are labelled; everything else is context history.
# Deterministic (random.Random(35)); no network; attachments are inert (random bytes / stub text in real ZIP, PDF, OOXML, CFDI XML,
# JPEG, ISO, LNK, OneNote, SVG, HTML, iCalendar containers). All domains end in .example except well-known platforms.
#
# Threads (30, 533 messages): T1 Flejes program 2nd half 2024; T2 Flejes program 2025 (A1); T3 Flejes quality certificates (Drive links,
#   vacation reply); T4 Polímeros resin orders; T5 Polímeros bank-account change (announced, verified by phone); T6 Polímeros payment
#   complements (A2); T7 Brazos PO + MTRs; T8 Brazos 2025 pricing (A9); T9 Tejas PA66 quote, revived after a year; T10 Tejas statements
#   (A10, A14); T11 Tejas Laredo pickup (Spanish colleague); T12 Northfield RFQ / nomination; T13 Northfield quality agreement + DocuSign
#   (A11); T14 broker: Brazos coil import; T15 broker: January resin import through the mail outage (A13); T16 broker expense accounts (A7);
#   T17 broker outage announcement; T18 Cruce Norte rates and weekly programming (new executive, English dispatcher); T19 damaged coils,
#   WeTransfer photos; T20 Cruce Norte April trailer (A5); T21 plant manager line-stop risk (A6); T22 accounts payable month-end (A15);
#   T23 ticket: new phone / Authenticator; T24 ticket: Outlook password prompts (A8); T25 Compras-Cluster list; T26 plant manager forwards
#   the customer forecast; T27 customer 8D (orphan); T28 broker complement to accounting (orphan); T29 broker April import (A12);
#   T30 IT analyst laptop hand-over. Plus stand-alone ERP POs and confirmations, tracking, newsletters, portal and quarantine notices,
#   and the fake threads A3 and A4.
#
# Hijacks (15: 5 server-hijack, 3 account-takeover, 3 display-name-spoof, 2 lookalike-domain, 2 fake-thread):
#   A1  T2  server-hijack      Flejes' real Workspace account, Gmail web: CFDI XML+PDF whose PDF (Print To PDF) and text move payment to an STP
#                              CLABE, overdue invoices "this week", "no signal for calls"; faithful Gmail quote; no other payload
#   A2  T6  account-takeover   Polímeros' cobranza@ mailbox through the hoster's Roundcube from a foreign IP (normally Outlook 2016), bare From:
#                              "complemento de pago" zip holding a .js; short, no quote
#   A3  --  fake-thread        "SAT Buzón Tributario" stranger, "RE:" subject without reply headers, fabricated quote of a notice, CSD
#                              restriction threat, link to an unknown download domain
#   A4  --  fake-thread        "Lic. Rodrigo Alanís | Tráfico" (unrelated domain): pending pedimento / goods held, In-Reply-To an id not in the
#                              mailbox, fabricated quote of Mariana; encrypted zip with the password in the text, .pdf.lnk inside
#   A5  T20 server-hijack      Cruce Norte executive's real M365 mailbox: trailer "held in the Laredo yard", Jotform link, USD 250/day demurrage
#   A6  T21 display-name-spoof plant manager's name on a Gmail address: WhatsApp / "new personal number" pretext, no payload, quotes the thread
#   A7  T16 lookalike-domain   aduanairiobravo.example (l -> i), broker clerk's name, Outlook 2016 on a VPS: long "tax advance account" text with a
#                              BBVA CLABE, switchboard "being changed"; faithful quote of the real expense-account thread
#   A8  T24 account-takeover   IT analyst's real mailbox via SMTP AUTH from a foreign IP at 02:14 (Outlook-classic Message-ID): MFA fatigue
#                              "approve all Authenticator prompts, the number is 47" + .ics invite with a link; quotes the ticket thread
#   A9  T8  server-hijack      Brazos' real M365 mailbox: Dropbox link to a zip "surcharge table + MTRs" (he always attached files); the quoted
#                              request was altered to ask for the certs
#   A10 T10 server-hijack      Tejas' real Exchange/Proofpoint mailbox writes Spanish into the English thread: macro .xlsm "estado de cuenta"
#   A11 T13 account-takeover   Northfield buyer's address via SMTP AUTH from a VPS (PHPMailer, foreign Message-ID host, +0100): "DocuSign
#                              envelope expired", SVG e-signature attachment; quotes Mariana's earlier mail
#   A12 T29 server-hijack      the broker's real Zimbra at 03:52, English in a Spanish thread: "voice message from Customs", HTML attachment
#   A13 T15 display-name-spoof broker's name on a second Gmail address (not the announced one), reuses the outage story: disk image, no quote
#   A14 T10 lookalike-domain   tejaspolymers.example on the attacker's own M365 tenant: long remittance-change text, PDF with a link to the
#                              look-alike, faithful quote
#   A15 T22 display-name-spoof accounts-payable colleague's name on outlook.com: "recibo de nómina timbrado" payroll lure, OneNote attachment
#
# Genuine hard cases (32):
#   G1  T1  Flejes' usual CFDI XML+PDF with the Banorte CLABE          G2  T4  Polímeros' usual CFDI XML+PDF from Outlook 2016
#   G3  T5  Polímeros' signed bank-change letter, "verify by phone"     G4  T5  their follow-up after Mariana's phone verification (bank page)
#   G5  T5  first CFDI with the new, verified BanBajío CLABE            G6  T6  requested payment complements zipped (XML+PDF pairs)
#   G7  --  ERP "RE: Orden de compra ... confirmación" w/o reply hdrs   G8  --  second ERP supplier-confirmation notice
#   G9  T19 forwarder's WeTransfer link with load photos (+ PDF)        G10 T17 broker announces the outage and its Gmail fallbacks
#   G11 T15 broker writes from the announced Gmail during the outage   G12 T15 paid pedimento PDF from the announced Gmail
#   G13 T15 broker back on Zimbra, "stop using Gmail"                   G14 T9  Tejas revives a year-old quote thread for a new PO
#   G15 T21 plant manager from Outlook for Android at 23:48             G16 T8  Brazos Exchange "Automatic reply" (out of office)
#   G17 T3  Flejes Gmail vacation responder                             G18 T18 forwarder introduces its new account executive (Cc)
#   G19 T18 the new executive writes himself                            G20 T18 Laredo dispatcher answers in English in a Spanish thread
#   G21 T11 Tejas' Laredo colleague answers in Spanish in an English thread
#   G22 --  AP forwards ("RV:") the SAT compliance opinion PDF          G23 T22 AP asks for a CFDI to be cancelled and re-issued
#   G24 T23 ticket-system acknowledgement, no reply headers             G25 T23 IT's genuine MFA instructions (aka.ms, "never approve")
#   G26 T13 genuine DocuSign envelope for the announced agreement       G27 T25 mailing-list reply with footer and subject tag
#   G28 T7  Brazos' zipped MTR PDFs that Mariana asked for              G29 T16 broker's expense account (CFDI) with its usual Banregio CLABE
#   G30 T3  Flejes' Google Drive link after the holidays (thread always used Drive)
#   G31 T26 plant manager forwards ("RV:") the customer's forecast xlsx G32 --  customer supplier-portal notice with several links
# Genuine orphans (2): O1 T27 Northfield SQE adds Mariana (Cc) to a thread with the plant manager (parent not in the mailbox);
#   O2 T28 broker answers accounting's request, which only went to Héctor, copying Mariana (parent not in the mailbox).
# Plain genuine replies (137): every other labelled in-thread partner reply (genuine-reply, scenario P-Tn-k).
import base64, datetime, html as H, io, os, quopri, random, struct, sys, uuid, zipfile, zlib
from zoneinfo import ZoneInfo

root = sys.argv[1]
MB = "mariana"
for f in ("INBOX", "Sent"): os.makedirs(f"{root}/mailboxes/{MB}/{f}", exist_ok=True)
R = random.Random(35)
MTY = ZoneInfo("America/Monterrey"); NLD = ZoneInfo("America/Matamoros"); CHI = ZoneInfo("America/Chicago")
DET = ZoneInfo("America/Detroit"); LAX = ZoneInfo("America/Los_Angeles"); UTC = datetime.timezone.utc
TD = datetime.timedelta


def hx(k): return "".join(R.choice("0123456789abcdef") for _ in range(k))
def HX(k): return hx(k).upper()
def rbytes(k): return bytes(R.getrandbits(8) for _ in range(k))
def ruuid(): return str(uuid.UUID(int=R.getrandbits(128), version=4))
def alnum(k): return "".join(R.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(k))
def b64(k): return base64.b64encode(rbytes(k)).decode()
def rfc(t): return t.strftime("%a, %d %b %Y %H:%M:%S %z")
def rfcu(t): return t.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")
def at(y, mo, d, h, mi, tz=MTY): return datetime.datetime(y, mo, d, h, mi, R.randint(0, 59), tzinfo=tz)


def filetime(t): return int((t.astimezone(UTC).timestamp() + 11644473600) * 10**7)


def exo_build(t):
    """Exchange Online build string current at time t"""
    t = t.astimezone(UTC)
    for lim, v in ((datetime.datetime(2024, 8, 1, tzinfo=UTC), "15.20.7698.0"), (datetime.datetime(2024, 10, 1, tzinfo=UTC), "15.20.7918.0"),
                   (datetime.datetime(2024, 12, 1, tzinfo=UTC), "15.20.8158.0"), (datetime.datetime(2025, 2, 1, tzinfo=UTC), "15.20.8356.0"),
                   (datetime.datetime(2025, 4, 1, tzinfo=UTC), "15.20.8489.0"), (datetime.datetime(2030, 1, 1, tzinfo=UTC), "15.20.8699.0")):
        if t < lim: return v[:-1] + str(R.randint(10, 39))


class Pt:
    def __init__(s, name, email, client, infra, sig="", tz=MTY, lang="es"):
        s.name, s.email, s.client, s.infra, s.sig, s.tz, s.lang = name, email, client, infra, sig, tz, lang
        s.dom = email.split("@")[1]; s.fn = name.split()[0] if not name.startswith(("Ing.", "Lic.", "C.P.")) else name.split()[1]


OWN = "autopartes-cumbres.example"
me = Pt("Mariana Treviño Garza", f"mariana.trevino@{OWN}", "olk_es", "own",
        "\n\nSaludos,\n\nMariana Treviño Garza\nSupervisora de Compras | Autopartes Cumbres, S.A. de C.V.\n"
        "Av. Industrias 4410, Parque Industrial Apodaca, 66600 Apodaca, N.L.\nTel. +52 81 5550 3120 ext. 214 | Cel. 81 5550 7781")
ME_SIG_EN = ("\n\nBest regards,\n\nMariana Treviño Garza\nPurchasing Supervisor | Autopartes Cumbres, S.A. de C.V.\n"
             "Av. Industrias 4410, Parque Industrial Apodaca, 66600 Apodaca, N.L., Mexico\nPhone +52 81 5550 3120 ext. 214 | Mobile +52 81 5550 7781")
hector = Pt("Héctor Garza Salinas", f"hector.garza@{OWN}", "olk_es", "own",
            "\n\nSaludos\nHéctor Garza Salinas\nCuentas por Pagar | Contabilidad\nAutopartes Cumbres, S.A. de C.V.\nTel. 81 5550 3120 ext. 131")
rosa = Pt("Rosa Elena Cantú", f"rosa.cantu@{OWN}", "olk_es", "own", "\n\nC.P. Rosa Elena Cantú\nContralora | Autopartes Cumbres")
jorge = Pt("Ing. Jorge Villarreal Ochoa", f"jorge.villarreal@{OWN}", "olk_es", "own",
           "\n\nIng. Jorge Villarreal Ochoa\nGerente de Planta | Autopartes Cumbres, S.A. de C.V.\nTel. 81 5550 3120 ext. 100")
luis = Pt("Luis Ortega", f"luis.ortega@{OWN}", "olk_es", "own",
          "\n\nLuis Ortega\nAnalista de Soporte TI | Autopartes Cumbres\nExt. 150 | mesadeayuda@autopartes-cumbres.example")
sdp = Pt("Mesa de Ayuda TI", f"mesadeayuda@{OWN}", "sdp", "sdp")
erp = Pt("SIACOM ERP - Autopartes Cumbres", f"erp-notificaciones@{OWN}", "erp", "erp")
# suppliers
daniela = Pt("Daniela Ramos Flores", "daniela.ramos@flejesaltillo.example", "gmail_es", "gws-flejes",
             "\n\n--\nDaniela Ramos Flores\nEjecutiva de Ventas | Flejes y Aceros de Saltillo, S.A. de C.V.\n"
             "Blvd. Isidro López Zertuche 2870, Saltillo, Coah.\nTel. 844 555 2140 | WhatsApp 844 555 0917")
gil = Pt("Ing. Gilberto Mendoza", "gmendoza@polimerostec.example", "olk16", "cpanel-ptc",
         "\n\nAtentamente\nIng. Gilberto Mendoza Rdz.\nGerente de Ventas\nPolímeros Técnicos de Coahuila, S.A. de C.V.\n"
         "Carr. Saltillo-Monterrey Km 8.5, Ramos Arizpe, Coah.\nTel. 844 555 6310 ext. 22")
alejandra = Pt("C.P. Alejandra Ríos", "cobranza@polimerostec.example", "olk16", "cpanel-ptc",
               "\n\nAtentamente\nC.P. Alejandra Ríos Valdés\nCrédito y Cobranza\nPolímeros Técnicos de Coahuila, S.A. de C.V.\nTel. 844 555 6310 ext. 15")
kyle = Pt("Kyle Hendricks", "khendricks@brazosflatrolled.example", "olk_en", "exo-brazos",
          "\n\nThanks,\nKyle Hendricks\nInside Sales - Mexico Accounts\nBrazos Flat Rolled LLC\n8120 Clinton Dr, Houston, TX 77029\nO: 713-555-0186 | M: 281-555-4470",
          tz=CHI, lang="en")
brazos_ship = Pt("Brazos Flat Rolled - Shipping", "shipping@brazosflatrolled.example", "notice", "brazos-erp", tz=CHI, lang="en")
megan = Pt("Megan Schultz", "mschultz@tejaspolymer.example", "ex19_en", "ex19-tejas",
           "\n\nBest regards,\nMegan Schultz\nAccount Manager - Mexico\nTejas Polymer Supply, Inc.\n4400 Rittiman Rd, San Antonio, TX 78218\nOffice 210-555-0144",
           tz=CHI, lang="en")
rogelio = Pt("Rogelio Peña", "rpena@tejaspolymer.example", "ex19_en", "ex19-tejas",
             "\n\nSaludos / Regards\nRogelio Peña\nLogistics Coordinator - Laredo Warehouse\nTejas Polymer Supply, Inc.\n956-555-0172",
             tz=CHI, lang="es")
# customer
brian = Pt("Brian Kowalczyk", "brian.kowalczyk@northfield-driveline.example", "olk_en", "exo-nf",
           "\n\nRegards,\nBrian Kowalczyk\nSenior Buyer, Stampings & Brackets\nNorthfield Driveline Systems, Inc.\n2600 Featherstone Rd, Auburn Hills, MI 48326\n"
           "248-555-0193", tz=DET, lang="en")
priya = Pt("Priya Raman", "priya.raman@northfield-driveline.example", "olk_en", "exo-nf",
           "\n\nPriya Raman\nSupplier Quality Engineer\nNorthfield Driveline Systems, Inc.\n248-555-0157", tz=DET, lang="en")
nfportal = Pt("Northfield Supplier Portal", "supplierportal@northfield-driveline.example", "notice", "nf-portal", tz=DET, lang="en")
# customs broker and forwarder
ernesto = Pt("Lic. Ernesto Salinas", "esalinas@aduanalriobravo.example", "zimbra", "zimbra-rb",
             "\n\nAtte.\nLic. Ernesto Salinas Benavides\nEjecutivo de Cuenta / Tráfico\nGrupo Aduanal Río Bravo | Patente 3955\n"
             "Av. César López de Lara 2215, Nuevo Laredo, Tamps.\nTel. 867 555 1840 ext. 204", tz=NLD)
ernesto_g = Pt("Ernesto Salinas", "ernesto.salinas.rb@gmail.com", "gmail_es", "gmail",
               "\n\nAtte.\nLic. Ernesto Salinas Benavides\nGrupo Aduanal Río Bravo | Patente 3955\nTel. 867 555 1840 ext. 204", tz=NLD)
karla = Pt("Karla Benavides", "kbenavides@aduanalriobravo.example", "zimbra", "zimbra-rb",
           "\n\nSaludos cordiales\nKarla Benavides Treviño\nAdministración y Cuentas de Gastos\nGrupo Aduanal Río Bravo | Patente 3955\nTel. 867 555 1840 ext. 210",
           tz=NLD)
rb_info = Pt("Grupo Aduanal Río Bravo", "sistemas@aduanalriobravo.example", "zimbra", "zimbra-rb",
             "\n\nDepartamento de Sistemas\nGrupo Aduanal Río Bravo | Patente 3955\nTel. 867 555 1840 ext. 250", tz=NLD)
paty = Pt("Patricia Gómez", "pgomez@cruce-norte.example", "olk_es", "exo-cruce",
          "\n\nSaludos\nPatricia Gómez Lara\nServicio a Clientes | Logística Cruce Norte\nNuevo Laredo, Tamps. | Laredo, TX\nTel. 867 555 3302 | Cel. 867 555 9120",
          tz=NLD)
ivan = Pt("Iván Cárdenas", "icardenas@cruce-norte.example", "olk_es", "exo-cruce",
          "\n\nSaludos\nIván Cárdenas Moreno\nEjecutivo de Cuenta | Logística Cruce Norte\nTel. 867 555 3310 | Cel. 867 555 4418", tz=NLD)
mike = Pt("Mike Delgado", "mdelgado@cruce-norte.example", "olk_en", "exo-cruce",
          "\n\nMike Delgado\nDispatch Supervisor - Laredo TX\nCruce Norte Logistics LLC\n956-555-0110", tz=CHI, lang="en")
cn_track = Pt("Cruce Norte Rastreo", "rastreo@cruce-norte.example", "notice", "cn-track", tz=NLD)
# newsletters, lists, platforms
cluster = Pt("Clúster Automotriz de Nuevo León", "boletin@clusterautomotriz-nl.example", "notice", "cluster-nl")
lista = Pt("Compras-Cluster", "compras-cluster@lists.clusterautomotriz-nl.example", "list", "list")
steelnl = Pt("SteelPulse Weekly", "newsletter@steelpulse.example", "notice", "steelpulse", tz=CHI, lang="en")
docusign = Pt("Northfield Driveline Systems via DocuSign", "dse_NA4@docusign.net", "notice", "docusign", tz=LAX, lang="en")
quarantine = Pt("Microsoft 365 Security", "quarantine@messaging.microsoft.com", "notice", "quarantine", tz=UTC)
wetransfer = Pt("WeTransfer", "noreply@wetransfer.com", "notice", "wetransfer", tz=UTC, lang="en")

# helo, ip, dkim d, dkim s, envelope (mail from) domain, country (EOP CTRY), ptr
INFRA = {
    "gws-flejes": ("mail-sor-f41.google.com", "209.85.220.41", "flejesaltillo.example", "google", None, "US"),
    "cpanel-ptc": ("s412.hostingmx.example", "200.57.145.12", "polimerostec.example", "default", None, "MX"),
    "exo-brazos": ("mail-dm6nam11on2104.outbound.protection.outlook.com", "40.107.223.104", "brazosflatrolled.example", "selector1", None, "US"),
    "brazos-erp": ("erpmail.brazosflatrolled.example", "66.162.118.40", "brazosflatrolled.example", "erp2022", "bounce.brazosflatrolled.example", "US"),
    "ex19-tejas": ("mx0b-00731e02.pphosted.com", "148.163.151.77", "tejaspolymer.example", "pps-2023", None, "US"),
    "exo-nf": ("mail-bn8nam12on2091.outbound.protection.outlook.com", "40.107.237.91", "northfield-driveline.example", "selector2", None, "US"),
    "nf-portal": ("smtp2.portal.northfield-driveline.example", "12.168.44.31", "northfield-driveline.example", "portal", "portal.northfield-driveline.example", "US"),
    "zimbra-rb": ("mail.aduanalriobravo.example", "201.144.62.75", "aduanalriobravo.example", "8F3C2A1E-5B7D-11EC-9A3D-6F2B1C4D8E90", None, "MX"),
    "exo-cruce": ("mail-co1nam11on2077.outbound.protection.outlook.com", "40.107.220.77", "cruce-norte.example", "selector1", None, "US"),
    "cn-track": ("o1.ptr5521.rastreo.cruce-norte.example", "149.72.184.19", "cruce-norte.example", "s1", "em4417.cruce-norte.example", "US"),
    "sdp": ("mesadeayuda.autopartes-cumbres.example", "201.150.38.91", None, None, OWN, "MX"),
    "erp": ("erp.autopartes-cumbres.example", "201.150.38.92", OWN, "erp1", OWN, "MX"),
    "cluster-nl": ("mta14.envios-masivos.example", "198.2.180.14", "clusterautomotriz-nl.example", "k1", "bounces.envios-masivos.example", "US"),
    "list": ("lists.clusterautomotriz-nl.example", "189.254.21.66", "lists.clusterautomotriz-nl.example", "ml2023", "lists.clusterautomotriz-nl.example", "MX"),
    "steelpulse": ("mail48.sea91.mcsv.example", "205.201.131.48", "steelpulse.example", "k2", "mail48.sea91.mcsv.example", "US"),
    "docusign": ("mail-na4.docusign.net", "64.207.219.72", "docusign.net", "s1", "docusign.net", "US"),
    "quarantine": ("mail-cy1nam12on2050.outbound.protection.outlook.com", "40.107.236.50", "messaging.microsoft.com", "selector1", "messaging.microsoft.com", "US"),
    "wetransfer": ("a27-104.smtp-out.amazonses.com", "54.240.27.104", "wetransfer.com", "dkim", "amazonses.com", "US"),
    "gmail": ("mail-yw1-f182.google.com", "209.85.128.182", "gmail.com", "20230601", None, "US"),
    "outlookcom": ("NAM12-DM6-obe.outbound.protection.outlook.com", "52.100.157.222", "outlook.com", "selector1", None, "US"),
    # attackers
    "look-rb": ("mail.aduanairiobravo.example", "185.246.220.33", "aduanairiobravo.example", "default", None, "NL"),
    "look-tejas": ("mail-mw2nam10on2119.outbound.protection.outlook.com", "40.107.94.119", "tejaspolymers.example", "selector1", None, "US"),
    "fake-sat": ("srv01.buzontributario-sat.example", "91.215.153.40", "buzontributario-sat.example", "mail", None, "RU"),
    "fake-ped": ("mx.gestion-aduanal-nld.example", "45.89.127.208", "gestion-aduanal-nld.example", "dkim", None, "DE"),
}
EXO = {OWN: ("SJ0PR12MB", "namprd12"), "brazosflatrolled.example": ("DM6PR11MB", "namprd11"), "northfield-driveline.example": ("BN8PR12MB", "namprd12"),
       "cruce-norte.example": ("CO1PR11MB", "namprd11"), "tejaspolymers.example": ("MW2PR10MB", "namprd10"), "outlook.com": ("DM6P220MB", "NAMP220")}
EXOHOST = {OWN: {}, }
def exo_host(dom, key="main"):
    d = EXOHOST.setdefault(dom, {})
    if key not in d: d[key] = EXO[dom][0] + str(R.randint(1000, 9999))
    return d[key]
TENANT = {d: ruuid() for d in EXO}
DSTMB = exo_host(OWN, "mariana")
EXCH = {"tejaspolymer.example": ("TPS-EXCH01", "tejaspoly.local", "10.12.0.21", "15.2.1544.14")}

pending = []
seq = [0]


def make_mid(who, client, t):
    if client in ("olk_es", "olk_en", "olkand", "owa_look", "olkweb"):
        h = exo_host(who.dom, who.email); return f"<{h}{HX(24)}@{h}.{EXO[who.dom][1].upper()}.PROD.OUTLOOK.COM>"
    if client == "gmail_es": return "<CA" + base64.urlsafe_b64encode(rbytes(42)).decode()[:R.choice((52, 54, 55))] + "@mail.gmail.com>"
    if client in ("olk16", "olk16_look", "smtp_olk"): return f"<000{hx(1)}01db{hx(4)}${hx(8)}${hx(8)}$@{who.dom}>"
    if client == "ex19_en":
        srv, ad, _, _ = EXCH[who.dom]; return f"<{hx(32)}@{srv}.{ad}>"
    if client == "zimbra": return f"<{R.randint(100000000, 1999999999)}.{R.randint(1000000, 9999999)}.{int(t.timestamp() * 1000)}.JavaMail.zimbra@aduanalriobravo.example>"
    if client == "sdp": return f"<{int(t.timestamp() * 1000)}.{R.randint(1000, 99999)}.JavaMail.sdpadmin@MESADEAYUDA01>"
    if client == "erp": return f"<{ruuid()}@erp.{OWN}>"
    if client == "roundcube": return f"<{hx(32)}@{who.dom}>"
    if client == "phpmailer": return f"<{alnum(43)}@vmi1834221.contaboserver.example>"
    if client == "tb_look": return f"<{ruuid()}@{who.dom}>"
    if client == "list": return f"<{hx(16)}.{int(t.timestamp())}@lists.clusterautomotriz-nl.example>"
    return f"<{hx(20)}.{int(t.timestamp())}@{who.dom}>"


def _q(text, pfx="> "): return "\n".join(pfx + l if l else pfx.rstrip() for l in text.split("\n"))


MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
DIA = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
GMES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
GDIA = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]


def es_long(t): return f"{DIA[t.weekday()]}, {t.day} de {MES[t.month - 1]} de {t.year} {t:%H:%M}"
def en_long(t): return f"{t:%A}, {t:%B} {t.day}, {t.year} {t.strftime('%I:%M %p').lstrip('0')}"


def quote_of(client, q, tz):
    t = q["t"].astimezone(tz); name, email = q["name"], q["email"]
    if client in ("olk_es", "olkand", "olk16", "olk16_look", "smtp_olk", "olkweb"):
        if client in ("olk16", "olk16_look", "smtp_olk"):
            rows = [("De", f"{name} [mailto:{email}]"), ("Enviado el", es_long(t)), ("Para", "; ".join(f"'{n}' <{e}>" for n, e in q["to"]))]
        else:
            rows = [("De", f"{name} <{email}>"), ("Enviado" + (" el" if client == "olk_es" else ""), es_long(t)), ("Para", "; ".join(f"{n} <{e}>" for n, e in q["to"]))]
        if q["cc"]: rows.append(("CC", "; ".join(f"{n} <{e}>" for n, e in q["cc"])))
        rows.append(("Asunto", q["subj"]))
        sep = "________________________________\n" if client in ("olkand", "olkweb") else ""
        return "\n\n" + sep + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client in ("olk_en", "ex19_en", "owa_look"):
        rows = [("From", f"{name} <{email}>"), ("Sent", en_long(t)), ("To", "; ".join(f"{n} <{e}>" for n, e in q["to"]))]
        if q["cc"]: rows.append(("Cc", "; ".join(f"{n} <{e}>" for n, e in q["cc"])))
        rows.append(("Subject", q["subj"]))
        sep = ""
        return "\n\n" + sep + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client == "gmail_es":
        return f"\n\nEl {GDIA[t.weekday()]}, {t.day} {GMES[t.month - 1]} {t.year} a la(s) {t:%H:%M}, {name} (<{email}>) escribió:\n\n" + _q(q["plain"])
    if client == "zimbra":
        rows = [("De", f'"{name}" <{email}>'), ("Para", ", ".join(f'"{n}" <{e}>' for n, e in q["to"]))]
        if q["cc"]: rows.append(("CC", ", ".join(f'"{n}" <{e}>' for n, e in q["cc"])))
        rows += [("Enviados", f"{DIA[t.weekday()].capitalize()}, {t.day} de {MES[t.month - 1].capitalize()} {t.year} {t:%H:%M:%S}"), ("Asunto", q["subj"])]
        return "\n\n----- Mensaje original -----\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + _q(q["plain"])
    if client == "roundcube":
        return f"\n\nEl {t:%Y-%m-%d %H:%M}, {name} escribió:\n" + _q(q["plain"])
    if client == "phpmailer":
        return f"\n\n-----Original Message-----\nFrom: {name} <{email}>\nSent: {t:%m/%d/%Y %I:%M %p}\nSubject: {q['subj']}\n\n" + q["plain"]
    return "\n\n" + _q(q["plain"])


def html_of(client, plain):
    esc = "<br>\n".join(H.escape(l) for l in plain.split("\n"))
    if client in ("olk_es", "olk_en", "olk16", "ex19_en", "olk16_look", "smtp_olk"):
        lang = {"olk_es": "ES-MX", "olk16": "ES-MX", "olk16_look": "ES-MX", "smtp_olk": "ES-MX"}.get(client, "EN-US")
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" '
                'content="text/html; charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n/* Font Definitions */\n'
                '@font-face\n\t{font-family:"Cambria Math";}\n@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:12.0pt;\n'
                '\tfont-family:"Aptos",sans-serif;}\n--></style>\n</head>\n<body lang="' + lang + '" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n<p class="MsoNormal">' + esc + "</p>\n</div>\n</body>\n</html>")
    if client in ("olkand",):
        return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body>\n<div dir="auto">' + esc + "</div>\n</body>\n</html>")
    if client in ("owa_look", "olkweb"):
        return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} '
                '</style>\n</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, '
                'sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n' + esc + "</div>\n</body>\n</html>")
    if client == "gmail_es": return '<div dir="ltr">' + esc + "</div>\n"
    if client == "zimbra":
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000"><div>' + esc + "</div></div></body></html>")
    if client in ("sdp", "erp", "notice", "phpmailer", "tb_look"):
        return ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial,sans-serif;'
                'font-size:13px"><div>' + esc + "</div></body></html>")
    if client == "roundcube":
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n<p>'
                + esc + "</p>\n</body></html>")
    return None


def sender_hops(who, infra, t, env, client, orig_ip=None):
    """Received lines written on the sender's side (newest first)"""
    hops = []
    if infra.startswith("exo") or infra == "own" or infra == "look-tejas" or infra == "outlookcom":
        dom = who.dom; sfx = EXO[dom][1]
        host = exo_host(dom, who.email); host2 = exo_host(dom, "relay" + str(R.randint(0, 2)))
        if client == "phpmailer" or client == "smtp_olk":
            hops.append(("Received", f"from [{orig_ip}] ({orig_ip}) by {host}.{sfx}.prod.outlook.com (2603:10b6:{hx(3)}:{hx(2)}::{hx(2)}) with Microsoft SMTP\n"
                                     f" Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {exo_build(t)}; {rfcu(t)}"))
        else:
            hops.append(("Received", f"from {host}.{sfx}.prod.outlook.com ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {host}.{sfx}.prod.outlook.com\n"
                                     f" ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%{R.randint(3, 7)}]) with mapi id {exo_build(t)}; {rfcu(t)}"))
        if infra != "own":
            hops.insert(0, ("Received", f"from {host}.{sfx}.prod.outlook.com (2603:10b6:{hx(3)}:{hx(2)}::{hx(2)}) by\n {host2}.{sfx}.prod.outlook.com (2603:10b6:{hx(3)}:{hx(2)}::{hx(1)})"
                                        f" with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {exo_build(t)}; {rfcu(t + TD(seconds=1))}"))
    elif infra == "ex19-tejas":
        srv, ad, lan, ver = EXCH[who.dom]
        hops.append(("Received", f"from {srv}.{ad} ({lan}) by {srv}.{ad}\n ({lan}) with Microsoft SMTP Server (version=TLS1_2,\n"
                                 f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {ver} via Mailbox Transport; {rfc(t.astimezone(CHI))}"))
        hops.insert(0, ("Received", f"from {srv}.{ad} ({lan}) by {srv}.{ad}\n ({lan}) with Microsoft SMTP Server (version=TLS1_2,\n"
                                    f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {ver} via Frontend Transport; {rfc((t + TD(seconds=1)).astimezone(CHI))}"))
        hops.insert(0, ("Received", f"from mail.tejaspolymer.example (mail.tejaspolymer.example [12.216.73.18])\n\tby mx0b-00731e02.pphosted.com (PPS) with ESMTPS id "
                                    f"4{alnum(9).lower()}-1\n\t(version=TLSv1.2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256 verify=NOT)\n\tfor <{me.email}>; "
                                    f"{rfc((t + TD(seconds=3)).astimezone(CHI))}"))
    elif infra == "gws-flejes" or infra == "gmail":
        hops.append(("Received", f"by 2002:a05:7208:{hx(4)}:b0:{hx(2)}:{hx(3)}:{hx(3)} with HTTP; {rfc(t.astimezone(LAX))}"))
        hops.insert(0, ("X-Google-Smtp-Source", "AGHT+I" + alnum(62)))
        hops.insert(0, ("X-Received", f"by 2002:a05:{R.randint(6000, 6999)}:{hx(3)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {alnum(20).lower()}.{R.randint(10, 99)}.{int(t.timestamp())};\n"
                                      f"        {rfc(t.astimezone(LAX))}"))
        if infra == "gws-flejes":
            hops.insert(0, ("Received", f"by mail-sor-f41.google.com with SMTP id {alnum(20).lower()}.{R.randint(10, 99)}\n        for <{me.email}>\n"
                                        f"        (Google Transport Security);\n        {rfc(t.astimezone(LAX))}"))
        else:
            hops.insert(0, ("Received", f"by mail-yw1-f182.google.com with SMTP id {alnum(20).lower()}.{R.randint(10, 99)}\n        for <{me.email}>;\n"
                                        f"        {rfc(t.astimezone(LAX))}"))
    elif infra == "cpanel-ptc":
        if client == "roundcube":
            hops.append(("Received", f"from {orig_ip} ([{orig_ip}])\n\tby webmail.polimerostec.example\n\twith HTTP (HTTP/1.1 POST); {rfc(t.astimezone(MTY))}"))
            hops.insert(0, ("Received", f"from [127.0.0.1] (port={R.randint(40000, 60000)} helo=webmail.polimerostec.example)\n\tby s412.hostingmx.example with esmtpa (Exim 4.97.1)\n"
                                        f"\t(envelope-from <{who.email}>)\n\tid 1t{alnum(4)}-0000{alnum(2)}-{alnum(2)}\n\tfor {me.email};\n\t{rfc(t.astimezone(MTY))}"))
        else:
            hops.append(("Received", f"from [187.188.{R.choice((87, 88))}.{R.randint(10, 250)}] (port={R.randint(50000, 65000)} helo=DESKTOP{'VENTAS' if 'gmendoza' in who.email else 'COBRANZA'}02)\n"
                                     f"\tby s412.hostingmx.example with esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n\t(Exim 4.97.1)\n\t(envelope-from <{who.email}>)\n"
                                     f"\tid 1t{alnum(4)}-0000{alnum(2)}-{alnum(2)}\n\tfor {me.email};\n\t{rfc(t.astimezone(MTY))}"))
    elif infra == "zimbra-rb":
        hops.append(("Received", f"from localhost (localhost [127.0.0.1])\n\tby mail.aduanalriobravo.example (Postfix) with ESMTP id {HX(10)}\n"
                                 f"\tfor <{me.email}>; {rfc((t + TD(seconds=1)).astimezone(NLD))}"))
        hops.append(("Received", f"from mail.aduanalriobravo.example ([127.0.0.1])\n\tby localhost (mail.aduanalriobravo.example [127.0.0.1]) (amavis, port 10032)\n"
                                 f"\twith ESMTP id {alnum(12)}; {rfc((t + TD(seconds=1)).astimezone(NLD))}"))
        hops.append(("Received", f"from localhost (localhost [127.0.0.1])\n\tby mail.aduanalriobravo.example (Postfix) with ESMTP id {HX(10)}\n"
                                 f"\tfor <{me.email}>; {rfc(t.astimezone(NLD))}"))
        hops.append(("X-Virus-Scanned", "amavis at aduanalriobravo.example"))
        hops.append(("Received", f"from mail.aduanalriobravo.example (mail.aduanalriobravo.example [10.10.0.5])\n\tby mail.aduanalriobravo.example (Postfix) with ESMTP id {HX(10)}\n"
                                 f"\tfor <{me.email}>; {rfc(t.astimezone(NLD))}"))
    elif infra in ("sdp", "erp"):
        host = INFRA[infra][0]; lan = "10.20.1.15" if infra == "sdp" else "10.20.1.22"
        hops.append(("Received", f"from {'MESADEAYUDA01' if infra == 'sdp' else 'SIACOM-APP01'} ([{lan}]) by {host} with ESMTP; {rfc(t.astimezone(MTY))}"))
    elif infra in ("look-rb", "fake-sat", "fake-ped"):
        hops.append(("Received", f"from [{orig_ip}] (port={R.randint(50000, 65000)} helo=[{'192.168.1.' + str(R.randint(2, 99))}])\n\tby {INFRA[infra][0]} with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
                                 f"\t(Exim 4.96)\n\t(envelope-from <{who.email}>)\n\tid 1t{alnum(4)}-000{alnum(3)}-{alnum(2)}\n\tfor {me.email}; {rfc(t.astimezone(UTC))}"))
    elif infra == "list":
        pass
    else:
        hops.append(("Received", f"from localhost (localhost [127.0.0.1]) by {INFRA[infra][0]} (Postfix) with ESMTP id {HX(10)}; {rfc(t.astimezone(UTC))}"))
    return hops


def eop_host(): return f"{R.choice(('CO1', 'SA2', 'BN2', 'CH1', 'DS3'))}PEPF0000{HX(4)}.namprd0{R.choice((3, 4, 5))}.prod.outlook.com"


def transport(who, t, infra, client, orig_ip=None, auth=None, lang="es"):
    t_in = t + TD(seconds=R.randint(3, 11))
    mbx2 = exo_host(OWN, "hub" + str(R.randint(0, 3)))
    top = [("Received", f"from {mbx2}.namprd12.prod.outlook.com (2603:10b6:a03:{hx(3)}::{hx(2)}) by {DSTMB}.namprd12.prod.outlook.com with HTTPS; {rfcu(t_in + TD(seconds=2))}")]
    if infra == "own":
        top.append(("Authentication-Results", f"dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from={OWN};"))
        hops = sender_hops(who, infra, t, None, client, orig_ip)
        xo = [("X-MS-Exchange-Organization-AuthAs", "Internal"), ("X-MS-Exchange-Organization-AuthSource", f"{exo_host(OWN, who.email)}.namprd12.prod.outlook.com"),
              ("X-MS-Exchange-Organization-SCL", "-1"), ("X-MS-Exchange-Organization-Network-Message-Id", ruuid())]
        if client == "smtp_olk":
            xo.append(("X-MS-Exchange-Organization-AuthMechanism", "03"))
            xo.append(("X-Originating-IP", f"[{orig_ip}]"))
        else:
            xo.append(("X-MS-Exchange-Organization-AuthMechanism", "04"))
        return top + hops, xo
    helo, ip, d, s, envd, ctry = INFRA[infra]
    if orig_ip and infra in ("look-rb", "fake-sat", "fake-ped"): pass
    envd = envd or who.dom
    fromdom = who.dom
    eop = eop_host()
    if d:
        dm = "pass" if infra not in ("fake-sat",) else "none"
        ar = (f"spf=pass (sender IP is {ip})\n smtp.mailfrom={envd}; dkim=pass (signature was verified)\n header.d={d};dmarc={dm} action=none header.from={fromdom};"
              + ("compauth=pass reason=100" if dm == "pass" else "compauth=softpass reason=201"))
    else:
        ar = (f"spf=pass (sender IP is {ip})\n smtp.mailfrom={envd}; dkim=none (message not signed)\n header.d=none;dmarc=pass action=none header.from={fromdom};compauth=pass reason=100")
    sfv = "NSPM"
    top += [("Received", f"from {eop} (2603:10b6:{hx(3)}:{hx(2)}::{hx(2)}) by\n {mbx2}.namprd12.prod.outlook.com (2603:10b6:a03:{hx(3)}::{hx(2)}) with Microsoft SMTP Server\n"
                         f" (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {exo_build(t)}; {rfcu(t_in + TD(seconds=1))}"),
            ("Authentication-Results", auth or ar),
            ("Received-SPF", f"Pass (protection.outlook.com: domain of {envd} designates\n {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo={helo}; pr=C"),
            ("Received", f"from {helo} ({ip}) by\n {eop} (10.167.{R.randint(1, 250)}.{R.randint(1, 250)}) with Microsoft SMTP Server (version=TLS1_3,\n"
                         f" cipher=TLS_AES_256_GCM_SHA384) id {exo_build(t)} via Frontend Transport; {rfcu(t_in)}")]
    hops = sender_hops(who, infra, t, envd, client, orig_ip)
    dk = []
    if d:
        hh = "From:To:Subject:Date:Message-ID:References:In-Reply-To:Content-Type:MIME-Version" if "google" not in helo and infra != "gmail" else \
            "mime-version:references:in-reply-to:from:date:message-id:subject:to"
        dk = [("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d}; s={s};\n\tt={int(t.timestamp())}; bh={b64(32)};\n\th={hh};\n\tb={b64(180)}")]
    xo = [("X-MS-Exchange-Organization-ExpirationStartTime", f"{t_in.astimezone(UTC):%d %b %Y %H:%M:%S.%f}"[:-3] + " (UTC)"),
          ("X-MS-Exchange-Organization-AuthAs", "Anonymous"), ("X-MS-Exchange-Organization-AuthSource", eop),
          ("X-MS-Exchange-Organization-Network-Message-Id", ruuid()), ("X-MS-Exchange-Organization-SCL", "1"),
          ("X-Forefront-Antispam-Report", f"CIP:{ip};CTRY:{ctry};LANG:{lang};SCL:1;SRV:;IPV:NLI;SFV:{sfv};H:{helo};PTR:{helo};CAT:NONE;"
                                          f"SFS:({R.randint(13230040, 13230045)})({R.randint(4636009, 4636009)})({R.randint(366016, 366019)})({R.randint(1800799024, 1800799024)});DIR:INB;")]
    return top + hops + dk, xo


def addr(n, e):
    if not n: return e
    if not n.isascii():
        return "=?utf-8?B?" + base64.b64encode(n.encode()).decode() + f"?= <{e}>"
    return f'"{n}" <{e}>' if any(c in n for c in ".,|()@") else f"{n} <{e}>"


def enc_h(v): return v if v.isascii() else "=?utf-8?B?" + base64.b64encode(v.encode()).decode() + "?="


CLANG = {"olk_es": "es-MX", "olk_en": "en-US", "olkand": "es-MX", "ex19_en": "en-US", "owa_look": "en-US", "olkweb": "es-MX"}
UA = {"olk16": ("X-Mailer", "Microsoft Outlook 16.0"), "olk16_look": ("X-Mailer", "Microsoft Outlook 16.0"), "smtp_olk": ("X-Mailer", "Microsoft Outlook 16.0"),
      "zimbra": ("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - GC131 (Win)/9.0.0_GA_4583)"),
      "roundcube": ("User-Agent", "Roundcube Webmail/1.6.9"), "phpmailer": ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
      "tb_look": ("User-Agent", "Mozilla Thunderbird"), "sdp": ("X-Mailer", "ServiceDesk Plus"), "erp": ("X-Mailer", "SIACOM ERP 9.4 (Notificador)")}


def emit(who, client, t, to, cc, subj, refs, plain, html=None, atts=(), extra=(), label=None, infra=None, frm=None, mid=None, tidx=None,
         topic=None, scen=None, orig_ip=None, folder=None, no_html=False, auth=None, irt=None, lang=None, replyto=None, date_tz=None):
    m = mid or make_mid(who, client, t)
    folder = folder or ("Sent" if who is me else "INBOX")
    infra = infra or who.infra
    h = []; xo = []
    if folder == "INBOX":
        tr, xo = transport(who, t, infra, client, orig_ip, auth, lang or who.lang)
        h += tr
    date = rfc(t.astimezone(date_tz or who.tz))
    fromh = frm or addr(who.name, who.email)
    toh = ", ".join(addr(n, e) for n, e in to)
    if client in ("gmail_es",):
        h += [("MIME-Version", "1.0")]
        if refs: h += [("References", " ".join(refs)), ("In-Reply-To", irt or refs[-1])]
        h += [("From", fromh), ("Date", date), ("Message-ID", m), ("Subject", enc_h(subj)), ("To", toh)]
        if cc: h.append(("Cc", ", ".join(addr(n, e) for n, e in cc)))
    else:
        h += [("From", fromh), ("To", toh)]
        if cc: h.append(("CC", ", ".join(addr(n, e) for n, e in cc)))
        h += [("Subject", enc_h(subj)), ("Date", date), ("Message-ID", m)]
        if refs: h += [("In-Reply-To", irt or refs[-1]), ("References", "\n ".join(refs))]
    if replyto: h.append(("Reply-To", replyto))
    if client in CLANG:
        h += [("Thread-Topic", enc_h(topic or subj.split(": ", 1)[-1])), ("Thread-Index", tidx or base64.b64encode((filetime(t) >> 16).to_bytes(6, "big") + rbytes(16)).decode())]
        h += [("Accept-Language", CLANG[client] + (", en-US" if CLANG[client] != "en-US" else "")), ("Content-Language", CLANG[client]),
              ("X-MS-Has-Attach", "yes" if atts else ""), ("X-MS-TNEF-Correlator", "")]
        if client == "ex19_en": h.append(("x-originating-ip", f"[10.12.{R.randint(4, 9)}.{R.randint(20, 200)}]"))
    if folder == "INBOX" and (infra.startswith("exo") or infra in ("own", "look-tejas", "outlookcom")):
        h += [("X-MS-Exchange-CrossTenant-Network-Message-Id", ruuid()),
              ("X-MS-Exchange-CrossTenant-originalarrivaltime", f"{t.astimezone(UTC):%d %b %Y %H:%M:%S.%f}"[:-3] + " (UTC)"),
              ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"), ("X-MS-Exchange-CrossTenant-id", TENANT.get(who.dom, TENANT[OWN]))]
    if client in ("olk16", "olk16_look", "smtp_olk"):
        h += [("Thread-Index", tidx or base64.b64encode((filetime(t) >> 16).to_bytes(6, "big") + rbytes(16)).decode()), ("Content-Language", "es-mx")]
    if client == "zimbra":
        h += [("X-Originating-IP", f"[201.144.62.{R.randint(80, 90)}]"), ("Thread-Topic", enc_h(topic or subj.split(": ", 1)[-1])),
              ("Thread-Index", base64.b64encode(rbytes(22)).decode()[:-2] + "==")]
    if client == "roundcube": h += [("X-Sender", who.email)]
    if client in UA: h.append(UA[client])
    h += list(extra)
    h += xo
    if client not in ("gmail_es",): h.append(("MIME-Version", "1.0"))
    if html is None and not no_html: html = html_of(client, plain)
    def bnd():
        if client in ("olk_es", "olk_en", "olkand"): return "_000_" + exo_host(who.dom, who.email) + HX(24) + "_"
        if client in ("owa_look", "olkweb"): return "_000_" + HX(32) + "_"
        if client == "ex19_en": return "_000_" + hx(32) + "TPSEXCH01tejaspolylo_"
        if client in ("olk16", "olk16_look", "smtp_olk"): return f"----=_NextPart_000_{HX(4)}_01DB{HX(4)}.{HX(8)}"
        if client == "gmail_es": return "000000000000" + hx(16)
        if client == "zimbra": return "=_" + ruuid()
        if client == "roundcube": return "=_" + hx(32)
        if client == "phpmailer": return "b1=_" + alnum(42)
        if client == "sdp": return "----=_Part_" + str(R.randint(10000, 99999)) + "_" + str(R.randint(10**8, 10**9)) + "." + str(int(t.timestamp() * 1000))
        return "=_" + hx(24)

    def textpart(ctype, text):
        data = text.encode("utf-8")
        if client == "gmail_es":
            if text.isascii() and max(len(x) for x in text.split("\n")) < 990: return [f'Content-Type: {ctype}; charset="UTF-8"', "", text]
            return [f'Content-Type: {ctype}; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]
        if client in CLANG or client in ("olk16", "olk16_look", "smtp_olk"):
            return [f'Content-Type: {ctype}; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]
        if client == "roundcube" and ctype == "text/plain":
            return ["Content-Type: text/plain; charset=UTF-8;\n format=flowed", "Content-Transfer-Encoding: 8bit", "", text]
        if client in ("zimbra", "sdp", "erp", "notice", "list", "phpmailer", "tb_look", "roundcube"):
            return [f"Content-Type: {ctype}; charset=utf-8", "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]
        return [f"Content-Type: {ctype}; charset=UTF-8", "Content-Transfer-Encoding: 8bit", "", text]
    alt = textpart("text/plain", plain)
    if html:
        ab = bnd(); alt = [f'Content-Type: multipart/alternative; boundary="{ab}"', "", f"--{ab}"] + textpart("text/plain", plain) + [f"--{ab}"] + textpart("text/html", html) + [f"--{ab}--"]
    if atts:
        mb = bnd(); body = [f'Content-Type: multipart/mixed; boundary="{mb}"', "", f"--{mb}"] + alt
        for name, data, ctype in atts:
            ename = name if name.isascii() else enc_h(name)
            body += [f"--{mb}", f'Content-Type: {ctype}; name="{ename}"']
            if client in CLANG: body.append(f"Content-Description: {ename}")
            if client == "gmail_es":
                body += [f'Content-Disposition: attachment; filename="{ename}"', "Content-Transfer-Encoding: base64", f"Content-ID: <f_{alnum(9).lower()}0>",
                         f"X-Attachment-Id: f_{alnum(9).lower()}0"]
            else:
                body += [f'Content-Disposition: attachment; filename="{ename}"' + (f"; size={len(data)};\n\tcreation-date=\"{rfc(t.astimezone(UTC))}\";\n\tmodification-date=\"{rfc(t.astimezone(UTC))}\"" if client in CLANG else ""),
                         "Content-Transfer-Encoding: base64"]
            body += ["", base64.encodebytes(data).decode().rstrip("\n")]
        body += [f"--{mb}--"]
    else: body = alt
    raw = "\r\n".join(f"{k}: {v}".replace("\n", "\r\n") for k, v in h) + "\r\n" + "\r\n".join(body).replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n"
    seq[0] += 1
    pending.append((t.astimezone(UTC) + (TD(seconds=8) if folder == "INBOX" else TD(0)), seq[0], folder, raw, (m, label) if label else None, scen))
    return m


G = ("genuine", "genuine-reply"); GH = ("genuine", "genuine-hard"); GO = ("genuine", "genuine-orphan")
def HJ(kind): return ("hijack", kind)
def cmt(scen, desc): return (scen, desc)


PFX = {"olk_es": "RE: ", "olk_en": "RE: ", "olkand": "RE: ", "olk16": "RE: ", "ex19_en": "RE: ", "gmail_es": "Re: ", "zimbra": "Re: ",
       "roundcube": "Re: ", "phpmailer": "RE: ", "smtp_olk": "RE: ", "olk16_look": "RE: ", "owa_look": "RE: ", "olkweb": "RE: "}




class Thread:
    """a conversation; Outlook Thread-Index is built from the first message's FILETIME plus 5-byte child blocks"""
    def __init__(s, tid, partner, subj, cc=None, lang=None):
        s.tid, s.p, s.subj, s.refs, s.last, s.cc = tid, partner, subj, [], None, cc
        s.lang = lang or ("en" if partner.lang == "en" else "es")
        s.t0 = None; s.guid = rbytes(16); s.blocks = []; s.np = 0; s.recs = []

    def tindex(s, t, block=None):
        hdr = (filetime(s.t0) >> 16).to_bytes(6, "big") + s.guid
        return base64.b64encode(hdr + b"".join(s.blocks) + (block or b"")).decode()

    def block(s, t):
        d = max(0, filetime(t) - filetime(s.t0))
        v = ((d >> 18) & 0x7FFFFFFF) if d < (1 << 49) else (0x80000000 | ((d >> 23) & 0x7FFFFFFF))
        return v.to_bytes(4, "big") + bytes([R.getrandbits(8)])

    def add(s, who, text, t, label=None, client=None, to=None, cc=None, sig=True, quote=True, subj=None, scen=None, quote_text=None,
            detached=False, sigtext=None, **kw):
        client = client or who.client
        wsig = ME_SIG_EN if (who is me and s.lang == "en") else who.sig
        plain = text + ((sigtext if sigtext is not None else wsig) if sig else "")
        if quote and s.last:
            q = dict(s.last)
            if quote_text is not None: q["plain"] = quote_text
            plain += quote_of(client, q, who.tz)
        if subj is None:
            subj = s.subj if not s.refs else PFX.get(client, "Re: ") + s.subj
        if to is None: to = [(s.p.name, s.p.email)] if who is me else [(me.name, me.email)]
        if cc is None: cc = s.cc
        if label == G and scen is None:
            s.np += 1; scen = (f"P-{s.tid}-{s.np}", f"plain in-thread reply from {who.name} in {s.tid} '{s.subj}'")
        if s.t0 is None: s.t0 = t
        blk = s.block(t) if s.refs else None
        if "tidx" not in kw: kw["tidx"] = s.tindex(t, blk)
        m = emit(who, client, t, to, cc, subj, list(s.refs), plain, label=label, topic=s.subj, scen=scen, **kw)
        if detached: return m
        if blk: s.blocks.append(blk)
        s.refs.append(m)
        s.last = dict(t=t, name=who.name, email=who.email, plain=plain, subj=subj, to=to, cc=cc or [])
        s.recs.append(s.last)
        return m


# ---------------------------------------------------------------- attachments (inert, but with real container structure)
def zipfile_bytes(members, when=(2025, 3, 12, 16, 40, 0), encrypt=False):
    bio = io.BytesIO(); z = zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED)
    for name, data in members:
        zi = zipfile.ZipInfo(name, date_time=when); zi.compress_type = zipfile.ZIP_DEFLATED
        if encrypt: zi.flag_bits |= 0x1
        z.writestr(zi, (rbytes(12) + rbytes(len(data))) if encrypt else data)
    z.close(); return bio.getvalue()


def pdf_esc(s): return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines, producer="Microsoft® Word para Microsoft 365", when="20250303091200", zone="-06'00'", uris=()):
    content = ("BT /F1 10 Tf 13 TL 60 780 Td " + " ".join(f"({pdf_esc(l)}) '" for l in lines) + " ET").encode("cp1252", "replace")
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", None,
            f"<< /Length {len(content)} >>\nstream\n", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            f"<< /Producer ({pdf_esc(producer)}) /CreationDate (D:{when}{zone}) /ModDate (D:{when}{zone}) >>"]
    ann = []
    for i, u in enumerate(uris):
        objs.append(f"<< /Type /Annot /Subtype /Link /Rect [60 {420 - 40 * i} 535 {452 - 40 * i}] /Border [0 0 0] /A << /S /URI /URI ({u}) >> >>")
        ann.append(len(objs))
    objs[2] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R"
               + (f" /Annots [{' '.join(f'{a} 0 R' for a in ann)}]" if ann else "") + " >>")
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"); offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += (f"4 0 obj\n{o}".encode() + content + b"\nendstream\nendobj\n") if i == 4 else f"{i} 0 obj\n{o}\nendobj\n".encode("cp1252", "replace")
    x = len(out); fid = hx(32)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R /ID [<{fid}> <{fid}>] >>\nstartxref\n{x}\n%%EOF\n".encode()
    return bytes(out)


def clabe(bank, plaza, acct):
    d = f"{bank:03d}{plaza:03d}{acct:011d}"
    s = sum((int(c) * w) % 10 for c, w in zip(d, [3, 7, 1] * 6))
    return d + str((10 - s % 10) % 10)


def fmt_clabe(c): return f"{c[:3]} {c[3:6]} {c[6:17]} {c[17]}"
def money(x): return f"{x:,.2f}"


RFC_ME = ("ACU980512KT7", "AUTOPARTES CUMBRES", "66600", "601")


def cfdi_xml(emisor, serie, folio, fecha, conceptos, uid, metodo="PPD", forma="99", moneda="MXN", tc=None, cond="CREDITO 30 DIAS", lugar="25290"):
    """a CFDI 4.0 ingreso with TimbreFiscalDigital 1.1 (seals are random base64: inert)"""
    sub = sum(round(q * p, 2) for _, _, _, q, p, _ in conceptos); iva = round(sub * 0.16, 2); tot = round(sub + iva, 2)
    cs = ""
    for clave, noid, desc, q, p, unidad in conceptos:
        imp = round(q * p, 2)
        cs += (f'    <cfdi:Concepto ClaveProdServ="{clave}" NoIdentificacion="{noid}" Cantidad="{q:.3f}" ClaveUnidad="{unidad[0]}" Unidad="{unidad[1]}" '
               f'Descripcion="{H.escape(desc)}" ValorUnitario="{p:.2f}" Importe="{imp:.2f}" ObjetoImp="02">\n      <cfdi:Impuestos>\n        <cfdi:Traslados>\n'
               f'          <cfdi:Traslado Base="{imp:.2f}" Impuesto="002" TipoFactor="Tasa" TasaOCuota="0.160000" Importe="{round(imp * 0.16, 2):.2f}"/>\n'
               f'        </cfdi:Traslados>\n      </cfdi:Impuestos>\n    </cfdi:Concepto>\n')
    x = (f'<?xml version="1.0" encoding="UTF-8"?>\n<cfdi:Comprobante xmlns:cfdi="http://www.sat.gob.mx/cfd/4" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
         f'xsi:schemaLocation="http://www.sat.gob.mx/cfd/4 http://www.sat.gob.mx/sitio_internet/cfd/4/cfdv40.xsd" Version="4.0" Serie="{serie}" Folio="{folio}" '
         f'Fecha="{fecha:%Y-%m-%dT%H:%M:%S}" Sello="{b64(256)}" FormaPago="{forma}" NoCertificado="0000100000050{R.randint(1000000, 9999999)}" '
         f'Certificado="{b64(900)}" CondicionesDePago="{cond}" SubTotal="{sub:.2f}" Moneda="{moneda}"' + (f' TipoCambio="{tc}"' if tc else "")
         + f' Total="{tot:.2f}" TipoDeComprobante="I" Exportacion="01" MetodoPago="{metodo}" LugarExpedicion="{lugar}">\n'
         f'  <cfdi:Emisor Rfc="{emisor[0]}" Nombre="{emisor[1]}" RegimenFiscal="{emisor[3]}"/>\n'
         f'  <cfdi:Receptor Rfc="{RFC_ME[0]}" Nombre="{RFC_ME[1]}" DomicilioFiscalReceptor="{RFC_ME[2]}" RegimenFiscalReceptor="{RFC_ME[3]}" UsoCFDI="G01"/>\n'
         f'  <cfdi:Conceptos>\n{cs}  </cfdi:Conceptos>\n  <cfdi:Impuestos TotalImpuestosTrasladados="{iva:.2f}">\n    <cfdi:Traslados>\n'
         f'      <cfdi:Traslado Base="{sub:.2f}" Impuesto="002" TipoFactor="Tasa" TasaOCuota="0.160000" Importe="{iva:.2f}"/>\n    </cfdi:Traslados>\n  </cfdi:Impuestos>\n'
         f'  <cfdi:Complemento>\n    <tfd:TimbreFiscalDigital xmlns:tfd="http://www.sat.gob.mx/TimbreFiscalDigital" xsi:schemaLocation="http://www.sat.gob.mx/TimbreFiscalDigital '
         f'http://www.sat.gob.mx/sitio_internet/cfd/TimbreFiscalDigital/TimbreFiscalDigitalv11.xsd" Version="1.1" UUID="{uid.upper()}" '
         f'FechaTimbrado="{(fecha + TD(seconds=R.randint(20, 90))):%Y-%m-%dT%H:%M:%S}" RfcProvCertif="PCE180925TA1" SelloCFD="{b64(256)}" '
         f'NoCertificadoSAT="00001000000{R.randint(500000000, 599999999)}" SelloSAT="{b64(256)}"/>\n  </cfdi:Complemento>\n</cfdi:Comprobante>\n')
    return x.encode("utf-8"), sub, iva, tot


def cfdi_pdf(emisor, serie, folio, fecha, conceptos, uid, sub, iva, tot, bank_lines, producer, extra=(), moneda="MXN"):
    lines = [f"{emisor[2]}", f"RFC: {emisor[0]}   Regimen fiscal: {emisor[3]} General de Ley Personas Morales", f"FACTURA  Serie {serie}  Folio {folio}",
             f"Folio fiscal (UUID): {uid.upper()}", f"Fecha de emision: {fecha:%Y-%m-%d %H:%M:%S}   Lugar de expedicion: 25290",
             f"Receptor: {RFC_ME[1]}, S.A. DE C.V.   RFC: {RFC_ME[0]}   Uso CFDI: G01 Adquisicion de mercancias", ""]
    for clave, noid, desc, q, p, unidad in conceptos:
        lines.append(f"{q:,.3f} {unidad[0]}  {noid}  {desc}  P.U. ${money(p)}  Importe ${money(q * p)}")
    lines += ["", f"Subtotal: ${money(sub)}   IVA 16%: ${money(iva)}   Total: ${money(tot)} {moneda}", "Metodo de pago: PPD Pago en parcialidades o diferido   Forma de pago: 99 Por definir",
              ""] + list(bank_lines) + list(extra) + ["", "Este documento es una representacion impresa de un CFDI 4.0"]
    return pdf(lines, producer=producer, when=f"{fecha:%Y%m%d%H%M%S}")


def ooxml(kind, macro=False, text="", sheet_rows=(), sheet="Hoja1"):
    bio = io.BytesIO(); z0 = zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED)

    def w(name, data):
        zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED; z0.writestr(zi, data)
    RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    if kind == "docx":
        w("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        w("_rels/.rels", RELS + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        w("word/document.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
          f'<w:body><w:p><w:r><w:t>{H.escape(text)}</w:t></w:r></w:p></w:body></w:document>')
    else:
        main = "application/vnd.ms-excel.sheet.macroEnabled.main+xml" if macro else "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
        w("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "")
          + f'<Override PartName="/xl/workbook.xml" ContentType="{main}"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
        w("_rels/.rels", RELS + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        w("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          f'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{sheet}" sheetId="1" r:id="rId1"/></sheets></workbook>')
        w("xl/_rels/workbook.xml.rels", RELS + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
          + ('<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' if macro else "") + "</Relationships>")
        rows = "".join(f'<row r="{i}">' + "".join(f'<c t="inlineStr"><is><t>{H.escape(str(c))}</t></is></c>' for c in r) + "</row>" for i, r in enumerate(sheet_rows, 1))
        w("xl/worksheets/sheet1.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          f"<sheetData>{rows}</sheetData></worksheet>")
        if macro:
            w("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff" + rbytes(2200))
    z0.close(); return bio.getvalue()


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def iso_image(label, inner_name):
    data = bytearray(b"\x00" * 0x8000) + b"\x01CD001\x01\x00" + b"WIN32".ljust(32) + label.encode().ljust(32) + rbytes(1900)
    return bytes(data) + inner_name.encode() + b"\x00" * 8 + b"MZ" + rbytes(3000)


def lnk_bytes(desc):
    return (b"\x4c\x00\x00\x00\x01\x14\x02\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00\x46\x9b\x00\x08\x00" + rbytes(52)
            + desc.encode("utf-16-le") + b"\x00\x00" + "%SystemRoot%\\System32\\rundll32.exe".encode("utf-16-le") + rbytes(64))


def onenote_bytes(caption):
    return bytes.fromhex("e4525c7b8cd8a74daeb15378d02996d3") + rbytes(1800) + caption.encode("utf-16-le") + rbytes(700)


def png(w=320, h=200):
    def chunk(tp, data): return struct.pack(">I", len(data)) + tp + data + struct.pack(">I", zlib.crc32(tp + data) & 0xffffffff)
    base = R.randint(90, 200)
    rows = b"".join(b"\x00" + bytes((min(255, base + R.randint(0, 50)) if (x // 24 + y // 24) % 4 else 50) for x in range(w * 3)) for y in range(h))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(rows, 6)) + chunk(b"IEND", b"")


def jpeg(k=2400, model="SM-A546E"):
    """a JPEG container (SOI, APP1/Exif with camera model, DQT, random scan data, EOI)"""
    exif = b"Exif\x00\x00MM\x00*\x00\x00\x00\x08" + model.encode() + b"\x00" + rbytes(60)
    return (b"\xff\xd8\xff\xe1" + struct.pack(">H", len(exif) + 2) + exif + b"\xff\xdb\x00\x43\x00" + rbytes(64)
            + b"\xff\xc0\x00\x11\x08\x02\xd0\x05\x00\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01\xff\xda\x00\x0c\x03\x01\x00\x02\x11\x03\x11\x00\x3f\x00"
            + bytes(b if b != 0xff else 0xfe for b in rbytes(k)) + b"\xff\xd9")


def cfdi_rep_xml(emisor, folio, fecha, pagos, cta_ben, lugar="25900"):
    """a CFDI 4.0 'P' (recibo electronico de pago) with the Pagos 2.0 complement; pagos = [(fecha_pago, monto, [(uuid, serie, folio, saldo_ant, pagado)])]"""
    tot = sum(p[1] for p in pagos); base = round(tot / 1.16, 2); iva = round(tot - base, 2)
    ps = ""
    for fp, monto, docs in pagos:
        ps += (f'      <pago20:Pago FechaPago="{fp:%Y-%m-%dT12:00:00}" FormaDePagoP="03" MonedaP="MXN" TipoCambioP="1" Monto="{monto:.2f}" CtaBeneficiario="{cta_ben}">\n')
        for u, se, fo, sa, pa in docs:
            ps += (f'        <pago20:DoctoRelacionado IdDocumento="{u.upper()}" Serie="{se}" Folio="{fo}" MonedaDR="MXN" EquivalenciaDR="1" NumParcialidad="1" '
                   f'ImpSaldoAnt="{sa:.2f}" ImpPagado="{pa:.2f}" ImpSaldoInsoluto="{sa - pa:.2f}" ObjetoImpDR="02"/>\n')
        ps += "      </pago20:Pago>\n"
    x = (f'<?xml version="1.0" encoding="UTF-8"?>\n<cfdi:Comprobante xmlns:cfdi="http://www.sat.gob.mx/cfd/4" xmlns:pago20="http://www.sat.gob.mx/Pagos20" '
         f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.sat.gob.mx/cfd/4 http://www.sat.gob.mx/sitio_internet/cfd/4/cfdv40.xsd '
         f'http://www.sat.gob.mx/Pagos20 http://www.sat.gob.mx/sitio_internet/cfd/Pagos/Pagos20.xsd" Version="4.0" Serie="P" Folio="{folio}" Fecha="{fecha:%Y-%m-%dT%H:%M:%S}" '
         f'Sello="{b64(256)}" NoCertificado="0000100000050{R.randint(1000000, 9999999)}" Certificado="{b64(900)}" SubTotal="0" Moneda="XXX" Total="0" '
         f'TipoDeComprobante="P" Exportacion="01" LugarExpedicion="{lugar}">\n  <cfdi:Emisor Rfc="{emisor[0]}" Nombre="{emisor[1]}" RegimenFiscal="{emisor[3]}"/>\n'
         f'  <cfdi:Receptor Rfc="{RFC_ME[0]}" Nombre="{RFC_ME[1]}" DomicilioFiscalReceptor="{RFC_ME[2]}" RegimenFiscalReceptor="{RFC_ME[3]}" UsoCFDI="CP01"/>\n'
         '  <cfdi:Conceptos>\n    <cfdi:Concepto ClaveProdServ="84111506" Cantidad="1" ClaveUnidad="ACT" Descripcion="Pago" ValorUnitario="0" Importe="0" ObjetoImp="01"/>\n'
         '  </cfdi:Conceptos>\n  <cfdi:Complemento>\n    <pago20:Pagos Version="2.0">\n'
         f'      <pago20:Totales TotalTrasladosBaseIVA16="{base:.2f}" TotalTrasladosImpuestoIVA16="{iva:.2f}" MontoTotalPagos="{tot:.2f}"/>\n' + ps +
         '    </pago20:Pagos>\n    <tfd:TimbreFiscalDigital xmlns:tfd="http://www.sat.gob.mx/TimbreFiscalDigital" xsi:schemaLocation="http://www.sat.gob.mx/TimbreFiscalDigital '
         f'http://www.sat.gob.mx/sitio_internet/cfd/TimbreFiscalDigital/TimbreFiscalDigitalv11.xsd" Version="1.1" UUID="{ruuid().upper()}" '
         f'FechaTimbrado="{(fecha + TD(seconds=40)):%Y-%m-%dT%H:%M:%S}" RfcProvCertif="PCE180925TA1" SelloCFD="{b64(256)}" NoCertificadoSAT="00001000000{R.randint(500000000, 599999999)}" '
         f'SelloSAT="{b64(256)}"/>\n  </cfdi:Complemento>\n</cfdi:Comprobante>\n')
    return x.encode("utf-8"), tot


# ---------------------------------------------------------------- system mail: ERP, ticket system, tracking, newsletters, list, platforms
ERP_URL = f"https://erp.{OWN}/siacom"


def erp_po(t, po, sup, rfc_sup, lines, moneda="MXN"):
    tot = sum(q * p for _, q, p, _ in lines)
    plain = (f"Orden de compra {po} autorizada\n\nProveedor: {sup} ({rfc_sup})\nComprador: Mariana Treviño Garza\nMoneda: {moneda}\n\n"
             + "\n".join(f"  {d}: {q:,} {u} x {p:,.2f} = {q * p:,.2f}" for d, q, p, u in lines)
             + f"\n\nTotal antes de impuestos: {tot:,.2f} {moneda}\n\nLa orden fue enviada al proveedor por correo y publicada en el Portal de Proveedores.\n"
             f"Consultar en SIACOM: {ERP_URL}/compras/oc/{po}\n\n-- \nMensaje generado automáticamente por SIACOM ERP. No responda a este correo.")
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Segoe UI,Arial,sans-serif;font-size:13px;color:#222">'
            f'<h3 style="color:#0a4d8c">Orden de compra {po} autorizada</h3><table cellpadding="4" style="border-collapse:collapse;font-size:13px">'
            f"<tr><td><b>Proveedor</b></td><td>{H.escape(sup)} ({rfc_sup})</td></tr><tr><td><b>Comprador</b></td><td>Mariana Treviño Garza</td></tr>"
            f"<tr><td><b>Moneda</b></td><td>{moneda}</td></tr></table><table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse;margin-top:8px\">"
            "<tr style=\"background:#e8eef6\"><th>Descripción</th><th>Cantidad</th><th>Precio</th><th>Importe</th></tr>"
            + "".join(f"<tr><td>{H.escape(d)}</td><td>{q:,} {u}</td><td>{p:,.2f}</td><td>{q * p:,.2f}</td></tr>" for d, q, p, u in lines)
            + f'</table><p>Total antes de impuestos: <b>{tot:,.2f} {moneda}</b></p><p><a href="{ERP_URL}/compras/oc/{po}">Consultar en SIACOM</a></p>'
            '<p style="color:#888;font-size:11px">Mensaje generado automáticamente por SIACOM ERP. No responda a este correo.</p></body></html>')
    att = [(f"OC_{po}.pdf", pdf([f"AUTOPARTES CUMBRES, S.A. DE C.V.  RFC {RFC_ME[0]}", f"ORDEN DE COMPRA {po}", f"Proveedor: {sup}"]
                                + [f"{d}  {q:,} {u}  {p:,.2f}" for d, q, p, u in lines] + [f"Total: {tot:,.2f} {moneda} + IVA"],
                                producer="SIACOM ERP 9.4 / JasperReports Library version 6.20.0", when=f"{t:%Y%m%d%H%M%S}"), "application/pdf")]
    return emit(erp, "erp", t, [(me.name, me.email)], None, f"Orden de compra {po} autorizada - {sup}", [], plain, html=html, atts=att,
                extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])


def erp_conf(t, po, sup, fecha, coment, label=None, scen=None):
    plain = (f"El proveedor {sup} confirmó la orden de compra {po} en el Portal de Proveedores.\n\nFecha compromiso de entrega: {fecha}\n"
             f"Comentario del proveedor: {coment}\n\nVer orden: {ERP_URL}/compras/oc/{po}\n\n-- \nMensaje generado automáticamente por SIACOM ERP. No responda a este correo.")
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Segoe UI,Arial,sans-serif;font-size:13px;color:#222">'
            f"<p>El proveedor <b>{H.escape(sup)}</b> confirmó la orden de compra <b>{po}</b> en el Portal de Proveedores.</p>"
            f"<p>Fecha compromiso de entrega: <b>{fecha}</b><br>Comentario del proveedor: <i>{H.escape(coment)}</i></p>"
            f'<p><a href="{ERP_URL}/compras/oc/{po}">Ver orden</a></p><p style="color:#888;font-size:11px">Mensaje generado automáticamente por SIACOM ERP. '
            "No responda a este correo.</p></body></html>")
    return emit(erp, "erp", t, [(me.name, me.email)], None, f"RE: Orden de compra {po} - confirmación del proveedor", [], plain, html=html,
                extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")], label=label, scen=scen)


SDP_URL = f"https://mesadeayuda.{OWN}:8443/WorkOrder.do?woMode=viewWO&woID="


def sdp_note(t, rid, title, text, label=None, scen=None, frm_name="Mesa de Ayuda TI"):
    plain = text + f"\n\nVer solicitud: {SDP_URL}{rid}\n\nMesa de Ayuda TI | Autopartes Cumbres | Ext. 150\nPor favor no modifique el asunto al responder (##{rid}##)."
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body><div style="font-family:Verdana;font-size:12px">'
            + "<br>".join(H.escape(l) for l in text.split("\n")) + f'<br><br><a href="{SDP_URL}{rid}">Ver solicitud</a><br><br><span style="color:#777">Mesa de Ayuda TI | '
            f"Autopartes Cumbres | Ext. 150<br>Por favor no modifique el asunto al responder (##{rid}##).</span></div></body></html>")
    return emit(sdp, "sdp", t, [(me.name, me.email)], None, f"[ID de solicitud :##{rid}##] : {title}", [], plain, html=html,
                frm=addr(frm_name, sdp.email), extra=[("X-Auto-Response-Suppress", "OOF")], label=label, scen=scen)


def track(t, guia, status, detail, label=None, scen=None):
    link = f"https://rastreo.cruce-norte.example/e/{guia}?k={alnum(10)}"
    plain = (f"Estatus de embarque {guia}: {status}\n\n{detail}\n\nConsulte el detalle: {link}\n\nLogística Cruce Norte | Nuevo Laredo - Laredo TX\n"
             "Este es un aviso automático. Para dejar de recibir avisos responda BAJA o escriba a servicio@cruce-norte.example")
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:14px"><table width="600" align="center"><tr><td style="background:#12355b;color:#fff;padding:12px">'
            '<b>Logística Cruce Norte</b></td></tr><tr><td style="padding:14px">' f"<p>Estatus de embarque <b>{guia}</b>: {H.escape(status)}</p><p>"
            + "<br>".join(H.escape(l) for l in detail.split("\n")) + f'</p><p><a href="{link}" style="background:#e8a317;color:#000;padding:8px 14px;text-decoration:none">'
            'Consultar detalle</a></p></td></tr><tr><td style="font-size:11px;color:#777">Este es un aviso automático.</td></tr></table>'
            f'<img src="https://u4417.ct.sendgrid.example/wf/open?upn={alnum(40)}" width="1" height="1" alt=""></body></html>')
    return emit(cn_track, "notice", t, [(me.name, me.email)], None, f"Cruce Norte | Embarque {guia}: {status}", [], plain, html=html,
                extra=[("X-SG-EID", alnum(40)), ("X-Entity-ID", alnum(22)), ("List-Unsubscribe", "<mailto:servicio@cruce-norte.example?subject=BAJA>")],
                label=label, scen=scen)


def newsletter(who, t, subj, intro, items, unsub, label=None, scen=None, lang="es"):
    links = [(a, u) for a, u in items]
    plain = intro + "\n\n" + "\n\n".join(f"* {a}\n  {u}" for a, u in links) + f"\n\n---\n{'Darse de baja' if lang == 'es' else 'Unsubscribe'}: {unsub}"
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head><body style="margin:0;background:#f2f2f2">'
            '<table width="620" align="center" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#333"><tr><td style="padding:20px">'
            f"<h2>{H.escape(subj)}</h2><p>" + "<br>".join(H.escape(l) for l in intro.split("\n")) + "</p>"
            + "".join(f'<p><a href="{u}" style="color:#0b5ea8;font-weight:bold">{H.escape(a)}</a></p>' for a, u in links)
            + f'</td></tr><tr><td style="font-size:11px;color:#999;padding:10px 20px"><a href="{unsub}">{"Darse de baja" if lang == "es" else "Unsubscribe"}</a></td></tr></table>'
            f'<img src="https://{who.dom}/t/o/{alnum(24)}" width="1" height="1"></body></html>')
    return emit(who, "notice", t, [(me.name, me.email)], None, subj, [], plain, html=html,
                extra=[("List-Unsubscribe", f"<{unsub}>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                       ("Feedback-ID", f"{R.randint(100, 999)}:{R.randint(1000, 9999)}:{who.dom}")], label=label, scen=scen, lang=lang)


LIST_FOOT = ("\n\n_______________________________________________\nCompras-Cluster mailing list -- compras-cluster@lists.clusterautomotriz-nl.example\n"
             "To unsubscribe send an email to compras-cluster-leave@lists.clusterautomotriz-nl.example\n"
             "Comité de Compras y Cadena de Suministro - Clúster Automotriz de Nuevo León")


def list_msg(member, t, subj, refs, text, label=None, scen=None, mid=None):
    m = mid or make_mid(member, member.client, t)
    ex = [("List-Id", "Comite de Compras del Cluster <compras-cluster.lists.clusterautomotriz-nl.example>"),
          ("List-Help", "<mailto:compras-cluster-request@lists.clusterautomotriz-nl.example?subject=help>"),
          ("List-Owner", "<mailto:compras-cluster-owner@lists.clusterautomotriz-nl.example>"),
          ("List-Post", "<mailto:compras-cluster@lists.clusterautomotriz-nl.example>"),
          ("List-Subscribe", "<mailto:compras-cluster-join@lists.clusterautomotriz-nl.example>"),
          ("List-Unsubscribe", "<mailto:compras-cluster-leave@lists.clusterautomotriz-nl.example>"),
          ("Archived-At", f"<https://lists.clusterautomotriz-nl.example/archives/list/compras-cluster@lists.clusterautomotriz-nl.example/message/{HX(32)[:26]}/>"),
          ("X-Mailman-Version", "3.3.9"), ("Precedence", "list"), ("Message-ID-Hash", HX(32)[:26]), ("X-Message-ID-Hash", HX(32)[:26])]
    s = "[Compras-Cluster] " + subj if "[Compras-Cluster]" not in subj else subj
    lm = Pt(member.name, member.email, "list", "list", tz=member.tz)
    ip = INFRA["list"][1]
    auth = (f"spf=pass (sender IP is {ip})\n smtp.mailfrom=lists.clusterautomotriz-nl.example; dkim=pass (signature was verified)\n"
            f" header.d=lists.clusterautomotriz-nl.example;dmarc=fail action=none\n header.from={member.dom};compauth=pass reason=130")
    ex = [("ARC-Seal", f"i=1; a=rsa-sha256; d=lists.clusterautomotriz-nl.example; s=arc2023; t={int(t.timestamp())}; cv=none;\n\tb={b64(120)}"),
          ("ARC-Authentication-Results", f"i=1; lists.clusterautomotriz-nl.example;\n\tdkim=pass header.d={member.dom}; dmarc=pass header.from={member.dom}")] + ex
    return emit(lm, "list", t, [("Compras-Cluster", lista.email)], None, s, refs, text + LIST_FOOT, mid=m, extra=ex, label=label, scen=scen, no_html=True,
                auth=auth, replyto=None, lang="es")


def quarantine_digest(t, n_items):
    items = [(R.choice(["Factura pendiente de pago", "Su paquete está retenido", "Notificación de envío DHL", "Actualización de nómina",
                        "Reset your password", "Oferta especial de tóner"]), f"{alnum(6).lower()}@{R.choice(['mailer', 'notify', 'info'])}{R.randint(10, 99)}.example")
             for _ in range(n_items)]
    plain = (f"Microsoft 365\n\nTiene {n_items} mensajes nuevos en cuarentena\n\nLos siguientes mensajes se retuvieron como posible correo no deseado o phishing "
             f"entre el {(t - TD(days=3)):%d/%m/%Y} y el {t:%d/%m/%Y}.\n\n" + "\n".join(f"Remitente: {e}\nAsunto: {s}\n" for s, e in items)
             + "\nRevisar mensajes: https://security.microsoft.com/quarantine?viewid=user\n\nEste correo se generó desde una dirección no supervisada.")
    html = ('<html><body style="font-family:Segoe UI,Arial;font-size:14px"><p style="font-size:20px">Tiene ' + str(n_items) + " mensajes nuevos en cuarentena</p>"
            + "".join(f"<p>Remitente: {H.escape(e)}<br>Asunto: {H.escape(s)}<br><a href=\"https://security.microsoft.com/quarantine?id={ruuid()}\">Revisar</a></p>" for s, e in items)
            + '<p><a href="https://security.microsoft.com/quarantine?viewid=user">Revisar mensajes en el portal</a></p></body></html>')
    return emit(quarantine, "notice", t, [(me.name, me.email)], None, "Microsoft 365 security: Tiene mensajes en cuarentena", [], plain, html=html,
                extra=[("X-MS-Exchange-Generated-Message-Source", "Quarantine Notification Agent"), ("Auto-Submitted", "auto-generated")], lang="es")


def nf_portal(t, subj, text, label=None, scen=None):
    link = f"https://supplierportal.northfield-driveline.example/sp/{alnum(8).lower()}"
    plain = (text + f"\n\nView in Supplier Portal: {link}\nSupplier code: MX-20417 (Autopartes Cumbres)\n\nNorthfield Driveline Systems - Global Purchasing\n"
             "Supplier Portal help: https://supplierportal.northfield-driveline.example/help | This mailbox is not monitored.")
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:13px"><div style="background:#00395d;color:#fff;padding:10px"><b>Northfield Supplier Portal</b></div>'
            "<p>" + "<br>".join(H.escape(l) for l in text.split("\n")) + f'</p><p><a href="{link}">View in Supplier Portal</a></p><p style="font-size:11px;color:#666">'
            'Supplier code: MX-20417 | <a href="https://supplierportal.northfield-driveline.example/help">Help</a> | This mailbox is not monitored.</p></body></html>')
    return emit(nfportal, "notice", t, [(me.name, me.email)], None, subj, [], plain, html=html, extra=[("Auto-Submitted", "auto-generated")],
                label=label, scen=scen, lang="en")


def brazos_doc(t, subj, text, att):
    plain = text + "\n\nBrazos Flat Rolled LLC | 8120 Clinton Dr, Houston, TX 77029 | shipping@brazosflatrolled.example\nThis is an automated message from our order system."
    return emit(brazos_ship, "notice", t, [(me.name, me.email)], [(kyle.name, kyle.email)], subj, [], plain, atts=[att],
                extra=[("Auto-Submitted", "auto-generated")], lang="en")


# ---------------------------------------------------------------- time helpers
def next_work(t, who, lo=1, hi=3):
    """a plausible business-hours time for who's message, lo..hi days after t"""
    d = (t + TD(days=R.randint(lo, hi))).astimezone(who.tz)
    while d.weekday() >= 5: d += TD(days=1)
    return d.replace(hour=R.randint(8, 17), minute=R.randint(0, 59), second=R.randint(0, 59))


def soon(t, who, mins=(20, 200)):
    d = (t + TD(minutes=R.randint(*mins))).astimezone(who.tz)
    if d.hour >= 18 or d.hour < 8 or d.weekday() >= 5: return next_work(t, who, 1, 1)
    return d


# ---------------------------------------------------------------- order-conversation pools
ITEMS = {"flejes": [("fleje rolado en frío cal. 14 x 125 mm", "ton"), ("fleje galvanizado cal. 16 x 98 mm", "ton"), ("lámina rolada en frío cal. 12 en rollo de 610 mm", "ton")],
         "ptc": [("PP copolímero negro con 20% talco", "kg"), ("PA6 GF30 negro estabilizado", "kg"), ("TPE 70 Shore A negro", "kg")],
         "brazos": [("CR coil SAE 1008, 0.075\" x 48\"", "tons"), ("HRPO coil SAE 1010, 0.120\" x 36\"", "tons")],
         "tejas": [("PA66 GF33 natural HS", "lbs"), ("POM copolymer natural", "lbs")],
         "cruce": [("rollo CR de Brazos", "cajas"), ("resina de Tejas", "cajas")]}
QTY = {"ton": (8, 12, 16, 18, 22, 26), "kg": (2000, 3000, 4500, 6000, 7500), "tons": (36, 38, 40, 42, 44), "lbs": (22000, 33000, 44000), "cajas": (2, 3, 4)}
ES_L = ["Hola {fn}, buen día.\n\nTe comparto el programa de la semana {wk}: {qty} {unit} de {item}. ¿Me confirmas fecha de embarque?",
        "Hola {fn},\n\nSe liberó la OC {po} en el Portal de Proveedores por {qty} {unit} de {item}. Entrega en planta Apodaca, andén 3, de 7:00 a 15:00.",
        "Buen día {fn},\n\n¿Cómo vamos con el embarque de la OC {po}? Producción lo tiene programado para el {day}.",
        "Gracias {fn}, quedo atenta.",
        "Hola {fn},\n\nCambio en el programa: necesitamos {qty2} {unit} en lugar de {qty}. ¿Alcanzan a ajustarlo sin mover la fecha?",
        "Perfecto, gracias por el apoyo.",
        "Hola {fn},\n\nYa llegó el material de la OC {po}, recibido completo. Calidad liberó los certificados.",
        "Buen día {fn},\n\n¿Me puedes confirmar el precio para el siguiente mes? Estoy cerrando el presupuesto de materiales."]
ES_P = ["Hola Mariana, buen día.\n\nConfirmado: {qty} {unit} de {item}, embarque el {day}. Te mando el número de remisión en cuanto salga la unidad.",
        "Buen día Mariana,\n\nRecibimos la OC {po}, ya quedó registrada. Fecha compromiso {day}.",
        "Hola Mariana,\n\nLa unidad salió hoy a las {hh}, remisión {rem}. Llega mañana temprano a planta.",
        "Sí se puede, ajustamos a {qty2} {unit} con la misma fecha. La confirmación actualizada te llega por el portal.",
        "Con gusto, cualquier cosa aquí estamos.",
        "Hola Mariana,\n\nTraemos un día de retraso por mantenimiento en la {line}; embarcamos el {day} sin falta. Una disculpa.",
        "Buen día Mariana,\n\nEl precio se mantiene igual para el siguiente mes; si cambia algo te aviso con 30 días como siempre."]
EN_L = ["Hi {fn},\n\nPlease see our release for week {wk}: {qty} {unit} of {item}. Can you confirm the ship date?",
        "Hi {fn},\n\nPO {po} has been released for {qty} {unit} of {item}, delivery FCA Laredo, TX as usual.",
        "Hi {fn},\n\nAny update on the shipment for PO {po}? Our broker needs the commercial invoice and packing list to prepare the pedimento.",
        "Thanks {fn}, noted.",
        "Hi {fn},\n\nSmall change: we need {qty2} {unit} instead of {qty}. Is that still possible for the same date?",
        "Great, thank you!"]
EN_P = ["Hi Mariana,\n\nConfirmed, {qty} {unit} of {item}, ship date {eday}. I'll send the BOL once it's loaded.",
        "Hi Mariana,\n\nPO {po} received and entered. Commercial invoice and packing list will go to you and Grupo Aduanal Rio Bravo at shipment.",
        "Hi Mariana,\n\nThe truck picked up this morning, BOL {rem}. It should reach our Laredo dock {eday}.",
        "Hi Mariana,\n\nNo problem, {qty2} {unit} works for the same date. Updated acknowledgment to follow.",
        "You're welcome, have a good weekend."]
CN_L = ["Paty buen día,\n\nProgramación de la semana {wk}: {qty} {unit} de {item} desde Laredo, entrega en Apodaca andén 3. ¿Me confirmas unidades?",
        "Hola Paty,\n\n¿Ya cruzó la caja de la OC {po}? Producción pregunta.",
        "Gracias Paty.",
        "Paty, para la semana {wk} se agrega una caja más de {item}; el proveedor la tiene lista el {day}."]
CN_P = ["Hola Mariana, buen día.\n\nConfirmadas {qty} unidades para la semana {wk}. Te paso números de caja en cuanto se asignen.",
        "Mariana, la caja ya cruzó a las {hh} por el puente III (Comercio Mundial); llega a Apodaca hoy en la noche.",
        "Con gusto Mariana.",
        "Enterada, ya la agendamos para el {day}."]
DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes"]
EDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def mkctx(key, t, fn):
    item, unit = R.choice(ITEMS[key]); qty = R.choice(QTY[unit])
    step = {"ton": 2, "kg": 500, "tons": 2, "lbs": 11000, "cajas": 1}[unit]
    d = t + TD(days=R.randint(5, 12))
    return dict(item=item, unit=unit, qty=f"{qty:,}", qty2=f"{qty + R.choice((step, -step, 2 * step)):,}", wk=(t + TD(days=7)).isocalendar()[1],
                po=str(4500011395 + int((t - datetime.datetime(2024, 7, 2, tzinfo=MTY)).days * 4.6) + R.randint(0, 3)), day=f"{DIAS[d.weekday() % 5]} {d.day}", eday=f"{EDAYS[d.weekday() % 5]} {d.month}/{d.day}",
                hh=f"{R.randint(9, 16)}:{R.choice(('05', '20', '35', '50'))}", rem=f"R-{R.randint(88000, 91999)}" if key in ("flejes", "ptc") else f"BOL {R.randint(77000, 79999)}",
                line=R.choice(("cortadora longitudinal", "línea de extrusión 2", "línea de corte")), fn=fn)


def cycle(th, key, who, start, n, lpool, ppool, mariana_first=True, labelled=True):
    """an n-message routine order conversation in thread th; partner replies labelled genuine-reply. Returns the last time."""
    t = start; ctx = mkctx(key, start, who.fn); li = pi = 0
    for i in range(n):
        if (i % 2 == 0) == mariana_first:
            th.add(me, lpool[li % len(lpool)].format(**ctx), t); li += 1
        else:
            th.add(who, ppool[pi % len(ppool)].format(**ctx), t, label=G if labelled else None); pi += 1
        nxt = who if ((i + 1) % 2 == 0) != mariana_first else me
        last = t
        t = soon(t, nxt) if R.random() < 0.6 else next_work(t, nxt, 1, 3)
    return last


# ================================================================ constants: fiscal ids and bank accounts (all fictitious)
FLEJES = ("FAS060814QJ2", "FLEJES Y ACEROS DE SALTILLO", "Flejes y Aceros de Saltillo, S.A. de C.V.", "601")
PTC = ("PTC110309HN5", "POLIMEROS TECNICOS DE COAHUILA", "Polímeros Técnicos de Coahuila, S.A. de C.V.", "601")
GARB = ("GAR950721LP8", "GRUPO ADUANAL RIO BRAVO", "Grupo Aduanal Río Bravo, S.C.", "601")
FLEJES_CLABE = clabe(72, 580, 10841203958)      # Banorte, the supplier's real account
FLEJES_FAKE = clabe(646, 180, 15704418823)      # STP, attacker (A1)
PTC_OLD = clabe(14, 580, 65503981127)           # Santander, until 31 Jan 2025
PTC_NEW = clabe(30, 580, 92004417305)           # BanBajío, announced and verified by phone (G3-G5)
RB_CLABE = clabe(58, 580, 44710032191)          # Banregio, the broker's real account
RB_FAKE = clabe(12, 580, 11839204571)           # BBVA, attacker (A7)
FL_ITEMS = [("30102004", "FLJ-14-125", "FLEJE ACERO ROLADO EN FRIO CAL 14 X 125 MM", ("TNE", "TONELADA"), 21350.0),
            ("30102004", "FLG-16-098", "FLEJE GALVANIZADO CAL 16 X 98 MM", ("TNE", "TONELADA"), 23980.0),
            ("30102004", "LCR-12-610", "LAMINA ROLADA EN FRIO CAL 12 ROLLO 610 MM", ("TNE", "TONELADA"), 20740.0)]
PT_ITEMS = [("13102004", "PPC-T20-N", "POLIPROPILENO COPOLIMERO NEGRO 20% TALCO", ("KGM", "KILOGRAMO"), 41.8),
            ("13102012", "PA6-GF30-N", "POLIAMIDA 6 30% FIBRA DE VIDRIO NEGRO ESTAB.", ("KGM", "KILOGRAMO"), 78.4),
            ("13102011", "TPE-70A-N", "ELASTOMERO TERMOPLASTICO 70 SHORE A NEGRO", ("KGM", "KILOGRAMO"), 92.6)]
FL_BANK = ["Datos para pago: BANORTE  Cuenta 1084120395  CLABE " + fmt_clabe(FLEJES_CLABE), "Beneficiario: Flejes y Aceros de Saltillo, S.A. de C.V."]
PT_BANK_OLD = ["Pago por transferencia: SANTANDER  CLABE " + fmt_clabe(PTC_OLD), "A nombre de: Polimeros Tecnicos de Coahuila, S.A. de C.V."]
PT_BANK_NEW = ["Pago por transferencia: BANBAJIO  CLABE " + fmt_clabe(PTC_NEW), "A nombre de: Polimeros Tecnicos de Coahuila, S.A. de C.V."]
UUIDS = {}


def invoice(emisor, serie, folio, t, items, bank, producer, lugar):
    """CFDI XML + its printed PDF as the supplier mails them; returns (atts, total, uuid)"""
    uid = ruuid(); UUIDS[(emisor[0], folio)] = uid
    fecha = t.astimezone(MTY).replace(tzinfo=None) - TD(minutes=R.randint(20, 300))
    conceptos = [(c, n, d, q, p, u) for (c, n, d, u, p), q in items]
    xml, sub, iva, tot = cfdi_xml(emisor, serie, folio, fecha, conceptos, uid, lugar=lugar)
    pdfb = cfdi_pdf(emisor, serie, folio, fecha, conceptos, uid, sub, iva, tot, bank, producer)
    base = f"{emisor[0]}_{serie}{folio}" if emisor is PTC else f"{serie}-{folio}_{emisor[0]}"
    return [(base + ".pdf", pdfb, "application/pdf"), (base + ".xml", xml, "text/xml")], tot, uid


FL_PROD = "CONTPAQi Comercial Premium 9.3.1 / FastReport"
PT_PROD = "Aspel FACTURE 5.0 (PDFsharp 1.50)"

# ================================================================ T1 Flejes de Saltillo: program 2nd half 2024 (Gmail web, Spanish)
t1 = Thread("T1", daniela, "Programa de fleje cal. 14 y 16 - 2° semestre 2024")
t1.add(me, "Hola Daniela, buen día.\n\nTe comparto el programa estimado de fleje para el segundo semestre. El volumen sube por el arranque del "
       "programa de soportes en agosto:\n\n- Fleje rolado en frío cal. 14 x 125 mm: 18 ton/mes\n- Fleje galvanizado cal. 16 x 98 mm: 12 ton/mes\n\n"
       "Las OC salen de SIACOM cada mes y las ves también en el Portal de Proveedores. ¿Me confirmas si pueden sostener estos volúmenes con el mismo "
       "tiempo de entrega de 10 días?", at(2024, 6, 18, 9, 42))
t1.add(daniela, "Hola Mariana, buen día.\n\nGracias por el programa. Sí podemos sostenerlo; el galvanizado lo cortamos de rollo que importamos "
       "de Texas, así que si cambia algo en el abasto te aviso con tiempo. Tiempo de entrega se mantiene en 10 días hábiles.",
       at(2024, 6, 18, 12, 15), label=G)
t = cycle(t1, "flejes", daniela, at(2024, 7, 2, 10, 5), 6, ES_L, ES_P)
inv, tot, _ = invoice(FLEJES, "A", "4471", at(2024, 8, 6, 11, 0), [(FL_ITEMS[0], 17.84), (FL_ITEMS[1], 11.92)], FL_BANK, FL_PROD, "25290")
t1.add(daniela, "Hola Mariana,\n\nTe comparto la factura A-4471 de las remisiones R-88120 y R-88131 (PDF y XML). Los datos bancarios son los "
       "mismos de siempre, vienen en el PDF.\n\nSaludos", at(2024, 8, 6, 11, 22), label=GH, atts=inv,
       scen=cmt("G1", "Flejes mails its usual CFDI invoice (XML + PDF, Banorte CLABE printed as always) in the order thread"))
t1.add(me, "Gracias Daniela, recibida. Ya la subí al buzón de Contabilidad.", at(2024, 8, 6, 12, 40))
t = cycle(t1, "flejes", daniela, at(2024, 8, 27, 9, 30), 8, ES_L, ES_P)
inv, tot, _ = invoice(FLEJES, "A", "4890", at(2024, 10, 8, 10, 0), [(FL_ITEMS[0], 18.06)], FL_BANK, FL_PROD, "25290")
t1.add(daniela, "Mariana, buen día. Factura A-4890 de la remisión R-89012.", at(2024, 10, 8, 10, 41), label=G, atts=inv)
t1.add(me, "Recibida, gracias.", at(2024, 10, 8, 11, 3))
t = cycle(t1, "flejes", daniela, at(2024, 10, 22, 9, 0), 6, ES_L, ES_P)
t1.add(me, "Daniela, buen día.\n\nContabilidad me comenta que la factura A-4890 trae uso de CFDI S01 (sin efectos fiscales) y no la pueden "
       "deducir. ¿La pueden cancelar y sustituir con uso G01?", at(2024, 11, 28, 13, 5))
inv, tot, _ = invoice(FLEJES, "A", "5061", at(2024, 11, 28, 16, 30), [(FL_ITEMS[0], 18.06)], FL_BANK, FL_PROD, "25290")
t1.add(daniela, "Hola Mariana, una disculpa, se nos fue con el uso equivocado. Ya la cancelamos y la sustituimos con la A-5061 "
       "(relacionada a la A-4890 con tipo de relación 04). Te anexo PDF y XML.", at(2024, 11, 28, 16, 48), label=G, atts=inv)
t1.add(me, "Gracias Daniela, se la paso a Héctor.", at(2024, 11, 28, 17, 10))

# ================================================================ T3 Flejes: quality certificates (always Google Drive links) + OOO
t3 = Thread("T3", daniela, "Certificados de calidad - remisiones Flejes")
t3.add(me, "Daniela, buenas tardes.\n\nCalidad me pide los certificados de calidad (composición química y propiedades mecánicas) de los rollos "
       "de la remisión R-88412, para liberar el material.", at(2024, 9, 24, 15, 20))
t3.add(daniela, "Hola Mariana, claro. Ya los tenemos en la carpeta compartida de certificados de Autopartes Cumbres, subcarpeta "
       "Septiembre:\n\nhttps://drive.google.com/drive/folders/1" + alnum(32) + "?usp=sharing\n\nSi alguien más de Calidad necesita acceso, "
       "me dices su correo y lo agrego.", at(2024, 9, 24, 16, 5), label=G)
t3.add(me, "Gracias, pídele acceso para calidad@autopartes-cumbres.example por favor.", at(2024, 9, 24, 16, 30))
t3.add(daniela, "Listo, ya tiene acceso.", at(2024, 9, 25, 9, 2), label=G)
t3.add(me, "Hola Daniela,\n\n¿Me confirmas cuando estén los certificados de la R-89120?", at(2024, 11, 18, 10, 10))
t3.add(daniela, "Hola Mariana, ya están en la misma carpeta, subcarpeta Noviembre:\n\nhttps://drive.google.com/drive/folders/1" + alnum(32)
       + "?usp=sharing", at(2024, 11, 18, 12, 44), label=G)
t3.add(me, "Daniela, buen día.\n\n¿Me compartes los certificados del embarque de hoy (R-89677)? El material llega mañana y Calidad "
       "tiene poco personal por las vacaciones.", at(2024, 12, 19, 9, 15))
ooo = ("Gracias por su correo. Estaré fuera de la oficina del 19 de diciembre al 6 de enero con acceso limitado al correo.\n\n"
       "Para pedidos, embarques y certificados favor de comunicarse con Luis Fernando Aguirre (laguirre@flejesaltillo.example) o al 844 555 2140.\n\n"
       "¡Felices fiestas!\nDaniela Ramos Flores")
t3.add(daniela, ooo, at(2024, 12, 19, 9, 15) + TD(seconds=40), label=GH, sig=False, quote=False, subj="Fuera de la oficina - vacaciones de fin de año",
       extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")], detached=True,
       scen=cmt("G17", "Flejes contact's Gmail vacation responder (Auto-Submitted: auto-replied, own subject, no quote)"))
t3.add(daniela, "Hola Mariana, ¡feliz año! Perdón la demora, ya regresé. Luis Fernando no encontró la subcarpeta; los certificados de la "
       "R-89677 quedaron aquí:\n\nhttps://drive.google.com/file/d/1" + alnum(32) + "/view?usp=sharing\n\nY ya dejé también la subcarpeta "
       "Diciembre en la carpeta de siempre.", at(2025, 1, 6, 10, 31), label=GH,
       scen=cmt("G30", "Flejes shares certificates with a Google Drive file link after the holidays (thread always used Drive links)"))
t3.add(me, "Gracias Daniela, ¡feliz año para ti también!", at(2025, 1, 6, 11, 2))
t3.add(me, "Hola Daniela,\n\nCalidad pide los certificados de la R-90455 (galvanizado).", at(2025, 3, 13, 9, 40))
t3.add(daniela, "Hola Mariana, ya están en la subcarpeta Marzo, junto con las fotos del empaque que me pediste para el embarque urgente:\n\n"
       "https://drive.google.com/drive/folders/1" + alnum(32) + "?usp=sharing", at(2025, 3, 13, 11, 18), label=G)
t3.add(me, "Perfecto, gracias.", at(2025, 3, 13, 11, 40))

# ================================================================ T2 Flejes: program 2025 (A1 server-hijack injected in February)
t2 = Thread("T2", daniela, "Programa de fleje 2025 y precios enero")
t2.add(me, "Hola Daniela, buen día y feliz año.\n\nPara enero necesitamos 20 ton de cal. 14 x 125 y 14 ton de galvanizado cal. 16. Por el "
       "aumento del programa Northfield a partir de marzo el galvanizado sube a 16 ton/mes. ¿Tienen ya precios de enero?", at(2025, 1, 8, 9, 20))
t2.add(daniela, "Hola Mariana, feliz año.\n\nPrecios de enero: cal. 14 $21,350/ton (sin cambio) y galvanizado cal. 16 $24,420/ton (+1.8% por el "
       "zinc). Para las 16 ton/mes del galvanizado a partir de marzo ya reservamos material con el molino.", at(2025, 1, 8, 13, 2), label=G)
t2.add(me, "Gracias Daniela, aprobados. Las OC salen hoy.", at(2025, 1, 8, 13, 30))
t = cycle(t2, "flejes", daniela, at(2025, 1, 21, 9, 15), 4, ES_L, ES_P)
inv, tot, _ = invoice(FLEJES, "A", "5198", at(2025, 2, 4, 12, 0), [(FL_ITEMS[0], 19.88), (FL_ITEMS[1], 13.96)], FL_BANK, FL_PROD, "25290")
t2.add(daniela, "Hola Mariana,\n\nFactura A-5198 de las remisiones R-90102 y R-90117, PDF y XML.", at(2025, 2, 4, 12, 26), label=G, atts=inv)
t2.add(me, "Gracias Daniela, recibida.", at(2025, 2, 4, 13, 1))
t2.add(me, "Daniela, buen día.\n\nTe confirmo la OC 4500012431 por 16 ton de galvanizado cal. 16 para la semana 9. ¿Me confirmas fecha de "
       "embarque?", at(2025, 2, 17, 9, 5))
t2.add(daniela, "Hola Mariana,\n\nConfirmado, embarcamos el martes 25 en la mañana.", at(2025, 2, 17, 10, 40), label=G)
# A1: server-hijack - the contact's real Google Workspace account and Gmail web: invoice with a changed CLABE, faithful quote
uid_a1 = ruuid()
fa1 = datetime.datetime(2025, 2, 19, 9, 12, 4)
xml_a1, s_a1, i_a1, tot_a1 = cfdi_xml(FLEJES, "A", "5210", fa1, [(c, n, d, q, p, u) for (c, n, d, u, p), q in [(FL_ITEMS[1], 15.94)]], uid_a1)
pdf_a1 = cfdi_pdf(FLEJES, "A", "5210", fa1, [(c, n, d, q, p, u) for (c, n, d, u, p), q in [(FL_ITEMS[1], 15.94)]], uid_a1, s_a1, i_a1, tot_a1,
                  ["Datos para pago: STP (Sistema de Transferencias y Pagos)  CLABE " + fmt_clabe(FLEJES_FAKE),
                   "Beneficiario: Flejes y Aceros de Saltillo SA de CV"], "Microsoft: Print To PDF")
t2.add(daniela, "Hola Mariana, buen día.\n\nTe comparto la factura A-5210 de la remisión R-90412 (PDF y XML).\n\nTe pido de favor que le "
       "avises a Cuentas por Pagar que a partir de esta factura los depósitos se hagan a nuestra nueva cuenta, porque la de Banorte está en "
       "proceso de cancelación por una auditoría interna del banco:\n\nBanco: STP (Sistema de Transferencias y Pagos)\nBeneficiario: Flejes "
       f"y Aceros de Saltillo SA de CV\nCLABE: {FLEJES_FAKE}\n\nTambién tenemos pendientes las facturas A-5102 y A-5144 (ya vencidas); si "
       "las pueden liquidar esta semana a la cuenta nueva te lo agradecemos mucho, porque el molino nos está pidiendo pago para liberar el "
       "material de marzo.\n\nCualquier duda por aquí por correo, estos días ando en visitas a clientes y casi no tengo señal para llamadas.",
       at(2025, 2, 19, 10, 3), label=HJ("server-hijack"), atts=[("A-5210_FAS060814QJ2.pdf", pdf_a1, "application/pdf"),
                                                               ("A-5210_FAS060814QJ2.xml", xml_a1, "text/xml")], detached=True,
       scen=cmt("A1", "server-hijack: Flejes contact's real Workspace account (Gmail web, same headers); CFDI XML+PDF with the CLABE changed "
                      "to an STP account, overdue invoices to pay now, 'no signal for calls'; faithful Gmail quote; PDF made with Print To PDF"))
t2.add(daniela, "Hola Mariana,\n\nLa unidad con las 16 ton de galvanizado salió hoy a las 11:20, remisión R-90588. Llega mañana temprano.",
       at(2025, 2, 25, 13, 10), label=G)
t2.add(me, "Gracias Daniela.", at(2025, 2, 25, 13, 25))
t = cycle(t2, "flejes", daniela, at(2025, 3, 24, 9, 0), 6, ES_L, ES_P)
inv, tot, _ = invoice(FLEJES, "A", "5542", at(2025, 4, 22, 11, 0), [(FL_ITEMS[1], 16.02), (FL_ITEMS[2], 8.11)], FL_BANK, FL_PROD, "25290")
t2.add(daniela, "Hola Mariana,\n\nFactura A-5542 de abril, PDF y XML. Datos bancarios de siempre (Banorte).", at(2025, 4, 22, 11, 37), label=G, atts=inv)
t2.add(me, "Recibida, gracias Daniela.", at(2025, 4, 22, 12, 5))
t = cycle(t2, "flejes", daniela, at(2025, 5, 12, 9, 10), 6, ES_L, ES_P)

# ================================================================ T4 Polímeros Técnicos: resin orders (Outlook 2016 on cPanel hosting)
t4 = Thread("T4", gil, "Pedidos PP talco y PA6 GF30 - Autopartes Cumbres")
t4.add(me, "Ing. Gilberto, buen día.\n\nLe confirmo la OC 4500011408 por 6,000 kg de PP copolímero negro 20% talco y 3,000 kg de PA6 GF30 "
       "negro, entrega en Apodaca en 2 semanas. ¿Me confirma fecha?", at(2024, 7, 3, 9, 30))
t4.add(gil, "Buen día Mariana,\n\nRecibida la OC. El PP lo tenemos en inventario y sale el lunes; el PA6 GF30 sale de producción el jueves "
       "de la siguiente semana. Le mando certificados con cada embarque.", at(2024, 7, 3, 11, 14), label=G)
t = cycle(t4, "ptc", gil, at(2024, 7, 24, 10, 0), 6, ES_L, ES_P)
inv, tot, _ = invoice(PTC, "A", "2231", at(2024, 8, 14, 13, 0), [(PT_ITEMS[0], 6000), (PT_ITEMS[1], 3000)], PT_BANK_OLD, PT_PROD, "25900")
t4.add(gil, "Mariana, buenas tardes.\n\nLe anexo la factura A-2231 con su XML de los embarques de julio.", at(2024, 8, 14, 13, 22), label=GH, atts=inv,
       scen=cmt("G2", "resin supplier mails its CFDI invoice (XML + PDF with Santander CLABE) from Outlook 2016 as always"))
t4.add(me, "Gracias Ing., recibida.", at(2024, 8, 14, 14, 0))
t = cycle(t4, "ptc", gil, at(2024, 9, 3, 9, 20), 6, ES_L, ES_P)
t = cycle(t4, "ptc", gil, at(2024, 10, 15, 9, 40), 4, ES_L, ES_P)
t = cycle(t4, "ptc", gil, at(2024, 11, 26, 10, 15), 6, ES_L, ES_P)
t4.add(gil, "Mariana, buen día.\n\nPara enero tendremos un ajuste de +3.5% en PA6 GF30 por el precio de la fibra de vidrio; el PP talco se "
       "mantiene. Le anexo la lista de precios 2025.", at(2025, 1, 7, 10, 20), label=G,
       atts=[("Lista_precios_2025_Autopartes_Cumbres.xlsx", ooxml("xlsx", sheet_rows=[("Clave", "Descripción", "Precio MXN/kg"), ("PPC-T20-N", "PP copolímero negro 20% talco", "41.80"),
                                                                                       ("PA6-GF30-N", "PA6 GF30 negro estab.", "81.14"), ("TPE-70A-N", "TPE 70 Shore A negro", "92.60")],
                                                                   sheet="Precios 2025"), XLSX)])
t4.add(me, "Gracias Ing., lo registro en SIACOM.", at(2025, 1, 7, 11, 30))
t = cycle(t4, "ptc", gil, at(2025, 2, 11, 9, 0), 6, ES_L, ES_P)
t = cycle(t4, "ptc", gil, at(2025, 4, 8, 9, 30), 6, ES_L, ES_P)
t = cycle(t4, "ptc", gil, at(2025, 5, 27, 10, 0), 4, ES_L, ES_P)

# ================================================================ T5 Polímeros: genuine bank-account change (announced, verified by phone)
t5 = Thread("T5", alejandra, "Aviso de cambio de cuenta bancaria - Polímeros Técnicos de Coahuila", cc=[(gil.name, gil.email)])
carta = pdf(["POLIMEROS TECNICOS DE COAHUILA, S.A. DE C.V.", "RFC PTC110309HN5", "Ramos Arizpe, Coah., 10 de enero de 2025", "",
             "A nuestros clientes:", "Por consolidacion de nuestras lineas de credito, a partir del 1 de febrero de 2025",
             "nuestra cuenta para recepcion de pagos sera:", "Banco: BanBajio   Cuenta: 9200441730", "CLABE: " + fmt_clabe(PTC_NEW),
             "Hasta el 31 de enero de 2025 sigan utilizando la cuenta Santander " + fmt_clabe(PTC_OLD) + ".",
             "Les pedimos confirmar este cambio por telefono con el area de Credito y Cobranza (844 555 6310 ext. 15).", "",
             "Atentamente", "Lic. Fernando Galindo Ochoa - Director de Administracion y Finanzas"],
            producer="Adobe Acrobat Pro (64-bit) 24.5.20320 / Microsoft Word para Microsoft 365", when="20250110121500")
t5.add(alejandra, "Estimada Mariana, buen día.\n\nLe informamos que a partir del 1 de febrero de 2025 nuestra cuenta para recepción de pagos "
       "cambia de Santander a BanBajío, por consolidación de nuestras líneas de crédito. Le anexo la carta firmada por nuestro Director de "
       "Administración y Finanzas con los datos nuevos.\n\nPor su seguridad, le pedimos confirmar este cambio por teléfono con su servidora o "
       "con el Ing. Gilberto Mendoza antes de registrar la nueva cuenta, al número que tengan en su expediente de proveedor. Hasta el 31 de "
       "enero sigan usando la cuenta de Santander.", at(2025, 1, 13, 10, 20), label=GH, to=[(me.name, me.email)],
       atts=[("Carta_cambio_cuenta_PTC_2025.pdf", carta, "application/pdf")],
       scen=cmt("G3", "resin supplier's real bank-change letter (signed PDF), effective in 3 weeks, asks the customer to verify by phone"))
t5.add(me, "Alejandra, buen día.\n\nTe confirmo que hablamos por teléfono hoy a las 9:10, al 844 555 6310 ext. 15 (el número de nuestro "
       f"expediente de proveedor), y me confirmaste los datos: BanBajío, CLABE {fmt_clabe(PTC_NEW)}, a nombre de Polímeros Técnicos de "
       "Coahuila, efectiva el 1 de febrero. Ya se lo pasé a Héctor para que actualice el alta en SIACOM.\n\n¿Nos puedes mandar la carátula del "
       "estado de cuenta para el expediente?", at(2025, 1, 14, 9, 34), cc=[(gil.name, gil.email), (hector.name, hector.email)])
caratula = pdf(["BanBajio - Estado de cuenta empresarial", "Cliente: POLIMEROS TECNICOS DE COAHUILA SA DE CV", "Cuenta: 9200441730   CLABE: " + fmt_clabe(PTC_NEW),
                "Periodo: 01/12/2024 - 31/12/2024", "Saldos: [testado]"], producer="BanBajio Estados de Cuenta (iText 7.2.5)", when="20250103060000")
t5.add(alejandra, "Mariana, gracias por la llamada.\n\nLe anexo la carátula del estado de cuenta de BanBajío (los saldos van testados). "
       "Cualquier duda estoy a sus órdenes.", at(2025, 1, 14, 10, 5), label=GH, cc=[(gil.name, gil.email), (hector.name, hector.email)],
       atts=[("Caratula_BanBajio_PTC.pdf", caratula, "application/pdf")],
       scen=cmt("G4", "supplier follows up the phone verification with the bank statement cover page (reply to the buyer's confirmation)"))
t5.add(hector, "Registrado en SIACOM con fecha efectiva 01/02/2025. Los pagos de enero salen todavía a Santander.\n\nGracias.",
       at(2025, 1, 14, 11, 2), label=G, to=[(me.name, me.email)], cc=[(alejandra.name, alejandra.email), (gil.name, gil.email)])
inv, tot, _ = invoice(PTC, "A", "3391", at(2025, 2, 5, 12, 0), [(PT_ITEMS[1], 2500), (PT_ITEMS[2], 800)], PT_BANK_NEW, PT_PROD, "25900")
t5.add(alejandra, "Mariana, buenas tardes.\n\nLe envío la primera factura con los datos bancarios nuevos: A-3391 (PDF y XML), de los "
       "embarques de la última semana de enero.", at(2025, 2, 5, 12, 33), label=GH, cc=[(hector.name, hector.email)], atts=inv,
       scen=cmt("G5", "first CFDI invoice carrying the new (announced, phone-verified) BanBajío CLABE"))
t5.add(me, "Gracias Ale, ya la validé con Héctor.", at(2025, 2, 5, 13, 10), cc=[(hector.name, hector.email)])

# ================================================================ T6 Polímeros: payment complements (REP) - A2 account-takeover injected
t6 = Thread("T6", alejandra, "Complementos de pago / estado de cuenta")
t6.add(me, "Alejandra, buen día.\n\n¿Me puedes mandar los complementos de pago de julio y agosto? Contabilidad no los encuentra en el buzón "
       "de facturas.", at(2024, 9, 10, 9, 5))
reps = []
for k, (fp, inv_f) in enumerate([(datetime.date(2024, 7, 12), "2104"), (datetime.date(2024, 7, 26), "2150"), (datetime.date(2024, 8, 9), "2187"),
                                 (datetime.date(2024, 8, 23), "2231"), (datetime.date(2024, 8, 30), "2240"), (datetime.date(2024, 8, 30), "2258")]):
    monto = round(R.uniform(180000, 520000), 2)
    x, _ = cfdi_rep_xml(PTC, str(611 + k), datetime.datetime(fp.year, fp.month, fp.day, 17, R.randint(0, 59)),
                        [(fp, monto, [(UUIDS.get((PTC[0], inv_f), ruuid()), "A", inv_f, monto, monto)])], PTC_OLD)
    reps.append((f"PTC110309HN5_P{611 + k}.xml", x))
    reps.append((f"PTC110309HN5_P{611 + k}.pdf", pdf([PTC[2], f"Recibo electronico de pago P-{611 + k}", f"Factura relacionada A-{inv_f}", f"Monto ${money(monto)}"],
                                                     producer=PT_PROD, when=f"{fp:%Y%m%d}170000")))
t6.add(alejandra, "Buen día Mariana,\n\nSe los mando en un zip porque son 6 complementos (XML y PDF de cada uno), de los pagos del 12 de "
       "julio al 30 de agosto.", at(2024, 9, 10, 10, 12), label=GH,
       atts=[("Complementos_pago_jul-ago_2024.zip", zipfile_bytes(reps, when=(2024, 9, 10, 10, 5, 0)), "application/x-zip-compressed")],
       scen=cmt("G6", "supplier sends the requested payment complements (REP) as a zip of XML+PDF pairs"))
t6.add(me, "Gracias Ale.", at(2024, 9, 10, 10, 40))
x, _ = cfdi_rep_xml(PTC, "702", datetime.datetime(2024, 12, 6, 16, 40), [(datetime.date(2024, 12, 6), 402215.36, [(ruuid(), "A", "2790", 402215.36, 402215.36)])], PTC_OLD)
t6.add(alejandra, "Mariana, buenas tardes.\n\nLe envío el complemento de pago de noviembre (XML y PDF).", at(2024, 12, 9, 16, 52), label=G,
       atts=[("PTC110309HN5_P702.pdf", pdf([PTC[2], "Recibo electronico de pago P-702", "Monto $402,215.36"], producer=PT_PROD, when="20241209164500"), "application/pdf"),
             ("PTC110309HN5_P702.xml", x, "text/xml")])
t6.add(me, "Recibido, gracias.", at(2024, 12, 10, 8, 45))
# A2: account-takeover - the collections mailbox used through the hoster's Roundcube from a foreign IP: ZIP 'complemento' with a .js, no quote
js = ("// REP Febrero 2025 - PTC\nvar a=['\\x68\\x74\\x74\\x70\\x73\\x3a\\x2f\\x2f','rep-cfdi-descarga','.example','/f/ptc'];\n"
      "var u=a[0]+a[1]+a[2]+a[3]; /* inert probe sample: the URL is only assembled, nothing is fetched or run */\n"
      "var n='" + alnum(400) + "';\n").encode()
t6.add(alejandra, "Buen día,\n\nAdjunto complemento de pago del mes de febrero, favor de revisar y confirmar de recibido.\n\nSaludos\nCobranza PTC",
       at(2025, 3, 5, 8, 41), label=HJ("account-takeover"), client="roundcube", orig_ip="103.149.28.77", sig=False, quote=False, frm=alejandra.email,
       atts=[("Complemento_Pago_REP_Feb2025.zip", zipfile_bytes([("REP_Febrero2025_PTC110309HN5.js", js)], when=(2025, 3, 5, 8, 30, 0)), "application/zip")],
       detached=True, lang="es",
       scen=cmt("A2", "account-takeover: supplier's collections mailbox used via the hoster's Roundcube from a foreign IP (normally Outlook 2016): "
                      "'complemento de pago' zip holding a .js, short, no quote"))
x, _ = cfdi_rep_xml(PTC, "788", datetime.datetime(2025, 3, 7, 17, 5), [(datetime.date(2025, 2, 28), 356802.48, [(UUIDS.get((PTC[0], "3391"), ruuid()), "A", "3391", 356802.48, 356802.48)])], PTC_NEW)
t6.add(alejandra, "Buen día Mariana,\n\nLe envío el complemento de pago del pago de febrero (XML y PDF); ya aparece la cuenta de BanBajío como "
       "beneficiaria.", at(2025, 3, 10, 9, 14), label=G,
       atts=[("PTC110309HN5_P788.pdf", pdf([PTC[2], "Recibo electronico de pago P-788", "Factura relacionada A-3391", "Monto $356,802.48",
                                             "Cuenta beneficiaria " + fmt_clabe(PTC_NEW)], producer=PT_PROD, when="20250307170500"), "application/pdf"),
             ("PTC110309HN5_P788.xml", x, "text/xml")])
t6.add(me, "Gracias Ale, se lo paso a Héctor.", at(2025, 3, 10, 9, 40))


# ================================================================ T9 Tejas Polymer: PA66 quote (June 2024), revived after a year (G14)
t9 = Thread("T9", megan, "Quote request: PA66 GF33 natural HS - Northfield program")
t9.add(me, "Hi Megan,\n\nWe are quoting a new program for Northfield Driveline (bracket covers and clips) that will need PA66 GF33, natural, "
       "heat stabilized - roughly 2 truckloads a year to start (approx. 44,000 lb per TL). Could you quote FCA your Laredo warehouse, with lead "
       "time, and tell me whether you can hold a safety stock in Laredo?", at(2024, 6, 11, 9, 20))
t9.add(megan, "Hi Mariana,\n\nThanks for thinking of us. I'll check with the producer on a 12-month price and should have something for you "
       "by Thursday. Safety stock in Laredo is no problem at that volume, we do it for two other accounts in Monterrey.", at(2024, 6, 11, 14, 5, CHI), label=G)
t9.add(me, "Thank you Megan, Thursday works.", at(2024, 6, 11, 14, 40))
t9.add(megan, "Hi Mariana,\n\nAttached is our quote TPS-Q-24-0612: PA66 GF33 natural HS at $1.94/lb FCA Laredo, TX, valid through December "
       "31, 2024. Lead time is 3 weeks ex-producer, and we would hold 1 TL of safety stock in Laredo. Payment terms net 45 as on your current "
       "account.", at(2024, 6, 13, 16, 40, CHI), label=G,
       atts=[("TPS-Q-24-0612_Autopartes_Cumbres.pdf", pdf(["Tejas Polymer Supply, Inc. - Quotation TPS-Q-24-0612", "Customer: Autopartes Cumbres, S.A. de C.V.",
                                                           "PA66 GF33 natural HS - USD 1.94/lb FCA Laredo, TX", "Valid through 12/31/2024 - Net 45"],
                                                          producer="Microsoft® Word for Microsoft 365", when="20240613163000", zone="-05'00'"), "application/pdf")])
t9.add(me, "Thanks Megan. The nomination from Northfield is expected in Q3; I'll come back to you as soon as we have the award.", at(2024, 6, 14, 9, 10))
t9.add(megan, "Sounds good - fingers crossed!", at(2024, 6, 14, 9, 55, CHI), label=G)

# ================================================================ T11 Tejas: Laredo pickup, Spanish-speaking colleague joins (G21)
t11 = Thread("T11", megan, "PO 4500011702 ready in Laredo - POM copolymer", cc=[(rogelio.name, rogelio.email)])
t11.add(megan, "Hi Mariana,\n\nYour PO 4500011702 (POM copolymer natural, 22,000 lb) is ready in our Laredo warehouse. I'm adding Rogelio "
        "Peña from our Laredo team, who will coordinate the pickup with your carrier from now on.", at(2024, 9, 3, 10, 12, CHI))
t11.add(me, "Thanks Megan.\n\nHola Rogelio, mucho gusto. Cruce Norte pasa por el material el jueves en la mañana; ¿a qué hora abren el andén?",
        at(2024, 9, 3, 11, 0), to=[(megan.name, megan.email), (rogelio.name, rogelio.email)], cc=[])
t11.add(rogelio, "Hola Mariana, mucho gusto.\n\nAbrimos andén de 7:00 a 15:30; que el operador pregunte por mí en la caseta. Ya tengo listos "
        "el packing list y la factura comercial para el agente aduanal, se los mando al Lic. Salinas hoy.", at(2024, 9, 3, 11, 48, CHI), label=GH,
        cc=[(megan.name, megan.email)],
        scen=cmt("G21", "new colleague (introduced in the thread, same Exchange/Proofpoint path) answers in Spanish in an English thread"))
t11.add(me, "Perfecto Rogelio, gracias. Les paso el dato.", at(2024, 9, 3, 12, 10), to=[(rogelio.name, rogelio.email)], cc=[(megan.name, megan.email)])
t11.add(rogelio, "Mariana, ya cargó la unidad de Cruce Norte, caja CN-4410, 22 tarimas. Le mando foto del sello.", at(2024, 9, 5, 9, 22, CHI), label=G,
        cc=[(megan.name, megan.email)], atts=[("IMG_20240905_091544.jpg", jpeg(2600, "moto g84 5G"), "image/jpeg")])
t11.add(me, "Gracias Rogelio.", at(2024, 9, 5, 9, 40), to=[(rogelio.name, rogelio.email)], cc=[(megan.name, megan.email)])
t11.p = rogelio
t11.add(me, "Rogelio, buen día. ¿Me confirmas si la resina del PO 4500012098 ya está en Laredo? Cruce Norte puede pasar el martes.", at(2024, 12, 6, 9, 30),
        cc=[(megan.name, megan.email)])
t11.add(rogelio, "Buen día Mariana, sí, llegó ayer. El martes de 7 a 3 sin problema.", at(2024, 12, 6, 10, 41, CHI), label=G, cc=[(megan.name, megan.email)])

# ================================================================ T10 Tejas: statements (A10 server-hijack in Spanish, A14 look-alike)
t10 = Thread("T10", megan, "Open invoices / statement - Autopartes Cumbres")
stmt_bank = "Remit to: Tejas Polymer Supply, Inc. - Alamo Commerce Bank, San Antonio TX - ABA 114092817 - Acct 4100258813"
t10.add(me, "Hi Megan,\n\nOur accounts payable asks for a current statement - they show invoice 90218 as open, but we believe it was paid "
        "on 9/30 by wire.", at(2024, 10, 15, 9, 45))
t10.add(megan, "Hi Mariana,\n\nStatement attached. 90218 was applied on 10/2, the wire took two days - you're current. Next due is 90377 on 11/14.",
        at(2024, 10, 15, 13, 20, CHI), label=G,
        atts=[("Statement_AutopartesCumbres_20241015.pdf", pdf(["Tejas Polymer Supply, Inc. - Customer Statement", "Autopartes Cumbres, S.A. de C.V. (MX20417)",
                                                               "90377  10/15/2024  $42,716.00  due 11/14/2024", stmt_bank], producer="Sage 100 (Crystal Reports)",
                                                              when="20241015131000", zone="-05'00'"), "application/pdf")])
t10.add(me, "Thanks, I forwarded it to Héctor in AP.", at(2024, 10, 15, 13, 45))
t10.add(me, "Hi Megan,\n\nCould you send the December statement? Our auditors want supplier balance confirmations for year-end.", at(2025, 1, 21, 10, 0))
t10.add(megan, "Hi Mariana,\n\nAttached. Balance at 12/31 is $85,337.60, all not yet due. If the auditors need a signed confirmation form, "
        "have them send it to me directly.", at(2025, 1, 22, 9, 5, CHI), label=G,
        atts=[("Statement_AutopartesCumbres_20241231.pdf", pdf(["Tejas Polymer Supply, Inc. - Customer Statement", "Balance 12/31/2024: $85,337.60", stmt_bank],
                                                              producer="Sage 100 (Crystal Reports)", when="20250122090000", zone="-06'00'"), "application/pdf")])
t10.add(me, "Thank you!", at(2025, 1, 22, 9, 30))
# A10: server-hijack - the account manager's real mailbox (same Exchange 2019 + Proofpoint path), Spanish in an English thread, macro workbook
t10.add(megan, "Hola Mariana,\n\nLe envío el estado de cuenta actualizado con las facturas vencidas al cierre de marzo. Por favor habilite el "
        "contenido del archivo para ver el detalle de los pagos aplicados, ya que el sistema lo genera con macros.\n\nQuedo atenta a su "
        "confirmación de pago.", at(2025, 4, 15, 10, 22, CHI), label=HJ("server-hijack"), quote=False, detached=True, lang="es",
        atts=[("Estado_de_Cuenta_TPS_Marzo2025.xlsm", ooxml("xlsx", macro=True, sheet_rows=[("Estado de cuenta", "Autopartes Cumbres"), ("Habilite el contenido para ver el detalle", "")],
                                                            sheet="Estado"), "application/vnd.ms-excel.sheet.macroEnabled.12")],
        scen=cmt("A10", "server-hijack: US resin supplier's real Exchange/Proofpoint mailbox writes in Spanish into an English thread; macro .xlsm "
                        "'estado de cuenta', enable content, no quote"))
t10.add(megan, "Hi Mariana,\n\nQuick heads-up: our annual price review with the producer is done, PA66 list goes up 4 cents on July 1. "
        "Your open balance today is $38,120.40, nothing past due.", at(2025, 4, 29, 14, 12, CHI), label=G)
t10.add(me, "Thanks Megan, noted.", at(2025, 4, 29, 15, 0))
# A14: look-alike domain (extra 's'), the attacker's own M365 tenant (OWA): long context-aware remittance change, PDF with a link, faithful quote
rem_pdf = pdf(["Tejas Polymer Supply, Inc.", "REMITTANCE INSTRUCTIONS UPDATE - effective May 15, 2025", "Customer: Autopartes Cumbres, S.A. de C.V. (MX20417)",
               "Our receivables have moved to a new lockbox account.", "To view the new ACH/wire details and confirm receipt, use the secure link below:",
               "https://tejaspolymers.example/ar/remit-confirm?cust=MX20417", "Invoices due: 91102, 91167 - USD 41,980.20", "Accounts Receivable Department"],
              producer="Microsoft: Print To PDF", when="20250512170000", zone="-05'00'", uris=["https://tejaspolymers.example/ar/remit-confirm?cust=MX20417"])
look_megan = Pt("Megan Schultz", "mschultz@tejaspolymers.example", "owa_look", "look-tejas", megan.sig.replace("tejaspolymer", "tejaspolymers"), tz=CHI, lang="en")
t10.add(look_megan, "Hi Mariana,\n\nFollowing up on the statement thread below. As part of our move to a new treasury platform, Tejas Polymer "
        "Supply is moving its receivables to a new lockbox account effective May 15. The Alamo Commerce Bank remit-to on older invoices should no "
        "longer be used - wires sent there after the 15th will be returned, which could hold up your releases out of the Laredo warehouse.\n\n"
        "The remittance letter is attached; please use the secure link in it to view the new ACH/wire details and confirm receipt, so our AR team "
        "can update your account before the next payment run. Invoices 91102 and 91167 (USD 41,980.20 total) are due this week.\n\n"
        "Thanks for your help, and let me know if your AP team has any questions.", at(2025, 5, 13, 11, 4, CHI), label=HJ("lookalike-domain"),
        detached=True, atts=[("Tejas_Remittance_Update_May2025.pdf", rem_pdf, "application/pdf")],
        scen=cmt("A14", "look-alike domain (tejaspolymers.example, attacker's own M365 tenant): account manager's name, long remittance-change "
                        "text, PDF with a link to the look-alike, faithful Outlook quote of the statement thread"))

# ================================================================ T9 revived after a year for a new purchase order (G14)
t9.add(megan, "Hi Mariana,\n\nBringing this thread back up from last June - I just received PO 4500012968 from your SIACOM system for 1 TL "
       "of the PA66 GF33 natural HS we quoted here. Congrats on the Northfield award!\n\nThe quote expired at year-end, so before we confirm: "
       "the producer raised list by 6 cents in Q1, but we can honor $1.98/lb for this first TL and hold a second TL in Laredo as safety stock as "
       "discussed. Updated quote attached - could you have the PO revised to $1.98?", at(2025, 6, 10, 9, 40, CHI), label=GH,
       atts=[("TPS-Q-25-0610_Autopartes_Cumbres.pdf", pdf(["Tejas Polymer Supply, Inc. - Quotation TPS-Q-25-0610", "Ref. TPS-Q-24-0612 / PO 4500012968",
                                                           "PA66 GF33 natural HS - USD 1.98/lb FCA Laredo, TX"], producer="Microsoft® Word for Microsoft 365",
                                                          when="20250610093000", zone="-05'00'"), "application/pdf")],
       scen=cmt("G14", "US resin supplier revives a year-old quote thread because a new PO for the quoted grade arrived (updated quote PDF)"))
t9.add(me, "Hi Megan, yes, I remember! $1.98 is fine, I'll issue a PO revision today.", at(2025, 6, 10, 10, 30))
t9.add(megan, "Perfect, thank you. Rogelio in Laredo will coordinate the delivery with Cruce Norte as usual.", at(2025, 6, 10, 11, 2, CHI), label=G)

# ================================================================ T7 Brazos Flat Rolled: coil PO, zipped MTRs (G28)
t7 = Thread("T7", kyle, "PO 4500011739 - CR coil 1008 0.075 x 48")
t7.add(me, "Hi Kyle,\n\nPO 4500011739 has been released for 42 tons of CR coil SAE 1008, 0.075\" x 48\", as quoted (USD 1,045/ton FCA "
       "Laredo). Please send the commercial invoice and packing list to Grupo Aduanal Rio Bravo (esalinas@aduanalriobravo.example) at shipment, "
       "and the mill test reports to me.", at(2024, 9, 9, 9, 50))
t7.add(kyle, "Hi Mariana,\n\nGot it, entered as SO 311872. We can ship from the Houston yard on 9/17, two trucks to Laredo.", at(2024, 9, 9, 11, 32, CHI), label=G)
t7.add(me, "Great, thanks. Could you also send the USMCA certification of origin to the broker? They need it for the preference.", at(2024, 9, 9, 12, 5))
t7.add(kyle, "Will do, our compliance team issues a blanket certification for 2024; I'll send it today.", at(2024, 9, 9, 13, 10, CHI), label=G)
t7.add(me, "Hi Kyle,\n\nBoth trucks arrived in Laredo. Could you send the MTRs for the heats on this order? Our quality lab needs them "
       "before releasing the coils to the press line.", at(2024, 9, 18, 10, 20))
t7.add(kyle, "Sure - give me until tomorrow, the mill sends them per heat.", at(2024, 9, 18, 11, 5, CHI), label=G)
mtrs = [(f"MTR_Heat_{h}.pdf", pdf([f"Mill Test Report - Heat {h}", "Grade SAE 1008 CR, 0.075 x 48", "C 0.06  Mn 0.32  P 0.010  S 0.008",
                                   "YS 32.1 ksi  TS 46.8 ksi  El 41%"], producer="ABBYY FineReader PDF 15", when="20240912080000", zone="-05'00'")) for h in ("4B2215", "4B2219", "4B2231")]
t7.add(kyle, "Hi Mariana,\n\nAttached, zipped: MTRs for heats 4B2215, 4B2219 and 4B2231 (all 5 coils on SO 311872).", at(2024, 9, 19, 8, 47, CHI), label=GH,
       atts=[("MTRs_SO311872.zip", zipfile_bytes(mtrs, when=(2024, 9, 19, 8, 40, 0)), "application/x-zip-compressed")],
       scen=cmt("G28", "US steel supplier sends the mill test reports the buyer asked for the day before, zipped"))
t7.add(me, "Perfect, thanks Kyle.", at(2024, 9, 19, 9, 10))
t = cycle(t7, "brazos", kyle, at(2024, 10, 14, 9, 0), 6, EN_L, EN_P)
t = cycle(t7, "brazos", kyle, at(2024, 11, 18, 9, 30), 4, EN_L, EN_P)
t = cycle(t7, "brazos", kyle, at(2024, 12, 9, 10, 0), 4, EN_L, EN_P)

# ================================================================ T8 Brazos: 2025 pricing (OOO G16, A9 server-hijack)
t8 = Thread("T8", kyle, "2025 pricing - CR surcharge / Q1 releases")
t8.add(kyle, "Hi Mariana,\n\nHappy new year! Attached is the Q1 2025 price sheet. CR base is up $18/ton because of the mill's January increase; "
       "the freight adder to Laredo stays at $28/ton.", at(2025, 1, 9, 8, 40, CHI),
       atts=[("Brazos_Q1-2025_Price_Sheet_Autopartes_Cumbres.xlsx", ooxml("xlsx", sheet_rows=[("Product", "Base USD/ton", "Freight Laredo"), ("CR 1008 0.075x48", "1063", "28"),
                                                                                               ("HRPO 1010 0.120x36", "948", "28")], sheet="Q1 2025"), XLSX)])
t8.add(me, "Hi Kyle, thanks. Could you hold Q4 pricing for the January release (PO 4500012204, 38 tons)? It was placed in December.", at(2025, 1, 9, 9, 30))
t8.add(kyle, "I checked with my manager - yes, we'll honor Q4 pricing on 4500012204. Q1 pricing applies from the February releases.", at(2025, 1, 10, 10, 15, CHI), label=G)
t8.add(me, "Hi Kyle,\n\nFebruary release: 40 tons CR 1008 0.075\" x 48\", PO 4500012377. Please confirm the ship date.", at(2025, 2, 3, 9, 12))
kyle_ooo = ("I'm out of the office through Friday, February 7, with limited access to email. For urgent matters please contact our inside "
            "sales team at insidesales@brazosflatrolled.example or 713-555-0180.\n\nThanks,\nKyle Hendricks")
t8.add(kyle, kyle_ooo, at(2025, 2, 3, 9, 12, CHI) + TD(seconds=55), label=GH, sig=False, quote=False, subj="Automatic reply: 2025 pricing - CR surcharge / Q1 releases",
       extra=[("Auto-Submitted", "auto-generated"), ("X-MS-Exchange-Inbox-Rules-Loop", kyle.email), ("X-Auto-Response-Suppress", "All")], detached=True,
       scen=cmt("G16", "US supplier's Exchange Online 'Automatic reply' (out of office) to the buyer's release"))
t8.add(kyle, "Hi Mariana, back in the office. 4500012377 is confirmed to ship 2/18, two trucks.", at(2025, 2, 10, 8, 20, CHI), label=G)
t8.add(me, "Thanks Kyle.", at(2025, 2, 10, 9, 0))
t8.add(me, "Hi Kyle,\n\nOur customer is asking for the updated surcharge table for March; could you send it when available?", at(2025, 2, 25, 10, 5))
q_a9 = t8.last["plain"].replace("for March; could you send it when available?",
                                "for March, and Quality wants the mill certs for the February heats; could you send both when available?")
t8.add(kyle, "Hi Mariana,\n\nThe updated surcharge table and the mill certs for the February heats are in our shared folder - together they were "
       "too big for email:\n\nhttps://www.dropbox.com/scl/fi/" + alnum(21).lower() + "/Brazos_Surcharge_Mar2025_MTRs.zip?rlkey=" + alnum(25).lower()
       + "&dl=0\n\nLet me know if you have trouble opening it.", at(2025, 2, 26, 15, 48, CHI), label=HJ("server-hijack"), quote_text=q_a9, detached=True,
       scen=cmt("A9", "server-hijack: US steel supplier's real M365 mailbox (same Outlook headers); Dropbox link to a zip 'surcharge table + MTRs' "
                      "where he always attached files; the quoted request was altered to ask for the certs"))
t8.add(kyle, "Hi Mariana,\n\nMarch surcharge table attached - the CR surcharge is flat vs. February.", at(2025, 2, 27, 9, 5, CHI), label=G,
       atts=[("Brazos_Surcharge_Mar-2025.xlsx", ooxml("xlsx", sheet_rows=[("Product", "Surcharge USD/ton"), ("CR 1008", "42"), ("HRPO 1010", "38")], sheet="Mar 2025"), XLSX)])
t8.add(me, "Thanks Kyle!", at(2025, 2, 27, 9, 30))
t = cycle(t8, "brazos", kyle, at(2025, 3, 17, 9, 0), 6, EN_L, EN_P)
t = cycle(t8, "brazos", kyle, at(2025, 4, 21, 9, 20), 4, EN_L, EN_P)
t = cycle(t8, "brazos", kyle, at(2025, 5, 26, 9, 0), 4, EN_L, EN_P)

# ================================================================ T12 Northfield Driveline (US tier-1 customer): RFQ and nomination
t12 = Thread("T12", brian, "RFQ 52-1187 / 52-1188 brackets - steel cost breakdown")
t12.add(brian, "Hi Mariana,\n\nAs discussed on Friday's call, attached is the RFQ package for bracket assemblies 52-1187 and 52-1188 (MY2026 "
        "program). Please include a steel cost breakdown by coil spec, since we index steel quarterly per our terms. Quotes are due August 23.",
        at(2024, 8, 6, 10, 15, DET),
        atts=[("RFQ_52-1187_52-1188_MY2026.pdf", pdf(["Northfield Driveline Systems - Request for Quotation", "52-1187 / 52-1188 Bracket assy, MY2026",
                                                      "Annual volume 186,000 / 142,000", "Due 08/23/2024"], producer="Adobe PDF Library 23.8.53", when="20240806091000",
                                                     zone="-04'00'"), "application/pdf")])
t12.add(me, "Hi Brian, received, thank you. We'll submit by Aug 23. One question: for the steel index, should we use the CRU Midwest CR index "
        "or the Platts one?", at(2024, 8, 6, 10, 40))
t12.add(brian, "CRU Midwest, monthly average of the prior quarter - same as on 52-0944.", at(2024, 8, 7, 8, 5, DET), label=G)
t12.add(me, "Hi Brian,\n\nAttached are our quote and the steel cost breakdown for 52-1187/1188. Steel is 61% of the piece price at the Q2 index.",
        at(2024, 8, 22, 16, 10), atts=[("ACU_Quote_52-1187_1188.xlsx", ooxml("xlsx", sheet_rows=[("Part", "Piece price USD", "Steel USD"), ("52-1187", "3.412", "2.081"),
                                                                                               ("52-1188", "2.978", "1.817")], sheet="Quote"), XLSX)])
t12.add(brian, "Thanks Mariana. Engineering has a question on the flatness tolerance of the mounting face; I'll set up a call next week.",
        at(2024, 8, 29, 9, 12, DET), label=G)
t12.add(me, "Sounds good, Tuesday or Wednesday afternoon works for us.", at(2024, 8, 29, 9, 40))
t12.add(brian, "Mariana, good news - the sourcing committee approved the nomination of 52-1187/1188 to Autopartes Cumbres. The formal "
        "nomination letter will come through the Supplier Portal. PPAP due date is Feb 28, 2025.", at(2024, 10, 2, 15, 20, DET), label=G)
t12.add(me, "Excellent news, thank you Brian! We'll start the material approvals with our steel and resin suppliers right away.", at(2024, 10, 2, 15, 45))
t12.add(brian, "Hi Mariana, can you confirm the steel sources for PPAP? Brazos for the CR and Flejes de Saltillo for the galvanized strip, correct?",
        at(2024, 11, 12, 11, 30, DET), label=G)
t12.add(me, "Correct, both are already approved in our IMDS submissions.", at(2024, 11, 12, 11, 50))
t12.add(brian, "Great, thanks.", at(2024, 11, 12, 12, 10, DET), label=G)

# ================================================================ T13 Northfield: Supplier Quality Agreement via DocuSign (G26) - A11 account-takeover
t13 = Thread("T13", brian, "Supplier Quality Agreement rev. F - signature by Feb 14")
t13.add(brian, "Hi Mariana,\n\nAll production suppliers need to sign the updated Supplier Quality Agreement (rev. F) by February 14. Our "
        "Quality team will send it through DocuSign in the next days - please route it to whoever signs for Autopartes Cumbres.", at(2025, 1, 20, 13, 5, DET))
t13.add(me, "Hi Brian, noted. Our plant manager, Ing. Jorge Villarreal, signs quality agreements; I'll have the envelope reassigned to him when "
        "it arrives.", at(2025, 1, 20, 13, 30))
ds_link = f"https://na4.docusign.net/Signing/EmailStart.aspx?a={ruuid()}&etti=24&acct={ruuid()}&er={ruuid()}"
ds_plain = ("Northfield Driveline Systems sent you a document to review and sign.\n\nREVIEW DOCUMENT\n" + ds_link + "\n\nPriya Raman\n"
            "priya.raman@northfield-driveline.example\n\nPlease review and sign the Supplier Quality Agreement rev. F by February 14, 2025.\n\n"
            "Do Not Share This Email\nThis email contains a secure link to Docusign. Please do not share this email, link, or access code with others.\n\n"
            "Alternate Signing Method\nVisit Docusign.com, click 'Access Documents', and enter the security code:\n" + HX(32) + "1\n\n"
            "About Docusign\nSign documents electronically in just minutes. It's safe, secure, and legally binding.\n\nQuestions about the Document?\n"
            "If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.")
ds_html = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="background:#eaeaea;font-family:Helvetica,Arial">'
           '<table width="640" align="center" style="background:#fff"><tr><td style="padding:24px"><img src="https://na4.docusign.net/Signing/Images/email/Email_Logo.png" '
           'width="116" alt="DocuSign"></td></tr><tr><td style="background:#1e4ca1;color:#fff;padding:30px;text-align:center;font-size:16px">Northfield Driveline '
           f'Systems sent you a document to review and sign.<br><br><a href="{ds_link}" style="background:#ffc423;color:#000;padding:12px 22px;text-decoration:none;'
           'font-weight:bold">REVIEW DOCUMENT</a></td></tr><tr><td style="padding:24px;font-size:15px">Priya Raman<br>priya.raman@northfield-driveline.example<br><br>Please '
           'review and sign the Supplier Quality Agreement rev. F by February 14, 2025.</td></tr><tr><td style="padding:24px;font-size:11px;color:#666">Do Not Share This '
           'Email. This email contains a secure link to Docusign.</td></tr></table></body></html>')
emit(docusign, "notice", at(2025, 1, 27, 9, 14, DET), [(me.name, me.email)], None, "Complete with Docusign: Northfield_SQA_RevF_Autopartes_Cumbres.pdf", [],
     ds_plain, html=ds_html, replyto=addr(priya.name, priya.email), lang="en",
     extra=[("X-DocuSign-Envelope-ID", ruuid().upper()), ("X-DocuSign-Account-ID", ruuid())], label=GH,
     scen=cmt("G26", "genuine DocuSign envelope (docusign.net, Reply-To the customer's quality engineer) for the quality agreement announced in T13"))
t13.add(me, "Hi Brian, quick update: the DocuSign envelope arrived this morning and I reassigned it to Jorge; he is at the corporate office "
        "this week but will sign it next week.", at(2025, 1, 27, 12, 40))
t13.add(brian, "Perfect, thanks.", at(2025, 1, 27, 13, 2, DET), label=G)
# A11: account-takeover - the buyer's real address via SMTP AUTH from a VPS (PHPMailer, other Message-ID host, +0100 Date): SVG e-signature
svg = ('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="800" height="600">\n'
       '<rect width="800" height="600" fill="#f4f4f4"/>\n<text x="60" y="120" font-family="Arial" font-size="26">Northfield Driveline Systems - SQA rev. F</text>\n'
       '<text x="60" y="170" font-family="Arial" font-size="18">Secure e-signature document. Click to sign with Microsoft 365.</text>\n'
       '<a xlink:href="https://sqa-esign-northfield.example/sign?e=mariana.trevino%40autopartes-cumbres.example"><rect x="60" y="220" width="260" height="50" fill="#ffc423"/>'
       '<text x="95" y="252" font-family="Arial" font-size="18">REVIEW AND SIGN</text></a>\n'
       '<script type="text/javascript"><![CDATA[ /* inert probe sample */ var t="https://sqa-esign-northfield.example/sign"; ]]></script>\n</svg>\n').encode()
q_a11 = t13.recs[-2]["plain"]
emit(brian, "phpmailer", at(2025, 2, 6, 16, 22, DET), [(me.name, me.email)], None, "RE: Supplier Quality Agreement rev. F - signature by Feb 14", list(t13.refs),
     "Hi Mariana,\n\nOur DocuSign envelope for the SQA rev. F expired before Jorge could complete it. I have attached the agreement as a secure "
     "e-sign document - please open it in your browser and sign with your Microsoft 365 account so we can close this before the Feb 14 deadline.\n\n"
     "Regards,\nBrian Kowalczyk" + quote_of("phpmailer", dict(t13.recs[-2]), DET), label=HJ("account-takeover"), orig_ip="185.244.151.62",
     atts=[("SQA_RevF_eSign_AutopartesCumbres.svg", svg, "image/svg+xml")], lang="en", date_tz=datetime.timezone(TD(hours=1)), no_html=False,
     html='<html><body><p style="font-family:Calibri;font-size:11pt">Hi Mariana,<br><br>Our DocuSign envelope for the SQA rev. F expired before Jorge '
          "could complete it. I have attached the agreement as a secure e-sign document - please open it in your browser and sign with your Microsoft 365 "
          "account so we can close this before the Feb 14 deadline.<br><br>Regards,<br>Brian Kowalczyk</p></body></html>",
     scen=cmt("A11", "account-takeover: customer buyer's real address sent via SMTP AUTH from a VPS (PHPMailer, foreign Message-ID host, +0100): "
                     "'DocuSign expired' SVG e-signature lure, quotes the buyer's earlier message"))
t13.add(brian, "Hi Mariana, just a reminder that the SQA is due Friday - the envelope still shows as waiting for Jorge's signature.",
        at(2025, 2, 11, 9, 30, DET), label=G)
t13.add(me, "Hi Brian, Jorge signed it this morning from the DocuSign email.", at(2025, 2, 12, 12, 15))
t13.add(brian, "Got the completed copy, thanks!", at(2025, 2, 12, 12, 40, DET), label=G)


# ================================================================ customs broker (Zimbra, Nuevo Laredo) - helper for pedimento PDFs
def pedimento_pdf(num, when, lines):
    return pdf([f"PEDIMENTO {num}", "Aduana 240 Nuevo Laredo, Tamps.  Patente 3955  Agente aduanal: Lic. Jesus Salinas Villarreal",
                f"Importador: {RFC_ME[1]}, S.A. DE C.V.  RFC {RFC_ME[0]}  Clave IN (IMMEX)"] + lines,
               producer="SAAI M3 - Generador de Pedimentos 4.2 (iTextSharp 5.5.13)", when=when)


# ================================================================ T14 broker: import of the Brazos coils (Sept 2024)
t14 = Thread("T14", ernesto, "Importación rollo CR Brazos - OC 4500011739")
t14.add(me, "Lic. Ernesto, buenas tardes.\n\nLes aviso de la importación de la OC 4500011739 de Brazos Flat Rolled: 2 tractocamiones con "
        "42 ton de rollo rolado en frío, fracción 7209.17.01, llegan a la bodega de Cruce Norte en Laredo TX el 18/09. Brazos les manda la "
        "factura comercial y el packing list directamente. Clave IN (IMMEX), como siempre.", at(2024, 9, 16, 15, 40))
t14.add(ernesto, "Buenas tardes Mariana,\n\nEnterado. Ya recibimos factura y packing list de Brazos. Para la fracción 7209.17.01 necesitamos el "
        "certificado de origen T-MEC del proveedor para aplicar la preferencia; si no lo tienen a la mano se lo pedimos a Kyle directamente.",
        at(2024, 9, 17, 10, 12, NLD), label=G)
t14.add(me, "Gracias Lic. Ya se lo pedí a Kyle, dice que su área de cumplimiento lo manda hoy.", at(2024, 9, 17, 10, 40))
t14.add(ernesto, "Mariana, quedó modulado el pedimento 24 24 3955 4007712, semáforo verde; cruzaron las dos unidades a las 11:40. Le anexo el "
        "pedimento pagado y la DODA.", at(2024, 9, 19, 12, 5, NLD), label=G,
        atts=[("Pedimento_24243955-4007712.pdf", pedimento_pdf("24 24 3955 4007712", "20240919115500", ["Fraccion 7209.17.01  42,180 kg", "Semaforo: VERDE"]), "application/pdf")])
t14.add(me, "Excelente, gracias Lic.", at(2024, 9, 19, 12, 30))
t14.add(me, "Lic. Ernesto, buen día.\n\nPara octubre vienen 3 embarques más de Brazos (semanas 42, 43 y 45) y 2 de Tejas. Les paso las OC en "
        "cuanto se liberen.", at(2024, 10, 7, 9, 20))
t14.add(ernesto, "Perfecto Mariana, los tenemos en el programa.", at(2024, 10, 7, 10, 2, NLD), label=G)

# ================================================================ T16 broker: expense accounts (cuenta de gastos) - A7 look-alike injected
t16 = Thread("T16", karla, "Cuenta de gastos - Autopartes Cumbres")
t16.add(me, "Karla, buen día.\n\n¿Me pueden mandar la cuenta de gastos del pedimento 4007712? Contabilidad la necesita para el cierre de "
        "septiembre.", at(2024, 10, 1, 9, 10))
cg_xml, cg_sub, cg_iva, cg_tot = cfdi_xml(GARB, "CG", "24-1187", datetime.datetime(2024, 10, 1, 12, 40), [("80151600", "HON-AA", "HONORARIOS AGENTE ADUANAL PEDIMENTO 4007712", 1, 6850.0, ("E48", "SERVICIO")),
                                                                                                   ("80151600", "SERV-COMP", "SERVICIOS COMPLEMENTARIOS (VALIDACION, PREVALIDACION)", 1, 1420.0, ("E48", "SERVICIO"))],
                                          ruuid(), lugar="88000")
t16.add(karla, "Buenas tardes Mariana,\n\nLe envío la cuenta de gastos CG-24-1187 del pedimento 24 24 3955 4007712 con el CFDI de honorarios (XML "
        "y PDF) y los comprobantes de las contribuciones pagadas.\n\nTotal a pagar: $38,412.60 MXN (incluye $28,818.40 de contribuciones que "
        f"pagamos por su cuenta).\n\nDatos para transferencia:\nBanregio - Grupo Aduanal Río Bravo, S.C.\nCLABE {fmt_clabe(RB_CLABE)}\n"
        "Referencia: CG-24-1187", at(2024, 10, 1, 13, 5, NLD), label=GH,
        atts=[("CG-24-1187_GAR950721LP8.xml", cg_xml, "text/xml"),
              ("CG-24-1187_GAR950721LP8.pdf", pdf(["GRUPO ADUANAL RIO BRAVO, S.C.  RFC GAR950721LP8", "CUENTA DE GASTOS CG-24-1187", "Pedimento 24 24 3955 4007712",
                                                   "Contribuciones pagadas por cuenta del cliente: $28,818.40", f"Honorarios y servicios: ${money(cg_tot)}", "Total a pagar: $38,412.60",
                                                   "Banregio  CLABE " + fmt_clabe(RB_CLABE)], producer="SAAI M3 - Cuentas de Gastos (iTextSharp 5.5.13)", when="20241001124500"), "application/pdf")],
        scen=cmt("G29", "customs broker's expense account with CFDI XML+PDF and its usual Banregio CLABE (payment request, genuine)"))
t16.add(me, "Gracias Karla, se la paso a Héctor.", at(2024, 10, 1, 13, 30), cc=[(hector.name, hector.email)])
t16.add(karla, "Mariana, buenas tardes.\n\nLe envío la cuenta de gastos de octubre (pedimentos 4008103, 4008377 y 4008912), CFDI en XML y PDF. "
        "Total $112,905.80, misma cuenta Banregio.", at(2024, 11, 5, 16, 20, NLD), label=G,
        atts=[("CG-24-1302_GAR950721LP8.pdf", pdf(["GRUPO ADUANAL RIO BRAVO, S.C.", "CUENTA DE GASTOS CG-24-1302", "Total a pagar: $112,905.80"],
                                                  producer="SAAI M3 - Cuentas de Gastos (iTextSharp 5.5.13)", when="20241105161000"), "application/pdf"),
              ("CG-24-1302_GAR950721LP8.xml", cfdi_xml(GARB, "CG", "24-1302", datetime.datetime(2024, 11, 5, 16, 0), [("80151600", "HON-AA", "HONORARIOS AGENTE ADUANAL 3 PEDIMENTOS", 1, 19950.0, ("E48", "SERVICIO"))], ruuid(), lugar="88000")[0], "text/xml")])
t16.add(me, "Recibida, gracias Karla.", at(2024, 11, 6, 9, 0))
t16.add(karla, "Buen día Mariana,\n\nLe envío la cuenta de gastos de enero, que incluye el pedimento 25 24 3955 5000418 de Tejas. Total "
        "$96,240.10, a la cuenta Banregio de siempre.", at(2025, 2, 4, 11, 40, NLD), label=G,
        atts=[("CG-25-0104_GAR950721LP8.pdf", pdf(["GRUPO ADUANAL RIO BRAVO, S.C.", "CUENTA DE GASTOS CG-25-0104", "Pedimento 25 24 3955 5000418", "Total a pagar: $96,240.10"],
                                                  producer="SAAI M3 - Cuentas de Gastos (iTextSharp 5.5.13)", when="20250204113000"), "application/pdf"),
              ("CG-25-0104_GAR950721LP8.xml", cfdi_xml(GARB, "CG", "25-0104", datetime.datetime(2025, 2, 4, 11, 20), [("80151600", "HON-AA", "HONORARIOS AGENTE ADUANAL", 1, 13700.0, ("E48", "SERVICIO"))], ruuid(), lugar="88000")[0], "text/xml")])
t16.add(me, "Gracias Karla.", at(2025, 2, 4, 12, 15))
t16.add(karla, "Mariana, buenas tardes. Cuenta de gastos de marzo (CG-25-0312), XML y PDF. Total $74,118.90.", at(2025, 4, 3, 16, 5, NLD), label=G,
        atts=[("CG-25-0312_GAR950721LP8.pdf", pdf(["GRUPO ADUANAL RIO BRAVO, S.C.", "CUENTA DE GASTOS CG-25-0312", "Total a pagar: $74,118.90"],
                                                  producer="SAAI M3 - Cuentas de Gastos (iTextSharp 5.5.13)", when="20250403160000"), "application/pdf"),
              ("CG-25-0312_GAR950721LP8.xml", cfdi_xml(GARB, "CG", "25-0312", datetime.datetime(2025, 4, 3, 15, 50), [("80151600", "HON-AA", "HONORARIOS AGENTE ADUANAL", 1, 11200.0, ("E48", "SERVICIO"))], ruuid(), lugar="88000")[0], "text/xml")])
t16.add(me, "Gracias Karla, ya la tiene Héctor.", at(2025, 4, 3, 16, 40))
# A7: look-alike domain (aduanairiobravo.example, l -> i), Outlook 2016 on a VPS: long context-aware 'tax advance' to a new CLABE, faithful quote
look_karla = Pt("Karla Benavides", "kbenavides@aduanairiobravo.example", "olk16_look", "look-rb", karla.sig.replace("aduanalriobravo", "aduanairiobravo"), tz=NLD)
t16.add(look_karla, "Buenas tardes Mariana,\n\nDando seguimiento a las cuentas de gastos que le he enviado por este medio, le informo que a partir "
        "de mayo el Grupo concentrará los anticipos para contribuciones de comercio exterior (DTA, IVA de importación y prevalidación) en una "
        "cuenta exclusiva, por disposición de nuestro auditor externo, para separarlos de los honorarios.\n\nPara el embarque de Tejas que cruza "
        "esta semana necesitamos el anticipo de contribuciones por $186,540.00 MXN a más tardar el jueves; de lo contrario el pedimento no podrá "
        "pagarse y la caja empezaría a generar almacenaje en el recinto fiscal.\n\nDatos de la cuenta de anticipos:\nBanco: BBVA México\n"
        f"Beneficiario: Grupo Aduanal Rio Bravo SC\nCLABE: {RB_FAKE}\nConcepto: ANT-CONT ACU 0425\n\nLos honorarios y las cuentas de gastos se "
        "siguen pagando a la cuenta de Banregio de siempre. Le agradeceré me envíe el comprobante de la transferencia por este medio para aplicarlo "
        "de inmediato. Esta semana estamos cambiando el conmutador, así que cualquier duda por favor por correo.", at(2025, 4, 29, 15, 47, NLD),
        label=HJ("lookalike-domain"), orig_ip="185.246.220.33", detached=True,
        scen=cmt("A7", "look-alike of the customs broker (aduanairiobravo.example): expense-account clerk's name, long context-aware 'tax advance' "
                       "to a new BBVA CLABE, phone unavailable, faithful quote in Outlook style (the broker uses Zimbra)"))

# ================================================================ T17 broker: announced mail-server outage with Gmail fallback (G10)
rb_note = emit(rb_info, "zimbra", at(2025, 1, 24, 11, 5, NLD), [("Clientes Grupo Aduanal Río Bravo", "clientes@aduanalriobravo.example")], None,
               "Aviso importante: mantenimiento del servidor de correo 25 al 27 de enero", [],
               "Estimados clientes:\n\nPor la migración de nuestro servidor de correo, del sábado 25 de enero a las 14:00 al lunes 27 podrían no "
               "recibirse ni enviarse correos de las cuentas @aduanalriobravo.example. Durante ese periodo nuestro personal atenderá desde estas "
               "cuentas alternas:\n\nLic. Ernesto Salinas - ernesto.salinas.rb@gmail.com\nKarla Benavides - karla.benavides.rb@gmail.com\n"
               "Tráfico - trafico.riobravo@gmail.com\n\nNo hay ningún cambio en nuestros datos bancarios ni en otros datos de la empresa; cualquier "
               "solicitud de cambio de cuenta que reciba será falsa. Si tiene dudas, llámenos al 867 555 1840.\n\nGracias por su comprensión." + rb_info.sig,
               label=GH, scen=cmt("G10", "customs broker announces a mail-server migration and the Gmail addresses its staff will use meanwhile"))

# ================================================================ T15 broker: resin import in January - Gmail during the outage (G11-G13), A13 display-name spoof
t15 = Thread("T15", ernesto, "Importación resina Tejas - enero")
t15.add(me, "Lic. Ernesto, buen día.\n\nLes comparto los documentos del embarque de Tejas Polymer (PA66 y POM, 2 cajas) que llega a la bodega "
        "de Laredo el 23/01. Clave IN como siempre. Adjunto factura comercial y packing list porque Tejas se tardó en mandárselos.", at(2025, 1, 20, 10, 15),
        atts=[("TPS_Invoice_91004.pdf", pdf(["Tejas Polymer Supply, Inc. - Commercial Invoice 91004", "Autopartes Cumbres, S.A. de C.V.", "PA66 GF33 / POM copolymer"],
                                            producer="Sage 100 (Crystal Reports)", when="20250117150000", zone="-06'00'"), "application/pdf"),
              ("TPS_PackingList_91004.pdf", pdf(["Packing list 91004", "2 trailers, 40 pallets"], producer="Sage 100 (Crystal Reports)", when="20250117150000", zone="-06'00'"), "application/pdf")])
t15.add(ernesto, "Buen día Mariana, recibido.\n\nPara el PA66 vamos a necesitar la hoja de datos de seguridad (SDS) en español por la "
        "NOM-018-STPS; ¿nos la puede conseguir con Tejas?", at(2025, 1, 21, 9, 40, NLD), label=G)
t15.add(me, "Claro, se la pido a Megan.", at(2025, 1, 21, 10, 5))
t15.add(me, "Lic. Ernesto, le reenvío la SDS en español del PA66 que nos mandó Tejas. Le copio a su Gmail por el aviso del mantenimiento.",
        at(2025, 1, 24, 16, 10), cc=[(ernesto_g.name, ernesto_g.email)],
        atts=[("SDS_PA66_GF33_ES.pdf", pdf(["HOJA DE DATOS DE SEGURIDAD - PA66 GF33", "Seccion 1. Identificacion", "Seccion 2. Identificacion de peligros"],
                                           producer="Adobe PDF Library 17.11.238", when="20250123100000"), "application/pdf")])
t15.add(ernesto_g, "Mariana buen día,\n\nLe escribo desde mi Gmail porque el servidor sigue sin quedar desde el sábado (Sistemas dice que hoy en "
        "la tarde). Recibí la SDS, gracias. Las dos cajas ya están en la bodega; mañana pagamos el pedimento y cruzan. Cualquier cosa por este "
        "medio o al 867 555 1840.", at(2025, 1, 27, 9, 12, NLD), label=GH,
        scen=cmt("G11", "customs broker answers from the announced Gmail fallback address during the outage (Gmail web fingerprint, quotes the thread)"))
t15.add(ernesto_g, "Mariana, ya quedó pagado el pedimento 25 24 3955 5000418; le adjunto el PDF. Las cajas cruzan hoy en la tarde.",
        at(2025, 1, 28, 11, 30, NLD), label=GH, quote=True,
        atts=[("Pedimento_25243955-5000418.pdf", pedimento_pdf("25 24 3955 5000418", "20250128111500", ["Fracciones 3908.10.01 / 3907.10.01", "Semaforo: VERDE"]), "application/pdf")],
        scen=cmt("G12", "broker sends the paid pedimento PDF from the announced Gmail address (second message during the outage)"))
t15.add(me, "Gracias Lic., enterada.", at(2025, 1, 28, 11, 55), to=[(ernesto_g.name, ernesto_g.email)], cc=[(ernesto.name, ernesto.email)])
t15.add(ernesto, "Mariana buen día,\n\nYa nos restablecieron el correo institucional; por favor vuelva a escribirnos a esta dirección y ya no use "
        "la de Gmail. Las dos cajas se entregaron ayer en Apodaca a las 18:20; le anexo el pedimento con el sello de desaduanamiento.",
        at(2025, 1, 29, 9, 48, NLD), label=GH,
        atts=[("Pedimento_25243955-5000418_desaduanado.pdf", pedimento_pdf("25 24 3955 5000418", "20250129093000", ["DESADUANAMIENTO LIBRE 28/01/2025 16:52"]), "application/pdf")],
        scen=cmt("G13", "broker back on the institutional Zimbra server after the outage, asks to stop using Gmail"))
t15.add(me, "Perfecto, gracias por avisar.", at(2025, 1, 29, 10, 5))
# A13: display-name spoof - the broker's name on a *different* Gmail address, reusing the outage story; disk image, no quote
spoof_ernesto = Pt("Lic. Ernesto Salinas", "ernesto.salinas.riobravo@gmail.com", "gmail_es", "gmail", "", tz=NLD)
t15.add(spoof_ernesto, "Mariana buenas tardes,\n\nSeguimos con fallas intermitentes en el correo institucional, por favor use esta cuenta "
        "mientras tanto. Le comparto el pedimento definitivo y la cuenta de gastos de enero en un solo archivo, porque el sistema de la aduana "
        "ahora los genera como imagen de disco; solo dele doble clic para abrirlo.\n\nAtte.\nLic. Ernesto Salinas Benavides", at(2025, 2, 3, 17, 36, NLD),
        label=HJ("display-name-spoof"), sig=False, quote=False, detached=True,
        atts=[("Pedimento_5000418_CtaGastos_Enero.img", iso_image("PEDIMENTO_5000418", "PEDIMENTO_5000418.PDF.EXE"), "application/octet-stream")],
        scen=cmt("A13", "display-name spoof: the broker's name on a look-alike Gmail address (not the announced one), reuses the outage story; "
                        "disk image 'pedimento + cuenta de gastos', no quote"))

# ================================================================ T29 broker: April import - A12 server-hijack in English (voicemail HTML)
t29 = Thread("T29", ernesto, "Embarque Tejas 8842 - PA66 abril")
t29.add(me, "Lic. Ernesto, buen día.\n\nLes aviso del embarque de Tejas Polymer que llega a la bodega de Laredo el 24/04 (PA66 GF33, 1 caja, "
        "20 ton). Tejas les manda la factura comercial y el packing list directamente.", at(2025, 4, 21, 9, 30))
t29.add(ernesto, "Enterado Mariana; en cuanto llegue la documentación preparamos la proforma del pedimento.", at(2025, 4, 21, 10, 44, NLD), label=G)
vm_html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Voice Message</title></head><body style="font-family:Segoe UI,Arial;background:#f3f2f1">'
           '<div style="width:420px;margin:60px auto;background:#fff;padding:24px;border-radius:6px"><h3>&#9654; Voice Message (0:47)</h3>'
           '<p>From: Customs Inspection Office +52 867 555 0000</p><p>To play this message, sign in with your company account.</p>'
           '<form action="https://vm-inbox-playback.example/listen" method="post"><input type="email" name="u" value="mariana.trevino@autopartes-cumbres.example">'
           '<input type="password" name="p" placeholder="Password"><button type="submit">Play</button></form></div>'
           '<script>/* inert probe sample */ var r="https://vm-inbox-playback.example/listen";</script></body></html>').encode()
t29.add(ernesto, "Hello,\n\nYou have a new voice message from the Customs Inspection Office regarding your shipment. Please see the attached "
        "voicemail and confirm today to avoid storage fees.\n\nThank you", at(2025, 4, 23, 3, 52, NLD), label=HJ("server-hijack"), detached=True, lang="en",
        atts=[("VM_Customs_Inspection_0423.html", vm_html, "text/html")],
        scen=cmt("A12", "server-hijack: the broker's real Zimbra mailbox (same headers) at 03:52 writes in English into a Spanish thread; "
                        "HTML 'voicemail' attachment posting to an unknown domain; Zimbra quote and signature"))
t29.add(ernesto, "Mariana, ya llegó la caja y pagamos el pedimento 25 24 3955 5002210; cruza hoy.", at(2025, 4, 24, 12, 15, NLD), label=G)
t29.add(me, "Gracias Lic.", at(2025, 4, 24, 12, 40))

# ================================================================ T28 broker orphan: reply to a message that only went to accounting (O2)
fake_parent = f"<{R.randint(100000000, 1999999999)}.{R.randint(1000000, 9999999)}.{int(at(2025, 5, 19, 17, 2).timestamp() * 1000)}.JavaMail.zimbra@aduanalriobravo.example>"
hector_parent = f"<{exo_host(OWN, hector.email)}{HX(24)}@{exo_host(OWN, hector.email)}.NAMPRD12.PROD.OUTLOOK.COM>"
rep_x, _ = cfdi_rep_xml(GARB, "P-25-077", datetime.datetime(2025, 5, 20, 12, 30), [(datetime.date(2025, 5, 9), 74118.90, [(ruuid(), "CG", "25-0312", 74118.90, 74118.90)])], RB_CLABE, lugar="88000")
emit(karla, "zimbra", at(2025, 5, 20, 12, 48, NLD), [(hector.name, hector.email)], [(me.name, me.email)],
     "Re: Solicitud de complemento de pago - cuenta de gastos marzo", [hector_parent],
     "Héctor, buenas tardes (copio a Mariana para su expediente).\n\nYa se emitió el complemento de pago de la cuenta de gastos de marzo "
     "(CG-25-0312), folio P-25-077; le adjunto XML y PDF." + karla.sig + "\n\n----- Mensaje original -----\nDe: \"Héctor Garza Salinas\" <hector.garza@autopartes-cumbres.example>\n"
     "Para: \"Karla Benavides\" <kbenavides@aduanalriobravo.example>\nEnviados: Lunes, 19 de Mayo 2025 17:02:11\nAsunto: Solicitud de complemento de pago - cuenta de gastos marzo\n\n"
     "> Karla, buenas tardes.\n> \n> El 9 de mayo les pagamos la cuenta de gastos CG-25-0312 ($74,118.90) y no nos ha llegado el complemento de\n"
     "> pago. ¿Nos lo pueden emitir?\n> \n> Saludos\n> Héctor Garza Salinas", label=GO,
     atts=[("P-25-077_GAR950721LP8.xml", rep_x, "text/xml"),
           ("P-25-077_GAR950721LP8.pdf", pdf(["GRUPO ADUANAL RIO BRAVO, S.C.", "Recibo electronico de pago P-25-077", "Documento relacionado CG-25-0312", "Monto $74,118.90"],
                                             producer="SAAI M3 - Cuentas de Gastos (iTextSharp 5.5.13)", when="20250520123000"), "application/pdf")],
     scen=cmt("O2", "broker replies to accounting's request (sent only to the broker) and copies the buyer: parent not in the mailbox"))

# ================================================================ T18 Cruce Norte (freight forwarder, M365): rates and weekly programming
t18 = Thread("T18", paty, "Tarifa y programación de cajas Laredo - Apodaca")
t18.add(me, "Paty, buen día.\n\nPara el segundo semestre vamos a tener cruces semanales de rollo de acero (Brazos, Houston) y de resinas "
        "(Tejas, San Antonio) hacia Apodaca. ¿Me mandas la tarifa actualizada de caja seca 53' Laredo TX - Apodaca, incluyendo transfer, cruce "
        "y maniobras?", at(2024, 6, 25, 9, 5))
t18.add(paty, "Hola Mariana, buen día. Claro, te la mando mañana junto con la tarifa de plataforma para el rollo.", at(2024, 6, 25, 10, 20, NLD), label=G)
t18.add(paty, "Mariana, te anexo la tarifa del 2° semestre: caja seca 53' Laredo TX - Apodaca USD 1,180 todo incluido (transfer, cruce y "
        "flete nacional); plataforma para rollo USD 1,390. Vigencia al 31/12.", at(2024, 6, 26, 12, 40, NLD), label=G,
        atts=[("Tarifa_CruceNorte_2S2024_AutopartesCumbres.pdf", pdf(["Logistica Cruce Norte - Tarifa 2o semestre 2024", "Caja seca 53' Laredo TX - Apodaca: USD 1,180",
                                                                      "Plataforma rollo: USD 1,390"], producer="Microsoft® Excel® para Microsoft 365", when="20240626123000",
                                                                     zone="-05'00'"), "application/pdf")])
t18.add(me, "Gracias Paty, aprobada. Te mando la programación cada lunes.", at(2024, 6, 26, 13, 15))
t = cycle(t18, "cruce", paty, at(2024, 7, 8, 9, 0), 6, CN_L, CN_P)
t = cycle(t18, "cruce", paty, at(2024, 8, 12, 9, 10), 4, CN_L, CN_P)
t = cycle(t18, "cruce", paty, at(2024, 9, 23, 9, 0), 4, CN_L, CN_P)
t18.add(me, "Paty, ¿la caja CN-4502 ya cruzó? Producción la está esperando para el segundo turno.", at(2024, 10, 16, 10, 5),
        cc=[(mike.name, mike.email)])
t18.add(mike, "Hi Mariana, Mike from dispatch in Laredo here - Paty is on the road today and asked me to answer. Trailer CN-4502 was released "
        "by US Customs at 10:15 and is in line at the World Trade Bridge; it should cross by 1 pm and reach Apodaca around 6 pm.",
        at(2024, 10, 16, 11, 2, CHI), label=GH, cc=[(paty.name, paty.email)],
        scen=cmt("G20", "forwarder's Laredo TX dispatcher (same M365 tenant, English Outlook) answers in English in a Spanish thread"))
t18.add(me, "Thanks Mike!", at(2024, 10, 16, 11, 20), to=[(mike.name, mike.email)], cc=[(paty.name, paty.email)])
t = cycle(t18, "cruce", paty, at(2024, 11, 4, 9, 0), 4, CN_L, CN_P)
t18.add(paty, "Mariana, buen día.\n\nTe comento que a partir de enero tu cuenta la llevará Iván Cárdenas, nuestro nuevo ejecutivo de cuenta (lo "
        "copio). Yo me muevo a la oficina de Laredo TX, pero sigo al pendiente. Iván ya tiene tu tarifa y la programación de diciembre.",
        at(2024, 12, 2, 10, 14, NLD), label=GH, cc=[(ivan.name, ivan.email)],
        scen=cmt("G18", "forwarder introduces the new account executive (Cc) who will take over the account"))
t18.add(me, "Gracias por todo Paty. Bienvenido Iván, mucho gusto.", at(2024, 12, 2, 10, 40), cc=[(ivan.name, ivan.email)])
t18.add(ivan, "Mariana, mucho gusto. Ya tengo la tarifa y las cajas programadas de diciembre; te confirmo la tarifa 2025 a más tardar el 15.",
        at(2024, 12, 3, 9, 22, NLD), label=GH, cc=[(paty.name, paty.email)],
        scen=cmt("G19", "new account executive (introduced the day before) writes himself from the same M365 tenant"))
t18.p = ivan
t18.add(ivan, "Mariana, buen día. Te anexo la tarifa 2025: caja seca USD 1,215 y plataforma USD 1,430, vigencia enero-junio.", at(2024, 12, 13, 12, 5, NLD), label=G,
        atts=[("Tarifa_CruceNorte_1S2025_AutopartesCumbres.pdf", pdf(["Logistica Cruce Norte - Tarifa 1er semestre 2025", "Caja seca 53': USD 1,215", "Plataforma: USD 1,430"],
                                                                     producer="Microsoft® Excel® para Microsoft 365", when="20241213120000"), "application/pdf")])
t18.add(me, "Gracias Iván, aprobada.", at(2024, 12, 13, 12, 30))
CN_L2 = [x.replace("Paty", "Iván") for x in CN_L]
t = cycle(t18, "cruce", ivan, at(2025, 1, 13, 9, 0), 4, CN_L2, CN_P)
t = cycle(t18, "cruce", ivan, at(2025, 2, 24, 9, 0), 4, CN_L2, CN_P)
t = cycle(t18, "cruce", ivan, at(2025, 5, 5, 9, 0), 4, CN_L2, CN_P)
t = cycle(t18, "cruce", ivan, at(2025, 6, 2, 9, 0), 4, CN_L2, CN_P)

# ================================================================ T19 Cruce Norte: damaged coils, photos via WeTransfer (G9)
t19 = Thread("T19", paty, "Caja CN-4471 - rollos golpeados")
t19.add(me, "Paty, buen día.\n\nLa caja CN-4471 llegó con dos rollos golpeados en el canto; parece que se movieron en el trayecto porque los "
        "polines venían sueltos. Te mando fotos de la recepción. ¿Tienen fotos de la carga en Laredo? Necesito documentarlo con Brazos y con la "
        "aseguradora.", at(2024, 10, 21, 9, 12),
        atts=[("recepcion_CN4471_1.jpg", jpeg(3000, "SM-A546E"), "image/jpeg"), ("recepcion_CN4471_2.jpg", jpeg(3100, "SM-A546E"), "image/jpeg")])
wt = "https://we.tl/t-" + alnum(10)
t19.add(paty, "Hola Mariana, qué pena. Sí, el operador tomó fotos en el transfer antes y después de flejar; son muchas y pesan bastante, te las "
        f"comparto por WeTransfer:\n\n{wt}\n\nEl enlace vence en 7 días. Te mando también el reporte de inspección firmado por el operador.",
        at(2024, 10, 21, 11, 35, NLD), label=GH,
        atts=[("Reporte_inspeccion_CN4471.pdf", pdf(["Logistica Cruce Norte - Reporte de inspeccion de carga", "Caja CN-4471  Transfer Laredo 18/10/2024",
                                                     "Observaciones: polines de madera sin asegurar en 2 rollos"], producer="Microsoft: Print To PDF", when="20241021112000",
                                                    zone="-05'00'"), "application/pdf")],
        scen=cmt("G9", "forwarder shares load photos through a WeTransfer link (too big for mail) plus the signed inspection report"))
emit(wetransfer, "notice", at(2024, 10, 21, 11, 33, NLD), [(me.name, me.email)], None, "Patricia Gómez te ha enviado fotos_CN4471_Laredo.zip", [],
     f"Patricia Gómez te ha enviado fotos_CN4471_Laredo.zip\n\n38 archivos, 214 MB en total - Caduca el 28 de octubre de 2024\n\nObtén tus archivos:\n{wt}\n\n"
     "Mensaje: Fotos de la carga en el transfer de Laredo.\n\nPara asegurarte de que recibes nuestros correos, añade noreply@wetransfer.com a tus contactos.\n"
     "Acerca de WeTransfer: https://wetransfer.com/about | Ayuda: https://wetransfer.zendesk.com",
     html=f'<html><body style="font-family:Arial"><p><b>Patricia Gómez</b> te ha enviado <b>fotos_CN4471_Laredo.zip</b></p><p>38 archivos, 214 MB</p>'
          f'<p><a href="{wt}" style="background:#409fff;color:#fff;padding:10px 20px;text-decoration:none">Obtén tus archivos</a></p></body></html>',
     lang="es", extra=[("Feedback-ID", "1.us-east-1.wetransfer:amazonses")])
t19.add(me, "Gracias Paty, ya las descargué.", at(2024, 10, 21, 12, 10))
t19.add(paty, "Mariana, la aseguradora nos pide el BOL firmado y la remisión de entrega; ¿nos los puedes mandar?", at(2024, 10, 23, 10, 5, NLD), label=G)
t19.add(me, "Claro, van adjuntos.", at(2024, 10, 23, 10, 30),
        atts=[("BOL_77412_firmado.pdf", pdf(["Bill of Lading 77412", "Received in apparent good order except: 2 coils damaged edge"], producer="Xerox AltaLink C8130", when="20241021080000"), "application/pdf")])
t19.add(paty, "Gracias, te aviso en cuanto tengamos respuesta del ajustador.", at(2024, 10, 23, 11, 2, NLD), label=G)
t19.add(paty, "Mariana, el ajustador aceptó el reclamo; la nota de crédito por los 2 rollos sale la próxima semana.", at(2024, 11, 8, 13, 40, NLD), label=G)
t19.add(me, "Excelente, gracias Paty.", at(2024, 11, 8, 14, 0))

# ================================================================ T20 Cruce Norte: April shipment - A5 server-hijack with a form-builder link
t20 = Thread("T20", ivan, "Caja CN-5120 - material Tejas PO 4500012701")
t20.add(ivan, "Mariana, buen día. Te confirmo la caja CN-5120 con el material de Tejas (PO 4500012701) para cruzar el jueves 10/04.", at(2025, 4, 7, 9, 40, NLD))
t20.add(me, "Gracias Iván. ¿Ya tienen la documentación para el agente aduanal?", at(2025, 4, 7, 10, 5))
t20.add(ivan, "Sí, Rogelio ya nos mandó factura y packing list; se los reenvié al Lic. Salinas.", at(2025, 4, 8, 9, 18, NLD), label=G)
t20.add(ivan, "Mariana, buen día.\n\nTe informo que la caja CN-5120 quedó retenida en el patio de Laredo por una discrepancia en los datos del "
        "importador en el manifiesto electrónico. Para liberarla hoy mismo necesitamos que actualices los datos del importador y de la persona que "
        "autoriza el cruce en el formulario de nuestra área de cumplimiento:\n\nhttps://form.jotform.com/250987654321098\n\nSi no se actualiza "
        "antes de las 15:00 la caja pierde su turno de cruce y se cobra demora de USD 250 por día.\n\nQuedo atento.", at(2025, 4, 9, 10, 27, NLD),
        label=HJ("server-hijack"), detached=True,
        scen=cmt("A5", "server-hijack: forwarder's real M365 mailbox (same Outlook headers): 'shipment held' lure with a Jotform link, demurrage "
                       "deadline, faithful quote"))
t20.add(ivan, "Mariana, la caja CN-5120 cruzó hoy a las 12:30 sin novedad; llega a Apodaca en la noche.", at(2025, 4, 10, 13, 5, NLD), label=G)
t20.add(me, "Gracias Iván.", at(2025, 4, 10, 13, 20))


# ================================================================ T21 internal: plant manager, line-stop risk (G15 Android at night, A6 display-name spoof)
t21 = Thread("T21", jorge, "Riesgo de paro línea 3 - fleje galvanizado")
t21.add(jorge, "Mariana,\n\nCalidad rechazó dos rollos del último embarque de Flejes (galvanizado cal. 16) por óxido blanco. Con lo que queda en "
        "almacén la línea 3 alcanza hasta el jueves. ¿Qué tan rápido puede Flejes reponer?", at(2025, 3, 10, 8, 5))
t21.add(me, "Jorge, ya hablé con Daniela: pueden embarcar 8 ton el miércoles en la tarde si les liberamos la OC hoy. Les pedí certificado y fotos "
        "del empaque antes de cargar.", at(2025, 3, 10, 9, 12))
t21.add(jorge, "Va. Libérala hoy, y que el transporte llegue directo al andén 3.", at(2025, 3, 10, 10, 30), label=G)
t21.add(me, "Jorge, Flejes confirma carga mañana a las 14:00; llega a planta el jueves a las 7:00. Te aviso cuando salga la unidad.", at(2025, 3, 11, 18, 40))
t21.add(jorge, "Gracias Mariana. Avísale a Sergio del turno de noche que reciba temprano.", at(2025, 3, 11, 23, 48), label=GH, client="olkand",
        sigtext="\n\nObtener Outlook para Android", scen=cmt("G15", "plant manager answers from Outlook for Android at 23:48 (same tenant, mobile quote style)"))
t21.add(me, "Listo, Sergio ya está enterado.", at(2025, 3, 12, 7, 10))
spoof_jorge = Pt("Ing. Jorge Villarreal Ochoa", "jorge.villarreal.ochoa.dir@gmail.com", "gmail_es", "gmail", "", tz=MTY)
t21.add(spoof_jorge, "Mariana, ¿estás en planta? Estoy en junta con el corporativo y no puedo hablar. Necesito que me apoyes con un tema urgente y "
        "confidencial relacionado con este proveedor antes de que termine el día.\n\nMándame tu número de WhatsApp o escríbeme al +52 81 5550 8836, "
        "es mi número personal nuevo. No lo comentes con nadie por ahora.\n\nIng. Jorge Villarreal", at(2025, 3, 12, 11, 25), label=HJ("display-name-spoof"),
        sig=False, detached=True,
        scen=cmt("A6", "display-name spoof: the plant manager's name on a free Gmail address, WhatsApp / new personal number pretext, "
                       "confidential and urgent, Gmail-style quote of the real internal thread"))
t21.add(jorge, "Mariana, ya llegó el fleje y Calidad lo liberó. Gracias por la gestión.", at(2025, 3, 13, 9, 5), label=G)
t21.add(me, "Con gusto Jorge.", at(2025, 3, 13, 9, 20))

# ================================================================ T26 internal: plant manager forwards the customer's forecast (G31)
nf_fw = ("De: Brian Kowalczyk <brian.kowalczyk@northfield-driveline.example>\nEnviado el: viernes, 14 de febrero de 2025 15:02\n"
         "Para: Ing. Jorge Villarreal Ochoa <jorge.villarreal@autopartes-cumbres.example>\nAsunto: Northfield - Q2 forecast and steel risk\n\n"
         "Jorge,\n\nAttached is the Q2 forecast for 52-1187/1188; volumes are up 18% vs. the nomination because of the new pickup derivative. "
         "Please confirm by Feb 28 that your steel supply can support it, and flag any risk on the galvanized strip.\n\nRegards,\nBrian Kowalczyk\n"
         "Senior Buyer, Stampings & Brackets\nNorthfield Driveline Systems, Inc.")
t26 = Thread("T26", jorge, "RV: Northfield - Q2 forecast and steel risk")
t26.add(jorge, "Mariana, te reenvío lo que mandó Brian a la dirección. Revisa si con este forecast nos alcanza el acero de Brazos y el galvanizado "
        "de Flejes para abril y mayo.\n\n" + jorge.sig.strip() + "\n\n" + nf_fw, at(2025, 2, 17, 8, 30), sig=False, label=GH,
        atts=[("NDS_Q2-2025_Forecast_52-1187_1188.xlsx", ooxml("xlsx", sheet_rows=[("Part", "Apr", "May", "Jun"), ("52-1187", "17,400", "18,100", "18,100"),
                                                                                 ("52-1188", "13,200", "13,900", "13,900")], sheet="Q2 2025"), XLSX)],
        scen=cmt("G31", "plant manager forwards ('RV:') the customer's forecast mail with its xlsx"))
t26.add(me, "Jorge, con el forecast necesitamos 12 ton adicionales de CR en abril y 4 ton más de galvanizado por mes. Ya se lo pedí a Kyle y a "
        "Daniela; los dos confirman sin problema.", at(2025, 2, 18, 10, 15), subj="RE: Northfield - Q2 forecast and steel risk")
t26.add(jorge, "Perfecto, le contesto a Brian.", at(2025, 2, 18, 10, 40), label=G, subj="RE: Northfield - Q2 forecast and steel risk")

# ================================================================ T22 internal: accounts payable (G22 forward, G23, A15 display-name spoof)
t22 = Thread("T22", hector, "Facturas de proveedores - cierre de mes")
t22.add(hector, "Mariana, buenas tardes.\n\nPara el cierre de agosto me faltan los XML de tres facturas de Polímeros Técnicos (A-2231, A-2240 y "
        "A-2258); solo llegaron los PDF al buzón de facturas. ¿Se los puedes pedir a Alejandra?", at(2024, 8, 30, 15, 10))
t22.add(me, "Claro Héctor, se los pido hoy.", at(2024, 8, 30, 15, 30))
t22.add(hector, "Ya llegaron, gracias.", at(2024, 9, 2, 10, 5), label=G)
t22.add(hector, "Mariana, la factura A-4890 de Flejes trae uso de CFDI S01 (sin efectos fiscales) y no la podemos deducir. ¿Le pides a Daniela "
        "que la cancele y la sustituya con G01? Tiene que quedar antes del cierre anual porque después el SAT ya no permite cancelarla sin "
        "aceptación.", at(2024, 11, 28, 12, 40), label=GH,
        scen=cmt("G23", "accounts payable asks the buyer to get a CFDI cancelled and re-issued (SAT rules, invoice and payment topic, internal)"))
t22.add(me, "Ya se la pedí; Daniela la sustituye hoy mismo.", at(2024, 11, 28, 13, 10))
t22.add(hector, "Llegó la A-5061 sustituyendo a la A-4890, ya quedó. Gracias.", at(2024, 11, 29, 9, 40), label=G)
t22.add(hector, "Mariana, ¿me ayudas a confirmar si ya llegó el complemento de pago de Polímeros del pago de febrero? No lo veo en el buzón.",
        at(2025, 3, 27, 11, 20), label=G)
t22.add(me, "Sí, llegó el 10 de marzo; te lo reenvío.", at(2025, 3, 27, 11, 45))
onenote = onenote_bytes("Doble clic para ver el recibo de nómina timbrado")
spoof_hector = Pt("Héctor Garza Salinas", "cxp.autopartescumbres@outlook.com", "olkweb", "outlookcom", "", tz=MTY)
t22.add(spoof_hector, "Mariana, buen día.\n\nTe comparto el recibo de nómina timbrado con el ajuste de aguinaldo y PTU que Recursos Humanos nos "
        "pidió revisar antes del cierre; el tuyo trae una diferencia en el ISR retenido. Ábrelo en tu computadora (en el celular no se ve) y "
        "confírmame hoy para que no se refleje en la siguiente quincena.\n\nSaludos\nHéctor Garza Salinas\nCuentas por Pagar | Contabilidad",
        at(2025, 3, 31, 8, 52), label=HJ("display-name-spoof"), sig=False, detached=True,
        atts=[("Recibo_Nomina_CFDI_Ajuste_Mar2025.one", onenote, "application/onenote")],
        scen=cmt("A15", "display-name spoof: accounts-payable colleague's name on an outlook.com address, payroll-slip (CFDI de nómina) lure "
                        "with a OneNote attachment, quotes the real internal thread"))
t22.add(hector, "Mariana, ¿me mandas la relación de facturas de Brazos que entran en el pago del viernes? Tesorería quiere cerrar la "
        "transferencia en dólares hoy.", at(2025, 4, 2, 10, 0), label=G)
t22.add(me, "Te la mando en 10 minutos.", at(2025, 4, 2, 10, 12))
rosa_fw = ("De: Rosa Elena Cantú <rosa.cantu@autopartes-cumbres.example>\nEnviado el: martes, 3 de diciembre de 2024 17:25\n"
           "Para: Héctor Garza Salinas <hector.garza@autopartes-cumbres.example>\nAsunto: Opinión de cumplimiento diciembre 2024\n\n"
           "Héctor, te adjunto la opinión de cumplimiento 32-D en sentido positivo, la descargué hoy del portal del SAT. Compártela con quien la "
           "necesite para altas de clientes.\n\nC.P. Rosa Elena Cantú\nContralora | Autopartes Cumbres")
emit(hector, "olk_es", at(2024, 12, 4, 9, 15), [(me.name, me.email)], None, "RV: Opinión de cumplimiento diciembre 2024", [],
     "Mariana, te reenvío la opinión de cumplimiento positiva de diciembre; Northfield la pide en su portal para la actualización del alta de "
     "proveedores.\n\n" + hector.sig.strip() + "\n\n" + rosa_fw, label=GH,
     atts=[("32D_ACU980512KT7_20241203.pdf", pdf(["SERVICIO DE ADMINISTRACION TRIBUTARIA", "Opinion del cumplimiento de obligaciones fiscales",
                                                   f"RFC: {RFC_ME[0]}   Sentido: POSITIVO", "Folio: 24NA" + str(R.randint(10**7, 10**8))],
                                                  producer="SAT - Opinion de Cumplimiento (iText 2.1.7)", when="20241203172000"), "application/pdf")],
     scen=cmt("G22", "accounts payable forwards ('RV:') the controller's mail with the SAT compliance opinion (32-D) PDF"))

# ================================================================ T30 internal: IT analyst writes directly from Outlook (fingerprint for A8)
t30 = Thread("T30", luis, "Laptop nueva - entrega")
t30.add(luis, "Mariana, buen día.\n\nTu laptop nueva ya está lista (Latitude 5450). ¿Cuándo puedes pasar a TI? Tráete la anterior para migrar "
        "tus archivos.", at(2025, 1, 15, 9, 30))
t30.add(me, "Luis, mañana a las 9 paso.", at(2025, 1, 15, 10, 2))
t30.add(luis, "Va, te espero.", at(2025, 1, 15, 10, 20), label=G)
t30.add(luis, "Mariana, ya quedó la migración. Si te falta algún acceso directo o impresora me avisas.", at(2025, 1, 16, 12, 40), label=G)
t30.add(me, "Todo bien, gracias Luis.", at(2025, 1, 16, 13, 5))

# ================================================================ T23 ticket system: new phone, MFA re-registration (G24, G25)
sdp_mid_first = emit(me, "olk_es", at(2024, 11, 18, 8, 40), [("Mesa de Ayuda TI", sdp.email)], None, "Cambio de celular - Authenticator", [],
                     "Buen día,\n\nCambié de celular el fin de semana y ya no tengo Microsoft Authenticator en el nuevo; el anterior lo entregué en la "
                     "tienda. ¿Me ayudan a registrarlo de nuevo? Puedo pasar a TI a la hora que me digan." + me.sig, topic="Cambio de celular - Authenticator")
sdp_note(at(2024, 11, 18, 8, 41), 48213, "Cambio de celular - Authenticator",
         "Estimado(a) Mariana Treviño Garza,\n\nSu solicitud ha sido registrada con el número 48213 y asignada al grupo Soporte a Usuarios.\n\n"
         "Asunto: Cambio de celular - Authenticator\nPrioridad: Media\nTiempo de respuesta: 4 horas hábiles", label=GH,
         scen=cmt("G24", "ticket system acknowledgement '[ID de solicitud :##48213##]' with no reply headers"))
t23 = Thread("T23", sdp, "[ID de solicitud :##48213##] : Cambio de celular - Authenticator")
t23.add(sdp, "Hola Mariana,\n\nYa eliminé el método de autenticación del celular anterior. Para registrar el nuevo:\n\n1. En tu computadora "
        "entra a https://aka.ms/mfasetup con tu cuenta.\n2. Elige 'Agregar método' > Aplicación de autenticación y escanea el código QR con "
        "Microsoft Authenticator en el celular nuevo.\n3. Al terminar, la app te mostrará un número; escríbelo en la pantalla de la computadora.\n\n"
        "Importante: si te llega una solicitud de aprobación que TÚ no iniciaste, recházala y avísanos. Nunca te vamos a pedir que apruebes una "
        "notificación por teléfono ni por correo.\n\nLuis Ortega\nMesa de Ayuda TI\n\nVer solicitud: " + SDP_URL + "48213\n\nMesa de Ayuda TI | "
        "Autopartes Cumbres | Ext. 150\nPor favor no modifique el asunto al responder (##48213##).", at(2024, 11, 18, 10, 5), sig=False, label=GH,
        frm=addr("Luis Ortega (Mesa de Ayuda TI)", sdp.email), extra=[("X-Auto-Response-Suppress", "OOF")],
        scen=cmt("G25", "IT analyst's genuine MFA re-registration instructions through the ticket system (aka.ms link, 'never approve prompts')"))
t23.add(me, "Listo Luis, ya quedó registrado. Gracias.", at(2024, 11, 18, 11, 20), to=[("Mesa de Ayuda TI", sdp.email)])
sdp_note(at(2024, 11, 18, 11, 26), 48213, "Cambio de celular - Authenticator",
         "Estimado(a) Mariana Treviño Garza,\n\nSu solicitud 48213 ha sido marcada como RESUELTA por Luis Ortega.\n\nResolución: se eliminó el método "
         "anterior y la usuaria registró Microsoft Authenticator en el equipo nuevo.\n\nSi el problema persiste, responda a este correo en los próximos 5 días.")

# ================================================================ T24 ticket system: Outlook password prompts - A8 account-takeover (MFA fatigue + .ics)
emit(me, "olk_es", at(2025, 3, 17, 9, 5), [("Mesa de Ayuda TI", sdp.email)], None, "Outlook pide contraseña", [],
     "Buen día,\n\nDesde el viernes Outlook me pide la contraseña varias veces al día y a veces no sincroniza el calendario." + me.sig, topic="Outlook pide contraseña")
sdp_note(at(2025, 3, 17, 9, 6), 51877, "Outlook pide contraseña",
         "Estimado(a) Mariana Treviño Garza,\n\nSu solicitud ha sido registrada con el número 51877 y asignada al grupo Soporte a Usuarios.\n\n"
         "Asunto: Outlook pide contraseña\nPrioridad: Media")
t24 = Thread("T24", sdp, "[ID de solicitud :##51877##] : Outlook pide contraseña")
t24.add(sdp, "Hola Mariana,\n\nProbablemente es el perfil de Outlook después de la actualización del viernes. ¿Me dices a qué hora me puedo "
        "conectar a tu equipo con la asistencia remota? Son unos 15 minutos.\n\nLuis Ortega\nMesa de Ayuda TI\n\nVer solicitud: " + SDP_URL + "51877\n\n"
        "Mesa de Ayuda TI | Autopartes Cumbres | Ext. 150\nPor favor no modifique el asunto al responder (##51877##).", at(2025, 3, 17, 12, 30), sig=False,
        frm=addr("Luis Ortega (Mesa de Ayuda TI)", sdp.email), extra=[("X-Auto-Response-Suppress", "OOF")])
t24.add(me, "Luis, a las 4 pm estoy libre.", at(2025, 3, 17, 12, 45), to=[("Mesa de Ayuda TI", sdp.email)])
ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
       "ORGANIZER;CN=\"Luis Ortega\":mailto:luis.ortega@autopartes-cumbres.example\r\n"
       "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=\"Mariana Treviño Garza\":mailto:mariana.trevino@autopartes-cumbres.example\r\n"
       "DTSTART:20250318T143000Z\r\nDTEND:20250318T144000Z\r\nSUMMARY:Re-registro de autenticación - cuenta Microsoft 365\r\n"
       "DESCRIPTION:Inicie sesión en https://cumbres-mfa-sync.example/auth?u=mariana.trevino y apruebe las solicitudes de Authenticator.\r\n"
       "LOCATION:https://cumbres-mfa-sync.example/auth?u=mariana.trevino\r\nURL:https://cumbres-mfa-sync.example/auth?u=mariana.trevino\r\n"
       "UID:" + ruuid() + "\r\nDTSTAMP:20250318T081400Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode("utf-8")
q_a8 = dict(t24.last)
emit(luis, "smtp_olk", at(2025, 3, 18, 2, 14), [(me.name, me.email)], None, "RE: [ID de solicitud :##51877##] : Outlook pide contraseña", list(t24.refs),
     "Hola Mariana,\n\nPara terminar de corregir tu perfil vamos a re-registrar tu cuenta en el nuevo servidor de autenticación. Te mando una "
     "invitación de 10 minutos para hoy a las 8:30 (archivo adjunto); desde el enlace de la invitación inicia sesión con tu usuario y contraseña.\n\n"
     "Durante el proceso te van a llegar varias solicitudes de aprobación en Microsoft Authenticator: apruébalas todas, es normal mientras se "
     "sincroniza el perfil. Si te pide un número, es el 47." + luis.sig + quote_of("smtp_olk", q_a8, MTY), label=HJ("account-takeover"),
     orig_ip="45.144.31.208", atts=[("invite.ics", ics, "text/calendar; method=REQUEST")], topic="Outlook pide contraseña",
     scen=cmt("A8", "account-takeover: IT analyst's real mailbox via SMTP AUTH from a foreign IP at 02:14 (Outlook-classic Message-ID, not his "
                    "usual client): MFA-fatigue 'approve all prompts' + .ics invite with a link, in the real ticket thread"))
sdp_note(at(2025, 3, 18, 16, 20), 51877, "Outlook pide contraseña",
         "Hola Mariana,\n\nAyer en la sesión remota recreé tu perfil de Outlook. Si vuelve a pedir la contraseña me avisas; si no hay novedad cierro "
         "la solicitud en 2 días.\n\nLuis Ortega\nMesa de Ayuda TI", frm_name="Luis Ortega (Mesa de Ayuda TI)")

# ================================================================ T25 purchasing committee mailing list (G27)
sergio = Pt("Ing. Sergio Leal", "sleal@metalformados-apodaca.example", "olk_es", "list", "\n\nIng. Sergio Leal Garza\nGerente de Compras | Metalformados Apodaca")
claudia = Pt("Claudia Ibarra", "claudia.ibarra@plasticosinyectados.example", "gmail_es", "list", "\n\n--\nClaudia Ibarra\nCompras | Plásticos Inyectados del Norte")
EXO["metalformados-apodaca.example"] = ("CH3PR11MB", "namprd11")
lm1 = list_msg(sergio, at(2024, 11, 6, 9, 20), "Proveedores de e-coat en Nuevo León", [],
               "Buen día colegas,\n\n¿Alguien tiene proveedor de recubrimiento e-coat (cataforesis) en la zona metropolitana con capacidad para piezas "
               "de hasta 1.2 m? El nuestro cerró la línea y tenemos PPAP en enero." + sergio.sig)
lm2 = list_msg(claudia, at(2024, 11, 6, 11, 4), "Re: [Compras-Cluster] Proveedores de e-coat en Nuevo León", [lm1],
               "Sergio, nosotros trabajamos con Recubrimientos Industriales de Escobedo; tienen línea nueva desde mayo y tina de 1.5 m. El contacto "
               "es el Ing. Rangel." + claudia.sig + "\n\nEl mié, 6 nov 2024 a la(s) 09:20, Ing. Sergio Leal (<sleal@metalformados-apodaca.example>) escribió:\n"
               "> Buen día colegas,\n> ¿Alguien tiene proveedor de recubrimiento e-coat (cataforesis) en la zona metropolitana?", label=G,
               scen=("P-T25-1", "plain list reply from Claudia Ibarra in T25 (Mailman footer)"))
lm3 = emit(me, "olk_es", at(2024, 11, 7, 8, 45), [("Compras-Cluster", lista.email)], None, "RE: [Compras-Cluster] Proveedores de e-coat en Nuevo León", [lm1, lm2],
           "Hola Sergio, nosotros usamos a Acabados Electroforéticos del Norte en Santa Catarina para soportes de hasta 1 m; buen servicio y PPAP "
           "nivel 3 sin problema." + me.sig, topic="Proveedores de e-coat en Nuevo León")
list_msg(sergio, at(2024, 11, 7, 10, 12), "RE: [Compras-Cluster] Proveedores de e-coat en Nuevo León", [lm1, lm2, lm3],
         "Gracias Claudia y Mariana, los contacto a los dos esta semana." + sergio.sig, label=GH,
         scen=cmt("G27", "purchasing-committee mailing-list reply (Mailman 3 headers, subject tag and footer)"))
lm5 = list_msg(claudia, at(2025, 2, 12, 13, 30), "Junta del comité de compras - 27 de febrero", [],
               "Hola a todos,\n\nLes recuerdo la junta del comité el jueves 27 de febrero a las 8:30 en las oficinas del Clúster. Tema: aranceles "
               "de acero y la nueva regla de origen.\n\nRegistro: https://forms.office.com/r/" + alnum(10) + claudia.sig)
list_msg(sergio, at(2025, 2, 12, 16, 5), "RE: [Compras-Cluster] Junta del comité de compras - 27 de febrero", [lm5],
         "Confirmo asistencia, llevo a una persona de comercio exterior." + sergio.sig, label=G, scen=("P-T25-2", "plain list reply from Sergio Leal in T25b"))

# ================================================================ T27 customer quality: orphan reply in a thread the buyer joined later (O1)
jorge_8d = f"<{exo_host(OWN, jorge.email)}{HX(24)}@{exo_host(OWN, jorge.email)}.NAMPRD12.PROD.OUTLOOK.COM>"
t27 = Thread("T27", priya, "8D - burrs on bracket 52-0944 lot 2410-07")
t27.refs = [f"<{exo_host('northfield-driveline.example', priya.email)}{HX(24)}@{exo_host('northfield-driveline.example', priya.email)}.NAMPRD12.PROD.OUTLOOK.COM>", jorge_8d]
t27.t0 = at(2024, 11, 14, 10, 0, DET); t27.blocks = [t27.block(at(2024, 11, 18, 17, 30))]
t27.last = dict(t=at(2024, 11, 18, 17, 30), name=jorge.name, email=jorge.email, subj="RE: 8D - burrs on bracket 52-0944 lot 2410-07",
                to=[(priya.name, priya.email)], cc=[],
                plain="Priya,\n\nAttached is the 8D draft (D1-D4) for the burrs on 52-0944, lot 2410-07. Root cause points to die wear on station 3.\n\n"
                      "Ing. Jorge Villarreal Ochoa\nGerente de Planta | Autopartes Cumbres, S.A. de C.V.")
t27.add(priya, "Jorge, Mariana (adding you for the supplier side) - thanks for the 8D draft. D4 looks good. For D5 please include the die "
        "maintenance frequency change and evidence from your steel supplier that the slit-edge condition of the strip is not a contributor. "
        "Please send the updated 8D by Nov 27.", at(2024, 11, 20, 14, 10, DET), label=GO, to=[(jorge.name, jorge.email)],
        cc=[(me.name, me.email), (brian.name, brian.email)],
        scen=cmt("O1", "customer quality engineer adds the buyer (Cc) to a thread with the plant manager: parent not in the mailbox"))
t27.add(me, "Hi Priya, I've asked Flejes de Saltillo for the slitting records and edge inspection of that coil; I'll send them to Jorge for the 8D.",
        at(2024, 11, 21, 9, 30), to=[(priya.name, priya.email)], cc=[(jorge.name, jorge.email), (brian.name, brian.email)])
t27.add(priya, "Thanks Mariana!", at(2024, 11, 21, 10, 2, DET), label=G, cc=[(jorge.name, jorge.email), (brian.name, brian.email)])

# ================================================================ A3 fake thread: 'SAT' notice (stranger, reply subject, fabricated quote, link)
sat = Pt("SAT Buzón Tributario", "notificaciones@buzontributario-sat.example", "notice", "fake-sat", tz=MTY)
sat_link = "https://sat-requerimientos-cfdi.example/descarga?rfc=ACU980512KT7&folio=RIF-2025-0318774"
sat_plain = ("Estimado contribuyente AUTOPARTES CUMBRES SA DE CV (RFC ACU980512KT7):\n\nNo se ha registrado la apertura del requerimiento de "
             "información enviado a su Buzón Tributario el 18/03/2025 (folio RIF-2025-0318774). De no atenderse en un plazo de 3 días hábiles, se "
             "procederá conforme al artículo 17-H Bis del Código Fiscal de la Federación con la restricción temporal de su Certificado de Sello "
             "Digital (CSD), lo que le impedirá emitir CFDI.\n\nDescargue el requerimiento y el acuse de recibo:\n" + sat_link + "\n\n"
             "Servicio de Administración Tributaria\nEste correo es informativo, favor de no responder.\n\n"
             "-----Mensaje original-----\nDe: SAT Buzón Tributario\nEnviado: martes, 18 de marzo de 2025 10:02\nAsunto: Notificación electrónica pendiente\n\n"
             "Se le informa que tiene una notificación pendiente de apertura en su Buzón Tributario. Cuenta con 3 días para abrirla.")
sat_html = ('<html><body style="font-family:Montserrat,Arial;font-size:14px"><div style="background:#611232;color:#fff;padding:14px"><b>SAT</b> | '
            'Servicio de Administración Tributaria</div><div style="padding:18px">' + "<br>".join(H.escape(l) for l in sat_plain.split("\n")[:8]) +
            f'<p><a href="{sat_link}" style="background:#9d2449;color:#fff;padding:10px 18px;text-decoration:none">Descargar requerimiento</a></p>'
            '<hr><p style="color:#666;font-size:12px">' + "<br>".join(H.escape(l) for l in sat_plain.split("\n")[12:]) + "</p></div></body></html>")
emit(sat, "notice", at(2025, 3, 24, 7, 41), [(me.name, me.email)], None, "RE: Notificación electrónica pendiente - Requerimiento RIF-2025-0318774", [],
     sat_plain, html=sat_html, orig_ip="91.215.153.40", label=HJ("fake-thread"),
     extra=[("X-Mailer", "PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)")],
     scen=cmt("A3", "fake thread: stranger posing as the SAT tax mailbox, 'RE:' subject without reply headers, fabricated quote of a prior notice, "
                    "CSD-restriction threat, link to an unknown download domain"))

# ================================================================ A4 fake thread: fabricated pedimento follow-up (password zip with a shortcut)
ped_att = zipfile_bytes([("Rectificacion_Pedimento_5002388.pdf.lnk", lnk_bytes("Rectificacion pedimento 5002388"))], when=(2025, 5, 6, 12, 10, 0), encrypt=True)
alanis = Pt("Lic. Rodrigo Alanís | Tráfico", "ralanis@gestion-aduanal-nld.example", "tb_look", "fake-ped", "", tz=NLD)
invented = f"<{R.randint(100000000, 1999999999)}.{R.randint(1000000, 9999999)}.{int(at(2025, 5, 5, 9, 20).timestamp() * 1000)}.JavaMail.zimbra@aduanalriobravo.example>"
emit(alanis, "tb_look", at(2025, 5, 6, 13, 2, NLD), [(me.name, me.email)], None, "RE: Pedimento 25 24 3955 5002388 - pendiente de pago / mercancía retenida",
     [invented], "Buenas tardes Sra. Treviño,\n\nComo le comentó el Lic. Salinas, me asignaron el seguimiento de su embarque porque él está de "
     "vacaciones esta semana. El pedimento sigue pendiente de pago por una diferencia en el valor en aduana detectada en el reconocimiento, y la caja ya "
     "genera almacenaje desde ayer.\n\nLe envío la rectificación y el cálculo de la diferencia en un archivo protegido por confidencialidad.\n"
     "Contraseña: RB2025\n\nFavor de revisarlo hoy y confirmarme para liberar la caja.\n\nAtte.\nLic. Rodrigo Alanís\nTráfico - Nuevo Laredo\n\n"
     "El 05/05/2025 09:14, Mariana Treviño Garza escribió:\n> Lic. Ernesto, ¿cómo vamos con la caja de Tejas? Producción la necesita para el "
     "miércoles.\n> \n> Saludos,\n> Mariana Treviño Garza\n> Supervisora de Compras | Autopartes Cumbres, S.A. de C.V.", orig_ip="45.89.127.208",
     label=HJ("fake-thread"), atts=[("Rectificacion_Pedimento_5002388.zip", ped_att, "application/zip")], lang="es",
     scen=cmt("A4", "fake thread: stranger 'from the broker's traffic desk' (unrelated domain), In-Reply-To an id not in the mailbox, fabricated "
                    "quote of the buyer; encrypted zip (password in text) holding a .pdf.lnk"))


# ================================================================ ERP purchase orders and supplier confirmations (no reply headers)
FL_N, PT_N, BZ_N, TJ_N = "FLEJES Y ACEROS DE SALTILLO", "POLIMEROS TECNICOS DE COAHUILA", "BRAZOS FLAT ROLLED LLC", "TEJAS POLYMER SUPPLY INC"
pos = [(at(2024, 7, 2, 8, 10), "4500011395", FL_N, FLEJES[0], [("Fleje CR cal. 14 x 125 mm", 18, 21350.0, "ton"), ("Fleje galv. cal. 16 x 98 mm", 12, 23980.0, "ton")], "MXN"),
       (at(2024, 7, 3, 9, 5), "4500011408", PT_N, PTC[0], [("PP copolímero negro 20% talco", 6000, 41.8, "kg"), ("PA6 GF30 negro", 3000, 78.4, "kg")], "MXN"),
       (at(2024, 8, 1, 8, 20), "4500011502", FL_N, FLEJES[0], [("Fleje CR cal. 14 x 125 mm", 18, 21350.0, "ton"), ("Fleje galv. cal. 16 x 98 mm", 12, 23980.0, "ton")], "MXN"),
       (at(2024, 8, 5, 9, 0), "4500011519", PT_N, PTC[0], [("PP copolímero negro 20% talco", 4500, 41.8, "kg")], "MXN"),
       (at(2024, 8, 12, 10, 30), "4500011566", BZ_N, "XEXX010101000", [("CR coil SAE 1008 0.075 x 48", 40, 1045.0, "ton")], "USD"),
       (at(2024, 9, 2, 8, 15), "4500011688", FL_N, FLEJES[0], [("Fleje CR cal. 14 x 125 mm", 20, 21350.0, "ton")], "MXN"),
       (at(2024, 9, 2, 8, 40), "4500011702", TJ_N, "XEXX010101000", [("POM copolymer natural", 22000, 1.62, "lb")], "USD"),
       (at(2024, 9, 9, 9, 35), "4500011739", BZ_N, "XEXX010101000", [("CR coil SAE 1008 0.075 x 48", 42, 1045.0, "ton")], "USD"),
       (at(2024, 9, 10, 9, 0), "4500011744", PT_N, PTC[0], [("PA6 GF30 negro", 3000, 78.4, "kg"), ("TPE 70 Shore A negro", 800, 92.6, "kg")], "MXN"),
       (at(2024, 10, 1, 8, 10), "4500011853", FL_N, FLEJES[0], [("Fleje CR cal. 14 x 125 mm", 18, 21350.0, "ton"), ("Fleje galv. cal. 16 x 98 mm", 12, 23980.0, "ton")], "MXN"),
       (at(2024, 10, 14, 8, 50), "4500011921", BZ_N, "XEXX010101000", [("CR coil SAE 1008 0.075 x 48", 40, 1045.0, "ton")], "USD"),
       (at(2024, 10, 15, 9, 20), "4500011930", PT_N, PTC[0], [("PP copolímero negro 20% talco", 6000, 41.8, "kg")], "MXN"),
       (at(2024, 11, 4, 8, 5), "4500012011", FL_N, FLEJES[0], [("Fleje CR cal. 14 x 125 mm", 18, 21350.0, "ton")], "MXN"),
       (at(2024, 11, 18, 9, 10), "4500012064", BZ_N, "XEXX010101000", [("HRPO coil SAE 1010 0.120 x 36", 38, 921.0, "ton")], "USD"),
       (at(2024, 11, 26, 9, 45), "4500012090", PT_N, PTC[0], [("PA6 GF30 negro", 3500, 78.4, "kg")], "MXN"),
       (at(2024, 12, 2, 8, 30), "4500012098", TJ_N, "XEXX010101000", [("PA66 GF33 natural HS", 22000, 1.94, "lb")], "USD"),
       (at(2024, 12, 9, 9, 40), "4500012204", BZ_N, "XEXX010101000", [("CR coil SAE 1008 0.075 x 48", 38, 1045.0, "ton")], "USD"),
       (at(2025, 1, 8, 13, 40), "4500012241", FL_N, FLEJES[0], [("Fleje CR cal. 14 x 125 mm", 20, 21350.0, "ton"), ("Fleje galv. cal. 16 x 98 mm", 14, 24420.0, "ton")], "MXN"),
       (at(2025, 1, 14, 9, 0), "4500012262", TJ_N, "XEXX010101000", [("PA66 GF33 natural HS", 22000, 1.94, "lb"), ("POM copolymer natural", 11000, 1.62, "lb")], "USD"),
       (at(2025, 2, 3, 9, 10), "4500012377", BZ_N, "XEXX010101000", [("CR coil SAE 1008 0.075 x 48", 40, 1063.0, "ton")], "USD"),
       (at(2025, 2, 11, 8, 50), "4500012402", PT_N, PTC[0], [("PA6 GF30 negro", 3000, 81.14, "kg")], "MXN"),
       (at(2025, 2, 17, 9, 0), "4500012431", FL_N, FLEJES[0], [("Fleje galv. cal. 16 x 98 mm", 16, 24420.0, "ton")], "MXN"),
       (at(2025, 3, 10, 11, 5), "4500012518", FL_N, FLEJES[0], [("Fleje galv. cal. 16 x 98 mm", 8, 24420.0, "ton")], "MXN"),
       (at(2025, 3, 17, 8, 55), "4500012540", BZ_N, "XEXX010101000", [("CR coil SAE 1008 0.075 x 48", 52, 1081.0, "ton")], "USD"),
       (at(2025, 3, 24, 8, 40), "4500012577", FL_N, FLEJES[0], [("Fleje CR cal. 14 x 125 mm", 20, 21350.0, "ton"), ("Fleje galv. cal. 16 x 98 mm", 20, 24420.0, "ton")], "MXN"),
       (at(2025, 4, 1, 9, 15), "4500012701", TJ_N, "XEXX010101000", [("PA66 GF33 natural HS", 44000, 1.94, "lb")], "USD"),
       (at(2025, 4, 8, 9, 20), "4500012719", PT_N, PTC[0], [("PP copolímero negro 20% talco", 7500, 41.8, "kg"), ("PA6 GF30 negro", 3000, 81.14, "kg")], "MXN"),
       (at(2025, 4, 21, 9, 10), "4500012790", BZ_N, "XEXX010101000", [("CR coil SAE 1008 0.075 x 48", 44, 1081.0, "ton")], "USD"),
       (at(2025, 5, 5, 8, 30), "4500012842", FL_N, FLEJES[0], [("Fleje galv. cal. 16 x 98 mm", 20, 24420.0, "ton")], "MXN"),
       (at(2025, 5, 12, 8, 45), "4500012866", FL_N, FLEJES[0], [("Fleje CR cal. 14 x 125 mm", 22, 21350.0, "ton")], "MXN"),
       (at(2025, 5, 26, 8, 50), "4500012921", BZ_N, "XEXX010101000", [("CR coil SAE 1008 0.075 x 48", 44, 1081.0, "ton")], "USD"),
       (at(2025, 5, 27, 9, 40), "4500012930", PT_N, PTC[0], [("PA6 GF30 negro", 3500, 81.14, "kg")], "MXN"),
       (at(2025, 6, 9, 9, 0), "4500012968", TJ_N, "XEXX010101000", [("PA66 GF33 natural HS", 44000, 1.94, "lb")], "USD")]
conf_labels = {"4500012241": ("G7", "ERP mails 'RE: Orden de compra ... confirmación del proveedor' with no In-Reply-To/References (portal confirmation)"),
               "4500012719": ("G8", "second ERP supplier-confirmation notice with a reply-style subject and no reply headers")}
for t, po, sup, rfcs, lines, mon in pos:
    erp_po(t, po, sup, rfcs, lines, mon)
    if sup in (FL_N, PT_N):
        tc = next_work(t, erp, 1, 2)
        sc = conf_labels.get(po)
        erp_conf(tc, po, sup, f"{(tc + TD(days=R.randint(6, 11))):%d/%m/%Y}",
                 R.choice(["Embarque en una sola entrega", "Se entrega en dos embarques", "Material en inventario", "Sin comentarios"]),
                 label=GH if sc else None, scen=sc)

# ================================================================ Brazos shipping documents (ASN / invoice from their order system)
for t, bol, so, tons in [(at(2024, 8, 20, 15, 0, CHI), "77104", "311455", 40), (at(2024, 9, 17, 14, 30, CHI), "77219", "311872", 42),
                         (at(2024, 10, 22, 15, 10, CHI), "77388", "312240", 40), (at(2024, 11, 26, 14, 5, CHI), "77571", "312677", 38),
                         (at(2024, 12, 17, 15, 40, CHI), "77702", "312905", 38), (at(2025, 2, 18, 14, 20, CHI), "78030", "313388", 40),
                         (at(2025, 3, 25, 15, 0, CHI), "78261", "313820", 52), (at(2025, 4, 29, 14, 45, CHI), "78502", "314290", 44)]:
    brazos_doc(t, f"Advance Ship Notice - SO {so} - BOL {bol}", f"Advance Ship Notice\n\nSales order: {so}\nBill of lading: {bol}\nShip to: Laredo, TX "
               f"(FCA) for Autopartes Cumbres, S.A. de C.V.\nNet weight: {tons} tons\nCarrier: Lone Star Transport\n\nCommercial invoice and packing list attached.",
               (f"BFR_CI_PL_{so}.pdf", pdf([f"Brazos Flat Rolled LLC - Commercial Invoice / Packing List SO {so}", f"BOL {bol}", f"{tons} tons CR coil",
                                            "Remit to: JPMorgan Chase Bank N.A., ABA 111000614, Acct 7392018845"], producer="Epicor Kinetic 2023.2 / SSRS",
                                           when=f"{t.astimezone(CHI):%Y%m%d%H%M%S}", zone="-05'00'"), "application/pdf"))

# ================================================================ Cruce Norte tracking notices
for i, d in enumerate([(2024, 7, 11), (2024, 7, 25), (2024, 8, 8), (2024, 8, 22), (2024, 9, 5), (2024, 9, 19), (2024, 10, 3), (2024, 10, 17),
                       (2024, 10, 31), (2024, 11, 14), (2024, 11, 28), (2024, 12, 12), (2025, 1, 9), (2025, 1, 23), (2025, 2, 6), (2025, 2, 20),
                       (2025, 3, 6), (2025, 3, 20), (2025, 4, 3), (2025, 4, 10), (2025, 4, 24), (2025, 5, 8), (2025, 5, 22), (2025, 6, 5)]):
    g = f"CN-{4380 + i * 31}" if d[0] == 2024 else f"CN-{4980 + i * 11}"
    if d == (2025, 4, 10): g = "CN-5120"
    t = at(*d, 12, R.randint(5, 55), NLD)
    track(t, g, "Cruce completado", f"La caja {g} cruzó por el Puente Internacional Comercio Mundial a las {t:%H:%M}.\nDestino: Autopartes Cumbres, Apodaca, N.L.\n"
                                    "ETA: hoy 19:00 - 21:00")
    track(t + TD(hours=R.randint(6, 8)), g, "Entregado", f"La caja {g} fue entregada en Autopartes Cumbres (andén 3).\nRecibió: Almacén MP")

# ================================================================ newsletters and platform notices
for i, d in enumerate([(2024, 6, 14), (2024, 7, 12), (2024, 8, 9), (2024, 9, 13), (2024, 10, 11), (2024, 11, 8), (2024, 12, 13), (2025, 1, 17),
                       (2025, 2, 14), (2025, 3, 14), (2025, 4, 11), (2025, 5, 9), (2025, 6, 13)]):
    mes = MES[d[1] - 1]
    newsletter(cluster, at(*d, 10, R.randint(0, 59)), f"Boletín Clúster Automotriz NL | {mes.capitalize()} {d[0]}",
               f"Boletín mensual del Clúster Automotriz de Nuevo León - {mes} de {d[0]}.\nNoticias de la industria, eventos y programas de desarrollo de proveedores.",
               [("Agenda de eventos del mes", f"https://www.clusterautomotriz-nl.example/eventos/{d[0]}-{d[1]:02d}"),
                ("Programa de desarrollo de proveedores locales", "https://www.clusterautomotriz-nl.example/desarrollo-proveedores"),
                ("Indicadores de producción automotriz", f"https://www.clusterautomotriz-nl.example/indicadores/{d[0]}{d[1]:02d}")],
               f"https://www.clusterautomotriz-nl.example/baja?e={alnum(20)}")
d0 = datetime.date(2024, 6, 4)
while d0 < datetime.date(2025, 6, 20):
    newsletter(steelnl, at(d0.year, d0.month, d0.day, 6, R.randint(0, 59), CHI), f"SteelPulse Weekly: {R.choice(['HRC', 'CRC', 'Galvanized', 'Scrap'])} prices "
               f"{R.choice(['edge higher', 'flat', 'slip', 'hold steady', 'jump'])} - week of {d0:%b %d}",
               "Your weekly look at North American flat-rolled steel prices, mill lead times and trade news.",
               [("Price tables: HRC, CRC, HDG (subscribers)", f"https://www.steelpulse.example/prices/{d0:%Y%m%d}"),
                ("Lead times survey", f"https://www.steelpulse.example/leadtimes/{d0:%Y%m%d}"),
                ("Mexico imports and Section 232 update", f"https://www.steelpulse.example/news/{alnum(8).lower()}")],
               f"https://www.steelpulse.example/unsubscribe?u={alnum(24)}", lang="en")
    d0 += datetime.timedelta(days=14)
for d, n in [((2024, 8, 19), 3), ((2024, 10, 28), 5), ((2024, 12, 16), 2), ((2025, 2, 10), 4), ((2025, 4, 14), 6), ((2025, 6, 2), 3)]:
    quarantine_digest(at(*d, 7, R.randint(0, 59)), n)
for d, subj, text in [((2024, 10, 4), "Nomination letter posted: 52-1187 / 52-1188", "A nomination letter for part numbers 52-1187 and 52-1188 (MY2026) has been posted for your company."),
                      ((2024, 11, 1), "Supplier profile update required", "Please update your company profile, including your tax compliance opinion (Mexico suppliers), by November 30."),
                      ((2024, 12, 6), "PPAP submission window open: 52-1187 / 52-1188", "The PPAP submission window for 52-1187 / 52-1188 is open. Due date: 02/28/2025."),
                      ((2025, 1, 10), "Schedule release 2025-W02 posted", "A new material release (830) for your parts has been posted."),
                      ((2025, 2, 7), "Schedule release 2025-W06 posted", "A new material release (830) for your parts has been posted."),
                      ((2025, 3, 3), "PPAP approved: 52-1187 / 52-1188", "Your PPAP submission for 52-1187 / 52-1188 has been approved (full approval)."),
                      ((2025, 3, 7), "Schedule release 2025-W10 posted", "A new material release (830) for your parts has been posted."),
                      ((2025, 4, 4), "Schedule release 2025-W14 posted", "A new material release (830) for your parts has been posted."),
                      ((2025, 5, 2), "Supplier scorecard April 2025 available", "Your April 2025 scorecard is available: delivery 100%, quality 0 PPM."),
                      ((2025, 6, 6), "Schedule release 2025-W23 posted", "A new material release (830) for your parts has been posted.")]:
    nf_portal(at(*d, 7, R.randint(0, 59), DET), "Northfield Supplier Portal: " + subj, text,
              label=GH if subj.startswith("PPAP approved") else None,
              scen=cmt("G32", "customer supplier-portal notification with several links and no reply headers") if subj.startswith("PPAP approved") else None)

# ================================================================ write, in arrival order
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
        labels.append(f"{MB}\t{lab[0]}\t{lab[1][0]}\t{lab[1][1]}")
        if not sc: raise SystemExit(f"labelled message without scenario: {lab}")
        scen.append(f"{path}\t{sc[0]}\t{sc[1]}")
open(f"{root}/labels.tsv", "w", encoding="utf-8").write("\n".join(labels) + "\n")
open(f"{root}/scenarios.tsv", "w", encoding="utf-8").write("\n".join(scen) + "\n")
print(f"{len(pending)} messages, {len(labels) - 1} labelled ({sum(1 for l in labels[1:] if l.split(chr(9))[2] == 'hijack')} hijack) -> {root}")
