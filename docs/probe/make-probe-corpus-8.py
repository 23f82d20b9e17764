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
    def __init__(s, key, kind, dom, **kw):
        s.key, s.kind, s.dom = key, kind, dom
        s.__dict__.update(kw)


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
    """A small valid PDF: one A4 page of text, optional /URI link annotations, optional Standard security handler."""
    content = ("BT /F1 11 Tf 14 TL 72 770 Td " + " ".join(f"({pdf_esc(l)}) '" for l in lines) + " ET").encode("latin-1")
    if encrypt: content = rbytes(len(content) + 16 - len(content) % 16)
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", None,
            f"<< /Length {len(content)} >>\nstream\n", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            f"<< /Producer ({pdf_esc(producer)}) /CreationDate (D:{when}+01'00') /ModDate (D:{when}+01'00') >>"]
    annot_ids = []
    for i, u in enumerate(uris):
        objs.append(f"<< /Type /Annot /Subtype /Link /Rect [72 {700 - 30 * i} 523 {724 - 30 * i}] /Border [0 0 0] /A << /S /URI /URI ({u}) >> >>")
        annot_ids.append(len(objs))
    objs[2] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R"
               + (f" /Annots [{' '.join(f'{a} 0 R' for a in annot_ids)}]" if annot_ids else "") + " >>")
    if encrypt:
        objs.append(f"<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O <{hx(64)}> /U <{hx(64)}> >>")
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"); offs_ = []
    for i, o in enumerate(objs, 1):
        offs_.append(len(out))
        if i == 4: out += f"4 0 obj\n{o}".encode() + content + b"\nendstream\nendobj\n"
        else: out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    x = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offs_)
    fid = hx(32)
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R /ID [<{fid}> <{fid}>]" + (f" /Encrypt {len(objs)} 0 R" if encrypt else "")
            + f" >>\nstartxref\n{x}\n%%EOF\n").encode()
    return bytes(out)


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


def split_sig(mk, who, client):
    """(own text with signature, html): the Gmail signature sits in its own div."""
    return mk


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
def safelink(url, host, rcpt, tenant, msgkey):
    ticks = 638700000000000000 + R.randint(0, 10**14)
    return (f"https://{host}.safelinks.protection.outlook.com/?url={urllib.parse.quote(url, safe='')}&data=05%7C02%7C{urllib.parse.quote(rcpt, safe='')}"
            f"%7C{msgkey}%7C{tenant}%7C0%7C0%7C{ticks}%7CUnknown%7CTWFpbGZsb3d8eyJFbXB0eU1hcGkiOnRydWUsIlYiOiIwLjAuMDAwMCIsIlAiOiJXaW4zMiIsIkFOIjoiTWFpbCIsIldUIjoyfQ%3D%3D"
            f"%7C0%7C%7C%7C&sdata={urllib.parse.quote(b64(32), safe='')}&reserved=0")


def wrapper(kind, rcpt):
    """A function url -> wrapped url for links arriving at an organisation with this link protection."""
    key = hx(32)
    if kind == "owner": return lambda u: u if "eur02.safelinks" in u else safelink(u, "eur02", rcpt, OWNER_TENANT, key)
    if kind == "safelinks": return lambda u: u if ".safelinks." in u else safelink(u, fundiciones.sl_host, rcpt, fundiciones.sl_tenant, key)
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
        pre.append(("Received", f"by {helo} with SMTP id a640c23a62f3a-{hx(11)}so{R.randint(10**6, 10**7)}66b.{R.randint(0, 3)}\n for <{owner.email}>; {la}"))
        pre = []  # order below
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
        smtp_client=None, php_from=None, lang=None, date=None, drop=(), topic=None):
    """One message of thread st written by who (Katharina -> Sent, everyone else -> INBOX) at local time `when`."""
    client = client or who.client
    t = at(when, ZoneInfo(tz) if tz else who.tz)
    small = who.disclaimer if sig else ""
    mk = text + ("\n\n" + who.sig if sig and who.sig else "")
    if client not in ("olk", "olk16") and small: mk += "\n\n" + small; small = ""
    own_p = plain_own if plain_own is not None else plain_of(mk, client, who.logo) + ("\n\n" + plain_of(small, client) if small else "")
    own_h = html_own if html_own is not None else own_html(client, mk, who, small=small)
    q = st["last"] if quote_rec == "last" else quote_rec
    qp, qh = quote(who, q, client) if q else ("", "")
    plain = own_p + qp
    html = None if client == "olk16plain" else own_h + (qh or "")
    if subj is None:
        subj = st["base"] if q is None else reply_subj(client, who.ui, view(q, who)[2])
    if to is None:
        to = [q["frm"]] if (q and not same(q["frm"], who)) else [st["p"]]
    if cc is None:
        taken = {who_t(x)[1].lower() for x in to} | {who.email.lower()}
        cc = [x for x in st["people"] if who_t(x)[1].lower() not in taken]
    for x in [who] + list(to) + list(cc):
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
