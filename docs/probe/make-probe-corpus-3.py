#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus-3.py OUT_DIR: homoglyph domain, SharePoint tenant look-alike, fake thread
# quoting real text, a CEO-fraud style spoof from a private-looking address; then eval as for the others.
"""A small labelled corpus written for a generalisation probe (not the dev corpus): a company mailbox
with partners on different mail systems, genuine hard cases and attacks in new phrasings."""
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
def write(folder, frm, to, subj, date, m, refs, body, style, html=None, att=None, extra=(), label=None, cc=None):
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
    if not att and not html:
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
def reply(st, text, kind, label, frm=None, style=None, tz=None, att=None, html=None, extra=(), gapdays=1, to=None, lang=None, quote_prev=True):
    p = st["p"]; frm = frm or p; style = style or p.style
    m = mid(frm if isinstance(frm, P) else p, style)
    dt = date(tz or p.tz, st["d"] - 1 + gapdays, 15)
    body = text + (quote(st["prev"]) if quote_prev else "")
    write("INBOX", frm, to or [ME], "RE: " + st["subj"], dt, m, list(st["refs"]), body, style, att=att, html=html, extra=extra,
          label=(label, kind))
    return m


def zipbytes_named(names):
    bio = io.BytesIO(); z = zipfile.ZipFile(bio, "w")
    for nm in names: z.writestr(nm, b"%PDF-1.4" + os.urandom(200))
    z.close(); return bio.getvalue()


ed = P("Ed Grant", "ed.grant@grant-haulage.example", "outlook", "+0000")
mia = P("Mia Jensen", "mia.jensen@nordic-parts.example", "gmail", "+0100")
raj = P("Raj Patel", "raj.patel@patel-freight.example", "tb", "+0530")
sofia = P("Sofia Marin", "sofia.marin@marin-import.example", "apple", "+0200")
tom = P("Tom Becker", "t.becker@becker-bau.example", "webmail", "+0100")
T = [thread(p, s, t, start=i * 4, gap=1) for i, (p, s, t) in enumerate([
  (ed, "Trailer availability week 12", ["we have two curtainsiders free in week 12 for the Hull route.", "Great, we need one on Tuesday for 26 pallets.", "Booked for Tuesday, driver Mark."]),
  (mia, "Bearing order 6620", ["order 6620 for 800 bearings is confirmed for week 22.", "Thanks, please ship to our Bremen plant this time.", "Noted, Bremen plant, week 22."]),
  (raj, "Air freight Chennai", ["the air freight from Chennai leaves Thursday, 340 kg, AWB 176-5521 8830.", "Thanks Raj, our forwarder picks it up in Frankfurt.", "Flight is confirmed for Thursday."]),
  (sofia, "Showroom tiles reorder", ["the reorder of 40 m2 matt grey 60x120 can ship next week.", "Perfect, same delivery address as last time.", "Will do, Hamburg showroom."]),
  (tom, "Scaffolding invoice March", ["the March invoice for the Leipzig scaffolding is 8,400 EUR, in the portal.", "Thanks Tom, it goes into the April payment run.", "Fine, thank you."]),
  (ed, "Hull route pricing 2025", ["our 2025 price for the Hull route is 610 GBP per load.", "Can you hold 590 for 80 loads a year?", "590 is possible for 80 loads, I'll send the contract."]),
])]
# attacks
# B1 IDN homoglyph lookalike (Cyrillic a) with display name, asks to change payment
cyr = P("Ed Grant", "ed.grant@gr\u0430nt-haulage.example", "outlook", "+0000")
reply(T[5], "Hi Laura,\nthe contract for the Hull route at 590 GBP is ready. Before signing, please note our remittance details were updated, the new account is in the contract annex. Kindly confirm.\nEd", "lookalike-domain", "hijack", frm=cyr)
# B2 SharePoint tenant lookalike link from the exact address (takeover, other tz)
reply(T[0], "Hi Laura,\nthe updated trailer schedule for week 12 is on our SharePoint, please sign in to view it:\nhttps://grant-haulage0-my.sharepoint.com/:b:/g/personal/ed/EXq7Trailer\nEd", "account-takeover", "hijack", style="webmail", tz="+0200", gapdays=6)
# B3 specific-looking text copied from the thread + link to a new domain download (server hijack)
reply(T[1], "Hi Laura,\nregarding order 6620 for the Bremen plant, please find the shipping documents here: https://nordic-parts-docs.example.net/6620/Shipping_Documents.zip\nMia", "server-hijack", "hijack", gapdays=15)
# B4 fake thread: stranger, quote of a real message from the mailbox but new sender domain not lookalike, invoice PDF link
n[0] += 1
m = "<" + hashlib.md5(b"b4").hexdigest() + "@mailer.invoicing-hub.example>"
open(f"{root}/mailboxes/{MB}/INBOX/{n[0]}.eml", "w").write("\r\n".join([
  "From: Accounts Receivable <ar@invoicing-hub.example>", f"To: {ME[0]} <{ME[1]}>", "Subject: RE: Scaffolding invoice March",
  "Date: Thu, 10 Apr 2025 08:12:00 +0000", f"Message-ID: {m}", "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "",
  "Dear Laura,\nplease find the outstanding March invoice for the Leipzig scaffolding at the link below, payment is overdue:\nhttps://invoicing-hub.example/pay/8400-EUR\nAccounts\n\n> the March invoice for the Leipzig scaffolding is 8,400 EUR, in the portal.", ""]))
labels.append(f"{MB}\t{m}\thijack\tfake-thread")
# B5 display-name spoof with free-mail address, no attachment, asks for a call/gift cards? (BEC) -> reply-to style
reply(T[4], "Hi Laura,\nare you at your desk? I need a quick favour regarding the April payment run, reply to this email as soon as possible.\nTom",
      "display-name-spoof", "hijack", frm="Tom Becker <tom.becker.office@gmail-mail.example>", style="webmail")
# genuine hard cases round 3
reply(T[2], "Hi Laura,\nthe Chennai shipment landed in Frankfurt, AWB 176-5521 8830, your forwarder can collect from gate 3 tomorrow.\nRaj", "genuine-reply", "genuine", gapdays=3)
reply(T[3], "Hola Laura, perdona, te escribo en español con prisas: el pedido de 40 m2 sale el lunes hacia el showroom de Hamburgo.\nSofía", "genuine-reply", "genuine", gapdays=2)
reply(T[5], "Hi Laura,\nthe contract for the Hull route at 590 GBP for 80 loads is attached for signature.\nEd", "genuine-reply", "genuine", gapdays=1,
      att=[("Contract_Hull_2025.pdf", b"%PDF-1.4\n" + os.urandom(900), "application/pdf")])
open(f"{root}/labels.tsv", "w").write("\n".join(labels) + "\n")
print(n[0], "messages,", len(labels) - 1, "labelled")
