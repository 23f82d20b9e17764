"""Small stdlib-only toolkit that writes realistic RFC 5322 thread fixtures (CRLF, Received chains,
client-shaped Message-IDs, DKIM/Authentication-Results, per-client quoting, base64 attachments).

Deterministic: every random value comes from a generator seeded by the case name, so re-running
the generator reproduces the committed fixtures byte for byte.
"""
import base64
import datetime as dt
import hashlib
import html
import io
import os
import quopri
import random
import shutil
import uuid
import zipfile
from email.header import Header
from email.utils import formataddr, format_datetime

WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
}
OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
    "fr": ("De", "Envoyé", "À", "Cc", "Objet"),
    "it": ("Da", "Inviato", "A", "Cc", "Oggetto"),
    "pt": ("De", "Enviada", "Para", "Cc", "Assunto"),
    "nl": ("Van", "Verzonden", "Aan", "CC", "Onderwerp"),
}
REPLY_PREFIX = {"outlook": {"de": "AW: ", "it": "R: ", "fr": "RE : ", "nl": "RE: ", "es": "RE: ", "pt": "RE: ",
                            "en": "RE: "}}


def tz(hours, minutes=0):
    return dt.timezone(dt.timedelta(hours=hours, minutes=minutes))


class Person:
    """A correspondent: name, address, the client they write with and where their mail leaves from."""

    def __init__(self, name, email, client, lang, offset, out_host=None, selector="mail", dkim_domain=None,
                 client_ip="10.20.1.15", version=None):
        self.name, self.email, self.client, self.lang, self.offset = name, email, client, lang, offset
        self.domain = email.split("@", 1)[1]
        self.out_host = out_host or "smtp." + self.domain
        self.selector = selector
        self.dkim_domain = dkim_domain or self.domain
        self.client_ip = client_ip
        self.version = version

    def addr(self):
        return formataddr((self.name, self.email), charset="utf-8") if self.name else self.email

    def variant(self, **kw):
        p = Person(self.name, self.email, self.client, self.lang, self.offset, self.out_host, self.selector,
                   self.dkim_domain, self.client_ip, self.version)
        for k, v in kw.items():
            setattr(p, k, v)
        if "email" in kw:
            p.domain = p.email.split("@", 1)[1]
        return p


class Attachment:
    def __init__(self, name, ctype, data, inline=False):
        self.name, self.ctype, self.data, self.inline = name, ctype, data, inline


class Message:
    def __init__(self, **kw):
        self.__dict__.update(kw)


def pdf_bytes(title, lines):
    body = "BT /F1 11 Tf 50 780 Td (" + title + ") Tj " + " ".join(
        "0 -16 Td (" + l.replace("(", "[").replace(")", "]") + ") Tj" for l in lines) + " ET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length %d >>\nstream\n%s\nendstream" % (len(body), body),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1"))
    xref = out.tell()
    out.write(("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode())
    for off in offsets:
        out.write(("%010d 00000 n \n" % off).encode())
    out.write(("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)).encode())
    return out.getvalue()


def zip_bytes(entries, encrypted=False):
    """A zip of (name, bytes) entries. With encrypted=True the traditional-encryption flag (bit 0) is set in
    the local and central headers, which is what scanners and our parser look at; the payload stays inert."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 12, 9, 30, 0))
            z.writestr(info, data)
    b = bytearray(buf.getvalue())
    if encrypted:
        i = 0
        while True:
            j = b.find(b"PK\x03\x04", i)
            if j < 0:
                break
            b[j + 6] |= 1
            i = j + 4
        i = 0
        while True:
            j = b.find(b"PK\x01\x02", i)
            if j < 0:
                break
            b[j + 8] |= 1
            i = j + 4
    return bytes(b)


def onenote_bytes():
    magic = bytes.fromhex("e4525c7b8cd8a74daeb15378d02996d3")
    return magic + bytes(range(256)) * 8


def docx_like_bytes(text):
    return zip_bytes([("[Content_Types].xml", b"<?xml version='1.0'?><Types/>"),
                      ("word/document.xml", ("<w:document><w:body><w:p><w:r><w:t>" + text
                                             + "</w:t></w:r></w:p></w:body></w:document>").encode())])


# ---------------------------------------------------------------- rendering

class Gen:
    def __init__(self, root, case, owner, mx_host):
        self.root, self.case, self.owner, self.mx = root, case, owner, mx_host
        self.rng = random.Random(hashlib.sha256(case.encode()).digest())
        self.messages = []
        self.counters = {"INBOX": 0, "Sent": 0}
        self.outlook_guids = {}

    def hex(self, n):
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def b64(self, n):
        return "".join(self.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(n))

    def message_id(self, p, when):
        c = p.client
        if c in ("outlook", "outlook-new"):
            return "<%s01dc%s$%s$%s$@%s>" % (self.hex(4), self.hex(4), self.hex(8), self.hex(8), p.domain)
        if c == "thunderbird":
            return "<%s@%s>" % (str(uuid.UUID(int=self.rng.getrandbits(128), version=4)), p.domain)
        if c in ("apple", "iphone"):
            return "<%s@%s>" % (str(uuid.UUID(int=self.rng.getrandbits(128), version=4)).upper(), p.domain)
        if c == "gmail":
            s = "CA" + self.rng.choice("BDFHJKLMOP") + self.b64(34).replace("/", "_") + "=" + self.b64(1)
            return "<%s@mail.gmail.com>" % s
        if c == "roundcube":
            return "<%s@%s>" % (self.hex(32), p.domain)
        if c == "phpmailer":
            return "<%s@%s>" % ("".join(self.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                                        for _ in range(32)), p.out_host)
        if c == "none":
            return "<%s.%s@%s>" % (when.strftime("%Y%m%d%H%M%S"), self.hex(10).upper(), p.out_host)
        if c == "mailman":
            return "<%s@%s>" % (self.hex(24), p.domain)
        if c == "exchange-auto":
            return "<%s@%s>" % (self.hex(16).upper(), p.out_host)
        raise ValueError(c)

    def client_headers(self, p):
        c, v = p.client, p.version
        if c in ("outlook", "outlook-new"):
            return [("X-Mailer", "Microsoft Outlook " + (v or "16.0"))]
        if c == "thunderbird":
            v = v or "128.5.2"
            return [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/" + v)]
        if c == "apple":
            return [("X-Mailer", "Apple Mail (" + (v or "2.3826.300.87.4.3") + ")")]
        if c == "iphone":
            return [("X-Mailer", "iPhone Mail (" + (v or "22B91") + ")")]
        if c == "roundcube":
            return [("User-Agent", "Roundcube Webmail/" + (v or "1.6.9"))]
        if c == "phpmailer":
            return [("X-Mailer", "PHPMailer " + (v or "6.9.1") + " (https://github.com/PHPMailer/PHPMailer)")]
        return []

    def quote(self, q, parent, lang):
        """The quoted history block a client q writes under a reply to parent."""
        p, when, body = parent.sender, parent.date, parent.body
        if q in ("outlook", "outlook-new"):
            l = OUTLOOK_LABELS[lang]
            wd = WEEKDAYS[lang][when.weekday()]
            mo = MONTHS[lang][when.month - 1]
            if lang == "en":
                sent = "%s, %s %d, %d %s" % (wd, mo, when.day, when.year, when.strftime("%I:%M %p").lstrip("0"))
            elif lang == "de":
                sent = "%s, %d. %s %d %s" % (wd, when.day, mo, when.year, when.strftime("%H:%M"))
            elif lang in ("es", "pt"):
                sent = "%s, %d de %s de %d %s" % (wd, when.day, mo, when.year, when.strftime("%H:%M"))
            else:
                sent = "%s %d %s %d %s" % (wd, when.day, mo, when.year, when.strftime("%H:%M"))
            sep = " : " if lang == "fr" else ": "
            to = "; ".join("%s <%s>" % (a.name, a.email) if a.name else a.email for a in parent.to)
            lines = ["", "-----Original Message-----" if q == "outlook" and lang == "en" else "_" * 32,
                     l[0] + sep + "%s <%s>" % (p.name, p.email), l[1] + sep + sent, l[2] + sep + to]
            if parent.cc:
                lines.append(l[3] + sep + "; ".join("%s <%s>" % (a.name, a.email) for a in parent.cc))
            lines += [l[4] + sep + parent.subject, "", body]
            return "\n".join(lines)
        prefixed = "\n".join((">" + ("" if line.startswith(">") or not line else " ") + line) for line in body.split("\n"))
        d, t = when, when.strftime("%H:%M")
        if q == "thunderbird":
            att = {"en": "On %d/%d/%s %s, %s wrote:" % (d.month, d.day, d.strftime("%y"), t, p.name),
                   "de": "Am %s um %s schrieb %s:" % (d.strftime("%d.%m.%y"), t, p.name),
                   "fr": "Le %s à %s, %s a écrit :" % (d.strftime("%d/%m/%Y"), t, p.name),
                   "es": "El %d/%d/%s a las %s, %s escribió:" % (d.day, d.month, d.strftime("%y"), t, p.name),
                   "it": "Il %s %s, %s ha scritto:" % (d.strftime("%d/%m/%y"), t, p.name),
                   "pt": "Em %s %s, %s escreveu:" % (d.strftime("%d/%m/%Y"), t, p.name),
                   "nl": "Op %s om %s schreef %s:" % (d.strftime("%d-%m-%Y"), t, p.name)}[lang]
            return "\n" + att + "\n" + prefixed
        if q == "gmail":
            wd = WEEKDAYS[lang][d.weekday()][:3]
            mo = MONTHS[lang][d.month - 1][:3]
            att = {"en": "On %s, %d %s %d at %s, %s <%s> wrote:" % (wd.capitalize(), d.day, mo.capitalize(), d.year, t, p.name, p.email),
                   "es": "El %s, %d %s %d a las %s, %s (<%s>) escribió:" % (wd, d.day, mo, d.year, t, p.name, p.email),
                   "de": "Am %s., %d. %s %d um %s Uhr schrieb %s <%s>:" % (wd[:2], d.day, MONTHS[lang][d.month - 1], d.year, t, p.name, p.email),
                   "fr": "Le %s. %d %s %d à %s, %s <%s> a écrit :" % (wd, d.day, mo, d.year, t, p.name, p.email),
                   "it": "Il giorno %s %d %s %d alle ore %s %s <%s> ha scritto:" % (wd, d.day, mo, d.year, t, p.name, p.email),
                   "pt": "Em %s., %d de %s. de %d às %s, %s <%s> escreveu:" % (wd, d.day, mo, d.year, t, p.name, p.email),
                   "nl": "Op %s %d %s %d om %s schreef %s <%s>:" % (wd[:2], d.day, mo, d.year, t, p.name, p.email)}[lang]
            return "\n" + att + "\n\n" + prefixed
        if q in ("apple", "iphone"):
            att = {"en": "On %d %s %d, at %s, %s <%s> wrote:", "de": "Am %d.%s %d um %s schrieb %s <%s>:",
                   "nl": "Op %d %s %d om %s heeft %s <%s> het volgende geschreven:",
                   "fr": "Le %d %s %d à %s, %s <%s> a écrit :", "es": "El %d %s %d, a las %s, %s <%s> escribió:",
                   "it": "Il giorno %d %s %d, alle ore %s, %s <%s> ha scritto:",
                   "pt": "Em %d de %s de %d, às %s, %s <%s> escreveu:"}[lang]
            mo = MONTHS[lang][d.month - 1][:3].lower() if lang != "en" else MONTHS[lang][d.month - 1][:3]
            if lang == "de":
                mo = "%02d." % d.month
                att = att.replace("%d.%s", "%02d.%s")
            return "\n" + "> " + att % (d.day, mo, d.year, t, p.name, p.email) + "\n> \n" + prefixed
        if q == "roundcube":
            att = {"de": "Am %s %s, schrieb %s:", "en": "On %s %s, %s wrote:", "pt": "Em %s %s, %s escreveu:",
                   "es": "El %s %s, %s escribió:", "fr": "Le %s %s, %s a écrit :", "it": "Il %s %s %s ha scritto:",
                   "nl": "Op %s %s, schreef %s:"}[lang] % (d.strftime("%Y-%m-%d"), t, p.name)
            return "\n" + att + "\n" + prefixed
        return "\n" + prefixed

    def add(self, folder, sender, to, subject, date, body, parent=None, quote=True, cc=(), attachments=(),
            reply_to=None, references=None, in_reply_to=None, extra=(), auth=None, html_part=None, msgid=None,
            received=None, thread_index=None, quote_text=None, drop_reply_headers=False, file_name=None, lang=None,
            ua=True):
        lang = lang or sender.lang
        mid = msgid or self.message_id(sender, date)
        full = body
        if quote_text is not None:
            full = body.rstrip("\n") + "\n" + quote_text
        elif parent is not None and quote:
            full = body.rstrip("\n") + "\n" + self.quote(sender.client, parent, lang)
        refs = references
        irt = in_reply_to
        if parent is not None and not drop_reply_headers:
            if refs is None:
                refs = list(parent.references or []) + [parent.msgid]
            if irt is None:
                irt = parent.msgid
        if drop_reply_headers:
            refs, irt = None, None
        m = Message(folder=folder, sender=sender, to=list(to), cc=list(cc), subject=subject, date=date, body=full,
                    new_text=body, msgid=mid, references=refs or [], irt=irt, attachments=list(attachments),
                    reply_to=reply_to, extra=list(extra), auth=auth, received=received, parent=parent,
                    html_part=html_part, thread_index=thread_index, file_name=file_name, ua=ua)
        self.messages.append(m)
        return m

    # -- rendering --

    def render(self, m):
        p = m.sender
        h = []
        if m.folder == "INBOX":
            if m.received is not None:
                h += m.received
            else:
                arrive = m.date + dt.timedelta(seconds=self.rng.randint(4, 55))
                mx_ip = "203.0.113.%d" % self.rng.randint(10, 250)
                h.append(("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
                          % (p.out_host, p.out_host, mx_ip, self.mx, self.hex(10).upper(), self.owner.email,
                             format_datetime(arrive.astimezone(dt.timezone.utc)))))
                h.append(("Received", "from [%s] (unknown [%s])\n\tby %s with ESMTPSA id %s\n\t(version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384);\n\t%s"
                          % (p.client_ip, p.client_ip, p.out_host, self.hex(12), format_datetime(m.date))))
            dk = "dkim=pass header.d=%s header.s=%s" % (p.dkim_domain, p.selector) if p.dkim_domain else "dkim=none"
            auth = m.auth or ("%s;\n\t%s;\n\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass header.from=%s"
                              % (self.mx, dk, p.domain, p.domain))
            h.insert(len(m.received) if m.received else 1, ("Authentication-Results", auth))
            if p.dkim_domain:
                h.append(("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;\n\tt=%d; h=from:to:subject:date:message-id:mime-version;\n\tbh=%s;\n\tb=%s"
                          % (p.dkim_domain, p.selector, int(m.date.timestamp()), self.b64(43) + "=",
                             self.b64(60) + "\n\t " + self.b64(60) + "\n\t " + self.b64(50) + "==")))
        h += list(m.extra)
        h.append(("From", p.addr()))
        if m.to:
            h.append(("To", ", ".join(a.addr() for a in m.to)))
        if m.cc:
            h.append(("Cc", ", ".join(a.addr() for a in m.cc)))
        if m.reply_to:
            h.append(("Reply-To", m.reply_to.addr()))
        subj = m.subject
        h.append(("Subject", subj if subj.isascii() else Header(subj, "utf-8").encode()))
        h.append(("Date", format_datetime(m.date)))
        h.append(("Message-ID", m.msgid))
        if m.irt:
            h.append(("In-Reply-To", m.irt))
        if m.references:
            h.append(("References", "\n ".join(m.references)))
        if m.ua:
            h += self.client_headers(p)
        if p.client in ("outlook", "outlook-new"):
            ti = m.thread_index or self.thread_index(m)
            if ti:
                h.append(("Thread-Index", ti))
            h.append(("Content-Language", {"en": "en-gb", "de": "de-de", "es": "es-es", "fr": "fr-fr", "it": "it-it",
                                           "pt": "pt-pt", "nl": "nl-nl"}[p.lang]))
        h.append(("MIME-Version", "1.0"))
        body_headers, body = self.body(m)
        h += body_headers
        out = []
        for k, v in h:
            out.append(k + ": " + v.replace("\n", "\r\n"))
        return ("\r\n".join(out) + "\r\n\r\n").encode("utf-8") + body

    def thread_index(self, m):
        root = m
        while root.parent is not None:
            root = root.parent
        guid = self.outlook_guids.setdefault(root.msgid, bytes(self.rng.getrandbits(8) for _ in range(16)))
        depth = 0
        x = m
        while x.parent is not None:
            depth += 1
            x = x.parent
        head = bytes([0x01, 0xdc]) + bytes(self.rng.getrandbits(8) for _ in range(4))
        kids = b"".join(bytes(self.rng.getrandbits(8) for _ in range(5)) for _ in range(depth))
        return base64.b64encode(head + guid + kids).decode()

    def text_part(self, m, text):
        c = m.sender.client
        if c in ("thunderbird", "roundcube", "mailman"):
            enc = "8bit" if not text.isascii() else "7bit"
            hdr = [("Content-Type", "text/plain; charset=UTF-8; format=flowed" if c == "thunderbird" else "text/plain; charset=UTF-8"),
                   ("Content-Transfer-Encoding", enc)]
            data = text.replace("\n", "\r\n").encode("utf-8")
        else:
            hdr = [("Content-Type", "text/plain; charset=\"utf-8\"" if c in ("outlook", "outlook-new") else "text/plain; charset=\"UTF-8\""),
                   ("Content-Transfer-Encoding", "quoted-printable")]
            data = quopri.encodestring(text.replace("\n", "\r\n").encode("utf-8")).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        return hdr, data

    def html_of(self, m):
        c = m.sender.client
        new = html.escape(m.new_text).replace("\n", "<br>\n")
        import re
        new = re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', new)
        quoted = html.escape(m.body[len(m.new_text.rstrip("\n")):]).replace("\n", "<br>\n") if m.body != m.new_text else ""
        if c in ("outlook", "outlook-new"):
            q = ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
                 '<div id="divRplyFwdMsg" dir="ltr">' + quoted + '</div>') if quoted else ""
            return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                    '<body><div class="WordSection1"><p class="MsoNormal">' + new + '</p></div>' + q + '</body></html>')
        if c == "gmail":
            q = ('<div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex">'
                 + quoted + '</blockquote></div>') if quoted else ""
            return '<div dir="ltr">' + new + '</div><br>' + q
        q = '<blockquote type="cite">' + quoted + '</blockquote>' if quoted else ""
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word;">' + new + q + '</body></html>')

    def body(self, m):
        alt = m.sender.client in ("outlook", "outlook-new", "gmail", "apple")
        th, tdata = self.text_part(m, m.body)
        if alt:
            hh = [("Content-Type", "text/html; charset=\"utf-8\""), ("Content-Transfer-Encoding", "quoted-printable")]
            hdata = quopri.encodestring((m.html_part or self.html_of(m)).encode("utf-8")).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
            b1 = "----=_Part_" + self.hex(8) if m.sender.client != "outlook" else "----=_NextPart_000_%s_01DC%s.%s" % (self.hex(4).upper(), self.hex(4).upper(), self.hex(8).upper())
            if m.sender.client == "gmail":
                b1 = "000000000000" + self.hex(16)
            if m.sender.client == "apple":
                b1 = "Apple-Mail=_" + str(uuid.UUID(int=self.rng.getrandbits(128))).upper()
            inner = self.multipart("alternative", b1, [(th, tdata), (hh, hdata)])
        else:
            inner = (th, tdata)
        if not m.attachments:
            return inner
        parts = [inner]
        for a in m.attachments:
            data = base64.encodebytes(a.data).replace(b"\n", b"\r\n")
            disp = "inline" if a.inline else "attachment"
            ah = [("Content-Type", '%s; name="%s"' % (a.ctype, a.name)),
                  ("Content-Disposition", '%s; filename="%s"' % (disp, a.name)),
                  ("Content-Transfer-Encoding", "base64")]
            parts.append((ah, data))
        return self.multipart("mixed", "----=_Mixed_" + self.hex(12), parts)

    def multipart(self, sub, boundary, parts):
        hdr = [("Content-Type", 'multipart/%s;\n\tboundary="%s"' % (sub, boundary))]
        out = io.BytesIO()
        for ph, pdata in parts:
            out.write(b"--" + boundary.encode() + b"\r\n")
            for k, v in ph:
                out.write((k + ": " + v.replace("\n", "\r\n") + "\r\n").encode("utf-8"))
            out.write(b"\r\n" + pdata.rstrip(b"\r\n") + b"\r\n")
        out.write(b"--" + boundary.encode() + b"--\r\n")
        return hdr, out.getvalue()

    def write(self, expect):
        d = os.path.join(self.root, self.case)
        if os.path.isdir(d):
            shutil.rmtree(d)
        for m in self.messages:
            self.counters[m.folder] += 1
            name = m.file_name or "%02d.eml" % self.counters[m.folder]
            os.makedirs(os.path.join(d, m.folder), exist_ok=True)
            raw = self.render(m)
            with open(os.path.join(d, m.folder, name), "wb") as f:
                f.write(raw)
        with open(os.path.join(d, "expect.properties"), "w", encoding="utf-8") as f:
            for k, v in expect.items():
                f.write("%s=%s\n" % (k, v))
