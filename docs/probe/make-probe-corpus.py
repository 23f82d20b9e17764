#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus.py OUT_DIR, then
#   java -jar inspector-app/target/threadguard.jar eval --corpus OUT_DIR --cache /tmp/probe.db --details /tmp/probe.tsv
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

ed = P("Ed Grant", "ed.grant@grant-haulage.example", "outlook", "+0000")
mia = P("Mia Jensen", "mia.jensen@nordic-parts.example", "gmail", "+0100")
raj = P("Raj Patel", "raj.patel@patel-freight.example", "tb", "+0530")
sofia = P("Sofia Marin", "sofia.marin@marin-import.example", "apple", "+0200")
tom = P("Tom Becker", "t.becker@becker-bau.example", "webmail", "+0100")
people = [ed, mia, raj, sofia, tom]
topics = [("Dock slots for the spring season", ["we need four dock slots per week at the York warehouse from March, ideally Tuesday and Thursday mornings.",
           "Tuesday works, Thursday mornings are full. Could Thursday afternoons at 2 pm work for your drivers?",
           "Thursday at 2 pm is fine. Please book slots 3 and 4 for us, trailers will be 13.6 m curtainsiders.",
           "Booked: slots 3 and 4 on Tuesday 8 am and Thursday 2 pm from 4 March. The gate code stays 4471.",
           "Thanks Laura. I'll send the driver list with plate numbers by Friday."]),
          ("Quote for bearings batch 2291", ["attached is our quote for the 2291 bearings batch: 4,000 units at 3.12 EUR, delivery in six weeks.",
           "Thanks Mia. Can you do 3.05 if we order 6,000 units and accept eight weeks?",
           "For 6,000 units and eight weeks I can do 3.04, valid until end of month.",
           "Agreed at 3.04 for 6,000 units. Our purchase order follows from procurement this week.",
           "Perfect, I will reserve the production slot for week 14."]),
          ("Container ETA Mumbai to Hamburg", ["container MSKU 7721 left Nhava Sheva yesterday, ETA Hamburg 21 February.",
           "Thanks Raj. Is the customs pre-declaration done, or should our broker file it?",
           "Our agent filed the ENS yesterday, your broker only needs to clear import on arrival.",
           "Good, I have passed the ETA and the ENS reference to our broker.",
           "Vessel is on schedule, I'll update you if the Suez routing changes."]),
          ("Samples of the new ceramic tiles", ["we shipped the ceramic tile samples in the 30x60 format, tracking 1Z 889 22 1.",
           "The samples arrived, the matt grey is what our client wants. Do you have it in 60x120 too?",
           "Yes, 60x120 is available in matt grey, minimum order one pallet of 48 m2.",
           "Great, please hold two pallets for us until our client confirms next week.",
           "Holding two pallets of 60x120 matt grey until Friday next week."]),
          ("Scaffolding for the Leipzig site", ["we can deliver the scaffolding for Leipzig on Monday, 420 m2 facade scaffold.",
           "Monday is good. The site entrance is from Brühl street, the crane is there until noon.",
           "Our truck will be there at 7 am so we can use the crane before noon.",
           "Perfect, the site manager Jonas will meet your driver at the gate.",
           "Thanks, the crew of four will start assembly right after unloading."])]
states = []
for i, p in enumerate(people):
    states.append(thread(p, topics[i][0], topics[i][1], start=i * 3, gap=2))
# second thread per person (for history), no attack
more = ["the invoice for January deliveries is in the portal as usual, due in 30 days.", "Thanks, I have forwarded it to accounting.",
        "Accounting confirmed receipt, payment run is on the 25th."]
states2 = [thread(p, "January invoice " + p.name.split()[1], more, start=20 + i, gap=1) for i, p in enumerate(people)]
# ---- genuine hard cases ----
# G1: same sender, phone client, short specific reply
reply(states[0], "Sent from my phone: slots confirmed for Thursday 2 pm, thanks.\nEd", "genuine-reply", "genuine", style="apple", gapdays=2)
# G2: file-sharing link in a thread where the partner shares a SharePoint link normally
st = thread(mia, "Drawings for bearing housings", ["the drawings for the housings are on our SharePoint: https://nordicparts.sharepoint.com/sites/eng/drawings/H-2291",
            "Got them, thanks. Revision C shows a 52 mm bore, is that final?", "Yes, revision C is final, 52 mm bore."], start=40)
reply(st, "Hi Laura,\nrevision D with the corrected tolerances for the 52 mm bore is in the same folder: https://nordicparts.sharepoint.com/sites/eng/drawings/H-2291-D\nMia", "genuine-reply", "genuine", gapdays=2)
# G3: thread revived after 7 months, specific
reply(states[4], "Hi Laura,\npicking this up again for the autumn: can we use the same Brühl street entrance and crane slot for the dismantling on 14 October?\nTom", "genuine-reply", "genuine", gapdays=210)
# G4: new colleague from partner domain joins, specific
colleague = P("Nina Grant", "nina.grant@grant-haulage.example", "outlook", "+0000")
reply(states2[0], "Hi Laura,\nI'm taking over the invoicing from Ed. The January invoice is paid, thanks; February's follows on 3 March.\nNina", "genuine-reply", "genuine", frm=colleague)
# G5: payment details question genuine (no change)
reply(states2[1], "Hi Laura,\nquick check: the payment run on the 25th covers both January invoices (2291-01 and 2291-02)?\nMia", "genuine-reply", "genuine")
# ---- attacks ----
# A1 Emotet-style display-name spoof, full quote, encrypted zip + password
reply(states[1], "Hello,\nplease see the attached documents regarding your order.\nThe archive password is: 7741\nThank you", "display-name-spoof", "hijack",
      frm=f"Mia Jensen <billing@bakery-sonnenschein.example>", style="webmail", att=[("Order_0412.zip", zipbytes("Order_0412.doc.js", True), "application/zip")])
# A2 Qakbot-style takeover: exact address, webmail client instead of gmail, other tz, link to zip on compromised WP site
reply(states[2], "Good morning,\nas discussed, here is the file you requested:\nhttps://greenfield-dental.example/wp-content/uploads/2025/02/Doc_1102.zip\nThanks", "account-takeover", "hijack",
      style="webmail", tz="-0500", gapdays=30)
# A3 SquirrelWaffle: exact address and own server headers, German text in English thread, link to zip
reply(states[3], "Guten Tag,\nanbei erhalten Sie die angeforderten Unterlagen zur Ansicht:\nhttps://cdn-files-store.example/view/Unterlagen_2025.zip\nMit freundlichen Grüßen", "server-hijack", "hijack", gapdays=3)
# A4 lookalike domain, payment diversion with context, no link
fake = P("Ed Grant", "ed.grant@grant-hau1age.example", "outlook", "+0000")
reply(states2[0], "Hi Laura,\nbefore the payment run on the 25th: our bank has changed after the merger with our parent company, so please use the new account below for the January invoice and all future payments.\nBeneficiary: Grant Haulage Ltd\nIBAN: GB33 BUKB 2020 1555 5555 55\nPlease confirm once updated.\nBest regards\nEd", "lookalike-domain", "hijack", frm=fake)
# A5 fake thread: stranger, RE: subject without headers to anything, fabricated quote
n[0] += 1
m5 = "<" + hashlib.md5(b"a5").hexdigest() + "@promo-mailer.example>"
open(f"{root}/mailboxes/{MB}/INBOX/{n[0]}.eml", "w").write("\r\n".join([
  "From: Daniel Brooks <d.brooks@lead-partners.example>", f"To: {ME[0]} <{ME[1]}>", "Subject: RE: Pending invoice approval",
  "Date: Tue, 11 Mar 2025 08:12:00 +0000", f"Message-ID: {m5}", "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "",
  "Hi Laura,\nfollowing up on my message below, the invoice is still waiting for your approval. Please review it here:\nhttps://approve-docs.example/inv/7781\nThanks\nDaniel\n\n-----Original Message-----\nFrom: Daniel Brooks\nSent: Monday, March 3, 2025 10:02 AM\nTo: Laura Weber\nSubject: Pending invoice approval\n\nHi Laura, please approve the attached invoice at your earliest convenience.", ""]))
labels.append(f"{MB}\t{m5}\thijack\tfake-thread")
# A6 server hijack: OneNote attachment, same headers, short text, in a dormant thread
reply(states[4], "Hi,\nthe updated site plan is attached, double click to view.\nRegards", "server-hijack", "hijack", gapdays=120,
      att=[("SitePlan_Leipzig.one", b"\xe4\x52\x5c\x7b\x8c\xd8\xa7\x4d" + os.urandom(400), "application/octet-stream")])
# A7 takeover with HTML link whose text shows the partner's own domain
reply(states2[2], "Hi Laura,\nthe corrected invoice is available in our portal: portal.patel-freight.example/invoices\nRaj",
      "account-takeover", "hijack", style="outlook", tz="+0000",
      html='<p>Hi Laura,</p><p>the corrected invoice is available in our portal: <a href="https://patel-freight-portal.example-login.com/inv">portal.patel-freight.example/invoices</a></p><p>Raj</p>')
# A8 Spanish-speaking partner, hijack in English generic, HTML attachment
reply(states2[3], "Dear customer,\nkindly check the attached remittance advice and confirm receipt.\nBest regards", "server-hijack", "hijack",
      att=[("Remittance_Advice.htm", b"<html><body><script>document.location='https://x.example/'</script></body></html>", "text/html")])
# A9 takeover ISO attachment after long silence, another tz
reply(states2[4], "Hello Laura,\nplease find the requested documents in the attachment.\nKind regards", "account-takeover", "hijack",
      style="outlook", tz="+0300", gapdays=95, att=[("Documents_2025.iso", b"\x00" * 32768 + b"\x01CD001" + os.urandom(200), "application/octet-stream")])
# A10 reply-all hijack that changes recipients to an external address + shortener link
reply(states[0], "Hi all,\nthe new driver list is here, please check before Friday: https://bit.ly/3xKq9Zt\nEd", "account-takeover", "hijack",
      style="webmail", tz="+0100", to=[ME, ("Accounts", "accounts@acme-industrie-payments.example")], gapdays=9)
open(f"{root}/labels.tsv", "w").write("\n".join(labels) + "\n")
print(n[0], "messages,", len(labels) - 1, "labelled")
