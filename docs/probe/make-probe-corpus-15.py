#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus-15.py OUT_DIR
# Probe mailbox "maria": Maria Gonzalez-Reyes, a private person in Round Rock, Texas (America/Chicago), personal Gmail read over IMAP;
# her Sent mail comes from Gmail web / the Gmail iOS app. English and Spanish (family in Guadalajara, Monterrey, Madrid, Valencia).
# 28 threads, Sep 2024 - Apr 2025 (plus one May 2024 thread), US and EU DST changes inside the period. Each correspondent has a fixed
# fingerprint: Gmail (CA...@mail.gmail.com, Spanish or English quote header), iPhone Mail on iCloud / on Outlook.com (UUID ids, text/plain,
# "Sent from my iPhone"/"Enviado desde mi iPhone"), Outlook.com web in Spanish (iso-8859-1, De:/Enviado:/Para:/Asunto:), Outlook for iOS,
# M365 Outlook on the web (property manager) and Outlook desktop (accountant), Yahoo web/Android/iOS and AOL (UTC dates, yahoo_quoted),
# Google Workspace (school, shop), a Google Group (list headers, AOL From rewritten "via"), SendGrid patient-portal mail, Shopify.
# Files are numbered in arrival order across INBOX and Sent; labels.tsv lists only the test messages; scenarios.tsv maps each
# labelled file to its scenario. Deterministic (random.Random(15015)); attachments are inert (random bytes / tiny PDFs).
#
# Attacks (13, label hijack):
#  A1  T01 account-takeover   mom's Gmail via smtp.gmail.com from Outlook 16 on a Nigerian IP, +0100, urgent Zelle / Apple gift cards (Spanish)
#  A2  T14 server-hijack      property manager's M365 mailbox, same OWA headers/tenant, 23:14: "don't use AppFolio, wire April rent to Frost Bank"
#  A3  T13 lookalike-domain   oakbendpm.co (TLD swap) on the attacker's own M365 tenant, copies name+signature, quotes the real thread, new bank account
#  A4  T11 server-hijack      science teacher's Workspace account, same Google headers: "regional fair permission" Google Form asking for portal password
#  A5  T27 account-takeover   friend's Yahoo from Yahoo web (always iPhone app), 03:52, "trip photos" MediaFire zip ("click run" -> .scr)
#  A6  T17 account-takeover   accountant's M365 used from Outlook on the web (always desktop), 04:12, no signature, pages.dev "secure documents" login
#  A7  T05 display-name-spoof "Javier González" from a new outlook.com address in the siblings' thread, Zelle deposit to a "travel agency"
#  A8  T24 fake-thread        stranger Gmail "Re: your order", In-Reply-To to a non-existent message, fabricated quote of Maria, refund-form link
#  A9  T04 account-takeover   brother's iCloud from Thunderbird (residential proxy, US Eastern); real quote but Zelle number in it changed
#  A10 T19 account-takeover   contractor's Yahoo from Yahoo web (always Android app), 02:37, 4-month-old thread, .html invoice -> hacked WordPress .php
#  A11 T22 account-takeover   pantry coordinator's Gmail posts to the Google Group thread at 03:26: web.app "confirm your hours" sign-in link
#  A12 T21 account-takeover   coach's Outlook.com from Outlook web (always Outlook iOS), 05:48, revives a 6-month-old thread, netlify.app payment link
#  A13 T25 fake-thread        patientbillingcenter.net posing as the clinic's billing, PHPMailer, fabricated quote of Maria, pay-online .php link
#
# Genuine hard cases (22 genuine-hard, 3 genuine-orphan):
#  G1  T07 cousin writes from his new Gmail, announced two messages earlier from his old yahoo.es address
#  G2  T12 principal's newsletter-style HTML reply with ten links (Raptor, SignUpGenius, Smore, Drive, Nutrislice, Facebook ...)
#  G3  T18 contractor sends Zelle/Venmo details she asked for, with invoice PDF
#  G4  T16 accountant's ShareFile link for the draft return, as in every earlier message
#  G5  T06 aunt in Madrid writes at 02:14 local time (during the US-DST/EU-standard gap)
#  G6  T02 mom answers in Spanish in an English family thread
#  G7  T02 sister's reply-all adds Tía Lupe in Cc
#  G8  T08 uncle's iPhone Mail reply on his Outlook.com account: no quote, "Enviado desde mi iPhone"
#  G9  T28 (orphan) sister's Gmail "Fwd:" of an Iberia booking with the e-ticket PDF; parent not in the mailbox
#  G10 T03 sister's Google Photos album link, as she always does
#  G11 T26 friend revives last year's trip thread after 10 months
#  G12 T16 accountant's Exchange out-of-office during tax season (Auto-Submitted, "Automatic reply:")
#  G13 T23 (orphan) shop's delivery notice via Shopify, same subject as the thread, no In-Reply-To/References
#  G14 T22 AOL member replies to the Google Group digest (From rewritten "via" the group)
#  G15 T25 (orphan) doctor's office reply via its patient-messaging system without In-Reply-To
#  G16 T05 brother replies from his employer's Outlook/M365 address
#  G18 T14 property manager announces the move to AppFolio (also announced by letter)
#  G19 T10 teacher sends a real permission slip as PDF
#  G20 T20 coach's Google Maps + TeamSnap links
#  G22 T22 coordinator posts a SignUpGenius link to the group
#  G23 T16 accountant's assistant (same firm) follows up
#  G24 T27 friend's Airbnb listing link
#  G28 T23 shop owner's USPS tracking link
#  G29 T01 mom's two-line phone reply
#  G31 T15 maintenance coordinator (same M365 tenant) joins the thread
# Plain genuine replies (genuine-reply): every other correspondent reply inside a thread, scenario "<thread>-r<n>".
# Context only (unlabelled): thread openers, Maria's Sent mail, the Google Group digest, Shopify order confirmation, patient-portal notices.
import base64, datetime, hashlib, html as H, io, os, quopri, random, sys, uuid, zipfile
from zoneinfo import ZoneInfo

root = sys.argv[1]
MB = "maria"
for f in ("INBOX", "Sent"): os.makedirs(f"{root}/mailboxes/{MB}/{f}", exist_ok=True)
R = random.Random(15015)
CHI = ZoneInfo("America/Chicago"); MEX = ZoneInfo("America/Mexico_City"); MAD = ZoneInfo("Europe/Madrid")
LA = ZoneInfo("America/Los_Angeles"); UTC = datetime.timezone.utc; LAGOS = ZoneInfo("Africa/Lagos")


def hx(k): return "".join(R.choice("0123456789abcdef") for _ in range(k))
def HX(k): return hx(k).upper()
def rbytes(k): return bytes(R.getrandbits(8) for _ in range(k))
def ruuid(): return str(uuid.UUID(int=R.getrandbits(128), version=4))
def alnum(k): return "".join(R.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(k))
def b64(k): return base64.b64encode(rbytes(k)).decode()
def ip4(a, b=None): return f"{a}.{b if b is not None else R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(2, 250)}"


class Pt:
    def __init__(s, name, email, client, lang, infra, tz, sig=""):
        s.name, s.email, s.client, s.lang, s.infra, s.tz, s.sig = name, email, client, lang, infra, tz, sig
        s.dom = email.split("@")[1]


me = Pt("Maria Gonzalez-Reyes", "maria.gonzalezreyes@gmail.com", "gmail", "en", "own", CHI)

# infra: (helo host, ip prefix, dkim d, selector, dmarc policy text, kind)
INFRA = {
    "gmail": ("mail-sor-f41.google.com", "209.85.220.41", "gmail.com", "20230601", "p=NONE sp=QUARANTINE dis=NONE", "google"),
    "bcisd": ("mail-sor-f65.google.com", "209.85.220.65", "bcisd.net", "google", "p=QUARANTINE sp=QUARANTINE dis=NONE", "google"),
    "hcp": ("mail-sor-f73.google.com", "209.85.220.73", "hillcountrypottery.com", "google", "p=NONE sp=NONE dis=NONE", "google"),
    "ggroups": ("mail-sor-f69.google.com", "209.85.220.69", "googlegroups.com", "20230601", "p=NONE sp=QUARANTINE dis=NONE", "ggroups"),
    "oakbend": ("mail-dm6nam12on2119.outbound.protection.outlook.com", "40.107.243.119", "oakbendpm.com", "selector1", "p=QUARANTINE sp=QUARANTINE dis=NONE", "m365"),
    "keller": ("mail-bn8nam12on2101.outbound.protection.outlook.com", "40.107.237.101", "kellertaxcpa.com", "selector2", "p=NONE sp=NONE dis=NONE", "m365"),
    "gulfport": ("mail-mw2nam10on2093.outbound.protection.outlook.com", "40.107.94.93", "gulfportlogistics.com", "selector1", "p=REJECT sp=REJECT dis=NONE", "m365"),
    "olc-nam": ("mail-sn1nam02olkn2017.outbound.protection.outlook.com", "40.92.44.17", "outlook.com", "selector1", "p=NONE sp=QUARANTINE dis=NONE", "olc"),
    "olc-eur": ("mail-db8eur05olkn2081.outbound.protection.outlook.com", "40.92.89.81", "hotmail.es", "selector1", "p=NONE sp=NONE dis=NONE", "olc"),
    "icloud": ("qs51p00im-qukt01071902.me.com", "17.57.155.17", "icloud.com", "1a1hai", "p=QUARANTINE sp=QUARANTINE dis=NONE", "icloud"),
    "yahoo": ("sonic316-21.consmr.mail.ne1.yahoo.com", "66.163.187.147", "yahoo.com", "s2048", "p=REJECT sp=REJECT dis=NONE", "yahoo"),
    "yahoo-mx": ("sonic310-13.consmr.mail.bf2.yahoo.com", "74.6.135.123", "yahoo.com.mx", "s2048", "p=REJECT sp=REJECT dis=NONE", "yahoo"),
    "yahoo-es": ("sonic311-24.consmr.mail.ir2.yahoo.com", "77.238.176.206", "yahoo.es", "s2048", "p=REJECT sp=REJECT dis=NONE", "yahoo"),
    "sendgrid-llfm": ("o12.ptr3881.lakelinefamilymed.com", "149.72.154.232", "lakelinefamilymed.com", "s1", "p=NONE sp=NONE dis=NONE", "sendgrid"),
    "shopify": ("mail123.shopifyemail.com", "23.227.40.123", "hillcountrypottery.com", "shopify2", "p=NONE sp=NONE dis=NONE", "shopify"),
    # attacker-side infrastructure
    "gmail-smtp-ato": ("mail-sor-f41.google.com", "209.85.220.41", "gmail.com", "20230601", "p=NONE sp=QUARANTINE dis=NONE", "gmail-smtp"),
    "oakbend-co": ("mail-co1nam11on2127.outbound.protection.outlook.com", "40.107.220.127", "oakbendpm.co", "selector1", "p=NONE sp=NONE dis=NONE", "m365"),
    "olc-spoof": ("mail-bl2nam02olkn2034.outbound.protection.outlook.com", "40.92.3.34", "outlook.com", "selector1", "p=NONE sp=QUARANTINE dis=NONE", "olc"),
    "icloud-ato": ("qs51p00im-qukt01080501.me.com", "17.57.155.29", "icloud.com", "1a1hai", "p=QUARANTINE sp=QUARANTINE dis=NONE", "icloud"),
    "fake-order": ("mail-sor-f48.google.com", "209.85.220.48", "gmail.com", "20230601", "p=NONE sp=QUARANTINE dis=NONE", "google"),
    "fake-billing": ("mta.patientbillingcenter.net", "91.215.85.44", "patientbillingcenter.net", "default", "p=NONE sp=NONE dis=NONE", "exim"),
}
TENANT = {"oakbend": "7f3c2a90-1d4e-4b8a-9c61-2e5f0a8d3b17", "keller": "c2b9e5d1-6a07-4f3e-8d22-91a4b0c7e6f5",
          "gulfport": "a61d0f3e-2b9c-4e7a-b5d8-0c3f71e29a46", "olc-nam": "84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa",
          "olc-eur": "84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa", "olc-spoof": "84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa",
          "oakbend-co": "0d7e4c11-9f28-4a3b-a6e5-5b12c8f0d943"}
MSHOST = {"oakbend": ("SJ0PR12MB5673", "namprd12"), "keller": ("BN0PR19MB5241", "namprd19"), "gulfport": ("CH3PR14MB7302", "namprd14"),
          "olc-nam": ("DS0P223MB0458", "NAMP223"), "olc-eur": ("DB9P195MB1362", "EURP195"), "olc-spoof": ("SA1P223MB1190", "NAMP223"),
          "oakbend-co": ("PH7PR17MB6014", "namprd17")}


def gdate(t):  # Gmail-receiving side stamp, Pacific time
    p = t.astimezone(LA); return p.strftime("%a, %d %b %Y %H:%M:%S %z") + f" ({p.tzname()})"


def rfc(t, lead0=False):
    s = t.strftime("%a, %d %b %Y %H:%M:%S %z")
    return s if lead0 else s.replace(f", 0{t.day} ", f", {t.day} ") if t.day < 10 else s


def transport(who, t, infra=None, env=None, client=None):
    infra = infra or who.infra; env = env or who.email
    helo, ip, d, s, pol, kind = INFRA[infra]
    tmx = t + datetime.timedelta(seconds=R.randint(1, 9))
    fromdom = who.email.split("@")[1]
    envdom = env.split("@")[1]
    bsig = b64(6)[:8]
    ar = (f"mx.google.com;\n       dkim=pass header.i=@{d} header.s={s} header.b={bsig};\n"
          f"       spf=pass (google.com: domain of {env} designates {ip} as permitted sender) smtp.mailfrom={envdom if kind != 'google' else env};\n"
          f"       dmarc=pass ({pol}) header.from={fromdom}")
    if kind == "ggroups":
        ar = (f"mx.google.com;\n       dkim=pass header.i=@googlegroups.com header.s=20230601 header.b={bsig};\n"
              f"       spf=pass (google.com: domain of {env} designates {ip} as permitted sender) smtp.mailfrom={env};\n"
              f"       dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=googlegroups.com" if who.dom in ("aol.com", "yahoo.com") else
              f"mx.google.com;\n       dkim=pass header.i=@googlegroups.com header.s=20230601 header.b={bsig};\n"
              f"       arc=pass (i=1 spf=pass spfdomain=gmail.com dkim=pass dkdomain=gmail.com dmarc=pass fromdomain=gmail.com);\n"
              f"       spf=pass (google.com: domain of {env} designates {ip} as permitted sender) smtp.mailfrom={env};\n"
              f"       dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com")
    h = [("Delivered-To", me.email),
         ("Received", f"by 2002:a05:7300:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {alnum(6)}{hx(3)}dyc;\n        {gdate(tmx)}"),
         ("X-Received", f"by 2002:a05:6a20:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {alnum(6)}-{hx(8)}mr{R.randint(10**6, 10**7)}pzb.{R.randint(1, 99)}.{int(tmx.timestamp())};\n        {gdate(tmx)}"),
         ("ARC-Seal", f"i=1; a=rsa-sha256; t={int(tmx.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={b64(120)}"),
         ("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=to:subject:message-id:date:from:in-reply-to:references:mime-version\n         :dkim-signature;\n        bh={b64(32)};\n        fh={b64(32)};\n        b={b64(120)}"),
         ("ARC-Authentication-Results", "i=1; " + ar),
         ("Return-Path", f"<{env}>"),
         ("Received", f"from {helo} ({helo}. [{ip}])\n        by mx.google.com with {'SMTPS' if kind in ('google', 'ggroups', 'gmail-smtp') else 'ESMTPS'} id {alnum(6)}{hx(4)}.{R.randint(100, 999)}.{R.randint(2025, 2025)}.{hx(8)}\n"
                      f"        for <{me.email}>\n        ({'Google Transport Security' if kind in ('google', 'ggroups', 'gmail-smtp') else 'version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256'});\n        {gdate(tmx)}"),
         ("Received-SPF", f"pass (google.com: domain of {env} designates {ip} as permitted sender) client-ip={ip};"),
         ("Authentication-Results", ar)]
    ut = t.astimezone(UTC)
    if kind in ("google", "ggroups"):
        h.append(("X-Google-Smtp-Source", f"AGHT+I{alnum(50)}"))
        h.append(("X-Received", f"by 2002:a05:6902:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {alnum(6)}-{hx(8)}mr{R.randint(10**6, 10**7)}.{R.randint(1, 99)}.{int(t.timestamp())};\n        {gdate(t)}"))
    elif kind == "gmail-smtp":
        src = who.attack_src
        h.append(("Received", f"from {src['helo']} ([{src['ip']}])\n        by smtp.gmail.com with ESMTPSA id {alnum(6)}-{hx(8)}.{R.randint(1, 99)}.2025.{hx(6)}\n"
                              f"        for <{me.email}>\n        (version=TLS1_2 cipher=ECDHE-ECDSA-AES128-GCM-SHA256 bits=128/128);\n        {gdate(t)}"))
    elif kind in ("m365", "olc"):
        host, pod = MSHOST[infra]
        ip6 = f"2603:10b6:{hx(3)}:{hx(2)}::{hx(2)}"
        h += [("Received", f"from {host}.{pod}.prod.outlook.com ({ip6}) by\n {host}.{pod}.prod.outlook.com ({ip6}) with Microsoft SMTP Server\n"
                           f" (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8466.20; {rfc(ut)}"),
              ("Received", f"from {host}.{pod}.prod.outlook.com\n ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {host}.{pod}.prod.outlook.com\n"
                           f" ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%3]) with mapi id 15.20.8466.020; {rfc(ut)}"),
              ("ARC-Seal", f"i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={b64(100)}"),
              ("X-MS-Exchange-CrossTenant-id", TENANT[infra]),
              ("X-MS-Exchange-CrossTenant-originalarrivaltime", f"{ut:%d %b %Y %H:%M:%S.%f}"[:-3] + " (UTC)"),
              ("X-MS-Exchange-CrossTenant-AuthAs", "Internal"),
              ("X-MS-PublicTrafficType", "Email")]
    elif kind == "icloud":
        src = getattr(who, "attack_src", None) if infra == "icloud-ato" else None
        origin = f"from [192.168.1.{R.randint(20, 90)}] (unknown [{src['ip']}])" if src else f"from smtpclient.apple (unknown [{ip4(172, R.randint(56, 58))}])"
        h += [("Received", f"{origin}\n\tby qs51p00im-qukt0107190{R.randint(1, 3)}.me.com (Postfix) with ESMTPSA id {HX(10)}\n\tfor <{me.email}>; {rfc(ut, True).replace('+0000', '+0000 (UTC)')}"),
              ("X-Proofpoint-ORIG-GUID", alnum(32)), ("X-Proofpoint-GUID", alnum(32))]
    elif kind == "yahoo":
        host = helo.split("-")[0]
        h += [("Received", f"from sonic.gate.mail.ne1.yahoo.com by {host}.consmr.mail.{helo.split('.')[3]}.yahoo.com with HTTP; {rfc(ut)}"),
              ("X-YMail-OSG", alnum(60)), ("X-Sonic-MF", f"<{env}>"), ("X-Sonic-ID", ruuid())]
    elif kind == "sendgrid":
        h += [("Received", f"by filterdrecv-{hx(10)}-{alnum(5).lower()} with SMTP id filterdrecv-{hx(10)}-{alnum(5).lower()}-1-{HX(8)}-{R.randint(10, 99)}\n        {ut:%Y-%m-%d %H:%M:%S.%f} +0000 UTC m=+{R.randint(100000, 999999)}.{R.randint(100, 999)}"),
              ("Received", f"from NDM4NTIxMw (unknown) by geopod-ismtpd-{R.randint(1, 40)} (SG) with HTTP id {alnum(22)} {ut:%a, %d %b %Y %H:%M:%S.%f}"[:-3] + " +0000 (UTC)"),
              ("X-SG-EID", alnum(90)), ("X-Entity-ID", alnum(22))]
    elif kind == "shopify":
        h += [("Received", f"from shopify.com (unknown [10.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}]) by {helo} (Postfix) with ESMTP id {HX(10)}; {rfc(ut)}")]
    elif kind == "exim":
        src = who.attack_src
        h += [("Received", f"from [{src['ip']}] (helo={src['helo']})\n\tby {helo} with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.97.1)\n"
                           f"\t(envelope-from <{env}>)\n\tid 1t{alnum(4)}-{alnum(6)}-{alnum(2)}\n\tfor {me.email}; {rfc(ut)}")]
    dk = ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d={d}; s={s}; t={int(t.timestamp())}; x={int(t.timestamp()) + 604800}; darn=gmail.com;\n"
                            f"        h=to:subject:message-id:date:from:in-reply-to:references:mime-version\n         :from:to:cc:subject:date:message-id:reply-to;\n        bh={b64(32)};\n        b={b64(180)}")
    return h + [dk]


def make_mid(who, client, t, infra=None):
    infra = infra or who.infra
    if client in ("gmail", "gmail_es", "digest_reply"):
        return "<CA" + "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-") for _ in range(R.choice((52, 53, 55)))) + "=" * R.randint(0, 1) + "@mail.gmail.com>"
    if client in ("owa", "outlook16", "outlook_ios", "olc_es", "olc_web"):
        host, pod = MSHOST[infra]
        if pod.isupper(): return f"<{host}{HX(16)}@{host}.{pod}.PROD.OUTLOOK.COM>"
        return f"<{host}{HX(16)}@{host}.{pod}.prod.outlook.com>"
    if client in ("iphone", "iphone_es", "tb_ato"): return f"<{ruuid().upper() if client != 'tb_ato' else ruuid()}@{who.dom}>"
    if client.startswith("yahoo"): return f"<{R.randint(1200000000, 2100000000)}.{R.randint(1000000, 9999999)}.{int(t.timestamp() * 1000)}@mail.yahoo.com>"
    if client == "ol16_ato": return f"<000001db{hx(4)}${hx(8)}${hx(8)}$@gmail.com>"
    if client == "sendgrid": return f"<{alnum(22)}@geopod-ismtpd-{R.randint(1, 40)}>"
    if client == "shopify": return f"<{ruuid()}@hillcountrypottery.com>"
    if client == "digest": return f"<000000000000{hx(14)}@google.com>"
    if client == "autoreply": return make_mid(who, "outlook16", t, infra)
    return f"<{hx(24)}.{int(t.timestamp())}@{who.dom}>"


DIAS_AB = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
MESES_AB = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]


def h12(t): return f"{t.hour % 12 or 12}:{t:%M}"
def ampm(t): return "AM" if t.hour < 12 else "PM"


def gtq(text): return "\n".join("> " + l if l else ">" for l in text.split("\n"))


def quote_of(client, q, tz):
    """(plain, html) quote block as the replying client renders it; q = the message being replied to"""
    t = q["t"].astimezone(tz); name, email, txt = q["name"], q["email"], q["plain"]
    tos = "; ".join(f"{n} <{e}>" for n, e in q["to"])
    esc = lambda s: "<br>\n".join(H.escape(l) for l in s.split("\n"))
    if client in ("gmail", "digest_reply"):
        hdr = f"On {t:%a}, {t:%b} {t.day}, {t.year} at {h12(t)}\u202f{ampm(t)} {name} <{email}> wrote:"
    elif client == "gmail_es":
        hdr = f"El {DIAS_AB[t.weekday()]}, {t.day} {MESES_AB[t.month - 1]} {t.year} a las {t.hour}:{t:%M}, {name} (<{email}>) escribió:"
    else: hdr = None
    if hdr:
        return ("\n\n" + hdr + "\n\n" + gtq(txt),
                f'<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{H.escape(hdr)}<br></div><blockquote class="gmail_quote" '
                f'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{esc(txt)}</blockquote></div>')
    if client in ("iphone", "iphone_es"):
        if client == "iphone": hdr = f"On {t:%b} {t.day}, {t.year}, at {h12(t)}\u202f{ampm(t)}, {name} <{email}> wrote:"
        else: hdr = f"El {t.day} {MESES_AB[t.month - 1]} {t.year}, a la(s) {h12(t)}\u202f{'a.m.' if t.hour < 12 else 'p.m.'}, {name} <{email}> escribió:"
        return "\n\n> " + hdr + "\n> \n" + gtq(txt), None
    if client in ("owa", "outlook16", "outlook_ios", "olc_web", "autoreply"):
        sent = f"{t:%A}, {t:%B} {t.day}, {t.year} {h12(t) + (':' + t.strftime('%S') if client == 'outlook_ios' else '')} {ampm(t)}"
        rows = [("From", f"{name} <{email}>"), ("Sent", sent), ("To", tos)] + ([("Cc", "; ".join(f"{n} <{e}>" for n, e in q["cc"]))] if q["cc"] else []) + [("Subject", q["subj"])]
        sep = "" if client == "outlook16" else "________________________________\n"
        return ("\n\n" + sep + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + txt,
                '<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                + "<br>".join(f"<b>{k}:</b> {H.escape(v)}" for k, v in rows) + f"</font><div>&nbsp;</div></div><div>{esc(txt)}</div>")
    if client == "olc_es":
        sent = f"{DIAS[t.weekday()]}, {t.day} de {MESES[t.month - 1]} de {t.year} {t:%H:%M}"
        rows = [("De", f"{name} <{email}>"), ("Enviado", sent), ("Para", tos)] + ([("CC", "; ".join(f"{n} <{e}>" for n, e in q["cc"]))] if q["cc"] else []) + [("Asunto", q["subj"])]
        return ("\n\n________________________________\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + txt,
                '<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                + "<br>".join(f"<b>{k}:</b> {H.escape(v)}" for k, v in rows) + f"</font><div>&nbsp;</div></div><div>{esc(txt)}</div>")
    if client == "yahoo_android":
        hdr = f"On {t:%a}, {t:%b} {t.day}, {t.year} at {h12(t)} {ampm(t)}, {name}<{email}> wrote:"
        return ("\n \n  " + hdr + "   " + "\n".join("   " + l for l in txt.split("\n")), 
                f'<div id="yahoo_quoted_{R.randint(10**9, 10**10)}" class="yahoo_quoted"><div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
                f'<div>{H.escape(hdr)}</div><blockquote style="margin: 0 0 20px 0;"><div>{esc(txt)}</div></blockquote></div></div>')
    if client == "yahoo_aol": client = "yahoo_web"
    if client in ("yahoo_ios", "yahoo_web"):
        hdr = f"On {t:%A}, {t:%B} {t.day}, {t.year}, {h12(t)} {ampm(t)}, {name} <{email}> wrote:" if client == "yahoo_ios" else \
              f"On {t:%A}, {t:%B} {t.day}, {t.year} at {t:%I:%M:%S} {ampm(t)} {t.tzname()}, {name} <{email}> wrote:"
        return ("\n\n" + hdr + "\n\n" + ("\n".join(l for l in txt.split("\n")) if client == "yahoo_web" else gtq(txt)),
                f'<div id="yahoo_quoted_{R.randint(10**9, 10**10)}" class="yahoo_quoted"><div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
                f'<div>{H.escape(hdr)}</div><div><br></div><div><br></div><div>{esc(txt)}</div></div></div>')
    if client == "yahoo_web_es":
        hdr = f"El {DIAS[t.weekday()]}, {t.day} de {MESES[t.month - 1]} de {t.year}, {t:%I:%M:%S} {'a.m.' if t.hour < 12 else 'p.m.'} {t.tzname()}, {name} <{email}> escribió:"
        return ("\n\n" + hdr + "\n\n" + txt,
                f'<div id="yahoo_quoted_{R.randint(10**9, 10**10)}" class="yahoo_quoted"><div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
                f'<div>{H.escape(hdr)}</div><div><br></div><div><br></div><div>{esc(txt)}</div></div></div>')
    if client == "tb_ato":
        hdr = f"On {t:%m/%d/%Y} {t:%-I:%M} {ampm(t)}, {name} wrote:"
        return "\n\n" + hdr + "\n" + gtq(txt), None
    if client == "sendgrid":
        hdr = f"-----Original Message-----\nFrom: {name} <{email}>\nSent: {t.month}/{t.day}/{t.year} {h12(t)} {ampm(t)}\nTo: {tos}\nSubject: {q['subj']}"
        return "\n\n" + hdr + "\n\n" + txt, f"<br><br><div>{esc(hdr)}</div><div>{esc(txt)}</div>"
    return "\n\n" + gtq(txt), None


def html_of(client, text, qhtml, raw=None):
    esc = raw if raw is not None else "<br>\n".join(H.escape(l) for l in text.split("\n"))
    if raw is not None and client in ("gmail", "gmail_es") and raw.startswith('<div dir="ltr">'): return raw + (qhtml or "")
    q = qhtml or ""
    if client in ("gmail", "gmail_es", "digest_reply"): return f'<div dir="ltr">{esc}</div>{q}\n'
    if client in ("owa", "olc_es", "olc_web", "outlook_ios"):
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=' + ("iso-8859-1" if client == "olc_es" else "us-ascii") + '"><style type="text/css" style="display:none;"> '
                'P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr"><div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
                'Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">' + esc + "</div>" + (f'<div id="appendonsend"></div>{q}' if q else "") + "</body></html>")
    if client in ("outlook16", "autoreply", "ol16_ato"):
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii">'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Aptos;}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n--></style></head>'
                '<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word"><div class="WordSection1"><p class="MsoNormal">'
                + esc + '<o:p></o:p></p>' + (f'<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">{q}</div>' if q else "") + "</div></body></html>")
    if client.startswith("yahoo"):
        return ('<html><head></head><body><div class="ydp' + hx(8) + 'yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
                f'<div dir="ltr" data-setdir="false">{esc}</div></div>{q}</body></html>')
    return None


UA = {"iphone": [("X-Mailer", "iPhone Mail (22D82)")], "iphone_es": [("X-Mailer", "iPhone Mail (22D82)")],
      "yahoo_android": [("X-Mailer", "WebService/1.1.23435 YahooMailAndroidMobile")],
      "yahoo_ios": [("X-Mailer", "WebService/1.1.23435 YahooMailIosMobile")],
      "yahoo_web": [("X-Mailer", "WebService/1.1.23435 YMailNorrin")], "yahoo_web_es": [("X-Mailer", "WebService/1.1.23435 YMailNorrin")],
      "yahoo_aol": [("X-Mailer", "WebService/1.1.23435 AolMailNorrin")], "ol16_ato": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-us")],
      "sendgrid": [("X-Mailer", "athenaCommunicator")], "phpmailer": [("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")]}
MS = ("owa", "outlook16", "outlook_ios", "olc_es", "olc_web", "autoreply")


def enc_word(s, client):
    if s.isascii(): return s
    if client in MS and client == "olc_es":
        return "=?iso-8859-1?Q?" + "".join(c if (c.isascii() and c.isalnum()) else "_" if c == " " else "".join(f"={b:02X}" for b in c.encode("latin-1")) for c in s) + "?="
    if client in ("iphone", "iphone_es"):
        return "=?utf-8?Q?" + "".join(c if (c.isascii() and c.isalnum()) else "_" if c == " " else "".join(f"={b:02X}" for b in c.encode()) for c in s) + "?="
    return "=?UTF-8?B?" + base64.b64encode(s.encode()).decode() + "?="


def addr(n, e, client="gmail"):
    if not n: return e
    if not n.isascii(): return f"{enc_word(n, client)} <{e}>"
    return (f'"{n}" <{e}>' if any(c in n for c in ".,()'") else f"{n} <{e}>")


pending = []  # (utc, folder, raw, label-tuple or None)



def qp(text, charset="utf-8"):
    return quopri.encodestring(text.replace("\r\n", "\n").encode(charset, "replace")).decode("ascii")


def textpart(ctype, text, charset, cte, extra=""):
    if cte == "quoted-printable": return [f'Content-Type: {ctype}; charset="{charset}"{extra}', "Content-Transfer-Encoding: quoted-printable", "", qp(text, charset)]
    if cte == "base64": return [f'Content-Type: {ctype}; charset="{charset}"{extra}', "Content-Transfer-Encoding: base64", "", base64.encodebytes(text.encode(charset)).decode()]
    if cte == "7bit" and not text.isascii(): return textpart(ctype, text, charset, "quoted-printable", extra)
    return [f'Content-Type: {ctype}; charset="{charset}"{extra}'] + ([f"Content-Transfer-Encoding: {cte}"] if cte else []) + ["", text]


def boundary(client, m):
    if client in ("gmail", "gmail_es", "digest_reply", "digest"): return "000000000000" + hx(16)
    if client in MS: return "_000_" + m[1:].split("@")[0][:29] + "_"
    if client in ("iphone", "iphone_es"): return f"Apple-Mail-{ruuid().upper()}"
    if client.startswith("yahoo"): return f"----=_Part_{R.randint(10**6, 10**7)}_{R.randint(10**8, 10**9)}.{R.randint(10**12, 2 * 10**12)}"
    if client == "ol16_ato": return f"----=_NextPart_000_00{HX(2)}_01DB{HX(4)}.{HX(8)}"
    if client == "shopify": return f"--==_mimepart_{hx(13)}_{R.randint(10, 99)}{hx(3)}"
    if client == "tb_ato": return "------------" + alnum(24)
    return hx(40)


def emit(who, client, t, to, cc, subj, refs, text, qblock=None, atts=(), extra=(), label=None, scen=None, infra=None, env=None,
         frm=None, irt=None, mid=None, html=None, topic=None, tidx=None, reply_to=None, folder=None, date_tz=None, no_html=False, pre=(), footer=""):
    m = mid or make_mid(who, client, t, infra)
    folder = folder or ("Sent" if who is me else "INBOX")
    plain = text + (qblock[0] if qblock else "") + footer
    if html is None and not no_html:
        html = html_of(client, text, qblock[1] if qblock else None)
    elif html and not html.startswith("<html") and html_of(client, "", None) is not None:
        html = html_of(client, None, qblock[1] if qblock else None, raw=html)
    elif html and qblock and qblock[1]:
        html = html + qblock[1]
    if html and footer and not html.startswith("<!--own-->"):
        html += "\n<p></p>\n-- <br>\n" + "<br>\n".join(H.escape(l) for l in footer.strip().split("\n")[1:]) + "\n"
    # date header as the sending system writes it
    if client in MS or client == "sendgrid": dh = rfc(t.astimezone(UTC), client == "sendgrid")
    elif client.startswith("yahoo"): dh = rfc(t.astimezone(UTC)) + " (UTC)"
    elif client == "digest": dh = rfc(t.astimezone(UTC))
    else: dh = rfc(t.astimezone(date_tz) if date_tz else t)
    fh = frm or addr(who.name, who.email, client)
    toh = ", ".join(addr(n, e, client) for n, e in to)
    cch = ", ".join(addr(n, e, client) for n, e in cc) if cc else None
    sh = enc_word(subj, client)
    h = list(pre)
    if folder == "INBOX": h += transport(who, t, infra, env, client)
    refs_h = [("References", ("\n\t" if client.startswith("gmail") else "\n ").join(refs) if client not in MS else " ".join(refs)), ("In-Reply-To", irt or refs[-1])] if refs else []
    if irt and not refs: refs_h = [("In-Reply-To", irt)]
    if client in MS:
        topic = topic or subj.split(": ", 1)[-1]
        h += [("From", fh), ("To", toh)] + ([("CC", cch)] if cch else []) + [("Subject", sh), ("Thread-Topic", enc_word(topic, client)),
              ("Thread-Index", tidx or base64.b64encode(b"\x01" + rbytes(21)).decode()), ("Date", dh), ("Message-ID", m)]
        h += refs_h[::-1] if refs_h else []
        if reply_to: h.append(("Reply-To", reply_to))
        h += [("Accept-Language", "en-US" if who.lang == "en" else "es-ES" if who.tz == MAD else "es-MX, en-US"),
              ("Content-Language", "en-US" if who.lang == "en" else "es-ES" if who.tz == MAD else "es-MX"),
              ("X-MS-Has-Attach", "yes" if atts else ""), ("X-MS-TNEF-Correlator", "")]
        if client in ("owa", "outlook16", "autoreply") and who.dom not in ("outlook.com", "hotmail.es"): h.append(("msip_labels", ""))
        h += list(extra)
    elif client in ("iphone", "iphone_es", "tb_ato"):
        h += [("From", fh), ("Content-Type", None), ("Mime-Version", "1.0 (1.0)" if client != "tb_ato" else "1.0"), ("Subject", sh), ("Date", dh)]
        h += refs_h[::-1] + ([("Cc", cch)] if cch else []) + [("To", toh), ("Message-ID", m)] + (UA.get(client, []) if client != "tb_ato" else [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.2")]) + list(extra)
    elif client.startswith("yahoo"):
        h += [("Date", dh), ("From", fh), ("Reply-To", reply_to or fh), ("To", toh)] + ([("Cc", cch)] if cch else []) + [("Message-ID", m)]
        h += refs_h[::-1] + [("Subject", sh), ("MIME-Version", "1.0"), ("Content-Type", None)] + UA[client] + list(extra)
    else:  # gmail family, sendgrid, shopify, digest, ol16_ato
        h += [("MIME-Version", "1.0")] + (refs_h if client in ("gmail", "gmail_es", "digest_reply") else refs_h[::-1])
        h += [("From", fh), ("Date", dh), ("Message-ID", m), ("Subject", sh), ("To", toh)] + ([("Cc", cch)] if cch else [])
        if reply_to: h.append(("Reply-To", reply_to))
        h += UA.get(client, []) + list(extra) + [("Content-Type", None)]
    # body
    charset = {"olc_es": "iso-8859-1", "iphone": "utf-8", "iphone_es": "utf-8"}.get(client, "UTF-8" if (client.startswith("yahoo") or client.startswith("gmail") or client == "digest_reply") else "utf-8")
    if client in MS and client != "olc_es" and plain.isascii(): charset = "us-ascii"
    cte = "quoted-printable" if client in MS or client.startswith("yahoo") or client in ("iphone", "iphone_es", "sendgrid", "ol16_ato", "shopify") else "7bit" if client in ("tb_ato",) else None
    if client in ("gmail", "gmail_es", "digest_reply", "digest") and (not plain.isascii() or max(len(l) for l in plain.split("\n")) > 76): cte = "quoted-printable"
    ab = boundary(client, m)
    if html:
        alt = [f'multipart/alternative; boundary="{ab}"', "", f"--{ab}"] + textpart("text/plain", plain, charset, cte, "; format=flowed; delsp=yes" if client == "digest" else "") + \
              [f"--{ab}"] + textpart("text/html", html, charset, cte) + [f"--{ab}--"]
    else:
        tp = textpart("text/plain", plain, charset, cte, "; format=flowed" if client == "tb_ato" else "")
        alt = [tp[0].split(": ", 1)[1]] + tp[1:]
    if atts:
        mb = boundary(client, m).replace("_000_", "_004_")
        body = [f'multipart/mixed; boundary="{mb}"', "", f"--{mb}", "Content-Type: " + alt[0]] + alt[1:]
        for name, data, ctype in atts:
            body += [f"--{mb}", f'Content-Type: {ctype}; name="{name}"', f'Content-Disposition: attachment; filename="{name}"',
                     "Content-Transfer-Encoding: base64"] + ([f"Content-ID: <f_{alnum(9).lower()}0>", f"X-Attachment-Id: f_{alnum(9).lower()}0"] if client.startswith("gmail") else []) + \
                    ["", base64.encodebytes(data).decode().rstrip("\n")]
        body += [f"--{mb}--"]
    else: body = alt
    ctype_line = body[0]; rest = body[1:]
    if ("Content-Type", None) in h: h[h.index(("Content-Type", None))] = ("Content-Type", ctype_line)
    else: h += [("Content-Type", ctype_line)] + ([("MIME-Version", "1.0")] if client in MS else [])
    if len(rest) >= 2 and rest[0].startswith("Content-Transfer-Encoding"):
        h.append((rest[0].split(": ")[0], rest[0].split(": ")[1])); rest = rest[1:]
    raw = "\r\n".join(f"{k}: {v}".replace("\n", "\r\n") for k, v in h) + "\r\n" + "\r\n".join(rest).replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n"
    pending.append((t.astimezone(UTC), folder, raw, (m, label, scen) if label else None))
    return m


GR = ("genuine", "genuine-reply"); GH = ("genuine", "genuine-hard"); GO = ("genuine", "genuine-orphan")
def HJ(kind): return ("hijack", kind)


PFX = {"owa": "RE: ", "outlook16": "RE: ", "outlook_ios": "RE: ", "olc_es": "RE: ", "olc_web": "RE: ", "ol16_ato": "RE: "}
SCEN = {}  # scen id -> description


class Thread:
    def __init__(s, tag, partner, subj):
        s.tag, s.p, s.subj, s.refs, s.last = tag, partner, subj, [], None
        s.tbase = b"\x01" + rbytes(21); s.blocks = []; s.n = 0

    def add(s, who, text, t, label=None, scen=None, desc=None, client=None, to=None, cc=None, quote=True, subj=None, sig=True,
            qclient=None, qmod=None, **kw):
        client = client or who.client
        body = text + (("\n\n" + who.sig) if (sig and who.sig) else "")
        last = dict(s.last, plain=qmod(s.last["plain"])) if (qmod and s.last) else s.last
        qb = quote_of(qclient or client, last, who.tz if who is not me else CHI) if (quote and s.last) else None
        if subj is None: subj = s.subj if not s.refs else PFX.get(client, "Re: ") + s.subj
        if to is None: to = [(s.p.name, s.p.email)] if who is me else [(me.name, me.email)]
        while len(s.blocks) < len(s.refs): s.blocks.append(rbytes(5))
        if "tidx" not in kw: kw["tidx"] = base64.b64encode(s.tbase + b"".join(s.blocks[:len(s.refs)])).decode()
        s.n += 1
        if label is None and who is not me and s.refs:
            label = GR; scen = f"{s.tag}-r{s.n}"; desc = desc or f"plain in-thread reply from {who.name} ({client})"
        if label is False: label = None
        if label: SCEN[scen] = desc or ""
        m = emit(who, client, t, to, cc, subj, list(s.refs), body, qb, label=label, scen=scen, topic=s.subj, **kw)
        s.refs.append(m)
        s.last = dict(t=t, name=who.name, email=who.email, plain=body + (qb[0] if qb else ""), subj=subj, to=to, cc=cc or [])
        return m


def at(y, mo, d, h, mi, tz=CHI): return datetime.datetime(y, mo, d, h, mi, R.randint(0, 59), tzinfo=tz)


def pdf(lines, uris=(), producer="Microsoft: Print To PDF", when="20250303091200-06'00'"):
    esc = lambda s: s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = ("BT /F1 11 Tf 14 TL 72 770 Td " + " ".join(f"({esc(l)}) '" for l in lines) + " ET").encode("latin-1", "replace")
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            f"<< /Length {len(content)} >>\nstream\n", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            f"<< /Producer ({esc(producer)}) /CreationDate (D:{when}) >>"]
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"); offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += (f"4 0 obj\n{o}".encode() + content + b"\nendstream\nendobj\n") if i == 4 else f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    x = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return bytes(out)


def jpg(k=4000): return b"\xff\xd8\xff\xe1" + rbytes(k) + b"\xff\xd9"


# ====================================================================== correspondents
mom = Pt("Rosa María Reyes", "rosareyes.gdl@gmail.com", "gmail_es", "es", "gmail", MEX)
lucia = Pt("Lucía González-Reyes", "lucia.gonzalezr@gmail.com", "gmail", "en", "gmail", CHI)
javi = Pt("Javier González", "javi.gonzalez83@icloud.com", "iphone", "en", "icloud", CHI, "Sent from my iPhone")
javi_work = Pt("Javier Gonzalez", "jgonzalez@gulfportlogistics.com", "outlook16", "en", "gulfport", CHI,
               "Javier Gonzalez | Operations Supervisor\nGulfport Logistics, LLC\n8800 Wallisville Rd, Houston, TX 77029\nO: 713-555-0240  M: 713-555-0192")
carmen = Pt("Carmen Reyes Martín", "carmenreyes_mad@hotmail.es", "olc_es", "es", "olc-eur", MAD)
pablo_old = Pt("Pablo Martín Reyes", "pablo_martinreyes@yahoo.es", "yahoo_web_es", "es", "yahoo-es", MAD)
pablo = Pt("Pablo Martín Reyes", "pablo.martin.reyes88@gmail.com", "gmail_es", "es", "gmail", MAD)
ernesto = Pt("Ernesto González Ruiz", "ernesto.glzruiz@outlook.com", "olc_es", "es", "olc-nam", MEX)
lupe = Pt("Guadalupe Reyes", "lupita.reyes61@yahoo.com.mx", "yahoo_web_es", "es", "yahoo-mx", MEX)
holt = Pt("Jennifer Holt", "jholt@bcisd.net", "gmail", "en", "bcisd", CHI,
          "--\nJennifer Holt\n4th Grade ELA & Social Studies\nBrushy Creek Elementary | Brushy Creek ISD\n(512) 555-0311 ext. 4127")
okafor = Pt("Daniel Okafor", "dokafor@bcisd.net", "gmail", "en", "bcisd", CHI,
            "Daniel Okafor\n7th Grade Science | Cedar Valley Middle School\nRoom 214 | Conference period 3rd (10:05-10:50)")
whitfield = Pt("Angela Whitfield", "awhitfield@bcisd.net", "gmail", "en", "bcisd", CHI,
               "Dr. Angela Whitfield\nPrincipal, Brushy Creek Elementary\n\"Every child, every day.\"")
tracy = Pt("Tracy Nguyen", "tnguyen@oakbendpm.com", "owa", "en", "oakbend", CHI,
           "Tracy Nguyen\nProperty Manager\nOakbend Property Management\n401 Sundance Pkwy, Suite 120, Round Rock, TX 78681\n(512) 555-0143 | oakbendpm.com")
luis = Pt("Luis Herrera", "lherrera@oakbendpm.com", "owa", "en", "oakbend", CHI,
          "Luis Herrera\nMaintenance Coordinator\nOakbend Property Management\n(512) 555-0149 | After-hours emergencies: (512) 555-0150")
KSIG = ("Brian Keller, CPA\nKeller Tax & Accounting, PLLC\n1200 S Mays St, Suite 210 | Round Rock, TX 78664\nP: (512) 555-0186 | www.kellertaxcpa.com\n\n"
        "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the named recipient and may contain confidential "
        "taxpayer information. Please do not send Social Security numbers or bank account numbers by e-mail; use our ShareFile portal.")
brian = Pt("Brian Keller", "brian@kellertaxcpa.com", "outlook16", "en", "keller", CHI, KSIG)
megan = Pt("Megan Pruitt", "megan@kellertaxcpa.com", "outlook16", "en", "keller", CHI,
           "Megan Pruitt\nClient Services Coordinator\nKeller Tax & Accounting, PLLC\nP: (512) 555-0187")
ray = Pt("Ray Delgado", "raydelgado.repairs@yahoo.com", "yahoo_android", "en", "yahoo", CHI, "Sent from Yahoo Mail on Android")
coach = Pt("Marco Ramirez", "marco.ramirez.coach@outlook.com", "outlook_ios", "en", "olc-nam", CHI, "Get Outlook for iOS")
tasha = Pt("Tasha Williams", "tasha.williams77@yahoo.com", "yahoo_ios", "en", "yahoo", CHI, "Sent from Yahoo Mail for iPhone")
jenna = Pt("Hill Country Pottery", "hello@hillcountrypottery.com", "gmail", "en", "hcp", CHI,
           "Jenna Price\nHill Country Pottery | handmade in Dripping Springs, TX\nhillcountrypottery.com | @hillcountrypottery")
GROUP = ("St. Jude Food Pantry Volunteers", "stjude-pantry@googlegroups.com")
tom = Pt("Tom Flores", "tflores.rr@gmail.com", "gmail", "en", "ggroups", CHI)
linda = Pt("Linda Kowalski", "lindakowalski55@aol.com", "yahoo_aol", "en", "ggroups", CHI)
frontdesk = Pt("Lakeline Family Medicine", "frontdesk@lakelinefamilymed.com", "sendgrid", "en", "sendgrid-llfm", CHI,
               "Lakeline Family Medicine\n2400 Cypress Creek Rd, Bldg 3, Cedar Park, TX 78613\nPhone (512) 555-0420 | Fax (512) 555-0421")
portal = Pt("Lakeline Family Medicine", "noreply@lakelinefamilymed.com", "sendgrid", "en", "sendgrid-llfm", CHI)

GGID = "318204495117"


def group_msg(th, who, text, t, label=None, scen=None, desc=None, **kw):
    """a post relayed by Google Groups: list headers, footer, From rewritten for DMARC-reject domains (AOL)"""
    via = who.dom in ("aol.com", "yahoo.com")
    bounce = f"stjude-pantry+bncBD{alnum(28)}@googlegroups.com"
    tid = alnum(10)
    footer = ("\n\n-- \nYou received this message because you are subscribed to the Google Groups \"St. Jude Food Pantry Volunteers\" group.\n"
              "To unsubscribe from this group and stop receiving emails from it, send an email to stjude-pantry+unsubscribe@googlegroups.com.\n"
              f"To view this discussion visit https://groups.google.com/d/msgid/stjude-pantry/{tid}%40mail.gmail.com.")
    extra = [("Sender", GROUP[1]), ("X-Original-Sender", who.email),
             ("X-Original-Authentication-Results", f"gmr-mx.google.com;       dkim=pass header.i=@{who.dom} header.s={'20230601' if who.dom == 'gmail.com' else 'a2048'};       "
                                                   f"spf=pass (google.com: domain of {who.email} designates {ip4(209, 85) if who.dom == 'gmail.com' else ip4(66, 163)} as permitted sender) smtp.mailfrom={who.email};       "
                                                   f"dmarc=pass (p={'NONE sp=QUARANTINE' if who.dom == 'gmail.com' else 'REJECT sp=REJECT'} dis=NONE) header.from={who.dom}"),
             ("Precedence", "list"), ("Mailing-list", "list stjude-pantry@googlegroups.com; contact stjude-pantry+owners@googlegroups.com"),
             ("List-ID", "<stjude-pantry.googlegroups.com>"), ("X-Spam-Checked-In-Group", f"{who.email}"), ("X-Google-Group-Id", GGID),
             ("List-Post", "<https://groups.google.com/group/stjude-pantry/post>, <mailto:stjude-pantry@googlegroups.com>"),
             ("List-Help", "<https://groups.google.com/support/>, <mailto:stjude-pantry+help@googlegroups.com>"),
             ("List-Archive", "<https://groups.google.com/group/stjude-pantry/>"),
             ("List-Subscribe", "<https://groups.google.com/group/stjude-pantry/subscribe>, <mailto:stjude-pantry+subscribe@googlegroups.com>"),
             ("List-Unsubscribe", f"<mailto:googlegroups-manage+{GGID}+unsubscribe@googlegroups.com>,\n <https://groups.google.com/group/stjude-pantry/subscribe>")]
    frm = None
    if via:
        frm = f"\"'{who.name}' via St. Jude Food Pantry Volunteers\" <{GROUP[1]}>"
        extra += [("X-Original-From", f"{who.name} <{who.email}>")]
        kw["reply_to"] = f"{who.name} <{who.email}>"
    return th.add(who, text, t, label, scen, desc, to=[GROUP], env=bounce, frm=frm, extra=extra, footer=footer, **kw)


# ====================================================================== T01 mom (Gmail, Spanish UI): her April visit; A1 account takeover
t01 = Thread("T01", mom, "Tu visita en abril")
t01.add(mom, "Hija:\n\nYa hablé con tu tío Ernesto y él me lleva al aeropuerto. Estoy viendo vuelos de Guadalajara a Austin para la segunda semana de "
        "abril, así alcanzo a estar en el cumpleaños y en la primera comunión de la hija de Lucía. ¿Les queda bien que me quede dos semanas "
        "o es mucho? No quiero estorbar con los niños en la escuela.\n\nBesos a Sofi y a Mateo,\nMamá", at(2025, 2, 10, 19, 22, MEX))
t01.add(me, "Mami, ¡claro que no estorbas! Dos semanas está perfecto, y si quieres quédate tres. Mateo ya dijo que te presta su cuarto y él se "
        "duerme en el sofá cama. Nada más avísame el número de vuelo para ir por ti.\n\nTe quiero,\nMaría", at(2025, 2, 10, 21, 5))
t01.add(mom, "Ay qué lindo Mateo. Dile que no hace falta, yo duermo donde sea. Encontré uno de Volaris directo que sale a las 7:40 de la mañana, "
        "pero tu tío dice que mejor el de la 1 de la tarde porque a esa hora no hay tanto tráfico en López Mateos. ¿Cuál te conviene más a ti "
        "para recogerme?", at(2025, 2, 11, 8, 14, MEX))
t01.add(me, "El de la 1 me conviene más, mami. Llega como a las 3:30 y paso por ti saliendo del trabajo. El de la mañana me obligaría a pedir el "
        "día libre.", at(2025, 2, 11, 12, 31))
t01.add(mom, "Listo, ya lo compré. Sábado 12 de abril, vuelo Y4 1170, llega a Austin a las 15:25. Te mando la foto del boleto por WhatsApp "
        "porque no sé cómo se adjunta aquí en el teléfono.\n\nTu tía Lupe me dio un rebozo para Sofi, a ver si le gusta.", at(2025, 2, 20, 17, 41, MEX))
t01.add(me, "Perfecto, ya lo anoté en el calendario. Sofi va a estar feliz con el rebozo, anda en su época de querer vestirse como "
        "Frida Kahlo jaja. ¿Necesitas que te compre algo aquí antes de que llegues? ¿Tus pastillas de la presión alcanzan?", at(2025, 2, 20, 20, 12))
t01.add(mom, "Sí alcanzan mija, gracias. Nada más los tés de manzanilla que me gustan del HEB.", at(2025, 3, 2, 9, 3, MEX), GH, "G29",
        "mom's very short reply typed on her phone (Gmail app), two lines, no sign-off")
t01.add(me, "Ya los compré, te esperan en la alacena 😊", at(2025, 3, 2, 11, 48))
mom_ato = Pt(mom.name, mom.email, "ol16_ato", "es", "gmail-smtp-ato", LAGOS)
mom_ato.attack_src = dict(helo="DESKTOP-7QK2M1R", ip="102.89.45.201")
t01.add(mom_ato, "María,\n\nNecesito que me ayudes con algo muy urgente y te pido que sea discreta. Estoy con el notario arreglando lo de la casa "
        "y surgió un pago que tiene que quedar hoy antes de las 6, si no se cae el trámite y perdemos el lugar. Desde aquí mi tarjeta no pasa "
        "y no puedo hablar porque estoy en la oficina de ellos.\n\nMándame por favor 1,850 dólares por Zelle al 469-555-0139, está a nombre de "
        "R. Salcedo, que es el que lleva el asunto. Si Zelle no te deja, compra tarjetas de Apple de 500 y me mandas foto de la parte de atrás "
        "con los números.\n\nEn cuanto llegue allá te lo devuelvo completo. No le comentes nada a tu hermano, luego le explico yo.\n\nMamá",
        at(2025, 3, 14, 3, 47, LAGOS), HJ("account-takeover"), "A1",
        "mom's Gmail taken over: Outlook 16 via smtp.gmail.com from a Nigerian IP, +0100, Outlook-style quote; urgent Zelle/Apple gift cards in Spanish",
        qclient="outlook16", date_tz=LAGOS)

# ====================================================================== T02 sister: mom's 70th; mom answers in Spanish; reply-all adds Tía Lupe
t02 = Thread("T02", lucia, "Mom's 70th – party planning")
fam = [(javi.name, javi.email), (mom.name, mom.email)]
t02.add(lucia, "Hey Mari (and Javi, and hola Mami 👋),\n\nSince Mom lands on the 12th, what if we do her 70th at our place on Saturday the 19th? "
        "Andrés already offered to smoke a brisket and I can get the tres leches from that bakery on Burnet. Backyard fits like 40 people if the "
        "weather cooperates.\n\nThoughts? I'll make a guest list doc.", at(2025, 1, 18, 14, 2), to=[(me.name, me.email)], cc=fam)
t02.add(me, "Love it. I'll take care of decorations and the photo slideshow – I still have the old albums Mom left here in 2019, I can scan "
        "a bunch. Sofi wants to do a poster with pictures from every decade.\n\nShould we invite the Morales family from church? Mom always "
        "asks about them.", at(2025, 1, 18, 16, 40), to=[(lucia.name, lucia.email)], cc=fam)
t02.add(javi, "I'm in. We'll drive up Friday night. I can cover the mariachi, a guy from Vero's work has a group that does parties, "
        "I'll ask for a quote.", at(2025, 1, 18, 19, 12), to=[(lucia.name, lucia.email)], cc=[(me.name, me.email), (mom.name, mom.email)])
t02.add(lucia, "Yes to the Morales family. Mariachi = amazing, Mom is going to cry. Guest list is at 31 so far, I'll share it once Andrés "
        "stops adding his coworkers lol.", at(2025, 1, 19, 10, 33), to=[(me.name, me.email)], cc=fam)
t02.add(mom, "Hijos, no se compliquen tanto, con una carne asada en familia yo soy feliz. Pero si ya están decididos, no voy a decir que no 😅. "
        "Nada más no inviten a mucha gente que no conozco.\n\nY Javier, el mariachi que no toque \"Las Mañanitas\" a las 11 de la noche que "
        "los vecinos de Lucía se van a quejar.\n\nLos quiere,\nMamá", at(2025, 1, 19, 21, 16, MEX), GH, "G6",
        "mom answers in Spanish in an English family thread (she always writes Spanish)", to=[(lucia.name, lucia.email)],
        cc=[(me.name, me.email), (javi.name, javi.email)])
t02.add(me, "Jajaja ok Mami, mariachi before 9pm, promise. Lucía, can you add the Morales and the Peñas? I'll send you their emails.",
        at(2025, 1, 20, 7, 52), to=[(lucia.name, lucia.email)], cc=fam)
t02.add(lucia, "Adding Tía Lupe here since she asked me on WhatsApp if she can fly in for it – Tía, we'd love that!! Mom doesn't know yet "
        "so it would be a surprise… oh wait, Mom is on this email. Ugh. Well, surprise's over, Mami 🙈\n\nTía, the party is Saturday April 19 "
        "at our house in Austin, around 4pm.", at(2025, 1, 25, 11, 5), GH, "G7",
        "sister's reply-all adds Tía Lupe (new participant, Yahoo) in Cc", to=[(me.name, me.email)], cc=fam + [(lupe.name, lupe.email)])
t02.add(lupe, "¡Qué alegría! Claro que voy, ya le dije a tu prima Marisol que me acompañe. Rosa, hermana, ni modo, ya te enteraste, pero "
        "hazte la sorprendida.\n\nLucía, ¿me puedo quedar con ustedes o busco hotel cerca?", at(2025, 1, 25, 19, 40, MEX),
        to=[(lucia.name, lucia.email)], cc=[(me.name, me.email)] + fam)

# ====================================================================== T03 sister: Google Photos albums, always
t03 = Thread("T03", lucia, "Sofia's recital pics")
alb = lambda: "https://photos.app.goo.gl/" + alnum(17)
a1 = alb()
t03.add(lucia, f"Here's everything I got from the recital! Sofi was the best snowflake, not that I'm biased.\n\n{a1}\n\nThe video of the "
        "finale is at the end, sorry about Andrés coughing in the middle.", at(2024, 12, 15, 21, 10),
        html=f'<div dir="ltr">Here\'s everything I got from the recital! Sofi was the best snowflake, not that I\'m biased.<div><br></div><div>'
             f'<a href="{a1}">Winter Recital 2024</a></div><div><br></div><div>The video of the finale is at the end, sorry about Andrés coughing in the middle.</div></div>')
t03.add(me, "Ahhh these are so good, thank you!! Sofi already made the one with the tiara her lock screen.", at(2024, 12, 15, 22, 2))
t03.add(lucia, "Added 14 more from Dad's phone, same album. He took a lot of the ceiling but a couple are really nice.",
        at(2024, 12, 16, 8, 25))
t03.add(me, "Haha the ceiling ones. Love him.", at(2024, 12, 16, 12, 10))
a2 = alb()
t03.add(lucia, f"New Year's at Mom's, just because it's the last time we're all together till April:\n{a2}\n\nFeliz año 🎆",
        at(2025, 1, 2, 10, 44),
        html=f'<div dir="ltr">New Year\'s at Mom\'s, just because it\'s the last time we\'re all together till April:<br><a href="{a2}">Año Nuevo Guadalajara</a><br><br>Feliz año 🎆</div>')
t03.add(me, "Best way to start the year. The one of Mateo and Tío Ernesto dancing is going on the fridge.", at(2025, 1, 2, 13, 30))
a3 = alb()
t03.add(lucia, f"Spring break at the lake house – the kids had a blast on the paddle boards. Album's here:\n{a3}\n\nThere's one of Mateo "
        "falling in that I'm saving for his wedding slideshow.", at(2025, 3, 16, 20, 5), GH, "G10",
        "sister shares another Google Photos album link, as she always does in this thread",
        html=f'<div dir="ltr">Spring break at the lake house – the kids had a blast on the paddle boards. Album\'s here:<br><a href="{a3}">Lake Travis Spring Break \'25</a><br><br>'
             'There\'s one of Mateo falling in that I\'m saving for his wedding slideshow.</div>')
t03.add(me, "HAHAHA poor Mateo. Thank you for taking them, I forgot my phone in the car the whole afternoon.", at(2025, 3, 16, 21, 22))

# ====================================================================== T04 brother (iPhone Mail/iCloud): splitting mom's gift; A9 changed Zelle number
t04 = Thread("T04", javi, "Mom's bday gift")
t04.add(javi, "Was thinking we go in together on an iPad for Mom so she can FaceTime the grandkids without holding her phone 2 inches from "
        "her face. With the case and AppleCare it's about $420, so $140 each with Lucia.\n\nIf you're in, Zelle me at 713-555-0192 whenever.",
        at(2025, 2, 3, 20, 14))
t04.add(me, "Yes!! Great idea. Get the bigger font keyboard case if they have one. I'll send my part Friday after payday.", at(2025, 2, 3, 21, 31))
t04.add(javi, "No rush at all. Lucia already sent hers.", at(2025, 2, 4, 7, 2))
t04.add(me, "Sent $140 just now, check your Zelle.", at(2025, 2, 7, 18, 40))
t04.add(javi, "Got it, thanks sis. Ordered it, arrives at Lucia's on the 15th so she can set it up with Mom's WhatsApp before the party.\n\n"
        "Also the mariachi guy wants $300 deposit to hold the date, so $100 each when you can.", at(2025, 2, 7, 19, 57))
t04.add(me, "Ok perfect, I'll do the mariachi part next week, same Zelle.", at(2025, 2, 8, 9, 14))
javi_ato = Pt(javi.name, javi.email, "tb_ato", "en", "icloud-ato", ZoneInfo("America/New_York"))
javi_ato.attack_src = dict(ip="73.142.18.77")
t04.add(javi_ato, "hey use this zelle for the mariachi deposit instead, chase put a hold on mine for some fraud review and it bounces. "
        "it's Vero's cousin who's handling the band, same thing\n\n832-555-0117\n\nthanks!!", at(2025, 2, 10, 7, 3, ZoneInfo("America/New_York")),
        HJ("account-takeover"), "A9",
        "brother's iCloud used from Thunderbird on a desktop (residential proxy, Eastern time); the quote is the real thread but the Zelle number in it was changed",
        sig=False, qmod=lambda q: q.replace("713-555-0192", "832-555-0117"))

# ====================================================================== T05 siblings: Spain trip; brother from work Outlook; A7 display-name spoof
t05 = Thread("T05", javi, "Summer 2025 – Madrid?")
sib = [(lucia.name, lucia.email)]
t05.add(me, "Ok hear me out: Tía Carmen keeps saying we never visit. What if all three families go to Madrid in July, like the 10th-24th? "
        "Kids are out of school, and Mom could fly from GDL and meet us there. I priced IAH-MAD and it's around $1,100 per person if we book "
        "before March.", at(2025, 1, 5, 20, 33), to=[(javi.name, javi.email)], cc=sib)
t05.add(lucia, "Omg yes. Andrés has never been to Spain and he's been begging. July 10 works, he needs to ask for the time off but it should "
        "be fine. Can we do a few days in Valencia too? Pablo lives there now.", at(2025, 1, 5, 21, 48), to=[(me.name, me.email)],
        cc=[(javi.name, javi.email)])
t05.add(javi_work, "Writing from work, my phone died and I didn't want to miss this. Count us in but I can only do 10 days, not two weeks – "
        "peak season at the warehouse. Maybe we fly back early and you guys stay?\n\nVero says she's in if there's a beach day.",
        at(2025, 1, 6, 10, 17), GH, "G16",
        "brother replies from his employer's Outlook/M365 address (different domain and client), says why", to=[(me.name, me.email)], cc=sib)
t05.add(me, "Totally fine if you leave early. Valencia has beaches so Vero's covered. I'll make a spreadsheet with flights and we pick by the "
        "end of the month.", at(2025, 1, 6, 12, 55), to=[(javi.name, javi.email)], cc=sib)
t05.add(javi, "Back on my phone. Saw the spreadsheet, the United one with the Newark layover is a no for me, I did that once with kids and "
        "never again.", at(2025, 1, 11, 18, 20), to=[(me.name, me.email)], cc=sib)
t05.add(me, "Agreed, nonstop Iberia from Dallas it is, even if we drive up to DFW. I'm booking ours this weekend.", at(2025, 1, 12, 9, 5),
        to=[(javi.name, javi.email)], cc=sib)
spoof_javi = Pt("Javier González", "javier.gonzalez.hou@outlook.com", "olc_web", "en", "olc-spoof", CHI)
t05.add(spoof_javi, "Mari quick thing, I'm stuck in meetings all day and can't call. The travel agent Vero used is holding a group rate for "
        "all of us on the Iberia flight but only until 5pm today. She needs a $1,200 deposit per family to lock it.\n\nCan you send yours "
        "by Zelle to the agency (reservas.viajessol@gmail.com) and I'll handle Lucia's? Just put \"Gonzalez group\" in the memo. I'll "
        "forward the confirmation tonight.", at(2025, 2, 26, 11, 8), HJ("display-name-spoof"), "A7",
        "display-name spoof: \"Javier González\" from a new Outlook.com address (Outlook web), asks for a Zelle travel deposit in the real thread")

# ====================================================================== T06 Tía Carmen (Hotmail Spain, Outlook.com in Spanish)
t06 = Thread("T06", carmen, "Vuestra visita en julio")
t06.add(carmen, "Querida María:\n\nMe ha dicho tu madre que estáis pensando en venir todos en julio. ¡Qué ilusión! El piso de la calle "
        "Alcalá tiene tres habitaciones y la de Pablo está vacía desde que se fue a Valencia, así que tú y los niños os quedáis aquí, eso no "
        "se discute. Tu hermano y Lucía, si no caben, tengo una vecina que alquila un apartamento en la misma escalera.\n\nUn beso muy fuerte,\n"
        "Carmen", at(2025, 2, 15, 11, 20, MAD))
t06.add(me, "Tía querida, ¡mil gracias! Claro que nos quedamos contigo, los niños se mueren por conocer Madrid. Llegamos el 10 de julio "
        "temprano, el vuelo aterriza a las 9 de la mañana en Barajas. Dime si necesitas que te llevemos algo de aquí.",
        at(2025, 2, 15, 9, 32))
t06.add(carmen, "Nada, hija, solo que vengáis. Bueno, si puedes, tráeme esa crema de cacahuete con trocitos que me trajo tu madre la "
        "última vez, aquí no la encuentro. Y a Sofía le voy a apuntar a unas clases de flamenco en el barrio esas semanas si le apetece.",
        at(2025, 2, 16, 10, 5, MAD))
t06.add(me, "Jaja, te llevo tres frascos. Lo del flamenco le va a encantar, pregúntale tú directamente cuando hagamos videollamada el domingo.",
        at(2025, 2, 20, 19, 45))
t06.add(carmen, "Son las dos de la mañana y no hay manera de dormir, así que aprovecho para contestarte. He estado mirando lo de las clases: "
        "la academia de la calle Narváez hace un intensivo de verano para niñas de 8 a 11 años, de lunes a jueves por la tarde. Mañana "
        "llamo y pregunto si queda plaza.\n\nPerdona la hora, ya sabes que desde lo de la rodilla duermo fatal.", at(2025, 3, 21, 2, 14, MAD),
        GH, "G5", "aunt in Madrid writes at 02:14 local time (insomnia), during the 3 weeks when US is on DST and Spain is not")
t06.add(me, "Tía, ¡a dormir! Jaja. Muchas gracias por averiguar, si hay plaza apúntala sin problema, yo te paso el dinero.",
        at(2025, 3, 21, 7, 58))
t06.add(carmen, "Apuntada. Me han dicho que traiga zapatos con un poco de tacón, pero que no hace falta comprar nada caro. Ya se lo "
        "buscaremos aquí en el Rastro.", at(2025, 4, 2, 18, 32, MAD))

# ====================================================================== T07 cousin Pablo: old Yahoo address, then a new Gmail (announced)
t07 = Thread("T07", pablo_old, "Boda Pablo y Elena – 27 de septiembre")
t07.add(pablo_old, "¡Hola, prima!\n\nTe escribo para que lo sepas antes que nadie del otro lado del charco: Elena y yo nos casamos el 27 de "
        "septiembre en Valencia, en una masía cerca de Puçol. La invitación formal llegará más adelante, pero guardad la fecha.\n\n"
        "Un abrazo enorme,\nPablo", at(2025, 1, 12, 12, 4, MAD))
t07.add(me, "¡¡Pablo!! ¡Felicidades a los dos! Qué noticia tan bonita. Justo estamos planeando ir en julio, pero septiembre… déjame ver "
        "con el trabajo. Te prometo que hago lo posible.", at(2025, 1, 12, 8, 40))
t07.add(pablo_old, "Gracias, María. Otra cosa: voy a dejar de usar esta cuenta de Yahoo, la tengo desde el instituto y ya solo me llega "
        "publicidad. A partir de ahora escríbeme a pablo.martin.reyes88@gmail.com, que es donde mandaremos todo lo de la boda.",
        at(2025, 1, 14, 17, 26, MAD))
t07.add(me, "Apuntado el correo nuevo. Te contesto ya desde aquí a la dirección de Gmail.", at(2025, 1, 14, 13, 2),
        to=[(pablo.name, pablo.email)])
t07.add(pablo, "Ya lo veo, ¡funciona! Aquí te pongo lo que le he mandado a todos: la ceremonia es a las 12:30 y después comida en la masía. "
        "Hemos reservado un bloque de habitaciones en un hotel de Puçol con precio especial hasta el 30 de junio, preguntad por \"boda "
        "Martín-Alcaide\".", at(2025, 1, 20, 20, 11, MAD), GH, "G1",
        "cousin writes from his new Gmail address, announced two messages earlier from his old Yahoo address")
t07.add(me, "Perfecto. Si vamos, seríamos cuatro. Los niños ya preguntan si habrá paella, jaja.", at(2025, 1, 21, 9, 17),
        to=[(pablo.name, pablo.email)])
t07.add(pablo, "Habrá paella, claro, ¡esto es Valencia! Elena dice que los niños pueden sentarse en la mesa de los primos pequeños.",
        at(2025, 3, 8, 13, 45, MAD))

# ====================================================================== T08 Tío Ernesto (Outlook.com web, Spanish; once from iPhone)
t08 = Thread("T08", ernesto, "Papeles de la casa de Guadalajara")
t08.add(ernesto, "Sobrina:\n\nTe escribo por lo de la casa de tu abuelo en la colonia Chapalita. El notario dice que para actualizar las "
        "escrituras a nombre de los tres nietos necesita una carta poder firmada por ti y por Javier, con copia de sus pasaportes. Lucía ya "
        "me mandó la suya.\n\nSaludos,\nErnesto", at(2025, 1, 22, 10, 15, MEX))
t08.add(me, "Hola tío, gracias por encargarte de todo esto. ¿La carta poder tiene que ir apostillada o con firma simple está bien? "
        "Aquí el consulado de Austin da citas para legalizar firmas pero tardan como un mes.", at(2025, 1, 22, 19, 3))
t08.add(ernesto, "Le pregunté al licenciado y dice que con la firma ante el consulado es suficiente, no necesita apostilla. Saca la cita "
        "de una vez porque el predial de este año hay que pagarlo antes de marzo para el descuento.", at(2025, 1, 23, 12, 40, MEX))
t08.add(me, "Ya saqué cita para el 18 de febrero. El predial, ¿cuánto sale? Te mando mi parte por transferencia.", at(2025, 1, 24, 20, 22))
ernesto_ip = Pt(ernesto.name, ernesto.email, "iphone_es", "es", "olc-nam", MEX, "Enviado desde mi iPhone")
t08.add(ernesto_ip, "Son 7,480 pesos en total. Tu parte 2,493. Ya está pagado, luego arreglamos", at(2025, 1, 25, 14, 5, MEX), GH, "G8",
        "uncle replies from iPhone Mail (same Outlook.com account): no quote, \"Enviado desde mi iPhone\", no greeting", quote=False)
t08.add(me, "Gracias tío. Te deposito el lunes. Ya te aviso cómo me va en el consulado.", at(2025, 1, 25, 18, 50))
t08.add(ernesto, "Sobrina, me avisó el notario que ya recibió la carta poder que mandaste por paquetería. Todo en orden. Javier todavía no "
        "saca su cita, a ver si tú le echas un grito.", at(2025, 2, 27, 9, 55, MEX))

# ====================================================================== T09 Tía Lupe (Yahoo Mexico web): grandma's tamales recipe
t09 = Thread("T09", lupe, "Receta de los tamales de la abuela")
t09.add(me, "Tía Lupe, ¿me pasas la receta de los tamales de rajas de la abuela? Quiero hacerlos para Nochebuena y mi mamá dice que la "
        "versión buena la tienes tú, ella nunca se acuerda de las medidas.", at(2024, 12, 8, 16, 20), to=[(lupe.name, lupe.email)])
t09.add(lupe, "Ay, mija, qué gusto que quieras hacerlos. Te la escribo mañana con calma porque la tengo en un cuaderno viejo y la letra de "
        "tu abuela no se entiende mucho.", at(2024, 12, 8, 20, 3, MEX))
t09.add(me, "Gracias tía, no hay prisa, todavía faltan dos semanas.", at(2024, 12, 9, 7, 45))
t09.add(lupe, "Aquí está. Te mando también foto de la hoja original para que la guardes.\n\nPara 50 tamales: 2 kilos de masa para tamal, "
        "700 gramos de manteca, caldo de pollo tibio el que pida, sal y una cucharadita de polvo para hornear. Las rajas: 8 chiles "
        "poblanos asados, jitomate, cebolla y queso panela en tiras. Se bate la manteca hasta que esté esponjosa ANTES de echarle la masa, "
        "ese es el secreto. Hojas remojadas desde la noche anterior.", at(2024, 12, 10, 11, 30, MEX),
        atts=[("receta_abuela.jpg", jpg(6000), "image/jpeg")])
t09.add(me, "¡Tía, mil gracias! Se me hizo un nudo en la garganta ver la letra de la abuela. Ya la imprimí y la puse en un marco.",
        at(2024, 12, 10, 21, 14))
t09.add(lupe, "Qué bonito, mija. Me cuentas cómo te quedan, y si la masa flota en el agua fría ya está lista.", at(2024, 12, 11, 9, 2, MEX))
t09.add(me, "Quedaron riquísimos, tía, los niños se comieron como diez cada uno. La prueba del agua funcionó.", at(2024, 12, 26, 10, 15))

# ====================================================================== T10 Sofia's teacher (Google Workspace for Education): field trip
t10 = Thread("T10", holt, "Sofia – Bullock Museum field trip form")
t10.add(me, "Hi Ms. Holt,\n\nSofia came home without the permission slip for the Bullock Museum trip – I think it went through the wash in "
        "her hoodie pocket, sorry! Could you send me another copy? I'd also be happy to chaperone if you still need parents.\n\nThanks,\n"
        "Maria Gonzalez-Reyes (Sofia's mom)", at(2025, 2, 24, 7, 18), to=[(holt.name, holt.email)])
t10.add(holt, "Hi Ms. Gonzalez-Reyes,\n\nNo worries at all, it happens every year! The slip is attached – print, sign and send it back in "
        "Sofia's Thursday folder. The trip is Thursday, March 6, buses leave at 8:45 and we're back by 2:15.\n\nWe'd love to have you as a "
        "chaperone. You'd need an approved background check in the district volunteer system; if yours is from last school year it should "
        "still be valid.", at(2025, 2, 24, 15, 42), GH, "G19",
        "teacher sends a genuine permission slip as a PDF attachment (contrast with A4)",
        atts=[("Bullock_Museum_Permission_Slip_4th_Grade.pdf", pdf(["Brushy Creek Elementary - 4th Grade", "Field Trip Permission Slip",
                                                                     "Bullock Texas State History Museum - Thursday, March 6, 2025",
                                                                     "Student name: ____________  Parent signature: ____________",
                                                                     "Cost: $12 (covered by PTA for students who need it)"], producer="Google Docs Renderer",
                                                                    when="20250224153000Z"), "application/pdf")])
t10.add(me, "Thank you! Signed and in her folder. My background check was approved in September so I should be good. Count me in as a "
        "chaperone.", at(2025, 2, 24, 19, 5))
t10.add(holt, "Wonderful, you're in group C with Sofia, Emma R., Diego and the twins. Please be in the front office by 8:30 that morning "
        "to pick up your visitor badge and the group list.", at(2025, 2, 25, 11, 20))
t10.add(me, "Will do. Should the kids bring a sack lunch or is lunch at the museum?", at(2025, 2, 25, 12, 2))
t10.add(holt, "Sack lunch, labeled with their name, nothing that needs a microwave. We eat in the museum's lunchroom on the lower level. "
        "Thanks again for helping – it makes a huge difference with 88 fourth graders!", at(2025, 2, 25, 21, 48))

# ====================================================================== T11 Mateo's science teacher; A4 hijacked staff account (Google Forms sign-in)
t11 = Thread("T11", okafor, "Mateo – science fair project approval")
t11.add(okafor, "Hello Ms. Gonzalez-Reyes,\n\nMateo's science fair proposal (\"Does water hardness affect how fast plants grow?\") is approved. "
        "Because he'll be using a water testing kit, I need a parent signature on the lab safety agreement. He has a paper copy, or you can "
        "reply to this email saying you've read it.\n\nProject boards are due February 21.", at(2025, 1, 27, 16, 5))
t11.add(me, "Hi Mr. Okafor,\n\nThank you! I've read the safety agreement with Mateo and we're good with it. He's very excited, he already "
        "has three bean plants on the kitchen windowsill with little name tags.", at(2025, 1, 27, 20, 12))
t11.add(okafor, "Ha! Naming the plants is a great sign. Tell him to keep a daily log with photos, the judges love seeing the raw data.",
        at(2025, 1, 28, 7, 50))
t11.add(me, "Quick question – can he use tap water from his grandma's house in Mexico as one of the samples? My mom is bringing a bottle "
        "when she visits, but that's after the due date.", at(2025, 2, 2, 18, 30))
t11.add(okafor, "Creative, but it won't arrive in time. He could use rainwater or distilled water as the third sample instead. Maybe "
        "the Mexico sample could be a \"future research\" section on his board.", at(2025, 2, 3, 8, 12))
t11.add(me, "Great idea, he loved that. Thanks!", at(2025, 2, 3, 17, 44))
form = "https://docs.google.com/forms/d/e/1FAIpQLS" + alnum(48) + "/viewform?usp=sf_link"
t11.add(okafor, "Good morning,\n\nStudents moving on to the regional science fair need an updated parent permission on file before "
        "Friday. The district moved these online this year. Please open the form below and sign in with the email and password you use "
        f"for the parent portal so it can match your student record:\n\n{form}\n\nForms not completed by Friday will be removed from the "
        "regional list.\n\nThank you", at(2025, 3, 4, 6, 52), HJ("server-hijack"), "A4",
        "teacher's Workspace account hijacked, same Google headers: 'regional fair permission' Google Forms link asking for portal email+password",
        sig=False,
        html=f'<div dir="ltr">Good morning,<br><br>Students moving on to the regional science fair need an updated parent permission on file '
             'before Friday. The district moved these online this year. Please open the form below and sign in with the email and password '
             f'you use for the parent portal so it can match your student record:<br><br><a href="{form}">Regional Science Fair Permission '
             '2025</a><br><br>Forms not completed by Friday will be removed from the regional list.<br><br>Thank you</div>')

# ====================================================================== T12 principal: newsletter-style reply with many links
t12 = Thread("T12", whitfield, "Spring Carnival – volunteering question")
t12.add(me, "Hi Dr. Whitfield,\n\nMy mom will be visiting from Mexico during the Spring Carnival and would love to help at a booth with me. "
        "She doesn't have a US ID other than her passport – can she still volunteer, or does she need the background check too?\n\n"
        "Thank you,\nMaria Gonzalez-Reyes (Sofia G., 4th grade)", at(2025, 3, 17, 20, 10), to=[(whitfield.name, whitfield.email)])
L = {"raptor": "https://apps.raptortech.com/Apply/MzY0NDpCcnVzaHlDcmVlaw==", "signup": "https://www.signupgenius.com/go/10C0B4AA9A62BA0F8C52-55108316-spring",
     "flyer": "https://drive.google.com/file/d/1" + alnum(32) + "/view?usp=sharing", "pta": "https://brushycreekpta.membershiptoolkit.com/carnival2025",
     "cal": "https://www.bcisd.net/calendar", "smore": "https://app.smore.com/n/" + alnum(5).lower() + "-bce-weekly-update",
     "lunch": "https://bcisd.nutrislice.com/menu/brushy-creek-elementary", "tickets": "https://brushycreekpta.membershiptoolkit.com/store",
     "fb": "https://www.facebook.com/BrushyCreekElemPTA", "lost": "https://www.bcisd.net/page/lost-and-found"}
news_txt = ("Hi Ms. Gonzalez-Reyes,\n\nWhat a lovely idea – we'd be so happy to have Sofia's grandmother with us! Volunteers working a booth "
            "do need to be cleared, but a passport works for the Raptor visitor check. Here's everything in one place:\n\n"
            f"SPRING CARNIVAL – Friday, April 11, 5:00–8:00 pm\n* Volunteer background check (Raptor, accepts passports): {L['raptor']}\n"
            f"* Booth sign-up (2-hour shifts): {L['signup']}\n* Carnival flyer in English and Spanish: {L['flyer']}\n"
            f"* Pre-sale wristbands and ticket sheets: {L['tickets']}\n* PTA carnival page: {L['pta']}\n\nALSO THIS WEEK\n"
            f"* District calendar (no school April 18): {L['cal']}\n* Weekly update newsletter: {L['smore']}\n"
            f"* April lunch menu: {L['lunch']}\n* Lost & found photos – please look before spring cleanout: {L['lost']}\n"
            f"* PTA on Facebook: {L['fb']}\n\nClearance takes 3–5 business days, so please submit by April 4.")
t12.add(whitfield, news_txt, at(2025, 3, 18, 9, 35), GH, "G2",
        "principal answers with a newsletter-style HTML reply containing ten links (Raptor, SignUpGenius, Smore, Drive, Nutrislice...)",
        html='<div dir="ltr"><p>Hi Ms. Gonzalez-Reyes,</p><p>What a lovely idea – we\'d be so happy to have Sofia\'s grandmother with us! Volunteers '
             'working a booth do need to be cleared, but a passport works for the Raptor visitor check. Here\'s everything in one place:</p>'
             '<h3 style="color:#1a5e20">🎡 SPRING CARNIVAL – Friday, April 11, 5:00–8:00 pm</h3><ul>'
             f'<li><a href="{L["raptor"]}">Volunteer background check</a> (Raptor, accepts passports)</li><li><a href="{L["signup"]}">Booth sign-up</a> (2-hour shifts)</li>'
             f'<li><a href="{L["flyer"]}">Carnival flyer in English and Spanish</a></li><li><a href="{L["tickets"]}">Pre-sale wristbands and ticket sheets</a></li>'
             f'<li><a href="{L["pta"]}">PTA carnival page</a></li></ul><h3 style="color:#1a5e20">ALSO THIS WEEK</h3><ul>'
             f'<li><a href="{L["cal"]}">District calendar</a> (no school April 18)</li><li><a href="{L["smore"]}">Weekly update newsletter</a></li>'
             f'<li><a href="{L["lunch"]}">April lunch menu</a></li><li><a href="{L["lost"]}">Lost &amp; found photos</a> – please look before spring cleanout</li>'
             f'<li><a href="{L["fb"]}">PTA on Facebook</a></li></ul><p>Clearance takes 3–5 business days, so please submit by April 4.</p>'
             '<div>Dr. Angela Whitfield<br>Principal, Brushy Creek Elementary<br><i>"Every child, every day."</i></div></div>', sig=True)
t12.add(me, "Thank you so much! We submitted her passport info tonight and signed up for the cake walk 5-7.", at(2025, 3, 18, 21, 3))
t12.add(whitfield, "Perfect – the cake walk is always the loudest booth, she'll have fun. See you on the 11th!", at(2025, 3, 19, 7, 41))
t12.add(me, "One more thing – is it ok if she brings pan dulce for the bake sale table? Homemade, not store bought.", at(2025, 3, 19, 12, 30))
t12.add(whitfield, "Homemade is fine for the bake sale as long as there's a label with ingredients (nuts especially). Thank you both!",
        at(2025, 3, 19, 15, 58))

# ====================================================================== T14 property manager (M365, Outlook web): lease renewal; AppFolio move; A2 server hijack
t14 = Thread("T14", tracy, "Lease renewal – 1817 Pecan Hollow Dr")
t14.add(tracy, "Hi Maria,\n\nYour lease at 1817 Pecan Hollow Dr ends April 30, 2025. The owner would like to renew and is offering a 12-month "
        "term at $2,245/month (currently $2,175). The renewal offer is attached with the terms; please let me know by March 1 whether you'd "
        "like to renew.", at(2025, 2, 12, 10, 22),
        atts=[("Renewal_Offer_1817_Pecan_Hollow.pdf", pdf(["Oakbend Property Management", "Lease Renewal Offer", "1817 Pecan Hollow Dr, Round Rock TX 78664",
                                                            "Term: 12 months from 05/01/2025", "Monthly rent: $2,245.00"]), "application/pdf")])
t14.add(me, "Hi Tracy,\n\nThanks for sending this. We'd like to stay. Would the owner consider an 18-month term at the current rate or "
        "something closer to it? Our son starts high school in August 2026 and we'd like to avoid moving in the middle of that year.",
        at(2025, 2, 12, 19, 40))
t14.add(tracy, "Hi Maria,\n\nI spoke with the owner. He can do 18 months at $2,210. He also agreed to replace the back fence gate latch "
        "before the new term starts since you mentioned it at the last inspection.", at(2025, 2, 14, 14, 3))
t14.add(me, "That works for us, thank you! Please send the renewal for signature.", at(2025, 2, 14, 17, 15))
t14.add(tracy, "Great! I've sent the 18-month renewal to you and Mr. Reyes for e-signature through the resident portal. Let me know if it "
        "doesn't show up.", at(2025, 2, 17, 9, 11))
appf = "https://oakbendpm.appfolio.com/connect/users/sign_up"
t14.add(tracy, "Hi Maria,\n\nAs mentioned in the letter mailed to all residents last week, Oakbend is moving from RentCafe to AppFolio on "
        "April 1. Your signed renewal has already been transferred. Because autopay settings can't be migrated, please create your AppFolio "
        f"account and set up autopay again before your May payment:\n\n{appf}\n\nYou'll receive an invitation email from AppFolio with your "
        "unit code. Payments for April can still be made in RentCafe until March 31.", at(2025, 3, 3, 11, 30), GH, "G18",
        "real property manager announces a move to a new payment portal (AppFolio), announced by letter too",
        html=f'<p>Hi Maria,</p><p>As mentioned in the letter mailed to all residents last week, Oakbend is moving from RentCafe to AppFolio on April 1. '
             f'Your signed renewal has already been transferred. Because autopay settings can\'t be migrated, please create your AppFolio account '
             f'and set up autopay again before your May payment:</p><p><a href="{appf}">{appf}</a></p><p>You\'ll receive an invitation email from '
             'AppFolio with your unit code. Payments for April can still be made in RentCafe until March 31.</p>')
t14.add(me, "Thanks Tracy, got the letter and the invitation. Account created and autopay set for the 1st.", at(2025, 3, 4, 20, 7))
t14.add(tracy, "Hi Maria,\n\nQuick update on the portal transition. AppFolio is having problems processing ACH payments for some of our "
        "properties this month, so to avoid late fees please do NOT use the portal for the April payment. Send it by bank transfer directly "
        "to our operating account instead:\n\nBank: Frost Bank\nAccount name: Oakbend Property Mgmt Operating\nRouting: 114000093\n"
        "Account: 5021 8874 3390\n\nPlease email me the confirmation once it's sent. Sorry for the inconvenience.",
        at(2025, 3, 27, 23, 14), HJ("server-hijack"), "A2",
        "property manager's M365 mailbox hijacked (same OWA headers/tenant), late evening: stop using the portal, wire rent to a new account")

# ====================================================================== T13 property manager: late fee; A3 look-alike domain quoting the thread
t13 = Thread("T13", tracy, "April rent – late fee notice")
t13.add(me, "Hi Tracy,\n\nI got a late fee notice for April in AppFolio, but I paid on April 1 through autopay – I have the confirmation "
        "(AF-2291-0401). Could you take a look?", at(2025, 4, 3, 8, 5), to=[(tracy.name, tracy.email)])
t13.add(tracy, "Hi Maria,\n\nYou're right – the payment was initiated on the 1st but posted on the 2nd because of the migration, and "
        "the system added the fee automatically. I've reversed the $75 fee; you should see a $0 balance by tomorrow.",
        at(2025, 4, 3, 13, 48))
t13.add(me, "Thank you, I appreciate the quick response!", at(2025, 4, 3, 14, 2))
t13.add(tracy, "Of course. A few residents had the same issue, it should be fixed going forward.", at(2025, 4, 3, 14, 30))
tracy_co = Pt("Tracy Nguyen", "tnguyen@oakbendpm.co", "owa", "en", "oakbend-co", CHI, tracy.sig)
t13.add(tracy_co, "Hi Maria,\n\nFollowing up on the below. To prevent further posting delays, our accounting team has moved resident "
        "payments off AppFolio starting with May rent. Please disable autopay and send the May payment ($2,210.00) by ACH to our new "
        "account:\n\nBank of America\nOakbend Residential Services LLC\nRouting 111000025\nAccount 4880 1192 6617\n\nReply here once "
        "done and I'll mark it received on our side.", at(2025, 4, 8, 10, 12), HJ("lookalike-domain"), "A3",
        "look-alike domain oakbendpm.co (TLD swap) on the attacker's own M365 tenant, same name/signature, quotes the real thread, new bank account")

# ====================================================================== T15 property manager + maintenance coordinator: dishwasher
t15 = Thread("T15", tracy, "Dishwasher leaking")
t15.add(me, "Hi Tracy,\n\nThe dishwasher is leaking from the bottom left corner every time it runs – there's a puddle under the sink cabinet "
        "too. Photo attached. We've stopped using it for now.", at(2025, 1, 9, 18, 22), to=[(tracy.name, tracy.email)],
        atts=[("IMG_2231.jpeg", jpg(5000), "image/jpeg")])
t15.add(tracy, "Hi Maria,\n\nThanks for the photo. I've opened work order #41187 and copied Luis from our maintenance team, who will "
        "schedule a technician.", at(2025, 1, 10, 9, 4), cc=[(luis.name, luis.email)])
t15.add(luis, "Good morning Ms. Gonzalez-Reyes,\n\nI'm coordinating work order #41187. Our appliance tech, Kevin from Round Rock Appliance "
        "Repair, can come Tuesday 1/14 between 10 and 12. Will someone be home, or do we have permission to enter?",
        at(2025, 1, 10, 10, 36), GH, "G31",
        "maintenance coordinator (new sender, same M365 tenant) joins the thread, copied by the property manager", cc=[(tracy.name, tracy.email)])
t15.add(me, "Hi Luis, Tuesday works. I'll be working from home, so no need for entry permission. The dog will be in the backyard.",
        at(2025, 1, 10, 12, 50), to=[(luis.name, luis.email)], cc=[(tracy.name, tracy.email)])
t15.add(luis, "Confirmed for Tuesday 10-12. Kevin will call 30 minutes before arriving.", at(2025, 1, 10, 14, 2), cc=[(tracy.name, tracy.email)])
t15.add(me, "All fixed – it was the door gasket and a loose drain hose clamp. Kevin was great. Thanks!", at(2025, 1, 14, 12, 41),
        to=[(luis.name, luis.email)], cc=[(tracy.name, tracy.email)])
t15.add(luis, "Glad to hear it! I'm closing the work order. Let us know if you see any more water.", at(2025, 1, 14, 15, 20),
        cc=[(tracy.name, tracy.email)])

# ====================================================================== T16 accountant (Outlook desktop, M365): 2024 return; ShareFile as always; OOO
def sf(kind="d"): return f"https://kellertaxcpa.sharefile.com/{kind}-s{alnum(17).lower()}" if kind == "d" else f"https://kellertaxcpa.sharefile.com/r-r{alnum(17).lower()}"
t16 = Thread("T16", brian, "2024 tax return – documents")
u1 = sf("r")
t16.add(brian, "Hi Maria,\n\nIt's that time again. I've set up your 2024 folder in our ShareFile portal. Please upload your W-2, 1099s "
        "(including the 1099-NEC from your translation work), 1098 mortgage/property tax statements if any, childcare receipts, and your "
        f"HSA forms here:\n\n{u1}\n\nAs always, please don't email documents with SSNs.", at(2025, 1, 21, 9, 5))
t16.add(me, "Hi Brian,\n\nUploaded my W-2 and the two 1099-NECs. We rent so no 1098. I'm still waiting on the after-school program's "
        "annual statement for the dependent care credit.", at(2025, 1, 28, 21, 15))
u2 = sf("r")
t16.add(brian, "Thanks Maria, I have the W-2 and both 1099-NECs. When the childcare statement comes in, upload it with this link (it drops "
        f"straight into your folder):\n\n{u2}\n\nAlso, did you make any estimated payments for 2024 for the freelance income?",
        at(2025, 1, 29, 10, 42))
t16.add(me, "No estimated payments, I didn't know I had to. Is that going to be a penalty?", at(2025, 1, 29, 19, 30))
t16.add(megan, "Hi Maria,\n\nBrian asked me to follow up on the dependent care statement – we're scheduling returns for review and "
        "yours is ready except for that item. If the school can't provide it, a letter with their EIN and the total paid works too.",
        at(2025, 2, 20, 11, 17), GH, "G23", "accountant's assistant (new sender, same firm and tenant) follows up in the thread")
t16.add(me, "Hi Megan and Brian,\n\nThe statement is uploaded now. Brian, I never heard back about the estimated payments question – "
        "should I expect a penalty?", at(2025, 3, 10, 8, 2), to=[(brian.name, brian.email)], cc=[(megan.name, megan.email)])
emit(brian, "autoreply", at(2025, 3, 10, 8, 2), [(me.name, me.email)], None, "Automatic reply: RE: 2024 tax return – documents", [t16.refs[-1]],
     "Thank you for your email. I am out of the office Monday, March 10 through Wednesday, March 12 at the TSCPA tax update conference "
     "with limited access to email. During tax season our office is open Saturdays 9-1.\n\nFor document uploads or scheduling, please "
     "contact Megan Pruitt at megan@kellertaxcpa.com or (512) 555-0187.\n\nBrian Keller, CPA", label=GH, scen="G12",
     extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", brian.email)],
     irt=t16.refs[-1], topic="2024 tax return – documents")
SCEN["G12"] = "accountant's Exchange out-of-office auto-reply during tax season (Auto-Submitted, no quote, 'Automatic reply:' subject)"
u3 = sf("d")
t16.add(brian, "Hi Maria,\n\nSorry for the delay – conference week. Yes, there will be a small underpayment penalty (Form 2210), around "
        "$38; we've included it in the return. Your draft 2024 return is ready for review in ShareFile:\n\n"
        f"{u3}\n\nOnce you've reviewed it, I'll send the 8879 for e-signature. Refund is estimated at $1,284.",
        at(2025, 3, 14, 16, 40), GH, "G4", "accountant shares the draft return via his ShareFile portal link, as in every earlier message")
t16.add(me, "Thanks Brian! Reviewed, looks good. Go ahead with the 8879.", at(2025, 3, 15, 10, 12))

# ====================================================================== T17 accountant: 2025 estimated payments; A6 takeover via OWA with pages.dev portal
t17 = Thread("T17", brian, "2025 estimated tax payments")
t17.add(me, "Hi Brian,\n\nAfter the penalty this year I want to do it right for 2025. The translation work is picking up – probably "
        "$2,500-3,000 a month. How much should I send each quarter and is it too late for the April payment?", at(2025, 4, 1, 20, 44),
        to=[(brian.name, brian.email)])
t17.add(brian, "Hi Maria,\n\nNot too late at all – Q1 is due April 15. Based on what you describe, I'd suggest $1,400 per quarter federal. "
        "I'll prepare the 1040-ES vouchers and put them in your ShareFile folder with the payment instructions for IRS Direct Pay.",
        at(2025, 4, 2, 9, 26))
t17.add(me, "Perfect, thank you.", at(2025, 4, 2, 12, 3))
pd = f"https://kellertax-clientdocs.pages.dev/secure/login?cid=mgr{R.randint(1000, 9999)}"
brian_ato = Pt(brian.name, brian.email, "owa", "en", "keller", CHI)
t17.add(brian_ato, "Hi Maria,\n\nYour 2025 estimated tax documents are ready. Due to a ShareFile upgrade we're temporarily using a new "
        f"secure document center. Please log in with your email to view and sign:\n\n{pd}\n\nThe documents will only be available for 48 hours.\n\nBrian",
        at(2025, 4, 9, 4, 12), HJ("account-takeover"), "A6",
        "accountant's M365 account used from Outlook on the web (he always uses desktop Outlook), 04:12, no signature, pages.dev 'secure portal' login",
        html=f'<p>Hi Maria,</p><p>Your 2025 estimated tax documents are ready. Due to a ShareFile upgrade we\'re temporarily using a new secure document center. '
             f'Please log in with your email to view and sign:</p><p><a href="{pd}">View Secure Documents</a></p><p>The documents will only be available for 48 hours.</p><p>Brian</p>')

# ====================================================================== T18 contractor (Yahoo Mail on Android): fence; Zelle request she asked for
t18 = Thread("T18", ray, "Fence repair – back yard")
t18.add(me, "Hi Ray,\n\nThe storm on Saturday knocked down two fence panels on the back of our yard and one of the posts is leaning. "
        "The property manager said we can hire someone and they'll reimburse us. Could you take a look and give me an estimate? Photos "
        "attached.\n\nThanks,\nMaria", at(2025, 2, 17, 9, 10), to=[(ray.name, ray.email)],
        atts=[("IMG_2407.jpeg", jpg(4500), "image/jpeg"), ("IMG_2408.jpeg", jpg(4700), "image/jpeg")])
t18.add(ray, "Hi Maria I can come by thursday around 4 to look. Looks like the post rotted at the base, common on those cedar ones",
        at(2025, 2, 17, 12, 48))
t18.add(me, "Thursday at 4 is great. Gate code is 4471.", at(2025, 2, 17, 13, 5))
t18.add(ray, "Estimate attached. 2 panels 6ft cedar, 1 new post set in concrete, haul away old boards. $1,150 total materials and labor. "
        "I can do it next Saturday if you ok it", at(2025, 2, 20, 18, 22),
        atts=[("Estimate_Gonzalez_Fence.pdf", pdf(["DELGADO HOME REPAIR", "Estimate #E-0219", "Replace 2 cedar panels 6ft, 1 post in concrete",
                                                    "Haul away", "TOTAL $1,150.00"], producer="Invoice Maker Android"), "application/pdf")])
t18.add(me, "Approved, Saturday is perfect. Can I pay you by Zelle or Venmo when it's done? If so just send me the request or your info "
        "that day so I can forward the receipt to the property manager.", at(2025, 2, 20, 20, 1))
t18.add(ray, "All done today. Left the gate latch a little loose so it doesnt stick, tighten it if you want. Pics attached",
        at(2025, 3, 1, 16, 35), atts=[("20250301_162011.jpg", jpg(6000), "image/jpeg"), ("20250301_162040.jpg", jpg(6000), "image/jpeg")])
t18.add(ray, "Forgot the payment info sorry. Zelle is 512-555-0167 (Raymond Delgado) or Venmo @Ray-Delgado-Repair. Invoice attached for "
        "your landlord. Thank you!", at(2025, 3, 1, 19, 2), GH, "G3",
        "contractor sends his Zelle/Venmo details that she asked for, with the invoice for the landlord",
        atts=[("Invoice_Gonzalez_0301.pdf", pdf(["DELGADO HOME REPAIR", "Invoice #1187", "Fence repair 1817 Pecan Hollow Dr", "Amount due $1,150.00"],
                                                producer="Invoice Maker Android"), "application/pdf")])
t18.add(me, "Sent via Zelle, $1,150. The fence looks great, thank you Ray!", at(2025, 3, 1, 20, 18))

# ====================================================================== T19 contractor: water heater (November); A10 .html invoice redirect
t19 = Thread("T19", ray, "Water heater making noise")
t19.add(me, "Hi Ray, it's Maria from Pecan Hollow (you fixed the garbage disposal last spring). Our water heater has started making a loud "
        "popping noise when it heats. Is that something you can look at?", at(2024, 11, 12, 19, 5), to=[(ray.name, ray.email)])
t19.add(ray, "Hi Maria yes I remember. Popping is usually sediment in the tank. I can flush it friday morning, about an hour",
        at(2024, 11, 12, 20, 30))
t19.add(me, "Friday morning works, anytime after 8.", at(2024, 11, 12, 21, 2))
t19.add(ray, "Flushed it, lots of sediment came out, the anode rod still looks ok. Should be quiet now. $125 for the visit, same zelle as before",
        at(2024, 11, 15, 11, 40))
t19.add(me, "Sent! It's so much quieter, thanks.", at(2024, 11, 15, 12, 10))
ray_ato = Pt(ray.name, ray.email, "yahoo_web", "en", "yahoo", CHI)
wp = f"https://www.hillsidebbq-catering.com/wp-content/uploads/2023/07/inv/view.php?d={alnum(20)}"
inv_html = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>Invoice</title><meta http-equiv="refresh" content="0; url={wp}">'
            f'<script>window.location.replace("{wp}"+"&e="+btoa("{me.email}"));</script></head><body><p>Loading secure invoice...</p></body></html>')
t19.add(ray_ato, "Hello Maria,\n\nPlease find the attached updated invoice for the water heater service, a balance was not applied "
        "correctly. Kindly open the attachment on a computer to view and settle.\n\nThanks\nRay Delgado", at(2025, 3, 19, 2, 37),
        HJ("account-takeover"), "A10",
        "contractor's Yahoo used from Yahoo web (he always writes from the Android app), 02:37, 4-month-old thread, .html 'invoice' that redirects to a hacked WordPress .php",
        sig=False, atts=[("Invoice_WH-1187.html", inv_html.encode(), "text/html")])

# ====================================================================== T20 soccer coach (Outlook for iOS, Outlook.com): tournament
t20 = Thread("T20", coach, "Georgetown Spring Classic – March 22-23")
t20.add(coach, "Strikers families,\n\nWe're registered for the Georgetown Spring Classic on March 22-23. Games are at San Gabriel Park, schedule "
        "comes out the Tuesday before. Tournament fee is $40 per player – please Zelle it to our team manager Karen Lowe "
        "(strikers.u12.manager@gmail.com) by March 10 with your player's name in the memo.\n\nBlack jerseys Saturday, white Sunday.\n\nCoach Marco",
        at(2025, 3, 3, 18, 40), to=[(me.name, me.email)])
t20.add(me, "Hi Coach, Mateo's fee is sent. He has a dentist appointment at 9 on the 22nd – if the first game is early he might be late.",
        at(2025, 3, 3, 21, 12))
t20.add(coach, "Thanks Maria. Let me know when the schedule is out, if it's early we'll work around it. He's been playing great at practice.",
        at(2025, 3, 4, 7, 35))
t20.add(me, "Will do, thanks!", at(2025, 3, 4, 8, 3))
gm = "https://maps.app.goo.gl/" + alnum(17)
ts = "https://go.teamsnap.com/" + str(R.randint(8000000, 9000000)) + "/schedule"
t20.add(coach, f"Schedule is out. First game Saturday is 11:30 on Field 7, so Mateo should be fine after the dentist. Map of the "
        f"fields, parking is off Morrow St: {gm}\n\nAll game times are also in TeamSnap: {ts}\n\nBring a chair and sunscreen, no shade on those fields.",
        at(2025, 3, 18, 19, 55), GH, "G20", "coach sends a Google Maps link and the team's TeamSnap schedule link for the first time in the thread",
        html=f'<div>Schedule is out. First game Saturday is 11:30 on Field 7, so Mateo should be fine after the dentist. Map of the fields, parking is off Morrow St: '
             f'<a href="{gm}">{gm}</a></div><div><br></div><div>All game times are also in TeamSnap: <a href="{ts}">{ts}</a></div><div><br></div>'
             '<div>Bring a chair and sunscreen, no shade on those fields.</div>')
t20.add(me, "Perfect, see you there!", at(2025, 3, 18, 20, 20))

# ====================================================================== T21 soccer coach: fall registration (September); A12 months-old thread revived by takeover
t21 = Thread("T21", coach, "Fall 2024 – U12 Strikers roster")
t21.add(coach, "Hi Maria,\n\nGreat news – Mateo made the U12 Strikers roster for fall! Practices are Tuesdays and Thursdays 6-7:30 at "
        "Old Settlers Park, field 12. Season fee is paid through the club registration site you already used, so nothing else is owed.",
        at(2024, 8, 12, 17, 50), to=[(me.name, me.email)])
t21.add(me, "That's wonderful, he's thrilled! Do the boys need their own ball or does the club provide them?", at(2024, 8, 12, 19, 3))
t21.add(coach, "Each player brings a size 5 ball with his name on it. Shin guards mandatory, cleats no metal studs.", at(2024, 8, 13, 6, 58))
t21.add(me, "Got it. See you Tuesday.", at(2024, 8, 13, 12, 15))
t21.add(coach, "Reminder: picture day is this Saturday 9am before the game, full uniform. Order form is on the club site.",
        at(2024, 9, 2, 20, 11))
coach_ato = Pt(coach.name, coach.email, "olc_web", "en", "olc-nam", CHI)
nt = f"https://strikers-club-fees.netlify.app/balance?player={R.randint(10000, 99999)}"
t21.add(coach_ato, "Hello,\n\nOur treasurer found an unpaid balance of $185 on Mateo's fall 2024 account from the uniform order and "
        "referee fees. Players with open balances cannot be rostered for the spring tournament this weekend. Please settle it today on "
        f"the club payment page:\n\n{nt}\n\nThank you,\nCoach Marco", at(2025, 3, 20, 5, 48), HJ("account-takeover"), "A12",
        "coach's Outlook.com used from Outlook on the web (he always writes from Outlook for iOS), 05:48, replies to a 6-month-old thread with a netlify.app payment link",
        to=[(me.name, me.email)])

# ====================================================================== T22 church volunteers (Google Group): schedule; digest; A11 hijacked member
t22 = Thread("T22", tom, "Food pantry – March Saturday schedule")
group_msg(t22, tom, "Hi everyone,\n\nHere is the March schedule for Saturday distribution (8:00-11:30, parish hall):\n\nMar 1 – Linda, Maria G., "
          "the Nguyen family\nMar 8 – Frank, Deb, Carlos\nMar 15 – Linda, Maria G., Pat\nMar 22 – Knights of Columbus crew\nMar 29 – open, need 3\n\n"
          "Central Texas Food Bank delivery is Friday afternoons now, so if anyone can help unload at 3pm let me know.\n\nGod bless,\nTom",
          at(2025, 2, 24, 19, 30))
t22.add(me, "Thanks Tom! I can take the 29th too, and my son (13) can help unload on Fridays during spring break if that's allowed for his "
        "service hours.", at(2025, 2, 24, 21, 2), to=[GROUP])
group_msg(t22, linda, "Maria, bless you. Teens are welcome on Fridays if a parent signs the youth waiver, I have copies in the pantry office. "
          "I'll take the 29th as well so we just need one more.", at(2025, 2, 25, 8, 14))
su = "https://www.signupgenius.com/go/" + HX(20) + "-54" + str(R.randint(100000, 999999)) + "-easter"
group_msg(t22, tom, f"Thank you both! Separate thing: Father Mike asked us to run the Easter basket drive again. I made a sign-up for "
          f"donations and packing shifts:\n\n{su}\n\nWe're aiming for 120 baskets, same as last year.", at(2025, 2, 27, 18, 5), GH, "G22",
          "coordinator posts a SignUpGenius link to the group (first link in the thread)")
digest = Pt("St. Jude Food Pantry Volunteers", GROUP[1], "digest", "en", "ggroups", CHI)
dsubj = "Digest for stjude-pantry@googlegroups.com - 3 updates in 2 topics"
dtxt = ("stjude-pantry@googlegroups.com\nGoogle Groups\nTopic digest\nView all topics\n\n"
        "* Food pantry – March Saturday schedule - 3 Updates\n* Freezer temperature log - 1 Update\n\n"
        "Food pantry – March Saturday schedule\nTom Flores <tflores.rr@gmail.com>: Feb 27 06:05PM -0600\n\nThank you both! Separate thing: "
        "Father Mike asked us to run the Easter basket drive again. I made a sign-up for donations and packing shifts: ...\n\n"
        "Linda Kowalski <lindakowalski55@aol.com>: Feb 25 08:14AM -0600\n\nMaria, bless you. Teens are welcome on Fridays if a parent signs "
        "the youth waiver...\n\nFreezer temperature log\nPat Simmons <patsimmons.atx@gmail.com>: Feb 27 02:41PM -0600\n\nThe chest freezer read "
        "14F on Thursday morning, I adjusted the dial. Please check it when you come in.\n\nBack to top\n\nYou received this digest because "
        "you're subscribed to updates for this group. You can change your settings on the group membership page.\nTo unsubscribe from this "
        "group and stop receiving emails from it send an email to stjude-pantry+unsubscribe@googlegroups.com.")
dmid = emit(digest, "digest", at(2025, 2, 28, 0, 5, UTC).astimezone(CHI), [("", "")] if False else [("Digest recipients", "stjude-pantry@googlegroups.com")],
            None, dsubj, [], dtxt, env="stjude-pantry+bncBDIDEV6KTIDBB" + alnum(20) + "@googlegroups.com", frm=GROUP[1],
            extra=[("List-ID", "<stjude-pantry.googlegroups.com>"), ("X-Google-Group-Id", GGID), ("Precedence", "list")])
t22d = Thread("T22d", tom, dsubj)
t22d.refs = [dmid]
t22d.last = dict(t=at(2025, 2, 27, 18, 5), name="stjude-pantry@googlegroups.com", email=GROUP[1], plain=dtxt, subj=dsubj, to=[GROUP], cc=[])
group_msg(t22d, linda, "I can do the freezer check on Tuesdays when I drop off the bread from Mrs. Baird's. Also Tom, I signed up for two "
          "packing shifts on the Easter sheet.", at(2025, 2, 28, 9, 47), GH, "G14",
          "member replies to the Google Group digest (subject 'Re: Digest for ...', In-Reply-To = digest), From rewritten 'via' the group for AOL")
t22.add(me, "Signed up for a packing shift on April 12 with the kids. We'll bring tissue paper, the boys at the middle school collected a lot.",
        at(2025, 3, 2, 15, 20), to=[GROUP])
tom_ato = Pt(tom.name, tom.email, "gmail", "en", "ggroups", CHI)
wa = "https://stjude-volunteer-hours.web.app/verify?g=" + alnum(12)
group_msg(t22, tom_ato, "Dear volunteers,\n\nThe diocese now requires every pantry volunteer to confirm their hours and safe environment "
          "status online before Easter, otherwise we cannot schedule you. Please sign in with your Google or email account here and "
          f"confirm:\n\n{wa}\n\nIt only takes a minute. Thank you for your service,\nTom", at(2025, 3, 20, 3, 26), HJ("account-takeover"), "A11",
          "coordinator's Gmail hijacked, posts to the Google Group thread at 03:26 a web.app 'confirm your hours' sign-in link")

# ====================================================================== T23 online seller (Google Workspace + Shopify): order question; delivery notice by subject only
shop = Pt("Hill Country Pottery", "hello@hillcountrypottery.com", "shopify", "en", "shopify", CHI)
emit(shop, "shopify", at(2025, 3, 2, 13, 14), [(me.name, me.email)], None, "Order #1047 confirmed", [],
     "Hill Country Pottery\n\nORDER #1047\n\nThank you for your purchase!\nWe're getting your order ready to be shipped. We will notify you when it "
     "has been sent.\n\nView your order: https://hillcountrypottery.com/6180438116/orders/" + hx(32) + "/authenticate?key=" + hx(32) + "\n\n"
     "Order summary\nSpeckled Serving Bowl – Bluebonnet × 1  $68.00\nMug Set (2) – Desert Sand × 1  $54.00\nSubtotal $122.00\nShipping $11.50\n"
     "Taxes $10.07\nTotal $143.57 USD\n\nIf you have any questions, reply to this email or contact us at hello@hillcountrypottery.com",
     extra=[("X-Shopify-Shop-Id", "61804381162"), ("X-Mailgun-Variables", '{"shop_id": "61804381162", "template": "order_confirmation"}')],
     reply_to="Hill Country Pottery <hello@hillcountrypottery.com>")
t23 = Thread("T23", jenna, "Order #1047 – delivery date?")
t23.add(me, "Hi! I ordered the Bluebonnet serving bowl and the mug set on Sunday (#1047). It's a birthday gift for my mom, who arrives "
        "April 12 – any chance it ships in time? Happy to pay for faster shipping if needed.", at(2025, 3, 6, 12, 30), to=[(jenna.name, jenna.email)])
usps = "https://tools.usps.com/go/TrackConfirmAction?tLabels=9400" + "".join(R.choice("0123456789") for _ in range(18))
t23.add(jenna, f"Hi Maria! Definitely in time – it went out this morning with USPS Priority. Here's the tracking:\n{usps}\n\nI wrapped the "
        "bowl extra carefully since it's a gift, and tucked in a little card. Happy birthday to your mom!", at(2025, 3, 6, 16, 3), GH, "G28",
        "seller's owner replies from the shop's Workspace mailbox with a USPS tracking link",
        html=f'<div dir="ltr">Hi Maria! Definitely in time – it went out this morning with USPS Priority. Here\'s the tracking:<br>'
             f'<a href="{usps}">{usps[-22:]}</a><br><br>I wrapped the bowl extra carefully since it\'s a gift, and tucked in a little card. '
             'Happy birthday to your mom!<br><br>Jenna Price<br>Hill Country Pottery | handmade in Dripping Springs, TX</div>', sig=False)
t23.add(me, "You're the best, thank you Jenna!", at(2025, 3, 6, 17, 20))
t23.add(jenna, "Of course! Let me know if anything arrives chipped and I'll make it right.", at(2025, 3, 6, 18, 2))
SCEN["G13"] = "seller's shop system sends a delivery notice with the thread's subject but no In-Reply-To/References (threaded by subject only)"
emit(shop, "shopify", at(2025, 3, 10, 15, 47), [(me.name, me.email)], None, "Re: Order #1047 – delivery date?", [],
     "Hi Maria,\n\nGood news – your order #1047 was delivered today at 2:31 pm (front porch / mailbox area), according to USPS.\n\nWe hope the "
     "bowl and mugs make your mom smile. If you have a moment, we'd love a review:\nhttps://hillcountrypottery.com/pages/reviews\n\nJenna & the "
     "Hill Country Pottery team", label=GO, scen="G13", extra=[("X-Shopify-Shop-Id", "61804381162")],
     reply_to="Hill Country Pottery <hello@hillcountrypottery.com>")

# ====================================================================== T24 A8 fake thread: stranger, "Re: your order", fabricated quote
fake = Pt("Order Support", "orders.refunddesk@gmail.com", "gmail", "en", "fake-order", CHI)
fq = quote_of("gmail", dict(t=at(2025, 3, 24, 16, 12), name=me.name, email=me.email, to=[(fake.name, fake.email)], cc=[], subj="your order",
                            plain="Hi, I see two charges of $349.99 on my card for the same order. Please refund one of them.\n\nMaria"), CHI)
furl = "https://refund-claims-center.com/case/88213?c=" + alnum(10)
SCEN["A8"] = "fake thread: stranger's Gmail, 'Re: your order', In-Reply-To to a message that never existed, fabricated quote of Maria, refund-form link"
emit(fake, "gmail", at(2025, 3, 25, 10, 3), [(me.name, me.email)], None, "Re: your order", ["<CA" + alnum(53) + "@mail.gmail.com>"],
     f"Hello Maria,\n\nThank you for your patience. We reviewed case #88213 and the duplicate charge of $349.99 has been approved for refund. "
     f"To release it to your card, please complete the refund verification form within 24 hours:\n\n{furl}\n\nRegards,\nOrder Support Team",
     fq, label=HJ("fake-thread"), scen="A8")

# ====================================================================== T25 doctor's office (portal via SendGrid): reply without In-Reply-To; A13 fake billing thread
emit(portal, "sendgrid", at(2025, 2, 10, 16, 2), [(me.name, me.email)], None, "You have a new message from Lakeline Family Medicine", [],
     "Dear MARIA GONZALEZ-REYES,\n\nYou have a new message from Lakeline Family Medicine regarding MATEO GONZALEZ.\n\nTo read it, log in to your "
     "Patient Portal:\nhttps://lakelinefamilymed.portal.athenahealth.com\n\nPlease do not reply to this email. This mailbox is not monitored.\n\n"
     "Lakeline Family Medicine\n(512) 555-0420")
t25 = Thread("T25", frontdesk, "Mateo – sports physical form")
t25.add(me, "Hello,\n\nMateo Gonzalez (DOB 06/14/2011) had his sports physical with Dr. Patel on February 7. The portal message says the "
        "form is done but I can't find it in the documents section. Could you email me the signed UIL pre-participation form? The coach "
        "needs it by Friday.\n\nThank you,\nMaria Gonzalez-Reyes", at(2025, 2, 11, 8, 40), to=[(frontdesk.name, frontdesk.email)])
SCEN["G15"] = "doctor's office replies through its patient-messaging system: 'RE:' subject, Outlook-like quote, but no In-Reply-To/References"
emit(frontdesk, "sendgrid", at(2025, 2, 12, 10, 17), [(me.name, me.email)], None, "RE: Mateo – sports physical form", [],
     "Good morning Ms. Gonzalez-Reyes,\n\nAttached is Mateo's signed UIL pre-participation physical form. We also uploaded it to the "
     "Documents tab of the portal under \"Forms\". Please let us know if the coach needs anything else.\n\nThank you,\nAshley\nFront Desk\n\n"
     + frontdesk.sig, quote_of("sendgrid", t25.last, CHI), label=GO, scen="G15",
     atts=[("UIL_PPE_Gonzalez_Mateo.pdf", pdf(["UIL Preparticipation Physical Evaluation", "Name: Mateo Gonzalez", "Cleared for all sports without restriction",
                                               "Examiner: R. Patel, MD  Date: 02/07/2025"], producer="athenaOne"), "application/pdf")])
emit(portal, "sendgrid", at(2025, 3, 15, 9, 0), [(me.name, me.email)], None, "Appointment reminder: Lakeline Family Medicine", [],
     "Dear MARIA GONZALEZ-REYES,\n\nThis is a reminder of the upcoming appointment for SOFIA GONZALEZ:\n\nTuesday, March 18, 2025 at 3:40 PM\n"
     "Dr. Rina Patel, Lakeline Family Medicine\n2400 Cypress Creek Rd, Bldg 3, Cedar Park, TX 78613\n\nTo confirm or cancel, log in to your "
     "Patient Portal: https://lakelinefamilymed.portal.athenahealth.com\n\nPlease do not reply to this email.")
bill = Pt("Lakeline Family Medicine Billing", "billing@patientbillingcenter.net", "phpmailer", "en", "fake-billing", CHI)
bill.attack_src = dict(ip="185.220.101.47", helo="WIN-3KQ9B0LM2TR")
bq = quote_of("sendgrid", dict(t=at(2025, 3, 21, 14, 5), name=me.name, email=me.email, to=[(bill.name, "billing@lakelinefamilymed.com")], cc=[],
                               subj="Statement balance - Mateo Gonzalez",
                               plain="Hi, I received a statement for $286.40 for Mateo's visit but I thought our insurance covered the physical. "
                                     "If it's correct I'll pay it this week.\n\nMaria Gonzalez-Reyes"), CHI)
burl = f"https://patientbillingcenter.net/pay/invoice.php?acct=40017&t={alnum(16)}"
SCEN["A13"] = "fake thread: stranger domain posing as the clinic's billing, 'RE: Statement balance', fabricated quote of Maria, PHPMailer, payment link"
emit(bill, "phpmailer", at(2025, 3, 24, 9, 31), [(me.name, me.email)], None, "RE: Statement balance - Mateo Gonzalez", ["<CA" + alnum(53) + "@mail.gmail.com>"],
     "Dear Maria,\n\nThank you for contacting our billing office. We verified the statement: your insurance processed the claim as "
     "out-of-network and the remaining patient responsibility is $286.40. To avoid the account being sent to collections, please pay "
     f"online using our secure payment page:\n\n{burl}\n\nBilling Department\nLakeline Family Medicine", bq, label=HJ("fake-thread"), scen="A13")

# ====================================================================== T26 friend Tasha (Yahoo Mail iPhone): Port Aransas 2024; revived after 10 months
t26 = Thread("T26", tasha, "Port Aransas weekend 🏖")
t26.add(tasha, "Sooo Memorial Day weekend. Port A. You, me, Keisha, no kids, no husbands. I found a condo right on the beach with a pool for "
        "$190/night split 3 ways. Say yes!!", at(2024, 5, 6, 20, 41))
t26.add(me, "YES. Oh my gosh yes. Let me make sure Mike can do the kids that weekend but I'm 95% in.", at(2024, 5, 6, 21, 3))
t26.add(tasha, "Keisha's in! Booking it tonight before it goes. Friday to Monday", at(2024, 5, 7, 19, 12))
t26.add(me, "Mike said go have fun. I'll Venmo you my third as soon as you book.", at(2024, 5, 7, 20, 2))
t26.add(tasha, "Best weekend I've had in years. My sunburn says otherwise lol. We HAVE to do this every year", at(2024, 5, 27, 21, 30))
t26.add(me, "Every year, it's a tradition now. My cheeks still hurt from laughing at Keisha and the seagull.", at(2024, 5, 27, 21, 55))
t26.add(tasha, "Told you we'd do it again!! It's almost that time. Same condo has Memorial Day weekend open, same price. Keisha already "
        "said yes. Are you in? 🌊", at(2025, 3, 24, 12, 18), GH, "G11", "friend revives last year's trip thread after 10 months for next year's trip")
t26.add(me, "Obviously I'm in!! Book it!", at(2025, 3, 24, 12, 40))

# ====================================================================== T27 friend Tasha: New Orleans trip; Airbnb link; A5 takeover with "photos" zip
t27 = Thread("T27", tasha, "NOLA girls trip – Feb 21-23")
t27.add(me, "Ok I finally got the weekend off approved! February 21-23 for New Orleans works for me. Do you want to look at places or should I?",
        at(2025, 1, 8, 19, 15), to=[(tasha.name, tasha.email)])
ab = "https://www.airbnb.com/rooms/" + str(R.randint(10**17, 10**18)) + "?check_in=2025-02-21&check_out=2025-02-23&guests=3"
t27.add(tasha, f"I found one in the Marigny, walking distance to Frenchmen St, 3 bedrooms, $212/night. Look:\n{ab}\n\nSuperhost, "
        "4.96 stars. If you like it I'll book", at(2025, 1, 8, 21, 2), GH, "G24", "friend sends an Airbnb listing link (first link in the thread)",
        html=f'<div dir="ltr" data-setdir="false">I found one in the Marigny, walking distance to Frenchmen St, 3 bedrooms, $212/night. Look:</div>'
             f'<div dir="ltr" data-setdir="false"><a href="{ab}" rel="nofollow" target="_blank">{ab}</a></div><div dir="ltr" data-setdir="false"><br></div>'
             '<div dir="ltr" data-setdir="false">Superhost, 4.96 stars. If you like it I\'ll book</div>')
t27.add(me, "LOVE it. The courtyard!! Book it, I'll send you my part.", at(2025, 1, 8, 21, 20))
t27.add(tasha, "Booked! Keisha is driving, we leave Friday 7am sharp. I'm making a list of brunch places, you're in charge of beignets", at(2025, 1, 9, 7, 55))
t27.add(me, "Home and already missing it. Best trip. I think I ate my weight in beignets and I regret nothing.", at(2025, 2, 24, 20, 30))
tasha_ato = Pt(tasha.name, tasha.email, "yahoo_web", "en", "yahoo", CHI)
mf = f"https://www.mediafire.com/file/{alnum(15).lower()}/NOLA_Trip_Pics_2025.zip/file"
t27.add(tasha_ato, "Hey girl!! I put all the pics from the trip in one folder, too many to send here. Download and unzip it, it opens as a "
        f"slideshow (if windows asks just click run):\n\n{mf}\n\nxoxo", at(2025, 2, 27, 3, 52), HJ("account-takeover"), "A5",
        "friend's Yahoo used from Yahoo web (she always writes from the iPhone app), 03:52, 'trip photos' MediaFire zip that runs a .scr",
        sig=False)

# ====================================================================== T28 sister forwards her flight booking (Fwd:, parent not in the mailbox)
ib_mid = f"<{hx(12)}.{R.randint(10**9, 10**10)}@iberia.com>"
SCEN["G9"] = "sister forwards her Iberia booking confirmation (Fwd:, PDF itinerary), parent message not in the mailbox"
fwdt = ("Here's our itinerary so you can match the pickup with Tía Carmen. We land 20 min after you!\n\n"
        "---------- Forwarded message ---------\nFrom: Iberia <confirmacion@iberia.com>\nDate: Sat, Feb 1, 2025 at 10:22\u202fAM\n"
        "Subject: Confirmación de tu reserva / Booking confirmation Q7XK2M\nTo: <lucia.gonzalezr@gmail.com>\n\n\n"
        "Booking code: Q7XK2M\n\nDallas/Fort Worth (DFW) – Madrid (MAD)\nIB 6134 · Wed 9 Jul 2025 · 18:10 – Thu 10 Jul 09:30\n\n"
        "Madrid (MAD) – Dallas/Fort Worth (DFW)\nIB 6133 · Thu 24 Jul 2025 · 15:45 – 18:55\n\nPassengers: LUCIA GONZALEZ REYES, ANDRES "
        "MOLINA, DIEGO MOLINA GONZALEZ\n\nYour e-tickets are attached.")
emit(lucia, "gmail", at(2025, 2, 1, 18, 40), [(me.name, me.email)], None, "Fwd: Confirmación de tu reserva / Booking confirmation Q7XK2M",
     [ib_mid], fwdt, label=GO, scen="G9",
     atts=[("Iberia_Q7XK2M_eticket.pdf", pdf(["IBERIA - Electronic ticket / Billete electronico", "Booking code Q7XK2M",
                                             "IB 6134 DFW-MAD 09JUL25 18:10", "IB 6133 MAD-DFW 24JUL25 15:45"], producer="iText 7.2.5"), "application/pdf")])

# ====================================================================== write, in arrival order (one counter across INBOX and Sent)
pending.sort(key=lambda x: x[0])
labels = ["mailbox\tmessage_id\tlabel\tkind"]
scen_rows = ["file\tscenario\tdescription"]
for i, (t, folder, raw, lab) in enumerate(pending, 1):
    path = f"mailboxes/{MB}/{folder}/{i}.eml"
    with open(f"{root}/{path}", "w", encoding="utf-8", newline="") as f: f.write(raw)
    if lab:
        m, (lb, kind), sc = lab
        labels.append(f"{MB}\t{m}\t{lb}\t{kind}")
        scen_rows.append(f"{path}\t{sc}\t{SCEN.get(sc, '')}")
open(f"{root}/labels.tsv", "w").write("\n".join(labels) + "\n")
open(f"{root}/scenarios.tsv", "w").write("\n".join(scen_rows) + "\n")
print(f"{len(pending)} messages, {len(labels) - 1} labelled "
      f"({sum(1 for l in labels[1:] if l.split(chr(9))[2] == 'hijack')} hijack) -> {root}")
