#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus-headerless.py OUT_DIR: an old-Exchange-style mailbox whose replies carry no
# In-Reply-To/References ("-----Original Message-----" quotes), five threads, three attacks; then eval as for the others.
import os, sys, random, hashlib
root = sys.argv[1]; MB = "enr"
os.makedirs(f"{root}/mailboxes/{MB}/INBOX", exist_ok=True); os.makedirs(f"{root}/mailboxes/{MB}/Sent", exist_ok=True)
labels = ["mailbox\tmessage_id\tlabel\tkind"]; n = [0]
ME = ("Kay Marsh", "kay.marsh@energy-corp.example")
def mid(): return f"<{random.randint(10**7,10**8)}.{random.randint(10**12,10**13)}.JavaMail.mail@mailhost>"
def write(folder, frm, to, subj, date, body, label=None, extra=()):
    n[0] += 1; m = mid()
    h = [f"Message-ID: {m}", f"Date: {date}", f"From: {frm[1]}", f"To: {to[1]}", f"Subject: {subj}", "Mime-Version: 1.0",
         "Content-Type: text/plain; charset=us-ascii", "Content-Transfer-Encoding: 7bit", f"X-From: {frm[0]}", f"X-To: {to[0]}"] + list(extra)
    open(f"{root}/mailboxes/{MB}/{folder}/{n[0]}.eml", "w").write("\r\n".join(h + ["", body, ""]))
    if label: labels.append(f"{MB}\t{m}\t{label[0]}\t{label[1]}")
    return m
def orig(frm, date, to, subj, text):
    last, first = frm[0].split()[1], frm[0].split()[0]
    return f"\n\n -----Original Message-----\nFrom: \t{last}, {first}  \nSent:\t{date}\nTo:\t{to[0]}\nSubject:\t{subj}\n\n{text}"
random.seed(3)
people = [("Ben Jacobs", "ben.jacobs@energy-corp.example"), ("Sheila Tweedy", "sheila.tweedy@energy-corp.example"), ("Chris Boothe", "chris.boothe@energy-corp.example"),
          ("Lisa Billings", "lisa.billings@energy-corp.example"), ("Rose Engel", "rose.engel@energy-corp.example")]
topics = [("Turbine contract GE 7FA", ["Kay, attached is the latest draft of the GE turbine contract for the two 7FA units. Please look at the LDs in section 12.", "Ben, section 12 is fine, but the delivery date for unit 2 should be June 15, not June 1. I marked it up.", "Agreed on June 15. I will send the clean version to GE tomorrow.", "Thanks. Please copy Sheila on the GE version."]),
          ("Confidentiality agreement Calpine", ["Kay, Calpine sent back the CA with comments on the term. They want two years instead of three.", "Two years is acceptable if the non-solicit stays at one year.", "I'll tell them. Their counsel is Mark Stevens.", "Good, let me know when it is signed."]),
          ("Site lease Pastoria", ["Kay, the landowner at Pastoria wants the option payment in two installments.", "Fine with me if the second installment is due at financial close.", "They accepted, I'll update the option agreement.", "Send me the redline when ready."]),
          ("Guaranty for Northwestern", ["Kay, Northwestern needs the guaranty from our parent company by Friday for the transformer deal.", "I'll ask treasury, the cap should be 5 million.", "Treasury approved 5 million, the form is the standard one.", "Great, I'll get it signed."]),
          ("ESA closing checklist", ["Kay, here is the closing checklist for the ESA deal, items 4 and 7 are still open.", "Item 4 is done, the board resolution was signed yesterday.", "Item 7, the insurance certificate, comes next week.", "OK, we can close once the certificate is in."])]
day = 1
threads = []
for p, (subj, texts) in zip(people, topics):
    prev = None
    for i, t in enumerate(texts):
        frm, to = (p, ME) if i % 2 == 0 else (ME, p)
        date = f"Mon, {day} Oct 2000 {8+i:02d}:1{i}:00 -0700 (PDT)"; sdate = f"Monday, October {day:02d}, 2000 {8+i}:1{i} AM"
        body = t + (orig(prev[0], prev[1], prev[2], prev[3], prev[4]) if prev else "")
        write("INBOX" if frm == p else "Sent", frm, to, ("RE: " if i else "") + subj, date, body, label=("genuine", "genuine-reply") if i and frm == p else None)
        prev = (frm, sdate, to, ("RE: " if i else "") + subj, t)
        day += 1
    threads.append((p, subj, prev))
def attack(k, text, kind, frm=None, extra=()):
    p, subj, prev = threads[k]
    body = text + orig(prev[0], prev[1], prev[2], prev[3], prev[4])
    write("INBOX", frm or p, ME, "RE: " + prev[3].replace("RE: ", ""), f"Tue, 20 Mar 2001 02:3{k}:00 -0700 (PDT)", body, label=("hijack", kind), extra=extra)
attack(0, "Hello,\nplease review the attached document and confirm.\nhttp://energy-docs.secure-viewer.example/d/turbine.zip\nThanks", "account-takeover", extra=["X-Mailer: Microsoft Outlook Express 6.00.2800.1106"])
attack(2, "Kay,\nthe landowner has new banking details for the option payment, please wire the first installment to the account below today.\nBank: First Coastal, account 004412889, ABA 121000358\nChris", "lookalike-domain", frm=("Chris Boothe", "chris.boothe@energy-c0rp.example"))
attack(4, "Hi,\nsee the updated checklist here: http://bit.ly/2Kx9eSa\nRose", "server-hijack")
# genuine late reply, specific
p, subj, prev = threads[3]
write("INBOX", p, ME, "RE: " + subj, "Wed, 14 Mar 2001 10:00:00 -0800 (PST)", "Kay, Northwestern asked whether the 5 million guaranty can be extended to the second transformer order. Can you check with treasury?" + orig(prev[0], prev[1], prev[2], prev[3], prev[4]), label=("genuine", "genuine-reply"))
open(f"{root}/labels.tsv", "w").write("\n".join(labels) + "\n")
print(n[0], "messages")
