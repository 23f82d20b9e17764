#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus-21.py OUT_DIR
#
# Probe mailbox "lucia": Lucía Martín Ortega, paralegal at Navarro Ibáñez Abogados S.L.P. (Madrid; real-estate and
# inheritance law). Microsoft 365 / Exchange Online tenant navarroibanez.example; she writes from Outlook desktop (Spanish
# UI: "RE:/RV:", "De:/Enviado el:" quote header) and sometimes from Outlook for Android ("Enviado:" header, mobile
# signature). Spanish with clients, notaries, banks, agencies, the gestoría; English with the foreign buyers.
# September 2024 - June 2025, Europe/Madrid with the DST changes of 27 Oct 2024 and 30 Mar 2025.
# Writes OUT_DIR/labels.tsv, OUT_DIR/scenarios.tsv (file -> scenario id, description) and
# OUT_DIR/mailboxes/lucia/{INBOX,Sent}/N.eml numbered in arrival order across both folders (CRLF). Only test messages are
# labelled; the rest is context. Deterministic (random.Random(21)); no network; attachments are inert (random bytes/text in
# real container structures: PDF, OOXML, ZIP, ZipCrypto-flagged ZIP, LNK, OneNote, ICS, SVG, HTML, PNG, JPEG).
# Receiving side: Exchange Online Protection -> the firm's mailbox server (Authentication-Results with compauth,
# X-Forefront-Antispam-Report, X-MS-Exchange-Organization-*); internal mail arrives via mapi/HTTPS with AuthAs Internal.
#
# Correspondents and their fixed fingerprints (client / Message-ID shape / outbound path / DKIM d= s= / quote style / tz):
#   Colleagues (same tenant, Outlook desktop, internal path): Elena Navarro (socia; Outlook iOS when travelling),
#     Javier Ibáñez (socio; Outlook iOS on the move), Rocío Benítez (administración; shares SharePoint links), Marta Quintana (new lawyer, Jan 2025).
#   Nerea Etxeberria - Casaluz Inmobiliaria: Google Workspace, Gmail web, CA...@mail.gmail.com, d=casaluz-inmobiliaria.example s=google.
#   Álvaro Gil - Pisos Retiro agent on gmail.com, Gmail for Android (<div dir="auto">, "El jue, 9 ene 2025, 18:22, ... escribió:").
#   Carmen Sánchez-Rubio (heir): gmail.com, Gmail web.  Alfonso Sánchez-Rubio (heir): outlook.com, Outlook for iOS, then
#     (announced, Feb 2025) a new phone with Outlook for Android; outlook.com Message-ID DB9P251MB... upper case.
#   Graham Whitfield (UK buyer): btinternet.com, BT Email web (Open-Xchange style, X-Originating-IP of his BT line),
#     d=btinternet.com s=btmx201904, Europe/London.   Sarah Whitfield: yahoo.co.uk, Yahoo Mail iOS (sonic...ir2.yahoo.com,
#     d=yahoo.co.uk s=s2048, "Sent from Yahoo Mail for iPhone").
#   Joost van der Berg + Femke de Vries - Van der Berg Vastgoed B.V. (Dutch investor): M365 NL tenant, Outlook desktop
#     English, EXO AM8P190MB..., d=vandenberg-vastgoed.example s=selector1, X-OriginatorOrg, Europe/Amsterdam.
#   Daniel Kessler (US buyer): icloud.com, Apple Mail on macOS and iPhone Mail (UUID Message-ID, st43p00im-...me.com,
#     d=icloud.com s=1a1hai), America/New_York.
#   Notaría Blanco Soler (Pilar Gómez, oficial; Ignacio Blanco Soler, notario): on-prem Exchange 2019 + Outlook 2019,
#     <hex32@EXCH-NBS01.notariabs.local>, no DKIM, SPF pass via mail.notariablancosoler.example.
#   Notaría Ferrer Valls (Montserrat Rius, oficial): Zimbra 9 web client, ...JavaMail.zimbra@ ids, Postfix/amavis path,
#     DKIM with Zimbra UUID selector, "----- Mensaje original -----" quote.
#   Banco Meseta (Raúl Domínguez, hipotecas no residentes; Lourdes Arias, testamentarías): M365 tenant, Outlook desktop,
#     legal disclaimer; plus the bank's e-signature platform notifications (firma.bancomeseta.example, SES-style path).
#   Tasaciones Cibeles (Beatriz Lozano, tasadora): M365 without custom DKIM (d=tasacionescibeles.onmicrosoft.com) +
#     valuation platform notices.
#   Gestoría Álamo (Rafael Álamo): Outlook 2016 over SMTP at a hosting provider (Oracle Messaging Server), Message-ID
#     <...$...$...$@gestoriaalamo.example>, Windows-1252, "-----Mensaje original-----".
#   Olmedo Abogados (Inés Olmedo, seller's lawyer): Zoho Mail EU.   La Alacena Gourmet (shop): cPanel + Roundcube.
#   Inmaculada Peña (landlady client): hotmail.com via Outlook.com web.   Lexred Sistemas (IT provider, Sergio Ortiz):
#     M365 + helpdesk notifications.   Notifications: LexGestiona practice software, ICAM weekly newsletter, Consejo del
#     Notariado newsletter, Registradores (nota simple), Correos burofax, DocuSign, Microsoft 365 quarantine, Banco Meseta
#     business alerts, the Google Group "paralegales-madrid" (list headers, footer, From rewriting for DMARC), an NDR.
#
# Threads: T1 Whitfield NIE + power of attorney (EN); T2 Casaluz arras contract draft; T3 Casaluz arras payment;
#   T4 Banco Meseta non-resident mortgage (Whitfield); T5 Tasaciones Cibeles valuation; T6 Notaría Blanco Soler deed
#   Whitfield; T7 Whitfield completion costs and funds (EN); T7b Whitfield completion documents, revived in June (EN);
#   T8 Carmen bank letter forward; T9 Herencia Prieto Salas documents (Carmen/Alfonso); T10 Notaría Ferrer Valls partition;
#   T11 Banco Meseta testamentarías; T12 Gestoría modelo 650 / plusvalía; T13 Gestoría bank change; T14 Alfonso Bizum /
#   new phone; T14b reparto saldo (Alfonso/Carmen); T15 Argumosa 23 due diligence (Joost, EN); T16 Argumosa 23 funds (EN);
#   T17 Pisos Retiro visits/contracts (Álvaro); T18 Daniel Kessler POA (EN); T19 Daniel funds (EN); T20 Olmedo arras
#   Castelló 76; T21 burofax C/ Ibiza 14 (Inmaculada); T22 Marta joins (internal); T23 Rocío provisiones (SharePoint);
#   T24 Rocío nóminas / certificado de retenciones; T25 Christmas hampers (La Alacena); T25b Lucía forwards A11 to Javier;
#   T26 Lexred AutoFirma; T27 Elena forwards; T28 Notaría Blanco Soler deed Castelló 76; L0-L4 paralegales-madrid list
#   threads (+4 single posts); stand-alone notices, newsletters, bank alerts, helpdesk notices. Incidents are followed up
#   in the mailbox as they would be (Lucía checks by phone, the partner confirms the compromise), as later context.
#
# Hijacks (16):
#   A1  T3  server-hijack      Casaluz agent's real Google Workspace account, Friday 21:58: seller "blocked account", pay the arras to a new ES IBAN; faithful quote, no payload
#   A2  T10 server-hijack      Notaría Ferrer Valls' real Zimbra: "cuaderno revisado" as ZipCrypto-flagged zip (.wsf inside), password in the text; usted instead of tú
#   A3  T4  server-hijack      Banco Meseta gestor's real M365 mailbox: FEIN/FiAE e-signature link on docs.google.com (published slides); altered quote
#   A4  T26 server-hijack      IT provider's real M365 mailbox: "AutoFirma 1.9 update" zip on dropbox.com; no quote
#   A5  T17 server-hijack      Pisos Retiro agent's gmail.com account (same Gmail Android shape): English "invoice" zip with a .lnk in a Spanish thread; no quote
#   A6  T16 account-takeover   Dutch investor's M365 account via SMTP AUTH from a VPS (other client, 03:41): send the tax-provision refund to a new ES account
#   A7  T7  account-takeover   Graham's BT account from Outlook 16 over SMTP on a foreign VPS: "letter from the Spanish tax office" PDF with link
#   A8  T24 account-takeover   colleague Rocío's M365 account via OWA from a foreign IP: payroll portal MFA re-registration, QR code PNG, no quote
#   A9  T18 display-name-spoof "Daniel Kessler" from an unrelated compromised address: OneNote "scan of the POA", Emotet-style full quote
#   A10 T9  display-name-spoof "Carmen Sánchez-Rubio" from an unrelated company address: .docm "documentación herencia", faithful quote
#   A11 T25 display-name-spoof partner "Javier Ibáñez" from gmail.com: El Corte Inglés gift cards, no payload, no quote
#   A12 T6  lookalike-domain   notaria-blancosoler.example "Pilar Gómez": price must go to the notary's escrow account, IBAN + PDF letter (no link), faithful quote
#   A13 T5  lookalike-domain   tasaciones-cibeles.example "Beatriz Lozano": overdue valuation invoice, HTML attachment (fake login), altered quote
#   A14 --  fake-thread        "RE: Burofax ... pendiente de entrega" with a fabricated quote of Lucía, link to an unknown domain
#   A15 --  fake-thread        "RE: Mensaje de voz - Notaría" voicemail lure, SVG attachment, no quote, References not in the mailbox
#   A16 T14b account-takeover  heir Alfonso's outlook.com account from the web client (not his phone): .ics "cita en el banco" with link
#
# Genuine hard cases (35):
#   G1  T2  agency sends the final arras draft as a Google Drive folder link (the agency always shares Drive links)
#   G2  T23 administración shares a SharePoint link to the provisions workbook (as she always does in that thread)
#   G3  T15 new colleague Marta (introduced in T22) writes in a client thread for the first time
#   G4  T14 heir announces a new phone number and now writes from Outlook for Android instead of Outlook for iOS
#   G5  T13 gestoría announces a bank change with a signed letter + ownership certificate (PDF); verified by phone in the next Sent mail
#   G6  T12 gestoría's first invoice with the new (verified) IBAN
#   G7  T28 notary officer's Exchange 2019 out-of-office (Semana Santa)
#   G8  T15 Dutch investor's Exchange Online out-of-office ("Automatisch antwoord:", English + Dutch)
#   G9  T8  heir forwards the bank's letter (Fwd:, no In-Reply-To) with a scanned PDF
#   G10 T7b buyer revives the completion thread after almost three months with a scanned council letter
#   G11 T18 US buyer answers from his iPhone at 02:14 Madrid time
#   G12 T15 Dutch investor sends the zipped KYC documents Lucía asked for
#   G13 T6  notary sends the draft deed (.docx) and asks how the price will be paid
#   G14 --  Banco Meseta e-signature platform notification (FEIN available), no reply headers, link
#   G15 --  DocuSign "completed" notification for the reservation sheet
#   G16 --  Correos burofax delivery certificate notification with PDF
#   G17 --  Registradores "nota simple" ready notification with a link to the e-office
#   G18 T9  heir sends phone photos (JPEG) of the deed pages
#   G19 T3  agency sends the signed arras contract and the transfer receipt (IBAN in the PDF) after phone verification
#   G20 T19 US buyer confirms the wire after a phone call, bank confirmation PDF
#   G21 T5  valuer sends the valuation report PDF + a link to her company's platform
#   G22 T27 partner Elena forwards (RV:) a prospective client's mail with its PDF from her phone
#   G23 L3  list reply with the Google Groups footer and a Google Docs template link
#   G24 T15 the investor's new office manager Femke (announced by him) writes for the first time, with the refund IBAN
#   G25 T3  agency's genuine reply after her account was abused, discussing the fake IBAN (quotes the hijack chain)
#   G26 T17 agent sends a WeTransfer link with the tenancy contracts (first link in the thread)
#   G27 T10 notary's Zimbra out-of-office (Auto-Submitted: auto-replied)
#   G28 T14 heir confirms a Bizum payment of the fees
#   G29 T26 IT provider sends the official AutoFirma download page link
#   G30 T24 administración: tax certificate available on the payroll portal (link)
#   G31 --  Exchange NDR for a mistyped address (multipart/report, In-Reply-To the mail sent a minute earlier)
#   G32 T4  bank sends the FEIN/FiAE as password-protected PDFs, password = client's NIE (not in the mail)
#   G33 T5  valuer's genuine invoice with her company's IBAN
#   G34 T1  buyer sends the DHL tracking link of the original power of attorney
#   G35 T17 agent replies from his phone at 23:48 with a PDF (his usual Gmail for Android, late at night)
# Genuine orphans (3): O1 T6 notary's reply to Elena's mail (Lucía added in Cc, parent not in mailbox);
#   O2 heir replies to administración's invoice mail that only went to her (Lucía now in Cc);
#   O3 L0 list reply in a thread started before Lucía subscribed.
# Plain genuine replies: every other labelled in-thread partner, colleague or list reply (genuine-reply).
# Output: 375 messages (262 INBOX, 113 Sent); 134 labelled: 16 hijack (5 server-hijack, 4 account-takeover,
# 3 display-name-spoof, 2 lookalike-domain, 2 fake-thread), 80 genuine-reply, 35 genuine-hard, 3 genuine-orphan.
import base64, datetime, hashlib, html as H, io, quopri, random, struct, sys, uuid, zipfile, zlib
from zoneinfo import ZoneInfo

root = sys.argv[1]
MB = "lucia"
import os
for _f in ("INBOX", "Sent"): os.makedirs(f"{root}/mailboxes/{MB}/{_f}", exist_ok=True)
R = random.Random(21)
MAD = ZoneInfo("Europe/Madrid"); LON = ZoneInfo("Europe/London"); AMS = ZoneInfo("Europe/Amsterdam")
NYC = ZoneInfo("America/New_York"); PAC = ZoneInfo("America/Los_Angeles"); UTC = datetime.timezone.utc


def hx(k): return "".join(R.choice("0123456789abcdef") for _ in range(k))
def HX(k): return hx(k).upper()
def rbytes(k): return bytes(R.getrandbits(8) for _ in range(k))
def ruuid(): return str(uuid.UUID(int=R.getrandbits(128), version=4))
def alnum(k): return "".join(R.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(k))
def b64(k): return base64.b64encode(rbytes(k)).decode()
def at(y, mo, d, h, mi, tz=MAD): return datetime.datetime(y, mo, d, h, mi, R.randint(0, 59), tzinfo=tz)
def ip4(a, b=None): return f"{a}.{b if b is not None else R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)}"


# ------------------------------------------------------------------ IBANs with real check digits
def _ccc_dc(digits, weights=(1, 2, 4, 8, 5, 10, 9, 7, 3, 6)):
    s = sum(int(d) * w for d, w in zip(digits.rjust(10, "0"), weights)); r = 11 - s % 11
    return {10: 1, 11: 0}.get(r, r)


def iban_es(bank, branch, acct):
    dc = f"{_ccc_dc('00' + bank + branch)}{_ccc_dc(acct)}"
    bban = bank + branch + dc + acct
    chk = 98 - int("".join(str(int(c, 36)) for c in bban + "ES00")) % 97
    s = f"ES{chk:02d}{bban}"
    return " ".join(s[i:i + 4] for i in range(0, 24, 4))


def iban_nl(bank, acct):
    bban = bank + acct
    chk = 98 - int("".join(str(int(c, 36)) for c in bban + "NL00")) % 97
    s = f"NL{chk:02d}{bban}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


IBAN_FIRM = iban_es("0182", "2370", "0201580937")        # cuenta de clientes del despacho
IBAN_SELLER = iban_es("2100", "1571", "9402003381")      # Fernando Ruiz Camacho (real)
IBAN_FAKE_A1 = iban_es("1583", "0001", "1090437725")     # A1 neobank
IBAN_GEST_OLD = iban_es("0081", "0532", "6100015513")
IBAN_GEST_NEW = iban_es("0128", "0072", "4201063298")
IBAN_NOT_FAKE = iban_es("0239", "0001", "5830261174")    # A12
IBAN_JOOST_NL = iban_nl("ABNA", "0417164300")
IBAN_FAKE_A6 = iban_es("1465", "0100", "9517392286")     # A6
IBAN_TAS = iban_es("0049", "1806", "9321103842")
IBAN_FV = iban_es("2100", "2208", "3302007745")          # Notaría Ferrer Valls
IBAN_ALACENA = iban_es("3058", "1023", "5427200031")


# ------------------------------------------------------------------ people
class Pt:
    def __init__(s, name, email, client, infra, sig="", tz=MAD, lang="es"):
        s.name, s.email, s.client, s.infra, s.sig, s.tz, s.lang = name, email, client, infra, sig, tz, lang
        s.dom = email.split("@")[1]


OWN = "navarroibanez.example"
DISCL = ("\n\nAVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su "
         "destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y proceda a su borrado. "
         "Navarro Ibáñez Abogados, S.L.P. trata sus datos conforme al RGPD; más información en www.navarroibanez.example/privacidad")
SIG_ME = ("\n\nUn saludo,\n\nLucía Martín Ortega\nParalegal | Navarro Ibáñez Abogados\nC/ Fortuny 19, 2.º izda. · 28010 Madrid\n"
          "T. 91 555 31 20 (ext. 214)\nwww.navarroibanez.example" + DISCL)
SIG_ME_EN = ("\n\nKind regards,\n\nLucía Martín Ortega\nParalegal | Navarro Ibáñez Abogados\nC/ Fortuny 19, 2.º izda. · 28010 Madrid, Spain\n"
             "T. +34 91 555 31 20 (ext. 214)\nwww.navarroibanez.example" + DISCL)
me = Pt("Lucía Martín Ortega", f"lucia.martin@{OWN}", "olk", "own", SIG_ME)
elena = Pt("Elena Navarro Gil", f"elena.navarro@{OWN}", "olk", "int",
           "\n\nElena Navarro Gil\nAbogada · Socia\nNavarro Ibáñez Abogados\nT. 91 555 31 20" + DISCL)
javier = Pt("Javier Ibáñez Ruiz", f"javier.ibanez@{OWN}", "olk", "int",
            "\n\nJavier Ibáñez Ruiz\nAbogado · Socio\nNavarro Ibáñez Abogados\nT. 91 555 31 20 · M. 629 555 184" + DISCL)
rocio = Pt("Rocío Benítez Lara", f"rocio.benitez@{OWN}", "olk", "int",
           "\n\nRocío Benítez Lara\nAdministración y facturación\nNavarro Ibáñez Abogados\nT. 91 555 31 20 (ext. 201)" + DISCL)
marta = Pt("Marta Quintana Roldán", f"marta.quintana@{OWN}", "olk", "int",
           "\n\nMarta Quintana Roldán\nAbogada\nNavarro Ibáñez Abogados\nT. 91 555 31 20 (ext. 217)" + DISCL)
nerea = Pt("Nerea Etxeberria", "nerea@casaluz-inmobiliaria.example", "gweb", "gws-casaluz",
           "\n\n--\nNerea Etxeberria Lasa\nAsesora inmobiliaria\nCasaluz Inmobiliaria · C/ Santa Engracia 112 · 28003 Madrid\n"
           "91 555 23 47 · 655 514 092\nwww.casaluz-inmobiliaria.example")
alvaro = Pt("Álvaro Gil", "alvarogil.pisosretiro@gmail.com", "gand", "gmail",
            "\n\nÁlvaro Gil\nPisos Retiro · Agente inmobiliario\n644 555 730")
carmen = Pt("Carmen Sánchez-Rubio Prieto", "carmensrubio62@gmail.com", "gweb", "gmail")
alfonso = Pt("Alfonso Sánchez-Rubio", "alfonso.srubio@outlook.com", "olkios", "outlookcom")
graham = Pt("Graham Whitfield", "g.whitfield@btinternet.com", "btweb", "bt",
            "\n\nBest wishes\nGraham\n\nGraham Whitfield\n07700 900 418", tz=LON, lang="en")
sarah = Pt("Sarah Whitfield", "sarahwhitfield@yahoo.co.uk", "ymios", "yahoo", "", tz=LON, lang="en")
joost = Pt("Joost van der Berg", "joost@vandenberg-vastgoed.example", "olken", "exo-vdb",
           "\n\nKind regards,\n\nJoost van der Berg\nDirector | Van der Berg Vastgoed B.V.\nKeizersgracht 412, 1016 GC Amsterdam\n"
           "+31 20 555 0193 | +31 6 5550 8841", tz=AMS, lang="en")
femke = Pt("Femke de Vries", "femke@vandenberg-vastgoed.example", "olken", "exo-vdb",
           "\n\nBest regards,\n\nFemke de Vries\nOffice & Finance Manager | Van der Berg Vastgoed B.V.\nKeizersgracht 412, 1016 GC Amsterdam\n"
           "+31 20 555 0190", tz=AMS, lang="en")
daniel = Pt("Daniel Kessler", "dkessler@icloud.com", "amac", "icloud", "\n\nDaniel", tz=NYC, lang="en")
pilar = Pt("Pilar Gómez Arranz", "pgomez@notariablancosoler.example", "ex19", "ex19-nbs",
           "\n\nPilar Gómez Arranz\nOficial\nNotaría de D. Ignacio Blanco Soler\nC/ Velázquez 41, 1.º · 28001 Madrid\nTel. 91 555 40 72\n\n"
           "Le informamos de que sus datos son tratados por la Notaría para el ejercicio de la función pública notarial.")
montse = Pt("Montserrat Rius", "mrius@notariaferrervalls.example", "zimbra", "zimbra-fv",
            "\n\n--\nMontserrat Rius Ballester\nOficial de la Notaría Ferrer Valls\nPaseo de la Castellana 128, 4.º · 28046 Madrid\n"
            "Tel. 91 555 66 20 · Ext. 3")
raul = Pt("Raúl Domínguez Peña", "rdominguez@bancomeseta.example", "olk", "exo-bm",
          "\n\nRaúl Domínguez Peña\nGestor Hipotecario · Clientes No Residentes\nBanco Meseta · Oficina 0370 Madrid-Génova\n"
          "Tel. 91 555 70 31\n\nEste mensaje es confidencial. Banco Meseta, S.A. nunca le pedirá claves ni datos de acceso por correo "
          "electrónico. Inscrita en el Registro Mercantil de Madrid, T. 41.230, F. 12, H. M-731.902. NIF A-82.555.019.")
lourdes = Pt("Lourdes Arias Moreno", "larias@bancomeseta.example", "olk", "exo-bm",
             "\n\nLourdes Arias Moreno\nUnidad de Testamentarías\nBanco Meseta · Dirección Territorial Centro\nTel. 91 555 70 88\n\n"
             "Este mensaje es confidencial. Banco Meseta, S.A. nunca le pedirá claves ni datos de acceso por correo electrónico.")
beatriz = Pt("Beatriz Lozano Herrera", "blozano@tasacionescibeles.example", "olk", "exo-tc",
             "\n\nBeatriz Lozano Herrera\nArquitecta técnica · Tasadora\nTasaciones Cibeles, S.A. (Registro Banco de España n.º 4.512)\n"
             "Tel. 91 555 81 60 · 610 555 247")
rafael = Pt("Rafael Álamo", "rafael@gestoriaalamo.example", "olk16", "arsys",
            "\n\nRafael Álamo Cuesta\nGestor Administrativo Colegiado n.º 2.781\nGestoría Álamo · C/ Alcalá 211, bajo · 28028 Madrid\n"
            "Tel. 91 555 12 64")
ines = Pt("Inés Olmedo", "ines@olmedoabogados.example", "zoho", "zoho-olm",
          "\n\nInés Olmedo Sanz\nAbogada\nOlmedo Abogados · C/ Serrano 88 · 28006 Madrid · 91 555 97 10")
alacena = Pt("La Alacena Gourmet", "pedidos@laalacena-gourmet.example", "roundcube", "cpanel-alacena",
             "\n\nMaribel\nLa Alacena Gourmet · C/ Ponzano 37 · 28003 Madrid · 91 555 04 38")
inma = Pt("Inmaculada Peña Ríos", "inmapenarios@hotmail.com", "owacons", "outlookcom")
sergio = Pt("Sergio Ortiz", "sergio.ortiz@lexred.example", "olk", "exo-lx",
            "\n\nSergio Ortiz\nTécnico de sistemas\nLexred Sistemas · Soporte a despachos\nsoporte@lexred.example · 91 555 62 00")

# helo, ip, dkim d, dkim s (None = unsigned), smtp.mailfrom domain (None = From domain), dmarc result
INFRA = {
    "gws-casaluz": ("mail-sor-f41.google.com", "209.85.220.41", "casaluz-inmobiliaria.example", "google", None, "pass"),
    "gmail": ("mail-wm1-f54.google.com", "209.85.128.54", "gmail.com", "20230601", None, "pass"),
    "outlookcom": ("EUR02-VI1-obe.outbound.protection.outlook.com", "52.100.14.201", "outlook.com", "selector1", None, "pass"),
    "hotmailcom": ("EUR03-AM7-obe.outbound.protection.outlook.com", "52.100.173.62", "hotmail.com", "selector1", None, "pass"),
    "bt": ("re-prd-rgout-003.btmx-prd.synchronoss.example", "65.20.0.203", "btinternet.com", "btmx201904", None, "pass"),
    "yahoo": ("sonic311-24.consmr.mail.ir2.yahoo.com", "77.238.176.156", "yahoo.co.uk", "s2048", None, "pass"),
    "exo-vdb": ("EUR05-DB8-obe.outbound.protection.outlook.com", "52.101.70.88", "vandenberg-vastgoed.example", "selector1", None, "pass"),
    "icloud": ("st43p00im-ztfb10061701.me.com", "17.58.63.177", "icloud.com", "1a1hai", None, "pass"),
    "ex19-nbs": ("mail.notariablancosoler.example", "212.170.88.36", None, None, None, "pass"),
    "zimbra-fv": ("mta.notariaferrervalls.example", "82.223.104.51", "notariaferrervalls.example", "6E1B2C34-8A0F-11EE-B4D2-4C8F2A1E9D37", None, "pass"),
    "exo-bm": ("EUR04-HE1-obe.outbound.protection.outlook.com", "52.101.72.119", "bancomeseta.example", "selector2", None, "pass"),
    "exo-tc": ("EUR01-DB5-obe.outbound.protection.outlook.com", "52.100.5.140", "tasacionescibeles.onmicrosoft.com", "selector1-tasacionescibeles-example", None, "pass"),
    "exo-lx": ("EUR03-DBA-obe.outbound.protection.outlook.com", "52.101.82.46", "lexred.example", "selector1", None, "pass"),
    "arsys": ("smtp.serviciodecorreo.example", "217.76.128.45", None, None, None, "none"),
    "zoho-olm": ("sender4-op-o15.zoho.eu", "185.20.211.15", "olmedoabogados.example", "zmail", None, "pass"),
    "cpanel-alacena": ("server41.hostingvalle.example", "185.42.104.77", "laalacena-gourmet.example", "default", None, "none"),
    "ggroups": ("mail-yb1-f189.google.com", "209.85.219.189", "googlegroups.com", "20230601", "googlegroups.com", "pass"),
    # notification senders
    "lexg": ("o1.ptr4312.mail.lexgestiona.example", "149.72.130.18", "lexgestiona.example", "s1", "em4312.lexgestiona.example", "pass"),
    "icam": ("mta12.envios.icam.example", "91.213.30.112", "icam.example", "mr1", "bounces.envios.icam.example", "pass"),
    "notariado": ("mta4.news.notariado.example", "91.213.30.140", "notariado.example", "mr1", "bounces.news.notariado.example", "pass"),
    "regis": ("smtp-out2.registradores.example", "195.57.19.42", "registradores.example", "sel2023", None, "pass"),
    "correos": ("mx-out04.correos.example", "195.235.65.20", "correos.example", "cor1", None, "pass"),
    "docusign": ("mail-eu3.docusign.net", "185.70.4.210", "docusign.net", "s1", "eumail.docusign.net", "pass"),
    "bmfirma": ("a7-44.smtp-out.eu-west-1.amazonses.com", "54.240.7.44", "firma.bancomeseta.example", "ses2022", "mail.firma.bancomeseta.example", "pass"),
    "bmalert": ("a7-45.smtp-out.eu-west-1.amazonses.com", "54.240.7.45", "alertas.bancomeseta.example", "ses2022", "mail.alertas.bancomeseta.example", "pass"),
    "tcplat": ("a7-12.smtp-out.eu-west-1.amazonses.com", "54.240.7.12", "tasacionescibeles.example", "tcses", "mail.plataforma.tasacionescibeles.example", "pass"),
    "lxdesk": ("desk.lexred.example", "185.166.212.9", "lexred.example", "desk2023", "bounces.desk.lexred.example", "pass"),
    # attackers
    "vps-a6": None, "vps-a7": None,
    "look-nbs": ("mail.notaria-blancosoler.example", "185.244.150.36", "notaria-blancosoler.example", "mail", None, "pass"),
    "look-tc": ("vps38211.tasaciones-cibeles.example", "5.188.87.211", "tasaciones-cibeles.example", "default", None, "pass"),
    "cmp-a9": ("mail.chengdentalgroup.example", "103.21.244.90", None, None, None, "none"),
    "cmp-a10": ("mail.climatizaciones-vera.example", "89.46.106.33", None, None, None, "none"),
    "fake-a14": ("srv1.notificaciones-burofax.example", "193.233.22.140", "notificaciones-burofax.example", "x", None, "pass"),
    "fake-a15": ("smtp.fortumar-suministros.example", "91.92.240.71", None, None, None, "none"),
    "msq": ("EUR02-AM0-obe.outbound.protection.outlook.com", "52.100.9.31", "microsoft.com", "selector2", "messaging.microsoft.com", "pass"),
}
EXO_HOST = {OWN: ("DB9PR04MB8413", "eurprd04"), "vandenberg-vastgoed.example": ("AM8P190MB0977", "EURP190"),
            "bancomeseta.example": ("PAXPR06MB7710", "eurprd06"), "tasacionescibeles.example": ("DB7PR02MB4862", "eurprd02"),
            "lexred.example": ("VI1PR03MB6231", "eurprd03"), "outlook.com": ("DB9P251MB0452", "EURP251"),
            "hotmail.com": ("AM0P190MB0733", "EURP190")}
TENANT = {d: ruuid() for d in EXO_HOST}
INFRA_CTRY = {"gws-casaluz": "US", "gmail": "US", "ggroups": "US", "outlookcom": "IE", "hotmailcom": "NL", "bt": "GB", "vps-a7": "GB", "yahoo": "IE",
              "exo-vdb": "NL", "vps-a6": "NL", "icloud": "US", "exo-bm": "FI", "exo-tc": "IE", "exo-lx": "IE", "zoho-olm": "NL", "lexg": "US",
              "docusign": "NL", "bmfirma": "IE", "bmalert": "IE", "tcplat": "IE", "msq": "NL", "look-nbs": "DE", "look-tc": "NL",
              "cmp-a9": "SG", "cmp-a10": "AR", "fake-a14": "RU", "fake-a15": "BG"}
PERSON_HOST = {}


def person_host(who):
    if who.email not in PERSON_HOST:
        base, reg = EXO_HOST[who.dom]
        PERSON_HOST[who.email] = (base if who.email in (f"lucia.martin@{OWN}",) or who.dom != OWN else
                                  f"{R.choice(['PA4PR04MB', 'AS8PR04MB', 'DU0PR04MB'])}{R.randint(1000, 9999)}", reg)
    return PERSON_HOST[who.email]
ORGIP = {OWN: "88.26.214.37", "vandenberg-vastgoed.example": "83.161.132.20", "bancomeseta.example": "195.53.92.14",
         "tasacionescibeles.example": "80.28.177.65", "lexred.example": "81.45.63.190"}


def exo_build(t):
    """Exchange Online build numbers move on over the months"""
    m = (t.year - 2024) * 12 + t.month
    base = {9: 7982, 10: 8069, 11: 8158, 12: 8251, 13: 8335, 14: 8445, 15: 8534, 16: 8655, 17: 8769, 18: 8835}.get(m, 8835)
    return f"15.20.{base + (t.day // 8)}.{R.randint(10, 40):03d}"


# ------------------------------------------------------------------ Message-IDs per client
def filetime_hi_lo(t):
    ft = int((t.timestamp() + 11644473600) * 10 ** 7)
    return ft >> 32, ft & 0xffffffff


def tidx_header(t):
    ft = int((t.timestamp() + 11644473600) * 10 ** 7)
    return struct.pack(">Q", ft)[:6] + rbytes(16)


def tidx_block(t0, t):
    d = max(0, int((t.timestamp() - t0.timestamp()) * 10 ** 7)) >> 18
    if d >= 2 ** 31: d = (d >> 5) | (1 << 31)
    return struct.pack(">I", d) + bytes([R.getrandbits(8)])


def make_mid(who, client, t):
    if client in ("gweb", "gand", "gmailatt"):
        al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-"
        return "<CA" + R.choice("BDEFGHJKLMNOPS") + "".join(R.choice(al) for _ in range(R.choice((48, 50, 51)))) + R.choice(("", "=", "")) + "@mail.gmail.com>"
    if client in ("olk", "olken", "owa", "olkand", "olkios", "owacons", "olkandc"):
        host, reg = person_host(who)
        if who.dom in ("outlook.com", "hotmail.com"): return f"<{host}{HX(R.choice((16, 20)))}@{host}.{reg}.PROD.OUTLOOK.COM>"
        return f"<{host}{HX(R.choice((20, 24, 26)))}@{host}.{reg}.prod.outlook.com>"
    if client == "ex19": return f"<{hx(32)}@EXCH-NBS01.notariabs.local>"
    if client == "zimbra": return f"<{R.randint(10 ** 8, 10 ** 9)}.{R.randint(10 ** 5, 10 ** 7)}.{int(t.timestamp() * 1000)}.JavaMail.zimbra@notariaferrervalls.example>"
    if client == "ymios": return f"<{R.randint(10 ** 8, 2 * 10 ** 9)}.{R.randint(10 ** 6, 10 ** 7)}.{int(t.timestamp() * 1000)}@mail.yahoo.com>"
    if client == "btweb": return f"<{R.randint(10 ** 8, 2 * 10 ** 9)}.{R.randint(1000, 99999)}.{int(t.timestamp() * 1000)}@mail.btinternet.com>"
    if client in ("amac", "iphone"): return f"<{ruuid().upper()}@icloud.com>"
    if client in ("olk16", "olk16a7"):
        hi, lo = filetime_hi_lo(t); return f"<{R.randint(0, 0x3f):04x}{hi:08x}${lo:08x}${hx(8)}$@{who.dom}>"
    if client == "zoho": return f"<{hx(11)}.{hx(12)}.{R.randint(10 ** 18, 10 ** 19 - 1)}@olmedoabogados.example>"
    if client == "roundcube": return f"<{hx(32)}@{who.dom}>"
    if client == "smtpkit": return f"<{hx(32)}@{who.dom}>"
    if client == "bot": return f"<{t.astimezone(UTC):%Y%m%d%H%M%S}.{HX(12)}@{who.dom}>"
    return f"<{hx(24)}@{who.dom}>"


# ------------------------------------------------------------------ dates in the clients' languages
DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
DIA3 = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
MES3 = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
EN_D = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_M = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def es_long(t): return f"{DIAS[t.weekday()]}, {t.day} de {MESES[t.month - 1]} de {t.year} {t:%H:%M}"
def ampm(t): return f"{(t.hour % 12) or 12}:{t:%M} {'AM' if t.hour < 12 else 'PM'}"


def _lines(text, pfx="> "): return "\n".join(pfx + l if l else pfx.rstrip() for l in text.split("\n"))
def tolist(lst): return "; ".join(f"{n} <{e}>" for n, e in lst)


OUTLOOK_FAMILY = ("olk", "olken", "owa", "olkand", "olkios", "owacons", "olkandc", "ex19", "olk16", "olk16a7")


def quote_of(client, q, viewer_tz):
    """plain-text quote block of record q as the replying client writes it"""
    t = q["t"].astimezone(viewer_tz); name, email = q["name"], q["email"]
    if client in ("olk", "ex19"):
        rows = [("De", f"{name} <{email}>"), ("Enviado el", es_long(t)), ("Para", tolist(q["to"]))]
        if q["cc"]: rows.append(("CC", tolist(q["cc"])))
        rows.append(("Asunto", q["subj"]))
        return "\n\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client in ("olkand", "olkios", "owa", "owacons", "olkandc"):
        rows = [("De", f"{name} <{email}>"), ("Enviado", es_long(t)), ("Para", tolist(q["to"]))]
        if q["cc"]: rows.append(("CC", tolist(q["cc"])))
        rows.append(("Asunto", q["subj"]))
        return "\n\n________________________________\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client == "olken":
        rows = [("From", f"{name} <{email}>"), ("Sent", f"{EN_D[t.weekday()]}, {t.day} {EN_M[t.month - 1]} {t.year} {t:%H:%M}"), ("To", tolist(q["to"]))]
        if q["cc"]: rows.append(("Cc", tolist(q["cc"])))
        rows.append(("Subject", q["subj"]))
        return "\n\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client in ("olk16", "olk16a7"):
        if client == "olk16a7":
            return (f"\n\n-----Original Message-----\nFrom: {name} <{email}>\nSent: {EN_D[t.weekday()]}, {t.day} {EN_M[t.month - 1]} {t.year} {t:%H:%M}\n"
                    f"To: {tolist(q['to'])}\nSubject: {q['subj']}\n\n" + q["plain"])
        return (f"\n\n-----Mensaje original-----\nDe: {name} <{email}>\nEnviado el: {es_long(t)}\nPara: {tolist(q['to'])}\n"
                + (f"CC: {tolist(q['cc'])}\n" if q["cc"] else "") + f"Asunto: {q['subj']}\n\n" + q["plain"])
    if client == "zimbra":
        hdr = (f"----- Mensaje original -----\nDe: \"{name}\" <{email}>\nPara: " + ", ".join(f"\"{n}\" <{e}>" for n, e in q["to"])
               + ("\nCC: " + ", ".join(f"\"{n}\" <{e}>" for n, e in q["cc"]) if q["cc"] else "")
               + f"\nEnviados: {DIAS[t.weekday()].capitalize()}, {t.day} de {MESES[t.month - 1].capitalize()} {t.year} {t:%H:%M:%S}\nAsunto: {q['subj']}\n\n")
        return "\n\n" + hdr + _lines(q["plain"])
    if client == "gweb":
        return f"\n\nEl {DIA3[t.weekday()]}, {t.day} {MES3[t.month - 1]} {t.year} a las {t:%H:%M}, {name} (<{email}>) escribió:\n\n" + _lines(q["plain"])
    if client == "gand":
        return f"\n\nEl {DIA3[t.weekday()]}, {t.day} {MES3[t.month - 1]} {t.year}, {t:%H:%M}, {name} <{email}> escribió:\n\n" + _lines(q["plain"])
    if client == "ymios":
        return (f"\n\n\nOn {EN_D[t.weekday()]}, {EN_M[t.month - 1]} {t.day}, {t.year}, {ampm(t)}, {name} <{email}> wrote:\n\n" + _lines(q["plain"]))
    if client == "btweb":
        return f"\n\n> On {t.day:02d}/{t.month:02d}/{t.year} {t:%H:%M} GMT {name} <{email}> wrote:\n>\n>\n" + _lines(q["plain"])
    if client in ("amac", "iphone"):
        return f"\n\n> On {EN_M[t.month - 1][:3]} {t.day}, {t.year}, at {ampm(t)}, {name} <{email}> wrote:\n> \n" + _lines(q["plain"])
    if client == "zoho":
        return f"\n\n\n---- El {DIA3[t.weekday()]}, {t:%d} {MES3[t.month - 1]} {t.year} {t:%H:%M:%S} {name} <{email}> escribió ---\n\n" + _lines(q["plain"])
    if client == "roundcube":
        return f"\n\nEl {t:%Y-%m-%d %H:%M}, {name} escribió:\n" + _lines(q["plain"])
    return "\n\n" + _lines(q["plain"])


def esc_lines(plain): return "<br>\n".join(H.escape(l) for l in plain.split("\n"))


def html_of(client, plain):
    esc = esc_lines(plain)
    if client in ("olk", "ex19", "olk16", "olk16a7", "olken"):
        lang = {"olken": "EN-GB", "olk16a7": "EN-GB"}.get(client, "ES")
        gen = "Microsoft Word 15 (filtered medium)"
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                f'<meta name="Generator" content="{gen}">\n<style><!--\n@font-face\n\t{{font-family:"Cambria Math";}}\n@font-face\n\t{{font-family:Aptos;}}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
                f'--></style>\n</head>\n<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n'
                '<p class="MsoNormal">' + esc + "<o:p></o:p></p>\n</div>\n</body>\n</html>")
    if client in ("owa", "owacons"):
        return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<style type="text/css" style="display:none;"> '
                'P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, '
                'Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n' + esc + "</div>\n</body>\n</html>")
    if client in ("olkand", "olkios", "olkandc"):
        return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n<div dir="auto">\n' + esc
                + "</div>\n</body>\n</html>")
    if client == "zimbra":
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000"><div>' + esc
                + "</div></div></body></html>")
    if client == "gweb": return '<div dir="ltr">' + esc + "</div>\n"
    if client == "gand": return '<div dir="auto">' + esc + "</div>\n"
    if client == "ymios":
        return ('<html><head></head><body><div class="ydp2f8b1c3eyahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;'
                'font-size:16px;">' + esc + "</div></body></html>")
    if client == "btweb":
        return ('<!doctype html>\n<html>\n <head>\n  <meta charset="UTF-8">\n </head>\n <body>\n  <div class="default-style">\n   ' + esc
                + "\n  </div>\n </body>\n</html>")
    if client == "amac":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; '
                '-webkit-nbsp-mode: space; line-break: after-white-space;">' + esc + "</body></html>")
    if client == "iphone":
        return '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">' + esc + "</body></html>"
    if client == "zoho":
        return ('<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head>'
                '<body ><div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;"><div>' + esc + "</div></div><br></body></html>")
    return None


def rfc(t, tz=None): return (t.astimezone(tz) if tz else t).strftime("%a, %d %b %Y %H:%M:%S %z")
def rfcu(t): return t.astimezone(UTC).strftime("%a, %-d %b %Y %H:%M:%S +0000")
def pac(t): return t.astimezone(PAC).strftime("%a, %d %b %Y %H:%M:%S %z (%Z)")


# ------------------------------------------------------------------ transport: sender side
def sender_hops(who, infra, t, env, client, o):
    """Received/related lines written on the sender's side, newest first (list of (name, value))"""
    hops = []
    if infra in ("gws-casaluz", "gmail", "ggroups"):
        host = INFRA[infra][0]
        hops.append(("Received", f"by {host} with SMTP id {hx(16)}so{R.randint(1000000, 9999999)}{alnum(2).lower()}.{R.randint(1, 9)}\n"
                                 f"        for <{me.email}>; {pac(t)}"))
        hops.append(("X-Google-DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t={int(t.timestamp())}; x={int(t.timestamp()) + 604800};\n"
                                                f"        h=to:subject:message-id:date:from:in-reply-to:references:mime-version\n         :x-gm-message-state:from:to:cc:subject:date:message-id:reply-to;\n"
                                                f"        bh={b64(32)};\n        b={b64(120)}"))
        hops.append(("X-Gm-Message-State", f"AOJu0Y{alnum(40)}\n\t{alnum(30)}=="))
        hops.append(("X-Google-Smtp-Source", f"AGHT+I{alnum(60)}="))
        hops.append(("X-Received", f"by 2002:a05:6000:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {alnum(20).lower()}mr{R.randint(1000000, 9999999)}{alnum(3).lower()}.{R.randint(10, 99)}.{int(t.timestamp())}{R.randint(100, 999)};\n        {pac(t)}"))
    elif infra in ("outlookcom", "hotmailcom"):
        host, reg = EXO_HOST["outlook.com" if infra == "outlookcom" else "hotmail.com"]
        hops.append(("Received", f"from {host}.{reg}.PROD.OUTLOOK.COM\n ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {host}.{reg}.PROD.OUTLOOK.COM\n"
                                 f" ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%5]) with mapi id {exo_build(t)}; {rfcu(t)}"))
    elif infra == "bt":
        if client == "olk16a7":   # attacker: SMTP AUTH from a VPS with Outlook 16
            hops.append(("Received", f"from DESKTOP-{HX(7)} ([{o['orig_ip']}])\n\tby re-prd-fep-046.btmx-prd.synchronoss.example with ESMTPA\n"
                                     f"\tid 6{hx(15)}; {rfc(t, UTC)}"))
        else:
            hops.append(("Received", f"from re-prd-web-012.btmx-prd.synchronoss.example (10.2.{R.randint(1, 40)}.{R.randint(2, 250)})\n"
                                     f"\tby re-prd-fep-0{R.randint(40, 49)}.btmx-prd.synchronoss.example with ESMTP\n\tid 6{hx(15)}; {rfc(t, UTC)}"))
    elif infra == "yahoo":
        hops.append(("Received", f"from sonic.gate.mail.ne1.yahoo.com by sonic311-24.consmr.mail.ir2.yahoo.com with HTTP; {rfcu(t)}"))
    elif infra.startswith("exo-"):
        dom = who.dom if who.dom in EXO_HOST else {"exo-tc": "tasacionescibeles.example"}.get(infra, who.dom)
        host, reg = EXO_HOST[dom]
        host2 = host[:-4] + str(R.randint(1000, 9999))
        if client == "smtpkit":
            hops.append(("Received", f"from vps{R.randint(10000, 99999)} ({o['orig_ip']}) by {host}.{reg}.prod.outlook.com\n"
                                     f" ({'2603:10a6:20b:' + hx(3) + '::' + hx(2)}) with Microsoft SMTP Server (version=TLS1_2,\n"
                                     f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {exo_build(t)}; {rfcu(t)}"))
        else:
            hops.append(("Received", f"from {host}.{reg}.prod.outlook.com\n ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {host}.{reg}.prod.outlook.com\n"
                                     f" ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%6]) with mapi id {exo_build(t)}; {rfcu(t)}"))
        hops.insert(0, ("Received", f"from {host}.{reg}.prod.outlook.com (2603:10a6:20b:{hx(3)}::{hx(2)}) by\n {host2}.{reg}.prod.outlook.com (2603:10a6:10:{hx(3)}::{hx(1)})"
                                    f" with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {exo_build(t)}; {rfcu(t + datetime.timedelta(seconds=1))}"))
    elif infra == "icloud":
        hops.append(("Received", f"from smtpclient.apple (st43p00im-dlb-asmtp-mailmevip.me.com [17.42.251.41])\n\tby st43p00im-ztfb10061701.me.com (Postfix) with ESMTPSA id {HX(12)};\n"
                                 f"\t{t.astimezone(UTC):%a, %-d %b %Y %H:%M:%S +0000 (UTC)}"))
    elif infra == "ex19-nbs":
        hops.append(("Received", f"from EXCH-NBS01.notariabs.local (192.168.10.5) by EXCH-NBS01.notariabs.local\n (192.168.10.5) with Microsoft SMTP Server (version=TLS1_2,\n"
                                 f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; {rfc(t, MAD)}"))
        hops.append(("Received", f"from EXCH-NBS01.notariabs.local ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by\n EXCH-NBS01.notariabs.local ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%12]) with mapi id\n"
                                 f" 15.02.1544.014; {rfc(t, MAD)}"))
    elif infra == "zimbra-fv":
        qid = alnum(11)
        hops.append(("Received", f"from localhost (localhost [127.0.0.1])\n\tby mta.notariaferrervalls.example (Postfix) with ESMTP id 4X{qid};\n\t{rfc(t + datetime.timedelta(seconds=1), MAD)} (CEST)".replace(" (CEST)", " (CET)" if t.astimezone(MAD).utcoffset().seconds == 3600 else " (CEST)")))
        hops.append(("DKIM-Filter", f"OpenDKIM Filter v2.10.3 mta.notariaferrervalls.example 4X{qid}"))
        hops.append(("Received", f"from mta.notariaferrervalls.example ([127.0.0.1])\n\tby localhost (mta.notariaferrervalls.example [127.0.0.1]) (amavis, port 10026)\n\twith ESMTP id {alnum(12)}; {rfc(t, MAD)}"))
        hops.append(("Received", f"from zimbra.notariaferrervalls.example (zimbra.notariaferrervalls.example [10.0.0.12])\n\tby mta.notariaferrervalls.example (Postfix) with ESMTP id {HX(11)};\n\t{rfc(t, MAD)}"))
    elif infra == "arsys":
        hops.append(("Received", f"from PCRAFAEL ({ip4(88, 12)}.static.movistar.example [{ip4(88, 12)}])\n (authenticated bits=0)\n"
                                 f" by smtp.serviciodecorreo.example (Oracle Communications Messaging Server 8.0.2.4.20200116 64bit\n (built Jan 16 2020))"
                                 f" with ESMTPA id <0S{HX(6)}00{HX(6)}@smtp.serviciodecorreo.example> for\n <{me.email}>; {rfc(t, MAD)} ({'CEST' if t.astimezone(MAD).utcoffset().seconds == 7200 else 'CET'})"))
    elif infra == "zoho-olm":
        hops.append(("Received", f"from mail.zoho.eu by mx.zoho.eu\n\twith SMTP id {int(t.timestamp() * 1000)}{R.randint(100, 999)}.{R.randint(10 ** 8, 10 ** 9)};\n"
                                 f"\t{t.astimezone(UTC):%a, %d %b %Y %H:%M:%S -0000} (UTC)"))
    elif infra == "cpanel-alacena":
        hops.append(("Received", f"from [127.0.0.1] (port={R.randint(40000, 60000)} helo=webmail.laalacena-gourmet.example)\n\tby server41.hostingvalle.example with esmtpa (Exim 4.97.1)\n"
                                 f"\t(envelope-from <{who.email}>)\n\tid 1t{alnum(4)}-0000{alnum(2)}-{alnum(2)}\n\tfor {me.email};\n\t{rfc(t, MAD)}"))
    elif infra in ("look-nbs", "look-tc", "fake-a14") and client == "roundcube":
        hops.append(("Received", f"from [127.0.0.1] (port={R.randint(40000, 60000)} helo=webmail.{who.dom})\n\tby {INFRA[infra][0]} with esmtpa (Exim 4.96)\n"
                                 f"\t(envelope-from <{env.strip('<>')}>)\n\tid 1t{alnum(4)}-000{alnum(3)}-{alnum(2)}\n\tfor {me.email}; {rfc(t, UTC)}"))
        hops.append(("X-Originating-IP", f"[{o.get('orig_ip') or ip4(45, 133)}]"))
    elif infra in ("look-nbs", "look-tc", "fake-a14"):
        hops.append(("Received", f"from [{o.get('orig_ip') or ip4(45, 133)}] (port={R.randint(50000, 65000)} helo=WIN-{HX(11)})\n\tby {INFRA[infra][0]} with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
                                 f"\t(Exim 4.96)\n\t(envelope-from <{env}>)\n\tid 1t{alnum(4)}-000{alnum(3)}-{alnum(2)}\n\tfor {me.email}; {rfc(t, UTC)}"))
    elif infra in ("cmp-a9", "cmp-a10", "fake-a15"):
        hops.append(("Received", f"from User ([{o.get('orig_ip') or ip4(103)}])\n\tby {INFRA[infra][0]} with ESMTPA id {hx(8)}{alnum(4)};\n\t{rfc(t, UTC)}"))
    return hops


def auth_results(spf, mailfrom, ip, d, s, dkim_ok, dmarc, fromdom, compauth, reason):
    spf_part = {"pass": f"spf=pass (sender IP is {ip}) smtp.mailfrom={mailfrom}",
                "fail": f"spf=fail (sender IP is {ip}) smtp.mailfrom={mailfrom}",
                "softfail": f"spf=softfail (sender IP is {ip}) smtp.mailfrom={mailfrom}"}[spf]
    dk = f"dkim=pass (signature was verified) header.d={d}" if (d and dkim_ok) else ("dkim=none (message not signed) header.d=none" if not d else f"dkim=fail (body hash did not verify) header.d={d}")
    dm = {"pass": f"dmarc=pass action=none header.from={fromdom}", "none": f"dmarc=none action=none header.from={fromdom}",
          "bestguesspass": f"dmarc=bestguesspass action=none header.from={fromdom}", "fail": f"dmarc=fail action=none header.from={fromdom}"}[dmarc]
    return f"{spf_part}; {dk};{dm};compauth={compauth} reason={reason}"


def inbound(who, t, env, infra, client, o, is_list=False):
    """(top headers newest first, trailing X-MS headers) for mail arriving from outside at the firm's EOP"""
    helo, ip, d, s, envdom, dmarc = INFRA[infra] if INFRA.get(infra) else (None,) * 6
    if infra in ("vps-a6",):   # attacker via SMTP AUTH on the investor's own tenant: same outbound path as exo-vdb
        helo, ip, d, s, envdom, dmarc = INFRA["exo-vdb"]
    if infra == "vps-a7":
        helo, ip, d, s, envdom, dmarc = INFRA["bt"]
    fromdom = who.email.split("@")[1]
    mailfrom = envdom or fromdom
    ret = env or (f"bounces+{R.randint(100000, 999999)}-{hx(4)}-{who.email.replace('@', '=')}@{envdom}" if envdom else who.email)
    t1 = t + datetime.timedelta(seconds=R.randint(2, 9)); t2 = t1 + datetime.timedelta(seconds=1); t3 = t2 + datetime.timedelta(seconds=R.randint(0, 1))
    eop = f"AM{R.choice('234')}PEPF0000{HX(4)}"; fd = f"DU{R.choice('27')}PR0{R.randint(1, 9)}CA00{R.randint(10, 99)}"
    mbx, reg = EXO_HOST[OWN]
    ver = exo_build(t)
    dmarc_res = dmarc or "none"
    comp, reason = ("pass", "100") if dmarc_res == "pass" else (("pass", "109") if dmarc_res == "none" and o.get("spf", "pass") == "pass" else ("softpass", "201"))
    if dmarc_res == "fail": comp, reason = "none", "451"
    if o.get("spf") == "softfail": comp, reason = "softpass", "201"
    ar = o.get("ar") or auth_results(o.get("spf", "pass"), mailfrom, ip, d, s, True, dmarc_res, fromdom if not is_list else o.get("hdrfrom", fromdom), comp, reason)
    top = [("Received", f"from {fd}.eurprd0{R.randint(2, 9)}.prod.outlook.com (2603:10a6:10:{hx(3)}::{hx(2)}) by\n {mbx}.{reg}.prod.outlook.com with HTTPS; {rfcu(t3)}"),
           ("Received", f"from {eop}.eurprd0{R.randint(2, 5)}.prod.outlook.com (2603:10a6:10:{hx(3)}:cafe::{hx(2)}) by\n {fd}.outlook.office365.com (2603:10a6:10:{hx(3)}::{hx(2)}) with Microsoft SMTP Server\n"
                        f" (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id {ver} via Frontend Transport; {rfcu(t2)}"),
           ("Authentication-Results", ar),
           ("Received-SPF", ({"pass": "Pass", "fail": "Fail", "softfail": "SoftFail"}[o.get("spf", "pass")]) + f" (protection.outlook.com: domain of {mailfrom} "
                            + ("designates" if o.get("spf", "pass") == "pass" else "does not designate") + f" {ip} as permitted sender)\n receiver=protection.outlook.com; client-ip={ip};"
                            f" helo={helo}; pr=C"),
           ("Received", f"from {helo} ({ip}) by\n {eop}.mail.protection.outlook.com (10.167.{R.randint(16, 250)}.{R.randint(2, 250)}) with Microsoft SMTP Server\n"
                        f" (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id {ver} via Frontend Transport; {rfcu(t1)}")]
    hops = sender_hops(who, "exo-vdb" if infra == "vps-a6" else ("bt" if infra == "vps-a7" else infra), t, ret, client, o)
    dk = []
    if s:
        hfields = {"gmail": "h=to:subject:message-id:date:from:in-reply-to:references:mime-version:from:to:cc\n\t :subject:date:message-id:reply-to",
                   "gws-casaluz": "h=to:subject:message-id:date:from:in-reply-to:references:mime-version:from:to:cc\n\t :subject:date:message-id:reply-to",
                   "yahoo": "h=Date:From:To:In-Reply-To:References:Subject:From:Subject:Reply-To",
                   "icloud": "h=Content-Type:Mime-Version:Subject:Message-Id:Date:To:From",
                   "bt": "h=Date:From:To:Message-ID:In-Reply-To:References:Subject:MIME-Version:Content-Type",
                   "zimbra-fv": "h=Date:From:To:Message-ID:MIME-Version",
                   "ggroups": "h=x-gm-message-state:from:to:subject:date:message-id:mime-version\n\t :x-original-sender:x-original-authentication-results:precedence:mailing-list\n\t :list-id:list-post:list-help:list-archive:list-unsubscribe"}.get({"vps-a7": "bt", "vps-a6": "exo-vdb"}.get(infra, infra), "h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck")
        dk = [("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};\n\ts={s}; t={int(t.timestamp())};\n\tbh={b64(32)};\n\t{hfields};\n\tb={b64(180)}")]
    if infra.startswith("exo-") or infra == "vps-a6":
        dom = {"exo-tc": "tasacionescibeles.example"}.get(infra, who.dom)
        dk = [("ARC-Seal", f"i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={b64(250)}"),
              ("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh={b64(32)};\n b={b64(250)}"),
              ("ARC-Authentication-Results", f"i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom={dom}; dmarc=pass action=none\n header.from={dom}; dkim=pass header.d={dom}; arc=none")] + dk
    if is_list:
        dk = o.get("list_arc", []) + dk
    nmid = ruuid()
    ctry = o.get("ctry") or INFRA_CTRY.get(infra, "ES")
    lang = o.get("lang") or ("en" if who.lang == "en" else "es")
    trail = [("Return-Path", ret if ret.startswith("<") else f"<{ret}>"),
             ("X-MS-Exchange-Organization-ExpirationStartTime", f"{t1.astimezone(UTC):%d %b %Y %H:%M:%S}.{R.randint(1000, 9999)} (UTC)"),
             ("X-MS-Exchange-Organization-ExpirationStartTimeReason", "OriginalSubmit"),
             ("X-MS-Exchange-Organization-ExpirationInterval", "1:00:00:00.0000000"),
             ("X-MS-Exchange-Organization-ExpirationIntervalReason", "OriginalSubmit"),
             ("X-MS-Exchange-Organization-Network-Message-Id", nmid),
             ("X-EOPAttributedMessage", "0"),
             ("X-EOPTenantAttributedMessage", f"{TENANT[OWN]}:0"),
             ("X-MS-Exchange-Organization-MessageDirectionality", "Incoming"),
             ("X-MS-PublicTrafficType", "Email"),
             ("X-MS-TrafficTypeDiagnostic", f"{eop}:EE_|{mbx}:EE_|{fd}:EE_"),
             ("X-MS-Exchange-Organization-AuthSource", f"{eop}.eurprd03.prod.outlook.com"),
             ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
             ("X-MS-Office365-Filtering-Correlation-Id", nmid),
             ("X-MS-Exchange-Organization-SCL", str(o.get("scl", 1))),
             ("X-Microsoft-Antispam", f"BCL:{o.get('bcl', 0)};ARA:13230040|{R.randint(1000000, 9999999)}|{R.randint(1000000, 9999999)}|8096899003;"),
             ("X-Forefront-Antispam-Report", f"CIP:{ip};CTRY:{ctry};LANG:{lang};SCL:{o.get('scl', 1)};SRV:{'BULK' if o.get('bcl', 0) >= 4 else ''};IPV:NLI;SFV:{'NSPM' if o.get('scl', 1) < 5 else 'SPM'};H:{helo};PTR:{helo};CAT:NONE;"
                                              f"SFS:(13230040)({R.randint(4000000, 4999999)})(8096899003);DIR:INB;"),
             ("X-MS-Exchange-CrossTenant-OriginalArrivalTime", f"{t1.astimezone(UTC):%d %b %Y %H:%M:%S}.{R.randint(1000, 9999)} (UTC)"),
             ("X-MS-Exchange-CrossTenant-Network-Message-Id", nmid),
             ("X-MS-Exchange-CrossTenant-Id", TENANT[OWN]),
             ("X-MS-Exchange-CrossTenant-AuthSource", f"{eop}.eurprd03.prod.outlook.com"),
             ("X-MS-Exchange-CrossTenant-AuthAs", "Anonymous"),
             ("X-MS-Exchange-CrossTenant-FromEntityHeader", "Internet"),
             ("X-MS-Exchange-CrossTenant-RMS-PersistedConsumerOrg", "00000000-0000-0000-0000-000000000000"),
             ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", mbx),
             ("X-MS-Exchange-Transport-EndToEndLatency", f"00:00:0{R.randint(1, 4)}.{R.randint(1000000, 9999999)}"),
             ("X-MS-Exchange-Processed-By-BccFoldering", ver.rsplit(".", 1)[0] + ".000"),
             ("X-Microsoft-Antispam-Mailbox-Delivery", f"ucf:0;jmr:0;auth:0;dest:{o.get('dest', 'I')};ENG:(910005)(944506478)(944626604)(920097)(930097)(3100021)(140003);"),
             ("X-Microsoft-Antispam-Message-Info", b64(R.randint(300, 420)))]
    return top + hops + dk, trail, t3


def internal(who, t, client, o):
    """colleague in the same tenant: mapi submission, delivered over HTTPS; AuthAs Internal"""
    mbx, reg = EXO_HOST[OWN]
    src = person_host(who)[0]
    t1 = t + datetime.timedelta(seconds=R.randint(1, 3))
    top = [("Received", f"from {src}.{reg}.prod.outlook.com (2603:10a6:102:{hx(3)}::{hx(2)}) by\n {mbx}.{reg}.prod.outlook.com with HTTPS; {rfcu(t1)}"),
           ("Received", f"from {src}.{reg}.prod.outlook.com\n ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {src}.{reg}.prod.outlook.com\n"
                        f" ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%4]) with mapi id {exo_build(t)}; {rfcu(t)}")]
    nmid = ruuid()
    trail = [("Return-Path", o.get("retpath") or f"<{who.email}>"),
             ("X-MS-Exchange-Organization-Network-Message-Id", nmid),
             ("X-MS-Exchange-Organization-AuthSource", f"{src}.{reg}.prod.outlook.com"),
             ("X-MS-Exchange-Organization-AuthAs", "Internal"),
             ("X-MS-Exchange-Organization-AuthMechanism", "04"),
             ("X-MS-Exchange-Organization-SCL", "-1"),
             ("X-MS-Exchange-Organization-MessageDirectionality", "Originating"),
             ("X-MS-Exchange-Organization-OriginalClientIPAddress", o.get("client_ip") or ORGIP[OWN]),
             ("X-MS-Exchange-Organization-OriginalServerIPAddress", f"fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%4"),
             ("X-MS-Exchange-Organization-RecordReviewCfmType", "0"),
             ("X-MS-PublicTrafficType", "Email"),
             ("X-MS-TrafficTypeDiagnostic", f"{src}:EE_|{mbx}:EE_"),
             ("X-MS-Exchange-Transport-EndToEndLatency", f"00:00:0{R.randint(0, 2)}.{R.randint(1000000, 9999999)}"),
             ("X-MS-Exchange-Processed-By-BccFoldering", exo_build(t).rsplit(".", 1)[0] + ".000"),
             ("X-Microsoft-Antispam-Mailbox-Delivery", "ucf:0;jmr:0;auth:0;dest:I;ENG:(910005)(944506478)(944626604)(920097)(930097)(3100021)(140003);")]
    return top, trail, t1


# ------------------------------------------------------------------ client headers
UA = {"ymios": ("X-Mailer", "WebService/1.1.23187 YahooMailIosMobile"), "btweb": ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev70"),
      "amac": ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"), "iphone": ("X-Mailer", "iPhone Mail (22D72)"),
      "zimbra": ("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - GC131 (Win)/9.0.0_GA_4583)"),
      "olk16": ("X-Mailer", "Microsoft Outlook 16.0"), "olk16a7": ("X-Mailer", "Microsoft Outlook 16.0"),
      "roundcube": ("User-Agent", "Roundcube Webmail/1.6.9"), "zoho": ("User-Agent", "Zoho Mail")}
CLANG = {"olk": "es-ES", "olken": "en-US", "owa": "es-ES", "olkand": "es-ES", "olkios": "es-ES", "owacons": "es-ES", "olkandc": "es-ES",
         "ex19": "es-ES", "olk16": "es", "olk16a7": "en-gb"}

pending = []  # (arrival utc, seq, folder, raw, (mid,label) or None, scenario)
seq = [0]


def addr(n, e):
    if not n: return e
    if not n.isascii():
        return "=?utf-8?Q?" + "".join(c if (c.isascii() and c.isalnum()) else "_" if c == " " else "".join(f"={b:02X}" for b in c.encode()) for c in n) + f"?= <{e}>"
    return f'"{n}" <{e}>' if any(c in n for c in ".,|()@'") else f"{n} <{e}>"


def enc_h(v, cs="utf-8"):
    if v.isascii(): return v
    data = v.encode(cs)
    return f"=?{cs}?B?" + base64.b64encode(data).decode() + "?="


def enc_h_q(v):
    if v.isascii(): return v
    return "=?utf-8?Q?" + "".join(c if (c.isascii() and (c.isalnum() or c in ".,:-")) else "_" if c == " " else "".join(f"={b:02X}" for b in c.encode()) for c in v) + "?="


def boundary(client, who, t):
    if client in ("olk", "olken", "owa", "olkand", "olkios", "owacons", "olkandc"):
        host = person_host(who)[0] if who.dom in EXO_HOST else "DB9PR04MB8413"; return "_000_" + host + HX(24) + "_"
    return {"ex19": "_000_" + hx(32) + "EXCHNBS01notariabslocal_", "zimbra": "=_" + ruuid(),
            "gweb": "000000000000" + hx(16), "gand": "000000000000" + hx(16),
            "ymios": f"----=_Part_{R.randint(100000, 9999999)}_{R.randint(10 ** 8, 2 * 10 ** 9)}.{int(t.timestamp() * 1000)}",
            "btweb": f"----=_Part_{R.randint(1000, 99999)}_{R.randint(10 ** 8, 2 * 10 ** 9)}.{int(t.timestamp() * 1000)}",
            "amac": f"Apple-Mail={ruuid().upper()}", "iphone": f"Apple-Mail-{ruuid().upper()}",
            "olk16": f"----=_NextPart_000_{HX(4)}_01DB{HX(4)}.{HX(8)}", "olk16a7": f"----=_NextPart_000_{HX(4)}_01DB{HX(4)}.{HX(8)}",
            "zoho": f"----=_Part_{R.randint(100000, 999999)}_{R.randint(10 ** 8, 10 ** 9)}.{int(t.timestamp() * 1000)}",
            "roundcube": "=_" + hx(32), "smtpkit": "b1_" + hx(32)}.get(client, "=_" + hx(28))


def textpart(client, ctype, text):
    if client in ("olk16", "olk16a7"):
        data = text.encode("cp1252", "replace")
        return [f'Content-Type: {ctype};\n\tcharset="windows-1252"', "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]
    data = text.encode("utf-8")
    if client in ("gweb", "gand", "gmailatt"):
        if text.isascii() and max(len(x) for x in text.split("\n")) < 990: return [f'Content-Type: {ctype}; charset="UTF-8"', "", text]
        return [f'Content-Type: {ctype}; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]
    if client in ("amac", "iphone"):
        if text.isascii() and ctype == "text/plain": return [f"Content-Type: {ctype};\n\tcharset=us-ascii", "Content-Transfer-Encoding: 7bit", "", text]
        return [f"Content-Type: {ctype};\n\tcharset=utf-8", "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]
    if client == "roundcube" and ctype == "text/plain":
        cs = "US-ASCII" if text.isascii() else "UTF-8"
        return [f"Content-Type: text/plain; charset={cs};\n format=flowed", "Content-Transfer-Encoding: " + ("7bit" if text.isascii() else "8bit"), "", text]
    if client in ("smtpkit", "bot"):
        return [f"Content-Type: {ctype}; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", text]
    if client == "ymios" and ctype == "text/plain":
        return ["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]
    cs = '"utf-8"' if client in OUTLOOK_FAMILY else "utf-8"
    if client == "zoho" and text.isascii(): return [f"Content-Type: {ctype}; charset=UTF-8", "Content-Transfer-Encoding: 7bit", "", text]
    return [f"Content-Type: {ctype}; charset={cs}", "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]


def emit(who, client, t, to, cc, subj, refs, plain, html=None, atts=(), extra=(), label=None, infra=None, env=None, frm=None,
         irt=None, mid=None, tidx=None, topic=None, scen=None, folder=None, no_html=False, o=None, raw_body=None, ctype_top=None):
    o = o or {}
    m = mid or make_mid(who, client, t)
    folder = folder or ("Sent" if who is me else "INBOX")
    infra = infra or who.infra
    h, trail, arrive = [], [], t
    if folder == "INBOX":
        if infra == "int": h, trail, arrive = internal(who, t, client, o)
        else: h, trail, arrive = inbound(who, t, env, infra, client, o, is_list=o.get("is_list", False))
    date = t.strftime("%a, %d %b %Y %H:%M:%S %z")
    fromh = frm or addr(who.name, who.email)
    toh = ", ".join(addr(n, e) for n, e in to)
    body_h = []
    if client in ("gweb", "gand", "gmailatt"):
        body_h += [("MIME-Version", "1.0")]
        if refs: body_h += [("References", " ".join(refs)), ("In-Reply-To", irt or refs[-1])]
        body_h += [("From", fromh), ("Date", date), ("Message-ID", m), ("Subject", enc_h(subj)), ("To", toh)]
        if cc: body_h.append(("Cc", ", ".join(addr(n, e) for n, e in cc)))
    else:
        body_h += [("From", fromh), ("To", toh)]
        if cc: body_h.append(("CC" if client in OUTLOOK_FAMILY else "Cc", ", ".join(addr(n, e) for n, e in cc)))
        body_h += [("Subject", enc_h(subj, "windows-1252") if client in ("olk16",) and all(ord(c) < 256 for c in subj) else enc_h(subj)),
                   ("Date", date), ("Message-ID", m)]
        if refs: body_h += [("In-Reply-To", irt or refs[-1]), ("References", "\n ".join(refs))]
    if client in ("olk", "olken", "owa", "olkand", "olkios", "owacons", "olkandc", "ex19", "olk16", "olk16a7", "zimbra"):
        body_h += [("Thread-Topic", enc_h(topic or subj.split(": ", 1)[-1])), ("Thread-Index", tidx or base64.b64encode(tidx_header(t)).decode())]
    if client in ("olk", "olken", "owa", "olkand", "olkios", "owacons", "olkandc", "ex19"):
        body_h += [("Accept-Language", CLANG[client] + (", en-US" if CLANG[client] != "en-US" else (", nl-NL" if who.dom == "vandenberg-vastgoed.example" else ""))),
                   ("Content-Language", CLANG[client]), ("X-MS-Has-Attach", "yes" if atts else ""), ("X-MS-TNEF-Correlator", "")]
        if client == "ex19":
            body_h += [("x-ms-exchange-messagesentrepresentingtype", "1"), ("x-ms-exchange-transport-fromentityheader", "Hosted"),
                       ("x-originating-ip", f"[192.168.10.{o.get('lan', R.randint(30, 45))}]")]
        elif folder == "INBOX" and infra not in ("int",) and who.dom not in ("outlook.com", "hotmail.com"):
            body_h += [("msip_labels", ""), ("x-ms-publictraffictype", "Email"), ("x-ms-exchange-senderadcheck", "1"),
                       ("x-ms-exchange-antispam-relay", "0")]
        else:
            body_h += [("msip_labels", "")]
    if client in ("olk16", "olk16a7"): body_h += [("Content-Language", CLANG[client])]
    if client == "zimbra": body_h += [("X-Originating-IP", f"[10.0.0.{o.get('lan', 41)}]"), ("X-Virus-Scanned", "amavis at notariaferrervalls.example")]
    if client == "ymios":
        body_h += [("X-YMail-OSG", alnum(60) + "\n " + alnum(70) + "\n " + alnum(40)), ("X-Sonic-MF", f"<{who.email}>"), ("X-Sonic-ID", ruuid())]
    if client == "btweb": body_h += [("X-Originating-IP", f"[{o.get('xoip', '86.159.41.122')}]"), ("Importance", "Normal"), ("X-Priority", "3")]
    if client == "zoho": body_h += [("Importance", "Medium")]
    if client == "roundcube": body_h += [("X-Sender", who.email)]
    if client in UA: body_h.append(UA[client])
    if (infra.startswith("exo-") or infra == "vps-a6") and folder == "INBOX":
        body_h.append(("X-OriginatorOrg", who.dom if infra != "exo-tc" else "tasacionescibeles.example"))
    body_h += list(extra)
    if client == "iphone": body_h.append(("Mime-Version", "1.0 (1.0)"))
    elif client == "amac": body_h.append(("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    elif client not in ("gweb", "gand", "gmailatt"): body_h.append(("MIME-Version", "1.0"))
    if raw_body is not None:
        body = raw_body
    else:
        if html is None and not no_html: html = html_of(client, plain)
        alt = textpart(client, "text/plain", plain)
        if html:
            ab = boundary(client, who, t)
            alt = [f'Content-Type: multipart/alternative;\n\tboundary="{ab}"', "", f"--{ab}"] + textpart(client, "text/plain", plain) + [f"--{ab}"] + textpart(client, "text/html", html) + [f"--{ab}--", ""]
        if atts:
            mb = boundary(client, who, t)
            body = [f'Content-Type: multipart/mixed;\n\tboundary="{mb}"', "", f"--{mb}"] + alt
            for a in atts:
                name, data, ctype = a[:3]
                fn = enc_h(name) if not name.isascii() else name
                if client in ("gweb", "gand", "gmailatt"):
                    body += [f"--{mb}", f'Content-Type: {ctype}; name="{fn}"', f'Content-Disposition: attachment; filename="{fn}"', "Content-Transfer-Encoding: base64",
                             f"Content-ID: <f_{alnum(9).lower()}0>", f"X-Attachment-Id: f_{alnum(9).lower()}0", "", base64.encodebytes(data).decode().rstrip("\n")]
                elif client in ("olk", "olken", "owa", "olkand", "olkios", "owacons", "olkandc", "ex19"):
                    body += [f"--{mb}", f'Content-Type: {ctype}; name="{fn}"', f"Content-Description: {fn}",
                             f'Content-Disposition: attachment; filename="{fn}"; size={len(data)};\n\tcreation-date="{rfc(t, UTC)}";\n\tmodification-date="{rfc(t, UTC)}"',
                             "Content-Transfer-Encoding: base64", "", base64.encodebytes(data).decode().rstrip("\n")]
                elif client in ("amac", "iphone"):
                    body += [f"--{mb}", "Content-Disposition: attachment;\n\tfilename=" + (f'"{fn}"' if " " in fn else fn), f"Content-Type: {ctype};\n\tx-unix-mode=0644;\n\tname=\"{fn}\"",
                             "Content-Transfer-Encoding: base64", "", base64.encodebytes(data).decode().rstrip("\n")]
                else:
                    body += [f"--{mb}", f'Content-Type: {ctype};\n name="{fn}"', "Content-Transfer-Encoding: base64", f'Content-Disposition: attachment;\n filename="{fn}"',
                             "", base64.encodebytes(data).decode().rstrip("\n")]
            body += [f"--{mb}--", ""]
        else:
            body = alt
    hdrs = h + body_h + (trail if folder == "INBOX" else [])
    if ctype_top: hdrs = [x for x in hdrs]
    raw = "\r\n".join(f"{k}: {v}".replace("\r\n", "\n").replace("\n", "\r\n") for k, v in hdrs) + "\r\n" + "\r\n".join(body).replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n"
    seq[0] += 1
    pending.append((arrive.astimezone(UTC), seq[0], folder, raw, (m, label) if label else None, scen))
    return m


G = ("genuine", "genuine-reply"); GH = ("genuine", "genuine-hard"); GO = ("genuine", "genuine-orphan")
def HJ(kind): return ("hijack", kind)


def subj_prefix(client, fwd=False):
    if client in ("olk", "owa", "olkand", "olkios", "owacons", "olkandc", "ex19", "olk16"): return "RV: " if fwd else "RE: "
    if client in ("olken", "olk16a7"): return "FW: " if fwd else "RE: "
    if client in ("gweb", "gand"): return "Fwd: " if fwd else "Re: "
    return "Fwd: " if fwd else "Re: "


class Thread:
    def __init__(s, tid, partner, subj):
        s.tid, s.p, s.subj, s.refs, s.last = tid, partner, subj, [], None
        s.tbase = None; s.t0 = None; s.blocks = []; s.np = 0

    def add(s, who, text, t, label=None, client=None, to=None, cc=None, sig=True, quote=True, subj=None, scen=None,
            quote_text=None, detached=False, sigtext=None, **kw):
        client = client or who.client
        if who is me and sigtext is None:
            sigtext = SIG_ME_EN if (s.p.lang == "en") else SIG_ME
        if client in ("olkand",) and who is me:
            sigtext = "\n\nLucía\n\nObtener Outlook para Android<https://aka.ms/AAb9ysg>"
        plain = text + ((sigtext if sigtext is not None else who.sig) if sig else "")
        if client == "iphone" and sig: plain = text + "\n\nSent from my iPhone"
        if client == "olkios" and sig: plain = text + "\n\nObtener Outlook para iOS<https://aka.ms/o0ukef>"
        if client == "olkandc" and sig: plain = text + "\n\nObtener Outlook para Android<https://aka.ms/AAb9ysg>"
        if client == "ymios" and sig and not quote: plain = text + "\n\n\nSent from Yahoo Mail for iPhone"
        if quote and s.last:
            q = dict(s.last)
            if quote_text is not None: q["plain"] = quote_text
            qb = quote_of(client, q, who.tz if who is not me else MAD)
            if client == "ymios" and sig: qb = "\n\n\nSent from Yahoo Mail for iPhone" + qb
            plain += qb
        if subj is None:
            if not s.refs: subj = s.subj
            else:
                base = s.subj
                subj = base if base.lower().startswith(("re:", "rv:", "fw:", "fwd:")) else subj_prefix(client) + base
        if to is None: to = [(s.p.name, s.p.email)] if who is me else [(me.name, me.email)]
        if label == G and scen is None:
            s.np += 1
            scen = (f"P-{s.tid}-{s.np}", f"plain in-thread reply from {who.name} in {s.tid} '{s.subj}'")
        if s.tbase is None: s.tbase, s.t0 = tidx_header(t), t
        while len(s.blocks) < len(s.refs): s.blocks.append(tidx_block(s.t0, t))
        if "tidx" not in kw: kw["tidx"] = base64.b64encode(s.tbase + b"".join(s.blocks[:len(s.refs)])).decode()
        m = emit(who, client, t, to, cc, subj, list(s.refs), plain, label=label, topic=s.subj.split(": ", 1)[-1] if s.subj.lower().startswith(("rv:", "fw:", "fwd:")) else s.subj,
                 scen=scen, **kw)
        if detached: return m
        s.refs.append(m)
        s.last = dict(t=t, name=who.name, email=who.email, plain=plain, subj=subj, to=to, cc=cc or [])
        return m


# ------------------------------------------------------------------ attachments (inert, real containers)
def pdf_esc(s): return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines, producer="Microsoft® Word para Microsoft 365", when="20250303091200", zone="+01'00'", uris=(), encrypt=False, pages=1):
    enc_lines = [l.encode("cp1252", "replace").decode("latin-1") for l in lines]
    content = ("BT /F1 11 Tf 14 TL 72 770 Td " + " ".join(f"({pdf_esc(l)}) '" for l in enc_lines) + " ET").encode("latin-1")
    if encrypt: content = rbytes(len(content) + 16 - len(content) % 16)
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", None,
            f"<< /Length {len(content)} >>\nstream\n", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            f"<< /Producer ({pdf_esc(producer.encode('cp1252', 'replace').decode('latin-1'))}) /CreationDate (D:{when}{zone}) /ModDate (D:{when}{zone}) >>"]
    annots = []
    for i, u in enumerate(uris):
        objs.append(f"<< /Type /Annot /Subtype /Link /Rect [72 {640 - 30 * i} 523 {664 - 30 * i}] /Border [0 0 0] /A << /S /URI /URI ({u}) >> >>")
        annots.append(len(objs))
    objs[2] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R"
               + (f" /Annots [{' '.join(f'{a} 0 R' for a in annots)}]" if annots else "") + " >>")
    if encrypt: objs.append(f"<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O <{hx(64)}> /U <{hx(64)}> >>")
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"); offs = []
    for i, ob in enumerate(objs, 1):
        offs.append(len(out))
        out += (f"4 0 obj\n{ob}".encode() + content + b"\nendstream\nendobj\n") if i == 4 else f"{i} 0 obj\n{ob}\nendobj\n".encode("latin-1")
    x = len(out); fid = hx(32)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + b"".join(f"{o_:010d} 00000 n \n".encode() for o_ in offs)
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R /ID [<{fid}> <{fid}>]" + (f" /Encrypt {len(objs)} 0 R" if encrypt else "")
            + f" >>\nstartxref\n{x}\n%%EOF\n").encode()
    return bytes(out)


def zipfile_bytes(members, when=(2025, 1, 10, 10, 0, 0), encrypt=False):
    bio = io.BytesIO(); z = zipfile.ZipFile(bio, "w", zipfile.ZIP_STORED if encrypt else zipfile.ZIP_DEFLATED)
    for name, data in members:
        zi = zipfile.ZipInfo(name, date_time=when); zi.compress_type = zipfile.ZIP_STORED if encrypt else zipfile.ZIP_DEFLATED
        z.writestr(zi, (rbytes(12) + rbytes(len(data))) if encrypt else data)
    z.close(); b = bytearray(bio.getvalue())
    if encrypt:   # ZipCrypto: set the "encrypted" bit in every local and central header
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


def ooxml_docx(paras, macro=False, title="", author="", company="", when="2025-01-10T09:00:00Z"):
    ct_main = "application/vnd.ms-word.document.macroEnabled.main+xml" if macro else "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "")
          + f'<Override PartName="/word/document.xml" ContentType="{ct_main}"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             + ('<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' if macro else "")
             + "</Relationships>")
    body = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{H.escape(p)}</w:t></w:r></w:p>" for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f"<w:body>{body}<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>")
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{H.escape(title)}</dc:title><dc:creator>{H.escape(author)}</dc:creator><cp:lastModifiedBy>{H.escape(author)}</cp:lastModifiedBy>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified></cp:coreProperties>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           f"<Application>Microsoft Office Word</Application><Company>{H.escape(company)}</Company><AppVersion>16.0000</AppVersion></Properties>")
    members = [("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()), ("word/document.xml", doc.encode()),
               ("word/_rels/document.xml.rels", drels.encode()), ("docProps/core.xml", core.encode()), ("docProps/app.xml", app.encode())]
    if macro:
        members.append(("word/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00" + rbytes(3000)))
    y, mo, d = int(when[:4]), int(when[5:7]), int(when[8:10])
    return zipfile_bytes(members, (y, mo, d, int(when[11:13]), int(when[14:16]), 0))


def png(w=480, h=270, qr=False):
    def chunk(tp, data): return struct.pack(">I", len(data)) + tp + data + struct.pack(">I", zlib.crc32(tp + data) & 0xffffffff)
    if qr:
        n = 29; cell = 8; w = h = n * cell + 64
        grid = [[R.random() < 0.5 for _ in range(n)] for _ in range(n)]
        for (ox, oy) in ((0, 0), (n - 7, 0), (0, n - 7)):
            for y in range(7):
                for x in range(7):
                    grid[oy + y][ox + x] = (x in (0, 6) or y in (0, 6) or (2 <= x <= 4 and 2 <= y <= 4))
        rows = []
        for py in range(h):
            row = bytearray(b"\x00")
            for px in range(w):
                gx, gy = (px - 32) // cell, (py - 32) // cell
                dark = 0 <= gx < n and 0 <= gy < n and grid[gy][gx]
                row += b"\x00\x00\x00" if dark else b"\xff\xff\xff"
            rows.append(bytes(row))
        raw = b"".join(rows)
    else:
        raw = b"".join(b"\x00" + bytes((R.randint(200, 255) if (x // 40 + y // 40) % 7 else 40) for x in range(w * 3)) for y in range(h))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b"")


_JPEG_1x1 = bytes.fromhex(
    "FFD8FFE000104A46494600010100000100010000FFDB004300080606070605080707070909080A0C140D0C0B0B0C1912130F141D1A1F1E1D1A1C1C20242E2720222C231C1C28"
    "37292C30313434341F27393D38323C2E333432FFC0000B080001000101011100FFC4001F0000010501010101010100000000000000000102030405060708090A0BFFC400B51000"
    "02010303020403050504040000017D01020300041105122131410613516107227114328191A1082342B1C11552D1F02433627282090A161718191A25262728292A34353637"
    "38393A434445464748494A535455565758595A636465666768696A737475767778797A838485868788898A92939495969798999AA2A3A4A5A6A7A8A9AAB2B3B4B5B6B7B8B9"
    "BAC2C3C4C5C6C7C8C9CAD2D3D4D5D6D7D8D9DAE1E2E3E4E5E6E7E8E9EAF1F2F3F4F5F6F7F8F9FAFFDA0008010100003F00FBD3FFD9")


def jpeg(model="SM-A546B", when="2024:09:18 19:42:11"):
    exif = b"Exif\x00\x00MM\x00\x2a\x00\x00\x00\x08" + f"samsung\x00{model}\x00{when}\x00".encode() + rbytes(400)
    app1 = b"\xff\xe1" + struct.pack(">H", len(exif) + 2) + exif
    pad = b"".join(b"\xff\xe2" + struct.pack(">H", 60002) + rbytes(60000) for _ in range(R.randint(2, 4)))
    return _JPEG_1x1[:2] + app1 + pad + _JPEG_1x1[2:]


def lnk_bytes(target):
    return (b"\x4c\x00\x00\x00\x01\x14\x02\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00\x46" + b"\x9b\x00\x08\x00\x20\x00\x00\x00" + rbytes(48)
            + b"\x01\x00\x00\x00" + target.encode("utf-16-le") + b"\x00\x00" + rbytes(60))


def onenote_bytes(embedded_name):
    return (bytes.fromhex("E4525C7B8CD8A74DAEB15378D02996D3") + rbytes(8) + bytes.fromhex("3FDD9A10A0B1C64A9E3F0D5D5B66C7CA") + rbytes(1800)
            + bytes.fromhex("E716E3BD65261145A4C48D4D0B7A9EAC") + struct.pack("<Q", 900) + rbytes(4) + embedded_name.encode("utf-16-le")
            + b"inert probe placeholder - no executable content\r\n" + rbytes(800))


def qp_html_text(s): return s


# ------------------------------------------------------------------ system senders, notices, list
lexg = Pt("LexGestiona", "notificaciones@lexgestiona.example", "sys", "lexg")
icam = Pt("ICAM · Colegio de la Abogacía de Madrid", "boletin@icam.example", "sys", "icam")
notariado = Pt("Consejo General del Notariado", "newsletter@notariado.example", "sys", "notariado")
regis = Pt("Registradores de España", "no-reply@registradores.example", "sys", "regis")
correos = Pt("Correos · Burofax Online", "burofax@correos.example", "sys", "correos")
docusign = Pt("Álvaro Gil vía Docusign", "dse@eumail.docusign.net", "sys", "docusign")
bmfirma = Pt("Banco Meseta Firma Digital", "no-reply@firma.bancomeseta.example", "sys", "bmfirma")
bmalert = Pt("Banco Meseta Empresas", "avisos@alertas.bancomeseta.example", "sys", "bmalert")
tcplat = Pt("Tasaciones Cibeles · Plataforma", "no-reply@tasacionescibeles.example", "sys", "tcplat")
lxdesk = Pt("Soporte Lexred", "soporte@lexred.example", "sys", "lxdesk")
msq = Pt("Microsoft 365", "quarantine@messaging.microsoft.com", "sys", "msq")
ndr_from = Pt("Microsoft Outlook", f"MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{OWN}", "sys", "int")


def sys_mid(who, t):
    if who is lexg: return f"<{alnum(22)}@geopod-ismtpd-{R.randint(1, 30)}>"
    if who in (icam, notariado): return f"<{hx(32)}.{R.randint(100000, 999999)}@envios.{who.dom}>"
    if who is regis: return f"<{R.randint(10 ** 8, 10 ** 9)}.{R.randint(1000, 99999)}.{int(t.timestamp() * 1000)}.JavaMail.sede@registradores.example>"
    if who is correos: return f"<{ruuid()}@correos.example>"
    if who is docusign: return f"<{hx(32)}@docusign.net>"
    if who in (bmfirma, bmalert, tcplat): return f"<0102019{hx(9)}-{ruuid()}-000000@eu-west-1.amazonses.com>"
    if who is lxdesk: return f"<{hx(20)}.ticket.{R.randint(4000, 5000)}@desk.lexred.example>"
    if who is msq: return f"<{ruuid()}@AM0PR02MB{R.randint(1000, 9999)}.eurprd02.prod.outlook.com>"
    return f"<{hx(24)}@{who.dom}>"


def notice(who, t, subj, plain, html, extra=(), label=None, scen=None, atts=(), to=None, refs=(), o=None):
    return emit(who, "sys", t, to or [(me.name, me.email)], None, subj, list(refs), plain, html=html, atts=atts, extra=extra,
                label=label, scen=scen, mid=sys_mid(who, t), o=o)


def mail_html(title, paras, button=None, footer="", brand="#003b70", logo=""):
    ps = "".join(f"<p style=\"margin:0 0 14px\">{esc_lines(p)}</p>" for p in paras)
    btn = (f'<p style="margin:22px 0"><a href="{button[1]}" style="background:{brand};color:#ffffff;padding:11px 20px;text-decoration:none;'
           f'border-radius:3px;font-weight:bold">{H.escape(button[0])}</a></p>') if button else ""
    return ('<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"></head>'
            '<body style="margin:0;padding:0;background:#f2f2f2"><table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            '<table role="presentation" width="620" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">'
            f'<tr><td style="background:{brand};padding:16px 24px">' + (f'<img src="{logo}" alt="" height="30">' if logo else "") + '</td></tr>'
            f'<tr><td style="padding:24px"><h2 style="font-size:19px;margin:0 0 16px">{H.escape(title)}</h2>{ps}{btn}</td></tr>'
            f'<tr><td style="padding:14px 24px;font-size:11px;color:#777;border-top:1px solid #e5e5e5">{footer}</td></tr></table></td></tr></table></body></html>')


LEXG_FOOT = "LexGestiona · Software de gestión para despachos · Este es un mensaje automático, no responda a esta dirección."


def lexg_note(t, kind, exp, title, detail, label=None, scen=None):
    link = f"https://app.lexgestiona.example/navarroibanez/expedientes/{exp.replace('/', '-')}"
    plain = f"{kind}\n\nExpediente: {exp}\n{title}\n\n{detail}\n\nAbrir en LexGestiona: {link}\n\n--\n{LEXG_FOOT}\nGestionar notificaciones: https://app.lexgestiona.example/ajustes/notificaciones"
    html = mail_html(kind, [f"Expediente: {exp}\n{title}", detail], ("Abrir en LexGestiona", link),
                     LEXG_FOOT + '<br><a href="https://app.lexgestiona.example/ajustes/notificaciones" style="color:#777">Gestionar notificaciones</a>', "#2d6a4f",
                     "https://app.lexgestiona.example/static/img/logo-blanco.png")
    extra = [("X-SG-EID", b64(60)), ("X-Entity-ID", alnum(22)), ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]
    return notice(lexg, t, f"[LexGestiona] {kind}: {title}", plain, html, extra, label, scen)


ICAM_TOPICS = ["Jornada sobre la Ley de Eficiencia del Servicio Público de Justicia: los MASC en la práctica",
               "Turno de Oficio: calendario de guardias del próximo mes", "Curso de especialización en Derecho sucesorio (12 horas, online)",
               "Nueva sede electrónica del Colegio: cambios en el acceso con certificado", "Biblioteca: novedades en Derecho inmobiliario",
               "Convocatoria de la Junta General Ordinaria", "Seguro de responsabilidad civil 2025: renovación",
               "Webinar: el valor de referencia del Catastro en el ITP y Sucesiones", "Comisión de Deontología: resumen de resoluciones",
               "Ciclo de cine y Derecho: 'Doce hombres sin piedad'", "Mutualidad: plazo para el cambio de régimen", "LexNET: ventana de mantenimiento programado",
               "Jornada sobre arrendamientos urbanos y zonas tensionadas en Madrid", "Acuerdo con la Comunidad de Madrid sobre justicia gratuita",
               "Formación: prevención del blanqueo de capitales para despachos", "Servicio de Orientación Jurídica: nuevas horas de atención",
               "Premios ICAM a la trayectoria profesional", "Conferencia: la reforma de la Ley Hipotecaria, cinco años después"]


def icam_bulletin(t, n):
    items = R.sample(ICAM_TOPICS, 4)
    links = [f"https://www.icam.example/noticias/{R.randint(10000, 99999)}-{alnum(6).lower()}" for _ in items]
    unsub = f"https://envios.icam.example/baja?e={hx(24)}&l=boletin"
    plain = (f"Boletín semanal ICAM n.º {n}\n{t.day} de {MESES[t.month - 1]} de {t.year}\n\n" + "\n\n".join(f"· {i}\n  {l}" for i, l in zip(items, links))
             + f"\n\nIlustre Colegio de la Abogacía de Madrid · C/ Serrano 9 · 28001 Madrid\nRecibe este boletín por ser colegiado o personal "
               f"de un despacho colegiado. Darse de baja: {unsub}")
    html = mail_html(f"Boletín semanal ICAM n.º {n}", [f"{t.day} de {MESES[t.month - 1]} de {t.year}"] + items, ("Ver todas las noticias", "https://www.icam.example/noticias"),
                     f'Ilustre Colegio de la Abogacía de Madrid · C/ Serrano 9 · 28001 Madrid<br><a href="{unsub}" style="color:#777">Darse de baja</a>', "#7a1f2b",
                     "https://www.icam.example/img/logo-icam-blanco.png")
    extra = [("List-Unsubscribe", f"<{unsub}>, <mailto:baja@envios.icam.example?subject=baja-{hx(10)}>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
             ("Precedence", "bulk"), ("X-Mailer", "Mailrelay"), ("Feedback-ID", f"{R.randint(1000, 9999)}:boletin:icam:mailrelay")]
    return notice(icam, t, f"Boletín ICAM n.º {n} · {items[0][:60]}", plain, html, extra, o={"bcl": 4})


NOT_TOPICS = ["Las notarías autorizaron un 4,1 % más de compraventas de vivienda en el último trimestre", "Guía práctica: la herencia paso a paso",
              "Firma electrónica y copias autorizadas: lo que debe saber", "Préstamos hipotecarios a no residentes: datos del Consejo",
              "El acta de transparencia hipotecaria, cinco años después", "Testamento vital: cómo se otorga ante notario",
              "Donaciones entre padres e hijos: fiscalidad en las comunidades autónomas", "Estadística: crece la compra de vivienda por extranjeros en Madrid"]


def notariado_news(t):
    items = R.sample(NOT_TOPICS, 3)
    unsub = f"https://news.notariado.example/baja?u={hx(20)}"
    plain = "Newsletter del Consejo General del Notariado\n\n" + "\n\n".join(f"{i}\nhttps://www.notariado.example/portal/-/{alnum(8).lower()}" for i in items) + f"\n\nDarse de baja: {unsub}"
    html = mail_html("Newsletter del Consejo General del Notariado", items, ("Leer más", "https://www.notariado.example/portal/actualidad"),
                     f'<a href="{unsub}" style="color:#777">Darse de baja</a> · Consejo General del Notariado · Paseo del General Martínez Campos 46 · Madrid', "#0b4f6c")
    extra = [("List-Unsubscribe", f"<{unsub}>"), ("Precedence", "bulk"), ("X-Mailer", "Mailrelay")]
    return notice(notariado, t, f"Newsletter del Notariado · {items[0][:55]}", plain, html, extra, o={"bcl": 5})


def regis_note(t, peticion, finca, label=None, scen=None, kind="nota"):
    link = f"https://sede.registradores.example/sede/peticiones/{peticion}?d={hx(16)}"
    if kind == "nota":
        subj = f"Petición {peticion} atendida - Nota simple informativa"
        text = (f"Le informamos de que su petición de nota simple informativa n.º {peticion} ha sido atendida por el Registro de la Propiedad.\n\n"
                f"Finca: {finca}\n\nPuede descargar el documento, firmado electrónicamente por el registrador, desde la sede electrónica durante 30 días:")
    else:
        subj = f"Entrada {peticion} - Documento despachado"
        text = (f"El documento presentado con el número de entrada {peticion} ha sido despachado.\n\nFinca: {finca}\n\n"
                "Puede consultar la nota de despacho y la minuta de honorarios en la sede electrónica:")
    plain = text + f"\n{link}\n\nEste correo se ha generado automáticamente. No responda a este mensaje.\nColegio de Registradores de la Propiedad, Bienes Muebles y Mercantiles de España"
    html = mail_html(subj, [text], ("Acceder a la sede", link), "Colegio de Registradores de la Propiedad, Bienes Muebles y Mercantiles de España. No responda a este mensaje.", "#1d3f73")
    return notice(regis, t, subj, plain, html, [("Auto-Submitted", "auto-generated")], label, scen)


def bm_alert(t, amount, ordenante, concepto):
    plain = (f"Banco Meseta Empresas\n\nLe informamos de que se ha recibido una transferencia en la cuenta ****0937 (NAVARRO IBAÑEZ ABOGADOS SLP - CLIENTES):\n\n"
             f"Importe: {amount} EUR\nOrdenante: {ordenante}\nConcepto: {concepto}\nFecha valor: {t:%d/%m/%Y}\n\n"
             "Consulte el detalle en Banca Online Empresas. Banco Meseta nunca le pedirá sus claves por correo electrónico.\n"
             "Gestione sus avisos: https://empresas.bancomeseta.example/avisos")
    html = mail_html("Transferencia recibida", [f"Cuenta ****0937 (NAVARRO IBAÑEZ ABOGADOS SLP - CLIENTES)", f"Importe: {amount} EUR\nOrdenante: {ordenante}\nConcepto: {concepto}\nFecha valor: {t:%d/%m/%Y}"],
                     None, 'Banco Meseta nunca le pedirá sus claves por correo electrónico. <a href="https://empresas.bancomeseta.example/avisos" style="color:#777">Gestione sus avisos</a>', "#00594f")
    return notice(bmalert, t, f"Aviso: transferencia recibida de {amount} EUR", plain, html, [("Auto-Submitted", "auto-generated")])


def lx_desk(t, tk, subj, text):
    link = f"https://desk.lexred.example/portal/tickets/{tk}"
    plain = text + f"\n\nVer incidencia: {link}\n\n--\nSoporte Lexred · 91 555 62 00 · soporte@lexred.example\nResponda por encima de esta línea para añadir un comentario."
    html = mail_html(subj, [text], ("Ver incidencia", link), "Soporte Lexred · 91 555 62 00 · soporte@lexred.example", "#37474f")
    return notice(lxdesk, t, subj, plain, html, [("Auto-Submitted", "auto-generated"), ("X-Helpdesk-Ticket", f"LX-{tk}")])


GG = "paralegales-madrid@googlegroups.com"
GG_FOOT = ("\n\n-- \nHas recibido este mensaje porque estás suscrito al grupo \"Paralegales Madrid\" de Grupos de Google.\n"
           "Para cancelar la suscripción a este grupo y dejar de recibir sus mensajes, envía un correo electrónico a paralegales-madrid+unsubscribe@googlegroups.com.\n"
           "Para ver este debate, visita https://groups.google.com/d/msgid/paralegales-madrid/{mid}.")
hector = Pt("Héctor Villalba", "hvillalba.paralegal@gmail.com", "gweb", "ggroups")
sonia = Pt("Sonia Prats", "sprats@pratsabogados.example", "olk", "ggroups")
irene = Pt("Irene Colmenar", "irene@colmenarlegal.example", "gweb", "ggroups")
nuria = Pt("Nuria Campos", "nuria.campos@yahoo.es", "ymios", "ggroups")
EXO_HOST["pratsabogados.example"] = ("MRZP264MB2988", "FRAP264")
TENANT["pratsabogados.example"] = ruuid()
REWRITE = {irene.email, nuria.email}
SIPS = {"gmail.com": "209.85.220.65", "yahoo.es": "77.238.177.146", "pratsabogados.example": "52.101.66.97", "colmenarlegal.example": "209.85.220.73"}


class ListThread:
    def __init__(s, subj): s.subj, s.refs, s.last = subj, [], None

    def post(s, who, text, t, label=None, scen=None, refs_extra=(), quote=True):
        subj = s.subj if not s.refs and not refs_extra else ("RE: " if who is me else "Re: ") + s.subj
        refs = list(refs_extra) + s.refs
        if who is me:
            plain = text + "\n\nLucía Martín Ortega\nParalegal · Navarro Ibáñez Abogados"
            if quote and s.last: plain += quote_of("olk", s.last, MAD)
            m = emit(me, "olk", t, [("Paralegales Madrid", GG)], None, subj, refs, plain)
        else:
            client = who.client
            m = make_mid(who, client, t)
            plain = text + (quote_of(client, s.last, MAD) if (quote and s.last) else "")
            foot = GG_FOOT.replace("{mid}", m.strip("<>").replace("@", "%40"))
            plain_f = plain + foot
            html = (html_of(client, plain) or "") + ('<p></p>\n-- <br>\nHas recibido este mensaje porque estás suscrito al grupo "Paralegales Madrid" de Grupos de Google.<br>\n'
                                                     'Para cancelar la suscripción a este grupo y dejar de recibir sus mensajes, envía un correo electrónico a '
                                                     '<a href="mailto:paralegales-madrid+unsubscribe@googlegroups.com">paralegales-madrid+unsubscribe@googlegroups.com</a>.<br>\n'
                                                     f'Para ver este debate, visita <a href="https://groups.google.com/d/msgid/paralegales-madrid/{m.strip("<>").replace("@", "%40")}">'
                                                     f'https://groups.google.com/d/msgid/paralegales-madrid/{m.strip("<>").replace("@", "%40")}</a>.<br>\n')
            rew = who.email in REWRITE
            frm = f"'{who.name}' via Paralegales Madrid <{GG}>" if rew else None
            od = who.dom
            ar = ("spf=pass (sender IP is 209.85.219.189) smtp.mailfrom=googlegroups.com; dkim=pass (signature was verified) header.d=googlegroups.com;"
                  + (f"dmarc=pass action=none header.from=googlegroups.com;compauth=pass reason=100" if rew else
                     f" dkim=fail (body hash did not verify) header.d={'gmail.com' if od == 'gmail.com' else od};dmarc=fail action=none header.from={od};compauth=pass reason=130"))
            arc = [("ARC-Seal", f"i=1; a=rsa-sha256; t={int(t.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={b64(60)}"),
                   ("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=to:subject:message-id:date:from:mime-version:dkim-signature;\n        bh={b64(32)};\n        b={b64(60)}"),
                   ("ARC-Authentication-Results", f"i=1; gmr-mx.google.com;\n       dkim=pass header.i=@{od};\n       spf=pass (google.com: domain of {who.email} designates {SIPS[od]} as permitted sender) smtp.mailfrom={who.email};\n"
                                                  f"       dmarc=pass (p={'REJECT' if rew else 'NONE'} sp={'REJECT' if rew else 'NONE'} dis=NONE) header.from={od}")]
            gid = "738215904417"
            extra = ([("Reply-To", f"{who.name} <{who.email}>")] if rew else []) + [
                ("X-Original-Sender", who.email),
                ("X-Original-Authentication-Results", f"gmr-mx.google.com;       dkim=pass header.i=@{od};       spf=pass (google.com: domain of {who.email} designates {SIPS[od]} as permitted sender) smtp.mailfrom={who.email}"),
                ("Precedence", "list"), ("Mailing-list", f"list {GG}; contact paralegales-madrid+owners@googlegroups.com"),
                ("List-ID", "<paralegales-madrid.googlegroups.com>"), ("X-Spam-Checked-In-Group", f"{who.email}"), ("X-Google-Group-Id", gid),
                ("List-Post", f"<https://groups.google.com/group/paralegales-madrid/post>, <mailto:{GG}>"),
                ("List-Help", "<https://groups.google.com/support/>, <mailto:paralegales-madrid+help@googlegroups.com>"),
                ("List-Archive", "<https://groups.google.com/group/paralegales-madrid"),
                ("List-Subscribe", "<https://groups.google.com/group/paralegales-madrid/subscribe>, <mailto:paralegales-madrid+subscribe@googlegroups.com>"),
                ("List-Unsubscribe", f"<mailto:googlegroups-manage+{gid}+unsubscribe@googlegroups.com>,\n <https://groups.google.com/group/paralegales-madrid/subscribe>"),
                ("X-BeenThere", GG)]
            m = emit(who, client, t, [("Paralegales Madrid", GG)], None, subj, refs, plain_f, html=html, extra=extra, label=label, scen=scen,
                     mid=m, frm=frm, o={"is_list": True, "ar": ar, "list_arc": arc, "bcl": 0}, env=f"paralegales-madrid+bncBD{alnum(30)}@googlegroups.com")
        s.refs.append(m)
        s.last = dict(t=t, name=who.name if who.email not in REWRITE else f"'{who.name}' via Paralegales Madrid", email=who.email if who.email not in REWRITE else GG,
                      plain=text, subj=subj, to=[("Paralegales Madrid", GG)], cc=[])
        return m


def rec_of(thread):
    return dict(thread.last)


def q_outlook_en(q):
    return (f"\n\nFrom: {q['name']} <{q['email']}>\nSent: {EN_D[q['t'].weekday()]}, {EN_M[q['t'].month - 1]} {q['t'].day}, {q['t'].year} {ampm(q['t'])}\n"
            f"To: {tolist(q['to'])}\n" + (f"Cc: {tolist(q['cc'])}\n" if q["cc"] else "") + f"Subject: {q['subj']}\n\n" + q["plain"])


def q_bot_en(q):
    return (f"\n\n-----Original Message-----\nFrom: {q['name']} <{q['email']}>\nSent: {q['t']:%d/%m/%Y %H:%M}\nTo: {tolist(q['to'])}\nSubject: {q['subj']}\n\n" + q["plain"])


def q_on_wrote(q):
    return f"\n\nOn {q['t']:%a, %b %d, %Y at %I:%M %p} {q['name']} <{q['email']}> wrote:\n" + _lines(q["plain"])


def wz(t):
    t = t.astimezone(MAD); off = t.utcoffset().seconds // 3600
    return t.strftime("%Y%m%d%H%M%S"), f"+0{off}'00'"


def P(lines, t, producer="Microsoft® Word para Microsoft 365", **kw):
    w, z = wz(t); return pdf(lines, producer=producer, when=w, zone=z, **kw)


SCAN = "Canon iR-ADV C5535 PDF"
ME_INT = "\n\nLucía"
LU = (me.name, me.email)

# =============================================================================================== T9 herencia: documentación
t9 = Thread("T9", carmen, "Herencia de Amparo Prieto Salas - documentación")
t9.add(carmen, "Hola Lucía:\n\nSoy Carmen Sánchez-Rubio; hablamos la semana pasada con Javier sobre la herencia de nuestra madre, Amparo Prieto Salas, "
       "que falleció el 3 de agosto. Te adjunto lo que tenemos: el certificado de defunción, el de últimas voluntades y la copia del testamento "
       "de 2016 (notaría de D. Jordi Ferrer Valls). Mi hermano Alfonso va en copia.\n\nDime qué más necesitáis.\n\nUn saludo,\nCarmen",
       at(2024, 9, 10, 18, 40), cc=[(alfonso.name, alfonso.email)],
       atts=[("Certificado defuncion.pdf", P(["REGISTRO CIVIL DE MADRID", "Certificación literal de defunción", "Amparo Prieto Salas", "Fecha: 03/08/2024"], at(2024, 9, 10, 18, 20), SCAN), "application/pdf"),
             ("Ultimas voluntades.pdf", P(["MINISTERIO DE JUSTICIA", "Certificado del Registro General de Actos de Última Voluntad", "Causante: Amparo Prieto Salas"], at(2024, 9, 10, 18, 21), SCAN), "application/pdf"),
             ("Testamento 2016.pdf", P(["Notaría de D. Jordi Ferrer Valls", "Testamento abierto - protocolo 612/2016", "Instituye herederos a sus hijos por partes iguales"], at(2024, 9, 10, 18, 22), SCAN), "application/pdf")])
t9.add(me, "Hola Carmen (y Alfonso):\n\nGracias, todo correcto. El testamento os instituye herederos por partes iguales, así que la partición será sencilla. "
       "Para preparar el inventario necesito:\n\n- Escritura del piso de C/ Arroyo Fontarrón y de la plaza de garaje.\n- Último recibo del IBI de ambos.\n"
       "- DNI de los dos.\n- El certificado de saldos de Banco Meseta lo pedimos nosotros con el certificado de defunción.\n\n"
       "Os recuerdo que el plazo para liquidar el Impuesto sobre Sucesiones es de seis meses desde el fallecimiento, es decir, hasta el 3 de febrero de 2025.",
       at(2024, 9, 11, 10, 15), cc=[(alfonso.name, alfonso.email)])
t9.add(carmen, "Lucía, te mando fotos de la escritura del piso (son muchas páginas, te mando las importantes) y el recibo del IBI. La del garaje la tiene Alfonso.\n\nCarmen",
       at(2024, 9, 18, 19, 55), GH, cc=[(alfonso.name, alfonso.email)], scen=("G18", "heir sends phone photos (JPEG) of the deed pages Lucía asked for"),
       atts=[(f"IMG_20240918_19{40 + i}{R.randint(10, 59)}.jpg", jpeg(when=f"2024:09:18 19:{40 + i}:11"), "image/jpeg") for i in range(4)]
            + [("IBI 2024 Arroyo Fontarron.pdf", P(["AYUNTAMIENTO DE MADRID - IBI 2024", "Ref. catastral 1642309VK4714D0012PX", "Cuota: 412,37 EUR"], at(2024, 9, 18, 19, 50), SCAN), "application/pdf")])
t9.add(me, "Gracias, Carmen, se leen bien. Alfonso, ¿nos puedes mandar la escritura del garaje y tu DNI cuando puedas?", at(2024, 9, 19, 9, 20),
       to=[(carmen.name, carmen.email), (alfonso.name, alfonso.email)])
t9.add(alfonso, "Hola Lucía, te adjunto la escritura del garaje escaneada y mi DNI por las dos caras. Perdona el retraso, esta semana he tenido mucho lío.\n\nAlfonso",
       at(2024, 9, 23, 22, 41), G, cc=[(carmen.name, carmen.email)],
       atts=[("Escritura garaje.pdf", P(["Escritura de compraventa - plaza de garaje n.º 37", "C/ Arroyo Fontarrón 212, sótano -1"], at(2024, 9, 23, 22, 30), "Adobe Scan for iOS"), "application/pdf"),
             ("DNI Alfonso.pdf", P(["DNI - anverso y reverso"], at(2024, 9, 23, 22, 33), "Adobe Scan for iOS"), "application/pdf")])
t9.add(me, "Recibido, Alfonso. Con esto ya tenemos todo para el inventario.", at(2024, 9, 24, 9, 0), to=[(alfonso.name, alfonso.email)], cc=[(carmen.name, carmen.email)])
t9.add(me, "Hola Carmen y Alfonso:\n\nOs adjunto el inventario provisional: el piso por su valor de referencia del Catastro (187.436,12 €), el garaje "
       "(14.210,55 €) y el saldo bancario según el certificado del banco (38.912,07 €). Revisadlo y decidme si falta algo (joyas, muebles de valor, "
       "algún fondo de inversión...).", at(2024, 10, 28, 17, 10), to=[(carmen.name, carmen.email), (alfonso.name, alfonso.email)],
       atts=[("Inventario provisional herencia Prieto Salas.pdf", P(["INVENTARIO PROVISIONAL - HERENCIA DE D.ª AMPARO PRIETO SALAS", "1. Vivienda C/ Arroyo Fontarrón 212: 187.436,12 EUR",
                                                                     "2. Plaza de garaje n.º 37: 14.210,55 EUR", "3. Saldo Banco Meseta: 38.912,07 EUR"], at(2024, 10, 28, 17, 0)), "application/pdf")])
t9.add(carmen, "Lucía, está todo. Solo una cosa: mi madre tenía también un plan de pensiones en Banco Meseta, creo que pequeño. ¿Eso entra?\n\nGracias,\nCarmen",
       at(2024, 10, 29, 12, 3), G, cc=[(alfonso.name, alfonso.email)])
t9.add(me, "Buena pregunta, Carmen: los planes de pensiones no forman parte de la herencia (los cobran directamente los beneficiarios designados), "
       "pero sí tributan en el Impuesto sobre Sucesiones. En el certificado del banco figura: 6.318,40 €, con vosotros dos como beneficiarios por mitad. "
       "Lo incluiremos en la autoliquidación.", at(2024, 10, 29, 13, 30), cc=[(alfonso.name, alfonso.email)])
spoof_carmen = Pt("Carmen Sánchez-Rubio Prieto", "administracion@climatizaciones-vera.example", "bot", "cmp-a10")
q = rec_of(t9)
t9.add(spoof_carmen, "Buenos días Lucía,\n\nLe adjunto la documentación que me pidió para la herencia. Por favor revíselo y me confirma.\n\nUn saludo"
       + q_bot_en(q), at(2024, 11, 26, 10, 47), HJ("display-name-spoof"), quote=False, sig=False, detached=True, no_html=True,
       o={"orig_ip": "181.114.52.90", "ctry": "AR"},
       scen=("A10", "heir's display name from an unrelated company address (Emotet style), faithful quote with an English bot header, macro-enabled .docm"),
       atts=[("Documentacion_herencia_26-11.docm", ooxml_docx(["Este documento fue creado con una versión anterior de Microsoft Office Word.",
                                                                "Para ver el contenido haga clic en 'Habilitar edición' y luego en 'Habilitar contenido'."],
                                                               macro=True, title="Documentacion", author="Usuario", when="2024-11-26T08:31:00Z"),
              "application/vnd.ms-word.document.macroEnabled.12")])

# =============================================================================================== T8 Carmen forwards the bank letter
fwd_txt = ("Hola Lucía, te reenvío esto que ha llegado a casa de mi madre del banco; no sé si tiene que ver con lo del certificado de saldos. "
           "Te adjunto también la carta escaneada, que venía en papel.\n\nUn beso,\nCarmen\n\n---------- Forwarded message ---------\n"
           "De: Banco Meseta <comunicaciones@bancomeseta.example>\nDate: mar, 3 dic 2024 a las 11:02\nSubject: Comunicación importante sobre la cuenta de "
           "Dña. Amparo Prieto Salas\nTo: <carmensrubio62@gmail.com>\n\n\nEstimada Sra. Sánchez-Rubio:\n\nLe informamos de que la cuenta terminada en 4410, "
           "de la que era titular Dña. Amparo Prieto Salas, permanece bloqueada por fallecimiento de su titular. Para la disposición de los saldos deberán "
           "aportar la escritura de aceptación y partición de herencia y la carta de pago o declaración del Impuesto sobre Sucesiones y Donaciones.\n\n"
           "Los recibos domiciliados de suministros seguirán atendiéndose hasta la partición.\n\nAtentamente,\nBanco Meseta\nUnidad de Testamentarías")
t8 = Thread("T8", carmen, "Fwd: Comunicación importante sobre la cuenta de Dña. Amparo Prieto Salas")
t8.add(carmen, fwd_txt, at(2024, 12, 4, 19, 20), GH, sig=False, scen=("G9", "heir forwards the bank's letter (Fwd:, no In-Reply-To) with a scanned PDF"),
       atts=[("Carta banco.pdf", P(["BANCO MESETA - Unidad de Testamentarías", "Comunicación sobre la cuenta ****4410", "Bloqueo por fallecimiento del titular"], at(2024, 12, 4, 19, 10), SCAN), "application/pdf")])
t8.add(me, "Hola Carmen:\n\nEs la comunicación estándar del bloqueo, no hay que hacer nada de momento. Cuando firméis la herencia en la notaría y la gestoría "
       "liquide el impuesto, Lourdes, de la unidad de testamentarías, hará el reparto.\n\nUn abrazo", at(2024, 12, 5, 9, 30))
t8.add(carmen, "¡Gracias Lucía! Qué tranquilidad.\n\nCarmen", at(2024, 12, 5, 10, 2), G)

# =============================================================================================== O2 Carmen replies to Rocío's invoice mail, Lucía in Cc
rocio_inv_mid = make_mid(rocio, "olk", at(2024, 12, 12, 12, 5))
rocio_inv = dict(t=at(2024, 12, 12, 12, 5), name=rocio.name, email=rocio.email, subj="Factura 2024/0412 - Herencia Dña. Amparo Prieto Salas",
                 to=[(carmen.name, carmen.email)], cc=[],
                 plain="Buenos días, Carmen:\n\nLe adjunto la factura 2024/0412 correspondiente a la primera fase del expediente de la herencia de su madre "
                       "(inventario y preparación de la escritura). El importe se cargará contra la provisión de fondos.\n\nUn saludo," + rocio.sig)
emit(carmen, "gweb", at(2024, 12, 12, 19, 20), [(rocio.name, rocio.email)], [LU], "Re: Factura 2024/0412 - Herencia Dña. Amparo Prieto Salas", [rocio_inv_mid],
     "Hola Rocío: recibida la factura, gracias. Una duda: ¿la provisión de 500 € que pagamos en octubre ya está descontada? Pongo a Lucía en copia "
     "porque ella lleva el tema.\n\nUn saludo,\nCarmen" + quote_of("gweb", rocio_inv, MAD), label=GO,
     scen=("O2", "heir replies to administración's invoice mail that only went to her, adding Lucía in Cc (parent not in the mailbox)"))

# =============================================================================================== T14 Alfonso: Bizum, new phone
t14 = Thread("T14", alfonso, "Nota simple y gastos - herencia")
t14.add(me, "Hola Alfonso:\n\nHe pedido las notas simples del piso y del garaje al Registro (9,02 € cada una) y la copia del testamento a la notaría (23,40 €). "
        "Como hablamos, para estos gastos pequeños lo más cómodo es un Bizum al número del despacho, 600 555 318 (aparece como Navarro Ibáñez Abogados). "
        "Total: 41,44 €; Carmen ya ha pagado su mitad.", at(2024, 10, 21, 11, 0))
t14.add(alfonso, "Hecho, te acabo de enviar el Bizum de 20,72 €. Concepto: herencia Prieto.\n\nUn saludo", at(2024, 10, 21, 19, 32), GH,
        scen=("G28", "heir confirms a Bizum payment of small fees (money words, short reply from his phone)"))
t14.add(me, "Recibido, gracias Alfonso.", at(2024, 10, 22, 8, 10), client="olkand")
t14.add(alfonso, "Hola Lucía: te escribo para avisarte de que he cambiado de móvil y de número. El nuevo es el 677 555 902 (el antiguo, el 651 555 230, "
        "lo doy de baja a final de mes). Te lo digo por si tenéis que llamarme por lo del banco.\n\nUn saludo,\nAlfonso", at(2025, 2, 17, 20, 15), GH,
        client="olkandc", scen=("G4", "heir announces a new phone number and now writes from Outlook for Android instead of Outlook for iOS"), o={})
t14.add(me, "Gracias, Alfonso. Actualizado en el expediente.", at(2025, 2, 18, 9, 5))

# =============================================================================================== T14b reparto del saldo (A16)
t14b = Thread("T14b", carmen, "Reparto del saldo de Banco Meseta")
t14b.add(me, "Hola Carmen y Alfonso:\n\nLourdes, de la unidad de testamentarías de Banco Meseta, ya tiene la copia autorizada de la escritura y las cartas de "
         "pago del Impuesto sobre Sucesiones. Para el reparto del saldo (38.912,07 € más los intereses) tenéis que ir cada uno a la oficina de Moratalaz "
         "(C/ Hacienda de Pavones 150) con el DNI y firmar la orden de transferencia a vuestra cuenta. Pedid cita en la oficina; no hace falta que vayáis juntos.",
         at(2025, 2, 19, 10, 30), to=[(carmen.name, carmen.email), (alfonso.name, alfonso.email)])
t14b.add(carmen, "Gracias, Lucía. Yo tengo cita el 4 de marzo a las 10:00.\n\nCarmen", at(2025, 2, 20, 13, 12), G, cc=[(alfonso.name, alfonso.email)])
ics_a16 = ("BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
           "ORGANIZER;CN=\"Banco Meseta - Cita previa\":mailto:citaprevia@bancomeseta-citaprevia.example\r\n"
           "ATTENDEE;CN=Alfonso Sanchez-Rubio;RSVP=TRUE:mailto:alfonso.srubio@outlook.com\r\n"
           "DESCRIPTION:Cita para la firma del reparto de saldos de la testamentaria 0370-T-2024-2291.\\n\\nConfirme la asistencia de todos los herederos y aporte "
           "el DNI en el siguiente enlace antes de 48 horas o la cita quedara anulada:\\nhttps://bancomeseta-citaprevia.example/confirmar?c=T2024-2291&h=" + alnum(24) + "\r\n"
           "SUMMARY:Banco Meseta - Firma reparto testamentaria\r\nLOCATION:Oficina 1182 Moratalaz\r\n"
           "DTSTART:20250325T090000Z\r\nDTEND:20250325T093000Z\r\nUID:" + ruuid() + "\r\nDTSTAMP:20250320T014700Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode()
t14b.add(alfonso, "Hola Lucía, Carmen:\n\nOs reenvío la citación que me ha mandado el banco para firmar el reparto del saldo. Dicen que tenemos que confirmar "
         "los dos la asistencia desde el enlace de la invitación y subir el DNI antes del viernes o se anula la cita.\n\nAlfonso", at(2025, 3, 20, 2, 47),
         HJ("account-takeover"), client="owacons", quote=False, sig=False, cc=[(carmen.name, carmen.email)],
         atts=[("Cita_BancoMeseta_reparto.ics", ics_a16, "text/calendar; method=REQUEST")],
         scen=("A16", "heir's outlook.com account used from Outlook on the web (he writes from Outlook for Android) at 02:47: .ics 'bank appointment' with a link to upload the DNI; no quote"))
t14b.add(me, "Alfonso, ¿esto lo has enviado tú? El banco no manda citas con enlaces para subir el DNI, y Carmen ya firmó su parte el día 4. "
         "No abráis el enlace. Te llamo ahora al número nuevo.", at(2025, 3, 20, 9, 30), to=[(alfonso.name, alfonso.email)], cc=[(carmen.name, carmen.email)])
t14b.add(alfonso, "Lucía, no lo he enviado yo. Me acabo de despertar y he visto el correo en la carpeta de enviados. Estoy cambiando la contraseña de Outlook. "
         "Gracias por avisar.\n\nAlfonso", at(2025, 3, 20, 10, 5), G, client="olkandc", cc=[(carmen.name, carmen.email)])

# =============================================================================================== T11 Banco Meseta testamentarías
t11 = Thread("T11", lourdes, "Certificado de saldos - Dña. Amparo Prieto Salas")
t11.add(me, "Buenos días:\n\nNavarro Ibáñez Abogados representa a los herederos de Dña. Amparo Prieto Salas (DNI 01.873.254-F), fallecida el 3 de agosto de 2024 y "
        "titular de la cuenta terminada en 4410 de la oficina de Moratalaz. Les rogamos que nos faciliten el certificado de saldos y posiciones a fecha de "
        "fallecimiento y la relación de productos (incluidos planes de pensiones y seguros).\n\nAdjuntamos los certificados de defunción y de últimas "
        "voluntades, el testamento y la autorización firmada por los herederos.", at(2024, 10, 1, 10, 40),
        atts=[("Autorizacion herederos Prieto Salas.pdf", P(["AUTORIZACIÓN", "Carmen y Alfonso Sánchez-Rubio Prieto autorizan a Navarro Ibáñez Abogados"], at(2024, 9, 30, 18, 0), SCAN), "application/pdf")])
t11.add(lourdes, "Buenos días:\n\nAdjunto les remito el certificado de saldos a fecha 03/08/2024 de Dña. Amparo Prieto Salas. Consta además un plan de pensiones "
        "(Meseta Plan Moderado, 6.318,40 € a fecha de fallecimiento) con beneficiarios designados, sus dos hijos por mitad; su cobro se tramita aparte con "
        "el formulario que también les adjunto.\n\nUn saludo,", at(2024, 10, 8, 13, 15), G,
        atts=[("Certificado_saldos_0370-T-2024-2291.pdf", P(["BANCO MESETA - CERTIFICADO DE SALDOS A 03/08/2024", "Titular: Amparo Prieto Salas",
                                                             "Cuenta ****4410: 38.912,07 EUR", "Plan de pensiones Meseta Plan Moderado: 6.318,40 EUR"], at(2024, 10, 8, 13, 0), "iText® 7.2.5 ©2000-2023 Apryse Group NV"), "application/pdf"),
              ("Solicitud_prestacion_plan_pensiones.pdf", P(["Solicitud de prestación por fallecimiento del partícipe"], at(2024, 10, 8, 13, 1), "iText® 7.2.5 ©2000-2023 Apryse Group NV"), "application/pdf")])
t11.add(me, "Muchas gracias, Lourdes.", at(2024, 10, 8, 13, 40))
t11.add(me, "Buenos días, Lourdes:\n\nLos herederos ya han otorgado la escritura de aceptación y adjudicación de herencia (22/01/2025, ante D. Jordi Ferrer Valls) "
        "y la gestoría presentará el Impuesto sobre Sucesiones la semana que viene. ¿Cómo se tramita el reparto del saldo? ¿Tienen que ir a la oficina?",
        at(2025, 1, 23, 10, 30))
t11.add(lourdes, "Buenos días, Lucía:\n\nCon la copia autorizada de la escritura y la carta de pago del Impuesto sobre Sucesiones (modelo 650) podemos hacer el "
        "reparto. Los herederos deben acudir a la oficina de Moratalaz con el DNI y firmar la orden de transferencia a sus cuentas; no hace falta que vayan "
        "juntos. Pueden pedir cita directamente en la oficina.\n\nUn saludo,", at(2025, 1, 24, 9, 50), G)

# =============================================================================================== T1 Whitfield: NIE + power of attorney (EN)
GS = [(sarah.name, sarah.email)]
t1 = Thread("T1", graham, "NIE applications and power of attorney - Whitfield purchase")
t1.add(me, "Dear Mr and Mrs Whitfield,\n\nThank you for instructing us on the purchase of the flat at Calle Fernández de los Ríos 48, 3.º B (Chamberí). Elena Navarro "
       "will be the lawyer in charge and I will be your day-to-day contact for the paperwork.\n\nThe first step is your NIE numbers (the foreigner "
       "identification number you need to sign at the notary, pay taxes and open a Spanish bank account). As you are not travelling to Madrid until the "
       "signing, the simplest route is a power of attorney in favour of our firm, signed before a notary in the UK and apostilled. With it we can apply for "
       "your NIEs here, open the bank account for the mortgage and deal with the utilities.\n\nCould you please send me:\n- a colour scan of both passports "
       "(photo page),\n- a recent proof of address in the UK (council tax bill or bank statement),\n- your preferred dates for the notary appointment in the UK.\n\n"
       "I'll send you a bilingual draft of the power of attorney in the next few days.", at(2024, 9, 17, 10, 5), cc=GS)
t1.add(graham, "Dear Lucía,\n\nThank you for the clear explanation. Scans of both passports and our latest council tax bill are attached.\n\nWe have found a notary "
       "in Harrogate (Mr Philip Ashworth) who says he can do bilingual documents; he has availability on 3 or 10 October. Is that enough time?\n\n"
       "One question: does the power of attorney have to cover the mortgage as well, or only the purchase?", at(2024, 9, 18, 19, 12, LON), G, cc=GS,
       atts=[("Passports Whitfield.pdf", P(["Passport - Graham Whitfield", "Passport - Sarah Whitfield"], at(2024, 9, 18, 20, 0), "HP Scan"), "application/pdf"),
             ("Council tax 2024-25.pdf", P(["Harrogate Borough Council - Council Tax Bill 2024/25"], at(2024, 9, 18, 20, 2), "HP Scan"), "application/pdf")])
t1.add(me, "Dear Graham,\n\nThank you, all received and legible.\n\n3 October is perfect. After the notary signs, the document needs an apostille from the FCDO "
       "(they offer a premium same-day service in Milton Keynes; the standard postal service takes about a week).\n\nYes, we recommend including the "
       "mortgage: the powers will then cover opening an account with Banco Meseta, accepting the binding offer, and signing the deed of purchase and the "
       "mortgage deed. You will, however, have to attend the 'acta de transparencia' at the notary in person: that is a legal requirement for borrowers and "
       "cannot be delegated. I'll explain this in more detail when we have the bank's offer.\n\nThe draft power of attorney is attached (Spanish on the left, "
       "English on the right). Please forward it to Mr Ashworth so he can check the format.", at(2024, 9, 19, 9, 40), cc=GS,
       atts=[("Poder_Whitfield_borrador_bilingue.docx", ooxml_docx(["PODER GENERAL / GENERAL POWER OF ATTORNEY", "Graham Whitfield y Sarah Whitfield confieren poder a favor de "
                                                                    "Elena Navarro Gil y Lucía Martín Ortega...", "...to apply for NIE numbers, open bank accounts, accept mortgage offers..."],
                                                                   title="Poder Whitfield", author="Lucía Martín Ortega", company="Navarro Ibáñez Abogados", when="2024-09-19T07:30:00Z"),
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
t1.add(graham, "Lucía,\n\nMr Ashworth has reviewed the draft and is happy with it. He asks whether you need the signatures to be attested by a notary or "
       "whether a solicitor is enough. We'd rather do it properly, so we'll go with the notary anyway unless you say otherwise.\n\nAlso - Sarah's passport "
       "was renewed last year; the number on the scan is the new one (ending 4471). Just checking the draft uses that.", at(2024, 9, 23, 20, 31, LON), G, cc=GS)
t1.add(me, "Dear Graham,\n\nIt has to be a notary public (a solicitor's certification is not accepted by Spanish notaries). I've checked: Sarah's passport number "
       "in the draft is the new one ending 4471. Good luck on the 3rd!", at(2024, 9, 24, 9, 2), cc=GS)
t1.add(graham, "Hi Lucía,\n\nThe apostilled power of attorney came back from the FCDO yesterday. We've sent the original to your office by DHL Express this "
       "afternoon, tracking number 4827615093. You can follow it here:\nhttps://www.dhl.com/es-es/home/tracking.html?tracking-id=4827615093&submit=1\n\n"
       "DHL says delivery on Thursday before 12:00.", at(2024, 10, 15, 18, 47, LON), GH, cc=GS,
       scen=("G34", "buyer sends a courier tracking link for the original power of attorney (delivery-style link, genuine)"))
t1.add(me, "Dear Graham,\n\nThe envelope arrived this morning in perfect condition. I've checked the apostille and it is correct. We'll submit the NIE "
       "applications at the police station next week; our appointment is on 24 October.", at(2024, 10, 17, 12, 30), cc=GS)
t1.add(me, "Dear Graham and Sarah,\n\nGood news: your NIE certificates were issued today. Scans attached; we keep the originals here for the notary.\n\n"
       "Graham: Y-8146207-K\nSarah: Y-8146209-T\n\nNext steps: Banco Meseta's valuation (the valuer will contact the agency to visit the flat) and the "
       "mortgage offer.", at(2024, 11, 22, 13, 15), cc=GS,
       atts=[("NIE_Graham_Whitfield.pdf", P(["DIRECCIÓN GENERAL DE LA POLICÍA", "Certificado de NIE: Y-8146207-K"], at(2024, 11, 22, 13, 0), SCAN), "application/pdf"),
             ("NIE_Sarah_Whitfield.pdf", P(["DIRECCIÓN GENERAL DE LA POLICÍA", "Certificado de NIE: Y-8146209-T"], at(2024, 11, 22, 13, 1), SCAN), "application/pdf")])
t1.add(graham, "That's wonderful news, thank you Lucía. Sarah is relieved. We'll wait to hear from the bank.", at(2024, 11, 22, 21, 3, LON), G, cc=GS)

# =============================================================================================== T2 Casaluz: arras contract draft
DRIVE_CASALUZ = "https://drive.google.com/drive/folders/1Qm7vK2xTgPz0rLwA9cEe4bYhN3sUdF6j?usp=sharing"
t2 = Thread("T2", nerea, "Contrato de arras - Fernández de los Ríos 48, 3.º B")
t2.add(nerea, "Hola Lucía:\n\nComo te comentó ayer Elena por teléfono, te paso el borrador de contrato de arras para la compraventa de Fernández de los Ríos 48, "
       "3.º B (vendedor: Fernando Ruiz Camacho; compradores: Graham y Sarah Whitfield). Es nuestro modelo habitual de arras penitenciales del art. 1454 "
       "del Código Civil, con un 10 % del precio (48.500 €).\n\nEn la carpeta compartida tienes la nota simple de septiembre, el certificado energético y "
       f"el IBI de 2024:\n{DRIVE_CASALUZ}\n\nEl vendedor querría firmar las arras antes del 18 de octubre. ¿Os da tiempo a revisarlo?\n\nUn abrazo,",
       at(2024, 10, 2, 11, 20),
       atts=[("Contrato_arras_FdezRios48_3B_borrador.docx", ooxml_docx(["CONTRATO DE ARRAS PENITENCIALES", "En Madrid, a ... de octubre de 2024",
                                                                        "REUNIDOS: D. Fernando Ruiz Camacho (vendedor) y D. Graham Whitfield y D.ª Sarah Whitfield (compradores)"],
                                                                       title="Contrato arras", author="Nerea Etxeberria", company="Casaluz Inmobiliaria", when="2024-10-02T08:50:00Z"),
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
t2.add(me, "Hola Nerea:\n\nGracias. Elena ha revisado el borrador y te pasamos nuestros comentarios:\n\n1. Financiación: los compradores necesitan una hipoteca "
       "del 50 % (no residentes). Proponemos que, si Banco Meseta deniega la operación antes del 15 de enero, las arras se devuelvan íntegras.\n"
       "2. Cargas: la nota simple recoge una hipoteca a favor de CaixaBank. Debe constar que se cancelará económicamente en el acto de la firma, con "
       "retención del importe pendiente.\n3. Plazo para la escritura: hasta el 28 de febrero de 2025, ante el notario D. Ignacio Blanco Soler.\n"
       "4. Certificado de la comunidad de estar al corriente de gastos, a aportar por el vendedor.\n\nTe adjunto el documento con control de cambios.",
       at(2024, 10, 3, 17, 40),
       atts=[("Contrato_arras_FdezRios48_3B_NIA.docx", ooxml_docx(["CONTRATO DE ARRAS PENITENCIALES (comentarios NIA)", "Cláusula cuarta.- Condición de financiación..."],
                                                                  title="Contrato arras", author="Elena Navarro Gil", company="Navarro Ibáñez Abogados", when="2024-10-03T15:30:00Z"),
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
t2.add(nerea, "Hola Lucía:\n\nHe hablado con Fernando. Acepta los puntos 2, 3 y 4. Con la financiación no quiere una condición abierta, pero acepta que, si el "
       "banco la deniega por escrito antes del 15 de diciembre, se devuelvan las arras. ¿Lo comentas con los compradores?", at(2024, 10, 7, 10, 12), G)
t2.add(me, "Nerea, los Whitfield aceptan el 15 de diciembre siempre que sirva una denegación por escrito del banco o de la tasadora. Lo he añadido en la "
       "cláusula cuarta.", at(2024, 10, 7, 16, 55))
t2.add(nerea, f"Perfecto. Te dejo la versión final limpia en la misma carpeta; he subido también el certificado de la comunidad que nos ha pasado el "
       f"administrador de fincas:\n{DRIVE_CASALUZ}\n\nLa firma de las arras sería el miércoles 16. Fernando firma aquí en la oficina y los Whitfield pueden "
       "firmar el PDF desde Inglaterra; luego intercambiamos los originales por mensajero, como hicimos con los alemanes de Ríos Rosas.",
       at(2024, 10, 9, 12, 36), GH, scen=("G1", "agency sends the final arras draft as a Google Drive folder link (the agency always shares Drive links)"))
t2.add(me, "Genial, Nerea. Se lo mando hoy a los compradores.", at(2024, 10, 9, 13, 10))

# =============================================================================================== T3 Casaluz: arras payment (A1 server-hijack)
t3 = Thread("T3", nerea, "Pago de arras - Whitfield / Ruiz Camacho")
t3.add(me, "Hola Nerea:\n\nLos Whitfield tienen previsto transferir las arras (48.500 €) desde su cuenta de Wise el lunes 14 para que lleguen el 16. ¿Me "
       "confirmas la cuenta del vendedor y me mandas el certificado de titularidad? Como siempre, la confirmaré también por teléfono con Fernando antes "
       "de pasársela a los clientes.", at(2024, 10, 10, 10, 22))
t3.add(nerea, f"Hola Lucía:\n\nTe adjunto el certificado de titularidad que nos ha dado Fernando. La cuenta es la de CaixaBank que tiene a su nombre:\n\n"
       f"{IBAN_SELLER}\nTitular: Fernando Ruiz Camacho\n\nLlámale cuando quieras; ya le he avisado de que lo harías. Su móvil es el 639 555 271.",
       at(2024, 10, 10, 12, 48), G,
       atts=[("Certificado titularidad FRC.pdf", P(["CaixaBank - Certificado de titularidad", "Titular: Fernando Ruiz Camacho", f"IBAN: {IBAN_SELLER}"], at(2024, 10, 10, 12, 30), "CaixaBankNow"), "application/pdf")])
t3.add(me, "Gracias, Nerea. He hablado con Fernando y me ha confirmado la cuenta dígito a dígito. Se la paso a los Whitfield.", at(2024, 10, 10, 17, 5))
t3.add(nerea, "Hola Lucía, perdona que te escriba a estas horas.\n\nMe acaba de llamar Fernando muy agobiado: CaixaBank le ha bloqueado temporalmente la cuenta "
       "que os pasamos por una revisión de prevención de blanqueo (le piden justificar el origen de unos ingresos) y le han dicho que hasta que no la "
       "desbloqueen no puede recibir transferencias grandes, y eso va para dos o tres semanas. Para no retrasar la firma del miércoles, nos pide que las "
       "arras se transfieran a su otra cuenta, que es donde le ingresan la nómina:\n\n"
       f"{IBAN_FAKE_A1}\nTitular: Fernando Ruiz Camacho\n\nÉl está fuera este fin de semana y casi sin cobertura, por eso me ha pedido que te lo pase yo. "
       "¿Puedes avisar a los compradores para que hagan la transferencia el lunes a primera hora a esta cuenta y no a la anterior? Mándame el justificante "
       "en cuanto lo tengas y se lo reenvío.\n\nMil gracias y perdona las prisas,", at(2024, 10, 11, 21, 58), HJ("server-hijack"),
       scen=("A1", "agency's real Google Workspace account (same headers) on a Friday at 21:58: seller's account 'blocked', pay the arras to a new ES IBAN; faithful quote, no payload"))
t3.add(me, "Hola Nerea:\n\nAntes de trasladar ningún cambio de cuenta a los clientes lo tengo que confirmar por teléfono con Fernando, como hacemos siempre. Le he "
       "llamado dos veces esta mañana sin éxito. Te llamo ahora a ti.", at(2024, 10, 14, 8, 12), client="olkand")
t3.add(nerea, f"Lucía, acabo de colgar contigo pero te lo dejo por escrito: yo NO he enviado el correo del viernes por la noche. Fernando no ha pedido ningún "
       f"cambio y su cuenta de CaixaBank funciona perfectamente (acaba de hablar con su oficina). Nuestro informático dice que alguien entró en mi correo "
       f"desde fuera; ya hemos cambiado la contraseña y activado la verificación en dos pasos.\n\nLa única cuenta válida es la del certificado que te mandé "
       f"el jueves ({IBAN_SELLER}). Por favor, que los Whitfield no hagan nada con la otra.\n\nPerdona el susto.", at(2024, 10, 14, 9, 3), GH,
       scen=("G25", "agency's genuine reply after her account was abused: discusses the fake IBAN and repeats the verified one (quotes the hijack chain)"))
t3.add(me, "Gracias, Nerea. Ya he avisado a los Whitfield por teléfono y por escrito. La transferencia se hará a la cuenta de CaixaBank verificada.", at(2024, 10, 14, 9, 20))
t3.add(nerea, "Lucía, las arras ya están firmadas por Fernando y la transferencia de los Whitfield ha llegado esta mañana a su cuenta de CaixaBank. Te adjunto el "
       "contrato firmado por él y el justificante de la transferencia. Los originales con la firma de los compradores te los mando mañana por mensajero.",
       at(2024, 10, 16, 18, 40), GH, scen=("G19", "agency sends the signed arras contract and the transfer receipt (IBAN in the PDF) after phone verification"),
       atts=[("Contrato_arras_firmado_vendedor.pdf", P(["CONTRATO DE ARRAS PENITENCIALES - firmado por el vendedor", "Fernández de los Ríos 48, 3.º B"], at(2024, 10, 16, 18, 20), SCAN), "application/pdf"),
             ("Justificante_transferencia_arras.pdf", P(["Wise - Transfer receipt", "Amount: 48,500.00 EUR", "Recipient: Fernando Ruiz Camacho", f"IBAN: {IBAN_SELLER}"],
                                                        at(2024, 10, 14, 10, 5), "wkhtmltopdf 0.12.6"), "application/pdf")])
t3.add(me, "Recibido, gracias. Lo archivo en el expediente.", at(2024, 10, 17, 9, 10))

# =============================================================================================== T4 Banco Meseta mortgage (A3 server-hijack, G32)
t4 = Thread("T4", raul, "Hipoteca no residentes - Whitfield - Fernández de los Ríos 48")
t4.add(me, "Buenos días, Raúl:\n\nTal como hablamos, te escribo por la hipoteca de los Sres. Whitfield (no residentes, británicos) para la compra de Fernández de los "
       "Ríos 48, 3.º B, en Chamberí. Precio: 485.000 €. Financiación solicitada: 240.000 € a 25 años.\n\nTe adjunto la documentación que nos han enviado: "
       "pasaportes, nóminas de los últimos tres meses de Graham, declaraciones SA302 de 2022 y 2023 de Sarah (es autónoma), extractos bancarios de seis meses "
       "y el contrato de arras. Los NIE están en trámite; te los mando en cuanto los tengamos.\n\n¿Necesitas algo más para el estudio?", at(2024, 10, 17, 12, 30),
       atts=[("Documentacion_Whitfield_hipoteca.zip", zipfile_bytes([(f"{n}.pdf", P([n], at(2024, 10, 17, 12, 0), SCAN)) for n in
                                                                      ("Pasaportes", "Nominas_Graham_jul-sep_2024", "SA302_Sarah_2022", "SA302_Sarah_2023", "Extractos_Nationwide_6m", "Contrato_arras")],
                                                                     (2024, 10, 17, 12, 20, 0)), "application/x-zip-compressed")])
t4.add(raul, "Buenos días, Lucía:\n\nRecibido, muchas gracias. Para no residentes nos falta un informe de solvencia del Reino Unido (un credit report de Experian o "
       "Equifax de cada uno) y la declaración de bienes. Con eso paso el expediente a riesgos.\n\nLa tasación la encargamos nosotros a Tasaciones Cibeles; te "
       "escribirá la tasadora para coordinar la visita con la agencia.", at(2024, 10, 18, 9, 55), G)
t4.add(me, "Gracias, Raúl. Se lo pido hoy mismo a los clientes.", at(2024, 10, 18, 10, 30))
t4.add(me, "Raúl, te adjunto los informes de Experian de los dos y la declaración de bienes firmada.", at(2024, 10, 25, 13, 2),
       atts=[("Experian_Graham_Whitfield.pdf", P(["Experian Credit Report - Graham Whitfield"], at(2024, 10, 24, 19, 0), "Experian"), "application/pdf"),
             ("Experian_Sarah_Whitfield.pdf", P(["Experian Credit Report - Sarah Whitfield"], at(2024, 10, 24, 19, 2), "Experian"), "application/pdf"),
             ("Declaracion_bienes_Whitfield.pdf", P(["Declaración de bienes - Graham y Sarah Whitfield"], at(2024, 10, 25, 12, 40), SCAN), "application/pdf")])
t4.add(raul, "Lucía, buenas noticias: riesgos ha aprobado la operación en principio: 240.000 €, 25 años, tipo fijo del 3,10 % con bonificaciones (seguro de hogar "
       "y seguro de vida); sin ellas el tipo queda en el 3,45 %. Falta la tasación para emitir la FEIN.", at(2024, 11, 6, 11, 47), G)
t4.add(me, "¡Estupendo! Se lo traslado a los Whitfield. La tasadora visita el piso el día 12.", at(2024, 11, 6, 12, 20))
t4.add(raul, "Buenos días, Lucía:\n\nCon la tasación ya validada (512.000 €), te adjunto la FEIN y la FiAE de los Sres. Whitfield para que se las hagas llegar. Como "
       "siempre, van protegidas: la contraseña es el NIE del primer titular (Graham), en mayúsculas y sin guiones. Además, la plataforma de firma les enviará "
       "hoy un aviso para que acusen recibo electrónicamente.\n\nRecuerda que entre la entrega de la FEIN y la firma tienen que pasar al menos 10 días naturales "
       "y que los prestatarios deben comparecer ante el notario para el acta de transparencia.", at(2024, 12, 10, 10, 5), GH,
       scen=("G32", "bank sends the FEIN/FiAE as password-protected PDFs, password = client's NIE (not in the mail)"),
       atts=[("FEIN_0370-HIP-2024-11873.pdf", P(["FEIN"], at(2024, 12, 10, 9, 50), "iText® 7.2.5 ©2000-2023 Apryse Group NV", encrypt=True), "application/pdf"),
             ("FiAE_0370-HIP-2024-11873.pdf", P(["FiAE"], at(2024, 12, 10, 9, 51), "iText® 7.2.5 ©2000-2023 Apryse Group NV", encrypt=True), "application/pdf")])
t4.add(me, "Gracias, Raúl. Se las mando hoy y les paso la contraseña por teléfono.", at(2024, 12, 10, 11, 15))
q = rec_of(t4)
a3_quote = ("Gracias, Raúl. Se las mando hoy. ¿Nos puedes enviar también el enlace para que firmen electrónicamente la aceptación? Así vamos más rápido."
            + SIG_ME)
t4.add(raul, "Buenas tardes Lucía,\n\nPara poder cerrar la fecha de firma antes de las fiestas necesitamos que los Sres. Whitfield firmen electrónicamente la "
       "aceptación de la FEIN y la FiAE. Le dejo el enlace directo al documento para que se lo reenvíe o lo firmen desde su ordenador:\n\n"
       f"https://docs.google.com/presentation/d/e/2PACX-1vR{alnum(70)}/pub?start=false&loop=false&delayms=3000\n\n"
       "El enlace caduca en 48 horas. Una vez firmado, me lo confirma por este medio.\n\nUn saludo,", at(2024, 12, 17, 16, 48), HJ("server-hijack"),
       quote_text=a3_quote, detached=True,
       scen=("A3", "bank gestor's real M365 mailbox (same headers): 'sign the FEIN' link on docs.google.com published slides; quote of Lucía altered to ask for a link; usted instead of tú"))
t4.add(me, "Hola Raúl:\n\nLos Whitfield acusaron recibo de la FEIN en vuestra plataforma el 11 de diciembre. Propongo la firma el jueves 20 de febrero a las 11:00 "
       "en la Notaría Blanco Soler; el acta de transparencia sería el miércoles 12, cuando vienen a Madrid. ¿Os viene bien?", at(2025, 1, 13, 9, 40))
t4.add(raul, "Hola Lucía: perfecto, 20 de febrero a las 11:00. La notaría ya tiene la minuta de la hipoteca; se la mandamos hoy. El día de la firma el banco "
       "llevará el cheque bancario de 240.000 € a favor del vendedor y otro por el importe de la cancelación de su hipoteca con CaixaBank.\n\nPor cierto, "
       "el enlace de Google que te llegó en diciembre a mi nombre no era nuestro; seguridad ya lo bloqueó. Nosotros solo usamos la plataforma de firma del banco.",
       at(2025, 1, 14, 10, 2), G)
t4.add(me, "Gracias, Raúl. Se lo comunico a la notaría.", at(2025, 1, 14, 10, 30))

# =============================================================================================== G14 / bank e-signature platform notices
fein_link = f"https://firma.bancomeseta.example/op/0370-HIP-2024-11873?t={alnum(32)}"
notice(bmfirma, at(2024, 12, 10, 10, 31), "Documentación precontractual disponible - operación 0370-HIP-2024-11873",
       "Banco Meseta Firma Digital\n\nSe ha puesto a disposición de los prestatarios GRAHAM WHITFIELD y SARAH WHITFIELD la documentación precontractual "
       "(FEIN y FiAE) de la operación 0370-HIP-2024-11873. Usted recibe este aviso como intermediario designado por los clientes.\n\n"
       f"Estado de la operación: {fein_link}\n\nEste mensaje se ha enviado automáticamente. Banco Meseta nunca le pedirá claves ni datos de tarjetas por correo.",
       mail_html("Documentación precontractual disponible", ["Se ha puesto a disposición de los prestatarios GRAHAM WHITFIELD y SARAH WHITFIELD la documentación "
                                                            "precontractual (FEIN y FiAE) de la operación 0370-HIP-2024-11873.", "Usted recibe este aviso como intermediario designado por los clientes."],
                 ("Ver estado de la operación", fein_link), "Banco Meseta nunca le pedirá claves ni datos de tarjetas por correo.", "#00594f"),
       [("Auto-Submitted", "auto-generated")], GH, ("G14", "bank's e-signature platform notification (FEIN available), no reply headers, link to the platform"))
notice(bmfirma, at(2024, 12, 11, 19, 2), "Acuse de recibo completado - operación 0370-HIP-2024-11873",
       "Banco Meseta Firma Digital\n\nLos prestatarios han firmado el acuse de recibo de la documentación precontractual de la operación 0370-HIP-2024-11873.\n\n"
       "Este mensaje se ha enviado automáticamente.", mail_html("Acuse de recibo completado", ["Los prestatarios han firmado el acuse de recibo de la documentación precontractual "
                                                                                            "de la operación 0370-HIP-2024-11873."], None, "Mensaje automático.", "#00594f"),
       [("Auto-Submitted", "auto-generated")])

# =============================================================================================== T5 Tasaciones Cibeles (G21, G33, A13 lookalike)
t5 = Thread("T5", beatriz, "Tasación C/ Fernández de los Ríos 48, 3.º B - exp. TC-24-118342")
t5.add(beatriz, "Buenos días, Lucía:\n\nBanco Meseta nos ha encargado la tasación de la vivienda de C/ Fernández de los Ríos 48, 3.º B (expediente TC-24-118342) "
       "y Raúl Domínguez me ha dado tu contacto. ¿Con quién coordino la visita? Necesitaría acceder a la vivienda el martes 12 o el miércoles 13 por la mañana.\n\nGracias,",
       at(2024, 11, 4, 9, 20))
t5.add(me, "Buenos días, Beatriz:\n\nLas llaves las tiene la agencia, Casaluz Inmobiliaria. Te pongo en copia a Nerea Etxeberria para que os coordinéis. Por nuestra "
       "parte, el martes 12 a las 10:00 le vendría bien también al vendedor.", at(2024, 11, 4, 10, 2), cc=[(nerea.name, nerea.email)])
t5.add(beatriz, "Perfecto, martes 12 a las 10:00. Necesitaré la nota simple, el último recibo del IBI y, si lo hay, el certificado de eficiencia energética.",
       at(2024, 11, 4, 12, 15), G, cc=[(nerea.name, nerea.email)])
t5.add(me, "Te los adjunto.", at(2024, 11, 4, 12, 40), cc=[(nerea.name, nerea.email)],
       atts=[("Nota simple FdezRios48_3B.pdf", P(["REGISTRO DE LA PROPIEDAD DE MADRID N.º 6", "NOTA SIMPLE INFORMATIVA - Finca 18.442"], at(2024, 9, 27, 10, 0), "Registradores - Sede electrónica"), "application/pdf"),
             ("IBI 2024 FdezRios48.pdf", P(["AYUNTAMIENTO DE MADRID - IBI 2024", "Fernández de los Ríos 48, 3.º B"], at(2024, 10, 2, 9, 0), SCAN), "application/pdf"),
             ("CEE FdezRios48_3B.pdf", P(["Certificado de eficiencia energética - calificación E"], at(2024, 10, 2, 9, 5), SCAN), "application/pdf")])
t5.add(beatriz, "Lucía:\n\nTe adjunto el informe de tasación (valor de tasación 512.000 €) que hemos remitido hoy a Banco Meseta. También puedes consultarlo y descargar "
       "el certificado firmado en nuestra plataforma con el código de expediente:\nhttps://plataforma.tasacionescibeles.example/informes/TC-24-118342\n\n"
       "La factura de la tasación (363,00 € IVA incluido) se emite a nombre de los compradores; te la mando aparte.", at(2024, 11, 20, 16, 30), GH,
       scen=("G21", "valuer sends the valuation report PDF and a link to her company's valuation platform"),
       atts=[("Informe_tasacion_TC-24-118342.pdf", P(["TASACIONES CIBELES, S.A.", "INFORME DE TASACIÓN ECO/805/2003 - TC-24-118342", "Valor de tasación: 512.000,00 EUR"],
                                                     at(2024, 11, 20, 16, 0), "Tasaciones Cibeles - GestTas 5"), "application/pdf")])
t5.add(beatriz, f"Lucía, te adjunto la factura de la tasación a nombre de los Sres. Whitfield. Se puede pagar por transferencia a la cuenta que aparece en la "
       f"factura ({IBAN_TAS}) indicando el número de expediente.\n\nUn saludo,", at(2024, 11, 21, 9, 15), GH,
       scen=("G33", "valuer's genuine invoice with the company's IBAN, in the thread where the valuation was agreed"),
       atts=[("Factura_TC-2024-08812.pdf", P(["TASACIONES CIBELES, S.A. - FACTURA TC-2024-08812", "Cliente: Graham y Sarah Whitfield", "Total: 363,00 EUR", f"IBAN: {IBAN_TAS}"],
                                             at(2024, 11, 21, 9, 0), "Tasaciones Cibeles - GestTas 5"), "application/pdf")])
t5.add(me, "Gracias, Beatriz. Los clientes la pagan esta semana.", at(2024, 11, 21, 10, 0))
t5.add(me, "Beatriz, los Whitfield han pagado la factura hoy; te adjunto el justificante.", at(2024, 11, 26, 12, 10),
       atts=[("Justificante_pago_TC-2024-08812.pdf", P(["Wise - Transfer receipt", "Amount: 363.00 EUR", "Reference: TC-24-118342"], at(2024, 11, 26, 11, 50), "wkhtmltopdf 0.12.6"), "application/pdf")])
t5.add(beatriz, "Recibido, gracias Lucía. Un saludo.", at(2024, 11, 26, 12, 44), G)
look_beatriz = Pt("Beatriz Lozano Herrera", "blozano@tasaciones-cibeles.example", "roundcube", "look-tc",
                  "\n\nBeatriz Lozano Herrera\nArquitecta técnica · Tasadora\nTasaciones Cibeles, S.A.\nTel. 91 555 81 60")
a13_html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Microsoft 365 - Documento protegido</title><style>body{font-family:'Segoe UI',Arial;"
            "background:#f3f2f1}.box{width:380px;margin:80px auto;background:#fff;padding:36px;box-shadow:0 2px 6px rgba(0,0,0,.2)}</style></head><body>"
            "<div class=\"box\"><img src=\"data:image/png;base64," + base64.b64encode(png(108, 24)).decode() + "\" alt=\"Microsoft\"><h2>Factura pendiente TC-24-118342</h2>"
            "<p>Para ver el documento, confirme su cuenta de correo corporativa.</p>"
            "<form method=\"post\" action=\"https://tasaciones-cibeles.example/owa/verify.php\"><input type=\"email\" name=\"u\" value=\"lucia.martin@navarroibanez.example\">"
            "<input type=\"password\" name=\"p\" placeholder=\"Contraseña\"><button type=\"submit\">Iniciar sesión</button></form></div></body></html>").encode()
t5.add(look_beatriz, "Buenos días, Lucía:\n\nDesde el departamento de administración nos indican que la factura del expediente TC-24-118342 figura todavía como "
       "pendiente de pago, ya que el importe recibido el 26/11 no se pudo conciliar (la transferencia llegó sin la referencia de la factura). Para evitar "
       "que el banco retenga la validación de la tasación antes de la firma, necesitaríamos que nos confirmaran el pago o que lo repitieran; en este último "
       "caso les devolveremos el primer importe en cuanto se identifique.\n\nLe adjunto el detalle de la factura y del extracto. Por seguridad, el documento "
       "se abre con su cuenta de correo corporativa.\n\nQuedo a la espera.", at(2025, 1, 21, 11, 32), HJ("lookalike-domain"), detached=True,
       quote_text="Beatriz, los Whitfield harán la transferencia esta semana. Si hubiera cualquier problema con el cobro o con la referencia, avísame y lo vemos.\n\nLucía",
       o={"orig_ip": "5.188.87.40", "ctry": "NL"},
       atts=[("TC-24-118342_Factura_pendiente.html", a13_html, "text/html")],
       scen=("A13", "valuer's name at tasaciones-cibeles.example: overdue invoice, HTML attachment (fake Microsoft login); quote of Lucía altered"))

# =============================================================================================== T6 Notaría Blanco Soler: Whitfield deed (O1, G13, A12)
elena_mid = make_mid(elena, "olk", at(2025, 1, 8, 17, 40))
t6 = Thread("T6", pilar, "Compraventa Fernández de los Ríos 48 - Whitfield / Ruiz Camacho")
t6.refs = [elena_mid]
t6.last = dict(t=at(2025, 1, 8, 17, 40), name=elena.name, email=elena.email, subj="Compraventa Fernández de los Ríos 48 - Whitfield / Ruiz Camacho",
               to=[(pilar.name, pilar.email)], cc=[],
               plain="Buenos días, Pilar:\n\nComo hablé con D. Ignacio, os pasamos la compraventa de Fernández de los Ríos 48, 3.º B: compradores Graham y Sarah "
                     "Whitfield (británicos, no residentes, con hipoteca de Banco Meseta), vendedor Fernando Ruiz Camacho. ¿Podéis abrir expediente? Desde ahora "
                     "os escribirá Lucía, que lleva la documentación; por favor, ponedla en copia." + elena.sig)
t6.add(pilar, "Buenos días, Elena:\n\nRecibido. Abrimos el expediente 2025/0087. Pongo en copia a Lucía, como pides, para la documentación. Para preparar la escritura "
       "necesitamos: nota simple actualizada (la pedimos nosotros), NIE de los compradores, poder apostillado (original), contrato de arras, certificado "
       "de la comunidad, último IBI, certificado de eficiencia energética y los datos del préstamo del vendedor para la cancelación. El banco nos mandará "
       "la minuta de la hipoteca.", at(2025, 1, 9, 9, 50), GO, to=[(elena.name, elena.email)], cc=[LU],
       scen=("O1", "notary's reply to a partner's mail (not in the mailbox) that adds Lucía in Cc"))
t6.add(me, "Buenos días, Pilar:\n\nTe adjunto los NIE de los compradores, el contrato de arras, el certificado de la comunidad, el IBI de 2024 y el certificado "
       "energético. El original del poder apostillado te lo llevo en mano el lunes. La fecha que manejamos con Banco Meseta es el jueves 20 de febrero a "
       "las 11:00; ¿la podéis reservar?", at(2025, 1, 9, 12, 20), cc=[(elena.name, elena.email)],
       atts=[("NIE_Whitfield.pdf", P(["Certificados NIE Y-8146207-K / Y-8146209-T"], at(2025, 1, 9, 12, 0), SCAN), "application/pdf"),
             ("Contrato_arras_firmado.pdf", P(["CONTRATO DE ARRAS PENITENCIALES - firmado"], at(2024, 10, 21, 10, 0), SCAN), "application/pdf"),
             ("Certificado_comunidad_FdezRios48.pdf", P(["Comunidad de Propietarios Fernández de los Ríos 48", "Al corriente de pago"], at(2024, 10, 9, 10, 0), SCAN), "application/pdf")])
t6.add(pilar, "Reservado el jueves 20 de febrero a las 11:00 con D. Ignacio. El acta de transparencia de la hipoteca la haríamos el miércoles 12 a las 12:30, "
       "con los dos compradores presentes. Gracias por el poder.", at(2025, 1, 10, 10, 5), G, cc=[(elena.name, elena.email)])
t6.add(pilar, "Lucía:\n\nTe adjunto el borrador de la escritura de compraventa para que lo revise Elena. Faltaría que nos confirméis: (1) la forma de pago del "
       "precio (el banco trae un cheque de 240.000 € y el de la cancelación; el resto, 196.500 €, ¿cheque bancario o transferencia en el acto?) y (2) si los "
       "compradores adquieren por mitad y proindiviso. La minuta de la hipoteca ya la tenemos del banco.", at(2025, 2, 4, 13, 22), GH,
       cc=[(elena.name, elena.email)], scen=("G13", "notary sends the draft deed (.docx) and asks how the price will be paid"),
       atts=[("Borrador_compraventa_2025-0087.docx", ooxml_docx(["NÚMERO ... - ESCRITURA DE COMPRAVENTA", "En Madrid, mi residencia, a veinte de febrero de dos mil veinticinco.",
                                                                 "Ante mí, IGNACIO BLANCO SOLER, Notario del Ilustre Colegio de Madrid..."],
                                                                title="Compraventa 2025/0087", author="Pilar Gómez", company="Notaría Blanco Soler", when="2025-02-04T11:50:00Z"),
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
t6.add(me, "Pilar, gracias. Elena está conforme con el borrador.\n\n(1) El resto del precio, 196.500 €, se pagará mediante cheque bancario nominativo de Banco "
       "Meseta a favor de Fernando Ruiz Camacho, con cargo a la cuenta que han abierto allí los compradores.\n(2) Sí, por mitad y proindiviso; están casados "
       "en régimen de separación de bienes conforme a la ley inglesa y lo acreditaremos con el certificado de matrimonio apostillado.",
       at(2025, 2, 5, 10, 10), cc=[(elena.name, elena.email)])
t6.add(pilar, "Perfecto, lo dejo así. Traed el certificado de matrimonio apostillado con traducción jurada el día de la firma.", at(2025, 2, 5, 12, 2), G,
       cc=[(elena.name, elena.email)])
look_pilar = Pt("Pilar Gómez Arranz", "pgomez@notaria-blancosoler.example", "olk16", "look-nbs", pilar.sig)
q = rec_of(t6)
t6.add(look_pilar, "Buenos días, Lucía:\n\nLe escribo en relación con la firma del próximo jueves 20 de febrero (expediente 2025/0087, compraventa Whitfield / Ruiz Camacho).\n\n"
       "D. Ignacio me pide que les informe de que, tras la última circular del Consejo General del Notariado sobre prevención del blanqueo de capitales en "
       "operaciones con compradores no residentes, la notaría ya no admite que la parte del precio no financiada se entregue mediante cheque bancario en el "
       "acto de la firma cuando los fondos proceden del extranjero. En estos casos el importe debe quedar depositado previamente en la cuenta de consignación "
       "de la notaría, que lo libera a favor del vendedor en el mismo acto del otorgamiento, una vez firmada la escritura.\n\nLos datos de la cuenta de "
       f"depósito notarial son:\n\nTitular: Notaría Blanco Soler - Cuenta de consignaciones\nIBAN: {IBAN_NOT_FAKE}\nConcepto: 2025/0087 WHITFIELD\n"
       "Importe: 196.500,00 €\n\nLe adjunto la carta de instrucciones firmada por D. Ignacio. Para que la transferencia llegue a tiempo, debería ordenarse como "
       "muy tarde el lunes 17. El cheque bancario de Banco Meseta correspondiente al préstamo no se ve afectado.\n\nLe rogamos que nos envíe el justificante "
       "en cuanto esté hecha la transferencia. Quedo a su disposición para cualquier duda.", at(2025, 2, 12, 9, 14), HJ("lookalike-domain"),
       detached=True, cc=[(elena.name, elena.email), (graham.name, graham.email)], o={"orig_ip": "185.244.150.80", "ctry": "DE"},
       atts=[("Instrucciones_deposito_2025-0087.pdf", P(["NOTARÍA BLANCO SOLER - C/ Velázquez 41, Madrid", "INSTRUCCIONES DE DEPÓSITO PREVIO DEL PRECIO",
                                                         "Expediente 2025/0087", f"IBAN: {IBAN_NOT_FAKE}", "Importe: 196.500,00 EUR", "Fdo.: Ignacio Blanco Soler"],
                                                        at(2025, 2, 12, 8, 50), "Microsoft® Word 2016"), "application/pdf")],
       scen=("A12", "notary officer's name at notaria-blancosoler.example: price must be deposited in the notary's 'escrow' account before signing; IBAN + PDF letter (no link); faithful quote; Whitfield in Cc"))
t6.add(pilar, "Lucía, te adjunto las copias simples electrónicas de la compraventa y de la hipoteca. Hoy mismo hemos presentado telemáticamente la escritura en "
       "el Registro de la Propiedad n.º 6. El ITP lo liquida vuestra gestoría, ¿verdad?", at(2025, 2, 20, 15, 30), G, cc=[(elena.name, elena.email)],
       atts=[("Copia_simple_compraventa_2025-0087.pdf", P(["COPIA SIMPLE ELECTRÓNICA", "Compraventa - protocolo 412/2025"], at(2025, 2, 20, 15, 0), "SIGNO - Consejo General del Notariado"), "application/pdf"),
             ("Copia_simple_hipoteca_2025-0088.pdf", P(["COPIA SIMPLE ELECTRÓNICA", "Préstamo hipotecario - protocolo 413/2025"], at(2025, 2, 20, 15, 1), "SIGNO - Consejo General del Notariado"), "application/pdf")])
t6.add(me, "Sí, lo presenta Gestoría Álamo esta semana. ¡Gracias por todo, Pilar! Por cierto, el día 12 nos llegó un correo con tu nombre desde un dominio "
       "parecido (notaria-blancosoler) pidiendo el precio por transferencia; lo comentamos con D. Ignacio por teléfono y ya sabéis que no era vuestro.",
       at(2025, 2, 20, 16, 2), cc=[(elena.name, elena.email)])

# =============================================================================================== T7 Whitfield completion costs (NDR G31, A7)
t7_subj = "Completion costs and funds - Whitfield"
t7_first_text = ("Dear Sarah and Graham,\n\nAs promised, here is the breakdown of the completion costs and how the money should move.\n\n"
                 "Purchase price €485,000:\n- Deposit (arras) already paid: €48,500\n- Mortgage: €240,000 (bank cheque issued by Banco Meseta at the signing)\n"
                 "- Balance: €196,500 by bank cheque from your Banco Meseta account, so please transfer €196,500 to your new Banco Meseta account (IBAN in the "
                 "bank's welcome letter) by 14 February.\n\nTaxes and costs (estimate):\n- Transfer tax (ITP, 6% in Madrid): €29,100\n- Notary (purchase and "
                 "mortgage): approx. €1,900\n- Land Registry: approx. €900\n- Gestoría (tax filing): €450\n\nPlease transfer a provision of €33,000 to our client "
                 f"account:\n\nNavarro Ibáñez Abogados SLP - client account\nBanco Meseta, IBAN {IBAN_FIRM}\nReference: WHITFIELD 2024/187\n\n"
                 "Important: our bank details will never change by email. Before making any transfer, please call me on +34 91 555 31 20 to confirm them.")
bad_sarah = "sarah.whitfield@yahoo.co.uk"
first_mid = emit(me, "olk", at(2025, 1, 13, 11, 0), [(sarah.name, bad_sarah)], [(graham.name, graham.email)], t7_subj, [], t7_first_text + SIG_ME_EN)
ndr_t = at(2025, 1, 13, 11, 1)
ndr_b = "_" + hx(8) + "-" + hx(4) + "-" + hx(4) + "-" + hx(4) + "-" + hx(12) + "_"
ndr_html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><p><b><font color="#000066" size="3" face="Arial">'
            f'No se pudo entregar el mensaje a estos destinatarios o grupos:</font></b></p><font color="#000000" size="2" face="Tahoma"><p><a href="mailto:{bad_sarah}">{bad_sarah}</a><br>'
            'El servidor de correo electrónico de destino ha rechazado el mensaje porque la dirección no existe. Compruebe la dirección de correo del destinatario e '
            'inténtelo de nuevo.</p></font><p><font color="#808080" size="2" face="Tahoma">Información de diagnóstico para administradores:</font></p>'
            f'<p>Servidor generador: {EXO_HOST[OWN][0]}.{EXO_HOST[OWN][1]}.prod.outlook.com</p><p>{bad_sarah}<br>Remote server returned &#39;554 5.0.0 '
            '&lt;[77.238.176.99] #5.0.0 smtp; 554 delivery error: dd This user doesn&#39;t have a yahoo.co.uk account (sarah.whitfield@yahoo.co.uk) [0] - '
            'mta4012.mail.ir2.yahoo.com&gt;&#39;</p></body></html>')
ndr_body = [f'Content-Type: multipart/report;\n\treport-type=delivery-status;\n\tboundary="{ndr_b}"', "", f"--{ndr_b}",
            'Content-Type: multipart/alternative; differences=Content-Type;\n\tboundary="' + ndr_b + 'a"', "", f"--{ndr_b}a",
            'Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable", "",
            quopri.encodestring(("No se pudo entregar el mensaje a estos destinatarios o grupos:\n\n" + bad_sarah + "\nEl servidor de correo electrónico de destino ha "
                                 "rechazado el mensaje porque la dirección no existe.\n").encode()).decode(), f"--{ndr_b}a",
            'Content-Type: text/html; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(ndr_html.encode()).decode(), f"--{ndr_b}a--", "",
            f"--{ndr_b}", "Content-Type: message/delivery-status", "", f"Reporting-MTA: dns;{EXO_HOST[OWN][0]}.{EXO_HOST[OWN][1]}.prod.outlook.com",
            f"Received-From-MTA: dns;{EXO_HOST[OWN][0]}.{EXO_HOST[OWN][1]}.prod.outlook.com", f"Arrival-Date: {rfcu(at(2025, 1, 13, 11, 0))}", "",
            f"Final-Recipient: rfc822;{bad_sarah}", "Action: failed", "Status: 5.0.0",
            "Diagnostic-Code: smtp;554 5.0.0 <[77.238.176.99] #5.0.0 smtp; 554 delivery error: dd This user doesn't have a yahoo.co.uk account", "Remote-MTA: dns;mta4012.mail.ir2.yahoo.com", "",
            f"--{ndr_b}", "Content-Type: text/rfc822-headers", "", f"From: {addr(me.name, me.email)}", f"To: {addr(sarah.name, bad_sarah)}", f"CC: {addr(graham.name, graham.email)}",
            f"Subject: {t7_subj}", f"Date: {at(2025, 1, 13, 11, 0):%a, %d %b %Y %H:%M:%S %z}", f"Message-ID: {first_mid}", "Content-Language: es-ES", "MIME-Version: 1.0", "",
            f"--{ndr_b}--", ""]
emit(ndr_from, "sys", ndr_t, [LU], None, f"No se puede entregar: {t7_subj}", [first_mid], "", raw_body=ndr_body, label=GH, o={"retpath": "<>"},
     mid=f"<{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}@{EXO_HOST[OWN][0]}.{EXO_HOST[OWN][1]}.prod.outlook.com>",
     extra=[("Thread-Topic", t7_subj), ("Thread-Index", base64.b64encode(tidx_header(ndr_t)).decode()), ("Content-Language", "es-ES"),
            ("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied")],
     scen=("G31", "Exchange non-delivery report (multipart/report, In-Reply-To the mistyped mail sent a minute earlier)"))
t7 = Thread("T7", sarah, t7_subj)
t7.add(me, t7_first_text, at(2025, 1, 13, 11, 6), cc=[(graham.name, graham.email)])
t7.add(sarah, "Hi Lucía,\n\nThank you so much, this is really clear. Two questions: is the 6% tax paid on the full price or only on the part not covered by the "
       "mortgage? And can we pay the provision from our Wise account in euros, or does it have to come from a UK bank?\n\nI'll call you tomorrow morning "
       "about the bank details as you suggested.\n\nSarah", at(2025, 1, 14, 20, 14, LON), G, cc=[(graham.name, graham.email)])
t7.add(me, "Dear Sarah,\n\nThe ITP is calculated on the full price declared in the deed (€485,000), regardless of the mortgage. Wise is fine as long as the account "
       "is in your or Graham's name: the notary needs to see where the funds come from (anti-money-laundering rules), so please keep the Wise statement.\n\n"
       "Thank you for your call this morning confirming our bank details.", at(2025, 1, 15, 9, 30), cc=[(graham.name, graham.email)])
t7.add(graham, "Lucía,\n\nWe've sent the €33,000 provision to your client account today from Wise, reference WHITFIELD 2024/187. Confirmation attached. The €196,500 "
       "for Banco Meseta will go next week once our savings bond matures.", at(2025, 1, 22, 18, 20, LON), G, cc=GS,
       atts=[("Wise_transfer_33000EUR.pdf", P(["Wise - Transfer receipt", "Amount: 33,000.00 EUR", "Recipient: Navarro Ibanez Abogados SLP", "Reference: WHITFIELD 2024/187"],
                                              at(2025, 1, 22, 18, 0), "wkhtmltopdf 0.12.6"), "application/pdf")])
t7.add(me, "Dear Graham,\n\nThe €33,000 arrived in our client account this morning. Thank you.", at(2025, 1, 23, 10, 15), to=[(graham.name, graham.email)], cc=GS)
a7_pdf = P(["AGENCIA TRIBUTARIA - Notificación electrónica", "Impuesto sobre la Renta de No Residentes", "NIE: Y-8146207-K",
            "Acceda al contenido de la notificación en el plazo de 5 días hábiles:", "Acceder a la notificación"], at(2025, 1, 28, 3, 50), "Microsoft® Word 2016",
           uris=[f"https://sede-agenciatributaria-notificaciones.example/irnr/notificacion?ref=Y8146207K&tok={alnum(28)}"])
t7.add(graham, "Hi Lucia,\n\nSorry to bother you again. We received the attached letter by email from the Spanish tax office (Agencia Tributaria) about a "
       "non-resident tax notice linked to our NIE numbers. It says we must confirm our details and pay within 5 working days or there will be a penalty. "
       "Is this something to do with the purchase? Could you please have a look and let us know if we need to pay it now, we don't want any problems "
       "before the signing.\n\nThanks\nGraham", at(2025, 1, 28, 4, 12, LON), HJ("account-takeover"), client="olk16a7", sig=False, infra="vps-a7",
       to=[LU], o={"orig_ip": "45.137.21.77", "ctry": "ES", "lang": "en"}, atts=[("AEAT_Notificacion_Y8146207K.pdf", a7_pdf, "application/pdf")],
       scen=("A7", "buyer's BT account used over SMTP AUTH from a foreign VPS with Outlook 16 (he uses BT webmail) at 04:12: 'tax office letter' PDF with a link; faithful quote"))
t7.add(me, "Dear Graham,\n\nPlease do not open the link in that PDF or pay anything. The Agencia Tributaria does not send notices with payment links by email, "
       "and nothing is due for the purchase until the signing; this is a known scam. I have also tried to call you to check that you really sent this email, "
       "as it looks different from your usual ones. Please call me back when you can.", at(2025, 1, 28, 9, 5), cc=GS)
t7.add(graham, "Lucía, I didn't send that email! I've just found it in my sent folder. I'm changing my BT password now and I've told Sarah. Thank you for catching it.",
       at(2025, 1, 28, 10, 40, LON), G, cc=GS)
t7.add(graham, "Lucía, the €196,500 is now in our Banco Meseta account. Raúl has confirmed he'll have the bank cheque ready for the 20th. See you on the 12th for the 'acta'!",
       at(2025, 2, 3, 19, 40, LON), G, cc=GS)
t7.add(me, "Perfect, Graham. See you on the 12th at 12:15 at our office; we'll walk to the notary together.", at(2025, 2, 4, 9, 0), to=[(graham.name, graham.email)], cc=GS)

# =============================================================================================== T7b completion documents, revived in June (G10)
t7b = Thread("T7b", graham, "Your new home - copies of the deeds and next steps")
t7b.add(me, "Dear Graham and Sarah,\n\nCongratulations again on your new home! As promised, attached are the electronic simple copies of the purchase deed and "
        "the mortgage deed. Next steps:\n\n- The gestoría will file the ITP (Modelo 600) this week with the provision you sent.\n- The notary filed the deed "
        "electronically with Land Registry no. 6; registration takes two to four weeks and we'll send you the registry certificate once done.\n- IBI (council "
        "tax): the 2025 bill will still be in the seller's name; as agreed, you reimburse him the part from 20 February. From 2026 it will come to you, and "
        "we recommend a direct debit from your Banco Meseta account.\n- The utilities have been transferred to your names (Iberdrola and Canal de Isabel II).\n\n"
        "We'll send you the final statement of the provision once all taxes are paid.", at(2025, 2, 24, 12, 30), cc=GS,
        atts=[("Copia_simple_compraventa_2025-0087.pdf", P(["COPIA SIMPLE ELECTRÓNICA", "Compraventa - protocolo 412/2025"], at(2025, 2, 20, 15, 0), "SIGNO - Consejo General del Notariado"), "application/pdf"),
              ("Copia_simple_hipoteca_2025-0088.pdf", P(["COPIA SIMPLE ELECTRÓNICA", "Préstamo hipotecario - protocolo 413/2025"], at(2025, 2, 20, 15, 1), "SIGNO - Consejo General del Notariado"), "application/pdf")])
t7b.add(graham, "Thank you Lucía, and please thank Elena for us too. We're back in Harrogate; Sarah is already planning the furniture.", at(2025, 2, 24, 19, 55, LON), G, cc=GS)
t7b.add(me, "Dear Graham,\n\nThe final statement of your provision is attached: €33,000 received; ITP €29,100; notary €1,874.36; Land Registry €893.20; gestoría "
        "€450.00. The balance of €682.44 has been returned today to your Wise account, the one the funds came from.", at(2025, 3, 18, 10, 0), cc=GS,
        atts=[("Liquidacion_provision_WHITFIELD.pdf", P(["NAVARRO IBÁÑEZ ABOGADOS - LIQUIDACIÓN DE PROVISIÓN DE FONDOS", "Recibido: 33.000,00 EUR", "Saldo devuelto: 682,44 EUR"],
                                                        at(2025, 3, 18, 9, 40)), "application/pdf")])
t7b.add(graham, "Received, thank you!", at(2025, 3, 18, 18, 30, LON), G, cc=GS)
t7b.add(graham, "Dear Lucía,\n\nSorry to bring up an old thread. Our neighbour has forwarded us a letter from the Ayuntamiento de Madrid that arrived at the flat, "
        "about the 'Impuesto sobre Bienes Inmuebles' and something called 'plusvalía'. Scan attached. Is this the IBI you mentioned in February, and do we "
        "need to do anything about the plusvalía? We thought the seller paid that.", at(2025, 6, 9, 17, 22, LON), GH, cc=GS,
        scen=("G10", "buyer revives the completion thread after almost three months with a scanned council letter (PDF)"),
        atts=[("Ayuntamiento letter scan.pdf", P(["AYUNTAMIENTO DE MADRID - Agencia Tributaria Madrid", "IBI 2025 - Fernández de los Ríos 48, 3.º B", "Plusvalía: información"],
                                                 at(2025, 6, 9, 17, 0), "HP Smart"), "application/pdf")])
t7b.add(me, "Dear Graham,\n\nThanks for sending it. The letter is the 2025 IBI notice (€612.18, due 1 October). The 'plusvalía' paragraph is only general "
        "information: it is payable by the seller, and Fernando paid it on 11 March (we have the receipt). Nothing to do for now; we can set up the direct debit "
        "for 2026 if you like.", at(2025, 6, 10, 9, 45), cc=GS)
t7b.add(graham, "Yes please, set up the direct debit. Thanks as always.", at(2025, 6, 10, 20, 2, LON), G, cc=GS)

# =============================================================================================== T10 Notaría Ferrer Valls: herencia (G27, A2)
t10 = Thread("T10", montse, "Herencia Dña. Amparo Prieto Salas - cuaderno particional")
t10.add(me, "Buenos días, Montse:\n\nComo hablamos por teléfono, te escribo por la herencia de Dña. Amparo Prieto Salas (testamento otorgado ante D. Jordi Ferrer "
        "Valls el 14/03/2016, protocolo 612). Herederos: sus hijos Carmen y Alfonso Sánchez-Rubio Prieto, por mitad. Te adjunto el inventario, los certificados "
        "de defunción y últimas voluntades, las escrituras del piso y del garaje y el certificado de saldos de Banco Meseta.\n\nLa idea es adjudicarlo todo por "
        "mitad y proindiviso. ¿Nos podéis preparar el borrador y darnos fecha en la segunda quincena de enero?", at(2024, 11, 18, 10, 10),
        atts=[("Inventario herencia Prieto Salas.pdf", P(["INVENTARIO - HERENCIA DE D.ª AMPARO PRIETO SALAS"], at(2024, 11, 18, 9, 50)), "application/pdf"),
              ("Escrituras_Prieto_Salas.pdf", P(["Escritura vivienda 1987", "Escritura garaje 1991"], at(2024, 11, 18, 9, 52), SCAN), "application/pdf"),
              ("Certificado_saldos_BM.pdf", P(["BANCO MESETA - CERTIFICADO DE SALDOS A 03/08/2024"], at(2024, 10, 8, 13, 0), "iText® 7.2.5 ©2000-2023 Apryse Group NV"), "application/pdf")])
t10.add(montse, "Buenos días, Lucía:\n\nRecibido, gracias. Abrimos el expediente 1187/2024. Necesitaremos también las certificaciones catastrales descriptivas y "
        "gráficas (las sacamos nosotros) y los DNI de los herederos. Te preparo el borrador del cuaderno particional y te lo mando la semana que viene.\n\nUn saludo,",
        at(2024, 11, 19, 12, 44), G)
t10.add(me, "Gracias, Montse. Te adjunto los DNI.", at(2024, 11, 19, 13, 10),
        atts=[("DNI herederos.pdf", P(["DNI Carmen Sánchez-Rubio Prieto", "DNI Alfonso Sánchez-Rubio Prieto"], at(2024, 11, 19, 13, 0), SCAN), "application/pdf")])
t10.add(montse, "Lucía, te adjunto el borrador del cuaderno particional. Revisa sobre todo la valoración del saldo (hemos puesto el del certificado a fecha de "
        "fallecimiento) y el plan de pensiones, que va fuera del inventario.\n\nUn saludo,", at(2024, 11, 27, 16, 25), G,
        atts=[("Borrador_cuaderno_1187-2024.docx", ooxml_docx(["ESCRITURA DE ACEPTACIÓN Y ADJUDICACIÓN DE HERENCIA", "OPERACIONES PARTICIONALES", "Inventario - Avalúo - Adjudicaciones"],
                                                              title="Cuaderno particional 1187/2024", author="Montserrat Rius", company="Notaría Ferrer Valls", when="2024-11-27T15:10:00Z"),
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
t10.add(me, "Montse, todo correcto. Solo dos erratas: el DNI de Alfonso termina en H, no en K, y la plaza de garaje es la n.º 37, no la 33. Para la fecha, "
        "¿el 22 de enero a las 10:30?", at(2024, 11, 28, 11, 40))
t10.add(montse, "Corregido. 22 de enero a las 10:30, reservado. Te mando el borrador definitivo una semana antes.\n\nUn saludo,", at(2024, 11, 28, 13, 2), G)
t10.add(me, "Montse, una pregunta antes de las fiestas: ¿los herederos tienen que traer algún documento original aparte del DNI?", at(2024, 12, 23, 10, 20))
zim_ooo_t = at(2024, 12, 23, 10, 20)
emit(montse, "zimbra", zim_ooo_t + datetime.timedelta(seconds=35), [LU], None, "Re: Herencia Dña. Amparo Prieto Salas - cuaderno particional", list(t10.refs),
     "Estaré fuera de la oficina del 23 de diciembre al 6 de enero, ambos incluidos. Para asuntos urgentes pueden llamar a la notaría al 91 555 66 20 o "
     "escribir a notaria@notariaferrervalls.example.\n\nMontserrat Rius\nNotaría Ferrer Valls", no_html=True, label=GH,
     extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk")],
     scen=("G27", "notary officer's Zimbra out-of-office auto-reply (Auto-Submitted, In-Reply-To Lucía's mail)"))
t10.add(montse, "Hola Lucía, feliz año. Solo el DNI original en vigor. Si alguno no puede venir tendría que otorgar un poder. Te mando el borrador definitivo la "
        "semana que viene.\n\nUn saludo,", at(2025, 1, 8, 9, 30), G)
t10.add(me, "Feliz año, Montse. Vienen los dos. Quedo pendiente del borrador definitivo.", at(2025, 1, 13, 17, 5))
t10.add(montse, "Buenos días Lucía,\n\nLe remito el cuaderno particional revisado con las últimas correcciones, para su revisión antes de la firma.\n\n"
        "Por motivos de protección de datos el archivo va protegido.\nContraseña: FV1401\n\nUn saludo", at(2025, 1, 14, 7, 12), HJ("server-hijack"), detached=True,
        atts=[("Cuaderno_particional_1187-2024_rev.zip", zipfile_bytes([("Cuaderno particional 1187-2024 revisado.wsf", b"<job><script language=\"JScript\">// inert probe placeholder</script></job>" + rbytes(900))],
                                                                        (2025, 1, 14, 6, 58, 0), encrypt=True), "application/zip")],
        scen=("A2", "notary's real Zimbra (same headers) at 07:12: 'revised partition' as a ZipCrypto zip with a .wsf inside, password in the text; usted instead of tú; faithful quote"))
t10.add(montse, "Lucía, te adjunto el borrador definitivo del cuaderno particional (versión 3). Nos vemos el 22.\n\nUn saludo,", at(2025, 1, 15, 12, 30), G,
        atts=[("Cuaderno_1187-2024_v3.docx", ooxml_docx(["ESCRITURA DE ACEPTACIÓN Y ADJUDICACIÓN DE HERENCIA (v3)"], title="Cuaderno particional 1187/2024 v3",
                                                        author="Montserrat Rius", company="Notaría Ferrer Valls", when="2025-01-15T11:20:00Z"),
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
t10.add(me, "Gracias, Montse. Una cosa: ayer a primera hora me llegó un correo desde tu cuenta con un zip protegido con contraseña. ¿Es tuyo? No lo he abierto.",
        at(2025, 1, 15, 13, 10))
t10.add(montse, "No, Lucía, no es mío. Ya se lo hemos pasado a nuestro informático: al parecer salió desde el servidor hacia varios clientes. Bórralo, por favor, y "
        "disculpa las molestias.\n\nUn saludo,", at(2025, 1, 15, 13, 48), G)
t10.add(montse, f"Lucía, te adjunto la copia simple de la escritura de aceptación y adjudicación de herencia (protocolo 143/2025) y la factura de la notaría, que "
        f"se puede pagar por transferencia a la cuenta {IBAN_FV}. La copia autorizada para el Registro la presentamos hoy telemáticamente.\n\nUn saludo,",
        at(2025, 1, 22, 14, 20), G,
        atts=[("Copia_simple_143-2025.pdf", P(["COPIA SIMPLE", "Aceptación y adjudicación de herencia - protocolo 143/2025"], at(2025, 1, 22, 14, 0), "SIGNO - Consejo General del Notariado"), "application/pdf"),
              ("Factura_NFV_2025-0143.pdf", P(["NOTARÍA FERRER VALLS - FACTURA 2025/0143", "Total: 1.284,66 EUR", f"IBAN: {IBAN_FV}"], at(2025, 1, 22, 14, 5), "Microsoft® Word 2019"), "application/pdf")])
t10.add(me, "Gracias, Montse. Rocío, de administración, hará la transferencia con cargo a la provisión de los clientes.", at(2025, 1, 22, 15, 0))

# =============================================================================================== T12 Gestoría Álamo: 650 / plusvalía (G6)
t12 = Thread("T12", rafael, "Herencia Prieto Salas - modelo 650 y plusvalías")
t12.add(me, "Hola Rafael:\n\nTe paso un encargo nuevo: herencia de Dña. Amparo Prieto Salas (fallecida el 03/08/2024 en Madrid). Herederos: Carmen y Alfonso "
        "Sánchez-Rubio Prieto, por mitad. Hay que liquidar el Impuesto sobre Sucesiones (modelo 650, con la bonificación del 99 % de la Comunidad de Madrid) "
        "y las plusvalías municipales del piso y del garaje en Moratalaz. El plazo vence el 3 de febrero. Te adjunto el inventario y la documentación; la "
        "escritura se firma el 22 de enero.", at(2024, 11, 12, 11, 20),
        atts=[("Inventario herencia Prieto Salas.pdf", P(["INVENTARIO - HERENCIA DE D.ª AMPARO PRIETO SALAS"], at(2024, 11, 12, 11, 0)), "application/pdf")])
t12.add(rafael, "Buenos días Lucía:\n\nRecibido. Con la escritura firmada el 22 nos da tiempo de sobra. Para la plusvalía miraré los dos métodos (objetivo y real) "
        "por si sale más a cuenta el real; necesitaré la escritura de compra de la madre con el precio de adquisición. Honorarios como siempre: 180 € + IVA "
        "por cada 650 y 90 € + IVA por cada plusvalía.\n\nUn saludo", at(2024, 11, 13, 9, 48), G)
t12.add(me, "Perfecto, Rafael. Te adjunto la escritura de compra de 1987 (precio: 6.500.000 pesetas).", at(2024, 11, 13, 10, 30),
        atts=[("Escritura compra 1987.pdf", P(["Escritura de compraventa - 1987", "Precio: 6.500.000 pesetas"], at(2024, 11, 13, 10, 20), SCAN), "application/pdf")])
t12.add(rafael, "Lucía, te adjunto los borradores del 650 de Carmen y de Alfonso (cuota a ingresar tras la bonificación: 42,17 € cada uno) y de las plusvalías "
        "(sale mejor el método real: 0 € en el garaje y 318,40 € en el piso). Si das el visto bueno, lo presento el jueves.\n\nUn saludo",
        at(2025, 1, 27, 12, 50), G,
        atts=[(f"Borrador_{n}.pdf", P([f"Borrador {n}"], at(2025, 1, 27, 12, 30), "Microsoft® Excel® 2016"), "application/pdf") for n in ("650_Carmen", "650_Alfonso", "Plusvalias")])
t12.add(me, "Visto bueno, Rafael. Adelante.", at(2025, 1, 27, 13, 30))
t12.add(rafael, "Presentado todo. Te adjunto las cartas de pago.\n\nUn saludo", at(2025, 1, 30, 17, 2), G,
        atts=[(f"Carta_pago_{n}.pdf", P([f"Carta de pago {n}"], at(2025, 1, 30, 16, 50), "Comunidad de Madrid - Tributos"), "application/pdf") for n in ("650_Carmen", "650_Alfonso", "IIVTNU")])
t12.add(rafael, f"Buenos días Lucía:\n\nTe adjunto la factura n.º 2025/0031 de los trámites de la herencia Prieto Salas (dos 650 y las plusvalías). Como os "
        f"comunicamos en enero, ya con nuestra nueva cuenta de Bankinter: {IBAN_GEST_NEW}.\n\nGracias y un saludo", at(2025, 2, 10, 10, 14), GH,
        scen=("G6", "gestoría's first invoice after the announced and phone-verified bank change, with the new IBAN"),
        atts=[("Factura_2025-0031.pdf", P(["GESTORÍA ÁLAMO, S.L. - FACTURA 2025/0031", "Cliente: Navarro Ibáñez Abogados SLP", "Total: 653,40 EUR", f"IBAN: {IBAN_GEST_NEW}"],
                                          at(2025, 2, 10, 10, 0), "Microsoft® Word 2016"), "application/pdf")])
t12.add(me, "Gracias, Rafael. Se la paso a Rocío.", at(2025, 2, 10, 12, 0))

# =============================================================================================== T13 Gestoría bank change (G5)
t13 = Thread("T13", rafael, "Cambio de cuenta bancaria - Gestoría Álamo")
t13.add(rafael, f"Buenos días:\n\nOs informamos de que a partir del 1 de febrero de 2025 Gestoría Álamo cambia de entidad bancaria. Nuestra nueva cuenta para el "
        f"pago de facturas y provisiones será:\n\nBankinter - {IBAN_GEST_NEW}\nTitular: Gestoría Álamo, S.L.\n\nLa cuenta de Sabadell ({IBAN_GEST_OLD}) seguirá "
        "operativa hasta el 31 de marzo para los recibos pendientes. Adjuntamos la carta firmada y el certificado de titularidad de Bankinter. Como es lógico, "
        "os llamaré esta semana para confirmarlo de viva voz: no hagáis ningún cambio sin hablar antes conmigo o con Pilar, de mi oficina.\n\nUn saludo",
        at(2025, 1, 20, 9, 35), GH, cc=[(rocio.name, rocio.email)],
        scen=("G5", "gestoría announces a bank change by signed letter + ownership certificate and asks for phone verification (verified in the next Sent mail)"),
        atts=[("Carta cambio cuenta Gestoria Alamo.pdf", P(["GESTORÍA ÁLAMO, S.L.", "Comunicación de cambio de cuenta bancaria", f"Nueva cuenta: {IBAN_GEST_NEW}", "Fdo.: Rafael Álamo Cuesta"],
                                                           at(2025, 1, 17, 13, 0), "Microsoft® Word 2016"), "application/pdf"),
              ("Certificado titularidad Bankinter.pdf", P(["BANKINTER - Certificado de titularidad", "Titular: Gestoría Álamo, S.L.", f"IBAN: {IBAN_GEST_NEW}"], at(2025, 1, 16, 10, 0), "Bankinter"), "application/pdf")])
t13.add(me, "Hola Rafael:\n\nGracias por avisar. Te acabo de llamar al 91 555 12 64 (el número que tenemos en el expediente desde hace años) y me has confirmado la "
        "nueva cuenta de Bankinter dígito a dígito. Rocío la da de alta para las facturas a partir de febrero.", at(2025, 1, 21, 12, 10), cc=[(rocio.name, rocio.email)])
t13.add(rocio, "Dada de alta. Gracias a los dos.", at(2025, 1, 21, 12, 35), G, to=[(rafael.name, rafael.email)], cc=[LU])
t13.add(rafael, "Perfecto. Gracias por llamar, así da gusto.\n\nUn saludo", at(2025, 1, 21, 13, 2), G, cc=[(rocio.name, rocio.email)])

# =============================================================================================== T22 Marta joins (internal)
t22 = Thread("T22", elena, "Incorporación de Marta Quintana")
TODOS = [LU, (javier.name, javier.email), (rocio.name, rocio.email)]
t22.add(elena, "Hola a todos:\n\nComo sabéis, el lunes 13 se incorpora Marta Quintana Roldán como abogada. Viene de tres años en el departamento inmobiliario de un "
        "despacho de la Castellana y lleva bien el inglés, así que nos ayudará con los clientes extranjeros. Empezará con Argumosa 23 (Joost van der Berg) y con "
        "Castelló 76 cuando entre. Lucía, ¿le preparas el acceso a LexGestiona y a las carpetas de los expedientes?\n\nSu correo será marta.quintana@navarroibanez.example.\n\nUn abrazo,",
        at(2025, 1, 8, 13, 0), to=TODOS)
t22.add(me, "¡Bienvenida anticipada, Marta! Sí, el lunes a primera hora le dejo todo listo con Lexred.", at(2025, 1, 8, 13, 20), sigtext=ME_INT,
        to=[(elena.name, elena.email)], cc=[(javier.name, javier.email), (rocio.name, rocio.email)])
t22.add(marta, "¡Muchas gracias a todos por la bienvenida! Ya estoy dentro de LexGestiona. Lucía, cuando puedas me cuentas cómo tenéis organizadas las carpetas de Argumosa.",
        at(2025, 1, 13, 9, 30), G, to=[(elena.name, elena.email)], cc=TODOS)

# =============================================================================================== T15 Argumosa 23: due diligence (G12, G3, G24, G8)
t15 = Thread("T15", joost, "Argumosa 23 - legal due diligence")
t15.add(joost, "Dear Lucía,\n\nElena suggested I send you the details directly. Through Pisos Retiro we have agreed in principle to buy three flats in the building at "
        "Calle Argumosa 23 (1.º A, 1.º B and 3.º C) for a total of €610,000. Two of them are let (1.º A and 3.º C) and we intend to keep the tenants.\n\n"
        "We would like your firm to carry out the legal due diligence: title and charges, the tenancy contracts, the community of owners (debts, pending works, "
        "the building inspection) and the tax side of buying through our Dutch company, Van der Berg Vastgoed B.V.\n\nCould you send me your engagement letter "
        "and let me know what you need from us?", at(2025, 1, 8, 14, 20, AMS), cc=[(elena.name, elena.email)])
t15.add(me, "Dear Joost,\n\nThank you for your email. Elena's engagement letter is attached (fixed fee of €3,600 + VAT for the three units). To open the file we "
        "need, for anti-money-laundering purposes:\n\n- Deed of incorporation and articles of the B.V. (apostilled)\n- A recent extract from the KvK (Chamber of "
        "Commerce)\n- The UBO declaration and the passport of each beneficial owner with more than 25%\n- A board resolution authorising the purchase and "
        "appointing the signatory\n\nWe will also apply for the Spanish tax number (NIF) of the B.V.; for that, the deed and the KvK extract must be apostilled "
        "and translated by a sworn translator. We can arrange the translation.", at(2025, 1, 9, 10, 30), cc=[(elena.name, elena.email)],
        atts=[("Hoja_de_encargo_VdB_Argumosa23.pdf", P(["NAVARRO IBÁÑEZ ABOGADOS - ENGAGEMENT LETTER", "Client: Van der Berg Vastgoed B.V.", "Fee: 3,600 EUR + VAT"], at(2025, 1, 9, 10, 0)), "application/pdf")])
t15.add(joost, "Dear Lucía,\n\nPlease find attached a zip with the documents you requested: the apostilled deed of incorporation and articles, the KvK extract of 10 "
        "January, the UBO register extract and both passports (mine and my brother Pieter's, 50% each), and the board resolution. Please go ahead with the sworn "
        "translation.", at(2025, 1, 14, 16, 5, AMS), GH, cc=[(elena.name, elena.email)],
        scen=("G12", "Dutch investor sends the zipped KYC documents Lucía requested"),
        atts=[("VdB_Vastgoed_KYC_documents.zip", zipfile_bytes([(n, P([n.replace("_", " ")], at(2025, 1, 14, 15, 0), "Adobe Acrobat Pro (64-bit) 24.5")) for n in
                                                                ("Akte_van_oprichting_apostille.pdf", "KvK_uittreksel_2025-01-10.pdf", "UBO_register_uittreksel.pdf",
                                                                 "Passport_J_van_der_Berg.pdf", "Passport_P_van_der_Berg.pdf", "Board_resolution_Argumosa23.pdf")], (2025, 1, 14, 15, 55, 0)),
               "application/x-zip-compressed")])
t15.add(me, "Dear Joost, all received, thank you. The translator will have the documents ready on the 24th and we'll file the NIF application the same day.",
        at(2025, 1, 15, 9, 40), cc=[(elena.name, elena.email), (marta.name, marta.email)])
t15.add(marta, "Dear Joost, dear Lucía,\n\nI'm Marta Quintana; I joined Navarro Ibáñez this week and I'll be working with Elena and Lucía on your purchase. I've "
        "gone through the two tenancy contracts that Álvaro sent: 1.º A was signed in 2021 for five years (rent €980 a month) and 3.º C in 2023 for seven years "
        "because the landlord is a company (rent €1,150 a month). Both tenants waived their preferential purchase right in the contracts, so no notice is "
        "needed before the sale. I'll include the details in the due diligence report.", at(2025, 1, 16, 12, 50), GH,
        to=[(joost.name, joost.email)], cc=[LU, (elena.name, elena.email)],
        scen=("G3", "new colleague (introduced in T22) writes in the client thread for the first time"))
t15.add(me, "Dear Joost,\n\nPlease find attached our due diligence report on Argumosa 23. In short: clean title, one mortgage to be cancelled by the seller at "
        "completion, community debts of €1,240 on 3.º C (to be paid by the seller), and a favourable 2022 building inspection (IEE) with minor roof works "
        "approved by the community (€8,900 for the whole building, about €1,100 for your three units, payable by the seller as they were approved before the "
        "sale). The NIF of the B.V. has been granted: N0181375D.", at(2025, 1, 31, 17, 30), cc=[(elena.name, elena.email), (marta.name, marta.email)],
        atts=[("DD_report_Argumosa23.pdf", P(["NAVARRO IBÁÑEZ ABOGADOS - LEGAL DUE DILIGENCE REPORT", "Calle Argumosa 23, Madrid - units 1.º A, 1.º B, 3.º C"], at(2025, 1, 31, 17, 0)), "application/pdf")])
t15.add(joost, "Thank you Lucía and Marta, very thorough. We'll proceed. One question on the tenants: do we need to notify them of the change of landlord and give "
        "them our bank details?", at(2025, 2, 3, 8, 50, AMS), G, cc=[(elena.name, elena.email), (marta.name, marta.email)])
t15.add(me, "Yes: after completion we'll send each tenant a burofax notifying the sale and the new account for the rent (your Spanish account, once opened).",
        at(2025, 2, 3, 10, 10), cc=[(elena.name, elena.email), (marta.name, marta.email)])
t15.add(joost, "Dear Lucía,\n\nFrom next week Femke de Vries, our new Office & Finance Manager, will handle the administrative side of the Spanish purchases (funds, "
        "invoices, documents). I've copied her in. For decisions, please keep me in the loop as always.", at(2025, 2, 18, 11, 0, AMS), G, cc=[(femke.name, femke.email)])
t15.add(me, "Welcome, Femke! Nice to meet you.", at(2025, 2, 18, 12, 30), cc=[(femke.name, femke.email)])
t15.add(femke, f"Dear Lucía,\n\nThank you, nice to meet you too. Attached is the signed engagement letter for the Argumosa purchase. For our accounts payable, "
        f"please address invoices to Van der Berg Vastgoed B.V., Keizersgracht 412, 1016 GC Amsterdam, VAT NL864301592B01. Our Dutch account for any refunds "
        f"is {IBAN_JOOST_NL} (ABN AMRO).", at(2025, 2, 19, 9, 25, AMS), GH, cc=[(joost.name, joost.email)],
        scen=("G24", "investor's new office manager (announced by him) writes for the first time, with a signed PDF and the company's refund IBAN"),
        atts=[("Engagement_letter_signed.pdf", P(["ENGAGEMENT LETTER - signed", "Van der Berg Vastgoed B.V."], at(2025, 2, 19, 9, 10), "Adobe Acrobat Sign"), "application/pdf")])
t15.add(me, "Dear Joost,\n\nThe seller proposes completion on Monday 28 April at the Notaría Ferrer Valls. Does that suit you?", at(2025, 2, 24, 9, 12),
        cc=[(femke.name, femke.email)])
ooo_t = at(2025, 2, 24, 9, 12)
emit(joost, "olken", ooo_t + datetime.timedelta(seconds=14), [LU], None, "Automatisch antwoord: RE: Argumosa 23 - legal due diligence", list(t15.refs),
     "Thank you for your email. I am away until Monday 3 March with limited access to email. For urgent matters please contact Femke de Vries "
     "(femke@vandenberg-vastgoed.example, +31 20 555 0190).\n\nBedankt voor uw bericht. Ik ben tot en met 2 maart afwezig. Voor dringende zaken kunt u contact "
     "opnemen met Femke de Vries.\n\nJoost van der Berg", label=GH, topic="Argumosa 23 - legal due diligence",
     extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent")],
     scen=("G8", "investor's Exchange Online out-of-office reply in English and Dutch ('Automatisch antwoord:')"))
t15.add(joost, "Dear Lucía, back at my desk. 28 April works for us; I'll fly in on the 27th.", at(2025, 3, 3, 8, 40, AMS), G, cc=[(femke.name, femke.email)])

# =============================================================================================== T16 Argumosa 23: funds (A6)
t16 = Thread("T16", joost, "Argumosa 23 - funds for completion (28 April)")
t16.add(me, "Dear Joost, dear Femke,\n\nFor completion on 28 April:\n\n1. Price €610,000 less the €61,000 deposit already paid = €549,000. As the funds come from "
        "the Netherlands, the notary prefers bank cheques issued by a Spanish bank: please transfer €549,000 to our client account by 22 April and we'll obtain "
        "the bank cheques in favour of the seller.\n2. Taxes and costs: ITP 6% (€36,600), notary, registry and gestoría: please transfer a provision of €40,000.\n\n"
        f"Client account: Navarro Ibáñez Abogados SLP, Banco Meseta, IBAN {IBAN_FIRM}, BIC BMESESMMXXX, reference VDB ARGUMOSA.\n\nAny surplus of the "
        "provision will be refunded to the account the funds came from. Please call me to confirm these details before transferring; we never change bank "
        "details by email.", at(2025, 3, 4, 12, 0), cc=[(femke.name, femke.email)])
t16.add(femke, "Dear Lucía,\n\nThank you. I called you this morning and confirmed the account details. We will transfer both amounts from our ABN AMRO account in "
        "the week of 14 April.", at(2025, 3, 5, 10, 20, AMS), G, cc=[(joost.name, joost.email)])
t16.add(femke, "Dear Lucía,\n\nBoth transfers (€549,000 and €40,000) were executed today; the SWIFT confirmations are attached.", at(2025, 4, 15, 15, 40, AMS), G,
        cc=[(joost.name, joost.email)],
        atts=[(f"ABN_AMRO_SWIFT_{n}.pdf", P(["ABN AMRO - Payment confirmation (MT103)", f"Amount: {n} EUR", "Beneficiary: Navarro Ibanez Abogados SLP"], at(2025, 4, 15, 15, 20), "ABN AMRO Internet Bankieren"), "application/pdf")
              for n in ("549000", "40000")])
t16.add(me, "Dear Femke, both amounts have arrived. Thank you.", at(2025, 4, 16, 9, 40), to=[(femke.name, femke.email)], cc=[(joost.name, joost.email)], client="olkand")
t16.add(me, "Dear Joost, dear Femke,\n\nAttached are the simple copies of the three deeds signed yesterday. The gestoría will file the ITP this week; once the "
        "registry fees are known (two or three weeks) we'll send you the final statement and refund the surplus of the provision to your ABN AMRO account.",
        at(2025, 4, 29, 11, 0), cc=[(femke.name, femke.email)],
        atts=[(f"Copia_simple_{u}.pdf", P(["COPIA SIMPLE", f"Compraventa Argumosa 23, {u}"], at(2025, 4, 28, 17, 0), "SIGNO - Consejo General del Notariado"), "application/pdf") for u in ("1A", "1B", "3C")])
q16 = rec_of(t16)
t16.add(joost, "Dear Lucia,\n\nThank you for the update. Regarding the refund of the surplus from the provision: please don't send it to the ABN AMRO account, we "
        "are closing it as part of a restructuring of our banking. Kindly transfer it to our new Spanish account, which we opened for the rental income of the "
        f"Argumosa flats:\n\nAccount holder: Van der Berg Vastgoed B.V.\nIBAN: {IBAN_FAKE_A6}\n\nAlso, could you tell me the exact amount and the date you will "
        "send it? We need it for our bookkeeping.\n\nKind regards,\nJoost" + q_outlook_en(q16), at(2025, 5, 6, 3, 41, AMS), HJ("account-takeover"),
        client="smtpkit", infra="vps-a6", sig=False, quote=False, no_html=True, cc=[(femke.name, femke.email)], o={"orig_ip": "194.26.29.113", "ctry": "NL", "lang": "en"},
        scen=("A6", "investor's M365 account via SMTP AUTH from a VPS (plain-text client, no Outlook headers) at 03:41: refund the surplus to a new ES account; faithful quote"))
t16.add(me, "Dear Joost,\n\nAs per our protocol, I cannot change the refund account on the basis of an email. I'll call you and Femke this morning to confirm; "
        "until then the refund stays on hold.", at(2025, 5, 6, 9, 10), cc=[(femke.name, femke.email)])
t16.add(femke, "Dear Lucía,\n\nJoost did not send that email: he was asleep at that hour and we have no Spanish account yet. Our IT provider found a login to his "
        "mailbox from abroad and has reset his password. Please refund to the ABN AMRO account as agreed. Thank you for checking!", at(2025, 5, 6, 10, 2, AMS), G,
        cc=[(joost.name, joost.email)])
t16.add(me, f"Dear Femke,\n\nThe final statement is attached; the surplus of €1,318.64 was transferred today to your ABN AMRO account {IBAN_JOOST_NL}.",
        at(2025, 5, 20, 12, 0), to=[(femke.name, femke.email)], cc=[(joost.name, joost.email)],
        atts=[("Final_statement_VDB_Argumosa.pdf", P(["NAVARRO IBÁÑEZ ABOGADOS - FINAL STATEMENT", "Provision received: 40,000.00 EUR", "Refund: 1,318.64 EUR"], at(2025, 5, 20, 11, 40)), "application/pdf")])
t16.add(femke, "Received, thank you Lucía.", at(2025, 5, 20, 14, 30, AMS), G, cc=[(joost.name, joost.email)])

# =============================================================================================== T17 Pisos Retiro (G26, G11b, A5)
t17 = Thread("T17", alvaro, "Argumosa 23 - documentación del vendedor")
t17.add(alvaro, "Hola Lucía, soy Álvaro Gil, de Pisos Retiro, el agente de la operación de Argumosa 23 con Joost. Me ha dicho que lleváis vosotros la parte legal. "
        "Te paso lo que tengo del vendedor (Inversiones Lavapiés 2008 SL): las notas simples de los tres pisos y la IEE de 2022. Los contratos de alquiler te "
        "los mando en cuanto me los pase el administrador.\n\nUn saludo", at(2025, 1, 10, 13, 40),
        atts=[(f"Nota simple Argumosa 23 {u}.pdf", P(["REGISTRO DE LA PROPIEDAD DE MADRID N.º 37", f"NOTA SIMPLE - Argumosa 23, {u}"], at(2024, 12, 19, 10, 0), "Registradores - Sede electrónica"), "application/pdf")
              for u in ("1A", "1B", "3C")] + [("IEE Argumosa 23 2022.pdf", P(["INFORME DE EVALUACIÓN DEL EDIFICIO - Argumosa 23", "Resultado: favorable"], at(2022, 6, 3, 10, 0), SCAN), "application/pdf")])
t17.add(me, "Hola Álvaro, gracias. Necesitaríamos también el certificado de deuda de la comunidad de cada piso y los contratos de arrendamiento con sus anexos.",
        at(2025, 1, 10, 16, 20))
t17.add(alvaro, "Lucía, te paso por WeTransfer los dos contratos de alquiler con los anexos y los últimos recibos (pesaban mucho para el correo):\n"
        "https://we.tl/t-8Hk2PqZ4vW\n\nCaducan en 7 días. El certificado de la comunidad lo pide el administrador esta semana.", at(2025, 1, 13, 12, 15), GH,
        scen=("G26", "agent sends a WeTransfer link with the tenancy contracts (first link in the thread)"))
t17.add(me, "Descargados, gracias.", at(2025, 1, 13, 12, 40))
t17.add(alvaro, "Lucía, perdona las horas. Te adelanto el certificado de la comunidad que me acaba de mandar el administrador: hay una deuda de 1.240 € en el "
        "3.º C; el vendedor dice que la paga antes de la firma. Mañana te llamo.", at(2025, 1, 20, 23, 48), GH,
        scen=("G35", "agent replies from his phone at 23:48 with a PDF (his usual Gmail for Android, late at night)"),
        atts=[("Certificado deuda comunidad Argumosa 23.pdf", P(["Comunidad de Propietarios Argumosa 23", "Certificado de deudas - 3.º C: 1.240,00 EUR"], at(2025, 1, 20, 23, 40), "Adobe Scan for Android"), "application/pdf")])
t17.add(me, "Gracias, Álvaro. Lo incluimos en el informe y en la escritura como obligación del vendedor.", at(2025, 1, 21, 9, 5))
t17.add(me, "Álvaro, Joost quiere firmar la hoja de reserva con las arras de 61.000 €. ¿Cómo lo hacéis, con DocuSign?", at(2025, 2, 10, 12, 30))
t17.add(alvaro, "Sí, te mando la hoja de reserva por DocuSign a Joost y al vendedor, y a ti en copia. Las arras se ingresan en la cuenta del vendedor que aparece "
        "en la hoja; te mando el certificado de titularidad para que lo confirméis.", at(2025, 2, 10, 13, 2), G)
lnk_zip = zipfile_bytes([("Factura_PR-2025-0412.pdf.lnk", lnk_bytes("C:\\Windows\\System32\\cmd.exe /c inert-probe-placeholder"))], (2025, 3, 13, 14, 58, 0))
t17.add(alvaro, "Hello,\n\nPlease find attached the invoice for our intermediation services for the Argumosa 23 transaction. Kindly review and arrange the payment "
        "before completion.\n\nRegards\nAlvaro", at(2025, 3, 13, 15, 22), HJ("server-hijack"), sig=False, quote=False, detached=True,
        atts=[("Factura_PR-2025-0412.zip", lnk_zip, "application/zip")],
        scen=("A5", "agent's real gmail.com account (same Gmail headers): English 'invoice' in a Spanish thread, zip with a .lnk shortcut, no quote, no signature"))
t17.add(me, "Álvaro, recordatorio: la firma es el lunes 28 a las 12:00 en la Notaría Ferrer Valls (Castellana 128). ¿Traes tú las llaves?", at(2025, 4, 25, 10, 0))
t17.add(alvaro, "Sí, llevo las llaves de los tres pisos y los mandos del portal. Nos vemos allí.", at(2025, 4, 25, 18, 40), G)

# DocuSign (G15)
ds_env = ruuid().upper()
ds_link = f"https://eu.docusign.net/Member/EmailStart.aspx?a={ruuid()}&etti=24&acct={ruuid()}&er={ruuid()}"
notice(docusign, at(2025, 2, 11, 10, 4), "Complete con Docusign: Hoja de reserva Argumosa 23 - Van der Berg Vastgoed",
       f"Álvaro Gil le ha enviado un documento para revisar (copia).\n\nHoja de reserva Argumosa 23 - Van der Berg Vastgoed\n\nREVISAR DOCUMENTO: {ds_link}\n\n"
       "No comparta este correo electrónico: contiene un enlace seguro a Docusign. No comparta este enlace con otras personas.\n\nAcerca de Docusign: firme "
       "documentos electrónicamente en solo unos minutos.", mail_html("Álvaro Gil le ha enviado un documento para revisar", ["Hoja de reserva Argumosa 23 - Van der Berg Vastgoed",
                                                                                                                          "No comparta este correo electrónico: contiene un enlace seguro a Docusign."],
                                                                      ("REVISAR DOCUMENTO", ds_link), "Docusign Inc. · Este mensaje se envió a lucia.martin@navarroibanez.example", "#4c00ff"),
       [("X-DocuSign-Envelope-Id", ds_env), ("Auto-Submitted", "auto-generated")])
ds_link2 = f"https://eu.docusign.net/Member/EmailStart.aspx?a={ruuid()}&etti=24&acct={ruuid()}&er={ruuid()}"
notice(Pt("Docusign", "dse@eumail.docusign.net", "sys", "docusign"), at(2025, 2, 13, 17, 21), "Completado: Hoja de reserva Argumosa 23 - Van der Berg Vastgoed",
       f"Todas las partes han completado Hoja de reserva Argumosa 23 - Van der Berg Vastgoed.\n\nVER DOCUMENTO COMPLETADO: {ds_link2}\n\n"
       "No comparta este correo electrónico: contiene un enlace seguro a Docusign.", mail_html("Todas las partes han completado el documento", ["Hoja de reserva Argumosa 23 - Van der Berg Vastgoed"],
                                                                                                     ("VER DOCUMENTO COMPLETADO", ds_link2), "Docusign Inc.", "#4c00ff"),
       [("X-DocuSign-Envelope-Id", ds_env), ("Auto-Submitted", "auto-generated")], GH,
       ("G15", "DocuSign 'completed' notification for the reservation sheet, with a link to docusign.net (no reply headers)"))

# =============================================================================================== T20 Olmedo: arras Castelló 76
t20 = Thread("T20", ines, "Castelló 76, 5.º izda. - borrador del contrato de arras")
t20.add(ines, "Buenos días, Lucía:\n\nTe adjunto el borrador del contrato de arras para la compraventa de Castelló 76, 5.º izquierda (vendedores: los hermanos "
        "Arrieta Gómez; comprador: Daniel Kessler). Arras penitenciales del 10 % (115.000 €) y firma de la escritura antes del 31 de mayo. Te adjunto también la "
        "nota simple, el IBI y el certificado de la comunidad.\n\nUn saludo,", at(2025, 3, 17, 10, 40),
        atts=[("Arras_Castello76_borrador.docx", ooxml_docx(["CONTRATO DE ARRAS PENITENCIALES", "Castelló 76, 5.º izquierda"], title="Arras Castelló 76",
                                                           author="Inés Olmedo", company="Olmedo Abogados", when="2025-03-17T09:20:00Z"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
              ("Nota_simple_Castello76.pdf", P(["REGISTRO DE LA PROPIEDAD DE MADRID N.º 1", "NOTA SIMPLE - Castelló 76, 5.º izda."], at(2025, 3, 14, 9, 0), "Registradores - Sede electrónica"), "application/pdf")])
t20.add(me, "Buenos días, Inés: gracias. Te mando nuestros comentarios en control de cambios (cláusula de cargas y plazo de entrega de llaves). Daniel firmaría "
        "con DocuSign.", at(2025, 3, 18, 17, 20),
        atts=[("Arras_Castello76_NIA.docx", ooxml_docx(["CONTRATO DE ARRAS PENITENCIALES (comentarios NIA)"], title="Arras Castelló 76", author="Elena Navarro Gil",
                                                      company="Navarro Ibáñez Abogados", when="2025-03-18T16:00:00Z"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
t20.add(ines, "Aceptados los cambios. Te adjunto el certificado de titularidad de la cuenta de los vendedores para las arras.\n\nUn saludo,", at(2025, 3, 20, 12, 8), G,
        atts=[("Certificado_titularidad_Arrieta.pdf", P(["Certificado de titularidad", "Titulares: Arrieta Gómez, J. y M."], at(2025, 3, 20, 11, 50), "Bankinter"), "application/pdf")])
t20.add(me, "Gracias, Inés. Lo confirmo por teléfono contigo antes de pasárselo a Daniel, como siempre.", at(2025, 3, 20, 12, 30))
t20.add(ines, "Lucía, arras firmadas por los vendedores y recibido el importe. Te adjunto el contrato firmado por todas las partes.\n\nUn saludo,", at(2025, 3, 27, 18, 2), G,
        atts=[("Arras_Castello76_firmado.pdf", P(["CONTRATO DE ARRAS PENITENCIALES - firmado"], at(2025, 3, 27, 17, 40), "Docusign"), "application/pdf")])

# =============================================================================================== T18 Daniel Kessler: POA (G11, A9)
t18 = Thread("T18", daniel, "Castelló 76 - power of attorney and NIE")
t18.add(me, "Dear Daniel,\n\nThank you for choosing us for the purchase of Calle Castelló 76, 5.º izquierda. As discussed on our call, since you will not be in "
        "Madrid before completion, you need to grant a power of attorney in favour of Elena Navarro and me. As you live in New York, the easiest option is to "
        "sign it at the Consulate General of Spain in New York: a consular power of attorney does not need an apostille.\n\nPlease book an appointment through "
        "the consulate's website (section 'Notaría - poderes') and send them the attached draft in Spanish in advance so they can prepare it. We will apply "
        "for your NIE here with the power of attorney.\n\nDocuments to bring: your US passport and, if possible, the draft printed.", at(2025, 3, 10, 16, 0),
        atts=[("Poder_Kessler_borrador.docx", ooxml_docx(["PODER ESPECIAL", "D. Daniel Kessler confiere poder a favor de D.ª Elena Navarro Gil y D.ª Lucía Martín Ortega..."],
                                                        title="Poder Kessler", author="Lucía Martín Ortega", company="Navarro Ibáñez Abogados", when="2025-03-10T14:40:00Z"),
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
t18.add(daniel, "Hi Lucía,\n\nThanks, very clear. The first consulate appointment is April 2 at 10:30 AM. Is that too late for the timeline? The sellers' agent "
        "mentioned they'd like to sign the arras contract in March.\n\nBest,", at(2025, 3, 11, 16, 40, NYC), G)
t18.add(me, "Dear Daniel,\n\nApril 2 is fine. The arras contract is a private document, so you can sign it electronically without the power of attorney; Inés "
        "Olmedo, the sellers' lawyer, has agreed. The power of attorney is only needed for the NIE and for the deed at the notary (planned for late May).",
        at(2025, 3, 12, 9, 20))
t18.add(daniel, "Great, thanks!", at(2025, 3, 12, 14, 5, NYC), G, client="iphone")
t18.add(me, "Dear Daniel,\n\nThe DocuSign envelope with the arras contract should reach you today. Please sign it before Friday; the deposit (€115,000) goes to "
        "the sellers' account in the contract, which I have confirmed by phone with their lawyer. Good luck at the consulate next week!", at(2025, 3, 25, 10, 30))
t18.add(daniel, "Lucía, signed at the consulate this morning, all smooth. They gave me the original with the consular seal. Sending it by FedEx tomorrow, tracking "
        "7791 2046 3385. Will forward the receipt.", at(2025, 4, 2, 20, 14, NYC), GH, client="iphone",
        scen=("G11", "US buyer replies from his iPhone at 02:14 Madrid time (evening in New York)"))
spoof_daniel = Pt("Daniel Kessler", "frontdesk@chengdentalgroup.example", "bot", "cmp-a9")
q18 = rec_of(t18)
t18.add(spoof_daniel, "Hi Lucia,\n\nAs discussed, please see attached the scanned copy of the power of attorney from the consulate so you can start with the NIE "
        "before the original arrives. The file opens in OneNote.\n\nThanks,\nDaniel" + q_on_wrote(q18), at(2025, 4, 3, 10, 26, NYC), HJ("display-name-spoof"),
        quote=False, sig=False, detached=True, no_html=True, o={"orig_ip": "103.21.244.17", "ctry": "SG", "lang": "en"},
        atts=[("POA_Consulado_Kessler_scan.one", onenote_bytes("POA_scan.pdf.lnk"), "application/octet-stream")],
        scen=("A9", "buyer's display name from an unrelated compromised address (Emotet style): OneNote 'scan of the POA', full quote of the thread"))
t18.add(me, "Dear Daniel,\n\nThe original power of attorney arrived this morning by FedEx, perfect. We'll apply for your NIE on Thursday.\n\nP.S. On 3 April we "
        "received an email with your name from an unknown address, attaching a 'OneNote' file. Please ignore anything similar; we did not open it.",
        at(2025, 4, 7, 12, 10))
t18.add(daniel, "Thanks Lucía. That wasn't me, glad you caught it.", at(2025, 4, 7, 9, 30, NYC), G)
t18.add(me, "Dear Daniel,\n\nYour NIE was granted today: Y-8839021-W. The certificate is attached.", at(2025, 4, 24, 13, 0),
        atts=[("NIE_Daniel_Kessler.pdf", P(["DIRECCIÓN GENERAL DE LA POLICÍA", "Certificado de NIE: Y-8839021-W"], at(2025, 4, 24, 12, 40), SCAN), "application/pdf")])
t18.add(daniel, "Excellent, thank you!", at(2025, 4, 24, 10, 50, NYC), G)

# =============================================================================================== T19 Daniel: funds (G20)
t19 = Thread("T19", daniel, "Castelló 76 - funds for completion (22 May)")
t19.add(me, "Dear Daniel,\n\nCompletion is confirmed for Thursday 22 May at 12:00 at the Notaría Blanco Soler. Amounts: price €1,150,000 less the €115,000 "
        "deposit = €1,035,000, plus a provision of €80,000 for the transfer tax (ITP 6%: €69,000), notary, registry and our fees. Total to wire: €1,115,000.\n\n"
        f"Please wire it to our client account:\nBeneficiary: Navarro Ibáñez Abogados SLP\nBank: Banco Meseta, Madrid - SWIFT BMESESMMXXX\nIBAN: {IBAN_FIRM}\n"
        "Reference: KESSLER CASTELLO\n\nBefore sending, please call me (+34 91 555 31 20) so I can confirm these details by voice. We never change bank details "
        "by email; please be wary of any message saying otherwise.", at(2025, 4, 25, 11, 30))
t19.add(daniel, "Hi Lucía,\n\nThanks for the call yesterday confirming the account. The wire of €1,115,000 went out from Chase this morning; the confirmation is "
        "attached (Fed reference and SWIFT MT103). Let me know when it lands.\n\nBest,", at(2025, 5, 8, 16, 20, NYC), GH,
        scen=("G20", "US buyer confirms the wire after a phone call, with the bank's confirmation PDF (IBAN, amounts)"),
        atts=[("Chase_Wire_Confirmation_0508.pdf", P(["JPMorgan Chase Bank, N.A. - Wire Transfer Confirmation", "Amount: EUR 1,115,000.00", "Beneficiary: NAVARRO IBANEZ ABOGADOS SLP",
                                                      f"IBAN: {IBAN_FIRM}", "Reference: KESSLER CASTELLO"], at(2025, 5, 8, 22, 0), "Chase Online"), "application/pdf")])
t19.add(me, "Dear Daniel,\n\nThe funds arrived this morning (€1,114,965 after the intermediary bank's €35 fee; we'll adjust it in the final statement).",
        at(2025, 5, 12, 9, 30))
t19.add(daniel, "Great news. Thank you!", at(2025, 5, 12, 8, 2, NYC), G, client="iphone")
t19.add(me, "Dear Daniel,\n\nCongratulations again. The final statement is attached; the deed was registered yesterday at Land Registry no. 1 and the "
        "surplus of €2,147.10 has been wired back to your Chase account.", at(2025, 6, 3, 10, 0),
        atts=[("Final_statement_KESSLER.pdf", P(["NAVARRO IBÁÑEZ ABOGADOS - FINAL STATEMENT", "Surplus returned: 2,147.10 EUR"], at(2025, 6, 3, 9, 40)), "application/pdf")])
t19.add(daniel, "Thank you Lucía, and thanks to Elena. Enjoy the summer!", at(2025, 6, 3, 9, 44, NYC), G)

# =============================================================================================== T28 Notaría Blanco Soler: Castelló 76 (G7)
t28 = Thread("T28", pilar, "Compraventa Castelló 76, 5.º izda. - Kessler / Arrieta Gómez")
t28.add(me, "Buenos días, Pilar:\n\nOtra operación para D. Ignacio: compraventa de Castelló 76, 5.º izquierda. Comprador: Daniel Kessler (estadounidense; actuará "
        "Elena con poder consular). Vendedores: los hermanos Arrieta Gómez, representados por Inés Olmedo. Precio: 1.150.000 €, sin financiación. Querríamos "
        "firmar el jueves 22 de mayo a las 12:00. Te adjunto el contrato de arras, la nota simple y el poder consular; el NIE del comprador está en trámite.",
        at(2025, 4, 10, 10, 20),
        atts=[("Arras_Castello76_firmado.pdf", P(["CONTRATO DE ARRAS PENITENCIALES - firmado"], at(2025, 3, 27, 17, 40), "Docusign"), "application/pdf"),
              ("Poder_consular_Kessler.pdf", P(["CONSULADO GENERAL DE ESPAÑA EN NUEVA YORK", "Poder especial - Daniel Kessler"], at(2025, 4, 7, 11, 0), SCAN), "application/pdf")])
t28.add(pilar, "Buenos días, Lucía: reservado el 22 de mayo a las 12:00. Abrimos el expediente 2025/0412. Os mandaré el borrador a mediados de mayo.", at(2025, 4, 10, 13, 0), G)
t28.add(me, "Pilar, una duda: ¿el pago del precio lo queréis con cheques bancarios nominativos o admitís transferencia en el acto?", at(2025, 4, 15, 9, 2))
emit(pilar, "ex19", at(2025, 4, 15, 9, 2) + datetime.timedelta(seconds=21), [LU], None, "Respuesta automática: RE: Compraventa Castelló 76, 5.º izda. - Kessler / Arrieta Gómez",
     list(t28.refs), "Estaré fuera de la notaría del 14 al 21 de abril. Para cualquier asunto urgente pueden dirigirse a notaria@notariablancosoler.example o "
                     "llamar al 91 555 40 72.\n\nPilar Gómez Arranz\nNotaría de D. Ignacio Blanco Soler", label=GH, topic="Compraventa Castelló 76, 5.º izda. - Kessler / Arrieta Gómez",
     extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
     scen=("G7", "notary officer's Exchange 2019 out-of-office reply during Semana Santa ('Respuesta automática:')"))
t28.add(pilar, "Lucía, ya de vuelta. Cheques bancarios nominativos, como siempre; la transferencia en el acto solo si es entre cuentas de la misma entidad y se puede "
        "comprobar en el momento.", at(2025, 4, 22, 10, 15), G)
t28.add(pilar, "Lucía, te adjunto el borrador de la escritura de compraventa (expediente 2025/0412).", at(2025, 5, 14, 12, 40), G,
        atts=[("Borrador_compraventa_2025-0412.docx", ooxml_docx(["ESCRITURA DE COMPRAVENTA - Castelló 76, 5.º izquierda"], title="Compraventa 2025/0412",
                                                                author="Pilar Gómez", company="Notaría Blanco Soler", when="2025-05-14T10:20:00Z"),
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
t28.add(me, "Gracias, Pilar. Conforme. Llevaremos tres cheques bancarios nominativos de Banco Meseta a favor de cada uno de los vendedores.", at(2025, 5, 14, 13, 10))
t28.add(pilar, "Lucía, te adjunto la copia simple. Presentada hoy en el Registro n.º 1.", at(2025, 5, 22, 16, 10), G,
        atts=[("Copia_simple_2025-0412.pdf", P(["COPIA SIMPLE ELECTRÓNICA", "Compraventa - protocolo 1201/2025"], at(2025, 5, 22, 15, 50), "SIGNO - Consejo General del Notariado"), "application/pdf")])

# =============================================================================================== T21 burofax (G16) + A14
t21 = Thread("T21", inma, "Inquilino C/ Ibiza 14 - impagos")
t21.add(inma, "Hola Lucía, te escribo como me dijo Javier. El inquilino del piso de la calle Ibiza 14, 4.º D (Rubén Cordero) me debe agosto, septiembre y octubre "
        "(3 x 1.050 €). No me coge el teléfono. ¿Qué hacemos? Te adjunto el contrato.\n\nUn saludo,\nInmaculada", at(2024, 11, 4, 12, 10),
        atts=[("Contrato alquiler Ibiza 14.pdf", P(["CONTRATO DE ARRENDAMIENTO DE VIVIENDA", "C/ Ibiza 14, 4.º D - Madrid"], at(2024, 11, 4, 12, 0), SCAN), "application/pdf")])
t21.add(me, "Hola Inmaculada:\n\nJavier propone enviarle primero un burofax con acuse de recibo y certificación de contenido, requiriéndole el pago en 30 días; "
        "además sirve a efectos de la enervación del desahucio. Te adjunto el texto para que lo revises.", at(2024, 11, 4, 16, 40),
        atts=[("Burofax_requerimiento_Cordero.docx", ooxml_docx(["REQUERIMIENTO DE PAGO", "Muy Sr. mío: por medio del presente le requiero..."], title="Burofax",
                                                               author="Lucía Martín Ortega", company="Navarro Ibáñez Abogados", when="2024-11-04T15:20:00Z"),
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
t21.add(inma, "Me parece bien, adelante.\n\nInmaculada", at(2024, 11, 5, 10, 5), G)
t21.add(me, "Enviado hoy por Correos (burofax online). Te aviso cuando llegue el certificado de entrega.", at(2024, 11, 5, 12, 30))
notice(correos, at(2024, 11, 5, 12, 34), "Burofax BF-2024-1187345 admitido",
       "Su burofax BF-2024-1187345 ha sido admitido y se encuentra en proceso de entrega.\n\nDestinatario: RUBÉN CORDERO LÓPEZ\nServicios adicionales: acuse de "
       "recibo, certificación de contenido\n\nSeguimiento: https://www.correos.example/burofax/seguimiento?n=BF-2024-1187345\n\nCorreos - Burofax Online",
       mail_html("Burofax admitido", ["Su burofax BF-2024-1187345 ha sido admitido y se encuentra en proceso de entrega.", "Destinatario: RUBÉN CORDERO LÓPEZ"],
                 ("Seguimiento", "https://www.correos.example/burofax/seguimiento?n=BF-2024-1187345"), "Sociedad Estatal Correos y Telégrafos, S.A., S.M.E.", "#0a3c7d"),
       [("Auto-Submitted", "auto-generated")])
notice(correos, at(2024, 11, 7, 13, 2), "Burofax BF-2024-1187345 entregado - certificado disponible",
       "Su burofax BF-2024-1187345 fue entregado el 06/11/2024 a las 11:42.\n\nLe adjuntamos el certificado de entrega y la certificación de contenido. También "
       "puede descargarlos en https://www.correos.example/burofax/certificados?n=BF-2024-1187345\n\nCorreos - Burofax Online",
       mail_html("Burofax entregado", ["Su burofax BF-2024-1187345 fue entregado el 06/11/2024 a las 11:42.", "Le adjuntamos el certificado de entrega y la certificación de contenido."],
                 ("Descargar certificados", "https://www.correos.example/burofax/certificados?n=BF-2024-1187345"), "Sociedad Estatal Correos y Telégrafos, S.A., S.M.E.", "#0a3c7d"),
       [("Auto-Submitted", "auto-generated")], GH, ("G16", "Correos burofax delivery certificate notification with PDF and link (no reply headers)"),
       atts=[("Certificado_BF-2024-1187345.pdf", P(["CORREOS - CERTIFICACIÓN DE ENTREGA", "BF-2024-1187345", "Entregado: 06/11/2024 11:42"], at(2024, 11, 7, 12, 58), "Correos SGIE"), "application/pdf")])
t21.add(me, "Inmaculada: el burofax se entregó ayer a las 11:42 al propio inquilino. Te adjunto el certificado de Correos.", at(2024, 11, 7, 16, 0),
        atts=[("Certificado_BF-2024-1187345.pdf", P(["CORREOS - CERTIFICACIÓN DE ENTREGA", "BF-2024-1187345"], at(2024, 11, 7, 12, 58), "Correos SGIE"), "application/pdf")])
t21.add(inma, "Lucía, el inquilino me ha llamado por fin: dice que se quedó sin trabajo y que me paga dos meses ya y el otro en diciembre. Ha hecho una "
        "transferencia de 2.100 €. ¿Lo aceptamos?\n\nInmaculada", at(2024, 11, 19, 18, 30), G)
t21.add(me, "Javier dice que sí, pero dejándolo por escrito. Te preparo un documento de reconocimiento de deuda.", at(2024, 11, 20, 9, 15))
t21.add(inma, "Ya ha pagado lo que faltaba. ¡Gracias!\n\nInmaculada", at(2024, 12, 16, 12, 0), G)
fake_bf = Pt("Burofax Online - Atención al cliente", "atencion@notificaciones-burofax.example", "bot", "fake-a14")
emit(fake_bf, "bot", at(2025, 3, 5, 9, 3), [LU], None, "RE: Burofax BF-2025-0338712 - entrega pendiente", [f"<{hx(32)}@navarroibanez.example>"],
     "Estimada Sra. Martín:\n\nEn relación con su consulta, le informamos de que el burofax con certificación de contenido BF-2025-0338712 dirigido a NAVARRO IBAÑEZ "
     "ABOGADOS no ha podido entregarse por ausencia del destinatario en dos intentos. El documento quedará disponible durante 72 horas en nuestra plataforma de "
     "descarga segura; transcurrido ese plazo se devolverá al remitente y se considerará rechazado a efectos legales.\n\nPuede consultar el contenido y el "
     f"remitente aquí:\nhttps://burofax-entregas.notificaciones-burofax.example/consulta/BF-2025-0338712?d={alnum(20)}\n\nAtentamente,\nServicio de Atención al "
     "Cliente - Burofax Online\n\n-----Mensaje original-----\nDe: Lucía Martín Ortega\nEnviado el: martes, 4 de marzo de 2025 17:12\nPara: Atención al cliente\n"
     "Asunto: Burofax BF-2025-0338712\n\nBuenas tardes, he recibido un aviso de burofax a nombre del despacho pero no figura el remitente. ¿Me pueden indicar cómo "
     "recogerlo?\n\nLucía Martín", no_html=True, label=HJ("fake-thread"), o={"orig_ip": "193.233.22.18", "ctry": "RU"},
     scen=("A14", "stranger 'RE: Burofax ... entrega pendiente' with a fabricated quote of Lucía and a References id not in the mailbox; link to an unknown domain"))

# A15 voicemail fake-thread
fake_vm = Pt("Centralita Notaría Blanco Soler", "buzon-voz@fortumar-suministros.example", "bot", "fake-a15")
svg = ('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="420" height="120" viewBox="0 0 420 120">\n'
       '<rect width="420" height="120" fill="#f4f4f4"/><text x="20" y="50" font-family="Arial" font-size="18">Mensaje de voz (00:47)</text>\n'
       '<text x="20" y="85" font-family="Arial" font-size="14" fill="#555">Cargando reproductor...</text>\n'
       '<script type="text/javascript"><![CDATA[\n/* inert probe placeholder */\nvar u = atob("' + base64.b64encode(b"https://buzon-voz-notaria.example/play?m=lucia.martin").decode()
       + '");\n// window.location.href = u;\n]]></script>\n</svg>\n').encode()
emit(fake_vm, "bot", at(2025, 4, 24, 11, 18), [LU], None, "RE: Mensaje de voz - Notaría Blanco Soler (0:47)", [f"<{ruuid()}@pbx.notariablancosoler.example>"],
     "Tiene un nuevo mensaje de voz.\n\nDe: Notaría Blanco Soler (+34 91 555 40 72)\nPara: Lucía Martín Ortega\nDuración: 00:47\nRecibido: 24/04/2025 11:14\n\n"
     "Escuche el mensaje en el archivo adjunto.\n\n--\nServicio de buzón de voz", no_html=True, label=HJ("fake-thread"), o={"orig_ip": "91.92.240.2", "ctry": "BG", "spf": "softfail"},
     atts=[("MensajeVoz_915554072_0047.svg", svg, "image/svg+xml")],
     scen=("A15", "voicemail lure claiming to come from the notary's switchboard (stranger domain, SPF softfail): 'RE:' subject, References not in the mailbox, no quote, SVG attachment"))

# =============================================================================================== T23 administración: provisiones (G2)
SP = "https://navarroibanez.sharepoint.com/:x:/s/Administracion/EcQ3mV8kT2pGh6bNwZr1fYsB7u1Xq0aLkD4jWfM9pRtS2g"
t23 = Thread("T23", rocio, "Provisiones de fondos - control 2024-2025")
t23.add(rocio, f"Hola:\n\nOs comparto el Excel de control de provisiones de fondos de este ejercicio en SharePoint. Apuntad ahí cada provisión que pidáis a un "
        f"cliente para que pueda conciliarla con el banco:\n{SP}?e=Hk3Lp9\n\nGracias,", at(2024, 9, 30, 10, 0), to=[LU, (elena.name, elena.email)])
t23.add(me, "Gracias, Rocío. Apunto ya la de Whitfield (pendiente) y la de la herencia Prieto.", at(2024, 9, 30, 10, 40), sigtext=ME_INT, cc=[(elena.name, elena.email)])
t23.add(rocio, "Lucía, me ha entrado en la cuenta de clientes una transferencia de 250 € con el concepto 'PRIETO HERENCIA'. ¿Es de Carmen? La apunto en la hoja.",
        at(2024, 10, 23, 13, 10), G)
t23.add(me, "Sí, es la provisión de Carmen; Alfonso manda su parte esta semana (250 € cada uno).", at(2024, 10, 23, 13, 30), sigtext=ME_INT)
t23.add(rocio, f"Lucía, he creado una pestaña nueva para las operaciones de 2025 (Argumosa y Castelló). Te dejo el enlace directo a la hoja de Argumosa para que "
        f"metas las provisiones de Van der Berg cuando las pidas:\n{SP}?e=Wq7Tz2&nav=MTVfe0E0QjEyMzQ1LTY3ODktNDBBQi1CQ0RFLUYwMTIzNDU2Nzg5QX0\n\nGracias,",
        at(2025, 1, 24, 12, 0), GH, scen=("G2", "administración shares a SharePoint link to the provisions workbook in the thread where she always shares it"))
t23.add(me, "Hecho.", at(2025, 1, 24, 12, 30), sigtext=ME_INT)
t23.add(rocio, "Lucía, confirmadas en el banco las dos transferencias de Van der Berg (549.000 € y 40.000 €). Ya lo he marcado en la hoja.", at(2025, 4, 16, 10, 30), G)
t23.add(me, "Gracias, Rocío. Mañana pedimos los cheques bancarios para la firma.", at(2025, 4, 16, 10, 45), sigtext=ME_INT)

# =============================================================================================== T24 administración: nóminas (G30, A8)
t24 = Thread("T24", rocio, "Certificado de retenciones 2024 y nómina de febrero")
t24.add(rocio, "Hola a todos:\n\nYa tenéis disponible en el portal del empleado el certificado de retenciones e ingresos a cuenta de 2024 (para la renta) y la "
        "nómina de febrero:\nhttps://portal.nominasweb.example/empleado/navarroibanez\n\nEl usuario es vuestro DNI y la contraseña la de siempre. Si alguien no "
        "recuerda la contraseña, que me lo diga y la reseteo desde la gestoría laboral.\n\nUn saludo,", at(2025, 2, 26, 11, 0), GH,
        to=[LU, (marta.name, marta.email), (elena.name, elena.email), (javier.name, javier.email)],
        scen=("G30", "administración announces the tax certificate on the payroll provider's portal, with the portal link"))
t24.add(me, "Gracias, Rocío. Descargado.", at(2025, 2, 26, 11, 20), sigtext=ME_INT)
t24.add(rocio, "Hola Lucía,\n\nDesde la gestoría laboral nos piden que todo el personal vuelva a activar el acceso al portal del empleado con el doble factor antes "
        "del viernes 28, porque si no la nómina de marzo no se podrá descargar.\n\nSolo tienes que escanear con la cámara del móvil el código QR que te adjunto "
        "e introducir tu usuario y contraseña de Microsoft 365 (la del correo).\n\nGracias,\nRocío", at(2025, 3, 27, 14, 6), HJ("account-takeover"),
        client="owa", sig=False, quote=False, o={"client_ip": "102.89.34.117"},
        atts=[("Acceso_portal_empleado_QR.png", png(qr=True), "image/png")],
        scen=("A8", "colleague's M365 account via Outlook on the web from a foreign IP (she uses Outlook desktop in the office): payroll portal 'MFA' QR code PNG, no quote"))
t24.add(me, "Rocío, ¿me acabas de mandar un QR para el portal de nóminas? Te pregunto antes de hacer nada, porque el portal nunca nos ha pedido la contraseña del correo.",
        at(2025, 3, 27, 14, 30), sigtext=ME_INT)
t24.add(rocio, "¡No! No he mandado nada. Llamo ahora mismo a Lexred. No escanees nada.", at(2025, 3, 27, 14, 41), G)

# =============================================================================================== T25 Christmas hampers (A11)
t25 = Thread("T25", alacena, "Cestas de Navidad 2024 - Navarro Ibáñez Abogados")
t25.add(me, "Buenos días, Maribel:\n\nComo cada año, querríamos encargaros las cestas de Navidad para nuestros colaboradores: 6 cestas 'Clásica' (notarías, gestoría "
        "y tasadora) y 4 'Selección' (agencias y banco). Entrega en nuestra oficina el lunes 16 de diciembre. ¿Nos mandáis presupuesto?",
        at(2024, 11, 28, 10, 20), cc=[(javier.name, javier.email)])
t25.add(alacena, "Buenos días Lucía: encantadas de repetir. La Clásica está a 68 € y la Selección a 95 € (IVA incluido): total 788 €. Entrega el lunes 16 por la "
        "mañana. Os adjunto el presupuesto; si lo aprobáis, el pago por transferencia a la entrega a la cuenta que figura en el presupuesto.",
        at(2024, 11, 28, 13, 5), G, cc=[(javier.name, javier.email)],
        atts=[("Presupuesto_NavarroIbanez_2024.pdf", P(["LA ALACENA GOURMET - PRESUPUESTO 2024/118", "6 x Clásica 68,00 / 4 x Selección 95,00", "Total: 788,00 EUR", f"IBAN: {IBAN_ALACENA}"],
                                                       at(2024, 11, 28, 12, 50), "LibreOffice 7.6"), "application/pdf")])
t25.add(me, "Aprobado, Maribel. Gracias.", at(2024, 11, 28, 16, 0), cc=[(javier.name, javier.email)])
t25.add(javier, "Lucía, añade una cesta Selección para Lexred, que este año se han portado.", at(2024, 12, 2, 9, 40), G, to=[LU])
t25.add(me, "Maribel, añadimos una Selección más (total 883 €).", at(2024, 12, 2, 10, 0), to=[(alacena.name, alacena.email)], cc=[(javier.name, javier.email)])
t25.add(alacena, "Anotado: 6 Clásicas y 5 Selección. ¡Gracias!", at(2024, 12, 2, 12, 20), G, cc=[(javier.name, javier.email)])
spoof_javier = Pt("Javier Ibáñez Ruiz", "javier.ibanez.nib@gmail.com", "gweb", "gmail")
a11 = t25.add(spoof_javier, "Lucía, ¿estás en la oficina? Estoy en una reunión en la notaría y no puedo hablar. Necesito que me hagas un favor urgente con los "
              "regalos: compra 6 tarjetas regalo de El Corte Inglés de 150 € cada una para los oficiales de las notarías, de las que se compran en la web. Rasca "
              "el código de detrás y mándame una foto de los códigos por aquí, que las quiero entregar hoy. Luego Rocío te lo devuelve.\n\nJavier\n\nEnviado desde mi iPhone",
              at(2024, 12, 12, 11, 7), HJ("display-name-spoof"), quote=False, sig=False, detached=True, subj="RE: Cestas de Navidad 2024 - Navarro Ibáñez Abogados",
              scen=("A11", "partner's display name from a gmail.com address: gift-card request, no payload, no quote ('Enviado desde mi iPhone' over Gmail web)"))
t25b = Thread("T25b", javier, "RV: Cestas de Navidad 2024 - Navarro Ibáñez Abogados")
t25b.add(me, "Javier, me ha llegado esto desde una cuenta de Gmail con tu nombre. Supongo que no es tuyo.\n\n-----Mensaje original-----\nDe: Javier Ibáñez Ruiz "
         "<javier.ibanez.nib@gmail.com>\nEnviado el: jueves, 12 de diciembre de 2024 11:07\nPara: Lucía Martín Ortega <lucia.martin@navarroibanez.example>\n"
         "Asunto: RE: Cestas de Navidad 2024 - Navarro Ibáñez Abogados\n\nLucía, ¿estás en la oficina? Estoy en una reunión en la notaría y no puedo hablar. "
         "Necesito que me hagas un favor urgente con los regalos: compra 6 tarjetas regalo de El Corte Inglés...", at(2024, 12, 12, 11, 25), sigtext=ME_INT)
t25b.add(javier, "No es mío, bórralo. Aviso a Lexred para que lo bloqueen.", at(2024, 12, 12, 11, 41), G, client="olkios", o={"client_ip": "83.58.201.14"})
t25.add(alacena, "Lucía, ya están entregadas las 11 cestas. Os adjunto la factura (883 €). Muchas gracias y felices fiestas.\n\nMaribel",
        at(2024, 12, 16, 13, 30), G, cc=[(javier.name, javier.email)],
        atts=[("Factura_2024-0417.pdf", P(["LA ALACENA GOURMET - FACTURA 2024/0417", "Total: 883,00 EUR", f"IBAN: {IBAN_ALACENA}"], at(2024, 12, 16, 13, 0), "LibreOffice 7.6"), "application/pdf")])

# =============================================================================================== T26 Lexred (G29, A4)
t26 = Thread("T26", sergio, "AutoFirma no firma en la sede del Registro")
t26.add(me, "Hola Sergio:\n\nDesde ayer no consigo firmar las solicitudes de nota simple en la sede de Registradores: AutoFirma se abre, pero da el error 'No se ha "
        "podido conectar con AutoFirma'. Uso el certificado de representante del despacho. ¿Podéis conectaros?", at(2024, 9, 24, 9, 50), cc=[("Soporte Lexred", "soporte@lexred.example")])
lx_desk(at(2024, 9, 24, 9, 51), 4418, "[LX-4418] Incidencia registrada: AutoFirma no firma en la sede del Registro",
        "Hemos registrado su incidencia LX-4418 con prioridad normal. Un técnico se pondrá en contacto con usted.")
t26.add(sergio, "Hola Lucía:\n\nEs el problema conocido de la versión 1.8.2 con la última actualización de Chrome. Hay que instalar la 1.8.3 desde la página "
        "oficial del Gobierno (no la bajes de ningún otro sitio):\nhttps://firmaelectronica.gob.example/Home/Descargas.html\n\nSi prefieres, me conecto a las "
        "13:00 y la instalo yo.", at(2024, 9, 24, 11, 35), GH, scen=("G29", "IT provider sends the official AutoFirma download page link (software update, genuine)"))
t26.add(me, "Mejor conéctate tú a las 13:00, gracias.", at(2024, 9, 24, 11, 50))
t26.add(sergio, "Instalada la 1.8.3 y probada la firma en la sede. Cierro la incidencia.", at(2024, 9, 24, 13, 40), G)
lx_desk(at(2024, 9, 24, 13, 41), 4418, "[LX-4418] Incidencia resuelta: AutoFirma no firma en la sede del Registro",
        "Su incidencia LX-4418 se ha marcado como resuelta. Si el problema persiste, responda a este mensaje en los próximos 7 días.")
t26.add(sergio, "Hola Lucía:\n\nA partir del lunes 14, la sede de Registradores y LexNET solo admiten la versión 1.9 de AutoFirma. Para evitar incidencias estamos "
        "enviando el instalador a todos los despachos que mantenemos. Descárgalo de aquí y ejecútalo como administrador (tarda un par de minutos):\n\n"
        f"https://www.dropbox.com/scl/fi/{alnum(21).lower()}/AutoFirma_1.9.0_Lexred.zip?rlkey={alnum(25).lower()}&st={alnum(8).lower()}&dl=1\n\n"
        "Si te pide desactivar el antivirus durante la instalación, acéptalo.", at(2025, 4, 8, 16, 12), HJ("server-hijack"), quote=False, detached=True,
        scen=("A4", "IT provider's real M365 mailbox (same headers), reply in an old thread: 'AutoFirma 1.9' zip on dropbox.com, disable the antivirus; no quote"))
lx_desk(at(2025, 4, 9, 8, 55), 4871, "[LX-4871] Aviso de seguridad: correo fraudulento enviado desde una cuenta de Lexred",
        "Ayer por la tarde se enviaron desde el buzón de uno de nuestros técnicos correos con un enlace a una supuesta actualización de AutoFirma. No proceden de "
        "Lexred: no los abráis y, si alguien descargó el archivo, avisadnos. Nunca distribuimos instaladores por Dropbox.")

# =============================================================================================== T27 Elena forwards (G22)
t27 = Thread("T27", elena, "RV: Consulta plusvalía - venta piso de mi madre")
t27.add(elena, "Lucía, ¿puedes llamar mañana a esta señora y pedirle la documentación? Es una compraventa con plusvalía municipal de por medio; le he dicho que la "
        "llamaríamos. Gracias.\n\n________________________________\nDe: Mercedes Lafuente <merlafuente@gmail.com>\nEnviado: martes, 25 de marzo de 2025 17:02\n"
        "Para: Elena Navarro Gil <elena.navarro@navarroibanez.example>\nAsunto: Consulta plusvalía - venta piso de mi madre\n\nBuenas tardes, Sra. Navarro:\n\n"
        "Me ha dado su contacto una amiga. Quiero vender el piso de mi madre en Carabanchel, que heredamos mi hermano y yo en 2019, y en la agencia me dicen que "
        "tengo que pagar una plusvalía muy alta. Le adjunto la escritura de herencia. ¿Podrían llevarnos la venta?\n\nUn saludo,\nMercedes Lafuente",
        at(2025, 3, 25, 18, 40), GH, client="olkios", o={"client_ip": "37.14.88.203"},
        scen=("G22", "partner forwards (RV:) a prospective client's mail with its PDF from her phone"),
        atts=[("Escritura herencia 2019.pdf", P(["ESCRITURA DE ACEPTACIÓN DE HERENCIA - 2019", "Carabanchel, Madrid"], at(2025, 3, 25, 16, 50), SCAN), "application/pdf")])
t27.add(me, "Hablado con ella; nos manda la documentación esta semana.", at(2025, 3, 26, 10, 30), sigtext=ME_INT)

# =============================================================================================== list paralegales-madrid (O3, G23)
l0 = ListThread("[Paralegales] Tipo reducido del ITP en Madrid para jóvenes")
parent0 = f"<CA{alnum(50)}@mail.gmail.com>"
l0.last = dict(t=at(2024, 8, 28, 12, 4), name="Irene Colmenar", email=irene.email, subj=l0.subj, to=[("Paralegales Madrid", GG)], cc=[],
               plain="Hola a todos:\n¿Alguien ha aplicado ya el tipo reducido del 4 % para menores de 35 en una compraventa con hipoteca? ¿Qué justificante pide la Comunidad?")
l0.refs = [parent0]
l0.post(hector, "Hola Irene:\nSí, en julio. Piden el certificado de empadronamiento posterior y que la vivienda no supere los 250.000 €. Lo demás, como siempre.\n\nHéctor",
        at(2024, 9, 5, 10, 12), GO, ("O3", "list reply in a thread started before Lucía subscribed (parent not in the mailbox)"))
l0.post(sonia, "Añado: si la compra es entre dos y solo uno cumple la edad, el tipo reducido solo se aplica a su mitad.\n\nSonia Prats\nPrats Abogados",
        at(2024, 9, 5, 11, 30), G, ("P-L0-1", "plain list reply in L0"))
l1 = ListThread("[Paralegales] ¿Plazo del 650 con prórroga?")
l1.post(nuria, "Buenos días:\nTengo una herencia con fallecimiento el 20 de abril. Si pido la prórroga de seis meses, ¿hay que pedirla dentro de los cinco primeros "
        "meses? ¿Alguien la ha pedido por la sede?\n\nGracias,\nNuria", at(2024, 10, 15, 9, 40))
l1.post(me, "Hola Nuria:\nSí, dentro de los cinco primeros meses; la pedimos por la sede de la Comunidad de Madrid con certificado de representante. Ojo, que con "
        "prórroga se pagan intereses de demora por el periodo prorrogado.", at(2024, 10, 15, 10, 25))
l1.post(irene, "Confirmo lo que dice Lucía. Y si hay bonificación del 99 % casi no compensa pedirla, salvo que falte documentación.\n\nIrene", at(2024, 10, 15, 12, 2), G,
        ("P-L1-1", "plain list reply in L1"))
l1.post(nuria, "Gracias a las dos, me habéis salvado la mañana.\n\nNuria", at(2024, 10, 15, 13, 15), G, ("P-L1-2", "plain list reply in L1"))
l2 = ListThread("[Paralegales] Sede de Registradores caída esta mañana")
l2.post(sonia, "¿A alguien más le falla la sede de Registradores? Llevo desde las 9 sin poder pedir notas simples.\n\nSonia Prats\nPrats Abogados", at(2024, 11, 26, 10, 5))
l2.post(hector, "A mí también. En Twitter dicen que es una incidencia general y que lo arreglan antes de mediodía.\n\nHéctor", at(2024, 11, 26, 10, 21), G, ("P-L2-1", "plain list reply in L2"))
l2.post(me, "Ya funciona: acabo de pedir una sin problema.", at(2024, 11, 26, 12, 40))
l3 = ListThread("[Paralegales] Modelo de poder consular para no residentes (EE. UU.)")
l3.post(me, "Hola a todos:\nTengo un comprador que vive en Nueva York y va a otorgar poder en el consulado. ¿Alguien tiene un modelo de poder especial que haya "
        "aceptado el consulado sin cambios? El suyo es muy escueto.\n\nGracias,", at(2025, 3, 11, 9, 50))
l3.post(irene, "Hola Lucía:\nTe dejo el que usamos nosotros; lo aceptaron en Nueva York y en Miami el año pasado. Está en la carpeta de modelos del grupo:\n"
        "https://docs.google.com/document/d/1vTq8Xw3kLm2PzR7nB4cY6dHs0aJfE9gU5iO1pK2lM3N/edit?usp=sharing\n\nCambia solo los datos del apoderado.\n\nIrene",
        at(2025, 3, 11, 11, 14), GH, ("G23", "list reply with the Google Groups footer and a Google Docs link to a template"))
l3.post(hector, "Muy bueno el de Irene. Yo añadiría la facultad de solicitar el NIE expresamente, que en la comisaría a veces la piden.\n\nHéctor",
        at(2025, 3, 11, 13, 40), G, ("P-L3-1", "plain list reply in L3"))
l3.post(me, "¡Gracias a los dos! Añado lo del NIE.", at(2025, 3, 11, 14, 5))
l4 = ListThread("[Paralegales] Valor de referencia y recurso")
l4.post(hector, "Buenas:\n¿Alguien ha conseguido que estimen un recurso contra el valor de referencia del Catastro en una herencia? El cliente tiene una tasación "
        "un 30 % por debajo.\n\nHéctor", at(2025, 5, 20, 9, 15))
l4.post(irene, "Nosotros uno, con informe pericial y fotos del estado del piso. Tardaron ocho meses.\n\nIrene", at(2025, 5, 20, 10, 40), G, ("P-L4-1", "plain list reply in L4"))
l4.post(nuria, "Nosotros dos denegados y uno estimado. La clave fue el informe del arquitecto sobre la antigüedad real.\n\nNuria", at(2025, 5, 20, 12, 2), G, ("P-L4-2", "plain list reply in L4"))
for t_, subj_, who_, text_ in [(at(2024, 9, 19, 9, 30), "[Paralegales] Oferta de empleo: paralegal inmobiliario (Chamberí)", sonia,
                                "Buscamos paralegal con experiencia en compraventas y herencias, jornada completa. Interesados, escribidme en privado.\n\nSonia Prats"),
                               (at(2024, 12, 3, 16, 45), "[Paralegales] Cena de Navidad del grupo - 19 de diciembre", irene,
                                "¡Hola! Como cada año, cena el jueves 19 en La Bola. Apuntaos en el formulario del grupo antes del día 12.\n\nIrene"),
                               (at(2025, 2, 6, 11, 0), "[Paralegales] Webinar gratuito sobre la nueva ley de vivienda", hector,
                                "El ICAM organiza un webinar el día 20 sobre zonas tensionadas. Os dejo el enlace de inscripción: https://www.icam.example/formacion/webinar-vivienda\n\nHéctor"),
                               (at(2025, 4, 29, 9, 10), "[Paralegales] ¿Cuánto tarda la Comisaría de Aluche con los NIE?", nuria,
                                "¿Qué plazos estáis teniendo con los NIE de no residentes? A nosotros nos dan cita a tres semanas.\n\nNuria")]:
    ListThread(subj_).post(who_, text_, t_)

# =============================================================================================== notices, newsletters, alerts (context)
LEXG_EVENTS = [
    ((2024, 9, 11, 10, 30), "Tarea asignada", "2024/0176", "Herencia Prieto Salas", "Solicitar certificado de saldos a Banco Meseta (responsable: Lucía Martín)."),
    ((2024, 9, 17, 10, 10), "Nuevo expediente", "2024/0187", "Compraventa Whitfield - Fernández de los Ríos 48", "Elena Navarro ha abierto el expediente y le ha asignado como colaboradora."),
    ((2024, 9, 19, 9, 45), "Documento añadido", "2024/0187", "Compraventa Whitfield", "Poder_Whitfield_borrador_bilingue.docx (versión 1)"),
    ((2024, 10, 2, 11, 30), "Tarea asignada", "2024/0187", "Compraventa Whitfield", "Revisar borrador de contrato de arras (vence el 04/10/2024)."),
    ((2024, 10, 14, 8, 0), "Vencimiento hoy", "2024/0187", "Compraventa Whitfield", "Transferencia de arras (48.500 €) - confirmar recepción."),
    ((2024, 10, 21, 9, 0), "Tarea asignada", "2024/0176", "Herencia Prieto Salas", "Pedir notas simples del piso y del garaje."),
    ((2024, 10, 24, 8, 0), "Recordatorio", "2024/0187", "Compraventa Whitfield", "Cita NIE en la Comisaría de Aluche hoy a las 10:20."),
    ((2024, 11, 4, 12, 20), "Nuevo expediente", "2024/0203", "Reclamación rentas C/ Ibiza 14 - Peña Ríos", "Javier Ibáñez ha abierto el expediente y le ha asignado como colaboradora."),
    ((2024, 11, 12, 11, 30), "Tarea asignada", "2024/0176", "Herencia Prieto Salas", "Encargo a Gestoría Álamo: modelo 650 y plusvalías."),
    ((2024, 11, 18, 10, 20), "Documento añadido", "2024/0176", "Herencia Prieto Salas", "Inventario herencia Prieto Salas.pdf (versión 2)"),
    ((2024, 12, 2, 8, 0), "Vencimiento en 7 días", "2024/0203", "Reclamación rentas C/ Ibiza 14", "Fin del plazo del requerimiento de pago (06/12/2024)."),
    ((2024, 12, 10, 10, 20), "Documento añadido", "2024/0187", "Compraventa Whitfield", "FEIN_0370-HIP-2024-11873.pdf, FiAE_0370-HIP-2024-11873.pdf"),
    ((2024, 12, 20, 8, 0), "Plazo próximo", "2024/0187", "Compraventa Whitfield", "Fecha límite de la condición de financiación: cumplida (aprobación del 06/11)."),
    ((2025, 1, 8, 15, 0), "Nuevo expediente", "2025/0004", "Due diligence Argumosa 23 - Van der Berg Vastgoed", "Elena Navarro ha abierto el expediente y le ha asignado como colaboradora."),
    ((2025, 1, 13, 9, 5), "Usuario añadido", "2025/0004", "Due diligence Argumosa 23", "Marta Quintana Roldán se ha unido al expediente."),
    ((2025, 1, 20, 8, 0), "Vencimiento en 14 días", "2024/0176", "Herencia Prieto Salas", "Plazo del Impuesto sobre Sucesiones: 03/02/2025."),
    ((2025, 1, 22, 8, 0), "Recordatorio", "2024/0176", "Herencia Prieto Salas", "Firma en la Notaría Ferrer Valls hoy a las 10:30."),
    ((2025, 1, 24, 13, 0), "Tarea asignada", "2025/0004", "Due diligence Argumosa 23", "Presentar solicitud de NIF de la B.V. (modelo 036)."),
    ((2025, 1, 31, 17, 40), "Documento añadido", "2025/0004", "Due diligence Argumosa 23", "DD_report_Argumosa23.pdf (versión final)"),
    ((2025, 2, 12, 8, 0), "Recordatorio", "2024/0187", "Compraventa Whitfield", "Acta de transparencia en la Notaría Blanco Soler hoy a las 12:30."),
    ((2025, 2, 20, 8, 0), "Recordatorio", "2024/0187", "Compraventa Whitfield", "Firma de la compraventa y la hipoteca hoy a las 11:00."),
    ((2025, 2, 24, 12, 40), "Tarea asignada", "2024/0187", "Compraventa Whitfield", "Enviar a Gestoría Álamo la documentación del modelo 600."),
    ((2025, 3, 10, 16, 10), "Nuevo expediente", "2025/0031", "Compraventa Castelló 76 - Kessler", "Elena Navarro ha abierto el expediente y le ha asignado como colaboradora."),
    ((2025, 3, 18, 10, 5), "Tarea completada", "2024/0187", "Compraventa Whitfield", "Liquidación de la provisión de fondos enviada al cliente."),
    ((2025, 3, 24, 8, 0), "Vencimiento en 7 días", "2025/0031", "Compraventa Castelló 76", "Firma del contrato de arras (límite 31/03/2025)."),
    ((2025, 4, 10, 10, 30), "Tarea asignada", "2025/0031", "Compraventa Castelló 76", "Solicitar NIE del comprador con el poder consular."),
    ((2025, 4, 22, 8, 0), "Vencimiento hoy", "2025/0004", "Argumosa 23", "Recepción de fondos del comprador (549.000 € + 40.000 €)."),
    ((2025, 4, 28, 8, 0), "Recordatorio", "2025/0004", "Argumosa 23", "Firma en la Notaría Ferrer Valls hoy a las 12:00."),
    ((2025, 5, 5, 9, 0), "Tarea asignada", "2025/0004", "Argumosa 23", "Burofax a los inquilinos de 1.º A y 3.º C comunicando el cambio de arrendador."),
    ((2025, 5, 19, 8, 0), "Vencimiento en 3 días", "2025/0031", "Compraventa Castelló 76", "Firma en la Notaría Blanco Soler el 22/05 a las 12:00."),
    ((2025, 5, 22, 8, 0), "Recordatorio", "2025/0031", "Compraventa Castelló 76", "Firma hoy a las 12:00. Llevar cheques bancarios."),
    ((2025, 6, 3, 10, 5), "Tarea completada", "2025/0031", "Compraventa Castelló 76", "Liquidación final enviada al cliente."),
    ((2025, 6, 16, 8, 0), "Vencimiento en 14 días", "2025/0004", "Argumosa 23", "Presentar la declaración de no residentes (modelo 210) de las rentas del 1.º A."),
]
for (y, mo, d, h, mi), kind, exp, title, detail in LEXG_EVENTS:
    lexg_note(at(y, mo, d, h, mi), kind, exp, title, detail)

n_bol = 1287
day = datetime.date(2024, 9, 5)
while day <= datetime.date(2025, 6, 26):
    if not (day.month == 12 and day.day > 22) and not (day.month == 1 and day.day < 8) and day != datetime.date(2025, 4, 17):
        icam_bulletin(at(day.year, day.month, day.day, 8, R.randint(0, 25)), n_bol); n_bol += 1
    day += datetime.timedelta(days=7)
for (y, mo) in [(2024, 9), (2024, 10), (2024, 11), (2024, 12), (2025, 1), (2025, 2), (2025, 3), (2025, 4), (2025, 5), (2025, 6)]:
    d0 = datetime.date(y, mo, 8)
    while d0.weekday() != 1: d0 += datetime.timedelta(days=1)
    notariado_news(at(y, mo, d0.day, 9, R.randint(0, 40)))

regis_note(at(2024, 9, 27, 9, 41), "28-2024-0091437", "Madrid n.º 6 - Finca 18.442 (Fernández de los Ríos 48, 3.º B)")
regis_note(at(2024, 10, 21, 13, 40), "28-2024-0103381", "Madrid n.º 10 - Finca 41.208 (Arroyo Fontarrón 212)", GH,
           ("G17", "Registradores 'nota simple ready' notification with a link to the registry's e-office (no reply headers)"))
regis_note(at(2024, 10, 21, 13, 41), "28-2024-0103382", "Madrid n.º 10 - Finca 41.377 (Arroyo Fontarrón 212, garaje 37)")
regis_note(at(2025, 1, 9, 11, 2), "28-2025-0004417", "Madrid n.º 6 - Finca 18.442 (Fernández de los Ríos 48, 3.º B)")
regis_note(at(2025, 2, 14, 12, 30), "2025/000731", "Madrid n.º 10 - Fincas 41.208 y 41.377 (herencia Prieto Salas)", kind="despacho")
regis_note(at(2025, 3, 12, 10, 15), "2025/001214", "Madrid n.º 6 - Finca 18.442 (compraventa e hipoteca Whitfield)", kind="despacho")
regis_note(at(2025, 3, 14, 9, 20), "28-2025-0031290", "Madrid n.º 1 - Finca 9.871 (Castelló 76, 5.º izda.)")
regis_note(at(2025, 5, 12, 13, 5), "2025/002650", "Madrid n.º 37 - Fincas 22.104, 22.105 y 22.112 (Argumosa 23)", kind="despacho")
regis_note(at(2025, 6, 2, 11, 48), "2025/003018", "Madrid n.º 1 - Finca 9.871 (compraventa Kessler)", kind="despacho")

for (y, mo, d, h, mi), amt, who_, conc in [((2024, 10, 23, 12, 58), "250,00", "SANCHEZ-RUBIO PRIETO CARMEN", "PRIETO HERENCIA"),
                                          ((2024, 10, 25, 9, 40), "250,00", "SANCHEZ-RUBIO PRIETO ALFONSO", "HERENCIA PRIETO PROVISION"),
                                          ((2024, 11, 6, 10, 2), "300,00", "PENA RIOS INMACULADA", "PROVISION BUROFAX IBIZA"),
                                          ((2025, 1, 23, 9, 51), "33.000,00", "WISE EUROPE SA / WHITFIELD GRAHAM", "WHITFIELD 2024/187"),
                                          ((2025, 3, 27, 11, 20), "4.000,00", "VAN DER BERG VASTGOED BV", "VDB ARGUMOSA FEES"),
                                          ((2025, 4, 16, 9, 12), "549.000,00", "VAN DER BERG VASTGOED BV", "VDB ARGUMOSA"),
                                          ((2025, 4, 16, 9, 13), "40.000,00", "VAN DER BERG VASTGOED BV", "VDB ARGUMOSA"),
                                          ((2025, 5, 12, 8, 47), "1.114.965,00", "KESSLER DANIEL", "KESSLER CASTELLO")]:
    bm_alert(at(y, mo, d, h, mi), amt, who_, conc)

notice(tcplat, at(2024, 11, 20, 16, 12), "Informe de tasación TC-24-118342 emitido",
       "Tasaciones Cibeles - Plataforma de informes\n\nEl informe de tasación del expediente TC-24-118342 se ha emitido y remitido a la entidad solicitante (Banco "
       "Meseta).\n\nConsulta: https://plataforma.tasacionescibeles.example/informes/TC-24-118342\n\nMensaje automático. Tasaciones Cibeles, S.A. - Registro del "
       "Banco de España n.º 4.512",
       mail_html("Informe de tasación emitido", ["El informe de tasación del expediente TC-24-118342 se ha emitido y remitido a la entidad solicitante (Banco Meseta)."],
                 ("Consultar informe", "https://plataforma.tasacionescibeles.example/informes/TC-24-118342"), "Tasaciones Cibeles, S.A. - Registro del Banco de España n.º 4.512", "#8a1538"),
       [("Auto-Submitted", "auto-generated")])

for (y, mo, d, h, mi), n_ in [((2024, 11, 14, 9, 0), 3), ((2025, 2, 13, 9, 0), 5), ((2025, 5, 15, 9, 0), 2)]:
    qlink = "https://security.microsoft.com/quarantine?viewid=user"
    notice(msq, at(y, mo, d, h, mi), f"Microsoft 365 security: You have messages in quarantine",
           f"Revise estos {n_} mensajes en cuarentena.\n\nLos mensajes que se muestran a continuación están en cuarentena y no se han entregado en su bandeja de "
           f"entrada. Revíselos en el portal de Microsoft 365 Defender:\n{qlink}\n\nEsta notificación se generó automáticamente para lucia.martin@navarroibanez.example.",
           mail_html(f"Revise estos {n_} mensajes en cuarentena", ["Los mensajes están en cuarentena y no se han entregado en su bandeja de entrada."],
                     ("Revisar mensajes", qlink), "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052", "#0078d4"),
           [("X-MS-Exchange-Organization-AuthAs", "Internal"), ("Auto-Submitted", "auto-generated")])

lx_desk(at(2024, 10, 30, 17, 0), 4502, "[LX-4502] Mantenimiento programado: servidor de ficheros", "El sábado 2 de noviembre de 9:00 a 13:00 actualizaremos el servidor de "
        "ficheros del despacho. Durante ese tiempo no estarán disponibles las unidades de red.")
lx_desk(at(2025, 1, 13, 8, 20), 4690, "[LX-4690] Alta de usuario: Marta Quintana Roldán", "Se ha creado la cuenta de Marta Quintana Roldán (Microsoft 365 Business "
        "Premium), con acceso a LexGestiona y a las carpetas de expedientes según lo solicitado.")
lx_desk(at(2025, 3, 27, 15, 5), 4855, "[LX-4855] Incidencia registrada: cuenta de Rocío Benítez comprometida", "Hemos bloqueado el inicio de sesión de la cuenta, "
        "revocado las sesiones activas y restablecido la contraseña. Revisaremos las reglas de la bandeja de entrada y los envíos de las últimas 48 horas.")

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
