#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus.py OUT_DIR, then
#   java -jar inspector-app/target/threadguard.jar eval --corpus OUT_DIR --cache /tmp/probe.db --details /tmp/probe.tsv
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probegen import *  # noqa: E402,F401,F403

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
