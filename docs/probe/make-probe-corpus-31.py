#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus-31.py OUT_DIR
#
# Probe mailbox "maria": María Fernanda López, coordinadora administrativa of Ingeniería Civil Andina S.A.S. (engineering
# consultancy, Bogotá, NIT 900.418.227-3), on Google Workspace (ingcivilandina.example; she writes from Gmail web, sometimes
# from her iPhone). Mar 2025 - Dec 2025, America/Bogota (-0500, no DST). Latin-American Spanish with clients and suppliers,
# English with a US engineering partner, Portuguese with a Brazilian drilling subcontractor.
# Correspondents, each with a fixed fingerprint (Message-ID shape, client headers, Received path, DKIM d=/s=, quote style, tz):
#   Minera Santa Rosa (client, M365, Outlook desktop, es-CO): Carolina Restrepo (compras), later Jorge Ochoa (joins in Jul)
#   Alcaldía de San Mateo (municipality, on-prem Exchange 2016 "SMEXCH01.alcsanmateo.local", no DKIM): Luis Alberto Gómez,
#     Secretaría de Infraestructura; secretary Yolanda Pérez (same server)
#   Alcaldía de Villarrica (municipality, own Zimbra 9 server, DKIM s=zimbra): Diana Marcela Vargas
#   Constructora Pardo & Cía (client, consumer Gmail.com, Gmail web, from Sep the Gmail Android app): Andrés Pardo
#   Topografía Castaño (subcontractor, cPanel/Exim + Thunderbird, DKIM s=default): Sergio Castaño
#   Equipos Topográficos del Norte (supplier, Zoho Mail, DKIM s=zmail): Liliana Mora
#   Ridgeline Engineering Inc. (US partner, Denver, M365 Outlook desktop, America/Denver with DST): Mike Sullivan, Karen Holt
#   Geotec Sondagens Ltda (Brazilian subcontractor, Locaweb Roundcube, -0300, Portuguese): Rafael Oliveira
#   Ruiz & Asociados Contadores (external accountant, M365 Outlook desktop): Natalia Ruiz
#   NóminaPlus (payroll provider, M365 + SendGrid-style notifications): Paola Rincón, later Felipe Arango
#   Energía Capital (electricity utility, Freshdesk-style ticket system "soporte.energiacapital.example", factura + PSE link)
#   Banco Andino (Bancolombia-like alerts, Salesforce-MC bulk sender), DIAN-style e-invoicing (facturas electrónicas as
#   AttachedDocument zip XML+PDF sent through the proveedor tecnológico "facturae.example"), DIAN notices (dian.example),
#   Red de Interventores mailing list (Mailman 3, lists.redinterventores.example), newsletters, Google Workspace notices.
#   Internal: Ricardo Mejía (gerente, Gmail web + iPhone), Camilo Torres (ingeniero, Gmail web).
# Writes OUT_DIR/labels.tsv, OUT_DIR/scenarios.tsv and OUT_DIR/mailboxes/maria/{INBOX,Sent}/N.eml numbered in arrival order
# across both folders. Only test messages are labelled; the rest is context. Deterministic (random.Random(31)), no network,
# attachments inert (random bytes / text inside real zip, PDF, OOXML, OneNote, ISO-like containers).
#
# Threads: T1 Minera interventoría cuentas de cobro; T2 Minera certificados HSE; T3 Castaño levantamientos topográficos;
#   T4 Equipos del Norte alquiler estación total + cambio de cuenta; T5 San Mateo estudios vía; T6 Villarrica interventoría
#   acueducto; T7 Pardo subcontrato bodega; T8 Ridgeline joint bid (EN); T9 Geotec sondagens (PT); T10 Ruiz contadores
#   renta/retenciones; T11 NóminaPlus nómina mensual; T12 Energía Capital reclamo factura; T13 Ricardo pagos proveedores;
#   T14 Camilo planos; T15 Ricardo forwards; T16 DIAN/facturas electrónicas; T17 Red de Interventores list; T18 Ridgeline
#   invoicing; T19 Pardo actas de obra; T20 Castaño programación; T21 Minera reunión; T22 Camilo viáticos;
#   T23 Seguros póliza de cumplimiento (broker, M365); T24 Agencia de viajes; plus notices, newsletters, bank alerts.
#
# Hijacks (15):
#   A1  T1  account-takeover   Carolina's M365 mailbox through OWA from a foreign IP at 02:51: "orden de compra" .xlsm (macro)
#   A2  T3  server-hijack      Castaño's real cPanel/Thunderbird: asks to pay the next cuenta de cobro to a new cuenta de ahorros (no payload)
#   A3  T16 fake-thread        "RE: Requerimiento ... factura electrónica" from a stranger posing as DIAN, invented quote, zip with a .js
#   A4  T12 lookalike-domain   energia-capital.example, context-aware: "reliquidación" with a fake PSE link on an unknown domain
#   A5  T13 display-name-spoof "Ricardo Mejía" from gmail.com: urgent transfer to a new supplier account before 3pm
#   A6  T10 server-hijack      Natalia's real M365: SharePoint-style "compartió una carpeta" pointing to another tenant's sharepoint.com
#   A7  T9  server-hijack      Geotec's real Locaweb Roundcube: Portuguese, password-protected zip (password in text) with a .lnk
#   A8  T8  account-takeover   Mike's M365 account via eM Client from a foreign VPN at 01:18 Denver: e-signature lure on a Dropbox-hosted HTML page
#   A9  T5  display-name-spoof "Luis Alberto Gómez" from outlook.com: .ics "mesa técnica" with a meeting link on an unknown domain
#   A10 T6  server-hijack      Villarrica's real Zimbra: "oficio de respuesta" as SVG (HTML smuggling), faithful quote
#   A11 T11 lookalike-domain   nomina-plus.example: payroll dispersion account change, long context-aware text, quotes real thread
#   A12 --  fake-thread        "RE: Mensaje de voz" stranger, HTML attachment voicemail player, no quote
#   A13 T7  display-name-spoof "Andrés Pardo" from hotmail-like outlook.com: new phone number, asks her to call/WhatsApp (no payload)
#   A14 T14 account-takeover   Camilo's Google account via SMTP from a VPS (eM Client): "Google te va a pedir un código, reenvíamelo" (MFA)
#   A15 T5  server-hijack      San Mateo's real Exchange 2016 (ProxyShell): short generic reply quoting an OLD message, zip with .img
#
# Genuine hard cases (32):
#   G1  T14 Camilo shares a Google Drive folder (thread always carried Drive links)
#   G2  T1  Jorge Ochoa, introduced by Carolina, writes for the first time (same tenant)
#   G3  T3  Castaño announces a new mobile number in his reply
#   G4  T4  supplier's bank-change letter (PDF certificación bancaria), announced in advance
#   G5  T4  supplier confirms after María's verification call (Sent in between)
#   G6  T5  Exchange automatic reply (out of office) from the municipality
#   G7  T8  Ridgeline automatic reply (OOO, English)
#   G8  T17 mailing-list reply with list footer, rewritten From (DMARC mitigation), broken DKIM
#   G9  T15 Ricardo forwards ("Fwd:") a bank letter with PDF
#   G10 T16 e-invoice (AttachedDocument zip with XML + PDF) from a supplier through the proveedor tecnológico, no reply headers
#   G11 T12 Energía Capital monthly factura with genuine PSE link
#   G12 --  Banco Andino transfer-confirmation alert (notification with links, no reply headers)
#   G13 T6  Villarrica thread revived after five months for the liquidation
#   G14 T13 Ricardo from his iPhone at 23:41
#   G15 T9  Geotec sends the zipped SPT logs María asked for
#   G16 T7  Pardo switches to the Gmail Android app (client change)
#   G17 T11 payroll provider sends password-protected desprendibles zip; password in a separate message
#   G18 T8  Ridgeline reply after the US DST change (-0700)
#   G19 T9  Rafael writes in Spanish/Portuguese mix
#   G20 T10 Natalia's genuine SharePoint link from her own tenant
#   G21 T1  Carolina sends a real purchase order PDF
#   G22 T8  Ridgeline Teams meeting invite (.ics) from the real account
#   G23 T5  secretary Yolanda Pérez (same Exchange) replies for Luis Alberto
#   G24 T12 Energía Capital ticket reply with the PSE link to pay the corrected bill
#   G25 --  DIAN notice (RUT / facturación) without reply headers, many links
#   G26 T13 Ricardo (real account) asks for an urgent transfer to a known supplier
#   G27 T7  Pardo shares site photos on Google Drive
#   G28 T11 payroll provider's new account manager after the announced handover
#   G29 T18 DocuSign envelope for the real subcontract amendment (docusign.net)
#   G30 T6  Villarrica oficio PDF with a SECOP link
#   G31 T17 second mailing-list reply with list footer / rewritten From (another list thread)
#   G32 T11 the payroll zip's password in a separate short message (same thread)
# Genuine orphans (2): O1 T8 Karen Holt replies to a message Mike sent before María was copied;
#   O2 T21 Carolina replies to an invitation María sent from her phone's calendar (not in the mailbox).
# Plain genuine replies: every other labelled in-thread partner reply (genuine-reply).
import base64, datetime, hashlib, html as H, io, os, quopri, random, struct, sys, uuid, zipfile, zlib
from zoneinfo import ZoneInfo

root = sys.argv[1]
MB = "maria"
for f in ("INBOX", "Sent"): os.makedirs(f"{root}/mailboxes/{MB}/{f}", exist_ok=True)
R = random.Random(31)
BOG = ZoneInfo("America/Bogota"); DEN = ZoneInfo("America/Denver"); SAO = ZoneInfo("America/Sao_Paulo")
PAC = ZoneInfo("America/Los_Angeles"); UTC = datetime.timezone.utc


def hx(k): return "".join(R.choice("0123456789abcdef") for _ in range(k))
def HX(k): return hx(k).upper()
def rbytes(k): return bytes(R.getrandbits(8) for _ in range(k))
def ruuid(): return str(uuid.UUID(int=R.getrandbits(128), version=4))
def alnum(k): return "".join(R.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(k))
def b64(k): return base64.b64encode(rbytes(k)).decode()
def at(mo, d, h, mi, y=2025): return datetime.datetime(y, mo, d, h, mi, R.randint(0, 59), tzinfo=BOG)


class Pt:
    def __init__(s, name, email, client, infra, sig="", tz=BOG, lang="es"):
        s.name, s.email, s.client, s.infra, s.sig, s.tz, s.lang = name, email, client, infra, sig, tz, lang
        s.dom = email.split("@")[1]


OWN = "ingcivilandina.example"
me = Pt("María Fernanda López", f"mflopez@{OWN}", "gws", "own",
        "\n\nCordialmente,\n\nMaría Fernanda López\nCoordinadora Administrativa\nIngeniería Civil Andina S.A.S. | NIT 900.418.227-3\n"
        "Cra. 15 # 93-47, Of. 502, Bogotá D.C.\nPBX (601) 555 0190 ext. 104")
ricardo = Pt("Ricardo Mejía", f"rmejia@{OWN}", "gws", "gint", "\n\n--\nRicardo Mejía Salazar\nGerente General\nIngeniería Civil Andina S.A.S.\nCel. 310 555 2871")
camilo = Pt("Camilo Torres", f"ctorres@{OWN}", "gws", "gint", "\n\n--\nIng. Camilo Torres Ruiz\nDirector de Proyectos\nIngeniería Civil Andina S.A.S.\nCel. 315 555 6620")
carolina = Pt("Carolina Restrepo", "carolina.restrepo@minerasantarosa.example", "outlook", "exo-msr",
              "\n\nCordial saludo,\n\nCarolina Restrepo Arango\nAnalista de Compras y Contratos\nMinera Santa Rosa S.A.\nCalle 7 Sur # 42-70, Medellín\nTel. (604) 555 3300 ext. 2215")
jorge = Pt("Jorge Ochoa", "jorge.ochoa@minerasantarosa.example", "outlook", "exo-msr",
           "\n\nSaludos,\n\nJorge Ochoa Villa\nCoordinador de Contratos - Proyectos de Infraestructura\nMinera Santa Rosa S.A.\nTel. (604) 555 3300 ext. 2241")
luis = Pt("Luis Alberto Gómez", "infraestructura@sanmateo-cundinamarca.example", "ex16", "ex16-sm",
          "\n\nAtentamente,\n\nLuis Alberto Gómez Rincón\nSecretario de Infraestructura y Obras Públicas\nAlcaldía Municipal de San Mateo - Cundinamarca\n"
          "Carrera 3 # 4-12, Palacio Municipal\nTel. (601) 555 8412\n\nEste mensaje y sus anexos son confidenciales y de uso exclusivo del destinatario.")
yolanda = Pt("Yolanda Pérez", "yolanda.perez@sanmateo-cundinamarca.example", "ex16", "ex16-sm",
             "\n\nAtentamente,\n\nYolanda Pérez Castro\nSecretaria Ejecutiva - Secretaría de Infraestructura\nAlcaldía Municipal de San Mateo\nTel. (601) 555 8412 ext. 3")
diana = Pt("Diana Marcela Vargas", "contratacion@villarrica-tolima.example", "zimbra", "zimbra-vr",
           "\n\n--\nDiana Marcela Vargas O.\nProfesional Universitaria - Oficina de Contratación\nAlcaldía de Villarrica, Tolima\nTel. (608) 555 2047\n"
           "\"Villarrica, compromiso de todos\"")
andres = Pt("Andrés Pardo", "andrespardo.constructora@gmail.com", "gmail", "gmail",
            "\n\nAndrés Pardo G.\nConstructora Pardo & Cía. S.A.S.\nCel. 320 555 4417")
sergio = Pt("Sergio Castaño", "sergio@topografiacastano.example", "tb", "cpanel-tc",
            "\n\n-- \nSergio Castaño Herrera\nTopógrafo - Lic. 25222-118765 CPNT\nTopografía Castaño\nCel. 311 555 9043")
liliana = Pt("Liliana Mora", "cartera@equiposdelnorte.example", "zoho", "zoho-edn",
             "\n\nCordialmente,\n\nLiliana Mora\nCartera y Facturación\nEquipos Topográficos del Norte S.A.S. - NIT 830.512.904-1\nTel. (601) 555 7731")
mike = Pt("Mike Sullivan", "msullivan@ridgeline-eng.example", "outlook", "exo-rdg",
          "\n\nBest regards,\n\nMike Sullivan, P.E.\nPrincipal | International Projects\nRidgeline Engineering, Inc.\n1700 Lincoln St, Suite 2100, Denver, CO 80203\n+1 303 555 0148", tz=DEN, lang="en")
karen = Pt("Karen Holt", "kholt@ridgeline-eng.example", "outlook", "exo-rdg",
           "\n\nThanks,\nKaren Holt\nContracts Administrator\nRidgeline Engineering, Inc.\n+1 303 555 0162", tz=DEN, lang="en")
rafael = Pt("Rafael Oliveira", "rafael@geotecsondagens.example", "roundcube", "locaweb-geo",
            "\n\n--\nRafael Oliveira\nEngenheiro Geotécnico - CREA-SP 5062841937\nGeotec Sondagens Ltda.\n+55 11 5555-3120", tz=SAO, lang="pt")
natalia = Pt("Natalia Ruiz", "nruiz@ruizcontadores.example", "outlook", "exo-ruiz",
             "\n\nCordialmente,\n\nNatalia Ruiz Beltrán\nContadora Pública - T.P. 148562-T\nRuiz & Asociados Contadores\nTel. (601) 555 2290")
paola = Pt("Paola Rincón", "paola.rincon@nominaplus.example", "outlook", "exo-np",
           "\n\nSaludos,\n\nPaola Rincón\nEjecutiva de Cuenta\nNóminaPlus S.A.S.\nLínea de atención (601) 555 4800")
felipe = Pt("Felipe Arango", "felipe.arango@nominaplus.example", "outlook", "exo-np",
            "\n\nSaludos,\n\nFelipe Arango\nEjecutivo de Cuenta\nNóminaPlus S.A.S.\nLínea de atención (601) 555 4800")
npnot = Pt("NóminaPlus", "notificaciones@nominaplus.example", "bulk", "sg-np")
energia = Pt("Energía Capital - Servicio al Cliente", "soporte@energiacapital.example", "fresh", "fresh-ec",
             "\n\nCordialmente,\nEquipo de Servicio al Cliente\nEnergía Capital S.A. E.S.P.\nLínea 601 555 1115")
ecfact = Pt("Energía Capital", "facturaelectronica@energiacapital.example", "bulk", "sfmc-ec")
banco = Pt("Banco Andino", "alertasynotificaciones@notificaciones.bancoandino.example", "bulk", "sfmc-ba")
facturae = Pt("Facturación Electrónica", "noreply@facturae.example", "bulk", "facturae")
dian = Pt("DIAN", "notificaciones@dian.example", "bulk", "dian")
lista = Pt("Red de Interventores", "interventores@lists.redinterventores.example", "list", "mailman")
docusign = Pt("Karen Holt via DocuSign", "dse_NA4@docusign.net", "bulk", "docusign")
gws = Pt("Google Workspace", "workspace-noreply@google.com", "bulk", "gnotif")
news = Pt("Revista Infraestructura", "boletin@revistainfraestructura.example", "bulk", "mc-news")
seguros = Pt("Juliana Cárdenas", "jcardenas@segurosalianza-corredores.example", "outlook", "exo-seg",
             "\n\nCordialmente,\n\nJuliana Cárdenas\nEjecutiva Comercial - Fianzas y Cumplimiento\nAlianza Corredores de Seguros Ltda.\nTel. (601) 555 6170")
viajes = Pt("Reservas Viajes Andes", "reservas@viajesandes.example", "zoho", "zoho-va",
            "\n\nCordialmente,\nÁrea de Reservas Corporativas\nViajes Andes Ltda. - RNT 12847\nTel. (601) 555 9020")

# helo, ip, dkim d, dkim s, envelope domain (None = From), dmarc
INFRA = {
    "gint": ("mail-sor-f41.google.com", "209.85.220.41", OWN, "google", None, "quarantine"),
    "exo-msr": ("mail-sn1nam02on2105.outbound.protection.outlook.com", "40.107.96.105", "minerasantarosa.example", "selector1", None, "quarantine"),
    "exo-rdg": ("mail-dm6nam10on2112.outbound.protection.outlook.com", "40.107.93.112", "ridgeline-eng.example", "selector2", None, "reject"),
    "exo-ruiz": ("mail-bn7nam10on2091.outbound.protection.outlook.com", "40.107.92.91", "ruizcontadores.example", "selector1", None, "none"),
    "exo-np": ("mail-co1nam11on2120.outbound.protection.outlook.com", "40.107.220.120", "nominaplus.example", "selector1", None, "quarantine"),
    "exo-seg": ("mail-mw2nam12on2097.outbound.protection.outlook.com", "40.107.244.97", "segurosalianza-corredores.example", "selector1", None, "none"),
    "ex16-sm": ("correo.sanmateo-cundinamarca.example", "190.145.88.21", None, None, None, None),
    "zimbra-vr": ("mail.villarrica-tolima.example", "181.49.112.36", "villarrica-tolima.example", "zimbra", None, "none"),
    "gmail": ("mail-ej1-f53.google.com", "209.85.218.53", "gmail.com", "20230601", None, "none"),
    "cpanel-tc": ("sv41.colombiahosting.example", "201.234.180.44", "topografiacastano.example", "default", None, None),
    "zoho-edn": ("sender4-op-o17.zoho.com", "136.143.188.17", "equiposdelnorte.example", "zmail", None, "none"),
    "zoho-va": ("sender4-op-o12.zoho.com", "136.143.188.12", "viajesandes.example", "zmail", None, "none"),
    "locaweb-geo": ("smtp-sp201-37.kinghost.example", "177.185.201.37", "geotecsondagens.example", "locaweb", None, None),
    "fresh-ec": ("mx-out-12.freshemail.example", "34.202.87.12", "energiacapital.example", "fs1", "bounce.freshemail.example", "quarantine"),
    "sfmc-ec": ("mta12.mail.energiacapital.example", "13.111.66.12", "energiacapital.example", "200608", "bounce.mail.energiacapital.example", "reject"),
    "sfmc-ba": ("mta4.notificaciones.bancoandino.example", "13.111.48.4", "notificaciones.bancoandino.example", "200608", "bounce.notificaciones.bancoandino.example", "reject"),
    "facturae": ("o1.ptr2240.facturae.example", "149.72.141.220", "facturae.example", "s1", "em8431.facturae.example", "none"),
    "dian": ("smtp1.dian.example", "200.31.77.14", "dian.example", "dian2024", None, "reject"),
    "sg-np": ("o3.ptr7734.nominaplus.example", "167.89.11.73", "nominaplus.example", "s1", "em2917.nominaplus.example", "quarantine"),
    "mailman": ("mail.redinterventores.example", "159.203.44.18", "lists.redinterventores.example", "mm3", "lists.redinterventores.example", None),
    "docusign": ("mailch4a.docusign.net", "64.207.219.135", "docusign.net", "s1", "docusign.net", "reject"),
    "gnotif": ("mail-sor-f69.google.com", "209.85.220.69", "google.com", "20230601", "scoutcamp.bounces.google.com", "reject"),
    "mc-news": ("mail177-3.suw61.mcdlv.example", "198.2.177.3", "revistainfraestructura.example", "k1", "mail177-3.suw61.mcdlv.example", None),
    "outlookcom": ("NAM12-DM6-obe.outbound.protection.outlook.com", "52.100.158.212", "outlook.com", "selector1", None, "none"),
    # attackers
    "look-ec": ("mail.energia-capital.example", "45.146.165.74", "energia-capital.example", "default", None, None),
    "look-np": ("srv1.nomina-plus.example", "185.208.158.90", "nomina-plus.example", "mail", None, None),
    "fake-dian": ("vps-6f21.hostinger-cloud.example", "82.180.137.61", None, None, None, None),
    "fake-voz": ("mx.buzonvoz-corporativo.example", "103.97.176.44", "buzonvoz-corporativo.example", "k1", None, None),
}
EXO_HOST = {"minerasantarosa.example": ("SA1PR04MB", "namprd04"), "ridgeline-eng.example": ("CH3PR11MB", "namprd11"),
            "ruizcontadores.example": ("BN0PR17MB", "namprd17"), "nominaplus.example": ("MN2PR19MB", "namprd19"),
            "segurosalianza-corredores.example": ("PH7PR13MB", "namprd13")}
EXO_N = {d: R.randint(1000, 9999) for d in EXO_HOST}
TENANT = {d: ruuid() for d in EXO_HOST}
EX16 = ("SMEXCH01", "alcsanmateo.local", "192.168.10.15")


def exo_host(dom): p, r = EXO_HOST[dom]; return f"{p}{EXO_N[dom]}", r


def make_mid(who, client, t):
    if client in ("gws", "gmail", "gmailapp"): return "<CA" + base64.urlsafe_b64encode(rbytes(42)).decode()[:R.choice((52, 54, 55))] + "@mail.gmail.com>"
    if client in ("outlook", "owa"):
        h, r = exo_host(who.dom); return f"<{h}{HX(16)}@{h}.{r}.prod.outlook.com>"
    if client == "ex16": return f"<{hx(32)}@{EX16[0]}.{EX16[1]}>"
    if client == "zimbra": return f"<{R.randint(100000000, 999999999)}.{R.randint(100000, 999999)}.{int(t.timestamp() * 1000)}.JavaMail.zimbra@villarrica-tolima.example>"
    if client == "zoho": return f"<{hx(11)}.{hx(11)}.{R.randint(10**18, 10**19 - 1)}@{who.dom}>"
    if client == "roundcube": return f"<{hx(32)}@{who.dom}>"
    if client == "iphone": return f"<{ruuid().upper()}@{OWN}>"
    if client == "tb": return f"<{ruuid()}@{who.dom}>"
    if client == "fresh": return f"<{hx(24)}.{R.randint(100, 999)}@freshdesk.com>"
    if client == "list": return f"<{hx(12)}@mail.redinterventores.example>"
    if client == "outlookcom": return f"<SJ0PR14MB{R.randint(1000, 9999)}{HX(16)}@SJ0PR14MB{R.randint(1000, 9999)}.namprd14.prod.outlook.com>"
    if client in ("emclient", "emclient-exo"): return f"<em{ruuid()}@desktop-{alnum(7).lower()}>"
    if client == "exim": return f"<{hx(20)}@{who.dom}>"
    return f"<{int(t.timestamp())}.{hx(16)}@{who.dom}>"


def _lines(text, pfx="> "): return "\n".join(pfx + l if l else pfx.rstrip() for l in text.split("\n"))
MES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
DIA = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
MESL = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
DIAL = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def quote_of(client, q, lang="es"):
    t = q["t"].astimezone(BOG); name, email = q["name"], q["email"]
    if client in ("gws", "gmail", "gmailapp"):
        if lang == "en":
            return f"\n\nOn {t:%a}, {t:%b} {t.day}, {t.year} at {t:%-I:%M} {t:%p}, {name} <{email}> wrote:\n\n" + _lines(q["plain"])
        return f"\n\nEl {DIA[t.weekday()]}, {t.day} {MES[t.month - 1]} {t.year} a la(s) {t:%-H:%M}, {name} (<{email}>) escribió:\n\n" + _lines(q["plain"])
    if client in ("outlook", "owa", "ex16", "outlookcom"):
        tos = "; ".join(f"{n} <{e}>" for n, e in q["to"])
        if lang == "en":
            td = q["t"].astimezone(DEN)
            rows = [("From", f"{name} <{email}>"), ("Sent", f"{td:%A}, {td:%B} {td.day}, {td.year} {td:%-I:%M %p}"), ("To", tos), ("Subject", q["subj"])]
        else:
            rows = [("De", f"{name} <{email}>"), ("Enviado el", f"{DIAL[t.weekday()]}, {t.day} de {MESL[t.month - 1]} de {t.year} {t:%-I:%M} {'a. m.' if t.hour < 12 else 'p. m.'}"),
                    ("Para", tos), ("Asunto", q["subj"])]
        sep = "________________________________\n" if client in ("owa", "outlookcom") else ""
        return "\n\n" + sep + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client == "zimbra":
        return f"\n\n----- Mensaje original -----\nDe: \"{name}\" <{email}>\nPara: \"{q['to'][0][0]}\" <{q['to'][0][1]}>\nEnviados: {DIAL[t.weekday()].capitalize()}, {t.day} {MESL[t.month - 1].capitalize()} {t.year} {t:%-H:%M:%S}\nAsunto: {q['subj']}\n\n" + q["plain"]
    if client == "zoho":
        return f"\n\n\n---- El {DIA[t.weekday()]}, {t:%d} {MES[t.month - 1]} {t.year} {t:%H:%M:%S} -0500 {name} <{email}> escribió ---\n\n" + _lines(q["plain"])
    if client == "roundcube":
        ts = q["t"].astimezone(SAO); return f"\n\nEm {ts:%d/%m/%Y %H:%M}, {name} escreveu:\n" + _lines(q["plain"])
    if client == "tb": return f"\n\nEl {t:%d/%m/%Y} a las {t:%H:%M}, {name} escribió:\n" + _lines(q["plain"])
    if client == "iphone": return f"\n\n> El {t.day} {MES[t.month - 1]} {t.year}, a la(s) {t:%-H:%M}, {name} <{email}> escribió:\n> \n" + _lines(q["plain"])
    if client == "fresh": return f"\n\nEl {t:%a, %-d %b %Y} a las {t:%-I:%M %p}, {name} <{email}> escribió:\n" + _lines(q["plain"])
    if client in ("emclient", "emclient-exo"):
        return f"\n\n------ Original Message ------\nFrom \"{name}\" <{email}>\nDate {t:%m/%d/%Y %-I:%M:%S %p}\nSubject {q['subj']}\n\n" + q["plain"]
    return "\n\n" + _lines(q["plain"])


def html_of(client, plain):
    esc = "<br>\n".join(H.escape(l) for l in plain.split("\n"))
    if client in ("outlook", "owa", "outlookcom"):
        return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<style type="text/css" style="display:none;"> '
                'P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, '
                'Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 11pt; color: rgb(0, 0, 0);">\n' + esc + "</div>\n</body>\n</html>")
    if client == "ex16":
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" '
                'content="text/html; charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n</head>\n<body lang="ES-CO" '
                'link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n<p class="MsoNormal">' + esc + "</p>\n</div>\n</body>\n</html>")
    if client == "gmailapp": return '<div dir="auto">' + esc + "</div>\n"
    if client in ("gws", "gmail"): return '<div dir="ltr">' + esc + "</div>\n"
    if client == "zoho":
        return ('<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head>'
                '<body ><div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;"><div>' + esc + "</div></div><br></body></html>")
    if client == "zimbra": return '<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000"><div>' + esc + "</div></div></body></html>"
    if client == "roundcube": return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body style=\'font-size: 10pt; '
                                      "font-family: Verdana,Geneva,sans-serif'>\n<p>" + esc + "</p>\n</body></html>")
    if client == "fresh": return '<div style="font-family:-apple-system, BlinkMacSystemFont, Segoe UI, Roboto, sans-serif; font-size:14px;"><div dir="ltr">' + esc + "</div></div>"
    if client == "iphone": return '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">' + esc + "</body></html>"
    if client == "emclient-exo" or client == "emclient":
        return '<HTML><HEAD>\r\n<STYLE id=eMClientCss>blockquote.cite { margin-left: 5px; padding-left: 10px; }</STYLE></HEAD>\r\n<BODY><DIV>' + esc + "</DIV></BODY></HTML>"
    return None


def pac(t): return t.astimezone(PAC).strftime("%a, %d %b %Y %H:%M:%S %z (%Z)")
def rfc(t, tz=None): return (t.astimezone(tz) if tz else t).strftime("%a, %d %b %Y %H:%M:%S %z")
def rfcu(t): return t.astimezone(UTC).strftime("%a, %-d %b %Y %H:%M:%S +0000")
def ip4(a, b=None): return f"{a}.{b if b is not None else R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(2, 250)}"


def sender_hops(who, infra, t, env, client, orig_ip=None):
    hops = []
    if infra.startswith("exo"):
        h, r = exo_host(who.dom); h2 = h[:-4] + str(R.randint(1000, 9999))
        if client in ("emclient-exo",):
            hops.append(("Received", f"from [{orig_ip}] (unknown [{orig_ip}]) by {h}.{r}.prod.outlook.com (2603:10b6:806:{hx(3)}::{hx(2)}) with Microsoft SMTP\n"
                                     f" Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8835.018; {rfcu(t)}"))
        else:
            hops.append(("Received", f"from {h}.{r}.prod.outlook.com ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {h}.{r}.prod.outlook.com\n"
                                     f" ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%7]) with mapi id 15.20.8835.018; {rfcu(t)}"))
        hops.insert(0, ("Received", f"from {h}.{r}.prod.outlook.com (2603:10b6:806:{hx(3)}::{hx(2)}) by\n {h2}.{r}.prod.outlook.com (2603:10b6:806:{hx(3)}::{hx(1)})"
                                    f" with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8835.018; {rfcu(t + datetime.timedelta(seconds=1))}"))
    elif infra == "ex16-sm":
        srv, ad, lan = EX16
        hops.append(("Received", f"from {srv}.{ad} ({lan}) by {srv}.{ad}\n ({lan}) with Microsoft SMTP Server (version=TLS1_2,\n"
                                 f" cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P384) id 15.1.2507.39; {rfc(t, BOG)}"))
        hops.insert(0, ("Received", f"from {srv}.{ad} ([{lan}])\n\tby {INFRA[infra][0]} (Postfix) with ESMTPS id 4Z{alnum(8)}\n\tfor <{me.email}>; {rfc(t + datetime.timedelta(seconds=2), BOG)}"))
    elif infra == "zimbra-vr":
        hops.append(("Received", f"from mail.villarrica-tolima.example (localhost [127.0.0.1])\n\tby mail.villarrica-tolima.example (Postfix) with ESMTP id {HX(10)}\n\tfor <{me.email}>; {rfc(t, BOG)}"))
        hops.insert(0, ("Received", f"from mail.villarrica-tolima.example (localhost [127.0.0.1])\n\tby mail.villarrica-tolima.example (Postfix) with ESMTPS id {HX(10)}\n\tfor <{me.email}>; {rfc(t + datetime.timedelta(seconds=1), BOG)}"))
    elif infra.startswith("zoho"):
        hops.append(("Received", f"from mail.zoho.com by mx.zohomail.com\n\twith SMTP id {int(t.timestamp() * 1000)}{R.randint(100, 999)}.{R.randint(10**11, 10**12)}; {pac(t)}"))
    elif infra == "cpanel-tc":
        hops.append(("Received", f"from [{orig_ip or ip4(191, R.choice((95, 156, 102)))}] (port={R.randint(50000, 65000)} helo=[192.168.1.{R.randint(20, 60)}])\n"
                                 f"\tby {INFRA[infra][0]} with esmtpsa  (TLS1.3) tls TLS_AES_128_GCM_SHA256\n\t(Exim 4.98)\n\t(envelope-from <{env}>)\n"
                                 f"\tid 1u{alnum(4)}-0000{alnum(2)}-{alnum(2)}\n\tfor {me.email};\n\t{rfc(t, BOG)}"))
    elif infra == "locaweb-geo":
        hops.append(("Received", f"from webmail.geotecsondagens.example (unknown [10.31.{R.randint(1, 9)}.{R.randint(10, 90)}])\n\t(Authenticated sender: {who.email})\n"
                                 f"\tby {INFRA[infra][0]} (Postfix) with ESMTPA id {HX(11)}\n\tfor <{me.email}>; {rfc(t, SAO)}"))
    elif infra == "gint":
        if client == "gws": hops.append(("Received", f"by 2002:a05:6512:{hx(3)}:b0:{hx(3)}:{hx(3)}:{hx(4)} with HTTP; {pac(t)}"))
        elif client == "iphone":
            hops.append(("Received", f"from smtpclient.apple ([186.{R.randint(80, 99)}.{R.randint(1, 250)}.{R.randint(2, 250)}])\n        by smtp.gmail.com with ESMTPSA id {hx(16)}sm{R.randint(1000000, 9999999)}.{R.randint(10, 99)}.{t.year}\n"
                                     f"        for <{me.email}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {pac(t)}"))
        else:
            hops.append(("Received", f"from DESKTOP-{HX(7)} ([{orig_ip}])\n        by smtp.gmail.com with ESMTPSA id {hx(16)}sm{R.randint(1000000, 9999999)}.{R.randint(10, 99)}.{t.year}\n"
                                     f"        for <{me.email}>\n        (version=TLS1_2 cipher=ECDHE-ECDSA-AES128-GCM-SHA256 bits=128/128);\n        {pac(t)}"))
    elif infra == "gmail":
        hops.append(("Received", f"by {INFRA[infra][0]} with SMTP id {hx(16)}so{R.randint(1000000, 9999999)}{alnum(2).lower()}.1\n        for <{me.email}>; {pac(t)}"))
    elif infra == "outlookcom":
        h = f"SJ0PR14MB{R.randint(1000, 9999)}"
        hops.append(("Received", f"from {h}.namprd14.prod.outlook.com ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {h}.namprd14.prod.outlook.com\n"
                                 f" ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%5]) with mapi id 15.20.8835.018; {rfcu(t)}"))
    elif infra == "mailman":
        hops.append(("Received", f"from mail.redinterventores.example (localhost [127.0.0.1])\n\tby mail.redinterventores.example (Postfix) with ESMTP id {HX(10)};\n\t{rfc(t, BOG)}"))
    elif infra.startswith(("look", "fake")):
        hops.append(("Received", f"from [{orig_ip or ip4(102, 89)}] (port={R.randint(50000, 65000)} helo=WIN-{HX(11)})\n\tby {INFRA[infra][0]} with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
                                 f"\t(Exim 4.96)\n\t(envelope-from <{env}>)\n\tid 1u{alnum(4)}-000{alnum(3)}-{alnum(2)}\n\tfor {me.email}; {rfc(t, UTC)}"))
    else:
        hops.append(("Received", f"by {INFRA[infra][0]} id {hx(10)} for <{me.email}>; {rfcu(t)}"))
    return hops


def transport(who, t, env=None, infra=None, client=None, orig_ip=None, dkim_fail=False):
    infra = infra or who.infra
    env = env or who.email
    helo, ip, d, s, envdom, dmarc = INFRA[infra]
    if envdom: env = f"bounces+{R.randint(1000000, 9999999)}-{hx(4)}={me.email.replace('@', '=')}@{envdom}"
    if infra == "mailman": env = "interventores-bounces@lists.redinterventores.example"
    tmx = t + datetime.timedelta(seconds=R.randint(2, 15))
    fromdom = who.email.split("@")[1]
    auth = "mx.google.com;\n       "
    if s: auth += (f"dkim=fail header.i=@{d} header.s={s} header.b={alnum(8)};\n       " if dkim_fail else f"dkim=pass header.i=@{d} header.s={s} header.b={alnum(8)};\n       ")
    if infra == "gint": auth += f"spf=pass (google.com: domain of {env} designates {ip} as permitted sender) smtp.mailfrom={env}"
    else: auth += f"spf=pass (google.com: domain of {env} designates {ip} as permitted sender) smtp.mailfrom={env if not envdom else envdom}"
    if dmarc: auth += f";\n       dmarc=pass (p={dmarc.upper()} sp={dmarc.upper()} dis=NONE) header.from={fromdom}"
    elif s and infra != "mailman": auth += f";\n       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from={fromdom}"
    top = [("Delivered-To", me.email),
           ("Received", f"by 2002:a05:7300:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {alnum(6).lower()}csp{R.randint(100000, 999999)}{alnum(3).lower()};\n        {pac(tmx)}"),
           ("X-Received", f"by 2002:a17:906:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {alnum(20).lower()}.{R.randint(10, 99)}.{int(tmx.timestamp())}{R.randint(100, 999)};\n        {pac(tmx)}"),
           ("ARC-Seal", f"i=1; a=rsa-sha256; t={int(tmx.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={b64(60)}"),
           ("ARC-Authentication-Results", "i=1; " + auth)]
    if infra != "gint":
        top += [("Return-Path", f"<{env}>"),
                ("Received", f"from {helo} ({helo}. [{ip}])\n        by mx.google.com with ESMTPS id {alnum(20).lower()}.{R.randint(100, 999)}.{t.year}.{R.randint(10, 99)}.{R.randint(10, 99)}\n"
                             f"        for <{me.email}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {pac(tmx)}"),
                ("Received-SPF", f"pass (google.com: domain of {env} designates {ip} as permitted sender) client-ip={ip};")]
    else:
        top += [("Return-Path", f"<{env}>"), ("Received", f"from {helo} ({helo}. [{ip}])\n        by mx.google.com with SMTPS id {alnum(20).lower()}.{R.randint(100, 999)}.{t.year}\n"
                                                         f"        for <{me.email}>\n        (Google Transport Security);\n        {pac(tmx)}"),
                ("Received-SPF", f"pass (google.com: domain of {env} designates {ip} as permitted sender) client-ip={ip};")]
    top.append(("Authentication-Results", auth))
    hops = sender_hops(who, infra, t, env, client, orig_ip)
    dk = []
    if s:
        dk = [("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d}; s={s};\n\tt={int(t.timestamp())}; bh={b64(32)};\n"
                                 f"\th=From:To:Subject:Date:Message-ID:References:In-Reply-To:Content-Type:MIME-Version;\n\tb={b64(180)}")]
    return top + hops + dk


UA = {"tb": ("User-Agent", "Mozilla Thunderbird"), "roundcube": ("User-Agent", "Roundcube Webmail/1.6.9"), "iphone": ("X-Mailer", "iPhone Mail (22F76)"),
      "zoho": ("User-Agent", "Zoho Mail"), "zimbra": ("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - GC138 (Win)/9.0.0_GA_4583)"),
      "emclient": ("User-Agent", "eM_Client/10.1.4828.0"), "emclient-exo": ("User-Agent", "eM_Client/10.1.4828.0")}
CLANG = {"outlook": "es-CO", "owa": "es-ES", "ex16": "es-CO", "outlookcom": "en-US", "emclient-exo": None}

pending = []
seq = [0]
G = ("genuine", "genuine-reply"); GH = ("genuine", "genuine-hard"); GO = ("genuine", "genuine-orphan")
def HJ(kind): return ("hijack", kind)


def addr(n, e):
    if not n: return e
    if not n.isascii():
        return "=?UTF-8?Q?" + "".join(c if c.isascii() and c.isalnum() else "_" if c == " " else "".join(f"={b:02X}" for b in c.encode()) for c in n) + f"?= <{e}>"
    return f'"{n}" <{e}>' if any(c in n for c in ".,|()@&") else f"{n} <{e}>"


def enc_h(v): return v if v.isascii() else "=?UTF-8?B?" + base64.b64encode(v.encode()).decode() + "?="


def emit(who, client, t, to, cc, subj, refs, plain, html=None, atts=(), extra=(), label=None, infra=None, env=None, frm=None,
         irt=None, mid=None, tidx=None, topic=None, scen=None, orig_ip=None, folder=None, no_html=False, dkim_fail=False, lang="es"):
    m = mid or make_mid(who, client, t)
    folder = folder or ("Sent" if who is me else "INBOX")
    h = []
    if folder == "INBOX": h += transport(who, t, env, infra, client, orig_ip, dkim_fail)
    tloc = t.astimezone(who.tz) if client != "iphone" or who is not me else t
    date = tloc.strftime("%a, %d %b %Y %H:%M:%S %z")
    fromh = frm or addr(who.name, who.email)
    toh = ", ".join(addr(n, e) for n, e in to)
    if client in ("gws", "gmail", "gmailapp"):
        h += [("MIME-Version", "1.0")]
        if refs: h += [("References", " ".join(refs)), ("In-Reply-To", irt or refs[-1])]
        h += [("From", fromh), ("Date", date), ("Message-ID", m), ("Subject", enc_h(subj)), ("To", toh)]
        if cc: h.append(("Cc", ", ".join(addr(n, e) for n, e in cc)))
    else:
        h += [("From", fromh), ("To", toh)]
        if cc: h.append(("Cc", ", ".join(addr(n, e) for n, e in cc)))
        h += [("Subject", enc_h(subj)), ("Date", date), ("Message-ID", m)]
        if refs: h += [("In-Reply-To", irt or refs[-1]), ("References", "\n ".join(refs))]
    if client in ("outlook", "owa", "ex16", "outlookcom"):
        h += [("Thread-Topic", enc_h(topic or subj.split(": ", 1)[-1])), ("Thread-Index", tidx or base64.b64encode(b"\x01" + rbytes(21)).decode())]
        cl = "en-US" if who.lang == "en" else CLANG[client]
        h += [("Accept-Language", cl + (", en-US" if cl != "en-US" else "")), ("Content-Language", cl),
              ("X-MS-Has-Attach", "yes" if atts else ""), ("X-MS-TNEF-Correlator", "")]
        if client == "ex16": h.append(("X-Originating-IP", f"[192.168.10.{R.randint(40, 90)}]"))
    if (infra or who.infra).startswith("exo") and who.dom in TENANT:
        h += [("X-MS-Exchange-CrossTenant-Network-Message-Id", ruuid()), ("X-MS-Exchange-CrossTenant-originalarrivaltime", f"{t.astimezone(UTC):%d %b %Y %H:%M:%S.%f}"[:-3] + " (UTC)"),
              ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"), ("X-MS-Exchange-CrossTenant-id", TENANT[who.dom]),
              ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", exo_host(who.dom)[0][:-4] + str(R.randint(1000, 9999)))]
    if client == "zimbra": h += [("X-Originating-IP", f"[181.49.112.{R.randint(40, 90)}]"), ("Thread-Topic", enc_h(topic or subj)), ("Thread-Index", alnum(28))]
    if client == "roundcube": h += [("X-Sender", who.email)]
    if client == "fresh": h += [("X-Freshdesk-Ticket-Id", "")]
    if client in UA: h.append(UA[client])
    if client == "tb": h.append(("Content-Language", "es-ES"))
    h += list(extra)
    h = [(k, v) for k, v in h if not (k == "X-Freshdesk-Ticket-Id" and not v)]
    if client == "iphone": h.append(("Mime-Version", "1.0 (1.0)"))
    elif client not in ("gws", "gmail", "gmailapp"): h.append(("MIME-Version", "1.0"))
    if html is None and not no_html: html = html_of(client, plain)
    bnd = lambda: {"outlook": "_000_" + hx(32).upper() + "_", "owa": "_000_" + HX(32) + "_", "outlookcom": "_000_SJ0PR14MB" + HX(20) + "_",
                   "ex16": "_000_" + hx(32) + "SMEXCH01alcsanmateolocal_", "gws": "000000000000" + hx(16), "gmail": "000000000000" + hx(16),
                   "gmailapp": "000000000000" + hx(16), "zoho": f"----=_Part_{R.randint(100000, 999999)}_{R.randint(10**8, 10**9)}.{int(t.timestamp() * 1000)}",
                   "zimbra": f"=_{ruuid()}", "iphone": f"Apple-Mail-{ruuid().upper()}", "tb": "------------" + alnum(24),
                   "roundcube": "=_" + hx(32), "emclient": "------=_MB" + ruuid().upper(), "emclient-exo": "------=_MB" + ruuid().upper()}.get(client, "----=_NextPart_" + hx(24))

    def textpart(ctype, text):
        data = text.encode("utf-8")
        if client == "tb" and ctype == "text/plain":
            return ["Content-Type: text/plain; charset=UTF-8; format=flowed", "Content-Transfer-Encoding: " + ("7bit" if text.isascii() else "8bit"), "", text]
        if client == "roundcube" and ctype == "text/plain":
            return ["Content-Type: text/plain; charset=UTF-8;\n format=flowed", "Content-Transfer-Encoding: " + ("7bit" if text.isascii() else "8bit"), "", text]
        if client in ("gws", "gmail", "gmailapp"):
            if text.isascii() and max(len(x) for x in text.split("\n")) < 990: return [f'Content-Type: {ctype}; charset="UTF-8"', "", text]
            return [f'Content-Type: {ctype}; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]
        if client in ("outlook", "owa", "ex16", "outlookcom", "zoho", "zimbra", "iphone", "fresh", "bulk", "list"):
            cs = '"utf-8"' if client in ("outlook", "owa", "ex16", "outlookcom") else "utf-8"
            return [f"Content-Type: {ctype}; charset={cs}", "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]
        return [f"Content-Type: {ctype}; charset=UTF-8", "Content-Transfer-Encoding: 8bit", "", text]
    alt = textpart("text/plain", plain)
    if html:
        ab = bnd(); alt = [f'Content-Type: multipart/alternative; boundary="{ab}"', "", f"--{ab}"] + textpart("text/plain", plain) + [f"--{ab}"] + textpart("text/html", html) + [f"--{ab}--"]
    if atts:
        mb = bnd(); body = [f'Content-Type: multipart/mixed; boundary="{mb}"', "", f"--{mb}"] + alt
        for name, data, ctype in atts:
            qn = enc_h(name)
            if client in ("gws", "gmail", "gmailapp"):
                body += [f"--{mb}", f'Content-Type: {ctype}; name="{qn}"', f'Content-Disposition: attachment; filename="{qn}"', "Content-Transfer-Encoding: base64",
                         f"Content-ID: <f_{alnum(9).lower()}0>", f"X-Attachment-Id: f_{alnum(9).lower()}0", "", base64.encodebytes(data).decode().rstrip("\n")]
            elif client in ("outlook", "owa", "ex16"):
                body += [f"--{mb}", f'Content-Type: {ctype}; name="{qn}"', f"Content-Description: {qn}",
                         f'Content-Disposition: attachment; filename="{qn}"; size={len(data)};\n\tcreation-date="{rfc(t, UTC)}";\n\tmodification-date="{rfc(t, UTC)}"',
                         "Content-Transfer-Encoding: base64", "", base64.encodebytes(data).decode().rstrip("\n")]
            else:
                body += [f"--{mb}", f'Content-Type: {ctype}; name="{qn}"', f'Content-Disposition: attachment; filename="{qn}"',
                         "Content-Transfer-Encoding: base64", "", base64.encodebytes(data).decode().rstrip("\n")]
        body += [f"--{mb}--"]
    else: body = alt
    raw = "\r\n".join(f"{k}: {v}".replace("\n", "\r\n") for k, v in h) + "\r\n" + "\r\n".join(body).replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n"
    seq[0] += 1
    pending.append((t.astimezone(UTC), seq[0], folder, raw, (m, label) if label else None, scen))
    return m


class Thread:
    def __init__(s, tid, partner, subj, lang="es"):
        s.tid, s.p, s.subj, s.refs, s.last, s.lang = tid, partner, subj, [], None, lang
        s.tbase = b"\x01" + rbytes(21); s.blocks = []; s.recs = []; s.np = 0

    def add(s, who, text, t, label=None, client=None, to=None, cc=None, sig=True, quote=True, subj=None, scen=None,
            quote_text=None, qrec=None, detached=False, pf=None, **kw):
        client = client or who.client
        plain = text + (who.sig if sig else "")
        q = qrec or s.last
        if quote and q:
            q = dict(q)
            if quote_text is not None: q["plain"] = quote_text
            plain += quote_of(client, q, s.lang)
        if subj is None:
            if not s.refs or client == "fresh": subj = s.subj
            else:
                pf = pf or ("RE: " if client in ("outlook", "owa", "ex16", "outlookcom", "emclient-exo") else "Re: ")
                subj = pf + s.subj
        if to is None: to = [(s.p.name, s.p.email)] if who is me else [(me.name, me.email)]
        if label == G and scen is None:
            s.np += 1; scen = (f"P-{s.tid}-{s.np}", f"plain in-thread reply from {who.name} in {s.tid} '{s.subj}'")
        while len(s.blocks) < len(s.refs): s.blocks.append(rbytes(5))
        if "tidx" not in kw: kw["tidx"] = base64.b64encode(s.tbase + b"".join(s.blocks[:len(s.refs)])).decode()
        m = emit(who, client, t, to, cc, subj, list(s.refs), plain, label=label, topic=s.subj, scen=scen, lang=s.lang, **kw)
        if detached: return m
        s.refs.append(m)
        s.last = dict(t=t, name=who.name, email=who.email, plain=plain, subj=subj, to=to, cc=cc or [])
        s.recs.append(s.last)
        return m


# ---------------------------------------------------------------- attachments
def zipb(members, when=(2025, 3, 12, 16, 40, 0), encrypt=False):
    bio = io.BytesIO(); z = zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED)
    for name, data in members:
        zi = zipfile.ZipInfo(name, date_time=when); zi.compress_type = zipfile.ZIP_STORED if encrypt else zipfile.ZIP_DEFLATED
        z.writestr(zi, data)
    z.close(); b = bytearray(bio.getvalue())
    if encrypt:  # set the "encrypted" flag in every local and central header (content stays random bytes)
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


def pdf(lines, uris=(), producer="Microsoft® Word para Microsoft 365", when="20250303091200", zone="-05'00'"):
    content = ("BT /F1 11 Tf 14 TL 72 770 Td " + " ".join(f"({pdf_esc(l)}) '" for l in lines) + " ET").encode("latin-1")
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", None,
            f"<< /Length {len(content)} >>\nstream\n", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            f"<< /Producer ({pdf_esc(producer)}) /CreationDate (D:{when}{zone}) /ModDate (D:{when}{zone}) >>"]
    ann = []
    for i, u in enumerate(uris):
        objs.append(f"<< /Type /Annot /Subtype /Link /Rect [72 {600 - 30 * i} 523 {624 - 30 * i}] /Border [0 0 0] /A << /S /URI /URI ({u}) >> >>"); ann.append(len(objs))
    objs[2] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R"
               + (f" /Annots [{' '.join(f'{a} 0 R' for a in ann)}]" if ann else "") + " >>")
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"); offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += (f"4 0 obj\n{o}".encode() + content + b"\nendstream\nendobj\n") if i == 4 else f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    x = len(out); fid = hx(32)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R /ID [<{fid}> <{fid}>] >>\nstartxref\n{x}\n%%EOF\n".encode()
    return bytes(out)


def ooxml_xlsm():
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="OC" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
           '<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>')
    sh = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
          '<row r="1"><c r="A1" t="inlineStr"><is><t>Habilite el contenido para visualizar la orden de compra</t></is></c></row></sheetData></worksheet>')
    vba = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + rbytes(3064)
    return zipb([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbr),
                 ("xl/worksheets/sheet1.xml", sh), ("xl/vbaProject.bin", vba)], when=(2025, 9, 23, 2, 31, 0))


def factura_zip(prefix, nit, num, emisor, total, when):
    xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<AttachedDocument xmlns="urn:oasis:names:specification:ubl:schema:xsd:AttachedDocument-2" '
           f'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">\n <cbc:UBLVersionID>UBL 2.1</cbc:UBLVersionID>\n'
           f' <cbc:CustomizationID>Documentos adjuntos</cbc:CustomizationID>\n <cbc:ProfileID>Factura Electrónica de Venta</cbc:ProfileID>\n'
           f' <cbc:ID>{prefix}{num}</cbc:ID>\n <cbc:IssueDate>{when:%Y-%m-%d}</cbc:IssueDate>\n <cbc:ParentDocumentID>{prefix}{num}</cbc:ParentDocumentID>\n'
           f' <!-- emisor {emisor} NIT {nit}; adquirente Ingeniería Civil Andina S.A.S. NIT 900418227; total {total} COP; CUFE {hx(96)} -->\n</AttachedDocument>\n')
    p = pdf([f"FACTURA ELECTRONICA DE VENTA No. {prefix}{num}", emisor, f"NIT {nit}", "Adquirente: Ingenieria Civil Andina S.A.S. NIT 900.418.227-3",
             f"Total a pagar: $ {total}", f"CUFE: {hx(48)}"], producer="facturae.example PDF engine", when=when.strftime("%Y%m%d%H%M00"))
    nm = f"ad0{nit[:9]}00025{num:08d}" if isinstance(num, int) else f"ad{nit[:9]}{num}"
    return (f"{nm}.zip", zipb([(f"{nm}.xml", xml), (f"fv0{nit[:9]}00025{num:08d}.pdf" if isinstance(num, int) else f"{nm}.pdf", p)],
                             when=(when.year, when.month, when.day, when.hour, when.minute, 0)), "application/zip")


def ics(summary, start, url, organizer, uid):
    return ("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nPRODID:Microsoft Exchange Server 2010\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
            f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}\r\nATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={me.name}:mailto:{me.email}\r\n"
            f"DESCRIPTION;LANGUAGE=es-CO:{summary}\\n\\nUnirse: {url}\\n\r\nUID:{uid}\r\nSUMMARY;LANGUAGE=es-CO:{summary}\r\n"
            f"DTSTART:{start.astimezone(UTC):%Y%m%dT%H%M%SZ}\r\nDTEND:{(start + datetime.timedelta(hours=1)).astimezone(UTC):%Y%m%dT%H%M%SZ}\r\n"
            f"LOCATION:{url}\r\nSTATUS:CONFIRMED\r\nSEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode()


def lnk(): return bytes.fromhex("4C0000000114020000000000C000000000000046") + rbytes(380)
def img(): b = bytearray(rbytes(40960)); b[0x8001:0x8006] = b"CD001"; return bytes(b[:0x8800])
def onenote(): return bytes.fromhex("E4525C7B8CD8A74DAEB15378D02996D3") + rbytes(2048)


def png(w=320, h=200):
    def chunk(tp, data): return struct.pack(">I", len(data)) + tp + data + struct.pack(">I", zlib.crc32(tp + data) & 0xffffffff)
    rows = b"".join(b"\x00" + bytes(R.randint(90, 200) for _ in range(w * 3)) for y in range(h))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(rows, 6)) + chunk(b"IEND", b"")


def jpg(k=9000): return b"\xff\xd8\xff\xe1" + rbytes(k) + b"\xff\xd9"


# ---------------------------------------------------------------- helpers for the storyline
ME = (me.name, me.email)
def S(th, text, t, **kw): return th.add(me, text, t, **kw)
def P(th, who, text, t, label=G, **kw): return th.add(who, text, t, label=label, **kw)
def note(who, subj, t, plain, html=None, atts=(), label=None, scen=None, to=None, extra=(), **kw):
    return emit(who, kw.pop("client", "bulk"), t, to or [ME], None, subj, [], plain, html=html, atts=atts, label=label, scen=scen, extra=extra, **kw)


# ---- T1 Minera Santa Rosa: interventoría, cuentas de cobro
t1 = Thread("T1", carolina, "Contrato MSR-CT-2025-041 - Interventoría vía de acceso La Esperanza - cuentas de cobro")
P(t1, carolina, "Buenos días María Fernanda,\n\nLes comparto el contrato firmado por nuestro representante legal y el instructivo de radicación de facturas. "
  "Recuerden que toda factura electrónica debe llegar al buzón de recepción con el número de orden de compra y la hoja de entrada de servicio (HES).", at(3, 11, 9, 14),
  label=None, atts=[("MSR-CT-2025-041 firmado.pdf", pdf(["Contrato de interventoria MSR-CT-2025-041", "Minera Santa Rosa S.A. - Ingenieria Civil Andina S.A.S."]), "application/pdf")])
S(t1, "Buenos días Carolina,\n\nRecibido, muchas gracias. ¿Nos podrían indicar a quién dirigimos la primera cuenta de cobro del anticipo?", at(3, 11, 11, 2))
P(t1, carolina, "María Fernanda, la factura del anticipo va a nombre de Minera Santa Rosa S.A., NIT 890.907.331-6, con la OC 4500087312. "
  "El pago se hace a 45 días después de aprobada la HES.", at(3, 12, 8, 40))
S(t1, "Perfecto. Adjunto la póliza de buen manejo del anticipo aprobada. Emitimos la factura ICA-1187 hoy.", at(3, 14, 15, 10))
P(t1, carolina, "Recibida la póliza. Les confirmo que la HES 1000452 quedó aprobada.", at(3, 18, 10, 5))
S(t1, "Gracias Carolina. ¿Nos confirman la fecha estimada de pago del anticipo?", at(4, 21, 9, 30))
P(t1, carolina, "Quedó programado para el pago del viernes 25 de abril por transferencia.", at(4, 21, 14, 12))
S(t1, "Carolina, buenas tardes. Ya radicamos el acta parcial No. 1. ¿Nos envían la orden de compra para la segunda cuenta?", at(5, 27, 16, 20))
P(t1, carolina, "María Fernanda, te comparto la orden de compra 4500091877 para el acta parcial No. 1. Por favor facturar con esa OC.", at(5, 28, 10, 47), label=GH,
  scen=("G21", "client sends a real purchase-order PDF in the thread (naive rule: reply + document attachment)"),
  atts=[("OC 4500091877.pdf", pdf(["ORDEN DE COMPRA 4500091877", "Proveedor: Ingenieria Civil Andina S.A.S.", "Acta parcial No. 1 - Interventoria via La Esperanza"], producer="SAP NetWeaver 7.50"), "application/pdf")])
S(t1, "Recibida, gracias. Factura ICA-1232 emitida.", at(5, 28, 15, 1))
P(t1, carolina, "María Fernanda, te cuento que a partir del 1 de julio me trasladan al área de proyectos de Segovia. Jorge Ochoa (en copia) "
  "queda a cargo del contrato; él te escribirá para las próximas cuentas.", at(6, 25, 11, 33), cc=[(jorge.name, jorge.email)])
S(t1, "Carolina, muchos éxitos en el nuevo cargo y gracias por todo. Bienvenido Jorge, quedo atenta.", at(6, 25, 12, 10), cc=[(jorge.name, jorge.email)])
P(t1, jorge, "Buenos días María Fernanda,\n\nMucho gusto. Como te comentó Carolina, quedo a cargo del contrato MSR-CT-2025-041. Para el acta parcial No. 2 "
  "necesito que me envíes el informe mensual de interventoría de junio firmado y el paz y salvo de seguridad social.", at(7, 3, 9, 20), label=GH,
  scen=("G2", "new colleague announced in the thread by Carolina writes for the first time (same tenant, first message from this address)"), cc=[(carolina.name, carolina.email)])
S(t1, "Buen día Jorge, mucho gusto. Adjunto el informe de junio y la planilla PILA pagada.", at(7, 3, 14, 48), to=[(jorge.name, jorge.email)])
P(t1, jorge, "Gracias María Fernanda, todo en orden. La HES 1000611 queda aprobada hoy.", at(7, 7, 10, 2))
S(t1, "Jorge, ¿me confirmas el pago del acta parcial No. 2? En tesorería no lo vemos todavía.", at(8, 25, 10, 14), to=[(jorge.name, jorge.email)])
P(t1, jorge, "Hola María Fernanda, salió en la programación de pagos del 22 de agosto. Debe verse reflejado hoy o mañana.", at(8, 25, 16, 40))
S(t1, "Confirmado, ya lo vemos. Mil gracias Jorge.", at(8, 26, 9, 3), to=[(jorge.name, jorge.email)])
S(t1, "Jorge, buenos días. Carolina quedó en enviarnos la nueva OC para el otrosí de ampliación de plazo. ¿Sabes si ya está?", at(9, 22, 10, 30),
  to=[(jorge.name, jorge.email)], cc=[(carolina.name, carolina.email)])
P(t1, carolina, "Buenas noches,\n\nAdjunto la orden de compra del otrosí para su revisión. Por favor habilitar la edición para visualizar correctamente los valores "
  "y confirmar hoy mismo para no perder el cierre del mes.", at(9, 23, 2, 51), label=HJ("account-takeover"), client="owa", orig_ip="102.165.48.77",
  scen=("A1", "Carolina's real M365 mailbox via OWA from a foreign IP at 02:51 (she had moved to another area), macro .xlsm 'orden de compra'; quotes real message"),
  atts=[("OC_4500099214_Otrosi.xlsm", ooxml_xlsm(), "application/vnd.ms-excel.sheet.macroEnabled.12")])
P(t1, jorge, "María Fernanda, no abras el correo que llegó de Carolina anoche. Su cuenta fue comprometida, ya la bloqueó TI. La OC real te la envío yo el lunes.", at(9, 23, 8, 12))
S(t1, "Gracias por el aviso Jorge, no lo abrí. Quedo atenta a la OC.", at(9, 23, 8, 40), to=[(jorge.name, jorge.email)])

# ---- T2 Minera HSE certificados
t2 = Thread("T2", jorge, "Documentos HSE para ingreso de personal a frente La Esperanza")
P(t2, jorge, "María Fernanda, para el ingreso del personal de interventoría necesitamos los certificados de trabajo en alturas, exámenes médicos ocupacionales y la ARL vigente.", at(7, 14, 8, 55), label=None)
S(t2, "Jorge, adjunto los soportes de los cuatro ingenieros y los dos inspectores.", at(7, 15, 11, 20),
  atts=[("Soportes HSE personal ICA.pdf", pdf(["Certificados alturas, examenes medicos, ARL - personal ICA"], producer="Adobe Acrobat Pro 2024"), "application/pdf")])
P(t2, jorge, "Recibidos. El inspector Henry Cuesta tiene el curso de alturas vencido, por favor renovarlo antes del ingreso.", at(7, 15, 16, 5))
S(t2, "Ya quedó inscrito, el curso es el jueves. Te envío el certificado apenas lo tengamos.", at(7, 16, 9, 12))
P(t2, jorge, "Perfecto, gracias.", at(7, 16, 9, 58))
S(t2, "Jorge, adjunto el certificado renovado de Henry.", at(7, 19, 10, 4), atts=[("Cert alturas H Cuesta.pdf", pdf(["Certificado trabajo seguro en alturas - Henry Cuesta"]), "application/pdf")])
P(t2, jorge, "Listo María Fernanda, ya quedó habilitado en el sistema de ingreso.", at(7, 19, 14, 30))

# ---- T21 Minera reunión (orphan)
t21 = Thread("T21", carolina, "Invitación: Comité de seguimiento interventoría - mayo")
t21.refs = [f"<calendar-{ruuid()}@google.com>"]
P(t21, carolina, "María Fernanda, acepto la invitación. ¿Podemos hacerla presencial en la oficina de Bogotá? Viajo ese día.", at(5, 8, 7, 45), label=GO,
  scen=("O2", "Carolina replies to a calendar invitation María sent from her phone's calendar (parent not in the mailbox)"),
  subj="Re: Invitación: Comité de seguimiento interventoría - mayo")
S(t21, "Claro Carolina, te esperamos en la oficina, Cra. 15 # 93-47, piso 5. Te reservo parqueadero.", at(5, 8, 9, 2))
P(t21, carolina, "Gracias, allá nos vemos.", at(5, 8, 9, 30))

# ---- T3 Topografía Castaño
t3 = Thread("T3", sergio, "Levantamientos topográficos vía San Mateo - cuentas de cobro")
S(t3, "Sergio, buenas tardes. Te confirmo la aceptación de la propuesta para el levantamiento de 6,2 km de la vía San Mateo - vereda El Tablón. "
  "Para los pagos necesitamos RUT, certificación bancaria y cuenta de cobro con planilla de seguridad social.", at(4, 2, 15, 30))
P(t3, sergio, "Buenas tardes María Fernanda, gracias por la confianza. Adjunto RUT y certificación bancaria de Banco Andino, cuenta de ahorros No. 236-418877-05 "
  "a nombre de Sergio Castaño Herrera. El equipo arranca el lunes.", at(4, 2, 18, 12),
  atts=[("RUT Sergio Castano.pdf", pdf(["Registro Unico Tributario - Sergio Castano Herrera"], producer="DIAN Muisca"), "application/pdf"),
        ("Certificacion bancaria.pdf", pdf(["Banco Andino certifica cuenta de ahorros 236-418877-05"], producer="Banco Andino"), "application/pdf")])
S(t3, "Recibido, ya quedaste creado como proveedor.", at(4, 3, 9, 10))
P(t3, sergio, "Adjunto cuenta de cobro No. 014 por el primer 50 % del levantamiento y la planilla de abril.", at(4, 30, 17, 44),
  atts=[("Cuenta de cobro 014.pdf", pdf(["Cuenta de cobro 014 - Topografia Castano - 50% levantamiento"]), "application/pdf")])
S(t3, "Sergio, la cuenta quedó aprobada por Camilo. Se paga el 15 de mayo.", at(5, 6, 11, 2))
P(t3, sergio, "Muchas gracias, María Fernanda.", at(5, 6, 12, 20))
P(t3, sergio, "Buenas tardes. Adjunto cuenta de cobro No. 017 por el saldo del levantamiento y la entrega de planos en Civil 3D. "
  "Les cuento que cambié de número de celular, el nuevo es 318 555 2709; el anterior lo dejé de usar.", at(6, 10, 18, 5), label=GH,
  scen=("G3", "subcontractor announces a new mobile number in an ordinary billing reply (no bank change)"),
  atts=[("Cuenta de cobro 017.pdf", pdf(["Cuenta de cobro 017 - Topografia Castano - saldo"]), "application/pdf")])
S(t3, "Gracias Sergio, actualizamos el contacto. La 017 se paga el 30 de junio a la cuenta registrada.", at(6, 11, 9, 5))
P(t3, sergio, "Perfecto, gracias.", at(6, 11, 9, 47))
S(t3, "Sergio, buenos días. ¿Nos envías la cuenta de cobro del replanteo de agosto para incluirla en el pago del 15?", at(9, 8, 9, 40))
P(t3, sergio, "Buen día María Fernanda, ya se la envío.\n\nLe informo que por motivos de una auditoría de la DIAN la cuenta de Banco Andino quedó "
  "temporalmente bloqueada, por lo que le solicito que el pago de esta cuenta de cobro y las siguientes lo realice a mi cuenta de ahorros de "
  "Banco Agrario No. 4-0102-0-18774-1, titular Sergio Castaño H. Por favor confirmarme cuando actualice los datos, no es necesario llamar "
  "porque estoy en campo sin señal toda la semana.", at(9, 8, 21, 37), label=HJ("server-hijack"),
  scen=("A2", "Castaño's real cPanel/Thunderbird (same Received, DKIM, Message-ID shape): new cuenta de ahorros at another bank, discourages calling; no payload"))
S(t3, "Sergio, te llamé al 318 555 2709 y me dices que no enviaste ese correo. Dejamos la cuenta de Banco Andino y te recomiendo cambiar la clave del correo.", at(9, 9, 8, 30))
P(t3, sergio, "Gracias María Fernanda por llamar. Efectivamente no fui yo, ya cambié la contraseña con el proveedor del hosting. La cuenta sigue siendo la misma de Banco Andino.", at(9, 9, 10, 2))

# ---- T20 Castaño programación
t20 = Thread("T20", sergio, "Programación replanteo box culvert K2+350")
S(t20, "Sergio, Camilo pregunta si pueden hacer el replanteo del box culvert la semana del 11 de agosto.", at(7, 30, 10, 0), cc=[(camilo.name, camilo.email)])
P(t20, sergio, "Sí señora, podemos el martes 12 y miércoles 13. Necesito que me confirmen los puntos de control GPS.", at(7, 30, 14, 12), cc=[(camilo.name, camilo.email)])
S(t20, "Confirmado martes 12. Camilo te envía las coordenadas.", at(7, 31, 8, 41), cc=[(camilo.name, camilo.email)])
P(t20, sergio, "Recibidas las coordenadas, gracias. Nos vemos en obra.", at(8, 1, 16, 3))

# ---- T4 Equipos del Norte
t4 = Thread("T4", liliana, "Alquiler estación total y GPS RTK - contrato de arrendamiento 2025")
S(t4, "Liliana, buenos días. Necesitamos una estación total y un equipo GPS RTK por tres meses a partir del 1 de abril para el proyecto de Villarrica.", at(3, 20, 9, 15))
P(t4, liliana, "Buenos días María Fernanda, adjunto cotización COT-2025-311 y el contrato de arrendamiento. El pago es mensual anticipado.", at(3, 20, 11, 30),
  atts=[("COT-2025-311.pdf", pdf(["Cotizacion COT-2025-311 estacion total + GPS RTK"], producer="Zoho Books"), "application/pdf")])
S(t4, "Aprobada. Adjunto el contrato firmado.", at(3, 21, 16, 22))
P(t4, liliana, "Recibido. Los equipos salen el 31 de marzo. Nuestra cuenta corriente es Banco de Occidente No. 045-12877-3.", at(3, 24, 9, 40))
S(t4, "Gracias, quedan programados los pagos.", at(3, 24, 10, 10))
P(t4, liliana, "María Fernanda, buenas tardes. Les informamos con anticipación que a partir del 1 de julio cambiamos de banco. Les haremos llegar la certificación bancaria "
  "firmada por gerencia; por favor verifíquenla llamando al (601) 555 7731 antes de actualizar sus registros.", at(6, 5, 15, 5))
S(t4, "Gracias por el aviso, Liliana. Quedamos atentos a la certificación.", at(6, 5, 15, 40))
P(t4, liliana, "Adjunto la carta de cambio de cuenta firmada por nuestro gerente, con la certificación de Banco Andino, cuenta corriente No. 112-774501-33. "
  "Como les comentamos, pueden confirmar al (601) 555 7731 con nuestro gerente, el señor Álvaro Nieto.", at(6, 20, 10, 12), label=GH,
  scen=("G4", "supplier's genuine bank-change letter, announced two weeks earlier in the thread, invites verification on the known landline"),
  atts=[("Carta cambio cuenta - Equipos del Norte.pdf", pdf(["Equipos Topograficos del Norte S.A.S. - cambio de cuenta", "Banco Andino cuenta corriente 112-774501-33", "Alvaro Nieto - Gerente"]), "application/pdf")])
S(t4, "Liliana, hablé con el señor Álvaro Nieto al (601) 555 7731 y me confirmó los datos. Actualizamos la cuenta a partir del pago de julio.", at(6, 20, 14, 50))
P(t4, liliana, "Gracias María Fernanda por la verificación. Confirmamos: a partir de julio los pagos a Banco Andino cuenta corriente 112-774501-33. La cuenta anterior se cancela el 31 de julio.",
  at(6, 20, 16, 7), label=GH, scen=("G5", "supplier confirms the new bank account after María's verification call (Sent in between)"))
S(t4, "Liliana, necesitamos extender el alquiler del GPS un mes más, hasta el 31 de julio.", at(6, 24, 9, 0))
P(t4, liliana, "Con gusto, se envía la factura del mes adicional con el mismo valor.", at(6, 24, 10, 31))
S(t4, "Liliana, les devolvemos los equipos el 1 de agosto. ¿A quién los entregamos?", at(7, 28, 11, 0))
P(t4, liliana, "Los reciben en la bodega de la calle 13 con el técnico Hernán. Horario 7 a.m. a 4 p.m.", at(7, 28, 14, 22))

# ---- T5 Alcaldía San Mateo
t5 = Thread("T5", luis, "Contrato de consultoría CM-018-2025 - Estudios y diseños vía San Mateo - El Tablón")
P(t5, luis, "Buenos días. Remito copia del acta de inicio del contrato de consultoría CM-018-2025 y el cronograma aprobado por la supervisión.", at(3, 25, 10, 12), label=None,
  atts=[("Acta de inicio CM-018-2025.pdf", pdf(["Acta de inicio contrato de consultoria CM-018-2025"], producer="Microsoft® Word 2016"), "application/pdf")])
S(t5, "Doctor Luis Alberto, buenos días. Recibida el acta, muchas gracias. Quedamos atentos a la primera reunión de supervisión.", at(3, 25, 11, 40))
P(t5, luis, "La reunión queda el jueves 3 de abril a las 9:00 a.m. en la Secretaría de Infraestructura.", at(3, 26, 8, 30))
S(t5, "Confirmado, asisten el ingeniero Camilo Torres y el topógrafo.", at(3, 26, 9, 12))
P(t5, luis, "Se solicita remitir el informe de avance No. 1 con los soportes de seguridad social para trámite de pago.", at(5, 2, 14, 20))
S(t5, "Adjunto el informe de avance No. 1, la planilla y la factura electrónica ICA-1215.", at(5, 5, 16, 2),
  atts=[("Informe avance 1 - CM-018-2025.pdf", pdf(["Informe de avance No. 1 - estudios y disenos via San Mateo"]), "application/pdf")])
S(t5, "Buenos días. ¿Nos confirman si el informe de avance No. 1 ya fue aprobado por la supervisión?", at(5, 12, 9, 0))
P(t5, luis, "Estoy fuera de la oficina del 12 al 23 de mayo. Para asuntos urgentes comunicarse con la secretaria Yolanda Pérez, yolanda.perez@sanmateo-cundinamarca.example, "
  "o al (601) 555 8412 ext. 3.", at(5, 12, 9, 1), label=GH, sig=False, quote=False, subj="Respuesta automática: Contrato de consultoría CM-018-2025 - Estudios y diseños vía San Mateo - El Tablón",
  scen=("G6", "Exchange 2016 automatic reply (out of office) from the municipality, no quote"), extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], detached=True)
P(t5, yolanda, "Buenos días señora María Fernanda. El doctor Luis Alberto está de vacaciones; el informe fue aprobado el 9 de mayo y pasó a la Secretaría de Hacienda para pago.",
  at(5, 13, 8, 41), label=GH, scen=("G23", "the secretary (same Exchange server, announced in the OOO) answers for the Secretario"))
S(t5, "Muchas gracias Yolanda.", at(5, 13, 9, 10), to=[(yolanda.name, yolanda.email)])
P(t5, luis, "Se remiten las observaciones de la supervisión al diseño geométrico. Plazo de respuesta: 10 días hábiles.", at(6, 17, 15, 40),
  atts=[("Observaciones supervision diseno geometrico.pdf", pdf(["Observaciones de supervision al diseno geometrico"], producer="Microsoft® Word 2016"), "application/pdf")])
S(t5, "Recibidas. Camilo prepara las respuestas.", at(6, 17, 16, 30))
S(t5, "Adjunto respuesta a observaciones y planos corregidos.", at(6, 30, 17, 15), atts=[("Respuesta observaciones.pdf", pdf(["Respuesta a observaciones de supervision"]), "application/pdf")])
P(t5, luis, "Recibido. Se programa la revisión final para el 15 de julio.", at(7, 1, 9, 40))
S(t5, "Doctor Luis Alberto, buenas tardes. Adjunto el informe final y la factura del último pago.", at(8, 14, 16, 20))
P(t5, luis, "Buenas tardes, se recibe y se da traslado a la supervisión.", at(8, 15, 10, 22))
old_q = t5.recs[4]
P(t5, luis, "Buen día,\n\nAdjunto documentos solicitados para su revisión.\n\nArchivo protegido, abrir desde un computador con Windows.", at(10, 7, 6, 12),
  label=HJ("server-hijack"), qrec=old_q,
  scen=("A15", "San Mateo's real on-prem Exchange 2016 (ProxyShell-style): short generic reply quoting a 5-month-old message, zip holding a disk image"),
  atts=[("Documentos_CM-018-2025.zip", zipb([("Documentos_CM-018-2025.img", img())], when=(2025, 10, 7, 5, 58, 0)), "application/x-zip-compressed")])
P(t5, luis, "Buenos días. Sírvase remitir la liquidación del contrato firmada para archivo.", at(10, 20, 9, 5))
S(t5, "Adjunto el acta de liquidación firmada.", at(10, 20, 11, 30))

t5b = Thread("T5b", luis, "Mesa técnica socialización diseños vía San Mateo")
S(t5b, "Doctor Luis Alberto, ¿tienen fecha para la socialización de los diseños con la comunidad de El Tablón?", at(8, 18, 10, 0))
P(t5b, luis, "Se propone el sábado 30 de agosto a las 10 a.m. en el salón comunal de la vereda.", at(8, 19, 8, 50))
S(t5b, "Perfecto, confirmamos asistencia.", at(8, 19, 9, 30))
P(t5b, luis, "Cordial saludo. Les comparto la invitación a la mesa técnica virtual previa a la socialización. Favor aceptar la invitación adjunta e ingresar con su correo institucional.",
  at(8, 22, 19, 48), label=HJ("display-name-spoof"), client="outlookcom", infra="outlookcom",
  frm=addr("Luis Alberto Gómez", "secinfraestructura.sanmateo@outlook.com"), sig=False,
  scen=("A9", "display name of the Secretario with an outlook.com address: .ics 'mesa técnica' whose meeting link is on an unknown domain"),
  atts=[("Mesa_tecnica_via_San_Mateo.ics", ics("Mesa tecnica virtual - via San Mateo", at(8, 26, 9, 0), "https://reunion-virtual-gobierno.example/join/8845120",
                                               ("Luis Alberto Gomez", "secinfraestructura.sanmateo@outlook.com"), ruuid()), "text/calendar; method=REQUEST")])

# ---- T6 Alcaldía Villarrica
t6 = Thread("T6", diana, "Contrato de interventoría CI-007-2025 - Optimización acueducto urbano Villarrica")
P(t6, diana, "Cordial saludo,\n\nRemitimos minuta del contrato de interventoría CI-007-2025 para firma del representante legal y constitución de pólizas.", at(3, 17, 14, 22), label=None,
  atts=[("Minuta CI-007-2025.pdf", pdf(["Minuta contrato de interventoria CI-007-2025"]), "application/pdf")])
S(t6, "Diana, buenas tardes. Adjunto la minuta firmada por el ingeniero Ricardo Mejía. Las pólizas las expide Alianza Corredores esta semana.", at(3, 18, 16, 5))
P(t6, diana, "Recibido. Por favor cargar las pólizas en SECOP II para aprobación.", at(3, 19, 9, 10))
S(t6, "Cargadas en SECOP II.", at(3, 21, 15, 30))
P(t6, diana, "Pólizas aprobadas. Adjunto oficio de aprobación y designación de supervisor. Pueden consultar el proceso en https://community.secop.gov.co/Public/Tendering/OpportunityDetail/Index?noticeUID=CO1.NTC.7751203",
  at(3, 25, 10, 4), label=GH, scen=("G30", "municipality's oficio PDF with a link to the public procurement platform"),
  atts=[("Oficio aprobacion polizas CI-007-2025.pdf", pdf(["Oficio aprobacion de polizas CI-007-2025"], uris=["https://community.secop.gov.co/Public/Tendering/OpportunityDetail/Index?noticeUID=CO1.NTC.7751203"]), "application/pdf")])
S(t6, "Gracias Diana. El acta de inicio la firmamos el 1 de abril.", at(3, 25, 11, 0))
P(t6, diana, "Buen día. Solicito remitir el informe mensual de abril antes del 10 de mayo.", at(5, 2, 8, 30))
S(t6, "Adjunto el informe mensual de abril.", at(5, 8, 17, 1))
P(t6, diana, "Recibido, se traslada a supervisión.", at(5, 9, 9, 2))
S(t6, "Diana, ¿nos indica si ya se radicó el pago de abril?", at(5, 30, 10, 15))
P(t6, diana, "Buenas tardes, se radicó el 28 de mayo en Tesorería.", at(5, 30, 15, 48))
P(t6, diana, "Buenas tardes señora María Fernanda,\n\nRetomando este hilo: la obra terminó y necesitamos iniciar la liquidación del contrato de interventoría. "
  "Por favor enviar el informe final, el paz y salvo de seguridad social y el balance financiero.", at(11, 4, 15, 12), label=GH,
  scen=("G13", "municipality revives the thread after five months for the real contract liquidation"))
S(t6, "Diana, buenas tardes. Con gusto, los enviamos esta semana.", at(11, 4, 16, 30))
P(t6, diana, "Cordial saludo,\n\nRemito oficio de respuesta de la supervisión sobre el balance financiero. Descárguelo y ábralo en su navegador para ver las firmas.",
  at(11, 11, 17, 58), label=HJ("server-hijack"),
  scen=("A10", "Villarrica's real Zimbra (same headers): 'oficio de respuesta' as an SVG file (script smuggling), faithful quote"),
  atts=[("Oficio_respuesta_supervision_CI-007.svg", ('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600">'
                                                   '<rect width="800" height="600" fill="#f4f4f4"/><text x="40" y="60" font-family="Arial">Alcaldia de Villarrica - Oficio</text>'
                                                   f'<script type="text/javascript"><![CDATA[ var d="{b64(300)}"; /* inert */ ]]></script></svg>\n').encode(), "image/svg+xml")])
S(t6, "Diana, recibí un correo suyo con un archivo .svg que no esperábamos. ¿Lo envió usted?", at(11, 12, 8, 20))
P(t6, diana, "No, señora María Fernanda, no lo envié. Sistemas está revisando el servidor de correo. Por favor elimínelo.", at(11, 12, 11, 5))

# ---- T7 Constructora Pardo
t7 = Thread("T7", andres, "Subcontrato diseño estructural bodega Funza")
P(t7, andres, "María Fernanda buenas, le mando la propuesta firmada para el diseño estructural de la bodega de Funza. El anticipo es del 30%.", at(4, 8, 13, 10), label=None,
  atts=[("Propuesta firmada bodega Funza.pdf", pdf(["Propuesta diseno estructural bodega Funza"], producer="CamScanner"), "application/pdf")])
S(t7, "Andrés, recibido. Emitimos la factura del anticipo hoy. Nuestra cuenta corriente en Banco Andino es 031-552190-47, NIT 900.418.227-3.", at(4, 8, 15, 2))
P(t7, andres, "Listo, consignado el anticipo. Le mando el soporte.", at(4, 10, 11, 40), atts=[("soporte transferencia.jpg", jpg(), "image/jpeg")])
S(t7, "Gracias Andrés, confirmado.", at(4, 10, 14, 5))
P(t7, andres, "Buenas, ¿para cuándo estarían las memorias de cálculo? El banco nos las pide para el crédito.", at(5, 19, 10, 12))
S(t7, "Camilo me dice que el 30 de mayo.", at(5, 19, 11, 0))
P(t7, andres, "Perfecto gracias.", at(5, 19, 11, 15))
P(t7, andres, "María Fernanda le comparto las fotos del terreno y del estudio de suelos en esta carpeta para Camilo: https://drive.google.com/drive/folders/1qP7vXrT3mB9kLzA2sWc8dEfGh4JnYuI0?usp=sharing",
  at(6, 3, 17, 22), label=GH, scen=("G27", "client on consumer Gmail shares site photos in a Google Drive folder"))
S(t7, "Gracias, ya se las pasé a Camilo.", at(6, 4, 8, 33))
P(t7, andres, "María Fernanda, ya recibimos los planos. ¿Me manda la factura del saldo para programarla?", at(9, 5, 19, 2), label=GH, client="gmailapp",
  scen=("G16", "client switches from Gmail web to the Gmail Android app (different MIME/client traits, same account and Google path)"),
  extra=[])
S(t7, "Andrés, adjunto la factura ICA-1301 del saldo.", at(9, 8, 9, 15))
P(t7, andres, "Listo, sale el viernes.", at(9, 8, 12, 40), client="gmailapp")
P(t7, andres, "María Fernanda, buenas. Le escribo de este correo porque perdí el celular y no tengo acceso al otro. Cambié de número: 305 555 8124. "
  "Necesito que me llame o me escriba por WhatsApp urgente a ese número por lo del pago del saldo, hubo un problema con el banco.", at(9, 11, 20, 44),
  label=HJ("display-name-spoof"), client="outlookcom", infra="outlookcom", frm=addr("Andrés Pardo", "andres.pardog.constructora@outlook.com"), sig=False, quote=False,
  scen=("A13", "display name of the client from an outlook.com address, no quote: 'lost my phone, call/WhatsApp this new number' (no payload)"))
S(t7, "Andrés, te llamé al número de siempre. Me dices que no escribiste desde outlook. Queda reportado.", at(9, 12, 9, 0))
P(t7, andres, "Sí María Fernanda, ese no soy yo. El pago ya salió hoy, le mando soporte.", at(9, 12, 9, 40), client="gmailapp", atts=[("IMG_20250912_094012.jpg", jpg(), "image/jpeg")])

# ---- T19 Pardo actas
t19 = Thread("T19", andres, "Acta de entrega diseños bodega Funza")
S(t19, "Andrés, adjunto el acta de entrega de los diseños para su firma.", at(9, 15, 10, 0))
P(t19, andres, "Firmada, se la devuelvo escaneada.", at(9, 16, 18, 30), client="gmailapp", atts=[("Acta entrega firmada.pdf", pdf(["Acta de entrega disenos bodega Funza"], producer="Google Drive"), "application/pdf")])
S(t19, "Gracias Andrés, fue un gusto trabajar con ustedes.", at(9, 17, 8, 20))
P(t19, andres, "Igualmente. En enero seguramente viene la segunda etapa.", at(9, 17, 9, 4), client="gmailapp")

# ---- T8 Ridgeline (EN)
t8 = Thread("T8", mike, "Joint bid - Cauca River bridge feasibility (IDB-funded)", lang="en")
_mh = exo_host("ridgeline-eng.example")[0]
t8.refs = [f"<{_mh}{HX(16)}@{_mh}.namprd11.prod.outlook.com>"]
P(t8, karen, "Hi Mike, legal is fine with section 7 as redlined. Adding María Fernanda from ICA so she can collect the Colombian entity documents.", at(4, 16, 11, 20), label=GO,
  to=[(mike.name, mike.email)], cc=[ME],
  qrec=dict(t=at(4, 15, 16, 2), name=mike.name, email=mike.email, subj="Joint bid - Cauca River bridge feasibility (IDB-funded)", to=[(karen.name, karen.email)], cc=[],
            plain="Karen, can legal look at the redlines on section 7 before we loop in ICA?" + mike.sig),
  scen=("O1", "Karen replies to Mike's message that María never received and copies her from here on (parent not in the mailbox)"))
P(t8, mike, "Hi María Fernanda,\n\nGood to be working together again. For the Cauca bid we need: certificate of existence (Cámara de Comercio), RUT, the last two years of "
  "audited financials and the CVs of your key staff in English.", at(4, 17, 8, 45), cc=[(karen.name, karen.email)])
S(t8, "Hi Mike,\n\nNice to hear from you. I will send the documents by Friday. The financials are in Spanish; do you need a certified translation?", at(4, 17, 10, 30))
P(t8, mike, "A simple translation is fine for the bid stage. Thanks!", at(4, 17, 12, 2))
S(t8, "Mike, attached are the certificate of existence, RUT and financials (with translation).", at(4, 22, 17, 40),
  atts=[("ICA corporate documents.pdf", pdf(["Ingenieria Civil Andina - corporate documents"]), "application/pdf")])
P(t8, mike, "Thank you, María Fernanda. I'm out of the office until April 28 with limited access to email. For urgent matters please contact Karen Holt (kholt@ridgeline-eng.example).",
  at(4, 22, 17, 41), label=GH, sig=False, quote=False, subj="Automatic reply: Joint bid - Cauca River bridge feasibility (IDB-funded)", detached=True,
  scen=("G7", "Ridgeline automatic reply (OOO) in English"), extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
P(t8, mike, "María Fernanda, back in the office. Documents look good. I'm sending a Teams invite for a kickoff with Camilo next Tuesday.", at(4, 29, 9, 2))
P(t8, mike, "Kickoff - Cauca River bridge bid (Ridgeline / ICA)", at(4, 29, 9, 10), label=GH, detached=True, subj="Kickoff - Cauca River bridge bid (Ridgeline / ICA)",
  scen=("G22", "Teams meeting invite (.ics) from the partner's real account"),
  atts=[("invite.ics", ics("Kickoff - Cauca River bridge bid", at(5, 6, 10, 0), "https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + alnum(40) + "%40thread.v2/0",
                          (mike.name, mike.email), "040000008200E00074C5B7101A82E008" + HX(48)), "text/calendar; method=REQUEST")])
S(t8, "Mike, accepted. Camilo will join from the site office.", at(4, 29, 11, 0))
P(t8, mike, "Great call today. Next step: your cost proposal for the topographic and geotechnical scope by May 20.", at(5, 6, 12, 30))
S(t8, "Mike, attached is our cost proposal in USD. Geotechnical drilling is subcontracted to Geotec (Brazil).", at(5, 19, 18, 5))
P(t8, mike, "Thanks, we'll integrate it. Submission is May 30.", at(5, 20, 9, 15))
P(t8, mike, "María Fernanda, the bid was shortlisted! Technical interviews in November. I'll send details after the time change settles in here.", at(10, 15, 10, 40))
S(t8, "Excellent news, Mike! Camilo is very happy.", at(10, 15, 12, 0))
P(t8, mike, "Interview confirmed for November 12, 8:00 am Bogotá time (we're now on MST, so 6:00 am for me - coffee ready). Please confirm Camilo's availability.",
  at(11, 5, 7, 12), label=GH, scen=("G18", "US partner after the DST change (Date -0700 instead of -0600) and early-morning send"))
S(t8, "Confirmed, Camilo will be available.", at(11, 5, 9, 30))
P(t8, mike, "Hi María Fernanda,\n\nPlease review and e-sign the updated teaming agreement before the interview. Our DocuSign account is having issues so I've uploaded it here:\n\n"
  "https://www.dropbox.com/scl/fi/8h2kq0vz1xw4/Teaming_Agreement_Rev4_Signature.html?rlkey=u7d1pm3cqe0zrw&dl=0\n\nYou'll need to log in with your email to view it. Thanks!",
  at(11, 6, 3, 18), label=HJ("account-takeover"), client="emclient-exo", orig_ip="146.70.117.29",
  scen=("A8", "Mike's M365 account used via eM Client from a foreign VPN IP at 01:18 Denver (03:18 Bogotá): e-signature lure on a Dropbox-hosted HTML page"))
P(t8, karen, "María Fernanda, please disregard Mike's message from this morning about signing via Dropbox - his account was compromised and has been secured. "
  "The real agreement will come through DocuSign from me.", at(11, 6, 9, 12), cc=[(mike.name, mike.email)])
S(t8, "Thank you Karen, noted. I did not open it.", at(11, 6, 10, 0), to=[(karen.name, karen.email)])

# ---- T18 Ridgeline invoicing + DocuSign
t18 = Thread("T18", karen, "Teaming agreement Rev.4 - signature", lang="en")
note(docusign, "Completed? Please DocuSign: Ridgeline-ICA Teaming Agreement Rev4.pdf", at(11, 7, 11, 30),
     "Karen Holt sent you a document to review and sign.\n\nREVIEW DOCUMENT: https://na4.docusign.net/Signing/EmailStart.aspx?a=" + ruuid() + "&etti=24&acct=" + ruuid() +
     "&er=" + ruuid() + "\n\nKaren Holt\nkholt@ridgeline-eng.example\n\nMaría Fernanda, as discussed, here is the real Rev.4 for signature.\n\nDo Not Share This Email\n"
     "This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.",
     html='<html><body><table><tr><td><a href="https://na4.docusign.net/Signing/EmailStart.aspx?a=' + ruuid() + '">REVIEW DOCUMENT</a></td></tr></table></body></html>',
     label=GH, scen=("G29", "real DocuSign envelope (docusign.net) for the amendment announced by Karen"))
S(t18, "Karen, signed in DocuSign. Thank you.", at(11, 7, 15, 2), to=[(karen.name, karen.email)])
P(t18, karen, "Received, fully executed copy attached.", at(11, 7, 16, 40), atts=[("Teaming Agreement Rev4 - executed.pdf", pdf(["Teaming Agreement Rev 4 - executed"], producer="DocuSign"), "application/pdf")])

# ---- T9 Geotec (PT)
t9 = Thread("T9", rafael, "Sondagens SPT - Ponte Rio Cauca / Proposta", lang="pt")
P(t9, rafael, "Olá María Fernanda,\n\nSegue a proposta para as sondagens SPT (8 furos, 25 m cada) e os ensaios de laboratório. Validade de 30 dias.", at(5, 12, 14, 20), label=None,
  atts=[("Proposta Geotec 2025-044.pdf", pdf(["Proposta comercial Geotec 2025-044 - sondagens SPT"]), "application/pdf")])
S(t9, "Hola Rafael,\n\nMuchas gracias. La incluimos en la propuesta con Ridgeline. ¿El valor incluye movilización de equipos desde São Paulo?", at(5, 12, 16, 5))
P(t9, rafael, "Sim, inclui mobilização e desmobilização. Os impostos no Brasil já estão incluídos.", at(5, 13, 9, 40))
S(t9, "Perfecto, gracias.", at(5, 13, 10, 20))
P(t9, rafael, "María Fernanda, recebemos a ordem de serviço. A equipe chega em Popayán dia 14 de julho.", at(7, 2, 11, 12))
S(t9, "Rafael, ¿nos pueden enviar los registros de campo de los primeros cuatro sondeos (en Excel o CSV) comprimidos? Los necesitamos para el informe de Ridgeline.", at(7, 28, 10, 0))
P(t9, rafael, "Segue em anexo o arquivo zip com os boletins de sondagem SP-01 a SP-04 (CSV e PDF), como solicitado.", at(7, 28, 15, 30), label=GH,
  scen=("G15", "subcontractor sends the zipped SPT logs María asked for"),
  atts=[("Boletins_SP01-SP04.zip", zipb([(f"SP-0{i}.csv", "prof_m;golpes_N;descricao\n" + "\n".join(f"{k};{R.randint(3, 40)};argila siltosa" for k in range(1, 26))) for i in range(1, 5)]
                                        + [("SP-01_a_SP-04_boletins.pdf", pdf(["Boletins de sondagem SP-01 a SP-04"]))], when=(2025, 7, 28, 15, 10, 0)), "application/zip")])
S(t9, "Recibido, gracias Rafael.", at(7, 28, 16, 10))
P(t9, rafael, "María Fernanda, perdón por el portuñol: la factura final se la mando en dólares, ¿vale? A conta é a mesma del contrato, Banco do Brasil, SWIFT BRASBRRJSPO.",
  at(8, 20, 9, 22), label=GH, scen=("G19", "Portuguese partner mixes Spanish and Portuguese in a reply; account unchanged"))
S(t9, "Sí, en dólares está bien. Gracias.", at(8, 20, 11, 0))
P(t9, rafael, "Olá,\n\nSegue o relatório atualizado das sondagens com a nova versão do software de visualização. O arquivo está protegido por causa do tamanho e "
  "da confidencialidade.\n\nSenha: GS2025\n\nAbra o atalho dentro do arquivo para instalar a atualização do visualizador.", at(10, 2, 4, 7), label=HJ("server-hijack"),
  scen=("A7", "Geotec's real Locaweb Roundcube (same headers): 'updated report + viewer update', password-protected zip (password in text) holding a .lnk"),
  atts=[("Relatorio_Sondagens_Atualizado.zip", zipb([("Relatorio_Sondagens_Atualizado.lnk", lnk())], when=(2025, 10, 2, 3, 55, 0), encrypt=True), "application/zip")])
S(t9, "Rafael, ¿usted nos envió un zip con contraseña hoy a las 4 a.m.? No lo esperábamos.", at(10, 2, 8, 30))
P(t9, rafael, "Não, não enviei nada. Vou avisar o nosso TI agora. Obrigado por perguntar!", at(10, 2, 10, 12))

# ---- T10 Ruiz Contadores
t10 = Thread("T10", natalia, "Retención en la fuente y declaración de renta AG 2024")
P(t10, natalia, "Buenos días María Fernanda,\n\nPara la declaración de renta del año gravable 2024 necesito los extractos bancarios de diciembre, "
  "el auxiliar de terceros y los certificados de retención recibidos de clientes.", at(3, 5, 9, 10), label=None)
S(t10, "Natalia, buenos días. Te los envío esta semana.", at(3, 5, 10, 40))
P(t10, natalia, "Gracias. Para que sea más fácil, te comparto una carpeta de nuestro SharePoint donde puedes cargarlos: "
  "https://ruizcontadores.sharepoint.com/:f:/s/Clientes/EkP3vG8tYq1BvN2xHs7mW0QBz9kD4rFtLx?e=Qz3Kp1", at(3, 6, 8, 12), label=GH,
  scen=("G20", "accountant's genuine SharePoint link on her own tenant"))
S(t10, "Listo Natalia, cargué los extractos y los certificados.", at(3, 10, 16, 44))
P(t10, natalia, "Recibido todo. El borrador de la declaración te lo envío el 15 de abril para firma del gerente.", at(3, 11, 8, 30))
S(t10, "Natalia, ¿cómo vamos con el borrador?", at(4, 16, 9, 0))
P(t10, natalia, "Adjunto borrador del formulario 110. Por favor revisar con Ricardo.", at(4, 16, 14, 12), atts=[("Borrador F110 AG2024.pdf", pdf(["Formulario 110 borrador AG 2024"], producer="DIAN Muisca"), "application/pdf")])
S(t10, "Ricardo lo aprobó. Puedes presentarlo.", at(4, 21, 11, 0))
P(t10, natalia, "Presentada y pagada la primera cuota. Adjunto el formulario con sello.", at(4, 23, 17, 50))
S(t10, "Natalia, buen día. Para la retención de agosto, ¿incluimos el pago al subcontratista brasileño?", at(9, 3, 10, 0))
P(t10, natalia, "Sí, aplica retención por pagos al exterior del 20 %, salvo convenio. Te paso el detalle en la liquidación.", at(9, 3, 15, 22))
P(t10, natalia, "Natalia Ruiz ha compartido una carpeta contigo.\n\nLiquidación retenciones Q3 - Ingeniería Civil Andina\n\n"
  "Abrir: https://contabilidadruizasoc-my.sharepoint.com/:f:/g/personal/documentos_contabilidadruizasoc_onmicrosoft_com/Ev9yQ2mTzA7Ln?e=hT8sWp\n\n"
  "Este vínculo solo funciona para los destinatarios directos de este mensaje.\n\nPrivacy Statement", at(10, 14, 13, 5), label=HJ("server-hijack"), sig=False, quote=False,
  scen=("A6", "Natalia's real M365 tenant (same headers): SharePoint-style 'shared a folder' whose link points to another tenant (…-my.sharepoint.com of a different org); no quote"))
S(t10, "Natalia, me llegó una notificación de una carpeta compartida desde otro SharePoint. ¿Es tuya?", at(10, 14, 15, 0))
P(t10, natalia, "No María Fernanda, no es mía. Nuestra carpeta es la de siempre. Ya reporté el incidente a nuestro proveedor de TI.", at(10, 14, 16, 20))

# ---- T11 NóminaPlus
t11 = Thread("T11", paola, "Nómina mensual Ingeniería Civil Andina - novedades")
S(t11, "Paola, buenos días. Adjunto las novedades de nómina de marzo: un ingreso (Laura Gil, inspectora) y horas extras del equipo de campo.", at(3, 20, 9, 30))
P(t11, paola, "Recibido María Fernanda. La prenómina te llega el 25 y la dispersión se hace el 29 desde su cuenta de Banco Andino.", at(3, 20, 11, 12))
S(t11, "Prenómina aprobada.", at(3, 26, 10, 40))
P(t11, paola, "Gracias. Dispersión confirmada para el 29.", at(3, 26, 15, 5))
S(t11, "Paola, novedades de abril: incapacidad de Henry Cuesta (5 días) y vacaciones de Camilo.", at(4, 21, 9, 15))
P(t11, paola, "Recibido, incluidas.", at(4, 21, 12, 2))
P(t11, paola, "María Fernanda, los desprendibles de abril están en el zip adjunto protegido con contraseña. Te la envío en un correo aparte por seguridad.", at(4, 30, 16, 0),
  label=GH, scen=("G17", "payroll provider sends password-protected zip of desprendibles; password in a separate follow-up"),
  atts=[("Desprendibles_abril_2025.zip", zipb([(f"Desprendible_{n}_abril.pdf", rbytes(4096)) for n in ("Cuesta", "Gil", "Lopez", "Torres", "Mejia")], when=(2025, 4, 30, 15, 40, 0), encrypt=True), "application/zip")])
P(t11, paola, "La contraseña es el NIT de la empresa sin dígito de verificación.", at(4, 30, 16, 3), label=GH, quote=True,
  scen=("G32", "password for the payroll zip in a separate short message, same thread"))
S(t11, "Gracias Paola, abrió sin problema.", at(5, 2, 8, 40))
P(t11, paola, "María Fernanda, te cuento que a partir de junio tu ejecutivo de cuenta será Felipe Arango (en copia). Yo paso al equipo de implementación.", at(5, 22, 10, 30), cc=[(felipe.name, felipe.email)])
S(t11, "Gracias por todo Paola. Bienvenido Felipe.", at(5, 22, 11, 2), cc=[(felipe.name, felipe.email)])
P(t11, felipe, "Buenos días María Fernanda, mucho gusto. Quedo a tu disposición para la nómina de junio; las novedades me las puedes enviar a este correo hasta el 20.",
  at(6, 2, 8, 50), label=GH, scen=("G28", "payroll provider's new account manager writes after the announced handover"), cc=[(paola.name, paola.email)])
S(t11, "Felipe, mucho gusto. Adjunto novedades de junio.", at(6, 18, 9, 30), to=[(felipe.name, felipe.email)])
P(t11, felipe, "Recibidas, incluidas en la prenómina.", at(6, 18, 14, 2))
S(t11, "Felipe, novedades de agosto: retiro de Laura Gil el 15.", at(8, 14, 10, 15), to=[(felipe.name, felipe.email)])
P(t11, felipe, "Recibido, se liquida el retiro.", at(8, 14, 15, 40))
P(t11, felipe, "Buenas tardes María Fernanda,\n\nTe escribo por la dispersión de la nómina de septiembre. Como sabes, desde junio manejamos tu cuenta y estamos "
  "migrando la dispersión a nuestra cuenta recaudadora para cumplir con la nueva reglamentación de la UGPP sobre pagos de seguridad social. "
  "Para este mes, en lugar de dispersar desde tu cuenta de Banco Andino, te pedimos transferir el valor total de la nómina ($ 48.312.700) "
  "a la cuenta corriente No. 0570-0913-4472 de Banco Popular a nombre de NóminaPlus Recaudos S.A.S., NIT 901.553.218-2, antes del jueves 25 "
  "a las 12 m. Nosotros hacemos la dispersión a cada empleado el mismo día. Adjunto encontrarás la prenómina habitual en el cuerpo del correo.\n\n"
  "Cualquier duda me escribes por aquí, esta semana estoy en capacitación y no estoy recibiendo llamadas.", at(9, 22, 15, 40), label=HJ("lookalike-domain"),
  infra="look-np", frm=addr("Felipe Arango", "felipe.arango@nomina-plus.example"), client="outlook", mid=f"<000001dc{hx(4)}${hx(8)}${hx(8)}$@nomina-plus.example>",
  scen=("A11", "nomina-plus.example look-alike of the payroll provider: long context-aware payroll 'recaudo' account change, quotes the real thread, no payload"))
S(t11, "Felipe, ¿nos puedes confirmar por teléfono el cambio de la dispersión? El correo vino de otro dominio.", at(9, 23, 8, 10), to=[(felipe.name, felipe.email)])
P(t11, felipe, "María Fernanda, no hemos enviado ningún cambio. La dispersión sigue igual desde su cuenta de Banco Andino. Gracias por confirmar.", at(9, 23, 9, 2))

# ---- T12 Energía Capital
t12 = Thread("T12", energia, "[#482117] Reclamo factura oficina Cra. 15 # 93-47 - cuenta 10452233")
S(t12, "Buenos días,\n\nPresentamos reclamo por la factura de abril de la cuenta 10452233: el consumo facturado (3.840 kWh) es casi el doble del promedio. Solicitamos revisión del medidor.", at(5, 6, 9, 20))
P(t12, energia, "Hola María Fernanda,\n\nHemos recibido tu solicitud con el radicado #482117. Un técnico visitará el predio en los próximos 8 días hábiles.", at(5, 6, 9, 35))
S(t12, "Gracias. La visita puede ser cualquier día de 8 a.m. a 5 p.m.", at(5, 6, 10, 0))
P(t12, energia, "Hola María Fernanda,\n\nEl técnico encontró un error de lectura. Se reliquidó la factura; el nuevo valor a pagar es $ 1.284.300. "
  "Puedes pagarla por PSE en https://pagos.energiacapital.example/pse?cuenta=10452233 o en puntos autorizados.", at(5, 16, 14, 3), label=GH,
  scen=("G24", "utility ticket reply with the utility's own PSE payment link for the corrected bill"))
S(t12, "Pagada por PSE. Muchas gracias.", at(5, 17, 9, 0))
P(t12, energia, "Gracias por contarnos. Cerramos el caso #482117.", at(5, 17, 9, 30))
P(t12, energia, "Hola María Fernanda,\n\nEn seguimiento al radicado #482117 te informamos que, tras la auditoría interna de la reliquidación de tu factura, "
  "quedó un saldo pendiente de $ 396.870 por el ajuste del factor de potencia del medidor. Para evitar la suspensión del servicio programada para el "
  "viernes, realiza el pago por PSE en el siguiente enlace habilitado para reliquidaciones:\n\nhttps://pse-reliquidaciones-energiacapital.example/pago?ref=10452233\n\n"
  "El enlace vence en 48 horas. Si ya realizaste el pago, haz caso omiso.", at(6, 11, 18, 20), label=HJ("lookalike-domain"), infra="look-ec", client="fresh", mid=f"<{hx(32)}@energia-capital.example>",
  frm=addr("Energía Capital - Servicio al Cliente", "soporte@energia-capital.example"),
  scen=("A4", "energia-capital.example look-alike in the utility-bill thread: context-aware 'saldo de reliquidación' with a fake PSE link on an unknown domain"))

# ---- T13 Ricardo pagos
t13 = Thread("T13", ricardo, "Pagos proveedores semana")
P(t13, ricardo, "Mafe, esta semana prioriza Equipos del Norte y Castaño. Lo de la agencia de viajes puede esperar al 30.", at(4, 7, 8, 15), label=None)
S(t13, "Listo Ricardo, quedan programados para el jueves.", at(4, 7, 8, 50))
P(t13, ricardo, "Gracias.", at(4, 7, 9, 2))
S(t13, "Ricardo, te dejo para aprobación en la banca virtual el lote de pagos del 15 de mayo.", at(5, 14, 16, 20))
P(t13, ricardo, "Aprobado.", at(5, 14, 23, 41), label=GH, client="iphone", sig=False,
  scen=("G14", "gerente replies from his iPhone at 23:41 (different client than his usual Gmail web, same account)"))
S(t13, "Ricardo, ¿el pago de la póliza de Villarrica lo hacemos de la cuenta corriente?", at(6, 16, 10, 0))
P(t13, ricardo, "Sí, de la corriente.", at(6, 16, 10, 30))
P(t13, ricardo, "Mafe, necesito que hoy antes de las 3 hagas la transferencia a Equipos del Norte por el mes adicional del GPS ($ 4.760.000) a la cuenta que "
  "verificaste con Álvaro. Se me pasó aprobarla la semana pasada y nos suspenden el alquiler. Yo la apruebo apenas la montes.", at(7, 8, 10, 12), label=GH,
  scen=("G26", "gerente's real account (Gmail web, Google path) asks for an urgent same-day transfer to a known, verified supplier account"))
S(t13, "Montada, Ricardo. Queda para tu aprobación.", at(7, 8, 10, 40))
P(t13, ricardo, "Aprobada.", at(7, 8, 11, 2))
P(t13, ricardo, "María Fernanda,\n\nEstoy en reunión con el alcalde de Villarrica y no puedo hablar. Necesito que me hagas una transferencia urgente hoy de $ 38.500.000 "
  "a un proveedor nuevo para asegurar el contrato de la segunda fase. Te paso los datos:\n\nBanco Davivienda, cuenta de ahorros 4884-0021-7765\n"
  "Titular: Soluciones Hídricas del Tolima S.A.S., NIT 901.774.032-5\n\nConfírmame por este medio cuando esté hecha. Es confidencial, no lo comentes con nadie por ahora.",
  at(8, 6, 11, 47), label=HJ("display-name-spoof"), client="gmail", infra="gmail", frm=addr("Ricardo Mejía", "gerencia.rmejia.ica@gmail.com"), sig=False,
  scen=("A5", "gerente's display name from a gmail.com address: urgent confidential transfer to a new supplier (no payload); quotes the real thread"))
S(t13, "Ricardo, me llegó un correo de una cuenta gmail a tu nombre pidiendo una transferencia de 38 millones. No hice nada.", at(8, 6, 12, 5))
P(t13, ricardo, "Bien hecho Mafe, no soy yo. Nunca te pediría eso por correo. Avísale a todos.", at(8, 6, 12, 30))

# ---- T14 Camilo planos
t14 = Thread("T14", camilo, "Planos y memorias - Villarrica acueducto")
P(t14, camilo, "Mafe, te dejo los planos de la red de acueducto para que los imprimas para la radicación: https://drive.google.com/drive/folders/1Zr8Hk2LmN4pQs6TuVw8Xy0Ab3Cd5Ef7G",
  at(4, 3, 8, 40), label=None)
S(t14, "Listo Camilo, ¿en qué tamaño?", at(4, 3, 9, 2))
P(t14, camilo, "Pliego, dos copias. Las memorias en carta: https://drive.google.com/file/d/1mQ9Rt2Sv4Wx6Yz8Ab0Cd2Ef4Gh6Ij8Kl/view?usp=sharing", at(4, 3, 9, 20))
S(t14, "Impresos y radicados.", at(4, 4, 16, 0))
P(t14, camilo, "Mafe, te comparto la carpeta con los planos as-built del acueducto para el informe final de Villarrica: https://drive.google.com/drive/folders/1Bs4Tu6Vw8Xy0Za2Bc4De6Fg8Hi0Jk2Lm?usp=drive_link",
  at(10, 28, 17, 5), label=GH, scen=("G1", "colleague shares a Google Drive folder in a thread that always carried Drive links"))
S(t14, "Gracias Camilo, ya los incluí.", at(10, 29, 8, 30))
P(t14, camilo, "Mafe, te va a llegar un mensaje de Google con un código de verificación porque estoy configurando el correo en el computador nuevo de la obra. "
  "¿Me lo reenvías apenas te llegue? Es que tengo el celular descargado.", at(11, 18, 22, 14), label=HJ("account-takeover"), client="emclient", orig_ip="193.42.33.118",
  sig=False, scen=("A14", "Camilo's real Google account used through SMTP from a VPS with eM Client at 22:14: MFA-code request (text only)"))
S(t14, "Camilo, no te reenvío códigos. Te llamo mañana.", at(11, 19, 7, 30))
P(t14, camilo, "Mafe, yo no te escribí eso anoche. Ya cambié la contraseña y cerré sesiones. Gracias por no enviarlo.", at(11, 19, 8, 2))

t22 = Thread("T22", camilo, "Viáticos comisión Popayán julio")
P(t22, camilo, "Mafe, ¿me ayudas con el anticipo de viáticos para la comisión de Popayán del 14 al 18 de julio? Somos tres.", at(7, 7, 9, 0), label=None)
S(t22, "Claro, ya lo solicité. Te llega el jueves.", at(7, 7, 10, 0))
P(t22, camilo, "Gracias!", at(7, 7, 10, 12))
S(t22, "Camilo, recuerda legalizar los viáticos con facturas a nombre de la empresa.", at(7, 21, 9, 0))
P(t22, camilo, "Te dejo las facturas en tu escritorio mañana.", at(7, 21, 9, 45))

# ---- T15 Ricardo forward
t15 = Thread("T15", ricardo, "Fwd: Actualización de datos - Banco Andino empresas")
P(t15, ricardo, "Mafe, te reenvío la carta del banco sobre la actualización de datos anual. Es la misma de todos los años, ¿la diligencias?\n\n"
  "---------- Forwarded message ---------\nDe: Banco Andino Empresas <empresas@bancoandino.example>\nDate: lun, 14 jul 2025 a las 9:02\n"
  "Subject: Actualización de datos - Banco Andino empresas\nTo: <rmejia@ingcivilandina.example>\n\nApreciado cliente, de acuerdo con la Circular Básica Jurídica, "
  "le solicitamos actualizar la información de su empresa. Adjuntamos el formulario, que puede radicar en cualquier oficina.", at(7, 14, 10, 30), label=GH,
  scen=("G9", "gerente forwards a bank letter with PDF (Fwd:, no In-Reply-To)"), subj="Fwd: Actualización de datos - Banco Andino empresas",
  atts=[("Formulario actualizacion datos PJ.pdf", pdf(["Banco Andino - formulario de actualizacion de datos persona juridica"], producer="Banco Andino"), "application/pdf")])
S(t15, "Claro, lo diligencio y lo llevo a la oficina de la 93.", at(7, 14, 11, 0))

# ---- T16 DIAN / factura electrónica
t16 = Thread("T16", dian, "Requerimiento ordinario - inconsistencias facturación electrónica")
note(dian, "Actualización del Registro Único Tributario - RUT", at(3, 3, 6, 30),
     "Señor(a) contribuyente INGENIERIA CIVIL ANDINA S.A.S., NIT 900418227:\n\nLe informamos que el trámite de actualización del RUT radicado con el número 14023887 "
     "fue aprobado. Consulte su RUT en https://muisca.dian.gov.co o en la plataforma de la entidad.\n\nEste mensaje es generado automáticamente, por favor no responda.",
     label=GH, scen=("G25", "tax-authority notice without reply headers, link to the authority portal"))
note(dian, "Recordatorio vencimiento declaración de retención en la fuente - septiembre", at(10, 6, 6, 15),
     "Señor contribuyente: recuerde que el vencimiento de la declaración de retención en la fuente del periodo 09 es el 10 de octubre. https://www.dian.gov.co/tramitesservicios")
for k, (mo, d, emisor, nit, num, total) in enumerate([(3, 31, "Equipos Topograficos del Norte S.A.S.", "830512904", 4411, "9.520.000"),
                                                      (4, 30, "Equipos Topograficos del Norte S.A.S.", "830512904", 4563, "9.520.000"),
                                                      (5, 30, "Papeleria Colombia Ltda.", "860034112", 88213, "612.400"),
                                                      (6, 30, "Equipos Topograficos del Norte S.A.S.", "830512904", 4788, "4.760.000"),
                                                      (7, 30, "Viajes Andes Ltda.", "900221873", 10341, "3.284.000"),
                                                      (8, 29, "Papeleria Colombia Ltda.", "860034112", 90117, "455.900"),
                                                      (9, 30, "Alianza Corredores de Seguros Ltda.", "800199422", 2210, "2.147.000"),
                                                      (10, 31, "Papeleria Colombia Ltda.", "860034112", 92004, "381.000")]):
    w = at(mo, d, 11, 20)
    z = factura_zip("FE" if k % 2 else "SETT", nit + "1", num, emisor, total, w)
    note(facturae, f"{nit};{emisor};FE{num};01;{emisor}", w,
         f"Señores INGENIERIA CIVIL ANDINA S.A.S.\n\nUsted ha recibido una factura electrónica de {emisor}.\n\nNúmero: FE{num}\nValor total: $ {total}\n\n"
         "Adjunto encontrará el archivo .zip con la representación gráfica (PDF) y el documento electrónico (XML).\n\nPara aceptar o rechazar: https://facturae.example/acuse?doc=" + hx(32) +
         "\n\nEste correo fue enviado por facturae.example, proveedor tecnológico autorizado por la DIAN.",
         atts=[z], label=GH if k == 3 else None, scen=("G10", "e-invoice from a supplier through the proveedor tecnológico: zip with XML + PDF, no reply headers") if k == 3 else None)
note(ecfact, "Tu factura de energía de septiembre está disponible - cuenta 10452233", at(9, 20, 5, 10),
     "Hola INGENIERIA CIVIL ANDINA S.A.S.,\n\nTu factura No. 772104381 por $ 742.910 vence el 3 de octubre.\n\nPaga fácil por PSE: https://pagos.energiacapital.example/pse?cuenta=10452233\n"
     "Descarga tu factura: https://www.energiacapital.example/factura/10452233/202509\n\nEnergía Capital S.A. E.S.P.",
     html='<html><body><p>Tu factura No. 772104381 por $ 742.910 vence el 3 de octubre.</p><a href="https://pagos.energiacapital.example/pse?cuenta=10452233">Paga por PSE</a></body></html>',
     atts=[factura_zip("EC", "8600634751", 772104381, "Energia Capital S.A. E.S.P.", "742.910", at(9, 20, 5, 10))],
     label=GH, scen=("G11", "utility's monthly bill notification with the genuine PSE payment link and e-invoice zip"))
for mo in (4, 5, 6, 7, 8, 10, 11):
    note(ecfact, f"Tu factura de energía de {MESL[mo - 1]} está disponible - cuenta 10452233", at(mo, 20, 5, R.randint(5, 50)),
         f"Hola INGENIERIA CIVIL ANDINA S.A.S.,\n\nTu factura de {MESL[mo - 1]} ya está disponible.\n\nPaga fácil por PSE: https://pagos.energiacapital.example/pse?cuenta=10452233\n\nEnergía Capital S.A. E.S.P.",
         html=f'<html><body><p>Tu factura de {MESL[mo - 1]} ya está disponible.</p><a href="https://pagos.energiacapital.example/pse?cuenta=10452233">Paga por PSE</a></body></html>')
fake_q = ("Buenos días,\n\nEn atención al requerimiento ordinario No. 2025-0087112, remitimos las facturas electrónicas solicitadas.\n\nMaría Fernanda López\nIngeniería Civil Andina S.A.S.")
emit(Pt("DIAN - Fiscalización", "notificacion@dian-requerimientos-co.example", "exim", "fake-dian"), "exim", at(10, 16, 7, 44), [ME], None,
     "RE: Requerimiento ordinario No. 2025-0087112 - inconsistencias facturación electrónica", [f"<{hx(20)}@ingcivilandina.example>"],
     "Señor(a) contribuyente,\n\nRevisada su respuesta, se encontraron inconsistencias entre las facturas electrónicas y la información exógena reportada. "
     "En el archivo adjunto encontrará el detalle del requerimiento y el plazo para responder (15 días hábiles) so pena de sanción por no enviar información.\n\n"
     "Dirección de Impuestos y Aduanas Nacionales\nSubdirección de Fiscalización\n\n" + "\n".join("> " + l for l in fake_q.split("\n")),
     html=None, no_html=True, infra="fake-dian", label=HJ("fake-thread"),
     scen=("A3", "stranger posing as the tax authority: reply subject with an invented References and fabricated quote of María, zip holding a .js"),
     atts=[("Requerimiento_2025-0087112.zip", zipb([("Requerimiento_2025-0087112_detalle.pdf.js", ("// inert placeholder\nvar a='" + b64(400) + "';\n").encode())], when=(2025, 10, 16, 7, 30, 0)), "application/zip")],
     extra=[("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")])

# ---- A12 voicemail fake-thread
emit(Pt("Buzón de Voz Corporativo", "no-reply@buzonvoz-corporativo.example", "exim", "fake-voz"), "exim", at(8, 28, 6, 5), [ME], None,
     "RE: Mensaje de voz +57 601 555 3300 (0:47 seg)", [f"<{hx(16)}@buzonvoz-corporativo.example>"],
     "Tiene un nuevo mensaje de voz.\n\nDe: +57 601 555 3300\nDuración: 00:47\nRecibido: 28/08/2025 06:01\n\nEscuche el mensaje en el archivo adjunto.",
     html='<html><body><p>Tiene un nuevo mensaje de voz de <b>+57 601 555 3300</b> (00:47).</p><p>Escuche el mensaje adjunto.</p></body></html>',
     infra="fake-voz", label=HJ("fake-thread"), scen=("A12", "stranger 'voicemail' with a reply subject and unknown References, HTML attachment (player page), no quote"),
     atts=[("MensajeVoz_5553300.htm", ('<html><head><title>Reproductor</title></head><body><audio controls></audio><form action="https://escuchar-mensaje-voz.example/auth" method="post">'
                                      f'<input type="hidden" name="e" value="{me.email}"><input name="p" type="password"></form></body></html>').encode(), "text/html")])

# ---- T17 mailing list
def listmsg(who_name, who_addr, subj, t, body, refs=(), label=None, scen=None):
    ftr = ("\n_______________________________________________\nInterventores mailing list -- interventores@lists.redinterventores.example\n"
           "To unsubscribe send an email to interventores-leave@lists.redinterventores.example")
    ext = [("List-Id", "Red de Interventores <interventores.lists.redinterventores.example>"), ("List-Unsubscribe", "<mailto:interventores-leave@lists.redinterventores.example>"),
           ("List-Post", "<mailto:interventores@lists.redinterventores.example>"), ("Precedence", "list"), ("Reply-To", "interventores@lists.redinterventores.example")]
    return emit(lista, "list", t, [("", "interventores@lists.redinterventores.example")], None, "[Interventores] " + subj, list(refs), body + ftr, no_html=True,
                frm=addr(f"{who_name} via Interventores", "interventores@lists.redinterventores.example"), extra=ext, label=label, scen=scen, dkim_fail=True)
topics = [("Aplicación de la Resolución 1092 a contratos en ejecución", "Colegas, ¿cómo están aplicando los nuevos pliegos tipo en los contratos que ya estaban en ejecución?"),
          ("Modelo de informe mensual de interventoría", "¿Alguien comparte un modelo de informe mensual que les hayan aprobado en entes territoriales?"),
          ("Ajuste de precios por IPC en contratos de consultoría", "En contratos a precio global, ¿han logrado ajuste por IPC después del primer año?"),
          ("Certificaciones de experiencia en SECOP II", "¿Cuánto se están demorando las alcaldías en expedir certificaciones de experiencia?"),
          ("Pólizas de calidad del servicio - vigencia", "¿La vigencia de la póliza de calidad se cuenta desde el acta de recibo o desde la liquidación?")]
names = [("Hernando Salcedo", "hsalcedo@consultoriasalcedo.example"), ("Adriana Lozano", "alozano@interventorias-lozano.example"),
         ("Gustavo Piñeros", "gpineros@pinerosingenieria.example"), ("Mónica Arbeláez", "marbelaez@arbelaezyasociados.example")]
hard_list = 0
for i, (sub, q) in enumerate(topics):
    t0 = at(3 + 2 * i, 4 + i, 8, 10)
    r0 = listmsg(*names[i % 4], sub, t0, q)
    refs = [r0]
    for j in range(3):
        nm = names[(i + j + 1) % 4]
        lab = GH if (j == 1 and hard_list < 2) else None
        if lab: hard_list += 1
        body = R.choice(["En nuestro caso la entidad aceptó el ajuste con una modificación contractual.", "Nosotros lo resolvimos con un otrosí y concepto jurídico de la entidad.",
                         "Depende del pliego; les recomiendo revisar la cláusula de valor y forma de pago.", "Comparto el modelo que nos aprobaron, sin datos del proyecto.",
                         "A nosotros nos tomó casi dos meses, hay que insistir con derechos de petición."]) + f"\n\nEl {t0.day}/{t0.month}/2025, {names[i % 4][0]} escribió:\n> " + q
        rj = listmsg(*nm, "Re: " + sub, t0 + datetime.timedelta(hours=5 + 20 * j), body, refs=refs, label=lab,
                     scen=(("G8", "G31")[hard_list - 1], "mailing-list reply: list footer, From rewritten to the list (DMARC mitigation), DKIM broken by the list") if lab else None)
        refs = refs + [rj]

# ---- T23 Seguros póliza
t23 = Thread("T23", seguros, "Póliza de cumplimiento CI-007-2025 Villarrica")
S(t23, "Juliana, buenos días. Necesitamos la póliza de cumplimiento, salarios y calidad para el contrato CI-007-2025 de Villarrica. Adjunto minuta.", at(3, 18, 16, 30))
P(t23, seguros, "María Fernanda, con gusto. Adjunto la póliza expedida por Seguros del Estado y el recibo de pago.", at(3, 19, 15, 2),
  atts=[("Poliza CI-007-2025.pdf", pdf(["Poliza de cumplimiento entidad estatal CI-007-2025"]), "application/pdf")])
S(t23, "Gracias Juliana, ya la cargamos en SECOP.", at(3, 20, 9, 0))
P(t23, seguros, "Perfecto. La factura llega por el proveedor tecnológico.", at(3, 20, 10, 14))
S(t23, "Juliana, el municipio pide ampliar la vigencia de la póliza de calidad por la liquidación.", at(11, 6, 10, 0))
P(t23, seguros, "Ya solicité el anexo de modificación a la aseguradora; te lo envío mañana.", at(11, 6, 14, 30))
P(t23, seguros, "Adjunto el anexo de ampliación de vigencia.", at(11, 7, 11, 40), atts=[("Anexo 1 Poliza CI-007-2025.pdf", pdf(["Anexo 1 modificacion vigencia"]), "application/pdf")])

# ---- T24 Viajes
t24 = Thread("T24", viajes, "Reserva tiquetes Bogotá - Popayán 14 jul (3 pax)")
S(t24, "Buenos días, necesitamos tres tiquetes Bogotá - Popayán para el 14 de julio, regreso el 18, para Camilo Torres, Henry Cuesta y Andrés Lozano.", at(7, 2, 9, 0))
P(t24, viajes, "Buenos días María Fernanda, tenemos vuelo directo a las 6:05 a.m. por $ 612.000 por persona con equipaje de bodega. ¿Emitimos?", at(7, 2, 10, 30))
S(t24, "Sí, por favor emitir.", at(7, 2, 11, 0))
P(t24, viajes, "Emitidos. Adjunto los tiquetes electrónicos.", at(7, 2, 15, 20), atts=[("Tiquetes BOG-PPN.pdf", pdf(["Tiquetes electronicos BOG-PPN"]), "application/pdf")])
S(t24, "Recibidos, gracias.", at(7, 2, 15, 40))
P(t24, viajes, "María Fernanda, la aerolínea cambió el vuelo de regreso a las 4:40 p.m. Los pasajeros ya fueron notificados.", at(7, 10, 8, 40))

# ---- bank alerts, newsletters, Google notices, NóminaPlus notices
for mo in range(3, 13):
    for k in range(3 if mo != 12 else 1):
        d = R.randint(1, 28); t = at(mo, d, R.randint(7, 18), R.randint(0, 59))
        kind = R.choice(["Transferencia exitosa", "Pago PSE exitoso", "Ingreso de dinero", "Inicio de sesión en Sucursal Virtual Empresas"])
        val = f"{R.randint(200, 48000)}.{R.randint(100, 999)}"
        body = (f"Banco Andino le informa: {kind}.\n\nCuenta: *0219 (Corriente)\nValor: $ {val}\nFecha: {t:%d/%m/%Y %H:%M}\n\n"
                "Si no reconoce esta operación, comuníquese con la Línea Empresas (601) 555 0000.\nConsulte sus movimientos en https://empresas.bancoandino.example/svp\n\n"
                "Banco Andino nunca le solicitará claves ni códigos por correo.")
        lab = GH if (mo == 7 and k == 0) else None
        note(banco, f"Alertas y Notificaciones Banco Andino: {kind}", t, body,
             html=f'<html><body><table><tr><td>{H.escape(kind)}</td><td>$ {val}</td></tr></table><a href="https://empresas.bancoandino.example/svp">Sucursal Virtual</a></body></html>',
             label=lab, scen=("G12", "bank transfer-confirmation alert with links and no reply headers") if lab else None)
for mo in range(3, 12):
    note(npnot, f"Prenómina {MESL[mo - 1]} 2025 disponible para aprobación", at(mo, 25, 6, 0),
         f"Hola María Fernanda,\n\nLa prenómina de {MESL[mo - 1]} está disponible. Ingresa a https://app.nominaplus.example/prenomina para revisarla y aprobarla.\n\nNóminaPlus")
    note(news, f"Boletín Infraestructura | {MESL[mo - 1].capitalize()} 2025: licitaciones, 4G y normativa", at(mo, 10, 7, 30),
         "Las noticias del mes en infraestructura: nuevos procesos en SECOP II, avances 5G, cambios normativos.\n\nLeer más: https://revistainfraestructura.example/boletin\n\n"
         "Darse de baja: https://revistainfraestructura.us21.list-manage.example/unsubscribe",
         html='<html><body><h1>Boletín Infraestructura</h1><a href="https://revistainfraestructura.example/boletin">Leer más</a></body></html>',
         extra=[("List-Unsubscribe", "<https://revistainfraestructura.us21.list-manage.example/unsubscribe>"), ("Precedence", "bulk")])
for mo, subj in [(3, "Alerta de seguridad: nuevo inicio de sesión en Windows"), (6, "Tu almacenamiento de Google Workspace está casi lleno"),
                 (9, "Alerta de seguridad: se agregó una nueva contraseña de aplicación"), (11, "Resumen de actividad de tu cuenta")]:
    note(gws, subj, at(mo, 12, 10, 5), f"{subj}\n\n{me.email}\n\nSi fuiste tú, no necesitas hacer nada. Si no, revisa la actividad en https://myaccount.google.com/notifications",
         html=f'<html><body><p>{H.escape(subj)}</p><a href="https://myaccount.google.com/notifications">Revisar actividad</a></body></html>')

# ---------------------------------------------------------------- write out
pending.sort(key=lambda x: (x[0], x[1]))
labels = ["mailbox\tmessage_id\tlabel\tkind"]; scen_rows = ["file\tscenario\tdescription"]
for i, (t, _, folder, raw, lab, scen) in enumerate(pending, 1):
    path = f"mailboxes/{MB}/{folder}/{i}.eml"
    with open(f"{root}/{path}", "wb") as fh: fh.write(raw.encode("utf-8"))
    if lab:
        m, (l, k) = lab; labels.append(f"{MB}\t{m}\t{l}\t{k}")
        scen_rows.append(f"{path}\t{scen[0] if scen else '-'}\t{scen[1] if scen else '-'}")
open(f"{root}/labels.tsv", "w").write("\n".join(labels) + "\n")
open(f"{root}/scenarios.tsv", "w").write("\n".join(scen_rows) + "\n")
print(f"{len(pending)} messages, {len(labels) - 1} labelled")
