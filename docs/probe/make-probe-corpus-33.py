#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus-33.py OUT_DIR
#
# Probe mailbox "aegeas": Stavros Kyriakidis, operations manager of AEGEAS Maritime Agency & Supplies S.A., a ship agency
# and chandler on Akti Miaouli, Piraeus. Own mail: Zimbra 9 (single server mail.aegeas-agency.example, Postfix + amavisd-new +
# OpenDKIM/OpenDMARC); he and his colleagues write from the Zimbra web client. Greek (UTF-8 and ISO-8859-7, some Greeklish)
# and English. Sept 2024 - May 2025, Europe/Athens (EEST/EET with the DST changes).
# Correspondents, each with a fixed fingerprint (Message-ID shape, client headers, Received path, DKIM d=/s=, quote style, tz):
#   Nordelbe Shipmanagement, Hamburg (owners' technical managers: superintendent Henrik Albers, accounts Birgit Sommer,
#     crewing Jana Krueger): Exchange Online DE region, Outlook 2016 desktop with German UI ("AW:", "Von:/Gesendet:"),
#     Henrik also from his iPhone (Apple Mail, German)
#   Kypros Marine Management, Limassol (Andreas Christodoulou, later Eleni Charalambous): on-prem Exchange 2016, Outlook 2016
#     English UI ("[mailto:]" quote header), unsigned, Greek/English UTF-8
#   Straits Fleet Management, Singapore (Tan Wei Ming, crewing Priya Raman): Google Workspace, Gmail web, +0800
#   Poseidon Bunker Brokers, Piraeus (Yiannis Mavros): cPanel/Exim, Roundcube with Greek UI, plus iPhone Mail (Greeklish)
#   Argo Marine Fuels (physical bunker supplier, operations desk): Exchange Online
#   Haedong Marine Parts, Busan (Kim Min-jun): Hiworks-style Korean hosted mail, base64 UTF-8 bodies, Korean quote header, +0900
#   Rallis Customs Brokers, Piraeus (Konstantinos Rallis): Outlook 2016 over SMTP on a Greek cPanel host, ISO-8859-7, Greek UI,
#     Outlook "$" Message-IDs, cPanel autoresponder for absences
#   Aegis P&I Correspondents, Piraeus (Marios Georgiou): Exchange Online EU, Outlook for Microsoft 365
#   Navitravel Marine Travel, Athens (Sofia Pappa): Google Workspace, Gmail web with Greek UI
#   Crewlink Travel & Tours, Manila (Maricel Santos): Zoho Mail, +0800
#   Masters of MV ELBE TRADER and MT KYPROS SPIRIT via the OceanLink maritime mail gateway (plain text, gateway banner,
#     ship time UTC, no quotes); master of MV STRAITS PIONEER via the BlueWave gateway (banner on top)
#   Colleagues on the same Zimbra: Katerina Lykou (accounts), Giorgos Zervos (boarding agent), Dimitris Vlachos (new agent, Jan 2025)
#   Notifications: Piraeus PCS (berth allocation, port dues e-invoices), ShipWatch AIS alerts, Ionian Business Bank e-banking,
#     Poseidon weekly bunker indications (mass mailer), Hellenic Shipping Digest newsletter, PSAA agents' Mailman list
#     (subject tag + footer), Aegis P&I circulars, NetCare IT osTicket helpdesk, DocuSign, Zimbra MAILER-DAEMON.
# Writes OUT_DIR/labels.tsv, OUT_DIR/scenarios.tsv (file -> scenario id, description) and
# OUT_DIR/mailboxes/aegeas/{INBOX,Sent}/N.eml numbered in arrival order across both folders. Only test messages are labelled;
# the rest is context. Deterministic (random.Random(33)); no network; attachments are inert (random bytes or text inside real
# zip / PDF / OOXML / OneNote / iCalendar / SVG containers).
#
# Threads (about 350 messages, 262 in INBOX and 91 in Sent): T1 ELBE TRADER Oct 2024 call (Nordelbe); T2 ELBE TRADER master sat-mail
#   (Oct); T3 ELBE TRADER final DA and surplus (Nordelbe accounts); T4 KYPROS SPIRIT Nov call (Kypros); T5 bunker nomination KYPROS SPIRIT
#   (broker, supplier paid by the agent from owners' funds); T6 Navitravel crew change KYPROS SPIRIT (Nov); T7 STRAITS PIONEER crew change
#   (Straits Fleet); T8 Crewlink joiners' flights ex Manila; T9 Haedong fuel pump spares; T10 Rallis customs clearance of the spares
#   (Greek); T11 Aegis P&I crew medical case; T12 KYPROS SPIRIT master sat-mail (Nov); T13 STRAITS PIONEER master (BlueWave, Dec);
#   T14 internal: new agent Dimitris; T15 Rallis bank-account change; T16 Rallis customs formalities KYPROS SPIRIT Feb; T17 ELBE STAR
#   final DA (Sept 2024), revived in May 2025 for the next call; T18 ELBE TRADER Mar 2025 call; T19 ELBE TRADER master sat-mail (Mar);
#   T20 KYPROS SPIRIT Feb call (handover Andreas -> Eleni); T21 Navitravel crew change (Feb); T22 Aegis P&I reimbursement; T23 NetCare IT
#   ticket (Zimbra upgrade); T24 PSAA agents' list discussions; T25 internal DA reconciliation; T26 Straits Fleet agency agreement
#   (DocuSign); T27 bunker recap ELBE TRADER (Mar); T28 KYPROS SPIRIT master sat-mail (Feb); T29 STRAITS PIONEER May call; T30 internal
#   boarding report; T31 KYPROS SPIRIT Feb final DA; T32 ELBE STAR master sat-mail (May); plus stand-alone mail: Piraeus PCS notices,
#   ShipWatch alerts, bank notifications, weekly bunker indications, Hellenic Shipping Digest, Aegis circulars, DocuSign, the NDR.
#   After most attacks the thread goes on with the owner checking by phone and the real partner confirming it was not them.
#
# Hijacks (16):
#   A1  T4  server-hijack      Kypros Exchange 2016 (same headers) at 02:14: English "revised voyage instructions" in a Greek thread,
#                              password-protected zip (.js inside), password in the text, faithful quote
#   A2  T16 server-hijack      Rallis cPanel/Outlook 2016 (ISO-8859-7, same headers): Greek "updated customs clearance / port clearance"
#                              on a Dropbox link, faithful quote
#   A3  T9  server-hijack      Haedong Hiworks mailbox: "audit" new beneficiary bank in Hong Kong, corrected invoice PDF, no link
#   A4  T7  server-hijack      Straits Fleet Google Workspace (Gmail web) at 03:30 SGT: short "OKTB letters" link to a published Google Slides deck
#   A5  T19 server-hijack      ELBE TRADER's OceanLink sat-mail account (real gateway + banner): long fluent English, cash-to-master to a bank account
#   A6  T5  account-takeover   broker's cPanel mailbox via SMTP AUTH from a VPS with Outlook headers: supplier "new account", altered quote
#   A7  T21 account-takeover   Navitravel Google account over SMTP from a desktop Outlook abroad: .ics "flight re-timing" with a link
#   A8  T22 account-takeover   Aegis P&I Exchange Online account via Thunderbird from a foreign IP: OneNote "LOU for e-signature"
#   A9  --  display-name-spoof "Piraeus PCS - Port Dues" from outlook.com replying to a PCS anchorage notice: advance port dues + phone number
#   A10 T7  display-name-spoof "Tan Wei Ming" from gmail.com: "call me on this number", nothing else
#   A11 T23 display-name-spoof "AEGEAS IT Support" from an unrelated WordPress host: re-validate mailbox after the Zimbra upgrade,
#                              fake Zimbra login on storage.googleapis.com
#   A12 T3  lookalike-domain   nordelbe-shipmanagment (Exchange Online of another tenant): DA surplus refund to a new IBAN, quotes real thread
#   A13 T20 lookalike-domain   kyprosrnarine ("rn"): Greek, "new fleet tracking portal" asking the Zimbra login
#   A14 T8  lookalike-domain   crewlink-travels on Zoho: "revised invoice" as macro workbook (.xlsm)
#   A15 --  fake-thread        stranger "RE: missed call / voice message" with an SVG voicemail player, no quote
#   A16 --  fake-thread        stranger "RE: ..." from a fake tax authority (AADE) with a fabricated quote of Stavros, PDF with a link
#
# Genuine hard cases (33):
#   G1  T2  ELBE TRADER master, sat-mail at 02:41 ship time, terse capitals     G2  T28 KYPROS SPIRIT master, Greeklish sat-mail 04:12 + crew list .xlsx
#   G3  T13 STRAITS PIONEER master from a personal Gmail while the VSAT is down  G4  T20 new colleague Dimitris writes in a partner thread first time
#   G5  T1  Henrik from his iPhone at 23:12 (client change)                     G6  T15 Rallis bank-change letter (PDF), announced by phone, confirmed in Sent
#   G7  T16 first Rallis invoice with the new, verified IBAN                    G8  T17 ELBE STAR thread revived after 8 months for the next call
#   G9  T7  Straits Fleet Google Drive folder link (thread always had Drive)    G10 T6  Navitravel e-ticket PDFs
#   G11 T9  Haedong AWB, commercial invoice and packing list that were asked for G12 T9  Kim at 23:40 KST chasing the flight
#   G13 T3  Henrik's Exchange out-of-office (German/English)                    G14 T10 Rallis cPanel autoresponder (Greek)
#   G15 T24 PSAA list reply (tag, list headers, footer) in Stavros' thread     G16 --  PCS port dues e-invoice notice with PDF and link
#   G17 --  bank notification of an incoming SWIFT credit                       G18 T20 Andreas forwards charterers' voyage orders (FW:) with PDF
#   G19 T5  broker from his iPhone at 22:48 in Greeklish                        G20 T5  broker sends BDN scan + supplier invoice with the usual bank details
#   G21 T11 P&I correspondent's encrypted zip of medical reports, password by SMS G22 T7 Tan announces his new mobile number
#   G23 T20 Eleni Charalambous (introduced in the handover) writes herself      G24 T18 Henrik replies-all adding Jana Krueger (crewing)
#   G25 T18 Jana Krueger replies herself                                        G26 T18 Henrik's WeTransfer link to class certificates
#   G27 --  DocuSign envelope for the Straits Fleet agency agreement            G28 T23 IT "maintenance complete, log in again" with a link
#   G29 T1  Nordelbe accounts' remittance advice PDF for the PDA funds          G30 T8  Crewlink's real invoice (.xlsx)
#   G31 T25 colleague sends the DA reconciliation workbook                      G32 --  Zimbra NDR after a mistyped address
#   G33 --  ShipWatch alert with "sign in to view" portal link
# Genuine orphans: O1 Andreas' reply in a charterers' thread where Stavros was only now copied (parent not in mailbox);
#   O2 the physical supplier's operations desk answers the broker's nomination with the agent in Cc (parent not in mailbox).
# Plain genuine replies: every other labelled in-thread partner reply (genuine-reply).
import base64, datetime, hashlib, html as H, io, os, quopri, random, struct, sys, uuid, zipfile, zlib
from zoneinfo import ZoneInfo

root = sys.argv[1]
MB = "aegeas"
for _f in ("INBOX", "Sent"): os.makedirs(f"{root}/mailboxes/{MB}/{_f}", exist_ok=True)
R = random.Random(33)
ATH = ZoneInfo("Europe/Athens"); BER = ZoneInfo("Europe/Berlin"); NIC = ZoneInfo("Asia/Nicosia"); SGP = ZoneInfo("Asia/Singapore")
SEL = ZoneInfo("Asia/Seoul"); MNL = ZoneInfo("Asia/Manila"); UTC = datetime.timezone.utc; LAG = ZoneInfo("Africa/Lagos")
TD = datetime.timedelta


def hx(k): return "".join(R.choice("0123456789abcdef") for _ in range(k))
def HX(k): return hx(k).upper()
def rbytes(k): return bytes(R.getrandbits(8) for _ in range(k))
def ruuid(): return str(uuid.UUID(int=R.getrandbits(128), version=4))
def alnum(k): return "".join(R.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(k))
def b64(k): return base64.b64encode(rbytes(k)).decode()
def at(y, mo, d, h, mi, tz=ATH): return datetime.datetime(y, mo, d, h, mi, R.randint(0, 59), tzinfo=tz)


class Pt:
    def __init__(s, name, email, client, infra, sig="", tz=ATH, charset="utf-8", ui="en"):
        s.name, s.email, s.client, s.infra, s.sig, s.tz, s.charset, s.ui = name, email, client, infra, sig, tz, charset, ui
        s.dom = email.split("@")[1]


OWN = "aegeas-agency.example"
SIG_ME = ("\n\nBest regards / Με εκτίμηση\n\nStavros Kyriakidis\nOperations Manager\nAEGEAS Maritime Agency & Supplies S.A.\n"
          "47 Akti Miaouli, 185 36 Piraeus, Greece\nT: +30 210 555 4180 | M: +30 694 555 1832\nOps 24/7: +30 210 555 4100 | ops@aegeas-agency.example")
SIG_ME_SHORT = "\n\nBR\nStavros Kyriakidis\nAEGEAS Maritime Agency - Piraeus\nM: +30 694 555 1832"
me = Pt("Stavros Kyriakidis", f"s.kyriakidis@{OWN}", "zimbra", "own", SIG_ME)
katerina = Pt("Katerina Lykou", f"k.lykou@{OWN}", "zimbra", "zimbra-int",
              "\n\nΚατερίνα Λύκου / Katerina Lykou\nAccounts & Disbursements\nAEGEAS Maritime Agency & Supplies S.A.\nT: +30 210 555 4185")
giorgos = Pt("Giorgos Zervos", f"g.zervos@{OWN}", "zimbra", "zimbra-int",
             "\n\nGiorgos Zervos\nBoarding Agent\nAEGEAS Maritime Agency & Supplies S.A.\nM: +30 697 555 2047")
dimitris = Pt("Dimitris Vlachos", f"d.vlachos@{OWN}", "zimbra", "zimbra-int",
              "\n\nBest regards,\nDimitris Vlachos\nShipping Agent\nAEGEAS Maritime Agency & Supplies S.A.\n47 Akti Miaouli, 185 36 Piraeus\n"
              "T: +30 210 555 4188 | M: +30 698 555 7310\nOps 24/7: +30 210 555 4100")
# Hamburg
henrik = Pt("Albers, Henrik", "h.albers@nordelbe-shipmanagement.example", "ol16de", "exo-nordelbe",
            "\n\nMit freundlichen Grüßen / Best regards\n\nHenrik Albers\nTechnical Superintendent\nNordelbe Shipmanagement GmbH & Co. KG\n"
            "Großer Burstah 31, 20457 Hamburg\nPhone +49 40 555 3127 | Mobile +49 160 555 2231\n\nSitz der Gesellschaft: Hamburg, AG Hamburg HRA 12345",
            tz=BER, ui="de")
birgit = Pt("Sommer, Birgit", "b.sommer@nordelbe-shipmanagement.example", "ol16de", "exo-nordelbe",
            "\n\nMit freundlichen Grüßen / Kind regards\n\nBirgit Sommer\nAccounts Payable - Port Disbursements\nNordelbe Shipmanagement GmbH & Co. KG\n"
            "Großer Burstah 31, 20457 Hamburg\nPhone +49 40 555 3160\n\nSitz der Gesellschaft: Hamburg, AG Hamburg HRA 12345", tz=BER, ui="de")
jana = Pt("Krüger, Jana", "j.krueger@nordelbe-shipmanagement.example", "ol16de", "exo-nordelbe",
          "\n\nMit freundlichen Grüßen / Best regards\n\nJana Krüger\nCrewing Department\nNordelbe Shipmanagement GmbH & Co. KG\n"
          "Großer Burstah 31, 20457 Hamburg\nPhone +49 40 555 3144\n\nSitz der Gesellschaft: Hamburg, AG Hamburg HRA 12345", tz=BER, ui="de")
# Limassol
andreas = Pt("Andreas Christodoulou", "a.christodoulou@kyprosmarine.example", "ol16ex", "ex16-kypros",
             "\n\nRegards,\nAndreas Christodoulou\nMarine Superintendent\nKypros Marine Management Ltd\n"
             "Franklin Roosevelt 211, 3045 Limassol, Cyprus\nT: +357 25 555 812 | M: +357 99 555 431", tz=NIC)
eleni = Pt("Eleni Charalambous", "e.charalambous@kyprosmarine.example", "ol16ex", "ex16-kypros",
           "\n\nKind regards,\nEleni Charalambous\nMarine Superintendent\nKypros Marine Management Ltd\n"
           "Franklin Roosevelt 211, 3045 Limassol, Cyprus\nT: +357 25 555 819 | M: +357 96 555 207", tz=NIC)
# Singapore
tan = Pt("Tan Wei Ming", "weiming.tan@straitsfleet.example", "gmail", "gws-straits",
         "\n\n-- \nTan Wei Ming\nFleet Superintendent (Marine)\nStraits Fleet Management Pte Ltd\n80 Robinson Road #14-02, Singapore 068898\n"
         "DID +65 6555 4127 | HP +65 9555 3816", tz=SGP)
priya = Pt("Priya Raman", "priya.raman@straitsfleet.example", "gmail", "gws-straits",
           "\n\n-- \nPriya Raman\nCrewing Manager\nStraits Fleet Management Pte Ltd\nDID +65 6555 4150", tz=SGP)
# Piraeus partners
yiannis = Pt("Yiannis Mavros", "yiannis@poseidon-bunkers.example", "roundcube", "cp-poseidon",
             "\n\n--\nYiannis Mavros\nBunker Broker\nPoseidon Bunker Brokers\n2 Kolokotroni Str, 185 31 Piraeus\nT +30 210 555 9021 | M +30 693 555 4410\n"
             "Chat: yiannis.poseidon (Skype) | 24h: +30 693 555 4410", ui="el")
argo = Pt("Argo Marine Fuels - Operations", "ops@argo-fuels.example", "olm365", "exo-argo",
          "\n\nBest regards,\nOperations Desk\nArgo Marine Fuels S.A.\nPerama Industrial Zone, 188 63 Perama\nT: +30 210 555 7700 (24h)")
kim = Pt("Kim Min-jun", "mj.kim@haedong-marine.example", "hiworks", "hiworks",
         "\n\nBest Regards,\n\nKim Min-jun (김민준) / Sales Manager\nHAEDONG MARINE PARTS CO., LTD.\n"
         "23, Jungang-daero 180beon-gil, Dong-gu, Busan, Korea\nTEL: +82-51-555-3021 / FAX: +82-51-555-3029 / MOBILE: +82-10-5555-7716", tz=SEL)
rallis = Pt("Κωνσταντίνος Ράλλης", "k.rallis@rallis-customs.example", "ol16smtp", "cp-rallis",
            "\n\nΜε εκτίμηση,\nΚωνσταντίνος Ράλλης\nΕκτελωνιστής\nΕΚΤΕΛΩΝΙΣΤΙΚΟ ΓΡΑΦΕΙΟ ΡΑΛΛΗ\nΝοταρά 112, 185 35 Πειραιάς\n"
            "Τηλ. 210 555 2290 | Κιν. 694 555 6618", charset="iso-8859-7", ui="el")
marios = Pt("Marios Georgiou", "m.georgiou@aegis-pandi.example", "olm365", "exo-aegis",
            "\n\nKind regards,\n\nMarios Georgiou\nClaims Executive\nAegis P&I Correspondents Ltd\n85 Akti Miaouli, 185 38 Piraeus\n"
            "T: +30 210 555 6640 | M (24h): +30 697 555 1188\nwww.aegis-pandi.example")
sofia = Pt("Sofia Pappa", "sofia@navitravel.example", "gmail", "gws-navi",
           "\n\n-- \nSofia Pappa\nMarine Travel Consultant\nNavitravel Marine Travel\n14 Filonos Str, 185 35 Piraeus\nT +30 210 555 3370 | 24/7 +30 694 555 9900",
           ui="el")
maricel = Pt("Maricel Santos", "maricel.santos@crewlink-travel.example", "zoho", "zoho-crewlink",
             "\n\nThank you and God bless,\n\nMaricel Santos\nTravel Coordinator - Marine Desk\nCrewlink Travel & Tours Inc.\n"
             "2/F Seafarers' Center, Kalaw Ave., Ermita, Manila\nTel +63 2 8555 4410 | Mobile/Viber +63 917 555 2230", tz=MNL)
# vessels
m_elbe = Pt("Master MV ELBE TRADER", "master.elbetrader@oceanlink-mail.example", "satmail", "oceanlink", tz=UTC)
m_kyp = Pt("Master MT KYPROS SPIRIT", "master.kyprosspirit@oceanlink-mail.example", "satmail", "oceanlink", tz=UTC)
m_str = Pt("STRAITS PIONEER Master", "straitspioneer.master@bluewave-sat.example", "bluewave", "bluewave", tz=UTC)
m_star = Pt("Master MV ELBE STAR", "master.elbestar@oceanlink-mail.example", "satmail", "oceanlink", tz=UTC)
VESSEL = {m_elbe.email: ("ELBE TRADER", "9387421"), m_kyp.email: ("KYPROS SPIRIT", "9461187"), m_star.email: ("ELBE STAR", "9301156")}
# systems and lists
pcs = Pt("Piraeus PCS", "noreply@pcs.ppa-piraeus.example", "pcs", "pcs")
shipwatch = Pt("ShipWatch Alerts", "alerts@shipwatch.example", "shipwatch", "shipwatch", tz=UTC)
bank = Pt("Ionian Business Bank e-Banking", "ebanking-noreply@ionianbank.example", "bank", "bank")
poseidon_news = Pt("Poseidon Bunker Brokers", "indications@poseidon-bunkers.example", "mc", "mc-poseidon")
hsd = Pt("Hellenic Shipping Digest", "newsletter@hsdigest.example", "mc", "mc-hsd")
psaa = Pt("PSAA Members", "psaa@lists.psaa-piraeus.example", "mailman", "mailman-psaa")
netcare = Pt("NetCare IT Helpdesk", "support@netcare-it.example", "osticket", "osticket-netcare")
docusign = Pt("Tan Wei Ming via DocuSign", "dse_NA4@docusign.net", "docusign", "docusign", tz=UTC)
daemon = Pt("Mail Delivery System", f"MAILER-DAEMON@mail.{OWN}", "dsn", "own-dsn")

# name -> (helo host, ip, dkim d, dkim s, envelope domain or None, dmarc policy or None)
INFRA = {
    "exo-nordelbe": ("mail-fr2deu01on2091.outbound.protection.outlook.com", "40.107.135.91", "nordelbe-shipmanagement.example", "selector2", None, "reject"),
    "exo-argo": ("mail-db8eur05on2130.outbound.protection.outlook.com", "40.107.20.130", "argo-fuels.example", "selector1", None, "none"),
    "exo-aegis": ("mail-vi1eur05on2118.outbound.protection.outlook.com", "40.107.21.118", "aegis-pandi.example", "selector1", None, "quarantine"),
    "ex16-kypros": ("mail.kyprosmarine.example", "212.31.104.66", None, None, None, "none"),
    "cp-rallis": ("s12.greekhost.example", "185.4.132.12", "rallis-customs.example", "default", None, None),
    "cp-poseidon": ("cp7.hellasweb.example", "185.138.42.77", "poseidon-bunkers.example", "default", None, "none"),
    "gws-straits": ("mail-pl1-f178.google.com", "209.85.214.178", "straitsfleet.example", "google", None, "quarantine"),
    "gws-navi": ("mail-ej1-f41.google.com", "209.85.218.41", "navitravel.example", "google", None, "none"),
    "gmail": ("mail-wm1-f52.google.com", "209.85.128.52", "gmail.com", "20230601", None, "none"),
    "hiworks": ("mail-out3.hiworks-mail.example", "211.115.82.13", "haedong-marine.example", "hiworks", None, "none"),
    "zoho-crewlink": ("sender4-pp-f112.zoho.com", "136.143.188.112", "crewlink-travel.example", "zmail", None, "none"),
    "oceanlink": ("gw2.oceanlink-mail.example", "194.19.77.42", "oceanlink-mail.example", "olm1", None, "none"),
    "bluewave": ("smtp-out.bluewave-sat.example", "83.145.201.17", "bluewave-sat.example", "bw2022", None, None),
    "pcs": ("mailgw.ppa-piraeus.example", "195.97.33.18", "ppa-piraeus.example", "pcs", None, "quarantine"),
    "shipwatch": ("o12.em.shipwatch.example", "149.72.131.12", "shipwatch.example", "s1", "em.shipwatch.example", "none"),
    "bank": ("mx-out1.ionianbank.example", "193.92.151.10", "ionianbank.example", "ibb2023", None, "reject"),
    "mc-poseidon": ("mail88.atl11.mcdlv.example", "198.2.139.88", "poseidon-bunkers.example", "k2", "mail88.atl11.mcdlv.example", "none"),
    "mc-hsd": ("mail141.suw121.mcdlv.example", "198.2.180.141", "hsdigest.example", "k3", "mail141.suw121.mcdlv.example", "none"),
    "mailman-psaa": ("lists.psaa-piraeus.example", "91.138.200.40", "lists.psaa-piraeus.example", "mm3", None, None),
    "osticket-netcare": ("mail.netcare-it.example", "94.130.22.71", "netcare-it.example", "default", None, "none"),
    "docusign": ("mail-na4.docusign.net", "64.207.219.140", "docusign.net", "s1", "docusign.net", "reject"),
    "outlookcom": ("EUR02-VI1-obe.outbound.protection.outlook.com", "52.100.172.221", "outlook.com", "selector1", None, "none"),
    # attackers
    "look-nordelbe": ("mail-fr2deu01on2117.outbound.protection.outlook.com", "40.107.135.117", "nordelbe-shipmanagment.example", "selector1", None, "none"),
    "look-kypros": ("mail.kyprosrnarine.example", "91.215.85.147", "kyprosrnarine.example", "mail", None, None),
    "look-crewlink": ("sender4-pp-f118.zoho.com", "136.143.188.118", "crewlink-travels.example", "zmail", None, None),
    "wp-spoof": ("cpanel3.wpservers-eu.example", "162.241.70.33", "lefkada-villas.example", "default", None, None),
    "vm-fake": ("smtp.cloudtel-notify.example", "103.155.92.18", "cloudtel-notify.example", "k1", None, None),
    "tax-fake": ("vps4471.fastvps-host.example", "193.233.48.71", None, None, None, None),
}

EXO = {"nordelbe-shipmanagement.example": ("FR2P281MB2394", "DEUP281", "2603:10a6:d10:"),
       "argo-fuels.example": ("DB9PR08MB6611", "eurprd08", "2603:10a6:10:"),
       "aegis-pandi.example": ("VI1PR09MB4412", "eurprd09", "2603:10a6:803:"),
       "nordelbe-shipmanagment.example": ("FR4P281MB3310", "DEUP281", "2603:10a6:d18:")}
TENANT = {d: ruuid() for d in EXO}
ZIMBRA_VER = "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC131 (Win)/9.0.0_GA_4546)"

KDAY = "월화수목금토일"
GR_DAY = ["Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"]
GR_DAY3 = ["Δευ", "Τρί", "Τετ", "Πέμ", "Παρ", "Σάβ", "Κυρ"]
GR_MON = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]
GR_MON3 = ["Ιαν", "Φεβ", "Μαρ", "Απρ", "Μαΐ", "Ιουν", "Ιουλ", "Αυγ", "Σεπ", "Οκτ", "Νοε", "Δεκ"]
DE_DAY = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
EN_DAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
OL_SEQ = {}
SAT_SEQ = {}


def exo_ver(t):
    """Exchange Online build that was current at time t (it moves forward over the months)"""
    days = (t.astimezone(UTC).date() - datetime.date(2024, 9, 1)).days
    return f"15.20.{7918 + days * 2 // 3}.{R.choice(('017', '019', '021', '024', '028'))}"


def ol_mid(dom, t):
    OL_SEQ[dom] = OL_SEQ.get(dom, R.randint(1, 40)) + R.randint(1, 9)
    return f"<{OL_SEQ[dom]:04x}01db{hx(4)}${hx(8)}${hx(8)}$@{dom}>"


def make_mid(who, client, t):
    if client == "zimbra": return f"<{R.randint(200000000, 2100000000)}.{R.randint(10000, 99999)}.{int(t.timestamp() * 1000) + R.randint(0, 999)}.JavaMail.zimbra@{OWN}>"
    if client == "exo-tb": return f"<{ruuid()}@{who.dom}>"
    if client in ("ol16de", "olm365"):
        host, reg, _ = EXO[who.dom]
        return f"<{host}{HX(16)}@{host}.{reg}.PROD.OUTLOOK.COM>" if reg.isupper() else f"<{host}{HX(16)}@{host}.{reg}.prod.outlook.com>"
    if client == "ol16ex": return f"<{hx(32)}@KMLEX01.kyprosmarine.local>"
    if client in ("ol16smtp", "ol16smtp-ato"): return ol_mid(who.dom, t)
    if client == "gmail": return "<CA" + base64.urlsafe_b64encode(rbytes(42)).decode()[:R.choice((52, 54, 55))] + "@mail.gmail.com>"
    if client in ("roundcube", "roundcube-look"): return f"<{hx(32)}@{who.dom}>"
    if client in ("iphone", "iphone-de"): return f"<{ruuid().upper()}@{who.dom}>"
    if client == "hiworks": return f"<hw{int(t.timestamp())}{R.randint(100, 999)}.{hx(8)}@{who.dom}>"
    if client == "zoho": return f"<{hx(11)}.{hx(11)}.{R.randint(10**18, 10**19 - 1)}@{who.dom}>"
    if client == "satmail":
        v = VESSEL[who.email]; SAT_SEQ[v[1]] = SAT_SEQ.get(v[1], R.randint(100, 300)) + 1
        return f"<OL.{v[1]}.{t.astimezone(UTC):%Y%m%d%H%M%S}.{SAT_SEQ[v[1]]:05d}@oceanlink-mail.example>"
    if client == "bluewave": return f"<BW{t.astimezone(UTC):%y%m%d%H%M%S}{HX(4)}.9712345@mail.bluewave-sat.example>"
    if client == "pcs": return f"<{R.randint(10**6, 10**7)}.{R.randint(10, 99)}.{int(t.timestamp() * 1000)}@pcs-app02.ppa-piraeus.example>"
    if client == "shipwatch": return f"<{alnum(22)}@geopod-ismtpd-{R.randint(1, 40)}>"
    if client == "bank": return f"<{ruuid()}@ebanking.ionianbank.example>"
    if client == "mc": return f"<{hx(20)}.{hx(12)}@{INFRA[who.infra][0]}>"
    if client == "osticket": return f"<{alnum(9)}-{alnum(9)}@netcare-it.example>"
    if client == "docusign": return f"<{hx(32)}@ap.docusign.net>"
    if client == "dsn": return f"<{t.astimezone(UTC):%Y%m%d%H%M%S}.{HX(10)}@mail.{OWN}>"
    if client == "outlookcom": return f"<PAXPR02MB{R.randint(1000, 9999)}{HX(16)}@PAXPR02MB{R.randint(1000, 9999)}.eurprd02.prod.outlook.com>"
    if client == "tbird": return f"<{ruuid()}@{who.dom}>"
    if client == "phpmailer": return f"<{alnum(32)}@{who.dom}>"
    return f"<{hx(24)}@{who.dom}>"


def _q(text, pfx="> "): return "\n".join(pfx + l if l else pfx.rstrip() for l in text.split("\n"))
def h12(t, el=False):
    h = t.hour % 12 or 12
    return f"{h}:{t:%M} " + (("πμ" if t.hour < 12 else "μμ") if el else ("AM" if t.hour < 12 else "PM"))
def names(lst): return "; ".join(f"{n} <{e}>" for n, e in lst)


def quote_of(client, q, ui="en", tz=ATH):
    """plain-text quote block of record q as the replying client writes it (times in the replier's zone)"""
    t = q["t"].astimezone(tz); name, email = q["name"], q["email"]
    if client == "zimbra":
        rows = [("From", f'"{name}" <{email}>'), ("To", ", ".join(f'"{n}" <{e}>' for n, e in q["to"]))]
        if q["cc"]: rows.append(("Cc", ", ".join(f'"{n}" <{e}>' for n, e in q["cc"])))
        rows += [("Sent", f"{EN_DAY[t.weekday()]}, {t.day} {EN_MON[t.month - 1]}, {t.year} {t:%H:%M:%S}"), ("Subject", q["subj"])]
        return "\n\n----- Original Message -----\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + _q(q["plain"])
    if client in ("ol16de", "ol16ex", "ol16smtp", "olm365", "ol16smtp-ato"):
        frm = f"{name} [mailto:{email}] " if client != "olm365" else f"{name} <{email}>"
        if client == "ol16de":
            rows = [("Von", frm), ("Gesendet", f"{DE_DAY[t.weekday()]}, {t.day}. {DE_MON[t.month - 1]} {t.year} {t:%H:%M}"), ("An", names(q["to"]))]
            if q["cc"]: rows.append(("Cc", names(q["cc"])))
            rows.append(("Betreff", q["subj"]))
        elif client == "ol16smtp" and ui == "el":
            rows = [("Από", frm), ("Στάλθηκε", f"{GR_DAY[t.weekday()]}, {t.day} {GR_MON[t.month - 1]} {t.year} {h12(t, True)}"), ("Προς", names(q["to"]))]
            if q["cc"]: rows.append(("Κοιν.", names(q["cc"])))
            rows.append(("Θέμα", q["subj"]))
        else:
            rows = [("From", frm), ("Sent", f"{EN_DAY[t.weekday()]}, {EN_MON[t.month - 1]} {t.day}, {t.year} {h12(t)}"), ("To", names(q["to"]))]
            if q["cc"]: rows.append(("Cc", names(q["cc"])))
            rows.append(("Subject", q["subj"]))
        sep = "________________________________\n" if client == "olm365" else ""
        return "\n\n" + sep + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client == "gmail":
        if ui == "el":
            ap = "π.μ." if t.hour < 12 else "μ.μ."
            return (f"\n\nΣτις {GR_DAY3[t.weekday()]} {t.day} {GR_MON3[t.month - 1]} {t.year} στις {t.hour % 12 or 12}:{t:%M} {ap}, ο/η {name} <{email}> "
                    f"έγραψε:\n\n" + _q(q["plain"]))
        return f"\n\nOn {t:%a}, {t.day} {t:%b} {t.year} at {t:%H:%M}, {name} <{email}> wrote:\n\n" + _q(q["plain"])
    if client in ("roundcube", "roundcube-look"):
        if ui == "el": return f"\n\nΣτις {t:%Y-%m-%d %H:%M}, {name} έγραψε:\n" + _q(q["plain"])
        return f"\n\nOn {t:%Y-%m-%d %H:%M}, {name} wrote:\n" + _q(q["plain"])
    if client == "iphone":
        return f"\n\n> Στις {t.day} {GR_MON3[t.month - 1]} {t.year}, στις {t:%H:%M}, ο χρήστης {name} <{email}> έγραψε:\n> \n" + _q(q["plain"])
    if client == "iphone-de":
        return f"\n\n> Am {t:%d.%m.%Y} um {t:%H:%M} schrieb {name} <{email}>:\n> \n" + _q(q["plain"])
    if client == "hiworks":
        tos = ", ".join(f'"{n}" <{e}>' for n, e in q["to"])
        return (f"\n\n-----Original Message-----\nFrom: \"{name}\" <{email}>\nTo: {tos};\nCc: " + ", ".join(f'"{n}" <{e}>' for n, e in q["cc"])
                + f"\nSent: {t:%Y-%m-%d} ({KDAY[t.weekday()]}) {t:%H:%M:%S} (GMT+09:00)\nSubject: {q['subj']}\n\n" + q["plain"])
    if client == "zoho":
        return f"\n\n\n---- On {t:%a, %d %b %Y %H:%M:%S %z} {name} <{email}> wrote ---\n\n" + _q(q["plain"])
    if client in ("tbird", "exo-tb"):
        return f"\n\nOn {t:%d/%m/%Y %H:%M}, {name} wrote:\n" + _q(q["plain"])
    return "\n\n" + _q(q["plain"])


def html_of(client, plain, charset="utf-8"):
    esc = "<br>\n".join(H.escape(l) for l in plain.split("\n"))
    if client == "zimbra":
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000"><div>' + esc + "</div></div></body></html>")
    if client in ("ol16de", "ol16ex", "ol16smtp", "ol16smtp-ato"):
        lang = {"ol16de": "DE", "ol16ex": "EN-US", "ol16smtp": "EL", "ol16smtp-ato": "EN-US"}[client]
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head>'
                f'<meta http-equiv=Content-Type content="text/html; charset={charset}"><meta name=Generator content="Microsoft Word 15 (filtered medium)">'
                '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n--></style></head>'
                f'<body lang={lang} link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'><div class=WordSection1><p class=MsoNormal>' + esc
                + "<o:p></o:p></p></div></body></html>")
    if client in ("olm365", "exo-tb-html", "outlookcom"):
        return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<style type="text/css" style="display:none;"> '
                'P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
                'Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n' + esc + "</div>\n</body>\n</html>")
    if client == "gmail": return '<div dir="ltr">' + esc + "</div>\n"
    if client in ("iphone", "iphone-de"):
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto"><div dir="ltr">' + esc + "</div></body></html>")
    if client == "hiworks":
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><style>p{margin-top:0px;margin-bottom:0px;}</style></head>'
                '<body><div class="hiworks-editor" style="font-family:\'Malgun Gothic\',\'맑은 고딕\',sans-serif;font-size:10pt;"><p>' + esc + "</p></div></body></html>")
    if client == "zoho":
        return ('<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head>'
                '<body ><div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;"><div>' + esc + "</div></div><br></body></html>")
    return None


def zdate(t): return t.astimezone(ATH).strftime("%a, %d %b %Y %H:%M:%S %z (%Z)")
def rfc(t, tz=None): return (t.astimezone(tz) if tz else t).strftime("%a, %d %b %Y %H:%M:%S %z")
def rfcu(t): return t.astimezone(UTC).strftime("%a, %-d %b %Y %H:%M:%S +0000")
def pac(t):
    p = t.astimezone(ZoneInfo("America/Los_Angeles")); return p.strftime("%a, %d %b %Y %H:%M:%S %z (%Z)")
def qid(): return "4X" + "".join(R.choice("BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789") for _ in range(10))
def exim_id(): return f"1t{alnum(4)}-00{alnum(4)}-{alnum(2)}"


def sender_hops(who, infra, client, t, env, orig_ip=None, orig_helo=None):
    """Received and sender-side headers written before the message reached mail.aegeas-agency.example (newest first)"""
    hops = []
    helo = INFRA[infra][0]
    if infra.startswith("exo") or infra in ("look-nordelbe",):
        host, reg, v6 = EXO[who.dom]; host2 = host[:-4] + str(R.randint(1000, 9999)); ver = exo_ver(t)
        fq = f"{host}.{reg}.PROD.OUTLOOK.COM" if reg.isupper() else f"{host}.{reg}.prod.outlook.com"
        fq2 = f"{host2}.{reg}.PROD.OUTLOOK.COM" if reg.isupper() else f"{host2}.{reg}.prod.outlook.com"
        hops.append(("Received", f"from {fq} (2603:10a6:{hx(3)}:{hx(2)}::{hx(2)}) by\n {fq2} ({v6}{hx(2)}::{hx(1)}) with Microsoft SMTP Server (version=TLS1_2,\n"
                                 f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {ver}; {rfcu(t + TD(seconds=1))}"))
        if client == "exo-tb":
            hops.append(("Received", f"from [192.168.{R.randint(0, 3)}.{R.randint(20, 90)}] ({orig_ip}) by {fq}\n ({v6}{hx(2)}::{hx(2)}) with Microsoft SMTP Server "
                                     f"(version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id {ver}; {rfcu(t)}"))
        else:
            hops.append(("Received", f"from {fq} ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {fq}\n ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%{R.randint(3, 7)}]) with mapi id {ver}; {rfcu(t)}"))
        hops.insert(0, ("ARC-Seal", f"i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={b64(120)}"))
        hops.insert(1, ("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh={b64(32)}\n b={b64(120)}"))
        hops.insert(2, ("ARC-Authentication-Results", f"i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none"))
    elif infra == "ex16-kypros":
        hops.append(("Received", f"from KMLEX01.kyprosmarine.local (10.10.1.20) by KMLEX01.kyprosmarine.local\n (10.10.1.20) with Microsoft SMTP Server (version=TLS1_2,\n"
                                 f" cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P384) id 15.1.2507.39; {rfc(t + TD(seconds=1), NIC)}"))
        hops.append(("Received", f"from KMLEX01.kyprosmarine.local ([fe80::3d1c:77a2:9b1e:4f06]) by\n KMLEX01.kyprosmarine.local ([fe80::3d1c:77a2:9b1e:4f06%12]) with mapi id\n"
                                 f" 15.01.2507.039; {rfc(t, NIC)}"))
    elif infra in ("cp-rallis", "cp-poseidon"):
        if client == "cpanel-ar":
            hops.append(("Received", f"from krallis by {helo} with local (Exim 4.97.1)\n\t(envelope-from <{env}>)\n\tid {exim_id()}\n\tfor {me.email};\n\t{rfc(t)}"))
        elif client == "roundcube":
            hops.append(("Received", f"from [::1] (port={R.randint(33000, 60000)} helo={helo})\n\tby {helo} with esmtpa (Exim 4.97.1)\n\t(envelope-from <{env}>)\n"
                                     f"\tid {exim_id()}\n\tfor {me.email};\n\t{rfc(t)}"))
        else:
            ip = orig_ip or "94.66.57.118"; hl = orig_helo or "RALLIS-PC2"
            if client == "iphone":
                hl = f"[10.{R.randint(20, 200)}.{R.randint(0, 250)}.{R.randint(1, 250)}]"
            hops.append(("Received", f"from [{ip}] (port={R.randint(49000, 65000)} helo={hl})\n\tby {helo} with esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n"
                                     f"\t(Exim 4.97.1)\n\t(envelope-from <{env}>)\n\tid {exim_id()}\n\tfor {me.email};\n\t{rfc(t)}"))
    elif infra in ("gws-straits", "gws-navi", "gmail"):
        if client == "ol16smtp-ato":
            hops.append(("Received", f"from {orig_helo} ([{orig_ip}])\n        by smtp.gmail.com with ESMTPSA id {hx(16)}sm{R.randint(1000000, 9999999)}.{R.randint(10, 99)}.{t.year}."
                                     f"{t.month:02d}.{t.day:02d}\n        for <{me.email}>\n        (version=TLS1_2 cipher=ECDHE-ECDSA-AES128-GCM-SHA256 bits=128/128);\n        {pac(t)}"))
        hops.insert(0, ("Received", f"by {helo} with SMTP id {hx(16)}so{R.randint(1000000, 9999999)}{alnum(2).lower()}.{R.randint(1, 9)}\n        for <{me.email}>; {pac(t)}"))
        hops.insert(1, ("X-Google-DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t={int(t.timestamp())}; x={int(t.timestamp()) + 604800};\n"
                                                   f"        h=to:subject:message-id:date:from:in-reply-to:references:mime-version\n         :x-gm-message-state:from:to:cc:subject:date:message-id:reply-to;\n"
                                                   f"        bh={b64(32)};\n        b={b64(150)}"))
        hops.insert(2, ("X-Gm-Message-State", f"AOJu0Y{alnum(60)}"))
        hops.insert(3, ("X-Google-Smtp-Source", f"AGHT+I{alnum(60)}"))
        hops.insert(4, ("X-Received", f"by 2002:a17:90b:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {alnum(20).lower()}.{R.randint(10, 99)}.{int(t.timestamp())}{R.randint(100, 999)};\n        {pac(t)}"))
    elif infra == "hiworks":
        hops.append(("Received", f"from hiworks-web0{R.randint(1, 6)} (unknown [10.32.4.{R.randint(10, 40)}])\n\tby {helo} (Postfix) with ESMTPA id {qid()}\n\tfor <{me.email}>; "
                                 f"{rfc(t, SEL)} (KST)"))
    elif infra in ("zoho-crewlink", "look-crewlink"):
        hops.append(("ARC-Seal", f"i=1; a=rsa-sha256; t={int(t.timestamp())}; cv=none;\n\td=zohomail.com; s=zohoarc;\n\tb={b64(120)}"))
        hops.append(("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=zohomail.com; s=zohoarc;\n\tt={int(t.timestamp())}; h=Content-Type:Date:Date:From:From:In-Reply-To:MIME-Version:Message-ID:References:Subject:Subject:To:To:Message-Id:Reply-To;\n\tbh={b64(32)};\n\tb={b64(120)}"))
        hops.append(("ARC-Authentication-Results", f"i=1; mx.zohomail.com;\n\tdkim=pass  header.i={who.dom};\n\tspf=pass  smtp.mailfrom={env};\n\tdmarc=pass header.from=<{who.email}>"))
        hops.append(("Received", f"from mail.zoho.com by mx.zohomail.com\n\twith SMTP id {int(t.timestamp() * 1000)}{R.randint(100, 999)}.{R.randint(10**9, 10**10 - 1)}{R.randint(10**8, 10**9 - 1)}; "
                                 f"{pac(t)}"))
    elif infra == "oceanlink":
        v = VESSEL[who.email]
        hops.append(("Received", f"from olship-{v[1]} ([10.77.{R.randint(1, 60)}.5])\n\tby gw2.oceanlink-mail.example (OceanLink MTA 5.3.2) with OLCP\n\tid {v[1]}-{R.randint(10000, 99999)};"
                                 f" {rfcu(t + TD(minutes=R.randint(2, 35)))}"))
    elif infra == "bluewave":
        hops.append(("Received", f"from vsl9712345.bluewave-sat.example (vsl9712345 [100.88.12.6])\n\tby smtp-out.bluewave-sat.example (BlueWave Relay 3.1) with ESMTP id {HX(10)};"
                                 f" {rfcu(t + TD(minutes=R.randint(4, 50)))}"))
    elif infra == "pcs":
        hops.append(("Received", f"from pcs-app02.ppa-piraeus.example (pcs-app02 [10.40.2.12])\n\tby mailgw.ppa-piraeus.example (Postfix) with ESMTP id {qid()}\n\tfor <{me.email}>; {rfc(t, ATH)}"))
    elif infra == "shipwatch":
        hops.append(("Received", f"by filterdrecv-{hx(10)}-{alnum(5).lower()} with SMTP id filterdrecv-{hx(10)}-{alnum(5).lower()}-1-{HX(8)}-{R.randint(10, 99)}\n"
                                 f"        {t.astimezone(UTC):%Y-%m-%d %H:%M:%S.%f} +0000 UTC m=+{R.randint(100000, 999999)}.{R.randint(100000, 999999)}"))
    elif infra == "bank":
        hops.append(("Received", f"from ebk-app3.ionianbank.local (10.8.3.13) by mx-out1.ionianbank.example\n (10.8.1.21) with Microsoft SMTP Server id 15.2.1544.14; {rfc(t, ATH)}"))
    elif infra in ("mc-poseidon", "mc-hsd"):
        hops.append(("Received", f"from localhost (localhost [127.0.0.1])\n\tby {helo} (Mailchimp) with ESMTP id {qid()}\n\tfor <{me.email}>; {rfc(t, UTC)}"))
    elif infra == "osticket-netcare":
        hops.append(("Received", f"from ticket.netcare-it.example (localhost [127.0.0.1])\n\tby mail.netcare-it.example (Postfix) with ESMTP id {qid()}\n\tfor <{me.email}>; {rfc(t, ATH)}"))
    elif infra == "docusign":
        hops.append(("Received", f"from docusign.net (10.16.{R.randint(1, 250)}.{R.randint(1, 250)}) by mail-na4.docusign.net (10.16.1.40) with Microsoft SMTP\n Server id 15.1.2507.35; {rfc(t, UTC)}"))
    elif infra == "outlookcom":
        h = f"PAXPR02MB{R.randint(1000, 9999)}"
        hops.append(("Received", f"from {h}.eurprd02.prod.outlook.com ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {h}.eurprd02.prod.outlook.com\n"
                                 f" ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%5]) with mapi id {exo_ver(t)}; {rfcu(t)}"))
    elif infra == "look-kypros":
        hops.append(("Received", f"from localhost (localhost [127.0.0.1])\n\tby mail.kyprosrnarine.example (Postfix) with ESMTPA id {qid()}\n\tfor <{me.email}>; {rfc(t, UTC)}"))
    elif infra == "wp-spoof":
        hops.append(("Received", f"from lefkadav by cpanel3.wpservers-eu.example with local (Exim 4.96.2)\n\t(envelope-from <{env}>)\n\tid {exim_id()}\n\tfor {me.email};\n\t{rfc(t, ZoneInfo('America/Chicago'))}"))
    elif infra == "vm-fake":
        hops.append(("Received", f"from [{orig_ip}] (unknown [{orig_ip}])\n\tby smtp.cloudtel-notify.example (Postfix) with ESMTPSA id {qid()}\n\tfor <{me.email}>; {rfc(t, UTC)}"))
    elif infra == "tax-fake":
        hops.append(("Received", f"from WIN-{HX(11)} (unknown [{orig_ip}])\n\tby vps4471.fastvps-host.example (Postfix) with ESMTPA id {qid()}\n\tfor <{me.email}>; {rfc(t, UTC)}"))
    elif infra == "mailman-psaa":
        hops += LIST_HOP[0]
    return hops


def spam_tests(who, infra, html, atts, dkim, freemail):
    tests = []
    if dkim: tests += ["DKIM_SIGNED=0.1", "DKIM_VALID=-0.1", "DKIM_VALID_AU=-0.1"]
    if dkim and infra in ("gmail",): tests.append("DKIM_VALID_EF=-0.1")
    if freemail: tests.append("FREEMAIL_FROM=0.001")
    if html: tests.append("HTML_MESSAGE=0.001")
    if infra in ("shipwatch", "mc-poseidon", "mc-hsd", "docusign"): tests.append("RCVD_IN_DNSWL_NONE=-0.0001")
    if infra in ("exo-nordelbe", "exo-argo", "exo-aegis", "look-nordelbe", "outlookcom"): tests.append("ARC_SIGNED=0.001")
    tests.append("SPF_PASS=-0.001" if infra != "tax-fake" else "SPF_NONE=0.001")
    if infra == "tax-fake": tests.append("RDNS_NONE=0.793")
    score = round(sum(float(x.split("=")[1]) for x in tests) - (1.9 if infra in ("exo-nordelbe", "gws-straits", "bank") else 0), 3)
    return sorted(tests), score


LAST = [None]
LIST_HOP = [[]]


def transport(who, t, env=None, infra=None, client=None, orig_ip=None, orig_helo=None, html=False, atts=(), to_addr=None):
    infra = infra or who.infra
    env = env or who.email
    helo, ip, d, s, envdom, dmarc = INFRA[infra]
    if envdom and infra != "docusign": env = f"bounce-{hx(8)}-{who.email.replace('@', '=')}@{envdom}" if infra.startswith("mc") else f"bounces+{R.randint(1000000, 9999999)}-{hx(4)}-{me.email.replace('@', '=')}@{envdom}"
    elif infra == "docusign": env = f"dse_NA4@docusign.net"
    elif infra == "wp-spoof": env = "lefkadav@cpanel3.wpservers-eu.example"
    elif infra == "mailman-psaa": env = "psaa-bounces@lists.psaa-piraeus.example"
    rcpt = to_addr or me.email
    if infra in ("oceanlink", "bluewave"): tmx = t + TD(minutes=R.randint(36, 70), seconds=R.randint(0, 59))
    else: tmx = t + TD(seconds=R.randint(2, 14))
    tdl = tmx + TD(seconds=R.randint(0, 2))
    LAST[0] = tdl
    fromdom = who.email.split("@")[1]
    envd = env.split("@")[1]
    freemail = fromdom in ("gmail.com", "outlook.com")
    tests, score = spam_tests(who, infra, html, atts, bool(s), freemail)
    top = [("Return-Path", f"<{env}>"),
           ("Received", f"from mail.{OWN} (LHLO mail.{OWN}) (10.20.0.11) by\n mail.{OWN} with LMTP; {zdate(tdl)}"),
           ("Received", f"from localhost (localhost [127.0.0.1])\n\tby mail.{OWN} (Postfix) with ESMTP id {qid()}\n\tfor <{rcpt}>; {zdate(tdl)}"),
           ("X-Virus-Scanned", f"amavisd-new at {OWN}"), ("X-Spam-Flag", "NO"), ("X-Spam-Score", f"{score}"), ("X-Spam-Level", ""),
           ("X-Spam-Status", f"No, score={score} tagged_above=-10 required=6.6\n\ttests=[{', '.join(tests[:3])}" + (",\n\t" + ", ".join(tests[3:]) if len(tests) > 3 else "") + "]\n\tautolearn=ham autolearn_force=no")]
    if s: top.append(("Authentication-Results", f"mail.{OWN} (amavisd-new);\n\tdkim=pass (2048-bit key) header.d={d} header.b=\"{alnum(8)}\""))
    top.append(("Received", f"from mail.{OWN} ([127.0.0.1])\n\tby localhost (mail.{OWN} [127.0.0.1]) (amavisd-new, port 10032)\n\twith ESMTP id {alnum(12)} for <{rcpt}>;\n\t{zdate(tdl)}"))
    spf = "none" if infra == "tax-fake" else "pass"
    aligned = (d and (d == fromdom or fromdom.endswith("." + d))) or envd == fromdom
    if dmarc: top.append(("Authentication-Results", f"mail.{OWN}; dmarc=pass (p={dmarc} dis=none) header.from={fromdom}"))
    elif aligned and infra not in ("mailman-psaa",): top.append(("Authentication-Results", f"mail.{OWN}; dmarc=pass (p=none dis=none) header.from={fromdom}"))
    else: top.append(("Authentication-Results", f"mail.{OWN}; dmarc=none (p=none dis=none) header.from={fromdom}"))
    top.append(("Authentication-Results", f"mail.{OWN}; spf={spf} smtp.mailfrom={envd}"))
    if s: top.append(("Authentication-Results", f"mail.{OWN};\n\tdkim=pass (2048-bit key; unprotected) header.d={d} header.i=@{d} header.b=\"{alnum(8)}\";\n\tdkim-atps=neutral"))
    top.append(("Received-SPF", f"{spf.capitalize()} (mailfrom) identity=mailfrom; client-ip={ip}; helo={helo}; envelope-from={env}; receiver={rcpt}"))
    top.append(("Received", f"from {helo} ({helo} [{ip}])\n\tby mail.{OWN} (Postfix) with ESMTPS id {qid()}\n\tfor <{rcpt}>; {zdate(tmx)}"))
    hops = sender_hops(who, infra, client, t, env, orig_ip, orig_helo)
    dk = []
    if s:
        if infra.startswith(("gws", "gmail")):
            dk = [("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d={d}; s={s}; t={int(t.timestamp())}; x={int(t.timestamp()) + 604800}; darn={OWN};\n"
                                     f"        h=to:subject:message-id:date:from:in-reply-to:references:mime-version\n         :from:to:cc:subject:date:message-id:reply-to;\n        bh={b64(32)};\n        b={b64(150)}")]
        elif infra.startswith("exo") or infra == "look-nordelbe" or infra == "outlookcom":
            dk = [("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed;\n d={d}; s={s};\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n"
                                     f" bh={b64(32)};\n b={b64(180)}")]
        else:
            dk = [("DKIM-Signature", f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/relaxed; d={d};\n\ts={s}; t={int(t.timestamp())}; h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;\n"
                                     f"\tbh={b64(32)};\n\tb={b64(180)}")]
    if infra.startswith(("gws", "gmail")): return top + hops[:1] + dk + hops[1:]
    if infra.startswith("exo") or infra in ("look-nordelbe", "outlookcom"): return top + hops[:3] + dk + hops[3:]
    return top + dk + hops


def ew(v, charset="utf-8", enc="B", upper=False):
    """RFC 2047 encoded words, split so that each word stays short"""
    if v.isascii(): return v
    cs = charset.upper() if upper else charset
    words, cur = [], ""
    for ch in v:
        trial = cur + ch
        if len(trial.encode(charset)) > 36 and cur:
            words.append(cur); cur = ch
        else: cur = trial
    if cur: words.append(cur)
    out = []
    for w in words:
        if enc == "B": out.append(f"=?{cs}?B?{base64.b64encode(w.encode(charset)).decode()}?=")
        else:
            q = "".join(c if (c.isascii() and c.isalnum()) else "_" if c == " " else "".join(f"={b:02X}" for b in c.encode(charset)) for c in w)
            out.append(f"=?{cs}?Q?{q}?=")
    return "\n ".join(out)


def addr(n, e, charset="utf-8", quote_always=False, enc="B"):
    if not n: return e
    if not n.isascii(): return ew(n, charset, enc) + f" <{e}>"
    if quote_always or any(c in n for c in ".,|()@&:;"): return f'"{n}" <{e}>'
    return f"{n} <{e}>"


def b64lines(data): return base64.encodebytes(data).decode().rstrip("\n")
def qp(data): return quopri.encodestring(data).decode("ascii")


pending = []  # (utc time, seq, folder, raw, (mid, label) or None, scenario)
seq = [0]
CLIENT_HDR = {"ol16smtp": [("X-Mailer", "Microsoft Outlook 16.0")], "ol16smtp-ato": [("X-Mailer", "Microsoft Outlook 16.0")],
              "roundcube": [("User-Agent", "Roundcube Webmail/1.6.9")], "roundcube-look": [("User-Agent", "Roundcube Webmail/1.6.5")],
              "iphone": [("X-Mailer", "iPhone Mail (22B91)")], "iphone-de": [("X-Mailer", "iPhone Mail (22B91)")],
              "hiworks": [("X-Mailer", "Hiworks Mail v5.2")], "tbird": [("User-Agent", "Mozilla Thunderbird")], "exo-tb": [("User-Agent", "Mozilla Thunderbird")],
              "phpmailer": [("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")]}


def emit(who, client, t, to, cc, subj, refs, plain, html=None, atts=(), extra=(), label=None, infra=None, env=None, frm=None,
         irt=None, mid=None, tidx=None, topic=None, scen=None, orig_ip=None, orig_helo=None, folder=None, no_html=False,
         charset=None, ui=None, post_extra=(), inline_parts=None, date_tz=None):
    m = mid or make_mid(who, client, t)
    folder = folder or ("Sent" if who is me else "INBOX")
    charset = charset or who.charset
    infra = infra or who.infra
    if client == "satmail":
        v = VESSEL[who.email]
        plain = plain + ("\n\n--\nSent via OceanLink Maritime Mail from " + ("MT " if "KYPROS" in v[0] else "MV ") + f"{v[0]} (IMO {v[1]}).\n"
                         "Replies are delivered at the vessel's next synchronisation. Keep messages short and text-only; do not quote previous\n"
                         "messages. Attachments above 150 KB are held at the shore gateway. oceanlink-mail.example/help")
    if client == "bluewave":
        plain = (f"==== BlueWave Maritime Mail | from: STRAITS PIONEER (IMO 9712345) | ship time {t.astimezone(UTC):%Y-%m-%d %H:%M} UTC ====\n\n" + plain
                 + "\n\n[BlueWave: text-only channel, replies max 50 KB, no images please]")
    if html is None and not no_html and client not in ("roundcube", "roundcube-look", "satmail", "bluewave", "tbird", "exo-tb"):
        html = html_of(client, plain, charset)
    h = []
    if folder == "INBOX":
        if infra == "zimbra-int":
            tl = t + TD(seconds=R.randint(1, 3)); LAST[0] = tl
            h += [("Return-Path", who.email),
                  ("Received", f"from mail.{OWN} (LHLO mail.{OWN}) (10.20.0.11) by\n mail.{OWN} with LMTP; {zdate(tl)}"),
                  ("Received", f"from localhost (localhost [127.0.0.1])\n\tby mail.{OWN} (Postfix) with ESMTP id {qid()}\n\tfor <{me.email}>; {zdate(tl)}"),
                  ("X-Virus-Scanned", f"amavisd-new at {OWN}"),
                  ("Received", f"from mail.{OWN} ([127.0.0.1])\n\tby localhost (mail.{OWN} [127.0.0.1]) (amavisd-new, port 10026)\n\twith ESMTP id {alnum(12)} for <{me.email}>;\n\t{zdate(tl)}"),
                  ("Received", f"from mail.{OWN} (mail.{OWN} [10.20.0.11])\n\tby mail.{OWN} (Postfix) with ESMTP id {qid()}\n\tfor <{me.email}>; {zdate(t)}")]
        elif infra == "own-dsn":
            LAST[0] = t
            h += [("Return-Path", "<>"), ("Received", f"from mail.{OWN} (LHLO mail.{OWN}) (10.20.0.11) by\n mail.{OWN} with LMTP; {zdate(t)}"),
                  ("Received", f"by mail.{OWN} (Postfix)\n\tid {qid()}; {zdate(t)}")]
        else:
            h += transport(who, t, env, infra, client, orig_ip, orig_helo, html=bool(html), atts=atts)
    # the Date header as the client writes it
    if client in ("ol16de", "olm365", "ol16ex", "outlookcom"): date = rfc(t, UTC)
    elif client == "zimbra": date = t.astimezone(ATH).strftime("%a, %-d %b %Y %H:%M:%S %z (%Z)")
    elif client in ("satmail", "bluewave"): date = rfc(t, UTC)
    else: date = rfc(t, date_tz or who.tz)
    hcs = "iso-8859-7" if charset == "iso-8859-7" else "utf-8"
    qa = client == "zimbra"
    fromh = frm or addr(who.name, who.email, hcs, quote_always=qa)
    toh = ",\n ".join(addr(n, e, hcs, quote_always=qa) for n, e in to)
    cch = ",\n ".join(addr(n, e, hcs, quote_always=qa) for n, e in cc) if cc else None
    subj_h = ew(subj, hcs, "Q" if client == "zimbra" else "B", upper=client in ("gmail", "zoho", "hiworks", "roundcube"))
    refs_h = "\n ".join(refs) if refs else None
    irt = irt or (refs[-1] if refs else None)
    outlook = client in ("ol16de", "olm365", "ol16ex", "outlookcom")
    tidx = tidx or base64.b64encode(b"\x01" + rbytes(21)).decode()
    if client == "zimbra":
        h += [("Date", date), ("From", fromh), ("To", toh)] + ([("Cc", cch)] if cch else []) + [("Message-ID", m)]
        if refs: h += [("In-Reply-To", irt), ("References", refs_h)]
        h += [("Subject", subj_h)]
    elif outlook:
        h += [("From", fromh), ("To", toh)] + ([("Cc", cch)] if cch else []) + [("Subject", subj_h),
              ("Thread-Topic", ew(topic or subj, "utf-8")), ("Thread-Index", tidx), ("Date", date), ("Message-ID", m)]
        if refs: h += [("References", refs_h), ("In-Reply-To", irt)]
        lang = {"ol16de": "de-DE", "olm365": "en-US", "ol16ex": "en-US", "outlookcom": "en-US"}[client]
        h += [("Accept-Language", lang + (", en-US" if lang != "en-US" else "")), ("Content-Language", lang), ("X-MS-Has-Attach", "yes" if atts else ""),
              ("X-MS-TNEF-Correlator", "")]
        if client == "ol16ex":
            h += [("x-ms-exchange-messagesentrepresentingtype", "1"), ("x-ms-exchange-transport-fromentityheader", "Hosted"),
                  ("x-originating-ip", f"[10.10.2.{R.choice((57, 57, 57, 61))}]")]
        if client in ("ol16de", "olm365", "outlookcom") and who.dom in TENANT:
            h += [("x-ms-publictraffictype", "Email"), ("X-MS-Exchange-CrossTenant-Network-Message-Id", ruuid()),
                  ("X-MS-Exchange-CrossTenant-originalarrivaltime", f"{t.astimezone(UTC):%d %b %Y %H:%M:%S.%f}"[:-3] + " (UTC)"),
                  ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"), ("X-MS-Exchange-CrossTenant-id", TENANT[who.dom]),
                  ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", EXO[who.dom][0][:-4] + str(R.randint(1000, 9999))),
                  ("X-OriginatorOrg", who.dom)]
    elif client in ("ol16smtp", "ol16smtp-ato"):
        h += [("From", fromh), ("To", toh)] + ([("Cc", cch)] if cch else [])
        if refs: h += [("References", refs_h), ("In-Reply-To", irt)]
        h += [("Subject", subj_h), ("Date", date), ("Message-ID", m)]
    elif client == "gmail":
        h += [("MIME-Version", "1.0")]
        if refs: h += [("References", refs_h), ("In-Reply-To", irt)]
        h += [("From", fromh), ("Date", date), ("Message-ID", m), ("Subject", subj_h), ("To", toh)] + ([("Cc", cch)] if cch else [])
    elif client in ("roundcube", "roundcube-look"):
        h += [("MIME-Version", "1.0"), ("Date", date), ("From", fromh), ("To", toh)] + ([("Cc", cch)] if cch else []) + [("Subject", subj_h)]
        if refs: h += [("In-Reply-To", irt), ("References", refs_h)]
        h += [("Message-ID", m), ("X-Sender", who.email)]
    elif client in ("iphone", "iphone-de"):
        h += [("From", fromh), ("Mime-Version", "1.0 (1.0)"), ("Subject", subj_h), ("Date", date), ("Message-Id", m)]
        if refs: h += [("References", refs_h)]
        if cch: h += [("Cc", cch)]
        if refs: h += [("In-Reply-To", irt)]
        h += [("To", toh)]
    elif client == "zoho":
        h += [("Date", date), ("From", fromh), ("To", toh)] + ([("Cc", cch)] if cch else []) + [("Message-Id", m)]
        if refs: h += [("In-Reply-To", irt), ("References", refs_h)]
        h += [("Subject", subj_h), ("MIME-Version", "1.0"), ("Importance", "Medium"), ("User-Agent", "Zoho Mail"), ("X-Mailer", "Zoho Mail")]
    elif client in ("satmail", "bluewave"):
        h += [("From", fromh), ("To", toh)] + ([("Cc", cch)] if cch else []) + [("Subject", subj_h), ("Date", date), ("Message-ID", m)]
        if irt: h += [("In-Reply-To", irt)]
        if client == "satmail":
            v = VESSEL[who.email]
            h += [("X-Mailer", "OceanLink Onboard 4.2.1"), ("X-OceanLink-Vessel", f"{v[0]} (IMO {v[1]})"),
                  ("X-OceanLink-Transfer", f"compressed {R.randint(9, 40) / 10:.1f} KB; ratio {R.randint(25, 41) / 10:.1f}")]
        else: h += [("X-Mailer", "BlueWave ShipMail 2.8")]
    else:
        h += [("From", fromh), ("To", toh)] + ([("Cc", cch)] if cch else []) + [("Subject", subj_h), ("Date", date), ("Message-ID", m)]
        if refs: h += [("In-Reply-To", irt), ("References", refs_h)]
    if client == "exo-tb" and who.dom in TENANT:
        h += [("Content-Language", "en-US"), ("X-MS-Exchange-CrossTenant-Network-Message-Id", ruuid()),
              ("X-MS-Exchange-CrossTenant-originalarrivaltime", f"{t.astimezone(UTC):%d %b %Y %H:%M:%S.%f}"[:-3] + " (UTC)"),
              ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"), ("X-MS-Exchange-CrossTenant-id", TENANT[who.dom]),
              ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", EXO[who.dom][0][:-4] + str(R.randint(1000, 9999))), ("X-OriginatorOrg", who.dom)]
    h += CLIENT_HDR.get(client, [])
    h += list(extra)
    if client not in ("gmail", "roundcube", "roundcube-look", "iphone", "iphone-de", "zoho"): h.append(("MIME-Version", "1.0"))
    # ---- body
    enc_cs = charset

    def textpart(ctype, text):
        data = text.encode(enc_cs if ctype == "text/plain" or enc_cs != "iso-8859-7" else enc_cs)
        if client in ("roundcube", "roundcube-look", "tbird", "exo-tb"):
            cs = "US-ASCII" if text.isascii() and client not in ("tbird", "exo-tb") else "UTF-8"
            return [f"Content-Type: {ctype}; charset={cs};\n format=flowed", "Content-Transfer-Encoding: " + ("7bit" if text.isascii() else "8bit"), "", text]
        if client in ("satmail", "bluewave"):
            return [f"Content-Type: {ctype}; charset=us-ascii", "Content-Transfer-Encoding: 7bit", "", text]
        if client in ("iphone", "iphone-de"):
            if text.isascii() and ctype == "text/plain": return [f"Content-Type: {ctype};\n\tcharset=us-ascii", "Content-Transfer-Encoding: 7bit", "", text]
            return [f"Content-Type: {ctype};\n\tcharset=utf-8", "Content-Transfer-Encoding: quoted-printable", "", qp(data)]
        if client == "gmail":
            if text.isascii() and max(len(x) for x in text.split("\n")) < 990: return [f'Content-Type: {ctype}; charset="UTF-8"', "", text]
            return [f'Content-Type: {ctype}; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable", "", qp(data)]
        if client in ("hiworks",):
            return [f"Content-Type: {ctype}; charset=UTF-8", "Content-Transfer-Encoding: base64", "", b64lines(data)]
        if client in ("ol16de", "olm365", "ol16ex", "outlookcom", "ol16smtp", "ol16smtp-ato"):
            return [f'Content-Type: {ctype}; charset="{enc_cs}"', "Content-Transfer-Encoding: quoted-printable", "", qp(data)]
        if client == "zimbra":
            if text.isascii(): return [f"Content-Type: {ctype}; charset=utf-8", "Content-Transfer-Encoding: 7bit", "", text]
            return [f"Content-Type: {ctype}; charset=utf-8", "Content-Transfer-Encoding: quoted-printable", "", qp(data)]
        if client == "zoho":
            if text.isascii(): return [f"Content-Type: {ctype}; charset=\"UTF-8\"", "Content-Transfer-Encoding: 7bit", "", text]
            return [f"Content-Type: {ctype}; charset=\"UTF-8\"", "Content-Transfer-Encoding: quoted-printable", "", qp(data)]
        if text.isascii(): return [f"Content-Type: {ctype}; charset=utf-8", "Content-Transfer-Encoding: 7bit", "", text]
        return [f"Content-Type: {ctype}; charset=utf-8", "Content-Transfer-Encoding: quoted-printable", "", qp(data)]

    nb = [0]

    def bnd():
        if client in ("ol16smtp", "ol16smtp-ato"):
            a, b2 = m[1:].split("$")[:2]
            r = f"----=_NextPart_{nb[0]:03d}_{a[:4].upper()}_{a[4:].upper()}.{b2.upper()}"; nb[0] += 1
            return r
        return {"zimbra": "=_" + ruuid(), "ol16de": "_000_" + EXO.get(who.dom, ("X",))[0] + HX(16) + "_", "olm365": "_000_" + EXO.get(who.dom, ("X",))[0] + HX(16) + "_",
                "outlookcom": "_000_PAXPR02MB" + HX(20) + "_", "ol16ex": "_000_" + hx(32) + "KMLEX01kyprosmarinelocal_",
                "ol16smtp": f"----=_NextPart_000_{R.randint(0, 0x3f):04X}_01DB{HX(4)}.{HX(8)}", "ol16smtp-ato": f"----=_NextPart_000_{R.randint(0, 0x3f):04X}_01DB{HX(4)}.{HX(8)}",
                "gmail": "000000000000" + hx(16), "iphone": "Apple-Mail-" + ruuid().upper(), "iphone-de": "Apple-Mail-" + ruuid().upper(),
                "roundcube": "=_" + hx(32), "roundcube-look": "=_" + hx(32), "hiworks": "----=_HIWORKS_" + HX(24),
                "zoho": f"----=_Part_{R.randint(100000, 999999)}_{R.randint(10**8, 10**9)}.{int(t.timestamp() * 1000)}",
                "tbird": "------------" + alnum(24)}.get(client, "----=_Part_" + hx(20))
    alt = textpart("text/plain", plain)
    if inline_parts is not None: alt = inline_parts
    elif html:
        ab = bnd(); alt = [f'Content-Type: multipart/alternative;\n\tboundary="{ab}"', "", f"--{ab}"] + textpart("text/plain", plain) + [f"--{ab}"] + textpart("text/html", html) + [f"--{ab}--"]
    if atts:
        mb = bnd(); body = [f'Content-Type: multipart/mixed;\n\tboundary="{mb}"', "", f"--{mb}"] + alt
        for name, data, ctype in atts:
            nm = ew(name, "utf-8") if not name.isascii() else name
            if client == "gmail":
                body += [f"--{mb}", f'Content-Type: {ctype}; name="{nm}"', f'Content-Disposition: attachment; filename="{nm}"', "Content-Transfer-Encoding: base64",
                         f"Content-ID: <f_{alnum(9).lower()}0>", f"X-Attachment-Id: f_{alnum(9).lower()}0", "", b64lines(data)]
            elif client.startswith("ol16") or client in ("olm365", "outlookcom"):
                body += [f"--{mb}", f'Content-Type: {ctype}; name="{nm}"', f"Content-Description: {nm}",
                         f'Content-Disposition: attachment; filename="{nm}"; size={len(data)};\n\tcreation-date="{rfc(t, UTC)}";\n\tmodification-date="{rfc(t, UTC)}"',
                         "Content-Transfer-Encoding: base64", "", b64lines(data)]
            elif client == "zimbra":
                body += [f"--{mb}", f"Content-Type: {ctype}; name={nm}", f"Content-Disposition: attachment; filename={nm}", "Content-Transfer-Encoding: base64", "", b64lines(data)]
            elif client in ("iphone", "iphone-de"):
                body += [f"--{mb}", "Content-Disposition: attachment;\n\tfilename=" + nm, f"Content-Type: {ctype};\n\tx-unix-mode=0644;\n\tname=\"{nm}\"",
                         "Content-Transfer-Encoding: base64", "", b64lines(data)]
            else:
                body += [f"--{mb}", f'Content-Type: {ctype};\n name="{nm}"', "Content-Transfer-Encoding: base64", f'Content-Disposition: attachment;\n filename="{nm}"', "", b64lines(data)]
        body += [f"--{mb}--"]
    else: body = alt
    # content headers go with the body; Zimbra and Outlook-over-SMTP add more headers after them
    ctl = []
    i = 0
    while body[i] != "":
        ctl.append(body[i]); i += 1
    rest = body[i + 1:]
    post = []
    if client == "zimbra":
        post = [("X-Originating-IP", "[10.20.1.45]" if who is me else f"[10.20.1.{R.choice((52, 61, 77))}]"), ("X-Mailer", ZIMBRA_VER),
                ("Thread-Topic", ew(topic or subj, "utf-8", "Q")), ("Thread-Index", tidx)]
    if client in ("ol16smtp", "ol16smtp-ato"):
        post = [("Thread-Index", tidx), ("Content-Language", "el" if client == "ol16smtp" else "en-us")]
    post += list(post_extra)
    raw = "\r\n".join(f"{k}: {v}" for k, v in h) + "\r\n" + "\r\n".join(ctl) + ("\r\n" if post else "") + "\r\n".join(f"{k}: {v}" for k, v in post)
    raw = raw.replace("\r\n", "\n")
    raw = raw + "\n\n" + "\n".join(rest) + "\n"
    raw = raw.replace("\r\n", "\n").replace("\n", "\r\n")
    seq[0] += 1
    arrival = t if folder == "Sent" else LAST[0]
    pending.append((arrival.astimezone(UTC), seq[0], folder, raw, (m, label) if label else None, scen))
    return m


PFX = {"ol16de": "AW: ", "ol16ex": "RE: ", "olm365": "RE: ", "hiworks": "RE: ", "satmail": "RE: ", "bluewave": "RE: ", "ol16smtp-ato": "RE: ",
       "outlookcom": "RE: ", "exo-tb": "Re: "}


class Thread:
    def __init__(s, tid, partner, subj, to=None):
        s.tid, s.p, s.subj, s.refs, s.last = tid, partner, subj, [], None
        s.to = to or [(partner.name, partner.email)]
        s.blocks = []
        s.tbase = b"\x01" + rbytes(21)
        s.np = 0

    def add(s, who, text, t, label=None, client=None, to=None, cc=None, sig=True, quote=True, subj=None, scen=None, quote_text=None,
            detached=False, ui=None, nolabel=False, **kw):
        client = client or who.client
        ui = ui or who.ui
        sg = (who.sig if sig is True else (sig or ""))
        plain = text + sg
        if quote and s.last and client not in ("satmail", "bluewave"):
            q = dict(s.last)
            if quote_text is not None: q["plain"] = quote_text
            plain += quote_of(client, q, ui, kw.get("date_tz") or who.tz)
        if subj is None:
            if not s.refs: subj = s.subj
            else:
                pf = PFX.get(client, "Re: ")
                if client == "ol16smtp" and ui == "el": pf = "ΑΠ: "
                subj = pf + s.subj
        if to is None: to = s.to if who is me else [(me.name, me.email)]
        if label is None and who is not me and s.refs and not nolabel: label = G
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


G = ("genuine", "genuine-reply"); GH = ("genuine", "genuine-hard"); GO = ("genuine", "genuine-orphan")
def HJ(kind): return ("hijack", kind)


# ---------------------------------------------------------------- inert attachments with real container structure
def pdf_esc(s): return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines, producer="Microsoft® Word 2016", when="20241001091200", zone="+03'00'", uris=(), title=None):
    content = ("BT /F1 10 Tf 13 TL 60 780 Td " + " ".join(f"({pdf_esc(l)}) '" for l in lines) + " ET").encode("latin-1", "replace")
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", None,
            f"<< /Length {len(content)} >>\nstream\n", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            f"<< /Producer ({pdf_esc(producer)}) /CreationDate (D:{when}{zone}) /ModDate (D:{when}{zone})" + (f" /Title ({pdf_esc(title)})" if title else "") + " >>"]
    annots = []
    for i, u in enumerate(uris):
        objs.append(f"<< /Type /Annot /Subtype /Link /Rect [60 {520 - 40 * i} 535 {556 - 40 * i}] /Border [0 0 0] /A << /S /URI /URI ({u}) >> >>")
        annots.append(len(objs))
    objs[2] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R"
               + (f" /Annots [{' '.join(f'{a} 0 R' for a in annots)}]" if annots else "") + " >>")
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"); offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += (f"4 0 obj\n{o}".encode() + content + b"\nendstream\nendobj\n") if i == 4 else f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1", "replace")
    x = len(out); fid = hx(32)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R /ID [<{fid}> <{fid}>] >>\nstartxref\n{x}\n%%EOF\n".encode()
    return bytes(out)


def scan_pdf(label, when):
    """a scanner-made PDF: one page holding an image XObject (random bytes standing in for the JPEG stream)"""
    img = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\xc8\x00\xc8\x00\x00" + rbytes(2400) + b"\xff\xd9"
    content = b"q 595 0 0 842 0 0 cm /Im0 Do Q"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 5 0 R >> >> /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            b"<< /Type /XObject /Subtype /Image /Width 1240 /Height 1754 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n" % len(img) + img + b"\nendstream",
            f"<< /Producer (RICOH MP C3004ex) /Title ({pdf_esc(label)}) /CreationDate (D:{when}+02'00') >>".encode()]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"); offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out)); out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return bytes(out)


def zip_bytes(members, when=(2024, 10, 1, 9, 0, 0), encrypt=False):
    bio = io.BytesIO(); z = zipfile.ZipFile(bio, "w")
    for name, data in members:
        zi = zipfile.ZipInfo(name, date_time=when)
        zi.compress_type = zipfile.ZIP_STORED if encrypt else zipfile.ZIP_DEFLATED
        z.writestr(zi, (rbytes(12) + rbytes(len(data))) if encrypt else data)
    z.close(); b = bytearray(bio.getvalue())
    if encrypt:  # mark every entry as encrypted (general purpose bit 0) in the local headers and the central directory
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


def _x(s): return H.escape(str(s), quote=True)


def xlsx(rows, sheet="Sheet1", macro=False, creator="Microsoft Office User", when="2024-10-01T09:00:00Z"):
    cells = []
    for r, row in enumerate(rows, 1):
        cs = []
        for c, v in enumerate(row):
            ref = chr(65 + c) + str(r)
            if isinstance(v, (int, float)): cs.append(f'<c r="{ref}"><v>{v}</v></c>')
            else: cs.append(f'<c r="{ref}" t="inlineStr"><is><t>{_x(v)}</t></is></c>')
        cells.append(f'<row r="{r}">' + "".join(cs) + "</row>")
    main_ct = "application/vnd.ms-excel.sheet.macroEnabled.main+xml" if macro else "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "")
          + f'<Override PartName="/xl/workbook.xml" ContentType="{main_ct}"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
          f'<sheet name="{_x(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              + ('<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' if macro else "")
              + "</Relationships>")
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
          + "".join(cells) + "</sheetData></worksheet>")
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:creator>{_x(creator)}</dc:creator><cp:lastModifiedBy>{_x(creator)}</cp:lastModifiedBy>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified></cp:coreProperties>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Application>Microsoft Excel</Application><AppVersion>16.0300</AppVersion></Properties>')
    mem = [("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()), ("docProps/app.xml", app.encode()), ("docProps/core.xml", core.encode()),
           ("xl/workbook.xml", wb.encode()), ("xl/_rels/workbook.xml.rels", wbrels.encode()), ("xl/worksheets/sheet1.xml", ws.encode())]
    if macro:  # an OLE compound-file header followed by random sectors (no real VBA)
        mem.append(("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00" + rbytes(3000)))
    y, mo, d = int(when[:4]), int(when[5:7]), int(when[8:10])
    return zip_bytes(mem, (y, mo, d, int(when[11:13]), int(when[14:16]), 0))


def png(w=320, h=200):
    def chunk(tp, data): return struct.pack(">I", len(data)) + tp + data + struct.pack(">I", zlib.crc32(tp + data) & 0xffffffff)
    rows = b"".join(b"\x00" + bytes((R.randint(190, 255) if (x // 30 + y // 30) % 5 else 50) for x in range(w * 3)) for y in range(h))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(rows, 6)) + chunk(b"IEND", b"")


def onenote(lines):
    """OneNote 2010+ section file: file-format GUID header, random revision store, an embedded file object placeholder"""
    guid_file = uuid.UUID("7B5C52E4-D88C-4DA7-AEB1-5378D02996D3").bytes_le
    guid_fmt = uuid.UUID("109ADD3F-911B-49F5-A5D0-1791EDC8AED8").bytes_le
    fdso = uuid.UUID("BDE316E7-2665-4511-A4C4-8D4D0B7A9EAC").bytes_le
    body = rbytes(1024) + fdso + struct.pack("<Q", 600) + b"\x00" * 4 + b"inert probe placeholder - no executable content\r\n" + rbytes(550)
    text = "\r\n".join(lines).encode("utf-16-le")
    return guid_file + uuid.UUID(int=R.getrandbits(128)).bytes_le + guid_file + guid_fmt + b"\x2a\x00\x00\x00" * 4 + rbytes(900) + text + body


def ics(summary, desc, url, start, end, organizer, uid_dom):
    f = lambda t: t.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VEVENT",
             f"ORGANIZER;CN=\"{organizer[0]}\":mailto:{organizer[1]}", f"ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{me.email}",
             f"DESCRIPTION:{desc}", f"UID:{hx(32).upper()}@{uid_dom}", f"SUMMARY:{summary}", f"DTSTART:{f(start)}", f"DTEND:{f(end)}",
             f"DTSTAMP:{f(start - TD(days=2))}", f"URL:{url}", "LOCATION:Online check-in", "STATUS:CONFIRMED", "SEQUENCE:1",
             "BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    out = []
    for l in lines:  # fold at 75 octets
        while len(l) > 75: out.append(l[:75]); l = " " + l[75:]
        out.append(l)
    return ("\r\n".join(out) + "\r\n").encode()


# ---------------------------------------------------------------- stand-alone notices (no reply headers)
def pcs_notice(t, call, vessel, imo, kind, lines_el, lines_en, label=None, scen=None, atts=()):
    subj = f"[PCS] {kind} - {vessel} (IMO {imo}) - {call}"
    link = f"https://pcs.ppa-piraeus.example/portcall/{call}?tab=" + ("invoices" if "invoice" in kind.lower() else "overview")
    plain = ("Αυτό είναι αυτόματο μήνυμα του Port Community System Πειραιά. Μην απαντάτε.\nThis is an automatic message of the Piraeus Port "
             "Community System. Do not reply.\n\n" + "\n".join(lines_el) + "\n\n" + "\n".join(lines_en) + f"\n\nΠροβολή / View: {link}\n\n"
             "Πράκτορας / Agent: AEGEAS MARITIME AGENCY & SUPPLIES S.A. (PCS ID AG-0417)\n--\nΟΛΠ Α.Ε. - Piraeus Port Authority S.A. | PCS Helpdesk +30 210 555 0800 | pcs-support@ppa-piraeus.example")
    html = ('<html><head><meta charset="UTF-8"></head><body style="font-family:Tahoma,Arial,sans-serif;font-size:13px;color:#222">'
            '<table width="640" cellpadding="0" cellspacing="0"><tr><td style="background:#00457c;color:#fff;padding:10px 14px;font-size:15px">'
            f'<b>Piraeus PCS</b> &middot; {H.escape(kind)}</td></tr><tr><td style="padding:14px">'
            + "<br>".join(H.escape(l) for l in lines_el) + "<hr style='border:0;border-top:1px solid #ccc'>" + "<br>".join(H.escape(l) for l in lines_en)
            + f'<p><a href="{link}" style="background:#00457c;color:#fff;padding:6px 12px;text-decoration:none">Προβολή / View</a></p>'
            '<p style="font-size:11px;color:#777">Αυτό είναι αυτόματο μήνυμα. Μην απαντάτε. / This is an automatic message. Do not reply.<br>'
            'ΟΛΠ Α.Ε. - Piraeus Port Authority S.A. | PCS Helpdesk +30 210 555 0800</p></td></tr></table></body></html>')
    extra = [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("X-PCS-Call", call), ("X-Mailer", "PCS Notification Service 2.4")]
    return emit(pcs, "pcs", t, [("AEGEAS Operations", f"ops@{OWN}")], [(me.name, me.email)], subj, [], plain, html=html, atts=atts, extra=extra,
                label=label, scen=scen)


def shipwatch_alert(t, vessel, imo, event, area, detail, label=None, scen=None, subj=None, link=None):
    link = link or f"https://app.shipwatch.example/fleet/vessel/{imo}?utm_source=alert&utm_medium=email&utm_campaign=port_event"
    subj = subj or f"{vessel}: {event} {area}"
    unsub = f"https://app.shipwatch.example/settings/alerts?u={hx(16)}"
    plain = (f"ShipWatch alert - {event}\n\n{vessel} (IMO {imo})\n{detail}\nArea: {area}\nTime: {t.astimezone(UTC):%d %b %Y %H:%M} UTC\n\n"
             f"View on map: {link}\n\nYou receive this alert because {vessel} is on your watchlist \"AEGEAS - expected\".\nManage alerts: {unsub}\n"
             "ShipWatch Ltd, 3 Harbour Exchange Square, London E14 9GE")
    html = ('<html><body style="margin:0;background:#eef2f5"><table width="100%"><tr><td align="center"><table width="560" style="background:#fff;font-family:Arial,sans-serif;'
            'font-size:14px;color:#1b2a38"><tr><td style="background:#0a7cc1;padding:12px 18px;color:#fff;font-size:18px"><b>ShipWatch</b></td></tr><tr><td style="padding:18px">'
            f"<p style=\"font-size:16px\"><b>{H.escape(vessel)}</b> &ndash; {H.escape(event)}</p><p>" + H.escape(detail).replace("\n", "<br>")
            + f"<br>Area: {H.escape(area)}<br>Time: {t.astimezone(UTC):%d %b %Y %H:%M} UTC</p>"
            f'<p><a href="{link}" style="background:#0a7cc1;color:#fff;padding:9px 16px;text-decoration:none;border-radius:3px">View on map</a></p>'
            f'</td></tr><tr><td style="padding:10px 18px;font-size:11px;color:#888">Watchlist &quot;AEGEAS - expected&quot; &middot; <a href="{unsub}">Manage alerts</a>'
            '<br>ShipWatch Ltd, 3 Harbour Exchange Square, London E14 9GE</td></tr></table></td></tr></table>'
            f'<img src="https://u1234.ct.em.shipwatch.example/wf/open?upn={alnum(40)}" width="1" height="1" alt=""></body></html>')
    extra = [("List-Unsubscribe", f"<{unsub}>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("X-SG-EID", alnum(60)), ("X-Entity-ID", alnum(22))]
    return emit(shipwatch, "shipwatch", t, [(me.name, me.email)], None, subj, [], plain, html=html, extra=extra, label=label, scen=scen)


def bank_notice(t, direction, amount, party, ref, label=None, scen=None):
    subj = ("Πίστωση λογαριασμού / Incoming credit" if direction == "in" else "Εκτέλεση εμβάσματος / Outgoing transfer executed") + f" - {amount}"
    acct = "GR46 0172 0410 0050 4104 1234 567"
    lines = ([f"Σας ενημερώνουμε ότι ο λογαριασμός σας {acct[:9]}...{acct[-7:]} πιστώθηκε με {amount}.", f"Εντολέας / Ordering party: {party}",
              f"Αιτιολογία / Details: {ref}"] if direction == "in" else
             [f"Το έμβασμα {amount} προς {party} εκτελέστηκε.", f"Αιτιολογία / Details: {ref}", "Χρέωση από λογαριασμό / Debited from: " + acct[:9] + "..." + acct[-7:]])
    link = "https://ebanking.ionianbank.example/corporate/"
    plain = ("Αγαπητέ πελάτη,\n\n" + "\n".join(lines) + f"\nΗμερομηνία αξίας / Value date: {t:%d/%m/%Y}\n\nΓια λεπτομέρειες συνδεθείτε στο Business e-Banking: {link}\n\n"
             "Η Ionian Business Bank δεν θα σας ζητήσει ποτέ κωδικούς ή OTP μέσω email ή τηλεφώνου.\nIonian Business Bank S.A. - Corporate Banking Piraeus")
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Verdana,sans-serif;font-size:12px"><div style="border-top:4px solid #6b1f4b;padding:12px">'
            "<p>Αγαπητέ πελάτη,</p><p>" + "<br>".join(H.escape(l) for l in lines) + f"<br>Ημερομηνία αξίας / Value date: {t:%d/%m/%Y}</p>"
            f'<p>Για λεπτομέρειες συνδεθείτε στο <a href="{link}">Business e-Banking</a>.</p><p style="color:#888;font-size:10px">Η Ionian Business Bank δεν θα σας ζητήσει '
            "ποτέ κωδικούς ή OTP μέσω email ή τηλεφώνου.<br>Ionian Business Bank S.A. - Corporate Banking Piraeus</p></div></body></html>")
    return emit(bank, "bank", t, [(me.name, me.email)], None, subj, [], plain, html=html, extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
                label=label, scen=scen)


def mc_news(who, t, subj, intro, items, footer_name):
    camp = hx(10)
    links = [(a, f"https://{who.dom.split('.')[0]}.us21.list-manage.example/track/click?u={hx(25)}&id={hx(10)}&e={hx(10)}") for a in items]
    unsub = f"https://{who.dom.split('.')[0]}.us21.list-manage.example/unsubscribe?u={hx(25)}&id={hx(10)}&e={hx(10)}&c={camp}"
    plain = intro + "\n\n" + "\n".join(f"** {a}\n{u}\n" for a, u in links) + (f"\n============================================================\n"
            f"Copyright (C) {t.year} {footer_name}, All rights reserved.\nYou are receiving this email because you opted in via our website or at a PSAA event.\n\n"
            f"Want to change how you receive these emails?\nYou can update your preferences or unsubscribe from this list:\n{unsub}")
    html = ('<!doctype html><html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{H.escape(subj)}</title></head><body><center><table id=\"bodyTable\" width=\"100%\"><tr><td align=\"center\" valign=\"top\">"
            '<table width="600" style="font-family:Helvetica,Arial,sans-serif;color:#202020"><tr><td style="padding:18px">'
            + "<p>" + H.escape(intro).replace("\n", "<br>") + "</p>" + "".join(f'<h3><a href="{u}" style="color:#0b5394">{H.escape(a)}</a></h3>' for a, u in links)
            + f'</td></tr><tr><td style="font-size:11px;color:#656565;padding:18px">Copyright &copy; {t.year} {H.escape(footer_name)}, All rights reserved.<br>'
            f'<a href="{unsub}">unsubscribe from this list</a></td></tr></table></td></tr></table></center>'
            f'<img src="https://{who.dom.split(".")[0]}.us21.list-manage.example/track/open.php?u={hx(25)}&id={hx(10)}&e={hx(10)}" height="1" width="1"></body></html>')
    extra = [("Reply-To", f"{who.name} <info@{who.dom}>"), ("List-Unsubscribe", f"<{unsub}>, <mailto:unsubscribe-mc.us21_{hx(25)}.{hx(10)}-{hx(10)}@unsubscribe.mailchimpapp.example>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("List-Id", f"{hx(25)}mc list <{hx(25)}.{R.randint(100000, 999999)}.list-id.mcsv.example>"),
             ("X-Mailer", "Mailchimp Mailer - **CID" + camp + hx(10) + "**"), ("X-Campaign", f"mailchimp{hx(25)}.{camp}"), ("X-campaignid", f"mailchimp{hx(25)}.{camp}"),
             ("X-Report-Abuse", f"Please report abuse for this campaign here: https://mailchimp.example/contact/abuse/?u={hx(25)}&id={camp}&e={hx(10)}"),
             ("Feedback-ID", f"{R.randint(10000000, 99999999)}:{R.randint(10000000, 99999999)}.{R.randint(100000, 999999)}:us21:mc"), ("Precedence", "bulk")]
    return emit(who, "mc", t, [("", me.email)], None, subj, [], plain, html=html, extra=extra)


LIST_FOOT = ("\n_______________________________________________\nPSAA mailing list -- psaa@lists.psaa-piraeus.example\n"
             "To unsubscribe send an email to psaa-leave@lists.psaa-piraeus.example\nΈνωση Ναυτικών Πρακτόρων Πειραιά - μόνο για μέλη / members only")
LIST_MIDS = {}


def list_post(poster, t, subj, text, refs=(), label=None, scen=None, munge=False):
    """a post delivered through the PSAA Mailman 3 list: [PSAA] tag, list headers, footer, DMARC From-munging for p=reject posters"""
    s = "[PSAA] " + subj if not subj.startswith(("Re:", "RE:", "ΑΠ:")) else subj.split(" ", 1)[0] + " [PSAA] " + subj.split(" ", 1)[1]
    if poster is me:
        # Zimbra drops the list's copy of one's own post (same Message-ID as the Sent copy): only the Sent copy exists
        return emit(me, "zimbra", t, [("PSAA Members", psaa.email)], None, s, list(refs), text + SIG_ME_SHORT)
    else:
        m = make_mid(poster, "x", t)
    plain = text + LIST_FOOT
    frm = addr(f"{poster.name} via PSAA", psaa.email) if munge else addr(poster.name, poster.email)
    mh = base64.b32encode(hashlib.sha1(m.encode()).digest()).decode()
    extra = [("X-BeenThere", psaa.email), ("Message-ID-Hash", mh), ("X-Message-ID-Hash", mh), ("X-Mailman-Version", "3.3.9"), ("Precedence", "list"),
             ("List-Id", "Piraeus Shipping Agents Association <psaa.lists.psaa-piraeus.example>"), ("Archived-At", f"<https://lists.psaa-piraeus.example/archives/list/psaa@lists.psaa-piraeus.example/message/{HX(26)}/>"),
             ("List-Archive", "<https://lists.psaa-piraeus.example/archives/list/psaa@lists.psaa-piraeus.example/>"),
             ("List-Help", "<mailto:psaa-request@lists.psaa-piraeus.example?subject=help>"), ("List-Owner", "<mailto:psaa-owner@lists.psaa-piraeus.example>"),
             ("List-Post", "<mailto:psaa@lists.psaa-piraeus.example>"), ("List-Subscribe", "<mailto:psaa-join@lists.psaa-piraeus.example>"),
             ("List-Unsubscribe", "<mailto:psaa-leave@lists.psaa-piraeus.example>")]
    if munge: extra.insert(0, ("Reply-To", addr(poster.name, poster.email)))
    LIST_HOP[0] = [("Received", f"from lists.psaa-piraeus.example (localhost [IPv6:::1])\n\tby lists.psaa-piraeus.example (Postfix) with ESMTP id {qid()};\n\t{rfc(t + TD(seconds=20), ATH)}"),
                   ("Received", f"from {poster.infra} ({poster.infra} [{poster.tz}])\n\tby lists.psaa-piraeus.example (Postfix) with ESMTPS id {qid()}\n\tfor <psaa@lists.psaa-piraeus.example>; {rfc(t, ATH)}")]
    r = emit(psaa, "mailman", t + TD(seconds=R.randint(20, 90)), [("PSAA Members", psaa.email)], None, s, list(refs), plain, frm=frm, mid=m, extra=extra,
             label=label, scen=scen, no_html=True)
    return r


class Poster:
    def __init__(s, name, email, host, ip):
        s.name, s.email, s.dom, s.infra, s.tz, s.charset = name, email, email.split("@")[1], host, ip, "utf-8"


def osticket(t, subj, text, agent, refs=(), label=None, scen=None):
    plain = text + f"\n\n{agent}\nNetCare IT Services | Τεχνική Υποστήριξη\n+30 210 555 6020 | support@netcare-it.example\n\n---\nΑπαντήστε πάνω από αυτή τη γραμμή για να ενημερωθεί το αίτημα.\nReply above this line to update the ticket."
    html = ('<html><head><meta charset="utf-8"></head><body><div style="font-family:Arial,sans-serif;font-size:13px">' + "<br>".join(H.escape(l) for l in plain.split("\n"))
            + '</div><div style="display:none">' + f"#{hx(12)}</div></body></html>")
    return emit(netcare, "osticket", t, [(me.name, me.email)], None, subj, list(refs), plain, html=html, label=label, scen=scen,
                extra=[("X-Mailer", "osTicket Mailer"), ("Organization", "NetCare IT Services")])


OUR_BANK = "Ionian Business Bank S.A., Piraeus | IBAN GR46 0172 0410 0050 4104 1234 567 | BIC IONBGRAA | Beneficiary: AEGEAS Maritime Agency & Supplies S.A."


def da_pdf(kind, vessel, voy, items, funds=None, when="20241001094000", extra=()):
    tot = sum(v for _, v in items)
    lines = [f"AEGEAS MARITIME AGENCY & SUPPLIES S.A. - {kind} DISBURSEMENT ACCOUNT", f"Vessel: {vessel}   Voyage: {voy}   Port: Piraeus", ""]
    lines += [f"{k:<48}EUR {v:>12,.2f}" for k, v in items] + ["", f"{'TOTAL':<48}EUR {tot:>12,.2f}"]
    if funds is not None:
        lines += [f"{'Funds received':<48}EUR {funds:>12,.2f}", f"{'Balance ' + ('in owners favour' if funds > tot else 'due to agents'):<48}EUR {abs(funds - tot):>12,.2f}"]
    lines += ["", "Remittance: " + OUR_BANK] + list(extra)
    return pdf(lines, producer="Microsoft® Excel® 2016", when=when, title=f"{kind} DA {vessel} {voy}")


# ================================================================ background: weekly bunker indications, newsletter
d = datetime.datetime(2024, 9, 2, 8, 5, tzinfo=UTC)
vl, mg = 598, 742
while d < datetime.datetime(2025, 5, 31, tzinfo=UTC):
    vl += R.randint(-14, 13); mg += R.randint(-16, 15)
    mc_news(poseidon_news, d + TD(minutes=R.randint(0, 20)), f"Piraeus bunker indications - week {d.isocalendar()[1]:02d}/{d.year}",
            f"Good morning from Piraeus,\n\nIndicative delivered prices, Piraeus anchorage/OPL, barge delivery, subject availability:\n"
            f"VLSFO 0.5%   USD {vl}/mt\nMGO 0.1%     USD {mg}/mt\nHSFO 3.5%    USD {vl - R.randint(95, 120)}/mt\n\n"
            f"Barge availability {'tight' if R.random() < 0.3 else 'normal'}; Perama barges booked {R.randint(1, 4)} days ahead. Contact the desk for firm offers.\n"
            "Poseidon Bunker Brokers - desk +30 210 555 9020", ["Market comment: Brent and the Med spread this week", "Supplier availability calendar", "ECA / MED SECA reminders"],
            "Poseidon Bunker Brokers")
    d += TD(days=7)
d = datetime.datetime(2024, 9, 5, 6, 30, tzinfo=UTC)
topics = ["Piraeus container volumes up; cruise season extended", "MED ECA: what agents must tell masters before May 2025", "EU ETS surrender: practical notes for owners' agents",
          "Strike calendar: PNO and port workers", "Greek Customs: new ICS2 release 3 timeline", "Bunker demand shifts from Malta to Piraeus",
          "Interview: the new PPA commercial director", "Crew changes via Athens airport: visa handling times", "Port dues 2025: what changes for tankers",
          "Cyprus registry incentives renewed", "Korean yards' order books and spares lead times", "P&I renewals: general increase round-up"]
i = 0
while d < datetime.datetime(2025, 5, 31, tzinfo=UTC):
    mc_news(hsd, d + TD(minutes=R.randint(0, 30)), f"Hellenic Shipping Digest #{118 + i}: {topics[i % len(topics)]}",
            "This fortnight in Greek shipping, ports and agency business.", [topics[i % len(topics)], topics[(i + 3) % len(topics)], "Events: Posidonia 2026 registrations open"],
            "Hellenic Shipping Digest")
    d += TD(days=14); i += 1

# ================================================================ T24 PSAA agents' list
psaa_sec = Poster("PSAA Secretariat", "secretariat@psaa-piraeus.example", "mail.psaa-piraeus.example", "91.138.200.12")
nikos = Poster("Nikos Georgiadis", "n.georgiadis@dimitriou-agencies.example", "mail-vi1eur04on2071.outbound.protection.outlook.com", "40.107.8.71")
eftychia = Poster("Eftychia Manou", "eftychia@manou-shipping.example", "smtp.manou-shipping.example", "62.103.41.9")
petros = Poster("Petros Kalogeropoulos", "petros@kalogeropoulos-agency.example", "mail-wr1-f49.google.com", "209.85.221.49")
p1 = list_post(psaa_sec, at(2024, 9, 19, 11, 2), "Νέα διαδικασία ISPS pre-arrival μέσω PCS από 1/10",
               "Αγαπητά μέλη,\n\nΣας ενημερώνουμε ότι από 1 Οκτωβρίου η κοινοποίηση ISPS pre-arrival (24 ώρες πριν την άφιξη) θα υποβάλλεται αποκλειστικά "
               "μέσω του PCS, στην καρτέλα \"Security\" κάθε port call. Η αποστολή με email στο Λιμεναρχείο καταργείται.\n\nΣχετική εγκύκλιος συνημμένα στο "
               "portal των μελών.\n\nΜε εκτίμηση,\nΓραμματεία ΕΝΠΠ / PSAA Secretariat")
p2 = list_post(nikos, at(2024, 9, 19, 13, 40), "Re: Νέα διαδικασία ISPS pre-arrival μέσω PCS από 1/10",
               "Καλησπέρα,\n\nΙσχύει και για πλοία σε OPL / anchorage χωρίς πρόσδεση; Στο test environment η καρτέλα Security εμφανίζεται μόνο όταν "
               "υπάρχει berth application.\n\nΝίκος Γεωργιάδης\nDimitriou Agencies", refs=[p1], label=G, munge=True,
               scen=("P-T24-1", "plain list reply through the PSAA list (From rewritten 'via PSAA', footer, tag)"))
p3 = list_post(me, at(2024, 9, 20, 9, 15), "Re: Νέα διαδικασία ISPS pre-arrival μέσω PCS από 1/10",
               "Καλημέρα,\n\nΚαι σε εμάς το ίδιο. Για anchorage calls υποβάλαμε χθες δοκιμαστικά μέσω \"Other services\" και το δέχτηκε, αλλά καλό "
               "θα ήταν να το επιβεβαιώσει η Γραμματεία με τον ΟΛΠ.\n\nΣταύρος Κυριακίδης\nAEGEAS", refs=[p1, p2])
list_post(psaa_sec, at(2024, 9, 20, 12, 30), "Re: Νέα διαδικασία ISPS pre-arrival μέσω PCS από 1/10",
          "Επιβεβαιώθηκε από τον ΟΛΠ: για anchorage/OPL calls η υποβολή γίνεται από την καρτέλα \"Other services > Security\" μέχρι να ενημερωθεί "
          "το PCS (αναμένεται έκδοση 2.5 τον Νοέμβριο).\n\nΓραμματεία ΕΝΠΠ", refs=[p1, p2, p3], label=GH,
          scen=("G15", "PSAA list reply (secretariat) with [PSAA] tag, list headers and footer, answering a thread Stavros posted in"))
s1 = list_post(eftychia, at(2024, 11, 26, 8, 50), "Απεργία ΠΝΟ 28/11 - ρυμουλκά και λάντζες",
               "Καλημέρα συνάδελφοι,\n\nΗ ΠΝΟ κήρυξε 24ωρη απεργία την Πέμπτη 28/11 από 06:00. Από όσο μαθαίνουμε τα ρυμουλκά θα δουλέψουν μόνο για "
               "έκτακτα/ασφάλεια, οι λάντζες καθόλου. Όσοι έχετε crew changes ή provisions εκείνη τη μέρα, μεταφέρετε.\n\nΕυτυχία Μάνου\nManou Shipping")
s2 = list_post(petros, at(2024, 11, 26, 10, 12), "Re: Απεργία ΠΝΟ 28/11 - ρυμουλκά και λάντζες",
               "Ευχαριστούμε Ευτυχία. Τα bunkers στην Α3 που ήταν για Πέμπτη πρωί τα μεταφέρει η Argo για Τετάρτη βράδυ, τουλάχιστον για τα δικά μας.\n\nΠέτρος",
               refs=[s1], label=G, scen=("P-T24-2", "plain list reply through the PSAA list"))
s3 = list_post(psaa_sec, at(2025, 3, 18, 10, 0), "Τιμολόγιο λιμενικών τελών ΟΛΠ 2025 - νέες χρεώσεις",
               "Αγαπητά μέλη,\n\nΟ ΟΛΠ δημοσίευσε το τιμολόγιο 2025. Οι κύριες αλλαγές αφορούν τα δεξαμενόπλοια (+4,5%) και τη χρέωση αναμονής στα "
               "αγκυροβόλια μετά τις 72 ώρες. Καμία αλλαγή στον τρόπο πληρωμής: τα τέλη τιμολογούνται μέσω PCS μετά την αναχώρηση και εξοφλούνται από "
               "τον πράκτορα. Δεν υπάρχει διαδικασία προκαταβολής.\n\nΓραμματεία ΕΝΠΠ")
list_post(nikos, at(2025, 3, 18, 12, 25), "Re: Τιμολόγιο λιμενικών τελών ΟΛΠ 2025 - νέες χρεώσεις",
          "Μήπως γνωρίζει κανείς αν η χρέωση αναμονής ισχύει και για πλοία που περιμένουν bunkers; Στο κείμενο αναφέρει μόνο \"εμπορικές εργασίες\".\n\n"
          "Νίκος", refs=[s3], label=G, munge=True, scen=("P-T24-3", "plain list reply through the PSAA list (From rewritten)"))

# ================================================================ T17 ELBE STAR final DA (Sept 2024) - revived 8 months later (G8)
t17 = Thread("T17", henrik, "ELBE STAR - Piraeus - voy 2407 - Final DA", to=[(henrik.name, henrik.email)])
t17.add(me, "Dear Henrik,\n\nPlease find attached our Final DA for ELBE STAR's call at Piraeus, 19-23 August (voy 2407).\n\n"
        "Total disbursements EUR 38,412.60 against funds received EUR 40,000.00, i.e. a balance of EUR 1,587.40 in owners' favour. "
        "Unless you instruct otherwise we will carry it forward to the next call of one of your vessels, as usual.\n\nVouchers are on pages 3-11.",
        at(2024, 9, 3, 11, 20), cc=[(birgit.name, birgit.email)],
        atts=[("FDA_ELBE_STAR_Piraeus_voy2407.pdf", da_pdf("FINAL", "ELBE STAR", "2407", [("Port dues (PPA)", 9814.20), ("Pilotage in/out", 3120.00),
              ("Towage 2 tugs in/out", 11240.00), ("Mooring/unmooring", 1460.00), ("Launch hire (6 trips)", 2180.00), ("Garbage removal", 940.00),
              ("Fresh water 120 mt", 1620.00), ("Agency fee", 3950.00), ("Communications/sundries", 388.40), ("Class surveyor transport", 3700.00)],
              funds=40000.00, when="20240903111500"), "application/pdf")])
t17.add(henrik, "Hi Stavros,\n\nthanks. From technical side fine. Only question: launch hire is higher than in the PDA - was this the extra trip "
        "for the class surveyor after the hatch cover test? Birgit will book the FDA.", at(2024, 9, 3, 15, 2, BER), cc=[(birgit.name, birgit.email)])
t17.add(me, "Hi Henrik,\n\nYes, exactly - the extra launch trip on 21/08 for the surveyor who came back to witness the hose test of hold 3 "
        "hatch cover. The voucher is on page 6.", at(2024, 9, 4, 9, 35), cc=[(birgit.name, birgit.email)])
t17.add(birgit, "Dear Mr Kyriakidis,\n\nthe Final DA is booked. The balance of EUR 1,587.40 will remain with you and be offset against the next "
        "PDA of one of our vessels calling Piraeus.", at(2024, 9, 10, 10, 14, BER), to=[(me.name, me.email)], cc=[(henrik.name, henrik.email)])

# ================================================================ T1 ELBE TRADER Oct 2024 call (Nordelbe)
t1 = Thread("T1", henrik, "ELBE TRADER / Piraeus / ETA 14.10 / Agency appointment", to=[(henrik.name, henrik.email)])
t1.add(henrik, "Dear Stavros,\n\nwe hereby appoint you as owners' agents for MV ELBE TRADER (IMO 9387421), voy 2418, for discharge of approx. "
       "6,200 mt steel billets at Piraeus (Keratsini/Drapetsona general cargo berths), ETA 14.10 AM.\n\nPlease send your PDA and arrange:\n"
       "- fresh water approx. 150 mt\n- provisions as per master's list (he will send directly)\n- garbage removal\n- launch for DNV surveyor "
       "(intermediate survey, date tbc)\n\nMaster: Capt. Marek Nowak, master.elbetrader@oceanlink-mail.example (OceanLink, please keep mails short "
       "and without attachments if possible).", at(2024, 9, 30, 10, 12, BER), to=[(me.name, me.email)], cc=[("AEGEAS Operations", f"ops@{OWN}")])
t1.add(me, "Dear Henrik,\n\nThank you for the appointment. Our PDA for ELBE TRADER voy 2418 is attached: EUR 42,350.00, including fresh water, "
       "garbage and two launch trips for the surveyor. Remittance details are on the PDA.\n\nBerth prospects: Keratsini berth 2 should be "
       "free from 14/10 early morning; the line-up will be confirmed by PPA on 12/10.", at(2024, 10, 1, 9, 40),
       atts=[("PDA_ELBE_TRADER_Piraeus_voy2418.pdf", da_pdf("PROFORMA", "ELBE TRADER", "2418", [("Port dues (PPA) est.", 10120.00), ("Pilotage in/out", 3240.00),
             ("Towage 2 tugs in/out", 11600.00), ("Mooring/unmooring", 1520.00), ("Launch hire (surveyor) x2", 760.00), ("Garbage removal", 980.00),
             ("Fresh water 150 mt", 2025.00), ("Stevedoring supervision", 6500.00), ("Agency fee", 3950.00), ("Sundries/communications", 1655.00)],
             when="20241001093500"), "application/pdf")])
t1.add(henrik, "Hi Stavros,\n\nPDA approved. Birgit will remit the funds this week. The DNV surveyor is booked for 15.10 at 09:00 (Mr Papanikolaou, "
       "DNV Piraeus), please arrange the launch if the vessel is still at anchor, otherwise a car to the berth.", at(2024, 10, 1, 14, 5, BER))
t1.add(birgit, "Dear Mr Kyriakidis,\n\nplease find attached our remittance advice for the PDA funds ELBE TRADER voy 2418: EUR 42,350.00, value date "
       "07.10.2024, to your account with Ionian Business Bank as per your PDA.", at(2024, 10, 4, 11, 48, BER), label=GH,
       scen=("G29", "owners' accounts send a remittance advice PDF for the PDA funds (payment + attachment, to the agent's known account)"),
       atts=[("Remittance_Advice_NSM_2024-10-04_ELBE_TRADER.pdf", pdf(["Nordelbe Shipmanagement GmbH & Co. KG - Payment advice", "Payment date 04.10.2024  Value date 07.10.2024",
             "Beneficiary: AEGEAS Maritime Agency & Supplies S.A.", "IBAN GR46 0172 0410 0050 4104 1234 567", "Reference: PDA ELBE TRADER voy 2418", "Amount: EUR 42,350.00"],
             producer="SAP NetWeaver 7.50", when="20241004114000", zone="+02'00'"), "application/pdf")])
t1.add(me, "Dear Birgit,\n\nThank you, we will confirm as soon as the funds are credited.", at(2024, 10, 4, 13, 10), to=[(birgit.name, birgit.email)],
       cc=[(henrik.name, henrik.email)])
bank_notice(at(2024, 10, 7, 10, 2), "in", "EUR 42,350.00", "NORDELBE SHIPMANAGEMENT GMBH & CO. KG, HAMBURG", "PDA ELBE TRADER VOY 2418", label=GH,
            scen=("G17", "bank e-banking notification of an incoming SWIFT credit (link to the bank portal, no reply headers)"))
t1.add(henrik, "Hi Stavros,\n\nfunds should be with you today. The master reports he is short of lube oil: could you as chandlers supply "
       "2 drums (208 l) of 40 BN cylinder oil and 1 drum of hydraulic oil ISO VG 68 at the berth? Please send a price first.",
       at(2024, 10, 8, 9, 21, BER), to=[(me.name, me.email)])
t1.add(me, "Hi Henrik,\n\nFunds received today, thank you.\n\nWe can supply from our Perama store: 2 x 208 l cylinder oil 40 BN at EUR 1,185.00 "
       "per drum and 1 x 208 l hydraulic oil VG 68 at EUR 612.00, delivered alongside, to be added to the DA.", at(2024, 10, 8, 10, 45))
t1.add(henrik, "Stavros, sorry for the late mail. Just spoke to the master, ETA pilot station now 14.10 0600 LT. Please confirm berth and "
       "pilot. Lube oil price ok, go ahead.\n\nHenrik\n\nVon meinem iPhone gesendet", at(2024, 10, 13, 23, 12, BER), client="iphone-de", sig=False,
       to=[(me.name, me.email)], label=GH, scen=("G5", "superintendent writes from his iPhone (Apple Mail, German) at 23:12 instead of Outlook desktop"))
t1.add(me, "Hi Henrik,\n\nConfirmed: pilot ordered for 06:00, Keratsini berth 2. Lube oil delivery booked for 14/10 afternoon.", at(2024, 10, 14, 6, 50))
t1.add(me, "Dear Henrik,\n\nELBE TRADER sailed at 21:40 LT on 16/10 after completion of discharge. SOF attached. DNV survey completed on 15/10 with "
       "no findings according to the master. Final DA to follow once all invoices are in.", at(2024, 10, 17, 9, 5),
       atts=[("SOF_ELBE_TRADER_Piraeus_voy2418.pdf", pdf(["STATEMENT OF FACTS - MV ELBE TRADER - PIRAEUS", "14/10 05:48 EOSP  06:12 POB  07:35 All fast Keratsini 2",
             "14/10 08:30 Commenced discharge", "16/10 19:55 Completed discharge", "16/10 21:40 Pilot away / sailed"], producer="Microsoft® Word 2016", when="20241017090000"), "application/pdf")])
t1.add(henrik, "Thanks Stavros, good job as usual.", at(2024, 10, 17, 10, 40, BER))

# ================================================================ T2 ELBE TRADER master sat-mail (Oct)
t2 = Thread("T2", m_elbe, "ELBE TRADER - ARRIVAL PIRAEUS", to=[(m_elbe.name, m_elbe.email)])
t2.add(m_elbe, "GOOD DAY AGENT\n\nMV ELBE TRADER ETA PIRAEUS PILOT STN 14/0600 LT\nDRAFT F 8.40 A 8.90 M\nCARGO 6204 MT STEEL BILLETS\nALL WELL ONBOARD\n\n"
       "PLS ADV BERTH PROSPECTS AND DOCS REQUIRED FOR ARRIVAL.\n\nBRGDS\nCAPT M. NOWAK\nMASTER", at(2024, 10, 11, 5, 20, UTC), sig=False,
       to=[(me.name, me.email), ("AEGEAS Operations", f"ops@{OWN}")])
t2.add(me, "Good day Captain,\n\nWell noted. Berth Keratsini 2 expected free 14/10 early morning, pilot to be ordered 2 hours before.\n"
       "Please send by return (text in the mail body is fine): crew list, ISPS 24h pre-arrival info, last 10 ports, stores list, provisions "
       "order. Fresh water and garbage on arrival as per owners.\n\nBR\nStavros Kyriakidis\nAEGEAS Piraeus - ops 24/7 +30 210 555 4100",
       at(2024, 10, 11, 9, 12), sig=False, quote=False)
t2.add(m_elbe, "NOTED. DOCS SENT SEPARATELY.\nPLS ARRANGE FW 150MT ON ARRIVAL + GARBAGE 4 CBM.\n1 CREW (OS) NEEDS DENTIST IF POSSIBLE.\nRGDS MASTER",
       at(2024, 10, 13, 2, 41, UTC), sig=False, label=GH,
       scen=("G1", "real master writes from the OceanLink sat-mail at 02:41 ship time, terse capitals, no quote, gateway banner"))
t2.add(me, "Captain, FW 150 mt and garbage booked on arrival. Dentist appointment for the OS on 14/10 at 16:00, our driver will collect him "
       "at the gangway at 15:15.\n\nBR Stavros", at(2024, 10, 13, 9, 30), sig=False, quote=False)
t2.add(m_elbe, "EOSP 0548LT\nPOB 0612LT\nTHANKS AGENT", at(2024, 10, 14, 3, 55, UTC), sig=False)
t2.add(me, "Well received Captain, welcome to Piraeus. Boarding agent Giorgos Zervos will be on board after all fast.", at(2024, 10, 14, 8, 15), sig=False, quote=False)
t2.add(m_elbe, "SAILED 2140LT. THANKS FOR GOOD SERVICE AND DENTIST. RGDS CAPT NOWAK", at(2024, 10, 16, 19, 52, UTC), sig=False)

for (tt, ev, area, det) in [(at(2024, 10, 13, 18, 2, UTC), "Entered area", "PIRAEUS APPROACHES", "Speed 11.8 kn, course 012, draught 8.9 m"),
                            (at(2024, 10, 14, 4, 40, UTC), "Arrived", "PIRAEUS - KERATSINI", "Moored. Reported destination PIRAEUS"),
                            (at(2024, 10, 16, 18, 51, UTC), "Departed", "PIRAEUS - KERATSINI", "Underway using engine. Reported destination ALEXANDRIA")]:
    shipwatch_alert(tt, "ELBE TRADER", "9387421", ev, area, det)
pcs_notice(at(2024, 10, 9, 12, 10), "PIR-2024-10412", "ELBE TRADER", "9387421", "Berth application received",
           ["Η αίτηση πρόσδεσης καταχωρήθηκε.", "Αιτούμενη θέση: Κερατσίνι 2 / ETA 14/10/2024 06:00"], ["Berth application registered.", "Requested berth: Keratsini 2 / ETA 14/10/2024 06:00"])
pcs_bel = pcs_notice(at(2024, 10, 12, 14, 33), "PIR-2024-10412", "ELBE TRADER", "9387421", "Berth allocation confirmed",
                     ["Επιβεβαίωση θέσης: Κερατσίνι 2, 14/10/2024 07:00 - 16/10/2024 22:00."], ["Berth confirmed: Keratsini 2, 14/10/2024 07:00 - 16/10/2024 22:00."])
pcs_notice(at(2024, 10, 18, 8, 15), "PIR-2024-10412", "ELBE TRADER", "9387421", "Port dues invoice issued",
           ["Εκδόθηκε το τιμολόγιο λιμενικών τελών ΤΛ-24-118204, ποσό EUR 10.084,60. Εξόφληση εντός 15 ημερών μέσω του πράκτορα.",
            "Πληρωμή μόνο με RF κωδικό από το PCS (RF47 2411 8204 0417)."],
           ["Port dues invoice PD-24-118204 issued, amount EUR 10,084.60, payable by the agent within 15 days.", "Payment only with the RF reference shown in PCS."],
           atts=[("TL-24-118204.pdf", pdf(["ΟΛΠ Α.Ε. - Piraeus Port Authority S.A.", "Invoice PD-24-118204 - ELBE TRADER - PIR-2024-10412", "Port dues EUR 10,084.60",
                                         "RF47 2411 8204 0417"], producer="JasperReports Library version 6.20.0", when="20241018081400"), "application/pdf")])

# ================================================================ T3 ELBE TRADER final DA, surplus; A12 look-alike asks the refund to a new IBAN
t3 = Thread("T3", birgit, "ELBE TRADER - Piraeus - voy 2418 - Final DA", to=[(birgit.name, birgit.email)])
t3.add(me, "Dear Birgit,\n\nPlease find attached the Final DA for ELBE TRADER voy 2418. Total disbursements EUR 37,479.60 against funds received "
       "EUR 42,350.00, leaving EUR 4,870.40 in owners' favour.\n\nPlease let us know whether you prefer a refund or to carry the balance forward "
       "to the vessel's next call.", at(2024, 10, 25, 10, 20), cc=[(henrik.name, henrik.email)],
       atts=[("FDA_ELBE_TRADER_Piraeus_voy2418.pdf", da_pdf("FINAL", "ELBE TRADER", "2418", [("Port dues (PPA) inv. PD-24-118204", 10084.60), ("Pilotage in/out", 3240.00),
             ("Towage 2 tugs in/out", 10980.00), ("Mooring/unmooring", 1520.00), ("Launch hire (surveyor) x1", 380.00), ("Garbage removal 4 cbm", 760.00),
             ("Fresh water 150 mt", 2025.00), ("Stevedoring supervision", 2950.00), ("Agency fee", 3950.00), ("Dentist + transport (OS)", 310.00),
             ("Sundries/communications", 1280.00)], funds=42350.00, when="20241025101500",
             extra=["Note: lube oil supplied by AEGEAS invoiced separately (inv. AS-24-0913)"]), "application/pdf")])
emit(henrik, "ol16de", at(2024, 10, 25, 7, 21, UTC), [(me.name, me.email)], None, "Automatische Antwort: ELBE TRADER - Piraeus - voy 2418 - Final DA",
     [t3.refs[-1]], "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 01.11.2024 nicht im Büro und habe nur eingeschränkten Zugriff auf E-Mails.\n"
     "In dringenden Fällen wenden Sie sich bitte an tech-duty@nordelbe-shipmanagement.example oder +49 40 555 3100.\n\n"
     "Thank you for your message. I am out of the office until 1 November 2024 with limited access to e-mail. For urgent matters please contact "
     "tech-duty@nordelbe-shipmanagement.example or +49 40 555 3100.\n\nHenrik Albers", topic="ELBE TRADER - Piraeus - voy 2418 - Final DA",
     extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", henrik.email)],
     label=GH, scen=("G13", "Exchange out-of-office automatic reply (German/English) to the Final DA mail, In-Reply-To set"))
t3.add(birgit, "Dear Mr Kyriakidis,\n\nthank you for the FDA. Please keep the balance of EUR 4,870.40 for ELBE TRADER's next call, expected in Q1 2025; "
       "it can be deducted from the next PDA.", at(2024, 10, 28, 14, 2, BER), cc=[(henrik.name, henrik.email)])
t3.add(me, "Dear Birgit,\n\nNoted with thanks - EUR 4,870.40 carried forward to ELBE TRADER's next call.", at(2024, 10, 28, 15, 10), cc=[(henrik.name, henrik.email)])
lk_birgit = Pt("Sommer, Birgit", "b.sommer@nordelbe-shipmanagment.example", "ol16de", "look-nordelbe", birgit.sig.replace("Phone +49 40 555 3160", "Phone +49 40 555 3160 | Fax +49 40 555 3199"), tz=BER, ui="de")
t3.add(lk_birgit, "Dear Mr Kyriakidis,\n\nwith reference to the below, please disregard our carry-forward instruction of 28.10.\n\n"
       "Following the year-end review by our auditors, management has decided to close all open agency balances before 15 November, so that "
       "no owners' funds remain with agents over the year end. Kindly refund the balance of EUR 4,870.40 by bank transfer.\n\n"
       "Please note that our collection account has been moved in the course of our bank's reorganisation. Kindly use only the following "
       "details for this refund:\n\nBeneficiary: Nordelbe Shipmanagement GmbH & Co. KG\nBank: Revolut Bank UAB\nIBAN: LT62 3250 0448 1273 6610\n"
       "BIC: REVOLT21\nReference: ELBE TRADER 2418 FDA balance\n\nWe would appreciate the SWIFT copy by return so that we can close the item in "
       "our books. Mr Albers is in copy for information.", at(2024, 11, 4, 10, 48, BER), client="olm365", infra="look-nordelbe",
       to=[(me.name, me.email)], cc=[("Albers, Henrik", "h.albers@nordelbe-shipmanagment.example")], label=HJ("lookalike-domain"),
       scen=("A12", "look-alike owners' domain (nordelbe-shipmanagment, on Exchange Online of another tenant) asks the FDA surplus as a refund to a new IBAN; "
                    "quotes the real thread, Mr Albers copied at the look-alike domain"), detached=True)
t3.add(me, "Dear Birgit,\n\nToday we received the mail below from the address b.sommer@nordelbe-shipmanagment.example (note the missing 'e'), "
       "asking us to refund the ELBE TRADER balance to a Lithuanian account. We have not acted on it. Could you please confirm that the balance "
       "stays with us as agreed on 28/10? I will also call you.", at(2024, 11, 4, 11, 35), cc=[(henrik.name, henrik.email)])
t3.add(birgit, "Dear Mr Kyriakidis,\n\nthank you very much for checking and for your call. This mail did not come from us - our bank details have "
       "not changed and we would never announce a change only by e-mail. The balance stays with you for the next call as agreed. We have "
       "informed our IT.", at(2024, 11, 4, 14, 22, BER), cc=[(henrik.name, henrik.email)])

# ================================================================ T4 KYPROS SPIRIT Nov 2024 call (Kypros, Greek/English); A1 server-hijack
t4 = Thread("T4", andreas, "KYPROS SPIRIT - Piraeus - ETA 12/11 - bunkers, crew change, stores", to=[(andreas.name, andreas.email)])
t4.add(andreas, "Καλημέρα Σταύρο,\n\nΤο KYPROS SPIRIT θα είναι Πειραιά (αγκυροβόλιο Α3) 12/11 πρωί για bunkers και αλλαγή 2 μελών πληρώματος, "
       "χωρίς εμπορικές εργασίες. Ο Γιάννης της Poseidon έχει ήδη το nomination (VLSFO 600 mt, MGO 80 mt, Argo).\n\n"
       "Σε παρακαλώ στείλε PDA. Όπως και την προηγούμενη φορά, τα bunkers να πληρωθούν από εσάς και να μπουν στο DA - θα στείλουμε τα funds "
       "μαζί με το PDA.\n\nΕπίσης:\n- provisions σύμφωνα με τη λίστα του πλοιάρχου\n- 2 x 20 L hydraulic oil VG 46\n- τα εισιτήρια του crew change "
       "τα κανονίζει η Navitravel όπως πάντα\n\nΠλοίαρχος: Capt. Stelios Ioannou, master.kyprosspirit@oceanlink-mail.example",
       at(2024, 11, 4, 10, 5, NIC), cc=[("AEGEAS Operations", f"ops@{OWN}")])
t4.add(me, "Καλημέρα Ανδρέα,\n\nΕυχαριστούμε για το appointment. Συνημμένο το PDA για το KYPROS SPIRIT: EUR 14,860.00 για το anchorage call, "
       "συν τα bunkers (USD 417,920.00 με τις ποσότητες του nomination, τελικό ποσό σύμφωνα με το BDN).\n\nΣτοιχεία λογαριασμού στο PDA.",
       at(2024, 11, 4, 12, 40),
       atts=[("PDA_KYPROS_SPIRIT_Piraeus_Nov24.pdf", da_pdf("PROFORMA", "KYPROS SPIRIT", "11/24", [("Port dues anchorage (PPA) est.", 4210.00), ("Launch hire x6", 2280.00),
             ("Crew change transport/hotel", 1850.00), ("Agency fee", 2900.00), ("Hydraulic oil 2x20L", 186.00), ("Provisions est.", 3100.00),
             ("Sundries/communications", 334.00)], when="20241104123500", extra=["Bunkers: USD 417,920.00 est. - payable to supplier via agents against BDN/invoice"]), "application/pdf")])
t4.add(andreas, "Σταύρο ευχαριστώ, εγκρίνεται. Τα funds (EUR και USD) θα σταλούν από το λογιστήριο αύριο.\n\nΓια το crew change, η Navitravel θα "
       "σου στείλει απευθείας τα εισιτήρια.", at(2024, 11, 5, 9, 12, NIC))
bank_notice(at(2024, 11, 6, 11, 20), "in", "EUR 14,860.00", "KYPROS MARINE MANAGEMENT LTD, LIMASSOL", "PDA KYPROS SPIRIT NOV24")
bank_notice(at(2024, 11, 6, 11, 21), "in", "USD 417,920.00", "KYPROS MARINE MANAGEMENT LTD, LIMASSOL", "BUNKERS KYPROS SPIRIT PIRAEUS 13/11")
t4.add(me, "Ανδρέα, τα funds πιστώθηκαν σήμερα, ευχαριστούμε.\n\nΤο πλοίο θα πάει στο Α3. Launch για το crew change 12/11 στις 15:00 από Ακτή "
       "Ξαβερίου, και τα provisions με το ίδιο launch.", at(2024, 11, 6, 13, 2))
t4.add(andreas, "Τέλεια. Μόνο να ξέρεις ότι ο ένας από τους off-signers (ο AB Bautista) έχει τραυματισμό στο χέρι από χθες - ο πλοίαρχος θα σου "
       "στείλει λεπτομέρειες. Ενημέρωσα και το P&I club, θα σε πάρει ο correspondent (Aegis).", at(2024, 11, 11, 16, 40, NIC))
t4.add(me, "Καλησπέρα Ανδρέα,\n\nΤο KYPROS SPIRIT απέπλευσε 13/11 στις 23:40 μετά τα bunkers (BDN: 598.6 mt VLSFO, 80.2 mt MGO). "
       "SOF συνημμένο. Ο AB Bautista έμεινε στη στεριά, το P&I το χειρίζεται ο Μάριος Γεωργίου της Aegis.", at(2024, 11, 14, 10, 15),
       atts=[("SOF_KYPROS_SPIRIT_Piraeus_Nov24.pdf", pdf(["STATEMENT OF FACTS - MT KYPROS SPIRIT - PIRAEUS A3", "12/11 07:10 Anchored A3", "13/11 07:05 Barge alongside",
             "13/11 11:40 Bunkering completed", "13/11 23:40 Anchor aweigh / sailed"], when="20241114100000"), "application/pdf")])
t4.add(andreas, "Ευχαριστώ Σταύρο, όλα καλά. Περιμένω το FDA όταν είναι έτοιμο.", at(2024, 11, 14, 12, 2, NIC))
t4.add(me, "Ανδρέα, το FDA θα το έχεις μέσα στην επόμενη εβδομάδα - περιμένουμε ακόμα το τιμολόγιο της Argo και τα τέλη του ΟΛΠ.",
       at(2024, 11, 15, 9, 20))
a1_js = ("// inert probe placeholder: stands in for an obfuscated JScript downloader; no executable logic\n"
         "var _0x4f1a=['\\x57\\x53\\x63\\x72\\x69\\x70\\x74','placeholder'];\nfunction _0x2b(_0x1,_0x2){return _0x4f1a[_0x1]+_0x2;}\n/* " + alnum(600) + " */\n").encode()
t4.add(andreas, "Dear Stavros,\n\nPlease find attached the revised voyage instructions and the updated DA breakdown from our accounts department for "
       "your review before you issue the FDA.\n\nThe file is encrypted for security reasons.\nPassword: KS1120\n\nKindly confirm receipt.",
       at(2024, 11, 20, 2, 14, NIC), label=HJ("server-hijack"), detached=True,
       scen=("A1", "owner's real on-prem Exchange 2016 (same headers) at 02:14: English in a Greek thread, password-protected zip holding a .js, "
                   "password in the text, faithful quote of Stavros' last mail"),
       atts=[("KYPROS_SPIRIT_Revised_Instructions_DA.zip", zip_bytes([("Revised_Instructions_DA_KS1120.js", a1_js)], (2024, 11, 19, 23, 50, 0), encrypt=True), "application/x-zip-compressed")])
t4.add(me, "Καλημέρα Ανδρέα,\n\nΣυνημμένο το FDA του KYPROS SPIRIT. Σύνολο EUR 14,122.30 έναντι EUR 14,860.00 που λάβαμε (υπόλοιπο EUR 737.70 υπέρ σας), "
       "και bunkers USD 417,230.60 σύμφωνα με το τιμολόγιο της Argo, έναντι USD 417,920.00 (υπόλοιπο USD 689.40 υπέρ σας).\n\n"
       "ΥΓ: Χθες βράδυ ήρθε από το email σου ένα μήνυμα στα αγγλικά με κλειδωμένο zip (\"revised voyage instructions\"). Δεν το ανοίξαμε - "
       "υποθέτω δεν είναι δικό σου; Καλό είναι να το δει το IT σας.", at(2024, 11, 21, 9, 40),
       atts=[("FDA_KYPROS_SPIRIT_Piraeus_Nov24.pdf", da_pdf("FINAL", "KYPROS SPIRIT", "11/24", [("Port dues anchorage (PPA)", 3987.30), ("Launch hire x7", 2660.00),
             ("Crew change transport/hotel", 1710.00), ("Agency fee", 2900.00), ("Hydraulic oil 2x20L", 186.00), ("Provisions", 2412.00), ("Sundries/communications", 267.00)],
             funds=14860.00, when="20241121093000"), "application/pdf")])
t4.add(andreas, "Σταύρο ευχαριστώ πολύ. Όχι, δεν το έστειλα εγώ - το IT βρήκε ότι κάποιος είχε πρόσβαση στον Exchange server μας, "
       "έκλεισαν το κενό και άλλαξαν κωδικούς. Αγνόησε οτιδήποτε παρόμοιο. Το FDA εγκρίνεται, τα υπόλοιπα κρατήστε τα για το επόμενο call.",
       at(2024, 11, 21, 15, 30, NIC))
pcs_notice(at(2024, 11, 8, 10, 40), "PIR-2024-11873", "KYPROS SPIRIT", "9461187", "Anchorage notification received",
           ["Καταχωρήθηκε η άφιξη σε αγκυροβόλιο Α3, ETA 12/11/2024 07:00, σκοπός: εφοδιασμός καυσίμων / αλλαγή πληρώματος."],
           ["Anchorage call registered: A3, ETA 12/11/2024 07:00, purpose: bunkering / crew change."])
pcs_notice(at(2024, 11, 19, 9, 5), "PIR-2024-11873", "KYPROS SPIRIT", "9461187", "Port dues invoice issued",
           ["Εκδόθηκε το τιμολόγιο λιμενικών τελών ΤΛ-24-127733, ποσό EUR 3.987,30. Εξόφληση εντός 15 ημερών μέσω του πράκτορα."],
           ["Port dues invoice PD-24-127733 issued, amount EUR 3,987.30, payable by the agent within 15 days."],
           atts=[("TL-24-127733.pdf", pdf(["ΟΛΠ Α.Ε. - Piraeus Port Authority S.A.", "Invoice PD-24-127733 - KYPROS SPIRIT - PIR-2024-11873", "Port dues EUR 3,987.30",
                                         "RF18 2412 7733 0417"], producer="JasperReports Library version 6.20.0", when="20241119090400"), "application/pdf")],
           label=GH, scen=("G16", "Piraeus PCS port dues e-invoice notification with PDF and portal link (payment wording, no reply headers)"))
for (tt, ev, area, det) in [(at(2024, 11, 12, 5, 3, UTC), "Arrived", "PIRAEUS ANCH A3", "At anchor. Reported destination PIRAEUS FOR ORDERS"),
                            (at(2024, 11, 13, 21, 44, UTC), "Departed", "PIRAEUS ANCH A3", "Underway using engine. Reported destination AUGUSTA")]:
    shipwatch_alert(tt, "KYPROS SPIRIT", "9461187", ev, area, det)

# ================================================================ T12 KYPROS SPIRIT master sat-mail (Nov), Greeklish
t12 = Thread("T12", m_kyp, "KYPROS SPIRIT ETA PIRAEUS", to=[(m_kyp.name, m_kyp.email)])
t12.add(m_kyp, "KALIMERA SAS\n\nKYPROS SPIRIT ETA PIRAEUS ANCH A3 12/11 0700LT.\nROB VLSFO 212MT MGO 38MT\nPARAKALW ENIMEROSTE GIA BARGE TIME.\n"
        "CREW LIST KAI STORES LIST AKOLOUTHOUN.\n\nCAPT. S. IOANNOU", at(2024, 11, 10, 4, 30, UTC), sig=False, to=[(me.name, me.email)])
t12.add(me, "Kalimera Kapetanie,\n\nWell noted. Barge AGIOS NIKOLAOS III from Argo, ETA alongside 13/11 0700LT. Launch for crew change and "
        "provisions 12/11 1500LT from Akti Xaveriou. Please send crew list and the details of the injured AB.\n\nBR Stavros / AEGEAS",
        at(2024, 11, 10, 9, 5), sig=False, quote=False)
t12.add(m_kyp, "NOTED WITH THANKS.\nAB R. BAUTISTA INJURED LEFT HAND 10/11 DURING MOORING DRILL. PAIN AND SWELLING. NEEDS DOCTOR ON ARRIVAL.\n"
        "P&I INFORMED BY OFFICE.\nCAPT. IOANNOU", at(2024, 11, 11, 19, 34, UTC), sig=False)
t12.add(me, "Noted Captain. Aegis P&I arranged doctor, launch 12/11 1400LT will take the AB ashore to Metropolitan hospital with our agent.",
        at(2024, 11, 11, 22, 40), sig=False, quote=False)
t12.add(m_kyp, "BUNKERING COMPLETED 1140LT. BDN SIGNED 598.6MT VLSFO 80.2MT MGO. THANKS.\nCAPT. IOANNOU", at(2024, 11, 13, 9, 55, UTC), sig=False)

# ================================================================ T5 bunker nomination KYPROS SPIRIT (broker); O2; A6 account takeover
t5 = Thread("T5", yiannis, "Bunker confirmation / MT KYPROS SPIRIT / Piraeus A3 / 13.11.2024", to=[(yiannis.name, yiannis.email)])
t5.add(yiannis, "Dear Andreas,\n\nWe are pleased to confirm the following stem:\n\nVessel: MT KYPROS SPIRIT (IMO 9461187)\nPort: Piraeus, anchorage A3\n"
       "Delivery: 13/11/2024, barge ETA 07:00 LT\nGrade/qty: 600 mt VLSFO 0.5% (ISO 8217:2017 RMG 380)\n           80 mt MGO 0.1% (DMA)\n"
       "Price: USD 598/mt VLSFO, USD 739/mt MGO, delivered barge\nSupplier: Argo Marine Fuels S.A.\nBarge: tba\nPayment: 30 days from delivery against "
       "supplier's invoice, to be paid via owners' agents AEGEAS as per your instructions\nAgents: AEGEAS Maritime (Mr Kyriakidis in copy)\n\n"
       "Supplier's general terms and conditions apply. Thank you for the nomination.", at(2024, 11, 6, 16, 10),
       to=[(andreas.name, andreas.email)], cc=[(me.name, me.email)])
t5.add(me, "Dear Yiannis,\n\nNoted, thank you. The vessel will be at A3 from 12/11 07:00. Please advise barge name and ETA as soon as Argo confirms, "
       "and send us the supplier's invoice with the BDN after delivery, as we will pay from owners' funds.", at(2024, 11, 6, 17, 2),
       to=[(yiannis.name, yiannis.email)], cc=[(andreas.name, andreas.email)])
t5.add(yiannis, "Stavro, the barge is AGIOS NIKOLAOS III (Argo), ETA alongside 13/11 07:00. Supplier's surveyor Mr Dimas will attend.",
       at(2024, 11, 7, 10, 33), cc=[(andreas.name, andreas.email)])
argo_nom = make_mid(yiannis, "roundcube", at(2024, 11, 7, 9, 50))
emit(argo, "olm365", at(2024, 11, 11, 8, 14, UTC), [(yiannis.name, yiannis.email)], [(me.name, me.email)],
     "RE: Nomination MT KYPROS SPIRIT / Piraeus A3 / 13.11 - VLSFO 600 + MGO 80", [argo_nom],
     "Dear Yiannis,\n\n+ agents AEGEAS in copy.\n\nConfirmed once more for 13/11: barge AGIOS NIKOLAOS III leaves Perama 06:15, alongside approx. 07:00. "
     "Our reference AMF-24-3318; please quote it on all correspondence. Agents kindly make sure the vessel's side is clear of the launch schedule "
     "between 07:00 and 12:00." + argo.sig + "\n\n________________________________\nFrom: Yiannis Mavros <yiannis@poseidon-bunkers.example>\n"
     "Sent: Thursday, November 7, 2024 9:50 AM\nTo: Argo Marine Fuels - Operations <ops@argo-fuels.example>\nCc: chartering@kyprosmarine.example\n"
     "Subject: Nomination MT KYPROS SPIRIT / Piraeus A3 / 13.11 - VLSFO 600 + MGO 80\n\nDear all,\n\nPlease find our firm nomination for MT KYPROS SPIRIT, "
     "Piraeus A3, 13/11, 600 mt VLSFO + 80 mt MGO as per our recap. Agents: AEGEAS Maritime.\n\nBR Yiannis",
     label=GO, topic="Nomination MT KYPROS SPIRIT / Piraeus A3 / 13.11 - VLSFO 600 + MGO 80",
     scen=("O2", "physical supplier's ops desk answers the broker's nomination and adds the agent in Cc; parent (broker to supplier) not in the mailbox"))
t5.add(me, "Yiannis, the vessel anchored at A3 this morning. All set for tomorrow 07:00 on our side.", at(2024, 11, 12, 9, 40), cc=[(andreas.name, andreas.email)])
t5.add(yiannis, "Stavro kalispera,\n\ni barza fevgei apo Perama 06:15 kai tha einai sto plio 07:00 peripou. O surveyor tou supplier einai o k. Dimas, "
       "exei to kinito tou kapetaniou. Ola ok apo emas.\n\nYiannis\n\nΣτάλθηκε από το iPhone μου", at(2024, 11, 12, 22, 48), client="iphone", sig=False,
       orig_ip="46.190.71.213", label=GH, scen=("G19", "bunker broker answers from his iPhone (Apple Mail, Greek UI) at 22:48 in Greeklish"))
t5.add(me, "Kalimera Yianni, delivery completed 11:40, BDN 598.6 mt VLSFO / 80.2 mt MGO signed by the master.", at(2024, 11, 13, 12, 20))
t5.add(yiannis, "Dear Stavros,\n\nPlease find attached the BDN scan and Argo's invoice AMF-INV-24-3318 for USD 417,230.60 for your records and payment. "
       "Payment 30 days from delivery to Argo's usual account with Eurobank, as stated on the invoice.\n\nThank you for the smooth operation.",
       at(2024, 11, 14, 11, 5), cc=[(andreas.name, andreas.email)], label=GH,
       scen=("G20", "broker sends the BDN scan and the supplier's invoice with the supplier's usual bank details, in the thread"),
       atts=[("BDN_KYPROS_SPIRIT_13112024.pdf", scan_pdf("BDN AGIOS NIKOLAOS III / KYPROS SPIRIT", "20241113121000"), "application/pdf"),
             ("AMF-INV-24-3318.pdf", pdf(["ARGO MARINE FUELS S.A. - INVOICE AMF-INV-24-3318", "MT KYPROS SPIRIT - Piraeus A3 - 13/11/2024",
                                        "598.600 mt VLSFO x USD 598.00 = USD 357,962.80", "80.200 mt MGO x USD 739.00 = USD 59,267.80", "TOTAL USD 417,230.60",
                                        "Due date: 13/12/2024", "Bank: Eurobank Ergasias S.A. IBAN GR12 0260 0450 0003 5020 1177 301 BIC ERBKGRAA"],
                                       producer="SAP NetWeaver 7.50", when="20241114094500", zone="+02'00'"), "application/pdf")])
t5.add(me, "Thank you Yiannis. We will remit to Argo on 25/11 as usual.", at(2024, 11, 14, 12, 0), cc=[(andreas.name, andreas.email)])
a6_quote = ("Dear Stavros,\n\nPlease find attached the BDN scan and Argo's invoice AMF-INV-24-3318 for USD 417,230.60 for your records and payment. "
            "Payment details to be confirmed by us prior to remittance, as Argo's accounts are under review.\n\nThank you for the smooth operation." + yiannis.sig)
t5.add(yiannis, "Dear Stavros,\n\nFurther to below, Argo's accounts department informed us this morning that their Eurobank account is temporarily "
       "blocked for incoming foreign currency transfers due to a compliance review of the bank. To avoid delay, please remit invoice "
       "AMF-INV-24-3318 (USD 417,230.60) to their alternative USD account:\n\nBeneficiary: Argo Marine Fuels Trading FZE\n"
       "Bank: Emirates Islamic Bank, Dubai\nIBAN: AE47 0340 0037 0812 5566 901\nSWIFT: MEBLAEAD\n\nKindly send me the swift copy once done, so I "
       "can pass it to Argo. Please keep this between us and Argo's accounts for now, they do not want the blocked account discussed with the "
       "owners.\n\nBr\nYiannis", at(2024, 11, 22, 11, 37), client="ol16smtp-ato", orig_ip="5.188.62.140", orig_helo="WIN-8KQ3F2L0D9M", date_tz=UTC,
       sig=False, quote_text=a6_quote, label=HJ("account-takeover"), detached=True, to=[(me.name, me.email)],
       scen=("A6", "broker's own cPanel mailbox used over SMTP from a VPS with Outlook headers he never uses: supplier 'alternative account' in Dubai, "
                   "secrecy request, the quoted broker mail altered"))
t5.add(me, "Yianni, did you send the mail of 11:37 about a new Argo account in Dubai? It came from your address but from Outlook and in a style "
       "that is not yours. We will not pay anything until we speak on the phone.", at(2024, 11, 22, 12, 5), sig=SIG_ME_SHORT)
t5.add(yiannis, "Stavro MHN plirwseis tipota se allo logariasmo! Den to estila egw, kapoios mpike sto email mou. Allazw kwdiko tora kai "
       "enimerwnw ton hosting. O logariasmos tis Argo einai o idios (Eurobank) opws sto timologio.\n\nYiannis", at(2024, 11, 22, 12, 31),
       client="iphone", sig=False, orig_ip="46.190.71.213")
bank_notice(at(2024, 11, 25, 10, 30), "out", "USD 417,230.60", "ARGO MARINE FUELS S.A. (EUROBANK GR12 0260 ...7 301)", "AMF-INV-24-3318 KYPROS SPIRIT")

# ================================================================ T6 Navitravel crew change KYPROS SPIRIT (Nov), Greek Gmail
t6 = Thread("T6", sofia, "Crew change KYPROS SPIRIT Πειραιάς 12/11 - 2 off / 2 on", to=[(sofia.name, sofia.email)])
t6.add(me, "Καλημέρα Σοφία,\n\nΓια το KYPROS SPIRIT (Kypros Marine) στο Α3 στις 12/11 χρειαζόμαστε:\n\nOff-signers (12/11 βράδυ ή 13/11 πρωί, ATH-LCA):\n"
       "- C/O Marios Hadjipetrou\n- AB Rommel Bautista (πιθανόν να μείνει για ιατρικούς λόγους, θα επιβεβαιώσω)\n\nOn-signers (άφιξη ATH 11/11 ή 12/11 πρωί):\n"
       "- C/O Georgios Loizou ex LCA\n- AB Jerome Villanueva ex MNL\n\nΤα στοιχεία διαβατηρίων από τη Kypros θα σου τα στείλει ο Ανδρέας.", at(2024, 11, 5, 10, 30))
t6.add(sofia, "Καλημέρα Σταύρο,\n\nΠροτάσεις:\nA) Loizou CY 326 LCA-ATH 12/11 06:55-08:20, Villanueva QR 935/203 MNL-DOH-ATH 11/11 άφιξη 13:25 + 1 νύχτα "
       "ξενοδοχείο.\nB) Off-signers A3 925 ATH-LCA 13/11 09:45 (Hadjipetrou). Για τον Bautista κρατάω επιλογή χωρίς έκδοση.\n\nΤιμές στο συνημμένο "
       "όπως πάντα; Όχι, τις γράφω εδώ: A) EUR 1.965 σύνολο, B) EUR 214.", at(2024, 11, 5, 13, 15))
t6.add(me, "Σοφία, προχωράμε A και B. Για τον Bautista περιμένουμε τον γιατρό.", at(2024, 11, 6, 9, 2))
t6.add(sofia, "Σταύρο, συνημμένα τα e-tickets για Loizou, Villanueva και Hadjipetrou. Ξενοδοχείο για Villanueva: Piraeus Theoxenia 11-12/11, "
       "πληρωμένο, voucher μέσα στο PDF.", at(2024, 11, 7, 11, 48), label=GH,
       scen=("G10", "travel agent sends e-ticket PDFs as attachments (what this thread always carried)"),
       atts=[(f"ETKT_{n}.pdf", pdf([f"ELECTRONIC TICKET RECEIPT - {n.upper()}", f"Booking ref {alnum(6).upper()}", f"Ticket {R.randint(1570000000000, 1579999999999)}",
                                    "Issued by NAVITRAVEL MARINE TRAVEL PIRAEUS (IATA 27-3 1234 5)"], producer="Amadeus e-Ticket", when="20241107113000"), "application/pdf")
             for n in ("Loizou", "Villanueva", "Hadjipetrou")])
t6.add(me, "Ευχαριστώ Σοφία. Ο Bautista μένει στη στεριά (P&I case) - θα σε ενημερώσει η Aegis για τον επαναπατρισμό του.", at(2024, 11, 13, 15, 5))
t6.add(sofia, "Εντάξει, περιμένω την Aegis. Καλή συνέχεια!", at(2024, 11, 13, 15, 40))

# ================================================================ T11 Aegis P&I crew medical (Nov-Dec)
t11 = Thread("T11", marios, "KYPROS SPIRIT - AB R. Bautista - medical attendance Piraeus", to=[(marios.name, marios.email)])
t11.add(me, "Dear Marios,\n\nAs discussed by phone: KYPROS SPIRIT (Kypros Marine, entered with the Hellenic Mutual P&I Club) arrives Piraeus A3 on "
        "12/11 07:00. AB Rommel Bautista injured his left hand on 10/11 during a mooring drill; pain and swelling, the master requests a doctor.\n\n"
        "We can bring him ashore with our launch at 14:00. Please advise doctor/hospital and whether the club will issue a guarantee.",
        at(2024, 11, 11, 17, 30), cc=[(andreas.name, andreas.email)])
t11.add(marios, "Dear Stavros,\n\nNoted. We have arranged an orthopaedic examination at Metropolitan Hospital, Neo Faliro, 12/11 at 15:30 (Dr Kourtis). "
        "The club's guarantee letter has been sent to the hospital. Please have your agent accompany the crew member and keep all receipts.",
        at(2024, 11, 11, 19, 5), cc=[(andreas.name, andreas.email)])
t11.add(me, "Thank you Marios. Our agent Giorgos Zervos (+30 697 555 2047) will accompany him.", at(2024, 11, 11, 19, 40), cc=[(andreas.name, andreas.email)])
t11.add(marios, "Stavros,\n\nX-ray shows a fracture of the 4th metacarpal. Declared unfit for duty; he will be discharged tomorrow with a cast. "
        "Repatriation to Manila once cleared to fly (approx. 7-10 days). Until then hotel accommodation at club's cost - could you arrange?",
        at(2024, 11, 12, 20, 10), cc=[(andreas.name, andreas.email)])
t11.add(me, "Marios, arranged: Piraeus Theoxenia from 13/11, our agent will check on him daily. Navitravel will quote the repatriation flight.",
        at(2024, 11, 13, 9, 15), cc=[(andreas.name, andreas.email)])
t11.add(marios, "Dear Stavros,\n\nAs requested by owners, attached are the medical reports (admission, X-ray report, discharge note). The file is "
        "encrypted as it contains health data - the password has been sent to your mobile by SMS, as usual.",
        at(2024, 11, 19, 16, 22), cc=[(andreas.name, andreas.email)], label=GH,
        scen=("G21", "P&I correspondent sends an encrypted zip of medical reports that were requested; password by SMS (not in the mail)"),
        atts=[("Bautista_medical_reports_20241119.zip", zip_bytes([("01_Admission_Metropolitan_12112024.pdf", b"%PDF-1.6 " + rbytes(1800)),
                                                                  ("02_Xray_report_12112024.pdf", b"%PDF-1.6 " + rbytes(1400)),
                                                                  ("03_Discharge_note_13112024.pdf", b"%PDF-1.6 " + rbytes(1200))],
                                                                 (2024, 11, 19, 16, 10, 0), encrypt=True), "application/x-zip-compressed")])
t11.add(me, "Thank you Marios, SMS received and the file opens fine. Forwarded to Kypros.", at(2024, 11, 19, 17, 5), cc=[(andreas.name, andreas.email)])
t11.add(marios, "Dear Stavros,\n\nMr Bautista was repatriated today on QR 204/934 ATH-DOH-MNL, escorted to the gate by your agent. Many thanks for "
        "the support. Please send us your invoice for launch, transport and hotel so we can include it in our report to the club.",
        at(2024, 11, 24, 12, 40), cc=[(andreas.name, andreas.email)])

# ================================================================ T7 STRAITS PIONEER crew change (Straits Fleet, Gmail); A10 display-name spoof; A4 server hijack
t7 = Thread("T7", tan, "STRAITS PIONEER - Piraeus - ETA 16 Dec - crew change 9 on / 9 off", to=[(tan.name, tan.email), (priya.name, priya.email)])
drive1 = f"https://drive.google.com/drive/folders/1{alnum(32)}?usp=sharing"
t7.add(tan, "Dear Stavros,\n\nGood day. STRAITS PIONEER (bulk, IMO 9712345) will call Piraeus anchorage about 16 Dec for a crew change of 9 on / 9 off "
       "(Filipino crew, joiners ex MNL via DOH), plus delivery of fuel pump spares from Haedong Busan (Mr Kim will contact you).\n\n"
       "Crew list, passports and seaman's books are in our shared folder:\n" + drive1 + "\n\nPriya (crewing, cc) will handle the OKTB letters and "
       "flights with Crewlink Manila. Please let us know what you need for the Schengen transit.", at(2024, 11, 18, 10, 20, SGP),
       to=[(me.name, me.email)], cc=[(priya.name, priya.email)])
t7.add(me, "Dear Tan, dear Priya,\n\nThank you. For the joiners we need from you: OKTB letters on company letterhead (we will issue the agent's "
       "guarantee letter to the airline), copies of the seaman's books and the flight details at least 5 days before arrival. The off-signers "
       "leave with a crew list endorsed by the Coast Guard; we book their flights with Crewlink too?\n\nPDA to follow this week.",
       at(2024, 11, 18, 12, 5))
t7.add(priya, "Hi Stavros,\n\nYes, Crewlink does both legs. Maricel from Crewlink will email you the itinerary directly. OKTB letters will be in the "
       "same folder by 5 Dec.", at(2024, 11, 19, 9, 40, SGP), cc=[(tan.name, tan.email)])
t7.add(me, "Thanks Priya. PDA attached: EUR 21,470.00 (anchorage, 2 launches, immigration, hotel for 9 joiners 1 night, transport).",
       at(2024, 11, 20, 10, 30), atts=[("PDA_STRAITS_PIONEER_Piraeus_Dec24.pdf", da_pdf("PROFORMA", "STRAITS PIONEER", "24/12", [("Port dues anchorage (PPA) est.", 4780.00),
       ("Launch hire x4", 1520.00), ("Immigration/Coast Guard crew change fees", 1260.00), ("Hotel 9 joiners x 1 night", 1440.00), ("Bus transfers airport/port", 980.00),
       ("Agency fee", 3100.00), ("Spare parts customs clearance & delivery est.", 4650.00), ("Freight/handling ex Busan (Haedong) est.", 3740.00)], when="20241120102500"), "application/pdf")])
t7.add(tan, "Hi Stavros,\n\nPDA noted, funds will be sent by our accounts.\n\nPlease note my new mobile number from today: +65 9555 7042. The old "
       "+65 9555 3816 will stop working at the end of this week (company changed the phone plan).", at(2024, 12, 2, 9, 5, SGP),
       sig=tan.sig.replace("HP +65 9555 3816", "HP +65 9555 7042"), label=GH,
       scen=("G22", "superintendent announces his new mobile number (signature changes from now on)"))
tan.sig = tan.sig.replace("HP +65 9555 3816", "HP +65 9555 7042")
bank_notice(at(2024, 12, 5, 9, 40), "in", "EUR 21,470.00", "STRAITS FLEET MANAGEMENT PTE LTD, SINGAPORE", "PDA STRAITS PIONEER DEC24")
tan_spoof = Pt("Tan Wei Ming", "tanweiming.sfm@gmail.com", "gmail", "gmail", tz=SGP)
t7.add(tan_spoof, "Stavros, are you in the office now? I need your help with something urgent and confidential regarding the crew change "
       "payments. I'm in a meeting with owners and cannot talk on the office line.\n\nPlease call or WhatsApp me on +44 7451 555 209 as soon as "
       "you see this.\n\nTan", at(2024, 12, 11, 20, 3, SGP), sig="\n\nSent from my mobile", quote=False, label=HJ("display-name-spoof"), detached=True,
       scen=("A10", "superintendent's display name from a gmail.com address: 'call me on this number' (a UK number he never used), nothing else, no quote"))
t7.add(priya, "Hi Stavros,\n\nThe signed OKTB letters and the updated crew list (one joiner replaced: 2/E Santos instead of 2/E Reyes) are now in "
       "the same folder:\n" + drive1 + "\n\nFlights are unchanged except for Santos, Maricel will send his ticket.", at(2024, 12, 12, 10, 15, SGP),
       cc=[(tan.name, tan.email)], label=GH, scen=("G9", "crewing manager shares the Google Drive folder again (the thread always used it) with signed OKTB letters"))
t7.add(me, "Hi Priya, all downloaded, thank you. Guarantee letters issued to Qatar Airways.\n\nTan - I got a message from a gmail address with your "
       "name asking me to call a UK number. I assume it is not yours; I did not call.", at(2024, 12, 12, 11, 40))
t7.add(tan, "Stavros, correct, not me - I only use this address and the +65 number. Thanks for flagging, we'll warn our other agents.",
       at(2024, 12, 12, 18, 2, SGP), cc=[(priya.name, priya.email)])
t7.add(tan, "Dear Stavros,\n\nThank you and your team for the smooth crew change and the spares delivery. Master is very happy. Please send the FDA "
       "when ready.", at(2024, 12, 17, 15, 30, SGP), cc=[(priya.name, priya.email)])
t7.add(me, "Dear Tan,\n\nThank you, it was a pleasure. FDA will follow early January once the PPA invoice is issued.", at(2024, 12, 18, 9, 20))
a4_link = "https://docs.google.com/presentation/d/e/2PACX-1v" + alnum(84) + "/pub?start=false&loop=false&delayms=3000"
t7.add(tan, "Hi Stavros,\n\nBefore we close the crew change file, kindly review the final crew documents & OKTB letters here and confirm they "
       "match your records:\n\n" + a4_link + "\n\nThanks", at(2024, 12, 20, 3, 31, SGP),
       sig="\n\n-- \nTan Wei Ming\nFleet Superintendent (Marine)\nStraits Fleet Management Pte Ltd\n80 Robinson Road #14-02, Singapore 068898\n"
           "DID +65 6555 4127 | HP +65 9555 3816", label=HJ("server-hijack"), detached=True,
       scen=("A4", "superintendent's real Google Workspace account (same Gmail headers) at 03:31 SGT: short 'review crew documents' link to a published "
                   "Google Slides deck, old phone number in the signature, faithful quote"))

# ================================================================ T13 STRAITS PIONEER master (BlueWave), G3 master from personal Gmail
t13 = Thread("T13", m_str, "STRAITS PIONEER - ETA PIRAEUS 16/12 - ARRIVAL PARTICULARS", to=[(m_str.name, m_str.email)])
t13.add(m_str, "Good day Agent,\n\nMV STRAITS PIONEER ETA Piraeus anchorage 16/12 0600LT.\nDraft F 6.2 A 7.4 m (ballast).\nCrew 21 Filipino.\n"
        "Crew change 9/9 as per office. Please advise anchorage position and launch time.\n\nCapt. Rolando Dela Cruz\nMaster", at(2024, 12, 12, 3, 40, UTC),
        sig=False, to=[(me.name, me.email)])
t13.add(me, "Good day Captain,\n\nAnchorage A2 (Piraeus), position will be given by VTS on VHF 12. Launch for crew change 16/12 at 14:00 with "
        "immigration officers; spares delivered by the same launch.\n\nBR\nStavros Kyriakidis\nAEGEAS Piraeus - ops 24/7 +30 210 555 4100",
        at(2024, 12, 12, 9, 10), sig=False, quote=False)
capt_gmail = Pt("Rolando Dela Cruz", "rolando.delacruz77@gmail.com", "gmail", "gmail", tz=ATH)
t13.add(capt_gmail, "Good evening Agent,\n\nThis is Capt. Dela Cruz of STRAITS PIONEER. Our VSAT is down since this morning (antenna control "
        "unit fault), only Sat-C is working, so I am writing from my personal email using the 4G signal near Kythira.\n\nRevised ETA Piraeus "
        "16/12 0530LT. Crew documents same as sent by office. If possible please arrange a VSAT technician to board with the crew change "
        "launch - office (Mr Tan) is informed.\n\nThank you and regards,\nCapt. Rolando Dela Cruz\nMaster STRAITS PIONEER", at(2024, 12, 14, 19, 12),
        sig=False, quote=True, label=GH,
        scen=("G3", "the real master writes from a personal Gmail while the vessel's VSAT is down (explains why; confirmed later by sat-mail)"))
t13.add(me, "Good evening Captain,\n\nNoted, thank you. Technician from Marinetech Piraeus will board with the 14:00 launch on 16/12. Mr Tan "
        "confirmed by email.\n\nBR Stavros", at(2024, 12, 14, 20, 5), to=[(capt_gmail.name, capt_gmail.email)], cc=[(m_str.name, m_str.email)], sig=False)
t13.add(m_str, "VSAT RESTORED BY TECHNICIAN 1730LT. ALL CREW CHANGE COMPLETED. THANK YOU AGENT.\nCAPT. DELA CRUZ", at(2024, 12, 16, 16, 10, UTC), sig=False)
for (tt, ev, area, det) in [(at(2024, 12, 16, 3, 52, UTC), "Arrived", "PIRAEUS ANCH A2", "At anchor. Reported destination PIRAEUS CREW CHANGE"),
                            (at(2024, 12, 16, 21, 5, UTC), "Departed", "PIRAEUS ANCH A2", "Underway using engine. Reported destination NOVOROSSIYSK")]:
    shipwatch_alert(tt, "STRAITS PIONEER", "9712345", ev, area, det)
pcs_notice(at(2024, 12, 12, 11, 2), "PIR-2024-12655", "STRAITS PIONEER", "9712345", "Anchorage notification received",
           ["Καταχωρήθηκε η άφιξη σε αγκυροβόλιο Α2, ETA 16/12/2024 06:00, σκοπός: αλλαγή πληρώματος / παράδοση ανταλλακτικών."],
           ["Anchorage call registered: A2, ETA 16/12/2024 06:00, purpose: crew change / spare parts delivery."])

# ================================================================ T8 Crewlink Manila joiners (Zoho); G30 real invoice; G32 NDR; A14 look-alike macro invoice
t8 = Thread("T8", maricel, "STRAITS PIONEER joiners - Piraeus 15 Dec - flight itinerary", to=[(maricel.name, maricel.email)])
t8.add(maricel, "Good day Sir Stavros,\n\nPlease see below the itinerary of the 9 joiners for MV STRAITS PIONEER:\n\n"
       "QR 931  14DEC  MNL-DOH  2010 0020+1\nQR 203  15DEC  DOH-ATH  0805 1225\n\nNames: Capt. n/a; C/E A. Mercado; 2/E R. Reyes; 3/O J. Bautista; "
       "AB L. Garcia; AB P. Dizon; OS M. Ramos; Oiler C. Lim; Cook F. Aquino; Messman D. Cruz.\n\nKindly arrange meet & assist at ATH and hotel. "
       "Guarantee letter for Qatar Airways needed from agent please.", at(2024, 11, 25, 15, 20, MNL), cc=[(priya.name, priya.email)])
t8.add(me, "Dear Maricel,\n\nWell noted, thank you. Meet & assist booked for 15/12 at ATH arrivals (our driver with an AEGEAS sign), hotel "
       "Piraeus Theoxenia 15-16/12. Guarantee letter to QR will be issued once we receive the OKTB letters from Straits Fleet.",
       at(2024, 11, 25, 11, 2), cc=[(priya.name, priya.email)])
t8.add(maricel, "Thank you Sir. Off-signers' tickets (ATH-DOH-MNL 17DEC) to follow once Ma'am Priya confirms the names.", at(2024, 11, 26, 9, 15, MNL),
       cc=[(priya.name, priya.email)])
bounce_to = "maricel.santos@crewlink-travle.example"
typo = emit(me, "zimbra", at(2024, 12, 10, 10, 4), [("Maricel Santos", bounce_to)], None, "Re: STRAITS PIONEER joiners - Piraeus 15 Dec - flight itinerary",
            list(t8.refs), "Dear Maricel,\n\nPlease note 2/E Reyes is replaced by 2/E Santos (see Priya's update). Kindly send his ticket when issued." + SIG_ME)
dsn_text = (f"This is the mail system at host mail.{OWN}.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more "
            "recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. "
            "You can\ndelete your own text from the attached returned message.\n\n                   The mail system\n\n"
            f"<{bounce_to}>: Host or domain name not found. Name service error for\n    name=crewlink-travle.example type=A: Host not found")
dsn_status = (f"Reporting-MTA: dns; mail.{OWN}\nX-Postfix-Queue-ID: {qid()}\nX-Postfix-Sender: rfc822; {me.email}\nArrival-Date: {zdate(at(2024, 12, 10, 10, 4))}\n\n"
              f"Final-Recipient: rfc822; {bounce_to}\nOriginal-Recipient: rfc822;{bounce_to}\nAction: failed\nStatus: 5.4.4\n"
              "Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error\n    for name=crewlink-travle.example type=A: Host not found")
dsn_hdrs = (f"Date: {at(2024, 12, 10, 10, 4):%a, %-d %b %Y %H:%M:%S %z} (EET)\nFrom: \"Stavros Kyriakidis\" <{me.email}>\nTo: \"Maricel Santos\" <{bounce_to}>\n"
            f"Message-ID: {typo}\nSubject: Re: STRAITS PIONEER joiners - Piraeus 15 Dec - flight itinerary")
db = "4Y" + HX(10) + f".{int(at(2024, 12, 10, 10, 4).timestamp())}/mail.{OWN}"
emit(daemon, "dsn", at(2024, 12, 10, 10, 4) + TD(seconds=6), [("", me.email)], None, "Undelivered Mail Returned to Sender", [], dsn_text,
     extra=[("Auto-Submitted", "auto-replied")], no_html=True, label=GH,
     scen=("G32", "Zimbra/Postfix bounce for a mistyped recipient domain (Sent just before), multipart/report, no reply headers"),
     inline_parts=[f'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="{db}"', "Content-Transfer-Encoding: 8bit", "",
                   "This is a MIME-encapsulated message.", "", f"--{db}", "Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii", "", dsn_text, "",
                   f"--{db}", "Content-Description: Delivery report", "Content-Type: message/delivery-status", "", dsn_status, "",
                   f"--{db}", "Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers", "", dsn_hdrs, "", f"--{db}--"])
t8.add(me, "Dear Maricel,\n\nPlease note 2/E Reyes is replaced by 2/E Santos (see Priya's update). Kindly send his ticket when issued.",
       at(2024, 12, 10, 10, 9), cc=[(priya.name, priya.email)])
t8.add(maricel, "Noted Sir, Santos ticketed on the same flights, e-ticket 157-2409918233. All 9 joiners confirmed.", at(2024, 12, 10, 18, 40, MNL))
t8.add(maricel, "Good day Sir Stavros,\n\nAttached is our invoice CTT-2024-1187 for the joiners' and off-signers' tickets (18 pax), for inclusion in "
       "your DA as agreed with Straits Fleet. Bank details are on the invoice (BDO, same as before).", at(2024, 12, 16, 14, 5, MNL), label=GH,
       scen=("G30", "travel agency sends its real invoice as an Excel workbook (.xlsx, no macros), bank details unchanged"),
       atts=[("CTT-2024-1187_STRAITS_PIONEER.xlsx", xlsx([["CREWLINK TRAVEL & TOURS INC.", "", "", ""], ["Invoice", "CTT-2024-1187", "Date", "16-Dec-2024"],
             ["Bill to", "AEGEAS Maritime Agency & Supplies S.A. (a/c STRAITS PIONEER)", "", ""], ["Pax", "Route", "Ticket", "USD"],
             ["9 joiners", "MNL-DOH-ATH", "157-24099182xx", 7245.00], ["9 off-signers", "ATH-DOH-MNL", "157-24099183xx", 6930.00], ["", "", "TOTAL", 14175.00],
             ["Bank", "BDO Unibank, Ermita Branch", "SWIFT BNORPHMM", "Acct 00 5550 1234 88"]], sheet="Invoice", creator="Maricel Santos",
             when="2024-12-16T05:55:00Z"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
t8.add(me, "Thank you Maricel. Payment will be made this week.", at(2024, 12, 17, 9, 10))
bank_notice(at(2024, 12, 18, 11, 12), "out", "USD 14,175.00", "CREWLINK TRAVEL & TOURS INC. (BDO 00 5550 1234 88)", "CTT-2024-1187 STRAITS PIONEER")
t8.add(maricel, "Payment received po, thank you very much Sir and Merry Christmas to you and your team!", at(2024, 12, 19, 10, 2, MNL))
lk_mar = Pt("Maricel Santos", "maricel.santos@crewlink-travels.example", "zoho", "look-crewlink", maricel.sig, tz=MNL)
t8.add(lk_mar, "Good day Sir Stavros,\n\nHappy New Year! After the audit of our December sales, our accounting found a fare difference on the "
       "off-signers' tickets (fuel surcharge re-issue by Qatar Airways). Kindly see the attached revised invoice CTT-2024-1187-R1 with the "
       "breakdown.\n\nThe file is protected - please click \"Enable Content\" so the fare table will display properly. Balance payable is "
       "USD 1,386.00.\n\nThank you po.", at(2025, 1, 8, 9, 45, MNL), label=HJ("lookalike-domain"), detached=True,
       scen=("A14", "travel agency look-alike domain (crewlink-travels) on the same provider (Zoho): 'revised invoice' as a macro workbook (.xlsm), quotes real thread"),
       atts=[("CTT-2024-1187-R1.xlsm", xlsx([["CREWLINK TRAVEL & TOURS INC.", "", ""], ["REVISED INVOICE", "CTT-2024-1187-R1", ""],
             ["This document is protected. Click Enable Content to view.", "", ""]], sheet="Invoice", macro=True, creator="User", when="2025-01-07T22:10:00Z"),
             "application/vnd.ms-excel.sheet.macroEnabled.12")])

# ================================================================ T9 Haedong spares (Hiworks); G11, G12; A3 server hijack (bank change)
t9 = Thread("T9", kim, "PO SFM-24-1187 / STRAITS PIONEER / F.O. injection pump spares - delivery Piraeus", to=[(kim.name, kim.email)])
t9.add(kim, "Dear Mr. Stavros,\n\nGood day. We are supplier of PO SFM-24-1187 from Straits Fleet (Mr. Tan in cc) for MV STRAITS PIONEER:\n"
       "- F.O. injection pump plunger & barrel assy x 2 sets (for B&W 6S50ME-B)\n- Suction valve x 6\n- O-ring kit x 2\n\n"
       "Cargo will be ready 29 Nov, shipment by air ICN-ATH. As per Mr. Tan instruction, freight and handling charge (USD 3,740) will be "
       "invoiced to your company as agent, to include in DA.\n\nPlease kindly advise consignee details for the AWB.", at(2024, 11, 20, 14, 10, SEL),
       to=[(me.name, me.email)], cc=[(tan.name, tan.email)])
t9.add(me, "Dear Mr Kim,\n\nThank you. Consignee details:\n\nAEGEAS MARITIME AGENCY & SUPPLIES S.A.\nfor MV STRAITS PIONEER (IMO 9712345) - SHIP SPARES "
       "IN TRANSIT\n47 Akti Miaouli, 185 36 Piraeus, Greece\nTel +30 210 555 4100\n\nPlease mark all packages \"SHIP SPARES IN TRANSIT - STRAITS PIONEER\".",
       at(2024, 11, 20, 10, 15), cc=[(tan.name, tan.email)])
t9.add(kim, "Dear Mr. Stavros,\n\nNoted with thanks. Cargo ready, booked on KE 9935 ICN-ATH ETD 3 Dec. I will send AWB and documents after departure.",
       at(2024, 11, 27, 17, 40, SEL), cc=[(tan.name, tan.email)])
t9.add(kim, "Dear Mr. Stavros,\n\nPlease find attached:\n1. AWB 180-5551 2346\n2. Commercial invoice HD-2411-0412 (parts, for customs only - paid by "
       "owner)\n3. Packing list\n4. Freight/handling invoice HD-2412-0087 USD 3,740.00 (to agent)\n\nOur bank details are on the invoice as usual "
       "(Busan Bank, Jungang-dong branch).", at(2024, 12, 4, 10, 20, SEL), cc=[(tan.name, tan.email)], label=GH,
       scen=("G11", "spare-parts supplier sends the AWB, commercial invoice, packing list and freight invoice that were asked for"),
       atts=[("AWB_180-55512346.pdf", scan_pdf("AWB 180-5551 2346", "20241204101000"), "application/pdf"),
             ("CI_HD-2411-0412.pdf", pdf(["HAEDONG MARINE PARTS CO., LTD. - COMMERCIAL INVOICE HD-2411-0412", "Consignee: AEGEAS MARITIME AGENCY for MV STRAITS PIONEER",
                                         "F.O. injection pump plunger & barrel assy 2 sets USD 18,400.00", "Suction valve 6 pcs USD 2,280.00", "O-ring kit 2 sets USD 240.00",
                                         "TOTAL USD 20,920.00 - FOR CUSTOMS PURPOSE - PAID BY OWNER"], producer="Hancom PDF 1.3.0.542", when="20241204100500", zone="+09'00'"), "application/pdf"),
             ("PL_HD-2411-0412.pdf", pdf(["PACKING LIST HD-2411-0412", "2 wooden cases, 86 kg gross", "Marks: SHIP SPARES IN TRANSIT - STRAITS PIONEER"],
                                        producer="Hancom PDF 1.3.0.542", when="20241204100600", zone="+09'00'"), "application/pdf"),
             ("INV_HD-2412-0087.pdf", pdf(["HAEDONG MARINE PARTS CO., LTD. - INVOICE HD-2412-0087", "To: AEGEAS MARITIME AGENCY (a/c STRAITS PIONEER)",
                                          "Air freight ICN-ATH + handling USD 3,740.00", "Bank: BUSAN BANK, Jungang-dong Br. SWIFT PUSBKR2P A/C 101-2055-5512-07",
                                          "Beneficiary: HAEDONG MARINE PARTS CO., LTD."], producer="Hancom PDF 1.3.0.542", when="20241204100700", zone="+09'00'"), "application/pdf")])
t9.add(me, "Dear Mr Kim,\n\nAll documents received, thank you. Forwarded to our customs broker. The freight invoice will be paid after the "
       "delivery on board.", at(2024, 12, 4, 9, 5), cc=[(tan.name, tan.email)])
t9.add(kim, "Dear Mr. Stavros,\n\nSorry for late mail. Airline informed just now: cargo was offloaded at ICN due to overbooking, will fly on KE 9935 "
       "10 Dec instead, arrival ATH 10 Dec 18:40. AWB number is same. Vessel ETA still 16 Dec? Please kindly confirm it is still OK.",
       at(2024, 12, 9, 23, 40, SEL), cc=[(tan.name, tan.email)], label=GH,
       scen=("G12", "supplier writes at 23:40 local time (KST) about a flight delay - odd hour, real"))
t9.add(me, "Dear Mr Kim,\n\nNo problem, vessel ETA 16/12, there is enough time for customs clearance.", at(2024, 12, 10, 8, 15), cc=[(tan.name, tan.email)])
t9.add(kim, "Dear Mr. Stavros,\n\nAirline confirms cargo arrived ATH 10 Dec 19:02. Thank you for your support.", at(2024, 12, 11, 9, 30, SEL), cc=[(tan.name, tan.email)])
t9.add(me, "Dear Mr Kim,\n\nThe spares were delivered on board STRAITS PIONEER today, receipt signed by the Chief Engineer (attached). Your freight "
       "invoice HD-2412-0087 will be paid in the first week of January.", at(2024, 12, 16, 19, 20), cc=[(tan.name, tan.email)],
       atts=[("Delivery_receipt_STRAITS_PIONEER_16122024.pdf", scan_pdf("Delivery receipt STRAITS PIONEER", "20241216191000"), "application/pdf")])
a3_inv = pdf(["HAEDONG MARINE PARTS CO., LTD. - INVOICE HD-2412-0087 (CORRECTED)", "To: AEGEAS MARITIME AGENCY (a/c STRAITS PIONEER)",
              "Air freight ICN-ATH + handling USD 3,740.00", "Bank: HSBC Hong Kong, Kowloon Main Office SWIFT HSBCHKHHHKH", "A/C 652-555018-838",
              "Beneficiary: HAEDONG GLOBAL TRADING LIMITED"], producer="Microsoft: Print To PDF", when="20250113233000", zone="")
t9.add(kim, "Dear Mr. Stavros,\n\nHappy New Year and thank you for the good cooperation last year.\n\nRegarding our invoice HD-2412-0087 (USD 3,740.00), "
       "please kindly note our company is under annual tax audit this month and our Busan Bank account is temporary restricted for foreign "
       "currency receipt. Please arrange the payment to our overseas account in Hong Kong as per attached corrected invoice:\n\n"
       "Bank: HSBC Hong Kong, Kowloon Main Office\nSWIFT: HSBCHKHHHKH\nA/C No.: 652-555018-838\nBeneficiary: HAEDONG GLOBAL TRADING LIMITED\n\n"
       "Please kindly send the remittance slip after payment. Please do not pay to old account.", at(2025, 1, 14, 10, 22, SEL),
       label=HJ("server-hijack"), detached=True,
       scen=("A3", "supplier's real hosted mailbox (same Hiworks headers): 'audit' moves payment to a Hong Kong account of another beneficiary, "
                   "corrected invoice PDF, no link"),
       atts=[("INV_HD-2412-0087_corrected.pdf", a3_inv, "application/pdf")])

# ================================================================ T10 Rallis customs clearance of the spares (ISO-8859-7 Outlook 2016, Greek UI); G14 autoresponder
t10 = Thread("T10", rallis, "Εκτελωνισμός ανταλλακτικών STRAITS PIONEER - AWB 180-5551 2346", to=[(rallis.name, rallis.email)])
t10.add(me, "Καλημέρα Κωνσταντίνε,\n\nΣου στέλνω τα έγγραφα για τα ανταλλακτικά του STRAITS PIONEER (ship spares in transit), που φτάνουν ΑΘΗ "
        "με KE 9935 στις 3/12:\n- AWB 180-5551 2346\n- Commercial invoice HD-2411-0412 (USD 20.920, για τελωνειακή αξία)\n- Packing list\n\n"
        "Το πλοίο θα είναι στο Α2 στις 16/12. Παράδοση με το λάντζα μας.", at(2024, 12, 4, 9, 30),
        atts=[("AWB_180-55512346.pdf", scan_pdf("AWB 180-5551 2346", "20241204101000"), "application/pdf"),
              ("CI_HD-2411-0412.pdf", pdf(["HAEDONG MARINE PARTS CO., LTD. - COMMERCIAL INVOICE HD-2411-0412", "TOTAL USD 20,920.00"], producer="Hancom PDF 1.3.0.542",
                                          when="20241204100500", zone="+09'00'"), "application/pdf")])
t10.add(rallis, "Καλημέρα Σταύρο,\n\nΤα παραλάβαμε. Θα γίνει διασάφηση ship spares in transit (T1) από το Τελωνείο Αερολιμένα προς Α' Τελωνείο "
        "Πειραιά και παράδοση στο πλοίο με συνοδεία. Χρειάζομαι και εξουσιοδότηση του πλοιάρχου ή του πράκτορα, θα σου στείλω το έντυπο.",
        at(2024, 12, 4, 11, 20))
t10.add(me, "Κωνσταντίνε, καθυστέρηση: το φορτίο μένει στο ICN και φεύγει 10/12, άφιξη ΑΘΗ 10/12 18:40. Το AWB μένει το ίδιο.",
        at(2024, 12, 10, 8, 30))
emit(rallis, "cpanel-ar", at(2024, 12, 10, 8, 30, ATH) + TD(seconds=41), [(me.name, me.email)], None,
     "Απουσία: Re: Εκτελωνισμός ανταλλακτικών STRAITS PIONEER - AWB 180-5551 2346", [t10.refs[-1]],
     "Καλημέρα σας,\n\nΕίμαι εκτός γραφείου έως και την Τετάρτη 11/12 λόγω σεμιναρίου στη Θεσσαλονίκη, με περιορισμένη πρόσβαση στο email.\n"
     "Για επείγοντα θέματα εκτελωνισμού παρακαλώ επικοινωνήστε με την κα Πόπη Ανδρέου, p.andreou@rallis-customs.example, τηλ. 210 555 2291.\n\n"
     "Κωνσταντίνος Ράλλης\nΕκτελωνιστικό Γραφείο Ράλλη", no_html=True, charset="utf-8",
     extra=[("X-Autorespond", "Απουσία: Re: Εκτελωνισμός ανταλλακτικών STRAITS PIONEER"), ("Precedence", "auto_reply"), ("Auto-Submitted", "auto-replied")],
     label=GH, scen=("G14", "customs broker's cPanel autoresponder (Greek), In-Reply-To set, sent by the hosting server itself"))
t10.add(rallis, "Σταύρο καλησπέρα,\n\nΕκτελωνίστηκε σήμερα, τα κιβώτια είναι στην αποθήκη μας στο Κερατσίνι υπό τελωνειακή επιτήρηση. Την Δευτέρα "
        "16/12 θα τα φέρουμε στην Ακτή Ξαβερίου για το λάντζα των 14:00 με τον τελωνειακό.", at(2024, 12, 13, 17, 5))
t10.add(me, "Ευχαριστώ Κωνσταντίνε! Στείλε μου το τιμολόγιό σου για να μπει στο DA.", at(2024, 12, 13, 17, 40))
t10.add(rallis, "Σταύρο, συνημμένο το τιμολόγιο 24-1187 για τον εκτελωνισμό και τη συνοδεία: 890,00 ευρώ + ΦΠΑ. Εξόφληση στον λογαριασμό μας στην "
        "Τράπεζα Πειραιώς όπως πάντα.", at(2024, 12, 18, 10, 40),
        atts=[("TIM_24-1187_AEGEAS.pdf", pdf(["EKTELONISTIKO GRAFEIO RALLI - TIMOLOGIO PAROCHIS YPIRESION 24-1187", "Pelatis: AEGEAS MARITIME AGENCY & SUPPLIES S.A.",
              "Ektelonismos ship spares in transit STRAITS PIONEER - synodeia", "EUR 890.00 + FPA 24% = EUR 1,103.60", "Trapeza Peiraios IBAN GR87 0172 0330 0053 3011 2211 008"],
              producer="Epsilon Smart", when="20241218103500", zone="+02'00'"), "application/pdf")])

# ================================================================ T25 internal: DA reconciliation (G31)
t25 = Thread("T25", katerina, "Ανοιχτά DA Q4 2024 - συμφωνία", to=[(katerina.name, katerina.email)])
t25.add(me, "Κατερίνα καλημέρα,\n\nΜπορείς να μου στείλεις τη συμφωνία των ανοιχτών DA του Q4; Θέλω να δω ειδικά τα υπόλοιπα υπέρ πλοιοκτητών "
        "(Nordelbe, Kypros) πριν τα επόμενα PDA.", at(2025, 1, 7, 9, 10))
t25.add(katerina, "Καλημέρα Σταύρο,\n\nΣυνημμένο το αρχείο. Υπόλοιπα υπέρ πλοιοκτητών: Nordelbe EUR 1.587,40 (ELBE STAR) + EUR 4.870,40 (ELBE TRADER), "
        "Kypros EUR 737,70 + USD 689,40. Το FDA του STRAITS PIONEER περιμένει ακόμα το τιμολόγιο του ΟΛΠ και το freight της Haedong.",
        at(2025, 1, 7, 11, 32), label=GH, scen=("G31", "colleague sends the requested DA reconciliation workbook (.xlsx) over the internal Zimbra"),
        atts=[("DA_reconciliation_Q4_2024.xlsx", xlsx([["Vessel", "Owner", "Call", "Funds", "FDA", "Balance"], ["ELBE STAR", "Nordelbe", "08/2024", 40000.00, 38412.60, 1587.40],
              ["ELBE TRADER", "Nordelbe", "10/2024", 42350.00, 37479.60, 4870.40], ["KYPROS SPIRIT", "Kypros", "11/2024", 14860.00, 14122.30, 737.70],
              ["STRAITS PIONEER", "Straits Fleet", "12/2024", 21470.00, "open", "open"]], sheet="Q4", creator="Katerina Lykou", when="2025-01-07T09:25:00Z"),
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
t25.add(me, "Ευχαριστώ Κατερίνα. Το freight της Haedong (HD-2412-0087) πλήρωσέ το μόλις το εγκρίνει ο Tan.", at(2025, 1, 7, 12, 5))
t25.add(katerina, "Εντάξει. Προσοχή μόνο: η Haedong έστειλε σήμερα \"διορθωμένο\" τιμολόγιο με λογαριασμό στο Χονγκ Κονγκ - δεν το πληρώνω "
        "μέχρι να το επιβεβαιώσεις τηλεφωνικά με τον κ. Kim στο νούμερο που έχουμε.", at(2025, 1, 14, 9, 48))
t25.add(me, "Σωστά, μην το πληρώσεις. Μίλησα με τον Kim στο +82-51-555-3021: δεν το έστειλαν αυτοί, πληρώνουμε στην Busan Bank όπως στο αρχικό.",
        at(2025, 1, 14, 11, 20))

# ================================================================ T14 internal: new agent Dimitris
t14 = Thread("T14", katerina, "Καλωσόρισμα - Δημήτρης Βλάχος", to=[("AEGEAS Staff", f"staff@{OWN}")])
t14.add(me, "Καλημέρα σε όλους,\n\nΑπό τη Δευτέρα 13/1 ξεκινάει μαζί μας ο Δημήτρης Βλάχος ως shipping agent (boarding & port calls). Ο Δημήτρης "
        "έρχεται από 4 χρόνια σε πρακτορείο στο Πέραμα. Email d.vlachos@aegeas-agency.example, κινητό 698 555 7310.\n\nΤις πρώτες εβδομάδες θα "
        "δουλεύει μαζί με τον Γιώργο στα πλοία της Kypros και της Nordelbe.", at(2025, 1, 10, 10, 0))
t14.add(giorgos, "Καλώς να έρθει! Δημήτρη, τη Δευτέρα σε παίρνω μαζί μου στο Α3 για ένα crew change.", at(2025, 1, 10, 10, 40),
        to=[("AEGEAS Staff", f"staff@{OWN}")])
t14.add(dimitris, "Καλημέρα σε όλους και ευχαριστώ για το καλωσόρισμα! Ανυπομονώ να ξεκινήσουμε.", at(2025, 1, 13, 8, 35),
        to=[("AEGEAS Staff", f"staff@{OWN}")])

# ================================================================ T26 Straits Fleet agency agreement via DocuSign (G27)
t26 = Thread("T26", tan, "Agency agreement 2025 - Piraeus", to=[(tan.name, tan.email)])
t26.add(tan, "Dear Stavros,\n\nHappy New Year! Our legal has prepared the 2025 agency agreement for Piraeus (same terms, fee table updated by 3%). "
        "It will come to you by DocuSign from my account for e-signature, please sign when convenient.", at(2025, 1, 6, 10, 2, SGP))
t26.add(me, "Dear Tan,\n\nHappy New Year to you too. Fine, I will sign as soon as it arrives. Please also send the FDA approval for STRAITS "
        "PIONEER when you have checked it (sent 3/1).", at(2025, 1, 6, 9, 15))
t26.add(tan, "Sent now via DocuSign. FDA is approved, accounts will remit the balance of EUR 1,186.50 this week.", at(2025, 1, 7, 11, 20, SGP))
env = ruuid().upper()
ds_link = f"https://na4.docusign.net/Signing/EmailStart.aspx?a={ruuid()}&etti=24&acct={ruuid()}&er={ruuid()}"
ds_html = ('<html><body style="background:#eaeaea;margin:0"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="640" '
           'style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#333"><tr><td style="padding:24px">'
           '<img src="https://na4.docusign.net/Signing/Images/email/Email_Logo.png" alt="DocuSign" width="116"></td></tr><tr><td style="background:#1e4ca1;color:#fff;'
           'padding:28px;text-align:center">Tan Wei Ming sent you a document to review and sign.<br><br>'
           f'<a href="{ds_link}" style="background:#ffc423;color:#333;padding:12px 22px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></td></tr>'
           '<tr><td style="padding:24px"><b>Tan Wei Ming</b><br><a href="mailto:weiming.tan@straitsfleet.example">weiming.tan@straitsfleet.example</a><br><br>'
           'Dear Stavros, please review and sign the 2025 Piraeus agency agreement. Thank you.<br><br><b>Do Not Share This Email</b><br>This email contains a secure '
           'link to Docusign. Please do not share this email, link, or access code with others.</td></tr><tr><td style="padding:24px;font-size:11px;color:#666">'
           'About Docusign: Sign documents electronically in just minutes. It\'s safe, secure, and legally binding.<br>'
           f'If you have trouble signing, visit "How to Sign a Document" on our Docusign Support Center.<br>This message was sent to you by Tan Wei Ming who is using the '
           f'Docusign Electronic Signature Service. Envelope ID: {env}</td></tr></table></td></tr></table></body></html>')
emit(docusign, "docusign", at(2025, 1, 7, 3, 22, UTC), [(me.name, me.email)], None, "Please DocuSign: Agency Agreement Piraeus 2025 - Straits Fleet - AEGEAS.pdf", [],
     "Tan Wei Ming sent you a document to review and sign.\n\nREVIEW DOCUMENT: " + ds_link + "\n\nTan Wei Ming\nweiming.tan@straitsfleet.example\n\n"
     "Dear Stavros, please review and sign the 2025 Piraeus agency agreement. Thank you.\n\nDo Not Share This Email\nThis email contains a secure link "
     "to Docusign. Please do not share this email, link, or access code with others.\n\nEnvelope ID: " + env, html=ds_html,
     extra=[("Reply-To", "Tan Wei Ming <weiming.tan@straitsfleet.example>"), ("X-DocuSign-Envelope", env), ("X-Auto-Response-Suppress", "All")],
     label=GH, scen=("G27", "real DocuSign envelope from the partner's account (announced in the thread the day before), e-signature link, no reply headers"))
emit(docusign, "docusign", at(2025, 1, 7, 8, 40, UTC), [(me.name, me.email)], None, "Completed: Agency Agreement Piraeus 2025 - Straits Fleet - AEGEAS.pdf", [],
     "All parties have completed Agency Agreement Piraeus 2025 - Straits Fleet - AEGEAS.pdf.\n\nVIEW COMPLETED DOCUMENT: https://na4.docusign.net/Member/EmailStart.aspx?a="
     + ruuid() + "&acct=" + ruuid() + "\n\nEnvelope ID: " + env, extra=[("Reply-To", "Tan Wei Ming <weiming.tan@straitsfleet.example>"), ("X-DocuSign-Envelope", env)])
bank_notice(at(2025, 1, 10, 10, 5), "in", "EUR 1,186.50", "STRAITS FLEET MANAGEMENT PTE LTD, SINGAPORE", "FDA BALANCE STRAITS PIONEER DEC24")

# ================================================================ T22 Aegis P&I repatriation LOU; A8 account takeover with OneNote "LOU for e-signature"
t22 = Thread("T22", marios, "KYPROS SPIRIT - AB R. Bautista - final costs / club reimbursement", to=[(marios.name, marios.email)])
t22.add(marios, "Dear Stavros,\n\nThe club has approved the costs of the Bautista case. Please send us your invoice for launch, transport, hotel and "
        "agency attendance, addressed to Hellenic Mutual P&I c/o Aegis, so we can settle it directly with you.", at(2025, 1, 20, 10, 14), cc=[(eleni.name, eleni.email)])
t22.add(me, "Dear Marios,\n\nInvoice AS-25-0031 attached: EUR 2,465.00 (launch 2 trips, hospital transport x4, hotel 13-23/11, attendance, airport escort). "
        "Receipts are enclosed.", at(2025, 1, 20, 15, 40), cc=[(eleni.name, eleni.email)],
        atts=[("AS-25-0031_Aegis_Bautista.pdf", pdf(["AEGEAS MARITIME AGENCY & SUPPLIES S.A. - INVOICE AS-25-0031", "To: Hellenic Mutual P&I c/o Aegis P&I Correspondents",
              "KYPROS SPIRIT - AB R. Bautista", "Total EUR 2,465.00", OUR_BANK], when="20250120153500", zone="+02'00'"), "application/pdf")])
t22.add(marios, "Thank you Stavros, received. Payment within 2 weeks.", at(2025, 1, 21, 9, 2), cc=[(eleni.name, eleni.email)])
t22.add(marios, "Dear Stavros,\n\nFurther to the below, the club requires the agent's signature on the attached Letter of Undertaking before releasing "
        "payment. Please open the OneNote file and click \"Review & Sign\" to complete the e-signature.\n\nRegards\nMarios",
        at(2025, 1, 28, 9, 14, LAG), client="exo-tb", sig=False, orig_ip="102.89.34.117", label=HJ("account-takeover"), detached=True, date_tz=LAG,
        quote=True, scen=("A8", "P&I correspondent's Exchange Online account used via Thunderbird from a foreign IP (Date +0100): OneNote 'LOU for e-signature'"),
        atts=[("LOU_KYPROS_SPIRIT_Bautista_sign.one", onenote(["Letter of Undertaking - KYPROS SPIRIT", "Double-click 'Review & Sign' below to view and sign the document"]),
               "application/octet-stream")])
bank_notice(at(2025, 2, 3, 10, 40), "in", "EUR 2,465.00", "AEGIS P&I CORRESPONDENTS LTD, PIRAEUS", "AS-25-0031 BAUTISTA")

# ================================================================ A15 fake thread: voicemail with an SVG player, no quote
vm_svg = ('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="420" height="160" viewBox="0 0 420 160">\n'
          '<rect width="420" height="160" rx="10" fill="#1f2d3d"/>\n<text x="24" y="44" fill="#fff" font-family="Segoe UI,Arial" font-size="18">Voice message (0:47)</text>\n'
          '<text x="24" y="72" fill="#9fb3c8" font-family="Segoe UI,Arial" font-size="13">From: +49 40 555 3127  -  to: s.kyriakidis@aegeas-agency.example</text>\n'
          f'<a xlink:href="https://vm-playback.cloudtel-notify.example/play/{alnum(24)}?u=cy5reXJpYWtpZGlzQGFlZ2Vhcy1hZ2VuY3kuZXhhbXBsZQ=="><circle cx="52" cy="116" r="22" fill="#2ecc71"/>'
          '<polygon points="45,104 45,128 66,116" fill="#fff"/></a>\n<rect x="90" y="112" width="300" height="8" rx="4" fill="#4a5d70"/>\n'
          '<!-- inert probe placeholder: fictional link, no script -->\n</svg>\n')
emit(Pt("Voice Services", "vm-notify@cloudtel-notify.example", "x", "vm-fake"), "x", at(2025, 1, 22, 10, 31),
     [(me.name, me.email)], None, "RE: Missed call from +49 40 555 3127 - ELBE TRADER", [f"<{hx(20)}@cloudtel-notify.example>"],
     "You have received a new voice message.\n\nCaller: +49 40 555 3127\nDuration: 0:47\nReceived: " + f"{at(2025, 1, 22, 10, 29):%d/%m/%Y %H:%M}" +
     "\n\nOpen the attached audio player to listen. The message will be deleted from the server after 48 hours.\n\nCloud Voice Services",
     html='<html><body style="font-family:Segoe UI,Arial;font-size:14px"><p>You have received a new <b>voice message</b>.</p><p>Caller: +49 40 555 3127<br>'
          'Duration: 0:47</p><p>Open the attached audio player to listen. The message will be deleted from the server after 48 hours.</p>'
          '<p style="color:#888">Cloud Voice Services</p></body></html>', orig_ip="103.155.92.40",
     atts=[("VM_Playback_+49405553127.svg", vm_svg.encode(), "image/svg+xml")], label=HJ("fake-thread"),
     scen=("A15", "stranger 'RE: Missed call from <owner's Hamburg number>' with an SVG voicemail player linking to an unknown domain; no quote, unknown References"))

# ================================================================ T23 NetCare IT ticket: Zimbra upgrade (G28); A11 display-name spoof
n1 = osticket(at(2025, 1, 30, 12, 0), "[#NC-58213] Προγραμματισμένη αναβάθμιση Zimbra - Σάββατο 8/2 22:00-02:00",
              "Καλησπέρα κ. Κυριακίδη,\n\nΣας ενημερώνουμε ότι το Σάββατο 8/2 από 22:00 έως 02:00 θα γίνει αναβάθμιση του Zimbra στο 9.0.0 Patch 41. "
              "Κατά τη διάρκεια θα υπάρχει διακοπή στο webmail και στο ActiveSync· τα εισερχόμενα θα παραδοθούν μετά την ολοκλήρωση.\n\n"
              "Δεν απαιτείται καμία ενέργεια από τους χρήστες.", "Πάνος Λάμπρου")
n2 = emit(me, "zimbra", at(2025, 1, 30, 12, 40), [(netcare.name, netcare.email)], None,
          "Re: [#NC-58213] Προγραμματισμένη αναβάθμιση Zimbra - Σάββατο 8/2 22:00-02:00", [n1],
          "Καλησπέρα Πάνο,\n\nΟΚ. Το ops desk δουλεύει 24/7 - φροντίστε να λειτουργεί το κινητό ops (ActiveSync) μέχρι τις 22:00 και μετά τις 02:00.\n\nΣταύρος"
          + SIG_ME_SHORT)
n3 = osticket(at(2025, 1, 30, 13, 5), "Re: [#NC-58213] Προγραμματισμένη αναβάθμιση Zimbra - Σάββατο 8/2 22:00-02:00",
              "Σημειώθηκε, θα προσέξουμε τα χρονικά όρια για το ActiveSync.", "Πάνος Λάμπρου", refs=[n1, n2], label=G,
              scen=("P-T23-1", "plain reply from the IT provider's ticket system"))
n4 = osticket(at(2025, 2, 9, 9, 10), "Re: [#NC-58213] Προγραμματισμένη αναβάθμιση Zimbra - Σάββατο 8/2 22:00-02:00",
              "Καλημέρα,\n\nΗ αναβάθμιση ολοκληρώθηκε στις 01:20. Ο Zimbra web client είναι πλέον στην έκδοση 9.0.0 Patch 41.\n\n"
              "Αν δείτε προβλήματα στην εμφάνιση, κάντε αποσύνδεση και ξανά σύνδεση στο https://mail.aegeas-agency.example και καθαρίστε την "
              "cache του browser (Ctrl+F5). Στο κινητό δεν χρειάζεται τίποτα.", "Πάνος Λάμπρου", refs=[n1, n2, n3], label=GH,
              scen=("G28", "IT provider's ticket reply 'upgrade done, log out and in again' with a link to the company's own webmail"))
spoof_it = Pt("AEGEAS IT Support", "noreply@lefkada-villas.example", "phpmailer", "wp-spoof")
emit(spoof_it, "phpmailer", at(2025, 2, 10, 8, 47), [(me.name, me.email)], None, "RE: [#NC-58213] Προγραμματισμένη αναβάθμιση Zimbra - Σάββατο 8/2 22:00-02:00",
     [n1], "Dear user,\n\nFollowing the Zimbra upgrade of this weekend, all mailboxes must be re-validated within 24 hours, otherwise incoming "
     "messages will be held on the server.\n\nΑπαιτείται επανεπικύρωση του λογαριασμού σας / Re-validate your mailbox:\n"
     "https://storage.googleapis.com/zmb-revalidate-7781/index.html#s.kyriakidis@aegeas-agency.example\n\nAEGEAS IT Support\nZimbra Collaboration Suite",
     html='<html><body style="font-family:Arial;font-size:13px"><p>Dear user,</p><p>Following the Zimbra upgrade of this weekend, all mailboxes must be '
          're-validated within <b>24 hours</b>, otherwise incoming messages will be held on the server.</p><p><a href="https://storage.googleapis.com/zmb-revalidate-7781/'
          'index.html#s.kyriakidis@aegeas-agency.example" style="background:#0071bc;color:#fff;padding:8px 16px;text-decoration:none">Επανεπικύρωση / Re-validate</a></p>'
          '<p>AEGEAS IT Support<br><img src="https://storage.googleapis.com/zmb-revalidate-7781/zimbra_logo.png" alt="Zimbra" width="90"></p></body></html>',
     label=HJ("display-name-spoof"),
     scen=("A11", "'AEGEAS IT Support' display name from an unrelated WordPress host replies to the IT upgrade ticket: re-validate mailbox, fake Zimbra login on storage.googleapis.com"))

# ================================================================ Kypros: handover (T20), charterers' orders forwarded (G18), O1
t20 = Thread("T20", andreas, "KYPROS SPIRIT - handover / next call Piraeus ~18/02", to=[(andreas.name, andreas.email)])
t20.add(andreas, "Καλημέρα Σταύρο,\n\nΑπό 1/2 αναλαμβάνει το KYPROS SPIRIT η συνάδελφος Ελένη Χαραλάμπους (σε κοινοποίηση) - εγώ περνάω στο "
        "newbuilding project στην Κορέα για τους επόμενους μήνες. Η Ελένη έχει όλο το ιστορικό (bunkers μέσω DA, Navitravel, Aegis).\n\n"
        "Το πλοίο θα έρθει Πειραιά για bunkers γύρω στις 18/2, η Ελένη θα σου στείλει appointment.\n\nΕυχαριστώ πολύ για όλα αυτά τα χρόνια!",
        at(2025, 1, 27, 9, 40, NIC), cc=[(eleni.name, eleni.email)])
t20.add(me, "Ανδρέα, καλή επιτυχία στην Κορέα και ευχαριστούμε για την άψογη συνεργασία!\n\nΕλένη, καλώς ήρθες - είμαστε στη διάθεσή σου, "
        "το ops desk είναι 24/7 στο +30 210 555 4100.", at(2025, 1, 27, 11, 5), to=[(andreas.name, andreas.email), (eleni.name, eleni.email)])
fw_pdf = pdf(["LEVANT CHARTERING S.A.M. - VOYAGE ORDERS", "MT KYPROS SPIRIT - voy 12/25", "Load: Augusta, 28,000 mt ULSD", "Bunkering: Piraeus OPL/A3 abt 18/02",
              "Discharge: Haifa", "NOR at Piraeus: not to be tendered, bunkers only"], producer="Microsoft® Word for Microsoft 365", when="20250127181000", zone="+01'00'")
emit(andreas, "ol16ex", at(2025, 1, 28, 8, 50, NIC), [(me.name, me.email)], [(eleni.name, eleni.email)], "FW: KYPROS SPIRIT - Voyage orders voy 12/25", [],
     "Σταύρο, FYI οι οδηγίες των ναυλωτών για το επόμενο ταξίδι - bunkers Πειραιά γύρω στις 18/2, χωρίς εμπορικές εργασίες.\n\nΑνδρέας" + andreas.sig +
     "\n\nFrom: Levant Chartering Ops [mailto:ops@levant-chartering.example] \nSent: Monday, January 27, 2025 7:14 PM\nTo: Andreas Christodoulou "
     "<a.christodoulou@kyprosmarine.example>\nSubject: KYPROS SPIRIT - Voyage orders voy 12/25\n\nDear Andreas,\n\nPlease find attached voyage orders "
     "for voy 12/25: load Augusta 28,000 mt ULSD, bunkering Piraeus abt 18/02, discharge Haifa. Kindly pass to master and agents.\n\nBest regards\n"
     "Levant Chartering Ops Desk", atts=[("Voyage_Orders_KYPROS_SPIRIT_12-25.pdf", fw_pdf, "application/pdf")], topic="KYPROS SPIRIT - Voyage orders voy 12/25",
     label=GH, scen=("G18", "superintendent forwards (FW:) the charterers' voyage orders with the PDF; Outlook forward header block, no reply headers"))
o1_parent = f"<{hx(12).upper()}.{hx(8).upper()}@levant-chartering.example>"
emit(andreas, "ol16ex", at(2025, 1, 29, 10, 35, NIC), [("Levant Chartering Ops", "ops@levant-chartering.example")], [(me.name, me.email), (eleni.name, eleni.email)],
     "RE: KYPROS SPIRIT - voy 12/25 - NOR / bunkers Piraeus", [o1_parent],
     "Dear Sirs,\n\n+ Stavros Kyriakidis of AEGEAS, our agents in Piraeus, in copy.\n\nConfirm the vessel will call Piraeus A3 for bunkers only; no "
     "NOR will be tendered and time at Piraeus is for owners' account as per C/P clause 27. Agents will send arrival/departure times to you "
     "directly." + andreas.sig + "\n\nFrom: Levant Chartering Ops [mailto:ops@levant-chartering.example] \nSent: Wednesday, January 29, 2025 9:58 AM\n"
     "To: Andreas Christodoulou <a.christodoulou@kyprosmarine.example>\nSubject: KYPROS SPIRIT - voy 12/25 - NOR / bunkers Piraeus\n\n"
     "Andreas,\n\nPlease confirm owners will not tender NOR at Piraeus and who the agents are, so we can add them to the distribution.\n\nLevant Ops",
     topic="KYPROS SPIRIT - voy 12/25 - NOR / bunkers Piraeus", label=GO,
     scen=("O1", "superintendent answers the charterers and copies the agent in for the first time; the charterers' parent message is not in the mailbox"))
t20.add(eleni, "Dear Stavros,\n\nNice to meet you (virtually for now) and thank you for the welcome. I confirm KYPROS SPIRIT ETA Piraeus A3 18/02 "
        "around 07:00, for bunkers (nomination via Poseidon as usual) and crew change 1/1 with Navitravel.\n\nPlease send your PDA; funds will be "
        "sent together with the bunker amount, same arrangement as before.", at(2025, 2, 3, 9, 20, NIC), to=[(me.name, me.email)], label=GH,
        scen=("G23", "new superintendent (introduced in the handover mail in this thread) writes herself for the first time"))
t20.add(me, "Dear Eleni,\n\nThank you. PDA attached (EUR 12,940.00 plus bunkers as per nomination). Our new colleague Dimitris Vlachos (in copy) "
        "will attend the vessel together with Giorgos.", at(2025, 2, 3, 11, 45), to=[(eleni.name, eleni.email)], cc=[(dimitris.name, dimitris.email)],
        atts=[("PDA_KYPROS_SPIRIT_Piraeus_Feb25.pdf", da_pdf("PROFORMA", "KYPROS SPIRIT", "12/25", [("Port dues anchorage (PPA) est.", 4390.00), ("Launch hire x5", 1950.00),
              ("Crew change transport/hotel", 980.00), ("Agency fee", 2990.00), ("Provisions est.", 2300.00), ("Sundries/communications", 330.00)],
              when="20250203114000", extra=["Less balance from Nov 2024 call: EUR 737.70 / USD 689.40 (to be deducted)"]), "application/pdf")])
t20.add(eleni, "Thank you Stavros, approved. Funds follow from our accounts tomorrow.", at(2025, 2, 4, 10, 2, NIC), cc=[(dimitris.name, dimitris.email)])
bank_notice(at(2025, 2, 5, 11, 0), "in", "EUR 12,202.30", "KYPROS MARINE MANAGEMENT LTD, LIMASSOL", "PDA KYPROS SPIRIT FEB25 LESS BALANCE")
t20.add(dimitris, "Dear Ms Charalambous,\n\nI will be the boarding agent for KYPROS SPIRIT tomorrow. Launch departs Akti Xaveriou 08:00 with the "
        "on-signer (AB Villanueva) and the provisions; the off-signer will return with the same launch. Please ask the master to have the crew "
        "list and the ISPS declaration ready for the Coast Guard officer.\n\nStavros in copy.", at(2025, 2, 17, 16, 5),
        to=[(eleni.name, eleni.email)], cc=[(me.name, me.email)], label=GH,
        scen=("G4", "new colleague (joined in January, introduced in the thread) writes to the partner for the first time, Stavros in Cc"))
t20.add(eleni, "Dear Dimitris,\n\nThank you, master informed. He also asks for 2 drums of cylinder oil if you can bring them with the launch.",
        at(2025, 2, 17, 17, 20, NIC), to=[(dimitris.name, dimitris.email)], cc=[(me.name, me.email)])
lk_eleni = Pt("Eleni Charalambous", "e.charalambous@kyprosrnarine.example", "roundcube-look", "look-kypros", eleni.sig, tz=NIC, ui="el")
t20.add(lk_eleni, "Καλημέρα Σταύρο,\n\nΓια να παρακολουθείτε σε πραγματικό χρόνο το ETA και τις κινήσεις του KYPROS SPIRIT (και των υπόλοιπων "
        "πλοίων μας), ενεργοποιήσαμε νέο fleet tracking portal για τους πράκτορές μας. Από αυτή την εβδομάδα τα ETA/ETD και τα voyage orders "
        "θα τα βρίσκετε μόνο εκεί.\n\nΠαρακαλώ συνδεθείτε με το email και τον κωδικό του εταιρικού σας λογαριασμού:\n"
        "https://fleet-track.kyprosrnarine.example/portal/login?agent=aegeas&vsl=9461187\n\nΕυχαριστώ,\nΕλένη", at(2025, 2, 18, 11, 5, NIC),
        sig=False, to=[(me.name, me.email)], label=HJ("lookalike-domain"), detached=True,
        scen=("A13", "superintendent's name at a look-alike domain (kyprosrnarine, 'rn' for 'm') on Roundcube: Greek 'new fleet tracking portal', asks the mail "
                     "login; quotes the real thread"))
t20.add(me, "Dear Eleni,\n\nKYPROS SPIRIT sailed 18/02 at 22:50 after bunkering (BDN 601.2 mt VLSFO, 79.8 mt MGO) and the crew change. SOF attached.\n\n"
        "PS: we received today a mail in your name from kyprosrnarine.example about a \"fleet tracking portal\" asking for our mail password. "
        "We did not log in; please warn your IT.", at(2025, 2, 19, 9, 30), to=[(eleni.name, eleni.email)], cc=[(dimitris.name, dimitris.email)],
        atts=[("SOF_KYPROS_SPIRIT_Piraeus_Feb25.pdf", pdf(["STATEMENT OF FACTS - MT KYPROS SPIRIT - PIRAEUS A3", "18/02 06:50 Anchored A3", "18/02 08:40 Crew change completed",
              "18/02 09:10 Barge alongside", "18/02 14:25 Bunkering completed", "18/02 22:50 Sailed"], when="20250219092500", zone="+02'00'"), "application/pdf")])
t20.add(eleni, "Dear Stavros,\n\nThank you for the SOF and for the warning - that domain is not ours, we do not have any tracking portal. IT is "
        "reporting it. Please send the FDA when ready.", at(2025, 2, 19, 12, 10, NIC), cc=[(dimitris.name, dimitris.email)])
for (tt, ev, area, det) in [(at(2025, 2, 18, 4, 52, UTC), "Arrived", "PIRAEUS ANCH A3", "At anchor. Reported destination PIRAEUS"),
                            (at(2025, 2, 18, 20, 55, UTC), "Departed", "PIRAEUS ANCH A3", "Underway using engine. Reported destination HAIFA")]:
    shipwatch_alert(tt, "KYPROS SPIRIT", "9461187", ev, area, det)
pcs_kyp = pcs_notice(at(2025, 2, 14, 10, 30), "PIR-2025-02191", "KYPROS SPIRIT", "9461187", "Anchorage notification received",
                     ["Καταχωρήθηκε η άφιξη σε αγκυροβόλιο Α3, ETA 18/02/2025 07:00, σκοπός: εφοδιασμός καυσίμων / αλλαγή πληρώματος."],
                     ["Anchorage call registered: A3, ETA 18/02/2025 07:00, purpose: bunkering / crew change."])
pcs_notice(at(2025, 2, 24, 9, 12), "PIR-2025-02191", "KYPROS SPIRIT", "9461187", "Port dues invoice issued",
           ["Εκδόθηκε το τιμολόγιο λιμενικών τελών ΤΛ-25-021870, ποσό EUR 4.412,80. Εξόφληση εντός 15 ημερών μέσω του πράκτορα."],
           ["Port dues invoice PD-25-021870 issued, amount EUR 4,412.80, payable by the agent within 15 days."],
           atts=[("TL-25-021870.pdf", pdf(["ΟΛΠ Α.Ε. - Piraeus Port Authority S.A.", "Invoice PD-25-021870 - KYPROS SPIRIT - PIR-2025-02191", "Port dues EUR 4,412.80"],
                                         producer="JasperReports Library version 6.20.0", when="20250224091100"), "application/pdf")])
spoof_pcs = Pt("Piraeus PCS - Port Dues", "ppa.portdues@outlook.com", "outlookcom", "outlookcom")
emit(spoof_pcs, "outlookcom", at(2025, 2, 17, 10, 12), [(me.name, me.email)], None,
     "RE: [PCS] Anchorage notification received - KYPROS SPIRIT (IMO 9461187) - PIR-2025-02191", [pcs_kyp],
     "Αξιότιμε κ. Κυριακίδη,\n\nΣε συνέχεια της καταχώρισης PIR-2025-02191, σας ενημερώνουμε ότι σύμφωνα με το νέο τιμολόγιο 2025 για πλοία σε "
     "αγκυροβόλιο απαιτείται προκαταβολή 30% των λιμενικών τελών πριν την επιβεβαίωση της θέσης.\n\nΠοσό προκαταβολής: EUR 1.260,00\n"
     "Δικαιούχος: ΛΙΜΕΝΙΚΕΣ ΥΠΗΡΕΣΙΕΣ ΠΕΙΡΑΙΑ ΙΚΕ\nIBAN: GR21 0110 1250 0000 1254 8801 944\nΑιτιολογία: PIR-2025-02191 ADV\n\n"
     "Για οποιαδήποτε διευκρίνιση παρακαλούμε καλέστε το Τμήμα Εσόδων στο 211 555 0937 (09:00-15:00). Χωρίς την προκαταβολή το πλοίο δεν θα "
     "λάβει θέση αγκυροβολίας.\n\nΤμήμα Εσόδων - Port Dues\nPiraeus Port Community System", label=HJ("display-name-spoof"),
     scen=("A9", "'Piraeus PCS - Port Dues' display name from an outlook.com address replies to a real PCS notice: 'advance port dues' to an account + a phone number, no link"))

# ================================================================ T28 KYPROS SPIRIT master (Feb), G2 Greeklish with crew list
t28 = Thread("T28", m_kyp, "KYPROS SPIRIT - PIRAEUS A3 18/02 - AGENTS INSTRUCTIONS", to=[(m_kyp.name, m_kyp.email)])
t28.add(me, "Good day Captain,\n\nAgents' instructions for Piraeus A3, 18/02:\n- anchorage A3, VTS VHF 12\n- launch 08:00 with on-signer AB J. Villanueva, "
        "provisions and boarding agents Dimitris Vlachos / Giorgos Zervos\n- barge ARGO 5 (Argo) alongside approx. 09:00\n- please send crew list and "
        "stores list by 17/02 noon\n\nBR\nStavros Kyriakidis\nAEGEAS Piraeus - ops 24/7 +30 210 555 4100", at(2025, 2, 14, 12, 20), sig=False)
t28.add(m_kyp, "KALIMERA SAS\nSYNIMMENO TO CREW LIST (XLSX). STORES LIST AKOLOUTHEI AVRIO.\nROB VLSFO 188MT MGO 41MT.\nETA A3 18/02 0700LT.\n"
        "CAPT. S. IOANNOU", at(2025, 2, 16, 4, 12, UTC), sig=False, label=GH,
        scen=("G2", "real master's Greeklish sat-mail at 04:12 ship time with the requested crew list as a small .xlsx attachment"),
        atts=[("CREWLIST_KYPROS_SPIRIT_180225.xlsx", xlsx([["No", "Rank", "Name", "Nationality", "Passport"], [1, "Master", "IOANNOU STELIOS", "CYP", "K0" + str(R.randint(1000000, 9999999))],
              [2, "C/O", "LOIZOU GEORGIOS", "CYP", "K0" + str(R.randint(1000000, 9999999))], [3, "2/O", "SANTOS ARIEL", "PHL", "P" + str(R.randint(1000000, 9999999)) + "A"],
              [4, "AB", "DIZON MARK", "PHL", "P" + str(R.randint(1000000, 9999999)) + "B"]], sheet="CREW", creator="MASTER", when="2025-02-16T04:05:00Z"),
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
t28.add(me, "Well received Captain, thank you. Coast Guard boarding with the 08:00 launch.", at(2025, 2, 16, 9, 5), sig=False, quote=False)
t28.add(m_kyp, "ANCHORED A3 0650LT. READY FOR LAUNCH AND BARGE.\nCAPT. IOANNOU", at(2025, 2, 18, 4, 55, UTC), sig=False)

# ================================================================ T21 Navitravel crew change (Feb); A7 account takeover with .ics
t21 = Thread("T21", sofia, "Crew change KYPROS SPIRIT Α3 18/02 - 1 off / 1 on", to=[(sofia.name, sofia.email)])
t21.add(me, "Καλημέρα Σοφία,\n\nΝέο crew change για το KYPROS SPIRIT, Α3 18/02:\n- On-signer: AB Jerome Villanueva ex MNL (άφιξη ΑΘΗ 17/02)\n"
        "- Off-signer: AB Mark Dizon, ATH-MNL 18/02 βράδυ ή 19/02\n\nΤα υπόλοιπα όπως τον Νοέμβριο.", at(2025, 2, 10, 10, 10))
t21.add(sofia, "Καλημέρα Σταύρο,\n\nVillanueva: QR 931/203 MNL-DOH-ATH 16-17/02, άφιξη 12:25, ξενοδοχείο 17-18/02. Dizon: QR 204/934 ATH-DOH-MNL 18/02 "
        "21:05. Σύνολο EUR 1.842. Να εκδώσω;", at(2025, 2, 10, 12, 44))
t21.add(me, "Ναι Σοφία, έκδοση.", at(2025, 2, 11, 9, 0))
t21.add(sofia, "Εκδόθηκαν - συνημμένα τα δύο e-tickets.", at(2025, 2, 12, 10, 20),
        atts=[(f"ETKT_{n}.pdf", pdf([f"ELECTRONIC TICKET RECEIPT - {n.upper()}", f"Booking ref {alnum(6).upper()}", f"Ticket {R.randint(1570000000000, 1579999999999)}",
                                     "Issued by NAVITRAVEL MARINE TRAVEL PIRAEUS"], producer="Amadeus e-Ticket", when="20250212101500", zone="+02'00'"), "application/pdf")
              for n in ("Villanueva", "Dizon")])
a7_ics = ics("QR203 DOH-ATH re-timed - action required (VILLANUEVA/JEROME MR)",
             "Your flight QR203 on 17FEB has been re-timed. Reconfirm your seat within 24 hours to avoid automatic cancellation: "
             "https://qr-managebooking-reconfirm.example/pnr/" + alnum(6).upper() + "?ref=navitravel",
             "https://qr-managebooking-reconfirm.example/pnr/" + alnum(6).upper() + "?ref=navitravel",
             at(2025, 2, 17, 8, 5, UTC), at(2025, 2, 17, 11, 25, UTC), ("Sofia Pappa", sofia.email), "navitravel.example")
t21.add(sofia, "Hi Stavros,\n\nQatar Airways has re-timed the joiner's flight QR 203 on 17/02. Please accept the attached updated itinerary "
        "(calendar invitation) and reconfirm the seat through the link inside within 24 hours, otherwise the airline will cancel the "
        "ticket automatically.\n\nBest regards,\nSofia", at(2025, 2, 15, 8, 22, LAG), client="ol16smtp-ato", orig_ip="105.112.41.77",
        orig_helo="DESKTOP-Q7HN2LK", date_tz=LAG, sig=False, label=HJ("account-takeover"), detached=True,
        scen=("A7", "travel agent's Google account used over SMTP from a desktop Outlook in another country (Date +0100): English instead of Greek, "
                    ".ics invitation whose URL reconfirms the seat on an unknown domain"),
        atts=[("QR203_itinerary_update.ics", a7_ics, "text/calendar; method=REQUEST")])

# ================================================================ T16 Rallis customs formalities Feb; A2 server hijack (Dropbox "updated clearance"); G7
t16 = Thread("T16", rallis, "Τελωνειακά KYPROS SPIRIT - Α3 18/02 - εφόδια & προσωπικά είδη πληρώματος", to=[(rallis.name, rallis.email)])
t16.add(me, "Καλημέρα Κωνσταντίνε,\n\nΤο KYPROS SPIRIT έρχεται Α3 στις 18/02 για bunkers και αλλαγή πληρώματος. Χρειαζόμαστε τη δήλωση εφοδίων "
        "και προσωπικών ειδών πληρώματος και την τελωνειακή άδεια απόπλου. Λίστες από τον πλοίαρχο θα σου στείλω μόλις τις έχω.", at(2025, 2, 12, 10, 5))
t16.add(rallis, "Καλημέρα Σταύρο,\n\nΕντάξει. Στείλε μου τις λίστες έως 17/02 το μεσημέρι για να κάνουμε την υποβολή στο ICISnet το απόγευμα.",
        at(2025, 2, 12, 11, 30))
t16.add(me, "Κωνσταντίνε, συνημμένη η λίστα πληρώματος από τον πλοίαρχο. Τη λίστα εφοδίων την έχεις μέχρι το μεσημέρι.", at(2025, 2, 16, 9, 40),
        atts=[("CREWLIST_KYPROS_SPIRIT_180225.xlsx", xlsx([["No", "Rank", "Name", "Nationality"], [1, "Master", "IOANNOU STELIOS", "CYP"]], sheet="CREW", creator="MASTER",
              when="2025-02-16T04:05:00Z"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
t16.add(rallis, "Σταύρο, ολοκληρώθηκε. Συνημμένη η τελωνειακή άδεια απόπλου του KYPROS SPIRIT (αρ. 25GRPI000318).",
        at(2025, 2, 19, 10, 2), atts=[("Adeia_Apoplou_25GRPI000318.pdf", scan_pdf("Adeia apoplou 25GRPI000318", "20250219095500"), "application/pdf")])
t16.add(me, "Ευχαριστώ Κωνσταντίνε! Στείλε μου το τιμολόγιο όταν το βγάλεις.", at(2025, 2, 20, 9, 15))
a2_link = f"https://www.dropbox.com/scl/fi/{alnum(21).lower()}/KYPROS_SPIRIT_Adeia_Apoplou_rev2.pdf?rlkey={alnum(25).lower()}&st={alnum(8).lower()}&dl=0"
t16.add(rallis, "Καλησπέρα σας,\n\nΣας αποστέλλουμε την ενημερωμένη άδεια απόπλου (port clearance) του KYPROS SPIRIT μετά τη διόρθωση που "
        "ζήτησε το Λιμεναρχείο στη δήλωση πληρώματος. Η προηγούμενη δεν ισχύει.\n\nΤο αρχείο είναι μεγάλο και το ανεβάσαμε εδώ:\n" + a2_link +
        "\n\nΠαρακαλώ επιβεβαιώστε την παραλαβή.", at(2025, 2, 22, 21, 37), label=HJ("server-hijack"), detached=True,
        scen=("A2", "customs broker's real mailbox and PC (same Outlook 2016 / cPanel headers, ISO-8859-7) on a Saturday night: 'updated port clearance' "
                    "on a Dropbox link, faithful quote"))
t16.add(rallis, "Καλημέρα Σταύρο,\n\nΣυνημμένο το τιμολόγιο 25-0219 για τα τελωνειακά του KYPROS SPIRIT: 420,00 ευρώ + ΦΠΑ. Παρακαλώ η εξόφληση "
        "στον νέο λογαριασμό της Eurobank, όπως σας ενημερώσαμε με την επιστολή της 3/2 (ισχύει από 1/3).\n\nΥΓ: Το μήνυμα του Σαββάτου για "
        "\"ενημερωμένη άδεια απόπλου\" με link δεν το στείλαμε εμείς - είχαμε ιό στο PC της γραμματείας, το καθάρισε ο τεχνικός. Αγνοήστε το.",
        at(2025, 3, 3, 10, 12), label=GH,
        scen=("G7", "the first customs-broker invoice payable to the new (announced by phone and verified) account, referring to the letter"),
        atts=[("TIM_25-0219_AEGEAS.pdf", pdf(["EKTELONISTIKO GRAFEIO RALLI - TIMOLOGIO 25-0219", "Pelatis: AEGEAS MARITIME AGENCY & SUPPLIES S.A.",
              "Teloneiaka KYPROS SPIRIT 18/02/2025", "EUR 420.00 + FPA 24% = EUR 520.80", "Eurobank IBAN GR55 0260 0330 0004 9021 1458 712"],
              producer="Epsilon Smart", when="20250303100500", zone="+02'00'"), "application/pdf")])
t16.add(me, "Κωνσταντίνε, εξοφλήθηκε σήμερα στον λογαριασμό της Eurobank. Ευχαριστώ και για την ενημέρωση για το Σάββατο.", at(2025, 3, 4, 12, 10),
        cc=[(katerina.name, katerina.email)])
bank_notice(at(2025, 3, 4, 12, 2), "out", "EUR 520.80", "ΕΚΤΕΛΩΝΙΣΤΙΚΟ ΓΡΑΦΕΙΟ ΡΑΛΛΗ (EUROBANK GR55 ...8 712)", "TIM 25-0219 KYPROS SPIRIT")

# ================================================================ T15 Rallis bank change letter (announced by phone, verified) G6
t15 = Thread("T15", rallis, "Αλλαγή τραπεζικού λογαριασμού - Εκτελωνιστικό Γραφείο Ράλλη", to=[(rallis.name, rallis.email)])
t15.add(me, "Κωνσταντίνε καλημέρα,\n\nΌπως είπαμε στο τηλέφωνο πριν λίγο, στείλε μου σε παρακαλώ την υπογεγραμμένη επιστολή για τον νέο "
        "λογαριασμό σε PDF, για το αρχείο μας.", at(2025, 2, 3, 10, 40))
t15.add(rallis, "Καλημέρα Σταύρο,\n\nΌπως σου είπα και τηλεφωνικά, από 1/3/2025 μεταφέρουμε τον λογαριασμό του γραφείου από την Τράπεζα Πειραιώς "
        "στη Eurobank. Επισυνάπτω την επιστολή υπογεγραμμένη και σφραγισμένη με το νέο IBAN. Τα τιμολόγια μέχρι τέλος Φεβρουαρίου πληρώνονται "
        "ακόμα στον λογαριασμό της Πειραιώς.", at(2025, 2, 3, 12, 15), label=GH,
        scen=("G6", "customs broker's real bank-change letter (PDF), announced by phone before and confirmed by call-back in Sent afterwards"),
        atts=[("Epistoli_allagis_IBAN_Rallis.pdf", scan_pdf("Epistoli allagis logariasmou - Ralli", "20250203120500"), "application/pdf")])
t15.add(me, "Κωνσταντίνε, ευχαριστώ. Επιβεβαίωσα τηλεφωνικά στο 210 555 2290 (τον αριθμό που έχουμε στο αρχείο) με εσένα και με την κα Ανδρέου ότι "
        "το IBAN της επιστολής (Eurobank GR55 0260 0330 0004 9021 1458 712) είναι σωστό. Το περάσαμε στο σύστημα με ισχύ από 1/3.\n\nΚατερίνα, "
        "για ενημέρωσή σου.", at(2025, 2, 3, 15, 30), cc=[(katerina.name, katerina.email)])
t15.add(rallis, "Ευχαριστώ Σταύρο, όλα σωστά.", at(2025, 2, 3, 16, 2), cc=[(katerina.name, katerina.email)])

# ================================================================ T18 ELBE TRADER Mar 2025 call: WeTransfer (G26), reply-all adds crewing (G24), crewing replies (G25)
t18 = Thread("T18", henrik, "ELBE TRADER / Piraeus / ETA 06.03 / Agency appointment", to=[(henrik.name, henrik.email)])
t18.add(henrik, "Dear Stavros,\n\nwe appoint you again as owners' agents for ELBE TRADER, voy 2505: discharge approx. 5,800 mt steel coils at "
        "Keratsini, ETA 06.03 AM. Three crew changes (our crewing will contact you), fresh water 120 mt, garbage.\n\nPlease deduct the balance "
        "of EUR 4,870.40 from voy 2418 from the PDA.", at(2025, 2, 20, 11, 5, BER), cc=[("AEGEAS Operations", f"ops@{OWN}")])
t18.add(me, "Dear Henrik,\n\nThank you for the appointment. PDA attached: EUR 44,180.00 less EUR 4,870.40 balance = EUR 39,309.60 to be remitted.",
        at(2025, 2, 21, 9, 30), atts=[("PDA_ELBE_TRADER_Piraeus_voy2505.pdf", da_pdf("PROFORMA", "ELBE TRADER", "2505", [("Port dues (PPA) est.", 10480.00),
        ("Pilotage in/out", 3320.00), ("Towage 2 tugs in/out", 11900.00), ("Mooring/unmooring", 1560.00), ("Crew change x3 (transport/immigration)", 2150.00),
        ("Garbage removal", 980.00), ("Fresh water 120 mt", 1680.00), ("Stevedoring supervision", 6200.00), ("Agency fee", 3990.00), ("Sundries/communications", 1920.00)],
        when="20250221092500", extra=["Less balance voy 2418: EUR 4,870.40 - net to remit EUR 39,309.60"]), "application/pdf")])
t18.add(henrik, "Hi Stavros,\n\nPDA approved, Birgit remits the net amount.", at(2025, 2, 21, 14, 40, BER))
bank_notice(at(2025, 2, 25, 10, 12), "in", "EUR 39,309.60", "NORDELBE SHIPMANAGEMENT GMBH & CO. KG, HAMBURG", "PDA ELBE TRADER VOY 2505 NET")
wt = f"https://we.tl/t-{alnum(10)}"
t18.add(henrik, "Hi Stavros,\n\nthe vessel is in the Paris MoU inspection window, so PSC may board at Piraeus. I have put the class and statutory "
        "certificates and the latest DNV survey status into a WeTransfer for your boarding agent, in case the officers ask for copies before "
        "the master has them printed:\n\n" + wt + "\n\n(link valid 7 days, 14 files, 38 MB)", at(2025, 2, 27, 16, 20, BER), label=GH,
        scen=("G26", "superintendent shares class/statutory certificates via a WeTransfer link (a documents thread), explained and expected"))
t18.add(me, "Hi Henrik,\n\nDownloaded, thank you - Giorgos and Dimitris will have printed copies with them.", at(2025, 2, 27, 17, 40))
t18.add(henrik, "Hi Stavros,\n\nI am adding Jana Krüger from our crewing department - she handles the three crew changes and will send you the "
        "names and flights directly. Please coordinate with her.", at(2025, 3, 3, 9, 12, BER), cc=[(jana.name, jana.email)], label=GH,
        scen=("G24", "superintendent replies-all adding a crewing colleague (new participant) in Cc"))
t18.add(me, "Dear Jana,\n\nNice to meet you. For the crew changes please send names, ranks, passport/seaman's book copies and flight details; "
        "for non-EU joiners we also need the OKTB letter.", at(2025, 3, 3, 10, 35), to=[(jana.name, jana.email)], cc=[(henrik.name, henrik.email)])
t18.add(jana, "Dear Mr Kyriakidis,\n\nthank you. Off-signers: 2/O Piotr Wiśniewski, AB Ruslan Kovalenko, OS Arjun Nair. Joiners: 2/O Tomasz Zielinski "
        "(LH 1284 FRA-ATH 05.03, 17:40), AB Sergiy Bondar and OS Rahul Menon (both A3 3511 MUC-ATH 05.03, 20:15). OKTB letter for Mr Menon "
        "attached. Passport copies follow by our secure upload link as usual.", at(2025, 3, 4, 10, 45, BER), cc=[(henrik.name, henrik.email)], label=GH,
        scen=("G25", "the newly added crewing colleague replies herself with an OKTB letter (first mail from her)"),
        atts=[("OKTB_Menon_Rahul_ELBE_TRADER.pdf", pdf(["NORDELBE SHIPMANAGEMENT - OK TO BOARD", "MV ELBE TRADER (IMO 9387421) - Piraeus 06.03.2025",
                                                      "OS Rahul Menon, Indian national, passport V" + str(R.randint(1000000, 9999999))], producer="Microsoft® Word 2016",
                                                     when="20250304103000", zone="+01'00'"), "application/pdf")])
t18.add(me, "Dear Jana,\n\nAll noted. Hotel for the three joiners on 05/03, launch/transport to the berth 06/03 afternoon.", at(2025, 3, 4, 12, 10),
        to=[(jana.name, jana.email)], cc=[(henrik.name, henrik.email)])
t18.add(me, "Dear Henrik,\n\nELBE TRADER sailed 08/03 at 18:20 LT. Crew changes completed, no PSC inspection in the end. SOF attached.",
        at(2025, 3, 9, 10, 10), to=[(henrik.name, henrik.email)], cc=[(jana.name, jana.email)],
        atts=[("SOF_ELBE_TRADER_Piraeus_voy2505.pdf", pdf(["STATEMENT OF FACTS - MV ELBE TRADER - PIRAEUS", "06/03 05:32 EOSP  07:05 All fast Keratsini 2",
              "08/03 15:40 Completed discharge", "08/03 18:20 Sailed"], when="20250309100500", zone="+02'00'"), "application/pdf")])
t18.add(henrik, "Thanks Stavros, and thank you for handling the strange message to the master so quickly.", at(2025, 3, 10, 8, 50, BER),
        cc=[(jana.name, jana.email)])

# ================================================================ T19 ELBE TRADER master sat-mail (Mar); A5 server hijack through the gateway
t19 = Thread("T19", m_elbe, "ELBE TRADER - ETA PIRAEUS 06/03", to=[(m_elbe.name, m_elbe.email)])
t19.add(m_elbe, "GOOD DAY AGENT\n\nETA PIRAEUS PILOT STN 06/0530LT\nDRAFT F 8.10 A 8.70\nCARGO 5812 MT STEEL COILS\n3 CREW CHANGE AS PER OFFICE\n\n"
        "BRGDS\nCAPT M. NOWAK\nMASTER", at(2025, 3, 3, 5, 10, UTC), sig=False, to=[(me.name, me.email), ("AEGEAS Operations", f"ops@{OWN}")])
t19.add(me, "Good day Captain,\n\nWelcome back. Keratsini 2, pilot 05:30. Same documents as last call please. Boarding agents Giorgos Zervos and "
        "Dimitris Vlachos.\n\nBR Stavros / AEGEAS ops 24/7 +30 210 555 4100", at(2025, 3, 3, 9, 0), sig=False, quote=False)
t19.add(m_elbe, "NOTED.\nCTM USD 8000 REQUIRED ON ARRIVAL, OWNERS APPROVED (MR ALBERS).\nPLS ARRANGE CASH ONBOARD WITH BOARDING AGENT.\nRGDS MASTER",
        at(2025, 3, 5, 1, 50, UTC), sig=False)
t19.add(me, "Captain, CTM USD 8,000 will be delivered on board by the boarding agent after all fast, against your receipt.", at(2025, 3, 5, 9, 10),
        sig=False, quote=False)
t19.add(m_elbe, "ALL FAST 0705LT. CTM RECEIVED WITH THANKS.\nCAPT NOWAK", at(2025, 3, 6, 6, 20, UTC), sig=False)
t19.add(m_elbe, "Dear Stavros,\n\nGood afternoon and thank you for your kind support during this call.\n\nFollowing a discussion with the office, "
        "owners have approved an additional cash to master of USD 23,500 for the settlement of crew wages and off-signers' balances. However, "
        "due to the new company policy on cash handling on board, we kindly request that this amount is not delivered in cash but transferred "
        "today directly to our manning agent's account, so that the crew can be paid by the agency:\n\nBeneficiary: Baltic Crew Services OU\n"
        "Bank: LHV Pank, Tallinn\nIBAN: EE38 7700 7710 0555 8812\nSWIFT: LHVBEE22\nReference: ELBE TRADER wages 03/2025\n\nPlease treat this as "
        "urgent, as the crew must be paid before departure, and kindly add the amount to the DA. There is no need to disturb the office with "
        "this as it has already been agreed.\n\nWith best regards,\nCaptain Marek Nowak\nMaster, MV ELBE TRADER", at(2025, 3, 6, 13, 10, UTC), sig=False,
        label=HJ("server-hijack"), detached=True,
        scen=("A5", "the vessel's own OceanLink sat-mail account through the real gateway (same headers, banner): long fluent English unlike the terse master, "
                    "extra cash-to-master to a bank account, 'do not disturb the office'"))
t19.add(me, "Captain, we received at 13:10 UTC a long message from the vessel's address asking us to transfer USD 23,500 to a crewing account in "
        "Tallinn. We will not do anything without owners' written confirmation. Please confirm by VHF/phone through Giorgos on board.",
        at(2025, 3, 6, 15, 40), sig=False, quote=False, cc=[(henrik.name, henrik.email)])
t19.add(m_elbe, "AGENT DISREGARD MSG RE BANK TRANSFER. NOT SENT BY ME. CTM USD 8000 CASH ONLY AS PER OWNERS.\nSHIP EMAIL PASSWORD CHANGED, "
        "OCEANLINK INFORMED.\nCAPT NOWAK", at(2025, 3, 6, 14, 52, UTC), sig=False)

# ================================================================ T27 bunkers ELBE TRADER (Mar)
t27 = Thread("T27", yiannis, "Bunker recap / MV ELBE TRADER / Piraeus Keratsini / 06.03.2025", to=[(yiannis.name, yiannis.email)])
t27.add(yiannis, "Dear Henrik,\n\nRecap of our firm stem:\n\nVessel: MV ELBE TRADER (IMO 9387421)\nPort: Piraeus, Keratsini 2, by barge\nDelivery: 06/03/2025 PM\n"
        "Grade/qty: 120 mt MGO 0.1% (DMA)\nPrice: USD 731/mt delivered\nSupplier: Argo Marine Fuels S.A.\nPayment: 30 days, invoice to owners directly\n"
        "Agents: AEGEAS Maritime (in copy)\n\nThank you for the nomination.", at(2025, 2, 28, 12, 30), to=[(henrik.name, henrik.email)], cc=[(me.name, me.email)])
t27.add(me, "Dear Yiannis,\n\nNoted, thank you. Please give us the barge time as soon as Argo confirms; discharge at Keratsini 2 runs until 08/03.",
        at(2025, 2, 28, 13, 5), to=[(yiannis.name, yiannis.email)], cc=[(henrik.name, henrik.email)])
t27.add(yiannis, "Stavro, barge ARGO 3 alongside 06/03 at 16:00. Surveyor Mr Dimas again.", at(2025, 3, 5, 11, 20), cc=[(henrik.name, henrik.email)])
t27.add(me, "Yianni, delivery completed 19:10, BDN 119.7 mt signed.", at(2025, 3, 6, 20, 15), cc=[(henrik.name, henrik.email)])
t27.add(yiannis, "Thanks Stavro. BDN scan attached for your file; Argo invoices Nordelbe directly this time.", at(2025, 3, 7, 10, 5),
        cc=[(henrik.name, henrik.email)], atts=[("BDN_ELBE_TRADER_06032025.pdf", scan_pdf("BDN ARGO 3 / ELBE TRADER", "20250307100000"), "application/pdf")])
pcs_notice(at(2025, 3, 3, 11, 40), "PIR-2025-03077", "ELBE TRADER", "9387421", "Berth allocation confirmed",
           ["Επιβεβαίωση θέσης: Κερατσίνι 2, 06/03/2025 07:00 - 08/03/2025 20:00."], ["Berth confirmed: Keratsini 2, 06/03/2025 07:00 - 08/03/2025 20:00."])
pcs_notice(at(2025, 3, 11, 8, 30), "PIR-2025-03077", "ELBE TRADER", "9387421", "Port dues invoice issued",
           ["Εκδόθηκε το τιμολόγιο λιμενικών τελών ΤΛ-25-030911, ποσό EUR 10.412,40. Εξόφληση εντός 15 ημερών μέσω του πράκτορα."],
           ["Port dues invoice PD-25-030911 issued, amount EUR 10,412.40, payable by the agent within 15 days."])
for (tt, ev, area, det) in [(at(2025, 3, 6, 3, 40, UTC), "Arrived", "PIRAEUS - KERATSINI", "Moored. Reported destination PIRAEUS"),
                            (at(2025, 3, 8, 16, 25, UTC), "Departed", "PIRAEUS - KERATSINI", "Underway using engine. Reported destination IZMIR")]:
    shipwatch_alert(tt, "ELBE TRADER", "9387421", ev, area, det)

# ================================================================ April: ShipWatch report (G33), tax fake thread (A16), Straits next call
shipwatch_alert(at(2025, 4, 7, 6, 0, UTC), "AEGEAS - expected", "-", "Weekly watchlist report ready", "All areas",
                "Your weekly report for week 14 is ready: 3 vessels on the watchlist, 1 ETA change (STRAITS PIONEER, ETA Piraeus 12 May).\n"
                "Sign in to view the full report and ETA history.", subj="Your weekly watchlist report is ready (week 14)",
                link="https://app.shipwatch.example/login?next=%2Freports%2Fweekly%2F2025-W14", label=GH,
                scen=("G33", "real vessel-tracking service sends its weekly report with a 'sign in to view' portal link (no reply headers)"))
fake_parent = f"<{R.randint(200000000, 2100000000)}.{R.randint(10000, 99999)}.{int(at(2025, 4, 3, 11, 20).timestamp() * 1000)}.JavaMail.zimbra@{OWN}>"
tax_pdf = pdf(["ΑΝΕΞΑΡΤΗΤΗ ΑΡΧΗ ΔΗΜΟΣΙΩΝ ΕΣΟΔΩΝ".encode("ascii", "replace").decode(), "Eidopoiisi asymfonias parastatikon myDATA - A trimino 2025",
               "AFM 099555123 - AEGEAS MARITIME AGENCY & SUPPLIES S.A.", "Gia tin provoli ton asymfonion patiste edo:",
               "https://myaade-eidopoiiseis.example/doc/view?id=" + alnum(20)], producer="Microsoft: Print To PDF", when="20250408092000", zone="",
              uris=["https://myaade-eidopoiiseis.example/doc/view?id=" + alnum(20) + "&afm=099555123"])
emit(Pt("ΑΑΔΕ - Ειδοποιήσεις myAADE", "eidopoiisi@aade-myaade-gov.example", "x", "tax-fake"), "x", at(2025, 4, 8, 9, 24), [(me.name, me.email)], None,
     "RE: Αίτημα διευκρινήσεων - Διαβίβαση παραστατικών myDATA Α' τριμήνου 2025", [fake_parent],
     "Αξιότιμε κύριε Κυριακίδη,\n\nΣε απάντηση του αιτήματός σας, σας αποστέλλουμε συνημμένα την ειδοποίηση με τις ασυμφωνίες που εντοπίστηκαν "
     "στη διαβίβαση παραστατικών του Α' τριμήνου 2025. Παρακαλούμε να προβείτε σε διόρθωση εντός 5 εργάσιμων ημερών, διαφορετικά θα επιβληθεί "
     "πρόστιμο σύμφωνα με το άρθρο 54 του ΚΦΔ.\n\nΓια την προβολή των ασυμφωνιών ανοίξτε το συνημμένο έγγραφο.\n\nΜε εκτίμηση,\nΔιεύθυνση "
     "Ηλεκτρονικής Διακυβέρνησης - ΑΑΔΕ\n\nΣτις 3/4/2025 11:20 π.μ., ο/η Stavros Kyriakidis <s.kyriakidis@aegeas-agency.example> έγραψε:\n"
     "> Καλημέρα σας,\n> λάβαμε ειδοποίηση για ασυμφωνία στα παραστατικά του Α' τριμήνου στο myDATA.\n> Παρακαλώ για διευκρινίσεις ποια "
     "παραστατικά αφορά.\n> Σταύρος Κυριακίδης", orig_ip="193.233.48.71", atts=[("Eidopoiisi_AADE_099555123.pdf", tax_pdf, "application/pdf")],
     label=HJ("fake-thread"), scen=("A16", "stranger posing as the tax authority (AADE): 'RE:' with a fabricated quote of Stavros and unknown References, PDF with a link"))
t29 = Thread("T29", tan, "STRAITS PIONEER - Piraeus ETA 12 May - bunkers only - PDA", to=[(tan.name, tan.email)])
t29.add(tan, "Dear Stavros,\n\nSTRAITS PIONEER will call Piraeus anchorage again on 12 May for bunkers only (VLSFO 800 mt, stem by our Singapore "
        "buyers directly with Argo). Please send your PDA for an anchorage call of about 18 hours.", at(2025, 4, 22, 9, 40, SGP))
t29.add(me, "Dear Tan,\n\nPDA attached: EUR 8,760.00 for an anchorage call of up to 24 hours.", at(2025, 4, 22, 10, 5),
        atts=[("PDA_STRAITS_PIONEER_Piraeus_May25.pdf", da_pdf("PROFORMA", "STRAITS PIONEER", "25/05", [("Port dues anchorage (PPA) est.", 4980.00), ("Launch hire x2", 780.00),
              ("Agency fee", 2650.00), ("Sundries/communications", 350.00)], when="20250422100000"), "application/pdf")])
t29.add(tan, "Thanks Stavros, approved. Funds will follow.", at(2025, 4, 23, 8, 50, SGP))
t29.add(me, "Dear Tan,\n\nSTRAITS PIONEER completed bunkering and sailed 12/05 at 23:10. SOF attached; FDA to follow.", at(2025, 5, 13, 9, 40),
        atts=[("SOF_STRAITS_PIONEER_Piraeus_May25.pdf", pdf(["STATEMENT OF FACTS - MV STRAITS PIONEER - PIRAEUS A2", "12/05 06:15 Anchored", "12/05 08:30 Barge alongside",
              "12/05 19:45 Bunkering completed", "12/05 23:10 Sailed"], when="20250513093500"), "application/pdf")])
t29.add(tan, "Thank you Stavros, well done as always.", at(2025, 5, 13, 15, 2, SGP))
bank_notice(at(2025, 4, 25, 10, 22), "in", "EUR 8,760.00", "STRAITS FLEET MANAGEMENT PTE LTD, SINGAPORE", "PDA STRAITS PIONEER MAY25")
for (tt, ev, area, det) in [(at(2025, 5, 12, 3, 15, UTC), "Arrived", "PIRAEUS ANCH A2", "At anchor. Reported destination PIRAEUS BUNKERS"),
                            (at(2025, 5, 12, 20, 12, UTC), "Departed", "PIRAEUS ANCH A2", "Underway using engine. Reported destination SUEZ")]:
    shipwatch_alert(tt, "STRAITS PIONEER", "9712345", ev, area, det)

# ================================================================ T17 revived after 8 months (G8)
t17.add(henrik, "Hi Stavros,\n\nlong time no hear from ELBE STAR - she is fixed again for Piraeus: ETA 22.05 for discharge of approx. 4,900 mt "
        "steel wire rods at Keratsini. Please send your PDA for voy 2511. As per Birgit's mail below we still have EUR 1,587.40 with you from "
        "the last call, please deduct it.", at(2025, 5, 6, 10, 30, BER), to=[(me.name, me.email)], cc=[(birgit.name, birgit.email)], label=GH,
        scen=("G8", "owners' thread dormant since September revived after 8 months for the vessel's next call, quoting the old balance mail"))
t17.add(me, "Hi Henrik,\n\nGood to hear from ELBE STAR again. PDA attached: EUR 41,260.00 less EUR 1,587.40 = EUR 39,672.60.", at(2025, 5, 6, 12, 15),
        cc=[(birgit.name, birgit.email)], atts=[("PDA_ELBE_STAR_Piraeus_voy2511.pdf", da_pdf("PROFORMA", "ELBE STAR", "2511", [("Port dues (PPA) est.", 9920.00),
        ("Pilotage in/out", 3320.00), ("Towage 2 tugs in/out", 11900.00), ("Mooring/unmooring", 1560.00), ("Garbage removal", 980.00), ("Fresh water 100 mt", 1400.00),
        ("Stevedoring supervision", 5600.00), ("Agency fee", 3990.00), ("Sundries/communications", 2590.00)], when="20250506121000",
        extra=["Less balance voy 2407: EUR 1,587.40 - net to remit EUR 39,672.60"]), "application/pdf")])
t17.add(henrik, "Thanks, approved. Birgit will remit this week.", at(2025, 5, 7, 9, 5, BER), cc=[(birgit.name, birgit.email)])
bank_notice(at(2025, 5, 9, 10, 40), "in", "EUR 39,672.60", "NORDELBE SHIPMANAGEMENT GMBH & CO. KG, HAMBURG", "PDA ELBE STAR VOY 2511 NET")
pcs_notice(at(2025, 5, 19, 12, 5), "PIR-2025-05402", "ELBE STAR", "9301156", "Berth allocation confirmed",
           ["Επιβεβαίωση θέσης: Κερατσίνι 1, 22/05/2025 07:00 - 24/05/2025 22:00."], ["Berth confirmed: Keratsini 1, 22/05/2025 07:00 - 24/05/2025 22:00."])
shipwatch_alert(at(2025, 5, 22, 4, 5, UTC), "ELBE STAR", "9301156", "Arrived", "PIRAEUS - KERATSINI", "Moored. Reported destination PIRAEUS")

# ================================================================ more context: follow-ups, FDA, ELBE STAR call, internal reports, circulars
t9.add(me, "Dear Mr Kim,\n\nWe received today a mail from your address with a \"corrected\" invoice HD-2412-0087 and a new account in Hong Kong "
       "in the name of Haedong Global Trading Limited. Before paying anything I called your office number +82-51-555-3021. Could you please "
       "confirm in writing that your bank details have NOT changed?", at(2025, 1, 14, 11, 30), cc=[(tan.name, tan.email)])
t9.add(kim, "Dear Mr. Stavros,\n\nThank you very much for your call and mail. We did not send this mail - our mail account was accessed by "
       "somebody, we changed all passwords and informed Hiworks. Our bank account is NOT changed: please pay only to BUSAN BANK as in the "
       "original invoice HD-2412-0087.\n\nSorry for the trouble.", at(2025, 1, 15, 9, 12, SEL), cc=[(tan.name, tan.email)])
t9.add(me, "Dear Mr Kim,\n\nThank you. Paid today to Busan Bank, swift copy attached.", at(2025, 1, 16, 12, 40), cc=[(tan.name, tan.email)],
       atts=[("SWIFT_MT103_HD-2412-0087.pdf", pdf(["MT103 - IONIAN BUSINESS BANK", "Beneficiary: HAEDONG MARINE PARTS CO., LTD.", "BUSAN BANK PUSBKR2P A/C 101-2055-5512-07",
             "USD 3,740.00 - INV HD-2412-0087"], producer="IBB Corporate e-Banking", when="20250116123500", zone="+02'00'"), "application/pdf")])
bank_notice(at(2025, 1, 16, 12, 31), "out", "USD 3,740.00", "HAEDONG MARINE PARTS CO., LTD. (BUSAN BANK)", "INV HD-2412-0087 STRAITS PIONEER")
t9.add(kim, "Dear Mr. Stavros,\n\nPayment received with thanks. We hope to serve STRAITS PIONEER again.", at(2025, 1, 20, 10, 5, SEL))

t6.add(sofia, "Σταύρο καλησπέρα,\n\nΗ Aegis μού ζήτησε το εισιτήριο επαναπατρισμού για τον Bautista: QR 204/934 ATH-DOH-MNL 24/11 21:05, εκδόθηκε, "
       "χρεώνεται στην Aegis απευθείας. Θα τον συνοδεύσει ο δικός σας στο αεροδρόμιο;", at(2024, 11, 20, 17, 45))
t6.add(me, "Ναι Σοφία, ο Γιώργος θα τον πάει μέχρι την πύλη (έχει ακόμα τον νάρθηκα).", at(2024, 11, 20, 18, 10))
t6.add(sofia, "Τέλεια, ευχαριστώ!", at(2024, 11, 20, 18, 22))

t31 = Thread("T31", eleni, "KYPROS SPIRIT - Piraeus Feb 2025 - Final DA", to=[(eleni.name, eleni.email)])
t31.add(me, "Dear Eleni,\n\nPlease find attached the Final DA for KYPROS SPIRIT's call of 18/02: total EUR 12,611.20 against funds EUR 12,202.30 plus the "
        "November balance EUR 737.70, i.e. EUR 328.80 in owners' favour. Bunkers USD 438,520.40 paid to Argo on 12/03 from your USD funds.",
        at(2025, 3, 14, 10, 20), cc=[(katerina.name, katerina.email)],
        atts=[("FDA_KYPROS_SPIRIT_Piraeus_Feb25.pdf", da_pdf("FINAL", "KYPROS SPIRIT", "12/25", [("Port dues anchorage (PPA) PD-25-021870", 4412.80), ("Launch hire x5", 1950.00),
              ("Crew change transport/hotel", 940.00), ("Agency fee", 2990.00), ("Provisions", 2058.40), ("Sundries/communications", 260.00)], funds=12940.00,
              when="20250314101500"), "application/pdf")])
t31.add(eleni, "Dear Stavros,\n\nThank you, FDA approved. Please keep the balance for the next call.", at(2025, 3, 17, 9, 40, NIC), cc=[(katerina.name, katerina.email)])

t33 = Thread("T30", giorgos, "Boarding report KYPROS SPIRIT 12/11", to=[(giorgos.name, giorgos.email)])
t33.add(me, "Γιώργο, στείλε μου σε παρακαλώ σύντομο boarding report για το KYPROS SPIRIT (crew change, provisions, ο τραυματίας) - το θέλει η Kypros.",
        at(2024, 11, 12, 19, 30))
t33.add(giorgos, "Σταύρο,\n\n- Launch 15:00 από Ακτή Ξαβερίου, επιβίβαση 15:35\n- Crew change 1/1 (C/O Loizou on, C/O Hadjipetrou off), ο AB Bautista "
        "ήδη στο Metropolitan από τις 14:00\n- Provisions παραδόθηκαν, 2 x 20 L hydraulic oil ΟΚ\n- Coast Guard χωρίς παρατηρήσεις\n\n"
        "Φωτογραφίες από την παράδοση των provisions συνημμένες.", at(2024, 11, 12, 21, 5),
        atts=[(f"IMG_20241112_15{R.randint(40, 59)}{R.randint(10, 59)}.png", png(240, 160), "image/png") for _ in range(2)])

t34 = Thread("T32", m_star, "ELBE STAR - ETA PIRAEUS 22/05", to=[(m_star.name, m_star.email)])
t34.add(m_star, "GOOD DAY\nMV ELBE STAR ETA PIRAEUS PILOT STN 22/0600LT. DRAFT F 8.0 A 8.6. CARGO 4910 MT WIRE RODS. ALL WELL.\n"
        "PLS ADV BERTH.\nCAPT. H. JANSEN\nMASTER", at(2025, 5, 19, 4, 40, UTC), sig=False, to=[(me.name, me.email), ("AEGEAS Operations", f"ops@{OWN}")])
t34.add(me, "Good day Captain,\n\nKeratsini 1 confirmed from 22/05 07:00, pilot 06:00. Please send crew list, ISPS info, last 10 ports and stores list.\n\n"
        "BR Stavros / AEGEAS ops 24/7 +30 210 555 4100", at(2025, 5, 19, 9, 20), sig=False, quote=False)
t34.add(m_star, "NOTED WITH THANKS. DOCS SENT. FW 100MT ON ARRIVAL PLS.\nMASTER", at(2025, 5, 20, 23, 15, UTC), sig=False)
t34.add(me, "Captain, FW 100 mt booked for 22/05 afternoon.", at(2025, 5, 21, 8, 30), sig=False, quote=False)
t34.add(m_star, "ALL FAST KERATSINI 1 0710LT. COMMENCED DISCHARGE 0820LT.\nMASTER", at(2025, 5, 22, 5, 30, UTC), sig=False)
t34.add(m_star, "COMPLETED DISCHARGE 1740LT. SAILED 2115LT. THANKS AGENT FOR GOOD SERVICE.\nCAPT JANSEN", at(2025, 5, 24, 18, 30, UTC), sig=False)
t17.add(me, "Dear Henrik,\n\nELBE STAR sailed 24/05 at 21:15 after completion of discharge. SOF attached, FDA to follow.", at(2025, 5, 25, 10, 5),
        cc=[(birgit.name, birgit.email)], atts=[("SOF_ELBE_STAR_Piraeus_voy2511.pdf", pdf(["STATEMENT OF FACTS - MV ELBE STAR - PIRAEUS", "22/05 07:10 All fast Keratsini 1",
        "22/05 08:20 Commenced discharge", "24/05 17:40 Completed discharge", "24/05 21:15 Sailed"], when="20250525100000", zone="+03'00'"), "application/pdf")])
t17.add(henrik, "Thanks Stavros, all good.", at(2025, 5, 26, 8, 45, BER), cc=[(birgit.name, birgit.email)])
shipwatch_alert(at(2025, 5, 24, 18, 20, UTC), "ELBE STAR", "9301156", "Departed", "PIRAEUS - KERATSINI", "Underway using engine. Reported destination MERSIN")
for (tt, v, imo, eta) in [(at(2024, 10, 10, 7, 0, UTC), "ELBE TRADER", "9387421", "14 Oct 06:00 LT"), (at(2024, 11, 9, 7, 0, UTC), "KYPROS SPIRIT", "9461187", "12 Nov 07:00 LT"),
                          (at(2024, 12, 13, 7, 0, UTC), "STRAITS PIONEER", "9712345", "16 Dec 05:30 LT"), (at(2025, 2, 15, 7, 0, UTC), "KYPROS SPIRIT", "9461187", "18 Feb 07:00 LT"),
                          (at(2025, 3, 4, 7, 0, UTC), "ELBE TRADER", "9387421", "06 Mar 05:30 LT"), (at(2025, 5, 8, 7, 0, UTC), "STRAITS PIONEER", "9712345", "12 May 06:00 LT"),
                          (at(2025, 5, 20, 7, 0, UTC), "ELBE STAR", "9301156", "22 May 06:00 LT")]:
    shipwatch_alert(tt, v, imo, "ETA update", "PIRAEUS", f"New reported ETA: {eta}. Reported destination PIRAEUS")
for (tt, call, v, imo) in [(at(2024, 10, 17, 7, 30), "PIR-2024-10412", "ELBE TRADER", "9387421"), (at(2024, 11, 14, 7, 10), "PIR-2024-11873", "KYPROS SPIRIT", "9461187"),
                           (at(2024, 12, 17, 7, 20), "PIR-2024-12655", "STRAITS PIONEER", "9712345"), (at(2025, 2, 19, 7, 5), "PIR-2025-02191", "KYPROS SPIRIT", "9461187"),
                           (at(2025, 3, 9, 7, 40), "PIR-2025-03077", "ELBE TRADER", "9387421"), (at(2025, 5, 13, 7, 15), "PIR-2025-05110", "STRAITS PIONEER", "9712345"),
                           (at(2025, 5, 25, 7, 25), "PIR-2025-05402", "ELBE STAR", "9301156")]:
    pcs_notice(tt, call, v, imo, "Departure recorded", ["Καταχωρήθηκε η αναχώρηση του πλοίου. Το τιμολόγιο λιμενικών τελών θα εκδοθεί εντός 5 εργάσιμων."],
               ["Departure recorded. The port dues invoice will be issued within 5 working days."])
aegis_news = Pt("Aegis P&I Correspondents", "circulars@aegis-pandi.example", "mc", "mc-hsd")
for i, (dt, top) in enumerate([(datetime.datetime(2024, 10, 15, 7, 0, tzinfo=UTC), "Greek ports: stowaway prevention checklist"),
                                (datetime.datetime(2024, 12, 10, 7, 0, tzinfo=UTC), "Crew medical cases in Piraeus: what the club needs from agents"),
                                (datetime.datetime(2025, 2, 11, 7, 0, tzinfo=UTC), "P&I renewals 20/2: general increases and retentions"),
                                (datetime.datetime(2025, 4, 15, 7, 0, tzinfo=UTC), "Fraud alert: fake payment instructions in port calls")]):
    mc_news(aegis_news, dt, f"Aegis Circular {24 + i}/{dt.year}: {top}", "Circular from Aegis P&I Correspondents, Piraeus, to owners, managers and agents.",
            [top, "Contacts: 24h claims line", "Previous circulars"], "Aegis P&I Correspondents Ltd")
q1 = list_post(psaa_sec, at(2025, 1, 21, 9, 30), "Τακτική Γενική Συνέλευση 2025 - Πέμπτη 13/2",
               "Αγαπητά μέλη,\n\nΗ τακτική Γενική Συνέλευση θα γίνει την Πέμπτη 13/2 στις 18:00 στα γραφεία της Ένωσης (Ακτή Μιαούλη 71). Θέματα: "
               "απολογισμός 2024, συνδρομές, εκπροσώπηση στο PCS user group.\n\nΓραμματεία ΕΝΠΠ")
list_post(eftychia, at(2025, 1, 21, 11, 5), "Re: Τακτική Γενική Συνέλευση 2025 - Πέμπτη 13/2",
          "Θα μπορούσε να μπει στα θέματα και η απάτη με τα \"νέα IBAN\" που βλέπουμε όλο και πιο συχνά στα DA; Έχουμε δύο περιστατικά μόνο τον "
          "Δεκέμβριο.\n\nΕυτυχία", refs=[q1], label=G, scen=("P-T24-4", "plain list reply through the PSAA list"))

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
