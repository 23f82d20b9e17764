"""Helpers shared by the probe-mailbox generators in this folder: a company mailbox ("acme", user
Laura Weber) with partners on different mail systems, written as a labelled corpus in the format of
`eval --corpus` (labels.tsv + mailboxes/acme/{INBOX,Sent}/N.eml). The output directory is the first
command-line argument of the generator that imports this module."""

import os, sys, random, base64, io, zipfile, hashlib
root = sys.argv[1]; MB = "acme"
random.seed(11)
os.makedirs(f"{root}/mailboxes/{MB}/INBOX", exist_ok=True); os.makedirs(f"{root}/mailboxes/{MB}/Sent", exist_ok=True)
labels = ["mailbox\tmessage_id\tlabel\tkind"]
n = [0]
ME = ("Laura Weber", "laura.weber@acme-industrie.example")
class P:
    def __init__(s, name, email, style, tz, lang="en"):
        s.name, s.email, s.style, s.tz, s.lang = name, email, style, tz, lang
        s.dom = email.split("@")[1]
def mid(p, style=None):
    style = style or p.style; r = hashlib.md5(os.urandom(8)).hexdigest()
    if style == "outlook": return f"<AM{r[:4].upper()}PR0{r[4]}MB{r[5:9]}{r[9:17].upper()}@AM{r[:4].upper()}PR0{r[4]}MB{r[5:9]}.eurprd0{r[17]}.prod.outlook.com>"
    if style == "gmail": return f"<CA{base64.b64encode(os.urandom(30)).decode().replace('/', '_').replace('+','-')}@mail.gmail.com>"
    if style == "tb": return f"<{r[:8]}-{r[8:12]}-{r[12:16]}-{r[16:20]}-{r[20:32]}@{p.dom}>"
    if style == "webmail": return f"<{r[:20]}@webmail.{p.dom}>"
    return f"<{r}@{p.dom}>"
HDR = {"outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", None)],
       "gmail": [], "tb": [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.6.0")],
       "webmail": [("User-Agent", "Roundcube Webmail/1.6.1")], "apple": [("X-Mailer", "Apple Mail (2.3774.300.61.1.2)")]}
def received(p, style, when):
    host = {"outlook": "mail-am6eur05on2100.outbound.protection.outlook.com", "gmail": "mail-wr1-f41.google.com"}.get(style, "mail." + p.dom)
    return [("Received", f"from {host} ({host} [40.107.22.100]) by mx.acme-industrie.example; {when}"),
            ("DKIM-Signature", f"v=1; a=rsa-sha256; d={'gmail.com' if style=='gmail' else p.dom}; s={'20230601' if style=='gmail' else 'selector1'}; h=from:to; bh=x; b=y")]
def zipbytes(inner, enc=False):
    bio = io.BytesIO(); z = zipfile.ZipFile(bio, "w"); z.writestr(inner, b"MZ" + os.urandom(300)); z.close(); b = bytearray(bio.getvalue())
    if enc: b[6] |= 1  # general purpose flag: encrypted
    return bytes(b)
def write(folder, frm, to, subj, date, m, refs, body, style, html=None, att=None, extra=(), label=None, cc=None, html_only=False):
    n[0] += 1
    h = [("From", f"{frm.name} <{frm.email}>" if isinstance(frm, P) else frm), ("To", ", ".join(f"{t[0]} <{t[1]}>" for t in to)),
         ("Subject", subj), ("Date", date), ("Message-ID", m)]
    if cc: h.append(("Cc", ", ".join(f"{t[0]} <{t[1]}>" for t in cc)))
    if refs: h += [("In-Reply-To", refs[-1]), ("References", " ".join(refs))]
    for k, v in HDR.get(style, []): h.append((k, v if v else subj.replace("RE: ", "").replace("Re: ", "")))
    if isinstance(frm, P) and folder == "INBOX": h += received(frm, style, date)
    h += list(extra)
    lines = [f"{k}: {v}" for k, v in h] + ["MIME-Version: 1.0"]
    parts = []
    if html: parts.append(("text/html; charset=utf-8", html))
    b = "=_b" + hashlib.md5(m.encode()).hexdigest()[:10]
    if html_only:
        msg = "\r\n".join(lines + ["Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", html, ""])
    elif not att and not html:
        msg = "\r\n".join(lines + ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", body, ""])
    else:
        inner = ["Content-Type: text/plain; charset=utf-8", "", body]
        if html:
            ab = b + "a"
            inner = [f'Content-Type: multipart/alternative; boundary="{ab}"', "", f"--{ab}", "Content-Type: text/plain; charset=utf-8", "", body,
                     f"--{ab}", "Content-Type: text/html; charset=utf-8", "", html, f"--{ab}--"]
        msg_l = lines + [f'Content-Type: multipart/mixed; boundary="{b}"', "", f"--{b}"] + inner
        for name, data, ctype in (att or []):
            msg_l += [f"--{b}", f'Content-Type: {ctype}; name="{name}"', "Content-Transfer-Encoding: base64",
                      f'Content-Disposition: attachment; filename="{name}"', "", base64.encodebytes(data).decode()]
        msg = "\r\n".join(msg_l + [f"--{b}--", ""])
    open(f"{root}/mailboxes/{MB}/{folder}/{n[0]}.eml", "w", encoding="utf-8").write(msg)
    if label: labels.append(f"{MB}\t{m}\t{label[0]}\t{label[1]}")
def qhdr(p, date, style):
    if style == "outlook": return f"From: {p.name} <{p.email}>\nSent: {date}\nTo: {ME[0]} <{ME[1]}>\nSubject: "
    return f"On {date}, {p.name} <{p.email}> wrote:"
def quote(prev):
    frm, date, text, subj = prev
    if isinstance(frm, P) and frm.style == "outlook":
        return "\n\n________________________________\n" + qhdr(frm, date, "outlook") + subj + "\n\n" + text
    name = frm.name if isinstance(frm, P) else ME[0]; email = frm.email if isinstance(frm, P) else ME[1]
    return f"\n\nOn {date}, {name} <{email}> wrote:\n" + "\n".join("> " + l for l in text.split("\n"))
day = [0]
def date(p_tz, d, hh):
    import datetime
    t = datetime.datetime(2025, 1, 6) + datetime.timedelta(days=d, hours=hh)
    return t.strftime("%a, %d %b %Y %H:%M:00 ") + p_tz
def thread(p, subj, texts, start, gap=1, attach_first=None, cc=None):
    """texts alternate partner, me. Returns state for injecting a reply."""
    refs = []; prev = None; d = start
    for i, t in enumerate(texts):
        partner = i % 2 == 0
        who = p if partner else ME
        m = mid(p) if partner else f"<{hashlib.md5(os.urandom(8)).hexdigest()}@acme-industrie.example>"
        dt = date(p.tz if partner else "+0100", d, 9 + i % 5)
        body = t + (quote(prev) if prev else "")
        write("INBOX" if partner else "Sent", p if partner else f"{ME[0]} <{ME[1]}>", [ME] if partner else [(p.name, p.email)],
              ("RE: " if i else "") + subj, dt, m, list(refs), body, p.style if partner else "tb",
              att=attach_first if (i == 0 and attach_first) else None, label=("genuine", "genuine-reply") if (i > 0 and partner) else None,
              cc=cc if i == 0 else None)
        refs.append(m); prev = (who if partner else None, dt, t, subj); d += gap
    return dict(p=p, subj=subj, refs=refs, prev=prev, d=d)
def reply(st, text, kind, label, frm=None, style=None, tz=None, att=None, html=None, extra=(), gapdays=1, to=None, lang=None, quote_prev=True, html_only=False):
    p = st["p"]; frm = frm or p; style = style or p.style
    m = mid(frm if isinstance(frm, P) else p, style)
    dt = date(tz or p.tz, st["d"] - 1 + gapdays, 15)
    body = text + (quote(st["prev"]) if quote_prev else "")
    write("INBOX", frm, to or [ME], "RE: " + st["subj"], dt, m, list(st["refs"]), body, style, att=att, html=html, extra=extra,
          label=(label, kind), html_only=html_only)
    return m


def zipbytes_named(names):
    bio = io.BytesIO(); z = zipfile.ZipFile(bio, "w")
    for nm in names: z.writestr(nm, b"%PDF-1.4" + os.urandom(200))
    z.close(); return bio.getvalue()

# the partners of the acme mailbox, each on their own mail system and time zone
ed = P("Ed Grant", "ed.grant@grant-haulage.example", "outlook", "+0000")
mia = P("Mia Jensen", "mia.jensen@nordic-parts.example", "gmail", "+0100")
raj = P("Raj Patel", "raj.patel@patel-freight.example", "tb", "+0530")
sofia = P("Sofia Marin", "sofia.marin@marin-import.example", "apple", "+0200")
tom = P("Tom Becker", "t.becker@becker-bau.example", "webmail", "+0100")


def pdf_document(lines, hx, rbytes, esc, uris=(), encrypt=False, producer="Microsoft® Word for Microsoft 365",
                 when="20250303091200", zone="+01'00'"):
    """A small valid PDF: one A4 page of text, optional /URI link annotations, optional Standard security handler
    (its content then random bytes). hx/rbytes are the generator's own seeded random helpers, esc its PDF string
    escaping; zone is appended to the dates ("" for none)."""
    content = ("BT /F1 11 Tf 14 TL 72 770 Td " + " ".join(f"({esc(l)}) '" for l in lines) + " ET").encode("latin-1")
    if encrypt:
        content = rbytes(len(content) + 16 - len(content) % 16)
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", None,
            f"<< /Length {len(content)} >>\nstream\n", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            f"<< /Producer ({esc(producer)}) /CreationDate (D:{when}{zone}) /ModDate (D:{when}{zone}) >>"]
    annot_ids = []
    for i, u in enumerate(uris):
        objs.append(f"<< /Type /Annot /Subtype /Link /Rect [72 {700 - 30 * i} 523 {724 - 30 * i}] /Border [0 0 0] /A << /S /URI /URI ({u}) >> >>")
        annot_ids.append(len(objs))
    objs[2] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R"
               + (f" /Annots [{' '.join(f'{a} 0 R' for a in annot_ids)}]" if annot_ids else "") + " >>")
    if encrypt:
        objs.append(f"<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O <{hx(64)}> /U <{hx(64)}> >>")
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        if i == 4:
            out += f"4 0 obj\n{o}".encode() + content + b"\nendstream\nendobj\n"
        else:
            out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    x = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    fid = hx(32)
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R /ID [<{fid}> <{fid}>]" + (f" /Encrypt {len(objs)} 0 R" if encrypt else "")
            + f" >>\nstartxref\n{x}\n%%EOF\n").encode()
    return bytes(out)
