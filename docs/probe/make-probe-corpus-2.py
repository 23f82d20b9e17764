#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus-2.py OUT_DIR (genuine hard cases, three attacks, and an HTML-only pair), then eval as for make-probe-corpus.py
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

ed = P("Ed Grant", "ed.grant@grant-haulage.example", "outlook", "+0000")
mia = P("Mia Jensen", "mia.jensen@nordic-parts.example", "gmail", "+0100")
raj = P("Raj Patel", "raj.patel@patel-freight.example", "tb", "+0530")
sofia = P("Sofia Marin", "sofia.marin@marin-import.example", "apple", "+0200")
tom = P("Tom Becker", "t.becker@becker-bau.example", "webmail", "+0100")
A = thread(ed, "Damaged pallets on delivery 4471", ["two pallets of delivery 4471 arrived with crushed corners, the driver noted it on the CMR.",
    "Thanks Ed. Can you send photos of the crushed corners for the insurance claim?",
    "I'll ask the warehouse to take photos this afternoon.", "Great, the claim form needs them by Friday."], start=0, gap=2)
reply(A, "Hi Laura,\nthe photos of the two crushed pallets from delivery 4471 are too big for email, here is the WeTransfer link: https://we.tl/t-Zq81LmX2pA\nEd", "genuine-reply", "genuine", gapdays=1)
B = thread(mia, "Order 5512 for housings", ["confirming your order 5512: 600 housings H-2291, delivery week 19.",
    "Thanks Mia, week 19 is fine. Please send the invoice with the shipment.", "Will do, the goods leave Aarhus on Monday."], start=5, gap=1)
reply(B, "Hi Laura,\nthe goods for order 5512 left Aarhus this morning, the invoice is attached.\nMia", "genuine-reply", "genuine",
      att=[("Invoice_5512.pdf", b"%PDF-1.4\n" + os.urandom(500), "application/pdf")])
C = thread(raj, "Customs documents container MSKU 7721", ["the customs documents for MSKU 7721 are complete, the broker has them.",
    "Thanks Raj, I'll tell our warehouse to expect the container on the 21st.", "The vessel is on time."], start=9, gap=1)
reply(C, "Ich bin bis 3. März nicht im Büro und habe keinen Zugriff auf E-Mails. In dringenden Fällen wenden Sie sich bitte an ops@patel-freight.example.",
      "genuine-reply", "genuine", extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")], gapdays=2)
D = thread(sofia, "Tiles for the Hamburg showroom", ["the 60x120 matt grey tiles for the Hamburg showroom are ready to ship, 2 pallets.",
    "Thanks Sofia, can they arrive before 14 April? The fitters start on the 15th.", "Yes, they can arrive on the 11th."], start=14, gap=1)
reply(D, "Hallo Laura,\nkurze Info auf Deutsch, da unser Fahrer nur Deutsch spricht: die zwei Paletten mit den 60x120 Fliesen kommen am 11. April zwischen 8 und 10 Uhr am Showroom in Hamburg an.\nSofia",
      "genuine-reply", "genuine", gapdays=1)
E = thread(tom, "Scaffolding rental Leipzig", ["the scaffolding rental for Leipzig runs until 30 June, 420 m2.",
    "Thanks Tom, we may need it two weeks longer, I will know in May.", "No problem, just tell me by end of May."], start=18, gap=2)
reply(E, "Hi Laura,\nchecking in on the Leipzig scaffolding: do you need the two extra weeks after 30 June? Our new price list is on our website https://www.becker-bau.example/mietpreise if you want to compare.\nTom",
      "genuine-reply", "genuine", gapdays=120)
newc = P("Jonas Becker", "j.becker@becker-bau.example", "webmail", "+0100")
F = thread(tom, "Contract for the Dresden site", ["the contract for the Dresden scaffolding is ready for signature, 600 m2 from 1 September.",
    "Thanks Tom, our managing director will sign it this week.", "Perfect, please send it back scanned."], start=25, gap=1)
reply(F, "Hello Laura,\nI'm Tom's colleague in contracts. Please find attached the countersigned contract for the Dresden site.\nJonas Becker", "genuine-reply", "genuine",
      frm=newc, att=[("Contract_Dresden_signed.pdf", b"%PDF-1.4\n" + os.urandom(600), "application/pdf")], gapdays=2)
G = thread(mia, "Samples for the new seals", ["the seal samples in NBR and FKM are on their way, tracking 7781 2201.",
    "Thanks Mia. Could you also send the material data sheets?", "Sure, I'll send them once back in the office."], start=30, gap=1)
reply(G, "Hi Laura,\nhere are the data sheets for the NBR and FKM seals.\nSent from my iPhone", "genuine-reply", "genuine", style="apple", tz="+0100",
      att=[("NBR_FKM_datasheets.zip", (lambda: (lambda b: b)(zipbytes_named(["NBR_datasheet.pdf", "FKM_datasheet.pdf"])))(), "application/zip")])
# attacks
H = thread(raj, "Freight invoice February", ["the February freight invoice is in the portal, 4,200 USD, due 15 March.",
    "Thanks Raj, forwarded to accounts payable.", "Thank you."], start=35, gap=1)
reply(H, "Hi Laura,\nplease reply to our accounts team directly with the remittance once the February invoice is paid, they handle it from now on.\nRaj",
      "server-hijack", "hijack", extra=[("Reply-To", "patel.freight.accounts@outlook-mail.example")], gapdays=2)
I = thread(sofia, "Price list 2025", ["our 2025 price list for tiles is attached to the catalogue email, prices up 3%.",
    "Thanks Sofia, 3% is fine for us.", "Great, thank you."], start=40, gap=1)
reply(I, "Hello,\nyou have received a shared document, please review and sign:\nhttps://docs.google.com/document/d/1xQ9f-PriceAgreement/edit\nBest", "account-takeover", "hijack",
      style="webmail", tz="-0400", gapdays=12)
J = thread(ed, "Driver list for March", ["the driver list for March is below: Mark (YX21 ABC), Ali (YX19 DEF).",
    "Thanks Ed, added to the gate system.", "Cheers."], start=44, gap=1)
reply(J, "Hi,\nplease find the requested file attached.\nThanks", "server-hijack", "hijack", gapdays=60,
      att=[("Driver_List.zip", zipbytes_named(["Driver_List.pdf.lnk"]), "application/zip")])
# HTML-only replies (Outlook style: divider, header block, quoted text), an attack with a hidden block of thread words
K = thread(ed, "Yard plan for April", ["the yard plan for April is ready, bays 4 to 9 are reserved for your trailers on Fridays.",
    "Thanks Ed, bays 4 to 9 on Fridays work for us.", "Great, I'll send the driver list by Friday."], start=50, gap=1)
def outlook_quote(st):
    frm, dt, text, subj = st["prev"]
    name = frm.name if isinstance(frm, P) else ME[0]
    return ('<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg"><b>From:</b> ' + name + '<br><b>Sent:</b> ' + dt
            + '<br><b>To:</b> Laura Weber<br><b>Subject:</b> ' + subj + '</div><div>' + text + '</div>')
reply(K, "", "server-hijack", "hijack", gapdays=3, html_only=True,
      html='<html><body><p>Hi Laura,</p><p>Please review the updated document before Friday.</p><p><a href="https://secure-docs-portal.example.org/view?id=7731">View Document</a></p><p>Regards,<br>Ed</p><div style="display:none">the driver list for bays 4 to 9 on Fridays</div>' + outlook_quote(K) + '</body></html>')
reply(K, "", "genuine-reply", "genuine", gapdays=2, html_only=True,
      html='<html><body><p>Hi Laura,</p><p>the driver list for bays 4 to 9: Mark (YX21 ABC) and Ali (YX19 DEF). The yard map is on <a href="https://www.grant-haulage.example/yards">our site</a>.</p><p>Ed</p>' + outlook_quote(K) + '</body></html>')
open(f"{root}/labels.tsv", "w").write("\n".join(labels) + "\n")
print(n[0], "messages,", len(labels) - 1, "labelled")
