#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus-4.py OUT_DIR: German, Spanish and Dutch threads, two attacks, three genuine replies;
# then eval as for the others.
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probegen import *  # noqa: E402,F401,F403

anna = P("Anna Schmidt", "anna.schmidt@nordhafen-logistik.example", "tb", "+0100", "de")
carmen = P("Carmen Ruiz", "carmen.ruiz@aceites-ruiz.example", "outlook", "+0100", "es")
joost = P("Joost Bakker", "joost@bakker-transport.example", "gmail", "+0100", "nl")
A = thread(anna, "Lieferung Hamburg KW 14", ["die 18 Paletten für Hamburg gehen in KW 14 raus, Abholung am Dienstag um 7 Uhr.",
    "Danke Anna, Rampe 3 ist für Dienstag reserviert.", "Prima, der Fahrer heißt Jens und meldet sich am Tor.", "Alles klar, ich gebe dem Lager Bescheid."], start=0, gap=1)
B = thread(carmen, "Pedido 4512 aceite de oliva", ["el pedido 4512 de 600 litros de aceite sale el lunes desde Jaén.",
    "Gracias Carmen, ¿podéis entregar en el almacén de Valencia?", "Sí, Valencia sin problema, llegada el miércoles.", "Perfecto, aviso al almacén."], start=6, gap=1)
C = thread(joost, "Transport Rotterdam week 15", ["de container voor Rotterdam is geboekt voor week 15, terminal ECT Delta.",
    "Dank je Joost, de douanepapieren volgen morgen.", "Top, ik heb ze ontvangen.", "Mooi, dan is alles rond."], start=12, gap=1)
reply(A, "Guten Tag,\nbitte sehen Sie sich das Dokument im Anhang an. Das Passwort lautet: 2024\nMit freundlichen Grüßen", "server-hijack", "hijack", gapdays=2,
      att=[("Dokument_0412.zip", zipbytes_named(["Dokument.pdf.js"]), "application/zip")])
reply(B, "Estimado cliente,\nadjunto el enlace a la factura pendiente, por favor realice el pago hoy:\nhttps://facturas-online-portal.example/f/4512\nSaludos", "account-takeover", "hijack",
      style="webmail", tz="-0300", gapdays=20)
reply(A, "Hallo Laura,\nanbei die Rechnung für die 18 Paletten aus KW 14, zahlbar wie immer in 30 Tagen.\nViele Grüße\nAnna", "genuine-reply", "genuine", gapdays=1,
      att=[("Rechnung_KW14.pdf", b"%PDF-1.4\n" + os.urandom(700), "application/pdf")])
reply(B, "Hola Laura,\nperfecto, gracias. El camión llega el miércoles a Valencia sobre las 9.\nCarmen", "genuine-reply", "genuine", gapdays=1)
reply(C, "Hoi Laura,\nde foto's van de lading in Rotterdam staan hier: https://we.tl/t-8Qk2LmR1\nGroet, Joost", "genuine-reply", "genuine", gapdays=2)
open(f"{root}/labels.tsv", "w").write("\n".join(labels) + "\n")
print(n[0], "messages,", len(labels) - 1, "labelled")
