#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus-10.py OUT_DIR: the mailbox "hla" of Sabine Krüger, Büroleitung & Buchhaltung
# at Hofmann Lenz Architekten (Munich, Thunderbird on the firm's Postfix server), German and English. 25 threads of 3-7
# messages with her replies in Sent, each correspondent on his own client (Outlook/M365, Outlook 16 on a hosted Exchange,
# Gmail, Google Workspace, Apple Mail, iPhone Mail, Thunderbird) with its own Message-ID shape, quote header, Received
# path and DKIM d=/s=. Files numbered in arrival order; only the test replies are labelled. Deterministic (seeded).
# Genuine replies (41) a careless detector might flag, among plain in-thread replies:
#  G1  T1  the client's new assistant (same M365 tenant) replies for him, says she started on 1 April
#  G2  T2  Exchange "Automatische Antwort" (Auto-Submitted: auto-replied) of the client
#  G3  T2  the same client from his private Gmail (same name) while on holiday, says so
#  G4  T3  reply-all adding the client's lawyer in Cc
#  G5  T4  Apple Mail reply written at 23:50
#  G6  T4  iPhone reply "Von meinem iPhone gesendet", no signature
#  G7  T5  contractor invoice PDF with new bank details announced by letter and confirmed by phone ("wie telefonisch besprochen")
#  G8  T5  "Danke!" (Outlook, one word)
#  G9  T7  WeTransfer link from the English architect partner who always uses WeTransfer
#  G10 T9  structural engineer replying at 05:30 (early riser)
#  G11 T9  zip of CAD drawings (.dwg + .pdf plots)
#  G12 T11 fire-safety consultant with nine links to building-regulation websites
#  G13 T12 Outlook reply whose links were rewritten by Mimecast at the client's company
#  G14 T12 English reply in a German thread: the client's English-speaking colleague joins
#  G15 T12 the colleague's "see my comments below in red": trimmed quote edited inline (HTML red)
#  G16 T13 Outlook "reply with meeting": text/calendar REQUEST
#  G17 T14 client sends a Google Drive folder link in a thread where she never shared links
#  G18 T15 Gmail "Fwd:" of a window supplier's offer with the offer PDF (parent = the supplier's mail, not in the mailbox)
#  G19 T16 thread revived after 8 months (final invoice follow-up)
#  G20 T18 DocuSign "Bitte unterschreiben" notification for the tax advisor's engagement letter, threaded to her mail
#  G21 T22 the English partner from his iPhone ("Sent from my iPhone", no signature) while travelling
# Attacks (3, sanity check):
#  A1  T17 server hijack: electrician's real mailbox (IONOS webmail), generic "please see attached" text, zip holding a .js
#  A2  T6  look-alike domain (woehrle-bua.example), quotes the real thread, announces new bank details
#  A3  T1  display-name spoof: "Dr. Markus Brandt" from a freemail address, urgent payment request
import base64, datetime, hashlib, html as H, io, os, random, sys, uuid, zipfile
from zoneinfo import ZoneInfo
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probegen  # noqa: E402  (output root, labels list, pdf_document)

root = probegen.root
for f in ("INBOX", "Sent"):  # probegen creates the acme mailbox on import; this corpus has its own
    try: os.rmdir(f"{root}/mailboxes/acme/{f}")
    except OSError: pass
try: os.rmdir(f"{root}/mailboxes/acme")
except OSError: pass
MB = "hla"
for f in ("INBOX", "Sent"): os.makedirs(f"{root}/mailboxes/{MB}/{f}", exist_ok=True)
labels = ["mailbox\tmessage_id\tlabel\tkind"]
R = random.Random(10)
BER = ZoneInfo("Europe/Berlin"); LON = ZoneInfo("Europe/London"); UTC = datetime.timezone.utc


def hx(k): return "".join(R.choice("0123456789abcdef") for _ in range(k))
def HX(k): return hx(k).upper()
def rbytes(k): return bytes(R.getrandbits(8) for _ in range(k))
def ruuid(): return str(uuid.UUID(int=R.getrandbits(128), version=4))
def alnum(k): return "".join(R.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(k))
def b64(k): return base64.b64encode(rbytes(k)).decode()
def pdf_esc(s): return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
def pdf(lines, uris=(), producer="Microsoft® Word für Microsoft 365", when="20250303091200"):
    return probegen.pdf_document(lines, hx, rbytes, pdf_esc, uris, False, producer, when)


class Pt:
    def __init__(s, name, email, client, lang, infra, sig="", tz=BER):
        s.name, s.email, s.client, s.lang, s.infra, s.sig, s.tz = name, email, client, lang, infra, sig, tz
        s.dom = email.split("@")[1]


OWN = "hofmann-lenz.example"
SIG = ("\n\n-- \nSabine Krüger\nBüroleitung & Buchhaltung\nHofmann Lenz Architekten PartGmbB\nSchwanthalerstr. 74, 80336 München\n"
       "Tel. +49 89 5550 4412 | www.hofmann-lenz.example")
me = Pt("Sabine Krüger", f"sabine.krueger@{OWN}", "tb", "de", "own", SIG)
brandt = Pt("Dr. Markus Brandt", "m.brandt@brandt-consulting.example", "outlook", "de", "exo-brandt",
            "\n\nMit freundlichen Grüßen\nDr. Markus Brandt\nGeschäftsführer\nBrandt Consulting GmbH\nLeopoldstr. 31, 80802 München\nTel. +49 89 5551 2200")
oster = Pt("Julia Oster", "j.oster@brandt-consulting.example", "outlook", "de", "exo-brandt",
           "\n\nMit freundlichen Grüßen\nJulia Oster\nAssistenz der Geschäftsführung\nBrandt Consulting GmbH\nLeopoldstr. 31, 80802 München\nTel. +49 89 5551 2204")
brandt_priv = Pt("Markus Brandt", "markus.brandt.muc@gmail.com", "gmail", "de", "gmail")
reiter = Pt("Dr. Claudia Reiter", "c.reiter@praxis-reiter.example", "apple", "de", "ionos-reiter",
            "\n\nHerzliche Grüße\nClaudia Reiter\n\nPraxis Dr. Reiter – Zahnheilkunde\nAugsburger Str. 12, 82110 Germering")
hauser = ("RA Dr. Felix Hauser", "hauser@kanzlei-hauser.example")
woehrle = Pt("Stefan Wöhrle", "s.woehrle@woehrle-bau.example", "outlook16", "de", "hex-woehrle",
             "\n\nMit freundlichen Grüßen\n\nStefan Wöhrle\nWöhrle Bau GmbH\nIndustriestr. 8, 85221 Dachau\nTel. 08131 5550 80 | Fax 08131 5550 89")
garner = Pt("Tim Garner", "tim@garnerstudio.example", "apple", "en", "google-garner",
            "\n\nBest,\nTim\n\nTim Garner RIBA\nGarner Studio Architects\n14 Clerkenwell Close, London EC1R 0AA\n+44 20 7555 0193", LON)
vogel = Pt("Katrin Vogel", "k.vogel@ib-vogel.example", "tb", "de", "postfix-vogel",
           "\n\n-- \nDipl.-Ing. Katrin Vogel\nIngenieurbüro Vogel – Tragwerksplanung\nAm Hang 3, 85354 Freising\nTel. 08161 555 730")
pfeiffer = Pt("Jörg Pfeiffer", "j.pfeiffer@brandschutz-pfeiffer.example", "gmail", "de", "google-pfeiffer",
              "\n\nViele Grüße\nJörg Pfeiffer\nSachverständiger für vorbeugenden Brandschutz (EIPOS)\nBrandschutz Pfeiffer | Landshut\n0871 555 2190")
sommer = Pt("Heike Sommer", "heike.sommer@sommer-logistik.example", "outlook", "de", "exo-sommer",
            "\n\nMit freundlichen Grüßen\nHeike Sommer\nLeitung Facility Management\nSommer Logistik SE\nFrankfurter Ring 150, 80807 München\nT +49 89 5556 3100")
james = Pt("James Whitfield", "james.whitfield@sommer-logistik.example", "outlook", "en", "exo-sommer",
           "\n\nKind regards,\nJames Whitfield\nHead of Corporate Real Estate\nSommer Logistik SE\nT +49 89 5556 3180")
lena = Pt("Lena Neumann", "lena.neumann82@gmail.com", "gmail", "de", "gmail", "\n\nLiebe Grüße\nLena Neumann")
huber = Pt("Michael Huber", "m.huber@elektro-huber.example", "outlook16", "de", "ionos-huber",
           "\n\nMit freundlichen Grüßen\nMichael Huber\nElektromeister\nElektro Huber GmbH & Co. KG\nTel. 089 5557 3390")
maier = Pt("Petra Maier", "p.maier@stb-maier.example", "outlook", "de", "exo-maier",
           "\n\nMit freundlichen Grüßen\nPetra Maier\nSteuerberaterin\nSteuerkanzlei Maier\nNymphenburger Str. 20, 80335 München")
berger = Pt("Tobias Berger", "t.berger@berger-it.example", "tb", "de", "postfix-berger",
            "\n\n-- \nTobias Berger\nBerger IT-Service\nTel. 089 5558 1170")
hartl = Pt("Gabriele Hartl", "g.hartl@hartl-hausverwaltung.example", "outlook16", "de", "hex-hartl",
           "\n\nMit freundlichen Grüßen\nGabriele Hartl\nHartl Hausverwaltung GmbH\nTel. 089 5559 0240")

INFRA = {  # helo / rdns, ip, dkim d, selector
    "exo-brandt": ("mail-fr2deu01on2110.outbound.protection.outlook.com", "40.107.135.110", "brandt-consulting.example", "selector1"),
    "exo-sommer": ("mail-be0deu01on2131.outbound.protection.outlook.com", "40.107.127.131", "sommer-logistik.example", "selector2"),
    "exo-maier": ("mail-fr3deu01on2097.outbound.protection.outlook.com", "40.107.23.97", "stb-maier.example", "selector1"),
    "gmail": ("mail-wm1-f52.google.com", "209.85.128.52", "gmail.com", "20230601"),
    "google-pfeiffer": ("mail-ej1-f44.google.com", "209.85.218.44", "brandschutz-pfeiffer.example", "google"),
    "google-garner": ("mail-wr1-f45.google.com", "209.85.221.45", "garnerstudio.example", "google"),
    "ionos-reiter": ("mout.kundenserver.de", "212.227.126.187", "praxis-reiter.example", "s1-ionos"),
    "ionos-huber": ("mout.kundenserver.de", "212.227.17.10", "elektro-huber.example", "s1-ionos"),
    "hex-woehrle": ("mx-out.hosted-exchange.example", "185.15.192.44", "woehrle-bau.example", "hex2023"),
    "hex-hartl": ("mx-out.hosted-exchange.example", "185.15.192.45", "hartl-hausverwaltung.example", "hex2023"),
    "postfix-vogel": ("mail.ib-vogel.example", "81.169.145.92", "ib-vogel.example", "mail"),
    "postfix-berger": ("mail.berger-it.example", "85.13.160.71", "berger-it.example", "2024"),
    "docusign": ("mailb.eu.docusign.net", "185.81.100.22", "docusign.net", "mail"),
    "lookalike": ("mail.woehrle-bua.example", "45.134.26.77", "woehrle-bua.example", "default"),
    "freemail-spoof": ("mout.gmx.net", "212.227.15.19", "gmx.de", "badeba3b8450"),
}
MONTHS_DE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
DAYS_DE = "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split()


def at(y, mo, d, h, mi, tz=BER): return datetime.datetime(y, mo, d, h, mi, R.randint(0, 59), tzinfo=tz)


def make_mid(who, client, t):
    if client in ("outlook",):
        host = {"brandt-consulting.example": "FR4P281MB3412", "sommer-logistik.example": "BE1P281MB2077",
                "stb-maier.example": "FR2P281MB1590"}.get(who.dom, "FR4P281MB3412")
        return f"<{host}{HX(16)}@{host}.DEUP281.PROD.OUTLOOK.COM>"
    if client in ("outlook16",): return f"<000{hx(1)}01db{hx(4)}${hx(8)}${hx(8)}$@{who.dom}>"
    if client == "gmail": return "<CA" + base64.urlsafe_b64encode(rbytes(42)).decode()[:54] + "@mail.gmail.com>"
    if client in ("apple", "iphone"): return f"<{ruuid().upper()}@{who.dom}>"
    if client == "tb": return f"<{ruuid()}@{who.dom}>"
    if client == "ionos-webmail": return f"<{R.randint(10**8, 10**9)}.{R.randint(10**4, 10**5)}.{int(t.timestamp())}{R.randint(100, 999)}@email.ionos.de>"
    if client == "docusign": return f"<{ruuid()}@docusign.net>"
    return f"<{hx(32)}@{who.dom}>"


def qdate_de(t): return f"{DAYS_DE[t.weekday()]}, {t.day}. {MONTHS_DE[t.month - 1]} {t.year} {t:%H:%M}"


def quote_of(client, lang, q):
    """plain quote block of record q as the replying client writes it"""
    t = q["t"].astimezone(BER); name, email = q["name"], q["email"]
    gt = "\n".join("> " + l if l else ">" for l in q["plain"].split("\n"))
    if client == "tb":
        return (f"\n\nAm {t:%d.%m.%y} um {t:%H:%M} schrieb {name}:\n" if lang == "de" else f"\n\nOn {t:%d.%m.%y} {t:%H:%M}, {name} wrote:\n") + gt
    if client in ("outlook", "outlook16"):
        tos = "; ".join(f"{n} <{e}>" for n, e in q["to"])
        if lang == "de":
            rows = [("Von", f"{name} <{email}>"), ("Gesendet", qdate_de(t)), ("An", tos)] + ([("Cc", "; ".join(f"{n} <{e}>" for n, e in q["cc"]))] if q["cc"] else []) + [("Betreff", q["subj"])]
        else:
            rows = [("From", f"{name} <{email}>"), ("Sent", f"{t:%A}, {t:%B} {t.day}, {t.year} {t:%I:%M %p}"), ("To", tos)] + ([("Cc", "; ".join(f"{n} <{e}>" for n, e in q["cc"]))] if q["cc"] else []) + [("Subject", q["subj"])]
        return "\n\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client == "gmail":
        if lang == "de":
            return f"\n\nAm {DAYS_DE[t.weekday()][:2]}., {t.day}. {MONTHS_DE[t.month - 1]} {t.year} um {t:%H:%M} Uhr schrieb {name} <{email}>:\n\n" + gt
        return f"\n\nOn {t:%a}, {t:%b} {t.day}, {t.year} at {t:%-I:%M %p} {name} <{email}> wrote:\n\n" + gt
    if client in ("apple", "iphone"):
        if lang == "de": return f"\n\n> Am {t:%d.%m.%Y} um {t:%H:%M} schrieb {name} <{email}>:\n> \n" + gt
        t2 = q["t"].astimezone(LON)
        return f"\n\n> On {t2.day} {t2:%b} {t2.year}, at {t2:%H:%M}, {name} <{email}> wrote:\n> \n" + gt
    return "\n\n" + gt


def html_of(client, plain):
    esc = "<br>\n".join(H.escape(l) for l in plain.split("\n"))
    if client == "outlook":
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> '
                'P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr"><div class="elementToProof" style="font-family: Aptos, '
                'Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 11pt; color: rgb(0, 0, 0);">' + esc + "</div></body></html>")
    if client == "outlook16":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40"><head><meta name="Generator" '
                'content="Microsoft Word 15 (filtered medium)"></head><body lang="DE" link="#0563C1"><div class="WordSection1"><p class="MsoNormal">'
                + esc + "</p></div></body></html>")
    if client == "gmail": return '<div dir="ltr">' + esc + "</div>"
    if client in ("apple", "iphone"):
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; '
                '-webkit-nbsp-mode: space; line-break: after-white-space;">' + esc + "</body></html>")
    return None


def transport(who, t, env=None, infra=None):
    infra = infra or who.infra
    env = env or who.email
    tmx = t + datetime.timedelta(seconds=R.randint(3, 20))
    rt = tmx.astimezone(BER).strftime("%a, %d %b %Y %H:%M:%S %z")
    if infra == "own":
        return [("Received", f"from [192.168.20.31] (p5b0c{hx(4)}.dip0.t-ipconnect.de [91.12.{R.randint(1, 250)}.{R.randint(1, 250)}])\n"
                             f"\t(Authenticated sender: sabine.krueger)\n\tby smtp.{OWN} (Postfix) with ESMTPSA id {HX(10)};\n\t{rt}")]
    helo, ip, d, s = INFRA[infra]
    hops = []
    if infra.startswith("exo"):
        host = make_mid(who, "outlook", t)[1:14]
        hops.append(("Received", f"from {host}.DEUP281.PROD.OUTLOOK.COM\n ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {host}.DEUP281.PROD.OUTLOOK.COM\n"
                                 f" ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%5]) with mapi id 15.20.8632.017; {t.astimezone(UTC):%a, %-d %b %Y %H:%M:%S +0000}"))
    elif infra.startswith("google") or infra == "gmail":
        hops.append(("Received", f"by mail-wm1-f52.google.com with SMTP id 5b1f17b1804b1-{hx(11)}so{R.randint(10**6, 10**7)}f9.1\n"
                                 f"\tfor <{me.email}>; {t.astimezone(ZoneInfo('America/Los_Angeles')):%a, %d %b %Y %H:%M:%S %z (%Z)}"))
    elif infra.startswith("ionos"):
        hops.append(("Received", f"from [192.168.178.{R.randint(20, 60)}] ([84.{R.randint(128, 191)}.{R.randint(1, 250)}.{R.randint(1, 250)}]) by mrelayeu.kundenserver.de\n"
                                 f" (mreue{R.randint(100, 110)}) with ESMTPSA (Nemesis) id 1M{alnum(14)}; {t.astimezone(BER):%a, %d %b %Y %H:%M:%S %z}"))
    elif infra.startswith("hex"):
        hops.append(("Received", f"from EXCH02.hosted-exchange.example (10.40.2.12) by EXCH02.hosted-exchange.example\n (10.40.2.12) with Microsoft SMTP Server "
                                 f"(version=TLS1_2) id 15.2.1544.14; {t.astimezone(BER):%a, %-d %b %Y %H:%M:%S %z}"))
    elif infra.startswith("postfix"):
        hops.append(("Received", f"from [192.168.1.{R.randint(20, 90)}] (dyndsl-{hx(6)}.ewe-ip-backbone.de [37.4.{R.randint(1, 250)}.{R.randint(1, 250)}])\n"
                                 f"\t(Authenticated sender: {who.email.split('@')[0]})\n\tby {helo} (Postfix) with ESMTPSA id {HX(10)}\n\tfor <{me.email}>; {t.astimezone(BER):%a, %d %b %Y %H:%M:%S %z}"))
    elif infra == "lookalike":
        hops.append(("Received", f"from [102.89.{R.randint(1, 250)}.{R.randint(1, 250)}] (helo=DESKTOP-{HX(7)})\n\tby {helo} with esmtpa (Exim 4.96)\n"
                                 f"\t(envelope-from <{env}>)\n\tid 1t{alnum(4)}-{alnum(6)}-{alnum(2)}\n\tfor {me.email}; {t.astimezone(UTC):%a, %d %b %Y %H:%M:%S +0000}"))
    top = [("Return-Path", f"<{env}>"), ("Delivered-To", me.email),
           ("Received", f"from {helo} ({helo} [{ip}])\n\tby mx01.{OWN} (Postfix) with ESMTPS id {HX(10)}\n\tfor <{me.email}>; {rt}"),
           ("Authentication-Results", f"mx01.{OWN};\n\tdkim=pass (2048-bit key) header.d={d} header.i=@{d} header.s={s} header.b={b64(6)[:8]};\n"
                                      f"\tspf=pass (mx01.{OWN}: domain of {env} designates {ip} as permitted sender) smtp.mailfrom={env.split('@')[1]};\n"
                                      f"\tdmarc=pass (p=none dis=none) header.from={env.split('@')[1] if infra != 'docusign' else 'docusign.net'}")]
    dk = ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d}; s={s};\n\tt={int(t.timestamp())}; bh={b64(32)};\n"
                            f"\th=from:to:subject:date:message-id:in-reply-to:references:mime-version;\n\tb={b64(180)}")
    return top + hops + [dk]


UA = {"tb": ("User-Agent", "Mozilla Thunderbird"), "outlook16": ("X-Mailer", "Microsoft Outlook 16.0"),
      "apple": ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"), "iphone": ("X-Mailer", "iPhone Mail (22D82)"),
      "ionos-webmail": ("User-Agent", "Open-Xchange Mailer v7.10.6-Rev72")}

pending = []  # (utc time, folder, raw, label)


def addr(n, e): return (f'"{n}" <{e}>' if any(c in n for c in ".,") else f"{n} <{e}>") if n.isascii() else f"=?UTF-8?Q?{''.join(c if c.isascii() and c.isalnum() else '_' if c == ' ' else ''.join(f'={b:02X}' for b in c.encode()) for c in n)}?= <{e}>"


def emit(who, client, t, to, cc, subj, refs, plain, html=None, atts=(), extra=(), label=None, infra=None, env=None, frm=None,
         irt=None, calendar=None, mid=None, tidx=None, topic=None):
    m = mid or make_mid(who, client, t)
    folder = "Sent" if who is me else "INBOX"
    h = []
    if folder == "INBOX": h += transport(who, t, env, infra)  # Sent copies (IMAP APPEND by Thunderbird) carry no Received
    h += [("From", frm or addr(who.name, who.email)), ("To", ", ".join(addr(n, e) for n, e in to))]
    if cc: h.append(("Cc", ", ".join(addr(n, e) for n, e in cc)))
    subj_h = subj if subj.isascii() else "=?UTF-8?B?" + base64.b64encode(subj.encode()).decode() + "?="
    h += [("Subject", subj_h), ("Date", t.strftime("%a, %d %b %Y %H:%M:%S %z")), ("Message-ID", m)]
    if refs: h += [("In-Reply-To", irt or refs[-1]), ("References", "\n ".join(refs))]
    if client == "outlook" or client == "outlook16":
        topic = topic or subj.split(": ", 1)[-1]
        h += [("Thread-Topic", topic if topic.isascii() else "=?UTF-8?B?" + base64.b64encode(topic.encode()).decode() + "?="),
              ("Thread-Index", tidx or base64.b64encode(b"\x01" + rbytes(21)).decode()),
              ("Content-Language", "de-DE" if who.lang == "de" else "en-GB")]
        if client == "outlook": h += [("X-MS-Has-Attach", "yes" if atts else ""), ("X-MS-TNEF-Correlator", "")]
    if client in UA: h.append(UA[client])
    h += list(extra) + [("MIME-Version", "1.0")]
    if html is None: html = html_of(client, plain)
    b = lambda: {"outlook": "_000_" + HX(16) + "_", "outlook16": f"----=_NextPart_000_00{HX(2)}_01DB{HX(4)}.{HX(8)}",
                 "gmail": "000000000000" + hx(16), "apple": f"Apple-Mail={ruuid().upper()}", "iphone": f"Apple-Mail-{HX(8)}-{HX(4)}",
                 "tb": "------------" + alnum(24)}.get(client, "=_" + hx(24))
    tparams = "; format=flowed" if client == "tb" else ""
    cte = "quoted-printable" if client in ("outlook", "outlook16", "gmail", "apple", "iphone") else "8bit"
    def textpart(ctype, text):
        data = text.encode("utf-8")
        if cte == "quoted-printable":
            import quopri
            return [f"Content-Type: {ctype}; charset=\"utf-8\"{tparams if ctype == 'text/plain' else ''}", "Content-Transfer-Encoding: quoted-printable", "",
                    quopri.encodestring(data).decode("ascii")]
        return [f"Content-Type: {ctype}; charset=UTF-8{tparams if ctype == 'text/plain' else ''}", "Content-Transfer-Encoding: 8bit", "", text]
    alt = textpart("text/plain", plain)
    if html or calendar:
        ab = b(); alt = [f'Content-Type: multipart/alternative; boundary="{ab}"', "", f"--{ab}"] + textpart("text/plain", plain)
        if html: alt += [f"--{ab}"] + textpart("text/html", html)
        if calendar: alt += [f"--{ab}", 'Content-Type: text/calendar; charset="utf-8"; method=REQUEST', "Content-Transfer-Encoding: base64", "",
                             base64.encodebytes(calendar.encode()).decode()]
        alt += [f"--{ab}--"]
    if atts:
        mb = b(); body = [f'Content-Type: multipart/mixed; boundary="{mb}"', "", f"--{mb}"] + alt
        for name, data, ctype in atts:
            body += [f"--{mb}", f'Content-Type: {ctype}; name="{name}"', f'Content-Disposition: attachment; filename="{name}"',
                     "Content-Transfer-Encoding: base64", "", base64.encodebytes(data).decode().rstrip("\n")]
        body += [f"--{mb}--"]
    else: body = alt
    raw = "\r\n".join(f"{k}: {v}".replace("\n", "\r\n") for k, v in h) + "\r\n" + "\r\n".join(body).replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n"
    pending.append((t.astimezone(UTC), folder, raw, (m, label) if label else None))
    return m


PFX = {"outlook": "AW: ", "outlook16": "AW: ", "gmail": "Re: ", "apple": "Re: ", "iphone": "Re: ", "tb": "Re: "}


class Thread:
    def __init__(s, partner, subj, lang=None):
        s.p, s.subj, s.lang, s.refs, s.last = partner, subj, lang or partner.lang, [], None
        s.blocks = []
        s.tbase = b"\x01" + rbytes(21)  # Outlook conversation index: 22-byte header, then 5 bytes per message in the conversation

    def add(s, who, text, t, label=None, client=None, to=None, cc=None, sig=True, quote=True, subj=None, **kw):
        client = client or who.client
        lang = kw.pop("qlang", None) or (who.lang if who is not me else s.lang)
        plain = text + (who.sig if sig else "")
        if quote and s.last: plain += quote_of(client, lang, s.last)
        if subj is None:
            pf = "AW: " if (client in ("outlook", "outlook16") and lang == "de") else ("RE: " if client in ("outlook", "outlook16") else "Re: ")
            subj = s.subj if not s.refs else pf + s.subj
        if to is None: to = [(s.p.name, s.p.email)] if who is me else [(me.name, me.email)]
        while len(s.blocks) < len(s.refs): s.blocks.append(rbytes(5))
        if "tidx" not in kw: kw["tidx"] = base64.b64encode(s.tbase + b"".join(s.blocks[:len(s.refs)])).decode()
        m = emit(who, client, t, to, cc, subj, list(s.refs), plain, label=label, topic=s.subj, **kw)
        s.refs.append(m)
        s.last = dict(t=t, name=who.name, email=who.email, plain=text + (who.sig if sig else ""), subj=subj, to=to, cc=cc or [])
        return m


G = ("genuine", "genuine-reply"); GH = ("genuine", "genuine-hard"); GO = ("genuine", "genuine-orphan")


def zipfile_bytes(members):
    bio = io.BytesIO(); z = zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED)
    for name, data in members:
        zi = zipfile.ZipInfo(name, date_time=(2025, 3, 12, 16, 40, 0)); zi.compress_type = zipfile.ZIP_DEFLATED; z.writestr(zi, data)
    z.close(); return bio.getvalue()


def dwg(k): return b"AC1032" + b"\x00" * 6 + rbytes(k)


# ================================================================ T1 Brandt: fee invoice, new assistant, display-name spoof
t1 = Thread(brandt, "Neubau EFH Brandt – Honorarrechnung LPh 3")
t1.add(me, "Sehr geehrter Herr Dr. Brandt,\n\nanbei erhalten Sie unsere Honorarrechnung Nr. HL-2025-031 für die Leistungsphase 3 (Entwurfsplanung)."
       "\nZahlbar innerhalb von 14 Tagen auf das bekannte Konto.", at(2025, 3, 3, 10, 12),
       atts=[("HL-2025-031_Brandt_LPh3.pdf", pdf(["Hofmann Lenz Architekten PartGmbB", "Rechnung HL-2025-031", "Neubau EFH Brandt, Grünwald",
                                                  "Honorar LPh 3 gem. HOAI: 18.450,00 EUR netto"]), "application/pdf")])
t1.add(brandt, "Sehr geehrte Frau Krüger,\n\nvielen Dank. Eine Frage zur Position Nebenkosten: sind die Fahrtkosten zur Baustelle bereits pauschal enthalten?",
       at(2025, 3, 4, 8, 41), G)
t1.add(me, "Sehr geehrter Herr Dr. Brandt,\n\nja, die Nebenkosten sind mit 5 % pauschal abgerechnet, Fahrten im Stadtgebiet inklusive.", at(2025, 3, 4, 11, 5))
t1.add(brandt, "Danke, dann ist das klar. Meine Assistenz kümmert sich um die Freigabe.", at(2025, 3, 5, 17, 22))
t1.add(me, "Vielen Dank, Herr Dr. Brandt.", at(2025, 3, 6, 9, 0))
t1.add(oster, "Sehr geehrte Frau Krüger,\n\nich bin seit 1. April die neue Assistentin von Herrn Dr. Brandt und übernehme ab sofort die Rechnungsfreigaben "
       "für das Bauvorhaben. Die Rechnung HL-2025-031 ist freigegeben und wird mit dem nächsten Zahllauf am Freitag überwiesen.\n\n"
       "Künftige Rechnungen schicken Sie bitte gern direkt an mich und Herrn Dr. Brandt in Kopie.", at(2025, 4, 2, 10, 18), GH,
       cc=[(brandt.name, brandt.email)])
# A3 display-name spoof: freemail address, the real name, urgent payment in the same thread
spoof = Pt("Dr. Markus Brandt", "dr.markus.brandt@gmx.de", "tb", "de", "freemail-spoof")
t1.add(spoof, "Frau Krüger,\n\nbitte rufen Sie mich heute nicht an, ich bin in Besprechungen. Wir müssen noch heute eine Anzahlung an den "
       "Fensterbauer leisten, bitte veranlassen Sie die Überweisung von 24.800 EUR, die Daten schicke ich gleich. Vertraulich behandeln.\n\nM. Brandt",
       at(2025, 4, 3, 13, 7), ("hijack", "display-name-spoof"), sig=False, client="tb")

# ================================================================ T2 Brandt: sampling appointment, auto-reply, private Gmail on holiday
t2 = Thread(brandt, "Bemusterung Fliesen und Sanitär – Terminvorschlag")
t2.add(brandt, "Sehr geehrte Frau Krüger,\n\nkönnen wir die Bemusterung beim Fliesenhändler in die Woche nach Ostern legen? Meine Frau kommt mit.",
       at(2025, 4, 7, 9, 30))
t2.add(me, "Sehr geehrter Herr Dr. Brandt,\n\ngern. Herr Lenz schlägt Dienstag, 22.04., 14 Uhr bei Fliesen Kerler in Unterhaching vor.", at(2025, 4, 7, 14, 2))
t2.add(brandt, "Passt uns gut, bitte so fest einplanen.", at(2025, 4, 8, 7, 55), G)
t2.add(me, "Sehr geehrter Herr Dr. Brandt,\n\ndie Ausstellung bittet noch um die gewünschte Anzahl Musterplatten. Reichen Ihnen zwei je Serie?", at(2025, 4, 14, 10, 40))
m_last = t2.refs[-1]
t2.add(brandt, "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 25. April nicht im Büro und habe nur eingeschränkten Zugriff auf meine E-Mails. "
       "In dringenden Fällen wenden Sie sich bitte an Frau Julia Oster (j.oster@brandt-consulting.example, +49 89 5551 2204).\n\n"
       "Mit freundlichen Grüßen\nDr. Markus Brandt", at(2025, 4, 14, 10, 40), GH, sig=False, quote=False,
       subj="Automatische Antwort: Re: Bemusterung Fliesen und Sanitär – Terminvorschlag",
       extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", brandt.email)])
t2.refs.pop(); t2.last = dict(t=at(2025, 4, 14, 10, 40), name=me.name, email=me.email, subj="Re: " + t2.subj, to=[(brandt.name, brandt.email)], cc=[],
                                plain="Sehr geehrter Herr Dr. Brandt,\n\ndie Ausstellung bittet noch um die gewünschte Anzahl Musterplatten. Reichen Ihnen zwei je Serie?" + SIG)
t2.add(brandt_priv, "Liebe Frau Krüger,\n\nich schreibe Ihnen von meiner privaten Adresse, wir sind gerade im Urlaub auf Sardinien und ich komme "
       "an die Firmenmails nur schlecht ran. Zwei Platten je Serie reichen völlig. Den Termin am 22. halten wir.\n\nViele Grüße aus Cagliari\nMarkus Brandt",
       at(2025, 4, 15, 19, 12), GH, sig=False)

# ================================================================ T3 Reiter: drywall change order, reply-all adding lawyer
t3 = Thread(reiter, "Umbau Praxis Reiter – Nachtragsangebot Trockenbau")
t3.add(me, "Sehr geehrte Frau Dr. Reiter,\n\nanbei das Nachtragsangebot der Firma Wöhrle für die zusätzlichen Trockenbauwände im Sterilisationsraum "
       "mit unserer Prüfung. Wir empfehlen die Beauftragung.", at(2025, 2, 10, 11, 20),
       atts=[("NA-07_Trockenbau_geprueft.pdf", pdf(["Nachtrag 07 Trockenbau", "geprüft: 6.920,40 EUR brutto"]), "application/pdf")])
t3.add(reiter, "Liebe Frau Krüger,\n\ndanke. Ist der Betrag schon mit dem Pauschalpreis aus dem Hauptauftrag verrechnet?", at(2025, 2, 10, 18, 45), G)
t3.add(me, "Liebe Frau Dr. Reiter,\n\nnein, es handelt sich um eine Zusatzleistung außerhalb des Pauschalvertrags (Änderung nach § 650b BGB).", at(2025, 2, 11, 9, 15))
t3.add(reiter, "Verstehe. Ich möchte das gern einmal von meinem Anwalt anschauen lassen, bevor ich unterschreibe.", at(2025, 2, 11, 20, 3))
t3.add(me, "Liebe Frau Dr. Reiter,\n\nselbstverständlich. Die Bindefrist der Firma Wöhrle läuft bis 28.02.", at(2025, 2, 12, 8, 50))
t3.add(reiter, "Liebe Frau Krüger,\n\nich nehme Herrn Dr. Hauser von der Kanzlei Hauser in Kopie, er betreut meine Praxisverträge. "
       "Lieber Herr Hauser, bitte werfen Sie einen Blick auf das Nachtragsangebot im Anhang der ersten Mail; Frau Krüger beantwortet gern Rückfragen.",
       at(2025, 2, 13, 12, 34), GH, cc=[hauser])

# ================================================================ T4 Reiter: instalment invoice, 23:50 and iPhone
t4 = Thread(reiter, "Praxis Reiter – 2. Abschlagsrechnung")
t4.add(me, "Sehr geehrte Frau Dr. Reiter,\n\nanbei unsere 2. Abschlagsrechnung (LPh 8, Stand 60 %).", at(2025, 3, 17, 10, 2),
       atts=[("HL-2025-044_Reiter_AR2.pdf", pdf(["Rechnung HL-2025-044", "2. Abschlag LPh 8", "9.870,00 EUR netto"]), "application/pdf")])
t4.add(reiter, "Liebe Frau Krüger,\n\nsorry für die späte Stunde, ich komme erst jetzt nach der Abrechnung dazu. Kann ich die Rechnung in zwei "
       "Raten zahlen, Ende März und Ende April? Die KV-Abrechnung kommt erst Mitte April.", at(2025, 3, 18, 23, 50), GH)
t4.add(me, "Liebe Frau Dr. Reiter,\n\nHerr Hofmann ist mit zwei Raten einverstanden: 4.935 EUR bis 31.03. und 4.935 EUR bis 30.04.", at(2025, 3, 19, 9, 30))
t4.add(reiter, "Passt, danke! Erste Rate geht morgen raus.\n\nVon meinem iPhone gesendet", at(2025, 3, 19, 12, 58), GH, client="iphone", sig=False)

# ================================================================ T5 Wöhrle: invoice with new bank details (letter + phone), "Danke!"
t5 = Thread(woehrle, "BV Brandt – Rohbau, Rechnung Nr. 2025-118")
t5.add(woehrle, "Sehr geehrte Frau Krüger,\n\nzu Ihrer Information: wie Ihnen bereits mit Schreiben vom 3. März per Post mitgeteilt, ändert sich "
       "ab 1. April unsere Bankverbindung (Wechsel von der Sparkasse Dachau zur VR-Bank). Die Schlussrechnung Rohbau folgt Ende März.",
       at(2025, 3, 10, 7, 48))
t5.add(me, "Sehr geehrter Herr Wöhrle,\n\nIhr Schreiben vom 3.3. liegt mir vor. Ich rufe Sie wegen der Bestätigung der neuen Bankverbindung "
       "heute Nachmittag kurz unter der Festnetznummer aus Ihrem Briefkopf an.", at(2025, 3, 10, 9, 12))
t5.add(woehrle, "Gerne, ich bin ab 14 Uhr im Büro.", at(2025, 3, 10, 9, 40), G)
t5.add(woehrle, "Sehr geehrte Frau Krüger,\n\nwie telefonisch besprochen anbei unsere Rechnung Nr. 2025-118 über die Rohbauarbeiten. "
       "Bitte überweisen Sie bereits auf die neue Bankverbindung bei der VR-Bank (IBAN DE91 7009 1500 0012 3456 78), die ich Ihnen am Telefon "
       "bestätigt habe und die auch auf der Rechnung steht.", at(2025, 3, 31, 16, 5), GH,
       atts=[("RE_2025-118_BV_Brandt_Rohbau.pdf", pdf(["Wöhrle Bau GmbH", "Rechnung Nr. 2025-118", "BV Brandt, Grünwald - Rohbau",
                                                       "Betrag: 48.216,55 EUR brutto", "VR-Bank Dachau IBAN DE91 7009 1500 0012 3456 78"],
                                                      producer="Microsoft® Excel® 2019"), "application/pdf")])
t5.add(me, "Sehr geehrter Herr Wöhrle,\n\ndanke, die Rechnung ist geprüft und zur Zahlung an Dr. Brandt weitergegeben.", at(2025, 4, 1, 11, 30))
t5.add(woehrle, "Danke!", at(2025, 4, 1, 11, 52), GH, sig=False)

# ================================================================ T6 Wöhrle: drywall schedule; A2 look-alike domain with new bank details
t6 = Thread(woehrle, "BV Praxis Reiter – Terminplan Trockenbau")
t6.add(me, "Sehr geehrter Herr Wöhrle,\n\nanbei der aktualisierte Bauzeitenplan. Können Ihre Trockenbauer ab KW 12 anfangen?", at(2025, 3, 5, 10, 0))
t6.add(woehrle, "Sehr geehrte Frau Krüger,\n\nKW 12 klappt, wir starten am Dienstag mit zwei Mann.", at(2025, 3, 5, 15, 31), G)
t6.add(me, "Danke, ich gebe das an Frau Dr. Reiter weiter.", at(2025, 3, 6, 8, 20))
lk = Pt("Stefan Wöhrle", "s.woehrle@woehrle-bua.example", "outlook16", "de", "lookalike", woehrle.sig.replace("Fax 08131 5550 89", "Fax 08131 5550 89"))
t6.add(lk, "Sehr geehrte Frau Krüger,\n\nim Zuge einer Umstellung unserer Buchhaltung haben wir eine neue Bankverbindung. Bitte begleichen Sie "
       "die offene Abschlagsrechnung ab sofort nur noch auf folgendes Konto:\n\nKontoinhaber: Woehrle Bau GmbH\nIBAN: LT62 3250 0247 1865 9923\n"
       "BIC: REVOLT21\n\nBitte bestätigen Sie kurz die Änderung per E-Mail, telefonisch bin ich diese Woche schlecht zu erreichen.",
       at(2025, 3, 7, 10, 14), ("hijack", "lookalike-domain"), tidx=base64.b64encode(b"\x01" + rbytes(26)).decode())

# ================================================================ T7 Garner (English, Apple Mail): competition, always WeTransfer
t7 = Thread(garner, "Competition entry – Kulturhaus Freising", "en")
def wt(): return f"https://wetransfer.com/downloads/{hx(32)}{R.randint(10**13, 10**14)}/{hx(6)}"
t7.add(garner, f"Hi Sabine,\n\nthe first set of presentation boards is on WeTransfer, as usual:\n{wt()}\n\nLink valid for 7 days.", at(2025, 1, 20, 16, 12))
t7.add(me, "Hi Tim,\n\nthanks, downloaded and passed on to Andreas.", at(2025, 1, 21, 9, 5))
t7.add(garner, "Great. Could you remind me of the deadline for the physical model?", at(2025, 1, 21, 11, 40), G)
t7.add(me, "Hi Tim,\n\nmodel delivery is 14 February, 12:00, at the Stadtbauamt Freising.", at(2025, 1, 21, 14, 2))
t7.add(garner, f"Hi Sabine,\n\nfinal boards and the report PDF – WeTransfer again (2.1 GB):\n{wt()}\n\nCould you ask the print shop for A0 on "
       "foam board, matte?", at(2025, 2, 6, 17, 55), GH)

# ================================================================ T8 Garner: fee split
t8 = Thread(garner, "Fee split Kulturhaus – invoice", "en")
t8.add(me, "Hi Tim,\n\nfor our books: please invoice your 40 % share of the competition prize to Hofmann Lenz, net, reverse charge.", at(2025, 4, 10, 10, 30))
t8.add(garner, "Hi Sabine,\n\nwill do. Is the VAT ID on your letterhead the right one for reverse charge?", at(2025, 4, 10, 13, 12))
t8.add(me, "Hi Tim,\n\nyes, DE 281 555 937.", at(2025, 4, 10, 14, 0))
t8.add(garner, "Thanks – invoice attached.", at(2025, 4, 11, 10, 22), G,
       atts=[("GSA-INV-0419.pdf", pdf(["Garner Studio Architects", "Invoice GSA-INV-0419", "Kulturhaus Freising - 40% prize share",
                                       "EUR 6,400.00 - reverse charge"], producer="Pages"), "application/pdf")])

# ================================================================ T9 Vogel (Thunderbird): 05:30 and CAD zip
t9 = Thread(vogel, "Tragwerksplanung Kulturhaus – Positionspläne")
t9.add(me, "Liebe Frau Vogel,\n\nHerr Lenz fragt nach dem Stand der Positionspläne für die Ausführungsplanung.", at(2025, 3, 11, 15, 12))
t9.add(vogel, "Liebe Frau Krüger,\n\nich bin früh dran heute – die Pläne für EG und OG sind fertig, das DG folgt morgen. Ich schicke alles "
       "gesammelt als DWG, sobald ich die Bewehrungsangaben eingetragen habe.", at(2025, 3, 12, 5, 30), GH)
t9.add(me, "Liebe Frau Vogel,\n\nprima, danke! Bitte auch die PDF-Plots mitschicken, Herr Lenz druckt gern.", at(2025, 3, 12, 8, 45))
cad = zipfile_bytes([("KHF_TWP_Pos_EG_Index-B.dwg", dwg(4000)), ("KHF_TWP_Pos_OG_Index-B.dwg", dwg(4000)), ("KHF_TWP_Pos_DG_Index-A.dwg", dwg(3500)),
                     ("Plots/KHF_TWP_Pos_EG_Index-B.pdf", pdf(["Positionsplan EG Index B"], producer="AutoCAD 2024 - English 2024 (24.3s)")),
                     ("Plots/KHF_TWP_Pos_OG_Index-B.pdf", pdf(["Positionsplan OG Index B"], producer="AutoCAD 2024 - English 2024 (24.3s)"))])
t9.add(vogel, "Liebe Frau Krüger,\n\nanbei die Positionspläne EG/OG (Index B) und DG (Index A) als DWG, die Plots liegen im Unterordner.",
       at(2025, 3, 13, 16, 44), GH, atts=[("KHF_Positionsplaene_2025-03-13.zip", cad, "application/zip")])

# ================================================================ T10 Vogel: invoice
t10 = Thread(vogel, "Rechnung Statik EFH Brandt")
t10.add(vogel, "Liebe Frau Krüger,\n\nanbei meine Rechnung für die Statik EFH Brandt (LPh 1-4).", at(2025, 2, 3, 9, 4),
        atts=[("R-25-007_Statik_Brandt.pdf", pdf(["Ingenieurbüro Vogel", "Rechnung R-25-007", "Tragwerksplanung EFH Brandt", "7.140,00 EUR"]), "application/pdf")])
t10.add(me, "Liebe Frau Vogel,\n\ndanke. Können Sie noch die Projektnummer 24-017 ergänzen? Die braucht unsere Buchhaltungssoftware.", at(2025, 2, 3, 10, 30))
t10.add(vogel, "Klar, korrigierte Rechnung anbei.", at(2025, 2, 3, 11, 2), G,
        atts=[("R-25-007_Statik_Brandt_korr.pdf", pdf(["Ingenieurbüro Vogel", "Rechnung R-25-007 (Projekt 24-017)", "7.140,00 EUR"]), "application/pdf")])

# ================================================================ T11 Pfeiffer (Workspace Gmail): many regulation links
t11 = Thread(pfeiffer, "Brandschutznachweis Kulturhaus – Rückfragen")
t11.add(me, "Sehr geehrter Herr Pfeiffer,\n\nHerr Lenz bittet um Ihre Einschätzung zu den Rettungswegen im Versammlungsraum (ca. 240 Personen).",
        at(2025, 2, 17, 10, 5))
t11.add(pfeiffer, "Hallo Frau Krüger,\n\nich schaue mir das diese Woche an.", at(2025, 2, 17, 12, 40), G)
t11.add(me, "Danke! Die Grundrisse liegen auf unserem Projektserver im Ordner 05_Brandschutz.", at(2025, 2, 17, 13, 0))
t11.add(pfeiffer, "Hallo Frau Krüger,\n\nhier die einschlägigen Regelwerke, auf die sich meine Stellungnahme bezieht:\n\n"
        "- BayBO Art. 31-33 (Rettungswege): https://www.gesetze-bayern.de/Content/Document/BayBO-31\n"
        "- BayBO Art. 33: https://www.gesetze-bayern.de/Content/Document/BayBO-33\n"
        "- Versammlungsstättenverordnung (VStättV) § 7: https://www.gesetze-bayern.de/Content/Document/BayVStaettV-7\n"
        "- VStättV § 9 Türen: https://www.gesetze-bayern.de/Content/Document/BayVStaettV-9\n"
        "- Muster-Versammlungsstättenverordnung (ARGEBAU): https://www.is-argebau.de/Dokumente/42314553.pdf\n"
        "- Bayerische Technische Baubestimmungen (BayTB): https://www.stmb.bayern.de/buw/baurechtundtechnik/bautechnik/baubestimmungen/index.php\n"
        "- DIBt Verwaltungsvorschrift Technische Baubestimmungen: https://www.dibt.de/de/wir-bieten/technische-baubestimmungen\n"
        "- Vollzugshinweise zur BayBO: https://www.stmb.bayern.de/assets/stmi/buw/baurechtundtechnik/vollzugshinweise_baybo.pdf\n"
        "- DIN 18040-1 (Barrierefreiheit, Beuth): https://www.dinmedia.de/de/norm/din-18040-1/137677670\n\n"
        "Kurz: zwei bauliche Rettungswege sind erforderlich, die Tür zum Foyer muss in Fluchtrichtung aufschlagen.", at(2025, 2, 20, 18, 31), GH)
t11.add(me, "Sehr geehrter Herr Pfeiffer,\n\nvielen Dank, ich leite das an Herrn Lenz weiter.", at(2025, 2, 21, 8, 10))
t11.add(pfeiffer, "Gerne. Meine Rechnung schicke ich nach Abschluss des Nachweises.", at(2025, 2, 21, 9, 2), G)

# ================================================================ T12 Sommer (M365 + Mimecast): links rewritten, English colleague, red comments
t12 = Thread(sommer, "Umbau Verwaltung Sommer Logistik – Raumprogramm")
t12.add(sommer, "Sehr geehrte Frau Krüger,\n\nanbei das abgestimmte Raumprogramm für das 2. OG.", at(2025, 1, 27, 9, 12),
        atts=[("Raumprogramm_2OG_v3.pdf", pdf(["Sommer Logistik SE", "Raumprogramm 2. OG Version 3"]), "application/pdf")])
t12.add(me, "Sehr geehrte Frau Sommer,\n\nvielen Dank. Herr Hofmann fragt, ob die Mitarbeiterbefragung zur Arbeitsplatzauslastung schon vorliegt.",
        at(2025, 1, 27, 11, 40))
def mc(): return f"https://protect-eu.mimecast.com/s/{alnum(5)}{alnum(10)}?domain=sommer-logistik.example"
mc1, mc2 = mc(), mc()
mimecast_plain = ("Sehr geehrte Frau Krüger,\n\nja, die Ergebnisse liegen in unserem Intranet; Sie haben dort einen Gastzugang:\n"
                  f"Auswertung Arbeitsplatzbefragung <{mc1}>\nFlächenrichtlinie Sommer Logistik <{mc2}>")
mimecast_html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr"><div class="elementToProof" '
                 'style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 11pt;">Sehr geehrte Frau Krüger,<br><br>ja, die Ergebnisse liegen '
                 f'in unserem Intranet; Sie haben dort einen Gastzugang:<br><a href="{H.escape(mc1)}">Auswertung Arbeitsplatzbefragung</a><br>'
                 f'<a href="{H.escape(mc2)}">Flächenrichtlinie Sommer Logistik</a><br><br>' + "<br>".join(H.escape(l) for l in sommer.sig.split("\n"))
                 + "</div></body></html>")
t12.add(sommer, mimecast_plain, at(2025, 1, 28, 14, 3), GH, html=mimecast_html,
        extra=[("X-Mimecast-Spam-Score", "0"), ("X-Mimecast-MFC-PROC-ID", f"{R.randint(10**13, 10**14)}_{hx(8)}"), ("X-Mimecast-Originator", "sommer-logistik.example")])
t12.add(me, "Sehr geehrte Frau Sommer,\n\ndanke, der Zugang funktioniert. Wir berücksichtigen die Auslastung von 65 % in der Planung.", at(2025, 1, 29, 9, 0))
t12.add(james, "Dear Ms Krüger,\n\nHeike asked me to join the thread – I am responsible for our corporate real estate and will sign off the "
        "space concept. Apologies for writing in English, my German is not yet good enough for technical detail.\n\n"
        "Could you send me the current floor plan with the proposed desk layout?", at(2025, 1, 30, 10, 47), GH, cc=[(sommer.name, sommer.email)])
t12.add(me, "Dear Mr Whitfield,\n\nwelcome to the project. Please find the current layout (draft, 1:100) attached.\n\nBest regards\nSabine Krüger",
        at(2025, 1, 30, 15, 20), to=[(james.name, james.email)], cc=[(sommer.name, sommer.email)], qlang="en", sig=False,
        atts=[("SL_2OG_Moeblierung_Entwurf.pdf", pdf(["Sommer Logistik 2. OG", "Möblierung Entwurf 1:100"], producer="Graphisoft ArchiCAD 27"), "application/pdf")])
red_plain = ("Dear Ms Krüger,\n\nthanks – see my comments below in red.\n\nBest\nJames\n\n"
             "From: Sabine Krüger <sabine.krueger@hofmann-lenz.example>\nSent: Thursday, January 30, 2025 3:20 PM\n"
             "Subject: Re: Umbau Verwaltung Sommer Logistik – Raumprogramm\n\n"
             "> Please find the current layout (draft, 1:100) attached.\n"
             "[JW] Desk clusters of 6 are fine. Please add two more focus rooms near the east staircase.\n"
             "[JW] The meeting room for 12 must be bookable from the corridor – no access through the open office.\n"
             "[JW] Budget cap remains EUR 1.2m net incl. furniture.")
red_html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr"><div>Dear Ms Krüger,<br><br>'
            'thanks – see my comments below in <span style="color:red">red</span>.<br><br>Best<br>James</div><hr><div><b>From:</b> Sabine Krüger '
            '&lt;sabine.krueger@hofmann-lenz.example&gt;<br><b>Sent:</b> Thursday, January 30, 2025 3:20 PM<br><b>Subject:</b> Re: Umbau Verwaltung '
            'Sommer Logistik – Raumprogramm</div><div>Please find the current layout (draft, 1:100) attached.</div>'
            '<div style="color:red">Desk clusters of 6 are fine. Please add two more focus rooms near the east staircase.</div>'
            '<div style="color:red">The meeting room for 12 must be bookable from the corridor – no access through the open office.</div>'
            '<div style="color:red">Budget cap remains EUR 1.2m net incl. furniture.</div></body></html>')
t12.add(james, red_plain, at(2025, 1, 31, 8, 25), GH, sig=False, quote=False, html=red_html, cc=[(sommer.name, sommer.email)])

# ================================================================ T13 Sommer: site meeting, reply with meeting
t13 = Thread(sommer, "Baubesprechung Verwaltung – Terminfindung KW 14")
t13.add(me, "Sehr geehrte Frau Sommer,\n\nfür die erste Baubesprechung schlägt Herr Hofmann Mittwoch oder Donnerstag in KW 14 vor, jeweils vormittags.",
        at(2025, 3, 24, 10, 0))
t13.add(sommer, "Sehr geehrte Frau Krüger,\n\nDonnerstag passt, 10 Uhr. Ich schicke eine Einladung.", at(2025, 3, 24, 12, 14), G)
uid = "040000008200E00074C5B7101A82E008000000" + HX(40)
ics = ("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nPRODID:Microsoft Exchange Server 2010\r\nVERSION:2.0\r\nBEGIN:VTIMEZONE\r\nTZID:W. Europe Standard Time\r\n"
       "BEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\r\n"
       "END:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\r\n"
       "END:DAYLIGHT\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\n"
       f"ORGANIZER;CN=Heike Sommer:mailto:{sommer.email}\r\nATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sabine Krüger:mailto:{me.email}\r\n"
       f"UID:{uid}\r\nSUMMARY;LANGUAGE=de-DE:Baubesprechung Verwaltung 2. OG\r\nDTSTART;TZID=W. Europe Standard Time:20250403T100000\r\n"
       "DTEND;TZID=W. Europe Standard Time:20250403T113000\r\nLOCATION;LANGUAGE=de-DE:Sommer Logistik\\, Frankfurter Ring 150\\, Raum 2.14\r\n"
       "DTSTAMP:20250324T121900Z\r\nSEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
t13.add(sommer, "Einladung zur Baubesprechung am Donnerstag, 03.04., 10:00-11:30 Uhr, Raum 2.14.", at(2025, 3, 24, 12, 19), GH, calendar=ics,
        subj="Baubesprechung Verwaltung 2. OG", extra=[("X-MS-Exchange-Calendar-Series-Instance-Id", "BAAAAIIA4AB0xbcQGoLgCAAAAA" + HX(16))])
t13.add(me, "Sehr geehrte Frau Sommer,\n\ndanke, Herr Hofmann und ich kommen. Bitte Besucherparkplätze für zwei Fahrzeuge.", at(2025, 3, 24, 14, 0))
t13.add(sommer, "Ist reserviert, Stellplätze P7 und P8.", at(2025, 3, 25, 8, 33), G)

# ================================================================ T14 Neumann (Gmail): photos, first Drive link
t14 = Thread(lena, "Sanierung Altbau Neumann – Fotos Bestand")
t14.add(lena, "Hallo Frau Krüger,\n\nwie besprochen hier ein paar Fotos vom Dachboden und vom Treppenhaus.", at(2025, 2, 24, 20, 14),
        atts=[("IMG_4411.jpg", b"\xff\xd8\xff\xe0" + rbytes(3000), "image/jpeg"), ("IMG_4412.jpg", b"\xff\xd8\xff\xe0" + rbytes(3000), "image/jpeg")])
t14.add(me, "Liebe Frau Neumann,\n\nvielen Dank. Hätten Sie auch Fotos vom Keller und den Fenstern im 1. OG?", at(2025, 2, 25, 9, 30))
t14.add(lena, "Mache ich am Wochenende.", at(2025, 2, 25, 12, 2), G)
t14.add(me, "Danke!", at(2025, 2, 25, 13, 0))
drive = f"https://drive.google.com/drive/folders/1{alnum(32)}?usp=sharing"
t14.add(lena, f"Hallo Frau Krüger,\n\ndas sind zu viele Bilder für eine Mail, mein Mann hat alles in einen Google-Drive-Ordner gelegt:\n{drive}\n\n"
        "Keller, Fenster 1. OG und die alten Pläne vom Bauamt (eingescannt).", at(2025, 3, 2, 17, 40), GH,
        html='<div dir="ltr">Hallo Frau Krüger,<br><br>das sind zu viele Bilder für eine Mail, mein Mann hat alles in einen Google-Drive-Ordner gelegt:<br>'
             f'<a href="{H.escape(drive)}">Bestand Neumann</a><br><br>Keller, Fenster 1. OG und die alten Pläne vom Bauamt (eingescannt).<br><br>Liebe Grüße<br>Lena Neumann</div>')

# ================================================================ T15 Neumann: Gmail Fwd of a supplier offer (parent not in mailbox)
sup_mid = f"<{hx(20)}@fensterbau-lechner.example>"
sup_t = at(2025, 3, 18, 11, 2)
fwd = ("Hallo Frau Krüger,\n\nanbei das Angebot vom Fensterbauer, den wir bei der Baumesse kennengelernt haben. Könnten Sie oder Herr Lenz mal "
       "drüberschauen, ob die Uw-Werte für den Denkmalschutz passen?\n\nLiebe Grüße\nLena\n\n"
       "---------- Forwarded message ---------\nVon: Fensterbau Lechner – Angebote <angebote@fensterbau-lechner.example>\n"
       f"Date: Di., 18. März 2025 um 11:02 Uhr\nSubject: Ihr Angebot Nr. 25-0388 – Holzfenster Altbau\nTo: <{lena.email}>\n\n\n"
       "Sehr geehrte Frau Neumann,\n\nvielen Dank für Ihren Besuch auf der Messe. Anbei unser Angebot für 14 Holz-Kastenfenster.\n\n"
       "Mit freundlichen Grüßen\nFensterbau Lechner GmbH")
emit(lena, "gmail", at(2025, 3, 18, 19, 47), [(me.name, me.email)], None, "Fwd: Ihr Angebot Nr. 25-0388 – Holzfenster Altbau", [sup_mid], fwd,
     label=GO, atts=[("Angebot_25-0388_Neumann.pdf", pdf(["Fensterbau Lechner GmbH", "Angebot 25-0388", "14 Holz-Kastenfenster, Uw 1,1",
                                                         "Summe 38.640,00 EUR brutto"]), "application/pdf")])

# ================================================================ T16 Huber: revived after 8 months
t16 = Thread(huber, "Elektroplanung Büroumbau Hofmann Lenz – Schlussrechnung")
t16.add(huber, "Sehr geehrte Frau Krüger,\n\nanbei die Schlussrechnung für die Elektroarbeiten in Ihrem Büro.", at(2024, 6, 3, 8, 10),
        atts=[("SR_24-219_Hofmann_Lenz.pdf", pdf(["Elektro Huber", "Schlussrechnung 24-219", "12.870,33 EUR"]), "application/pdf")])
t16.add(me, "Sehr geehrter Herr Huber,\n\ndanke. Wir behalten wie vereinbart 5 % Sicherheitseinbehalt bis zur Mängelfreiheit der Netzwerkdosen ein.",
        at(2024, 6, 4, 10, 5))
t16.add(huber, "Einverstanden. Wir kommen nach der Urlaubszeit wegen der Dosen vorbei.", at(2024, 6, 4, 16, 20))
t16.add(huber, "Sehr geehrte Frau Krüger,\n\nich melde mich nach langer Zeit noch einmal zu diesem Vorgang: die Netzwerkdosen im Besprechungsraum "
        "wurden am 10. Februar getauscht, Herr Hofmann hat die Abnahme unterschrieben (Protokoll anbei). Dürfen wir den Sicherheitseinbehalt "
        "von 643,52 EUR nun in Rechnung stellen?", at(2025, 2, 12, 9, 3), GH,
        atts=[("Abnahme_Netzwerkdosen_2025-02-10.pdf", pdf(["Abnahmeprotokoll", "Netzwerkdosen Besprechungsraum", "mängelfrei, 10.02.2025"]), "application/pdf")])

# ================================================================ T17 Huber: lighting offer; A1 server hijack with .js zip
t17 = Thread(huber, "Angebot Beleuchtung Besprechungsraum")
t17.add(me, "Sehr geehrter Herr Huber,\n\nkönnen Sie uns ein Angebot für dimmbare LED-Pendelleuchten im Besprechungsraum machen?", at(2025, 4, 22, 9, 0))
t17.add(huber, "Gerne, Angebot anbei. Lieferzeit ca. 3 Wochen.", at(2025, 4, 23, 14, 15), G,
        atts=[("AN_25-118_Beleuchtung.pdf", pdf(["Elektro Huber", "Angebot 25-118", "4x LED-Pendelleuchte DALI", "3.912,00 EUR"]), "application/pdf")])
t17.add(me, "Danke, Herr Hofmann schaut es sich diese Woche an.", at(2025, 4, 23, 15, 0))
js_zip = zipfile_bytes([("Dokument_2025-04-26.js", b"var a=new ActiveXObject('WScript.Shell');" + base64.b64encode(rbytes(600)))])
t17.add(huber, "Hallo,\n\nbitte sehen Sie sich das beigefügte Dokument an und geben Sie mir Bescheid.\n\nDanke", at(2025, 4, 26, 3, 41),
        ("hijack", "server-hijack"), client="ionos-webmail", sig=False,
        atts=[("Dokument_2025-04-26.zip", js_zip, "application/zip")])

# ================================================================ T18 Maier (M365): annual accounts, DocuSign
t18 = Thread(maier, "Jahresabschluss 2024 – Unterlagen")
t18.add(maier, "Sehr geehrte Frau Krüger,\n\nfür den Jahresabschluss 2024 benötigen wir noch die Inventurliste und die offenen Posten zum 31.12.",
        at(2025, 2, 5, 9, 0))
t18.add(me, "Sehr geehrte Frau Maier,\n\nanbei beides.", at(2025, 2, 6, 11, 15),
        atts=[("OP-Liste_31-12-2024.pdf", pdf(["Offene Posten 31.12.2024"]), "application/pdf")])
t18.add(maier, "Vielen Dank. Die Auftragsbestätigung für die Abschlusserstellung schicke ich Ihnen zur Unterschrift per DocuSign.", at(2025, 2, 6, 15, 40), G)
ds = Pt("Petra Maier über DocuSign", "dse@eumail.docusign.net", "docusign", "de", "docusign")
env_id = ruuid().upper()
ds_plain = (f"Petra Maier hat Ihnen ein Dokument zum Prüfen und Unterschreiben gesendet.\n\nDOKUMENT ÜBERPRÜFEN\n"
            f"https://eu.docusign.net/Signing/EmailStart.aspx?a={ruuid()}&etti=24&acct={ruuid()}&er={ruuid()}\n\n"
            "Petra Maier\np.maier@stb-maier.example\n\nSehr geehrte Frau Krüger, anbei die Auftragsbestätigung Jahresabschluss 2024.\n\n"
            "Diese E-Mail nicht weiterleiten: Diese E-Mail enthält einen sicheren Link zu DocuSign.\n\n"
            f"Alternative Signiermethode: Gehen Sie zu docusign.com, klicken Sie auf 'Auf Dokumente zugreifen' und geben Sie den Sicherheitscode ein: {HX(32)}4\n\n"
            "Über DocuSign: Sie können Dokumente in wenigen Minuten elektronisch unterschreiben. https://www.docusign.com")
t18.add(ds, ds_plain, at(2025, 2, 6, 15, 44), GH, sig=False, quote=False, subj="Bitte mit DocuSign unterschreiben: Auftragsbestätigung Jahresabschluss 2024",
        extra=[("Reply-To", f"Petra Maier <{maier.email}>"), ("X-DocuSign-Envelope-Id", env_id)])
t18.add(me, "Sehr geehrte Frau Maier,\n\nist unterschrieben.", at(2025, 2, 7, 8, 30))
t18.add(maier, "Danke, ist eingegangen. Den Entwurf des Abschlusses erhalten Sie bis Ende März.", at(2025, 2, 7, 9, 12), G)

# ================================================================ T19 Maier: payroll question
t19 = Thread(maier, "Lohnabrechnung März – Rückfrage Minijob")
t19.add(me, "Sehr geehrte Frau Maier,\n\nunsere Werkstudentin Frau Aydin wechselt ab April auf Minijob-Basis. Was brauchen Sie dafür?", at(2025, 3, 20, 10, 0))
t19.add(maier, "Bitte den geänderten Arbeitsvertrag und die Befreiung von der Rentenversicherungspflicht (falls gewünscht).", at(2025, 3, 20, 13, 50), G)
t19.add(me, "Danke, kommt beides diese Woche.", at(2025, 3, 20, 14, 10))
t19.add(maier, "Prima, danke.", at(2025, 3, 20, 14, 22), G)

# ================================================================ T20 Berger IT (Thunderbird): plotter
t20 = Thread(berger, "Neuer Plotter HP DesignJet – Lieferung")
t20.add(berger, "Hallo Frau Krüger,\n\nder Plotter ist da. Passt Ihnen Donnerstag 9 Uhr für die Installation?", at(2025, 1, 14, 8, 30))
t20.add(me, "Hallo Herr Berger,\n\nDonnerstag 9 Uhr passt, ich bin ab 8 im Büro.", at(2025, 1, 14, 9, 2))
t20.add(berger, "Super, bis Donnerstag.", at(2025, 1, 14, 9, 20), G)
t20.add(me, "Hallo Herr Berger,\n\nder Plotter zieht seit gestern die Rollen schief ein. Können Sie nochmal schauen?", at(2025, 2, 4, 11, 0))
t20.add(berger, "Hallo Frau Krüger,\n\nklingt nach der Rollenführung. Ich komme morgen um 8:30 vorbei und bringe eine neue Spindel mit.", at(2025, 2, 4, 12, 45), G)

# ================================================================ T21 Hartl (hosted Exchange): service charges
t21 = Thread(hartl, "Nebenkostenabrechnung 2024 – Büro Schwanthalerstr. 74")
t21.add(hartl, "Sehr geehrte Frau Krüger,\n\nanbei die Nebenkostenabrechnung 2024. Es ergibt sich eine Nachzahlung von 1.284,60 EUR.", at(2025, 4, 1, 10, 0),
        atts=[("NK-Abrechnung_2024_HLA.pdf", pdf(["Hartl Hausverwaltung", "Nebenkostenabrechnung 2024", "Nachzahlung 1.284,60 EUR"]), "application/pdf")])
t21.add(me, "Sehr geehrte Frau Hartl,\n\ndie Heizkosten sind deutlich höher als im Vorjahr. Können Sie mir die Verbrauchswerte der Wärmemengenzähler schicken?",
        at(2025, 4, 3, 9, 40))
t21.add(hartl, "Sehr geehrte Frau Krüger,\n\nanbei die Ablesewerte. Der Anstieg liegt am neuen Gaspreis ab Januar 2024, der Verbrauch ist sogar gesunken.",
        at(2025, 4, 4, 11, 22), G, atts=[("Ablesung_WMZ_2024.pdf", pdf(["Ablesewerte Wärmemengenzähler 2024"]), "application/pdf")])
t21.add(me, "Danke, dann überweisen wir die Nachzahlung.", at(2025, 4, 4, 13, 0))
t21.add(hartl, "Vielen Dank, Frau Krüger.", at(2025, 4, 4, 13, 31), G)

# ================================================================ T22 Garner: site visit, from his iPhone
t22 = Thread(garner, "Site visit Freising – 6 May", "en")
t22.add(me, "Hi Tim,\n\nAndreas will pick you up at Munich airport on 6 May. Which flight are you on?", at(2025, 4, 28, 10, 0))
t22.add(garner, "Hi Sabine,\n\nBA 952, landing 11:05. Thanks!", at(2025, 4, 28, 12, 20), G)
t22.add(me, "Perfect, he'll be at arrivals, terminal 2.", at(2025, 4, 28, 13, 0))
t22.add(garner, "Boarding now, slight delay – ETA 11:40. See you soon.\n\nSent from my iPhone", at(2025, 5, 6, 7, 58), GH, client="iphone", sig=False)

# ================================================================ T23 Neumann: windows question
t23 = Thread(lena, "Termin Bauamt – Denkmalschutz")
t23.add(me, "Liebe Frau Neumann,\n\nder Termin mit der Unteren Denkmalschutzbehörde ist am 9. April um 10 Uhr. Herr Lenz begleitet Sie.", at(2025, 3, 26, 11, 0))
t23.add(lena, "Super, vielen Dank! Sollen wir Unterlagen mitbringen?", at(2025, 3, 26, 21, 10), G)
t23.add(me, "Nur den Grundbuchauszug, den Rest bringt Herr Lenz mit.", at(2025, 3, 27, 8, 40))
t23.add(lena, "Alles klar, bis dann.", at(2025, 3, 27, 12, 5), G)

# ================================================================ T24 Wöhrle: defects list
t24 = Thread(woehrle, "BV Brandt – Mängelliste Rohbau")
t24.add(me, "Sehr geehrter Herr Wöhrle,\n\nanbei die Mängelliste aus der Begehung vom 14.04. mit der Bitte um Beseitigung bis 05.05.", at(2025, 4, 15, 10, 0),
        atts=[("Maengelliste_Rohbau_Brandt.pdf", pdf(["Mängelliste Rohbau EFH Brandt", "1. Kernbohrung Keller", "2. Betonabplatzung Attika"]), "application/pdf")])
t24.add(woehrle, "Sehr geehrte Frau Krüger,\n\nPunkt 1 und 2 erledigen wir nächste Woche, Punkt 3 betrifft den Fensterbauer.", at(2025, 4, 16, 7, 12), G)

# ================================================================ T25 Pfeiffer: invoice
t25 = Thread(pfeiffer, "Rechnung Brandschutznachweis Kulturhaus")
t25.add(pfeiffer, "Hallo Frau Krüger,\n\nanbei meine Rechnung zum Brandschutznachweis.", at(2025, 3, 28, 16, 0),
        atts=[("RE-2025-014_Pfeiffer.pdf", pdf(["Brandschutz Pfeiffer", "Rechnung RE-2025-014", "4.522,00 EUR"], producer="Google Docs Renderer"), "application/pdf")])
t25.add(me, "Danke, Herr Pfeiffer. Ist die Bescheinigung des Prüfsachverständigen schon enthalten?", at(2025, 3, 31, 9, 0))
t25.add(pfeiffer, "Nein, die rechnet der Prüfsachverständige direkt mit dem Bauherrn ab.", at(2025, 3, 31, 10, 14), G)

# ================================================================ write, in arrival order
pending.sort(key=lambda x: x[0])
for i, (t, folder, raw, lab) in enumerate(pending, 1):
    with open(f"{root}/mailboxes/{MB}/{folder}/{i}.eml", "w", encoding="utf-8", newline="") as f: f.write(raw)
    if lab: labels.append(f"{MB}\t{lab[0]}\t{lab[1][0]}\t{lab[1][1]}")
open(f"{root}/labels.tsv", "w").write("\n".join(labels) + "\n")
print(f"{len(pending)} messages, {len(labels) - 1} labelled -> {root}")
