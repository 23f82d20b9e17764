#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus-2.py OUT_DIR (genuine hard cases, three attacks, and an HTML-only pair), then eval as for make-probe-corpus.py
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probegen import *  # noqa: E402,F401,F403

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
