#!/usr/bin/env python3
"""Writes imap-connector/src/test/resources/fixtures/threads/<case>/ (INBOX/, Sent/, expect.properties).

Run from anywhere:  python3 imap-connector/src/test/fixtures-gen/generate.py
All people, companies and domains are invented; only reserved names (.example, .test) are used.
"""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailgen import Gen, Person, Attachment, tz, pdf_bytes, zip_bytes, onenote_bytes, docx_like_bytes  # noqa: E402
import bases  # noqa: E402
from bases import D  # noqa: E402

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "fixtures", "threads")
H = dt.timedelta(hours=1)
DAY = dt.timedelta(days=1)
CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def gen(name, owner):
    return Gen(ROOT, name, owner, "mx1." + owner.domain)


def after(m, delta, who):
    return (m.date + delta).astimezone(who.offset)


# ============================================================== FAKE_REPLY

def es_stranger_fake(g):
    c, o, msgs = bases.base_es(g)
    last = msgs[-1]
    stranger = Person("Lucía Ortega", "l.ortega.admin@marmoles-vega.test", "phpmailer", "es", tz(1),
                      out_host="srv42.hosting-rapido.test", selector="", dkim_domain="", client_ip="198.51.100.77")
    quote = ("\n\nEl vie, 30 ene 2026 a las 11:02, Lucía Ortega (<lucia.ortega@carpinteria-ortega.example>) escribió:\n"
             "> Hola Marta, como acordamos le adjunto la factura pendiente del pedido de herrajes.\n"
             "> Por favor confirme la recepción y proceda con el pago esta semana.\n"
             "> Un saludo, Lucía")
    return c, o, last, stranger, quote


@case
def fake_reply_stranger_with_invented_quote():
    g = gen("fake-reply-stranger-invented-quote-es", bases.owner_es())
    c, o, last, stranger, quote = es_stranger_fake(g)
    m = g.add("INBOX", stranger, [o], "RE: Presupuesto ventanas calle Almendro", after(last, 2 * DAY, stranger),
              "Hola Marta,\n\nle reenvío la factura que quedó pendiente. Por favor revise el documento adjunto y "
              "confirme hoy mismo.\n\nUn saludo", quote=True, quote_text=quote,
              attachments=[Attachment("Factura_0219.pdf", "application/pdf", pdf_bytes("Factura 0219", ["Importe 2.480,00 EUR"]))])
    g.write({"message": m.msgid, "codes": "FAKE_REPLY", "flagged": "true"})


@case
def fake_reply_twin_genuine_reply_with_headers():
    g = gen("fake-reply-twin-genuine-reply-with-headers-es", bases.owner_es())
    c, o, msgs = bases.base_es(g)
    last = msgs[-1]
    m = g.add("INBOX", c, [o], "Re: Presupuesto ventanas calle Almendro", after(last, DAY + 3 * H, c),
              "Hola Marta:\n\ngracias por preguntar al administrador. Si la comunidad no pide permiso para el andamio, "
              "instalamos las ventanas del salón el lunes y las demás el martes.\n\nUn saludo,\nLucía", parent=last)
    g.write({"message": m.msgid, "absent": "FAKE_REPLY", "verdict": "consistent"})


# ============================================================== PARENT_MISMATCH

def nl_two_threads(g):
    c, o, msgs = bases.base_nl(g)
    # a second, unrelated conversation with the same correspondent
    other = g.add("INBOX", c, [o], "Contributie zeilclub 2026", D(2026, 2, 25, 20, 5, tzinfo=tz(1)),
                  "Hoi Eva,\n\nnamens het bestuur van de zeilclub: de contributie voor 2026 is vastgesteld op "
                  "honderdtwintig euro per boot. De ledenvergadering is op de derde vrijdag van maart in het "
                  "clubhuis.\n\nGroet,\nRuud")
    return c, o, msgs, other


@case
def parent_mismatch_references_span_two_threads():
    g = gen("parent-mismatch-references-two-threads-nl", bases.owner_nl())
    c, o, msgs, other = nl_two_threads(g)
    last = msgs[-1]
    m = g.add("INBOX", c, [o], "Re: Reparatie grootzeil en fok Zwaluw", after(other, DAY, c),
              "Hoi Eva,\n\nnog een vraag over de zeilen: kan het grootzeil ook een extra reefrij krijgen? Dan hoef ik "
              "bij harde wind niet meteen de fok te wisselen.\n\nGroet,\nRuud", parent=last,
              references=list(last.references) + [last.msgid, other.msgid], in_reply_to=other.msgid)
    g.write({"message": m.msgid, "codes": "PARENT_MISMATCH"})


@case
def parent_mismatch_twin_consistent_references():
    g = gen("parent-mismatch-twin-consistent-references-nl", bases.owner_nl())
    c, o, msgs, other = nl_two_threads(g)
    last = msgs[-1]
    m = g.add("INBOX", c, [o], "Re: Reparatie grootzeil en fok Zwaluw", after(other, DAY, c),
              "Hoi Eva,\n\nnog een vraag over de zeilen: kan het grootzeil ook een extra reefrij krijgen? Dan hoef ik "
              "bij harde wind niet meteen de fok te wisselen.\n\nGroet,\nRuud", parent=last)
    g.write({"message": m.msgid, "absent": "PARENT_MISMATCH", "verdict": "consistent"})


@case
def parent_mismatch_outlook_thread_index_of_another_conversation():
    g = gen("parent-mismatch-outlook-thread-index-other-conversation-pt", bases.owner_pt())
    c, o, msgs = bases.base_pt(g)
    last = msgs[-1]
    import base64
    foreign = base64.b64encode(bytes([0x01, 0xdc, 0x91, 0x3a, 0x77, 0x10]) + bytes(range(40, 56))
                               + bytes([0x1f, 0x22, 0x03, 0x44, 0x50])).decode()
    m = g.add("INBOX", c, [o], "RE: Rolhas tinto 2023", after(last, 6 * H, c), PT_REPLY, parent=last,
              thread_index=foreign)
    g.write({"message": m.msgid, "codes": "PARENT_MISMATCH"})


# ============================================================== DISPLAY_NAME_SPOOF

FR_REPLY = ("Bonjour Hugo,\n\nbien noté pour le quai numéro deux vendredi. Notre chauffeur arrivera vers dix heures "
            "avec les palettes de catalogues.\n\nBien à vous,\nCamille")


@case
def display_name_spoof_known_name_foreign_address():
    g = gen("display-name-spoof-known-name-foreign-address-fr", bases.owner_fr())
    c, o, msgs = bases.base_fr(g)
    last = msgs[-1]
    spoof = Person("Camille Lefèvre", "contact@gite-les-tilleuls.test", "roundcube", "fr", tz(1),
                   out_host="webmail.gite-les-tilleuls.test", selector="default", client_ip="198.51.100.23")
    m = g.add("INBOX", spoof, [o], "Re: Catalogue printemps - planning impression", after(last, 5 * H, spoof),
              FR_REPLY, parent=last)
    g.write({"message": m.msgid, "codes": "DISPLAY_NAME_SPOOF"})


@case
def display_name_spoof_twin_private_address_reply_to_work():
    g = gen("display-name-spoof-twin-private-address-reply-to-work-fr", bases.owner_fr())
    c, o, msgs = bases.base_fr(g)
    last = msgs[-1]
    home = Person("Camille Lefèvre", "camille.lefevre@courriel-perso.example", "apple", "fr", tz(1),
                  out_host="smtp.courriel-perso.example", selector="k1", client_ip="192.168.1.12")
    m = g.add("INBOX", home, [o], "Re: Catalogue printemps - planning impression", after(last, 5 * H, home),
              FR_REPLY, parent=last, reply_to=c)
    g.write({"message": m.msgid, "absent": "DISPLAY_NAME_SPOOF,REPLY_TO_DIVERT", "verdict": "consistent"})


# ============================================================== LOOKALIKE_DOMAIN

DE_REPLY = ("Hallo Herr Keller,\n\ndanke für die Rückmeldung. Herr Brandt hat die Laufräder und die Steuerleitung "
            "schon im Wagen, er ist am Dienstag pünktlich um sieben Uhr bei Ihnen in Halle 3.\n\n"
            "Mit freundlichen Grüßen\nSabine Lindner")


@case
def lookalike_domain_one_letter_changed():
    g = gen("lookalike-domain-one-letter-changed-de", bases.owner_de())
    c, o, msgs = bases.base_de(g)
    last = msgs[-1]
    fake = c.variant(email="s.lindner@kranbau-lindmer.example", out_host="mail.kranbau-lindmer.example",
                     dkim_domain="kranbau-lindmer.example", client_ip="10.9.9.9")
    m = g.add("INBOX", fake, [o], "AW: Ersatzteile Hallenkran Halle 3", after(last, 20 * H, fake), DE_REPLY, parent=last)
    g.write({"message": m.msgid, "codes": "LOOKALIKE_DOMAIN"})


@case
def lookalike_domain_twin_real_domain():
    g = gen("lookalike-domain-twin-real-domain-de", bases.owner_de())
    c, o, msgs = bases.base_de(g)
    last = msgs[-1]
    m = g.add("INBOX", c, [o], "AW: Ersatzteile Hallenkran Halle 3", after(last, 20 * H, c), DE_REPLY, parent=last)
    g.write({"message": m.msgid, "absent": "LOOKALIKE_DOMAIN", "verdict": "consistent"})


# ============================================================== NEW_SENDER

@case
def new_sender_outsider_answers_in_thread():
    g = gen("new-sender-outsider-answers-in-thread-it", bases.owner_it())
    c, o, msgs = bases.base_it(g)
    last = msgs[-1]
    driver = Person("Marco Gentile", "m.gentile@trasporti-gentile.example", "gmail", "it", tz(2),
                    out_host="mail-qk1-f170.google.com", selector="google", client_ip="2a00:1450:4864:20::1aa")
    m = g.add("INBOX", driver, [o], "Re: Fornitura carta volume ville medicee", after(last, 20 * H, driver),
              "Buongiorno,\n\nsono l'autista del corriere della cartiera: giovedì arrivo in via dei Tintori verso le "
              "otto con i bancali di carta. Il camion è alto tre metri e mezzo, passa dal portone?\n\nMarco Gentile",
              parent=last, cc=[c])
    g.write({"message": m.msgid, "codes": "NEW_SENDER"})


# ============================================================== REPLY_TO_DIVERT

EN_REPLY = ("Hi Rachel,\n\nSaturday morning is confirmed. The driver will also bring the shade guide Dr Shah asked "
            "for, please hand back the old one.\n\nThanks,\nDaniel")


@case
def reply_to_divert_outside_domain():
    g = gen("reply-to-divert-outside-domain-en", bases.owner_en())
    c, o, msgs = bases.base_en(g)
    last = msgs[-1]
    m = g.add("INBOX", c, [o], "Re: Crown case 2611 - shade and delivery", after(last, 4 * H, c), EN_REPLY,
              parent=last, reply_to=Person("Daniel Price", "dprice.accounts@quickmail-box.test", "gmail", "en", tz(0)))
    g.write({"message": m.msgid, "codes": "REPLY_TO_DIVERT"})


@case
def reply_to_divert_twin_shared_mailbox_same_company():
    g = gen("reply-to-divert-twin-shared-mailbox-same-company-en", bases.owner_en())
    c, o, msgs = bases.base_en(g)
    last = msgs[-1]
    m = g.add("INBOX", c, [o], "Re: Crown case 2611 - shade and delivery", after(last, 4 * H, c), EN_REPLY,
              parent=last, reply_to=Person("Coastline Lab Dispatch", "dispatch@coastline-lab.example", "gmail", "en", tz(0)))
    g.write({"message": m.msgid, "absent": "REPLY_TO_DIVERT", "verdict": "consistent"})


# ============================================================== CLIENT_DRIFT

PT_REPLY = ("Bom dia Inês,\n\nobrigado pela indicação do portão de baixo. O motorista chega na quinta-feira por volta "
            "das dez horas com as seis caixas de rolhas.\n\nCumprimentos,\nRui Matos")


@case
def client_drift_other_client_and_host():
    g = gen("client-drift-other-client-and-host-pt", bases.owner_pt())
    c, o, msgs = bases.base_pt(g)
    last = msgs[-1]
    other = c.variant(client="roundcube", out_host="webmail.alojamento-barato.test", selector="rc2026",
                      dkim_domain="alojamento-barato.test", offset=tz(3), client_ip="198.51.100.140")
    m = g.add("INBOX", other, [o], "RE: Rolhas tinto 2023", after(last, 6 * H, other), PT_REPLY, parent=last)
    g.write({"message": m.msgid, "codes": "CLIENT_DRIFT"})


@case
def client_drift_twin_client_version_upgrade():
    g = gen("client-drift-twin-client-version-upgrade-pt", bases.owner_pt())
    c, o, msgs = bases.base_pt(g)
    last = msgs[-1]
    upgraded = c.variant(version="16.0.18429")
    m = g.add("INBOX", upgraded, [o], "RE: Rolhas tinto 2023", after(last, 6 * H, upgraded), PT_REPLY, parent=last)
    g.write({"message": m.msgid, "absent": "CLIENT_DRIFT", "verdict": "consistent"})


# ============================================================== NOVEL_LINK_DOMAIN

@case
def novel_link_domain_download_on_unknown_host():
    g = gen("novel-link-domain-download-on-unknown-host-fr", bases.owner_fr())
    c, o, msgs = bases.base_fr(g)
    last = msgs[-1]
    m = g.add("INBOX", c, [o], "Re: Catalogue printemps - planning impression", after(last, 3 * H, c),
              "Bonjour Hugo,\n\nvoici le bon de livraison à télécharger :\n"
              "https://docs-partage.imprimerie-cloud.test/bl/BL-0314.zip\n\nBien à vous,\nCamille", parent=last)
    g.write({"message": m.msgid, "codes": "NOVEL_LINK_DOMAIN"})


@case
def novel_link_domain_twin_link_to_known_site():
    g = gen("novel-link-domain-twin-link-to-known-site-fr", bases.owner_fr())
    c, o, msgs = bases.base_fr(g)
    last = msgs[-1]
    m = g.add("INBOX", c, [o], "Re: Catalogue printemps - planning impression", after(last, 3 * H, c),
              "Bonjour Hugo,\n\nvous pouvez suivre la livraison des catalogues sur notre espace client :\n"
              "https://suivi.atelier-dumont.example/livraisons/BL-0314\n\nBien à vous,\nCamille", parent=last)
    g.write({"message": m.msgid, "absent": "NOVEL_LINK_DOMAIN", "verdict": "consistent"})


# ============================================================== RISKY_ATTACHMENT

def es_pdf_thread(g):
    def att_c(i):
        return [Attachment("Presupuesto_Almendro_v%d.pdf" % (i + 1), "application/pdf",
                           pdf_bytes("Presupuesto Almendro", ["Ventanas de madera", "Version %d" % (i + 1)]))]
    c = bases.ortega()
    return bases.converse(g, c, g.owner, "Presupuesto ventanas calle Almendro", [
        "Hola Marta:\n\nte adjunto el presupuesto de las ventanas de madera para la reforma del piso de la calle "
        "Almendro. Son seis ventanas de pino con doble acristalamiento y las contraventanas del salón.\n\nUn saludo,\nLucía",
        "Hola Marta:\n\nadjunto la versión con roble para las dos ventanas del salón; el precio sube unos trescientos "
        "euros. Necesito las medidas del hueco del balcón antes del viernes.\n\nUn saludo,\nLucía",
        "Hola Marta:\n\nte mando la versión final del presupuesto con las medidas del balcón. Las ventanas estarán "
        "listas a mediados de marzo y la instalación lleva dos días.\n\nUn saludo,\nLucía"], [
        "Hola Lucía:\n\nmuchas gracias. ¿Sería posible hacer las dos ventanas del salón en roble? El cliente prefiere "
        "una madera más oscura.\n\nSaludos,\nMarta",
        "Hola Lucía:\n\nel hueco del balcón mide 142 por 218 centímetros. Adelante con el roble para el salón.\n\n"
        "Saludos,\nMarta",
        "Hola Lucía:\n\nestupendo, el cliente firma el presupuesto esta semana.\n\nSaludos,\nMarta"],
        D(2026, 1, 19, 9, 5, tzinfo=tz(1)), 2, attach_c=att_c)


@case
def risky_attachment_script_in_zip():
    g = gen("risky-attachment-script-in-zip-es", bases.owner_es())
    c, o, msgs = es_pdf_thread(g)
    last = msgs[-1]
    z = zip_bytes([("Presupuesto_Almendro_firmado.pdf.js", b"var x = 'inert fixture payload';\n")])
    m = g.add("INBOX", c, [o], "Re: Presupuesto ventanas calle Almendro", after(last, DAY, c),
              "Hola Marta:\n\nte adjunto el presupuesto firmado por el taller, en un archivo comprimido porque pesa "
              "mucho.\n\nUn saludo,\nLucía", parent=last,
              attachments=[Attachment("Presupuesto_Almendro_firmado.zip", "application/zip", z)])
    g.write({"message": m.msgid, "codes": "RISKY_ATTACHMENT"})


@case
def risky_attachment_twin_pdf_as_always():
    g = gen("risky-attachment-twin-pdf-as-always-es", bases.owner_es())
    c, o, msgs = es_pdf_thread(g)
    last = msgs[-1]
    m = g.add("INBOX", c, [o], "Re: Presupuesto ventanas calle Almendro", after(last, DAY, c),
              "Hola Marta:\n\nte adjunto el presupuesto firmado por el taller, con las ventanas de roble del salón y "
              "las medidas del balcón.\n\nUn saludo,\nLucía", parent=last,
              attachments=[Attachment("Presupuesto_Almendro_firmado.pdf", "application/pdf",
                                      pdf_bytes("Presupuesto Almendro firmado", ["Roble salon", "142 x 218"]))])
    g.write({"message": m.msgid, "absent": "RISKY_ATTACHMENT", "verdict": "consistent"})


# ============================================================== QUOTE_MISMATCH

@case
def quote_mismatch_altered_quote():
    g = gen("quote-mismatch-altered-quote-de", bases.owner_de())
    c, o, msgs = bases.base_de(g)
    last = msgs[-1]
    altered = ("\n________________________________\nVon: Jonas Keller <jonas.keller@falkenried-technik.example>\n"
               "Gesendet: Donnerstag, 5. Februar 2026 14:02\nAn: Sabine Lindner <s.lindner@kranbau-lindner.example>\n"
               "Betreff: Re: Ersatzteile Hallenkran Halle 3\n\nHallo Frau Lindner,\n\n"
               "bitte schicken Sie uns die Rechnung für die Laufräder vorab, wir überweisen den Betrag noch vor dem "
               "Einbau auf das Konto, das Sie uns nennen. Die Buchhaltung wartet nur noch auf Ihre Angaben.\n\n"
               "Viele Grüße\nJonas Keller")
    m = g.add("INBOX", c, [o], "AW: Ersatzteile Hallenkran Halle 3", after(last, 20 * H, c), DE_REPLY,
              parent=last, quote_text=altered)
    g.write({"message": m.msgid, "codes": "QUOTE_MISMATCH"})


@case
def quote_mismatch_twin_faithful_quote():
    g = gen("quote-mismatch-twin-faithful-quote-de", bases.owner_de())
    c, o, msgs = bases.base_de(g)
    last = msgs[-1]
    m = g.add("INBOX", c, [o], "AW: Ersatzteile Hallenkran Halle 3", after(last, 20 * H, c), DE_REPLY, parent=last)
    g.write({"message": m.msgid, "absent": "QUOTE_MISMATCH", "verdict": "consistent"})


# ============================================================== DORMANT_THREAD

IT_LATE = ("Buongiorno Paolo,\n\nriprendo questo scambio sulla carta patinata: i bancali di carta da 150 grammi sono "
           "stati consegnati in via dei Tintori, e la copertina da 170 grammi è arrivata da Fabriano. Vi servono "
           "altri fogli per la ristampa del volume sulle ville medicee?\n\nCordiali saluti,\nGiulia Ferri")


@case
def dormant_thread_wakes_after_months():
    g = gen("dormant-thread-wakes-after-months-it", bases.owner_it())
    c, o, msgs = bases.base_it(g)
    last = msgs[-1]
    m = g.add("INBOX", c, [o], "Re: Fornitura carta volume ville medicee", after(last, 130 * DAY, c), IT_LATE,
              parent=last)
    g.write({"message": m.msgid, "codes": "DORMANT_THREAD"})


@case
def dormant_thread_twin_slow_even_rhythm():
    # every message of this thread took about two weeks; three and a half weeks is its normal pace
    g = gen("dormant-thread-twin-slow-even-rhythm-it", bases.owner_it())
    c, o, msgs = bases.base_it(g, gap_days=14, reply_delay=13 * DAY)
    last = msgs[-1]
    m = g.add("INBOX", c, [o], "Re: Fornitura carta volume ville medicee", after(last, 25 * DAY, c), IT_LATE,
              parent=last)
    g.write({"message": m.msgid, "absent": "DORMANT_THREAD", "verdict": "consistent"})


@case
def dormant_thread_twin_monthly_rounds_answered_same_day():
    # a monthly supply conversation: each round is answered within hours, rounds are a month apart
    g = gen("dormant-thread-twin-monthly-rounds-answered-same-day-it", bases.owner_it())
    c, o, msgs = bases.base_it(g, gap_days=30)
    last = msgs[-1]
    m = g.add("INBOX", c, [o], "Re: Fornitura carta volume ville medicee", after(last, 33 * DAY, c), IT_LATE,
              parent=last)
    g.write({"message": m.msgid, "absent": "DORMANT_THREAD", "verdict": "consistent",
             "known-gap": "rhythm is the median gap, so a thread of same-day answers in monthly rounds counts as "
                          "moving every 3 hours and its normal next round (33 days) is called dormant"})


# ============================================================== LURE_TEXT

@case
def lure_text_generic_please_review_attached():
    g = gen("lure-text-generic-please-review-attached-nl", bases.owner_nl())
    c, o, msgs = bases.base_nl(g)
    last = msgs[-1]
    m = g.add("INBOX", c, [o], "Re: Reparatie grootzeil en fok Zwaluw", after(last, 9 * H, c),
              "Hallo,\n\nzie bijlage. Graag het document bekijken en bevestigen.\n\nMet vriendelijke groet",
              parent=last, attachments=[Attachment("Document_2026-02.docx",
                                                   "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                                   docx_like_bytes("Document"))])
    g.write({"message": m.msgid, "codes": "LURE_TEXT"})


@case
def lure_text_twin_specific_attachment():
    g = gen("lure-text-twin-specific-attachment-nl", bases.owner_nl())
    c, o, msgs = bases.base_nl(g)
    last = msgs[-1]
    m = g.add("INBOX", c, [o], "Re: Reparatie grootzeil en fok Zwaluw", after(last, 9 * H, c),
              "Hoi Eva,\n\nin de bijlage de maten van de nieuwe zeillatten voor het grootzeil van de Zwaluw, die kun je "
              "meteen meenemen bij de reparatie van de scheur. Donderdag in Lemmer blijft staan.\n\nGroet,\nRuud",
              parent=last, attachments=[Attachment("Zeillatten_Zwaluw.pdf", "application/pdf",
                                                   pdf_bytes("Zeillatten Zwaluw", ["lat 1: 182 cm", "lat 2: 240 cm"]))])
    g.write({"message": m.msgid, "absent": "LURE_TEXT", "verdict": "consistent"})


# ============================================================== LANGUAGE_SWITCH

EN_SWITCH = ("Hello Mr Keller,\n\nthank you for your message. Our technician will arrive on Tuesday at seven o'clock "
             "and replace the wheels and the control cable of the crane in hall three.\n\nBest regards\nSabine Lindner")


@case
def language_switch_german_thread_english_reply():
    g = gen("language-switch-german-thread-english-reply-de", bases.owner_de())
    c, o, msgs = bases.base_de(g)
    last = msgs[-1]
    m = g.add("INBOX", c, [o], "AW: Ersatzteile Hallenkran Halle 3", after(last, 20 * H, c), EN_SWITCH, parent=last,
              lang="en")
    g.write({"message": m.msgid, "codes": "LANGUAGE_SWITCH"})


@case
def language_switch_twin_bilingual_sender():
    g = gen("language-switch-twin-bilingual-sender-de", bases.owner_de())
    c = bases.lindner()
    # earlier, Sabine wrote in English in another conversation (a supplier from abroad in copy)
    g.add("INBOX", c, [g.owner], "Crane inspection certificate", D(2026, 1, 14, 15, 20, tzinfo=tz(1)),
          "Hello Mr Keller,\n\nplease note that the annual inspection certificate for your crane was issued by our "
          "Danish partner, so it is written in English. The inspector found no defects on the hoist or the rails.\n\n"
          "Best regards\nSabine Lindner", cc=[Person("Mads Holm", "mads.holm@kranservice-nord.example", "outlook", "en", tz(1))])
    c, o, msgs = bases.base_de(g, contact=c)
    last = msgs[-1]
    m = g.add("INBOX", c, [o], "AW: Ersatzteile Hallenkran Halle 3", after(last, 20 * H, c), EN_SWITCH, parent=last,
              lang="en")
    g.write({"message": m.msgid, "absent": "LANGUAGE_SWITCH", "verdict": "consistent"})


# ============================================================== STYLE_DRIFT

ES_STYLE_BODY = ("Hola Marta:\n\nel administrador ya nos dio permiso para el andamio, así que instalamos las ventanas "
                 "del salón el lunes y las demás el martes por la mañana.\n\n")


@case
def style_drift_changed_signoff():
    g = gen("style-drift-changed-signoff-es", bases.owner_es())
    c, o, msgs = bases.base_es(g)
    last = msgs[-1]
    m = g.add("INBOX", c, [o], "Re: Presupuesto ventanas calle Almendro", after(last, DAY, c),
              ES_STYLE_BODY + "Atentamente,\nDepartamento de Administración", parent=last)
    g.write({"message": m.msgid, "codes": "STYLE_DRIFT"})


@case
def style_drift_twin_usual_signoff():
    g = gen("style-drift-twin-usual-signoff-es", bases.owner_es())
    c, o, msgs = bases.base_es(g)
    last = msgs[-1]
    m = g.add("INBOX", c, [o], "Re: Presupuesto ventanas calle Almendro", after(last, DAY, c),
              ES_STYLE_BODY + "Un saludo,\nLucía", parent=last)
    g.write({"message": m.msgid, "absent": "STYLE_DRIFT", "verdict": "consistent"})


# ============================================================== RECIPIENT_CHANGE

@case
def recipient_change_new_outside_cc():
    g = gen("recipient-change-new-outside-cc-fr", bases.owner_fr())
    c, o, msgs = bases.base_fr(g)
    last = msgs[-1]
    m = g.add("INBOX", c, [o], "Re: Catalogue printemps - planning impression", after(last, 5 * H, c), FR_REPLY,
              parent=last, cc=[Person("Service Recouvrement", "recouvrement@cabinet-gestion-nord.test", "outlook", "fr", tz(1))])
    g.write({"message": m.msgid, "codes": "RECIPIENT_CHANGE"})


@case
def recipient_change_twin_colleague_from_same_company():
    g = gen("recipient-change-twin-colleague-same-company-fr", bases.owner_fr())
    c, o, msgs = bases.base_fr(g)
    last = msgs[-1]
    m = g.add("INBOX", c, [o], "Re: Catalogue printemps - planning impression", after(last, 5 * H, c), FR_REPLY,
              parent=last, cc=[Person("Julien Morel", "j.morel@atelier-dumont.example", "thunderbird", "fr", tz(1))])
    g.write({"message": m.msgid, "absent": "RECIPIENT_CHANGE", "verdict": "consistent"})


# ============================================================== AUTH_FAILURE

@case
def auth_failure_dkim_spf_dmarc_fail():
    g = gen("auth-failure-dmarc-fail-en", bases.owner_en())
    c, o, msgs = bases.base_en(g)
    last = msgs[-1]
    m = g.add("INBOX", c, [o], "Re: Crown case 2611 - shade and delivery", after(last, 4 * H, c), EN_REPLY, parent=last,
              auth="mx1.harbourview-dental.example;\n\tdkim=fail (body hash did not verify) header.d=coastline-lab.example;"
                   "\n\tspf=softfail smtp.mailfrom=coastline-lab.example;\n\tdmarc=fail (p=quarantine) header.from=coastline-lab.example")
    g.write({"message": m.msgid, "codes": "AUTH_FAILURE"})


@case
def auth_failure_twin_all_pass():
    g = gen("auth-failure-twin-all-pass-en", bases.owner_en())
    c, o, msgs = bases.base_en(g)
    last = msgs[-1]
    m = g.add("INBOX", c, [o], "Re: Crown case 2611 - shade and delivery", after(last, 4 * H, c), EN_REPLY, parent=last)
    g.write({"message": m.msgid, "absent": "AUTH_FAILURE", "verdict": "consistent"})


if __name__ == "__main__":
    import attacks  # noqa: F401,E402  (registers more cases)
    import hard  # noqa: F401,E402
    import shutil
    if os.path.isdir(ROOT):
        shutil.rmtree(ROOT)
    os.makedirs(ROOT)
    for fn in CASES + attacks.CASES + hard.CASES:
        fn()
    print("wrote", len(CASES) + len(attacks.CASES) + len(hard.CASES), "cases to", os.path.normpath(ROOT))
