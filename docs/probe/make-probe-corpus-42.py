#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus-42.py OUT_DIR
#
# Probe mailbox "chiara": Chiara Fontana, assistant to relationship manager Laurent Mercier, Private Banking Geneva,
# Banque Privée Rhône & Lac SA (banque-rhonelac.example). On-premises Exchange 2019 (GVAEX01/GVAEX02.rhonelac.local) behind
# a Cisco-ESA-style gateway (esa3.banque-rhonelac.example); Chiara writes with Outlook 2019 in French (quote headers
# "De : / Envoyé : / À : / Objet :" whatever the thread language). July 2024 - June 2025, Europe/Zurich (CET/CEST).
# French, German, Italian and English correspondence.
# Correspondents, each with a fixed fingerprint (Message-ID shape, client headers, Received path, DKIM d=/s=, quote style, tz):
#   Hélène Dufour-Béranger   client, gmail.com, Gmail web (FR UI) + Gmail iOS app when travelling; d=gmail.com s=20230601
#   Marc Béranger            her husband, bluewin.ch, Apple Mail on a Mac (FR), Bluewin outbound, d=bluewin.ch s=bw2021
#   Klaus Wehrli             client, bluewin.ch, Thunderbird (DE), later klaus@wehrli-familie.example (Infomaniak, same Thunderbird)
#   Giulia Benedetti         client, hotmail.it, Outlook for iOS (IT quotes "Da: / Inviato:"), outlook.com EUR path, d=hotmail.it
#   James Whitfield          client, icloud.com, iPhone Mail / Apple Mail (EN), me.com outbound, d=icloud.com s=1a1hai, London tz
#   Morel Family Office      Nathalie Girard (CFO), morel-fo.example, M365 CH tenant (ZR0P278MB...CHEP278), Outlook desktop FR
#   Étude Vuilleumier        Me Pierre-Alain Vuilleumier + assistant Céline Moret, vuilleumier-avocats.example, M365 CH tenant, Outlook FR
#   Étude Châtelain          notary Isabelle Châtelain, etude-chatelain.example, Infomaniak SMTP, Thunderbird FR
#   Harbourview Trustees     Jersey trust company, harbourview-trust.example, M365 UK tenant (LO2P265MB...) behind Mimecast
#                            outbound (d= s=mimecast20230607), Outlook EN; Emma Le Brocq, then Oliver Renouf
#   Alpenrose Capital        external asset manager Zürich, alpenrose-capital.example, Google Workspace, Gmail web (DE UI), s=google
#   Baumann Treuhand AG      fiduciary Zug, baumann-treuhand.example, on-prem Exchange 2019 (BTEX01.baumann.local), no DKIM, Outlook DE
#   internal: Laurent Mercier (RM), Philippe Aubert (Head PB Geneva), Sandra Keller (Compliance), Opérations Paiements,
#             CIO Office weekly notes, IT Service Desk (ServiceNow-style notifications), e-Banking notifications
#             (ebanking.banque-rhonelac.example, d= s=eb2024), SwissAssist Mailman list, DocuSign, Exchange NDR.
# Writes OUT_DIR/labels.tsv, OUT_DIR/scenarios.tsv and OUT_DIR/mailboxes/chiara/{INBOX,Sent}/N.eml numbered in arrival order
# across both folders. Only test messages are labelled; the rest is context. Deterministic (random.Random(42)); no network;
# attachments are inert (random bytes / text in real PDF, ZIP, OOXML, OneNote-header containers).
#
# Threads: T1 Hélène transfer to daughter in London (+A1 much later); T2 Hélène quarterly statements; T3 Hélène meeting in March;
#   T4 Klaus tax payment (DE); T5 Klaus new e-mail address; T6 Klaus annual review; T7 Giulia aunt's estate (IT, revived after 11 months);
#   T8 Giulia university fees for Luca; T9 Giulia appointment Lugano (+A6); T10 James Singapore trip; T11 James new mobile number;
#   T12 James Q1 statement (+A11); T13 Morel FO capital calls (+A3); T14 Morel FO settlement-account change; T15 Morel FO committee (O1);
#   T16 Vuilleumier escrow for Cologny purchase (+A2); T17 Vuilleumier Benedetti estate certificate (+A12); T18 notary deed (+A10);
#   T19 Harbourview Ashdown distribution + handover; T20 Harbourview CRS self-certification (+A8); T21 Alpenrose rebalancing;
#   T22 Alpenrose fee invoices (+A9); T23 Baumann domestic staff payroll (+A14); T24 Philippe annual portfolio reviews (+A4);
#   T25 ServiceNow e-Banking test token ticket (+A5); T26 Compliance KYC refresh (O2); T27 Payments Ops SWIFT confirmations;
#   T28 Laurent forwards; T29 SwissAssist mailing list; T31 Giulia KYC passport (NDR); T33 Morel FO Q1 committee;
#   L1-L4 Laurent/Chiara day-to-day (35 threads); plus CIO weekly notes, e-Banking notifications, IT notices, NDR.
#
# Hijacks (14):
#   A1  T1  account-takeover   Hélène's Gmail via SMTP from a foreign IP with Outlook-style Message-ID: urgent HK property deposit, new beneficiary, "no need to call me"
#   A2  T16 server-hijack      lawyer's real M365 mailbox (same headers): "signed escrow agreement" e-signature link on an unknown domain
#   A3  T13 lookalike-domain   morelfo.example (hyphen dropped): new settlement bank in Lisbon for the capital call, quote altered
#   A4  T24 display-name-spoof "Philippe Aubert" from outlook.com: send the client list with AUM to a private address, no payload
#   A5  T25 display-name-spoof "Service Desk Informatique" from a compromised fiduciary mailbox: e-Banking security upgrade link (software update / MFA)
#   A6  T9  account-takeover   Giulia's Hotmail via another client/network: English reply into Italian thread, HTML attachment (voicemail lure)
#   A7  --  fake-thread        stranger "RE: KYC refresh - outstanding documents" with fabricated quote, SharePoint upload link
#   A8  T20 server-hijack      Harbourview real account through Mimecast (same headers): OneNote "CRS self-certification" (tax lure)
#   A9  T22 server-hijack      Alpenrose real Google Workspace account: fee invoice "view in Google Docs" link (legit platform)
#   A10 T18 server-hijack      notary's real Infomaniak account: password-protected zip (password in text) holding a .lnk, altered quote
#   A11 T12 account-takeover   James's iCloud from iCloud web / US IP: change call-back phone number and resend statement password, no payload
#   A12 T17 lookalike-domain   vuilleumier-avocat.example: fee note PDF with a payment link
#   A13 --  fake-thread        stranger "RE: Envoi des originaux par coursier" delivery lure with .ics containing a link
#   A14 T23 server-hijack      Baumann's on-prem Exchange (ProxyShell-style, same headers): macro .docm "Lohnausweise 2024" (payroll lure)
#
# Genuine hard cases (32):
#   G1  T1  Hélène asks a transfer to a NEW beneficiary (daughter, London IBAN) and mentions the call-back herself
#   G2  T3  Hélène writes from her husband's Bluewin address (different client, different provider)
#   G3  T10 James replies at 02:41 Geneva time from his iPhone in Singapore (+0800)
#   G4  T19 Harbourview sends password-protected trust financial statements (PDF), password to follow separately
#   G5  T5  Klaus's first mail from his new, announced and phone-confirmed address
#   G6  T7  Giulia revives the estate thread after 11 months (estate finally settled)
#   G7  T21 Alpenrose shares a Google Drive link to the model portfolio (they always use Drive)
#   G8  T18 notary sends a password-protected draft deed PDF, password by SMS
#   G9  T16 lawyer's automatic reply (out of office, FR/EN)
#   G10 T19 Emma Le Brocq's out-of-office after her last day
#   G11 T26 Compliance forwards a FINMA circular (TR:) with PDF
#   G12 --  e-Banking notification: new device registered (no reply headers, links)
#   G13 --  e-Banking notification: new secure message from a client (link to e-Banking)
#   G14 T14 Morel FO's real settlement-account change letter (signed PDF), verified by call-back (Sent confirms)
#   G15 T14 first capital-call instruction with the verified new account
#   G16 T19 Emma introduces her successor Oliver Renouf (handover)
#   G17 T19 Oliver's first own message (new sender in the thread)
#   G18 T29 SwissAssist Mailman list reply with list footer and rewritten headers
#   G19 T27 Payments Ops sends the zipped SWIFT confirmations Chiara asked for
#   G20 T8  Giulia writes in English in her Italian thread because her son (Cc) does not read Italian
#   G21 T11 James announces a new mobile number (verified through e-Banking secure message afterwards)
#   G22 T22 Alpenrose's usual quarterly performance-fee invoice PDF
#   G23 T6  Klaus replies from his iPad at 23:37 ("Von meinem iPad gesendet")
#   G24 --  genuine DocuSign envelope from the lawyer's account (docusign.net, no reply headers)
#   G25 T28 Laurent forwards a prospect's mail (FW:) asking Chiara to organise a meeting
#   G26 T16 lawyer's Teams meeting request (.ics with Teams link)
#   G27 T2  Hélène from the Gmail iOS app at 06:12
#   G28 T19 Harbourview Mimecast Large File Send link for scanned trust deed
#   G29 T18 notary's SwissTransfer link for the scanned signed deed
#   G30 --  Exchange NDR for a mistyped Hotmail address (Chiara's mail just before)
#   G31 T13 Morel FO capital call with the fund's notice PDF and bank details (as every quarter)
#   G32 T16 lawyer's assistant joins the thread (same firm) and puts the lawyer in Cc
# Genuine orphans (2): O1 T15 Nathalie answers Laurent's mail that Chiara was only Cc'd on later (parent not in mailbox);
#   O2 T26 Sandra Keller replies to Laurent's question to Compliance with Chiara in Cc (parent not in mailbox).
# Plain genuine replies: every other labelled in-thread partner reply (genuine-reply).
import base64, datetime, hashlib, html as H, io, os, quopri, random, struct, sys, uuid, zipfile, zlib
from zoneinfo import ZoneInfo

root = sys.argv[1]
MB = "chiara"
for _f in ("INBOX", "Sent"): os.makedirs(f"{root}/mailboxes/{MB}/{_f}", exist_ok=True)
R = random.Random(42)
ZRH = ZoneInfo("Europe/Zurich"); LON = ZoneInfo("Europe/London"); SGP = ZoneInfo("Asia/Singapore"); UTC = datetime.timezone.utc
NYC = ZoneInfo("America/New_York"); PAC = ZoneInfo("America/Los_Angeles"); HKG = ZoneInfo("Asia/Hong_Kong")


def hx(k): return "".join(R.choice("0123456789abcdef") for _ in range(k))
def HX(k): return hx(k).upper()
def rbytes(k): return bytes(R.getrandbits(8) for _ in range(k))
def ruuid(): return str(uuid.UUID(int=R.getrandbits(128), version=4))
def alnum(k): return "".join(R.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(k))
def b64(k): return base64.b64encode(rbytes(k)).decode()
def at(y, mo, d, h, mi, tz=ZRH): return datetime.datetime(y, mo, d, h, mi, R.randint(0, 59), tzinfo=tz)


class Pt:
    def __init__(s, name, email, client, infra, sig="", tz=ZRH, lang="fr"):
        s.name, s.email, s.client, s.infra, s.sig, s.tz, s.lang = name, email, client, infra, sig, tz, lang
        s.dom = email.split("@")[1]


OWN = "banque-rhonelac.example"
DISC = ("\n\nCe message est confidentiel et destiné exclusivement à son destinataire. Banque Privée Rhône & Lac SA ne donne jamais "
        "d'instructions de paiement par e-mail et n'exécute aucun ordre sans rappel téléphonique au numéro enregistré.")
SIG_ME = ("\n\nMeilleures salutations / Best regards\nChiara Fontana\nAssistante de M. Laurent Mercier | Gestion Privée Genève\n"
          "Banque Privée Rhône & Lac SA | Quai du Mont-Blanc 7 | 1201 Genève\nT +41 22 555 41 27" + DISC)
me = Pt("Chiara Fontana", f"chiara.fontana@{OWN}", "ol19", "internal", SIG_ME)
laurent = Pt("Laurent Mercier", f"laurent.mercier@{OWN}", "ol19", "internal",
             "\n\nLaurent Mercier\nDirecteur | Relationship Manager\nBanque Privée Rhône & Lac SA\nT +41 22 555 41 20")
philippe = Pt("Philippe Aubert", f"philippe.aubert@{OWN}", "ol19", "internal",
              "\n\nPhilippe Aubert\nResponsable Gestion Privée Genève | Membre de la Direction\nBanque Privée Rhône & Lac SA\nT +41 22 555 40 01")
sandra = Pt("Sandra Keller", f"sandra.keller@{OWN}", "ol19", "internal",
            "\n\nSandra Keller\nCompliance Officer | Legal & Compliance\nBanque Privée Rhône & Lac SA\nT +41 22 555 43 60")
ops = Pt("Opérations Paiements", f"ops.paiements@{OWN}", "ol19", "internal",
         "\n\nOpérations Paiements / Payment Operations\nBanque Privée Rhône & Lac SA\nT +41 22 555 44 00 (interne 4400)")
cio = Pt("CIO Office Rhône & Lac", f"cio.office@{OWN}", "ol19", "internal")
snow = Pt("IT Service Desk", f"servicedesk@{OWN}", "snow", "snow")
eb = Pt("Rhône & Lac e-Banking", f"notifications@ebanking.{OWN}", "eb", "eb")
postmaster = Pt("Microsoft Outlook", f"MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{OWN}", "ndr", "internal")
# clients
helene = Pt("Hélène Dufour-Béranger", "helene.duberanger@gmail.com", "gmail", "gmail", "\n\nHélène")
marc = Pt("Marc Béranger", "marc.beranger@bluewin.ch", "applemac", "bluewin", "")
klaus = Pt("Klaus Wehrli", "k.wehrli@bluewin.ch", "tbde", "bluewin", "\n\nFreundliche Grüsse\nKlaus Wehrli\nSeestrasse 214, 8700 Küsnacht\n044 555 71 36", lang="de")
klaus2 = Pt("Klaus Wehrli", "klaus@wehrli-familie.example", "tbde", "infomaniak-w", klaus.sig, lang="de")
giulia = Pt("Giulia Benedetti", "giulia.benedetti@hotmail.it", "oliosit", "hotmail", "\n\nGiulia Benedetti\n\nInviato da Outlook per iOS", lang="it")
luca = Pt("Luca Benedetti", "luca.benedetti@student.ethz.example", "x", "x", lang="en")
james = Pt("James Whitfield", "j.whitfield@icloud.com", "iphone", "icloud", "\n\nBest,\nJames\n\nSent from my iPhone", tz=LON, lang="en")
nathalie = Pt("Nathalie Girard", "n.girard@morel-fo.example", "exo", "exo-morel",
              "\n\nMeilleures salutations\nNathalie Girard\nDirectrice financière | Morel Family Office SA\nRue du Rhône 58, 1204 Genève | +41 22 555 87 10")
vuill = Pt("Pierre-Alain Vuilleumier", "pa.vuilleumier@vuilleumier-avocats.example", "exo", "exo-vuill",
           "\n\nMe Pierre-Alain Vuilleumier\nAvocat associé\nÉtude Vuilleumier & Associés\nBoulevard des Philosophes 12, 1205 Genève\nT +41 22 555 62 00")
celine = Pt("Céline Moret", "c.moret@vuilleumier-avocats.example", "exo", "exo-vuill",
            "\n\nCéline Moret\nAssistante de Me P.-A. Vuilleumier\nÉtude Vuilleumier & Associés\nT +41 22 555 62 04")
chatelain = Pt("Isabelle Châtelain", "i.chatelain@etude-chatelain.example", "tbfr", "infomaniak-c",
               "\n\n-- \nIsabelle Châtelain\nNotaire\nÉtude Châtelain | Rue de la Corraterie 5 | 1204 Genève\nT +41 22 555 30 90")
emma = Pt("Emma Le Brocq", "emma.lebrocq@harbourview-trust.example", "exouk", "mimecast-hv",
          "\n\nKind regards\nEmma Le Brocq\nSenior Trust Officer\nHarbourview Trustees Limited\n3 Esplanade, St Helier, Jersey JE2 3QA\nT +44 1534 555 218\n\n"
          "Harbourview Trustees Limited is regulated by the Jersey Financial Services Commission.", tz=LON, lang="en")
oliver = Pt("Oliver Renouf", "oliver.renouf@harbourview-trust.example", "exouk", "mimecast-hv",
            "\n\nKind regards\nOliver Renouf\nTrust Manager\nHarbourview Trustees Limited\n3 Esplanade, St Helier, Jersey JE2 3QA\nT +44 1534 555 231\n\n"
            "Harbourview Trustees Limited is regulated by the Jersey Financial Services Commission.", tz=LON, lang="en")
matthias = Pt("Matthias Roth", "m.roth@alpenrose-capital.example", "gws", "gws-alp",
              "\n\n--\nMatthias Roth\nPartner | Alpenrose Capital Partners AG\nBahnhofstrasse 44, 8001 Zürich\n+41 44 555 19 80", lang="de")
reto = Pt("Reto Baumann", "r.baumann@baumann-treuhand.example", "ex19de", "ex19-baumann",
          "\n\nFreundliche Grüsse\n\nReto Baumann\ndipl. Treuhandexperte\nBaumann Treuhand AG | Baarerstrasse 21 | 6300 Zug\nT 041 555 28 40", lang="de")
swa = Pt("SwissAssist", "forum@lists.swissassist.example", "mm", "mailman")

# helo, ip, dkim d, dkim s, envelope domain (None = From address), dmarc
INFRA = {
    "gmail": ("mail-wm1-f{n}.google.com", "209.85.128.{n}", "gmail.com", "20230601", None, "none"),
    "bluewin": ("mxout{n}.bluewin.ch", "195.186.120.{n}", "bluewin.ch", "bw2021", None, "none"),
    "infomaniak-w": ("smtp-bc0{n}.mail.infomaniak.ch", "83.166.143.{n}", "wehrli-familie.example", "20231117", None, "none"),
    "infomaniak-c": ("smtp-bc0{n}.mail.infomaniak.ch", "83.166.143.{n}", "etude-chatelain.example", "20230628", None, "quarantine"),
    "hotmail": ("EUR05-DB8-obe.outbound.protection.outlook.com", "52.101.73.{n}", "hotmail.it", "selector1", None, "none"),
    "icloud": ("qs51p00im-qukt01071{n}.me.com", "17.57.155.{n}", "icloud.com", "1a1hai", None, "quarantine"),
    "exo-morel": ("mail-zr0che01on21{n}.outbound.protection.outlook.com", "40.107.150.{n}", "morel-fo.example", "selector1", None, "quarantine"),
    "exo-vuill": ("mail-zr0che01on20{n}.outbound.protection.outlook.com", "40.107.151.{n}", "vuilleumier-avocats.example", "selector2", None, "reject"),
    "mimecast-hv": ("eu-smtp-delivery-1{n}.mimecast.com", "195.130.217.{n}", "harbourview-trust.example", "mimecast20230607", "harbourview-trust.example", "reject"),
    "gws-alp": ("mail-sor-f{n}.google.com", "209.85.220.{n}", "alpenrose-capital.example", "google", None, "quarantine"),
    "ex19-baumann": ("mail.baumann-treuhand.example", "212.25.17.93", None, None, None, None),
    "eb": ("mailout2.ebanking.banque-rhonelac.example", "185.29.104.12", f"ebanking.{OWN}", "eb2024", None, "reject"),
    "snow": ("outbound-mail-ams5.service-now.com", "149.96.6.{n}", "banque-rhonelac.service-now.com", "sn2023", "service-now.com", None),
    "mailman": ("mail.lists.swissassist.example", "91.214.169.44", "lists.swissassist.example", "mm3", "lists.swissassist.example", None),
    "docusign": ("mail-eu1.docusign.net", "185.12.81.{n}", "docusign.net", "s2048", "docusign.net", "reject"),
    "outlookcom": ("EUR03-AM7-obe.outbound.protection.outlook.com", "52.101.71.{n}", "outlook.com", "selector1", None, "none"),
    # attackers
    "ato-gmail": ("mail-sor-f{n}.google.com", "209.85.220.{n}", "gmail.com", "20230601", None, "none"),
    "ato-hotmail": ("EUR02-VI1-obe.outbound.protection.outlook.com", "52.101.65.{n}", "hotmail.it", "selector1", None, "none"),
    "ato-icloud": ("qs51p00im-qukt01072{n}.me.com", "17.57.156.{n}", "icloud.com", "1a1hai", None, "quarantine"),
    "look-morel": ("mail-dm6nam11on20{n}.outbound.protection.outlook.com", "40.107.223.{n}", "morelfo.example", "selector1", None, "none"),
    "look-vuill": ("mail.vuilleumier-avocat.example", "45.88.106.214", "vuilleumier-avocat.example", "default", None, None),
    "spoof-it": ("cpanel03.swisshost-web.example", "185.101.158.61", "fiduciaire-lancy.example", "default", None, None),
    "fake-kyc": ("a8-{n}.smtp-out.amazonses.com", "54.240.8.{n}", "kyc-docs-center.example", "ug7nbtf4", "amazonses.com", None),
    "fake-courier": ("vps-8d31c2.courier-suisse-desk.example", "91.215.85.203", "courier-suisse-desk.example", "mail", None, None),
}
INFRA_N = {k: R.randint(20, 99) for k in INFRA}
EXO_HOST = {"morel-fo.example": ("ZR0P278MB0913", "CHEP278"), "vuilleumier-avocats.example": ("ZR0P278MB1462", "CHEP278"),
            "harbourview-trust.example": ("LO2P265MB5520", "GBRP265"), "morelfo.example": ("DM6PR11MB4078", "namprd11")}
TENANT = {d: ruuid() for d in EXO_HOST}
HOTMAIL_HOST = "AS8P194MB1873"


def make_mid(who, client, t):
    if client in ("gmail", "gmailios", "gws"): return "<CA" + base64.urlsafe_b64encode(rbytes(42)).decode()[:R.choice((52, 54, 55))] + "@mail.gmail.com>"
    if client in ("ol19", "ndr"): return f"<{hx(32)}@GVAEX0{R.choice('12')}.rhonelac.local>"
    if client == "ex19de": return f"<{hx(32)}@BTEX01.baumann.local>"
    if client in ("exo", "exouk"):
        host, reg = EXO_HOST[who.dom]; return f"<{host}{HX(16)}@{host}.{reg}.PROD.OUTLOOK.COM>"
    if client == "oliosit": return f"<{HOTMAIL_HOST}{HX(16)}@{HOTMAIL_HOST}.EURP194.PROD.OUTLOOK.COM>"
    if client in ("iphone", "applemac", "ipad"): return f"<{ruuid().upper()}@{who.dom}>"
    if client in ("tbde", "tbfr"): return f"<{ruuid()}@{who.dom}>"
    if client == "snow": return f"<{R.randint(1000000, 9999999)}.{R.randint(100, 9999)}.{int(t.timestamp() * 1000)}@app134076.ams201.service-now.com>"
    if client == "eb": return f"<eb.{int(t.timestamp())}.{hx(12)}@ebanking.{OWN}>"
    if client == "docusign": return f"<{hx(32)}@docusign.net>"
    return f"<{hx(24)}@{who.dom}>"


JOURS = "lundi mardi mercredi jeudi vendredi samedi dimanche".split()
MOIS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
JAB = "lun. mar. mer. jeu. ven. sam. dim.".split()
MAB = "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split()
GIORNI = "lunedì martedì mercoledì giovedì venerdì sabato domenica".split()
MESI = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
TAGE = "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split()
MONATE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
TAB = "Mo. Di. Mi. Do. Fr. Sa. So.".split()
MAB_DE = "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.".split()


def _lines(text, pfx="> "): return "\n".join(pfx + l if l else pfx.rstrip() for l in text.split("\n"))


def quote_of(client, q, reader_tz=ZRH):
    t = q["t"].astimezone(reader_tz); name, email = q["name"], q["email"]
    tos = "; ".join(f"{n} <{e}>" for n, e in q["to"]); ccs = "; ".join(f"{n} <{e}>" for n, e in q["cc"])
    if client == "gmail" or client == "gmailios":
        return f"\n\nLe {JAB[t.weekday()]} {t.day} {MAB[t.month - 1]} {t.year} à {t:%H:%M}, {name} <{email}> a écrit :\n\n" + _lines(q["plain"])
    if client == "gws":
        return f"\n\nAm {TAB[t.weekday()]}, {t.day}. {MAB_DE[t.month - 1]} {t.year} um {t:%H:%M} Uhr schrieb {name} <{email}>:\n\n" + _lines(q["plain"])
    if client == "ol19":
        rows = [("De", f"{name} <{email}>"), ("Envoyé", f"{JOURS[t.weekday()]} {t.day} {MOIS[t.month - 1]} {t.year} {t:%H:%M}"), ("À", tos)]
        if ccs: rows.append(("Cc", ccs))
        rows.append(("Objet", q["subj"]))
        return "\n\n" + "\n".join(f"{k} : {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client in ("exo", "ato-outlook"):
        rows = [("De", f"{name} <{email}>"), ("Envoyé", f"{JOURS[t.weekday()]}, {t.day} {MOIS[t.month - 1]} {t.year} {t:%H:%M}"), ("À", tos)]
        if ccs: rows.append(("Cc", ccs))
        rows.append(("Objet", q["subj"]))
        return "\n\n" + "\n".join(f"{k} : {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client == "exouk":
        t = q["t"].astimezone(LON)
        rows = [("From", f"{name} <{email}>"), ("Sent", f"{t:%A}, {t.day} {t:%B} {t.year} {t:%H:%M}"), ("To", tos)]
        if ccs: rows.append(("Cc", ccs))
        rows.append(("Subject", q["subj"]))
        return "\n\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client == "ex19de":
        rows = [("Von", f"{name} <{email}>"), ("Gesendet", f"{TAGE[t.weekday()]}, {t.day}. {MONATE[t.month - 1]} {t.year} {t:%H:%M}"), ("An", tos)]
        if ccs: rows.append(("Cc", ccs))
        rows.append(("Betreff", q["subj"]))
        return "\n\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client == "oliosit":
        return (f"\n________________________________\nDa: {name} <{email}>\nInviato: {GIORNI[t.weekday()]}, {t.day} {MESI[t.month - 1]} {t.year} "
                f"{t:%H:%M}\nA: {tos}\n" + (f"Cc: {ccs}\n" if ccs else "") + f"Oggetto: {q['subj']}\n\n" + q["plain"])
    if client in ("iphone", "ipad"):
        t = q["t"].astimezone(reader_tz)
        return f"\n\n> On {t.day} {t:%b} {t.year}, at {t:%H:%M}, {name} <{email}> wrote:\n> \n" + _lines(q["plain"])
    if client == "icloudweb":
        t = q["t"].astimezone(reader_tz)
        return f"\n\nOn {t:%b} {t.day}, {t.year}, at {t:%-I:%M %p}, {name} <{email}> wrote:\n\n" + _lines(q["plain"])
    if client == "applemac":
        return f"\n\n> Le {t.day} {MAB[t.month - 1]} {t.year} à {t:%H:%M}, {name} <{email}> a écrit :\n> \n" + _lines(q["plain"])
    if client == "ipadde":
        return f"\n\n> Am {t.day}.{t.month:02d}.{t.year} um {t:%H:%M} schrieb {name} <{email}>:\n> \n" + _lines(q["plain"])
    if client == "tbde": return f"\n\nAm {t:%d.%m.%y} um {t:%H:%M} schrieb {name}:\n" + _lines(q["plain"])
    if client == "tbfr": return f"\n\nLe {t:%d/%m/%Y} à {t:%H:%M}, {name} a écrit :\n" + _lines(q["plain"])
    if client == "tb-att": return f"\n\n-------- Original Message --------\nFrom: {name} <{email}>\nSent: {t:%d/%m/%Y %H:%M}\nSubject: {q['subj']}\n\n" + q["plain"]
    return "\n\n" + _lines(q["plain"])


def html_of(client, plain):
    esc = "<br>\n".join(H.escape(l) for l in plain.split("\n"))
    if client in ("ol19", "ex19de", "ato-outlook"):
        lang = "DE-CH" if client == "ex19de" else "FR-CH"
        paras = "\n".join(f'<p class="MsoNormal">{H.escape(l) if l else "&nbsp;"}<o:p></o:p></p>' for l in plain.split("\n"))
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" '
                'content="text/html; charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n/* Font Definitions */\n'
                '@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
                '\tfont-family:"Calibri",sans-serif;}\n--></style>\n</head>\n<body lang="' + lang + '" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n' + paras + "\n</div>\n</body>\n</html>")
    if client in ("exo", "exouk"):
        return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<style type="text/css" style="display:none;"> '
                'P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, '
                'Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 11pt; color: rgb(0, 0, 0);">\n' + esc + "</div>\n</body>\n</html>")
    if client in ("gmail", "gmailios", "gws"): return '<div dir="ltr">' + esc + "</div>\n"
    if client == "oliosit":
        return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n<div dir="ltr">' + esc
                + "</div>\n</body>\n</html>")
    if client == "icloudweb":
        return '<html><body><div>' + esc + '</div></body></html>'
    if client in ("iphone", "ipad", "applemac", "ipadde"):
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto"><div dir="ltr">' + esc
                + "</div></body></html>")
    return None


def rfc(t, tz=None): return (t.astimezone(tz) if tz else t).strftime("%a, %d %b %Y %H:%M:%S %z")
def rfcu(t): return t.astimezone(UTC).strftime("%a, %-d %b %Y %H:%M:%S +0000")
def rfcz(t): return t.astimezone(ZRH).strftime("%a, %d %b %Y %H:%M:%S %z")
def esa_date(t): return t.astimezone(ZRH).strftime("%d %b %Y %H:%M:%S %z")


def sender_hops(who, infra, client, t, env, orig_ip=None):
    n = INFRA_N[infra]; hops = []
    if infra in ("gmail",):
        hops.append(("Received", f"by 2002:a05:600c:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(3)} with {'HTTPREST' if client == 'gmailios' else 'HTTP'}; {rfcz(t).replace(' +0', ' +0') if False else t.astimezone(PAC).strftime('%a, %d %b %Y %H:%M:%S %z (%Z)')}"))
        hops.insert(0, ("X-Received", f"by 2002:a05:600c:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {alnum(20).lower()}.{R.randint(10, 99)}.{int(t.timestamp())}{R.randint(100, 999)};\n        {t.astimezone(PAC).strftime('%a, %d %b %Y %H:%M:%S %z (%Z)')}"))
    elif infra == "ato-gmail":
        hops.append(("Received", f"from DESKTOP-{HX(7)} ([{orig_ip}])\n        by smtp.gmail.com with ESMTPSA id {hx(16)}sm{R.randint(1000000, 9999999)}.{R.randint(10, 99)}.{t.year}.{t.astimezone(UTC):%m.%d.%H.%M.%S}\n"
                                 f"        for <{me.email}>\n        (version=TLS1_2 cipher=ECDHE-ECDSA-AES128-GCM-SHA256 bits=128/128);\n        {t.astimezone(PAC).strftime('%a, %d %b %Y %H:%M:%S %z (%Z)')}"))
    elif infra == "gws-alp":
        hops.append(("Received", f"by 2002:a05:6512:{hx(3)}:b0:{hx(3)}:{hx(3)}:{hx(4)} with HTTP; {t.astimezone(PAC).strftime('%a, %d %b %Y %H:%M:%S %z (%Z)')}"))
    elif infra == "bluewin":
        ip = orig_ip or f"178.197.{R.randint(192, 239)}.{R.randint(1, 254)}"
        hops.append(("Received", f"from [{'192.168.1.' + str(R.randint(20, 60))}] ([{ip}])\n\tby cmsmtp with ESMTPSA\n\tid {alnum(12)}{alnum(4)}; {rfcz(t)}"))
        hops.append(("X-Bluewin-Spam-Analysis", "v=2.4 cv=d9pZJ9jE c=1 sm=1 tr=0 ts=" + f"{int(t.timestamp()):x}" + " a=" + alnum(22) + "==:117"))
    elif infra.startswith("infomaniak"):
        hops.append(("Received", f"from unknown by smtp-4-0001.mail.infomaniak.ch (Postfix) with ESMTPSA id 4X{alnum(10)};\n\t{rfcz(t)}"))
        hops.insert(0, ("Received", f"from smtp-4-0001.mail.infomaniak.ch (smtp-4-0001.mail.infomaniak.ch [10.7.10.108])\n\tby smtp-bc0{n}.mail.infomaniak.ch (Postfix) with ESMTPS id 4X{alnum(10)}\n\tfor <{me.email}>; {rfcz(t + datetime.timedelta(seconds=1))}"))
        hops.append(("X-Infomaniak-Routing", "alpha"))
    elif infra in ("hotmail", "ato-hotmail", "outlookcom"):
        host = HOTMAIL_HOST if infra != "outlookcom" else "DU0P194MB0581"
        if infra == "ato-hotmail":
            hops.append(("Received", f"from [{orig_ip}] (HELO WIN-{HX(11)}) by {host}.EURP194.PROD.OUTLOOK.COM\n (2603:10a6:20b:{hx(3)}::{hx(2)}) with Microsoft SMTP Server (version=TLS1_2,\n"
                                     f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8583.022 via Frontend Transport; {rfcu(t)}"))
        else:
            hops.append(("Received", f"from {host}.EURP194.PROD.OUTLOOK.COM ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {host}.EURP194.PROD.OUTLOOK.COM\n"
                                     f" ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%4]) with mapi id 15.20.8583.022; {rfcu(t)}"))
        hops.insert(0, ("Received", f"from {host}.EURP194.PROD.OUTLOOK.COM (2603:10a6:20b:{hx(3)}::{hx(2)}) by\n DU2PR04MB{R.randint(1000, 9999)}.eurprd04.prod.outlook.com (2603:10a6:10:{hx(3)}::{hx(2)}) with Microsoft SMTP Server\n"
                                    f" (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8583.022; {rfcu(t + datetime.timedelta(seconds=1))}"))
    elif infra in ("icloud", "ato-icloud"):
        hops.append(("Received", f"from smtpclient.apple (qs51p00im-dlb-asmtp-mailmevip.me.com [17.57.155.28])\n\tby {INFRA[infra][0].format(n=n)} (Postfix) with ESMTPSA id {HX(12)}\n\tfor <{me.email}>; {t.astimezone(UTC):%a, %-d %b %Y %H:%M:%S +0000 (UTC)}")
                    if infra == "icloud" else
                    ("Received", f"from p{R.randint(10, 99)}-mailws.icloud.com (ms-{alnum(6).lower()}.icloud.com [17.58.{R.randint(1, 99)}.{R.randint(1, 250)}])\n\tby {INFRA[infra][0].format(n=n)} (Postfix) with ESMTPSA id {HX(12)}\n\tfor <{me.email}>; {t.astimezone(UTC):%a, %-d %b %Y %H:%M:%S +0000 (UTC)}"))
    elif infra.startswith("exo") or infra == "look-morel":
        host, reg = EXO_HOST[who.dom]; host2 = host[:-4] + str(R.randint(1000, 9999))
        hops.append(("Received", f"from {host}.{reg}.PROD.OUTLOOK.COM ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {host}.{reg}.PROD.OUTLOOK.COM\n"
                                 f" ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%5]) with mapi id 15.20.8583.022; {rfcu(t)}"))
        hops.insert(0, ("Received", f"from {host}.{reg}.PROD.OUTLOOK.COM (2603:10a6:910:{hx(2)}::{hx(2)}) by\n {host2}.{reg}.PROD.OUTLOOK.COM (2603:10a6:910:{hx(2)}::{hx(1)})"
                                    f" with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8583.022; {rfcu(t + datetime.timedelta(seconds=1))}"))
    elif infra == "mimecast-hv":
        host, reg = EXO_HOST[who.dom]
        hops.append(("Received", f"from {host}.{reg}.PROD.OUTLOOK.COM ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {host}.{reg}.PROD.OUTLOOK.COM\n"
                                 f" ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%6]) with mapi id 15.20.8583.022; {rfcu(t)}"))
        hops.insert(0, ("Received", f"from LO2P265CU{R.randint(100, 999)}.outbound.protection.outlook.com\n (mail-uksouthazon11021{R.randint(100, 999)}.outbound.protection.outlook.com [52.101.95.{R.randint(1, 250)}]) by\n"
                                    f" relay.mimecast.com with ESMTP with STARTTLS (version=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384) id\n uk-mta-{R.randint(10, 99)}-{alnum(22)}-1; {rfc(t + datetime.timedelta(seconds=2), UTC)}"))
        hops.insert(0, ("X-MC-Unique", f"{alnum(22)}-1"))
        hops.insert(0, ("X-Mimecast-MFC-AGG-ID", "1"))
    elif infra == "ex19-baumann":
        hops.append(("Received", f"from BTEX01.baumann.local (192.168.20.11) by BTEX01.baumann.local\n (192.168.20.11) with Microsoft SMTP Server (version=TLS1_2,\n"
                                 f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11 via Frontend Transport; {rfcz(t)}"))
        hops.insert(0, ("Received", f"from BTEX01.baumann.local (192.168.20.11) by mail.baumann-treuhand.example\n (192.168.20.11) with Microsoft SMTP Server (version=TLS1_2,\n"
                                    f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11; {rfcz(t + datetime.timedelta(seconds=1))}"))
    elif infra == "eb":
        hops.append(("Received", f"from ebk-notif-02.dmz.rhonelac.local (ebk-notif-02.dmz.rhonelac.local [10.60.2.22])\n\tby mailout2.ebanking.{OWN} (Postfix) with ESMTP id {HX(10)}\n\tfor <{me.email}>; {rfcz(t)}"))
    elif infra == "snow":
        hops.append(("Received", f"from app134076.ams201.service-now.com (unknown [10.248.{R.randint(1, 60)}.{R.randint(1, 250)}])\n\tby outbound-mail-ams5.service-now.com (Postfix) with ESMTP id {HX(10)}\n\tfor <{me.email}>; {rfcu(t)}"))
    elif infra == "mailman":
        hops.append(("Received", f"from mail.lists.swissassist.example (localhost [127.0.0.1])\n\tby mail.lists.swissassist.example (Postfix) with ESMTP id {HX(10)};\n\t{rfcz(t)}"))
    elif infra == "docusign":
        hops.append(("Received", f"from docusign.net (10.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}) by mail-eu1.docusign.net id {hx(14)} for <{me.email}>; {rfc(t, NYC)}"))
    elif infra in ("look-vuill", "spoof-it", "fake-courier"):
        hops.append(("Received", f"from [{orig_ip or '5.181.' + str(R.randint(1, 250)) + '.' + str(R.randint(1, 250))}] (port={R.randint(50000, 65000)} helo=[{'127.0.0.1' if infra == 'spoof-it' else 'WIN-' + HX(11)}])\n\tby {INFRA[infra][0].format(n=n)} with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
                                 f"\t(Exim 4.97.1)\n\t(envelope-from <{env}>)\n\tid 1t{alnum(4)}-000{alnum(3)}-{alnum(2)}\n\tfor {me.email}; {rfc(t, UTC)}"))
    elif infra == "fake-kyc":
        pass
    return hops


def transport(who, t, client, infra=None, env=None, orig_ip=None, has_att=False):
    infra = infra or who.infra
    if infra == "internal":
        return [("Received", f"from GVAEX01.rhonelac.local (10.40.1.11) by GVAEX02.rhonelac.local (10.40.1.12) with Microsoft\n SMTP Server (version=TLS1_2,"
                             f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.2.1544.14; {rfcz(t + datetime.timedelta(seconds=1))}"),
                ("Received", f"from GVAEX01.rhonelac.local ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by GVAEX01.rhonelac.local\n ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%13]) with mapi id"
                             f" 15.02.1544.014; {rfcz(t)}")]
    n = INFRA_N[infra]
    helo, ip, d, s, envdom, dmarc = INFRA[infra]
    helo, ip = helo.format(n=n), ip.format(n=n)
    env = env or who.email
    if envdom:
        if infra == "mimecast-hv": env = who.email
        elif infra == "snow": env = f"rhonelac@service-now.com"
        elif infra == "mailman": env = f"forum-bounces@lists.swissassist.example"
        elif infra == "docusign": env = f"bounces+{hx(12)}@docusign.net"
        elif infra == "fake-kyc": env = f"0102019{hx(9)}-{ruuid()}-000000@amazonses.com"
    tmx = t + datetime.timedelta(seconds=R.randint(2, 12))
    envd = env.split("@")[1]
    fromdom = who.email.split("@")[1]
    if d and d != fromdom and infra not in ("mailman",):
        dk_res = f"dkim=pass (signature verified) header.i=@{d}"
    else:
        dk_res = f"dkim=pass (signature verified) header.i=@{d}" if d else "dkim=none (message not signed)"
    dm = f"dmarc=pass (p={dmarc} dis=none) d={fromdom}" if dmarc else ("dmarc=pass (p=none dis=none) d=" + fromdom if infra in ("look-vuill", "spoof-it", "fake-courier") else "dmarc=none (p=none dis=none) d=" + fromdom)
    if infra == "fake-kyc": dm = f"dmarc=pass (p=none dis=none) d={fromdom}"
    if infra == "mailman": dm = f"dmarc=pass (p=none dis=none) d=lists.swissassist.example"
    auth = f"esa3.{OWN}; {dk_res}; spf=Pass smtp.mailfrom={env}; {dm}"
    sz = "208,217" if not has_att else "208,217,223"
    top = [("Received", f"from GVAEX02.rhonelac.local (10.40.1.12) by GVAEX01.rhonelac.local (10.40.1.11) with Microsoft\n SMTP Server (version=TLS1_2,"
                        f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.2.1544.14; {rfcz(tmx + datetime.timedelta(seconds=2))}"),
           ("Received", f"from esa3.{OWN} (10.40.0.23) by GVAEX02.rhonelac.local (10.40.1.12)\n with Microsoft SMTP Server (version=TLS1_2,"
                        f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.2.1544.14 via Frontend Transport; {rfcz(tmx + datetime.timedelta(seconds=1))}"),
           ("Authentication-Results", auth),
           ("IronPort-SDR", f"6{hx(7)}_{alnum(60)}"),
           ("X-IronPort-AV", f'E=Sophos;i="6.{R.randint(10, 16)},{R.randint(100, 300)},{int(tmx.timestamp()) // 86400 * 86400}";\n   d="scan\'{sz}";a="{R.randint(40000000, 49999999)}"'),
           ("X-Amp-Result", "CLEAN" if has_att else "SKIPPED(no attachment in message)"),
           ("X-Amp-File-Uploaded", "False"),
           ("Received", f"from {helo} ([{ip}])\n  by esa3.{OWN} with ESMTP/TLS/TLS_AES_256_GCM_SHA384; {esa_date(tmx)}"),
           ("Received-SPF", f"Pass (esa3.{OWN}: domain of\n  {env} designates {ip} as permitted\n  sender) identity=mailfrom; client-ip={ip};\n  receiver=esa3.{OWN};\n"
                            f'  envelope-from="{env}";\n  x-sender="{env}";\n  x-conformance=spf_only; x-record-type="v=spf1"'),
           ("Return-Path", f"<{env}>")]
    hops = sender_hops(who, infra, client, t, env, orig_ip)
    dk = []
    if s:
        dk = [("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d}; s={s};\n\tt={int(t.timestamp())}; bh={b64(32)};\n"
                                 f"\th=From:To:Subject:Date:Message-ID:References:In-Reply-To:Content-Type:MIME-Version;\n\tb={b64(180)}")]
    return top + hops + dk


UA = {"tbde": ("User-Agent", "Mozilla Thunderbird"), "tbfr": ("User-Agent", "Mozilla Thunderbird"),
      "iphone": ("X-Mailer", "iPhone Mail (22D72)"), "ipad": ("X-Mailer", "iPad Mail (22D72)"), "ipadde": ("X-Mailer", "iPad Mail (22E240)"),
      "applemac": ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"), "ol19": ("X-Mailer", None), "snow": ("X-ServiceNow-Generated", "true"),
      "ato-outlook": ("X-Mailer", "Microsoft Outlook 16.0"), "icloudweb": ("X-Mailer", "iCloud MailClient2507Build23 MailServer2505B38.3-0"),
      "tb-att": ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.2")}
CLANG = {"ato-outlook": "fr-ch", "ol19": "fr-CH", "exo": "fr-FR", "exouk": "en-GB", "ex19de": "de-CH", "oliosit": "it-IT", "tbde": "de-CH", "tbfr": "fr", "tb-att": "en-US"}

pending = []
seq = [0]


def addr(n, e):
    if not n: return e
    if not n.isascii():
        return "=?utf-8?Q?" + "".join(c if c.isascii() and c.isalnum() else "_" if c == " " else "".join(f"={b:02X}" for b in c.encode()) for c in n) + f"?= <{e}>"
    return f'"{n}" <{e}>' if any(c in n for c in ".,|()@&") else f"{n} <{e}>"


def enc_h(v): return v if v.isascii() else "=?utf-8?B?" + base64.b64encode(v.encode()).decode() + "?="


def emit(who, client, t, to, cc, subj, refs, plain, html=None, atts=(), extra=(), label=None, infra=None, env=None, frm=None,
         irt=None, mid=None, tidx=None, topic=None, scen=None, orig_ip=None, folder=None, no_html=False, date_tz=None, mid_client=None):
    m = mid or make_mid(who, mid_client or client, t)
    folder = folder or ("Sent" if who is me else "INBOX")
    h = []
    if folder == "INBOX": h += transport(who, t, client, infra, env, orig_ip, bool(atts))
    date = t.astimezone(date_tz or who.tz).strftime("%a, %d %b %Y %H:%M:%S %z") if date_tz or who.tz else t.strftime("%a, %d %b %Y %H:%M:%S %z")
    if client in ("tbde", "tbfr", "tb-att", "iphone", "ipad", "ipadde", "applemac", "gmail", "gmailios", "gws"):
        date = t.astimezone(date_tz or who.tz).strftime("%a, %-d %b %Y %H:%M:%S %z") if client in ("gmail", "gmailios", "gws") else date
    fromh = frm or addr(who.name, who.email)
    toh = ", ".join(addr(n, e) for n, e in to)
    if client in ("gmail", "gmailios", "gws"):
        h += [("MIME-Version", "1.0")]
        if refs: h += [("References", " ".join(refs)), ("In-Reply-To", irt or refs[-1])]
        h += [("From", fromh), ("Date", date), ("Message-ID", m), ("Subject", enc_h(subj)), ("To", toh)]
        if cc: h.append(("Cc", ", ".join(addr(n, e) for n, e in cc)))
    else:
        h += [("From", fromh), ("To", toh)]
        if cc: h.append(("Cc", ", ".join(addr(n, e) for n, e in cc)))
        h += [("Subject", enc_h(subj)), ("Date", date), ("Message-ID", m)]
        if refs: h += [("In-Reply-To", irt or refs[-1]), ("References", "\n ".join(refs))]
    if client in ("ol19", "exo", "exouk", "ex19de", "oliosit", "ndr", "ato-outlook"):
        h += [("Thread-Topic", enc_h(topic or subj.split(": ", 1)[-1])), ("Thread-Index", tidx or base64.b64encode(b"\x01" + rbytes(21)).decode())]
        if client != "ndr":
            h += [("Accept-Language", CLANG[client] + (", en-US" if CLANG[client] != "en-US" else "")), ("Content-Language", CLANG[client])]
        h += [("X-MS-Has-Attach", "yes" if atts else ""), ("X-MS-TNEF-Correlator", "")]
        if client == "ol19" and folder == "INBOX":
            h += [("X-MS-Exchange-Organization-AuthAs", "Internal"), ("X-MS-Exchange-Organization-AuthMechanism", "04"),
                  ("X-MS-Exchange-Organization-AuthSource", "GVAEX01.rhonelac.local"), ("X-Originating-IP", f"[10.41.{R.randint(2, 9)}.{R.randint(10, 250)}]")]
        if client == "ex19de": h.append(("X-Originating-IP", f"[192.168.20.{R.randint(50, 90)}]"))
    if client in ("exo", "exouk") or (infra or who.infra) in ("exo-morel", "exo-vuill", "mimecast-hv", "look-morel"):
        dm = who.dom
        if dm in TENANT:
            h += [("X-MS-Exchange-CrossTenant-Network-Message-Id", ruuid()), ("X-MS-Exchange-CrossTenant-originalarrivaltime", f"{t.astimezone(UTC):%d %b %Y %H:%M:%S.%f}"[:-3] + " (UTC)"),
                  ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"), ("X-MS-Exchange-CrossTenant-id", TENANT[dm]),
                  ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", EXO_HOST[dm][0][:-4] + str(R.randint(1000, 9999)))]
    if client == "oliosit" and (infra or who.infra) == "hotmail":
        h += [("x-ms-exchange-messagesentrepresentingtype", "1"), ("x-tmn", f"[{alnum(32)}]"), ("x-ms-publictraffictype", "Email")]
    if client in UA and UA[client][1]: h.append(UA[client])
    if client in ("tbde", "tbfr", "tb-att"): h.append(("Content-Language", CLANG[client]))
    h += list(extra)
    if client in ("iphone", "ipad", "ipadde"): h.append(("Mime-Version", "1.0 (1.0)"))
    elif client == "applemac": h.append(("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    elif client not in ("gmail", "gmailios", "gws"): h.append(("MIME-Version", "1.0"))
    if html is None and not no_html: html = html_of(client, plain)
    def bnd():
        return {"ol19": "_000_" + hx(32) + "GVAEX01rhonelaclocal_", "ex19de": "_000_" + hx(32) + "BTEX01baumannlocal_",
                "exo": "_000_" + EXO_HOST.get(who.dom, ("ZR0P278MB0000",))[0] + HX(16) + "_", "exouk": "_000_" + EXO_HOST.get(who.dom, ("LO2P265MB0000",))[0] + HX(16) + "_",
                "oliosit": "_000_" + HOTMAIL_HOST + HX(16) + "_", "gmail": "000000000000" + hx(16), "gmailios": "000000000000" + hx(16), "gws": "000000000000" + hx(16),
                "iphone": f"Apple-Mail-{ruuid().upper()}", "ipad": f"Apple-Mail-{ruuid().upper()}", "ipadde": f"Apple-Mail-{ruuid().upper()}",
                "applemac": f"Apple-Mail={ruuid().upper()}", "tbde": "------------" + alnum(24), "tbfr": "------------" + alnum(24), "tb-att": "------------" + alnum(24),
                "snow": f"----=_Part_{R.randint(10000, 99999)}_{R.randint(100000, 999999)}.{int(t.timestamp() * 1000)}",
                "eb": "=_eb_" + hx(20), "mm": "===============" + str(R.randint(10**18, 10**19 - 1)) + "==", "docusign": "----=_Part_" + hx(16)}.get(client, "=_" + hx(24))
    def textpart(ctype, text):
        data = text.encode("utf-8")
        if client in ("tbde", "tbfr", "tb-att") and ctype == "text/plain":
            return ["Content-Type: text/plain; charset=UTF-8; format=flowed", "Content-Transfer-Encoding: " + ("7bit" if text.isascii() else "8bit"), "", text]
        if client in ("iphone", "ipad", "ipadde", "applemac") and ctype == "text/plain":
            if text.isascii(): return ["Content-Type: text/plain;\n\tcharset=us-ascii", "Content-Transfer-Encoding: 7bit", "", text]
            return ["Content-Type: text/plain;\n\tcharset=utf-8", "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]
        if client in ("gmail", "gmailios", "gws"):
            if text.isascii() and max(len(x) for x in text.split("\n")) < 990: return [f'Content-Type: {ctype}; charset="UTF-8"', "", text]
            return [f'Content-Type: {ctype}; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]
        if client in ("ol19", "exo", "exouk", "ex19de", "oliosit", "ndr", "ato-outlook"):
            cs = '"utf-8"' if client != "ex19de" else '"iso-8859-1"'
            if client == "ex19de": data = text.encode("latin-1", "replace")
            return [f"Content-Type: {ctype}; charset={cs}", "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]
        if client in ("snow", "eb", "docusign"):
            return [f"Content-Type: {ctype}; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]
        return [f"Content-Type: {ctype}; charset=\"utf-8\"", "Content-Transfer-Encoding: " + ("7bit" if text.isascii() else "8bit"), "", text]
    alt = textpart("text/plain", plain)
    if html:
        ab = bnd(); alt = [f'Content-Type: multipart/alternative; boundary="{ab}"', "", f"--{ab}"] + textpart("text/plain", plain) + [f"--{ab}"] + textpart("text/html", html) + [f"--{ab}--"]
    if atts:
        mb = bnd(); body = [f'Content-Type: multipart/mixed; boundary="{mb}"', "", f"--{mb}"] + alt
        for name, data, ctype in atts:
            ename = enc_h(name)
            if client in ("gmail", "gmailios", "gws"):
                body += [f"--{mb}", f'Content-Type: {ctype}; name="{ename}"', f'Content-Disposition: attachment; filename="{ename}"', "Content-Transfer-Encoding: base64",
                         f"Content-ID: <f_{alnum(9).lower()}0>", f"X-Attachment-Id: f_{alnum(9).lower()}0", "", base64.encodebytes(data).decode().rstrip("\n")]
            elif client in ("ol19", "exo", "exouk", "ex19de", "oliosit"):
                body += [f"--{mb}", f'Content-Type: {ctype}; name="{ename}"', f"Content-Description: {ename}",
                         f'Content-Disposition: attachment; filename="{ename}"; size={len(data)};\n\tcreation-date="{t.astimezone(UTC):%a, %d %b %Y %H:%M:%S GMT}";\n\tmodification-date="{t.astimezone(UTC):%a, %d %b %Y %H:%M:%S GMT}"',
                         "Content-Transfer-Encoding: base64", "", base64.encodebytes(data).decode().rstrip("\n")]
            elif client in ("iphone", "ipad", "ipadde", "applemac"):
                body += [f"--{mb}", "Content-Disposition: attachment;\n\tfilename=" + f'"{ename}"', f"Content-Type: {ctype};\n\tx-unix-mode=0644;\n\tname=\"{ename}\"",
                         "Content-Transfer-Encoding: base64", "", base64.encodebytes(data).decode().rstrip("\n")]
            else:
                body += [f"--{mb}", f'Content-Type: {ctype}; name="{ename}"', f'Content-Disposition: attachment; filename="{ename}"',
                         "Content-Transfer-Encoding: base64", "", base64.encodebytes(data).decode().rstrip("\n")]
        body += [f"--{mb}--"]
    else: body = alt
    raw = "\r\n".join(f"{k}: {v}".replace("\n", "\r\n") for k, v in h) + "\r\n" + "\r\n".join(body).replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n"
    seq[0] += 1
    pending.append((t.astimezone(UTC), seq[0], folder, raw, (m, label) if label else None, scen))
    return m


G = ("genuine", "genuine-reply"); GH = ("genuine", "genuine-hard"); GO = ("genuine", "genuine-orphan")
def HJ(kind): return ("hijack", kind)
RE_PFX = {"ato-outlook": "RE: ", "ol19": "RE: ", "exo": "RE: ", "exouk": "RE: ", "ex19de": "AW: ", "oliosit": "R: ", "gmail": "Re: ", "gmailios": "Re: ", "gws": "Re: ",
          "tbde": "Re: ", "tbfr": "Re: ", "iphone": "Re: ", "ipad": "Re: ", "ipadde": "Re: ", "applemac": "Re: "}


class Thread:
    def __init__(s, tid, partner, subj):
        s.tid, s.p, s.subj, s.refs, s.last = tid, partner, subj, [], None
        s.blocks = []; s.tbase = b"\x01" + rbytes(21); s.np = 0

    def add(s, who, text, t, label=None, client=None, to=None, cc=None, sig=True, quote=True, subj=None, scen=None, quote_text=None,
            detached=False, reader_tz=ZRH, **kw):
        client = client or who.client
        plain = text + (who.sig if sig else "")
        if quote and s.last:
            q = dict(s.last)
            if quote_text is not None: q["plain"] = quote_text
            plain += quote_of(client, q, reader_tz)
        if subj is None:
            if not s.refs: subj = s.subj
            else:
                base = s.subj
                subj = base if base[:3].lower() in ("re:", "aw:") else RE_PFX.get(client, "Re: ") + base
        if to is None: to = [(s.p.name, s.p.email)] if who is me else [(me.name, me.email)]
        if label == G and scen is None:
            s.np += 1
            scen = (f"P-{s.tid}-{s.np}", f"plain in-thread reply from {who.name} in {s.tid} '{s.subj}'")
        while len(s.blocks) < len(s.refs): s.blocks.append(rbytes(5))
        if "tidx" not in kw: kw["tidx"] = base64.b64encode(s.tbase + b"".join(s.blocks[:len(s.refs)])).decode()
        m = emit(who, client, t, to, cc, subj, list(s.refs), plain, label=label, topic=s.subj, scen=scen, **kw)
        if detached: return m
        s.refs.append(m)
        s.last = dict(t=t, name=who.name, email=who.email, plain=plain, subj=subj, to=to, cc=cc or [])
        return m


def zipfile_bytes(members, when=(2025, 3, 12, 16, 40, 0), encrypt=False):
    bio = io.BytesIO(); z = zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED)
    for name, data in members:
        zi = zipfile.ZipInfo(name, date_time=when); zi.compress_type = zipfile.ZIP_DEFLATED; z.writestr(zi, data)
    z.close(); b = bytearray(bio.getvalue())
    if encrypt:  # set the "encrypted" general-purpose flag in every local and central header (content stays inert random data)
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


def pdf(lines, producer="Microsoft® Word pour Microsoft 365", when="20250303091200", zone="+01'00'", uris=(), encrypt=False):
    content = ("BT /F1 11 Tf 14 TL 72 770 Td " + " ".join(f"({pdf_esc(l)}) '" for l in lines) + " ET").encode("latin-1", "replace")
    if encrypt: content = rbytes(len(content) + 16 - len(content) % 16)
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", None,
            f"<< /Length {len(content)} >>\nstream\n", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            f"<< /Producer ({pdf_esc(producer)}) /CreationDate (D:{when}{zone}) /ModDate (D:{when}{zone}) >>"]
    annots = []
    for i, u in enumerate(uris):
        objs.append(f"<< /Type /Annot /Subtype /Link /Rect [72 {640 - 30 * i} 523 {664 - 30 * i}] /Border [0 0 0] /A << /S /URI /URI ({u}) >> >>")
        annots.append(len(objs))
    objs[2] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R"
               + (f" /Annots [{' '.join(f'{a} 0 R' for a in annots)}]" if annots else "") + " >>")
    if encrypt: objs.append(f"<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O <{hx(64)}> /U <{hx(64)}> >>")
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"); offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += (f"4 0 obj\n{o}".encode() + content + b"\nendstream\nendobj\n") if i == 4 else f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1", "replace")
    x = len(out); fid = hx(32)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R /ID [<{fid}> <{fid}>]" + (f" /Encrypt {len(objs)} 0 R" if encrypt else "")
            + f" >>\nstartxref\n{x}\n%%EOF\n").encode()
    return bytes(out)


def ooxml(kind, text_rows, macro=False, when="2025-01-14T09:12:00Z", author="Reto Baumann"):
    """minimal real OOXML package: xlsx (kind='x') or docx/docm (kind='w')"""
    members = []
    if kind == "x":
        ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
              '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
        rows = "".join(f'<row r="{i}">' + "".join(f'<c r="{chr(65 + j)}{i}" t="inlineStr"><is><t>{H.escape(str(v))}</t></is></c>' for j, v in enumerate(r)) + "</row>"
                       for i, r in enumerate(text_rows, 1))
        members = [("[Content_Types].xml", ct),
                   ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
                   ("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Lohnliste" sheetId="1" r:id="rId1"/></sheets></workbook>'),
                   ("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
                   ("xl/worksheets/sheet1.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                    + rows + "</sheetData></worksheet>")]
    else:
        main = "application/vnd.ms-word.document.macroEnabled.main+xml" if macro else "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
        ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
              + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "")
              + f'<Override PartName="/word/document.xml" ContentType="{main}"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
        paras = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{H.escape(l)}</w:t></w:r></w:p>" for l in text_rows)
        members = [("[Content_Types].xml", ct),
                   ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
                   ("word/document.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
                    + paras + "</w:body></w:document>")]
        if macro:
            members += [("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                         '<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'),
                        ("word/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00" + rbytes(1500)
                         + "Attribute VB_Name = \"ThisDocument\"\r\nSub Document_Open()\r\n' inert probe placeholder\r\nEnd Sub\r\n".encode())]
    members.append(("docProps/core.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                    f'<dc:creator>{H.escape(author)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created></cp:coreProperties>'))
    y, mo, d = int(when[:4]), int(when[5:7]), int(when[8:10])
    return zipfile_bytes([(n, v.encode() if isinstance(v, str) else v) for n, v in members], (y, mo, d, 9, 0, 0))


def onenote(embedded_name):
    # OneNote 2010+ section file: header GUID {7B5C52E4-D88C-4DA7-AEB1-5378D02996D3}, then a FileDataStoreObject GUID with an inert blob
    hdr = uuid.UUID("7B5C52E4-D88C-4DA7-AEB1-5378D02996D3").bytes_le + uuid.UUID("109ADD3F-911B-49F5-A5D0-1791EDC8AED8").bytes_le
    fdso = uuid.UUID("BDE316E7-2665-4511-A4C4-8D4D0B7A9EAC").bytes_le
    blob = ("<!-- " + embedded_name + " inert probe placeholder -->").encode()
    return hdr + rbytes(1000) + embedded_name.encode("utf-16-le") + rbytes(200) + fdso + struct.pack("<Q", len(blob)) + rbytes(12) + blob + rbytes(800)


def lnk_bytes(target):
    return (b"\x4c\x00\x00\x00\x01\x14\x02\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00\x46" + rbytes(56)
            + target.encode("utf-16-le") + rbytes(40))


def jpeg(k=3000):
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00\x48\x00\x48\x00\x00\xff\xdb\x00\x43\x00" + rbytes(64)
            + b"\xff\xc0\x00\x11\x08\x04\xb0\x03\x52\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01\xff\xda\x00\x0c\x03\x01\x00\x02\x11\x03\x11\x00\x3f\x00"
            + rbytes(k) + b"\xff\xd9")


def ics(uid, summary, start, end, organizer, attendees, location, description, method="REQUEST", prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"):
    def f(t): return t.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", f"METHOD:{method}", "BEGIN:VEVENT",
             f"ORGANIZER;CN=\"{organizer[0]}\":mailto:{organizer[1]}"] + [f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"{n}\":mailto:{e}" for n, e in attendees] + [
             f"DESCRIPTION:{description.replace(chr(10), chr(92) + 'n')}", f"UID:{uid}", f"SUMMARY:{summary}", f"DTSTART:{f(start)}", f"DTEND:{f(end)}",
             f"DTSTAMP:{f(start - datetime.timedelta(days=3))}", f"LOCATION:{location}", "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE",
             "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    out = []
    for l in lines:
        while len(l.encode()) > 74:
            out.append(l[:74]); l = " " + l[74:]
        out.append(l)
    return ("\r\n".join(out) + "\r\n").encode()


def stmt_pdf(client_no, period, when):
    return pdf([f"Banque Privée Rhône & Lac SA - Relevé de portefeuille {period}", f"Relation {client_no}", "Confidentiel"],
               producer="Avaloq Reporting 5.2 / iText 7.2.5", when=when, zone="+01'00'", encrypt=True)


# ================================================================ notifications and list mail
def eb_note(t, subj, text, link_path, label=None, scen=None):
    link = f"https://ebanking.{OWN}/{link_path}"
    plain = (text + f"\n\nAccéder à l'e-Banking : {link}\n\nCeci est un message automatique, merci de ne pas y répondre. Pour votre sécurité, "
             "Rhône & Lac ne vous demandera jamais votre mot de passe ni un code d'activation par e-mail ou par téléphone.\n\n"
             f"Banque Privée Rhône & Lac SA | Quai du Mont-Blanc 7 | 1201 Genève | www.{OWN}")
    html = ('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Rhône &amp; Lac e-Banking</title></head><body style="margin:0;background:#f4f1ec">'
            '<table role="presentation" width="600" align="center" style="background:#fff;font-family:Georgia,serif;color:#2b2b2b;font-size:14px">'
            f'<tr><td style="background:#1d2f4a;padding:18px"><img src="https://www.{OWN}/assets/mail/logo-rl-white.png" alt="Rhône &amp; Lac" height="30"></td></tr>'
            '<tr><td style="padding:24px">' + "<br>".join(H.escape(l) for l in text.split("\n"))
            + f'<p style="margin-top:22px"><a href="{link}" style="background:#a88b5a;color:#fff;padding:10px 18px;text-decoration:none">Accéder à l\'e-Banking</a></p></td></tr>'
            '<tr><td style="padding:14px 24px;font-size:11px;color:#777;font-family:Arial,sans-serif">Ceci est un message automatique, merci de ne pas y répondre. '
            'Rhône &amp; Lac ne vous demandera jamais votre mot de passe ni un code d\'activation par e-mail ou par téléphone.<br>'
            f'Banque Privée Rhône &amp; Lac SA | Quai du Mont-Blanc 7 | 1201 Genève | <a href="https://www.{OWN}" style="color:#777">www.{OWN}</a></td></tr></table></body></html>')
    return emit(eb, "eb", t, [(me.name, me.email)], None, subj, [], plain, html=html, label=label, scen=scen,
                extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("X-RL-Notification-Type", link_path.split("/")[0])])


def snow_note(t, num, subj, text, label=None, scen=None, refs=(), mid=None):
    link = f"https://rhonelac.service-now.com/sp?id=ticket&table=incident&sys_id={hx(32)}"
    wm = f"Ref:MSG{R.randint(1000000, 9999999)}_{alnum(20)}"
    plain = text + f"\n\nVoir l'incident : {link}\n\nIT Service Desk | interne 4999 | servicedesk@{OWN}\n\n{wm}"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:Arial,sans-serif;font-size:13px">'
            + "<br>".join(H.escape(l) for l in text.split("\n")) + f'<p><a href="{link}">Voir l\'incident {num}</a></p>'
            f'<p style="color:#888;font-size:11px">IT Service Desk | interne 4999</p><div style="display:none">{wm}</div></div></body></html>')
    return emit(snow, "snow", t, [(me.name, me.email)], None, subj, list(refs), plain, html=html, label=label, scen=scen, mid=mid,
                extra=[("Auto-Submitted", "auto-generated"), ("X-ServiceNow-Source", "Notification-" + hx(32)), ("Precedence", "bulk")])


def cio_weekly(t, wk, themes):
    plain = (f"Perspectives hebdomadaires – semaine {wk}\n\n" + "\n".join(f"• {x}" for x in themes) +
             f"\n\nLa note complète (réservée à un usage interne) : https://intranet.{OWN}/cio/weekly/{t:%Y}-w{wk:02d}\n\nCIO Office | Banque Privée Rhône & Lac SA")
    atts = [(f"CIO_Weekly_{t:%Y}_S{wk:02d}.pdf", pdf([f"CIO Office - Perspectives hebdomadaires S{wk}"] + themes, when=t.strftime("%Y%m%d070000")), "application/pdf")] if wk % 4 == 0 else ()
    return emit(cio, "ol19", t, [("PB Genève – Tous", f"pb.geneve.tous@{OWN}")], None, f"Perspectives hebdomadaires – semaine {wk}", [], plain, atts=atts)


ML_FOOT = ("\n_______________________________________________\nSwissAssist -- forum@lists.swissassist.example\n"
           "Pour vous désabonner, envoyez un e-mail à forum-leave@lists.swissassist.example\nArchives : https://lists.swissassist.example/archives/list/forum@lists.swissassist.example/")


def list_post(name, email, t, subj, text, refs=(), label=None, scen=None, client_mid="tb"):
    m = f"<{ruuid()}@{email.split('@')[1]}>" if client_mid == "tb" else "<CA" + base64.urlsafe_b64encode(rbytes(42)).decode()[:54] + "@mail.gmail.com>"
    frm = addr(f"{name} via SwissAssist", "forum@lists.swissassist.example") if email.endswith("gmail.com") else addr(name, email)
    extra = [("Reply-To", "SwissAssist <forum@lists.swissassist.example>") if email.endswith("gmail.com") else ("Reply-To", addr(name, email)),
             ("X-Original-From", addr(name, email)) if email.endswith("gmail.com") else ("X-Mailman-Version", "3.3.9"),
             ("Message-ID-Hash", alnum(32).upper()), ("X-Message-ID-Hash", alnum(32).upper()), ("X-MailFrom", email),
             ("X-Mailman-Rule-Misses", "dmarc-mitigation; no-senders; approved; emergency; loop; banned-address; member-moderation; header-match-forum.lists.swissassist.example-0; nonmember-moderation; administrivia; implicit-dest; max-recipients; max-size; news-moderation; no-subject; digests; suspicious-header"),
             ("Precedence", "list"), ("List-Id", "\"Forum des assistant-e-s de direction\" <forum.lists.swissassist.example>"),
             ("Archived-At", f"<https://lists.swissassist.example/archives/list/forum@lists.swissassist.example/message/{alnum(32).upper()}/>"),
             ("List-Archive", "<https://lists.swissassist.example/archives/list/forum@lists.swissassist.example/>"),
             ("List-Help", "<mailto:forum-request@lists.swissassist.example?subject=help>"), ("List-Owner", "<mailto:forum-owner@lists.swissassist.example>"),
             ("List-Post", "<mailto:forum@lists.swissassist.example>"), ("List-Subscribe", "<mailto:forum-join@lists.swissassist.example>"),
             ("List-Unsubscribe", "<mailto:forum-leave@lists.swissassist.example>")]
    who = Pt(name, email, "mm", "mailman")
    return emit(who, "mm", t, [("SwissAssist", "forum@lists.swissassist.example")], None, subj, list(refs), text + ML_FOOT, frm=frm, mid=m,
                extra=extra, label=label, scen=scen, no_html=True)


def newsletter(t, n, title, items):
    link = f"https://digest.swissprivatebanking.example/issue/{n}"
    unsub = f"https://swissprivatebanking.us21.list-manage.com/unsubscribe?u={hx(25)}&id={hx(10)}&e={hx(10)}"
    plain = f"{title}\n\n" + "\n\n".join(f"{a}\n{b}" for a, b in items) + f"\n\nLire en ligne : {link}\n\nSe désabonner : {unsub}\nSwiss Private Banking Digest, Place de la Fusterie 1, 1204 Genève"
    html = ('<!doctype html><html><head><meta charset="UTF-8"><title>' + H.escape(title) + '</title></head><body style="background:#fafafa">'
            '<center><table width="600" style="font-family:Helvetica,Arial,sans-serif;background:#fff">'
            + "".join(f'<tr><td style="padding:14px"><h2 style="font-size:18px">{H.escape(a)}</h2><p>{H.escape(b)}</p><a href="{link}?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=spb{n}">Lire la suite</a></td></tr>' for a, b in items)
            + f'<tr><td style="font-size:11px;color:#888;padding:14px"><a href="{unsub}">Se désabonner</a> | Swiss Private Banking Digest, Place de la Fusterie 1, 1204 Genève'
            f'<img src="https://swissprivatebanking.us21.list-manage.com/track/open.php?u={hx(25)}&id={hx(10)}" height="1" width="1"></td></tr></table></center></body></html>')
    who = Pt("Swiss Private Banking Digest", "digest@swissprivatebanking.example", "nl", "mailman")
    return emit(who, "nl", t, [(me.name, me.email)], None, title, [], plain, html=html, infra="mc",
                mid=f"<{hx(20)}.{hx(8)}@mail{R.randint(100, 250)}.atl121.mcdlv.net>",
                extra=[("List-Unsubscribe", f"<{unsub}>, <mailto:unsubscribe-mc.us21_{hx(20)}@unsubscribe.mailchimpapp.net>"),
                       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("X-Mailer", "MailChimp Mailer - **CID" + hx(10) + "**"),
                       ("Feedback-ID", f"{R.randint(100000, 999999)}:{R.randint(1000000, 9999999)}.{R.randint(1000, 9999)}:us21:mc"), ("Precedence", "bulk")])


INFRA["mc"] = ("mail{n}.atl121.mcdlv.net", "198.2.131.{n}", "mcdlv.net", "k2", "mcdlv.net", None)
INFRA_N["mc"] = 181


# ---------------------------------------------------------------- filler: CIO weekly notes (every Monday)
THEMES = ["Banques centrales : la BNS maintient une politique prudente, le franc reste fort", "Actions suisses : résultats semestriels solides dans la pharma",
          "Obligations : nous allongeons légèrement la duration en CHF", "Devises : l'EUR/CHF reste sous 0.95, pas de changement de couverture",
          "Or : maintien de la surpondération tactique", "Immobilier coté suisse : primes élevées, neutralité", "États-Unis : la Fed poursuit son assouplissement",
          "Chine : mesures de soutien, nous restons sous-pondérés", "Hedge funds : retour de la dispersion, opportunités en relative value",
          "Private markets : calendrier des appels de fonds du T4", "Allocation : pas de changement pour les profils équilibrés",
          "Inflation suisse proche de 0.5 %, taux à court terme en baisse", "Élections américaines : volatilité attendue sur les devises"]
d = datetime.datetime(2024, 7, 8, 7, 30, tzinfo=ZRH)
while d < datetime.datetime(2025, 6, 30, tzinfo=ZRH):
    if not (d.month == 12 and d.day > 22) and not (d.month == 8 and d.day < 12):
        cio_weekly(d.replace(second=R.randint(0, 59), minute=R.randint(25, 45)), d.isocalendar()[1], R.sample(THEMES, 3))
    d += datetime.timedelta(days=7)

# ---------------------------------------------------------------- filler: e-Banking secure-message alerts for the RM team
REL = ["R-40817", "R-52230", "R-38115", "R-61092", "R-47730", "R-55304", "R-29981"]
d = datetime.datetime(2024, 7, 11, 9, 0, tzinfo=ZRH)
while d < datetime.datetime(2025, 6, 28, tzinfo=ZRH):
    kind = R.random()
    t = d.replace(hour=R.randint(7, 21), minute=R.randint(0, 59))
    if kind < 0.6:
        rel = R.choice(REL)
        eb_note(t, f"Nouveau message sécurisé – relation {rel}", f"Bonjour,\n\nUn nouveau message sécurisé a été déposé par la relation {rel} dans la messagerie "
                f"e-Banking de l'équipe Mercier.\nDate de réception : {t:%d.%m.%Y %H:%M}", "messages/inbox")
    else:
        rel = R.choice(REL)
        eb_note(t, f"Ordre en attente de double validation – relation {rel}", f"Bonjour,\n\nUn ordre de paiement saisi pour la relation {rel} attend une "
                f"deuxième validation dans l'outil Front (file Mercier).\nMontant : CHF {R.randint(2, 90)}'{R.randint(100, 999)}.00", "front/pending")
    d += datetime.timedelta(days=R.randint(4, 8))

# ---------------------------------------------------------------- filler: newsletters
NL = [("La place financière genevoise en chiffres", "Les avoirs gérés ont progressé au premier semestre."),
      ("LSFin : bilan après trois ans", "Ce qui a changé dans la documentation client."), ("Échange automatique de renseignements", "La liste des États partenaires s'allonge."),
      ("Successions internationales", "Le nouveau droit successoral suisse et les clients italiens."), ("Trusts et fondations", "Les trustees jersiais face aux nouvelles exigences de substance."),
      ("Fraude au président", "Comment les assistantes de direction déjouent les faux ordres de paiement."), ("Immobilier de luxe à Genève", "Prix stables sur la rive gauche.")]
for i, mo in enumerate([(2024, 7), (2024, 8), (2024, 9), (2024, 10), (2024, 11), (2024, 12), (2025, 1), (2025, 2), (2025, 3), (2025, 4), (2025, 5), (2025, 6)]):
    newsletter(at(mo[0], mo[1], R.randint(2, 6), 6, R.randint(0, 59)), 140 + i, f"Swiss Private Banking Digest n°{140 + i}", R.sample(NL, 3))

# ---------------------------------------------------------------- filler: SwissAssist list
LISTP = [("Valérie Rochat", "v.rochat@gmail.com", "Formation Excel avancé – quelqu'un a un retour ?", "Bonjour à toutes et à tous,\n\nNotre RH propose une formation Excel avancé chez un prestataire lausannois. Quelqu'un l'a suivie ?\n\nValérie"),
         ("Sabine Huber", "sabine.huber@huber-partners.example", "Apéro de rentrée le 19 septembre", "Liebe Kolleginnen und Kollegen, chères et chers collègues,\n\nl'apéro de rentrée aura lieu le 19 septembre au Café du Soleil. Inscription sur le site.\n\nSabine"),
         ("Nadia Cherif", "nadia.cherif@gmail.com", "Offre d'emploi : assistante de direction 80 % (Nyon)", "Bonjour,\n\nUne amie cherche une assistante de direction à 80 % pour une fondation à Nyon. Détails sur demande.\n\nNadia"),
         ("Marco Bernasconi", "m.bernasconi@studio-bernasconi.example", "Traduction IT-FR de documents notariés", "Buongiorno a tutti,\n\nqualcuno conosce un traduttore giurato italiano-francese a Ginevra? Merci !\n\nMarco"),
         ("Sabine Huber", "sabine.huber@huber-partners.example", "Programme 2025 des ateliers", "Chères et chers membres,\n\nle programme 2025 est en ligne : gestion du temps, LPD, rédaction efficace.\n\nSabine"),
         ("Valérie Rochat", "v.rochat@gmail.com", "Tentatives de fraude au virement – vos procédures ?", "Bonjour,\n\nNous avons reçu un faux e-mail de notre directeur demandant un virement urgent. Comment gérez-vous la vérification chez vous ?\n\nValérie"),
         ("Nadia Cherif", "nadia.cherif@gmail.com", "Salle de réunion à louer aux Pâquis", "Bonjour,\n\nnous louons notre salle de réunion (10 personnes) à la demi-journée.\n\nNadia"),
         ("Sabine Huber", "sabine.huber@huber-partners.example", "Assemblée générale le 22 mai", "Chères et chers membres,\n\nl'assemblée générale aura lieu le 22 mai à 18h30. Convocation en annexe sur le site.\n\nSabine")]
for i, (n_, e_, s_, x_) in enumerate(LISTP):
    list_post(n_, e_, at(2024, 8, 20, 9, 0) + datetime.timedelta(days=40 * i + R.randint(0, 9), hours=R.randint(0, 8)), "[SwissAssist] " + s_, x_,
              client_mid="gm" if e_.endswith("gmail.com") else "tb")

# ---------------------------------------------------------------- filler: Laurent <-> Chiara day-to-day internal mail
LM = [("Salle Salève jeudi", "Chiara, peux-tu réserver la salle Salève jeudi de 10h à 12h pour la famille Morel ? Café et croissants svp.", "C'est fait, salle Salève réservée et commande passée à la cafétéria."),
      ("Billets Zurich – 15 octobre", "Peux-tu me réserver un aller-retour Genève–Zurich le 15 octobre, départ vers 7h, retour en fin d'après-midi ?", "Réservé : départ 06h39, retour 17h32, 1re classe. Billets dans ton agenda."),
      ("Dossier Whitfield pour demain", "Merci de m'imprimer le dossier Whitfield avec la dernière allocation et le relevé des frais.", "Le dossier est sur ton bureau."),
      ("Notes de frais septembre", "J'ai déposé mes justificatifs dans ton casier, peux-tu saisir la note de frais ?", "Saisie et envoyée pour validation à M. Aubert."),
      ("Agenda – semaine du 9 décembre", "Je serai à Lugano mardi et mercredi. Bloque-moi le lundi matin pour préparer les revues.", "C'est bloqué. J'ai déplacé l'appel avec Harbourview à jeudi 10h."),
      ("Cartes de vœux 2025", "On envoie les cartes de vœux comme l'an dernier ? Ajoute la notaire Châtelain à la liste.", "Liste mise à jour (42 cartes), envoi prévu le 16 décembre."),
      ("Formation LBA obligatoire", "As-tu fait le module e-learning LBA ? Sandra relance l'équipe.", "Oui, terminé hier, certificat transmis."),
      ("Déjeuner avec Me Vuilleumier", "Peux-tu trouver une table pour deux au Bottle Brothers... non, plutôt au Vieux-Bois, mardi midi ?", "Réservé au Vieux-Bois mardi 12h15, au nom de Mercier."),
      ("Congés de printemps", "Je prends la semaine du 14 avril. Merci de prévenir les clients qui avaient demandé un rendez-vous.", "Noté, j'ai informé les Béranger et M. Wehrli."),
      ("Mise à jour des profils de risque", "Il faut refaire le profil de risque de Mme Benedetti avant le rendez-vous. Tu peux préparer le questionnaire ?", "Questionnaire préparé et pré-rempli, il est dans le dossier partagé."),
      ("Tableau des échéances fiduciaires", "Peux-tu me sortir la liste des dépôts fiduciaires qui arrivent à échéance ce trimestre ?", "La liste est dans le dossier partagé, onglet T2 : quatre échéances, dont Béranger fin juin."),
      ("Remplacement pendant mes vacances", "Qui me remplace pour les rappels téléphoniques pendant la semaine du 14 avril ?", "Sophie Dubois (équipe Roux) fera les rappels ; je lui ai transmis les numéros enregistrés."),
      ("Invitation concert OSR", "La banque nous a donné quatre places pour l'OSR le 22 mai. Propose-les aux Wehrli et aux Béranger.", "Les Béranger acceptent deux places, M. Wehrli décline. Billets envoyés par courrier."),
      ("Plan de succession Morel", "Prépare-moi un rendez-vous avec Me Vuilleumier pour parler de la planification successorale Morel, juin de préférence.", "Proposé à Me Vuilleumier : 17 ou 19 juin, 10h.")]
for i, (s_, a_, b_) in enumerate(LM[:4]):
    t0 = at(2024, 7, 15, 9, 0) + datetime.timedelta(days=33 * i + R.randint(0, 5), hours=R.randint(0, 7))
    th = Thread(f"L{i + 1}", laurent, s_)
    if i % 2 == 0:
        th.add(laurent, a_, t0, to=[(me.name, me.email)], sig=False)
        th.add(me, b_, t0 + datetime.timedelta(minutes=R.randint(20, 90)), sig=False, to=[(laurent.name, laurent.email)])
    else:
        th.add(me, "Laurent, " + b_[0].lower() + b_[1:] + " Autre chose ?", t0, sig=False, to=[(laurent.name, laurent.email)])
        th.add(laurent, R.choice(["Parfait, merci !", "Super, merci Chiara.", "Merci. Rien d'autre pour l'instant.", "Top, merci."]), t0 + datetime.timedelta(minutes=R.randint(10, 60)),
               G, sig=False)

# ---------------------------------------------------------------- filler: IT notices
snow_note(at(2024, 9, 2, 6, 45), "CHG0031120", "Maintenance planifiée : Avaloq Front le samedi 7 septembre", "Bonjour,\n\nL'application Avaloq Front sera indisponible le samedi 7 septembre de 07h00 à 13h00.")
snow_note(at(2024, 11, 25, 6, 50), "CHG0033478", "Votre mot de passe Windows expire dans 7 jours", "Bonjour Chiara Fontana,\n\nVotre mot de passe expire le 02.12.2024. Modifiez-le via Ctrl+Alt+Suppr > Modifier un mot de passe.")
snow_note(at(2025, 3, 3, 6, 40), "CHG0035902", "Migration des boîtes aux lettres vers Exchange 2019 CU15 – week-end du 15 mars", "Bonjour,\n\nAucune action n'est requise de votre part. Outlook pourra demander de se reconnecter lundi matin.")
snow_note(at(2025, 5, 26, 6, 48), "CHG0037214", "Votre mot de passe Windows expire dans 7 jours", "Bonjour Chiara Fontana,\n\nVotre mot de passe expire le 02.06.2025. Modifiez-le via Ctrl+Alt+Suppr > Modifier un mot de passe.")


HEL = [(helene.name, helene.email)]
IBAN_CAM = "GB29 BARC 2004 1571 3390 85"

# ================================================================ T1 Hélène: fiduciary maturity, transfer to Camille in London (G1) ... A1 six months later
t1 = Thread("T1", helene, "Échéance de votre dépôt fiduciaire du 30 septembre")
t1.add(me, "Chère Madame,\n\nVotre dépôt fiduciaire de CHF 250'000 arrive à échéance le 30 septembre. M. Mercier vous propose de le renouveler pour "
       "trois mois au taux indicatif de 0.95 %. Souhaitez-vous renouveler la totalité ou une partie seulement ?", at(2024, 9, 26, 10, 5))
t1.add(helene, "Bonjour Chiara,\n\nRenouvelez 150'000 pour trois mois s'il vous plaît. Avec le solde, j'aimerais virer GBP 70'000 à ma fille Camille, "
       f"qui vient d'ouvrir un compte à Londres pour ses études :\n\nCamille Béranger\nBarclays Bank UK PLC, Londres\nIBAN {IBAN_CAM}\nBIC BARCGB22\n\n"
       "C'est un nouveau bénéficiaire, je sais que Laurent doit m'appeler pour confirmer. Je suis à la maison toute la matinée de mardi, au numéro habituel.",
       at(2024, 9, 29, 18, 47), GH, scen=("G1", "client asks a transfer to a NEW beneficiary (daughter's London IBAN) and herself mentions the bank's call-back"))
t1.add(me, "Chère Madame,\n\nM. Mercier vous a appelée ce matin à 09h40 sur votre numéro enregistré et vous avez confirmé l'ordre. Le nouveau bénéficiaire "
       "est enregistré, le virement de GBP 70'000 part avec date valeur 2 octobre, et le solde de CHF 150'000 est replacé à trois mois.",
       at(2024, 10, 1, 10, 12))
t1.add(helene, "Parfait, Camille me confirme que les fonds sont arrivés. Merci à vous deux !", at(2024, 10, 2, 19, 22), G)
t1.add(me, "Avec plaisir, Madame. Belle fin de semaine.", at(2024, 10, 3, 8, 31))

# ================================================================ T2 Hélène: quarterly statement, Gmail iOS app at 06:12 (G27)
t2 = Thread("T2", helene, "Relevé de portefeuille – 4e trimestre 2024")
t2.add(me, "Chère Madame,\n\nVeuillez trouver ci-joint votre relevé de portefeuille au 31 décembre 2024. Le document est protégé par le mot de passe "
       "convenu avec M. Mercier, que nous ne communiquons jamais par e-mail.", at(2025, 1, 9, 14, 20),
       atts=[("Releve_R-40817_2024-T4.pdf", stmt_pdf("R-40817", "T4 2024", "20250109141000"), "application/pdf")])
t2.add(helene, "Bonjour Chiara, impossible de l'ouvrir sur mon téléphone : il demande le mot de passe puis se ferme. Je regarderai ce soir sur l'ordinateur.",
       at(2025, 1, 10, 6, 12), GH, client="gmailios", sig=False, scen=("G27", "client answers from the Gmail iOS app at 06:12 (HTTPREST submission), no signature"))
t2.add(me, "Bonjour Madame,\n\nL'aperçu intégré de Gmail sur iPhone ne sait pas ouvrir les PDF chiffrés. Avec Adobe Acrobat Reader ou Fichiers, cela "
       "fonctionne ; sinon sur l'ordinateur sans problème.", at(2025, 1, 10, 8, 40))
t2.add(helene, "Ça marche très bien sur l'ordinateur. Merci !", at(2025, 1, 10, 20, 15), G)

# ================================================================ T3 Hélène: meeting in March; she writes from her husband's Bluewin address (G2)
t3 = Thread("T3", helene, "Revue annuelle – rendez-vous en mars")
t3.add(me, "Chère Madame,\n\nM. Mercier souhaiterait vous voir pour la revue annuelle de votre portefeuille. Il propose le mercredi 12 mars à 14h00 "
       "ou le jeudi 13 mars à 10h00, dans nos locaux du Quai du Mont-Blanc.", at(2025, 2, 11, 11, 0))
t3.add(marc, "Bonjour Madame Fontana,\n\nC'est Hélène qui écrit depuis l'adresse de Marc, mon ordinateur est en réparation. Le jeudi 13 mars à 10h nous "
       "convient à tous les deux, Marc viendra aussi cette fois-ci.\n\nBien à vous\nHélène Dufour-Béranger", at(2025, 2, 12, 18, 40), GH,
       scen=("G2", "client writes from her husband's Bluewin address (Apple Mail, other provider) and says so"))
t3.add(me, "Chère Madame, cher Monsieur,\n\nC'est noté : jeudi 13 mars à 10h00, salle Salève, Quai du Mont-Blanc 7. Je mets aussi votre adresse "
       "habituelle en copie.", at(2025, 2, 13, 9, 10), to=[(marc.name, marc.email)], cc=HEL)
t3.add(helene, "Merci, c'est dans l'agenda. Et mon ordinateur est revenu !", at(2025, 2, 13, 12, 5), G)

# ================================================================ T4 Klaus: tax bill with call-back
t4 = Thread("T4", klaus, "Zahlung Schlussrechnung Staats- und Gemeindesteuern 2023")
t4.add(klaus, "Grüezi Frau Fontana\n\nAnbei die Schlussrechnung des Steueramts Küsnacht für 2023 über CHF 48'312.50, zahlbar bis 30. November. "
       "Bitte ab meinem Privatkonto bezahlen. Ich bin heute Nachmittag für den Rückruf erreichbar.", at(2024, 11, 4, 10, 22),
       atts=[("Schlussrechnung_2023_Wehrli.pdf", pdf(["Gemeindesteueramt Küsnacht - Schlussrechnung 2023", "Wehrli Klaus", "Total CHF 48'312.50",
                                                      "QR-Zahlteil: CH44 3000 0001 8000 0479 2"], producer="Abacus Steuern 2024", when="20241028080000"), "application/pdf")])
t4.add(me, "Guten Tag Herr Wehrli\n\nVielen Dank. Gemäss unserem Verfahren ruft Herr Mercier Sie heute um 14:00 Uhr auf Ihrer hinterlegten Nummer an.",
       at(2024, 11, 4, 11, 5))
t4.add(klaus, "Der Rückruf hat geklappt. Besten Dank.", at(2024, 11, 4, 15, 10), G)
t4.add(me, "Die Zahlung ist ausgeführt, Valuta 6. November. Die Belastungsanzeige finden Sie im e-Banking.", at(2024, 11, 5, 9, 0))
t4.add(klaus, "Perfekt, danke.", at(2024, 11, 5, 11, 30), G)

# ================================================================ T5 Klaus: new e-mail address, confirmed by phone and form (G5)
t5 = Thread("T5", klaus, "Neue E-Mail-Adresse")
t5.add(klaus, "Grüezi Frau Fontana\n\nAb März gebe ich Bluewin auf. Meine neue Adresse lautet klaus@wehrli-familie.example (mein Sohn hat eine "
       "Familien-Domain eingerichtet). Bitte passen Sie Ihre Unterlagen an.", at(2025, 2, 17, 9, 5))
t5.add(me, "Guten Tag Herr Wehrli\n\nDanke für die Information. Aus Sicherheitsgründen müssen wir eine Adressänderung telefonisch bestätigen und das "
       "Formular «Korrespondenz-Instruktionen» unterschrieben erhalten. Herr Mercier ruft Sie heute an; das Formular sende ich Ihnen per Post.",
       at(2025, 2, 17, 10, 30))
t5.add(klaus, "Das Telefonat mit Herrn Mercier ist erledigt, das unterschriebene Formular geht morgen an Sie zurück.", at(2025, 2, 17, 16, 45), G)
t5.add(me, "Das Formular ist heute eingetroffen, die neue Adresse ist ab sofort erfasst. Diese Bestätigung geht an beide Adressen.",
       at(2025, 2, 24, 14, 0), cc=[(klaus2.name, klaus2.email)])
t5.add(klaus2, "Grüezi Frau Fontana\n\nTest von der neuen Adresse aus - kommt das an?", at(2025, 2, 24, 18, 20), GH,
       scen=("G5", "client's first mail from his new, announced and phone/form-confirmed address (new provider, same Thunderbird)"))
t5.add(me, "Guten Morgen Herr Wehrli, ja, kommt einwandfrei an.", at(2025, 2, 25, 8, 15), to=[(klaus2.name, klaus2.email)])

# ================================================================ T6 Klaus: annual review; iPad at 23:37 (G23)
t6 = Thread("T6", klaus2, "Jahresgespräch 2025")
t6.add(me, "Guten Tag Herr Wehrli\n\nHerr Mercier möchte das Jahresgespräch mit Ihnen führen. Passt Ihnen der 23. oder der 24. April?",
       at(2025, 4, 2, 10, 0))
t6.add(klaus2, "Der 24. passt, am liebsten am Nachmittag.\n\nVon meinem iPad gesendet", at(2025, 4, 2, 23, 37), GH, client="ipadde", sig=False,
       scen=("G23", "client replies from his iPad at 23:37 ('Von meinem iPad gesendet'), other client than his usual Thunderbird"))
t6.add(me, "Dann halten wir Donnerstag, 24. April, 14:30 Uhr, bei uns in Genf fest. Die Einladung folgt.", at(2025, 4, 3, 8, 20))
t6.add(klaus2, "Danke, ist notiert.", at(2025, 4, 3, 9, 2), G)

# ================================================================ T7 Giulia: aunt's estate; revived after 11 months (G6)
t7 = Thread("T7", giulia, "Successione zia Maria – documenti")
t7.add(giulia, "Gentile signora Fontana,\n\ncome d'accordo con il signor Mercier, le mando il certificato di morte di mia zia Maria Rossi-Benedetti e "
       "l'atto di notorietà del notaio di Como.", at(2024, 7, 8, 11, 30),
       atts=[("IMG_4471.jpeg", jpeg(4200), "image/jpeg"),
             ("Atto_notorieta_Rossi-Benedetti.pdf", pdf(["Studio Notarile Ferri - Como", "Atto di notorieta'", "de cuius: Maria Rossi-Benedetti"],
                                                        producer="Canon iR-ADV C5535", when="20240705120000", zone="+02'00'"), "application/pdf")])
t7.add(me, "Gentile signora Benedetti,\n\ngrazie, inoltriamo i documenti al nostro servizio Successioni. Per il conto svizzero di sua zia ci servirà anche "
       "il certificato ereditario rilasciato dalla Giustizia di pace di Ginevra.", at(2024, 7, 8, 14, 10))
t7.add(giulia, "Capito. Se ne occupa l'avvocato Vuilleumier, vi terrò aggiornati.", at(2024, 7, 9, 9, 5), G)
t7.add(me, "Perfetto, grazie a lei.", at(2024, 7, 9, 10, 0))
t7.add(giulia, "Buonasera signora Fontana,\n\nriprendo questo vecchio messaggio: finalmente la Giustizia di pace ha rilasciato il certificato ereditario, "
       "l'avvocato Vuilleumier ve lo manda direttamente. Come si procede per chiudere il conto della zia e trasferire il saldo sul mio?",
       at(2025, 6, 10, 18, 40), GH, scen=("G6", "client revives an Italian thread after 11 months because the estate is finally settled"))
t7.add(me, "Buonasera signora Benedetti,\n\nabbiamo ricevuto il certificato dall'avvocato. Le mandiamo per posta il modulo di chiusura da firmare; "
       "dopo la firma trasferiamo il saldo sul suo conto.", at(2025, 6, 11, 9, 30))

# ================================================================ T8 Giulia: ETH fees; English for son in Cc (G20)
t8 = Thread("T8", giulia, "Bonifico tasse universitarie Luca – semestre autunnale")
t8.add(giulia, "Buongiorno signora Fontana,\n\ncome ogni semestre le chiedo di pagare le tasse del Politecnico per Luca. La fattura è allegata.",
       at(2024, 9, 9, 8, 50), cc=[(luca.name, luca.email)],
       atts=[("Rechnung_HS24_Benedetti.pdf", pdf(["ETH Zuerich - Semesterrechnung HS 2024", "Benedetti Luca", "CHF 730.00"], producer="SAP NetWeaver", when="20240815090000", zone="+02'00'"), "application/pdf")])
t8.add(me, "Buongiorno signora Benedetti,\n\nbenissimo. Procediamo dopo la consueta telefonata di conferma del signor Mercier.", at(2024, 9, 9, 10, 15),
       cc=[(luca.name, luca.email)])
t8.add(giulia, "Hi Chiara,\n\nwriting in English so Luca can follow, he is in copy. The call-back with Laurent is done. Luca, please check that the "
       "reference on the invoice is your student number.", at(2024, 9, 9, 12, 30), GH, cc=[(luca.name, luca.email)],
       scen=("G20", "client switches to English in her Italian thread because her son in Cc does not read Italian"))
t8.add(me, "Thank you, Mrs Benedetti. The payment has been executed with value date 10 September.", at(2024, 9, 9, 15, 0), cc=[(luca.name, luca.email)])
t8.add(giulia, "Grazie mille!", at(2024, 9, 10, 7, 40), G)

# ================================================================ T9 Giulia: Lugano appointment + statement ... A6 English voicemail HTML
t9 = Thread("T9", giulia, "Appuntamento a Lugano – novembre")
t9.add(me, "Gentile signora Benedetti,\n\nil signor Mercier sarà a Lugano il 5 e il 6 novembre. Avrebbe tempo per un incontro?", at(2024, 10, 14, 9, 0))
t9.add(giulia, "Il 6 novembre alle 11 va benissimo. Porterò anche i documenti per la successione.", at(2024, 10, 14, 19, 20), G)
t9.add(me, "Confermato: mercoledì 6 novembre, ore 11:00, Riva Albertolli 3, Lugano.", at(2024, 10, 15, 8, 30))
t9.add(giulia, "Perfetto, a presto.", at(2024, 10, 15, 9, 10), G)
t9.add(me, "Gentile signora Benedetti,\n\ngrazie ancora per l'incontro di ieri. Come discusso le invio l'estratto conto aggiornato, protetto con la "
       "solita password.", at(2024, 11, 7, 10, 0), atts=[("Estratto_R-52230_2024-10.pdf", stmt_pdf("R-52230", "octobre 2024", "20241107095000"), "application/pdf")])
vm_html = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Voice Message</title>\n<style>body{font-family:Segoe UI,Arial;background:#f3f2f1}"
           ".c{width:360px;margin:80px auto;background:#fff;padding:28px;box-shadow:0 2px 6px rgba(0,0,0,.2)}</style></head>\n<body><div class=\"c\">"
           "<img src=\"https://aadcdn.msftauth.net/shared/1.0/content/images/microsoft_logo_ee5c8d9fb6248c938fd0dc19370e90bd.svg\" width=\"108\">"
           "<h3>New voice message (0:47)</h3><p>From: +39 0xx xxx xx 41<br>To: chiara.fontana@banque-rhonelac.example</p>"
           "<form method=\"post\" action=\"https://vm-playback.cloudvoicebox.example/auth/verify.php\"><input type=\"email\" name=\"login\" "
           "value=\"chiara.fontana@banque-rhonelac.example\" readonly><br><input type=\"password\" name=\"passwd\" placeholder=\"Password\"><br>"
           "<button type=\"submit\">Sign in to play</button></form><!-- inert probe placeholder --></div></body></html>\n")
t9.add(giulia, "Hello Chiara,\n\nI tried to call you about the transfer we discussed in Lugano and left you a voice message. Please listen to it, it's "
       "attached. You need to sign in with your email to play it.\n\nRegards\nGiulia", at(2024, 11, 19, 3, 12), HJ("account-takeover"), client="tb-att",
       infra="ato-hotmail", orig_ip="185.107.57.149", sig=False, date_tz=datetime.timezone(datetime.timedelta(hours=1)), mid_client="tbde",
       atts=[("VoiceMessage_0m47s_chiara.fontana.html", vm_html.encode(), "text/html")],
       scen=("A6", "client's Hotmail via SMTP from a VPS with Thunderbird: English reply at 03:12 into Italian thread, HTML voicemail login attachment"))

# ================================================================ T31 Giulia: KYC passport; NDR for a mistyped address (G30)
bad = ("Giulia Benedetti", "giulia.benedeti@hotmail.it")
t31 = Thread("T31", giulia, "Aggiornamento documenti KYC 2025")
ndr_parent = t31.add(me, "Gentile signora Benedetti,\n\nnell'ambito dell'aggiornamento annuale del suo dossier avremmo bisogno di una copia del suo "
                     "passaporto valido (quello attuale scade a maggio). Può inviarcela per e-mail o consegnarla al signor Mercier.",
                     at(2025, 3, 3, 10, 20), to=[bad], detached=True)
ndr_t = at(2025, 3, 3, 10, 21)
ndr_plain = ("Votre message n'a pas pu être remis à giulia.benedeti@hotmail.it car le domaine du destinataire n'a pas trouvé ce destinataire.\n\n"
             "Diagnostic pour les administrateurs :\nServeur générant : GVAEX01.rhonelac.local\ngiulia.benedeti@hotmail.it\n"
             "hotmail-com.olc.protection.outlook.com\nRemote Server returned '550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302)'\n")
ndr_mid = f"<{hx(32)}@GVAEX01.rhonelac.local>"
rb = "_" + hx(32) + "_"
ndr_raw_parts = ("Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"" + rb + "\"\n\n--" + rb + "\nContent-Type: text/plain; charset=\"utf-8\"\n"
                 "Content-Transfer-Encoding: quoted-printable\n\n" + quopri.encodestring(ndr_plain.encode()).decode() + "\n--" + rb +
                 "\nContent-Type: message/delivery-status\n\nReporting-MTA: dns;GVAEX01.rhonelac.local\nReceived-From-MTA: dns;GVAEX01.rhonelac.local\n"
                 f"Arrival-Date: {rfcz(ndr_t)}\n\nFinal-Recipient: rfc822;giulia.benedeti@hotmail.it\nAction: failed\nStatus: 5.5.0\n"
                 "Diagnostic-Code: smtp;550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302)\nRemote-MTA: dns;hotmail-com.olc.protection.outlook.com\n\n--" + rb +
                 "\nContent-Type: text/rfc822-headers\n\nFrom: Chiara Fontana <chiara.fontana@banque-rhonelac.example>\nTo: Giulia Benedetti <giulia.benedeti@hotmail.it>\n"
                 f"Subject: Aggiornamento documenti KYC 2025\nDate: {rfcz(ndr_t)}\nMessage-ID: {ndr_parent}\n\n--" + rb + "--")
ndr_h = transport(postmaster, ndr_t, "ndr", "internal") + [
    ("From", f"Microsoft Outlook <{postmaster.email}>"), ("To", addr(me.name, me.email)), ("Date", rfcz(ndr_t)), ("Message-ID", ndr_mid),
    ("In-Reply-To", ndr_parent), ("References", ndr_parent), ("Subject", enc_h("Non remis : Aggiornamento documenti KYC 2025")),
    ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "fr-CH"), ("X-MS-Exchange-Organization-SCL", "-1"), ("MIME-Version", "1.0")]
seq[0] += 1
pending.append((ndr_t.astimezone(UTC), seq[0], "INBOX", "\r\n".join(f"{k}: {v}".replace("\n", "\r\n") for k, v in ndr_h) + "\r\n" + ndr_raw_parts.replace("\n", "\r\n") + "\r\n",
                (ndr_mid, GH), ("G30", "Exchange NDR (multipart/report) for a mistyped Hotmail address, Chiara's mail just before")))
t31.add(me, "Gentile signora Benedetti,\n\nnell'ambito dell'aggiornamento annuale del suo dossier avremmo bisogno di una copia del suo passaporto valido "
        "(quello attuale scade a maggio). Può inviarcela per e-mail o consegnarla al signor Mercier.", at(2025, 3, 3, 10, 26))
t31.add(giulia, "Buongiorno, ecco la foto del nuovo passaporto (pagina con i dati).", at(2025, 3, 4, 8, 5), G,
        atts=[("IMG_5120.jpeg", jpeg(5200), "image/jpeg")])
t31.add(me, "Grazie, il dossier è completo.", at(2025, 3, 4, 9, 15))

# ================================================================ T10 James: Singapore trip; 02:41 Geneva reply from Singapore (G3)
JW = [(james.name, james.email)]
t10 = Thread("T10", james, "Card limit for Singapore trip")
t10.add(james, "Hi Chiara,\n\nI'm off to Singapore on Thursday for two weeks. Could you raise the daily limit on my Visa Infinite to GBP 20k for the trip?",
        at(2024, 11, 18, 8, 10, LON))
t10.add(me, "Dear Mr Whitfield,\n\nCertainly, for 21 November to 6 December. Limit changes above GBP 10k need your approval in the e-Banking app; "
        "you will find the request under 'Cards'.", at(2024, 11, 18, 10, 30))
t10.add(james, "Approved in the app just now.", at(2024, 11, 18, 11, 2, LON), G, reader_tz=LON)
t10.add(me, "Dear Mr Whitfield,\n\nOur card team has held a payment of SGD 38,400 at a jeweller in Mandarin Gallery, Singapore, pending your confirmation. "
        "Could you confirm that it was you?", at(2024, 11, 25, 16, 0))
t10.add(james, "Yes, that was me - a watch for my wife's birthday. Please release it. Sorry for the hour, it's morning here.", at(2024, 11, 26, 9, 41, SGP),
        GH, date_tz=SGP, reader_tz=SGP, scen=("G3", "client replies from his iPhone in Singapore at 02:41 Geneva time (+0800 Date)"))
t10.add(me, "Released - you can retry the payment. Enjoy the rest of your trip.", at(2024, 11, 26, 8, 20))
t10.add(james, "Went through. Thanks!", at(2024, 11, 26, 16, 5, SGP), G, date_tz=SGP, reader_tz=SGP)

# ================================================================ T11 James: new mobile number, verified via e-Banking (G21)
t11 = Thread("T11", james, "Annual review – February")
t11.add(me, "Dear Mr Whitfield,\n\nLaurent would like to hold your annual review in February. Would 12 or 19 February suit you, either in Geneva or by video?",
        at(2025, 1, 6, 11, 0))
t11.add(james, "Hi Chiara,\n\n12 Feb by video works. By the way, I've changed my mobile - new number is +44 7700 900458, the old one is disconnected. "
        "Please update it for the call-backs.", at(2025, 1, 6, 17, 25, LON), GH, reader_tz=LON,
        scen=("G21", "client announces a new mobile number (later verified through an e-Banking secure message)"))
t11.add(me, "Dear Mr Whitfield,\n\nThank you. For your protection we can only change the call-back number on a signed instruction or a secure message "
        "sent from your e-Banking. Could you send it there? I have booked 12 February, 15:00 CET, by Teams.", at(2025, 1, 7, 9, 0))
eb_note(at(2025, 1, 7, 19, 4), "Nouveau message sécurisé – relation R-38115", "Bonjour,\n\nUn nouveau message sécurisé a été déposé par la relation R-38115 "
        "dans la messagerie e-Banking de l'équipe Mercier.\nDate de réception : 07.01.2025 19:04", "messages/inbox")
t11.add(james, "Done - sent through the app this evening.", at(2025, 1, 7, 18, 6, LON), G, reader_tz=LON)
t11.add(me, "Received and updated, thank you.", at(2025, 1, 8, 8, 45))

# ================================================================ T12 James: Q1 statement ... A11 iCloud takeover (phone change, statement password)
t12 = Thread("T12", james, "Your Q1 2025 statement")
t12.add(me, "Dear Mr Whitfield,\n\nPlease find attached your portfolio statement as at 31 March 2025, protected with your usual password.",
        at(2025, 4, 8, 11, 0), atts=[("Statement_R-38115_2025-Q1.pdf", stmt_pdf("R-38115", "Q1 2025", "20250408105000"), "application/pdf")])
t12.add(james, "Thanks, got it.", at(2025, 4, 8, 18, 30, LON), G, reader_tz=LON)
t12.add(james, "Hi Chiara,\n\nQuick one - I lost my phone while travelling and I'm on a temporary US number for the next few weeks: +1 (646) 555-0187. "
        "Please use this one for any call-backs until further notice.\n\nAlso I can't find the password for the statement, could you send it to me "
        "by return email?\n\nThanks\nJames", at(2025, 4, 29, 9, 12, NYC), HJ("account-takeover"), client="icloudweb", infra="ato-icloud", sig=False,
        date_tz=NYC, reader_tz=NYC, mid_client="x",
        scen=("A11", "client's iCloud used from iCloud web in the US (-0400): change the call-back number and mail the statement password, no payload"))

# ================================================================ T13 Morel FO: capital calls (G31) ... A3 look-alike
NG = [(nathalie.name, nathalie.email)]
BCL = "Banque Cantonale du Léman, Genève\nIBAN CH37 0078 8000 0509 3311 2\nBIC BCLECH22XXX"
t13 = Thread("T13", nathalie, "Appel de fonds n°4 – Lémanique Immobilier III SCSp")
t13.add(nathalie, "Bonjour Chiara,\n\nCi-joint l'avis d'appel de fonds n°4. Merci de verser EUR 1'250'000 depuis le compte de Morel Holding SA au plus "
        f"tard le 20 septembre :\n\nLémanique Immobilier III SCSp\n{BCL}\nRéférence : CC4-MOREL\n\nJ'attends l'appel de Laurent.",
        at(2024, 9, 16, 10, 0), atts=[("LIIII_Capital_Call_4_Morel_Holding.pdf", pdf(["Lemanique Immobilier III SCSp - Capital Call Notice No. 4",
                                                                                    "Investor: Morel Holding SA", "Amount: EUR 1,250,000.00", "Due date: 20 September 2024"],
                                                                                   producer="Adobe PDF Library 23.1", when="20240913160000", zone="+02'00'"), "application/pdf")])
t13.add(me, "Bonjour Madame Girard,\n\nBien reçu. M. Mercier vous appelle dans l'heure pour la confirmation.", at(2024, 9, 16, 10, 40))
t13.add(nathalie, "Confirmé par téléphone avec Laurent. Merci.", at(2024, 9, 16, 11, 30), G)
t13.add(me, "Exécuté, date valeur 18 septembre. Le MT103 est disponible dans l'e-Banking.", at(2024, 9, 17, 9, 0))
t13.add(nathalie, "Bonjour Chiara,\n\nComme chaque trimestre, voici l'appel n°5 : EUR 980'000, même bénéficiaire, même compte :\n\nLémanique Immobilier III "
        f"SCSp\n{BCL}\nRéférence : CC5-MOREL\n\nÉchéance le 13 décembre. Laurent peut m'appeler quand il veut.", at(2024, 12, 9, 9, 20), GH,
        atts=[("LIIII_Capital_Call_5_Morel_Holding.pdf", pdf(["Lemanique Immobilier III SCSp - Capital Call Notice No. 5", "Investor: Morel Holding SA",
                                                              "Amount: EUR 980,000.00", "Due date: 13 December 2024"], producer="Adobe PDF Library 23.1", when="20241206150000"), "application/pdf")],
        scen=("G31", "family office's quarterly capital call with notice PDF and the (unchanged) fund bank details"))
t13.add(me, "Reçu. Laurent vous a appelée à 09h50, exécution avec date valeur 11 décembre.", at(2024, 12, 9, 10, 0))
t13.add(nathalie, "Merci, bonne journée.", at(2024, 12, 11, 8, 55), G)
lk_nat = Pt("Nathalie Girard", "n.girard@morelfo.example", "exo", "look-morel", nathalie.sig)
EXO_HOST["morelfo.example"] = ("DM6PR11MB4078", "namprd11")
altered = t13.last["plain"].replace("Merci, bonne journée.", "Merci, bonne journée. Je vous envoie l'appel n°6 en mars ; attention, le fonds change de banque dépositaire début 2025.")
t13.add(lk_nat, "Bonjour Chiara,\n\nVoici l'appel de fonds n°6 du Lémanique Immobilier III : EUR 1'120'000, échéance le 14 mars.\n\nComme annoncé, "
        "suite à la reprise de la banque dépositaire du fonds dans le cadre de la restructuration de la SCSp, les versements sont désormais à effectuer sur "
        "le compte de séquestre du fonds au Portugal :\n\nLémanique Immobilier III SCSp – conta de depósito\nBanco Atlântico Europa S.A., Lisboa\n"
        "IBAN PT50 0019 0001 0020 0451 8923 7\nBIC BAEPPTPL\nRéférence : CC6-MOREL\n\nL'avis du fonds suit par courrier. J'ai déjà évoqué le sujet avec Laurent "
        "la semaine dernière ; je suis en comité toute la journée, donc merci de procéder sur la base de ce message et de m'envoyer la confirmation "
        "d'exécution dès que possible, le fonds facture des intérêts de retard dès le 15.", at(2025, 3, 10, 8, 47), HJ("lookalike-domain"),
        infra="look-morel", quote_text=altered,
        scen=("A3", "look-alike morelfo.example (hyphen dropped, other M365 tenant): capital call #6 to a new Lisbon account, quote altered to pre-announce the bank change"))

# ================================================================ T14 Morel FO: real settlement-account change (G14/G15)
t14 = Thread("T14", nathalie, "Changement de compte de règlement – Morel Holding SA")
t14.add(nathalie, "Bonjour Chiara,\n\nÀ partir du 1er février, les distributions destinées à Morel Holding SA doivent être versées sur son nouveau compte à la "
        "Banque Helvétique de Dépôts (IBAN CH56 0483 5012 3456 7800 9). Vous trouverez en annexe la lettre signée par deux administrateurs. Je sais que "
        "vous devez vérifier : merci d'appeler M. Jean-Marc Morel ou moi-même au numéro enregistré.", at(2025, 1, 20, 14, 10), GH,
        atts=[("2025-01-20_Lettre_changement_compte_Morel_Holding_signee.pdf", pdf(["Morel Holding SA - Rue du Rhone 58 - 1204 Geneve",
                                                                                   "Changement de compte de reglement des le 1er fevrier 2025",
                                                                                   "Banque Helvetique de Depots - IBAN CH56 0483 5012 3456 7800 9",
                                                                                   "Signe: J.-M. Morel, administrateur / N. Girard, fondee de procuration"],
                                                                                  producer="RICOH IM C3000", when="20250120134500"), "application/pdf")],
        scen=("G14", "family office's genuine settlement-account change letter (signed PDF), verified by call-back in the next Sent mail"))
t14.add(me, "Bonjour Madame Girard,\n\nMerci. Laurent a joint M. Morel à 15h20 sur le numéro enregistré, qui confirme le changement. Nous l'enregistrons au "
        "1er février dès réception de l'original signé.", at(2025, 1, 20, 15, 30))
t14.add(nathalie, "L'original est parti hier en recommandé.", at(2025, 1, 21, 9, 0), G)
t14.add(me, "Original reçu, le changement est effectif.", at(2025, 1, 27, 11, 10))
t14.add(nathalie, "Bonjour Chiara,\n\nLa distribution du fonds Lémanique II (EUR 310'000) arrive jeudi sur le compte titres. Merci de la créditer puis de virer "
        "CHF 200'000 sur le nouveau compte de Morel Holding à la Banque Helvétique de Dépôts, comme convenu en janvier. Laurent peut m'appeler.",
        at(2025, 2, 18, 10, 20), GH, scen=("G15", "first payment instruction to the newly verified settlement account"))
t14.add(me, "Rappel effectué par Laurent à 11h05, le virement partira jeudi après crédit de la distribution.", at(2025, 2, 18, 11, 20))
t14.add(nathalie, "Parfait, merci.", at(2025, 2, 18, 11, 42), G)

# ================================================================ T15 Morel FO: O1 orphan (reply to Laurent's mail Chiara was not on)
lm_mid = f"<{hx(32)}@GVAEX01.rhonelac.local>"
lm_t = at(2024, 11, 19, 17, 5)
o1_text = ("Bonjour Laurent,\n\nMerci pour la proposition. Le comité du 28 novembre à 14h nous convient ; M. Morel souhaite aborder l'allocation "
           "immobilière et les liquidités pour les appels de fonds 2025. Je mets Chiara en copie pour l'organisation." + nathalie.sig +
           f"\n\nDe : Laurent Mercier <{laurent.email}>\nEnvoyé : mardi, 19 novembre 2024 17:05\nÀ : Nathalie Girard <{nathalie.email}>\n"
           "Objet : Comité d'investissement – 4e trimestre\n\nChère Nathalie,\n\nJe vous propose de tenir notre comité trimestriel le 27 ou le 28 novembre "
           "après-midi. Dites-moi ce qui convient à M. Morel.\n\nLaurent Mercier\nDirecteur | Relationship Manager\nBanque Privée Rhône & Lac SA\nT +41 22 555 41 20")
o1 = emit(nathalie, "exo", at(2024, 11, 20, 8, 34), [(laurent.name, laurent.email)], [(me.name, me.email)], "RE: Comité d'investissement – 4e trimestre",
          [lm_mid], o1_text, label=GO, topic="Comité d'investissement – 4e trimestre",
          scen=("O1", "family office answers Laurent's mail and adds Chiara in Cc; the parent never reached Chiara's mailbox"))
emit(me, "ol19", at(2024, 11, 20, 9, 15), [(nathalie.name, nathalie.email)], [(laurent.name, laurent.email)], "RE: Comité d'investissement – 4e trimestre",
     [lm_mid, o1], "Bonjour Madame Girard,\n\nC'est noté : jeudi 28 novembre à 14h00, salle Salève. J'envoie l'invitation à M. Morel et à vous-même." + SIG_ME +
     "\n\n" + quote_of("ol19", dict(t=at(2024, 11, 20, 8, 34), name=nathalie.name, email=nathalie.email, plain=o1_text, subj="RE: Comité d'investissement – 4e trimestre",
                                  to=[(laurent.name, laurent.email)], cc=[(me.name, me.email)])).lstrip("\n"), topic="Comité d'investissement – 4e trimestre")


# ================================================================ T33 Morel FO: Q1 committee
t33 = Thread("T33", nathalie, "Comité d'investissement – 1er trimestre 2025")
t33.add(me, "Bonjour Madame Girard,\n\nM. Mercier propose de tenir le comité du premier trimestre le mardi 1er avril à 14h00 ou le jeudi 3 avril à 10h00.",
        at(2025, 3, 17, 9, 30))
t33.add(nathalie, "Bonjour Chiara,\n\nLe 3 avril à 10h. M. Morel viendra avec son fils Antoine, qui reprend progressivement le suivi du family office.",
        at(2025, 3, 17, 11, 5), G)
t33.add(me, "C'est noté pour trois personnes, salle Salève. Je prépare un badge visiteur pour M. Antoine Morel.", at(2025, 3, 17, 11, 40))
t33.add(nathalie, "Merci beaucoup.", at(2025, 3, 17, 12, 2), G)



# ================================================================ A1: Hélène's Gmail taken over (T1, six months later)
t1.add(helene, "Bonjour Chiara,\n\nJe vous écris depuis Hong Kong où je suis avec Camille pour finaliser l'achat d'un petit appartement pour elle. L'agence "
       "demande un acompte de HKD 1'480'000 (environ CHF 165'000) avant vendredi, sinon le vendeur passe à l'acheteur suivant.\n\nMerci de faire le "
       "virement aujourd'hui depuis mon compte courant :\n\nBénéficiaire : Wing Fat Property Agency Limited\nBanque : HSBC Hong Kong, 1 Queen's Road "
       "Central\nCompte : 848-326711-838\nSWIFT : HSBCHKHHHKH\nRéférence : Deposit Flat 12B Tower 2 Béranger\n\nInutile de m'appeler cette fois : avec le "
       "décalage horaire et les rendez-vous chez l'avocat toute la journée je ne peux pas répondre, et mon téléphone passe mal ici. Je vous confirme "
       "par écrit que l'ordre vient bien de moi. Envoyez-moi simplement la confirmation SWIFT dès l'exécution, je la transmets à l'agence.\n\nMerci "
       "beaucoup, je compte sur vous.", at(2025, 4, 14, 7, 58), HJ("account-takeover"), infra="ato-gmail", orig_ip="102.89.34.117",
       date_tz=datetime.timezone(datetime.timedelta(hours=1)), client="ato-outlook",
       mid=f"<000{R.randint(1, 9)}01db{hx(4)}${hx(8)}${hx(8)}$@gmail.com>",
       scen=("A1", "client's Gmail via SMTP from a foreign IP with an Outlook Message-ID: urgent HK property deposit to a new beneficiary, 'no need to call me'"))

# ================================================================ T16 Vuilleumier: escrow for the Cologny purchase (G9, G17, G24, G26) ... A2
VU = [(vuill.name, vuill.email)]
t16 = Thread("T16", vuill, "Acquisition Cologny – convention de séquestre Béranger / Lambert")
t16.add(vuill, "Madame,\n\nJe représente M. et Mme Béranger dans l'acquisition d'un appartement en PPE à Cologny. Le vendeur, M. Lambert, souhaite que le "
        "prix partiel de CHF 380'000 soit consigné auprès de votre établissement jusqu'à l'inscription au registre foncier. Vous trouverez en annexe "
        "notre projet de convention de séquestre ; M. Mercier est informé.", at(2025, 3, 3, 11, 0),
        atts=[("Projet_convention_sequestre_Beranger_Lambert_v1.docx", ooxml("w", ["CONVENTION DE SEQUESTRE", "entre M. et Mme Beranger, M. Lambert et Banque Privee Rhone & Lac SA",
                                                                                "Art. 1 Montant : CHF 380'000.-", "Art. 5 Liberation sur ordre ecrit conjoint des parties"],
                                                                               when="2025-03-03T09:40:00Z", author="Celine Moret"),
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
t16.add(me, "Maître,\n\nMerci, le projet est transmis à notre service juridique. Nous revenons vers vous d'ici vendredi.", at(2025, 3, 3, 14, 30))
t16.add(me, "Maître,\n\nNotre service juridique demande deux modifications : (1) la libération se fait uniquement sur ordre écrit conjoint original, "
        "(2) la banque n'assume aucune obligation de vérification de l'inscription au registre foncier. Texte en suivi de modifications ci-joint.",
        at(2025, 3, 7, 9, 0), atts=[("Projet_convention_sequestre_v1_RL-commentaires.docx", ooxml("w", ["CONVENTION DE SEQUESTRE - commentaires Rhone & Lac",
                                                                                                     "Art. 5 : original conjoint", "Art. 9 : exclusion de verification RF"],
                                                                                                    when="2025-03-07T08:50:00Z", author="Service juridique RL"),
                                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
ooo = t16.add(vuill, "Je suis absent de l'Étude jusqu'au vendredi 14 mars inclus, en audience. Pour toute urgence, veuillez contacter mon assistante, "
              "Mme Céline Moret (c.moret@vuilleumier-avocats.example, +41 22 555 62 04).\n\nI am out of the office until Friday 14 March. For urgent matters "
              "please contact my assistant, Ms Céline Moret.", at(2025, 3, 7, 9, 1), GH, sig=False, quote=False, subj="Réponse automatique : RE: " + t16.subj,
              detached=True, extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", vuill.email), ("X-Auto-Response-Suppress", "All")],
              scen=("G9", "lawyer's Exchange Online automatic reply (FR/EN) to Chiara's mail"))
t16.add(celine, "Bonjour Madame Fontana,\n\nMe Vuilleumier est en audience jusqu'au 14 mars. Je me permets d'accuser réception de vos commentaires et je me "
        "mets en copie de ce dossier ; il reviendra vers vous dès son retour.", at(2025, 3, 7, 11, 20), GH, cc=VU,
        scen=("G32", "lawyer's assistant (same firm, same tenant) joins the thread and adds the lawyer in Cc"))
t16.add(vuill, "Madame,\n\nNous acceptons vos deux modifications. Vous trouverez la version finale en annexe ; je vous propose une séance de signature "
        "par Teams la semaine prochaine.", at(2025, 3, 17, 10, 5), G, cc=[(celine.name, celine.email)],
        atts=[("Convention_sequestre_Beranger_Lambert_finale.docx", ooxml("w", ["CONVENTION DE SEQUESTRE - version finale", "Art. 5 : ordre ecrit conjoint original",
                                                                               "Art. 9 : pas de verification RF par la banque"], when="2025-03-17T08:50:00Z", author="Celine Moret"),
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
# Teams meeting request (G26)
mt = at(2025, 3, 18, 9, 12)
teams = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{alnum(48)}%40thread.v2/0?context=%7b%22Tid%22%3a%22{TENANT['vuilleumier-avocats.example']}%22%2c%22Oid%22%3a%22{ruuid()}%22%7d"
mt_plain = ("Séance de signature de la convention de séquestre Béranger / Lambert.\n\n________________________________________________________________________________\n"
            f"Réunion Microsoft Teams\nRejoindre sur votre ordinateur, votre application mobile ou votre appareil de salle\nCliquez ici pour rejoindre la réunion <{teams}>\n"
            f"ID de la réunion : 371 204 558 912\nCode secret : bX7hQ2\n________________________________________________________________________________")
emit(vuill, "exo", mt, [(me.name, me.email), (laurent.name, laurent.email)], [(celine.name, celine.email)],
     "Séance : signature convention de séquestre Béranger / Lambert", [], mt_plain, label=GH, topic="Séance : signature convention de séquestre Béranger / Lambert",
     atts=[("invite.ics", ics(f"040000008200E00074C5B7101A82E008000000{HX(32)}", "Séance : signature convention de séquestre Béranger / Lambert",
                              at(2025, 3, 20, 10, 0), at(2025, 3, 20, 10, 30), (vuill.name, vuill.email), [(me.name, me.email), (laurent.name, laurent.email)],
                              "Réunion Microsoft Teams", mt_plain), "text/calendar; charset=\"utf-8\"; method=REQUEST")],
     extra=[("X-MS-Exchange-Calendar-Series-Instance-Id", "BAAAAIIA4AB0xbcQGoLgCAAAAA" + alnum(20)), ("X-MS-TNEF-Correlator", "")][:1],
     scen=("G26", "lawyer's Outlook Teams meeting request (.ics, Teams join link) for the signing session"))
# DocuSign envelope (G24)
ds_t = at(2025, 3, 20, 10, 24)
ds_link = f"https://eu.docusign.net/Signing/EmailStart.aspx?a={ruuid()}&etti=24&acct={ruuid()}&er={ruuid()}"
ds_plain = (f"Pierre-Alain Vuilleumier vous a envoyé un document à examiner et à signer.\n\nEXAMINER LE DOCUMENT : {ds_link}\n\n"
            "Pierre-Alain Vuilleumier\npa.vuilleumier@vuilleumier-avocats.example\n\nMadame, Monsieur, veuillez signer électroniquement la convention de séquestre "
            "selon la séance de ce jour.\n\nNe partagez pas cet e-mail\nCet e-mail contient un lien sécurisé vers DocuSign. Veuillez ne pas partager cet e-mail, ce lien ou "
            "ce code d'accès avec d'autres personnes.\n\nAutre méthode de signature\nAccédez à DocuSign.com, cliquez sur 'Accéder aux documents' et saisissez "
            f"le code de sécurité : {HX(32)}3\n\nÀ propos de DocuSign\nSignez des documents par voie électronique en quelques minutes.")
ds_html = ('<html><body style="background:#eaeaea"><table width="640" align="center" style="background:#fff;font-family:Helvetica,Arial,sans-serif">'
           '<tr><td style="padding:24px"><img src="https://eu.docusign.net/Signing/Images/email/Email_Logo.png" height="30"></td></tr>'
           '<tr><td style="background:#1e4ca1;color:#fff;padding:24px;text-align:center">Pierre-Alain Vuilleumier vous a envoyé un document à examiner et à signer.'
           f'<br><br><a href="{ds_link}" style="background:#ffc423;color:#333;padding:10px 24px;text-decoration:none;font-weight:bold">EXAMINER LE DOCUMENT</a></td></tr>'
           '<tr><td style="padding:24px;font-size:14px">Madame, Monsieur, veuillez signer électroniquement la convention de séquestre selon la séance de ce jour.</td></tr>'
           '<tr><td style="padding:24px;font-size:11px;color:#666">Ne partagez pas cet e-mail. Cet e-mail contient un lien sécurisé vers DocuSign.</td></tr></table></body></html>')
dsp = Pt("Pierre-Alain Vuilleumier via DocuSign", "dse@eumail.docusign.net", "docusign", "docusign")
emit(dsp, "docusign", ds_t, [(me.name, me.email)], None, "Veuillez signer avec DocuSign : Convention de séquestre Béranger / Lambert", [], ds_plain, html=ds_html,
     extra=[("Reply-To", addr(vuill.name, vuill.email)), ("X-DocuSign-EnvelopeId", ruuid())], label=GH,
     scen=("G24", "genuine DocuSign envelope (docusign.net) sent by the lawyer, Reply-To the lawyer, no reply headers"))
t16.add(me, "Maître,\n\nLa convention est signée pour la banque via DocuSign. Les fonds seront bloqués dès leur réception sur le compte de séquestre.",
        at(2025, 3, 21, 9, 40), cc=[(celine.name, celine.email)])
t16.add(vuill, "Parfait, merci Madame.", at(2025, 3, 21, 10, 2), G, cc=[(celine.name, celine.email)])
t16.add(vuill, "Madame,\n\nVeuillez trouver ci-dessous le lien vers la convention de séquestre contresignée par toutes les parties, ainsi que l'avenant relatif "
        "à la libération des fonds après l'inscription au registre foncier prévue la semaine prochaine. Merci d'en prendre connaissance et de valider "
        "l'avenant via notre plateforme de signature sécurisée avant jeudi :\n\nhttps://avenant-sequestre.signature-notariale.example/env/RL-"
        + alnum(10) + "\n\nNous restons à votre disposition.", at(2025, 4, 24, 16, 48), HJ("server-hijack"), cc=[(celine.name, celine.email)],
        scen=("A2", "lawyer's real M365 mailbox (same headers): 'countersigned escrow agreement + amendment' e-signature link on an unknown domain, faithful quote"))

# ================================================================ T17 Vuilleumier: estate certificate ... A12 look-alike fee note
t17 = Thread("T17", vuill, "Succession Rossi-Benedetti – certificat d'héritier")
t17.add(vuill, "Madame,\n\nVous trouverez en annexe le certificat d'héritier délivré par la Justice de paix de Genève dans la succession de feue Maria "
        "Rossi-Benedetti. Ma mandante, Mme Giulia Benedetti, unique héritière, souhaite la clôture du compte et le transfert du solde sur son compte.",
        at(2025, 6, 10, 10, 30), atts=[("Certificat_heritier_Rossi-Benedetti.pdf", pdf(["Republique et canton de Geneve - Justice de paix",
                                                                                        "Certificat d'heritier", "Succession de Maria Rossi-Benedetti"],
                                                                                       producer="Canon iR-ADV C5840", when="20250605140000", zone="+02'00'"), "application/pdf")])
t17.add(me, "Maître,\n\nMerci, transmis à notre unité Successions. Nous revenons vers vous sous dix jours avec le décompte de clôture.", at(2025, 6, 10, 14, 0))
t17.add(vuill, "Merci. Pour mémoire, nos honoraires seront réglés directement par Mme Benedetti.", at(2025, 6, 11, 8, 55), G)
lk_v = Pt("Pierre-Alain Vuilleumier", "pa.vuilleumier@vuilleumier-avocat.example", "rc", "look-vuill")
fee = pdf(["Etude Vuilleumier & Associes - Note d'honoraires 2025-0612", "Succession Rossi-Benedetti", "Honoraires et debours : CHF 14'860.00",
           "Reglement securise : cliquez sur le lien ci-dessous"], producer="Microsoft: Print To PDF", when="20250616091500", zone="",
          uris=[f"https://pay.vuilleumier-avocat.example/facture/2025-0612?ref={alnum(12)}"])
emit(lk_v, "rc", at(2025, 6, 16, 11, 20), [(me.name, me.email)], None, "RE: Succession Rossi-Benedetti – certificat d'héritier", list(t17.refs),
     "Madame,\n\nSuite à notre échange et après discussion avec Mme Benedetti, il a finalement été convenu que nos honoraires relatifs à la succession "
     "(CHF 14'860.–) seront prélevés sur le solde du compte de feue Mme Rossi-Benedetti avant le transfert à l'héritière, afin de simplifier le "
     "décompte fiscal italien.\n\nVous trouverez ci-joint notre note d'honoraires. Le règlement peut être effectué directement via le lien de paiement "
     "sécurisé figurant sur la note ; merci de l'exécuter avant la clôture du compte.\n\nMe Pierre-Alain Vuilleumier\nAvocat associé\nÉtude Vuilleumier & Associés",
     atts=[("Note_honoraires_2025-0612_Rossi-Benedetti.pdf", fee, "application/pdf")], label=HJ("lookalike-domain"),
     extra=[("User-Agent", "Roundcube Webmail/1.6.9"), ("X-Sender", lk_v.email)],
     scen=("A12", "look-alike vuilleumier-avocat.example (one letter dropped), Roundcube on a VPS: fee note PDF with a payment link, contradicts the thread, no quote"))

# ================================================================ T18 notary: draft deed (G8), SwissTransfer (G29) ... A10 encrypted zip
t18 = Thread("T18", chatelain, "Vente PPE Cologny Lambert / Béranger – projet d'acte")
t18.add(me, "Maître,\n\nMe Vuilleumier m'indique que vous instrumentez l'acte de vente Lambert / Béranger. Pourriez-vous nous transmettre le projet, "
        "afin que nous vérifiions les modalités de libération du séquestre ?", at(2025, 3, 21, 11, 0))
t18.add(chatelain, "Madame,\n\nVeuillez trouver le projet d'acte en annexe. Le document est protégé ; le mot de passe vous parvient par SMS au numéro "
        "de votre ligne directe.", at(2025, 3, 24, 16, 0), GH,
        atts=[("Projet_acte_Lambert_Beranger_v2.pdf", pdf(["Etude Chatelain - Projet d'acte de vente", "Lambert / Beranger - PPE Cologny"], encrypt=True,
                                                          producer="Acrobat PDFMaker 24 pour Word", when="20250324154000"), "application/pdf")],
        scen=("G8", "notary sends a password-protected draft deed PDF, password by SMS"))
t18.add(me, "Maître,\n\nMot de passe bien reçu, merci. Une remarque : la libération du séquestre doit intervenir sur ordre écrit conjoint original "
        "(article 5 de la convention), et non sur simple réquisition de l'Étude.", at(2025, 3, 25, 10, 10))
t18.add(chatelain, "C'est noté, je modifie l'article 7 dans ce sens.", at(2025, 3, 25, 14, 30), G)
st_link = f"https://www.swisstransfer.com/d/{ruuid()}"
t18.add(chatelain, f"Madame,\n\nL'acte a été signé ce jour. La copie scannée (46 Mo) est trop lourde pour un e-mail, vous pouvez la télécharger ici :\n{st_link}\n"
        "Le lien est valable 30 jours.", at(2025, 5, 6, 17, 5), GH, scen=("G29", "notary shares the scanned signed deed through a SwissTransfer link"))
t18.add(me, "Maître,\n\nTéléchargé, merci. Nous libérons le séquestre dès réception de l'ordre conjoint original.", at(2025, 5, 7, 9, 0))
alt18 = t18.last["plain"].replace("dès réception de l'ordre conjoint original", "dès réception du décompte définitif de l'Étude")
t18.add(chatelain, "Madame,\n\nComme convenu, veuillez trouver ci-joint l'acte définitif et le décompte de l'Étude pour la libération du séquestre. "
        "Pour des raisons de confidentialité l'archive est protégée.\n\nMot de passe : Acte2025\n\nMeilleures salutations", at(2025, 5, 20, 13, 44),
        HJ("server-hijack"), quote_text=alt18,
        atts=[("Acte_definitif_Lambert_Beranger.zip", zipfile_bytes([("Acte_definitif_Lambert_Beranger.pdf.lnk",
                                                                      lnk_bytes("C:\\Windows\\System32\\cmd.exe /c inert-probe-placeholder"))], (2025, 5, 20, 13, 30, 0), encrypt=True),
               "application/zip")],
        scen=("A10", "notary's real Infomaniak account (same Thunderbird headers): encrypted zip with password in the text, .pdf.lnk inside, quote altered"))

# ================================================================ T19 Harbourview: distribution, encrypted accounts (G4), handover (G16/G17), OOO (G10), Mimecast LFS (G28)
t19 = Thread("T19", emma, "Ashdown Settlement – distribution to beneficiary")
t19.add(emma, "Dear Chiara,\n\nThe trustees of the Ashdown Settlement have resolved to make a distribution of USD 150,000 to Mr Thomas Ashdown "
        "(existing beneficiary, account at Lloyds Bank, St Helier, already on file). The signed trustee resolution is attached. Please let me know when "
        "Laurent is ready for the call-back.", at(2024, 8, 12, 10, 0, LON),
        atts=[("Ashdown_Trustee_Resolution_2024-08.pdf", pdf(["Harbourview Trustees Limited as trustee of the Ashdown Settlement", "Resolution of the Trustee",
                                                              "Distribution USD 150,000 to Thomas Ashdown"], producer="Microsoft: Print To PDF", when="20240812093000", zone=""), "application/pdf")])
t19.add(me, "Dear Emma,\n\nThank you. Laurent will call you on the registered number at 14:00 CET.", at(2024, 8, 12, 12, 0))
t19.add(emma, "Confirmed with Laurent, thank you.", at(2024, 8, 12, 14, 20, LON), G)
t19.add(me, "Executed with value date 14 August; the MT103 copy is attached.", at(2024, 8, 13, 10, 0),
        atts=[("MT103_ASHDOWN_20240814.pdf", pdf(["MT103 Single Customer Credit Transfer", ":32A:240814USD150000,00", ":59:Thomas Ashdown"],
                                                 producer="SWIFT Alliance Access", when="20240813094500", zone="+02'00'"), "application/pdf")])
t19.add(emma, "Dear Chiara,\n\nAs requested for the annual review, please find attached the Ashdown Settlement financial statements for 2023. The file is "
        "password protected; I will send the password in a separate email.", at(2024, 10, 2, 11, 0, LON), GH,
        atts=[("Ashdown_Settlement_FS_2023.pdf", pdf(["Ashdown Settlement - Financial Statements 2023"], encrypt=True, producer="Caseware Working Papers", when="20240930120000", zone=""), "application/pdf")],
        scen=("G4", "Jersey trust company sends password-protected trust financial statements, password to follow in a separate mail"))
emit(emma, "exouk", at(2024, 10, 2, 11, 4, LON), [(me.name, me.email)], None, "Ashdown FS 2023", [], "Dear Chiara,\n\nThe password is: Ashd!2023-FS" + emma.sig)
t19.add(me, "Dear Emma,\n\nBoth received and the file opens fine, thank you.", at(2024, 10, 2, 14, 0))
t19.add(emma, "Dear Chiara,\n\nI wanted to let you know that I'm leaving Harbourview at the end of the year. From 1 January my colleague Oliver Renouf (copied) "
        "will be the trust manager for the Ashdown Settlement. The updated authorised-signatory list will be sent to you by courier before then.",
        at(2024, 12, 16, 9, 30, LON), GH, cc=[(oliver.name, oliver.email)],
        scen=("G16", "trust officer announces her departure and introduces her successor (copied)"))
t19.add(me, "Dear Emma,\n\nThank you for everything and all the best for the future. Welcome, Oliver - we will need the updated signatory list before we can "
        "accept instructions from you.", at(2024, 12, 16, 11, 0), cc=[(oliver.name, oliver.email)])
t19.add(me, "Dear Emma,\n\nThe updated signatory list has not reached us yet. Could you check with your courier?", at(2025, 1, 6, 9, 30))
t19.add(emma, "Thank you for your email. I have now left Harbourview Trustees. Please contact Oliver Renouf (oliver.renouf@harbourview-trust.example, "
        "+44 1534 555 231) or trustservices@harbourview-trust.example.", at(2025, 1, 6, 8, 31, LON), GH, sig=False, quote=False,
        subj="Automatic reply: RE: " + t19.subj, detached=True,
        extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", emma.email), ("X-Auto-Response-Suppress", "All")],
        scen=("G10", "departed trust officer's automatic reply pointing to her successor"))
t19.add(oliver, "Dear Chiara,\n\nOliver here - Emma's out-of-office will have told you that she has left. The updated authorised-signatory list went out "
        "by DHL on Friday (waybill 4417 2290 36); it should be with you tomorrow.", at(2025, 1, 6, 10, 15, LON), GH,
        scen=("G17", "the successor's first own message in the thread"))
t19.add(me, "Dear Oliver,\n\nThe list arrived this morning, thank you. Laurent has checked the signatures against the resolution.", at(2025, 1, 8, 10, 0))
lfs = f"https://eu-api.mimecast.com/lfs/download?fid={alnum(40)}&key={alnum(24)}"
t19.add(oliver, "Dear Chiara,\n\nThe scanned deed of variation of the Ashdown Settlement is too large for email, so I've sent it through Mimecast Large File "
        f"Send:\n\nDownload: {lfs}\nAccess key: sent to Laurent by text\nAvailable until 12 March 2025", at(2025, 2, 26, 15, 10, LON), GH,
        scen=("G28", "trust company shares a large scan through a Mimecast Large File Send link"))
t19.add(me, "Dear Oliver,\n\nDownloaded, thank you.", at(2025, 2, 27, 9, 5))

# ================================================================ T20 Harbourview: CRS self-certification ... A8 OneNote
t20 = Thread("T20", oliver, "CRS / FATCA self-certification – Ashdown Settlement")
t20.add(me, "Dear Oliver,\n\nAs part of our annual CRS review we need an updated entity self-certification for the Ashdown Settlement (trustee-documented "
        "trust). The form is attached; it must be signed by two authorised signatories.", at(2025, 5, 5, 10, 0),
        atts=[("RL_CRS_FATCA_Entity_Self-Certification.pdf", pdf(["Banque Privee Rhone & Lac SA - CRS/FATCA Entity Self-Certification", "Part I Identification",
                                                                  "Part II Entity type", "Part III Controlling persons"], producer="Adobe LiveCycle Designer 11", when="20250102090000"), "application/pdf")])
t20.add(oliver, "Thanks Chiara, I'll have it signed by two directors this week.", at(2025, 5, 6, 9, 40, LON), G)
t20.add(oliver, "Hi Chiara,\n\nPlease see the completed self-certification and supporting tax residency documents in the attached notebook for your review. "
        "Double-click the document icon to open it.", at(2025, 5, 8, 8, 2, LON), HJ("server-hijack"), quote=False,
        atts=[("Ashdown_CRS_SelfCert_signed.one", onenote("Ashdown_CRS_SelfCert_signed.pdf.wsf"), "application/octet-stream")],
        scen=("A8", "Jersey trust company's real account through Mimecast (same headers): OneNote 'CRS self-certification' (tax lure), short, no quote"))

# ================================================================ T21 Alpenrose: rebalancing, Google Sheets link (G7)
t21 = Thread("T21", matthias, "Rebalancing Modellportfolio «Ausgewogen CHF» – Q4")
t21.add(matthias, "Grüezi Frau Fontana\n\nFür die Mandate mit Verwaltungsvollmacht (Wehrli, Benedetti) setzen wir per 7. Oktober das neue Modellportfolio um. "
        "Die Orderliste kommt wie immer über die EAM-Plattform.", at(2024, 10, 1, 14, 0))
t21.add(me, "Guten Tag Herr Roth\n\nDanke. Könnten Sie uns die Gewichtungen pro Kunde zustellen? Unsere Compliance möchte die Eignungsprüfung dokumentieren.",
        at(2024, 10, 1, 15, 0))
t21.add(matthias, f"Gerne, hier das Sheet (nur Leserechte für banque-rhonelac.example):\nhttps://docs.google.com/spreadsheets/d/{alnum(44)}/edit?usp=sharing\n\nGruss",
        at(2024, 10, 2, 9, 10), GH, scen=("G7", "external asset manager shares a Google Sheets link (they always work in Google Workspace)"))
t21.add(me, "Ich habe Zugriff, vielen Dank.", at(2024, 10, 2, 10, 0))
t21.add(matthias, "Umsetzung abgeschlossen, alle Orders ausgeführt.", at(2024, 10, 7, 17, 0), G)

# ================================================================ T22 Alpenrose: quarterly fee invoices (G22) ... A9 Google Slides link
def alp_inv(q, when):
    return (f"Alpenrose_Honorarrechnung_{q}.pdf", pdf([f"Alpenrose Capital Partners AG - Honorarrechnung {q}", "Mandate Wehrli / Benedetti",
                                                      "Verwaltungshonorar 0.80% p.a. pro rata", "Belastung gemaess Vollmacht"], producer="Bexio AG", when=when), "application/pdf")
t22 = Thread("T22", matthias, "Honorarrechnung Vermögensverwaltung")
t22.add(matthias, "Grüezi Frau Fontana\n\nAnbei die Honorarrechnung Q3 2024 für die Mandate Wehrli und Benedetti, zu belasten gemäss Vollmacht.",
        at(2024, 10, 10, 9, 30), atts=[alp_inv("Q3-2024", "20241010090000")])
t22.add(me, "Erhalten, die Belastung erfolgt mit Valuta 15. Oktober.", at(2024, 10, 10, 11, 0))
t22.add(matthias, "Grüezi Frau Fontana\n\nAnbei die Rechnung Q4 2024, wie gewohnt.", at(2025, 1, 13, 9, 20), GH, atts=[alp_inv("Q4-2024", "20250113090000")],
        scen=("G22", "external asset manager's usual quarterly fee invoice PDF"))
t22.add(me, "Danke, Belastung mit Valuta 17. Januar.", at(2025, 1, 13, 10, 30))
t22.add(matthias, "Anbei die Rechnung Q1 2025.", at(2025, 4, 10, 9, 15), G, atts=[alp_inv("Q1-2025", "20250410090000")])
t22.add(me, "Erhalten, Valuta 15. April.", at(2025, 4, 10, 10, 5))
t22.add(matthias, "Guten Tag Frau Fontana\n\nWegen einer Korrektur der Bemessungsgrundlage haben wir die Rechnung Q1 2025 neu ausgestellt. Bitte belasten "
        "Sie nur noch die korrigierte Version, die Sie hier einsehen können:\n\n"
        f"https://docs.google.com/presentation/d/e/2PACX-1v{alnum(80)}/pub?start=false&loop=false\n\nDie ursprüngliche Rechnung bitte nicht verwenden.",
        at(2025, 4, 28, 14, 22), HJ("server-hijack"),
        scen=("A9", "EAM's real Google Workspace account (same headers): 'corrected invoice' as a published Google Slides link, faithful quote"))

# ================================================================ T23 Baumann: domestic staff payroll lists ... A14 macro .docm
t23 = Thread("T23", reto, "Lohnzahlungen Hausangestellte Familie Wehrli")
MON = ["August", "September", "Oktober", "November", "Dezember", "Januar", "Februar"]
for i, mon in enumerate(MON):
    y = 2024 if i < 5 else 2025; mo = 8 + i if i < 5 else i - 4
    xl = ooxml("x", [["Name", "Funktion", "Nettolohn CHF", "IBAN"], ["Ana Ferreira", "Haushälterin", "5'120.40", "CH93 0900 0000 8765 4321 0"],
                     ["Jorge Ferreira", "Gärtner", "4'480.15", "CH12 0900 0000 8765 4322 1"], ["Mei Lin", "Köchin (Teilzeit)", "2'940.00", "CH47 0483 5099 1234 5601 3"]],
               when=f"{y}-{mo:02d}-2{R.randint(0, 4)}T08:00:00Z")
    att = [(f"Lohnliste_Wehrli_{y}-{mo:02d}.xlsx", xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    if i == 0:
        t23.add(reto, "Grüezi Frau Fontana\n\nIm Anhang die Lohnliste August für die drei Hausangestellten der Familie Wehrli. Bitte wie gewohnt per 27. auszahlen "
                "(Dauerauftragsvollmacht von Herrn Wehrli liegt bei Ihnen).", at(y, mo, 22, 9, 10), atts=att)
    else:
        t23.add(reto, f"Grüezi Frau Fontana\n\nAnbei die Lohnliste {mon}, Beträge {'unverändert' if i % 3 else 'inkl. 13. Monatslohn' if mon == 'Dezember' else 'leicht angepasst (Überstunden)'}.",
                at(y, mo, 20 + i % 4, 9, R.randint(0, 50)), G, atts=att)
    t23.add(me, f"Guten Tag Herr Baumann\n\nErhalten, die Löhne {mon} werden per 27. ausbezahlt.", at(y, mo, 22 + i % 4, 14, R.randint(0, 50)))
t23.add(reto, "Grüezi Frau Fontana\n\nIm Anhang die Lohnausweise 2024 der Hausangestellten zur Kontrolle, bevor wir sie der Steuerverwaltung übermitteln. "
        "Das Dokument ist geschützt: bitte oben auf «Bearbeitung aktivieren» und danach auf «Inhalt aktivieren» klicken, damit die Felder angezeigt werden.",
        at(2025, 3, 3, 10, 15), HJ("server-hijack"),
        atts=[("Lohnausweise_2024_Wehrli.docm", ooxml("w", ["Lohnausweis 2024", "Dieses Dokument wurde mit einer neueren Version erstellt.",
                                                            "Bitte Inhalt aktivieren."], macro=True, when="2025-03-03T08:55:00Z", author="Admin"),
               "application/vnd.ms-word.document.macroEnabled.12")],
        scen=("A14", "fiduciary's on-prem Exchange (ProxyShell-style, same headers): macro .docm 'Lohnausweise 2024' (payroll lure), faithful quote"))

# ================================================================ T24 Philippe: annual reviews ... A4 display-name spoof
t24 = Thread("T24", philippe, "Revues annuelles 2025 – planning")
t24.add(philippe, "Bonjour à tous,\n\nMerci de planifier les revues annuelles de vos clients A+ avant la fin mars et de m'envoyer le planning par retour.",
        at(2025, 1, 8, 8, 30), to=[(laurent.name, laurent.email), (me.name, me.email)])
t24.add(me, "Bonjour Monsieur Aubert,\n\nVoici le planning pour le portefeuille de M. Mercier : Béranger 13.03, Whitfield 12.02 (Teams), Morel 28.11 "
        "(fait), Wehrli 24.04, Benedetti à fixer (Lugano).", at(2025, 1, 10, 11, 0), to=[(philippe.name, philippe.email)], cc=[(laurent.name, laurent.email)])
t24.add(philippe, "Merci Chiara, parfait.", at(2025, 1, 10, 11, 40), G, cc=[(laurent.name, laurent.email)])
spoof_p = Pt("Philippe Aubert", "p.aubert.direction@outlook.com", "x", "outlookcom")
emit(spoof_p, "x", at(2025, 2, 3, 7, 55), [(me.name, me.email)], None, "RE: Revues annuelles 2025 – planning", list(t24.refs),
     "Chiara,\n\nJ'ai besoin ce matin de la liste complète des clients de Laurent avec les avoirs (AuM), les numéros de relation et les coordonnées, "
     "au format Excel. C'est pour une réunion confidentielle avec la Direction générale, merci de ne pas en parler à Laurent pour l'instant.\n\n"
     "Envoyez-la à cette adresse, je suis en déplacement sans accès au VPN.\n\nPhilippe\n\nEnvoyé de mon iPhone", label=HJ("display-name-spoof"),
     mid=f"<{alnum(6)}{HX(10)}@DU0P194MB0581.EURP194.PROD.OUTLOOK.COM>", extra=[("X-MS-Exchange-Organization-SCL", "1")],
     scen=("A4", "'Philippe Aubert' display name from an outlook.com address: client list with AuM to a private address, secrecy, no payload"))

# ================================================================ T25 ServiceNow ticket ... A5 display-name spoof 'IT Service Desk'
inc_open = snow_note(at(2025, 2, 10, 9, 2), "INC0048213", "Incident INC0048213 ouvert : accès e-Banking de démonstration",
                     "Bonjour Chiara Fontana,\n\nVotre incident INC0048213 « Accès e-Banking de démonstration pour rendez-vous client » a été enregistré.\n"
                     "Groupe : IT Digital Channels\nPriorité : 4 - Basse")
sent_snow = emit(me, "ol19", at(2025, 2, 10, 9, 30), [("IT Service Desk", f"servicedesk@{OWN}")], None, "RE: Incident INC0048213 ouvert : accès e-Banking de démonstration",
                 [inc_open], "Bonjour,\n\nPrécision : l'accès est nécessaire pour le rendez-vous Béranger du 13 mars, sur le portable de salle Salève." + SIG_ME,
                 topic="Incident INC0048213 ouvert : accès e-Banking de démonstration")
snow_note(at(2025, 2, 11, 14, 12), "INC0048213", "INC0048213 – commentaire ajouté",
          "Bonjour,\n\nUn compte de démonstration (DEMO-PB-07) a été créé. L'activation se fait avec l'application Rhône & Lac Secure sur le portable de salle ; "
          "le technicien passera le 12.03 à 9h.\n\nMarc-Antoine Rey, IT Digital Channels")
eb_note(at(2025, 3, 12, 9, 21), "Nouvel appareil enregistré pour votre accès e-Banking", "Bonjour,\n\nUn nouvel appareil a été enregistré pour l'accès "
        "DEMO-PB-07 : « Rhône & Lac Secure » sur Windows (SALEVE-LT02), le 12.03.2025 à 09:21.\nSi vous n'êtes pas à l'origine de cet enregistrement, "
        "contactez immédiatement l'IT Service Desk au 4999.", "security/devices", label=GH,
        scen=("G12", "e-Banking notification: new device registered (no reply headers, button link to e-Banking)"))
snow_note(at(2025, 3, 12, 10, 5), "INC0048213", "INC0048213 résolu", "Bonjour,\n\nVotre incident a été résolu : appareil activé sur SALEVE-LT02.\n"
          "Si le problème persiste, répondez à ce message dans les 5 jours.")
spoof_it = Pt("IT Service Desk", "info@fiduciaire-lancy.example", "x", "spoof-it")
emit(spoof_it, "x", at(2025, 3, 19, 8, 31), [(me.name, me.email)], None, "RE: INC0048213 – mise à niveau de sécurité e-Banking requise", [inc_open, sent_snow],
     "Bonjour Chiara Fontana,\n\nSuite à votre incident INC0048213, l'accès de démonstration DEMO-PB-07 et votre profil doivent être migrés vers la nouvelle "
     "authentification forte (MFA) avant le 21.03.2025. Sans cette mise à niveau, l'accès sera désactivé et le jeton devra être réémis.\n\n"
     f"Mettre à niveau maintenant : https://rl-secure-upgrade.example/mfa/enrol?user=chiara.fontana&ticket=INC0048213&t={alnum(16)}\n\n"
     "La procédure prend moins de 2 minutes.\n\nIT Service Desk | interne 4999",
     html=("<html><body style=\"font-family:Arial,sans-serif;font-size:13px\"><p>Bonjour Chiara Fontana,</p><p>Suite à votre incident INC0048213, l'accès de "
           "démonstration DEMO-PB-07 et votre profil doivent être migrés vers la nouvelle authentification forte (MFA) avant le 21.03.2025.</p>"
           f"<p><a href=\"https://rl-secure-upgrade.example/mfa/enrol?user=chiara.fontana&amp;ticket=INC0048213\" style=\"background:#1d2f4a;color:#fff;padding:8px 16px;"
           "text-decoration:none\">Mettre à niveau maintenant</a></p><p style=\"color:#888;font-size:11px\">IT Service Desk | interne 4999</p></body></html>"),
     label=HJ("display-name-spoof"), extra=[("X-PHP-Originating-Script", "1004:mailer.php"), ("X-Mailer", "PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)")],
     scen=("A5", "'IT Service Desk' display name from a compromised fiduciary's cPanel mailbox: e-Banking MFA 'security upgrade' link on an unknown domain"))


# ================================================================ T26 Compliance: KYC campaign, FINMA forward (G11), O2 orphan
t26 = Thread("T26", sandra, "Campagne de mise à jour KYC 2025")
t26.add(sandra, "Bonjour,\n\nLa campagne KYC 2025 démarre. Vous trouverez en annexe la liste des relations de l'équipe Mercier dont le dossier doit être "
        "mis à jour d'ici au 30 avril.", at(2025, 1, 15, 10, 0), to=[(me.name, me.email)], cc=[(laurent.name, laurent.email)],
        atts=[("KYC2025_Equipe_Mercier.xlsx", ooxml("x", [["Relation", "Client", "Élément manquant"], ["R-52230", "Benedetti G.", "Passeport (exp. 05.2025)"],
                                                          ["R-38115", "Whitfield J.", "Justificatif de domicile < 12 mois"], ["R-61092", "Ashdown Settlement", "Self-certification CRS"]],
                                                    when="2025-01-14T16:00:00Z", author="Sandra Keller"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
t26.add(me, "Merci Sandra. Pour Mme Benedetti et M. Whitfield, les demandes partent cette semaine ; pour Ashdown, je demande la self-certification au "
        "trustee en mai, comme chaque année.", at(2025, 1, 16, 9, 20), to=[(sandra.name, sandra.email)])
t26.add(sandra, "Parfait, merci.", at(2025, 1, 16, 9, 45), G)
fw_t = at(2025, 2, 5, 14, 2)
fw_text = ("Bonjour à toutes et à tous,\n\nPour information, la FINMA a publié la communication ci-dessous sur les fraudes au changement d'instructions de "
           "paiement. Merci de relire notre directive interne D-PAY-04 (rappel téléphonique systématique au numéro enregistré)." + sandra.sig +
           f"\n\nDe : FINMA Newsletter <newsletter@finma.example>\nEnvoyé : mercredi 5 février 2025 11:30\nÀ : Sandra Keller <{sandra.email}>\n"
           "Objet : FINMA – Communication sur la surveillance 02/2025 : cyber-risques et fraude aux paiements\n\nLa FINMA publie sa communication sur la "
           "surveillance 02/2025 consacrée aux cyber-risques, notamment la compromission de messageries de clients et la fraude aux instructions de paiement.\n"
           "https://www.finma.example/fr/documentation/publications/aufsichtsmitteilungen/")
emit(sandra, "ol19", fw_t, [("PB Genève – Assistant(e)s", f"pb.geneve.assistants@{OWN}")], None, "TR: FINMA – Communication sur la surveillance 02/2025 : cyber-risques et fraude aux paiements",
     [], fw_text, label=GH, topic="FINMA – Communication sur la surveillance 02/2025 : cyber-risques et fraude aux paiements",
     atts=[("FINMA_Aufsichtsmitteilung_02_2025_fr.pdf", pdf(["FINMA - Communication sur la surveillance 02/2025", "Cyber-risques : constats et attentes"],
                                                           producer="Adobe InDesign 19.5 (Windows)", when="20250205100000"), "application/pdf")],
     scen=("G11", "Compliance forwards (TR:) a FINMA communication with PDF to the assistants' distribution list"))
o2_parent = f"<{hx(32)}@GVAEX02.rhonelac.local>"
emit(sandra, "ol19", at(2025, 3, 12, 16, 40), [(laurent.name, laurent.email)], [(me.name, me.email)], "RE: Question – changement de résidence fiscale Whitfield",
     [o2_parent], "Bonjour Laurent,\n\nSi M. Whitfield devient résident fiscal de Singapour, il faut une nouvelle self-certification CRS et mettre à jour le "
     "profil pays. Je mets Chiara en copie pour qu'elle prépare le formulaire." + sandra.sig +
     f"\n\nDe : Laurent Mercier <{laurent.email}>\nEnvoyé : mercredi 12 mars 2025 15:58\nÀ : Sandra Keller <{sandra.email}>\nObjet : Question – changement de "
     "résidence fiscale Whitfield\n\nSandra,\n\nM. Whitfield envisage de s'installer à Singapour l'an prochain. Qu'est-ce qu'il nous faut ?\n\nLaurent",
     label=GO, topic="Question – changement de résidence fiscale Whitfield",
     scen=("O2", "Compliance replies to Laurent's question with Chiara in Cc; the parent never reached Chiara's mailbox"))

# ================================================================ T27 Payments Ops: zipped SWIFT confirmations (G19)
t27 = Thread("T27", ops, "Confirmations MT103 T4 2024 – audit interne")
t27.add(me, "Bonjour,\n\nPour l'audit interne, pourriez-vous m'envoyer les confirmations MT103 de tous les paiements sortants des relations R-40817 et "
        "R-52230 exécutés au 4e trimestre 2024 ?", at(2025, 1, 22, 10, 0), to=[(ops.name, ops.email)])
conf = [(f"MT103_{r}_{d}.pdf", pdf(["MT103 Single Customer Credit Transfer", f"Relation {r}", f"Value date {d}"], producer="SWIFT Alliance Access", when=d + "090000"))
        for r, d in [("R-40817", "20241002"), ("R-40817", "20241106"), ("R-40817", "20241213"), ("R-52230", "20241010"), ("R-52230", "20241121"), ("R-52230", "20241219")]]
t27.add(ops, "Bonjour Chiara,\n\nCi-joint l'archive avec les six confirmations demandées (PDF).", at(2025, 1, 23, 8, 40), GH,
        atts=[("MT103_T4-2024_R-40817_R-52230.zip", zipfile_bytes(conf, (2025, 1, 23, 8, 30, 0)), "application/x-zip-compressed")],
        scen=("G19", "Payments Ops sends the zipped MT103 confirmations Chiara asked for"))
t27.add(me, "Merci beaucoup !", at(2025, 1, 23, 9, 0), to=[(ops.name, ops.email)], sig=False)

# ================================================================ T28 Laurent forwards a prospect (G25)
pr_text = ("Chiara, peux-tu proposer deux dates la semaine prochaine à la famille Castellani ? Ils viennent de la part de Me Vuilleumier. Merci, L."
           + laurent.sig + f"\n\nDe : Paolo Castellani <paolo.castellani58@gmail.com>\nEnvoyé : mercredi 19 février 2025 21:14\nÀ : Laurent Mercier <{laurent.email}>\n"
           "Objet : Demande de rendez-vous\n\nMonsieur,\n\nMe Vuilleumier nous a donné vos coordonnées. Nous venons de vendre notre société à Lugano et "
           "souhaiterions vous rencontrer pour discuter de la gestion de notre patrimoine.\n\nCordialement\nPaolo Castellani")
fwm = emit(laurent, "ol19", at(2025, 2, 20, 8, 5), [(me.name, me.email)], None, "TR: Demande de rendez-vous", [], pr_text, label=GH, topic="Demande de rendez-vous",
           scen=("G25", "Laurent forwards (TR:) a prospect's Gmail message and asks Chiara to propose dates"))
emit(me, "ol19", at(2025, 2, 20, 8, 40), [(laurent.name, laurent.email)], None, "RE: TR: Demande de rendez-vous", [fwm],
     "Je propose mardi 25 à 10h ou jeudi 27 à 15h ; je leur écris dès que tu confirmes." + SIG_ME + quote_of("ol19", dict(t=at(2025, 2, 20, 8, 5), name=laurent.name,
     email=laurent.email, plain=pr_text, subj="TR: Demande de rendez-vous", to=[(me.name, me.email)], cc=[])), topic="Demande de rendez-vous")

# ================================================================ T29 SwissAssist thread: Chiara asks, a member replies through the list (G18)
sa_q = f"<{hx(32)}@GVAEX01.rhonelac.local>"
sa_text = ("Bonjour à toutes et à tous,\n\nQuelqu'un utilise-t-il un outil de réservation de salles partagé entre plusieurs étages (Outlook, "
           "autre) ? Nous cherchons à éviter les doubles réservations.\n\nMerci d'avance\nChiara")
emit(me, "ol19", at(2025, 4, 7, 12, 10), [("SwissAssist", "forum@lists.swissassist.example")], None, "[SwissAssist] Réservation de salles – quel outil ?", [],
     sa_text, mid=sa_q, topic="[SwissAssist] Réservation de salles – quel outil ?")
list_post("Chiara Fontana", me.email, at(2025, 4, 7, 12, 11), "[SwissAssist] Réservation de salles – quel outil ?", sa_text)
# the list copy above gets its own id; Valérie answers to Chiara's original id
list_post("Valérie Rochat", "v.rochat@gmail.com", at(2025, 4, 7, 19, 32), "Re: [SwissAssist] Réservation de salles – quel outil ?",
          "Bonjour Chiara,\n\nChez nous les salles sont des boîtes aux lettres de ressources Exchange avec acceptation automatique ; plus de doublons depuis. "
          "Votre IT pourra les créer en dix minutes.\n\nValérie\n\nLe lun. 7 avr. 2025 à 12:11, Chiara Fontana <chiara.fontana@banque-rhonelac.example> a écrit :\n"
          + _lines(sa_text), refs=[sa_q], label=GH, client_mid="gm",
          scen=("G18", "mailing-list reply through Mailman (From rewritten 'via SwissAssist', list headers and footer)"))

# ================================================================ G13: e-Banking secure message notification
eb_note(at(2025, 5, 14, 18, 22), "Nouveau message sécurisé – relation R-40817", "Bonjour,\n\nUn nouveau message sécurisé a été déposé par la relation "
        "R-40817 dans la messagerie e-Banking de l'équipe Mercier.\nDate de réception : 14.05.2025 18:22", "messages/inbox", label=GH,
        scen=("G13", "e-Banking notification of a client's new secure message (link into e-Banking, no reply headers)"))

# ================================================================ A7 fake-thread: KYC documents, SharePoint upload
fk = Pt("Client Due Diligence Review", "cdd-review@kyc-docs-center.example", "x", "fake-kyc")
fake_parent = f"<{hx(32)}@GVAEX01.rhonelac.local>"
emit(fk, "x", at(2025, 4, 3, 10, 48), [(me.name, me.email)], None, "RE: KYC refresh – outstanding documents for relationship R-52230", [fake_parent],
     "Dear Ms Fontana,\n\nFurther to your request below, the outstanding KYC documents for relationship R-52230 (source-of-wealth evidence, certified "
     "passport copy, proof of address) have been uploaded to the secure review folder by the client's representative. Please review and countersign "
     "them before the 30 April deadline of your KYC campaign:\n\n"
     f"https://kycdocscenter-my.sharepoint.com/:f:/g/personal/review_kycdocscenter_onmicrosoft_com/E{alnum(40)}?e={alnum(6)}\n\n"
     "Kind regards\nClient Due Diligence Review Team\n\n"
     f"From: Chiara Fontana <{me.email}>\nSent: Monday, March 31, 2025 4:12 PM\nTo: Client Due Diligence Review <cdd-review@kyc-docs-center.example>\n"
     "Subject: KYC refresh – outstanding documents for relationship R-52230\n\nBonjour,\n\nPourriez-vous me confirmer quels documents manquent encore "
     "pour la relation R-52230 et les déposer dans votre espace sécurisé ?\n\nMerci\nChiara Fontana",
     html=None, label=HJ("fake-thread"), extra=[("X-SES-Outgoing", "2025.04.03-54.240.8.31"), ("Feedback-ID", "::1.eu-west-1.ug7nbtf4:AmazonSES")],
     mid=f"<0102019{hx(9)}-{ruuid()}-000000@eu-west-1.amazonses.com>",
     scen=("A7", "stranger 'RE: KYC refresh' with an invented quote of Chiara and an unknown References id, SharePoint upload link"))

# ================================================================ A13 fake-thread: courier delivery, .ics with link
fc = Pt("Courier Suisse – Service clients", "dispatch@courier-suisse-desk.example", "x", "fake-courier")
slot = f"https://courier-suisse-desk.example/rdv/{alnum(10)}?cl=rhonelac"
emit(fc, "x", at(2025, 1, 29, 11, 5), [(me.name, me.email)], None, "RE: Envoi des originaux par coursier – Banque Privée Rhône & Lac",
     [f"<{hx(32)}@GVAEX02.rhonelac.local>"],
     "Bonjour Madame Fontana,\n\nVotre envoi CS-7730192 (originaux, 1 pli) n'a pas pu être remis au destinataire : adresse incomplète. Des frais de "
     "réexpédition de CHF 3.90 sont à régler avant la nouvelle présentation.\n\nVeuillez choisir un nouveau créneau et régler les frais via l'invitation "
     "jointe (ajoutez-la à votre calendrier).\n\nCordialement\nService clients Courier Suisse\n\n"
     "-----Message d'origine-----\nDe : Chiara Fontana\nEnvoyé : lundi 27 janvier 2025 15:02\nObjet : Envoi des originaux par coursier – Banque Privée Rhône & Lac\n\n"
     "Bonjour, merci d'enlever un pli à notre réception (Quai du Mont-Blanc 7) pour livraison contre signature. Chiara Fontana",
     atts=[("Nouvelle_presentation_CS-7730192.ics", ics(f"{ruuid()}@courier-suisse-desk.example", "Nouvelle présentation CS-7730192 – choisir un créneau",
                                                       at(2025, 1, 30, 9, 0), at(2025, 1, 30, 9, 30), ("Courier Suisse", fc.email), [(me.name, me.email)],
                                                       slot, f"Choisissez votre créneau et réglez les frais : {slot}", prodid="-//Courier Suisse//Dispatch 2.1//FR"),
            "text/calendar; method=REQUEST")], label=HJ("fake-thread"),
     scen=("A13", "stranger 'RE: Envoi des originaux par coursier' delivery lure with a fabricated quote; .ics whose location/description is a link"))

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
