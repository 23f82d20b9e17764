"""Base conversations, one per language: a correspondent (INBOX) and the mailbox owner (Sent) exchange
three messages each. Cases append the message under test to one of these."""
import datetime as dt
from mailgen import Person, tz, Attachment, pdf_bytes

D = dt.datetime


def owner_de():
    return Person("Jonas Keller", "jonas.keller@falkenried-technik.example", "thunderbird", "de", tz(1))


def lindner():
    return Person("Sabine Lindner", "s.lindner@kranbau-lindner.example", "outlook", "de", tz(1),
                  out_host="mail.kranbau-lindner.example", selector="sel2024", client_ip="192.168.40.23")


def base_de(g, contact=None, start=D(2026, 2, 2, 8, 40, tzinfo=tz(1)), gap_days=1):
    c = contact or lindner()
    o = g.owner
    subj = "Ersatzteile Hallenkran Halle 3"
    texts_c = [
        "Hallo Herr Keller,\n\nwie telefonisch besprochen schicke ich Ihnen die Liste der Ersatzteile für den Hallenkran in "
        "Halle 3: zwei Laufräder, ein Bremsbelagsatz und die Steuerleitung für die Hängetaste. Die Lieferzeit liegt "
        "bei etwa zwei Wochen.\n\nMit freundlichen Grüßen\nSabine Lindner",
        "Hallo Herr Keller,\n\ndie Laufräder und der Bremsbelagsatz sind heute bei uns eingetroffen. Unser Monteur "
        "könnte den Einbau am Dienstag der übernächsten Woche vornehmen, wenn die Halle an diesem Tag frei ist.\n\n"
        "Mit freundlichen Grüßen\nSabine Lindner",
        "Hallo Herr Keller,\n\nder Termin am Dienstag ist eingetragen. Herr Brandt kommt gegen sieben Uhr und braucht "
        "etwa sechs Stunden. Bitte sorgen Sie dafür, dass unter dem Kran keine Paletten stehen.\n\n"
        "Mit freundlichen Grüßen\nSabine Lindner"]
    texts_o = [
        "Hallo Frau Lindner,\n\nvielen Dank für die Liste. Bitte bestellen Sie alle Teile, die Steuerleitung brauchen "
        "wir dringend, weil die Hängetaste schon zweimal ausgefallen ist.\n\nViele Grüße\nJonas Keller",
        "Hallo Frau Lindner,\n\nDienstag passt gut, die Halle ist an dem Tag frei. Soll unser Elektriker dabei sein, "
        "wenn die Steuerleitung getauscht wird?\n\nViele Grüße\nJonas Keller",
        "Hallo Frau Lindner,\n\ndanke, die Paletten räumen wir am Montagabend weg. Ich bin am Dienstag ab halb sieben "
        "in der Halle.\n\nViele Grüße\nJonas Keller"]
    return converse(g, c, o, subj, texts_c, texts_o, start, gap_days, "AW: ")


def converse(g, c, o, subj, texts_c, texts_o, start, gap_days, prefix="Re: ", attach_c=None, attach_o=None, cc=(),
             reply_delay=dt.timedelta(hours=3, minutes=17)):
    msgs = []
    t = start
    parent = None
    for i in range(len(texts_c)):
        s = subj if parent is None else (c_prefix(c, prefix) + subj)
        ac = attach_c(i) if attach_c else []
        m = g.add("INBOX", c, [o], s, t.astimezone(c.offset), texts_c[i], parent=parent, attachments=ac, cc=cc)
        msgs.append(m)
        t += reply_delay
        ao = attach_o(i) if attach_o else []
        r = g.add("Sent", o, [c], c_prefix(o, prefix) + subj, t.astimezone(o.offset), texts_o[i], parent=m,
                  attachments=ao, cc=cc)
        msgs.append(r)
        parent = r
        t += dt.timedelta(days=gap_days, hours=-2, minutes=41)
    return c, o, msgs


def c_prefix(p, default):
    if p.client in ("outlook", "outlook-new"):
        return {"de": "AW: ", "it": "R: ", "fr": "RE : ", "nl": "RE: ", "es": "RE: ", "pt": "RE: ", "en": "RE: "}[p.lang]
    return "Re: "


# ---------------------------------------------------------------- Spanish

def owner_es():
    return Person("Marta Vidal", "marta.vidal@olivar-estudio.example", "thunderbird", "es", tz(1))


def ortega():
    return Person("Lucía Ortega", "lucia.ortega@carpinteria-ortega.example", "gmail", "es", tz(1),
                  out_host="mail-wr1-f41.google.com", selector="google", client_ip="2a00:1450:4864:20::541")


def base_es(g, contact=None, start=D(2026, 1, 19, 9, 5, tzinfo=tz(1)), gap_days=2):
    c = contact or ortega()
    texts_c = [
        "Hola Marta:\n\nte paso el presupuesto de las ventanas de madera para la reforma del piso de la calle Almendro. "
        "Son seis ventanas de pino con doble acristalamiento y las contraventanas del salón. El plazo de fabricación "
        "es de cinco semanas.\n\nUn saludo,\nLucía",
        "Hola Marta:\n\nhe hablado con el taller y podemos usar roble en lugar de pino para las dos ventanas del salón; "
        "el precio sube unos trescientos euros en total. Necesito que me confirmes las medidas del hueco del balcón "
        "antes del viernes.\n\nUn saludo,\nLucía",
        "Hola Marta:\n\nperfecto, con esas medidas del balcón ya podemos empezar. Las ventanas estarán listas a "
        "mediados de marzo y la instalación lleva dos días; avísame si la comunidad pide algún permiso para el "
        "andamio.\n\nUn saludo,\nLucía"]
    texts_o = [
        "Hola Lucía:\n\nmuchas gracias por el presupuesto. ¿Sería posible hacer las dos ventanas del salón en roble? "
        "El cliente prefiere una madera más oscura en esa zona.\n\nSaludos,\nMarta",
        "Hola Lucía:\n\nel hueco del balcón mide 142 por 218 centímetros, lo he medido esta mañana con el cliente. "
        "Adelante con el roble para el salón.\n\nSaludos,\nMarta",
        "Hola Lucía:\n\nestupendo. Pregunto al administrador de la comunidad por el andamio y te digo algo esta "
        "semana.\n\nSaludos,\nMarta"]
    return converse(g, c, g.owner, "Presupuesto ventanas calle Almendro", texts_c, texts_o, start, gap_days)


# ---------------------------------------------------------------- French

def owner_fr():
    return Person("Hugo Marchand", "hugo.marchand@papeterie-vaubois.example", "outlook", "fr", tz(1))


def lefevre():
    return Person("Camille Lefèvre", "c.lefevre@atelier-dumont.example", "thunderbird", "fr", tz(1),
                  out_host="smtp.atelier-dumont.example", selector="dkim1", client_ip="10.8.0.12")


def base_fr(g, contact=None, start=D(2026, 3, 2, 10, 12, tzinfo=tz(1)), gap_days=1, attach_c=None, attach_o=None,
            cc=()):
    c = contact or lefevre()
    texts_c = [
        "Bonjour Hugo,\n\nje vous envoie le planning pour l'impression du catalogue de printemps. Les épreuves couleur "
        "seront prêtes jeudi, et nous aurons besoin de votre validation avant lundi pour lancer le tirage sur papier "
        "mat.\n\nBien à vous,\nCamille",
        "Bonjour Hugo,\n\nles épreuves couleur sont arrivées de l'atelier. Le rouge de la couverture est un peu plus "
        "foncé que sur le fichier, mais le rendu des photos de carnets est très bon. Pouvez-vous passer les voir "
        "demain matin ?\n\nBien à vous,\nCamille",
        "Bonjour Hugo,\n\nmerci pour votre visite. Nous corrigeons le rouge de la couverture et lançons le tirage de "
        "deux mille exemplaires mercredi ; la livraison à l'entrepôt est prévue pour la fin de la semaine.\n\n"
        "Bien à vous,\nCamille"]
    texts_o = [
        "Bonjour Camille,\n\nmerci pour le planning. Je serai à l'atelier jeudi après-midi pour regarder les épreuves "
        "avec notre graphiste.\n\nCordialement,\nHugo Marchand",
        "Bonjour Camille,\n\noui, je passe demain vers neuf heures. Le rouge doit rester proche de notre logo, "
        "c'est le point le plus important pour nous.\n\nCordialement,\nHugo Marchand",
        "Bonjour Camille,\n\nparfait, merci. L'entrepôt est ouvert de sept heures à seize heures, le quai numéro deux "
        "est réservé pour vous vendredi.\n\nCordialement,\nHugo Marchand"]
    return converse(g, c, g.owner, "Catalogue printemps - planning impression", texts_c, texts_o, start, gap_days,
                    attach_c=attach_c, attach_o=attach_o, cc=cc)


# ---------------------------------------------------------------- Dutch

def owner_nl():
    return Person("Eva Jansen", "eva@zeilmakerij-hoorn.example", "apple", "nl", tz(1))


def bakker():
    return Person("Ruud Bakker", "r.bakker@watersport-gaasterland.example", "apple", "nl", tz(1),
                  out_host="smtp.watersport-gaasterland.example", selector="default", client_ip="172.16.5.31")


def base_nl(g, contact=None, start=D(2026, 2, 9, 19, 22, tzinfo=tz(1)), gap_days=2):
    c = contact or bakker()
    texts_c = [
        "Hoi Eva,\n\nzoals afgesproken breng ik zaterdag het grootzeil en de fok van de Zwaluw langs. Het grootzeil "
        "heeft een scheur bij de tweede zeillat en de fok moet nieuwe leuvers krijgen. Kunnen jullie dat voor de "
        "eerste wedstrijd in april klaar hebben?\n\nGroet,\nRuud",
        "Hoi Eva,\n\ndank je voor de offerte. Doe maar ook het nieuwe UV-doek op de fok, dan zijn we weer een paar "
        "seizoenen verder. Ik kan de zeilen ophalen in de haven van Lemmer als dat makkelijker is.\n\nGroet,\nRuud",
        "Hoi Eva,\n\nprima, dan haal ik ze op donderdag de twintigste op in Lemmer, rond vijf uur. Ik neem de zeilzak "
        "van de club mee zodat het grootzeil droog blijft.\n\nGroet,\nRuud"]
    texts_o = [
        "Hoi Ruud,\n\nzaterdag is goed, we zijn open tot twee uur. Ik bekijk de scheur dan meteen en stuur je een "
        "offerte voor het grootzeil en de leuvers.\n\nGroetjes,\nEva",
        "Hoi Ruud,\n\ngenoteerd, het UV-doek gaat erop. De zeilen liggen over twee weken klaar in ons magazijn in "
        "Lemmer, ik laat je de dag nog weten.\n\nGroetjes,\nEva",
        "Hoi Ruud,\n\ndonderdag de twintigste om vijf uur staat in de agenda. Tot dan!\n\nGroetjes,\nEva"]
    return converse(g, c, g.owner, "Reparatie grootzeil en fok Zwaluw", texts_c, texts_o, start, gap_days)


# ---------------------------------------------------------------- Italian

def owner_it():
    return Person("Paolo Conti", "p.conti@tipografia-arno.example", "thunderbird", "it", tz(1))


def ferri():
    return Person("Giulia Ferri", "giulia.ferri@cartiera-ferri.example", "thunderbird", "it", tz(1),
                  out_host="smtp.cartiera-ferri.example", selector="s1", client_ip="10.1.1.44")


def base_it(g, contact=None, start=D(2025, 10, 6, 9, 30, tzinfo=tz(2)), gap_days=2,
            reply_delay=dt.timedelta(hours=3, minutes=17)):
    c = contact or ferri()
    texts_c = [
        "Buongiorno Paolo,\n\nle mando la proposta per la fornitura di carta patinata opaca da 150 grammi per il "
        "volume sulle ville medicee. Possiamo consegnare i bancali in tipografia entro tre settimane dall'ordine.\n\n"
        "Cordiali saluti,\nGiulia Ferri",
        "Buongiorno Paolo,\n\nho verificato con il magazzino: la carta da 150 grammi è disponibile, quella da 170 "
        "per la copertina arriva dalla cartiera di Fabriano la settimana prossima. Confermo il prezzo concordato al "
        "telefono.\n\nCordiali saluti,\nGiulia Ferri",
        "Buongiorno Paolo,\n\ni bancali partono giovedì mattina con il nostro corriere; l'autista la chiamerà mezz'ora "
        "prima di arrivare in via dei Tintori.\n\nCordiali saluti,\nGiulia Ferri"]
    texts_o = [
        "Buongiorno Giulia,\n\ngrazie per la proposta. Per la copertina ci servirebbe anche una carta più pesante, "
        "da 170 grammi: è possibile averla insieme al resto?\n\nUn saluto,\nPaolo",
        "Buongiorno Giulia,\n\nperfetto, procediamo con l'ordine per entrambe le carte. La consegna va fatta nel "
        "cortile di via dei Tintori, il portone è alto tre metri.\n\nUn saluto,\nPaolo",
        "Buongiorno Giulia,\n\nbenissimo, giovedì mattina siamo in tipografia dalle sette. Grazie!\n\nUn saluto,\nPaolo"]
    return converse(g, c, g.owner, "Fornitura carta volume ville medicee", texts_c, texts_o, start, gap_days,
                    reply_delay=reply_delay)


# ---------------------------------------------------------------- Portuguese

def owner_pt():
    return Person("Inês Carvalho", "ines.carvalho@quinta-dourada.example", "outlook", "pt", tz(0))


def matos():
    return Person("Rui Matos", "rui.matos@corticas-matos.example", "outlook", "pt", tz(0),
                  out_host="mail.corticas-matos.example", selector="mx2025", client_ip="192.168.1.70")


def base_pt(g, contact=None, start=D(2026, 1, 12, 10, 3, tzinfo=tz(0)), gap_days=1):
    c = contact or matos()
    texts_c = [
        "Bom dia Inês,\n\nconforme combinado, envio a proposta para as rolhas de cortiça natural para o tinto de "
        "2023. São doze mil rolhas de 45 milímetros com a marca da quinta gravada a fogo no topo. O prazo de "
        "entrega é de quatro semanas.\n\nCumprimentos,\nRui Matos",
        "Bom dia Inês,\n\njá temos a prova da gravação com o novo logótipo da quinta. A marca fica bem legível; "
        "se concordar, avançamos com a produção das doze mil rolhas na segunda-feira.\n\nCumprimentos,\nRui Matos",
        "Bom dia Inês,\n\nas rolhas seguem na quinta-feira de manhã com a transportadora habitual. Vão em seis "
        "caixas de duas mil unidades, cada caixa com o lote impresso na etiqueta.\n\nCumprimentos,\nRui Matos"]
    texts_o = [
        "Bom dia Rui,\n\nobrigada pela proposta. Antes de avançar, gostaria de ver uma prova da gravação com o novo "
        "logótipo, que mudou em dezembro.\n\nCom os melhores cumprimentos,\nInês Carvalho",
        "Bom dia Rui,\n\na prova está ótima, pode avançar com a produção. Precisamos das rolhas antes do "
        "engarrafamento, marcado para o fim do mês.\n\nCom os melhores cumprimentos,\nInês Carvalho",
        "Bom dia Rui,\n\nperfeito. A adega recebe entregas até às cinco da tarde; peça ao motorista para "
        "entrar pelo portão de baixo.\n\nCom os melhores cumprimentos,\nInês Carvalho"]
    return converse(g, c, g.owner, "Rolhas tinto 2023", texts_c, texts_o, start, gap_days)


# ---------------------------------------------------------------- English

def owner_en():
    return Person("Rachel Moore", "rachel.moore@harbourview-dental.example", "outlook", "en", tz(0))


def price():
    return Person("Daniel Price", "d.price@coastline-lab.example", "gmail", "en", tz(0),
                  out_host="mail-ed1-f52.google.com", selector="google", client_ip="2a00:1450:4864:20::52c")


def base_en(g, contact=None, start=D(2026, 2, 16, 11, 10, tzinfo=tz(0)), gap_days=1, attach_c=None, attach_o=None,
            texts_c=None, texts_o=None, subject="Crown case 2611 - shade and delivery"):
    c = contact or price()
    texts_c = texts_c or [
        "Hi Rachel,\n\nwe received the impressions for case 2611 this morning. The upper left incisor crown will be "
        "zirconia as discussed; could you confirm the shade? The photo suggests A2 but the note on the box says "
        "A3.\n\nThanks,\nDaniel",
        "Hi Rachel,\n\nthanks for checking with Dr Shah. A2 it is. The crown goes into the furnace on Wednesday and "
        "should be back from glazing on Friday, so the fitting on Monday works.\n\nThanks,\nDaniel",
        "Hi Rachel,\n\nthe crown for case 2611 is finished and packed. Our driver brings it to the practice on Saturday "
        "morning together with the two bridges for Dr Shah.\n\nThanks,\nDaniel"]
    texts_o = texts_o or [
        "Hi Daniel,\n\nthanks for the quick update. I will ask Dr Shah about the shade this afternoon and get back to "
        "you before the end of the day.\n\nKind regards,\nRachel",
        "Hi Daniel,\n\ngreat, Monday at ten is booked for the fitting. The patient asked whether the crown could be "
        "a touch lighter at the edge, if that is still possible.\n\nKind regards,\nRachel",
        "Hi Daniel,\n\nperfect, reception is staffed from eight on Saturday. Thanks for the quick turnaround.\n\n"
        "Kind regards,\nRachel"]
    return converse(g, c, g.owner, subject, texts_c, texts_o, start, gap_days, attach_c=attach_c, attach_o=attach_o)
