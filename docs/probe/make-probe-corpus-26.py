#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus-26.py OUT_DIR
#
# Probe mailbox "emre": Emre Yılmaz, export sales manager of Sarıkaya Ev Tekstili San. ve Tic. A.Ş., a home-textile manufacturer in
# Denizli, Türkiye (bed linen, towels, bathrobes, throws). Mail: Yandex 360 for business on sarikayatekstil.example; every inbound
# message arrives through mxfront*/mxback*.mail.yandex.net (Authentication-Results of the Yandex front, Received times in +0300).
# Emre writes from the Yandex web client (X-Mailer "Yamail", Message-ID <digits+unixtime@mail.yandex.com>, quote header
# 'dd.mm.yyyy, HH:MM, "Name" <addr>:') and from the Outlook app on Android (EXO-shaped Message-ID AS8P195MB2231..., Turkish Outlook
# quote header, "YNT:", "Android için Outlook'u edinin"). Turkish with domestic suppliers, bank, customs broker, accountant and
# colleagues; English with buyers in the UK, the Netherlands, the US and Israel; German and English with the German buyer; Arabic
# (windows-1256 and UTF-8) from the Saudi distributor. Payments by SWIFT to TR IBANs (check digits are valid) and by letter of credit.
# Sept 2024 - May 2025.
#
# Correspondents, each with a fixed fingerprint (client, Message-ID shape, Received path, DKIM d=/s=, quote style, charset, tz):
#   Harrow & Finch (UK buyer): Charlotte Pike, Tom Ashby - Exchange Online + Outlook desktop en-GB, LO2P265MB5174 ids, d=harrowfinch/selector1, Europe/London
#   Wohnwerk Heimtextilien (DE buyer): Jürgen Albrecht, Sabine Krämer - on-prem Exchange 2019 (WW-EX01.wohnwerk.local, X-Originating-IP 10.42.1.x)
#       behind a Postfix gateway mx01 (d=wohnwerk-heimtex/nsp2022), Outlook de-DE, "AW:", Von/Gesendet quote, Europe/Berlin
#   Van Dijk Agenturen (NL agent): Ruud van Dijk - Google Workspace, Gmail web in Dutch ("Op ... schreef"); from Feb 2025 Apple Mail on a Mac
#   Wonen & Slapen (NL retailer): Marieke de Groot - Exchange Online + Outlook nl-NL
#   Bramble & Oak (US buyer): Jessica Moreno - Google Workspace, Gmail web English, America/New_York
#   Galil Home Textiles (IL buyer): Noa Ben-David - Exchange Online + Outlook en-US, VI1P195MB0642 ids, Asia/Jerusalem
#   Al-Nakheel Home Furnishings (SA distributor): Faisal Al-Qahtani - on-prem Exchange 2016 (NKL-EXCH01, no DKIM), Outlook in Arabic,
#       windows-1256, "رد:", replies without quoting; Mohammed Al-Harbi - same Exchange, English text, Arabic Outlook quote headers
#   Çınar İplik (yarn mill): Serkan Öztürk (sales, also Gmail app at night), Ayşe Çelik (accounting) - Google Workspace, Gmail web Turkish
#   Ak İplik (small yarn mill): Murat Kaya - consumer gmail.com
#   Ege Gümrük Müşavirliği (customs broker): Levent Aydın - cPanel/Exim (srv48.natrohost.example, X-AntiAbuse, esmtpsa from the office IP
#       88.249.7x.x, d=egegumruk/default), Outlook 2016 Turkish, windows-1254, Message-ID <..01db....$..$..$@egegumruk.example>, "YNT:"
#   Gülşen Arslan (mali müşavir / accountant): consumer gmail.com, Gmail web Turkish
#   Pamukkale Ambalaj (cartons): Hatice Şahin, Mehmet Öz - Zimbra hosted at Turkcell Superonline (zmta02.superonline.example, JavaMail.zimbra ids)
#   Marmara Lojistik (forwarder): Burak Yıldız - Exchange Online + Outlook tr-TR ("Kimden/Gönderildi")
#   Pamukkale Bilişim (IT contractor): Onur Tekin - Google Workspace, Gmail web Turkish
#   Meridyen Bank: trade-finance officer Zeynep Aksoy (Exchange Online, Outlook tr-TR) and automated notices (SWIFT in, LC advice, statements)
#   Colleagues on Yandex 360 (Yandex web, internal Received path): Ahmet Sarıkaya (owner), Selin Koç (export operations), Tuba Er
#       (accounting), Kadir Aslan (production planning)
#   Notices: BulutFatura e-invoice integrator (e-Fatura / e-Arşiv), Yandex 360 account notices, DHL Express, Heimtextil (Messe Frankfurt),
#       Tekstil Gündem bulletin, DENİB announcements, the DENİB "ihracatci-forum" Mailman 3 list, SkyAnadolu airline
#
# Threads (31 conversations; a few have a forwarded side branch):
#   T1 Harrow & Finch AW24 programme (Sept-Nov; AP colleague joins); T2 Harrow & Finch SS25 order, shading credit, overpayment -> A1;
#   T4 Wohnwerk Renforcé enquiry (+ forwarded lab report branch, QA colleague joins); T5 Wohnwerk order 4500018832 -> A2 (+ forward to IT);
#   T5o Wohnwerk label photo (orphan O1); T6 Van Dijk Benelux prospects (+ forwarded retailer request); T17 Van Dijk price list 2025 -> A3;
#   T29 Wonen & Slapen test order; T7 Bramble & Oak towel programme -> A8; T8 Galil PO GH-2501 -> A9; T9 Galil throw samples (revived);
#   T10 Al-Nakheel Ramadan order under LC -> A5; T11 Al-Nakheel draft B/L (orphan O2); T27 Meridyen Bank LC advice; T15 Ege Gümrük UK
#   shipment; T16 Ege Gümrük Jeddah / Savannah shipments -> A10; T12 Çınar yarn orders; T13 Çınar reconciliation -> A6 (+ colleague's
#   warning forward); T14 Ak İplik quote; T18 payslips from the accountant -> A11; T19 export VAT refund (+ forwarded tax-office notice);
#   T20 Pamukkale Ambalaj cartons and bank change; T21 Marmara freight -> A14; T22 IT contractor -> A12; T23 internal Heimtextil -> A13;
#   T24 internal shipment plan -> A16; TI1 internal samples; TI2 internal production plan; TI3 internal collections;
#   L1-L3 DENİB list threads (freight rates, LkSG questionnaires, EUR.1 delays). Stand-alone: A4, A7, A15, bank / e-invoice / Yandex /
#   DHL / airline notices and newsletters.
#
# Hijacks (16):
#   A1  T2  account-takeover   UK buyer's M365 account via SMTP AUTH from a VPS with Thunderbird, Date -0400 (04:12 UK): refund of the USD 684
#                              overpayment to a Lithuanian "secondary account" + "confirm proforma PI-25-0091 in our supplier portal" (unknown domain);
#                              the quoted reply is altered ("to the account you advise")
#   A2  T5  server-hijack      German buyer's own Exchange 2019 (same path, ids, DKIM, LAN originating IP): formal German "Bestellung" .docm with an
#                              "enable content" note, faithful quote, no signature
#   A3  T17 display-name-spoof "Ruud van Dijk" <ruud.vandijk.agentur@gmail.com>: urgent updated price list, WeTransfer look-alike link; faithful quote
#                              but in Gmail's English quote format
#   A4  --  fake-thread        "DHL Express Gümrük Birimi" stranger, Turkish "YNT: İthalat Gönderisi ... Gümrük Vergisi": fabricated quote of Emre,
#                              unknown In-Reply-To, customs-duty payment link + .ics appointment with the same link
#   A5  T10 account-takeover   Saudi distributor's Exchange account through OWA from a foreign IP at 02:14 (UTF-8, quotes, unlike his Outlook):
#                              Arabic "Eid order", password-protected RAR (.pdf.scr inside), password in the text
#   A6  T13 lookalike-domain   Çınar's accountant at clnariplik.example: long Turkish bank-change letter, new TR IBAN, "the manager is abroad";
#                              quote of the reconciliation thread with one planted sentence; no payload
#   A7  --  display-name-spoof "BulutFatura" from efat-bildirim-merkezi.example replying to a real e-invoice notification: "your objection",
#                              HTML attachment with a password form
#   A8  T7  server-hijack      US buyer's own Google Workspace via Gmail web (identical headers): long context-aware e-signature request, Google
#                              Drawings link on docs.google.com, 03:38 New York time
#   A9  T8  server-hijack      Israeli buyer's own Exchange Online tenant: generic voicemail notice, .svg "player" linking to an unknown domain, no quote
#   A10 T16 server-hijack      customs broker's own cPanel mailbox from the office IP (same Exim path, Outlook 16, windows-1254): ZIP with a
#                              .pdf.lnk shortcut, faithful quote
#   A11 T18 server-hijack      accountant's own Gmail: payroll lure, unprotected PDF with an "e-Bordro" login link, no signature
#   A12 T22 account-takeover   IT contractor's Google Workspace account with Outlook over smtp.gmail.com from a foreign IP, Sunday 02:10, Date +0500:
#                              English "security update" in a Turkish thread, Dropbox link to a ZIP with a disk image, no quote
#   A13 T23 display-name-spoof "Ahmet Sarıkaya" (the owner) from outlook.com in the internal fair thread: gift cards, no link or attachment, Cc dropped
#   A14 T21 lookalike-domain   forwarder's rep at marmaralojisitk.example: freight invoice PDF with a new USD IBAN and a demurrage deadline, Outlook TR quote
#   A15 --  fake-thread        "Trade Services | Documentary Credits" on an unrelated compromised domain: "RE: LC discrepancy" for a non-existent LC,
#                              fabricated quote of Emre, OneNote attachment
#   A16 T24 account-takeover   colleague Selin's Yandex 360 account over SMTP from a foreign IP by a script (Python-style Message-ID, no X-Mailer),
#                              06:05: 2FA/MFA lure with a fake Yandex link, Yandex-format quote copied from the thread
#
# Genuine hard cases (33):
#   G1  T6  agent's real wetransfer.com link with showroom photos          G2  T4  buyer forwards (WG:) the lab report PDF, introduces QA colleague
#   G3  T4  that QA colleague writes to the thread herself                 G4  T2  buyer's Exchange Online out-of-office automatic reply
#   G5  T1  buyer's new AP colleague's first mail: remittance advice PDF    G6  T20 supplier's real bank-change letter PDF, "verify by phone" (verified in Sent)
#   G7  T20 first supplier invoice with the new, verified IBAN              G8  T10 Saudi distributor from his iPhone while travelling (UTF-8, Apple quote)
#   G9  T7  US buyer shares a real drive.google.com artwork folder          G10 T12 yarn-mill manager answers at 23:47 from the Gmail app
#   G11 T8  buyer announces a new mobile number, signature changes          G12 T9  sample thread revived after 5 months for a re-quote
#   G13 T15 customs broker sends requested scans as one ZIP of PDFs         G14 T18 accountant's password-protected payslip PDF (password agreed earlier)
#   G15 T19 accountant forwards (Fwd:) a tax-office notice                  G16 --  integrator's "new e-invoice received" notification
#   G17 --  bank's incoming-SWIFT notification                              G18 --  bank's export-LC advice with the MT700 PDF
#   G19 L1  member's reply on the DENİB Mailman list (footer, list headers) G20 L2  list reply with a PDF template attached
#   G21 --  genuine DHL Express delivery notification                       G22 T4  German buyer switches to German in an English thread
#   G23 T6  agent forwards (Fwd:) a Dutch retailer's request with .xlsx     G24 T10 Saudi distributor sends the draft LC PDF (Arabic text)
#   G25 T2  UK buyer's real follow-up after the takeover (bank details, portal mentioned)
#   G26 T8  buyer attaches a real Teams meeting .ics for a QC call          G27 T16 customs broker's cPanel holiday autoresponder (Exim id, no client headers)
#   G28 T17 agent's first mail from Apple Mail on a new Mac                 G29 --  Yandex 360 "new app sign-in" security notice
#   G30 --  integrator e-mails an e-Arşiv invoice as ZIP (PDF + UBL XML)    G31 T5  German buyer's changed order as .xlsx
#   G32 T22 IT contractor sends driver and remote-support download links    G33 T24 colleague answers at 22:41 from her iPhone over IMAP/SMTP
# Genuine orphans (2): O1 T5o German QA colleague replies to an internal Wohnwerk forward (not in the mailbox) and copies Emre;
#   O2 T11 Saudi logistics coordinator replies to a draft B/L that Selin sent from her own mailbox, copying Emre.
# Plain genuine replies: every other partner or colleague reply in the threads (genuine-reply).
#
# Output: 328 messages (223 INBOX, 105 Sent); 140 labelled = 16 hijacks (account-takeover 4, server-hijack 5, display-name-spoof 3,
# lookalike-domain 2, fake-thread 2) + 33 genuine-hard + 2 genuine-orphan + 89 genuine-reply. Writes OUT_DIR/labels.tsv,
# OUT_DIR/scenarios.tsv (file, scenario, description for every labelled message) and OUT_DIR/mailboxes/emre/{INBOX,Sent}/N.eml numbered
# 1..n in arrival order across both folders (raw RFC 5322, CRLF). Only test messages are labelled; the rest is context history.
# Deterministic (random.Random(26)); no network; attachments are inert (PDF, OOXML with an inert vbaProject.bin, ZIP, RAR 4 with
# encrypted members, OneNote header, .lnk header, SVG/HTML/.ics without script).
import base64, datetime, hashlib, html as H, io, os, quopri, random, struct, sys, uuid, zipfile, zlib
from zoneinfo import ZoneInfo

if len(sys.argv) != 2: raise SystemExit("usage: make-probe-corpus-26.py OUT_DIR")
root = sys.argv[1]
MB = "emre"
for f in ("INBOX", "Sent"): os.makedirs(f"{root}/mailboxes/{MB}/{f}", exist_ok=True)
R = random.Random(26)
IST = ZoneInfo("Europe/Istanbul"); LON = ZoneInfo("Europe/London"); BER = ZoneInfo("Europe/Berlin"); AMS = ZoneInfo("Europe/Amsterdam")
NYC = ZoneInfo("America/New_York"); JLM = ZoneInfo("Asia/Jerusalem"); RUH = ZoneInfo("Asia/Riyadh"); MSK = ZoneInfo("Europe/Moscow")
PST = ZoneInfo("America/Los_Angeles"); UTC = datetime.timezone.utc


def hx(k): return "".join(R.choice("0123456789abcdef") for _ in range(k))
def HX(k): return hx(k).upper()
def rbytes(k): return bytes(R.getrandbits(8) for _ in range(k))
def ruuid(): return str(uuid.UUID(int=R.getrandbits(128), version=4))
def alnum(k): return "".join(R.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(k))
def b64(k): return base64.b64encode(rbytes(k)).decode()
def at(y, mo, d, h, mi, tz=IST): return datetime.datetime(y, mo, d, h, mi, R.randint(0, 59), tzinfo=tz)
def rfc(t, tz=None): return (t.astimezone(tz) if tz else t).strftime("%a, %d %b %Y %H:%M:%S %z")
def rfc1(t, tz=None):
    t = t.astimezone(tz) if tz else t
    return f"{t:%a}, {t.day} {t:%b %Y %H:%M:%S %z}"
def pac(t): return t.astimezone(PST).strftime("%a, %d %b %Y %H:%M:%S %z (%Z)")
def rfcu(t): return t.astimezone(UTC).strftime("%a, %-d %b %Y %H:%M:%S +0000")


def iban(cc, bban):
    """a check-digit-correct IBAN for country cc and the BBAN"""
    s = bban + cc + "00"
    num = int("".join(str(int(c, 36)) for c in s))
    return f"{cc}{98 - num % 97:02d}{bban}"


def grp(ib): return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))


def tr_iban(bank5, acct16): return iban("TR", bank5 + "0" + acct16)


TRM = {"ı": "i", "İ": "I", "ş": "s", "Ş": "S", "ğ": "g", "Ğ": "G", "ç": "c", "Ç": "C", "ö": "o", "Ö": "O", "ü": "u", "Ü": "U", "₺": "TL", "–": "-", "’": "'"}
def asc(s): return "".join(TRM.get(c, c) for c in s)


class Pt:
    def __init__(s, name, email, client, infra, sig="", tz=IST, lang="en", cs="utf-8"):
        s.name, s.email, s.client, s.infra, s.sig, s.tz, s.lang, s.cs = name, email, client, infra, sig, tz, lang, cs
        s.dom = email.split("@")[1]


OWN = "sarikayatekstil.example"
SIG_EN = ("\n\n-- \nEmre Yılmaz\nExport Sales Manager\nSarıkaya Ev Tekstili San. ve Tic. A.Ş.\nDenizli Organize Sanayi Bölgesi, 12. Cadde No:7\n"
          "20330 Merkezefendi / Denizli, Türkiye\nT +90 258 555 41 20 | M +90 532 555 17 84\nwww.sarikayatekstil.example")
SIG_TR = ("\n\n-- \nSaygılarımla,\nEmre Yılmaz\nİhracat Satış Müdürü\nSarıkaya Ev Tekstili San. ve Tic. A.Ş.\nDenizli OSB 12. Cadde No:7, Merkezefendi / Denizli\n"
          "T 0258 555 41 20 | M 0532 555 17 84")
SIG_AND_TR = "\n\nAndroid için Outlook'u edinin<https://aka.ms/AAb9ysg>"
me = Pt("Emre Yılmaz", f"emre.yilmaz@{OWN}", "yweb", "own", SIG_EN)
# colleagues (Yandex 360, same domain)
ahmet = Pt("Ahmet Sarıkaya", f"ahmet.sarikaya@{OWN}", "yweb", "yint",
           "\n\n-- \nAhmet Sarıkaya\nYönetim Kurulu Başkanı\nSarıkaya Ev Tekstili San. ve Tic. A.Ş.", lang="tr")
selin = Pt("Selin Koç", f"selin.koc@{OWN}", "yweb", "yint",
           "\n\n-- \nSelin Koç\nİhracat Operasyon Uzmanı\nSarıkaya Ev Tekstili San. ve Tic. A.Ş.\nT 0258 555 41 23", lang="tr")
tuba = Pt("Tuba Er", f"tuba.er@{OWN}", "yweb", "yint",
          "\n\n-- \nTuba Er\nMuhasebe Müdürü\nSarıkaya Ev Tekstili San. ve Tic. A.Ş.\nT 0258 555 41 30", lang="tr")
# buyers
charlotte = Pt("Charlotte Pike", "charlotte.pike@harrowfinch.example", "exo", "exo-hf",
               "\n\nKind regards,\n\nCharlotte Pike\nSenior Buyer – Bedding & Bath\nHarrow & Finch Home Ltd\nUnit 3, Meridian Park, Leicester LE19 1WX\n"
               "T: +44 116 555 0187 | M: +44 7700 900418", tz=LON)
tom = Pt("Tom Ashby", "tom.ashby@harrowfinch.example", "exo", "exo-hf",
         "\n\nRegards,\nTom Ashby\nAccounts Payable\nHarrow & Finch Home Ltd\nT: +44 116 555 0140", tz=LON)
hf_ooo = Pt("Charlotte Pike", "charlotte.pike@harrowfinch.example", "exo", "exo-hf", tz=LON)
juergen = Pt("Jürgen Albrecht", "j.albrecht@wohnwerk-heimtex.example", "ex19de", "ex19-ww",
             "\n\nMit freundlichen Grüßen / Best regards\n\nJürgen Albrecht\nEinkauf Heimtextilien\nWohnwerk Heimtextilien GmbH\n"
             "Industriestraße 41 · 33378 Rheda-Wiedenbrück\nTel. +49 5242 555 318 · Fax +49 5242 555 399\n"
             "Geschäftsführer: Dr. Matthias Brandt · Amtsgericht Gütersloh HRB 5519", tz=BER, lang="de")
sabine = Pt("Sabine Krämer", "s.kraemer@wohnwerk-heimtex.example", "ex19de", "ex19-ww",
            "\n\nMit freundlichen Grüßen / Best regards\n\nSabine Krämer\nQualitätssicherung\nWohnwerk Heimtextilien GmbH\n"
            "Industriestraße 41 · 33378 Rheda-Wiedenbrück\nTel. +49 5242 555 342\n"
            "Geschäftsführer: Dr. Matthias Brandt · Amtsgericht Gütersloh HRB 5519", tz=BER, lang="de")
ruud = Pt("Ruud van Dijk", "ruud@vandijk-agenturen.example", "gweb_nl", "gws-vd",
          "\n\n--\nRuud van Dijk\nVan Dijk Agenturen B.V. | Home textiles agency Benelux\nKeizersgracht 214, 1016 DZ Amsterdam\n+31 6 5555 2817", tz=AMS)
jessica = Pt("Jessica Moreno", "jessica.moreno@brambleoak.example", "gweb_en", "gws-bo",
             "\n\n--\nJessica Moreno\nSourcing Manager, Bath & Bedding\nBramble & Oak Home, Inc.\n1140 Commerce Dr, Charlotte, NC 28217\n(704) 555-0163", tz=NYC)
noa = Pt("Noa Ben-David", "noa@galilhome.example", "exo", "exo-gh",
         "\n\nBest regards,\nNoa Ben-David\nProcurement Manager\nGalil Home Textiles Ltd.\n12 HaMelacha St., Karmiel, Israel\nTel: +972 4 555 8120 | Mobile: +972 52 555 3391", tz=JLM)
faisal = Pt("فيصل القحطاني", "f.alqahtani@alnakheel-home.example", "ex16ar", "ex16-nk",
            "\n\nمع خالص التحية،\nفيصل القحطاني\nمدير المشتريات\nشركة النخيل للمفروشات المنزلية\nالرياض - المملكة العربية السعودية\nجوال: +966 55 512 8749",
            tz=RUH, lang="ar", cs="windows-1256")
mohammed = Pt("Mohammed Al-Harbi", "m.alharbi@alnakheel-home.example", "ex16ar", "ex16-nk",
              "\n\nBest Regards,\nMohammed Al-Harbi\nLogistics Coordinator\nAl-Nakheel Home Furnishings Co.\nJeddah Branch | +966 12 555 0477",
              tz=RUH, lang="ar", cs="windows-1256")
# domestic
serkan = Pt("Serkan Öztürk", "serkan.ozturk@cinariplik.example", "gweb_tr", "gws-cinar",
            "\n\n-- \nSerkan Öztürk\nSatış Müdürü\nÇınar İplik San. ve Tic. A.Ş.\nSarayköy Yolu 6. km, Denizli\nT 0258 555 92 10 | M 0533 555 40 61", lang="tr")
ayse = Pt("Ayşe Çelik", "ayse.celik@cinariplik.example", "gweb_tr", "gws-cinar",
          "\n\n-- \nAyşe Çelik\nMuhasebe Şefi\nÇınar İplik San. ve Tic. A.Ş.\nT 0258 555 92 14", lang="tr")
murat = Pt("Murat Kaya", "akiplik.murat@gmail.com", "gweb_tr", "gmail",
           "\n\nMurat Kaya\nAk İplik - Buldan\n0532 555 83 19", lang="tr")
levent = Pt("Levent Aydın", "levent@egegumruk.example", "ol16tr", "cpanel-ege",
            "\n\nSaygılarımızla,\nLevent Aydın\nGümrük Müşaviri\nEge Gümrük Müşavirliği Ltd. Şti.\nDenizli Gümrük Müdürlüğü karşısı, Akhan / Denizli\nT 0258 555 60 44 | F 0258 555 60 45", lang="tr", cs="windows-1254")
gulsen = Pt("Gülşen Arslan", "gulsenarslan.smmm@gmail.com", "gweb_tr", "gmail",
            "\n\nGülşen Arslan\nSerbest Muhasebeci Mali Müşavir\nArslan Mali Müşavirlik - Denizli\n0258 555 27 90", lang="tr")
hatice = Pt("Hatice Şahin", "hatice.sahin@pamukkaleambalaj.example", "zimbra", "sol-pa",
            "\n\nHatice Şahin\nSatış Temsilcisi\nPamukkale Ambalaj San. Tic. Ltd. Şti.\nÇardak Yolu No:18 Honaz / Denizli\nTel: 0258 555 31 70", lang="tr")
mehmet = Pt("Mehmet Öz", "muhasebe@pamukkaleambalaj.example", "zimbra", "sol-pa",
            "\n\nMehmet Öz\nMuhasebe\nPamukkale Ambalaj San. Tic. Ltd. Şti.\nTel: 0258 555 31 72", lang="tr")
burak = Pt("Burak Yıldız", "burak.yildiz@marmaralojistik.example", "exotr", "exo-ml",
           "\n\nSaygılarımla / Best regards\nBurak Yıldız\nDeniz Yolu İhracat Operasyon\nMarmara Lojistik ve Taşımacılık A.Ş.\nİzmir Şube | T +90 232 555 14 60 | M +90 530 555 22 71", lang="tr")
onur = Pt("Onur Tekin", "onur@pbilisim.example", "gweb_tr", "gws-pb",
          "\n\n--\nOnur Tekin\nPamukkale Bilişim Hizmetleri\nSistem ve Ağ Destek\n0258 555 70 70 | destek@pbilisim.example", lang="tr")
# system senders
noa.ol_lang = "en-US"
marieke = Pt("Marieke de Groot", "m.degroot@wonenenslapen.example", "exo", "exo-ws",
             "\n\nMet vriendelijke groet / Kind regards,\n\nMarieke de Groot\nInkoper Slaapkamertextiel\nWonen & Slapen B.V.\nLedeboerstraat 40, 5048 AD Tilburg\nT +31 13 555 0192", tz=AMS)
marieke.ol_lang = "nl-NL"
kadir = Pt("Kadir Aslan", f"kadir.aslan@{OWN}", "yweb", "yint", "\n\n-- \nKadir Aslan\nÜretim Planlama Şefi\nSarıkaya Ev Tekstili San. ve Tic. A.Ş.\nT 0258 555 41 40", lang="tr")
bank = Pt("Meridyen Bank", "bilgilendirme@meridyenbank.example", "banknote", "bank")
bank_tf = Pt("Zeynep Aksoy", "zeynep.aksoy@meridyenbank.example", "exotr", "exo-mb",
             "\n\nSaygılarımla,\nZeynep Aksoy\nDış Ticaret Operasyon - Akreditif Birimi\nMeridyen Bank A.Ş. Denizli Ticari Şube\nT 0258 555 10 88", lang="tr")
bulut = Pt("BulutFatura", "bildirim@bulutfatura.example", "bulut", "bulut")
yx = Pt("Yandex 360", "noreply@id.yandex.com.tr", "ynote", "ynote")
dhl = Pt("DHL Express", "noreply@dhl.example", "dhlnote", "dhl")
messe = Pt("Heimtextil | Messe Frankfurt", "heimtextil@newsletter.messefrankfurt.example", "nl", "messe")
gundem = Pt("Tekstil Gündem", "bulten@tekstilgundem.example", "nl", "gundem")
denib = Pt("DENİB Duyuru", "duyuru@denib.example", "nl", "denib")
airline = Pt("SkyAnadolu", "rezervasyon@skyanadolu.example", "nl", "airline")

# transmitting host (helo), IP, SPF rule shown by Yandex, DKIM d / s (None: unsigned), envelope domain (None: the From address)
INFRA = {
    "exo-hf": ("mail-cwxgbr01on2118.outbound.protection.outlook.com", "40.107.121.118", "ip4:40.92.0.0/15", "harrowfinch.example", "selector1", None),
    "exo-gh": ("mail-vi1eur05on2093.outbound.protection.outlook.com", "40.107.21.93", "ip4:40.92.0.0/15", "galilhome.example", "selector2", None),
    "exo-ml": ("mail-db5eur03on2131.outbound.protection.outlook.com", "40.107.104.131", "ip4:40.92.0.0/15", "marmaralojistik.example", "selector1", None),
    "exo-ws": ("mail-am0eur02on2129.outbound.protection.outlook.com", "40.107.247.129", "ip4:40.92.0.0/15", "wonenenslapen.example", "selector1", None),
    "exo-mb": ("mail-am0eur02on2107.outbound.protection.outlook.com", "40.107.247.107", "ip4:40.92.0.0/15", "meridyenbank.example", "selector1", None),
    "ex19-ww": ("mx01.wohnwerk-heimtex.example", "91.213.164.27", "ip4:91.213.164.24/29", "wohnwerk-heimtex.example", "nsp2022", None),
    "ex16-nk": ("mail.alnakheel-home.example", "212.138.77.41", "a:mail.alnakheel-home.example", None, None, None),
    "gws-vd": ("mail-ej1-f50.google.com", "209.85.218.50", "ip4:209.85.128.0/17", "vandijk-agenturen.example", "google", None),
    "gws-bo": ("mail-qk1-f173.google.com", "209.85.222.173", "ip4:209.85.128.0/17", "brambleoak.example", "google", None),
    "gws-cinar": ("mail-wm1-f44.google.com", "209.85.128.44", "ip4:209.85.128.0/17", "cinariplik.example", "google", None),
    "gws-pb": ("mail-wr1-f51.google.com", "209.85.221.51", "ip4:209.85.128.0/17", "pbilisim.example", "google", None),
    "gmail": ("mail-wm1-f54.google.com", "209.85.128.54", "ip4:209.85.128.0/17", "gmail.com", "20230601", None),
    "cpanel-ege": ("srv48.natrohost.example", "185.8.129.48", "+a", "egegumruk.example", "default", None),
    "sol-pa": ("zmta02.superonline.example", "212.252.168.12", "include:_spf.superonline.example", "pamukkaleambalaj.example", "zimbra1", None),
    "yint": ("mail-nwsmtp-smtp-production-main-62.vla.yp-c.yandex.net", "2a02:6b8:c0f:3a8c:0:640:b4f2:0", "ip6:2a02:6b8::/32", OWN, "mail", None),
    "bank": ("mta2.bildirim.meridyenbank.example", "193.110.214.22", "ip4:193.110.214.0/24", "meridyenbank.example", "mb2023", "bounce.meridyenbank.example"),
    "bulut": ("out-07.smtp.bulutfatura.example", "185.190.143.7", "ip4:185.190.143.0/26", "bulutfatura.example", "bf1", "mg.bulutfatura.example"),
    "ynote": ("mail-nwsmtp-smtp-production-main-18.iva.yp-c.yandex.net", "2a02:6b8:c0c:b28a:0:640:e1c3:0", "ip6:2a02:6b8::/32", "id.yandex.com.tr", "mail", None),
    "dhl": ("mta-11.em.dhl.example", "198.21.4.111", "ip4:198.21.0.0/21", "dhl.example", "dhl2024", "em.dhl.example"),
    "messe": ("o1.ptr4412.newsletter.messefrankfurt.example", "149.72.183.20", "ip4:149.72.0.0/16", "newsletter.messefrankfurt.example", "s1", "em.newsletter.messefrankfurt.example"),
    "gundem": ("mail.tekstilgundem.example", "94.73.151.88", "a", "tekstilgundem.example", "default", None),
    "denib": ("smtp.denib.example", "85.111.19.40", "ip4:85.111.19.40", "denib.example", "dkim", None),
    "airline": ("mta3.mail.skyanadolu.example", "185.46.112.30", "ip4:185.46.112.0/24", "skyanadolu.example", "sa1", "bounce.skyanadolu.example"),
    "lists": ("lists.denib.example", "85.111.19.44", "ip4:85.111.19.44", "lists.denib.example", "lists", "lists.denib.example"),
    "outlookcom": ("EUR02-DB5-obe.outbound.protection.outlook.com", "52.100.189.207", "ip4:52.100.0.0/14", "outlook.com", "selector1", None),
    # attackers' own infrastructure
    "look-cinar": ("mail.clnariplik.example", "45.84.205.71", "+a", "clnariplik.example", "default", None),
    "look-ml": ("vmi2315577.contaboserver.example", "161.97.143.60", "+mx", "marmaralojisitk.example", "mail", None),
    "fake-dhl": ("mail.dhlexpress-gumruk.example", "91.215.85.140", "+a", "dhlexpress-gumruk.example", "x", None),
    "fake-lc": ("cpanel31.webhostbox-in.example", "103.21.58.193", "+a:cpanel31.webhostbox-in.example", "shreejifabrics.example", "default", None),
    "fake-efat": ("smtp.efat-bildirim-merkezi.example", "5.181.156.23", "+a", "efat-bildirim-merkezi.example", "default", None),
}
MXF = ["mxfront2q", "mxfront4j", "mxfront7o", "mxfront1e", "mxfront3m", "mxfront9k"]
MXB = ["mxback16o", "mxback3j", "mxback9q", "mxback21e", "mxback5m"]
EXO_HOST = {"harrowfinch.example": ("LO2P265MB5174", "GBRP265"), "galilhome.example": ("VI1P195MB0642", "EURP195"),
            "marmaralojistik.example": ("AS8P193MB1928", "EURP193"), "meridyenbank.example": ("PA4P190MB1016", "EURP190"),
            "wonenenslapen.example": ("AM9PR03MB7241", "EURPRD03")}
TENANT = {d: ruuid() for d in EXO_HOST}
EXCH = {"wohnwerk-heimtex.example": ("WW-EX01", "wohnwerk.local", "10.42.1.15", "15.2.1544.14"),
        "alnakheel-home.example": ("NKL-EXCH01", "alnakheel.local", "172.16.5.20", "15.1.2507.39")}
OL_ANDROID_HOST = "AS8P195MB2231"


TR_MON = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]
TR_MON3 = ["Oca", "Şub", "Mar", "Nis", "May", "Haz", "Tem", "Ağu", "Eyl", "Eki", "Kas", "Ara"]
TR_DAY = ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"]
TR_DAY3 = ["Pzt", "Sal", "Çar", "Per", "Cum", "Cmt", "Paz"]
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
DE_DAY = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
NL_MON3 = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
NL_DAY2 = ["ma", "di", "wo", "do", "vr", "za", "zo"]
AR_MON = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
AR_DAY = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]


def _lines(text, pfx="> "): return "\n".join(pfx + l if l else pfx.rstrip() for l in text.split("\n"))
def h12(t): return f"{(t.hour - 1) % 12 + 1}:{t:%M} {'AM' if t.hour < 12 else 'PM'}"
def tolist(lst): return "; ".join(f"{n} <{e}>" if n else e for n, e in lst)


OUTLOOKISH = ("exo", "exotr", "ex19de", "ex16ar", "owa16", "ol16tr", "outlookcom", "olandroid", "ol16fake", "ol16en")


def quote_of(client, q, tz):
    """plain-text quote block of record q as the replying client writes it (tz: the replying client's clock)"""
    t = q["t"].astimezone(tz); name, email = q["name"], q["email"]
    if client == "yweb":
        return f"\n\n{t:%d.%m.%Y}, {t:%H:%M}, \"{name}\" <{email}>:\n" + _lines(q["plain"])
    if client in ("gweb_tr", "gandroid_tr"):
        return f"\n\n{name} <{email}>, {t.day} {TR_MON3[t.month - 1]} {t.year} {TR_DAY3[t.weekday()]}, {t:%H:%M} tarihinde şunu yazdı:\n\n" + _lines(q["plain"])
    if client == "gweb_nl":
        return f"\n\nOp {NL_DAY2[t.weekday()]} {t.day} {NL_MON3[t.month - 1]} {t.year} om {t:%H:%M} schreef {name} <{email}>:\n\n" + _lines(q["plain"])
    if client == "gweb_en":
        return f"\n\nOn {t:%a}, {t:%b} {t.day}, {t.year} at {h12(t)} {name} <{email}> wrote:\n\n" + _lines(q["plain"])
    if client == "gweb_uk":
        return f"\n\nOn {t:%a}, {t.day} {t:%b} {t.year} at {t:%H:%M}, {name} <{email}> wrote:\n\n" + _lines(q["plain"])
    if client == "applemail_nl":
        return f"\n\n> Op {t.day} {NL_MON3[t.month - 1]} {t.year}, om {t:%H:%M} heeft {name} <{email}> het volgende geschreven:\n> \n" + _lines(q["plain"])
    if client == "iphone_ar":
        return f"\n\n> في {t.day} {AR_MON[t.month - 1]} {t.year}، الساعة {h12(t).replace('AM', 'ص').replace('PM', 'م')}، كتب {name} <{email}>:\n> \n" + _lines(q["plain"])
    if client == "iphone_tr":
        return f"\n\n> {t.day} {TR_MON[t.month - 1]} {t.year} tarihinde {t:%H:%M} saatinde, {name} <{email}> şunları yazdı:\n> \n" + _lines(q["plain"])
    if client in ("tb_linux",):
        return f"\n\nOn {t:%d/%m/%Y} {t:%H:%M}, {name} wrote:\n" + _lines(q["plain"])
    if client == "roundcube":
        return f"\n\n{t:%d.%m.%Y %H:%M} tarihinde {name} yazdı:\n" + _lines(q["plain"])
    if client == "zimbra":
        tos = ", ".join(f"\"{n}\" <{e}>" for n, e in q["to"])
        return (f"\n\n----- Orijinal Mesaj -----\nKimden: \"{name}\" <{email}>\nKime: {tos}\nGönderilenler: {TR_DAY[t.weekday()]}, {t.day} {TR_MON[t.month - 1]} {t.year} "
                f"{t.hour}:{t:%M}:{t:%S}\nKonu: {q['subj']}\n\n" + _lines(q["plain"]))
    if client in ("exotr", "ol16tr", "olandroid", "ol16fake"):
        rows = [("Kimden", f"{name} <{email}>"), ("Gönderildi", f"{t.day} {TR_MON[t.month - 1]} {t.year} {TR_DAY[t.weekday()]} {t:%H:%M}"), ("Kime", tolist(q["to"]))]
        if q["cc"]: rows.append(("Bilgi", tolist(q["cc"])))
        rows.append(("Konu", q["subj"]))
        sep = "________________________________\n" if client == "olandroid" else ""
        return "\n\n" + sep + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client == "ex19de":
        rows = [("Von", f"{name} <{email}>"), ("Gesendet", f"{DE_DAY[t.weekday()]}, {t.day}. {DE_MON[t.month - 1]} {t.year} {t:%H:%M}"), ("An", tolist(q["to"]))]
        if q["cc"]: rows.append(("Cc", tolist(q["cc"])))
        rows.append(("Betreff", q["subj"]))
        return "\n\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client in ("ex16ar", "owa16"):
        rows = [("من", f"{name} <{email}>"), ("تم الإرسال", f"{AR_DAY[t.weekday()]}، {t.day} {AR_MON[t.month - 1]}، {t.year} {h12(t).replace('AM', 'ص').replace('PM', 'م')}"),
                ("إلى", tolist(q["to"]))]
        if q["cc"]: rows.append(("نسخة", tolist(q["cc"])))
        rows.append(("الموضوع", q["subj"]))
        sep = "________________________________\n" if client == "owa16" else ""
        return "\n\n" + sep + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client in ("exo", "outlookcom", "ol16en"):
        us = client == "outlookcom" or q.get("us")
        sent = f"{t:%A}, {t:%B} {t.day}, {t.year} {h12(t)}" if us else f"{t:%A}, {t.day} {t:%B} {t.year} {t:%H:%M}"
        rows = [("From", f"{name} <{email}>"), ("Sent", sent), ("To", tolist(q["to"]))]
        if q["cc"]: rows.append(("Cc", tolist(q["cc"])))
        rows.append(("Subject", q["subj"]))
        sep = "________________________________\n" if client == "outlookcom" else ""
        return "\n\n" + sep + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    return "\n\n" + _lines(q["plain"])


def body_html(plain):
    """lines -> html; runs of '>'-quoted lines become nested blockquotes"""
    out, buf = [], []
    def flush():
        if buf:
            inner = "\n".join(l[1:].lstrip(" ") if l.startswith(">") else l for l in buf)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">' + body_html(inner) + "</blockquote>")
            buf.clear()
    for l in plain.split("\n"):
        if l.startswith(">"): buf.append(l)
        else:
            flush(); out.append(H.escape(l) if l else "")
    flush()
    res = []
    for x in out: res.append(x if x.startswith("<blockquote") else x + "<br>")
    return "\n".join(res)


def html_of(client, plain, lang="tr"):
    inner = body_html(plain)
    if client == "yweb":
        return "<div>" + "</div><div>".join(H.escape(l) if l.strip() else "&nbsp;" for l in plain.split("\n") if not l.startswith(">")) + "</div>" + (
            "<blockquote>" + body_html("\n".join(l[1:].lstrip(" ") for l in plain.split("\n") if l.startswith(">"))) + "</blockquote>" if any(l.startswith(">") for l in plain.split("\n")) else "")
    if client in ("exo", "exotr", "owa16", "outlookcom"):
        dirr = ' dir="rtl"' if client == "owa16" else ' dir="ltr"'
        return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                f'</head>\n<body{dirr}>\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 11pt; color: rgb(0, 0, 0);">\n'
                + inner + "</div>\n</body>\n</html>\n")
    if client in ("ex19de", "ex16ar", "ol16tr", "ol16fake", "ol16en"):
        langattr = {"ex19de": "DE", "ex16ar": "AR-SA", "ol16tr": "TR", "ol16fake": "TR", "ol16en": "EN-US"}[client]
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
                f'<body lang="{langattr}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n<p class="MsoNormal">' + inner + "</p>\n</div>\n</body>\n</html>\n")
    if client == "olandroid":
        return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n<div dir="auto">' + inner + "</div>\n</body>\n</html>\n")
    if client.startswith("gweb") or client == "gandroid_tr":
        return ('<div dir="ltr">' if client != "gandroid_tr" else '<div dir="auto">') + inner + "</div>\n"
    if client in ("applemail_nl", "iphone_ar", "iphone_tr"):
        d = ' dir="rtl"' if client == "iphone_ar" else ""
        return f'<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body{d} style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">' + inner + "</body></html>"
    if client == "zimbra":
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000"><div>' + inner + "</div></div></body></html>")
    if client == "roundcube":
        return None
    return None


def make_mid(who, client, t):
    ts = int(t.timestamp())
    if client == "yweb": return f"<{R.randint(100000, 9999999)}{ts}@mail.yandex.com>"
    if client in ("gweb_tr", "gweb_nl", "gweb_en", "gweb_uk", "gandroid_tr"):
        return "<CA" + base64.urlsafe_b64encode(rbytes(42)).decode()[:R.choice((52, 54, 55))] + "@mail.gmail.com>"
    if client in ("exo", "exotr"):
        host, reg = EXO_HOST[who.dom]; return f"<{host}{HX(16)}@{host}.{reg}.PROD.OUTLOOK.COM>"
    if client == "olandroid": return f"<{OL_ANDROID_HOST}{HX(16)}@{OL_ANDROID_HOST}.EURP195.PROD.OUTLOOK.COM>"
    if client in ("ex19de", "ex16ar", "owa16"):
        srv, ad, _, _ = EXCH[who.dom]; return f"<{hx(32)}@{srv}.{ad}>"
    if client in ("iphone_ar", "iphone_tr", "applemail_nl"): return f"<{ruuid().upper()}@{who.dom}>"
    if client in ("ol16tr", "ol16fake", "ol16en", "ol_gsmtp"):
        return f"<{R.choice(('00', '01', '00'))}{hx(2)}01db{hx(4)}${hx(8)}${hx(8)}$@{who.dom}>"
    if client == "zimbra": return f"<{R.randint(10**8, 10**9 - 1)}.{R.randint(10**6, 10**7 - 1)}.{int(t.timestamp() * 1000)}.JavaMail.zimbra@{who.dom}>"
    if client == "outlookcom":
        h = f"DB9PR02MB{R.choice((7718, 7718, 7718))}"; return f"<{h}{HX(16)}@{h}.eurprd02.prod.outlook.com>"
    if client == "roundcube": return f"<{hx(32)}@{who.dom}>"
    if client == "tb_linux": return f"<{ruuid()}@{who.dom}>"
    if client == "pybot": return f"<{int(t.timestamp() * 100)}.{R.randint(1000, 65000)}.{R.randint(10**18, 10**19 - 1)}@vps-4c1f7e.example>"
    if client == "phpmailer": return f"<{alnum(32)}@{who.dom}>"
    if client == "banknote": return f"<{ts}{R.randint(100, 999)}.{HX(12)}@mta2.bildirim.meridyenbank.example>"
    if client == "bulut": return f"<0102{hx(12)}-{ruuid()}-000000@eu-central-1.bulutfatura.example>"
    if client == "ynote": return f"<{R.randint(10**15, 10**16 - 1)}@{who.dom}>"
    if client == "dhlnote": return f"<{ruuid()}@em.dhl.example>"
    if client == "nl": return f"<{hx(20)}.{ts}@{who.dom}>"
    if client == "list": return f"<{hx(32)}@{who.dom}>"
    return f"<{hx(24)}@{who.dom}>"


YSUID = hx(32)
ARRIVAL = [None]


def yandex_top(t, env, helo, ip, auth_tail):
    f = R.choice(MXF); b = R.choice(MXB)
    tmx = t + datetime.timedelta(seconds=R.randint(2, 9))
    ARRIVAL[0] = tmx + datetime.timedelta(seconds=1)
    ipv = f"IPv6:{ip}" if ":" in ip else ip
    auth = f"{f}.mail.yandex.net; " + auth_tail.replace("{F}", f)
    return [("Return-Path", f"<{env}>" if env else "<>"),
            ("X-Yandex-Fwd", "1"),
            ("Received", f"from {f}.mail.yandex.net ({f}.mail.yandex.net [IPv6:2a02:6b8:c0e:500:1:45:d181:d5{R.randint(10, 99)}])\n\tby {b}.mail.yandex.net (mxback/Yandex) "
                         f"with ESMTPS id {alnum(10)}-{alnum(8)};\n\t{rfc(tmx + datetime.timedelta(seconds=1), MSK)}"),
            ("Received", f"from {helo} ({helo} [{ipv}])\n\tby {f}.mail.yandex.net (mxfront/Yandex) with ESMTPS id {alnum(10)}-{alnum(8)};\n\t{rfc(tmx, MSK)}"),
            ("X-Yandex-Front", f"{f}.mail.yandex.net"),
            ("X-Yandex-TimeMark", f"{int(tmx.timestamp())}.{R.randint(100, 999)}"),
            ("Authentication-Results", auth),
            ("X-Yandex-Spam", "1"),
            ("X-Yandex-Rcpt-Suid", YSUID)]


def sender_hops(who, infra, t, env, client, orig_ip=None):
    hops = []
    if infra.startswith("exo"):
        host, reg = EXO_HOST[who.dom]; host2 = host[:-4] + str(R.randint(1000, 9999))
        if client == "tb_linux":
            hops.append(("Received", f"from [192.168.1.{R.randint(2, 60)}] ({orig_ip}) by {host[:4]}CA0{R.randint(100, 999)}.{reg}.PROD.OUTLOOK.COM\n (2603:10a6:600:{hx(2)}::{hx(2)}) with Microsoft SMTP Server (version=TLS1_2,\n"
                                     f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8632.35 via Frontend\n Transport; {rfcu(t)}"))
        else:
            hops.append(("Received", f"from {host}.{reg}.PROD.OUTLOOK.COM\n ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {host}.{reg}.PROD.OUTLOOK.COM\n"
                                     f" ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%6]) with mapi id 15.20.8632.035; {rfcu(t)}"))
        hops.insert(0, ("Received", f"from {host}.{reg}.PROD.OUTLOOK.COM (2603:10a6:{hx(3)}:{hx(3)}::{hx(2)})\n by {host2}.{reg}.PROD.OUTLOOK.COM (2603:10a6:{hx(3)}:{hx(2)}::{hx(1)}) with"
                                    f" Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8632.35; {rfcu(t + datetime.timedelta(seconds=1))}"))
    elif infra.startswith("ex19") or infra.startswith("ex16"):
        srv, ad, lan, ver = EXCH[who.dom]
        tz = BER if infra.startswith("ex19") else RUH
        hops.append(("Received", f"from {srv}.{ad} ({lan}) by {srv}.{ad}\n ({lan}) with Microsoft SMTP Server (version=TLS1_2,\n"
                                 f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {ver} via Mailbox Transport; {rfc(t, tz)}"))
        if infra.startswith("ex19"):
            hops.insert(0, ("Received", f"from {srv}.{ad} (unknown [{lan}])\n\tby {INFRA[infra][0]} (Postfix) with ESMTPS id 4Y{alnum(8)}\n\tfor <{me.email}>; {rfc(t + datetime.timedelta(seconds=2), tz)}"))
        else:
            hops.insert(0, ("Received", f"from {srv}.{ad} ({lan}) by {srv}.{ad}\n ({lan}) with Microsoft SMTP Server (version=TLS1_2,\n"
                                        f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {ver}; {rfc(t + datetime.timedelta(seconds=1), tz)}"))
    elif infra.startswith("gws") or infra == "gmail":
        if client == "ol_gsmtp":
            hops.append(("Received", f"from DESKTOP-{HX(7)} ([{orig_ip}])\n        by smtp.gmail.com with ESMTPSA id {hx(16)}sm{R.randint(1000000, 9999999)}.{R.randint(10, 99)}.{t.year}.{R.randint(10, 99)}.{R.randint(10, 99)}\n"
                                     f"        for <{me.email}>\n        (version=TLS1_2 cipher=ECDHE-ECDSA-AES128-GCM-SHA256 bits=128/128);\n        {pac(t)}"))
        elif client == "applemail_nl":
            hops.append(("Received", f"from smtpclient.apple ([2a02:a46f:{hx(4)}:0:{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}])\n        by smtp.gmail.com with ESMTPSA id {hx(16)}sm{R.randint(1000000, 9999999)}.{R.randint(10, 99)}.{t.year}.{R.randint(10, 99)}.{R.randint(10, 99)}\n"
                                     f"        for <{me.email}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {pac(t)}"))
        else:
            hops.append(("Received", f"by 2002:a05:600c:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {hx(16)}so{R.randint(1000000, 9999999)}{alnum(2).lower()}.{R.randint(1, 9)}\n"
                                     f"        for <{me.email}>; {pac(t)}"))
    elif infra == "cpanel-ege" and client == "cpanelauto":
        hops.append(("Received", f"from levent by {INFRA[infra][0]} with local (Exim 4.97.1)\n\t(envelope-from <{env}>)\n\tid 1t{alnum(4)}-0000000{alnum(2)}-{alnum(2)}\n\tfor {me.email};\n\t{rfc(t, IST)}"))
    elif infra == "cpanel-ege":
        hops.append(("Received", f"from [88.249.{R.choice((71, 71, 72))}.{R.choice((18, 19))}] (port={R.randint(50000, 65000)} helo=LEVENT-PC)\n\tby {INFRA[infra][0]} with esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n"
                                 f"\t(Exim 4.97.1)\n\t(envelope-from <{env}>)\n\tid 1t{alnum(4)}-0000000{alnum(2)}-{alnum(2)}\n\tfor {me.email};\n\t{rfc(t, IST)}"))
    elif infra == "sol-pa":
        hops.append(("Received", f"from zmbox03.superonline.example (zmbox03.superonline.example [10.40.2.13])\n\tby zmta02.superonline.example (Postfix) with ESMTP id {HX(10)};\n\t{rfc(t + datetime.timedelta(seconds=1), IST)}"))
        hops.append(("Received", f"from zmta02.superonline.example ([127.0.0.1])\n\tby localhost (zmta02.superonline.example [127.0.0.1]) (amavis, port 10032) with ESMTP\n\tid {alnum(12)}; {rfc(t, IST)}"))
    elif infra == "yint":
        if client in ("iphone_tr", "pybot"):
            hops.append(("Received", f"from [{orig_ip}] (unknown [{orig_ip}])\n\tby {INFRA[infra][0]} (smtp/Yandex) with ESMTPSA id {alnum(10)}-{alnum(8)};\n\t{rfc(t, MSK)}"))
        else:
            hops.append(("Received", f"from mail.yandex.com (localhost [127.0.0.1])\n\tby {INFRA[infra][0]} (Yandex) with ESMTP id {alnum(10)}-{alnum(8)};\n\t{rfc(t, MSK)}"))
            hops.append(("Received", f"by mail-sendbernar-production-main-{R.randint(10, 90)}.vla.yp-c.yandex.net with HTTP;\n\t{rfc(t, MSK)}"))
    elif infra == "outlookcom":
        h = "DB9PR02MB7718"
        hops.append(("Received", f"from {h}.eurprd02.prod.outlook.com ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {h}.eurprd02.prod.outlook.com\n"
                                 f" ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%6]) with mapi id 15.20.8335.017; {rfcu(t)}"))
    elif infra == "look-cinar":
        hops.append(("Received", f"from [127.0.0.1] (localhost [127.0.0.1])\n\tby mail.clnariplik.example (Postfix) with ESMTPSA id {HX(10)}\n\tfor <{me.email}>; {rfc(t, UTC)}"))
    elif infra == "look-ml":
        hops.append(("Received", f"from DESKTOP-N3V8K1T ([{orig_ip}])\n\tby {INFRA[infra][0]} (Postfix) with ESMTPSA id {HX(11)};\n\t{rfc(t, ZoneInfo('Europe/Berlin'))}"))
    elif infra == "fake-dhl":
        hops.append(("Received", f"from [127.0.0.1] (port={R.randint(40000, 60000)} helo=mail.dhlexpress-gumruk.example)\n\tby mail.dhlexpress-gumruk.example with esmtpa (Exim 4.96.2)\n"
                                 f"\t(envelope-from <{env}>)\n\tid 1t{alnum(4)}-000{alnum(3)}-{alnum(2)}\n\tfor {me.email}; {rfc(t, UTC)}"))
    elif infra == "fake-lc":
        hops.append(("Received", f"from [{orig_ip}] (port={R.randint(40000, 60000)} helo=[127.0.0.1])\n\tby {INFRA[infra][0]} with esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n"
                                 f"\t(Exim 4.96.2)\n\t(envelope-from <{env}>)\n\tid 1t{alnum(4)}-0004{alnum(2)}-{alnum(2)}\n\tfor {me.email};\n\t{rfc(t, ZoneInfo('Asia/Kolkata'))}"))
    elif infra == "fake-efat":
        hops.append(("Received", f"from localhost (localhost [127.0.0.1])\n\tby smtp.efat-bildirim-merkezi.example (Postfix) with ESMTP id {HX(10)}\n\tfor <{me.email}>; {rfc(t, UTC)}"))
    elif infra in ("bank", "bulut", "dhl", "messe", "gundem", "denib", "lists", "ynote", "airline"):
        inner = {"bank": "notify-app03.meridyenbank.local", "bulut": "api-worker-2.bulutfatura.internal", "dhl": "sfmc-mta11.dhl.example",
                 "messe": "sendgrid-api.messefrankfurt.example", "gundem": "localhost", "denib": "[10.1.1.22]", "lists": "lists.denib.example", "airline": "notify02.skyanadolu.internal",
                 "ynote": "mail-notify-production-main-3.iva.yp-c.yandex.net"}[infra]
        hops.append(("Received", f"from {inner} ({inner.strip('[]')} [{'127.0.0.1' if inner == 'localhost' else '10.' + str(R.randint(0, 250)) + '.' + str(R.randint(0, 250)) + '.' + str(R.randint(2, 250))}])\n"
                                 f"\tby {INFRA[infra][0]} with ESMTP id {alnum(12)}\n\tfor <{me.email}>; {rfc(t, IST if infra in ('bank', 'bulut', 'gundem', 'denib', 'lists') else UTC)}"))
    return hops


def transport(who, t, infra=None, client=None, orig_ip=None, env=None, spf="pass", dkim="pass"):
    infra = infra or who.infra
    helo, ip, rule, d, s, envdom = INFRA[infra]
    env = env or who.email
    if envdom:
        env = f"bounces+{hx(6)}-{who.email.split('@')[0]}={who.dom}@{envdom}" if infra not in ("lists",) else f"ihracatci-forum-bounces@{envdom}"
    if infra == "yint":
        env = who.email
    spfdom = env.split("@")[1]
    if spf == "pass":
        tail = f"spf=pass ({{F}}.mail.yandex.net: domain of {spfdom} designates {ip} as permitted sender, rule=[{rule}]) smtp.mail={env}"
    else:
        tail = f"spf={spf} ({{F}}.mail.yandex.net: domain of {spfdom} does not designate {ip} as permitted sender) smtp.mail={env}"
    if s: tail += f"; dkim={dkim} header.i=@{d}"
    h = yandex_top(t, env, helo, ip, tail)
    h += sender_hops(who, infra, t, env, client, orig_ip)
    if s:
        hl = "From:To:Subject:Date:Message-ID:References:In-Reply-To:Content-Type:MIME-Version" if not infra.startswith("exo") else \
             "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"
        if infra.startswith("gws") or infra == "gmail":
            hl = "mime-version:references:in-reply-to:from:date:message-id:subject:to:cc:content-type"
        h.append(("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d}; s={s};\n\tt={int(t.timestamp())}; x={int(t.timestamp()) + 604800 if infra.startswith('gws') or infra == 'gmail' else int(t.timestamp()) + 31536000}; "
                                    f"bh={b64(32)};\n\th={hl};\n\tb={b64(180)}"))
    if infra == "cpanel-ege":
        h += [("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"), ("X-AntiAbuse", f"Primary Hostname - {helo}"),
              ("X-AntiAbuse", f"Original Domain - {OWN}"), ("X-AntiAbuse", "Originator/Caller UID/GID - [47 12] / [47 12]"),
              ("X-AntiAbuse", "Sender Address Domain - egegumruk.example"),
              ("X-Get-Message-Sender-Via", f"{helo}: authenticated_id: levent@egegumruk.example" if client != "cpanelauto" else f"{helo}: uid via local"),
              ("X-Authenticated-Sender", f"{helo}: levent@egegumruk.example" if client != "cpanelauto" else "")]
        if client == "cpanelauto": h = h[:-1]
    if infra.startswith("gws") or infra == "gmail":
        h += [("X-Google-DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t={int(t.timestamp())}; x={int(t.timestamp()) + 604800};\n        h=cc:to:subject:message-id:date:from:in-reply-to:references\n"
                                          f"         :mime-version:x-gm-message-state:from:to:cc:subject:date:message-id\n         :reply-to;\n        bh={b64(32)};\n        b={b64(180)}"),
              ("X-Gm-Message-State", f"AOJu0Y{alnum(60)}"),
              ("X-Google-Smtp-Source", f"AGHT+I{alnum(80)}"),
              ("X-Received", f"by 2002:a05:600c:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id\n {hx(16)}mr{R.randint(1000000, 9999999)}.{R.randint(10, 99)}.{int(t.timestamp())}{R.randint(100, 999)}; {pac(t)}")]
        if client == "ol_gsmtp":
            h = [x for x in h if x[0] != "X-Google-DKIM-Signature"]
    if infra.startswith("exo"):
        arc = [("ARC-Seal", f"i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={b64(200)}"),
               ("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh={b64(32)};\n b={b64(200)}"),
               ("ARC-Authentication-Results", f"i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom={who.dom}; dmarc=pass action=none\n header.from={who.dom}; dkim=pass\n header.d={who.dom}; arc=none")]
        h = h[:9] + arc + h[9:]
    return h


UA = {"yweb": ("X-Mailer", "Yamail [ http://yandex.ru ] 5.0"), "iphone_ar": ("X-Mailer", "iPhone Mail (22B91)"), "iphone_tr": ("X-Mailer", "iPhone Mail (22D72)"),
      "applemail_nl": ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"), "ol16tr": ("X-Mailer", "Microsoft Outlook 16.0"), "ol16fake": ("X-Mailer", "Microsoft Outlook 16.0"),
      "ol16en": ("X-Mailer", "Microsoft Outlook 16.0"), "ol_gsmtp": ("X-Mailer", "Microsoft Outlook 16.0"),
      "zimbra": ("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC131 (Win)/9.0.0_GA_4546)"),
      "roundcube": ("User-Agent", "Roundcube Webmail/1.6.9"), "tb_linux": ("User-Agent", "Mozilla Thunderbird"),
      "phpmailer": ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")}
CLANG = {"exo": "en-GB", "exotr": "tr-TR", "ex19de": "de-DE", "ex16ar": "ar-SA", "owa16": "ar-SA", "outlookcom": "en-US", "ol16tr": "tr", "ol16fake": "tr",
         "ol16en": "en-us", "ol_gsmtp": "tr", "olandroid": "tr-TR"}

pending = []  # (utc time, seq, folder, raw, (mid, label) or None, scenario)
seq = [0]


def enc_words(v, cs="utf-8"):
    if v.isascii(): return v
    cs = cs if cs else "utf-8"
    try: v.encode(cs)
    except UnicodeEncodeError: cs = "utf-8"
    words, cur = [], ""
    for ch in v:
        if len((cur + ch).encode(cs)) > 36: words.append(cur); cur = ""
        cur += ch
    if cur: words.append(cur)
    tag = "UTF-8" if cs == "utf-8" else cs
    return "\n ".join(f"=?{tag}?B?" + base64.b64encode(w.encode(cs)).decode() + "?=" for w in words)


def addr(n, e, cs="utf-8"):
    if not n: return e
    if not n.isascii(): return enc_words(n, cs) + f" <{e}>"
    return f'"{n}" <{e}>' if any(c in n for c in ".,|()@:;") else f"{n} <{e}>"


def fold_refs(refs, sep="\n "): return sep.join(refs)


def pick_cs(text, pref):
    if pref == "utf-8": return "utf-8"
    try:
        text.encode(pref); return pref
    except UnicodeEncodeError:
        return "utf-8"


GMAILISH = ("gweb_tr", "gweb_nl", "gweb_en", "gweb_uk", "gandroid_tr")


def b64lines(data): return base64.encodebytes(data).decode().rstrip("\n")


def textpart(client, ctype, text, cs="utf-8"):
    if client == "yweb":
        if text.isascii(): return [f"Content-Type: {ctype}; charset=utf-8", "Content-Transfer-Encoding: 7bit", "", text]
        return [f"Content-Type: {ctype}; charset=utf-8", "Content-Transfer-Encoding: base64", "", b64lines(text.encode("utf-8"))]
    if client in GMAILISH:
        if text.isascii() and max(len(x) for x in text.split("\n")) < 990: return [f'Content-Type: {ctype}; charset="UTF-8"', "", text]
        return [f'Content-Type: {ctype}; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(text.encode("utf-8")).decode("ascii")]
    if client in OUTLOOKISH:
        cs = pick_cs(text, cs)
        return [f'Content-Type: {ctype}; charset="{cs}"', "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(text.encode(cs)).decode("ascii")]
    if client in ("applemail_nl", "iphone_ar", "iphone_tr"):
        if text.isascii() and ctype == "text/plain": return [f"Content-Type: {ctype};\n\tcharset=us-ascii", "Content-Transfer-Encoding: 7bit", "", text]
        return [f"Content-Type: {ctype};\n\tcharset=utf-8", "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(text.encode("utf-8")).decode("ascii")]
    if client == "zimbra":
        return [f"Content-Type: {ctype}; charset=utf-8", "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(text.encode("utf-8")).decode("ascii")]
    if client in ("roundcube", "tb_linux") and ctype == "text/plain":
        return [f"Content-Type: text/plain; charset={'US-ASCII' if text.isascii() else 'UTF-8'};\n format=flowed", "Content-Transfer-Encoding: " + ("7bit" if text.isascii() else "8bit"), "", text]
    if client in ("banknote", "bulut", "ynote", "nl", "dhlnote"):
        return [f"Content-Type: {ctype}; charset=UTF-8", "Content-Transfer-Encoding: base64" if client in ("bulut", "ynote") else "Content-Transfer-Encoding: quoted-printable", "",
                b64lines(text.encode()) if client in ("bulut", "ynote") else quopri.encodestring(text.encode("utf-8")).decode("ascii")]
    if client == "list":
        return [f'Content-Type: {ctype}; charset="utf-8"', "Content-Transfer-Encoding: 8bit", "", text]
    return [f"Content-Type: {ctype}; charset=UTF-8", "Content-Transfer-Encoding: 8bit", "", text]


def boundary(client, who, t):
    if client in ("exo", "exotr"):
        return "_000_" + EXO_HOST[who.dom][0] + HX(16) + "_"
    return {"ex19de": "_000_" + hx(32) + "WWEX01wohnwerklocal_", "ex16ar": "_000_" + hx(32) + "NKLEXCH01alnakheellocal_",
            "owa16": "_000_" + hx(32) + "NKLEXCH01alnakheellocal_", "olandroid": "_000_" + OL_ANDROID_HOST + HX(16) + "_",
            "outlookcom": "_000_DB9PR02MB7718" + HX(16) + "_", "yweb": None,
            "ol16tr": "----=_NextPart_000_" + HX(4) + "_01DB" + HX(4) + "." + HX(8), "ol16fake": "----=_NextPart_000_" + HX(4) + "_01DB" + HX(4) + "." + HX(8),
            "ol16en": "----=_NextPart_000_" + HX(4) + "_01DB" + HX(4) + "." + HX(8), "ol_gsmtp": "----=_NextPart_000_" + HX(4) + "_01DB" + HX(4) + "." + HX(8),
            "zimbra": f"=_{ruuid()}", "applemail_nl": f"Apple-Mail={ruuid().upper()}", "iphone_ar": f"Apple-Mail-{ruuid().upper()}",
            "iphone_tr": f"Apple-Mail-{ruuid().upper()}", "roundcube": "=_" + hx(32), "tb_linux": "------------" + alnum(24),
            "banknote": "----=_Part_" + str(R.randint(100000, 999999)) + "_" + str(R.randint(10**8, 10**9)) + "." + str(int(t.timestamp() * 1000)),
            "bulut": "----=_Part_" + str(R.randint(1000, 9999)) + "_" + str(R.randint(10**8, 10**9)) + "." + str(int(t.timestamp() * 1000)),
            "phpmailer": "b1=_" + alnum(40), "pybot": "===============" + str(R.randint(10**18, 10**19 - 1)) + "=="}.get(client) or (
        "000000000000" + hx(16) if client in GMAILISH else ("--" + str(R.randint(10**8, 10**9)) + "-" + hx(8) if client == "yweb" else "=_" + hx(24)))


def att_headers(client, name, data, ctype):
    if name.isascii():
        nm, fn = f'name="{name}"', f'filename="{name}"'
    else:
        from urllib.parse import quote as uq
        nm, fn = f'name="{enc_words(name)}"', f"filename*=utf-8''{uq(name)}"
    if client in GMAILISH:
        return [f"Content-Type: {ctype}; {nm}", f"Content-Disposition: attachment; {fn}", "Content-Transfer-Encoding: base64",
                f"Content-ID: <f_{alnum(9).lower()}0>", f"X-Attachment-Id: f_{alnum(9).lower()}0", "", b64lines(data)]
    if client in ("exo", "exotr", "ex19de", "ex16ar", "owa16", "outlookcom", "olandroid"):
        return [f"Content-Type: {ctype}; {nm}", f"Content-Description: {name if name.isascii() else enc_words(name)}",
                f"Content-Disposition: attachment; {fn}; size={len(data)};\n\tcreation-date=\"{rfc(datetime.datetime(2025, 1, 1, tzinfo=UTC))}\";\n\tmodification-date=\"{rfc(datetime.datetime(2025, 1, 1, tzinfo=UTC))}\"",
                "Content-Transfer-Encoding: base64", "", b64lines(data)]
    if client in ("applemail_nl", "iphone_ar", "iphone_tr"):
        return ["Content-Disposition: attachment;\n\t" + fn, f"Content-Type: {ctype};\n\t" + nm, "Content-Transfer-Encoding: base64", "", b64lines(data)]
    if client == "yweb":
        return [f"Content-Disposition: attachment;\n\t{fn}", "Content-Transfer-Encoding: base64", f"Content-Type: {ctype};\n\t{nm}", "", b64lines(data)]
    return [f"Content-Type: {ctype};\n\t{nm}", "Content-Transfer-Encoding: base64", f"Content-Disposition: attachment;\n\t{fn}", "", b64lines(data)]


def emit(who, client, t, to, cc, subj, refs, plain, html=None, atts=(), extra=(), label=None, infra=None, frm=None, irt=None, mid=None,
         tidx=None, topic=None, scen=None, orig_ip=None, folder=None, no_html=False, xoip=None, cs=None, spf="pass", dkim="pass", env=None,
         reply_to=None, inline=None, top_extra=()):
    m = mid or make_mid(who, client, t)
    folder = folder or ("Sent" if who is me else "INBOX")
    cs = cs or (who.cs if client in ("ex16ar", "ol16tr") else "utf-8")
    h = []
    if folder == "INBOX": h += transport(who, t, infra, client, orig_ip, env, spf, dkim)
    else: ARRIVAL[0] = None
    h += list(top_extra)
    tz_date = t.strftime("%a, %d %b %Y %H:%M:%S %z")
    if client in GMAILISH or client == "yweb": tz_date = rfc1(t)
    fromh = frm or addr(who.name, who.email, cs)
    toh = ", ".join(addr(n, e, cs) for n, e in to)
    cch = ", ".join(addr(n, e, cs) for n, e in cc) if cc else None
    subj_h = enc_words(subj, cs)
    CT = ("__CT__", "")
    if client in GMAILISH:
        h += [("MIME-Version", "1.0")]
        if refs: h += [("References", "\n ".join(refs)), ("In-Reply-To", irt or refs[-1])]
        h += [("From", fromh), ("Date", tz_date), ("Message-ID", m), ("Subject", subj_h), ("To", toh)]
        if cch: h.append(("Cc", cch))
        h += list(extra) + [CT]
    elif client == "yweb":
        h += [("From", fromh), ("To", toh)]
        if cch: h.append(("Cc", cch))
        if refs: h += [("In-Reply-To", irt or refs[-1]), ("References", "\n ".join(refs))]
        h += [("Subject", subj_h), ("MIME-Version", "1.0"), UA["yweb"], ("Date", tz_date), ("Message-Id", m)] + list(extra) + [CT]
    elif client in ("exo", "exotr", "ex19de", "ex16ar", "owa16", "outlookcom", "olandroid"):
        h += [("From", fromh), ("To", toh)]
        if cch: h.append(("CC", cch))
        h += [("Subject", subj_h), ("Thread-Topic", enc_words(topic or subj, cs)), ("Thread-Index", tidx or base64.b64encode(b"\x01" + rbytes(21)).decode()),
              ("Date", tz_date), ("Message-ID", m)]
        if refs: h += [("References", fold_refs(refs)), ("In-Reply-To", irt or refs[-1])]
        lang = getattr(who, "ol_lang", None) or CLANG[client]
        h += [("Accept-Language", lang + (", en-US" if lang != "en-US" else "")), ("Content-Language", lang),
              ("X-MS-Has-Attach", "yes" if atts else ""), ("X-MS-TNEF-Correlator", "")]
        if client in ("ex19de", "ex16ar", "owa16"):
            h.append(("X-Originating-IP", f"[{xoip or EXCH[who.dom][2].rsplit('.', 1)[0] + '.' + str(60 + zlib.crc32(who.email.encode()) % 30)}]"))
        if client in ("exo", "exotr"):
            h += [("msip_labels", ""), ("authentication-results", f"dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from={who.dom};"),
                  ("x-ms-publictraffictype", "Email"), ("x-ms-traffictypediagnostic", f"{EXO_HOST[who.dom][0]}:EE_|{EXO_HOST[who.dom][0][:-4]}{R.randint(1000, 9999)}:EE_"),
                  ("x-ms-office365-filtering-correlation-id", ruuid()), ("x-ms-exchange-antispam-messagedata-chunkcount", "1"),
                  ("x-ms-exchange-antispam-messagedata-0", alnum(60) + "=")]
        if client == "olandroid":
            pass
        h += list(extra) + [CT, ("MIME-Version", "1.0")]
        if client in ("exo", "exotr"):
            h += [("X-OriginatorOrg", who.dom), ("X-MS-Exchange-CrossTenant-AuthAs", "Internal"), ("X-MS-Exchange-CrossTenant-AuthSource", f"{EXO_HOST[who.dom][0]}.{EXO_HOST[who.dom][1]}.PROD.OUTLOOK.COM"),
                  ("X-MS-Exchange-CrossTenant-Network-Message-Id", ruuid()), ("X-MS-Exchange-CrossTenant-originalarrivaltime", f"{t.astimezone(UTC):%d %b %Y %H:%M:%S.%f}"[:-3] + " (UTC)"),
                  ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"), ("X-MS-Exchange-CrossTenant-id", TENANT[who.dom]),
                  ("X-MS-Exchange-CrossTenant-mailboxtype", "HOSTED"), ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", EXO_HOST[who.dom][0][:-4] + str(R.randint(1000, 9999)))]
    elif client in ("ol16tr", "ol16fake", "ol16en", "ol_gsmtp"):
        h += [("From", fromh), ("To", toh)]
        if cch: h.append(("Cc", cch))
        if refs: h += [("References", fold_refs(refs)), ("In-Reply-To", irt or refs[-1])]
        h += [("Subject", subj_h), ("Date", tz_date), ("Message-ID", m), ("MIME-Version", "1.0"), CT, UA[client],
              ("Thread-Index", tidx or base64.b64encode(b"\x01" + rbytes(21)).decode()), ("Content-Language", CLANG[client])] + list(extra)
    elif client in ("applemail_nl", "iphone_ar", "iphone_tr"):
        h += [("From", fromh), CT, ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))" if client == "applemail_nl" else "1.0 (1.0)"),
              ("Subject", subj_h), ("Date", tz_date)]
        if refs: h.append(("References", fold_refs(refs)))
        h += [("To", toh)]
        if cch: h.append(("Cc", cch))
        if refs: h.append(("In-Reply-To", irt or refs[-1]))
        h += [("Message-Id", m), UA[client]] + list(extra)
    elif client == "zimbra":
        h += [("Date", tz_date), ("From", fromh), ("To", toh)]
        if cch: h.append(("Cc", cch))
        h += [("Message-ID", m)]
        if refs: h += [("In-Reply-To", irt or refs[-1]), ("References", "\n ".join(refs))]
        h += [("Subject", subj_h), ("MIME-Version", "1.0"), CT, ("X-Originating-IP", f"[{xoip or '78.186.214.' + str(R.randint(30, 40))}]"), UA["zimbra"],
              ("Thread-Topic", enc_words(topic or subj)), ("Thread-Index", tidx or base64.b64encode(rbytes(15)).decode())] + list(extra)
    else:
        h += [("From", fromh), ("To", toh)]
        if cch: h.append(("Cc", cch))
        h += [("Subject", subj_h), ("Date", tz_date), ("Message-ID", m)]
        if refs: h += [("In-Reply-To", irt or refs[-1]), ("References", "\n ".join(refs))]
        if client in UA: h.append(UA[client])
        h += list(extra) + [("MIME-Version", "1.0"), CT]
    if reply_to: h.insert(h.index(CT), ("Reply-To", reply_to))
    # ---- body
    if html is None and not no_html: html = html_of(client, plain)
    alt = textpart(client, "text/plain", plain, cs)
    if html:
        ab = boundary(client, who, t)
        hp = textpart(client, "text/html", html, cs)
        alt = [f'Content-Type: multipart/alternative;\n\tboundary="{ab}"', "", f"--{ab}"] + alt + [f"--{ab}"] + hp + [f"--{ab}--"]
        if client == "yweb": alt = [f'Content-Type: multipart/alternative; boundary="{ab}"', "", f"--{ab}"] + textpart(client, "text/plain", plain) + [f"--{ab}"] + hp + [f"--{ab}--"]
    if inline:
        rb = boundary(client, who, t)
        rel = [f'Content-Type: multipart/related;\n\tboundary="{rb}";\n\ttype="multipart/alternative"', "", f"--{rb}"] + alt
        for cid, name, data, ctype in inline:
            rel += [f"--{rb}", f'Content-Type: {ctype}; name="{name}"', f'Content-Description: {name}', f'Content-Disposition: inline; filename="{name}"; size={len(data)}',
                    f"Content-ID: <{cid}>", "Content-Transfer-Encoding: base64", "", b64lines(data)]
        alt = rel + [f"--{rb}--"]
    if atts:
        mb = boundary(client, who, t)
        body = [f'Content-Type: multipart/mixed;\n\tboundary="{mb}"', "", f"--{mb}"] + alt
        for name, data, ctype in atts:
            body += [f"--{mb}"] + att_headers(client, name, data, ctype)
        body += [f"--{mb}--"]
    else:
        body = alt
    # split the first content header lines off the body into the header block
    i = 0; cth = []
    while body[i] != "":
        cth.append(body[i]); i += 1
    body = body[i + 1:]
    idx = h.index(CT)
    cth_pairs = [tuple(x.split(": ", 1)) for x in cth]
    h = h[:idx] + cth_pairs + h[idx + 1:]
    raw = "\r\n".join(f"{k}: {v}".replace("\n", "\r\n") for k, v in h) + "\r\n\r\n" + "\r\n".join(body).replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n"
    seq[0] += 1
    arr = ARRIVAL[0] if folder == "INBOX" else t
    pending.append((arr.astimezone(UTC), seq[0], folder, raw, (m, label) if label else None, scen))
    return m


PFX = {"yweb": "Re: ", "olandroid": "YNT: ", "exo": "RE: ", "exotr": "YNT: ", "ex19de": "AW: ", "ex16ar": "رد: ", "owa16": "رد: ", "iphone_ar": "Re: ",
       "iphone_tr": "Re: ", "applemail_nl": "Re: ", "ol16tr": "YNT: ", "ol16fake": "YNT: ", "ol16en": "RE: ", "ol_gsmtp": "YNT: ", "zimbra": "Re: ",
       "outlookcom": "RE: ", "roundcube": "Re: ", "tb_linux": "Re: ", "pybot": "Re: ", "phpmailer": "YNT: "}
KNOWN = ("re: ", "aw: ", "ynt: ", "rv: ", "wg: ", "fw: ", "fwd: ", "rif: ", "رد: ", "sv: ")


def reply_subject(client, prev):
    p = PFX.get(client, "Re: ")
    if client in OUTLOOKISH:
        base = prev
        while base.lower().startswith(("re: ", "aw: ", "ynt: ", "رد: ", "sv: ", "rv: ")):
            base = base.split(": ", 1)[1]
        return p + base
    if prev.lower().startswith(("re: ", "aw: ", "ynt: ", "رد: ", "sv: ", "rv: ")): return prev
    return p + prev


class Thread:
    def __init__(s, tid, partner, subj, inbox_to=None, mysig=None):
        s.tid, s.p, s.subj, s.refs, s.last, s.inbox_to = tid, partner, subj, [], None, inbox_to
        s.mysig = mysig if mysig is not None else (SIG_TR if partner.lang == "tr" else SIG_EN)
        s.blocks = []; s.tbase = b"\x01" + rbytes(21); s.recs = []; s.np = 0

    def add(s, who, text, t, label=None, client=None, to=None, cc=None, sig=True, quote=True, subj=None, scen=None, quote_text=None,
            detached=False, quote_client=None, **kw):
        client = client or who.client
        if who is me and sig is True: sigtxt = s.mysig if client == "yweb" else SIG_AND_TR
        else: sigtxt = who.sig if sig is True else (sig or "")
        if s.last and t <= s.last["t"]: raise SystemExit(f"{s.tid}: message at {t} is not after its parent at {s.last['t']}")
        plain = text + sigtxt
        if quote and s.last:
            q = dict(s.last)
            if quote_text is not None: q["plain"] = quote_text
            plain += quote_of(quote_client or client, q, who.tz)
        if subj is None:
            subj = s.subj if not s.last else reply_subject(client, s.last["subj"])
        if to is None: to = [(s.p.name, s.p.email)] if who is me else (s.inbox_to or [(me.name, me.email)])
        if label == G and scen is None:
            s.np += 1
            scen = (f"R-{s.tid}-{s.np}", f"plain in-thread reply from {asc(who.name) if who.name.isascii() or who.lang != 'ar' else who.email} in {s.tid} '{asc(s.subj)}'")
        while len(s.blocks) < len(s.refs): s.blocks.append(rbytes(5))
        if "tidx" not in kw: kw["tidx"] = base64.b64encode(s.tbase + b"".join(s.blocks[:len(s.refs)])).decode()
        m = emit(who, client, t, to, cc, subj, list(s.refs), plain, label=label, topic=s.subj, scen=scen, **kw)
        if detached: return m
        s.refs.append(m)
        s.last = dict(t=t, name=who.name, email=who.email, plain=plain, subj=subj, to=to, cc=cc or [], us=(who is noa or who is jessica))
        s.recs.append(s.last)
        return m


G = ("genuine", "genuine-reply"); GH = ("genuine", "genuine-hard"); GO = ("genuine", "genuine-orphan")
def HJ(kind): return ("hijack", kind)


# ---------------------------------------------------------------- inert attachments with real container structure
def zipfile_bytes(members, when=(2025, 1, 10, 10, 0, 0), encrypt=False):
    bio = io.BytesIO(); z = zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED)
    for name, data in members:
        zi = zipfile.ZipInfo(name, date_time=when); zi.compress_type = zipfile.ZIP_DEFLATED
        if not name.isascii(): zi.flag_bits |= 0x800
        z.writestr(zi, data)
    z.close(); b = bytearray(bio.getvalue())
    if encrypt:  # ZipCrypto: set the "encrypted" flag in every local and central header, scramble the member data
        i = 0
        while True:
            i = b.find(b"PK\x03\x04", i)
            if i < 0: break
            b[i + 6] |= 1; csz = struct.unpack("<I", b[i + 18:i + 22])[0]; nl, el = struct.unpack("<HH", b[i + 26:i + 30])
            st = i + 30 + nl + el; b[st:st + csz] = rbytes(csz); i = st + csz
        i = 0
        while True:
            i = b.find(b"PK\x01\x02", i)
            if i < 0: break
            b[i + 8] |= 1; i += 46
    return bytes(b)


def rar4(members, when=(2025, 1, 14, 9, 30, 0)):
    """RAR 2.9/4.x archive whose members are stored encrypted (password flag + salt): names visible, content random"""
    def blk(htype, flags, body):
        size = 7 + len(body)
        raw = struct.pack("<BHH", htype, flags, size) + body
        return struct.pack("<H", zlib.crc32(raw) & 0xFFFF) + raw
    out = b"Rar!\x1a\x07\x00" + blk(0x73, 0x0000, b"\x00\x00" + b"\x00\x00\x00\x00")
    y, mo, d, hh, mi, ss = when
    dos = ((y - 1980) << 25) | (mo << 21) | (d << 16) | (hh << 11) | (mi << 5) | (ss // 2)
    for name, size in members:
        nb = name.encode("latin-1")
        packed = rbytes(size // 3 + 64)
        body = struct.pack("<IIBIIBBHI", len(packed), size, 2, zlib.crc32(rbytes(16)), dos, 29, 0x33, len(nb), 0x20) + rbytes(8) + nb
        hdr = blk(0x74, 0x8000 | 0x0400 | 0x0004 | 0x0010 * 0, body)
        # ADD_SIZE (PACK_SIZE) follows the header in the file block: data
        out += hdr + packed
    out += blk(0x7B, 0x4000, b"")
    return out


def pdf_esc(s): return asc(s).replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines, producer="Microsoft® Word 2016", when="20250110101200", zone="+03'00'", uris=(), title=None):
    content = ("BT /F1 10 Tf 13 TL 60 790 Td " + " ".join(f"({pdf_esc(l)}) '" for l in lines) + " ET").encode("latin-1")
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", None,
            f"<< /Length {len(content)} >>\nstream\n", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            f"<< /Producer ({pdf_esc(producer)}) " + (f"/Title ({pdf_esc(title)}) " if title else "") + f"/CreationDate (D:{when}{zone}) /ModDate (D:{when}{zone}) >>"]
    ann = []
    for i, u in enumerate(uris):
        objs.append(f"<< /Type /Annot /Subtype /Link /Rect [60 {560 - 40 * i} 535 {600 - 40 * i}] /Border [0 0 0] /A << /S /URI /URI ({u}) >> >>")
        ann.append(len(objs))
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


def pdf_locked(title, when="20250110101200"):
    """a PDF protected with the standard security handler (user password): content stream is ciphertext"""
    ct = rbytes(480)
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            f"<< /Length {len(ct)} >>\nstream\n", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            f"<< /Producer <{hx(40)}> /Title <{hx(32)}> /CreationDate <{hx(48)}> >>",
            f"<< /Filter /Standard /V 2 /R 3 /Length 128 /P -1340 /O <{hx(64)}> /U <{hx(64)}> >>"]
    out = bytearray(b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n"); offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += (f"4 0 obj\n{o}".encode() + ct + b"\nendstream\nendobj\n") if i == 4 else f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    x = len(out); fid = hx(32)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R /Encrypt 7 0 R /ID [<{fid}> <{fid}>] >>\nstartxref\n{x}\n%%EOF\n".encode()
    return bytes(out)


def png(w=320, h=200, seed=0):
    def chunk(tp, data): return struct.pack(">I", len(data)) + tp + data + struct.pack(">I", zlib.crc32(tp + data) & 0xffffffff)
    base = [R.randint(120, 250) for _ in range(3)]
    rows = b"".join(b"\x00" + bytes(((base[c] + (x // 16) * 7 + (y // 16) * 5 + seed) % 256) for x in range(w) for c in range(3)) for y in range(h))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(rows, 6)) + chunk(b"IEND", b"")


def xml_esc(s): return H.escape(s, quote=True)


def ooxml(kind, rows, macro=False, author="", company="", when="2025-01-10T09:00:00Z", title=""):
    """a minimal valid .docx/.docm/.xlsx package; macro=True adds an inert vbaProject.bin (OLE compound-file header + random bytes)"""
    bio = io.BytesIO(); z = zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED)
    def w(n, d): zi = zipfile.ZipInfo(n, date_time=(1980, 1, 1, 0, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED; z.writestr(zi, d)
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' + f"<dc:title>{xml_esc(title)}</dc:title><dc:creator>{xml_esc(author)}</dc:creator>"
            f"<cp:lastModifiedBy>{xml_esc(author)}</cp:lastModifiedBy><dcterms:created xsi:type=\"dcterms:W3CDTF\">{when}</dcterms:created>"
            f"<dcterms:modified xsi:type=\"dcterms:W3CDTF\">{when}</dcterms:modified></cp:coreProperties>")
    vba = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00\x06\x00" + b"\x00" * 10 + rbytes(3500)
    if kind == "xlsx":
        app = "Microsoft Excel"
        ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
              '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
        w("[Content_Types].xml", ct)
        w("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
          '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
          '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        w("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
        w("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        def col(i): return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[i]
        srows = []
        for r_i, row in enumerate(rows, 1):
            cells = []
            for c_i, v in enumerate(row):
                ref = f"{col(c_i)}{r_i}"
                if isinstance(v, (int, float)): cells.append(f'<c r="{ref}"><v>{v}</v></c>')
                else: cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{xml_esc(str(v))}</t></is></c>')
            srows.append(f'<row r="{r_i}">' + "".join(cells) + "</row>")
        w("xl/worksheets/sheet1.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          "<sheetData>" + "".join(srows) + "</sheetData></worksheet>")
    else:
        app = "Microsoft Office Word"
        main = "application/vnd.ms-word.document.macroEnabled.main+xml" if macro else "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
        ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
              + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "")
              + f'<Override PartName="/word/document.xml" ContentType="{main}"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
        w("[Content_Types].xml", ct)
        w("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
          '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
          '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        paras = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{xml_esc(str(r if isinstance(r, str) else ' | '.join(map(str, r))))}</w:t></w:r></w:p>" for r in rows)
        w("word/document.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
          f"<w:body>{paras}<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>")
        w("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
          + ('<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' if macro else "") + "</Relationships>")
        if macro: w("word/vbaProject.bin", vba)
    w("docProps/core.xml", core)
    w("docProps/app.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
      f"<Application>{app}</Application><Company>{xml_esc(company)}</Company><AppVersion>16.0300</AppVersion></Properties>")
    z.close(); return bio.getvalue()


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
DOCM = "application/vnd.ms-word.document.macroEnabled.12"


def lnk(target_args):
    return (b"\x4c\x00\x00\x00\x01\x14\x02\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00\x46" + struct.pack("<I", 0x000000E3) + struct.pack("<I", 0x20)
            + rbytes(24) + struct.pack("<I", 0) + struct.pack("<I", 7) + b"\x00" * 10
            + struct.pack("<H", len(target_args)) + target_args.encode("utf-16-le") + rbytes(48))


def onenote(title):
    g = uuid.UUID("7B5C52E4-D88C-4DA7-AEB1-5378D02996D3").bytes_le + uuid.UUID("109ADD3F-911B-49F5-A5D0-1791EDC8AED8").bytes_le
    embed = uuid.UUID("BDE316E7-2665-4511-A4C4-8D4D0B7A9EAC").bytes_le + struct.pack("<Q", 64) + b"\x00" * 4 + b"<!-- inert probe placeholder, no script -->".ljust(64)
    return g + rbytes(16) + b"\x00" * 32 + title.encode("utf-16-le") + rbytes(900) + embed + rbytes(600)


def ics(uid, summary, start, end, organizer, desc, url, loc=""):
    def d(t): return t.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    def fold(line):
        b = line.encode(); out = []
        while len(b) > 74:
            cut = 74
            while (b[cut] & 0xC0) == 0x80: cut -= 1
            out.append(b[:cut].decode()); b = b[cut:]
        out.append(b.decode()); return "\r\n ".join(out)
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VEVENT",
             f"ORGANIZER;CN=\"{organizer[0]}\":mailto:{organizer[1]}", f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"{me.name}\":mailto:{me.email}",
             f"DESCRIPTION:{desc}", f"UID:{uid}", f"SUMMARY:{summary}", f"DTSTART:{d(start)}", f"DTEND:{d(end)}", f"DTSTAMP:{d(start - datetime.timedelta(days=2))}",
             f"LOCATION:{loc}"] + ([f"URL:{url}"] if url else []) + ["SEQUENCE:0", "STATUS:CONFIRMED", "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:REMINDER",
             "TRIGGER;RELATED=START:-PT15M", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(fold(l) for l in lines) + "\r\n").encode()


# ---------------------------------------------------------------- system notifications, newsletters, list mail
BANK_FOOT = ("\n\nBu e-posta bilgilendirme amaçlı olarak otomatik gönderilmiştir, lütfen yanıtlamayınız.\nMeridyen Bank A.Ş. | Müşteri İletişim Merkezi 0850 555 00 44 | "
             "www.meridyenbank.example\nMeridyen Bank hiçbir koşulda e-posta veya SMS ile şifre, kart bilgisi ya da onay kodu talep etmez.\n"
             "Mersis No: 0612 0555 0990 0017 | Ticaret Sicil No: 555123 | Büyükdere Cad. No:199 Şişli / İstanbul")


def bank_note(t, subj, lines, label=None, scen=None, atts=()):
    link = "https://kurumsal.meridyenbank.example/giris"
    plain = "Sayın SARIKAYA EV TEKSTİLİ SAN. VE TİC. A.Ş.,\n\n" + "\n".join(lines) + f"\n\nİşlem detaylarını Kurumsal İnternet Şubemizden görüntüleyebilirsiniz: {link}" + BANK_FOOT
    html = ('<!DOCTYPE html><html lang="tr"><head><meta charset="UTF-8"><title>Meridyen Bank</title></head><body style="margin:0;background:#eef1f5">'
            '<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center"><table width="620" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#22313f">'
            '<tr><td style="background:#0d3b66;padding:18px 24px"><img src="https://static.meridyenbank.example/mail/logo-beyaz.png" alt="Meridyen Bank" height="30"></td></tr>'
            '<tr><td style="padding:24px">Sayın SARIKAYA EV TEKSTİLİ SAN. VE TİC. A.Ş.,<br><br>' + "<br>".join(H.escape(l) for l in lines)
            + f'<br><br><a href="{link}" style="background:#f29f05;color:#fff;padding:10px 18px;text-decoration:none;border-radius:3px">Kurumsal İnternet Şubesi</a></td></tr>'
            '<tr><td style="padding:16px 24px;font-size:11px;color:#7a8793;border-top:1px solid #e3e7ec">' + "<br>".join(H.escape(l) for l in BANK_FOOT.strip().split("\n"))
            + '<br><a href="https://www.meridyenbank.example/kvkk" style="color:#7a8793">KVKK Aydınlatma Metni</a></td></tr></table></td></tr></table></body></html>')
    return emit(bank, "banknote", t, [("", me.email)], None, subj, [], plain, html=html, atts=atts, label=label, scen=scen,
                extra=[("X-Mailer", "MB Notification Engine 4.2"), ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])


def bulut_note(t, subj, lines, link, label=None, scen=None, atts=(), mid=None):
    plain = "Sayın Emre Yılmaz,\n\n" + "\n".join(lines) + f"\n\nFaturayı görüntülemek için: {link}\n\n--\nBulutFatura e-Dönüşüm Hizmetleri | GİB onaylı özel entegratör\n" \
            "Bu ileti otomatik olarak oluşturulmuştur. Bildirim tercihlerinizi portal üzerinden değiştirebilirsiniz: https://portal.bulutfatura.example/ayarlar/bildirim"
    html = ('<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#333;background:#f7f7f7">'
            '<div style="max-width:600px;margin:0 auto;background:#fff;padding:24px"><img src="https://cdn.bulutfatura.example/mail/bulutfatura-logo.png" alt="BulutFatura" height="32"><p>Sayın Emre Yılmaz,</p><p>'
            + "<br>".join(H.escape(l) for l in lines) + f'</p><p><a href="{link}" style="background:#1f7ae0;color:#fff;padding:9px 16px;border-radius:4px;text-decoration:none">Faturayı Görüntüle</a></p>'
            '<p style="font-size:11px;color:#888">BulutFatura e-Dönüşüm Hizmetleri | GİB onaylı özel entegratör<br>Bu ileti otomatik olarak oluşturulmuştur. '
            '<a href="https://portal.bulutfatura.example/ayarlar/bildirim">Bildirim tercihleri</a></p></div></body></html>')
    return emit(bulut, "bulut", t, [("", me.email)], None, subj, [], plain, html=html, atts=atts, label=label, scen=scen, mid=mid,
                extra=[("Feedback-ID", f"1.eu-central-1.{alnum(20)}=:AmazonSES"), ("X-SES-Outgoing", f"{t:%Y.%m.%d}-185.190.143.7"),
                       ("List-Unsubscribe", "<https://portal.bulutfatura.example/ayarlar/bildirim>"), ("Auto-Submitted", "auto-generated")])


def yandex_note(t, subj, lines, label=None, scen=None):
    link = "https://id.yandex.com.tr/security"
    plain = "Merhaba Emre,\n\n" + "\n".join(lines) + f"\n\nBu işlemi siz yapmadıysanız şifrenizi değiştirin: {link}\n\nYandex 360 ekibi\nBu e-posta otomatik olarak gönderilmiştir."
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:YS Text,Arial,sans-serif;font-size:15px"><table width="560" align="center"><tr><td>'
            '<img src="https://yastatic.net/s3/passport-static/mail/logo-360.png" height="28" alt="Yandex 360"><p>Merhaba Emre,</p><p>' + "<br>".join(H.escape(l) for l in lines)
            + f'</p><p><a href="{link}">Güvenlik ayarları</a></p><p style="color:#999;font-size:12px">Yandex 360 ekibi</p></td></tr></table></body></html>')
    return emit(yx, "ynote", t, [("", me.email)], None, subj, [], plain, html=html, label=label, scen=scen, extra=[("Auto-Submitted", "auto-generated")])


def dhl_note(t, awb, status, lines, label=None, scen=None):
    link = f"https://www.dhl.example/tr-tr/home/tracking/tracking-express.html?submit=1&tracking-id={awb}"
    plain = f"DHL Express gönderi bildirimi\n\nGönderi No: {awb}\nDurum: {status}\n\n" + "\n".join(lines) + f"\n\nGönderinizi takip edin: {link}\n\n" \
            "Bu e-posta DHL Express On Demand Delivery tarafından otomatik olarak gönderilmiştir.\nDHL Worldwide Express Taşımacılık ve Ticaret A.Ş. | Gizlilik bildirimi: https://www.dhl.example/tr-tr/footer/privacy-notice.html"
    html = ('<html><head><meta charset="UTF-8"></head><body style="margin:0;background:#f2f2f2"><table width="600" align="center" style="background:#fff;font-family:Frutiger,Arial,sans-serif;font-size:14px">'
            '<tr><td style="background:#ffcc00;padding:14px 20px"><img src="https://www.dhl.example/content/dam/dhl/global/core/images/logos/dhl-logo.svg" height="22" alt="DHL"></td></tr>'
            f'<tr><td style="padding:20px"><b>Gönderi No: {awb}</b><br>Durum: {H.escape(status)}<br><br>' + "<br>".join(H.escape(l) for l in lines)
            + f'<br><br><a href="{link}" style="background:#d40511;color:#fff;padding:10px 16px;text-decoration:none">Gönderiyi takip et</a></td></tr>'
            '<tr><td style="font-size:11px;color:#666;padding:12px 20px">DHL Worldwide Express Taşımacılık ve Ticaret A.Ş. | <a href="https://www.dhl.example/tr-tr/footer/privacy-notice.html">Gizlilik</a></td></tr></table></body></html>')
    return emit(dhl, "dhlnote", t, [("", me.email)], None, subj_dhl(awb, status), [], plain, html=html, label=label, scen=scen,
                extra=[("X-SFMC-Stack", "50"), ("List-Unsubscribe", f"<https://click.em.dhl.example/unsub_center.aspx?qs={hx(40)}>")])


def subj_dhl(awb, status): return f"DHL On Demand Delivery: {status} - Gönderi {awb}"


def newsletter(who, t, subj, lines, links, foot, label=None, scen=None, lang="tr"):
    plain = "\n".join(lines) + "\n\n" + "\n".join(f"{a}: {u}" for a, u in links) + "\n\n" + foot
    html = (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{H.escape(subj)}</title></head>'
            '<body style="margin:0;padding:0;background:#f4f4f4"><table role="presentation" width="100%"><tr><td align="center"><table role="presentation" width="640" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#222">'
            f'<tr><td style="padding:20px"><h2 style="margin:0 0 12px">{H.escape(subj)}</h2>' + "".join(f"<p>{H.escape(l)}</p>" for l in lines if l)
            + "<ul>" + "".join(f'<li><a href="{u}">{H.escape(a)}</a></li>' for a, u in links) + "</ul></td></tr>"
            f'<tr><td style="padding:16px 20px;font-size:11px;color:#777">' + "<br>".join(H.escape(l) for l in foot.split("\n")) + f'<img src="https://{who.dom}/o/{hx(24)}.gif" width="1" height="1" alt=""></td></tr></table></td></tr></table></body></html>')
    unsub = f"https://{who.dom}/u/{hx(32)}"
    return emit(who, "nl", t, [("", me.email)], None, subj, [], plain, html=html, label=label, scen=scen,
                extra=[("List-Unsubscribe", f"<{unsub}>, <mailto:unsubscribe-{hx(10)}@{who.dom}>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                       ("Precedence", "bulk"), ("X-Campaign-ID", f"{R.randint(10000, 99999)}")])


LIST = "ihracatci-forum@lists.denib.example"
LIST_FOOT = ("\n_______________________________________________\nihracatci-forum mailing list -- ihracatci-forum@lists.denib.example\n"
             "To unsubscribe send an email to ihracatci-forum-leave@lists.denib.example\nDENİB üyelerine özel tartışma listesidir; kişisel veri paylaşmayınız.")


def list_post(who_name, who_email, orig_host, t, subj, text, refs=(), label=None, scen=None, rewrite=False, client_hdr=None, mid=None, atts=()):
    lp = Pt(who_name, who_email, "list", "lists")
    m = mid or (f"<{hx(32)}@{who_email.split('@')[1]}>" if "google.com" not in orig_host else "<CA" + base64.urlsafe_b64encode(rbytes(42)).decode()[:54] + "@mail.gmail.com>")
    frm = addr(f"{who_name} via ihracatci-forum", LIST) if rewrite else None
    extra = [("X-Mailman-Version", "3.3.9"), ("Precedence", "list"), ("List-Id", "<ihracatci-forum.lists.denib.example>"),
             ("Archived-At", f"<https://lists.denib.example/archives/list/{LIST}/message/{HX(32)[:26]}/>"),
             ("List-Archive", f"<https://lists.denib.example/archives/list/{LIST}/>"), ("List-Help", f"<mailto:ihracatci-forum-request@lists.denib.example?subject=help>"),
             ("List-Owner", "<mailto:ihracatci-forum-owner@lists.denib.example>"), ("List-Post", f"<mailto:{LIST}>"),
             ("List-Subscribe", "<mailto:ihracatci-forum-join@lists.denib.example>"), ("List-Unsubscribe", "<mailto:ihracatci-forum-leave@lists.denib.example>"),
             ("Message-ID-Hash", HX(32)[:32]), ("X-Message-ID-Hash", HX(32)[:32])]
    if rewrite: extra.append(("Reply-To", addr(who_name, who_email)))
    if client_hdr: extra.insert(0, client_hdr)
    top = [("X-Original-From", addr(who_name, who_email)), ("Received", f"from {orig_host} by lists.denib.example (Postfix) with ESMTPS id {HX(10)}\n\tfor <{LIST}>; {rfc(t - datetime.timedelta(seconds=20), IST)}")]
    return emit(lp, "list", t, [("", LIST)], None, subj, list(refs), text + LIST_FOOT, no_html=True, extra=extra, label=label, scen=scen, frm=frm, mid=m,
                top_extra=top, atts=atts)


def autoreply_exo(who, t, orig_subj, refs, text, label=None, scen=None, lang="en"):
    pf = "Automatic reply: " if lang == "en" else "Otomatik yanıt: "
    return emit(who, "exo" if who.infra.startswith("exo") else who.client, t, [(me.name, me.email)], None, pf + orig_subj, [refs[-1]], text, label=label, scen=scen,
                no_html=False, extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", who.email), ("X-Auto-Response-Suppress", "All")],
                topic=orig_subj.split(": ", 1)[-1])


# ================================================================ fixed business data
SRK_USD = tr_iban("00231", "0000740012345001")
SRK_EUR = tr_iban("00231", "0000740012345002")
PA_OLD = tr_iban("00062", "0001234600298745")
PA_NEW = tr_iban("00010", "0098765432150001")
CINAR_TRY = tr_iban("00012", "0009300112873001")
CINAR_FAKE = tr_iban("00213", "0000311904475001")
ML_USD = tr_iban("00064", "0000110877346102")
ML_FAKE = tr_iban("00205", "0000072261840001")
LT_FAKE = iban("LT", "3500010012345678")
HF = [(charlotte.name, charlotte.email)]


def pi_pdf(no, buyer, rows, total, cur="USD", when="20240903170000", bankline=None):
    lines = ["SARIKAYA EV TEKSTILI SAN. VE TIC. A.S. - PROFORMA INVOICE " + no, "Denizli OSB 12. Cadde No:7, Merkezefendi / Denizli, Turkiye", "Buyer: " + buyer, ""]
    lines += rows + ["", f"TOTAL: {total} {cur}", "Payment: 30% advance T/T, balance against copy documents" if "LC" not in no else "Payment: irrevocable LC at sight",
                     "Beneficiary bank: Meridyen Bank A.S. Denizli Ticari Sube, SWIFT MRDNTRIS", "IBAN " + grp(bankline or SRK_USD)]
    return pdf(lines, producer="Microsoft® Excel® 2016", when=when, title="Proforma " + no)


# ================================================================ T1 Harrow & Finch (UK, M365 Outlook desktop): AW24 programme, Sept-Nov 2024
t1 = Thread("T1", charlotte, "AW24 bed linen programme - PO HF-24-0913")
t1.add(charlotte, "Hi Emre,\n\nGreat to see you and the team in Denizli in July. As promised, please find attached PO HF-24-0913 for the AW24 bed linen programme:\n\n"
       "- Aldeburgh stripe, 200TC percale - 800 double / 400 king duvet sets\n- Whitby check, yarn-dyed - 600 double sets\n- Ely plain, 200TC percale - 600 double sets\n\n"
       "Packing as per our manual v7 (one set per printed PVC bag, 12 sets per carton). Could you confirm the FOB Izmir price we agreed and send the PI? "
       "We'd need the goods on the water by 25 October at the latest for the November catalogue drop.", at(2024, 9, 3, 10, 14, LON),
       atts=[("PO_HF-24-0913.pdf", pdf(["HARROW & FINCH HOME LTD - PURCHASE ORDER HF-24-0913", "Supplier: Sarikaya Ev Tekstili A.S., Denizli",
                                        "Aldeburgh stripe DBL 800 / KG 400", "Whitby check DBL 600", "Ely plain DBL 600", "Incoterm: FOB Izmir  Ship by: 25/10/2024"],
                                       producer="Microsoft® Word for Microsoft 365", when="20240903100500", zone="+01'00'"), "application/pdf")])
t1.add(me, "Hi Charlotte,\n\nThank you for the order, and it was a pleasure to host you in July.\n\nPI-24-0388 is attached with the prices we agreed in Denizli (FOB Izmir). "
       "Payment terms as before: 30% advance by T/T, balance against copy documents. Production can start as soon as the deposit is in and the Whitby "
       "strike-off is approved - we'll send that this week.", at(2024, 9, 3, 17, 40),
       atts=[("PI-24-0388_Harrow&Finch.pdf", pi_pdf("PI-24-0388", "Harrow & Finch Home Ltd, Leicester, UK",
                                                     ["Aldeburgh stripe DBL 800 x 16.20 / KG 400 x 19.40", "Whitby check DBL 600 x 17.80", "Ely plain DBL 600 x 15.90"],
                                                     "61,440.00"), "application/pdf")])
t1.add(charlotte, "Hi Emre,\n\nPI approved - the deposit of USD 18,432.00 will go out on Friday. Could you send strike-offs of the Whitby check in the navy colourway "
       "first? Our QA team would like to see the colour before you dye the bulk yarn.", at(2024, 9, 5, 9, 2, LON), G)
t1.add(me, "Hi Charlotte,\n\nStrike-offs of the Whitby check (navy and red) left today with DHL, AWB 4471 8830 21. They should be with you on Tuesday.",
       at(2024, 9, 6, 16, 15), client="olandroid")
t1.add(charlotte, "Morning Emre,\n\nStrike-offs arrived. Navy is approved. The red in the Whitby check reads a bit too orange under D65 though - could your lab pull it "
       "one step bluer? Everything else looks great.", at(2024, 9, 12, 9, 48, LON), G)
t1.add(me, "Hi Charlotte,\n\nOur lab has adjusted the red; photo of the new lab dip next to the approved standard attached (D65 booth). "
       "We also received your deposit today, thank you.", at(2024, 9, 13, 11, 20), atts=[("labdip_Whitby_red_v2.png", png(360, 240, 3), "image/png")])
t1.add(charlotte, "Much better - approved. Please go ahead with bulk.", at(2024, 9, 13, 14, 5, LON), G)
t1.add(me, "Hi Charlotte,\n\nQuick update: all three designs are finished and packed. Your QC agent's final inspection is booked for Wednesday 16 October, and "
       "the container is booked with our forwarder: MSC Diletta, ETD Izmir (Aliaga) 22 October, ETA Felixstowe 5 November.", at(2024, 10, 14, 10, 30))
t1.add(charlotte, "Great news, thank you. Please send the draft B/L and packing list before the vessel sails so our broker can pre-lodge the import entry.",
       at(2024, 10, 15, 8, 57, LON), G)
t1.add(me, "Hi Charlotte,\n\nGoods sailed on MSC Diletta yesterday. Attached: draft B/L, commercial invoice CI-24-0388 and the packing list. "
       "The balance of USD 43,008.00 is due against these copy documents; originals will follow by courier once paid.", at(2024, 10, 23, 15, 12),
       atts=[("CI-24-0388.pdf", pdf(["COMMERCIAL INVOICE CI-24-0388", "Harrow & Finch Home Ltd", "2,400 duvet sets, HS 6302.31", "Total FOB Izmir USD 61,440.00",
                                     "Advance received USD 18,432.00", "Balance due USD 43,008.00", "IBAN " + grp(SRK_USD)], producer="Microsoft® Excel® 2016", when="20241023150000"), "application/pdf"),
             ("PL-24-0388.pdf", pdf(["PACKING LIST PL-24-0388", "200 cartons, 2,400 sets, gross 4,310 kg, 58.2 cbm"], producer="Microsoft® Excel® 2016", when="20241023150100"), "application/pdf"),
             ("DraftBL_MEDU9041187.pdf", pdf(["MSC - DRAFT BILL OF LADING MEDU9041187", "Shipper: Sarikaya Ev Tekstili", "Consignee: Harrow & Finch Home Ltd",
                                              "Port of loading: Aliaga, Turkiye  Port of discharge: Felixstowe, UK"], producer="MSC myMSC", when="20241023120000"), "application/pdf")])
t1.add(charlotte, "Thanks Emre - all received. I've passed the invoice to Tom Ashby in Accounts Payable, who looks after supplier payments now that "
       "Priya has left. Tom, copying you in so you have Emre's details.", at(2024, 10, 24, 10, 2, LON), G, cc=[(tom.name, tom.email)])
t1.add(tom, "Dear Emre,\n\nPleased to e-meet you. Payment of USD 43,008.00 against invoice CI-24-0388 has been released today with value date 5 November; "
       "the remittance advice is attached for your records.", at(2024, 11, 4, 14, 31, LON), GH, cc=[(charlotte.name, charlotte.email)],
       scen=("G5", "buyer's new accounts-payable colleague (introduced by the buyer in the thread) sends his first mail: remittance advice PDF"),
       atts=[("Remittance_Advice_0004471.pdf", pdf(["HARROW & FINCH HOME LTD - REMITTANCE ADVICE 0004471", "Payee: Sarikaya Ev Tekstili San. ve Tic. A.S.",
                                                    "Invoice CI-24-0388  USD 43,008.00", "Value date 05/11/2024  Barclays Bank plc"], producer="Sage 200", when="20241104142900", zone="Z"), "application/pdf")])
t1.add(me, "Dear Tom,\n\nThank you, nice to e-meet you too. We'll confirm as soon as the funds arrive and send the original documents to Charlotte by DHL.",
       at(2024, 11, 4, 17, 45), cc=[(charlotte.name, charlotte.email)])

# ================================================================ T2 Harrow & Finch: SS25 order, credit, overpayment -> A1 account takeover
t2 = Thread("T2", charlotte, "SS25 order HF-25-0117 + AW24 shading claim")
t2.add(charlotte, "Hi Emre,\n\nHappy new year! Two things:\n\n1) PO HF-25-0117 for SS25 is attached - the Aldeburgh stripe again plus the new Southwold "
       "seersucker in white and sky, 3,000 sets in total, ship by 21 March.\n\n2) Our QA found 38 Ely plain double sets from the AW24 delivery with shading "
       "between the duvet cover and the pillowcases (photos attached). We've pulled them from sale. Could we agree a credit against this order?",
       at(2025, 1, 20, 11, 40, LON),
       atts=[("PO_HF-25-0117.pdf", pdf(["HARROW & FINCH HOME LTD - PURCHASE ORDER HF-25-0117", "Aldeburgh stripe DBL 1,000 / KG 500", "Southwold seersucker white DBL 750",
                                        "Southwold seersucker sky DBL 750", "Ship by: 21/03/2025  FOB Izmir"], producer="Microsoft® Word for Microsoft 365", when="20250120113000", zone="Z"), "application/pdf"),
             ("Ely_shading_01.png", png(320, 220, 11), "image/png"), ("Ely_shading_02.png", png(320, 220, 17), "image/png")])
t2.add(me, "Hi Charlotte,\n\nHappy new year to you too, and thank you for the new order.\n\nSorry about the Ely sets - the photos are clear, the pillowcases "
       "came from a different dye lot. We'll credit 38 x USD 18.00 = USD 684.00 against this order; it's already deducted on the attached PI-25-0042.",
       at(2025, 1, 21, 9, 55), atts=[("PI-25-0042_Harrow&Finch.pdf", pi_pdf("PI-25-0042", "Harrow & Finch Home Ltd, Leicester, UK",
                                                                             ["Aldeburgh stripe DBL 1,000 x 16.40 / KG 500 x 19.60", "Southwold seersucker DBL 1,500 x 16.90",
                                                                              "Less credit AW24 Ely shading (38 sets): -684.00"], "53,166.00", when="20250121094000"), "application/pdf")])
t2.add(charlotte, "Thanks Emre, that's fair and quick. PI approved - the 30% deposit will be paid next week.", at(2025, 1, 22, 8, 41, LON), G)
t2.add(me, "Hi Charlotte,\n\nDeposit received with thanks. Your SS25 production slot is confirmed, ex-factory 18 March.", at(2025, 2, 3, 10, 12))
t_feb17 = at(2025, 2, 17, 9, 5)
m_feb17 = t2.add(me, "Hi Charlotte,\n\nQuick one: Selin mentioned your stores asked for the Southwold seersucker in sage as well. We could still switch 200 of the sky "
                 "sets to sage if you confirm this week - the yarn is in stock.", t_feb17)
autoreply_exo(hf_ooo, (t_feb17 + datetime.timedelta(seconds=14)).astimezone(LON), t2.last["subj"], [m_feb17],
              "Thank you for your email. I am out of the office for half term until Monday 24 February with limited access to email.\n\n"
              "For anything urgent please contact buying@harrowfinch.example or call the office on +44 116 555 0100.\n\nCharlotte Pike",
              label=GH, scen=("G4", "buyer's Exchange Online automatic reply (out of office) to a thread message, Auto-Submitted, no quote"))
t2.add(charlotte, "Hi Emre,\n\nBack now - yes please, switch 200 sets from sky to sage, same price. Thanks for flagging it.", at(2025, 2, 24, 9, 33, LON), G)
t2.add(me, "Hi Charlotte,\n\nGoods shipped on 21 March (MSC Sveva, ETA Felixstowe 4 April). Invoice CI-25-0042, packing list and draft B/L attached. "
       "The balance of USD 37,116.00 (after the USD 684.00 credit) is due against these copies.", at(2025, 3, 24, 16, 20),
       atts=[("CI-25-0042.pdf", pdf(["COMMERCIAL INVOICE CI-25-0042", "Harrow & Finch Home Ltd", "3,000 duvet sets HS 6302.31", "Total USD 53,166.00 (after credit 684.00)",
                                     "Advance received USD 16,050.00", "Balance due USD 37,116.00", "IBAN " + grp(SRK_USD)], producer="Microsoft® Excel® 2016", when="20250324161000"), "application/pdf"),
             ("PL-25-0042.pdf", pdf(["PACKING LIST PL-25-0042", "250 cartons, 3,000 sets"], producer="Microsoft® Excel® 2016", when="20250324161100"), "application/pdf")])
t2.add(tom, "Dear Emre,\n\nPayment of USD 37,800.00 against CI-25-0042 was released today. I'm afraid I've only now noticed that we paid the invoice "
       "total before the agreed credit, so we've overpaid you by USD 684.00. Could you either refund it or carry it over to the next order - whichever "
       "is simpler for you?", at(2025, 4, 2, 15, 12, LON), G, cc=[(charlotte.name, charlotte.email)])
t2.add(me, "Dear Tom,\n\nThank you for letting us know. Either is fine for us. We'd suggest carrying the USD 684.00 over to the AW25 order, but if you prefer a "
       "refund we'll send it back to the account you paid from.", at(2025, 4, 3, 9, 40), to=[(tom.name, tom.email)], cc=[(charlotte.name, charlotte.email)])
a1_quote = t2.last["plain"].replace("we'll send it back to the account you paid from.", "we'll send it to the account you advise.")
t2.add(charlotte, "Hi Emre,\n\nFollowing on from Tom's email - we'd prefer the refund please, as finance are closing the SS25 accounts this month.\n\n"
       "Please note our Barclays account is currently under review by our auditors, so kindly send the USD 684.00 to our secondary account:\n\n"
       f"Beneficiary: Harrow & Finch Home Ltd\nBank: UAB Baltic Payment Services, Vilnius\nIBAN: {grp(LT_FAKE)}\nSWIFT: BPSULT22\nReference: HF-25-0117 credit\n\n"
       "Also, for AW25 we have moved all suppliers onto our new supplier portal. Could you log in and confirm proforma PI-25-0091 there today so AP can "
       "release the deposit:\nhttps://hf-supplierhub.example/portal/login?vendor=SRK-TR-0417&ref=PI-25-0091\n\nThanks,\nCharlotte",
       at(2025, 4, 10, 23, 12, NYC), HJ("account-takeover"), sig=False, client="tb_linux", quote_text=a1_quote,
       orig_ip=f"185.246.{R.randint(128, 220)}.{R.randint(2, 250)}",
       extra=[("X-MS-Exchange-CrossTenant-id", TENANT["harrowfinch.example"]), ("X-MS-Exchange-CrossTenant-AuthAs", "Internal"),
              ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"), ("X-OriginatorOrg", "harrowfinch.example")],
       scen=("A1", "buyer's M365 account used via SMTP AUTH from a VPS with Thunderbird (Date -0400, 04:12 UK): refund to a Lithuanian 'secondary' account + "
                   "'confirm the proforma in our supplier portal' link on an unknown domain; the quoted reply is altered ('to the account you advise')"))
t2.add(me, "Hi Charlotte,\n\nBefore we change anything I'd like to confirm this by phone - I'll call you this afternoon. Also, I'm not aware of a "
       "PI-25-0091: we haven't issued an AW25 proforma yet.", at(2025, 4, 11, 9, 22), cc=[(tom.name, tom.email)])
t2.add(charlotte, "Hi Emre,\n\nThank you for calling on Friday - and for checking first.\n\nTo confirm in writing: someone outside the company got into my "
       "mailbox last week. The email about a 'secondary account' and a supplier portal did not come from me. Our bank details have NOT changed and we do "
       "not use a supplier portal. Our IT team has reset the account, removed a forwarding rule they found and switched on MFA for everyone.\n\n"
       "Please just carry the USD 684.00 over to AW25 as Tom suggested. Apologies for the worry.", at(2025, 4, 14, 10, 5, LON), GH, cc=[(tom.name, tom.email)],
       scen=("G25", "buyer's real follow-up after the account takeover: explains the compromise, mentions bank details and a portal (no link), from her usual Outlook"))
t2.add(me, "Hi Charlotte,\n\nNo apology needed - glad we caught it. Noted: the USD 684.00 will be deducted on the AW25 proforma.", at(2025, 4, 14, 12, 30),
       cc=[(tom.name, tom.email)])


# ================================================================ T4 Wohnwerk (DE, on-prem Exchange 2019 + Outlook, German/English): Renforcé enquiry
t4 = Thread("T4", juergen, "Anfrage: Renforcé-Bettwäsche Kollektion Frühjahr 2025")
t4.add(juergen, "Hallo Emre,\n\nwie auf der Heimtextil besprochen, planen wir für Frühjahr 2025 eine Renforcé-Kollektion in den Größen 135x200/80x80 und "
       "155x220/80x80, drei Dessins, jeweils mit Reißverschluss. Die Spezifikation hängt an.\n\nKönntest du uns bis Ende September ein Angebot FCA Denizli "
       "und DAP Rheda-Wiedenbrück schicken? Wichtig: OEKO-TEX Standard 100 Klasse I für alle Artikel, GOTS für die Bio-Linie.\n\nViele Grüße\nJürgen",
       at(2024, 9, 16, 10, 22, BER),
       atts=[("Spezifikation_Renforce_FS25.pdf", pdf(["Wohnwerk Heimtextilien GmbH - Spezifikation Renforce FS25", "Gewebe: Renforce 100% Baumwolle, 57 Faeden/cm2",
                                                      "Groessen: 135x200 + 80x80 / 155x220 + 80x80", "Reissverschluss, Oeko-Tex 100 Kl. I"],
                                                     producer="Microsoft® Word 2019", when="20240916101500", zone="+02'00'"), "application/pdf")])
t4.add(me, "Hi Jürgen,\n\nThank you for the enquiry - I'll answer in English so our technical team can follow the thread.\n\nOur offer is attached: "
       "135x200 at EUR 9.60 FCA Denizli / EUR 10.35 DAP, 155x220 at EUR 11.40 FCA / EUR 12.20 DAP, MOQ 1,500 sets per design. Both OEKO-TEX Class I and "
       "GOTS certificates are valid until 2025; copies attached.", at(2024, 9, 18, 16, 45),
       atts=[("Offer_Wohnwerk_FS25.pdf", pdf(["SARIKAYA EV TEKSTILI - OFFER 24-211 for Wohnwerk Heimtextilien", "135x200 EUR 9.60 FCA / 10.35 DAP",
                                              "155x220 EUR 11.40 FCA / 12.20 DAP", "MOQ 1,500 sets per design"], producer="Microsoft® Excel® 2016", when="20240918163000"), "application/pdf"),
             ("OEKO-TEX_SRK_2025.pdf", pdf(["OEKO-TEX STANDARD 100 Certificate 22.HTR.41872", "Sarikaya Ev Tekstili, Class I, valid until 31.07.2025"],
                                          producer="Adobe PDF Library 17.0", when="20240801090000"), "application/pdf")])
t4.add(juergen, "Hi Emre,\n\nthanks for the quick offer. 135x200 is fine. 155x220 is a bit high compared to our Portuguese supplier - could you do "
       "EUR 11.90 DAP? And please send two sample sets of each design.", at(2024, 9, 19, 14, 10, BER), G)
t4.add(me, "Hi Jürgen,\n\nWe can do EUR 11.95 DAP for 155x220 at 1,500 sets per design - that's really our limit with the GOTS yarn. "
       "Samples left today with DHL, AWB 4471 9012 64.", at(2024, 9, 23, 17, 2))
t4.add(juergen, "Hallo Emre,\n\nkurz auf Deutsch, weil's schneller geht: Die Freigabe von Sabine liegt jetzt vor, 11,95 passt. Die Bestellung kommt "
       "nächste Woche, Liefertermin KW 6.\n\nGruß\nJürgen", at(2024, 10, 28, 8, 51, BER), GH,
       scen=("G22", "German buyer answers in German in a thread he had kept in English (he mixes languages), same Exchange/Outlook"))
t4.add(me, "Danke Jürgen! Great news - we'll reserve the capacity for CW 6.", at(2024, 10, 28, 11, 30))

# forwarded lab report (WG:), Sabine joins
lab_txt = ("Sehr geehrter Herr Albrecht,\n\nanbei erhalten Sie den Prüfbericht 24-11873 zu den eingereichten Mustern (Renforcé-Bettwäsche, "
           "Sarıkaya Ev Tekstili). Alle Prüfpunkte sind bestanden bis auf die Maßänderung nach Wäsche (60 °C, DIN EN ISO 6330) bei Größe 155x220: "
           "Kette -4,8 % (Anforderung max. -4,0 %).\n\nMit freundlichen Grüßen\nDr. Petra Lohmann\nTextilprüfinstitut Bielefeld GmbH")
_fw_block = ("\n\nVon: Lohmann, Petra <pruefberichte@tpi-bielefeld.example>\nGesendet: Dienstag, 1. Oktober 2024 16:12\nAn: Albrecht, Jürgen "
             "<j.albrecht@wohnwerk-heimtex.example>\nBetreff: Prüfbericht 24-11873 - Renforcé Bettwäsche (Sarıkaya)\n\n" + lab_txt)
wg = Thread("T4b", juergen, "WG: Prüfbericht 24-11873 - Renforcé Bettwäsche (Sarıkaya)")
wg.add(juergen, "Hallo Emre,\n\nzur Info der Prüfbericht vom Labor - alles bestanden bis auf die Maßänderung bei 155x220 (-4,8 %, erlaubt sind -4 %). "
       "Könnt ihr das in der Ausrüstung lösen? Sabine Krämer aus unserer Qualitätssicherung (in Kopie) übernimmt das Thema ab jetzt.\n\nGruß\nJürgen",
       at(2024, 10, 2, 13, 37, BER), GH, cc=[(sabine.name, sabine.email)], quote=False, sig=juergen.sig + _fw_block,
       scen=("G2", "German buyer forwards (WG:) the test-lab report PDF, new subject without In-Reply-To, introduces a QA colleague in Cc"),
       atts=[("Pruefbericht_24-11873.pdf", pdf(["Textilpruefinstitut Bielefeld GmbH - Pruefbericht 24-11873", "Auftraggeber: Wohnwerk Heimtextilien GmbH",
                                               "Massaenderung 155x220: Kette -4,8 % (max. -4,0 %) - nicht bestanden", "Farbechtheit, pH, Formaldehyd: bestanden"],
                                              producer="PDF-XChange Core API SDK (8.0.337.0)", when="20241001160000", zone="+02'00'"), "application/pdf")])
wg.add(me, "Hi Jürgen, hi Sabine,\n\nThank you for the report. The 155x220 was the only size finished on our older stenter. We'll run it through "
       "the sanforizing range again (target -3 % warp) and send a new sample to the lab directly, with the results to you.", at(2024, 10, 3, 10, 5),
       cc=[(sabine.name, sabine.email)])
wg.add(sabine, "Dear Mr. Yılmaz,\n\nthank you. As Jürgen wrote, I'm taking over the quality topics for your articles. Please send the retest report "
       "by 25 October at the latest - after that the article cannot be released for the February delivery.", at(2024, 10, 10, 9, 14, BER), GH,
       cc=[(juergen.name, juergen.email)],
       scen=("G3", "a new colleague of the German buyer (introduced in Cc by him) writes to the thread herself for the first time"))
wg.add(me, "Dear Sabine,\n\nThe retest report is attached: warp -3.1 %, weft -1.2 % after 3 washes at 60 °C. All other points unchanged.",
       at(2024, 10, 24, 15, 30), cc=[(juergen.name, juergen.email)],
       atts=[("Pruefbericht_24-12690_Retest.pdf", pdf(["Textilpruefinstitut Bielefeld GmbH - Pruefbericht 24-12690 (Wiederholungspruefung)",
                                                      "Massaenderung 155x220: Kette -3,1 %, Schuss -1,2 % - bestanden"], producer="PDF-XChange Core API SDK (8.0.337.0)",
                                                     when="20241024120000", zone="+02'00'"), "application/pdf")])
wg.add(sabine, "Dear Mr. Yılmaz,\n\nthank you, approved. I have released the article in our system.", at(2024, 10, 25, 8, 2, BER), G,
       cc=[(juergen.name, juergen.email)])

A2_DOCM = ooxml("docm", ["Wohnwerk Heimtextilien GmbH", "Bestellung 4500019204",
                          "Dieses Dokument wurde in einer frueheren Version von Microsoft Office Word erstellt.",
                          "Um den Inhalt anzuzeigen, klicken Sie auf 'Bearbeitung aktivieren' und dann auf 'Inhalt aktivieren'."],
                macro=True, author="Admin", company="", when="2025-02-17T22:14:00Z")
# ================================================================ T5 Wohnwerk order -> A2 server-hijack (.docm "Bestellung")
t5 = Thread("T5", juergen, "Bestellung 4500018832 - Renforcé Bettwäsche FS25")
t5.add(juergen, "Hallo Emre,\n\nanbei unsere Bestellung 4500018832 über 6.000 Garnituren (3 Dessins, beide Größen) als Excel-Datei. "
       "Liefertermin KW 6 frei Haus Rheda-Wiedenbrück. Bitte schick uns die Auftragsbestätigung bis Freitag.\n\nViele Grüße\nJürgen",
       at(2024, 11, 5, 11, 3, BER),
       atts=[("Bestellung_4500018832.xlsx", ooxml("xlsx", [["Bestellung", "4500018832"], ["Lieferant", "Sarikaya Ev Tekstili"], ["Artikel", "Groesse", "Dessin", "Menge", "EUR"],
                                                             ["RF-135", "135x200", "Linea", 1200, 10.35], ["RF-135", "135x200", "Punto", 1200, 10.35],
                                                             ["RF-155", "155x220", "Linea", 1800, 11.95], ["RF-155", "155x220", "Salbei", 1800, 11.95]],
                                                 author="Albrecht, Jürgen", company="Wohnwerk Heimtextilien GmbH", when="2024-11-05T09:58:00Z"), XLSX)])
t5.add(me, "Hi Jürgen,\n\nThank you! Order confirmation AB-24-0511 is attached: 6,000 sets, delivery CW 6 (3-7 February) DAP Rheda-Wiedenbrück.",
       at(2024, 11, 6, 14, 20), atts=[("AB-24-0511_Wohnwerk.pdf", pdf(["SARIKAYA EV TEKSTILI - ORDER CONFIRMATION AB-24-0511", "Your order 4500018832",
                                                                      "6,000 sets Renforce, delivery CW 6/2025 DAP", "Bank: Meridyen Bank, IBAN " + grp(SRK_EUR)],
                                                                     producer="Microsoft® Excel® 2016", when="20241106141000"), "application/pdf")])
t5.add(juergen, "Danke, passt so. Die Etiketten bitte nach unserer Vorgabe - die Druckdaten schickt dir Sabine.", at(2024, 11, 7, 9, 12, BER), G)
t5.add(sabine, "Dear Emre,\n\nattached are the label artwork (PDF) and the EAN list for all 12 articles. Please send us a photo of the printed label "
       "before production.", at(2024, 11, 12, 13, 40, BER), G, cc=[(juergen.name, juergen.email)],
       atts=[("Etiketten_Wohnwerk_FS25.pdf", pdf(["Wohnwerk - Etikett Renforce FS25", "Pflegesymbole, Oeko-Tex Label, GOTS Label"], producer="Adobe Illustrator 28.7", when="20241112120000", zone="+01'00'"), "application/pdf"),
             ("EAN_Renforce_FS25.xlsx", ooxml("xlsx", [["Artikel", "EAN"]] + [[f"RF-{g}-{d}", f"40{R.randint(10**10, 10**11 - 1)}"] for g in (135, 155) for d in ("LIN", "PUN", "SAL")],
                                              author="Krämer, Sabine", company="Wohnwerk Heimtextilien GmbH", when="2024-11-12T12:30:00Z"), XLSX)])
t5.add(me, "Dear Sabine,\n\nReceived, thank you. Label photo will follow next week.", at(2024, 11, 13, 9, 30), cc=[(juergen.name, juergen.email)])
t5.add(juergen, "Hallo Emre,\n\nwie telefonisch besprochen: wir erhöhen 135x200 'Salbei' um 800 Garnituren. Geänderte Bestellung (Änderung 1) als Excel anbei, "
       "Liefertermin bleibt KW 6.\n\nGruß\nJürgen", at(2024, 12, 9, 15, 55, BER), GH,
       scen=("G31", "German buyer sends a changed order as .xlsx (order + spreadsheet attachment, genuine) in the order thread"),
       atts=[("Bestellung_4500018832_Aenderung1.xlsx", ooxml("xlsx", [["Bestellung", "4500018832", "Aenderung 1"], ["RF-135", "135x200", "Salbei", 800, 10.35]],
                                                            author="Albrecht, Jürgen", company="Wohnwerk Heimtextilien GmbH", when="2024-12-09T14:50:00Z"), XLSX)])
t5.add(me, "Hi Jürgen,\n\nConfirmed - updated AB-24-0511 rev.1 attached (6,800 sets).", at(2024, 12, 10, 10, 15),
       atts=[("AB-24-0511_rev1_Wohnwerk.pdf", pdf(["SARIKAYA EV TEKSTILI - ORDER CONFIRMATION AB-24-0511 rev.1", "6,800 sets, delivery CW 6/2025 DAP"],
                                                 producer="Microsoft® Excel® 2016", when="20241210100000"), "application/pdf")])
t5.add(me, "Hi Jürgen,\n\nAll 6,800 sets are packed. The truck (Ekol, plate 20 ADH 417) loads on Monday 3 February; CMR and invoice will follow on the day.",
       at(2025, 1, 30, 11, 5))
t5.add(juergen, "Super, danke. Bitte schick das Avis mit Palettenanzahl auch an lager@wohnwerk-heimtex.example.", at(2025, 1, 30, 11, 48, BER), G)
t5.add(me, "Hi Jürgen,\n\nThe truck left today with 26 pallets, ETA Rheda-Wiedenbrück 11 February. Invoice RE-25-0019, packing list and CMR attached; "
       "the warehouse has the advice as well.", at(2025, 2, 3, 17, 20), cc=[("", "lager@wohnwerk-heimtex.example")],
       atts=[("RE-25-0019_Wohnwerk.pdf", pdf(["SARIKAYA EV TEKSTILI - INVOICE RE-25-0019", "6,800 sets Renforce, DAP Rheda-Wiedenbrueck", "Total EUR 75,960.00",
                                              "Payment 60 days net", "IBAN " + grp(SRK_EUR)], producer="Microsoft® Excel® 2016", when="20250203170000"), "application/pdf"),
             ("CMR_20ADH417.pdf", pdf(["CMR 0417/25", "Absender: Sarikaya Ev Tekstili", "Empfaenger: Wohnwerk Heimtextilien GmbH", "26 Paletten"], producer="Canon iR-ADV C3930", when="20250203160000"), "application/pdf")])
t5.add(juergen, "Hallo Emre,\n\nWare ist heute angekommen, alles in Ordnung. Die Rechnung ist zur Zahlung freigegeben.\n\nGruß\nJürgen",
       at(2025, 2, 12, 16, 2, BER), G)
t5.add(juergen, "Sehr geehrter Herr Yilmaz,\n\nim Anhang erhalten Sie unsere neue Bestellung. Bitte prüfen Sie die Positionen und bestätigen Sie uns die "
       "Liefertermine bis Ende der Woche.\n\nHinweis: Das Dokument wurde mit einer geschützten Vorlage erstellt. Falls der Inhalt nicht angezeigt wird, "
       "klicken Sie bitte oben auf „Bearbeitung aktivieren“ und anschließend auf „Inhalt aktivieren“.\n\nMit freundlichen Grüßen", at(2025, 2, 18, 10, 47, BER),
       HJ("server-hijack"), sig=False,
       atts=[("Bestellung_4500019204.docm", A2_DOCM, DOCM)],
       scen=("A2", "German buyer's own Exchange 2019 (same Received path, Message-ID, X-Originating-IP range, DKIM): formal German 'Bestellung' with a .docm "
                   "macro document, faithful quote of the thread, no signature"))
t5.add(me, "Hi Jürgen,\n\nIs this a new order? The Word file asks me to enable macros, which your orders never needed - I haven't opened it. "
       "Could you send it as Excel or PDF, please?", at(2025, 2, 18, 13, 50))
t5.add(juergen, "Hallo Emre,\n\ndas war nicht ich! Wir haben heute mehrere solche Mails aus unserem Exchange bekommen - unsere IT hat den Server vom Netz "
       "genommen. Bitte nichts öffnen und die Mail löschen. Eine neue Bestellung gibt es derzeit nicht.\n\nGruß\nJürgen", at(2025, 2, 18, 14, 26, BER), G)


# ================================================================ T6 Van Dijk Agenturen (NL agent, Google Workspace, Gmail web in Dutch)
t6 = Thread("T6", ruud, "Benelux prospects - samples & showroom")
t6.add(ruud, "Hi Emre,\n\nGood to catch up on the phone yesterday. As discussed, I'm presenting your range to three Benelux prospects this autumn: Wonen & Slapen "
       "(38 stores), HuisenZo (online) and a Belgian buying group. Could you send me the 2025 price list (agent version, with my 5 % included) and "
       "two sample hangers per quality?\n\nBest,\nRuud", at(2024, 9, 10, 11, 20, AMS))
t6.add(me, "Hi Ruud,\n\nGreat, thank you. The agent price list 2025 is attached (your 5 % is included, FCA Denizli and DDP NL columns). "
       "Sample hangers will go out with DHL on Friday.", at(2024, 9, 11, 10, 5),
       atts=[("SRK_Pricelist_2025_Agent_Benelux.pdf", pdf(["SARIKAYA EV TEKSTILI - PRICE LIST 2025 (AGENT BENELUX, incl. 5%)", "Renforce 140x200 EUR 10.10 FCA / 11.45 DDP",
                                                           "Percale 200TC 140x220 EUR 12.40 / 13.90", "Jacquard throw 130x170 EUR 14.80 / 16.20"],
                                                          producer="Microsoft® Excel® 2016", when="20240911100000"), "application/pdf")])
t6.add(ruud, "Hi Emre,\n\nThe showroom presentation at Wonen & Slapen went well - their buyer loved the seersucker and the herringbone throw. "
       "I took a lot of photos of how they merchandise the competition; too big for email, so here is a WeTransfer (available 7 days):\n\n"
       f"https://wetransfer.com/downloads/{hx(32)}20240920{hx(6)}/{hx(6)}\n\nCall me when you've had a look.\n\nBest,\nRuud",
       at(2024, 9, 20, 17, 40, AMS), GH,
       scen=("G1", "agent shares showroom photos with a real wetransfer.com link in a thread where he always sends links"))
t6.add(me, "Hi Ruud,\n\nGreat pictures, thank you - very useful to see the price points next to ours. I'll call you on Monday.", at(2024, 9, 21, 10, 12), client="olandroid")
t6.add(ruud, "Hi Emre,\n\nFeedback from Wonen & Slapen: they want to test 6 SKUs in 10 stores from March. They'll send a formal request in November. "
       "HuisenZo is slower, the Belgians passed for now.\n\nBest,\nRuud", at(2024, 10, 8, 15, 2, AMS), G)
t6.add(me, "Hi Ruud,\n\nExcellent news. We'll be ready - let me know if they need anything before the request.", at(2024, 10, 9, 9, 40))

fw_nl = ("---------- Forwarded message ---------\nVan: Marieke de Groot <m.degroot@wonenenslapen.example>\nDate: wo 13 nov 2024 om 16:22\n"
         "Subject: Aanvraag offerte dekbedovertrekken voorjaar 2025\nTo: Ruud van Dijk <ruud@vandijk-agenturen.example>\n\n\nBeste Ruud,\n\n"
         "Zoals besproken hierbij onze aanvraag voor de test in 10 filialen: 6 artikelen dekbedovertrekken (zie bijlage), levering week 10. "
         "Graag een offerte DDP ons DC in Tilburg, inclusief verpakking volgens onze richtlijn.\n\nMet vriendelijke groet,\nMarieke de Groot\n"
         "Inkoper Slaapkamertextiel | Wonen & Slapen B.V.")
t6f = Thread("T6f", ruud, "Fwd: Aanvraag offerte dekbedovertrekken voorjaar 2025")
t6f.add(ruud, "Hi Emre,\n\nHere it is - the formal request from Wonen & Slapen (in Dutch, sorry; the Excel has the SKUs in English). Deadline for the "
        "offer is 29 November.\n\nRuud", at(2024, 11, 14, 9, 12, AMS), GH, sig=ruud.sig + "\n\n" + fw_nl,
        scen=("G23", "agent forwards (Fwd:) a Dutch retailer's request with the retailer's .xlsx, new subject without In-Reply-To"),
        atts=[("Aanvraag_WS_VJ2025.xlsx", ooxml("xlsx", [["Artikel", "Maat", "Aantal"], ["Seersucker wit", "140x200/220", 600], ["Seersucker sky", "140x200/220", 600],
                                                        ["Seersucker sage", "140x200/220", 400], ["Percale streep", "200x200/220", 400],
                                                        ["Percale uni wit", "240x200/220", 300], ["Herringbone plaid", "130x170", 500]],
                                                author="Marieke de Groot", company="Wonen & Slapen B.V.", when="2024-11-13T15:10:00Z"), XLSX)])
t6f.add(me, "Hi Ruud,\n\nThanks! Offer for Wonen & Slapen attached, DDP Tilburg, with their packaging guideline. Week 10 delivery is fine.",
        at(2024, 11, 26, 16, 30),
        atts=[("Offer_24-266_WonenSlapen.pdf", pdf(["SARIKAYA EV TEKSTILI - OFFER 24-266 for Wonen & Slapen B.V. via Van Dijk Agenturen", "6 articles, DDP DC Tilburg",
                                                   "Delivery week 10/2025"], producer="Microsoft® Excel® 2016", when="20241126162000"), "application/pdf")])
t6f.add(ruud, "Perfect, forwarded to Marieke. I'll push for a decision before Christmas.", at(2024, 11, 26, 18, 2, AMS), G)

t17 = Thread("T17", ruud, "Price list 2025 - Benelux")
t17.add(ruud, "Hi Emre,\n\nHappy new year! Wonen & Slapen confirmed the test order - PO will come directly to you. For HuisenZo I need a slightly "
        "different list: online-only, smaller MOQs. Can you make a version with MOQ 100 per SKU?\n\nBest,\nRuud", at(2025, 1, 8, 10, 44, AMS))
t17.add(me, "Hi Ruud,\n\nHappy new year and thank you! MOQ 100 is possible for the stocked qualities (renforcé and percale white); list attached. "
        "Seersucker stays at 300 because of the dyeing lot size.", at(2025, 1, 9, 15, 5),
        atts=[("SRK_Pricelist_2025_HuisenZo_MOQ100.pdf", pdf(["SARIKAYA EV TEKSTILI - PRICE LIST 2025 HuisenZo (MOQ 100)", "Renforce 140x200 EUR 10.90 DDP",
                                                              "Percale white EUR 13.20 DDP", "Seersucker (MOQ 300) EUR 14.60 DDP"], producer="Microsoft® Excel® 2016", when="20250109150000"), "application/pdf")])
t17.add(ruud, "Hi Emre,\n\nHuisenZo came back: they'd like to start with renforcé in 4 colours, 150 each, in April. I'll send you their details.\n\n"
        "(New laptop, so my mails may look a bit different now.)\n\nGroet,\nRuud", at(2025, 2, 3, 20, 15, AMS), GH, client="applemail_nl",
        scen=("G28", "agent's first mail from Apple Mail on a new Mac (was Gmail web): new X-Mailer, Message-ID shape and quote style, same Google Workspace account"))
ruud.client = "applemail_nl"
t17.add(me, "Hi Ruud,\n\nGreat - April is fine. Please send their details and delivery address and I'll prepare the PI.", at(2025, 2, 4, 9, 20))
t17.add(ruud, "Hi Emre,\n\nDetails below. They pay in advance for the first order.\n\nHuisenZo B.V., Nijverheidsweg 12, 3771 ME Barneveld\n"
        "Contact: Daan Hoekstra, inkoop@huisenzo.example\n\nGroet,\nRuud", at(2025, 2, 20, 11, 3, AMS), G)
t17.add(me, "Hi Ruud,\n\nThanks. PI sent to Daan today; I'll keep you in copy of anything important. Wonen & Slapen's goods are in production for week 10.",
        at(2025, 3, 4, 10, 30))
t17.add(ruud, "Hi Emre,\n\nOne of the Wonen & Slapen buyers asked me this morning for the updated price list including the new jacquard range, and "
        "they want it before Friday's range review. I've uploaded their requirement sheet together with our last list via WeTransfer - can you check "
        "it and send the updated prices back today?\n\n"
        f"https://we-transfer.filehub-eu.example/downloads/{hx(32)}/{hx(6)}?utm_source=mail\n\nThanks,\nRuud",
        at(2025, 3, 6, 8, 51, AMS), HJ("display-name-spoof"), client="gweb_uk", infra="gmail", sig=False,
        frm=addr("Ruud van Dijk", "ruud.vandijk.agentur@gmail.com"), env="ruud.vandijk.agentur@gmail.com",
        scen=("A3", "agent's display name from a Gmail address (thread stolen): 'updated price list' request with a WeTransfer look-alike link; faithful quote "
                    "but in Gmail's English quote format (the agent writes from Apple Mail in Dutch)"))
t17.add(me, "Hi Ruud,\n\nDid you just send me a WeTransfer link from a Gmail address (ruud.vandijk.agentur@gmail.com)? It doesn't look like yours - "
        "I haven't opened it.", at(2025, 3, 6, 11, 30))
t17.add(ruud, "Hi Emre,\n\nNo, that wasn't me - I only use this address. Wonen & Slapen has your list already. Someone must have read a copy of our "
        "mails somewhere; I'll warn Marieke too. Thanks for checking!\n\nGroet,\nRuud", at(2025, 3, 6, 10, 5, AMS), G)

# ================================================================ T7 Bramble & Oak (US, Google Workspace, Gmail web) -> A8 server-hijack
t7 = Thread("T7", jessica, "Coastal towel program 2025 - quote request")
t7.add(jessica, "Hi Emre,\n\nFollowing our call - here's the brief for the Coastal towel program: 600 gsm ring-spun cotton, jacquard border, "
       "4 colors (White, Dune, Seaglass, Harbor Navy), bath sheet / bath / hand / wash. Roughly 24,000 units for the first season.\n\n"
       "Could you quote FOB Izmir by Oct 25? Target is around $5.10 for the bath towel.\n\nThanks!\nJess", at(2024, 10, 15, 9, 30, NYC))
t7.add(me, "Hi Jess,\n\nQuote attached - bath towel at USD 5.25 FOB Izmir in 600 gsm; at 560 gsm we can reach USD 5.05. Lead time 75 days after "
       "artwork approval.", at(2024, 10, 17, 17, 10),
       atts=[("Quote_24-238_BrambleOak_Coastal.pdf", pdf(["SARIKAYA EV TEKSTILI - QUOTATION 24-238", "Bramble & Oak Home Inc. - Coastal towel program",
                                                         "Bath towel 70x140 600gsm USD 5.25 FOB Izmir", "Bath sheet 90x160 USD 8.40 / Hand 50x90 USD 2.35 / Wash 30x30 USD 0.72"],
                                                        producer="Microsoft® Excel® 2016", when="20241017165500"), "application/pdf")])
t7.add(jessica, "Hi Emre,\n\nLet's go with 600 gsm. The artwork for the jacquard border and the hangtag specs are in our shared Drive folder:\n"
       f"https://drive.google.com/drive/folders/1{alnum(32)}?usp=sharing\n\nYou should have edit access with your work address - let me know if not.\n\nJess",
       at(2024, 10, 22, 14, 5, NYC), GH, scen=("G9", "US buyer shares a real drive.google.com folder with artwork from her own Google Workspace"))
t7.add(me, "Hi Jess,\n\nGot it, access works. Strike-offs of the border in all 4 colors in about two weeks.", at(2024, 10, 23, 9, 15))
t7.add(jessica, "Hi Emre,\n\nSamples arrived. Hand feel is great. Dune is reading a bit too grey next to our standard - can you warm it up? The other three "
       "are approved.\n\nJess", at(2024, 11, 18, 16, 22, NYC), G)
t7.add(me, "Hi Jess,\n\nUnderstood - we'll add a touch of yellow to Dune and send a new swatch by courier this week.", at(2024, 11, 19, 10, 40))
t7.add(jessica, "New Dune is perfect. We're good to go - PO BO-5512 will be issued in January once the new budget opens.", at(2024, 12, 10, 11, 2, NYC), G)
t7.add(me, "Wonderful, thank you Jess. Happy holidays to the whole team!", at(2024, 12, 10, 19, 30), client="olandroid")
t7.add(jessica, "Hi Emre,\n\nHappy new year! PO BO-5512 is attached - 24,480 units, ship date April 5.\n\nJess", at(2025, 1, 14, 10, 18, NYC), G,
       atts=[("PO_BO-5512.pdf", pdf(["BRAMBLE & OAK HOME INC. - PURCHASE ORDER BO-5512", "Vendor: Sarikaya Ev Tekstili", "Coastal towels, 24,480 units",
                                     "FOB Izmir, ship date 04/05/2025"], producer="NetSuite", when="20250114101000", zone="-05'00'"), "application/pdf")])
t7.add(me, "Hi Jess,\n\nThank you! PI-25-0031 attached - 30 % deposit, balance against copy documents.", at(2025, 1, 15, 11, 0),
       atts=[("PI-25-0031_BrambleOak.pdf", pi_pdf("PI-25-0031", "Bramble & Oak Home Inc., Charlotte NC, USA", ["Coastal towel program, 24,480 units"],
                                                  "118,212.00", when="20250115105000"), "application/pdf")])
t7.add(jessica, "PI approved - deposit wire goes out Friday.", at(2025, 1, 15, 9, 51, NYC), G)
t7.add(me, "Hi Jess,\n\nProduction update: weaving is done, dyeing 60 %. We're on track for the April 5 ship date; booking is made for Savannah.",
       at(2025, 2, 21, 14, 40))
t7.add(jessica, "Hi Emre,\n\nBefore we can release the balance payment for BO-5512, our compliance team has moved vendor onboarding to e-signature "
       "and asked me to get the updated Vendor Supply Agreement (v3.2, incl. the new chargeback terms) signed by all active vendors this week. "
       "I've shared it with you here:\n\n"
       f"https://docs.google.com/drawings/d/1{alnum(43)}/preview\n\nJust open it, sign in with your email to verify and click \"Review & Sign\". "
       "It takes two minutes. Sorry for the extra admin!\n\nJess", at(2025, 3, 4, 3, 38, NYC), HJ("server-hijack"),
       scen=("A8", "US buyer's own Google Workspace account through Gmail web (identical headers): long, context-aware e-signature lure, a Google Drawings "
                   "link on docs.google.com, sent 03:38 New York time, faithful quote"))
t7.add(me, "Hi Jess,\n\nQuick check before I do anything: I just received a mail from you about a Vendor Supply Agreement v3.2 for e-signature. "
       "The link opens a Google Drawings page asking me to sign in. Is this genuine?", at(2025, 3, 4, 12, 20))
t7.add(jessica, "Emre - NO, please don't open it. I didn't send that; our IT says someone logged into my account overnight. Password is changed and "
       "they're checking the rest. Really sorry!\n\nJess", at(2025, 3, 4, 8, 12, NYC), G)
t7.add(me, "Hi Jess,\n\nAll 24,480 units shipped on 3 April (Maersk Elba, ETA Savannah 24 April). Invoice and packing list attached.", at(2025, 4, 8, 10, 0),
       atts=[("CI-25-0031.pdf", pdf(["COMMERCIAL INVOICE CI-25-0031", "Bramble & Oak Home Inc.", "24,480 towels", "Balance due USD 82,748.40", "IBAN " + grp(SRK_USD)],
                                    producer="Microsoft® Excel® 2016", when="20250408095000"), "application/pdf")])
t7.add(jessica, "Thanks Emre - passing it on to AP now.", at(2025, 4, 8, 9, 2, NYC), G)

# ================================================================ T9 Galil Home (IL, M365 Outlook desktop): throws, revived after 5 months
t9 = Thread("T9", noa, "Jacquard throw samples - Galil Home")
t9.add(me, "Hi Noa,\n\nAs promised on our call last week, samples of our three jacquard throws (herringbone, waffle, bouclé-look) left today by DHL. "
       "Prices are on the hangers; MOQ 600 per colour.", at(2024, 9, 24, 15, 10))
t9.add(noa, "Hi Emre,\n\nSamples received, thank you. The team likes the herringbone. We'll come back after our budget planning.", at(2024, 9, 30, 11, 5, JLM), G)
t9.add(me, "Sounds good, Noa - talk soon.", at(2024, 10, 1, 9, 10), client="olandroid")
t9.add(noa, "Hi Emre,\n\nReviving this old thread - the herringbone throw from your September samples now has a place in our autumn catalogue. "
       "Could you quote 1,200 pcs in two colours (ecru and charcoal), same routing as the January order?", at(2025, 3, 18, 10, 40, JLM), GH,
       scen=("G12", "buyer revives a 5-month-old sample thread for a real re-quote"))
t9.add(me, "Hi Noa,\n\nGlad to hear it! Quote attached: USD 11.80 per piece, 1,200 pcs (600 per colour), ready 60 days after order.", at(2025, 3, 19, 14, 0),
       atts=[("Quote_25-061_Galil_Herringbone.pdf", pdf(["SARIKAYA EV TEKSTILI - QUOTATION 25-061", "Herringbone jacquard throw 130x170, ecru / charcoal",
                                                        "USD 11.80 / pc, 1,200 pcs"], producer="Microsoft® Excel® 2016", when="20250319135000"), "application/pdf")])
t9.add(noa, "Thanks Emre, I'll discuss it internally and get back to you next week.", at(2025, 3, 20, 9, 22, JLM), G)

# ================================================================ T8 Galil Home order -> G26 .ics, G11 new phone, A9 server-hijack (voicemail SVG)
NOA_SIG2 = noa.sig.replace("Mobile: +972 52 555 3391", "Mobile: +972 54 555 7012")
t8 = Thread("T8", noa, "PO GH-2501 - cushion covers and throws")
t8.add(noa, "Hi Emre,\n\nPlease find attached PO GH-2501: 4,800 cushion covers (3 designs) and 900 waffle throws. As discussed, goods go via our "
       "forwarder's consolidation in Koper as before; they will contact Marmara directly. Please confirm price and delivery.", at(2025, 1, 7, 13, 15, JLM),
       atts=[("PO_GH-2501.pdf", pdf(["GALIL HOME TEXTILES LTD - PURCHASE ORDER GH-2501", "Cushion cover 45x45 (3 designs) 4,800 pcs", "Waffle throw 130x170 900 pcs",
                                     "Delivery: FCA Izmir, consolidation to Koper"], producer="Priority ERP", when="20250107130000", zone="+02'00'"), "application/pdf")])
t8.add(me, "Hi Noa,\n\nThank you! PI-25-0012 attached, USD 33,870 FCA Izmir, ready 10 March.", at(2025, 1, 8, 10, 20),
       atts=[("PI-25-0012_Galil.pdf", pi_pdf("PI-25-0012", "Galil Home Textiles Ltd., Karmiel", ["Cushion covers 4,800 x 4.45", "Waffle throws 900 x 13.90"], "33,870.00",
                                             when="20250108101000"), "application/pdf")])
t8.add(noa, "PI approved, deposit goes out this week.", at(2025, 1, 9, 9, 48, JLM), G)
t8.add(me, "Hi Noa,\n\nBulk is 70 % done. Would you like a video call with our QC before packing? Any day next week works for us.", at(2025, 2, 3, 16, 0))
t8.add(noa, "Hi Emre,\n\nGood idea - I've sent you a Teams invite for Thursday 11:00 Israel time (12:00 your time). I've also attached the invite in case "
       "it doesn't show up properly in Yandex.", at(2025, 2, 4, 9, 30, JLM), GH,
       scen=("G26", "buyer attaches a genuine Teams meeting invitation (.ics with a teams.microsoft.com link) for a QC call"),
       atts=[("QC call - PO GH-2501.ics", ics(f"040000008200E00074C5B7101A82E008000000{HX(32)}", "QC call - PO GH-2501 (Galil / Sarikaya)",
                                              at(2025, 2, 6, 11, 0, JLM), at(2025, 2, 6, 11, 45, JLM), (noa.name, noa.email),
                                              "Microsoft Teams meeting\\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + alnum(48) + "%40thread.v2/0",
                                              None, "Microsoft Teams Meeting"), "text/calendar")])
t8.add(me, "Accepted - see you on Thursday.", at(2025, 2, 4, 10, 55))
t8.add(noa, "Hi Emre,\n\nFYI my mobile number has changed: new number +972 54 555 7012 (the old one works until the end of the month). "
       "Can you confirm the shipment date for GH-2501?", at(2025, 3, 10, 10, 5, JLM), GH, sig=NOA_SIG2,
       scen=("G11", "buyer announces a new mobile number and her signature changes accordingly"))
t8.add(me, "Hi Noa,\n\nNoted, thank you. Goods will be handed to your forwarder on 24 March.", at(2025, 3, 10, 14, 20))
t8.add(noa, "Thanks, documents received - all fine.", at(2025, 3, 25, 12, 8, JLM), G, sig=NOA_SIG2)
t8.add(noa, "Voice message received from +972 4 555 8120 (00:47)\n\nCaller: Galil Home Textiles - Procurement\nReceived: "
       "Tue 6 May 2025 09:02\n\nThe voice message is attached to this email. Open the attachment in your browser to play it.", at(2025, 5, 6, 9, 2, JLM),
       HJ("server-hijack"), sig=False, quote=False,
       atts=[("VM_+97245558120_0047.svg", ('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
                                             'width="640" height="220" viewBox="0 0 640 220">\n<rect width="640" height="220" fill="#f3f2f1"/>\n'
                                             '<text x="32" y="60" font-family="Segoe UI, Arial" font-size="22" fill="#201f1e">Voice message - 00:47</text>\n'
                                             '<text x="32" y="92" font-family="Segoe UI, Arial" font-size="14" fill="#605e5c">From +972 4 555 8120</text>\n'
                                             f'<a xlink:href="https://vmail-playback.cloud-relay.example/play?id={alnum(24)}&amp;u=emre.yilmaz%40sarikayatekstil.example" target="_blank">\n'
                                             '<rect x="32" y="120" width="180" height="44" rx="4" fill="#0078d4"/>\n'
                                             '<text x="62" y="148" font-family="Segoe UI, Arial" font-size="16" fill="#ffffff">&#9654; Play message</text>\n</a>\n'
                                             '<!-- inert probe placeholder: no script -->\n</svg>\n').encode(), "image/svg+xml")],
       scen=("A9", "Israeli buyer's own Exchange Online tenant (same headers): generic voicemail notice with an .svg 'player' linking to an unknown domain, "
                   "no quote, no signature, in the order thread"))


# ================================================================ T10 Al-Nakheel (SA, on-prem Exchange 2016 + Outlook in Arabic, windows-1256, replies without quote)
t10 = Thread("T10", faisal, "Ramadan 2025 order - towels & bathrobe gift sets (LC)")
t10.add(me, "Dear Mr. Faisal,\n\nThank you again for visiting us in Denizli. As discussed, please find attached our offer for the Ramadan 2025 programme: "
        "towel gift sets (3 pcs) in 5 colours and men's / women's bathrobe gift sets, packed in printed gift boxes. Payment by irrevocable LC at sight, "
        "shipment CIF Jeddah in early January.", at(2024, 10, 8, 11, 30),
        atts=[("Offer_24-219_AlNakheel_Ramadan2025.pdf", pdf(["SARIKAYA EV TEKSTILI - OFFER 24-219 for Al-Nakheel Home Furnishings Co.", "Towel gift set 3 pcs USD 9.40",
                                                             "Bathrobe gift set men USD 21.80 / women USD 20.60", "CIF Jeddah, LC at sight"], producer="Microsoft® Excel® 2016", when="20241008112000"), "application/pdf")])
t10.add(faisal, "الأخ العزيز إيمره،\n\nتحية طيبة وبعد،\n\nشكراً على العرض المرسل. الأسعار مناسبة بشكل عام، ولكن نرجو مراجعة سعر طقم الروب الرجالي لأنه أعلى "
        "من السنة الماضية بحوالي 8%.\nكذلك نحتاج أن تكون علب الهدايا مطبوعة باللغتين العربية والإنجليزية.\n\nبانتظار ردكم.", at(2024, 10, 10, 12, 40, RUH), G, quote=False)
t10.add(me, "Dear Faisal,\n\nWe can reduce the men's bathrobe set by 4 % to USD 20.90. Gift boxes printed in Arabic and English are no problem - we need "
        "the artwork by 15 November at the latest.", at(2024, 10, 11, 10, 15))
t10.add(faisal, "الأخ إيمره،\n\nشكراً على التعديل، موافقون على الأسعار الجديدة.\nسنرسل لكم تصاميم علب الهدايا الأسبوع القادم، وسيتم فتح الاعتماد المستندي عن طريق "
        "البنك الأهلي السعودي خلال أسبوعين إن شاء الله.", at(2024, 10, 14, 9, 5, RUH), G, quote=False)
t10.add(faisal, "الأخ إيمره،\n\nمرفق لكم مسودة الاعتماد المستندي للمراجعة قبل الإصدار النهائي من البنك.\nنرجو التأكد من الشروط وتاريخ الشحن والمستندات "
        "المطلوبة، وإبلاغنا بأي ملاحظات قبل يوم الأحد.", at(2024, 10, 29, 13, 22, RUH), GH, quote=False,
        scen=("G24", "Saudi distributor (Arabic, windows-1256) sends the draft letter of credit as PDF for checking"),
        atts=[("LC_Draft_AlNakheel_Sarikaya.pdf", pdf(["DRAFT - IRREVOCABLE DOCUMENTARY CREDIT (MT700)", "Applicant: Al-Nakheel Home Furnishings Co., Riyadh",
                                                      "Beneficiary: Sarikaya Ev Tekstili San. ve Tic. A.S., Denizli", "Amount: USD 148,560.00  Latest shipment: 15/01/2025",
                                                      "Partial shipments: not allowed  Available with: any bank by negotiation"], producer="Microsoft® Word 2016", when="20241029131500"), "application/pdf")])
t10.add(me, "Dear Faisal,\n\nThank you. Two small changes to the draft, please: latest shipment date 25 January instead of 15 January (the gift boxes need "
        "two more weeks), and partial shipments allowed. Everything else is fine.", at(2024, 10, 30, 10, 40))
t10.add(me, "Dear Faisal,\n\nProduction update: towel sets are finished, bathrobes 60 %. Shipment is planned for 10 January. Could you confirm the carton "
        "marks? We need them before we print the outer cartons.", at(2024, 12, 14, 16, 10))
t10.add(faisal, "وصلني، شكراً أخي إيمره. أنا مسافر هذا الأسبوع وسأرد بالتفصيل بخصوص علامات الكراتين يوم الأحد.\n\nأُرسلت من الـ iPhone", at(2024, 12, 15, 23, 48, RUH),
        GH, client="iphone_ar", sig=False, xoip=None,
        scen=("G8", "Saudi distributor replies from his iPhone while travelling (UTF-8, iPhone Mail, Apple quote) - different client from his usual Outlook"))
t10.add(faisal, "الأخ إيمره،\n\nبخصوص علامات الكراتين: نرجو كتابة رقم الصنف واللون والكمية باللغتين، مع الباركود على جانبين من الكرتونة، واسم شركتنا "
        "وعنوان المستودع في جدة.\nمرفق نموذج العلامة.", at(2024, 12, 22, 10, 20, RUH), G, quote=False,
        atts=[("Carton_Marks_NKL.pdf", pdf(["AL-NAKHEEL HOME FURNISHINGS - CARTON MARKS", "Item no. / Colour / Qty (Arabic + English)", "Barcode on two sides",
                                            "Al-Nakheel Warehouse, Al-Khumrah Industrial Area, Jeddah"], producer="Microsoft® Word 2016", when="20241222101000"), "application/pdf")])
t10.add(me, "Dear Faisal,\n\nAll goods were loaded on 10 January on MSC Aurora, ETA Jeddah 24 January. The documents have been presented to Meridyen Bank "
        "under the LC.", at(2025, 1, 12, 15, 30))
t10.add(faisal, "الأخ إيمره المحترم،\n\nالسلام عليكم ورحمة الله وبركاته،\n\nمرفق لكم أمر شراء إضافي لموسم عيد الفطر بالكميات والمواصفات المحدثة. الملف مضغوط "
        "ومحمي بكلمة مرور وفق سياسة الشركة الجديدة لحماية المستندات.\n\nكلمة المرور: Nkl@2025\n\nنرجو مراجعة الأمر وتأكيد الأسعار وموعد الشحن اليوم إن أمكن، "
        "لأن الوقت ضيق قبل العيد.\n\nمع التحية\nفيصل", at(2025, 1, 27, 2, 14, RUH), HJ("account-takeover"), client="owa16", sig=False, cs="utf-8",
        xoip=f"102.89.{R.randint(32, 47)}.{R.randint(2, 250)}",
        atts=[("أمر_شراء_عيد_الفطر_2025.rar", rar4([("PO_NKL-2025-118.pdf.scr", 418304)], (2025, 1, 26, 23, 40, 0)), "application/x-rar-compressed")],
        scen=("A5", "Saudi distributor's Exchange account used through OWA from a foreign IP at 02:14 (UTF-8 instead of his windows-1256 Outlook, with a quote "
                    "where he never quotes): Arabic 'Eid order' with a password-protected RAR and the password in the text"))
t10.add(me, "Dear Faisal,\n\nThank you - the attachment is a password-protected RAR file, which our system does not allow. Could you send the order as a "
        "PDF or Excel? I'll also call you today to go through it.", at(2025, 1, 27, 10, 40))
t10.add(faisal, "أخي إيمره،\n\nلم أرسل أي أمر شراء! يبدو أن بريدي تعرض للاختراق الليلة الماضية. الرجاء عدم فتح المرفق وحذف الرسالة، وقسم تقنية المعلومات "
        "يعمل على الموضوع الآن.\nشكراً على التنبيه.", at(2025, 1, 27, 12, 5, RUH), G, quote=False)

# ================================================================ T11 Al-Nakheel logistics: orphan reply to a mail Selin sent from her own mailbox
t11 = Thread("T11", mohammed, "Draft B/L - Jeddah shipment (LC 0731ILC2400916)")
selin_mid = f"<{R.randint(100000, 9999999)}{int(at(2025, 1, 9, 16, 2).timestamp())}@mail.yandex.com>"
t11.refs = [selin_mid]
t11.last = dict(t=at(2025, 1, 9, 16, 2), name=selin.name, email=selin.email, subj="Draft B/L - Jeddah shipment (LC 0731ILC2400916)",
                to=[(mohammed.name, mohammed.email)], cc=[], plain="Dear Mohammed,\n\nPlease find attached the draft B/L for the Jeddah shipment (MSC Aurora, "
                "ETD 10 January) for your approval before we release it to the line.\n\nBest regards\nSelin Koç\nExport Operations\nSarıkaya Ev Tekstili")
t11.add(mohammed, "Dear Selin,\n\nThank you for the draft. Two corrections as per the LC, please:\n1) Consignee: \"To the order of Saudi National Bank\"\n"
        "2) Notify party: Al-Nakheel Home Furnishings Co., P.O. Box 52211, Jeddah 21563\n\nI copy Mr. Emre for his information.",
        at(2025, 1, 10, 9, 15, RUH), GO, to=[(selin.name, selin.email)], cc=[(me.name, me.email)],
        scen=("O2", "Saudi logistics coordinator replies to a draft B/L that the owner's colleague sent from her own mailbox and copies the owner in "
                    "(parent not in the mailbox)"))
t11.add(me, "Dear Mohammed,\n\nThank you - Selin will send the corrected draft this morning.", at(2025, 1, 10, 9, 40),
        to=[(mohammed.name, mohammed.email)], cc=[(selin.name, selin.email)])
t11.add(selin, "Dear Mohammed,\n\nCorrected draft B/L attached with both changes.", at(2025, 1, 10, 11, 20), G, to=[(mohammed.name, mohammed.email)],
        cc=[(me.name, me.email)],
        atts=[("DraftBL_MEDU9128834_rev1.pdf", pdf(["MSC - DRAFT BILL OF LADING MEDU9128834 (rev.1)", "Consignee: TO THE ORDER OF SAUDI NATIONAL BANK",
                                                   "Notify: Al-Nakheel Home Furnishings Co., P.O. Box 52211, Jeddah 21563"], producer="MSC myMSC", when="20250110111000"), "application/pdf")])
t11.add(mohammed, "Dear Selin,\n\nConfirmed, thank you. Please release it.", at(2025, 1, 10, 11, 58, RUH), G, to=[(selin.name, selin.email)], cc=[(me.name, me.email)])

# ================================================================ T27 Meridyen Bank trade finance officer (human, M365 Outlook in Turkish)
t27 = Thread("T27", bank_tf, "İhracat akreditifi ihbarı - 0731ILC2400916 (Al-Nakheel)")
t27.add(bank_tf, "Emre Bey merhaba,\n\nSaudi National Bank, Riyad tarafından lehinize açılan USD 148.560,00 tutarlı ihracat akreditifi şubemize ihbar "
        "edilmiştir. MT700 kopyası ekte bilginize sunulmuştur. Akreditif şartlarını inceleyip varsa değişiklik taleplerinizi alıcıya iletmenizi rica ederiz.",
        at(2024, 11, 12, 10, 40),
        atts=[("MT700_0731ILC2400916.pdf", pdf(["MT700 ISSUE OF A DOCUMENTARY CREDIT - 0731ILC2400916", "Issuing bank: SAUDI NATIONAL BANK, RIYADH",
                                               "Advising bank: MERIDYEN BANK A.S. DENIZLI", "Amount USD 148,560.00  Latest shipment 25/01/2025", "Partial shipments ALLOWED"],
                                              producer="Meridyen Bank DTS", when="20241112103000"), "application/pdf")])
t27.add(me, "Zeynep Hanım merhaba,\n\nTeşekkür ederim. Şartları inceledik; alıcının talebimiz üzerine yaptığı değişiklikler (son sevk tarihi ve kısmi sevkiyat) "
        "akreditife işlenmiş, ek bir değişiklik talebimiz yok.", at(2024, 11, 12, 14, 5))
t27.add(bank_tf, "Emre Bey, bilgi için teşekkürler. Evrak ibrazında onaylı menşe şahadetnamesinin aslının da gerektiğini hatırlatırım.", at(2024, 11, 13, 9, 20), G)
t27.add(me, "Zeynep Hanım merhaba,\n\nEvrakları (konşimento, fatura, çeki listesi, menşe şahadetnamesi, sigorta poliçesi) yarın şubeye teslim ediyoruz.",
        at(2025, 1, 13, 16, 30))
t27.add(bank_tf, "Emre Bey merhaba,\n\nEvraklarınız incelenmiş ve rezervsiz bulunmuştur; bugün kurye ile Saudi National Bank'a gönderildi.", at(2025, 1, 20, 11, 5), G)
t27.add(bank_tf, "Emre Bey merhaba,\n\n0731ILC2400916 sayılı akreditif kapsamında USD 148.560,00 ödeme hesabınıza alacak kaydedilmiştir. İyi çalışmalar dilerim.",
        at(2025, 2, 3, 15, 40), G)

# A15 fake-thread: stranger 'discrepancy notice' for an LC number that does not exist, fabricated quote of Emre, OneNote attachment
fk_lc = Pt("Trade Services | Documentary Credits", "dc-operations@shreejifabrics.example", "ol16en", "fake-lc", tz=ZoneInfo("Asia/Kolkata"))
emit(fk_lc, "ol16en", at(2025, 2, 10, 9, 12, ZoneInfo("Asia/Kolkata")), [(me.name, me.email)], None,
     "RE: LC No. 0731ILC2500127 - Discrepancy Notification / Documents Held", [f"<{R.randint(100000, 9999999)}{int(at(2025, 2, 7, 15, 12).timestamp())}@mail.yandex.com>"],
     "Dear Beneficiary,\n\nWith reference to the documents presented under the above Letter of Credit, please be informed that the issuing bank has raised "
     "the following discrepancies:\n\n1. Late presentation\n2. Certificate of Origin not legalized\n3. Invoice amount exceeds the credit amount\n\n"
     "Documents are held at your disposal pending your instructions. The full discrepancy advice (SWIFT MT734) and the applicant's waiver form are "
     "in the attached secure document. Please open the attachment and click \"View Document\" to confirm the waiver within 2 working days, otherwise "
     "the documents will be returned.\n\nRegards,\nTrade Services Operations\nDocumentary Credits Unit\n\n"
     "From: Emre Yilmaz <emre.yilmaz@sarikayatekstil.example>\nSent: Friday, February 7, 2025 3:12 PM\nTo: dc-operations\n"
     "Subject: LC No. 0731ILC2500127 - documents presentation\n\nDear Sirs,\nPlease find attached our documents for presentation under the above LC.\n"
     "Best regards,\nEmre", label=HJ("fake-thread"), orig_ip=f"41.216.{R.randint(180, 190)}.{R.randint(2, 250)}",
     atts=[("LC_0731ILC2500127_MT734.one", onenote("MT734 Discrepancy Advice - double-click View Document"), "application/onenote")],
     scen=("A15", "stranger on an unrelated compromised domain: 'RE: LC discrepancy notification' for a non-existent LC with a fabricated quote of Emre, "
                  "In-Reply-To not in the mailbox, OneNote attachment"))

# ================================================================ T15 Ege Gümrük (customs broker, cPanel/Exim + Outlook 2016, windows-1254): UK shipment
t15 = Thread("T15", levent, "Harrow & Finch sevkiyatı - GÇB ve EUR.1")
t15.add(me, "Levent Bey merhaba,\n\n22 Ekim Aliağa çıkışlı İngiltere sevkiyatımızın faturası (CI-24-0388) ve çeki listesi ekte. EUR.1 dolaşım belgesi de "
        "gerekecek; alıcı gümrüğü önceden beyan etmek istiyor.", at(2024, 10, 17, 11, 20),
        atts=[("CI-24-0388.pdf", pdf(["COMMERCIAL INVOICE CI-24-0388", "Harrow & Finch Home Ltd", "Total FOB Izmir USD 61,440.00"], producer="Microsoft® Excel® 2016", when="20241017110000"), "application/pdf"),
              ("PL-24-0388.pdf", pdf(["PACKING LIST PL-24-0388", "200 cartons, 2,400 sets, gross 4,310 kg"], producer="Microsoft® Excel® 2016", when="20241017110100"), "application/pdf")])
t15.add(levent, "Emre Bey merhaba,\n\nEvraklar alındı. Beyanname taslağı ekte; kontrol edip onay verirseniz bugün tescil ederiz. EUR.1'i de DENİB'e "
        "elektronik olarak girdik.", at(2024, 10, 18, 10, 2), G,
        atts=[("GB_Taslak_HarrowFinch.pdf", pdf(["GUMRUK BEYANNAMESI - TASLAK", "Ihracatci: Sarikaya Ev Tekstili San. ve Tic. A.S.", "Alici: Harrow & Finch Home Ltd, UK",
                                                 "GTIP 6302.31.00.00.00, 2.400 takim", "Cikis: Aliaga"], producer="BİLGE Taslak", when="20241018095500"), "application/pdf")])
t15.add(me, "Levent Bey, taslak uygun, onaylıyorum. Bir de ricam var: tescil sonrası GÇB, EUR.1 ve konşimentonun taranmış hallerini tek bir sıkıştırılmış "
        "dosya olarak gönderebilir misiniz? İngiliz müşterinin gümrükçüsü hepsini bir arada istiyor.", at(2024, 10, 18, 11, 5))
t15.add(levent, "Emre Bey merhaba,\n\nİstediğiniz evraklar ekte tek ZIP dosyasında: GÇB (24200300EX00387211), EUR.1 ve konşimento.", at(2024, 10, 24, 14, 40), GH,
        scen=("G13", "customs broker sends the requested scans as one ZIP (PDFs inside) in the shipment thread"),
        atts=[("HarrowFinch_ihracat_evrak.zip", zipfile_bytes([("GCB_24200300EX00387211.pdf", pdf(["GUMRUK BEYANNAMESI 24200300EX00387211 - KAPANMIS"], producer="Canon iR-ADV C3930", when="20241024140000")),
                                                              ("EUR1_A2291187.pdf", pdf(["EUR.1 MOVEMENT CERTIFICATE A 2291187"], producer="Canon iR-ADV C3930", when="20241024140100")),
                                                              ("BL_MEDU9041187.pdf", pdf(["MSC BILL OF LADING MEDU9041187 - COPY NON NEGOTIABLE"], producer="Canon iR-ADV C3930", when="20241024140200"))],
                                                             (2024, 10, 24, 14, 35, 0)), "application/x-zip-compressed")])
t15.add(me, "Teşekkürler Levent Bey, müşteriye ilettim.", at(2024, 10, 24, 15, 10))

t16 = Thread("T16", levent, "Al-Nakheel sevkiyatı (Cidde) - GÇB ve menşe şahadetnamesi")
t16.add(me, "Levent Bey merhaba,\n\nCidde sevkiyatının evrakları ekte. Akreditif gereği menşe şahadetnamesi ve Ticaret Odası onaylı fatura gerekiyor; "
        "evrak ibraz tarihi sıkışık olduğu için 10 Ocak'ta tescil edilmesi önemli.", at(2025, 1, 8, 10, 10),
        atts=[("CI-25-0004_AlNakheel.pdf", pdf(["COMMERCIAL INVOICE CI-25-0004", "Al-Nakheel Home Furnishings Co.", "USD 148,560.00 CIF Jeddah"], producer="Microsoft® Excel® 2016", when="20250108100000"), "application/pdf")])
t16.add(levent, "Emre Bey merhaba,\n\nMenşe şahadetnamesi Denizli Ticaret Odası'na girildi, onaylı fatura yarın öğlen hazır olur. GÇB taslağı ekte.",
        at(2025, 1, 9, 9, 15), G,
        atts=[("GB_Taslak_AlNakheel.pdf", pdf(["GUMRUK BEYANNAMESI - TASLAK", "Alici: Al-Nakheel Home Furnishings Co., Jeddah", "GTIP 6302.60 / 6302.91"],
                                              producer="BİLGE Taslak", when="20250109091000"), "application/pdf")])
t16.add(me, "Taslak uygun Levent Bey, teşekkürler.", at(2025, 1, 9, 10, 0))
t16.add(levent, "Emre Bey, tescil edildi: 25200300EX00011834. Kapanmış GÇB ve onaylı menşe şahadetnamesi ekte; asılları bugün kuryeyle size gönderiyoruz.",
        at(2025, 1, 10, 16, 20), G,
        atts=[("GCB_25200300EX00011834.pdf", pdf(["GUMRUK BEYANNAMESI 25200300EX00011834 - KAPANMIS"], producer="Canon iR-ADV C3930", when="20250110161000"), "application/pdf"),
              ("Mense_Sahadetnamesi_AlNakheel.pdf", pdf(["CERTIFICATE OF ORIGIN No. 2025/DTO/00412", "Goods of Turkish origin"], producer="Canon iR-ADV C3930", when="20250110161100"), "application/pdf")])

t16b = Thread("T16b", levent, "Bramble & Oak sevkiyatı (Savannah) - GÇB")
t16b.add(me, "Levent Bey merhaba,\n\nABD sevkiyatımızın (Bramble & Oak, 24.480 adet havlu) fatura ve çeki listesi ekte. Yükleme 3 Nisan, Aliağa. "
         "Bayram arasına denk geldiği için şimdiden gönderiyorum.", at(2025, 3, 28, 17, 10),
         atts=[("CI-25-0031.pdf", pdf(["COMMERCIAL INVOICE CI-25-0031", "Bramble & Oak Home Inc.", "24,480 towels, FOB Izmir"], producer="Microsoft® Excel® 2016", when="20250328170000"), "application/pdf")])
emit(levent, "cpanelauto", t16b.last["t"] + datetime.timedelta(seconds=31), [(me.name, me.email)], None, "Ramazan Bayramı - ofisimiz kapalıdır", [t16b.refs[-1]],
     "Sayın ilgili,\n\nRamazan Bayramı nedeniyle ofisimiz 29 Mart - 1 Nisan 2025 tarihleri arasında kapalıdır. 2 Nisan Çarşamba günü itibarıyla "
     "e-postanıza dönüş yapılacaktır. Acil gümrük işlemleri için nöbetçi personelimize 0532 555 60 46 numarasından ulaşabilirsiniz.\n\n"
     "İyi bayramlar dileriz.\nEge Gümrük Müşavirliği Ltd. Şti.", no_html=True, frm="levent@egegumruk.example",
     mid=f"<E1t{alnum(4)}-0000000{alnum(2)}-{alnum(2)}@srv48.natrohost.example>",
     extra=[("Auto-Submitted", "auto-replied"), ("X-Autorespond", enc_words(t16b.last["subj"])), ("Precedence", "auto_reply"), ("X-Precedence", "auto_reply")],
     label=GH, scen=("G27", "customs broker's cPanel autoresponder (holiday notice): Exim-generated Message-ID, no client headers, In-Reply-To the owner's mail"))
t16b.add(levent, "Emre Bey merhaba, iyi bayramlar.\n\nEvraklarınızı aldık, GÇB taslağı ekte. Onayınızla yarın tescil ediyoruz.", at(2025, 4, 2, 9, 40), G,
         atts=[("GB_Taslak_BrambleOak.pdf", pdf(["GUMRUK BEYANNAMESI - TASLAK", "Alici: Bramble & Oak Home Inc., USA", "GTIP 6302.60.00.00.00"], producer="BİLGE Taslak", when="20250402093000"), "application/pdf")])
t16b.add(me, "Size de iyi bayramlar Levent Bey. Taslak uygun, onaylıyorum.", at(2025, 4, 2, 10, 5), client="olandroid")
t16b.add(levent, "Emre Bey, tescil tamamlandı: 25200300EX00087310. Konteyner yarın sabah gümrük sahasından çıkacak.", at(2025, 4, 2, 16, 45), G)
t16b.add(levent, "Emre Bey merhaba,\n\nABD sevkiyatına ait kapanmış beyanname ve ihracat evrakları ekte sıkıştırılmış olarak gönderilmiştir. KDV iadesi için "
         "muhasebenize iletebilirsiniz.\n\nDosya büyük olduğu için ZIP yaptık; açıp belgeyi çift tıklayarak görüntüleyebilirsiniz.\n\nİyi çalışmalar.",
         at(2025, 4, 8, 9, 14), HJ("server-hijack"), sig=False,
         atts=[("Kapanmis_GCB_25200300EX00087310.zip", zipfile_bytes([("Kapanmis_GCB_25200300EX00087310.pdf.lnk",
                                                                     lnk('/c start "" conhost --headless powershell -nop -w hidden -c "# inert probe placeholder"'))],
                                                                    (2025, 4, 8, 8, 50, 0)), "application/x-zip-compressed")],
         scen=("A10", "customs broker's own cPanel mailbox from the office IP (same Exim path, Outlook 16 headers, windows-1254): ZIP with a .pdf.lnk shortcut, "
                      "faithful quote; real scans come as PDFs"))
t16b.add(me, "Levent Bey, bugün gelen ZIP'i siz mi gönderdiniz? İçinde PDF yerine kısayol dosyası var, açmadım.", at(2025, 4, 8, 10, 2))
t16b.add(levent, "Emre Bey merhaba,\n\nHayır, biz göndermedik. Bilgisayarlarımızdan birinde virüs çıktı, bu sabah birçok müşterimize aynı e-posta gitmiş. "
         "Lütfen dosyayı açmayın ve silin. Kapanmış beyannameyi akşam PDF olarak ayrıca göndereceğim.", at(2025, 4, 8, 11, 30), G)


# ================================================================ T12 Çınar İplik (yarn mill, Google Workspace, Gmail web in Turkish)
t12 = Thread("T12", serkan, "Ne 30/1 penye kompakt iplik - Ekim/Kasım teslimat")
t12.add(me, "Serkan Bey merhaba,\n\nİngiltere ve Almanya siparişleri için Ekim-Kasım aylarında yaklaşık 42 ton Ne 30/1 penye kompakt pamuk ipliğine ihtiyacımız "
        "olacak. Güncel fiyatınızı, vadeyi ve aylık sevk kapasitenizi rica ederim.", at(2024, 9, 18, 10, 5))
t12.add(serkan, "Emre Bey merhaba,\n\nNe 30/1 penye kompakt için güncel fiyatımız 3,45 USD/kg, vade 60 gün. 42 ton için Ekim'de 20, Kasım'da 22 ton sevk "
        "edebiliriz. Pamuk Ege menşeli, sertifikalar her partiyle gelir.", at(2024, 9, 19, 11, 40), G)
t12.add(me, "Serkan Bey teşekkürler. Toplu alım olduğu için 3,40 USD/kg mümkün olur mu? Vadede esneyebiliriz.", at(2024, 9, 20, 9, 15))
t12.add(serkan, "Emre Bey akşam patronla konuştum, 3,40 olur ama vade 45 gün. Yarın sabah yazılı teyit ederim.", at(2024, 9, 20, 23, 47), GH,
        client="gandroid_tr", sig=False,
        scen=("G10", "yarn-mill sales manager answers at 23:47 from the Gmail app on his phone (short, no signature)"))
t12.add(me, "Tamamdır Serkan Bey, sipariş formunu Tuba Hanım iletecek. İyi çalışmalar.", at(2024, 9, 21, 9, 30))
t12.add(serkan, "Emre Bey merhaba,\n\nEkim-Kasım sevkiyatları tamamlandı; son irsaliye ekte. Toplam 42.180 kg.", at(2024, 11, 25, 14, 10), G,
        atts=[("Irsaliye_CNR-IRS-2024-2288.pdf", pdf(["CINAR IPLIK SAN. VE TIC. A.S. - SEVK IRSALIYESI CNR-IRS-2024-2288", "Alici: Sarikaya Ev Tekstili",
                                                     "Ne 30/1 penye kompakt, 11.260 kg"], producer="Logo Tiger 3", when="20241125140000"), "application/pdf")])
t12.add(me, "Serkan Bey merhaba,\n\nYeni yıl için Ne 20/1 ve Ne 30/1 fiyatlarınızı alabilir miyim? Mart-Nisan için yaklaşık 30 ton düşünüyoruz.",
        at(2025, 1, 6, 10, 20))
t12.add(serkan, "Emre Bey merhaba, iyi seneler.\n\nNe 20/1: 3,10 USD/kg, Ne 30/1: 3,38 USD/kg, vade 45 gün. Mart sonuna kadar teslim edebiliriz.",
        at(2025, 1, 7, 9, 55), G)

# ================================================================ T13 Çınar İplik accounting: reconciliation -> A6 look-alike domain with new bank details
t13 = Thread("T13", ayse, "Cari Hesap Mutabakatı - 31.12.2024")
t13.add(ayse, "Tuba Hanım, Emre Bey merhaba,\n\n31.12.2024 tarihi itibarıyla cari hesap mutabakat formumuz ekte. Kayıtlarımıza göre firmanız adına "
        "1.486.300,00 TL alacak bakiyemiz bulunmaktadır (Aralık ayı ÇNR2024000004127 ve ÇNR2024000004188 nolu faturalar dahil). Mutabık olup olmadığınızı "
        "kaşeli ve imzalı form ile bildirmenizi rica ederiz.\n\nİyi çalışmalar.", at(2025, 1, 8, 10, 20), to=[(tuba.name, tuba.email)], cc=[(me.name, me.email)],
        atts=[("Mutabakat_Sarikaya_31122024.pdf", pdf(["CINAR IPLIK SAN. VE TIC. A.S. - CARI HESAP MUTABAKAT FORMU", "Firma: Sarikaya Ev Tekstili San. ve Tic. A.S.",
                                                      "31.12.2024 itibariyla bakiye: 1.486.300,00 TL (alacak)", "Banka: Halkbank Denizli Ticari, IBAN " + grp(CINAR_TRY)],
                                                     producer="Logo Tiger 3", when="20250108101000"), "application/pdf")])
t13.add(tuba, "Ayşe Hanım merhaba,\n\nKayıtlarımız uyumludur, kaşeli ve imzalı mutabakat formu ekte.\n\nİyi çalışmalar.", at(2025, 1, 9, 11, 2), G,
        to=[(ayse.name, ayse.email)], cc=[(me.name, me.email)],
        atts=[("Mutabakat_Cinar_imzali.pdf", pdf(["CARI HESAP MUTABAKAT FORMU - MUTABIKIZ", "Sarikaya Ev Tekstili - kase / imza"], producer="HP Scan", when="20250109105500"), "application/pdf")])
t13.add(ayse, "Teşekkür ederiz Tuba Hanım, iyi çalışmalar.", at(2025, 1, 9, 11, 40), G, to=[(tuba.name, tuba.email)], cc=[(me.name, me.email)])
ayse_fake = Pt("Ayşe Çelik", "ayse.celik@clnariplik.example", "roundcube", "look-cinar", ayse.sig, lang="tr")
t13.add(ayse_fake, "Tuba Hanım, Emre Bey merhaba,\n\nMutabakat için tekrar teşekkür ederiz. Sizi bilgilendirmek isteriz ki 1 Şubat 2025 itibarıyla Halkbank ile "
        "çalışmamız sona ermekte olup tüm tahsilatlarımızı yeni ana banka hesabımıza yönlendiriyoruz. Bu nedenle mutabakatta yer alan 1.486.300,00 TL "
        "bakiyenin ve Ocak ayı faturalarımızın (ÇNR2025000000087 ve ÇNR2025000000112) ödemelerinin aşağıdaki hesabımıza yapılmasını rica ederiz:\n\n"
        f"Hesap adı: Çınar İplik San. ve Tic. A.Ş.\nBanka: Anadolu Katılım Bankası A.Ş. - Denizli Sanayi Şubesi\nIBAN: {grp(CINAR_FAKE)}\n\n"
        "Eski hesabımıza gönderilecek ödemeler banka tarafından iade edilecek olup tahsilat gecikmesine neden olacaktır. Şubat vadesindeki ödemenizin "
        "aksamaması için kayıtlarınızı bugün güncellemenizi ve ödeme sonrasında dekontu bu adrese iletmenizi rica ederiz. Islak imzalı banka değişiklik "
        "yazımız kargo ile ayrıca gönderilecektir.\n\nSerkan Bey bu hafta yurt dışında fuarda olduğu için telefonla ulaşamayabilirsiniz; her türlü sorunuz "
        "için bu e-posta üzerinden bana yazabilirsiniz.\n\nSaygılarımızla,", at(2025, 1, 29, 11, 20), HJ("lookalike-domain"), client="roundcube",
        quote_text=t13.last["plain"].replace("Teşekkür ederiz Tuba Hanım, iyi çalışmalar.",
                                             "Teşekkür ederiz Tuba Hanım, iyi çalışmalar. Banka bilgilerimizdeki güncellemeyi ayrıca ileteceğiz."),
        to=[(tuba.name, tuba.email)], cc=[(me.name, me.email)],
        scen=("A6", "yarn mill's accountant at a look-alike domain (clnariplik vs cinariplik): long Turkish bank-change letter with a new TR IBAN, "
                    "urgency and 'the manager is abroad', quote of the real reconciliation thread with one planted sentence, no payload"))
t13f = Thread("T13f", tuba, "Fwd: " + t13.last["subj"], mysig=SIG_TR)
t13f.add(tuba, "Emre Bey, bu e-posta size de geldi mi? Gönderen adresi 'clnariplik' yazıyor, bizim kayıtlı adres 'cinariplik'. Serkan Bey'i cep telefonundan "
         "arayıp teyit edeceğim; teyit olmadan hiçbir hesap değişikliği yapmıyoruz.", at(2025, 1, 29, 11, 52),
         sig=tuba.sig + "\n\n-------- Yönlendirilen ileti --------\n" + t13.last["plain"])
t13f.add(me, "Tuba Hanım, evet bende de var. Kesinlikle sahte: alan adı farklı, Ayşe Hanım bize hep cinariplik adresinden yazıyor. Serkan Bey'le ben de "
         "konuştum, banka değişikliği yokmuş. Ödemeyi eski hesaba planlandığı gibi yapalım.", at(2025, 1, 29, 12, 10))

# ================================================================ T14 Ak İplik (small yarn mill, consumer Gmail)
t14 = Thread("T14", murat, "Pamuk/polyester karışım iplik teklifi")
t14.add(me, "Murat Bey merhaba,\n\nNe 24/1 %50 pamuk / %50 polyester karışım ipliğiniz için fiyat alabilir miyim? Aylık 8-10 ton düşünüyoruz, havlu zemini için.",
        at(2024, 10, 2, 14, 0))
t14.add(murat, "Emre bey merhaba\n\nNe 24/1 pes/pamuk 50/50 için 2,35 USD/kg, peşin. 30 gün vade 2,42. Stoktan 10 tona kadar hemen verebilirim.",
        at(2024, 10, 3, 8, 55), G)
t14.add(me, "Teşekkürler Murat Bey. Denemek için 2-3 numune bobin gönderebilir misiniz?", at(2024, 10, 3, 10, 5))
t14.add(murat, "Numune bobinleri bugün Yurtiçi Kargo ile gönderdim, takip no 412875590214. Pazartesi elinizde olur.", at(2024, 10, 4, 17, 30), G)
t14.add(me, "Murat Bey merhaba,\n\nNumuneler uygun çıktı ama şimdilik havlu programı ertelendi. Bahar sezonunda tekrar yazacağım.", at(2024, 10, 15, 11, 0))
t14.add(murat, "Tamamdır Emre bey, haber bekliyorum. İyi çalışmalar", at(2024, 10, 15, 11, 42), G)

# ================================================================ T18 Mali müşavir (consumer Gmail): monthly payslips -> A11 server-hijack (payroll link PDF)
t18 = Thread("T18", gulsen, "Bordrolar e-posta ile")
t18.add(me, "Gülşen Hanım merhaba,\n\nBordrolarımı bundan sonra e-posta ile alabilir miyim? Kağıt bordrolar seyahatlerde kayboluyor.", at(2024, 10, 2, 9, 40))
t18.add(gulsen, "Emre Bey merhaba,\n\nTabii. Bordrolar şifreli PDF olarak gelecek; şifre, T.C. kimlik numaranızın son 6 hanesi. Eylül 2024 bordronuz ekte.",
        at(2024, 10, 3, 10, 15), G, atts=[("Bordro_2024-09_EmreYilmaz.pdf", pdf_locked("Bordro 2024-09"), "application/pdf")])
t18.add(gulsen, "Emre Bey merhaba,\n\nEkim 2024 bordronuz ekte.", at(2024, 11, 4, 11, 2), G, atts=[("Bordro_2024-10_EmreYilmaz.pdf", pdf_locked("Bordro 2024-10"), "application/pdf")])
t18.add(gulsen, "Emre Bey merhaba,\n\nKasım 2024 bordronuz ekte.", at(2024, 12, 3, 10, 48), G, atts=[("Bordro_2024-11_EmreYilmaz.pdf", pdf_locked("Bordro 2024-11"), "application/pdf")])
t18.add(gulsen, "Emre Bey merhaba,\n\nAralık 2024 bordronuz ekte. Ocak'tan itibaren yeni asgari ücret ve vergi dilimleri uygulanacak.", at(2025, 1, 6, 14, 20), G,
        atts=[("Bordro_2024-12_EmreYilmaz.pdf", pdf_locked("Bordro 2024-12"), "application/pdf")])
t18.add(me, "Teşekkürler Gülşen Hanım. Ocak'ta brüt ücrette bir değişiklik olacak mı, yoksa sadece kesintiler mi değişiyor?", at(2025, 1, 6, 15, 5))
t18.add(gulsen, "Emre Bey, brütünüz aynı kalıyor; sadece gelir vergisi dilimleri güncellendiği için net tutar yıl içinde daha geç düşecek.",
        at(2025, 1, 7, 9, 30), G)
t18.add(gulsen, "Emre Bey merhaba,\n\nOcak 2025 bordronuz ekte. Şifre aynı.", at(2025, 2, 4, 10, 10), GH,
        scen=("G14", "accountant sends the monthly payslip as a password-protected PDF; the password was agreed earlier and is not in the mail"),
        atts=[("Bordro_2025-01_EmreYilmaz.pdf", pdf_locked("Bordro 2025-01"), "application/pdf")])
t18.add(gulsen, "Emre Bey merhaba,\n\nŞubat 2025 bordronuz ekte.", at(2025, 3, 4, 10, 35), G, atts=[("Bordro_2025-02_EmreYilmaz.pdf", pdf_locked("Bordro 2025-02"), "application/pdf")])
t18.add(gulsen, "Emre Bey merhaba,\n\nMart 2025 bordronuz e-Bordro sistemimize yüklenmiştir. Bu aydan itibaren bordrolar güvenlik nedeniyle e-posta eki "
        "yerine e-Bordro portalı üzerinden görüntülenecektir. Ekteki dosyadaki bağlantıya tıklayıp e-Devlet bilgilerinizle giriş yaparak bordronuzu "
        "görüntüleyebilirsiniz.\n\nKolay gelsin.", at(2025, 4, 3, 7, 52), HJ("server-hijack"), sig=False,
        atts=[("eBordro_Mart2025.pdf", pdf(["e-BORDRO BILGILENDIRME", "Mart 2025 donemi bordronuz hazirlanmistir.", "Bordronuzu goruntulemek icin tiklayiniz:",
                                            "https://ebordro-goruntule.example/giris?ref=edevlet"], producer="Microsoft® Word 2013",
                                           when="20250402213000", uris=["https://ebordro-goruntule.example/giris?ref=edevlet&u=emre.yilmaz"]), "application/pdf")],
        scen=("A11", "accountant's own Gmail account (identical Gmail headers): payroll lure - unprotected PDF with a link to an 'e-Bordro' login, "
                     "no signature, faithful quote; her real payslips are password-protected PDFs"))
t18.add(gulsen, "Emre Bey merhaba,\n\nDün sabah benim adresimden giden 'e-Bordro portalı' e-postasını lütfen dikkate almayın, Gmail hesabıma başkası girmiş. "
        "Şifremi değiştirdim ve iki adımlı doğrulamayı açtım. Mart bordronuz ekte, eskisi gibi şifreli.", at(2025, 4, 4, 9, 5), G,
        atts=[("Bordro_2025-03_EmreYilmaz.pdf", pdf_locked("Bordro 2025-03"), "application/pdf")])

# ================================================================ T19 Mali müşavir: export VAT refund, forwarded GİB notice
t19 = Thread("T19", gulsen, "İhracat KDV iadesi - 2024/10 dönemi")
t19.add(gulsen, "Emre Bey merhaba,\n\nEkim dönemi ihracat KDV iadesi için GÇB listesine ve ihracat faturaları listesine ihtiyacım var (Excel olarak). "
        "Tuba Hanım alış faturalarını gönderdi.", at(2024, 11, 11, 10, 30))
t19.add(me, "Gülşen Hanım merhaba,\n\nEkim ayı GÇB ve fatura listesi ekte: 3 beyanname, toplam 61.440 USD + 8.210 EUR.", at(2024, 11, 12, 16, 20),
        atts=[("GCB_Listesi_2024-10.xlsx", ooxml("xlsx", [["GCB No", "Tarih", "Fatura", "Tutar", "Doviz"], ["24200300EX00387211", "22.10.2024", "CI-24-0388", 61440, "USD"],
                                                         ["24200300EX00391004", "25.10.2024", "CI-24-0401", 5130, "EUR"], ["24200300EX00393377", "29.10.2024", "CI-24-0407", 3080, "EUR"]],
                                                 author="Emre Yılmaz", company="Sarıkaya Ev Tekstili", when="2024-11-12T13:10:00Z"), XLSX)])
t19.add(gulsen, "Teşekkürler Emre Bey, liste tamam. YMM raporu yaklaşık iki hafta sürer.", at(2024, 11, 13, 9, 5), G)
gib = ("---------- Forwarded message ---------\nGönderen: Gelir İdaresi Başkanlığı <bilgilendirme@gib.example>\nDate: 20 Ara 2024 Cum, 09:41\n"
       "Subject: KDV İade Talebiniz Hakkında (2024/10)\nTo: <gulsenarslan.smmm@gmail.com>\n\n\nSayın Mükellef,\n\n2024/10 dönemine ilişkin KDV iade talebinize "
       "ait eksiklik yazısı İnteraktif Vergi Dairesi'nde 'Yazışmalarım' bölümüne eklenmiştir. Eksikliklerin 30 gün içinde tamamlanmaması halinde talebiniz "
       "incelemeye sevk edilecektir.\n\nGelir İdaresi Başkanlığı\nBu e-posta bilgilendirme amaçlıdır.")
t19f = Thread("T19f", gulsen, "Fwd: KDV İade Talebiniz Hakkında (2024/10)")
t19f.add(gulsen, "Emre Bey merhaba,\n\nBilginize, GİB'den eksiklik yazısı geldi. Vergi dairesi Ekim'deki İngiltere sevkiyatı için navlun faturasını istiyor.",
         at(2024, 12, 20, 10, 12), GH, sig=gulsen.sig + "\n\n" + gib,
         scen=("G15", "accountant forwards (Fwd:) a tax-office notification with its link-free text, new subject without In-Reply-To"))
t19f.add(me, "Gülşen Hanım merhaba,\n\nNavlun faturası Marmara Lojistik'ten geldi, ekte. FOB satış olduğu için navlunu alıcı ödedi; fatura bilgi amaçlı.",
         at(2024, 12, 20, 11, 30),
         atts=[("ML-2024-10-4471_Navlun.pdf", pdf(["MARMARA LOJISTIK VE TASIMACILIK A.S. - FATURA ML-2024-10-4471", "Aliaga - Felixstowe 1x40HC", "Lokal masraflar"],
                                                 producer="Logo Tiger 3", when="20241028120000"), "application/pdf")])
t19f.add(gulsen, "Teşekkürler Emre Bey, yazıya cevap olarak bugün sisteme yükledim.", at(2024, 12, 20, 15, 2), G)

# ================================================================ T20 Pamukkale Ambalaj (carton supplier, Superonline-hosted Zimbra): legitimate bank change
t20 = Thread("T20", hatice, "Koli siparişi - 5 kat oluklu, 2 renk baskı")
t20.add(me, "Hatice Hanım merhaba,\n\nİngiltere siparişi için 200 adet 5 katlı oluklu koli (60x40x40 cm, 2 renk baskı, müşteri logolu) ihtiyacımız var. "
        "Baskı dosyası ekte. Fiyat ve termin rica ederim.", at(2024, 10, 7, 10, 15),
        atts=[("HF_koli_baski.pdf", pdf(["HARROW & FINCH - OUTER CARTON MARKS", "PO HF-24-0913 / Carton __ of 200"], producer="Adobe Illustrator 28.7", when="20241007100000"), "application/pdf")])
t20.add(hatice, "Emre Bey merhaba,\n\nAdet fiyatı 38,50 TL + KDV, termin 5 iş günü. Onay verirseniz bugün üretime alıyoruz.", at(2024, 10, 8, 9, 20), G)
t20.add(me, "Onaylıyorum Hatice Hanım, teşekkürler.", at(2024, 10, 8, 9, 45))
t20.add(hatice, "Emre Bey merhaba,\n\nKolileriniz yarın sabah sevk ediliyor; irsaliye ve fatura ekte.", at(2024, 10, 14, 16, 5), G,
        atts=[("PA_Fatura_PA2024000003311.pdf", pdf(["PAMUKKALE AMBALAJ SAN. TIC. LTD. STI. - e-FATURA PA2024000003311", "200 adet koli 60x40x40 5 kat",
                                                     "Toplam 9.240,00 TL", "IBAN " + grp(PA_OLD)], producer="Logo Tiger 3", when="20241014160000"), "application/pdf")])
t20.add(me, "Hatice Hanım merhaba,\n\nBahar siparişleri için 250 adet (İngiltere) ve 26 palet için 680 adet Wohnwerk kolisi gerekiyor, ölçüler ve baskı dosyaları ekte.",
        at(2025, 1, 23, 11, 0),
        atts=[("Koli_olculeri_2025Q1.xlsx", ooxml("xlsx", [["Musteri", "Olcu", "Adet"], ["Harrow & Finch", "60x40x40", 250], ["Wohnwerk", "50x35x30", 680]],
                                                  author="Emre Yılmaz", company="Sarıkaya Ev Tekstili", when="2025-01-23T08:00:00Z"), XLSX)])
t20.add(hatice, "Emre Bey merhaba,\n\nİki sipariş de 30 Ocak'ta hazır olur; fiyatlar geçen seneki gibi, sadece Wohnwerk kolisi 31,20 TL.", at(2025, 1, 24, 10, 12), G)
t20.add(mehmet, "Emre Bey merhaba,\n\nOcak siparişinizin faturası ekte.\n\nAyrıca bilginize: 1 Mart 2025 itibarıyla firmamızın banka hesabı Garanti BBVA'dan "
        "Ziraat Bankası Denizli Sanayi Şubesi'ne taşınmaktadır. Antetli ve imzalı yazımız ekte. Yeni hesaba ilk ödemenizden önce lütfen 0258 555 31 72 "
        "numarasından beni veya Hatice Hanım'ı arayarak teyit ediniz; e-posta ile gelen hesap değişikliklerini kendiniz de teyit etmeden dikkate almayınız.",
        at(2025, 2, 10, 14, 30), GH,
        scen=("G6", "supplier's accountant announces a real bank-account change with a signed letter PDF and asks to verify by phone (verified in Sent)"),
        atts=[("PA_Fatura_PA2025000000418.pdf", pdf(["PAMUKKALE AMBALAJ - e-FATURA PA2025000000418", "930 adet koli", "Toplam 31.641,00 TL", "IBAN " + grp(PA_OLD)],
                                                    producer="Logo Tiger 3", when="20250210142000"), "application/pdf"),
              ("Banka_Degisikligi_Bildirimi.pdf", pdf(["PAMUKKALE AMBALAJ SAN. TIC. LTD. STI.", "Konu: Banka hesap degisikligi", "1 Mart 2025 itibariyla yeni hesabimiz:",
                                                       "T.C. Ziraat Bankasi Denizli Sanayi Subesi", "IBAN " + grp(PA_NEW), "Teyit icin: 0258 555 31 72 (Muhasebe)",
                                                       "Kase / Imza: Mehmet Oz, Muhasebe - Ali Cakir, Mudur"], producer="Canon iR-ADV C3930", when="20250210141000"), "application/pdf")])
t20.add(me, "Mehmet Bey merhaba,\n\nBilgi için teşekkürler. Hatice Hanım'ı sabit hattan aradım ve yeni hesabı teyit ettim. Tuba Hanım 1 Mart'tan itibaren "
        "ödemeleri Ziraat hesabına yapacak.", at(2025, 2, 11, 10, 5), to=[(mehmet.name, mehmet.email)], cc=[(tuba.name, tuba.email), (hatice.name, hatice.email)])
t20.add(mehmet, "Emre Bey merhaba,\n\nŞubat sevkiyatının faturası ekte; ödemeyi yeni hesabımıza yapabilirsiniz:\n"
        f"Ziraat Bankası Denizli Sanayi Şubesi - IBAN {grp(PA_NEW)}\n\nTeyit için tekrar teşekkür ederiz.", at(2025, 3, 12, 11, 20), GH,
        cc=[(tuba.name, tuba.email)],
        scen=("G7", "the supplier's first invoice with the new (announced and phone-verified) IBAN in the text"),
        atts=[("PA_Fatura_PA2025000000702.pdf", pdf(["PAMUKKALE AMBALAJ - e-FATURA PA2025000000702", "Toplam 18.420,00 TL", "IBAN " + grp(PA_NEW)],
                                                    producer="Logo Tiger 3", when="20250312110000"), "application/pdf")])
t20.add(me, "Alındı Mehmet Bey, teşekkürler.", at(2025, 3, 12, 13, 0), cc=[(tuba.name, tuba.email)])


# ================================================================ T21 Marmara Lojistik (forwarder, M365 Outlook in Turkish) -> A14 look-alike freight invoice
t21 = Thread("T21", burak, "Navlun teklifi - Aliağa / Felixstowe 1x40HC")
t21.add(me, "Burak Bey merhaba,\n\nEkim sonu Aliağa - Felixstowe için 1x40HC navlun teklifinizi rica ederim. FOB satış, navlunu alıcı ödeyecek ama "
        "booking'i bizim üzerimizden yapmak istiyorlar.", at(2024, 9, 26, 10, 30))
t21.add(burak, "Emre Bey merhaba,\n\n1x40HC Aliağa - Felixstowe: USD 1.650 all-in (MSC, transit 14 gün), lokal masraflar TL olarak ayrıca faturalanır. "
        "Teklif 15 Ekim'e kadar geçerli.", at(2024, 9, 27, 9, 45), G)
t21.add(me, "Burak Bey, teşekkürler. 22 Ekim gemisi için booking yapalım lütfen; yükleme 18 Ekim Denizli.", at(2024, 10, 10, 11, 15))
t21.add(burak, "Emre Bey merhaba,\n\nBooking onaylandı: MSC Diletta, ETD 22 Ekim, cut-off 20 Ekim 12:00. Booking teyidi ekte.", at(2024, 10, 11, 10, 20), G,
        atts=[("Booking_MSC_EBKG09871154.pdf", pdf(["MSC BOOKING CONFIRMATION EBKG09871154", "1x40HC Aliaga - Felixstowe", "Vessel MSC DILETTA, ETD 22/10/2024"],
                                                   producer="MSC myMSC", when="20241011100000"), "application/pdf")])
t21.add(burak, "Emre Bey, konşimento taslağı ekte; 24 saat içinde onay verirseniz hatta iletiyoruz.", at(2024, 10, 23, 9, 10), G,
        atts=[("DraftBL_MEDU9041187.pdf", pdf(["MSC - DRAFT BILL OF LADING MEDU9041187"], producer="MSC myMSC", when="20241023090000"), "application/pdf")])
t21.add(me, "Burak Bey, taslak uygun.", at(2024, 10, 23, 10, 0))
t21.add(burak, "Emre Bey merhaba,\n\nLokal masraf faturamız ekte; banka bilgilerimiz faturanın altında yer almaktadır.", at(2024, 10, 28, 12, 5), G,
        atts=[("ML-2024-10-4471_Navlun.pdf", pdf(["MARMARA LOJISTIK VE TASIMACILIK A.S. - FATURA ML-2024-10-4471", "Lokal masraflar 1x40HC: 8.950,00 TL",
                                                 "Garanti BBVA Izmir Kurumsal - USD/TL IBAN " + grp(ML_USD)], producer="Logo Tiger 3", when="20241028120000"), "application/pdf")])
t21.add(me, "Burak Bey merhaba,\n\nMart sonu için iki sevkiyatımız var: 21 Mart Aliağa - Felixstowe (1x40HC) ve 3 Nisan Aliağa - Savannah (2x40HC, "
        "Bramble & Oak). Teklif ve booking rica ederim.", at(2025, 3, 5, 10, 0))
t21.add(burak, "Emre Bey merhaba,\n\nFelixstowe USD 1.480 (MSC Sveva 21 Mart), Savannah USD 3.950/40HC (Maersk Elba 3 Nisan). İkisi için de booking "
        "açtık, teyitler ekte.", at(2025, 3, 6, 11, 30), G,
        atts=[("Booking_MSC_EBKG10244718.pdf", pdf(["MSC BOOKING CONFIRMATION EBKG10244718", "MSC SVEVA ETD 21/03/2025"], producer="MSC myMSC", when="20250306110000"), "application/pdf"),
              ("Booking_Maersk_262199841.pdf", pdf(["MAERSK BOOKING 262199841", "2x40HC Aliaga - Savannah, MAERSK ELBA ETD 03/04/2025"], producer="Maersk", when="20250306111000"), "application/pdf")])
t21.add(burak, "Emre Bey merhaba,\n\nFelixstowe konşimentosu ve lokal masraf faturası ekte.", at(2025, 3, 24, 15, 15), G,
        atts=[("ML-2025-03-1187.pdf", pdf(["MARMARA LOJISTIK - FATURA ML-2025-03-1187", "Lokal masraflar: 9.480,00 TL", "IBAN " + grp(ML_USD)], producer="Logo Tiger 3", when="20250324150000"), "application/pdf")])
burak_fake = Pt("Burak Yıldız", "burak.yildiz@marmaralojisitk.example", "ol16fake", "look-ml", burak.sig, lang="tr")
t21.add(burak_fake, "Emre Bey merhaba,\n\nSavannah sevkiyatınıza (Maersk Elba, 2x40HC, B/L MAEU262199841) ait navlun ve lokal masraf faturamız ekte.\n\n"
        "Bilginize: yıl sonu denetimimiz sonrasında Garanti BBVA'daki USD hesabımız döviz işlemlerine kapatılmıştır. Bu sevkiyattan itibaren döviz "
        "ödemelerinizi faturada da belirtilen aşağıdaki hesabımıza yapmanızı rica ederiz:\n\n"
        f"Marmara Lojistik ve Taşımacılık A.Ş.\nKuveyt Katılım - İzmir Kurumsal Şube\nIBAN: {grp(ML_FAKE)} (USD)\n\n"
        "Gemi 19 Nisan'da Savannah'a varıyor. Alıcınızın ordino alabilmesi için ödemenin en geç 18 Nisan'da hesabımıza ulaşması gerekiyor, aksi halde "
        "liman depolama ve demuraj masrafları başlayacaktır. Ödeme dekontunu bu e-postaya yanıt olarak iletirseniz konşimento serbest bırakma talimatını "
        "aynı gün veririz.", at(2025, 4, 16, 14, 5), HJ("lookalike-domain"), client="ol16fake", orig_ip=f"176.42.{R.randint(1, 250)}.{R.randint(2, 250)}",
        atts=[("ML-2025-04-1462_Savannah.pdf", pdf(["MARMARA LOJISTIK VE TASIMACILIK A.S. - FATURA ML-2025-04-1462", "Aliaga - Savannah 2x40HC, MAEU262199841",
                                                   "Navlun USD 7.900,00 + lokal masraflar USD 640,00", "Toplam USD 8.540,00",
                                                   "Yeni hesap: Kuveyt Katilim Izmir Kurumsal, IBAN " + grp(ML_FAKE)], producer="Microsoft® Word 2016", when="20250416133000"), "application/pdf")],
        scen=("A14", "forwarder's sales rep at a look-alike domain (marmaralojisitk): freight invoice PDF for a real shipment, new USD IBAN, demurrage deadline, "
                     "faithful quote in the Turkish Outlook format"))
t21.add(me, "Burak Bey merhaba,\n\nSavannah navlunu FOB şartı gereği alıcıya faturalanıyor, bize değil. Ayrıca bu e-posta farklı bir alan adından geldi "
        "(marmaralojisitk). Sizi arıyorum.", at(2025, 4, 16, 15, 20), to=[(burak.name, burak.email)])
t21.add(burak, "Emre Bey merhaba,\n\nTelefonda konuştuğumuz gibi: o e-posta bizden değil, banka hesabımızda bir değişiklik yok. Alan adı bize çok benzeyen "
        "biri tarafından alınmış; birkaç müşterimize daha gitmiş. Uyarınız için teşekkürler.", at(2025, 4, 16, 16, 40), G)

# ================================================================ T22 Pamukkale Bilişim (IT contractor, Google Workspace) -> A12 account takeover
t22 = Thread("T22", onur, "Yandex 360 - telefonda Outlook kurulumu")
t22.add(me, "Onur Bey merhaba,\n\nYandex 360'a geçtik; telefonda Outlook uygulamasına hesabımı nasıl eklerim? Şifreyi kabul etmiyor.", at(2024, 10, 1, 9, 50))
t22.add(onur, "Emre Bey merhaba,\n\nYandex'te telefon uygulamaları için ayrı 'uygulama şifresi' gerekiyor:\n1) id.yandex.com.tr > Güvenlik > Uygulama şifreleri > "
        "'E-posta' için yeni şifre oluşturun\n2) Outlook'ta Hesap ekle > IMAP seçin, sunucu imap.yandex.com, port 993\n3) Şifre olarak oluşturduğunuz uygulama "
        "şifresini girin.\n\nTakılırsanız arayın.", at(2024, 10, 1, 10, 25), G)
t22.add(me, "Oldu Onur Bey, teşekkürler!", at(2024, 10, 1, 11, 40), client="olandroid")
t22.add(me, "Onur Bey merhaba,\n\nYeni dizüstüne HP yazıcıyı kuramadım, sürücü bulamıyor. Uzaktan bakabilir misiniz?", at(2024, 11, 18, 9, 10))
t22.add(onur, "Emre Bey merhaba,\n\nÖnce yazıcı sürücüsünü HP'nin kendi sayfasından kurun:\nhttps://support.hp.example/tr-tr/drivers/hp-color-laserjet-pro-mfp-m479-series/19202536\n\n"
        "Olmazsa AnyDesk'i resmi sitesinden indirip ID'nizi yazın, bağlanayım:\nhttps://anydesk.example/tr/downloads/windows", at(2024, 11, 18, 9, 35), GH,
        scen=("G32", "IT contractor sends vendor download links (driver, remote-support tool .exe) that the owner asked for"))
t22.add(me, "AnyDesk ID: 1 482 553 907", at(2024, 11, 18, 9, 58))
t22.add(onur, "Bağlandım, sürücü kuruldu, test sayfası çıktı. Kolay gelsin.", at(2024, 11, 18, 10, 31), G)
t22.add(onur, "Hello,\n\nA critical security update for the Yandex 360 mail client and the ERP connector must be installed on all company computers before "
        "Monday 09:00. Download the update package here:\n\n"
        f"https://www.dropbox.com/scl/fi/{alnum(21).lower()}/Y360_Security_Update_2025.04.zip?rlkey={alnum(25).lower()}&dl=1\n\n"
        "Extract the archive and run Setup.img, then follow the installer. This update is mandatory.\n\nIT Support", at(2025, 4, 27, 4, 10, ZoneInfo("Asia/Yekaterinburg")), HJ("account-takeover"),
        client="ol_gsmtp", sig=False, quote=False, orig_ip=f"193.233.{R.randint(1, 250)}.{R.randint(2, 250)}",
        scen=("A12", "IT contractor's Google Workspace account used with Outlook over SMTP from a foreign IP at 02:10 on a Sunday: English 'software update' "
                     "in a Turkish thread, Dropbox link to a ZIP with a disk image, no quote, no signature"))
t22.add(onur, "Emre Bey günaydın,\n\nDün gece benim hesabımdan İngilizce bir 'security update' e-postası gitmiş, kesinlikle tıklamayın. Google hesabıma "
        "yurt dışından giriş yapılmış; şifreyi değiştirdim, oturumları kapattım ve Dropbox'a kötüye kullanım bildirdim.", at(2025, 4, 28, 8, 30), G)

# the owner forwards A2 to the IT contractor; contractor answers
t22f = Thread("T22f", onur, "Fwd: " + t5.recs[-3]["subj"], mysig=SIG_TR)
t22f.add(me, "Onur Bey merhaba,\n\nAlman müşterimizden geldi ama ek makro istiyor, şüpheli görünüyor. Açmadım. Bakabilir misiniz?", at(2025, 2, 18, 13, 0),
         sig=SIG_TR + "\n\n-------- Yönlendirilen ileti --------\n" + t5.recs[-3]["plain"], atts=[("Bestellung_4500019204.docm", A2_DOCM, DOCM)])
t22f.add(onur, "Emre Bey merhaba,\n\nKesinlikle açmayın: makrolu Word dosyası, Emotet tarzı bir saldırı. Müşterinin sunucusu ele geçirilmiş olabilir, "
         "kendisine telefonla haber verin. Dosyanın hash'ini firewall'da engelledim ve sizin kutunuzdan sildim.", at(2025, 2, 18, 13, 35), G)

# ================================================================ T23 internal: Heimtextil 2025 -> A13 display-name spoof of the owner (gift cards)
t23 = Thread("T23", ahmet, "Heimtextil 2025 - stand ve müşteri randevuları", mysig=SIG_TR)
t23.add(ahmet, "Emre,\n\nHeimtextil 14-17 Ocak. Standımız yine Hall 11.1 C45. Müşteri randevu listesini hazırla; Selin de seninle gelecek.\n\nAhmet",
        at(2024, 11, 5, 9, 20), cc=[(selin.name, selin.email)], sig=False)
t23.add(me, "Ahmet Bey merhaba,\n\nTamam. İlk liste: Wohnwerk (Jürgen Albrecht), Harrow & Finch (Charlotte Pike), Van Dijk (Ruud) ve Galil Home. "
        "Bramble & Oak fuara gelmiyor, onlarla video görüşme yapacağız.", at(2024, 11, 5, 10, 5), to=[(ahmet.name, ahmet.email)], cc=[(selin.name, selin.email)])
t23.add(ahmet, "Güzel. Oteller Messe'ye yakın olsun, Selin rezervasyonları yapsın.\n\nAhmet", at(2024, 11, 6, 8, 40), G, cc=[(selin.name, selin.email)], sig=False)
t23.add(selin, "Ahmet Bey, Emre Bey merhaba,\n\nOtel rezervasyonları yapıldı: 13-17 Ocak, Maritim Hotel Frankfurt, 2 oda. Uçuşlar İzmir - Frankfurt 13 Ocak "
        "sabah, dönüş 17 Ocak akşam.", at(2024, 11, 6, 14, 15), G, to=[(ahmet.name, ahmet.email)], cc=[(me.name, me.email)])
t23.add(me, "Ahmet Bey merhaba,\n\nRandevu listesinin son hali ekte: 4 gün, 19 görüşme. Kataloglar 9 Ocak'ta kargoda olacak.", at(2025, 1, 8, 16, 40),
        to=[(ahmet.name, ahmet.email)], cc=[(selin.name, selin.email)],
        atts=[("Heimtextil2025_randevular.xlsx", ooxml("xlsx", [["Gun", "Saat", "Firma", "Kisi"], ["14.01", "10:00", "Wohnwerk", "J. Albrecht"],
                                                                ["14.01", "14:00", "Harrow & Finch", "C. Pike"], ["15.01", "11:00", "Van Dijk Agenturen", "R. van Dijk"],
                                                                ["15.01", "15:30", "Galil Home", "N. Ben-David"]], author="Emre Yılmaz", company="Sarıkaya Ev Tekstili",
                                                       when="2025-01-08T13:30:00Z"), XLSX)])
t23.add(ahmet, "Tamam, eline sağlık. Standda görüşürüz.\n\nAhmet", at(2025, 1, 8, 18, 2), G, cc=[(selin.name, selin.email)], sig=False)
ahmet_fake = Pt("Ahmet Sarıkaya", "ahmet.sarikaya.yk@outlook.com", "outlookcom", "outlookcom", tz=BER, lang="tr")
t23.add(ahmet_fake, "Emre,\n\nŞu an Frankfurt'ta bir görüşmedeyim, telefona çıkamıyorum. Yarın sabah standa gelecek iki büyük müşteriye küçük bir jest "
        "yapmak istiyorum; acil olarak 100 Euro'luk 8 adet Apple hediye kartı lazım. Havalimanındaki mağazadan ya da internetten alıp kartların arkasını "
        "kazıyıp kodların fotoğrafını bana buradan gönderebilir misin? Masrafı dönüşte Tuba Hanım'a kapattırırım.\n\nŞimdilik kimseye söyleme, sürpriz olsun.\n\n"
        "Ahmet", at(2025, 1, 13, 16, 40, BER), HJ("display-name-spoof"), client="outlookcom", sig=False, cc=None,
        scen=("A13", "the company owner's display name from an outlook.com address, inside the internal fair thread: urgent gift-card request, no link or "
                     "attachment, faithful quote, Selin dropped from Cc"))
t23.add(me, "Ahmet Bey, bu mesaj sizden mi? Adresiniz outlook.com görünüyor. Standa gelmeden önce sizi arayacağım.", at(2025, 1, 13, 18, 58), client="olandroid",
        to=[(ahmet.name, ahmet.email)])
t23.add(ahmet, "Emre, ben böyle bir şey istemedim, o adres benim değil. Kimseye kart falan alma. Onur'a da haber ver.\n\nAhmet", at(2025, 1, 13, 19, 20), G,
        sig=False)

# ================================================================ T24 internal: March shipment plan; Selin from her iPhone at night; A16 account takeover (MFA lure)
t24 = Thread("T24", selin, "Mart sevkiyat planı", mysig=SIG_TR)
t24.add(selin, "Emre Bey merhaba,\n\nMart-Nisan sevkiyat planı ekte:\n- Harrow & Finch, Felixstowe, 21 Mart (MSC Sveva)\n- Galil Home, forwarder teslim 24 Mart\n"
        "- Bramble & Oak, Savannah, 3 Nisan (Maersk Elba)\n\nHarrow & Finch'in 200 takım sage değişikliği planda işaretli.", at(2025, 3, 3, 10, 5),
        atts=[("Sevkiyat_Plani_Mart-Nisan_2025.xlsx", ooxml("xlsx", [["Musteri", "Liman", "Tarih", "Gemi"], ["Harrow & Finch", "Felixstowe", "21.03.2025", "MSC Sveva"],
                                                                     ["Galil Home", "Koper (forwarder)", "24.03.2025", "-"], ["Bramble & Oak", "Savannah", "03.04.2025", "Maersk Elba"]],
                                                            author="Selin Koç", company="Sarıkaya Ev Tekstili", when="2025-03-03T07:00:00Z"), XLSX)])
t24.add(me, "Teşekkürler Selin. Sage değişikliğini üretim planına da işleyelim; Kadir Bey'e haber verir misin?", at(2025, 3, 4, 18, 20))
t24.add(selin, "Not ettim, yarın sabah ilk iş Kadir Bey'le konuşacağım.\n\niPhone'umdan gönderildi", at(2025, 3, 4, 22, 41), GH, client="iphone_tr", sig=False,
        orig_ip=f"176.88.{R.randint(1, 250)}.{R.randint(2, 250)}",
        scen=("G33", "colleague answers at 22:41 from her iPhone over IMAP/SMTP (different client and mobile IP from her usual Yandex web)"))
t24.add(me, "Süper, teşekkürler Selin.", at(2025, 3, 5, 8, 45), client="olandroid")
t24.add(selin, "Emre Bey günaydın,\n\nOnur Bey'in duyurusunu gördünüz mü? Yandex 360'ta iki adımlı doğrulama zorunlu olmuş, cuma gününe kadar telefonunu "
        "tanımlamayan kullanıcıların hesabı kilitlenecekmiş. Ben şu linkten yaptım, 1 dakika sürüyor:\n\n"
        "https://yandex360-hesap-dogrulama.example/tr/2fa?u=emre.yilmaz%40sarikayatekstil.example\n\nKolay gelsin", at(2025, 3, 19, 6, 5),
        HJ("account-takeover"), client="pybot", sig=False, quote_client="yweb", orig_ip=f"5.181.{R.randint(156, 159)}.{R.randint(2, 250)}",
        scen=("A16", "colleague's Yandex 360 account used over SMTP from a foreign IP by a script (Python-style Message-ID, no X-Mailer) at 06:05: "
                     "MFA/2FA lure with a link to a fake Yandex page, quote in Yandex format copied from the thread"))
t24.add(selin, "Emre Bey,\n\nSabah benim adresimden giden 2FA linkli e-postayı ben göndermedim! Şifremi değiştirdim ve Onur Bey'e haber verdim. "
        "Lütfen linke tıklamayın.", at(2025, 3, 19, 9, 10), G)


# ================================================================ O1: Sabine replies to an internal Wohnwerk mail (not in the mailbox) and adds Emre
t5o = Thread("T5o", sabine, "WG: Etikettenfoto Renforcé FS25")
jw_mid = f"<{hx(32)}@WW-EX01.wohnwerk.local>"
t5o.refs = [jw_mid]
t5o.last = dict(t=at(2024, 11, 20, 10, 2, BER), name=juergen.name, email=juergen.email, subj="WG: Etikettenfoto Renforcé FS25", to=[(sabine.name, sabine.email)], cc=[],
                plain="Sabine,\n\nkannst du bitte das Etikettenfoto von Sarıkaya prüfen? Die Pflegesymbole sehen für mich etwas klein aus.\n\nGruß\nJürgen")
t5o.add(sabine, "Hallo Jürgen,\n\ndie Pflegesymbole sind in Ordnung (Mindestgröße 5 mm ist eingehalten). Aber das GOTS-Logo fehlt auf dem Etikett der Bio-Linie.\n\n"
        "Dear Emre (copied): could you please add the GOTS logo with our licence number CU 1038472 to the label of the organic line and send a new photo?",
        at(2024, 11, 20, 13, 44, BER), GO, to=[(juergen.name, juergen.email)], cc=[(me.name, me.email)],
        scen=("O1", "German buyer's QA colleague replies to an internal forward from her colleague (not in the mailbox) and copies Emre in"))
t5o.add(me, "Dear Sabine,\n\nThank you - GOTS logo with CU 1038472 added; photo of the corrected label attached.", at(2024, 11, 21, 11, 15),
        to=[(sabine.name, sabine.email)], cc=[(juergen.name, juergen.email)], atts=[("Etikett_Bio_GOTS_v2.png", png(300, 200, 23), "image/png")])
t5o.add(sabine, "Dear Emre,\n\nperfect, approved.", at(2024, 11, 21, 12, 2, BER), G, cc=[(juergen.name, juergen.email)])

# ================================================================ T29 Wonen & Slapen (Dutch retailer, M365 Outlook): direct PO after the agent's introduction
t29 = Thread("T29", marieke, "PO 7700412 - test order voorjaar 2025")
t29.add(marieke, "Dear Emre,\n\nFollowing your offer 24-266 via Ruud, please find attached our purchase order 7700412 for the spring test in 10 stores. "
        "Delivery DDP our DC in Tilburg, week 10. Please confirm.\n\nRuud is in copy.", at(2025, 1, 15, 14, 20, AMS), cc=[(ruud.name, ruud.email)],
        atts=[("PO_7700412.pdf", pdf(["WONEN & SLAPEN B.V. - INKOOPORDER 7700412", "Leverancier: Sarikaya Ev Tekstili", "6 artikelen, 2.800 stuks", "Levering DDP DC Tilburg, week 10"],
                                     producer="Microsoft Dynamics 365", when="20250115141500", zone="+01'00'"), "application/pdf")])
t29.add(me, "Dear Marieke,\n\nThank you for the order! Confirmation attached - delivery to your DC in Tilburg in week 10.", at(2025, 1, 16, 10, 30),
        cc=[(ruud.name, ruud.email)],
        atts=[("OC-25-0017_WonenSlapen.pdf", pdf(["SARIKAYA EV TEKSTILI - ORDER CONFIRMATION OC-25-0017", "Your PO 7700412, 2,800 pcs", "DDP DC Tilburg, week 10"],
                                                producer="Microsoft® Excel® 2016", when="20250116102000"), "application/pdf")])
t29.add(marieke, "Dear Emre,\n\nThank you. Could you also send us the product data (EAN, weights, carton dimensions) in our supplier template? Attached.",
        at(2025, 1, 17, 9, 5, AMS), G, cc=[(ruud.name, ruud.email)],
        atts=[("WS_Productdata_template.xlsx", ooxml("xlsx", [["Artikelnr", "EAN", "Gewicht (g)", "Doos L x B x H (cm)", "Stuks per doos"]], author="Marieke de Groot",
                                                    company="Wonen & Slapen B.V.", when="2025-01-17T08:00:00Z"), XLSX)])
t29.add(me, "Dear Marieke,\n\nTemplate filled in and attached.", at(2025, 1, 20, 15, 40), cc=[(ruud.name, ruud.email)],
        atts=[("WS_Productdata_Sarikaya.xlsx", ooxml("xlsx", [["Artikelnr", "EAN", "Gewicht (g)", "Doos", "Stuks"], ["SRK-SEER-WIT", "8690555012345", 1150, "60x40x40", 12],
                                                             ["SRK-SEER-SKY", "8690555012352", 1150, "60x40x40", 12]], author="Emre Yılmaz", company="Sarıkaya Ev Tekstili",
                                                    when="2025-01-20T12:30:00Z"), XLSX)])
t29.add(marieke, "Dear Emre,\n\nThe goods arrived at our DC yesterday, all according to spec. The first sell-through figures look promising - I'll share them "
        "with Ruud after four weeks.", at(2025, 3, 12, 10, 48, AMS), G, cc=[(ruud.name, ruud.email)])
t29.add(me, "Dear Marieke,\n\nThat's great to hear, thank you. Looking forward to the figures.", at(2025, 3, 12, 14, 10), client="olandroid", cc=[(ruud.name, ruud.email)])

# ================================================================ internal threads (Yandex 360)
ti1 = Thread("TI1", selin, "Numune gönderimleri - Ekim", mysig=SIG_TR)
ti1.add(me, "Selin merhaba,\n\nBu ay çıkacak numuneler:\n- Bramble & Oak: havlu bordür strike-off, 4 renk (2 hafta içinde)\n- Galil: jakar battaniye numuneleri gitti\n"
        "- Van Dijk: 2 askı seti (renforcé, perkal)\n\nDHL hesabından gönderebilir misin?", at(2024, 10, 23, 9, 30), to=[(selin.name, selin.email)])
ti1.add(selin, "Emre Bey merhaba,\n\nVan Dijk askıları bugün çıktı (AWB 4471935518). Bramble & Oak strike-off'ları hazır olunca haber verin, aynı gün gönderirim.",
        at(2024, 10, 23, 14, 12), G)
ti1.add(me, "Teşekkürler Selin. Strike-off'lar 6 Kasım'da hazır.", at(2024, 10, 23, 14, 40))
ti1.add(selin, "Bramble & Oak strike-off'ları bugün DHL ile çıktı: AWB 4471966330, tahmini teslim 13 Kasım.", at(2024, 11, 6, 16, 5), G)

ti2 = Thread("TI2", kadir, "Ocak-Şubat üretim planı", mysig=SIG_TR)
ti2.add(kadir, "Emre Bey merhaba,\n\nOcak-Şubat kapasite planı ekte. Wohnwerk 6.800 takım ve Al-Nakheel bornozları çakışıyor; dokuma 2. vardiyaya geçmezsek "
        "Wohnwerk'te KW 6'yı tutturamayız.", at(2024, 12, 12, 11, 0),
        atts=[("Uretim_Plani_Ocak-Subat_2025.xlsx", ooxml("xlsx", [["Siparis", "Adet", "Dokuma", "Boya", "Konfeksiyon", "Sevk"], ["Wohnwerk 4500018832", 6800, "KW50-KW2", "KW1-KW3", "KW3-KW5", "KW6"],
                                                                   ["Al-Nakheel Ramazan", 9200, "KW48-KW51", "KW50-KW52", "KW51-KW2", "10.01"]], author="Kadir Aslan",
                                                          company="Sarıkaya Ev Tekstili", when="2024-12-12T07:40:00Z"), XLSX)])
ti2.add(me, "Kadir Bey merhaba,\n\nAhmet Bey'le konuştum, Ocak'ın ilk üç haftası dokumada 2. vardiya onaylandı. Al-Nakheel sevkiyatı 10 Ocak'tan kaymasın, akreditif "
        "süresi dar.", at(2024, 12, 12, 15, 20), cc=[(ahmet.name, ahmet.email)])
ti2.add(kadir, "Tamam Emre Bey, planı buna göre güncelledim. Al-Nakheel 9 Ocak akşamı yüklemeye hazır olur.", at(2024, 12, 13, 9, 10), G, cc=[(ahmet.name, ahmet.email)])

ti3 = Thread("TI3", tuba, "Mart tahsilatları ve İBKB", mysig=SIG_TR)
ti3.add(tuba, "Emre Bey merhaba,\n\nMart sonu itibarıyla beklenen tahsilatlar: Galil bakiye 23.709 USD, Harrow & Finch 37.116 USD, Bramble & Oak bakiye Nisan "
        "ortası. İBKB için bankaya hangi faturaları eşleştirelim?", at(2025, 3, 20, 10, 15))
ti3.add(me, "Tuba Hanım merhaba,\n\nGalil: CI-25-0012, Harrow & Finch: CI-25-0042. Harrow & Finch'te 684 USD fazla ödeme olabilir, Tom Ashby'den teyit bekliyorum; "
        "fazlası bir sonraki siparişe mahsup edilecek.", at(2025, 3, 20, 11, 30))
ti3.add(tuba, "Anlaşıldı, teşekkürler. Fazla ödeme gelirse avans olarak kaydederim.", at(2025, 3, 20, 11, 52), G)

# ================================================================ more notices: airline, DHL
for t, subj, lines in [(at(2024, 12, 18, 14, 22), "Rezervasyon onayınız - PNR K7TQ2M",
                        ["Sayın EMRE YILMAZ,", "Rezervasyonunuz onaylanmıştır.", "13 Ocak 2025 İzmir (ADB) 07:40 - Frankfurt (FRA) 09:55, SA 1221",
                         "17 Ocak 2025 Frankfurt (FRA) 20:35 - İzmir (ADB) 00:40+1, SA 1222", "Yolcular: EMRE YILMAZ, SELİN KOÇ"]),
                       (at(2025, 1, 12, 7, 40), "Online check-in açıldı - SA 1221 İzmir - Frankfurt",
                        ["Sayın EMRE YILMAZ,", "13 Ocak 2025 tarihli SA 1221 uçuşunuz için online check-in açılmıştır.", "Biniş kartınızı mobil uygulamamızdan alabilirsiniz."])]:
    newsletter(airline, t, subj, lines, [("Rezervasyonu yönet", f"https://www.skyanadolu.example/tr/rezervasyon?pnr=K7TQ2M&s={hx(16)}"),
                                         ("Online check-in", "https://www.skyanadolu.example/tr/check-in")],
               "SkyAnadolu Havayolları A.Ş. | Bu e-posta rezervasyonunuzla ilgili bilgilendirme amacıyla gönderilmiştir.")
dhl_note(at(2024, 10, 24, 12, 40), "4471935518", "Teslim edildi", ["Gönderiniz alıcıya teslim edildi.", "Alıcı: VAN DIJK AGENTUREN B.V., AMSTERDAM"])
dhl_note(at(2025, 1, 10, 16, 5), "4472011894", "Gönderi alındı", ["Gönderiniz DHL Express tarafından teslim alındı.", "Alıcı: MESSE FRANKFURT, HALLE 11.1 STAND C45 (SARIKAYA)"])


# ================================================================ bank notifications (Türkiye-style, no reply headers)
def swift_in(t, amt, cur, sender, ref, label=None, scen=None):
    return bank_note(t, f"Hesabınıza {amt} {cur} tutarında yurt dışı havale girişi", [
        f"{t.astimezone(IST):%d.%m.%Y %H:%M} itibarıyla {grp(SRK_USD if cur == 'USD' else SRK_EUR)} IBAN numaralı {cur} hesabınıza yurt dışından havale girişi olmuştur.",
        "", f"Gönderen: {sender}", f"Tutar: {amt} {cur}", f"Açıklama: {ref}", f"İşlem referansı: MB{t:%y%m%d}{R.randint(100000, 999999)}",
        "", "İhracat bedelinin ihracat bedeli kabul belgesi (İBKB) işlemleri için şubenizle iletişime geçebilirsiniz."], label=label, scen=scen)


swift_in(at(2024, 9, 13, 10, 2), "18.432,00", "USD", "HARROW AND FINCH HOME LTD / BARCLAYS BANK PLC, LONDON", "PI-24-0388 DEPOSIT")
swift_in(at(2024, 11, 5, 14, 40), "43.008,00", "USD", "HARROW AND FINCH HOME LTD / BARCLAYS BANK PLC, LONDON", "CI-24-0388 BALANCE", label=GH,
         scen=("G17", "bank's automated incoming-SWIFT notification: no reply headers, IBAN, amounts and an e-banking button"))
swift_in(at(2025, 1, 10, 15, 12), "10.161,00", "USD", "GALIL HOME TEXTILES LTD / BANK LEUMI LE-ISRAEL, TEL AVIV", "PO GH-2501 DEPOSIT PI-25-0012")
swift_in(at(2025, 1, 17, 16, 55), "35.463,60", "USD", "BRAMBLE AND OAK HOME INC / TRUIST BANK, CHARLOTTE", "PO BO-5512 DEPOSIT")
swift_in(at(2025, 1, 31, 11, 20), "16.050,00", "USD", "HARROW AND FINCH HOME LTD / BARCLAYS BANK PLC, LONDON", "HF-25-0117 DEPOSIT")
swift_in(at(2025, 2, 3, 15, 5), "148.560,00", "USD", "SAUDI NATIONAL BANK, RIYADH", "LC 0731ILC2400916 PAYMENT")
swift_in(at(2025, 3, 26, 10, 48), "23.709,00", "USD", "GALIL HOME TEXTILES LTD / BANK LEUMI LE-ISRAEL, TEL AVIV", "PI-25-0012 BALANCE")
swift_in(at(2025, 4, 3, 12, 30), "37.800,00", "USD", "HARROW AND FINCH HOME LTD / BARCLAYS BANK PLC, LONDON", "CI-25-0042")
swift_in(at(2025, 4, 7, 11, 5), "75.960,00", "EUR", "WOHNWERK HEIMTEXTILIEN GMBH / SPARKASSE GUETERSLOH-RIETBERG", "RE-25-0019")
swift_in(at(2025, 4, 16, 16, 30), "82.748,40", "USD", "BRAMBLE AND OAK HOME INC / TRUIST BANK, CHARLOTTE", "CI-25-0031 BALANCE")
bank_note(at(2024, 11, 12, 9, 55), "İhracat Akreditifi İhbarı - 0731ILC2400916", [
    "Lehinize açılan ihracat akreditifi Bankamıza ihbar edilmiştir.", "", "Akreditif No: 0731ILC2400916", "Amir Banka: SAUDI NATIONAL BANK, RIYADH",
    "Amir: AL-NAKHEEL HOME FURNISHINGS CO.", "Tutar: 148.560,00 USD", "Son Sevk Tarihi: 25.01.2025", "", "Akreditif metni (MT700) ekte yer almaktadır. "
    "Şartları dikkatle inceleyiniz; uygun olmayan şartlar için değişiklik talebinizi alıcınıza iletiniz."], label=GH,
    scen=("G18", "bank's automated export-LC advice with the MT700 text as PDF, no reply headers"),
    atts=[("0731ILC2400916_MT700.pdf", pdf(["MT700 ISSUE OF A DOCUMENTARY CREDIT", "27: 1/1  40A: IRREVOCABLE  20: 0731ILC2400916", "32B: USD148560,00",
                                           "50: AL-NAKHEEL HOME FURNISHINGS CO.  59: SARIKAYA EV TEKSTILI SAN. VE TIC. A.S."], producer="Meridyen Bank DTS", when="20241112095000"), "application/pdf")])
bank_note(at(2024, 10, 1, 8, 12), "Kurumsal İnternet Şubesi: yeni cihazdan giriş", [
    "Kurumsal İnternet Şubenize 01.10.2024 08:11 tarihinde yeni bir cihazdan (Windows 11, Chrome, Denizli) giriş yapılmıştır.",
    "Bu işlemi siz yapmadıysanız hemen 0850 555 00 44 numaralı Müşteri İletişim Merkezimizi arayınız."])
for mo, d in ((10, 4), (11, 4), (12, 3), (1, 3), (2, 4), (3, 4), (4, 3), (5, 5)):
    y = 2024 if mo >= 9 else 2025
    bank_note(at(y, mo, d, 7, 30), f"{TR_MON[(mo - 2) % 12]} {y if mo > 1 else y - 1} Hesap Özeti", [
        f"{TR_MON[(mo - 2) % 12]} ayına ait USD, EUR ve TL hesaplarınızın hesap özeti ekte yer almaktadır.", "Hesap özeti PDF dosyası, vergi kimlik numaranızın ilk 6 hanesi ile açılır."],
        atts=[(f"HesapOzeti_{y if mo > 1 else y - 1}{(mo - 2) % 12 + 1:02d}.pdf", pdf_locked("Hesap Ozeti"), "application/pdf")])

# ================================================================ e-invoice integrator notifications (BulutFatura)
bulut_ids = {}
for t, seller, no, amt in [(at(2024, 9, 30, 18, 2), "DHL WORLDWIDE EXPRESS TAŞIMACILIK VE TİC. A.Ş.", "DHL2024000187334", "2.486,40"),
                           (at(2024, 10, 14, 16, 22), "PAMUKKALE AMBALAJ SAN. TİC. LTD. ŞTİ.", "PA2024000003311", "9.240,00"),
                           (at(2024, 10, 28, 12, 20), "MARMARA LOJİSTİK VE TAŞIMACILIK A.Ş.", "ML2024000004471", "8.950,00"),
                           (at(2024, 10, 31, 17, 40), "ÇINAR İPLİK SAN. VE TİC. A.Ş.", "ÇNR2024000003602", "2.295.860,00"),
                           (at(2024, 11, 29, 17, 35), "ÇINAR İPLİK SAN. VE TİC. A.Ş.", "ÇNR2024000003977", "2.514.020,00"),
                           (at(2024, 12, 27, 17, 50), "ÇINAR İPLİK SAN. VE TİC. A.Ş.", "ÇNR2024000004188", "688.140,00"),
                           (at(2025, 1, 31, 17, 20), "ÇINAR İPLİK SAN. VE TİC. A.Ş.", "ÇNR2025000000112", "1.061.600,00"),
                           (at(2025, 2, 10, 14, 40), "PAMUKKALE AMBALAJ SAN. TİC. LTD. ŞTİ.", "PA2025000000418", "31.641,00"),
                           (at(2025, 3, 11, 17, 45), "ÇINAR İPLİK SAN. VE TİC. A.Ş.", "ÇNR2025000000142", "1.134.900,00"),
                           (at(2025, 3, 12, 11, 30), "PAMUKKALE AMBALAJ SAN. TİC. LTD. ŞTİ.", "PA2025000000702", "18.420,00"),
                           (at(2025, 3, 24, 15, 25), "MARMARA LOJİSTİK VE TAŞIMACILIK A.Ş.", "ML2025000001187", "9.480,00"),
                           (at(2025, 4, 30, 17, 30), "ÇINAR İPLİK SAN. VE TİC. A.Ş.", "ÇNR2025000000391", "986.250,00")]:
    lab = (GH, ("G16", "e-invoice integrator's automated 'new e-invoice received' notification with portal button, no reply headers")) if no == "ML2024000004471" else (None, None)
    bulut_ids[no] = bulut_note(t, f"Yeni e-Fatura: {seller} - {no}", [f"{seller} tarafından firmanıza {no} numaralı, {amt} TL tutarlı e-Fatura gönderilmiştir.",
                                                                        f"Fatura tarihi: {t:%d.%m.%Y}", "Ticari faturalar için 8 gün içinde kabul/red yanıtı verebilirsiniz."],
                               f"https://portal.bulutfatura.example/gelen/{ruuid()}", label=lab[0], scen=lab[1])
ubl = ('<?xml version="1.0" encoding="UTF-8"?>\n<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">'
       f"<cbc:UBLVersionID>2.1</cbc:UBLVersionID><cbc:CustomizationID>TR1.2</cbc:CustomizationID><cbc:ProfileID>EARSIVFATURA</cbc:ProfileID><cbc:ID>OFD2025000002291</cbc:ID>"
       f"<cbc:UUID>{ruuid()}</cbc:UUID><cbc:IssueDate>2025-02-14</cbc:IssueDate><cbc:InvoiceTypeCode>SATIS</cbc:InvoiceTypeCode><cbc:DocumentCurrencyCode>TRY</cbc:DocumentCurrencyCode>"
       "<cbc:Note>Toner ve fotokopi kağıdı</cbc:Note></Invoice>\n").encode()
bulut_note(at(2025, 2, 14, 16, 8), "e-Arşiv Faturanız: OFİS DÜNYASI KIRTASİYE - OFD2025000002291",
           ["OFİS DÜNYASI KIRTASİYE LTD. ŞTİ. tarafından adınıza OFD2025000002291 numaralı, 4.812,00 TL tutarlı e-Arşiv fatura düzenlenmiştir.",
            "Faturanın PDF ve XML (UBL-TR) dosyaları ekteki ZIP dosyasındadır."], "https://portal.bulutfatura.example/earsiv/sorgula",
           label=GH, scen=("G30", "integrator e-mails an e-Arşiv invoice as a ZIP (PDF + UBL-TR XML), no reply headers"),
           atts=[("OFD2025000002291.zip", zipfile_bytes([("OFD2025000002291.pdf", pdf(["e-ARSIV FATURA OFD2025000002291", "OFIS DUNYASI KIRTASIYE LTD. STI.",
                                                                                      "Toner ve fotokopi kagidi", "Toplam 4.812,00 TL"], producer="BulutFatura PDF", when="20250214160000")),
                                                         ("OFD2025000002291.xml", ubl)], (2025, 2, 14, 16, 7, 0)), "application/zip")])

# A7: display-name spoof of the integrator, replying to a real notification, with an HTML attachment (credential form)
fk_ef = Pt("BulutFatura", "destek-bildirim@efat-bildirim-merkezi.example", "phpmailer", "fake-efat")
efat_html = ('<!DOCTYPE html><html lang="tr"><head><meta charset="utf-8"><title>BulutFatura - e-Fatura Görüntüleme</title>'
             '<style>body{font-family:Segoe UI,Arial;background:#f2f5f9}.k{width:380px;margin:80px auto;background:#fff;padding:28px;border-radius:6px;box-shadow:0 2px 8px #0002}'
             'input{width:100%;padding:9px;margin:6px 0 14px;border:1px solid #ccd}button{width:100%;padding:10px;background:#1f7ae0;color:#fff;border:0}</style></head>'
             '<body><div class="k"><img src="https://cdn.bulutfatura.example/mail/bulutfatura-logo.png" height="30" alt="BulutFatura">'
             '<p>ÇNR2025000000142 numaralı e-Fatura ve itiraz kaydını görüntülemek için e-posta hesabınızla oturum açın.</p>'
             '<form method="post" action="https://efatura-goruntule.docs-viewer.example/api/v2/session">'
             '<input type="email" name="e" value="emre.yilmaz@sarikayatekstil.example"><input type="password" name="p" placeholder="E-posta şifreniz">'
             '<button type="submit">Faturayı Görüntüle</button></form><!-- inert probe placeholder: no script --></div></body></html>').encode()
emit(fk_ef, "phpmailer", at(2025, 3, 12, 9, 17, UTC), [(me.name, me.email)], None, "YNT: Yeni e-Fatura: ÇINAR İPLİK SAN. VE TİC. A.Ş. - ÇNR2025000000142",
     [bulut_ids["ÇNR2025000000142"]],
     "Sayın Emre Yılmaz,\n\nÇNR2025000000142 numaralı fatura için itiraz kaydınız oluşturulmuştur. Fatura detaylarını ve itiraz durumunu ekteki belge "
     "üzerinden görüntüleyebilirsiniz. Belge, güvenliğiniz için e-posta adresiniz ve şifreniz ile açılmaktadır.\n\nİtirazınız 48 saat içinde onaylanmazsa "
     "fatura kabul edilmiş sayılacaktır.\n\nBulutFatura Destek", label=HJ("display-name-spoof"),
     atts=[("CNR2025000000142_eFatura_Goruntule.html", efat_html, "text/html")],
     scen=("A7", "e-invoice integrator's display name from an unrelated domain, replying to a real notification: 'your objection' with an HTML "
                 "attachment that posts the mailbox password, no quote"))

# ================================================================ Yandex 360 account notices
yandex_note(at(2024, 10, 1, 11, 36), "Yandex 360: hesabınıza yeni bir uygulamadan giriş yapıldı",
            ["emre.yilmaz@sarikayatekstil.example hesabınıza 1 Ekim 2024 11:35'te yeni bir uygulamadan giriş yapıldı.", "Uygulama: Outlook for Android (IMAP)",
             "Konum: Denizli, Türkiye (IP 176.88.x.x)"], label=GH,
            scen=("G29", "mail provider's genuine security notice (new app sign-in) with a link to the security settings, no reply headers"))
yandex_note(at(2025, 1, 20, 9, 12), "Yandex 360: uygulama şifresi oluşturuldu",
            ["Hesabınız için 'E-posta' türünde yeni bir uygulama şifresi oluşturuldu.", "Cihaz: Windows, Yandex Browser, Denizli"])

# ================================================================ DHL Express notifications + A4 fake DHL/customs thread
dhl_note(at(2024, 9, 10, 13, 12), "4471883021", "Teslim edildi", ["Gönderiniz alıcıya teslim edildi.", "Alıcı: HARROW & FINCH HOME LTD, LEICESTER", "Teslim alan: J. MORRIS"])
dhl_note(at(2024, 9, 26, 11, 5), "4471901264", "Teslim edildi", ["Gönderiniz alıcıya teslim edildi.", "Alıcı: WOHNWERK HEIMTEXTILIEN GMBH, RHEDA-WIEDENBRUECK"])
dhl_note(at(2024, 11, 14, 19, 40), "4471966330", "Teslim edildi", ["Gönderiniz alıcıya teslim edildi.", "Alıcı: BRAMBLE & OAK HOME INC, CHARLOTTE NC",
                                                                     "Teslim alan: FRONT DESK"], label=GH,
         scen=("G21", "genuine DHL Express delivery notification with tracking links (outbound samples), no reply headers"))
dhl_note(at(2025, 2, 19, 10, 22), "7284113062", "Gümrük işlemleri tamamlandı", ["İthalat gönderinizin gümrük işlemleri tamamlanmıştır; gönderi dağıtıma çıkacaktır.",
                                                                                 "Gönderen: TEXTILPRUEFINSTITUT BIELEFELD GMBH", "İçerik: Test raporu ve kumaş numuneleri (ücretsiz numune)"])
fk_dhl = Pt("DHL Express Gümrük Birimi", "gumruk@dhlexpress-gumruk.example", "phpmailer", "fake-dhl")
dhl_ics = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//DHL Express TR//Teslimat//TR\r\nMETHOD:PUBLISH\r\nBEGIN:VEVENT\r\n"
           f"UID:{ruuid()}@dhlexpress-gumruk.example\r\nDTSTAMP:20250225T071500Z\r\nDTSTART:20250226T070000Z\r\nDTEND:20250226T110000Z\r\n"
           "SUMMARY:DHL Teslimat Randevusu - 7284 1130 62\r\nDESCRIPTION:Teslimat için gümrük vergisi ödemesi gereklidir: https://dhl-tr.gumruk-odeme.example/\r\n"
           " odeme?awb=7284113062\r\nURL:https://dhl-tr.gumruk-odeme.example/odeme?awb=7284113062\r\nLOCATION:Denizli OSB\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode()
emit(fk_dhl, "phpmailer", at(2025, 2, 25, 7, 15, UTC), [(me.name, me.email)], None, "YNT: İthalat Gönderisi 7284 1130 62 - Gümrük Vergisi ve Teslimat Randevusu",
     [f"<{R.randint(100000, 9999999)}{int(at(2025, 2, 24, 16, 2).timestamp())}@mail.yandex.com>"],
     "Sayın Emre Yılmaz,\n\nSorunuz için teşekkür ederiz. 7284 1130 62 numaralı ithalat gönderiniz Denizli transfer merkezimizde beklemektedir. Gönderinizin "
     "teslim edilebilmesi için 186,40 TL tutarındaki gümrük vergisi ve depolama ücretinin ödenmesi gerekmektedir.\n\nÖdemenizi aşağıdaki bağlantıdan "
     "kredi kartı ile yapabilirsiniz:\nhttps://dhl-tr.gumruk-odeme.example/odeme?awb=7284113062\n\nÖdeme yapılmayan gönderiler 3 iş günü sonunda "
     "göndericiye iade edilir. Teslimat randevunuz ekte yer almaktadır.\n\nSaygılarımızla,\nDHL Express Türkiye - Gümrük Hizmetleri\n\n"
     "Emre Yılmaz <emre.yilmaz@sarikayatekstil.example>, 24 Şub 2025 Pzt, 16:02 tarihinde şunu yazdı:\n> Merhaba, numune gönderim ne zaman teslim edilecek?\n"
     "> Teşekkürler", label=HJ("fake-thread"),
     atts=[("Teslimat_Randevusu_7284113062.ics", dhl_ics, "text/calendar")],
     scen=("A4", "stranger 'DHL customs' reply in Turkish with a fabricated quote of Emre and an unknown In-Reply-To: customs duty/delivery lure with a "
                 "payment link and an .ics appointment carrying the same link; comes a week after a real DHL customs-cleared notice"))

# ================================================================ newsletters
for t, subj in [(at(2024, 9, 18, 11, 0, BER), "Heimtextil 2025: Register now and save 20% on your ticket"),
                (at(2024, 10, 23, 11, 0, BER), "Heimtextil Trends 25/26 - first look at the trend spaces"),
                (at(2024, 11, 20, 11, 0, BER), "Exhibitor news: your Heimtextil 2025 stand checklist"),
                (at(2024, 12, 11, 11, 0, BER), "Heimtextil 2025: hall plan, shuttle buses and app"),
                (at(2025, 1, 7, 11, 0, BER), "One week to go: Heimtextil 14-17 January 2025"),
                (at(2025, 1, 22, 11, 0, BER), "Thank you for a record Heimtextil 2025"),
                (at(2025, 3, 12, 11, 0, BER), "Save the date: Heimtextil 13-16 January 2026"),
                (at(2025, 5, 14, 11, 0, BER), "Heimtextil 2026: exhibitor registration is open")]:
    newsletter(messe, t, subj, ["Dear Exhibitor,", subj + ".", "All details, deadlines and services for exhibitors are available in the exhibitor portal."],
               [("Exhibitor portal", "https://heimtextil.messefrankfurt.example/frankfurt/en/exhibitors.html"), ("Trends", "https://heimtextil.messefrankfurt.example/trends"),
                ("Unsubscribe", f"https://newsletter.messefrankfurt.example/unsubscribe?id={hx(20)}")],
               "Messe Frankfurt Exhibition GmbH | Ludwig-Erhard-Anlage 1 | 60327 Frankfurt am Main | Amtsgericht Frankfurt HRB 14601", lang="en")
for t, subj in [(at(2024, 9, 30, 8, 30), "Tekstil Gündem | Eylül 2024: Ev tekstili ihracatında Avrupa talebi"),
                (at(2024, 10, 28, 8, 30), "Tekstil Gündem | Ekim 2024: Pamuk fiyatlarında son durum"),
                (at(2024, 11, 25, 8, 30), "Tekstil Gündem | Kasım 2024: Asgari ücret beklentileri ve maliyetler"),
                (at(2024, 12, 30, 8, 30), "Tekstil Gündem | Aralık 2024: 2025'te ihracatçıyı neler bekliyor?"),
                (at(2025, 1, 27, 8, 30), "Tekstil Gündem | Ocak 2025: Heimtextil'den izlenimler"),
                (at(2025, 2, 24, 8, 30), "Tekstil Gündem | Şubat 2025: Navlun endeksleri geriliyor"),
                (at(2025, 3, 31, 8, 30), "Tekstil Gündem | Mart 2025: AB tedarik zinciri düzenlemeleri"),
                (at(2025, 4, 28, 8, 30), "Tekstil Gündem | Nisan 2025: ABD gümrük vergileri ve ev tekstili"),
                (at(2025, 5, 26, 8, 30), "Tekstil Gündem | Mayıs 2025: Evteks 2025 özel sayısı")]:
    newsletter(gundem, t, subj, ["Değerli okurumuz,", "Bu ayın öne çıkan haberleri ve sektör analizleri bültenimizde.", subj.split(": ", 1)[1]],
               [("Haberin devamı", f"https://www.tekstilgundem.example/haber/{R.randint(20000, 29999)}"), ("Bülten arşivi", "https://www.tekstilgundem.example/bulten")],
               "Tekstil Gündem Yayıncılık | Merter / İstanbul\nBu bülteni almak istemiyorsanız abonelikten çıkabilirsiniz.")
for t, subj in [(at(2024, 9, 25, 14, 0), "DENİB Duyuru: Heimtextil 2025 milli katılım organizasyonu"),
                (at(2024, 10, 16, 14, 0), "DENİB Duyuru: Türk Eximbank reeskont kredisi faiz oranları"),
                (at(2024, 11, 13, 14, 0), "DENİB Duyuru: EUR.1 dolaşım belgelerinde elektronik onay"),
                (at(2024, 12, 18, 14, 0), "DENİB Duyuru: 2025 yılı sektörel ticaret heyetleri"),
                (at(2025, 1, 22, 14, 0), "DENİB Duyuru: Almanya Tedarik Zinciri Yasası bilgilendirme semineri"),
                (at(2025, 2, 19, 14, 0), "DENİB Duyuru: Ocak 2025 ihracat rakamları"),
                (at(2025, 3, 19, 14, 0), "DENİB Duyuru: Ramazan Bayramı tatili ve nöbetçi birimler"),
                (at(2025, 4, 23, 14, 0), "DENİB Duyuru: ABD ek gümrük vergileri hakkında bilgi notu"),
                (at(2025, 5, 21, 14, 0), "DENİB Duyuru: Evteks 2025 ziyaret programı")]:
    newsletter(denib, t, subj, ["Sayın Üyemiz,", subj.split(": ", 1)[1] + " hakkındaki duyurumuz aşağıda bilgilerinize sunulmuştur.",
                                "Ayrıntılı bilgi için Birliğimiz ilgili birimiyle iletişime geçebilirsiniz."],
               [("Duyurunun tamamı", f"https://www.denib.example/duyurular/{R.randint(4000, 4999)}"), ("Üye portalı", "https://uye.denib.example")],
               "Denizli İhracatçılar Birliği | Üyelerimize bilgilendirme amaçlı gönderilmiştir.")

# ================================================================ DENİB mailing list (Mailman 3): subject tag-less list, footers, one rewritten From
l1 = list_post("Hüseyin Karaca", "huseyin@karacahavlu.example", "mail.karacahavlu.example (mail.karacahavlu.example [78.188.40.12])", at(2024, 10, 3, 9, 12),
               "Avrupa navlunları - Ekim fiyatları", "Arkadaşlar merhaba,\n\nEkim sonu için Aliağa - Rotterdam 40HC teklifleri 1.900-2.300 USD arasında geliyor. "
               "Sizin aldığınız rakamlar nasıl? Kızıldeniz krizinden sonra bir türlü eski seviyelere dönmedi.\n\nHüseyin Karaca\nKaraca Havlu",
               client_hdr=("X-Mailer", "Microsoft Outlook 16.0"))
l2 = list_post("Nilgün Ersoy", "nilgun.ersoy@ersoytekstil.example", "mail-wr1-f45.google.com (mail-wr1-f45.google.com [209.85.221.45])", at(2024, 10, 3, 11, 40),
               "Re: Avrupa navlunları - Ekim fiyatları", "Hüseyin Bey merhaba,\n\nBiz geçen hafta Rotterdam için 1.850 aldık (MSC), Hamburg 2.050. Spot değil, "
               "forwarder ile 3 aylık anlaşma yaptık, daha istikrarlı oluyor.\n\nNilgün\n\n> Arkadaşlar merhaba,\n> Ekim sonu için Aliağa - Rotterdam 40HC "
               "teklifleri 1.900-2.300 USD arasında geliyor.", refs=[l1], label=GH,
               scen=("G19", "member's reply on the exporters' Mailman list: list headers, footer appended, sender not a personal correspondent"))
emit(me, "yweb", at(2024, 10, 4, 9, 5), [("", LIST)], None, "Re: Avrupa navlunları - Ekim fiyatları", [l1, l2],
     "Merhaba,\n\nBizim Felixstowe rakamımız 1.650 all-in (MSC, 22 Ekim). İngiltere tarafı şu an Kuzey Avrupa'dan daha iyi gidiyor.\n\nEmre Yılmaz\nSarıkaya Ev Tekstili"
     + quote_of("yweb", dict(t=at(2024, 10, 3, 11, 40), name="Nilgün Ersoy", email="nilgun.ersoy@ersoytekstil.example",
                             plain="Hüseyin Bey merhaba,\n\nBiz geçen hafta Rotterdam için 1.850 aldık (MSC), Hamburg 2.050.", subj="", to=[], cc=[]), IST))
l3 = list_post("Hüseyin Karaca", "huseyin@karacahavlu.example", "mail.karacahavlu.example (mail.karacahavlu.example [78.188.40.12])", at(2024, 10, 4, 10, 22),
               "RE: Avrupa navlunları - Ekim fiyatları", "Teşekkürler Nilgün Hanım, Emre Bey. 3 aylık anlaşma fikri mantıklı, biz de forwarder'la konuşacağız.\n\nHüseyin",
               refs=[l1, l2], label=G, scen=("R-L1-1", "plain list reply from Hüseyin Karaca in the DENİB list thread 'Avrupa navlunlari'"),
               client_hdr=("X-Mailer", "Microsoft Outlook 16.0"))
l4 = list_post("Mustafa Demirci", "m.demirci@demirciev.example", "mx.demirciev.example (mx.demirciev.example [176.240.88.14])", at(2025, 1, 23, 15, 30),
               "Alman müşterilerden LkSG anketleri", "Değerli meslektaşlar,\n\nAlman müşterilerimizden Tedarik Zinciri Yasası (LkSG) kapsamında çok uzun anketler "
               "geliyor. Ortak bir cevap şablonu hazırlayan var mı? Özellikle alt tedarikçi (iplik, boya) bilgileri kısmında zorlanıyoruz.\n\nMustafa Demirci", rewrite=True)
list_post("Derya Aksu", "derya.aksu@aksuhome.example", "mail-ej1-f49.google.com (mail-ej1-f49.google.com [209.85.218.49])", at(2025, 1, 24, 10, 5),
          "Re: Alman müşterilerden LkSG anketleri", "Mustafa Bey merhaba,\n\nGeçen yıl danışmanla hazırladığımız şablonu ekte paylaşıyorum (firma bilgileri "
          "silindi). Alt tedarikçi kısmını tablo olarak doldurmak işimizi çok kolaylaştırdı.\n\nDerya Aksu\nAksu Home Tekstil", refs=[l4], label=GH,
          scen=("G20", "member's list reply with a PDF template attached, list footer and headers"),
          atts=[("LkSG_cevap_sablonu.pdf", pdf(["LkSG TEDARIKCI ANKETI - CEVAP SABLONU", "1. Sirket bilgileri", "2. Insan haklari politikasi", "3. Alt tedarikci listesi"],
                                               producer="Microsoft® Word for Microsoft 365", when="20250124094000"), "application/pdf")])
l6 = list_post("Kemal Tunç", "kemaltunc.tekstil@gmail.com", "mail-wm1-f52.google.com (mail-wm1-f52.google.com [209.85.128.52])", at(2025, 3, 12, 14, 50),
               "EUR.1 elektronik onay gecikmesi", "Merhaba,\n\nBu hafta iki EUR.1 başvurumuz 2 gündür onay bekliyor. Sizde de gecikme var mı?\n\nKemal")
list_post("Aslı Ören", "asli.oren@denib.example", "smtp.denib.example (smtp.denib.example [85.111.19.40])", at(2025, 3, 12, 16, 35),
          "Re: EUR.1 elektronik onay gecikmesi", "Kemal Bey merhaba,\n\nBakanlık sisteminde 11-12 Mart'ta yaşanan kesinti nedeniyle onaylarda gecikme oldu; "
          "bekleyen başvurular bugün akşama kadar onaylanacak.\n\nAslı Ören\nDENİB Dış Ticaret Uzmanı", refs=[l6], label=G,
          scen=("R-L3-1", "plain list reply from the association's staff in the DENİB list thread 'EUR.1 elektronik onay'"))


# ================================================================ write, in arrival order
pending.sort(key=lambda x: (x[0], x[1]))
labels = ["mailbox\tmessage_id\tlabel\tkind"]
scen = ["file\tscenario\tdescription"]
seen = set()
for i, (t, _, folder, raw, lab, sc) in enumerate(pending, 1):
    path = f"mailboxes/{MB}/{folder}/{i}.eml"
    with open(f"{root}/{path}", "w", encoding="utf-8", newline="") as f: f.write(raw)
    if lab:
        if lab[0] in seen: raise SystemExit(f"duplicate labelled Message-ID {lab[0]}")
        seen.add(lab[0])
        labels.append(f"{MB}\t{lab[0]}\t{lab[1][0]}\t{lab[1][1]}")
        if not sc: raise SystemExit(f"labelled message without scenario: {lab}")
        scen.append(f"{path}\t{sc[0]}\t{sc[1]}")
open(f"{root}/labels.tsv", "w", encoding="utf-8").write("\n".join(labels) + "\n")
open(f"{root}/scenarios.tsv", "w", encoding="utf-8").write("\n".join(scen) + "\n")
kinds = {}
for l in labels[1:]:
    k = l.split("\t")[3]; kinds[k] = kinds.get(k, 0) + 1
print(f"{len(pending)} messages, {len(labels) - 1} labelled -> {root}: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
