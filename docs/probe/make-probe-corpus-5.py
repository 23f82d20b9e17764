#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus-5.py OUT_DIR: payloads inside documents and behind redirects.
# Attacks: a one-page PDF whose button leads to a zip (Qakbot 2023), from the partner's own server and from a
# taken-over account; a link sent through Google's redirect in a thread that always shared Google Docs links.
# Genuine: a partner's PDF invoice linking to their own site, a PDF paper citing many sites, a Google Docs link.
import os
import sys
import zlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probegen import *  # noqa: E402,F401,F403


def pdf(*uris):
    """A small PDF whose link annotations sit in a Flate-compressed object stream, as modern writers save them."""
    annots = "".join(f"<< /Type /Annot /Subtype /Link /Rect [72 600 300 640] /A << /S /URI /URI ({u}) >> >>\n" for u in uris)
    os_data = zlib.compress(annots.encode("latin-1"))
    content = zlib.compress(b"BT /F1 24 Tf 72 620 Td (Open) Tj ET")
    out = (b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
           b"3 0 obj\n<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>\nendobj\n"
           + f"4 0 obj\n<< /Length {len(content)} /Filter /FlateDecode >>\nstream\n".encode() + content + b"\nendstream\nendobj\n"
           + f"5 0 obj\n<< /Type /ObjStm /N {len(uris)} /First 0 /Length {len(os_data)} /Filter /FlateDecode >>\nstream\n".encode()
           + os_data + b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
    return out


kim = P("Kim Larsen", "kim.larsen@larsen-shipping.example", "outlook", "+0100")
ana = P("Ana Costa", "ana.costa@costa-textil.example", "gmail", "+0000", "pt")
ben = P("Ben Hughes", "ben.hughes@hughes-print.example", "tb", "+0000")
A = thread(kim, "Container booking Aarhus", ["the two containers for Aarhus are booked on the Thursday vessel, cut-off Wednesday noon.",
    "Thanks Kim, the goods will be at your Hamburg depot on Tuesday.", "Good, depot slot 4 is reserved for you on Tuesday morning.",
    "Perfect, our driver will be there at 8."], start=0, gap=1)
B = thread(ana, "Amostras de tecido outono", ["as amostras da coleção de outono seguem hoje por correio, 24 cores no total.",
    "Obrigada Ana, vamos avaliar as cores com a equipa de design na sexta.", "Ótimo, fico a aguardar o vosso feedback.",
    "Enviamos o feedback na segunda-feira."], start=5, gap=1)
C = thread(ben, "Catalogue print proofs", [
    "the proofs of the spring catalogue are ready for review: https://docs.google.com/document/d/1xQ7pRcat4L0gProofs/edit",
    "Thanks Ben, page 14 needs the new price list, I added comments in the document.",
    "Done, updated page 14: https://docs.google.com/document/d/1xQ7pRcat4L0gProofs/edit#page=14",
    "Looks good now, thanks."], start=10, gap=1)
reply(A, "Hello,\nplease review the attached document and confirm today.\nBest regards", "server-hijack", "hijack", gapdays=2,
      att=[("Document_0923.pdf", pdf("https://cdn.hollowfern-storage.example/get/Document_0923.zip"), "application/pdf")])
reply(B, "Olá,\nsegue em anexo o documento, por favor verifique.\nCumprimentos", "account-takeover", "hijack",
      style="webmail", tz="-0500", gapdays=3,
      att=[("Fatura_2291.pdf", pdf("https://share.quartz-dropbox.example/d/Fatura_2291"), "application/pdf")])
reply(C, "Hi,\nplease see the final version here:\nhttps://www.google.com/url?q=https://catalogue-preview.mossbank-docs.example/v/spring&sa=D\nThanks",
      "server-hijack", "hijack", gapdays=2)
reply(A, "Hi Laura,\nattached is the invoice for the Aarhus containers, payable in 30 days as agreed.\nKind regards\nKim", "genuine-reply",
      "genuine", gapdays=1,
      att=[("Invoice_Aarhus_containers.pdf", pdf("https://www.larsen-shipping.example/terms"), "application/pdf")])
reply(B, "Olá Laura,\nem anexo o estudo sobre as fibras da coleção de outono que referi, com as fontes no fim.\nAna", "genuine-reply", "genuine",
      gapdays=1, att=[("estudo-fibras-outono.pdf", pdf("https://doi.example.org/10.1000/77", "https://www.textile-journal.example/a/12",
                                                         "https://standards.example.net/iso-105", "https://uni-lab.example.edu/fibres"), "application/pdf")])
reply(C, "Hi Laura,\nthe print shop confirmed the paper stock, details here: https://docs.google.com/document/d/1xQ7pRcat4L0gProofs/edit#page=2\nBen",
      "genuine-reply", "genuine", gapdays=1)
open(f"{root}/labels.tsv", "w").write("\n".join(labels) + "\n")
print(n[0], "messages,", len(labels) - 1, "labelled")
