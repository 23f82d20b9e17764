"""Full attack scenarios: each is expected to be flagged."""
import datetime as dt
from mailgen import Person, Attachment, tz, zip_bytes, onenote_bytes, pdf_bytes
import bases
from bases import D
from generate import gen, after, H, DAY

CASES = []


def case(fn):
    CASES.append(fn)
    return fn


@case
def emotet_display_name_spoof_encrypted_zip_with_password():
    g = gen("attack-emotet-spoof-encrypted-zip-password-de", bases.owner_de())
    c, o, msgs = bases.base_de(g)
    last = msgs[-1]
    bot = Person("Sabine Lindner", "info@baeckerei-sonnenhof.test", "none", "de", tz(1),
                 out_host="mail.baeckerei-sonnenhof.test", selector="", dkim_domain="", client_ip="198.51.100.201")
    z = zip_bytes([("Unterlagen_0402.docm", b"PK-inert-fixture-macro-document")], encrypted=True)
    m = g.add("INBOX", bot, [o], "AW: Ersatzteile Hallenkran Halle 3", after(last, 2 * DAY, bot),
              "Hallo,\n\nanbei die angeforderten Unterlagen.\nDas Passwort für das Archiv lautet: Ux2026!\n\n"
              "Mit freundlichen Grüßen", parent=last, quote_text=g.quote("outlook", last, "de"),
              attachments=[Attachment("Unterlagen_0402.zip", "application/zip", z)],
              auth="mx1.falkenried-technik.example;\n\tspf=pass smtp.mailfrom=baeckerei-sonnenhof.test;\n\tdkim=none;"
                   "\n\tdmarc=none header.from=baeckerei-sonnenhof.test")
    g.write({"message": m.msgid, "verdict": "likely-hijack",
             "codes": "DISPLAY_NAME_SPOOF,RISKY_ATTACHMENT,LURE_TEXT"})


@case
def qakbot_takeover_onenote_other_client_after_silence():
    g = gen("attack-qakbot-takeover-onenote-after-silence-en", bases.owner_en())
    c, o, msgs = bases.base_en(g)
    last = msgs[-1]
    hijacked = c.variant(client="outlook", version="16.0", out_host="rdp-node7.vps-cluster.test", selector="google",
                         offset=tz(-5), client_ip="198.51.100.9")
    m = g.add("INBOX", hijacked, [o], "RE: Crown case 2611 - shade and delivery", after(last, 150 * DAY, hijacked),
              "Hi,\n\nPlease see the attached file and let me know.\n\nThanks", parent=last,
              attachments=[Attachment("Case_Files_0712.one", "application/octet-stream", onenote_bytes())])
    g.write({"message": m.msgid, "verdict": "likely-hijack",
             "codes": "CLIENT_DRIFT,RISKY_ATTACHMENT,DORMANT_THREAD", "absent": "DISPLAY_NAME_SPOOF"})


@case
def server_hijack_same_infrastructure_zip_link_language_switch():
    g = gen("attack-server-hijack-zip-link-language-switch-it", bases.owner_it())
    c, o, msgs = bases.base_it(g)
    last = msgs[-1]
    m = g.add("INBOX", c, [o], "Re: Fornitura carta volume ville medicee", after(last, 3 * DAY, c),
              "Good morning,\n\nplease find the updated documents at the link below:\n"
              "https://cdn.archivio-files.test/shared/Documents_1014.zip\n\nBest regards", parent=last)
    g.write({"message": m.msgid, "flagged": "true",
             "codes": "NOVEL_LINK_DOMAIN,LANGUAGE_SWITCH,LURE_TEXT", "absent": "CLIENT_DRIFT,DISPLAY_NAME_SPOOF"})


@case
def payment_diversion_lookalike_domain_new_cc_changed_iban():
    g = gen("attack-payment-diversion-lookalike-new-cc-iban-pt", bases.owner_pt())
    c, o, msgs = bases.base_pt(g)
    last = msgs[-1]
    fake = c.variant(email="rui.matos@corticas-rnatos.example", out_host="mail.corticas-rnatos.example",
                     dkim_domain="corticas-rnatos.example", client_ip="198.51.100.61")
    cc = Person("Departamento Financeiro", "financeiro@corticas-rnatos.example", "outlook", "pt", tz(0))
    m = g.add("INBOX", fake, [o], "RE: Rolhas tinto 2023", after(last, 26 * H, fake),
              "Bom dia Inês,\n\nantes da entrega, informamos que os nossos dados bancários foram alterados por causa "
              "de uma auditoria. Por favor efetue o pagamento da fatura das rolhas para a nova conta:\n\n"
              "IBAN: PT50 0035 0000 1234 5678 9012 3\nBIC: CGDIPTPL\n\nAgradecemos a confirmação da transferência "
              "ainda hoje.\n\nCumprimentos,\nRui Matos", parent=last, cc=[cc])
    g.write({"message": m.msgid, "flagged": "true", "codes": "LOOKALIKE_DOMAIN,RECIPIENT_CHANGE,LURE_TEXT"})


@case
def fake_thread_from_stranger_with_invented_outlook_quote():
    g = gen("attack-fake-thread-stranger-invented-outlook-quote-en", bases.owner_en())
    c, o, msgs = bases.base_en(g)
    stranger = Person("Mark Ellis", "m.ellis@northgate-supplies.test", "outlook", "en", tz(0),
                      out_host="mail.northgate-supplies.test", selector="ng1", client_ip="198.51.100.88")
    invented = ("\n-----Original Message-----\nFrom: Rachel Moore <rachel.moore@harbourview-dental.example>\n"
                "Sent: Tuesday, February 10, 2026 3:12 PM\nTo: Mark Ellis <m.ellis@northgate-supplies.test>\n"
                "Subject: Outstanding invoice 4471\n\nHi Mark,\n\nthanks for the reminder. Please send the invoice "
                "again with the new bank details and I will ask our accountant to pay it this week.\n\n"
                "Kind regards,\nRachel")
    m = g.add("INBOX", stranger, [o], "RE: Outstanding invoice 4471", after(msgs[-1], 2 * DAY, stranger),
              "Hi Rachel,\n\nas requested please find the invoice attached. Kindly arrange the payment today to the "
              "account details on the invoice.\n\nRegards,\nMark", quote_text=invented,
              attachments=[Attachment("Invoice_4471.pdf", "application/pdf", pdf_bytes("Invoice 4471", ["Total GBP 8,940.00"]))])
    g.write({"message": m.msgid, "flagged": "true", "codes": "FAKE_REPLY",
             "known-gap": "the invented quote is attributed to the mailbox owner, but attribution is only checked "
                          "against thread participants (none: no thread matches) and never against the Sent folder; "
                          "FAKE_REPLY alone (0.50) is capped below suspicious and the payment lure stays under 0.2"})


@case
def compromised_account_reply_to_lookalike_domain():
    # the real account sends (everything technical matches), answers are steered to a look-alike domain
    g = gen("attack-compromised-account-reply-to-lookalike-fr", bases.owner_fr())
    c, o, msgs = bases.base_fr(g)
    last = msgs[-1]
    m = g.add("INBOX", c, [o], "Re: Catalogue printemps - planning impression", after(last, 7 * H, c),
              "Bonjour Hugo,\n\navant la livraison, merci de nous confirmer le règlement de la facture du tirage par "
              "virement sur notre nouveau compte ; nos coordonnées bancaires ont changé ce mois-ci.\n\n"
              "Bien à vous,\nCamille", parent=last,
              reply_to=Person("Camille Lefèvre", "c.lefevre@atelier-dumond.example", "thunderbird", "fr", tz(1)))
    g.write({"message": m.msgid, "flagged": "true", "codes": "REPLY_TO_DIVERT,LOOKALIKE_DOMAIN,LURE_TEXT",
             "absent": "CLIENT_DRIFT,DISPLAY_NAME_SPOOF"})


@case
def display_name_shows_the_known_address():
    g = gen("attack-display-name-is-known-address-es", bases.owner_es())
    c, o, msgs = bases.base_es(g)
    last = msgs[-1]
    bot = Person("lucia.ortega@carpinteria-ortega.example", "ventas@azulejos-mirador.test", "none", "es", tz(1),
                 out_host="mail.azulejos-mirador.test", selector="", dkim_domain="", client_ip="198.51.100.150")
    m = g.add("INBOX", bot, [o], "Re: Presupuesto ventanas calle Almendro", after(last, 2 * DAY, bot),
              "Hola,\n\nle envío el documento solicitado. Descárguelo aquí:\n"
              "https://descargas.almacen-docs.test/doc/Presupuesto_0311.zip\n\nSaludos", parent=last)
    g.write({"message": m.msgid, "flagged": "true", "codes": "DISPLAY_NAME_SPOOF,NOVEL_LINK_DOMAIN"})


@case
def ceo_fraud_owner_name_from_freemail():
    # the mailbox owner's own name on an outside address, answering in the owner's thread
    g = gen("attack-owner-name-spoof-into-thread-de", bases.owner_de())
    c, o, msgs = bases.base_de(g)
    last = msgs[-1]
    fake = Person("Jonas Keller", "jonas.keller.buero@postfach-direkt.test", "none", "de", tz(1),
                  out_host="smtp.postfach-direkt.test", selector="pd1", client_ip="198.51.100.33")
    m = g.add("INBOX", fake, [c, o], "Re: Ersatzteile Hallenkran Halle 3", after(last, 20 * H, fake),
              "Hallo Frau Lindner,\n\nbitte senden Sie mir die Rechnung für die Laufräder heute noch, unsere "
              "Buchhaltung überweist den Betrag sofort. Bitte antworten Sie nur an diese Adresse.\n\n"
              "Viele Grüße\nJonas Keller", parent=last)
    g.write({"message": m.msgid, "flagged": "true", "codes": "DISPLAY_NAME_SPOOF"})


@case
def takeover_link_to_another_sharepoint_tenant():
    # a thread that always shared SharePoint links of the accountant's tenant; the hijacked account links to
    # a page on someone else's tenant with a generic text
    import hard
    g = gen("attack-takeover-link-to-other-sharepoint-tenant-nl", bases.owner_nl())
    c, o, msgs = hard.sharepoint_thread(g)
    last = msgs[-1]
    m = g.add("INBOX", c, [o], "RE: Jaarrekening 2025 zeilmakerij", after(last, 2 * DAY, c),
              "Hallo,\n\nbekijk en bevestig het document via onderstaande link:\n"
              "https://factuurportaal-nl.sharepoint.com/:b:/g/personal/admin_factuurportaal_nl/EQx7Lw2kR9?e=aB3dE\n\n"
              "Met vriendelijke groet", parent=last)
    g.write({"message": m.msgid, "codes": "NOVEL_LINK_DOMAIN,LURE_TEXT", "flagged": "true",
             "known-gap": "link familiarity uses the registrable domain, and sharepoint.com is not a public suffix, so "
                          "any SharePoint tenant counts as already linked in the thread; NOVEL_LINK_DOMAIN is never "
                          "raised and LURE_TEXT alone is capped below suspicious"})


@case
def bank_details_change_from_the_real_account():
    # business e-mail compromise from the partner's own account and machine: only the text changes
    g = gen("attack-bank-details-change-from-real-account-de", bases.owner_de())
    c, o, msgs = bases.base_de(g)
    last = msgs[-1]
    m = g.add("INBOX", c, [o], "AW: Ersatzteile Hallenkran Halle 3", after(last, 20 * H, c),
              "Hallo Herr Keller,\n\nbevor Herr Brandt am Dienstag kommt, noch ein Hinweis: unsere Bankverbindung hat "
              "sich geändert. Bitte überweisen Sie die Rechnung für die Laufräder und die Steuerleitung ab sofort auf "
              "unser neues Konto:\n\nIBAN: DE27 1001 0010 0987 6543 21\nBIC: PBNKDEFFXXX\n\n"
              "Mit freundlichen Grüßen\nSabine Lindner", parent=last)
    g.write({"message": m.msgid, "codes": "LURE_TEXT", "flagged": "true",
             "known-gap": "a new IBAN sent from the partner's real account and machine yields only LURE_TEXT (0.30, "
                          "explained as generic text); one finding is capped below suspicious, and nothing compares "
                          "bank details with earlier mail of the thread"})
