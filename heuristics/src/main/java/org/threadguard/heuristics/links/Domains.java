package org.threadguard.heuristics.links;

import com.google.common.net.InternetDomainName;
import java.net.IDN;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Registrable-domain arithmetic (public-suffix aware) and host classification. */
public final class Domains {
    private static final Map<String, String> REGISTRABLE = new ConcurrentHashMap<>();
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    /**
     * URL shorteners: general knowledge of the category, not of any corpus. A shortened link hides
     * its target, which is why it is weighed up.
     */
    private static final Set<String> SHORTENERS = Set.of(
            "bit.ly", "tinyurl.com", "t.co", "goo.gl", "ow.ly", "is.gd", "buff.ly", "cutt.ly", "rebrand.ly",
            "rb.gy", "shorturl.at", "t.ly", "tiny.cc", "s.id", "v.gd", "bl.ink", "short.io", "lnkd.in", "urlz.fr",
            "qrco.de", "tiny.one", "shorturl.asia", "clck.ru", "2no.co", "x.co");

    /** File-sharing and document-hosting services often abused to host a payload or a phishing page. */
    private static final Set<String> FILE_SHARING = Set.of(
            "dropbox.com", "dropboxusercontent.com", "wetransfer.com", "we.tl", "mediafire.com", "mega.nz",
            "mega.io", "sendspace.com", "box.com", "onedrive.live.com", "1drv.ms", "sharepoint.com",
            "drive.google.com", "docs.google.com", "sites.google.com", "storage.googleapis.com",
            "firebasestorage.googleapis.com", "s3.amazonaws.com", "blob.core.windows.net", "web.core.windows.net",
            "ipfs.io", "dweb.link", "anonfiles.com", "gofile.io", "transfer.sh", "filetransfer.io",
            "4shared.com", "zippyshare.com", "pixeldrain.com", "files.fm", "disk.yandex.ru", "github.io",
            "glitch.me", "pages.dev", "workers.dev", "netlify.app", "vercel.app", "web.app", "firebaseapp.com",
            "onenote.com", "notion.site", "canva.com", "jotform.com", "forms.gle", "formstack.com", "sway.office.com",
            "forms.office.com", "forms.microsoft.com",
            // free hosting, tunnels and file drops that malware campaigns use for their payloads and pages
            "discordapp.com", "discordapp.net", "r2.dev", "trycloudflare.com", "ngrok.io", "ngrok.app",
            "ngrok-free.app", "filemail.com", "1fichier.com", "catbox.moe", "tmpfiles.org", "file.io",
            "githubusercontent.com", "gitlab.io", "bitbucket.io", "onrender.com", "herokuapp.com", "appspot.com",
            "azurewebsites.net", "weebly.com", "wixsite.com", "webflow.io", "framer.app", "blogspot.com",
            "000webhostapp.com", "surge.sh", "replit.app", "ddns.net", "duckdns.org", "typeform.com", "docsend.com",
            "acrobat.adobe.com", "express.adobe.com", "icloud.com", "smartsheet.com");

    /**
     * Domains under which every customer gets a sub-domain of their own (a SharePoint tenant, a
     * storage account). They are not in the public-suffix list, but for "has this thread seen this
     * site" each tenant is its own site.
     */
    /**
     * Free webmail providers, by registrable domain (and, for the providers with one domain per country, by
     * its first label): an address anyone can open in a minute under any name.
     */
    private static final Set<String> FREE_MAIL = Set.of("gmail.com", "googlemail.com", "outlook.com", "msn.com",
            "aol.com", "icloud.com", "me.com", "mac.com", "ymail.com", "rocketmail.com", "web.de", "gmx.net",
            "gmx.com", "gmx.de", "gmx.at", "gmx.ch", "mail.com", "mail.ru", "inbox.ru", "list.ru", "bk.ru",
            "yandex.ru", "yandex.com", "proton.me", "protonmail.com", "pm.me", "tutanota.com", "tuta.io",
            "zoho.com", "zohomail.com", "libero.it", "virgilio.it", "alice.it", "tiscali.it", "orange.fr",
            "wanadoo.fr", "laposte.net", "free.fr", "sfr.fr", "t-online.de", "freenet.de", "seznam.cz", "wp.pl",
            "o2.pl", "onet.pl", "interia.pl", "op.pl", "qq.com", "163.com", "126.com", "naver.com", "daum.net",
            "rediffmail.com", "terra.com.br", "bol.com.br", "uol.com.br", "telenet.be", "skynet.be", "ziggo.nl",
            "kpnmail.nl", "hetnet.nl", "planet.nl", "btinternet.com", "sky.com", "comcast.net", "verizon.net",
            "att.net", "fastmail.com", "fastmail.fm", "hushmail.com", "gmx.fr", "gmx.es", "email.it", "ukr.net",
            "abv.bg", "freemail.hu", "citromail.hu", "azet.sk", "centrum.cz", "sapo.pt", "yahoo.com");
    private static final Set<String> FREE_MAIL_BRANDS = Set.of("hotmail", "live", "yahoo", "outlook", "windowslive",
            "gmx");

    /** Whether an address's domain belongs to a free webmail provider (gmail.com, hotmail.fr, yahoo.co.uk...). */
    public static boolean isFreeMail(String domain) {
        if (domain == null || domain.isEmpty()) {
            return false;
        }
        String reg = registrable(domain.toLowerCase(java.util.Locale.ROOT));
        if (FREE_MAIL.contains(reg)) {
            return true;
        }
        int dot = reg.indexOf('.');
        return dot > 0 && FREE_MAIL_BRANDS.contains(reg.substring(0, dot));
    }

    /**
     * Click-tracking hosts of mailing services and sales tools (HubSpot, Mailchimp, SendGrid, Amazon SES...) and
     * the link-rewriting hosts of security gateways whose links cannot be unwrapped (Mimecast, INKY, Cisco...): a
     * link the sender's or the reader's own software rewrote, so that its shown text names another site is no
     * disguise.
     */
    private static final Set<String> CLICK_TRACKERS = Set.of("hubspotlinks.com", "hubspotemail.net",
            "hs-analytics.net", "list-manage.com", "mandrillapp.com", "sendgrid.net", "awstrack.me", "rs6.net",
            "createsend.com", "createsend1.com", "klclick.com", "klclick1.com", "mlsend.com", "mailerlite.com",
            "mailtrack.io", "mltrk.io", "streaklinks.com", "mixmax.com", "yesware.com", "sidekickopen.com",
            "mjt.lu", "sendibt3.com", "sendibt2.com", "brevo.com", "exct.net", "cmail19.com", "cmail20.com",
            "mailchimp.com", "emltrk.com", "pstmrk.it", "postmarkapp.com", "mailgun.org", "sparkpostmail.com",
            "eloqua.com", "mkt.com", "pardot.com", "marketo.com", "salesforce.com", "outreach.io", "salesloft.com",
            // security gateways that rewrite every link into an opaque one of their own (nothing to unwrap)
            "mimecast.com", "mimecastprotect.com", "inky.com", "avanan.click", "edgepilot.com", "esvalabs.com",
            "topsec.com", "fireeye.com", "trellix.com", "cisco.com", "symantec.com", "emailprotection.link",
            "barracudanetworks.com", "cudasvc.com", "trendmicro.com", "sophos.com", "proofpoint.com",
            "urldefense.com", "checkpoint.com", "forcepoint.com", "hornetsecurity.com", "vadesecure.com",
            "libraesva.com", "spamtitan.com", "mailguard.com.au", "sonicwall.com", "perception-point.io");

    /** Whether a host is a mailing service's or sales tool's click tracker (see {@link #CLICK_TRACKERS}). */
    public static boolean isClickTracker(String host) {
        String reg = registrable(host);
        // HubSpot's sales links come from sidekickopen01.com ... sidekickopen99.com
        return CLICK_TRACKERS.contains(reg) || reg.startsWith("sidekickopen");
    }

    /** The encrypted-mail services' own portals, where a protected message is read after signing in. */
    private static final Set<String> SECURE_MESSAGE_PORTALS = Set.of("office365.com", "virtru.com",
            "zixmessagecenter.com", "zixcorp.com", "paubox.com", "echoworx.com", "egress.com", "mimecast.com",
            "securemail.proofpoint.com", "res.cisco.com", "voltage.com", "tutanota.com", "protonmail.com", "proton.me");

    /**
     * Whether a host is an encrypted-mail service's own portal (Microsoft Purview on outlook.office365.com, Virtru,
     * Zix, Paubox, Cisco, Proofpoint, ...): the page a protected message is read on, which asks the reader to sign
     * in and carries the reader's address by design. A look-alike of one is on another domain.
     */
    public static boolean isSecureMessagePortal(String host) {
        String h = host.toLowerCase(java.util.Locale.ROOT);
        return SECURE_MESSAGE_PORTALS.contains(registrable(h)) || SECURE_MESSAGE_PORTALS.contains(h)
                || h.equals("res.cisco.com") || h.startsWith("securemail.") && h.endsWith(".proofpoint.com");
    }

    private static final Set<String> MULTI_TENANT = Set.of("sharepoint.com", "sharepoint-df.com",
            "blob.core.windows.net", "web.core.windows.net", "azurewebsites.net", "my.salesforce.com",
            "force.com", "zendesk.com", "freshdesk.com", "atlassian.net", "wixsite.com", "weebly.com",
            "squarespace.com", "myshopify.com", "webflow.io", "godaddysites.com", "mailchimpsites.com",
            "notion.site", "box.com", "app.box.com", "egnyte.com", "sharefile.com", "r2.dev");

    private Domains() {
    }

    /**
     * The registrable domain ("example.co.uk" for "a.b.example.co.uk"), the host itself for IP
     * literals and hosts under no known suffix, or empty for an empty host.
     */
    public static String registrable(String host) {
        if (host == null || host.isEmpty()) {
            return "";
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        String cached = REGISTRABLE.get(h);
        if (cached != null) {
            return cached;
        }
        String result = tenant(h, compute(h));
        if (REGISTRABLE.size() < 200_000) {
            REGISTRABLE.put(h, result);
        }
        return result;
    }

    /** For a host under a multi-tenant domain, the tenant's own domain ("acme.sharepoint.com"). */
    private static String tenant(String host, String registrable) {
        for (String base : MULTI_TENANT) {
            if (host.endsWith("." + base)) {
                String rest = host.substring(0, host.length() - base.length() - 1);
                String label = rest.substring(rest.lastIndexOf('.') + 1);
                return label + "." + base;
            }
        }
        return registrable;
    }

    private static String compute(String h) {
        if (isIpLiteral(h)) {
            return h;
        }
        String ascii = h;
        try {
            ascii = IDN.toASCII(h, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            // keep the host as written
        }
        try {
            InternetDomainName name = InternetDomainName.from(ascii);
            if (name.isUnderPublicSuffix()) {
                return name.topPrivateDomain().toString();
            }
            if (name.isPublicSuffix()) {
                return ascii;
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            // fall through
        }
        String[] labels = ascii.split("\\.");
        if (labels.length <= 2) {
            return ascii;
        }
        return labels[labels.length - 2] + "." + labels[labels.length - 1];
    }

    /** The registrable domain of an email address's domain. */
    public static String registrableOfEmail(String email) {
        int at = email == null ? -1 : email.lastIndexOf('@');
        return at < 0 ? "" : registrable(email.substring(at + 1));
    }

    public static boolean isIpLiteral(String host) {
        if (host == null || host.isEmpty()) {
            return false;
        }
        return IPV4.matcher(host).matches() || host.startsWith("[") || host.indexOf(':') >= 0
                || host.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    public static boolean isShortener(String host) {
        return SHORTENERS.contains(host) || SHORTENERS.contains(registrable(host));
    }

    public static boolean isFileSharing(String host) {
        return underAny(host.toLowerCase(java.util.Locale.ROOT), FILE_SHARING);
    }

    /**
     * Whether the lower-case host or one of its parent domains is in the set: each looked up, not each listed
     * domain compared with the host's end.
     */
    private static boolean underAny(String h, java.util.Set<String> domains) {
        for (int dot = -1; ; dot = h.indexOf('.', dot + 1)) {
            if (domains.contains(dot < 0 ? h : h.substring(dot + 1))) {
                return true;
            }
            if (h.indexOf('.', dot + 1) < 0) {
                return false;
            }
        }
    }

    /** Object storage of the cloud providers: a bucket serves whatever file was put in it, as it is. */
    private static final java.util.Set<String> STORAGE_BUCKETS = java.util.Set.of("storage.googleapis.com",
            "firebasestorage.googleapis.com", "firebasestorage.app", "s3.amazonaws.com", "blob.core.windows.net",
            "web.core.windows.net", "r2.dev", "digitaloceanspaces.com", "backblazeb2.com", "wasabisys.com",
            "linodeobjects.com", "oraclecloud.com", "cloud-object-storage.appdomain.cloud", "storage.yandexcloud.net",
            "aliyuncs.com", "myqcloud.com", "cellar-c2.services.clever-cloud.com");

    /**
     * Whether {@code host} is a cloud storage bucket's address ({@code storage.googleapis.com},
     * {@code x.s3.eu-west-1.amazonaws.com}, {@code x.blob.core.windows.net}, {@code pub-x.r2.dev}).
     */
    public static boolean isStorageBucket(String host) {
        String h = host.toLowerCase(java.util.Locale.ROOT);
        if (h.endsWith(".amazonaws.com") && (h.startsWith("s3.") || h.startsWith("s3-") || h.contains(".s3.")
                || h.contains(".s3-"))) {
            return true;
        }
        return underAny(h, STORAGE_BUCKETS);
    }

    /**
     * Whether {@code host} is an organisation's own space on a hosted service: its first label is the organisation's
     * name ({@code clearpath.zendesk.com}, {@code clearpath.freshdesk.com} for {@code clearpath.example}), the way
     * help desks and sales tools give each customer a sub-domain to receive the answers to its mail.
     */
    public static boolean isTenantOf(String host, String orgDomain) {
        String reg = registrable(orgDomain);
        int dot = reg.indexOf('.');
        String name = dot > 0 ? reg.substring(0, dot) : reg;
        String h = host.toLowerCase(java.util.Locale.ROOT);
        int first = h.indexOf('.');
        return name.length() >= 4 && first > 0 && h.substring(0, first).equals(name)
                && !registrable(h).equals(reg) && h.indexOf('.', first + 1) > 0;
    }

    /** Whether the host uses punycode or mixes scripts / non-ASCII letters. */
    public static boolean isPunycodeOrNonAscii(String host) {
        if (host.contains("xn--")) {
            return true;
        }
        for (int i = 0; i < host.length(); i++) {
            if (host.charAt(i) > 127) {
                return true;
            }
        }
        return false;
    }

    /** The label before the public suffix ("example" for "mail.example.co.uk"). */
    public static String mainLabel(String registrable) {
        int dot = registrable.indexOf('.');
        return dot < 0 ? registrable : registrable.substring(0, dot);
    }
}
