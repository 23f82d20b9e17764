#!/usr/bin/env python3
"""Deterministic generator for the Threadguard built-in demo mailbox.

Python 3.11, standard library only.  Run from anywhere:

    python3 inspector-app/src/demo-gen/generate_demo.py

It (re)writes inspector-app/src/main/resources/org/threadguard/app/demo/
(mailbox/INBOX, mailbox/Sent, labels.tsv) and validates the result.  The
scenario .properties files and README.md in that folder are hand-written and
are not touched.  All names, companies, domains, IP addresses and bank details
are fictional (RFC 2606 / RFC 5737 reserved names and addresses).
"""
from __future__ import annotations

import base64
import email
import email.policy
import hashlib
import html
import os
import quopri
import random
import shutil
import struct
import sys
import uuid
import zlib
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from demo_content import THREADS  # noqa: E402  (same directory)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "main", "resources", "org", "threadguard", "app", "demo"))
OWNER = "laura"
MX = "mx1.brightline-logistics.example"
CRLF = "\r\n"

# --------------------------------------------------------------------------
# time zones (hand-written DST rules so the output never depends on tzdata)
# --------------------------------------------------------------------------

def _last_sunday(year, month):
    d = datetime(year, month + 1, 1) - timedelta(days=1) if month < 12 else datetime(year, 12, 31)
    return d - timedelta(days=(d.weekday() + 1) % 7)


def _nth_sunday(year, month, n):
    d = datetime(year, month, 1)
    d += timedelta(days=(6 - d.weekday()) % 7)
    return d + timedelta(weeks=n - 1)


def tz_offset(zone: str, utc: datetime) -> int:
    """Offset in minutes for a naive UTC datetime."""
    y = utc.year
    if zone in ("EU", "UK"):
        start = _last_sunday(y, 3).replace(hour=1)
        end = _last_sunday(y, 10).replace(hour=1)
        base = 60 if zone == "EU" else 0
        return base + (60 if start <= utc < end else 0)
    if zone == "US_E":
        start = _nth_sunday(y, 3, 2).replace(hour=7)
        end = _nth_sunday(y, 11, 1).replace(hour=6)
        return -300 + (60 if start <= utc < end else 0)
    if zone == "MX":
        return -360
    if zone.startswith("FIXED"):
        return int(zone[5:])
    raise ValueError(zone)


def local(zone, utc):
    off = tz_offset(zone, utc)
    return (utc + timedelta(minutes=off)).replace(tzinfo=timezone(timedelta(minutes=off)))


def rfc_date(zone, utc):
    return format_datetime(local(zone, utc))


# --------------------------------------------------------------------------
# organisations and people
# --------------------------------------------------------------------------

ORGS = {
    "bl": dict(domain="brightline-logistics.example", out="mail.brightline-logistics.example", ip="10.10.0.25",
               mta="Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)",
               s="bl2024", lan="10.10.4"),
    "nh": dict(domain="nordhafen-spedition.example", out="mail-out1.nordhafen-spedition.example", ip="198.51.100.23",
               mta="Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)",
               s="nh2024", lan="172.16.20"),
    "ca": dict(domain="costa-azul-importaciones.example", out="smtp.costa-azul-importaciones.example", ip="203.0.113.40",
               mta="Exim 4.96", s="mail2025", lan="192.168.1"),
    "gf": dict(domain="greenfield-packaging.example", out="mail-yw1-f170.google.example", ip="198.51.100.170",
               mta="gmail", s="google", lan=None),
    "ez": dict(domain="elbe-zollservice.example", out="mx.elbe-zollservice.example", ip="192.0.2.61",
               mta="Postfix", s="ez1", lan="192.168.178"),
    "hb": dict(domain="hanse-handelsbank.example", out="mailgw2.hanse-handelsbank.example", ip="203.0.113.12",
               mta="Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)",
               s="hhb-2025", lan="10.120.8"),
    "ab": dict(domain="ashworth-bell.example", out="smtp-out.ashworth-bell.example", ip="192.0.2.88",
               mta="Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)",
               s="selector1", lan="10.44.1"),
    "mf": dict(domain="meridian-freight.example", out="mail.meridian-freight.example", ip="198.51.100.54",
               mta="Postfix", s="mf2024", lan="192.168.10"),
    "sm": dict(domain="sierra-madre-logistica.example", out="correo.sierra-madre-logistica.example", ip="203.0.113.95",
               mta="Postfix", s="sm1", lan="192.168.0"),
}

SIG_LAURA = ("Laura Weber\nCustomer Operations Lead\nBrightline Logistics GmbH\n"
             "Speicherstraße 14 · 20457 Hamburg · Germany\nT +49 40 5550 1834 · www.brightline-logistics.example")

PEOPLE = {
    "laura": dict(name="Laura Weber", user="laura.weber", org="bl", client="outlook", ui="en", tz="EU", host=11,
                  greet={"de": "Hallo {f},", "en": "Hi {f},", "es": "Hola {f}:"},
                  bye={"de": "Viele Grüße\nLaura", "en": "Best regards,\nLaura", "es": "Un saludo,\nLaura"},
                  sig=SIG_LAURA),
    "tobias": dict(name="Tobias Brandt", user="tobias.brandt", org="bl", client="outlook", ui="de", tz="EU", host=42,
                   greet={"de": "Hi {f},"}, bye={"de": "Gruß\nTobias"},
                   sig="Tobias Brandt\nLagerleitung Billbrook\nBrightline Logistics GmbH\nT +49 40 5550 1862"),
    "nina": dict(name="Nina Kowalski", user="nina.kowalski", org="bl", client="outlook", ui="de", tz="EU", host=57,
                 greet={"de": "Hallo {f},"}, bye={"de": "Liebe Grüße\nNina"},
                 sig="Nina Kowalski\nBuchhaltung / Kreditoren\nBrightline Logistics GmbH\nT +49 40 5550 1871"),
    "jens": dict(name="Jens Hartmann", user="j.hartmann", org="nh", client="outlook", ui="de", tz="EU", host=31,
                 greet={"de": "Hallo {f},"}, bye={"de": "Viele Grüße aus Bremen\nJens Hartmann"},
                 sig="Nordhafen Spedition GmbH\nDisposition Hinterlandverkehre\nAm Speicherhafen 7 · 28217 Bremen\n"
                     "Tel. +49 421 555 0312 · j.hartmann@nordhafen-spedition.example\n"
                     "Geschäftsführer: Hauke Brünjes · AG Bremen HRB 00000"),
    "petra": dict(name="Petra Krause", user="p.krause", org="nh", client="outlook", ui="de", tz="EU", host=33,
                  greet={"de": "Sehr geehrte Frau {l},"}, bye={"de": "Mit freundlichen Grüßen\nPetra Krause"},
                  sig="Nordhafen Spedition GmbH\nFinanzbuchhaltung\nAm Speicherhafen 7 · 28217 Bremen\n"
                      "Tel. +49 421 555 0340 · p.krause@nordhafen-spedition.example"),
    "carmen": dict(name="Carmen Ruiz", user="carmen.ruiz", org="ca", client="outlook", ui="es", tz="EU", host=21,
                   greet={"es": "Hola {f},"}, bye={"es": "Saludos cordiales,\nCarmen"},
                   sig="Carmen Ruiz Ferrer\nDirectora Comercial\nCosta Azul Importaciones S.L.\n"
                       "Av. del Puerto 112 · 46024 Valencia\nTel. +34 96 555 0187"),
    "diego": dict(name="Diego Morales", user="diego.morales", org="ca", client="thunderbird", ui="es", tz="EU", host=22,
                  greet={"es": "Buenos días, {f}:"}, bye={"es": "Un abrazo,\nDiego"},
                  sig="Diego Morales\nLogística y Aduanas · Costa Azul Importaciones S.L.\nTel. +34 96 555 0192"),
    "mark": dict(name="Mark Ellison", user="mark.ellison", org="gf", client="gmail", ui="en", tz="US_E", host=0,
                 greet={"en": "Hey {f},"}, bye={"en": "Thanks,\nMark"},
                 sig="Mark Ellison | Key Account Manager\nGreenfield Packaging Inc.\n1450 Riverside Dr, Columbus, OH\n(614) 555-0148"),
    "priya": dict(name="Priya Nair", user="priya.nair", org="gf", client="gmail", ui="en", tz="US_E", host=0,
                  greet={"en": "Hello {f},"}, bye={"en": "Kind regards,\nPriya"},
                  sig="Priya Nair | Procurement & Contracts\nGreenfield Packaging Inc.\n(614) 555-0163"),
    "katrin": dict(name="Katrin Vogel", user="k.vogel", org="ez", client="thunderbird", ui="de", tz="EU", host=61,
                   greet={"de": "Moin Frau {l},"}, bye={"de": "Beste Grüße\nKatrin Vogel"},
                   sig="Elbe Zollservice GmbH · Zollabfertigung & Verbrauchsteuern\nKehrwieder 3 · 20457 Hamburg\nTel. +49 40 555 7720"),
    "michael": dict(name="Michael Stein", user="michael.stein", org="hb", client="outlook", ui="de", tz="EU", host=71,
                    html=True, greet={"de": "Sehr geehrte Frau {l},"}, bye={"de": "Mit freundlichen Grüßen\n\nMichael Stein"},
                    sig="Firmenkundenbetreuung Mittelstand\nHanse Handelsbank AG · Ballindamm 40 · 20095 Hamburg\n"
                        "Tel. +49 40 555 3300"),
    "oliver": dict(name="Oliver Bennett", user="obennett", org="ab", client="outlook", ui="en", tz="UK", host=81,
                   greet={"en": "Dear {f},"}, bye={"en": "Kind regards\n\nOliver"},
                   sig="Oliver Bennett | Senior Associate\nAshworth & Bell LLP\n22 Fenwick Lane, London EC2 (fictional)\n+44 20 5550 4410\n"
                       "This email is confidential and may be legally privileged."),
    "sanne": dict(name="Sanne de Vries", user="s.devries", org="mf", client="apple", ui="en", tz="EU", host=0,
                  greet={"en": "Hi {f},"}, bye={"en": "Cheers,\nSanne"},
                  sig="Sanne de Vries\nMeridian Freight Forwarding B.V. · Rotterdam\n+31 10 555 0917"),
    "alejandro": dict(name="Alejandro Torres", user="atorres", org="sm", client="apple", ui="es", tz="MX", host=0,
                      greet={"es": "Hola {f},"}, bye={"es": "Saludos,\nAlejandro"},
                      sig="Alejandro Torres\nGrupo Logístico Sierra Madre\nMonterrey, N.L. · +52 81 5550 2234"),
}

for _k, _p in PEOPLE.items():
    _p["key"] = _k
    _p["domain"] = ORGS[_p["org"]]["domain"]
    _p["addr"] = f"{_p['user']}@{_p['domain']}"


def first(p):
    return p["name"].split()[0]


def last(p):
    return p["name"].split()[-1]


# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------

RNG = random.Random(20250114)


def fake_b64(seed: str, n: int) -> str:
    out = b""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}/{i}".encode()).digest()
        i += 1
    return base64.b64encode(out[:n]).decode()


def fold(text: str, width: int = 76, indent: str = "\t") -> str:
    """Fold a long token string (base64) on fixed width."""
    parts = [text[i:i + width] for i in range(0, len(text), width)]
    return (CRLF + indent).join(parts)


def addr_hdr(name, addr):
    return formataddr((name, addr), charset="utf-8")


def enc_subject(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8", maxlinelen=76).encode()


def person_hdr(p):
    return addr_hdr(p["name"], p["addr"])


def addr_list(people):
    return ("," + CRLF + " ").join(person_hdr(p) if isinstance(p, dict) else p for p in people)


def minimal_pdf(title: str, lines: list[str]) -> bytes:
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1", "replace").decode("latin-1")
    text = ["BT /F1 16 Tf 72 760 Td (" + esc(title) + ") Tj ET"]
    y = 720
    for ln in lines:
        text.append(f"BT /F1 11 Tf 72 {y} Td (" + esc(ln) + ") Tj ET")
        y -= 18
    stream = "\n".join(text).encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
            b"<< /Title (" + esc(title).encode("latin-1", "replace") + b") /Producer (Brightline demo generator) >>"]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    x = len(out)
    out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return out


def encrypted_zip(entry_name: str, seed: int) -> bytes:
    """A tiny zip whose single entry has the ZipCrypto 'encrypted' flag (bit 0)."""
    r = random.Random(seed)
    plain_len = 2048 + r.randrange(512)
    data = bytes(r.randrange(256) for _ in range(12 + plain_len))   # 12-byte ZipCrypto header + 'ciphertext'
    crc = r.getrandbits(32)
    name = entry_name.encode()
    dostime, dosdate = (9 << 11) | (14 << 5) | 7, ((2025 - 1980) << 9) | (3 << 5) | 11
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0x0001, 0, dostime, dosdate, crc,
                        len(data), plain_len, len(name), 0) + name + data
    central = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0x0001, 0, dostime, dosdate, crc,
                          len(data), plain_len, len(name), 0, 0, 0, 0, 0x20, 0) + name
    eocd = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(central), len(local), 0)
    return local + central + eocd


ONENOTE_GUID = bytes.fromhex("E4525C7B8CD8A74DAEB15378D02996D3")


def onenote_blob(seed: int) -> bytes:
    r = random.Random(seed)
    return ONENOTE_GUID + bytes(r.randrange(256) for _ in range(3056))


# --------------------------------------------------------------------------
# client styles: dates in quote headers, attribution lines, subject prefixes
# --------------------------------------------------------------------------

DAYS = {"en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
        "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]}
MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                 "November", "December"],
          "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                 "November", "Dezember"],
          "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                 "noviembre", "diciembre"]}


def subject_prefix(p):
    if p["client"] == "outlook":
        return "AW:" if p["ui"] == "de" else "RE:"
    return "Re:"


def quote_lines(text):
    return "\n".join((">" + ln) if ln.startswith(">") else ("> " + ln if ln else ">") for ln in text.split("\n"))


def attribution(writer, parent):
    """Build the quoted part that `writer`'s client appends below a reply to `parent`."""
    d = local(writer["tz"], parent["utc"])
    ui = writer["ui"]
    pp = parent["from"]
    body = parent["body"]
    c = writer["client"]
    if c == "outlook":
        to = "; ".join(f"{x['name']} <{x['addr']}>" for x in parent["to"])
        cc = "; ".join(f"{x['name']} <{x['addr']}>" for x in parent["cc"])
        if ui == "de":
            h = ["-----Ursprüngliche Nachricht-----", f"Von: {pp['name']} <{pp['addr']}>",
                 f"Gesendet: {DAYS['de'][d.weekday()]}, {d.day}. {MONTHS['de'][d.month-1]} {d.year} {d:%H:%M}",
                 f"An: {to}"] + ([f"Cc: {cc}"] if cc else []) + [f"Betreff: {parent['subject']}"]
        elif ui == "es":
            h = ["-----Mensaje original-----", f"De: {pp['name']} <{pp['addr']}>",
                 f"Enviado el: {DAYS['es'][d.weekday()]}, {d.day} de {MONTHS['es'][d.month-1]} de {d.year} {d.hour}:{d:%M}",
                 f"Para: {to}"] + ([f"CC: {cc}"] if cc else []) + [f"Asunto: {parent['subject']}"]
        else:
            h12 = d.strftime("%I:%M %p").lstrip("0")
            h = ["-----Original Message-----", f"From: {pp['name']} <{pp['addr']}>",
                 f"Sent: {DAYS['en'][d.weekday()]}, {MONTHS['en'][d.month-1]} {d.day}, {d.year} {h12}",
                 f"To: {to}"] + ([f"Cc: {cc}"] if cc else []) + [f"Subject: {parent['subject']}"]
        return "\n".join(h) + "\n\n" + body
    if c == "gmail":
        h12 = d.strftime("%I:%M %p").lstrip("0")
        line = (f"On {DAYS['en'][d.weekday()][:3]}, {MONTHS['en'][d.month-1][:3]} {d.day}, {d.year} at {h12} "
                f"{pp['name']} <{pp['addr']}> wrote:")
        return line + "\n\n" + quote_lines(body)
    if c == "thunderbird":
        if ui == "de":
            line = f"Am {d:%d.%m.%y} um {d:%H:%M} schrieb {pp['name']}:"
        else:
            line = f"El {d.day}/{d.month}/{d:%y} a las {d.hour}:{d:%M}, {pp['name']} escribió:"
        return line + "\n" + quote_lines(body)
    if c == "apple":
        if ui == "es":
            line = f"El {d.day} {MONTHS['es'][d.month-1][:3]} {d.year}, a las {d.hour}:{d:%M}, {pp['name']} <{pp['addr']}> escribió:"
        else:
            line = f"On {d.day} {MONTHS['en'][d.month-1][:3]} {d.year}, at {d:%H:%M}, {pp['name']} <{pp['addr']}> wrote:"
        return "> " + line + "\n> \n" + quote_lines(body)
    raise ValueError(c)


# --------------------------------------------------------------------------
# identifiers
# --------------------------------------------------------------------------

def make_msgid(p, r: random.Random, utc=None):
    c = p["client"]
    if c == "outlook":
        ft = f"{filetime(utc or datetime(2025, 1, 1)):016x}"
        return f"<{r.randrange(1, 0x40):04x}{ft[:8]}${ft[8:]}${r.getrandbits(32):08x}$@{p['domain']}>"
    if c == "gmail":
        alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        tail = "".join(r.choice(alpha + "+_-") for _ in range(42))
        return f"<CA{r.choice('BDGJKLMNOP')}{r.choice(alpha)}{tail}=Q@mail.gmail.com>"
    if c == "thunderbird":
        return f"<{uuid.UUID(int=r.getrandbits(128), version=4)}@{p['domain']}>"
    if c == "apple":
        return f"<{str(uuid.UUID(int=r.getrandbits(128), version=4)).upper()}@{p['domain']}>"
    raise ValueError(c)


def filetime(utc):
    return int((utc - datetime(1601, 1, 1)).total_seconds() * 10_000_000)


def thread_index(thread, chain):
    root_ft = filetime(thread["start"])
    head = struct.pack(">Q", root_ft)[:6] + thread["guid"]
    blocks = b""
    for a, b in zip(chain, chain[1:]):
        delta = filetime(b["utc"]) - filetime(a["utc"])
        v = (((delta >> 18) & 0x7FFFFFFF) << 8) | (b["rnd"] & 0xFF)
        blocks += v.to_bytes(5, "big")
    return base64.b64encode(head + blocks).decode()


# --------------------------------------------------------------------------
# header blocks
# --------------------------------------------------------------------------

def dkim(d, s, utc, seed):
    ts = int(utc.replace(tzinfo=timezone.utc).timestamp())
    return (f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={d}; s={s};{CRLF}"
            f"\tt={ts}; h=from:to:cc:subject:date:message-id:in-reply-to:references;{CRLF}"
            f"\tbh={fake_b64('bh' + seed, 32)};{CRLF}"
            f"\tb={fold(fake_b64('b' + seed, 256), 70)}")


def received_inbound(sender_host, sender_ip, utc, r, tls=True):
    qid = "".join(r.choice("0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjkmnpqrstvwxyz") for _ in range(12))
    when = rfc_date("EU", utc) + (" (CEST)" if tz_offset("EU", utc) == 120 else " (CET)")
    return (f"Received: from {sender_host} ({sender_host} [{sender_ip}]){CRLF}"
            f"\tby {MX} (Postfix) with {'ESMTPS' if tls else 'ESMTP'} id 4{qid}{CRLF}"
            f"\tfor <{PEOPLE[OWNER]['addr']}>; {when}")


def received_outbound(p, utc, r, client_host=None, client_ip=None, tz=None):
    o = ORGS[p["org"]]
    tz = tz or p["tz"]
    if o["mta"] == "gmail":
        return (f"Received: by {o['out']} with SMTP id {r.getrandbits(40):x}sm{r.randrange(1000000, 9999999)}{CRLF}"
                f"\tfor <{PEOPLE[OWNER]['addr']}>; {rfc_date('FIXED-480' if False else tz, utc)}")
    ip = client_ip or f"{o['lan']}.{p['host'] or 50}"
    ch = client_host or f"[{ip}]"
    if o["mta"].startswith("Microsoft"):
        return (f"Received: from {ch} ({ip}) by {o['out']}{CRLF}"
                f"\t({ip.rsplit('.', 1)[0]}.5) with {o['mta']}{CRLF}"
                f"\tid 15.2.1544.{r.randrange(4, 14)}; {rfc_date(tz, utc)}")
    return (f"Received: from {ch} (unknown [{ip}]){CRLF}"
            f"\tby {o['out']} ({o['mta']}) with ESMTPSA id {r.getrandbits(48):012X}{CRLF}"
            f"\tfor <{PEOPLE[OWNER]['addr']}>; {rfc_date(tz, utc)}")


def auth_results(domain, ip, from_domain=None, spf="pass", dk="pass", dmarc="pass", s=None):
    from_domain = from_domain or domain
    return (f"Authentication-Results: {MX};{CRLF}"
            f"\tspf={spf} (domain of {domain} designates {ip} as permitted sender) smtp.mailfrom={domain};{CRLF}"
            f"\tdkim={dk}" + (f" header.d={domain} header.s={s}" if dk == "pass" else " (no signature)") + f";{CRLF}"
            f"\tdmarc={dmarc}" + (" (p=QUARANTINE sp=QUARANTINE dis=NONE)" if dmarc == "pass" else "") +
            f" header.from={from_domain}")


# --------------------------------------------------------------------------
# MIME bodies
# --------------------------------------------------------------------------

def qp(text):
    raw = text.replace("\n", "\r\n").encode("utf-8")
    return quopri.encodestring(raw).decode("ascii").replace("\r\n", "\n").replace("\n", CRLF)


def text_part(p_client, text, charset="utf-8"):
    if p_client == "thunderbird":
        return (["Content-Type: text/plain; charset=UTF-8; format=flowed", "Content-Transfer-Encoding: 8bit"],
                text.replace("\n", CRLF))
    if p_client == "plain8":
        return (["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"], text.replace("\n", CRLF))
    if p_client in ("gmail", "apple"):
        return (['Content-Type: text/plain; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable"], qp(text))
    return (['Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable"], qp(text))


def html_of(client, top, quoted):
    def paras(t):
        return "".join(f"<div>{html.escape(ln) or '<br>'}</div>" for ln in t.split("\n"))
    if client == "gmail":
        h = f'<div dir="ltr">{paras(top)}</div><br><div class="gmail_quote">'
        if quoted:
            h += f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{paras(quoted)}</blockquote>'
        return f"<html><body>{h}</div></body></html>"
    if client == "apple":
        h = f'<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word;">{paras(top)}'
        if quoted:
            h += f'<div><br><blockquote type="cite">{paras(quoted)}</blockquote></div>'
        return h + "</body></html>"
    h = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
         'content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
         '</head><body lang="DE" link="#0563C1"><div class="WordSection1">' + paras(top))
    if quoted:
        h += '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">' + paras(quoted) + "</div>"
    return h + "</div></body></html>"


def boundary_for(client, r):
    if client == "gmail":
        return f"000000000000{r.getrandbits(48):012x}"
    if client == "apple":
        return f"Apple-Mail={str(uuid.UUID(int=r.getrandbits(128), version=4)).upper()}"
    if client == "thunderbird":
        return f"------------{''.join(r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyz') for _ in range(24))}"
    return f"----=_NextPart_000_{r.getrandbits(16):04X}_01DB{r.getrandbits(16):04X}.{r.getrandbits(32):08X}"


def build_body(client, top, quoted, want_html, attachments, r):
    """Returns (list of content header lines, body string)."""
    full = top + ("\n\n" + quoted if quoted else "")
    if want_html:
        b = boundary_for(client, r)
        th, tb = text_part(client, full)
        hh = ['Content-Type: text/html; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable"]
        hb = qp(html_of(client, top, quoted))
        inner_h = [f'Content-Type: multipart/alternative; boundary="{b}"']
        inner_b = (f"--{b}{CRLF}" + CRLF.join(th) + CRLF + CRLF + tb + CRLF +
                   f"--{b}{CRLF}" + CRLF.join(hh) + CRLF + CRLF + hb + CRLF + f"--{b}--{CRLF}")
    else:
        inner_h, inner_b = text_part(client, full)
    if not attachments:
        return inner_h, inner_b
    b = boundary_for(client, r) + "M"
    out = f"--{b}{CRLF}" + CRLF.join(inner_h) + CRLF + CRLF + inner_b + CRLF
    for fname, ctype, data in attachments:
        enc = base64.encodebytes(data).decode().replace("\n", CRLF)
        out += (f"--{b}{CRLF}Content-Type: {ctype}; name=\"{fname}\"{CRLF}"
                f"Content-Disposition: attachment; filename=\"{fname}\"; size={len(data)}{CRLF}"
                f"Content-Transfer-Encoding: base64{CRLF}{CRLF}{enc}")
    out += f"--{b}--{CRLF}"
    return [f'Content-Type: multipart/mixed; boundary="{b}"'], out


def business_hours(utc, zone, r):
    """Move a send time into the sender's office hours (Mon-Fri, 07:30-18:30 local)."""
    loc = local(zone, utc).replace(tzinfo=None)
    if loc.weekday() < 5 and (7, 30) <= (loc.hour, loc.minute) <= (18, 30):
        return utc
    if loc.hour < 7 or (loc.hour == 7 and loc.minute < 30):
        day = loc.date()
    else:
        day = loc.date() + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    new_loc = datetime(day.year, day.month, day.day, 7, 40) + timedelta(minutes=r.randrange(0, 110), seconds=r.randrange(60))
    off = tz_offset(zone, new_loc - timedelta(minutes=60))
    return new_loc - timedelta(minutes=off)


# --------------------------------------------------------------------------
# message assembly
# --------------------------------------------------------------------------

def compose_top(p, lang, greeting, text, opts):
    if opts.get("raw"):
        return text
    g = opts.get("g") or p["greet"].get(lang, next(iter(p["greet"].values()))).format(f=first(greeting), l=last(greeting))
    bye = p["bye"].get(lang, next(iter(p["bye"].values())))
    top = f"{g}\n\n{text}\n\n{bye}"
    if p.get("sig"):
        top += ("\n\n-- \n" if p["client"] == "thunderbird" else "\n\n") + p["sig"]
    return top


def headers_common(m, p, r, extra_top=(), mailer=True, tz=None):
    """Header lines (without Received/auth) for message dict m sent by p."""
    tz = tz or p["tz"]
    h = []
    h.append(f"From: {person_hdr(p) if 'from_hdr' not in m else m['from_hdr']}")
    h.append(f"To: {addr_list(m['to'])}")
    if m["cc"]:
        h.append(f"Cc: {addr_list(m['cc'])}")
    if m.get("reply_to"):
        h.append(f"Reply-To: {m['reply_to']}")
    h.append(f"Subject: {enc_subject(m['subject'])}")
    h.append(f"Date: {rfc_date(tz, m['utc'])}")
    h.append(f"Message-ID: {m['id']}")
    if m.get("irt"):
        h.append(f"In-Reply-To: {m['irt']}")
        h.append("References: " + (CRLF + " ").join(m["refs"]))
    h.extend(extra_top)
    c = p["client"]
    if mailer:
        if c == "outlook":
            h.append("X-Mailer: Microsoft Outlook 16.0")
            if m.get("tindex"):
                h.append(f"Thread-Topic: {enc_subject(m['topic'])}")
                h.append(f"Thread-Index: {m['tindex']}")
            h.append("Content-Language: " + {'de': 'de-DE', 'en': 'en-GB' if p['tz'] == 'UK' else 'en-US', 'es': 'es-ES'}[p['ui']])
            h.append(f"X-MS-Has-Attach: {'yes' if m.get('att') else ''}".rstrip())
        elif c == "thunderbird":
            osx = "Windows NT 10.0; Win64; x64" if p["ui"] == "de" else "X11; Linux x86_64"
            h.append(f"User-Agent: Mozilla/5.0 ({osx}; rv:115.0) Gecko/20100101 Thunderbird/115.{ 6 if p['ui']=='de' else 10}.{1 if p['ui']=='de' else 0}")
            h.append(f"Content-Language: {p['ui']}-{p['ui'].upper()}")
        elif c == "apple":
            h.append("X-Mailer: Apple Mail (2.3774.300.61.1.2)")
    if c == "apple":
        h.append("Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3774.300.61.1.2\\))")
    else:
        h.append("MIME-Version: 1.0")
    return h


def transport_headers(p, m, r, seed):
    """Return-Path, Received, Auth-Results, DKIM for a genuine inbound message from p."""
    o = ORGS[p["org"]]
    sent = m["utc"]
    hop1 = sent + timedelta(seconds=r.randrange(1, 4))
    hop2 = hop1 + timedelta(seconds=r.randrange(2, 9))
    rec = [received_inbound(o["out"], o["ip"], hop2, r), received_outbound(p, hop1, r)]
    return ([f"Return-Path: <{p['addr']}>"] + rec +
            [auth_results(o["domain"], o["ip"], s=o["s"]), dkim(o["domain"], o["s"], sent, seed)])


def serialize(hdrs, content_h, body):
    lines = []
    for h in hdrs + content_h:
        lines.append(h.replace("\r\n", "\n").replace("\n", CRLF))
    return (CRLF.join(lines) + CRLF + CRLF + body).encode("utf-8")


ALL = []          # every message dict, in creation order
LABELS = []       # (message_id, label, kind, scenario)


def attach_objs(specs):
    out = []
    for spec in specs or []:
        name, title, lines = spec
        out.append((name, "application/pdf", minimal_pdf(title, lines)))
    return out


def build_thread(t, tno):
    thread = dict(start=t["start"], guid=random.Random(f"guid{tno}").getrandbits(128).to_bytes(16, "big"),
                  subject=t["subject"], lang=t["lang"], msgs=[])
    r = random.Random(f"thread-{tno}")
    members = []
    utc = t["start"]
    for i, spec in enumerate(t["msgs"]):
        who, gap, text = spec[:3]
        opts = spec[3] if len(spec) > 3 else {}
        p = PEOPLE[who]
        if i == 0:
            parent = None
            utc = t["start"]
            to = [PEOPLE[x] for x in opts["to"]]
            cc = [PEOPLE[x] for x in opts.get("cc", [])]
            members = [p] + to + cc
        else:
            parent = thread["msgs"][opts.get("parent", i - 1)]
            jitter = timedelta(seconds=r.randrange(5, 50)) if opts.get("auto") else \
                timedelta(minutes=r.randrange(0, 37), seconds=r.randrange(60))
            utc = thread["msgs"][-1]["utc"] + timedelta(hours=gap) + jitter
            if not opts.get("auto"):
                utc = business_hours(utc, p["tz"], r)
            for a in opts.get("add", []):
                if PEOPLE[a] not in members:
                    members.append(PEOPLE[a])
            for a in opts.get("drop", []):
                members = [x for x in members if x["key"] != a]
            if "to" in opts:
                to = [PEOPLE[x] for x in opts["to"]]
            elif parent["from"]["key"] != who:
                to = [parent["from"]]
            else:
                to = list(parent["to"])
            cc = [] if opts.get("auto") else [x for x in members if x["key"] != who and x not in to]
        m = dict(thread=thread, idx=i, from_=p, to=to, cc=cc, utc=utc, rnd=r.getrandbits(8), opts=opts,
                 kind=opts.get("kind", "genuine-reply" if parent else "genuine-start"), scenario=opts.get("scenario", ""))
        m["from"] = p
        m["subject"] = t["subject"] if parent is None else f"{opts.get('prefix', subject_prefix(p))} {t['subject']}"
        m["id"] = make_msgid(p, r, utc)
        if parent is not None:
            m["irt"] = parent["id"]
            m["refs"] = parent.get("refs", []) + [parent["id"]]
            chain = parent["chain"] + [m]
        else:
            chain = [m]
        m["chain"] = chain
        greeting_to = PEOPLE[opts["greet"]] if "greet" in opts else to[0]
        top = compose_top(p, t["lang"], greeting_to, text, opts)
        quoted = attribution(p, parent) if parent is not None and not opts.get("noquote") else ""
        m["top"] = top
        m["body"] = top + ("\n\n" + quoted if quoted else "")
        m["att"] = attach_objs(opts.get("att"))
        if p["client"] == "outlook":
            m["topic"] = t["subject"]
            m["tindex"] = thread_index(thread, chain)
        if opts.get("auto"):
            m["subject"] = f"{opts['auto']} {t['subject']}"
        want_html = p["client"] in ("gmail", "apple") or p.get("html")
        ch, cb = build_body(p["client"], top, quoted, want_html, m["att"], r)
        extra = []
        if opts.get("auto"):
            extra = ["Auto-Submitted: auto-replied", "X-Autoreply: yes", "X-Auto-Response-Suppress: All",
                     "Precedence: bulk"]
        hdrs = headers_common(m, p, r, extra, mailer=not opts.get("auto"))
        if who == OWNER:
            m["folder"] = "Sent"
            m["bytes"] = serialize(hdrs, ch, cb)
        else:
            m["folder"] = "INBOX"
            m["bytes"] = serialize(transport_headers(p, m, r, m["id"]) + hdrs, ch, cb)
        thread["msgs"].append(m)
        ALL.append(m)
        if m["folder"] == "INBOX" and parent is not None:
            LABELS.append((m["id"], "genuine", m["kind"], m["scenario"]))
    return thread


# --------------------------------------------------------------------------
# attacks and special messages
# --------------------------------------------------------------------------

def inject(thread, parent, *, from_person, from_hdr, to, cc, utc, msgid, subject, top, quoted_style_person,
           hdr_extra, transport, content_client, attachments, scenario, kind="attack", label="hijack",
           in_reply=True, reply_to=None, mailer_lines=(), tz=None, quoted_override=None, want_html=False):
    r = random.Random(msgid)
    m = dict(thread=thread, from_=from_person, **{"from": from_person}, to=to, cc=cc, utc=utc, id=msgid,
             subject=subject, rnd=r.getrandbits(8), kind=kind, scenario=scenario, folder="INBOX", att=attachments)
    if quoted_override is not None:
        quoted = quoted_override
    else:
        quoted = attribution(quoted_style_person, parent) if parent is not None else ""
    m["top"] = top
    m["body"] = top + ("\n\n" + quoted if quoted else "")
    if in_reply and parent is not None:
        m["irt"] = parent["id"]
        m["refs"] = parent.get("refs", []) + [parent["id"]]
        m["chain"] = parent["chain"] + [m]
    else:
        m["chain"] = [m]
    if reply_to:
        m["reply_to"] = reply_to
    m["from_hdr"] = from_hdr
    h = []
    h.append(f"From: {from_hdr}")
    h.append(f"To: {addr_list(to)}")
    if cc:
        h.append(f"Cc: {addr_list(cc)}")
    if reply_to:
        h.append(f"Reply-To: {reply_to}")
    h.append(f"Subject: {enc_subject(subject)}")
    h.append(f"Date: {rfc_date(tz, utc)}")
    h.append(f"Message-ID: {msgid}")
    if m.get("irt"):
        h.append(f"In-Reply-To: {m['irt']}")
        h.append("References: " + (CRLF + " ").join(m["refs"]))
    h += list(mailer_lines) + list(hdr_extra)
    h.append("MIME-Version: 1.0")
    ch, cb = build_body(content_client, top, quoted, want_html, attachments, r)
    m["bytes"] = serialize(list(transport) + h, ch, cb)
    if thread is not None:
        thread["msgs"].append(m)
    ALL.append(m)
    LABELS.append((msgid, label, kind, scenario))
    return m


def find(threads, key):
    return threads[key]


def make_attacks(T):
    L = PEOPLE["laura"]
    out = {}

    # 1. emotet-spoof -- English Greenfield shipment thread, display name of Mark, unrelated address
    th = T["gf-delay"]
    parent = th["msgs"][-1]
    utc = parent["utc"] + timedelta(days=9, hours=3, minutes=17)
    addr = "info@bakkerij-vandijk.example"
    top = "Hello,\n\nPlease see attached the invoice and the shipping documents.\n\nPassword: 4471\n\nThank you"
    rr = random.Random("emotet")
    mid = f"<{utc:%Y%m%d%H%M%S}.{rr.getrandbits(40):010X}@bakkerij-vandijk.example>"
    t_hop = utc + timedelta(seconds=4)
    transport = [f"Return-Path: <{addr}>",
                 received_inbound("webmail.bakkerij-vandijk.example", "192.0.2.203", t_hop + timedelta(seconds=3), rr),
                 f"Received: from [203.0.113.219] (unknown [203.0.113.219]){CRLF}\tby webmail.bakkerij-vandijk.example (Postfix) "
                 f"with ESMTPA id 9F1C2B4A7E{CRLF}\tfor <{L['addr']}>; {rfc_date('FIXED+180', t_hop)}",
                 auth_results("bakkerij-vandijk.example", "192.0.2.203", spf="pass", dk="none", dmarc="none")]
    zipdata = encrypted_zip("Invoice_0311.xlsm", 4471)
    out["emotet-spoof"] = inject(th, parent, from_person=PEOPLE["mark"], from_hdr=addr_hdr("Mark Ellison", addr),
        to=[L], cc=[], utc=utc, msgid=mid, subject="Re: " + th["subject"], top=top,
        quoted_style_person=PEOPLE["mark"], hdr_extra=[], transport=transport, content_client="plain8",
        attachments=[("Invoice_0311.zip", "application/zip", zipdata)], scenario="emotet-spoof", tz="FIXED+180")

    # 2. qakbot-takeover -- dormant Spanish thread, Carmen's real address, other client, odd path
    th = T["ca-visit"]
    parent = [x for x in th["msgs"] if x["from"]["key"] == OWNER][-1]
    utc = datetime(2025, 11, 18, 14, 34, 12)
    rr = random.Random("qakbot")
    c = PEOPLE["carmen"]
    o = ORGS["ca"]
    mid = f"<{utc:%Y%m%d%H%M%S}.5F2E1A0C@DESKTOP-7KQ2M1B>"
    transport = [f"Return-Path: <{c['addr']}>",
                 received_inbound(o["out"], o["ip"], utc + timedelta(seconds=6), rr),
                 f"Received: from DESKTOP-7KQ2M1B (unknown [198.51.100.201]){CRLF}\tby {o['out']} (Exim 4.96) with ESMTPSA id "
                 f"1vLq9c-0003Xk-2B{CRLF}\tfor <{L['addr']}>; {rfc_date('FIXED-300', utc + timedelta(seconds=2))}",
                 auth_results(o["domain"], o["ip"], s=o["s"]), dkim(o["domain"], o["s"], utc, mid)]
    top = ("Buenos días,\n\nLe reenvío el documento pendiente. Para ver el contenido, ábralo con OneNote y haga "
           "doble clic en \"Ver documento\".\n\nSaludos")
    out["qakbot-takeover"] = inject(th, parent, from_person=c, from_hdr=person_hdr(c), to=[L], cc=[], utc=utc,
        msgid=mid, subject="RE: " + th["subject"], top=top, quoted_style_person=PEOPLE["carmen"], hdr_extra=[],
        mailer_lines=["X-Mailer: Microsoft Windows Live Mail 16.4.3528.331", "X-MimeOLE: Produced By Microsoft MimeOLE V16.4.3528.331"],
        transport=transport, content_client="plain8",
        attachments=[("Documento_18112025.one", "application/octet-stream", onenote_blob(1811))],
        scenario="qakbot-takeover", tz="FIXED-300")

    # 3. squirrelwaffle-server -- Jens's own server, same fingerprint, English text in German thread
    th = T["nh-contract"]
    parent = th["msgs"][-1]
    j = PEOPLE["jens"]
    utc = parent["utc"] + timedelta(days=2, hours=1, minutes=41, seconds=9)
    rr = random.Random("squirrel")
    mid = make_msgid(j, rr, utc)
    m = dict(thread=th, utc=utc, rnd=rr.getrandbits(8), to=[L], cc=parent["cc"] if False else [], id=mid,
             subject="AW: " + th["subject"], irt=parent["id"], refs=parent.get("refs", []) + [parent["id"]],
             topic=th["subject"])
    chain = parent["chain"] + [m]
    m["chain"] = chain
    tindex = thread_index(th, chain)
    transport = transport_headers(j, m, rr, mid)
    top = ("Hello,\n\nPlease review the document in the link below:\n\n"
           "https://files.storage-hub.test/dl/doc_2291.zip\n\nThank you.")
    out["squirrelwaffle-server"] = inject(th, parent, from_person=j, from_hdr=person_hdr(j), to=[L], cc=[],
        utc=utc, msgid=mid, subject="AW: " + th["subject"], top=top, quoted_style_person=j, hdr_extra=[],
        mailer_lines=["X-Mailer: Microsoft Outlook 16.0", f"Thread-Topic: {enc_subject(th['subject'])}",
                      f"Thread-Index: {tindex}", "Content-Language: de-DE", "X-MS-Has-Attach:"],
        transport=transport, content_client="outlook", attachments=[], scenario="squirrelwaffle-server", tz=j["tz"])

    # 4. payment-diversion -- look-alike domain of Nordhafen, new Cc finance, Reply-To look-alike
    th = T["nh-invoice"]
    parent = th["msgs"][-1]
    p = PEOPLE["petra"]
    fake = "nordhafen-spedtion.example"
    rr = random.Random("bec")
    utc = business_hours(parent["utc"] + timedelta(hours=20, minutes=12, seconds=33), "EU", rr)
    mid = make_msgid(dict(p, domain=fake), rr, utc)
    fp = dict(p, addr=f"p.krause@{fake}", domain=fake)
    transport = [f"Return-Path: <p.krause@{fake}>",
                 received_inbound(f"mail.{fake}", "192.0.2.77", utc + timedelta(seconds=5), rr),
                 f"Received: from [10.0.0.14] (unknown [185.0.2.14]){CRLF}\tby mail.{fake} (Postfix) with ESMTPSA id "
                 f"4C2D81A0F3{CRLF}\tfor <{L['addr']}>; {rfc_date('EU', utc + timedelta(seconds=2))}".replace("185.0.2.14", "203.0.113.150"),
                 auth_results(fake, "192.0.2.77", s="default"), dkim(fake, "default", utc, mid)]
    top = ("Sehr geehrte Frau Weber,\n\n"
           "vielen Dank für die Rückmeldung und die Freigabe der Rechnung 2025-0417 über 18.642,50 EUR.\n\n"
           "Bitte beachten Sie, dass wir im Zuge der Umstellung auf unseren neuen Zahlungsdienstleister unsere "
           "Bankverbindung geändert haben. Die bisherige Verbindung bei der Sparkasse Bremen wird zum Monatsende "
           "geschlossen und ist für eingehende Zahlungen bereits gesperrt. Bitte veranlassen Sie die Überweisung "
           "daher ausschließlich auf folgendes Konto:\n\n"
           "Kontoinhaber: Nordhafen Spedition GmbH\nBank: Baltic Payment Services UAB\n"
           "IBAN: LT47 3250 0671 2294 8803\nBIC: BPSULT2XXXX\n\n"
           "Das aktualisierte Schreiben unserer Geschäftsführung reichen wir nach. Für Rückfragen steht Ihnen "
           "Herr Möller aus unserer Finanzabteilung (in Kopie) gerne zur Verfügung. Um Verzögerungen zu vermeiden, "
           "bitten wir um eine kurze Bestätigung, sobald die Zahlung angewiesen ist.\n\n"
           "Mit freundlichen Grüßen\nPetra Krause\n\n"
           "Nordhafen Spedition GmbH\nFinanzbuchhaltung\nAm Speicherhafen 7 · 28217 Bremen\n"
           f"Tel. +49 421 555 0340 · p.krause@{fake}")
    finance = addr_hdr("Sven Möller | Finanzen", f"s.moeller@{fake}")
    cc = [PEOPLE["nina"], finance]
    out["payment-diversion"] = inject(th, parent, from_person=fp, from_hdr=addr_hdr("Petra Krause", f"p.krause@{fake}"),
        to=[L], cc=cc, utc=utc, msgid=mid, subject="AW: " + th["subject"], top=top, quoted_style_person=p,
        hdr_extra=[], mailer_lines=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: de-DE"],
        transport=transport, content_client="outlook", attachments=[], scenario="payment-diversion",
        reply_to=addr_hdr("Petra Krause", f"p.krause@{fake}"), tz="EU")

    # 5. fake-thread -- stranger, fabricated history, no In-Reply-To
    utc = datetime(2025, 10, 7, 8, 2, 51)
    rr = random.Random("fake")
    dom = "accounts-settlement.test"
    mid = f"<{rr.getrandbits(64):016x}{rr.getrandbits(32):08x}@{dom}>"
    fab_date = local("EU", datetime(2025, 9, 22, 13, 18))
    fabricated = ("-----Original Message-----\n"
                  f"From: Laura Weber <{L['addr']}>\n"
                  f"Sent: Monday, September 22, 2025 3:18 PM\n"
                  f"To: Rachel Moore <rachel.moore@{dom}>\n"
                  "Subject: Outstanding invoice 2025-3318\n\n"
                  "Hi Rachel,\n\nthanks for the reminder. I have passed the invoice to our accounting team, "
                  "they will come back to you this week.\n\nBest regards,\nLaura\n\n"
                  "-----Original Message-----\n"
                  f"From: Rachel Moore <rachel.moore@{dom}>\n"
                  "Sent: Friday, September 19, 2025 11:04 AM\n"
                  f"To: Laura Weber <{L['addr']}>\n"
                  "Subject: Outstanding invoice 2025-3318\n\n"
                  "Dear Laura,\n\nour records show invoice 2025-3318 (EUR 7,930.00) as unpaid. Could you check the status?\n\n"
                  "Rachel")
    top = ("Hi Laura,\n\nfollowing up on the below - the invoice is now 45 days overdue and our system will "
           "pass it to collections on Friday.\n\nPlease review the statement and confirm the remittance details "
           "via our secure customer portal (sign in with your company email):\n\n"
           "https://portal.accounts-settlement.test/statement/INV-2025-3318/login.html\n\n"
           "Kind regards,\nRachel Moore\nAccounts Receivable")
    transport = [f"Return-Path: <bounce-7731@mta4.{dom}>",
                 received_inbound(f"mta4.{dom}", "203.0.113.66", utc + timedelta(seconds=7), rr),
                 f"Received: from vps-3321 (unknown [203.0.113.66]){CRLF}\tby mta4.{dom} (Postfix) with ESMTP id "
                 f"7B11C0E2{CRLF}\tfor <{L['addr']}>; {rfc_date('FIXED+0', utc + timedelta(seconds=3))}",
                 auth_results(f"mta4.{dom}", "203.0.113.66", from_domain=dom, dk="none", dmarc="fail")]
    out["fake-thread"] = inject(None, None, from_person=None, from_hdr=addr_hdr("Rachel Moore", f"rachel.moore@{dom}"),
        to=[L], cc=[], utc=utc, msgid=mid, subject="RE: Outstanding invoice 2025-3318", top=top,
        quoted_style_person=None, hdr_extra=[], mailer_lines=["X-Mailer: Microsoft Outlook 16.0"],
        transport=transport, content_client="outlook", attachments=[], scenario="fake-thread", in_reply=False,
        quoted_override=fabricated, tz="FIXED+0")

    # 6. qakbot-lang-switch -- Spanish text + .html link in an English thread, Sanne's real address
    th = T["mf-schedule"]
    parent = th["msgs"][-1]
    s_ = PEOPLE["sanne"]
    o = ORGS["mf"]
    utc = parent["utc"] + timedelta(days=41, hours=5, minutes=3)
    rr = random.Random("qakbot-es")
    mid = f"<{rr.getrandbits(32):08x}{rr.getrandbits(32):08x}$@{o['domain']}>".replace("$", "")
    transport = [f"Return-Path: <{s_['addr']}>",
                 received_inbound(o["out"], o["ip"], utc + timedelta(seconds=5), rr),
                 f"Received: from WIN-9QK3HJ2 (unknown [192.0.2.231]){CRLF}\tby {o['out']} (Postfix) with ESMTPSA id "
                 f"{rr.getrandbits(48):012X}{CRLF}\tfor <{L['addr']}>; {rfc_date('FIXED-240', utc + timedelta(seconds=1))}",
                 auth_results(o["domain"], o["ip"], s=o["s"]), dkim(o["domain"], o["s"], utc, mid)]
    top = ("Hola,\n\nLe envío el enlace al archivo solicitado, por favor revíselo:\n\n"
           "https://docs-preview.test/view/Archivo_7734.html\n\nSaludos cordiales")
    out["qakbot-lang-switch"] = inject(th, parent, from_person=s_, from_hdr=person_hdr(s_), to=[L], cc=[], utc=utc,
        msgid=mid, subject="RE: " + th["subject"], top=top, quoted_style_person=PEOPLE["laura"], hdr_extra=[],
        mailer_lines=["X-Mailer: Microsoft Outlook 15.0"], transport=transport, content_client="outlook",
        attachments=[], scenario="qakbot-lang-switch", tz="FIXED-240")
    return out


DIGEST_TOPICS = [
    [("Port of Hamburg: new slot booking rules for truck gates", "hamburg-slot-booking-2025"),
     ("ICS2 release 3 - what forwarders must file from June", "ics2-release-3"),
     ("Rail freight: capacity on the Rotterdam-Duisburg corridor", "rail-rdam-duisburg")],
    [("Customs: electronic T1 transit declarations, common errors", "t1-common-errors"),
     ("Pallet exchange: the EPAL/UIC debate, revisited", "pallet-exchange-debate"),
     ("Webinar recording: fraud in freight payments", "webinar-freight-payment-fraud"),
     ("Diesel surcharge index, Q3 figures", "diesel-index-q3")],
    [("Spain-Germany reefer lanes: winter capacity", "reefer-es-de-winter"),
     ("Checklist: verifying changed bank details by phone", "bank-detail-verification"),
     ("eFTI regulation timeline for 2026", "efti-2026")],
]


def make_digests():
    out = []
    dates = [datetime(2025, 4, 3, 5, 0, 12), datetime(2025, 9, 4, 5, 0, 9), datetime(2026, 1, 8, 6, 0, 15)]
    dom = "lists.freight-forum.example"
    for n, (utc, topics) in enumerate(zip(dates, DIGEST_TOPICS), 1):
        rr = random.Random(f"digest{n}")
        mid = f"<mailman.{rr.randrange(1000, 9999)}.{int(utc.replace(tzinfo=timezone.utc).timestamp())}.{rr.randrange(1000, 9999)}.logistics-forum@{dom}>"
        lines = [f"Send Logistics-Forum mailing list submissions to\n\tlogistics-forum@{dom}\n",
                 "To subscribe or unsubscribe via the World Wide Web, visit",
                 f"\thttps://{dom}/mailman/listinfo/logistics-forum\nor, via email, send a message with subject or body 'help' to",
                 f"\tlogistics-forum-request@{dom}\n",
                 "When replying, please edit your Subject line so it is more specific than \"Re: Contents of "
                 "Logistics-Forum digest...\"\n\n\nToday's Topics:\n"]
        for i, (title, _) in enumerate(topics, 1):
            lines.append(f"   {i}. {title}")
        lines.append("\n\n----------------------------------------------------------------------\n")
        for i, (title, slug) in enumerate(topics, 1):
            lines.append(f"Message: {i}\nDate: {rfc_date('EU', utc - timedelta(hours=30 - 7 * i))}\n"
                         f"From: Freight Forum Editorial <editor@freight-forum.example>\nSubject: {title}\n\n"
                         f"{title}. A short summary for members; the full article with comments is on our site:\n"
                         f"https://www.freight-forum.example/articles/{utc:%Y}/{slug}\n\n"
                         "------------------------------\n")
        lines.append("End of Logistics-Forum Digest, Vol " + f"{13 + n}, Issue {n * 3}\n" + "*" * 40)
        body = "\n".join(lines)
        subj = f"Logistics-Forum Digest, Vol {13 + n}, Issue {n * 3}"
        L = PEOPLE["laura"]
        transport = [f"Return-Path: <logistics-forum-bounces+laura.weber=brightline-logistics.example@{dom}>",
                     received_inbound(f"mail.{dom}", "192.0.2.140", utc + timedelta(seconds=9), rr),
                     f"Received: from mail.{dom} (localhost [127.0.0.1]){CRLF}\tby mail.{dom} (Postfix) with ESMTP id "
                     f"{rr.getrandbits(40):010X}; {rfc_date('EU', utc + timedelta(seconds=2))}",
                     auth_results(dom, "192.0.2.140", from_domain=dom, s="ml2024"), dkim(dom, "ml2024", utc, mid)]
        extra = [f"List-Id: Logistics-Forum discussion and news <logistics-forum.{dom}>",
                 f"List-Unsubscribe: <https://{dom}/mailman/options/logistics-forum>,{CRLF} <mailto:logistics-forum-request@{dom}?subject=unsubscribe>",
                 f"List-Archive: <https://{dom}/pipermail/logistics-forum/>",
                 f"List-Post: <mailto:logistics-forum@{dom}>",
                 f"List-Help: <mailto:logistics-forum-request@{dom}?subject=help>",
                 f"List-Subscribe: <https://{dom}/mailman/listinfo/logistics-forum>",
                 "Precedence: list", f"X-BeenThere: logistics-forum@{dom}", "X-Mailman-Version: 2.1.39"]
        m = inject(None, None, from_person=None, from_hdr=f"logistics-forum-request@{dom}",
                   to=[f"logistics-forum@{dom}"], cc=[], utc=utc, msgid=mid, subject=subj, top=body,
                   quoted_style_person=None, hdr_extra=extra, transport=transport, content_client="plain8",
                   attachments=[], scenario="mailing-list-digest", kind="genuine-hard", label="genuine",
                   in_reply=False, tz="EU", quoted_override="")
        out.append(m)
    return out


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------

def main():
    threads = {}
    for n, t in enumerate(THREADS):
        threads[t["key"]] = build_thread(t, n)
    attacks = make_attacks(threads)
    digests = make_digests()

    if os.path.isdir(os.path.join(OUT, "mailbox")):
        shutil.rmtree(os.path.join(OUT, "mailbox"))
    for f in ("INBOX", "Sent"):
        os.makedirs(os.path.join(OUT, "mailbox", f))
    counters = {"INBOX": 0, "Sent": 0}
    ordered = sorted(ALL, key=lambda m: (m["utc"], m["id"]))
    for m in ordered:
        counters[m["folder"]] += 1
        m["file"] = f"mailbox/{m['folder']}/{counters[m['folder']]:04d}.eml"
        with open(os.path.join(OUT, m["file"]), "wb") as fh:
            fh.write(m["bytes"])
    # labels
    label_order = {mid: i for i, mid in enumerate(m["id"] for m in ordered)}
    rows = sorted(LABELS, key=lambda x: label_order[x[0]])
    with open(os.path.join(OUT, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("message_id\tlabel\tkind\tscenario\n")
        for row in rows:
            fh.write("\t".join(row) + "\n")
    validate(ordered, rows, threads)
    return ordered, rows, attacks


def validate(ordered, rows, threads):
    ids = set()
    by_id = {}
    total_size = 0
    for m in ordered:
        path = os.path.join(OUT, m["file"])
        raw = open(path, "rb").read()
        total_size += len(raw)
        assert b"\n" not in raw.replace(b"\r\n", b""), f"bare LF in {path}"
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        mid = msg["Message-ID"].strip()
        assert mid == m["id"], (mid, m["id"])
        assert mid not in ids, f"duplicate {mid}"
        assert msg["Date"] is not None and msg["From"] is not None and msg["Subject"] is not None
        for part in msg.walk():
            if part.get_content_maintype() != "multipart":
                part.get_content()
        if msg.defects:
            raise AssertionError(f"{path}: {msg.defects}")
        ids.add(mid)
        by_id[mid] = (m, msg)
    labels = {r[0]: r for r in rows}
    for mid, (m, msg) in by_id.items():
        irt = msg["In-Reply-To"]
        if irt and labels.get(mid, ("", "genuine"))[1] != "hijack":
            assert irt.strip() in ids, f"dangling In-Reply-To in {m['file']}"
        if irt:
            for ref in msg["References"].split():
                assert ref in ids or labels.get(mid, ("", ""))[1] == "hijack", f"dangling reference {ref}"
    for r in rows:
        assert r[0] in ids
    n_in = sum(1 for m in ordered if m["folder"] == "INBOX")
    n_sent = len(ordered) - n_in
    n_threads = len(threads) + 1  # + the fabricated thread
    kinds = {}
    for r in rows:
        kinds[(r[1], r[2])] = kinds.get((r[1], r[2]), 0) + 1
    print(f"threads: {n_threads} (+{len(DIGEST_TOPICS)} list digests)")
    print(f"messages: {len(ordered)} (INBOX {n_in}, Sent {n_sent})")
    print(f"labels: {len(rows)} " + ", ".join(f"{k[0]}/{k[1]}={v}" for k, v in sorted(kinds.items())))
    print(f"mailbox size: {total_size} bytes")
    assert n_threads >= 30 and len(ordered) >= 200 and total_size < 2_000_000


if __name__ == "__main__":
    ordered, rows, attacks = main()
    for r in rows:
        if r[2] != "genuine-reply":
            m = next(x for x in ordered if x["id"] == r[0])
            print(f"{r[3]:24s} {r[1]:8s} {m['file']:26s} {r[0]}")
