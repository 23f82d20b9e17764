#!/usr/bin/env python3
# Usage: python3 docs/probe/make-probe-corpus-36.py OUT_DIR
#
# Probe mailbox "lea": Léa Fontaine, clerc de notaire (property department) at the Office notarial Berthier, Vasseur & Associés, a notary
# office in Lyon 6e (CRPCEN 69087). Her address is on the notarial profession's shared mail service "notaires.example" (a Zimbra platform:
# MX mx1/mx2 with Postfix + amavis, delivery to zmb07 by LMTP, DKIM d=notaires.example s=adsn2023, submission via smtp-auth1); she uses
# Outlook 2021 over IMAP (X-Mailer Microsoft Outlook 16.0, <xxxx01dbxxxx$...$...$@notaires.example> ids, Thread-Index, French "De : /
# Envoyé : / À : / Objet :" quote blocks), Europe/Paris with the DST changes of 27 Oct 2024 and 30 Mar 2025. French, English with the
# London buyers. Sept 2024 - June 2025. Inbound mail carries the receiving server's Received/amavis/Authentication-Results/Received-SPF
# headers (pass for everything sent through a real account or server, hijacks included); Sent items carry only the client headers.
#
# Correspondents, each with a fixed fingerprint (Message-ID shape, client headers, Received path, DKIM d=/s=, quote style, tz):
#   Office colleagues                Maître Olivier Berthier (Outlook at the office; iPhone Mail via the same submission server in the
#                                    evening), Nadia Benali (reception), compta (accounting) - all Outlook 16.0 via smtp-auth1
#   Maître Sophie Garnier's office   notaire en participation in Villeurbanne, SAME mail service: Zimbra web client (JavaMail.zimbra ids,
#                                    X-Mailer Zimbra 10, X-Originating-IP, "----- Mail original -----" quotes); clerk Kévin Dumas
#   Sellers / buyers (private)       Bernard Girard: Orange webmail (JavaMail.www@wwinfNNNN ids, X-ME-*/X-WUM-* headers, "> Message du"
#                                    quotes, d=orange.example s=t20230301); Julien Marchal: Gmail web (fr); Thi Mai Nguyen: iPhone Mail on
#                                    iCloud (smtpclient.apple, d=icloud.com s=1a1hai); Hélène Lambert: Free Zimbra webmail (proxad ids,
#                                    d=free.example); her son Thomas: Yahoo web (YMailNorrin, d=yahoo.fr); Daniel Okafor: Gmail web (en-GB,
#                                    Europe/London), once from his employer's M365 (en-GB); Grace Okafor: iPhone Mail (en); Sébastien Rey:
#                                    SFR webmail (Open-Xchange); Patrick Faure: Gmail; Claudine Perret: La Poste webmail (Open-Xchange);
#                                    Gérard Bonnet: Gmail; Anne Rousseau, Yasmine Haddad: iPhone Mail on iCloud
#   Estate agencies                  Immobilière des Brotteaux (Laurent Chabert, M365 Outlook fr-FR, FRAP264 hosts, d=immo-brotteaux.example);
#                                    Croix-Rousse Habitat (Sandrine Vidal, Hugo Lefèvre: Google Workspace, Gmail web); Foch Immobilier (M365)
#   Mortgage broker                  Rhône Crédit Courtage (Antoine Perrin, M365 Outlook, s=selector2; SharePoint links, Teams invitations)
#   Bank loan department             Banque Saône-Rhône (Véronique Lemaire: Outlook on on-prem Exchange 2016 behind IronPort, <hex@SRVEXMB04
#                                    .bsr.local> ids, X-Classification, legal disclaimer); partner-portal notices from mailing2.bsr-banque
#   Syndic                           Régie Ainay Gestion (Corinne Masson, then Julie Marchetti, director Frédéric Aubert: M365 Outlook)
#   Surveyor / land surveyor         Diag Rhône Expertises (Mathieu Roche) and Saône Géomètres-Experts (Pierre Leroux): Thunderbird on
#                                    OVH MX Plan (mo581.mail-out.ovh, X-Ovh-Tracer-Id, X-VR-SPAM*, no DKIM), format=flowed
#   Notifications                    the office's own secure client platform NotaDoc (notifications@berthier-associes.notadoc.example),
#                                    DocuSign EU (eumail.docusign.net), Chambre des notaires du Rhône list (Sympa "[Infos-Chambre]" with
#                                    List-* headers and footer), Notaires de France monthly letter (ESP, List-Unsubscribe-Post),
#                                    Télé@ctes land-registry notices, mail-service notices, Postfix bounce, Exchange/Zimbra auto-replies.
# Writes OUT_DIR/labels.tsv, OUT_DIR/scenarios.tsv (file -> scenario id, description) and OUT_DIR/mailboxes/lea/{INBOX,Sent}/N.eml numbered
# 1..n in arrival order across both folders (CRLF). Only test messages are labelled; everything else is context history.
# Deterministic (random.Random(36)); no network; attachments are inert (random bytes / stub text in real PDF, ZIP, ZipCrypto ZIP, DOCX,
# XLSM with an inert vbaProject.bin, OneNote, LNK, SVG, HTML, iCalendar containers). The quishing PDF holds a real, decodable QR
# code (own encoder). IBANs carry valid check digits. All domains end in .example except well-known platforms (gmail.com, icloud.com,
# yahoo.fr, outlook.com, docusign.net, sharepoint.com, login.microsoftonline.com, teams.microsoft.com, we.tl).
#
# Threads (35, 334 messages, 115 in Sent):
#   Sale 1, Girard -> Nguyen / Marchal, 27 rue Vauban (signed 16 Jan 2025): T1 sellers (RIB twice; A1); T2 buyers (bounce, platform,
#   partner's phone); T3 agency Brotteaux (DocuSign compromis, fee invoice; A9, A2); T4 broker (SharePoint, Teams, out-of-office; A5);
#   T5 bank loan offer and disbursement (A14); T6 syndic pré-état daté / état daté, new manager (A6); T7 surveyor DDT (WeTransfer, zip; A4);
#   T8 syndic's announced and phone-verified bank change.
#   Sale 2, Lambert -> Okafor, 8 rue des Remparts d'Ainay (buyers in London, signed 5 June 2025 by power of attorney): T9 seller and her
#   son (A15); T10 syndic (pays on the verified new account); T11 buyers in English (work address, SWIFT PDF, night iPhone; A3);
#   T12 participation with Maître Garnier's office (docx, Zimbra invitation, out-of-office, notary joins; A11, A7).
#   Sale 3, Faure -> Rey, 4 rue d'Austerlitz: T13 buyers (mortgage refused Dec 2024, sale revived Apr 2025; A10); T14 agency Croix-Rousse
#   Habitat (colleague takes over); T15 seller.
#   Others: T16 Perret / Lopez sale of Sept 2024, revived in May 2025; T17 broker / T18 bank / T19 surveyor / T27 agency Foch for the
#   Blanc / Morel sale; T20 Brotteaux next mandate; T21 syndic for Faure; T22 / T23 Chevalier / Haddad participation with Garnier's office;
#   T24 copy of a deed; T25 donation Rousseau; T26 land surveyor (succession Moreau); T28-T30 Maître Berthier (A12 in T30; forward G17);
#   T31-T32 reception; T33-T35 accounting. Plus stand-alone notices (platform, list, newsletter, Télé@ctes, bank portal, mail service,
#   DocuSign) and the fake threads A8, A13, A16.
#
# Hijacks (16: 5 server-hijack, 3 account-takeover, 3 display-name-spoof, 2 lookalike-domain, 3 fake-thread):
#   A1  T1  server-hijack      sellers' real Orange webmail (other IP), day after signing: pay the sale price to a new online-bank RIB (PDF),
#                              "on the road, reply by mail"; faithful quote
#   A2  T3  lookalike-domain   agency negotiator at immo-broteaux.example (Roundcube), 3 days before signing: "bank migration", corrected
#                              fee invoice with a new IBAN; quotes the real thread in Outlook style
#   A3  T11 account-takeover   buyer's Gmail via SMTP from a VPS with Thunderbird, 03:41 Paris: "withdrawal" within the cooling-off period,
#                              refund the 26 800 EUR deposit to a Wise IBAN; English; no payload; faithful quote
#   A4  T7  server-hijack      surveyor's real OVH mailbox + Thunderbird, 06:12, dormant thread: PDF with a QR code to an unknown site
#                              (quishing); no quote
#   A5  T4  server-hijack      broker's real M365 mailbox: OAuth consent link on the real login.microsoftonline.com ("RCC Dossiers" app,
#                              Mail/Files scopes, redirect to an unknown domain); faithful quote
#   A6  T6  server-hijack      syndic manager's real M365 mailbox: fake English "message recall" notice in a French thread, "View message"
#                              on a SharePoint-hosted page; no quote
#   A7  T12 display-name-spoof "Sophie Garnier" from outlook.com, cites the real mail incident: adversary-in-the-middle look-alike login of
#                              the notarial webmail; no quote
#   A8  --  fake-thread        "bank compliance" stranger, RE: subject, fabricated quote of the clerk: Teams-meeting .ics whose join link is a
#                              look-alike domain
#   A9  T3  display-name-spoof "Laurent Chabert via DocuSign" from an unrelated e-sign domain: "avenant" to sign on a DocuSign look-alike link
#   A10 T13 account-takeover   buyer's SFR mailbox through Outlook via SMTP (webmail before), Sunday 22:41: password-protected zip (password in
#                              the text) holding a .lnk; faithful Outlook-style quote
#   A11 T12 server-hijack      other notary's clerk's real Zimbra account on the shared notarial service (other IP): "final draft" as an SVG
#                              with a redirect script; quote altered
#   A12 T30 display-name-spoof the notary's name from a Gmail address in an internal thread: urgent gift cards, send the codes; no payload
#   A13 --  fake-thread        "voicemail" stranger, RE: subject, unknown References, no quote: HTML attachment with a credential form
#   A14 T5  lookalike-domain   bank officer at bsr-banques.example (own M365 tenant): "duplicate disbursement", return 330 000 EUR to a
#                              "regularisation" IBAN; quote altered
#   A15 T9  account-takeover   seller's Free mailbox through Outlook via Free SMTP (Zimbra webmail before), foreign IP: tax-form .xlsm macro
#                              lure; Outlook-style quote of the clerk's mail
#   A16 --  fake-thread        "REAL key support" stranger replies to a Chambre list post with an altered quote: certificate-renewal
#                              OneNote file with an embedded script
#
# Genuine hard cases (34):
#   G1  T1  seller's real RIB with his first documents            G2  T1  the same RIB resent unchanged before signing, verified by phone
#   G3  --  office platform "new documents" notice (link)          G4  --  office platform "power of attorney signed" notice
#   G5  T2  buyer writes from his partner's iPhone / iCloud        G6  T5  bank's loan offer PDF (first mail of the thread)
#   G7  T12 the notary in participation joins the thread herself   G8  T13 lapsed sale revived after four months (new financing)
#   G9  --  genuine DocuSign EU completion notice                  G10 T3  agency fee invoice with its usual bank details
#   G11 T4  broker's Exchange out-of-office reply                   G12 T7  surveyor's WeTransfer link
#   G13 T7  zip of diagnostic PDFs the clerk asked for              G14 T6  syndic's pré-état daté PDF + extranet link
#   G15 T6  syndic's new manager (announced) writes first time      G16 --  Chambre list post with list headers and footer
#   G17 --  the notary forwards (TR:) a client's mail with a PDF    G18 T11 buyer writes once from his employer's M365 address
#   G19 T11 buyer's SWIFT confirmation PDF                          G20 T9  seller's son (introduced) writes from his own Yahoo address
#   G21 T5  bank confirms the loan disbursement                     G22 T8  syndic's announced bank change letter (verified by phone)
#   G23 T10 syndic asks to pay on that verified new account         G24 T12 other notary's clerk returns the draft as tracked-changes .docx
#   G25 T16 former seller revives a closed thread after 8 months   G26 T4  broker's SharePoint/OneDrive folder link
#   G27 T11 buyer's wife from her iPhone at 23:48 Paris time        G28 --  Postfix bounce for a mistyped address
#   G29 --  other notary's clerk's Zimbra calendar invitation       G30 --  broker's genuine Teams meeting invitation (text/calendar)
#   G31 --  bank partner-portal notification                        G32 --  Télé@ctes publication notice with PDF
#   G33 T14 agency colleague (announced) takes over                 G34 T12 other notary's clerk's Zimbra out-of-office reply
# Genuine orphans (2): O1 the other notary's clerk replies to the reception assistant's mail (not in this mailbox) and Cc's the clerk;
#   O2 a buyer replies (Reply-To: the clerk) to the platform's invitation mail that only went to him.
# Plain genuine replies (90): every other labelled in-thread partner reply (genuine-reply).
import base64, datetime, hashlib, html as H, io, os, quopri, random, struct, sys, uuid, zipfile, zlib
from zoneinfo import ZoneInfo

root = sys.argv[1]
MB = "lea"
for _f in ("INBOX", "Sent"): os.makedirs(f"{root}/mailboxes/{MB}/{_f}", exist_ok=True)
R = random.Random(36)
PAR = ZoneInfo("Europe/Paris"); LON = ZoneInfo("Europe/London"); UTC = datetime.timezone.utc


def hx(k): return "".join(R.choice("0123456789abcdef") for _ in range(k))
def HX(k): return hx(k).upper()
def dg(k): return "".join(R.choice("0123456789") for _ in range(k))
def rbytes(k): return bytes(R.getrandbits(8) for _ in range(k))
def ruuid(): return str(uuid.UUID(int=R.getrandbits(128), version=4))
def alnum(k): return "".join(R.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(k))
def lo(k): return "".join(R.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(k))
def b64(k): return base64.b64encode(rbytes(k)).decode()
def at(y, mo, d, h, mi, tz=PAR): return datetime.datetime(y, mo, d, h, mi, R.randint(0, 59), tzinfo=tz)
def plus(t, minutes=0, seconds=0): return t + datetime.timedelta(minutes=minutes, seconds=seconds)


JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
def jour(t): return f"{JOURS[t.weekday()]} {t.day}{'er' if t.day == 1 else ''} {MOIS[t.month - 1]} {t.year}"


# ---------------------------------------------------------------- bank details with real check digits
def _iban_check(cc, bban):
    s = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return f"{98 - int(s) % 97:02d}"
def fr_iban(bank, branch, account):
    key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97)
    bban = f"{bank}{branch}{account}{key:02d}"
    return "FR" + _iban_check("FR", bban) + bban
def be_iban(bank3, acct7):
    first10 = f"{bank3}{acct7}"; chk = int(first10) % 97 or 97
    bban = f"{first10}{chk:02d}"
    return "BE" + _iban_check("BE", bban) + bban
def spaced(iban): return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


IBAN_OFFICE = fr_iban("40031", "00001", "00004518273")       # Caisse des Dépôts, compte de l'office
IBAN_GIRARD = fr_iban("17806", "00215", "04871239004")       # Crédit Agricole Centre-Est, vendeurs Girard
IBAN_A1 = fr_iban("17418", "00001", "00062795314")           # attacker: compte en ligne
IBAN_BROTTEAUX = fr_iban("10278", "07307", "00020471601")    # agence, banque habituelle
IBAN_A2 = fr_iban("16598", "00001", "00044915807")           # attacker: lookalike agence
IBAN_A3 = be_iban("967", "3918405")                          # attacker: compte Wise
IBAN_A14 = fr_iban("12869", "00003", "00071180442")          # attacker: "compte de régularisation"
IBAN_AINAY_NEW = fr_iban("10096", "18000", "00089461205")    # syndic, nouvelle banque (annoncée et vérifiée)


# ---------------------------------------------------------------- minimal QR encoder (byte mode, versions 1-9, ECC M)
_EXP = [0] * 512; _LOG = [0] * 256
_x = 1
for _i in range(255):
    _EXP[_i] = _x; _LOG[_x] = _i; _x <<= 1
    if _x & 0x100: _x ^= 0x11D
for _i in range(255, 512): _EXP[_i] = _EXP[_i - 255]
def _gmul(a, b): return 0 if a == 0 or b == 0 else _EXP[_LOG[a] + _LOG[b]]
def _rs_ec(data, n):
    gen = [1]
    for i in range(n):
        ng = [0] * (len(gen) + 1)
        for j, g in enumerate(gen): ng[j] ^= g; ng[j + 1] ^= _gmul(g, _EXP[i])
        gen = ng
    res = [0] * n
    for d in data:
        f = d ^ res[0]; res = res[1:] + [0]
        for j in range(n): res[j] ^= _gmul(gen[j + 1], f)
    return res
_QRT = {1: (10, [(1, 16)]), 2: (16, [(1, 28)]), 3: (26, [(1, 44)]), 4: (18, [(2, 32)]), 5: (24, [(2, 43)]), 6: (16, [(4, 27)]),
        7: (18, [(4, 31)]), 8: (22, [(2, 38), (2, 39)]), 9: (22, [(3, 36), (2, 37)]), 10: (26, [(4, 43), (1, 44)])}
_ALIGN = {1: [], 2: [6, 18], 3: [6, 22], 4: [6, 26], 5: [6, 30], 6: [6, 34], 7: [6, 22, 38], 8: [6, 24, 42], 9: [6, 26, 46], 10: [6, 28, 50]}
def qr_matrix(text):
    data = text.encode("utf-8")
    for ver in range(1, 10):
        ecn, groups = _QRT[ver]; cap = sum(b * d for b, d in groups)
        if 12 + 8 * len(data) <= cap * 8: break
    else: raise ValueError("QR payload too long")
    bits = [0, 1, 0, 0] + [int(c) for c in format(len(data), "08b")]
    for byte in data: bits += [int(c) for c in format(byte, "08b")]
    bits += [0] * min(4, cap * 8 - len(bits)); bits += [0] * (-len(bits) % 8)
    cw = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    i = 0
    while len(cw) < cap: cw.append((0xEC, 0x11)[i % 2]); i += 1
    blocks, k = [], 0
    for nb, dc in groups:
        for _ in range(nb): blocks.append(cw[k:k + dc]); k += dc
    ecb = [_rs_ec(b, ecn) for b in blocks]
    final = [b[i] for i in range(max(map(len, blocks))) for b in blocks if i < len(b)] + [b[i] for i in range(ecn) for b in ecb]
    size = 17 + 4 * ver
    M = [[None] * size for _ in range(size)]
    for (r0, c0) in ((0, 0), (0, size - 7), (size - 7, 0)):
        for r in range(-1, 8):
            for c in range(-1, 8):
                rr, cc = r0 + r, c0 + c
                if 0 <= rr < size and 0 <= cc < size:
                    M[rr][cc] = int(0 <= r <= 6 and 0 <= c <= 6 and (r in (0, 6) or c in (0, 6) or (2 <= r <= 4 and 2 <= c <= 4)))
    for i in range(8, size - 8): M[6][i] = M[i][6] = int(i % 2 == 0)
    al = _ALIGN[ver]; last = len(al) - 1
    for i, r in enumerate(al):
        for j, c in enumerate(al):
            if (i, j) in ((0, 0), (0, last), (last, 0)): continue
            for dr in range(-2, 3):
                for dc in range(-2, 3): M[r + dr][c + dc] = int(max(abs(dr), abs(dc)) != 1)
    M[size - 8][8] = 1
    for i in range(9):
        if M[8][i] is None: M[8][i] = 0
        if M[i][8] is None: M[i][8] = 0
    for i in range(8):
        if M[8][size - 1 - i] is None: M[8][size - 1 - i] = 0
        if M[size - 1 - i][8] is None: M[size - 1 - i][8] = 0
    if ver >= 7:
        rem = ver
        for _ in range(12): rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
        vb = ver << 12 | rem
        for i in range(18):
            b = (vb >> i) & 1; a, c = size - 11 + i % 3, i // 3
            M[a][c] = b; M[c][a] = b
    fixed = [[v is not None for v in row] for row in M]
    allbits = [int(c) for byte in final for c in format(byte, "08b")]
    idx = 0; up = True; c = size - 1
    while c > 0:
        if c == 6: c -= 1
        for r in (range(size - 1, -1, -1) if up else range(size)):
            for cc in (c, c - 1):
                if not fixed[r][cc]:
                    b = allbits[idx] if idx < len(allbits) else 0; idx += 1
                    M[r][cc] = b ^ int(cc % 3 == 0)          # mask pattern 2
        up = not up; c -= 2
    fmt = 2; rem = fmt                                        # ECC level M (00), mask 2
    for _ in range(10): rem = (rem << 1) ^ ((rem >> 9) * 0x537)
    fb = ((fmt << 10) | rem) ^ 0x5412
    for i in range(15):
        b = (fb >> i) & 1
        if i < 8: M[8][size - 1 - i] = b
        else: M[size - 15 + i][8] = b
        if i < 6: M[8][i] = b
        elif i == 6: M[8][7] = b
        elif i == 7: M[8][8] = b
        elif i == 8: M[7][8] = b
        else: M[14 - i][8] = b
    return M
def qr_gray(text, scale=4, quiet=4):
    m = qr_matrix(text); n = len(m); W = (n + 2 * quiet) * scale
    raw = b"".join(bytes(0 if (0 <= y // scale - quiet < n and 0 <= x // scale - quiet < n and m[y // scale - quiet][x // scale - quiet]) else 255
                         for x in range(W)) for y in range(W))
    return W, raw


# ---------------------------------------------------------------- inert attachments with real container structure
def pdf_esc(s): return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
def pdf(lines, producer="Microsoft® Word pour Microsoft 365", when="20250303091200", zone="+01'00'", uris=(), image=None, title=None, author=None):
    """one A4 page of Helvetica text; optional /URI link annotations; optional gray image (W, raw) drawn at the top right"""
    content = "BT /F1 10 Tf 13 TL 60 780 Td " + " ".join(f"({pdf_esc(l)}) '" for l in lines) + " ET"
    if image: content = f"q 180 0 0 180 360 560 cm /Im1 Do Q " + content
    content = content.encode("cp1252", "replace")
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", None, None,
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            f"<< /Producer ({pdf_esc(producer)}) /CreationDate (D:{when}{zone}) /ModDate (D:{when}{zone})"
            + (f" /Title ({pdf_esc(title)})" if title else "") + (f" /Author ({pdf_esc(author)})" if author else "") + " >>"]
    streams = {4: content}
    res = "/Font << /F1 5 0 R >>"
    if image:
        W, raw = image; comp = zlib.compress(raw, 9)
        objs.append(f"<< /Type /XObject /Subtype /Image /Width {W} /Height {W} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length {len(comp)} >>")
        streams[len(objs)] = comp; res += f" /XObject << /Im1 {len(objs)} 0 R >>"
    annots = []
    for i, u in enumerate(uris):
        objs.append(f"<< /Type /Annot /Subtype /Link /Rect [60 {640 - 26 * i} 420 {656 - 26 * i}] /Border [0 0 0] /A << /S /URI /URI ({u}) >> >>")
        annots.append(len(objs))
    objs[2] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << {res} >> /Contents 4 0 R"
               + (f" /Annots [{' '.join(f'{a} 0 R' for a in annots)}]" if annots else "") + " >>")
    objs[3] = f"<< /Length {len(content)} >>"
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"); offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        if i in streams: out += f"{i} 0 obj\n{o}\nstream\n".encode("latin-1") + streams[i] + b"\nendstream\nendobj\n"
        else: out += f"{i} 0 obj\n{o}\nendobj\n".encode("cp1252", "replace")
    x = len(out); fid = hx(32)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R /ID [<{fid}> <{fid}>] >>\nstartxref\n{x}\n%%EOF\n".encode()
    return bytes(out)


def zip_bytes(members, when=(2025, 1, 1, 12, 0, 0), method=zipfile.ZIP_DEFLATED):
    bio = io.BytesIO(); z = zipfile.ZipFile(bio, "w", method)
    for name, data in members:
        zi = zipfile.ZipInfo(name, date_time=when); zi.compress_type = method; z.writestr(zi, data)
    z.close(); return bio.getvalue()


def _crc_tab():
    t = []
    for n in range(256):
        c = n
        for _ in range(8): c = (0xEDB88320 ^ (c >> 1)) if c & 1 else (c >> 1)
        t.append(c)
    return t
_CRCT = _crc_tab()
def zipcrypto(members, password, when=(2025, 5, 11, 21, 58, 0)):
    """a real PKWARE 'ZipCrypto' encrypted archive (stored entries), openable with the password given in the mail"""
    def crc_upd(c, b): return _CRCT[(c ^ b) & 0xFF] ^ (c >> 8)
    dost = (when[3] << 11) | (when[4] << 5) | (when[5] // 2); dosd = ((when[0] - 1980) << 9) | (when[1] << 5) | when[2]
    out = bytearray(); central = bytearray()
    for name, data in members:
        k0, k1, k2 = 0x12345678, 0x23456789, 0x34567890
        def upd(ch):
            nonlocal k0, k1, k2
            k0 = crc_upd(k0, ch); k1 = (k1 + (k0 & 0xFF)) & 0xFFFFFFFF; k1 = (k1 * 134775813 + 1) & 0xFFFFFFFF; k2 = crc_upd(k2, k1 >> 24)
        for ch in password.encode(): upd(ch)
        crc = zlib.crc32(data) & 0xFFFFFFFF
        hdr = bytearray(rbytes(11)) + bytes([crc >> 24])
        enc = bytearray()
        for ch in bytes(hdr) + data:
            tmp = (k2 | 2) & 0xFFFF; kb = ((tmp * (tmp ^ 1)) >> 8) & 0xFF
            enc.append(ch ^ kb); upd(ch)
        nb = name.encode()
        off = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 1, 0, dost, dosd, crc, len(enc), len(data), len(nb), 0) + nb + enc
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 1, 0, dost, dosd, crc, len(enc), len(data), len(nb), 0, 0, 0, 0, 0x20, off) + nb
    cd = len(out); out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), cd, 0)
    return bytes(out)


def docx(paragraphs, title="", author="", when="2025-03-07T10:12:00Z", company=""):
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{H.escape(p)}</w:t></w:r></w:p>' for p in paragraphs)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f'<w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{H.escape(title)}</dc:title><dc:creator>{H.escape(author)}</dc:creator><cp:lastModifiedBy>{H.escape(author)}</cp:lastModifiedBy>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified></cp:coreProperties>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           f'<Application>Microsoft Office Word</Application><Company>{H.escape(company)}</Company><AppVersion>16.0000</AppVersion></Properties>')
    y, mo, d = int(when[:4]), int(when[5:7]), int(when[8:10])
    return zip_bytes([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc), ("docProps/core.xml", core), ("docProps/app.xml", app)],
                     when=(y, mo, d, 10, 0, 0))


def xlsx(rows, macro=False, author="", when="2025-03-19T21:40:00Z"):
    """spreadsheet; with macro=True an .xlsm holding an (inert) vbaProject.bin"""
    def cell(v, r, c):
        ref = "ABCDEFGH"[c] + str(r + 1)
        if isinstance(v, (int, float)): return f'<c r="{ref}"><v>{v}</v></c>'
        return f'<c r="{ref}" t="inlineStr"><is><t>{H.escape(str(v))}</t></is></c>'
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             + "".join(f'<row r="{r + 1}">' + "".join(cell(v, r, c) for c, v in enumerate(row)) + "</row>" for r, row in enumerate(rows)) + "</sheetData></worksheet>")
    main = "application/vnd.ms-excel.sheet.macroEnabled.main+xml" if macro else "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "")
          + f'<Override PartName="/xl/workbook.xml" ContentType="{main}"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Calcul" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              + ('<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' if macro else "")
              + "</Relationships>")
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:creator>{H.escape(author)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created></cp:coreProperties>')
    members = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels),
               ("xl/worksheets/sheet1.xml", sheet), ("docProps/core.xml", core)]
    if macro:
        vba = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00" + rbytes(480)
               + "Attribute VB_Name = \"ThisWorkbook\"\r\nSub Workbook_Open()\r\n  ' inert probe placeholder\r\nEnd Sub\r\n".encode("latin-1") + rbytes(1500))
        members.append(("xl/vbaProject.bin", vba))
    y, mo, d = int(when[:4]), int(when[5:7]), int(when[8:10])
    return zip_bytes(members, when=(y, mo, d, 21, 40, 0))


def onenote_bytes(embedded_name, embedded_text):
    """a OneNote section file: file-format GUID header, random body and an embedded-file data store holding an inert script stub"""
    hdr = uuid.UUID("7B5C52E4-D88C-4DA7-AEB1-5378D02996D3").bytes_le + uuid.UUID(int=R.getrandbits(128)).bytes_le
    store = uuid.UUID("BDE316E7-2665-4511-A4C4-8D4D0B7A9EAC").bytes_le
    body = embedded_text.encode("utf-8")
    return (hdr + rbytes(1000) + embedded_name.encode("utf-16-le") + rbytes(200) + store + struct.pack("<Q", len(body)) + rbytes(20) + body
            + uuid.UUID("71FBA722-0F79-4A0B-BB13-899256426B24").bytes_le + rbytes(1500))


def lnk_bytes(target):
    return (b"\x4c\x00\x00\x00\x01\x14\x02\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00\x46\x9b\x00\x08\x00\x20\x00\x00\x00" + rbytes(48)
            + b"\x01\x00\x00\x00" + target.encode("utf-16-le") + b"\x00\x00" + rbytes(60))


# ================================================================ people
class Pt:
    def __init__(s, name, email, client, infra, sig="", tz=PAR, lang="fr", ip=None, host=None):
        s.name, s.email, s.client, s.infra, s.sig, s.tz, s.lang = name, email, client, infra, sig, tz, lang
        s.dom = email.split("@")[1]; s.ip = ip; s.host = host


OWN = "notaires.example"
SIG_ME = ("\n\nBien cordialement,\n\nLéa Fontaine\nClerc de notaire – Service Immobilier\nOffice notarial Berthier, Vasseur & Associés\n"
          "24 cours Franklin Roosevelt – 69006 Lyon\nLigne directe 04 72 55 31 87 – Standard 04 72 55 31 80\n\n"
          "Prévention de la fraude : l'Office ne vous demandera jamais par courriel de modifier des coordonnées bancaires. "
          "Avant tout virement, vérifiez le RIB par téléphone au 04 72 55 31 80.")
SIG_ME_EN = ("\n\nKind regards,\n\nLéa Fontaine\nNotary clerk – Property department\nOffice notarial Berthier, Vasseur & Associés\n"
             "24 cours Franklin Roosevelt – 69006 Lyon, France\nDirect line +33 4 72 55 31 87 – Switchboard +33 4 72 55 31 80\n\n"
             "Fraud warning: our office will never ask you by email to change bank details. Before any transfer, check our bank details by phone on +33 4 72 55 31 80.")
OFFICE_IP = "89.86.141.37"
me = Pt("Léa Fontaine", f"lea.fontaine.69087@{OWN}", "olk", "own", SIG_ME)
olivier = Pt("Olivier Berthier", f"olivier.berthier@{OWN}", "olk", "adsn-sub",
             "\n\nMaître Olivier Berthier\nNotaire associé\nOffice notarial Berthier, Vasseur & Associés\n24 cours Franklin Roosevelt – 69006 Lyon\nTél. 04 72 55 31 80",
             ip=OFFICE_IP)
nadia = Pt("Nadia Benali", f"nadia.benali.69087@{OWN}", "olk", "adsn-sub",
           "\n\nNadia Benali\nAssistante – Accueil et rendez-vous\nOffice notarial Berthier, Vasseur & Associés\nTél. 04 72 55 31 80", ip=OFFICE_IP)
compta = Pt("Comptabilité Office Berthier", f"compta.69087@{OWN}", "olk", "adsn-sub",
            "\n\nService comptabilité\nFabienne Roux – Comptable taxatrice\nOffice notarial Berthier, Vasseur & Associés\nTél. 04 72 55 31 84", ip=OFFICE_IP)
garnier = Pt("Sophie Garnier", f"sophie.garnier@{OWN}", "zimbra", "adsn-zimbra",
             "\n\nMaître Sophie Garnier\nNotaire\n112 cours Émile Zola – 69100 Villeurbanne\nTél. 04 78 85 62 10", ip="92.154.23.118")
kevin = Pt("Kévin Dumas", f"kevin.dumas.69265@{OWN}", "zimbra", "adsn-zimbra",
           "\n\nKévin Dumas\nClerc de notaire\nÉtude de Maître Sophie Garnier\n112 cours Émile Zola – 69100 Villeurbanne\nTél. 04 78 85 62 14", ip="92.154.23.118")
# dossier 1: vente Girard -> Nguyen / Marchal, 27 rue Vauban
bernard = Pt("Bernard Girard", "bernard.girard69@orange.example", "orange", "orange", "\n\nBernard et Monique Girard\n06 71 38 25 90", ip="90.14.201.77")
julien = Pt("Julien Marchal", "julien.marchal.lyon@gmail.com", "gmail", "gmail", "\n\nJulien Marchal\n06 12 48 90 33")
mai = Pt("Thi Mai Nguyen", "thimai.nguyen@icloud.com", "iphone", "icloud", "\n\nEnvoyé de mon iPhone")
chabert = Pt("Laurent Chabert", "l.chabert@immo-brotteaux.example", "exo", "exo-brotteaux",
             "\n\nLaurent Chabert\nNégociateur – Immobilière des Brotteaux\n53 boulevard des Brotteaux – 69006 Lyon\n04 78 24 61 02 – 06 62 15 48 77\n"
             "Carte T n° CPI 6901 2019 000 041 207 – CCI Lyon Métropole", host="PR1P264MB3921")
perrin = Pt("Antoine Perrin", "antoine.perrin@rhonecredit-courtage.example", "exo", "exo-rcc",
            "\n\nAntoine Perrin\nCourtier en crédit immobilier\nRhône Crédit Courtage – 7 rue Childebert – 69002 Lyon\n06 48 27 19 55\n"
            "IOBSP inscrit à l'ORIAS sous le n° 19 004 218", host="PAZP264MB2718")
lemaire = Pt("Véronique Lemaire", "veronique.lemaire@bsr-banque.example", "ex16", "bsr",
             "\n\nVéronique Lemaire\nGestionnaire Crédits Immobiliers – Pôle Notaires\nBanque Saône-Rhône – Direction des Crédits\n"
             "Tél. 04 72 40 18 63", host="SRVEXMB04")
bsrnotif = Pt("Banque Saône-Rhône – Espace Partenaires", "noreply-partenaires@bsr-banque.example", "bsrnotif", "bsr-notif")
masson = Pt("Corinne Masson", "c.masson@ainay-gestion.example", "exo", "exo-ainay",
            "\n\nCorinne Masson\nGestionnaire de copropriétés\nRégie Ainay Gestion – 9 rue Sainte-Hélène – 69002 Lyon\nTél. 04 78 37 22 40", host="PR2P264MB0716")
marchetti = Pt("Julie Marchetti", "j.marchetti@ainay-gestion.example", "exo", "exo-ainay",
               "\n\nJulie Marchetti\nGestionnaire de copropriétés\nRégie Ainay Gestion – 9 rue Sainte-Hélène – 69002 Lyon\nTél. 04 78 37 22 46", host="PR2P264MB0716")
aubert = Pt("Frédéric Aubert", "f.aubert@ainay-gestion.example", "exo", "exo-ainay",
            "\n\nFrédéric Aubert\nDirecteur\nRégie Ainay Gestion – 9 rue Sainte-Hélène – 69002 Lyon\nStandard 04 78 37 22 22", host="PR2P264MB1158")
roche = Pt("Mathieu Roche", "m.roche@diagrhone.example", "tb", "ovh",
           "\n\n-- \nMathieu Roche\nDiagnostiqueur certifié (amiante, plomb, DPE, gaz, électricité)\nDiag Rhône Expertises – 21 rue Paul Bert – 69003 Lyon\n"
           "04 37 56 09 81 – 06 09 44 17 52", ip="78.193.64.25")
# dossier 2: vente Lambert -> Okafor, 8 rue des Remparts d'Ainay
helene = Pt("Hélène Lambert", "helene.lambert5@free.example", "zfree", "free", "\n\nHélène Lambert", ip="82.64.118.203", host="zimbra65-e11")
thomas = Pt("Thomas Lambert", "thomas.lambert_lyon@yahoo.fr", "yahoo", "yahoo", "\n\nThomas Lambert\n06 33 81 02 49")
daniel = Pt("Daniel Okafor", "daniel.okafor.uk@gmail.com", "gmail_en", "gmail", "\n\nBest regards,\nDaniel", tz=LON, lang="en")
daniel_w = Pt("Daniel Okafor", "d.okafor@harcourtlane.example", "exo_en", "exo-harcourt",
              "\n\nDaniel Okafor\nSenior Associate, Infrastructure Finance\nHarcourt Lane Capital LLP\n20 Gresham Street, London EC2V 7JE\n+44 20 7946 0588",
              tz=LON, lang="en", host="LO4P265MB6118")
grace = Pt("Grace Okafor", "grace.okafor@icloud.com", "iphone_en", "icloud", "\n\nSent from my iPhone", tz=LON, lang="en")
# dossier 3: vente Faure -> Rey, 4 rue d'Austerlitz
sebastien = Pt("Sébastien Rey", "sebastien.rey@sfr.example", "ox", "sfr", "\n\nSébastien Rey\n06 20 57 11 86", ip="109.11.84.150", host="webmail-ox3.sfr.example")
vidal = Pt("Sandrine Vidal", "sandrine.vidal@croixrousse-habitat.example", "gws", "google-crh",
           "\n\nSandrine Vidal\nConseillère immobilier\nCroix-Rousse Habitat – 118 boulevard de la Croix-Rousse – 69004 Lyon\n04 78 29 14 63 | 06 77 52 30 18")
hugo = Pt("Hugo Lefèvre", "hugo.lefevre@croixrousse-habitat.example", "gws", "google-crh",
          "\n\nHugo Lefèvre\nConseiller immobilier\nCroix-Rousse Habitat – 118 boulevard de la Croix-Rousse – 69004 Lyon\n04 78 29 14 63 | 06 18 90 27 44")
faure = Pt("Patrick Faure", "patrick.faure.lyon4@gmail.com", "gmail", "gmail", "\n\nPatrick Faure")
# other clients and partners
perret = Pt("Claudine Perret", "claudine.perret@laposte.example", "ox", "laposte", "\n\nClaudine Perret", ip="86.246.15.92", host="webmail.laposte.example")
bonnet = Pt("Gérard Bonnet", "gerard.bonnet42@gmail.com", "gmail", "gmail", "\n\nG. Bonnet")
rousseau = Pt("Anne Rousseau", "anne.rousseau.lyon@icloud.com", "iphone", "icloud", "\n\nEnvoyé de mon iPhone")
leroux = Pt("Pierre Leroux", "p.leroux@geometres-saone.example", "tb", "ovh",
            "\n\n-- \nPierre Leroux\nGéomètre-expert DPLG\nCabinet Saône Géomètres-Experts – 4 quai Jules Courmont – 69002 Lyon\n04 78 42 90 16", ip="176.180.33.61")
foch = Pt("Marion Dubreuil", "m.dubreuil@foch-immobilier.example", "exo", "exo-foch",
          "\n\nMarion Dubreuil\nAgent immobilier – Foch Immobilier\n30 avenue Maréchal Foch – 69006 Lyon\n04 78 52 08 33", host="PR0P264MB2290")
# notification senders
notadoc = Pt("Espace Client – Office Berthier & Associés", "notifications@berthier-associes.notadoc.example", "notadoc", "notadoc")
docusign = Pt("Laurent Chabert via DocuSign", "dse@eumail.docusign.net", "docusign", "docusign")
chambre = Pt("Chambre des notaires du Rhône", f"communication@chambre-rhone.{OWN}", "sympa", "sympa")
ndf = Pt("Notaires de France – Immobilier", "lettre@immobilier.notaires-de-france.example", "esp", "esp")
teleactes = Pt("Télé@ctes", f"teleactes-ne-pas-repondre@services.{OWN}", "teleactes", "adsn-app")
adsn = Pt("Support Messagerie du notariat", f"support-messagerie@services.{OWN}", "adsnnote", "adsn-app")
daemon = Pt("Mail Delivery System", f"MAILER-DAEMON@mta2.{OWN}", "dsn", "adsn-dsn")

# ================================================================ mail infrastructure
# infra -> (helo/rdns, ip, dkim d, dkim s, dmarc policy or None, envelope domain or None)
INFRA = {
    "adsn-sub": ("smtp-auth1.notaires.example", "10.60.3.21", OWN, "adsn2023", None, None),
    "adsn-zimbra": ("zmb03.notaires.example", "10.60.4.13", OWN, "adsn2023", None, None),
    "adsn-app": ("appli-srv2.services.notaires.example", "10.61.2.22", OWN, "adsn2023", None, None),
    "adsn-dsn": None,
    "sympa": ("listes.notaires.example", "10.60.5.20", OWN, "adsn2023", None, "listes.notaires.example"),
    "orange": ("smtp-25.smtpout.orange.example", "80.12.242.25", "orange.example", "t20230301", "none", None),
    "free": ("smtp2-g21.free.example", "212.27.42.2", "free.example", "smtp-20201208", "none", None),
    "yahoo": ("sonic305-21.consmr.mail.ir2.yahoo.com", "77.238.176.158", "yahoo.fr", "s2048", "reject", None),
    "gmail": ("mail-ej1-f41.google.com", "209.85.218.41", "gmail.com", "20230601", "none", None),
    "gmail-smtp": ("mail-wm1-f54.google.com", "209.85.128.54", "gmail.com", "20230601", "none", None),
    "google-crh": ("mail-sor-f65.google.com", "209.85.220.65", "croixrousse-habitat.example", "google", "none", None),
    "icloud": ("qs51p00im-qukt01072101.me.com", "17.57.155.16", "icloud.com", "1a1hai", "quarantine", None),
    "exo-brotteaux": ("mail-francecentralazon11020107.outbound.protection.outlook.com", "52.101.167.107", "immo-brotteaux.example", "selector1", "none", None),
    "exo-rcc": ("mail-francecentralazon11021094.outbound.protection.outlook.com", "52.101.167.94", "rhonecredit-courtage.example", "selector2", "quarantine", None),
    "exo-ainay": ("mail-francesouthazon11020118.outbound.protection.outlook.com", "52.101.153.118", "ainay-gestion.example", "selector1", "none", None),
    "exo-foch": ("mail-francecentralazon11020076.outbound.protection.outlook.com", "52.101.167.76", "foch-immobilier.example", "selector1", None, None),
    "exo-harcourt": ("mail-cwxgbr01on2123.outbound.protection.outlook.com", "40.107.121.123", "harcourtlane.example", "selector1", "reject", None),
    "bsr": ("esa2.bsr-banque.example", "193.164.151.42", "bsr-banque.example", "esa2022", "reject", None),
    "bsr-notif": ("mailing2.bsr-banque.example", "193.164.151.58", "bsr-banque.example", "mkt2023", "reject", "bounce.bsr-banque.example"),
    "ovh": ("3.mo581.mail-out.ovh.example", "46.105.77.235", None, None, None, None),
    "sfr": ("smtp-out.sfr.example", "93.17.128.121", "sfr.example", "sfr2021", "none", None),
    "laposte": ("smtp-out2.laposte.example", "160.92.124.66", "laposte.example", "lpn-wlmd", "none", None),
    "notadoc": ("mail-out2.notadoc.example", "51.159.86.203", "notadoc.example", "nd1", "quarantine", "bounces.notadoc.example"),
    "docusign": ("mta-eu2.eumail.docusign.net", "185.71.251.36", "eumail.docusign.net", "s1", "reject", None),
    "esp": ("mta-18.news.notaires-de-france.example", "185.41.29.118", "notaires-de-france.example", "mail", "none", "bnc.news.notaires-de-france.example"),
    "outlookcom": ("EUR02-VI1-obe.outbound.protection.outlook.com", "52.100.10.44", "outlook.com", "selector1", "none", None),
    # attackers
    "look-brotteaux": ("mta-12.mailhost-pro.example", "198.54.122.61", "immo-broteaux.example", "default", None, None),
    "look-bsr": ("mail-westeuropeazon11013027.outbound.protection.outlook.com", "52.101.69.27", "bsr-banques.example", "selector1", None, None),
    "fake-esign": ("o1678.relay-notify.example", "167.89.40.12", "esign-notifications.example", "s1", None, "em2911.esign-notifications.example"),
    "fake-lcb": ("mail.verif-conformite.example", "45.137.22.91", "verif-conformite.example", "mail", None, None),
    "fake-vocal": ("srv01.messagerie-vocale-pro.example", "91.215.85.160", "messagerie-vocale-pro.example", "default", None, None),
    "fake-real": ("mx.assistance-cle-real.example", "185.196.8.214", "assistance-cle-real.example", "x", None, None),
}
TENANT = {d: ruuid() for d in ("immo-brotteaux.example", "rhonecredit-courtage.example", "ainay-gestion.example", "foch-immobilier.example",
                               "harcourtlane.example", "bsr-banques.example")}
EXO_SUFFIX = {"exo-harcourt": "GBRP265.PROD.OUTLOOK.COM", "look-bsr": "EURP195.PROD.OUTLOOK.COM"}


def filetime(t): return int((t.timestamp() + 11644473600) * 10 ** 7)


def make_mid(who, client, t, infra=None):
    infra = infra or who.infra
    if client in ("olk", "olk-ext"):
        ft = filetime(t)
        return f"<{R.randint(0, 0x7f):04x}{ft >> 32:08x}${hx(8)}${hx(8)}$@{who.dom}>"
    if client in ("gmail", "gmail_en", "gws", "gmail_spoof"):
        return "<CA" + base64.urlsafe_b64encode(rbytes(42)).decode()[:R.choice((52, 54, 55))] + "@mail.gmail.com>"
    if client in ("exo", "exo_en"):
        host = who.host; suf = EXO_SUFFIX.get(infra, "FRAP264.PROD.OUTLOOK.COM")
        return f"<{host}{HX(16)}@{host}.{suf}>"
    if client == "outlookcom":
        h = f"DB9P194MB{R.randint(1000, 9999)}"; return f"<{h}{HX(16)}@{h}.EURP194.PROD.OUTLOOK.COM>"
    if client == "ex16": return f"<{hx(32)}@{who.host}.bsr.local>"
    if client == "zimbra": return f"<{R.randint(10 ** 8, 10 ** 9 - 1)}.{R.randint(10 ** 7, 10 ** 8 - 1)}.{int(t.timestamp() * 1000)}.JavaMail.zimbra@{OWN}>"
    if client == "zfree": return f"<{R.randint(10 ** 8, 10 ** 9 - 1)}.{R.randint(10 ** 8, 10 ** 9 - 1)}.{int(t.timestamp() * 1000)}.JavaMail.root@{who.host}.priv.proxad.example>"
    if client == "orange": return f"<{R.randint(10 ** 9, 2 * 10 ** 9)}.{R.randint(10000, 99999)}.{int(t.timestamp() * 1000)}.JavaMail.www@wwinf{R.randint(2201, 2248)}>"
    if client in ("iphone", "iphone_en", "iphone-own"): return f"<{ruuid().upper()}@{who.dom}>"
    if client == "yahoo": return f"<{R.randint(10 ** 9, 2 * 10 ** 9)}.{R.randint(10 ** 6, 10 ** 7 - 1)}.{int(t.timestamp() * 1000)}@mail.yahoo.com>"
    if client == "ox": return f"<{R.randint(10 ** 9, 2 * 10 ** 9)}.{R.randint(100000, 999999)}.{int(t.timestamp() * 1000)}@{who.host}>"
    if client in ("tb", "tb_en"): return f"<{ruuid()}@{who.dom}>"
    if client == "roundcube": return f"<{hx(32)}@{who.dom}>"
    if client == "notadoc": return f"<{ruuid()}@notadoc.example>"
    if client == "docusign": return f"<{hx(32)}@docusign.net>"
    if client == "bsrnotif": return f"<{int(t.timestamp())}.{hx(12)}@mailing2.bsr-banque.example>"
    if client == "esp": return f"<{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}@news.notaires-de-france.example>"
    if client in ("teleactes", "adsnnote"): return f"<{int(t.timestamp() * 1000)}.{R.randint(1000, 9999)}.{client}@services.{OWN}>"
    if client == "dsn": return f"<{HX(10)}.{int(t.timestamp())}@mta2.{OWN}>"
    return f"<{hx(20)}@{who.dom}>"


def rfc(t, tz=None): return (t.astimezone(tz) if tz else t).strftime("%a, %d %b %Y %H:%M:%S %z")
def rfcu(t): return t.astimezone(UTC).strftime("%a, %-d %b %Y %H:%M:%S +0000")
def rfcz(t): return t.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000 (UTC)")


def mobile_ip(): return f"37.{R.choice((164, 165, 166, 171))}.{R.randint(1, 250)}.{R.randint(1, 250)}"


def sender_hops(who, infra, client, t, env, orig_ip=None):
    """Received/trace headers written on the sender's side (newest first) and client-side extra trace headers"""
    hops = []; extra = []
    if infra == "adsn-sub":
        if client == "iphone-own":
            hops.append(("Received", f"from smtpclient.apple (unknown [{orig_ip or mobile_ip()}])\n\tby smtp-auth1.{OWN} (Postfix) with ESMTPSA id {HX(10)}\n\tfor <{me.email}>; {rfc(t, PAR)}"))
        else:
            hops.append(("Received", f"from PCOFFICE{R.choice(('03', '05', '07', '11'))} (unknown [{orig_ip or who.ip}])\n\tby smtp-auth1.{OWN} (Postfix) with ESMTPSA id {HX(10)}\n\tfor <{me.email}>; {rfc(t, PAR)}"))
    elif infra == "adsn-zimbra":
        hops.append(("Received", f"from zmb03.{OWN} (zmb03.{OWN} [10.60.4.13])\n\tby mta2.{OWN} (Postfix) with ESMTP id {HX(10)};\n\t{rfc(t, PAR)}"))
        extra.append(("X-Originating-IP", f"[{orig_ip or who.ip}]"))
    elif infra in ("adsn-app", "sympa"):
        hops.append(("Received", f"from {INFRA[infra][0]} ({INFRA[infra][0]} [{INFRA[infra][1]}])\n\tby mta2.{OWN} (Postfix) with ESMTP id {HX(10)};\n\t{rfc(t, PAR)}"))
    elif infra == "orange":
        ww = f"wwinf{R.randint(2201, 2248)}"
        hops.append(("Received", f"from {ww} ([10.232.{R.randint(0, 9)}.{R.randint(1, 250)}])\n\tby mwinf5d{R.randint(10, 79)} with ME\n\tid {alnum(17)}; {rfc(t, PAR)}"))
        ip = orig_ip or who.ip
        extra += [("X-ME-Helo", ww), ("X-ME-Auth", base64.b64encode(who.email.encode()).decode()), ("X-ME-Date", rfc(t, PAR)), ("X-ME-IP", ip)]
    elif infra == "free":
        if client == "zfree":
            hops.append(("Received", f"from {who.host}.priv.proxad.example ({who.host}.priv.proxad.example [172.20.243.{R.randint(100, 130)}])\n\tby smtp2-g21.free.example (Postfix) with ESMTP id {HX(10)}\n\tfor <{me.email}>; {rfc(t, PAR)}"))
        else:
            hops.append(("Received", f"from DESKTOP-{HX(7)} (unknown [{orig_ip}])\n\t(Authenticated sender: {who.email.split('@')[0]})\n\tby smtp2-g21.free.example (Postfix) with ESMTPSA id {HX(10)}\n\tfor <{me.email}>; {rfc(t, PAR)}"))
    elif infra == "yahoo":
        hops.append(("Received", f"from sonic.gate.mail.ne1.yahoo.com by sonic305.consmr.mail.ir2.yahoo.com with HTTP; {rfcu(t)}"))
        extra += [("X-YMail-OSG", alnum(60) + "\n " + alnum(60)), ("X-Sonic-MF", f"<{who.email}>")]
    elif infra in ("gmail", "gmail-smtp", "google-crh"):
        if infra == "gmail-smtp":
            hops.append(("Received", f"from [192.168.1.{R.randint(20, 60)}] (vm{R.randint(1000, 9999)}.vps-host.example. [{orig_ip}])\n        by smtp.gmail.com with ESMTPSA id {hx(16)}sm{R.randint(1000000, 9999999)}.{R.randint(10, 99)}.{t.year}.{R.randint(10, 99)}.{R.randint(10, 99)}\n"
                                     f"        for <{me.email}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {t.astimezone(ZoneInfo('America/Los_Angeles')).strftime('%a, %d %b %Y %H:%M:%S %z (%Z)')}"))
        hops.append(("Received", f"by 2002:a05:{R.randint(6000, 7000)}:{hx(3)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {lo(18)};\n        {t.astimezone(ZoneInfo('America/Los_Angeles')).strftime('%a, %d %b %Y %H:%M:%S %z (%Z)')}"))
        extra += [("X-Google-DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t={int(t.timestamp())}; x={int(t.timestamp()) + 604800};\n        h=to:subject:message-id:date:from:in-reply-to:references:mime-version\n         :x-gm-message-state:from:to:cc:subject:date:message-id:reply-to;\n        bh={b64(32)};\n        b={b64(60)}"),
                  ("X-Gm-Message-State", "AOJu0Y" + alnum(60)), ("X-Gm-Gg", "ASbGnc" + alnum(70)),
                  ("X-Google-Smtp-Source", "AGHT+I" + alnum(70)),
                  ("X-Received", f"by 2002:a17:907:{hx(4)}:b0:{hx(3)}:{hx(4)}:{hx(4)} with SMTP id {lo(20)}.{R.randint(10, 99)}.{int(t.timestamp())}{R.randint(100, 999)};\n        {t.astimezone(ZoneInfo('America/Los_Angeles')).strftime('%a, %d %b %Y %H:%M:%S %z (%Z)')}")]
    elif infra == "icloud":
        hops.append(("Received", f"from smtpclient.apple (qs51p00im-dlb-asmtp-mailmevip.me.com [17.57.155.28])\n\tby qs51p00im-qukt01072101.me.com (Postfix) with ESMTPSA id {HX(12)}\n\tfor <{me.email}>; {rfcz(t)}"))
        extra += [("X-Proofpoint-ORIG-GUID", alnum(32)), ("X-Proofpoint-GUID", alnum(32)),
                  ("X-Proofpoint-Virus-Version", "vendor=baseguard\n engine=ICAP:2.0.293,Aquarius:18.0.1093,Hydra:6.0.680,FMLib:17.12.62.30\n definitions=2024-11-15_01,2024-11-15_01,2020-02-14_11,2022-02-23_01 signatures=0")]
    elif infra.startswith("exo") or infra == "look-bsr" or infra == "outlookcom":
        suf = EXO_SUFFIX.get(infra, "FRAP264.PROD.OUTLOOK.COM")
        if infra == "outlookcom":
            host = f"DB9P194MB{R.randint(1000, 9999)}"; suf = "EURP194.PROD.OUTLOOK.COM"
        else: host = who.host
        host2 = host[:-4] + str(R.randint(1000, 9999))
        hops.append(("Received", f"from {host}.{suf} ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {host}.{suf}\n ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%{R.randint(3, 7)}]) with mapi id 15.20.{R.choice(('8093.020', '8272.013', '8398.021', '8534.018', '8722.031'))}; {rfcu(t)}"))
        hops.insert(0, ("Received", f"from {host}.{suf} (2603:10a6:{hx(3)}:{hx(2)}::{hx(2)}) by\n {host2}.{suf} (2603:10a6:{hx(3)}:{hx(2)}::{hx(1)}) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.031; {rfcu(plus(t, seconds=1))}"))
        arc = [("ARC-Seal", f"i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={b64(120)}"),
               ("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh={b64(32)};\n b={b64(120)}"),
               ("ARC-Authentication-Results", f"i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none")]
        extra += arc
    elif infra == "bsr":
        hops.append(("Received", f"from {who.host}.bsr.local (10.12.4.14) by SRVEXMB02.bsr.local (10.12.4.12)\n with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; {rfc(t, PAR)}"))
        hops.insert(0, ("Received", f"from SRVEXMB02.bsr.local ([10.12.4.12])\n  by esa2.bsr-banque.example with ESMTP/TLS/ECDHE-RSA-AES256-GCM-SHA384; {rfc(plus(t, seconds=2), PAR)}"))
        extra += [("X-IronPort-AV", f"E=Sophos;i=\"6.12,{R.randint(100, 400)},1725314400\"; \n   d=\"scan'208\";a=\"{R.randint(10000000, 99999999)}\"")]
    elif infra == "bsr-notif":
        hops.append(("Received", f"from crm-app3.bsr.local (10.12.9.33) by mailing2.bsr-banque.example with ESMTP id {HX(8)}; {rfc(t, PAR)}"))
    elif infra == "ovh":
        mx = f"mxplan{R.choice((5, 6))}.mail.ovh.example"
        hops.append(("Received", f"from mxplan{R.choice((5, 6))}.mail.ovh.example (unknown [10.108.{R.randint(1, 60)}.{R.randint(1, 250)}])\n\tby mo581.mail-out.ovh.example (Postfix) with ESMTPS id 4X{alnum(8)}\n\tfor <{me.email}>; {rfcz(plus(t, seconds=1))}"))
        hops.append(("Received", f"from [192.168.1.{R.randint(10, 40)}] ({orig_ip or who.ip})\n\tby {mx} (Postfix) with ESMTPSA id 4X{alnum(8)};\n\t{rfc(t, PAR)}"))
        extra += [("X-Ovh-Tracer-Id", dg(19)), ("X-VR-SPAMSTATE", "OK"), ("X-VR-SPAMSCORE", "-100"),
                  ("X-VR-SPAMCAUSE", "gggruggvucftvghtrhhoucdtuddrgeef" + "".join(R.choice("deghiklrtuvy") for _ in range(60)))]
    elif infra in ("sfr", "laposte"):
        h = INFRA[infra][0]
        hops.append(("Received", f"from {who.host} ({who.host} [10.{R.randint(20, 40)}.{R.randint(1, 250)}.{R.randint(1, 250)}])\n\tby {h} (SMTP Server) with ESMTPA id {alnum(16)};\n\t{rfc(t, PAR)}"))
        if client == "olk-ext":
            hops[-1] = ("Received", f"from DESKTOP-{HX(7)} ([{orig_ip}])\n\tby {h} (SMTP Server) with ESMTPSA id {alnum(16)};\n\t{rfc(t, PAR)}")
    elif infra == "notadoc":
        hops.append(("Received", f"from app-worker4.notadoc.internal (10.0.12.4) by mail-out2.notadoc.example (Postfix) with ESMTP id {HX(10)}; {rfc(t, PAR)}"))
    elif infra == "docusign":
        hops.append(("Received", f"from docusign.net (10.{R.randint(100, 120)}.{R.randint(1, 250)}.{R.randint(1, 250)}) by mta-eu2.eumail.docusign.net id {hx(12)} for <{me.email}>; {rfcu(t)}"))
    elif infra == "esp":
        hops.append(("Received", f"from [10.12.40.{R.randint(2, 90)}] by mta-18.news.notaires-de-france.example id {HX(12)}; {rfcu(t)}"))
    elif infra == "look-brotteaux":
        hops.append(("Received", f"from [127.0.0.1] (localhost [127.0.0.1]) (Authenticated sender: l.chabert@immo-broteaux.example)\n\tby mta-12.mailhost-pro.example (Postfix) with ESMTPSA id 4X{alnum(8)}\n\tfor <{me.email}>; {rfc(t, UTC)}"))
    elif infra.startswith("fake"):
        hops.append(("Received", f"from [{orig_ip or '185.225.' + str(R.randint(1, 250)) + '.' + str(R.randint(1, 250))}] (port={R.randint(50000, 65000)} helo=WIN-{HX(11)})\n\tby {INFRA[infra][0]} with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.97.1)\n\t(envelope-from <{env}>)\n\tid 1t{alnum(4)}-000{alnum(3)}-{alnum(2)}\n\tfor {me.email}; {rfc(t, UTC)}"))
    return hops, extra


def transport(who, t, infra, client, env=None, orig_ip=None):
    env = env or who.email
    internal = infra.startswith("adsn") or infra == "sympa"
    tmx = plus(t, seconds=R.randint(2, 40))
    tdel = plus(tmx, seconds=R.randint(1, 4))
    mx = R.choice(("mx1", "mx2")) if not internal else "mta2"
    h = []
    if infra == "adsn-dsn":
        return [("Return-Path", "<>"), ("Received", f"from mta2.{OWN} (LHLO mta2.{OWN}) (10.60.2.12) by zmb07.{OWN} with LMTP; {rfc(tdel, PAR)}"),
                ("Received", f"by mta2.{OWN} (Postfix)\n\tid {HX(10)}; {rfc(t, PAR)}")]
    helo, ip, d, s, dmarc, envdom = INFRA[infra]
    if envdom: env = f"bounce-{hx(6)}-{who.email.replace('@', '=')}@{envdom}" if infra not in ("sympa",) else f"infos-chambre-owner@{envdom}"
    hops, extra = sender_hops(who, infra, client, t, env, orig_ip)
    score = round(R.uniform(-2.9, 1.6), 3)
    tests = ["DKIM_SIGNED=0.1", "DKIM_VALID=-0.1", "DKIM_VALID_AU=-0.1"] if s else []
    tests += ["HTML_MESSAGE=0.001"] if client not in ("tb", "iphone", "iphone_en", "dsn") else []
    tests += ["SPF_PASS=-0.001"] if not internal else ["ALL_TRUSTED=-1"]
    h.append(("Return-Path", f"<{env}>"))
    h.append(("Received", f"from {mx}.{OWN} (LHLO {mx}.{OWN}) (10.60.{1 if not internal else 2}.{12 if mx != 'mx1' else 11}) by zmb07.{OWN} with LMTP; {rfc(tdel, PAR)}"))
    h.append(("Received", f"from localhost (localhost [127.0.0.1])\n\tby {mx}.{OWN} (Postfix) with ESMTP id {HX(10)}\n\tfor <{me.email}>; {rfc(tdel, PAR)}"))
    h += [("X-Virus-Scanned", f"amavis at {OWN}"), ("X-Spam-Flag", "NO"), ("X-Spam-Score", f"{score}"), ("X-Spam-Level", ""),
          ("X-Spam-Status", f"No, score={score} tagged_above=-10 required=6.6\n\ttests=[{', '.join(tests)}]\n\tautolearn=ham autolearn_force=no")]
    if s: h.append(("Authentication-Results", f"{mx}.{OWN} (amavis);\n\tdkim=pass (2048-bit key) header.d={d}"))
    h.append(("Received", f"from {mx}.{OWN} ([127.0.0.1])\n\tby localhost ({mx}.{OWN} [127.0.0.1]) (amavis, port 10032) with ESMTP\n\tid {alnum(12)}; {rfc(tmx, PAR)}"))
    if not internal:
        if dmarc: h.append(("Authentication-Results", f"{mx}.{OWN}; dmarc=pass (p={dmarc} dis=none) header.from={who.email.split('@')[1]}"))
        h.append(("Received-SPF", f"Pass (mailfrom) identity=mailfrom; client-ip={ip}; helo={helo}; envelope-from={env}; receiver=<UNKNOWN>"))
        h.append(("Received", f"from {helo} ({helo} [{ip}])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby {mx}.{OWN} (Postfix) with ESMTPS id 4X{alnum(8)}\n\tfor <{me.email}>; {rfc(tmx, PAR)}"))
    h += hops
    if s:
        hl = "from:to:subject:date:message-id:references:in-reply-to:mime-version:content-type" if not infra.startswith(("exo", "look-bsr", "outlookcom")) else \
             "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"
        h.append(("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d}; s={s};\n\tt={int(t.timestamp())}; bh={b64(32)};\n\th={hl};\n\tb={b64(100)}\n\t {b64(70)}"))
    return h + extra


# ================================================================ client rendering
def flowed(text, width=72):
    """RFC 3676 format=flowed: soft line breaks (trailing space) at about 72 characters, quote depth kept"""
    out = []
    for line in text.split("\n"):
        if line == "-- ": out.append(line); continue
        q = len(line) - len(line.lstrip(">")); pfx = ">" * q + (" " if q else "")
        body = line[q:].lstrip(" ") if q else line
        if len(line) <= width or " " not in body: out.append(line.rstrip(" ") if q else line); continue
        words = body.split(" "); cur = ""
        for w in words:
            if cur and len(pfx) + len(cur) + len(w) + 1 > width: out.append(pfx + cur + " "); cur = w
            else: cur = (cur + " " + w) if cur else w
        out.append(pfx + cur)
    return "\n".join(out)


def _lines(text, pfx="> "): return "\n".join((pfx + l) if l else pfx.rstrip() for l in text.split("\n"))
def _addrlist(lst): return "; ".join(f"{n} <{e}>" if n else e for n, e in lst)
def _zaddr(lst): return ", ".join(f'"{n}" <{e}>' for n, e in lst)
MOIS_AB = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
JOURS_AB = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]


def quote_of(client, q, tz=PAR):
    """plain-text quote block of record q, as the replying client writes it"""
    t = q["t"].astimezone(tz); name, email = q["name"], q["email"]
    if client in ("olk", "olk-ext", "exo", "ex16"):
        rows = [("De", f"{name} <{email}>"), ("Envoyé", f"{jour(t)} {t:%H:%M}"), ("À", _addrlist(q["to"]))]
        if q["cc"]: rows.append(("Cc", _addrlist(q["cc"])))
        rows.append(("Objet", q["subj"]))
        return "\n\n" + "\n".join(f"{k} : {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client == "exo_en":
        rows = [("From", f"{name} <{email}>"), ("Sent", f"{t:%d %B %Y} {t:%H:%M}"), ("To", _addrlist(q["to"]))]
        if q["cc"]: rows.append(("Cc", _addrlist(q["cc"])))
        rows.append(("Subject", q["subj"]))
        return "\n\n________________________________\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + q["plain"]
    if client in ("zimbra", "zfree"):
        rows = [("De", f'"{name}" <{email}>'), ("À", _zaddr(q["to"]))]
        if q["cc"]: rows.append(("Cc", _zaddr(q["cc"])))
        rows += [("Envoyé", f"{JOURS[t.weekday()].capitalize()} {t.day} {MOIS[t.month - 1].capitalize()} {t.year} {t:%H:%M:%S}"), ("Objet", q["subj"])]
        return "\n\n----- Mail original -----\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + _lines(q["plain"])
    if client == "orange":
        return (f"\n\n> Message du {t:%d/%m/%y} {t:%H:%M}\n> De : \"{name}\" <{email}>\n> A : {', '.join(e for _, e in q['to'])}\n"
                f"> Copie à : {', '.join(e for _, e in q['cc'])}\n> Objet : {q['subj']}\n>\n" + _lines(q["plain"]))
    if client in ("gmail", "gws"):
        return f"\n\nLe {JOURS_AB[t.weekday()]} {t.day} {MOIS_AB[t.month - 1]} {t.year} à {t:%H:%M}, {name} <{email}> a écrit :\n\n" + _lines(q["plain"])
    if client in ("gmail_en",):
        return f"\n\nOn {t:%a}, {t.day} {t:%b} {t.year} at {t:%H:%M}, {name} <{email}> wrote:\n\n" + _lines(q["plain"])
    if client == "iphone": return f"\n\n> Le {t.day} {MOIS[t.month - 1]} {t.year} à {t:%H:%M}, {name} <{email}> a écrit :\n> \n" + _lines(q["plain"])
    if client == "iphone-own": return f"\n\n> Le {t.day} {MOIS[t.month - 1]} {t.year} à {t:%H:%M}, {name} <{email}> a écrit :\n> \n" + _lines(q["plain"])
    if client == "iphone_en": return f"\n\n> On {t.day} {t:%b} {t.year}, at {t:%H:%M}, {name} <{email}> wrote:\n> \n" + _lines(q["plain"])
    if client == "yahoo":
        tt = t.astimezone(PAR)
        return (f"\n\n\n    Le {JOURS[tt.weekday()]} {tt.day} {MOIS[tt.month - 1]} {tt.year} à {tt:%H:%M:%S} UTC{'+1' if tt.utcoffset().seconds == 3600 else '+2'}, "
                f"{name} <{email}> a écrit :  \n \n" + _lines(q["plain"], "  "))
    if client == "ox": return f"\n\n> Le {t:%d/%m/%Y} {t:%H:%M} {t.tzname()} {name} <{email}> a écrit :\n> \n> \n" + _lines(q["plain"])
    if client == "tb": return f"\n\nLe {t:%d/%m/%Y} à {t:%H:%M}, {name} a écrit :\n" + _lines(q["plain"])
    if client == "tb_en": return f"\n\nOn {t:%d/%m/%Y} {t:%H:%M}, {name} wrote:\n" + _lines(q["plain"])
    return "\n\n" + _lines(q["plain"])


def html_of(client, plain):
    esc = "<br>\n".join(H.escape(l) for l in plain.split("\n"))
    if client in ("olk", "olk-ext", "ex16"):
        paras = "\n".join(f'<p class="MsoNormal">{H.escape(l) if l else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>' for l in plain.split("\n"))
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type '
                'content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n/* Font Definitions */\n'
                '@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\t'
                'font-family:"Calibri",sans-serif;\n\tmso-fareast-language:EN-US;}\n--></style></head><body lang=FR link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'>'
                '<div class=WordSection1>\n' + paras + "\n</div></body></html>")
    if client in ("exo", "exo_en", "outlookcom"):
        return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                '</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
                + esc + "</div>\n</body>\n</html>")
    if client in ("gmail", "gmail_en", "gws", "gmail_spoof"): return '<div dir="ltr">' + esc + "</div>\n"
    if client in ("zimbra", "zfree"):
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000"><div data-marker="__SIG_PRE__"></div>'
                + esc + "</div></body></html>")
    if client == "orange":
        return "<html><head></head><body><p>" + esc + "</p></body></html>"
    if client == "yahoo":
        return ('<html><head></head><body><div class="ydp4b2c1e9fyahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"><div dir="ltr" data-setdir="false">'
                + esc + "</div></div></body></html>")
    if client == "ox": return '<!doctype html>\n<html>\n <head>\n  <meta charset="UTF-8">\n </head>\n <body>\n  <div class="default-style">\n   ' + esc + "\n  </div>\n </body>\n</html>"
    if client == "roundcube":
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n<p>'
                + esc + "</p>\n</body></html>")
    if client in ("iphone", "iphone_en", "iphone-own"):
        return '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto"><div dir="ltr">' + esc + "</div></body></html>"
    return None


UA = {"olk": ("X-Mailer", "Microsoft Outlook 16.0"), "olk-ext": ("X-Mailer", "Microsoft Outlook 16.0"), "ex16": ("X-Mailer", "Microsoft Outlook 16.0"),
      "zimbra": ("X-Mailer", "Zimbra 10.0.9_GA_4704 (ZimbraWebClient - FF131 (Win)/10.0.9_GA_4704)"),
      "zfree": ("X-Mailer", "Zimbra 8.8.15_GA_4590 (zclient/8.8.15_GA_4590)"),
      "yahoo": ("X-Mailer", "WebService/1.1.23187 YMailNorrin"), "ox": ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev58"),
      "tb": ("User-Agent", "Mozilla Thunderbird"), "tb_en": ("User-Agent", "Mozilla Thunderbird"), "roundcube": ("User-Agent", "Roundcube Webmail/1.6.9"),
      "iphone": ("X-Mailer", "iPhone Mail (22B91)"), "iphone_en": ("X-Mailer", "iPhone Mail (22D72)"), "iphone-own": ("X-Mailer", "iPhone Mail (21H16)")}
OUTLOOKISH = ("olk", "olk-ext", "exo", "exo_en", "ex16", "outlookcom")
GMAILISH = ("gmail", "gmail_en", "gws", "gmail_spoof")


def enc_h(v, client=""):
    if v.isascii(): return v
    words = v.split(" "); i = 0
    while i < len(words) and words[i].isascii(): i += 1
    if i > 0: return " ".join(words[:i]) + " " + _enc_h(" ".join(words[i:]), client)
    return _enc_h(v, client)


def _enc_h(v, client=""):
    """RFC 2047 encoded-words as each client writes them; never splits a character across words"""
    if client in ("olk", "olk-ext", "ex16", "exo"):
        try: v.encode("iso-8859-1"); cs = "iso-8859-1"
        except UnicodeEncodeError: cs = "utf-8"
        safe = "-!*+/"
    elif client in GMAILISH or client in ("iphone", "iphone_en", "zimbra", "zfree", "iphone-own"):
        cs = "UTF-8" if client in GMAILISH else "utf-8"; safe = ""
    else:
        return "=?UTF-8?B?" + base64.b64encode(v.encode()).decode() + "?="
    toks = []
    for ch in v:
        if ch == " ": toks.append("_")
        elif ch.isascii() and (ch.isalnum() or ch in safe): toks.append(ch)
        else: toks.append("".join(f"={b:02X}" for b in ch.encode(cs)))
    out, line = [], ""
    lim = 75 - len(f"=?{cs}?Q??=")
    for tok in toks:
        if line and len(line) + len(tok) > lim: out.append(line); line = ""
        line += tok
    out.append(line)
    return "\n ".join(f"=?{cs}?Q?{p}?=" for p in out)


def addr(n, e, client=""):
    if not n: return e
    if not n.isascii(): return enc_h(n, client) + f" <{e}>"
    return f'"{n}" <{e}>' if any(c in n for c in ".,|()@:;") else f"{n} <{e}>"


pending = []  # (utc, seq, folder, raw, label, scenario)
seq = [0]
G = ("genuine", "genuine-reply"); GH = ("genuine", "genuine-hard"); GO = ("genuine", "genuine-orphan")
def HJ(kind): return ("hijack", kind)


def emit(who, client, t, to, cc, subj, refs, plain, html=None, atts=(), extra=(), label=None, infra=None, env=None, frm=None,
         irt=None, mid=None, tidx=None, topic=None, scen=None, orig_ip=None, folder=None, no_html=False, body_override=None, alt_parts=None):
    infra = infra or who.infra
    m = mid or make_mid(who, client, t, infra)
    folder = folder or ("Sent" if who is me else "INBOX")
    h = []
    if folder == "INBOX": h += transport(who, t, infra, client, env, orig_ip)
    date = t.strftime("%a, %d %b %Y %H:%M:%S %z")
    fromh = frm or addr(who.name, who.email, client)
    toh = ", ".join(addr(n, e, client) for n, e in to)
    cch = ", ".join(addr(n, e, client) for n, e in cc) if cc else None
    reflist = list(refs)
    def refj(sep=" "): return ("\n " if sum(len(x) + 1 for x in reflist) > 200 else sep).join(reflist)
    if client in GMAILISH:
        h += [("MIME-Version", "1.0")]
        if reflist: h += [("References", refj()), ("In-Reply-To", irt or reflist[-1])]
        h += [("From", fromh), ("Date", date), ("Message-ID", m), ("Subject", enc_h(subj, client)), ("To", toh)]
        if cch: h.append(("Cc", cch))
    elif client in ("olk", "olk-ext", "ex16"):
        h += [("From", fromh), ("To", toh)]
        if cch: h.append(("Cc", cch))
        if reflist: h += [("References", "\n\t".join(reflist)), ("In-Reply-To", irt or reflist[-1])]
        h += [("Subject", enc_h(subj, client)), ("Date", date), ("Message-ID", m), ("MIME-Version", "1.0"), UA[client]]
        h += [("Thread-Index", tidx or base64.b64encode(rbytes(22)).decode()), ("Content-Language", "fr")]
        if client == "ex16": h += [("X-MS-Has-Attach", "yes" if atts else ""), ("X-MS-TNEF-Correlator", ""), ("x-originating-ip", f"[10.12.{R.randint(20, 90)}.{R.randint(2, 250)}]"),
                                   ("X-Classification", "C2 - Usage interne et partenaires")]
    elif client in ("exo", "exo_en", "outlookcom"):
        h += [("From", fromh), ("To", toh)]
        if cch: h.append(("Cc", cch))
        h += [("Subject", enc_h(subj, "exo")), ("Thread-Topic", enc_h(topic or subj.split(": ", 1)[-1], "exo")),
              ("Thread-Index", tidx or base64.b64encode(rbytes(22)).decode()), ("Date", date), ("Message-ID", m)]
        if reflist: h += [("References", "\n ".join(reflist)), ("In-Reply-To", irt or reflist[-1])]
        lang = "en-GB" if client == "exo_en" else ("en-US" if client == "outlookcom" else "fr-FR")
        h += [("Accept-Language", lang + (", en-US" if lang != "en-US" else "")), ("Content-Language", lang), ("X-MS-Has-Attach", "yes" if atts else ""),
              ("X-MS-TNEF-Correlator", "")]
        if client != "outlookcom" and folder == "INBOX":
            h += [("msip_labels", ""), ("X-MS-PublicTrafficType", "Email")]
        h += [("MIME-Version", "1.0")]
        if folder == "INBOX" and who.dom in TENANT:
            h += [("X-MS-Exchange-CrossTenant-Network-Message-Id", ruuid()),
                  ("X-MS-Exchange-CrossTenant-originalarrivaltime", f"{t.astimezone(UTC):%d %b %Y %H:%M:%S.%f}"[:-3] + " (UTC)"),
                  ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"), ("X-MS-Exchange-CrossTenant-id", TENANT[who.dom]),
                  ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", who.host[:-4] + str(R.randint(1000, 9999)) if who.host else "DB9P194MB1234")]
    elif client in ("zimbra", "zfree"):
        h += [("Date", rfc(t)), ("From", fromh), ("To", toh)]
        if cch: h.append(("Cc", cch))
        h += [("Message-ID", m)]
        if reflist: h += [("In-Reply-To", irt or reflist[-1]), ("References", refj())]
        h += [("Subject", enc_h(subj, client)), ("MIME-Version", "1.0"), UA[client]]
        if client == "zimbra": h += [("Thread-Topic", enc_h(topic or subj.split(": ", 1)[-1], client)), ("Thread-Index", tidx or base64.b64encode(rbytes(22)).decode())]
        if client == "zfree": h += [("X-Originating-IP", f"[{orig_ip or who.ip}]"), ("X-Authenticated-User", who.email)]
    elif client in ("iphone", "iphone_en", "iphone-own"):
        h += [("Content-Type", None), ("Content-Transfer-Encoding", None), ("Mime-Version", "1.0 (1.0)"), ("Subject", enc_h(subj, client)),
              ("Message-Id", m), ("Date", date), ("Cc", cch) if cch else None]
        if reflist: h += [("References", refj()), ("In-Reply-To", irt or reflist[-1])]
        h += [("To", toh), UA[client], ("From", fromh)]
        h = [x for x in h if x]
    elif client == "orange":
        h += [("Date", rfc(t)), ("From", fromh), ("To", toh)]
        if cch: h.append(("Cc", cch))
        h += [("Message-ID", m)]
        if reflist: h += [("In-Reply-To", irt or reflist[-1]), ("References", refj())]
        h += [("Subject", enc_h(subj, client)), ("MIME-Version", "1.0"), ("X-Originating-IP", f"[{orig_ip or who.ip}]"),
              ("X-WUM-FROM", "|~|"), ("X-WUM-TO", "|~|"), ("X-WUM-CC", "|~|"), ("X-WUM-REPLYTO", "|~|")]
    elif client == "yahoo":
        h += [("Date", rfcz(t)), ("From", fromh), ("Reply-To", fromh), ("To", toh)]
        if cch: h.append(("Cc", cch))
        h += [("Message-ID", m)]
        if reflist: h += [("In-Reply-To", irt or reflist[-1]), ("References", refj())]
        h += [("Subject", enc_h(subj, client)), ("MIME-Version", "1.0"), UA[client]]
    elif client == "ox":
        h += [("Date", rfc(t)), ("From", fromh), ("To", toh)]
        if cch: h.append(("Cc", cch))
        h += [("Message-ID", m)]
        if reflist: h += [("In-Reply-To", irt or reflist[-1]), ("References", refj())]
        h += [("Subject", enc_h(subj, client)), ("MIME-Version", "1.0"), ("X-Priority", "3"), ("Importance", "Normal"), UA[client],
              ("X-Originating-Client", "open-xchange-appsuite"), ("X-Originating-IP", orig_ip or who.ip)]
    elif client in ("tb", "tb_en", "roundcube"):
        h += [("Message-ID", m), ("Date", date)]
        if client == "roundcube": h = [x for x in h if x[0] != "Date"] + [("Date", date)]
        h += [("MIME-Version", "1.0"), UA[client]]
        if client != "roundcube": h.append(("Content-Language", "fr" if client == "tb" else "en-US"))
        h += [("To", toh)]
        if cch: h.append(("Cc", cch))
        if reflist: h += [("References", refj()), ("In-Reply-To", irt or reflist[-1])]
        h += [("From", fromh), ("Subject", enc_h(subj, client))]
        if client == "roundcube": h += [("X-Sender", who.email)]
    else:
        h += [("From", fromh), ("To", toh)]
        if cch: h.append(("Cc", cch))
        h += [("Subject", enc_h(subj, client)), ("Date", date), ("Message-ID", m)]
        if reflist: h += [("In-Reply-To", irt or reflist[-1]), ("References", refj())]
        h += [("MIME-Version", "1.0")]
    h += list(extra)
    # ---- body
    if html is None and not no_html: html = html_of(client, plain)
    def bnd():
        if client in GMAILISH: return "000000000000" + hx(16)
        if client in ("olk", "olk-ext"): return f"----=_NextPart_000_{HX(4)}_01DB{HX(4)}.{HX(8)}"
        if client == "ex16": return f"_000_{hx(32)}SRVEXMB04bsrlocal_"
        if client in ("exo", "exo_en", "outlookcom"): return f"_000_{(who.host or 'DB9P194MB1234')}{HX(16)}_"
        if client in ("zimbra", "zfree"): return f"=_{ruuid()}"
        if client in ("iphone", "iphone_en", "iphone-own"): return f"Apple-Mail-{ruuid().upper()}"
        if client in ("tb", "tb_en"): return "------------" + alnum(24)
        if client == "yahoo": return f"----=_Part_{R.randint(1000000, 9999999)}_{R.randint(10 ** 8, 10 ** 9)}.{int(t.timestamp() * 1000)}"
        if client in ("ox", "orange"): return f"----=_Part_{R.randint(10000, 999999)}_{R.randint(10 ** 8, 10 ** 9)}.{int(t.timestamp() * 1000)}"
        if client == "roundcube": return "=_" + hx(32)
        return "=_" + hx(28)
    def textpart(ctype, text):
        data = text.encode("utf-8")
        if client in ("tb", "tb_en") and ctype == "text/plain":
            return ["Content-Type: text/plain; charset=UTF-8; format=flowed", "Content-Transfer-Encoding: " + ("7bit" if text.isascii() else "8bit"), "", flowed(text)]
        if client in ("iphone", "iphone_en", "iphone-own"):
            if text.isascii(): return [f"Content-Type: {ctype};\n\tcharset=us-ascii", "Content-Transfer-Encoding: 7bit", "", text]
            return [f"Content-Type: {ctype};\n\tcharset=utf-8", "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]
        if client in GMAILISH:
            if text.isascii() and max(len(x) for x in text.split("\n")) < 990: return [f'Content-Type: {ctype}; charset="UTF-8"', "", text]
            return [f'Content-Type: {ctype}; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]
        if client == "yahoo" or client == "ox": return [f"Content-Type: {ctype}; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]
        cs = '"utf-8"' if client in OUTLOOKISH else "utf-8"
        if text.isascii() and client in ("notadoc", "esp", "docusign", "bsrnotif", "teleactes", "adsnnote", "dsn", "sympa"):
            return [f"Content-Type: {ctype}; charset={cs}", "Content-Transfer-Encoding: 7bit", "", text]
        return [f"Content-Type: {ctype}; charset={cs}", "Content-Transfer-Encoding: quoted-printable", "", quopri.encodestring(data).decode("ascii")]
    if body_override is not None:
        body = body_override
    else:
        alt = textpart("text/plain", plain)
        if html or alt_parts:
            ab = bnd(); alt = [f'Content-Type: multipart/alternative;\n\tboundary="{ab}"', "", f"--{ab}"] + textpart("text/plain", plain)
            if html: alt += [f"--{ab}"] + textpart("text/html", html)
            for ctype, payload in (alt_parts or []):
                alt += [f"--{ab}", f"Content-Type: {ctype}", "Content-Transfer-Encoding: base64", "", base64.encodebytes(payload.encode()).decode().rstrip("\n")]
            alt += [f"--{ab}--"]
        if atts:
            mb = bnd(); body = [f'Content-Type: multipart/mixed;\n\tboundary="{mb}"', "", f"--{mb}"] + alt
            for name, data, ctype in atts:
                fname = name if name.isascii() else enc_h(name, client)
                if client in GMAILISH:
                    body += [f"--{mb}", f'Content-Type: {ctype}; name="{fname}"', f'Content-Disposition: attachment; filename="{fname}"', "Content-Transfer-Encoding: base64",
                             f"Content-ID: <f_{lo(9)}0>", f"X-Attachment-Id: f_{lo(9)}0", "", base64.encodebytes(data).decode().rstrip("\n")]
                elif client in ("exo", "exo_en", "ex16", "outlookcom"):
                    body += [f"--{mb}", f'Content-Type: {ctype}; name="{fname}"', f"Content-Description: {fname}",
                             f'Content-Disposition: attachment; filename="{fname}"; size={len(data)};\n\tcreation-date="{rfcu(t)}";\n\tmodification-date="{rfcu(t)}"',
                             "Content-Transfer-Encoding: base64", "", base64.encodebytes(data).decode().rstrip("\n")]
                elif client in ("iphone", "iphone_en", "iphone-own"):
                    body += [f"--{mb}", "Content-Disposition: attachment;\n\tfilename=" + fname, f"Content-Type: {ctype};\n\tx-unix-mode=0644;\n\tname=\"{fname}\"",
                             "Content-Transfer-Encoding: base64", "", base64.encodebytes(data).decode().rstrip("\n")]
                else:
                    body += [f"--{mb}", f'Content-Type: {ctype};\n\tname="{fname}"', "Content-Transfer-Encoding: base64",
                             f'Content-Disposition: attachment;\n\tfilename="{fname}"', "", base64.encodebytes(data).decode().rstrip("\n")]
            body += [f"--{mb}--"]
        else: body = alt
    # iPhone puts Content-Type first among its own headers
    if client in ("iphone", "iphone_en", "iphone-own"):
        ct_lines = []; i = 0
        first = body[0]; rest = body[1:]
        ctl = [first]
        while rest and rest[0] != "":
            ctl.append(rest[0]); rest = rest[1:]
        ctype_val = "\n".join(ctl)[len("Content-Type: "):]
        cte = None
        for l in ctl[1:]:
            if l.startswith("Content-Transfer-Encoding:"): cte = l.split(": ", 1)[1]
        ctype_val = ctype_val.split("\nContent-Transfer-Encoding:")[0]
        newh = []
        for k, v in h:
            if k == "Content-Type": newh.append((k, ctype_val))
            elif k == "Content-Transfer-Encoding":
                if cte: newh.append((k, cte))
            else: newh.append((k, v))
        h = newh; body = rest[1:] if rest and rest[0] == "" else rest
        body = [""] + body
        raw = "\r\n".join(f"{k}: {v}".replace("\n", "\r\n") for k, v in h) + "\r\n" + "\r\n".join(body).replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n"
    else:
        raw = "\r\n".join(f"{k}: {v}".replace("\n", "\r\n") for k, v in h) + "\r\n" + "\r\n".join(body).replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n"
    seq[0] += 1
    pending.append((t.astimezone(UTC), seq[0], folder, raw, (m, label) if label else None, scen))
    return m


class Thread:
    def __init__(s, tid, partner, subj, start=None):
        s.tid, s.p, s.subj, s.refs, s.last = tid, partner, subj, [], None
        s.tbase = None; s.blocks = []; s.np = 0; s.recs = []

    def tindex(s, t):
        if s.tbase is None: s.tbase = filetime(t).to_bytes(8, "big")[:6] + rbytes(16)
        while len(s.blocks) < len(s.refs): s.blocks.append(bytes([R.randint(0, 0x7f)]) + rbytes(4))
        return base64.b64encode(s.tbase + b"".join(s.blocks[:len(s.refs)])).decode()

    def add(s, who, t, text, label=None, client=None, to=None, cc=None, sig=True, quote=True, subj=None, scen=None, quote_text=None,
            detached=False, qtz=None, prefix=None, qclient=None, qrec=None, **kw):
        client = client or who.client
        plain = text + (who.sig if sig is True else (sig or ""))
        if who is me and sig is True and (s.p.lang == "en"): plain = text + SIG_ME_EN
        if quote and (qrec or s.last):
            q = dict(qrec or s.last)
            if quote_text is not None: q["plain"] = quote_text
            plain += quote_of(qclient or client, q, qtz or who.tz)
        if subj is None:
            if not s.refs: subj = s.subj
            else:
                pf = prefix or ("RE: " if client in OUTLOOKISH else ("Re: " if client not in ("orange",) else "Re: "))
                subj = s.subj if s.subj.lower().startswith(("re:", "re :")) else pf + s.subj
        if to is None: to = [(s.p.name, s.p.email)] if who is me else [(me.name, me.email)]
        if label == G and scen is None:
            s.np += 1
            scen = (f"P-{s.tid}-{s.np}", f"plain in-thread reply from {who.name} in {s.tid} '{s.subj}'")
        if "tidx" not in kw: kw["tidx"] = s.tindex(t)
        refs = list(s.refs)
        if qrec is not None and qrec.get("mid") in refs: refs = refs[:refs.index(qrec["mid"]) + 1]
        m = emit(who, client, t, to, cc, subj, refs, plain, label=label, topic=s.subj, scen=scen, **kw)
        if detached: return m
        s.refs.append(m)
        s.last = dict(t=t, name=who.name, email=who.email, plain=plain, subj=subj, to=to, cc=cc or [], mid=m)
        s.recs.append(s.last)
        return m


# ================================================================ notification helpers
ME_TO = [(me.name, me.email)]
NOTA_BASE = "https://berthier-associes.notadoc.example"


def notadoc_note(t, subj, text, path, label=None, scen=None, to=None, reply_to=None):
    link = f"{NOTA_BASE}{path}"
    plain = (text + f"\n\nAccéder à l'espace sécurisé : {link}\n\n--\nEspace Client sécurisé de l'Office notarial Berthier, Vasseur & Associés\n"
             "Ce message est envoyé automatiquement, merci de ne pas y répondre.\nNotaDoc – plateforme d'échange sécurisée pour les offices notariaux")
    html = ('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>NotaDoc</title></head><body style="margin:0;background:#f4f5f7">'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">'
            '<table role="presentation" width="580" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;border-top:4px solid #1f3a5f">'
            f'<tr><td style="padding:20px 28px"><img src="{NOTA_BASE}/static/logo-office.png" alt="Office notarial Berthier, Vasseur &amp; Associés" height="42"></td></tr>'
            '<tr><td style="padding:0 28px 8px 28px">' + "<br>".join(H.escape(l) for l in text.split("\n")) + "</td></tr>"
            f'<tr><td style="padding:16px 28px"><a href="{link}" style="background:#1f3a5f;color:#fff;text-decoration:none;padding:10px 18px;border-radius:3px;display:inline-block">'
            'Accéder à l\'espace sécurisé</a></td></tr><tr><td style="padding:12px 28px 24px 28px;font-size:11px;color:#888">Ce message est envoyé automatiquement, merci de ne pas y répondre.<br>'
            'NotaDoc – plateforme d\'échange sécurisée pour les offices notariaux</td></tr></table></td></tr></table></body></html>')
    extra = [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("X-Mailer", "NotaDoc Notifier 4.12.3")]
    if reply_to: extra.append(("Reply-To", reply_to))
    return emit(notadoc, "notadoc", t, to or ME_TO, None, subj, [], plain, html=html, extra=extra, label=label, scen=scen)


LIST_SEQ = [412]
CHAMBRE_FOOT = ("\n\n_______________________________________________\nInfos-Chambre – liste d'information de la Chambre des notaires du Rhône\n"
                "infos-chambre@listes.notaires.example\nSe désabonner : https://listes.notaires.example/sympa/signoff/infos-chambre")


def chambre_post(t, subj, text, label=None, scen=None, atts=()):
    LIST_SEQ[0] += R.randint(1, 3)
    plain = text + "\n\nLe service communication\nChambre des notaires du Rhône – 8 rue de la Bourse – 69002 Lyon" + CHAMBRE_FOOT
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="FR" style="font-family:Calibri,sans-serif;font-size:11pt">'
            + "<br>\n".join(H.escape(l) for l in plain.split("\n")) + "</body></html>")
    lid = "infos-chambre.listes.notaires.example"
    extra = [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr"),
             ("List-Id", f"Infos-Chambre <{lid}>"), ("List-Help", "<mailto:sympa@listes.notaires.example?subject=help>"),
             ("List-Subscribe", "<mailto:sympa@listes.notaires.example?subject=subscribe%20infos-chambre>"),
             ("List-Unsubscribe", "<mailto:sympa@listes.notaires.example?subject=unsubscribe%20infos-chambre>"), ("List-Post", "NO"),
             ("List-Owner", "<mailto:infos-chambre-request@listes.notaires.example>"), ("List-Archive", "<https://listes.notaires.example/sympa/arc/infos-chambre>"),
             ("Precedence", "list"), ("X-Loop", "infos-chambre@listes.notaires.example"), ("X-Sequence", str(LIST_SEQ[0])),
             ("Errors-To", "infos-chambre-owner@listes.notaires.example"), ("Sender", "infos-chambre-request@listes.notaires.example")]
    m = f"<{R.randint(0, 0x7f):04x}{filetime(t) >> 32:08x}${hx(8)}${hx(8)}$@chambre-rhone.{OWN}>"
    emit(chambre, "sympa", t, [("Infos-Chambre", "infos-chambre@listes.notaires.example")], None, "[Infos-Chambre] " + subj, [], plain, html=html,
         extra=extra, label=label, scen=scen, atts=atts, mid=m)
    return dict(t=t, name=chambre.name, email=chambre.email, plain=plain, subj="[Infos-Chambre] " + subj, to=[("Infos-Chambre", "infos-chambre@listes.notaires.example")], cc=[], mid=m)


def ndf_letter(t, subj, items):
    cid = alnum(10)
    plain = (f"{subj}\n\n" + "\n\n".join(f"{a}\n{b}\nLire la suite : https://immobilier.notaires-de-france.example/actu/{lo(8)}?utm_source=lettre&utm_medium=email&utm_campaign={cid}" for a, b in items)
             + "\n\nVous recevez cette lettre en tant que professionnel du notariat.\nSe désinscrire : https://news.notaires-de-france.example/u/" + alnum(24)
             + "\nNotaires de France – Lettre de conjoncture immobilière")
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head><body style="margin:0;background:#eef1f4">'
            '<center><table width="640" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Georgia,serif;color:#1c2b39">'
            f'<tr><td style="background:#00355f;padding:18px"><img src="https://news.notaires-de-france.example/img/logo-ndf.png" alt="Notaires de France" width="180"></td></tr>'
            f'<tr><td style="padding:20px"><h1 style="font-size:22px">{H.escape(subj)}</h1>'
            + "".join(f'<h2 style="font-size:17px">{H.escape(a)}</h2><p>{H.escape(b)}</p><p><a href="https://immobilier.notaires-de-france.example/actu/{lo(8)}?utm_source=lettre&amp;utm_medium=email&amp;utm_campaign={cid}">Lire la suite</a></p>' for a, b in items)
            + f'</td></tr><tr><td style="padding:16px;font-size:11px;color:#777">Se désinscrire : <a href="https://news.notaires-de-france.example/u/{alnum(24)}">cliquez ici</a></td></tr>'
            f'</table><img src="https://news.notaires-de-france.example/o/{alnum(30)}.gif" width="1" height="1" alt=""></center></body></html>')
    extra = [("List-Unsubscribe", f"<https://news.notaires-de-france.example/u/{alnum(24)}>, <mailto:unsub-{lo(16)}@news.notaires-de-france.example>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Feedback-ID", f"{R.randint(100, 999)}:{cid}:newsletter:ndf"), ("Precedence", "bulk"),
             ("X-Campaign-Id", cid)]
    emit(ndf, "esp", t, ME_TO, None, subj, [], plain, html=html, extra=extra)


def teleactes_note(t, subj, text, label=None, scen=None, atts=()):
    plain = (text + "\n\nCe courriel est généré automatiquement par le service Télé@ctes. Ne pas répondre.\n"
             "Consultez le suivi de vos dépôts dans votre logiciel de rédaction d'actes ou sur https://teleactes.services.notaires.example")
    extra = [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("Precedence", "bulk")]
    return emit(teleactes, "teleactes", t, ME_TO, None, subj, [], plain, no_html=True, extra=extra, label=label, scen=scen, atts=atts)


def adsn_note(t, subj, text):
    plain = text + "\n\nLe support Messagerie du notariat\n0 800 40 31 31 (appel gratuit) – du lundi au vendredi, 8h-19h"
    emit(adsn, "adsnnote", t, ME_TO, None, subj, [], plain, extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
         html='<html><body style="font-family:Arial,sans-serif;font-size:13px">' + "<br>".join(H.escape(l) for l in plain.split("\n")) + "</body></html>")


def bsr_note(t, subj, text, label=None, scen=None):
    link = "https://partenaires.bsr-banque.example/notaires/messagerie"
    plain = text + f"\n\nConsultez votre messagerie sécurisée : {link}\n\nBanque Saône-Rhône – Espace Partenaires Notaires\nMessage automatique, merci de ne pas répondre."
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#333"><table width="600"><tr><td style="background:#003b70;padding:12px">'
            '<img src="https://partenaires.bsr-banque.example/static/logo-bsr-blanc.png" alt="Banque Saône-Rhône" height="32"></td></tr><tr><td style="padding:16px">'
            + "<br>".join(H.escape(l) for l in text.split("\n")) + f'<p><a href="{link}">Accéder à ma messagerie sécurisée</a></p>'
            '<p style="font-size:11px;color:#888">Message automatique, merci de ne pas répondre.</p></td></tr></table></body></html>')
    return emit(bsrnotif, "bsrnotif", t, ME_TO, None, subj, [], plain, html=html, extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
                label=label, scen=scen)


def ics(uid, summary, start, end, organizer, attendees, location, description, method="REQUEST", prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"):
    def dt(x): return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    desc = description.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", f"METHOD:{method}", "BEGIN:VEVENT",
             f"ORGANIZER;CN=\"{organizer[0]}\":mailto:{organizer[1]}"]
    lines += [f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"{n}\":mailto:{e}" for n, e in attendees]
    lines += [f"UID:{uid}", f"SUMMARY;LANGUAGE=fr-FR:{summary}", f"DTSTART:{dt(start)}", f"DTEND:{dt(end)}", f"DTSTAMP:{dt(start - datetime.timedelta(days=4))}",
              f"LOCATION:{location}", f"DESCRIPTION:{desc}", "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE",
              "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:REMINDER", "TRIGGER:-PT15M", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    out = []
    for l in lines:
        while len(l.encode()) > 74:
            cut = 74
            while len(l[:cut].encode()) > 74: cut -= 1
            out.append(l[:cut]); l = " " + l[cut:]
        out.append(l)
    return "\r\n".join(out) + "\r\n"


def rib_pdf(holder, bank, iban, bic, addr_lines=(), when="20240916180000", producer="Crédit Agricole – Édition RIB", zone="+02'00'"):
    b = iban[4:9]; g = iban[9:14]; c = iban[14:25]; k = iban[25:27]
    lines = ["RELEVE D'IDENTITE BANCAIRE", "", f"Titulaire du compte : {holder}", *addr_lines, "", f"Domiciliation : {bank}", "",
             "Code banque   Code guichet   Numéro de compte   Clé RIB", f"{b}         {g}          {c}        {k}", "",
             f"IBAN : {spaced(iban)}", f"BIC : {bic}", "", "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou débiteurs",
             "appelés à faire inscrire des opérations à votre compte (virements, paiements de quittances, etc.)."]
    return pdf(lines, producer=producer, when=when, zone=zone, title="RIB")


# ================================================================ DOSSIER 1 – vente Girard -> Nguyen / Marchal, 27 rue Vauban, Lyon 6e
SUBJ1 = "Vente Girard / Nguyen-Marchal – 27 rue Vauban – ouverture du dossier"
t1 = Thread("T1", bernard, SUBJ1)
t1.add(me, at(2024, 9, 12, 10, 5),
       "Madame, Monsieur,\n\nL'agence Immobilière des Brotteaux nous a informés de la vente de votre appartement situé 27 rue Vauban à Lyon 6e (lots n° 14 et 32) "
       "à Mme Thi Mai Nguyen et M. Julien Marchal, au prix de 397 000 €. Maître Berthier est chargé de la rédaction de l'acte et j'assurerai le suivi de votre dossier.\n\n"
       "Afin de préparer l'avant-contrat, je vous remercie de bien vouloir nous transmettre :\n"
       "- la copie de vos pièces d'identité et de votre livret de famille ;\n- votre titre de propriété (acte d'acquisition de 2011) ;\n"
       "- le dernier avis de taxe foncière ;\n- les coordonnées de votre syndic et les trois derniers procès-verbaux d'assemblée générale si vous les avez ;\n"
       "- le tableau d'amortissement du prêt en cours auprès du Crédit Agricole, qui sera remboursé sur le prix ;\n"
       "- un RIB à vos deux noms, pour le versement du prix le jour venu.\n\n"
       "Vous pouvez nous adresser ces pièces par retour de courriel ou les déposer sur votre espace client sécurisé, dont vous allez recevoir l'invitation.")
t1.add(bernard, at(2024, 9, 16, 18, 42),
       "Bonsoir Madame Fontaine,\n\nVoici une première partie des documents : le titre de propriété (scanné, désolé pour la qualité), la taxe foncière 2024, "
       "le tableau d'amortissement du prêt et notre RIB au Crédit Agricole. Les cartes d'identité suivront, ma femme doit refaire la sienne.\n\n"
       "Le syndic est la Régie Ainay Gestion, notre gestionnaire est Mme Masson.\n\nBien cordialement", GH,
       scen=("G1", "seller sends his real RIB (PDF) with the first documents, as the clerk asked in her opening mail"),
       atts=[("Titre_propriete_Girard_2011.pdf", pdf(["Acte de vente du 14 avril 2011 – copie scannée", "Lots 14 et 32 – 27 rue Vauban – 69006 Lyon"],
                                                     producer="HP Scan", when="20240916183900"), "application/pdf"),
             ("TF_2024.pdf", pdf(["AVIS D'IMPOT 2024 – TAXES FONCIERES", "Montant : 1 284 €"], producer="DGFiP", when="20240903101500"), "application/pdf"),
             ("Tableau_amortissement_CA.pdf", pdf(["Crédit Agricole Centre-Est – Prêt Habitat n° 0048712", "Capital restant dû au 05/09/2024 : 61 412,37 €"],
                                                  producer="CA-CEST", when="20240905080000"), "application/pdf"),
             ("RIB_Girard.pdf", rib_pdf("M. OU MME GIRARD BERNARD", "CA CENTRE-EST – LYON MONPLAISIR", IBAN_GIRARD, "AGRIFRPP878",
                                        ("27 RUE VAUBAN", "69006 LYON")), "application/pdf")])
t1.add(me, at(2024, 9, 17, 9, 20),
       "Monsieur,\n\nMerci pour ces documents, bien reçus. Nous avons enregistré votre RIB au dossier ; conformément à nos procédures, nous le vérifierons avec vous "
       "par téléphone avant tout virement.\n\nPourriez-vous également compléter le questionnaire vendeur ci-joint (travaux réalisés, sinistres, procédures en cours "
       "avec la copropriété) ?", atts=[("Questionnaire_vendeur.pdf", pdf(["Questionnaire vendeur – lot de copropriété", "1. Travaux réalisés depuis l'acquisition",
                                                                         "2. Sinistres", "3. Procédures"], when="20240917091500", zone="+02'00'"), "application/pdf")])
t1.add(bernard, at(2024, 9, 24, 20, 15),
       "Bonsoir,\n\nVoici nos réponses au questionnaire :\n1. Travaux : remplacement des fenêtres en 2019 (Menuiserie Lyonnaise, facture disponible), "
       "salle de bains refaite en 2021 par nous-mêmes.\n2. Un dégât des eaux en 2022 venant du voisin du dessus, réglé par les assurances.\n"
       "3. Aucune procédure à notre connaissance.\n\nLes cartes d'identité sont déposées sur l'espace client.\n\nCordialement", G)
t1.add(me, at(2024, 10, 1, 11, 2),
       "Monsieur,\n\nL'agence nous informe que le compromis sera signé électroniquement (DocuSign) à partir du 7 octobre. Nous avons relu le projet et demandé deux "
       "corrections, notamment l'ajout de la cave (lot 32) dans la désignation.\n\nLes acquéreurs disposeront ensuite d'un délai de rétractation de dix jours. "
       "La réitération par acte authentique est envisagée pour mi-janvier, sous réserve de l'obtention de leur prêt.")
t1.add(bernard, at(2024, 10, 1, 19, 30), "Bonsoir,\n\nBien noté, merci pour ces précisions. Nous signerons dès réception.\n\nCordialement", G)
t1.add(me, at(2024, 11, 22, 14, 10),
       "Monsieur,\n\nJe vous informe que les acquéreurs ont reçu leur offre de prêt de la Banque Saône-Rhône. Nous pouvons donc envisager la signature de l'acte de vente "
       "le jeudi 16 janvier 2025 à 10h00 à l'office. Cette date vous conviendrait-elle ?")
t1.add(bernard, at(2024, 11, 23, 10, 5),
       "Bonjour,\n\nLe 16 janvier nous convient très bien. Nous partons nous installer au Portugal en mars, le calendrier est parfait.\n\nBien à vous", G)
t1.add(me, at(2024, 12, 10, 15, 30),
       "Monsieur,\n\nJe vous confirme le rendez-vous de signature le jeudi 16 janvier 2025 à 10h00 à l'office, 24 cours Franklin Roosevelt. Merci de vous munir de vos pièces "
       "d'identité en cours de validité et de l'ensemble des clés, badges et télécommandes.\n\nPour préparer le versement du prix, pourriez-vous nous retourner votre RIB "
       "à jour ? Le solde du prêt Crédit Agricole sera remboursé directement par l'office sur le prix.")
t1.add(bernard, at(2024, 12, 11, 8, 52),
       "Bonjour Madame Fontaine,\n\nComme demandé, je vous renvoie notre RIB. Il n'a pas changé depuis septembre, c'est toujours le même compte au Crédit Agricole.\n\n"
       "Bonne journée", GH, scen=("G2", "seller resends the same, unchanged RIB before signing, at the clerk's request (same bank, same IBAN as in September)"),
       atts=[("RIB_Girard.pdf", rib_pdf("M. OU MME GIRARD BERNARD", "CA CENTRE-EST – LYON MONPLAISIR", IBAN_GIRARD, "AGRIFRPP878",
                                        ("27 RUE VAUBAN", "69006 LYON"), when="20241211084900", zone="+01'00'"), "application/pdf")])
t1.add(me, at(2024, 12, 11, 11, 40),
       "Monsieur,\n\nMerci. J'ai vérifié ce matin le RIB par téléphone avec Mme Girard, au numéro figurant au dossier : il est identique à celui de septembre. "
       "Il est enregistré pour le versement du prix.")
t1.add(me, at(2025, 1, 16, 17, 45),
       "Madame, Monsieur,\n\nMerci encore pour ce matin. L'acte est signé ; nous allons maintenant rembourser le prêt Crédit Agricole (nous attendons le décompte définitif) "
       "puis vous verser le solde du prix sur votre compte habituel, dans un délai de quelques jours ouvrés.\n\nJe vous tiendrai informés du virement.")
a1_rib = rib_pdf("M. OU MME GIRARD BERNARD", "NUVEO BANQUE EN LIGNE – SERVICE CLIENTS", IBAN_A1, "NUVBFRP2XXX", ("27 RUE VAUBAN", "69006 LYON"),
                 when="20250117073100", zone="+01'00'", producer="Microsoft: Print To PDF")
t1.add(bernard, at(2025, 1, 17, 7, 48),
       "Bonjour Madame Fontaine,\n\nMerci encore pour votre accueil hier à l'office, tout s'est très bien passé.\n\nComme nous l'avons évoqué rapidement en fin de rendez-vous, "
       "nous avons clôturé la semaine dernière notre compte au Crédit Agricole : nous regroupons tout sur un compte en ligne en vue de notre installation au Portugal. "
       "Le compte dont vous avez le RIB ne pourra donc plus recevoir de virement.\n\nJe vous joins le RIB de notre nouveau compte, ouvert à nos deux noms. "
       "Merci de bien vouloir effectuer le versement du solde du prix sur ce compte.\n\nNous sommes sur la route toute la journée et difficilement joignables par téléphone, "
       "mais vous pouvez me répondre par mail.\n\nBien cordialement", HJ("server-hijack"), orig_ip="45.87.213.40",
       scen=("A1", "seller's real Orange webmail (same headers, other IP): day after signing, asks to pay the sale price to a new online-bank RIB (PDF), unreachable by phone; faithful quote"),
       atts=[("RIB_Girard_nouveau_compte.pdf", a1_rib, "application/pdf")])
t1.add(me, at(2025, 1, 17, 9, 15),
       "Monsieur,\n\nNous avons reçu ce matin un message à votre nom demandant de verser le prix sur un nouveau compte. Par sécurité, l'office ne modifie jamais des coordonnées "
       "bancaires sur la foi d'un courriel. Je vais vous appeler au numéro figurant au dossier. Aucun virement ne sera effectué d'ici là.")
t1.add(bernard, at(2025, 1, 17, 12, 30),
       "Madame Fontaine,\n\nSuite à votre appel : nous n'avons JAMAIS envoyé ce message, et nous n'avons pas changé de banque. Mon fils a changé le mot de passe de la "
       "messagerie et nous allons prévenir Orange. Merci beaucoup pour votre vigilance, nous étions sous le choc.\n\nNotre compte reste celui du Crédit Agricole.\n\nBernard Girard", G)
t1.add(me, at(2025, 1, 21, 10, 20),
       "Monsieur,\n\nLe prêt Crédit Agricole a été remboursé et le solde du prix, soit 334 187,63 €, a été viré ce jour sur votre compte Crédit Agricole habituel "
       "(IBAN se terminant par …" + IBAN_GIRARD[-4:] + "), vérifié avec vous par téléphone. Vous trouverez ci-joint le décompte vendeur.",
       atts=[("Decompte_vendeur_Girard.pdf", pdf(["Décompte vendeur – Vente Girard / Nguyen-Marchal", "Prix : 397 000,00 €", "Remboursement prêt CA : - 61 058,14 €",
                                                  "Frais de mainlevée et divers : - 1 754,23 €", "Solde versé : 334 187,63 €"], when="20250121101500"), "application/pdf")])
t1.add(bernard, at(2025, 1, 21, 18, 5), "Bonsoir,\n\nVirement bien reçu, merci pour tout et bonne continuation à toute l'équipe.\n\nBernard et Monique", G)

# ---------------------------------------------------------------- T2 buyers Nguyen / Marchal
SUBJ2 = "Achat appartement 27 rue Vauban – Nguyen / Marchal"
t2 = Thread("T2", julien, SUBJ2)
t2.add(julien, at(2024, 9, 20, 21, 14),
       "Bonjour Madame,\n\nNous sommes les acquéreurs de l'appartement de M. et Mme Girard au 27 rue Vauban. L'agence nous a transmis vos coordonnées. "
       "Nous n'avons pas de notaire de famille et nous souhaiterions que votre office s'occupe de la vente pour les deux parties, si c'est possible.\n\n"
       "Quels documents devons-nous vous fournir ?\n\nBien cordialement", to=ME_TO, cc=[(mai.name, mai.email)])
typo_mid = t2.add(me, at(2024, 9, 23, 9, 31), "Madame, Monsieur,\n\nMerci pour votre message. Maître Berthier accepte d'intervenir pour les deux parties.",
       to=[(julien.name, "julien.marchal.lyom@gmail.com")], cc=[(mai.name, mai.email)], detached=True)
dsn_t = at(2024, 9, 23, 9, 31)
dsn_plain = ("This is the mail system at host mta2.notaires.example.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
             "It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\n"
             "delete your own text from the attached returned message.\n\n                   The mail system\n\n<julien.marchal.lyom@gmail.com>: host\n"
             "    gmail-smtp-in.l.google.com[142.251.9.27] said: 550-5.1.1 The email account\n    that you tried to reach does not exist. Please try double-checking the\n"
             "    recipient's email address for typos or unnecessary spaces. For more\n    information, go to https://support.google.com/mail/?p=NoSuchUser\n"
             "    " + alnum(20).lower() + ".12 - gsmtp (in reply to RCPT TO command)")
dsn_status = (f"Reporting-MTA: dns; mta2.notaires.example\nX-Postfix-Queue-ID: {HX(10)}\nX-Postfix-Sender: rfc822; {me.email}\nArrival-Date: {rfc(dsn_t)}\n\n"
              "Final-Recipient: rfc822; julien.marchal.lyom@gmail.com\nOriginal-Recipient: rfc822;julien.marchal.lyom@gmail.com\nAction: failed\nStatus: 5.1.1\n"
              "Remote-MTA: dns; gmail-smtp-in.l.google.com\nDiagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.")
dsn_hdrs = (f"From: =?iso-8859-1?Q?L=E9a_Fontaine?= <{me.email}>\nTo: Julien Marchal <julien.marchal.lyom@gmail.com>\nCc: Thi Mai Nguyen <{mai.email}>\n"
            f"Subject: {enc_h('RE: ' + SUBJ2, 'olk')}\nDate: {rfc(dsn_t)}\nMessage-ID: {typo_mid}")
_b = f"{HX(10)}.{int(dsn_t.timestamp())}/mta2.notaires.example"
emit(daemon, "dsn", plus(dsn_t, seconds=9), ME_TO, None, "Undelivered Mail Returned to Sender", [], dsn_plain, label=GH,
     scen=("G28", "Postfix bounce (multipart/report, no reply headers): Gmail 550 5.1.1 for the clerk's mistyped address"),
     extra=[("Auto-Submitted", "auto-replied")],
     body_override=[f'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="{_b}"', "Content-Transfer-Encoding: 8bit", "",
                    "This is a MIME-encapsulated message.", "", f"--{_b}", "Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii", "",
                    dsn_plain, "", f"--{_b}", "Content-Description: Delivery report", "Content-Type: message/delivery-status", "", dsn_status, "",
                    f"--{_b}", "Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers", "", dsn_hdrs, "", f"--{_b}--"])
t2.add(me, at(2024, 9, 23, 9, 44),
       "Madame, Monsieur,\n\nMerci pour votre message. Maître Berthier accepte d'intervenir pour les deux parties.\n\nPour préparer l'avant-contrat, merci de nous adresser :\n"
       "- vos pièces d'identité ;\n- votre convention de PACS et l'attestation d'enregistrement ;\n- le questionnaire d'état civil ci-joint, complété par chacun ;\n"
       "- votre plan de financement (montant de l'apport, du prêt envisagé et coordonnées de votre courtier le cas échéant).\n\n"
       "Vous allez recevoir une invitation à votre espace client sécurisé, sur lequel vous pourrez déposer ces documents.",
       to=[(julien.name, julien.email)], cc=[(mai.name, mai.email)],
       atts=[("Questionnaire_etat_civil_acquereur.pdf", pdf(["Questionnaire d'état civil – acquéreur", "Nom, prénoms, date et lieu de naissance", "Régime matrimonial / PACS"],
                                                             when="20240923094000", zone="+02'00'"), "application/pdf")])
inv_mid = make_mid(notadoc, "notadoc", at(2024, 9, 23, 9, 50))
emit(julien, "gmail", at(2024, 9, 24, 19, 10), ME_TO, None, "Re: Invitation à rejoindre votre espace client sécurisé – Office notarial Berthier, Vasseur & Associés",
     [inv_mid], "Bonsoir,\n\nJe n'arrive pas à activer mon compte, le lien me dit qu'il a expiré. Pouvez-vous m'en renvoyer un ?\n\nMerci\nJulien Marchal"
     + quote_of("gmail", dict(t=at(2024, 9, 23, 9, 50), name="Espace Client – Office Berthier & Associés", email=notadoc.email, subj="", to=[], cc=[],
                              plain="Bonjour Julien Marchal,\n\nLéa Fontaine, de l'Office notarial Berthier, Vasseur & Associés, vous invite à rejoindre votre espace client sécurisé "
                                    "pour le dossier « Acquisition 27 rue Vauban ».\n\nActivez votre accès (lien valable 24 heures) :\n"
                                    f"{NOTA_BASE}/invitation/{alnum(22)}\n\nCe message est envoyé automatiquement.")),
     label=GO, scen=("O2", "buyer replies (Reply-To: the clerk) to the platform's invitation mail that went only to him; parent not in the mailbox"))
notadoc_note(at(2024, 9, 25, 21, 58), "Nouveaux documents déposés – Acquisition 27 rue Vauban",
             "Bonjour Léa Fontaine,\n\nJulien Marchal a déposé 4 nouveaux documents dans le dossier « Acquisition 27 rue Vauban – Nguyen / Marchal » :\n"
             "- CNI_Marchal.pdf\n- CNI_Nguyen.pdf\n- Convention_PACS.pdf\n- Questionnaire_etat_civil.pdf", "/dossiers/2024-0917/documents",
             label=GH, scen=("G3", "the office's own secure document platform: 'new documents uploaded' notification with a link, no reply headers"))
t2.add(julien, at(2024, 9, 25, 22, 3),
       "Bonsoir Madame Fontaine,\n\nMerci pour le nouveau lien, tout est déposé sur l'espace client. Une question : nous sommes pacsés, Mai apporte un peu plus que moi "
       "(elle a vendu un studio l'an dernier). Est-ce qu'on peut acheter en indivision avec des parts différentes ?\n\nBonne soirée", G, cc=[(mai.name, mai.email)])
t2.add(me, at(2024, 9, 26, 10, 15),
       "Monsieur,\n\nOui, tout à fait. Les partenaires pacsés peuvent acquérir en indivision dans les proportions de leur financement respectif (par exemple 55 % / 45 %). "
       "Nous indiquerons la répartition et l'origine des apports dans l'acte, ce qui vous protège en cas de séparation. Nous pourrons en parler de vive voix si vous le souhaitez.",
       to=[(julien.name, julien.email)], cc=[(mai.name, mai.email)])
t2.add(mai, at(2024, 9, 26, 12, 40), "Bonjour,\n\nMerci beaucoup ! On part sur 55 % pour moi et 45 % pour Julien, l'apport de 92 000 € vient surtout de la vente de mon studio.\n\nMai",
       G, cc=[(julien.name, julien.email)])
t2.add(me, at(2024, 10, 9, 14, 0),
       "Madame, Monsieur,\n\nLe compromis est signé par toutes les parties. Le dépôt de garantie de 19 850 € est à verser sur le compte de l'office à la Caisse des Dépôts "
       "et Consignations, dont vous trouverez le RIB ci-joint, avec la référence « 2024-0917 NGUYEN MARCHAL ».\n\nImportant : les comptes des notaires sont "
       "exclusivement tenus par la Caisse des Dépôts. Nous ne vous communiquerons jamais un autre RIB par courriel ; en cas de doute, appelez-nous au standard.",
       to=[(julien.name, julien.email), (mai.name, mai.email)],
       atts=[("RIB_Office_CDC.pdf", rib_pdf("SCP BERTHIER VASSEUR ET ASSOCIES NOTAIRES", "CAISSE DES DEPOTS ET CONSIGNATIONS", IBAN_OFFICE, "CDCGFRPPXXX",
                                            ("24 COURS FRANKLIN ROOSEVELT", "69006 LYON"), when="20240102090000", producer="CDC – Édition RIB", zone="+01'00'"), "application/pdf")])
t2.add(julien, at(2024, 10, 10, 19, 22), "Bonsoir,\n\nVirement de 19 850 € effectué ce soir, l'avis d'opéré est en pièce jointe.\n\nCordialement", G, cc=[(mai.name, mai.email)],
       atts=[("Avis_virement_19850.pdf", pdf(["Avis d'opération – Virement SEPA émis", "Montant : 19 850,00 EUR", "Bénéficiaire : SCP BERTHIER VASSEUR ET ASSOCIES",
                                              "Référence : 2024-0917 NGUYEN MARCHAL"], producer="Boursorama", when="20241010192000", zone="+02'00'"), "application/pdf")])
t2.add(me, at(2024, 10, 14, 9, 5), "Bonjour,\n\nNous vous confirmons la réception du dépôt de garantie sur le compte de l'office.",
       to=[(julien.name, julien.email)], cc=[(mai.name, mai.email)])
t2.add(mai, at(2024, 11, 20, 8, 12),
       "Bonjour Madame Fontaine,\n\nNous avons reçu l'offre de prêt hier par courrier ! Est-ce qu'on doit vraiment attendre 10 jours pour la renvoyer ? "
       "Et est-ce que vous en avez aussi une copie ?\n\nMerci\nMai", G, cc=[(julien.name, julien.email)])
t2.add(me, at(2024, 11, 20, 10, 30),
       "Bonjour Madame,\n\nOui, le délai de réflexion de dix jours est impératif : vous ne pouvez accepter l'offre qu'à compter du onzième jour suivant sa réception. "
       "La banque nous a adressé une copie. Nous visons toujours une signature le 16 janvier.", to=[(mai.name, mai.email)], cc=[(julien.name, julien.email)])
t2.add(mai, at(2024, 12, 2, 13, 7),
       "Bonjour Madame Fontaine,\n\nC'est Julien, je vous écris depuis le téléphone de Mai, le mien est en réparation jusqu'à la fin de semaine. "
       "Nous avons renvoyé l'acceptation signée de l'offre ce matin, la banque a confirmé la réception. La date du 16 janvier nous convient.\n\nJulien",
       GH, cc=[(julien.name, julien.email)],
       scen=("G5", "buyer writes from his partner's iPhone/iCloud account (her From address, his signature), says so"))
t2.add(me, at(2024, 12, 12, 16, 20),
       "Madame, Monsieur,\n\nJe vous confirme le rendez-vous de signature le jeudi 16 janvier 2025 à 10h00 à l'office.\n\n"
       "Le solde à verser avant la signature s'élève à 92 400 € (prix, honoraires de l'agence et provision sur frais, déduction faite du prêt de 330 000 € et du dépôt de garantie). "
       "Il doit être viré au plus tard le 10 janvier sur le compte de l'office à la Caisse des Dépôts, dont le RIB vous a été remis en octobre – ce RIB ne change pas.",
       to=[(julien.name, julien.email), (mai.name, mai.email)])
t2.add(julien, at(2025, 1, 8, 20, 40),
       "Bonsoir,\n\nLe virement de 92 400 € est parti ce matin (virement instantané refusé, donc virement classique). Les clés nous seront-elles remises directement le 16 ?\n\nJulien",
       G, cc=[(mai.name, mai.email)])
t2.add(me, at(2025, 1, 9, 9, 12), "Bonjour,\n\nFonds bien reçus ce matin. Oui, M. et Mme Girard vous remettront les clés à la signature.",
       to=[(julien.name, julien.email)], cc=[(mai.name, mai.email)])
t2.add(me, at(2025, 1, 22, 11, 0), "Madame, Monsieur,\n\nVeuillez trouver ci-joint votre attestation d'acquisition. La copie authentique vous sera adressée après publication au service de la publicité foncière.",
       to=[(julien.name, julien.email), (mai.name, mai.email)],
       atts=[("Attestation_acquisition_Nguyen_Marchal.pdf", pdf(["ATTESTATION D'ACQUISITION", "Maître Olivier Berthier, notaire à Lyon, atteste que ...",
                                                                "Acte du 16 janvier 2025 – 27 rue Vauban – lots 14 et 32"], when="20250122105500"), "application/pdf")])
t2.add(julien, at(2025, 1, 22, 18, 48), "Merci beaucoup pour votre accompagnement, on est ravis !\n\nJulien et Mai", G, cc=[(mai.name, mai.email)])

# ---------------------------------------------------------------- T3 agency Immobilière des Brotteaux
SUBJ3 = "Vente Girard / Nguyen-Marchal – 27 rue Vauban"
t3 = Thread("T3", chabert, SUBJ3)
t3.add(chabert, at(2024, 9, 10, 17, 20),
       "Bonjour Léa,\n\nNouvelle vente pour l'office : l'appartement de M. et Mme Girard au 27 rue Vauban (4 pièces, 86 m² Carrez, cave). Offre acceptée à 397 000 € net vendeur, "
       "honoraires 15 000 € TTC à la charge des acquéreurs (Mme Nguyen et M. Marchal, financement par prêt, courtier Rhône Crédit Courtage).\n\n"
       "Vous trouverez ci-joint le mandat et l'offre signée. Nous préparons le compromis, je vous l'envoie pour relecture dès que possible.\n\nBonne soirée",
       to=ME_TO, atts=[("Mandat_vente_Girard_2024-118.pdf", pdf(["Mandat de vente exclusif n° 2024-118", "Immobilière des Brotteaux"], when="20240910171500"), "application/pdf"),
                       ("Offre_achat_Nguyen_Marchal_signee.pdf", pdf(["Offre d'achat – 397 000 € net vendeur", "Signée le 6 septembre 2024"], when="20240910171600"), "application/pdf")])
t3.add(me, at(2024, 9, 11, 9, 40),
       "Bonjour Laurent,\n\nMerci, bien reçu. J'ouvre le dossier et je contacte les vendeurs et les acquéreurs. Pouvez-vous me transmettre le DDT, ou me confirmer que "
       "c'est Diag Rhône qui l'a établi ? Je demande de mon côté le pré-état daté au syndic.")
t3.add(chabert, at(2024, 9, 11, 10, 5), "Oui, c'est Mathieu Roche (Diag Rhône) qui est passé en juillet. Je lui dis que vous allez le contacter.", G)
t3.add(chabert, at(2024, 9, 30, 16, 5),
       "Bonjour Léa,\n\nVoici le projet de compromis pour relecture. Nous aimerions l'envoyer en signature électronique lundi prochain si possible.\n\nMerci d'avance", G,
       atts=[("Projet_compromis_Girard_Nguyen-Marchal.docx", docx(["COMPROMIS DE VENTE", "ENTRE M. et Mme GIRARD, vendeurs", "ET Mme NGUYEN et M. MARCHAL, acquéreurs",
                                                                  "Désignation : lot n° 14 (appartement)", "Prix : 397 000 euros",
                                                                  "Condition suspensive d'obtention de prêt : 330 000 euros"], "Compromis Girard", "Laurent Chabert",
                                                                 "2024-09-30T15:58:00Z", "Immobilière des Brotteaux"),
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
t3.add(me, at(2024, 10, 2, 10, 10),
       "Bonjour Laurent,\n\nQuelques corrections :\n- la cave (lot n° 32) manque dans la désignation ;\n- condition suspensive de prêt : 330 000 € sur 25 ans maximum, "
       "taux maximum 3,90 % hors assurance, obtention au plus tard le 6 décembre 2024 ;\n- réitération au plus tard le 17 janvier 2025 ;\n"
       "- dépôt de garantie de 19 850 € versé entre les mains de l'office (séquestre), pas sur le compte de l'agence.\n\nLe reste me convient.")
t3.add(chabert, at(2024, 10, 3, 9, 1), "Merci Léa, c'est corrigé. J'envoie en signature DocuSign lundi 7, vous serez en copie de l'enveloppe.", G)
ds_link = f"https://eu.docusign.net/Signing/EmailStart.aspx?a={ruuid()}&etti=24&acct={ruuid()}&er={ruuid()}"
ds_plain = ("Laurent Chabert vous a envoyé une copie d'un document terminé.\n\nTous les signataires ont terminé Compromis de vente Girard / Nguyen-Marchal – 27 rue Vauban.\n\n"
            f"AFFICHER LE DOCUMENT\n{ds_link}\n\nLaurent Chabert\nl.chabert@immo-brotteaux.example\n\nNe partagez pas cet e-mail\nCet e-mail contient un lien sécurisé vers DocuSign. "
            "Ne partagez pas cet e-mail, ce lien ou ce code d'accès avec d'autres personnes.\n\nMéthode de signature alternative\nAllez sur docusign.com, cliquez sur "
            f"'Accéder aux documents', puis saisissez le code de sécurité : {HX(32)}\n\nÀ propos de DocuSign\nSignez des documents électroniquement en quelques minutes. "
            "C'est sûr, sécurisé et juridiquement contraignant.")
ds_html = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;padding:0;background:#eaeaea"><table width="100%" cellpadding="0" cellspacing="0">'
           '<tr><td align="center" style="padding:20px 0"><table width="640" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#333">'
           '<tr><td style="padding:24px"><img src="https://eu.docusign.net/Member/Images/email/docComplete-white.png" alt="" width="75"></td></tr>'
           '<tr><td style="padding:0 24px;background:#1e4ca1;color:#fff;font-size:16px">Tous les signataires ont terminé Compromis de vente Girard / Nguyen-Marchal – 27 rue Vauban.'
           f'<br><br><a href="{ds_link}" style="background:#ffc423;color:#333;padding:10px 20px;text-decoration:none;font-weight:bold">AFFICHER LE DOCUMENT</a><br><br></td></tr>'
           '<tr><td style="padding:24px">Laurent Chabert<br>l.chabert@immo-brotteaux.example</td></tr>'
           '<tr><td style="padding:24px;font-size:11px;color:#666">Ne partagez pas cet e-mail. Cet e-mail contient un lien sécurisé vers DocuSign.</td></tr></table></td></tr></table></body></html>')
emit(docusign, "docusign", at(2024, 10, 8, 9, 14), ME_TO, None, "Terminé : Compromis de vente Girard / Nguyen-Marchal – 27 rue Vauban", [], ds_plain, html=ds_html,
     extra=[("Reply-To", "Laurent Chabert <l.chabert@immo-brotteaux.example>"), ("X-DocuSign-Envelope-Id", ruuid().upper()), ("Auto-Submitted", "auto-generated")],
     label=GH, scen=("G9", "genuine DocuSign EU completion notice (docusign.net, links to eu.docusign.net) for the compromis the agency announced, no reply headers"))
t3.add(chabert, at(2024, 10, 8, 9, 40),
       "Bonjour Léa,\n\nLe compromis est signé par toutes les parties ce matin. La notification SRU est partie par lettre recommandée électronique, le délai de rétractation "
       "court jusqu'au 18 octobre inclus.\n\nBonne journée", G)
t3.add(me, at(2024, 10, 8, 10, 2), "Merci Laurent, parfait. Je demande le dépôt de garantie aux acquéreurs.")
a9_link = f"https://docusign.eu.esign-notifications.example/Signing/EmailStart.aspx?a={ruuid()}&etti=24&acct={ruuid()}&er={ruuid()}"
a9_plain = ("Laurent Chabert vous a envoyé un document à examiner et à signer.\n\nAvenant n° 1 au compromis – prorogation du délai de réitération\n\n"
            f"EXAMINER LE DOCUMENT\n{a9_link}\n\nLaurent Chabert\nl.chabert@immo-brotteaux.example\n\nBonjour,\nSuite à notre échange, merci de bien vouloir signer l'avenant "
            "ci-joint avant vendredi.\n\nNe partagez pas cet e-mail\nCet e-mail contient un lien sécurisé vers DocuSign.")
a9_html = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;padding:0;background:#eaeaea"><table width="100%" cellpadding="0" cellspacing="0">'
           '<tr><td align="center" style="padding:20px 0"><table width="640" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#333">'
           '<tr><td style="padding:24px"><img src="https://docusign.eu.esign-notifications.example/img/docusign-logo.png" alt="DocuSign" width="120"></td></tr>'
           '<tr><td style="padding:0 24px;background:#1e4ca1;color:#fff;font-size:16px">Laurent Chabert vous a envoyé un document à examiner et à signer.'
           f'<br><br><a href="{a9_link}" style="background:#ffc423;color:#333;padding:10px 20px;text-decoration:none;font-weight:bold">EXAMINER LE DOCUMENT</a><br><br></td></tr>'
           '<tr><td style="padding:24px"><b>Avenant n° 1 au compromis – prorogation du délai de réitération</b><br><br>Bonjour,<br>Suite à notre échange, merci de bien vouloir '
           'signer l\'avenant ci-joint avant vendredi.</td></tr><tr><td style="padding:24px;font-size:11px;color:#666">Ne partagez pas cet e-mail. Cet e-mail contient un lien '
           'sécurisé vers DocuSign.</td></tr></table></td></tr></table></body></html>')
fake_ds = Pt("Laurent Chabert via DocuSign", "dse_eu@esign-notifications.example", "docusign", "fake-esign")
t3.add(fake_ds, at(2024, 11, 5, 11, 26), a9_plain, detached=True, label=HJ("display-name-spoof"), client="docusign", sig=False, quote=False, html=a9_html, subj="RE: " + SUBJ3,
       extra=[("Reply-To", "Laurent Chabert <l.chabert@immo-brotteaux.example>")],
       scen=("A9", "'Laurent Chabert via DocuSign' from an unrelated e-sign domain, reply to the agency thread: 'avenant' to sign on a DocuSign look-alike link"))
t3.add(me, at(2024, 12, 16, 11, 30),
       "Bonjour Laurent,\n\nLa signature de l'acte authentique est fixée au jeudi 16 janvier à 10h00 à l'office. Pouvez-vous m'adresser votre facture d'honoraires "
       "(15 000 € TTC) afin que nous la réglions le jour de la signature ?")
t3.add(chabert, at(2024, 12, 17, 9, 48),
       "Bonjour Léa,\n\nVoici la facture. Nos coordonnées bancaires figurent en pied de facture (LCL, inchangées).\n\nJe serai présent le 16 pour la remise des clés.", GH,
       scen=("G10", "agency's invoice for its fee (PDF) with its usual bank details in the footer, requested by the clerk"),
       atts=[("Facture_HN-2024-0187.pdf", pdf(["IMMOBILIERE DES BROTTEAUX – FACTURE HN-2024-0187", "Honoraires de négociation – vente Girard / Nguyen-Marchal",
                                               "Montant HT : 12 500,00 € – TVA 20 % : 2 500,00 € – TTC : 15 000,00 €",
                                               f"Règlement par virement : LCL – IBAN {spaced(IBAN_BROTTEAUX)} – BIC CRLYFRPP"], when="20241217094000"), "application/pdf")])
look_chabert = Pt("Laurent Chabert", "l.chabert@immo-broteaux.example", "roundcube", "look-brotteaux", chabert.sig)
a2_inv = pdf(["IMMOBILIERE DES BROTTEAUX – FACTURE HN-2024-0187 (rectificative)", "Honoraires de négociation – vente Girard / Nguyen-Marchal",
              "Montant HT : 12 500,00 € – TVA 20 % : 2 500,00 € – TTC : 15 000,00 €",
              "Suite au changement de domiciliation bancaire au 01/01/2025, règlement exclusivement sur :",
              f"IBAN {spaced(IBAN_A2)} – BIC FPELFR21XXX"], producer="LibreOffice 7.6", when="20250113153000", zone="Z")
t3.add(look_chabert, at(2025, 1, 13, 15, 52),
       "Bonjour Léa,\n\nJe reviens vers vous concernant le règlement de nos honoraires pour la signature de jeudi.\n\nNotre expert-comptable nous signale que notre compte LCL "
       "a été transféré au 1er janvier vers notre nouvelle banque, dans le cadre du regroupement de nos agences. Les virements vers l'ancien compte sont rejetés depuis le 10 janvier.\n\n"
       "Vous trouverez ci-joint la facture rectificative avec nos nouvelles coordonnées bancaires. Pouvez-vous me confirmer la bonne prise en compte avant jeudi ? "
       "Je suis en visites tout l'après-midi, merci de privilégier l'écrit.\n\nBien cordialement", detached=True, label=HJ("lookalike-domain"), qclient="exo",
       scen=("A2", "agency negotiator at look-alike domain immo-broteaux (Roundcube): 3 days before signing, 'new bank' for the 15 000 EUR fee, corrected invoice PDF, quotes the real thread"),
       atts=[("Facture_HN-2024-0187_rectificative.pdf", a2_inv, "application/pdf")])
t3.add(me, at(2025, 1, 14, 8, 55),
       "Bonjour Laurent,\n\nJ'ai reçu hier après-midi un message à votre nom, depuis l'adresse l.chabert@immo-broteaux.example, m'indiquant un changement de banque pour vos "
       "honoraires. Pouvez-vous me confirmer qu'il ne vient pas de vous ? Je ne règlerai rien sur ces nouvelles coordonnées.", to=[(chabert.name, chabert.email)], quote=False)
t3.add(chabert, at(2025, 1, 14, 9, 20),
       "Léa,\n\nCe n'est pas nous ! Notre domaine est immo-brotteaux avec deux t. Nos coordonnées bancaires n'ont pas changé, c'est toujours LCL. "
       "Je préviens notre direction et les autres offices avec qui nous travaillons. Merci de votre vigilance.", G)
t3.add(me, at(2025, 1, 17, 10, 5), "Bonjour Laurent,\n\nLes honoraires (15 000 € TTC) ont été virés ce matin sur votre compte LCL habituel.")
t3.add(chabert, at(2025, 1, 17, 10, 40), "Bien reçu, merci Léa et à bientôt pour un prochain dossier !", G)


# ---------------------------------------------------------------- T4 mortgage broker Rhône Crédit Courtage (M365)
SUBJ4 = "Financement Nguyen / Marchal – 27 rue Vauban"
t4 = Thread("T4", perrin, SUBJ4)
t4.add(perrin, at(2024, 10, 10, 10, 22),
       "Bonjour Madame Fontaine,\n\nJe suis mandaté par Mme Nguyen et M. Marchal pour la recherche de leur financement (acquisition 27 rue Vauban). "
       "Pourriez-vous me transmettre une copie du compromis signé ? Les banques le demandent pour instruire le dossier.\n\nBien cordialement", to=ME_TO)
t4.add(me, at(2024, 10, 10, 14, 30),
       "Bonjour Monsieur,\n\nAvec l'accord des acquéreurs, vous trouverez ci-joint le compromis signé le 8 octobre. La condition suspensive de prêt expire le 6 décembre 2024.",
       atts=[("Compromis_Girard_Nguyen-Marchal_signe.pdf", pdf(["COMPROMIS DE VENTE – signé électroniquement le 8 octobre 2024", "Vendeurs : M. et Mme GIRARD",
                                                                "Acquéreurs : Mme NGUYEN et M. MARCHAL", "Prix : 397 000 euros"], producer="DocuSign", when="20241008091400",
                                                               zone="Z"), "application/pdf")])
t4.add(perrin, at(2024, 10, 28, 17, 55),
       "Bonjour Madame Fontaine,\n\nBonne nouvelle : accord de principe de la Banque Saône-Rhône pour 330 000 € sur 25 ans au taux de 3,45 % hors assurance. "
       "L'offre devrait être émise courant novembre. Je vous tiens informée.\n\nBien cordialement", G)
t4.add(me, at(2024, 10, 29, 9, 10), "Bonjour Monsieur,\n\nMerci pour cette information. Je vous rappelle que l'offre doit être obtenue au plus tard le 6 décembre.")
sp_link = ("https://rhonecreditcourtage-my.sharepoint.com/:f:/g/personal/antoine_perrin_rhonecredit-courtage_example/"
           + "Eq" + alnum(20) + "-" + alnum(18) + "?e=" + alnum(6))
t4.add(perrin, at(2024, 11, 8, 12, 14),
       "Bonjour Madame Fontaine,\n\nPour éviter les allers-retours de pièces jointes, j'ai déposé dans ce dossier partagé le plan de financement, l'accord de principe "
       "et l'attestation de délégation d'assurance emprunteur :\n\n" + sp_link + "\n\nLe lien est valable jusqu'à la signature.\n\nBien cordialement", GH,
       scen=("G26", "broker shares a OneDrive/SharePoint folder link from his own tenant (the thread had attachments so far; his own M365)"))
t4.add(me, at(2024, 11, 8, 14, 40), "Merci Monsieur, j'ai bien pu consulter et télécharger les documents.")
# G30: genuine Teams meeting invitation from the broker (text/calendar, teams.microsoft.com)
teams_join = ("https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + alnum(40) + "%40thread.v2/0?context=%7b%22Tid%22%3a%22"
              + TENANT["rhonecredit-courtage.example"] + "%22%2c%22Oid%22%3a%22" + ruuid() + "%22%7d")
tm_plain = ("Bonjour,\n\nJe vous propose un point à quatre pour passer en revue l'offre de la Banque Saône-Rhône (tableau d'amortissement, assurance, délai de réflexion) "
            "avant son émission.\n\nAntoine Perrin\n\n________________________________________________________________________________\nRéunion Microsoft Teams\n"
            "Rejoindre sur votre ordinateur, une application mobile ou un appareil de salle\nCliquez ici pour rejoindre la réunion<" + teams_join + ">\n"
            f"ID de la réunion : {dg(3)} {dg(3)} {dg(3)} {dg(3)}\nCode secret : {alnum(6)}\nTélécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | "
            "Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nEn savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>\n"
            "________________________________________________________________________________")
tm_start = at(2024, 11, 18, 18, 0)
tm_ics = ics(f"040000008200E00074C5B7101A82E008000000{HX(16)}000000000000000010000000{HX(32)}", "Point financement Nguyen / Marchal – offre BSR",
             tm_start, plus(tm_start, 45), (perrin.name, perrin.email), [(me.name, me.email), (julien.name, julien.email), (mai.name, mai.email)],
             "Réunion Microsoft Teams", tm_plain)
emit(perrin, "exo", at(2024, 11, 14, 9, 2), [(me.name, me.email), (julien.name, julien.email), (mai.name, mai.email)], None,
     "Point financement Nguyen / Marchal – offre BSR", [], tm_plain, alt_parts=[('text/calendar; charset="utf-8"; method=REQUEST', tm_ics)],
     label=GH, scen=("G30", "broker's genuine Teams meeting invitation (Outlook/M365, text/calendar, teams.microsoft.com link), no reply headers"))
oauth_link = ("https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=" + ruuid()
              + "&response_type=code&redirect_uri=https%3A%2F%2Frcc-dossiers-sync.example%2Fauth%2Fcallback&response_mode=query"
              "&scope=offline_access%20openid%20profile%20User.Read%20Mail.ReadWrite%20Mail.Send%20Files.ReadWrite.All%20Contacts.Read&prompt=consent&state=" + alnum(22))
t4.add(perrin, at(2024, 11, 26, 14, 6),
       "Bonjour Madame Fontaine,\n\nPour la suite du dossier (offre de prêt, tableau d'amortissement, attestation d'assurance définitive), nous passons désormais par notre espace "
       "documentaire sécurisé, synchronisé avec Microsoft 365.\n\nPour y accéder, il vous suffit de vous connecter avec votre compte Microsoft (professionnel ou personnel) "
       "et d'accepter l'accès de l'application « RCC Dossiers » :\n\n" + oauth_link + "\n\nL'autorisation n'est demandée qu'une seule fois, vous retrouverez ensuite tous "
       "les documents du dossier.\n\nBien cordialement", detached=True, label=HJ("server-hijack"),
       scen=("A5", "broker's real M365 mailbox (same headers): OAuth consent-phishing link on the real login.microsoftonline.com, app asks Mail/Files scopes; faithful quote"))
t4.add(me, at(2024, 12, 23, 10, 15),
       "Bonjour Monsieur,\n\nAvez-vous reçu l'attestation définitive de l'assurance emprunteur ? La banque la demande pour l'appel de fonds.")
oof = ("Bonjour,\n\nJe suis absent du bureau jusqu'au jeudi 2 janvier inclus, avec un accès limité à ma messagerie.\nPour toute urgence, vous pouvez contacter "
       "le cabinet au 04 78 92 40 10.\n\nBonnes fêtes de fin d'année,\nAntoine Perrin")
emit(perrin, "exo", at(2024, 12, 23, 10, 15), ME_TO, None, "Réponse automatique : RE: " + SUBJ4, [t4.refs[-1]], oof, topic=SUBJ4, tidx=t4.tindex(at(2024, 12, 23, 10, 15)),
     extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", perrin.email)],
     label=GH, scen=("G11", "broker's Exchange out-of-office auto-reply (Auto-Submitted: auto-replied) to the clerk's question"))
t4.add(perrin, at(2025, 1, 3, 9, 34),
       "Bonjour Madame Fontaine,\n\nMeilleurs vœux ! Voici l'attestation définitive de l'assurance emprunteur (délégation Cardif pour les deux emprunteurs).\n\nBien cordialement", G,
       atts=[("Attestation_assurance_emprunteur_Nguyen_Marchal.pdf", pdf(["ATTESTATION D'ADHESION – ASSURANCE EMPRUNTEUR", "Prêt BSR n° 2024-IM-118734 – 330 000 €",
                                                                          "Quotités : 100 % / 100 %"], when="20250102160000"), "application/pdf")])
t4.add(me, at(2025, 1, 3, 11, 0), "Merci, je la transmets à la banque avec l'appel de fonds.")
t4.add(perrin, at(2025, 1, 17, 16, 20), "Bonjour Madame Fontaine,\n\nLes acquéreurs m'ont annoncé la signature, merci pour ce dossier mené dans les temps !\n\nBien cordialement", G)

# ---------------------------------------------------------------- T5 bank: Banque Saône-Rhône, loan department (Exchange 2016 + IronPort)
BSR_DISC = ("\n\n*****\nCe message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation non conforme "
            "à sa destination est interdite. La Banque Saône-Rhône ne vous demandera jamais de modifier des coordonnées bancaires par courriel.\n*****")
lemaire.sig += BSR_DISC
SUBJ5 = "BSR – Offre de prêt n° 2024-IM-118734 – Nguyen / Marchal"
t5 = Thread("T5", lemaire, SUBJ5)
t5.add(lemaire, at(2024, 11, 19, 11, 48),
       "Maître, Madame,\n\nVeuillez trouver ci-joint copie de l'offre de prêt émise le 18/11/2024 au profit de Mme Thi Mai NGUYEN et M. Julien MARCHAL, pour l'acquisition "
       "du bien situé 27 rue Vauban – 69006 Lyon :\n- Prêt immobilier à taux fixe : 330 000 € sur 300 mois au taux nominal de 3,45 %\n"
       "- Garantie : caution Crédit Logement\n\nLes conditions de déblocage figurent en page 9 de l'offre.\n\nCordialement", GH, to=ME_TO,
       scen=("G6", "bank's loan department sends the loan offer PDF to the notary (first mail of the thread, attachment)"),
       atts=[("Offre_pret_2024-IM-118734.pdf", pdf(["BANQUE SAONE-RHONE – OFFRE DE PRET IMMOBILIER", "Emprunteurs : Mme NGUYEN Thi Mai – M. MARCHAL Julien",
                                                    "Montant : 330 000,00 EUR – Durée : 300 mois – Taux nominal : 3,45 %", "TAEG : 4,12 %",
                                                    "Conditions de déblocage : sur appel de fonds du notaire, par virement au compte de l'office à la CDC"],
                                                   producer="BSR Editique", when="20241118170500"), "application/pdf")])
t5.add(me, at(2024, 11, 20, 9, 25),
       "Madame,\n\nBien reçu, merci. La réitération est prévue le 16 janvier 2025. Pouvez-vous nous rappeler la procédure d'appel de fonds ?")
t5.add(lemaire, at(2024, 11, 21, 14, 2),
       "Madame,\n\nL'appel de fonds est à déposer sur l'Espace Partenaires Notaires au moins 10 jours ouvrés avant la signature, accompagné de l'attestation d'assurance. "
       "Les fonds sont virés exclusivement sur le compte de l'office à la Caisse des Dépôts.\n\nCordialement", G)
t5.add(me, at(2025, 1, 6, 10, 40),
       "Madame,\n\nL'appel de fonds a été déposé ce jour sur l'Espace Partenaires : 330 000 € pour une signature le 16 janvier à 10h00, avec l'attestation d'assurance définitive.")
t5.add(lemaire, at(2025, 1, 7, 15, 12),
       "Madame,\n\nVotre appel de fonds est enregistré. Le déblocage interviendra le 14/01 par virement sur le compte de l'office à la CDC.\n\nCordialement", G)
t5.add(lemaire, at(2025, 1, 14, 11, 30),
       "Madame,\n\nNous vous confirmons le déblocage ce jour du prêt n° 2024-IM-118734 :\n- montant : 330 000,00 €\n- bénéficiaire : SCP Berthier Vasseur et Associés – "
       "compte CDC\n- référence du virement : BSR-DEBL-" + dg(10) + "\n- date de valeur : 14/01/2025\n\nCordialement", GH,
       scen=("G21", "bank confirms the loan disbursement (amount, reference, value date) in the thread"))
t5.add(me, at(2025, 1, 14, 14, 0), "Madame,\n\nFonds bien reçus sur le compte de l'office, merci.")
look_lemaire = Pt("Véronique Lemaire", "veronique.lemaire@bsr-banques.example", "exo", "look-bsr", lemaire.sig, host="AM9P195MB1472")
a14_quote = t5.last["plain"].replace("Fonds bien reçus sur le compte de l'office, merci.",
                                     "Fonds bien reçus sur le compte de l'office, merci. Nous restons à votre disposition en cas de régularisation.")
t5.add(look_lemaire, at(2025, 1, 21, 10, 44),
       "Madame,\n\nSuite à un incident technique sur notre chaîne de paiements du 14 janvier, le déblocage du prêt n° 2024-IM-118734 a été exécuté deux fois "
       "(2 x 330 000,00 €). Le second virement apparaît sur votre relevé CDC du 15/01 sous le libellé « BSR DEBL REGUL ».\n\n"
       "Afin de ne pas pénaliser vos clients (les intérêts intercalaires étant calculés sur le montant débloqué), nous vous remercions de bien vouloir procéder au retour "
       "du montant excédentaire de 330 000,00 € sur notre compte technique de régularisation, au plus tard le vendredi 24 janvier :\n\n"
       f"Titulaire : BSR – REGULARISATIONS CREDITS\nIBAN : {spaced(IBAN_A14)}\nBIC : BSRXFRPPXXX\nLibellé : RETOUR 2024-IM-118734\n\n"
       "Je reste à votre disposition par retour de courriel pour tout complément.\n\nCordialement", detached=True, label=HJ("lookalike-domain"), quote_text=a14_quote,
       scen=("A14", "bank officer at look-alike bsr-banques (own M365 tenant): 'duplicate disbursement', return 330 000 EUR to a 'regularisation' IBAN; quote altered"))
t5.add(me, at(2025, 1, 21, 11, 30),
       "Madame,\n\nNous venons de recevoir un message à votre nom depuis l'adresse veronique.lemaire@bsr-banques.example, faisant état d'un double déblocage. "
       "Nos relevés CDC ne font apparaître qu'un seul virement de 330 000 €. Pouvez-vous nous confirmer que ce message ne vient pas de vos services ?",
       to=[(lemaire.name, lemaire.email)], quote=False)
t5.add(lemaire, at(2025, 1, 21, 15, 50),
       "Madame,\n\nJe vous confirme que ce message ne provient pas de la Banque Saône-Rhône : le domaine utilisé est frauduleux et il n'y a eu aucun double déblocage. "
       "Notre service sécurité a été informé. Merci de votre vigilance.\n\nCordialement", G)

# ---------------------------------------------------------------- T6 syndic Régie Ainay Gestion (M365)
SUBJ6 = "27 rue Vauban – lots 14 et 32 – demande de pré-état daté"
t6 = Thread("T6", masson, SUBJ6)
t6.add(me, at(2024, 9, 18, 10, 12),
       "Madame,\n\nNous sommes chargés de la vente des lots n° 14 et 32 de la copropriété du 27 rue Vauban (vendeurs M. et Mme Girard). Pourriez-vous nous adresser le "
       "pré-état daté ainsi que les documents prévus à l'article L. 721-2 du CCH ?")
extranet = "https://extranet.ainay-gestion.example/copro/0271/documents?acces=" + alnum(16)
t6.add(masson, at(2024, 9, 27, 16, 40),
       "Bonjour Madame,\n\nVeuillez trouver ci-joint le pré-état daté des lots 14 et 32. Les procès-verbaux des trois dernières AG, le règlement de copropriété, le carnet "
       "d'entretien et la fiche synthétique sont disponibles sur notre extranet :\n" + extranet + "\n\nLes frais de pré-état daté (180 € TTC) seront à la charge du vendeur.\n\n"
       "Cordialement", GH, scen=("G14", "syndic sends the pré-état daté PDF plus a link to its own owners' extranet"),
       atts=[("Pre-etat-date_lots14-32_27Vauban.pdf", pdf(["PRE-ETAT DATE – Copropriété 27 rue Vauban – Lots 14 et 32", "Charges courantes exercice 2023 : 2 318,40 €",
                                                          "Fonds de travaux : 412,00 €", "Impayés du vendeur : néant"], when="20240927163000"), "application/pdf")])
t6.add(me, at(2024, 10, 1, 9, 0), "Merci Madame. Des travaux ont-ils été votés lors de la dernière assemblée générale ?")
t6.add(masson, at(2024, 10, 1, 14, 22),
       "Oui, le ravalement de la façade sur rue a été voté lors de l'AG du 12 juin 2024 (38 400 € pour la copropriété), avec des appels de fonds en janvier et avril 2025.\n\n"
       "Cordialement", G)
t6.add(masson, at(2024, 11, 4, 12, 5),
       "Bonjour Madame,\n\nJe quitte la Régie Ainay Gestion le 29 novembre. Ma collègue Julie Marchetti, en copie, reprend la gestion de la copropriété du 27 rue Vauban "
       "à compter du 2 décembre et suivra la suite du dossier.\n\nCordialement", G, cc=[(marchetti.name, marchetti.email)])
t6.add(me, at(2024, 12, 3, 10, 30),
       "Bonjour Madame Marchetti,\n\nLa signature de la vente des lots 14 et 32 est prévue le 16 janvier 2025. Pourriez-vous nous adresser l'état daté ?",
       to=[(marchetti.name, marchetti.email)])
t6.add(marchetti, at(2024, 12, 5, 15, 18),
       "Bonjour Madame Fontaine,\n\nJe reprends effectivement le dossier de Mme Masson. L'état daté vous sera transmis sous dix jours ; les frais (380 € TTC) seront à la "
       "charge du vendeur.\n\nCordialement", GH, scen=("G15", "the syndic's new property manager (announced by her predecessor in the thread) writes for the first time"))
recall_link = ("https://ainaygestion-my.sharepoint.com/:b:/g/personal/j_marchetti_ainay-gestion_example/" + "E" + alnum(21) + "-" + alnum(20) + "?e=" + alnum(6))
recall_plain = (f"Julie Marchetti would like to recall the message, \"RE: {SUBJ6}\".\n\nThe sender has recalled this message because it contained an error. "
                "A corrected version is available for 24 hours:\n\nView message\n" + recall_link + "\n\nThis message was sent using Microsoft Outlook.")
recall_html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:Segoe UI,Calibri,sans-serif;font-size:11pt">'
               f'<p>Julie Marchetti would like to recall the message, "RE: {H.escape(SUBJ6)}".</p><p>The sender has recalled this message because it contained an error. '
               f'A corrected version is available for 24 hours:</p><p><a href="{recall_link}" style="background:#0078d4;color:#fff;padding:8px 16px;text-decoration:none">'
               'View message</a></p><p style="color:#666;font-size:9pt">This message was sent using Microsoft Outlook.</p></div></body></html>')
t6.add(marchetti, at(2024, 12, 9, 8, 3), recall_plain, detached=True, label=HJ("server-hijack"), sig=False, quote=False, html=recall_html, subj=f"Recall: RE: {SUBJ6}",
       scen=("A6", "syndic manager's real M365 mailbox: fake English 'message recall' notice in a French thread, 'View message' on a SharePoint-hosted page; no quote"))
t6.add(marchetti, at(2024, 12, 13, 17, 2),
       "Bonjour Madame Fontaine,\n\nVeuillez trouver ci-joint l'état daté des lots 14 et 32. Sommes restant dues par le vendeur à la date de la mutation : 1 146,20 € "
       "(provisions du 1er trimestre 2025 et frais d'état daté).\n\nCordialement", G,
       atts=[("Etat_date_lots14-32_27Vauban.pdf", pdf(["ETAT DATE (article 5 du décret du 17 mars 1967)", "Copropriété 27 rue Vauban – Lots 14 et 32",
                                                      "Sommes dues par le cédant : 1 146,20 €"], when="20241213165500"), "application/pdf")])
t6.add(me, at(2024, 12, 16, 9, 14), "Merci Madame, bien reçu.")
t6.add(me, at(2025, 1, 17, 14, 30),
       "Madame,\n\nNous vous notifions la mutation des lots 14 et 32 intervenue le 16 janvier 2025 au profit de Mme Nguyen et M. Marchal (avis de mutation ci-joint, "
       "article 20 de la loi du 10 juillet 1965). Les sommes dues (1 146,20 €) vous sont réglées ce jour par virement.",
       atts=[("Avis_mutation_27Vauban.pdf", pdf(["AVIS DE MUTATION – article 20 de la loi du 10 juillet 1965", "Lots 14 et 32 – acte du 16 janvier 2025"],
                                                when="20250117142500"), "application/pdf")])
t6.add(marchetti, at(2025, 1, 20, 10, 5), "Bonjour,\n\nBien reçu, le compte vendeur est soldé. Les nouveaux propriétaires recevront leur premier appel de fonds en avril.\n\nCordialement", G)

# ---------------------------------------------------------------- T8 syndic's announced bank change (verified by phone)
SUBJ18 = "Changement de domiciliation bancaire – Régie Ainay Gestion"
t18 = Thread("T8", aubert, SUBJ18)
t18.add(aubert, at(2025, 2, 3, 11, 20),
       "Madame, Monsieur,\n\nNous vous informons qu'à compter du 1er mars 2025, les comptes bancaires de la Régie Ainay Gestion (compte de gestion et comptes séparés des "
       "copropriétés) seront transférés de la Société Générale vers le Crédit Mutuel. Vous trouverez ci-joint notre courrier officiel, qui vous est également adressé par "
       "lettre recommandée.\n\nPour toute vérification, nous vous invitons à appeler notre standard au 04 78 37 22 22, numéro figurant sur nos courriers et notre site. "
       "Aucun autre changement ne vous sera annoncé par courriel.\n\nNous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.", GH, to=ME_TO,
       scen=("G22", "syndic director's announced bank change (signed letter PDF, also sent by registered mail, invites phone verification); verified in Sent next day"),
       atts=[("Courrier_changement_banque_Ainay_Gestion.pdf", pdf(["REGIE AINAY GESTION – 9 rue Sainte-Hélène – 69002 Lyon", "Objet : changement de domiciliation bancaire au 01/03/2025",
                                                                  "Nouvelle domiciliation : CREDIT MUTUEL LYON AINAY", f"IBAN {spaced(IBAN_AINAY_NEW)} – BIC CMCIFR2A",
                                                                  "Frédéric Aubert, Directeur"], producer="Microsoft® Word 2021", when="20250131170000"), "application/pdf")])
t18.add(me, at(2025, 2, 4, 10, 5),
       "Monsieur,\n\nNous avons bien reçu votre courrier recommandé ce matin et j'ai vérifié le changement par téléphone auprès de vous, via votre standard. "
       "Les nouvelles coordonnées seront utilisées pour les règlements à compter du 1er mars 2025.")
t18.add(aubert, at(2025, 2, 4, 11, 30), "Madame,\n\nMerci pour votre vigilance, c'est exactement la démarche que nous souhaitons.\n\nCordialement", G)

# ---------------------------------------------------------------- T7 surveyor Diag Rhône Expertises (Thunderbird on OVH MX Plan)
SUBJ7 = "DDT – 27 rue Vauban – lots 14 et 32 (Girard)"
t7 = Thread("T7", roche, SUBJ7)
t7.add(me, at(2024, 9, 13, 9, 30),
       "Bonjour Monsieur,\n\nL'agence des Brotteaux m'indique que vous avez établi le dossier de diagnostic technique de l'appartement de M. et Mme Girard au 27 rue Vauban. "
       "Pourriez-vous nous le transmettre pour l'avant-contrat ?")
t7.add(roche, at(2024, 9, 16, 8, 47),
       "Bonjour Madame Fontaine,\n\nLe DDT complet fait 42 Mo avec les photos, je vous l'envoie par WeTransfer :\nhttps://we.tl/t-" + alnum(10)
       + "\n\nIl contient le DPE, les constats amiante et plomb, les états gaz et électricité, le mesurage Carrez et l'ERP.\n\nCordialement", GH,
       scen=("G12", "surveyor sends the requested report as a WeTransfer short link (too big to attach)"))
t7.add(me, at(2024, 9, 16, 11, 15),
       "Bonjour Monsieur,\n\nMerci. Notre logiciel de rédaction ne permet pas d'annexer depuis un lien : pourriez-vous m'envoyer les rapports sans les photos, en pièce jointe "
       "(un fichier zip me convient) ?")
t7.add(roche, at(2024, 9, 16, 12, 2), "Voilà, version allégée sans photos en pièce jointe (zip, 3,8 Mo).\n\nCordialement", GH,
       scen=("G13", "surveyor sends the zip of diagnostic PDFs the clerk asked for"),
       atts=[("DDT_27Vauban_Girard_sans_photos.zip", zip_bytes([(f"{n}.pdf", pdf([f"Diag Rhône Expertises – {n.replace('_', ' ')}", "27 rue Vauban – 69006 Lyon – lot 14"],
                                                                               producer="LICIEL Diagnostics", when="20240712150000", zone="+02'00'"))
                                                               for n in ("DPE", "Amiante", "CREP_Plomb", "Electricite", "Gaz", "Carrez", "ERP")],
                                                              when=(2024, 9, 16, 11, 58, 0)), "application/zip")])
t7.add(me, at(2024, 9, 16, 14, 30), "Parfait, merci. Je note DPE classe D et une surface Carrez de 86,42 m².")
t7.add(me, at(2025, 1, 6, 9, 10),
       "Bonjour Monsieur,\n\nL'état des risques (ERP) date de juillet et aura plus de six mois à la signature du 16 janvier. Pourriez-vous nous en établir un nouveau ?")
t7.add(roche, at(2025, 1, 6, 17, 40), "Bonjour,\n\nVoici l'ERP mis à jour ce jour.\n\nBonne année,", G,
       atts=[("ERP_27Vauban_20250106.pdf", pdf(["ETAT DES RISQUES ET POLLUTIONS", "27 rue Vauban – 69006 Lyon", "Etabli le 06/01/2025"], producer="LICIEL Diagnostics",
                                               when="20250106173500"), "application/pdf")])
t7.add(me, at(2025, 1, 7, 8, 50), "Merci beaucoup, bien reçu.")
qr_url = "https://rapports-diag-securise.example/r/" + alnum(8) + "?d=27vauban&m=" + base64.urlsafe_b64encode(me.email.encode()).decode().rstrip("=")
a4_pdf = pdf(["DIAG RHONE EXPERTISES", "Rapport de repérage amiante complémentaire (avant travaux)", "", "Document confidentiel – accès sécurisé",
              "", "Pour consulter le rapport complet, scannez le QR code ci-contre", "avec l'appareil photo de votre téléphone.", "",
              "Le lien d'accès expire 48 heures après l'envoi."], producer="Microsoft: Print To PDF", when="20250204060300", image=qr_gray(qr_url),
             title="Rapport complémentaire")
t7.add(roche, at(2025, 2, 4, 6, 12),
       "Bonjour,\n\nVeuillez trouver ci-joint le rapport complémentaire de repérage amiante (avant travaux) relatif à votre dossier.\n\nPour des raisons de confidentialité, "
       "le rapport complet est consultable en ligne : scannez le QR code figurant sur le document avec votre téléphone.\n\nCordialement", detached=True, label=HJ("server-hijack"), quote=False,
       orig_ip="193.32.249.137",
       scen=("A4", "surveyor's real OVH mailbox + Thunderbird (same headers, other IP), 06:12, dormant thread: PDF with a QR code to an unknown site ('quishing'); no quote"),
       atts=[("Rapport_reperage_amiante_complementaire.pdf", a4_pdf, "application/pdf")])


# ================================================================ DOSSIER 2 – vente Lambert -> Okafor, 8 rue des Remparts d'Ainay, Lyon 2e (buyers in London)
SUBJ8 = "Vente de votre appartement 8 rue des Remparts d'Ainay – Mme Lambert"
t8 = Thread("T9", helene, SUBJ8)
t8.add(me, at(2025, 2, 10, 10, 0),
       "Madame,\n\nVous avez accepté l'offre de M. et Mme Okafor pour l'acquisition de votre appartement du 8 rue des Remparts d'Ainay (lot n° 7), au prix de 268 000 €. "
       "Les acquéreurs seront assistés de leur notaire, Maître Garnier, à Villeurbanne ; Maître Berthier rédigera l'acte.\n\nPour préparer l'avant-contrat, pourriez-vous "
       "nous transmettre votre titre de propriété, le dernier avis de taxe foncière, une pièce d'identité et, l'appartement étant loué jusqu'à récemment, le congé "
       "ou la résiliation du bail ?")
t8.add(helene, at(2025, 2, 14, 15, 37),
       "Bonjour Madame,\n\nBien reçu votre message. Je ne suis pas très à l'aise avec l'ordinateur, mon fils Thomas va m'aider pour les papiers. Je l'ai mis en copie.\n\n"
       "Bien cordialement", G, cc=[(thomas.name, thomas.email)])
t8.add(thomas, at(2025, 2, 17, 21, 5),
       "Bonsoir Madame Fontaine,\n\nJe suis le fils de Mme Lambert. Vous trouverez ci-joint les documents demandés : le titre de propriété (acte de 2006), la taxe foncière 2024 "
       "et la lettre de résiliation du bail par la locataire (départ le 15 décembre). Ma mère vous enverra elle-même sa pièce d'identité.\n\nCordialement", GH,
       cc=[(helene.name, helene.email)], scen=("G20", "the seller's son (introduced by her in the thread) writes for the first time from his own Yahoo address, with documents"),
       atts=[("Acte_achat_2006_Lambert.pdf", pdf(["Acte de vente du 22 juin 2006 – Maître Perrault, notaire à Lyon", "Lot n° 7 – 8 rue des Remparts d'Ainay"],
                                                 producer="Canon iR-ADV C3520", when="20250217205000"), "application/pdf"),
             ("TF2024_Lambert.pdf", pdf(["AVIS D'IMPOT 2024 – TAXES FONCIERES", "Montant : 986 €"], producer="DGFiP", when="20240902101500", zone="+02'00'"), "application/pdf"),
             ("Resiliation_bail.pdf", pdf(["Lettre de congé – locataire", "Départ le 15 décembre 2024"], producer="Canon iR-ADV C3520", when="20250217205200"), "application/pdf")])
t8.add(me, at(2025, 2, 18, 9, 40),
       "Monsieur, Madame,\n\nMerci pour ces documents. Madame, pourriez-vous nous confirmer par écrit que vous nous autorisez à échanger avec votre fils sur ce dossier ?\n\n"
       "Par ailleurs, l'appartement n'étant pas votre résidence principale, la vente est soumise à l'impôt sur la plus-value, que l'office calculera et réglera pour vous. "
       "Pouvez-vous nous indiquer le prix d'achat et les travaux réalisés depuis 2006 ?", to=[(helene.name, helene.email), (thomas.name, thomas.email)])
t8.add(helene, at(2025, 2, 20, 11, 12),
       "Bonjour Madame,\n\nJe vous autorise bien sûr à échanger avec mon fils Thomas.\nJ'ai acheté l'appartement 152 000 € en 2006. La cuisine a été refaite en 2015 et "
       "les fenêtres en 2018, Thomas doit avoir les factures.\n\nBien cordialement", G, cc=[(thomas.name, thomas.email)])
t8.add(me, at(2025, 3, 3, 14, 0),
       "Madame, Monsieur,\n\nPour retenir le montant réel des travaux dans le calcul de la plus-value, il nous faut les factures des entreprises. À défaut, un forfait de 15 % "
       "du prix d'achat peut être appliqué, la détention dépassant cinq ans. Vous trouverez ci-joint une première estimation de l'impôt selon les deux méthodes.",
       to=[(helene.name, helene.email), (thomas.name, thomas.email)],
       atts=[("Estimation_plus-value_Lambert.pdf", pdf(["Estimation de l'impôt sur la plus-value – Vente Lambert", "Prix de cession : 268 000 €",
                                                      "Prix d'acquisition majoré (forfait 15 %) : 174 800 €", "Abattements pour durée de détention : 18 ans"],
                                                     when="20250303135500"), "application/pdf")])
t8.add(thomas, at(2025, 3, 6, 19, 48),
       "Bonsoir,\n\nVoici les factures de la cuisine (2015, 14 300 €) et des fenêtres (2018, 9 850 €). Je n'ai rien trouvé d'autre.\n\nCordialement", G,
       cc=[(helene.name, helene.email)],
       atts=[("Factures_travaux_Lambert.pdf", pdf(["Cuisines Rhône – Facture F2015-0442 – 14 300,00 € TTC", "Menuiseries Saint-Just – Facture 2018-117 – 9 850,00 € TTC"],
                                                 producer="Canon iR-ADV C3520", when="20250306194000"), "application/pdf")])
helene_ato = Pt("Hélène Lambert", helene.email, "olk-ext", "free", "\n\nHélène Lambert")
a15 = xlsx([["FORMULAIRE 2048-IMM – calcul de la plus-value"], ["Prix de cession", 268000], ["Prix d'acquisition", 152000], ["Travaux (frais réels)", 24150],
            ["Activer le contenu pour afficher le calcul"]], macro=True, author="Utilisateur", when="2025-03-20T21:02:00Z")
t8.add(helene_ato, at(2025, 3, 20, 22, 17),
       "Bonjour Madame Fontaine,\n\nSuite à votre courrier du 3 mars, voici le formulaire 2048-IMM que mon comptable a pré-rempli avec le calcul de la plus-value "
       "et les frais réels.\n\nLe fichier contient des calculs automatiques : il faut cliquer sur « Activer le contenu » pour que les montants s'affichent.\n\n"
       "Merci de me dire si cela vous convient.\n\nCordialement", detached=True, label=HJ("account-takeover"), qrec=t8.recs[-2], orig_ip="45.141.215.87",
       scen=("A15", "seller's Free mailbox used from another client (Outlook via Free SMTP, foreign IP) instead of Zimbra webmail: tax-form .xlsm macro lure, Outlook-style quote"),
       atts=[("2048-IMM_Lambert_calcul_PV.xlsm", a15, "application/vnd.ms-excel.sheet.macroEnabled.12")])
t8.add(me, at(2025, 4, 2, 10, 30),
       "Madame, Monsieur,\n\nComme convenu au téléphone le 21 mars, nous ne tenons pas compte du fichier reçu le 20 mars au soir à votre nom, que vous n'avez pas envoyé. "
       "Pensez à changer le mot de passe de votre messagerie.\n\nLa signature de l'acte de vente est fixée au jeudi 5 juin 2025 à 10h00 à l'office ; les acquéreurs, "
       "qui vivent à Londres, signeront par procuration.", to=[(helene.name, helene.email), (thomas.name, thomas.email)])
t8.add(helene, at(2025, 4, 3, 16, 20), "Bonjour Madame,\n\nC'est fait, Thomas a changé le mot de passe. Le 5 juin me convient.\n\nBien cordialement", G,
       cc=[(thomas.name, thomas.email)])
t8.add(me, at(2025, 6, 6, 11, 0),
       "Madame,\n\nLe solde du prix vous a été viré ce jour, déduction faite de l'impôt sur la plus-value (9 412 €) que l'office a réglé pour votre compte, "
       "des sommes dues au syndic et de nos frais. Vous trouverez ci-joint le décompte.", to=[(helene.name, helene.email), (thomas.name, thomas.email)],
       atts=[("Decompte_vendeur_Lambert.pdf", pdf(["Décompte vendeur – Vente Lambert / Okafor", "Prix : 268 000,00 €", "Impôt sur la plus-value : - 9 412,00 €",
                                                  "Sommes dues au syndic : - 612,40 €", "Solde versé : 256 702,60 €"], when="20250606105500", zone="+02'00'"), "application/pdf")])
t8.add(thomas, at(2025, 6, 6, 20, 30), "Bonsoir,\n\nMerci pour tout, ma mère a bien reçu le virement.\n\nThomas Lambert", G, cc=[(helene.name, helene.email)])

SUBJ8b = "8 rue des Remparts d'Ainay – lot 7 – demande de pré-état daté"
t8b = Thread("T10", marchetti, SUBJ8b)
t8b.add(me, at(2025, 3, 24, 11, 0),
        "Bonjour Madame Marchetti,\n\nNous sommes chargés de la vente du lot n° 7 de la copropriété du 8 rue des Remparts d'Ainay (venderesse Mme Hélène Lambert). "
        "Pourriez-vous nous adresser le pré-état daté ?")
t8b.add(marchetti, at(2025, 4, 10, 14, 45),
        "Bonjour Madame Fontaine,\n\nVeuillez trouver ci-joint le pré-état daté du lot 7. Sommes restant dues à ce jour : 612,40 €.\n\nPour le règlement le jour de la vente, "
        "merci d'utiliser nos nouvelles coordonnées bancaires au Crédit Mutuel, annoncées par le courrier de M. Aubert du 3 février (RIB joint pour mémoire).\n\nCordialement",
        GH, scen=("G23", "syndic asks to pay on the new account announced in February and verified by phone by the clerk (RIB attached)"),
        atts=[("Pre-etat-date_lot7_8Remparts.pdf", pdf(["PRE-ETAT DATE – 8 rue des Remparts d'Ainay – Lot 7", "Sommes dues : 612,40 €"], when="20250410143000",
                                                      zone="+02'00'"), "application/pdf"),
              ("RIB_Ainay_Gestion_CM.pdf", rib_pdf("REGIE AINAY GESTION", "CREDIT MUTUEL LYON AINAY", IBAN_AINAY_NEW, "CMCIFR2A", ("9 RUE SAINTE-HELENE", "69002 LYON"),
                                                    when="20250301090000", producer="Crédit Mutuel – RIB", zone="+01'00'"), "application/pdf")])
t8b.add(me, at(2025, 4, 10, 16, 0), "Merci Madame. Le RIB est conforme à celui que nous avons vérifié avec M. Aubert en février.")
t8b.add(me, at(2025, 6, 6, 9, 30),
        "Madame,\n\nNous vous notifions la mutation du lot 7 intervenue le 5 juin 2025 au profit de M. et Mme Okafor (avis de mutation ci-joint). Les sommes dues (612,40 €) "
        "vous sont réglées ce jour sur votre compte au Crédit Mutuel.",
        atts=[("Avis_mutation_8Remparts.pdf", pdf(["AVIS DE MUTATION – article 20 de la loi du 10 juillet 1965", "Lot 7 – acte du 5 juin 2025"], when="20250606092500",
                                                  zone="+02'00'"), "application/pdf")])
t8b.add(marchetti, at(2025, 6, 10, 10, 15), "Bonjour,\n\nBien reçu, merci. Le compte de Mme Lambert est soldé.\n\nCordialement", G)

# ---------------------------------------------------------------- T11 buyers Okafor (English, London)
SUBJ9 = "Purchase of flat – 8 rue des Remparts d'Ainay, Lyon"
t9 = Thread("T11", daniel, SUBJ9)
t9.add(daniel, at(2025, 2, 12, 8, 15, LON),
       "Dear Ms Fontaine,\n\nMy wife Grace and I have agreed to buy Mrs Lambert's flat at 8 rue des Remparts d'Ainay. We live in London and this is our first purchase in France, "
       "so please forgive our questions. Our family friend Maître Sophie Garnier in Villeurbanne has agreed to act for us alongside your office.\n\n"
       "Could you tell us what the next steps are and what you need from us?", to=ME_TO, cc=[(grace.name, grace.email)])
t9.add(me, at(2025, 2, 13, 10, 30),
       "Dear Mr and Mrs Okafor,\n\nThank you for your message. The usual steps are:\n1. a preliminary contract (compromis de vente), which we plan to sign at our office "
       "on Friday 14 March at 2 pm;\n2. a 10% deposit (26 800 EUR), paid to our office's escrow account at the Caisse des Dépôts;\n3. a 10-day cooling-off period "
       "after signature;\n4. the final deed, about three months later, which you can sign in person or by power of attorney.\n\n"
       "We will need copies of your passports, your marriage certificate and a short civil-status questionnaire, which Maître Garnier's office will collect from you.",
       to=[(daniel.name, daniel.email)], cc=[(grace.name, grace.email)])
t9.add(daniel, at(2025, 2, 14, 7, 50, LON),
       "Dear Léa (if I may),\n\nThank you, that is very clear. Two questions: do we need a French bank account, and will we pay the deposit in euros from our UK account?\n\n"
       "Best regards,\nDaniel", G, sig=False, cc=[(grace.name, grace.email)])
t9.add(me, at(2025, 2, 20, 11, 0),
       "Dear Daniel,\n\nYou do not need a French bank account for the purchase. The deposit and the balance can be sent in euros from your UK account by SWIFT transfer; "
       "please use only the bank details we give you on our letterhead and check them by phone with our switchboard before any transfer.\n\n"
       "We look forward to meeting you on 14 March.", to=[(daniel.name, daniel.email)], cc=[(grace.name, grace.email)])
t9.add(me, at(2025, 3, 14, 17, 30),
       "Dear Mr and Mrs Okafor,\n\nThank you for coming today. As discussed, please transfer the deposit of 26 800 EUR to our escrow account at the Caisse des Dépôts "
       "(details attached), reference « 2025-0210 OKAFOR ». These details will never change; if you ever receive other bank details in our name, call us.",
       to=[(daniel.name, daniel.email), (grace.name, grace.email)],
       atts=[("RIB_Office_CDC.pdf", rib_pdf("SCP BERTHIER VASSEUR ET ASSOCIES NOTAIRES", "CAISSE DES DEPOTS ET CONSIGNATIONS", IBAN_OFFICE, "CDCGFRPPXXX",
                                            ("24 COURS FRANKLIN ROOSEVELT", "69006 LYON"), when="20240102090000", producer="CDC – Édition RIB", zone="+01'00'"), "application/pdf")])
t9.add(daniel_w, at(2025, 3, 17, 12, 41, LON),
       "Dear Léa,\n\nWriting from my work address as I can't get to Gmail from the office network. We instructed the transfer of the 26,800 EUR deposit from Barclays this "
       "morning with the reference you gave; Barclays says it should arrive within two working days. I'll send you the confirmation tonight from my personal address.\n\n"
       "Kind regards,", GH, cc=[(grace.name, grace.email), (daniel.name, daniel.email)],
       scen=("G18", "buyer writes once from his employer's M365 address (different client and domain), explains why, no payment change"))
t9.add(daniel, at(2025, 3, 18, 19, 5, LON),
       "Hi Léa,\n\nAs promised, here is the SWIFT confirmation from Barclays for the deposit.\n\nBest regards,\nDaniel", GH, sig=False, cc=[(grace.name, grace.email)],
       scen=("G19", "buyer sends the SWIFT/MT103 confirmation PDF of the deposit he announced the day before"),
       atts=[("Barclays_SWIFT_confirmation_26800EUR.pdf", pdf(["BARCLAYS BANK UK PLC – INTERNATIONAL PAYMENT CONFIRMATION", "MT103 – :32A:250317EUR26800,00",
                                                             ":59:/" + IBAN_OFFICE + " SCP BERTHIER VASSEUR ET ASSOCIES", ":70:2025-0210 OKAFOR"],
                                                            producer="Barclays Online Banking", when="20250317113000", zone="Z"), "application/pdf")])
t9.add(me, at(2025, 3, 19, 10, 14), "Dear Daniel,\n\nThe deposit of 26 800 EUR was credited to our escrow account this morning. Thank you.",
       to=[(daniel.name, daniel.email)], cc=[(grace.name, grace.email)])
daniel_ato = Pt("Daniel Okafor", daniel.email, "tb_en", "gmail-smtp", "", tz=ZoneInfo("Africa/Lagos"), lang="en")
t9.add(daniel_ato, at(2025, 3, 22, 2, 41, ZoneInfo("Africa/Lagos")),
       "Dear Léa,\n\nGrace and I have thought about this very carefully over the last few days and we have decided to withdraw from the purchase, as we are entitled to do "
       "within the 10-day cooling-off period. Please treat this email as our formal notice of withdrawal.\n\nAs our Barclays account is being closed as part of our "
       "relocation, please refund the deposit of EUR 26,800 to our Wise account:\n\nAccount holder: Daniel Okafor\nIBAN: " + spaced(IBAN_A3) + "\nBIC: TRWIBEB1XXX\n\n"
       "We would be grateful if this could be processed on Monday. We are travelling and cannot take calls this week.\n\nKind regards,\nDaniel & Grace",
       label=HJ("account-takeover"), sig=False, orig_ip="194.36.111.58", qtz=PAR,
       scen=("A3", "buyer's Gmail used via SMTP from a VPS with Thunderbird (Gmail web before), 03:41 Paris: 'withdrawal', refund the deposit to a Wise IBAN; no payload"))
t9.add(me, at(2025, 3, 24, 8, 50),
       "Dear Daniel, dear Grace,\n\nWe received an email in your name on Saturday night announcing a withdrawal and asking us to refund the deposit to a Wise account. "
       "A withdrawal must be notified by registered letter, and any refund can only be made to the account the funds came from. I will call you this morning.",
       to=[(daniel.name, daniel.email), (grace.name, grace.email)])
t9.add(daniel, at(2025, 3, 24, 12, 20, LON),
       "Léa,\n\nThank you for calling. We definitely did NOT send that email – we are very much still buying! We have changed the Gmail password and turned on 2-step "
       "verification; Google shows a login from a server in the Netherlands on Friday night. Please ignore anything asking for a refund.\n\nDaniel", G, sig=False,
       cc=[(grace.name, grace.email)])
t9.add(grace, at(2025, 4, 28, 22, 48, LON),
       "Hi Léa, sorry for the late message! Quick question before I forget: can we sign the final deed without coming to Lyon? Daniel has a big project in June.\n\nThanks!\nGrace",
       GH, cc=[(daniel.name, daniel.email)], scen=("G27", "buyer's wife from her iPhone at 23:48 Paris time (22:48 in London), short question in the thread"))
t9.add(me, at(2025, 4, 29, 9, 20),
       "Dear Grace,\n\nYes. You can both sign a notarised power of attorney remotely: you will receive an invitation from our secure client platform to a short video call "
       "with Maître Berthier for the identity check, then sign electronically with a qualified signature. A member of our office will then sign the deed on your behalf on 5 June.",
       to=[(grace.name, grace.email)], cc=[(daniel.name, daniel.email)])
t9.add(daniel, at(2025, 4, 29, 12, 2, LON), "Perfect, thank you Léa. We'll look out for the invitation.\n\nDaniel", G, sig=False, cc=[(grace.name, grace.email)])
t9.add(me, at(2025, 6, 5, 15, 30),
       "Dear Daniel, dear Grace,\n\nThe sale was completed this morning: you are now the owners of the flat. Maître Garnier has the keys for you. "
       "You will receive the title (copie authentique) after registration with the land registry.", to=[(daniel.name, daniel.email), (grace.name, grace.email)])
t9.add(daniel, at(2025, 6, 5, 18, 10, LON), "Wonderful news – thank you so much for all your help, Léa!\n\nDaniel & Grace", G, sig=False, cc=[(grace.name, grace.email)])

# ---------------------------------------------------------------- T12 participation with Maître Garnier's office (same notarial mail service, Zimbra web)
SUBJ10 = "Vente Lambert / Okafor – 8 rue des Remparts d'Ainay – participation"
t10 = Thread("T12", garnier, SUBJ10)
t10.add(me, at(2025, 2, 21, 10, 20),
        "Chère Maître,\n\nM. et Mme Okafor nous indiquent que vous les assisterez pour l'acquisition du lot n° 7 du 8 rue des Remparts d'Ainay, vendu par Mme Lambert "
        "au prix de 268 000 €. Maître Berthier rédigera l'acte ; je vous adresserai le projet d'avant-contrat dès que possible.\n\nPourriez-vous recueillir les pièces "
        "d'état civil de vos clients ?", to=[(garnier.name, garnier.email)])
t10.add(kevin, at(2025, 2, 24, 9, 45),
        "Bonjour Madame Fontaine,\n\nMaître Garnier m'a transmis votre message, je suis en charge du dossier à l'étude. Nous recueillons les pièces d'état civil des époux "
        "Okafor. Merci de m'adresser le projet d'avant-contrat.\n\nBien cordialement", G, cc=[(garnier.name, garnier.email)])
t10.add(me, at(2025, 3, 5, 16, 0), "Bonjour Monsieur,\n\nVoici le projet de compromis pour relecture. La signature est prévue le vendredi 14 mars à 14h00 à notre office.",
        to=[(kevin.name, kevin.email)], cc=[(garnier.name, garnier.email)],
        atts=[("Projet_compromis_Lambert_Okafor.docx", docx(["COMPROMIS DE VENTE", "Mme Hélène LAMBERT, venderesse", "M. et Mme OKAFOR, acquéreurs",
                                                           "Lot n° 7 – 8 rue des Remparts d'Ainay – 69002 Lyon", "Prix : 268 000 euros", "Dépôt de garantie : 26 800 euros"],
                                                          "Compromis Lambert Okafor", "Léa Fontaine", "2025-03-05T15:50:00Z", "SCP Berthier Vasseur"),
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
t10.add(kevin, at(2025, 3, 7, 11, 30),
        "Bonjour Madame Fontaine,\n\nVous trouverez ci-joint nos observations en mode révision (régime matrimonial des acquéreurs : mariage célébré à Londres sans contrat, "
        "loi applicable à préciser ; clause de jouissance).\n\nBien cordialement", GH, cc=[(garnier.name, garnier.email)],
        scen=("G24", "the other notary's clerk returns the draft as a .docx with tracked changes, as asked"),
        atts=[("Projet_compromis_Lambert_Okafor_obs_Garnier.docx", docx(["COMPROMIS DE VENTE", "[Observation KD : régime matrimonial – mariage à Londres, loi anglaise ?]",
                                                                       "Lot n° 7 – 8 rue des Remparts d'Ainay – 69002 Lyon", "Prix : 268 000 euros"],
                                                                      "Compromis Lambert Okafor", "Kévin Dumas", "2025-03-07T10:20:00Z", "Etude Garnier"),
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
t10.add(me, at(2025, 3, 7, 15, 0), "Merci, j'ai intégré vos observations ; nous ajoutons la déclaration de loi applicable (loi anglaise, régime de séparation).",
        to=[(kevin.name, kevin.email)], cc=[(garnier.name, garnier.email)])
inv_start = at(2025, 3, 14, 14, 0)
z_ics = ics(ruuid(), "Signature compromis Lambert / Okafor – Office Berthier", inv_start, plus(inv_start, 90), (kevin.name, kevin.email),
            [(me.name, me.email), (garnier.name, garnier.email)], "Office notarial Berthier\\, 24 cours Franklin Roosevelt\\, 69006 Lyon",
            "Signature du compromis de vente Lambert / Okafor. Présence de Maître Garnier.", prodid="Zimbra-Calendar-Provider")
emit(kevin, "zimbra", at(2025, 3, 10, 9, 12), [(me.name, me.email), (garnier.name, garnier.email)], None, "Signature compromis Lambert / Okafor – Office Berthier", [],
     "Les informations suivantes concernent une réunion à laquelle vous êtes invité :\n\nSujet : Signature compromis Lambert / Okafor – Office Berthier\n"
     "Organisateur : \"Kévin Dumas\" <kevin.dumas.69265@notaires.example>\n\nLieu : Office notarial Berthier, 24 cours Franklin Roosevelt, 69006 Lyon\n"
     f"Heure : vendredi 14 mars 2025, 14:00:00 - 15:30:00 GMT +01:00 Bruxelles / Copenhague / Madrid / Paris\n\nInvités : {me.email}; {garnier.email}\n\n*~*~*~*~*~*~*~*~*~*\n\n"
     "Signature du compromis de vente Lambert / Okafor. Présence de Maître Garnier.", alt_parts=[("text/calendar; charset=utf-8; method=REQUEST", z_ics)],
     label=GH, scen=("G29", "the other notary's clerk sends a Zimbra calendar invitation (text/calendar) for the signing appointment"))
o1_parent = make_mid(nadia, "olk", at(2025, 3, 11, 16, 40))
o1_q = dict(t=at(2025, 3, 11, 16, 40), name=nadia.name, email=nadia.email, subj="Pièces d'état civil – Okafor", to=[(kevin.name, kevin.email)], cc=[],
            plain="Bonjour Monsieur,\n\nPour compléter le dossier Lambert / Okafor, pourriez-vous nous transmettre la traduction certifiée de l'acte de mariage des époux Okafor ?\n\n"
                  "Merci,\n" + nadia.sig.strip())
emit(kevin, "zimbra", at(2025, 3, 12, 10, 3), [(nadia.name, nadia.email)], [(me.name, me.email)], "RE: Pièces d'état civil – Okafor", [o1_parent],
     "Bonjour Madame Benali,\n\nVous trouverez ci-joint la traduction certifiée de l'acte de mariage (traducteur assermenté près la cour d'appel de Lyon). "
     "Je mets Mme Fontaine en copie puisqu'elle suit le dossier.\n\nBien cordialement" + kevin.sig + quote_of("zimbra", o1_q),
     label=GO, scen=("O1", "other notary's clerk replies to the office assistant and adds the clerk in Cc; the assistant's message is not in this mailbox"),
     atts=[("Traduction_acte_mariage_Okafor.pdf", pdf(["TRADUCTION CERTIFIEE CONFORME", "Certificate of marriage – Daniel OKAFOR and Grace ADEYEMI – London, 2016"],
                                                     producer="Adobe Scan", when="20250312095000"), "application/pdf")])
t10_apr14_t = at(2025, 4, 14, 10, 0)
t10_apr14 = t10.add(me, t10_apr14_t, "Chère Maître, Monsieur,\n\nVous trouverez ci-joint le projet d'acte de vente pour relecture, en vue de la signature du 5 juin.",
        to=[(garnier.name, garnier.email), (kevin.name, kevin.email)],
        atts=[("Projet_acte_vente_Lambert_Okafor.pdf", pdf(["PROJET – ACTE DE VENTE", "Mme LAMBERT / M. et Mme OKAFOR", "Lot 7 – 8 rue des Remparts d'Ainay"],
                                                          producer="iNot Actes", when="20250414095500", zone="+02'00'"), "application/pdf")])
t10.add(garnier, at(2025, 4, 16, 17, 35),
        "Chère Madame,\n\nJe me permets de vous répondre directement, Kévin étant en congé cette semaine. Le projet appelle deux observations de ma part : la procuration "
        "des acquéreurs devra être reçue en la forme authentique à distance, et la clause relative aux diagnostics doit viser l'ERP mis à jour. Pour le reste, "
        "le projet me convient.\n\nBien confraternellement", GH, cc=[(kevin.name, kevin.email)],
        scen=("G7", "the notary in participation herself joins the thread for the first time (her clerk wrote until now), same mail service"))
t10.add(me, at(2025, 4, 17, 9, 30),
        "Chère Maître,\n\nMerci pour vos observations, que j'intègre. Maître Berthier recevra la procuration à distance via notre plateforme. Je vous adresserai la version "
        "définitive après les dernières vérifications.", to=[(garnier.name, garnier.email)], cc=[(kevin.name, kevin.email)])
svg = ('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="800" height="1000" viewBox="0 0 800 1000">\n'
       '<rect width="800" height="1000" fill="#f2f2f2"/><text x="60" y="120" font-family="Arial" font-size="26" fill="#1f3a5f">Projet d\'acte – version définitive</text>\n'
       '<text x="60" y="170" font-family="Arial" font-size="16" fill="#444">Chargement du document sécurisé…</text>\n'
       '<script type="text/javascript"><![CDATA[\n  var e = "' + base64.b64encode(me.email.encode()).decode() + '";\n'
       '  // inert probe placeholder: redirect to a credential page\n  window.location.href = "https://acte-consultation-securisee.example/v/' + alnum(12) + '#" + e;\n]]></script>\n</svg>\n')
a11_quote = t10.last["plain"].replace("Je vous adresserai la version définitive après les dernières vérifications.",
                                      "Kévin pourra m'adresser la version définitive avec vos corrections, que je validerai avant vendredi.")
t10.add(kevin, at(2025, 4, 23, 12, 52),
        "Bonjour Léa,\n\nComme indiqué par Maître Garnier, vous trouverez ci-joint la version définitive du projet d'acte avec nos dernières corrections.\n\n"
        "Merci de la valider avant vendredi.\n\nBien cordialement", detached=True, label=HJ("server-hijack"), quote_text=a11_quote, orig_ip="102.89.34.211",
        cc=[(garnier.name, garnier.email)],
        scen=("A11", "other notary's clerk's real Zimbra account on the shared notarial mail service (other IP): 'final draft' as an SVG with a redirect script; quote altered"),
        atts=[("Projet_acte_Lambert-Okafor_v3_definitif.svg", svg.encode(), "image/svg+xml")])
t10.add(kevin, at(2025, 4, 24, 8, 40),
        "Bonjour Madame Fontaine,\n\nNe tenez surtout pas compte du message envoyé hier à mon nom avec une pièce jointe .svg : mon compte de messagerie a été compromis, "
        "le support du notariat a réinitialisé mon accès ce matin. Nos seules observations sont celles de Maître Garnier du 16 avril.\n\nToutes mes excuses,", G,
        cc=[(garnier.name, garnier.email)])
look_garnier = Pt("Sophie Garnier", "garnier.etude.notaire@outlook.com", "outlookcom", "outlookcom")
t10.add(look_garnier, at(2025, 5, 12, 9, 18),
        "Bonjour,\n\nSuite à l'incident de sécurité survenu sur notre messagerie le mois dernier, l'étude a mis en place un espace sécurisé pour l'échange des projets et des "
        "pièces. Le projet d'acte validé et la procuration des acquéreurs y sont disponibles.\n\nMerci de vous identifier avec vos identifiants de messagerie notariale "
        "pour y accéder :\nhttps://espace-notaires-partage.example/etude-garnier/connexion?login=" + me.email.split("@")[0] + "\n\nCordialement,\n\nMaître Sophie Garnier\nNotaire",
        detached=True, label=HJ("display-name-spoof"), sig=False, quote=False,
        scen=("A7", "'Sophie Garnier' from an outlook.com address, reply in the participation thread citing the real incident: AitM look-alike login of the notarial webmail"))
t10.add(kevin, at(2025, 5, 26, 10, 10),
        "Bonjour Madame Fontaine,\n\nJe vous confirme la présence de Maître Garnier à la signature du jeudi 5 juin à 10h00. Nos clients nous indiquent que la procuration "
        "a bien été signée.\n\nBien cordialement", G, cc=[(garnier.name, garnier.email)])
t10.add(garnier, at(2025, 6, 6, 9, 0),
        "Chère Madame,\n\nMerci pour cette collaboration efficace. Pourrez-vous nous adresser une copie de l'acte pour notre dossier ?\n\nBien confraternellement", G,
        cc=[(kevin.name, kevin.email)])
t10.add(me, at(2025, 6, 6, 11, 20), "Chère Maître,\n\nAvec plaisir, vous la recevrez dès la publication.", to=[(garnier.name, garnier.email)], cc=[(kevin.name, kevin.email)])

# ================================================================ DOSSIER 3 – vente Faure -> Rey, 4 rue d'Austerlitz, Lyon 4e (failed mortgage, revived)
SUBJ12 = "Acquisition 4 rue d'Austerlitz – M. et Mme Rey"
t12 = Thread("T13", sebastien, SUBJ12)
t12.add(me, at(2024, 10, 21, 11, 0),
        "Madame, Monsieur,\n\nL'agence Croix-Rousse Habitat nous a transmis votre offre pour l'appartement de M. Faure au 4 rue d'Austerlitz. Pour préparer le compromis, "
        "prévu le lundi 4 novembre à 14h00 à l'office, pourriez-vous déposer sur votre espace client vos pièces d'identité, votre livret de famille et votre plan de financement ?")
t12.add(sebastien, at(2024, 10, 23, 20, 30),
        "Bonsoir Madame,\n\nLes documents sont déposés sur l'espace client. Notre courtier nous dit que le prêt de 260 000 € ne devrait pas poser de problème, "
        "nous attendons la réponse de trois banques.\n\nCordialement", G)
notadoc_note(at(2024, 10, 23, 20, 24), "Nouveaux documents déposés – Acquisition 4 rue d'Austerlitz",
             "Bonjour Léa Fontaine,\n\nSébastien Rey a déposé 3 nouveaux documents dans le dossier « Acquisition 4 rue d'Austerlitz – Rey » :\n- CNI_Rey_Sebastien.pdf\n"
             "- CNI_Rey_Amandine.pdf\n- Livret_famille.pdf", "/dossiers/2024-1021/documents")
t12.add(me, at(2024, 11, 4, 16, 45),
        "Madame, Monsieur,\n\nMerci pour ce rendez-vous. Le dépôt de garantie de 14 900 € est à verser sur le compte de l'office à la Caisse des Dépôts (RIB joint), "
        "référence « 2024-1021 REY ». La condition suspensive de prêt expire le 31 décembre 2024.",
        atts=[("RIB_Office_CDC.pdf", rib_pdf("SCP BERTHIER VASSEUR ET ASSOCIES NOTAIRES", "CAISSE DES DEPOTS ET CONSIGNATIONS", IBAN_OFFICE, "CDCGFRPPXXX",
                                             ("24 COURS FRANKLIN ROOSEVELT", "69006 LYON"), when="20240102090000", producer="CDC – Édition RIB", zone="+01'00'"), "application/pdf")])
t12.add(sebastien, at(2024, 11, 6, 12, 10), "Bonjour,\n\nVirement de 14 900 € effectué ce matin.\n\nCordialement", G)
t12.add(sebastien, at(2024, 12, 18, 19, 40),
        "Bonsoir Madame Fontaine,\n\nMauvaise nouvelle : les trois banques ont refusé notre prêt, notre taux d'endettement dépasse 35 % depuis la baisse de salaire "
        "d'Amandine. Vous trouverez ci-joint les lettres de refus. Nous sommes très déçus.\n\nCordialement", G,
        atts=[("Refus_pret_BSR.pdf", pdf(["BANQUE SAONE-RHONE – Refus de prêt", "Demande de prêt immobilier de 260 000 €"], producer="BSR Editique",
                                         when="20241216100000"), "application/pdf"),
              ("Refus_pret_CRL.pdf", pdf(["Crédit Rhodanien – Réponse à votre demande de financement", "Nous ne sommes pas en mesure de donner une suite favorable"],
                                         producer="CRL", when="20241217110000"), "application/pdf")])
t12.add(me, at(2024, 12, 19, 10, 30),
        "Monsieur,\n\nJe suis désolée pour vous. La condition suspensive de prêt n'étant pas réalisée du fait des refus bancaires, le compromis deviendra caduc le "
        "31 décembre et votre dépôt de garantie vous sera restitué, sur le compte d'origine, après accord écrit du vendeur.")
t12.add(me, at(2025, 1, 7, 15, 0), "Monsieur,\n\nLe dépôt de garantie de 14 900 € vous a été restitué ce jour sur le compte d'où il provenait.")
t12.add(sebastien, at(2025, 1, 8, 8, 20), "Bonjour,\n\nBien reçu, merci pour tout.\n\nCordialement", G)
t12.add(sebastien, at(2025, 4, 22, 18, 55),
        "Bonjour Madame Fontaine,\n\nJe me permets de revenir vers vous après quelques mois : M. Faure n'a pas revendu l'appartement et nous avons obtenu un accord "
        "de financement auprès du Crédit Rhodanien, grâce à un prêt à taux zéro et à une donation de mes parents. L'agence nous dit que M. Faure est d'accord pour "
        "repartir sur les mêmes bases.\n\nEst-il possible de refaire un compromis ?\n\nCordialement", GH,
        scen=("G8", "buyer revives the lapsed-sale thread after four months: sale failed for lack of mortgage in December, new financing found"))
t12.add(me, at(2025, 4, 23, 10, 0),
        "Monsieur,\n\nC'est une très bonne nouvelle. Nous pouvons signer un nouveau compromis le lundi 26 mai à 14h00. D'ici là, merci de déposer sur votre espace client "
        "l'accord de principe de la banque et le justificatif de la donation de vos parents.")
sebastien_ato = Pt("Sébastien Rey", sebastien.email, "olk-ext", "sfr", "\n\nSébastien Rey\n06 20 57 11 86")
a10_zip = zipcrypto([("Accord_principe_Credit_Rhodanien.pdf.lnk", lnk_bytes("C:\\Windows\\System32\\cmd.exe /c inert-probe-placeholder")),
                     ("Justificatif_donation.pdf", pdf(["Attestation de don familial"], producer="Microsoft: Print To PDF", when="20250518221000", zone="+02'00'"))],
                    "Rey2025")
t12.add(sebastien_ato, at(2025, 5, 18, 22, 41),
        "Bonsoir Madame Fontaine,\n\nComme demandé, voici les justificatifs de financement et l'accord de la banque pour le nouveau compromis.\n\nPar sécurité l'archive est "
        "protégée, le mot de passe est : Rey2025\n\nBonne soirée", detached=True, label=HJ("account-takeover"), orig_ip="185.107.57.22",
        scen=("A10", "buyer's SFR mailbox used from Outlook via SMTP (webmail before), Sunday 22:41: password-protected zip (password in text) holding a .lnk; faithful Outlook quote"),
        atts=[("Justificatifs_financement_Rey.zip", a10_zip, "application/x-zip-compressed")])
t12.add(me, at(2025, 5, 19, 9, 5),
        "Monsieur,\n\nNous avons reçu hier soir un message à votre nom avec une archive protégée par mot de passe, que nous n'ouvrons pas par sécurité. "
        "Pouvez-vous plutôt déposer les documents sur votre espace client ?")
t12.add(sebastien, at(2025, 5, 19, 12, 44),
        "Bonjour Madame,\n\nJe ne vous ai rien envoyé hier soir ! Je change tout de suite le mot de passe de ma messagerie SFR. Je viens de déposer l'accord de principe "
        "et l'attestation de donation sur l'espace client.\n\nMerci de m'avoir prévenu", G)
notadoc_note(at(2025, 5, 19, 12, 39), "Nouveaux documents déposés – Acquisition 4 rue d'Austerlitz",
             "Bonjour Léa Fontaine,\n\nSébastien Rey a déposé 2 nouveaux documents dans le dossier « Acquisition 4 rue d'Austerlitz – Rey » :\n"
             "- Accord_principe_Credit_Rhodanien.pdf\n- Attestation_donation.pdf", "/dossiers/2024-1021/documents")
t12.add(me, at(2025, 5, 27, 9, 0),
        "Madame, Monsieur,\n\nSuite à la signature d'hier, le nouveau dépôt de garantie de 14 900 € est à verser sur le compte de l'office à la Caisse des Dépôts, "
        "avec les mêmes coordonnées bancaires que l'an dernier.")
t12.add(sebastien, at(2025, 6, 16, 19, 2), "Bonsoir,\n\nNous avons reçu l'offre de prêt du Crédit Rhodanien aujourd'hui, on attend les dix jours !\n\nCordialement", G)

# ---------------------------------------------------------------- T14 agency Croix-Rousse Habitat (Google Workspace)
SUBJ13 = "Vente Faure / Rey – 4 rue d'Austerlitz"
t13 = Thread("T14", vidal, SUBJ13)
t13.add(vidal, at(2024, 10, 15, 14, 20),
        "Bonjour Léa,\n\nNouveau dossier : l'appartement de M. Patrick Faure au 4 rue d'Austerlitz (T3, 68 m²), vendu 298 000 € à M. et Mme Rey. Prêt de 260 000 €. "
        "Ci-joint la fiche de renseignements et l'offre acceptée.\n\nÀ bientôt,", to=ME_TO,
        atts=[("Fiche_renseignements_Faure_Rey.pdf", pdf(["Croix-Rousse Habitat – Fiche de renseignements", "Vendeur : M. Patrick FAURE", "Acquéreurs : M. et Mme REY"],
                                                        producer="Google Docs Renderer", when="20241015121500", zone="Z"), "application/pdf")])
t13.add(me, at(2024, 10, 16, 9, 0), "Bonjour Sandrine,\n\nMerci. Je propose de signer le compromis à l'office le lundi 4 novembre à 14h00.")
t13.add(vidal, at(2024, 10, 16, 11, 45), "Parfait, c'est confirmé avec les deux parties.", G)
t13.add(me, at(2024, 12, 19, 11, 0),
        "Bonjour Sandrine,\n\nPour information, les trois banques ont refusé le prêt de M. et Mme Rey. Le compromis sera caduc le 31 décembre et le dépôt de garantie "
        "leur sera restitué.")
t13.add(vidal, at(2024, 12, 19, 12, 30), "Dommage, ils étaient vraiment motivés. Je vois avec M. Faure pour la remise en vente en janvier.", G)
t13.add(vidal, at(2025, 4, 22, 17, 10),
        "Bonjour Léa,\n\nM. Rey vient de m'appeler : ils ont trouvé un financement et M. Faure, qui n'a pas eu d'autre offre sérieuse, est d'accord pour repartir au même prix. "
        "Ils vont vous écrire.\n\nPetite info : je serai en congé maternité à partir du 19 mai, mon collègue Hugo Lefèvre prendra le relais sur ce dossier.", G)
t13.add(me, at(2025, 4, 23, 10, 20), "Bonjour Sandrine,\n\nMerci ! Je propose le lundi 26 mai à 14h00 pour le nouveau compromis. Et tous mes vœux pour la suite !")
t13.add(hugo, at(2025, 5, 20, 9, 40),
        "Bonjour Madame Fontaine,\n\nJe prends le relais de Sandrine pendant son congé. Je vous confirme la présence de M. Faure et de M. et Mme Rey le lundi 26 mai à 14h00 "
        "pour le compromis.\n\nBien cordialement,", GH, scen=("G33", "agency colleague announced earlier in the thread takes over and writes for the first time"))
t13.add(me, at(2025, 5, 20, 10, 5), "Bonjour Monsieur,\n\nMerci, c'est noté. À lundi.", to=[(hugo.name, hugo.email)])
t13.add(hugo, at(2025, 5, 27, 11, 15), "Bonjour,\n\nMerci pour le rendez-vous d'hier, tout le monde était ravi. Bonne journée,", G)

# ---------------------------------------------------------------- T15 seller Patrick Faure (Gmail)
SUBJ14 = "Vente 4 rue d'Austerlitz – M. Faure"
t14 = Thread("T15", faure, SUBJ14)
t14.add(me, at(2024, 10, 17, 10, 0),
        "Monsieur,\n\nL'agence Croix-Rousse Habitat nous a informés de la vente de votre appartement à M. et Mme Rey. Pour préparer le compromis du 4 novembre, "
        "pourriez-vous nous transmettre votre titre de propriété, la dernière taxe foncière et les coordonnées de votre syndic ?")
t14.add(faure, at(2024, 10, 18, 18, 22),
        "Bonsoir,\n\nVoici le titre de propriété et la taxe foncière. Le syndic est la Régie Ainay Gestion.\n\nCordialement", G,
        atts=[("titre_propriete_faure.pdf", pdf(["Acte de vente du 3 mars 2015 – 4 rue d'Austerlitz"], producer="CamScanner", when="20241018181500"), "application/pdf"),
              ("taxe_fonciere_2024.pdf", pdf(["AVIS D'IMPOT 2024 – TAXES FONCIERES", "Montant : 812 €"], producer="DGFiP", when="20240902101500"), "application/pdf")])
t14.add(me, at(2024, 12, 20, 9, 30),
        "Monsieur,\n\nComme l'agence a dû vous l'indiquer, les acquéreurs n'ont pas obtenu leur prêt : le compromis deviendra caduc le 31 décembre. Nous aurons besoin "
        "de votre accord écrit pour restituer le dépôt de garantie aux acquéreurs.")
t14.add(faure, at(2024, 12, 20, 13, 5), "Bonjour,\n\nTant pis, je comprends. Je donne mon accord pour la restitution du dépôt de garantie.\n\nPatrick Faure", G, sig=False)
t14.add(me, at(2025, 4, 23, 10, 35),
        "Monsieur,\n\nM. et Mme Rey ont obtenu un financement et souhaitent signer un nouveau compromis, au même prix, le lundi 26 mai à 14h00. Cela vous convient-il ?")
t14.add(faure, at(2025, 4, 23, 19, 40), "Bonsoir,\n\nD'accord pour le 26 mai, même prix. Je n'ai pas eu d'autre acheteur sérieux entre-temps.\n\nPatrick Faure", G, sig=False)


# ================================================================ other files of the same partners (history that fixes their fingerprints)
# ---------------------------------------------------------------- Blanc / Morel: same broker, same bank, same surveyor
t20 = Thread("T17", perrin, "Financement Morel – 11 rue Tronchet")
t20.add(perrin, at(2024, 10, 24, 9, 12),
        "Bonjour Madame Fontaine,\n\nJe suis également le courtier de M. Bastien Morel pour l'acquisition du 11 rue Tronchet (vente Blanc). Le dossier est déposé à la "
        "Banque Saône-Rhône, je vous tiendrai informée de l'émission de l'offre.\n\nBien cordialement", to=ME_TO)
t20.add(me, at(2024, 10, 24, 11, 40), "Bonjour Monsieur,\n\nMerci. La condition suspensive de prêt expire le 13 décembre pour ce dossier.")
t20.add(perrin, at(2024, 11, 27, 17, 30),
        "Bonjour Madame Fontaine,\n\nL'offre de M. Morel a été émise hier par la BSR (245 000 € sur 20 ans). Il l'acceptera le 8 décembre.\n\nBien cordialement", G)
t20.add(me, at(2024, 11, 28, 9, 0), "Parfait, merci. L'agence propose une signature le 30 janvier.")
t20.add(perrin, at(2024, 11, 28, 9, 45), "C'est noté de mon côté.", G)

t21 = Thread("T18", lemaire, "BSR – Offre de prêt n° 2024-IM-121907 – Morel")
t21.add(lemaire, at(2024, 11, 27, 10, 5),
        "Maître, Madame,\n\nVeuillez trouver ci-joint copie de l'offre de prêt émise le 26/11/2024 au profit de M. Bastien MOREL pour l'acquisition du bien situé "
        "11 rue Tronchet – 69006 Lyon (245 000 € sur 240 mois au taux nominal de 3,30 %).\n\nCordialement", to=ME_TO,
        atts=[("Offre_pret_2024-IM-121907.pdf", pdf(["BANQUE SAONE-RHONE – OFFRE DE PRET IMMOBILIER", "Emprunteur : M. MOREL Bastien",
                                                     "Montant : 245 000,00 EUR – Durée : 240 mois – Taux nominal : 3,30 %"], producer="BSR Editique",
                                                    when="20241126170500"), "application/pdf")])
t21.add(me, at(2024, 11, 27, 14, 20), "Madame,\n\nBien reçu, merci. La signature est envisagée le 30 janvier 2025.")
t21.add(me, at(2025, 1, 15, 10, 10), "Madame,\n\nL'appel de fonds pour le dossier Morel (245 000 €, signature le 30 janvier à 14h00) est déposé ce jour sur l'Espace Partenaires.")
t21.add(lemaire, at(2025, 1, 16, 9, 48), "Madame,\n\nAppel de fonds enregistré, déblocage prévu le 28/01 sur le compte de l'office à la CDC.\n\nCordialement", G)
t21.add(lemaire, at(2025, 1, 28, 11, 2),
        "Madame,\n\nNous vous confirmons le déblocage ce jour du prêt n° 2024-IM-121907 (245 000,00 €), référence BSR-DEBL-" + dg(10) + ".\n\nCordialement", G)

t22 = Thread("T19", roche, "DDT – 11 rue Tronchet (Blanc)")
t22.add(me, at(2024, 10, 23, 9, 20), "Bonjour Monsieur,\n\nL'agence Foch Immobilier m'indique que vous avez réalisé les diagnostics du 11 rue Tronchet. Pourriez-vous nous "
        "adresser le DDT en pièce jointe (sans les photos) ?")
t22.add(roche, at(2024, 10, 23, 18, 5), "Bonsoir,\n\nVoici le DDT, version sans photos comme la dernière fois.\n\nCordialement", G,
        atts=[("DDT_11Tronchet_Blanc.zip", zip_bytes([(f"{n}.pdf", pdf([f"Diag Rhône Expertises – {n}", "11 rue Tronchet – 69006 Lyon"], producer="LICIEL Diagnostics",
                                                                       when="20240930140000", zone="+02'00'")) for n in ("DPE", "Amiante", "Electricite", "Carrez", "ERP")],
                                                     when=(2024, 10, 23, 18, 0, 0)), "application/zip")])
t22.add(me, at(2024, 10, 24, 8, 45), "Merci beaucoup, bien reçu.")
t22.add(me, at(2025, 1, 13, 15, 0), "Bonjour Monsieur,\n\nL'ERP du 11 rue Tronchet aura plus de six mois le 30 janvier, pourriez-vous le mettre à jour ?")
t22.add(roche, at(2025, 1, 14, 8, 20), "Bonjour,\n\nERP à jour en pièce jointe.\n\nCordialement", G,
        atts=[("ERP_11Tronchet_20250114.pdf", pdf(["ETAT DES RISQUES ET POLLUTIONS", "11 rue Tronchet – 69006 Lyon", "Etabli le 14/01/2025"], producer="LICIEL Diagnostics",
                                                  when="20250114081500"), "application/pdf")])

# ---------------------------------------------------------------- the agency's next file
t23 = Thread("T20", chabert, "Nouveau mandat – 8 place Puvis de Chavannes")
t23.add(chabert, at(2024, 11, 19, 16, 40),
        "Bonjour Léa,\n\nNous venons de signer un mandat pour un appartement au 8 place Puvis de Chavannes (succession). Les héritiers souhaitent passer par votre office. "
        "Pouvez-vous me dire si l'attestation de propriété immobilière est déjà publiée ?\n\nBonne soirée", to=ME_TO)
t23.add(me, at(2024, 11, 20, 9, 30), "Bonjour Laurent,\n\nC'est Maître Vasseur qui règle la succession ; l'attestation de propriété a été publiée en octobre. "
        "Les héritiers peuvent donc vendre.")
t23.add(chabert, at(2024, 11, 20, 10, 2), "Super, merci Léa. Je vous tiens au courant dès que nous avons une offre.", G)
t23.add(chabert, at(2025, 3, 11, 12, 15),
        "Bonjour Léa,\n\nOffre acceptée sur Puvis de Chavannes : 455 000 € net vendeur, acquéreurs avec apport important (pas de prêt). Je vous envoie la fiche en fin de semaine.", G)
t23.add(me, at(2025, 3, 11, 14, 0), "Très bien, merci Laurent. Maître Vasseur suivra le dossier avec son clerc, je leur transmets.")

# ---------------------------------------------------------------- syndic for the Faure sale
t24 = Thread("T21", masson, "4 rue d'Austerlitz – lot 12 – demande de pré-état daté")
t24.add(me, at(2024, 10, 21, 11, 30), "Madame,\n\nNous sommes chargés de la vente du lot n° 12 du 4 rue d'Austerlitz (vendeur M. Patrick Faure). Pourriez-vous nous adresser "
        "le pré-état daté ?")
t24.add(masson, at(2024, 10, 29, 15, 10), "Bonjour Madame,\n\nVeuillez trouver ci-joint le pré-état daté du lot 12.\n\nCordialement", G,
        atts=[("Pre-etat-date_lot12_4Austerlitz.pdf", pdf(["PRE-ETAT DATE – 4 rue d'Austerlitz – Lot 12", "Impayés du vendeur : néant"], when="20241029150500",
                                                         zone="+01'00'"), "application/pdf")])
t24.add(me, at(2024, 10, 30, 9, 0), "Merci Madame, bien reçu.")
t24.add(me, at(2025, 4, 24, 10, 0), "Bonjour Madame Marchetti,\n\nLa vente du lot 12 du 4 rue d'Austerlitz (M. Faure), abandonnée en décembre, reprend : un nouveau "
        "compromis sera signé le 26 mai. Pourriez-vous nous adresser un pré-état daté actualisé ?", to=[(marchetti.name, marchetti.email)])
t24.add(marchetti, at(2025, 5, 6, 11, 40), "Bonjour Madame Fontaine,\n\nVoici le pré-état daté actualisé du lot 12.\n\nCordialement", G,
        atts=[("Pre-etat-date_lot12_4Austerlitz_2025.pdf", pdf(["PRE-ETAT DATE – 4 rue d'Austerlitz – Lot 12 – actualisé", "Impayés du vendeur : néant"],
                                                              when="20250506113500", zone="+02'00'"), "application/pdf")])

# ---------------------------------------------------------------- an earlier participation file with Maître Garnier's office
t25 = Thread("T22", kevin, "Vente Chevalier / Haddad – 52 cours Vitton – participation")
t25.add(kevin, at(2024, 11, 6, 10, 20),
        "Bonjour Madame Fontaine,\n\nNotre étude est chargée de la vente de M. Chevalier au 52 cours Vitton ; les acquéreurs, M. et Mme Haddad, nous indiquent que "
        "Maître Berthier les assistera. Je vous adresse le compromis signé et le pré-état daté.\n\nBien cordialement", to=ME_TO, cc=[(garnier.name, garnier.email)],
        atts=[("Compromis_Chevalier_Haddad.pdf", pdf(["COMPROMIS DE VENTE – M. CHEVALIER / M. et Mme HADDAD", "52 cours Vitton – 69006 Lyon"], producer="iNot Actes",
                                                    when="20241105170000"), "application/pdf")])
t25.add(me, at(2024, 11, 6, 15, 0), "Bonjour Monsieur,\n\nMerci, bien reçu. Nous recueillons les pièces de M. et Mme Haddad.", to=[(kevin.name, kevin.email)],
        cc=[(garnier.name, garnier.email)])
t25.add(kevin, at(2024, 12, 18, 14, 30), "Bonjour Madame Fontaine,\n\nVoici le projet d'acte pour la signature du 13 février.\n\nBien cordialement", G,
        cc=[(garnier.name, garnier.email)],
        atts=[("Projet_acte_Chevalier_Haddad.pdf", pdf(["PROJET – ACTE DE VENTE", "M. CHEVALIER / M. et Mme HADDAD"], producer="iNot Actes", when="20241218142000"),
               "application/pdf")])
t25.add(me, at(2024, 12, 20, 11, 0), "Bonjour Monsieur,\n\nPas d'observation de notre part, sinon l'origine des fonds des acquéreurs que je vous ai adressée par courrier.",
        to=[(kevin.name, kevin.email)], cc=[(garnier.name, garnier.email)])
t25.add(kevin, at(2025, 2, 13, 16, 45), "Bonjour Madame Fontaine,\n\nMerci pour ce matin. Je vous adresse l'attestation de vente pour vos clients dès demain.\n\nBien cordialement",
        G, cc=[(garnier.name, garnier.email)])
rq_h = Pt("Yasmine Haddad", "yasmine.haddad@icloud.com", "iphone", "icloud", "\n\nEnvoyé de mon iPhone")
t26 = Thread("T23", rq_h, "Acquisition 52 cours Vitton – M. et Mme Haddad")
t26.add(me, at(2024, 11, 7, 9, 30), "Madame, Monsieur,\n\nMaître Berthier vous assistera pour l'acquisition du 52 cours Vitton. Pourriez-vous déposer vos pièces d'identité "
        "et votre justificatif d'origine des fonds (vente de votre précédent logement) sur votre espace client ?")
t26.add(rq_h, at(2024, 11, 9, 10, 12), "Bonjour,\n\nC'est fait, tout est sur l'espace client. Merci !\n\nYasmine Haddad", G)
t26.add(me, at(2025, 2, 14, 10, 0), "Madame, Monsieur,\n\nVeuillez trouver ci-joint votre attestation d'acquisition.",
        atts=[("Attestation_acquisition_Haddad.pdf", pdf(["ATTESTATION D'ACQUISITION", "52 cours Vitton – acte du 13 février 2025"], when="20250214095500"), "application/pdf")])
t26.add(rq_h, at(2025, 2, 14, 12, 40), "Merci beaucoup pour tout !\n\nYasmine", G)

# ---------------------------------------------------------------- the other notary's clerk on leave (Zimbra auto-reply)
zoof = ("Bonjour,\n\nJe suis absent du lundi 14 au vendredi 18 avril inclus. Pour toute urgence, merci de contacter Maître Garnier ou l'étude au 04 78 85 62 10.\n\n"
        "Kévin Dumas")
emit(kevin, "zimbra", plus(t10_apr14_t, seconds=21), ME_TO, None, "Absent : RE: " + SUBJ10, t10.refs[:t10.refs.index(t10_apr14) + 1], zoof, no_html=True,
     extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk")], label=GH,
     scen=("G34", "the other notary's clerk's Zimbra out-of-office reply (Auto-Submitted) to the clerk's draft deed"))


# ================================================================ internal: Maître Berthier (Outlook at the office, iPhone in the evening)
t15b = Thread("T28", olivier, "Planning des signatures – janvier")
t15b.add(olivier, at(2024, 12, 4, 18, 10),
         "Léa,\n\nPeux-tu me faire un point sur les signatures de janvier ? J'aimerais regrouper les actes les jeudis matin.\n\nMerci,", to=ME_TO, sig="\n\nO.B.")
t15b.add(me, at(2024, 12, 5, 9, 30),
         "Bonjour Olivier,\n\nEn janvier : jeudi 16 à 10h vente Girard / Nguyen-Marchal (prêt BSR), jeudi 23 à 10h donation Rousseau (à confirmer), jeudi 30 à 14h "
         "vente Blanc / Morel (Foch Immobilier). La vente Faure / Rey est suspendue (refus de prêt probable).", sig="\n\nLéa")
t15b.add(olivier, at(2024, 12, 5, 21, 14), "Ok pour moi, merci Léa. Bonne soirée", G, client="iphone-own", sig="\n\nEnvoyé de mon iPhone")

moreau_orig = dict(t=at(2025, 2, 25, 18, 2), name="Jean-Paul Moreau", email="jp.moreau@orange.example", to=[(olivier.name, olivier.email)], cc=[],
                   subj="Succession Moreau – appartement de Caluire",
                   plain="Maître,\n\nSuite au décès de ma mère, mes sœurs et moi souhaitons vendre l'appartement de Caluire, mais le jardin attenant semble appartenir en partie "
                         "à la copropriété voisine. Le géomètre, M. Leroux, nous a remis le plan ci-joint. Pouvez-vous nous dire si la vente peut se faire en l'état ?\n\n"
                         "Respectueusement,\nJean-Paul Moreau")
fwd = ("Léa,\n\nPeux-tu regarder la question de M. Moreau et me préparer une réponse ? M. Leroux, le géomètre, est déjà intervenu sur la parcelle.\n\nMerci,\nO.B."
       + olivier.sig + quote_of("olk", moreau_orig))
emit(olivier, "olk", at(2025, 2, 26, 8, 55), ME_TO, None, "TR: Succession Moreau – appartement de Caluire", [], fwd, label=GH,
     scen=("G17", "the notary forwards (TR:, no reply headers) a client's mail with its PDF attachment to the clerk"),
     atts=[("Plan_geometre_Caluire.pdf", pdf(["Cabinet Saône Géomètres-Experts – Plan de division", "Caluire-et-Cuire – section AB n° 214"],
                                            producer="AutoCAD PDF", when="20250220160000"), "application/pdf")])
t15c = Thread("T29", olivier, "Succession Moreau – appartement de Caluire")
t15c.add(me, at(2025, 2, 26, 15, 20),
         "Olivier,\n\nJ'ai regardé le plan : une partie du jardin (environ 40 m²) est cadastrée dans la parcelle voisine. La vente reste possible, mais il faut soit régulariser "
         "par un acte avec la copropriété voisine, soit exclure cette bande de la vente. Je propose de demander à M. Leroux un document d'arpentage.", sig="\n\nLéa")
t15c.add(olivier, at(2025, 2, 26, 16, 2), "D'accord, vas-y, et réponds à M. Moreau en ce sens en mon nom. Merci Léa.", G, sig="\n\nO.B.")

t15d = Thread("T30", olivier, "Planning des signatures – avril")
t15d.add(olivier, at(2025, 3, 25, 17, 45), "Léa,\n\nMême exercice pour avril et mai s'il te plaît.\n\nMerci,", to=ME_TO, sig="\n\nO.B.")
t15d.add(me, at(2025, 3, 26, 9, 10),
         "Bonjour Olivier,\n\nAvril : rien de prévu sur mes dossiers. Mai : lundi 26 à 14h nouveau compromis Faure / Rey. Juin : jeudi 5 à 10h vente Lambert / Okafor "
         "(acquéreurs par procuration, Maître Garnier présente).", sig="\n\nLéa")
t15d.add(olivier, at(2025, 3, 26, 12, 30), "Merci, c'est noté dans mon agenda.", G, sig="\n\nO.B.")
spoof_ob = Pt("Olivier Berthier", "olivier.berthier.notaire@gmail.com", "gmail_spoof", "gmail")
t15d.add(spoof_ob, at(2025, 3, 27, 11, 2),
         "Léa,\n\nJe suis en réunion à la Chambre jusqu'à ce soir et je ne peux pas téléphoner. J'ai besoin que tu t'occupes de quelque chose pour moi rapidement et "
         "discrètement : il me faudrait 8 cartes cadeaux Fnac-Darty de 150 € pour remercier des partenaires, c'est une surprise.\n\nTu peux les acheter en ligne, "
         "je te rembourse ce soir. Envoie-moi les codes par mail dès que tu les as.\n\nMerci,\nOlivier", detached=True, label=HJ("display-name-spoof"), quote=False,
         sig="\n\nEnvoyé de mon iPhone",
         scen=("A12", "the notary's display name from a Gmail address, reply in an internal thread: urgent gift cards, send the codes by mail; no payload"))
t15d.add(me, at(2025, 3, 27, 11, 40),
         "Olivier,\n\nJe viens de recevoir un message à ton nom, depuis une adresse Gmail, me demandant d'acheter des cartes cadeaux. Je suppose que ce n'est pas toi ?",
         sig="\n\nLéa", quote=False)
t15d.add(olivier, at(2025, 3, 27, 12, 5), "Évidemment pas ! Ne fais rien, je préviens tout l'office. Merci Léa.", G, client="iphone-own", sig="\n\nEnvoyé de mon iPhone")

# ---------------------------------------------------------------- internal: Nadia (reception / appointments)
t16a = Thread("T31", nadia, "RDV signature Girard / Nguyen-Marchal – 16/01")
t16a.add(nadia, at(2024, 12, 11, 9, 5), "Bonjour Léa,\n\nJ'ai réservé la grande salle le jeudi 16 janvier de 9h30 à 12h. Tu veux que j'envoie les convocations ?\n\nNadia",
         to=ME_TO, sig=False)
t16a.add(me, at(2024, 12, 11, 9, 20), "Merci Nadia, je les ai envoyées hier par mail. Tu peux juste prévoir le café et le parking pour les vendeurs ?", sig="\n\nLéa")
t16a.add(nadia, at(2024, 12, 11, 9, 32), "C'est prévu !\n\nNadia", G, sig=False)
t16c = Thread("T32", nadia, "Salle de signature – jeudi 5 juin")
t16c.add(nadia, at(2025, 5, 28, 10, 2), "Bonjour Léa,\n\nPour la vente Lambert / Okafor du 5 juin : salle du 1er étage, c'est bon ? Maître Garnier vient avec son clerc ?\n\nNadia",
         to=ME_TO, sig=False)
t16c.add(me, at(2025, 5, 28, 10, 30), "Oui, salle du 1er. Maître Garnier vient seule, M. Dumas est en congé. Mme Lambert viendra avec son fils.", sig="\n\nLéa")
t16c.add(nadia, at(2025, 5, 28, 10, 41), "Noté, merci !", G, sig=False)
# ---------------------------------------------------------------- internal: accounting
t17a = Thread("T33", compta, "Virements du 21/01 – dossiers Girard et Brotteaux")
t17a.add(compta, at(2025, 1, 21, 9, 20),
         "Bonjour Léa,\n\nAvant d'émettre les virements du jour, peux-tu me confirmer les bénéficiaires : solde du prix Girard (334 187,63 €) sur le compte Crédit Agricole "
         "vérifié en décembre, et remboursement du prêt CA selon le décompte du 17/01 ?\n\nMerci,\nFabienne", to=ME_TO, sig=False)
t17a.add(me, at(2025, 1, 21, 9, 40),
         "Bonjour Fabienne,\n\nOui, je confirme : compte Crédit Agricole des époux Girard (vérifié par téléphone le 11/12 et à nouveau le 17/01). Surtout aucun virement sur "
         "le RIB reçu par mail le 17/01, c'était une fraude.", sig="\n\nLéa")
t17a.add(compta, at(2025, 1, 21, 10, 5), "Bien noté, virements émis. Merci.\n\nFabienne", G, sig=False)
t17c = Thread("T34", compta, "Vente Lambert – impôt sur la plus-value")
t17c.add(me, at(2025, 6, 4, 14, 0),
         "Bonjour Fabienne,\n\nPour la vente Lambert de jeudi : impôt sur la plus-value de 9 412 € à déposer avec l'acte (formulaire 2048-IMM établi par nos soins), "
         "sommes dues au syndic de 612,40 € sur le nouveau compte Crédit Mutuel de la Régie Ainay (vérifié en février).", to=[(compta.name, compta.email)], sig="\n\nLéa")
t17c.add(compta, at(2025, 6, 4, 15, 22), "Merci Léa, c'est préparé.\n\nFabienne", G, sig=False)

# ---------------------------------------------------------------- T16 former sale Perret / Lopez, revived eight months later
SUBJ19 = "Vente 3 quai Saint-Vincent – Perret / Lopez – signature"
t19 = Thread("T16", perret, SUBJ19)
t19.add(me, at(2024, 9, 9, 11, 0),
        "Madame,\n\nJe vous confirme la signature de la vente de votre appartement du 3 quai Saint-Vincent le jeudi 26 septembre 2024 à 10h30 à l'office. "
        "Merci de vous munir de votre pièce d'identité et des clés.")
t19.add(perret, at(2024, 9, 10, 18, 20), "Bonsoir Madame,\n\nC'est noté, je serai là. Faut-il apporter autre chose ?\n\nCordialement", G)
t19.add(me, at(2024, 9, 11, 9, 0), "Madame,\n\nNon, nous avons tout ce qu'il faut. À jeudi 26.")
t19.add(me, at(2024, 9, 27, 16, 0),
        "Madame,\n\nLe prix de vente vous a été viré ce jour sur votre compte à La Banque Postale. Vous trouverez ci-joint l'attestation de vente.",
        atts=[("Attestation_vente_Perret.pdf", pdf(["ATTESTATION DE VENTE", "Vente Perret / Lopez du 26 septembre 2024 – 3 quai Saint-Vincent – 69001 Lyon",
                                                   "Prix : 243 000 €"], when="20240927155500", zone="+02'00'"), "application/pdf")])
t19.add(perret, at(2024, 9, 28, 10, 14), "Bonjour,\n\nBien reçu, merci beaucoup pour votre gentillesse.\n\nCordialement", G)
t19.add(perret, at(2025, 5, 6, 9, 33),
        "Bonjour Madame Fontaine,\n\nJe remplis ma déclaration de revenus 2024 et les impôts demandent si la vente de l'année dernière doit être déclarée. Je ne retrouve plus "
        "l'attestation que vous m'aviez envoyée. Pourriez-vous me la renvoyer, et me dire si j'ai quelque chose à déclarer ?\n\nMerci d'avance, cordialement", GH,
        scen=("G25", "former seller revives a closed thread eight months later for her income-tax return (asks for the certificate again)"))
t19.add(me, at(2025, 5, 6, 14, 10),
        "Madame,\n\nVoici l'attestation. L'appartement étant votre résidence principale, la plus-value est exonérée et vous n'avez rien à déclarer à ce titre.",
        atts=[("Attestation_vente_Perret.pdf", pdf(["ATTESTATION DE VENTE", "Vente Perret / Lopez du 26 septembre 2024 – 3 quai Saint-Vincent – 69001 Lyon",
                                                   "Prix : 243 000 €"], when="20240927155500", zone="+02'00'"), "application/pdf")])
t19.add(perret, at(2025, 5, 6, 17, 45), "Merci infiniment, me voilà rassurée.\n\nCordialement", G)

# ---------------------------------------------------------------- minor threads
tb_ = Thread("T24", bonnet, "Demande de copie d'acte – rue de Sèze")
tb_.add(bonnet, at(2024, 11, 12, 16, 50),
        "Bonjour,\n\nSuite à mon appel, je souhaiterais obtenir une copie de l'acte d'achat de mon appartement 41 rue de Sèze, signé en 1998 chez Maître Vasseur "
        "(le père). Je vends et l'agence me la demande.\n\nCordialement", to=ME_TO)
tb_.add(me, at(2024, 11, 13, 10, 0),
        "Monsieur,\n\nNous avons retrouvé l'acte du 17 mars 1998. Une copie authentique peut vous être délivrée ; vous pouvez aussi télécharger une copie simple sur votre "
        "espace client, où je l'ai déposée ce matin.")
tb_.add(bonnet, at(2024, 11, 13, 18, 32), "Merci beaucoup, j'ai pu la télécharger.\n\nG. Bonnet", G, sig=False)
notadoc_note(at(2024, 11, 13, 18, 20), "Document consulté – Copie d'acte Bonnet",
             "Bonjour Léa Fontaine,\n\nGérard Bonnet a consulté le document « Copie_acte_1998-03-17_Bonnet.pdf » dans le dossier « Copie d'acte – Bonnet ».",
             "/dossiers/2024-1112/documents")

tr_ = Thread("T25", rousseau, "Donation-partage Rousseau – rendez-vous")
tr_.add(me, at(2025, 1, 20, 16, 40),
        "Madame,\n\nComme convenu avec Nadia, la signature de la donation-partage est reportée au jeudi 6 février à 10h00. Vos deux enfants devront être présents ou "
        "représentés.")
tr_.add(rousseau, at(2025, 1, 20, 19, 2), "Merci beaucoup Madame, c'est parfait. Mon fils viendra de Grenoble.\n\nAnne Rousseau", G)
tr_.add(me, at(2025, 2, 3, 9, 30), "Madame,\n\nJe vous rappelle notre rendez-vous de jeudi 6 février à 10h00. N'oubliez pas vos pièces d'identité.")
tr_.add(rousseau, at(2025, 2, 3, 12, 18), "Bien noté, à jeudi !\n\nAnne Rousseau", G)

tl_ = Thread("T26", leroux, "Succession Moreau – parcelle AB 214 à Caluire")
tl_.add(me, at(2025, 2, 27, 10, 0),
        "Bonjour Monsieur,\n\nMaître Berthier est chargé de la vente de l'appartement des consorts Moreau à Caluire. Le plan que vous leur avez remis montre qu'une bande "
        "du jardin est cadastrée dans la parcelle voisine. Pourriez-vous établir un document d'arpentage pour une régularisation ?")
tl_.add(leroux, at(2025, 3, 4, 11, 20),
        "Bonjour Madame,\n\nOui, c'est faisable. Je vous joins le plan de division provisoire (bande de 41 m²). Il faudra l'accord du syndic de la copropriété voisine "
        "avant le dépôt au cadastre.\n\nCordialement", G,
        atts=[("Plan_division_provisoire_AB214.pdf", pdf(["Cabinet Saône Géomètres-Experts – Plan de division provisoire", "Parcelle AB 214 – bande de 41 m²"],
                                                        producer="AutoCAD PDF", when="20250304110000"), "application/pdf")])
tl_.add(me, at(2025, 3, 4, 15, 30), "Merci Monsieur, je transmets à Maître Berthier et je reviens vers vous pour la suite.")
tl_.add(leroux, at(2025, 4, 15, 9, 50), "Bonjour Madame,\n\nLe syndic voisin a donné son accord ; je dépose le document d'arpentage cette semaine.\n\nCordialement", G)

tf_ = Thread("T27", foch, "Vente Blanc / Morel – 11 rue Tronchet")
tf_.add(foch, at(2024, 10, 22, 11, 5),
        "Bonjour Madame Fontaine,\n\nLes vendeurs, M. et Mme Blanc, souhaitent confier l'acte à votre office. Les acquéreurs (M. Morel) ont déjà signé le compromis chez nous "
        "via DocuSign ; je vous adresse le compromis signé et le DDT.\n\nBien cordialement", to=ME_TO,
        atts=[("Compromis_Blanc_Morel_signe.pdf", pdf(["COMPROMIS DE VENTE – M. et Mme BLANC / M. MOREL", "11 rue Tronchet – 69006 Lyon – Prix : 312 000 €"],
                                                     producer="DocuSign", when="20241021180000", zone="Z"), "application/pdf")])
tf_.add(me, at(2024, 10, 22, 14, 30), "Bonjour Madame,\n\nMerci, j'ouvre le dossier. La signature pourrait avoir lieu fin janvier, selon le financement de M. Morel.")
tf_.add(foch, at(2024, 10, 22, 15, 2), "Parfait, je préviens les parties.", G)
tf_.add(foch, at(2024, 11, 28, 10, 40), "Bonjour Madame Fontaine,\n\nM. Morel a reçu son offre de prêt hier. Le jeudi 30 janvier vous conviendrait-il ?\n\nBien cordialement", G)
tf_.add(me, at(2024, 11, 28, 11, 15), "Bonjour Madame,\n\nOui, le jeudi 30 janvier à 14h00 à l'office.")
tf_.add(foch, at(2025, 1, 31, 9, 20), "Bonjour,\n\nMerci pour la signature d'hier, les clients sont ravis.\n\nBien cordialement", G)

# ---------------------------------------------------------------- stand-alone notices: the office platform
notadoc_note(at(2024, 9, 26, 8, 14), "Document consulté – Acquisition 27 rue Vauban",
             "Bonjour Léa Fontaine,\n\nThi Mai Nguyen a consulté le document « Projet_compromis_annote.pdf » dans le dossier « Acquisition 27 rue Vauban – Nguyen / Marchal ».",
             "/dossiers/2024-0917/documents")
notadoc_note(at(2024, 9, 30, 7, 0), "Rappel : pièces en attente – Vente 27 rue Vauban",
             "Bonjour Léa Fontaine,\n\n2 pièces demandées sont toujours en attente dans le dossier « Vente 27 rue Vauban – Girard » :\n- Pièce d'identité de Monique Girard\n"
             "- Questionnaire vendeur signé", "/dossiers/2024-0912/pieces")
notadoc_note(at(2024, 10, 2, 21, 40), "Nouveaux documents déposés – Vente 27 rue Vauban",
             "Bonjour Léa Fontaine,\n\nBernard Girard a déposé 1 nouveau document dans le dossier « Vente 27 rue Vauban – Girard » :\n- CNI_Monique_Girard.pdf",
             "/dossiers/2024-0912/documents")
notadoc_note(at(2024, 11, 7, 7, 0), "Rappel : pièces en attente – Acquisition 4 rue d'Austerlitz",
             "Bonjour Léa Fontaine,\n\n1 pièce demandée est toujours en attente dans le dossier « Acquisition 4 rue d'Austerlitz – Rey » :\n- Justificatif de domicile",
             "/dossiers/2024-1021/pieces")
notadoc_note(at(2025, 1, 22, 19, 3), "Document consulté – Acquisition 27 rue Vauban",
             "Bonjour Léa Fontaine,\n\nJulien Marchal a consulté le document « Attestation_acquisition_Nguyen_Marchal.pdf » dans le dossier « Acquisition 27 rue Vauban – Nguyen / Marchal ».",
             "/dossiers/2024-0917/documents")
notadoc_note(at(2025, 2, 12, 18, 30), "Invitation acceptée – Vente 8 rue des Remparts d'Ainay",
             "Bonjour Léa Fontaine,\n\nThomas Lambert a accepté l'invitation au dossier « Vente 8 rue des Remparts d'Ainay – Lambert » (accès délégué par Hélène Lambert).",
             "/dossiers/2025-0210/participants")
notadoc_note(at(2025, 2, 19, 20, 11), "Nouveaux documents déposés – Vente 8 rue des Remparts d'Ainay",
             "Bonjour Léa Fontaine,\n\nHélène Lambert a déposé 1 nouveau document dans le dossier « Vente 8 rue des Remparts d'Ainay – Lambert » :\n- CNI_Helene_Lambert.pdf",
             "/dossiers/2025-0210/documents")
notadoc_note(at(2025, 4, 30, 9, 45), "Rendez-vous de visio-identification planifié – Okafor",
             "Bonjour Léa Fontaine,\n\nDaniel Okafor et Grace Okafor ont choisi un créneau de visio-identification avec Maître Olivier Berthier :\n"
             "mardi 20 mai 2025 à 18h00 (heure de Paris).\n\nDossier : « Vente 8 rue des Remparts d'Ainay – procuration des acquéreurs ».",
             "/dossiers/2025-0210/rendez-vous")
notadoc_note(at(2025, 5, 20, 18, 52), "Procuration signée électroniquement – Okafor",
             "Bonjour Léa Fontaine,\n\nLa procuration « Procuration_authentique_a_distance_Okafor.pdf » a été signée électroniquement (signature qualifiée) par Daniel Okafor, "
             "Grace Okafor et Maître Olivier Berthier.\n\nLe document signé et le fichier de preuve sont disponibles dans le dossier.", "/dossiers/2025-0210/signatures",
             label=GH, scen=("G4", "the office platform's notice that the buyers' remote power of attorney was signed (e-signature), link, no reply headers"))
notadoc_note(at(2025, 6, 5, 12, 1), "Document déposé par l'office – Vente 8 rue des Remparts d'Ainay",
             "Bonjour Léa Fontaine,\n\nLe document « Attestation_vente_Lambert.pdf » a été mis à disposition de Hélène Lambert et Thomas Lambert.", "/dossiers/2025-0210/documents")

# ---------------------------------------------------------------- stand-alone notices: Chambre des notaires list (Sympa)
chambre_post(at(2024, 9, 16, 14, 0), "Permanences juridiques gratuites – calendrier du 4e trimestre",
             "Mesdames, Messieurs,\n\nVeuillez trouver ci-dessous le calendrier des consultations gratuites assurées par les notaires du Rhône à la Chambre pour le 4e trimestre. "
             "Les offices volontaires peuvent s'inscrire auprès du service communication.\n\nCalendrier : https://www.chambre-rhone.notaires.example/permanences-2024-t4")
chambre_post(at(2024, 10, 3, 10, 30), "Alerte : recrudescence des fraudes au changement de RIB",
             "Mesdames, Messieurs,\n\nPlusieurs offices du ressort ont signalé ces dernières semaines des tentatives de fraude au changement de coordonnées bancaires : "
             "courriels usurpant l'identité de vendeurs, d'agences immobilières ou de banques, parfois depuis leur véritable adresse piratée.\n\nRappels : ne jamais "
             "modifier un RIB sur la foi d'un courriel, vérifier systématiquement par téléphone au numéro connu du dossier, et signaler toute tentative à la Chambre.\n\n"
             "Fiche réflexe : https://www.chambre-rhone.notaires.example/documents/fiche-reflexe-fraude-rib.pdf",
             label=GH, scen=("G16", "Chambre des notaires mailing-list post (Sympa headers, list footer, unsubscribe link) about payment fraud"))
chambre_post(at(2024, 10, 24, 9, 0), "Assemblée générale de la Compagnie – 21 novembre",
             "Mesdames, Messieurs,\n\nL'assemblée générale de la Compagnie des notaires du Rhône se tiendra le jeudi 21 novembre à 17h00 à la Chambre. "
             "Ordre du jour et pouvoirs : https://www.chambre-rhone.notaires.example/ag-2024")
chambre_post(at(2024, 11, 14, 11, 0), "Formation : le DPE et les ventes de logements classés F et G",
             "Mesdames, Messieurs,\n\nUne formation d'une demi-journée destinée aux collaborateurs aura lieu le 10 décembre. Programme et inscription : "
             "https://formation.chambre-rhone.notaires.example/sessions/dpe-2024")
chambre_post(at(2024, 12, 12, 15, 30), "Fermeture des services de la Chambre – fêtes de fin d'année",
             "Mesdames, Messieurs,\n\nLes services de la Chambre seront fermés du 24 décembre au 1er janvier inclus. Une permanence téléphonique est assurée pour les urgences.")
real_post = chambre_post(at(2025, 1, 20, 10, 0), "Renouvellement des certificats de la clé REAL – calendrier 2025",
                         "Mesdames, Messieurs,\n\nLes certificats de signature des clés REAL arrivant à échéance en 2025 seront renouvelés selon le calendrier habituel. "
                         "Chaque titulaire recevra une notification personnelle trente jours avant l'échéance ; le renouvellement se fait depuis le portail habituel, "
                         "sans installation de logiciel.\n\nAucun fichier ne vous sera adressé par courriel dans le cadre de cette opération.")
chambre_post(at(2025, 2, 6, 9, 30), "Loi de finances 2025 – droits de mutation",
             "Mesdames, Messieurs,\n\nLa loi de finances pour 2025 permet aux départements de relever le taux des droits de mutation pour les actes signés à compter du "
             "1er avril 2025. La délibération du Département du Rhône et les taux applicables sont disponibles sur l'intranet.")
chambre_post(at(2025, 3, 13, 14, 0), "Webinaire LCB-FT : vigilance sur les fonds en provenance de l'étranger",
             "Mesdames, Messieurs,\n\nUn webinaire consacré aux obligations de vigilance LCB-FT pour les fonds en provenance de l'étranger aura lieu le 3 avril à 12h30. "
             "Inscription : https://formation.chambre-rhone.notaires.example/webinaires/lcbft-2025")
chambre_post(at(2025, 4, 10, 10, 0), "Cotisations 2025 – appel",
             "Mesdames, Messieurs,\n\nL'appel de cotisations 2025 a été adressé aux offices. Le règlement s'effectue selon les modalités habituelles, par prélèvement.")
chambre_post(at(2025, 5, 15, 16, 0), "Journée portes ouvertes du notariat – 14 juin",
             "Mesdames, Messieurs,\n\nLa journée portes ouvertes du notariat aura lieu le samedi 14 juin. Les offices souhaitant participer peuvent s'inscrire jusqu'au 30 mai.")
chambre_post(at(2025, 6, 12, 9, 0), "Rappel : fraude au président et aux cartes cadeaux",
             "Mesdames, Messieurs,\n\nDes collaborateurs d'offices ont reçu des demandes d'achat de cartes cadeaux au nom de leur notaire, depuis des adresses de messagerie "
             "gratuites. Ces demandes sont systématiquement frauduleuses.")

# ---------------------------------------------------------------- stand-alone notices: newsletter, Télé@ctes, mail service, bank portal
for (y, mo, d), subj, items in [
        ((2024, 9, 19), "Conjoncture immobilière – septembre 2024", [("Les prix des logements anciens poursuivent leur baisse", "Sur un an, les prix des appartements anciens reculent de 4,6 % en province."),
                                                                   ("Taux de crédit : la détente se confirme", "Les taux moyens repassent sous 3,6 % sur 20 ans.")]),
        ((2024, 10, 17), "Conjoncture immobilière – octobre 2024", [("Volume des ventes : un point bas ?", "Le nombre de transactions sur douze mois se stabilise autour de 800 000."),
                                                                  ("Lyon : les prix au m² par arrondissement", "Le 6e arrondissement reste le plus cher de la métropole.")]),
        ((2024, 11, 21), "Conjoncture immobilière – novembre 2024", [("Primo-accédants : le retour", "La baisse des taux redonne du pouvoir d'achat immobilier.")]),
        ((2024, 12, 19), "Conjoncture immobilière – décembre 2024", [("Bilan de l'année", "Une année de transition pour le marché immobilier.")]),
        ((2025, 1, 23), "Conjoncture immobilière – janvier 2025", [("Perspectives 2025", "Les notaires anticipent une reprise progressive des volumes."),
                                                                 ("DMTO", "Les départements pourront relever les droits de mutation au 1er avril.")]),
        ((2025, 2, 20), "Conjoncture immobilière – février 2025", [("Prêt à taux zéro élargi", "Le PTZ est étendu à l'ensemble du territoire pour le neuf à compter du 1er avril.")]),
        ((2025, 3, 20), "Conjoncture immobilière – mars 2025", [("Les prix se stabilisent", "La baisse des prix ralentit dans la plupart des grandes villes.")]),
        ((2025, 4, 17), "Conjoncture immobilière – avril 2025", [("Droits de mutation : la carte des départements", "Plus de 60 départements ont relevé leur taux.")]),
        ((2025, 5, 22), "Conjoncture immobilière – mai 2025", [("Résidences secondaires", "Le marché des résidences secondaires reste dynamique.")]),
        ((2025, 6, 19), "Conjoncture immobilière – juin 2025", [("Premier semestre", "Les volumes de ventes repartent à la hausse.")])]:
    ndf_letter(at(y, mo, d, 7, 30), subj, items)

tele = [((2024, 10, 8, 14, 12), "Télé@ctes – Accusé de dépôt – Vente PERRET / LOPEZ",
         "Dépôt n° 2024D{0} accepté par le service de la publicité foncière de Lyon 1er bureau.\nActe : vente du 26/09/2024 – Maître Olivier Berthier\nParties : PERRET Claudine / LOPEZ Antonio"),
        ((2024, 11, 19, 9, 40), "Télé@ctes – Retour de formalité publiée – Vente PERRET / LOPEZ",
         "La formalité déposée sous le n° 2024D{0} a été publiée le 15/11/2024, volume 2024P n° {1}.\nL'état réponse est disponible dans votre logiciel de rédaction."),
        ((2025, 1, 24, 11, 5), "Télé@ctes – Accusé de dépôt – Vente GIRARD / NGUYEN – MARCHAL",
         "Dépôt n° 2025D{0} accepté par le service de la publicité foncière de Lyon 1er bureau.\nActe : vente du 16/01/2025 – Maître Olivier Berthier\nParties : GIRARD Bernard et Monique / NGUYEN Thi Mai et MARCHAL Julien"),
        ((2025, 2, 7, 10, 30), "Télé@ctes – Accusé de dépôt – Vente BLANC / MOREL",
         "Dépôt n° 2025D{0} accepté par le service de la publicité foncière de Lyon 1er bureau.\nActe : vente du 30/01/2025 – Maître Olivier Berthier\nParties : BLANC Henri et Sylvie / MOREL Bastien"),
        ((2025, 2, 14, 15, 2), "Télé@ctes – Accusé de dépôt – Donation-partage ROUSSEAU",
         "Dépôt n° 2025D{0} accepté par le service de la publicité foncière de Lyon 2e bureau.\nActe : donation-partage du 06/02/2025 – Maître Olivier Berthier"),
        ((2025, 3, 18, 9, 55), "Télé@ctes – Retour de formalité publiée – Vente BLANC / MOREL",
         "La formalité déposée sous le n° 2025D{0} a été publiée le 14/03/2025, volume 2025P n° {1}.\nL'état réponse est disponible dans votre logiciel de rédaction."),
        ((2025, 4, 22, 10, 20), "Télé@ctes – Retour de formalité publiée – Donation-partage ROUSSEAU",
         "La formalité déposée sous le n° 2025D{0} a été publiée le 17/04/2025, volume 2025P n° {1}.\nL'état réponse est disponible dans votre logiciel de rédaction."),
        ((2025, 6, 13, 14, 40), "Télé@ctes – Accusé de dépôt – Vente LAMBERT / OKAFOR",
         "Dépôt n° 2025D{0} accepté par le service de la publicité foncière de Lyon 1er bureau.\nActe : vente du 05/06/2025 – Maître Olivier Berthier\nParties : LAMBERT Hélène / OKAFOR Daniel et Grace")]
for (y, mo, d, hh, mm), subj, text in tele:
    teleactes_note(at(y, mo, d, hh, mm), subj, "Bonjour,\n\n" + text.format(dg(5), dg(4)))
teleactes_note(at(2025, 3, 7, 10, 48), "Télé@ctes – Retour de formalité publiée – Vente GIRARD / NGUYEN – MARCHAL",
               "Bonjour,\n\nLa formalité déposée sous le n° 2025D" + dg(5) + " a été publiée le 04/03/2025, volume 2025P n° " + dg(4) + ".\n"
               "L'état réponse est joint à ce message et disponible dans votre logiciel de rédaction.", label=GH,
               scen=("G32", "Télé@ctes land-registry notice of publication with the PDF certificate attached, no reply headers"),
               atts=[("Etat_reponse_publication.pdf", pdf(["SERVICE DE LA PUBLICITE FONCIERE DE LYON 1", "Formalité publiée le 04/03/2025",
                                                           "Vente GIRARD / NGUYEN – MARCHAL"], producer="DGFiP – Fidji", when="20250307104500"), "application/pdf")])

adsn_note(at(2024, 10, 14, 17, 0), "Maintenance programmée de la messagerie – samedi 19 octobre",
          "Madame, Monsieur,\n\nUne opération de maintenance de la messagerie du notariat aura lieu le samedi 19 octobre de 20h00 à 23h00. Le webmail et la synchronisation "
          "des clients de messagerie pourront être interrompus pendant cette période.")
adsn_note(at(2025, 1, 8, 9, 0), "Rappel de sécurité : ne communiquez jamais vos identifiants",
          "Madame, Monsieur,\n\nDes messages frauduleux imitant la page de connexion du webmail circulent. Le support ne vous demandera jamais votre mot de passe. "
          "Connectez-vous uniquement à l'adresse habituelle du webmail, saisie directement dans votre navigateur.")
adsn_note(at(2025, 4, 25, 18, 30), "Incident de sécurité sur des comptes de messagerie – mesures prises",
          "Madame, Monsieur,\n\nQuelques comptes de messagerie d'offices ont été compromis à la suite d'attaques par hameçonnage. Les mots de passe concernés ont été "
          "réinitialisés et les titulaires prévenus. Soyez vigilants face à tout message inattendu contenant une pièce jointe ou un lien de connexion.")

bsr_note(at(2024, 12, 2, 8, 30), "Nouveau message – Espace Partenaires Notaires",
         "Madame, Monsieur,\n\nUn nouveau message concernant le dossier 2024-IM-118734 (NGUYEN / MARCHAL) est disponible dans votre messagerie sécurisée "
         "de l'Espace Partenaires Notaires : acceptation de l'offre reçue le 02/12/2024.", label=GH,
         scen=("G31", "bank partner-portal notification (link to the bank's portal), no reply headers"))
bsr_note(at(2025, 1, 7, 15, 5), "Nouveau message – Espace Partenaires Notaires",
         "Madame, Monsieur,\n\nUn nouveau message concernant le dossier 2024-IM-118734 (NGUYEN / MARCHAL) est disponible dans votre messagerie sécurisée : appel de fonds enregistré.")
bsr_note(at(2025, 1, 14, 11, 24), "Nouveau message – Espace Partenaires Notaires",
         "Madame, Monsieur,\n\nUn nouveau message concernant le dossier 2024-IM-118734 (NGUYEN / MARCHAL) est disponible dans votre messagerie sécurisée : fonds débloqués.")

# a second genuine DocuSign notice (other agency), context only
fds = Pt("Marion Dubreuil via DocuSign", "dse@eumail.docusign.net", "docusign", "docusign")
fl = f"https://eu.docusign.net/Signing/EmailStart.aspx?a={ruuid()}&etti=24&acct={ruuid()}&er={ruuid()}"
emit(fds, "docusign", at(2024, 10, 21, 18, 4), ME_TO, None, "Terminé : Compromis de vente Blanc / Morel – 11 rue Tronchet", [],
     "Marion Dubreuil vous a envoyé une copie d'un document terminé.\n\nTous les signataires ont terminé Compromis de vente Blanc / Morel – 11 rue Tronchet.\n\n"
     f"AFFICHER LE DOCUMENT\n{fl}\n\nMarion Dubreuil\nm.dubreuil@foch-immobilier.example\n\nNe partagez pas cet e-mail",
     html=('<html><body style="font-family:Helvetica,Arial,sans-serif"><p>Tous les signataires ont terminé Compromis de vente Blanc / Morel – 11 rue Tronchet.</p>'
           f'<p><a href="{fl}">AFFICHER LE DOCUMENT</a></p><p>Marion Dubreuil<br>m.dubreuil@foch-immobilier.example</p></body></html>'),
     extra=[("Reply-To", "Marion Dubreuil <m.dubreuil@foch-immobilier.example>"), ("X-DocuSign-Envelope-Id", ruuid().upper()), ("Auto-Submitted", "auto-generated")])

# ---------------------------------------------------------------- more platform notices, list posts and internal mail (context)
for (y, mo, d, hh, mm), subj, text, path in [
        ((2024, 10, 11, 7, 0), "Rappel : pièces en attente – Acquisition 27 rue Vauban", "Bonjour Léa Fontaine,\n\n1 pièce demandée est toujours en attente dans le dossier "
         "« Acquisition 27 rue Vauban – Nguyen / Marchal » :\n- Plan de financement signé", "/dossiers/2024-0917/pieces"),
        ((2024, 10, 12, 10, 41), "Nouveaux documents déposés – Acquisition 27 rue Vauban", "Bonjour Léa Fontaine,\n\nThi Mai Nguyen a déposé 1 nouveau document dans le dossier "
         "« Acquisition 27 rue Vauban – Nguyen / Marchal » :\n- Plan_financement_signe.pdf", "/dossiers/2024-0917/documents"),
        ((2024, 11, 9, 10, 8), "Nouveaux documents déposés – Acquisition 52 cours Vitton", "Bonjour Léa Fontaine,\n\nYasmine Haddad a déposé 3 nouveaux documents dans le dossier "
         "« Acquisition 52 cours Vitton – Haddad » :\n- CNI_Haddad_Yasmine.pdf\n- CNI_Haddad_Karim.pdf\n- Origine_des_fonds.pdf", "/dossiers/2024-1106/documents"),
        ((2024, 12, 3, 7, 0), "Rappel : pièces en attente – Vente 27 rue Vauban", "Bonjour Léa Fontaine,\n\n1 pièce demandée est toujours en attente dans le dossier "
         "« Vente 27 rue Vauban – Girard » :\n- RIB à jour", "/dossiers/2024-0912/pieces"),
        ((2025, 1, 16, 12, 30), "Document déposé par l'office – Vente 27 rue Vauban", "Bonjour Léa Fontaine,\n\nLe document « Attestation_vente_Girard.pdf » a été mis à "
         "disposition de Bernard Girard.", "/dossiers/2024-0912/documents"),
        ((2025, 2, 14, 9, 55), "Document consulté – Acquisition 52 cours Vitton", "Bonjour Léa Fontaine,\n\nYasmine Haddad a consulté le document « Attestation_acquisition_Haddad.pdf ».",
         "/dossiers/2024-1106/documents"),
        ((2025, 3, 15, 9, 2), "Invitation acceptée – Acquisition 8 rue des Remparts d'Ainay", "Bonjour Léa Fontaine,\n\nDaniel Okafor a accepté l'invitation au dossier "
         "« Acquisition 8 rue des Remparts d'Ainay – Okafor ».", "/dossiers/2025-0212/participants"),
        ((2025, 3, 15, 9, 40), "Invitation acceptée – Acquisition 8 rue des Remparts d'Ainay", "Bonjour Léa Fontaine,\n\nGrace Okafor a accepté l'invitation au dossier "
         "« Acquisition 8 rue des Remparts d'Ainay – Okafor ».", "/dossiers/2025-0212/participants"),
        ((2025, 4, 8, 7, 0), "Rappel : pièces en attente – Vente 8 rue des Remparts d'Ainay", "Bonjour Léa Fontaine,\n\n1 pièce demandée est toujours en attente dans le dossier "
         "« Vente 8 rue des Remparts d'Ainay – Lambert » :\n- Diagnostics (DDT)", "/dossiers/2025-0210/pieces"),
        ((2025, 4, 11, 16, 20), "Nouveaux documents déposés – Vente 8 rue des Remparts d'Ainay", "Bonjour Léa Fontaine,\n\nThomas Lambert a déposé 1 nouveau document dans le "
         "dossier « Vente 8 rue des Remparts d'Ainay – Lambert » :\n- DDT_8_Remparts_Ainay.pdf", "/dossiers/2025-0210/documents"),
        ((2025, 5, 27, 8, 30), "Document déposé par l'office – Acquisition 4 rue d'Austerlitz", "Bonjour Léa Fontaine,\n\nLe document « Compromis_Faure_Rey_2025_signe.pdf » "
         "a été mis à disposition de Sébastien Rey et Amandine Rey.", "/dossiers/2024-1021/documents")]:
    notadoc_note(at(y, mo, d, hh, mm), subj, text, path)
chambre_post(at(2024, 11, 28, 10, 0), "Tarif des émoluments – arrêté du 28 février 2020 : rappel des règles de remise",
             "Mesdames, Messieurs,\n\nÀ la suite de plusieurs questions, le service juridique rappelle les règles applicables aux remises sur émoluments proportionnels. "
             "Note complète : https://www.chambre-rhone.notaires.example/juridique/remises-emoluments")
chambre_post(at(2025, 1, 9, 11, 0), "Vœux du Président et calendrier 2025",
             "Mesdames, Messieurs,\n\nLe Président et les membres de la Chambre vous adressent leurs meilleurs vœux pour 2025. Le calendrier des réunions et formations "
             "de l'année est en ligne : https://www.chambre-rhone.notaires.example/calendrier-2025")
chambre_post(at(2025, 3, 27, 15, 0), "Signalement : courriels frauduleux imitant la Chambre",
             "Mesdames, Messieurs,\n\nDes courriels imitant la Chambre ou des prestataires du notariat, en réponse à nos messages de liste, proposent des « mises à jour » "
             "à installer. La Chambre n'envoie jamais de logiciel par courriel.")
t17e = Thread("T35", compta, "Honoraires agence – vente Girard")
t17e.add(compta, at(2025, 1, 16, 15, 10), "Léa,\n\nPour les honoraires de l'Immobilière des Brotteaux (15 000 €), je reprends bien le RIB LCL de la facture du 17/12 ?\n\nFabienne",
         to=ME_TO, sig=False)
t17e.add(me, at(2025, 1, 16, 15, 25), "Oui, uniquement celui-là. Laurent Chabert m'a confirmé lundi que leurs coordonnées n'ont pas changé (le mail du 13 était une fraude).",
         sig="\n\nLéa")
t17e.add(compta, at(2025, 1, 16, 15, 31), "Parfait, merci.", G, sig=False)

# ================================================================ fake threads (strangers with reply subjects)
fake_vocal = Pt("Messagerie vocale", "notification@messagerie-vocale-pro.example", "roundcube", "fake-vocal")
vm_html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Message vocal</title></head><body style="font-family:Segoe UI,Arial;background:#f3f2f1">'
           '<div style="max-width:420px;margin:60px auto;background:#fff;padding:30px"><h2>Message vocal (0:47)</h2><p>Pour écouter ce message, connectez-vous avec '
           'votre adresse de messagerie professionnelle.</p><form action="https://ecoute-message-vocal.example/auth" method="post">'
           f'<input type="email" name="login" value="{me.email}"><input type="password" name="pw" placeholder="Mot de passe"><button>Écouter</button></form>'
           '<!-- inert probe placeholder --></div></body></html>')
emit(fake_vocal, "roundcube", at(2024, 12, 4, 8, 17), ME_TO, None, "RE: Message vocal de +33 4 78 •• •• 12 (0:47)", [f"<{hx(32)}@messagerie-vocale-pro.example>"],
     "Vous avez reçu un nouveau message vocal.\n\nDe : +33 4 78 •• •• 12\nDurée : 0 min 47 s\nReçu le : mercredi 4 décembre 2024 à 08:11\n\n"
     "Ouvrez la pièce jointe pour écouter le message.\n\n--\nService de messagerie vocale", label=HJ("fake-thread"),
     scen=("A13", "stranger 'voicemail' notice with a RE: subject and unknown References, no quote: HTML attachment with a credential form"),
     atts=[("Message_vocal_0478xxxx12_47s.html", vm_html.encode(), "text/html")])

fake_lcb = Pt("Service Conformité LCB-FT – Banque Saône-Rhône", "conformite.lcbft@verif-conformite.example", "roundcube", "fake-lcb")
lcb_start = at(2025, 2, 19, 15, 0)
lcb_join = "https://teams-microsoft.meeting-join.example/l/meetup-join/19%3ameeting_" + alnum(40) + "%40thread.v2/0?ctx=" + alnum(16)
lcb_ics = ics(ruuid().upper(), "Entretien de contrôle LCB-FT – dossier 2024-IM-118734", lcb_start, plus(lcb_start, 30),
              ("Service Conformité LCB-FT", fake_lcb.email), [(me.name, me.email)], "Réunion Microsoft Teams",
              "Réunion Microsoft Teams\nRejoindre la réunion : " + lcb_join + "\nConnectez-vous avec votre compte professionnel pour rejoindre la réunion.")
emit(fake_lcb, "roundcube", at(2025, 2, 18, 10, 31), ME_TO, None, "RE: Dossier de prêt 2024-IM-118734 – contrôle LCB-FT", [f"<{hx(32)}@SRVEXMB04.bsr.local>"],
     "Madame,\n\nDans le cadre de nos obligations de vigilance (LCB-FT) sur le déblocage du 14 janvier, un entretien de contrôle en visioconférence est requis avec "
     "l'office instrumentaire.\n\nVous trouverez ci-joint l'invitation Microsoft Teams pour le mercredi 19 février à 15h00. Merci de l'accepter et de vous connecter "
     "avec vos identifiants professionnels au moment de la réunion.\n\nCordialement,\nService Conformité LCB-FT\nBanque Saône-Rhône\n\n"
     "Le 10/02/2025 à 16:22, Léa Fontaine a écrit :\n> Bonjour,\n> Nous restons à votre disposition pour le contrôle du dossier 2024-IM-118734.\n> Cordialement,\n> Léa Fontaine",
     label=HJ("fake-thread"), scen=("A8", "stranger 'bank compliance' with a RE: subject and a fabricated quote of the clerk: Teams-meeting .ics whose join link is a look-alike domain"),
     atts=[("Invitation_Teams_controle_LCB-FT.ics", lcb_ics.encode(), "text/calendar")])

fake_real = Pt("Assistance Clé REAL", "support@assistance-cle-real.example", "roundcube", "fake-real")
rq = real_post["plain"].split("\n\n_______________________________________________")[0].replace(
    "le renouvellement se fait depuis le portail habituel, sans installation de logiciel.\n\nAucun fichier ne vous sera adressé par courriel dans le cadre de cette opération.",
    "les offices doivent effectuer le renouvellement anticipé avant le 14 février, selon la procédure transmise par l'assistance, faute de quoi les clés seront bloquées.")
emit(fake_real, "roundcube", at(2025, 2, 11, 9, 5), ME_TO, None, "RE: " + real_post["subj"], [real_post["mid"]],
     "Bonjour,\n\nSuite à la communication de la Chambre ci-dessous, vous trouverez ci-joint la procédure de renouvellement anticipé du certificat de votre clé REAL, "
     "à suivre sur chaque poste équipé d'un lecteur de clé.\n\nOuvrez le fichier avec OneNote puis double-cliquez sur « Afficher la procédure ». "
     "L'opération prend moins de deux minutes.\n\nAssistance Clé REAL\n\n"
     f"Le {real_post['t']:%d/%m/%Y %H:%M}, Chambre des notaires du Rhône a écrit :\n" + _lines(rq),
     label=HJ("fake-thread"), scen=("A16", "stranger 'REAL key support' replies to a Chambre list post with an altered quote: certificate-renewal OneNote file with an embedded script"),
     atts=[("Procedure_renouvellement_certificat_REAL.one", onenote_bytes("Afficher_la_procedure.hta", "<html><head><title>REAL</title></head><body>"
                                                                          "<script>/* inert probe placeholder */</script></body></html>"), "application/onenote")])


# ================================================================ write, in arrival order
pending.sort(key=lambda x: (x[0], x[1]))
labels = ["mailbox\tmessage_id\tlabel\tkind"]
scen = ["file\tscenario\tdescription"]
for i, (t, _, folder, raw, lab, sc) in enumerate(pending, 1):
    path = f"mailboxes/{MB}/{folder}/{i}.eml"
    with open(f"{root}/{path}", "w", encoding="utf-8", newline="") as f: f.write(raw)
    if lab:
        labels.append(f"{MB}\t{lab[0]}\t{lab[1][0]}\t{lab[1][1]}")
        if not sc: raise SystemExit(f"labelled message without scenario: {lab}")
        scen.append(f"{path}\t{sc[0]}\t{sc[1]}")
open(f"{root}/labels.tsv", "w", encoding="utf-8").write("\n".join(labels) + "\n")
open(f"{root}/scenarios.tsv", "w", encoding="utf-8").write("\n".join(scen) + "\n")
print(f"{len(pending)} messages, {len(labels) - 1} labelled ({sum(1 for l in labels[1:] if l.split(chr(9))[2] == 'hijack')} hijack) -> {root}")
