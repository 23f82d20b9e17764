#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus-8.py OUT_DIR: large-company mail. The mailbox "hessler" belongs to Katharina
# Brandt, strategic procurement at Hessler Antriebstechnik GmbH (Bielefeld), on Microsoft 365 / Exchange Online with
# Outlook desktop (German UI). Her tenant tags external subjects "[EXTERNAL]", prepends a German external-sender banner
# and rewrites every link of external mail with Defender Safe Links (eur02.safelinks...); inbound mail carries the EOP
# Received path, Authentication-Results, X-Forefront-Antispam-Report and X-MS-Exchange-Organization-* headers, and
# all Exchange Online senders write Date in UTC. Partners write German, French, Italian, Spanish and English: Exchange
# Online tenants (selector1/selector2, ARC by microsoft.com, Thread-Index/Thread-Topic, Word HTML, localized Outlook
# "Von:/De :/Da:/De:/From:" quote blocks), an Exchange 2016 on-premises site behind a NoSpamProxy gateway (plain-text
# Outlook 2016 with "-----Ursprüngliche Nachricht-----"), Google Workspace (Gmail quote attributions per language,
# googleusercontent signature images), a Mimecast customer (outbound via Mimecast, inbound links wrapped
# protect-eu.mimecast.com) and a Proofpoint customer (pphosted.com outbound, urldefense.com-wrapped links in quotes).
# Signatures carry inline logos (multipart/related, Content-ID), LinkedIn/website links and legal disclaimers; threads
# have 3-6 participants in To/Cc, 3-8 earlier messages, internal forwards (WG:) and Katharina's replies in Sent.
# Deterministic (seeded). Files are numbered in arrival order; only test replies are labelled. Writes OUT/scenarios.tsv
# (message-id -> scenario) next to labels.tsv. Then eval as for the others.
#
# Attacks (14):
#  A1  server hijack, Kessel Guss (Exchange 2016 on-prem, German): reply-all from the real server and Outlook, one line
#      "Please see the attached and advise." plus a zip holding an .msi (DarkGate style)
#  A2  server hijack, Castellan Bearings (M365, English): "revised delivery schedule" as an .html attachment that is a
#      fake Microsoft 365 sign-in page (form posting to a workers.dev endpoint, owner's address pre-filled)
#  A3  server hijack, Usinage Lyonnais (M365, French): "dossier trop volumineux" link to a Cloudflare r2.dev zip
#  A4  look-alike domain ornb-bianchi (rn for m), Italian invoice thread: "fattura aggiornata" with a new IBAN, keeps
#      every Cc participant and adds amministrazione@ at the look-alike; sent from the attacker's own M365 tenant
#  A5  display-name spoof "Sophie Laurent" from a hotmail.fr address, thread subject and quote, PDF whose only
#      content links a netlify.app "contract viewer"
#  A6  fake thread "RE: Outstanding payment" from an unknown supplier's M365 tenant, invented German-Outlook quote of
#      Katharina, In-Reply-To an Exchange-shaped Message-ID she never sent, overdue invoice + remittance PDF, Cc AP
#  A7  server hijack, Fundiciones Ibéricas (M365, Spanish): nine months after the last message, answers the FIRST
#      message of the thread (In-Reply-To/quote of the order), ngrok-free.app link
#  A8  account takeover, Roth Logistik (Google Workspace): PHPMailer through smtp.gmail.com from a VPS, Reply-To at
#      another domain, "Buchhaltung nur über die Antwortadresse erreichbar", payment confirmation
#  A9  server hijack, Schrader Feinwerk (M365), German thread: reply in Spanish with an English lure and an IPFS link
#  A10 server hijack, Transports Moreau (Gmail, French): reply with an .ics invitation whose DESCRIPTION links a
#      compromised WordPress site's /wp-content/uploads/
#  A11 server hijack, Componentes Navarra (Gmail, Spanish): "haz doble clic" and a OneNote (.one) attachment
#  A12 server hijack, Whitfield Precision (M365, English): link text shows the partner's SharePoint site, the href goes
#      to another tenant's -my.sharepoint.com OneNote
#  A13 account takeover, Berger Verpackungen (M365 + Mimecast): Thunderbird via SMTP AUTH from a foreign IP on a
#      Sunday night, German invoice lure with an .iso
#  A14 look-alike domain with the TLD swapped (tratamientos-ebro.test for .example) on Google Workspace, Spanish
#      "firma la conformidad" DocuSign-style link to a pages.dev site
# Genuine (26):
#  G1  Outlook/Exchange Online out-of-office in German ("Automatische Antwort:")
#  G2  Outlook out-of-office in French ("Réponse automatique :")
#  G3  Exchange 2016 read receipt ("Gelesen:", multipart/report disposition-notification)
#  G4  a colleague of the partner (same domain, new to the thread) answering reply-all while she is away
#  G5  the Italian partner once from Outlook for Android ("Ottieni Outlook per Android")
#  G6  the partner's new assistant sending on behalf (From: partner, Sender: assistant, another mailbox server)
#  G7  a zip of CAD files (rev. C) in a thread that exchanged rev. B as zip
#  G8  a new SharePoint link of the partner's own tenant, which the thread used before
#  G9  an Outlook meeting request with a Teams link sent as a reply in the thread
#  G10 a genuine reply five months later, on topic (fatigue test results)
#  G11 an Italian "I:" forward inside the thread with the 3.1 certificate PDF
#  G12 a Spanish partner's link copied from his own inbox: his tenant's Safe Links wrapping the owner's supplier portal
#  G13 Mimecast-wrapped links (the owner's portal, copied by the Mimecast customer) plus his own website
#  G14 a password-protected PDF contract; the password came in a separate earlier mail of the thread
#  G15 an English reply from the Spanish partner in a thread that mixes English and Spanish
#  G16 a reply carrying a long bilingual legal disclaimer (LOPDGDD)
#  G17 a newsletter-style reply (HTML, many links and images on the partner's marketing subdomain and YouTube)
#  G18 an invoice to the new bank account; the change came with a signed letter and was confirmed by phone in the thread
#  G19 orphan: a French partner replies-all to Katharina's head of purchasing (parent not in her mailbox)
#  G20 orphan: a Spanish partner replies to the shared purchasing mailbox with Katharina in Cc
#  G21-G26 ordinary replies (German on-prem, Gmail German, French colleague, Gmail French, Gmail Italian, UK M365)
# Context only (unlabelled): internal colleagues' reply-alls and an internal "WG:" forward, Katharina's replies, and four short
# threads that give partners more history (freight costs, a plant visit, a price list, a seals enquiry).
import base64
import datetime
import html as H
import io
import os
import quopri
import random
import re
import struct
import sys
import urllib.parse
import uuid
import zipfile
import zlib
from zoneinfo import ZoneInfo
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probegen import *  # noqa: E402,F401,F403  (root, labels, n and the output folder)

# this probe has its own mailbox owner: drop the empty acme folders probegen prepares
for _f in ("INBOX", "Sent"):
    try: os.rmdir(f"{root}/mailboxes/{MB}/{_f}")
    except OSError: pass
try: os.rmdir(f"{root}/mailboxes/{MB}")
except OSError: pass
MB = "hessler"
for _f in ("INBOX", "Sent"): os.makedirs(f"{root}/mailboxes/{MB}/{_f}", exist_ok=True)

R = random.Random(8)
UTC = datetime.timezone.utc
BERLIN = ZoneInfo("Europe/Berlin")


# ---------------------------------------------------------------- deterministic random helpers
def hx(k): return "".join(R.choice("0123456789abcdef") for _ in range(k))
def HX(k): return hx(k).upper()
def rbytes(k): return bytes(R.getrandbits(8) for _ in range(k))
def ruuid(): return str(uuid.UUID(int=R.getrandbits(128), version=4))
def b64(k): return base64.b64encode(rbytes(k)).decode()
def alnum(k, chars="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"): return "".join(R.choice(chars) for _ in range(k))


# ---------------------------------------------------------------- organisations and people
class Org:
    def __init__(self, key, kind, dom, **kw):
        self.key, self.kind, self.dom = key, kind, dom
        self.__dict__.update(kw)


ORGS = {}
def org(key, kind, dom, **kw): ORGS[key] = Org(key, kind, dom, **kw); return ORGS[key]


OWNER_TENANT = ruuid()
hessler = org("hessler", "own", "hessler-antriebe.example", region="eurprd03")
kessel = org("kessel", "onprem", "kessel-guss.example", helo="mail.kessel-guss.example", ip="193.28.110.14", d="kessel-guss.example", s="nsp2024",
             exch="KGEX01.kessel.local")
schrader = org("schrader", "exo", "schrader-feinwerk.example", region="eurprd02", obe="EUR02-AM0-obe", ptr="mail-am0eur02on2112", ip="40.107.247.112",
               d="schrader-feinwerk.example", s="selector1")
roth = org("roth", "google", "roth-logistik.example", d="roth-logistik.example")
berger = org("berger", "mimecast", "berger-verpackungen.example", region="DEUP281", obe="DEU01-FR2-obe", ptr="mail-fr2deu01lp2170", ip="104.47.11.170",
             d="berger-verpackungen.example", s="mimecast20231108", wrap="mimecast")
usinage = org("usinage", "exo", "usinage-lyonnais.example", region="eurprd06", obe="EUR03-DBA-obe", ptr="mail-dbaeur03on2091", ip="40.107.104.91",
              d="usinage-lyonnais.example", s="selector2")
moreau = org("moreau", "google", "transports-moreau.example", d="transports-moreau.example")
acieries = org("acieries", "proofpoint", "acieries-rhone.example", region="eurprd08", obe="EUR03-AM7-obe", ptr="mail-am7eur03lp2233", ip="104.47.51.233",
               d="acieries-rhone.example", s="pp2023", pps="mx0b-00412f01.pphosted.com", ppsip="148.163.159.21", wrap="urldefense")
omb = org("omb", "exo", "omb-bianchi.example", region="eurprd05", obe="EUR05-VI1-obe", ptr="mail-vi1eur05on2118", ip="40.107.21.118",
          d="omb-bianchi.example", s="selector1")
plastiche = org("plastiche", "google", "plastiche-venete.example", d="plastiche-venete.example")
fundiciones = org("fundiciones", "exo", "fundiciones-ibericas.example", region="eurprd07", obe="EUR05-DB8-obe", ptr="mail-db8eur05on2075", ip="40.107.20.75",
                  d="fundiciones-ibericas.example", s="selector2", wrap="safelinks", sl_host="eur05", sl_tenant=ruuid())
navarra = org("navarra", "google", "componentes-navarra.example", d="componentes-navarra.example")
whitfield = org("whitfield", "exo", "whitfield-precision.example", region="GBRP265", obe="GBR01-LO2-obe", ptr="mail-lo2gbr01on2109", ip="40.107.20.109",
                d="whitfield-precision.example", s="selector1")
castellan = org("castellan", "exo", "castellan-bearings.example", region="GBRP265", obe="GBR01-CWX-obe", ptr="mail-cwxgbr01on2131", ip="40.107.23.131",
                d="castellan-bearings.example", s="selector2")
ebro = org("ebro", "google", "tratamientos-ebro.example", d="tratamientos-ebro.example")
# attackers' infrastructure
ornb = org("ornb", "exo", "ornb-bianchi.example", region="namprd14", obe="NAM12-MW2-obe", ptr="mail-mw2nam12on2097", ip="40.107.244.97",
           d="ornb-bianchi.example", s="selector1")
hotmail = org("hotmail", "exo", "hotmail.fr", region="EURP195", obe="EUR02-VI1-obe", ptr="mail-vi1eur02olkn2019", ip="40.92.18.19",
              d="hotmail.fr", s="selector1", consumer=True)
hartley = org("hartley", "exo", "hartley-industrial.example", region="namprd11", obe="NAM11-BN8-obe", ptr="mail-bn8nam11on2138", ip="40.107.236.138",
              d="hartley-industrial.example", s="selector1")
ebro_fake = org("ebro_fake", "google", "tratamientos-ebro.test", d="tratamientos-ebro.test")


class Pt:
    """A correspondent: name, address, mail client, time zone, language (of writing and of the Outlook UI), organisation,
    Exchange mailbox server (Exchange Online users), signature (mini markup, see render) and logo."""
    def __init__(s, name, email, client, tz, lang, o, srv=None, sig="", logo=None, ui=None, disclaimer=""):
        s.name, s.email, s.client, s.tz, s.lang, s.org, s.srv, s.sig, s.logo = name, email, client, ZoneInfo(tz), lang, o, srv, sig, logo
        s.ui = ui or lang; s.dom = email.split("@")[1]; s.disclaimer = disclaimer


def exo_srv(prefix, region):
    up = region.isupper()
    return f"{prefix}.{region}.PROD.OUTLOOK.COM" if up else f"{prefix}.{region}.prod.outlook.com"


HS_DISC = ("Hessler Antriebstechnik GmbH | Sitz der Gesellschaft: Bielefeld | Amtsgericht Bielefeld HRB 45127\n"
           "Geschäftsführer: Dr. Frank Hessler, Ute Sommer | USt-IdNr. DE 812 555 347")
owner = Pt("Katharina Brandt", "katharina.brandt@hessler-antriebe.example", "olk", "Europe/Berlin", "de", hessler, exo_srv("AM8PR03MB7421", "eurprd03"),
           sig="Katharina Brandt\nStrategischer Einkauf | Strategic Procurement\n{{LOGO}}\nHessler Antriebstechnik GmbH\nIndustriestraße 18 | 33609 Bielefeld | Germany\n"
               "Tel. +49 521 555 4412 | Mobil +49 171 555 2291\n[[www.hessler-antriebe.example|https://www.hessler-antriebe.example/]] | "
               "[[LinkedIn|https://www.linkedin.com/company/hessler-antriebstechnik/]]", logo="hessler", disclaimer=HS_DISC)
ME = (owner.name, owner.email)


def colleague(name, email, title, srv):
    return Pt(name, email, "olk", "Europe/Berlin", "de", hessler, exo_srv(srv, "eurprd03"),
              sig=f"{name}\n{title}\n{{{{LOGO}}}}\nHessler Antriebstechnik GmbH | Industriestraße 18 | 33609 Bielefeld\nTel. +49 521 555 {R.randint(4000, 4999)}",
              logo="hessler", disclaimer=HS_DISC)


tobias = colleague("Tobias Wendt", "tobias.wendt@hessler-antriebe.example", "Konstruktion Getriebegehäuse", "AM8PR03MB6105")
nadine = colleague("Nadine Schulte", "nadine.schulte@hessler-antriebe.example", "Qualitätssicherung Lieferanten", "AS8PR03MB7790")
joerg = colleague("Jörg Albers", "joerg.albers@hessler-antriebe.example", "Kreditorenbuchhaltung", "AM8PR03MB8812")
stefan = colleague("Stefan Kühn", "stefan.kuehn@hessler-antriebe.example", "Leitung Einkauf", "AS8PR03MB9021")
heiko = colleague("Heiko Lammers", "heiko.lammers@hessler-antriebe.example", "Versand & Logistik", "AM8PR03MB5530")
einkauf = ("Einkauf Hessler", "einkauf@hessler-antriebe.example")

KESSEL_DISC = ("Kessel Gießerei GmbH & Co. KG, Sitz Paderborn, Registergericht Paderborn HRA 3318. Persönlich haftende Gesellschafterin: Kessel Verwaltungs-GmbH, "
               "Sitz Paderborn, Registergericht Paderborn HRB 2291, Geschäftsführer: Hans-Georg Kessel, Dr. Miriam Kessel-Stroh.\n"
               "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich "
               "erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe "
               "dieser Mail ist nicht gestattet.")
rainer = Pt("Rainer Vogt", "rainer.vogt@kessel-guss.example", "olk16plain", "Europe/Berlin", "de", kessel,
            sig="Mit freundlichen Grüßen\n\ni. A. Rainer Vogt\nVertrieb Innendienst\n\nKessel Gießerei GmbH & Co. KG\nAm Hüttenwerk 7\n33106 Paderborn\n"
                "Telefon: +49 5251 555-231\nTelefax: +49 5251 555-299\nE-Mail: rainer.vogt@kessel-guss.example\nInternet: www.kessel-guss.example", disclaimer=KESSEL_DISC)
petra = Pt("Petra Lang", "petra.lang@kessel-guss.example", "olk16", "Europe/Berlin", "de", kessel,
           sig="Mit freundlichen Grüßen\n\nPetra Lang\nFinanzbuchhaltung\n{{LOGO}}\nKessel Gießerei GmbH & Co. KG | Am Hüttenwerk 7 | 33106 Paderborn\n"
               "Telefon: +49 5251 555-140 | [[www.kessel-guss.example|http://www.kessel-guss.example/]]", logo="kessel", disclaimer=KESSEL_DISC)
SCHRADER_DISC = ("Feinwerk Schrader AG · Sitz: Pforzheim · Amtsgericht Mannheim HRB 505512 · Vorstand: Dipl.-Ing. Carsten Schrader (Vors.), Bettina Wolf · "
                 "Aufsichtsratsvorsitzender: Prof. Dr. Ulrich Haag\nInformationen zum Datenschutz: [[www.schrader-feinwerk.example/datenschutz|https://www.schrader-feinwerk.example/datenschutz]]")
def schrader_sig(name, title, phone):
    return (f"Mit freundlichen Grüßen\n\n{name}\n{title}\n{{{{LOGO}}}}\nFeinwerk Schrader AG\nWestliche Karl-Friedrich-Str. 211 | 75172 Pforzheim\nT +49 7231 555-{phone}\n"
            "[[www.schrader-feinwerk.example|https://www.schrader-feinwerk.example/]] | [[LinkedIn|https://www.linkedin.com/company/feinwerk-schrader/]]")
sandra = Pt("Sandra Maier", "sandra.maier@schrader-feinwerk.example", "olk", "Europe/Berlin", "de", schrader, exo_srv("DU0PR02MB9678", "eurprd02"),
            sig=schrader_sig("Sandra Maier", "Key Account Management Antriebstechnik", "318"), logo="schrader", disclaimer=SCHRADER_DISC)
florian = Pt("Florian Huber", "florian.huber@schrader-feinwerk.example", "olk", "Europe/Berlin", "de", schrader, exo_srv("DU0PR02MB7431", "eurprd02"),
             sig=schrader_sig("Florian Huber", "Key Account Management | Vertretung S. Maier", "322"), logo="schrader", disclaimer=SCHRADER_DISC)
lea = Pt("Lea Kowalski", "lea.kowalski@schrader-feinwerk.example", "olk", "Europe/Berlin", "de", schrader, exo_srv("DU0PR02MB8841", "eurprd02"),
         sig="Mit freundlichen Grüßen\n\ni. A. Lea Kowalski\nAssistenz Vertrieb (für Sandra Maier)\n{{LOGO}}\nFeinwerk Schrader AG | Westliche Karl-Friedrich-Str. 211 | "
             "75172 Pforzheim\nT +49 7231 555-309 | [[www.schrader-feinwerk.example|https://www.schrader-feinwerk.example/]]", logo="schrader", disclaimer=SCHRADER_DISC)
michael = Pt("Michael Roth", "michael.roth@roth-logistik.example", "gmail", "Europe/Berlin", "de", roth,
             sig="Viele Grüße\nMichael Roth\nDisposition International\n{{GLOGO}}\nRoth Logistik GmbH · Hansestraße 40 · 33689 Bielefeld\n"
                 "Tel. +49 5205 555 870 · Mobil +49 160 555 3114\nhttps://www.roth-logistik.example", logo="roth")
klaus = Pt("Klaus Berger", "klaus.berger@berger-verpackungen.example", "olk", "Europe/Berlin", "de", berger, exo_srv("FR2P281MB1876", "DEUP281"),
           sig="Beste Grüße\n\nKlaus Berger\nProjektleitung Mehrwegsysteme\n{{LOGO}}\nBerger Verpackungen GmbH | Gewerbering 12 | 32051 Herford\n"
               "+49 5221 555 640 | [[berger-verpackungen.example|https://www.berger-verpackungen.example/]]", logo="berger",
           disclaimer="Berger Verpackungen GmbH, Herford, AG Bad Oeynhausen HRB 11842, GF: Klaus Berger, Anja Berger-Lütke")
UL_DISC = ("Usinage Lyonnais SAS – capital de 1 200 000 € – RCS Lyon 512 555 318 – 14 rue de l'Industrie, 69200 Vénissieux\n"
           "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation ou "
           "diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire.")
claire = Pt("Claire Dubois", "claire.dubois@usinage-lyonnais.example", "olk", "Europe/Paris", "fr", usinage, exo_srv("PR3PR06MB6412", "eurprd06"),
            sig="Bien cordialement,\n\nClaire Dubois\nResponsable commerciale grands comptes\n{{LOGO}}\nUsinage Lyonnais SAS\nT. +33 4 72 55 51 20 | M. +33 6 55 12 48 90\n"
                "[[www.usinage-lyonnais.example|https://www.usinage-lyonnais.example/]]", logo="usinage", disclaimer=UL_DISC)
antoine = Pt("Antoine Girard", "antoine.girard@usinage-lyonnais.example", "olk", "Europe/Paris", "fr", usinage, exo_srv("PR3PR06MB5580", "eurprd06"),
             sig="Cordialement,\n\nAntoine Girard\nIngénieur méthodes\n{{LOGO}}\nUsinage Lyonnais SAS\nT. +33 4 72 55 51 34", logo="usinage", disclaimer=UL_DISC)
julien = Pt("Julien Martin", "julien.martin@transports-moreau.example", "gmail", "Europe/Paris", "fr", moreau,
            sig="Cordialement,\nJulien Martin\nExploitation – International\nTransports Moreau\nZI Mi-Plaine, 69800 Saint-Priest\nTél. 04 78 55 20 41 – Port. 06 55 71 32 08\n{{GLOGO}}",
            logo="moreau")
sophie = Pt("Sophie Laurent", "sophie.laurent@acieries-rhone.example", "olk", "Europe/Paris", "fr", acieries, exo_srv("PAXPR08MB7135", "eurprd08"),
            sig="Sophie Laurent\nDirection commerciale – Aciers spéciaux\n{{LOGO}}\nAciéries du Rhône SA\n12 quai Saint-Vincent, 69001 Lyon\n+33 4 78 55 90 12\n"
                "[[acieries-rhone.example|https://www.acieries-rhone.example/]]", logo="acieries",
            disclaimer="Ce courriel et ses pièces jointes peuvent contenir des informations confidentielles. Aciéries du Rhône SA – RCS Lyon B 955 501 117.")
OMB_DISC = ("Ai sensi del Regolamento UE 2016/679 (GDPR) e del D.Lgs. 196/2003, le informazioni contenute in questo messaggio e negli eventuali allegati sono "
            "riservate e destinate esclusivamente al destinatario indicato. Qualora abbiate ricevuto questo messaggio per errore, vi preghiamo di darne "
            "immediata comunicazione al mittente e di cancellarlo dal vostro sistema. Ogni utilizzo, diffusione o copia non autorizzata è vietata.\n"
            "This e-mail and any attachments are confidential and intended solely for the addressee.")
def omb_sig(name, title, phone):
    return (f"Cordiali saluti / Best regards\n\n{name}\n{title}\n{{{{LOGO}}}}\nOfficine Meccaniche Bianchi S.p.A.\nVia dell'Artigianato 22 – 25030 Castel Mella (BS) – Italia\n"
            f"Tel. +39 030 555 {phone} | [[www.omb-bianchi.example|https://www.omb-bianchi.example/]]")
marco = Pt("Marco Bianchi", "marco.bianchi@omb-bianchi.example", "olk", "Europe/Rome", "en", omb, exo_srv("AM9PR05MB8124", "eurprd05"), ui="it",
           sig=omb_sig("Marco Bianchi", "Export Sales Manager", "2718"), logo="omb", disclaimer=OMB_DISC)
giulia = Pt("Giulia Ferri", "giulia.ferri@omb-bianchi.example", "olk", "Europe/Rome", "it", omb, exo_srv("AM9PR05MB7703", "eurprd05"),
            sig=omb_sig("Giulia Ferri", "Responsabile Qualità", "2740"), logo="omb", disclaimer=OMB_DISC)
francesca = Pt("Francesca Russo", "francesca.russo@plastiche-venete.example", "gmail", "Europe/Rome", "it", plastiche,
               sig="Francesca Russo\nUfficio Tecnico – Stampi\nPlastiche Venete S.r.l.\nVia Postumia 118 – 31050 Ponzano Veneto (TV)\nTel. +39 0422 555 614\n{{GLOGO}}",
               logo="plastiche")
FI_SIG = ("{name}\n{title}\n{{{{LOGO}}}}\nFundiciones Ibéricas S.A.\nPolígono Industrial Júndiz, C/ Lermandabide 9 – 01015 Vitoria-Gasteiz\nTel. +34 945 55 {ph}\n"
          "[[www.fundiciones-ibericas.example|https://www.fundiciones-ibericas.example/]]")
javier = Pt("Javier García", "javier.garcia@fundiciones-ibericas.example", "olk", "Europe/Madrid", "es", fundiciones, exo_srv("DB8PR07MB6377", "eurprd07"),
            sig=FI_SIG.format(name="Javier García", title="Export Sales – Área DACH", ph="18 40"), logo="fundiciones",
            disclaimer="Fundiciones Ibéricas S.A. – Registro Mercantil de Álava, Tomo 1234, Folio 56, Hoja VI-7788 – CIF A-01555123")
marta = Pt("Marta Ruiz", "marta.ruiz@fundiciones-ibericas.example", "olk", "Europe/Madrid", "es", fundiciones, exo_srv("DB8PR07MB5099", "eurprd07"),
           sig=FI_SIG.format(name="Marta Ruiz", title="Ingeniería de Calidad", ph="18 62"), logo="fundiciones", disclaimer=javier.disclaimer)
LOPD = ("AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida "
        "a secreto profesional. No está permitida su comunicación, reproducción o distribución sin la autorización expresa de {org}. Si usted no es el "
        "destinatario final, por favor, elimínelo e infórmenos por esta vía.\nPROTECCIÓN DE DATOS: De conformidad con el Reglamento (UE) 2016/679 (RGPD) y la "
        "Ley Orgánica 3/2018 (LOPDGDD), le informamos de que sus datos serán tratados por {org} con la finalidad de mantener la relación comercial. Puede "
        "ejercer sus derechos de acceso, rectificación, supresión, oposición, limitación y portabilidad dirigiéndose a {dpo}.\n"
        "LEGAL NOTICE: This message and its attachments are intended exclusively for the addressee and may contain confidential information. If you are "
        "not the intended recipient, please delete it and notify the sender. Your data are processed under Regulation (EU) 2016/679 for the purpose of "
        "maintaining our business relationship; you may exercise your rights by writing to {dpo}.")
lucia = Pt("Lucía Fernández", "lucia.fernandez@componentes-navarra.example", "gmail", "Europe/Madrid", "es", navarra,
           sig="Un saludo,\n\nLucía Fernández\nDepartamento Comercial – Exportación\nComponentes Navarra S.L.\nPol. Ind. Mutilva Baja, Calle C nº 7 – 31192 Mutilva (Navarra)\n"
               "Tel. +34 948 55 31 20\n{{GLOGO}}", logo="navarra",
           disclaimer=LOPD.format(org="Componentes Navarra S.L.", dpo="protecciondatos@componentes-navarra.example"))
alejandro = Pt("Alejandro Ruiz", "alejandro.ruiz@tratamientos-ebro.example", "gmail", "Europe/Madrid", "es", ebro,
               sig="Saludos cordiales,\n\nAlejandro Ruiz Blasco\nJefe de Producción – Tratamientos Térmicos\nTratamientos Térmicos del Ebro S.L.\n"
                   "Polígono Malpica, Calle E parcela 14 – 50016 Zaragoza\nTel. +34 976 55 72 10 – Móvil +34 655 41 20 88\n{{GLOGO}}", logo="ebro",
               disclaimer=LOPD.format(org="Tratamientos Térmicos del Ebro S.L.", dpo="dpd@tratamientos-ebro.example"))
james = Pt("James Whitfield", "james.whitfield@whitfield-precision.example", "olk", "Europe/London", "en", whitfield, exo_srv("LO2P265MB4417", "GBRP265"),
           sig="Kind regards,\n\nJames Whitfield\nQuality & Customer Engineering Manager\n{{LOGO}}\nWhitfield Precision Ltd | Unit 4, Tameside Business Park | "
               "Dukinfield SK16 4PQ | UK\nT: +44 161 555 0472 | M: +44 7700 555 318\n[[whitfield-precision.example|https://www.whitfield-precision.example/]]",
           logo="whitfield",
           disclaimer="Whitfield Precision Ltd is registered in England and Wales, company no. 04415577. Registered office as above. This email and any files "
                      "transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed.")
priya = Pt("Priya Nair", "priya.nair@castellan-bearings.example", "olk", "Europe/London", "en", castellan, exo_srv("CWLP265MB5581", "GBRP265"),
           sig="Best regards,\n\nPriya Nair\nSenior Account Manager – Industrial Drives (DACH)\n{{LOGO}}\nCastellan Bearings plc\nT: +44 114 555 2290 | "
               "[[castellan-bearings.example|https://www.castellan-bearings.example/]] | [[LinkedIn|https://www.linkedin.com/company/castellan-bearings/]]",
           logo="castellan",
           disclaimer="Castellan Bearings plc, registered in England no. 00318824, Registered office: Attercliffe Works, Sheffield S9 3RP.")


# ---------------------------------------------------------------- small binary things: PNG logos, PDF, zip, CAD
def png(w, h, rgb):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    def chunk(t, d): return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


LOGO_COLORS = {"hessler": (0, 70, 140), "kessel": (120, 30, 30), "schrader": (0, 110, 80), "berger": (200, 120, 0), "usinage": (30, 60, 120),
               "acieries": (90, 90, 90), "omb": (180, 20, 40), "fundiciones": (150, 80, 20), "whitfield": (20, 40, 60), "castellan": (70, 30, 110)}
LOGOS = {k: png(160, 40, c) for k, c in LOGO_COLORS.items()}


def pdf_esc(s):
    import unicodedata
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines, uris=(), encrypt=False, producer="Microsoft® Word für Microsoft 365", when="20250303091200"):
    """A small valid PDF (probegen.pdf_document) with this generator's random helpers and escaping."""
    return pdf_document(lines, hx, rbytes, pdf_esc, uris, encrypt, producer, when, zone="+01'00'")


def zip_of(files, when=(2025, 3, 3, 9, 12, 0)):
    bio = io.BytesIO(); z = zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED)
    for name, data in files:
        zi = zipfile.ZipInfo(name, date_time=when); zi.compress_type = zipfile.ZIP_DEFLATED; zi.external_attr = 0o644 << 16
        z.writestr(zi, data)
    z.close(); return bio.getvalue()


def cad(stem, when):
    step = (f"ISO-10303-21;\nHEADER;\nFILE_DESCRIPTION(('{stem}'),'2;1');\nFILE_NAME('{stem}.stp','{when}',('Ufficio Tecnico'),('Plastiche Venete'),'','','');\n"
            "FILE_SCHEMA(('AP242_MANAGED_MODEL_BASED_3D_ENGINEERING_MIM_LF { 1 0 10303 442 1 1 4 }'));\nENDSEC;\nDATA;\n"
            + "".join(f"#{i}=CARTESIAN_POINT('',({R.randint(0, 300)}.,{R.randint(0, 200)}.,{R.randint(0, 40)}.));\n" for i in range(1, 80)) + "ENDSEC;\nEND-ISO-10303-21;\n")
    dxf = "0\nSECTION\n2\nHEADER\n9\n$ACADVER\n1\nAC1032\n0\nENDSEC\n0\nSECTION\n2\nENTITIES\n" + "".join(
        f"0\nLINE\n8\n0\n10\n{R.randint(0, 300)}.0\n20\n{R.randint(0, 200)}.0\n11\n{R.randint(0, 300)}.0\n21\n{R.randint(0, 200)}.0\n" for _ in range(50)) + "0\nENDSEC\n0\nEOF\n"
    return [(f"{stem}.stp", step), (f"{stem}.dxf", dxf), (f"{stem}.pdf", pdf([stem, "Disegno / drawing", "Scala 1:1"], producer="SOLIDWORKS 2024"))]


def msi():  # an OLE compound file header (MSI) with inert filler
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16) + b"\x3e\x00\x03\x00\xfe\xff\x09\x00\x06\x00" + bytes(10) + rbytes(20000)


def onenote():
    return (b"\xe4\x52\x5c\x7b\x8c\xd8\xa7\x4d\xae\xb1\x53\x78\xd0\x29\x96\xd3" + rbytes(2000)
            + "Haz doble clic para ver el documento".encode("utf-16-le") + rbytes(12000))


def iso(names):
    pvd = bytearray(2048); pvd[0] = 1; pvd[1:6] = b"CD001"; pvd[6] = 1; pvd[40:72] = b"RECHNUNG_2025_0412".ljust(32)
    body = bytearray(16 * 2048) + pvd + b"\xff" + b"CD001" + b"\x01" + bytes(2041)
    for nm in names: body += bytes([33 + len(nm)]) + rbytes(32) + nm.encode() + bytes(2048 - 33 - len(nm) - 1)
    return bytes(body) + rbytes(24000)


def ics(method, organizer, attendees, summary, desc, start, end, location, stamp, uid, prodid, extra=()):
    def esc(s): return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", f"METHOD:{method}", "BEGIN:VEVENT", f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}", f"UID:{uid}",
             f"SUMMARY:{esc(summary)}", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    lines += [f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n_}:mailto:{e}" for n_, e in attendees]
    lines += [f"DTSTART;TZID=W. Europe Standard Time:{start:%Y%m%dT%H%M%S}" if "Microsoft" in prodid else f"DTSTART:{start.astimezone(UTC):%Y%m%dT%H%M%SZ}",
              f"DTEND;TZID=W. Europe Standard Time:{end:%Y%m%dT%H%M%S}" if "Microsoft" in prodid else f"DTEND:{end.astimezone(UTC):%Y%m%dT%H%M%SZ}",
              f"DESCRIPTION:{esc(desc)}", f"LOCATION:{esc(location)}", "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE"] + list(extra) + ["END:VEVENT", "END:VCALENDAR"]
    if "Microsoft" in prodid:
        lines[4:4] = ["BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
                      "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100",
                      "TZOFFSETTO:+0200", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]
    out = []
    for l in lines:
        while len(l.encode()) > 74:
            cut = 73
            while len(l[:cut].encode()) > 73: cut -= 1
            out.append(l[:cut]); l = " " + l[cut:]
        out.append(l)
    return "\r\n".join(out) + "\r\n"


# ---------------------------------------------------------------- header encodings
def enc_words(s, mode="B", charset="utf-8"):
    """RFC 2047 encoded words (at most 75 characters each), joined by folding whitespace."""
    words, cur = [], ""
    def enc(x):
        data = x.encode("utf-8")
        if mode == "B": return f"=?{charset}?B?{base64.b64encode(data).decode()}?="
        q = "".join(chr(b) if (chr(b).isalnum() and b < 128) or chr(b) in "!*+-/" else ("_" if b == 32 else f"={b:02X}") for b in data)
        return f"=?{charset}?Q?{q}?="
    for ch in s:
        if len(enc(cur + ch)) > 75: words.append(enc(cur)); cur = ""
        cur += ch
    words.append(enc(cur))
    return "\n ".join(words)


def hdr_text(s, mode="B", charset="utf-8"):
    if s.isascii():
        if len(s) < 70: return s
        out, line = [], ""
        for w in s.split(" "):
            if line and len(line) + len(w) > 66: out.append(line); line = w
            else: line = (line + " " + w) if line else w
        return "\n ".join(out + [line])
    return enc_words(s, mode, charset)


def addr(name, email, mode="B"):
    if not name: return email
    if not name.isascii(): return f"{enc_words(name, mode)} <{email}>"
    if re.search(r'[,.;:()<>@"\[\]]', name): return '"' + name.replace('"', '\\"') + f'" <{email}>'
    return f"{name} <{email}>"


def who_t(x): return (x.name, x.email) if isinstance(x, Pt) else x
def addr_list(lst, mode="B"): return ",\n\t".join(addr(*who_t(x), mode) for x in lst)


# ---------------------------------------------------------------- mini markup: [[text|url]], bare URLs, {{LOGO}} (inline cid image), {{GLOGO}} (Gmail remote image)
LINK = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]")
URL = re.compile(r"https?://[^\s<>\"\]]+")
CID = {}   # logo key -> cid of its image in that organisation's Outlook signature
for k in LOGO_COLORS: CID[k] = f"image001.png@01DB{HX(4)}.{HX(8)}"
GIMG = {k: f"https://ci3.googleusercontent.com/mail-sig/AIorK4{alnum(60)}" for k in ("roth", "moreau", "plastiche", "navarra", "ebro")}


def plain_of(mk, client, logo=None):
    def link(m):
        t, u = m.group(1), m.group(2)
        if t == u: return u
        return f"{t}<{u}>" if client in ("olk", "olk16", "olk16plain", "olkmobile", "owa") else f"{t} <{u}>"
    s = LINK.sub(link, mk)
    s = s.replace("{{LOGO}}", f"[cid:{CID.get(logo, '')}]" if client in ("olk", "olk16") else "")
    s = s.replace("{{GLOGO}}", "[image: logo]" if client == "gmail" else "")
    return re.sub(r"\n{3,}", "\n\n", s)


def inline_html(line, logo=None, client="olk", who=None):
    out, pos = [], 0
    toks = []
    for m in LINK.finditer(line): toks.append((m.start(), m.end(), m.group(1), m.group(2)))
    for m in URL.finditer(line):
        if not any(a <= m.start() < b for a, b, _, _ in toks): toks.append((m.start(), m.end(), m.group(0), m.group(0)))
    toks.sort()
    for a, b, t, u in toks:
        out.append(H.escape(line[pos:a], quote=False))
        out.append(f'<a href="{H.escape(u)}">{H.escape(t, quote=False)}</a>' if client != "olk" else
                   f'<a href="{H.escape(u)}"><span style="color:#0563C1">{H.escape(t, quote=False)}</span></a>')
        pos = b
    out.append(H.escape(line[pos:], quote=False))
    s = "".join(out)
    if "{{LOGO}}" in s:
        s = s.replace("{{LOGO}}", f'<img width="160" height="40" style="width:1.6666in;height:.4166in" id="Grafik_x0020_{R.randint(1, 9)}" '
                                  f'src="cid:{CID[logo]}" alt="{H.escape(who.org.dom if who else "")}">' if logo in CID else "")
    if "{{GLOGO}}" in s:
        s = s.replace("{{GLOGO}}", f'<img width="140" height="35" src="{GIMG[logo]}">' if logo in GIMG else "")
    return s


def own_html(client, mk, who=None, small=""):
    """HTML of the writer's own text (markup), as his client lays it out; `small` is a disclaimer in small print."""
    logo = who.logo if who else None
    lines = mk.split("\n")
    if client in ("olk", "olk16"):
        lang = {"de": "DE", "fr": "FR", "it": "IT", "es": "ES", "en": "EN-GB"}[who.ui if who else "de"]
        ps = "".join(f'<p class="MsoNormal"><span lang="{lang}" style="font-size:11.0pt;font-family:&quot;Aptos&quot;,sans-serif">'
                     f'{inline_html(l, logo, client, who) or "<o:p>&nbsp;</o:p>"}</span></p>\n' for l in lines)
        if small:
            ps += "".join(f'<p class="MsoNormal"><span lang="{lang}" style="font-size:7.5pt;font-family:&quot;Arial&quot;,sans-serif;color:#7F7F7F">'
                          f'{inline_html(l, None, client, who)}</span></p>\n' for l in small.split("\n"))
        return ps
    if client == "olkmobile":
        return "".join(f'<div dir="auto">{inline_html(l, None, client, who) or "<br>"}</div>\n' for l in lines)
    if client == "owa":
        return ('<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; '
                'font-size: 12pt; color: rgb(0, 0, 0);">' + "<br>\n".join(inline_html(l, None, client, who) for l in lines) + "</div>\n")
    if client == "gmail":
        return '<div dir="ltr">' + "".join(f"<div>{inline_html(l, logo, client, who) or '<br>'}</div>" for l in lines) + "</div>\n"
    if client == "tb":
        return "<p>" + "<br>\n".join(inline_html(l, None, client, who) for l in lines) + "</p>\n"
    return "<p>" + "<br>\n".join(inline_html(l, None, client, who) for l in lines) + "</p>\n"


def doc_html(client, inner, lang="de"):
    if client in ("olk", "olk16"):
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<!--[if !mso]><style>v\\:* {behavior:url(#default#VML);}\no\\:* {behavior:url(#default#VML);}\n</style><![endif]-->\n'
                '<style><!--\n@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:12.0pt;\n\t'
                'font-family:"Aptos",sans-serif;}\na:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#467886;\n\ttext-decoration:underline;}\n'
                '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>\n'
                '</head>\n<body lang="' + {"de": "DE", "fr": "FR", "it": "IT", "es": "ES", "en": "EN-GB"}[lang] + '" link="#467886" vlink="#96607D" '
                'style="word-wrap:break-word">\n<div class="WordSection1">\n' + inner + "</div>\n</body>\n</html>\n")
    if client == "olkmobile":
        return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n' + inner + "</body>\n</html>\n")
    if client == "owa":
        return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<style type="text/css" style="display:none;"> '
                'P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n' + inner + "</body>\n</html>\n")
    if client == "gmail": return inner
    return '<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=UTF-8">\n  </head>\n  <body>\n' + inner + "  </body>\n</html>\n"


# ---------------------------------------------------------------- locale tables
DAYS = {"de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag", "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
        "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica", "es": "lunes martes miércoles jueves viernes sábado domingo",
        "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"}
MONTHS = {"de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
          "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
          "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
          "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
          "en": "January February March April May June July August September October November December"}
GDAY = {"de": "Mo. Di. Mi. Do. Fr. Sa. So.", "fr": "lun. mar. mer. jeu. ven. sam. dim.", "it": "lun mar mer gio ven sab dom",
        "es": "lun mar mié jue vie sáb dom", "en": "Mon Tue Wed Thu Fri Sat Sun"}
GMON = {"de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.", "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
        "it": "gen feb mar apr mag giu lug ago set ott nov dic", "es": "ene feb mar abr may jun jul ago sept oct nov dic",
        "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"}
OL_LABELS = {"de": ("Von:", "Gesendet:", "An:", "Cc:", "Betreff:"), "fr": ("De :", "Envoyé :", "À :", "Cc :", "Objet :"),
             "it": ("Da:", "Inviato:", "A:", "Cc:", "Oggetto:"), "es": ("De:", "Enviado el:", "Para:", "CC:", "Asunto:"),
             "en": ("From:", "Sent:", "To:", "Cc:", "Subject:")}
OL_PREFIX = {"de": "AW: ", "fr": "RE : ", "it": "R: ", "es": "RE: ", "en": "RE: "}
OL_FWD = {"de": "WG: ", "fr": "TR : ", "it": "I: ", "es": "RV: ", "en": "FW: "}
OL_ORIG = {"de": "-----Ursprüngliche Nachricht-----", "en": "-----Original Message-----"}
LOCALE = {"de": "de-DE", "fr": "fr-FR", "it": "it-IT", "es": "es-ES", "en": "en-GB"}


def wd(lang, t): return DAYS[lang].split()[t.weekday()]
def mo(lang, t): return MONTHS[lang].split()[t.month - 1]


def ol_date(lang, t):
    if lang == "de": return f"{wd(lang, t)}, {t.day}. {mo(lang, t)} {t.year} {t:%H:%M}"
    if lang == "es": return f"{wd(lang, t)}, {t.day} de {mo(lang, t)} de {t.year} {t.hour}:{t:%M}"
    if lang == "en": return f"{t:%d} {mo(lang, t)} {t.year} {t:%H:%M}"
    return f"{wd(lang, t)} {t.day} {mo(lang, t)} {t.year} {t:%H:%M}"


def gm_attr(lang, name, email, t):
    gd, gm = GDAY[lang].split()[t.weekday()], GMON[lang].split()[t.month - 1]
    return {"de": f"Am {gd}, {t.day}. {gm} {t.year} um {t:%H:%M} Uhr schrieb {name} <{email}>:",
            "fr": f"Le {gd} {t.day} {gm} {t.year} à {t:%H:%M}, {name} <{email}> a écrit :",
            "it": f"Il giorno {gd} {t.day} {gm} {t.year} alle ore {t:%H:%M} {name} <{email}> ha scritto:",
            "es": f"El {gd}, {t.day} {gm} {t.year} a las {t.hour}:{t:%M}, {name} (<{email}>) escribió:",
            "en": f"On {gd}, {t.day} {gm} {t.year} at {t:%H:%M}, {name} <{email}> wrote:"}[lang]


# ---------------------------------------------------------------- link wrappers and the owner's gateway
def safelink(url, host, rcpt, tenant, msgkey, ticks):
    return (f"https://{host}.safelinks.protection.outlook.com/?url={urllib.parse.quote(url, safe='')}&data=05%7C02%7C{urllib.parse.quote(rcpt, safe='')}"
            f"%7C{msgkey}%7C{tenant}%7C0%7C0%7C{ticks}%7CUnknown%7CTWFpbGZsb3d8eyJFbXB0eU1hcGkiOnRydWUsIlYiOiIwLjAuMDAwMCIsIlAiOiJXaW4zMiIsIkFOIjoiTWFpbCIsIldUIjoyfQ%3D%3D"
            f"%7C0%7C%7C%7C&sdata={urllib.parse.quote(b64(32), safe='')}&reserved=0")


def wrapper(kind, rcpt):
    """A function url -> wrapped url for links arriving at an organisation with this link protection."""
    key = hx(32); ticks = 638700000000000000 + R.randint(0, 10**14)
    if kind == "owner": return lambda u: u if "eur02.safelinks" in u else safelink(u, "eur02", rcpt, OWNER_TENANT, key, ticks)
    if kind == "safelinks": return lambda u: u if ".safelinks." in u else safelink(u, fundiciones.sl_host, rcpt, fundiciones.sl_tenant, key, ticks)
    if kind == "mimecast":
        return lambda u: u if "mimecast.com" in u else f"https://protect-eu.mimecast.com/s/{alnum(18)}?domain={urllib.parse.urlsplit(u).hostname}"
    if kind == "urldefense":
        return lambda u: u if "urldefense.com" in u else f"https://urldefense.com/v3/__{u}__;!!{alnum(6)}!{alnum(64, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_')}$"
    return lambda u: u


def wrap_plain(text, f):
    return URL.sub(lambda m: f(m.group(0)), text)


def wrap_html(html, f):
    return re.sub(r'href="(https?://[^"]+)"', lambda m: 'href="' + H.escape(f(H.unescape(m.group(1)))) + '"', html)


BANNER_PLAIN = ("Externe E-Mail: Diese Nachricht stammt von außerhalb der Hessler Antriebstechnik GmbH. Klicken Sie nicht auf Links und öffnen Sie keine "
                "Anhänge, wenn Sie den Absender nicht kennen und den Inhalt nicht erwarten.\n\n")
BANNER_HTML = ('<table border="0" cellspacing="0" cellpadding="0" width="100%" style="width:100.0%;background:#FFF4E5;border:solid #C55A11 1.0pt">'
               '<tr><td style="padding:4.0pt 6.0pt 4.0pt 6.0pt"><p style="margin:0;font-family:Arial,sans-serif;font-size:9.0pt;color:#7A3A00">'
               '<b>Externe E-Mail:</b> Diese Nachricht stammt von au&szlig;erhalb der Hessler Antriebstechnik GmbH. Klicken Sie nicht auf Links und '
               '&ouml;ffnen Sie keine Anh&auml;nge, wenn Sie den Absender nicht kennen und den Inhalt nicht erwarten.</p></td></tr></table>\n')


def gateway(subj, plain, html):
    f = wrapper("owner", owner.email)
    dsubj = subj if "[EXTERNAL]" in subj else "[EXTERNAL] " + subj
    return dsubj, BANNER_PLAIN + wrap_plain(plain, f), (BANNER_HTML + wrap_html(html, f)) if html is not None else None


def view(q, replier):
    """(plain, html, subject) of record q as replier's mailbox holds it."""
    if replier.org is hessler:
        return (q["dplain"], q["dhtml"], q["dsubj"]) if q.get("ext") else (q["plain"], q["html"], q["subj"])
    if q["org"] is replier.org or not getattr(replier.org, "wrap", None):
        return q["plain"], q["html"], q["subj"]
    f = wrapper(replier.org.wrap, replier.email)
    return wrap_plain(q["plain"], f), (wrap_html(q["html"], f) if q["html"] else None), q["subj"]


def qname(x, replier):
    n_, e = who_t(x)
    dom = e.split("@")[1]
    return n_ if (replier.org.dom == dom and replier.client in ("olk", "olk16", "olk16plain")) else f"{n_} <{e}>"


def quote(replier, q, client=None):
    """(plain, html) quote of record q below a reply, as replier's client writes it in his UI language and time zone."""
    client = client or replier.client
    qp, qh, qs = view(q, replier)
    if qh is None: qh = '<div class="PlainText">' + "<br>\n".join(H.escape(l, quote=False) for l in qp.split("\n")) + "</div>\n"
    t = q["when"].astimezone(replier.tz)
    ui = replier.ui
    if client in ("olk", "olk16", "olk16plain", "olkmobile", "owa"):
        lf, ls, lt, lc, lsub = OL_LABELS[ui]
        date = ol_date(ui, t)
        if client == "olkmobile":
            date = f"{wd(ui, t)}, {mo(ui, t)} {t.day}, {t.year} {(t.hour - 1) % 12 + 1}:{t:%M:%S} {'AM' if t.hour < 12 else 'PM'}"
        rows = [(lf, qname(q["frm"], replier)), (ls, date), (lt, "; ".join(qname(x, replier) for x in q["to"]))]
        if q["cc"]: rows.append((lc, "; ".join(qname(x, replier) for x in q["cc"])))
        rows.append((lsub, qs))
        block = "\n".join(f"{k} {v}" for k, v in rows)
        if client == "olk16plain":
            return "\n\n" + OL_ORIG.get(ui, OL_ORIG["en"]) + "\n" + block + "\n\n" + qp, None
        if client in ("olkmobile", "owa"):
            hb = "<br>\n".join(f"<b>{H.escape(k)}</b> {H.escape(v)}" for k, v in rows)
            html = ('<div id="mail-editor-reference-message-container"><div dir="auto"><br></div><hr style="display:inline-block;width:98%" tabindex="-1">\n'
                    if client == "olkmobile" else '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n')
            html += ('<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">' + hb
                     + '</font>\n<div>&nbsp;</div>\n</div>\n' + qh + ("</div>\n" if client == "olkmobile" else ""))
            return "\n\n________________________________\n" + block + "\n\n" + qp, html
        hb = "<br>\n".join(f"<b>{H.escape(k)}</b> {H.escape(v)}" for k, v in rows)
        html = ('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                f'<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">{hb}<o:p></o:p></span></p>\n</div>\n</div>\n'
                '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + qh)
        return "\n\n" + block + "\n\n" + qp, html
    if client == "gmail":
        n_, e = who_t(q["frm"])
        attr = gm_attr(replier.lang, n_, e, t)
        lines = "\n".join((">" + l) if l.startswith(">") else ("> " + l if l else ">") for l in qp.split("\n"))
        html = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">' + H.escape(attr) + '<br></div><blockquote class="gmail_quote" '
                'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' + qh + "</blockquote></div>\n")
        return "\n\n" + attr + "\n\n" + lines, html
    if client in ("tb", "php"):
        n_, e = who_t(q["frm"])
        attr = f"Am {t:%d.%m.%Y} um {t:%H:%M} schrieb {n_}:" if client == "tb" else f"Am {t:%d.%m.%Y} {t:%H:%M}, schrieb {n_} <{e}>:"
        lines = "\n".join((">" + l) if l.startswith(">") else ("> " + l if l else ">") for l in qp.split("\n"))
        html = (f'<div class="moz-cite-prefix">{H.escape(attr)}<br>\n</div>\n<blockquote type="cite" cite="mid:{q["m"][1:-1]}">\n' + qh + "</blockquote>\n")
        return "\n\n" + attr + "\n" + lines, html
    raise ValueError(client)


# ---------------------------------------------------------------- MIME
def part(ctype, text, cte="quoted-printable", charset="utf-8", params=""):
    try: data = text.encode(charset)
    except UnicodeEncodeError: charset, data = "utf-8", text.encode("utf-8")
    if cte == "quoted-printable": payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64": payload = base64.encodebytes(data).decode("ascii")
    else: cte = "7bit" if data.isascii() else "8bit"; payload = text
    return [f'Content-Type: {ctype}; charset="{charset}"{params}', f"Content-Transfer-Encoding: {cte}"], payload


def boundary(client, subtype, key):
    if client in ("olk", "olk16", "olk16plain", "olkmobile", "owa", "oof"):
        return {"alternative": "_000_", "related": "_004_", "mixed": "_005_", "report": "_002_"}[subtype] + key + "_"
    if client == "gmail": return "000000000000" + hx(16)
    if client == "tb": return "------------" + alnum(24)
    if client == "php": return "b1=_" + alnum(42)
    return "=_" + hx(24)


def multipart(client, subtype, parts, key, params=""):
    b = boundary(client, subtype, key)
    body = []
    for ph, pb in parts: body += [f"--{b}"] + ph + ["", pb.rstrip("\n")]
    body.append(f"--{b}--")
    return [f'Content-Type: multipart/{subtype};{params}\n\tboundary="{b}"'], "\n".join(body) + "\n"


def attpart(client, name, data, ctype, when, cid=None):
    h = [f'Content-Type: {ctype}; name="{name}"']
    outlook = client in ("olk", "olk16", "olkmobile", "owa")
    if outlook: h.append(f"Content-Description: {name}")
    disp = f'Content-Disposition: {"inline" if cid else "attachment"}; filename="{name}"'
    if outlook:
        w = when.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
        disp += f'; size={len(data)};\n\tcreation-date="{w}";\n\tmodification-date="{w}"'
    h.append(disp)
    if cid: h.append(f"Content-ID: <{cid}>")
    h.append("Content-Transfer-Encoding: base64")
    if client == "gmail": h.append(f"X-Attachment-Id: f_{alnum(9, 'abcdefghijklmnopqrstuvwxyz0123456789')}0")
    return h, base64.encodebytes(data).decode("ascii")


# ---------------------------------------------------------------- Message-IDs, dates, Exchange builds
def srv_short(srv): return srv.split(".")[0]


def make_mid(client, who, t, srv=None):
    srv = srv or who.srv
    if client in ("olk", "olkmobile", "owa"):
        return f"<{srv_short(srv)}{HX(28)}{R.randint(0, 9)}@{srv}>"
    if client == "oof": return f"<{hx(32)}@{srv}>"
    if client in ("olk16", "olk16plain"): return f"<{hx(32)}@{who.org.exch}>"
    if client == "gmail": return "<CA" + b64(40).replace("/", "_").replace("+", "-")[:52] + "@mail.gmail.com>"
    if client == "tb": return f"<{ruuid()}@{who.dom}>"
    if client == "php": return f"<{alnum(43)}@vm1812.vps-cloudhost.example>"
    return f"<{hx(32)}@{who.dom}>"


def exo_build(t, mapi=False):
    t = t.astimezone(UTC)
    b = 8489 if t < datetime.datetime(2025, 4, 1, tzinfo=UTC) else 8632 if t < datetime.datetime(2025, 6, 1, tzinfo=UTC) else \
        8857 if t < datetime.datetime(2025, 9, 1, tzinfo=UTC) else 9412
    return f"15.20.{b}.{R.randint(10, 40):03d}" if mapi else f"15.20.{b}.{R.randint(10, 40)}"


def utc_date(t): t = t.astimezone(UTC); return t.strftime(f"%a, {t.day} %b %Y %H:%M:%S +0000")
def loc_date(t): return t.strftime(f"%a, {t.day} %b %Y %H:%M:%S %z")
def v6(region): return (f"2603:10a6:{hx(3)}:{hx(3)}::{R.randint(2, 30)}" if "GBR" in region or "eur" in region.lower() or "DEU" in region
                        else f"2603:10b6:{hx(3)}:{hx(3)}::{R.randint(2, 30)}")


def exo_hops(who_srv, region, t, smtp_client=None):
    """The sender tenant's own hops (newest first): mailbox -> transport, and the mapi submission (or SMTP AUTH submission)."""
    out_srv = exo_srv(f"{srv_short(who_srv)[:4]}PR{R.randint(10, 99)}MB{R.randint(1000, 9999)}", region)
    t1 = t + datetime.timedelta(seconds=1)
    hops = [("Received", f"from {who_srv} ({v6(region)}) by\n {out_srv} ({v6(region)}) with\n Microsoft SMTP Server (version=TLS1_2,\n "
                         f"cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {exo_build(t)}; {utc_date(t1)}")]
    if smtp_client:
        fe = exo_srv(f"{srv_short(who_srv)[:4]}CA{R.randint(1000, 9999):04d}", region)
        hops.append(("Received", f"from [{smtp_client[0]}] ({smtp_client[1]}) by\n {fe} ({v6(region)}) with\n Microsoft SMTP Server (version=TLS1_2,\n "
                                 f"cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {exo_build(t)} via Frontend Transport; {utc_date(t)}"))
    else:
        ll = f"fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}"
        hops.append(("Received", f"from {who_srv}\n ([{ll}]) by {who_srv}\n ([{ll}%{R.randint(3, 7)}]) with mapi id {exo_build(t, True)}; {utc_date(t)}"))
    return hops


def dkim(d, s, t, h):
    sig = b64(256)
    return ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};\n s={s}; t={int(t.timestamp())};\n h={h};\n bh={b64(32)};\n b="
            + "\n ".join(sig[i:i + 72] for i in range(0, len(sig), 72)))


EXO_DKIM_H = "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"
GOOGLE_H = "mime-version:references:in-reply-to:from:date:message-id:subject:to:cc"


def arc_ms(t):
    return [("ARC-Seal", f"i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={b64(60)}\n {b64(60)}"),
            ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:"
                                      "MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n"
                                      f" bh={b64(32)};\n b={b64(60)}\n {b64(60)}"),
            ("ARC-Authentication-Results", "i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none")]


OWNER_SRV = owner.srv
OWNER_MBX2 = exo_srv("DB9PR03MB8345", "eurprd03")


def inbound(who, t, lang, kind=None, sender=None, smtp_client=None, php_from=None):
    """(headers before the message's own, headers after them) of a message from outside as the owner's Exchange Online stores it."""
    o = who.org; kind = kind or o.kind
    ts = [t + datetime.timedelta(seconds=k) for k in range(0, 8)]
    pre = []
    if kind in ("exo", "mimecast", "proofpoint", "mimecast-smtp"):
        snd = sender or who
        side = arc_ms(t)
        if kind == "exo": side.append(dkim(o.d, o.s, t, EXO_DKIM_H))
        side += exo_hops(snd.srv, o.region, t, smtp_client)
        if kind in ("mimecast", "mimecast-smtp"):
            side = [("Received", f"from {o.obe}.outbound.protection.outlook.com\n ({o.ptr}.outbound.protection.outlook.com [{o.ip}]) by\n relay.mimecast.com with "
                                 f"ESMTP with both STARTTLS and AUTH (version=TLSv1.3,\n cipher=TLS_AES_256_GCM_SHA384) id de-mta-{R.randint(10, 40)}-{alnum(22)}-1;\n"
                                 f" {ts[2].astimezone(UTC):%a, %d %b %Y %H:%M:%S -0000}"),
                    ("X-MC-Unique", f"{alnum(22)}-1"), ("X-Mimecast-MFC-AGG-ID", alnum(40, "abcdefghijklmnopqrstuvwxyz0123456789")),
                    dkim(o.d, o.s, t, "from:from:reply-to:subject:subject:date:date:message-id:message-id:\n  to:to:cc:cc:mime-version:mime-version:content-type:content-type")] + side
            helo, ip, ptr, ctry = "eu-smtp-delivery-151.mimecast.com", "185.58.86.151", "eu-smtp-delivery-151.mimecast.com", "GB"
        elif kind == "proofpoint":
            side = [("Received", f"from {o.obe}.outbound.protection.outlook.com\n ({o.ptr}.outbound.protection.outlook.com [{o.ip}])\n by {o.pps} (PPS) with ESMTPS id "
                                 f"4{alnum(9, 'abcdefghijklmnopqrstuvwxyz0123456789')}-1\n (version=TLSv1.2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256 verify=NOT)\n"
                                 f" for <{owner.email}>; {ts[2].astimezone(UTC):%a, %d %b %Y %H:%M:%S +0000}"),
                    ("X-Proofpoint-GUID", alnum(32)), ("X-Proofpoint-ORIG-GUID", alnum(32)),
                    ("X-Proofpoint-Virus-Version", "vendor=baseguard\n engine=ICAP:2.0.293,Aquarius:18.0.1057,Hydra:6.0.680,FMLib:17.12.68.34\n "
                                                   f"definitions={t:%Y-%m-%d}_04,{t:%Y-%m-%d}_02,{t:%Y-%m-%d}_01"),
                    ("X-Proofpoint-Spam-Details", "rule=outbound_notspam policy=outbound score=0 spamscore=0\n malwarescore=0 phishscore=0 adultscore=0 bulkscore=0 "
                                                  "classifier=spam adjust=0\n reason=mlx scancount=1 engine=8.19.0-2411120000 definitions=main-" + f"{t:%y%m%d}0044"),
                    dkim(o.d, o.s, t, "cc:content-type:date:from:in-reply-to:message-id\n\t:mime-version:references:subject:to")] + side
            helo, ip, ptr, ctry = o.pps, o.ppsip, o.pps, "US"
        else:
            helo, ip, ptr, ctry = f"{o.obe}.outbound.protection.outlook.com", o.ip, f"{o.ptr}.outbound.protection.outlook.com", ""
        mailfrom = o.dom
    elif kind in ("google", "google-php"):
        g = R.choice(["ej1-f54", "wm1-f41", "ed1-f45", "wr1-f53", "lj1-f172"])
        helo = f"mail-{g}.google.com"; ip = f"209.85.{R.randint(128, 222)}.{R.randint(2, 250)}"; ptr, ctry = helo, "US"
        pst = t.astimezone(ZoneInfo("America/Los_Angeles"))
        la = pst.strftime(f"%a, %d %b %Y %H:%M:%S %z ({pst.strftime('%Z')})")
        side = [dkim(o.d, "google", t, GOOGLE_H), ("X-Google-DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d=1e100.net; s=20230601; t={int(t.timestamp())};\n"
                                                                                 f" h=cc:to:subject:message-id:date:from:in-reply-to:references:mime-version;\n bh={b64(32)};\n b={b64(60)}"),
                ("X-Gm-Message-State", "AOJu0Y" + alnum(58)), ("X-Gm-Gg", "ASbGnc" + alnum(70)), ("X-Google-Smtp-Source", "AGHT+I" + alnum(64)),
                ("X-Received", f"by 2002:a17:907:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {hx(16)}mr{R.randint(10**6, 10**7)}66b.{R.randint(2, 40)};\n {la}")]
        if kind == "google-php":
            side.append(("Received", f"from [{php_from}] (vm1812.vps-cloudhost.example. [{php_from}])\n by smtp.gmail.com with ESMTPSA id "
                                     f"a640c23a62f3a-{hx(11)}sm{R.randint(10**6, 10**7)}66b.{R.randint(2, 60)}.{t.year}.{t.month:02d}.{t.day:02d}\n for <{owner.email}>\n"
                                     f" (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n {la}"))
        side = [("Received", f"by {helo} with SMTP id a640c23a62f3a-{hx(11)}so{R.randint(10**6, 10**7)}66b.{R.randint(0, 3)}\n for <{owner.email}>; {la}")] + side
        mailfrom = o.dom
    elif kind == "onprem":
        helo, ip, ptr, ctry = o.helo, o.ip, o.helo, "DE"
        ex = o.exch; ll = f"fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}"
        lt = lambda x: x.astimezone(BERLIN).strftime(f"%a, {x.day} %b %Y %H:%M:%S %z")
        side = [dkim(o.d, o.s, t, "From:To:Subject:Date:Message-ID:References:In-Reply-To:Content-Type:MIME-Version"),
                ("Received", f"from {ex} (10.10.1.21) by mail.kessel-guss.example with ESMTPS\n (NoSpamProxy 14.1.0.38) id {HX(8)}; {lt(ts[1])}"),
                ("Received", f"from {ex} (10.10.1.21) by {ex} (10.10.1.21) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P384) "
                             f"id\n 15.1.2507.39; {lt(ts[1])}"),
                ("Received", f"from {ex} ([{ll}]) by {ex}\n ([{ll}%12]) with mapi id 15.01.2507.039; {lt(t)}")]
        mailfrom = o.dom
    else:
        raise ValueError(kind)
    eop = f"DU2PEPF0002{HX(4)}"
    ca = f"DU7P195CA{R.randint(1000, 9999):04d}"
    pre = [("Received", f"from {OWNER_MBX2} (::1) by\n {OWNER_SRV} with HTTPS; {utc_date(ts[4])}"),
           ("Received", f"from {ca}.EURP195.PROD.OUTLOOK.COM ({v6('eurprd03')}) by\n {OWNER_SRV} ({v6('eurprd03')}) with\n Microsoft SMTP Server (version=TLS1_2,\n "
                        f"cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {exo_build(t)}; {utc_date(ts[4])}"),
           ("Received", f"from {eop}.eurprd03.prod.outlook.com\n ({v6('eurprd03')}:cafe::{hx(2)}) by {ca}.outlook.office365.com\n ({v6('eurprd03')}) with Microsoft SMTP "
                        f"Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id {exo_build(t)} via Frontend Transport; {utc_date(ts[3])}"),
           ("Authentication-Results", f"spf=pass (sender IP is {ip})\n smtp.mailfrom={mailfrom}; dkim=pass (signature was verified)\n header.d={o.d};dmarc=pass "
                                      f"action=none\n header.from={o.dom};compauth=pass reason=100"),
           ("Received-SPF", f"Pass (protection.outlook.com: domain of\n {mailfrom} designates {ip} as permitted sender)\n receiver=protection.outlook.com; "
                            f"client-ip={ip};\n helo={helo}; pr=C"),
           ("Received", f"from {helo} ({ip}) by\n {eop}.mail.protection.outlook.com (10.167.{R.randint(8, 250)}.{R.randint(2, 250)}) with Microsoft\n SMTP Server "
                        f"(version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id\n {exo_build(t)} via Frontend Transport; {utc_date(ts[3])}")] + side
    nmid = ruuid()
    arr = ts[3].astimezone(UTC).strftime("%d %b %Y %H:%M:%S") + f".{R.randint(1000, 9999)} (UTC)"
    post = [("X-MS-Exchange-Organization-ExpirationStartTime", arr), ("X-MS-Exchange-Organization-ExpirationStartTimeReason", "OriginalSubmit"),
            ("X-MS-Exchange-Organization-ExpirationInterval", "1:00:00:00.0000000"), ("X-MS-Exchange-Organization-ExpirationIntervalReason", "OriginalSubmit"),
            ("X-MS-Exchange-Organization-Network-Message-Id", nmid), ("X-EOPAttributedMessage", "0"), ("X-EOPTenantAttributedMessage", f"{OWNER_TENANT}:0"),
            ("X-MS-Exchange-Organization-MessageDirectionality", "Incoming"), ("X-MS-PublicTrafficType", "Email"),
            ("X-MS-TrafficTypeDiagnostic", f"{eop}:EE_|{srv_short(OWNER_SRV)}:EE_"), ("X-MS-Exchange-Organization-AuthSource", f"{eop}.eurprd03.prod.outlook.com"),
            ("X-MS-Exchange-Organization-AuthAs", "Anonymous"), ("X-MS-Office365-Filtering-Correlation-Id", ruuid()), ("X-MS-Exchange-Organization-SCL", "1"),
            ("X-Microsoft-Antispam", "BCL:0;ARA:13230040|69100299015|8096899003|4022899009;"),
            ("X-Forefront-Antispam-Report", f"CIP:{ip};CTRY:{ctry};LANG:{lang};SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:{helo};PTR:{ptr};CAT:NONE;\n "
                                            "SFS:(13230040)(69100299015)(8096899003)(4022899009);DIR:INB;"),
            ("X-MS-Exchange-CrossTenant-OriginalArrivalTime", arr), ("X-MS-Exchange-CrossTenant-Network-Message-Id", nmid),
            ("X-MS-Exchange-CrossTenant-Id", OWNER_TENANT), ("X-MS-Exchange-CrossTenant-AuthSource", f"{eop}.eurprd03.prod.outlook.com"),
            ("X-MS-Exchange-CrossTenant-AuthAs", "Anonymous"), ("X-MS-Exchange-CrossTenant-FromEntityHeader", "Internet"),
            ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", srv_short(OWNER_SRV)),
            ("X-MS-Exchange-Transport-EndToEndLatency", f"00:00:0{R.randint(1, 4)}.{R.randint(10**6, 10**7 - 1)}"),
            ("X-MS-Exchange-Processed-By-BccFoldering", exo_build(t, True)),
            ("X-Microsoft-Antispam-Mailbox-Delivery", "ucf:0;jmr:0;auth:0;dest:I;ENG:(910005)(944506478)(944626604)(920097)(930097)(3100021)(140003);"),
            ("X-Microsoft-Antispam-Message-Info", "\n\t".join(b64(54) for _ in range(4)))]
    return pre, post


def internal(who, t):
    ll = f"fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}"
    pre = [("Received", f"from {OWNER_MBX2} (::1) by\n {OWNER_SRV} with HTTPS; {utc_date(t + datetime.timedelta(seconds=2))}"),
           ("Received", f"from {who.srv} ({v6('eurprd03')}) by\n {OWNER_SRV} ({v6('eurprd03')}) with\n Microsoft SMTP Server (version=TLS1_2,\n "
                        f"cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {exo_build(t)}; {utc_date(t + datetime.timedelta(seconds=1))}"),
           ("Received", f"from {who.srv}\n ([{ll}]) by {who.srv}\n ([{ll}%5]) with mapi id {exo_build(t, True)}; {utc_date(t)}")]
    post = [("X-MS-Exchange-Organization-AuthAs", "Internal"), ("X-MS-Exchange-Organization-AuthMechanism", "04"),
            ("X-MS-Exchange-Organization-AuthSource", who.srv), ("X-MS-Exchange-Organization-SCL", "-1"),
            ("X-MS-Exchange-Organization-MessageDirectionality", "Originating"), ("X-MS-Exchange-Organization-Network-Message-Id", ruuid()),
            ("X-MS-Exchange-CrossTenant-FromEntityHeader", "Hosted"), ("X-MS-Exchange-CrossTenant-AuthAs", "Internal"),
            ("X-MS-Exchange-Transport-EndToEndLatency", f"00:00:01.{R.randint(10**6, 10**7 - 1)}")]
    return pre, post


# ---------------------------------------------------------------- building one message
pending = []   # (utc, folder, raw bytes, (message-id, label), scenario)
OUTLOOK = ("olk", "olk16", "olk16plain", "olkmobile", "owa", "oof")
MAILER = {"tb": ("User-Agent", "Mozilla Thunderbird"), "php": ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")}
CIDMAP = {}


def cids_in(html):
    return list(dict.fromkeys(re.findall(r'src="cid:([^"]+)"', html or "")))


def emit(folder, who, t, to, cc, subj, refs, plain, html, atts=(), client=None, sender=None, extra=(), label=None, scen=None, mid=None, lang=None,
         tidx=None, topic=None, body=None, kind=None, irt="last", smtp_client=None, php_from=None, drop=(), date=None):
    client = client or who.client
    lang = lang or who.lang
    ext = folder == "INBOX" and who.org is not hessler
    m = mid or make_mid(client, sender or who, t)
    dsubj, dplain, dhtml = gateway(subj, plain, html) if ext else (subj, plain, html)
    key = (srv_short((sender or who).srv) if (sender or who).srv else "KGEX01") + HX(14)
    if callable(body): body = body(dplain, dhtml, key)
    if body is None:
        cs = "windows-1252" if client == "olk16plain" else "utf-8"
        tp = part("text/plain", dplain, "quoted-printable", cs, "; format=flowed" if client == "tb" else "")
        if dhtml is not None:
            b = multipart(client, "alternative", [tp, part("text/html", doc_html(client, dhtml, who.ui), "quoted-printable")], key)
            imgs = cids_in(dhtml)
            if imgs and client in ("olk", "olk16"):
                rev = {v: k for k, v in CID.items()}
                b = multipart(client, "related", [b] + [attpart(client, f"image{i + 1:03d}.png", LOGOS[rev[c]], "image/png", t, cid=c)
                                                        for i, c in enumerate(imgs) if c in rev], key, ' type="multipart/alternative";')
        else:
            b = tp
        if atts:
            b = multipart(client, "mixed", [b] + [attpart(client, nm, data, ct, t) for nm, data, ct in atts], key)
        body = b
    bh, bb = body
    mode = "Q" if client in ("gmail", "tb") else "B"
    F = ("From", addr(who.name, who.email, mode))
    T = ("To", addr_list(to, mode)) if to else None
    C = ("CC" if client in OUTLOOK else "Cc", addr_list(cc, mode)) if cc else None
    S = ("Subject", hdr_text(dsubj, mode))
    if date is None: date = utc_date(t) if (client in ("olk", "olkmobile", "owa", "oof") or who.org is hessler) else loc_date(t)
    D = ("Date", date); M = ("Message-ID", m)
    irt_v = refs[-1] if (refs and irt == "last") else irt if irt not in ("last", None) else None
    IRT = ("In-Reply-To", irt_v) if irt_v else None
    REF = ("References", "\n ".join(refs)) if refs else None
    MV = ("MIME-Version", "1.0")
    if client in OUTLOOK:
        order = [F, ("Sender", addr(sender.name, sender.email)) if sender else None, T, C, S, ("Thread-Topic", hdr_text(topic or subj)),
                 ("Thread-Index", base64.b64encode(tidx).decode()) if tidx else None, D, M, REF, IRT,
                 ("Accept-Language", f"{LOCALE[who.ui]}, en-US"), ("Content-Language", LOCALE[lang]), ("X-MS-Has-Attach", "yes" if atts else ""),
                 ("X-MS-TNEF-Correlator", "")]
        if client == "olk" and who.org.kind != "onprem": order.append(("msip_labels", ""))
        if client in ("olk16", "olk16plain"): order += [("x-ms-exchange-transport-fromentityheader", "Hosted"), ("x-originating-ip", f"[10.10.5.{R.randint(20, 80)}]")]
        if client == "olkmobile": order.append(("x-ms-exchange-messagesentrepresentingtype", "1"))
        if who.org.kind in ("exo", "mimecast", "proofpoint") and folder == "INBOX":
            order += [("x-ms-exchange-senderadcheck", "1"), ("x-ms-exchange-antispam-relay", "0"), ("x-ms-publictraffictype", "Email")]
        order += ["CT", MV]
    elif client == "gmail":
        order = [MV, REF, IRT, F, D, M, S, T, C, "CT"]
    elif client == "tb":
        order = [M, D, MV, MAILER["tb"] if not any(k == "User-Agent" for k, _ in extra) else None, S, ("Content-Language", LOCALE[lang]), T, C, REF, F, IRT, "CT"]
    elif client == "php":
        order = [D, T, C, F, S, M, IRT, REF, MAILER["php"], MV, "CT"]
    else:
        order = [F, T, C, S, D, M, IRT, REF, MV, "CT"]
    hdrs, post = [], []
    if folder == "INBOX":
        if who.org is hessler: pre, post = internal(who, t)
        else: pre, post = inbound(who, t, lang[:2], kind=kind, sender=sender, smtp_client=smtp_client, php_from=php_from)
        hdrs += pre
    for o in order:
        if o == "CT": hdrs += [tuple(x.split(": ", 1)) for x in bh]
        elif o: hdrs.append(o)
    hdrs += list(extra) + post
    hdrs = [x for x in hdrs if x[0] not in drop]
    raw = "\n".join(f"{k}: {v}" for k, v in hdrs) + "\n\n" + bb
    raw = raw.replace("\r\n", "\n").replace("\n", "\r\n")
    pending.append((t.astimezone(UTC), folder, raw.encode("utf-8"), (m, label), scen))
    return dict(m=m, frm=who, org=who.org, when=t, to=list(to), cc=list(cc or []), subj=subj, plain=plain, html=html, dsubj=dsubj, dplain=dplain,
                dhtml=dhtml, ext=ext, client=client)


# ---------------------------------------------------------------- threads
PFX = re.compile(r"^\s*((re|aw|r|rv|tr|wg|fw|fwd|i|automatische antwort|réponse automatique)\s*:\s*)+", re.I)


def reply_subj(client, ui, prev):
    base = PFX.sub("", prev)
    if client in OUTLOOK: return OL_PREFIX[ui] + base
    if client == "gmail": return prev if re.match(r"(?i)re:", prev) else "Re: " + prev
    if client == "php": return "AW: " + base
    return "Re: " + base


def at(s, tz):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(second=R.randint(3, 58), tzinfo=tz if isinstance(tz, datetime.tzinfo) else ZoneInfo(tz))


def tbase(t):
    ft = int((t.astimezone(UTC) - datetime.datetime(1601, 1, 1, tzinfo=UTC)).total_seconds() * 10**7)
    return b"\x01" + ((ft >> 24) & 0xFFFFFFFFFF).to_bytes(5, "big") + rbytes(16)


def thread(base, p, people=(), start_refs=None):
    return dict(base=base, p=p, refs=list(start_refs or []), last=None, first=None, tb=None, n=0, people=[p] + list(people), subj=None)


def same(a, b): return who_t(a)[1].lower() == who_t(b)[1].lower()


def say(st, who, when, text, to=None, cc=None, atts=(), label=None, kind=None, scen=None, client=None, quote_rec="last", subj=None, refs=None,
        keep=True, sig=True, extra=(), tz=None, sender=None, mid=None, plain_own=None, html_own=None, body=None, irt="last", transport=None,
        smtp_client=None, php_from=None, lang=None, date=None, drop=(), topic=None, sigof=None, q_override=None):
    """One message of thread st written by who (Katharina -> Sent, everyone else -> INBOX) at local time `when`."""
    client = client or who.client
    t = at(when, ZoneInfo(tz) if tz else who.tz)
    sw = sigof or who
    small = sw.disclaimer if sig else ""
    mk = text + ("\n\n" + sw.sig if sig and sw.sig else "")
    if client not in ("olk", "olk16") and small: mk += "\n\n" + small; small = ""
    own_p = plain_own if plain_own is not None else plain_of(mk, client, who.logo) + ("\n\n" + plain_of(small, client) if small else "")
    own_h = html_own if html_own is not None else own_html(client, mk, sw, small=small)
    q = st["last"] if quote_rec == "last" else quote_rec
    qp, qh = q_override if q_override else quote(who, q, client) if q else ("", "")
    plain = own_p + qp
    html = None if client == "olk16plain" else own_h + (qh or "")
    if subj is None:
        subj = st["base"] if q is None else reply_subj(client, who.ui, view(q, who)[2])
    if to is None:
        if q and same(q["frm"], who): to = [x for x in q["to"] if not same(x, who)] or [owner]   # a reply to one's own message goes to its recipients
        elif q: to = [q["frm"]]
        else: to = [st["p"]]
    if cc is None:
        taken = {who_t(x)[1].lower() for x in to} | {who.email.lower()}
        cc = [x for x in st["people"] if who_t(x)[1].lower() not in taken]
    for x in ([who] + list(to) + list(cc)) if keep else ():
        if not any(same(x, y) for y in st["people"]): st["people"].append(x)
    if st["tb"] is None: st["tb"] = tbase(t)
    tidx = st["tb"] + rbytes(5 * st["n"]) if client in OUTLOOK else None
    st["n"] += 1
    r = emit("Sent" if who is owner else "INBOX", who, t, to, cc, subj, st["refs"] if refs is None else refs, plain, html, atts=atts, client=client,
             sender=sender, extra=extra, label=(label, kind) if label else None, scen=scen, mid=mid, lang=lang, tidx=tidx,
             topic=topic or PFX.sub("", st["base"]), body=body, kind=transport, irt=irt, smtp_client=smtp_client, php_from=php_from, date=date, drop=drop)
    if keep:
        st["refs"].append(r["m"]); st["last"] = r
        if st["first"] is None: st["first"] = r
    return r


def test(st, who, when, text, label, kind, scen, **kw):
    return say(st, who, when, text, label=label, kind=kind, scen=scen, **kw)


# ---------------------------------------------------------------- special bodies
def report_body(text_de, reporting_ua, final_rcpt, orig_mid):
    """An Exchange read receipt: multipart/report with a human part and a message/disposition-notification part."""
    def build(dplain, dhtml, key):
        human = part("text/plain", dplain, "quoted-printable")
        mdn = ([ "Content-Type: message/disposition-notification", "Content-Transfer-Encoding: 7bit"],
               f"Reporting-UA: {reporting_ua}\nFinal-Recipient: rfc822;{final_rcpt}\nOriginal-Message-ID: {orig_mid}\n"
               "Disposition: manual-action/MDN-sent-manually; displayed\n")
        return multipart("oof", "report", [human, mdn], key, " report-type=disposition-notification;")
    return build


def meeting_body(cal):
    def build(dplain, dhtml, key):
        return multipart("olk", "alternative", [part("text/plain", dplain), part("text/html", doc_html("olk", dhtml, "fr")),
                                                part("text/calendar", cal, "base64", params="; method=REQUEST")], key)
    return build


PORTAL = "https://lieferantenportal.hessler-antriebe.example"
def pdfatt(name, lines, **kw): return (name, pdf(lines, **kw), "application/pdf")


# ================================================================ T1 Kessel (Exchange 2016 on-prem, plain text): read receipt (G3), order confirmation (G21), A1
T1 = thread("Lagergehäuse LG-160 – Abrufe 2. Quartal", rainer, people=[tobias, heiko])
say(T1, owner, "2025-02-24 09:10", "Hallo Herr Vogt,\n\nfür das 2. Quartal rufen wir aus dem Rahmenauftrag 4500098 folgende Mengen Lagergehäuse LG-160 (Zeichnung Index F) ab:\n\n"
    "KW 15: 180 Stk\nKW 18: 180 Stk\nKW 22: 220 Stk\n\nBitte bestätigen Sie uns die Termine. Herr Wendt (Konstruktion) und Herr Lammers (Versand) sind in Kopie.",
    to=[rainer], cc=[tobias, heiko])
say(T1, rainer, "2025-02-24 14:32", "Hallo Frau Brandt,\n\nKW 15 und KW 18 können wir so bestätigen. In KW 22 ist unsere Formanlage 2 in der Jahreswartung, dort schaffen wir "
    "nur 200 Stück. Die restlichen 20 Stück könnten wir in KW 24 nachliefern.\n\nGeht das für Sie in Ordnung?")
say(T1, owner, "2025-02-25 08:05", "Hallo Herr Vogt,\n\nja, 200 Stück in KW 22 und 20 Stück in KW 24 passt. Bitte senden Sie mir dazu eine aktualisierte Auftragsbestätigung.",
    extra=[("Disposition-Notification-To", addr(owner.name, owner.email))])
ask = T1["last"]
test(T1, rainer, "2025-02-25 08:41", "", "genuine", "genuine-hard", "G3 Exchange 2016 read receipt (Gelesen:, multipart/report)", keep=False, sig=False,
     subj="Gelesen: " + ask["subj"], to=[owner], cc=[], quote_rec=None, client="olk16plain",
     plain_own="Ihre Nachricht\n\n  An: Rainer Vogt\n  Betreff: " + ask["subj"] + "\n  Gesendet: Dienstag, 25. Februar 2025 08:05:"
               f"{ask['when']:%S} (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien\n\nwurde am Dienstag, 25. Februar 2025 08:41:12 (UTC+01:00) "
               "Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen.",
     body=report_body("", "KGEX01.kessel.local; Microsoft Exchange Server 2016", rainer.email, ask["m"]))
test(T1, rainer, "2025-02-25 11:20", "Hallo Frau Brandt,\n\nanbei die geänderte Auftragsbestätigung AB 25-10331 mit den neuen Terminen (KW 15, 18, 22 und Restmenge "
     "KW 24). Die Preise bleiben wie im Rahmenauftrag vereinbart.", "genuine", "genuine-reply", "G21 on-prem order confirmation with PDF",
     atts=[("AB_25-10331.pdf", pdf(["Kessel Giesserei GmbH & Co. KG", "Auftragsbestaetigung AB 25-10331", "LG-160 Index F: KW15 180, KW18 180, KW22 200, KW24 20"],
                                   producer="proALPHA 8.1"), "application/pdf")])
say(T1, owner, "2025-02-25 13:02", "Vielen Dank, Herr Vogt. Herr Lammers meldet sich wegen der Anlieferung an Rampe 3.")
say(T1, rainer, "2025-04-03 10:15", "Hallo Frau Brandt,\n\nLieferavis für KW 15: 180 Stück LG-160 in 6 Gitterboxen, Abholung morgen durch Dachser, "
    "Lieferschein 25-41877. Anlieferung bei Ihnen voraussichtlich Montag vormittags.")
say(T1, owner, "2025-04-03 11:00", "Danke für die Info, Herr Vogt.")
test(T1, rainer, "2025-04-08 06:12", "Please see the attached and advise.", "hijack", "server-hijack",
     "A1 on-prem reply-all, one English line, zip holding an .msi", sig=False,
     atts=[("Dokumente_LG-160_0408.zip", zip_of([("Dokumente_LG-160_0408.msi", msi())], when=(2025, 4, 8, 5, 58, 0)), "application/x-zip-compressed")])

# ================================================================ T2 Kessel finance: bank change by signed letter, phone-verified; invoice to the new account (G18)
T2 = thread("Änderung unserer Bankverbindung zum 01.04.2025", petra, people=[joerg])
say(T2, petra, "2025-03-10 10:05", "Sehr geehrte Frau Brandt,\nsehr geehrter Herr Albers,\n\nim Zuge der Zusammenlegung unserer Hausbanken ändert sich unsere "
    "Bankverbindung zum 01.04.2025. Das unterschriebene Schreiben unserer Geschäftsführung finden Sie im Anhang, das Original geht Ihnen zusätzlich "
    "per Post zu.\n\nBis zum 31.03.2025 sind Zahlungen noch auf das bisherige Konto bei der Volksbank möglich. Für Rückfragen erreichen Sie mich gern "
    "telefonisch unter der Durchwahl 05251 555-140.", to=[owner], cc=[joerg],
    atts=[pdfatt("Kessel_Bankverbindung_ab_01-04-2025.pdf", ["Kessel Giesserei GmbH & Co. KG", "Aenderung der Bankverbindung ab 01.04.2025",
                                                              "Sparkasse Paderborn-Detmold-Hoexter", "IBAN DE41 4765 0130 0000 5512 88", "BIC WELADE3LXXX",
                                                              "gez. H.-G. Kessel, Dr. M. Kessel-Stroh"], producer="Canon iR-ADV C5850")])
say(T2, owner, "2025-03-10 15:40", "Sehr geehrte Frau Lang,\n\nvielen Dank. Ich habe die Änderung heute Nachmittag telefonisch über Ihre Zentrale "
    "(+49 5251 555-0, aus unseren Stammdaten) mit Ihnen verifiziert; das Original ist heute ebenfalls per Post eingegangen. Herr Albers stellt die "
    "Stammdaten zum 01.04. um.")
say(T2, joerg, "2025-03-11 08:30", "Hallo zusammen,\n\ndie neue Bankverbindung ist zum 01.04.2025 im Kreditor 700412 hinterlegt, die Vier-Augen-Freigabe "
    "durch Herrn Kühn ist erfolgt.", to=[owner], cc=[petra])
say(T2, petra, "2025-03-11 09:12", "Vielen Dank für die schnelle Bestätigung!")
test(T2, petra, "2025-04-02 11:47", "Sehr geehrte Frau Brandt,\n\nanbei unsere Rechnung 25-10488 über die Lieferung LG-160 aus KW 14 (180 Stück, "
     "23.418,00 EUR netto). Bitte überweisen Sie den Betrag wie angekündigt auf unsere neue Bankverbindung bei der Sparkasse; die Daten stehen "
     "auch auf der Rechnung.", "genuine", "genuine-hard", "G18 invoice to the new account announced by signed letter and phone-verified in the thread",
     atts=[pdfatt("RE_25-10488.pdf", ["Kessel Giesserei GmbH & Co. KG", "Rechnung 25-10488", "LG-160 Index F, 180 Stk, 23.418,00 EUR netto",
                                        "Sparkasse Paderborn-Detmold-Hoexter, IBAN DE41 4765 0130 0000 5512 88"], producer="proALPHA 8.1")])

# ================================================================ T3 Schrader: OOO (G1), colleague joins (G4), internal forward, A9 (Spanish + English lure, IPFS)
T3 = thread("Anfrage 4500123 – Präzisionswellen PW-20", sandra, people=[tobias])
say(T3, owner, "2025-03-03 09:30", "Hallo Frau Maier,\n\nwir bitten um Ihr Angebot für 1.500 Stück Präzisionswellen PW-20 (42CrMo4, induktiv gehärtet, "
    "Zeichnung PW-20 Index C im Anhang), Abruf in Losen zu 250 Stück ab KW 20.\n\nFür technische Fragen steht Ihnen Herr Wendt zur Verfügung.",
    to=[sandra], cc=[tobias], atts=[pdfatt("PW-20_IndexC.pdf", ["Hessler Antriebstechnik GmbH", "Zeichnung PW-20 Index C", "42CrMo4, Rht 1,2-1,8"],
                                            producer="Creo Parametric 10.0")])
say(T3, sandra, "2025-03-04 10:12", "Hallo Frau Brandt,\n\nvielen Dank für die Anfrage. Unser Angebot erhalten Sie bis Ende nächster Woche. Eine Rückfrage "
    "vorab: Ist die Einhärtetiefe Rht 1,2–1,8 mm auch im Bereich der Passfedernut gefordert?")
say(T3, tobias, "2025-03-04 13:20", "Hallo Frau Maier,\n\nim Bereich der Passfedernut reicht Rht 0,8 mm, ich habe das in Index D der Zeichnung ergänzt (Anhang).",
    to=[sandra], cc=[owner], atts=[pdfatt("PW-20_IndexD.pdf", ["Hessler Antriebstechnik GmbH", "Zeichnung PW-20 Index D"], producer="Creo Parametric 10.0")])
say(T3, sandra, "2025-03-11 15:05", "Hallo Frau Brandt, hallo Herr Wendt,\n\nanbei unser Angebot AN-25-0871: 18,40 EUR/Stück bei 1.500 Stück, Lieferzeit "
    "8 Wochen nach Freigabe der Erstmuster.", to=[owner], cc=[tobias],
    atts=[pdfatt("AN-25-0871.pdf", ["Feinwerk Schrader AG", "Angebot AN-25-0871", "PW-20 Index D, 1.500 Stk, 18,40 EUR/Stk"], producer="SAP S/4HANA")])
fw = say(T3, owner, "2025-03-11 16:02", "Hallo Stefan,\n\nzur Info das Angebot von Schrader für die PW-20, liegt etwa 4 % unter Kessel. Ich frage noch eine "
         "Staffel für 2.000 Stück an.", to=[stefan], cc=[], subj="WG: " + PFX.sub("", T3["last"]["dsubj"]), keep=False,
         atts=[pdfatt("AN-25-0871.pdf", ["Feinwerk Schrader AG", "Angebot AN-25-0871", "PW-20 Index D, 1.500 Stk, 18,40 EUR/Stk"], producer="SAP S/4HANA")])
say(T3, stefan, "2025-03-11 17:15", "Danke, passt. Bitte auch den Legierungszuschlag fixieren lassen.", to=[owner], cc=[], quote_rec=fw, keep=False,
    refs=T3["refs"] + [fw["m"]])
say(T3, owner, "2025-03-12 08:44", "Hallo Frau Maier,\n\nvielen Dank für das Angebot. Können Sie uns zusätzlich einen Preis für 2.000 Stück nennen und den "
    "Legierungszuschlag für 12 Monate fixieren?")
ask3 = T3["last"]
test(T3, sandra, "2025-03-12 08:45", "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 21.03.2025 nicht im Büro und habe keinen Zugriff auf meine "
     "E-Mails. Ihre Nachricht wird nicht weitergeleitet.\n\nIn dringenden Fällen wenden Sie sich bitte an meinen Kollegen Florian Huber "
     "(florian.huber@schrader-feinwerk.example, +49 7231 555-322).\n\nMit freundlichen Grüßen\nSandra Maier", "genuine", "genuine-hard",
     "G1 Exchange Online out-of-office in German", client="oof", sig=False, quote_rec=None, keep=False, to=[owner], cc=[],
     subj="Automatische Antwort: " + ask3["subj"], extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
     html_own='<div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:11pt;color:#000000"><p>Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich '
              '21.03.2025 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.</p><p>In dringenden Fällen wenden '
              'Sie sich bitte an meinen Kollegen Florian Huber (florian.huber@schrader-feinwerk.example, +49 7231 555-322).</p><p>Mit freundlichen Grüßen<br>'
              'Sandra Maier</p></div>\n')
test(T3, florian, "2025-03-12 11:30", "Hallo Frau Brandt,\n\nich vertrete Frau Maier bis zum 21.03. Bei 2.000 Stück können wir 17,65 EUR/Stück anbieten; den "
     "Legierungszuschlag fixieren wir auf Basis März 2025 für 12 Monate. Das schriftliche Angebot schicke ich Ihnen morgen.", "genuine", "genuine-hard",
     "G4 colleague of the partner (same domain, new to the thread) answers reply-all during her absence", to=[owner], cc=[sandra, tobias])
say(T3, owner, "2025-03-12 14:10", "Hallo Herr Huber,\n\nvielen Dank für die schnelle Rückmeldung, das klingt gut. Wir warten auf das schriftliche Angebot.")
say(T3, sandra, "2025-03-24 09:20", "Hallo Frau Brandt,\n\nich bin zurück aus dem Urlaub – anbei das aktualisierte Angebot AN-25-0871-1 mit der Staffel "
    "2.000 Stück und dem fixierten Legierungszuschlag, wie mit Herrn Huber besprochen.", to=[owner], cc=[florian, tobias],
    atts=[pdfatt("AN-25-0871-1.pdf", ["Feinwerk Schrader AG", "Angebot AN-25-0871-1", "2.000 Stk: 17,65 EUR/Stk", "LZ fix Basis 03/2025"], producer="SAP S/4HANA")])
say(T3, owner, "2025-03-24 10:05", "Vielen Dank, Frau Maier. Wir entscheiden bis Monatsende und melden uns.")
test(T3, sandra, "2025-04-15 05:48", "Hola,\n\nAdjunto encontrará la documentación solicitada sobre la oferta.\n\nPlease review the updated offer and confirm by "
     "end of day:\nhttps://ipfs.io/ipfs/bafybeihq3v7m2k4xgz5c6n7rj2zq4xw3a5s6d7f8g9h0jklmnpqrstu/AN-25-0871-2.html\n\nSaludos,\nSandra Maier",
     "hijack", "server-hijack", "A9 German thread, reply in Spanish with an English call to action and an IPFS gateway link", sig=False, lang="es")

# ================================================================ T4 Schrader: assistant sends on behalf (G6)
T4 = thread("Rahmenvertrag 2025/2026 – Legierungszuschlag Q3", sandra, people=[stefan])
say(T4, sandra, "2025-04-22 10:00", "Sehr geehrte Frau Brandt,\n\nwie im Rahmenvertrag vorgesehen, informieren wir Sie über die Anpassung des "
    "Legierungszuschlags für das 3. Quartal (Chrom und Molybdän, Basis LME-Durchschnitt März). Die Berechnung liegt bei.", to=[owner], cc=[stefan],
    atts=[pdfatt("LZ_Q3-2025_Hessler.pdf", ["Feinwerk Schrader AG", "Legierungszuschlag Q3/2025", "42CrMo4: +0,38 EUR/kg"], producer="SAP S/4HANA")])
say(T4, owner, "2025-04-22 16:10", "Sehr geehrte Frau Maier,\n\ndie Erhöhung um 0,38 EUR/kg können wir so nicht nachvollziehen – für die PW-20 hatten wir "
    "den Zuschlag gerade erst für 12 Monate fixiert. Bitte senden Sie uns die Berechnungsgrundlage.")
say(T4, sandra, "2025-04-23 09:02", "Sehr geehrte Frau Brandt,\n\nselbstverständlich: Für die PW-20 gilt die Fixierung, die Anpassung betrifft nur die "
    "übrigen Positionen des Rahmenvertrags. Die Berechnungsgrundlage finden Sie anbei.",
    atts=[pdfatt("Berechnung_LZ_Q3.pdf", ["Berechnung Legierungszuschlag Q3/2025", "Cr, Mo: LME 03/2025"], producer="Microsoft Excel für Microsoft 365")])
say(T4, owner, "2025-04-24 08:15", "Danke für die Klarstellung. Ich würde das gern mit Herrn Kühn und Ihnen in einem kurzen Termin besprechen – passt Ihnen "
    "die kommende Woche?")
test(T4, sandra, "2025-04-24 10:40", "Sehr geehrte Frau Brandt,\n\nim Auftrag von Frau Maier, die heute beim Kunden ist, schlage ich folgende Termine vor:\n\n"
     "Dienstag, 06.05., 10:00–10:45 Uhr\nMittwoch, 07.05., 14:00–14:45 Uhr\n\njeweils als Teams-Besprechung. Bitte geben Sie mir kurz Bescheid, welcher "
     "Termin Ihnen und Herrn Kühn passt, dann sende ich die Einladung.\n\nIch bin seit April die neue Assistenz im Vertrieb und unterstütze Frau Maier.",
     "genuine", "genuine-hard", "G6 the partner's new assistant sends on behalf (From: partner, Sender: assistant)", sender=lea, sigof=lea)

# ================================================================ T5 Roth Logistik (Gmail): CMR (G22), A8 account takeover via PHPMailer + Reply-To
T5 = thread("Transportauftrag TA-2025-118 Bielefeld → Vénissieux", michael, people=[heiko])
say(T5, owner, "2025-03-31 08:40", "Hallo Herr Roth,\n\nanbei unser Transportauftrag TA-2025-118: 4 Europaletten Getriebegehäuse (1.860 kg) von Bielefeld "
    "zu Usinage Lyonnais, 69200 Vénissieux. Abholung bitte am Donnerstag, 03.04., Anlieferung spätestens Montag 07.04.",
    to=[michael], cc=[heiko], atts=[pdfatt("TA-2025-118.pdf", ["Hessler Antriebstechnik GmbH", "Transportauftrag TA-2025-118", "4 EPAL, 1.860 kg"])])
say(T5, michael, "2025-03-31 10:05", "Hallo Frau Brandt,\n\ndanke für den Auftrag. Abholung Do. 03.04. zwischen 8 und 12 Uhr, Zustellung Fr. 04.04. "
    "Frachtpreis wie vereinbart 685,00 EUR netto.")
say(T5, heiko, "2025-03-31 10:40", "Hallo Herr Roth,\n\nLadeliste anbei, bitte an Rampe 2 vorfahren.", to=[michael], cc=[owner],
    atts=[pdfatt("Ladeliste_TA-2025-118.pdf", ["Ladeliste TA-2025-118", "Rampe 2"])])
say(T5, michael, "2025-04-01 07:55", "Alles klar, Fahrer ist Herr Demir, Kennzeichen BI-RL 418.")
test(T5, michael, "2025-04-04 16:22", "Hallo Frau Brandt,\n\ndie Sendung wurde heute um 14:10 Uhr in Vénissieux zugestellt, der unterschriebene CMR "
     "ist im Anhang.", "genuine", "genuine-reply", "G22 Gmail partner, delivery with signed CMR",
     atts=[pdfatt("CMR_TA-2025-118.pdf", ["CMR TA-2025-118", "Empfaenger: Usinage Lyonnais SAS", "zugestellt 04.04.2025 14:10"], producer="Scanner HP")])
say(T5, owner, "2025-04-07 08:30", "Vielen Dank, Herr Roth!")
test(T5, michael, "2025-04-09 14:05", "Sehr geehrte Frau Brandt,\n\nanbei erhalten Sie unsere Rechnung Nr. RL-25-0871 über 685,00 EUR netto für den "
     "Transport TA-2025-118.\n\nBitte beachten Sie: Aufgrund einer Umstellung unseres Buchhaltungssystems ist unsere Buchhaltung derzeit nur über die "
     "Antwortadresse erreichbar. Bitte überweisen Sie ausschließlich auf das in der Rechnung angegebene Konto und bestätigen Sie uns kurz den "
     "Zahlungstermin per Antwort auf diese E-Mail.\n\nMit freundlichen Grüßen\nMichael Roth\nRoth Logistik GmbH", "hijack", "account-takeover",
     "A8 Gmail account used through PHPMailer from a VPS, Reply-To at another domain, payment confirmation", client="php", sig=False,
     transport="google-php", php_from="45.137.21.9", tz="UTC", to=[owner], cc=[],
     extra=[("Reply-To", "Michael Roth <buchhaltung@roth-logistik-gmbh.example>")],
     atts=[pdfatt("Rechnung_RL-25-0871.pdf", ["Roth Logistik GmbH", "Rechnung RL-25-0871", "685,00 EUR netto",
                                                "Bankverbindung: Bunq B.V., IBAN NL27 BUNQ 2095 5512 44"], producer="TCPDF 6.6.5")])

# ================================================================ T6 Berger (M365 + Mimecast): Mimecast-wrapped links (G13)
T6 = thread("Verpackungskonzept Mehrwegbox MB-600 für PW-20", klaus, people=[tobias, heiko])
say(T6, owner, "2025-02-17 09:45", "Hallo Herr Berger,\n\nwie besprochen suchen wir eine Mehrwegbox für die Präzisionswellen PW-20 (je 24 Stück, "
    "Teilkontakt nur an den Lagersitzen). Zeichnungen und Stückzahlen finden Sie in unserem Lieferantenportal:\n"
    f"{PORTAL}/projekte/MB-600\n\nHerr Wendt und Herr Lammers sind in Kopie.", to=[klaus], cc=[tobias, heiko])
say(T6, klaus, "2025-02-18 11:20", "Hallo Frau Brandt,\n\nvielen Dank, der Zugang zum Portal funktioniert. Ein erstes Konzept schicken wir Ihnen bis KW 9.")
say(T6, klaus, "2025-02-26 14:00", "Hallo Frau Brandt,\n\nanbei das Konzept: PP-Box 600×400×280 mit tiefgezogenem Einsatz, 24 Wellen liegend, stapelbar "
    "bis 8 Lagen.", atts=[pdfatt("Konzept_MB-600_v1.pdf", ["Berger Verpackungen", "Konzept MB-600 v1"], producer="Adobe InDesign 20.1")])
say(T6, owner, "2025-02-27 09:10", "Hallo Herr Berger,\n\ndanke! Herr Wendt hat eine Anmerkung zu den Trennstegen, er meldet sich direkt.")
say(T6, tobias, "2025-02-27 10:25", "Hallo Herr Berger,\n\ndie Stege müssen mindestens 15 mm von den Lagersitzen entfernt bleiben (Ø 35 k6), sonst drohen "
    "Druckstellen. Ansonsten passt das Konzept.", to=[klaus], cc=[owner, heiko])
mc_portal = wrapper("mimecast", klaus.email)(f"{PORTAL}/projekte/MB-600/konzept-v2")
test(T6, klaus, "2025-03-05 15:30", "Hallo Frau Brandt, hallo Herr Wendt,\n\ndas überarbeitete Konzept v2 mit den verschobenen Stegen habe ich in Ihr "
     f"Portal hochgeladen: [[Konzept v2 im Lieferantenportal|{mc_portal}]]\n\nDatenblatt und Falttest-Video der Box finden Sie auf unserer Website:\n"
     "https://www.berger-verpackungen.example/produkte/mehrwegboxen/mb-600\nhttps://www.berger-verpackungen.example/media/videos/mb-600-falttest\n\n"
     "Musterboxen können wir in KW 12 liefern.", "genuine", "genuine-hard", "G13 Mimecast-wrapped link (the owner's portal) plus links to his own site",
     to=[owner], cc=[tobias, heiko])

# ================================================================ T7 Berger invoice: A13 account takeover via Thunderbird (SMTP AUTH), .iso
T7 = thread("Rechnung RE-2025-0412 – Mehrwegboxen MB-600 (Muster)", klaus, people=[joerg])
say(T7, klaus, "2025-04-10 09:00", "Hallo Frau Brandt,\n\nanbei die Rechnung RE-2025-0412 für die 40 Musterboxen MB-600 (1.960,00 EUR netto).",
    to=[owner], cc=[joerg], atts=[pdfatt("RE-2025-0412.pdf", ["Berger Verpackungen GmbH", "Rechnung RE-2025-0412", "40 x MB-600, 1.960,00 EUR netto"],
                                          producer="Sage 100")])
say(T7, owner, "2025-04-10 11:15", "Hallo Herr Berger,\n\ndanke, die Rechnung ist freigegeben und geht in unseren Zahlungslauf am 30.04.")
say(T7, klaus, "2025-04-10 11:40", "Prima, danke Ihnen!")
test(T7, klaus, "2025-04-27 03:14", "Sehr geehrte Frau Brandt,\n\nanbei erhalten Sie die korrigierte Rechnung RE-2025-0412 inkl. Lieferschein als Archiv. "
     "Bitte öffnen Sie die Datei und prüfen Sie die Angaben vor Ihrem Zahlungslauf am 30.04.\n\nBeste Grüße\nKlaus Berger", "hijack", "account-takeover",
     "A13 Thunderbird via SMTP AUTH from a foreign IP on a Sunday night, .iso attachment", client="tb", sig=False, tz="Asia/Dubai",
     transport="mimecast-smtp", smtp_client=("192.168.1.104", "185.107.56.213"),
     extra=[("User-Agent", "Mozilla Thunderbird")],
     atts=[("RE-2025-0412_korrigiert.iso", iso(["RE-2025-0412.LNK;1", "DATA.DLL;1"]), "application/x-cd-image")])

# ================================================================ T8 Usinage Lyonnais: French OOO (G2), colleague reply (G23), A3 r2.dev
T8 = thread("Consultation usinage carter CT-300 – 2025", claire, people=[nadine, tobias])
say(T8, owner, "2025-03-05 10:00", "Bonjour Madame Dubois,\n\nnous souhaitons consulter Usinage Lyonnais pour l'usinage du carter CT-300 (fonte GJS-500, "
    "environ 400 pièces par an, lots de 50). Les plans et le cahier des charges sont disponibles sur notre portail fournisseurs :\n"
    f"{PORTAL}/rfq/CT-300\n\nMes collègues Nadine Schulte (qualité) et Tobias Wendt (bureau d'études) sont en copie.", to=[claire], cc=[nadine, tobias])
say(T8, claire, "2025-03-06 09:30", "Bonjour Madame Brandt,\n\nmerci pour votre consultation. Je mets en copie Antoine Girard, notre ingénieur méthodes, "
    "qui étudiera la gamme d'usinage.", to=[owner], cc=[antoine, nadine, tobias])
say(T8, owner, "2025-03-06 14:00", "Merci Madame Dubois. Pour les questions techniques, Monsieur Girard peut s'adresser directement à Tobias Wendt.")
say(T8, antoine, "2025-03-10 11:10", "Bonjour,\n\nquelques questions sur le plan CT-300 indice B :\n1. la tolérance de planéité 0,02 mm s'applique-t-elle "
    "à toute la face A ?\n2. le taraudage M12 peut-il être réalisé en filetage roulé ?\nMerci d'avance.", to=[owner, tobias], cc=[claire, nadine])
say(T8, tobias, "2025-03-10 16:45", "Bonjour Monsieur Girard,\n\n1. oui, sur toute la face A.\n2. non, taraudage taillé s'il vous plaît.\n\nCordialement\n"
    "Tobias Wendt", to=[antoine], cc=[owner, claire, nadine])
say(T8, owner, "2025-03-14 09:05", "Bonjour Madame Dubois,\n\npouvez-vous me dire quand nous pouvons attendre votre offre ?", to=[claire], cc=[antoine, nadine, tobias])
ask8 = T8["last"]
test(T8, claire, "2025-03-14 09:06", "Bonjour,\n\nje suis absente du bureau jusqu'au lundi 24 mars inclus, avec un accès limité à mes e-mails.\n\nPour toute "
     "demande urgente, merci de contacter Antoine Girard (antoine.girard@usinage-lyonnais.example – 04 72 55 51 34).\n\nCordialement,\nClaire Dubois",
     "genuine", "genuine-hard", "G2 Outlook out-of-office in French", client="oof", sig=False, quote_rec=None, keep=False, to=[owner], cc=[],
     subj="Réponse automatique : " + ask8["subj"], extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])
test(T8, antoine, "2025-03-14 11:30", "Bonjour Madame Brandt,\n\nClaire est en congés jusqu'au 24 mars. La gamme est chiffrée, l'offre sera validée par "
     "notre direction la semaine prochaine et Claire vous l'enverra à son retour, au plus tard le 26 mars.", "genuine", "genuine-reply",
     "G23 French colleague of the partner answers for her", to=[owner], cc=[claire, nadine, tobias])
say(T8, claire, "2025-03-26 15:20", "Bonjour Madame Brandt,\n\nveuillez trouver ci-joint notre offre UL-25-0214 pour l'usinage du carter CT-300 : "
    "96,50 € HT la pièce pour des lots de 50, outillage spécifique 4 800 € HT.",
    atts=[pdfatt("Offre_UL-25-0214_CT-300.pdf", ["Usinage Lyonnais SAS", "Offre UL-25-0214", "CT-300: 96,50 EUR HT/piece", "Outillage 4 800 EUR HT"],
                 producer="Sage X3")])
say(T8, owner, "2025-03-27 10:00", "Merci beaucoup, nous revenons vers vous d'ici fin avril.")
test(T8, claire, "2025-05-06 04:52", "Bonjour Katharina,\n\nSuite à notre échange, veuillez trouver ci-dessous le dossier technique complet du carter CT-300 "
     "(plans mis à jour et offre révisée). Le fichier étant trop volumineux pour être joint, je l'ai déposé ici :\n\n"
     "https://pub-8c2f4a1e7b3d4f6a9e0c5b2d1a7f3e9c.r2.dev/Dossier_CT-300_rev2.zip\n\nMerci de me faire un retour rapidement.",
     "hijack", "server-hijack", "A3 French M365 reply-all with her signature, link to a zip on Cloudflare r2.dev")

# ================================================================ T9 Usinage: Teams meeting request in the thread (G9)
T9 = thread("Audit fournisseur Hessler – dates possibles", claire, people=[nadine])
say(T9, owner, "2025-04-07 09:00", "Bonjour Madame Dubois,\n\ndans le cadre de l'homologation, notre service qualité souhaite réaliser un audit processus "
    "chez vous entre le 20 et le 22 mai. Quelle date vous conviendrait ?", to=[claire], cc=[nadine])
say(T9, claire, "2025-04-07 14:20", "Bonjour Madame Brandt,\n\nle 21 mai nous convient parfaitement. Souhaitez-vous faire un point de préparation en visio "
    "avec notre responsable qualité ?")
say(T9, owner, "2025-04-08 08:30", "Oui, volontiers. Proposez-nous un créneau la semaine prochaine, Mme Schulte et moi serons disponibles.")
tstart = datetime.datetime(2025, 4, 15, 10, 0, tzinfo=ZoneInfo("Europe/Paris"))
teams = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{b64(45).replace('/', 'A').replace('+', 'B').rstrip('=')}%40thread.v2/0?context=%7b%22Tid%22%3a%22"
         f"{ruuid()}%22%2c%22Oid%22%3a%22{ruuid()}%22%7d")
teams_txt = ("Bonjour,\n\ncomme convenu, je vous propose un point de préparation de l'audit du 21 mai avec notre responsable qualité, Bernard Roche.\n\n"
             "________________________________________________________________________________\nRéunion Microsoft Teams\n"
             "Rejoindre sur votre ordinateur, votre application mobile ou votre appareil de salle\n"
             f"[[Cliquez ici pour participer à la réunion|{teams}]]\nID de la réunion : 372 118 904 552\nCode secret : Vq3Ft7Jm\n"
             "[[Télécharger Teams|https://www.microsoft.com/fr-fr/microsoft-teams/download-app]] | "
             "[[Rejoindre sur le web|https://www.microsoft.com/microsoft-teams/join-a-meeting]]\n"
             "[[En savoir plus|https://aka.ms/JoinTeamsMeeting?omkt=fr-FR]] | [[Options de réunion|https://teams.microsoft.com/meetingOptions/?organizerId="
             f"{ruuid()}&tenantId={ruuid()}&threadId=19_meeting_{alnum(40)}@thread.v2&messageId=0&language=fr-FR]]\n"
             "________________________________________________________________________________")
cal9 = ics("REQUEST", (claire.name, claire.email), [(owner.name, owner.email), (nadine.name, nadine.email)], "Audit fournisseur Hessler – réunion de préparation",
           plain_of(teams_txt, "olk"), tstart, tstart + datetime.timedelta(minutes=45), "Réunion Microsoft Teams",
           datetime.datetime(2025, 4, 8, 8, 15, tzinfo=UTC), "040000008200E00074C5B7101A82E00800000000" + HX(72), "Microsoft Exchange Server 2010",
           extra=["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-SKYPETEAMSMEETINGURL:" + teams, "X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:"
                  f"claire.dubois@usinage-lyonnais.example\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_{alnum(40)}-thread.v2"])
test(T9, claire, "2025-04-08 10:15", teams_txt, "genuine", "genuine-hard", "G9 Outlook meeting request with a Teams link sent as reply in the thread",
     sig=False, quote_rec=None, subj="Audit fournisseur Hessler – réunion de préparation", to=[owner, nadine], cc=[],
     body=meeting_body(cal9), extra=[("X-MS-Exchange-Calendar-Series-Instance-Id", base64.b64encode(rbytes(40)).decode())])

# ================================================================ T10 Transports Moreau (Gmail): POD (G24), A10 .ics with a wp-content link
T10 = thread("Enlèvement 6 palettes Vénissieux → Bielefeld – semaine 15", julien, people=[heiko])
say(T10, julien, "2025-03-28 09:12", "Bonjour Madame Brandt,\n\nnous confirmons l'enlèvement de 6 palettes (carters usinés) chez Usinage Lyonnais à "
    "Vénissieux le lundi 7 avril, livraison à Bielefeld prévue le jeudi 10 avril. Tarif selon notre grille 2025 : 1 140 € HT.", to=[owner], cc=[heiko])
say(T10, owner, "2025-03-28 11:00", "Bonjour Monsieur Martin,\n\nmerci pour la confirmation. Pourriez-vous nous envoyer le numéro de suivi dès l'enlèvement ?")
say(T10, julien, "2025-04-07 16:40", "Bonjour,\n\nenlèvement effectué cet après-midi, numéro de lettre de voiture TM-25-04-1187. Livraison confirmée pour "
    "jeudi matin.")
say(T10, heiko, "2025-04-08 08:10", "Hello Mr Martin,\n\nplease ask the driver to use gate 3, unloading from 7 am. Thank you!\n\nHeiko Lammers",
    to=[julien], cc=[owner])
test(T10, julien, "2025-04-10 17:05", "Bonjour Madame Brandt,\n\nla livraison a été effectuée ce matin à 8h20, vous trouverez le POD signé en pièce jointe. "
     "Merci pour votre confiance.", "genuine", "genuine-reply", "G24 French Gmail partner, delivery with signed POD", to=[owner], cc=[heiko],
     atts=[pdfatt("POD_TM-25-04-1187.pdf", ["Transports Moreau", "POD TM-25-04-1187", "livre le 10/04/2025 08:20, signe H. Lammers"], producer="Scanner")])
say(T10, owner, "2025-04-11 08:20", "Merci Monsieur Martin, tout est bien arrivé.")
ics_start = datetime.datetime(2025, 4, 17, 10, 0, tzinfo=ZoneInfo("Europe/Paris"))
wp = "https://www.domaine-saint-aubin.example/wp-content/uploads/2025/04/CMR_Moreau_S16.php?id=katharina.brandt"
cal10 = ics("REQUEST", (julien.name, julien.email), [(owner.name, owner.email), (heiko.name, heiko.email)], "Point enlèvements S16 – documents de transport",
            f"Bonjour\\,\n\nMerci de consulter les documents de transport (CMR et bons d'enlèvement S16) avant notre point :\n{wp}\n\nCordialement\\,\nJulien Martin",
            ics_start, ics_start + datetime.timedelta(minutes=30), "Appel téléphonique", datetime.datetime(2025, 4, 16, 4, 29, tzinfo=UTC),
            f"{hx(26)}@google.com", "-//Google Inc//Google Calendar 70.9054//EN")
test(T10, julien, "2025-04-16 06:30", "Bonjour Katharina,\n\nJe vous envoie une invitation pour faire le point sur les prochains enlèvements. Merci de "
     "consulter les documents de transport indiqués dans l'invitation avant la réunion.\n\nCordialement,\nJulien", "hijack", "server-hijack",
     "A10 Gmail reply with an .ics whose DESCRIPTION links a compromised WordPress /wp-content/uploads/ page", sig=False,
     atts=[("invite.ics", cal10.encode(), "text/calendar; method=REQUEST")])

# ================================================================ T11 Aciéries du Rhône (Proofpoint): password mail, protected contract (G14), A5 display-name spoof
T11 = thread("Contrat-cadre acier 42CrMo4 – 2025/2026", sophie, people=[stefan])
say(T11, sophie, "2025-02-10 10:30", "Bonjour Madame Brandt,\n\nvous trouverez ci-joint le projet de contrat-cadre pour la fourniture de barres en 42CrMo4 "
    "(laminées, traitées) pour 2025/2026, avec l'indexation ferraille trimestrielle dont nous avons parlé avec Monsieur Kühn.", to=[owner], cc=[stefan],
    atts=[pdfatt("Projet_contrat-cadre_42CrMo4_2025-2026.pdf", ["Acieries du Rhone SA", "Projet de contrat-cadre 2025/2026", "42CrMo4, 1 800 t/an"])])
say(T11, owner, "2025-02-12 09:00", "Bonjour Madame Laurent,\n\nmerci pour le projet. Nous avons deux remarques : l'article 7 (délai de préavis) devrait "
    "être de 6 mois au lieu de 3, et l'indexation devrait se baser sur la moyenne du trimestre précédent. Sinon, le contrat nous convient.\n\n"
    f"Nos conditions générales d'achat sont disponibles ici : {PORTAL}/documents/CGA-2025.pdf")
say(T11, sophie, "2025-02-20 14:45", "Bonjour Madame Brandt,\n\nnos juristes acceptent vos deux remarques. La version finale signée par notre direction "
    "vous sera envoyée sous forme de PDF protégé ; conformément à notre procédure, le mot de passe vous parviendra dans un message séparé.")
say(T11, sophie, "2025-02-21 09:30", "Bonjour,\n\ncomme annoncé, voici le mot de passe du contrat-cadre : Rh0ne-42CrMo4!25\n\nLe document suivra dans la matinée.")
say(T11, owner, "2025-02-21 10:00", "Bien reçu, merci.")
test(T11, sophie, "2025-02-21 11:15", "Bonjour Madame Brandt,\n\nveuillez trouver ci-joint le contrat-cadre signé (PDF protégé, mot de passe envoyé ce "
     "matin). Merci de nous retourner un exemplaire contresigné.", "genuine", "genuine-hard",
     "G14 password-protected PDF contract; the password came in a separate earlier mail",
     atts=[("Contrat-cadre_42CrMo4_2025-2026_signe.pdf", pdf(["Contrat-cadre"], encrypt=True, producer="Adobe Acrobat Pro 2024"), "application/pdf")])
g14 = T11["last"]; refs_g14 = list(T11["refs"])
say(T11, owner, "2025-02-24 09:00", "Bonjour Madame Laurent,\n\nle contrat est signé de notre côté, l'original contresigné part aujourd'hui par courrier.")
spoof_sophie = Pt("Sophie Laurent", "sophie.laurent.ar@hotmail.fr", "owa", "Europe/Paris", "fr", hotmail, exo_srv("PAVP195MB2071", "EURP195"))
test(T11, spoof_sophie, "2025-03-19 08:25", "Bonjour Katharina,\n\nSuite à la signature du contrat-cadre, notre service juridique a apporté une modification "
     "à l'annexe tarifaire (indexation ferraille). Vous trouverez la version mise à jour ci-jointe ; merci de la consulter et de me confirmer votre accord "
     "aujourd'hui si possible.\n\nJe vous écris depuis mon adresse personnelle, notre messagerie étant en maintenance.\n\nBien cordialement,\nSophie Laurent",
     "hijack", "display-name-spoof", "A5 display-name spoof from hotmail.fr with the thread subject and quote, PDF linking a netlify.app viewer",
     sig=False, quote_rec=g14, refs=refs_g14, to=[owner], cc=[],
     atts=[pdfatt("Annexe_tarifaire_contrat-cadre_MAJ.pdf", ["Document partage", "Cliquez sur Ouvrir pour consulter le document", "OUVRIR"],
                  uris=["https://acieries-rhone-docs.netlify.app/view?doc=annexe-2025&u=katharina.brandt"], producer="Skia/PDF m134")])

# ================================================================ T12 orphan: Sophie replies-all to Katharina's head of purchasing (G19)
stefan_msgs = []
for i, (who_, when_, txt) in enumerate([(stefan, "2025-04-08 09:15", "Bonjour Madame Laurent,\n\nmerci encore pour le contrat-cadre. Nous aimerions "
                                                                        "visiter votre aciérie de Fos-sur-Mer au printemps. Le 15 mai serait-il possible ?\n\nStefan Kühn"),
                                        (sophie, "2025-04-09 14:02", "Bonjour Monsieur Kühn,\n\navec plaisir, le 15 mai est possible. Combien de personnes "
                                                                     "seront présentes ?"),
                                        (stefan, "2025-04-10 08:30", "Bonjour Madame Laurent,\n\nnous serons trois. Ma collègue Katharina Brandt organise la "
                                                                     "visite de notre côté et vous contactera pour les détails.\n\nStefan Kühn")]):
    m_ = make_mid("olk", who_, at(when_, who_.tz))
    stefan_msgs.append(dict(m=m_, frm=who_, org=who_.org, when=at(when_, who_.tz), to=[sophie if who_ is stefan else stefan], cc=[],
                            subj=("" if i == 0 else "RE : " if who_ is sophie else "AW: ") + "Visite de l'usine de Fos-sur-Mer", ext=False,
                            plain=txt + ("\n\n" + plain_of(who_.sig, "olk", who_.logo) if who_ is sophie else ""),
                            html=own_html("olk", txt + ("\n\n" + who_.sig if who_ is sophie else ""), who_)))
T12 = thread("Visite de l'usine de Fos-sur-Mer", sophie, people=[stefan], start_refs=[x["m"] for x in stefan_msgs])
T12["last"] = stefan_msgs[-1]
test(T12, sophie, "2025-04-14 10:05", "Bonjour Monsieur Kühn, bonjour Madame Brandt,\n\nje vous confirme la visite de notre site de Fos-sur-Mer le jeudi "
     "15 mai à partir de 9h30 (aciérie électrique et laminoir). Merci de m'envoyer les noms des participants pour les badges ; les EPI seront fournis "
     "sur place.", "genuine", "genuine-orphan", "G19 orphan: reply-all to the head of purchasing, parent not in the mailbox", to=[stefan], cc=[owner])
say(T12, owner, "2025-04-14 14:30", "Bonjour Madame Laurent,\n\nmerci beaucoup. Les participants seront Stefan Kühn, Nadine Schulte et moi-même. "
    "Nous arriverons en voiture depuis Marseille.", to=[sophie], cc=[stefan])
say(T12, sophie, "2025-04-15 09:10", "Parfait, c'est noté. À bientôt !", to=[owner], cc=[stefan])

# ================================================================ T13 OMB (M365, Italian UI): forward with certificate (G11), Outlook for Android (G5)
T13 = thread("Order 4500178 – forged flanges FL-80", marco, people=[nadine])
say(T13, owner, "2025-02-03 09:20", "Dear Mr Bianchi,\n\nplease find attached our purchase order 4500178 for 240 forged flanges FL-80 (S355J2, drawing "
    "FL-80 rev. E), delivery in two batches of 120 in weeks 10 and 13. Please confirm.", to=[marco], cc=[nadine],
    atts=[pdfatt("PO_4500178.pdf", ["Hessler Antriebstechnik GmbH", "Purchase order 4500178", "240 x FL-80 rev. E, S355J2"])])
say(T13, marco, "2025-02-04 10:05", "Dear Ms Brandt,\n\nthank you for the order. We confirm both batches (week 10 and week 13). I am adding my colleague "
    "Giulia Ferri from our quality department.", to=[owner], cc=[giulia, nadine])
say(T13, owner, "2025-02-04 15:30", "Thank you. Please note that we need EN 10204 3.1 certificates with every batch.")
say(T13, giulia, "2025-02-05 08:45", "Dear Ms Brandt,\n\ncertainly, the 3.1 certificates will travel with the goods and I will also send them by e-mail "
    "to Ms Schulte.\n\nCordiali saluti,\nGiulia", to=[owner], cc=[marco, nadine])
say(T13, owner, "2025-03-10 11:00", "Dear Mr Bianchi,\n\nthe first batch arrived today, thank you. The 3.1 certificate for heat 24-881 is missing in the "
    "delivery papers – could you please send it?")
cert = pdfatt("Certificato_3.1_colata_24-881.pdf", ["Officine Meccaniche Bianchi S.p.A.", "Certificato di collaudo EN 10204 3.1", "Colata 24-881, S355J2",
                                                     "Ordine cliente 4500178"], producer="Zucchetti Ad Hoc")
gm_when = at("2025-03-10 13:58", giulia.tz)
giulia_int = dict(m=make_mid("olk", giulia, gm_when), frm=giulia, org=omb, when=gm_when, to=[marco], cc=[], ext=False,
                  subj="R: [EXTERNAL] Certificato 3.1 – colata 24-881 – ordine 4500178",
                  plain="Ciao Marco,\n\nin allegato il certificato 3.1 per la colata 24-881 (flange FL-80, ordine Hessler 4500178). Purtroppo nella spedizione "
                        "era rimasto fuori, scusami. Lo mando anche alla sig.ra Schulte con la prossima consegna.\n\nGiulia\n\n" + plain_of(giulia.sig, "olk", "omb"),
                  html=own_html("olk", "Ciao Marco,\n\nin allegato il certificato 3.1 per la colata 24-881 (flange FL-80, ordine Hessler 4500178). Purtroppo "
                                       "nella spedizione era rimasto fuori, scusami. Lo mando anche alla sig.ra Schulte con la prossima consegna.\n\nGiulia\n\n"
                                       + giulia.sig, giulia))
giulia_int["subj"] = "Certificato 3.1 – colata 24-881 – ordine 4500178"
test(T13, marco, "2025-03-10 14:22", "Dear Katharina,\n\nplease find below and attached the certificate from our quality department for heat 24-881. "
     "Sorry that it was missing in the delivery.", "genuine", "genuine-hard", "G11 Italian 'I:' forward inside the thread with the 3.1 certificate",
     quote_rec=giulia_int, subj="I: Certificato 3.1 – colata 24-881 – ordine 4500178", refs=T13["refs"] + [giulia_int["m"]], to=[owner], cc=[nadine, giulia],
     atts=[cert])
say(T13, owner, "2025-03-10 15:00", "Thank you, Marco – received.", to=[marco], cc=[nadine, giulia])
test(T13, marco, "2025-03-12 18:40", "Hi Katharina,\nI'm at MECSPE in Bologna this week, so just a short answer: yes, the second batch (120 pcs) ships "
     "in week 13 as planned. Giulia will send the certificates with the goods.\nBest,\nMarco\n\nOttieni [[Outlook per Android|https://aka.ms/AAb9ysg]]",
     "genuine", "genuine-hard", "G5 the Italian partner once from Outlook for Android", client="olkmobile", sig=False)

# ================================================================ T14 OMB invoice: A4 look-alike (rn for m) keeps the Cc and adds accounts@look-alike
T14 = thread("Invoice FT 2025/0412 – order 4500178", marco, people=[joerg, giulia])
say(T14, marco, "2025-03-14 10:00", "Dear Ms Brandt,\n\nplease find attached our invoice FT 2025/0412 for the first batch of order 4500178 (120 flanges "
    "FL-80, EUR 14,280.00), payment terms 30 days net.", to=[owner], cc=[joerg, giulia],
    atts=[pdfatt("FT_2025-0412.pdf", ["Officine Meccaniche Bianchi S.p.A.", "Fattura FT 2025/0412", "120 x FL-80, EUR 14.280,00",
                                       "Banca Intesa, IBAN IT60 X054 2811 1010 0000 0123 456"], producer="Zucchetti Ad Hoc")])
say(T14, owner, "2025-03-14 13:30", "Dear Mr Bianchi,\n\nthank you, the invoice is approved. Ms Schulte has released the goods after incoming inspection.",
    to=[marco], cc=[joerg, giulia, nadine])
say(T14, joerg, "2025-03-14 14:05", "Dear Mr Bianchi,\n\nthe invoice is booked and will be paid in our payment run on 11 April.\n\nBest regards\nJörg Albers",
    to=[marco], cc=[owner, giulia, nadine])
say(T14, marco, "2025-03-17 09:00", "Thank you very much!")
fake_marco = Pt("Marco Bianchi", "marco.bianchi@ornb-bianchi.example", "owa", "Europe/Rome", "en", ornb, exo_srv("SJ0PR14MB6412", "namprd14"), ui="it",
                sig=omb_sig("Marco Bianchi", "Export Sales Manager", "2718").replace("{{LOGO}}\n", ""), disclaimer=OMB_DISC)
test(T14, fake_marco, "2025-04-07 09:48", "Dear Katharina,\n\nplease find attached the updated invoice FT 2025/0412. Due to an audit of our bank accounts, "
     "the payment for this invoice must be made to our account at Revolut Bank UAB (details in the attached document); our account at Banca Intesa is "
     "temporarily not available for incoming payments.\n\nCould you please confirm that the payment will be made in your payment run on 11 April? For any "
     "administrative question our accounting department (in copy) is at your disposal.", "hijack", "lookalike-domain",
     "A4 look-alike ornb-bianchi (rn for m): updated invoice with a new IBAN, keeps every Cc and adds amministrazione@ at the look-alike",
     to=[owner], cc=[giulia, joerg, nadine, ("Amministrazione OMB", "amministrazione@ornb-bianchi.example")],
     atts=[pdfatt("FT_2025-0412_aggiornata.pdf", ["Officine Meccaniche Bianchi S.p.A.", "Fattura FT 2025/0412 (aggiornata)", "EUR 14.280,00",
                                                   "Revolut Bank UAB, IBAN LT61 3250 0447 1885 2290", "BIC REVOLT21"], producer="Microsoft: Print To PDF")])

# ================================================================ T15 Plastiche Venete (Gmail): zips of CAD before, rev. C zip (G7)
T15 = thread("Mould cover CP-90 – drawing revision", francesca, people=[tobias])
say(T15, owner, "2025-01-20 10:00", "Dear Ms Russo,\n\nas discussed, attached are the 3D data and drawings of the cover CP-90 (PA66-GF30) for the mould "
    "feasibility study.", to=[francesca], cc=[tobias], atts=[("CP-90_revA.zip", zip_of(cad("CP-90_revA", "2025-01-17T15:20:00"), when=(2025, 1, 17, 15, 20, 0)),
                                                              "application/x-zip-compressed")])
say(T15, francesca, "2025-01-27 11:40", "Dear Katharina,\n\nhere is our feasibility review: we propose 1° draft on the ribs and moving the gate to the "
    "centre. The modified model is attached as rev. B.", atts=[("CP-90_revB.zip", zip_of(cad("CP-90_revB", "2025-01-27T10:05:00"), when=(2025, 1, 27, 10, 5, 0)),
                                                                "application/zip")])
say(T15, owner, "2025-01-28 09:15", "Dear Ms Russo,\n\nthank you! Tobias will comment on the gate position.")
say(T15, tobias, "2025-01-28 14:00", "Dear Ms Russo,\n\nthe draft is fine. The gate must stay outside the sealing face, please move it 6 mm towards the "
    "flange.\n\nBest regards\nTobias Wendt", to=[francesca], cc=[owner])
say(T15, francesca, "2025-01-29 10:30", "Understood, we will update the model and send rev. C next week.")
test(T15, francesca, "2025-02-06 12:15", "Dear Katharina, dear Tobias,\n\nattached is rev. C with the gate moved 6 mm towards the flange and the 1° draft "
     "on all ribs. STEP, DXF and PDF are in the zip as before. If you agree, we can start the mould design.", "genuine", "genuine-hard",
     "G7 zip of CAD files (rev. C) in a thread that exchanged zips before", to=[owner, tobias], cc=[],
     atts=[("CP-90_revC.zip", zip_of(cad("CP-90_revC", "2025-02-06T11:48:00"), when=(2025, 2, 6, 11, 48, 0)), "application/zip")])

# ================================================================ T16 Plastiche: samples shipped (G25)
T16 = thread("CP-90 T1 samples – shipment", francesca, people=[heiko])
say(T16, francesca, "2025-03-17 09:00", "Dear Katharina,\n\nthe T1 samples of CP-90 (10 pcs) are ready, with the dimensional report. How would you like "
    "us to ship them?", to=[owner], cc=[])
say(T16, owner, "2025-03-17 11:20", "Dear Ms Russo,\n\ngreat news! Please ship them with our forwarder Roth Logistik, Mr Lammers will arrange the pick-up.",
    to=[francesca], cc=[heiko])
say(T16, francesca, "2025-03-18 15:30", "Perfect, we'll have them packed for Thursday.")
test(T16, francesca, "2025-03-21 10:10", "Dear Katharina,\n\nthe samples were picked up this morning, the delivery note (DDT 25/0318) and the dimensional "
     "report are attached.", "genuine", "genuine-reply", "G25 Italian Gmail partner, samples shipped with DDT",
     atts=[pdfatt("DDT_25-0318.pdf", ["Plastiche Venete S.r.l.", "Documento di trasporto 25/0318", "10 pz CP-90 T1"], producer="TeamSystem"),
           pdfatt("CP-90_T1_report.pdf", ["CP-90 T1 dimensional report", "10/10 OK"], producer="PC-DMIS 2023")])

# ================================================================ T17 Fundiciones Ibéricas (M365, Spanish/English): his Safe Links (G12), English reply (G15)
T17 = thread("Cast housings CH-40 – quotation / cotización", javier, people=[tobias])
say(T17, owner, "2025-02-10 09:00", "Dear Mr García,\n\nwe would like to receive your quotation for 600 cast housings CH-40 per year (EN-GJS-400-15, "
    f"machined). Drawings and the 3D model are in our supplier portal:\n{PORTAL}/rfq/CH-40\n\nTobias Wendt from our design department is in copy.",
    to=[javier], cc=[tobias])
say(T17, javier, "2025-02-11 12:30", "Hola Katharina,\n\nmuchas gracias por la consulta. Pongo en copia a Marta Ruiz, de nuestro departamento de calidad, "
    "que revisará los requisitos de ensayo. Te enviamos la cotización la semana que viene.", to=[owner], cc=[marta, tobias])
say(T17, owner, "2025-02-11 16:00", "Thank you, Javier – I hope English is fine for you, my Spanish is limited to reading.")
say(T17, marta, "2025-02-13 10:20", "Hola Katharina,\n\nuna pregunta sobre el plano: ¿el ensayo de ultrasonidos según EN 12680-3 es necesario en todas las "
    "piezas o sólo en la primera muestra?\n\nGracias.", to=[owner], cc=[javier, tobias])
say(T17, owner, "2025-02-13 14:40", "Hi Marta,\n\nonly on the first samples and then 1 piece per batch. Please upload your quotation directly in the portal "
    f"(same link as above: {PORTAL}/rfq/CH-40).")
his = wrapper("safelinks", javier.email)(f"{PORTAL}/rfq/CH-40")
test(T17, javier, "2025-02-17 11:05", "Hola Katharina,\n\nya hemos subido la oferta OF-25-0142 al portal, en el enlace que nos enviaste: "
     f"[[{PORTAL}/rfq/CH-40|{his}]]\n\nEl precio es de 86,40 EUR por pieza mecanizada, utillaje 12.500 EUR. Cualquier duda, me dices.", "genuine", "genuine-hard",
     "G12 a link copied from his own inbox: his tenant's Safe Links wrapping the owner's portal (then wrapped again by hers)", to=[owner], cc=[marta, tobias])
say(T17, owner, "2025-02-17 15:10", "Thanks Javier. One question: is there a price break at 1,000 pieces per year?")
test(T17, javier, "2025-02-18 09:30", "Hi Katharina,\n\nyes – at 1,000 pieces per year the price would be 82.10 EUR per piece, tooling unchanged. "
     "Lead time for first samples is 10 weeks after tooling approval. I have updated the quotation in the portal accordingly.\n\nBest regards,\nJavier",
     "genuine", "genuine-hard", "G15 English reply from the Spanish partner in a thread mixing English and Spanish", lang="en", to=[owner], cc=[marta, tobias])

# ================================================================ T18 Fundiciones order: A7 nine months later, answering the FIRST message, ngrok
T18 = thread("Pedido 4500191 – carcasas CH-40 / purchase order", javier, people=[marta, tobias])
say(T18, owner, "2025-03-03 10:00", "Dear Javier,\n\nplease find attached our purchase order 4500191 for 600 cast housings CH-40 (drawing rev. C), "
    "first delivery of 150 pieces in week 16. Please confirm.", to=[javier], cc=[marta, tobias],
    atts=[pdfatt("PO_4500191.pdf", ["Hessler Antriebstechnik GmbH", "Purchase order 4500191", "600 x CH-40 rev. C"])])
say(T18, javier, "2025-03-04 09:15", "Hola Katharina,\n\nconfirmamos el pedido 4500191. Adjunto la confirmación de pedido; la primera entrega de 150 "
    "piezas saldrá en la semana 15 para llegar en la 16.", atts=[pdfatt("Confirmacion_4500191.pdf", ["Fundiciones Ibericas S.A.", "Confirmacion de pedido 4500191"],
                                                                        producer="SAP Business One")])
say(T18, owner, "2025-03-04 11:00", "Gracias, Javier! Please send the first-article inspection plan to Marta's attention.")
say(T18, marta, "2025-03-05 08:40", "Hola Katharina,\n\nadjunto el plan de inspección de primera muestra (FAI) para el CH-40.",
    atts=[pdfatt("FAI_plan_CH-40.pdf", ["FAI plan CH-40", "EN 12680-3 UT"], producer="Microsoft Word para Microsoft 365")])
say(T18, javier, "2025-04-09 13:20", "Hola Katharina,\n\nla primera entrega (150 piezas) ha salido hoy con Transportes Azkar, albarán 25-0871.")
say(T18, owner, "2025-04-10 09:00", "Thanks Javier, we will confirm receipt.")
test(T18, javier, "2026-01-13 07:35", "Hola Katharina,\n\nTe envío la documentación actualizada del pedido 4500191 (certificados y albaranes pendientes). "
     "Puedes descargarla desde el siguiente enlace:\n\nhttps://3f9a-91-92-245-17.ngrok-free.app/docs/pedido_4500191.zip\n\nQuedo a la espera de tu "
     "confirmación.\n\nSaludos,", "hijack", "server-hijack",
     "A7 nine months after the last message, answers the FIRST message (In-Reply-To and quote of the order), ngrok-free.app link",
     quote_rec=T18["first"], refs=[T18["first"]["m"]], sig=False, to=[owner], cc=[marta, tobias],
     subj=reply_subj("olk", "es", T18["first"]["subj"]))

# ================================================================ T19 Componentes Navarra (Gmail): five months later (G10), A11 OneNote
T19 = thread("Muelles de compresión MC-12 – ensayo de fatiga", lucia, people=[nadine])
say(T19, owner, "2025-01-21 09:30", "Dear Ms Fernández,\n\nfor the approval of the compression spring MC-12 we need a fatigue test according to "
    "EN 13906-1 (10 million cycles, 20 springs). Could you run it on your test bench?", to=[lucia], cc=[nadine])
say(T19, lucia, "2025-01-22 12:10", "Hola Katharina,\n\nsí, podemos hacerlo, pero nuestro banco de ensayo está ocupado hasta febrero. Te confirmo la fecha "
    "de inicio en cuanto la tenga.")
say(T19, owner, "2025-01-22 15:00", "Thank you, that's fine for us.")
say(T19, lucia, "2025-02-04 10:45", "Hola Katharina,\n\nempezamos el ensayo el 17 de febrero. Con 10 millones de ciclos tardará unos cuatro meses; te "
    "enviaré el informe cuando termine.")
test(T19, lucia, "2025-07-08 11:20", "Hola Katharina, hola Nadine,\n\nretomo este hilo: el ensayo de fatiga del MC-12 ha terminado. Las 20 muelles han "
     "superado los 10 millones de ciclos sin rotura y la pérdida de carga está por debajo del 2 %. Os adjunto el informe completo.\n\nUn saludo",
     "genuine", "genuine-hard", "G10 genuine reply five months later, on topic (fatigue test results)", sig=False, to=[owner], cc=[nadine],
     atts=[pdfatt("Informe_fatiga_MC-12.pdf", ["Componentes Navarra S.L.", "Informe de ensayo de fatiga MC-12", "EN 13906-1, 10^7 ciclos, 20/20 OK"],
                  producer="Microsoft Word para Microsoft 365", when="20250708101500")])
say(T19, owner, "2025-07-08 15:00", "Dear Lucía,\n\nexcellent, thank you very much! Nadine will review the report this week.")
test(T19, lucia, "2025-07-22 03:55", "Hola Katharina,\n\nTe envío el archivo con las especificaciones actualizadas del MC-12 tras el ensayo. Haz doble clic "
     "en el documento adjunto para verlo.\n\nUn saludo,\nLucía", "hijack", "server-hijack",
     "A11 Gmail reply, 'haz doble clic' and a OneNote (.one) attachment", sig=False,
     atts=[("Especificaciones_MC-12_rev2.one", onenote(), "application/octet-stream")])

# ================================================================ T20 orphan: Lucía answers the shared purchasing mailbox with Katharina in Cc (G20)
ek_when = at("2025-05-12 14:05", BERLIN)
ek = dict(m=f"<{srv_short(OWNER_SRV)[:4]}PR03MB{R.randint(1000, 9999)}{HX(24)}@AM0PR03MB{R.randint(1000, 9999)}.eurprd03.prod.outlook.com>", frm=einkauf,
          org=hessler, when=ek_when, to=[(lucia.name, lucia.email)], cc=[], ext=False, subj="Solicitud de oferta – muelles de tracción MT-8",
          plain="Dear Ms Fernández,\n\nplease quote 5,000 extension springs MT-8 per year (drawing attached, EN 10270-1 SH). Please reply to all and include my "
                "colleague Katharina Brandt, who will handle the order.\n\nKind regards\nSvenja Otto\nEinkauf – Hessler Antriebstechnik GmbH", html=None)
T20 = thread("Solicitud de oferta – muelles de tracción MT-8", lucia, people=[einkauf], start_refs=[ek["m"]])
T20["last"] = ek
test(T20, lucia, "2025-05-13 10:40", "Hola Svenja, hola Katharina,\n\ngracias por la solicitud. Adjunto nuestra oferta OF-MT8-2025-031: 0,42 EUR por pieza "
     "para 5.000 piezas al año, plazo de entrega 4 semanas.", "genuine", "genuine-orphan",
     "G20 orphan: reply to the shared purchasing mailbox with the owner in Cc", to=[einkauf], cc=[owner],
     atts=[pdfatt("Oferta_OF-MT8-2025-031.pdf", ["Componentes Navarra S.L.", "Oferta OF-MT8-2025-031", "MT-8: 0,42 EUR/pz"], producer="Microsoft Word para Microsoft 365")])
say(T20, owner, "2025-05-13 16:00", "Dear Lucía,\n\nthank you for the quick quotation. We will place the order next week.", to=[lucia], cc=[einkauf])
say(T20, lucia, "2025-05-14 09:00", "¡Perfecto, gracias Katharina!", to=[owner], cc=[einkauf])

# ================================================================ T21 Whitfield (M365 UK): SharePoint of his tenant (G8), A12 SharePoint text with another tenant's href
T21 = thread("PPAP submission – gear blanks GB-75", james, people=[nadine])
say(T21, owner, "2025-03-18 10:00", "Dear Mr Whitfield,\n\nfor the series release of the gear blanks GB-75 we need a PPAP submission level 3 (PSW, "
    "dimensional results, material certificates, control plan, capability study for Ø 75 h7). Nadine Schulte from our supplier quality is in copy.",
    to=[james], cc=[nadine])
sp_folder = f"https://whitfieldprecision.sharepoint.com/:f:/s/CustomerQuality/EhK{alnum(40)}?e={alnum(6)}"
say(T21, james, "2025-03-19 09:30", "Dear Katharina,\n\nthank you. We share PPAP packages through our customer quality site on SharePoint; I have given "
    f"you and Nadine access to this folder:\n\n[[GB-75 PPAP – Hessler|{sp_folder}]]\n\nThe documents will be uploaded there by next Tuesday.")
say(T21, owner, "2025-03-19 13:00", "Dear James,\n\nthank you, that works for us.")
say(T21, nadine, "2025-03-24 10:15", "Dear James,\n\naccess works and the documents are there – only the signed PSW is missing.\n\nBest regards\nNadine Schulte",
    to=[james], cc=[owner])
say(T21, james, "2025-03-25 08:50", "Thanks Nadine, the PSW will follow once our MD has signed it.")
sp_psw = f"https://whitfieldprecision.sharepoint.com/:b:/s/CustomerQuality/EQa{alnum(40)}?e={alnum(6)}"
test(T21, james, "2025-04-01 14:20", "Dear Katharina, dear Nadine,\n\nthe signed PSW for GB-75 is now in the same SharePoint folder:\n\n"
     f"[[GB-75_PSW_signed.pdf|{sp_psw}]]\n\nWith this the PPAP package is complete.", "genuine", "genuine-hard",
     "G8 a new SharePoint link of the partner's own tenant, which the thread used before", to=[owner, nadine], cc=[])
say(T21, owner, "2025-04-02 09:10", "Dear James,\n\nthank you – Nadine has approved the PPAP, the series order follows this week.", to=[james], cc=[nadine])
other = f"https://brightlinefab-my.sharepoint.com/:o:/g/personal/j_moss_brightlinefab_com/Ei7{alnum(40)}?e={alnum(6)}"
test(T21, james, "2025-05-20 07:02", "Dear Katharina,\n\nfollowing the change of our heat-treatment supplier, I have uploaded the updated PPAP package "
     "(revised control plan and new capability study) to our SharePoint:\n\n"
     f"[[https://whitfieldprecision.sharepoint.com/sites/CustomerQuality/Shared%20Documents/PPAP/GB-75%20rev%20B|{other}]]\n\nPlease review and sign off by Friday.",
     "hijack", "server-hijack", "A12 link text shows the partner's SharePoint site, the href goes to another tenant's -my.sharepoint.com OneNote",
     to=[owner], cc=[nadine])

# ================================================================ T22 Whitfield: ordinary reply (G26)
T22 = thread("Capacity planning H2 2025 – GB-75", james)
say(T22, owner, "2025-05-05 09:00", "Dear James,\n\nattached is our forecast for GB-75 for the second half of 2025: 1,200 pieces per month from July, "
    "1,500 from October. Can you confirm the capacity?", to=[james], cc=[],
    atts=[pdfatt("Forecast_GB-75_H2-2025.pdf", ["Hessler Antriebstechnik GmbH", "Forecast GB-75 H2/2025"], producer="Microsoft Excel für Microsoft 365")])
say(T22, james, "2025-05-06 10:30", "Dear Katharina,\n\nthanks. July to September is fine. For October we would need the call-offs two weeks earlier – "
    "is that possible on your side?")
say(T22, owner, "2025-05-06 14:00", "Yes, we can send the October call-offs by mid-September.")
test(T22, james, "2025-05-07 09:45", "Dear Katharina,\n\nperfect – then we confirm 1,200 pieces per month from July and 1,500 per month from October. I "
     "have reserved the capacity on our second turning cell.", "genuine", "genuine-reply", "G26 ordinary reply, UK Exchange Online partner")

# ================================================================ T23 Castellan (M365 UK): newsletter-style update (G17), A2 .html fake sign-in page
T23 = thread("Bearing supply 2025 – allocation and lead times", priya, people=[stefan])
say(T23, priya, "2025-01-14 10:00", "Dear Katharina,\n\nas announced at our supplier day, we will allocate taper roller bearings of the 32200 series for the "
    "first half of 2025 based on your 2024 call-offs. Your allocation is 4,800 pieces per quarter.", to=[owner], cc=[stefan])
say(T23, owner, "2025-01-15 09:30", "Dear Priya,\n\nthank you for the information. 4,800 per quarter covers our current demand, but we expect about 10 % more "
    "from Q3. Please keep that in mind.")
say(T23, priya, "2025-01-16 11:00", "Dear Katharina,\n\nnoted – I have flagged the Q3 increase with our planning team. Lead times for the 32200 series are "
    "currently 14 weeks.")
say(T23, owner, "2025-01-17 08:40", "Thank you, please keep us posted.")
GO = "https://go.castellan-bearings.example"
img = lambda nm: f"https://image.go.castellan-bearings.example/lib/fe3a11737164047b7d1c/m/1/{nm}"
nl_links = [("6200-2RSH sealed series – product page", f"{GO}/e/1023/product-update-q1-2025-6200-2rsh/8k2m4x/{R.randint(10**8, 10**9)}?h={alnum(40)}"),
            ("Lead time dashboard", f"{GO}/e/1023/lead-time-dashboard/8k2m4y/{R.randint(10**8, 10**9)}?h={alnum(40)}"),
            ("Mounting video 32200 series", "https://www.youtube.com/watch?v=Qm3xT7vKp2A"),
            ("Register for the webinar on 20 March", f"{GO}/e/1023/webinar-condition-monitoring/8k2m4z/{R.randint(10**8, 10**9)}?h={alnum(40)}"),
            ("Download the 2025 catalogue (PDF)", "https://www.castellan-bearings.example/media/catalogues/industrial-drives-2025.pdf")]
nl_text = ("Dear Katharina,\n\nas promised on our call, here is our Q1 product update for the industrial drives team – the points most relevant for Hessler "
           "are the new sealed 6200-2RSH series and the lead time improvement on the 32200 taper roller bearings (now 11 weeks).\n\n"
           + "\n".join(f"• [[{t}|{u}]]" for t, u in nl_links) + "\n\nIf any of this is of interest, I'm happy to arrange samples.")
nl_html = ('<table width="640" cellpadding="0" cellspacing="0" border="0" style="font-family:Arial,sans-serif;font-size:14px;color:#1d1d1d">'
           f'<tr><td><img src="{img("header-q1-2025.png")}" width="640" height="120" alt="Castellan Bearings – Product update Q1 2025"></td></tr>'
           '<tr><td style="padding:16px 0">Dear Katharina,<br><br>as promised on our call, here is our Q1 product update for the industrial drives team – the '
           'points most relevant for Hessler are the new sealed 6200-2RSH series and the lead time improvement on the 32200 taper roller bearings (now 11 weeks).'
           '</td></tr>' + "".join(
               f'<tr><td style="padding:8px 0;border-top:1px solid #e0e0e0"><img src="{img(f"icon-{i}.png")}" width="48" height="48" style="vertical-align:middle"> '
               f'<a href="{H.escape(u)}" style="color:#5a2d82;font-weight:bold">{H.escape(t)}</a></td></tr>' for i, (t, u) in enumerate(nl_links))
           + '<tr><td style="padding:16px 0">If any of this is of interest, I\'m happy to arrange samples.</td></tr></table>\n')
test(T23, priya, "2025-02-25 11:30", nl_text, "genuine", "genuine-hard",
     "G17 newsletter-style reply: HTML, many links and images on the partner's marketing subdomain, YouTube",
     html_own=nl_html + own_html("olk", priya.sig, priya, small=priya.disclaimer))
say(T23, owner, "2025-02-26 09:00", "Dear Priya,\n\nthank you for the update – samples of the 6205-2RSH would be great (10 pieces).")
login_html = ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Sign in to your account</title>\n'
              '<meta name="viewport" content="width=device-width, initial-scale=1">\n<style>body{font-family:"Segoe UI",Arial,sans-serif;background:#f2f2f2}'
              '.box{width:440px;margin:80px auto;background:#fff;padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2)}input{width:100%;padding:6px;margin:8px 0;'
              'border:none;border-bottom:1px solid #666}button{background:#0067b8;color:#fff;border:0;padding:8px 32px;float:right}</style></head>\n<body>\n'
              '<div class="box"><img src="https://aadcdn.msftauth.net/shared/1.0/content/images/microsoft_logo_564db913a7fa0ca42727161c6d031bef.svg" width="108">\n'
              '<p style="font-size:15px">Castellan_Revised_Delivery_Schedule_Q2.xlsx has been shared with you. Verify your account to view the document.</p>\n'
              '<h2 style="font-weight:600">Sign in</h2>\n<form method="POST" action="https://doc-review-4471.workers.dev/api/v2/auth">\n'
              f'<input type="email" name="login" value="{owner.email}" readonly>\n<input type="password" name="passwd" placeholder="Password" required>\n'
              '<input type="hidden" name="src" value="castellan-q2"><button type="submit">Sign in</button></form>\n'
              '<p style="font-size:13px;clear:both;padding-top:24px"><a href="#">Forgot my password</a></p></div>\n</body></html>\n')
test(T23, priya, "2025-03-27 12:48", "Hi Katharina,\n\nPlease find attached the revised delivery schedule for Q2. Kindly review and confirm at your "
     "earliest convenience.\n\nBest regards,\nPriya", "hijack", "server-hijack",
     "A2 revised delivery schedule as an .html attachment that is a fake Microsoft 365 sign-in page", sig=False,
     atts=[("Castellan_Revised_Delivery_Schedule_Q2.html", login_html.encode(), "text/html")])

# ================================================================ T24 Tratamientos Térmicos del Ebro (Gmail): long disclaimer (G16), A14 TLD-swapped look-alike
T24 = thread("Tratamiento térmico lote 25-033 – certificado / heat treatment", alejandro, people=[nadine])
say(T24, owner, "2025-04-01 10:00", "Dear Mr Ruiz,\n\nthe batch 25-033 (120 shafts PW-20, quench and temper to 28–32 HRC) has been delivered to you by "
    "Roth Logistik today. Please confirm receipt and the planned completion date.", to=[alejandro], cc=[nadine])
say(T24, alejandro, "2025-04-02 09:20", "Hola Katharina,\n\nconfirmamos la recepción del lote 25-033 (120 ejes). El tratamiento está previsto para el "
    "jueves y la entrega el martes que viene.")
say(T24, owner, "2025-04-02 14:00", "Thank you. Please include the hardness protocol and the furnace chart with the certificate.")
say(T24, alejandro, "2025-04-04 12:00", "De acuerdo, el certificado irá con la próxima entrega, con el registro del horno y el protocolo de dureza.")
test(T24, alejandro, "2025-04-09 13:30", "Hola Katharina,\n\nel lote 25-033 ha salido hoy. Adjunto el certificado de tratamiento térmico con el protocolo "
     "de dureza (29–31 HRC en todas las piezas medidas) y el registro del horno.", "genuine", "genuine-hard",
     "G16 reply with a long bilingual legal disclaimer (LOPDGDD)",
     atts=[pdfatt("Certificado_TT_25-033.pdf", ["Tratamientos Termicos del Ebro S.L.", "Certificado 25-033", "Temple y revenido, 29-31 HRC"],
                  producer="Microsoft Word para Microsoft 365")])
say(T24, owner, "2025-04-09 16:00", "Thank you, Alejandro!")
fake_ale = Pt("Alejandro Ruiz", "alejandro.ruiz@tratamientos-ebro.test", "gmail", "Europe/Madrid", "es", ebro_fake, sig=alejandro.sig, logo="ebro",
              disclaimer=alejandro.disclaimer)
test(T24, fake_ale, "2025-04-23 10:12", "Hola Katharina,\n\nte adjunto la conformidad de pedido actualizada para los próximos lotes. Para poder liberar el "
     "siguiente lote necesitamos tu firma electrónica; puedes revisarla y firmarla a través de DocuSign:\n\n"
     f"[[Revisar y firmar documento|https://docusign-ttebro.pages.dev/envelope?id={ruuid()}]]\n\nGracias de antemano.", "hijack", "lookalike-domain",
     "A14 look-alike with the TLD swapped (.test for .example) on Google Workspace, DocuSign-style link to pages.dev")

# ================================================================ T25 fake thread: "RE: Outstanding payment" with an invented quote of Katharina (A6)
hartley_p = Pt("Daniel Hartley", "d.hartley@hartley-industrial.example", "owa", "Europe/London", "en", hartley, exo_srv("BN0PR11MB5743", "namprd11"),
               sig="Kind regards,\n\nDaniel Hartley\nCredit Control\nHartley Industrial Supplies Ltd\nT: +44 121 555 0917")
T25 = thread("Outstanding payment", hartley_p)
fq_t = at("2025-05-19 10:12", BERLIN)
fq_text = ("Dear Daniel,\n\nthank you for your reminder. I have passed your statement to our accounts payable team. Please send us your bank details "
           "again on your company letterhead so that we can release the payment.\n\nMit freundlichen Grüßen / Best regards\n\nKatharina Brandt\n"
           "Strategischer Einkauf | Strategic Procurement\nHessler Antriebstechnik GmbH")
rows = [("From:", f"Katharina Brandt <{owner.email}>"), ("Sent:", f"Monday, May 19, 2025 10:12 AM"), ("To:", f"Daniel Hartley <{hartley_p.email}>"),
        ("Cc:", f"Jörg Albers <{joerg.email}>"), ("Subject:", "Outstanding payment")]
fq_plain = "\n\n________________________________\n" + "\n".join(f"{k} {v}" for k, v in rows) + "\n\n" + fq_text
fq_html = ('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, '
           'sans-serif" style="font-size:11pt" color="#000000">' + "<br>\n".join(f"<b>{H.escape(k)}</b> {H.escape(v)}" for k, v in rows)
           + '</font>\n<div>&nbsp;</div>\n</div>\n<div class="PlainText">' + "<br>\n".join(H.escape(l) for l in fq_text.split("\n")) + "</div>\n")
fake_parent = f"<{srv_short(OWNER_SRV)}{HX(28)}3@{OWNER_SRV}>"
test(T25, hartley_p, "2025-05-26 09:05", "Hi Katharina,\n\nfollowing up on the below: invoice HIS-24-1187 (EUR 48,760.00) is now 45 days overdue. As "
     "requested, our updated remittance details are on the attached letterhead. Please confirm the payment date today so that we can avoid putting your "
     "account on stop.", "hijack", "fake-thread",
     "A6 fake thread: unknown supplier, invented Outlook quote of the owner, In-Reply-To a Message-ID she never sent, Cc AP",
     subj="RE: Outstanding payment", refs=[fake_parent], q_override=(fq_plain, fq_html), to=[owner], cc=[joerg],
     atts=[pdfatt("HIS_Remittance_Details_2025.pdf", ["HARTLEY INDUSTRIAL SUPPLIES LTD", "Statement of account", "Invoice HIS-24-1187 EUR 48,760.00 overdue",
                                                      "Remit to: Wise Europe SA, IBAN BE71 9670 5512 8869", "BIC TRWIBEB1XXX"], producer="Microsoft: Print To PDF")])

# ================================================================ context threads (more history per partner, no test)
T26 = thread("Frachtkosten Q1/2025 – Übersicht", michael)
say(T26, michael, "2025-04-14 11:00", "Hallo Frau Brandt,\n\nanbei die Übersicht Ihrer Frachtkosten im 1. Quartal (23 Sendungen, 14.860 EUR netto) für "
    "Ihr Controlling.", to=[owner], cc=[],
    atts=[pdfatt("Frachtkosten_Q1-2025_Hessler.pdf", ["Roth Logistik GmbH", "Frachtkosten Q1/2025", "23 Sendungen, 14.860 EUR"], producer="Microsoft Excel")])
say(T26, owner, "2025-04-14 15:20", "Danke, Herr Roth – sehr hilfreich.")
say(T26, michael, "2025-04-15 08:10", "Gern! Für Q2 schicke ich das automatisch.")
T27 = thread("Werksbesuch Herford – Mehrwegsysteme", klaus, people=[heiko])
say(T27, klaus, "2025-01-22 10:30", "Hallo Frau Brandt,\n\nwie telefonisch besprochen lade ich Sie und Herrn Lammers gern zu einem Werksbesuch nach "
    "Herford ein. Wie wäre der 5. Februar um 10 Uhr?", to=[owner], cc=[heiko])
say(T27, owner, "2025-01-22 13:45", "Hallo Herr Berger,\n\nder 5. Februar passt uns gut, wir kommen gern.")
say(T27, klaus, "2025-01-22 14:10", "Prima, ich freue mich. Parkplätze sind direkt vor dem Haupteingang.")
T28 = thread("Price list 2025 – Castellan Bearings", priya)
say(T28, priya, "2025-01-08 09:15", "Dear Katharina,\n\nplease find attached our 2025 price list for Hessler, valid from 1 February. The average increase "
    "is 2.8 %.", to=[owner], cc=[], atts=[pdfatt("Castellan_Price_List_2025_Hessler.pdf", ["Castellan Bearings plc", "Price list 2025"], producer="SAP S/4HANA")])
say(T28, owner, "2025-01-09 10:00", "Dear Priya,\n\nthank you. We will review it and come back to you if we have questions.")
say(T28, priya, "2025-01-09 11:30", "Thank you, Katharina.")
T29 = thread("Anfrage Wellendichtringe – Ersatzteilbedarf 2025", sandra, people=[florian])
say(T29, owner, "2025-01-13 09:00", "Hallo Frau Maier,\n\nkönnen Sie uns auch Wellendichtringe 35×52×7 (FKM) für unseren Ersatzteilbedarf anbieten? "
    "Ca. 2.000 Stück pro Jahr.", to=[sandra], cc=[])
say(T29, sandra, "2025-01-14 10:20", "Hallo Frau Brandt,\n\nDichtringe führen wir leider nicht selbst. Mein Kollege Herr Huber hat aber einen guten "
    "Kontakt zu einem Hersteller und meldet sich bei Ihnen.", to=[owner], cc=[florian])
say(T29, owner, "2025-01-14 11:00", "Vielen Dank, Frau Maier!")

# ---------------------------------------------------------------- write in arrival order
scen_rows = ["file\tmessage_id\tlabel\tkind\tscenario"]
for utc, folder, raw, (m, label), scen in sorted(pending, key=lambda x: x[0]):
    n[0] += 1
    path = f"mailboxes/{MB}/{folder}/{n[0]}.eml"
    with open(f"{root}/{path}", "wb") as f:
        f.write(raw)
    if label:
        labels.append(f"{MB}\t{m}\t{label[0]}\t{label[1]}")
        scen_rows.append(f"{path}\t{m}\t{label[0]}\t{label[1]}\t{scen}")
open(f"{root}/labels.tsv", "w").write("\n".join(labels) + "\n")
open(f"{root}/scenarios.tsv", "w").write("\n".join(scen_rows) + "\n")
print(n[0], "messages,", len(labels) - 1, "labelled")
