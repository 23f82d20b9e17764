#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus-7.py OUT_DIR: thirty threads of the acme mailbox (Laura Weber, Thunderbird) with
# partners writing Czech, Turkish, Portuguese (Brazil), Swedish and English from clients the earlier probes did not use:
# Zimbra, HCL Notes, Samsung Email, Yahoo Mail, Proton Mail, Spark, Superhuman, Outlook for Mac and eM Client (plus Gmail
# for one colleague, and Roundcube, Outlook 16, OWA and a PHP mailer for attackers). Each client writes its own Message-ID
# shape, header set and order, Date style (Yahoo and Proton in UTC), MIME layout (text+HTML, quoted-printable, base64,
# ISO-8859-2/-9 on Notes), RFC 2047 names, reply prefix (Odp:/Ynt: on Notes) and localized quote header; each sending
# system has its own Received path and DKIM d=/s=. Threads carry 3-8 messages of history with Laura's replies in Sent;
# files are numbered in arrival order and only the test replies are labelled. Deterministic (seeded). Then eval as for
# the others.
# Attacks (15):
#  A1  server hijack, Czech Zimbra thread: "v příloze ... heslo: 4417" and an encrypted zip holding a .wsf
#  A2  server hijack, Turkish HCL Notes thread suddenly in English ("please review ... revert"), .rar holding a .vbs
#  A3  account takeover of a Brazilian Zimbra account, sent by a PHP mailer from a VPS (+0000), Dropbox link to the
#      "draft BL" the thread was actually waiting for
#  A4  server hijack, Swedish Proton Mail, Saturday 02:50: "här kommer dokumenten" + a Google Drive file nobody used
#  A5  server hijack, Swedish Spark: link text shows the partner's supplier portal, the href goes to a pages.dev look-alike
#  A6  server hijack, English Superhuman: "updated PO acknowledgement" PDF whose only content links a Discord CDN zip
#  A7  server hijack, Outlook for Mac thread revived after 11 months: "As discussed, please see the file below" + MEGA link
#  A8  server hijack, Yahoo Mail (pt-BR): payment nudge whose quote of the partner's earlier message has another bank account
#  A9  look-alike domain, IDN homoglyph with a dotless ı written in punycode, new IBAN for an open invoice, real thread quoted
#  A10 fake thread: unknown Turkish forwarder, "RE:" with a fabricated quote of Laura, .7z holding an .msi
#  A11 display-name spoof, the display name is "Jana Dvořáková <jana.dvorakova@kovotvar.example>", sent from a garage's
#      server with the stolen quote (Emotet style); zip holding a .vhd
#  A12 account takeover, a partner who always writes from Samsung Email appears via Roundcube (+0000) with a GitHub
#      user-attachments zip link
#  A13 server hijack, Brazilian Zimbra on Sunday 03:12 while the partner's out-of-office is on: "segue em anexo o arquivo
#      solicitado", zip holding a .js
#  A14 look-alike domain without the hyphen (harborlinemarine), an M365 tenant, OWA quote, bank-change letter as PDF
#  A15 account takeover, Outlook for Mac partner via OWA at 03:40 -0500: link into the partner's own OneDrive
# Genuine (26): a Czech zip of drawings (rev. C) in a thread that exchanged rev. B as zip; a Czech dispatch note; "Děkuji,
# přijato."; an orphan reply-all to a thread started by a colleague of Laura (not in her mailbox) and its follow-up; a
# Czech thread revived after 13 months (and a newer Notes release); a Turkish partner once from her Samsung phone at a fair;
# a Turkish drawing revision; a Turkish .xlsx price list; a Turkish partner answering in German when Laura's German
# colleague joins; "Teşekkürler"; a second Google Drive folder from a partner who shared Drive before; a Zimbra
# out-of-office in Portuguese; a booking confirmation; an NF-e (DANFE PDF + XML) with a two-line text; a password-protected
# payslip PDF with the password agreed by phone; a Swedish partner writing from the new domain after a rebrand announced in
# the thread; a Swedish price reminder; a Google Groups supplier-list update replying to its own announcement; a colleague of
# the partner on Gmail joining; the partner travelling (Spark iOS, +0800); a Google Calendar "Accepted"; a test report with
# photos; an orphan reply to a trade-fair mail sent from another acme address; a long reply with eight links to the
# partner's own domains; a link whose href is a Safe Links wrapper of the partner's own site.
import base64
import datetime
import html as H
import io
import os
import quopri
import random
import re
import sys
import unicodedata
import uuid
import zipfile
from zoneinfo import ZoneInfo
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probegen import *  # noqa: E402,F401,F403  (root, MB, labels, n, ME and the output folders)

R = random.Random(7)
UTC = datetime.timezone.utc
BERLIN = ZoneInfo("Europe/Berlin")


# ---------------------------------------------------------------- deterministic random helpers
def hx(k): return "".join(R.choice("0123456789abcdef") for _ in range(k))
def HX(k): return hx(k).upper()
def rbytes(k): return bytes(R.getrandbits(8) for _ in range(k))
def ruuid(): return str(uuid.UUID(int=R.getrandbits(128), version=4))
def b64(k): return base64.b64encode(rbytes(k)).decode()
def alnum(k, chars="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"): return "".join(R.choice(chars) for _ in range(k))
def lower(k): return alnum(k, "abcdefghijklmnopqrstuvwxyz0123456789")


class Pt:
    """A correspondent: name, address, mail client, time zone, language, signature and the mail system that sends for him."""
    def __init__(s, name, email, client, tz, lang, infra, sig=""):
        s.name, s.email, s.client, s.tz, s.lang, s.infra, s.sig = name, email, client, ZoneInfo(tz), lang, infra, sig
        s.dom = email.split("@")[1]


LAURA_SIG = "\n\n-- \nLaura Weber\nEinkauf & Auftragsabwicklung\nACME Industrie GmbH | Sandershäuser Str. 34 | 34123 Kassel\nTel. +49 561 555 2230"
laura = Pt(ME[0], ME[1], "tb", "Europe/Berlin", "en", None, LAURA_SIG)
jonas = Pt("Jonas Keller", "jonas.keller@acme-industrie.example", "tb", "Europe/Berlin", "de", "acme")
jana = Pt("Jana Dvořáková", "jana.dvorakova@kovotvar.example", "zimbra", "Europe/Prague", "cs", "zimbra-kovotvar",
          "\n\nS pozdravem\n\nJana Dvořáková\nobchodní oddělení – export\nKOVOTVAR Olomouc s.r.o.\nTovární 1180/22, 779 00 Olomouc\n"
          "tel.: +420 585 555 214\nwww.kovotvar.example")
tomas = Pt("Tomáš Horák", "tomas.horak@sklarny-jizera.example", "notes", "Europe/Prague", "cs", "notes-skj",
           "\n\nS pozdravem / Best regards\n\nIng. Tomáš Horák\nvedoucí prodeje technického skla\nSklárny Jizera a.s.\n"
           "Pod Hájem 415, 512 51 Lomnice nad Popelkou\nT: +420 481 555 630 | M: +420 724 555 118")
elif_ = Pt("Elif Şahin", "elif.sahin@anadoludokum.example", "notes", "Europe/Istanbul", "tr", "notes-anadolu",
           "\n\nSaygılarımla,\n\nElif Şahin\nDış Ticaret Uzmanı\nAnadolu Döküm San. ve Tic. A.Ş.\nOSB 3. Cadde No: 14, 16140 Nilüfer / Bursa\n"
           "T: +90 224 555 41 70")
murat = Pt("Murat Kaya", "murat.kaya@kaya-ambalaj.example", "samsung", "Europe/Istanbul", "tr", "cpanel-kaya")
thiago = Pt("Thiago Souza", "thiago.souza@pedrasdosertao.example", "zimbra", "America/Sao_Paulo", "pt", "zimbra-pedras",
            "\n\nAtenciosamente,\n\nThiago Souza\nExportação\nPedras do Sertão Mármores e Granitos Ltda.\nCachoeiro de Itapemirim – ES – Brasil\n"
            "+55 28 3521-5540 | WhatsApp +55 28 99855-4102")
fernanda = Pt("Fernanda Lima", "fernanda.lima.couros@yahoo.com.br", "yahoo", "America/Sao_Paulo", "pt", "yahoo")
patricia = Pt("Patrícia Nunes", "patricia.nunes@contabilidadeipe.example", "emclient", "America/Sao_Paulo", "pt", "google-ipe",
              "\n\nAtenciosamente,\n\nPatrícia Nunes\nDepartamento Pessoal\nContabilidade Ipê\nAv. Paulista, 2064 – 14º andar – São Paulo/SP\n(11) 3051-5520")
KARIN_SIG = "\n\nVänliga hälsningar\nKarin Lindqvist\nFörsäljning export\n{org}\nSågverksvägen 4, 914 41 Nordmaling\n+46 930 555 27"
karin = Pt("Karin Lindqvist", "karin.lindqvist@norrskogtra.example", "proton", "Europe/Stockholm", "sv", "proton-norrskog",
           KARIN_SIG.format(org="Norrskog Trä AB"))
karin2 = Pt("Karin Lindqvist", "karin.lindqvist@norrskogtimber.example", "proton", "Europe/Stockholm", "sv", "proton-timber",
            KARIN_SIG.format(org="Norrskog Timber Group AB (tidigare Norrskog Trä AB)") + "\nwww.norrskogtimber.example")
erik = Pt("Erik Nyström", "erik.nystrom@fjallvind.example", "spark", "Europe/Stockholm", "sv", "google-fjallvind",
          "\n\nMed vänlig hälsning\nErik Nyström\nInköp & Service\nFjällvind Energi AB\nStorgatan 18, 831 30 Östersund\n+46 63 555 18 40")
sofia = Pt("Sofia Berg", "sofia.berg@fjallvind.example", "gmail", "Europe/Stockholm", "sv", "google-fjallvind",
           "\n\nHälsningar\nSofia Berg\nTeknisk avdelning, Fjällvind Energi AB\n+46 63 555 18 62")
megan = Pt("Megan Cole", "megan.cole@harborline-marine.example", "superhuman", "America/New_York", "en", "google-harborline",
           "\n\nMegan Cole\nKey Account Manager | Harborline Marine Systems\n400 Water St, Suite 210, Baltimore, MD 21202\n+1 410 555 0186")
daniel = Pt("Daniel Reeve", "d.reeve@reeve-optics.example", "macoutlook", "Europe/London", "en", "exo-reeve",
            "\n\nKind regards,\nDaniel\n\nDaniel Reeve\nTechnical Sales Engineer | Reeve Optics Ltd\nUnit 7, Caxton Park, Cambridge CB4 2XQ, UK\n"
            "+44 1223 555 902 | www.reeve-optics.example")

# ---------------------------------------------------------------- locale tables
DAYS = {"cs": "pondělí úterý středa čtvrtek pátek sobota neděle", "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
        "sv": "måndag tisdag onsdag torsdag fredag lördag söndag", "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar",
        "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"}
MONTHS = {"cs": "ledna února března dubna května června července srpna září října listopadu prosince",
          "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
          "sv": "januari februari mars april maj juni juli augusti september oktober november december",
          "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
          "en": "January February March April May June July August September October November December"}
def dname(lang, t): return DAYS[lang].split()[t.weekday()]
def mname(lang, t): return MONTHS[lang].split()[t.month - 1]
def ampm(t): return f"{(t.hour - 1) % 12 + 1}:{t:%M} {'AM' if t.hour < 12 else 'PM'}"
def ordinal(d): return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"
def offs(t): return t.strftime("%z")


# ---------------------------------------------------------------- header encodings
def enc_words(s, mode="B", charset="UTF-8"):
    """RFC 2047 encoded words (at most 75 characters each), joined by folding whitespace."""
    words, cur = [], ""
    def enc(x):
        data = x.encode(charset)
        if mode == "B": return f"=?{charset}?B?{base64.b64encode(data).decode()}?="
        q = "".join(chr(b) if (chr(b).isalnum() and b < 128) or chr(b) in "!*+-/" else ("_" if b == 32 else f"={b:02X}") for b in data)
        return f"=?{charset}?Q?{q}?="
    for ch in s:
        if len(enc(cur + ch)) > 75: words.append(enc(cur)); cur = ""
        cur += ch
    words.append(enc(cur))
    return "\n ".join(words)


def hdr_text(s, mode="B", charset="UTF-8"):
    return s if s.isascii() else enc_words(s, mode, charset)


def addr(name, email, mode="B", quote_ascii=False):
    if not name: return email
    if not name.isascii(): return f"{enc_words(name, mode)} <{email}>"
    if quote_ascii or re.search(r'[,.;:()<>@"\[\]]', name): return '"' + name.replace('"', '\\"') + f'" <{email}>'
    return f"{name} <{email}>"


def plain_addr(who): return f"{who[0]} <{who[1]}>"


# ---------------------------------------------------------------- bodies
def linkify(s): return re.sub(r"(https?://[^\s<]+)", lambda m: f'<a href="{m.group(1)}">{m.group(1)}</a>', s)
def to_html(text): return "<br>\n".join(linkify(H.escape(l, quote=False)) for l in text.split("\n"))
def divs(text, attr=""): return "".join(f"<div{attr}>{linkify(H.escape(l, quote=False)) or '<br>'}</div>" for l in text.split("\n"))
def gt(text): return "\n".join((">" + l) if l.startswith(">") else ("> " + l if l else ">") for l in text.split("\n"))


SAMSUNG_FOOTER = {"tr": "Samsung Galaxy akıllı telefonumdan gönderildi.", "en": "Sent from my Galaxy"}


def own_html(client, text):
    if client == "zimbra": return '<div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">' + divs(text) + "</div>"
    if client == "notes": return '<font size=2 face="sans-serif">' + to_html(text) + "</font><br>"
    if client == "samsung": return divs(text, ' dir="auto"')
    if client == "yahoo":
        return (f'<div class="ydp{hx(8)}yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
                + divs(text, ' dir="ltr" data-setdir="false"') + "</div>")
    if client == "proton": return '<div style="font-family: Arial, sans-serif; font-size: 14px;">' + to_html(text) + "</div>"
    if client == "spark": return '<div name="messageBodySection"><div dir="auto">' + to_html(text) + "</div></div>"
    if client in ("superhuman", "gmail"): return '<div dir="ltr">' + to_html(text) + "</div>"
    if client == "macoutlook":
        return "".join(f'<p class="MsoNormal"><span lang="EN-GB" style="font-size:11.0pt">{linkify(H.escape(l, quote=False)) or "<o:p>&nbsp;</o:p>"}</span></p>'
                       for l in text.split("\n"))
    if client in ("owa", "outlook16"):
        return ('<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; '
                'font-size: 12pt; color: rgb(0, 0, 0);">' + to_html(text) + "</div>")
    if client == "emclient": return "<div>" + to_html(text) + "</div>"
    return "<div>" + to_html(text) + "</div>"


def doc_html(client, inner):
    if client == "macoutlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head>'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
                '<style><!--p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:10.0pt; font-family:"Aptos",sans-serif;}--></style></head>'
                '<body lang="en-DE" link="#467886" vlink="#96607D" style="word-wrap:break-word"><div class="WordSection1">' + inner + "</div></body></html>")
    if client in ("owa", "outlook16"):
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> '
                "P {margin-top:0;margin-bottom:0;} </style></head><body dir=\"ltr\">" + inner + "</body></html>")
    if client == "notes": return "<html><body>" + inner + "</body></html>"
    if client == "spark":
        return ('<html xmlns="http://www.w3.org/1999/xhtml"><head><title></title></head><body>' + inner + "</body></html>")
    if client in ("superhuman", "gmail"): return inner
    if client == "proton": return inner
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>' + inner + "</body></html>"


ZIMBRA_Q = {"cs": ("----- Původní zpráva -----", "Od", "Komu", "Kopie", "Odeslané", "Předmět"),
            "pt": ("----- Mensagem original -----", "De", "Para", "Cc", "Enviadas", "Assunto")}
NOTES_Q = {"cs": ("Od:", "Komu:", "Kopie:", "Datum:", "Předmět:"), "tr": ("Kimden:", "Kime:", "Bilgi:", "Tarih:", "Konu:")}


def quote(client, lang, q, tz):
    """(plain, html) of message record q quoted below a reply, as the replier's client (in its language and zone) writes it."""
    t = q["when"].astimezone(tz)
    qh = q["html"] or ('<div class="moz-text-flowed" style="font-family: -moz-fixed">' + to_html(q["plain"]) + "</div>")
    who = f"{q['name']} <{q['email']}>"
    tos = ", ".join(plain_addr(x) for x in q["to"]); ccs = ", ".join(plain_addr(x) for x in q["cc"] or [])
    if client == "tb":
        return f"\n\nOn {t:%d.%m.%y %H:%M}, {q['name']} wrote:\n" + gt(q["plain"]), None
    if client == "zimbra":
        div, lf, lt, lc, ls, lsub = ZIMBRA_Q[lang]
        if lang == "cs": ds = f"{dname(lang, t)} {t.day}. {mname(lang, t)} {t.year} {t.hour}:{t:%M:%S}"
        else: ds = f"{dname(lang, t).capitalize()}, {t.day} de {mname(lang, t)} de {t.year} {t.hour}:{t:%M:%S}"
        rows = [(lf, f'"{q["name"]}" <{q["email"]}>'), (lt, ", ".join(f'"{n}" <{e}>' for n, e in q["to"]))]
        if ccs: rows.append((lc, ", ".join(f'"{n}" <{e}>' for n, e in q["cc"])))
        rows += [(ls, ds), (lsub, q["subj"])]
        plain = "\n\n" + div + "\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + gt(q["plain"])
        html = ('<br><hr id="zwchr" data-marker="__DIVIDER__"><div data-marker="__HEADERS__"><blockquote style="border-left:2px solid #1010FF;'
                'margin-left:5px;padding-left:5px;color:#000;font-weight:normal;font-style:normal;text-decoration:none;font-family:Helvetica,Arial,sans-serif;font-size:12pt;">'
                + "".join(f"<b>{k}: </b>{H.escape(v)}<br>" for k, v in rows) + '</blockquote></div><div data-marker="__QUOTED_TEXT__">'
                '<blockquote style="border-left:2px solid #1010FF;margin-left:5px;padding-left:5px;">' + qh + "</blockquote></div>")
        return plain, html
    if client == "notes":
        lf, lt, lc, ld, lsub = NOTES_Q[lang]
        rows = [(lf, who), (lt, tos)] + ([(lc, ccs)] if ccs else []) + [(ld, f"{t:%d.%m.%Y %H:%M}"), (lsub, q["subj"])]
        plain = "\n\n\n\n" + "\n".join(f"{k:<10}{v}" for k, v in rows) + "\n\n\n\n" + q["plain"]
        html = ("<br><br><br><br><table width=100%><tr valign=top>" + "".join(
            f'<tr><td width=12%><font size=1 color=#5f5f5f face="sans-serif">{H.escape(k)}</font></td><td><font size=1 face="sans-serif">{H.escape(v)}</font></td></tr>'
            for k, v in rows) + "</table><br><br><br>" + qh)
        return plain, html
    if client == "samsung":
        tzs = t.strftime("%z"); tzs = f"GMT{tzs[:3]}:{tzs[3:]}"
        rows = [("Kimden:", who), ("Tarih:", f"{t.day}.{t:%m.%Y %H:%M} ({tzs})"), ("Alıcı:", tos)] + ([("Bilgi:", ccs)] if ccs else []) + [("Konu:", q["subj"])]
        plain = "\n\n\n-------- Orijinal mesaj --------\n" + "\n".join(f"{k} {v} " for k, v in rows) + "\n\n" + q["plain"]
        html = ('<div><br></div><div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000"><div>-------- Orijinal mesaj --------</div>'
                + "".join(f"<div>{H.escape(k)} {H.escape(v)} </div>" for k, v in rows) + "<div><br></div></div>" + qh)
        return plain, html
    if client == "yahoo":
        attr = f"Em {dname(lang, t)}, {t.day} de {mname(lang, t)} de {t.year} às {t:%H:%M:%S} BRT, {who} escreveu:"
        plain = "\n\n\n\n    " + attr + "  \n \n \n " + q["plain"].replace("\n", "\n ")
        html = (f'<div id="yahoo_quoted_{R.randint(10**9, 10**10)}" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, '
                f'sans-serif;font-size:13px;color:#26282a;"><div>{H.escape(attr)}</div><div><br></div><div><br></div><div><div id="yiv{R.randint(10**9, 10**10)}">'
                + qh + "</div></div></div></div>")
        return plain, html
    if client == "proton":
        attr = f"{dname(lang, t).capitalize()} {t.day} {mname(lang, t)} {t.year} kl. {t:%H:%M}, {who} skrev:"
        return ("\n\n\n\n\n" + attr + "\n\n" + gt(q["plain"]),
                '<div class="protonmail_quote">\n        ' + H.escape(attr) + '<br><blockquote class="protonmail_quote" type="cite">\n            '
                + qh + "\n        </blockquote><br>\n    </div>")
    if client == "spark":
        attr = f"Den {t.day} {mname(lang, t)} {t.year} {t:%H:%M} {offs(t)} skrev {who}:"
        return ("\n" + attr + "\n" + gt(q["plain"]),
                '<div name="messageReplySection">' + H.escape(attr) + '<br />\n<blockquote type="cite" style="border-left-color: grey; border-left-width: thin; '
                'border-left-style: solid; margin: 5px 5px;padding-left: 10px;">' + qh + "</blockquote>\n</div>")
    if client in ("superhuman", "gmail"):
        if lang == "sv": attr = f"Den {dname(lang, t)[:3]} {t.day} {mname(lang, t)} {t.year} kl {t:%H:%M} skrev {who}:"
        else: attr = f"On {t:%a}, {t:%b} {t:%d}, {t.year} at {ampm(t)}, {who} wrote:"
        cls = "gmail_quote sh-gmail-quote" if client == "superhuman" else "gmail_quote gmail_quote_container"
        return ("\n\n" + attr + "\n\n" + gt(q["plain"]),
                f'<br><div class="{cls}"><div dir="ltr" class="gmail_attr">{H.escape(attr)}<br></div><blockquote class="gmail_quote" '
                'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' + qh + "</blockquote></div>")
    if client in ("macoutlook", "owa", "outlook16"):
        if client == "macoutlook":
            rows = [("From", who), ("Date", f"{dname('en', t)}, {t.day} {mname('en', t)} {t.year} at {t:%H:%M}"), ("To", tos)]
        elif lang == "cs":
            rows = [("Od", who), ("Odesláno", f"{dname('cs', t)} {t.day}. {mname('cs', t)} {t.year} {t:%H:%M}"), ("Komu", tos)]
        else:
            rows = [("From", who), ("Sent", f"{dname('en', t)}, {mname('en', t)} {t.day}, {t.year} {ampm(t)}"), ("To", tos)]
        if ccs: rows.append(("Cc" if lang != "cs" else "Kopie", ccs))
        rows.append(("Subject" if lang != "cs" else "Předmět", q["subj"]))
        if client == "macoutlook":
            plain = "\n\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
            html = ('<div id="mail-editor-reference-message-container"><div class="ms-outlook-mobile-reference-message skipProofing">'
                    '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal" style="margin-bottom:12.0pt">'
                    + "<br>".join(f'<b><span style="font-size:12.0pt;color:black">{k}: </span></b><span style="font-size:12.0pt;color:black">{H.escape(v)}</span>'
                                  for k, v in rows) + "</p></div>" + qh + "</div></div>")
        else:
            plain = "\n\n________________________________\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
            html = ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
                    '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">' + "<br>".join(f"<b>{k}:</b> {H.escape(v)}" for k, v in rows)
                    + "</font><div>&nbsp;</div></div>" + qh)
        return plain, html
    if client == "emclient":
        rows = [("De", f'"{q["name"]}" <{q["email"]}>'), ("Para", ", ".join(f'"{n}" <{e}>' for n, e in q["to"])), ("Data", f"{t:%d/%m/%Y %H:%M:%S}"),
                ("Assunto", q["subj"])]
        xid = ruuid()
        plain = "\n\n------ Mensagem original ------\n" + "\n".join(f"{k} {v}" for k, v in rows) + "\n\n" + q["plain"]
        html = (f'<div id="x{xid}"><br /></div><div>------ Mensagem original ------</div>' + "".join(f"<div><b>{k}</b> {H.escape(v)}</div>" for k, v in rows)
                + f'<div><br /></div><div id="x{xid}__replyBody"><blockquote cite="{q["m"][1:-1]}" type="cite" class="cite2">' + qh + "</blockquote></div>")
        return plain, html
    if client == "roundcube":
        return f"\n\n{t:%d.%m.%Y %H:%M} tarihinde {q['name']} yazdı:\n" + gt(q["plain"]), None
    if client == "phpmailer":
        return f"\n\nEm {t:%d/%m/%Y %H:%M}, {q['name']} escreveu:\n" + gt(q["plain"]), None
    raise ValueError(client)


# ---------------------------------------------------------------- MIME
def part(ctype, text, cte, charset="utf-8", params=""):
    try: data = text.encode(charset)
    except UnicodeEncodeError: charset, data = "utf-8", text.encode("utf-8")
    if cte == "quoted-printable": payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64": payload = base64.encodebytes(data).decode("ascii")
    elif cte in ("7bit", "8bit"): cte = "7bit" if data.isascii() else "8bit"; payload = text
    cs = f'"{charset}"' if ctype != "text/calendar" else charset
    return [f"Content-Type: {ctype}; charset={cs}{params}", f"Content-Transfer-Encoding: {cte}"], payload


def boundary(client, subtype="alternative"):
    return {"zimbra": lambda: "=_" + ruuid(), "notes": lambda: f"=_{subtype} {HX(8)}C1258C{HX(2)}_=", "samsung": lambda: f"--_com.samsung.android.email_{R.randint(10**14, 10**15)}",
            "yahoo": lambda: f"----=_Part_{R.randint(10**6, 10**7)}_{R.randint(10**8, 10**9)}.{R.randint(1735689600000, 1748736000000)}",
            "proton": lambda: "b1=_" + alnum(43), "spark": lambda: f"{hx(8)}_{hx(8)}_{hx(4)}", "superhuman": lambda: "000000000000" + hx(16),
            "gmail": lambda: "000000000000" + hx(16), "macoutlook": lambda: "_000_" + HX(12) + "_", "owa": lambda: "_000_" + HX(12) + "_",
            "emclient": lambda: "------=_MB" + ruuid().upper(), "tb": lambda: "------------" + alnum(24), "roundcube": lambda: "=_" + hx(32),
            "outlook16": lambda: f"----=_NextPart_000_00{HX(2)}_01DB{HX(4)}.{HX(8)}", "phpmailer": lambda: "b1_" + alnum(43),
            "bot": lambda: "----=_Part_" + hx(16)}.get(client, lambda: "=_" + hx(24))()


def multipart(client, subtype, parts, params=""):
    b = boundary(client, subtype)
    body = []
    for ph, pb in parts: body += [f"--{b}"] + ph + ["", pb.rstrip("\n")]
    body.append(f"--{b}--")
    return [f'Content-Type: multipart/{subtype};{params}\n\tboundary="{b}"'], "\n".join(body) + "\n"


def attpart(client, name, data, ctype, when=None):
    h = [f'Content-Type: {ctype}; name="{name}"']
    if client in ("macoutlook", "owa", "outlook16"): h.append(f"Content-Description: {name}")
    disp = f'Content-Disposition: attachment; filename="{name}"'
    if client in ("macoutlook", "owa") and when:
        w = when.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
        disp += f'; size={len(data)};\n\tcreation-date="{w}";\n\tmodification-date="{w}"'
    h += [disp, "Content-Transfer-Encoding: base64"]
    if client == "gmail": h.append(f"X-Attachment-Id: f_{lower(9)}0")
    return h, base64.encodebytes(data).decode("ascii")


# ---------------------------------------------------------------- Message-IDs, dates
def millis(t): return int(t.timestamp() * 1000) + R.randint(0, 999)
EXO = {"reeve": ("DB9PR04MB8437", "eurprd04"), "harbor-fake": ("BY5PR11MB4038", "namprd11")}


def make_mid(client, who, t, exo="reeve"):
    if client == "tb": return f"<{ruuid()}@{who.dom}>"
    if client == "zimbra": return f"<{R.randint(10**8, 2 * 10**9)}.{R.randint(10**5, 10**7)}.{millis(t)}.JavaMail.zimbra@{who.dom}>"
    if client == "notes":
        d = "LocalDomain" if who.dom.startswith("sklarny") else who.dom
        return f"<OF{HX(8)}.{HX(8)}-ONC1258C{HX(2)}.{HX(8)}-C1258C{HX(2)}.{HX(8)}@{d}>"
    if client == "samsung": return f"<{lower(24)}.{millis(t)}@email.android.com>"
    if client == "yahoo": return f"<{R.randint(10**8, 2 * 10**9)}.{R.randint(10**5, 10**7)}.{millis(t)}@mail.yahoo.com>"
    if client == "proton": return f"<{base64.urlsafe_b64encode(rbytes(64)).decode()}@proton.me>"
    if client == "spark": return f"<{ruuid()}@Spark>"
    if client == "superhuman": return f"<{lower(8)}.{ruuid()}@we.are.superhuman.com>"
    if client == "gmail": return "<CA" + b64(42).replace("/", "_")[:56] + "@mail.gmail.com>"
    if client in ("macoutlook", "owa"):
        host, reg = EXO[exo]; return f"<{host}{HX(14)}{R.randint(0, 9)}@{host}.{reg}.prod.outlook.com>"
    if client == "emclient": return f"<em{ruuid()}@notebook-dp02>"
    if client == "roundcube": return f"<{hx(32)}@{who.dom}>"
    if client == "outlook16": return f"<0000{hx(2)}01db{hx(4)}${hx(8)}${hx(8)}$@{who.dom}>"
    if client == "phpmailer": return f"<{alnum(43)}@localhost.localdomain>"
    return f"<{hx(32)}@{who.dom}>"


def date_hdr(client, t):
    if client in ("yahoo",): return t.astimezone(UTC).strftime(f"%a, {t.astimezone(UTC).day} %b %Y %H:%M:%S +0000 (UTC)")
    if client in ("proton", "phpmailer"): return t.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")
    if client == "samsung": return t.strftime("%a, %d %b %Y %H:%M:%S %z")
    if client == "zimbra": return t.strftime(f"%a, {t.day} %b %Y %H:%M:%S %z (") + t.strftime("%Z") + ")"
    return t.strftime(f"%a, {t.day} %b %Y %H:%M:%S %z")


def rcv_time(t, tz=BERLIN, paren=True):
    t = t.astimezone(tz); s = t.strftime(f"%a, {t.day} %b %Y %H:%M:%S %z")
    return s + (f" ({t.strftime('%Z')})" if paren else "")


# ---------------------------------------------------------------- transport: Received path, DKIM, authentication results
def dkim(d, s, t, h):
    sig = b64(256)
    return ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};\n\ts={s}; t={int(t.timestamp())};\n\tbh={b64(32)};\n\th={h};\n\tb="
            + "\n\t ".join(sig[i:i + 70] for i in range(0, len(sig), 70)))


def pf_id(): return alnum(R.randint(12, 13), "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz")
def exim_id(): return f"1t{alnum(4)}-{alnum(6)}-{alnum(2)}"


INFRA = {  # helo/rdns, ip, dkim d, dkim s, dkim h, dmarc policy
    "zimbra-kovotvar": ("mail.kovotvar.example", "185.47.220.18", "kovotvar.example", "9B2E4D18-3A6C-11EE-8C15-7E2F1D9A0B44",
                        "Date:From:To:Message-ID:Subject:MIME-Version", "quarantine"),
    "zimbra-pedras": ("mail.pedrasdosertao.example", "177.70.102.35", "pedrasdosertao.example", "4C71F0A2-9E1B-11ED-B5D3-52D1E0F3A6C8",
                      "Date:From:To:Message-ID:Subject:MIME-Version", "none"),
    "notes-skj": ("mx.sklarny-jizera.example", "91.217.96.41", "sklarny-jizera.example", "relay2023",
                  "To:Subject:From:Date:Message-ID:MIME-Version:Content-Type", "none"),
    "notes-anadolu": ("mta.anadoludokum.example", "212.156.70.18", "anadoludokum.example", "dkim1",
                      "To:Subject:From:Date:Message-ID:MIME-Version:Content-Type", "none"),
    "cpanel-kaya": ("sh47.barindirma-host.example", "185.126.177.47", "kaya-ambalaj.example", "default",
                    "Content-Type:MIME-Version:Message-ID:References:In-Reply-To:Subject:To:From:Date:Sender:Reply-To:Cc", "none"),
    "yahoo": (None, None, "yahoo.com.br", "s2048", "Date:From:To:Subject:References:From:Subject:Reply-To", "reject"),
    "proton-norrskog": ("mail-4316.protonmail.ch", "185.70.43.16", "norrskogtra.example", "protonmail3",
                        "Date:To:From:Subject:Message-ID:Feedback-ID:From:To:Cc:Date:Subject:Reply-To:Feedback-ID:Message-ID:BIMI-Selector", "quarantine"),
    "proton-timber": ("mail-4316.protonmail.ch", "185.70.43.16", "norrskogtimber.example", "protonmail",
                      "Date:To:From:Subject:Message-ID:Feedback-ID:From:To:Cc:Date:Subject:Reply-To:Feedback-ID:Message-ID:BIMI-Selector", "none"),
    "google-fjallvind": ("mail-lf1-f47.google.com", "209.85.167.47", "fjallvind.example", "google", None, "none"),
    "google-harborline": ("mail-qt1-f172.google.com", "209.85.160.172", "harborline-marine.example", "google", None, "quarantine"),
    "google-ipe": ("mail-vk1-f181.google.com", "209.85.221.181", "contabilidadeipe.example", "google", None, "none"),
    "exo-reeve": ("EUR02-DB5-obe.outbound.protection.outlook.com", "40.107.249.105", "reeve-optics.example", "selector1", None, "quarantine"),
    "exo-harbor-fake": ("NAM12-BN8-obe.outbound.protection.outlook.com", "40.107.237.94", "harborlinemarine.example", "selector2", None, "none"),
    "exim-hanak": ("mail.autoservis-hanak.example", "93.185.102.60", "autoservis-hanak.example", "x",
                   "Content-Type:MIME-Version:Message-ID:Date:Subject:To:From:Sender:Reply-To:Cc", "none"),
    "lithium-idn": ("mx-out3.lithium-mail.example", "149.102.229.91", "xn--sklarny-jzera-cbc.example", "lm1",
                    "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", "none"),
    "demir": ("srvc42.bulut-hosting.example", "94.73.151.226", "demir-lojistik.example", "default",
              "Content-Type:MIME-Version:Message-ID:Date:Subject:To:From", "none"),
}
GOOGLE_H = "to:subject:message-id:date:from:in-reply-to:references:mime-version:from:to:cc:subject:date:message-id:reply-to"
EXO_H = "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"


SERVER_TZ = {"zimbra-kovotvar": "Europe/Prague", "zimbra-pedras": "America/Sao_Paulo", "notes-skj": "Europe/Prague",
             "notes-anadolu": "Europe/Istanbul", "cpanel-kaya": "Europe/Istanbul"}


def transport(infra, who, t, mid, origin=None, env=None):
    """Headers added on the way, newest first: acme's MX, authentication results, the sender's own hops, DKIM."""
    helo, ip, d, s, h, pol = INFRA[infra]
    stz = ZoneInfo(SERVER_TZ.get(infra, "UTC"))
    env = env or who.email
    hops, extra = [], []
    t1 = t + datetime.timedelta(seconds=R.randint(1, 3)); tmx = t1 + datetime.timedelta(seconds=R.randint(2, 6))
    if infra.startswith("zimbra"):
        tz = stz
        hops = [("Received", f"from {helo} (localhost [127.0.0.1])\n\tby {helo} (Postfix) with ESMTPS id {HX(10)}\n\tfor <{ME[1]}>; {rcv_time(t1, tz)}"),
                ("Received", f"from {helo} ([127.0.0.1])\n\tby localhost ({helo} [127.0.0.1]) (amavis, port 10032) with ESMTP\n\tid {alnum(12)}; {rcv_time(t1, tz)}"),
                ("Received", f"from {helo} (localhost [127.0.0.1])\n\tby {helo} (Postfix) with ESMTPS id {HX(10)}\n\tfor <{ME[1]}>; {rcv_time(t1, tz)}")]
        if origin:  # authenticated submission from outside instead of the web client
            hops.append(("Received", f"from [{origin}] (unknown [{origin}])\n\t(Authenticated sender: {who.email})\n\tby {helo} (Postfix) with ESMTPSA id {HX(10)}\n\tfor <{ME[1]}>; {rcv_time(t, tz)}"))
        else:
            hops.append(("Received", f"from {helo} ({helo} [{ip}])\n\tby {helo} (Postfix) with ESMTP id {HX(10)}\n\tfor <{ME[1]}>; {rcv_time(t, tz)}"))
    elif infra.startswith("notes"):
        inner = "SRV-MAIL01.skj.local ([10.0.1.20])" if infra == "notes-skj" else "DOMINO02.anadolu.local ([10.10.4.12])"
        hops = [("Received", f"from {inner}\n\tby {helo} (Postfix) with ESMTP id {HX(11)}\n\tfor <{ME[1]}>; {rcv_time(t1, stz)}")]
    elif infra == "cpanel-kaya":
        if origin == "roundcube":
            hops = [("Received", f"from localhost ([127.0.0.1]:{R.randint(40000, 60000)} helo={helo})\n\tby {helo} with esmtpa (Exim 4.97.1)\n\t"
                                 f"(envelope-from <{env}>)\n\tid {exim_id()}\n\tfor {ME[1]};\n\t{t1.astimezone(stz):%a, %d %b %Y %H:%M:%S %z}")]
        else:
            mob = f"176.88.{R.randint(30, 60)}.{R.randint(2, 250)}"
            hops = [("Received", f"from [{mob}] (port={R.randint(30000, 60000)} helo=[10.{R.randint(100, 200)}.{R.randint(0, 255)}.{R.randint(2, 250)}])\n\t"
                                 f"by {helo} with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.97.1)\n\t(envelope-from <{env}>)\n\tid {exim_id()}\n\t"
                                 f"for {ME[1]};\n\t{t1.astimezone(stz):%a, %d %b %Y %H:%M:%S %z}")]
        extra = [("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
                 ("X-AntiAbuse", f"Primary Hostname - {helo}"), ("X-AntiAbuse", f"Sender Address Domain - {who.dom}"),
                 ("X-Get-Message-Sender-Via", f"{helo}: authenticated_id: {who.email}"), ("X-Authenticated-Sender", f"{helo}: {who.email}")]
    elif infra == "yahoo":
        n_ = R.choice([21, 24, 27, 309, 312]); helo = f"sonic{n_}-{R.randint(10, 40)}.consmr.mail.gq1.yahoo.com"; ip = f"98.137.{R.randint(64, 69)}.{R.randint(2, 250)}"
        hops = [("Received", f"from sonic.gate.mail.ne1.yahoo.com by {helo} with HTTP; {t1.astimezone(UTC):%a, %d %b %Y %H:%M:%S +0000}")]
        extra = [("X-Sonic-MF", f"<{who.email}>"), ("X-Sonic-ID", ruuid()), ("X-YMail-OSG", alnum(60) + "\n " + alnum(70) + "\n " + alnum(40))]
    elif infra.startswith("proton"):
        extra = [("X-Pm-Spam-Score", "0")]
    elif infra.startswith("google"):
        lp = "PST" if t.astimezone(ZoneInfo("America/Los_Angeles")).strftime("%Z") == "PST" else "PDT"
        la = t1.astimezone(ZoneInfo("America/Los_Angeles")).strftime(f"%a, %d %b %Y %H:%M:%S %z ({lp})")
        hops = [("Received", f"by {helo} with SMTP id 2adb3069b0e04-{hx(11)}so{R.randint(10**6, 10**7)}e87.{R.randint(0, 3)}\n\tfor <{ME[1]}>; {la}")]
        extra = [("X-Gm-Message-State", "AOJu0Y" + alnum(60)), ("X-Google-Smtp-Source", "AGHT+I" + alnum(70)),
                 ("X-Received", f"by 2002:a05:6512:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(3)} with SMTP id {hx(16)}mr{R.randint(10**6, 10**7)}e87.{R.randint(1, 40)}.{millis(t) // 1000};\n\t{la}")]
        if origin:  # SMTP clients (Spark, eM Client) submit through smtp.gmail.com
            extra.append(("Received", f"from [{origin}] ({origin.replace('.', '-')}.cust.example.net [{origin}])\n\tby smtp.gmail.com with ESMTPSA id "
                                      f"{hx(16)}sm{R.randint(10**6, 10**7)}e87.{R.randint(1, 60)}.{R.randint(2025, 2025)}.{R.randint(1, 12):02d}.{R.randint(1, 28):02d}\n\t"
                                      f"for <{ME[1]}>\n\t(version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n\t{la}"))
        h = GOOGLE_H
    elif infra.startswith("exo"):
        host, reg = EXO["reeve" if infra == "exo-reeve" else "harbor-fake"]
        other = "AS8PR04MB7749" if infra == "exo-reeve" else "SA1PR11MB8352"
        v6 = ("2603:10a6:10:2e3::14", "2603:10a6:20b:29a::11") if infra == "exo-reeve" else ("2603:10b6:a03:4f1::9", "2603:10b6:806:3a0::17")
        hops = [("Received", f"from {host}.{reg}.prod.outlook.com ({v6[0]}) by\n {other}.{reg}.prod.outlook.com ({v6[1]}) with "
                             f"Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8489.12; {t1.astimezone(UTC):%a, %-d %b %Y %H:%M:%S +0000}"),
                ("Received", f"from {host}.{reg}.prod.outlook.com\n ([fe80::6b1c:2e4f:9a3d:7c21]) by {host}.{reg}.prod.outlook.com\n ([fe80::6b1c:2e4f:9a3d:7c21%4]) "
                             f"with mapi id 15.20.8489.012; {t.astimezone(UTC):%a, %-d %b %Y %H:%M:%S +0000}")]
        extra = [("ARC-Seal", f"i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={b64(60)}"),
                 ("x-ms-exchange-senderadcheck", "1"), ("x-ms-exchange-antispam-relay", "0"), ("x-ms-publictraffictype", "Email")]
        h = EXO_H
        helo_rdns = f"mail-{'db5eur02on2105' if infra == 'exo-reeve' else 'bn8nam12on2094'}.outbound.protection.outlook.com"
    elif infra == "exim-hanak":
        hops = [("Received", f"from [{origin}] (helo=DESKTOP-{HX(7)})\n\tby {helo} with esmtpa (Exim 4.96)\n\t(envelope-from <{env}>)\n\tid {exim_id()}\n\t"
                             f"for {ME[1]}; {t1.astimezone(ZoneInfo('Europe/Prague')):%a, %d %b %Y %H:%M:%S %z}")]
    elif infra == "lithium-idn":
        hops = [("Received", f"from [{origin}] (unknown [{origin}])\n\t(Authenticated sender: {env})\n\tby {helo} (Postfix) with ESMTPSA id {pf_id()}\n\t"
                             f"for <{ME[1]}>; {rcv_time(t1, UTC, False)}")]
    elif infra == "demir":
        hops = [("Received", f"from [{origin}] (port=51214 helo=BURAKPC)\n\tby {helo} with esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n\t"
                             f"(Exim 4.96.2)\n\t(envelope-from <{env}>)\n\tid {exim_id()}\n\tfor {ME[1]};\n\t{t1.astimezone(ZoneInfo('Europe/Istanbul')):%a, %d %b %Y %H:%M:%S %z}")]
    rdns = helo
    if infra.startswith("exo"): rdns = helo_rdns
    top = [("Return-Path", f"<{env}>"), ("Delivered-To", ME[1]),
           ("Received", f"from {helo} ({rdns} [{ip}])\n\tby mx1.acme-industrie.example (Postfix) with ESMTPS id {pf_id()}\n\tfor <{ME[1]}>; {rcv_time(tmx)}"),
           ("Authentication-Results", f"mx1.acme-industrie.example;\n\tdkim=pass (2048-bit key; unprotected) header.d={d} header.i=@{d} header.a=rsa-sha256 "
                                      f"header.s={s} header.b={b64(6)[:8]};\n\tdmarc=pass (p={pol} dis=none) header.from={who.dom};\n\tspf=pass "
                                      f"(mx1.acme-industrie.example: domain of {env} designates {ip} as permitted sender) smtp.mailfrom={env}")]
    return top + hops + extra + [dkim(d, s, t, h)]


def internal_transport(who, t):
    return [("Return-Path", f"<{who.email}>"), ("Delivered-To", ME[1]),
            ("Received", f"from [10.20.4.33] (unknown [10.20.4.33])\n\t(Authenticated sender: {who.email.split('@')[0]})\n\tby mail.acme-industrie.example (Postfix) "
                         f"with ESMTPSA id {pf_id()}\n\tfor <{ME[1]}>; {rcv_time(t + datetime.timedelta(seconds=2))}")]


# ---------------------------------------------------------------- building one message
pending = []  # (utc, folder, raw bytes, (message-id, label))
CLIENT_ORIGIN = {"spark": "81.236.114.52", "emclient": "189.38.92.17"}
MAILER = {"zimbra": ("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC133 (Win)/9.0.0_GA_4546)"),
          "yahoo": ("X-Mailer", "WebService/1.1.23369 YMailNorrin"), "superhuman": ("X-Mailer", "Superhuman Desktop (2025-02-27T21:14:05Z)"),
          "emclient": ("User-Agent", "eM_Client/10.1.4828.0"), "tb": ("User-Agent", "Mozilla Thunderbird"),
          "roundcube": ("User-Agent", "Roundcube Webmail/1.6.6"), "outlook16": ("X-Mailer", "Microsoft Outlook 16.0"),
          "phpmailer": ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")}


def notes_release(t): return "Release 12.0.2FP4 | October 10, 2024" if t.year >= 2025 else "Release 12.0.2FP2 | August 3, 2023"
def macol_ua(t): return "Microsoft-MacOutlook/16.94.25021624" if t.year >= 2025 else "Microsoft-MacOutlook/16.84.24041420"


def emit(folder, who, client, t, to, cc, subj, refs, plain, html, atts=(), extra=(), label=None, frm=None, mid=None, infra=None,
         origin=None, lang=None, tidx=None, base_subj="", body=None, env=None, transport_hdrs=None, ua=None, drop=()):
    lang = lang or who.lang
    m = mid or make_mid(client, who, t, exo="harbor-fake" if (infra or who.infra) == "exo-harbor-fake" else "reeve")
    mode = {"zimbra": "Q", "yahoo": "Q", "tb": "Q", "gmail": "Q", "superhuman": "Q"}.get(client, "B")
    F = ("From", frm or addr(who.name, who.email, mode, quote_ascii=client in ("zimbra", "emclient")))
    T = ("To", ", ".join(addr(n_, e, mode) for n_, e in to)) if to else None
    C = ("Cc", ", ".join(addr(n_, e, mode) for n_, e in cc)) if cc else None
    S = ("Subject", hdr_text(subj, "Q" if client in ("zimbra", "yahoo", "tb") else "B", "UTF-8"))
    D = ("Date", date_hdr(client, t)); M = ("Message-ID", m)
    IRT = ("In-Reply-To", refs[-1]) if refs else None
    REF = ("References", "\n ".join(refs)) if refs else None
    MV = ("MIME-Version", "1.0")
    # body tree as the client builds it
    if body is None:
        cte = {"zimbra": "quoted-printable", "yahoo": "quoted-printable", "proton": "quoted-printable", "spark": "quoted-printable",
               "superhuman": "quoted-printable", "gmail": "quoted-printable", "macoutlook": "quoted-printable", "owa": "quoted-printable",
               "emclient": "quoted-printable", "outlook16": "quoted-printable", "samsung": "base64", "notes": "quoted-printable"}.get(client, "8bit")
        cs = {"notes": {"cs": "ISO-8859-2", "tr": "ISO-8859-9"}.get(lang, "utf-8")}.get(client, "utf-8")
        if client == "samsung": cs = "UTF-8"
        tparams = "; format=flowed" if client in ("tb", "roundcube") else ""
        tp = part("text/plain", plain, cte, cs, tparams)
        if html is not None:
            hp = part("text/html", doc_html(client, html), "base64" if client == "notes" else cte, cs)
            body = multipart(client, "alternative", [tp, hp])
        else:
            body = tp
        if atts:
            body = multipart(client, "mixed", [body] + [attpart(client, nm, data, ct, t) for nm, data, ct in atts])
    bh, bb = body
    X = []
    if client == "tb":
        order = [M, D, MV, MAILER["tb"], S, ("Content-Language", {"cs": "cs", "pt": "pt-BR", "sv": "sv-SE", "tr": "tr"}.get(lang, "en-US")), T, C, REF, F, IRT, "CT"]
    elif client == "zimbra":
        order = [D, F, T, C, M, IRT, REF, S, MV, "CT", ("X-Originating-IP", "[10.12.0.41]" if who.dom == "kovotvar.example" else "[192.168.10.23]"),
                 MAILER["zimbra"], ("Thread-Topic", hdr_text(base_subj, "Q")), ("Thread-Index", tidx)]
    elif client == "notes":
        srv = "SRV-MAIL01/SKJ" if who.dom.startswith("sklarny") else "DOMINO02/ANADOLU"
        user = "Tomas Horak/SKJ" if who.dom.startswith("sklarny") else "Elif Sahin/ANADOLU"
        rel = notes_release(t); lt = t.strftime("%d.%m.%Y %H:%M:%S")
        order = [T, C, S, F, D, M, IRT, REF, MV, ("X-KeepSent", f"{HX(8)}:{HX(8)}-C1258C{HX(2)}:{HX(8)};\n type=4; name=$KeepSent"),
                 ("X-Mailer", f"HCL Notes {rel.split(' |')[0]}"),
                 ("X-MIMETrack", f"Serialize by Notes Client on {user}({rel}) at\n {lt},\n\tSerialize complete at {lt},\n\t"
                                 f"Serialize by Router on {srv}({rel}) at\n {lt}"), "CT"]
    elif client == "samsung":
        order = [D, S, IRT, REF, T, C, F, M, ("Importance", "normal"), ("X-Priority", "3"), MV, "CT"]
    elif client == "yahoo":
        order = [D, F, ("Reply-To", addr(who.name, who.email, "Q")), T, M, IRT, REF, S, MV, "CT", MAILER["yahoo"]]
    elif client == "proton":
        order = [D, T, F, C, S, M, IRT, REF, ("Feedback-ID", f"{R.randint(10**7, 10**8)}:user:proton"), ("X-Pm-Message-ID", hx(40)), MV, "CT"]
    elif client == "spark":
        order = [D, F, T, C, M, IRT, REF, S, ("X-Readdle-Message-ID", m[1:-1]), MV, "CT"]
    elif client in ("superhuman", "gmail"):
        order = [MV, REF, IRT, F, D, M, S, T, C] + ([MAILER["superhuman"]] if client == "superhuman" else []) + ["CT"]
    elif client in ("macoutlook", "owa"):
        cl = "en-GB" if client == "macoutlook" else "en-US"
        order = [F, T, C, S, ("Thread-Topic", hdr_text(base_subj)), ("Thread-Index", tidx), D, M, REF, IRT,
                 ("Accept-Language", f"{cl}, en-US" if cl != "en-US" else "en-US"), ("Content-Language", cl), ("X-MS-Has-Attach", "yes" if atts else ""),
                 ("X-MS-TNEF-Correlator", "")]
        if client == "macoutlook": order += [("user-agent", ua or macol_ua(t)), ("msip_labels", "")]
        order += ["CT", MV]
    elif client == "emclient":
        order = [F, T, C, S, D, ("Message-Id", m), IRT, REF, MAILER["emclient"], ("Mime-Version", "1.0"), "CT"]
    elif client == "roundcube":
        order = [MV, D, F, T, S, IRT, REF, MAILER["roundcube"], M, ("X-Sender", who.email), "CT"]
    elif client == "outlook16":
        order = [F, T, C, REF, IRT, S, D, M, MV, "CT", MAILER["outlook16"], ("Thread-Index", tidx or base64.b64encode(b"\x01" + rbytes(21)).decode()),
                 ("Content-Language", {"cs": "cs", "tr": "tr"}.get(lang, "en-us"))]
    elif client == "phpmailer":
        order = [D, T, F, S, M, IRT, REF, MAILER["phpmailer"], MV, "CT"]
    else:  # bare SMTP bot
        order = [T, S, F, D, M, IRT, REF, MV, "CT"]
    hdrs = []
    if folder == "INBOX":
        if transport_hdrs is not None: hdrs += transport_hdrs
        elif who.dom == "acme-industrie.example": hdrs += internal_transport(who, t)
        else: hdrs += transport(infra or who.infra, who, t, m, origin=origin or CLIENT_ORIGIN.get(client), env=env)
    for o in order:
        if o == "CT": hdrs += [tuple(x.split(": ", 1)) for x in bh]
        elif o: hdrs.append(o)
    hdrs = [x for x in hdrs if x[0] not in drop] + list(extra)
    raw = "\n".join(f"{k}: {v}" for k, v in hdrs) + "\n\n" + bb
    raw = raw.replace("\r\n", "\n").replace("\n", "\r\n")
    pending.append((t.astimezone(UTC), folder, raw.encode("utf-8"), (m, label)))
    return dict(m=m, name=who.name, email=who.email, when=t, to=list(to), cc=list(cc or []), subj=subj, plain=plain, html=html, client=client)


# ---------------------------------------------------------------- threads
PFX = re.compile(r"^\s*((re|aw|odp|ynt|sv|res|fwd?)\s*:\s*)+", re.I)


def reply_subj(client, lang, prev):
    if client == "tb": return prev if re.match(r"(?i)re:", prev) else "Re: " + prev
    base = PFX.sub("", prev)
    if client == "notes": return {"cs": "Odp: ", "tr": "Ynt: "}.get(lang, "Re: ") + base
    if client in ("owa", "outlook16"): return {"cs": "Odp: ", "tr": "YNT: "}.get(lang, "RE: ") + base
    return "Re: " + base


def at(s, tz):
    """'2025-03-04 09:14' in the zone tz, with seconds."""
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(second=R.randint(3, 58), tzinfo=tz if isinstance(tz, datetime.tzinfo) else ZoneInfo(tz))
    return d


def thread(partner, subj, lang, start_refs=None, cc=None):
    return dict(p=partner, base=subj, subj=None, lang=lang, refs=list(start_refs or []), last=None, cc=cc,
                tbase=b"\x01" + rbytes(21), n=0)


def say(st, who, when, text, label=None, kind=None, client=None, to=None, cc="thread", atts=(), sig=True, quote_rec="last", html_own=None,
        plain_own=None, extra=(), frm=None, infra=None, origin=None, lang=None, tz=None, subj=None, mid=None, footer=None, env=None,
        q_override=None, ua=None, transport_hdrs=None, body=None, keep=True, refs=None, drop=()):
    """One message of thread st written by who (Laura -> Sent, everyone else -> INBOX) at local time `when`."""
    client = client or who.client; lang = lang or (st["lang"] if who is laura else who.lang)
    zone = ZoneInfo(tz) if tz else who.tz
    t = at(when, zone)
    own = text + (who.sig if sig and who.sig else "")
    if footer: own += "\n\n" + footer
    q = st["last"] if quote_rec == "last" else quote_rec
    if q_override is not None: qp, qh = q_override
    elif q: qp, qh = quote(client, lang, q, zone)
    else: qp, qh = "", ""
    plain = (plain_own if plain_own is not None else own) + qp
    html = None
    if client not in ("tb", "roundcube", "phpmailer", "bot"):
        oh = html_own if html_own is not None else own_html(client, own)
        if client == "samsung" and footer:
            oh = own_html(client, text + (who.sig if sig and who.sig else "")) + ('<div dir="auto"><br></div><div id="composer_signature" dir="auto">'
                                                                                 f'<div style="font-size:85%;color:#575757" dir="auto">{H.escape(footer)}</div></div>')
        html = oh + (qh or "")
    if subj is None:
        subj = st["base"] if st["subj"] is None else reply_subj(client, lang, st["subj"])
    if to is None: to = [(st["p"].name, st["p"].email)] if who is laura else [ME]
    if cc == "thread": cc = [c for c in (st["cc"] or []) if c[1] != who.email]
    st["n"] += 1
    tidx = base64.b64encode(st["tbase"] + rbytes(5 * (st["n"] - 1))).decode()
    r = emit("Sent" if who is laura else "INBOX", who, client, t, to, cc, subj, st["refs"] if refs is None else refs, plain, html, atts=atts, extra=extra,
             label=(label, kind) if label else None, frm=frm, mid=mid, infra=infra, origin=origin, lang=lang, tidx=tidx, base_subj=st["base"],
             env=env, ua=ua, transport_hdrs=transport_hdrs, body=body, drop=drop)
    if keep:
        st["refs"].append(r["m"]); st["last"] = r; st["subj"] = subj
    return r


def test(st, who, when, text, label, kind, **kw):
    return say(st, who, when, text, label=label, kind=kind, **kw)


# ---------------------------------------------------------------- files (inert)
FIXED = (2025, 3, 3, 9, 12, 0)


def zip_of(files, encrypted=False, when=FIXED):
    bio = io.BytesIO(); z = zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED)
    for name, data in files:
        zi = zipfile.ZipInfo(name, date_time=when); zi.compress_type = zipfile.ZIP_DEFLATED; zi.external_attr = 0o644 << 16
        z.writestr(zi, data)
    z.close(); b = bytearray(bio.getvalue())
    if encrypted:  # general-purpose flag bit 0 (encrypted) in every local and central header
        for sig, off in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
            i = b.find(sig)
            while i >= 0: b[i + off] |= 1; i = b.find(sig, i + 4)
    return bytes(b)


def ascii_(s): return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
def pdf_esc(s): return ascii_(s).replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines, uris=(), encrypt=False, producer="Microsoft® Word for Microsoft 365", when="20250303091200"):
    """A small valid PDF (probegen.pdf_document) with this generator's random helpers and escaping."""
    return pdf_document(lines, hx, rbytes, pdf_esc, uris, encrypt, producer, when, zone="+01'00'")


def jpeg(k=2400):
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00\xff\xdb\x00\x43\x00" + rbytes(64)
            + b"\xff\xc0\x00\x11\x08\x0b\xb8\x0f\xa0\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01\xff\xda\x00\x0c\x03\x01\x00\x02\x11\x03\x11\x00\x3f\x00"
            + rbytes(k) + b"\xff\xd9")


def xlsx(rows):
    def cell(r, c, v):
        ref = "ABCDEFGH"[c] + str(r + 1)
        if isinstance(v, (int, float)): return f'<c r="{ref}"><v>{v}</v></c>'
        return f'<c r="{ref}" t="inlineStr"><is><t>{H.escape(v)}</t></is></c>'
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             + "".join(f'<row r="{r + 1}">' + "".join(cell(r, c, v) for c, v in enumerate(row)) + "</row>" for r, row in enumerate(rows)) + "</sheetData></worksheet>")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Fiyat Listesi 2025" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    return zip_of([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbr), ("xl/worksheets/sheet1.xml", sheet)],
                  when=(2025, 1, 28, 14, 2, 0))


def cad(stem):
    dxf = "0\nSECTION\n2\nHEADER\n9\n$ACADVER\n1\nAC1027\n0\nENDSEC\n0\nSECTION\n2\nENTITIES\n" + "".join(
        f"0\nLINE\n8\n0\n10\n{R.randint(0, 400)}.0\n20\n{R.randint(0, 300)}.0\n11\n{R.randint(0, 400)}.0\n21\n{R.randint(0, 300)}.0\n" for _ in range(40)) + "0\nENDSEC\n0\nEOF\n"
    step = (f"ISO-10303-21;\nHEADER;\nFILE_DESCRIPTION(('{stem}'),'2;1');\nFILE_NAME('{stem}.step','2025-02-03T10:41:00',(''),(''),'','','');\n"
            "FILE_SCHEMA(('AUTOMOTIVE_DESIGN { 1 0 10303 214 1 1 1 1 }'));\nENDSEC;\nDATA;\n"
            + "".join(f"#{i}=CARTESIAN_POINT('',({R.randint(0, 400)}.,{R.randint(0, 300)}.,{R.randint(0, 5)}.));\n" for i in range(1, 60)) + "ENDSEC;\nEND-ISO-10303-21;\n")
    return [(f"{stem}.dxf", dxf), (f"{stem}.step", step), (f"{stem}.pdf", pdf([stem, "Vykres / drawing", "Meritko 1:2"], producer="SOLIDWORKS 2023"))]


def rar5(inner):
    return (b"Rar!\x1a\x07\x01\x00" + rbytes(4) + b"\x0a\x01\x05\x06\x00\x05\x01\x01\x80\x80\x00" + rbytes(4) + bytes([len(inner) + 40]) + b"\x02\x03\x0b"
            + rbytes(12) + bytes([len(inner)]) + inner.encode() + b"\x0a\x03\x02" + rbytes(9000) + b"\x1dwVQ\x03\x05\x04\x00")


def sevenz(k=12000):
    return b"7z\xbc\xaf\x27\x1c\x00\x04" + rbytes(4) + (k - 32).to_bytes(8, "little") + (0x6a).to_bytes(8, "little") + rbytes(4) + rbytes(k)


def vhd():
    footer = (b"conectix" + b"\x00\x00\x00\x02" + b"\x00\x01\x00\x00" + b"\x00\x00\x00\x00\x00\x00\x02\x00" + rbytes(4) + b"win \x00\x0a\x00\x00Wi2k"
              + (8 << 20).to_bytes(8, "big") * 2 + b"\x01\x00\x10\x3f" + b"\x00\x00\x00\x03" + rbytes(4) + rbytes(16) + b"\x00")
    footer += bytes(512 - len(footer))
    return footer + bytes(1536) + b"\xeb\x52\x90NTFS    " + rbytes(400) + bytes(60000) + footer


def ics(method, organizer, attendee, partstat, summary, desc, start, end, location, stamp, uid, prodid):
    def esc(s): return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", f"METHOD:{method}", "BEGIN:VEVENT", f"CREATED:{stamp:%Y%m%dT%H%M%SZ}",
             f"LAST-MODIFIED:{stamp:%Y%m%dT%H%M%SZ}", f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}", f"UID:{uid}", f"SUMMARY:{esc(summary)}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
             f"ATTENDEE;CN={attendee[0]};PARTSTAT={partstat};ROLE=REQ-PARTICIPANT;RSVP={'TRUE' if partstat == 'NEEDS-ACTION' else 'FALSE'}:mailto:{attendee[1]}",
             f"DTSTART:{start.astimezone(UTC):%Y%m%dT%H%M%SZ}", f"DTEND:{end.astimezone(UTC):%Y%m%dT%H%M%SZ}", f"DESCRIPTION:{esc(desc)}",
             f"LOCATION:{esc(location)}", "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    out = []
    for l in lines:
        while len(l.encode()) > 75: out.append(l[:74]); l = " " + l[74:]
        out.append(l)
    return "\r\n".join(out) + "\r\n"


# ================================================================ T1 Jana: drawings exchanged as zip (G3)
T1 = thread(jana, "Konzole KV-40 – výkresy rev. B", "cs")
say(T1, jana, "2025-02-04 10:22", "Dobrý den paní Weberová,\nv příloze posílám výkresovou dokumentaci ke konzoli KV-40 v revizi B (DXF, PDF a STEP). Oproti revizi A "
    "jsme upravili ohyb na 92° a přidali dva otvory ø 9 mm pro kotvení.\nProsím o kontrolu a schválení.",
    atts=[("KV-40_vykresy_revB.zip", zip_of(cad("KV-40_revB"), when=(2025, 2, 4, 9, 58, 0)), "application/zip")])
say(T1, laura, "2025-02-04 14:05", "Dobrý den paní Dvořáková,\nděkuji za podklady. Ohyb 92° je v pořádku, ale otvory potřebujeme ø 11 mm pro šrouby M10. "
    "Můžete to prosím upravit?\nS pozdravem\nLaura Weber")
say(T1, jana, "2025-02-05 08:47", "Dobrý den,\nano, otvory ø 11 mm nejsou problém. Upravený výkres pošlu do konce příštího týdne jako revizi C.\n"
    "Máte zájem i o vzorek z nové revize, nebo stačí výkres?")
say(T1, laura, "2025-02-05 09:30", "Stačí výkres, vzorek až z první série. Děkuji!\nLaura Weber")
say(T1, jana, "2025-02-10 13:16", "Dobrý den,\nještě dotaz od našeho technologa: zůstává povrchová úprava žárový zinek, nebo chcete práškový lak RAL 7035?")
say(T1, laura, "2025-02-10 15:41", "Žárový zinek, stejně jako u série KV-30.\nLaura")
test(T1, jana, "2025-02-13 11:04", "Dobrý den paní Weberová,\nv příloze revize C konzole KV-40 – otvory jsou nově ø 11 mm, ohyb 92° beze změny, povrch žárový zinek. "
     "Balíček obsahuje opět DXF, PDF a STEP.\nPokud bude vše v pořádku, můžeme výrobu první série zahájit v 11. týdnu.", "genuine", "genuine-hard",
     atts=[("KV-40_vykresy_revC.zip", zip_of(cad("KV-40_revC"), when=(2025, 2, 13, 10, 40, 0)), "application/zip")])

# ================================================================ T2 Jana: order, dispatch note (G27), then A1
T2 = thread(jana, "Objednávka 2025-0147 – plechové díly", "cs")
say(T2, laura, "2025-02-17 09:12", "Dobrý den paní Dvořáková,\nv příloze posílám objednávku 2025-0147: 400 ks držáků DR-12 a 250 ks krytů KR-5 podle platných "
    "výkresů. Požadovaný termín dodání je 10. týden.\nS pozdravem\nLaura Weber",
    atts=[("Objednavka_2025-0147.pdf", pdf(["ACME Industrie GmbH", "Objednavka 2025-0147", "400 ks DR-12, 250 ks KR-5", "Termin: KW 10"]), "application/pdf")])
say(T2, jana, "2025-02-17 13:55", "Dobrý den,\nděkujeme za objednávku. Termín v 10. týdnu potvrzujeme, potvrzení objednávky OP25-0388 posílám v příloze.",
    atts=[("Potvrzeni_objednavky_OP25-0388.pdf", pdf(["KOVOTVAR Olomouc s.r.o.", "Potvrzeni objednavky OP25-0388", "k objednavce 2025-0147"], producer="Helios Green"), "application/pdf")])
say(T2, laura, "2025-02-18 08:20", "Děkuji. Prosím o zaslání dodacího listu předem e-mailem, náš sklad si chce naplánovat vykládku.\nLaura")
say(T2, jana, "2025-02-18 09:02", "Samozřejmě, dodací list pošlu v den expedice.")
test(T2, jana, "2025-03-05 14:37", "Dobrý den paní Weberová,\ndíly k objednávce 2025-0147 expedujeme ve čtvrtek 6. 3. – 2 palety, celkem 612 kg, dopravce "
     "Toptrans. Dodací list DL25-0412 je v příloze, vykládka u Vás v pondělí dopoledne.", "genuine", "genuine-reply",
     atts=[("DL25-0412.pdf", pdf(["Dodaci list DL25-0412", "Objednavka 2025-0147", "2 palety, 612 kg"], producer="Helios Green"), "application/pdf")])
say(T2, laura, "2025-03-05 16:10", "Děkuji, sklad je informován.\nLaura")
test(T2, jana, "2025-03-11 06:41", "Dobrý den,\nv příloze zasílám revidované dokumenty k objednávce, heslo: 4417\nS pozdravem", "hijack", "server-hijack", sig=False,
     atts=[("Dokumenty_2025-0147.zip", zip_of([("Dokumenty_2025-0147.wsf", '<job id="d"><script language="JScript">/* inert probe payload */ var d = 0;</script></job>\n')],
                                              encrypted=True, when=(2025, 3, 11, 6, 30, 0)), "application/zip")])

# ================================================================ T3 Jana: complaint, "Děkuji, přijato." (G11), then A11 display-name spoof
T3 = thread(jana, "Reklamace – dodávka DL25-0215", "cs")
say(T3, laura, "2025-03-18 10:05", "Dobrý den paní Dvořáková,\nu dodávky DL25-0215 jsme našli 14 ks držáků DR-12 s otřepy na hranách po laseru. Fotky jsou "
    "v příloze. Prosím o vyjádření, jak budeme postupovat.\nS pozdravem\nLaura Weber",
    atts=[("DR-12_otrepy_1.jpg", jpeg(), "image/jpeg"), ("DR-12_otrepy_2.jpg", jpeg(), "image/jpeg")])
say(T3, jana, "2025-03-18 13:29", "Dobrý den,\nomlouváme se, fotky jsem předala oddělení kvality. Navrhujeme dodat 14 ks náhradou s příští dodávkou, "
    "vadné kusy si vyzvedne náš řidič.")
say(T3, laura, "2025-03-18 14:02", "Souhlasím, děkuji. Vadné kusy jsou připravené na rampě 2.\nLaura")
say(T3, jana, "2025-03-20 09:44", "Dobrý den,\nprotokol o reklamaci R25-031 posílám v příloze k podpisu.",
    atts=[("Reklamacni_protokol_R25-031.pdf", pdf(["Reklamacni protokol R25-031", "DR-12, 14 ks, otrepy"], producer="Helios Green"), "application/pdf")])
say(T3, laura, "2025-03-21 11:17", "Dobrý den,\npodepsaný protokol je v příloze.\nLaura Weber",
    atts=[("R25-031_podepsano.pdf", pdf(["Reklamacni protokol R25-031", "podepsano: L. Weber"], producer="Canon iR-ADV C5840"), "application/pdf")])
jana_seen = T3["last"]; refs_jana_seen = list(T3["refs"])
test(T3, jana, "2025-03-21 11:52", "Děkuji, přijato.\n\nJana Dvořáková", "genuine", "genuine-reply", sig=False)
spoof_jana = Pt("Jana Dvořáková <jana.dvorakova@kovotvar.example>", "office@autoservis-hanak.example", "bot", "Europe/Prague", "cs", "exim-hanak")
tq = jana_seen["when"].astimezone(ZoneInfo("Europe/Prague"))
test(T3, spoof_jana, "2025-03-27 07:18", "Dobrý den,\nv příloze posílám doplněné podklady k reklamaci R25-031.\nProsím o kontrolu.\nDěkuji\nJana Dvořáková",
     "hijack", "display-name-spoof", sig=False, origin="41.216.188.77", subj="Re: Reklamace – dodávka DL25-0215", refs=refs_jana_seen,
     q_override=(f"\n\nDne {tq:%d.%m.%Y} v {tq:%H:%M} Laura Weber napsal(a):\n" + gt(jana_seen["plain"]), None),
     atts=[("Reklamace_R25-031_podklady.zip", zip_of([("Reklamace_R25-031_podklady.vhd", vhd())], when=(2025, 3, 27, 6, 55, 0)), "application/zip")])

# ================================================================ T4 Tomáš: orphan reply-all to a colleague's enquiry (G14), follow-up (G28)
martin = ("Martin Kubíček", "martin.kubicek@acme-industrie.example")
martin_mid = f"<{ruuid()}@acme-industrie.example>"
T4 = thread(tomas, "Poptávka – průhledítka BORO 3.3", "cs", start_refs=[martin_mid], cc=[martin])
T4["subj"] = "Poptávka – průhledítka BORO 3.3"
martin_msg = dict(m=martin_mid, name=martin[0], email=martin[1], when=at("2025-02-10 15:32", BERLIN), to=[(tomas.name, tomas.email)], cc=[],
                  subj="Poptávka – průhledítka BORO 3.3", html=None,
                  plain="Dobrý den pane Horáku,\nprosím o nabídku na 120 ks průhledítek ø 80 × 12 mm z borosilikátového skla 3.3, leštěných. Objednávku "
                        "bude vystavovat moje kolegyně Laura Weber z nákupu.\nDěkuji a zdravím\nMartin Kubíček\nACME Industrie GmbH – konstrukce")
test(T4, tomas, "2025-02-12 10:48", "Dobrý den pane Kubíčku,\nděkuji za poptávku. Průhledítka z borosilikátového skla 3.3, ø 80 × 12 mm, leštěná, v množství "
     "120 ks Vám můžeme nabídnout za 14,60 EUR/ks, dodací lhůta 5 týdnů. Nabídku N-25-0087 posílám v příloze.\nPaní Weberovou dávám do kopie, "
     "jak jste psal, že objednávky vyřizuje ona.", "genuine", "genuine-orphan", quote_rec=martin_msg, to=[martin], cc=[(laura.name, laura.email)],
     atts=[("Nabidka_N-25-0087.pdf", pdf(["Sklarny Jizera a.s.", "Nabidka N-25-0087", "Pruhledítka BORO 3.3, 80 x 12 mm, 120 ks, 14,60 EUR/ks"]), "application/pdf")])
say(T4, laura, "2025-02-12 14:26", "Dobrý den pane Horáku,\nděkuji, nabídka je v pořádku. Objednávku 2025-0163 posílám v příloze.\nS pozdravem\nLaura Weber",
    cc=[martin], atts=[("Objednavka_2025-0163.pdf", pdf(["ACME Industrie GmbH", "Objednavka 2025-0163", "120 ks pruhleditka BORO 3.3"]), "application/pdf")])
say(T4, tomas, "2025-02-13 08:15", "Dobrý den paní Weberová,\nděkuji, objednávku potvrzuji, expedice v 11. týdnu.", cc=[martin])
say(T4, laura, "2025-02-13 09:03", "Děkuji. Můžete prosím průhledítka balit po 10 ks do samostatných krabic? Jdou rovnou na montážní linku.\nLaura", cc=[martin])
test(T4, tomas, "2025-02-13 12:40", "Dobrý den,\nano, zabalíme je po 10 kusech do kartonů s pěnovými proložkami, celkem 12 kartonů na jedné paletě. Každý karton "
     "bude označený číslem Vaší objednávky.", "genuine", "genuine-reply", cc=[martin])

# ================================================================ T5 Tomáš: invoice thread, then A9 (IDN look-alike, new IBAN)
T5 = thread(tomas, "Faktura 2025/0311 – průhledítka", "cs")
say(T5, tomas, "2025-03-20 09:31", "Dobrý den paní Weberová,\nv příloze zasílám fakturu 2025/0311 za dodávku průhledítek (120 ks, 1 752,00 EUR), splatnost "
    "30 dní. Platbu prosím na náš účet u ČSOB uvedený na faktuře.",
    atts=[("Faktura_2025-0311.pdf", pdf(["Sklarny Jizera a.s.", "Faktura 2025/0311", "Celkem 1 752,00 EUR", "CSOB, IBAN CZ41 0300 0000 0001 7842 0917"]), "application/pdf")])
say(T5, laura, "2025-03-20 11:02", "Dobrý den pane Horáku,\nfaktura je přijatá a půjde do platby 18. 4.\nLaura Weber")
say(T5, tomas, "2025-03-20 11:40", "Děkuji za informaci.")
say(T5, laura, "2025-03-24 10:15", "Ještě dotaz: na faktuře chybí číslo naší objednávky 2025-0163, můžete ho prosím doplnit? Naše účtárna ho vyžaduje.\nLaura")
say(T5, tomas, "2025-03-24 13:07", "Omlouvám se, opravená faktura s číslem objednávky je v příloze.",
    atts=[("Faktura_2025-0311_oprava.pdf", pdf(["Sklarny Jizera a.s.", "Faktura 2025/0311 (oprava)", "Vase objednavka 2025-0163", "Celkem 1 752,00 EUR"]), "application/pdf")])
say(T5, laura, "2025-03-24 14:30", "Děkuji, teď je to v pořádku.\nLaura")


def iban(country, bban):
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(num) % 97:02d}{bban}"


new_iban = iban("CZ", "2010" + "000000" + "2402937715")
idn = Pt("Tomáš Horák", "tomas.horak@xn--sklarny-jzera-cbc.example", "outlook16", "Europe/Prague", "cs", "lithium-idn")
test(T5, idn, "2025-04-08 10:26", "Dobrý den paní Weberová,\nk faktuře 2025/0311: z důvodu změny banky od tohoto měsíce již nepřijímáme platby na účet u ČSOB. "
     "Prosím proveďte platbu 1 752,00 EUR na náš nový účet:\n\nBanka: Fio banka, a.s.\nIBAN: " + " ".join(re.findall(".{1,4}", new_iban))
     + "\nBIC: FIOBCZPPXXX\n\nPotvrďte mi prosím e-mailem, že jste údaje ve svém systému změnili. Oficiální dopis s razítkem Vám pošleme poštou."
     + tomas.sig, "hijack", "lookalike-domain", sig=False, origin="5.252.178.40")

# ================================================================ T6 Tomáš 2024, revived after 13 months (G5)
T6 = thread(tomas, "Trubice BORO 3.3 ø 22 × 1,8 mm – nabídka", "cs")
say(T6, laura, "2024-01-22 10:40", "Dobrý den pane Horáku,\nprosím o nabídku na trubice z borosilikátového skla 3.3, ø 22 × 1,8 mm, délka 1 500 mm, cca 3 000 ks "
    "ročně, odběry po 500 ks.\nS pozdravem\nLaura Weber")
say(T6, tomas, "2024-01-24 14:12", "Dobrý den paní Weberová,\nnabídka N-24-0019 je v příloze: 3,85 EUR/ks při odběru 500 ks, dodací lhůta 4 týdny od objednávky.",
    atts=[("Nabidka_N-24-0019.pdf", pdf(["Sklarny Jizera a.s.", "Nabidka N-24-0019", "Trubice BORO 3.3, 22 x 1,8 x 1500 mm", "3,85 EUR/ks"], when="20240124141000"), "application/pdf")])
say(T6, laura, "2024-02-06 09:55", "Děkuji. Náš zákazník projekt bohužel odložil na příští rok, ozvu se, až bude jasno.\nLaura")
say(T6, tomas, "2024-02-06 11:20", "Rozumím, děkuji za informaci. Nabídka platí do konce června, potom ji rádi aktualizujeme.")
test(T6, tomas, "2025-03-03 09:08", "Dobrý den paní Weberová,\nnavazuji na naši loňskou korespondenci k trubicím BORO 3.3 ø 22 × 1,8 mm (nabídka N-24-0019). "
     "V květnu plánujeme výrobní kampaň tohoto rozměru – je projekt Vašeho zákazníka letos aktuální? Cena by kvůli nákladům na energie vzrostla "
     "zhruba o 6 %, dodací lhůta zůstává 4 týdny.\nBudu rád za krátkou zprávu.", "genuine", "genuine-hard")

# ================================================================ T7 Elif: Notes, once from her Samsung phone at a fair (G1)
T7 = thread(elif_, "Pik döküm pompa gövdesi – sipariş 25/0342", "tr")
say(T7, elif_, "2025-02-10 10:35", "Sayın Laura Hanım,\n25/0342 numaralı siparişinizi aldık: 180 adet GG25 pompa gövdesi, çizim PG-65 rev. D. Sipariş onayını "
    "ekte bulabilirsiniz. Termin 14. hafta.",
    atts=[("Siparis_Onayi_25-0342.pdf", pdf(["Anadolu Dokum A.S.", "Siparis Onayi 25/0342", "180 adet GG25 pompa govdesi PG-65 rev. D"], producer="SAP NetWeaver 7.50"), "application/pdf")])
say(T7, laura, "2025-02-10 13:20", "Merhaba Elif Hanım,\nonay için teşekkürler. İlk 20 adedin ilk numune kontrolü (FAI) için ayrıca gönderilmesi mümkün mü?\n"
    "Saygılarımla\nLaura Weber")
say(T7, elif_, "2025-02-11 09:12", "Laura Hanım,\nevet, ilk 20 adet 11. haftada hava kargo ile gönderilebilir. Ölçü raporları da ekte olacak.")
say(T7, laura, "2025-02-11 10:05", "Çok iyi, teşekkürler. Hava kargo masrafını biz karşılıyoruz, lütfen DHL hesap numaramızı kullanın: 965 412 883.\nLaura")
say(T7, elif_, "2025-02-11 12:48", "Not aldım, DHL hesabınızla göndereceğiz.")
say(T7, laura, "2025-03-19 15:30", "Merhaba Elif Hanım,\nnumuneler geldi, ölçüler uygun. Seri üretime başlayabilirsiniz.\nLaura")
test(T7, elif_, "2025-03-19 19:42", "Laura Hanım merhaba, harika haber, teşekkürler! Seri üretimi pazartesi başlatıyoruz, termin 14. hafta olarak kalıyor. "
     "Şu an Hannover'deki fuardayım, detayları ofise dönünce yazarım.", "genuine", "genuine-hard", client="samsung", sig=False,
     footer=SAMSUNG_FOOTER["tr"], mid=f"<{lower(24)}.{millis(at('2025-03-19 19:42', 'Europe/Istanbul'))}@email.android.com>")

# ================================================================ T8 Elif: drawing revision (G33), then A2 (English, .rar)
T8 = thread(elif_, "Alüminyum enjeksiyon kapak AK-80 – teklif", "tr")
say(T8, laura, "2025-03-17 09:40", "Merhaba Elif Hanım,\nAK-80 alüminyum kapak için yıllık 2.400 adet üzerinden teklifinizi rica ederim. Çizimi ekte gönderiyorum.\n"
    "Saygılarımla\nLaura Weber", atts=[("AK-80_cizim.pdf", pdf(["ACME Industrie GmbH", "AK-80 Deckel / kapak", "EN AC-46000"], producer="SOLIDWORKS 2023"), "application/pdf")])
say(T8, elif_, "2025-03-17 14:18", "Laura Hanım merhaba,\nçizimi aldık, mühendislik ekibimiz inceliyor. Kalıp maliyeti ve birim fiyat için önümüzdeki hafta dönüş yapacağım.")
say(T8, laura, "2025-03-17 15:01", "Teşekkürler, bekliyorum.\nLaura")
say(T8, elif_, "2025-03-25 11:26", "Laura Hanım,\nteklifimiz ekte: kalıp 6.800 EUR, birim fiyat 4,15 EUR (EN AC-46000), ilk numuneler kalıp onayından 8 hafta sonra.",
    atts=[("Teklif_AK-80_2025-071.pdf", pdf(["Anadolu Dokum A.S.", "Teklif 2025-071", "AK-80: kalip 6.800 EUR, birim 4,15 EUR"], producer="SAP NetWeaver 7.50"), "application/pdf")])
say(T8, laura, "2025-03-26 10:12", "Teklif için teşekkürler. Köşedeki 2 mm radyüsü 1 mm'ye düşürmek fiyatı etkiler mi?\nLaura")
test(T8, elif_, "2025-03-27 09:55", "Laura Hanım,\nradyüsün 1 mm'ye düşürülmesi fiyatı etkilemiyor, sadece kalıpta küçük bir revizyon gerekiyor. Güncellenmiş "
     "teknik resmi (rev. B) ekte bulabilirsiniz.", "genuine", "genuine-reply",
     atts=[("AK-80_teknik_resim_revB.pdf", pdf(["Anadolu Dokum A.S.", "AK-80 teknik resim rev. B", "R1"], producer="SOLIDWORKS 2022"), "application/pdf")])
say(T8, laura, "2025-03-27 11:30", "Teşekkürler, rev. B bizim için uygun. Siparişi önümüzdeki hafta veriyoruz.\nLaura")
test(T8, elif_, "2025-04-01 05:47", "Hello,\n\nPlease review the attached document and revert with your confirmation at the earliest.\n\nBest Regards", "hijack",
     "server-hijack", sig=False, atts=[("AK-80_Revize_Teklif.rar", rar5("AK-80_Revize_Teklif.vbs"), "application/x-rar-compressed")])

# ================================================================ T9 Elif: price list as .xlsx (G21)
T9 = thread(elif_, "2025 fiyat listesi", "tr")
say(T9, laura, "2025-01-13 10:10", "Merhaba Elif Hanım,\n2025 için güncel fiyat listenizi gönderebilir misiniz? Bütçe planlamamız için gerekli.\nSaygılarımla\nLaura Weber")
say(T9, elif_, "2025-01-13 15:33", "Laura Hanım merhaba,\nfiyat listesi hazırlanıyor; hurda ve enerji fiyatları netleşince ay sonuna kadar göndereceğim.")
say(T9, laura, "2025-01-14 08:45", "Teşekkürler, ay sonu uygun.\nLaura")
test(T9, elif_, "2025-01-29 14:06", "Laura Hanım,\n2025 fiyat listemiz ekte. GG25 parçalarda ortalama %3,5 artış var; alüminyum parçalar 2024 seviyesinde kalıyor. "
     "Fiyatlar 1 Şubat'tan itibaren geçerli.", "genuine", "genuine-reply",
     atts=[("Anadolu_Dokum_Fiyat_Listesi_2025.xlsx", xlsx([["Parça", "Malzeme", "Birim fiyat EUR"], ["PG-65 pompa gövdesi", "GG25", 38.9],
                                                           ["PG-80 pompa gövdesi", "GG25", 46.2], ["AK-60 kapak", "EN AC-46000", 3.6]]),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])

# ================================================================ T10 Murat (Samsung): answers in German when Laura's German colleague joins (G7)
T10 = thread(murat, "Koli ölçüleri – 60x40x40 oluklu koli", "tr")
say(T10, murat, "2025-02-24 11:20", "Merhaba Laura Hanım,\nistediğiniz 60x40x40 çift oluklu koli için numune hazır. Yarın kargoya veriyorum, takip numarası: "
    "7284 1150 3392.", footer=SAMSUNG_FOOTER["tr"])
T10["cc"] = [(jonas.name, jonas.email)]
say(T10, laura, "2025-02-24 13:02", "Merhaba Murat Bey,\nteşekkürler. Depo sorumlumuz Jonas Keller'i bilgiye ekliyorum, numuneleri o test edecek. Kendisi Türkçe "
    "bilmiyor, ona Almanca ya da İngilizce yazmak daha iyi olur.\nSaygılarımla\nLaura Weber")
say(T10, murat, "2025-02-24 15:40", "Tamam Laura Hanım, not aldım.", footer=SAMSUNG_FOOTER["tr"])
say(T10, laura, "2025-02-27 09:15", "Numune geldi, Jonas yük testini yarın yapacak.\nLaura")
say(T10, jonas, "2025-02-28 14:50", "Hallo Herr Kaya,\nder Stapeltest mit 4 Lagen war in Ordnung, aber die Klebelasche löst sich bei 85 % Luftfeuchte. "
    "Können Sie einen anderen Leim verwenden?\nViele Grüße\nJonas Keller\nLager & Logistik, ACME Industrie GmbH",
    to=[(murat.name, murat.email)], cc=[(laura.name, laura.email)], lang="de")
test(T10, murat, "2025-02-28 17:26", "Hallo Herr Keller, hallo Laura,\nich antworte auf Deutsch, ich habe einige Jahre in Stuttgart gearbeitet. Danke für den Test! "
     "Wir stellen für Ihre Kartons auf wasserfesten Leim um (Stärkeleim mit Harzzusatz), die neuen Muster schicke ich nächste Woche.\n"
     "Viele Grüße\nMurat Kaya", "genuine", "genuine-hard", to=[(jonas.name, jonas.email)], cc=[(laura.name, laura.email)], footer=SAMSUNG_FOOTER["tr"])

# ================================================================ T11 Murat: invoice, "Teşekkürler" (G25), then A12 (Roundcube takeover)
T11 = thread(murat, "Fatura KYA2025000118 – koli siparişi", "tr")
say(T11, murat, "2025-03-24 10:05", "Merhaba Laura Hanım,\n1.200 adet koli için e-faturamız (KYA2025000118) ekte. Mal yarın yola çıkıyor.",
    footer=SAMSUNG_FOOTER["tr"], atts=[("KYA2025000118.pdf", pdf(["Kaya Ambalaj", "e-Fatura KYA2025000118", "1.200 adet koli 60x40x40"], producer="GIB e-Arsiv"), "application/pdf")])
say(T11, laura, "2025-03-24 11:40", "Merhaba Murat Bey,\nfatura elimize ulaştı, teşekkürler. Ödeme vadesi bildiğiniz gibi 45 gün.\nLaura")
say(T11, murat, "2025-03-25 14:31", "Tabii, sorun yok. CMR belgesinin fotoğrafını da gönderiyorum.", footer=SAMSUNG_FOOTER["tr"],
    atts=[("20250325_143012.jpg", jpeg(3000), "image/jpeg")])
say(T11, laura, "2025-04-04 09:20", "Merhaba Murat Bey,\nmallar bugün geldi, hepsi tam.\nLaura")
laura_goods = T11["last"]
test(T11, murat, "2025-04-04 12:03", "Teşekkürler Laura Hanım, iyi çalışmalar.", "genuine", "genuine-reply", footer=SAMSUNG_FOOTER["tr"])
test(T11, murat, "2025-04-16 01:12", "Merhaba,\n\nFatura ve irsaliyenin güncel halini aşağıdaki bağlantıdan indirebilirsiniz, dosya boyutu büyük olduğu için ek "
     "olarak gönderemedim:\n\nhttps://github.com/user-attachments/files/19284417/Fatura_Irsaliye_KYA2025000118.zip\n\nİyi çalışmalar", "hijack",
     "account-takeover", client="roundcube", tz="UTC", origin="roundcube", quote_rec=laura_goods)

# ================================================================ T12 Thiago (Zimbra): Drive folder used before, second Drive folder (G4)
T12 = thread(thiago, "Chapas de granito Preto São Gabriel – fotos do lote", "pt")
say(T12, thiago, "2025-02-05 09:14", "Olá Laura, bom dia!\nConforme combinado, as fotos das chapas do lote 24 (granito Preto São Gabriel, 3 cm, polido) estão "
    "nesta pasta do Google Drive:\nhttps://drive.google.com/drive/folders/1h7XcQpL0aZrT5vKm9sWd2EyBn4Ju6Fo3?usp=sharing\nSão 18 chapas, as medidas "
    "estão na planilha dentro da pasta.")
say(T12, laura, "2025-02-05 15:20", "Olá Thiago,\nobrigada! As chapas 7 a 12 têm a cor mais uniforme, vamos ficar com essas seis.\nAbraços\nLaura")
say(T12, thiago, "2025-02-05 14:02", "Perfeito, chapas 7 a 12 reservadas para vocês. O corte das bases (1200 x 800 mm) fica pronto em três semanas.")
say(T12, laura, "2025-02-06 09:10", "Ótimo. Vocês conseguem mandar o certificado de planicidade junto com as bases?\nLaura")
say(T12, thiago, "2025-02-06 08:45", "Sim, o certificado de planicidade (grau 00, DIN 876) vai junto com cada base.")
say(T12, laura, "2025-02-06 14:00", "Obrigada! Quando tiverem o lote seguinte, por favor nos avisem.\nLaura")
test(T12, thiago, "2025-03-12 10:31", "Olá Laura,\nchegou o lote 27 do Preto São Gabriel. Subi as fotos na mesma pasta, subpasta \"Lote 27\":\n"
     "https://drive.google.com/drive/folders/1pL4mN8qR2sT6vW0xY3zA5bC7dE9fG1hJ?usp=drive_link\nAs chapas 3, 5 e 9 são as mais parecidas com as que "
     "vocês escolheram da última vez.", "genuine", "genuine-hard")

# ================================================================ T13 Thiago: order, out-of-office (G12), then A13 on Sunday night
T13 = thread(thiago, "Pedido 0583 – bases de granito", "pt")
say(T13, laura, "2025-02-26 10:05", "Olá Thiago,\nsegue o nosso pedido 0583: 4 bases de granito Preto São Gabriel 1500 x 1000 x 200 mm, grau 00, com 12 insertos "
    "roscados M12 conforme desenho.\nAbraços\nLaura Weber",
    atts=[("Pedido_0583.pdf", pdf(["ACME Industrie GmbH", "Pedido / Bestellung 0583", "4 bases 1500 x 1000 x 200 mm, grau 00"]), "application/pdf")])
say(T13, thiago, "2025-02-26 09:40", "Olá Laura,\npedido recebido, obrigado! Prazo de produção: 5 semanas. Vou confirmar a posição dos insertos com a engenharia.")
say(T13, laura, "2025-02-27 08:30", "Obrigada. O desenho atualizado com os insertos está em anexo.\nLaura",
    atts=[("Base_1500x1000_insertos_revB.pdf", pdf(["Base 1500 x 1000", "12 x M12 insertos", "rev. B"], producer="SOLIDWORKS 2023"), "application/pdf")])
say(T13, thiago, "2025-02-27 11:12", "Recebido. A engenharia confirmou tudo, a produção começa segunda-feira.")
say(T13, laura, "2025-03-10 13:40", "Thiago, só uma pergunta: vocês podem embalar as bases em caixas de madeira tratada (ISPM 15)?\nLaura")
laura_ispm = T13["last"]
test(T13, thiago, "2025-03-10 09:41", "Olá,\n\nestou em férias até 24/03/2025, com acesso limitado ao e-mail.\nPara assuntos urgentes de exportação, por favor "
     "contate Renata Campos: renata.campos@pedrasdosertao.example / +55 28 3521-5541.\n\nObrigado,\nThiago Souza", "genuine", "genuine-hard", sig=False,
     subj="Re: Pedido 0583 – bases de granito", quote_rec=None, keep=False,
     body=part("text/plain", "Olá,\n\nestou em férias até 24/03/2025, com acesso limitado ao e-mail.\nPara assuntos urgentes de exportação, por favor contate "
               "Renata Campos: renata.campos@pedrasdosertao.example / +55 28 3521-5541.\n\nObrigado,\nThiago Souza", "8bit"),
     extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)")], drop=("X-Mailer", "X-Originating-IP", "Thread-Topic", "Thread-Index"))
test(T13, thiago, "2025-03-16 03:12", "Bom dia,\nsegue em anexo o arquivo solicitado.\nAtenciosamente", "hijack", "server-hijack", sig=False,
     atts=[("Pedido_0583_documentos.zip", zip_of([("Pedido_0583_documentos.js", "// inert probe payload\nvar pedido = 583;\n")], when=(2025, 3, 16, 2, 58, 0)),
            "application/zip")])

# ================================================================ T14 Thiago: shipping, booking (G29), then A3 (takeover, PHP mailer, Dropbox)
T14 = thread(thiago, "Embarque container – porto de Vitória", "pt")
say(T14, thiago, "2025-04-01 10:20", "Olá Laura,\nas 4 bases do pedido 0583 estão prontas e embaladas em caixas ISPM 15. Estamos reservando espaço no navio saindo "
    "de Vitória; o agente de carga é a Capixaba Cargo.")
say(T14, laura, "2025-04-01 16:05", "Ótimo, obrigada! Nosso despachante em Hamburgo é a Elbe Zollservice, vou passar os dados do booking para eles.\nLaura")
say(T14, thiago, "2025-04-01 13:30", "Combinado. Te mando o booking assim que estiver confirmado.")
say(T14, laura, "2025-04-02 08:50", "Obrigada, Thiago.\nLaura")
test(T14, thiago, "2025-04-08 15:44", "Olá Laura,\nbooking confirmado: navio MSC Elodie, viagem 2516N, saída de Vitória em 15/04, chegada prevista em Hamburgo "
     "em 08/05. Container 20' DRY, peso bruto 9.860 kg. O draft do BL segue nos próximos dias.", "genuine", "genuine-reply")
say(T14, laura, "2025-04-09 09:05", "Perfeito, repassei ao despachante.\nLaura")
php = Pt(thiago.name, thiago.email, "phpmailer", "UTC", "pt", "zimbra-pedras")
test(T14, php, "2025-04-11 02:37", "Olá,\nsegue o draft do BL e a fatura comercial para conferência, o arquivo ficou grande e subi no Dropbox:\n"
     "https://www.dropbox.com/scl/fi/7kq2vx9d3m1wz8r4t6y0p/Draft_BL_Fatura_0583.zip?rlkey=h3n8w1q5z7x2c4v6b9m0k&dl=1\nQualquer dúvida estou à disposição.",
     "hijack", "account-takeover", sig=False, origin="45.153.34.17")

# ================================================================ T15 Fernanda (Yahoo): NF-e as DANFE + XML with a two-line text (G22)
T15 = thread(fernanda, "Pedido 318 – bolsas de couro com logo", "pt")
say(T15, laura, "2025-02-03 10:30", "Olá Fernanda,\ngostaríamos de encomendar 60 bolsas tiracolo de couro (modelo Franca, cor caramelo) com o logo da ACME gravado "
    "em baixo-relevo, para a feira de Hannover. Seria possível entregar até 20/03?\nAbraços\nLaura Weber")
say(T15, fernanda, "2025-02-03 09:12", "Oi Laura, tudo bem?\nConsigo sim! 60 bolsas modelo Franca caramelo com gravação: R$ 289,00 cada, total R$ 17.340,00. "
    "Preciso do logo em vetor (.ai ou .pdf) para fazer o clichê.\nBeijos\nFernanda")
say(T15, laura, "2025-02-03 15:02", "Oi Fernanda,\nfechado! O logo em PDF vetorial está em anexo. Pode considerar como pedido 318.\nLaura",
    atts=[("ACME_logo_vetor.pdf", pdf(["ACME"], producer="Adobe Illustrator 28.2"), "application/pdf")])
say(T15, fernanda, "2025-02-04 08:05", "Recebido! Vou mandar a foto da primeira bolsa gravada para vocês aprovarem antes de fazer o resto.\nBjs")
say(T15, fernanda, "2025-02-19 16:12", "Laura, olha aí a primeira! O que acha?\nFernanda", atts=[("IMG_20250219_161205.jpg", jpeg(3600), "image/jpeg")])
say(T15, laura, "2025-02-20 09:15", "Ficou linda! Aprovado, pode seguir com as 60.\nLaura")
test(T15, fernanda, "2025-03-06 17:48", "Oi Laura!\nSegue a nota fiscal do pedido 318 (DANFE e XML). A transportadora coleta amanhã cedo e leva para o agente "
     "de carga em Guarulhos.\nBeijos\nFernanda", "genuine", "genuine-hard",
     atts=[("NF-e_000318.pdf", pdf(["DANFE - Documento Auxiliar da Nota Fiscal Eletronica", "No. 000.000.318 Serie 001", "COUROS LIMA ARTEFATOS DE COURO LTDA",
                                      "Valor total: R$ 17.340,00"], producer="Emissor NF-e Sebrae 4.0"), "application/pdf"),
           ("35250328441907000136550010000003181000318118-nfe.xml",
            ('<?xml version="1.0" encoding="UTF-8"?><nfeProc versao="4.00" xmlns="http://www.portalfiscal.inf.br/nfe"><NFe><infNFe Id="NFe35250328441907000136550010000003181000318118" '
             'versao="4.00"><ide><cUF>35</cUF><natOp>VENDA DE MERCADORIA</natOp><mod>55</mod><serie>1</serie><nNF>318</nNF><dhEmi>2025-03-06T17:30:00-03:00</dhEmi></ide>'
             '<emit><CNPJ>28441907000136</CNPJ><xNome>COUROS LIMA ARTEFATOS DE COURO LTDA</xNome></emit><det nItem="1"><prod><xProd>BOLSA TIRACOLO COURO FRANCA CARAMELO C/ GRAVACAO'
             '</xProd><qCom>60.0000</qCom><vUnCom>289.00</vUnCom></prod></det><total><ICMSTot><vNF>17340.00</vNF></ICMSTot></total></infNFe></NFe></nfeProc>').encode(),
            "text/xml")])

# ================================================================ T16 Fernanda: bank details, then A8 (quote with another bank account)
T16 = thread(fernanda, "Pedido 331 – porta-cartões de couro", "pt")
say(T16, laura, "2025-03-24 10:00", "Oi Fernanda,\nas bolsas fizeram sucesso na feira! Queremos mais 150 porta-cartões de couro com o mesmo logo. Pode mandar o "
    "orçamento?\nAbraços\nLaura")
say(T16, fernanda, "2025-03-24 08:31", "Oi Laura, que notícia boa!!\n150 porta-cartões com gravação: R$ 64,00 cada, total R$ 9.600,00. Prazo de 15 dias.\nBjs\nFernanda")
say(T16, laura, "2025-03-24 14:12", "Fechado, pedido 331. Como o valor é menor, vamos pagar adiantado por transferência internacional. Pode me passar os dados bancários?\nLaura")
BANK_OK = "Banco Itaú (341) – agência 3821 – conta corrente 40917-2"
BANK_BAD = "Banco Inter (077) – agência 0001 – conta corrente 8812043-7"
say(T16, fernanda, "2025-03-24 10:47", "Claro! Seguem os dados:\n\nCouros Lima Artefatos de Couro Ltda.\nCNPJ 28.441.907/0001-36\n" + BANK_OK
    + "\n\nValor: R$ 9.600,00\nBeijos\nFernanda")
say(T16, laura, "2025-03-25 09:03", "Obrigada! O pagamento sai na próxima segunda, dia 7.\nLaura")
real = T16["last"]
forged = dict(real, plain=real["plain"].replace(BANK_OK, BANK_BAD), html=None)
tf = T16["last"]["when"].astimezone(fernanda.tz)
fq = quote("yahoo", "pt", forged, fernanda.tz)
test(T16, fernanda, "2025-04-03 07:55", "Oi Laura, tudo bem?\nSó confirmando os dados para o pagamento do pedido 331, conforme abaixo. Se puder, faz a "
     "transferência ainda hoje, preciso fechar o caixa da semana.\nBeijos\nFernanda", "hijack", "server-hijack",
     q_override=(fq[0], fq[1].replace(H.escape(BANK_OK, quote=False), H.escape(BANK_BAD, quote=False))))

# ================================================================ T17 Patrícia (eM Client): payslip PDF with password agreed by phone (G9)
T17 = thread(patricia, "Holerite de março – Bruno Carvalho", "pt")
say(T17, laura, "2025-04-02 09:30", "Olá Patrícia,\no Bruno Carvalho (nosso representante em São Paulo) precisa do holerite de março para o pedido de visto. "
    "Vocês podem me enviar uma cópia?\nObrigada\nLaura Weber")
say(T17, patricia, "2025-04-02 08:14", "Olá Laura,\nclaro. Por se tratar de dado pessoal, vou enviar o PDF protegido por senha. Posso te ligar para passar a senha?")
say(T17, laura, "2025-04-02 13:40", "Pode sim, meu telefone é +49 561 555 2230, estou no escritório até as 17h (horário de Kassel).\nLaura")
test(T17, patricia, "2025-04-03 10:22", "Olá Laura,\nconforme conversamos por telefone, segue em anexo o holerite de março do Bruno Carvalho. O arquivo está "
     "protegido com a senha que combinamos.\nQualquer dúvida, estou à disposição.", "genuine", "genuine-hard",
     atts=[("Holerite_03-2025_Bruno_Carvalho.pdf", pdf(["Recibo de pagamento de salario", "Competencia 03/2025"], encrypt=True, producer="Dominio Folha 10.4"), "application/pdf")])

# ================================================================ T18 Karin (Proton): rebrand announced, then the new domain (G2)
T18 = thread(karin, "Leverans lådvirke v. 14", "sv")
say(T18, karin, "2025-03-03 09:05", "Hej Laura,\nvi kan leverera 38 m³ värmebehandlat lådvirke (ISPM 15) vecka 14, som vanligt till er lastkaj i Kassel. "
    "Bekräftar du kvantiteten?")
say(T18, laura, "2025-03-03 11:20", "Hej Karin,\n38 m³ stämmer, tack! Lastkaj 3 som vanligt.\nHälsningar\nLaura")
say(T18, karin, "2025-03-04 08:40", "Toppen, då bokar jag transporten.\nEn sak till: från 1 april byter vi namn till Norrskog Timber Group AB, och våra "
    "e-postadresser flyttar till den nya domänen. Min nya adress blir karin.lindqvist@norrskogtimber.example. Den gamla adressen fungerar fram till "
    "sommaren, men använd gärna den nya redan nu. Bankuppgifter och organisationsnummer är oförändrade.")
say(T18, laura, "2025-03-04 10:02", "Tack för informationen, jag har uppdaterat kontaktuppgifterna.\nLaura", to=[(karin2.name, karin2.email)])
say(T18, karin, "2025-03-20 14:15", "Transporten är bokad: hämtning tisdag vecka 14, leverans hos er torsdag 3 april.")
say(T18, laura, "2025-03-20 15:00", "Perfekt, tack!\nLaura", to=[(karin2.name, karin2.email)])
test(T18, karin2, "2025-04-04 09:12", "Hej Laura,\nnu skriver jag från vår nya adress. Enligt chauffören lossades lådvirket hos er i går – stämmer det att allt "
     "kom fram? Fakturan kommer från Norrskog Timber Group AB, men bankgiro och kontonummer är desamma som tidigare.", "genuine", "genuine-hard")

# ================================================================ T19 Karin: offer, reminder (G30), then A4 (Saturday night, Drive link)
T19 = thread(karin, "Offert exportpallar 2025", "sv")
say(T19, laura, "2025-02-10 10:15", "Hej Karin,\nkan ni lämna en offert på 1 200 exportpallar 1200 x 1000 mm, värmebehandlade (ISPM 15), i fyra delleveranser "
    "under 2025?\nHälsningar\nLaura Weber")
say(T19, karin, "2025-02-10 13:48", "Hej Laura,\nabsolut. Jag återkommer med en offert i slutet av veckan.")
say(T19, karin, "2025-02-14 10:30", "Hej igen,\nhär är offerten: 11,40 EUR per pall fritt Kassel, delleveranser om 300 pallar, giltig till 30 april.",
    atts=[("Offert_N25-117.pdf", pdf(["Norrskog Tra AB", "Offert N25-117", "1 200 exportpallar 1200 x 1000, ISPM 15", "11,40 EUR/st fritt Kassel"]), "application/pdf")])
say(T19, laura, "2025-02-14 14:05", "Tack Karin! Vi behöver stämma av med vår lagerchef och återkommer nästa vecka.\nLaura")
test(T19, karin, "2025-02-20 09:50", "Hej Laura,\nbara en påminnelse: om ni beställer före 15 mars kan vi hålla priset 11,40 EUR även för den sista delleveransen "
     "i november. Säg till om ni vill ha en provpall först.", "genuine", "genuine-reply")
say(T19, laura, "2025-02-20 11:35", "Tack, vi återkommer senast den 10 mars.\nLaura")
test(T19, karin, "2025-03-08 02:50", "Hej,\nhär kommer dokumenten, se länken nedan.\nhttps://drive.google.com/file/d/1Qm7Zx2vK9tRwP4sLn8bYc3DjHf6GaE0u/view?usp=sharing\n"
     "Mvh", "hijack", "server-hijack", sig=False)

# ================================================================ T20 Erik: Google Groups supplier list; the list's update replies to its announcement (G13)
LIST = "leverantorsinfo@fjallvind.example"
LIST_NAME = "Fjällvind leverantörsinfo"
GROUP_ID = "418839204117"


def list_headers(who, t, mid):
    k = R.randint(60, 80); helo = f"mail-sor-f{k}.google.com"; ip = f"209.85.220.{k}"
    la = (t + datetime.timedelta(seconds=3)).astimezone(ZoneInfo("America/Los_Angeles")); las = la.strftime("%a, %d %b %Y %H:%M:%S %z (%Z)")
    env = f"leverantorsinfo+bncBD{alnum(30)}@fjallvind.example"
    return [("Return-Path", f"<{env}>"), ("Delivered-To", ME[1]),
            ("Received", f"from {helo} ({helo} [{ip}])\n\tby mx1.acme-industrie.example (Postfix) with ESMTPS id {pf_id()}\n\tfor <{ME[1]}>; {rcv_time(t + datetime.timedelta(seconds=6))}"),
            ("Authentication-Results", f"mx1.acme-industrie.example;\n\tdkim=pass (2048-bit key; unprotected) header.d=fjallvind.example header.i=@fjallvind.example "
                                       f"header.a=rsa-sha256 header.s=google header.b={b64(6)[:8]};\n\tdmarc=pass (p=none dis=none) header.from=fjallvind.example;\n\t"
                                       f"spf=pass (mx1.acme-industrie.example: domain of {env} designates {ip} as permitted sender) smtp.mailfrom={env}"),
            ("Received", f"by {helo} with SMTP id {hx(20)}.{R.randint(1, 9)}\n\tfor <{ME[1]}>; {las}"),
            ("ARC-Seal", f"i=2; a=rsa-sha256; t={int(t.timestamp())}; cv=pass;\n\td=google.com; s=arc-20240605;\n\tb={b64(60)}"),
            ("X-BeenThere", LIST),
            ("X-Received", f"by 2002:a05:6a00:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {hx(16)}.{R.randint(10, 99)};\n\t{las}"),
            dkim("fjallvind.example", "google", t, "sender:list-id:mailing-list:x-spam-checked-in-group:x-original-authentication-results:"
                 "x-original-sender:reply-to:in-reply-to:message-id:subject:to:from:date:mime-version:from:to:cc:subject:date:message-id:reply-to")]


def list_extra(who):
    return [("X-Original-Sender", who.email),
            ("X-Original-Authentication-Results", "mx.google.com;\n       dkim=pass header.i=@fjallvind.example header.s=google;\n       "
                                                  "spf=pass (google.com: domain of " + who.email + " designates 209.85.220.41 as permitted sender) "
                                                  "smtp.mailfrom=" + who.email + ";\n       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=fjallvind.example"),
            ("Reply-To", addr(who.name, who.email)), ("Precedence", "list"),
            ("Mailing-list", f"list {LIST}; contact leverantorsinfo+owners@fjallvind.example"),
            ("List-ID", f"<leverantorsinfo.fjallvind.example>"), ("X-Spam-Checked-In-Group", who.email), ("X-Google-Group-Id", GROUP_ID),
            ("List-Post", f"<https://groups.google.com/a/fjallvind.example/group/leverantorsinfo/post>, <mailto:{LIST}>"),
            ("List-Help", "<https://support.google.com/a/fjallvind.example/bin/topic.py?topic=25838>,\n <mailto:leverantorsinfo+help@fjallvind.example>"),
            ("List-Archive", "<https://groups.google.com/a/fjallvind.example/group/leverantorsinfo/>"),
            ("List-Unsubscribe", f"<mailto:googlegroups-manage+{GROUP_ID}+unsubscribe@googlegroups.com>,\n <https://groups.google.com/a/fjallvind.example/group/leverantorsinfo/subscribe>")]


LIST_FROM = enc_words(f"'Erik Nyström' via {LIST_NAME}", "Q") + f" <{LIST}>"
T20 = thread(erik, f"[{LIST_NAME}] Servicefönster april – leveranser till Östersund", "sv")
t20 = at("2025-03-24 08:30", erik.tz)
say(T20, erik, "2025-03-24 08:30", "Hej alla leverantörer,\nunder servicefönstret 7–18 april tar vårt lager i Östersund bara emot förbokade leveranser. "
    "Boka lossningstid senast två arbetsdagar i förväg via logistik@fjallvind.example och ange ert ordernummer.\nTack för hjälpen!",
    to=[(LIST_NAME, LIST)], frm=LIST_FROM, transport_hdrs=list_headers(erik, t20, None), extra=list_extra(erik))
announcement = T20["last"]
say(T20, laura, "2025-03-24 10:12", "Hej Erik,\nvi har en leverans av växellådsdelar (order FV-2291) planerad till den 9 april. Ska jag boka lossningstid via "
    "logistik@ redan nu?\nHälsningar\nLaura", to=[(erik.name, erik.email)])
say(T20, erik, "2025-03-24 11:05", "Hej Laura,\nja, boka gärna redan nu och skriv ordernumret i ämnesraden. Den 9 april går bra.")
say(T20, laura, "2025-03-24 11:30", "Tack, bokat.\nLaura")
t20b = at("2025-03-31 13:10", erik.tz)
test(T20, erik, "2025-03-31 13:10", "Hej alla,\nen uppdatering: servicefönstret förlängs till 25 april på grund av kranarbeten i Storsjöparken. Lossningstider "
     "bokas fortfarande via logistik@fjallvind.example, och redan bokade tider gäller. Mer information finns på "
     "https://www.fjallvind.example/leverantorer/servicefonster-2025", "genuine", "genuine-hard",
     to=[(LIST_NAME, LIST)], frm=LIST_FROM, quote_rec=announcement, refs=[announcement["m"]], subj=f"Re: [{LIST_NAME}] Servicefönster april – leveranser till Östersund",
     transport_hdrs=list_headers(erik, t20b, None), extra=list_extra(erik))

# ================================================================ T21 Erik: supplier portal, then A5 (link text shows the portal, href elsewhere)
T21 = thread(erik, "Leveransplan navdelar 2025", "sv")
say(T21, erik, "2025-02-17 09:40", "Hej Laura,\nhär är vår preliminära leveransplan för navdelarna 2025. Alla avrop och leveransdatum finns också i "
    "leverantörsportalen: https://portal.fjallvind.example/leverantor/avrop\nHör av dig om något inte går ihop med er produktion.")
say(T21, laura, "2025-02-17 13:22", "Hej Erik,\ntack! Avropet för maj (24 st navlock) är lite tajt, kan vi flytta 8 st till juni?\nLaura")
say(T21, erik, "2025-02-18 08:15", "Det går bra, jag har ändrat i portalen: 16 st i maj och 8 st i juni.")
say(T21, laura, "2025-02-18 08:50", "Perfekt, tack!\nLaura")
say(T21, erik, "2025-02-26 15:05", "En sak till: från april vill vi ha leveransavisering via portalen i stället för mejl. Instruktionen finns under Hjälp i portalen.")
say(T21, laura, "2025-02-27 09:10", "Uppfattat, vi ändrar rutinen.\nLaura")
a5 = ("Hej Laura,\nvi har uppdaterat leveransplanen för andra kvartalet. Logga in i leverantörsportalen och bekräfta de nya avropen senast fredag:\n"
      "portal.fjallvind.example/leverantor/avrop\n\nMed vänlig hälsning\nErik")
a5_html = ('<div name="messageBodySection"><div dir="auto">Hej Laura,<br />vi har uppdaterat leveransplanen för andra kvartalet. Logga in i '
           'leverantörsportalen och bekräfta de nya avropen senast fredag:<br /><a href="https://fjallvind-leverantorsportal.pages.dev/login?next=avrop&amp;id=NV25Q2">'
           'portal.fjallvind.example/leverantor/avrop</a><br /><br />Med vänlig hälsning<br />Erik</div></div>')
test(T21, erik, "2025-03-19 10:02", a5, "hijack", "server-hijack", sig=False, html_own=a5_html)

# ================================================================ T22 Erik: colleague on Gmail joins (G6); Erik travelling, Spark iOS +0800 (G20)
T22 = thread(erik, "Reservdelar växellåda GX-750 – offertförfrågan", "sv")
say(T22, erik, "2025-04-07 10:30", "Hej Laura,\nkan ni offerera reservdelar till växellådan GX-750: 6 st planetaxlar och 12 st lagerbussningar enligt bifogad lista?",
    atts=[("RFQ_GX-750.pdf", pdf(["Fjallvind Energi AB", "RFQ GX-750", "6 st planetaxel GX-750-PA", "12 st lagerbussning GX-750-LB"]), "application/pdf")])
say(T22, laura, "2025-04-07 14:15", "Hej Erik,\nvi räknar på det. Leveranstiden blir ungefär 10 veckor.\nLaura")
T22["cc"] = [(sofia.name, sofia.email)]
say(T22, erik, "2025-04-08 08:05", "Tack. Jag sätter min kollega Sofia Berg från vår tekniska avdelning i kopia, hon har ritningarna.")
say(T22, laura, "2025-04-08 09:20", "Hej Erik och Sofia,\nkan ni skicka ritningen för planetaxeln i den senaste revisionen?\nLaura")
test(T22, sofia, "2025-04-08 13:47", "Hej Laura,\nSofia här. Ritningen för planetaxeln GX-750-PA i revision F bifogas. Observera att ytjämnheten på lagerbanan "
     "är skärpt till Ra 0,4 i rev. F.", "genuine", "genuine-hard", cc=[(erik.name, erik.email)],
     atts=[("GX-750-PA_revF.pdf", pdf(["Fjallvind Energi AB", "GX-750-PA planetaxel", "rev. F", "Ra 0,4"], producer="Autodesk Inventor 2024"), "application/pdf")])
say(T22, laura, "2025-04-14 10:40", "Hej Erik,\nhär är vår offert Q-25-0533 för planetaxlarna och lagerbussningarna, leveranstid 10 veckor från order.\nLaura",
    cc=[(sofia.name, sofia.email)], atts=[("Offert_Q-25-0533.pdf", pdf(["ACME Industrie GmbH", "Angebot / Offert Q-25-0533", "GX-750"]), "application/pdf")])
test(T22, erik, "2025-04-15 15:22", "Hej Laura, jag är på leverantörsresa i Singapore den här veckan så svaren kan dröja lite. Offerten ser bra ut, jag tar "
     "beslut tillsammans med Sofia när jag är tillbaka på måndag.\n/Erik", "genuine", "genuine-hard", sig=False, tz="Asia/Singapore",
     footer="Skickat med Spark", origin="116.87.142.19")

# ================================================================ T23 Megan (Superhuman): Laura's invitation, Google Calendar "Accepted" (G8)
T23 = thread(megan, "Pump housing review – drawings rev. D", "en")
say(T23, megan, "2025-03-03 09:20", "Hi Laura,\nattached are the rev. D drawings for the bronze impeller housing. Main change: the volute tongue clearance is now "
    "2.5 mm instead of 3 mm.", atts=[("IH-210_revD.pdf", pdf(["Harborline Marine Systems", "IH-210 impeller housing", "rev. D"], producer="SOLIDWORKS 2024"), "application/pdf")])
say(T23, laura, "2025-03-03 16:05", "Hi Megan,\nthanks. Our engineers have a few questions on the tolerances. Could we do a one-hour call next week?\nBest\nLaura")
say(T23, megan, "2025-03-03 11:41", "Sure, Thursday the 13th or Friday the 14th, anytime after 9am Eastern works.")
say(T23, laura, "2025-03-04 09:10", "Let's do Thursday 13th, 15:00 our time (10:00 Eastern). I'll send an invite.\nLaura")
ev_start = at("2025-03-13 15:00", BERLIN).replace(second=0); ev_end = ev_start + datetime.timedelta(hours=1)
uid = ruuid()
inv_t = at("2025-03-04 09:14", BERLIN)
inv_desc = "Review of the IH-210 rev. D tolerances.\nVideo call: https://meet.acme-industrie.example/ih210-review"
inv_ics = ics("REQUEST", (laura.name, laura.email), (megan.name, megan.email), "NEEDS-ACTION", "Pump housing review – drawings rev. D", inv_desc, ev_start, ev_end,
              "https://meet.acme-industrie.example/ih210-review", inv_t.astimezone(UTC), uid, "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN")
inv_plain = ("Pump housing review – drawings rev. D\n\nWhen: Thursday, 13 March 2025 15:00 – 16:00 Europe/Berlin\nWhere: https://meet.acme-industrie.example/ih210-review\n"
             "Organizer: Laura Weber <laura.weber@acme-industrie.example>\nAttendees:\nMegan Cole <megan.cole@harborline-marine.example>\n\n" + inv_desc)
inv_body = multipart("tb", "mixed", [multipart("tb", "alternative", [part("text/plain", inv_plain, "8bit"), part("text/calendar", inv_ics, "8bit", "UTF-8", "; method=REQUEST")]),
                                     (['Content-Type: application/ics; name="invite.ics"', 'Content-Disposition: attachment; filename="invite.ics"',
                                       "Content-Transfer-Encoding: base64"], base64.encodebytes(inv_ics.encode()).decode())])
say(T23, laura, "2025-03-04 09:14", inv_plain, sig=False, quote_rec=None, subj="Invitation: Pump housing review – drawings rev. D", body=inv_body, keep=False)
acc_t = at("2025-03-04 06:02", megan.tz)
acc_ics = ics("REPLY", (laura.name, laura.email), (megan.name, megan.email), "ACCEPTED", "Pump housing review – drawings rev. D", inv_desc, ev_start, ev_end,
              "https://meet.acme-industrie.example/ih210-review", acc_t.astimezone(UTC), uid, "-//Google Inc//Google Calendar 70.9054//EN")
et = ev_start.astimezone(megan.tz)
acc_subj = f"Accepted: Pump housing review – drawings rev. D @ Thu Mar 13, 2025 10am - 11am (EDT) ({ME[1]})"
acc_plain = (f"Megan Cole has accepted this invitation.\n\nPump housing review – drawings rev. D\nThursday Mar 13, 2025 ⋅ 10am – 11am\nEastern Time - New York\n\n"
             f"Location\nhttps://meet.acme-industrie.example/ih210-review\n\nGuests\nLaura Weber - organizer\nMegan Cole\n\nView all guest info  "
             f"https://calendar.google.com/calendar/event?action=VIEW&eid={base64.urlsafe_b64encode(rbytes(45)).decode()}\n\n"
             "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this email because you are subscribed to calendar "
             "notifications. To stop receiving these emails, go to Calendar settings, select this calendar, and change \"Other notifications\".\n")
acc_html = ('<!doctype html><html><head><meta charset="UTF-8"></head><body><table role="presentation" width="100%"><tr><td><h2 style="font-family:Google Sans,Roboto,Arial">'
            'Megan Cole has accepted this invitation</h2><p><b>Pump housing review – drawings rev. D</b><br>Thursday Mar 13, 2025 ⋅ 10am – 11am (Eastern Time - New York)</p>'
            '<p><a href="https://calendar.google.com/calendar/">Google Calendar</a></p></td></tr></table></body></html>')
acc_body = multipart("gmail", "mixed", [multipart("gmail", "alternative", [part("text/plain", acc_plain, "quoted-printable", "UTF-8", "; format=flowed; delsp=yes"),
                                                                           part("text/html", acc_html, "quoted-printable", "UTF-8"),
                                                                           part("text/calendar", acc_ics, "7bit", "UTF-8", "; method=REPLY")]),
                                        (['Content-Type: application/ics; name="invite.ics"', 'Content-Disposition: attachment; filename="invite.ics"',
                                          "Content-Transfer-Encoding: base64"], base64.encodebytes(acc_ics.encode()).decode())])
gc_env = f"3{alnum(20)}LrbYhcff-dZ.Lfb5b7Y0U{alnum(10)}@calendar-server.bounces.google.com"
gc_tr = [("Return-Path", f"<{gc_env}>"), ("Delivered-To", ME[1]),
         ("Received", f"from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])\n\tby mx1.acme-industrie.example (Postfix) with ESMTPS id {pf_id()}\n\t"
                      f"for <{ME[1]}>; {rcv_time(acc_t + datetime.timedelta(seconds=4))}"),
         ("Authentication-Results", f"mx1.acme-industrie.example;\n\tdkim=pass (2048-bit key; unprotected) header.d=harborline-marine.example header.i=@harborline-marine.example "
                                    f"header.a=rsa-sha256 header.s=google header.b={b64(6)[:8]};\n\tdkim=pass (2048-bit key) header.d=google.com header.s=20230601;\n\t"
                                    "dmarc=pass (p=quarantine dis=none) header.from=harborline-marine.example;\n\tspf=pass (mx1.acme-industrie.example: domain of "
                                    f"{gc_env} designates 209.85.220.73 as permitted sender) smtp.mailfrom={gc_env}"),
         ("Received", f"by mail-sor-f73.google.com with SMTP id {hx(20)}.{R.randint(1, 9)}\n\tfor <{ME[1]}>; "
                      f"{acc_t.astimezone(ZoneInfo('America/Los_Angeles')).strftime('%a, %d %b %Y %H:%M:%S %z (%Z)')}"),
         dkim("google.com", "20230601", acc_t, "mime-version:reply-to:sender:auto-submitted:message-id:date:subject:from:to"),
         dkim("harborline-marine.example", "google", acc_t, "mime-version:reply-to:sender:auto-submitted:message-id:date:subject:from:to")]
test(T23, megan, "2025-03-04 06:02", "", "genuine", "genuine-hard", client="gmail", sig=False, quote_rec=None, subj=acc_subj, to=[("", ME[1])], keep=False, refs=[],
     mid=f"<calendar-{ruuid()}@google.com>", body=acc_body, transport_hdrs=gc_tr,
     extra=[("Reply-To", addr(megan.name, megan.email)), ("Sender", "Google Calendar <calendar-notification@google.com>"), ("Auto-Submitted", "auto-generated")])

# ================================================================ T24 Megan: PO, test report with photos (G31), then A6 (PDF -> Discord CDN)
T24 = thread(megan, "PO HM-5520 – bronze impellers", "en")
say(T24, laura, "2025-03-17 10:05", "Hi Megan,\nplease find attached our PO HM-5520 for 40 bronze impellers (C95800), drawing IMP-210 rev. C, delivery week 20.\n"
    "Best regards\nLaura Weber", atts=[("PO_HM-5520.pdf", pdf(["ACME Industrie GmbH", "Purchase order HM-5520", "40 impellers C95800, IMP-210 rev. C"]), "application/pdf")])
say(T24, megan, "2025-03-17 08:12", "Hi Laura,\nthanks, PO received. I'll send the acknowledgement once planning has confirmed week 20.")
say(T24, megan, "2025-03-19 14:30", "Hi Laura,\nPO acknowledgement attached, week 20 confirmed. The castings are poured next week.",
    atts=[("HM-5520_PO_Ack.pdf", pdf(["Harborline Marine Systems", "Order acknowledgement HM-5520", "Ship week 20"], producer="NetSuite"), "application/pdf")])
say(T24, laura, "2025-03-20 09:00", "Great, thanks Megan. Please send us the dye-penetrant results before shipping.\nLaura")
test(T24, megan, "2025-04-22 13:15", "Hi Laura,\nall 40 impellers passed dye-penetrant testing, the report and two photos are attached. They'll be crated on Thursday.",
     "genuine", "genuine-reply", atts=[("DPT_Report_HM-5520.pdf", pdf(["Harborline Marine Systems", "Dye penetrant test report", "HM-5520: 40/40 accepted"]), "application/pdf"),
                                       ("DPT_IMP210_01.jpg", jpeg(), "image/jpeg"), ("DPT_IMP210_02.jpg", jpeg(), "image/jpeg")])
say(T24, laura, "2025-04-22 19:40", "Looks good, thank you!\nLaura")
test(T24, megan, "2025-04-25 04:51", "Hi Laura,\n\nPlease see the attached updated PO acknowledgement and let me know if you have any questions.\n\nThanks,", "hijack",
     "server-hijack", sig=False,
     atts=[("HM-5520_Updated_Acknowledgement.pdf", pdf(["Updated document", "This document is protected. Click below to view the full content.", "", "VIEW DOCUMENT"],
                                                        uris=["https://cdn.discordapp.com/attachments/1219384756102938475/1365129004417220608/HM-5520_Updated_Acknowledgement.zip"
                                                              "?ex=680d21f4&is=680bd074&hm=" + hx(64) + "&"], producer="Skia/PDF m135", when="20250425084200"), "application/pdf")])

# ================================================================ T25 Megan: invoice, then A14 (look-alike without hyphen, bank letter)
T25 = thread(megan, "Invoice HM-INV-2209 – impellers", "en")
say(T25, megan, "2025-05-13 11:05", "Hi Laura,\nthe impellers shipped today; invoice HM-INV-2209 for USD 18,640.00 is attached. Payment terms net 30 as usual.",
    atts=[("HM-INV-2209.pdf", pdf(["Harborline Marine Systems", "Invoice HM-INV-2209", "USD 18,640.00, net 30"], producer="NetSuite"), "application/pdf")])
say(T25, laura, "2025-05-13 17:30", "Hi Megan,\nthanks, invoice received. It's scheduled for our payment run on June 12.\nLaura")
say(T25, megan, "2025-05-13 11:58", "Perfect, thank you!")
say(T25, laura, "2025-05-27 10:12", "Hi Megan,\nthe crate arrived today, all 40 pieces in good condition.\nLaura")
fake_megan = Pt(megan.name, "megan.cole@harborlinemarine.example", "owa", "America/New_York", "en", "exo-harbor-fake")
test(T25, fake_megan, "2025-05-28 09:36", "Hi Laura,\n\nGlad to hear the impellers arrived safely. Before you release the payment for invoice HM-INV-2209 on June 12, "
     "please note that our banking details have changed following our move to a new bank this month. The updated wire instructions are in the "
     "attached letter on our letterhead. Please update your records and confirm once done, our AR team will follow up." + megan.sig, "hijack",
     "lookalike-domain", sig=False,
     atts=[("Harborline_Banking_Update_Letter.pdf", pdf(["HARBORLINE MARINE SYSTEMS", "Notice of change of banking details", "Effective May 2025",
                                                          "Beneficiary: Harborline Marine Systems", "Bank: Cedar Ridge Federal Bank", "ABA 061 092 387  Account 7730 4415 9902",
                                                          "Please update your vendor master accordingly."], producer="Microsoft: Print To PDF"), "application/pdf")])

# ================================================================ T26 Megan: orphan reply to a trade-fair mail sent from another acme address (G15)
booth_mid = f"<{ruuid()}@acme-industrie.example>"
T26 = thread(megan, "Nice meeting you at NorthSea Pump Expo", "en", start_refs=[booth_mid])
T26["subj"] = "Nice meeting you at NorthSea Pump Expo"
booth = dict(m=booth_mid, name="ACME Sales", email="sales@acme-industrie.example", when=at("2025-02-10 11:41", BERLIN), to=[(megan.name, megan.email)], cc=[],
             subj="Nice meeting you at NorthSea Pump Expo", html=None,
             plain="Dear Ms. Cole,\nthank you for visiting our booth at NorthSea Pump Expo in Bremen. As discussed, my colleague Laura Weber from purchasing "
                   "(in copy) would be glad to receive your line card and the spec sheet for the C95800 bronze impellers.\nKind regards\n"
                   "Stefanie Brandt\nACME Industrie GmbH – Sales")
test(T26, megan, "2025-02-12 10:25", "Hi Laura,\ngreat to meet your team at the expo in Bremen. As promised, here's our line card and the spec sheet for the C95800 "
     "bronze impellers we discussed. Happy to quote once you have drawings.\nBest,\nMegan", "genuine", "genuine-orphan", quote_rec=booth,
     cc=[("ACME Sales", "sales@acme-industrie.example")],
     atts=[("Harborline_Line_Card_2025.pdf", pdf(["Harborline Marine Systems", "Line card 2025"], producer="Adobe InDesign 19.2"), "application/pdf"),
           ("C95800_Impeller_Spec_Sheet.pdf", pdf(["C95800 nickel aluminium bronze impellers", "Spec sheet"], producer="Adobe InDesign 19.2"), "application/pdf")])

# ================================================================ T27 Daniel (Outlook for Mac): long reply with links to his own domains (G10)
T27 = thread(daniel, "Lens coating audit – 2 April", "en")
say(T27, laura, "2025-03-10 09:30", "Hi Daniel,\nas part of our annual supplier audit we'd like to visit your coating line in Cambridge. Would 2 April work for you?\n"
    "Best regards\nLaura Weber")
say(T27, daniel, "2025-03-10 10:44", "Hi Laura,\n2 April works well. We'll plan for 10:00–15:00 including a tour of the coating chambers and the metrology lab.")
say(T27, laura, "2025-03-10 13:05", "Great. Could you send us your current ISO 9001 certificate and the process flow for the AR coatings beforehand?\nLaura")
say(T27, daniel, "2025-03-11 08:20", "Will do, I'll collect everything this week.")
say(T27, laura, "2025-03-11 09:40", "Thanks! Two of us will come: me and our quality engineer Katrin Vogt.\nLaura")
g10 = ("Hi Laura,\n\nAs promised, here is everything for the audit on 2 April. To keep the email small I've linked the documents rather than attaching them – "
       "they are on our website or in the customer document area (your existing login works):\n\n"
       "1. ISO 9001:2015 certificate (valid to Nov 2026): https://www.reeve-optics.example/quality/certificates/ISO9001-2015-RO.pdf\n"
       "2. ISO 14001 certificate: https://www.reeve-optics.example/quality/certificates/ISO14001-RO.pdf\n"
       "3. Process flow for AR coatings (rev. 7): https://docs.reeve-optics.example/customer/acme-industrie/process-flow-AR-rev7.pdf\n"
       "4. Control plan BBAR 450–700 nm: https://docs.reeve-optics.example/customer/acme-industrie/control-plan-BBAR450-700.pdf\n"
       "5. Typical reflectance curves: https://www.reeve-optics.example/products/ar-coatings/bbar-450-700#curves\n"
       "6. Environmental test report (humidity and abrasion, MIL-C-48497A): https://docs.reeve-optics.example/customer/acme-industrie/MIL-C-48497A-report-2024.pdf\n"
       "7. Supplier quality manual: https://www.reeve-optics.example/quality/supplier-quality-manual\n"
       "8. Visitor information, parking and site map: https://www.reeve-optics.example/contact/visiting-caxton-park\n\n"
       "Agenda for the day:\n10:00 Welcome and company overview\n10:30 Coating chambers (clean room – gowning provided)\n12:00 Lunch\n"
       "13:00 Metrology lab: spectrophotometer and interferometer\n14:00 Review of open points and CAPA status\n15:00 Close\n\n"
       "I've noted Katrin Vogt for the visitor badge. If you fly into Stansted, the easiest route is the train to Cambridge North, ten minutes by taxi from us.\n\n"
       "Looking forward to seeing you both.")
test(T27, daniel, "2025-03-21 16:12", g10, "genuine", "genuine-hard")

# ================================================================ T28 Daniel 2024, revived after 11 months by A7 (MEGA link)
T28 = thread(daniel, "AR coating samples – batch 12", "en")
say(T28, daniel, "2024-04-15 14:10", "Hi Laura,\nthe AR-coated sample windows from batch 12 (N-BK7, Ø25 mm, BBAR 450–700) went out today via FedEx, tracking 7781 4420 9913.")
d_first = T28["last"]
say(T28, laura, "2024-04-15 16:02", "Hi Daniel,\nthanks, we'll measure them next week.\nLaura")
say(T28, laura, "2024-04-25 11:30", "Hi Daniel,\nmeasurements look good, average reflectance below 0.5 % across the band. We'll include batch 12 in our qualification report.\nLaura",
    quote_rec=d_first)
say(T28, daniel, "2024-04-25 12:05", "Excellent news, thanks for letting me know. Do shout if you need the coating run data for the report.")
say(T28, laura, "2024-05-06 09:15", "Will do, thanks.\nLaura")
test(T28, daniel, "2025-04-15 07:58", "Hi Laura,\n\nAs discussed, please see the file below.\n\nhttps://mega.nz/file/q8FzXQKb#Rk3vT1mW9yPqL2sXa7DnE4hJcV0uZbG6fK8oYiN5wQs"
     "\n\nKind regards", "hijack", "server-hijack", sig=False)

# ================================================================ T29 Daniel: Safe Links href behind his own URL (G26), then A15 (OWA, own OneDrive)
T29 = thread(daniel, "Optical windows OW-50 – drawing query", "en")
say(T29, laura, "2025-04-28 10:05", "Hi Daniel,\nquick question on drawing OW-50 rev. A: is the 0.3 mm × 45° chamfer on both faces, or only on the coated side?\nLaura")
say(T29, daniel, "2025-04-28 09:55", "Hi Laura,\nboth faces – I'll ask engineering to make that explicit in rev. B.")
say(T29, laura, "2025-04-28 11:20", "Thanks. And which surface quality applies, 40-20 or 60-40?\nLaura")
sl = ("https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.reeve-optics.example%2Fspecs%2FOW-50&data=05%7C02%7Cd.reeve%40reeve-optics.example"
      f"%7C{hx(32)}%7C{ruuid()}%7C0%7C0%7C638815{R.randint(10**11, 10**12)}%7CUnknown%7CTWFpbGZsb3d8eyJFbXB0eU1hcGkiOnRydWV9%7C0%7C%7C%7C&sdata={alnum(43)}%3D&reserved=0")
g26 = ("Hi Laura,\n60-40 scratch-dig to ISO 10110-7, as on our standard spec sheet – see reeve-optics.example/specs/OW-50 (I copied the link from our "
       "internal wiki). The rev. B drawing with the chamfer note on both faces is attached.")
g26_plain = g26.replace("reeve-optics.example/specs/OW-50", f"reeve-optics.example/specs/OW-50<{sl}>") + daniel.sig
g26_html = own_html("macoutlook", g26 + daniel.sig).replace("reeve-optics.example/specs/OW-50", f'<a href="{H.escape(sl)}">reeve-optics.example/specs/OW-50</a>', 1)
test(T29, daniel, "2025-04-29 08:40", g26, "genuine", "genuine-hard", plain_own=g26_plain, html_own=g26_html,
     atts=[("OW-50_revB.pdf", pdf(["Reeve Optics Ltd", "OW-50 optical window", "rev. B", "Chamfer 0.3 x 45 deg both faces", "60-40 ISO 10110-7"], producer="SOLIDWORKS 2024"), "application/pdf")])
say(T29, laura, "2025-04-29 10:15", "Perfect, thanks Daniel. We'll release the order for 300 pcs this week.\nLaura")
od = ("https://reeveoptics-my.sharepoint.com/:b:/g/personal/d_reeve_reeve-optics_example/EQx9cT4mZ1dHkVvY2pR7wL0BqN3sJfA8uG5eKiO6yXtW1w?e=Kx3b2P")
a15 = "Hi Laura,\n\nPlease find the order confirmation and the updated drawing pack for the 300 pcs shared with you via OneDrive:\n\nReeve Optics – OW-50 drawing pack.pdf\n\nKind regards,\nDaniel"
a15_plain = a15.replace("Reeve Optics – OW-50 drawing pack.pdf", f"Reeve Optics – OW-50 drawing pack.pdf<{od}>")
a15_html = own_html("owa", a15).replace("Reeve Optics – OW-50 drawing pack.pdf", f'<a href="{H.escape(od)}" data-auth="NotApplicable">Reeve Optics – OW-50 drawing pack.pdf</a>')
test(T29, daniel, "2025-05-08 03:40", a15, "hijack", "account-takeover", client="owa", tz="America/Chicago", sig=False, plain_own=a15_plain, html_own=a15_html)

# ================================================================ T30 fake thread: unknown Turkish forwarder, fabricated quote (A10)
burak = Pt("Burak Demir", "burak.demir@demir-lojistik.example", "outlook16", "Europe/Istanbul", "en", "demir")
T30 = thread(burak, "Konşimento taslağı – sevkiyat TR-4528", "en")
T30["subj"] = "Konşimento taslağı – sevkiyat TR-4528"
fab = dict(m="<none>", name=laura.name, email=laura.email, when=at("2025-04-07 14:41", BERLIN), to=[(burak.name, burak.email)], cc=[],
           subj="Konşimento taslağı – sevkiyat TR-4528", html=None,
           plain="Dear Burak,\nplease send the draft bill of lading and the commercial invoice for shipment TR-4528 for our approval before loading.\n"
                 "Best regards\nLaura Weber")
test(T30, burak, "2025-04-09 11:05", "Dear Laura,\n\nAs requested, please find attached the draft bill of lading and the commercial invoice for shipment TR-4528. "
     "Kindly check and confirm today so we can release the cargo.\n\nBest regards\nBurak Demir\nOperations | Demir Lojistik\n+90 232 555 48 10",
     "hijack", "fake-thread", sig=False, quote_rec=fab, subj="RE: Konşimento taslağı – sevkiyat TR-4528", origin="194.26.29.113",
     atts=[("Draft_BL_TR4528.7z", sevenz(), "application/x-7z-compressed")])

# ---------------------------------------------------------------- write in arrival order
for utc, folder, raw, (m, label) in sorted(pending, key=lambda x: x[0]):
    n[0] += 1
    with open(f"{root}/mailboxes/{MB}/{folder}/{n[0]}.eml", "wb") as f:
        f.write(raw)
    if label: labels.append(f"{MB}\t{m}\t{label[0]}\t{label[1]}")
open(f"{root}/labels.tsv", "w").write("\n".join(labels) + "\n")
print(n[0], "messages,", len(labels) - 1, "labelled")
