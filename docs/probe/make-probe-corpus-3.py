#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus-3.py OUT_DIR: homoglyph domain, SharePoint tenant look-alike, fake thread
# quoting real text, a CEO-fraud style spoof from a private-looking address; then eval as for the others.
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probegen import *  # noqa: E402,F401,F403

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
