"""Genuine hard cases: each looks a little odd and must stay consistent."""
import datetime as dt
from mailgen import Person, Attachment, tz, pdf_bytes
import bases
from bases import D
from generate import gen, after, H, DAY

CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def sharepoint_thread(g):
    c = Person("Femke Visser", "f.visser@administratiekantoor-visser.example", "outlook", "nl", tz(1),
               out_host="mail.administratiekantoor-visser.example", selector="selector1", client_ip="10.4.4.21")
    sp = "https://visseradmin.sharepoint.com/:x:/s/klanten/"
    texts_c = [
        "Hoi Eva,\n\nde conceptjaarrekening 2025 van de zeilmakerij staat klaar in de gedeelde map. Wil je de "
        "voorraadwaardering van het zeildoek controleren?\n" + sp + "EbJ3kq9xVnRHo2T1b4c?e=Zk2Lq1\n\nMet vriendelijke groet,\nFemke Visser",
        "Hoi Eva,\n\nik heb de voorraad zeildoek aangepast zoals je vroeg; de nieuwe versie staat hier:\n" + sp
        + "EcT8uy2VwLmPp0QaR5d?e=Hn4Wx8\nDe afschrijving op de naaimachine loopt nu over vijf jaar.\n\nMet vriendelijke groet,\nFemke Visser",
        "Hoi Eva,\n\nde btw-aangifte over het vierde kwartaal is ook klaar, met de inkoop van het UV-doek erin:\n"
        + sp + "EdK2mn7ZpQrSs4XyU8e?e=Pq7Rt2\n\nMet vriendelijke groet,\nFemke Visser"]
    texts_o = [
        "Hoi Femke,\n\nbedankt. Het zeildoek staat te hoog gewaardeerd, we hebben in december veel oude rollen "
        "afgeschreven. Kun je dat aanpassen?\n\nGroetjes,\nEva",
        "Hoi Femke,\n\nziet er goed uit, de afschrijving over vijf jaar is prima.\n\nGroetjes,\nEva",
        "Hoi Femke,\n\ndank je, ik kijk er morgen naar.\n\nGroetjes,\nEva"]
    return bases.converse(g, c, g.owner, "Jaarrekening 2025 zeilmakerij", texts_c, texts_o,
                          D(2026, 2, 2, 9, 0, tzinfo=tz(1)), 3)


SP = "https://visseradmin.sharepoint.com/:x:/s/klanten/"


@case
def sharepoint_link_in_thread_that_always_shared_links():
    g = gen("genuine-sharepoint-link-in-link-sharing-thread-nl", bases.owner_nl())
    c, o, msgs = sharepoint_thread(g)
    sp = SP
    last = msgs[-1]
    m = g.add("INBOX", c, [o], "RE: Jaarrekening 2025 zeilmakerij", after(last, DAY, c),
              "Hoi Eva,\n\nde definitieve jaarrekening met de aangepaste voorraad zeildoek en de btw-aangifte staat nu "
              "in dezelfde map, klaar om te tekenen:\n" + sp + "EfW9pl3AbCdEf6GhJ1k?e=Lm9Np4\n\n"
              "Met vriendelijke groet,\nFemke Visser", parent=last)
    g.write({"message": m.msgid, "verdict": "consistent", "absent": "NOVEL_LINK_DOMAIN"})


@case
def new_colleague_joins_after_introduction():
    g = gen("genuine-new-colleague-joins-after-introduction-de", bases.owner_de())
    c, o, msgs = bases.base_de(g)
    last = msgs[-1]
    weiss = Person("Thomas Weiß", "t.weiss@kranbau-lindner.example", "outlook", "de", tz(1),
                   out_host="mail.kranbau-lindner.example", selector="sel2024", client_ip="192.168.40.57")
    intro = g.add("INBOX", c, [o], "AW: Ersatzteile Hallenkran Halle 3", after(last, 20 * H, c),
                  "Hallo Herr Keller,\n\nich bin ab Montag drei Wochen im Urlaub. Mein Kollege Thomas Weiß übernimmt "
                  "den Einbau der Laufräder und der Steuerleitung in Halle 3, ich setze ihn hier in Kopie.\n\n"
                  "Mit freundlichen Grüßen\nSabine Lindner", parent=last, cc=[weiss])
    ack = g.add("Sent", o, [c], "Re: AW: Ersatzteile Hallenkran Halle 3", after(intro, 2 * H, o),
                "Hallo Frau Lindner, hallo Herr Weiß,\n\ndanke für die Info und einen schönen Urlaub! Herr Weiß, "
                "am Dienstag bin ich ab halb sieben in der Halle.\n\nViele Grüße\nJonas Keller", parent=intro, cc=[weiss])
    m = g.add("INBOX", weiss, [o], "AW: Ersatzteile Hallenkran Halle 3", after(ack, 3 * H, weiss),
              "Hallo Herr Keller,\n\nvielen Dank. Ich komme am Dienstag mit Herrn Brandt, wir bringen die Laufräder, "
              "den Bremsbelagsatz und die Steuerleitung für die Hängetaste mit.\n\nMit freundlichen Grüßen\n"
              "Thomas Weiß", parent=ack, cc=[c])
    g.write({"message": m.msgid, "verdict": "consistent", "absent": "NEW_SENDER"})


LIST = "velo-atelier@lists.cyclisme-urbain.example"
FOOTER = ("\n_______________________________________________\nvelo-atelier mailing list\n" + LIST + "\n"
          "https://lists.cyclisme-urbain.example/mailman/listinfo/velo-atelier\n")


def list_headers():
    return [("List-Id", "Atelier vélo participatif <velo-atelier.lists.cyclisme-urbain.example>"),
            ("List-Post", "<mailto:" + LIST + ">"),
            ("List-Unsubscribe", "<https://lists.cyclisme-urbain.example/mailman/options/velo-atelier>,\n <mailto:velo-atelier-request@lists.cyclisme-urbain.example?subject=unsubscribe>"),
            ("List-Archive", "<https://lists.cyclisme-urbain.example/pipermail/velo-atelier/>"),
            ("Precedence", "list")]


@case
def mailing_list_reply_with_footer_and_subject_tag():
    owner = Person("Hugo Marchand", "hugo.marchand@papeterie-vaubois.example", "thunderbird", "fr", tz(1))
    g = gen("genuine-mailing-list-reply-footer-subject-tag-fr", owner)
    lst = Person("", LIST, "thunderbird", "fr", tz(1))
    members = [
        Person("Nadia Rousseau", "nadia.rousseau@velo-nantes.example", "thunderbird", "fr", tz(1),
               out_host="smtp.velo-nantes.example", client_ip="10.2.0.5"),
        Person("Olivier Garnier", "o.garnier@cyclo-garnier.example", "gmail", "fr", tz(1),
               out_host="mail-pj1-f47.google.com", selector="google", client_ip="2a00:1450:4864:20::62f"),
        Person("Sophie Blanc", "sophie.blanc@reparvelo.example", "apple", "fr", tz(1),
               out_host="smtp.reparvelo.example", client_ip="10.3.3.3"),
    ]
    subj = "[velo-atelier] Dérailleur arrière qui saute sur les petits pignons"
    texts = [
        (members[0], "Bonjour à tous,\n\nsur mon vélo de ville, le dérailleur arrière saute dès que je passe sur les "
                     "trois petits pignons. J'ai déjà changé le câble et la gaine, sans effet. Une idée avant la "
                     "permanence de samedi ?\n\nNadia"),
        (members[1], "Salut Nadia,\n\nvérifie la patte de dérailleur : si elle est tordue, le réglage de la vis de "
                     "butée ne suffit pas. On a l'outil d'alignement à l'atelier.\n\nOlivier"),
        (owner, "Bonjour,\n\nmême souci l'an dernier sur mon vélo : c'était la chaîne usée, allongée de plus de 0,75 %. "
                "Le contrôleur de chaîne de l'atelier le montre en deux secondes.\n\nHugo"),
        (members[0], "Merci à tous les deux ! La patte semblait droite à l'œil, je passerai samedi pour l'outil "
                     "d'alignement et le contrôleur de chaîne.\n\nNadia"),
    ]
    t = D(2026, 3, 9, 18, 20, tzinfo=tz(1))
    parent = None
    for who, text in texts:
        folder = "Sent" if who is owner else "INBOX"
        s = subj if parent is None else "Re: " + subj
        m = g.add(folder, who, [lst], s, t.astimezone(who.offset), text, parent=parent,
                  extra=list_headers() if folder == "INBOX" else [], quote=parent is not None)
        if folder == "INBOX":
            m.body = m.body.rstrip("\n") + "\n" + FOOTER
        parent = m
        t += dt.timedelta(hours=5, minutes=12)
    sophie = members[2]
    m = g.add("INBOX", sophie, [lst], "Re: " + subj, t.astimezone(sophie.offset),
              "Bonjour Nadia,\n\npense aussi à la molette de tension du câble sur la manette : un quart de tour dans "
              "le sens inverse des aiguilles d'une montre suffit souvent quand la chaîne saute vers les petits "
              "pignons.\n\nSophie", parent=parent, extra=list_headers())
    m.body = m.body.rstrip("\n") + "\n" + FOOTER
    g.write({"message": m.msgid, "verdict": "consistent"})


@case
def forwarded_message_with_its_own_quoted_block():
    g = gen("genuine-forward-with-own-quoted-block-es", bases.owner_es())
    c, o, msgs = bases.base_es(g)
    last = msgs[-1]
    fwd = ("\n---------- Forwarded message ---------\nDe: Pedidos Vidrios Sur <pedidos@vidrios-sur.example>\n"
           "Date: mar, 10 feb 2026 a las 12:41\nSubject: Pedido 3318 - doble acristalamiento\n"
           "To: Lucía Ortega <lucia.ortega@carpinteria-ortega.example>\n\n\nBuenos días Lucía:\n\n"
           "el vidrio bajo emisivo para el pedido 3318 llega a nuestro almacén con una semana de retraso por la "
           "huelga de transporte. Os lo enviamos el día 23 sin falta.\n\nAtentamente,\nDepartamento de pedidos\n"
           "Vidrios Sur\n")
    m = g.add("INBOX", c, [o], "Fwd: Pedido 3318 - doble acristalamiento", after(last, DAY, c),
              "Hola Marta:\n\nte reenvío lo que me dice el proveedor del vidrio: el doble acristalamiento de las "
              "ventanas del salón llega una semana más tarde, así que la instalación pasa al lunes siguiente.\n\n"
              "Un saludo,\nLucía", parent=last, quote_text=fwd)
    g.write({"message": m.msgid, "verdict": "consistent"})


@case
def out_of_office_auto_reply():
    g = gen("genuine-out-of-office-auto-reply-it", bases.owner_it())
    c, o, msgs = bases.base_it(g)
    last = msgs[-1]
    auto = c.variant(client="thunderbird")
    m = g.add("INBOX", auto, [o], "Risposta automatica: Re: Fornitura carta volume ville medicee",
              after(last, 30 * dt.timedelta(seconds=1), auto),
              "Gentile cliente,\n\nsono fuori ufficio fino al 20 ottobre con accesso limitato alla posta. Per ordini "
              "urgenti può scrivere a ordini@cartiera-ferri.example oppure chiamare il centralino.\n\n"
              "Dear customer, I am out of the office until 20 October.\n\nGiulia Ferri", parent=last, quote=False,
              extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                     ("X-Auto-Response-Suppress", "All")])
    g.write({"message": m.msgid, "verdict": "consistent"})


@case
def phone_reply_short_one_field_differs():
    g = gen("genuine-phone-reply-short-nl", bases.owner_nl())
    c, o, msgs = bases.base_nl(g)
    last = msgs[-1]
    phone = c.variant(client="iphone", version="22D72", client_ip="100.72.14.9")
    m = g.add("INBOX", phone, [o], "Re: Reparatie grootzeil en fok Zwaluw", after(last, 40 * dt.timedelta(minutes=1), phone),
              "Top, tot donderdag!\n\nVerstuurd vanaf mijn iPhone", parent=last)
    g.write({"message": m.msgid, "verdict": "consistent"})


@case
def late_reply_to_old_thread_on_topic():
    g = gen("genuine-late-reply-old-thread-on-topic-fr", bases.owner_fr())
    c, o, msgs = bases.base_fr(g)
    last = msgs[-1]
    m = g.add("INBOX", c, [o], "Re: Catalogue printemps - planning impression", after(last, 140 * DAY, c),
              "Bonjour Hugo,\n\nje reprends notre échange du printemps : nous préparons le planning d'impression du "
              "catalogue d'automne. Souhaitez-vous le même papier mat et le même rouge de couverture, corrigé après "
              "les épreuves couleur ? Le tirage serait à nouveau de deux mille exemplaires, livrés à l'entrepôt "
              "par le quai numéro deux.\n\nBien à vous,\nCamille", parent=last)
    g.write({"message": m.msgid, "verdict": "consistent"})


@case
def pdf_invoice_in_thread_that_always_exchanged_pdfs():
    g = gen("genuine-pdf-invoice-in-pdf-thread-pt", bases.owner_pt())

    def att_c(i):
        names = ["Proposta_Rolhas_Tinto2023.pdf", "Prova_Gravacao_Logotipo.pdf", "Guia_Remessa_GR118.pdf"]
        return [Attachment(names[i], "application/pdf", pdf_bytes(names[i][:-4], ["Quinta Dourada", "Rolhas 45 mm"]))]

    c = bases.matos()
    c, o, msgs = bases.converse(g, c, g.owner, "Rolhas tinto 2023", [
        "Bom dia Inês,\n\nconforme combinado, envio em anexo a proposta para as rolhas de cortiça natural para o tinto "
        "de 2023: doze mil rolhas de 45 milímetros com a marca da quinta gravada a fogo.\n\nCumprimentos,\nRui Matos",
        "Bom dia Inês,\n\nsegue em anexo a prova da gravação com o novo logótipo da quinta. Se concordar, avançamos "
        "com a produção das doze mil rolhas na segunda-feira.\n\nCumprimentos,\nRui Matos",
        "Bom dia Inês,\n\nas rolhas seguem na quinta-feira de manhã com a transportadora habitual; em anexo a guia "
        "de remessa com os lotes das seis caixas.\n\nCumprimentos,\nRui Matos"], [
        "Bom dia Rui,\n\nobrigada pela proposta. Gostaria de ver uma prova da gravação com o novo logótipo.\n\n"
        "Com os melhores cumprimentos,\nInês Carvalho",
        "Bom dia Rui,\n\na prova está ótima, pode avançar com a produção.\n\nCom os melhores cumprimentos,\nInês Carvalho",
        "Bom dia Rui,\n\nrecebemos as seis caixas, está tudo certo. Fico a aguardar a fatura.\n\n"
        "Com os melhores cumprimentos,\nInês Carvalho"],
        D(2026, 1, 12, 10, 3, tzinfo=tz(0)), 1, attach_c=att_c)
    last = msgs[-1]
    m = g.add("INBOX", c, [o], "RE: Rolhas tinto 2023", after(last, DAY, c),
              "Bom dia Inês,\n\nobrigado pela confirmação da entrega das seis caixas. Segue em anexo a fatura das doze "
              "mil rolhas do tinto de 2023, com o pagamento a trinta dias como habitualmente.\n\nCumprimentos,\nRui Matos",
              parent=last, attachments=[Attachment("Fatura_FT2026-118.pdf", "application/pdf",
                                                   pdf_bytes("Fatura FT 2026/118", ["Rolhas 45 mm x 12000"]))])
    g.write({"message": m.msgid, "verdict": "consistent", "absent": "RISKY_ATTACHMENT"})


@case
def mailing_list_dmarc_rewritten_from_with_broken_dkim():
    # the list rewrites From to "Name via list" (DMARC mitigation), its footer breaks the author's DKIM signature
    owner = Person("Hugo Marchand", "hugo.marchand@papeterie-vaubois.example", "thunderbird", "fr", tz(1))
    g = gen("genuine-mailing-list-dmarc-rewritten-from-fr", owner)
    lst = Person("", LIST, "thunderbird", "fr", tz(1))
    nadia = Person("Nadia Rousseau", "nadia.rousseau@velo-nantes.example", "thunderbird", "fr", tz(1),
                   out_host="smtp.velo-nantes.example", client_ip="10.2.0.5")
    olivier = Person("Olivier Garnier", "o.garnier@cyclo-garnier.example", "gmail", "fr", tz(1),
                     out_host="mail-pj1-f47.google.com", selector="google", client_ip="2a00:1450:4864:20::62f")
    subj = "[velo-atelier] Permanence de samedi : pneus tubeless"
    t = D(2026, 4, 1, 20, 10, tzinfo=tz(2))
    first = g.add("INBOX", nadia, [lst], subj, t, "Bonjour à tous,\n\nsamedi, je propose un atelier sur le montage "
                  "des pneus tubeless : fond de jante, valves et préventif. Qui peut apporter une pompe à réservoir "
                  "pour le talonnage ?\n\nNadia", extra=list_headers())
    first.body = first.body + "\n" + FOOTER
    mine = g.add("Sent", owner, [lst], "Re: " + subj, t + 3 * H, "Bonjour Nadia,\n\nj'apporte ma pompe à réservoir "
                 "et deux rouleaux de fond de jante de 25 mm.\n\nHugo", parent=first)
    via = Person("Olivier Garnier via velo-atelier", LIST, "gmail", "fr", tz(2), out_host="lists.cyclisme-urbain.example",
                 selector="list", dkim_domain="lists.cyclisme-urbain.example", client_ip="10.0.0.2")
    m = g.add("INBOX", via, [lst], "Re: " + subj, t + 5 * H,
              "Salut,\n\nsuper, je prends le préventif et les mèches de réparation. Pensez à la valve démontable, "
              "sinon le talonnage à la pompe à réservoir ne marche pas bien.\n\nOlivier", parent=mine,
              reply_to=olivier, extra=list_headers(), msgid="<CAG7tNq2Vb0vRz+Lp8aQ3xhX-fJ1kD9yMwE6uSc_4nP2@mail.gmail.com>",
              auth="mx1.papeterie-vaubois.example;\n\tdkim=fail (body hash did not verify) header.d=cyclo-garnier.example;"
                   "\n\tdkim=pass header.d=lists.cyclisme-urbain.example;\n\tspf=pass smtp.mailfrom=lists.cyclisme-urbain.example;"
                   "\n\tdmarc=pass header.from=lists.cyclisme-urbain.example")
    m.body = m.body.rstrip("\n") + "\n" + FOOTER
    g.write({"message": m.msgid, "verdict": "consistent",
             "absent": "DISPLAY_NAME_SPOOF,REPLY_TO_DIVERT,AUTH_FAILURE,NEW_SENDER"})


@case
def inline_interleaved_reply_trims_the_quote():
    # Thunderbird user answering point by point between trimmed '>' quotes
    g = gen("genuine-inline-interleaved-reply-fr", bases.owner_fr())
    c, o, msgs = bases.base_fr(g)
    last = msgs[-1]
    d = last.date.astimezone(c.offset)
    body = ("Bonjour Hugo,\n\n"
            "Le %s à %s, Hugo Marchand a écrit :\n"
            "> parfait, merci. L'entrepôt est ouvert de sept heures à seize heures,\n\n"
            "Notre chauffeur partira de l'atelier à six heures et demie, il sera chez vous avant huit heures.\n\n"
            "> le quai numéro deux est réservé pour vous vendredi.\n\n"
            "Très bien, il se présentera directement au quai numéro deux avec les palettes filmées.\n\n"
            "Bien à vous,\nCamille" % (d.strftime("%d/%m/%Y"), d.strftime("%H:%M")))
    m = g.add("INBOX", c, [o], "Re: Catalogue printemps - planning impression", after(last, 4 * H, c), body,
              parent=last, quote=False)
    g.write({"message": m.msgid, "verdict": "consistent", "absent": "QUOTE_MISMATCH,FAKE_REPLY"})
