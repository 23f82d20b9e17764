#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus-9.py OUT_DIR: non-Latin scripts and East-Asian / Eastern-European partners.
# The mailbox "acme" is export sales at ACME Industrie GmbH (Kassel): Laura Weber writes from Thunderbird (German UI, so
# her attribution is "Am ... schrieb ...:" and she keeps foreign reply prefixes: "Re: 答复: ..."), in English and now and
# then in the partner's language (Russian, Polish). Partners write Japanese, Simplified Chinese, Korean, Russian, Ukrainian,
# Greek, Arabic, Hebrew, Polish and Hungarian from the clients and providers they really use, each with its own Message-ID
# shape, header set, Date style (Exchange Online in UTC), MIME layout, charset and transfer encoding, RFC 2047 names and
# subjects, reply prefix and localized quote header:
#   Outlook (M365) Japanese, ISO-2022-JP 7bit/QP, 差出人:/送信日時:/宛先:/件名:  | Outlook 2016 on-prem Japanese, plain Shift_JIS base64
#   Becky! 2.81 (ISO-2022-JP, "On ... wrote:") on a Japanese rental server | Foxmail 7.2 on Tencent Exmail (GB2312 base64,
#   发件人：/发送时间：) and the QQ Mail app (GB18030, "------------------ 原始邮件 ------------------") | Outlook CN on
#   21Vianet (GB2312, 答复:) | Coremail webmail of NetEase qiye and 163.com (GBK, "在 ... 写道：") | Outlook Korean on
#   M365 (ks_c_5601-1987 base64, 보낸 사람:/보낸 날짜:) | Naver and Daum webmail (HTML only, "-----Original Message-----")
#   | Yandex 360 webmail (HTML only, "04.03.2025, 19:12, "Laura Weber" <...>:") | Outlook 2016 Russian over Yandex SMTP
#   (KOI8-R QP, От:/Отправлено:) | The Bat! (windows-1251 8bit, "Вы писали ...", "LW>" quotes) | Mail.Ru webmail
#   ("Вторник, 4 марта 2025, 17:12 +01:00 от ...") | Outlook Ukrainian (windows-1251, Від:/Надіслано:) | Gmail
#   (Ukrainian "пише:", Arabic "تمت كتابة ما يلي بواسطة" attributions) | Outlook Greek on Exchange 2019 (windows-1253, ΑΠ:)
#   | Outlook Arabic (windows-1256, رد:, right-to-left HTML) | Outlook Hebrew (windows-1255, השב:) | Outlook Polish
#   (ISO-8859-2, ODP:) | Outlook Hungarian on Exchange 2016 (ISO-8859-2, Vá:).
# Time zones +0900 (JP, KR), +0800 (CN), +0300 (RU), +0500 (Chelyabinsk), +0200/+0300 (UA, GR, IL), +0400 (Dubai),
# +0100/+0200 (PL, HU). Threads carry 3-8 earlier messages with Laura's replies in Sent; files are numbered in arrival
# order; only the test replies are labelled. Deterministic (seeded). Writes OUT/scenarios.tsv (file -> scenario) too.
#
# Attacks (14):
#  A1  server hijack, Minato Seiki (Outlook JP, M365): "ご確認ください" + encrypted zip (cp932 name inside, .xls)
#      with the password in the text, Emotet style
#  A2  look-alike domain kalxin-elec (l for i), Kaixin Electronics (Outlook CN): new account at another bank (HSBC HK)
#      for the open proforma, in Chinese, real thread quoted
#  A3  account takeover, TechnoSnab (Yandex 360): Irina's address, but Outlook 16 over Yandex SMTP from a Dutch VPS
#      instead of the Yandex web client; "акт сверки" on a narod.ru free-hosting page
#  A4  server hijack, Daesung Precision (Outlook KR): Korean thread answered in English "Please check the attached
#      invoice", .html attachment (sign-in form posting to workers.dev)
#  A5  server hijack, Aigaio Profil (Outlook GR, Exchange 2019): payment reminder whose quote of the partner's invoice
#      mail shows another IBAN (and bank) than the real earlier message
#  A6  display-name spoof "خالد المنصوري" from a gmail.com address, Arabic shipping-documents lure, .img attachment
#  A7  server hijack, Galil Automation (Outlook HE): thread revived after 10 months, Dropbox link, two lines of Hebrew
#  A8  fake thread: unknown Chinese trader, "回复:" subject, invented Outlook-CN quote of Laura, zip holding .pdf.exe
#  A9  server hijack, Dunatech (Outlook HU, Exchange 2016): link text shows portal.dunatech-gepgyar.example, href web.app
#  A10 server hijack, Stalmet (Outlook PL): answers the FIRST message of the thread (In-Reply-To and quote), zip with .lnk
#  A11 display-name spoof "Андрей Кузнецов" from bk.ru (same Mail.Ru infrastructure as his mail.ru address): new card
#      account because "the Sberbank account is blocked"
#  A12 account takeover, Hokuriku Kasei (Becky! user): Active! mail webmail from an overseas IP on Sunday 03:20 JST,
#      machine-translated Japanese, UTF-8, invoice link
#  A13 server hijack, Hengda Valve (qiye.163 Coremail webmail, same shape): 02:47 CST, fake NetEase "超大附件" link with
#      a download code
#  A14 look-alike domain agromash-ua (suffix added), Agromash (Outlook UA): goods diversion, asks to ship to another
#      warehouse in Poland and pay the freight deposit, Ukrainian
# Genuine (28):
#  G1  Exchange out-of-office in Japanese ("自動応答: RE: ...", Auto-Submitted)
#  G2  Chen Jing (Foxmail on Exmail) once from the QQ Mail app (GB18030, tencent_ Message-ID, mobile IP)
#  G3  TechnoSnab: Irina's colleague Dmitry joins from Outlook 2016 over Yandex SMTP (KOI8-R)
#  G4  Daesung: Min-jun Kim answers in English after Laura wrote in English (thread otherwise Korean)
#  G5  Dunatech: zip of drawings rev. C in a thread that exchanged rev. B as zip
#  G6  Uralkabel (The Bat!, windows-1251): revived after 6 months, on topic
#  G7  Stalmet: long reply with many links to the partner's own domain
#  G8  Asahi Dengyo (Shift_JIS): password-protected zip of drawings (PPAP) ...
#  G9  ... and the password in a separate genuine mail from the same server minutes later
#  G10 Huatai: a WeChat official-account article link (mp.weixin.qq.com) about their new plant
#  G11 Al-Mansouri: right-to-left Arabic with embedded English product names and model codes
#  G12 "谢谢！"  G13 "ありがとうございます。"  G14 "Спасибо!"
#  G15 Hengda: Liu Yang from his personal 163.com address in a thread that alternated company/personal since 2023
#  G16 orphan: a Korean customer (Daum) replies-all to Laura's colleague's offer (parent not in the mailbox)
#  G17 orphan: a Greek engineer replies-all to Laura's colleague's mail (parent not in the mailbox)
#  G18-G28 ordinary replies: Gmail Ukrainian, Outlook Hebrew, Outlook Hungarian, Outlook Polish, Outlook Greek, Becky!,
#      Naver, Mail.Ru, Outlook CN proforma invoice, Outlook Ukrainian, Coremail company address
# Context only (unlabelled): Laura's replies, earlier partner messages, a few messages to colleagues.
import base64
import datetime
import hashlib
import html as H
import io
import os
import quopri
import random
import re
import struct
import sys
import uuid
import zipfile
from zoneinfo import ZoneInfo
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probegen import *  # noqa: E402,F401,F403  (root, MB, labels, n, ME and the output folders)

R = random.Random(9)
UTC = datetime.timezone.utc
BERLIN = ZoneInfo("Europe/Berlin")


# ---------------------------------------------------------------- deterministic random helpers
def hx(k): return "".join(R.choice("0123456789abcdef") for _ in range(k))
def HX(k): return hx(k).upper()
def dg(k): return "".join(R.choice("0123456789") for _ in range(k))
def rbytes(k): return bytes(R.getrandbits(8) for _ in range(k))
def ruuid(): return str(uuid.UUID(int=R.getrandbits(128), version=4))
def b64(k): return base64.b64encode(rbytes(k)).decode()
def alnum(k, chars="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"): return "".join(R.choice(chars) for _ in range(k))
def lower(k): return alnum(k, "abcdefghijklmnopqrstuvwxyz0123456789")


class Pt:
    """A correspondent: name, address, client, time zone, language, mail system (infra) and signature."""
    def __init__(s, name, email, client, tz, lang, infra, sig="", **kw):
        s.name, s.email, s.client, s.tz, s.lang, s.infra, s.sig = name, email, client, ZoneInfo(tz), lang, infra, sig
        s.dom = email.split("@")[1]
        s.__dict__.update(kw)


# ---------------------------------------------------------------- clients: charsets and encodings they really use
# cs: body charset, hcs: header charset (RFC 2047), pcte/hcte: transfer encodings of text/plain and text/html,
# html: None (plain only), "alt" (multipart/alternative) or "only" (text/html only)
CL = {
    "tb":        dict(cs="UTF-8", hcs="UTF-8", mode="B", pcte="8bit", html=None),
    "olk-ja":    dict(cs="iso-2022-jp", hcs="iso-2022-jp", mode="B", pcte="7bit", hcte="quoted-printable", html="alt", lang="ja", exo=True),
    "olk16-sjis": dict(cs="shift_jis", hcs="shift_jis", mode="B", pcte="base64", html=None, lang="ja"),
    "becky":     dict(cs="ISO-2022-JP", hcs="ISO-2022-JP", mode="B", pcte="7bit", html=None),
    "activemail": dict(cs="UTF-8", hcs="UTF-8", mode="B", pcte="base64", html=None),
    "foxmail":   dict(cs="GB2312", hcs="GB2312", mode="B", pcte="base64", hcte="base64", html="alt"),
    "qqapp":     dict(cs="gb18030", hcs="gb18030", mode="B", pcte="base64", hcte="base64", html="alt"),
    "olk-zh":    dict(cs="gb2312", hcs="gb2312", mode="B", pcte="base64", hcte="base64", html="alt", lang="zh", exo=True),
    "coremail":  dict(cs="GBK", hcs="GBK", mode="B", pcte="base64", hcte="base64", html="alt"),
    "olk-ko":    dict(cs="ks_c_5601-1987", hcs="ks_c_5601-1987", mode="B", pcte="base64", hcte="base64", html="alt", lang="ko", exo=True),
    "naver":     dict(cs="UTF-8", hcs="UTF-8", mode="B", hcte="base64", html="only"),
    "daum":      dict(cs="UTF-8", hcs="UTF-8", mode="B", hcte="base64", html="only"),
    "yandex":    dict(cs="utf-8", hcs="utf-8", mode="B", hcte="base64", html="only"),
    "olk-ru":    dict(cs="koi8-r", hcs="koi8-r", mode="B", pcte="quoted-printable", hcte="quoted-printable", html="alt", lang="ru"),
    "thebat":    dict(cs="windows-1251", hcs="windows-1251", mode="B", pcte="8bit", html=None),
    "mailru":    dict(cs="utf-8", hcs="UTF-8", mode="B", pcte="base64", hcte="base64", html="alt"),
    "olk-uk":    dict(cs="windows-1251", hcs="windows-1251", mode="B", pcte="quoted-printable", hcte="quoted-printable", html="alt", lang="uk", exo=True),
    "gmail":     dict(cs="UTF-8", hcs="UTF-8", mode="B", pcte="base64", hcte="base64", html="alt"),
    "olk-el":    dict(cs="windows-1253", hcs="windows-1253", mode="B", pcte="quoted-printable", hcte="quoted-printable", html="alt", lang="el"),
    "olk-ar":    dict(cs="windows-1256", hcs="windows-1256", mode="B", pcte="quoted-printable", hcte="quoted-printable", html="alt", lang="ar", exo=True),
    "olk-he":    dict(cs="windows-1255", hcs="windows-1255", mode="B", pcte="quoted-printable", hcte="quoted-printable", html="alt", lang="he", exo=True),
    "olk-pl":    dict(cs="iso-8859-2", hcs="iso-8859-2", mode="Q", pcte="quoted-printable", hcte="quoted-printable", html="alt", lang="pl", exo=True),
    "olk-hu":    dict(cs="iso-8859-2", hcs="iso-8859-2", mode="Q", pcte="quoted-printable", hcte="quoted-printable", html="alt", lang="hu"),
    "olk16-zh":  dict(cs="gb2312", hcs="gb2312", mode="B", pcte="base64", hcte="base64", html="alt", lang="zh"),
    "alimail":   dict(cs="UTF-8", hcs="UTF-8", mode="B", pcte="base64", hcte="base64", html="alt", lang="zh"),
}
FALLBACKS = []  # texts that a client's charset could not carry (should stay empty)


# ---------------------------------------------------------------- header encodings
def enc_words(s, charset="UTF-8", mode="B"):
    """RFC 2047 encoded words of at most 75 characters; stateful charsets (ISO-2022-JP) are closed in every word."""
    words, cur = [], ""
    def enc(x):
        data = x.encode(charset)
        if mode == "B": return f"=?{charset}?B?{base64.b64encode(data).decode()}?="
        q = "".join(chr(b) if (chr(b).isalnum() and b < 128) or chr(b) in "!*+-/" else ("_" if b == 32 else f"={b:02X}") for b in data)
        return f"=?{charset}?Q?{q}?="
    for ch in s:
        if cur and len(enc(cur + ch)) > 75: words.append(enc(cur)); cur = ""
        cur += ch
    words.append(enc(cur))
    return "\r\n ".join(words)


def htext(s, charset="UTF-8", mode="B"):
    if s.isascii(): return s
    try: s.encode(charset)
    except UnicodeEncodeError: FALLBACKS.append(("header", charset, s)); charset = "UTF-8"
    return enc_words(s, charset, mode)


def addr(name, email, charset="UTF-8", mode="B", quote_ascii=False):
    if not name: return email
    if not name.isascii(): return f"{htext(name, charset, mode)} <{email}>"
    if quote_ascii or re.search(r'[,.;:()<>@"\[\]]', name): return '"' + name.replace('"', '\\"') + f'" <{email}>'
    return f"{name} <{email}>"


def pa(x): return f"{x[0]} <{x[1]}>"


# ---------------------------------------------------------------- bodies
def linkify(s): return re.sub(r"(https?://[^\s<>\"]+)", lambda m: f'<a href="{m.group(1)}">{m.group(1)}</a>', s)
def esc_l(l): return linkify(H.escape(l, quote=False))
def to_html(text): return "<br>\n".join(esc_l(l) for l in text.split("\n"))
def divs(text, attr=""): return "".join(f"<div{attr}>{esc_l(l) or '<br>'}</div>\n" for l in text.split("\n"))
def gt(text, pfx="> "): return "\n".join((pfx.rstrip() + l) if l.startswith(">") else (pfx + l if l else pfx.rstrip()) for l in text.split("\n"))
def mso(text, lang="EN-US", rtl=False):
    d = ' dir="RTL" style="text-align:right;direction:rtl;unicode-bidi:embed"' if rtl else ""
    return "".join(f'<p class="MsoNormal"{d}><span lang="{lang}">{esc_l(l) or "<o:p>&nbsp;</o:p>"}</span></p>\n' for l in text.split("\n"))


OLK_LANG = {"ja": "JA", "zh": "ZH-CN", "ko": "KO", "ru": "RU", "uk": "UK", "el": "EL", "ar": "AR-SA", "he": "HE", "pl": "PL", "hu": "HU", "en": "EN-US"}
OLK_FONT = {"ja": "游ゴシック", "zh": "等线", "ko": "맑은 고딕", "ar": "Arial", "he": "Arial"}


def own_html(client, text, who=None):
    c = CL[client]
    if client.startswith("olk"):
        lang = c.get("lang", "en")
        return mso(text, OLK_LANG.get(lang, "EN-US"), rtl=lang in ("ar", "he"))
    if client in ("foxmail",): return "<div>" + "".join(f'<div><span style="font-size: 10.5pt; line-height: 1.5; background-color: transparent;">{esc_l(l) or "<br>"}</span></div>' for l in text.split("\n")) + "</div>"
    if client == "qqapp": return "<div>" + to_html(text) + "</div>"
    if client == "coremail": return '<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">' + divs(text) + "</div>"
    if client == "naver":
        return '<div style="font-family:나눔고딕, NanumGothic, sans-serif; font-size:10pt;">' + "".join(f"<p>{esc_l(l) or '&nbsp;'}</p>" for l in text.split("\n")) + "</div>"
    if client == "daum": return "".join(f"<p>{esc_l(l) or '<br>'}</p>" for l in text.split("\n"))
    if client == "yandex": return divs(text)
    if client == "mailru": return '<div>' + divs(text) + "</div>"
    if client == "gmail":
        rtl = ' dir="rtl"' if who is not None and who.lang in ("ar", "he") else ' dir="ltr"'
        return f"<div{rtl}>" + to_html(text) + "</div>"
    if client == "alimail": return '<div class="__aliyun_email_body_block">' + divs(text, ' style="clear:both;"') + "</div>"
    return "<div>" + to_html(text) + "</div>"


def doc_html(client, inner, who=None):
    c = CL[client]
    if client.startswith("olk"):
        lang = c.get("lang", "en"); rtl = lang in ("ar", "he")
        cs = c["cs"]
        font = OLK_FONT.get(lang, "Calibri")
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                f'<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                f'<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{{margin:0mm;\n\tfont-size:11.0pt;\n\tfont-family:"{font}",sans-serif;}}\n'
                'a:link, span.MsoHyperlink\n\t{color:#0563C1;\n\ttext-decoration:underline;}\n--></style>\n</head>\n'
                f'<body lang="{OLK_LANG.get(lang, "EN-US")}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"'
                + (' dir="RTL"' if rtl else "") + '>\n<div class="WordSection1">\n' + inner + "</div>\n</body>\n</html>\n")
    if client in ("foxmail", "qqapp"):
        return (f'<html><head><meta http-equiv="content-type" content="text/html; charset={c["cs"]}"><style>body {{ line-height: 1.5; }}'
                'blockquote { margin-top: 0px; margin-bottom: 0px; margin-left: 0.5em; } body { font-size: 14px; font-family: "Microsoft YaHei UI"; '
                'color: rgb(0, 0, 0); line-height: 1.5; }</style></head><body>\n' + inner + "\n</body></html>")
    if client == "naver" or client == "daum":
        return '<html><head><meta charset="UTF-8"></head><body>' + inner + "</body></html>"
    if client == "yandex": return "<div>" + inner + "</div>"
    if client == "mailru": return "\n<HTML><BODY>" + inner + "</BODY></HTML>\n"
    if client == "gmail": return inner
    if client == "coremail": return inner + "<br><br><span title=\"neteasefooter\"><p>&nbsp;</p></span>"
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>' + inner + "</body></html>"


# ---------------------------------------------------------------- locale tables
WD = {"ja": "月火水木金土日", "zh": "一二三四五六日", "ko": "월화수목금토일"}
RU_MON_G = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
RU_DAY = "понедельник вторник среда четверг пятница суббота воскресенье".split()
RU_DAY_MR = "Понедельник Вторник Среда Четверг Пятница Суббота Воскресенье".split()
UK_MON_G = "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня".split()
UK_MON_ABBR = "січ. лют. бер. квіт. трав. черв. лип. серп. вер. жовт. лист. груд.".split()
UK_DAY = "понеділок вівторок середа четвер п'ятниця субота неділя".split()
UK_DAY_ABBR = "пн вт ср чт пт сб нд".split()
EL_DAY = "Δευτέρα Τρίτη Τετάρτη Πέμπτη Παρασκευή Σάββατο Κυριακή".split()
EL_MON_G = "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου".split()
AR_DAY = "الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد".split()
AR_MON = "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split()
HE_DAY = "שני שלישי רביעי חמישי שישי שבת ראשון".split()
HE_MON = "ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר".split()
PL_DAY = "poniedziałek wtorek środa czwartek piątek sobota niedziela".split()
PL_MON_G = "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split()
HU_DAY = "hétfő kedd szerda csütörtök péntek szombat vasárnap".split()
HU_MON = "január február március április május június július augusztus szeptember október november december".split()
EN_DAY = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
EN_MON = "January February March April May June July August September October November December".split()


def h12(t): return (t.hour - 1) % 12 + 1


def olk_date(lang, t):
    if lang == "ja": return f"{t.year}年{t.month}月{t.day}日 {t:%H:%M}"
    if lang == "zh": return f"{t.year}年{t.month}月{t.day}日 {t:%H:%M}"
    if lang == "ko": return f"{t.year}년 {t.month}월 {t.day}일 {'월화수목금토일'[t.weekday()]}요일 {'오전' if t.hour < 12 else '오후'} {h12(t)}:{t:%M}"
    if lang == "ru": return f"{RU_DAY[t.weekday()]}, {t.day} {RU_MON_G[t.month - 1]} {t.year} г. {t.hour}:{t:%M}"
    if lang == "uk": return f"{UK_DAY[t.weekday()]}, {t.day} {UK_MON_G[t.month - 1]} {t.year} р. {t.hour}:{t:%M}"
    if lang == "el": return f"{EL_DAY[t.weekday()]}, {t.day} {EL_MON_G[t.month - 1]} {t.year} {h12(t)}:{t:%M} {'πμ' if t.hour < 12 else 'μμ'}"
    if lang == "ar": return f"{AR_DAY[t.weekday()]}، {t.day} {AR_MON[t.month - 1]}، {t.year} {h12(t):02d}:{t:%M} {'ص' if t.hour < 12 else 'م'}"
    if lang == "he": return f"יום {HE_DAY[t.weekday()]} {t:%d} {HE_MON[t.month - 1]} {t.year} {t:%H:%M}"
    if lang == "pl": return f"{PL_DAY[t.weekday()]}, {t.day} {PL_MON_G[t.month - 1]} {t.year} {t:%H:%M}"
    if lang == "hu": return f"{t.year}. {HU_MON[t.month - 1]} {t.day}., {HU_DAY[t.weekday()]} {t:%H:%M}"
    return f"{EN_DAY[t.weekday()]}, {EN_MON[t.month - 1]} {t.day}, {t.year} {h12(t)}:{t:%M} {'AM' if t.hour < 12 else 'PM'}"


OLK_Q = {  # from, sent, to, cc, subject
    "ja": ("差出人", "送信日時", "宛先", "CC", "件名"), "zh": ("发件人", "发送时间", "收件人", "抄送", "主题"),
    "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "참조", "제목"), "ru": ("От", "Отправлено", "Кому", "Копия", "Тема"),
    "uk": ("Від", "Надіслано", "Кому", "Копія", "Тема"), "el": ("Από", "Στάλθηκε", "Προς", "Κοιν.", "Θέμα"),
    "ar": ("من", "تاريخ الإرسال", "إلى", "نسخة", "الموضوع"), "he": ("מאת", "נשלח", "אל", "עותק", "נושא"),
    "pl": ("Od", "Wysłano", "Do", "DW", "Temat"), "hu": ("Feladó", "Elküldve", "Címzett", "Másolatot kap", "Tárgy"),
    "en": ("From", "Sent", "To", "Cc", "Subject")}
PREFIX = {"olk-ja": "RE: ", "olk16-sjis": "RE: ", "becky": "Re: ", "activemail": "Re: ", "foxmail": "Re: ", "qqapp": "回复：",
          "olk-zh": "答复: ", "olk16-zh": "回复: ", "coremail": "Re:", "olk-ko": "RE: ", "naver": "RE: ", "daum": "Re: ", "yandex": "Re: ",
          "olk-ru": "RE: ", "thebat": "Re: ", "mailru": "Re: ", "olk-uk": "RE: ", "gmail": "Re: ", "olk-el": "ΑΠ: ", "olk-ar": "رد: ",
          "olk-he": "השב: ", "olk-pl": "ODP: ", "olk-hu": "Vá: ", "alimail": "回复："}
PFX_RE = re.compile(r"^\s*((re|aw|fw|fwd|odp|vá|απ|ответ|отв|答复|回复|转发|転送|رد|השב)\s*[:：]\s*)+", re.I)


def reply_subj(client, prev):
    if client == "tb": return prev if re.match(r"(?i)re:", prev) else "Re: " + prev
    return PREFIX[client] + PFX_RE.sub("", prev)


# ---------------------------------------------------------------- quotes, as the replier's client writes them
def quote(client, q, tz, lang):
    """(plain, html) of record q quoted below a reply written in `client` in zone tz."""
    t = q["when"].astimezone(tz)
    qh = q["html"] or ('<div class="moz-text-flowed" style="font-family: -moz-fixed">' + to_html(q["plain"]) + "</div>")
    who = f"{q['name']} <{q['email']}>"
    tos = "; ".join(pa(x) for x in q["to"]); ccs = "; ".join(pa(x) for x in q["cc"])
    if client == "tb":
        return f"\n\nAm {t:%d.%m.%y} um {t:%H:%M} schrieb {q['name']}:\n" + gt(q["plain"]), None
    if client.startswith("olk"):
        lang = CL[client].get("lang", "en")
        lf, ls, lt, lc, lsub = OLK_Q[lang]
        imap = client in ("olk-ru",)
        frm = f"{q['name']} [mailto:{q['email']}]" if imap else who
        rows = [(lf, frm), (ls, olk_date(lang, t)), (lt, tos)] + ([(lc, ccs)] if ccs else []) + [(lsub, q["subj"])]
        sep = ":" if lang != "ja" else ":"
        if CL[client]["html"] is None:
            return "\n\n-----Original Message-----\n" + "\n".join(f"{k}{sep} {v}" for k, v in rows) + "\n\n" + q["plain"], None
        plain = "\n\n" + "\n".join(f"{k}{sep} {v}" for k, v in rows) + "\n\n" + q["plain"]
        rtl = lang in ("ar", "he")
        d = ' dir="RTL"' if rtl else ""
        html = ('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0mm 0mm 0mm">\n'
                f'<p class="MsoNormal"{d}>' + "<br>\n".join(f"<b>{H.escape(k)}{sep}</b> {H.escape(v)}" for k, v in rows) + "<o:p></o:p></p>\n</div>\n"
                '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + qh)
        return plain, html
    if client == "becky":
        return (f"\n\nOn {t0(q):%a, %d %b %Y %H:%M:%S %z}\n{who} wrote:\n\n" + gt(q["plain"]), None)
    if client == "activemail":
        return f"\n\n----- Original Message -----\nFrom: {who}\nDate: {t:%Y/%m/%d %H:%M}\nSubject: {q['subj']}\n\n" + gt(q["plain"]), None
    if client == "foxmail":
        rows = [("发件人：", q["name"]), ("发送时间：", f"{t:%Y-%m-%d %H:%M}"), ("收件人：", ", ".join(x[0] for x in q["to"]))] + \
               ([("抄送：", ", ".join(x[0] for x in q["cc"]))] if q["cc"] else []) + [("主题：", q["subj"])]
        plain = " \n" + "\n".join(f"{k} {v}" for k, v in rows) + "\n" + q["plain"]
        html = ('<blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit"><div>&nbsp;</div>'
                '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm"><div style="PADDING-RIGHT: 8px; PADDING-LEFT: 8px; '
                'FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; BACKGROUND: #efefef; PADDING-BOTTOM: 8px; PADDING-TOP: 8px">'
                + "".join(f"<div><b>{k}</b>&nbsp;{H.escape(v)}</div>" for k, v in rows) + "</div></div><div>&nbsp;</div><div>" + qh + "</div></blockquote>")
        return plain, html
    if client in ("qqapp", "alimail"):
        ap = "凌晨" if t.hour < 6 else "上午" if t.hour < 12 else "中午" if t.hour < 13 else "下午" if t.hour < 18 else "晚上"
        rows = [("发件人:", f'"{q["name"]}"<{q["email"]}>;'), ("发送时间:", f"{t.year}年{t.month}月{t.day}日(星期{WD['zh'][t.weekday()]}) {ap}{h12(t)}:{t:%M}"),
                ("收件人:", "".join(f'"{x[0]}"<{x[1]}>;' for x in q["to"]))] + [("主题:", q["subj"])]
        plain = "\n\n\n------------------ 原始邮件 ------------------\n" + "\n".join(f"{k} {v}" for k, v in rows) + "\n\n" + q["plain"]
        html = ('<div><br></div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">------------------&nbsp;原始邮件&nbsp;'
                '------------------</div><div style="font-size: 12px;background:#efefef;padding:8px;">'
                + "".join(f"<div><b>{k}</b> {H.escape(v)}</div>" for k, v in rows) + "</div><div><br></div>" + qh)
        return plain, html
    if client == "coremail":
        attr = f'在 {t:%Y-%m-%d %H:%M:%S}，"{q["name"]}" <{q["email"]}> 写道：'
        return ("\n\n\n\n\n\n" + attr + "\n" + gt(q["plain"]),
                '<br><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br><pre><br>' + H.escape(attr)
                + '</pre><blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; BORDER-LEFT: #ccc 1px solid">' + qh + "</blockquote>")
    if client in ("naver", "daum"):
        tzs = t.strftime("%z"); tzs = f"GMT{tzs[:3]}:{tzs[3:]}"
        sent = f"{t:%Y-%m-%d} ({WD['ko'][t.weekday()]}) {t:%H:%M:%S}" + (f" ({tzs})" if client == "naver" else "")
        rows = [("From", f'"{q["name"]}"&lt;{q["email"]}&gt;'), ("To", "".join(f'"{x[0]}"&lt;{x[1]}&gt;;' for x in q["to"])),
                ("Cc", "".join(f'"{x[0]}"&lt;{x[1]}&gt;;' for x in q["cc"])), ("Sent", sent), ("Subject", H.escape(q["subj"]))]
        html = ('<p>&nbsp;</p><blockquote style="border-left:2px solid #ccc;padding-left:8px;margin-left:4px">-----Original Message-----<br>'
                + "".join(f"<b>{k}:</b> {v}<br>" for k, v in rows) + "<br>" + qh + "</blockquote>")
        plain = "\n\n-----Original Message-----\n" + "\n".join(f"{k}: {H.unescape(v)}" for k, v in rows) + "\n\n" + q["plain"]
        return plain, html
    if client == "yandex":
        attr = f'{t:%d.%m.%Y}, {t:%H:%M}, "{q["name"]}" <{q["email"]}>:'
        return ("\n\n\n\n" + attr + "\n" + gt(q["plain"]),
                f"<div>&nbsp;</div><div>&nbsp;</div><div>{H.escape(attr)}</div><blockquote>" + qh + "</blockquote>")
    if client == "mailru":
        to0 = q["when"]
        off = to0.strftime("%z"); off = f"{off[:3]}:{off[3:]}"
        attr = f"{RU_DAY_MR[to0.weekday()]}, {to0.day} {RU_MON_G[to0.month - 1]} {to0.year}, {to0:%H:%M} {off} от {q['name']} <{q['email']}>:"
        return ("\n\n\n" + attr + "\n \n" + gt(q["plain"], ">"),
                f'<br><br><br><blockquote style="border-left:1px solid #0857A6; margin:10px; padding:0 0 0 10px;">{H.escape(attr)}<br><br>'
                '<div id=""><div class="js-helper js-readmsg-msg"><div><div id="style_' + dg(17) + '_BODY">' + qh + "</div></div></div></div></blockquote>")
    if client == "gmail":
        if lang == "uk":
            attr = f"{UK_DAY_ABBR[t.weekday()]}, {t.day} {UK_MON_ABBR[t.month - 1]} {t.year} р. о {t:%H:%M} {who} пише:"
        elif lang == "ar":
            attr = (f"في {AR_DAY[t.weekday()]}، {t.day} {AR_MON[t.month - 1]} {t.year} في {h12(t)}:{t:%M} {'ص' if t.hour < 12 else 'م'} "
                    f"تمت كتابة ما يلي بواسطة \u202a{q['name']}\u202c\u200f <\u202a{q['email']}\u202c\u200f>:")
        elif lang == "ru":
            attr = f"{RU_DAY_MR[t.weekday()][:2]}, {t.day} {RU_MON_G[t.month - 1][:3]}. {t.year} г. в {t:%H:%M}, {who}:"
        elif lang == "ja":
            attr = f"{t.year}年{t.month}月{t.day}日({WD['ja'][t.weekday()]}) {t:%H:%M} {who}:"
        else:
            attr = f"On {t:%a}, {t:%b} {t.day}, {t.year} at {h12(t)}:{t:%M} {'AM' if t.hour < 12 else 'PM'} {who} wrote:"
        d = "rtl" if lang in ("ar", "he") else "ltr"
        return ("\n\n" + attr + "\n\n" + gt(q["plain"]),
                f'<br><div class="gmail_quote gmail_quote_container"><div dir="{d}" class="gmail_attr">{H.escape(attr)}<br></div><blockquote class="gmail_quote" '
                'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' + qh + "</blockquote></div>")
    if client == "thebat":
        ini = "".join(w[0] for w in q["name"].split()[:2]).upper()
        attr = f"Вы писали {t.day} {RU_MON_G[t.month - 1]} {t.year} г., {t:%H:%M:%S}:"
        return attr + "\n\n" + gt(q["plain"], ini + "> "), None
    raise ValueError(client)


def t0(q): return q["when"]


# ---------------------------------------------------------------- MIME
def enc_text(text, charset, strict=True):
    try: return text.encode(charset), charset
    except UnicodeEncodeError:
        if strict: FALLBACKS.append(("body", charset, text[:80])); return text.encode("utf-8"), "utf-8"
        return text.encode(charset, "xmlcharrefreplace"), charset


def part(ctype, text, cte, charset, params="", quoted_cs=True, strict=True):
    data, charset = enc_text(text.replace("\n", "\r\n"), charset, strict)
    if cte == "quoted-printable": payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64": payload = base64.encodebytes(data).decode("ascii")
    elif cte == "7bit": payload = data.decode("ascii")
    else: payload = data  # 8bit: raw bytes
    cs = f'"{charset}"' if quoted_cs else charset
    return [f"Content-Type: {ctype}; charset={cs}{params}", f"Content-Transfer-Encoding: {cte}"], payload


def boundary(client):
    if client.startswith("olk"): return "_000_" + HX(8) + HX(4) + "PR01MB" + dg(4) + "_"
    return {"tb": lambda: "------------" + alnum(24), "foxmail": lambda: "----=_001_NextPart" + dg(6) + "_=----",
            "qqapp": lambda: "----=_NextPart_" + HX(8) + "_" + HX(8) + "_" + HX(8), "coremail": lambda: "----=_Part_" + dg(6) + "_" + dg(9) + "." + dg(13),
            "mailru": lambda: "----ALT--" + alnum(32) + dg(10), "gmail": lambda: "000000000000" + hx(16),
            "becky": lambda: "------------_" + HX(8) + "MULTIPART_MIXED_", "activemail": lambda: "--=_am6_" + hx(20),
            "thebat": lambda: "----------" + HX(16), "alimail": lambda: "----=ALIBOUNDARY_" + dg(5) + "_" + hx(12)}.get(client, lambda: "=_" + hx(24))()


def multipart(client, subtype, parts):
    b = boundary(client)
    out = []
    for ph, pb in parts:
        out.append(f"--{b}\r\n".encode() + "\r\n".join(ph).encode() + b"\r\n\r\n" + (pb if isinstance(pb, bytes) else pb.replace("\r\n", "\n").replace("\n", "\r\n").encode()).rstrip(b"\r\n") + b"\r\n")
    out.append(f"--{b}--\r\n".encode())
    return [f'Content-Type: multipart/{subtype};\r\n\tboundary="{b}"'], b"".join(out)


def attpart(client, name, data, ctype):
    c = CL[client]
    if name.isascii(): nm = f'name="{name}"'; fn = f'filename="{name}"'
    elif client in ("tb", "thebat"):
        from urllib.parse import quote as uq
        nm = f'name="{enc_words(name, "UTF-8")}"'; fn = f"filename*=UTF-8''{uq(name.encode('utf-8'), safe='')}"
    else:
        cs = c["hcs"]
        try: name.encode(cs)
        except UnicodeEncodeError: cs = "UTF-8"
        e = enc_words(name, cs, "B").replace("\r\n ", "")
        nm = f'name="{e}"'; fn = f'filename="{e}"'
    h = [f"Content-Type: {ctype};\r\n\t{nm}"]
    if client.startswith("olk"): h.append(f"Content-Description: {name if name.isascii() else enc_words(name, c['hcs']).replace(chr(13) + chr(10) + ' ', '')}")
    h += [f"Content-Disposition: attachment;\r\n\t{fn}" + (f"; size={len(data)}" if client.startswith("olk") else ""), "Content-Transfer-Encoding: base64"]
    if client == "gmail": h.append(f"X-Attachment-Id: f_{lower(9)}0")
    return h, base64.encodebytes(data)


# ---------------------------------------------------------------- Message-IDs and Date headers
def millis(t): return int(t.timestamp() * 1000) + R.randint(0, 999)


def make_mid(client, who, t, infra=None):
    infra = infra or who.infra
    if client == "tb": return f"<{ruuid()}@{who.dom}>"
    if client.startswith("olk") and infra in EXO:
        host, reg = EXO[infra]["mbx"], EXO[infra]["region"]
        return f"<{host}{HX(14)}{R.randint(0, 9)}{HX(9)}@{host}.{reg}>"
    if client.startswith("olk") and infra in ONPREM: return f"<{hx(32)}@{ONPREM[infra]['fqdn']}>"
    if client in ("olk-ru", "olk16-zh"): return f"<0000{hx(2)}01db{hx(4)}${hx(8)}${hx(8)}$@{who.dom}>"
    if client == "becky": return f"<{t:%Y%m%d%H%M%S}.{HX(4)}.{HX(8)}@{who.dom}>"
    if client == "activemail": return f"<{t:%Y%m%d%H%M%S}.{hx(8)}.{dg(5)}@webmail.{who.dom}>"
    if client == "foxmail": return f"<{t:%Y%m%d%H%M%S}{dg(7)}@{who.dom}>"
    if client == "qqapp": return f"<tencent_{HX(36)}@qq.com>"
    if client == "coremail": return f"<{hx(8)}.{hx(4)}.{hx(11)}.Coremail.{who.email}>"
    if client == "naver": return f"<{hx(32)}@cweb{R.randint(1, 30):03d}.nm.nfra.io>"
    if client == "daum": return f"<{t:%Y%m%d%H%M%S}.{alnum(12)}@hanmail.net>"
    if client == "yandex": return f"<{dg(6)}{int(t.timestamp())}@mail.yandex.ru>"
    if client == "mailru": return f"<{int(t.timestamp())}.{dg(9)}@f{R.randint(100, 520)}.i.mail.ru>"
    if client == "thebat": return f"<{dg(10)}.{t:%Y%m%d%H%M%S}@{who.dom}>"
    if client == "gmail": return "<CA" + b64(42).replace("/", "_").replace("+", "-")[:56] + "@mail.gmail.com>"
    if client == "alimail": return f"<{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}.{R.randint(1, 9)}@{who.dom}>"
    return f"<{hx(32)}@{who.dom}>"


def date_hdr(client, t, infra=None):
    if client.startswith("olk") and infra in EXO:
        u = t.astimezone(UTC); return u.strftime(f"%a, {u.day} %b %Y %H:%M:%S +0000")
    if client == "coremail": return t.strftime(f"%a, {t.day} %b %Y %H:%M:%S %z") + " (CST)"
    if client in ("becky", "naver", "yandex", "mailru", "daum"): return t.strftime("%a, %d %b %Y %H:%M:%S %z")
    return t.strftime(f"%a, {t.day} %b %Y %H:%M:%S %z")


def rtime(t, tz=BERLIN):
    t = t.astimezone(tz); return t.strftime(f"%a, {t.day} %b %Y %H:%M:%S %z") + f" ({t.strftime('%Z')})"


def dkim(d, s, t, h):
    sig = b64(256)
    return ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};\r\n\ts={s}; t={int(t.timestamp())};\r\n\tbh={b64(32)};\r\n\th={h};\r\n\tb="
            + "\r\n\t ".join(sig[i:i + 70] for i in range(0, len(sig), 70)))


def pf_id(): return alnum(13, "0123456789BCDFGHJKLMNPQRSTVWXYZ")


# ---------------------------------------------------------------- sending systems: Received path, DKIM, provider headers
EXO = {  # Exchange Online (and 21Vianet) tenants: mailbox server, region, second hop, outbound host, DKIM
    "exo-minato": dict(mbx="TYCPR01MB8437", other="TYWPR01MB10982", region="jpnprd01.prod.outlook.com", v6=("2603:1096:400:2a1::9", "2603:1096:400:3c2::11"),
                       rdns="mail-tycjpn01on2105.outbound.protection.outlook.com", helo="JPN01-TYC-obe.outbound.protection.outlook.com", ip="40.107.114.105",
                       d="minato-seiki.example", s="selector1", pol="quarantine", tenant=ruuid()),
    "exo-daesung": dict(mbx="SL2P216MB2047", other="SE1P216MB1733", region="KORP216.PROD.OUTLOOK.COM", v6=("2603:1096:101:1c::7", "2603:1096:101:3e::12"),
                        rdns="mail-sl2kor01on2097.outbound.protection.outlook.com", helo="KOR01-SL2-obe.outbound.protection.outlook.com", ip="40.107.155.97",
                        d="daesung-prec.example", s="selector2", pol="none", tenant=ruuid()),
    "vianet-kaixin": dict(mbx="SH0PR01MB0617", other="SH0PR01MB0625", region="CHNPR01.prod.partner.outlook.cn", v6=("2406:e500:c211:3::1d", "2406:e500:c211:4::9"),
                          rdns="mail-sh0chn02on2115.outbound.protection.partner.outlook.cn", helo="CHN02-SH0-obe.outbound.protection.partner.outlook.cn",
                          ip="139.219.146.115", d="kaixin-elec.example", s="selector1", pol="none", tenant=ruuid()),
    "exo-agromash": dict(mbx="VI1PR08MB5402", other="AS8PR08MB6614", region="eurprd08.prod.outlook.com", v6=("2603:10a6:800:1a4::17", "2603:10a6:20b:5f2::8"),
                         rdns="mail-vi1eur04on2119.outbound.protection.outlook.com", helo="EUR04-VI1-obe.outbound.protection.outlook.com", ip="40.107.8.119",
                         d="agromash.example", s="selector1", pol="none", tenant=ruuid()),
    "exo-agromash-ua": dict(mbx="PA4P190MB1187", other="PA4P190MB1203", region="EURP190.PROD.OUTLOOK.COM", v6=("2603:10a6:102:10e::5", "2603:10a6:102:13c::2"),
                            rdns="mail-pa4eur03on2134.outbound.protection.outlook.com", helo="EUR03-PA4-obe.outbound.protection.outlook.com", ip="40.107.103.134",
                            d="agromash-ua.example", s="selector1", pol="none", tenant=ruuid()),
    "exo-almansouri": dict(mbx="DB9P195MB1348", other="DB9P195MB1352", region="EURP195.PROD.OUTLOOK.COM", v6=("2603:10a6:10:2c4::6", "2603:10a6:10:2c7::13"),
                           rdns="mail-db8eur05on2128.outbound.protection.outlook.com", helo="EUR05-DB8-obe.outbound.protection.outlook.com", ip="40.107.20.128",
                           d="almansouri-trading.example", s="selector2", pol="quarantine", tenant=ruuid()),
    "exo-galil": dict(mbx="TL2P290MB0562", other="TL2P290MB0571", region="ISRP290.PROD.OUTLOOK.COM", v6=("2603:1096:550:a::4", "2603:1096:550:c::11"),
                      rdns="mail-tl2isr01on2101.outbound.protection.outlook.com", helo="ISR01-TL2-obe.outbound.protection.outlook.com", ip="40.107.148.101",
                      d="galil-automation.example", s="selector1", pol="reject", tenant=ruuid()),
    "exo-stalmet": dict(mbx="DU2PR10MB7822", other="AM9PR10MB4317", region="EURPRD10.PROD.OUTLOOK.COM", v6=("2603:10a6:10:2e6::19", "2603:10a6:20b:3d1::6"),
                        rdns="mail-du2eur10on2090.outbound.protection.outlook.com", helo="EUR10-DU2-obe.outbound.protection.outlook.com", ip="40.107.247.90",
                        d="stalmet-poznan.example", s="selector1", pol="quarantine", tenant=ruuid()),
}
ONPREM = {  # Exchange on premises behind the company's own gateway
    "exch-asahi": dict(fqdn="ADEX01.asahi-dengyo.local", ver="15.1.2507.39", lan="10.1.10.21", gw="mail.asahi-dengyo.example", ip="210.160.38.77",
                       tz="Asia/Tokyo", d=None),
    "exch-aigaio": dict(fqdn="AIG-EXCH01.aigaio.local", ver="15.2.1544.14", lan="10.20.1.15", gw="mx1.aigaio-profil.example", ip="185.4.132.66",
                        tz="Europe/Athens", d="aigaio-profil.example", s="gr2022"),
    "exch-dunatech": dict(fqdn="DT-EX16.dunatech.local", ver="15.1.2507.39", lan="192.168.10.8", gw="smtp.dunatech-gepgyar.example", ip="195.228.75.18",
                          tz="Europe/Budapest", d=None),
}
SIMPLE = {  # helo, ip, DKIM d, s, dmarc
    "rs-hokuriku": ("sv3127.rs-hosting.example", "183.90.232.27", "hokuriku-kasei.example", "default", "none"),
    "exmail-huatai": ("smtpbgeu2.qq.com", "18.194.254.142", None, None, "none"),
    "qiye-hengda": ("mail-m1273.qiye.163.com", "115.236.127.3", "hengda-valve.example", "default", "none"),
    "163": ("m16.mail.163.com", "220.197.31.4", "163.com", "s110527", "none"),
    "naver": ("cvsmtppost11.nm.naver.com", "125.209.224.211", "naver.com", "s20171208", "none"),
    "daum": ("mail-smtp-out.daum.net", "203.133.180.51", "hanmail.net", "20170106", "none"),
    "yandex360": ("forward102a.mail.yandex.net", "178.154.239.85", "technosnab.example", "mail", "none"),
    "mailru": ("smtp47.i.mail.ru", "95.163.41.84", "mail.ru", "mail4", "reject"),
    "bkru": ("smtp33.i.mail.ru", "95.163.41.73", "bk.ru", "mail4", "reject"),
    "kazkabel": ("mail.kazkabel.example", "91.144.152.26", "kazkabel.example", "mail", "none"),
    "gmail-free": ("mail-lj1-f171.google.com", "209.85.208.171", "gmail.com", "20230601", "none"),
    "gmail-ws-agromash": None,
    "vps-kalxin": ("mail.kalxin-elec.example", "103.151.172.48", "kalxin-elec.example", "default", "none"),
    "aliyun-dongfang": ("out30-98.freemail.mail.aliyun.com", "115.124.30.98", "dongfang-trading.example", "default", "none"),
}
GOOGLE_H = "to:subject:message-id:date:from:in-reply-to:references:mime-version:from:to:cc:subject:date:message-id:reply-to"
EXO_H = "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"


def cst(t, tz="Asia/Shanghai"): t = t.astimezone(ZoneInfo(tz)); return t.strftime(f"%a, %d %b %Y %H:%M:%S %z") + " (CST)"
def ts(t, tz): t = t.astimezone(ZoneInfo(tz) if isinstance(tz, str) else tz); return t.strftime(f"%a, {t.day} %b %Y %H:%M:%S %z")


def transport(infra, who, t, mid, client, origin=None, env=None):
    """Headers added on the way, newest first: acme's MX and its Authentication-Results, the sender's own hops, DKIM."""
    env = env or who.email
    t1 = t + datetime.timedelta(seconds=R.randint(1, 3)); tmx = t1 + datetime.timedelta(seconds=R.randint(2, 6))
    hops, extra, dk, spf_ip = [], [], None, None
    if infra in EXO:
        e = EXO[infra]; helo, rdns, ip, d, s, pol = e["helo"], e["rdns"], e["ip"], e["d"], e["s"], e["pol"]
        u0, u1 = t.astimezone(UTC), t1.astimezone(UTC)
        hops = [("Received", f"from {e['mbx']}.{e['region']} ({e['v6'][0]}) by\r\n {e['other']}.{e['region']} ({e['v6'][1]}) with "
                             f"Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8466.23; {u1:%a, %-d %b %Y %H:%M:%S +0000}"),
                ("Received", f"from {e['mbx']}.{e['region']}\r\n ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {e['mbx']}.{e['region']}\r\n ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%4]) "
                             f"with mapi id 15.20.8466.023; {u0:%a, %-d %b %Y %H:%M:%S +0000}")]
        arc_d = "microsoft.com"
        extra = [("ARC-Seal", f"i=1; a=rsa-sha256; s=arcselector10001; d={arc_d}; cv=none;\r\n b={b64(60)}"),
                 ("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d={arc_d};\r\n s=arcselector10001;\r\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version;\r\n bh={b64(32)};\r\n b={b64(60)}"),
                 ("ARC-Authentication-Results", f"i=1; mx.microsoft.com 1; spf=pass\r\n smtp.mailfrom={d}; dmarc=pass action=none header.from={d}; dkim=pass\r\n header.d={d}; arc=none"),
                 ("x-ms-publictraffictype", "Email"), ("x-ms-traffictypediagnostic", f"{e['mbx']}:EE_|{e['other']}:EE_"),
                 ("x-ms-exchange-antispam-relay", "0"), ("X-OriginatorOrg", d), ("X-MS-Exchange-CrossTenant-Id", e["tenant"]),
                 ("X-MS-Exchange-CrossTenant-OriginalArrivalTime", f"{u0:%d %b %Y %H:%M:%S.%f}"[:-3] + " (UTC)"),
                 ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", e["other"])]
        dk = dkim(d, s, t, EXO_H)
    elif infra in ONPREM:
        o = ONPREM[infra]; helo, rdns, ip, d, pol = o["gw"], o["gw"], o["ip"], o["d"], "none"
        ltz = ZoneInfo(o["tz"])
        hops = [("Received", f"from {o['fqdn']} ({o['lan']}) by {o['gw'].split('.')[0]}.{who.dom}\r\n (Postfix) with ESMTPS id {pf_id()} for <{ME[1]}>; {ts(t1, ltz)}"),
                ("Received", f"from {o['fqdn']} ({o['lan']}) by {o['fqdn']} ({o['lan']}) with\r\n Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384) id\r\n "
                             f"{o['ver']}; {ts(t, ltz)}"),
                ("Received", f"from {o['fqdn']} ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by\r\n {o['fqdn']} ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%12]) with mapi id\r\n {o['ver']}; {ts(t, ltz)}")]
        extra = [("x-ms-exchange-transport-fromentityheader", "Hosted"), ("x-originating-ip", f"[{origin or '10.1.20.' + str(R.randint(20, 90))}]")]
        if d: dk = dkim(d, o["s"], t, "From:To:Subject:Date:Message-ID:Content-Type:MIME-Version")
        s = o.get("s")
    else:
        helo, ip, d, s, pol = SIMPLE[infra]; rdns = helo
        if infra == "rs-hokuriku":
            if client == "activemail":
                hops = [("Received", f"from webmail.{who.dom} (localhost [127.0.0.1])\r\n\tby {helo} (8.15.2/8.15.2) with ESMTP id {alnum(14)}\r\n\tfor <{ME[1]}>; {ts(t1, 'Asia/Tokyo')}")]
                extra = [("X-Originating-IP", f"[{origin}]"), ("X-Sender-Auth", "web-login")]
            else:
                o = origin or "153.142.77.9"
                hops = [("Received", f"from [192.168.1.23] (p{dg(7)}-ipngn{dg(5)}toyama.ocn.ne.jp [{o}])\r\n\t(authenticated bits=0)\r\n\tby {helo} (8.15.2/8.15.2) "
                                     f"with ESMTPSA id {alnum(14)}\r\n\t(version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NO)\r\n\tfor <{ME[1]}>; {ts(t1, 'Asia/Tokyo')}")]
            dk = dkim(d, s, t, "Date:From:To:Subject:In-Reply-To:References:Message-Id:MIME-Version:Content-Type")
        elif infra == "exmail-huatai":
            o = origin or "115.238.91.44"; dev = "iPhone" if client == "qqapp" else "DESKTOP-HT08"
            hops = [("Received", f"from {dev} ( [{o}])\r\n\tby bizesmtp.qq.com (ESMTP) with SMTP id 0\r\n\tfor <{ME[1]}>; {cst(t)}")]
            extra = [("X-QQ-mid", f"{'xmsezb' if client == 'qqapp' else 'bizesmtp'}{R.randint(10, 99)}t{int(t.timestamp())}t{lower(6)}"),
                     ("X-QQ-Originating-IP", b64(12)), ("X-QQ-SSF", "0040000000000050"), ("X-QQ-GoodBg", "1"), ("X-BIZMAIL-ID", dg(20))]
        elif infra in ("qiye-hengda", "163"):
            o = origin or ("115.59.14." + str(R.randint(2, 250)) if infra == "qiye-hengda" else "117.136.0." + str(R.randint(2, 250)))
            local = who.email.replace("@", "$")
            web = "ajax-webmail-mail-m12-17" if infra == "qiye-hengda" else f"ajax-webmail-wmsvr-40-{R.randint(100, 140)}"
            hops = [("Received", f"from {local} ( [{o}] ) by {web}\r\n (Coremail) ; {cst(t)}")]
            extra = [("X-Originating-IP", f"[{o}]"), ("X-CM-TRANSID", f"{alnum(16)}{alnum(8)}--.{R.randint(10, 60)}"),
                     ("X-Coremail-Antispam", "1Uf129KBjDUn29KB7ZKAUJUUUU8529EdanIXcx71UUUUU7v73\r\n\tVFW2AGmfu7bjvjm3AaLaJ3UbIYCTnIWIevJa73UjIFyTuYvjxU" + alnum(20)),
                     ("X-CM-SenderInfo", f"{lower(10)}bxqrjqqrwthudrp/1tbi{alnum(16)}")]
            if infra == "qiye-hengda": extra += [("X-HM-Spam-Status", "e1kfGhgUHx5ZQUpXWQgPGg8OCBgUHx5ZQUlOS1dZFg8aDwILHllBWSg2"), ("X-HM-Tid", f"0a95{hx(12)}kunm{hx(9)}")]
            dk = dkim(d, s, t, "Date:From:Subject:Content-Type:MIME-Version:Message-ID")
        elif infra in ("naver", "daum"):
            o = origin or ("211.234." + str(R.randint(10, 250)) + "." + str(R.randint(2, 250)))
            if infra == "naver":
                hops = [("Received", f"from cweb{R.randint(1, 30):03d}.nm.nfra.io ([{R.randint(10, 12)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(2, 250)}])\r\n"
                                     f"  by mail.naver.com with ESMTP id {alnum(22)}\r\n  for <{ME[1]}>;\r\n  {ts(t1, 'Asia/Seoul')}")]
                extra = [("X-Naver-CIP", o), ("X-Originating-IP", o)]
                dk = dkim(d, s, t, "Date:From:To:Subject:Message-ID:MIME-Version:Content-Type")
            else:
                hops = [("Received", f"from wmwas{R.randint(1, 12)}.daum.net ({o}) by mail-smtp-out.daum.net with ESMTP id {alnum(20)};\r\n\t{ts(t1, 'Asia/Seoul')}")]
                extra = [("X-Originating-IP", f"[{o}]")]
                dk = dkim(d, s, t, "Date:From:To:Cc:Message-ID:Subject:MIME-Version:Content-Type")
        elif infra == "yandex360":
            sm = f"mail-nwsmtp-smtp-production-main-{R.randint(10, 90)}.{R.choice(['vla', 'iva', 'sas', 'myt'])}.yp-c.yandex.net"
            if client == "yandex":
                hops = [("Received", f"from mail-nwsmtp-mxback-production-main-{R.randint(10, 60)}.vla.yp-c.yandex.net (mail-nwsmtp-mxback-production-main.vla.yp-c.yandex.net "
                                     f"[IPv6:2a02:6b8:c0f:{hx(4)}:0:640:{hx(4)}:0])\r\n\tby {helo} (Yandex) with ESMTPS id {alnum(8)}-{alnum(8)}\r\n\tfor <{ME[1]}>; {ts(t1, 'Europe/Moscow')}"),
                        ("Received", f"from mail.yandex.ru (2a02:6b8:c0f:{hx(4)}:0:640:{hx(4)}:0 [2a02:6b8:c0f:{hx(4)}:0:640:{hx(4)}:0])\r\n\tby mail-nwsmtp-mxback-production-main-"
                                     f"{R.randint(10, 60)}.vla.yp-c.yandex.net (mxback/Yandex) with HTTP id {alnum(8)}-{alnum(8)};\r\n\t{ts(t, 'Europe/Moscow')}")]
            else:  # SMTP submission by a desktop client
                o = origin
                hops = [("Received", f"from {sm} ({sm} [IPv6:2a02:6b8:c0c:{hx(4)}:0:640:{hx(4)}:0])\r\n\tby {helo} (Yandex) with ESMTPS id {alnum(8)}-{alnum(8)}\r\n\t"
                                     f"for <{ME[1]}>; {ts(t1, 'Europe/Moscow')}"),
                        ("Received", f"by {sm} (smtp/Yandex) with ESMTPSA id {alnum(10)}-{alnum(8)};\r\n\t{ts(t, 'Europe/Moscow')}"),
                        ("Received", f"from {o[1]} ([{o[0]}]) by {sm} with ESMTPSA; {ts(t, 'Europe/Moscow')}")]
            extra = [("X-Yandex-Fwd", "1"), ("X-Yandex-Filter", "1")]
            dk = dkim(d, s, t, "From:To:In-Reply-To:References:Subject:Date:Message-Id")
        elif infra in ("mailru", "bkru"):
            o = origin or f"178.204.{R.randint(0, 255)}.{R.randint(2, 250)}"
            f = f"f{R.randint(100, 520)}.i.mail.ru"
            hops = [("Received", f"by {f} with HTTP;\r\n\t{ts(t, 'Europe/Moscow')}")]
            extra = [("X-Originating-IP", f"[{o}]"), ("X-7564579A", "646B95376F6C166E"), ("X-77F55803", "119C1F4DF6A9251C" + HX(32)),
                     ("X-Mailru-Sender", HX(40)), ("X-Mras", "Ok"), ("X-Spam", "undefined")]
            dk = dkim(d, s, t, "Content-Type:Message-ID:Reply-To:Date:MIME-Version:Subject:To:From:From:Subject:Content-Type:Content-Transfer-Encoding:To:Cc")
        elif infra == "kazkabel":
            o = origin or "91.144.152.40"
            hops = [("Received", f"from [192.168.0.45] (unknown [{o}])\r\n\tby {helo} (Postfix) with ESMTPSA id {pf_id()}\r\n\tfor <{ME[1]}>; {ts(t1, who.tz)}")]
            dk = dkim(d, s, t, "Date:From:Message-ID:To:Subject:In-Reply-To:References:MIME-Version:Content-Type")
        elif infra == "gmail-free":
            la = t1.astimezone(ZoneInfo("America/Los_Angeles")); lp = la.strftime("%Z")
            hops = [("Received", f"by {helo} with SMTP id 38308e7fff4ca-{hx(11)}so{dg(7)}e87.{R.randint(0, 3)}\r\n        for <{ME[1]}>; {la:%a, %d %b %Y %H:%M:%S %z} ({lp})")]
            extra = [("X-Gm-Message-State", "AOJu0Y" + alnum(60)), ("X-Google-Smtp-Source", "AGHT+I" + alnum(70)),
                     ("X-Received", f"by 2002:a05:651c:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(3)} with SMTP id {hx(16)}mr{dg(7)}e87.{R.randint(1, 40)}.{int(t.timestamp())};\r\n        {la:%a, %d %b %Y %H:%M:%S %z} ({lp})")]
            dk = dkim(d, s, t, GOOGLE_H)
        elif infra == "vps-kalxin":
            hops = [("Received", f"from [{origin}] (unknown [{origin}])\r\n\t(Authenticated sender: {env})\r\n\tby {helo} (Postfix) with ESMTPSA id {pf_id()}\r\n\tfor <{ME[1]}>; {ts(t1, UTC)}")]
            dk = dkim(d, s, t, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type")
        elif infra == "aliyun-dongfang":
            hops = [("Received", f"from DESKTOP-{HX(7)}(mailfrom:{env} fp:SMTPD_---{alnum(10)})\r\n          by smtp.aliyun-inc.com;\r\n          {cst(t)}")]
            extra = [("X-Alimail-AntiSpam", f"AC=PASS;BC=-1|-1;BR=01201311R{dg(3)}e4;CH=green;DM=||false|;DS=||;FP=0|-1|-1|-1|0|-1|-1|-1;HT=maildocker-contentspam"
                                            f"033045220184;MF={env};NM=1;PH=DS;RN=1;RT=1;SR=0;TI=SMTPD_---{alnum(10)}")]
            dk = dkim(d, s, t, "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type")
        else:
            raise ValueError(infra)
    dk_res = f"dkim=pass (2048-bit key; unprotected) header.d={d} header.i=@{d} header.a=rsa-sha256 header.s={s} header.b={b64(6)[:8]}" if dk else "dkim=none"
    dmarc = f"dmarc=pass (p={pol} dis=none) header.from={who.dom}" if dk else f"dmarc=pass (p=none dis=none) header.from={who.dom}"
    top = [("Return-Path", f"<{env}>"), ("Delivered-To", ME[1]),
           ("Received", f"from {helo} ({rdns} [{ip}])\r\n\tby mx1.acme-industrie.example (Postfix) with ESMTPS id {pf_id()}\r\n\tfor <{ME[1]}>; {rtime(tmx)}"),
           ("Authentication-Results", f"mx1.acme-industrie.example;\r\n\t{dk_res};\r\n\t{dmarc};\r\n\tspf=pass "
                                      f"(mx1.acme-industrie.example: domain of {env} designates {ip} as permitted sender) smtp.mailfrom={env}")]
    return top + hops + extra + ([dk] if dk else [])


# ---------------------------------------------------------------- building one message
pending = []  # (utc, folder, raw bytes, message-id, label, scenario)
MAILER = {"foxmail": "Foxmail 7.2.25.375[cn]", "becky": "Becky! ver. 2.81.05 [ja]", "activemail": "Active! mail",
          "coremail-qiye": "Coremail Webmail Server Version 2023.2-cmXT5 build 20240306(5e6bc7a1)\r\n Copyright (c) 2002-2025 www.mailtech.cn qiye163",
          "coremail-163": "Coremail Webmail Server Version XT5.0.14 build 20240801(9fa1a8a4)\r\n Copyright (c) 2002-2025 www.mailtech.cn 163com",
          "yandex": "Yamail [ http://yandex.ru ] 5.0", "mailru": "Mail.Ru Mailer 1.0", "thebat": "The Bat! (v10.5.2) Professional",
          "daum": "Daum Web Mailer 1.1", "olk": "Microsoft Outlook 16.0", "alimail": "[Alimail-Mailagent revision 1][W11_04]"}


def emit(folder, who, client, t, to, cc, subj, refs, plain, html, atts=(), extra=(), label=None, scen="", frm=None, mid=None, infra=None,
         origin=None, tidx=None, base_subj="", env=None, transport_hdrs=None, drop=(), body=None, lang=None):
    c = CL[client]; infra = infra or who.infra
    m = mid or make_mid(client, who, t, infra)
    hcs, mode = c["hcs"], c["mode"]
    F = ("From", frm or addr(who.name, who.email, hcs, mode))
    T = ("To", ", ".join(addr(a, b, hcs, mode) for a, b in to)) if to else None
    C = ("Cc", ", ".join(addr(a, b, hcs, mode) for a, b in cc)) if cc else None
    S = ("Subject", htext(subj, hcs, mode)); D = ("Date", date_hdr(client, t, infra)); M = ("Message-ID", m)
    IRT = ("In-Reply-To", refs[-1]) if refs else None
    REF = ("References", "\r\n ".join(refs)) if refs else None
    MV = ("MIME-Version", "1.0")
    if body is None:
        parts = []
        if c["html"] != "only":
            parts.append(part("text/plain", plain, c["pcte"], c["cs"], "; format=flowed" if client == "tb" else "", quoted_cs=client.startswith("olk") or client == "gmail"))
        if c["html"]:
            parts.append(part("text/html", doc_html(client, html, who), c["hcte"], c["cs"], quoted_cs=client.startswith("olk") or client == "gmail", strict=False))
        body = parts[0] if len(parts) == 1 else multipart(client, "alternative", parts)
        if atts: body = multipart(client, "mixed", [body] + [attpart(client, nm, data, ct) for nm, data, ct in atts])
    bh, bb = body
    CT = [tuple(x.split(": ", 1)) for x in bh]
    th = [("Thread-Topic", htext(base_subj, hcs, mode)), ("Thread-Index", tidx)]
    if client.startswith("olk") and client not in ("olk-ru", "olk16-zh"):
        lang_tag = {"ja": "ja-JP", "zh": "zh-CN", "ko": "ko-KR", "uk": "uk-UA", "el": "el-GR", "ar": "ar-AE", "he": "he-IL", "pl": "pl-PL", "hu": "hu-HU"}[c["lang"]]
        order = [F, T, C, S] + th + [D, M, REF, IRT, ("Accept-Language", f"{lang_tag}, en-US"), ("Content-Language", lang_tag),
                                     ("X-MS-Has-Attach", "yes" if atts else ""), ("X-MS-TNEF-Correlator", "")]
        if infra in EXO: order += [("msip_labels", "")]
        order += ["CT", MV]
    elif client in ("olk-ru", "olk16-zh"):
        order = [F, T, C, REF, IRT, S, D, M, MV, "CT", ("X-Mailer", MAILER["olk"]), ("Thread-Index", tidx), ("Content-Language", {"olk-ru": "ru", "olk16-zh": "zh-cn"}[client])]
    elif client == "tb":
        order = [M, D, MV, ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", {"ru": "ru", "pl": "pl"}.get(lang, "en-US")), S, T, C, REF, F, IRT, "CT"]
    elif client == "becky":
        order = [D, F, T, C, S, IRT, REF, M, MV, "CT", ("X-Mailer", MAILER["becky"])]
    elif client == "activemail":
        order = [D, F, T, S, M, IRT, REF, MV, "CT", ("X-Mailer", MAILER["activemail"])]
    elif client == "foxmail":
        order = [D, F, T, C, S, REF, IRT, ("X-Priority", "3"), ("X-GUID", ruuid().upper()), ("X-Has-Attach", "yes" if atts else "no"),
                 ("X-Mailer", MAILER["foxmail"]), ("Mime-Version", "1.0"), M, "CT"]
    elif client == "qqapp":
        order = [("X-QQ-XMAILINFO", alnum(60)), ("X-QQ-XMRINFO", alnum(40)), F, T, S, MV, "CT", D, ("X-Priority", "3"), M,
                 ("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", "QQMail 2.x"), ("X-QQ-Mailer", "QQMail 2.x"), IRT, REF]
    elif client == "coremail":
        order = [D, F, T, C, S, ("X-Priority", "3"), ("X-Mailer", MAILER["coremail-163" if who.dom == "163.com" else "coremail-qiye"]), IRT, REF,
                 ("X-NTES-SC", "AL_Qu2" + alnum(60)), "CT", MV, M, ("X-Coremail-Locale", "zh_CN")]
    elif client == "naver":
        order = [MV, F, T, C, S, D, M, IRT, REF, "CT"]
    elif client == "daum":
        order = [D, F, T, C, M, S, IRT, REF, MV, ("X-Mailer", MAILER["daum"]), "CT"]
    elif client == "yandex":
        order = [F, T, C, IRT, REF, S, MV, ("X-Mailer", MAILER["yandex"]), D, ("Message-Id", m), "CT"]
    elif client == "mailru":
        order = [F, T, C, S, MV, ("X-Mailer", MAILER["mailru"]), D, ("Reply-To", F[1]), ("X-Priority", "3 (Normal)"), M, IRT, REF, "CT"]
    elif client == "thebat":
        order = [D, F, ("X-Priority", "3 (Normal)"), M, T, C, S, IRT, REF, MV, "CT", ("X-Mailer", MAILER["thebat"])]
    elif client == "gmail":
        order = [MV, REF, IRT, F, D, M, S, T, C, "CT"]
    elif client == "alimail":
        order = [D, F, T, C, M, S, ("X-Mailer", MAILER["alimail"]), MV, ("x-aliyun-mail-creator", "W4_" + alnum(40)), IRT, REF, "CT"]
    else:
        raise ValueError(client)
    hdrs = []
    if folder == "INBOX":
        if transport_hdrs is not None: hdrs += transport_hdrs
        elif who.dom == "acme-industrie.example":
            hdrs += [("Return-Path", f"<{who.email}>"), ("Delivered-To", ME[1]),
                     ("Received", f"from [10.20.4.33] (unknown [10.20.4.33])\r\n\t(Authenticated sender: {who.email.split('@')[0]})\r\n\tby mail.acme-industrie.example "
                                  f"(Postfix) with ESMTPSA id {pf_id()}\r\n\tfor <{ME[1]}>; {rtime(t + datetime.timedelta(seconds=2))}")]
        else: hdrs += transport(infra, who, t, m, client, origin=origin, env=env)
    for o in order:
        if o == "CT": hdrs += CT
        elif o: hdrs.append(o)
    hdrs = [x for x in hdrs if x[0] not in drop] + list(extra)
    head = "\r\n".join(f"{k}: {v}" for k, v in hdrs)
    head = head.replace("\r\n", "\n").replace("\n", "\r\n")
    assert head.isascii(), head
    payload = bb if isinstance(bb, bytes) else bb.replace("\r\n", "\n").replace("\n", "\r\n").encode("ascii")
    raw = head.encode("ascii") + b"\r\n\r\n" + payload
    pending.append((t.astimezone(UTC), folder, raw, m, label, scen))
    return dict(m=m, name=who.name, email=who.email, when=t, to=list(to), cc=list(cc or []), subj=subj, plain=plain, html=html, client=client)


# ---------------------------------------------------------------- threads
def thread(partner, subj, lang, start_refs=None, cc=None):
    return dict(p=partner, base=subj, subj=None, lang=lang, refs=list(start_refs or []), last=None, cc=cc, tbase=b"\x01" + rbytes(21), n=0, msgs=[])


def at(s, tz):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(second=R.randint(3, 58), tzinfo=tz if isinstance(tz, datetime.tzinfo) else ZoneInfo(tz))


def say(st, who, when, text, label=None, kind=None, scen="", client=None, to=None, cc="thread", atts=(), sig=True, quote_rec="last", html_own=None,
        plain_own=None, extra=(), frm=None, infra=None, origin=None, lang=None, tz=None, subj=None, mid=None, env=None, q_override=None,
        transport_hdrs=None, keep=True, refs=None, drop=(), body=None):
    """One message of thread st written by who (Laura -> Sent, everyone else -> INBOX) at local time `when`."""
    client = client or who.client; lang = lang or (st["lang"] if who is laura else who.lang)
    zone = ZoneInfo(tz) if tz else who.tz
    t = at(when, zone)
    if st.get("lastt") and t <= st["lastt"] and keep: raise ValueError(f"out of order in {st['base']}: {when}")
    if keep: st["lastt"] = t
    own = text + (who.sig if sig and who.sig else "")
    q = st["last"] if quote_rec == "last" else quote_rec
    if q_override is not None: qp, qh = q_override
    elif q: qp, qh = quote(client, q, zone, lang)
    else: qp, qh = "", ""
    if client == "thebat" and q:
        greet, _, rest = text.partition("\n\n")
        plain = greet + "\n\n" + qp + "\n\n" + rest + (who.sig if sig else "")
    elif client == "foxmail":
        plain = own + "\n\n" + who.email + (("\n" + qp) if qp else "")
    else:
        plain = (plain_own if plain_own is not None else own) + qp
    html = None
    if CL[client]["html"]:
        oh = html_own if html_own is not None else own_html(client, own, who)
        if client == "foxmail":
            oh += ('<div><br></div><hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left">'
                   f'<div><span><div style="MARGIN: 0px; FONT-FAMILY: verdana; COLOR: #000000; FONT-SIZE: 10pt"><div>{who.email}</div></div></span></div>')
        html = oh + (qh or "")
    if subj is None:
        subj = st["base"] if st["subj"] is None else reply_subj(client, st["subj"])
    if to is None: to = [(st["p"].name, st["p"].email)] if who is laura else [ME]
    if cc == "thread": cc = [c for c in (st["cc"] or []) if c[1] != who.email]
    st["n"] += 1
    tidx = base64.b64encode(st["tbase"] + rbytes(5 * (st["n"] - 1))).decode()
    r = emit("Sent" if who is laura else "INBOX", who, client, t, to, cc, subj, st["refs"] if refs is None else refs, plain, html, atts=atts, extra=extra,
             label=(label, kind) if label else None, scen=scen, frm=frm, mid=mid, infra=infra, origin=origin, tidx=tidx, base_subj=st["base"],
             env=env, transport_hdrs=transport_hdrs, drop=drop, body=body, lang=lang)
    if keep:
        st["refs"].append(r["m"]); st["last"] = r; st["subj"] = subj; st["msgs"].append(r)
    return r


def test(st, who, when, text, label, kind, scen, **kw):
    return say(st, who, when, text, label=label, kind=kind, scen=scen, **kw)


# ---------------------------------------------------------------- files (inert)
def zip_of(files, encrypted=False, when=(2025, 3, 3, 9, 12, 0), cp932=False):
    """A zip; cp932=True writes non-ASCII names the way Japanese Windows tools do (Shift_JIS bytes, no UTF-8 flag)."""
    bio = io.BytesIO(); z = zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED); swaps = []
    for name, data in files:
        zname = name
        if cp932 and not name.isascii():
            raw = name.encode("cp932"); zname = "".join(R.choice("QWXZ") for _ in range(len(raw))); swaps.append((zname.encode(), raw))
        zi = zipfile.ZipInfo(zname, date_time=when); zi.compress_type = zipfile.ZIP_DEFLATED; zi.external_attr = 0o644 << 16
        z.writestr(zi, data)
    z.close(); b = bytes(bio.getvalue())
    for ph, raw in swaps: b = b.replace(ph, raw)
    b = bytearray(b)
    if encrypted:  # general-purpose flag bit 0 (encrypted) in every local and central header
        for sig, off in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
            i = b.find(sig)
            while i >= 0: b[i + off] |= 1; i = b.find(sig, i + 4)
    return bytes(b)


def pdf_esc(s): return s.encode("ascii", "ignore").decode().replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines, uris=(), encrypt=False, producer="Microsoft® Word for Microsoft 365", when="20250303091200"):
    """A small valid PDF (probegen.pdf_document) with this generator's random helpers and escaping."""
    return pdf_document(lines, hx, rbytes, pdf_esc, uris, encrypt, producer, when, zone="")


def jpeg(k=2400):
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00\xff\xdb\x00\x43\x00" + rbytes(64)
            + b"\xff\xc0\x00\x11\x08\x0b\xb8\x0f\xa0\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01\xff\xda\x00\x0c\x03\x01\x00\x02\x11\x03\x11\x00\x3f\x00"
            + rbytes(k) + b"\xff\xd9")


def dxf(stem):
    return ("0\nSECTION\n2\nHEADER\n9\n$ACADVER\n1\nAC1027\n0\nENDSEC\n0\nSECTION\n2\nENTITIES\n" + "".join(
        f"0\nLINE\n8\n0\n10\n{R.randint(0, 400)}.0\n20\n{R.randint(0, 300)}.0\n11\n{R.randint(0, 400)}.0\n21\n{R.randint(0, 300)}.0\n" for _ in range(40))
        + "0\nENDSEC\n0\nEOF\n")


def step(stem):
    return (f"ISO-10303-21;\nHEADER;\nFILE_DESCRIPTION(('{stem}'),'2;1');\nFILE_NAME('{stem}.step','2025-02-03T10:41:00',(''),(''),'','','');\n"
            "FILE_SCHEMA(('AUTOMOTIVE_DESIGN { 1 0 10303 214 1 1 1 1 }'));\nENDSEC;\nDATA;\n"
            + "".join(f"#{i}=CARTESIAN_POINT('',({R.randint(0, 400)}.,{R.randint(0, 300)}.,{R.randint(0, 5)}.));\n" for i in range(1, 60)) + "ENDSEC;\nEND-ISO-10303-21;\n")


def xls97():  # an OLE compound file header (legacy .xls) with inert filler
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16) + b"\x3e\x00\x03\x00\xfe\xff\x09\x00\x06\x00" + bytes(10) + rbytes(4000)


def lnk(target, args):
    hdr = struct.pack("<I16sIIIQQQIIIH", 0x4C, bytes.fromhex("0114020000000000c000000000000046"), 0x000000A5, 0x20, 0, 0, 0, 0, 0, 7, 0, 0) + bytes(10)
    def sdata(s): return struct.pack("<H", len(s)) + s.encode("utf-16-le")
    return hdr + sdata(".\\" + target.split("\\")[-1]) + sdata(args) + sdata("%SystemRoot%\\System32\\shell32.dll") + bytes(4)


def iso_img(names):
    sec = bytearray(2048 * 20)
    pvd = bytearray(2048); pvd[0] = 1; pvd[1:6] = b"CD001"; pvd[6] = 1; pvd[40:72] = b"SHIPPING_DOCS".ljust(32)
    sec[16 * 2048:17 * 2048] = pvd; term = bytearray(2048); term[0] = 255; term[1:6] = b"CD001"; term[6] = 1; sec[17 * 2048:18 * 2048] = term
    d = bytearray()
    for nm in names:
        fid = (nm.upper() + ";1").encode(); rec = bytearray(33 + len(fid) + (1 - len(fid) % 2)); rec[0] = len(rec); rec[32] = len(fid); rec[33:33 + len(fid)] = fid
        d += rec
    sec[18 * 2048:18 * 2048 + len(d)] = d
    return bytes(sec) + b"MZ\x90\x00" + rbytes(6000)


def phish_html(victim, action, title):
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title></head><body style=\"font-family:Segoe UI\">"
            f"<div style=\"width:360px;margin:80px auto\"><h3>{title}</h3><p>Sign in to view the document</p>"
            f"<form method=\"post\" action=\"{action}\"><input name=\"login\" value=\"{victim}\"><br><input name=\"passwd\" type=\"password\" placeholder=\"Password\"><br>"
            "<button type=\"submit\">View invoice</button></form></div></body></html>").encode()


# ---------------------------------------------------------------- people
LAURA_SIG = ("\n\n-- \nLaura Weber\nExport Sales Manager Asia & Eastern Europe\nACME Industrie GmbH\nSandershaeuser Str. 34, 34123 Kassel, Germany\n"
             "Tel. +49 561 555 2230 | www.acme-industrie.example")
laura = Pt(ME[0], ME[1], "tb", "Europe/Berlin", "en", None, LAURA_SIG)
jonas = ("Jonas Keller", "jonas.keller@acme-industrie.example")
yamamoto = Pt("山本 真理子", "m.yamamoto@minato-seiki.example", "olk-ja", "Asia/Tokyo", "ja", "exo-minato",
              "\n\n――――――――――――――――――――\n株式会社ミナト精機\n海外営業部　山本 真理子\n〒455-0032 名古屋市港区入船2-14-8\n"
              "TEL: 052-555-3184　FAX: 052-555-3190\nE-mail: m.yamamoto@minato-seiki.example\n――――――――――――――――――――")
takahashi = Pt("高橋 由美", "y.takahashi@asahi-dengyo.example", "olk16-sjis", "Asia/Tokyo", "ja", "exch-asahi",
               "\n\n*************************************\n旭電業株式会社　技術営業課\n高橋 由美（Yumi Takahashi）\n〒330-0843 さいたま市大宮区吉敷町1-75\n"
               "TEL 048-555-2716\n*************************************")
kobayashi = Pt("小林 健一", "kobayashi@hokuriku-kasei.example", "becky", "Asia/Tokyo", "ja", "rs-hokuriku",
               "\n\n-------------------------------------------\n北陸化成株式会社 営業部\n小林 健一 <kobayashi@hokuriku-kasei.example>\n"
               "〒939-8211 富山県富山市二口町3-9-2\nTEL: 076-555-4410\n-------------------------------------------")
chen = Pt("陈静", "chen.jing@huatai-nb.example", "foxmail", "Asia/Shanghai", "zh", "exmail-huatai",
          "\n\n陈静 Chen Jing\n外贸部 | Export Dept.\n宁波华泰机械有限公司 Ningbo Huatai Machinery Co., Ltd.\nTel: +86 574 5555 8312 | WeChat: chenjing_ht")
wang = Pt("Fiona Wang 王芳", "wang.fang@kaixin-elec.example", "olk-zh", "Asia/Shanghai", "zh", "vianet-kaixin",
          "\n\nBest regards\n王芳 Fiona Wang\n销售经理 | Sales Manager\n深圳凯信电子有限公司 Shenzhen Kaixin Electronics Co., Ltd.\nTel: +86 755 5555 2671")
LIU_SIG = "\n\n刘洋 Liu Yang\n国际业务部 | International Business\n河北恒达阀门有限公司 Hebei Hengda Valve Co., Ltd.\nMob/WhatsApp: +86 139 5555 0721"
liu = Pt("刘洋", "liu.yang@hengda-valve.example", "coremail", "Asia/Shanghai", "zh", "qiye-hengda", LIU_SIG)
liu163 = Pt("刘洋", "liuyang_hd@163.com", "coremail", "Asia/Shanghai", "zh", "163", "\n\n刘洋\n发自网易邮箱")
kim = Pt("김민준", "mj.kim@daesung-prec.example", "olk-ko", "Asia/Seoul", "ko", "exo-daesung",
         "\n\n김민준 과장 / Min-jun Kim, Manager\n대성정밀(주) 해외영업팀 / Daesung Precision Co., Ltd.\nT. +82-55-555-7314 | M. +82-10-5555-2098")
park = Pt("박서연", "sy.park@daesung-prec.example", "olk-ko", "Asia/Seoul", "ko", "exo-daesung",
          "\n\n박서연 대리 / Seo-yeon Park, Assistant Manager\n대성정밀(주) 해외영업팀 / Daesung Precision Co., Ltd.\nT. +82-55-555-7318")
lee = Pt("이준호", "jh.lee.trade@naver.com", "naver", "Asia/Seoul", "ko", "naver", "\n\nJH 트레이딩 | 대표 이준호\n010-5555-8842")
choi = Pt("최영수", "ys.choi_hanbit@hanmail.net", "daum", "Asia/Seoul", "ko", "daum", "\n\n최영수 드림\n한빛기계 구매팀 / 010-5555-3127")
irina = Pt("Ирина Соколова", "i.sokolova@technosnab.example", "yandex", "Asia/Tashkent", "ru", "yandex360",
           "\n\n-- \nС уважением,\nИрина Соколова\nменеджер ВЭД\nТОО \"ТехноСнаб\"\nг. Алматы, ул. Толе би, 286\nтел. +7 727 555-27-14")
dmitry = Pt("Дмитрий Орлов", "d.orlov@technosnab.example", "olk-ru", "Asia/Tashkent", "ru", "yandex360",
            "\n\nС уважением,\nДмитрий Орлов\nруководитель отдела закупок\nТОО \"ТехноСнаб\"\n+7 727 555-27-20")
viktor = Pt("Виктор Смирнов", "v.smirnov@kazkabel.example", "thebat", "Asia/Tashkent", "ru", "kazkabel",
            "\n\n-- \nС уважением,\n Виктор                          mailto:v.smirnov@kazkabel.example")
kuzn = Pt("Андрей Кузнецов", "kuznetsov.a.tbilisi@mail.ru", "mailru", "Asia/Tbilisi", "ru", "mailru", "\n\n--\nАндрей Кузнецов\nИП Кузнецов А. В., Тбилиси\n+995 555 41 08 27")
oksana = Pt("Оксана Бондаренко", "o.bondarenko@agromash.example", "olk-uk", "Europe/Kyiv", "uk", "exo-agromash",
            "\n\nЗ повагою,\nОксана Бондаренко\nменеджер з імпорту\nТОВ «Агромаш»\nм. Полтава, вул. Зіньківська, 12\nтел. +380 532 55 51 27")
taras = Pt("Тарас Мельник", "taras.melnyk.trans@gmail.com", "gmail", "Europe/Kyiv", "uk", "gmail-free", "\n\n--\nТарас Мельник\nМельник Транс, експедирування\n+380 67 555 20 41")
papadakis = Pt("Γιώργος Παπαδάκης", "g.papadakis@aigaio-profil.example", "olk-el", "Europe/Athens", "el", "exch-aigaio",
               "\n\nΜε εκτίμηση,\nΓιώργος Παπαδάκης\nΤμήμα Τεχνικής Υποστήριξης\nΑΙΓΑΙΟ ΠΡΟΦΙΛ Α.Ε.\nΒΙ.ΠΕ. Σίνδου, 57022 Θεσσαλονίκη\nΤηλ.: +30 2310 555 814")
eleni = Pt("Ελένη Γεωργίου", "e.georgiou@aigaio-profil.example", "olk-el", "Europe/Athens", "el", "exch-aigaio",
           "\n\nΜε εκτίμηση,\nΕλένη Γεωργίου\nΜηχανικός Εφαρμογών\nΑΙΓΑΙΟ ΠΡΟΦΙΛ Α.Ε.\nΤηλ.: +30 2310 555 826")
khalid = Pt("خالد المنصوري", "k.almansouri@almansouri-trading.example", "olk-ar", "Asia/Dubai", "ar", "exo-almansouri",
            "\n\nمع أطيب التحيات،\nخالد المنصوري\nمدير المشتريات\nشركة المنصوري للتجارة ذ.م.م\nدبي، الإمارات العربية المتحدة\nهاتف: +971 4 555 2317")
yael = Pt("יעל לוי", "yael.levi@galil-automation.example", "olk-he", "Asia/Jerusalem", "he", "exo-galil",
          "\n\nבברכה,\nיעל לוי\nמנהלת רכש\nגליל אוטומציה בע\"מ\nטל': 04-5553172")
kasia = Pt("Katarzyna Wiśniewska", "k.wisniewska@stalmet-poznan.example", "olk-pl", "Europe/Warsaw", "pl", "exo-stalmet",
           "\n\nZ poważaniem\nKatarzyna Wiśniewska\nDział Sprzedaży\nSTALMET Poznań Sp. z o.o.\nul. Gdyńska 88, 61-016 Poznań\ntel. +48 61 555 37 20\n"
           "www.stalmet-poznan.example")
peter = Pt("Kovács Péter", "kovacs.peter@dunatech-gepgyar.example", "olk-hu", "Europe/Budapest", "hu", "exch-dunatech",
           "\n\nÜdvözlettel:\nKovács Péter\nbeszerzési vezető\nDunatech Gépgyár Kft.\n2400 Dunaújváros, Papírgyári út 14.\nTel.: +36 25 555 481\n"
           "www.dunatech-gepgyar.example")
ZIPCT = "application/x-zip-compressed"
PDF = "application/pdf"


def ppdf(name, lines, producer="Microsoft® Word for Microsoft 365", when="20250303091200"):
    return (name, pdf(lines, producer=producer, when=when), PDF)


# ================================================================ T1 Minato: quotation, "ありがとうございます" (G13)
T1 = thread(yamamoto, "ギアモーター GM-40 お見積りのお願い", "en")
say(T1, yamamoto, "2025-02-03 10:15", "ACME Industrie GmbH\nLaura Weber様\n\nいつもお世話になっております。\nミナト精機の山本でございます。\n\n"
    "弊社の新しい搬送ラインで、貴社のギアモーター GM-40（減速比 1:20、0.75 kW）を採用する予定です。\n以下の条件でお見積りをお願いできますでしょうか。\n\n"
    "・数量: 24台（年間 約100台）\n・納入条件: CIF 名古屋港\n・希望納期: 5月末\n\n"
    "Dear Laura, in short: please quote 24 pcs GM-40 (1:20, 0.75 kW), CIF Nagoya, delivery end of May.\n\nどうぞよろしくお願いいたします。")
say(T1, laura, "2025-02-03 10:02", "Dear Yamamoto-san,\n\nthank you for your enquiry. We will send you our quotation for 24 pcs GM-40 (ratio 1:20, 0.75 kW), "
    "CIF Nagoya, by Wednesday.\nCould you confirm the supply voltage (200 V / 60 Hz?) and the mounting position?\n\nBest regards\nLaura")
say(T1, yamamoto, "2025-02-04 09:40", "Laura様\n\nご連絡ありがとうございます。\n電源は 200V / 60Hz、取付方向は M1（脚取付・水平）です。\n\n"
    "Supply 200 V / 60 Hz, mounting position M1 (foot mounted, horizontal).\n\nよろしくお願いいたします。")
say(T1, laura, "2025-02-05 14:30", "Dear Yamamoto-san,\n\nplease find attached our quotation Q-25-0117: 24 pcs GM-40, 1:20, 0.75 kW, 200 V / 60 Hz, M1, "
    "EUR 612.00 per unit CIF Nagoya, delivery 10-12 weeks after order.\n\nBest regards\nLaura",
    atts=[ppdf("Quotation_Q-25-0117.pdf", ["ACME Industrie GmbH", "Quotation Q-25-0117", "24 pcs GM-40 1:20 0.75 kW", "EUR 612.00 / unit CIF Nagoya"])])
say(T1, yamamoto, "2025-02-06 11:05", "Laura様\n\nお見積書を拝受いたしました。社内で検討いたします。\n1点確認ですが、保証期間は何か月でしょうか。\n\n"
    "What is the warranty period?\n\nよろしくお願いいたします。")
say(T1, laura, "2025-02-06 09:10", "Dear Yamamoto-san,\n\nthe warranty is 24 months from delivery.\n\nBest regards\nLaura")
test(T1, yamamoto, "2025-02-06 17:25", "Laura様\n\n早速のご回答、ありがとうございます。\n\n山本", "genuine", "genuine-reply", "G13 short Japanese thanks", sig=False)

# ================================================================ T2 Minato: order; Exchange out-of-office (G1); Emotet-style reply (A1)
T2 = thread(yamamoto, "注文書 PO MS-25-0188 / 納期について", "en")
say(T2, yamamoto, "2025-02-20 09:30", "Laura様\n\nいつもお世話になっております。\nGM-40 24台の注文書（PO MS-25-0188）を添付いたします。\n納期のご確認をお願いいたします。\n\n"
    "Please find attached our PO MS-25-0188 for 24 pcs GM-40. Kindly confirm the delivery date.\n\nよろしくお願いいたします。",
    atts=[ppdf("PO_MS-25-0188.pdf", ["Minato Seiki Co., Ltd.", "Purchase Order MS-25-0188", "GM-40 x 24"], producer="Microsoft Excel 2019")])
say(T2, laura, "2025-02-20 09:45", "Dear Yamamoto-san,\n\nthank you very much for your order. Our order confirmation AB-25-0342 is attached: ex works 9 May, "
    "ETA Nagoya around 16 June (sea freight via Hamburg).\n\nBest regards\nLaura",
    atts=[ppdf("Order_confirmation_AB-25-0342.pdf", ["ACME Industrie GmbH", "Order confirmation AB-25-0342", "PO MS-25-0188", "EXW 9 May 2025"])])
say(T2, yamamoto, "2025-02-21 10:10", "Laura様\n\n注文請書を受領いたしました。\n6月中旬の到着で問題ございません。\n船積み後、B/L のコピーをお送りいただけますでしょうか。\n\n"
    "よろしくお願いいたします。")
say(T2, laura, "2025-03-11 15:20", "Dear Yamamoto-san,\n\na small update: production is on schedule. Could you send us the name and address of your customs "
    "broker in Nagoya for the shipping documents?\n\nBest regards\nLaura")
test(T2, yamamoto, "2025-03-11 23:21", "誠に恐れ入りますが、3月11日(火)から3月17日(月)まで出張のため不在にしております。\n期間中はメールの確認が遅れる場合がございます。\n"
     "お急ぎの場合は、海外営業部（export@minato-seiki.example / 052-555-3180）までご連絡ください。\n\n"
     "I am out of the office on a business trip until 17 March with limited access to email. For urgent matters please contact "
     "export@minato-seiki.example.\n\n山本 真理子", "genuine", "genuine-hard", "G1 Exchange out-of-office in Japanese (自動応答)", sig=False, quote_rec=None,
     subj="自動応答: " + T2["subj"], keep=False,
     extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
say(T2, yamamoto, "2025-03-18 10:05", "Laura様\n\n出張のため、ご返信が遅くなり申し訳ございません。\n通関業者は以下のとおりです。\n\n"
    "株式会社名港通関（Meiko Tsukan Co., Ltd.）\n〒455-0033 名古屋市港区港町1-11\n担当: 中村様　TEL 052-555-6120\n\nよろしくお願いいたします。")
say(T2, laura, "2025-03-18 09:15", "Dear Yamamoto-san,\n\nthank you, we have passed the details to our forwarder.\n\nBest regards\nLaura")
test(T2, yamamoto, "2025-03-24 10:41", "Laura様\n\nいつもお世話になっております。\n\nご確認ください。\n\n添付ファイルのパスワード: 3614\n\nよろしくお願いいたします。",
     "hijack", "server-hijack", "A1 Emotet-style: ご確認ください + password zip (.xls inside), password in the text", sig=False,
     atts=[("資料_0324.zip", zip_of([("資料_0324.xls", xls97())], encrypted=True, when=(2025, 3, 24, 10, 30, 0), cp932=True), ZIPCT)])

# ================================================================ T3 Asahi Dengyo (Outlook 2016, Shift_JIS): PPAP zip (G8) and password mail (G9)
T3 = thread(takahashi, "制御盤 AD-3021 図面送付の件", "en")
say(T3, laura, "2025-02-10 08:40", "Dear Takahashi-san,\n\nfor the pump skid PS-200 for Saitama we need your control panel drawings (outline and terminal "
    "layout) for AD-3021, revision B, to finish our wiring diagram.\nCould you send them this week?\n\nBest regards\nLaura")
say(T3, takahashi, "2025-02-10 18:05", "Laura Weber様\n\nいつもお世話になっております。旭電業の高橋です。\n\n制御盤 AD-3021 の図面の件、承知いたしました。\n"
    "改訂Bは現在社内で承認中のため、今週金曜日までにお送りいたします。\n\nWe will send the revision B drawings by Friday.\n\nよろしくお願いいたします。")
say(T3, laura, "2025-02-11 09:00", "Dear Takahashi-san,\n\nthank you, Friday is fine.\n\nLaura")
say(T3, takahashi, "2025-02-13 11:30", "Laura様\n\n1点確認させてください。\n端子台の表記は英語のみでよろしいでしょうか。それとも日英併記が必要でしょうか。\n\n"
    "Should the terminal labels be English only, or Japanese and English?\n\nよろしくお願いいたします。")
say(T3, laura, "2025-02-13 08:15", "Dear Takahashi-san,\n\nEnglish only is fine. The panel stays at our customer's plant in Saitama, but their maintenance "
    "team asked for English labels.\n\nLaura")
g8 = test(T3, takahashi, "2025-02-14 16:42", "Laura Weber様\n\nいつもお世話になっております。旭電業の高橋です。\n\n制御盤 AD-3021 の外形図および端子台配置図（改訂B）を送付いたします。\n"
          "端子台の表記は英語のみとしております。\n\n添付ファイルはパスワード付きZIPファイルです。\nパスワードは別メールにてお送りいたします。\n\n"
          "Please find attached the drawings (rev. B) as a password-protected zip file. The password follows in a separate mail.\n\n"
          "ご査収のほど、よろしくお願いいたします。", "genuine", "genuine-hard", "G8 PPAP: password-protected zip of drawings",
          atts=[("AD-3021_図面_改訂B.zip", zip_of([("AD-3021_外形図_revB.pdf", pdf(["AD-3021 outline rev B"], producer="AutoCAD 2024")),
                                                ("AD-3021_端子台配置図_revB.pdf", pdf(["AD-3021 terminal layout rev B"], producer="AutoCAD 2024")),
                                                ("AD-3021_revB.dxf", dxf("AD-3021"))], encrypted=True, when=(2025, 2, 14, 16, 30, 0), cp932=True), ZIPCT)])
test(T3, takahashi, "2025-02-14 16:44", "Laura Weber様\n\n旭電業の高橋です。\n先ほどお送りしたメールの添付ファイルのパスワードをお知らせいたします。\n\n"
     "ファイル名: AD-3021_図面_改訂B.zip\nパスワード: Ad3021-rB#77\n\nPassword for the zip file sent a moment ago: Ad3021-rB#77\n\nよろしくお願いいたします。",
     "genuine", "genuine-hard", "G9 PPAP: the password in a separate mail", subj="【パスワード】" + T3["subj"])
say(T3, laura, "2025-02-14 09:20", "Dear Takahashi-san,\n\nthank you, the zip opens fine with the password. We will check the drawings on Monday.\n\n"
    "Best regards\nLaura")

# ================================================================ T4 Hokuriku Kasei (Becky!): spare impellers (G23)
T4 = thread(kobayashi, "交換インペラ IMP-65-P 在庫確認", "en")
say(T4, kobayashi, "2025-01-21 13:20", "ACME Industrie GmbH\nLaura Weber 様\n\nお世話になっております。北陸化成の小林です。\n\n"
    "昨年納入いただいたポンプ CP-65 用の交換インペラ（PPS製, 品番 IMP-65-P）について、\n在庫と納期を教えていただけますでしょうか。数量は8個です。\n\n"
    "Spare impellers IMP-65-P (PPS), 8 pcs - stock and delivery time please.\n\n以上、よろしくお願いいたします。")
say(T4, laura, "2025-01-21 10:05", "Dear Kobayashi-san,\n\nwe have 5 pcs IMP-65-P in stock, the other 3 can be delivered in 4 weeks. Price EUR 86.00 per "
    "piece, FCA Kassel.\nShall we ship the 5 pcs right away?\n\nBest regards\nLaura")
say(T4, kobayashi, "2025-01-22 09:10", "Laura 様\n\nご回答ありがとうございます。\n在庫の5個を先に出荷してください。残り3個は4週間後で結構です。\n注文書は本日中にお送りします。\n\n"
    "Please ship the 5 pcs now, the remaining 3 in 4 weeks. PO follows today.\n\n小林")
say(T4, laura, "2025-01-22 08:30", "Dear Kobayashi-san,\n\nthank you, we will ship the 5 pcs on Friday by DHL Express. The tracking number follows.\n\nLaura")
say(T4, kobayashi, "2025-01-22 17:05", "Laura 様\n\n注文書 HK-PO-2501-07 を添付いたします。\n\n小林",
    atts=[ppdf("HK-PO-2501-07.pdf", ["Hokuriku Kasei", "PO HK-PO-2501-07", "IMP-65-P x 8"], producer="Microsoft Excel 2016")])
say(T4, laura, "2025-01-24 14:00", "Dear Kobayashi-san,\n\nthe 5 impellers left today, DHL Express AWB 4417 2093 58.\n\nBest regards\nLaura")
test(T4, kobayashi, "2025-01-28 10:30", "Laura 様\n\nお世話になっております。\n本日、インペラ5個を受領いたしました。梱包状態も問題ございません。\n"
     "残り3個の出荷日が決まりましたらご連絡ください。\n\nThe 5 impellers arrived today in good condition. Please let me know the shipping date of "
     "the remaining 3.\n\n引き続きよろしくお願いいたします。", "genuine", "genuine-reply", "G23 Becky! reply, ISO-2022-JP")

# ================================================================ T5 Hokuriku Kasei: invoice; account takeover via Active! mail (A12)
T5 = thread(kobayashi, "請求書送付のお願い（HK-PO-2501-07）", "en")
say(T5, kobayashi, "2025-02-25 15:40", "Laura 様\n\nお世話になっております。\n残りのインペラ3個、本日受領いたしました。ありがとうございます。\n"
    "経理処理のため、8個分の請求書（インボイス）をPDFでお送りいただけますでしょうか。\n\n小林")
say(T5, laura, "2025-02-25 09:15", "Dear Kobayashi-san,\n\nglad everything arrived. Invoice RE-25-0611 for all 8 impellers (EUR 688.00) is attached, payment "
    "30 days net.\n\nBest regards\nLaura", atts=[ppdf("Invoice_RE-25-0611.pdf", ["ACME Industrie GmbH", "Invoice RE-25-0611", "8 x IMP-65-P", "EUR 688.00"])])
say(T5, kobayashi, "2025-02-26 10:05", "Laura 様\n\n請求書を受領いたしました。3月末に送金いたします。\n\n小林")
say(T5, laura, "2025-02-26 08:10", "Thank you, Kobayashi-san!\n\nLaura")
test(T5, kobayashi, "2025-03-16 03:20", "Laura様\n\nこんにちは。\n請求書の支払いについて、確認してください。私たちの会計システムが更新されたので、以下のリンクから請求書を確認してください。\n\n"
     "https://hokuriku-kasei-invoice.azurewebsites.net/view?id=RE-25-0611\n\nよろしく\n小林", "hijack", "account-takeover",
     "A12 Becky! user's account via Active! mail webmail from an overseas IP, Sunday 03:20 JST, machine-translated Japanese",
     client="activemail", sig=False, origin="103.224.182.14")

# ================================================================ T6 Huatai (Foxmail): castings order; QQ Mail app once (G2); "谢谢！" (G12)
T6 = thread(chen, "订单 HT-2025-031 泵壳铸件 / pump housing castings", "en")
say(T6, chen, "2025-01-14 10:20", "Laura 您好，\n\n感谢贵司的订单 HT-2025-031（泵壳铸件 PH-80，材质 EN-GJS-400-15，数量 300 件）。\n我们已安排生产，预计2月20日完成，3月初发货。\n\n"
    "Dear Laura, thanks for PO HT-2025-031 (300 pcs pump housing PH-80, EN-GJS-400-15). Production finishes on 20 Feb, shipment early March.\n\n祝好！")
say(T6, laura, "2025-01-14 09:05", "Dear Chen Jing,\n\nthank you for the confirmation. Please send us the material certificates 3.1 together with the first "
    "sample before the shipment.\n\nBest regards\nLaura")
say(T6, chen, "2025-01-15 15:10", "Laura 您好，\n\n好的，首件样品和3.1材质证书将于2月10日通过DHL寄出。\n\nOK, first article and 3.1 certificates will go by DHL on 10 Feb.")
say(T6, laura, "2025-02-12 10:30", "Dear Chen Jing,\n\nthe first article arrived, dimensions and hardness are OK. You can release the series.\n\nLaura")
test(T6, chen, "2025-02-12 22:48", "Laura 您好，收到，谢谢！我明天一早通知车间。\n\nNoted with thanks, I will inform the workshop first thing tomorrow.\n\n发自我的iPhone",
     "genuine", "genuine-hard", "G2 Foxmail user once from the QQ Mail app (GB18030, tencent_ Message-ID, mobile IP)", client="qqapp", sig=False,
     origin=f"223.104.{R.randint(1, 250)}.{R.randint(2, 250)}")
say(T6, laura, "2025-02-13 08:20", "Thank you!\n\nLaura")
say(T6, chen, "2025-03-04 11:30", "Laura 您好，\n\n300件泵壳已于今天装柜，船名 COSCO XIAMEN V.025W，预计4月8日到达汉堡。提单草稿见附件，请确认。\n\n"
    "300 pcs loaded today, vessel COSCO XIAMEN V.025W, ETA Hamburg 8 April. Draft B/L attached for your confirmation.",
    atts=[ppdf("BL_draft_HT-2025-031.pdf", ["Bill of Lading (draft)", "COSCO XIAMEN V.025W", "Ningbo - Hamburg", "300 pcs pump housings"], producer="WPS Office")])
say(T6, laura, "2025-03-04 09:10", "Dear Chen Jing,\n\nthe draft B/L is correct, please release the original.\n\nBest regards\nLaura")
test(T6, chen, "2025-03-04 16:25", "谢谢！", "genuine", "genuine-reply", "G12 short Chinese thanks", sig=False)

# ================================================================ T7 Huatai: plant visit, WeChat article link (G10)
T7 = thread(chen, "Visit to your new plant in Beilun, May 2025", "en")
say(T7, laura, "2025-03-17 09:00", "Dear Chen Jing,\n\nmy colleague Jonas Keller and I will be in Ningbo in the week of 12 May. Would it be possible to visit "
    "your new foundry in Beilun?\n\nBest regards\nLaura")
say(T7, chen, "2025-03-17 17:40", "Laura 您好，\n\n非常欢迎！5月13日或14日都可以，我们会安排车到酒店接您们。\n\nYou are very welcome! 13 or 14 May both work, we will "
    "pick you up at the hotel.")
say(T7, laura, "2025-03-18 08:30", "Great, 13 May please. We will stay at the hotel near Ningbo East station.\n\nLaura")
say(T7, chen, "2025-03-18 16:20", "好的，已安排。5月13日上午9点到酒店接您们。\n\nOK, 9:00 on 13 May at your hotel.")
say(T7, laura, "2025-03-18 10:00", "Thank you! Do you have some information about the new plant we could share with our management before the trip?\n\nLaura")
test(T7, chen, "2025-03-19 10:15", "Laura 您好，\n\n这是我们公司公众号关于北仑新工厂的介绍文章，里面有照片和视频：\nhttps://mp.weixin.qq.com/s/Hq3xZ7vN2kYt9LmWb4Rp1A\n\n"
     "如果微信打不开，也可以看我们官网：https://www.huatai-nb.example/news/beilun-plant-2025\n\n"
     "Here is the article about our new Beilun plant on our WeChat official account (photos and a video), and the same on our website.\n\n期待5月见面！",
     "genuine", "genuine-hard", "G10 WeChat official-account article link (mp.weixin.qq.com)")

# ================================================================ T8 Kaixin (Outlook CN, 21Vianet): proforma (G26), look-alike bank change (A2)
T8 = thread(wang, "形式发票 KX-PI-2025031 / control boards CB-12", "en")
say(T8, wang, "2025-02-24 10:10", "Dear Laura,\n\n附件是控制板 CB-12（500 片）的形式发票 KX-PI-2025031，总金额 USD 48,260.00。\n付款条件：30% 预付，70% 发货前付清。我司银行信息见发票。\n\n"
    "Attached is PI KX-PI-2025031 for 500 pcs CB-12, USD 48,260.00, 30% deposit and 70% before shipment. Bank details on the PI "
    "(Bank of China, Shenzhen Branch).",
    atts=[ppdf("KX-PI-2025031.pdf", ["Shenzhen Kaixin Electronics Co., Ltd.", "Proforma Invoice KX-PI-2025031", "CB-12 control board x 500", "USD 48,260.00",
                                     "Bank of China Shenzhen Branch, A/C 7491 5532 8810, SWIFT BKCHCNBJ45A"], producer="Microsoft Excel 2016")])
say(T8, laura, "2025-02-24 09:30", "Dear Fiona,\n\nthank you. One question: the PI shows 500 pcs but our PO 4500-2291 is for 480 pcs. Could you correct it?\n\n"
    "Best regards\nLaura")
say(T8, wang, "2025-02-25 09:05", "Dear Laura,\n\n抱歉，已更正为 480 片，总金额 USD 46,329.60。更新后的形式发票见附件。\n\nSorry, corrected to 480 pcs, USD 46,329.60. "
    "Updated PI attached.", atts=[ppdf("KX-PI-2025031_rev1.pdf", ["Shenzhen Kaixin Electronics Co., Ltd.", "Proforma Invoice KX-PI-2025031 rev.1",
                                                                  "CB-12 control board x 480", "USD 46,329.60"], producer="Microsoft Excel 2016")])
say(T8, laura, "2025-02-25 10:00", "Thank you Fiona. The 30% deposit (USD 13,898.88) will be paid this week.\n\nLaura")
say(T8, wang, "2025-02-27 11:20", "Dear Laura,\n\n定金已收到，谢谢！生产已排期，预计3月25日完工。\n\nDeposit received, thank you. Production is scheduled, finished around 25 March.")
say(T8, laura, "2025-03-20 10:20", "Dear Fiona,\n\nhow is production going? Please send the commercial invoice for the balance when the boards are ready.\n\nLaura")
test(T8, wang, "2025-03-21 14:30", "Dear Laura,\n\n控制板 CB-12 已于今天完成出厂检验（FQC），检验报告和余款 70% 的商业发票 KX-CI-2025031 见附件，金额 USD 32,430.72。\n"
     "收到余款后我们安排空运。\n\nCB-12 passed final inspection today. Inspection report and commercial invoice KX-CI-2025031 for the 70% balance "
     "(USD 32,430.72) attached; we ship by air once the balance is received.", "genuine", "genuine-reply", "G26 Outlook CN commercial invoice",
     atts=[ppdf("FQC_report_CB-12.pdf", ["FQC report CB-12", "480 pcs, AQL 0.65, passed"], producer="Microsoft Excel 2016"),
           ppdf("KX-CI-2025031.pdf", ["Commercial Invoice KX-CI-2025031", "Balance 70%: USD 32,430.72", "Bank of China Shenzhen Branch, A/C 7491 5532 8810"],
                producer="Microsoft Excel 2016")])
say(T8, laura, "2025-03-21 09:50", "Dear Fiona,\n\nthank you, the balance will be paid on Tuesday.\n\nLaura")
wang_fake = Pt("Fiona Wang 王芳", "wang.fang@kalxin-elec.example", "olk16-zh", "Asia/Shanghai", "zh", "vps-kalxin", wang.sig)
test(T8, wang_fake, "2025-03-24 09:05", "Dear Laura,\n\n重要通知：由于我司中国银行账户正在进行年度审计，暂时无法接收境外汇款。\n请将余款 USD 32,430.72 汇入我司香港账户：\n\n"
     "户名：KAIXIN ELECTRONICS (HK) LIMITED\n开户行：HSBC Hong Kong\n账号：848-302917-838\nSWIFT：HSBCHKHHHKH\n\n付款后请将水单发给我，谢谢！\n\n"
     "Important: our Bank of China account is under annual audit and cannot receive foreign transfers at the moment. Please pay the balance to our "
     "Hong Kong account above and send me the remittance slip.", "hijack", "lookalike-domain",
     "A2 look-alike kalxin-elec (l for i): new account at HSBC Hong Kong, Chinese", origin="154.12.83.201")

# ================================================================ T9 Hengda: company and personal (163.com) addresses alternating since 2023 (G15)
T9 = thread(liu, "球阀年度报价 / ball valves BV-50 annual quotation", "en")
say(T9, liu, "2023-03-14 10:20", "Dear Laura,\n\n附件是2023年度球阀 BV-50（DN50, PN16, CF8M）的报价单。\nAttached our 2023 quotation for ball valves BV-50 (DN50, PN16, CF8M).",
    atts=[ppdf("Hengda_BV-50_2023.pdf", ["Hebei Hengda Valve Co., Ltd.", "Quotation 2023", "BV-50 DN50 PN16 CF8M", "USD 18.40 / pc"], when="20230314102000")])
say(T9, laura, "2023-03-15 09:10", "Dear Liu Yang,\n\nthank you, we order 600 pcs for 2023 as discussed, the PO follows.\n\nLaura")
say(T9, liu163, "2023-03-15 21:40", "Laura，收到，谢谢。我出差中，用个人邮箱回复。PO 收到后我会安排。\n\nReceived, thanks. I'm travelling, so I reply from my personal mailbox.")
say(T9, laura, "2023-09-05 10:30", "Dear Liu Yang,\n\nwe would like to call off the remaining 200 pcs BV-50 for October.\n\nLaura", to=[(liu.name, liu.email)])
say(T9, liu, "2023-09-06 09:15", "好的，10月15日发货。\nOK, shipment on 15 October.")
say(T9, laura, "2024-03-12 11:00", "Dear Liu Yang,\n\ntime for the 2024 quotation for BV-50 - same quantity, 600 pcs.\n\nLaura")
say(T9, liu163, "2024-03-13 22:05", "Laura 您好，2024年价格不变，USD 18.40/个。正式报价明天用公司邮箱发。\n\n2024 price unchanged, USD 18.40/pc; "
    "the formal quotation follows tomorrow from the company mailbox.")
say(T9, liu, "2024-03-14 10:30", "附件是2024年正式报价单。\nAttached the formal 2024 quotation.",
    atts=[ppdf("Hengda_BV-50_2024.pdf", ["Hebei Hengda Valve Co., Ltd.", "Quotation 2024", "BV-50 DN50 PN16 CF8M", "USD 18.40 / pc"], when="20240314103000")])
say(T9, laura, "2025-03-04 10:00", "Dear Liu Yang,\n\nagain a year later - could you quote BV-50 for 2025? We expect 700 pcs this year.\n\nLaura")
test(T9, liu163, "2025-03-05 21:30", "Laura 您好，\n\n2025年 700 个的话，价格可以做到 USD 18.10/个，交期 35 天。正式报价单明天用公司邮箱发给您。\n\n"
     "For 700 pcs in 2025 we can do USD 18.10/pc, lead time 35 days. The formal quotation follows tomorrow from the company mailbox.", "genuine", "genuine-hard",
     "G15 personal 163.com address in a thread alternating company/personal since 2023")
say(T9, liu, "2025-03-06 10:10", "附件是2025年正式报价单。\nAttached the formal 2025 quotation.",
    atts=[ppdf("Hengda_BV-50_2025.pdf", ["Hebei Hengda Valve Co., Ltd.", "Quotation 2025", "BV-50 x 700", "USD 18.10 / pc"])])

# ================================================================ T10 Hengda: frame contract (G28), fake NetEase "超大附件" link at 02:47 (A13)
T10 = thread(liu, "合同 HD-2025-07 / frame contract 2025", "en")
say(T10, liu, "2025-03-10 10:00", "Dear Laura,\n\n附件是2025年度框架合同 HD-2025-07，请审核。如无问题请签字盖章后回传。\n\nAttached the 2025 frame contract HD-2025-07 for your "
    "review; if everything is fine please sign and return it.",
    atts=[ppdf("HD-2025-07_contract.pdf", ["Frame contract HD-2025-07", "Hebei Hengda Valve / ACME Industrie", "BV-50, 700 pcs, USD 18.10"])])
say(T10, laura, "2025-03-11 11:00", "Dear Liu Yang,\n\nclause 7 (delivery penalty) is missing compared with last year's contract. Could you add it back?\n\nLaura")
test(T10, liu, "2025-03-12 09:40", "Laura 您好，\n\n已按去年合同补充第7条（延迟交货罚款，每周0.5%，最高5%）。修改后的合同见附件。\n\nClause 7 added back "
     "(0.5% per week, max. 5%). Revised contract attached.", "genuine", "genuine-reply", "G28 Coremail (qiye.163) reply, GBK",
     atts=[ppdf("HD-2025-07_contract_rev1.pdf", ["Frame contract HD-2025-07 rev.1", "Clause 7: delay penalty 0.5% per week, max 5%"])])
say(T10, laura, "2025-03-12 10:15", "Thank you, we will sign it this week.\n\nLaura")
say(T10, laura, "2025-03-14 14:00", "Dear Liu Yang,\n\nthe signed contract is attached.\n\nLaura",
    atts=[ppdf("HD-2025-07_signed.pdf", ["Frame contract HD-2025-07 rev.1", "signed: ACME Industrie GmbH"], producer="Canon iR-ADV C5840")])
say(T10, liu, "2025-03-17 10:10", "收到，谢谢！\nReceived with thanks.")
ftn = "https://qiye163-ftn.mail-download.top/ftn/download?key=7f3c21aa9b0e41d2&code=6672"
a13 = ("Laura 您好，\n\n附件为更新后的合同及形式发票，因文件较大，已通过网易企业邮箱超大附件发送，请点击下载：\n\n超大附件：HD-2025-07_合同及形式发票.zip (38.6M)\n"
       f"下载地址：{ftn}\n提取码：6672\n有效期至 2025-04-09\n\n谢谢！")
a13_html = (own_html("coremail", a13.split("\n\n超大附件")[0] + LIU_SIG) +
            '<div style="clear:both;border:1px #e1e1e1 solid;padding:8px;margin-top:10px;width:420px;font-size:12px;font-family:Arial">'
            '<div style="font-weight:bold">从网易企业邮箱发来的超大附件</div>'
            f'<div><a href="{ftn}" target="_blank">HD-2025-07_合同及形式发票.zip</a> (38.6M, 2025年4月9日 02:47 到期)</div>'
            f'<div><a href="{ftn}" target="_blank">下载</a> | 提取码：6672</div></div>')
test(T10, liu, "2025-03-26 02:47", a13, "hijack", "server-hijack", "A13 same Coremail webmail, 02:47 CST, fake NetEase 超大附件 link with a code",
     html_own=a13_html)

# ================================================================ T11 fake thread: an unknown Chinese trader, "回复:", invented quote of Laura (A8)
zhang = Pt("张伟", "zhang.wei@dongfang-trading.example", "alimail", "Asia/Shanghai", "zh", "aliyun-dongfang")
fake_parent = f"<{ruuid()}@acme-industrie.example>"
T11 = thread(zhang, "采购合同 PO 4500-2317 付款事宜", "en", start_refs=[fake_parent])
fab = dict(m=fake_parent, name=ME[0], email=ME[1], when=at("2025-03-10 16:42", BERLIN), to=[(zhang.name, zhang.email)], cc=[],
           subj="采购合同 PO 4500-2317 付款事宜", html=None,
           plain="Dear Zhang Wei,\n\nplease send us the proforma invoice and the packing list for our PO 4500-2317 so that we can arrange the 30% deposit.\n\n"
                 "Best regards\nLaura Weber\nACME Industrie GmbH")
test(T11, zhang, "2025-03-13 10:22", "Laura 您好，\n\n按照您上周邮件的要求，附件是合同 PO 4500-2317 的形式发票和装箱单，请查收。\n请尽快安排 30% 预付款，以便我们按期发货。\n\n"
     "As requested in your mail last week, attached are the PI and the packing list for PO 4500-2317. Please arrange the 30% deposit so that we "
     "can ship on time.\n\n张伟\n东方贸易有限公司 Dongfang Trading Co., Ltd.", "hijack", "fake-thread",
     "A8 fake thread: stranger, 回复: subject, invented quote of Laura, zip with .pdf.exe", quote_rec=fab, subj="回复: 采购合同 PO 4500-2317 付款事宜",
     atts=[("PI_PO4500-2317.zip", zip_of([("PI_PO4500-2317.pdf.exe", b"MZ\x90\x00" + rbytes(9000))], when=(2025, 3, 13, 10, 5, 0)), "application/zip")])

# ================================================================ T12 Daesung (Outlook KR): leaking gear units; Kim answers in English (G4)
T12 = thread(kim, "검사 성적서 DS-0412 / 감속기 GU-90 누유", "en")
say(T12, kim, "2025-02-11 10:10", "Laura 님 안녕하세요,\n\n대성정밀 김민준입니다.\n지난주 입고된 감속기 GU-90 (20대) 수입검사 결과, 2대에서 오일 누유가 발견되었습니다.\n"
    "사진과 검사 성적서 DS-0412를 첨부합니다. 확인 부탁드립니다.\n\n감사합니다.",
    atts=[ppdf("DS-0412.pdf", ["Daesung Precision", "Incoming inspection DS-0412", "GU-90 x 20, 2 units oil leakage"], producer="Hancom Office 2022"),
          ("GU90_leak_1.jpg", jpeg(), "image/jpeg"), ("GU90_leak_2.jpg", jpeg(), "image/jpeg")])
say(T12, laura, "2025-02-11 09:00", "Dear Mr. Kim,\n\nthank you for the report and the photos. We are sorry about the leakage. Could you tell us the serial "
    "numbers of the two units? Our service team will check whether the shaft seals come from the same batch.\n\nBest regards\nLaura")
say(T12, kim, "2025-02-12 09:30", "Laura 님,\n\n해당 감속기 시리얼 번호는 GU90-24-1187, GU90-24-1191 입니다.\n빠른 회신 감사합니다.\n\n김민준 드림")
say(T12, laura, "2025-02-12 10:40", "Dear Mr. Kim,\n\nboth units are from the same seal batch. We will send two replacement seal kits (SK-90) by express today, "
    "free of charge, and our engineer can support your team by video call. Would Thursday 10:00 CET (18:00 KST) work for you? Please answer in "
    "English if possible, so that our engineer can follow directly.\n\nBest regards\nLaura")
test(T12, kim, "2025-02-12 19:05", "Dear Laura,\n\nThank you for the quick support. Thursday 18:00 KST is fine for us. Our maintenance engineer Mr. Jung will "
     "join the call.\nPlease send the meeting link to me and jung.hs@daesung-prec.example.\n\nBest regards,\nMin-jun Kim", "genuine", "genuine-hard",
     "G4 Korean partner answers in English after Laura asked for English")

# ================================================================ T13 Daesung: quotation thread in Korean, answered in English with an .html invoice (A4)
T13 = thread(park, "원심펌프 CP-80 견적 요청", "en")
say(T13, park, "2025-03-04 14:20", "Laura 님 안녕하세요,\n\n대성정밀 해외영업팀 박서연입니다.\n원심펌프 CP-80 (50 m3/h, 양정 32 m) 10대에 대한 견적을 요청드립니다.\n"
    "납기와 운송 조건(CIF 부산)도 함께 알려주시면 감사하겠습니다.\n\n감사합니다.")
say(T13, laura, "2025-03-04 09:30", "Dear Ms. Park,\n\nthank you for your enquiry. Our quotation Q-25-0203 for 10 pcs CP-80 (50 m3/h, 32 m head), CIF Busan, "
    "is attached. Delivery 8 weeks after order.\n\nBest regards\nLaura",
    atts=[ppdf("Quotation_Q-25-0203.pdf", ["ACME Industrie GmbH", "Quotation Q-25-0203", "10 x CP-80 CIF Busan"])])
say(T13, park, "2025-03-05 10:15", "Laura 님,\n\n견적서 잘 받았습니다. 내부 검토 후 다음 주에 회신드리겠습니다.\n모터가 IE3 효율 등급인지 확인 부탁드립니다.\n\n박서연 드림")
say(T13, laura, "2025-03-05 08:50", "Dear Ms. Park,\n\nyes, all CP-80 motors are IE3 (IE4 available on request).\n\nLaura")
say(T13, park, "2025-03-12 16:30", "Laura 님,\n\n확인 감사합니다. 고객사 승인 대기 중이며, 승인되면 바로 발주하겠습니다.\n\n박서연 드림")
say(T13, laura, "2025-03-12 09:15", "Thank you, Ms. Park. The quotation is valid until 30 April.\n\nLaura")
test(T13, park, "2025-03-19 11:02", "Hello,\n\nPlease check the attached invoice and confirm.\n\nThank you.", "hijack", "server-hijack",
     "A4 Korean thread answered in English, generic invoice lure, .html attachment", sig=False,
     atts=[("Invoice_DS-250319.html", phish_html(ME[1], "https://invoice-view-ds.workers.dev/auth", "Daesung Precision - Invoice"), "text/html")])

# ================================================================ T14 Naver: distributor agreement (G24)
T14 = thread(lee, "대리점 계약 갱신 / distributor agreement renewal", "en")
say(T14, lee, "2025-01-20 11:00", "Laura 님 안녕하세요.\n\nJH 트레이딩 이준호입니다.\n올해 말에 만료되는 대리점 계약 갱신 건으로 연락드립니다.\n작년 판매 실적(펌프 46대)을 "
    "첨부하니 검토 부탁드립니다.\n\nI attach last year's sales figures (46 pumps) for the renewal of our distributor agreement.\n\n이준호 드림",
    atts=[ppdf("JH_sales_2024.pdf", ["JH Trading", "Sales 2024: 46 pumps"], producer="Hancom Office 2020")])
say(T14, laura, "2025-01-20 10:10", "Dear Mr. Lee,\n\nthank you, 46 pumps is a good result. We are happy to renew. Our draft for 2026-2028 will follow next "
    "week; the main change is a target of 55 units per year.\n\nBest regards\nLaura")
say(T14, lee, "2025-01-21 09:20", "Laura 님,\n\n좋은 소식 감사합니다. 연간 55대 목표는 가능할 것 같습니다.\n초안 기다리겠습니다.\n\n이준호 드림")
say(T14, laura, "2025-01-28 14:00", "Dear Mr. Lee,\n\nplease find attached the draft agreement 2026-2028.\n\nLaura",
    atts=[ppdf("Distributor_agreement_JH_2026-2028_draft.pdf", ["Distributor agreement 2026-2028 (draft)", "ACME Industrie GmbH / JH Trading"])])
test(T14, lee, "2025-01-30 10:45", "Laura 님,\n\n계약서 초안 검토했습니다. 제5조 독점 지역에 대구·경북 지역을 추가해 주실 수 있을까요?\n나머지 조항은 모두 동의합니다.\n\n"
     "Could you add Daegu/Gyeongbuk to the exclusive territory in article 5? All other clauses are fine.\n\n이준호 드림", "genuine", "genuine-reply",
     "G24 Naver webmail reply (HTML only)")

# ================================================================ T15 orphan: a Korean customer (Daum) replies-all to Jonas's offer (G16)
jonas_mid = f"<{ruuid()}@acme-industrie.example>"
T15 = thread(choi, "Spare parts offer Q-25-0151 / CP-50", "en", start_refs=[jonas_mid], cc=[(ME[0], ME[1])])
T15["subj"] = "Spare parts offer Q-25-0151 / CP-50"
jonas_msg = dict(m=jonas_mid, name=jonas[0], email=jonas[1], when=at("2025-02-17 16:05", BERLIN), to=[(choi.name, choi.email)], cc=[], html=None,
                 subj="Spare parts offer Q-25-0151 / CP-50",
                 plain="Dear Mr. Choi,\n\nas discussed by phone, please find attached our offer Q-25-0151 for the CP-50 spare parts (mechanical seals and "
                       "impellers). Orders are handled by my colleague Laura Weber (laura.weber@acme-industrie.example).\n\nBest regards\nJonas Keller\n"
                       "Sales Engineer, ACME Industrie GmbH")
test(T15, choi, "2025-02-18 15:20", "Jonas 님, Laura 님 안녕하세요.\n\n한빛기계 최영수입니다.\n보내주신 예비 부품 견적(Q-25-0151) 잘 받았습니다.\n"
     "CP-50 메카니컬 씰 12개, 임펠러 4개 발주 예정이며, 발주서는 Laura 님께 보내드리겠습니다.\n\nThank you for the spare parts offer Q-25-0151. We will "
     "order 12 mechanical seals and 4 impellers for CP-50; the PO will go to Laura.", "genuine", "genuine-orphan",
     "G16 orphan: Daum reply-all to Jonas's offer (parent not in the mailbox)", quote_rec=jonas_msg, to=[jonas], cc=[(ME[0], ME[1])],
     subj="Re: Spare parts offer Q-25-0151 / CP-50")
say(T15, laura, "2025-02-18 09:10", "Dear Mr. Choi,\n\nthank you, I look forward to your PO.\n\nBest regards\nLaura", to=[(choi.name, choi.email)], cc=[jonas])

# ================================================================ T16 TechnoSnab (Yandex 360 web): Laura writes Russian; "Спасибо!" (G14); colleague joins (G3)
T16 = thread(irina, "Поставка насосов CP-65, спецификация 2", "ru")
say(T16, irina, "2025-02-03 11:20", "Добрый день, Лаура!\n\nНаправляем спецификацию 2 к контракту TS-2024/17: насосы CP-65, 12 шт., срок поставки - апрель 2025 г.\n"
    "Просим подтвердить цены и сроки.", atts=[ppdf("Specifikaciya_2_TS-2024-17.pdf", ["TOO TechnoSnab", "Specification 2 to contract TS-2024/17", "CP-65 x 12"])])
say(T16, laura, "2025-02-03 10:05", "Добрый день, Ирина!\n\nСпасибо за спецификацию. Цены подтверждаем, срок поставки - 14 апреля 2025 г. (FCA Kassel). "
    "Подписанную спецификацию пришлю завтра.\n\nС уважением,\nLaura")
say(T16, irina, "2025-02-04 12:30", "Лаура, добрый день!\n\nСпасибо. Уточните, пожалуйста, вес и габариты упаковки - нужно для заказа транспорта из Касселя в Алматы.")
say(T16, laura, "2025-02-04 09:30", "Ирина, добрый день!\n\nПодписанная спецификация во вложении. Упаковка: 2 паллеты, 1200x800x1100 мм, общий вес около 640 кг.\n\nLaura",
    atts=[ppdf("Specification_2_signed.pdf", ["Specification 2 to contract TS-2024/17", "signed ACME Industrie GmbH"], producer="Canon iR-ADV C5840")])
test(T16, irina, "2025-02-04 14:05", "Спасибо!", "genuine", "genuine-reply", "G14 short Russian thanks", sig=False)
say(T16, laura, "2025-02-14 10:00", "Добрый день, Ирина!\n\nКто у вас будет отвечать за приёмку насосов на складе? Хотим заранее отправить инструкцию по хранению.\n\nLaura")
test(T16, dmitry, "2025-02-14 16:20", "Добрый день, Лаура!\n\nМеня зовут Дмитрий Орлов, я руководитель отдела закупок ТехноСнаб, Ирина переслала мне Ваш вопрос. "
     "Приёмку на складе в Алматы буду организовывать я. Инструкцию по хранению, пожалуйста, направляйте мне и Ирине.", "genuine", "genuine-hard",
     "G3 colleague joins from Outlook 2016 over Yandex SMTP (KOI8-R)", cc=[(irina.name, irina.email)], origin=("89.218.40.12", "89.218.40.12.static.kaztelecom.example"))

# ================================================================ T17 TechnoSnab: prepayment; account takeover, narod.ru link (A3)
T17 = thread(irina, "Счёт на предоплату RE-25-0702", "ru")
say(T17, laura, "2025-03-03 09:30", "Добрый день, Ирина!\n\nВо вложении счёт RE-25-0702 на предоплату 50% по спецификации 2 (EUR 14 820,00).\n\nLaura",
    atts=[ppdf("Invoice_RE-25-0702.pdf", ["ACME Industrie GmbH", "Invoice RE-25-0702", "Prepayment 50%: EUR 14,820.00"])])
say(T17, irina, "2025-03-03 16:40", "Лаура, добрый день!\n\nСчёт получили, оплата будет на этой неделе. Бухгалтерия также просит акт сверки за 2024 год.")
say(T17, laura, "2025-03-04 10:15", "Ирина, акт сверки за 2024 год во вложении.\n\nLaura",
    atts=[ppdf("Akt_sverki_2024_ACME_TechnoSnab.pdf", ["Reconciliation statement 2024", "ACME Industrie GmbH / TOO TechnoSnab"])])
say(T17, irina, "2025-03-06 11:50", "Лаура, предоплату отправили сегодня, платёжное поручение во вложении.",
    atts=[ppdf("Platezhnoe_poruchenie_118.pdf", ["Payment order 118", "EUR 14,820.00"], producer="1C:Enterprise 8.3")])
say(T17, laura, "2025-03-07 09:00", "Спасибо, Ирина, деньги поступили.\n\nLaura")
test(T17, irina, "2025-03-13 05:10", "Добрый день, Лаура!\n\nНаправляю подписанный с нашей стороны акт сверки и счёт за доставку. Файлы большие, поэтому разместила их "
     "по ссылке:\n\nhttps://technosnab-docs.narod.ru/akt_sverki_2024_podpisan.zip\n\nПрошу подтвердить получение.\n\nС уважением,\nИрина Соколова", "hijack",
     "account-takeover", "A3 Irina's address via Outlook 16 over Yandex SMTP from a Dutch VPS, narod.ru free-hosting link", client="olk-ru", tz="Europe/Amsterdam",
     sig=False, origin=("45.137.21.9", "vm2241.hostnl-cloud.example"))

# ================================================================ T18 KazKabel (The Bat!, windows-1251): revived after 6 months, on topic (G6)
T18 = thread(viktor, "Кабельные вводы Ex d IIB T4, запрос цен", "en")
say(T18, viktor, "2024-09-10 14:10", "Здравствуйте, Laura.\n\nПросим выслать коммерческое предложение на кабельные вводы для взрывозащищённых двигателей "
    "(Ex d IIB T4), М25 и М32, по 200 шт. каждого.\nЖелательно с доставкой до Павлодара.")
say(T18, laura, "2024-09-10 15:00", "Dear Viktor,\n\nthank you for the request. Our offer AN-24-0877 for 200 pcs each of M25 and M32 Ex d IIB T4 cable glands is "
    "attached. Delivery 6 weeks, DAP Pavlodar possible via our forwarder.\n\nBest regards\nLaura",
    atts=[ppdf("Offer_AN-24-0877.pdf", ["ACME Industrie GmbH", "Offer AN-24-0877", "Cable glands Ex d IIB T4 M25/M32, 200 pcs each"], when="20240910110000")])
say(T18, viktor, "2024-09-11 10:30", "Здравствуйте, Laura.\n\nСпасибо за предложение. Проект пока на согласовании у заказчика, ориентировочно вернёмся к вопросу "
    "в марте следующего года.")
say(T18, laura, "2024-09-11 09:00", "Dear Viktor,\n\nunderstood, thank you. We will keep the offer available; prices may change by about 3% in 2025.\n\nLaura")
test(T18, viktor, "2025-03-17 11:20", "Здравствуйте, Laura.\n\nКак и обещали, возвращаемся к вопросу по кабельным вводам. Заказчик утвердил проект, нужно 240 шт. М25 "
     "и 180 шт. М32 (Ex d IIB T4). Пришлите, пожалуйста, актуализированное предложение с ценами на 2025 год и сроком поставки до Павлодара.",
     "genuine", "genuine-hard", "G6 The Bat! thread revived after 6 months, on topic")

# ================================================================ T19 agent in Tbilisi (Mail.Ru): commission (G25); display-name spoof from bk.ru (A11)
T19 = thread(kuzn, "Агентское вознаграждение за 2024 год", "en")
say(T19, kuzn, "2025-01-27 12:10", "Добрый день, Лаура!\n\nНаправляю отчёт о продажах за 2024 год и счёт на агентское вознаграждение (3% от 186 400 EUR = 5 592 EUR).\n"
    "Реквизиты прежние: ИП Кузнецов А. В., счёт в TBC Bank, Тбилиси.\n\nАндрей",
    atts=[ppdf("Otchet_2024_i_schet_57.pdf", ["IP Kuznetsov A.V., Tbilisi", "Sales report 2024: EUR 186,400", "Invoice 57: commission 3% = EUR 5,592",
                                                "TBC Bank, IBAN GE71TB7741936080100003"])], sig=False)
say(T19, laura, "2025-01-27 10:00", "Dear Andrei,\n\nthank you for the report, a very good year! Our controlling will check the figures; payment is planned for "
    "mid-February.\n\nBest regards\nLaura")
say(T19, kuzn, "2025-01-28 11:00", "Лаура, спасибо! Буду ждать.", sig=False)
say(T19, laura, "2025-02-12 14:30", "Dear Andrei,\n\nthe commission invoice is approved and will be paid on 17 February to your TBC Bank account.\n\nLaura")
test(T19, kuzn, "2025-02-12 19:40", "Лаура, добрый вечер!\n\nСпасибо за информацию. Заодно: на следующей неделе встречаюсь с главным механиком завода в Рустави "
     "по поводу замены насосов на водоподготовке, подготовлю для вас запрос.\n\nАндрей", "genuine", "genuine-reply", "G25 Mail.Ru webmail reply", sig=False)
say(T19, laura, "2025-02-13 09:00", "Great, thank you Andrei!\n\nLaura")
kuzn_bk = Pt("Андрей Кузнецов", "kuznetsov.andrei.tbilisi@bk.ru", "mailru", "Europe/Moscow", "ru", "bkru")
test(T19, kuzn_bk, "2025-02-14 10:25", "Добрый день, Лаура!\n\nСрочно: наш счёт в TBC Bank временно заблокирован из-за проверки. Пожалуйста, переведите вознаграждение "
     "5 592 EUR на другой счёт:\n\nПолучатель: Kuznetsov Andrei\nБанк: Bank of Georgia\nIBAN: GE29BG0000000541827366\nSWIFT: BAGAGE22\n\n"
     "На старый счёт не отправляйте, деньги вернутся.\n\nАндрей", "hijack", "display-name-spoof",
     "A11 same display name from another Mail.Ru Group address (bk.ru): new bank account", sig=False, origin="37.139.44.201")

# ================================================================ T20 Agromash (Outlook UA): delivery contact (G27); look-alike agromash-ua diverts the goods (A14)
T20 = thread(oksana, "Замовлення AG-2025-014, насоси CP-40", "en")
say(T20, oksana, "2025-02-17 10:30", "Добрий день, пані Лауро!\n\nНадсилаю замовлення AG-2025-014 на 40 насосів CP-40 для наших сівалок. Доставка - на наш склад у "
    "Полтаві, вул. Зіньківська, 12.\nПрошу підтвердити термін відвантаження.",
    atts=[ppdf("Zamovlennya_AG-2025-014.pdf", ["TOV Agromash, Poltava", "Order AG-2025-014", "CP-40 x 40", "Delivery: Poltava, Zinkivska 12"])])
say(T20, laura, "2025-02-17 14:20", "Dear Oksana,\n\nthank you for the order. Our order confirmation AB-25-0401 is attached: shipment from Kassel on 24 March, "
    "delivery Poltava around 31 March by truck (Melnyk Trans).\n\nBest regards\nLaura",
    atts=[ppdf("Order_confirmation_AB-25-0401.pdf", ["ACME Industrie GmbH", "Order confirmation AB-25-0401", "40 x CP-40", "Delivery: Poltava"])])
say(T20, oksana, "2025-02-18 11:00", "Пані Лауро, дякую! Підтвердження отримали. Передоплату 30% здійснимо до кінця тижня.")
say(T20, laura, "2025-02-21 10:00", "Dear Oksana,\n\nwe received the 30% prepayment, thank you.\n\nLaura")
test(T20, oksana, "2025-03-18 12:20", "Добрий день, пані Лауро!\n\nПідтверджуємо, що вантаж 31 березня приймаємо. Контактна особа на складі: Ігор Ткаченко, "
     "+380 532 55 51 40. Розвантаження з 8:00 до 17:00.", "genuine", "genuine-reply", "G27 Outlook Ukrainian reply (windows-1251)")
say(T20, laura, "2025-03-18 13:00", "Thank you Oksana, I have passed it on to the forwarder.\n\nLaura")
oksana_fake = Pt("Оксана Бондаренко", "o.bondarenko@agromash-ua.example", "olk-uk", "Europe/Kyiv", "uk", "exo-agromash-ua", oksana.sig)
test(T20, oksana_fake, "2025-03-20 10:05", "Добрий день, пані Лауро!\n\nУ зв'язку з ремонтом складу в Полтаві просимо відвантажити замовлення AG-2025-014 на склад "
     "нашого партнера в Польщі:\n\nMagazyn RZ-Logistic Sp. z o.o.\nul. Przemyslowa 41, 35-105 Rzeszow, Polska\n\nЗвідти ми заберемо вантаж власним транспортом. "
     "Залишок оплати (70%) переведемо після отримання вантажу. Прошу підтвердити зміну адреси сьогодні.", "hijack", "lookalike-domain",
     "A14 look-alike agromash-ua (suffix added): goods diversion to a Polish warehouse")

# ================================================================ T21 forwarder on Gmail (Ukrainian attribution): truck details (G18)
T21 = thread(taras, "Перевезення Kassel - Полтава, AG-2025-014", "en")
say(T21, laura, "2025-03-05 10:00", "Dear Taras,\n\nwe need a truck Kassel - Poltava for order AG-2025-014: 4 pallets, 1200x800x1000 mm, 1,150 kg, loading on "
    "24 March. Could you quote?\n\nBest regards\nLaura")
say(T21, taras, "2025-03-05 13:15", "Добрий день, Лауро!\n\nЗбірний вантаж Кассель - Полтава, 4 палети, 1150 кг: 1 380 EUR, термін 6-7 днів, митне оформлення "
    "в Ягодині включено.")
say(T21, laura, "2025-03-05 14:00", "Dear Taras,\n\nthe price is fine, please book the pick-up for 24 March, 9:00.\n\nLaura")
say(T21, taras, "2025-03-06 09:30", "Лауро, заявку прийнято. Водій зателефонує за день до завантаження.")
say(T21, laura, "2025-03-19 16:00", "Dear Taras,\n\nthe customer confirmed the delivery address and unloading times (8:00-17:00), contact Igor Tkachenko "
    "+380 532 55 51 40.\n\nLaura")
test(T21, taras, "2025-03-19 18:40", "Лауро, дякую, передав водієві. Авто: DAF XF, AE 4521 KT / причіп AE 7713 XM, водій Василь, +380 67 555 83 17.",
     "genuine", "genuine-reply", "G18 Gmail reply with Ukrainian attribution line")

# ================================================================ T22 Aigaio (Outlook GR, Exchange 2019): invoice (G22); payment nudge with an altered quote (A5)
T22 = thread(papadakis, "Τιμολόγιο ΤΠΥ 1187 / commissioning CP-80 Sindos", "en")
REAL_IBAN, FAKE_IBAN = "GR16 0172 2110 0052 1100 8419 336", "LT41 3250 0247 1866 0532"
say(T22, papadakis, "2025-02-10 11:40", "Καλημέρα κα Weber,\n\nσας επισυνάπτουμε το τιμολόγιο παροχής υπηρεσιών ΤΠΥ 1187 για την εγκατάσταση και θέση σε λειτουργία "
    "των αντλιών CP-80 στο εργοστάσιο του πελάτη στη Σίνδο (3 ημέρες, 2 τεχνικοί).\nΠοσό: 4.860,00 €\n\nΣτοιχεία πληρωμής:\nΤράπεζα Πειραιώς\n"
    f"IBAN: {REAL_IBAN}\nBIC: PIRBGRAA\n\nPlease find our invoice 1187 for the commissioning (EUR 4,860.00); bank details above.",
    atts=[ppdf("TPY_1187.pdf", ["AIGAIO PROFIL S.A.", "Invoice 1187", "Commissioning CP-80, Sindos", "EUR 4,860.00", f"Piraeus Bank IBAN {REAL_IBAN}"],
               producer="SoftOne ERP")])
say(T22, laura, "2025-02-10 14:10", "Dear Mr. Papadakis,\n\nthank you. Before we can release the payment we need the commissioning report signed by the "
    "customer. Could you send it?\n\nBest regards\nLaura")
say(T22, papadakis, "2025-02-11 10:20", "Κα Weber,\n\nβεβαίως, σας επισυνάπτω το υπογεγραμμένο πρωτόκολλο θέσης σε λειτουργία.\n\nCertainly, the signed "
    "commissioning report is attached.", atts=[ppdf("Protokollo_CP-80_Sindos.pdf", ["Commissioning report CP-80", "signed by customer"], producer="RICOH MP C3004")])
say(T22, laura, "2025-02-11 11:00", "Thank you, Mr. Papadakis. The invoice is approved and will be paid on 12 March (30 days).\n\nLaura")
test(T22, papadakis, "2025-02-11 13:05", "Ευχαριστούμε πολύ, κα Weber.\nΘα περιμένουμε την πληρωμή στις 12 Μαρτίου.", "genuine", "genuine-reply",
     "G22 Outlook Greek reply (windows-1253)")
qp5, qh5 = quote("olk-el", T22["last"], papadakis.tz, "el")
sw = [(REAL_IBAN, FAKE_IBAN), ("Τράπεζα Πειραιώς", "Revolut Bank UAB"), ("PIRBGRAA", "REVOLT21")]
for a, b in sw: qp5, qh5 = qp5.replace(a, b), qh5.replace(H.escape(a), H.escape(b)).replace(a, b)
assert FAKE_IBAN in qp5 and REAL_IBAN not in qh5
test(T22, papadakis, "2025-03-05 09:12", "Καλημέρα κα Weber,\n\nλόγω κλεισίματος τριμήνου σας παρακαλούμε να προχωρήσετε την πληρωμή του τιμολογίου 1187 νωρίτερα, "
     "έως την Παρασκευή 7/3, στον λογαριασμό που αναφέρεται στο τιμολόγιο (βλ. παρακάτω), και να μας στείλετε το αποδεικτικό.\n\nDue to our quarter "
     "closing, please pay invoice 1187 earlier, by Friday 7 March, to the account stated below and send us the proof of payment.", "hijack", "server-hijack",
     "A5 payment nudge from the real server; the quoted invoice mail shows another IBAN and bank", q_override=(qp5, qh5))

# ================================================================ T23 orphan: a Greek engineer replies-all to Jonas (G17)
jonas_mid2 = f"<{ruuid()}@acme-industrie.example>"
T23 = thread(eleni, "CP-80 vibration values / Sindos", "en", start_refs=[jonas_mid2])
jonas_msg2 = dict(m=jonas_mid2, name=jonas[0], email=jonas[1], when=at("2025-03-11 17:20", BERLIN), to=[(eleni.name, eleni.email)], cc=[], html=None,
                  subj="CP-80 vibration values / Sindos",
                  plain="Dear Ms. Georgiou,\n\nthe vibration limit for CP-80 on a rigid foundation is 2.8 mm/s (ISO 10816-3, group 2, zone B). Your measured "
                        "2.1 mm/s is fine. For the spare parts offer please contact my colleague Laura Weber.\n\nBest regards\nJonas Keller\n"
                        "Sales Engineer, ACME Industrie GmbH")
test(T23, eleni, "2025-03-12 15:30", "Καλησπέρα κύριε Keller,\n\nσας ευχαριστώ για τις διευκρινίσεις. Οι μετρήσεις κραδασμών στις αντλίες CP-80 (2,1 mm/s) είναι "
     "εντός των ορίων του ISO 10816-3, οπότε κλείνουμε το θέμα.\nΒάζω σε κοινοποίηση την κα Weber για την προσφορά ανταλλακτικών που συζητήσαμε.\n\n"
     "Thank you for the clarification, 2.1 mm/s is within ISO 10816-3. I copy Ms. Weber for the spare parts offer we discussed.", "genuine",
     "genuine-orphan", "G17 orphan: Greek reply-all to Jonas (parent not in the mailbox)", quote_rec=jonas_msg2, to=[jonas], cc=[(ME[0], ME[1])],
     subj="ΑΠ: CP-80 vibration values / Sindos")
say(T23, laura, "2025-03-12 16:05", "Dear Ms. Georgiou,\n\nthank you, I will send you the spare parts offer tomorrow.\n\nBest regards\nLaura", cc=[jonas])

# ================================================================ T24 Al-Mansouri (Outlook AR): right-to-left text with English product names (G11)
T24 = thread(khalid, "عرض سعر مضخات / quotation booster sets", "en")
say(T24, khalid, "2025-02-05 10:20", "السيدة لورا المحترمة،\n\nتحية طيبة وبعد،\n\nنرجو تزويدنا بعرض سعر للمعدات التالية لمشروع أبراج الخليج في دبي:\n"
    "- Booster Set BS-3 (3 × CP-40) عدد 4\n- Control Panel CP-VFD-11 عدد 4\n\nالتسليم: CIF Jebel Ali.")
say(T24, laura, "2025-02-05 09:40", "Dear Mr. Al-Mansouri,\n\nthank you for your enquiry. Our quotation Q-25-0188 for 4 booster sets BS-3 and 4 control panels "
    "CP-VFD-11, CIF Jebel Ali, is attached. Delivery 10 weeks.\n\nBest regards\nLaura",
    atts=[ppdf("Quotation_Q-25-0188.pdf", ["ACME Industrie GmbH", "Quotation Q-25-0188", "4 x BS-3, 4 x CP-VFD-11", "CIF Jebel Ali"])])
say(T24, khalid, "2025-02-06 11:00", "السيدة لورا،\n\nشكراً على العرض. هل يمكن توريد المضخات بمحركات IE4 بدلاً من IE3؟ وما هو فرق السعر؟")
say(T24, laura, "2025-02-06 09:30", "Dear Mr. Al-Mansouri,\n\nyes, IE4 motors are possible at +EUR 145 per pump (12 pumps = EUR 1,740). The delivery time "
    "is unchanged.\n\nLaura")
test(T24, khalid, "2025-02-09 12:15", "السيدة لورا،\n\nشكراً جزيلاً. قرر العميل اعتماد المحركات IE4. نرجو تعديل العرض Q-25-0188 ليشمل:\n"
     "- 4 × Booster Set BS-3 مع محركات IE4 (Siemens SIMOTICS GP)\n- 4 × Control Panel CP-VFD-11 مع شاشة HMI باللغتين العربية والإنجليزية\n"
     "- قطع غيار لمدة سنتين (Mechanical Seal Kit SK-40 عدد 12)\n\nسنرسل أمر الشراء PO-AMT-2025-031 فور استلام العرض المعدّل.", "genuine", "genuine-hard",
     "G11 right-to-left Arabic with embedded English product names")

# ================================================================ T25 Al-Mansouri: shipping documents; display-name spoof from gmail.com with an .img (A6)
T25 = thread(khalid, "Shipping documents - order AMT-0325", "en")
say(T25, laura, "2025-03-10 10:00", "Dear Mr. Al-Mansouri,\n\norder AMT-0325 (4 booster sets BS-3) was shipped today from Hamburg on MSC ALINA, ETA Jebel Ali "
    "2 April. The copy documents (invoice, packing list, B/L) are attached; the originals follow by DHL.\n\nBest regards\nLaura",
    atts=[ppdf("Invoice_RE-25-0815.pdf", ["ACME Industrie GmbH", "Invoice RE-25-0815", "Order AMT-0325"]),
          ppdf("Packing_list_AMT-0325.pdf", ["Packing list AMT-0325", "4 crates, 2,310 kg"]), ppdf("BL_copy_MSC-ALINA.pdf", ["B/L copy", "MSC ALINA", "Hamburg - Jebel Ali"])])
say(T25, khalid, "2025-03-10 13:40", "السيدة لورا،\n\nشكراً لكِ، تم استلام المستندات. سنقوم بترتيب التخليص الجمركي عند وصول الشحنة.")
say(T25, laura, "2025-03-11 09:00", "Dear Mr. Al-Mansouri,\n\nthe DHL tracking number for the original documents is 1184 2290 73.\n\nLaura")
khalid_gm = Pt("خالد المنصوري", "khalid.almansouri.ae@gmail.com", "gmail", "Asia/Dubai", "ar", "gmail-free")
test(T25, khalid_gm, "2025-03-12 08:40", "السيدة لورا،\n\nمرفق نسخة محدثة من مستندات الشحن بعد تعديل من شركة الشحن. يرجى مراجعتها وتأكيد البيانات اليوم.\n\n"
     "Please find the updated shipping documents attached and confirm today.\n\nخالد", "hijack", "display-name-spoof",
     "A6 same Arabic display name from a gmail.com address, .img attachment", atts=[("Shipping_Documents_AMT-0325.img", iso_img(["SHIPPING_DOCUMENTS_AMT-0325.EXE"]),
                                                                                    "application/octet-stream")])

# ================================================================ T26 Galil (Outlook HE): 2024 order, revived after 10 months with a Dropbox link (A7)
T26 = thread(yael, "הזמנה GA-2024-31 / order dosing pumps DP-10", "en")
say(T26, yael, "2024-04-22 10:15", "שלום לורה,\n\nמצורפת הזמנת רכש GA-2024-31 עבור 6 משאבות מינון DP-10.\nנבקש אישור הזמנה ומועד אספקה.\n\n"
    "Hello Laura, attached our PO GA-2024-31 for 6 dosing pumps DP-10, please confirm.",
    atts=[ppdf("GA-2024-31.pdf", ["Galil Automation Ltd.", "PO GA-2024-31", "DP-10 x 6"], when="20240422101500")])
say(T26, laura, "2024-04-22 11:30", "Dear Yael,\n\nthank you for the order. Confirmation AB-24-0519 is attached, delivery ex works 20 May.\n\nBest regards\nLaura",
    atts=[ppdf("Order_confirmation_AB-24-0519.pdf", ["ACME Industrie GmbH", "Order confirmation AB-24-0519", "6 x DP-10, EXW 20 May 2024"], when="20240422113000")])
say(T26, yael, "2024-04-23 09:40", "תודה רבה, לורה. קיבלנו את האישור.\n\nThank you, confirmation received.")
say(T26, laura, "2024-05-20 15:00", "Dear Yael,\n\nthe 6 dosing pumps were picked up today by your forwarder (Zim Logistics).\n\nLaura")
say(T26, yael, "2024-05-21 10:00", "מעולה, תודה!\n\nGreat, thanks!")
test(T26, yael, "2025-03-26 09:47", "שלום לורה,\n\nמצורף קישור למסמכים המעודכנים, נא לעיין ולאשר:\n"
     "https://www.dropbox.com/scl/fi/8k2w7qz1v4x9m3n6b0p5c/Galil_Docs_2025.zip?rlkey=t4yu8wq2e6r1o9p3a5s7d0f2g&dl=0\n\nבברכה,\nיעל", "hijack", "server-hijack",
     "A7 thread revived after 10 months, Dropbox link, two lines of Hebrew", sig=False)

# ================================================================ T27 Galil: calibration certificates (G19)
T27 = thread(yael, "Calibration certificates DP-10 / GA-2025-07", "en")
say(T27, laura, "2025-02-25 10:00", "Dear Yael,\n\nfor the dosing pumps DP-10 of order GA-2025-07 we will include the factory calibration certificates. Do you also "
    "need ISO 17025 calibration for the flow meters?\n\nBest regards\nLaura")
say(T27, yael, "2025-02-25 13:20", "שלום לורה,\n\nכן, הלקוח שלנו (מתקן התפלה באשדוד) דורש תעודות כיול ISO 17025 עבור מדי הספיקה. האם יש לכך עלות נוספת?\n\n"
    "Yes, our customer needs ISO 17025 certificates for the flow meters. Is there an extra cost?")
say(T27, laura, "2025-02-26 09:15", "Dear Yael,\n\nthe ISO 17025 calibration costs EUR 180 per flow meter (6 pcs = EUR 1,080) and adds one week.\n\nLaura")
test(T27, yael, "2025-02-26 12:40", "שלום לורה,\n\nתודה. אנו מאשרים את התוספת של 1,080 אירו. נא לעדכן את אישור ההזמנה בהתאם.\n\nThank you, we approve the extra "
     "EUR 1,080, please update the order confirmation.", "genuine", "genuine-reply", "G19 Outlook Hebrew reply (windows-1255)")

# ================================================================ T28 Stalmet (Outlook PL): order (G21); reply to the FIRST message with a .lnk in a zip (A10)
T28 = thread(kasia, "Zamówienie ZAM-2025-044 - ramy stalowe BF-65", "pl")
first28 = say(T28, laura, "2025-02-03 09:00", "Dzień dobry Pani Katarzyno,\n\nw załączniku nasze zamówienie ZAM-2025-044 (ACME PO 4500-2240): 60 base frames BF-65 "
              "acc. to drawing BF-65 rev. D, hot-dip galvanized. Requested delivery: week 12.\n\nZ poważaniem\nLaura Weber",
              atts=[ppdf("ZAM-2025-044.pdf", ["ACME Industrie GmbH", "Order ZAM-2025-044 / PO 4500-2240", "60 x base frame BF-65 rev. D, HDG", "Delivery week 12"])])
say(T28, kasia, "2025-02-03 11:20", "Dzień dobry Pani Lauro,\n\ndziękujemy za zamówienie. Potwierdzenie zamówienia PZ/25/0219 w załączniku. Termin: 12. tydzień.\n\n"
    "Thank you for the order, confirmation attached, delivery week 12.",
    atts=[ppdf("PZ-25-0219.pdf", ["STALMET Poznan Sp. z o.o.", "Order confirmation PZ/25/0219", "60 x BF-65, week 12"], producer="Comarch ERP XL")])
say(T28, laura, "2025-02-17 10:00", "Dear Ms. Wiśniewska,\n\ncould you deliver 20 of the 60 frames already in week 10? Our assembly line starts earlier.\n\nLaura")
say(T28, kasia, "2025-02-17 14:40", "Pani Lauro,\n\ntak, 20 ram możemy wysłać w 10. tygodniu, pozostałe 40 w 12. tygodniu.")
say(T28, laura, "2025-03-03 15:20", "Dear Ms. Wiśniewska,\n\nthe first 20 frames arrived today, thank you.\n\nLaura")
test(T28, kasia, "2025-03-04 08:50", "Dzień dobry Pani Lauro,\n\ndziękujemy za potwierdzenie. Pozostałe 40 ram wyślemy zgodnie z planem w 12. tygodniu, świadectwo "
     "ocynkowania dołączymy do dostawy.", "genuine", "genuine-reply", "G21 Outlook Polish reply (ISO-8859-2)")
say(T28, laura, "2025-03-04 09:30", "Thank you!\n\nLaura")
test(T28, kasia, "2025-03-20 07:55", "Dzień dobry,\n\nw załączeniu przesyłam poprawione dokumenty do zamówienia ZAM-2025-044.\nProszę o potwierdzenie.\n\nPozdrawiam",
     "hijack", "server-hijack", "A10 answers the FIRST message of the thread (In-Reply-To and quote), zip holding a .lnk", sig=False,
     quote_rec=first28, refs=[first28["m"]], keep=False, subj="ODP: Zamówienie ZAM-2025-044 - ramy stalowe BF-65",
     atts=[("Dokumenty_ZAM-2025-044.zip", zip_of([("Dokumenty_ZAM-2025-044.pdf.lnk", lnk("C:\\Windows\\System32\\cmd.exe", "/c echo inert probe payload"))],
                                                 when=(2025, 3, 20, 7, 40, 0)), ZIPCT)])

# ================================================================ T29 Stalmet: supplier audit, many links to the partner's own domain (G7)
T29 = thread(kasia, "Audyt dostawcy 8.04.2025 / supplier audit", "en")
say(T29, laura, "2025-03-10 10:00", "Dear Ms. Wiśniewska,\n\nas part of our annual supplier evaluation we would like to audit your galvanizing line in Poznań on "
    "8 April. Could you send us your current certificates (ISO 9001, EN 1090) and an audit agenda?\n\nBest regards\nLaura")
say(T29, kasia, "2025-03-10 13:10", "Pani Lauro,\n\n8 kwietnia nam odpowiada. Dokumenty prześlę w tym tygodniu.\n\n8 April works for us, documents follow this week.")
say(T29, laura, "2025-03-11 09:00", "Thank you, two of us will come: me and our quality engineer Katrin Vogt.\n\nLaura")
W = "https://www.stalmet-poznan.example"; K = "https://klient.stalmet-poznan.example/acme-industrie"
test(T29, kasia, "2025-03-13 14:30", "Dzień dobry Pani Lauro,\n\nzgodnie z obietnicą przesyłam linki do dokumentów (strefa klienta na naszej stronie, Pani login działa):\n\n"
     f"1. Certyfikat ISO 9001:2015: {W}/jakosc/certyfikaty/ISO9001-2015.pdf\n2. Certyfikat EN 1090-1 EXC3: {W}/jakosc/certyfikaty/EN1090-EXC3.pdf\n"
     f"3. Cynkowanie ogniowe wg PN-EN ISO 1461: {W}/jakosc/cynkowanie-iso1461\n4. Raport z audytu TÜV 2024: {K}/audyt-TUV-2024.pdf\n"
     f"5. Plan kontroli BF-65 rev. D: {K}/plan-kontroli-BF-65-revD.pdf\n6. Karta charakterystyki cynku: {W}/bhp/karta-cynk.pdf\n"
     f"7. Dojazd i parking: {W}/kontakt/dojazd\n\nAgenda audytu 8.04:\n9:00 powitanie i prezentacja firmy\n9:30 linia cynkowania\n"
     "11:00 laboratorium (pomiar grubości powłok)\n12:30 obiad\n13:30 przegląd działań korygujących\n15:00 zakończenie\n\n"
     "The certificates, reports and the agenda are linked above (customer area, your login works).", "genuine", "genuine-hard",
     "G7 many links to the partner's own domain")

# ================================================================ T30 Dunatech (Outlook HU, Exchange 2016): drawings exchanged as zip (G5), reply (G20)
T30 = thread(peter, "MF-120 szerelőkeret rajzok / mounting frame drawings", "en")
say(T30, peter, "2025-01-15 10:40", "Kedves Laura!\n\nCsatolom a szerelőkeret rajzait (MF-120, B revízió) DXF és PDF formátumban, tömörítve. Kérem, ellenőrizzék a "
    "szivattyú rögzítési furatait.\n\nAttached the mounting frame drawings MF-120 rev. B (DXF/PDF in a zip). Please check the pump fixing holes.",
    atts=[("MF-120_revB.zip", zip_of([("MF-120_revB.dxf", dxf("MF-120")), ("MF-120_revB.pdf", pdf(["MF-120 rev B"], producer="SOLIDWORKS 2023")),
                                      ("MF-120_revB.step", step("MF-120_revB"))], when=(2025, 1, 15, 10, 20, 0)), ZIPCT)])
say(T30, laura, "2025-01-16 09:30", "Dear Péter,\n\nthank you. The fixing holes for CP-80 must be 4 x M16 on 280 x 220 mm, your drawing shows 260 x 220. Our "
    "pump dimension sheet is attached.\n\nBest regards\nLaura",
    atts=[("CP-80_dimension_sheet.zip", zip_of([("CP-80_dimensions.pdf", pdf(["CP-80 dimension sheet", "4 x M16 on 280 x 220"])), ("CP-80.step", step("CP-80"))],
                                               when=(2025, 1, 16, 9, 10, 0)), "application/zip")])
say(T30, peter, "2025-01-16 14:10", "Kedves Laura!\n\nKöszönöm, igaza van, javítjuk. A C revíziót a jövő héten küldöm.\n\nThanks, you are right; rev. C follows next week.")
say(T30, laura, "2025-01-17 08:45", "Thank you, Péter.\n\nLaura")
test(T30, peter, "2025-01-23 11:15", "Kedves Laura!\n\nCsatolom az MF-120 szerelőkeret C revízióját: a furatkép 280 x 220 mm, 4 x M16. A csomag ismét DXF, PDF és "
     "STEP fájlokat tartalmaz.\n\nAttached rev. C: hole pattern 280 x 220 mm, 4 x M16, again DXF/PDF/STEP.", "genuine", "genuine-hard",
     "G5 zip of drawings rev. C in a thread that exchanged zips",
     atts=[("MF-120_revC.zip", zip_of([("MF-120_revC.dxf", dxf("MF-120")), ("MF-120_revC.pdf", pdf(["MF-120 rev C"], producer="SOLIDWORKS 2023")),
                                      ("MF-120_revC.step", step("MF-120_revC"))], when=(2025, 1, 23, 10, 55, 0)), ZIPCT)])
say(T30, laura, "2025-01-24 10:00", "Dear Péter,\n\nrev. C is correct, approved from our side.\n\nLaura")
test(T30, peter, "2025-01-24 13:30", "Kedves Laura!\n\nKöszönöm a gyors jóváhagyást. A keretek gyártását február 10-én kezdjük, az első 10 darabot a 8. héten "
     "szállítjuk a szivattyúk szereléséhez.", "genuine", "genuine-reply", "G20 Outlook Hungarian reply (Vá:, ISO-8859-2)")

# ================================================================ T31 Dunatech: call-off schedule; link text shows the partner's portal, href elsewhere (A9)
T31 = thread(peter, "Q2 lehívási terv / call-off schedule CP-80", "en")
say(T31, laura, "2025-03-03 10:00", "Dear Péter,\n\ncould you send us your call-off schedule for CP-80 pumps for Q2? We are planning production capacity.\n\n"
    "Best regards\nLaura")
say(T31, peter, "2025-03-03 14:20", "Kedves Laura!\n\nA Q2 lehívási terv: április 12 db, május 15 db, június 10 db. A részletek a hónap végén a beszállítói portálunkon "
    "lesznek elérhetők.\n\nQ2 call-offs: April 12, May 15, June 10 pcs. Details on our supplier portal at the end of the month.")
say(T31, laura, "2025-03-04 09:00", "Thank you, Péter. We already have a login for your supplier portal (portal.dunatech-gepgyar.example).\n\nLaura")
say(T31, peter, "2025-03-04 11:00", "Rendben, köszönöm!\n\nOK, thanks.")
shown = "https://portal.dunatech-gepgyar.example/beszallitok/ACME/Q2-2025"; real = "https://dunatech-portal-beszallitok.web.app/login?c=acme&r=Q2-2025"
a9 = ("Kedves Laura!\n\nA frissített lehívási tervet és a szállítási ütemezést feltöltöttük a beszállítói portálunkra, kérem, jelentkezzen be és erősítse meg:\n\n"
      f"{shown}\n\nThe updated call-off schedule is on our supplier portal, please log in and confirm.")
a9_html = own_html("olk-hu", a9 + peter.sig).replace(f'<a href="{shown}">{shown}</a>', f'<a href="{real}">{shown}</a>')
test(T31, peter, "2025-03-27 06:12", a9, "hijack", "server-hijack", "A9 link text shows the partner's portal, the href goes to web.app",
     plain_own=(a9 + peter.sig).replace(shown, f"{shown}<{real}>"), html_own=a9_html)


# ---------------------------------------------------------------- write in arrival order
scen_rows = ["file\tmessage_id\tlabel\tkind\tscenario"]
for utc, folder, raw, m, label, scen in sorted(pending, key=lambda x: x[0]):
    n[0] += 1
    path = f"mailboxes/{MB}/{folder}/{n[0]}.eml"
    with open(f"{root}/{path}", "wb") as f:
        f.write(raw)
    if label:
        labels.append(f"{MB}\t{m}\t{label[0]}\t{label[1]}")
        scen_rows.append(f"{path}\t{m}\t{label[0]}\t{label[1]}\t{scen}")
open(f"{root}/labels.tsv", "w").write("\n".join(labels) + "\n")
open(f"{root}/scenarios.tsv", "w").write("\n".join(scen_rows) + "\n")
if FALLBACKS:
    for fb in FALLBACKS: print("charset fallback:", fb, file=sys.stderr)
print(n[0], "messages,", len(labels) - 1, "labelled")
