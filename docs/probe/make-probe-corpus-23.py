#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus-23.py OUT_DIR
#
# Probe mailbox "rafael": Rafael Albuquerque Santos, commercial manager (Gerente Comercial) of Coopersapucaí, a coffee growers'
# cooperative in Carmo de Minas, Sul de Minas (Brazil). The cooperative runs an on-prem Zimbra 9 (mail.coopersapucai.example:
# Postfix + amavis/SpamAssassin + OpenDMARC + policyd-spf, LMTP delivery). Brazilian Portuguese with members (produtores),
# buyers, suppliers, logistics, bank, certifier and accountant; English (and some German) with importers in Hamburg and the US.
# July 2024 - March 2025 (America/Sao_Paulo, -0300 all year). Payments by boleto (47-digit linha digitável with real check digits),
# PIX (CNPJ / CPF / random keys) and TED; NF-e and CT-e mails with XML + DANFE/DACTE PDFs are everyday genuine mail.
# Writes OUT_DIR/labels.tsv, OUT_DIR/scenarios.tsv (file -> scenario id, description) and OUT_DIR/mailboxes/rafael/{INBOX,Sent}/N.eml
# numbered in arrival order across both folders (CRLF). Only test messages are labelled; the rest is context history.
# Deterministic (random.Random(23)); no network; attachments are inert (valid PDF/ZIP/OOXML/KMZ/ICS/SVG/JPEG containers, random bytes).
#
# Fixed fingerprints (Message-ID shape, client headers, Received path, DKIM d=/s=, quote style, time zone):
#   Rafael (owner)       Zimbra web client (X-Mailer ZimbraWebClient, <n.n.ms.JavaMail.zimbra@coopersapucai.example>, Thread-Index,
#                        "----- Mensagem original -----" quote); Thunderbird at home (<uuid@coopersapucai.example>, plain format=flowed,
#                        "Em dd/mm/aaaa hh:mm, X escreveu:"); Gmail app on Android through the Zimbra SMTP (<CA...@mail.gmail.com>).
#   colleagues           Cláudio Mendes (finance), Ana Paula Rezende (quality), Luciana Araújo (HR): Zimbra web, internal Postfix/amavis
#                        path, fixed workstation X-Originating-IP; GLPI ticket notices from glpi.coopersapucai.example; Zimbra vacation reply.
#   Comissária Atlântica (Santos; Fernanda Okamoto trader, Marcelo Duarte contracts): M365 Brazil tenant CP6P284MB2817.BRAP284,
#                        Outlook desktop pt-BR (iso-8859-1 QP, Word HTML, "Enviada em:" quote, "RE:"), d=atlanticacafes.example
#                        s=selector1, DMARC quarantine; DocuSign envelopes; Fernanda once from Outlook for iOS.
#   AgroNutri            (agrochemical supplier; Diego Martins sales, Sueli Castro receivables): M365 RO2P215MB1920.BRAP215, Outlook on
#                        the web pt-BR ("Enviado:" quote under a rule), d=agronutri.example s=selector2; NF-e mails via Amazon SES.
#   Torrefação Paulistana (São Paulo roaster; Beatriz Nogueira, later Ricardo Tanaka): Google Workspace, Gmail web pt-BR, s=google.
#   Rota Sul Logística   (carrier; Edson Pereira): Locaweb Roundcube 1.6 (plain format=flowed), smtp-sp-13.locaweb.com.br,
#                        d=rotasullog.example s=lw2023; CT-e mails from its ERP (PHPMailer) through smtp-sp-21.
#   Credimantiqueira     (the cooperative's credit union, Sicoob-like, bank 756; Patrícia Lima): on-prem Exchange 2019 behind a Postfix
#                        gateway, Outlook desktop pt-BR, d=credimantiqueira.example s=mail2023, DMARC reject; Pix/TED/token notices.
#   CertiCafé            (certification body; Juliana Prado): Zoho Mail, s=zmail, "---- Em ... escreveu ---" quote.
#   Reis & Moura         (accountant; Gilberto Moura): HostGator cPanel/Exim + Thunderbird.
#   Elbkaffee Import     (Hamburg; Jan Hoffmann, Katrin Vogel): M365 FR2P281MB2204.DEUP281, Outlook desktop de-DE ("AW:" subjects,
#                        "Von:/Gesendet:" quotes even in English mail), Europe/Berlin with DST, s=selector1, DMARC reject.
#   Blue Ridge Coffee    (Richmond VA; Sarah Mitchell): Google Workspace Gmail web en-US, America/New_York with DST, once iPhone Mail,
#                        Google Calendar invitations.
#   producers            José Carlos Ribeiro (gmail.com, Gmail app on Android, lower-case style); Maria Aparecida Ferreira (hotmail.com,
#                        Outlook.com web, written by her son Paulo); Antônio Lemos (uol.com.br webmail, from Dec 2024 the Gmail app on his
#                        UOL account - announced); Lucas Carvalho (terra.com.br, Open-Xchange App Suite).
#   bulk / lists         [cafes-especiais] Mailman 3.3.9 list (tag, footer, broken author DKIM, From munged for yahoo.com.br),
#                        "Notícias do Café" (Mailchimp), "Indicador Café Sul de Minas" (SendGrid-style), Zimbra quota warning.
#
# Threads: T1 AgroNutri fertiliser order; T2 AgroNutri boletos NF 48213/48377; T3 AgroNutri bank-change letter (verified by phone);
#   T4 AgroNutri fungicide order; T5 Atlântica 2,000-bag contract; T6 Atlântica pick-ups and samples; T7 Torrefação micro-lots;
#   T8 Torrefação new buyer; T9 Rota Sul freight to Santos; T10 Rota Sul CT-e XMLs and invoices; T11 Elbkaffee contract ELB-2411 / EUDR;
#   T12 Elbkaffee parental leave / Katrin takes over; T13 Blue Ridge samples (revived after 6 months); T14 Blue Ridge questionnaire /
#   forward contract; T15 Credimantiqueira FAC credit line; T16 CertiCafé annual audit; T17 José Carlos delivery and sale;
#   T18 Maria Aparecida sale and advance; T19 Antônio forward sales; T20 Lucas EUDR polygons; T21 Cláudio Dia do Cooperado;
#   T22 Ana Paula re-cupping; T23 Luciana commissions; T24 accountant SPED / e-CAC; list threads L1-L5; plus NF-e, CT-e, Pix/TED,
#   DocuSign, GLPI, newsletters, price bulletins, forwarded messages and auto-replies.
#
# Hijacks (16):
#   A1  T2  server-hijack      supplier's real M365/OWA mailbox: "boleto atualizado" PDF from another bank (336) and beneficiary, faithful quote
#   A2  T5  server-hijack      buyer's real M365/Outlook mailbox: e-signature "aditivo" link on a web.app page asking for the password, altered quote
#   A3  T9  server-hijack      carrier's real Locaweb Roundcube: "XML e DACTE dos CT-e" download link on an unknown domain, faithful quote
#   A4  T11 server-hijack      importer's real M365/Outlook: German text in an English thread, password zip (.pdf.lnk), password in text, no quote
#   A5  T16 server-hijack      certifier's real Zoho mailbox at 20:47: "register your phone for 2-step verification" link on Google Sites
#   A6  T18 account-takeover   producer's Hotmail via SMTP AUTH from Thunderbird: advance to a cousin's PIX key, "her account is blocked"
#   A7  T17 account-takeover   producer's Gmail via a script over SMTP at 03:02: "changed my number, call me on WhatsApp", plain base64 text
#   A8  T7  account-takeover   buyer's Workspace account from eM Client at 02:14: "pedido de compra" HTML attachment = fake Zimbra login
#   A9  T14 account-takeover   US importer's Workspace account from Outlook 16 at 03:12: .ics invite with a "BRCI Trace app v3.2" .msi link
#   A10 T21 display-name-spoof "Cláudio Mendes" from gmail.com: urgent Google Play gift cards, codes by e-mail
#   A11 T15 display-name-spoof "Patrícia Lima" on a compromised glazier's domain (Emotet style): macro .docm, faithful quote
#   A12 T23 display-name-spoof "Luciana Araújo" on a compromised auto-parts domain: payroll "informe de rendimentos" OneNote file
#   A13 T4  lookalike-domain   agronutrl.example on its own M365 tenant: long context-aware PIX random-key change for a real open invoice
#   A14 T10 lookalike-domain   rotasul-log.example via Thunderbird on a VPS: TED to another bank "because of a judicial block", WhatsApp number
#   A15 --  fake-thread        "RE: Notificação Fiscal Eletrônica" as Receita Federal, fabricated quote of Rafael, PDF with a link (tax)
#   A16 --  fake-thread        "RE: Voice Message" in English, caller id = the supplier's real number, SVG attachment, no quote
#
# Genuine hard cases (34):
#   G1  T7  buyer shares Google Sheets/Drive links again (thread always had them)   G2  T8  buyer's new colleague writes for the first time
#   G3  T3  supplier's bank-change letter (PDF), verified by phone afterwards       G4  T3  first boleto from the new (verified) bank
#   G5  --  supplier's NF-e mail (SES) with XML + DANFE, no reply headers           G6  --  carrier's CT-e mail (PHPMailer) with XML + DACTE
#   G7  --  bank "Pix recebido" notification with internet-banking link             G8  T15 the bank's own genuine boleto for the credit line
#   G9  T21 colleague's Zimbra vacation auto-reply                                  G10 T12 importer's Exchange German/English out-of-office
#   G11 T-L1 list reply: tag, footer, broken DKIM, From "via cafes-especiais"       G12 --  colleague forwards an external lab report (Fwd:, PDF)
#   G13 T17 producer from the Gmail app at 22:47 with two photos                    G14 T18 producer's son asks for an advance to her usual account
#   G15 T19 producer writes from a new phone / new client and says so               G16 T13 importer revives a sample thread after ~6 months
#   G17 T10 carrier sends the zipped CT-e XMLs Rafael asked for                     G18 T12 colleague takes over the account as announced
#   G19 T11 English thread, importer adds a German line for his colleague in Cc     G20 T5  draft contract as a link on the buyer's own SharePoint
#   G21 --  genuine DocuSign signing request (links, no reply headers)              G22 --  bank notice on the mandatory digital token (MFA)
#   G23 T16 certifier's audit report PDF + link to its own portal                   G24 T13 importer replies from her iPhone at 23:41 (00:41 in Brazil)
#   G25 T7  buyer sends a PIX receipt PDF                                           G26 --  carrier forwards the warehouse booking (Fwd:)
#   G27 --  accountant forwards a real e-CAC notice (tax, Fwd:)                      G28 T-L2 list reply with a PDF guide attached
#   G29 --  GLPI follow-up: phishing handled, 2FA roll-out link to own webmail      G30 T20 producer sends the KMZ (zip) of his CAR plots on request
#   G31 T6  buyer's trader from Outlook for iOS at 21:52                            G32 T17 producer mentions WhatsApp audio and the PIX key on file
#   G33 T2  supplier warns about the fake "boleto atualizado" sent the day before   G34 --  genuine Google Calendar invitation (text/calendar + .ics)
# Genuine orphans (2): O1 T6 buyer answers the finance manager with Rafael in Cc (parent never in the mailbox);
#   O2 T20 producer answers the cooperative's bulk invitation sent from comunicacao@ with Rafael in Cc.
# Plain genuine replies: every other labelled in-thread partner / colleague / list reply (genuine-reply).
# Totals (as generated): 350 messages (254 INBOX, 96 Sent), 133 labelled: 16 hijack, 81 genuine-reply, 34 genuine-hard, 2 genuine-orphan.
import base64, datetime, hashlib, html as H, io, os, quopri, random, struct, sys, uuid, zipfile, zlib
from zoneinfo import ZoneInfo

if len(sys.argv) != 2:
    raise SystemExit("usage: python3 make-probe-corpus-23.py OUT_DIR")
root = sys.argv[1]
MB = "rafael"
for _f in ("INBOX", "Sent"):
    os.makedirs(f"{root}/mailboxes/{MB}/{_f}", exist_ok=True)
R = random.Random(23)
SP = ZoneInfo("America/Sao_Paulo"); BER = ZoneInfo("Europe/Berlin"); NYC = ZoneInfo("America/New_York")
PAC = ZoneInfo("America/Los_Angeles"); UTC = datetime.timezone.utc; MSK = ZoneInfo("Europe/Moscow")


# ------------------------------------------------------------------ small deterministic helpers
def hx(k): return "".join(R.choice("0123456789abcdef") for _ in range(k))
def HX(k): return hx(k).upper()
def rbytes(k): return bytes(R.getrandbits(8) for _ in range(k))
def ruuid(): return str(uuid.UUID(int=R.getrandbits(128), version=4))
def alnum(k): return "".join(R.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(k))
def digits(k): return "".join(R.choice("0123456789") for _ in range(k))
def b64(k): return base64.b64encode(rbytes(k)).decode()
def at(y, mo, d, h, mi, tz=SP): return datetime.datetime(y, mo, d, h, mi, R.randint(0, 59), tzinfo=tz)
def sec(n): return datetime.timedelta(seconds=n)


def rfc(t, tz=None): return (t.astimezone(tz) if tz else t).strftime("%a, %d %b %Y %H:%M:%S %z")
def rfcu(t): return t.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")
def pfx(t): return rfc(t, SP) + " (-03)"                       # Postfix on the cooperative's Zimbra
def zlmtp(t): return rfc(t, SP) + " (BRT)"                     # Zimbra LMTP
def pac(t): return t.astimezone(PAC).strftime("%a, %d %b %Y %H:%M:%S %z (%Z)")   # Google's own hops


def exo_build(t):
    d = (t.astimezone(UTC).date() - datetime.date(2024, 7, 1)).days
    return f"15.20.{7762 + int(d * 3.15)}.{R.randint(8, 45):03d}"


# ------------------------------------------------------------------ Brazilian document numbers with real check digits
def cnpj(base12):
    n = [int(c) for c in base12]
    for w in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        s = sum(a * b for a, b in zip(n, w)) % 11
        n.append(0 if s < 2 else 11 - s)
    d = "".join(map(str, n))
    return d, f"{d[:2]}.{d[2:5]}.{d[5:8]}/{d[8:12]}-{d[12:]}"


def cpf(base9):
    n = [int(c) for c in base9]
    for k in (10, 11):
        s = sum(a * b for a, b in zip(n, range(k, 1, -1)))
        n.append((s * 10) % 11 % 10)
    d = "".join(map(str, n))
    return d, f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}"


def mod10(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        p = int(c) * (2 if i % 2 == 0 else 1)
        tot += p // 10 + p % 10
    return (10 - tot % 10) % 10


def mod11_boleto(s):
    tot = sum(int(c) * (2 + i % 8) for i, c in enumerate(reversed(s)))
    dv = 11 - tot % 11
    return 1 if dv in (0, 1, 10, 11) else dv


def mod11_key(s):
    tot = sum(int(c) * (2 + i % 8) for i, c in enumerate(reversed(s)))
    dv = 11 - tot % 11
    return 0 if dv >= 10 else dv


def fator_venc(d):
    f = (d - datetime.date(1997, 10, 7)).days
    return f - 9000 if f > 9999 else f


def boleto(bank, venc, valor_cent, livre25):
    """returns (barcode44, linha digitavel 47 digits formatted)"""
    fv = f"{fator_venc(venc):04d}{valor_cent:010d}"
    base = bank + "9" + fv + livre25
    dv = mod11_boleto(base)
    bar = bank + "9" + str(dv) + fv + livre25
    c1 = bank + "9" + livre25[:5]; c1 += str(mod10(c1))
    c2 = livre25[5:15]; c2 += str(mod10(c2))
    c3 = livre25[15:25]; c3 += str(mod10(c3))
    linha = f"{c1[:5]}.{c1[5:]} {c2[:5]}.{c2[5:]} {c3[:5]}.{c3[5:]} {dv} {fv}"
    assert len(linha.replace(".", "").replace(" ", "")) == 47
    return bar, linha


def arrecadacao(valor_cent, orgao4, livre25):
    """48-digit 'linha digitavel' of a government collection slip (DARF): segment 5, value id 6 (mod 10)"""
    body = "85" + "?" + f"{valor_cent:011d}" + orgao4 + livre25
    dv = mod10(body.replace("?", ""))
    bar = body.replace("?", str(dv))
    blocks = [bar[i:i + 11] for i in range(0, 44, 11)]
    return bar, " ".join(f"{b}-{mod10(b)}" for b in blocks)


def chave_nfe(uf, aamm, cnpj14, mod, serie, nnf):
    base = f"{uf}{aamm}{cnpj14}{mod}{serie:03d}{nnf:09d}1{digits(8)}"
    return base + str(mod11_key(base))


def brl(cent):
    s = f"{cent // 100:,}".replace(",", ".")
    return f"R$ {s},{cent % 100:02d}"


# ------------------------------------------------------------------ people
class Pt:
    def __init__(s, name, email, client, infra, sig="", tz=SP, lang="pt"):
        s.name, s.email, s.client, s.infra, s.sig, s.tz, s.lang = name, email, client, infra, sig, tz, lang
        s.dom = email.split("@")[1]


OWN = "coopersapucai.example"
MTA = f"mail.{OWN}"
COOP = "Coopersapucaí - Cooperativa Regional dos Cafeicultores do Vale do Sapucaí"
COOP_CNPJ14, COOP_CNPJ = cnpj("217483560001")
SIG_ME = ("\n\nAtt.,\n\nRafael Albuquerque Santos\nGerente Comercial\n" + COOP +
          "\n(35) 3334-5120 | (35) 99812-4471\nRod. MG-347, km 4 - Carmo de Minas/MG")
SIG_ME_EN = ("\n\nBest regards,\n\nRafael Albuquerque Santos\nCommercial Manager\nCoopersapucaí - Vale do Sapucaí Coffee Growers' Cooperative\n"
             "+55 35 3334-5120 | mobile/WhatsApp +55 35 99812-4471\nCarmo de Minas, MG - Brazil")
SIG_ME_TB = "\n\n-- \nRafael Albuquerque Santos\nGerente Comercial - Coopersapucaí\n(35) 3334-5120 | (35) 99812-4471"
SIG_ME_MOB = "\n\nRafael\nEnviado do celular"
me = Pt("Rafael Albuquerque Santos", f"rafael.santos@{OWN}", "zwc", "own", SIG_ME)
# colleagues on the same Zimbra (Zimbra web client)
claudio = Pt("Cláudio Mendes", f"claudio.mendes@{OWN}", "zwc", "zimbra-int",
             "\n\nAtt.,\nCláudio Mendes\nGerente Financeiro\nCoopersapucaí\n(35) 3334-5131")
anapaula = Pt("Ana Paula Rezende", f"anapaula.rezende@{OWN}", "zwc", "zimbra-int",
              "\n\nAna Paula Rezende\nClassificação e Qualidade - Coopersapucaí\nClassificadora MAPA / Q-Grader\n(35) 3334-5140")
luciana = Pt("Luciana Araújo", f"luciana.araujo@{OWN}", "zwc", "zimbra-int",
             "\n\nAtt.,\nLuciana Araújo\nRecursos Humanos - Coopersapucaí\n(35) 3334-5108")
glpi = Pt("Suporte TI Coopersapucaí", f"chamados@{OWN}", "glpi", "zimbra-glpi")
comunic = Pt("Comunicação Coopersapucaí", f"comunicacao@{OWN}", "zwc", "zimbra-int")
# buyers / exporters
fernanda = Pt("Fernanda Okamoto", "fernanda.okamoto@atlanticacafes.example", "olk", "exo-atl",
              "\n\nAtenciosamente,\n\nFernanda Okamoto\nTrader - Cafés do Brasil\nComissária Atlântica de Cafés Ltda.\n"
              "Rua XV de Novembro, 95 - 4º andar - Centro - Santos/SP\nTel.: +55 13 3219-4470 | Cel.: +55 13 99741-2208")
marcelo = Pt("Marcelo Duarte", "marcelo.duarte@atlanticacafes.example", "olk", "exo-atl",
             "\n\nAtenciosamente,\n\nMarcelo Duarte\nContratos e Financeiro\nComissária Atlântica de Cafés Ltda.\nTel.: +55 13 3219-4482")
beatriz = Pt("Beatriz Nogueira", "beatriz@torrefacaopaulistana.example", "gws", "gws-tp",
             "\n\n--\nBeatriz Nogueira\nCompras de Cafés Especiais | Torrefação Paulistana\n(11) 3061-2290 | @torrefacaopaulistana")
ricardo = Pt("Ricardo Tanaka", "ricardo.tanaka@torrefacaopaulistana.example", "gws", "gws-tp",
             "\n\n--\nRicardo Tanaka\nComprador | Torrefação Paulistana\n(11) 3061-2291 | (11) 97302-5584")
# suppliers, logistics, bank, certifier, accountant
diego = Pt("Diego Martins", "diego.martins@agronutri.example", "owa", "exo-agn",
           "\n\nAtenciosamente,\n\nDiego Martins\nConsultor Técnico de Vendas - Sul de Minas\nAgroNutri Insumos Agrícolas Ltda.\n(35) 3221-8800 | (35) 99877-0312")
sueli = Pt("Sueli Castro", "sueli.castro@agronutri.example", "owa", "exo-agn",
           "\n\nAtenciosamente,\n\nSueli Castro\nFinanceiro - Contas a Receber\nAgroNutri Insumos Agrícolas Ltda.\n(35) 3221-8800 ramal 214")
agn_nfe = Pt("AgroNutri NF-e", "nfe@agronutri.example", "ses", "ses-agn")
edson = Pt("Edson Pereira", "edson@rotasullog.example", "roundcube", "locaweb-rs",
           "\n\n--\nEdson Pereira\nOperações / Programação de Cargas\nRota Sul Logística e Transportes Ltda.\n(35) 3212-4060 | (35) 98841-7730")
rs_cte = Pt("Rota Sul - CT-e", "cte@rotasullog.example", "ctesys", "locaweb-rs-sys")
patricia = Pt("Patrícia Lima", "patricia.lima@credimantiqueira.example", "olkx", "ex19-cred",
              "\n\nAtenciosamente,\n\nPatrícia Lima\nGerente de Relacionamento Agronegócio\nCredimantiqueira - Cooperativa de Crédito\n"
              "PA Carmo de Minas | (35) 3334-7700 | Ouvidoria 0800 555 0199")
credinote = Pt("Credimantiqueira", "naoresponda@credimantiqueira.example", "banknote", "cred-notify")
juliana = Pt("Juliana Prado", "juliana.prado@certicafe.example", "zoho", "zoho-cc",
             "\n\nAtenciosamente,\nJuliana Prado\nAuditora Líder | CertiCafé Certificações\n(31) 3284-6610 | certicafe.example")
gilberto = Pt("Gilberto Moura", "gilberto@reismoura.example", "tbx", "cpanel-rm",
              "\n\n-- \nGilberto Moura\nReis & Moura Contabilidade - CRC-MG 071.442\n(35) 3331-2027")
# importers
jan = Pt("Jan Hoffmann", "jan.hoffmann@elbkaffee.example", "olkde", "exo-elb",
         "\n\nBest regards / Viele Grüße\n\nJan Hoffmann\nGreen Coffee Buyer\nElbkaffee Import GmbH\nAm Sandtorkai 48 | 20457 Hamburg\n"
         "T +49 40 3008 5512 | M +49 171 5553 0981", tz=BER, lang="en")
katrin = Pt("Katrin Vogel", "katrin.vogel@elbkaffee.example", "olkde", "exo-elb",
            "\n\nKind regards / Freundliche Grüße\n\nKatrin Vogel\nContracts & Logistics\nElbkaffee Import GmbH\nAm Sandtorkai 48 | 20457 Hamburg\n"
            "T +49 40 3008 5520", tz=BER, lang="en")
sarah = Pt("Sarah Mitchell", "sarah@blueridgecoffee.example", "gwsen", "gws-br",
           "\n\n--\nSarah Mitchell\nSourcing Manager | Blue Ridge Coffee Importers\nRichmond, VA | +1 804 555 0147", tz=NYC, lang="en")
# producers (cooperados) on consumer mail
jose = Pt("José Carlos Ribeiro", "josecarlos.ribeiro.cafe@gmail.com", "gandroid", "gmail", "\n\nJosé Carlos\nSítio Boa Vista")
maria = Pt("Maria Aparecida Ferreira", "mariaaparecida.ferreira58@hotmail.com", "hotmail", "hotmail", "")
antonio = Pt("Antônio Lemos", "antoniolemos@uol.com.br", "uol", "uol", "\n\nAntônio Lemos\nSítio Lemos - Cristina/MG")
lucas = Pt("Lucas Carvalho", "lucascarvalho.fsl@terra.com.br", "ox", "terra",
           "\n\nLucas Carvalho\nFazenda Santa Luzia - Dom Viçoso/MG\n(35) 99145-3380")
# automatic senders
docusign = Pt("Marcelo Duarte via DocuSign", "dse_NA3@docusign.net", "docusign", "docusign")
mchimp = Pt("Notícias do Café", "boletim@noticiasdocafe.example", "mailchimp", "mailchimp")
indic = Pt("Indicador Café Sul de Minas", "indicador@mercadocafe.example", "sendgrid", "sendgrid-ind")
gcal = Pt("Sarah Mitchell", "sarah@blueridgecoffee.example", "gcal", "gws-br", tz=NYC, lang="en")
LIST = "cafes-especiais@listas.cafesespeciais.example"

# ------------------------------------------------------------------ sending infrastructure
# helo, rdns, ip, dkim d, dkim s (None = unsigned), envelope (None = From address), spf result, dmarc policy (None = no record)
INFRA = {
    "zimbra-int": None, "zimbra-glpi": None, "own": None,
    "exo-atl": ("BRA01-CP1-obe.outbound.protection.outlook.com", "mail-cp1bra01on21{n}.outbound.protection.outlook.com", "40.107.102.1{n}",
                "atlanticacafes.example", "selector1", None, "pass", "quarantine"),
    "exo-agn": ("BRA01-RO2-obe.outbound.protection.outlook.com", "mail-ro2bra01on20{n}.outbound.protection.outlook.com", "40.107.104.{n}",
                "agronutri.example", "selector2", None, "pass", "none"),
    "exo-elb": ("DEU01-FR2-obe.outbound.protection.outlook.com", "mail-fr2deu01on21{n}.outbound.protection.outlook.com", "40.107.135.1{n}",
                "elbkaffee.example", "selector1", None, "pass", "reject"),
    "hotmail": ("BRA01-CP2-obe.outbound.protection.outlook.com", "mail-cp2bra01olkn20{n}.outbound.protection.outlook.com", "40.92.42.{n}",
                "hotmail.com", "selector1", None, "pass", "none"),
    "gws-tp": ("mail-{g}.google.com", "mail-{g}.google.com", "{gip}", "torrefacaopaulistana.example", "google", None, "pass", "none"),
    "gws-br": ("mail-{g}.google.com", "mail-{g}.google.com", "{gip}", "blueridgecoffee.example", "google", None, "pass", "quarantine"),
    "gmail": ("mail-{g}.google.com", "mail-{g}.google.com", "{gip}", "gmail.com", "20230601", None, "pass", "none"),
    "locaweb-rs": ("smtp-sp-13.locaweb.com.br", "smtp-sp-13.locaweb.com.br", "191.252.110.13", "rotasullog.example", "lw2023", None, "pass", "none"),
    "locaweb-rs-sys": ("smtp-sp-21.locaweb.com.br", "smtp-sp-21.locaweb.com.br", "191.252.110.21", "rotasullog.example", "lw2023", None, "pass", "none"),
    "ex19-cred": ("mx-out01.credimantiqueira.example", "mx-out01.credimantiqueira.example", "187.45.112.20", "credimantiqueira.example", "mail2023",
                  None, "pass", "reject"),
    "cred-notify": ("notifica02.credimantiqueira.example", "notifica02.credimantiqueira.example", "187.45.112.31", "credimantiqueira.example",
                    "notif2023", "bounce.credimantiqueira.example", "pass", "reject"),
    "zoho-cc": ("sender4-op-o{n}.zoho.com", "sender4-op-o{n}.zoho.com", "136.143.188.{n}", "certicafe.example", "zmail", None, "pass", "none"),
    "cpanel-rm": ("br612.hostgator.com.br", "br612.hostgator.com.br", "162.241.2.177", "reismoura.example", "default", None, "pass", None),
    "uol": ("mta-ext-03.uol.com.br", "mta-ext-03.uol.com.br", "200.147.36.17", "uol.com.br", "s20210803", None, "pass", "none"),
    "terra": ("smtp-sp201-03.terra.com.br", "smtp-sp201-03.terra.com.br", "208.84.244.133", "terra.com.br", "terra2022", None, "pass", "none"),
    "ses-agn": ("a8-{n}.smtp-out.amazonses.com", "a8-{n}.smtp-out.amazonses.com", "54.240.8.{n}", "agronutri.example", "ses2023", "amazonses.com", "pass", "none"),
    "docusign": ("mailda.docusign.net", "mailda.docusign.net", "64.207.219.{n}", "docusign.net", "s1", "docusign.net", "pass", "reject"),
    "mailchimp": ("mail{n}.atl121.mcdlv.net", "mail{n}.atl121.mcdlv.net", "198.2.180.{n}", "noticiasdocafe.example", "k2", "mail{n}.atl121.mcdlv.net",
                  "pass", "none"),
    "sendgrid-ind": ("o1.ptr4021.mercadocafe.example", "o1.ptr4021.mercadocafe.example", "149.72.61.{n}", "mercadocafe.example", "s1",
                     "em2251.mercadocafe.example", "pass", "none"),
    "mailman": ("listas.cafesespeciais.example", "listas.cafesespeciais.example", "177.70.96.41", None, None, "listas.cafesespeciais.example", "pass", None),
    "gws-mant": ("mail-{g}.google.com", "mail-{g}.google.com", "{gip}", "cafedamantiqueira.example", "google", None, "pass", "none"),
    "gws-agc": ("mail-{g}.google.com", "mail-{g}.google.com", "{gip}", "agroconsult.example", "google", None, "pass", "none"),
    "yahoo": ("sonic313-21.consmr.mail.gq1.yahoo.com", "sonic313-21.consmr.mail.gq1.yahoo.com", "98.137.65.84", "yahoo.com.br", "s2048", None, "pass", "reject"),
    "ifsul": ("smtp.ifsuldeminas.example", "smtp.ifsuldeminas.example", "200.131.224.16", "ifsuldeminas.example", "default", None, "pass", "none"),
    # attackers' infrastructure
    "exo-lk-agn": ("NAM12-MW2-obe.outbound.protection.outlook.com", "mail-mw2nam12on20{n}.outbound.protection.outlook.com", "40.107.244.{n}",
                   "agronutrl.example", "selector1", None, "pass", "none"),
    "vps-lk-rs": ("mail.rotasul-log.example", "vps58213.publiccloud.example", "95.216.33.114", "rotasul-log.example", "default", None, "pass", "none"),
    "cpanel-vidr": ("srv41.hostbrasil.example", "srv41.hostbrasil.example", "191.6.217.90", "vidracariasaojorge.example", "default", None, "pass", None),
    "cpanel-auto": ("mx2.webhosting-sp.example", "mx2.webhosting-sp.example", "177.12.171.8", "autopecasbrasilia.example", "x", None, "pass", None),
    "vps-receita": ("mail.ecac-receitafederal.example", "static.204.88.134.45.clients.example", "45.134.88.204", None, None, None, "pass", None),
    "vps-vmail": ("smtp.vmail-notify.example", "smtp.vmail-notify.example", "89.144.9.35", "vmail-notify.example", "s1", None, "pass", None),
}
EXO_HOST = {"atlanticacafes.example": ("CP6P284MB2817", "BRAP284", "2603:10d6:103"), "agronutri.example": ("RO2P215MB1920", "BRAP215", "2603:10d6:10"),
            "elbkaffee.example": ("FR2P281MB2204", "DEUP281", "2603:10a6:d10"), "hotmail.com": ("CPUP152MB4471", "LAMP152", "2603:10d6:103"),
            "agronutrl.example": ("MW4PR12MB6911", "namprd12", "2603:10b6:303")}
TENANT = {d: ruuid() for d in EXO_HOST}
EXCH_CRED = ("CMSRV-EXCH02", "credimantiqueira.local", "10.40.1.12")
GHOSTS = [("lf1-f41", "209.85.167.41"), ("ej1-f54", "209.85.218.54"), ("yw1-f173", "209.85.128.173"), ("pj1-f44", "209.85.216.44"),
          ("qk1-f182", "209.85.222.182"), ("oi1-f170", "209.85.167.170")]


def fill(s, n, g, gip):
    return s.replace("{n}", n).replace("{g}", g).replace("{gip}", gip)


def spam_status(tests):
    sc = {"DKIM_SIGNED": 0.1, "DKIM_VALID": -0.1, "DKIM_VALID_AU": -0.1, "DKIM_VALID_EF": -0.1, "SPF_PASS": -0.001, "SPF_HELO_NONE": 0.001,
          "SPF_NONE": 0.001, "HTML_MESSAGE": 0.001, "FREEMAIL_FROM": 0.001, "RCVD_IN_DNSWL_NONE": -0.0001, "RCVD_IN_MSPIKE_H2": -0.001,
          "MAILING_LIST_MULTI": -1.0, "T_SCC_BODY_TEXT_LINE": -0.01, "DKIM_INVALID": 0.1, "ARC_SIGNED": 0.001, "ARC_VALID": -0.1,
          "RCVD_IN_VALIDITY_RPBL_BLOCKED": 0.001, "RCVD_IN_ZEN_BLOCKED_OPENDNS": 0.001, "URIBL_BLOCKED": 0.001, "MIME_HTML_ONLY": 0.1,
          "T_FILL_THIS_FORM_SHORT": 0.01, "RDNS_NONE": 0.793, "RCVD_IN_MSPIKE_H3": 0.001, "HTML_FONT_LOW_CONTRAST": 0.001,
          "KAM_DMARC_STATUS": 0.01, "MSGID_FROM_MTA_HEADER": 0.001, "T_REMOTE_IMAGE": 0.01}
    score = round(sum(sc.get(x, 0.001) for x in tests), 3)
    lines = []; cur = "tests=["
    for i, x in enumerate(sorted(tests)):
        item = f"{x}={sc.get(x, 0.001)}" + (", " if i < len(tests) - 1 else "]")
        if len(cur) + len(item) > 66: lines.append(cur.rstrip()); cur = item
        else: cur += item
    lines.append(cur + " autolearn=ham autolearn_force=no" if tests else "tests=[none] autolearn=ham autolearn_force=no")
    return score, [("X-Spam-Flag", "NO"), ("X-Spam-Score", f"{score}"), ("X-Spam-Level", "*" * max(0, int(score))),
                   ("X-Spam-Status", f"No, score={score} tagged_above=-10 required=6.6\n\t" + "\n\t".join(lines))]


def inbound(who, t, infra, client, env=None, orig_ip=None, html=False, freemail=False, listmail=False, dkim_broken=None, extra_tests=()):
    """headers the cooperative's Zimbra adds on delivery (newest first) + the sender side hops; returns (headers, arrival time)"""
    arr = t + sec(R.randint(3, 25))
    qid = HX(10) + R.choice("0123456789ABCDEF")
    if INFRA.get(infra) is None:   # internal mail on the same Zimbra
        ip = f"10.10.20.{R.randint(30, 90)}" if client != "glpi" else "10.10.0.40"
        hs = [("Return-Path", f"<{env or who.email}>"),
              ("Received", f"from {MTA} (LHLO {MTA}) (10.10.0.25)\n by {MTA} with LMTP; {zlmtp(arr + sec(1))}"),
              ("Received", f"from localhost (localhost [127.0.0.1])\n\tby {MTA} (Postfix) with ESMTP id {HX(11)};\n\t{pfx(arr + sec(1))}"),
              ("X-Virus-Scanned", f"amavis at {OWN}"),
              ("Received", f"from {MTA} ([127.0.0.1])\n\tby localhost ({MTA} [127.0.0.1]) (amavis, port 10026)\n\twith ESMTP id {alnum(12)};\n\t{pfx(arr)}"),
              ("Received", (f"from {MTA} (localhost [127.0.0.1])\n\tby {MTA} (Postfix) with ESMTP id {qid};\n\t{pfx(arr)}" if client != "glpi" else
                            f"from glpi.{OWN} (glpi.{OWN} [10.10.0.40])\n\tby {MTA} (Postfix) with ESMTP id {qid}\n\tfor <{me.email}>; {pfx(arr)}"))]
        return hs, arr
    helo, rdns, ip, d, s, envdom, spf, dmarc = INFRA[infra]
    n = str(R.randint(10, 99)); g, gip = R.choice(GHOSTS)
    helo, rdns, ip = fill(helo, n, g, gip), fill(rdns, n, g, gip), fill(ip, n, g, gip)
    if envdom: envdom = fill(envdom, n, g, gip)
    fromdom = who.email.split("@")[1]
    if env is None:
        if infra == "ses-agn": env = f"01000{hx(11)}-{ruuid()}-000000@amazonses.com"
        elif infra == "docusign": env = f"dse_NA3@docusign.net"
        elif infra == "mailchimp": env = f"bounce-mc.us14_{R.randint(10**7, 10**8)}.{R.randint(10**6, 10**7)}-{hx(10)}@{envdom}"
        elif infra == "sendgrid-ind": env = f"bounces+{R.randint(10**7, 10**8)}-{hx(4)}-rafael.santos={OWN}@{envdom}"
        elif infra == "cred-notify": env = f"bounce-{hx(12)}@{envdom}"
        elif infra == "mailman": env = "cafes-especiais-bounces@listas.cafesespeciais.example"
        else: env = who.email
    envd = env.split("@")[1]
    tests = []
    ar = []
    if s and not dkim_broken:
        tests += ["DKIM_SIGNED", "DKIM_VALID"] + (["DKIM_VALID_AU"] if d == fromdom else []) + (["DKIM_VALID_EF"] if d == "gmail.com" else [])
        ar.append(f"dkim=pass (2048-bit key) header.d={d} header.i=@{d} header.b={alnum(8)}")
        if infra == "ses-agn": ar.append(f"dkim=pass (1024-bit key) header.d=amazonses.com header.i=@amazonses.com header.b={alnum(8)}")
    elif dkim_broken:
        tests += ["DKIM_SIGNED", "DKIM_INVALID"]
        ar.append(f"dkim=fail (2048-bit key) reason=\"fail (message has been altered)\"\n\theader.d={dkim_broken} header.i=@{dkim_broken} header.b={alnum(8)}")
    tests.append({"pass": "SPF_PASS", "none": "SPF_NONE"}.get(spf, "SPF_SOFTFAIL"))
    tests.append("SPF_HELO_NONE" if not helo.endswith(("google.com", "outlook.com", "zoho.com")) else "SPF_HELO_PASS")
    if html: tests.append("HTML_MESSAGE")
    if freemail: tests.append("FREEMAIL_FROM")
    if listmail: tests.append("MAILING_LIST_MULTI")
    if infra.startswith(("exo", "hotmail", "gws", "gmail")): tests += ["ARC_SIGNED", "ARC_VALID"]
    tests += ["RCVD_IN_DNSWL_NONE", "RCVD_IN_VALIDITY_RPBL_BLOCKED", "RCVD_IN_ZEN_BLOCKED_OPENDNS", "URIBL_BLOCKED"] + list(extra_tests)
    if infra.startswith(("exo", "hotmail", "gws", "gmail", "zoho")): tests.append("RCVD_IN_MSPIKE_H2")
    _, spamh = spam_status(tests)
    hs = [("Return-Path", f"<{env}>"),
          ("Received", f"from {MTA} (LHLO {MTA}) (10.10.0.25)\n by {MTA} with LMTP; {zlmtp(arr + sec(2))}"),
          ("Received", f"from localhost (localhost [127.0.0.1])\n\tby {MTA} (Postfix) with ESMTP id {HX(11)}\n\tfor <{me.email}>; {pfx(arr + sec(2))}"),
          ("X-Virus-Scanned", f"amavis at {OWN}")] + spamh
    if ar: hs.append(("Authentication-Results", f"{MTA} (amavis);\n\t" + ";\n\t".join(ar)))
    hs.append(("Received", f"from {MTA} ([127.0.0.1])\n\tby localhost ({MTA} [127.0.0.1]) (amavis, port 10032)\n\twith ESMTP id {alnum(12)} for <{me.email}>;\n\t{pfx(arr + sec(1))}"))
    if dmarc or infra in ("cpanel-rm", "cpanel-vidr", "cpanel-auto", "vps-receita", "vps-vmail", "mailman"):
        if infra == "mailman":
            hs.append(("Authentication-Results", f"{MTA}; dmarc=none (p=none dis=none) header.from=listas.cafesespeciais.example"
                       if listmail == "munged" else f"{MTA}; dmarc=fail (p=none dis=none) header.from={fromdom}"))
        else:
            p = dmarc or "none"
            hs.append(("Authentication-Results", f"{MTA}; dmarc={'pass' if dmarc else 'none'} (p={p} dis=none) header.from={fromdom}"))
    hs.append(("Received-SPF", f"{'Pass' if spf == 'pass' else 'None'} (mailfrom) identity=mailfrom; client-ip={ip}; helo={helo};"
                               f" envelope-from={env}; receiver={me.email}"))
    tls = ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
           "\t(No client certificate requested)\n") if infra not in ("vps-receita",) else ""
    hs.append(("Received", f"from {helo} ({rdns} [{ip}])\n\t{tls}\tby {MTA} (Postfix) with ESMTPS id {qid}\n\tfor <{me.email}>; {pfx(arr)}"))
    return hs, arr


def gsid(t):
    lt = t.astimezone(PAC)
    return f"{hx(13)}-{hx(11)}sm{R.randint(1000000, 99999999)}{alnum(3).lower()}.{R.randint(1, 99)}.{lt:%Y.%m.%d.%H.%M.%S}"


def sender_hops(who, infra, client, t, env, orig_ip=None, ato=False):
    """Received (and signature) headers written on the sender's side, newest first"""
    hs = []
    tu = t + sec(1)
    if infra.startswith("exo") or infra == "hotmail":
        host, reg, v6 = EXO_HOST[who.dom]
        host2 = host[:-4] + str(R.randint(1000, 9999))
        b = exo_build(t)
        hs.append(("Received", f"from {host}.{reg}.PROD.OUTLOOK.COM ({v6}:{hx(3)}::{hx(2)}) by\n {host2}.{reg}.PROD.OUTLOOK.COM ({v6}:{hx(3)}::{hx(1)}) with\n"
                               f" Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {b}; {rfcu(tu)}"))
        if ato:
            hs.append(("Received", f"from [127.0.0.1] ({orig_ip}) by {host}.{reg}.PROD.OUTLOOK.COM\n ({v6}:{hx(3)}::{hx(2)}) with Microsoft SMTP Server (version=TLS1_2,\n"
                                   f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {b} via Frontend Transport; {rfcu(t)}"))
        else:
            hs.append(("Received", f"from {host}.{reg}.PROD.OUTLOOK.COM\n ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {host}.{reg}.PROD.OUTLOOK.COM\n"
                                   f" ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%{R.randint(3, 7)}]) with mapi id {b}; {rfcu(t)}"))
        d, s = INFRA[infra][3], INFRA[infra][4]
        hs.insert(0, ("ARC-Authentication-Results", f"i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom={d}; dmarc=pass action=none\n header.from={d}; dkim=pass header.d={d}; arc=none"))
        hs.insert(0, ("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n"
                                               f" h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n"
                                               f" bh={b64(32)};\n b={b64(190)}"))
        hs.insert(0, ("ARC-Seal", f"i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={b64(190)}"))
        hs.insert(0, ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};\n s={s};\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n"
                                        f" bh={b64(32)};\n b={b64(190)}"))
        return hs
    if infra.startswith(("gws", "gmail")):
        d, s = INFRA[infra][3], INFRA[infra][4]
        if client == "iphone":
            hs.append(("Received", f"from smtpclient.apple ([2600:387:f:{hx(4)}::{hx(1)}])\n        by smtp.gmail.com with ESMTPSA id {gsid(t)}\n"
                                   f"        for <{me.email}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {pac(t)}"))
        elif ato:
            hs.append(("Received", f"from {orig_ip[0]} ([{orig_ip[1]}])\n        by smtp.gmail.com with ESMTPSA id {gsid(t)}\n"
                                   f"        for <{me.email}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {pac(t)}"))
        hs.insert(0, ("X-Received", f"by 2002:a05:{R.choice(('6512', '6402', '620c', '6a00'))}:{hx(3)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {alnum(20).lower()}.{R.randint(10, 99)}.{int(tu.timestamp())};\n        {pac(tu)}"))
        hs.insert(0, ("X-Google-Smtp-Source", "AGHT+I" + alnum(70)))
        hs.insert(0, ("X-Gm-Message-State", "AOJu0Y" + alnum(46) + "\n\t" + alnum(60)))
        hs.insert(0, ("X-Google-DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t={int(t.timestamp())}; x={int(t.timestamp()) + 604800};\n"
                                                 "        h=to:subject:message-id:date:from:in-reply-to:references:mime-version\n         :x-gm-message-state:from:to:cc:subject:date:message-id:reply-to;\n"
                                                 f"        bh={b64(32)};\n        b={b64(170)}"))
        hs.insert(0, ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d={d}; s={s}; t={int(t.timestamp())}; x={int(t.timestamp()) + 604800}; darn={OWN};\n"
                                        "        h=to:subject:message-id:date:from:in-reply-to:references:mime-version\n         :from:to:cc:subject:date:message-id:reply-to;\n"
                                        f"        bh={b64(32)};\n        b={b64(170)}"))
        return hs
    if infra.startswith("locaweb"):
        if infra == "locaweb-rs":
            hs.append(("Received", f"from webmail-11.locaweb.com.br (webmail-11.locaweb.com.br [10.31.120.11])\n\t(Authenticated sender: {who.email})\n"
                                   f"\tby smtp-sp-13.locaweb.com.br (Postfix) with ESMTPA id {HX(11)}\n\tfor <{me.email}>; {rfc(t, SP)} (-03)"))
        else:
            hs.append(("Received", f"from erp.rotasullog.example (unknown [177.69.214.30])\n\t(Authenticated sender: {who.email})\n"
                                   f"\tby smtp-sp-21.locaweb.com.br (Postfix) with ESMTPSA id {HX(11)}\n\tfor <{me.email}>; {rfc(t, SP)} (-03)"))
        hs.insert(0, ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d=rotasullog.example;\n\ts=lw2023; t={int(t.timestamp())};\n\tbh={b64(32)};\n"
                                        "\th=Date:From:To:Subject:In-Reply-To:References:From;\n\tb=" + b64(190)))
        return hs
    if infra == "ex19-cred":
        srv, ad, lan = EXCH_CRED
        hs.append(("Received", f"from {srv}.{ad} ({lan}) by {srv}.{ad}\n ({lan}) with Microsoft SMTP Server (version=TLS1_2,\n"
                               f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14 via Frontend Transport; {rfc(t)}"))
        hs.insert(0, ("Received", f"from {srv}.{ad} (unknown [{lan}])\n\tby mx-out01.credimantiqueira.example (Postfix) with ESMTPS id {HX(11)}\n\tfor <{me.email}>; {rfc(tu)} (-03)"))
        hs.insert(0, ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d=credimantiqueira.example;\n\ts=mail2023; t={int(t.timestamp())};\n\tbh={b64(32)};\n"
                                        "\th=From:To:Subject:Date:Message-ID:References:In-Reply-To:Content-Type:MIME-Version;\n\tb=" + b64(190)))
        return hs
    if infra == "cred-notify":
        hs.insert(0, ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d=credimantiqueira.example;\n\ts=notif2023; t={int(t.timestamp())};\n\tbh={b64(32)};\n"
                                        "\th=From:To:Subject:Date:Message-ID:Content-Type:MIME-Version;\n\tb=" + b64(190)))
        return hs
    if infra == "zoho-cc":
        hs.append(("Received", f"from mail.zoho.com by mx.zohomail.com\n\twith SMTP id {int(t.timestamp() * 1000)}{R.randint(100, 999)}.{R.randint(100, 999)}{R.randint(100, 999)}"
                               f"{R.randint(100, 999)}{R.randint(100, 999)}; {pac(t)}"))
        hs.insert(0, ("DKIM-Signature", f"a=rsa-sha256; q=dns/txt; c=relaxed/relaxed; t={int(t.timestamp())};\n\ts=zmail; d=certicafe.example; i=juliana.prado@certicafe.example;\n"
                                        "\th=Date:Date:From:From:To:To:Message-Id:Message-Id:In-Reply-To:Subject:Subject:MIME-Version:Content-Type:References:Reply-To:Cc;\n"
                                        f"\tbh={b64(32)};\n\tb={b64(190)}"))
        hs.insert(0, ("ARC-Seal", f"i=1; a=rsa-sha256; t={int(t.timestamp())}; cv=none;\n\td=zohomail.com; s=zohoarc;\n\tb={b64(190)}"))
        return hs
    if infra == "cpanel-rm":
        hs.append(("Received", f"from [177.{R.randint(100, 140)}.{R.randint(1, 250)}.{R.randint(1, 250)}] (port={R.randint(50000, 65000)} helo=[192.168.0.{R.randint(10, 40)}])\n"
                               f"\tby br612.hostgator.com.br with esmtpsa  (TLS1.3) tls TLS_AES_128_GCM_SHA256\n\t(Exim 4.96.2)\n\t(envelope-from <{who.email}>)\n"
                               f"\tid 1t{alnum(4)}-000{alnum(3)}-{alnum(2)}\n\tfor {me.email};\n\t{rfc(t)}"))
        hs.insert(0, ("DKIM-Signature", f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/relaxed; d=reismoura.example;\n\ts=default; h=In-Reply-To:From:References:To:Subject:MIME-Version:Date:\n"
                                        f"\tMessage-ID:Content-Type:Sender:Reply-To:Cc; bh={b64(32)}; b={b64(190)};"))
        return hs
    if infra == "uol":
        if client == "uolgapp":
            hs.append(("Received", f"from [10.{R.randint(0, 80)}.{R.randint(0, 250)}.{R.randint(1, 250)}] (unknown [177.{R.choice((26, 79, 130))}.{R.randint(1, 250)}.{R.randint(1, 250)}])\n"
                                   f"\t(Authenticated sender: {who.email})\n\tby smtp.uol.com.br (Postfix) with ESMTPSA id {HX(11)}\n\tfor <{me.email}>; {rfc(t)} (-03)"))
        else:
            hs.append(("Received", f"from webmail-fe07.uol.com.br (webmail-fe07 [10.42.7.107])\n\tby smtp.uol.com.br (Postfix) with ESMTPA id {HX(11)}\n\tfor <{me.email}>; {rfc(t)} (-03)"))
        hs.insert(0, ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d=uol.com.br;\n\ts=s20210803; t={int(t.timestamp())};\n\tbh={b64(32)};\n"
                                        "\th=Date:From:To:Subject:In-Reply-To:References:From;\n\tb=" + b64(190)))
        return hs
    if infra == "terra":
        hs.append(("Received", f"from app-ox04.terra.com.br (app-ox04.terra.com.br [10.26.4.14])\n\tby smtp-sp201-03.terra.com.br (Postfix) with ESMTPA id {HX(11)}\n"
                               f"\tfor <{me.email}>; {rfc(t)} (-03)"))
        hs.insert(0, ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d=terra.com.br;\n\ts=terra2022; t={int(t.timestamp())};\n\tbh={b64(32)};\n"
                                        "\th=Date:From:To:Message-ID:In-Reply-To:References:Subject;\n\tb=" + b64(190)))
        return hs
    if infra == "ses-agn":
        hs.insert(0, ("DKIM-Signature", f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=ug7nbtf4gccmlpwj322ax3p6ow6yfsug; d=amazonses.com; t={int(t.timestamp())};\n"
                                        f"\th=From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID;\n\tbh={b64(32)};\n\tb={b64(170)}"))
        hs.insert(0, ("DKIM-Signature", f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=ses2023; d=agronutri.example; t={int(t.timestamp())};\n"
                                        f"\th=From:To:Subject:MIME-Version:Content-Type:Message-ID:Date;\n\tbh={b64(32)};\n\tb={b64(170)}"))
        return hs
    if infra in ("docusign", "mailchimp", "sendgrid-ind", "vps-vmail", "vps-lk-rs", "cpanel-vidr", "cpanel-auto"):
        d, s = INFRA[infra][3], INFRA[infra][4]
        if infra in ("vps-lk-rs", "cpanel-vidr", "cpanel-auto"):
            host = INFRA[infra][0]
            hs.append(("Received", f"from [{orig_ip}] (port={R.randint(50000, 65000)} helo=[{'WIN-' + HX(11) if infra != 'cpanel-vidr' else '127.0.0.1'}])\n"
                                   f"\tby {host} with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.97.1)\n\t(envelope-from <{who.email}>)\n"
                                   f"\tid 1t{alnum(4)}-000{alnum(3)}-{alnum(2)}\n\tfor {me.email};\n\t{rfc(t, UTC)}"))
        if s:
            hs.insert(0, ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};\n\ts={s}; t={int(t.timestamp())};\n\tbh={b64(32)};\n"
                                            "\th=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;\n\tb=" + b64(170)))
        return hs
    if infra == "vps-receita":
        hs.append(("Received", f"from localhost (localhost [127.0.0.1])\n\tby mail.ecac-receitafederal.example (Postfix) with ESMTP id {HX(10)}\n\tfor <{me.email}>; {rfc(t, UTC)}"))
        return hs
    return hs


# ------------------------------------------------------------------ Message-IDs, quoting, HTML per client
def make_mid(who, client, t):
    if client in ("gws", "gwsen", "gandroid", "gapp", "gmailweb", "uolgapp", "gcal"):
        return "<CA" + R.choice(("", "+", "")) + base64.urlsafe_b64encode(rbytes(42)).decode()[:R.choice((52, 54, 55))] + "@mail.gmail.com>"
    if client == "zwc": return f"<{R.randint(10**8, 2 * 10**9)}.{R.randint(10**5, 10**7)}.{int(t.timestamp() * 1000)}.JavaMail.zimbra@{OWN}>"
    if client == "tb": return f"<{ruuid()}@{OWN}>"
    if client == "tbx": return f"<{ruuid()}@{who.dom}>"
    if client in ("olk", "owa", "olkde", "hotmail", "olkios"):
        host, reg, _ = EXO_HOST[who.dom]
        return f"<{host}{HX(24)}@{host}.{reg}.PROD.OUTLOOK.COM>"
    if client == "olkx": return f"<{hx(32)}@{EXCH_CRED[0]}.{EXCH_CRED[1]}>"
    if client == "zoho": return f"<{hx(11)}.{hx(11)}.{R.randint(10**18, 10**19 - 1)}@certicafe.example>"
    if client == "roundcube": return f"<{hx(32)}@{who.dom}>"
    if client == "uol": return f"<{hx(8)}.{hx(4)}.{int(t.timestamp() * 1000)}.JavaMail.uolmail@uol.com.br>"
    if client == "ox": return f"<{R.randint(10**8, 10**9)}.{R.randint(1000, 9999)}.{int(t.timestamp() * 1000)}@email.terra.com.br>"
    if client == "iphone": return f"<{ruuid().upper()}@blueridgecoffee.example>"
    if client == "ses": return f"<01000{hx(11)}-{ruuid()}-000000@email.amazonses.com>"
    if client == "ctesys": return f"<{hx(32)}@erp.rotasullog.example>"
    if client == "banknote": return f"<{int(t.timestamp())}.{hx(16)}@notifica02.credimantiqueira.example>"
    if client == "docusign": return f"<{ruuid()}@docusign.net>"
    if client == "mailchimp": return f"<{hx(20)}.{hx(20)}@mail{R.randint(10, 99)}.atl121.mcdlv.net>"
    if client == "sendgrid": return f"<{alnum(22)}@geopod-ismtpd-{R.randint(1, 40)}>"
    if client == "glpi": return f"<GLPI_{hx(13)}-Ticket-{R.randint(4000, 4999)}.{int(t.timestamp())}.{R.randint(10**8, 10**9)}@glpi.{OWN}>"
    if client == "emclient": return f"<em{ruuid()}@desktop-{alnum(7).lower()}>"
    if client == "yahoo": return f"<{R.randint(10**8, 2 * 10**9)}.{R.randint(10**5, 10**7)}.{int(t.timestamp() * 1000)}@mail.yahoo.com>"
    if client == "olk16": return f"<000001{hx(2)}{hx(6)}${hx(8)}${hx(8)}$@{who.dom}>"
    if client == "gsmtp": return f"<{hx(8)}.{hx(6)}0a0220.{hx(6)}.{hx(4)}@mx.google.com>"
    if client == "tbato": return f"<{ruuid()}@hotmail.com>"
    return f"<{hx(24)}@{who.dom}>"


WD_PT = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"]
MO_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]
WD_PT3 = ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."]
MO_PT3 = ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."]
WD_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MO_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]


def _lines(text, pfx="> "): return "\n".join(pfx + l if l else pfx.rstrip() for l in text.split("\n"))


def _ampm(t): return f"{(t.hour % 12) or 12}:{t:%M} {'AM' if t.hour < 12 else 'PM'}"


def quote_of(client, q, viewer_tz=SP):
    """plain-text quote block of record q as the replying client writes it"""
    t = q["t"].astimezone(viewer_tz); name, email = q["name"], q["email"]
    tos = "; ".join(f"{n} <{e}>" for n, e in q["to"])
    if client in ("gws", "gandroid", "gapp", "uolgapp"):
        return f"\n\nEm {WD_PT3[t.weekday()]}, {t.day} de {MO_PT3[t.month - 1]} de {t.year} às {t:%H:%M}, {name} <{email}> escreveu:\n\n" + _lines(q["plain"])
    if client == "gwsen":
        t = q["t"].astimezone(NYC)
        return f"\n\nOn {t:%a}, {t:%b} {t.day}, {t.year} at {_ampm(t)} {name} <{email}> wrote:\n\n" + _lines(q["plain"])
    if client == "iphone":
        t = q["t"].astimezone(NYC)
        return f"\n\n> On {t:%b} {t.day}, {t.year}, at {_ampm(t)}, {name} <{email}> wrote:\n> \n" + _lines(q["plain"])
    if client in ("olk", "olkx"):
        rows = [("De", f"{name} <{email}>"), ("Enviada em", f"{WD_PT[t.weekday()]}, {t.day} de {MO_PT[t.month - 1]} de {t.year} {t:%H:%M}"), ("Para", tos)]
        if q["cc"]: rows.append(("Cc", "; ".join(f"{n} <{e}>" for n, e in q["cc"])))
        rows.append(("Assunto", q["subj"]))
        return "\n\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client in ("owa", "hotmail", "olkios"):
        rows = [("De", f"{name} <{email}>"), ("Enviado", f"{WD_PT[t.weekday()]}, {t.day} de {MO_PT[t.month - 1]} de {t.year} {t:%H:%M}"), ("Para", tos)]
        if q["cc"]: rows.append(("Cc", "; ".join(f"{n} <{e}>" for n, e in q["cc"])))
        rows.append(("Assunto", q["subj"]))
        return "\n\n________________________________\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client == "olkde":
        t = q["t"].astimezone(BER)
        rows = [("Von", f"{name} <{email}>"), ("Gesendet", f"{WD_DE[t.weekday()]}, {t.day}. {MO_DE[t.month - 1]} {t.year} {t:%H:%M}"), ("An", tos)]
        if q["cc"]: rows.append(("Cc", "; ".join(f"{n} <{e}>" for n, e in q["cc"])))
        rows.append(("Betreff", q["subj"]))
        return "\n\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client == "olk16":
        t = q["t"].astimezone(NYC)
        rows = [("From", f"{name} <{email}>"), ("Sent", f"{t:%A}, {t:%B} {t.day}, {t.year} {_ampm(t)}"), ("To", tos), ("Subject", q["subj"])]
        return "\n\n-----Original Message-----\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client == "zwc":
        rows = [("De", f"\"{name}\" <{email}>"), ("Para", tos.replace("; ", ", ")),
                ("Enviadas", f"{WD_PT[t.weekday()].capitalize()}, {t.day} de {MO_PT[t.month - 1].capitalize()} de {t.year} {t.hour}:{t:%M:%S}")]
        if q["cc"]: rows.insert(2, ("Cc", ", ".join(f"\"{n}\" <{e}>" for n, e in q["cc"])))
        rows.append(("Assunto", q["subj"]))
        return "\n\n----- Mensagem original -----\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + _lines(q["plain"])
    if client in ("tb", "tbx", "tbato", "emotet"):
        return f"\n\nEm {t:%d/%m/%Y %H:%M}, {name} escreveu:\n" + _lines(q["plain"])
    if client == "roundcube":
        return f"\n\nEm {t:%d/%m/%Y %H:%M}, {name} escreveu:\n" + _lines(q["plain"])
    if client == "zoho":
        return f"\n\n\n---- Em {WD_PT3[t.weekday()][:-1]}, {t.day:02d} {MO_PT3[t.month - 1][:-1]} {t.year} {t:%H:%M:%S} -0300 {name}<{email}> escreveu ---\n\n" + _lines(q["plain"])
    if client == "uol":
        return f"\n\n\n-----Mensagem original-----\nDe: {name} <{email}>\nPara: {tos}\nData: {t:%d/%m/%Y %H:%M}\nAssunto: {q['subj']}\n\n" + _lines(q["plain"])
    if client == "ox":
        return f"\n\n> Em {t.day} de {MO_PT[t.month - 1]} de {t.year} às {t:%H:%M} {name} <{email}> escreveu:\n> \n" + _lines(q["plain"])
    if client == "yahoo":
        return (f"\n\n\nEm {WD_PT[t.weekday()]}, {t.day} de {MO_PT[t.month - 1]} de {t.year} às {t:%H:%M:%S} BRT, {name} <{email}> escreveu:\n\n"
                + _lines(q["plain"]))
    if client == "emclient":
        return f"\n\n------ Mensagem original ------\nDe \"{name}\" <{email}>\nPara {tos}\nData {t:%d/%m/%Y %H:%M:%S}\nAssunto {q['subj']}\n\n" + q["plain"]
    return "\n\n" + _lines(q["plain"])


def esc_br(plain): return "<br>\n".join(H.escape(l) if l else "" for l in plain.split("\n"))


def html_of(client, plain):
    esc = esc_br(plain)
    if client in ("olk", "olkx", "olkde"):
        lang = {"olkde": "DE", "olk": "PT-BR", "olkx": "PT-BR"}[client]
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" '
                'content="text/html; charset=iso-8859-1">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n/* Font Definitions */\n'
                '@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{margin:0cm;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n--></style>\n</head>\n'
                f'<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n<p class="MsoNormal">' + esc + "<o:p></o:p></p>\n</div>\n</body>\n</html>")
    if client in ("owa", "hotmail", "olkios"):
        return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                '</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; '
                'font-size: 12pt; color: rgb(0, 0, 0);">\n' + esc + "</div>\n</body>\n</html>")
    if client in ("gws", "gwsen", "gapp", "uolgapp"): return '<div dir="ltr">' + esc + "</div>\n"
    if client == "gandroid": return '<div dir="auto">' + esc + "</div>\n"
    if client == "zwc":
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000"><div>' + esc +
                "</div></div></body></html>")
    if client == "zoho":
        return ('<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head>'
                '<body ><div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;"><div>' + esc + "</div></div><br></body></html>")
    if client == "ox": return '<!doctype html>\n<html>\n <head>\n  <meta charset="UTF-8">\n </head>\n <body>\n  <div class="default-style">\n   ' + esc + "\n  </div>\n </body>\n</html>"
    if client == "uol":
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:Arial,Helvetica,sans-serif;font-size:13px">'
                + esc + "</div></body></html>")
    if client == "iphone": return '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">' + esc + "</body></html>"
    if client == "emclient":
        return ('<HTML><HEAD>\r\n<STYLE id=eMClientCss></STYLE>\r\n</HEAD>\r\n<BODY scroll=auto class>\r\n<DIV>' + esc + "</DIV></BODY></HTML>")
    if client == "olk16":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; '
                'charset=us-ascii"><meta name=Generator content="Microsoft Word 15 (filtered medium)"></head><body lang=EN-US link="#0563C1" vlink="#954F72">'
                '<div class=WordSection1><p class=MsoNormal>' + esc + "<o:p></o:p></p></div></body></html>")
    return None


# ------------------------------------------------------------------ header encoding
def qword(s, cs):
    out, cur = [], ""
    lim = 75 - len(f"=?{cs}?Q??=")
    for ch in s:
        if ch == " ": e = "_"
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/.,:"): e = ch
        else: e = "".join(f"={x:02X}" for x in ch.encode("latin-1" if cs.lower().startswith("iso") else "utf-8"))
        if len(cur) + len(e) > lim: out.append(cur); cur = ""
        cur += e
    out.append(cur)
    return "\n ".join(f"=?{cs}?Q?{c}?=" for c in out)


def bword(s, cs="UTF-8"):
    out, cur = [], b""
    for ch in s:
        bb = ch.encode("utf-8")
        if len(cur) + len(bb) > 42: out.append(cur); cur = b""
        cur += bb
    out.append(cur)
    return "\n ".join(f"=?{cs}?B?{base64.b64encode(c).decode()}?=" for c in out)


HCS = {"olk": "iso-8859-1", "olkx": "iso-8859-1", "olkde": "iso-8859-1", "owa": "utf-8", "hotmail": "utf-8", "olkios": "utf-8", "zwc": "utf-8",
       "gws": "UTF-8", "gwsen": "UTF-8", "gandroid": "UTF-8", "gapp": "UTF-8", "uolgapp": "UTF-8", "iphone": "utf-8", "tb": "UTF-8", "tbx": "UTF-8",
       "roundcube": "UTF-8", "zoho": "UTF-8", "ox": "UTF-8", "emclient": "utf-8", "olk16": "us-ascii"}


def enc_h(v, client="gws"):
    if v.isascii():
        if len(v) > 70:   # fold long ASCII values at a space
            words, lines, cur = v.split(" "), [], ""
            for w in words:
                if cur and len(cur) + 1 + len(w) > 70: lines.append(cur); cur = w
                else: cur = (cur + " " + w) if cur else w
            lines.append(cur)
            return "\n ".join(lines)
        return v
    if client in ("uol", "ses", "ctesys", "banknote", "mailchimp", "sendgrid", "glpi", "docusign"): return bword(v)
    cs = HCS.get(client, "UTF-8")
    try:
        if cs.lower().startswith("iso"): v.encode("latin-1")
    except UnicodeEncodeError:
        cs = "utf-8"
    return qword(v, cs)


def addr(n, e, client="gws"):
    if not n: return e
    if not n.isascii(): return enc_h(n, client) + f" <{e}>"
    return f'"{n}" <{e}>' if any(c in n for c in ".,|()@:;'") else f"{n} <{e}>"


def addrs(lst, client="gws"): return ", ".join(addr(n, e, client) for n, e in lst)


def flowed(text, width=72):
    out = []
    for line in text.split("\n"):
        if line == "-- " or line.startswith(">") or len(line) <= width:
            out.append(line if (line == "-- " or line.startswith(">")) else line.rstrip(" "))
            continue
        cur = ""
        for w in line.split(" "):
            if cur and len(cur) + 1 + len(w) > width: out.append(cur + " "); cur = w
            else: cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def qp(text, cs="utf-8"):
    return quopri.encodestring(text.encode(cs)).decode("ascii")


# ------------------------------------------------------------------ MIME assembly
UA = {"tb": ("User-Agent", "Mozilla Thunderbird"), "tbx": ("User-Agent", "Mozilla Thunderbird"), "tbato": ("User-Agent", "Mozilla Thunderbird"),
      "roundcube": ("User-Agent", "Roundcube Webmail/1.6.7"), "iphone": ("X-Mailer", "iPhone Mail (22B91)"),
      "zoho": ("User-Agent", "Zoho Mail"), "ox": ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev66"), "uol": ("X-Mailer", "UOL Mail"),
      "emclient": ("User-Agent", "eM_Client/10.0.3530.0"), "olk16": ("X-Mailer", "Microsoft Outlook 16.0"),
      "zwc": ("X-Mailer", "Zimbra 9.0.0_GA_4616 (ZimbraWebClient - GC131 (Win)/9.0.0_GA_4616)"),
      "yahoo": ("X-Mailer", "WebService/1.1.22645 YMailNorrin"),
      "ctesys": ("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"), "glpi": ("X-Mailer", "GLPI-10.0.16")}
OUTLOOKS = ("olk", "olkx", "olkde", "owa", "hotmail", "olkios")
GMAILS = ("gws", "gwsen", "gandroid", "gapp", "uolgapp", "gsmtp", "gcal")


def boundary(client, who, kind="alt", t=None):
    if client in OUTLOOKS:
        host = EXO_HOST.get(who.dom, ("CMSRVEXCH02credimantiqueiralocal",))[0] if client != "olkx" else "CMSRVEXCH02credimantiqueiralocal"
        return ("_000_" if kind == "alt" else "_004_") + host + HX(16) + "_"
    if client in GMAILS: return "000000000000" + hx(16)
    if client == "zwc": return "=_" + ruuid()
    if client in ("tb", "tbx", "tbato"): return "------------" + alnum(24)
    if client == "roundcube": return "=_" + hx(32)
    if client == "iphone": return "Apple-Mail-" + ruuid().upper()
    if client == "emclient": return "------=_MB" + ruuid().upper()
    if client == "olk16": return f"----=_NextPart_{'000' if kind == 'mix' else '001'}_{HX(4)}_{HX(8)}.{HX(8)}"
    ms = int(t.timestamp() * 1000) - R.randint(50, 900) if t else R.randint(10**12, 10**13)
    return f"----=_Part_{R.randint(100000, 999999)}_{R.randint(10**8, 10**9)}.{ms}"


def textpart(client, ctype, text):
    data_ascii = text.isascii()
    if client == "gsmtp":   # Python's email.mime.text.MIMEText(..., "utf-8")
        return [f'Content-Type: {ctype}; charset="utf-8"', "Content-Transfer-Encoding: base64", "", b64body(text.encode("utf-8"))]
    if client in ("tb", "tbx", "tbato") and ctype == "text/plain":
        return ["Content-Type: text/plain; charset=UTF-8; format=flowed", "Content-Transfer-Encoding: " + ("7bit" if data_ascii else "8bit"), "", flowed(text)]
    if client == "roundcube" and ctype == "text/plain":
        return [f"Content-Type: text/plain; charset={'US-ASCII' if data_ascii else 'UTF-8'};\n format=flowed",
                "Content-Transfer-Encoding: " + ("7bit" if data_ascii else "8bit"), "", flowed(text)]
    if client in ("olk", "olkx", "olkde"):
        try:
            text.encode("latin-1"); cs = "iso-8859-1"
        except UnicodeEncodeError:
            cs = "utf-8"
        return [f'Content-Type: {ctype}; charset="{cs}"', "Content-Transfer-Encoding: quoted-printable", "", qp(text, cs)]
    if client in GMAILS:
        if data_ascii and max(len(x) for x in text.split("\n")) < 990: return [f'Content-Type: {ctype}; charset="UTF-8"', "", text]
        return [f'Content-Type: {ctype}; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable", "", qp(text)]
    if client == "iphone":
        if data_ascii: return [f"Content-Type: {ctype};\n\tcharset=us-ascii", "Content-Transfer-Encoding: 7bit", "", text]
        return [f"Content-Type: {ctype};\n\tcharset=utf-8", "Content-Transfer-Encoding: quoted-printable", "", qp(text)]
    if client == "zwc":
        if data_ascii and max(len(x) for x in text.split("\n")) < 990: return [f"Content-Type: {ctype}; charset=utf-8", "Content-Transfer-Encoding: 7bit", "", text]
        return [f"Content-Type: {ctype}; charset=utf-8", "Content-Transfer-Encoding: quoted-printable", "", qp(text)]
    if client == "zoho" and data_ascii: return [f"Content-Type: {ctype}; charset=UTF-8", "Content-Transfer-Encoding: 7bit", "", text]
    if client in ("owa", "hotmail", "olkios"):
        return [f'Content-Type: {ctype}; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable", "", qp(text)]
    if client == "olk16" and data_ascii: return [f'Content-Type: {ctype};\n\tcharset="us-ascii"', "Content-Transfer-Encoding: 7bit", "", text]
    return [f"Content-Type: {ctype}; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable", "", qp(text)]


def b64body(data): return base64.encodebytes(data).decode().rstrip("\n")


def att_part(client, name, data, ctype, t):
    if client in GMAILS:
        return [f'Content-Type: {ctype}; name="{name}"', f'Content-Disposition: attachment; filename="{name}"', "Content-Transfer-Encoding: base64",
                f"Content-ID: <f_{alnum(9).lower()}0>", f"X-Attachment-Id: f_{alnum(9).lower()}0", "", b64body(data)]
    if client in OUTLOOKS:
        ts = t.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
        return [f'Content-Type: {ctype}; name="{name}"', f"Content-Description: {name}",
                f'Content-Disposition: attachment; filename="{name}"; size={len(data)};\n\tcreation-date="{ts}";\n\tmodification-date="{ts}"',
                "Content-Transfer-Encoding: base64", "", b64body(data)]
    if client == "zwc":
        q = '"' if any(c in name for c in " ()") else ""
        return [f"Content-Type: {ctype}; name={q}{name}{q}", f"Content-Disposition: attachment; filename={q}{name}{q}", "Content-Transfer-Encoding: base64", "", b64body(data)]
    if client == "roundcube":
        return [f"Content-Type: {ctype};\n name={name}", "Content-Transfer-Encoding: base64", f"Content-Disposition: attachment;\n filename={name};\n size={len(data)}", "", b64body(data)]
    if client == "iphone":
        return [f"Content-Type: {ctype};\n\tname={name}", "Content-Disposition: attachment;\n\tfilename=" + name, "Content-Transfer-Encoding: base64", "", b64body(data)]
    return [f'Content-Type: {ctype}; name="{name}"', "Content-Transfer-Encoding: base64", f'Content-Disposition: attachment; filename="{name}"', "", b64body(data)]


def build_body(client, who, t, plain, html, atts, alt_extra=None):
    alt = textpart(client, "text/plain", plain)
    if html or alt_extra:
        ab = boundary(client, who, "alt", t)
        alt = [f'Content-Type: multipart/alternative;\n\tboundary="{ab}"', "", f"--{ab}"] + alt
        if html: alt += [f"--{ab}"] + textpart(client, "text/html", html)
        for part in (alt_extra or []): alt += [f"--{ab}"] + part
        alt += [f"--{ab}--", ""]
    if not atts:
        ct = [l for l in alt[:1]] if (html or alt_extra) else alt[:alt.index("")]
        body = alt[2:] if (html or alt_extra) else alt[alt.index("") + 1:]
        return ct, body
    mb = boundary(client, who, "mix", t)
    body = ["", f"--{mb}"] + alt
    for name, data, ctype in atts:
        body += [f"--{mb}"] + att_part(client, name, data, ctype, t)
    body += [f"--{mb}--", ""]
    return [f'Content-Type: multipart/mixed;\n\tboundary="{mb}"'], body[1:]


WS_IP = {f"rafael.santos@{OWN}": "10.10.20.57", f"claudio.mendes@{OWN}": "10.10.20.61", f"anapaula.rezende@{OWN}": "10.10.20.64",
         f"luciana.araujo@{OWN}": "10.10.20.72", f"admin@{OWN}": "10.10.0.25"}
pending = []   # (arrival utc, seq, folder, raw, (message-id, label) or None, scenario)
seq = [0]


def ctypes_from(ct_lines):
    out = []
    for l in ct_lines:
        k, v = l.split(": ", 1)
        out.append((k, v))
    return out


def emit(who, client, t, to, cc, subj, refs, plain, html=None, atts=(), extra=(), label=None, scen=None, infra=None, env=None,
         frm=None, mid=None, irt=None, tidx=None, topic=None, folder=None, no_html=False, xoip=None, orig_ip=None, ato=False,
         alt_extra=None, extra_tests=(), dkim_broken=None, listmail=False, pre_hops=(), freemail=None, top_extra=()):
    m = mid or make_mid(who, client, t)
    folder = folder or ("Sent" if who is me else "INBOX")
    infra = infra or who.infra
    date = t.strftime("%a, %d %b %Y %H:%M:%S %z")
    fromh = frm or addr(who.name, who.email, client)
    toh = addrs(to, client) if to else None
    cch = addrs(cc, client) if cc else None
    subjh = enc_h(subj, client)
    if html is None and not no_html: html = html_of(client, plain)
    ctl, body = build_body(client, who, t, plain, html, atts, alt_extra)
    ct = ctypes_from(ctl)
    refsh = "\n ".join(refs) if refs else None
    irth = (irt or refs[-1]) if refs else None
    h = []
    if client in OUTLOOKS:
        h += [("From", fromh), ("To", toh)] + ([("CC", cch)] if cch else []) + [("Subject", subjh)]
        h += [("Thread-Topic", enc_h(topic or subj, client)), ("Thread-Index", tidx or base64.b64encode(rbytes(22)).decode()), ("Date", date), ("Message-ID", m)]
        if refs: h += [("References", refsh), ("In-Reply-To", irth)]
        lang = {"olk": "pt-BR", "olkx": "pt-BR", "olkde": "de-DE", "owa": "pt-BR", "hotmail": "pt-BR", "olkios": "pt-BR"}[client]
        h += [("Accept-Language", lang + (", en-US" if lang != "en-US" else "")), ("Content-Language", lang), ("X-MS-Has-Attach", "yes" if atts else ""),
              ("X-MS-TNEF-Correlator", "")]
        if client == "olkx":
            h += [("x-ms-exchange-messagesentrepresentingtype", "1"), ("x-ms-exchange-transport-fromentityheader", "Hosted"),
                  ("x-originating-ip", f"[10.40.20.{R.randint(20, 60)}]")]
        else:
            host = EXO_HOST[who.dom][0] if who.dom in EXO_HOST else "X"
            h += [("msip_labels", ""), ("x-ms-publictraffictype", "Email"),
                  ("x-ms-traffictypediagnostic", f"{host}:EE_|{host[:-4]}{R.randint(1000, 9999)}:EE_"),
                  ("x-ms-office365-filtering-correlation-id", ruuid()),
                  ("x-microsoft-antispam", "BCL:0;ARA:13230040|1800799024|366016|376014|38070700018;")]
            if client == "hotmail": h.append(("x-tmn", f"[{alnum(32)}]"))
        h += ct + [("MIME-Version", "1.0")]
        if client != "olkx" and who.dom in TENANT:
            host = EXO_HOST[who.dom][0]
            h += [("X-OriginatorOrg", who.dom if client != "hotmail" else "sct-15-20-7828-19-msonline-outlook-38779.templateTenant"),
                  ("X-MS-Exchange-CrossTenant-AuthAs", "Internal"), ("X-MS-Exchange-CrossTenant-AuthSource", f"{host}.{EXO_HOST[who.dom][1]}.PROD.OUTLOOK.COM"),
                  ("X-MS-Exchange-CrossTenant-Network-Message-Id", ruuid()),
                  ("X-MS-Exchange-CrossTenant-originalarrivaltime", f"{t.astimezone(UTC):%d %b %Y %H:%M:%S}.{R.randint(0, 999):03d} (UTC)"),
                  ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"), ("X-MS-Exchange-CrossTenant-id", TENANT[who.dom]),
                  ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", host[:-4] + str(R.randint(1000, 9999)))]
    elif client == "gsmtp":   # a script talking SMTP to smtp.gmail.com; Gmail fills in the Message-ID
        h += [("From", fromh), ("To", toh), ("Subject", subjh)]
        if refs: h += [("In-Reply-To", irth), ("References", refsh)]
        h += [("Date", date), ("Message-ID", m), ("MIME-Version", "1.0")] + ct
    elif client in GMAILS:
        h += [("MIME-Version", "1.0")]
        if refs: h += [("References", refsh), ("In-Reply-To", irth)]
        h += [("From", fromh), ("Date", date), ("Message-ID", m), ("Subject", subjh), ("To", toh)]
        if cch: h.append(("Cc", cch))
        h += ct
    elif client == "iphone":
        h += ct + [("From", fromh), ("Mime-Version", "1.0 (1.0)"), ("Subject", subjh), ("Date", date), ("Message-Id", m)]
        if refs: h += [("References", refsh), ("In-Reply-To", irth)]
        if cch: h.append(("Cc", cch))
        h += [("To", toh), UA["iphone"]]
    elif client == "zwc":
        h += [("Date", date), ("From", fromh), ("To", toh)] + ([("Cc", cch)] if cch else []) + [("Message-ID", m)]
        if refs: h += [("In-Reply-To", irth), ("References", refsh)]
        h += [("Subject", subjh), ("MIME-Version", "1.0")] + ct
        h += [("X-Originating-IP", f"[{xoip or WS_IP.get(who.email, '10.10.20.57')}]"), UA["zwc"], ("Thread-Topic", enc_h(topic or subj, "zwc")),
              ("Thread-Index", tidx or base64.b64encode(rbytes(20)).decode())]
    elif client in ("tb", "tbx", "tbato"):
        h += [("Message-ID", m), ("Date", date), ("MIME-Version", "1.0"), UA[client], ("Subject", subjh), ("Content-Language", "pt-BR"), ("To", toh)]
        if cch: h.append(("Cc", cch))
        if refs: h.append(("References", refsh))
        h.append(("From", fromh))
        if refs: h.append(("In-Reply-To", irth))
        h += ct
    elif client == "roundcube":
        h += [("MIME-Version", "1.0"), ("Date", date), ("From", fromh), ("To", toh)] + ([("Cc", cch)] if cch else []) + [("Subject", subjh)]
        if refs: h += [("In-Reply-To", irth), ("References", refsh)]
        h += [UA["roundcube"], ("Message-ID", m), ("X-Sender", who.email)] + ct
    elif client == "emclient":
        h += [("From", fromh), ("To", toh), ("Subject", subjh), ("Date", date), ("Message-Id", m)]
        if refs: h += [("In-Reply-To", irth), ("References", refsh)]
        h += [UA["emclient"], ("Mime-Version", "1.0")] + ct
    elif client == "olk16":
        h += [("From", fromh), ("To", toh)]
        if refs: h += [("References", refsh), ("In-Reply-To", irth)]
        h += [("Subject", subjh), ("Date", date), ("Message-ID", m), ("MIME-Version", "1.0")] + ct + [UA["olk16"],
              ("Thread-Index", tidx or base64.b64encode(rbytes(22)).decode()), ("Content-Language", "en-us")]
    else:   # zoho, uol, ox, notices
        h += [("Date", date), ("From", fromh)] + ([("To", toh)] if toh else []) + ([("Cc", cch)] if cch else [])
        h += [("Message-ID" if client != "zoho" else "Message-Id", m)]
        if refs: h += [("In-Reply-To", irth), ("References", refsh)]
        h += [("Subject", subjh), ("MIME-Version", "1.0")] + ct
        if client == "zoho": h += [("Importance", "Medium"), UA["zoho"]]
        if client == "ox": h += [("X-Priority", "3"), ("Importance", "Normal"), UA["ox"], ("X-Originating-Client", "open-xchange-appsuite")]
        if client == "uol": h += [UA["uol"], ("X-Originating-IP", xoip or f"177.{R.choice((26, 79, 130))}.{R.randint(1, 250)}.{R.randint(1, 250)}")]
        if client in UA and client not in ("zoho", "ox", "uol"): h.append(UA[client])
    if client not in OUTLOOKS and (infra.startswith("exo") or infra == "hotmail") and who.dom in TENANT:
        host = EXO_HOST[who.dom][0]
        h += [("X-MS-Exchange-Organization-AuthAs", "Internal"), ("X-MS-Exchange-Organization-AuthMechanism", "06"),
              ("X-MS-PublicTrafficType", "Email"), ("X-MS-TrafficTypeDiagnostic", f"{host}:EE_|{host[:-4]}{R.randint(1000, 9999)}:EE_"),
              ("X-MS-Office365-Filtering-Correlation-Id", ruuid()), ("X-Microsoft-Antispam", "BCL:0;ARA:13230040|1800799024|366016|376014;"),
              ("X-OriginatorOrg", "sct-15-20-7828-19-msonline-outlook-38779.templateTenant" if who.dom == "hotmail.com" else who.dom),
              ("X-MS-Exchange-CrossTenant-Network-Message-Id", ruuid()),
              ("X-MS-Exchange-CrossTenant-originalarrivaltime", f"{t.astimezone(UTC):%d %b %Y %H:%M:%S}.{R.randint(0, 999):03d} (UTC)"),
              ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"), ("X-MS-Exchange-CrossTenant-id", TENANT[who.dom]),
              ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", host[:-4] + str(R.randint(1000, 9999)))]
    h += list(extra)
    if folder == "INBOX":
        fm = freemail if freemail is not None else who.dom in ("gmail.com", "hotmail.com", "uol.com.br", "terra.com.br", "bol.com.br", "yahoo.com.br")
        tr, arr = inbound(who, t, infra, client, env, orig_ip, html=bool(html), freemail=fm, listmail=listmail, dkim_broken=dkim_broken,
                          extra_tests=extra_tests)
        hops = list(pre_hops) + sender_hops(who, infra, client, t, env, orig_ip, ato)
        h = tr + list(top_extra) + hops + h
    else:
        arr = t
    h = [(k, fold_sig(v) if k in ("DKIM-Signature", "X-Google-DKIM-Signature", "ARC-Seal", "ARC-Message-Signature") else v) for k, v in h]
    raw = "\r\n".join(f"{k}: {v}".replace("\n", "\r\n") for k, v in h) + "\r\n\r\n" + "\r\n".join(body).replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n"
    seq[0] += 1
    pending.append((arr.astimezone(UTC), seq[0], folder, raw, (m, label) if label else None, scen))
    return m


def fold_sig(v):
    out = []
    for line in v.split("\n"):
        while len(line) > 78:
            head = line[:76]
            cut = max(head.rfind(":"), head.rfind(" "))
            cut = cut + 1 if cut > 20 and not head[:cut].strip().endswith("b=") and "b=" not in head[cut - 2:cut + 1] else 72
            out.append(line[:cut].rstrip()); line = "\t" + line[cut:].lstrip()
        out.append(line)
    return "\n".join(out)


def filetime6(t):
    ft = int((t.timestamp() + 11644473600) * 10**7)
    return ft.to_bytes(8, "big")[:6]


PREFIX = {"olk": "RE: ", "olkx": "RE: ", "owa": "RE: ", "hotmail": "RE: ", "olkios": "RE: ", "olkde": "AW: ", "olk16": "RE: "}
FWD = {"olk": "ENC: ", "olkx": "ENC: ", "owa": "ENC: ", "hotmail": "ENC: ", "olkde": "WG: "}


def strip_pfx(s):
    while True:
        for p in ("RE: ", "Re: ", "AW: ", "Aw: ", "RES: ", "Res: "):
            if s.startswith(p): s = s[len(p):]; break
        else:
            return s


class Thread:
    def __init__(s, tid, partner, subj, en=False):
        s.tid, s.p, s.subj, s.en = tid, partner, subj, en
        s.refs, s.last, s.recs, s.blocks = [], None, [], []
        s.tbase = None
        s.np = 0

    def sig_for(s, who, client):
        if who is me:
            if client == "tb": return SIG_ME_TB
            if client == "gapp": return SIG_ME_MOB
            return SIG_ME_EN if s.en else SIG_ME
        return who.sig

    def add(s, who, text, t, label=None, client=None, to=None, cc=None, sig=True, quote=True, subj=None, scen=None,
            quote_text=None, detached=False, quote_rec=None, **kw):
        client = client or who.client
        plain = text + (s.sig_for(who, client) if sig is True else (sig or ""))
        q = quote_rec or s.last
        if quote and q:
            q = dict(q)
            if quote_text is not None: q["plain"] = quote_text
            plain += quote_of(client, q)
        if subj is None:
            subj = s.subj if not s.refs else PREFIX.get(client, "Re: ") + strip_pfx(s.subj)
        if to is None:
            to = [(s.p.name, s.p.email)] if who is me else [(me.name, me.email)]
        if label == G and scen is None:
            s.np += 1
            scen = (f"P-{s.tid}-{s.np}", f"plain in-thread reply from {who.name} in {s.tid} '{strip_pfx(s.subj)}'")
        if s.tbase is None: s.tbase = filetime6(t) + rbytes(16)
        while len(s.blocks) < len(s.refs): s.blocks.append(bytes([R.randint(0, 127)]) + rbytes(4))
        if "tidx" not in kw: kw["tidx"] = base64.b64encode(s.tbase + b"".join(s.blocks[:len(s.refs)])).decode()
        m = emit(who, client, t, to, cc, subj, list(s.refs), plain, label=label, topic=strip_pfx(s.subj), scen=scen, **kw)
        if detached: return m
        s.refs.append(m)
        s.last = dict(t=t, name=who.name, email=who.email, plain=plain, subj=subj, to=to, cc=cc or [])
        s.recs.append(s.last)
        return m


G = ("genuine", "genuine-reply"); GH = ("genuine", "genuine-hard"); GO = ("genuine", "genuine-orphan")
def HJ(kind): return ("hijack", kind)


# ------------------------------------------------------------------ attachments (inert, realistic containers)
def pdf_esc(s): return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines, producer="Microsoft® Word para Microsoft 365", when="20240715091200", zone="-03'00'", uris=(), title=None):
    safe = [l.encode("latin-1", "replace").decode("latin-1") for l in lines]
    content = ("BT /F1 10 Tf 13 TL 56 780 Td " + " ".join(f"({pdf_esc(l)}) '" for l in safe) + " ET").encode("latin-1")
    info = f"<< /Producer ({pdf_esc(producer)}) /CreationDate (D:{when}{zone}) /ModDate (D:{when}{zone})" + (f" /Title ({pdf_esc(title)})" if title else "") + " >>"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", None,
            f"<< /Length {len(content)} >>\nstream\n", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>", info]
    annots = []
    for i, u in enumerate(uris):
        objs.append(f"<< /Type /Annot /Subtype /Link /Rect [56 {520 - 40 * i} 540 {548 - 40 * i}] /Border [0 0 0] /A << /S /URI /URI ({u}) >> >>")
        annots.append(len(objs))
    objs[2] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R"
               + (f" /Annots [{' '.join(f'{a} 0 R' for a in annots)}]" if annots else "") + " >>")
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"); offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += (f"4 0 obj\n{o}".encode() + content + b"\nendstream\nendobj\n") if i == 4 else f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    x = len(out); fid = hx(32)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R /ID [<{fid}> <{fid}>] >>\nstartxref\n{x}\n%%EOF\n".encode()
    return bytes(out)


def zip_bytes(members, when=(2024, 7, 15, 10, 0, 0)):
    bio = io.BytesIO(); z = zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED)
    for name, data in members:
        zi = zipfile.ZipInfo(name, date_time=when); zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        z.writestr(zi, data)
    z.close(); return bio.getvalue()


def zip_encrypted(members, when=(2024, 11, 12, 7, 30, 0)):
    """a ZipCrypto-style archive: encrypted-flag set, 12-byte encryption header + random payload (cannot be opened)"""
    dt = ((when[0] - 1980) << 9) | (when[1] << 5) | when[2]; tm = (when[3] << 11) | (when[4] << 5) | (when[5] // 2)
    out = bytearray(); cd = bytearray()
    for name, size in members:
        nb = name.encode(); payload = rbytes(12 + int(size * 0.62)); crc = R.getrandbits(32); off = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034b50, 20, 0x0001, 8, tm, dt, crc, len(payload), size, len(nb), 0) + nb + payload
        cd += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014b50, 0x0314, 20, 0x0001, 8, tm, dt, crc, len(payload), size, len(nb), 0, 0, 0, 0, 0x20, off) + nb
    cdo = len(out); out += cd
    out += struct.pack("<IHHHHIIH", 0x06054b50, 0, 0, len(members), len(members), len(cd), cdo, 0)
    return bytes(out)


def ooxml(kind, parts, app="Microsoft Office Word", when="2024-10-21T14:03:00Z", creator="Usuario"):
    ct = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
          "docm": "application/vnd.ms-word.document.macroEnabled.main+xml",
          "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"}[kind]
    main = "word/document.xml" if kind.startswith("doc") else "xl/workbook.xml"
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
             + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if kind == "docm" else "")
             + f'<Override PartName="/{main}" ContentType="{ct}"/>'
             + ('<Override PartName="/word/vbaData.xml" ContentType="application/vnd.ms-word.vbaData+xml"/>' if kind == "docm" else "")
             + ('<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' if kind == "xlsx" else "")
             + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
             '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="{main}"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:creator>{H.escape(creator)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified></cp:coreProperties>')
    appx = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            f'<Application>{app}</Application><AppVersion>16.0300</AppVersion></Properties>')
    members = [("[Content_Types].xml", types.encode()), ("_rels/.rels", rels.encode()), ("docProps/core.xml", core.encode()), ("docProps/app.xml", appx.encode())]
    members += [(n, d.encode() if isinstance(d, str) else d) for n, d in parts]
    y, mo, d = int(when[:4]), int(when[5:7]), int(when[8:10])
    return zip_bytes(members, (y, mo, d, int(when[11:13]), int(when[14:16]), 0))


def docx(paragraphs, macro=False, **kw):
    body = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{H.escape(p)}</w:t></w:r></w:p>" for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f"<w:body>{body}<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>")
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             + ('<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' if macro else "")
             + "</Relationships>")
    parts = [("word/document.xml", doc), ("word/_rels/document.xml.rels", drels)]
    if macro:
        ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00\x06\x00" + rbytes(2000)
        parts.append(("word/vbaProject.bin", ole))
        parts.append(("word/_rels/vbaProject.bin.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
                      'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
                      'Type="http://schemas.microsoft.com/office/2006/relationships/wordVbaData" Target="vbaData.xml"/></Relationships>'))
        parts.append(("word/vbaData.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<wne:vbaSuppData xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml"/>'))
    return ooxml("docm" if macro else "docx", parts, **kw)


def xlsx(rows, **kw):
    def cell(v):
        if isinstance(v, (int, float)): return f"<c><v>{v}</v></c>"
        return f'<c t="inlineStr"><is><t>{H.escape(str(v))}</t></is></c>'
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             + "".join(f"<row>{''.join(cell(v) for v in r)}</row>" for r in rows) + "</sheetData></worksheet>")
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Planilha1" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    return ooxml("xlsx", [("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wrels), ("xl/worksheets/sheet1.xml", sheet)], app="Microsoft Excel", **kw)


def onenote(label):
    hdr = uuid.UUID("7B5C52E4-D88C-4DA7-AEB1-5378D02996D3").bytes_le + uuid.UUID(int=R.getrandbits(128)).bytes_le + b"\x00" * 16 + \
          uuid.UUID("109ADD3F-911B-49F5-A5D0-1791EDC8AED8").bytes_le + struct.pack("<IIII", 0x2A, 0x2A, 0x2A, 0x2A)
    emb = uuid.UUID("BDE316E7-2665-4511-A4C4-8D4D0B7A9EAC").bytes_le
    inert = f"<!-- inert probe placeholder: {label} -->".encode()
    return hdr + rbytes(1200) + emb + struct.pack("<Q", len(inert)) + inert + rbytes(600)


def lnk(target_hint):
    return (b"\x4c\x00\x00\x00\x01\x14\x02\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00\x46" + struct.pack("<I", 0x000000E3) + rbytes(52)
            + target_hint.encode("utf-16-le") + rbytes(48))


def jpeg(model="SM-A546E", w=4000, h=3000):
    exif = b"Exif\x00\x00MM\x00*\x00\x00\x00\x08" + b"samsung\x00" + model.encode() + b"\x00" + rbytes(60)
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 17, 8, h, w, 3) + b"\x01\x22\x00\x02\x11\x01\x03\x11\x01"
    return (b"\xff\xd8\xff\xe1" + struct.pack(">H", len(exif) + 2) + exif + b"\xff\xdb\x00\x43\x00" + rbytes(64) + sof
            + b"\xff\xc4\x00\x1f\x00" + rbytes(28) + b"\xff\xda\x00\x0c\x03\x01\x00\x02\x11\x03\x11\x00\x3f\x00"
            + bytes(b if b != 0xff else 0xfe for b in rbytes(6000)) + b"\xff\xd9")


def png(w=480, h=300):
    def chunk(tp, data): return struct.pack(">I", len(data)) + tp + data + struct.pack(">I", zlib.crc32(tp + data) & 0xffffffff)
    rows = b"".join(b"\x00" + bytes((R.randint(210, 255) if (x // 30 + y // 30) % 5 else 60) for x in range(w * 3)) for y in range(h))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(rows, 6)) + chunk(b"IEND", b"")


# ------------------------------------------------------------------ companies, fiscal documents
AGN_CNPJ14, AGN_CNPJ = cnpj("072195440001")
ATL_CNPJ14, ATL_CNPJ = cnpj("583104720001")
TP_CNPJ14, TP_CNPJ = cnpj("194482210001")
RS_CNPJ14, RS_CNPJ = cnpj("109337580001")
CRED_CNPJ14, CRED_CNPJ = cnpj("031277690001")
FAKE_AGN14, FAKE_AGN = cnpj("512870340001")
COOP_NAME_FISCAL = "COOPERATIVA REGIONAL DOS CAFEICULTORES DO VALE DO SAPUCAI"


def pixkey_evp(): return ruuid()


def nfe_xml(chave, emit_cnpj, emit_nome, emit_ie, nnf, dh, items, vnf_cent, tpag="15", dest_cnpj=COOP_CNPJ14, dest_nome=COOP_NAME_FISCAL, uf="MG", cfop="5101"):
    dets = ""
    for i, (cprod, xprod, ncm, ucom, q, vun_cent) in enumerate(items, 1):
        vprod = int(round(q * vun_cent))
        dets += (f'<det nItem="{i}"><prod><cProd>{cprod}</cProd><cEAN>SEM GTIN</cEAN><xProd>{xprod}</xProd><NCM>{ncm}</NCM><CFOP>{cfop}</CFOP>'
                 f"<uCom>{ucom}</uCom><qCom>{q:.4f}</qCom><vUnCom>{vun_cent / 100:.10f}</vUnCom><vProd>{vprod / 100:.2f}</vProd><cEANTrib>SEM GTIN</cEANTrib>"
                 f"<uTrib>{ucom}</uTrib><qTrib>{q:.4f}</qTrib><vUnTrib>{vun_cent / 100:.10f}</vUnTrib><indTot>1</indTot></prod><imposto><ICMS><ICMS40><orig>0</orig>"
                 "<CST>41</CST></ICMS40></ICMS><PIS><PISNT><CST>06</CST></PISNT></PIS><COFINS><COFINSNT><CST>06</CST></COFINSNT></COFINS></imposto></det>")
    dig = base64.b64encode(rbytes(20)).decode()
    x = ('<?xml version="1.0" encoding="UTF-8"?><nfeProc xmlns="http://www.portalfiscal.inf.br/nfe" versao="4.00"><NFe xmlns="http://www.portalfiscal.inf.br/nfe">'
         f'<infNFe Id="NFe{chave}" versao="4.00"><ide><cUF>31</cUF><cNF>{chave[35:43]}</cNF><natOp>VENDA DE PRODUCAO DO ESTABELECIMENTO</natOp><mod>55</mod>'
         f"<serie>1</serie><nNF>{nnf}</nNF><dhEmi>{dh.isoformat(timespec='seconds')}</dhEmi><dhSaiEnt>{dh.isoformat(timespec='seconds')}</dhSaiEnt><tpNF>1</tpNF>"
         f"<idDest>1</idDest><cMunFG>3170701</cMunFG><tpImp>1</tpImp><tpEmis>1</tpEmis><cDV>{chave[-1]}</cDV><tpAmb>1</tpAmb><finNFe>1</finNFe><indFinal>0</indFinal>"
         f"<indPres>9</indPres><procEmi>0</procEmi><verProc>Protheus 12.1.2310</verProc></ide><emit><CNPJ>{emit_cnpj}</CNPJ><xNome>{emit_nome}</xNome>"
         f"<enderEmit><xLgr>AVENIDA DOS INDUSTRIARIOS</xLgr><nro>1450</nro><xBairro>DISTRITO INDUSTRIAL</xBairro><cMun>3170701</cMun><xMun>VARGINHA</xMun><UF>{uf}</UF>"
         f"<CEP>37066440</CEP><cPais>1058</cPais><xPais>BRASIL</xPais><fone>3532218800</fone></enderEmit><IE>{emit_ie}</IE><CRT>3</CRT></emit>"
         f"<dest><CNPJ>{dest_cnpj}</CNPJ><xNome>{dest_nome}</xNome><enderDest><xLgr>RODOVIA MG-347</xLgr><nro>KM 4</nro><xBairro>ZONA RURAL</xBairro>"
         "<cMun>3114600</cMun><xMun>CARMO DE MINAS</xMun><UF>MG</UF><CEP>37472000</CEP><cPais>1058</cPais><xPais>BRASIL</xPais></enderDest><indIEDest>1</indIEDest>"
         f"<IE>1452231870044</IE><email>nfe@{OWN}</email></dest>{dets}<total><ICMSTot><vBC>0.00</vBC><vICMS>0.00</vICMS><vICMSDeson>0.00</vICMSDeson><vFCP>0.00</vFCP>"
         f"<vBCST>0.00</vBCST><vST>0.00</vST><vFCPST>0.00</vFCPST><vFCPSTRet>0.00</vFCPSTRet><vProd>{vnf_cent / 100:.2f}</vProd><vFrete>0.00</vFrete><vSeg>0.00</vSeg>"
         f"<vDesc>0.00</vDesc><vII>0.00</vII><vIPI>0.00</vIPI><vIPIDevol>0.00</vIPIDevol><vPIS>0.00</vPIS><vCOFINS>0.00</vCOFINS><vOutro>0.00</vOutro><vNF>{vnf_cent / 100:.2f}</vNF>"
         f"</ICMSTot></total><transp><modFrete>0</modFrete></transp><pag><detPag><indPag>1</indPag><tPag>{tpag}</tPag><vPag>{vnf_cent / 100:.2f}</vPag></detPag></pag>"
         "<infAdic><infCpl>ICMS ISENTO CONFORME ITEM 1, PARTE 1, ANEXO I DO RICMS/MG. PAGAMENTO VIA BOLETO BANCARIO.</infCpl></infAdic></infNFe>"
         '<Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><SignedInfo><CanonicalizationMethod Algorithm="http://www.w3.org/TR/2001/REC-xml-c14n-20010315"/>'
         '<SignatureMethod Algorithm="http://www.w3.org/2000/09/xmldsig#rsa-sha1"/>'
         f'<Reference URI="#NFe{chave}"><DigestMethod Algorithm="http://www.w3.org/2000/09/xmldsig#sha1"/><DigestValue>{dig}</DigestValue></Reference></SignedInfo>'
         f"<SignatureValue>{b64(256)}</SignatureValue><KeyInfo><X509Data><X509Certificate>{b64(900)}</X509Certificate></X509Data></KeyInfo></Signature></NFe>"
         f'<protNFe versao="4.00"><infProt><tpAmb>1</tpAmb><verAplic>MG-4.00</verAplic><chNFe>{chave}</chNFe>'
         f"<dhRecbto>{(dh + datetime.timedelta(seconds=R.randint(20, 90))).isoformat(timespec='seconds')}</dhRecbto><nProt>131{dh:%y}{digits(10)}</nProt>"
         f"<digVal>{dig}</digVal><cStat>100</cStat><xMotivo>Autorizado o uso da NF-e</xMotivo></infProt></protNFe></nfeProc>")
    return x.encode("utf-8")


def cte_xml(chave, nct, dh, vprest_cent, origem, destino, rem_nome, dest_nome, qsacas, nfe_refs):
    infnfe = "".join(f"<infNFe><chave>{c}</chave></infNFe>" for c in nfe_refs)
    x = ('<?xml version="1.0" encoding="UTF-8"?><cteProc xmlns="http://www.portalfiscal.inf.br/cte" versao="4.00"><CTe xmlns="http://www.portalfiscal.inf.br/cte">'
         f'<infCte Id="CTe{chave}" versao="4.00"><ide><cUF>31</cUF><cCT>{chave[35:43]}</cCT><CFOP>6353</CFOP><natOp>PRESTACAO DE SERVICO DE TRANSPORTE</natOp>'
         f"<mod>57</mod><serie>1</serie><nCT>{nct}</nCT><dhEmi>{dh.isoformat(timespec='seconds')}</dhEmi><tpImp>1</tpImp><tpEmis>1</tpEmis><cDV>{chave[-1]}</cDV>"
         "<tpAmb>1</tpAmb><tpCTe>0</tpCTe><procEmi>0</procEmi><verProc>RotaSul ERP 3.4</verProc><cMunEnv>3170701</cMunEnv><xMunEnv>VARGINHA</xMunEnv><UFEnv>MG</UFEnv>"
         f"<modal>01</modal><tpServ>0</tpServ><cMunIni>3114600</cMunIni><xMunIni>{origem}</xMunIni><UFIni>MG</UFIni><cMunFim>3548500</cMunFim><xMunFim>{destino}</xMunFim>"
         "<UFFim>SP</UFFim><retira>1</retira><indIEToma>1</indIEToma><toma3><toma>0</toma></toma3></ide>"
         f"<emit><CNPJ>{RS_CNPJ14}</CNPJ><IE>7065512340087</IE><xNome>ROTA SUL LOGISTICA E TRANSPORTES LTDA</xNome><enderEmit><xLgr>RUA DOS TRANSPORTADORES</xLgr>"
         "<nro>210</nro><xBairro>JARDIM ANDERE</xBairro><cMun>3170701</cMun><xMun>VARGINHA</xMun><CEP>37062300</CEP><UF>MG</UF></enderEmit><CRT>3</CRT></emit>"
         f"<rem><CNPJ>{COOP_CNPJ14}</CNPJ><IE>1452231870044</IE><xNome>{rem_nome}</xNome></rem><dest><CNPJ>{ATL_CNPJ14}</CNPJ><xNome>{dest_nome}</xNome></dest>"
         f"<vPrest><vTPrest>{vprest_cent / 100:.2f}</vTPrest><vRec>{vprest_cent / 100:.2f}</vRec><Comp><xNome>FRETE PESO</xNome><vComp>{vprest_cent / 100:.2f}</vComp></Comp></vPrest>"
         "<imp><ICMS><ICMS00><CST>00</CST><vBC>0.00</vBC><pICMS>12.00</pICMS><vICMS>0.00</vICMS></ICMS00></ICMS></imp>"
         f"<infCTeNorm><infCarga><vCarga>0.00</vCarga><proPred>CAFE ARABICA EM GRAO CRU</proPred><infQ><cUnid>03</cUnid><tpMed>SACAS</tpMed><qCarga>{qsacas:.4f}</qCarga></infQ>"
         f"</infCarga><infDoc>{infnfe}</infDoc><infModal versaoModal=\"4.00\"><rodo><RNTRC>04471325</RNTRC></rodo></infModal></infCTeNorm></infCte>"
         f'<Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><SignatureValue>{b64(256)}</SignatureValue></Signature></CTe>'
         f'<protCTe versao="4.00"><infProt><tpAmb>1</tpAmb><verAplic>MG-CTe-4.00</verAplic><chCTe>{chave}</chCTe><dhRecbto>{dh.isoformat(timespec="seconds")}</dhRecbto>'
         f"<nProt>131{dh:%y}{digits(10)}</nProt><cStat>100</cStat><xMotivo>Autorizado o uso do CT-e</xMotivo></infProt></protCTe></cteProc>")
    return x.encode("utf-8")


def fmt_chave(c): return " ".join(c[i:i + 4] for i in range(0, 44, 4))


def boleto_pdf(banco_nome, banco_cod, cedente, cedente_cnpj, pagador, doc, venc, valor_cent, linha, nosso, header=None, when="20240716100000",
               producer="Protheus TReport / PDFlib 9", extra_lines=()):
    lines = ([header] if header else []) + [
        f"{banco_nome} | {banco_cod}", f"{linha}", "", "Local de pagamento: PAGAVEL EM QUALQUER BANCO ATE O VENCIMENTO",
        f"Beneficiario: {cedente} - CNPJ {cedente_cnpj}", f"Vencimento: {venc:%d/%m/%Y}", f"Nosso numero: {nosso}", f"Numero do documento: {doc}",
        f"Valor do documento: {brl(valor_cent)}", f"Pagador: {pagador}", "Instrucoes: Apos o vencimento cobrar multa de 2% e juros de 1% ao mes.",
        "Nao receber apos 30 dias do vencimento."] + list(extra_lines) + ["", "Recibo do Pagador", f"{linha}", "Autenticacao mecanica - Ficha de Compensacao"]
    return pdf(lines, producer=producer, when=when, title=f"Boleto {doc}")


def danfe_pdf(chave, nnf, emit_nome, emit_cnpj, items_txt, vnf_cent, dh):
    return pdf(["DANFE - Documento Auxiliar da Nota Fiscal Eletronica", "0 - ENTRADA  1 - SAIDA: 1", f"No. {nnf:09d}  SERIE 001",
                f"CHAVE DE ACESSO: {fmt_chave(chave)}", "Consulta de autenticidade no portal nacional da NF-e www.nfe.fazenda.gov.br/portal ou no site da Sefaz Autorizadora",
                f"EMITENTE: {emit_nome} - CNPJ {emit_cnpj}", f"DESTINATARIO: {COOP_NAME_FISCAL} - CNPJ {COOP_CNPJ}", f"DATA DA EMISSAO: {dh:%d/%m/%Y}"]
               + items_txt + [f"VALOR TOTAL DA NOTA: {brl(vnf_cent)}", "PROTOCOLO DE AUTORIZACAO DE USO: 131" + digits(12)],
               producer="Protheus TReport / PDFlib 9", when=dh.strftime("%Y%m%d%H%M%S"))


# ------------------------------------------------------------------ stand-alone notices
def notice(who, client, t, subj, plain, html, extra=(), label=None, scen=None, to=None, atts=(), refs=(), mid=None, **kw):
    return emit(who, client, t, to or [(me.name, me.email)], None, subj, list(refs), plain, html=html, atts=atts, extra=extra, label=label, scen=scen,
                mid=mid, **kw)


def simple_html(title, paras, foot, color="#1b5e20", logo=None, button=None):
    b = ""
    if button: b = f'<p style="margin:24px 0"><a href="{button[1]}" style="background:{color};color:#fff;padding:11px 22px;text-decoration:none;border-radius:4px">{H.escape(button[0])}</a></p>'
    return ('<!DOCTYPE html><html lang="pt-BR"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>'
            '<body style="margin:0;padding:0;background:#f4f4f4"><table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            '<table role="presentation" width="600" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">'
            f'<tr><td style="background:{color};padding:14px 24px;color:#fff;font-size:18px">' + (f'<img src="{logo}" height="28" alt=""> ' if logo else "") + H.escape(title) + "</td></tr>"
            '<tr><td style="padding:20px 24px">' + "".join(f"<p>{esc_br(p)}</p>" for p in paras) + b + "</td></tr>"
            f'<tr><td style="padding:12px 24px;font-size:11px;color:#777;border-top:1px solid #eee">{foot}</td></tr></table></td></tr></table></body></html>')


NFE_PORTAL = "https://www.nfe.fazenda.gov.br/portal/consultaRecaptcha.aspx?tipoConsulta=resumo&tipoConteudo=7PhJ+gAVw2g="


def agn_nfe_notice(t, nnf, items, label=None, scen=None):
    vnf = sum(int(round(q * v)) for _, _, _, _, q, v in items)
    chave = chave_nfe("31", t.strftime("%y%m"), AGN_CNPJ14, "55", 1, nnf)
    xml = nfe_xml(chave, AGN_CNPJ14, "AGRONUTRI INSUMOS AGRICOLAS LTDA", "7067124450011", nnf, t - sec(600), items, vnf)
    items_txt = [f"{c} {x} {u} {q:.3f} x {brl(v)}" for c, x, _, u, q, v in items]
    plain = (f"Prezado(a) cliente,\n\nVocê está recebendo a Nota Fiscal Eletrônica nº {nnf}, série 1, emitida por AGRONUTRI INSUMOS AGRICOLAS LTDA "
             f"(CNPJ {AGN_CNPJ}) em {t:%d/%m/%Y}.\n\nValor total: {brl(vnf)}\nChave de acesso: {fmt_chave(chave)}\n\n"
             f"Os arquivos XML e DANFE (PDF) seguem anexos. Consulte a autenticidade no Portal Nacional da NF-e:\n{NFE_PORTAL}\n\n"
             "Este é um e-mail automático, por favor não responda. Dúvidas: financeiro@agronutri.example / (35) 3221-8800.")
    html = simple_html("AgroNutri - Nota Fiscal Eletrônica", plain.split("\n\n")[:-1], "E-mail automático enviado pelo sistema de faturamento da AgroNutri. Não responda.",
                       color="#2e7d32", button=("Consultar NF-e no portal nacional", NFE_PORTAL))
    return notice(agn_nfe, "ses", t, f"NF-e {nnf} - AGRONUTRI INSUMOS AGRICOLAS LTDA", plain, html,
                  atts=[(f"{chave}-procNFe.xml", xml, "text/xml"), (f"DANFE_{nnf}.pdf", danfe_pdf(chave, nnf, "AGRONUTRI INSUMOS AGRICOLAS LTDA", AGN_CNPJ, items_txt, vnf, t), "application/pdf")],
                  extra=[("Feedback-ID", f"1.us-east-1.{alnum(43)}=:AmazonSES"), ("X-SES-Outgoing", f"{t:%Y.%m.%d}-54.240.8.{R.randint(10, 99)}")],
                  label=label, scen=scen), chave, vnf


CTE_SEQ = [18201]


def rs_cte_notice(t, qsacas, vprest_cent, destino="SANTOS", dest_nome="COMISSARIA ATLANTICA DE CAFES LTDA", label=None, scen=None, nfe_refs=()):
    n = CTE_SEQ[0]; CTE_SEQ[0] += R.randint(3, 9)
    chave = chave_nfe("31", t.strftime("%y%m"), RS_CNPJ14, "57", 1, n)
    xml = cte_xml(chave, n, t - sec(300), vprest_cent, "CARMO DE MINAS", destino, COOP_NAME_FISCAL, dest_nome, qsacas, nfe_refs or [chave_nfe("31", t.strftime("%y%m"), COOP_CNPJ14, "55", 1, R.randint(9000, 9999))])
    plain = (f"Prezado cliente,\n\nSegue o Conhecimento de Transporte Eletrônico (CT-e) nº {n} emitido por ROTA SUL LOGISTICA E TRANSPORTES LTDA.\n\n"
             f"Tomador: {COOP_NAME_FISCAL}\nOrigem: CARMO DE MINAS/MG - Destino: {destino}/SP\nCarga: {qsacas} sacas de café arábica em grão cru\n"
             f"Valor da prestação: {brl(vprest_cent)}\nChave de acesso: {fmt_chave(chave)}\n\nArquivos XML e DACTE em anexo.\n\n"
             "Mensagem gerada automaticamente pelo sistema RotaSul ERP. Não responda este e-mail.")
    dacte = pdf(["DACTE - Documento Auxiliar do Conhecimento de Transporte Eletronico", f"No. {n}  SERIE 1  MODAL RODOVIARIO", f"CHAVE: {fmt_chave(chave)}",
                 "EMITENTE: ROTA SUL LOGISTICA E TRANSPORTES LTDA - CNPJ " + RS_CNPJ, f"REMETENTE/TOMADOR: {COOP_NAME_FISCAL}", f"DESTINATARIO: {dest_nome}",
                 f"PRODUTO PREDOMINANTE: CAFE ARABICA EM GRAO CRU - {qsacas} SACAS", f"VALOR TOTAL DA PRESTACAO: {brl(vprest_cent)}"],
                producer="FPDF 1.86", when=t.strftime("%Y%m%d%H%M%S"))
    m = notice(rs_cte, "ctesys", t, f"CT-e {n} - ROTA SUL LOGISTICA E TRANSPORTES LTDA", plain, None, no_html=True,
               atts=[(f"CTe{chave}.xml", xml, "application/xml"), (f"DACTE_{n}.pdf", dacte, "application/pdf")], label=label, scen=scen)
    return m, n, chave


def cred_notice(t, subj, paras, label=None, scen=None, button=None):
    foot = ("Credimantiqueira - Cooperativa de Crédito | CNPJ " + CRED_CNPJ + "<br>Esta é uma mensagem automática. A Credimantiqueira nunca pede senhas, "
            "códigos do token ou dados do cartão por e-mail, SMS ou telefone.<br>SAC 0800 555 0190 | Ouvidoria 0800 555 0199")
    plain = "\n\n".join(paras) + (f"\n\n{button[0]}: {button[1]}" if button else "") + ("\n\n--\nCredimantiqueira - Cooperativa de Crédito | CNPJ " + CRED_CNPJ +
             "\nEsta é uma mensagem automática. A Credimantiqueira nunca pede senhas, códigos do token ou dados do cartão por e-mail, SMS ou telefone.\n"
             "SAC 0800 555 0190 | Ouvidoria 0800 555 0199")
    html = simple_html(subj, paras, foot, color="#00695c", logo="https://www.credimantiqueira.example/static/img/logo-branco.png", button=button)
    return notice(credinote, "banknote", t, subj, plain, html, label=label, scen=scen,
                  extra=[("X-Auto-Response-Suppress", "All"), ("Auto-Submitted", "auto-generated")])


def pix_notice(t, valor_cent, pagador, label=None, scen=None):
    e2e = f"E{digits(8)}{t.astimezone(UTC):%Y%m%d%H%M}{alnum(11)}"
    return cred_notice(t, f"Pix recebido: {brl(valor_cent)}", [
        f"Olá, {COOP_NAME_FISCAL.title()}.", f"Você recebeu um Pix de {pagador} no valor de {brl(valor_cent)} em {t:%d/%m/%Y} às {t:%H:%M}.",
        f"Conta: 3087 / 41.227-0\nChave Pix utilizada: {COOP_CNPJ} (CNPJ)\nID da transação: {e2e}",
        "O comprovante completo está disponível no app e no internet banking."],
        label=label, scen=scen, button=("Acessar o internet banking", "https://www.credimantiqueira.example/internetbanking"))


GLPI_SEQ = [4402]


def glpi_notice(t, title, text, label=None, scen=None, new=True, link_extra=None):
    n = GLPI_SEQ[0]; GLPI_SEQ[0] += R.randint(2, 11)
    url = f"https://glpi.{OWN}/front/ticket.form.php?id={n}"
    subj = f"[GLPI #{n:07d}] {'Novo chamado' if new else 'Atualização do chamado'} {title}"
    plain = (f"URL : {url}\n\nDados do chamado\n=====\nTítulo : {title}\nRequerente : Rafael Albuquerque Santos\nTécnico : Vinícius Barbosa\n"
             f"Status : {'Novo' if new else 'Em atendimento (atribuído)'}\nCategoria : Infraestrutura > E-mail\n\n{text}"
             + (f"\n\n{link_extra}" if link_extra else "") + "\n\n--\nGLPI - Suporte TI Coopersapucaí (ramal 5199)\nE-mail gerado automaticamente pelo GLPI")
    html = ('<html><head><meta charset="utf-8"><title>GLPI</title></head><body style="font-family:Arial;font-size:13px">'
            f'<p><a href="{url}">URL : {url}</a></p><table border="0" cellpadding="3"><tr><td><b>Título</b></td><td>{H.escape(title)}</td></tr>'
            "<tr><td><b>Requerente</b></td><td>Rafael Albuquerque Santos</td></tr><tr><td><b>Técnico</b></td><td>Vinícius Barbosa</td></tr></table>"
            f"<p>{esc_br(text)}</p>" + (f"<p>{esc_br(link_extra)}</p>" if link_extra else "") +
            "<p style=\"color:#888;font-size:11px\">GLPI - Suporte TI Coopersapucaí (ramal 5199)</p></body></html>")
    return notice(glpi, "glpi", t, subj, plain, html, label=label, scen=scen,
                  extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "OOF, DR, NDR, RN, NRN"), ("X-GLPI-Sender", "glpi.coopersapucai.example")])


PRICE_ANCH = [(datetime.date(2024, 6, 20), 134000), (datetime.date(2024, 8, 1), 139500), (datetime.date(2024, 9, 1), 148000), (datetime.date(2024, 10, 1), 152000),
              (datetime.date(2024, 11, 1), 172000), (datetime.date(2024, 12, 1), 205000), (datetime.date(2025, 1, 1), 220000), (datetime.date(2025, 2, 1), 265000),
              (datetime.date(2025, 3, 1), 260000), (datetime.date(2025, 4, 10), 245000)]


def price(d):
    for (d0, p0), (d1, p1) in zip(PRICE_ANCH, PRICE_ANCH[1:]):
        if d0 <= d <= d1:
            return int(p0 + (p1 - p0) * (d - d0).days / (d1 - d0).days + R.randint(-1500, 1500))
    return PRICE_ANCH[-1][1]


NEWS = ["Colheita 2024 chega ao fim no Sul de Minas com quebra menor que a esperada", "Seca prolongada preocupa florada da safra 2025/26",
        "Exportações de café batem recorde em julho, aponta Cecafé", "EUDR: o que muda para o produtor com a nova lei europeia",
        "Chuvas de outubro trazem alívio e primeira florada vinga", "Preço do arábica volta a subir com estoques baixos na bolsa de Nova York",
        "Adiamento da EUDR é aprovado em Bruxelas: prazo passa para dezembro de 2025", "Fertilizantes: custo da adubação sobe 8% no ano",
        "Arábica atinge maior patamar nominal da história em Nova York", "Cooperativas ampliam armazéns para segurar café à espera de preço",
        "Ferrugem e cercosporiose: janela de aplicação de fungicidas no verão", "Cafés especiais: concursos regionais abrem inscrições",
        "Broca-do-café: monitoramento no período chuvoso", "Custo de frete rodoviário para Santos sobe com alta do diesel",
        "Mercado futuro: fundos ampliam posição comprada em café", "Safra 2025/26: primeiras estimativas indicam bienalidade negativa"]


def newsletter(t, edition):
    title = NEWS[edition % len(NEWS)]
    uid = "9f31c2d7a84b06e15ac3f2b10"
    links = [(title, f"https://noticiasdocafe.us14.list-manage.com/track/click?u={uid}&id={hx(10)}&e={hx(10)}"),
             ("Cotações da semana", f"https://noticiasdocafe.us14.list-manage.com/track/click?u={uid}&id={hx(10)}&e={hx(10)}"),
             ("Agenda técnica", f"https://noticiasdocafe.us14.list-manage.com/track/click?u={uid}&id={hx(10)}&e={hx(10)}")]
    unsub = f"https://noticiasdocafe.us14.list-manage.com/unsubscribe?u={uid}&id={hx(10)}&e={hx(10)}&c={hx(10)}"
    plain = (f"** {title}\n------------------------------------------------------------\n\n" + "\n\n".join(f"{a} ({u})" for a, u in links) +
             f"\n\n============================================================\nVocê recebe este boletim porque se cadastrou em noticiasdocafe.example.\n"
             f"Descadastrar ({unsub})\nNotícias do Café · Rua Coronel José Alves, 210 · Varginha, MG 37002-000 · Brazil")
    html = ('<!doctype html><html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">'
            f'<title>{H.escape(title)}</title></head><body><center><table id="bodyTable" width="100%"><tr><td id="bodyCell">'
            f'<img src="https://mcusercontent.com/{uid}/images/{hx(8)}-{hx(4)}.png" width="560" alt="Notícias do Café"><h1>{H.escape(title)}</h1>'
            + "".join(f'<p><a href="{u}" target="_blank">{H.escape(a)}</a></p>' for a, u in links) +
            f'<p style="font-size:11px">Você recebe este boletim porque se cadastrou em noticiasdocafe.example.<br><a href="{unsub}">Descadastrar</a></p>'
            f'<img src="https://noticiasdocafe.us14.list-manage.com/track/open.php?u={uid}&id={hx(10)}&e={hx(10)}" height="1" width="1" alt="">'
            "</td></tr></table></center></body></html>")
    return notice(mchimp, "mailchimp", t, f"Notícias do Café #{180 + edition}: {title}", plain, html,
                  extra=[("Reply-To", "Notícias do Café <contato@noticiasdocafe.example>"), ("List-Unsubscribe", f"<{unsub}>, <mailto:unsubscribe-mc.us14_{uid}@unsub.mcsv.net>"),
                         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("List-Id", f"{uid}mc list <{uid}.{R.randint(100000, 999999)}.list-id.mcsv.net>"),
                         ("X-Mailer", "Mailchimp Mailer - **CID" + hx(20) + "**"), ("Precedence", "bulk"), ("Feedback-ID", f"{R.randint(10**7, 10**8)}:{R.randint(10**7, 10**8)}.{R.randint(10**6, 10**7)}:us14:mc")])


def indicator(t):
    p = price(t.date()); p2 = p - R.randint(18000, 26000)
    subj = f"Indicador Café Sul de Minas - {t:%d/%m/%Y}: arábica {brl(p)}/saca"
    plain = (f"Indicador Café Sul de Minas - fechamento de {t:%d/%m/%Y}\n\nArábica tipo 6 bebida dura (saca 60 kg, posto Sul de Minas): {brl(p)}\n"
             f"Arábica rio/riado: {brl(p2)}\nVariação semanal: {R.choice(['+', '-'])}{R.randint(2, 48) / 10:.1f}%\n\nMetodologia e série histórica: https://www.mercadocafe.example/indicador\n\n"
             "Para deixar de receber: https://www.mercadocafe.example/cancelar?e=" + hx(16))
    html = simple_html("Indicador Café Sul de Minas", plain.split("\n\n")[:-1], "Para deixar de receber, <a href=\"https://www.mercadocafe.example/cancelar\">clique aqui</a>.",
                       color="#4e342e")
    return notice(indic, "sendgrid", t, subj, plain, html, extra=[("List-Unsubscribe", "<https://www.mercadocafe.example/cancelar>"), ("X-SG-EID", alnum(60)),
                                                                  ("Precedence", "bulk")])


LIST_FOOT = ("\n_______________________________________________\ncafes-especiais mailing list -- cafes-especiais@listas.cafesespeciais.example\n"
             "Para sair da lista envie um e-mail para cafes-especiais-leave@listas.cafesespeciais.example")


def list_post(author, t, subj, text, refs, label=None, scen=None, atts=(), munged=False, client=None, quote=None):
    client = client or author.client
    plain = text + author.sig + (quote or "") + LIST_FOOT
    html = html_of(client, text + author.sig + (quote or "")) + '<div>_______________________________________________<br>cafes-especiais mailing list -- cafes-especiais@listas.cafesespeciais.example</div>' \
        if html_of(client, "x") else None
    n = R.randint(1000, 9999)
    mid = make_mid(author, client, t)
    mh = base64.b32encode(hashlib.sha1(mid.encode()).digest()).decode()
    extra = [("Message-ID-Hash", mh), ("X-Message-ID-Hash", mh), ("X-MailFrom", author.email),
             ("X-Mailman-Rule-Misses", "dmarc-mitigation; no-senders; approved; emergency; loop; banned-address; member-moderation; header-match-cafes-especiais.listas.cafesespeciais.example-0; nonmember-moderation; administrivia; implicit-dest; max-recipients; max-size; news-moderation; no-subject; digests; suspicious-header"),
             ("X-Mailman-Version", "3.3.9"), ("Precedence", "list"), ("List-Id", "Cafés especiais - produtores e compradores <cafes-especiais.listas.cafesespeciais.example>"),
             ("Archived-At", f"<https://listas.cafesespeciais.example/archives/list/cafes-especiais@listas.cafesespeciais.example/message/{mh}/>"),
             ("List-Archive", "<https://listas.cafesespeciais.example/archives/list/cafes-especiais@listas.cafesespeciais.example/>"),
             ("List-Help", "<mailto:cafes-especiais-request@listas.cafesespeciais.example?subject=help>"),
             ("List-Owner", "<mailto:cafes-especiais-owner@listas.cafesespeciais.example>"), ("List-Post", f"<mailto:{LIST}>"),
             ("List-Subscribe", "<mailto:cafes-especiais-join@listas.cafesespeciais.example>"), ("List-Unsubscribe", "<mailto:cafes-especiais-leave@listas.cafesespeciais.example>")]
    frm = None
    if munged:
        frm = enc_h(f"{author.name} via cafes-especiais", client) + f" <{LIST}>"
        extra = [("Reply-To", addr(author.name, author.email, client))] + extra
    ah = author.infra
    h_, g_ = R.choice(GHOSTS)
    lhop = [("Received", f"from {INFRA[ah][0].replace('{g}', h_).replace('{n}', '31') if INFRA.get(ah) else 'unknown'} ([{INFRA[ah][2].replace('{gip}', g_).replace('{n}', '31') if INFRA.get(ah) else '0.0.0.0'}])\n"
                         f"\tby listas.cafesespeciais.example (Postfix) with ESMTPS id {HX(10)}\n\tfor <{LIST}>; {pfx(t + sec(2))}")]
    lhop += sender_hops(author, ah, client, t, None)
    lsubj = ("Re: [cafes-especiais] " + subj[4:]) if subj.startswith("Re: ") else "[cafes-especiais] " + subj
    return emit(author, client, t, [("", LIST)], None, lsubj, list(refs), plain, html=html, atts=atts, extra=extra,
                label=label, scen=scen, infra="mailman", frm=frm, mid=mid, pre_hops=lhop, listmail="munged" if munged else True,
                dkim_broken=INFRA[ah][3] if INFRA.get(ah) and INFRA[ah][3] else None,
                top_extra=())


# ------------------------------------------------------------------ special builders
def docusign_notice(t, subj, text, env_id, button, label=None, scen=None):
    url = f"https://na3.docusign.net/Signing/EmailStart.aspx?a={env_id}&etti=24&acct={ACCT_ID}&er={ruuid()}"
    plain = (f"{text}\n\n{button}: {url}\n\nMarcelo Duarte\nmarcelo.duarte@atlanticacafes.example\n\nNão compartilhe este e-mail\nEste e-mail contém um link seguro "
             "para a DocuSign. Não compartilhe este e-mail, link ou código de acesso com outras pessoas.\n\nSobre a DocuSign\nAssine documentos eletronicamente em apenas "
             f"alguns minutos. É seguro. Esteja você em um escritório, em casa ou em trânsito.\n\nCódigo de acesso alternativo: {HX(32)}\n\n"
             "Dúvidas sobre o documento? Se precisar modificar um documento ou tiver dúvidas sobre os detalhes do documento, entre em contato com o remetente diretamente.")
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="padding:0;margin:0;background:#eaeaea"><table style="width:100%;max-width:640px;margin:0 auto;'
            'background:#fff;font-family:Helvetica,Arial,sans-serif"><tr><td style="padding:10px 24px"><img src="https://na3.docusign.net/Signing/Images/email/Email_Logo.png" '
            'alt="DocuSign" width="116"></td></tr><tr><td style="padding:24px;background:#1e4ca1;color:#fff;text-align:center;font-size:16px">'
            f'{esc_br(text)}<br><br><a href="{url}" style="background:#ffc423;color:#333;padding:10px 24px;text-decoration:none;font-weight:bold">{button}</a></td></tr>'
            '<tr><td style="padding:24px;font-size:13px">Marcelo Duarte<br>marcelo.duarte@atlanticacafes.example</td></tr><tr><td style="padding:24px;font-size:11px;color:#666">'
            'Não compartilhe este e-mail. Este e-mail contém um link seguro para a DocuSign.</td></tr></table></body></html>')
    return notice(docusign, "docusign", t, subj, plain, html, label=label, scen=scen,
                  extra=[("Reply-To", "Marcelo Duarte <marcelo.duarte@atlanticacafes.example>"), ("X-Api-Host", "na3.docusign.net"), ("X-Did", ruuid()),
                         ("X-Tid", ruuid()), ("Auto-Submitted", "auto-generated")])


ACCT_ID = ruuid()


def ics(uid, organizer, attendees, start_utc, end_utc, summary, description, location="", method="REQUEST", prodid="-//Google Inc//Google Calendar 70.9054//EN", extra=()):
    def fold(line):
        out, cur = [], line
        while len(cur.encode()) > 74: out.append(cur[:74]); cur = " " + cur[74:]
        out.append(cur); return "\r\n".join(out)
    desc = description.replace("\\", "\\\\").replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
             f"DTSTART:{start_utc:%Y%m%dT%H%M%SZ}", f"DTEND:{end_utc:%Y%m%dT%H%M%SZ}", f"DTSTAMP:{(start_utc - datetime.timedelta(days=6)):%Y%m%dT%H%M%SZ}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for n, e in attendees:
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n};X-NUM-GUESTS=0:mailto:{e}")
    lines += list(extra) + [f"CREATED:{(start_utc - datetime.timedelta(days=6)):%Y%m%dT%H%M%SZ}", f"DESCRIPTION:{desc}",
                            f"LAST-MODIFIED:{(start_utc - datetime.timedelta(days=6)):%Y%m%dT%H%M%SZ}", f"LOCATION:{location}", "SEQUENCE:0",
                            "STATUS:CONFIRMED", f"SUMMARY:{summary}", "TRANSP:OPAQUE", "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
                            "TRIGGER:-P0DT0H10M0S", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def kmz(name, polys):
    pm = ""
    for pn, coords in polys:
        c = " ".join(f"{lo:.6f},{la:.6f},0" for lo, la in coords + [coords[0]])
        pm += (f"<Placemark><name>{pn}</name><styleUrl>#talhao</styleUrl><Polygon><outerBoundaryIs><LinearRing><coordinates>{c}</coordinates>"
               "</LinearRing></outerBoundaryIs></Polygon></Placemark>")
    kml = ('<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>' + name + '</name>'
           '<Style id="talhao"><LineStyle><color>ff00ffff</color><width>2</width></LineStyle><PolyStyle><color>4000ff00</color></PolyStyle></Style>' + pm + "</Document></kml>")
    return zip_bytes([("doc.kml", kml.encode())], (2024, 10, 9, 9, 40, 0))


def poly(lat, lon, dlat=0.004, dlon=0.005):
    return [(lon, lat), (lon + dlon, lat + R.uniform(-0.0005, 0.0005)), (lon + dlon, lat - dlat), (lon + R.uniform(-0.0005, 0.0005), lat - dlat)]


def geojson(farms):
    feats = []
    for fid, name, ptype, coords in farms:
        geom = {"type": "Polygon", "coordinates": [[[round(lo, 6), round(la, 6)] for lo, la in coords + [coords[0]]]]} if ptype == "poly" else \
            {"type": "Point", "coordinates": [round(coords[0][0], 6), round(coords[0][1], 6)]}
        feats.append('{"type":"Feature","properties":{"farm_id":"%s","producer":"%s","commodity":"coffee","country":"BR"},"geometry":%s}'
                     % (fid, name, str(geom).replace("'", '"').replace("(", "[").replace(")", "]")))
    return ('{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}},"features":[' + ",".join(feats) + "]}").encode()


def zimbra_ooo(colleague, t, subj, refs, text, label=None, scen=None):
    m = f"<{R.randint(10**8, 2 * 10**9)}.{R.randint(10**5, 10**7)}.{int(t.timestamp() * 1000)}.JavaMail.zimbra@{OWN}>"
    return emit(colleague, "zooo", t, [(me.name, me.email)], None, "Re: " + strip_pfx(subj), list(refs), text, no_html=True, mid=m, label=label, scen=scen,
                extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk")])


# ------------------------------------------------------------------ list members and attackers
henrique = Pt("Henrique Sato", "henrique.sato.cafe@gmail.com", "gws", "gmail", "\n\nHenrique Sato\nSítio Sato - Franca/SP")
wagner = Pt("Wagner Luz", "wagner.luz@ifsuldeminas.example", "tbx", "ifsul", "\n\n-- \nProf. Wagner Luz\nIFSULDEMINAS - Campus Machado\nPós-colheita e qualidade do café")
larissa = Pt("Larissa Meireles", "larissa_meireles@yahoo.com.br", "yahoo", "yahoo", "\n\nLarissa Meireles\nFazenda Pedra Branca - Carmo de Minas")
marina = Pt("Marina Campos", "marina@cafedamantiqueira.example", "gws", "gws-mant", "\n\n--\nMarina Campos\nCafé da Mantiqueira - exportação de especiais")
fabio = Pt("Fábio Rezende", "fabio@agroconsult.example", "gws", "gws-agc", "\n\n--\nFábio Rezende\nAgroConsult Certificação e Rastreabilidade\n(35) 99211-0457")

spoof_claudio = Pt("Cláudio Mendes", "claudio.mendes.financeiro@gmail.com", "gws", "gmail")
spoof_patricia = Pt("Patrícia Lima", "contato@vidracariasaojorge.example", "emotet", "cpanel-vidr")
spoof_luciana = Pt("Luciana Araújo", "financeiro@autopecasbrasilia.example", "emotet", "cpanel-auto")
lk_sueli = Pt("Sueli Castro", "sueli.castro@agronutrl.example", "owa", "exo-lk-agn", sueli.sig.replace("agronutri", "agronutrl"))
lk_edson = Pt("Edson Pereira", "edson.pereira@rotasul-log.example", "tbx", "vps-lk-rs", edson.sig)
fake_rfb = Pt("Receita Federal do Brasil - e-CAC", "notificacao@ecac-receitafederal.example", "bulk", "vps-receita")
fake_vm = Pt("Voice Mail Center", "no-reply@vmail-notify.example", "bulk", "vps-vmail")

# ================================================================== background mail: newsletters, price bulletins, bank, GLPI
d0 = datetime.date(2024, 7, 4)
ed = 0
while d0 <= datetime.date(2025, 3, 27):
    newsletter(at(d0.year, d0.month, d0.day, 7, R.randint(0, 20)), ed); ed += 1
    d1 = d0 + datetime.timedelta(days=1)
    indicator(at(d1.year, d1.month, d1.day, 18, R.randint(30, 55)))
    d0 += datetime.timedelta(days=7)

for (y, mo, d, hh, mi), val, payer in [((2024, 7, 10, 14, 2), 1840000, "CAFETERIA GRAO DE OURO LTDA"), ((2024, 9, 10, 10, 41), 4625000, "EMPORIO SERRA VERDE LTDA"),
                                       ((2024, 10, 3, 15, 20), 2210000, "CAFETERIA GRAO DE OURO LTDA"), ((2024, 11, 12, 11, 8), 6900000, "TORREFACAO SERRA AZUL LTDA"),
                                       ((2024, 12, 18, 9, 55), 3120000, "EMPORIO SERRA VERDE LTDA"), ((2025, 1, 22, 16, 33), 8840000, "TORREFACAO SERRA AZUL LTDA"),
                                       ((2025, 3, 6, 10, 12), 2975000, "CAFETERIA GRAO DE OURO LTDA")]:
    pix_notice(at(y, mo, d, hh, mi), val, payer)

glpi_notice(at(2024, 7, 23, 9, 12), "Impressora do setor comercial não imprime frente e verso",
            "Descrição: a impressora HP do comercial parou de imprimir frente e verso depois da atualização do Windows.")
glpi_notice(at(2024, 7, 23, 14, 40), "Impressora do setor comercial não imprime frente e verso",
            "Acompanhamento: driver reinstalado e configuração de duplex restaurada na fila \\\\srv-print01\\HP-Comercial. Favor testar.", new=False)
glpi_notice(at(2024, 9, 30, 8, 50), "Acesso VPN para notebook do comercial (viagem a Santos)",
            "Descrição: preciso de acesso VPN ao ERP no notebook durante a viagem a Santos de 01 a 03/10.")
glpi_notice(at(2025, 1, 9, 8, 20), "Caixa postal do Zimbra com 92% da cota",
            "Descrição: o Zimbra avisou que minha caixa está com 92% da cota. Podem aumentar ou arquivar as pastas de 2022?")
glpi_notice(at(2025, 1, 9, 16, 5), "Caixa postal do Zimbra com 92% da cota",
            "Acompanhamento: cota ampliada de 10 GB para 15 GB. Pastas de 2022 podem ser arquivadas localmente se preferir.", new=False)

# Zimbra's own quota warning (internal system message)
zq = Pt("Administrador do Zimbra", f"admin@{OWN}", "zwc", "zimbra-int")
emit(zq, "sysz", at(2025, 1, 9, 7, 2), [(me.name, me.email)], None, "Aviso de cota: sua caixa postal está com 92% da capacidade", [],
     "Sua caixa postal rafael.santos@coopersapucai.example está usando 9,2 GB de 10 GB (92%).\n\nQuando a cota for atingida, novas mensagens serão recusadas. "
     "Apague mensagens antigas ou esvazie a Lixeira, ou abra um chamado no GLPI (ramal 5199).\n\nEsta mensagem foi gerada automaticamente pelo servidor de e-mail.",
     no_html=True, extra=[("Auto-Submitted", "auto-generated")], xoip="10.10.0.25")


# ================================================================== T1 AgroNutri: post-harvest fertiliser order (Diego)
t1 = Thread("T1", diego, "Cotação adubação pós-colheita 2024/25")
t1.add(me, "Bom dia, Diego.\n\nEstamos fechando a compra do adubo para a adubação pós-colheita dos cooperados. Preciso de cotação para:\n\n"
       "- 180 t de formulado 20-05-20 (big bag de 1 t)\n- 40 t de sulfato de amônio\n\nEntrega CIF no nosso armazém de Carmo de Minas, em duas etapas "
       "(metade na segunda quinzena de julho e metade no fim do mês). Pagamento em boleto 30/60/90.\n\nFico no aguardo.", at(2024, 7, 2, 8, 47))
t1.add(diego, "Bom dia, Rafael, tudo bem?\n\nSegue em anexo nossa proposta AGN-2407-118. O 20-05-20 ficou em R$ 3.180,00/t e o sulfato de amônio em "
       "R$ 2.050,00/t, CIF Carmo de Minas, pagamento 30/60/90 no boleto. Validade de 5 dias por causa da variação do dólar.\n\n"
       "Se fechar até sexta consigo garantir a primeira carga para o dia 15.", at(2024, 7, 2, 11, 20), G,
       atts=[("Proposta_AGN-2407-118_Coopersapucai.pdf", pdf(["AgroNutri Insumos Agricolas Ltda - Proposta Comercial AGN-2407-118", "Cliente: Coopersapucai - Carmo de Minas/MG",
                                                               "180 t Fertilizante 20-05-20 big bag 1 t ...... R$ 3.180,00/t", "40 t Sulfato de amonio 21% N ...... R$ 2.050,00/t",
                                                               "Condicoes: CIF, boleto 30/60/90 dias", "Validade: 5 dias"], when="20240702111200"), "application/pdf")])
t1.add(me, "Diego, o 20-05-20 está acima do que recebemos de outro fornecedor (R$ 3.050). Se chegar em R$ 3.090 fechamos hoje as 180 t e as 40 t de sulfato.",
       at(2024, 7, 3, 9, 5))
t1.add(diego, "Rafael, consegui aprovação da diretoria em R$ 3.110,00/t para o 20-05-20; o sulfato mantemos em R$ 2.050,00. É o melhor que consigo "
       "com o dólar de hoje. Se estiver de acordo, segue o pedido para assinatura.", at(2024, 7, 3, 14, 32), G,
       atts=[("Pedido_Venda_77815.pdf", pdf(["AgroNutri - Pedido de Venda 77815", "180 t 20-05-20 x R$ 3.110,00 = R$ 559.800,00", "40 t Sulfato de amonio x R$ 2.050,00 = R$ 82.000,00",
                                             "Total: R$ 641.800,00 - boleto 30/60/90 por carga", "Entregas: 15/07 e 29/07"], when="20240703142500"), "application/pdf")])
t1.add(me, "De acordo. Pedido assinado em anexo. Pode programar a primeira carga (90 t do formulado + 20 t de sulfato) para o dia 15.", at(2024, 7, 4, 8, 15),
       atts=[("Pedido_77815_assinado.pdf", pdf(["AgroNutri - Pedido de Venda 77815", "De acordo - Coopersapucai", "Rafael Albuquerque Santos - Gerente Comercial"],
                                               producer="HP Scan", when="20240704080900"), "application/pdf")])
t1.add(diego, "Recebido, Rafael. Programação confirmada: 1ª carga em 15/07 e 2ª carga em 29/07. O motorista liga meia hora antes de chegar. "
       "Obrigado pela parceria!", at(2024, 7, 4, 10, 2), G)
nfe1, ch48213, v48213 = agn_nfe_notice(at(2024, 7, 15, 6, 48), 48213, [("20520BB", "FERTILIZANTE MINERAL MISTO NPK 20-05-20 BIG BAG 1000KG", "31052000", "TON", 90, 311000),
                                                                       ("SULAM21", "SULFATO DE AMONIO 21% N BIG BAG 1000KG", "31022100", "TON", 20, 205000)])
t1.add(me, "Diego, primeira carga recebida agora à tarde. Só uma observação: 3 big bags chegaram rasgados, separamos para conferência. Fotos em anexo.",
       at(2024, 7, 15, 16, 40), client="gapp",
       atts=[("IMG_20240715_162233.jpg", jpeg("moto g84 5G"), "image/jpeg"), ("IMG_20240715_162251.jpg", jpeg("moto g84 5G"), "image/jpeg")])
t1.add(diego, "Rafael, peço desculpas. Já abri ocorrência com a transportadora; vamos repor os 3 big bags na segunda carga, sem custo.", at(2024, 7, 16, 8, 30), G)
agn_nfe_notice(at(2024, 7, 29, 7, 5), 48377, [("20520BB", "FERTILIZANTE MINERAL MISTO NPK 20-05-20 BIG BAG 1000KG", "31052000", "TON", 90, 311000),
                                              ("SULAM21", "SULFATO DE AMONIO 21% N BIG BAG 1000KG", "31022100", "TON", 20, 205000)],
               label=GH, scen=("G5", "supplier's NF-e system mail (Amazon SES) with the NF-e XML and DANFE PDF, no reply headers"))

# ================================================================== T2 AgroNutri receivables (Sueli): boletos; A1 server-hijack "boleto atualizado"
ITAU_AG, ITAU_CC = "3921", "41877"


def itau_boleto(doc, venc, cent, nosso):
    livre = "109" + nosso + str(mod10(ITAU_AG + ITAU_CC + "109" + nosso)) + ITAU_AG + ITAU_CC + str(mod10(ITAU_AG + ITAU_CC)) + "000"
    return boleto("341", venc, cent, livre)


def agn_boletos(nf, parcelas):
    out = []
    for i, (venc, cent) in enumerate(parcelas, 1):
        nosso = f"{nf % 1000:03d}{i:02d}{R.randint(100, 999)}"
        _, linha = itau_boleto(f"{nf}/{i}", venc, cent, nosso)
        out.append((i, venc, cent, linha, nosso))
    return out


b48213 = agn_boletos(48213, [(datetime.date(2024, 8, 14), 10696666), (datetime.date(2024, 9, 13), 10696667), (datetime.date(2024, 10, 14), 10696667)])
t2 = Thread("T2", sueli, "Boletos NF 48213 - Coopersapucaí")
t2.add(sueli, "Prezado Rafael, bom dia.\n\nSeguem em anexo os boletos referentes à NF 48213 (1ª carga do pedido 77815), com vencimentos em 14/08, 13/09 e "
       "14/10/2024. Valor total da nota: R$ 320.900,00, em três parcelas.\n\nQualquer dúvida estou à disposição.", at(2024, 7, 16, 10, 12),
       atts=[(f"Boleto_NF48213_{i}de3.pdf", boleto_pdf("Banco Itau S.A.", "341-7", "AGRONUTRI INSUMOS AGRICOLAS LTDA", AGN_CNPJ, f"{COOP_NAME_FISCAL} - CNPJ {COOP_CNPJ}",
                                                       f"48213/{i}", venc, cent, linha, f"109/{nosso}", header="AgroNutri Insumos Agricolas Ltda - Contas a Receber"),
              "application/pdf") for i, venc, cent, linha, nosso in b48213])
t2.add(me, "Sueli, recebidos. Já encaminhei ao financeiro (Cláudio em cópia) para programação dos pagamentos.", at(2024, 7, 16, 11, 5),
       cc=[(claudio.name, claudio.email)])
b48377 = agn_boletos(48377, [(datetime.date(2024, 8, 28), 10696666), (datetime.date(2024, 9, 27), 10696667), (datetime.date(2024, 10, 28), 10696667)])
t2.add(sueli, "Rafael, bom dia.\n\nSeguem os boletos da NF 48377 (2ª carga), com vencimentos em 28/08, 27/09 e 28/10/2024, todos no mesmo PDF. "
       "Os 3 big bags de reposição foram enviados em bonificação, sem cobrança.", at(2024, 7, 30, 9, 48), G, cc=[(claudio.name, claudio.email)],
       atts=[("Boletos_NF48377.pdf", pdf(["AgroNutri Insumos Agricolas Ltda - Contas a Receber", "Boletos NF 48377 - Banco Itau S.A. 341-7"] +
                                         [f"Parcela {i}/3 - venc. {venc:%d/%m/%Y} - {brl(cent)} - {linha}" for i, venc, cent, linha, _ in b48377] +
                                         [f"Beneficiario: AGRONUTRI INSUMOS AGRICOLAS LTDA - CNPJ {AGN_CNPJ}"], producer="Protheus TReport / PDFlib 9",
                                         when="20240730094000"), "application/pdf")])
t2.add(me, "Recebidos, obrigado Sueli.", at(2024, 7, 30, 10, 30), cc=[(claudio.name, claudio.email)])
# A1: Sueli's real Microsoft 365 mailbox (same OWA headers, same tenant, same signature) sends a "boleto atualizado" with another bank/beneficiary
fl = "".join(R.choice("0123456789") for _ in range(25))
_, linha_fake = boleto("336", datetime.date(2024, 9, 13), 10696667, fl)
t2.add(sueli, "Boa tarde, Rafael.\n\nPor uma falha na integração com o banco, o boleto da 2ª parcela da NF 48213 (vencimento 13/09) foi registrado com erro e "
       "será devolvido pelo Itaú. Segue em anexo o boleto atualizado, já registrado pelo nosso novo parceiro de cobrança, com o mesmo valor e vencimento.\n\n"
       "Por gentileza, desconsiderar o boleto enviado anteriormente e programar o pagamento por este.\n\nQualquer dúvida estou à disposição.",
       at(2024, 9, 10, 17, 52), HJ("server-hijack"), cc=[(claudio.name, claudio.email)], detached=True,
       scen=("A1", "supplier's receivables clerk, real M365 mailbox (same OWA headers): 'boleto atualizado' PDF from another bank (336) with a different beneficiary, quotes the real thread"),
       atts=[("Boleto_Atualizado_NF48213_2de3.pdf", boleto_pdf("Banco C6 S.A.", "336-0", "AGN SOLUCOES COMERCIAIS LTDA", FAKE_AGN, f"{COOP_NAME_FISCAL} - CNPJ {COOP_CNPJ}",
                                                            "48213/2", datetime.date(2024, 9, 13), 10696667, linha_fake, "0000" + digits(9),
                                                            header="AgroNutri Insumos Agricolas Ltda - Contas a Receber", when="20240910173100",
                                                            producer="iLovePDF", extra_lines=["Boleto atualizado - substitui o boleto anterior"]), "application/pdf")])
t2.add(sueli, "Prezados,\n\nATENÇÃO: ontem à tarde nossa caixa de e-mail foi acessada indevidamente e foram enviadas mensagens com boletos falsos em nome da "
       "AgroNutri. Se vocês receberam um e-mail com \"boleto atualizado\" da NF 48213, DESCONSIDEREM.\n\nNossos boletos continuam sendo emitidos somente pelo "
       f"Itaú, beneficiário AgroNutri Insumos Agrícolas Ltda, CNPJ {AGN_CNPJ}. Na dúvida, liguem para (35) 3221-8800, ramal 214, antes de pagar qualquer "
       "boleto.\n\nJá trocamos as senhas e o nosso TI está apurando o ocorrido. Pedimos desculpas pelo transtorno.", at(2024, 9, 11, 8, 37), GH,
       cc=[(claudio.name, claudio.email)],
       scen=("G33", "supplier warns of a fraudulent 'boleto atualizado' sent from its hijacked mailbox the day before (lure words, genuine)"))
t2.add(me, "Sueli, obrigado pelo aviso. Recebemos sim o e-mail ontem às 17h52 e não pagamos. O boleto original do Itaú será pago normalmente no dia 13.",
       at(2024, 9, 11, 9, 10), cc=[(claudio.name, claudio.email)])

# ================================================================== T3 AgroNutri bank change (announced by letter, verified by phone)
t3 = Thread("T3", sueli, "Comunicado AgroNutri - alteração do banco de cobrança a partir de 01/12/2024")
t3.add(sueli, "Prezado cliente,\n\nInformamos que, a partir de 01/12/2024, os boletos da AgroNutri Insumos Agrícolas Ltda passarão a ser emitidos pelo Sicoob "
       f"(banco 756). O beneficiário continua sendo a AgroNutri Insumos Agrícolas Ltda, CNPJ {AGN_CNPJ}. Os boletos já emitidos pelo Itaú continuam válidos "
       "até o vencimento.\n\nSegue em anexo o comunicado assinado pela diretoria. Por segurança, pedimos que qualquer alteração de dados bancários seja "
       "sempre confirmada por telefone com o nosso financeiro: (35) 3221-8800, ramais 214 ou 215. A AgroNutri não envia alterações de conta por WhatsApp.",
       at(2024, 11, 4, 10, 15), GH, cc=[(claudio.name, claudio.email)],
       scen=("G3", "supplier's genuine bank-change letter (PDF signed by the finance director), announced in advance and verified by phone afterwards"),
       atts=[("Comunicado_Alteracao_Banco_AgroNutri.pdf", pdf(["AgroNutri Insumos Agricolas Ltda", "Varginha, 1o de novembro de 2024", "COMUNICADO - ALTERACAO DE BANCO DE COBRANCA",
                                                               "A partir de 01/12/2024 nossos boletos serao emitidos pelo Sicoob (756), agencia 3087.",
                                                               f"Beneficiario: AgroNutri Insumos Agricolas Ltda - CNPJ {AGN_CNPJ} (inalterado)",
                                                               "Confirme qualquer alteracao pelo telefone (35) 3221-8800 ramais 214/215.",
                                                               "Osvaldo Prates - Diretor Administrativo-Financeiro"], when="20241101150000"), "application/pdf")])
t3.add(me, "Sueli, recebido. Conforme o nosso procedimento, vou confirmar por telefone antes de alterar o cadastro. Te ligo ainda hoje.",
       at(2024, 11, 4, 11, 2), cc=[(claudio.name, claudio.email)])
t3.add(sueli, "Pode ligar, Rafael. Hoje fico até as 17h no ramal 214.", at(2024, 11, 4, 11, 40), G, cc=[(claudio.name, claudio.email)])
t3.add(me, "Cláudio, confirmei por telefone hoje às 9h40 com a Sueli (ramal 214) e em seguida com o Sr. Osvaldo, diretor financeiro. A mudança é legítima: "
       "Sicoob, beneficiário AgroNutri, mesmo CNPJ. Pode atualizar o cadastro do fornecedor a partir de 01/12.", at(2024, 11, 5, 9, 58),
       to=[(claudio.name, claudio.email)], cc=[(sueli.name, sueli.email)])
t3.add(claudio, "Cadastro atualizado no ERP, com vigência a partir de 01/12. Obrigado, Rafael.", at(2024, 11, 5, 10, 20), G, cc=[(sueli.name, sueli.email)])
agn_nfe_notice(at(2024, 12, 2, 7, 30), 49102, [("CLORPOT", "CLORETO DE POTASSIO 60% K2O BIG BAG 1000KG", "31042090", "TON", 30, 298000)])
SIC_AG, SIC_CLI = "3087", "0284417"
lv = "1" + SIC_AG + "01" + SIC_CLI + f"{49102:08d}" + "001"
_, linha_sic = boleto("756", datetime.date(2025, 1, 2), 8940000, lv)
t3.add(sueli, "Rafael, bom dia.\n\nSegue o primeiro boleto já emitido pelo Sicoob, referente à NF 49102 (cloreto de potássio), com vencimento em 02/01/2025.",
       at(2024, 12, 3, 9, 12), GH, scen=("G4", "first boleto from the supplier's new (announced and verified) bank"),
       atts=[("Boleto_NF49102.pdf", boleto_pdf("Sicoob", "756-0", "AGRONUTRI INSUMOS AGRICOLAS LTDA", AGN_CNPJ, f"{COOP_NAME_FISCAL} - CNPJ {COOP_CNPJ}", "49102/1",
                                               datetime.date(2025, 1, 2), 8940000, linha_sic, "49102-7", header="AgroNutri Insumos Agricolas Ltda - Contas a Receber",
                                               when="20241203090500"), "application/pdf")])
t3.add(me, "Conferido com o cadastro novo (Sicoob, beneficiário AgroNutri, CNPJ ok). Obrigado, Sueli.", at(2024, 12, 3, 10, 5))

# ================================================================== T4 AgroNutri fungicide order (Jan 2025); A13 look-alike PIX key change
t4 = Thread("T4", diego, "Cotação fungicida e inseticida - janeiro/2025")
t4.add(me, "Bom dia, Diego.\n\nCom as chuvas, a pressão de ferrugem e cercospora subiu muito nas lavouras dos cooperados. Preciso de cotação para 1.200 L de "
       "fungicida (azoxistrobina + ciproconazol) e 400 L de inseticida para broca (ciantraniliprole). Entrega até o dia 24.", at(2025, 1, 13, 8, 31))
t4.add(diego, "Bom dia, Rafael!\n\nSegue a proposta AGN-2501-022. Lembrando que a receita agronômica de cada cooperado precisa ser emitida pelo agrônomo "
       "de vocês antes da retirada na loja.", at(2025, 1, 13, 14, 10), G,
       atts=[("Proposta_AGN-2501-022.pdf", pdf(["AgroNutri - Proposta AGN-2501-022", "1.200 L Fungicida azoxistrobina + ciproconazol SC ...... R$ 118,50/L",
                                                "400 L Inseticida ciantraniliprole 10 OD ...... R$ 412,00/L", "Pagamento: boleto 30 dias"], when="20250113140500"), "application/pdf")])
t4.add(me, "Fechado. Pedido em anexo.", at(2025, 1, 14, 9, 0),
       atts=[("Pedido_Coopersapucai_AGN-2501-022.pdf", pdf(["Coopersapucai - Pedido de Compra 2025-0031", "Ref. proposta AGN-2501-022", "Total: R$ 307.000,00"],
                                                           producer="Protheus TReport / PDFlib 9", when="20250114085500"), "application/pdf")])
t4.add(diego, "Obrigado, Rafael! Entrega programada para 22/01.", at(2025, 1, 14, 11, 30), G)
agn_nfe_notice(at(2025, 1, 22, 7, 12), 49877, [("FUNGAZC", "FUNGICIDA AZOXISTROBINA+CIPROCONAZOL SC GL 5L", "38089299", "L", 1200, 11850),
                                               ("INSCIA", "INSETICIDA CIANTRANILIPROLE 10 OD GL 1L", "38089199", "L", 400, 41200)])
lv2 = "1" + SIC_AG + "01" + SIC_CLI + f"{49877:08d}" + "001"
_, linha_sic2 = boleto("756", datetime.date(2025, 2, 21), 30700000, lv2)
t4.add(sueli, "Rafael, bom dia. Segue o boleto Sicoob da NF 49877 (defensivos entregues ontem), com vencimento em 21/02/2025.", at(2025, 1, 23, 9, 40), G,
       to=[(me.name, me.email)], cc=[(diego.name, diego.email)],
       atts=[("Boleto_NF49877.pdf", boleto_pdf("Sicoob", "756-0", "AGRONUTRI INSUMOS AGRICOLAS LTDA", AGN_CNPJ, f"{COOP_NAME_FISCAL} - CNPJ {COOP_CNPJ}", "49877/1",
                                               datetime.date(2025, 2, 21), 30700000, linha_sic2, "49877-2", header="AgroNutri Insumos Agricolas Ltda - Contas a Receber",
                                               when="20250123093000"), "application/pdf")])
t4.add(me, "Recebido, obrigado Sueli.", at(2025, 1, 23, 10, 15), to=[(sueli.name, sueli.email)], cc=[(diego.name, diego.email)])
evp = pixkey_evp()
t4.add(lk_sueli, "Bom dia, Rafael! Tudo bem?\n\nReferente à NF 49877 (defensivos entregues em 22/01, boleto Sicoob com vencimento em 21/02): estamos migrando a "
       "cobrança da AgroNutri para PIX para agilizar a baixa dos títulos, e por isso o convênio de boletos do Sicoob será encerrado no fim desta semana. "
       "O boleto que enviei no dia 23 será cancelado automaticamente pelo banco e não vai mais ser aceito.\n\nPara evitar juros e o bloqueio do limite "
       "de crédito de vocês (o Diego comentou que a cooperativa vai precisar de mais 600 L de fungicida em março), pedimos que o pagamento de "
       "R$ 307.000,00 seja feito via PIX na chave abaixo, vinculada à nossa conta de recebimentos:\n\n"
       f"Chave PIX (aleatória): {evp}\nFavorecido: AGN Pagamentos e Recebíveis Ltda\n\nAssim que fizerem o pagamento, por favor me enviem o comprovante "
       "por este e-mail para eu dar baixa manual no sistema. Qualquer dúvida estou à disposição.", at(2025, 2, 3, 15, 22), HJ("lookalike-domain"),
       to=[(me.name, me.email)], cc=[(claudio.name, claudio.email)], detached=True,
       scen=("A13", "look-alike supplier domain (agronutrl) on its own M365 tenant: long, context-aware PIX-key change for a real open invoice, quotes the real thread"))

# ================================================================== T5 Atlântica: sale contract 2,000 bags (Fernanda, Marcelo); A2 server-hijack e-signature
t5 = Thread("T5", fernanda, "Contrato 2.000 sacas - bebida dura tipo 6 - Coopersapucaí")
t5.add(fernanda, "Rafael, bom dia!\n\nConforme nossa conversa de sexta, confirmo a compra de 2.000 (duas mil) sacas de 60 kg de café arábica, bebida dura, "
       "tipo 6, peneira 16 acima, safra 2024, ao preço de R$ 1.495,00 por saca, entregue no nosso armazém em Santos (frete por conta da cooperativa).\n\n"
       "Pagamento: 50% em até 5 dias úteis após a emissão das NFs da primeira fase e 50% em até 5 dias úteis após a chegada do último lote em Santos.\n\n"
       "O Marcelo vai preparar o contrato.", at(2024, 9, 2, 9, 20), cc=[(marcelo.name, marcelo.email)])
t5.add(me, "Fernanda, confirmado. Os lotes estão separados (0824-A1 a A6) e as amostras de pré-embarque seguem esta semana. Aguardo o contrato do Marcelo.",
       at(2024, 9, 2, 10, 45), cc=[(marcelo.name, marcelo.email)])
t5.add(marcelo, "Rafael, boa tarde.\n\nDeixei a minuta do contrato ATL-CV-2409/118 no nosso SharePoint para vocês revisarem; pode comentar direto no "
       "documento ou me responder por aqui:\n\nhttps://atlanticacafes.sharepoint.com/:w:/s/Contratos/EaK7Yq0d1bJGo2t6Rz5xM1sBv0yG3uQn8cW4pZ2fLhT9kA?e=Wf3pQ1\n\n"
       "Qualquer dúvida estou à disposição.", at(2024, 9, 3, 15, 10), GH, cc=[(fernanda.name, fernanda.email)],
       scen=("G20", "buyer's contracts person shares the draft contract as a link on the buyer's own SharePoint tenant"))
t5.add(me, "Marcelo, li a minuta. Dois pontos:\n\n1) Cláusula 5ª (tolerância de peso): pedimos 0,5% e não 0,3%, por causa da perda de umidade no transporte;\n"
       "2) Cláusula 7ª: a classificação de referência deve ser a das amostras de pré-embarque aprovadas, e não a do recebimento em Santos.\n\n"
       "O restante está de acordo.", at(2024, 9, 4, 9, 12), cc=[(fernanda.name, fernanda.email)], to=[(marcelo.name, marcelo.email)])
t5.add(marcelo, "Rafael, ajustei os dois pontos. Vou enviar agora pelo DocuSign para assinatura do presidente da cooperativa e sua.", at(2024, 9, 4, 14, 40), G,
       cc=[(fernanda.name, fernanda.email)])
env_id = ruuid()
docusign_notice(at(2024, 9, 4, 14, 52), "Conclua com a DocuSign: ATL-CV-2409-118 Contrato Compra e Venda Cafe - Coopersapucai.pdf",
                "Marcelo Duarte enviou a você um documento para revisar e assinar.", env_id, "REVISAR DOCUMENTO", label=GH,
                scen=("G21", "genuine DocuSign signing request for the buyer's contract (no reply headers, several links)"))
docusign_notice(at(2024, 9, 5, 10, 31), "Concluído: ATL-CV-2409-118 Contrato Compra e Venda Cafe - Coopersapucai.pdf",
                "Todas as partes concluíram o documento. Consulte o documento concluído.", env_id, "EXIBIR CONCLUÍDO")
t5.add(fernanda, "Rafael, contrato assinado por todas as partes. Obrigada! Fico no aguardo da programação das retiradas.", at(2024, 9, 5, 11, 2), G,
       cc=[(marcelo.name, marcelo.email)])
t5.add(me, "Obrigado, Fernanda. Mando a programação amanhã.", at(2024, 9, 5, 11, 30), cc=[(marcelo.name, marcelo.email)])
t5.add(marcelo, "Rafael, efetuamos hoje a TED referente aos 50% do contrato ATL-CV-2409/118 (R$ 1.495.000,00). Comprovante em anexo.", at(2024, 9, 20, 16, 5), G,
       cc=[(fernanda.name, fernanda.email)],
       atts=[("Comprovante_TED_20092024.pdf", pdf(["Banco Bradesco S.A. - Comprovante de Transferencia TED", "Data: 20/09/2024 15:48", "Valor: R$ 1.495.000,00",
                                                   "Favorecido: COOPERATIVA REGIONAL DOS CAFEICULTORES DO VALE DO SAPUCAI", f"CNPJ: {COOP_CNPJ}",
                                                   "Banco: 756 - Sicoob / Credimantiqueira  Agencia: 3087  Conta: 41.227-0", "Remetente: COMISSARIA ATLANTICA DE CAFES LTDA",
                                                   f"Autenticacao: {HX(8)}.{HX(8)}.{HX(8)}"], producer="Bradesco Net Empresa", when="20240920155000"), "application/pdf")])
cred_notice(at(2024, 9, 20, 15, 49), "TED recebida: R$ 1.495.000,00", [f"Olá, {COOP_NAME_FISCAL.title()}.",
            "Você recebeu uma TED de COMISSARIA ATLANTICA DE CAFES LTDA no valor de R$ 1.495.000,00 em 20/09/2024 às 15:48.", "Conta: 3087 / 41.227-0"],
            button=("Acessar o internet banking", "https://www.credimantiqueira.example/internetbanking"))
t5.add(me, "Recebido, já consta no extrato. Obrigado, Marcelo.", at(2024, 9, 20, 16, 40), to=[(marcelo.name, marcelo.email)], cc=[(fernanda.name, fernanda.email)])
a2_quote = t5.last["plain"].replace("Obrigado, Marcelo.", "Obrigado, Marcelo. Fico no aguardo do aditivo com o novo cronograma da 2ª parcela.")
t5.add(marcelo, "Prezado Rafael,\n\nConforme alinhado, segue para assinatura eletrônica o Aditivo nº 1 ao contrato ATL-CV-2409/118 (ajuste do cronograma "
       "de pagamento da 2ª parcela). Para que o pagamento seja liberado ainda nesta semana, pedimos a gentileza de assinar até amanhã às 12h:\n\n"
       f"https://assinatura-atlantica-7c1e4.web.app/aditivo/ATL-CV-2409-118-A1?sid={alnum(22)}\n\nO acesso é feito com o seu e-mail e senha corporativos.",
       at(2024, 10, 8, 18, 23), HJ("server-hijack"), cc=[(fernanda.name, fernanda.email)], detached=True, quote_text=a2_quote,
       scen=("A2", "buyer's real M365/Outlook mailbox (same headers): e-signature 'aditivo' link on a firebase web.app page asking for the corporate password; altered quote"))
t5.add(marcelo, "Rafael, TED dos 50% restantes efetuada hoje (R$ 1.495.000,00), comprovante em anexo. Contrato liquidado. Obrigado pela parceria!",
       at(2024, 10, 25, 15, 30), G, cc=[(fernanda.name, fernanda.email)],
       atts=[("Comprovante_TED_25102024.pdf", pdf(["Banco Bradesco S.A. - Comprovante de Transferencia TED", "Data: 25/10/2024 15:11", "Valor: R$ 1.495.000,00",
                                                   "Favorecido: COOPERATIVA REGIONAL DOS CAFEICULTORES DO VALE DO SAPUCAI", f"CNPJ: {COOP_CNPJ}",
                                                   "Banco: 756 - Sicoob / Credimantiqueira  Agencia: 3087  Conta: 41.227-0"], producer="Bradesco Net Empresa",
                                                  when="20241025151500"), "application/pdf")])
cred_notice(at(2024, 10, 25, 15, 12), "TED recebida: R$ 1.495.000,00", [f"Olá, {COOP_NAME_FISCAL.title()}.",
            "Você recebeu uma TED de COMISSARIA ATLANTICA DE CAFES LTDA no valor de R$ 1.495.000,00 em 25/10/2024 às 15:11.", "Conta: 3087 / 41.227-0"],
            button=("Acessar o internet banking", "https://www.credimantiqueira.example/internetbanking"))
t5.add(me, "Recebido. Obrigado, Marcelo e Fernanda, foi um prazer. Sobre aquele e-mail do \"aditivo\" do dia 08/10 que saiu do seu endereço: como falamos "
       "por telefone, não cliquei no link. Vale o TI de vocês conferir a conta.", at(2024, 10, 25, 16, 10), cc=[(fernanda.name, fernanda.email)])

# ================================================================== T6 Atlântica: pick-up schedule and samples (Fernanda); G31 Outlook iOS late evening
t6 = Thread("T6", fernanda, "Programação de retiradas e amostras - ATL-CV-2409/118")
t6.add(me, "Fernanda, boa tarde.\n\nProgramação das entregas em Santos:\n\n- 1ª fase (lotes A1 a A3, 1.000 sacas): 2 carretas, dias 16/09 e 18/09;\n"
       "- 2ª fase (lotes A4 a A6, 1.000 sacas): 2 carretas, dias 14/10 e 21/10, conforme o espaço no armazém de vocês.\n\n"
       "As amostras de pré-embarque seguiram hoje por Sedex, código de rastreio AB612884731BR.", at(2024, 9, 11, 10, 20))
t6.add(fernanda, "Perfeito, Rafael. Programação aprovada. Aviso assim que o laboratório provar as amostras.", at(2024, 9, 11, 14, 5), G)
t6.add(fernanda, "Rafael, amostras provadas: A1, A2, A3, A5 e A6 aprovadas, bebida dura confirmada. O A4 deu um pouco mais de defeito (PVA), mas dentro do "
       "tipo 6 — também aprovado.", at(2024, 9, 13, 16, 22), G)
t6.add(me, "Ótimo, obrigado Fernanda!", at(2024, 9, 13, 17, 0))
t6.add(fernanda, "Rafael, o último caminhão (A6) acabou de descarregar aqui no armazém, 500 sacas conferidas, tudo certo. Amanhã o Marcelo programa o pagamento.",
       at(2024, 10, 22, 21, 52), GH, client="olkios", sig="\n\nObter o Outlook para iOS",
       scen=("G31", "buyer's trader replies from Outlook for iOS at 21:52 (same tenant, different client and signature)"))
t6.add(me, "Bom dia, Fernanda. Obrigado pela confirmação!", at(2024, 10, 23, 8, 10))
# O1: Fernanda answers a thread between her and Cláudio (finance), copying Rafael; the parent is not in Rafael's mailbox
o1_parent = f"<{R.randint(10**8, 2 * 10**9)}.{R.randint(10**5, 10**7)}.{int(at(2024, 10, 1, 16, 48).timestamp() * 1000)}.JavaMail.zimbra@{OWN}>"
o1_q = ("De: Cláudio Mendes <claudio.mendes@coopersapucai.example>\nEnviada em: terça-feira, 1 de outubro de 2024 16:48\nPara: Fernanda Okamoto "
        "<fernanda.okamoto@atlanticacafes.example>\nAssunto: Dados bancários para pagamento - Contrato ATL-CV-2409/118\n\nFernanda, boa tarde.\n\n"
        "Conforme solicitado, seguem os dados da cooperativa para as TEDs do contrato: Credimantiqueira (756), agência 3087, conta corrente 41.227-0, "
        f"CNPJ {COOP_CNPJ}.\n\nAtt.,\nCláudio Mendes\nGerente Financeiro\nCoopersapucaí")
emit(fernanda, "olk", at(2024, 10, 2, 10, 35), [(claudio.name, claudio.email)], [(me.name, me.email)], "RE: Dados bancários para pagamento - Contrato ATL-CV-2409/118",
     [o1_parent], "Cláudio, bom dia.\n\nObrigada, dados conferidos com o contrato. Já repassei ao Marcelo para a 2ª parcela. Rafael em cópia para ciência." + fernanda.sig + "\n\n" + o1_q,
     topic="Dados bancários para pagamento - Contrato ATL-CV-2409/118", label=GO,
     scen=("O1", "buyer answers the cooperative's finance manager, Rafael in Cc; the parent message was never in Rafael's mailbox"))

# ================================================================== T7 Torrefação Paulistana: specialty micro-lots (Beatriz); A8 account takeover (HTML login)
DRIVE_SHEET = "https://docs.google.com/spreadsheets/d/1qB7xK3mLp0Zt9WcR4vN2yHs8dFj6aUe5oTg1iQ3rPwY"
t7 = Thread("T7", beatriz, "Amostras de microlotes para o portfólio 2025")
t7.add(beatriz, "Oi Rafael, tudo bem?\n\nAqui é a Beatriz, da Torrefação Paulistana — nos conhecemos na Semana Internacional do Café, no ano passado. "
       "Estamos montando o portfólio de especiais para 2025 e queríamos provar microlotes da cooperativa acima de 84 pontos, de preferência naturais e "
       "cereja descascado. Você consegue nos mandar amostras de 300 g?\n\nObrigada!", at(2024, 8, 5, 10, 2))
t7.add(me, "Oi, Beatriz! Lembro sim. Separamos 8 amostras com a Ana Paula (nossa Q-grader): 4 naturais (Bourbon Amarelo, Catuaí 99, Arara e Topázio) e 4 "
       "cerejas descascados. Envio amanhã por Sedex para a torrefação.", at(2024, 8, 5, 11, 30))
t7.add(beatriz, f"Rafael, provamos as amostras hoje de manhã! Deixei as notas e os comentários nesta planilha (compartilhada com você):\n{DRIVE_SHEET}/edit?usp=sharing\n\n"
       "Destaques: o Bourbon Amarelo natural (86,25) e o Arara natural (85,5). Vocês têm volume desses dois?", at(2024, 8, 13, 17, 40), G)
t7.add(me, "Bourbon Amarelo: 18 sacas; Arara: 22 sacas; e o cereja descascado do Catuaí 99 (84,75) tem 30. Preço: R$ 2.300,00/saca para os dois naturais e "
       "R$ 2.050,00 para o CD.", at(2024, 8, 14, 9, 15))
t7.add(beatriz, "Fechamos as 40 sacas dos naturais (18 + 22) a R$ 2.300,00. Pagamento via PIX na entrega, pode ser? A coleta vai pela nossa transportadora.",
       at(2024, 8, 14, 15, 2), G)
t7.add(me, f"Combinado. O PIX é na chave CNPJ da cooperativa: {COOP_CNPJ}. A NF sai amanhã.", at(2024, 8, 14, 15, 30))
pix_notice(at(2024, 8, 26, 10, 58), 9200000, "TORREFACAO PAULISTANA LTDA", label=GH,
           scen=("G7", "bank's 'Pix recebido' notification with internet-banking link (automatic, no reply headers)"))
t7.add(beatriz, "Rafael, o café chegou ontem, tudo perfeito! PIX feito agora há pouco, comprovante em anexo (R$ 92.000,00).", at(2024, 8, 26, 11, 5), GH,
       scen=("G25", "buyer sends a PIX payment receipt PDF (payment talk, PDF, genuine)"),
       atts=[("comprovante-pix-26082024.pdf", pdf(["Comprovante de Pix", "26/08/2024 10:58:14", "Valor: R$ 92.000,00", "Para: COOPERATIVA REGIONAL DOS CAFEICULTORES DO VALE DO SAPUCAI",
                                                   f"Chave: {COOP_CNPJ}", "Instituicao: COOP CREDIMANTIQUEIRA", "De: TORREFACAO PAULISTANA LTDA", f"CNPJ: {TP_CNPJ}",
                                                   f"ID da transacao: E60701190{alnum(23)}"], producer="Itau Empresas", when="20240826105900"), "application/pdf")])
t7.add(me, "Recebido, obrigado Beatriz! Bom saber que chegou tudo certo.", at(2024, 8, 26, 11, 40))
t7.add(beatriz, f"Rafael, provamos a safra nova dos dois naturais que ficaram no estoque de vocês e mais 3 lotes que a Ana Paula mandou. Atualizei a mesma "
       f"planilha, aba \"Out/24\":\n{DRIVE_SHEET}/edit?gid=1864219073#gid=1864219073\n\nE as fotos dos grãos torrados estão nesta pasta:\n"
       "https://drive.google.com/drive/folders/1Hc4dN8sQ2vJm7ZxLr5tBy0WkEo3gP9aF?usp=sharing", at(2024, 10, 21, 14, 20), GH,
       scen=("G1", "buyer shares Google Sheets / Drive links again in a thread that always had Drive links"))
t7.add(me, "Vi a planilha, obrigado! Reservamos as 15 sacas do Topázio para vocês até sexta.", at(2024, 10, 22, 8, 50))
zlogin = ('<!DOCTYPE html>\n<html lang="pt-BR"><head><meta charset="utf-8"><title>Zimbra Web Client Sign In</title>'
          '<style>body{background:#3e6a9e;font-family:Arial,sans-serif}.box{width:420px;margin:90px auto;background:#fff;padding:30px;border-radius:6px}'
          'input{width:100%;padding:8px;margin:6px 0}button{background:#2b5e96;color:#fff;border:0;padding:9px 26px}</style></head><body><div class="box">'
          '<img src="data:image/png;base64,iVBORw0KGgo=" alt="Zimbra" width="180"><p>Documento protegido: <b>PC-2024-1187_Coopersapucai.pdf</b></p>'
          '<p>Sua sessão expirou. Confirme seu e-mail corporativo para visualizar o pedido de compra.</p>'
          '<form method="post" action="https://mailportal-secure-auth.example/zimbra/pc.php"><input type="email" name="u" value="rafael.santos@coopersapucai.example">'
          '<input type="password" name="p" placeholder="Senha"><button type="submit">Entrar</button></form>'
          '<!-- inert probe placeholder: fictional domain, no script --></div></body></html>')
t7.add(beatriz, "Bom dia Rafael,\n\nSegue em anexo o pedido de compra PC-2024-1187 referente aos lotes reservados, para conferência e aceite. Por segurança o "
       "documento está protegido: abra o anexo e confirme com o login do seu e-mail corporativo para visualizar.\n\nAtt,\nBeatriz Nogueira",
       at(2024, 11, 19, 8, 14, MSK), HJ("account-takeover"), client="emclient", sig=False, quote=False, ato=True,
       orig_ip=("DESKTOP-Q7H2M4K", f"91.92.{R.randint(240, 255)}.{R.randint(2, 250)}"), detached=True,
       atts=[("PC-2024-1187_Coopersapucai.html", zlogin.encode(), "text/html")],
       scen=("A8", "buyer's Google Workspace account used from eM Client on a foreign host at 02:14: 'pedido de compra' HTML attachment = fake Zimbra login, no quote"))
t7.add(beatriz, "Rafael, bom dia. Na semana passada a minha conta de e-mail foi invadida e mandaram mensagens com um anexo de \"pedido de compra\" para vários "
       "fornecedores. Se você recebeu, por favor apague e não abra. Já trocamos a senha e ativamos a verificação em duas etapas. Desculpe o transtorno!",
       at(2024, 11, 25, 9, 30), G)
t7.add(me, "Oi Beatriz, recebi sim (dia 19, de madrugada) e não abri — o TI daqui já tinha colocado em quarentena. Obrigado pelo aviso.", at(2024, 11, 25, 10, 2))

# ================================================================== T8 Torrefação: new buyer Ricardo introduced (G2)
t8 = Thread("T8", beatriz, "Apresentação - Ricardo Tanaka (compras de volume)")
t8.add(beatriz, "Oi Rafael, feliz 2025!\n\nQueria te apresentar o Ricardo Tanaka (em cópia), que entrou no nosso time este mês e vai cuidar das compras de "
       "cafés de volume para os blends. Eu sigo com os especiais. Ele vai te procurar nos próximos dias.", at(2025, 1, 8, 9, 40), cc=[(ricardo.name, ricardo.email)])
t8.add(me, "Oi Beatriz, obrigado e feliz 2025! Ricardo, seja bem-vindo. Fico à disposição — meu celular/WhatsApp está na assinatura.", at(2025, 1, 8, 10, 15),
       cc=[(ricardo.name, ricardo.email)])
t8.add(ricardo, "Olá Rafael, prazer! Obrigado pela recepção.\n\nJá tenho uma demanda: precisamos de 120 sacas de bebida dura, peneira 15 acima, para o blend "
       "da linha tradicional, com entrega na primeira quinzena de fevereiro em São Paulo. Vocês têm disponibilidade? Se puder, me manda a tabela de preços "
       "atualizada.", at(2025, 1, 9, 14, 22), GH, cc=[(beatriz.name, beatriz.email)],
       scen=("G2", "buyer's new colleague (introduced by the known contact earlier in the thread) writes for the first time"))
t8.add(me, "Ricardo, temos sim. Bebida dura tipo 6, peneira 15 acima: hoje R$ 2.240,00/saca posto Carmo de Minas ou R$ 2.275,00 entregue em São Paulo "
       "(frete por nossa conta). Tabela completa em anexo.", at(2025, 1, 9, 16, 5), to=[(ricardo.name, ricardo.email)], cc=[(beatriz.name, beatriz.email)],
       atts=[("Tabela_Precos_Coopersapucai_09-01-2025.xlsx", xlsx([["Produto", "Peneira", "Posto Carmo de Minas (R$/sc)", "Entregue SP (R$/sc)"],
                                                                   ["Bebida dura tipo 6", "16 acima", 2290, 2325], ["Bebida dura tipo 6", "15 acima", 2240, 2275],
                                                                   ["Bebida dura tipo 7", "14 acima", 2180, 2215], ["Riado tipo 7", "14 acima", 1990, 2025]],
                                                                  when="2025-01-09T15:58:00Z", creator="Rafael Albuquerque Santos"),
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
t8.add(ricardo, "Fechado: 120 sacas a R$ 2.275,00, entregue. Pagamento via PIX em até 3 dias após a entrega, como vocês fazem com a Beatriz.",
       at(2025, 1, 10, 10, 31), G, cc=[(beatriz.name, beatriz.email)])
t8.add(me, "Combinado, Ricardo. Entrega prevista para 04/02.", at(2025, 1, 10, 11, 0), to=[(ricardo.name, ricardo.email)], cc=[(beatriz.name, beatriz.email)])
t8.add(ricardo, "Rafael, carga recebida hoje, 120 sacas conferidas. O PIX sai amanhã cedo.", at(2025, 2, 4, 16, 20), G)
pix_notice(at(2025, 2, 5, 8, 41), 27300000, "TORREFACAO PAULISTANA LTDA")

# ================================================================== T9 Rota Sul: freight to Santos (Edson); G26 forwarded schedule; A3 server-hijack fake CT-e download
t9 = Thread("T9", edson, "Cotação frete Carmo de Minas x Santos - 2.000 sacas")
t9.add(me, "Edson, bom dia.\n\nPreciso de cotação de frete para 2.000 sacas (120 t) de Carmo de Minas até o armazém da Comissária Atlântica em Santos, em duas "
       "fases: 1.000 sacas entre 16 e 18/09 e 1.000 sacas entre 14 e 21/10. Carretas com lona, carga em sacaria.", at(2024, 9, 10, 9, 30))
t9.add(edson, "Bom dia Rafael.\n\nFrete de R$ 7,20 por saca, carreta de 500 sacas, seguro incluso. Para setembro consigo uma carreta no dia 16 e outra no dia 18. "
       "Outubro a gente fecha mais perto.", at(2024, 9, 10, 11, 48), G)
t9.add(me, "Fechado a R$ 7,20. Setembro: uma carreta no dia 16 e outra no dia 18. Outubro confirmo depois.", at(2024, 9, 10, 14, 20))
t9.add(edson, "Confirmado. Dia 16: placa RFT-4D21, motorista Jurandir. Dia 18: placa QNX-8B07, motorista Wellington. Chegam às 7h no armazém de vocês.",
       at(2024, 9, 13, 10, 5), G)
rs_cte_notice(at(2024, 9, 16, 11, 2), 500, 360000)
emit(edson, "roundcube", at(2024, 9, 16, 15, 40), [(me.name, me.email)], None, "Fwd: Agendamento confirmado - Armazém Atlântica Santos - 17/09 06:00 - RFT-4D21", [],
     "Rafael, segue o agendamento do armazém em Santos para a carreta de hoje. Chega lá amanhã cedo.\n\n-------- Mensagem original --------\n"
     "Assunto: Agendamento confirmado - Armazém Atlântica Santos - 17/09 06:00 - RFT-4D21\nData: 16/09/2024 14:58\nDe: agendamento@atlanticacafes.example\n"
     "Para: edson@rotasullog.example\n\nAgendamento nº 24-09-0317 confirmado.\n\nVeículo: RFT-4D21 (carreta) - Motorista: Jurandir Alves\nJanela: 17/09/2024 06:00 às 08:00\n"
     "Armazém 3 - Rua Xavier da Silveira, 1200 - Santos/SP\nCarga: 500 sacas café arábica - Remetente: Coopersapucaí\n\nApresentar NF e CT-e na portaria. "
     "Atrasos acima de 2 h exigem novo agendamento." + edson.sig, label=GH,
     scen=("G26", "carrier forwards the buyer warehouse's booking confirmation (Fwd:, no reply headers)"))
rs_cte_notice(at(2024, 9, 18, 10, 44), 500, 360000)
t9.add(edson, "Rafael, as duas carretas de setembro já descarregaram em Santos. Seguem os canhotos assinados.", at(2024, 9, 18, 18, 10), G,
       atts=[("canhoto_RFT4D21.jpg", jpeg("SM-A145M"), "image/jpeg"), ("canhoto_QNX8B07.jpg", jpeg("SM-A145M"), "image/jpeg")])
t9.add(me, "Obrigado, Edson. Para outubro: uma carreta no dia 14 e outra no dia 21.", at(2024, 9, 19, 8, 30))
t9.add(edson, "Anotado, Rafael.", at(2024, 9, 19, 9, 15), G)
t9.add(edson, "Bom dia Rafael,\n\nSegue o link para baixar os XML e os DACTE dos CT-e de setembro para a contabilidade de vocês. O arquivo ficou grande e "
       "não foi como anexo:\n\nhttps://portal-cte-rotasul.example/xml/download?doc=CTe-092024-COOPERSAPUCAI&tk=" + alnum(26) + "\n\nO link fica disponível por 48 horas.",
       at(2024, 10, 1, 10, 6), HJ("server-hijack"), detached=True,
       scen=("A3", "carrier's real Locaweb/Roundcube mailbox (same headers): 'XML e DACTE dos CT-e' download link on an unknown domain, quotes the real thread"))
rs_cte_notice(at(2024, 10, 14, 10, 20), 500, 360000, label=GH,
              scen=("G6", "carrier's ERP sends the CT-e XML and DACTE PDF automatically (PHPMailer, no reply headers)"))
rs_cte_notice(at(2024, 10, 21, 11, 5), 500, 360000)
t9.add(edson, "Rafael, a última carreta (lote A6) saiu às 14h. Previsão de chegada em Santos amanhã à noite.", at(2024, 10, 21, 17, 30), G)
t9.add(me, "Obrigado, Edson!", at(2024, 10, 22, 8, 0))

# ================================================================== T10 Rota Sul: monthly closing and invoices; G17 zipped XMLs; A14 look-alike TED change
t10 = Thread("T10", edson, "XMLs dos CT-e para o fechamento contábil")
t10.add(me, "Edson, boa tarde.\n\nPara o fechamento contábil, a Reis & Moura pediu os XMLs de todos os CT-e de setembro e outubro em que somos tomadores. "
        "Consegue mandar tudo num zip?", at(2024, 10, 31, 11, 12))
cte_members = []
for k in range(8):
    dd = at(2024, 9 if k < 4 else 10, 16 + (k % 4), 10, 0)
    ch = chave_nfe("31", dd.strftime("%y%m"), RS_CNPJ14, "57", 1, 18180 + k * 3)
    cte_members.append((f"CTe{ch}.xml", cte_xml(ch, 18180 + k * 3, dd, 360000 if k in (0, 1, 4, 5) else 148000, "CARMO DE MINAS", "SANTOS" if k in (0, 1, 4, 5) else "SAO PAULO",
                                                COOP_NAME_FISCAL, "COMISSARIA ATLANTICA DE CAFES LTDA" if k in (0, 1, 4, 5) else "TORREFACAO PAULISTANA LTDA", 500, [])))
t10.add(edson, "Bom dia Rafael, segue o zip com os 8 XML (setembro e outubro). Qualquer coisa me fala.", at(2024, 11, 1, 9, 25), GH,
        scen=("G17", "carrier sends the zipped CT-e XMLs that Rafael asked for the day before"),
        atts=[("CTe_Coopersapucai_set-out_2024.zip", zip_bytes(cte_members, (2024, 11, 1, 9, 20, 0)), "application/zip")])
t10.add(me, "Recebido, obrigado! Já repassei para a contabilidade.", at(2024, 11, 1, 10, 2))
BB_CONV = "2918447"


def bb_boleto(doc, venc, cent):
    livre = "000000" + BB_CONV + f"{int(doc.replace('/', '')):010d}" + "17"
    return boleto("001", venc, cent, livre)


_, lbb1 = bb_boleto("2024110871", datetime.date(2024, 12, 20), 2136000)
t10.add(edson, "Rafael, segue a fatura de novembro dos fretes de distribuição de adubo para os cooperados (CT-e 18402 a 18418), total R$ 21.360,00, "
        "vencimento 20/12. Boleto em anexo.", at(2024, 11, 29, 14, 40), G,
        atts=[("Fatura_2024-11-087_Coopersapucai.pdf", boleto_pdf("Banco do Brasil S.A.", "001-9", "ROTA SUL LOGISTICA E TRANSPORTES LTDA", RS_CNPJ,
                                                                  f"{COOP_NAME_FISCAL} - CNPJ {COOP_CNPJ}", "2024/11-087", datetime.date(2024, 12, 20), 2136000, lbb1,
                                                                  BB_CONV + "0000110871", header="Rota Sul Logistica - Fatura 2024/11-087", producer="FPDF 1.86",
                                                                  when="20241129143000"), "application/pdf")])
t10.add(me, "Recebido, Edson.", at(2024, 11, 29, 15, 10))
_, lbb2 = bb_boleto("2024120093", datetime.date(2025, 1, 20), 2784000)
t10.add(edson, "Rafael, segue a fatura de dezembro (CT-e 18433 a 18447), total R$ 27.840,00, vencimento 20/01. Boas festas para você e toda a equipe da "
        "cooperativa!", at(2024, 12, 20, 11, 0), G,
        atts=[("Fatura_2024-12-093_Coopersapucai.pdf", boleto_pdf("Banco do Brasil S.A.", "001-9", "ROTA SUL LOGISTICA E TRANSPORTES LTDA", RS_CNPJ,
                                                                  f"{COOP_NAME_FISCAL} - CNPJ {COOP_CNPJ}", "2024/12-093", datetime.date(2025, 1, 20), 2784000, lbb2,
                                                                  BB_CONV + "0000120093", header="Rota Sul Logistica - Fatura 2024/12-093", producer="FPDF 1.86",
                                                                  when="20241220105500"), "application/pdf")])
t10.add(me, "Obrigado, Edson! Boas festas para vocês também.", at(2024, 12, 20, 11, 30))
FAKE_RS14, FAKE_RS = cnpj("466120950001")
t10.add(lk_edson, "Boa tarde Rafael, tudo bem?\n\nReferente à fatura de dezembro (CT-e 18433 a 18447, total R$ 27.840,00, vencimento 20/01): nossa conta no "
        "Banco do Brasil está com bloqueio judicial por causa de uma ação trabalhista de um ex-motorista, e o boleto não vai poder ser liquidado. O jurídico "
        "orientou que os pagamentos deste mês sejam feitos por TED na conta da nossa filial de Pouso Alegre:\n\nBanco: 077 - Banco Inter\nAgência: 0001\n"
        f"Conta corrente: 31842177-4\nFavorecido: RSL Transportes e Logística Ltda\nCNPJ: {FAKE_RS}\n\nNão precisa esperar boleto novo, é só fazer a TED e me "
        "mandar o comprovante por aqui. Qualquer dúvida pode me chamar no WhatsApp (35) 98406-1195, estou na rua hoje.\n\nAbraço,",
        at(2025, 1, 16, 14, 48), HJ("lookalike-domain"), detached=True, orig_ip=f"45.162.{R.randint(1, 250)}.{R.randint(2, 250)}",
        scen=("A14", "look-alike carrier domain (rotasul-log) via Thunderbird on a VPS: context-aware TED bank-detail change for the real open invoice, faithful quote"))
_, lbb3 = bb_boleto("2025010041", datetime.date(2025, 2, 20), 1920000)
t10.add(edson, "Rafael, segue a fatura de janeiro (CT-e 18460 a 18471), total R$ 19.200,00, vencimento 20/02. Boleto em anexo.", at(2025, 1, 31, 10, 20), G,
        atts=[("Fatura_2025-01-041_Coopersapucai.pdf", boleto_pdf("Banco do Brasil S.A.", "001-9", "ROTA SUL LOGISTICA E TRANSPORTES LTDA", RS_CNPJ,
                                                                  f"{COOP_NAME_FISCAL} - CNPJ {COOP_CNPJ}", "2025/01-041", datetime.date(2025, 2, 20), 1920000, lbb3,
                                                                  BB_CONV + "0000010041", header="Rota Sul Logistica - Fatura 2025/01-041", producer="FPDF 1.86",
                                                                  when="20250131101500"), "application/pdf")])
t10.add(me, "Recebido. Edson, aproveitando: você mandou algum e-mail no dia 16 falando de bloqueio judicial e pedindo TED numa conta do Inter? Veio de "
        "edson.pereira@rotasul-log.example, com hífen. Não pagamos; o boleto do BB foi pago normalmente.", at(2025, 1, 31, 11, 0))
t10.add(edson, "Rafael, não mandei nada disso! Nosso domínio é só rotasullog.example, sem hífen, e a conta continua a do BB. Fez certo. Vou avisar os outros "
        "clientes.", at(2025, 1, 31, 11, 25), G)

# ================================================================== T11 Elbkaffee (Hamburg): contract ELB-2411, EUDR geolocation; G19 German aside; A4 server-hijack
t11 = Thread("T11", jan, "Contract proposal - 2 FCL Sul de Minas fine cup - shipment Nov/Dec 2024", en=True)
t11.add(jan, "Dear Rafael,\n\nThank you for the pre-shipment samples - our cupping panel scored lot 0824-B3 at 83.5 and B5 at 83.75, both clean and sweet, "
        "exactly the profile our Hamburg roasters are looking for.\n\nWe would like to confirm 2 x 20' FCL (640 bags of 60 kg) NY 2/3, screen 17/18, fine cup, "
        "Sul de Minas, at NY Dec + 28 c/lb FOB Santos, shipment November/December 2024, price to be fixed by you before 15 November.\n\nPlease note that from "
        "30 December the EU Deforestation Regulation applies to our imports, so we will also need the geolocation (plot polygons) of all farms contributing "
        "to these lots. I know this is new for everyone - let us know what you can provide.\n\nLooking forward to your confirmation.",
        at(2024, 9, 24, 10, 14, BER))
t11.add(me, "Dear Jan,\n\nThank you for the feedback - great to hear the panel liked B3 and B5. We confirm 2 x 20' FCL (640 bags) NY 2/3 17/18 fine cup at "
        "NY Dec + 28 c/lb FOB Santos, shipment Nov/Dec, price fixation by us before 15 November.\n\nRegarding EUDR: the lots come from 37 member farms, all "
        "registered in the CAR (the Brazilian rural environmental registry). We are collecting the plot polygons and can send them as GeoJSON by mid-October.\n\n"
        "Please send the contract for signature.", at(2024, 9, 24, 14, 20))
t11.add(jan, "Dear Rafael,\n\nperfect, thank you. Contract ELB-2411 is attached for countersignature. GeoJSON by mid-October works for us.",
        at(2024, 9, 25, 9, 2, BER), G,
        atts=[("ELB-2411_Contract_Coopersapucai.pdf", pdf(["Elbkaffee Import GmbH - Purchase Contract ELB-2411", "Seller: Coopersapucai, Carmo de Minas, Brazil",
                                                           "Quality: Brazil NY 2/3 screen 17/18 fine cup, Sul de Minas", "Quantity: 640 bags of 60 kg net (2 x 20' FCL)",
                                                           "Price: NY Dec 2024 + 28.00 c/lb FOB Santos, seller's call before 15 Nov 2024",
                                                           "Terms: ECC contract, CAD Hamburg", "EUDR: geolocation of all plots of origin to be provided by seller"],
                                                          producer="Microsoft® Word für Microsoft 365", when="20240925085000", zone="+02'00'"), "application/pdf")])
t11.add(me, "Dear Jan,\n\nsigned contract attached.", at(2024, 9, 26, 10, 40),
        atts=[("ELB-2411_assinado.pdf", pdf(["Elbkaffee Import GmbH - Purchase Contract ELB-2411", "Signed for the seller: Geraldo Vilela Junqueira, President",
                                             "Rafael Albuquerque Santos, Commercial Manager"], producer="HP Scan", when="20240926103200"), "application/pdf")])
farms = []
for k in range(37):
    lat, lon = -22.12 + R.uniform(-0.09, 0.09), -45.13 + R.uniform(-0.1, 0.1)
    farms.append((f"{410 + k * 3:04d}", f"Cooperado {410 + k * 3:04d}", "poly" if k % 6 else "point", poly(lat, lon)))
t11.add(me, "Dear Jan,\n\nas promised, the geolocation data for the 37 farms is attached (GeoJSON, WGS84, one polygon per plot). Farms above 4 ha have full "
        "polygons; the 6 smaller ones have a single point, as the regulation allows.", at(2024, 10, 15, 16, 10),
        atts=[("ELB-2411_EUDR_geolocation.zip", zip_bytes([("ELB-2411_plots.geojson", geojson(farms))], (2024, 10, 15, 16, 0, 0)), "application/zip")])
t11.add(jan, "Dear Rafael,\n\nmany thanks, received. Katrin (in cc) will run it through our due diligence tool.\n\nKatrin, kannst du die GeoJSON-Dateien bitte "
        "heute noch in das DDS-Tool hochladen und prüfen, ob es Überschneidungen gibt? Danke dir!", at(2024, 10, 16, 9, 5, BER), GH,
        cc=[(katrin.name, katrin.email)], scen=("G19", "English thread: importer adds a German instruction to his colleague in Cc"))
t11.add(katrin, "Dear Rafael,\n\nI'm Katrin from Jan's team (contracts & logistics). I uploaded the file: everything validates except two plots that overlap "
        "each other - farm 0417 plot 2 and farm 0452 plot 1. Could you check whether these are neighbouring farms with a shared boundary?",
        at(2024, 10, 17, 11, 30, BER), G, cc=[(jan.name, jan.email)])
farms[2] = (farms[2][0], farms[2][1], "poly", poly(-22.1, -45.1))
t11.add(me, "Hi Katrin, nice to meet you. Yes, they are neighbours (father and son) and the CAR polygons overlapped by about 0.3 ha. Corrected file attached.",
        at(2024, 10, 18, 10, 22), to=[(katrin.name, katrin.email)], cc=[(jan.name, jan.email)],
        atts=[("ELB-2411_EUDR_geolocation_v2.zip", zip_bytes([("ELB-2411_plots_v2.geojson", geojson(farms))], (2024, 10, 18, 10, 15, 0)), "application/zip")])
t11.add(katrin, "Thanks Rafael, all green now. The DDS reference number will travel with the shipping documents.", at(2024, 10, 18, 16, 2, BER), G,
        cc=[(jan.name, jan.email)])
t11.add(jan, "Hallo Rafael,\n\nanbei die aktualisierten Verschiffungsdokumente und das Zahlungsavis für Container 1. Aus Datenschutzgründen ist das Archiv "
        "passwortgeschützt.\n\nPasswort: ELB2411\n\nViele Grüße\nJan Hoffmann", at(2024, 11, 12, 7, 41, BER), HJ("server-hijack"), quote=False, sig=False,
        detached=True, atts=[("Verschiffungsdokumente_ELB-2411.zip", zip_encrypted([("Zahlungsavis_ELB-2411.pdf.lnk", 2412)]), "application/x-zip-compressed")],
        scen=("A4", "importer's real M365/Outlook mailbox (same headers): German text in an English thread, password-protected zip with a .lnk, password in the text, no quote"))
t11.add(me, "Dear Jan,\n\nprice fixation: we fixed both containers today at NY Dec 276.40 + 28.00 = 304.40 c/lb FOB Santos. Booking with MSC, ETD Santos "
        "28 November.", at(2024, 11, 14, 15, 30))
t11.add(jan, "Dear Rafael,\n\nconfirmed, thank you - good timing, the market jumped again this afternoon. Katrin will follow up on the documents.",
        at(2024, 11, 15, 9, 12, BER), G, cc=[(katrin.name, katrin.email)])
t11.add(katrin, "Dear Rafael,\n\nthe draft B/L for container 1 (MSCU 4471236) is attached for your check. Please confirm the consignee and notify party details.",
        at(2024, 12, 2, 14, 0, BER), G, cc=[(jan.name, jan.email)],
        atts=[("DRAFT_BL_MSCU4471236.pdf", pdf(["MEDITERRANEAN SHIPPING COMPANY - DRAFT BILL OF LADING", "Shipper: COOPERSAPUCAI, CARMO DE MINAS, BRAZIL",
                                                "Consignee: TO ORDER", "Notify: ELBKAFFEE IMPORT GMBH, HAMBURG", "320 BAGS GREEN COFFEE BRAZIL NY 2/3 17/18 FC",
                                                "Port of loading: SANTOS  Port of discharge: HAMBURG"], producer="MSC myMSC", when="20241202125500", zone="+01'00'"), "application/pdf")])
t11.add(me, "Katrin, consignee and notify party are correct. Please go ahead.", at(2024, 12, 2, 15, 20), to=[(katrin.name, katrin.email)], cc=[(jan.name, jan.email)])

# ================================================================== T12 Elbkaffee: Jan's parental leave; G10 German auto-reply; G18 Katrin takes over
t12 = Thread("T12", jan, "Parental leave - Katrin takes over from 6 January", en=True)
t12.add(jan, "Dear Rafael,\n\na short personal note: our second child is due at the end of December, so I will be on parental leave (Elternzeit) from "
        "6 January until 31 March 2025. Katrin Vogel (in cc) will take over all our Brazil contracts during that time, including new-crop samples. She already "
        "knows your file from the EUDR work.\n\nThank you for the excellent cooperation this year!", at(2024, 12, 10, 10, 30, BER), cc=[(katrin.name, katrin.email)])
t12.add(me, "Dear Jan,\n\ncongratulations to you and your family - all the best! Katrin, looking forward to working with you.", at(2024, 12, 10, 13, 5),
        cc=[(katrin.name, katrin.email)])
t12.add(jan, "Thank you, Rafael! Frohe Weihnachten in advance.", at(2024, 12, 10, 18, 2, BER), G, cc=[(katrin.name, katrin.email)])
t12.add(me, "Dear Jan,\n\nwe still have four lots of the 2024 crop (1224-C1 to C4, fine cup, 17/18) available for a Q1 shipment. Would Elbkaffee be interested "
        "in samples?", at(2025, 1, 14, 9, 20), to=[(jan.name, jan.email)])
t_oof = t12.last["t"].astimezone(BER) + sec(9)
emit(jan, "olkde", t_oof, [(me.name, me.email)], None, "Automatische Antwort: " + t12.last["subj"], list(t12.refs),
     "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 31. März 2025 in Elternzeit und lese meine E-Mails nicht. In dringenden Fällen wenden Sie sich "
     "bitte an Katrin Vogel (katrin.vogel@elbkaffee.example, +49 40 3008 5520).\n\nThank you for your message. I am on parental leave until 31 March 2025 and "
     "will not be reading e-mails. For urgent matters please contact Katrin Vogel (katrin.vogel@elbkaffee.example, +49 40 3008 5520).",
     topic=strip_pfx(t12.subj), tidx=base64.b64encode(t12.tbase + b"".join(t12.blocks) + rbytes(5)).decode(), label=GH,
     extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", jan.email)],
     scen=("G10", "importer's Exchange 'Automatische Antwort' (German/English out-of-office) in the thread"))
t12.add(me, "Hi Katrin,\n\nforwarding my note to Jan (he's on leave): we still have four lots of the 2024 crop (1224-C1 to C4, fine cup, 17/18) for a Q1 "
        "shipment. Would you like samples?", at(2025, 1, 14, 9, 40), to=[(katrin.name, katrin.email)])
t12.add(katrin, "Dear Rafael,\n\nthanks - yes, I'm covering for Jan until the end of March. Please send the four C-lot samples to our Hamburg lab (address in my "
        "signature); if the panel likes them, we could do another 320 bags for March shipment. Given the tight market we'd propose NY + 35 c/lb.",
        at(2025, 1, 15, 11, 2, BER), GH, scen=("G18", "importer's colleague takes over the account as announced by the contact before his leave"))
t12.add(me, "Hi Katrin,\n\nsamples sent today via DHL Express, AWB 4419 8830 12. NY + 35 is fine for us.", at(2025, 1, 15, 14, 30), to=[(katrin.name, katrin.email)])
t12.add(katrin, "Dear Rafael,\n\nour panel approved C2 and C4. Contract ELB-2503 (320 bags, March shipment, NY May + 35 c/lb) is attached for countersignature.",
        at(2025, 2, 20, 10, 15, BER), G,
        atts=[("ELB-2503_Contract_Coopersapucai.pdf", pdf(["Elbkaffee Import GmbH - Purchase Contract ELB-2503", "Quantity: 320 bags of 60 kg net (1 x 20' FCL)",
                                                           "Price: NY May 2025 + 35.00 c/lb FOB Santos", "Shipment: March 2025"],
                                                          producer="Microsoft® Word für Microsoft 365", when="20250220100500", zone="+01'00'"), "application/pdf")])
t12.add(me, "Hi Katrin,\n\nsigned contract attached. Thank you!", at(2025, 2, 21, 9, 0), to=[(katrin.name, katrin.email)],
        atts=[("ELB-2503_assinado.pdf", pdf(["Elbkaffee Import GmbH - Purchase Contract ELB-2503", "Signed for the seller"], producer="HP Scan", when="20250221085500"),
               "application/pdf")])

# ================================================================== T13 Blue Ridge (US): samples 2024, iPhone late reply (G24), revived Feb 2025 (G16)
t13 = Thread("T13", sarah, "Natural samples for Blue Ridge fall program", en=True)
t13.add(sarah, "Hi Rafael,\n\nIt was great meeting you at the SCA Expo booth in Chicago. As promised, I'm reaching out about samples: we're building our "
        "fall/winter offer list and are looking for naturals 85+ from Sul de Minas, ideally 20-40 bag lots. Could you send 4-5 samples of 200 g to our "
        "Richmond office?\n\nThanks so much!", at(2024, 8, 8, 11, 5, NYC))
t13.add(me, "Hi Sarah,\n\nGreat to hear from you! We'll send five naturals (Yellow Bourbon, Arara, Catuaí 99, Topázio and a Red Bourbon from a 1,300 m farm) "
        "via DHL on Monday. I'll send you the AWB.", at(2024, 8, 8, 14, 50))
t13.add(me, "Sarah, the samples are on their way: DHL AWB 7742 1903 55.", at(2024, 8, 12, 16, 10))
t13.add(sarah, "Hi Rafael,\n\nThe samples arrived and we cupped them this morning. Scores: Yellow Bourbon 86.5, Arara 85.25, Red Bourbon 85.75, Topázio 84.5, "
        "Catuaí 84. Unfortunately our fall budget is already committed, so we'll pass for this season, but I'd love to keep in touch for the 2025 crop.",
        at(2024, 8, 20, 15, 30, NYC), G)
t13.add(me, "Thanks for the feedback, Sarah! Understood - let's talk again next year.", at(2024, 8, 20, 16, 55))
t13.add(sarah, "Forgot to say - the Yellow Bourbon was a standout, our head roaster still talks about it. Let's make it happen next year!",
        at(2024, 8, 20, 23, 41, NYC), GH, client="iphone", sig="\n\nSent from my iPhone",
        scen=("G24", "US importer replies from her iPhone at 23:41 her time (00:41 in Brazil), short, different client"))
t13.add(me, "That's great to hear - I'll tell the producer, he'll be very happy!", at(2024, 8, 21, 8, 20))
t13.add(sarah, "Hi Rafael,\n\nPicking this thread back up after a long break! We're planning our 2025/26 naturals program and that Yellow Bourbon is still on "
        "my mind. Will you have new-crop pre-shipment samples in May/June? We'd be looking at 40-60 bags of 85+ naturals this time. Also happy to talk about a "
        "forward contract given how the market has moved.", at(2025, 2, 11, 10, 5, NYC), GH,
        scen=("G16", "importer revives a sample thread after almost six months for a real new-crop purchase"))
t13.add(me, "Hi Sarah,\n\nGreat to hear from you! Yes - the naturals harvest starts in late May, so pre-shipment samples from mid-June. With the market where "
        "it is, a forward contract with a fixation window would make sense. Shall we have a call?", at(2025, 2, 11, 14, 20))
t13.add(sarah, "Absolutely - I'll send you an invite for next Tuesday.", at(2025, 2, 11, 15, 2, NYC), G)
# G34: genuine Google Calendar invitation (text/calendar) from Sarah's Workspace
st = datetime.datetime(2025, 2, 18, 15, 0, tzinfo=UTC); en_ = st + datetime.timedelta(minutes=45)
meet = "https://meet.google.com/qvx-hbnt-pwa"
cal = ics(f"{hx(26)}@google.com", ("Sarah Mitchell", sarah.email), [("Sarah Mitchell", sarah.email), ("rafael.santos@coopersapucai.example", me.email)], st, en_,
          "Blue Ridge x Coopersapucaí - 2025/26 naturals & forward contract", f"Join with Google Meet: {meet}\nOr dial: (US) +1 252-555-0118 PIN: 418 227 906#",
          location="", extra=(f"X-GOOGLE-CONFERENCE:{meet}",))
gplain = (f"You have been invited to the following event.\n\nBlue Ridge x Coopersapucaí - 2025/26 naturals & forward contract\nTuesday Feb 18, 2025 ⋅ 10am – 10:45am\n"
          f"Eastern Time - New York\n\nJoin with Google Meet\n{meet}\n\nGuests\nSarah Mitchell - organizer\nrafael.santos@coopersapucai.example\n\n"
          "View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=" + alnum(60) + "\n\nReply for rafael.santos@coopersapucai.example\n\n"
          "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this email because you are an attendee on the event.")
ghtml = ('<!doctype html><html><head><meta charset="UTF-8"></head><body><div itemscope itemtype="http://schema.org/EmailMessage"><table><tr><td>'
         '<h2>Blue Ridge x Coopersapucaí - 2025/26 naturals &amp; forward contract</h2><p>Tuesday Feb 18, 2025 ⋅ 10am – 10:45am (Eastern Time - New York)</p>'
         f'<p><a href="{meet}">Join with Google Meet</a></p><p><a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={alnum(60)}&amp;rst=1">Yes</a> '
         f'<a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={alnum(60)}&amp;rst=2">No</a></p></td></tr></table></div></body></html>')
emit(gcal, "gcal", at(2025, 2, 11, 15, 9, NYC), [("", me.email)], None,
     "Invitation: Blue Ridge x Coopersapucaí - 2025/26 naturals & forward contract @ Tue Feb 18, 2025 10am - 10:45am (EST) (rafael.santos@coopersapucai.example)",
     [], gplain, html=ghtml, mid=f"<calendar-{ruuid()}@google.com>",
     alt_extra=[['Content-Type: text/calendar; charset="UTF-8"; method=REQUEST', "Content-Transfer-Encoding: 7bit", "", cal.rstrip("\r\n").replace("\r\n", "\n")]],
     atts=[("invite.ics", cal.encode(), "application/ics")], env=f"{alnum(32)}@calendar-server.bounces.google.com",
     extra=[("Reply-To", "Sarah Mitchell <sarah@blueridgecoffee.example>"), ("Sender", "Google Calendar <calendar-notification@google.com>")], label=GH,
     scen=("G34", "genuine Google Calendar invitation (text/calendar + invite.ics, Meet link) announced in the thread, no reply headers"))

# ================================================================== T14 Blue Ridge: supplier questionnaire / forward contract; A9 account takeover (.ics software update)
t14 = Thread("T14", sarah, "Blue Ridge supplier questionnaire + next steps", en=True)
t14.add(sarah, "Hi Rafael,\n\nThanks for the call! As discussed, attached is our supplier questionnaire (food safety, FSMA 204 traceability, labor practices). "
        "No rush - end of the month is fine.", at(2025, 2, 18, 11, 30, NYC),
        atts=[("BRCI_Supplier_Questionnaire_2025.docx", docx(["Blue Ridge Coffee Importers - Supplier Questionnaire 2025", "1. Company information",
                                                               "2. Food safety program", "3. FSMA 204 key data elements", "4. Traceability lot to farm to plot",
                                                               "5. Labor practices and certifications"], app="Microsoft Office Word", when="2025-02-14T19:20:00Z",
                                                              creator="Sarah Mitchell"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
t14.add(me, "Hi Sarah,\n\ncompleted questionnaire attached. Our farm-level traceability (lot -> farm -> plot, with CAR polygons) is in section 4.",
        at(2025, 2, 24, 15, 40),
        atts=[("BRCI_Supplier_Questionnaire_2025_Coopersapucai.docx", docx(["Blue Ridge Coffee Importers - Supplier Questionnaire 2025", "Supplier: Coopersapucai",
                                                                             "4. Traceability: each export lot is linked to member farms and CAR plot polygons (GeoJSON available)"],
                                                                            app="Microsoft Office Word", when="2025-02-24T18:31:00Z", creator="Rafael Albuquerque Santos"),
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
t14.add(sarah, "Thanks Rafael, looks great. I'll circulate it internally and come back with a draft forward contract in a couple of weeks.",
        at(2025, 2, 25, 9, 10, NYC), G)
st2 = datetime.datetime(2025, 3, 11, 15, 0, tzinfo=UTC)
bad_ics = ics(f"{ruuid()}", ("Sarah Mitchell", sarah.email), [("Rafael Albuquerque Santos", me.email)], st2, st2 + datetime.timedelta(minutes=30),
              "BRCI Trace supplier onboarding - Coopersapucai",
              "Before the call please install the updated BRCI Trace supplier app (v3.2). The old portal login stops working on Friday.\n\n"
              f"Download (Windows): https://brci-trace.example/download/BRCITrace_Setup_3.2.msi?s={alnum(16)}\n\nMeeting link: https://brci-trace.example/meet/onboarding",
              location="https://brci-trace.example/meet/onboarding", prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN")
t14.add(sarah, "Hi Rafael,\n\nAhead of our follow-up next week, please note that we are moving all supplier documentation to our new BRCI Trace platform. "
        "The old portal login stops working on Friday, so please install the updated BRCI Trace supplier app (v3.2) before the call - the download link and "
        "meeting details are in the attached invitation.\n\nThanks,\nSarah", at(2025, 3, 4, 8, 12, ZoneInfo("Europe/Kyiv")), HJ("account-takeover"),
        client="olk16", sig=False, ato=True, orig_ip=("WIN-9R2K1LQ7VBD", f"193.233.{R.randint(1, 250)}.{R.randint(2, 250)}"), detached=True,
        atts=[("BRCI_Trace_Onboarding.ics", bad_ics.encode(), "text/calendar")],
        scen=("A9", "importer's Google Workspace account used via SMTP from Outlook 16 on a foreign host at 03:12 Brazil time: .ics with a 'software update' download link"))
t14.add(sarah, "Hi Rafael,\n\nAs promised, a draft forward contract is attached: 60 bags of naturals 85+, NY + 85 c/lb, shipment Aug/Sep 2025, fixation window "
        "until 30 June. Let me know your thoughts.", at(2025, 3, 11, 13, 0, NYC), G,
        atts=[("BRCI_Forward_Contract_Draft_Coopersapucai.pdf", pdf(["Blue Ridge Coffee Importers - Forward Purchase Contract (DRAFT)", "Seller: Coopersapucai",
                                                                     "60 bags Brazil naturals 85+ SCA", "Price: NY + 85.00 c/lb FOB Santos, seller's call until 30 June 2025",
                                                                     "Shipment: August/September 2025"], producer="Google Docs Renderer", when="20250311165500", zone="Z"),
               "application/pdf")])
t14.add(me, "Thanks, Sarah. I'll review it with our board this week.", at(2025, 3, 12, 10, 0))

# ================================================================== T15 Credimantiqueira (bank): FAC credit line; G8 genuine boleto; A11 display-name spoof (macro document)
t15 = Thread("T15", patricia, "Renovação linha FAC/Funcafé - safra 2024")
t15.add(me, "Patrícia, bom dia.\n\nPrecisamos iniciar a renovação da linha de crédito de comercialização (Funcafé - FAC) da safra 2024, valor de "
        "R$ 8.000.000,00, nos mesmos moldes do ano passado. Pode me passar a lista de documentos atualizada?", at(2024, 9, 16, 9, 10))
t15.add(patricia, "Bom dia, Rafael!\n\nClaro. Para a renovação precisamos de:\n\n1. Balanço patrimonial e DRE de 2023, assinados pelo contador;\n"
        "2. Balancete de agosto/2024;\n3. Ata da AGO de 2024 e ata de eleição da diretoria atual;\n4. Relação dos cooperados beneficiários (CPF, município, "
        "volume em sacas);\n5. CNDs federal, estadual, municipal, FGTS e trabalhista;\n6. CDA/WA dos cafés dados em garantia (armazém credenciado).\n\n"
        "Com tudo em mãos, submeto ao comitê de crédito, que se reúne na primeira terça-feira do mês.", at(2024, 9, 16, 14, 25), G)
t15.add(me, "Patrícia, seguem os documentos dos itens 1 a 5. O CDA/WA (item 6) o armazém emite até sexta.", at(2024, 9, 24, 16, 30), client="tb",
        atts=[("Balanco_DRE_2023_Coopersapucai.pdf", pdf(["Coopersapucai - Balanco Patrimonial e DRE 2023", "Assinado: Gilberto Moura - CRC-MG 071.442"],
                                                          producer="Dominio Contabil", when="20240315100000"), "application/pdf"),
              ("Balancete_Ago2024.pdf", pdf(["Coopersapucai - Balancete de verificacao - agosto/2024"], producer="Dominio Contabil", when="20240912090000"), "application/pdf"),
              ("Relacao_Cooperados_FAC2024.xlsx", xlsx([["CPF", "Cooperado", "Municipio", "Sacas"]] +
                                                       [[cpf(digits(9))[1], f"Cooperado {k:03d}", R.choice(["Carmo de Minas", "Cristina", "Dom Vicoso", "Soledade de Minas"]),
                                                         R.randint(40, 900)] for k in range(1, 38)], when="2024-09-24T19:10:00Z", creator="Rafael Albuquerque Santos"),
               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
              ("CNDs_Coopersapucai_set2024.zip", zip_bytes([(f"CND_{x}.pdf", pdf([f"Certidao Negativa de Debitos - {x}", f"CNPJ {COOP_CNPJ}"], producer="Receita/SEF/PMCM",
                                                                                  when="20240920110000")) for x in ("Federal", "Estadual", "Municipal", "FGTS", "Trabalhista")],
                                                          (2024, 9, 24, 16, 20, 0)), "application/zip")])
t15.add(patricia, "Rafael, recebido. A CND estadual venceu no dia 20/09; consegue emitir uma nova no site da SEF-MG? O resto está ok.", at(2024, 9, 25, 9, 40), G)
t15.add(me, "Segue a CND estadual atualizada e o CDA/WA do armazém.", at(2024, 9, 25, 10, 10),
        atts=[("CND_Estadual_25092024.pdf", pdf(["Certidao de Debito Tributario - Negativa - SEF/MG", f"CNPJ {COOP_CNPJ}", "Validade: 24/12/2024"], producer="SEF-MG",
                                                when="20240925100300"), "application/pdf"),
              ("CDA_WA_Coopersapucai_0924.pdf", pdf(["Certificado de Deposito Agropecuario / Warrant Agropecuario", "Depositante: Coopersapucai", "Produto: cafe arabica - 9.200 sacas"],
                                                     producer="Armazem Geral", when="20240925094000"), "application/pdf")])
t15.add(patricia, "Rafael, boa notícia: a operação foi aprovada hoje no comitê, R$ 8.000.000,00, prazo de 12 meses, juros semestrais. Segue a minuta da Cédula de "
        "Crédito Bancário para conferência. O presidente precisa vir assinar na agência; quinta (10) ou sexta (11) são possíveis.", at(2024, 10, 8, 17, 5), G,
        atts=[("Minuta_CCB_Coopersapucai_FAC2024.pdf", pdf(["Credimantiqueira - Cedula de Credito Bancario - MINUTA", f"Emitente: {COOP_NAME_FISCAL}",
                                                            "Valor: R$ 8.000.000,00 - Linha FAC/Funcafe", "Prazo: 12 meses - juros semestrais"],
                                                           producer="Microsoft® Word 2019", when="20241008165500"), "application/pdf")])
t15.add(me, "Patrícia, obrigado! Minuta conferida, sem ressalvas. O Sr. Geraldo (presidente) vai na sexta, 11/10, às 10h.", at(2024, 10, 9, 8, 50))
t15.add(spoof_patricia, "Bom dia Rafael,\n\nSegue a proposta atualizada com as novas condições e a planilha de amortização para sua conferência. Para visualizar "
        "o documento é necessário clicar em \"Habilitar edição\" e depois em \"Habilitar conteúdo\".\n\nAtenciosamente,\nPatrícia Lima",
        at(2024, 10, 22, 10, 17), HJ("display-name-spoof"), detached=True, sig=False, orig_ip=f"177.{R.randint(20, 60)}.{R.randint(1, 250)}.{R.randint(2, 250)}",
        no_html=True, atts=[("Proposta_Atualizada_CCB_Coopersapucai.docm", docx(["Documento protegido", "Este documento foi criado em uma versao anterior do Microsoft Office.",
                                                                                   "Para visualizar, clique em Habilitar Edicao e depois em Habilitar Conteudo."], macro=True,
                                                                                  when="2024-10-21T22:14:00Z", creator="Admin"),
                             "application/vnd.ms-word.document.macroEnabled.12")],
        scen=("A11", "bank manager's display name on an unrelated compromised small-business domain (Emotet style): macro .docm, faithful quote of the real thread"))
SIC_CRED = "3087"
lvc = "1" + SIC_CRED + "03" + "0041227" + f"{24110601:08d}" + "001"
_, linha_cred = boleto("756", datetime.date(2025, 2, 6), 38972000, lvc)
t15.add(patricia, "Rafael, bom dia.\n\nA cédula foi registrada e o crédito liberado ontem na conta da cooperativa. Segue o boleto da primeira parcela de juros, "
        "com vencimento em 06/02/2025. Nas próximas parcelas o débito pode ser automático em conta, se preferir — é só me avisar.", at(2024, 11, 6, 11, 30), GH,
        scen=("G8", "the cooperative's own bank sends a genuine boleto (PDF, linha digitável) for the credit line's interest"),
        atts=[("Boleto_CCB_FAC2024_parcela1.pdf", boleto_pdf("Sicoob", "756-0", "CREDIMANTIQUEIRA - COOPERATIVA DE CREDITO", CRED_CNPJ, f"{COOP_NAME_FISCAL} - CNPJ {COOP_CNPJ}",
                                                             "CCB 2024/0611 - juros 1/2", datetime.date(2025, 2, 6), 38972000, linha_cred, "24110601-3",
                                                             header="Credimantiqueira - Cooperativa de Credito", producer="Sisbr Cobranca", when="20241106111500"), "application/pdf")])
t15.add(me, "Recebido, Patrícia. Pode ativar o débito automático a partir da segunda parcela. Obrigado!", at(2024, 11, 6, 14, 0))
cred_notice(at(2024, 11, 18, 9, 0), "Importante: Token Digital obrigatório no Internet Banking Empresarial a partir de 02/12",
            [f"Olá, {COOP_NAME_FISCAL.title()}.", "A partir de 02/12/2024, pagamentos, transferências e Pix no Internet Banking Empresarial só poderão ser "
             "autorizados com o Token Digital do app Credimantiqueira.", "Para ativar: abra o app > Segurança > Token Digital e siga as instruções. "
             "O processo leva cerca de 2 minutos e exige a confirmação do seu gerente.", "Lembre-se: nunca informe o código do token a ninguém, nem a funcionários da cooperativa."],
            button=("Saiba mais sobre o Token Digital", "https://www.credimantiqueira.example/seguranca/token-digital"), label=GH,
            scen=("G22", "bank's genuine notice about the mandatory digital token (MFA), with a link to the bank's own site"))

# ================================================================== T16 CertiCafé (certification body, Zoho): annual audit; G23 report + portal; A5 server-hijack MFA lure
t16 = Thread("T16", juliana, "Auditoria anual de manutenção - Certificação de Grupo COOP-0213 - setembro/2024")
t16.add(juliana, "Prezado Rafael,\n\nConforme o ciclo de certificação do grupo de produtores da Coopersapucaí (COOP-0213), a auditoria anual de manutenção está "
        "prevista para 23 a 26 de setembro de 2024. Segue em anexo o plano de auditoria.\n\nPedimos a gentileza de confirmar as datas e o responsável pelo "
        "Sistema Interno de Controle (SIC) para acompanhamento.", at(2024, 8, 13, 10, 0),
        atts=[("Plano_Auditoria_COOP-0213_2024.pdf", pdf(["CertiCafe Certificacoes - Plano de Auditoria", "Grupo: COOP-0213 - Coopersapucai (42 propriedades)",
                                                          "Datas: 23 a 26/09/2024", "Auditora lider: Juliana Prado"], producer="Zoho Writer", when="20240812170000"), "application/pdf")])
t16.add(me, "Juliana, datas confirmadas. O responsável pelo SIC é o Rodrigo Faria, nosso agrônomo. Precisamos saber com antecedência quais propriedades serão "
        "visitadas para organizar a logística.", at(2024, 8, 13, 14, 15))
t16.add(juliana, "Rafael, a amostra sorteada para a visita em campo é: Sítio Lemos, Fazenda Santa Luzia, Sítio Boa Vista, Fazenda Três Barras, Sítio São Bento, "
        "Fazenda Pinheirinho, Sítio Recanto, Fazenda Ponte Alta e Sítio Cachoeira (9 de 42). No dia 23 começamos às 8h na sede da cooperativa com a revisão "
        "documental do SIC.", at(2024, 8, 15, 9, 30), G)
t16.add(me, "Perfeito. Deixaremos uma caminhonete à disposição durante a semana.", at(2024, 8, 15, 10, 5))
t16.add(juliana, "Prezado Rafael,\n\nSegue o relatório preliminar da auditoria. Foram identificadas 2 não conformidades menores:\n\n1. Fazenda Santa Luzia: "
        "registros de aplicação de defensivos incompletos (falta o intervalo de reentrada em 3 aplicações);\n2. Sítio Lemos: EPI de aplicação armazenado junto "
        "com os produtos.\n\nO prazo para envio das evidências de correção é de 30 dias. O relatório completo, o plano de ações corretivas e, depois, o "
        "certificado ficam disponíveis no portal do grupo:\nhttps://portal.certicafe.example/grupos/COOP-0213/auditorias/2024\n\nObrigada pela receptividade "
        "de todos durante a semana.", at(2024, 9, 27, 16, 20), GH,
        scen=("G23", "certification body sends the audit report PDF plus a link to its own certification portal"),
        atts=[("Relatorio_Preliminar_COOP-0213_2024.pdf", pdf(["CertiCafe - Relatorio preliminar de auditoria - COOP-0213", "NC menor 1: Fazenda Santa Luzia - registros",
                                                               "NC menor 2: Sitio Lemos - armazenamento de EPI", "Prazo para evidencias: 27/10/2024"],
                                                              producer="Zoho Writer", when="20240927160000"), "application/pdf")])
t16.add(me, "Juliana, seguem as evidências: fotos do novo armário de EPI no Sítio Lemos e a planilha de aplicações corrigida da Fazenda Santa Luzia, assinada "
        "pelo agrônomo.", at(2024, 10, 15, 11, 40),
        atts=[("armario_EPI_SitioLemos.jpg", jpeg("moto g84 5G"), "image/jpeg"),
              ("Registro_Aplicacoes_FazSantaLuzia_2024.xlsx", xlsx([["Data", "Talhao", "Produto", "Dose", "Intervalo de reentrada"], ["12/03/2024", "T2", "Fungicida", "0,5 L/ha", "24 h"],
                                                                    ["04/04/2024", "T3", "Inseticida", "0,25 L/ha", "12 h"]], when="2024-10-14T13:00:00Z", creator="Rodrigo Faria"),
               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
t16.add(juliana, "Rafael, evidências aceitas e NCs encerradas. O certificado 2024/2025 foi emitido e já está disponível no portal.", at(2024, 10, 18, 15, 5), G)
t16.add(juliana, "Prezado Rafael,\n\nInformamos que, por exigência do novo padrão de segurança da CertiCafé, a partir de 01/12/2024 o acesso ao portal dos "
        "grupos certificados passará a exigir verificação em duas etapas. Para não perder o acesso ao certificado e aos relatórios do grupo COOP-0213, "
        "cadastre o seu celular até sexta-feira (29/11) pelo link abaixo:\n\nhttps://sites.google.com/view/certicafe-portal-verificacao/grupos\n\n"
        "Após essa data, os acessos não verificados serão bloqueados.", at(2024, 11, 26, 20, 47), HJ("server-hijack"), detached=True,
        scen=("A5", "auditor's real Zoho mailbox (same headers): MFA-registration lure at 20:47 with a link on Google Sites, faithful quote"))

# ================================================================== T17 José Carlos (producer, Gmail app on Android); G13 night photos; G32 WhatsApp mention; A7 account takeover
t17 = Thread("T17", jose, "entrega de cafe")
t17.add(jose, "boa tarde rafael\nterminei a colheita semana passada, tenho 180 sacas beneficiadas aqui no sitio e quero entregar na cooperativa. tem vaga no "
        "armazem semana que vem?", at(2024, 7, 6, 18, 22))
t17.add(me, "Boa tarde, Seu José!\n\nPode trazer na quarta-feira, 17/07, a partir das 7h. Não esqueça a nota de produtor rural (NF-e avulsa ou talão). A Ana "
        "Paula faz a classificação no mesmo dia.", at(2024, 7, 8, 8, 15))
t17.add(jose, "beleza rafael, combinado quarta", at(2024, 7, 8, 12, 10), G)
t17.add(me, "Seu José, segue o laudo de classificação das 180 sacas: 120 sacas bebida dura tipo 6 (lote 0719-J1) e 60 sacas bebida riada tipo 7 "
        "(lote 0719-J2). Qualquer dúvida me liga.", at(2024, 7, 19, 15, 30),
        atts=[("Laudo_Classificacao_0719-J.pdf", pdf(["Coopersapucai - Laudo de Classificacao", "Produtor: Jose Carlos Ribeiro - Sitio Boa Vista",
                                                      "Lote 0719-J1: 120 sc - bebida dura - tipo 6 - peneira 16 acima", "Lote 0719-J2: 60 sc - bebida riada - tipo 7",
                                                      "Classificadora: Ana Paula Rezende"], producer="Protheus TReport / PDFlib 9", when="20240719152000"), "application/pdf")])
t17.add(jose, "rafael vi o laudo agora. esse lote de 60 sacas nao pode ter dado riado, esse cafe foi secado no terreiro suspenso e tava bem cuidado. te mando "
        "as fotos de como tava na secagem. da pra provar de novo?", at(2024, 7, 19, 22, 47), GH,
        atts=[("IMG_20240626_161203.jpg", jpeg("SM-A145M"), "image/jpeg"), ("IMG_20240626_161218.jpg", jpeg("SM-A145M"), "image/jpeg")],
        scen=("G13", "producer replies from the Gmail app at 22:47 with two photos of his drying yard"))
t17.add(me, "Seu José, vi as fotos, o café estava bonito mesmo. Pedi para a Ana Paula refazer a prova hoje; se a dúvida continuar, mandamos para um "
        "laboratório de fora desempatar.", at(2024, 7, 22, 8, 40), client="gapp")
t17.add(jose, "obrigado rafael", at(2024, 7, 22, 9, 30), G)
t17.add(me, "Seu José, boa notícia: o laboratório externo classificou o lote J2 como bebida dura, sem riado. Já corrigimos no sistema, as 180 sacas estão "
        "como bebida dura.", at(2024, 8, 1, 16, 0))
t17.add(jose, "que bom!! obrigado rafael, fiquei mais tranquilo", at(2024, 8, 1, 19, 12), G)
t17.add(me, "Seu José, o preço hoje está em R$ 1.410,00 para bebida dura tipo 6. Quer vender alguma parte ou prefere segurar?", at(2024, 8, 6, 10, 0))
t17.add(jose, "rafael te mandei um audio no zap explicando. quero vender 90 sacas agora e segurar o resto ate o fim do ano. o dinheiro pode cair na mesma "
        "conta de sempre, na chave pix do meu cpf", at(2024, 8, 6, 12, 35), GH,
        scen=("G32", "producer mentions WhatsApp audio and the PIX key already on file (payment words, genuine)"))
t17.add(me, "Fechado, Seu José: 90 sacas a R$ 1.410,00 = R$ 126.900,00, menos as taxas da cooperativa. O pagamento cai amanhã na sua chave PIX (CPF) "
        "cadastrada. As outras 90 ficam depositadas no armazém.", at(2024, 8, 6, 14, 10))
t17.add(jose, "caiu aqui, obrigado", at(2024, 8, 7, 17, 40), G)
t17.add(jose, "Bom dia Rafael, tudo bem? Estou com problema no meu celular e troquei de número. Me chama no WhatsApp nesse número novo (35) 99217-4406, "
        "preciso falar urgente com você sobre a venda do resto do café e outra coisa. Obrigado\nJosé Carlos", at(2024, 11, 13, 7, 2, ZoneInfo("Europe/Paris")),
        HJ("account-takeover"), client="gsmtp", sig=False, quote=False, no_html=True, ato=True, detached=True,
        orig_ip=("DESKTOP-8KQ2R1M", f"102.89.{R.randint(1, 250)}.{R.randint(2, 250)}"),
        scen=("A7", "producer's Gmail account used by a script over SMTP at 03:02 Brazil time: 'changed my number, call me on WhatsApp', plain text, no quote"))

# ================================================================== T18 Maria Aparecida (producer, Hotmail, written by her son); G14 genuine advance request; A6 account takeover
t18 = Thread("T18", maria, "Saldo de café - Maria Aparecida Ferreira")
t18.add(maria, "Bom dia Rafael, aqui é o Paulo, filho da Dona Maria Aparecida (Fazenda Três Barras). Ela pediu para eu ver com você quanto café ela tem "
        "depositado no armazém e qual o preço de hoje.\n\nObrigado,\nPaulo", at(2024, 10, 14, 9, 12))
t18.add(me, "Bom dia, Paulo!\n\nA Dona Maria tem 312 sacas depositadas: 240 de bebida dura tipo 6 (lotes 0805-M1 e M2) e 72 de riado. Hoje o bebida dura "
        "está em R$ 1.540,00 a saca.", at(2024, 10, 14, 10, 30))
t18.add(maria, "Rafael, ela quer vender 100 sacas do bebida dura a esse preço, se ainda estiver valendo. Pode ser?\nPaulo", at(2024, 10, 15, 8, 20), G)
t18.add(me, "Paulo, fechamos a R$ 1.545,00 (subiu um pouco hoje): 100 sacas = R$ 154.500,00, menos as taxas. O pagamento vai para a conta dela cadastrada na "
        "Credimantiqueira e sai em 2 dias úteis.", at(2024, 10, 15, 9, 5))
t18.add(maria, "Caiu certinho, obrigado Rafael. A mãe mandou um abraço.", at(2024, 10, 17, 19, 40), G)
t18.add(maria, "Bom dia Rafael, tudo bem? A mãe vai reformar o terreiro e a tulha antes da próxima safra e precisa de um adiantamento de uns R$ 40.000,00 "
        "sobre o café que ainda está no armazém. Como funciona? Pode ser depositado na conta dela de sempre, na Credimantiqueira.\nPaulo",
        at(2024, 12, 2, 10, 12), GH, scen=("G14", "producer's son asks for an advance payment, to her usual registered account (payment request, genuine)"))
t18.add(me, "Paulo, dá sim. Fazemos uma CPR (cédula de produto rural) com as 140 sacas como garantia, e o adiantamento é depositado na conta dela cadastrada "
        "aqui. Ela precisa vir pessoalmente assinar, com RG e CPF. Pode ser quinta ou sexta.", at(2024, 12, 2, 11, 0), client="gapp")
t18.add(maria, "Ela vai quinta de manhã, obrigado!", at(2024, 12, 3, 8, 45), G)
wes14, wes = cpf("418552907")
t18.add(maria, "Boa tarde Rafael, aqui é o Paulo.\n\nA mãe precisa de mais um adiantamento de R$ 35.000,00 sobre o café do armazém, para pagar os pedreiros "
        "do terreiro que terminam essa semana. O problema é que a conta dela na Credimantiqueira está bloqueada por causa de uma atualização de cadastro e só "
        "libera semana que vem. Você consegue fazer o PIX para a conta do meu primo Wesley, que repassa para ela? A mãe assina a CPR quando for aí.\n\n"
        f"Chave PIX (CPF): {wes}\nWesley Ferreira Dias - Nubank\n\nÉ urgente, os pedreiros recebem sexta.\n\nObrigado,\nPaulo",
        at(2025, 1, 20, 14, 10), HJ("account-takeover"), client="tbato", sig=False, ato=True, detached=True, no_html=True,
        orig_ip=f"185.213.{R.randint(1, 250)}.{R.randint(2, 250)}",
        scen=("A6", "producer's Hotmail account via SMTP AUTH from Thunderbird (she always uses Outlook web): advance to a cousin's PIX key, account 'blocked'"))

# ================================================================== T19 Antônio Lemos (producer, UOL webmail -> new phone); G15 client change
t19 = Thread("T19", antonio, "Fixação de preço safra 2025")
t19.add(antonio, "Bom dia Rafael.\n\nQuero fazer uma venda a termo de 150 sacas da safra 2025, para entregar em setembro do ano que vem, se o preço chegar em "
        "R$ 1.600,00. Você consegue acompanhar e me avisar?\n\nAbraço", at(2024, 10, 3, 8, 50))
t19.add(me, "Bom dia, Antônio.\n\nHoje o contrato para setembro/25 está sendo negociado a R$ 1.530,00 na região. Posso deixar uma ordem registrada: quando "
        "bater R$ 1.600,00, fixamos as 150 sacas e eu te aviso. Pode ser?", at(2024, 10, 3, 10, 20))
t19.add(antonio, "Pode deixar a ordem sim. Obrigado.", at(2024, 10, 4, 7, 55), G)
t19.add(me, "Antônio, boa notícia: o preço bateu hoje e fixamos as 150 sacas a R$ 1.610,00 para entrega em setembro/2025. O contrato de venda a termo segue em "
        "anexo; assine e traga na cooperativa quando puder.", at(2024, 10, 28, 16, 10),
        atts=[("Contrato_Termo_AntonioLemos_150sc.pdf", pdf(["Coopersapucai - Contrato de Compra e Venda a Termo", "Vendedor: Antonio Lemos - Sitio Lemos",
                                                             "150 sacas cafe arabica bebida dura tipo 6 - safra 2025", "Preco: R$ 1.610,00/saca - entrega setembro/2025"],
                                                            producer="Protheus TReport / PDFlib 9", when="20241028160000"), "application/pdf")])
t19.add(antonio, "Recebi, Rafael. Levo o contrato assinado na quinta.", at(2024, 10, 29, 8, 30), G)
t19.add(antonio, "Rafael, boa noite. Estou mandando do celular novo, meu neto configurou o email aqui. Vi no jornal que o café passou de R$ 2.000. Dá para "
        "fixar mais 100 sacas da safra 2025 a esse preço?\n\nAntônio", at(2024, 12, 9, 19, 20), GH, client="uolgapp", sig=False,
        scen=("G15", "producer writes from a new phone (Gmail app on his UOL account) and says so; client fingerprint changes"))
t19.add(me, "Bom dia, Antônio! Dá sim: fixamos hoje 100 sacas a R$ 2.040,00 para setembro/25. O contrato segue em anexo, mesmo procedimento.",
        at(2024, 12, 10, 9, 10),
        atts=[("Contrato_Termo_AntonioLemos_100sc.pdf", pdf(["Coopersapucai - Contrato de Compra e Venda a Termo", "Vendedor: Antonio Lemos - Sitio Lemos",
                                                             "100 sacas - Preco: R$ 2.040,00/saca - entrega setembro/2025"], producer="Protheus TReport / PDFlib 9",
                                                            when="20241210090500"), "application/pdf")])
t19.add(antonio, "Obrigado Rafael. O celular novo é bom, agora vejo tudo aqui.", at(2024, 12, 10, 12, 40), G, client="uolgapp", sig=False)
t19.add(antonio, "Rafael bom dia. Agora está R$ 2.600, posso fixar mais 50 sacas?", at(2025, 2, 17, 8, 5), G, client="uolgapp", sig=False)
t19.add(me, "Bom dia, Antônio. Fixado: 50 sacas a R$ 2.610,00 (set/25). Com isso o senhor tem 300 sacas fixadas da safra 2025 — lembre de não passar de 70% "
        "da produção esperada, por segurança.", at(2025, 2, 17, 9, 30))
t19.add(antonio, "Certo, é o limite. Obrigado.", at(2025, 2, 17, 10, 2), G, client="uolgapp", sig=False)

# ================================================================== T20 Lucas Carvalho (producer, Terra / Open-Xchange): EUDR polygons; G30 KMZ; O2 orphan reply
t20 = Thread("T20", lucas, "Polígono das lavouras para exportação (EUDR) - Fazenda Santa Luzia")
t20.add(me, "Bom dia, Lucas.\n\nPara os contratos de exportação para a Europa (nova lei europeia contra desmatamento, a EUDR) precisamos do polígono "
        "georreferenciado das lavouras de café da Fazenda Santa Luzia. Vocês têm o recibo do CAR? O arquivo KML/KMZ do CAR já serve.", at(2024, 10, 8, 9, 30))
t20.add(lucas, "Boa tarde Rafael. Temos sim, o CAR foi retificado no ano passado. Te mando o KMZ amanhã, está no computador do escritório da fazenda.",
        at(2024, 10, 8, 18, 45), G)
t20.add(lucas, "Rafael, segue o KMZ do CAR com os talhões de café (são 4 talhões, total de 38,6 ha). Qualquer coisa me avisa.", at(2024, 10, 9, 10, 12), GH,
        scen=("G30", "producer sends the KMZ (zip container) of his CAR plots that Rafael asked for"),
        atts=[("SantaLuzia_CAR_MG-3122801_talhoes.kmz", kmz("Fazenda Santa Luzia - talhoes cafe", [(f"Talhao {k}", poly(-22.08 - k * 0.005, -45.16 + k * 0.004)) for k in range(1, 5)]),
               "application/vnd.google-earth.kmz")])
t20.add(me, "Recebido, Lucas, obrigado. O talhão 3 aparece um pouco fora do limite do imóvel no mapa, pode ser só a escala. Vou pedir para o Rodrigo conferir.",
        at(2024, 10, 9, 11, 30))
t20.add(lucas, "Deve ser a estrada que passa no meio, o talhão 3 fica dos dois lados. Se precisar, o Rodrigo pode vir aqui medir com o GPS.", at(2024, 10, 10, 17, 20), G)
t20.add(me, "Perfeito, ele vai aí na semana que vem.", at(2024, 10, 11, 9, 0))
o2_parent = f"<{R.randint(10**8, 2 * 10**9)}.{R.randint(10**5, 10**7)}.{int(at(2024, 11, 18, 15, 0).timestamp() * 1000)}.JavaMail.zimbra@{OWN}>"
emit(lucas, "ox", at(2024, 11, 22, 9, 40), [("Comunicação Coopersapucaí", comunic.email)], [(me.name, me.email)],
     "Re: Dia do Cooperado 2024 - 14 de dezembro - confirmação de presença", [o2_parent],
     "Bom dia, confirmo presença: eu e meu pai, Sebastião. Rafael em cópia, como ele pediu para avisar quem vai precisar do ônibus saindo de Dom Viçoso "
     "(seremos 2)." + lucas.sig + "\n\n> Em 18 de novembro de 2024 às 15:00 Comunicação Coopersapucaí <comunicacao@coopersapucai.example> escreveu:\n> \n"
     "> Prezado(a) cooperado(a),\n> \n> O Dia do Cooperado 2024 será no sábado, 14 de dezembro, a partir das 9h, na sede da cooperativa, com palestra técnica, "
     "almoço e sorteio de prêmios.\n> Pedimos a confirmação de presença respondendo este e-mail até 29/11.\n> \n> Comunicação Coopersapucaí", label=GO,
     scen=("O2", "producer answers the cooperative's bulk invitation (sent from comunicacao@, not in Rafael's mailbox) with Rafael in Cc"))

# ================================================================== T21 internal: Cláudio (finance) - Dia do Cooperado; A10 display-name spoof (gift cards); G9 Zimbra out-of-office
t21 = Thread("T21", claudio, "Dia do Cooperado 2024 - prêmios do sorteio")
t21.add(me, "Cláudio, bom dia.\n\nPara o Dia do Cooperado (14/12) a comissão fechou os prêmios do sorteio: 2 roçadeiras, 1 pulverizador costal motorizado, "
        "1 kit completo de EPI e 10 cestas. Orçamento da Agropecuária Sapucaí em anexo, total R$ 14.870,00. Pode aprovar?", at(2024, 11, 28, 10, 5),
        atts=[("Orcamento_Agropecuaria_Sapucai_premios.pdf", pdf(["Agropecuaria Sapucai Ltda - Orcamento 5512", "2 rocadeiras lateral 52cc", "1 pulverizador costal motorizado 25 L",
                                                                  "1 kit EPI aplicacao", "10 cestas basicas", "Total: R$ 14.870,00"], producer="Bling ERP", when="20241127170000"), "application/pdf")])
t21.add(claudio, "Aprovado. Pode comprar com o cartão corporativo e depois me manda as notas para a prestação de contas.", at(2024, 11, 28, 11, 20), G)
t21.add(me, "Compras feitas, notas fiscais em anexo.", at(2024, 12, 2, 15, 0),
        atts=[("NFe_Agropecuaria_Sapucai_5512.pdf", pdf(["DANFE - Agropecuaria Sapucai Ltda - NF 5512", "Valor total: R$ 14.870,00"], producer="Bling ERP",
                                                       when="20241202143000"), "application/pdf")])
t21.add(claudio, "Recebidas, obrigado.", at(2024, 12, 2, 15, 40), G)
t21.add(spoof_claudio, "Rafael, estou numa reunião no banco e não consigo atender o telefone. Aproveitando o sorteio do Dia do Cooperado: a diretoria pediu para "
        "incluir 10 cartões-presente Google Play de R$ 500,00 para os jovens cooperados. Você consegue comprar agora (online ou nas Americanas) e me mandar "
        "as fotos dos códigos raspados por aqui? Eu reembolso no cartão corporativo ainda hoje.\n\nCláudio", at(2024, 12, 9, 11, 34), HJ("display-name-spoof"),
        sig=False, detached=True,
        scen=("A10", "finance manager's display name from a gmail.com address: urgent gift-card purchase, codes by e-mail, faithful Gmail quote"))
t21.add(me, "Cláudio, prestação de contas do Dia do Cooperado: R$ 14.870,00 nos prêmios e R$ 6.200,00 no almoço. Planilha em anexo.", at(2024, 12, 16, 8, 30),
        atts=[("Prestacao_Contas_Dia_Cooperado_2024.xlsx", xlsx([["Item", "Fornecedor", "Valor (R$)"], ["Premios do sorteio", "Agropecuaria Sapucai", 14870.0],
                                                                 ["Almoco (420 pessoas)", "Buffet Sabor da Serra", 6200.0], ["Total", "", 21070.0]],
                                                                when="2024-12-16T11:20:00Z", creator="Rafael Albuquerque Santos"),
               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
zimbra_ooo(claudio, t21.last["t"] + sec(3), t21.last["subj"], list(t21.refs),
           "Olá,\n\nEstou de férias de 16/12/2024 a 06/01/2025, sem acesso ao e-mail. Assuntos urgentes do financeiro: Marta Siqueira "
           "(marta.siqueira@coopersapucai.example, ramal 5132).\n\nCláudio Mendes\nGerente Financeiro - Coopersapucaí", label=GH,
           scen=("G9", "colleague's Zimbra vacation auto-reply in the thread (Auto-Submitted)"))
t21.add(claudio, "Rafael, voltei. Prestação de contas conferida, tudo certo. Obrigado!", at(2025, 1, 7, 8, 50), G)

# ================================================================== T22 internal: Ana Paula (quality) - re-cupping; G12 forwarded lab report
t22 = Thread("T22", anapaula, "Reprova do lote 0719-J2 (José Carlos)")
t22.add(me, "Ana, o Seu José Carlos (Sítio Boa Vista) contestou o lote 0719-J2, que deu riado. Ele mandou fotos da secagem em terreiro suspenso. Consegue "
        "refazer a prova hoje?", at(2024, 7, 22, 8, 45))
t22.add(anapaula, "Refiz com 5 xícaras: 3 limpas e 2 com leve riado. Está no limite. Sugiro mandar para o laboratório do CEC desempatar; envio a amostra "
        "amanhã cedo.", at(2024, 7, 22, 16, 30), G)
t22.add(me, "Combinado, pode mandar.", at(2024, 7, 22, 16, 45))
fw_t = at(2024, 8, 1, 14, 40)
fwd_mid = emit(anapaula, "zwc", fw_t, [(me.name, me.email)], None, "Fwd: Laudo de Classificação nº 2407-1188 - Coopersapucaí - lote 0719-J2", [],
               "Rafael, segue o laudo do laboratório: bebida dura, sem riado. Pode avisar o Seu José? Vou corrigir no sistema." + anapaula.sig +
               "\n\n----- Mensagem encaminhada -----\nDe: \"Laboratório de Classificação - CEC\" <laudos@laboratoriocafe.example>\nPara: \"Ana Paula Rezende\" "
               "<anapaula.rezende@coopersapucai.example>\nEnviadas: Quinta-feira, 1 de Agosto de 2024 11:02:17\nAssunto: Laudo de Classificação nº 2407-1188 - "
               "Coopersapucaí - lote 0719-J2\n\nPrezados,\n\nSegue em anexo o laudo de classificação da amostra recebida em 24/07/2024 (lote 0719-J2).\n"
               "Resultado: bebida dura, tipo 6/7, 28 defeitos, sem presença de gosto riado nas 10 xícaras avaliadas.\n\nAtenciosamente,\nLaboratório de "
               "Classificação de Café - CEC", label=GH,
               atts=[("Laudo_2407-1188_Coopersapucai.pdf", pdf(["Laboratorio de Classificacao de Cafe - CEC", "Laudo no 2407-1188", "Cliente: Coopersapucai - lote 0719-J2",
                                                                "Bebida: dura (10 xicaras)", "Tipo: 6/7 - 28 defeitos"], producer="Microsoft® Excel® 2019",
                                                               when="20240801105500"), "application/pdf")],
               scen=("G12", "colleague forwards (Fwd:) an external lab report with its PDF (no reply headers)"))
emit(me, "zwc", at(2024, 8, 1, 15, 20), [(anapaula.name, anapaula.email)], None, "Re: Laudo de Classificação nº 2407-1188 - Coopersapucaí - lote 0719-J2", [fwd_mid],
     "Obrigado, Ana! Vou ligar para ele agora." + SIG_ME + quote_of("zwc", dict(t=fw_t, name=anapaula.name, email=anapaula.email, plain="Rafael, segue o laudo do "
     "laboratório: bebida dura, sem riado. Pode avisar o Seu José? Vou corrigir no sistema.", subj="Fwd: Laudo de Classificação nº 2407-1188 - Coopersapucaí - lote 0719-J2",
     to=[(me.name, me.email)], cc=[])))

# ================================================================== T23 internal: Luciana (HR) - commissions; A12 display-name spoof (OneNote payroll)
t23 = Thread("T23", luciana, "Comissões da equipe comercial - setembro/2024")
t23.add(luciana, "Rafael, bom dia.\n\nPreciso da planilha de comissões dos representantes comerciais referente a setembro até o dia 5, para entrar na folha de "
        "outubro.\n\nObrigada!", at(2024, 10, 1, 9, 15))


def comm_xlsx(month, when):
    return ("Comissoes_Representantes_" + month + ".xlsx",
            xlsx([["Representante", "Volume (sc)", "Faturamento (R$)", "Comissao (%)", "Comissao (R$)"]] +
                 [[nm, v, round(v * 1500.0, 2), 0.5, round(v * 7.5, 2)] for nm, v in (("Adriano Souza", R.randint(600, 1400)), ("Bruna Tavares", R.randint(600, 1400)),
                                                                                      ("Carlos Eduardo Lima", R.randint(600, 1400)), ("Denise Prado", R.randint(600, 1400)),
                                                                                      ("Everton Mesquita", R.randint(600, 1400)))], when=when, creator="Rafael Albuquerque Santos"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


t23.add(me, "Luciana, segue a planilha de setembro (5 representantes).", at(2024, 10, 3, 17, 10), atts=[comm_xlsx("Set2024", "2024-10-03T20:05:00Z")])
t23.add(luciana, "Recebida, obrigada Rafael!", at(2024, 10, 4, 8, 30), G)
t23.add(luciana, "Rafael, bom dia! Já pode me mandar a de outubro?", at(2024, 11, 4, 9, 0), G)
t23.add(me, "Segue a de outubro.", at(2024, 11, 5, 16, 45), atts=[comm_xlsx("Out2024", "2024-11-05T19:40:00Z")])
t23.add(luciana, "Rafael, a de novembro, por favor. Este mês a folha fecha mais cedo por causa do 13º.", at(2024, 12, 3, 9, 10), G)
t23.add(me, "Segue a de novembro.", at(2024, 12, 4, 11, 0), atts=[comm_xlsx("Nov2024", "2024-12-04T13:55:00Z")])
t23.add(spoof_luciana, "Boa tarde Rafael,\n\nSegue o demonstrativo de comissões de 2024 e o informe de rendimentos para conferência antes do envio à "
        "contabilidade. O arquivo foi compartilhado pelo OneNote: clique em \"Abrir\" dentro do documento para carregar o conteúdo.\n\nObrigada!\n"
        "Luciana Araújo\nRecursos Humanos", at(2025, 1, 27, 13, 52), HJ("display-name-spoof"), detached=True, sig=False, no_html=True,
        orig_ip=f"186.{R.randint(200, 250)}.{R.randint(1, 250)}.{R.randint(2, 250)}",
        atts=[("Demonstrativo_Comissoes_Informe_2024.one", onenote("payroll lure"), "application/onenote")],
        scen=("A12", "HR colleague's display name on an unrelated compromised domain: payroll/'informe de rendimentos' OneNote attachment, faithful quote"))
t23.add(luciana, "Rafael, bom dia! Planilha de janeiro, por favor.", at(2025, 2, 3, 9, 20), G)
t23.add(me, "Segue a de janeiro.", at(2025, 2, 4, 10, 40), atts=[comm_xlsx("Jan2025", "2025-02-04T13:35:00Z")])

# ================================================================== mailing list [cafes-especiais] (Mailman 3): footers, subject tag, DMARC From munging
def lpost(author, t, subj, text, thread, label=None, scen=None, atts=(), quote=False):
    refs = list(thread["refs"])
    munged = author.dom == "yahoo.com.br"
    q = quote_of(author.client, thread["last"]) if quote and thread.get("last") else ""
    full = ("Re: " + subj) if refs else subj
    m = list_post(author, t, full, text, refs, label=label, scen=scen, atts=atts, munged=munged, quote=q)
    thread["refs"].append(m)
    lsubj = ("Re: [cafes-especiais] " + subj) if refs else "[cafes-especiais] " + subj
    thread["last"] = dict(t=t, name=author.name, email=author.email, plain=text + author.sig + q, subj=lsubj, to=[("", LIST)], cc=[])
    return m


def my_list_post(t, subj, text, thread, atts=(), quote=False):
    q = quote_of("zwc", thread["last"]) if quote and thread.get("last") else ""
    m = emit(me, "zwc", t, [("", LIST)], None, "Re: [cafes-especiais] " + subj, list(thread["refs"]), text + SIG_ME + q, atts=atts)
    thread["refs"].append(m)
    thread["last"] = dict(t=t, name=me.name, email=me.email, plain=text + SIG_ME + q, subj="Re: [cafes-especiais] " + subj, to=[("", LIST)], cc=[])
    return m


L1 = dict(refs=[]); s1 = "Fermentação anaeróbica: quanto tempo no tanque?"
x1 = "Pessoal, bom dia.\n\nEstou testando fermentação anaeróbica com cereja madura em bombonas de 200 L com válvula. Na primeira leva deixei 72 h e o café ficou com " \
     "um vinagre no fim da xícara. Qual tempo vocês têm usado? A temperatura aqui em Franca está dando 22-26 °C durante o dia.\n\nAbraço"
lpost(henrique, at(2024, 8, 5, 10, 22), s1, x1, L1)
x2 = "Henrique, com 22-26 °C, 72 h é bastante. Nos nossos ensaios no campus, acima de 48 h o ácido acético começa a dominar. Recomendo medir pH e °Brix a cada " \
     "12 h e parar quando o pH cair para algo entre 4,2 e 4,4. E higienizar bem as bombonas entre as levas."
lpost(wagner, at(2024, 8, 5, 14, 10), s1, x2, L1, label=G, scen=("P-L1-1", "mailing-list reply"), quote=True)
x3 = "Concordo com o Wagner. Aqui na Mantiqueira fazemos 36 a 40 h na sombra e deixamos as bombonas dentro de uma caixa d'água para segurar a temperatura. " \
     "Depois vai direto para o terreiro suspenso em camada fina."
lpost(larissa, at(2024, 8, 5, 17, 45), s1, x3, L1, label=GH, quote=True,
      scen=("G11", "mailing-list reply with subject tag, list footer, broken DKIM and From rewritten to 'via cafes-especiais' (DMARC mitigation)"))
x4 = "Bom dia a todos. Na cooperativa alguns cooperados fizeram 48 h com controle de pH e os lotes passaram de 86 pontos. O segredo foi secar em terreiro " \
     "suspenso logo depois, sem amontoar. Se alguém quiser, posso compartilhar o protocolo que a nossa classificadora escreveu."
my_list_post(at(2024, 8, 6, 8, 30), s1, x4, L1, quote=True)
x5 = "Rafael, quero sim! Pode mandar na lista mesmo, acho que vai ajudar muita gente."
lpost(henrique, at(2024, 8, 6, 11, 2), s1, x5, L1, label=G, scen=("P-L1-2", "mailing-list reply"), quote=True)
my_list_post(at(2024, 8, 6, 16, 20), s1, "Segue o protocolo (PDF). Fiquem à vontade para adaptar.", L1,
             atts=[("Protocolo_Fermentacao_Coopersapucai_v2.pdf", pdf(["Coopersapucai - Protocolo de fermentacao anaerobica em bombonas (v2)", "1. Cereja madura, boia separada",
                                                                        "2. Medir pH e Brix a cada 12 h", "3. Encerrar com pH 4,2-4,4 (36-48 h)", "4. Terreiro suspenso, camada fina"],
                                                                       producer="Microsoft® Word para Microsoft 365", when="20240806160000"), "application/pdf")])
lpost(marina, at(2024, 8, 7, 9, 10), s1, "Obrigada, Rafael! Muito didático, vou testar na próxima leva.", L1, label=G, scen=("P-L1-3", "mailing-list reply"))

L2 = dict(refs=[]); s2 = "EUDR - alguém já recebeu pedido de geolocalização dos importadores?"
y1 = "Bom dia a todos.\n\nUm importador da Bélgica pediu o polígono de todas as propriedades que fornecem para os nossos lotes, por causa da EUDR. " \
     "Alguém sabe se o KMZ do CAR serve, ou precisa de outro formato?"
lpost(marina, at(2024, 10, 2, 11, 30), s2, y1, L2)
y2 = "Marina, serve sim, desde que em WGS84 e com os talhões produtivos, não só o perímetro do imóvel. Preparamos um guia rápido, segue em anexo. " \
     "Atenção: propriedades acima de 4 ha precisam de polígono; abaixo disso pode ser um ponto."
lpost(fabio, at(2024, 10, 2, 14, 5), s2, y2, L2, label=GH, quote=True,
      atts=[("Guia_EUDR_Geolocalizacao_v1.pdf", pdf(["AgroConsult - Guia rapido EUDR: geolocalizacao de lavouras de cafe", "Formato: GeoJSON ou KML em WGS84",
                                                     "> 4 ha: poligono; < 4 ha: ponto", "Conferir sobreposicoes do CAR antes do envio"], producer="Canva", when="20241001180000"),
             "application/pdf")],
      scen=("G28", "mailing-list reply from a consultant with a PDF guide attached (list footer, broken DKIM)"))
my_list_post(at(2024, 10, 2, 16, 30), s2, "Obrigado, Fábio, ótimo material. Marina, estamos fazendo o mesmo para um importador de Hamburgo: juntamos os KMZ do "
             "CAR dos cooperados e convertemos em GeoJSON no QGIS. Deu certo.", L2)
lpost(wagner, at(2024, 10, 3, 8, 45), s2, "Complementando: o CAR às vezes tem sobreposição com o vizinho, vale checar antes de enviar.", L2, label=G,
      scen=("P-L2-1", "mailing-list reply"))
lpost(henrique, at(2024, 10, 3, 10, 20), s2, "Alguém sabe se o adiamento vai sair mesmo? Li que o Parlamento Europeu vota ainda este mês.", L2, label=G,
      scen=("P-L2-2", "mailing-list reply"))
lpost(larissa, at(2024, 10, 3, 12, 2), s2, "Henrique, a Comissão propôs adiar 12 meses, mas ainda precisa passar pelo Parlamento e pelo Conselho. Melhor seguir "
      "preparando os dados.", L2, label=G, scen=("P-L2-3", "mailing-list reply"))

L3 = dict(refs=[]); s3 = "Concurso regional de qualidade 2024 - inscrições abertas"
lpost(marina, at(2024, 11, 11, 9, 0), s3, "Pessoal, as inscrições para o concurso regional de qualidade da Mantiqueira vão até 06/12. Amostras de 5 kg, "
      "categorias natural e cereja descascado. Regulamento no site da associação.", L3)
lpost(henrique, at(2024, 11, 11, 13, 40), s3, "Valeu, Marina! Dá para inscrever lote de fermentado na categoria natural?", L3, label=G, scen=("P-L3-1", "mailing-list reply"))
lpost(marina, at(2024, 11, 11, 15, 2), s3, "Dá sim, Henrique, desde que declare o processo na ficha de inscrição.", L3, label=G, scen=("P-L3-2", "mailing-list reply"))

L4 = dict(refs=[]); s4 = "Arábica acima de R$ 2.500 - vender ou segurar?"
lpost(henrique, at(2025, 1, 20, 8, 10), s4, "Bom dia. Com a saca passando de R$ 2.500, como vocês estão fazendo? Vendendo tudo ou fixando parte da safra 2025?", L4)
my_list_post(at(2025, 1, 20, 11, 5), s4, "Henrique, aqui na cooperativa a orientação aos cooperados tem sido vender o disponível de forma escalonada e fixar "
             "no máximo 60-70% da produção esperada da safra 2025. Ninguém sabe o tamanho da quebra.", L4)
lpost(wagner, at(2025, 1, 20, 14, 30), s4, "Concordo com o Rafael. E lembrem que o custo de produção também subiu; vale fazer a conta por talhão.", L4, label=G,
      scen=("P-L4-1", "mailing-list reply"))
lpost(larissa, at(2025, 1, 21, 9, 15), s4, "Estamos vendendo 20% por mês desde dezembro. Dorme melhor assim.", L4, label=G, scen=("P-L4-2", "mailing-list reply"))

L5 = dict(refs=[]); s5 = "Florada irregular depois da seca"
lpost(wagner, at(2025, 3, 6, 10, 0), s5, "Colegas, estamos recebendo relatos de florada irregular e chumbinho caindo em áreas que sofreram mais com a seca de "
      "setembro. Alguém mais observando isso no Sul de Minas?", L5)
lpost(fabio, at(2025, 3, 6, 16, 12), s5, "Sim, Wagner, em Carmo de Minas e Cristina vimos o mesmo, principalmente em lavouras novas. Estimamos quebra de 10 a 15% "
      "nessas áreas.", L5, label=G, scen=("P-L5-1", "mailing-list reply"))

# ================================================================== T24 accountant (Reis & Moura, cPanel + Thunderbird); G27 forwarded e-CAC notice
t24 = Thread("T24", gilberto, "XMLs de entrada - julho/2024")
t24.add(gilberto, "Rafael, bom dia.\n\nPara fechar o SPED Fiscal de julho preciso dos XMLs das notas de entrada de insumos (AgroNutri e os outros fornecedores). "
        "Consegue me mandar até quinta?\n\nObrigado.", at(2024, 8, 12, 10, 0))
t24.add(me, "Gilberto, segue o zip com os XMLs de entrada de julho.", at(2024, 8, 13, 15, 20), client="tb",
        atts=[("XML_Entradas_Jul2024.zip", zip_bytes([(f"{ch48213}-procNFe.xml", nfe_xml(ch48213, AGN_CNPJ14, "AGRONUTRI INSUMOS AGRICOLAS LTDA", "7067124450011", 48213,
                                                                                          at(2024, 7, 15, 6, 38), [("20520BB", "FERTILIZANTE MINERAL MISTO NPK 20-05-20 BIG BAG 1000KG",
                                                                                                                    "31052000", "TON", 90, 311000)], 27990000))],
                                                      (2024, 8, 13, 15, 10, 0)), "application/zip")])
t24.add(gilberto, "Recebido, obrigado Rafael.", at(2024, 8, 13, 16, 2), G)
ecac_q = ("-------- Mensagem Encaminhada --------\nAssunto: \tCaixa Postal e-CAC - Nova mensagem\nData: \t18/11/2024 22:14\nDe: \tReceita Federal do Brasil "
          "<caixapostal-ecac@receita.fazenda.example>\nPara: \tgilberto@reismoura.example\n\nPrezado(a) procurador(a),\n\nO contribuinte "
          f"{COOP_NAME_FISCAL} (CNPJ {COOP_CNPJ}) possui nova mensagem na Caixa Postal do e-CAC:\n\nAssunto: Notificação de Lançamento - Multa por Atraso na "
          "Entrega de Declaração (MAED) - DCTFWeb 09/2024\n\nPara ler a mensagem, acesse o e-CAC com certificado digital ou conta gov.br nível prata ou ouro.\n\n"
          "A Receita Federal não envia links nem arquivos anexos por e-mail.")
emit(gilberto, "tbx", at(2024, 11, 19, 11, 10), [(me.name, me.email)], [(claudio.name, claudio.email)], "Fwd: Caixa Postal e-CAC - Nova mensagem", [],
     "Rafael, chegou esta mensagem na Caixa Postal do e-CAC da cooperativa. É a multa por atraso na entrega da DCTFWeb de setembro (transmitida em 17/10 por "
     "causa do problema no certificado digital). Valor de R$ 500,00 com a redução. Vou gerar o DARF e mando para o Cláudio pagar. Só para sua ciência, não "
     "precisa fazer nada." + gilberto.sig + "\n\n\n" + ecac_q, label=GH,
     scen=("G27", "accountant forwards (Fwd:) a genuine Receita Federal e-CAC mailbox notice about a late-filing fine"))
_, darf_linha = arrecadacao(50000, "0385", digits(25))
t24.add(gilberto, f"Rafael, segue o DARF da multa (código 2170), vencimento 29/11. Já mandei para o Cláudio também.\n\nLinha digitável: {darf_linha}",
        at(2024, 11, 21, 9, 30), G, cc=[(claudio.name, claudio.email)],
        atts=[("DARF_MAED_DCTFWeb_092024.pdf", pdf(["Documento de Arrecadacao de Receitas Federais - DARF", f"CNPJ: {COOP_CNPJ}", "Codigo da receita: 2170",
                                                    "Vencimento: 29/11/2024", "Valor total: R$ 500,00", darf_linha], producer="Sicalcweb", when="20241121092000"),
               "application/pdf")])

# ================================================================== G29 GLPI follow-up on the quarantined attachment + 2FA roll-out notice
glpi_notice(at(2024, 11, 19, 8, 5), "E-mail suspeito com anexo 'pedido de compra' (Torrefação Paulistana)",
            "Descrição: recebi às 2h da manhã um e-mail da compradora da Torrefação com anexo HTML pedindo login. Não abri. Podem verificar?")
glpi_notice(at(2024, 11, 27, 10, 0), "E-mail suspeito com anexo 'pedido de compra' (Torrefação Paulistana)",
            "Acompanhamento: o anexo era uma página falsa de login do Zimbra. Bloqueamos o remetente e o domínio do formulário na quarentena e verificamos que "
            "ninguém digitou a senha. Aproveitando: a partir de 02/12 vamos ativar a verificação em duas etapas (2FA) no Zimbra para todos os usuários.",
            new=False, link_extra="Configure em https://mail.coopersapucai.example/#preferences > Conta > Autenticação em dois fatores, com o app autenticador "
                                  "do celular. Dúvidas: ramal 5199.", label=GH,
            scen=("G29", "internal ticket-system (GLPI) follow-up: phishing handled, 2FA roll-out with a link to the own webmail"))

# ================================================================== fake threads (strangers with reply subjects)
a15_pdf = pdf(["MINISTERIO DA FAZENDA - RECEITA FEDERAL DO BRASIL", "TERMO DE INTIMACAO FISCAL No 2025/0218-4471", f"Contribuinte: {COOP_NAME_FISCAL}",
               f"CNPJ: {COOP_CNPJ}", "Divergencia DCTFWeb x EFD-Reinf - competencia 12/2024", "Prazo para regularizacao: 5 (cinco) dias",
               "CONSULTAR PROCESSO E EMITIR DARF: clique aqui"], producer="wkhtmltopdf 0.12.6", when="20250218061500", zone="Z",
              uris=[f"https://ecac-regularizacao.example/consulta?cnpj={COOP_CNPJ14}&proc=20250218-4471"])
emit(fake_rfb, "bulk", at(2025, 2, 18, 8, 12), [(me.name, me.email)], None, f"RE: Notificação Fiscal Eletrônica nº 2025/0218-4471 - CNPJ {COOP_CNPJ}",
     [f"<{hx(24)}@ecac-receitafederal.example>"],
     "Prezado(a) contribuinte,\n\nEm atenção à sua solicitação, informamos que foi identificada divergência entre os valores declarados na DCTFWeb e na "
     f"EFD-Reinf da competência 12/2024 do CNPJ {COOP_CNPJ}. O Termo de Intimação e o DARF para regularização encontram-se em anexo.\n\nO não atendimento "
     "no prazo de 5 (cinco) dias implicará a inscrição em Dívida Ativa da União e a suspensão do CNPJ.\n\nAtenciosamente,\nDelegacia da Receita Federal do "
     "Brasil em Varginha/MG\n\n-----Mensagem original-----\nDe: Rafael Albuquerque Santos\nEnviada em: 14/02/2025\nAssunto: Notificação Fiscal Eletrônica\n\n"
     "Boa tarde, recebi uma notificação no e-CAC e gostaria de saber como regularizar.\n",
     html=None, atts=[("Termo_Intimacao_2025-0218-4471.pdf", a15_pdf, "application/pdf")], label=HJ("fake-thread"),
     scen=("A15", "stranger poses as Receita Federal: 'RE:' subject, fabricated quote of Rafael, PDF with a link to an unknown domain (tax lure)"))
svg = ('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="640" height="200" viewBox="0 0 640 200">'
       '<rect width="640" height="200" fill="#f3f6fb"/><text x="30" y="70" font-family="Segoe UI,Arial" font-size="22" fill="#1f3b73">Voice Message (00:47)</text>'
       '<text x="30" y="110" font-family="Segoe UI,Arial" font-size="15" fill="#333">From: +55 35 3221-8800  To: rafael.santos@coopersapucai.example</text>'
       '<a href="https://vm-playback.example/listen?id=' + alnum(20) + '"><rect x="30" y="130" width="160" height="40" rx="4" fill="#1f6fd1"/>'
       '<text x="62" y="156" font-family="Segoe UI,Arial" font-size="15" fill="#fff">&#9654; Play</text></a>'
       '<script type="text/javascript"><![CDATA[ /* inert probe placeholder: redirect target is a fictional domain */ '
       'var u = "https://vm-playback.example/listen?u=" + btoa("rafael.santos@coopersapucai.example"); void(u); ]]></script></svg>')
emit(fake_vm, "bulk", at(2025, 3, 12, 13, 37), [(me.name, me.email)], None, "RE: Voice Message from +55 35 3221-8800 (00:47) - Ext. 5120",
     [f"<{hx(20)}.{hx(8)}@vmail-notify.example>"],
     "You have a new voice message.\n\nFrom: +55 35 3221-8800\nTo: Rafael Albuquerque Santos (ext. 5120)\nDuration: 00:47\nReceived: "
     "Wednesday, March 12, 2025 1:35 PM\n\nThe recording is attached to this e-mail. Open the attachment in your browser to play it.\n\nVoice Mail Center",
     html=None, atts=[("VM_0047_+553532218800.svg", svg.encode(), "image/svg+xml")], label=HJ("fake-thread"),
     scen=("A16", "stranger 'RE: Voice Message' in English (caller id = the supplier's real number) with an SVG attachment; no quote"))

# ================================================================== write, in arrival order
pending.sort(key=lambda x: (x[0], x[1]))
labels = ["mailbox\tmessage_id\tlabel\tkind"]
scens = ["file\tscenario\tdescription"]
for i, (t, _, folder, raw, lab, sc) in enumerate(pending, 1):
    path = f"mailboxes/{MB}/{folder}/{i}.eml"
    with open(f"{root}/{path}", "w", encoding="utf-8", newline="") as f:
        f.write(raw)
    if lab:
        labels.append(f"{MB}\t{lab[0]}\t{lab[1][0]}\t{lab[1][1]}")
        if not sc:
            raise SystemExit(f"labelled message without scenario: {lab}")
        scens.append(f"{path}\t{sc[0]}\t{sc[1]}")
open(f"{root}/labels.tsv", "w", encoding="utf-8").write("\n".join(labels) + "\n")
open(f"{root}/scenarios.tsv", "w", encoding="utf-8").write("\n".join(scens) + "\n")
nh = sum(1 for l in labels[1:] if l.split("\t")[2] == "hijack")
print(f"{len(pending)} messages, {len(labels) - 1} labelled ({nh} hijack) -> {root}")
