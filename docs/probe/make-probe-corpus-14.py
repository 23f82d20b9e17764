#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus-14.py OUT_DIR
#
# Probe mailbox "schaefer": Jürgen Schäfer, Einkauf at Hessler Maschinenbau GmbH (Metzingen, Baden-Württemberg), on HCL Notes 12
# (German UI, Notes Message-IDs <OF...-ONC1258...@...>, "Von:/An:/Datum:/Betreff:" quote blocks, incoming mail through a Postfix
# gateway and a Domino server). Partners each keep their own fingerprint (Message-ID shape, X-Mailer/User-Agent, Received chain,
# DKIM d=/s= or none, charset ISO-8859-1/windows-1252/UTF-8, QP/base64/8bit, quote header, reply prefix):
#   Kessler Antriebe (Exchange 2016 on-prem, no DKIM), Härterei Göbel (Exchange 2019 + gateway DKIM), Spedition Kraus (Exchange
#   on-prem), Wagner Präzision (Tobit David -> Microsoft 365 mid-thread), Gusswerk Hartberg AT (GroupWise 18, "Jänner"),
#   Brunner Fluid CH (M365, writes "ss"), Novák strojírny CZ (Thunderbird, Czech quote headers), Meccanica Rossi IT (M365, Italian
#   Outlook UI, English text), KB Fink (Apple Mail via IONOS, always WeTransfer), Elektro Reutter (private GMX webmail),
#   Schlosserei Kübler (T-Online webmail / iPhone), Seitz Hydraulik (SAP order confirmations + M365 sales), Mahler Formenbau
#   (Thunderbird on hosted Postfix), Ebner Befestigung (M365), customer Vollmer Verpackung (M365, DocuSign), Steuerkanzlei Brandl
#   (Outlook via DATEVnet), VDMW association mailing list (Mailman), internal colleagues on Notes.
# Files are numbered in arrival order over INBOX and Sent; only the test messages are labelled (labels.tsv); scenarios.tsv maps
# each labelled file to its scenario. Deterministic (random.Random(14)); attachments are inert (random bytes, fake content).
# No QR-code scenario: no QR library is installed here, so that attack is skipped.
#
# Scenarios (T = thread; G* genuine, H* hijack):
#  G01 T1  Kessler: plain reply (Exchange on-prem, stacked subject "AW: AW: WG: AW:")                       genuine-reply
#  H01 T1  Emotet display-name spoof: "Brenner, Markus" from a compromised dental practice mailbox, quotes
#          the real thread, password-protected zip, "Kennwort" in the body                                   display-name-spoof
#  G02 T2  Kessler: delivery delay reply with revised date                                                 genuine-reply
#  H02 T2  SquirrelWaffle via Kessler's Exchange server: English reply in the German thread, link to a zip
#          on a hacked winery site                                                                         server-hijack
#  G03 T3  Kessler: Outlook meeting acceptance (text/calendar METHOD:REPLY, no In-Reply-To)                genuine-hard
#  G04 T4  Härterei Göbel: reply with hardening offer PDF                                                  genuine-reply
#  H03 T4  Göbel Exchange server hijack: short "Angebot" reply with a macro .docm                          server-hijack
#  G05 T5  Spedition Kraus: "WG:" forward of a customs notice (ATLAS Steuerbescheid PDF), new subject      genuine-hard
#  G06 T6  Kraus: plain pickup confirmation                                                                genuine-reply
#  H04 T6  Qakbot-style reply through Kraus' Exchange: one line + link to a .zip on a hacked site           server-hijack
#  G07 T7  Wagner: last Tobit David message announcing the move to Microsoft 365                          genuine-hard
#  G08 T7  Wagner: first reply from Microsoft 365 (new Message-ID/client/DKIM), as announced               genuine-hard
#  G09 T8  Wagner (Tobit): complaint reply with 8D report                                                  genuine-reply
#  G10 T9  Gusswerk Hartberg (GroupWise): delivery schedule "Jänner/Feber"                                 genuine-hard
#  G11 T9  Gusswerk: GroupWise "Abwesenheitsnotiz" (Auto-Submitted)                                        genuine-hard
#  G12 T10 Gusswerk accounting (new sender, same domain): new bank details on letterhead PDF               genuine-hard
#  G13 T10 Gusswerk: thanks after Jürgen confirmed "wie telefonisch bestätigt"                             genuine-reply
#  G14 T11 Brunner CH: offer reply, Swiss "ss"                                                             genuine-reply
#  G15 T11 Brunner: English-speaking colleague joins the German thread (Cc), replies in English            genuine-hard
#  H05 T12 Brunner payment diversion from IDN homoglyph look-alike xn--brnner-fluid-elb.example ("ü")      lookalike-domain
#  G16 T13 Novák CZ: German text, Czech Thunderbird quote header "Dne ... napsal(a):"                       genuine-hard
#  H06 T13 OneNote attachment, display name "Pavel Dvořák" from a compromised hotel mailbox                display-name-spoof
#  G17 T14 Rossi IT: English reply with a zip of STEP files                                                genuine-hard
#  G18 T14 Rossi: Italian Outlook UI quote ("Da:/Inviato:"), plain reply                                   genuine-reply
#  H07 T15 Rossi account takeover: reply whose quoted history shows a changed IBAN                         account-takeover
#  G19 T16 KB Fink: WeTransfer link to CAD data (the office always uses WeTransfer)                        genuine-hard
#  G20 T16 Fink: second WeTransfer link after a design change                                              genuine-hard
#  H08 T16 Fink account takeover: .ics invitation from IONOS webmail whose description links a zip        account-takeover
#  G21 T17 Reutter (GMX webmail): plain reply                                                              genuine-reply
#  H09 T17 Reutter's GMX account hijacked: GMX Android app, answers a months-old message, zip link          account-takeover
#  G22 T18 Kübler: reply at 22:30 from iPhone ("Von meinem iPhone gesendet")                               genuine-hard
#  G23 T18 Kübler: plain T-Online webmail reply                                                            genuine-reply
#  G24 T19 Seitz SAP order confirmation "AB 4500..." with PDF, no In-Reply-To                              genuine-orphan
#  G25 T19 Seitz SAP order confirmation with changed delivery date                                         genuine-hard
#  G26 T20 Seitz sales (M365): plain reply on down payment                                                 genuine-reply
#  H10 T20 Payment diversion from seitz-hydraulik.com (".example" -> ".com" TLD swap), quotes the thread   lookalike-domain
#  G27 T21 Mahler (Thunderbird): mould acceptance reply                                                    genuine-reply
#  H11 T21 Payment diversion from rnahler-formenbau.example ("rn" for "m")                                 lookalike-domain
#  G28 T22 Ebner: framework-contract thread revived after a year                                           genuine-hard
#  G29 T23 Ebner: call-off confirmation                                                                    genuine-reply
#  H12 T23 Ebner account takeover: Reply-To diverted to a freemail address, asks for open-items list       account-takeover
#  G30 T24 Vollmer (customer): purchaser announces retirement and successor                                genuine-reply
#  G31 T24 Vollmer: the successor replies for the first time (new sender, same tenant)                     genuine-hard
#  G32 T25 Vollmer: DocuSign envelope for the quality agreement (docusign.net, Reply-To customer)          genuine-hard
#  G33 T26 Steuerkanzlei Brandl: reply with a link to DATEV Unternehmen online                              genuine-hard
#  H13 T26 Brandl account takeover: HTML attachment that is a fake DATEV login                             account-takeover
#  G34 T27 VDMW mailing list: member answers a list post (footer, List-Id)                                 genuine-hard
#  G35 T27 VDMW list: new announcement from the association (no In-Reply-To)                               genuine-orphan
#  H14 T28 Stranger: "AW: Rechnung 2025-0318" with invented Notes-style quoted history, no such thread     fake-thread
#  G36 T29 Internal colleague (Notes, Buchhaltung): reply about cash discount                              genuine-reply
#  G37 T2  Kessler: short "Danke" from Outlook (no signature)                                              genuine-reply
#  G38 T11 Brunner: Swiss colleague's reply with technical data sheet PDF                                  genuine-reply
#  G39 T30 Göbel: plain reply about hardness values (context thread)                                      genuine-reply
#  G40 T31 Novák: offer reply with PDF                                                                     genuine-reply
#  G41 T32 Wagner (now on M365): offer reply in a new thread                                               genuine-reply
#  G42 T34 internal colleague (Notes, Konstruktion): short reply                                           genuine-reply
# Further context threads T30-T39 (Göbel, Novák, Wagner, Rossi, internal, Gusswerk, Brunner, Kessler, Mahler, Seitz, Reutter) are unlabelled
# except G39-G42.
import base64, datetime, hashlib, html as HT, io, os, quopri, random, sys, uuid, zipfile, zlib
from zoneinfo import ZoneInfo

root = sys.argv[1]
MB = "schaefer"
for f in ("INBOX", "Sent"): os.makedirs(f"{root}/mailboxes/{MB}/{f}", exist_ok=True)
R = random.Random(14)
BER = ZoneInfo("Europe/Berlin"); VIE = ZoneInfo("Europe/Vienna"); ZRH = ZoneInfo("Europe/Zurich"); PRG = ZoneInfo("Europe/Prague")
ROM = ZoneInfo("Europe/Rome"); UTC = datetime.timezone.utc
OWN = "hessler-maschinenbau.example"


def hx(k): return "".join(R.choice("0123456789abcdef") for _ in range(k))
def HX(k): return hx(k).upper()
def rbytes(k): return bytes(R.getrandbits(8) for _ in range(k))
def ruuid(): return str(uuid.UUID(int=R.getrandbits(128), version=4))
def alnum(k): return "".join(R.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(k))
def b64(k): return base64.b64encode(rbytes(k)).decode()
def ip_dyn(): return f"{R.choice([79, 84, 87, 91, 93])}.{R.randint(192, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)}"
def at(y, mo, d, h, mi, tz=BER): return datetime.datetime(y, mo, d, h, mi, R.randint(0, 59), tzinfo=tz)


class Pt:
    def __init__(s, name, email, client, infra, tz=BER, lang="de", sig="", disp=None):
        s.name, s.email, s.client, s.infra, s.tz, s.lang, s.sig = name, email, client, infra, tz, lang, sig
        s.disp = disp or name  # display name as the partner's own system writes it
        s.dom = email.split("@")[1]


# ----------------------------------------------------------------- attachments (inert)
def pdf_esc(s): return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines, producer="Microsoft® Word für Microsoft 365", when="20250303091200", uris=()):
    content = ("BT /F1 10 Tf 13 TL 60 780 Td " + " ".join(f"({pdf_esc(l)}) '" for l in lines) + " ET").encode("cp1252", "replace")
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", None,
            f"<< /Length {len(content)} >>\nstream\n", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            f"<< /Producer ({pdf_esc(producer)}) /CreationDate (D:{when}+01'00') /ModDate (D:{when}+01'00') >>"]
    ann = []
    for i, u in enumerate(uris):
        objs.append(f"<< /Type /Annot /Subtype /Link /Rect [60 {640 - 30 * i} 520 {660 - 30 * i}] /Border [0 0 0] /A << /S /URI /URI ({u}) >> >>")
        ann.append(len(objs))
    objs[2] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R"
               + (f" /Annots [{' '.join(f'{a} 0 R' for a in ann)}]" if ann else "") + " >>")
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"); offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        if i == 4: out += f"4 0 obj\n{o}".encode() + content + b"\nendstream\nendobj\n"
        else: out += f"{i} 0 obj\n{o}\nendobj\n".encode("cp1252", "replace")
    x = len(out); fid = hx(32)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R /ID [<{fid}> <{fid}>] >>\nstartxref\n{x}\n%%EOF\n".encode()
    return bytes(out)


def zipb(members, when=(2025, 3, 10, 14, 2, 0), encrypt=False):
    bio = io.BytesIO(); z = zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED)
    for name, data in members:
        zi = zipfile.ZipInfo(name, date_time=when); zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, rbytes(len(data)) if encrypt else data)
    z.close(); b = bytearray(bio.getvalue())
    if encrypt:  # mark every local and central header as encrypted (general purpose flag bit 0)
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


def step(name, parts):
    return ("ISO-10303-21;\nHEADER;\nFILE_DESCRIPTION(('STEP AP214'),'2;1');\n"
            f"FILE_NAME('{name}','2025-02-18T09:41:12',('g.ferrari'),('Meccanica Rossi'),'SwSTEP 2.0','SolidWorks 2023','');\n"
            "FILE_SCHEMA(('AUTOMOTIVE_DESIGN { 1 0 10303 214 3 1 1 }'));\nENDSEC;\nDATA;\n"
            + "".join(f"#{i}=CARTESIAN_POINT('',({R.uniform(-200, 200):.4f},{R.uniform(-200, 200):.4f},{R.uniform(0, 90):.4f}));\n" for i in range(1, parts))
            + "ENDSEC;\nEND-ISO-10303-21;\n").encode()


def docm():
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Override PartName="/word/document.xml" '
          'ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>').encode()
    doc = ('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           '<w:p><w:r><w:t>Dieses Dokument wurde in einer neueren Version erstellt. Bitte klicken Sie auf Inhalt aktivieren.</w:t></w:r></w:p>'
           '</w:body></w:document>').encode()
    return zipb([("[Content_Types].xml", ct), ("word/document.xml", doc), ("word/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + rbytes(3000))],
                when=(2025, 3, 24, 6, 11, 0))


def onenote():  # OneNote section file: header GUID then noise
    return uuid.UUID("7B5C52E4-D88C-4DA7-AEB1-5378D02996D3").bytes_le + rbytes(4000)


# ----------------------------------------------------------------- the people
NOTES_SIG = ("\n\nMit freundlichen Grüßen\n\nJürgen Schäfer\nEinkauf / Strategischer Einkauf\n\nHessler Maschinenbau GmbH\nIndustriestraße 14\n"
             "72555 Metzingen\nTel.: +49 7123 5550-214\nFax: +49 7123 5550-299\nE-Mail: juergen.schaefer@hessler-maschinenbau.example\n"
             "Sitz der Gesellschaft: Metzingen, Amtsgericht Stuttgart HRB 555123\nGeschäftsführer: Dr.-Ing. Ulrich Hessler, Claudia Renz")
me = Pt("Jürgen Schäfer", f"juergen.schaefer@{OWN}", "notes", "own", sig=NOTES_SIG)
herrmann = Pt("Monika Herrmann", f"monika.herrmann@{OWN}", "notes", "internal",
              sig="\n\nGruß\nMonika Herrmann\nBuchhaltung / Kreditoren\nHessler Maschinenbau GmbH, Tel. -231")
ott = Pt("Stefan Ott", f"stefan.ott@{OWN}", "notes", "internal", sig="\n\nGruß\nStefan Ott\nKonstruktion Sondermaschinen, Tel. -318")

brenner = Pt("Markus Brenner", "m.brenner@kessler-antriebe.example", "exch", "exch_kessler", disp="Brenner, Markus",
             sig="\n\nMit freundlichen Grüßen\n\ni.A. Markus Brenner\nVertrieb Innendienst\n\nKessler Antriebstechnik GmbH\nSiemensstraße 31\n"
                 "70469 Stuttgart\nTel. +49 711 5559 4410\nwww.kessler-antriebe.example")
goebel = Pt("Sabine Göbel", "s.goebel@haerterei-goebel.example", "exch", "exch_goebel", disp="Göbel, Sabine",
            sig="\n\nFreundliche Grüße\n\nSabine Göbel\nAuftragsabwicklung\nHärterei Göbel GmbH & Co. KG\nIm Gewerbepark 9, 72766 Reutlingen\n"
                "Telefon 07121 555 6620")
beck = Pt("Yvonne Beck", "y.beck@kraus-logistik.example", "exch", "exch_kraus", disp="Beck, Yvonne",
          sig="\n\nMit freundlichen Grüßen\nYvonne Beck\nZollabteilung / Customs\nSpedition Kraus GmbH & Co. KG\nHafenstraße 40, 70327 Stuttgart\n"
              "Tel. +49 711 555 8843 | Fax +49 711 555 8840")
hoelzle = Pt("Petra Hölzle", "p.hoelzle@wagner-praezision.example", "tobit", "tobit_wagner",
             sig="\n\nMit freundlichen Grüßen\nPetra Hölzle\nVertrieb\n\nWagner Präzisionsteile GmbH\nAm Mühlbach 5, 72336 Balingen\nTel. 07433 555 190")
hoelzle365 = Pt("Petra Hölzle", "p.hoelzle@wagner-praezision.example", "m365", "m365_wagner", sig=hoelzle.sig)
pichler = Pt("Ing. Christoph Pichler", "c.pichler@gusswerk-hartberg.example", "groupwise", "gw_hartberg", tz=VIE,
             sig="\n\nMit freundlichen Grüßen\n\nIng. Christoph Pichler\nVerkauf Maschinenbau\nGusswerk Hartberg GmbH\nGrazer Straße 88, 8230 Hartberg, Österreich\n"
                 "T +43 3332 555 41-20")
wallner = Pt("Andrea Wallner", "a.wallner@gusswerk-hartberg.example", "groupwise", "gw_hartberg", tz=VIE,
             sig="\n\nMit freundlichen Grüßen\nAndrea Wallner\nFinanzbuchhaltung\nGusswerk Hartberg GmbH\nT +43 3332 555 41-31")
zuercher = Pt("Beat Zürcher", "beat.zuercher@brunner-fluid.example", "m365", "m365_brunner", tz=ZRH, disp="Zürcher Beat",
              sig="\n\nFreundliche Grüsse\n\nBeat Zürcher\nKey Account Manager DACH\nBrunner Fluidtechnik AG\nTösstalstrasse 112, 8400 Winterthur\n"
                  "T +41 52 555 73 10")
grant = Pt("Oliver Grant", "oliver.grant@brunner-fluid.example", "m365", "m365_brunner", tz=ZRH, lang="en", disp="Grant Oliver",
           sig="\n\nBest regards\n\nOliver Grant\nApplication Engineering\nBrunner Fluidtechnik AG, Winterthur\nT +41 52 555 73 44")
dvorak = Pt("Pavel Dvořák", "dvorak@novak-strojirny.example", "tb_cz", "postfix_novak", tz=PRG,
            sig="\n\n-- \nS pozdravem / Mit freundlichen Grüßen\nPavel Dvořák\nobchodní oddělení / Vertrieb\nNovák strojírny s.r.o.\n"
                "Průmyslová 12, 664 42 Modřice\ntel. +420 547 555 218")
ferrari = Pt("Giulia Ferrari", "g.ferrari@meccanica-rossi.example", "m365_it", "m365_rossi", tz=ROM, lang="en",
             sig="\n\nBest regards,\nGiulia Ferrari\nSales Office - Export\nMeccanica Rossi S.r.l.\nVia dell'Artigianato 27, 25030 Castel Mella (BS), Italy\n"
                 "Tel. +39 030 555 2741")
fink = Pt("Tobias Fink", "tf@kb-fink.example", "apple", "ionos_fink",
          sig="\n\nViele Grüße\nTobias Fink\n\nKonstruktionsbüro Fink\nSondermaschinen · Vorrichtungsbau\nGartenstr. 7, 72622 Nürtingen\n0 70 22 / 555 81 20")
reutter = Pt("Klaus Reutter", "klaus.reutter@gmx.de", "gmx", "gmx",
             sig="\n\nGruß\nKlaus Reutter\nElektro Reutter – Meisterbetrieb\nTel. 0171 5558842")
kuebler = Pt("Anton Kübler", "anton.kuebler@t-online.de", "tonline", "tonline",
             sig="\n\nMfG\nA. Kübler\nSchlosserei Kübler, Dettingen/Erms\nTel. 07123 55 3071")
seitz_sap = Pt("Seitz Hydraulik GmbH", "auftragsbestaetigung@seitz-hydraulik.example", "sap", "sap_seitz")
lorenz = Pt("Michael Lorenz", "m.lorenz@seitz-hydraulik.example", "m365", "m365_seitz", disp="Lorenz, Michael",
            sig="\n\nMit freundlichen Grüßen\nMichael Lorenz\nVertrieb Hydraulikaggregate\nSeitz Hydraulik GmbH\nBoschstraße 3, 73240 Wendlingen\nTel. +49 7024 555 3318")
mahler = Pt("Jana Mahler", "j.mahler@mahler-formenbau.example", "tb_de", "kas_mahler",
            sig="\n\n-- \nJana Mahler\nProjektleitung Werkzeugbau\nMahler Formenbau GmbH\nRobert-Bosch-Str. 21, 72124 Pliezhausen\nTel. 07127 555 940")
ebner = Pt("Thomas Ebner", "t.ebner@ebner-befestigung.example", "m365", "m365_ebner", disp="Thomas Ebner",
           sig="\n\nMit freundlichen Grüßen\nThomas Ebner\nKey Account Industrie\nEbner Befestigungstechnik GmbH\nTel. +49 7121 555 620")
sommer = Pt("Herbert Sommer", "h.sommer@vollmer-verpackung.example", "m365", "m365_vollmer", disp="Sommer, Herbert",
            sig="\n\nMit freundlichen Grüßen\nHerbert Sommer\nEinkauf Investitionsgüter\nVollmer Verpackungssysteme AG\nTalstraße 50, 89073 Ulm\nT +49 731 555 2260")
kaya = Pt("Lisa Kaya", "l.kaya@vollmer-verpackung.example", "m365", "m365_vollmer", disp="Kaya, Lisa",
          sig="\n\nMit freundlichen Grüßen\nLisa Kaya\nEinkauf Investitionsgüter\nVollmer Verpackungssysteme AG\nTalstraße 50, 89073 Ulm\nT +49 731 555 2263")
brandl = Pt("Kerstin Brandl", "k.brandl@stb-brandl.example", "exch", "datev_brandl", disp="Kerstin Brandl",
            sig="\n\nMit freundlichen Grüßen\nKerstin Brandl\nSteuerfachwirtin\nSteuerkanzlei Brandl & Kollegen\nKatharinenstr. 4, 72764 Reutlingen\nTel. 07121 555 3040")

INFRA = {  # key: (helo name, rDNS, ip, dkim (d, s) or None, spf domain override)
    "exch_kessler": ("mail.kessler-antriebe.example", "mail.kessler-antriebe.example", "212.114.207.36", None),
    "exch_goebel": ("nsp.haerterei-goebel.example", "nsp.haerterei-goebel.example", "80.152.131.9", ("haerterei-goebel.example", "nsp2023")),
    "exch_kraus": ("mx02.kraus-logistik.example", "mx02.kraus-logistik.example", "62.153.74.120", ("kraus-logistik.example", "mail")),
    "tobit_wagner": ("mail.wagner-praezision.example", "p5b2e1c04.dip0.t-ipconnect.de", "91.46.28.4", None),
    "m365_wagner": ("DEU01-FR2-obe.outbound.protection.outlook.com", "mail-fr2deu01on2128.outbound.protection.outlook.com", "40.107.135.128",
                    ("wagner-praezision.example", "selector1")),
    "gw_hartberg": ("gw.gusswerk-hartberg.example", "gw.gusswerk-hartberg.example", "91.114.48.150", ("gusswerk-hartberg.example", "gw2022")),
    "m365_brunner": ("CH1-ZRH-obe.outbound.protection.outlook.com", "mail-zr0che01on2102.outbound.protection.outlook.com", "40.107.24.102",
                     ("brunner-fluid.example", "selector2")),
    "postfix_novak": ("mail.novak-strojirny.example", "mail.novak-strojirny.example", "93.99.104.61", ("novak-strojirny.example", "mail")),
    "m365_rossi": ("EUR05-VI1-obe.outbound.protection.outlook.com", "mail-vi1eur05on2091.outbound.protection.outlook.com", "40.107.21.91",
                   ("meccanica-rossi.example", "selector1")),
    "ionos_fink": ("mout.kundenserver.de", "mout.kundenserver.de", "212.227.126.133", ("kb-fink.example", "s1-ionos")),
    "gmx": ("mout.gmx.net", "mout.gmx.net", "212.227.15.19", ("gmx.de", "s31663417")),
    "tonline": ("mailout11.t-online.de", "mailout11.t-online.de", "194.25.134.85", None),
    "sap_seitz": ("DEU01-BE0-obe.outbound.protection.outlook.com", "mail-be0deu01on2133.outbound.protection.outlook.com", "40.107.127.133",
                  ("seitz-hydraulik.example", "selector1")),
    "m365_seitz": ("DEU01-BE0-obe.outbound.protection.outlook.com", "mail-be0deu01on2133.outbound.protection.outlook.com", "40.107.127.133",
                   ("seitz-hydraulik.example", "selector1")),
    "kas_mahler": ("dd41870.kasserver.com", "dd41870.kasserver.com", "85.13.167.58", ("mahler-formenbau.example", "kas202402191026")),
    "m365_ebner": ("DEU01-FR2-obe.outbound.protection.outlook.com", "mail-fr2deu01on2109.outbound.protection.outlook.com", "40.107.135.109",
                   ("ebner-befestigung.example", "selector1")),
    "m365_vollmer": ("DEU01-FR3-obe.outbound.protection.outlook.com", "mail-fr3deu01on2071.outbound.protection.outlook.com", "40.107.23.71",
                     ("vollmer-verpackung.example", "selector2")),
    "datev_brandl": ("smtp-out3.datevnet.de", "smtp-out3.datevnet.de", "193.27.50.113", ("stb-brandl.example", "datev2024")),
    "docusign": ("mailb.eu.docusign.net", "mailb.eu.docusign.net", "185.81.100.22", ("docusign.net", "mail")),
    "list_vdmw": ("lists.vdmw.example", "lists.vdmw.example", "194.25.29.66", ("lists.vdmw.example", "lists")),
    # attacker infrastructure
    "spoof_dental": ("mail.zahnarzt-lindner.example", "mail.zahnarzt-lindner.example", "178.254.11.201", ("zahnarzt-lindner.example", "default")),
    "spoof_hotel": ("srv12.alpen-webhosting.example", "srv12.alpen-webhosting.example", "185.101.92.14", ("hotel-alpenblick.example", "default")),
    "lk_idn": ("mail.xn--brnner-fluid-elb.example", "vps-4f1c2a.contabo-host.example", "5.189.160.77", ("xn--brnner-fluid-elb.example", "mail")),
    "lk_com": ("mail.seitz-hydraulik.com", "server.seitz-hydraulik.com", "194.87.216.12", ("seitz-hydraulik.com", "default")),
    "lk_rn": ("mail.rnahler-formenbau.example", "static.88-198-51-77.clients.hetzner.example", "88.198.51.77", ("rnahler-formenbau.example", "x")),
    "stranger": ("mail.industriebedarf-vogt.example", "mail.industriebedarf-vogt.example", "45.88.97.140", ("industriebedarf-vogt.example", "s1")),
}

M365HOST = {"wagner-praezision.example": "FR2P281MB2945", "brunner-fluid.example": "ZR0P278MB0713", "meccanica-rossi.example": "VI1PR05MB6218",
            "seitz-hydraulik.example": "BE1P281MB1884", "ebner-befestigung.example": "FR4P281MB3367", "vollmer-verpackung.example": "FR3P281MB1549"}
EXCHHOST = {"kessler-antriebe.example": ("KAS-EX01", "kessler.local", "10.10.0.21"), "haerterei-goebel.example": ("HG-EXCH19", "goebel.intern", "192.168.50.12"),
            "kraus-logistik.example": ("SRV-EXCH02", "kraus.lan", "172.16.1.32"), "stb-brandl.example": ("DNVEXC0417", "asp.datevnet.local", "10.215.4.17")}


def notes_mid(t):
    d = f"C1258{HX(3)}"
    return f"<OF{HX(8)}.{HX(8)}-ON{d}.{HX(8)}-{d}.{HX(8)}@{OWN}>"


def make_mid(who, client, t):
    if client == "notes": return notes_mid(t)
    if client in ("m365", "m365_it"):
        h = M365HOST.get(who.dom, "FR2P281MB0001"); return f"<{h}{HX(16)}@{h}.{'ZRHP278' if 'ZR0' in h else 'EURP195' if 'VI1' in h else 'DEUP281'}.PROD.OUTLOOK.COM>"
    if client == "exch": return f"<{hx(32)}@{EXCHHOST[who.dom][0].lower()}.{EXCHHOST[who.dom][1]}>" if who.dom != "stb-brandl.example" else f"<{HX(32)}@{EXCHHOST[who.dom][0]}.{EXCHHOST[who.dom][1]}>"
    if client == "tobit": return f"<DIIE.{HX(16)}@{who.dom}>"
    if client == "groupwise": return f"<{HX(8)}020000{HX(2)}000{HX(5)}@gw.gusswerk-hartberg.example>"
    if client in ("tb_cz", "tb_de", "tb_win"): return f"<{ruuid()}@{who.dom}>"
    if client == "outlook_smtp": return f"<000{hx(1)}01db{hx(4)}${hx(8)}${hx(8)}$@{who.dom}>"
    if client in ("apple", "iphone"): return f"<{ruuid().upper()}@{who.dom}>"
    if client == "gmx": return f"<trinity-{ruuid()}-{int(t.timestamp() * 1000)}@3c-app-gmx-bs{R.choice([11, 28, 42, 57])}>"
    if client == "gmx_android": return f"<{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}@gmx.de>"
    if client == "tonline": return f"<{int(t.timestamp() * 1000)}.{R.randint(100000, 999999)}.{hx(8)}@email.t-online.de>"
    if client == "sap": return f"<{t.astimezone(UTC):%Y%m%d%H%M%S}.{HX(24)}@sap-prd01.seitz-hydraulik.example>"
    if client == "docusign": return f"<{ruuid()}@docusign.net>"
    if client == "ox": return f"<{R.randint(10**8, 10**9)}.{R.randint(10**5, 10**6)}.{int(t.timestamp() * 1000)}@email.ionos.de>"
    if client == "exim_php": return f"<{hx(32)}@{who.dom}>"
    return f"<{hx(24)}@{who.dom}>"


def rfc_date(t): return t.strftime("%a, %d %b %Y %H:%M:%S %z")


def hops(infra, who, t, env):
    """the sender side Received lines (newest first) for infrastructure `infra`"""
    ts = lambda dt, z=None: (dt.astimezone(z) if z else dt).strftime("%a, %d %b %Y %H:%M:%S %z")
    t1 = t + datetime.timedelta(seconds=R.randint(1, 4))
    if infra.startswith("exch") or infra == "datev_brandl":
        host, ad, ipi = EXCHHOST[who.dom if who.dom in EXCHHOST else "kessler-antriebe.example"]
        return [("Received", f"from {host}.{ad} ({ipi}) by {host}.{ad} ({ipi}) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.1.2507.39; {ts(t1)}"),
                ("Received", f"from {host}.{ad} ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {host}.{ad}\n ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%12]) with mapi id 15.01.2507.039; {ts(t)}")]
    if infra.startswith("m365") or infra == "sap_seitz":
        h = M365HOST.get(who.dom, "FR2P281MB0001"); reg = 'ZRHP278' if 'ZR0' in h else 'EURP195' if 'VI1' in h else 'DEUP281'
        out = [("Received", f"from {h}.{reg}.PROD.OUTLOOK.COM ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {h}.{reg}.PROD.OUTLOOK.COM\n ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%7]) with mapi id 15.20.{R.choice(['8398.021', '8445.017', '8511.026'])}; {ts(t, UTC)}")]
        if infra == "sap_seitz":
            out = [("Received", f"from sap-prd01.seitz.local (10.20.5.14) by {h}.{reg}.PROD.OUTLOOK.COM (2603:10a6:d10:{hx(2)}::{hx(2)}) with Microsoft SMTP Server\n"
                                f" (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8445.017; {ts(t1, UTC)}")]
        return out
    if infra == "tobit_wagner":
        return [("Received", f"from DAVID01 ([192.168.10.5]) by mail.wagner-praezision.example with Tobit David SMTP; {ts(t)}")]
    if infra == "gw_hartberg":
        return [("Received", f"from GWIA-MTA by gw.gusswerk-hartberg.example with Novell_GroupWise; {ts(t)}")]
    if infra in ("postfix_novak",):
        return [("Received", f"from [192.168.12.{R.randint(20, 90)}] (unknown [89.24.{R.randint(1, 250)}.{R.randint(1, 250)}])\n\t(Authenticated sender: dvorak)\n"
                             f"\tby mail.novak-strojirny.example (Postfix) with ESMTPSA id {HX(10)}\n\tfor <{me.email}>; {ts(t)}")]
    if infra == "ionos_fink":
        return [("Received", f"from smtpclient.apple ([{ip_dyn()}]) by mrelayeu.kundenserver.de (mreue{R.randint(100, 110)})\n with ESMTPSA (Nemesis) id 1M{alnum(14)}; {ts(t)}")]
    if infra == "ionos_fink_ox":
        return [("Received", f"from oxbsgw{R.randint(10, 40)}.schlund.de ([172.19.246.{R.randint(10, 60)}]) by mrelayeu.kundenserver.de\n (mreue{R.randint(100, 110)}) with ESMTPSA (Nemesis) id 1M{alnum(14)}; {ts(t)}")]
    if infra == "gmx":
        return [("Received", f"from 3c-app-gmx-bs42 ([{ip_dyn()}]) by mail.gmx.net (mrgmx00{R.randint(4, 5)}\n [212.227.17.190]) with ESMTPSA (Nemesis) id 1M{alnum(14)}; {ts(t1)}"),
                ("Received", f"from [{ip_dyn()}] ([{ip_dyn()}]) by web-mail.gmx.net\n (3c-app-gmx-bs42.server.lan [172.19.170.94]) (via HTTP); {ts(t)}")]
    if infra == "gmx_android":
        return [("Received", f"from [10.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}] ([176.{R.randint(0, 7)}.{R.randint(1, 250)}.{R.randint(1, 250)}]) by mail.gmx.net (mrgmx105\n"
                             f" [212.227.17.168]) with ESMTPSA (Nemesis) id 1M{alnum(14)}; {ts(t)}")]
    if infra == "tonline":
        return [("Received", f"from fwd8{R.randint(0, 9)}.aul.t-online.de (fwd8{R.randint(0, 9)}.aul.t-online.de [10.223.144.{R.randint(10, 200)}])\n\tby mailout11.t-online.de (Postfix) with SMTP id {HX(10)}\n\tfor <{me.email}>; {ts(t1)}"),
                ("Received", f"from webmail.t-online.de ([{ip_dyn()}]) by fwd8{R.randint(0, 9)}.aul.t-online.de\n\twith (TLSv1.3:TLS_AES_256_GCM_SHA384 encrypted)\n\tesmtp id 1t{alnum(4)}-{alnum(6)}-{alnum(2)}; {ts(t)}")]
    if infra == "tonline_iphone":
        return [("Received", f"from fwd7{R.randint(0, 9)}.aul.t-online.de (fwd7{R.randint(0, 9)}.aul.t-online.de [10.223.144.{R.randint(10, 200)}])\n\tby mailout11.t-online.de (Postfix) with SMTP id {HX(10)}\n\tfor <{me.email}>; {ts(t1)}"),
                ("Received", f"from smtpclient.apple ([{ip_dyn()}]) by fwd7{R.randint(0, 9)}.aul.t-online.de\n\twith (TLSv1.3:TLS_AES_256_GCM_SHA384 encrypted)\n\tesmtp id 1t{alnum(4)}-{alnum(6)}-{alnum(2)}; {ts(t)}")]
    if infra == "kas_mahler":
        return [("Received", f"from [192.168.2.{R.randint(100, 130)}] (p4fd9{hx(4)}.dip0.t-ipconnect.de [{ip_dyn()}])\n\tby dd41870.kasserver.com (Postfix) with ESMTPSA id {HX(10)};\n\t{ts(t)}")]
    if infra == "docusign":
        return [("Received", f"from docusign.net (10.11.{R.randint(1, 250)}.{R.randint(1, 250)}) by mailb.eu.docusign.net (PowerMTA) id {hx(12)}; {ts(t, UTC)}")]
    if infra == "list_vdmw":
        return [("Received", f"from lists.vdmw.example (localhost [127.0.0.1])\n\tby lists.vdmw.example (Postfix) with ESMTP id {HX(10)};\n\t{ts(t1)}")]
    if infra == "spoof_dental":
        return [("Received", f"from [{R.randint(100, 200)}.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}] (unknown [{R.choice(['177.53', '190.145', '103.75'])}.{R.randint(1, 250)}.{R.randint(1, 250)}])\n"
                             f"\t(Authenticated sender: info@zahnarzt-lindner.example)\n\tby mail.zahnarzt-lindner.example (Postfix) with ESMTPSA id {HX(10)};\n\t{ts(t)}")]
    if infra in ("spoof_hotel", "lk_idn", "lk_com", "lk_rn", "stranger"):
        helo = INFRA[infra][0]
        return [("Received", f"from [{R.choice(['102.89', '41.58', '196.216', '154.118'])}.{R.randint(1, 250)}.{R.randint(1, 250)}] (port={R.randint(49152, 65000)} helo=DESKTOP-{HX(7)})\n"
                             f"\tby {helo} with esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n\t(Exim 4.96.2)\n\t(envelope-from <{env}>)\n"
                             f"\tid 1t{alnum(4)}-{alnum(6)}-{alnum(2)}\n\tfor {me.email};\n\t{ts(t)}")]
    return []


def transport(who, t, infra, env):
    """INBOX: Domino hop, gateway hop with Authentication-Results, sender-side hops, DKIM-Signature"""
    helo, rdns, ip, dk = INFRA[infra if infra in INFRA else who.infra] if (infra in INFRA or who.infra in INFRA) else INFRA["exch_kessler"]
    tg = t + datetime.timedelta(seconds=R.randint(4, 25)); td = tg + datetime.timedelta(seconds=R.randint(0, 2))
    envd = env.split("@")[1]; fromd = who.dom
    if dk:
        dkr = f"dkim=pass (2048-bit key; unprotected) header.d={dk[0]} header.i=@{dk[0]} header.a=rsa-sha256 header.s={dk[1]} header.b={alnum(8)}"
    else:
        dkr = "dkim=none"
    aligned = (dk and (dk[0] == fromd or dk[0].endswith("." + fromd))) or envd == fromd
    dmarc = "pass (p=quarantine dis=none)" if aligned else "fail (p=none dis=none)"
    if infra == "list_vdmw" and fromd != "vdmw.example": dmarc = "none"
    h = [("Received", f"from mailgate.{OWN} ([10.20.1.15])\n          by DOMINO01.{OWN} (HCL Domino Release 12.0.2FP2)\n          with ESMTP id "
                      f"{td.astimezone(BER):%Y%m%d%H%M%S}{R.randint(10, 99)}-{R.randint(1000, 9999)} ;\n          {rfc_date(td.astimezone(BER))}"),
         ("Authentication-Results", f"mailgate.{OWN};\n\t{dkr};\n\tspf=pass (mailgate.{OWN}: domain of {env} designates {ip} as permitted sender) smtp.mailfrom={env};\n"
                                    f"\tdmarc={dmarc} header.from={fromd}"),
         ("Received", f"from {helo} ({rdns} [{ip}])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits))\n"
                      f"\t(No client certificate requested)\n\tby mailgate.{OWN} (Postfix) with ESMTPS id 4Z{alnum(8)}\n\tfor <{me.email}>; {rfc_date(tg.astimezone(BER))}")]
    h += hops(infra, who, t, env)
    if dk:
        h.append(("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={dk[0]};\n\ts={dk[1]}; t={int(t.timestamp())}; bh={b64(32)};\n"
                                    f"\th=From:Date:Subject:To:Message-ID:MIME-Version:Content-Type;\n\tb={b64(96)}\n\t {b64(90)}"))
    return h


def mimetrack_in(t):
    ts = (t + datetime.timedelta(seconds=30)).astimezone(BER).strftime("%d.%m.%Y %H:%M:%S")
    return ("X-MIMETrack", f"Itemize by SMTP Server on DOMINO01/HESSLER(Release 12.0.2FP2|March 14, 2023) at\n {ts},\n\tSerialize by Router on DOMINO01/HESSLER(Release 12.0.2FP2|March 14, 2023) at\n {ts},\n\tSerialize complete at {ts}")


def mimetrack_out(t, who):
    ts = t.astimezone(BER).strftime("%d.%m.%Y %H:%M:%S")
    cn = who.name.replace("ü", "ue").replace("ä", "ae").replace("ö", "oe")
    return ("X-MIMETrack", f"Serialize by Notes Client on {cn}/HESSLER(Release 12.0.2FP2|March 14,\n 2023) at {ts},\n\tSerialize complete at {ts}")


# ----------------------------------------------------------------- encodings
def ew(s, charset="utf-8", mode="Q"):
    """RFC 2047 encoded words for a header text (ASCII passes through)"""
    if s.isascii(): return s
    out = []; step = 22 if mode == "Q" else 30; i = 0
    while i < len(s):
        chunk = s[i:i + step]; i += step
        try: b = chunk.encode(charset)
        except UnicodeEncodeError: b = chunk.encode("utf-8"); charset = "utf-8"
        if mode == "B": out.append(f"=?{charset}?B?{base64.b64encode(b).decode()}?=")
        else:
            q = "".join(chr(c) if (chr(c).isalnum() and c < 128) or chr(c) in "-!*+/" else "_" if c == 32 else f"={c:02X}" for c in b)
            out.append(f"=?{charset}?Q?{q}?=")
    return "\r\n ".join(out)


HCS = {"notes": ("ISO-8859-1", "Q"), "exch": ("iso-8859-1", "Q"), "m365": ("utf-8", "B"), "m365_it": ("utf-8", "B"), "tobit": ("windows-1252", "Q"),
       "groupwise": ("UTF-8", "Q"), "tb_cz": ("UTF-8", "Q"), "tb_de": ("UTF-8", "Q"), "tb_win": ("UTF-8", "Q"), "outlook_smtp": ("iso-8859-1", "Q"), "apple": ("utf-8", "Q"), "iphone": ("utf-8", "Q"),
       "gmx": ("UTF-8", "Q"), "gmx_android": ("UTF-8", "B"), "tonline": ("ISO-8859-15", "Q"), "sap": ("utf-8", "B"), "docusign": ("utf-8", "B"),
       "ox": ("UTF-8", "Q"), "exim_php": ("utf-8", "B")}
BCS = {"notes": ("ISO-8859-1", "quoted-printable"), "exch": ("iso-8859-1", "quoted-printable"), "m365": ("utf-8", "quoted-printable"),
       "m365_it": ("utf-8", "quoted-printable"), "tobit": ("windows-1252", "quoted-printable"), "groupwise": ("UTF-8", "quoted-printable"),
       "tb_cz": ("UTF-8", "8bit"), "tb_de": ("UTF-8", "8bit"), "tb_win": ("UTF-8", "8bit"), "outlook_smtp": ("iso-8859-1", "quoted-printable"), "apple": ("utf-8", "quoted-printable"), "iphone": ("utf-8", "quoted-printable"),
       "gmx": ("UTF-8", "quoted-printable"), "gmx_android": ("UTF-8", "base64"), "tonline": ("ISO-8859-15", "quoted-printable"),
       "sap": ("utf-8", "quoted-printable"), "docusign": ("utf-8", "quoted-printable"), "ox": ("UTF-8", "7bit"), "exim_php": ("utf-8", "base64")}


def addr(n, e, client):
    if n is None: return e
    cs, mode = HCS.get(client, ("utf-8", "Q"))
    if n.isascii(): return f'"{n}" <{e}>' if any(c in n for c in ",.()") else f"{n} <{e}>"
    if "," in n: n = n  # encoded words may hold the comma inside
    return f"{ew(n, cs, mode)} <{e}>"


def textpart(ctype, text, client, extra_params=""):
    cs, cte = BCS.get(client, ("utf-8", "quoted-printable"))
    try: data = text.encode(cs)
    except UnicodeEncodeError: cs = "utf-8"; data = text.encode("utf-8")
    if cte == "7bit" and not data.isascii(): cte = "quoted-printable"
    data = data.replace(b"\r\n", b"\n")
    if cte == "quoted-printable": payload = quopri.encodestring(data)
    elif cte == "base64": payload = base64.encodebytes(data)
    else: payload = data
    q = '"' if client in ("exch", "m365", "m365_it", "apple", "iphone", "docusign") else ""
    head = f"Content-Type: {ctype}; charset={q}{cs}{q}{extra_params}\nContent-Transfer-Encoding: {cte}\n\n".encode()
    return head + payload.rstrip(b"\n") + b"\n"


def html_of(client, plain):
    esc = "<br>\n".join(HT.escape(l) for l in plain.split("\n"))
    if client == "notes":
        return ('<font size=2 face="sans-serif">' + esc + "</font><br>\n")
    if client in ("exch", "m365", "m365_it", "outlook_smtp"):
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n@font-face\n\t{font-family:Calibri;}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
                '<body lang="DE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n<p class="MsoNormal">'
                + esc + "<o:p></o:p></p>\n</div>\n</body>\n</html>")
    if client == "tobit":
        return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN"><HTML><HEAD><META content="text/html; charset=windows-1252" '
                'http-equiv=Content-Type><META name=GENERATOR content="David.fx"></HEAD><BODY style="FONT-SIZE: 10pt; FONT-FAMILY: Arial">'
                + esc + "</BODY></HTML>")
    if client == "groupwise":
        return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body style="margin: 4px 4px 1px; '
                'font: 10pt Segoe UI;">' + esc + "</body></html>")
    if client in ("apple", "iphone"):
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; '
                '-webkit-nbsp-mode: space; line-break: after-white-space;">' + esc + "</body></html>")
    if client == "gmx":
        return ('<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>' + esc + "</div></div></body></html>")
    if client == "docusign":
        return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="background-color:#eaeaea"><table width="100%"><tr><td>'
                + esc + "</td></tr></table></body></html>")
    return None


def boundary(client):
    return {"notes": f"=_alternative 00{HX(6)}C1258{HX(3)}_=", "exch": f"_000_{hx(32)}_", "m365": f"_000_{HX(16)}{HX(16)}_",
            "m365_it": f"_000_{HX(16)}{HX(16)}_", "tobit": f"----=_NextPart_DIIE_{HX(4)}_{HX(4)}.{HX(8)}", "groupwise": f"=__Part{HX(8)}.1__=",
            "apple": f"Apple-Mail={ruuid().upper()}", "iphone": f"Apple-Mail-{HX(8)}-{HX(4)}-{HX(4)}", "tb_de": "------------" + alnum(24),
            "tb_cz": "------------" + alnum(24), "tb_win": "------------" + alnum(24), "outlook_smtp": f"----=_NextPart_000_00{HX(2)}_01DB{HX(4)}.{HX(8)}", "gmx": f"alternative_{hx(8)}", "sap": f"=_{HX(32)}", "docusign": f"----=_Part_{R.randint(10**6, 10**7)}_{R.randint(10**8, 10**9)}.{R.randint(10**12, 10**13)}",
            "ox": f"----=_Part_{R.randint(1000, 9999)}_{R.randint(10**8, 10**9)}.{R.randint(10**12, 10**13)}"}.get(client, "=_" + hx(24))


def attpart(name, data, ctype, client):
    if client == "notes": ctype = "application/octet-stream"
    if ctype.startswith("text/calendar"):
        head = f'Content-Type: {ctype}; name="{name}"\nContent-Disposition: attachment; filename="{name}"\nContent-Transfer-Encoding: base64\n\n'
    else:
        nm = name if name.isascii() else ew(name, "utf-8", "B")
        head = f'Content-Type: {ctype}; name="{nm}"\nContent-Disposition: attachment;\n\tfilename="{nm}"\nContent-Transfer-Encoding: base64\n\n'
    return head.encode() + base64.encodebytes(data)


def body_of(client, plain, html, atts, calendar=None, html_only=False, cal_method="REQUEST"):
    """returns (header lines for Content-Type etc., body bytes)"""
    tp = "; format=flowed" if client.startswith("tb_") else ""
    if html is None and client not in ("tb_cz", "tb_de", "tb_win", "tonline", "gmx_android", "sap", "ox", "exim_php"): html = html_of(client, plain)
    if html_only:
        alt = textpart("text/html", html, client)
    elif html or calendar:
        ab = boundary(client)
        alt = f'Content-Type: multipart/alternative;\n\tboundary="{ab}"\n\n'.encode()
        alt += f"--{ab}\n".encode() + textpart("text/plain", plain, client, tp)
        if html: alt += f"--{ab}\n".encode() + textpart("text/html", html, client)
        if calendar:
            alt += f'--{ab}\nContent-Type: text/calendar; charset="utf-8"; method={cal_method}\nContent-Transfer-Encoding: base64\n\n'.encode() + base64.encodebytes(calendar.encode())
        alt += f"--{ab}--\n".encode()
    else:
        alt = textpart("text/plain", plain, client, tp)
    if not atts: return alt
    mb = boundary(client) if client != "notes" else f"=_mixed 00{HX(6)}C1258{HX(3)}_="
    out = f'Content-Type: multipart/mixed;\n\tboundary="{mb}"\n\nThis is a multi-part message in MIME format.\n--{mb}\n'.encode() + alt
    for a in atts:
        out += f"--{mb}\n".encode() + attpart(*a, client)
    return out + f"--{mb}--\n".encode()


# ----------------------------------------------------------------- quoting, subjects
DAYS_DE = "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split()
MON_DE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
MON_AT = ["Jänner"] + MON_DE[1:]
DAYS_IT = "lunedì martedì mercoledì giovedì venerdì sabato domenica".split()
MON_IT = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()


def gt(text, pre="> "): return "\n".join((pre + l) if l else pre.rstrip() for l in text.split("\n"))


def quote_of(client, q, lang="de", tz=BER):
    t = q["t"].astimezone(tz); w = q["who"]; name, email = w.name, w.email
    tos = "; ".join(f"{n} <{e}>" for n, e in q["to"]); ccs = "; ".join(f"{n} <{e}>" for n, e in q["cc"])
    full = q["full"]
    if client == "notes":
        frm = f'"{w.disp}" <{email}>' if w is not me and w.client != "notes" else (f"{name}/HESSLER" if w.client == "notes" else f"{name} <{email}>")
        rows = [("Von:", frm), ("An:", ", ".join(f'"{n}" <{e}>' for n, e in q["to"]))] + ([("Kopie:", ", ".join(f'"{n}" <{e}>' for n, e in q["cc"]))] if q["cc"] else []) + \
               [("Datum:", f"{t:%d.%m.%Y %H:%M}"), ("Betreff:", q["subj"])]
        return "\n\n\n\n" + "\n".join(f"{k}\t{v}" for k, v in rows) + "\n\n\n\n" + full
    if client in ("exch", "m365", "m365_it", "tobit", "outlook_smtp"):
        if client == "outlook_smtp": client = "exch"
        if client == "m365_it":
            rows = [("Da", f"{name} <{email}>"), ("Inviato", f"{DAYS_IT[t.weekday()]} {t.day} {MON_IT[t.month - 1]} {t.year} {t:%H:%M}"), ("A", tos)] + \
                   ([("Cc", ccs)] if ccs else []) + [("Oggetto", q["subj"])]
        elif lang == "en":
            rows = [("From", f"{name} <{email}>"), ("Sent", f"{t:%A}, {t:%B} {t.day}, {t.year} {t:%I:%M %p}"), ("To", tos)] + ([("Cc", ccs)] if ccs else []) + [("Subject", q["subj"])]
        elif client == "tobit":
            rows = [("Von", f"{name} <{email}>"), ("An", tos)] + ([("Cc", ccs)] if ccs else []) + [("Datum", f"{t:%d.%m.%Y %H:%M}"), ("Betreff", q["subj"])]
        else:
            mon = MON_AT if tz == VIE else MON_DE
            rows = [("Von", f"{name} <{email}>"), ("Gesendet", f"{DAYS_DE[t.weekday()]}, {t.day}. {mon[t.month - 1]} {t.year} {t:%H:%M}"), ("An", tos)] + \
                   ([("Cc", ccs)] if ccs else []) + [("Betreff", q["subj"])]
        sep = {"exch": "-----Ursprüngliche Nachricht-----\n" if lang != "en" else "-----Original Message-----\n", "tobit": "---- Ursprüngliche Nachricht ----\n"}.get(client, "________________________________\n")
        return "\n\n" + sep + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + full
    if client == "groupwise":
        return f"\n\n>>> {name} <{email}> {t:%d.%m.%Y %H:%M} >>>\n" + full
    if client == "tb_cz":
        return f"\n\nDne {t.day:02d}. {t.month:02d}. {t:%y} v {t.hour}:{t:%M} {name} napsal(a):\n" + gt(full)
    if client in ("tb_de", "tb_win"):
        return f"\n\nAm {t:%d.%m.%y} um {t:%H:%M} schrieb {name}:\n" + gt(full)
    if client in ("apple", "iphone"):
        if lang == "en": return f"\n\n> On {t.day} {t:%b} {t.year}, at {t:%H:%M}, {name} <{email}> wrote:\n> \n" + gt(full)
        return f"\n\n> Am {t:%d.%m.%Y} um {t:%H:%M} schrieb {name} <{email}>:\n> \n" + gt(full)
    if client == "gmx":
        return (f"\n\n\nGesendet: {DAYS_DE[t.weekday()]}, {t.day:02d}. {MON_DE[t.month - 1]} {t.year} um {t:%H:%M} Uhr\nVon: \"{name}\" <{email}>\n"
                f"An: {tos}\nBetreff: {q['subj']}\n" + full)
    if client == "gmx_android":
        return (f"\n\n\n-------- Ursprüngliche Nachricht --------\nVon: {name} <{email}>\nDatum: {t:%d.%m.%y %H:%M}\nAn: {tos}\nBetreff: {q['subj']}\n\n" + full)
    if client == "tonline":
        return (f"\n\n\n-----Original-Nachricht-----\nBetreff: {q['subj']}\nDatum: {t:%Y-%m-%dT%H:%M:%S%z}\nVon: \"{name}\" <{email}>\nAn: {tos}\n\n\n\n" + full)
    if client == "ox":
        return f"\n\n> {name} <{email}> hat am {t:%d.%m.%Y %H:%M} geschrieben:\n> \n" + gt(full)
    return "\n\n" + gt(full)


PFX = {"outlook_smtp": "AW: ", "tb_win": "Re: ", "notes": "AW: ", "exch": "AW: ", "m365": "AW: ", "m365_it": "R: ", "tobit": "AW: ", "groupwise": "AW: ", "tb_cz": "Re: ", "tb_de": "Re: ",
       "apple": "Re: ", "iphone": "Re: ", "gmx": "Aw: ", "gmx_android": "Re: ", "tonline": "AW: ", "ox": "Re: "}
STRIP = {"outlookish": ("AW: ", "Aw: ", "RE: ", "Re: ", "R: "), "re": ("Re: ", "RE: "), "gmx": ("Aw: ", "AW: ", "Re: "), "it": ("R: ", "RE: ", "Re: ")}


def reply_subj(client, prev, lang="de"):
    pf = PFX.get(client, "Re: ")
    if client in ("exch", "m365") and lang == "en": pf = "RE: "
    group = {"gmx": "gmx", "m365_it": "it"}.get(client, "re" if client in ("tb_cz", "tb_de", "tb_win", "apple", "iphone", "gmx_android", "ox") else "outlookish")
    for p in STRIP[group]:
        if prev.startswith(p): prev = prev[len(p):]; break
    return pf + prev


# ----------------------------------------------------------------- writing
pending = []  # (utc, seq, folder, raw bytes, label, sid, desc)
OUT_ORDER = {"exch": True, "m365": True, "m365_it": True}


def emit(who, t, to, subj, plain, refs=(), irt=None, client=None, cc=None, atts=(), extra=(), label=None, infra=None, env=None, frm=None,
         mid=None, tidx=None, topic=None, calendar=None, cal_method="REQUEST", html=None, html_only=False, reply_to=None, sid=None, desc=None,
         noreceived=False):
    client = client or who.client
    m = mid or make_mid(who, client, t)
    folder = "Sent" if who is me else "INBOX"
    cs, mode = HCS.get(client, ("utf-8", "Q"))
    H = []
    if folder == "INBOX" and who.infra != "internal" and not noreceived:
        H += transport(who, t, infra or who.infra, env or who.email)
    if folder == "INBOX": H.append(mimetrack_in(t))
    fromh = frm or addr(who.disp if client in ("exch", "m365", "m365_it") else who.name, who.email, client)
    toh = ", ".join(addr(n, e, client) for n, e in to)
    cch = ", ".join(addr(n, e, client) for n, e in cc) if cc else None
    subjh = ew(subj, cs, mode); date = rfc_date(t)
    refh = "\n ".join(refs) if refs else None
    ir = (irt or refs[-1]) if refs else irt
    body = body_of(client, plain, html, atts, calendar, html_only, cal_method)
    if client == "notes":
        H += [("To", toh)] + ([("Cc", cch)] if cch else []) + [("MIME-Version", "1.0"), ("Subject", subjh),
              ("X-KeepSent", f"{HX(8)}:{HX(8)}-C1258{HX(3)}:{HX(8)};\n type=4; name=$KeepSent"),
              ("X-Mailer", "HCL Notes Release 12.0.2FP2 March 14, 2023"), ("Message-ID", m), ("From", fromh), ("Date", date)]
        if ir: H.append(("In-Reply-To", ir))
        if refh: H.append(("References", refh))
        H += [mimetrack_out(t, who) if who is me or who.infra == "internal" else mimetrack_out(t, me)]
        if folder == "Sent": H.append(("X-Disclaimed", str(R.randint(10000, 99999))))
        H += list(extra)
        if reply_to: H.append(("Reply-To", reply_to))
    elif client in OUT_ORDER:
        topic = topic or subj
        for p in ("AW: ", "RE: ", "R: ", "WG: ", "FW: ", "Re: "):
            while topic.startswith(p): topic = topic[len(p):]
        H += [("From", fromh), ("To", toh)] + ([("CC", cch)] if cch else []) + [("Subject", subjh), ("Thread-Topic", ew(topic, cs, mode))]
        if tidx: H.append(("Thread-Index", tidx))
        H += [("Date", date), ("Message-ID", m)]
        if refh: H.append(("References", refh))
        if ir: H.append(("In-Reply-To", ir))
        if reply_to: H.append(("Reply-To", reply_to))
        H += [("Accept-Language", "de-DE, en-US" if client != "m365_it" else "it-IT, en-US"),
              ("Content-Language", {"en": "en-US"}.get(who.lang, "de-CH" if who.tz == ZRH else "de-AT" if who.tz == VIE else "de-DE")),
              ("X-MS-Has-Attach", "yes" if atts else ""), ("X-MS-TNEF-Correlator", "")]
        if client == "exch": H += [("x-originating-ip", f"[{EXCHHOST.get(who.dom, ('', '', '10.0.0.1'))[2].rsplit('.', 1)[0]}.{R.randint(100, 199)}]")]
        else: H += [("x-ms-publictraffictype", "Email"), ("x-ms-traffictypediagnostic", f"{M365HOST.get(who.dom, 'FR2P281MB0001')}:EE_|{M365HOST.get(who.dom, 'FR2P281MB0001')[:-4]}{R.randint(1000, 9999)}:EE_")]
        H += list(extra)
    else:
        H += [("From", fromh), ("To", toh)] + ([("Cc", cch)] if cch else []) + [("Subject", subjh), ("Date", date)]
        H += [("Message-Id" if client == "groupwise" else "Message-ID", m)]
        if ir: H.append(("In-Reply-To", ir))
        if refh: H.append(("References", refh))
        if reply_to: H.append(("Reply-To", reply_to))
        ua = {"tobit": [("X-Mailer", "Tobit David.fx 2021 R2 (21.00.0310)"), ("X-David-Sym", "0"), ("X-David-Flags", "0")],
              "groupwise": [("X-Mailer", "GroupWise 18.4.2")],
              "tb_cz": [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "cs")],
              "tb_de": [("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.16.0"), ("Content-Language", "de-DE")],
              "tb_win": [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "de-DE")],
              "outlook_smtp": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de")],
              "apple": [("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")], "iphone": [("X-Mailer", "iPhone Mail (22D82)")],
              "gmx": [("Importance", "normal"), ("Sensitivity", "Normal"), ("X-Priority", "3"), ("X-Provags-ID", f"V03:K1:{alnum(40)}"),
                      ("X-UI-Message-Type", "mail"), ("UI-OutboundReport", f"notjunk:1;M01:P0:{alnum(11)}=;{alnum(40)}")],
              "gmx_android": [("X-Mailer", "GMX Mail for Android 7.58.1"), ("X-Provags-ID", f"V03:K1:{alnum(40)}"),
                              ("UI-OutboundReport", f"notjunk:1;M01:P0:{alnum(11)}=;{alnum(40)}")],
              "tonline": [("X-TOI-MSGID", ruuid()), ("X-Originating-IP", f"{ip_dyn()}")],
              "sap": [("X-Mailer", "SAP NetWeaver 7.50"), ("Auto-Submitted", "auto-generated")],
              "ox": [("User-Agent", "Open-Xchange Mailer v7.10.6-Rev72"), ("X-Priority", "3"), ("Importance", "Normal")],
              }.get(client, [])
        H += ua + list(extra)
        if tidx: H.append(("Thread-Index", tidx))
    if client != "notes": H.append(("MIME-Version", "1.0"))
    raw = "\n".join(f"{k}: {v}" for k, v in H).encode("ascii") + b"\n" + body
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    pending.append((t.astimezone(UTC), len(pending), folder, raw, label, sid, desc, m))
    return m


class Th:
    def __init__(s, subj, partner):
        s.subj, s.p, s.refs, s.last, s.recs = subj, partner, [], None, []
        s.tbase = b"\x01" + rbytes(21); s.tcount = 0; s.blocks = []

    def tidx(s):
        while len(s.blocks) < s.tcount: s.blocks.append(bytes([0, R.randint(0, 255), R.randint(0, 255), R.randint(0, 255), R.randint(0, 255)]))
        return base64.b64encode(s.tbase + b"".join(s.blocks[:s.tcount])).decode()

    def add(s, who, t, text, label=None, sid=None, desc=None, client=None, to=None, cc=None, sig=True, quote=True, subj=None,
            refs=None, irt=None, quote_rec=None, keep=True, qlang=None, qclient=None, **kw):
        client = client or who.client
        lang = qlang or who.lang
        own = text + (who.sig if sig else "")
        q = quote_rec if quote_rec is not None else s.last
        plain = own + (quote_of(qclient or client, q, lang, who.tz) if (quote and q) else "")
        if subj is None: subj = s.subj if not s.refs else reply_subj(client, (q or s.last)["subj"], lang)
        if to is None:
            if who is me or who.infra == "internal": to = [(s.p.disp if s.p.client in ("exch", "m365", "m365_it") else s.p.name, s.p.email)]
            else: to = [(me.name, me.email)]
        r = list(s.refs) if refs is None else refs
        if client in ("exch", "m365", "m365_it", "outlook_smtp") and "tidx" not in kw: kw["tidx"] = s.tidx()
        m = emit(who, t, to, subj, plain, r, irt, client, cc, label=label, sid=sid, desc=desc, topic=s.subj, **kw)
        s.tcount += 1
        rec = dict(t=t, who=who, to=to, cc=cc or [], subj=subj, full=plain, mid=m)
        s.recs.append(rec)
        if keep: s.refs.append(m); s.last = rec
        return m


GR = ("genuine", "genuine-reply"); GH = ("genuine", "genuine-hard"); GO = ("genuine", "genuine-orphan")
def HJ(k): return ("hijack", k)


def notes_fwd_block(who, t, to, subj, text):
    return f"\n\n----- Weitergeleitet von Stefan Ott/HESSLER am {(t + datetime.timedelta(hours=2)).astimezone(BER):%d.%m.%Y %H:%M} -----\n\n" + \
           f'Von:\t"{who.disp}" <{who.email}>\nAn:\t"stefan.ott@{OWN}" <stefan.ott@{OWN}>\nDatum:\t{t.astimezone(BER):%d.%m.%Y %H:%M}\nBetreff:\t{subj}\n\n\n\n' + text


# ================================================================ T1 Kessler: bevel gearbox enquiry, forwarded by design; H01 Emotet spoof
T1 = Th("WG: AW: Anfrage Kegelradgetriebe KR-160", brenner)
tq = at(2025, 2, 17, 15, 48)
T1.add(ott, at(2025, 2, 18, 8, 5), "Hallo Jürgen,\n\nkannst Du das bitte übernehmen? Kessler hat uns das KR-160 mit Hohlwelle angeboten, die Konstruktion braucht "
       "aber die Variante mit Flanschabtrieb. Technisch habe ich mit Herrn Brenner alles geklärt, jetzt geht es um Preis und Lieferzeit für 40 Stück."
       + notes_fwd_block(brenner, tq, None, "AW: Anfrage Kegelradgetriebe KR-160",
                         "Hallo Herr Ott,\n\ndie Ausführung mit Flanschabtrieb B5 ist möglich, Übersetzung i=3 wie besprochen. Für die Preisanfrage "
                         "wenden Sie sich bitte an Ihren Einkauf, ich bin im Innendienst auch dafür zuständig." + brenner.sig),
       to=[(me.name, me.email)], quote=False)
T1.add(me, at(2025, 2, 18, 10, 22), "Sehr geehrter Herr Brenner,\n\nHerr Ott hat mir Ihre Rückmeldung weitergeleitet. Bitte bieten Sie uns 40 Stück KR-160, "
       "Flanschabtrieb B5, i=3, an. Abruf in zwei Losen à 20 Stück, erstes Los möglichst KW 16. Bitte nennen Sie auch den Preis bei 60 Stück Jahresmenge.")
T1.add(brenner, at(2025, 2, 19, 14, 3), "Sehr geehrter Herr Schäfer,\n\nvielen Dank für Ihre Anfrage. Das Angebot AN-25-0412 erhalten Sie im Anhang. Bei 60 Stück "
       "Jahresmenge reduziert sich der Stückpreis um 4 %. Das erste Los können wir zur KW 17 zusagen, KW 16 wird wegen der Gehäusebearbeitung knapp.",
       atts=[("AN-25-0412_Hessler_KR-160.pdf", pdf(["Kessler Antriebstechnik GmbH", "Angebot AN-25-0412", "40 Stk. Kegelradgetriebe KR-160 B5 i=3",
                                                    "Einzelpreis 612,40 EUR netto", "Lieferung KW 17 / KW 21"], producer="Microsoft Dynamics NAV"), "application/pdf")])
T1.add(me, at(2025, 2, 20, 9, 14), "Sehr geehrter Herr Brenner,\n\ndanke für das Angebot. KW 17 passt noch, wenn Sie das zweite Los auf KW 20 vorziehen könnten. "
       "Außerdem bitte ich um eine Bestätigung, dass die Getriebe mit Lebensdauerschmierung (synthetisches Öl) geliefert werden.")
T1.add(brenner, at(2025, 2, 20, 16, 37), "Sehr geehrter Herr Schäfer,\n\nKW 20 für das zweite Los bekommen wir hin. Alle KR-Getriebe sind ab Werk mit "
       "Polyglykolöl befüllt und wartungsfrei für 15.000 Betriebsstunden, das steht auch im Datenblatt.", GR, "G01",
       "Kessler (Exchange on-prem, no DKIM) plain reply in a stacked 'AW: WG: AW:' thread")
T1.add(me, at(2025, 2, 24, 11, 2), "Sehr geehrter Herr Brenner,\n\nvielen Dank. Die Bestellung 4500119302 geht Ihnen heute über unser SAP zu.")
emo_zip = zipb([("KR-160_Preisstaffel_2025.xlsm", b"PK" + rbytes(5200))], when=(2025, 3, 4, 7, 12, 0), encrypt=True)
T1.add(Pt("Markus Brenner", "info@zahnarzt-lindner.example", "exim_php", "spoof_dental", disp="Brenner, Markus"), at(2025, 3, 4, 7, 26),
       "Guten Morgen Herr Schäfer,\n\nanbei die nachgereichte Preisstaffel zu Ihrer Bestellung. Wegen vertraulicher Konditionen ist das Archiv "
       "geschützt.\n\nKennwort: KR4471\n\nGruß", HJ("display-name-spoof"), "H01",
       "Emotet-style: display name of Markus Brenner on a compromised dental-practice mailbox, quotes the real thread, encrypted zip + password",
       sig=False, qclient="exch", frm='"Brenner, Markus" <info@zahnarzt-lindner.example>', atts=[("KR-160_Preisstaffel_2025.zip", emo_zip, "application/zip")])

# ================================================================ T2 Kessler: late planetary gearboxes; H02 SquirrelWaffle through Kessler's Exchange
T2 = Th("Lieferverzug Planetengetriebe PG-90 / Bestellung 4500118734", brenner)
T2.add(me, at(2025, 1, 27, 9, 40), "Sehr geehrter Herr Brenner,\n\ndie Planetengetriebe PG-90 aus unserer Bestellung 4500118734 (12 Stück, bestätigt zum 24.01.) "
       "sind bis heute nicht eingetroffen. Unsere Montage braucht die Getriebe spätestens Mittwoch. Bitte nennen Sie mir einen verbindlichen Termin.")
T2.add(brenner, at(2025, 1, 27, 13, 55), "Sehr geehrter Herr Schäfer,\n\nich bitte die Verspätung zu entschuldigen. Bei unserem Zulieferer für die Hohlräder "
       "gab es einen Maschinenausfall. Acht Stück sind fertig und gehen morgen per Express raus, die restlichen vier folgen am 5. Februar.", GR, "G02",
       "Kessler: delivery-delay answer with a split delivery")
T2.add(me, at(2025, 1, 27, 14, 20), "Sehr geehrter Herr Brenner,\n\neinverstanden, die Expresskosten für die Teillieferung übernehmen bitte Sie. "
       "Senden Sie mir die Sendungsnummer, sobald sie vorliegt.")
T2.add(brenner, at(2025, 1, 28, 11, 9), "Hallo Herr Schäfer,\n\ngeht in Ordnung, die Fracht geht auf uns. Sendungsnummer UPS 1Z 8W4 E17 68 5510 3927.")
T2.add(me, at(2025, 1, 29, 8, 3), "Hallo Herr Brenner,\n\ndie acht Getriebe sind heute früh angekommen, vielen Dank für die schnelle Abwicklung.")
T2.add(brenner, at(2025, 1, 29, 8, 41), "Danke für die Rückmeldung!", GR, "G37", "Kessler: one-line thanks, no signature", sig=False)
T2.add(brenner, at(2025, 2, 5, 3, 12),
       "Hello,\n\nas discussed please review the documents regarding the remaining delivery:\n\n"
       "https://weingut-kellerberg.example/wp-content/uploads/2025/02/remaining-items/PG90-4500118734.zip\n\nThank you",
       HJ("server-hijack"), "H02", "SquirrelWaffle via Kessler's compromised Exchange server: English one-liner in a German thread, link to zip on a hacked winery site",
       sig=False, tidx=None)

# ================================================================ T3 Kessler: supplier meeting invitation from Notes, Outlook acceptance
uid = f"{HX(32)}{HX(8)}"
def vcal(method, attendee_status, t0, t1, summ, org=me, att=brenner, extra=""):
    return ("BEGIN:VCALENDAR\r\nPRODID:-//" + ("Lotus Development Corporation//NONSGML Notes 12.0.2//EN_C" if method == "REQUEST" else "Microsoft Corporation//Outlook 16.0 MIMEDIR//EN")
            + f"\r\nVERSION:2.0\r\nMETHOD:{method}\r\nBEGIN:VEVENT\r\nDTSTART:{t0.astimezone(UTC):%Y%m%dT%H%M%SZ}\r\nDTEND:{t1.astimezone(UTC):%Y%m%dT%H%M%SZ}\r\n"
            f"UID:{uid}-Lotus_Notes_Generated\r\nSEQUENCE:0\r\nSUMMARY:{summ}\r\nLOCATION:Hessler Maschinenbau, Besprechungsraum Achalm\r\n"
            f"ORGANIZER;CN=\"{org.name}\":mailto:{org.email}\r\nATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT={attendee_status};CN=\"{att.disp}\":mailto:{att.email}\r\n"
            f"{extra}DTSTAMP:{t0.astimezone(UTC):%Y%m%dT%H%M%SZ}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
T3 = Th("Einladung: Lieferantengespräch Kessler / Hessler 2025 (08.04.2025 10:00 CEST)", brenner)
m0 = T3.add(me, at(2025, 3, 18, 13, 30), "Sehr geehrter Herr Brenner,\n\nwie telefonisch angekündigt lade ich Sie und Ihren Vertriebsleiter zum jährlichen "
            "Lieferantengespräch ein. Themen: Liefertreue 2024, Preisentwicklung Stahl/Guss, Rahmenvereinbarung KR-Baureihe.",
            calendar=vcal("REQUEST", "NEEDS-ACTION", at(2025, 4, 8, 10, 0), at(2025, 4, 8, 12, 0), "Lieferantengespräch Kessler / Hessler 2025"))
T3.add(brenner, at(2025, 3, 19, 9, 2), "", GH, "G03", "Kessler: Outlook meeting acceptance (text/calendar METHOD:REPLY), no In-Reply-To, no quote",
       sig=False, quote=False, subj="Angenommen: Lieferantengespräch Kessler / Hessler 2025", refs=[], irt=None,
       calendar=vcal("REPLY", "ACCEPTED", at(2025, 4, 8, 10, 0), at(2025, 4, 8, 12, 0), "Angenommen: Lieferantengespräch Kessler / Hessler 2025"),
       cal_method="REPLY", html="")

# ================================================================ T4 Härterei Göbel: hardening quote; H03 .docm via Göbel's Exchange
T4 = Th("Anfrage Einsatzhärten Zahnwellen ZW-32, Werkstoff 18CrNiMo7-6", goebel)
T4.add(me, at(2025, 3, 3, 10, 5), "Sehr geehrte Frau Göbel,\n\nwir benötigen für 150 Zahnwellen ZW-32 eine Einsatzhärtung auf CHD 0,8–1,0 mm, Oberflächenhärte "
       "58+4 HRC. Zeichnung liegt bei. Können Sie uns bis Ende der Woche ein Angebot inkl. Abholung in Metzingen machen?",
       atts=[("ZW-32_Rev_B.pdf", pdf(["Hessler Maschinenbau GmbH", "Zeichnung ZW-32 Rev. B", "Zahnwelle m=2,5 z=24", "18CrNiMo7-6, einsatzgehärtet"],
                                    producer="SOLIDWORKS 2023"), "application/pdf")])
T4.add(goebel, at(2025, 3, 5, 11, 47), "Sehr geehrter Herr Schäfer,\n\nanbei unser Angebot 25-0981. Die Verzahnung wird vor dem Härten von uns nicht "
       "abgedeckt; falls die Lagersitze weich bleiben sollen, bitte kurz Bescheid geben, dann kalkulieren wir das Abdecken mit Paste nach.", GR, "G04",
       "Göbel (Exchange 2019 behind gateway with DKIM): reply with offer PDF",
       atts=[("Angebot_25-0981_Hessler.pdf", pdf(["Härterei Göbel GmbH & Co. KG", "Angebot 25-0981", "150 Stk ZW-32, Einsatzhärten CHD 0,8-1,0",
                                                 "Pauschale je Charge 1.140,00 EUR", "Abholung/Zustellung Metzingen inkl."]), "application/pdf")])
T4.add(me, at(2025, 3, 6, 8, 30), "Sehr geehrte Frau Göbel,\n\nja, die beiden Lagersitze Ø 35 k6 müssen weich bleiben. Bitte ergänzen Sie das Abdecken.")
T4.add(goebel, at(2025, 3, 6, 14, 12), "Sehr geehrter Herr Schäfer,\n\ndas Abdecken kostet 1,80 EUR je Welle zusätzlich. Ich habe das Angebot als Version 2 angepasst.",
       atts=[("Angebot_25-0981-2_Hessler.pdf", pdf(["Härterei Göbel", "Angebot 25-0981 Version 2", "zzgl. Abdecken Lagersitze 1,80 EUR/Stk"]), "application/pdf")])
T4.add(goebel, at(2025, 3, 24, 5, 52), "Guten Tag,\n\nanbei das überarbeitete Angebot. Bitte öffnen Sie das Dokument am PC und aktivieren Sie die Bearbeitung, "
       "damit die Preistabelle korrekt angezeigt wird.\n\nMfG", HJ("server-hijack"), "H03",
       "Göbel's Exchange server abused: short 'Angebot' reply at 05:52 with a macro .docm, generic text", sig=False, tidx=None,
       atts=[("Angebot_25-0981-3.docm", docm(), "application/vnd.ms-word.document.macroEnabled.12")])

# ================================================================ T5 Spedition Kraus: Swiss import clearance, WG: customs notice
T5 = Th("Import Brunner Fluidtechnik AG / Sendung 25-CH-0318 – Verzollung", beck)
T5.add(me, at(2025, 3, 18, 9, 12), "Sehr geehrte Frau Beck,\n\nam Donnerstag holen Sie bei Brunner in Winterthur 2 Paletten Ventilblöcke für uns ab. "
       "Die Handelsrechnung und die Ursprungserklärung sende ich Ihnen anbei. Bitte verzollen Sie wie üblich mit unserer EORI DE5555123456789012.",
       atts=[("Handelsrechnung_Brunner_90031188.pdf", pdf(["Brunner Fluidtechnik AG", "Commercial Invoice 90031188", "Ventilblock VB-12, Zolltarifnr. 8481 20 10"]), "application/pdf")])
T5.add(beck, at(2025, 3, 18, 11, 40), "Sehr geehrter Herr Schäfer,\n\ndanke, die Unterlagen sind vollständig. Die Ursprungserklärung auf der Rechnung reicht "
       "für die Präferenz aus, der Zoll sollte also nur die Einfuhrumsatzsteuer erheben.")
T5.add(me, at(2025, 3, 18, 12, 2), "Danke, Frau Beck. Bitte schicken Sie mir den Steuerbescheid, sobald er vorliegt.")
fw_t = at(2025, 3, 21, 10, 14)
T5.add(beck, at(2025, 3, 21, 10, 31), "Sehr geehrter Herr Schäfer,\n\nzur Info der Steuerbescheid zur Sendung 25-CH-0318. Die Einfuhrumsatzsteuer wird über "
       "Ihr Aufschubkonto abgebucht, für Zoll ist wie erwartet nichts angefallen.\n\n-----Ursprüngliche Nachricht-----\nVon: ATLAS Zollamt Stuttgart "
       "<noreply-atlas@zoll-nachricht.example>\nGesendet: Freitag, 21. März 2025 10:14\nAn: Zollabteilung Kraus <zoll@kraus-logistik.example>\n"
       "Betreff: Steuerbescheid ATLAS-Einfuhr 25DE555512345678E1\n\nSehr geehrte Damen und Herren,\n\nzur Anmeldung mit der Registriernummer "
       "25DE555512345678E1 wurde der Steuerbescheid erstellt. Der Bescheid ist als PDF beigefügt.\n\nDiese Nachricht wurde automatisch erzeugt.",
       GH, "G05", "Spedition Kraus: 'WG:' forward of an ATLAS customs notice with PDF, new subject, no In-Reply-To", quote=False,
       subj="WG: Steuerbescheid ATLAS-Einfuhr 25DE555512345678E1", refs=[], irt=None,
       atts=[("Steuerbescheid_25DE555512345678E1.pdf", pdf(["Zollamt Stuttgart", "Steuerbescheid Einfuhr", "Reg.-Nr. 25DE555512345678E1",
                                                            "Einfuhrumsatzsteuer 3.482,18 EUR", "Zoll 0,00 EUR (Präferenz)"], producer="ATLAS"), "application/pdf")])

# ================================================================ T6 Kraus: pickup of returnable crates; H04 Qakbot-style link via Kraus' Exchange
T6 = Th("Abholung Gitterboxen Metzingen – Rücklauf an Gusswerk Hartberg", beck)
T6.add(me, at(2025, 3, 26, 14, 5), "Hallo Frau Beck,\n\nbei uns stehen 14 leere Gitterboxen, die an das Gusswerk Hartberg zurück müssen. Können Sie die "
       "mit der nächsten Österreich-Tour mitnehmen? Rampe 3 ist ab 6 Uhr besetzt.")
T6.add(beck, at(2025, 3, 27, 8, 10), "Hallo Herr Schäfer,\n\nunser Sammelverkehr nach Graz fährt am Dienstag, wir holen die Boxen am Montag zwischen 13 und 15 Uhr.",
       GR, "G06", "Kraus: pickup confirmation")
T6.add(me, at(2025, 3, 27, 8, 44), "Passt, ich sage dem Versand Bescheid. Lieferschein für das Leergut liegt dann bereit.")
T6.add(beck, at(2025, 4, 2, 16, 58), "Hallo,\n\nbitte Rücksendebeleg prüfen:\n\nhttps://www.ferienhaus-am-bodensee.example/tmp/doc/Ruecklauf-3419.zip\n\nDanke",
       HJ("server-hijack"), "H04", "Qakbot-style reply sent through Kraus' Exchange: one line plus link to a .zip on a hacked holiday-home site",
       sig=False, tidx=None)

# ================================================================ T7 Wagner: turned parts drawing; Tobit David -> Microsoft 365 mid-thread
T7 = Th("Drehteile Lagerbuchse 4711-230 Rev. C – Zeichnungsänderung", hoelzle)
T7.add(me, at(2025, 2, 10, 9, 18), "Sehr geehrte Frau Hölzle,\n\nzur Lagerbuchse 4711-230 gibt es einen Index C: Die Fase am Bund ändert sich auf 1x45°, "
       "die Passung der Bohrung bleibt H7. Bitte prüfen Sie, ob das Auswirkungen auf Preis oder Termin der offenen Bestellung 4500118990 hat.",
       atts=[("4711-230_C.pdf", pdf(["Lagerbuchse 4711-230 Index C", "CuSn8, Bohrung 40 H7", "Fase Bund 1x45"], producer="SOLIDWORKS 2023"), "application/pdf")])
T7.add(hoelzle, at(2025, 2, 11, 10, 3), "Sehr geehrter Herr Schäfer,\n\ndie geänderte Fase ist für uns nur eine Programmanpassung, Preis und Termin KW 9 "
       "bleiben unverändert. Wir fertigen nach Index C.")
T7.add(me, at(2025, 2, 11, 11, 30), "Sehr geehrte Frau Hölzle,\n\nprima, danke. Bitte vermerken Sie den Index auf dem Lieferschein.")
T7.add(hoelzle, at(2025, 2, 14, 15, 20), "Sehr geehrter Herr Schäfer,\n\nwird gemacht. Noch ein Hinweis in eigener Sache: Wir stellen am kommenden Wochenende "
       "unser Mailsystem von David auf Microsoft 365 um. Die Adressen bleiben gleich, es kann aber am Montagvormittag zu Verzögerungen kommen. "
       "Bitte wundern Sie sich nicht, wenn unsere Mails danach etwas anders aussehen.", GH, "G07",
       "Wagner: last Tobit David message, announces the move to Microsoft 365")
T7.add(me, at(2025, 2, 17, 8, 15), "Sehr geehrte Frau Hölzle,\n\ndanke für die Info. Können Sie mir den Versandtermin für die Buchsen schon nennen?")
T7.add(hoelzle365, at(2025, 2, 17, 13, 44), "Sehr geehrter Herr Schäfer,\n\ndie Umstellung hat geklappt, diese Mail kommt schon aus dem neuen System. Die 300 Buchsen "
       "gehen am 26.02. mit unserem eigenen LKW raus, Anlieferung bei Ihnen am Vormittag.", GH, "G08",
       "Wagner: first message from Microsoft 365 after the announced migration (new Message-ID shape, client, DKIM)")
T7.add(me, at(2025, 2, 17, 14, 2), "Danke, Frau Hölzle. Die Warenannahme ist informiert.")

# ================================================================ T8 Wagner (Tobit era): complaint about a lot with dimensional deviation
T8 = Th("Reklamation Los 24-1187 – Maßabweichung Außendurchmesser", hoelzle)
T8.add(me, at(2024, 11, 12, 10, 40), "Sehr geehrte Frau Hölzle,\n\nbei der Wareneingangsprüfung von Los 24-1187 (Distanzhülse 4711-118) liegen 37 von 200 Teilen "
       "mit dem Außendurchmesser 0,03 mm über Toleranz. Der Prüfbericht ist angehängt. Bitte veranlassen Sie Ersatz und eine 8D-Bearbeitung.",
       atts=[("Pruefbericht_WE_24-1187.pdf", pdf(["Hessler Maschinenbau - Wareneingangsprüfung", "Los 24-1187, 4711-118", "AD 28 h8: 37 Teile n.i.O."]), "application/pdf")])
T8.add(hoelzle, at(2024, 11, 13, 9, 12), "Sehr geehrter Herr Schäfer,\n\ndanke für den ausführlichen Bericht. Unser QS-Leiter Herr Dietz hat die Ursache gefunden: "
       "Nach einem Werkzeugwechsel war die Verschleißkorrektur nicht nachgeführt. Ersatzteile gehen Freitag raus, den 8D-Bericht erhalten Sie mit.")
T8.add(me, at(2024, 11, 13, 10, 5), "Sehr geehrte Frau Hölzle,\n\ndanke. Die n.i.O.-Teile stellen wir zur Abholung bereit oder sollen wir sie verschrotten?")
T8.add(hoelzle, at(2024, 11, 15, 14, 33), "Sehr geehrter Herr Schäfer,\n\nbitte verschrotten Sie die Teile und schicken uns ein kurzes Foto für unsere Dokumentation. "
       "Der 8D-Report (Stufe D1–D5) liegt bei, D6–D8 folgen nach der Wirksamkeitsprüfung.", GR, "G09",
       "Wagner (Tobit David, windows-1252): complaint reply with 8D report",
       atts=[("8D_Report_24-1187.pdf", pdf(["Wagner Präzisionsteile - 8D Report", "Reklamation Hessler 24-1187", "D4: Verschleißkorrektur nicht nachgeführt"],
                                           producer="PDF24 Creator"), "application/pdf")])
T8.add(me, at(2024, 11, 18, 8, 20), "Sehr geehrte Frau Hölzle,\n\nFoto anbei, Teile sind verschrottet. Ersatz ist angekommen und i.O.")

# ================================================================ T9 Gusswerk Hartberg: delivery schedule (Austrian), Abwesenheitsnotiz
T9 = Th("Lieferplan Gussgehäuse GH-250 für Jänner bis März 2025", pichler)
T9.add(pichler, at(2024, 12, 9, 10, 15, VIE), "Sehr geehrter Herr Schäfer,\n\nfür die Abrufe im ersten Quartal schlagen wir folgenden Plan vor: 60 Stück "
       "in der zweiten Jännerwoche, je 45 Stück Mitte Feber und Anfang März. Wegen der Betriebsferien vom 23. Dezember bis 6. Jänner ist eine "
       "Lieferung vor dem 10. Jänner leider nicht möglich.")
T9.add(me, at(2024, 12, 9, 14, 2), "Sehr geehrter Herr Pichler,\n\nder Plan passt grundsätzlich. Können Sie die Februarmenge auf 55 Stück erhöhen? "
       "Wir haben einen Zusatzauftrag für die Baureihe HM 400 bekommen.")
T9.add(pichler, at(2024, 12, 10, 8, 47, VIE), "Sehr geehrter Herr Schäfer,\n\n55 Stück im Feber gehen sich aus, wir gießen dafür eine Charge mehr. "
       "Der aktualisierte Plan steht unten, bitte um kurze Freigabe bis Freitag.\n\nKW 2: 60 Stk\nKW 7: 55 Stk\nKW 10: 45 Stk", GH, "G10",
       "Gusswerk Hartberg (GroupWise, Austrian German 'Jänner/Feber', sich ausgehen)")
T9.add(me, at(2024, 12, 11, 9, 30), "Sehr geehrter Herr Pichler,\n\nich gebe den Plan so frei. Bitte senden Sie die Prüfzeugnisse 3.1 wie gewohnt mit der Lieferung.")
T9.add(pichler, at(2024, 12, 11, 9, 30, VIE), "Vielen Dank für Ihre Nachricht.\n\nIch bin von 20. Dezember bis einschließlich 7. Jänner auf Urlaub. Ihre Nachricht wird "
       "nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an unseren Verkaufsinnendienst, verkauf@gusswerk-hartberg.example, "
       "Tel. +43 3332 555 41-0.\n\nMit freundlichen Grüßen\nChristoph Pichler", GH, "G11",
       "Gusswerk: GroupWise automatic 'Abwesenheitsnotiz' (Auto-Submitted, no quote)", sig=False, quote=False,
       subj="Abwesenheitsnotiz: AW: Lieferplan Gussgehäuse GH-250 für Jänner bis März 2025", keep=False,
       extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Precedence", "bulk")])
T9.add(pichler, at(2025, 1, 8, 11, 20, VIE), "Sehr geehrter Herr Schäfer,\n\nzurück aus dem Urlaub: Die 60 Gehäuse für KW 2 sind gestern verladen worden, "
       "die Zeugnisse liegen in der Box. Ein gutes neues Jahr wünsche ich Ihnen!")

# ================================================================ T10 Gusswerk: new bank details on letterhead, confirmed by phone
T10 = Th("Änderung unserer Bankverbindung ab 1. März 2025", pichler)
T10.add(wallner, at(2025, 2, 12, 13, 5, VIE), "Sehr geehrter Herr Schäfer,\n\nwie Ihnen Herr Pichler bereits angekündigt hat, wechseln wir mit 1. März 2025 unsere "
        "Hausbank. Das Schreiben mit der neuen Bankverbindung, unterschrieben von unserer Geschäftsführung, finden Sie im Anhang. Für Rückfragen "
        "steht Ihnen Herr Pichler unter seiner bekannten Durchwahl zur Verfügung; eine Bestätigung per Telefon ist uns ausdrücklich recht.",
        GH, "G12", "Gusswerk accounting (new sender, same GroupWise domain): new bank details on a signed letterhead PDF",
        to=[(me.name, me.email)], cc=[(pichler.name, pichler.email)],
        atts=[("Bankverbindung_Gusswerk_Hartberg_2025.pdf", pdf(["Gusswerk Hartberg GmbH", "Grazer Straße 88, 8230 Hartberg", "Änderung der Bankverbindung",
                                                                "ab 01.03.2025: Steiermärkische Sparkasse", "IBAN AT61 2081 5000 4123 7788", "BIC STSPAT2GXXX",
                                                                "Geschäftsführung: DI Martin Url, Mag. Eva Koller"], producer="Microsoft® Word 2019"), "application/pdf")])
T10.add(me, at(2025, 2, 13, 10, 48), "Sehr geehrte Frau Wallner,\n\nwie heute Vormittag mit Herrn Pichler telefonisch bestätigt, haben wir die neue "
        "Bankverbindung (Steiermärkische Sparkasse, IBAN endet auf 7788) ab 1. März in unseren Stammdaten hinterlegt. Die Zahlungen bis Ende Februar "
        "gehen noch auf das bisherige Konto.", to=[(wallner.name, wallner.email)], cc=[(pichler.name, pichler.email)])
T10.add(wallner, at(2025, 2, 13, 11, 30, VIE), "Sehr geehrter Herr Schäfer,\n\nherzlichen Dank für die rasche Umstellung und die Bestätigung.", GR, "G13",
        "Gusswerk accounting: thanks after Jürgen's 'wie telefonisch bestätigt'", cc=[(pichler.name, pichler.email)])

# ================================================================ T11 Brunner CH: valve block offer, English colleague joins
T11 = Th("Ventilblöcke VB-12 – Preisanfrage Jahresbedarf 2025", zuercher)
T11.add(me, at(2025, 1, 14, 10, 0), "Sehr geehrter Herr Zürcher,\n\nfür 2025 planen wir rund 220 Ventilblöcke VB-12 in der Ausführung mit NG6-Lochbild. "
        "Bitte senden Sie uns ein Angebot für Abrufe in Losen zu 40 Stück, geliefert DAP Metzingen.")
T11.add(zuercher, at(2025, 1, 15, 14, 22, ZRH), "Sehr geehrter Herr Schäfer\n\nbesten Dank für die Anfrage. Gerne offerieren wir Ihnen die VB-12 zu CHF 184.50 je "
        "Stück bei Losgrösse 40, die Offerte folgt als PDF morgen. Massgebend für die Lieferfrist ist die Anodisierung, wir rechnen mit sechs Wochen.",
        GR, "G14", "Brunner CH (M365): offer reply, Swiss spelling 'Grösse', 'massgebend', no comma after salutation")
T11.add(me, at(2025, 1, 16, 9, 5), "Sehr geehrter Herr Zürcher,\n\ndanke. Gibt es die Blöcke auch mit hartanodisierter Oberfläche? Bei einem Kunden "
        "laufen die Ventile mit stark verschmutztem Kühlschmierstoff.")
T11.add(zuercher, at(2025, 1, 17, 16, 40, ZRH), "Sehr geehrter Herr Schäfer\n\nich nehme meinen Kollegen Oliver Grant aus der Anwendungstechnik in Kopie, er kennt "
        "die Oberflächenvarianten am besten. Er spricht leider kein Deutsch, schreibt Ihnen aber gerne auf Englisch.",
        cc=[(grant.disp, grant.email)])
T11.add(grant, at(2025, 1, 20, 9, 12, ZRH), "Dear Mr Schäfer,\n\nBeat asked me to step in. Hard anodising (type III, 50 µm) is available for the VB-12 and "
        "gives a much better wear resistance against contaminated coolant. It adds roughly CHF 21 per block and one week to the lead time. "
        "I have attached the data sheet with the surface options.", GH, "G15",
        "Brunner: English-speaking colleague joins the German thread via Cc and answers in English",
        cc=[(zuercher.disp, zuercher.email)],
        atts=[("VB-12_Surface_Options_EN.pdf", pdf(["Brunner Fluidtechnik AG", "VB-12 valve block - surface options", "Type II anodised / Type III hard anodised 50 um"]), "application/pdf")])
T11.add(me, at(2025, 1, 20, 11, 3), "Dear Mr Grant,\n\nthank you, that is very helpful. Please include the hard-anodised version as an option in the quotation.\n\n"
        "Best regards\nJürgen Schäfer", sig=False, cc=[(zuercher.disp, zuercher.email)], to=[(grant.disp, grant.email)])
T11.add(zuercher, at(2025, 1, 21, 8, 55, ZRH), "Sehr geehrter Herr Schäfer\n\nanbei die ergänzte Offerte mit beiden Oberflächen. Die technischen Angaben zur "
        "Schichtdicke finden Sie auf Seite 2, die Preise gelten bis Ende Juni.", GR, "G38", "Brunner: offer with data sheet PDF after the English detour",
        cc=[(grant.disp, grant.email)],
        atts=[("Offerte_25-0112_Hessler_VB-12.pdf", pdf(["Brunner Fluidtechnik AG", "Offerte 25-0112", "VB-12 eloxiert CHF 184.50", "VB-12 hartanodisiert CHF 205.50"]), "application/pdf")])

# ================================================================ T12 Brunner: invoice payment; H05 IDN homoglyph look-alike
T12 = Th("Rechnung 90031188 – Sendung Ventilblöcke März", zuercher)
T12.add(zuercher, at(2025, 3, 20, 15, 12, ZRH), "Sehr geehrter Herr Schäfer\n\nbeiliegend die Rechnung 90031188 zur Lieferung vom 20. März. Zahlbar innert 30 Tagen netto.",
        atts=[("Rechnung_90031188.pdf", pdf(["Brunner Fluidtechnik AG", "Rechnung 90031188", "40 Stk VB-12", "CHF 7'380.00", "UBS Switzerland AG, IBAN CH93 0027 3273 5555 8812 K"]), "application/pdf")])
T12.add(me, at(2025, 3, 21, 9, 40), "Sehr geehrter Herr Zürcher,\n\ndanke, die Rechnung ist zur Zahlung im April-Lauf eingeplant.")
T12.add(zuercher, at(2025, 3, 21, 10, 2, ZRH), "Besten Dank, Herr Schäfer. Schönes Wochenende!")
idn = "xn--brnner-fluid-elb.example"
T12.add(Pt("Beat Zürcher", f"beat.zuercher@{idn}", "outlook_smtp", "lk_idn", tz=ZRH, disp="Zürcher Beat", sig=zuercher.sig.replace("Grüsse", "Grüße")),
        at(2025, 3, 27, 11, 18, ZRH), "Sehr geehrter Herr Schäfer,\n\nleider müssen wir Sie bitten, die Zahlung zur Rechnung 90031188 nicht auf die UBS zu leisten. "
        "Wegen einer laufenden Prüfung durch unsere Revision ist dieses Konto vorübergehend gesperrt. Bitte überweisen Sie den Betrag in EUR "
        "(6.912,40 EUR) an unser Konto bei der Partnerbank in Deutschland:\n\nIBAN DE47 5001 0517 5421 7765 13\nKontoinhaber: Brunner Fluidtechnik\n\n"
        "Bitte schicken Sie mir nach der Ausführung den Zahlungsbeleg. Für Rückfragen bin ich per E-Mail gut erreichbar, telefonisch leider kaum.",
        HJ("lookalike-domain"), "H05", "Payment diversion from IDN homoglyph look-alike brünner-fluid (punycode xn--brnner-fluid-elb), quotes the thread, 'ß' in a Swiss signature",
        frm=f"=?utf-8?B?{base64.b64encode('Zürcher Beat'.encode()).decode()}?= <beat.zuercher@{idn}>", env=f"beat.zuercher@{idn}")

# ================================================================ T13 Novák CZ: welded frames, Czech quote headers; H06 OneNote display-name spoof
T13 = Th("Schweißbaugruppe Rahmen SR-400 – Liefertermin und Prüfprotokolle", dvorak)
T13.add(me, at(2025, 2, 3, 9, 50), "Sehr geehrter Herr Dvořák,\n\nfür die Rahmen SR-400 aus Bestellung 4500119044 brauchen wir diesmal zusätzlich die "
        "Schweißnahtprüfung (Sichtprüfung nach ISO 5817, Bewertungsgruppe C) als Protokoll. Bleibt es beim Liefertermin 28.02.?")
T13.add(dvorak, at(2025, 2, 4, 7, 36, PRG), "Sehr geehrter Herr Schäfer,\n\nder Termin 28.02. bleibt. Die Sichtprüfung machen wir sowieso, das Protokoll "
        "schicken wir mit dem Lieferschein. Unser Schweißaufsichtsperson ist IWE-zertifiziert, das Zertifikat kann ich auch schicken, wenn Sie brauchen.",
        GH, "G16", "Novák CZ (Thunderbird, cs): German with small Czech-isms, Czech quote header 'Dne ... napsal(a):'")
T13.add(me, at(2025, 2, 4, 10, 12), "Sehr geehrter Herr Dvořák,\n\nja, bitte senden Sie das IWE-Zertifikat einmalig für unsere Lieferantenakte.")
T13.add(dvorak, at(2025, 2, 5, 13, 20, PRG), "Sehr geehrter Herr Schäfer,\n\nim Anhang das Zertifikat von Herrn Horák. Gültig bis 2027.",
        atts=[("IWE_Zertifikat_Horak.pdf", pdf(["Certificate International Welding Engineer", "Ing. Tomáš Horák", "valid until 11/2027"]), "application/pdf")])
T13.add(me, at(2025, 2, 5, 14, 2), "Danke, Herr Dvořák, ist abgelegt.")
T13.add(Pt("Pavel Dvořák", "reservations@hotel-alpenblick.example", "exim_php", "spoof_hotel"), at(2025, 2, 19, 9, 3),
        "Sehr geehrter Herr Schäfer,\n\ndie aktualisierten Prüfprotokolle haben wir in OneNote zusammengefasst, bitte öffnen Sie die Datei und klicken "
        "Sie auf \"Ansehen\", damit die Anlagen geladen werden.\n\nS pozdravem\nPavel Dvořák", HJ("display-name-spoof"), "H06",
        "Display name 'Pavel Dvořák' on a compromised hotel mailbox, quotes the real thread, OneNote (.one) attachment",
        sig=False, qclient="tb_cz", frm=f"=?utf-8?B?{base64.b64encode('Pavel Dvořák'.encode()).decode()}?= <reservations@hotel-alpenblick.example>",
        atts=[("Pruefprotokolle_SR-400.one", onenote(), "application/octet-stream")])

# ================================================================ T14 Rossi IT: cast parts RFQ, STEP zip, Italian Outlook UI
T14 = Th("RFQ 2025-07 – machined cast brackets HB-510 / HB-520", ferrari)
T14.add(me, at(2025, 2, 17, 10, 30), "Dear Ms Ferrari,\n\nplease quote 300 pcs each of the brackets HB-510 and HB-520, material EN-GJS-400-15, machined acc. "
        "to our drawings. Delivery FCA Castel Mella. Could you also send us your 3D models of the raw castings for our fixture design?\n\n"
        "Best regards\nJürgen Schäfer", sig=False,
        atts=[("HB-510_HB-520_drawings.pdf", pdf(["Hessler Maschinenbau", "HB-510 / HB-520 Halter", "EN-GJS-400-15"], producer="SOLIDWORKS 2023"), "application/pdf")])
T14.add(ferrari, at(2025, 2, 18, 17, 5, ROM), "Dear Mr Schäfer,\n\nthank you for the RFQ. Our technical office prepared the raw casting models, you find the STEP "
        "files zipped in the attachment (both parts, with machining allowance 2 mm). The quotation will follow by Friday.", GH, "G17",
        "Rossi IT (M365, Italian Outlook UI, English text): zip of STEP files",
        atts=[("HB-510_HB-520_raw_castings_STEP.zip", zipb([("HB-510_raw_casting.stp", step("HB-510_raw_casting.stp", 400)),
                                                            ("HB-520_raw_casting.stp", step("HB-520_raw_casting.stp", 460))], when=(2025, 2, 18, 16, 51, 0)), "application/x-zip-compressed")])
T14.add(me, at(2025, 2, 19, 8, 44), "Dear Ms Ferrari,\n\nthe models open fine in our CAD, thank you. We are looking forward to your offer.\n\nBest regards\nJürgen Schäfer", sig=False)
T14.add(ferrari, at(2025, 2, 21, 15, 30, ROM), "Dear Mr Schäfer,\n\nplease find our offer OF-25/0219 attached. Pattern costs are shown separately and will be "
        "charged only once. Lead time for first samples is 7 weeks from order.", GR, "G18", "Rossi: offer reply quoting with 'Da:/Inviato:/Oggetto:' headers",
        atts=[("OF-25_0219_Hessler.pdf", pdf(["Meccanica Rossi S.r.l.", "Offer OF-25/0219", "HB-510 EUR 38.20 / HB-520 EUR 41.70", "Pattern cost EUR 6,400.00"]), "application/pdf")])

# ================================================================ T15 Rossi: pattern invoice; H07 account takeover with altered IBAN in the quote
T15 = Th("Invoice 2025/0211 – pattern costs HB-510 / HB-520", ferrari)
iban_ok = "IT60 X054 2811 1010 0000 0123 456"
T15.add(ferrari, at(2025, 3, 12, 11, 2, ROM), "Dear Mr Schäfer,\n\nas agreed we invoice the pattern costs with the order confirmation. Please find invoice "
        f"2025/0211 attached. Bank details: Banca Valsabbina, IBAN {iban_ok}, BIC BCVAIT2VXXX.",
        atts=[("Invoice_2025-0211.pdf", pdf(["Meccanica Rossi S.r.l.", "Invoice 2025/0211", "Pattern costs EUR 6,400.00", f"IBAN {iban_ok}"]), "application/pdf")])
T15.add(me, at(2025, 3, 13, 9, 15), "Dear Ms Ferrari,\n\nthank you, the invoice has been forwarded to our accounts payable and will be paid within 30 days as agreed.\n\n"
        "Best regards\nJürgen Schäfer", sig=False)
T15.add(ferrari, at(2025, 3, 13, 10, 2, ROM), "Thank you, Mr Schäfer!")
forged = dict(T15.last, full=T15.last["full"].replace(iban_ok, "IT23 A030 6909 6061 0000 0199 877").replace("Banca Valsabbina", "Banca Intesa"))
assert forged["full"] != T15.last["full"]
T15.add(ferrari, at(2025, 3, 31, 16, 47, ROM), "Dear Mr Schäfer,\n\nour accounting informs me that the payment for invoice 2025/0211 has not been allocated yet. "
        "Kindly make sure the transfer is made to the account stated in my e-mail below (Banca Intesa), the old account is no longer in use "
        "for incoming payments. Please send us the remittance advice once done.", HJ("account-takeover"), "H07",
        "Rossi account takeover: reply from the real M365 mailbox whose quoted history shows a different IBAN than the original message",
        quote_rec=forged)

# ================================================================ T16 KB Fink: fixture design, always WeTransfer; H08 .ics from IONOS webmail
T16 = Th("Vorrichtung V-88 Schweißvorrichtung Rahmen – CAD-Daten", fink)
def wt(): return f"https://wetransfer.com/downloads/{hx(32)}{R.randint(10**13, 10**14)}/{hx(6)}"
T16.add(me, at(2025, 1, 8, 13, 10), "Hallo Herr Fink,\n\nwie besprochen beauftragen wir die Konstruktion der Schweißvorrichtung V-88 für den Rahmen SR-400. "
        "Bestellung 4500118512 folgt per Post. Wann können Sie uns einen ersten Entwurf zeigen?")
T16.add(fink, at(2025, 1, 9, 8, 12), "Hallo Herr Schäfer,\n\ndanke für den Auftrag. Erster Entwurf Ende Januar, ich schicke wie immer die Daten per WeTransfer.")
T16.add(fink, at(2025, 1, 30, 18, 55), f"Hallo Herr Schäfer,\n\nder Entwurf der V-88 ist fertig. Baugruppe als STEP und Inventor-Pack, dazu die "
        f"Zeichnungsableitung als PDF:\n{wt()}\n\nDer Link ist eine Woche gültig (ca. 740 MB).", GH, "G19",
        "KB Fink (Apple Mail via IONOS): WeTransfer link to CAD data, the office always sends this way")
T16.add(me, at(2025, 2, 3, 9, 0), "Hallo Herr Fink,\n\nHerr Ott hat den Entwurf angeschaut: Die Spannelemente an Position 4 kollidieren mit dem Schweißroboter "
        "bei 45°. Können Sie die Spanner auf die Unterseite legen?")
T16.add(fink, at(2025, 2, 6, 17, 20), f"Hallo Herr Schäfer,\n\nSpanner sind jetzt von unten angestellt, Kollisionsprüfung mit dem Roboter-Modell ist sauber. "
        f"Neuer Stand hier:\n{wt()}\n\nÄnderungen sind in der Zeichnung gelb markiert.", GH, "G20", "KB Fink: second WeTransfer link after a design change")
T16.add(me, at(2025, 2, 7, 10, 5), "Hallo Herr Fink,\n\ndanke, wir geben den Stand frei. Bitte die Fertigungszeichnungen bis 21.02.")
ics_t0 = at(2025, 2, 13, 14, 0)
ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Open-Xchange//7.10.6-Rev72//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
       f"DTSTART:{ics_t0.astimezone(UTC):%Y%m%dT%H%M%SZ}\r\nDTEND:{(ics_t0 + datetime.timedelta(minutes=45)).astimezone(UTC):%Y%m%dT%H%M%SZ}\r\n"
       f"UID:{ruuid()}\r\nSUMMARY:Abstimmung Fertigungszeichnungen V-88\r\nDESCRIPTION:Bitte vorab die Fertigungszeichnungen ansehen:\\n"
       "https://kfz-werkstatt-lutz.example/wp-includes/css/V-88_Fertigungszeichnungen.zip\\n\r\n"
       f"ORGANIZER;CN=Tobias Fink:mailto:{fink.email}\r\nATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:{me.email}\r\n"
       f"DTSTAMP:{at(2025, 2, 11, 6, 40).astimezone(UTC):%Y%m%dT%H%M%SZ}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
T16.add(fink, at(2025, 2, 11, 6, 41), "Hallo Herr Schäfer,\n\nanbei eine Einladung zur Abstimmung. Die Zeichnungen liegen im Termin verlinkt.\n\nGruß\nT. Fink",
        HJ("account-takeover"), "H08", "KB Fink account takeover: IONOS webmail (Open-Xchange) instead of Apple Mail, .ics whose DESCRIPTION links a zip on a hacked site",
        sig=False, client="ox", infra="ionos_fink_ox", atts=[("invite.ics", ics.encode(), "text/calendar; method=REQUEST; charset=UTF-8")])

# ================================================================ T17 Reutter (GMX webmail): electrical work hall 3; H09 hijacked GMX via Android app
T17 = Th("Elektroinstallation Halle 3 – Angebot Beleuchtung und Steckdosen", reutter)
T17.add(me, at(2024, 10, 7, 10, 20), "Hallo Herr Reutter,\n\nfür die Erweiterung der Halle 3 brauchen wir 12 LED-Hallenstrahler und vier CEE-Steckdosenverteiler "
        "(32 A). Können Sie sich das vor Ort anschauen und uns ein Angebot machen?")
rec_old = None
T17.add(reutter, at(2024, 10, 7, 19, 45), "Hallo Herr Schäfer,\n\nkann am Donnerstag um 7 Uhr vorbeikommen, dann ist in der Halle noch nicht so viel los. "
        "Bitte am Tor Bescheid geben.", GR, "G21", "Reutter (craftsman, private GMX webmail, html-only): plain reply")
rec_old = T17.last
T17.add(me, at(2024, 10, 8, 7, 30), "Hallo Herr Reutter,\n\nDonnerstag 7 Uhr passt, der Pförtner weiß Bescheid.")
T17.add(reutter, at(2024, 10, 14, 20, 10), "Hallo Herr Schäfer,\n\nanbei mein Angebot. Die Strahler hab ich mit 150 W gerechnet, das reicht bei 7 m Hallenhöhe.",
        atts=[("Angebot_2024-118_Hessler.pdf", pdf(["Elektro Reutter", "Angebot 2024-118", "12x LED-Hallenstrahler 150 W", "4x CEE-Verteiler 32 A", "Summe 9.870,00 EUR netto"],
                                                  producer="Microsoft® Word 2016"), "application/pdf")])
T17.add(me, at(2024, 10, 15, 9, 12), "Hallo Herr Reutter,\n\nwir beauftragen Sie wie angeboten. Ausführung bitte in den Herbstferien, KW 44.")
T17.add(reutter, at(2024, 10, 15, 18, 3), "Passt, KW 44 ist eingeplant.")
T17.add(Pt("Klaus Reutter", "klaus.reutter@gmx.de", "gmx_android", "gmx_android"), at(2025, 3, 17, 4, 58),
        "Hallo,\n\nhier die Unterlagen wie besprochen, bitte anschauen:\nhttps://reisebuero-sonnenschein.example/files/Unterlagen_Halle3.zip\n\nGruß K. Reutter",
        HJ("account-takeover"), "H09", "Reutter's GMX account hijacked: GMX Android app instead of webmail, 04:58, answers a five-month-old message, zip link",
        sig=False, refs=T17.refs[:3], quote_rec=T17.recs[2])

# ================================================================ T18 Kübler (T-Online webmail / iPhone): railing for the shipping area
T18 = Th("Geländer Versandrampe – Aufmaß und Ausführung", kuebler)
T18.add(me, at(2025, 1, 22, 15, 0), "Hallo Herr Kübler,\n\nan der Versandrampe 2 muss ein Geländer mit Knieleiste nachgerüstet werden, Länge ca. 9 m, "
        "feuerverzinkt. Können Sie zum Aufmaß vorbeikommen?")
T18.add(kuebler, at(2025, 1, 23, 12, 31), "Hallo Herr Schäfer,\n\nich komm am Montag gegen 16 Uhr, vorher bin ich auf einer Baustelle in Bad Urach.",
        GR, "G23", "Kübler (craftsman, T-Online webmail, ISO-8859-15): plain reply")
T18.add(me, at(2025, 1, 23, 13, 5), "Hallo Herr Kübler,\n\nMontag 16 Uhr ist gut, fragen Sie in der Halle nach Herrn Maier vom Versand.")
T18.add(kuebler, at(2025, 1, 29, 11, 40), "Hallo Herr Schäfer,\n\nAngebot fürs Geländer im Anhang, Handlauf Rundrohr 42,4 und Knieleiste Flachstahl, "
        "Pfosten aufgedübelt. Verzinken macht die Firma in Reutlingen, dauert ca. 2 Wochen.",
        atts=[("Angebot_Gelaender_Hessler.pdf", pdf(["Schlosserei Kübler", "Angebot Nr. 25-007", "Geländer 9 m feuerverzinkt", "3.640,00 EUR netto"],
                                                   producer="Lexware Handwerk"), "application/pdf")])
T18.add(me, at(2025, 2, 3, 9, 20), "Hallo Herr Kübler,\n\ndanke, Sie bekommen den Auftrag. Montage bitte an einem Samstag, damit der Versand nicht blockiert ist. "
        "Geht der 22.02.?")
T18.add(kuebler, at(2025, 2, 3, 22, 31), "Hallo Herr Schäfer, 22. geht klar, fangen um 7 an. Gruß Kübler\n\nVon meinem iPhone gesendet",
        GH, "G22", "Kübler: reply at 22:31 from his iPhone ('Von meinem iPhone gesendet'), different client and Received path than his webmail",
        sig=False, client="iphone", infra="tonline_iphone")

# ================================================================ T19 Seitz: SAP order confirmations (no In-Reply-To)
def sap_ab(po, ab, t, pos, label=None, sid=None, desc=None, note=""):
    txt = (f"Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Auftragsbestätigung {ab} zu Ihrer Bestellung {po}.\n{note}\n"
           "Bitte prüfen Sie die Auftragsbestätigung und teilen Sie uns Abweichungen innerhalb von 3 Werktagen mit.\n\n"
           "Diese E-Mail wurde automatisch erstellt. Antworten an diese Adresse werden nicht gelesen; bitte wenden Sie sich an Ihren Ansprechpartner "
           "im Vertrieb.\n\nSeitz Hydraulik GmbH · Boschstraße 3 · 73240 Wendlingen · Amtsgericht Stuttgart HRB 555778 · GF: Dipl.-Ing. Rainer Seitz")
    lines = ["Seitz Hydraulik GmbH", f"Auftragsbestätigung {ab}", f"Ihre Bestellung {po}"] + pos
    return emit(seitz_sap, t, [("Hessler Maschinenbau GmbH Einkauf", f"einkauf@{OWN}"), (me.name, me.email)], f"AB {po}", txt,
                atts=[(f"AB_{ab}.pdf", pdf(lines, producer="SAP NetWeaver", when=t.strftime("%Y%m%d%H%M%S")), "application/pdf")],
                label=label, sid=sid, desc=desc, extra=[("Reply-To", f"vertrieb@seitz-hydraulik.example")])
sap_ab("4500116210", "0010442871", at(2024, 9, 12, 6, 2), ["Pos. 10 Hydraulikzylinder HZ 50/28-200, 6 Stk", "Liefertermin KW 41/2024"])
sap_ab("4500117388", "0010447104", at(2024, 11, 20, 6, 1), ["Pos. 10 Druckspeicher 4 l, 10 Stk", "Pos. 20 Rückschlagventil RV-10, 20 Stk", "Liefertermin KW 49/2024"])
sap_ab("4500118341", "0010451920", at(2025, 1, 9, 6, 3), ["Pos. 10 Hydraulikzylinder HZ 63/36-320, 4 Stk", "Liefertermin KW 6/2025"])
sap_ab("4500119302", "0010455617", at(2025, 2, 25, 6, 2), ["Pos. 10 Hydraulikzylinder HZ 50/28-200, 12 Stk", "Pos. 20 Dichtsatz DS-50, 12 Stk", "Liefertermin KW 12/2025"],
       GO, "G24", "Seitz SAP order confirmation 'AB 4500...' with PDF, no In-Reply-To (like the earlier ones)")
sap_ab("4500119302", "0010455617", at(2025, 3, 7, 6, 4), ["Pos. 10 Hydraulikzylinder HZ 50/28-200, 12 Stk", "Pos. 20 Dichtsatz DS-50, 12 Stk",
                                                           "GEÄNDERT: Liefertermin KW 14/2025"],
       GH, "G25", "Seitz SAP change confirmation for the same PO (delivery date moved), same subject, no In-Reply-To",
       note="\nÄnderung: Der Liefertermin für Position 10 hat sich geändert (siehe Anlage).\n")

# ================================================================ T20 Seitz sales: hydraulic power unit down payment; H10 .com look-alike
T20 = Th("Hydraulikaggregat HA-7 für Presse PR-12 – Anzahlungsrechnung", lorenz)
T20.add(lorenz, at(2025, 3, 3, 14, 20), "Sehr geehrter Herr Schäfer,\n\nfür das Aggregat HA-7 (Bestellung 4500119377) erhalten Sie anbei die vereinbarte "
        "Anzahlungsrechnung über 30 %. Die Fertigung startet nach Zahlungseingang, Auslieferung voraussichtlich KW 18.",
        atts=[("AZ-Rechnung_9100032215.pdf", pdf(["Seitz Hydraulik GmbH", "Anzahlungsrechnung 9100032215", "30 % von 41.800,00 EUR", "12.540,00 EUR netto",
                                                 "Kreissparkasse Esslingen-Nürtingen, IBAN DE12 6115 0020 0101 5557 44"], producer="SAP NetWeaver"), "application/pdf")])
T20.add(me, at(2025, 3, 4, 10, 11), "Sehr geehrter Herr Lorenz,\n\ndie Anzahlungsrechnung ist eingegangen. Bitte senden Sie uns noch die Anzahlungsbürgschaft "
        "gemäß Bestellung, erst danach kann unsere Buchhaltung zahlen.")
T20.add(lorenz, at(2025, 3, 5, 8, 54), "Sehr geehrter Herr Schäfer,\n\ndie Bürgschaft der Kreissparkasse geht Ihnen im Original per Post zu, "
        "eine Kopie hänge ich an.", GR, "G26", "Seitz sales (M365): reply with guarantee copy",
        atts=[("Anzahlungsbuergschaft_HA-7_Kopie.pdf", pdf(["Kreissparkasse Esslingen-Nürtingen", "Anzahlungsbürgschaft Nr. 2025-0412", "12.540,00 EUR"]), "application/pdf")])
T20.add(me, at(2025, 3, 5, 9, 30), "Danke, Herr Lorenz. Sobald das Original da ist, geben wir die Zahlung frei.")
T20.add(Pt("Michael Lorenz", "m.lorenz@seitz-hydraulik.com", "outlook_smtp", "lk_com", disp="Lorenz, Michael", sig=lorenz.sig), at(2025, 3, 10, 9, 48),
        "Sehr geehrter Herr Schäfer,\n\ndas Original der Bürgschaft ist heute bei Ihnen eingegangen (Sendungsverfolgung). Aufgrund einer Umstellung im "
        "Zahlungsverkehr bitten wir, die Anzahlung ausnahmsweise auf unser Projektkonto zu überweisen:\n\nEmpfänger: Seitz Hydraulik GmbH\n"
        "IBAN: DE89 1001 1001 2629 4517 83\nBIC: NTSBDEB1XXX\n\nDie Rechnung mit dem geänderten Konto lasse ich Ihnen separat zukommen. Kurze Bestätigung genügt.",
        HJ("lookalike-domain"), "H10", "Payment diversion from seitz-hydraulik.com (TLD swap of seitz-hydraulik.example), Outlook via own SMTP, quotes the thread",
        env="m.lorenz@seitz-hydraulik.com")

# ================================================================ T21 Mahler Formenbau (Thunderbird on hosted Postfix): mould acceptance; H11 'rn' look-alike
T21 = Th("Spritzgusswerkzeug Abdeckkappe AK-30 – Bemusterung und Abnahme", mahler)
T21.add(mahler, at(2025, 2, 25, 16, 5), "Hallo Herr Schäfer,\n\ndie Erstbemusterung des Werkzeugs AK-30 war erfolgreich, 50 Musterteile gehen morgen an Sie. "
        "Den Messbericht mit allen 38 Merkmalen hänge ich an. Merkmal 17 (Wanddicke) liegt an der oberen Toleranzgrenze.",
        atts=[("EMPB_AK-30.pdf", pdf(["Mahler Formenbau GmbH", "Erstmusterprüfbericht AK-30", "38 Merkmale, Merkmal 17: 2,48 mm (2,3-2,5)"]), "application/pdf")])
T21.add(me, at(2025, 2, 27, 10, 40), "Hallo Frau Mahler,\n\ndie Muster sind da. Unsere QS gibt die Teile frei, bittet aber um eine Korrektur an Merkmal 17 "
        "Richtung Toleranzmitte bei der nächsten Wartung.")
T21.add(mahler, at(2025, 2, 27, 15, 12), "Hallo Herr Schäfer,\n\nmachen wir, das ist ein Schliff am Kern von 0,05 mm. Dann stelle ich Ihnen die "
        "Schlussrate (40 %) nach der Abnahme in Rechnung. Passt Ihnen die Werkzeugabnahme am 6. März bei uns in Pliezhausen?", GR, "G27",
        "Mahler (Thunderbird/Linux on hosted Postfix): acceptance reply")
T21.add(me, at(2025, 2, 28, 8, 5), "Hallo Frau Mahler,\n\n6. März, 10 Uhr, kommen Herr Ott und ich vorbei.")
T21.add(mahler, at(2025, 3, 6, 17, 30), "Hallo Herr Schäfer,\n\ndanke für den Besuch heute. Das Abnahmeprotokoll und die Schlussrechnung 2025-044 im Anhang.",
        atts=[("Abnahmeprotokoll_AK-30.pdf", pdf(["Werkzeugabnahme AK-30", "06.03.2025, Pliezhausen", "abgenommen ohne Mängel"]), "application/pdf"),
              ("Rechnung_2025-044.pdf", pdf(["Mahler Formenbau GmbH", "Rechnung 2025-044", "Schlussrate Werkzeug AK-30", "11.760,00 EUR netto",
                                             "Volksbank Ermstal-Alb IBAN DE55 6406 1854 0012 3450 07"]), "application/pdf")])
rn = "rnahler-formenbau.example"
T21.add(Pt("Jana Mahler", f"j.mahler@{rn}", "tb_win", "lk_rn", sig=mahler.sig), at(2025, 3, 11, 13, 2),
        "Hallo Herr Schäfer,\n\nkleine Korrektur zur Schlussrechnung 2025-044: Auf der Rechnung steht noch unsere alte Volksbank-Verbindung. "
        "Bitte überweisen Sie an unser neues Konto bei der Commerzbank:\nIBAN DE71 6004 0071 0520 8816 00\n\nDie korrigierte Rechnung reiche ich nach. "
        "Danke Ihnen!", HJ("lookalike-domain"), "H11", "Payment diversion from rnahler-formenbau.example ('rn' for 'm'), Thunderbird on Windows, quotes the thread",
        env=f"j.mahler@{rn}")

# ================================================================ T22 Ebner: framework contract, dormant a year, revived
T22 = Th("Rahmenvertrag Normteile 2024 – Preisgleitklausel Edelstahl", ebner)
T22.add(me, at(2024, 2, 19, 10, 0), "Sehr geehrter Herr Ebner,\n\nim Entwurf des Rahmenvertrags fehlt noch die Preisgleitklausel für die Edelstahl-Normteile "
        "(A2/A4). Wir schlagen eine Koppelung an den Legierungszuschlag vor, Anpassung halbjährlich.")
T22.add(ebner, at(2024, 2, 21, 9, 30), "Sehr geehrter Herr Schäfer,\n\neinverstanden mit der halbjährlichen Anpassung, allerdings erst ab einer Änderung "
        "des Legierungszuschlags um mehr als 5 %. Ich schicke Ihnen den überarbeiteten Vertrag.",
        atts=[("Rahmenvertrag_Normteile_2024_v3.pdf", pdf(["Rahmenvertrag Normteile 2024", "Ebner Befestigungstechnik / Hessler Maschinenbau", "§ 6 Preisgleitklausel"]), "application/pdf")])
T22.add(me, at(2024, 2, 22, 14, 10), "Sehr geehrter Herr Ebner,\n\nso können wir unterschreiben. Das Original geht mit der Unterschrift unserer Geschäftsführung zurück.")
T22.add(ebner, at(2024, 3, 4, 11, 15), "Sehr geehrter Herr Schäfer,\n\ndas unterschriebene Exemplar ist angekommen, vielen Dank für die gute Zusammenarbeit.")
T22.add(ebner, at(2025, 3, 3, 10, 42), "Sehr geehrter Herr Schäfer,\n\nich greife diesen alten Faden auf, weil die Laufzeit unseres Rahmenvertrags am 31. März "
        "endet. Der Legierungszuschlag ist seit der letzten Anpassung um 7 % gefallen, wir würden die Edelstahlpreise daher zum 1. April senken "
        "und den Vertrag gern um ein Jahr zu sonst gleichen Bedingungen verlängern. Sollen wir einen Termin dafür machen?", GH, "G28",
        "Ebner (M365): framework-contract thread revived after a year")
T22.add(me, at(2025, 3, 4, 9, 5), "Sehr geehrter Herr Ebner,\n\ngern, passt Ihnen der 12. März um 14 Uhr per Teams?")

# ================================================================ T23 Ebner: call-off; H12 Reply-To diversion from the hijacked M365 account
T23 = Th("Lieferabruf März 2025 – Schrauben und Muttern", ebner)
T23.add(me, at(2025, 3, 10, 8, 30), "Sehr geehrter Herr Ebner,\n\nanbei unser Lieferabruf für März gemäß Rahmenvertrag. Bitte liefern Sie in KLT-Behältern "
        "wie gehabt und bestätigen Sie den Termin.",
        atts=[("Lieferabruf_2025-03.pdf", pdf(["Hessler Maschinenbau - Lieferabruf 03/2025", "ISO 4762 M8x30 8.8 verz., 4.000 Stk", "ISO 4032 M8 8 verz., 6.000 Stk"]), "application/pdf")])
T23.add(ebner, at(2025, 3, 10, 14, 18), "Sehr geehrter Herr Schäfer,\n\nder Abruf ist eingeplant, Lieferung am 17.03. per Stückgut.", GR, "G29", "Ebner: call-off confirmation")
T23.add(me, at(2025, 3, 10, 14, 40), "Danke, Herr Ebner.")
T23.add(ebner, at(2025, 3, 19, 19, 4), "Sehr geehrter Herr Schäfer,\n\nfür den Abgleich unserer Debitorenbuchhaltung benötigen wir eine aktuelle Liste Ihrer "
        "offenen Posten und die Bankverbindung, von der aus Sie zahlen. Bitte antworten Sie direkt auf diese Mail, die Antwort geht an unsere "
        "Buchhaltung.", HJ("account-takeover"), "H12",
        "Ebner account takeover: from the real M365 mailbox, Reply-To diverted to a freemail address, asks for open items and bank data",
        reply_to="Thomas Ebner <ebner.buchhaltung@outlook.de>")

# ================================================================ T24 Vollmer (customer): special machine order, purchaser retires, successor
T24 = Th("Bestellung Sondermaschine Kartonaufrichter KA-2 – Lastenheft Rev. 2", sommer)
T24.add(sommer, at(2025, 1, 13, 10, 10), "Sehr geehrter Herr Schäfer,\n\nanbei das überarbeitete Lastenheft Rev. 2 für den Kartonaufrichter KA-2. Geändert "
        "haben sich die Taktzahl (jetzt 18 Kartons/min) und die Schnittstelle zur Linienleitstelle (OPC UA statt Profinet-Handshake).",
        atts=[("Lastenheft_KA-2_Rev2.pdf", pdf(["Vollmer Verpackungssysteme AG", "Lastenheft Kartonaufrichter KA-2 Rev. 2", "Taktzahl 18/min", "OPC UA"]), "application/pdf")])
T24.add(me, at(2025, 1, 14, 9, 0), "Sehr geehrter Herr Sommer,\n\nvielen Dank. Unsere Konstruktion prüft die höhere Taktzahl, eine Rückmeldung zum "
        "Preiseinfluss bekommen Sie bis Ende nächster Woche.")
T24.add(sommer, at(2025, 1, 27, 15, 2), "Sehr geehrter Herr Schäfer,\n\nnoch eine persönliche Mitteilung: Ich gehe Ende Februar in den Ruhestand. Meine "
        "Nachfolgerin Frau Lisa Kaya ist bereits eingearbeitet und übernimmt das Projekt KA-2 ab 1. Februar; ich nehme sie hier in Kopie. Es war "
        "mir eine Freude, mit Ihnen zu arbeiten.", GR, "G30", "Vollmer (customer, M365): purchaser announces retirement and his successor",
        cc=[(kaya.disp, kaya.email)])
T24.add(me, at(2025, 1, 28, 8, 40), "Sehr geehrter Herr Sommer,\n\nalles Gute für den Ruhestand und herzlichen Dank für die vielen Jahre! "
        "Frau Kaya, auf gute Zusammenarbeit. Die Preisauswirkung der Rev. 2 liegt bei +4,2 %, das Angebot folgt.",
        cc=[(kaya.disp, kaya.email)])
T24.add(kaya, at(2025, 2, 4, 11, 26), "Sehr geehrter Herr Schäfer,\n\nvielen Dank für die freundliche Aufnahme. Ich habe das Projekt von Herrn Sommer "
        "übernommen. Können Sie mir das Nachtragsangebot für die Rev. 2 bis Freitag schicken? Dann kann ich es noch in die Investitionsrunde geben.",
        GH, "G31", "Vollmer: the announced successor writes for the first time (new sender, same tenant)")
T24.add(me, at(2025, 2, 5, 16, 12), "Sehr geehrte Frau Kaya,\n\nanbei das Nachtragsangebot NA-25-007 zur Rev. 2.", to=[(kaya.disp, kaya.email)],
        atts=[("NA-25-007_Vollmer_KA-2.pdf", pdf(["Hessler Maschinenbau GmbH", "Nachtragsangebot NA-25-007", "KA-2 Lastenheft Rev. 2", "+ 18.900,00 EUR"]), "application/pdf")])

# ================================================================ T25 Vollmer: quality agreement via DocuSign
T25 = Th("Qualitätssicherungsvereinbarung 2025", kaya)
T25.add(kaya, at(2025, 3, 11, 9, 40), "Sehr geehrter Herr Schäfer,\n\nwir erneuern mit allen Lieferanten von Sondermaschinen die QSV. Den Vertragstext "
        "habe ich angehängt; unterschrieben wird digital über DocuSign, die Einladung kommt in den nächsten Tagen an Sie.",
        atts=[("QSV_Vollmer_2025_Entwurf.pdf", pdf(["Vollmer Verpackungssysteme AG", "Qualitätssicherungsvereinbarung 2025", "Entwurf"]), "application/pdf")])
T25.add(me, at(2025, 3, 11, 13, 22), "Sehr geehrte Frau Kaya,\n\ndanke, ich gebe den Entwurf an unsere QS-Leitung. Unterschreiben wird Frau Renz aus der Geschäftsführung, "
        "die DocuSign-Einladung kann aber an mich gehen.", to=[(kaya.disp, kaya.email)])
ds = Pt("Lisa Kaya über DocuSign", "dse@eumail.docusign.net", "docusign", "docusign")
T25.add(ds, at(2025, 3, 13, 14, 5), (f"Lisa Kaya hat Ihnen ein Dokument zum Prüfen und Unterschreiben gesendet.\n\nDOKUMENT ÜBERPRÜFEN\n"
        f"https://eu.docusign.net/Signing/EmailStart.aspx?a={ruuid()}&etti=24&acct={ruuid()}&er={ruuid()}\n\nLisa Kaya\n{kaya.email}\n\n"
        "Sehr geehrter Herr Schäfer, wie angekündigt die QSV 2025 zur Unterschrift durch Ihre Geschäftsführung.\n\n"
        "Diese E-Mail nicht weiterleiten: Diese E-Mail enthält einen sicheren Link zu DocuSign. Bitte geben Sie den Zugangscode nicht an andere weiter.\n\n"
        f"Alternative Signiermethode: Besuchen Sie docusign.com, klicken Sie auf 'Auf Dokumente zugreifen' und geben Sie den Sicherheitscode ein: {HX(32)}2\n\n"
        "Über DocuSign: Unterschreiben Sie Dokumente elektronisch in wenigen Minuten. https://www.docusign.com"),
        GH, "G32", "Vollmer: DocuSign envelope for the quality agreement (docusign.net, Reply-To customer), announced in the thread",
        sig=False, quote=False, subj="Bitte mit DocuSign unterschreiben: QSV_Vollmer_2025.pdf", refs=[], irt=None, keep=False,
        reply_to=f"Lisa Kaya <{kaya.email}>", extra=[("X-DocuSign-Envelope-Id", ruuid().upper())])

# ================================================================ T26 Steuerkanzlei Brandl: missing incoming invoices; H13 fake DATEV login (HTML)
T26 = Th("Fehlende Eingangsrechnungen Q4/2024 für den Jahresabschluss", brandl)
T26.add(brandl, at(2025, 2, 10, 10, 5), "Sehr geehrter Herr Schäfer,\n\nFrau Herrmann hat mich an Sie verwiesen: Für den Jahresabschluss fehlen uns noch drei "
        "Eingangsrechnungen aus dem Einkauf (Kessler AN-24-1930, Härterei Göbel 24-3318, Kübler 24-112). Können Sie die Belege beschaffen?")
T26.add(me, at(2025, 2, 11, 11, 30), "Sehr geehrte Frau Brandl,\n\nKessler und Göbel habe ich gefunden und angehängt. Herrn Kübler habe ich angerufen, er schickt "
        "die Rechnung diese Woche neu.",
        atts=[("Kessler_AN-24-1930.pdf", pdf(["Kessler Antriebstechnik", "Rechnung AN-24-1930"]), "application/pdf"),
              ("Goebel_24-3318.pdf", pdf(["Härterei Göbel", "Rechnung 24-3318"]), "application/pdf")])
T26.add(brandl, at(2025, 2, 11, 14, 48), "Sehr geehrter Herr Schäfer,\n\nvielen Dank, beide Belege sind jetzt in DATEV Unternehmen online dem Buchungsstapel "
        "zugeordnet. Frau Herrmann kann sie dort unter\nhttps://duo.datev.de/belege\nauch einsehen. Die Kübler-Rechnung laden Sie bitte direkt dort "
        "hoch, wenn sie kommt.", GH, "G33", "Steuerkanzlei Brandl (Outlook via DATEVnet): reply with a link to DATEV Unternehmen online")
T26.add(me, at(2025, 2, 14, 9, 3), "Sehr geehrte Frau Brandl,\n\ndie Kübler-Rechnung ist hochgeladen. Damit sollten alle Belege komplett sein.")
login_html = ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>DATEV Anmeldung</title><style>body{font-family:Arial;background:#f3f3f3}'
              '.box{width:360px;margin:80px auto;background:#fff;padding:24px;border-top:4px solid #79b51c}</style></head><body><div class="box">'
              '<h2>DATEV Unternehmen online</h2><p>Zur Freigabe der Belege melden Sie sich bitte mit Ihren Zugangsdaten an.</p>'
              '<form method="post" action="https://datev-belegportal-login.example/auth/submit.php"><input type="email" name="u" placeholder="E-Mail-Adresse">'
              '<input type="password" name="p" placeholder="Kennwort"><button type="submit">Anmelden</button></form>'
              '<script>document.forms[0].u.value="' + me.email + '";</script></div></body></html>')
T26.add(brandl, at(2025, 3, 3, 7, 14), "Sehr geehrter Herr Schäfer,\n\nfür den Abschluss sind noch Belege zur Freigabe offen. Bitte öffnen Sie die angehängte "
        "Freigabedatei und melden Sie sich an, damit die Belege übernommen werden können.", HJ("account-takeover"), "H13",
        "Brandl account takeover (same DATEVnet infrastructure): HTML attachment that is a fake DATEV login form",
        atts=[("DATEV_Belegfreigabe_03-2025.html", login_html.encode(), "text/html")])

# ================================================================ T27 VDMW association mailing list
LIST = [("List-Id", "Fachverband Fluidtechnik - Einkauf <ft-einkauf.lists.vdmw.example>"),
        ("List-Unsubscribe", "<https://lists.vdmw.example/mailman/options/ft-einkauf>,\n <mailto:ft-einkauf-request@lists.vdmw.example?subject=unsubscribe>"),
        ("List-Archive", "<https://lists.vdmw.example/pipermail/ft-einkauf/>"), ("List-Post", "<mailto:ft-einkauf@lists.vdmw.example>"),
        ("List-Help", "<mailto:ft-einkauf-request@lists.vdmw.example?subject=help>"), ("Precedence", "list"),
        ("X-BeenThere", "ft-einkauf@lists.vdmw.example"), ("X-Mailman-Version", "2.1.39"),
        ("Errors-To", "ft-einkauf-bounces@lists.vdmw.example"), ("Sender", '"FT-Einkauf" <ft-einkauf-bounces@lists.vdmw.example>')]
FOOT = ("\n\n_______________________________________________\nFT-Einkauf Mailingliste des VDMW Fachverbands Fluidtechnik\n"
        "ft-einkauf@lists.vdmw.example\nAbmelden oder Einstellungen ändern: https://lists.vdmw.example/mailman/listinfo/ft-einkauf")
LADDR = [("Arbeitskreis Einkauf Fluidtechnik", "ft-einkauf@lists.vdmw.example")]
maurer = Pt("Dr. Ingrid Maurer", "ingrid.maurer@vdmw.example", "m365", "list_vdmw", disp="Maurer, Ingrid")
huth = Pt("Ralf Huth", "r.huth@huth-pressen.example", "tb_de", "list_vdmw")
kern = Pt("Sandra Kern", "kern@kern-automation.example", "apple", "list_vdmw")
T27 = Th("[FT-Einkauf] Umfrage Lieferzeiten Hydraulikkomponenten Q1/2025", maurer)
T27.add(maurer, at(2025, 2, 4, 9, 0), "Liebe Mitglieder des Arbeitskreises,\n\nwie in der letzten Sitzung vereinbart starten wir die Quartalsumfrage zu Lieferzeiten "
        "bei Hydraulikkomponenten. Bitte tragen Sie Ihre Erfahrungswerte bis 21. Februar im Mitgliederbereich ein. Die Auswertung erfolgt anonymisiert."
        + FOOT, to=LADDR, extra=LIST, sig=False, tidx=None)
T27.add(huth, at(2025, 2, 4, 13, 22), "Hallo Frau Maurer,\n\nkurze Frage: Sollen Zylinder mit Sonderhub getrennt von Katalogware angegeben werden? Bei uns liegen "
        "dazwischen gut vier Wochen.\n\nGruß\nRalf Huth\nHuth Pressenbau" + FOOT, to=LADDR, extra=LIST, sig=False)
T27.add(maurer, at(2025, 2, 4, 15, 40), "Lieber Herr Huth,\n\nja, bitte getrennt angeben, im Formular gibt es dafür eine eigene Zeile.\n\nViele Grüße\nIngrid Maurer" + FOOT,
        to=LADDR, extra=LIST, sig=False)
T27.add(kern, at(2025, 2, 5, 7, 58), "Guten Morgen zusammen,\n\nwir sehen bei Proportionalventilen aktuell wieder 14 bis 18 Wochen, bei Standard-Wegeventilen "
        "hat es sich auf 6 Wochen eingependelt. Geht es Ihnen ähnlich?\n\nSandra Kern\nKern Automation GmbH" + FOOT, to=LADDR, extra=LIST, sig=False,
        label=GH, sid="G34", desc="VDMW mailing list (Mailman footer, List-Id): a member not seen before answers in the list thread")
T27.add(maurer, at(2025, 3, 3, 8, 30), "Liebe Mitglieder,\n\ndie Auswertung der Lieferzeitumfrage Q1 steht im Mitgliederbereich bereit. Die nächste Sitzung des "
        "Arbeitskreises findet am 15. Mai in Frankfurt statt, die Einladung folgt.\n\nViele Grüße\nIngrid Maurer\nVDMW Fachverband Fluidtechnik" + FOOT,
        GO, "G35", "VDMW list: new announcement from the association, no In-Reply-To", to=LADDR, extra=LIST, sig=False, quote=False,
        subj="[FT-Einkauf] Auswertung Lieferzeitumfrage Q1/2025 und nächste Sitzung", refs=[], irt=None, tidx=None)

# ================================================================ T28 fake thread from a stranger
stranger = Pt("Sandra Vogt", "s.vogt@industriebedarf-vogt.example", "outlook_smtp", "stranger", sig="\n\nMit freundlichen Grüßen\nSandra Vogt\nBuchhaltung\nIndustriebedarf Vogt GmbH")
fake_q = (f"\n\n-----Ursprüngliche Nachricht-----\nVon: Schäfer, Jürgen <{me.email}>\nGesendet: Dienstag, 18. März 2025 10:21\nAn: Sandra Vogt <{stranger.email}>\n"
          "Betreff: Rechnung 2025-0318\n\nHallo Frau Vogt,\n\nbitte senden Sie uns die Rechnung erneut, die Zahlung wird dann sofort angewiesen.\n\nGruß\nJ. Schäfer")
emit(stranger, at(2025, 3, 25, 10, 37), [(me.name, me.email)], "AW: Rechnung 2025-0318",
     "Hallo Herr Schäfer,\n\nwie gewünscht erhalten Sie die Rechnung 2025-0318 erneut. Wir bitten um Ausgleich bis Freitag, da der Betrag bereits "
     "angemahnt wurde. Die Zahlungsdaten finden Sie auf der Rechnung." + stranger.sig + fake_q,
     refs=[f"<000{hx(1)}01db{hx(4)}${hx(8)}${hx(8)}$@{OWN}>"], label=HJ("fake-thread"), sid="H14",
     desc="Stranger's 'AW: Rechnung 2025-0318' with an invented Outlook-style quote of Jürgen (who uses Notes) and an In-Reply-To to no message in the mailbox",
     tidx=base64.b64encode(b"\x01" + rbytes(26)).decode(),
     atts=[("Rechnung_2025-0318.pdf", pdf(["Industriebedarf Vogt GmbH", "Rechnung 2025-0318", "Betrag 8.436,90 EUR", "IBAN DE02 1203 0000 1066 5540 21"]), "application/pdf")])

# ================================================================ T29 internal: accounting asks about cash discount
T29 = Th("Skonto Wagner Präzisionsteile – Rechnung 25-0218", herrmann)
T29.add(me, at(2025, 3, 4, 10, 2), "Hallo Monika,\n\nbei der Wagner-Rechnung 25-0218 dürfen wir 3 % Skonto ziehen, das ist im Rahmenauftrag so vereinbart, auch wenn "
        "es auf der Rechnung fehlt. Bitte entsprechend kürzen.\n\nGruß\nJürgen", sig=False, to=[(herrmann.name, herrmann.email)])
T29.add(herrmann, at(2025, 3, 4, 10, 40), "Hallo Jürgen,\n\ndanke, habe ich so erfasst. Kannst Du mir den Rahmenauftrag noch in die Belegablage legen? "
        "Dann ist das für die Prüfung dokumentiert.", GR, "G36", "Internal colleague on Notes (no Received chain): reply about cash discount",
        to=[(me.name, me.email)])
T29.add(me, at(2025, 3, 4, 11, 5), "Hallo Monika,\n\nliegt jetzt im Ordner Kreditoren/Wagner.\n\nGruß\nJürgen", sig=False, to=[(herrmann.name, herrmann.email)])


# ================================================================ further context threads (keep the correspondents' histories realistic)
def run(th, steps):
    for st in steps:
        who, t, text = st[:3]; kw = st[3] if len(st) > 3 else {}
        th.add(who, t, text, **kw)


run(Th("Chargenprotokoll Härtecharge 25-1140 / Lieferschein 88213", goebel), [
    (goebel, at(2025, 3, 14, 13, 2), "Sehr geehrter Herr Schäfer,\n\ndie 150 Zahnwellen sind gehärtet und gehen heute Nachmittag mit unserem Fahrer zu Ihnen. "
     "Das Chargenprotokoll mit Härteverlauf hängt an.", dict(atts=[("Chargenprotokoll_25-1140.pdf", pdf(["Härterei Göbel", "Charge 25-1140", "CHD 0,91 mm / 60 HRC"]), "application/pdf")])),
    (me, at(2025, 3, 17, 8, 30), "Sehr geehrte Frau Göbel,\n\ndie Wellen sind angekommen. Im Protokoll fehlt die Härte an den abgedeckten Lagersitzen, können Sie die nachreichen?"),
    (goebel, at(2025, 3, 17, 11, 12), "Sehr geehrter Herr Schäfer,\n\ndie Lagersitze wurden stichprobenartig gemessen, 28–31 HRC. Ich ergänze das im Protokoll "
     "und schicke Ihnen die Version 2 bis morgen.", dict(label=GR, sid="G39", desc="Göbel: plain reply about hardness values")),
    (me, at(2025, 3, 17, 11, 40), "Danke, Frau Göbel."),
])
run(Th("Anfrage Schweißtische ST-2000 für Montagelinie 4", dvorak), [
    (me, at(2025, 3, 5, 13, 0), "Sehr geehrter Herr Dvořák,\n\nhätten Sie Kapazität für vier Schweißtische ST-2000 nach unserer Zeichnung? Termin wäre Ende Mai."),
    (dvorak, at(2025, 3, 6, 8, 15, PRG), "Sehr geehrter Herr Schäfer,\n\nEnde Mai ist möglich. Bitte schicken Sie Zeichnungen, wir machen Angebot innerhalb einer Woche."),
    (me, at(2025, 3, 6, 9, 40), "Sehr geehrter Herr Dvořák,\n\nZeichnungssatz anbei, Material S355, Tischplatte plangefräst.",
     dict(atts=[("ST-2000_Zeichnungssatz.pdf", pdf(["Hessler Maschinenbau", "Schweißtisch ST-2000", "S355J2, plangefräst"], producer="SOLIDWORKS 2023"), "application/pdf")])),
    (dvorak, at(2025, 3, 12, 15, 2, PRG), "Sehr geehrter Herr Schäfer,\n\nanbei unser Angebot NAB-25-031. Das Fräsen der Platte machen wir selbst auf dem Portal, "
     "das spart den Transport.", dict(label=GR, sid="G40", desc="Novák: offer reply with PDF",
                                    atts=[("NAB-25-031.pdf", pdf(["Novák strojírny s.r.o.", "Angebot NAB-25-031", "4x ST-2000", "EUR 3.980,00 / Stk"]), "application/pdf")])),
])
run(Th("Anfrage Gleitlagerbuchsen 4711-240 / 4711-241", hoelzle365), [
    (me, at(2025, 3, 19, 10, 15), "Sehr geehrte Frau Hölzle,\n\nbitte bieten Sie uns je 500 Stück der Buchsen 4711-240 und 4711-241 an, Zeichnungen anbei.",
     dict(atts=[("4711-240_241.pdf", pdf(["Gleitlagerbuchsen 4711-240 / -241", "CuSn12"], producer="SOLIDWORKS 2023"), "application/pdf")])),
    (hoelzle365, at(2025, 3, 20, 9, 48), "Sehr geehrter Herr Schäfer,\n\nCuSn12 haben wir derzeit nur in Stangen bis Ø 60 am Lager, die 4711-241 braucht Ø 65. "
     "Dürfen wir alternativ CuSn12-C als Strangguss anbieten?"),
    (me, at(2025, 3, 20, 11, 0), "Sehr geehrte Frau Hölzle,\n\nStrangguss ist in Ordnung, die Konstruktion hat zugestimmt."),
    (hoelzle365, at(2025, 3, 24, 14, 36), "Sehr geehrter Herr Schäfer,\n\ndas Angebot 25-A-0387 liegt bei, Lieferzeit vier Wochen nach Bestellung.",
     dict(label=GR, sid="G41", desc="Wagner (now on M365): plain offer reply in a new thread",
          atts=[("Angebot_25-A-0387.pdf", pdf(["Wagner Präzisionsteile", "Angebot 25-A-0387", "4711-240: 4,85 EUR", "4711-241: 6,10 EUR"]), "application/pdf")])),
])
run(Th("First samples HB-510 / HB-520 – shipment", ferrari), [
    (ferrari, at(2025, 4, 8, 11, 0, ROM), "Dear Mr Schäfer,\n\nthe first samples (5 pcs each) were shipped today with TNT, tracking 6543 2109 8. "
     "The measurement reports are in the box and attached."),
    (me, at(2025, 4, 10, 14, 30), "Dear Ms Ferrari,\n\nthe samples arrived in good condition. Our quality department will report back within two weeks.\n\nBest regards\nJürgen Schäfer", dict(sig=False)),
    (ferrari, at(2025, 4, 10, 15, 5, ROM), "Dear Mr Schäfer,\n\nthank you for the quick feedback, we will keep the pattern ready for series production in the meantime."),
])
run(Th("Stückliste V-88 – Zukaufteile", ott), [
    (ott, at(2025, 2, 21, 9, 10), "Hallo Jürgen,\n\nanbei die Zukaufteil-Liste für die V-88. Kritisch sind die Kniehebelspanner, da haben wir 8 Wochen Lieferzeit.",
     dict(to=[(me.name, me.email)], atts=[("V-88_Zukaufteile.pdf", pdf(["V-88 Zukaufteile", "12x Kniehebelspanner", "4x Zylinder ZS-40"]), "application/pdf")])),
    (me, at(2025, 2, 21, 10, 30), "Hallo Stefan,\n\ndanke, die Spanner bestelle ich heute noch. Passt es, wenn die Zylinder von Seitz kommen?\n\nGruß\nJürgen",
     dict(sig=False, to=[(ott.name, ott.email)])),
    (ott, at(2025, 2, 21, 11, 2), "Ja, passt, gleiche Anschlussmaße.", dict(to=[(me.name, me.email)], label=GR, sid="G42",
                                                                              desc="Internal colleague (Notes): short reply")),
])
run(Th("Modelländerung GH-250 – Verstärkungsrippe", pichler), [
    (me, at(2025, 3, 6, 9, 0), "Sehr geehrter Herr Pichler,\n\nunsere Konstruktion möchte am GH-250 eine zusätzliche Verstärkungsrippe an der Lagerseite. "
     "Was würde die Modelländerung kosten?"),
    (pichler, at(2025, 3, 7, 13, 40, VIE), "Sehr geehrter Herr Schäfer,\n\ndie Rippe lässt sich am bestehenden Modell aufsetzen, Kosten ca. EUR 1.850,–. "
     "Bitte schicken Sie uns das geänderte 3D-Modell."),
    (me, at(2025, 3, 10, 8, 20), "Sehr geehrter Herr Pichler,\n\nModell anbei. Bitte mit der Änderung erst nach dem März-Abruf beginnen.",
     dict(atts=[("GH-250_Rev_D.stp", step("GH-250_Rev_D.stp", 300), "application/octet-stream")])),
    (pichler, at(2025, 3, 10, 16, 5, VIE), "Sehr geehrter Herr Schäfer,\n\nso machen wir es, die Änderung ist für KW 12 eingeplant."),
])
run(Th("Lieferabruf 1 zu Offerte 25-0112", zuercher), [
    (me, at(2025, 2, 12, 10, 0), "Sehr geehrter Herr Zürcher,\n\nhiermit rufen wir die ersten 40 Ventilblöcke VB-12 (hartanodisiert) ab, Bestellung 4500119201."),
    (zuercher, at(2025, 2, 13, 9, 30, ZRH), "Sehr geehrter Herr Schäfer\n\nbesten Dank für den Abruf. Die Lieferung ist auf den 20. März terminiert; die Ware "
     "geht über unseren Spediteur an Kraus in Stuttgart zur Verzollung."),
    (me, at(2025, 2, 13, 10, 12), "Danke, Herr Zürcher. Frau Beck von Kraus ist informiert."),
])
run(Th("Ersatzteile Lagersatz PG-90 für Kundendienst", brenner), [
    (me, at(2024, 12, 2, 11, 0), "Sehr geehrter Herr Brenner,\n\nunser Kundendienst braucht zwei Lagersätze für ein PG-90 aus Baujahr 2017. Sind die noch lieferbar?"),
    (brenner, at(2024, 12, 3, 8, 22), "Sehr geehrter Herr Schäfer,\n\nja, Lagersatz LS-PG90-A ist ab Lager lieferbar, 148,00 EUR je Satz. Soll ich direkt versenden?"),
    (me, at(2024, 12, 3, 9, 0), "Ja bitte, an unseren Kundendienst, Bestellung 4500117702."),
    (brenner, at(2024, 12, 3, 15, 41), "Versendet, Lieferschein anbei.", dict(atts=[("LS_24-88120.pdf", pdf(["Kessler Antriebstechnik", "Lieferschein 24-88120", "2x LS-PG90-A"]), "application/pdf")])),
])
run(Th("Wartung Werkzeug AK-30 nach 50.000 Schuss", mahler), [
    (me, at(2025, 4, 7, 9, 30), "Hallo Frau Mahler,\n\ndas Werkzeug AK-30 hat 50.000 Schuss erreicht. Wann können Sie es zur Wartung und zur Korrektur an Merkmal 17 übernehmen?"),
    (mahler, at(2025, 4, 7, 14, 5), "Hallo Herr Schäfer,\n\nwir holen es am Mittwoch ab, Wartung dauert drei Arbeitstage."),
    (me, at(2025, 4, 7, 14, 30), "Prima, das Werkzeug steht ab Dienstagabend bereit."),
])
run(Th("Service Hydraulikaggregat HA-5 Montagelinie 2", lorenz), [
    (me, at(2024, 10, 21, 13, 0), "Sehr geehrter Herr Lorenz,\n\ndas Aggregat HA-5 an unserer Montagelinie 2 verliert Öl an der Pumpenwelle. Können Sie einen Servicetechniker schicken?"),
    (lorenz, at(2024, 10, 22, 8, 10), "Sehr geehrter Herr Schäfer,\n\nunser Techniker Herr Baur kommt am Donnerstag. Vermutlich ist es der Wellendichtring, den bringt er mit."),
    (me, at(2024, 10, 22, 8, 50), "Danke, Herr Lorenz, ich melde ihn an der Pforte an."),
    (lorenz, at(2024, 10, 25, 16, 2), "Sehr geehrter Herr Schäfer,\n\nanbei der Servicebericht, der Dichtring ist getauscht und die Anlage dicht.",
     dict(atts=[("Servicebericht_SB-24-1877.pdf", pdf(["Seitz Hydraulik Service", "Servicebericht SB-24-1877", "WDR Pumpenwelle getauscht"]), "application/pdf")])),
])
run(Th("Schaltschrank Halle 3 – Prüfprotokoll DGUV V3", reutter), [
    (reutter, at(2024, 11, 8, 19, 20), "Hallo Herr Schäfer,\n\ndie Installation in Halle 3 ist fertig. Das Prüfprotokoll nach DGUV V3 hänge ich an, die Rechnung kommt nächste Woche.",
     dict(atts=[("Pruefprotokoll_Halle3.pdf", pdf(["Elektro Reutter", "Prüfprotokoll DGUV V3", "Halle 3 - ohne Mängel"]), "application/pdf")])),
    (me, at(2024, 11, 11, 8, 40), "Hallo Herr Reutter,\n\nvielen Dank, alles funktioniert. Die Hallenbeleuchtung ist deutlich heller als vorher."),
    (reutter, at(2024, 11, 11, 20, 2), "Freut mich! Rechnung kommt dann per Mail."),
])

# ================================================================ write, in arrival order
pending.sort(key=lambda x: (x[0], x[1]))
labels = ["mailbox\tmessage_id\tlabel\tkind"]
scen = ["file\tscenario\tdescription"]
seen = set()
for i, (t, _, folder, raw, lab, sid, desc, m) in enumerate(pending, 1):
    assert m not in seen, m
    seen.add(m)
    path = f"mailboxes/{MB}/{folder}/{i}.eml"
    with open(f"{root}/{path}", "wb") as f: f.write(raw)
    if lab:
        labels.append(f"{MB}\t{m}\t{lab[0]}\t{lab[1]}")
        scen.append(f"{path}\t{sid}\t{lab[0]}/{lab[1]}: {desc}")
open(f"{root}/labels.tsv", "w", encoding="utf-8").write("\n".join(labels) + "\n")
open(f"{root}/scenarios.tsv", "w", encoding="utf-8").write("\n".join(scen) + "\n")
print(f"{len(pending)} messages, {len(labels) - 1} labelled -> {root}")
