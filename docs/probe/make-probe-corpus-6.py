#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus-6.py OUT_DIR: nine partners writing in Polish, Italian, Dutch, French, German,
# Spanish and English, each on their own client (Outlook, Gmail, Thunderbird, Roundcube, Apple Mail, iPhone), with quote
# headers, reply prefixes and MIME layout as those clients write them in that language (text+HTML alternatives,
# quoted-printable, RFC 2047 names); files are numbered in arrival order. Then eval as for the others.
# Attacks (12): an SVG that smuggles a zip (HTML smuggling), an .img inside a zip, a .lnk in an encrypted zip whose
# password is given as "Code: 7731", an .ics invitation whose description holds the link, a link to a compromised
# WordPress site's /wp-content/uploads/ with a plausible invoice name, a correct quote sent five months later with "see
# attached invoice" and an .xlsm, a French reply in an Italian thread, "scan the code" with an inline image only (QR
# phishing), new bank details with an IBAN in Dutch from the partner's real address, a reply-all adding a Cc at a
# look-alike of the partner's domain, a Reply-To to a free-mail address, and a display name written "Lastname, Firstname".
# Genuine (8): another zip of CAD drawings from a partner who always sends them, a thread revived after eight months,
# a new colleague taking over, a reply from the partner's iPhone, a SharePoint link of the partner's tenant used before,
# an Outlook meeting invitation with a Teams link and passcode, a newsletter-like market update with several links,
# and a reply whose signature changed after a merger.
import base64
import datetime
import hashlib
import html as H
import io
import os
import quopri
import random
import re
import struct
import sys
import uuid
import zipfile
import zlib
from email.header import Header
from email.utils import formataddr
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probegen import *  # noqa: E402,F401,F403

random.seed(6)
HDR["iphone"] = [("X-Mailer", "iPhone Mail (22D72)")]
BASE = datetime.datetime(2025, 1, 6)

# ---------------------------------------------------------------- locale tables of the mail clients
MON = {"en": "January February March April May June July August September October November December",
       "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
       "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
       "nl": "januari februari maart april mei juni juli augustus september oktober november december",
       "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
       "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
       "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"}
DAY = {"en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
       "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
       "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
       "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
       "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela",
       "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
       "es": "lunes martes miércoles jueves viernes sábado domingo"}
GDAY = {"en": "Mon Tue Wed Thu Fri Sat Sun", "fr": "lun. mar. mer. jeu. ven. sam. dim.", "it": "lun mar mer gio ven sab dom",
        "es": "lun mar mié jue vie sáb dom", "nl": "ma di wo do vr za zo", "pl": "pon. wt. śr. czw. pt. sob. niedz.",
        "de": "Mo. Di. Mi. Do. Fr. Sa. So."}
GMON = {"en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec", "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
        "it": "gen feb mar apr mag giu lug ago set ott nov dic", "es": "ene feb mar abr may jun jul ago sept oct nov dic",
        "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec", "pl": "sty lut mar kwi maj cze lip sie wrz paź lis gru",
        "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez."}
OL_LABELS = {"en": ("From:", "Sent:", "To:", "Cc:", "Subject:"), "fr": ("De :", "Envoyé :", "À :", "Cc :", "Objet :"),
             "it": ("Da:", "Inviato:", "A:", "Cc:", "Oggetto:"), "nl": ("Van:", "Verzonden:", "Aan:", "CC:", "Onderwerp:"),
             "pl": ("Od:", "Wysłane:", "Do:", "DW:", "Temat:"), "de": ("Von:", "Gesendet:", "An:", "Cc:", "Betreff:"),
             "es": ("De:", "Enviado:", "Para:", "CC:", "Asunto:")}
OL_PREFIX = {"en": "RE: ", "fr": "RE : ", "it": "R: ", "nl": "RE: ", "pl": "ODP: ", "de": "AW: ", "es": "RE: "}
OL_LOCALE = {"en": "en-GB", "fr": "fr-FR", "it": "it-IT", "nl": "nl-NL", "pl": "pl-PL", "de": "de-DE", "es": "es-ES"}
ATTR = {  # reply attribution lines of the non-Outlook clients
    "gmail": {"en": "On {gd}, {d} {gm} {y} at {hm}, {name} <{email}> wrote:", "es": "El {gd}, {d} {gm} {y} a las {hm}, {name} (<{email}>) escribió:",
              "it": "Il giorno {gd} {d} {gm} {y} alle ore {hm} {name} <{email}> ha scritto:", "fr": "Le {gd} {d} {gm} {y} à {hm}, {name} <{email}> a écrit :",
              "nl": "Op {gd} {d} {gm} {y} om {hm} schreef {name} <{email}>:", "pl": "{gd}, {d} {gm} {y} o {hm} {name} <{email}> napisał(a):",
              "de": "Am {gd}, {d}. {gm} {y} um {hm} Uhr schrieb {name} <{email}>:"},
    "apple": {"en": "On {d} {gm} {y}, at {hm}, {name} <{email}> wrote:", "nl": "Op {d} {gm} {y} om {hm} heeft {name} <{email}> het volgende geschreven:",
              "de": "Am {dd}.{mm}.{y} um {hm} schrieb {name} <{email}>:"},
    "tb": {"en": "On {dd}/{mm}/{y} {hm}, {name} wrote:", "de": "Am {dd}.{mm}.{yy} um {hm} schrieb {name}:", "it": "Il {dd}/{mm}/{yy} {hm}, {name} ha scritto:"},
    "webmail": {"en": "On {iso} {hm}, {name} wrote:", "it": "Il {iso} {hm} {name} ha scritto:", "nl": "Op {iso} {hm}, schreef {name}:",
                "pl": "W dniu {iso} {hm}, {name} napisał(a):", "de": "Am {iso} {hm}, schrieb {name}:"}}
ATTR["iphone"] = ATTR["apple"]


def attribution(style, lang, name, email, t):
    table = ATTR[style]; f = table.get(lang, table["en"])
    return f.format(gd=GDAY[lang].split()[t.weekday()], d=t.day, gm=GMON[lang].split()[t.month - 1], y=t.year, yy=t.strftime("%y"),
                    dd=t.strftime("%d"), mm=t.strftime("%m"), iso=t.strftime("%Y-%m-%d"), hm=t.strftime("%H:%M"), name=name, email=email)


def ol_date(lang, t):
    wd, mo = DAY[lang].split()[t.weekday()], MON[lang].split()[t.month - 1]
    if lang == "en": return t.strftime(f"{wd}, {mo} %d, %Y %I:%M %p").replace(" 0", " ")
    if lang == "de": return f"{wd}, {t.day}. {mo} {t.year} {t:%H:%M}"
    if lang == "es": return f"{wd}, {t.day} de {mo} de {t.year} {t:%H:%M}"
    if lang == "pl": return f"{wd}, {t.day} {mo} {t.year} {t:%H:%M}"
    return f"{wd} {t.day} {mo} {t.year} {t:%H:%M}"


# ---------------------------------------------------------------- bodies: text, HTML, quotes
def linkify(s):
    return re.sub(r'(https?://[^\s<]+)', lambda m: f'<a href="{m.group(1)}">{m.group(1)}</a>', s)


def to_html(text):
    return "<br>\n".join(linkify(H.escape(line, quote=False)) for line in text.split("\n"))


OL_DIV = ('<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, '
          'sans-serif; font-size: 11pt; color: rgb(0, 0, 0);">')
GM_QUOTE = 'margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex'


def own_html(style, text, extra_html=""):
    if style == "outlook": return OL_DIV + to_html(text) + extra_html + "</div>\n"
    return '<div dir="ltr">' + to_html(text) + extra_html + "</div>\n"


def quote(replier_style, lang, q):
    """(plain, html) quote of message q as the replier's client writes it below the reply."""
    if replier_style == "outlook":
        lf, ls, lt, lc, lsub = OL_LABELS[lang]
        to = "; ".join(f"{n} <{e}>" for n, e in q["to"])
        block = [(lf, f"{q['name']} <{q['email']}>"), (ls, ol_date(lang, q["t"])), (lt, to)]
        if q.get("cc"): block.append((lc, "; ".join(f"{n} <{e}>" for n, e in q["cc"])))
        block.append((lsub, q["subj"]))
        plain = "\n\n________________________________\n" + "\n".join(f"{k} {v}" for k, v in block) + "\n\n" + q["text"]
        hb = "<br>\n".join(f"<b>{H.escape(k)}</b> {H.escape(v)}" for k, v in block)
        html = ('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">'
                '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">' + hb + '</font>\n<div>&nbsp;</div>\n</div>\n'
                + (q["html"] or ('<div class="PlainText">' + to_html(q["text"]) + "</div>\n")))
        return plain, html
    attr = attribution(replier_style, lang, q["name"], q["email"], q["t"])
    lines = [(">" + l) if l.startswith(">") else ("> " + l if l else ">") for l in q["text"].split("\n")]
    plain = "\n\n" + attr + "\n" + "\n".join(lines)
    html = ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + H.escape(attr) + '<br></div><blockquote class="gmail_quote" style="'
            + GM_QUOTE + '">' + (q["html"] or to_html(q["text"])) + "</blockquote></div>\n")
    return plain, html


# ---------------------------------------------------------------- MIME
def hdr(s):
    return s if s.isascii() else Header(s, "utf-8").encode()


def addrs(lst):
    return ", ".join(formataddr((n, e)) for n, e in lst)


def textpart(ctype, text, cte, charset="utf-8", params=""):
    data = text.encode("utf-8")
    if cte == "quoted-printable": payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64": payload = base64.encodebytes(data).decode("ascii")
    else: payload = text
    return [f"Content-Type: {ctype}; charset=\"{charset}\"{params}", f"Content-Transfer-Encoding: {cte}"], payload


def binpart(name, data, ctype, disposition="attachment", cid=None, outlook=False):
    h = [f'Content-Type: {ctype}; name="{name}"']
    if outlook: h.append(f"Content-Description: {name}")
    h.append(f'Content-Disposition: {disposition}; filename="{name}"' + (f"; size={len(data)}" if outlook else ""))
    h.append("Content-Transfer-Encoding: base64")
    if cid: h += [f"Content-ID: <{cid}>", f"X-Attachment-Id: {cid}"]
    return h, base64.encodebytes(data).decode("ascii")


def multipart(subtype, parts, params="", style=""):
    r = hashlib.md5(os.urandom(8)).hexdigest()
    b = {"outlook": "_000_" + r[:20].upper() + "_", "gmail": "0000000000" + r[:16], "apple": "Apple-Mail=_" + str(uuid.uuid4()).upper(),
         "iphone": "Apple-Mail-" + r[:20].upper(), "tb": "------------" + base64.b64encode(os.urandom(18)).decode().replace("/", "0").replace("+", "1"),
         "webmail": "=_" + r}.get(style, "=_b" + r[:16])
    body = []
    for ph, pb in parts:
        body += [f"--{b}"] + ph + ["", pb.rstrip("\n")]
    body.append(f"--{b}--")
    return [f'Content-Type: multipart/{subtype};{params} boundary="{b}"'], "\n".join(body) + "\n"


ME_P = P(ME[0], ME[1], "tb", "+0100", "en")
pending = []  # (utc, folder, raw, label)


def msgid(p, style):
    if style in ("iphone", "apple"): return f"<{str(uuid.uuid4()).upper()}@{p.dom}>"
    if style == "tb": return f"<{uuid.uuid4()}@{p.dom}>"
    return mid(p, style)


def emit(folder, frm, style, lang, to, subj, t, tz, refs, text, html=None, atts=(), inline=(), calendar=None, cc=None,
         extra=(), label=None, base_subj="", tidx=b""):
    """Builds one message the way its client lays it out, queues it for writing in arrival order; returns its record."""
    m = msgid(frm, style)
    date = t.strftime("%a, %d %b %Y %H:%M:%S ") + tz
    h = []
    if folder == "INBOX": h += received(frm, "outlook" if style == "iphone" else style, date)
    h += [("From", formataddr((frm.name, frm.email))), ("To", addrs(to))]
    if cc: h.append(("Cc", addrs(cc)))
    h.append(("Subject", hdr(subj)))
    if style == "outlook":
        h += [("Thread-Topic", hdr(base_subj)), ("Thread-Index", base64.b64encode(tidx).decode())]
    h += [("Date", date), ("Message-ID", m)]
    if refs: h += [("References", " ".join(refs)), ("In-Reply-To", refs[-1])]
    for k, v in HDR.get(style, []):
        if k != "Thread-Topic": h.append((k, v))
    if style == "outlook":
        h += [("Accept-Language", f"{OL_LOCALE[lang]}, en-US"), ("Content-Language", OL_LOCALE[lang]), ("X-MS-Has-Attach", "yes" if atts else ""),
              ("X-MS-TNEF-Correlator", "")]
    h += list(extra)
    # body tree as the client builds it
    cte = {"outlook": "quoted-printable", "gmail": "quoted-printable", "apple": "quoted-printable", "iphone": "quoted-printable"}.get(style, "8bit")
    params = "; format=flowed" if style == "tb" else ""
    tp = textpart("text/plain", text, cte, params=params)
    if html is not None:
        alts = [tp, textpart("text/html", html, cte)]
        if calendar: alts.append(textpart("text/calendar", calendar, "base64", params="; method=REQUEST"))
        body = multipart("alternative", alts, style=style)
    else:
        body = tp
    if inline:
        body = multipart("related", [body] + [binpart(n, d, c, "inline", cid) for n, d, c, cid in inline], ' type="multipart/alternative";', style=style)
    if atts:
        body = multipart("mixed", [body] + [binpart(n, d, c, outlook=style == "outlook") for n, d, c in atts], style=style)
    lines = [f"{k}: {v}" for k, v in h] + ["MIME-Version: 1.0"] + body[0] + ["", body[1]]
    raw = "\n".join(lines).replace("\r\n", "\n").replace("\n", "\r\n")
    off = int(tz[:3]) * 60 + (1 if tz[0] == "+" else -1) * int(tz[3:])
    pending.append((t - datetime.timedelta(minutes=off), folder, raw, (m, label)))
    return dict(m=m, name=frm.name, email=frm.email, t=t, tz=tz, subj=subj, to=list(to), cc=cc, text=text, html=html)


# ---------------------------------------------------------------- threads
def at(d, hh, mm=0):
    return BASE + datetime.timedelta(days=d, hours=hh, minutes=mm)


def thread_index(parent, t):
    """Outlook/Exchange conversation index: 22 bytes (time + conversation GUID) for the first message, 5 more bytes per reply.
    Exchange keeps one conversation for the whole thread, also across messages from other clients (matched by References)."""
    if not parent:
        ft = int((t - datetime.datetime(1601, 1, 1)).total_seconds() * 10**7)
        return b"\x01" + ((ft >> 24) & 0xFFFFFFFFFF).to_bytes(5, "big") + os.urandom(16)
    return parent + os.urandom(5)


def prefix(style, lang):
    return OL_PREFIX[lang] if style == "outlook" else "Re: "


def conv(p, subj, texts, start, first_att=()):
    """texts alternate partner, Laura (Thunderbird), starting with the partner; the partner's get his signature."""
    st = dict(p=p, subj=subj, refs=[], last=None, d=start, tidx=b"")
    for i, t in enumerate(texts):
        partner = i % 2 == 0
        who, style, lang = (p, p.style, p.lang) if partner else (ME_P, "tb", "en")
        text = t + (p.sig if partner else "")
        if st["last"]:
            qp, qh = quote(style, lang, st["last"])
        else:
            qp, qh = "", ""
        html = own_html(style, text) + qh if style in ("outlook", "gmail") else None
        st["tidx"] = thread_index(st["tidx"], at(st["d"], 8))
        r = emit("INBOX" if partner else "Sent", who, style, lang, [ME] if partner else [(p.name, p.email)],
                 (prefix(style, lang) if i else "") + subj, at(st["d"], 8 + (i * 3) % 9, 7 * i % 60), p.tz if partner else "+0100",
                 list(st["refs"]), text + qp, html, atts=first_att if i == 0 else (), base_subj=subj,
                 label=("genuine", "genuine-reply") if (i and partner) else None, tidx=st["tidx"])
        st["refs"].append(r["m"]); st["last"] = r; st["d"] += 1
    return st


def inject(st, text, label, kind, frm=None, style=None, lang=None, tz=None, gapdays=1, hh=15, atts=(), inline=(), calendar=None,
           cc=None, extra=(), extra_html="", html=None, subj=None):
    p = st["p"]; frm = frm or p; style = style or p.style; lang = lang or p.lang
    qp, qh = quote(style, lang, st["last"])
    if html is None and style in ("outlook", "gmail"): html = own_html(style, text, extra_html) + qh
    return emit("INBOX", frm, style, lang, [ME], subj or prefix(style, lang) + st["subj"], at(st["d"] - 1 + gapdays, hh, 12), tz or p.tz,
                list(st["refs"]), text + qp, html, atts=atts, inline=inline, calendar=calendar, cc=cc, extra=extra,
                label=(label, kind), base_subj=st["subj"], tidx=thread_index(st["tidx"], at(st["d"], 8)))


# ---------------------------------------------------------------- inert payloads
def pdf_doc(*uris):
    annots = "".join(f"<< /Type /Annot /Subtype /Link /Rect [72 600 300 640] /A << /S /URI /URI ({u}) >> >>\n" for u in uris)
    s = b"BT /F1 18 Tf 72 700 Td (Document) Tj ET"
    return (b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            + f"3 0 obj\n<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Annots [{annots}] >>\nendobj\n".encode("latin-1")
            + f"4 0 obj\n<< /Length {len(s)} >>\nstream\n".encode() + s + b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
            + os.urandom(300))


def zip_of(files, encrypted=False):
    bio = io.BytesIO(); z = zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED)
    for name, data in files: z.writestr(name, data)
    z.close(); b = bytearray(bio.getvalue())
    if encrypted:  # general-purpose flag bit 0 in every local and central header
        for sig, off in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
            i = b.find(sig)
            while i >= 0: b[i + off] |= 1; i = b.find(sig, i + 4)
    return bytes(b)


def cad(stem):
    return [(f"{stem}.dwg", b"AC1032" + os.urandom(2400)), (f"{stem}.step", b"ISO-10303-21;\nHEADER;\nFILE_DESCRIPTION(('" + stem.encode() + b"'),'2;1');\n" + os.urandom(900)),
            (f"{stem}.pdf", pdf_doc())]


def xlsm():
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Invoice" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>')
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Enable editing to view the invoice</t></is></c></row></sheetData></worksheet>')
    return zip_of([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels),
                   ("xl/worksheets/sheet1.xml", sheet), ("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(24) + os.urandom(1500))])


def svg_smuggler(zipname):
    blob = base64.b64encode(zip_of([(zipname.replace(".zip", ".pdf.js"), b"// inert probe payload\n" + os.urandom(200).hex().encode())])).decode()
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="820" height="600" viewBox="0 0 820 600">\n'
            '<rect width="100%" height="100%" fill="#f4f4f4"/>\n<text x="60" y="120" font-family="Segoe UI, Arial" font-size="24" fill="#333">'
            'Trwa ładowanie dokumentu…</text>\n<script type="application/ecmascript"><![CDATA[\n'
            f'var d="{blob}";\nvar s=atob(d),u=new Uint8Array(s.length);for(var i=0;i<s.length;i++)u[i]=s.charCodeAt(i);\n'
            'var f=new Blob([u],{type:"application/octet-stream"}),a=document.createElementNS("http://www.w3.org/1999/xhtml","a");\n'
            f'a.href=URL.createObjectURL(f);a.download="{zipname}";document.documentElement.appendChild(a);a.click();\n]]></script>\n</svg>\n').encode()


def qr_png(scale=6, n=29):
    """A PNG that looks like a QR code (finder patterns, random modules); it does not decode."""
    rnd = random.Random(77); g = [[rnd.random() < 0.5 for _ in range(n)] for _ in range(n)]
    for oy, ox in ((0, 0), (0, n - 7), (n - 7, 0)):
        for y in range(7):
            for x in range(7): g[oy + y][ox + x] = y in (0, 6) or x in (0, 6) or (2 <= y <= 4 and 2 <= x <= 4)
    border, size = 4, (n + 8) * scale
    rows = b""
    for py in range(size):
        y = py // scale - border
        rows += b"\x00" + bytes(0 if 0 <= y < n and 0 <= px // scale - border < n and g[y][px // scale - border] else 255 for px in range(size))
    def chunk(t, d): return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 0, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


def iban(country, bban):
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(num) % 97:02d}{bban}"


def ics(method, organizer, attendee, summary, desc, start, end, location, lang, stamp, extra=()):
    def esc(s): return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    def fold(line):
        out, cur = [], ""
        for ch in line:
            if len((cur + ch).encode()) > 74: out.append(cur); cur = " "
            cur += ch
        return out + [cur]
    uid = "040000008200E00074C5B7101A82E00800000000" + hashlib.md5(os.urandom(8)).hexdigest().upper()
    tzid = "Central European Standard Time"
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0", "BEGIN:VTIMEZONE", f"TZID:{tzid}",
             "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
             "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
             "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
             f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={attendee[0]}:mailto:{attendee[1]}",
             f"DESCRIPTION;LANGUAGE={lang}:{esc(desc)}", f"UID:{uid}", f"SUMMARY;LANGUAGE={lang}:{esc(summary)}",
             f"DTSTART;TZID={tzid}:{start:%Y%m%dT%H%M%S}", f"DTEND;TZID={tzid}:{end:%Y%m%dT%H%M%S}", "CLASS:PUBLIC", "PRIORITY:5",
             f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
             f"LOCATION;LANGUAGE={lang}:{esc(location)}", "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
             "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
             "X-MICROSOFT-CDO-INSTTYPE:0"] + list(extra) + ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
             "ACTION:DISPLAY", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(sum((fold(x) for x in lines), [])) + "\r\n"


# ---------------------------------------------------------------- partners
def partner(name, email, style, tz, lang, sig):
    p = P(name, email, style, tz, lang); p.sig = sig; return p


piotr = partner("Piotr Kowalski", "piotr.kowalski@kowalski-meble.example", "outlook", "+0100", "pl",
                "\n\nPozdrawiam\nPiotr Kowalski\nKierownik sprzedaży eksportowej\nKowalski Meble Sp. z o.o. | Poznań\ntel. +48 61 555 20 14")
marco = partner("Marco Bianchi", "m.bianchi@bianchi-meccanica.example", "webmail", "+0100", "it",
                "\n\nCordiali saluti\nMarco Bianchi\nUfficio tecnico-commerciale\nBianchi Meccanica S.r.l. – Lecco\nTel. +39 0341 555 318")
GIULIA_SIG = "\n\n-- \nGiulia Rossi\nUfficio commerciale estero\nRossi Tessuti S.r.l.\nVia per Cernobbio 14, 22100 Como\nTel. +39 031 555 0140"
giulia = partner("Giulia Rossi", "giulia.rossi@rossi-tessuti.example", "gmail", "+0100", "it", GIULIA_SIG)
sanne = partner("Sanne de Vries", "sanne.devries@devries-bloemen.example", "outlook", "+0100", "nl",
                "\n\nMet vriendelijke groet,\n\nSanne de Vries\nAccountmanager Export\nDe Vries Bloemen B.V. | Aalsmeer\nT +31 297 555 812")
claire = partner("Claire Dubois", "claire.dubois@dubois-emballages.example", "outlook", "+0100", "fr",
                 "\n\nBien cordialement,\n\nClaire Dubois\nChargée de clientèle grands comptes\nDubois Emballages SAS – Lyon\nTél. +33 4 72 55 51 90")
stefan = partner("Stefan Vogel", "s.vogel@vogel-konstruktion.example", "tb", "+0100", "de",
                 "\n\nViele Grüße\nStefan\n\n-- \nVogel Konstruktion GmbH – Ingenieurbüro für Sondermaschinenbau\nStefan Vogel\nHafenweg 7, 33102 Paderborn\nTel. +49 5251 555 7720")
lucia = partner("Lucía Fernández", "lucia.fernandez@bodegas-fernandez.example", "gmail", "+0100", "es",
                "\n\n-- \nLucía Fernández\nDepartamento de Exportación\nBodegas Fernández – Haro (La Rioja)\nTel. +34 941 55 32 10")
oliver = partner("Oliver Hart", "oliver.hart@hart-electronics.example", "apple", "+0000", "en",
                 "\n\nBest,\nOliver\n\nOliver Hart\nSupply Chain Manager | Hart Electronics Ltd, Cambridge\n+44 1223 555 418")
hannah = partner("Hannah Price", "hannah.price@price-packaging.example", "gmail", "+0000", "en",
                 "\n\n-- \nHannah Price\nAccount Manager\nPrice Packaging Ltd, Leeds\n+44 113 555 0174\nwww.price-packaging.example")

# ---------------------------------------------------------------- threads (history the detectors may use)
V0 = conv(stefan, "Zeichnungen Halterung H-12", [
    "Hallo Laura,\nanbei die Zeichnungen für die Halterung H-12 als DWG, STEP und PDF, wie besprochen mit Bohrung 14H7.",
    "Hallo Stefan,\ndanke, passt so. Die Bohrung 14H7 ist richtig, wir geben die Zeichnung frei.\nGruß\nLaura",
    "Hallo Laura,\nprima, dann geht sie heute an die Fertigung.", "Danke dir!\nLaura"], start=1,
    first_att=[("H-12_Zeichnungen.zip", zip_of(cad("H-12_Halterung")), "application/zip")])
M1 = conv(marco, "Alberi di trasmissione – offerta 2025-017", [
    "Buongiorno Laura,\nin allegato l'offerta 2025-017 per i 150 alberi di trasmissione in 42CrMo4 bonificato, tolleranza h7, consegna in sei settimane.",
    "Buongiorno Marco,\ngrazie per l'offerta. Per ora il progetto è sospeso, il nostro cliente deve ancora decidere. Vi ricontatto appena conferma.\nSaluti\nLaura",
    "Buongiorno Laura,\nnessun problema. L'offerta resta valida fino a fine marzo, dopo aggiorniamo solo il prezzo dell'acciaio.",
    "Perfetto, grazie Marco.\nLaura"], start=3, first_att=[("Offerta_2025-017.pdf", pdf_doc(), "application/pdf")])
O1 = conv(oliver, "PCB assemblies batch 7", [
    "Hi Laura,\nbatch 7 of the controller PCB assemblies (1,200 pcs) passed final test today and ships Friday by DHL, AWB to follow.",
    "Hi Oliver,\nthanks. Please put the test reports on a USB stick in the first carton, like last time.\nBest, Laura",
    "Hi Laura,\nwill do. The AWB is 4471 2290 18, delivery expected Tuesday.",
    "Hi Oliver,\nreceived in good order, test reports are all fine. Thanks!\nLaura"], start=4)
P1 = conv(piotr, "Zamówienie 2291 – krzesła dębowe", [
    "Dzień dobry Pani Lauro,\npotwierdzamy zamówienie 2291: 240 krzeseł dębowych, model Lila, olejowanych. Termin realizacji: tydzień 12.",
    "Dzień dobry Panie Piotrze,\ndziękuję za potwierdzenie. Czy możemy otrzymać krzesła w dwóch partiach po 120 sztuk, w tygodniu 12 i 14?\nPozdrawiam\nLaura Weber",
    "Dzień dobry Pani Lauro,\ntak, dwie partie po 120 sztuk są możliwe. Pierwsza wyjedzie z Poznania w piątek w tygodniu 12.",
    "Świetnie, dziękuję. Adres dostawy bez zmian: magazyn w Kassel, rampa 2.\nPozdrawiam\nLaura"], start=8)
R1 = conv(giulia, "Campionario tessuti primavera", [
    "Ciao Laura,\nti ho spedito oggi il campionario primavera: 36 varianti di lino e cotone, tracking BRT 0412 7730 1.",
    "Ciao Giulia,\narrivato, grazie! Ci interessano il lino Sabbia e il cotone Notte, ci mandi i prezzi per 500 metri ciascuno?\nLaura",
    "Ciao Laura,\ncerto: lino Sabbia 8,40 €/m e cotone Notte 6,90 €/m per 500 metri, consegna in tre settimane.",
    "Perfetto, preparo l'ordine con il nostro ufficio acquisti e ti faccio sapere.\nLaura"], start=12)
C1 = conv(claire, "Cartons sur mesure – maquettes", [
    "Bonjour Laura,\nles maquettes des cartons sur mesure (formats A, B et C) sont disponibles sur notre espace client :\n"
    "https://duboisemballages.sharepoint.com/:f:/s/EspaceClients/EqV7mK2pLnRAhX0cQ8tY3fUBr1oPw2aZ?e=Xk4aT9",
    "Bonjour Claire,\nmerci, j'ai pu les ouvrir. Pour le format B, pouvez-vous prévoir une découpe poignée sur les deux côtés ?\nCordialement\nLaura",
    "Bonjour Laura,\noui, c'est possible. Je demande au bureau d'études une nouvelle version du format B.",
    "Merci Claire, j'attends la nouvelle version.\nLaura"], start=15)
H1 = conv(hannah, "Label artwork approval", [
    "Hi Laura,\nthe artwork for the new carton labels is attached as a PDF proof, please check the barcode position.",
    "Hi Hannah,\nthe barcode should move 5 mm to the left, otherwise the artwork is approved.\nThanks, Laura",
    "Hi Laura,\ndone, v2 with the barcode moved goes into production on Monday.", "Great, thank you Hannah.\nLaura"], start=17,
    first_att=[("Label_proof_v1.pdf", pdf_doc(), "application/pdf")])
V1 = conv(stefan, "Zeichnungen Maschinenrahmen MR-3", [
    "Hallo Laura,\nanbei die Zeichnungen für den Maschinenrahmen MR-3, Revision A, als DWG, STEP und PDF.",
    "Hallo Stefan,\ndanke. Könnt ihr die Langlöcher an der Fußplatte auf 18 mm verbreitern? Unsere Anker sind M16.\nGruß\nLaura",
    "Hallo Laura,\nja, machen wir. Revision B kommt bis Freitag.", "Super, danke!\nLaura"], start=24,
    first_att=[("MR-3_Zeichnungen_RevA.zip", zip_of(cad("MR-3_Rahmen_RevA")), "application/zip")])
M2 = conv(marco, "Consegna flange lotto 77", [
    "Buongiorno Laura,\nle 400 flange del lotto 77 sono pronte, il corriere le ritira giovedì mattina.",
    "Grazie Marco, allora le aspettiamo lunedì a Kassel.\nSaluti\nLaura",
    "Buongiorno Laura,\nconfermato, vi mando il numero di spedizione appena disponibile.", "Grazie!\nLaura"], start=29)
O2 = conv(oliver, "M12 connector samples", [
    "Hi Laura,\nthe M12 connector samples (8-pin, A-coded) went out today, 20 pcs, UPS tracking 1Z 7Y3 994 66 0412 8830.",
    "Hi Oliver,\nthanks, I'll pass them to our test lab when they arrive.\nBest, Laura"], start=31)
S1 = conv(sanne, "Factuur 2025-118", [
    "Beste Laura,\nin de bijlage onze factuur 2025-118 voor de levering van week 9. Betaling binnen 30 dagen op ons bekende rekeningnummer.",
    "Hallo Sanne,\ndank je, de factuur gaat mee in onze betaalrun van de 25e.\nGroet,\nLaura",
    "Hoi Laura,\ntop, dank je wel!", "Graag gedaan.\nLaura"], start=56,
    first_att=[("Factuur_2025-118.pdf", pdf_doc(), "application/pdf")])
L1 = conv(lucia, "Pedido 120 cajas Rioja Reserva", [
    "Hola Laura,\nte confirmo el pedido de 120 cajas de Rioja Reserva 2019, salida de Haro el jueves 13 de marzo.",
    "Hola Lucía,\ngracias. ¿Nos podéis mandar el certificado de origen con la mercancía?\nUn saludo\nLaura",
    "Hola Laura,\nsí, el certificado va con el camión y te mando una copia escaneada por correo.", "¡Perfecto, gracias!\nLaura"], start=59)
C2 = conv(claire, "Réunion de lancement gamme 2025", [
    "Bonjour Laura,\npour préparer la gamme 2025, je vous propose une réunion de lancement en visio fin mars avec notre bureau d'études. Quelles dates vous conviennent ?",
    "Bonjour Claire,\nle 27 ou le 28 mars l'après-midi me conviendraient.\nCordialement\nLaura",
    "Bonjour Laura,\nparfait, je reviens vers vous avec l'invitation.", "Merci Claire, à bientôt.\nLaura"], start=63)
H2 = conv(hannah, "Packaging supply 2025", [
    "Hi Laura,\nthanks for the 2025 forecast. We can hold your carton prices until the end of June.",
    "Hi Hannah,\nthat's great. Please keep us posted on the paper price trend, our budget for the second half depends on it.\nThanks, Laura"], start=70)
R2 = conv(giulia, "Ordine 5580 lino Sabbia", [
    "Ciao Laura,\nconfermo l'ordine 5580: 500 m di lino Sabbia, spedizione prevista il 28 marzo.",
    "Grazie Giulia, la fattura mandala come sempre a fatture@acme-industrie.example.\nLaura",
    "Certo, la fattura parte insieme alla merce.", "Perfetto, grazie!\nLaura"], start=74)
L2 = conv(lucia, "Pago factura FV-2025-031", [
    "Hola Laura,\nadjunto la factura FV-2025-031 del pedido de marzo, vencimiento a 30 días.",
    "Hola Lucía,\nrecibida, la pagamos en la remesa del 25 de abril.\nUn saludo\nLaura",
    "Perfecto, muchas gracias.", "¡A ti!\nLaura"], start=77, first_att=[("FV-2025-031.pdf", pdf_doc(), "application/pdf")])
P2 = conv(piotr, "Odbiór jakościowy – magazyn Poznań", [
    "Dzień dobry Pani Lauro,\nzapraszamy na odbiór jakościowy drugiej partii krzeseł w naszym magazynie w Poznaniu. Czy pasuje Pani wtorek lub środa w przyszłym tygodniu?",
    "Dzień dobry Panie Piotrze,\nśroda 9 kwietnia pasuje, najlepiej przed południem. Czy nasz projektant może dołączyć online?\nPozdrawiam\nLaura"], start=84)
V2 = conv(stefan, "Rechnung Konstruktion März", [
    "Hallo Laura,\ndie Rechnung für die Konstruktionsstunden im März (42 h) schicke ich dir morgen, wie immer als PDF.",
    "Hallo Stefan,\ndanke, bitte wieder an rechnungen@acme-industrie.example.\nGruß\nLaura",
    "Mach ich, ist unterwegs.", "Danke, ist angekommen.\nLaura"], start=86)
P3 = conv(piotr, "Faktura 03/2025", [
    "Dzień dobry Pani Lauro,\nw załączeniu faktura 03/2025 za pierwszą partię krzeseł, termin płatności 30 dni.",
    "Dzień dobry Panie Piotrze,\ndziękuję, faktura została przekazana do księgowości.\nPozdrawiam\nLaura",
    "Dziękuję. Druga faktura przyjdzie po dostawie drugiej partii.", "Dziękuję, czekamy.\nLaura"], start=88,
    first_att=[("Faktura_03_2025.pdf", pdf_doc(), "application/pdf")])
S2 = conv(sanne, "Levering tulpen week 16", [
    "Beste Laura,\nde 60 karren tulpen voor week 16 zijn ingepland, laden op dinsdagochtend in Aalsmeer.",
    "Hoi Sanne,\nprima. Kan de chauffeur vóór 14:00 in Kassel zijn? Daarna is ons dock dicht.\nGroet,\nLaura"], start=91)
L3 = conv(lucia, "Cata de junio – botellas de muestra", [
    "Hola Laura,\npara vuestra cata de junio os preparamos 24 botellas de muestra: Crianza, Reserva y el blanco Viura.",
    "Hola Lucía,\n¡genial! Las recoge nuestro transportista el 3 de junio en Haro, ¿os va bien por la mañana?\nUn saludo\nLaura"], start=100)

# ---------------------------------------------------------------- attacks
# A1 server hijack, Outlook headers of the partner: SVG attachment that assembles and downloads a zip (HTML smuggling)
inject(P1, "Dzień dobry,\nw załączniku przesyłam dokumenty do zamówienia. Plik proszę otworzyć w przeglądarce.\nPozdrawiam", "hijack",
       "server-hijack", gapdays=3, atts=[("Dokumenty_2291.svg", svg_smuggler("Dokumenty_2291.zip"), "image/svg+xml")])
# A2 account takeover (other client and time zone, the partner's own server): disk image inside a zip
inject(M2, "Buongiorno,\nvi inviamo in allegato la documentazione di spedizione del lotto, per favore verificate e confermate.\nCordiali saluti",
       "hijack", "account-takeover", style="tb", tz="-0400", gapdays=2, hh=4,
       atts=[("Documenti_spedizione_77.zip", zip_of([("Documenti_spedizione_77.img", bytes(32768) + b"\x01CD001\x01" + os.urandom(600))]), "application/zip")])
# A3 Emotet-style display-name spoof: shortcut in an encrypted zip, the password written as "Code: 7731"
spoof_oliver = P("Oliver Hart", "info@gartenbau-lindner.example", "webmail", "+0100", "en")
inject(O2, "Hello,\nplease find attached the updated specification and the test results for the samples.\nCode: 7731\nKind regards", "hijack",
       "display-name-spoof", frm=spoof_oliver, style="webmail", lang="en", tz="+0100", gapdays=3, hh=7,
       atts=[("Spec_M12_results.zip", zip_of([("Spec_M12_results.pdf.lnk", b"L\x00\x00\x00\x01\x14\x02\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00F" + os.urandom(500))], encrypted=True), "application/zip")])
# A4 server hijack: invitation (.ics) whose description carries the phishing link, no link in the mail text
t4 = datetime.datetime(2025, 3, 27, 14, 0)
inject(C2, "Bonjour,\nveuillez trouver ci-joint l'invitation à la réunion de lancement ainsi que l'ordre du jour. Merci d'accepter l'invitation et de consulter "
       "les documents de préparation avant la réunion.\nCordialement", "hijack", "server-hijack", gapdays=2, hh=11,
       atts=[("Invitation_reunion_lancement.ics", ics("REQUEST", (claire.name, claire.email), ME, "Réunion de lancement gamme 2025",
              "Ordre du jour et documents de préparation :\nhttps://espace-docs.lumiere-partage.example/reunion/2025/ordre-du-jour\n"
              "Connexion avec votre compte Microsoft 365 requise.", t4, t4 + datetime.timedelta(hours=1), "Visioconférence", "fr-FR", at(C2["d"] + 1, 10)).encode(),
              "text/calendar; charset=utf-8; method=REQUEST")])
# A5 server hijack, Gmail of the partner: link to a compromised WordPress site's uploads with a plausible invoice name
inject(L1, "Hola,\nte envío la factura y el certificado de origen del pedido, puedes descargarlos aquí:\n"
       "https://www.clinica-dental-sonrisas.example/wp-content/uploads/2025/03/Factura_FV-2025-0412_Certificado.pdf\nUn saludo", "hijack",
       "server-hijack", gapdays=3, hh=9)
# A6 server hijack, Apple Mail headers: correct quote of the last message, five months later, "see attached invoice" + .xlsm
inject(O1, "Hi Laura,\nsee attached invoice.\nThanks", "hijack", "server-hijack", gapdays=150, hh=10,
       atts=[("Invoice_B7-0612.xlsm", xlsm(), "application/vnd.ms-excel.sheet.macroEnabled.12")])
# A7 server hijack, the Italian partner's Gmail (Italian quote header): French text, PDF whose button leads off-site
inject(R1, "Bonjour,\nveuillez trouver ci-joint la facture correspondant à votre commande. Merci de confirmer la réception.\nCordialement", "hijack",
       "server-hijack", gapdays=4, hh=16, atts=[("Facture_0425.pdf", pdf_doc("https://partage.verdanto-files.example/f/Facture_0425"), "application/pdf")])
# A8 server hijack: "scan the code" and an inline image only (QR phishing); no link anywhere in the text
qr_html = ('<div dir="ltr">Hi Laura,<br><br>the final signed proof is ready. Please scan the code below with your phone camera to open it securely.'
           '<br><br><img src="cid:ii_m8q2x0k10" alt="image.png" width="222" height="222"><br><br>Thanks<br>Hannah</div>\n')
inject(H1, "Hi Laura,\n\nthe final signed proof is ready. Please scan the code below with your phone camera to open it securely.\n\n[image: image.png]\n\nThanks\nHannah",
       "hijack", "server-hijack", gapdays=5, hh=8, html=qr_html + quote("gmail", "en", H1["last"])[1],
       inline=[("image.png", qr_png(), "image/png", "ii_m8q2x0k10")])
# A9 account takeover (Roundcube instead of Outlook, other time zone): new bank details with an IBAN, in Dutch, signature copied
inject(S1, "Beste Laura,\nvoordat jullie betaalrun van de 25e loopt: wij zijn deze maand overgestapt naar een nieuwe bank. Wil je factuur 2025-118 "
       "en alle volgende betalingen voortaan overmaken naar onderstaande rekening?\n\nIBAN: " + " ".join(re.findall('.{1,4}', iban('NL', 'TRIO0391445722')))
       + "\nBIC: TRIONL2U\nt.n.v. De Vries Bloemen B.V.\n\nOnze oude rekening wordt binnenkort opgeheven. Graag een korte bevestiging zodra het is aangepast."
       + sanne.sig, "hijack", "account-takeover", style="webmail", tz="+0300", gapdays=4, hh=6)
# A10 server hijack: reply-all that adds a Cc at a look-alike of the partner's domain (konstruktlon), everything else genuine
inject(V2, "Hallo Laura,\nkurze Info: ab sofort übernimmt unsere Buchhaltung die Abstimmung aller Rechnungen und Zahlungen, ich habe sie in Kopie gesetzt. "
       "Bitte schick die Zahlungsbestätigung für die März-Rechnung direkt an sie und antworte bei Rückfragen bitte an alle." + stefan.sig,
       "hijack", "server-hijack", gapdays=3, hh=10, cc=[("Buchhaltung Vogel Konstruktion", "buchhaltung@vogel-konstruktlon.example")])
# A11 server hijack: Reply-To a free-mail address, payment context taken from the thread
inject(L2, "Hola Laura,\ncuando hagáis la transferencia de la FV-2025-031, ¿me podéis enviar el justificante respondiendo a este correo? Esta semana "
       "estoy viajando y lo reviso desde el móvil.\nGracias" + lucia.sig, "hijack", "server-hijack", gapdays=6, hh=19,
       extra=[("Reply-To", formataddr(("Lucía Fernández", "lucia.fernandez.bodegas@hotmail.es")))])
# A12 Emotet-style spoof whose display name is the partner's written "Lastname, Firstname"; macro .doc
spoof_piotr = P("Kowalski, Piotr", "recepcja@hotel-pod-lipami.example", "webmail", "+0100", "pl")
inject(P3, "Dzień dobry,\nw załączeniu korekta faktury 03/2025. Proszę o pilne sprawdzenie i potwierdzenie.\nZ poważaniem\nPiotr Kowalski", "hijack",
       "display-name-spoof", frm=spoof_piotr, style="webmail", gapdays=4, hh=7,
       atts=[("Korekta_faktury_03_2025.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16) + b"\x3e\x00\x03\x00\xfe\xff" + os.urandom(3000), "application/msword")])

# ---------------------------------------------------------------- genuine hard cases
# G1 the partner who always sends CAD drawings as zip sends revision B
inject(V1, "Hallo Laura,\nanbei die Revision B des Maschinenrahmens MR-3 mit den Langlöchern auf 18 mm. Geändert sind nur Blatt 2 und 3, die STEP-Datei ist "
       "entsprechend aktualisiert." + stefan.sig, "genuine", "genuine-hard", gapdays=3, hh=16,
       atts=[("MR-3_Zeichnungen_RevB.zip", zip_of(cad("MR-3_Rahmen_RevB")), "application/zip")])
# G2 the thread revived after eight months by a specific follow-up, correct quote, no link
inject(M1, "Buongiorno Laura,\nriprendo questa conversazione di gennaio: avete notizie dal vostro cliente sugli alberi di trasmissione? Da novembre abbiamo "
       "di nuovo capacità in officina. Con il prezzo attuale del 42CrMo4 l'offerta 2025-017 salirebbe di circa il 4%; se il progetto riparte vi mando "
       "volentieri l'offerta aggiornata." + marco.sig, "genuine", "genuine-reply", gapdays=240, hh=9)
# G3 a new colleague from the same domain takes over the account
javier = P("Javier Moreno", "javier.moreno@bodegas-fernandez.example", "gmail", "+0100", "es")
inject(L3, "Hola Laura,\nsoy Javier Moreno, del departamento de exportación de Bodegas Fernández. Desde esta semana llevo yo vuestra cuenta porque Lucía "
       "está de baja por maternidad. Las 24 botellas de muestra para la cata están preparadas y vuestro transportista puede pasar el 3 de junio a partir "
       "de las 8:00.\nCualquier cosa, escríbeme directamente a mí.\nUn saludo\n\n-- \nJavier Moreno\nDepartamento de Exportación\nBodegas Fernández – "
       "Haro (La Rioja)\nTel. +34 941 55 32 14", "genuine", "genuine-reply", frm=javier, gapdays=3, hh=10)
# G4 the partner answers from her iPhone (other client, same language and route), short, no link
inject(S2, "Hoi Laura, vervoerder bevestigt: aankomst Kassel woensdag rond 12:30, kenteken 72-BNV-4.\nGroet Sanne\n\nVerstuurd vanaf mijn iPhone",
       "genuine", "genuine-reply", style="iphone", gapdays=1, hh=18)
# G5 French partner shares a new file in the SharePoint tenant she used earlier in the thread
inject(C1, "Bonjour Laura,\nla version 2 du format B avec la découpe poignée des deux côtés est dans le même dossier de notre espace client :\n"
       "https://duboisemballages.sharepoint.com/:b:/s/EspaceClients/EZr4Nq8wKdFBm3TpH1yL0aQB6c9kV?e=bP2rW7\nDites-moi si elle vous convient, "
       "nous lançons ensuite l'échantillon." + claire.sig, "genuine", "genuine-hard", gapdays=4, hh=10)
# G6 Outlook "reply with meeting": invitation with a Teams link, meeting ID and passcode
t6 = datetime.datetime(2025, 4, 9, 10, 0)
teams = ("https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzA4ZmQ2MjEtYzQ1Ni00ZjAxLWJmZTItNWM3YTdmOGQ5ZTEw%40thread.v2/0?context="
         "%7b%22Tid%22%3a%22c3e1f6a2-7b4d-4e8a-9f21-5d6b0a8c4e17%22%2c%22Oid%22%3a%2291b2d7e4-3a6c-4f0e-8d15-2c7e9a4b6f03%22%7d")
g6 = ("Dzień dobry Pani Lauro,\nprzesyłam zaproszenie na odbiór jakościowy w środę 9 kwietnia o 10:00, magazyn Poznań, ul. Składowa 12. "
      "Projektant może dołączyć przez Teams." + piotr.sig + "\n\n________________________________________________________________________________\n"
      "Spotkanie w aplikacji Microsoft Teams\nDołącz: " + teams + "\nIdentyfikator spotkania: 372 519 884 611\nKod dostępu: q7Xk2B\n"
      "________________________________________________________________________________")
inject(P2, g6, "genuine", "genuine-hard", gapdays=1, hh=9, extra=[("Content-class", "urn:content-classes:calendarmessage")],
       calendar=ics("REQUEST", (piotr.name, piotr.email), ME, "Odbiór jakościowy krzeseł – magazyn Poznań", g6, t6, t6 + datetime.timedelta(hours=2),
                    "Magazyn Poznań, ul. Składowa 12; Spotkanie w aplikacji Microsoft Teams", "pl-PL", at(P2["d"], 8),
                    extra=[f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams}", "X-MICROSOFT-ONLINEMEETINGINFORMATION:{\"OnlineMeetingChannelId\":null\\,\"OnlineMeetingProvider\":3}"]))
# G7 a newsletter-like market update inside the thread: headings, bullets, several links to the partner's site and LinkedIn
g7 = ("Hi Laura,\nas promised, here is our quarterly market update, the same one we send to our key accounts.\n\n"
      "PAPER & BOARD PRICES – Q2 2025\n• Kraft liner: +3 to 4% expected from July\n• Recycled board: stable until September\n"
      "• Energy surcharge: removed from 1 May\n\nWHAT IT MEANS FOR YOUR ACCOUNT\nYour carton prices stay fixed until 30 June as agreed; for the second "
      "half we expect about +2.5%.\n\nFull report: https://www.price-packaging.example/news/q2-2025-market-update\n"
      "2025 catalogue: https://www.price-packaging.example/catalogue-2025\nFollow us: https://www.linkedin.com/company/price-packaging-example\n\n"
      "Happy to go through it on a call." + hannah.sig)
g7_html = ('<div dir="ltr"><p>Hi Laura,</p><p>as promised, here is our quarterly market update, the same one we send to our key accounts.</p>'
           '<table width="600" cellpadding="12" style="border:1px solid #dde3ea;font-family:Arial,sans-serif"><tr><td style="background:#0b4f6c;color:#fff">'
           '<img src="https://www.price-packaging.example/media/logo-white.png" alt="Price Packaging" width="140"><br><b>PAPER &amp; BOARD PRICES – Q2 2025</b></td></tr>'
           '<tr><td><ul><li>Kraft liner: +3 to 4% expected from July</li><li>Recycled board: stable until September</li><li>Energy surcharge: removed from 1 May</li></ul>'
           '<p><b>WHAT IT MEANS FOR YOUR ACCOUNT</b><br>Your carton prices stay fixed until 30 June as agreed; for the second half we expect about +2.5%.</p>'
           '<p><a href="https://www.price-packaging.example/news/q2-2025-market-update" style="background:#f28c28;color:#fff;padding:8px 14px;text-decoration:none">'
           'Read the full report</a> &nbsp; <a href="https://www.price-packaging.example/catalogue-2025">2025 catalogue</a> &nbsp; '
           '<a href="https://www.linkedin.com/company/price-packaging-example">Follow us on LinkedIn</a></p></td></tr></table>'
           '<p>Happy to go through it on a call.</p><div class="gmail_signature">-- <br>Hannah Price<br>Account Manager<br>Price Packaging Ltd, Leeds<br>'
           '+44 113 555 0174<br><a href="http://www.price-packaging.example">www.price-packaging.example</a></div></div>\n')
inject(H2, g7, "genuine", "genuine-hard", gapdays=12, hh=11, html=g7_html + quote("gmail", "en", H2["last"])[1])
# G8 the partner's signature changed (new title, group name, mobile, confidentiality line, logo) and she mentions unchanged bank details
new_sig = ("\n\n-- \nGiulia Rossi\nExport Sales Manager\nRossi Tessuti S.r.l. | Gruppo Tessile Lario\nVia per Cernobbio 14 – 22100 Como (CO)\n"
           "M +39 335 555 0871 | T +39 031 555 0140\nwww.rossi-tessuti.example\n\nQuesta e-mail e i suoi allegati sono riservati. Se l'hai ricevuta per "
           "errore, avvisa il mittente e cancellala.")
inject(R2, "Ciao Laura,\nla merce dell'ordine 5580 è partita stamattina, DDT n. 1187; la fattura arriva come sempre all'indirizzo delle fatture.\n"
       "Una piccola novità: dal 1° aprile siamo parte del Gruppo Tessile Lario, per questo vedi la firma nuova. Referenti, indirizzo e coordinate bancarie "
       "restano invariati." + new_sig, "genuine", "genuine-reply", gapdays=1, hh=12,
       extra_html='<br><img src="https://www.rossi-tessuti.example/firma/logo-gruppo-tessile-lario.png" alt="Gruppo Tessile Lario" width="160">')

# ---------------------------------------------------------------- write in arrival order
for utc, folder, raw, (m, label) in sorted(pending, key=lambda x: x[0]):
    n[0] += 1
    with open(f"{root}/mailboxes/{MB}/{folder}/{n[0]}.eml", "w", encoding="utf-8", newline="") as f:
        f.write(raw)
    if label: labels.append(f"{MB}\t{m}\t{label[0]}\t{label[1]}")
open(f"{root}/labels.tsv", "w").write("\n".join(labels) + "\n")
print(n[0], "messages,", len(labels) - 1, "labelled")
