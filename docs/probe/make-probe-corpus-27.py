#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus-27.py OUT_DIR
#
# Probe mailbox "sanne": Sanne de Vries, inkoper (procurement officer) of Gemeente Lindenhoeve near Utrecht (Microsoft 365 /
# Exchange Online, Outlook desktop, sometimes Outlook for iOS). Dutch with suppliers, French with a Walloon supplier. Aug 2024 - May 2025.
# Receiving side: Exchange Online Protection (Authentication-Results spf/dkim/dmarc/compauth, Received-SPF, EOP frontend hops).
# Correspondents, each with a fixed fingerprint (Message-ID shape, client headers, Received path, DKIM d=/s=, quote style, tz):
#   colleagues Pieter Hendriks, Fatima el Amrani, Joost Verbeek (crediteuren), Lotte Smit (secretariaat wethouder Bram Timmer):
#     internal M365, AM9PR09MB ids, "Van:/Verzonden:" quotes, X-MS-Exchange-Organization-AuthAs: Internal
#   Van Dijk Wegenbouw (Henk Bosman, Marloes Kuiper, Gerrit Wouters): on-prem Exchange 2016 VDW-EXCH01.vdw.local behind a Postfix
#     gateway mailgw.vandijk-wegenbouw.example, DKIM d=vandijk-wegenbouw.example s=vdw2022, Word-HTML, X-Originating-IP 10.20.x
#   Digidam ICT (Ruben Jansen, Sarah Bakker): Google Workspace, Gmail web, CA...@mail.gmail.com, DKIM s=google, Dutch Gmail quotes
#   Groenwerk Hoogland (Kees van Leeuwen): KPN mail, Apple Mail on a Mac (and an iPhone), DKIM s=kpnmail01
#   Vermeulen Signalisatie (Flemish; Jan Vermeulen, Els Peeters): Telenet SMTP relay, classic Outlook 2019, unsigned,
#     "-----Oorspronkelijk bericht-----" quotes, Europe/Brussels
#   Pierres & Pavés du Condroz (Walloon; Sophie Lambert, Michel Dubois): OVH hosting, Roundcube, French "Le ... a écrit :"
#   AanbestedingsNet (TenderNed-like) notifications, Peppolpunt access point (UBL XML + PDF), TOPdesk-like servicedesk,
#   VNG newsletter, Microsoft 365/SharePoint notifications, Inkoopnetwerk Utrecht mailing list (Mailman footer, Sender rewrite).
# Writes OUT_DIR/labels.tsv, OUT_DIR/scenarios.tsv and OUT_DIR/mailboxes/sanne/{INBOX,Sent}/N.eml numbered in arrival order
# across both folders (CRLF). Only test messages are labelled. Deterministic (random.Random(27)); no network; inert attachments.
#
# Threads: T1 Van Dijk Dorpsstraat (raamcontract); T2 Van Dijk bank change; T3 Digidam laptops quote; T4 Digidam Peppol connector;
#   T5 Groenwerk snoeiwerk/maaironde; T6 Vermeulen borden/dranghekken; T7 Vermeulen invoice; T8 Condroz bordures (French);
#   T9 NvI tender 2024-LH-031 (internal, plus AanbestedingsNet notices); T10 vrijwilligersavond (secretary/wethouder);
#   T11 contractregister (SharePoint); T12 FW prijsindexatie; T13 crediteuren overview; T14 Van Dijk meerwerk Kerkpad;
#   X1-X10 routine supplier threads; mailing-list thread "Peppol in raamcontracten"; stand-alone notices.
#   Totals (as generated): 368 messages (228 INBOX, 140 Sent), 173 labelled: 16 hijacks, 30 genuine-hard, 2 genuine-orphan, 125 genuine-reply.
#
# Hijacks (16):
#   A1  T2  server-hijack      Van Dijk's real Exchange: second "gewijzigd rekeningnummer" PDF letter, phone discouraged
#   A2  T9  fake-thread        fake AanbestedingsNet sender replies in the NvI thread with a login link (no quote)
#   A3  T4  account-takeover   Digidam Google account via smtp.gmail.com/PHPMailer from a VPS at 04:17: Google Forms "leveranciersregistratie"
#   A4  T10 display-name-spoof wethouder Bram Timmer from Gmail: 15 cadeaukaarten, codes by photo (no payload)
#   A5  T5  lookalike-domain   groenwerkhooglandbv.example: overdue invoices, iDEAL-style betaalverzoek link, quotes thread
#   A6  T6  server-hijack      Vermeulen's Telenet/Outlook: short "leveringsbon" OneNote (.one)
#   A7  T8  server-hijack      Condroz OVH Roundcube: password-protected zip with .js, password in the French text
#   A8  T3  server-hijack      Digidam Workspace: English "docking firmware update" zip on dropbox.com, no quote/signature
#   A9  T13 account-takeover   colleague Joost's M365 account from a foreign IP at 07:03: MFA re-registration link
#   A10 T1  display-name-spoof "Henk Bosman" from outlook.com: SVG voicemail
#   A11 --  fake-thread        "tax office" RE: with invented quote of Sanne, unknown References, PDF with link
#   A12 T8  lookalike-domain   pierres-condroz-sa.example (French): account "blocked", new BE IBAN, quotes the real thread
#   A13 T5  account-takeover   Groenwerk KPN account, PHPMailer from abroad at 03:06: e-signature link on an unknown domain
#   A14 T14 server-hijack      Van Dijk's Exchange: .ics "online afstemming" with a fake Teams join link
#   A15 T7  server-hijack      Vermeulen's Telenet: reminder for a paid invoice, zip holding a .pdf.lnk
#   A16 --  fake-thread        courier "RE: Levering bestelling <real PO>" no quote, macro .docm
#
# Genuine hard cases (30):
#   G1  T1  Van Dijk's real .ics for the bouwoverleg              G2  T1  reply-all adds the new uitvoerder in Cc
#   G3  T1  that uitvoerder writes himself                         G4  T2  Van Dijk's real bank change, confirmed after phone verification
#   G5  T3  Digidam Google Sheets link (thread always had links)   G6  T3  new Digidam colleague, announced earlier
#   G7  T4  zipped connector logs that were requested               G8  T4  genuine Google Forms satisfaction survey
#   G9  T5  genuine Tikkie link from the small supplier            G10 T5  Kees from his iPhone at 22:41
#   G11 T5  Kees announces a new mobile number                      G12 T5  thread revived after five months
#   G13 T6  Flemish supplier's WeTransfer link                      G14 T6  Flemish supplier from his iPhone on site
#   G15 T7  requested zip with credit note + invoice PDFs           G16 T8  French invoice + CE certificate PDFs
#   G17 T8  Roundcube vacation auto-reply (French)                  G18/G19 AanbestedingsNet notifications (no reply headers)
#   G20 T10 secretary from Outlook mobile late at night             G21/G22 T11 colleague's internal SharePoint links
#   G23 T12 team leader's FW: of a supplier mail                    G24 T13 crediteuren xlsx overview
#   G25 T14 Van Dijk Exchange out-of-office                         G26 --  Peppol invoice with the verified new Van Dijk IBAN
#   G27/G28 TOPdesk ticket notifications                            G29 --  VNG newsletter with tracked links
#   G30 --  mailing-list reply with footer and list headers
# Genuine orphans: O1 colleague adds Sanne to an internal thread (parent missing); O2 Flemish supplier replies to a colleague's mail.
# Plain genuine replies: every other labelled in-thread partner reply (genuine-reply), including list replies.
import base64, datetime, hashlib, html as H, io, os, quopri, random, struct, sys, uuid, zipfile, zlib
from zoneinfo import ZoneInfo

root = sys.argv[1]
MB = "sanne"
for f in ("INBOX", "Sent"): os.makedirs(f"{root}/mailboxes/{MB}/{f}", exist_ok=True)
R = random.Random(27)
AMS = ZoneInfo("Europe/Amsterdam"); BRU = ZoneInfo("Europe/Brussels"); UTC = datetime.timezone.utc


def hx(k): return "".join(R.choice("0123456789abcdef") for _ in range(k))
def HX(k): return hx(k).upper()
def rbytes(k): return bytes(R.getrandbits(8) for _ in range(k))
def ruuid(): return str(uuid.UUID(int=R.getrandbits(128), version=4))
def alnum(k): return "".join(R.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(k))
def b64(k): return base64.b64encode(rbytes(k)).decode()
def at(y, mo, d, h, mi, tz=AMS): return datetime.datetime(y, mo, d, h, mi, R.randint(0, 59), tzinfo=tz)
def rfc(t, tz=None): return (t.astimezone(tz) if tz else t).strftime("%a, %d %b %Y %H:%M:%S %z")
def rfcu(t): return t.astimezone(UTC).strftime("%a, %-d %b %Y %H:%M:%S +0000")


class Pt:
    def __init__(s, name, email, client, infra, sig="", tz=AMS):
        s.name, s.email, s.client, s.infra, s.sig, s.tz = name, email, client, infra, sig, tz
        s.dom = email.split("@")[1]
OWN = "lindenhoeve.example"
SIG_ME = ("\n\nMet vriendelijke groet,\n\nSanne de Vries\nInkoper | Team Inkoop & Contractmanagement\nGemeente Lindenhoeve\n"
          "Raadhuisplein 1, 3481 AB Lindenhoeve | T 030 555 2740\nwww.lindenhoeve.example")
me = Pt("Sanne de Vries", f"s.devries@{OWN}", "ol", "own", SIG_ME)
pieter = Pt("Pieter Hendriks", f"p.hendriks@{OWN}", "ol", "own", "\n\nGroet,\nPieter Hendriks\nTeamleider Inkoop & Contractmanagement\nGemeente Lindenhoeve | 030 555 2731")
fatima = Pt("Fatima el Amrani", f"f.elamrani@{OWN}", "ol", "own", "\n\nGroeten,\nFatima el Amrani\nContractmanager Openbare Ruimte\nGemeente Lindenhoeve | 06 5550 3187")
joost = Pt("Joost Verbeek", f"j.verbeek@{OWN}", "ol", "own", "\n\nMet vriendelijke groet,\nJoost Verbeek\nMedewerker Crediteurenadministratie | Team Financiën\nGemeente Lindenhoeve | 030 555 2755")
lotte = Pt("Lotte Smit", f"l.smit@{OWN}", "ol", "own", "\n\nMet vriendelijke groet,\nLotte Smit\nSecretariaat College van B&W\nGemeente Lindenhoeve | 030 555 2702")
bram = Pt("Bram Timmer", f"b.timmer@{OWN}", "ol", "own", "\n\nBram Timmer\nWethouder Openbare Ruimte, Financiën en Sport\nGemeente Lindenhoeve")
topdesk = Pt("Servicedesk Gemeente Lindenhoeve", f"servicedesk@{OWN}", "tdesk", "tdesk")
# Van Dijk Wegenbouw - on-prem Exchange 2016 behind a Sophos-style relay, DKIM d=vandijk-wegenbouw.example s=vdw2022
henk = Pt("Henk Bosman", "h.bosman@vandijk-wegenbouw.example", "ex16", "ex16-vdw",
          "\n\nMet vriendelijke groet,\n\nHenk Bosman\nProjectleider Wegen\nVan Dijk Wegenbouw B.V.\nIndustrieweg 22, 3411 MB Lopik\nT 0348 555 610 | M 06 5551 2284")
marloes = Pt("Marloes Kuiper", "m.kuiper@vandijk-wegenbouw.example", "ex16", "ex16-vdw",
             "\n\nMet vriendelijke groet,\n\nMarloes Kuiper\nFinanciële administratie\nVan Dijk Wegenbouw B.V.\nT 0348 555 600 | KvK 30155721")
gerrit = Pt("Gerrit Wouters", "g.wouters@vandijk-wegenbouw.example", "ex16", "ex16-vdw",
            "\n\nMet vriendelijke groet,\n\nGerrit Wouters\nUitvoerder\nVan Dijk Wegenbouw B.V.\nM 06 5557 9012")
# Digidam ICT - Google Workspace, Gmail web
ruben = Pt("Ruben Jansen", "ruben.jansen@digidam.example", "gws", "gws-digidam",
           "\n\n--\nRuben Jansen\nAccountmanager Overheid\nDigidam ICT B.V. | Amersfoort\n033 555 8120 | 06 5552 4471")
sarah = Pt("Sarah Bakker", "sarah.bakker@digidam.example", "gws", "gws-digidam",
           "\n\n--\nSarah Bakker\nServicecoördinator\nDigidam ICT B.V. | Amersfoort\n033 555 8133")
# Groenwerk Hoogland - KPN mail, Apple Mail on a Mac (and an iPhone)
kees = Pt("Kees van Leeuwen", "info@groenwerkhoogland.example", "apple", "kpn-groen",
          "\n\nMet vriendelijke groet,\nKees van Leeuwen\nGroenwerk Hoogland\nTuinderijweg 5, 3828 NG Hoogland\n06-55518340")
# Vermeulen Signalisatie (Flemish, Telenet, classic Outlook 2019 over SMTP)
jan = Pt("Jan Vermeulen", "jan@vermeulen-signalisatie.example", "ol19", "telenet-verm",
         "\n\nMet vriendelijke groeten,\n\nJan Vermeulen\nZaakvoerder\nVermeulen Signalisatie bv\nNijverheidslaan 14, 2200 Herentals\nT +32 14 55 87 10 | BTW BE 0455.210.318", tz=BRU)
els = Pt("Els Peeters", "boekhouding@vermeulen-signalisatie.example", "ol19", "telenet-verm",
         "\n\nMet vriendelijke groeten,\n\nEls Peeters\nBoekhouding\nVermeulen Signalisatie bv\nT +32 14 55 87 12", tz=BRU)
# Pierres & Pavés du Condroz (Walloon, OVH hosting, Roundcube)
sophie = Pt("Sophie Lambert", "s.lambert@pierres-condroz.example", "rc", "ovh-condroz",
            "\n\nBien cordialement,\n\nSophie Lambert\nResponsable commerciale Export\nPierres & Pavés du Condroz SA\nRue des Carrières 41, 5370 Havelange\nTél. +32 83 55 61 20", tz=BRU)
michel = Pt("Michel Dubois", "compta@pierres-condroz.example", "rc", "ovh-condroz",
            "\n\nCordialement,\nMichel Dubois\nComptabilité\nPierres & Pavés du Condroz SA\nTél. +32 83 55 61 25", tz=BRU)
# platforms / notifications
tender = Pt("AanbestedingsNet", "noreply@aanbestedingsnet.example", "tnet", "tnet")
peppol = Pt("Peppolpunt e-factuur", "noreply@peppolpunt.example", "peppol", "peppol")
vng = Pt("VNG Nieuwsbrief", "nieuwsbrief@vng.example", "vng", "vng")
nevi = Pt("Inkoopnetwerk Utrecht", "inkoop-utrecht@lists.inkoopnetwerk.example", "list", "list")

# helo, ip, dkim d, dkim s (None = unsigned), envelope-from domain (None = From), dmarc policy
INFRA = {
    "own": None, "tdesk": None,
    "ex16-vdw": ("mailgw.vandijk-wegenbouw.example", "89.146.32.77", "vandijk-wegenbouw.example", "vdw2022", None, "none"),
    "gws-digidam": ("mail-sor-f69.google.com", "209.85.220.69", "digidam.example", "google", None, "quarantine"),
    "kpn-groen": ("smtp-out-03.kpnmail.example", "195.121.94.168", "groenwerkhoogland.example", "kpnmail01", None, None),
    "telenet-verm": ("michel.telenet-ops.example", "195.130.137.88", None, None, None, None),
    "ovh-condroz": ("mo4.mail-out.ovh.example", "178.32.228.4", "pierres-condroz.example", "ovhmo", None, "none"),
    "tnet": ("mail01.aanbestedingsnet.example", "145.21.173.20", "aanbestedingsnet.example", "tn1", "bounce.aanbestedingsnet.example", "reject"),
    "peppol": ("smtp.peppolpunt.example", "185.110.172.31", "peppolpunt.example", "pp2023", None, "quarantine"),
    "vng": ("mta-41.mailing.vng.example", "94.103.31.41", "vng.example", "mc1", "bounce.mailing.vng.example", "none"),
    "list": ("lists.inkoopnetwerk.example", "31.3.100.12", "lists.inkoopnetwerk.example", "lst", "lists.inkoopnetwerk.example", None),
    "spo": ("mail-db8eur05on2090.outbound.protection.outlook.com", "40.107.20.90", "sharepointonline.example", "selector1", None, "reject"),
    "gmail": ("mail-wm1-f52.google.com", "209.85.128.52", "gmail.com", "20230601", None, "none"),
    "outlookcom": ("EUR02-DB5-obe.outbound.protection.outlook.com", "52.101.68.51", "outlook.com", "selector1", None, "none"),
    # attackers
    "look-groen": ("vps-7731.hostsailor.example", "185.236.203.19", "groenwerkhooglandbv.example", "mail", None, None),
    "look-condroz": ("mail.pierres-condroz-sa.example", "91.215.85.140", "pierres-condroz-sa.example", "default", None, None),
    "fake-tnet": ("mx.aanbestedingsnet-berichten.example", "45.140.17.62", "aanbestedingsnet-berichten.example", "s1", None, None),
    "fake-tax": ("smtp.mijnbelasting-zaken.example", "193.42.33.107", "mijnbelasting-zaken.example", "key1", None, None),
    "fake-freight": ("mail.vrachtpost-nl.example", "5.181.156.40", None, None, None, None),
    "gsmtp-digidam": ("smtp.gmail.com", "209.85.220.41", "digidam.example", "google", None, "quarantine"),
}
EX16 = ("VDW-EXCH01", "vdw.local", "10.20.1.12")
TENANT = ruuid()


def make_mid(who, client, t):
    if client in ("gws", "gmail"): return "<CA" + base64.urlsafe_b64encode(rbytes(42)).decode()[:R.choice((52, 54, 55))] + "@mail.gmail.com>"
    if client in ("ol", "olm"): return f"<AM9PR09MB{R.randint(4000, 4999)}{HX(16)}@AM9PR09MB{R.randint(4000, 4999)}.eurprd09.prod.outlook.com>"
    if client == "ex16": return f"<{hx(32)}@{EX16[0]}.{EX16[1]}>"
    if client == "apple": return f"<{ruuid().upper()}@groenwerkhoogland.example>"
    if client == "iphone": return f"<{ruuid().upper()}@groenwerkhoogland.example>"
    if client == "iphone-verm": return f"<{ruuid().upper()}@vermeulen-signalisatie.example>"
    if client == "ol19": return f"<00{hx(4)}01d{hx(3)}${hx(8)}${hx(8)}@vermeulen-signalisatie.example>"
    if client == "rc": return f"<{hx(32)}@pierres-condroz.example>"
    if client == "tdesk": return f"<TOPdesk.{ruuid()}@servicedesk.{OWN}>"
    if client == "tnet": return f"<{int(t.timestamp())}.{hx(12)}@aanbestedingsnet.example>"
    if client == "peppol": return f"<{ruuid()}@ap.peppolpunt.example>"
    if client == "vng" and who.dom == "vng.example": return f"<{hx(20)}.{R.randint(10**6, 10**7)}@mailing.vng.example>"
    if client == "vng" and who.dom == "sharepointonline.example": return f"<{ruuid()}@odspnotify>"
    if client == "outlookcom": return f"<DB9PR02MB{R.randint(1000, 9999)}{HX(16)}@DB9PR02MB{R.randint(1000, 9999)}.eurprd02.prod.outlook.com>"
    if client == "phpm": return f"<{alnum(43)}@{who.dom}>"
    return f"<{hx(24)}@{who.dom}>"


def _lines(text, pfx="> "): return "\n".join(pfx + l if l else pfx.rstrip() for l in text.split("\n"))
NLD = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
NLM = ["", "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
FRD = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FRM = ["", "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]


def quote_of(client, q):
    t = q["t"].astimezone(AMS); name, email = q["name"], q["email"]
    if client in ("gws", "gmail"):
        return f"\n\nOp {NLD[t.weekday()][:2]} {t.day} {NLM[t.month][:3]} {t.year} om {t:%H:%M} schreef {name} <{email}>:\n\n" + _lines(q["plain"])
    if client in ("ol", "olm", "ex16", "ol19", "outlookcom"):
        tos = "; ".join(f"{n} <{e}>" for n, e in q["to"])
        if client == "ol19":
            rows = [("Van", f"{name} <{email}>"), ("Verzonden", f"{NLD[t.weekday()]} {t.day} {NLM[t.month]} {t.year} {t:%H:%M}"), ("Aan", tos)]
            if q["cc"]: rows.append(("CC", "; ".join(f"{n} <{e}>" for n, e in q["cc"])))
            rows.append(("Onderwerp", q["subj"]))
            return "\n\n-----Oorspronkelijk bericht-----\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
        rows = [("Van", f"{name} <{email}>"), ("Verzonden", f"{NLD[t.weekday()]} {t.day} {NLM[t.month]} {t.year} {t:%H:%M}"), ("Aan", tos)]
        if q["cc"]: rows.append(("CC", "; ".join(f"{n} <{e}>" for n, e in q["cc"])))
        rows.append(("Onderwerp", q["subj"]))
        sep = "________________________________\n" if client in ("olm", "outlookcom") else ""
        return "\n\n" + sep + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client == "apple": return f"\n\n> Op {t.day} {NLM[t.month][:3]} {t.year}, om {t:%H:%M}, heeft {name} <{email}> het volgende geschreven:\n> \n" + _lines(q["plain"])
    if client in ("iphone", "iphone-verm"): return f"\n\n> Op {t.day} {NLM[t.month][:3]} {t.year} om {t:%H:%M} heeft {name} <{email}> het volgende geschreven:\n> \n" + _lines(q["plain"])
    if client == "rc": return f"\n\nLe {t:%Y-%m-%d %H:%M}, {name} a écrit :\n" + _lines(q["plain"])
    if client == "phpm": return "\n\n" + _lines(q["plain"])
    return "\n\n" + _lines(q["plain"])


def html_of(client, plain):
    esc = "<br>\n".join(H.escape(l) for l in plain.split("\n"))
    if client in ("ol", "olm", "outlookcom"):
        return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<style type="text/css" style="display:none;"> '
                'P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, '
                'Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 11pt; color: rgb(0, 0, 0);">\n' + esc + "</div>\n</body>\n</html>")
    if client in ("ex16", "ol19"):
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" '
                'content="text/html; charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n</head>\n<body lang="' + ("NL-BE" if client == "ol19" else "NL") + '" '
                'link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n<p class="MsoNormal">' + esc + "</p>\n</div>\n</body>\n</html>")
    if client in ("gws", "gmail"): return '<div dir="ltr">' + esc + "</div>\n"
    if client == "apple": return '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">' + esc + "</body></html>"
    if client == "rc": return None
    if client == "tdesk": return '<html><body style="font-family:Arial;font-size:10pt">' + esc + "</body></html>"
    return None
MBX = "AM9PR09MB4521"


def sender_hops(who, infra, t, env, client, orig_ip=None):
    hops = []
    if infra == "ex16-vdw":
        srv, ad, lan = EX16
        hops.append(("Received", f"from {srv}.{ad} ({lan}) by {srv}.{ad}\n ({lan}) with Microsoft SMTP Server (version=TLS1_2,\n"
                                 f" cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384) id 15.1.2507.39; {rfc(t, AMS)}"))
        hops.insert(0, ("Received", f"from {srv}.{ad} ([{lan}])\n\tby mailgw.vandijk-wegenbouw.example (Postfix) with ESMTPS id 4Y{alnum(8)}\n\tfor <{me.email}>; {rfc(t + datetime.timedelta(seconds=2), AMS)}"))
    elif infra in ("gws-digidam", "gmail"):
        hops.append(("Received", f"by 2002:a05:6402:{hx(3)}:b0:{hx(3)}:{hx(3)}:{hx(4)} with HTTP; {rfc(t, UTC)}"))
    elif infra == "gsmtp-digidam":
        hops.append(("Received", f"from [127.0.0.1] ({orig_ip}-static.hosted-by.example. [{orig_ip}])\n        by smtp.gmail.com with ESMTPSA id {hx(16)}sm{R.randint(1000000, 9999999)}.{R.randint(10, 99)}\n"
                                 f"        for <{me.email}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {rfc(t, UTC)}"))
    elif infra == "kpn-groen":
        ip = orig_ip or f"86.8{R.randint(0, 9)}.{R.randint(1, 250)}.{R.randint(1, 250)}"
        hops.append(("Received", f"from smtpclient.apple (ip-{ip.replace('.', '-')}.kpn.example [{ip}])\n\tby smtp-auth-02.kpnmail.example (Halon) with ESMTPSA\n"
                                 f"\tid {ruuid()}; {rfc(t, AMS)}"))
    elif infra == "telenet-verm":
        ip = orig_ip or f"84.19{R.randint(2, 6)}.{R.randint(1, 250)}.{R.randint(1, 250)}"
        hops.append(("Received", f"from PCJAN ([{ip}])\n\tby andre.telenet-ops.example with cmsmtp\n\tid {alnum(22)}; {rfc(t, BRU)}"))
    elif infra == "ovh-condroz":
        hops.append(("Received", f"from mxplan7.mail.ovh.example (unknown [10.108.{R.randint(1, 60)}.{R.randint(1, 250)}])\n\tby mo4.mail-out.ovh.example (Postfix) with ESMTPS id 4X{alnum(8)}\n"
                                 f"\tfor <{me.email}>; {rfc(t, UTC)}"))
        hops.append(("Received", f"from pierres-condroz.example (37.59.142.{R.randint(90, 110)}) by mxplan7.mail.ovh.example (172.16.2.{R.randint(10, 40)})\n"
                                 f" with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; {rfc(t, BRU)}"))
    elif infra == "outlookcom":
        h = f"DB9PR02MB{R.randint(1000, 9999)}"
        hops.append(("Received", f"from {h}.eurprd02.prod.outlook.com ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {h}.eurprd02.prod.outlook.com\n"
                                 f" ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%5]) with mapi id 15.20.8293.000; {rfcu(t)}"))
    elif infra in ("tnet", "peppol", "vng", "list", "spo"):
        hops.append(("Received", f"from localhost (localhost [127.0.0.1])\n\tby {INFRA[infra][0]} (Postfix) with ESMTP id {HX(10)}\n\tfor <{me.email}>; {rfc(t, AMS)}"))
    else:
        ip = orig_ip or f"102.89.{R.randint(1, 250)}.{R.randint(2, 250)}"
        hops.append(("Received", f"from WIN-{HX(11)} ([{ip}])\n\tby {INFRA[infra][0]} with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.97)\n"
                                 f"\t(envelope-from <{env}>)\n\tid 1u{alnum(4)}-000{alnum(3)}-{alnum(2)}\n\tfor {me.email}; {rfc(t, UTC)}"))
    return hops


def transport(who, t, env=None, infra=None, client=None, orig_ip=None):
    infra = infra or who.infra
    if infra in ("own", "tdesk"):
        tmx = t + datetime.timedelta(seconds=R.randint(1, 3))
        return [("Received", f"from {MBX}.eurprd09.prod.outlook.com (2603:10a6:20b:{hx(3)}::{hx(2)}) by\n {MBX}.eurprd09.prod.outlook.com with HTTPS; {rfcu(tmx)}"),
                ("Received", f"from AM9PR09MB{R.randint(4000, 4999)}.eurprd09.prod.outlook.com ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by\n AM9PR09MB{R.randint(4000, 4999)}.eurprd09.prod.outlook.com ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%6]) with mapi id\n 15.20.8293.000; {rfcu(t)}")]
    env = env or who.email
    helo, ip, d, s, envdom, dmarc = INFRA[infra]
    if envdom: env = f"bounce-{hx(10)}@{envdom}"
    tmx = t + datetime.timedelta(seconds=R.randint(2, 20))
    fromdom = who.email.split("@")[1] if infra != "own" else OWN
    fe = f"DB1PEPF000{R.randint(10000, 99999)}.eurprd03.prod.outlook.com"
    spf = "pass" if not infra.startswith("telenet") else "pass"
    auth = (f"spf={spf} (sender IP is {ip})\n smtp.mailfrom={env.split('@')[1]}; dkim=" + (f"pass (signature was verified)\n header.d={d};" if s else "none (message not signed)\n header.d=none;")
            + ("dmarc=pass action=none header.from=" + fromdom + ";compauth=pass reason=100" if (s and d == fromdom) else f"dmarc=bestguesspass action=none\n header.from={fromdom};compauth=pass reason=109"))
    top = [("Received", f"from {MBX}.eurprd09.prod.outlook.com (::1) by\n {MBX}.eurprd09.prod.outlook.com with HTTPS; {rfcu(tmx + datetime.timedelta(seconds=1))}"),
           ("Received", f"from DU2PR04CA0{R.randint(100, 999)}.eurprd04.prod.outlook.com (2603:10a6:10:{hx(3)}::{hx(2)}) by\n {MBX}.eurprd09.prod.outlook.com (2603:10a6:20b:{hx(3)}::{hx(2)}) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8293.0; {rfcu(tmx)}"),
           ("Received", f"from {fe} (2603:10a6:10:{hx(3)}:cafe::{hx(2)}) by DU2PR04CA0{R.randint(100, 999)}.outlook.office365.com\n (2603:10a6:10:{hx(3)}::{hx(2)}) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8293.0 via Frontend Transport; {rfcu(tmx)}"),
           ("Authentication-Results", auth),
           ("Received-SPF", f"Pass (protection.outlook.com: domain of {env.split('@')[1]} designates\n {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo={helo}; pr=C"),
           ("Received", f"from {helo} ({ip}) by\n {fe} (10.167.242.{R.randint(10, 99)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8293.0 via Frontend Transport; {rfcu(tmx - datetime.timedelta(seconds=1))}")]
    hops = sender_hops(who, infra, t, env, client, orig_ip)
    dk = []
    if s:
        dk = [("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d}; s={s};\n\tt={int(t.timestamp())}; bh={b64(32)};\n"
                                 f"\th=From:To:Subject:Date:Message-ID:References:In-Reply-To:Content-Type:MIME-Version;\n\tb={b64(180)}")]
    return top + hops + dk + [("Return-Path", f"<{env}>")]


UA = {"apple": ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"), "iphone": ("X-Mailer", "iPhone Mail (22C152)"), "iphone-verm": ("X-Mailer", "iPhone Mail (22C152)"),
      "ol19": ("X-Mailer", "Microsoft Outlook 16.0"), "rc": ("User-Agent", "Roundcube Webmail/1.6.9"), "tdesk": ("X-Mailer", "TOPdesk"),
      "phpm": ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")}
CLANG = {"ol": "nl-NL", "olm": "nl-NL", "ex16": "nl-NL", "outlookcom": "nl-NL"}
pending = []
seq = [0]


def addr(n, e):
    if not n: return e
    if not n.isascii():
        return "=?utf-8?Q?" + "".join(c if c.isascii() and c.isalnum() else "_" if c == " " else "".join(f"={b:02X}" for b in c.encode()) for c in n) + f"?= <{e}>"
    return f'"{n}" <{e}>' if any(c in n for c in ".,|()@&") else f"{n} <{e}>"


def enc_h(v): return v if v.isascii() else "=?utf-8?B?" + base64.b64encode(v.encode()).decode() + "?="


def emit(who, client, t, to, cc, subj, refs, plain, html=None, atts=(), extra=(), label=None, infra=None, env=None, frm=None,
         irt=None, mid=None, tidx=None, topic=None, scen=None, orig_ip=None, folder=None, no_html=False):
    m = mid or make_mid(who, client, t)
    folder = folder or ("Sent" if who is me else "INBOX")
    h = []
    if folder == "INBOX": h += transport(who, t, env, infra, client, orig_ip)
    date = t.strftime("%a, %d %b %Y %H:%M:%S %z")
    fromh = frm or addr(who.name, who.email)
    toh = ", ".join(addr(n, e) for n, e in to)
    if client in ("gws", "gmail"):
        h += [("MIME-Version", "1.0")]
        if refs: h += [("References", " ".join(refs)), ("In-Reply-To", irt or refs[-1])]
        h += [("From", fromh), ("Date", date), ("Message-ID", m), ("Subject", enc_h(subj)), ("To", toh)]
        if cc: h.append(("Cc", ", ".join(addr(n, e) for n, e in cc)))
    else:
        h += [("From", fromh), ("To", toh)]
        if cc: h.append(("CC", ", ".join(addr(n, e) for n, e in cc)))
        h += [("Subject", enc_h(subj)), ("Date", date), ("Message-ID", m)]
        if refs: h += [("In-Reply-To", irt or refs[-1]), ("References", "\n ".join(refs))]
    if client in ("ol", "olm", "ex16", "ol19", "outlookcom"):
        h += [("Thread-Topic", enc_h(topic or subj.split(": ", 1)[-1])), ("Thread-Index", tidx or base64.b64encode(b"\x01" + rbytes(21)).decode())]
    if client in ("ol", "olm", "ex16", "outlookcom"):
        h += [("Accept-Language", "nl-NL, en-US"), ("Content-Language", "nl-NL"), ("X-MS-Has-Attach", "yes" if atts else ""), ("X-MS-TNEF-Correlator", "")]
        if client == "ex16": h.append(("X-Originating-IP", f"[10.20.{R.randint(4, 6)}.{R.randint(20, 200)}]"))
    if client in ("ol", "olm") and (infra or who.infra) == "own":
        h += [("X-MS-Exchange-Organization-AuthAs", "Internal"), ("X-MS-Exchange-Organization-AuthSource", f"{MBX}.eurprd09.prod.outlook.com"),
              ("X-MS-Exchange-CrossTenant-id", TENANT)]
        if client == "olm" or orig_ip: h.append(("X-MS-Exchange-Organization-OriginalClientIPAddress", orig_ip or f"2a02:a46e:{hx(4)}:0:{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}"))
    if client == "ol19": h += [("Content-Language", "nl-be")]
    if client in UA: h.append(UA[client])
    if client == "rc": h += [("X-Sender", who.email), ("Organization", "Pierres & Pavés du Condroz SA".encode().decode())]
    h += list(extra)
    if client in ("apple", "iphone", "iphone-verm"): h.append(("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))" if client == "apple" else "1.0 (1.0)"))
    elif client not in ("gws", "gmail"): h.append(("MIME-Version", "1.0"))
    h = [(k, enc_h(v) if k == "Organization" else v) for k, v in h]
    if html is None and not no_html: html = html_of(client, plain)
    b = lambda: {"ol": "_000_" + MBX + HX(16) + "_", "olm": "_000_" + MBX + HX(16) + "_", "ex16": "_000_" + hx(32) + "VDWEXCH01vdwlocal_",
                 "gws": "000000000000" + hx(16), "gmail": "000000000000" + hx(16), "apple": f"Apple-Mail={ruuid().upper()}", "iphone": f"Apple-Mail-{ruuid().upper()}",
                 "iphone-verm": f"Apple-Mail-{ruuid().upper()}", "ol19": "----=_NextPart_000_" + HX(4) + "_01D" + HX(3) + "." + HX(8), "rc": "=_" + hx(32),
                 "outlookcom": "_000_DB9PR02MB" + HX(20) + "_"}.get(client, "=_" + hx(24))
    def textpart(ctype, text):
        data = text.encode("utf-8")
        if client in ("gws", "gmail"):
            if text.isascii() and max(len(x) for x in text.split("\n")) < 990: return [f'Content-Type: {ctype}; charset="UTF-8"', "", text]
            return [f'Content-Type: {ctype}; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]
        if client in ("apple", "iphone", "iphone-verm"):
            if text.isascii(): return [f"Content-Type: {ctype};\n\tcharset=us-ascii", "Content-Transfer-Encoding: 7bit", "", text]
            return [f"Content-Type: {ctype};\n\tcharset=utf-8", "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]
        if client == "rc" and ctype == "text/plain":
            return [f"Content-Type: text/plain; charset={'US-ASCII' if text.isascii() else 'UTF-8'};\n format=flowed", "Content-Transfer-Encoding: " + ("7bit" if text.isascii() else "8bit"), "", text]
        cs = '"utf-8"' if client in ("ol", "olm", "ex16", "ol19", "outlookcom") else "UTF-8"
        return [f"Content-Type: {ctype}; charset={cs}", "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]
    alt = textpart("text/plain", plain)
    if html:
        ab = b(); alt = [f'Content-Type: multipart/alternative; boundary="{ab}"', "", f"--{ab}"] + textpart("text/plain", plain) + [f"--{ab}"] + textpart("text/html", html) + [f"--{ab}--"]
    if atts:
        mb = b(); body = [f'Content-Type: multipart/mixed; boundary="{mb}"', "", f"--{mb}"] + alt
        for name, data, ctype in atts:
            if client in ("gws", "gmail"):
                body += [f"--{mb}", f'Content-Type: {ctype}; name="{name}"', f'Content-Disposition: attachment; filename="{name}"', "Content-Transfer-Encoding: base64",
                         f"Content-ID: <f_{alnum(9).lower()}0>", f"X-Attachment-Id: f_{alnum(9).lower()}0", "", base64.encodebytes(data).decode().rstrip("\n")]
            elif client in ("ol", "olm", "ex16", "outlookcom"):
                body += [f"--{mb}", f'Content-Type: {ctype}; name="{name}"', f"Content-Description: {name}",
                         f'Content-Disposition: attachment; filename="{name}"; size={len(data)};\n\tcreation-date="{rfc(t, UTC)}";\n\tmodification-date="{rfc(t, UTC)}"',
                         "Content-Transfer-Encoding: base64", "", base64.encodebytes(data).decode().rstrip("\n")]
            else:
                body += [f"--{mb}", f'Content-Type: {ctype}; name="{name}"', f'Content-Disposition: attachment; filename="{name}"',
                         "Content-Transfer-Encoding: base64", "", base64.encodebytes(data).decode().rstrip("\n")]
        body += [f"--{mb}--"]
    else: body = alt
    raw = "\r\n".join(f"{k}: {v}".replace("\n", "\r\n") for k, v in h) + "\r\n" + "\r\n".join(body).replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n"
    seq[0] += 1
    pending.append((t.astimezone(UTC), seq[0], folder, raw, (m, label) if label else None, scen))
    return m


G = ("genuine", "genuine-reply"); GH = ("genuine", "genuine-hard"); GO = ("genuine", "genuine-orphan")
def HJ(kind): return ("hijack", kind)


class Thread:
    def __init__(s, tid, partner, subj):
        s.tid, s.p, s.subj, s.refs, s.last = tid, partner, subj, [], None
        s.blocks = []; s.tbase = b"\x01" + rbytes(21)

    def add(s, who, text, t, label=None, client=None, to=None, cc=None, sig=True, quote=True, subj=None, scen=None, quote_text=None, detached=False, **kw):
        client = client or who.client
        plain = text + (who.sig if sig else "")
        if quote and s.last:
            q = dict(s.last)
            if quote_text is not None: q["plain"] = quote_text
            plain += quote_of(client, q)
        if subj is None:
            if not s.refs: subj = s.subj
            else:
                pf = "RE: " if client in ("ol", "olm", "ex16", "ol19", "outlookcom") else ("Re : " if client == "rc" else "Re: ")
                subj = pf + s.subj
        if to is None: to = [(s.p.name, s.p.email)] if who is me else [(me.name, me.email)]
        if label == G and scen is None:
            s.np = getattr(s, "np", 0) + 1
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
    if encrypt:  # set the "encrypted" flag in every local and central header (content stays inert)
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


def pdf(lines, producer="Microsoft® Word voor Microsoft 365", when="20250303091200", zone="+01'00'", uris=()):
    content = ("BT /F1 11 Tf 14 TL 72 770 Td " + " ".join(f"({pdf_esc(l)}) '" for l in lines) + " ET").encode("latin-1", "replace")
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", None,
            f"<< /Length {len(content)} >>\nstream\n", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            f"<< /Producer ({pdf_esc(producer)}) /CreationDate (D:{when}{zone}) /ModDate (D:{when}{zone}) >>"]
    ann = []
    for i, u in enumerate(uris):
        objs.append(f"<< /Type /Annot /Subtype /Link /Rect [72 {600 - 30 * i} 523 {640 - 30 * i}] /Border [0 0 0] /A << /S /URI /URI ({u}) >> >>"); ann.append(len(objs))
    objs[2] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R"
               + (f" /Annots [{' '.join(f'{a} 0 R' for a in ann)}]" if ann else "") + " >>")
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"); offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += (f"4 0 obj\n{o}".encode() + content + b"\nendstream\nendobj\n") if i == 4 else f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    x = len(out); fid = hx(32)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R /ID [<{fid}> <{fid}>] >>\nstartxref\n{x}\n%%EOF\n".encode()
    return bytes(out)


def ooxml(kind, text, macro=False):
    """minimal OOXML container (docx/docm/xlsx) with real [Content_Types].xml and parts; macro part is random bytes"""
    if kind == "xlsx":
        main = ("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Openstaand" sheetId="1" r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></sheets></workbook>')
        ct = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
        parts = [main, ("xl/worksheets/sheet1.xml", '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                        + "".join(f'<row r="{i + 1}"><c r="A{i + 1}" t="inlineStr"><is><t>{H.escape(l)}</t></is></c></row>' for i, l in enumerate(text.split("\n"))) + "</sheetData></worksheet>")]
    else:
        ct = "application/vnd.ms-word.document.macroEnabled.main+xml" if macro else "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
        parts = [("word/document.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
                  + "".join(f"<w:p><w:r><w:t>{H.escape(l)}</w:t></w:r></w:p>" for l in text.split("\n")) + "</w:body></w:document>")]
        if macro: parts.append(("word/vbaProject.bin", rbytes(1500)))
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
             + (f'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "")
             + f'<Override PartName="/{parts[0][0]}" ContentType="{ct}"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="{parts[0][0]}"/></Relationships>')
    return zipfile_bytes([("[Content_Types].xml", types.encode()), ("_rels/.rels", rels.encode())] + [(n, d if isinstance(d, bytes) else d.encode()) for n, d in parts])


def onenote_bytes():
    return bytes.fromhex("e4525c7b8cd8a74daeb15378d02996d3") + rbytes(600) + "Dubbelklik om de leveringsbon te openen".encode("utf-16-le") + rbytes(400)


def lnk_bytes():
    return (b"\x4c\x00\x00\x00\x01\x14\x02\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00\x46" + rbytes(56)
            + "C:\\Windows\\System32\\cmd.exe /c echo inert-probe".encode("utf-16-le") + rbytes(40))


def ubl(inv, seller, iban, amount, desc, date):
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" '
            f'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">\n'
            f"  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:nen.nl:nlcius:v1.0</cbc:CustomizationID>\n  <cbc:ID>{inv}</cbc:ID>\n  <cbc:IssueDate>{date}</cbc:IssueDate>\n"
            f"  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>\n  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>\n"
            f"  <cac:AccountingSupplierParty><cac:Party><cac:PartyName><cbc:Name>{H.escape(seller)}</cbc:Name></cac:PartyName></cac:Party></cac:AccountingSupplierParty>\n"
            f"  <cac:AccountingCustomerParty><cac:Party><cac:PartyName><cbc:Name>Gemeente Lindenhoeve</cbc:Name></cac:PartyName></cac:Party></cac:AccountingCustomerParty>\n"
            f"  <cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode><cac:PayeeFinancialAccount><cbc:ID>{iban}</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>\n"
            f'  <cac:LegalMonetaryTotal><cbc:PayableAmount currencyID="EUR">{amount}</cbc:PayableAmount></cac:LegalMonetaryTotal>\n'
            f"  <cac:InvoiceLine><cbc:ID>1</cbc:ID><cac:Item><cbc:Name>{H.escape(desc)}</cbc:Name></cac:Item></cac:InvoiceLine>\n</Invoice>\n").encode()


def notice(who, t, subj, plain, html=None, label=None, scen=None, atts=(), extra=(), refs=(), client=None, to=None, **kw):
    return emit(who, client or who.client, t, to or [(me.name, me.email)], None, subj, list(refs), plain, html=html, atts=atts, extra=extra, label=label, scen=scen, **kw)
# ================================================================ content
ROUT = {
 "nl": [("{p}, bijgaand/onderstaand de stand van zaken: {x}. Kunnen jullie dit bevestigen?", "Dag Sanne,\n\nKlopt, dat kunnen we bevestigen. {y}"),
        ("Goedemorgen,\n\nIk heb nog een vraag over {x}. Wanneer kunnen we dat verwachten?", "Hoi Sanne,\n\nDat verwachten we {y}. Ik houd je op de hoogte."),
        ("Hallo,\n\nDank voor de snelle reactie. Ik zet het door naar {x}.", "Prima, dank je wel. {y}"),
        ("Hoi,\n\nKleine aanvulling: graag {x} vermelden op de factuur, anders kan crediteuren hem niet matchen.", "Helder, we nemen het inkoopordernummer voortaan op. {y}")],
 "be": [("Dag Jan,\n\nKunnen jullie {x} nog deze maand leveren?", "Dag Sanne,\n\nDat moet lukken, ik laat het u weten zodra de camion vertrekt. {y}"),
        ("Dag Jan,\n\nDank u. Graag ook {x} meesturen met de levering.", "Dag Sanne,\n\nIn orde, wordt meegegeven. {y}")],
 "fr": [("Bonjour Madame Lambert,\n\nPourriez-vous me confirmer {x} ? Mon français n'est pas parfait, excusez-moi.", "Bonjour Madame de Vries,\n\nOui, je vous le confirme volontiers. {y}"),
        ("Bonjour,\n\nMerci. Pouvez-vous indiquer {x} sur la facture ?", "Bonjour,\n\nC'est noté, nous l'indiquerons. {y}")],
}
XS = {"vdw": ["de planning van fase 2 (Dorpsstraat)", "het inkoopordernummer 4500021877", "de meerwerkopdracht voor de kolken", "de wegafzetting in week 14", "de opleverdatum van het fietspad", "het KLIC-meldingsnummer"],
      "dig": ["de levering van de 40 laptops", "het inkoopordernummer 4500021912", "de migratie van de printers", "de verlenging van de licenties", "de installatie op de raadzaal"],
      "groen": ["het snoeiwerk aan de Lindelaan", "het inkoopordernummer 4500021655", "de maaironde van juni", "de boomveiligheidscontrole", "de bladruimronde"],
      "verm": ["de 60 verkeersborden C2", "de dranghekken voor de kermis", "de tijdelijke bebording Molenweg", "het inkoopordernummer 4500021790"],
      "cond": ["le délai de livraison des bordures", "le numéro de commande 4500021803", "les pavés en pierre bleue", "le certificat CE des bordures"]}
YS = {"nl": ["Fijne dag nog.", "Groet.", "", "Mocht er iets veranderen dan hoor je het.", "Dank voor het meedenken."],
      "be": ["Vriendelijke groeten.", "", "Nog een goede dag."], "fr": ["Bonne journée.", "", "Je reste à votre disposition."]}


def routine(th, lang, key, start, n, partner=None, gapd=(2, 6), reply_hours=(8, 17)):
    """n back-and-forth exchanges (Sanne asks, partner answers); returns the next free datetime"""
    t = start; partner = partner or th.p
    for i in range(n):
        a, b = ROUT[lang][(i + R.randint(0, 3)) % len(ROUT[lang])]
        x = R.choice(XS[key]); y = R.choice(YS[lang])
        first = partner.name.split()[0]
        th.add(me, a.format(p=first, x=x, y=y), t, to=[(partner.name, partner.email)])
        t2 = t + datetime.timedelta(hours=R.randint(1, 20), minutes=R.randint(0, 59))
        if t2.astimezone(AMS).hour < 8 or t2.astimezone(AMS).hour > 18: t2 = t2.replace(hour=R.randint(*reply_hours)) + datetime.timedelta(days=1)
        if t2.weekday() >= 5: t2 += datetime.timedelta(days=7 - t2.weekday())
        th.add(partner, b.format(x=x, y=y).rstrip(), t2, G)
        t = t2 + datetime.timedelta(days=R.randint(*gapd), hours=R.randint(-2, 2))
        if t.weekday() >= 5: t += datetime.timedelta(days=7 - t.weekday())
        t = t.replace(hour=R.randint(8, 16))
    return t


# ---------------------------------------------------------------- T1 Van Dijk: onderhoud Dorpsstraat (raamcontract)
t1 = Thread("T1", henk, "Groot onderhoud Dorpsstraat - fase 1 en 2")
t1.add(me, "Beste Henk,\n\nHierbij de opdrachtverstrekking voor het groot onderhoud Dorpsstraat onder raamovereenkomst 2023-RO-07. "
       "Inkoopordernummer 4500021877. Graag ontvang ik de planning.", at(2024, 9, 9, 9, 12),
       atts=[("Opdrachtverstrekking 4500021877.pdf", pdf(["Gemeente Lindenhoeve - Opdrachtverstrekking", "Raamovereenkomst 2023-RO-07", "Inkooporder 4500021877"], when="20240909090000", zone="+02'00'"), "application/pdf")])
t1.add(henk, "Beste Sanne,\n\nDank voor de opdracht. Planning volgt eind deze week, we starten naar verwachting in week 41 met fase 1.",
       at(2024, 9, 9, 14, 3), G)
tn = routine(t1, "nl", "vdw", at(2024, 9, 16, 10, 0), 5)
t1.add(me, "Hoi Henk,\n\nKun je het bouwoverleg van volgende week in de agenda zetten? Fatima schuift ook aan.", tn)
t1.add(henk, "Beste Sanne,\n\nBijgaand de uitnodiging voor het bouwoverleg op de bouwkeet (Dorpsstraat/Kerkpad).", tn + datetime.timedelta(hours=3), GH,
       scen=("G1", "Van Dijk projectleider sends a genuine .ics for the bouwoverleg (an .ics in a thread)"),
       atts=[("Bouwoverleg Dorpsstraat.ics", ("BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
                                              "DTSTART:20241105T090000Z\r\nDTEND:20241105T103000Z\r\nLOCATION:Bouwkeet Dorpsstraat/Kerkpad\r\nSUMMARY:Bouwoverleg Dorpsstraat\r\n"
                                              f"UID:{ruuid()}\r\nORGANIZER;CN=Henk Bosman:mailto:h.bosman@vandijk-wegenbouw.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode(), "text/calendar")])
tn = routine(t1, "nl", "vdw", tn + datetime.timedelta(days=3), 3)
# reply-all adds uitvoerder (G2), uitvoerder himself (G3)
t1.add(henk, "Beste Sanne,\n\nIk zet Gerrit Wouters in de cc, hij is vanaf volgende week uitvoerder op de Dorpsstraat. Vragen over de "
       "afzettingen kun je direct aan hem stellen.", tn + datetime.timedelta(days=1), GH, cc=[(gerrit.name, gerrit.email)],
       scen=("G2", "reply-all in the Van Dijk thread adds the new uitvoerder in Cc"))
t1.add(gerrit, "Goedemiddag Sanne,\n\nGerrit hier. De afzetting van de Kerkstraat schuift één dag op i.v.m. de markt, verder blijft alles gelijk.",
       tn + datetime.timedelta(days=3, hours=5), GH, scen=("G3", "the new uitvoerder (introduced by Henk) writes himself for the first time"))
tn = routine(t1, "nl", "vdw", tn + datetime.timedelta(days=6), 4)
t1_hijack_time = tn
# A10 display-name spoof: "Henk Bosman" via outlook.com with an SVG voicemail
t1.add(Pt("Henk Bosman", "henkbosman.vdw@outlook.com", "outlookcom", "outlookcom"), "Hoi Sanne,\n\nIk heb je net gebeld over de meerwerkpost maar kreeg je niet te pakken, ik heb een spraakbericht ingesproken. "
       "Zie bijlage, graag even afluisteren en terugkoppelen.\n\nHenk", tn + datetime.timedelta(days=1, hours=2), HJ("display-name-spoof"), sig=False, detached=True,
       scen=("A10", "display-name spoof of Henk (Van Dijk) from outlook.com: SVG 'voicemail' attachment with embedded script/redirect"),
       atts=[("Spraakbericht_0348555610_0241sec.svg", ('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="600" height="200">'
              '<rect width="600" height="200" fill="#f3f3f3"/><text x="30" y="100" font-family="Segoe UI" font-size="22">Nieuw spraakbericht (04:01) - klik om af te spelen</text>'
              '<script><![CDATA[ /* inert probe */ var u="https://voicemail-afspelen.example/nl/?m=" + "s.devries"; ]]></script></svg>\n').encode(), "image/svg+xml")])

# ---------------------------------------------------------------- T2 Van Dijk: bank-change letter (real, verified) + Peppol invoice
t2 = Thread("T2", marloes, "Wijziging bankrelatie Van Dijk Wegenbouw")
t2.add(marloes, "Geachte relatie,\n\nPer 1 januari 2025 stappen wij over naar een nieuwe bank. In de bijlage treft u de officiële brief aan, "
       "ondertekend door onze directie. Wij verzoeken u de wijziging uitsluitend door te voeren na telefonische verificatie via ons "
       "algemene nummer 0348 555 600.", at(2024, 12, 2, 10, 14),
       atts=[("Brief wijziging bankrelatie Van Dijk Wegenbouw.pdf", pdf(["Van Dijk Wegenbouw B.V.", "Wijziging bankrelatie per 1 januari 2025", "Oud: NL44 RABO 0312 5577 91", "Nieuw: NL63 INGB 0007 4412 80", "Verificatie: 0348 555 600"], when="20241129140000"), "application/pdf")])
t2.add(me, "Beste Marloes,\n\nDank voor de brief. Ik heb zojuist met jullie collega op 0348 555 600 gebeld en de wijziging is bevestigd. Ik zet het door naar crediteuren.",
       at(2024, 12, 3, 11, 40), cc=[(joost.name, joost.email)])
t2.add(marloes, "Beste Sanne,\n\nFijn, dank voor de bevestiging. De eerste factuur met het nieuwe rekeningnummer volgt in januari via Peppol.",
       at(2024, 12, 3, 14, 2), GH, cc=[(joost.name, joost.email)], scen=("G4", "Van Dijk's real, announced bank change confirmed after phone verification (reply about the new IBAN)"))
# A1 server hijack (Feb 2025): a second 'gewijzigd rekeningnummer' letter through VDW's real Exchange
t2.add(marloes, "Beste Sanne,\n\nIn aanvulling op onze eerdere brief: door een interne herstructurering van onze bankzaken worden betalingen per direct "
       "ontvangen op onze G-rekening bij een andere bank. Het gewijzigd rekeningnummer staat in de bijgevoegde brief. Wilt u de openstaande termijnen "
       "(termijn 3 en 4 Dorpsstraat) hierop voldoen? Telefonisch zijn wij deze week beperkt bereikbaar vanwege de jaarafsluiting, mailen heeft de voorkeur.",
       at(2025, 2, 18, 16, 52), HJ("server-hijack"), cc=None,
       scen=("A1", "server-hijack via Van Dijk's real Exchange 2016: second 'gewijzigd rekeningnummer' letter, no verification, phone discouraged"),
       atts=[("Gewijzigd rekeningnummer VDW.pdf", pdf(["Van Dijk Wegenbouw B.V.", "Gewijzigd rekeningnummer", "IBAN NL27 BUNQ 2206 1184 39 t.n.v. VDW Infra Beheer", "Graag per direct hanteren"], producer="Microsoft® Word 2016", when="20250218164500"), "application/pdf")])

# ---------------------------------------------------------------- T3 Digidam: laptops + licences (Google Workspace)
t3 = Thread("T3", ruben, "Offerte vervanging werkplekken 2025")
t3.add(me, "Beste Ruben,\n\nOnder de raamovereenkomst ICT-werkplekken vraag ik een offerte voor 40 laptops incl. docking. Graag voor 1 oktober.", at(2024, 9, 12, 10, 5))
t3.add(ruben, "Hoi Sanne,\n\nDe offerte staat klaar in onze gedeelde map: https://drive.google.com/drive/folders/1qG" + alnum(28) + "?usp=sharing\n"
       "Laat maar weten als je vragen hebt.", at(2024, 9, 19, 15, 22), G)
tn = routine(t3, "nl", "dig", at(2024, 9, 23, 9, 0), 4)
t3.add(ruben, "Hoi Sanne,\n\nHierbij de herziene offerte, ook weer in de gedeelde map: https://docs.google.com/spreadsheets/d/1Xb" + alnum(40) + "/edit?usp=sharing",
       tn, GH, scen=("G5", "Digidam shares a Google Docs link to the revised quote (thread always had Drive links)"))
tn = routine(t3, "nl", "dig", tn + datetime.timedelta(days=3), 3)
t3.add(sarah, "Hoi Sanne,\n\nRuben had me al aangekondigd: ik ben Sarah Bakker, de nieuwe servicecoördinator voor jullie gemeente. De laptops worden "
       "in week 48 geleverd, ik stem de tijden af met jullie facilitaire dienst.", tn + datetime.timedelta(days=2), GH,
       scen=("G6", "new Digidam colleague (announced by Ruben earlier) writes for the first time"))
tn = routine(t3, "nl", "dig", tn + datetime.timedelta(days=5), 3, partner=sarah)
# A8 server hijack through Digidam's Google Workspace: 'software update' on dropbox.com, English, no quote
t3.add(ruben, "Hi Sanne,\n\nPlease install the attached update for the docking stations before Monday, otherwise the new laptops will not charge. "
       "The file is too big for mail so download here:\nhttps://www.dropbox.com/scl/fi/" + alnum(21).lower() + "/DockFirmware_Update_2025.zip?rlkey=" + alnum(25).lower() + "&dl=1\n\nThanks",
       tn + datetime.timedelta(days=9, hours=-6), HJ("server-hijack"), quote=False, sig=False,
       scen=("A8", "server-hijack via Digidam's Google Workspace: English 'firmware update' zip on dropbox.com, no quote, no signature"))
t3_next = tn

# ---------------------------------------------------------------- T4 Digidam: e-factuurkoppeling (zipped logs), feedback form
t4 = Thread("T4", sarah, "Storing koppeling e-facturen (Peppol) in financieel pakket")
t4.add(me, "Hoi Sarah,\n\nSinds vanochtend komen er geen e-facturen meer binnen in het financiële pakket. Kunnen jullie kijken? Meldingsnummer bij ons M 2501 0381.", at(2025, 1, 14, 9, 30))
t4.add(sarah, "Hoi Sanne,\n\nKun je de logbestanden van de connector sturen? C:\\ProgramData\\Connector\\logs, gezipt graag.", at(2025, 1, 14, 10, 2), G)
t4.add(me, "Hoi Sarah,\n\nIk heb ze van de beheerder gekregen, maar ons mailfilter blokkeert zips naar buiten. Kun jij ze niet via de beheeromgeving ophalen?", at(2025, 1, 14, 11, 5))
t4.add(sarah, "Hoi Sanne,\n\nGelukt, ik heb ze zelf opgehaald. Ter controle stuur ik je de gezipte logs terug met de foutregels gemarkeerd, zodat jullie beheerder kan zien waar het misgaat.",
       at(2025, 1, 14, 14, 40), GH, scen=("G7", "Digidam returns zipped connector logs that were requested in the thread"),
       atts=[("connector-logs-20250114.zip", zipfile_bytes([("connector-20250114.log", b"2025-01-14 07:02:11 ERROR AS4 handshake failed: certificate expired (CN=ap.peppolpunt.example)\n" * 20)], (2025, 1, 14, 14, 30, 0)), "application/zip")])
t4.add(me, "Top, dank je. Beheer heeft het certificaat vernieuwd en het loopt weer.", at(2025, 1, 15, 9, 10))
t4.add(sarah, "Fijn om te horen! Zou je onze korte klanttevredenheidsvragenlijst willen invullen? https://docs.google.com/forms/d/e/1FAIpQL" + alnum(48) + "/viewform",
       at(2025, 1, 15, 10, 3), GH, scen=("G8", "genuine Google Forms satisfaction survey from Digidam (same platform as the A3 lure)"))
# A3 account takeover of Ruben's Google account (SMTP from a VPS, PHPMailer): Google Forms 'leveranciersregistratie'
t4.add(ruben, "Beste Sanne,\n\nIn verband met de nieuwe Europese aanbestedingsregels moeten alle leveranciers van de gemeente hun gegevens opnieuw "
       "registreren, en wij vragen dat andersom ook aan onze klanten. Vult u het leveranciersregistratieformulier in, inclusief de contactgegevens "
       "van uw crediteurenadministratie en de inlog van het inkoopportaal, zodat wij de facturatie kunnen voortzetten:\n\n"
       "https://docs.google.com/forms/d/e/1FAIpQL" + alnum(48) + "/viewform?usp=sf_link\n\nGraag vóór vrijdag.",
       at(2025, 3, 6, 4, 17), HJ("account-takeover"), client="phpm", infra="gsmtp-digidam", orig_ip="193.233.21.84",
       scen=("A3", "Digidam account takeover: PHPMailer via smtp.gmail.com from a VPS at 04:17, Google Forms 'leveranciersregistratie' asking for portal login"))
# ---------------------------------------------------------------- T5 Groenwerk Hoogland (KPN, Apple Mail)
t5 = Thread("T5", kees, "Snoeiwerk Lindelaan en maaironde 2024")
t5.add(me, "Beste Kees,\n\nGraag een offerte voor het snoeien van de 34 lindes aan de Lindelaan, onder het raamcontract groenonderhoud.", at(2024, 8, 26, 9, 40))
tn = routine(t5, "nl", "groen", at(2024, 8, 28, 10, 0), 6)
t5.add(kees, "Hoi Sanne,\n\nNog even dit: de 3 kerstbomen voor de personeelsvereniging vallen buiten het contract, Pieter zei dat dat via een Tikkie mocht. "
       "Hier is hij: https://tikkie.me/pay/Groenwerk/" + alnum(22) + "\n\nGroet Kees", tn + datetime.timedelta(days=2), GH,
       scen=("G9", "small supplier sends a genuine Tikkie payment-request link (agreed with the team leader)"))
t5.add(me, "Hoi Kees, betaald door de personeelsvereniging. Dank!", tn + datetime.timedelta(days=2, hours=3))
t5.add(kees, "Top, ontvangen.\n\nVerstuurd vanaf mijn iPhone", (tn + datetime.timedelta(days=2)).replace(hour=22, minute=41), GH, client="iphone", sig=False,
       scen=("G10", "Kees answers from his iPhone at 22:41 (different client, late)"))
tn = routine(t5, "nl", "groen", tn + datetime.timedelta(days=6), 3)
t5.add(kees, "Hoi Sanne,\n\nKleine wijziging: mijn mobiele nummer is veranderd, het oude toestel is kapot. Nieuw nummer staat in de handtekening.",
       tn, GH, scen=("G11", "Kees announces a new mobile number in his signature"), sig=False)
kees.sig = kees.sig.replace("06-55518340", "06-55527719")
t5.add(me, "Dank Kees, aangepast in ons leveranciersbestand.", tn + datetime.timedelta(hours=4))
# revived after months (G12)
t5.add(kees, "Hoi Sanne,\n\nIk pak deze oude draad weer op: de lindes die we in oktober hebben gesnoeid moeten volgens de boomveiligheidscontrole van dit voorjaar "
       "op twee plekken worden vervangen. Zal ik een aanvulling op de offerte maken?", at(2025, 4, 2, 8, 55), GH,
       scen=("G12", "Groenwerk revives the thread after five months for a real follow-up"))
t5.add(me, "Hoi Kees,\n\nJa graag, met dezelfde tarieven als in het contract.", at(2025, 4, 2, 11, 20))
# A13 account takeover of Kees's KPN mailbox: webmail from abroad at 03:00, e-signature link
t5.add(kees, "Goedemorgen,\n\nDe opdrachtbevestiging voor de vervanging staat klaar voor digitale ondertekening. U kunt het document hier inzien en ondertekenen:\n"
       "https://esign-opdrachtbevestiging.example/d/" + alnum(16) + "\n\nMvg", at(2025, 4, 4, 3, 6), HJ("account-takeover"), client="phpm", sig=False,
       orig_ip="156.146.59.12", scen=("A13", "Groenwerk KPN account taken over: PHPMailer from abroad at 03:06, e-signature link to an unknown domain"))
# A5 look-alike domain: Groenwerk with an iDEAL-style link
t5l = Thread("T5b", kees, "Snoeiwerk Lindelaan en maaironde 2024"); t5l.refs = list(t5.refs); t5l.last = t5.last
t5l.add(Pt("Kees van Leeuwen", "info@groenwerkhooglandbv.example", "apple", "look-groen"),
        "Hoi Sanne,\n\nVolgens onze administratie staan de facturen voor de maaironde van juni en het snoeiwerk aan de Lindelaan nog open "
        "(samen € 6.842,17). Onze bank stopt eind deze maand met overschrijvingen op de oude rekening, daarom vragen we klanten nu om via "
        "een iDEAL-betaalverzoek te betalen. Dat gaat het snelst, je kunt hem hier voldoen:\nhttps://ideal-betaalverzoek.example/pay/GWH-" + alnum(10) +
        "\n\nAls het via crediteuren moet, kun je de link ook doorsturen. Sorry voor het gedoe!\n\nGroet Kees", at(2025, 4, 9, 10, 12),
        HJ("lookalike-domain"), scen=("A5", "look-alike domain groenwerkhooglandbv.example, context-aware overdue-invoice text with an iDEAL-style link"))

# ---------------------------------------------------------------- T6 Vermeulen Signalisatie (Flemish, Telenet)
t6 = Thread("T6", jan, "Bestelling verkeersborden en dranghekken")
t6.add(me, "Dag Jan,\n\nHierbij inkooporder 4500021790 voor 60 borden C2 en 120 dranghekken voor de kermis.", at(2024, 9, 3, 10, 15))
tn = routine(t6, "be", "verm", at(2024, 9, 5, 9, 0), 6)
t6.add(jan, "Dag Sanne,\n\nDe technische tekeningen van de tijdelijke bebording zijn te groot voor mail, ik heb ze via WeTransfer gestuurd: "
       "https://we.tl/t-" + alnum(10) + "\n\nMet vriendelijke groeten", tn, GH, scen=("G13", "Flemish supplier sends a WeTransfer link for large drawings"))
tn = routine(t6, "be", "verm", tn + datetime.timedelta(days=4), 2)
t6.add(jan, "Dag Sanne,\n\nVanop mijn gsm want ik sta op de werf: de camion komt morgen om 7u. Kan er iemand aan de loods zijn?\n\nVerstuurd vanaf mijn iPhone",
       tn, GH, client="iphone-verm", sig=False, scen=("G14", "Flemish supplier from his iPhone (different client) during a delivery"))
t6.add(me, "Dag Jan, ja, de buitendienst is er vanaf 6:30.", tn + datetime.timedelta(hours=1))
tn = routine(t6, "be", "verm", tn + datetime.timedelta(days=8), 2)
# A6 server hijack via the real Telenet relay and Outlook: OneNote 'leveringsbon'
t6.add(jan, "Dag,\n\nIn bijlage de leveringsbon van de laatste levering, gelieve te ondertekenen en terug te sturen.\n\nMvg",
       tn + datetime.timedelta(days=3), HJ("server-hijack"), sig=False, quote=True,
       scen=("A6", "server-hijack via Vermeulen's real Telenet relay/Outlook: short generic 'leveringsbon' as a OneNote (.one) file"),
       atts=[("Leveringsbon_LB-2025-0117.one", onenote_bytes(), "application/onenote")])
# ---------------------------------------------------------------- T7 Vermeulen accounting; A15 .lnk in zip through same server
t7 = Thread("T7", els, "Factuur 2024-1187 Vermeulen Signalisatie")
t7.add(els, "Dag,\n\nIn bijlage onze factuur 2024-1187 voor de levering van de borden. Betaling op BE71 0961 2345 6769.", at(2024, 10, 8, 11, 0),
       atts=[("Factuur 2024-1187.pdf", pdf(["Vermeulen Signalisatie bv", "Factuur 2024-1187", "IBAN BE71 0961 2345 6769", "Totaal EUR 9.412,80"], producer="Microsoft® Excel® 2019", when="20241008105500", zone="+02'00'"), "application/pdf")])
t7.add(me, "Dag Els,\n\nWij ontvangen facturen bij voorkeur via Peppol of op facturen@lindenhoeve.example met het inkoopordernummer. Wil je hem opnieuw sturen met 4500021790?", at(2024, 10, 9, 9, 0))
t7.add(els, "Dag Sanne,\n\nIn orde, we hebben hem via Peppol opnieuw verstuurd met het ordernummer.", at(2024, 10, 9, 14, 30), G)
t7.add(els, "Dag Sanne,\n\nVoor de volledigheid: de creditnota en de nieuwe factuur in één zip, zoals gevraagd door jullie crediteuren.\n",
       at(2024, 10, 10, 10, 2), GH, scen=("G15", "Flemish accounting sends a requested zip with credit note + invoice PDFs"),
       atts=[("Vermeulen_CN2024-0031_F2024-1187.zip", zipfile_bytes([("CN2024-0031.pdf", pdf(["Creditnota CN2024-0031"], when="20241010095000")), ("F2024-1187.pdf", pdf(["Factuur 2024-1187"], when="20241010095000"))], (2024, 10, 10, 9, 58, 0)), "application/zip")])
t7.add(els, "Dag,\n\nHerinnering: factuur 2024-1187 staat nog open. Zie de documenten in de bijlage en bevestig de betaling.\n",
       at(2025, 3, 20, 19, 44), HJ("server-hijack"), sig=False,
       scen=("A15", "server-hijack via Vermeulen's Telenet relay: payment reminder for an already-paid invoice, zip holding a .lnk"),
       atts=[("Herinnering_F2024-1187.zip", zipfile_bytes([("Herinnering_F2024-1187.pdf.lnk", lnk_bytes())], (2025, 3, 20, 19, 40, 0)), "application/zip")])

# ---------------------------------------------------------------- T8 Pierres & Pavés du Condroz (French, OVH)
t8 = Thread("T8", sophie, "Commande bordures et pavés en pierre bleue - Lindenhoeve")
t8.add(me, "Bonjour Madame Lambert,\n\nNous souhaitons commander 400 m de bordures en pierre bleue pour la Dorpsstraat. Bon de commande 4500021803 en annexe.", at(2024, 10, 1, 10, 0))
tn = routine(t8, "fr", "cond", at(2024, 10, 3, 9, 0), 6)
t8.add(sophie, "Bonjour Madame de Vries,\n\nVeuillez trouver ci-joint notre facture F-24-0912 ainsi que le certificat CE.", tn, GH,
       scen=("G16", "Walloon supplier sends invoice + CE certificate PDFs in French (thread always had PDFs)"),
       atts=[("F-24-0912.pdf", pdf(["Pierres & Paves du Condroz SA", "Facture F-24-0912", "IBAN BE68 5390 0754 7034"], producer="LibreOffice 7.6", when="20241104100000"), "application/pdf"),
             ("Certificat_CE_bordures.pdf", pdf(["Declaration des performances", "EN 1343"], producer="LibreOffice 7.6", when="20240301100000"), "application/pdf")])
t8.add(me, "Bonjour,\n\nMerci beaucoup. Le paiement suivra dans les 30 jours.", tn + datetime.timedelta(days=1))
t8.add(sophie, "Bonjour,\n\nJe suis absente du 23/12 au 06/01 inclus. Pour toute urgence, merci de contacter Michel Dubois (compta@pierres-condroz.example).\n\nSophie Lambert",
       at(2024, 12, 23, 8, 0), GH, sig=False, quote=False, subj="Réponse automatique : Re : Commande bordures et pavés en pierre bleue - Lindenhoeve",
       extra=(("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")), scen=("G17", "Walloon Roundcube vacation auto-reply"), detached=True)
tn = routine(t8, "fr", "cond", at(2025, 1, 13, 9, 0), 3)
# A7 server hijack via OVH/Roundcube: password-protected zip, password in the text
t8.add(michel, "Bonjour,\n\nSuite à notre échange, voici le relevé des factures en attente. Le document est protégé pour des raisons de confidentialité.\n"
       "Mot de passe : Condroz2025\n\nCordialement", tn + datetime.timedelta(days=2, hours=9), HJ("server-hijack"), sig=False,
       scen=("A7", "server-hijack via the Walloon OVH Roundcube: password-protected zip with a .js, password in the text"),
       atts=[("Releve_factures_2025.zip", zipfile_bytes([("Releve_factures_2025.js", b"// inert probe placeholder\nvar x = 1;\n")], (2025, 1, 20, 18, 0, 0), encrypt=True), "application/zip")])
# A12 look-alike Walloon domain, new BE IBAN, quotes the real thread
t8l = Thread("T8b", sophie, "Commande bordures et pavés en pierre bleue - Lindenhoeve"); t8l.refs = list(t8.refs); t8l.last = t8.last
t8l.add(Pt("Sophie Lambert", "s.lambert@pierres-condroz-sa.example", "rc", "look-condroz"),
        "Bonjour Madame de Vries,\n\nJe me permets de revenir vers vous concernant notre facture F-24-0912 et la livraison des bordures pour la Dorpsstraat. "
        "Suite à un audit de notre banque, notre compte chez Belfius est temporairement bloqué. Nous vous prions donc d'effectuer le paiement "
        "(ainsi que les prochaines factures) sur notre compte auprès de notre nouvelle banque :\n\nIBAN : BE19 9670 3214 5512\nBIC : TRWIBEB1XXX\n"
        "Titulaire : Pierres et Paves Condroz\n\nMerci de me confirmer par retour de mail la date du virement. Je reste à votre disposition.",
        at(2025, 2, 4, 11, 22), HJ("lookalike-domain"), scen=("A12", "look-alike pierres-condroz-sa.example in French: account 'blocked', new BE IBAN (Wise-style), quotes the real thread"))
# ---------------------------------------------------------------- T9 tender thread (AanbestedingsNet) + A2 fake notification
TN_SUBJ = "Aanbesteding 2024-LH-031 Onderhoud openbare verlichting - nieuw bericht"
def tnet_note(t, subj, text, label=None, scen=None, refs=()):
    html = ('<html><body style="font-family:Arial"><table width="600"><tr><td><img src="https://www.aanbestedingsnet.example/img/logo.png" alt="AanbestedingsNet"></td></tr><tr><td>'
            + H.escape(text).replace("\n", "<br>") + '<br><br><a href="https://www.aanbestedingsnet.example/aanbestedingen/2024-LH-031/berichten">Bekijk het bericht</a></td></tr></table></body></html>')
    return notice(tender, t, subj, text + "\n\nBekijk het bericht: https://www.aanbestedingsnet.example/aanbestedingen/2024-LH-031/berichten\n\n"
                  "Dit is een automatisch bericht van AanbestedingsNet. U kunt niet op dit bericht reageren.", html=html, label=label, scen=scen, refs=refs,
                  extra=(("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")))
tn_ids = []
for i, d in enumerate([(2024, 10, 14), (2024, 10, 21), (2024, 10, 28), (2024, 11, 4), (2024, 11, 11), (2024, 11, 18)]):
    lab = (GH, ("G18" if i == 2 else "G19", "AanbestedingsNet notification: new question / nota van inlichtingen (no reply headers)")) if i in (2, 4) else (None, None)
    tn_ids.append(tnet_note(at(*d, 7, 15), TN_SUBJ, f"Er is een nieuw bericht geplaatst bij aanbesteding 2024-LH-031 (vraag {i + 1}).", lab[0], lab[1]))
t9 = Thread("T9", pieter, "Nota van inlichtingen 2024-LH-031 - concept antwoorden")
t9.add(me, "Hoi Pieter,\n\nHierbij mijn concept-antwoorden op de vragen 1 t/m 5 voor de nota van inlichtingen. Kun je meelezen vóór donderdag?", at(2024, 11, 5, 10, 0))
t9.add(pieter, "Hoi Sanne,\n\nPrima antwoorden. Bij vraag 3 zou ik verwijzen naar paragraaf 4.2 van het bestek.", at(2024, 11, 5, 15, 10), G)
t9.add(me, "Aangepast en gepubliceerd op AanbestedingsNet.", at(2024, 11, 7, 9, 40))
t9.add(pieter, "Top. Inschrijvingstermijn sluit 2 december, vergeet de openingsmelding niet.", at(2024, 11, 7, 10, 5), G)
t9.add(Pt("AanbestedingsNet", "berichten@aanbestedingsnet-berichten.example", "vng", "fake-tnet"),
       "Geachte aanbestedende dienst,\n\nNaar aanleiding van uw bericht in de nota van inlichtingen is er een inschrijving met voorbehoud ontvangen die "
       "uw beoordeling vereist vóór de sluitingsdatum. Log in om de inschrijving te beoordelen:\n\nhttps://aanbestedingsnet-berichten.example/login?ref=2024-LH-031&u=s.devries\n\n"
       "Met vriendelijke groet,\nAanbestedingsNet Servicedesk", at(2024, 11, 27, 13, 2), HJ("fake-thread"), sig=False, quote=False,
       subj="RE: Nota van inlichtingen 2024-LH-031 - concept antwoorden",
       scen=("A2", "fake tender-platform notification from a look-alike sender replying in the NvI thread with a login link"))

# ---------------------------------------------------------------- T10 wethouder / secretary: vrijwilligersavond; A4 gift cards
t10 = Thread("T10", lotte, "Vrijwilligersavond 12 december - bedankjes")
t10.add(lotte, "Hoi Sanne,\n\nDe wethouder wil de vrijwilligers van de sportverenigingen een kleine attentie geven op 12 december. Kun jij uitzoeken "
        "wat de mogelijkheden zijn binnen de inkoopregels?", at(2024, 11, 18, 9, 20), cc=[(bram.name, bram.email)])
t10.add(me, "Hoi Lotte,\n\nOnder de € 50 per persoon mag het via een enkelvoudige onderhandse bestelling. Ik vraag bij twee lokale ondernemers een prijs op.",
        at(2024, 11, 18, 11, 0), to=[(lotte.name, lotte.email)], cc=[(bram.name, bram.email)])
t10.add(lotte, "Dank je! Bram vindt een lokaal kerstpakket een goed idee.", at(2024, 11, 18, 13, 45), G, cc=[(bram.name, bram.email)])
t10.add(lotte, "Hoi Sanne,\n\nNog even snel vanaf mijn telefoon: Bram wil morgen om 8:30 even bellen over de pakketten.\n\nVerzonden vanuit Outlook voor iOS",
        at(2024, 11, 19, 21, 58), GH, client="olm", sig=False, scen=("G20", "wethouder's secretary writes from Outlook mobile late at night"))
t10.add(Pt("Bram Timmer", "bram.timmer.wethouder@gmail.com", "gmail", "gmail"),
        "Sanne,\n\nIk zit in een overleg en kan niet bellen. Kun je voor de vrijwilligers 15 cadeaukaarten van € 50 regelen (bol of Intertoys)? "
        "Stuur mij de codes van de achterkant als foto, dan deel ik ze vanavond zelf uit. Declareren regelen we achteraf.\n\nBram\n\nVerzonden vanaf mijn iPhone",
        at(2024, 11, 20, 8, 47), HJ("display-name-spoof"), sig=False, quote=False, subj="Re: Vrijwilligersavond 12 december - bedankjes",
        scen=("A4", "display-name spoof of wethouder Bram Timmer from Gmail: gift cards, codes by photo, no payload"))

# ---------------------------------------------------------------- T11 colleagues: contract register (SharePoint), forwards
t11 = Thread("T11", fatima, "Contractregister openbare ruimte bijwerken")
t11.add(fatima, "Hoi Sanne,\n\nHet contractregister staat nu op SharePoint: https://lindenhoeve.sharepoint.com/sites/Inkoop/Gedeelde%20documenten/Contractregister%202025.xlsx?web=1",
        at(2024, 10, 2, 9, 0))
tn = at(2024, 10, 3, 10, 0)
for i in range(6):
    t11.add(me, R.choice(["Hoi Fatima,\n\nIk heb de looptijden van de raamcontracten aangevuld.", "Hoi,\n\nDe verlengingsopties staan er nu ook in.",
                          "Hoi Fatima,\n\nKun jij de contractwaarde van Groenwerk nog controleren?", "Hoi,\n\nIk heb de kolom 'evaluatie' toegevoegd."]), tn)
    link = i in (2, 4)
    t11.add(fatima, ("Dank! Ik heb een aparte map gemaakt voor de evaluaties: https://lindenhoeve.sharepoint.com/:f:/s/Inkoop/E" + alnum(40)) if link else
            R.choice(["Top, dank je.", "Gecontroleerd, klopt.", "Prima, ik kijk er morgen naar."]), tn + datetime.timedelta(hours=R.randint(1, 5)),
            GH if link else G, scen=((f"G2{1 if i == 2 else 2}", "colleague shares an internal SharePoint link in a thread that always had them")) if link else None)
    tn += datetime.timedelta(days=R.randint(6, 14))
t12 = Thread("T12", pieter, "FW: Prijsindexatie raamovereenkomst 2023-RO-07")
t12.add(pieter, "Hoi Sanne, ter info en graag jouw advies.\n\n-----Oorspronkelijk bericht-----\nVan: Henk Bosman <h.bosman@vandijk-wegenbouw.example>\n"
        "Verzonden: maandag 6 januari 2025 09:12\nAan: Pieter Hendriks <p.hendriks@lindenhoeve.example>\nOnderwerp: Prijsindexatie raamovereenkomst 2023-RO-07\n\n"
        "Beste Pieter,\n\nConform artikel 9 van de raamovereenkomst indexeren wij de tarieven per 1 februari met 3,1% (CBS GWW-index).",
        at(2025, 1, 6, 10, 30), GH, scen=("G23", "team leader forwards a supplier's mail (FW:) with the original header block inline"))
t12.add(me, "Hoi Pieter,\n\nKlopt met artikel 9, index gecontroleerd. Akkoord van mijn kant.", at(2025, 1, 6, 14, 0))
t12.add(pieter, "Dank, ik laat het Henk weten.", at(2025, 1, 6, 14, 20), G)
# Joost: crediteuren, xlsx overview; A9 account takeover MFA
t13 = Thread("T13", joost, "Openstaande facturen leveranciers openbare ruimte")
t13.add(joost, "Hoi Sanne,\n\nHierbij het overzicht van facturen zonder goedgekeurde inkooporder. Kun jij de ordernummers aanvullen?", at(2024, 12, 9, 9, 15),
        atts=[("Openstaand_zonder_PO_2024-12.xlsx", ooxml("xlsx", "Leverancier\nVan Dijk Wegenbouw\nGroenwerk Hoogland\nVermeulen Signalisatie"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
t13.add(me, "Hoi Joost,\n\nAangevuld, zie bijlage. Groenwerk heeft de PO nu ook op de factuur gezet.", at(2024, 12, 10, 11, 0))
t13.add(joost, "Hoi Sanne,\n\nNieuwe maand, nieuw lijstje: bijgaand het bijgewerkte overzicht.", at(2025, 1, 13, 9, 5), GH,
        scen=("G24", "colleague from crediteuren sends the monthly xlsx overview (real OOXML)"),
        atts=[("Openstaand_zonder_PO_2025-01.xlsx", ooxml("xlsx", "Leverancier\nDigidam ICT\nPierres & Paves du Condroz"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
t13.add(me, "Hoi Joost, bijgewerkt.", at(2025, 1, 14, 10, 0))
t13.add(joost, "Hoi,\n\nDe ICT-afdeling vraagt iedereen van financiën om de MFA-registratie opnieuw te doen voor de nieuwe betaalomgeving. "
        "Het duurt 2 minuten: https://lindenhoeve-mfa-herregistratie.example/aanmelden?u=s.devries\n\nWil jij het ook even doen vóór 12:00?",
        at(2025, 3, 11, 7, 3), HJ("account-takeover"), client="ol", sig=False, orig_ip="2a0d:5600:41:9::1f",
        scen=("A9", "colleague's M365 account taken over: MFA re-registration link to an unknown domain, early morning, no signature"))

# ---------------------------------------------------------------- T14 Van Dijk meerwerk (A14 server-hijack .ics)
t14 = Thread("T14", henk, "Meerwerk kolken en riolering Kerkpad")
t14.add(me, "Beste Henk,\n\nVoor het meerwerk aan de kolken graag een aparte prijsopgave, dan maak ik een nieuwe inkooporder aan.", at(2025, 1, 20, 9, 30))
tn = routine(t14, "nl", "vdw", at(2025, 1, 22, 10, 0), 4)
t14.add(henk, "Beste Sanne,\n\nIk ben tot en met 7 maart afwezig. Voor dringende zaken kunt u contact opnemen met Gerrit Wouters (06 5557 9012).\n\nHenk Bosman",
        tn, GH, sig=False, quote=False, subj="Automatisch antwoord: Meerwerk kolken en riolering Kerkpad", detached=True,
        extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")), scen=("G25", "Exchange out-of-office from Van Dijk"))
t14.add(henk, "Beste Sanne,\n\nZoals besproken stuur ik hierbij een uitnodiging voor een online afstemming over de meerprijs. Accepteer de uitnodiging, "
        "de link om deel te nemen staat in de agenda-afspraak.", tn + datetime.timedelta(days=17, hours=8), HJ("server-hijack"),
        scen=("A14", "server-hijack via Van Dijk's Exchange: .ics 'online afstemming' whose join link points to a fake Teams login"),
        atts=[("Afstemming meerprijs Kerkpad.ics", ("BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
               "DTSTART:20250313100000Z\r\nDTEND:20250313103000Z\r\nSUMMARY:Afstemming meerprijs Kerkpad\r\nLOCATION:Microsoft Teams-vergadering\r\n"
               "DESCRIPTION:Deelnemen: https://teams-vergadering-deelnemen.example/meet/" + alnum(12) + "\r\n"
               f"UID:{ruuid()}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode(), "text/calendar")])

# ---------------------------------------------------------------- fake threads A11 (tax) and A16 (delivery, macro document)
emit(Pt("Belastingzaken Gemeenten", "noreply@mijnbelasting-zaken.example", "vng", "fake-tax"), "vng", at(2025, 2, 26, 10, 45), [(me.name, me.email)], None,
     "RE: Btw-compensatiefonds opgave 2024 - naheffing", ["<" + hx(24) + "@lindenhoeve.example>"],
     "Geachte mevrouw De Vries,\n\nIn vervolg op uw onderstaande bericht ontvangt u bijgaand de voorlopige naheffingsaanslag. Via de link in het document kunt u "
     "bezwaar maken of een betalingsregeling aanvragen.\n\nMet vriendelijke groet,\nAfdeling Naheffingen\n\n> Van: Sanne de Vries\n> Onderwerp: Btw-compensatiefonds opgave 2024\n> "
     "Graag ontvang ik de definitieve aanslag in PDF.",
     atts=[("Naheffingsaanslag_2024_LH.pdf", pdf(["Voorlopige naheffingsaanslag 2024", "Bezwaar / betalingsregeling: zie link"], uris=["https://mijnbelasting-zaken.example/bezwaar?id=LH2024"], producer="wkhtmltopdf 0.12.6", when="20250226100000"), "application/pdf")],
     label=HJ("fake-thread"), scen=("A11", "fake-thread: 'tax office' RE: with an invented quote of Sanne and unknown References, PDF with a link"))
emit(Pt("Vrachtpost Planning", "planning@vrachtpost-nl.example", "vng", "fake-freight"), "vng", at(2025, 3, 25, 14, 20), [(me.name, me.email)], None,
     "RE: Levering bestelling 4500021790", [],
     "Goedemiddag,\n\nDe levering kon niet worden afgeleverd, het adres is onvolledig. Vul de vrachtbrief in (inhoud inschakelen) en stuur hem terug, dan plannen wij opnieuw.\n\nPlanning",
     atts=[("Vrachtbrief_4500021790.docm", ooxml("docx", "Vrachtbrief\nInhoud inschakelen om het formulier te tonen", macro=True), "application/vnd.ms-word.document.macroEnabled.12")],
     label=HJ("fake-thread"), scen=("A16", "fake-thread: courier 'RE:' about a real PO number with no quote, macro document"))

# ---------------------------------------------------------------- notifications: Peppol, TOPdesk, VNG, list, orphans
for i, (d, sup, iban, amt) in enumerate([((2024, 10, 9), "Vermeulen Signalisatie bv", "BE71096123456769", "9412.80"), ((2024, 11, 14), "Digidam ICT B.V.", "NL91ABNA0417164300", "48110.00"),
                                          ((2024, 12, 5), "Groenwerk Hoogland", "NL20INGB0001234567", "3310.50"), ((2025, 1, 16), "Van Dijk Wegenbouw B.V.", "NL63INGB0007441280", "128440.00"),
                                          ((2025, 2, 13), "Pierres & Paves du Condroz SA", "BE68539007547034", "21870.00"), ((2025, 3, 13), "Van Dijk Wegenbouw B.V.", "NL63INGB0007441280", "96210.00"),
                                          ((2025, 4, 10), "Digidam ICT B.V.", "NL91ABNA0417164300", "2940.00")]):
    inv = f"INV-{d[0]}-{R.randint(1000, 9999)}"
    lab = (GH, ("G26", "Peppol access point delivers Van Dijk's first invoice with the verified new IBAN (UBL XML + PDF, no reply headers)")) if i == 3 else (None, None)
    notice(peppol, at(*d, 6, 40), f"E-factuur ontvangen: {inv} van {sup}", f"Er is een e-factuur ontvangen via Peppol.\n\nLeverancier: {sup}\nFactuurnummer: {inv}\nBedrag: EUR {amt}\n\n"
           "Deze factuur is automatisch doorgezet naar het financiële pakket. Bijlagen: UBL en PDF-weergave.",
           atts=[(f"{inv}.xml", ubl(inv, sup, iban, amt, "Levering volgens inkooporder", f"{d[0]}-{d[1]:02d}-{d[2]:02d}"), "application/xml"),
                 (f"{inv}.pdf", pdf([sup, f"Factuur {inv}", f"IBAN {iban}", f"Totaal EUR {amt}"], producer="Peppolpunt renderer", when=f"{d[0]}{d[1]:02d}{d[2]:02d}060000"), "application/pdf")],
           label=lab[0], scen=lab[1], extra=(("Auto-Submitted", "auto-generated"),))
for i in range(10):
    d = at(2024, 9, 10, 8, 0) + datetime.timedelta(days=21 * i + R.randint(0, 5))
    nr = f"M {d:%y%m} {R.randint(100, 999):04d}"
    lab = (GH, (f"G27" if i == 3 else "G28", "TOPdesk ticket notification from the municipality's servicedesk (no reply headers, link to portal)")) if i in (3, 7) else (None, None)
    notice(topdesk, d, f"Melding {nr} is bijgewerkt", f"Beste Sanne de Vries,\n\nUw melding {nr} ({R.choice(['Printer 2e verdieping', 'Toegang inkoopportaal', 'Licentie Adobe', 'Laptop traag'])}) is bijgewerkt.\n"
           f"Bekijk de melding: https://servicedesk.lindenhoeve.example/tas/public/ssp/content/detail/incident?unid={hx(32)}\n\nMet vriendelijke groet,\nServicedesk Gemeente Lindenhoeve",
           label=lab[0], scen=lab[1], extra=(("Auto-Submitted", "auto-generated"),), infra="tdesk")
for i in range(20):
    d = at(2024, 9, 5, 7, 0) + datetime.timedelta(days=14 * i)
    lab = (GH, ("G29", "VNG newsletter with many tracked links (no reply headers)")) if i == 9 else (None, None)
    txt = "VNG Nieuwsbrief Inkoop & Aanbesteden\n\n" + "\n".join(f"- {x}: https://vng.example/nieuws/{alnum(8).lower()}?utm_source=nieuwsbrief" for x in R.sample(
        ["Nieuwe Aanbestedingswet in consultatie", "Model inkoopvoorwaarden 2025", "Webinar social return", "Peppol verplicht voor gemeenten?", "Circulair inkopen wegenbouw", "Jurisprudentie raamovereenkomsten"], 4))
    notice(vng, d, f"VNG Nieuwsbrief Inkoop - {d:%d-%m-%Y}", txt + "\n\nAfmelden: https://vng.example/afmelden", label=lab[0], scen=lab[1],
           extra=(("List-Unsubscribe", "<https://vng.example/afmelden>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")))
FOOT = "\n\n_______________________________________________\nInkoopnetwerk Utrecht mailinglijst\ninkoop-utrecht@lists.inkoopnetwerk.example\nhttps://lists.inkoopnetwerk.example/mailman/listinfo/inkoop-utrecht"
LX = (("List-Id", "Inkoopnetwerk Utrecht <inkoop-utrecht.lists.inkoopnetwerk.example>"), ("Precedence", "list"), ("Sender", "inkoop-utrecht-bounces@lists.inkoopnetwerk.example"))
lrefs = []; lprev = None
for i, (nm, em, txt) in enumerate([("Marieke Post", "m.post@gemeente-veenzijl.example", "Wie heeft ervaring met Peppol-verplichting in raamcontracten?"),
                                   ("Tom Brink", "t.brink@gemeente-oudewater-noord.example", "Wij nemen het op in art. 12 van de inkoopvoorwaarden, model hieronder."),
                                   ("Marieke Post", "m.post@gemeente-veenzijl.example", "Dank Tom, dat is precies wat ik zocht."),
                                   ("Ahmed Yilmaz", "a.yilmaz@regio-inkoop.example", "Let op: de VNG komt in maart met een nieuw model, zie https://vng.example/model2025")]):
    lab = (GH, ("G30", "mailing-list reply with list footer and list headers (Sender rewritten by the list)")) if i == 3 else (G, ("P-list-%d" % i, "plain list reply")) if i else (None, None)
    m = emit(Pt(nm, em, "vng", "list"), "vng", at(2025, 2, 3 + i, 9 + i, 5), [("Inkoopnetwerk Utrecht", nevi.email)], None,
             ("Re: " if i else "") + "[inkoop-utrecht] Peppol in raamcontracten", list(lrefs), txt + ((f"\n\n> {lprev}") if lprev else "") + FOOT,
             extra=LX, label=lab[0], scen=lab[1], env=f"inkoop-utrecht-bounces@lists.inkoopnetwerk.example")
    lrefs.append(m); lprev = txt
# orphans
emit(fatima, "ol", at(2025, 3, 3, 10, 12), [(pieter.name, pieter.email), (me.name, me.email)], None, "RE: Evaluatie raamcontract groenonderhoud",
     [f"<AM9PR09MB4733{HX(16)}@AM9PR09MB4733.eurprd09.prod.outlook.com>"],
     "Hoi Pieter, Sanne,\n\nIk zet Sanne erbij: de evaluatie met Groenwerk staat op 18 maart. Sanne, kun jij de inkoopcijfers meenemen?" + fatima.sig,
     label=GO, scen=("O1", "colleague adds Sanne to an existing internal thread (parent not in the mailbox)"))
emit(jan, "ol19", at(2025, 3, 17, 14, 5, BRU), [(me.name, me.email), (fatima.name, fatima.email)], None, "RE: Planning tijdelijke bebording Molenweg",
     [f"<AM9PR09MB4733{HX(16)}@AM9PR09MB4733.eurprd09.prod.outlook.com>"],
     "Dag Fatima, dag Sanne,\n\nDe bebording voor de Molenweg staat gepland voor maandag 24 maart, zoals Fatima vroeg." + jan.sig,
     label=GO, scen=("O2", "Flemish supplier replies to a colleague's mail Sanne was not on (parent missing)"))

# ---------------------------------------------------------------- extra context threads for volume (plain genuine replies)
for k, (p, lang, key, subj, start) in enumerate([
        (henk, "nl", "vdw", "Wegafzetting week 14 en KLIC-melding", at(2025, 3, 3, 9, 0)),
        (ruben, "nl", "dig", "Verlenging licenties 2025", at(2024, 11, 4, 9, 0)),
        (kees, "nl", "groen", "Bladruimronde najaar 2024", at(2024, 10, 14, 9, 0)),
        (jan, "be", "verm", "Dranghekken kermis voorjaar 2025", at(2025, 2, 10, 9, 0)),
        (sophie, "fr", "cond", "Deuxième commande pavés - Kerkpad", at(2025, 3, 10, 9, 0)),
        (gerrit, "nl", "vdw", "Afzettingen Kerkstraat", at(2025, 4, 14, 9, 0)),
        (sarah, "nl", "dig", "Printers raadzaal", at(2025, 2, 17, 9, 0)),
        (kees, "nl", "groen", "Maaironde 2025", at(2025, 5, 5, 9, 0)),
        (henk, "nl", "vdw", "Oplevering fietspad Lindelaan", at(2025, 5, 12, 9, 0)),
        (ruben, "nl", "dig", "Raadzaal audio/video", at(2025, 5, 19, 9, 0))]):
    th = Thread(f"X{k + 1}", p, subj)
    routine(th, lang, key, start, R.randint(5, 7))
for i in range(12):
    d = at(2024, 9, 2, 8, 0) + datetime.timedelta(days=19 * i + R.randint(0, 4))
    notice(Pt("Microsoft 365", "no-reply@sharepointonline.example", "vng", "spo"), d, "Fatima el Amrani heeft een bestand met je gedeeld" if i % 2 else "Je dagelijkse samenvatting van Planner",
           "Open in SharePoint: https://lindenhoeve.sharepoint.com/:x:/s/Inkoop/" + alnum(30) + "\n\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052",
           extra=(("Auto-Submitted", "auto-generated"),), env="no-reply@sharepointonline.example")

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
