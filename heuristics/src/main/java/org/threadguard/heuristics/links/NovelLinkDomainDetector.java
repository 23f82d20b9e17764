package org.threadguard.heuristics.links;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.threadguard.heuristics.detect.AnalysisContext;
import org.threadguard.heuristics.detect.Detector;
import org.threadguard.heuristics.detect.Evidence;
import org.threadguard.heuristics.detect.EvidenceRow;
import org.threadguard.heuristics.detect.Finding;
import org.threadguard.heuristics.detect.MessageFacts;
import org.threadguard.heuristics.detect.Text;
import org.threadguard.heuristics.model.Address;
import org.threadguard.heuristics.model.FileNames;
import org.threadguard.heuristics.model.Link;
import org.threadguard.heuristics.model.LinkSource;
import org.threadguard.heuristics.model.MailMessage;

/**
 * Notices a link in the new text whose registrable domain never appeared in the thread or in the
 * sender's earlier mail, weighed up for downloads, IP hosts, shorteners, punycode, mismatched
 * shown text and file-sharing services.
 */
public final class NovelLinkDomainDetector implements Detector {
    public static final String CODE = "NOVEL_LINK_DOMAIN";
    /** More sites than this in the documents of one message: references of a document, not a lure's button. */
    static final int MAX_DOCUMENT_SITES = 3;
    /** Paths and hosts of credential-phishing landing pages. */
    private static final Pattern SIGN_IN = Pattern.compile("(?i)(?:log-?in|sign-?in|signon|logon|auth|verify|"
            + "verification|validate|credential|password|passwd|account[-_]?update|secure[-_]?update|webmail|owa/)");
    private static final Pattern DOMAIN_IN_TEXT = Pattern.compile(
            "(?i)(?:https?://)?((?:[a-z0-9-]+\\.)+[a-z]{2,})(?:[/:?#]|$|\\s)");

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Finding> detect(AnalysisContext ctx) {
        List<Link> links = ctx.facts().newLinks();
        if (links.isEmpty()) {
            return List.of();
        }
        Set<String> familiar = familiarDomains(ctx);
        boolean onTopic = ctx.facts().onTopic(ctx.thread());
        // A link in a text that says nothing else is the message's whole point: where else the
        // mailbox saw the domain does not make it less telling.
        boolean generic = org.threadguard.heuristics.content.Genericity.of(ctx).isGeneric();
        Boolean asksSignInMemo = null; // read from the text once a link is new to the thread
        List<EvidenceRow> rows = new ArrayList<>();
        double best = 0;
        int novel = 0;
        int signatureLinks = 0;
        List<Text> bestReasons = List.of();
        Link bestLink = null;
        Set<String> done = new HashSet<>();
        // A document that links to many sites (a brochure, a paper with references) is not a button to one.
        Set<String> documentSites = new HashSet<>();
        for (Link l : links) {
            if (l.source() == LinkSource.ATTACHMENT) {
                documentSites.add(Domains.registrable(l.host()));
            }
        }
        for (Link l : links) {
            if (l.source() == LinkSource.ATTACHMENT && documentSites.size() > MAX_DOCUMENT_SITES) {
                continue;
            }
            if (l.carriesContent()) {
                if (done.add("data:")) {
                    novel++;
                    if (0.45 > best) {
                        best = 0.45;
                        bestReasons = List.of(); // the explanation of a data: link says why on its own
                        bestLink = l;
                    }
                    Text shown = Text.literal(Evidence.excerpt(l.href(), 60));
                    if (!l.shownText().isEmpty()) {
                        shown = Text.of("NOVEL_LINK_DOMAIN.shownAs", Evidence.excerpt(l.shownText(), 60), shown);
                    }
                    rows.add(new EvidenceRow(Text.of("NOVEL_LINK_DOMAIN.link"), Text.of("NOVEL_LINK_DOMAIN.notSeen"), "",
                            Text.of("NOVEL_LINK_DOMAIN.withReasons", shown, Text.of("NOVEL_LINK_DOMAIN.dataLink"))));
                }
                continue;
            }
            // an OAuth consent request for the reader's mail or files ("accept the access of the app"): the page is
            // the real sign-in service's, the grant goes to whoever runs the redirect address, so that is the site
            String consentTo = consentRedirectHost(l.href());
            String reg = Domains.registrable(consentTo != null ? consentTo : l.host());
            // on a service where anyone can publish (drive.google.com, sites.google.com, a SharePoint tenant,
            // web.app), the site is the host, not the provider's domain: google.com being familiar says nothing
            // about whose page this is
            boolean platform = Domains.isFileSharing(l.host());
            String ext0 = FileNames.extension(l.path());
            // a web page put in a cloud storage bucket (no site, no owner, nobody's address bar) and a document
            // "published to the web" from an office suite: anonymous pages, which the thread knowing the service
            // says nothing about
            boolean bucketPage = Domains.isStorageBucket(l.host()) && (isWebPage(ext0) || ext0.equals("svg"));
            boolean published = isPublishedDocument(l.host(), l.path());
            if (published && isForm(l.host(), l.path())) {
                // a form is how societies run their surveys; it is an anonymous page to fear when the text asks
                // for a sign-in or a password on it
                if (asksSignInMemo == null) {
                    asksSignInMemo = asksSignIn(ctx);
                }
                published = asksSignInMemo;
            }
            if (consentTo != null) {
                platform = false;
            }
            if (reg.isEmpty() || (platform ? familiarHosts(ctx).contains(l.host().toLowerCase(Locale.ROOT))
                    && !bucketPage && !published : familiar.contains(reg)) || !done.add(l.target())
                    || ctx.allowlist().allowsLink(ctx.facts().senderEmail(), reg)) {
                continue;
            }
            novel++;
            List<Text> reasons = new ArrayList<>();
            // the only content of a generic text, pointing deep into a site: the message's whole purpose
            double keep = 1 - (generic && isFileLike(l.path()) ? 0.25 : 0.15);
            String ext = ext0;
            if (platform && !FileNames.isRiskyDownloadExtension(ext)) {
                ext = namedFileExtension(l.path(), ext); // "/file/<id>/Trip_Pics.zip/file" on a file host
            }
            boolean download = FileNames.isRiskyDownloadExtension(ext) && !isWebPage(ext);
            if (download) {
                // a program or script runs when opened: nobody needs to enable anything ("com" is a host name
                // in many paths, not a program)
                keep *= FileNames.isExecutableExtension(ext) && !ext.equals("com") ? 0.4 : 0.5;
                reasons.add(Text.of("NOVEL_LINK_DOMAIN.download", ext));
            }
            if (Domains.isIpLiteral(l.host())) {
                keep *= 0.7;
                reasons.add(Text.of("NOVEL_LINK_DOMAIN.ipAddress"));
            }
            if (org.threadguard.heuristics.text.LinkWrappers.isRedirect(l.href())) {
                keep *= 0.75;
                reasons.add(Text.of("NOVEL_LINK_DOMAIN.redirect", Evidence.defangHost(l.via())));
            }
            if (Domains.isShortener(l.host())) {
                keep *= 0.75;
                reasons.add(Text.of("NOVEL_LINK_DOMAIN.shortener"));
            }
            if (Domains.isPunycodeOrNonAscii(l.host())) {
                keep *= 0.7;
                reasons.add(Text.of("NOVEL_LINK_DOMAIN.punycode"));
            }
            // a site whose name imitates one the thread knows (sentrywall.example -> sentrywa11.example, the same
            // name under another suffix, a confusable letter): made to be taken for it
            String imitated = null;
            String imitationKey = "NOVEL_LINK_DOMAIN.imitates";
            if (ctx.mailbox().linkDomainCount(reg) == 0) {
                imitated = imitatedSite(reg, familiar, organisations(ctx));
                if (imitated == null && !platform) {
                    imitated = imitatedBySubdomain(l.host(), reg, familiar);
                }
                if (imitated == null) {
                    // "www.figma.com.file-preview.example": a whole domain worn as sub-domains of another one
                    imitated = embeddedDomain(l.host(), reg);
                }
                if (imitated == null) {
                    // "teams-live-join", "docusign-secure-view": a site named after a service people trust, which
                    // that service would not use (its own pages are on its own domains)
                    imitated = namedAfterService(reg);
                    if (imitated == null && !platform) {
                        imitated = subdomainNamedAfterService(l.host(), reg);
                    }
                    imitationKey = "NOVEL_LINK_DOMAIN.namedAfter";
                }
                if (imitated != null && writtenInThread(ctx, reg)) {
                    imitated = null; // the thread spoke of this site before ("our new portal at x-files.example")
                }
            }
            if (imitated != null) {
                keep *= 0.45;
                reasons.add(Text.of(imitationKey, imitated));
            }
            String shownDomain = shownDomain(l);
            // a link that shows a site this thread knows and leads to one it does not: a disguise, however
            // well the words around it fit the conversation
            boolean disguised = false;
            if (!shownDomain.isEmpty() && !Domains.registrable(shownDomain).equals(reg)) {
                disguised = familiar.contains(Domains.registrable(shownDomain)) && !Domains.isClickTracker(l.host())
                        && !carriesTarget(l.href(), shownDomain);
                keep *= disguised ? 0.45 : 0.6;
                reasons.add(Text.of(disguised ? "NOVEL_LINK_DOMAIN.showsKnown" : "NOVEL_LINK_DOMAIN.showsOther",
                        shownDomain, l.host()));
            }
            if (isCallToAction(l)) {
                keep *= 0.75;
                reasons.add(Text.of("NOVEL_LINK_DOMAIN.button", Evidence.excerpt(l.shownText().strip(), 40)));
            }
            boolean signInPage = SIGN_IN.matcher(l.target()).find();
            if (asksSignInMemo == null) {
                asksSignInMemo = asksSignIn(ctx);
            }
            boolean asksSignIn = asksSignInMemo;
            if (signInPage || asksSignIn) {
                // a sign-in page on a service where anyone can publish is nobody's real sign-in page; a text that
                // asks to sign in or give a password on the page it links to is where credentials are phished
                keep *= platform ? 0.5 : 0.75;
                reasons.add(Text.of(!signInPage ? "NOVEL_LINK_DOMAIN.signInAsked"
                        : platform ? "NOVEL_LINK_DOMAIN.signInHosted" : "NOVEL_LINK_DOMAIN.signIn"));
            }
            if (l.source() == LinkSource.ATTACHMENT) {
                reasons.add(Text.of("NOVEL_LINK_DOMAIN.inDocument"));
            }
            if (l.source() == LinkSource.QR_CODE) {
                keep *= 0.7;
                reasons.add(Text.of("NOVEL_LINK_DOMAIN.qrCode"));
            }
            if (consentTo != null) {
                // nobody needs an app's access to their mailbox to read a file; this is how mailboxes are taken
                // over without a password (consent phishing): the grant outlives any password change
                keep *= 0.35;
                reasons.add(Text.of("NOVEL_LINK_DOMAIN.consent", Evidence.defangHost(consentTo)));
            }
            String foreignTenant = foreignSharePointTenant(l.host(), ctx);
            if (bucketPage) {
                keep *= 0.6;
                reasons.add(Text.of("NOVEL_LINK_DOMAIN.bucketPage"));
            } else if (foreignTenant != null) {
                // another organisation's SharePoint: where hijackers leave their files, on a tenant they broke into
                keep *= 0.6;
                reasons.add(Text.of("NOVEL_LINK_DOMAIN.foreignTenant", foreignTenant));
            } else if (published) {
                keep *= 0.7;
                reasons.add(Text.of("NOVEL_LINK_DOMAIN.publishedDocument"));
            } else if (Domains.isFileSharing(l.host()) || isIpfsPath(l.path())) {
                keep *= 0.85;
                reasons.add(Text.of("NOVEL_LINK_DOMAIN.fileSharing"));
            }
            // a document in a CMS's upload or system folder of a site unrelated to the thread: where attackers
            // leave their files on websites they broke into
            boolean cmsFile = isCmsFolderDocument(l.path(), ext);
            if (isUploadedScript(l.path(), ext)) {
                // a site serves its visitors' uploads as files; a program run from there is a web shell or a
                // phishing kit that someone put on a site they broke into
                keep *= 0.6;
                reasons.add(Text.of("NOVEL_LINK_DOMAIN.uploadedScript"));
            } else if (cmsFile) {
                keep *= 0.85; // weak: many organisations publish their own documents there too
                reasons.add(Text.of("NOVEL_LINK_DOMAIN.cmsFolder"));
            }
            // (a share link of a file service names its invitee in its query; one that carries the reader's address
            // in its fragment, which never reaches the server, feeds it to a script in the page: a phishing kit)
            if (!Domains.isClickTracker(l.host()) && (!Domains.isFileSharing(l.host())
                    ? namesRecipient(l.target(), ctx.message().to(), ctx.message().cc())
                    : l.href().indexOf('#') >= 0 && namesRecipient(l.href().substring(l.href().indexOf('#')),
                            ctx.message().to(), ctx.message().cc()))) {
                // a page that already knows who you are: a sign-in form filled in for the reader, or a link
                // that reports who clicked it
                keep *= 0.75;
                reasons.add(Text.of("NOVEL_LINK_DOMAIN.namesRecipient"));
            }
            // A domain the mailbox has seen in other conversations is less telling than one never seen.
            int mailboxSeen = platform && !l.host().equalsIgnoreCase(reg) ? ctx.mailbox().platformHostCount(l.host())
                    : ctx.mailbox().linkDomainCount(reg);
            double familiarity = generic || disguised || bucketPage || published || consentTo != null ? 1.0
                    : mailboxSeen >= 3 ? 0.35 : mailboxSeen > 0 ? 0.6 : 1.0;
            // A link inside a substantive, on-topic contribution is part of the conversation; a download
            // of a risky file type from a site new to the thread is not made safe by words the thread used
            // (a hijacker copies them).
            double topical = onTopic && !download && !disguised && imitated == null && !bucketPage && !published
                    && consentTo == null ? 0.6 : 1.0;
            // a link below the sender's own name (a homepage, a profile, a company site in the signature) says who
            // writes; the message's ask is above it
            double signature = inSignature(l, ctx.facts()) && !download && !disguised ? 0.5 : 1.0;
            if (signature < 1) {
                signatureLinks++; // nor do several such links add up
            }
            keep = 1 - (1 - keep) * familiarity * topical * signature;
            double s = 1 - keep;
            if (Domains.isSecureMessagePortal(l.host()) && !download) {
                // the encrypted-mail service's own page (its sign-in and the reader's address in the link are how
                // it works): what the protected message says is out of sight, the site is not the attacker's
                s = Math.min(s, 0.2);
            }
            if (s > best) {
                best = s;
                bestReasons = reasons;
                bestLink = l;
            }
            Text shown = Text.literal(Evidence.defang(l.target()));
            if (!l.shownText().isEmpty() && !isShownAddress(l)) {
                shown = Text.of("NOVEL_LINK_DOMAIN.shownAs", Evidence.excerpt(l.shownText(), 60), shown);
            }
            if (!l.via().isEmpty()) {
                shown = Text.of("NOVEL_LINK_DOMAIN.through", shown, Evidence.defangHost(l.via()));
            }
            if (!reasons.isEmpty()) {
                shown = Text.of("NOVEL_LINK_DOMAIN.withReasons", shown, Text.join(", ", reasons));
            }
            rows.add(new EvidenceRow(Text.of("NOVEL_LINK_DOMAIN.link"), Text.of("NOVEL_LINK_DOMAIN.notSeen"), "",
                    shown));
        }
        if (novel == 0) {
            return List.of();
        }
        double strength = Math.min(0.85, best + 0.03 * Math.max(0, novel - signatureLinks - 1));
        List<String> known = new ArrayList<>(ctx.thread().linkDomains().keySet());
        known.sort(null);
        Text earlier = known.isEmpty() ? Text.of("NOVEL_LINK_DOMAIN.noEarlierLinks")
                : Text.of("NOVEL_LINK_DOMAIN.earlierLinks", List.copyOf(known.subList(0, Math.min(5, known.size()))));
        if (bestLink != null && bestLink.carriesContent()) {
            return List.of(Finding.of(CODE, strength, Text.of("NOVEL_LINK_DOMAIN.dataLinkExplained"), earlier, "",
                    Text.literal(Evidence.excerpt(bestLink.href(), 80)), rows));
        }
        String host = Evidence.defangHost(bestLink == null ? "" : bestLink.host());
        return List.of(Finding.of(CODE, strength,
                bestReasons.isEmpty() ? Text.of("NOVEL_LINK_DOMAIN.newSite", host)
                        : Text.of("NOVEL_LINK_DOMAIN.newSiteBecause", host, Text.join(", ", bestReasons)),
                earlier, "", bestLink == null ? Text.empty() : Text.literal(Evidence.defang(bestLink.target())), rows));
    }

    /**
     * Whether a link's address carries the shown site inside it ({@code ?t=http%3A%2F%2Fwww.example.com}): a
     * tracker or redirect that leads on to what it shows, not a disguise.
     */
    private static boolean carriesTarget(String href, String shownDomain) {
        int q = href.indexOf('?');
        if (q < 0) {
            return false;
        }
        String query = href.substring(q).toLowerCase(java.util.Locale.ROOT);
        try {
            query = java.net.URLDecoder.decode(query, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // keep the encoded form
        }
        return query.contains(shownDomain.toLowerCase(java.util.Locale.ROOT));
    }

    /** The familiar domains as a value the context can keep for every detector that asks. */
    private record Familiar(Set<String> domains) {
    }

    /**
     * Domains that are normal for this thread and sender: links seen before, participants' and list
     * domains. Derived once per reply and shared (the lure detector asks too).
     */
    public static Set<String> familiarDomains(AnalysisContext ctx) {
        return ctx.memo(Familiar.class, c -> new Familiar(computeFamiliar(c))).domains();
    }

    /**
     * Whether the link is written out below a short line that names the sender (the first line of a signature
     * block: "Sumit Kumar", "Anna"), not the first line of the new text.
     */
    static boolean inSignature(Link l, MessageFacts f) {
        if (f.sender() == null || l.source() != LinkSource.TEXT && l.source() != LinkSource.HTML) {
            return false;
        }
        List<String> names = new ArrayList<>();
        for (String w : org.threadguard.heuristics.nlp.Tokens.words(f.sender().displayName())) {
            if (w.length() >= 2) {
                names.add(w);
            }
        }
        if (names.isEmpty()) {
            return false;
        }
        String text = f.newText();
        String[] lines = text.split("\\R");
        String host = l.host().toLowerCase(Locale.ROOT);
        // the link on a line below a line with the sender's name, with no prose between them (a signature block:
        // name, title, company, address, site); a name heading the text (a help desk's "Sophie Lavoie (Support),
        // 12 Nov", then the message) is not a signature
        int nameLine = -1;
        for (int i = 1; i < lines.length; i++) {
            List<String> words = org.threadguard.heuristics.nlp.Tokens.words(lines[i]);
            if (!words.isEmpty() && words.size() <= 4 && words.stream().anyMatch(names::contains)) {
                nameLine = i;
            } else if (words.size() >= 12) {
                nameLine = -1;
            } else if (nameLine >= 0 && lines[i].toLowerCase(Locale.ROOT).contains(host)) {
                return true;
            }
        }
        return false;
    }

    private record FamiliarHosts(Set<String> hosts) {
    }

    /** The hosts (not domains) the thread's messages and the sender's earlier mail linked to, lower case. */
    public static Set<String> familiarHosts(AnalysisContext ctx) {
        return ctx.memo(FamiliarHosts.class, c -> {
            Set<String> hosts = new HashSet<>(c.thread().linkHosts());
            for (MessageFacts h : c.senderHistory()) {
                for (Link l : h.message().links()) {
                    hosts.add(l.host().toLowerCase(Locale.ROOT));
                }
            }
            return new FamiliarHosts(hosts);
        }).hosts();
    }

    private static Set<String> computeFamiliar(AnalysisContext ctx) {
        Set<String> f = new HashSet<>(ctx.thread().linkDomains().keySet());
        f.addAll(ctx.thread().participantDomains());
        f.addAll(ctx.mailbox().ownDomains());
        for (MessageFacts h : ctx.senderHistory()) {
            for (Link l : h.message().links()) {
                f.add(Domains.registrable(l.host()));
            }
        }
        MailMessage m = ctx.message();
        if (ctx.facts().sender() != null && ctx.mailbox().addressCount(ctx.facts().senderEmail()) > 0) {
            // the sender's own site is familiar only for a sender the mailbox knows
            f.add(Domains.registrable(ctx.facts().sender().domain()));
        }
        for (String h : List.of("List-Unsubscribe", "List-Archive", "List-Help", "List-Subscribe", "List-Post",
                "List-Id", "Archived-At")) {
            for (String v : m.headers(h)) {
                Matcher mm = DOMAIN_IN_TEXT.matcher(v);
                while (mm.find()) {
                    f.add(Domains.registrable(mm.group(1).toLowerCase(Locale.ROOT)));
                }
            }
        }
        return f;
    }

    /** A path that names a file (an extension other than a web page's). */
    static boolean isFileLike(String path) {
        String ext = FileNames.extension(path);
        return !ext.isEmpty() && !isWebPage(ext) && !java.util.Set.of("php", "asp", "aspx", "jsp", "cgi", "pl")
                .contains(ext);
    }

    /** Web pages are what links usually point to; as a download they only matter as attachments. */
    private static boolean isWebPage(String ext) {
        return ext.equals("html") || ext.equals("htm") || ext.equals("shtml") || ext.equals("xhtml");
    }

    private static final Pattern CMS_FOLDER = Pattern.compile(
            "(?i)/(?:wp-content|wp-includes|wp-admin)/");
    private static final java.util.Set<String> DOCUMENT_EXTENSIONS = java.util.Set.of("pdf", "doc", "docx", "docm",
            "xls", "xlsx", "xlsm", "xlsb", "ppt", "pptx", "pptm", "rtf", "odt", "ods", "html", "htm", "shtml", "php",
            "txt", "csv");

    /**
     * A document (not an image or a style sheet) inside WordPress's folders. (Drupal's public files folder
     * is where many organisations publish their documents; it says nothing.)
     */
    static boolean isCmsFolderDocument(String path, String ext) {
        // a script in an upload folder is what a broken-into site's redirector or web shell looks like
        return CMS_FOLDER.matcher(path).find() && (DOCUMENT_EXTENSIONS.contains(ext)
                || FileNames.isRiskyDownloadExtension(ext) || "php".equals(ext));
    }

    /**
     * On a file host, the extension of a file named inside the path rather than at its end
     * ({@code /file/3rfc/NOLA_Pics.zip/file}), when it is a risky one; otherwise {@code ext}.
     */
    public static String namedFileExtension(String path, String ext) {
        for (String segment : path.split("/")) {
            String e = FileNames.extension(segment);
            if (FileNames.isRiskyDownloadExtension(e)) {
                return e;
            }
        }
        return ext;
    }

    /**
     * The familiar site a link's registrable domain imitates (a confusable spelling, one or two characters changed
     * in a name of six letters or more), or {@code null}. An added word ("name-portal") and the same name under
     * another suffix are not counted: an organisation's own second domains look like that.
     */
    public static String imitatedSite(String reg, Set<String> familiar) {
        return imitatedSite(reg, familiar, Set.of());
    }

    /**
     * {@link #imitatedSite(String, Set)}, also taking a name of {@code addedWordCandidates} (the organisations
     * that write in the thread) with a word added for an imitation.
     */
    public static String imitatedSite(String reg, Set<String> familiar, Set<String> addedWordCandidates) {
        if (Domains.isFileSharing(reg)) {
            // a space on a shared service ("drmlyon.sharepoint.com" for drm-lyon.example) named like an
            // organisation is that organisation's own, far more often than an imitation of it
            return null;
        }
        String label = Domains.mainLabel(reg);
        for (String f : familiar) {
            if (f.isEmpty() || f.equals(reg) || Domains.mainLabel(f).length() < 5) {
                continue;
            }
            String known = Domains.mainLabel(f);
            // (a tenant's space on a service, "contoso-my.sharepoint.com", is the organisation's own)
            if (addedWordCandidates.contains(f) && known.length() >= 6 && !Domains.isFileSharing(f)
                    && !Domains.isFileSharing(reg) && !Domains.isTenantOf(reg, f)
                    && (label.startsWith(known + "-") || label.endsWith("-" + known))) {
                // the known name with a word added ("telereclam-signature", "secure-contoso"): a name registered
                // to be read as the known site's
                return f;
            }
            org.threadguard.heuristics.sender.LookalikeDomainDetector.Resemblance r =
                    org.threadguard.heuristics.sender.LookalikeDomainDetector.resemblance(reg, f);
            if (r != null && (r.kind() == org.threadguard.heuristics.sender.LookalikeDomainDetector.Resemblance.Kind
                    .CONFUSABLE || r.kind() == org.threadguard.heuristics.sender.LookalikeDomainDetector.Resemblance
                    .Kind.CHARACTERS_CHANGED && Domains.mainLabel(f).length() >= 6)) {
                return f;
            }
        }
        return null;
    }

    /**
     * A document an office suite "published to the web": Google's {@code /d/e/2PACX-...} pages (docs,
     * slides, drawings, forms) and drawings, Microsoft Sway. Anyone can publish one, without showing who, and people share
     * their documents for editing, not published.
     */
    static boolean isPublishedDocument(String host, String path) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("docs.google.com")) {
            // (a Google drawing is a picture with a link in it: how a "button" is hosted on Google's domain)
            // (a form "/forms/d/e/1FAIpQL..." collects whatever it asks for, a sign-in included)
            return path.contains("/d/e/2PACX-") || path.startsWith("/drawings/") || path.startsWith("/forms/d/e/");
        }
        return h.equals("sway.office.com") || h.equals("sway.cloud.microsoft") || h.equals("forms.gle");
    }

    /**
     * The known site whose name a host carries in front of another domain ("hongyao-tw.sign-envelope.example" for
     * hongyao-tw.example, "contoso.com.secure-view.example"), or {@code null}. Services give customers such names
     * too ("contoso.zendesk.com"), but under a one-word brand; a compound name made of words
     * ("sign-envelope", "secure-view") with a known organisation's name in front is how lure hosts are built.
     */
    public static String imitatedBySubdomain(String host, String reg, Set<String> familiar) {
        String h = host.toLowerCase(Locale.ROOT);
        if (!h.endsWith("." + reg) || Domains.mainLabel(reg).indexOf('-') < 0) {
            return null;
        }
        List<String> labels = List.of(h.substring(0, h.length() - reg.length() - 1).split("\\."));
        String prefix = h.substring(0, h.length() - reg.length() - 1);
        for (String f : familiar) {
            String known = Domains.mainLabel(f);
            if (f.isEmpty() || f.equals(reg) || known.length() < 5 || Domains.isFileSharing(f)) {
                continue;
            }
            if (labels.contains(known) || prefix.endsWith(f)) {
                return f;
            }
        }
        return null;
    }

    private static final Set<String> EMBEDDED_TLDS = Set.of("com", "net", "org", "gov", "edu");

    /**
     * A complete domain a host wears in front of its real one ("www.figma.com.file-preview.example" shows
     * "figma.com" and belongs to file-preview.example; "paypal.com.secure-login.example"), or {@code null}. A
     * country's own suffix ("google.com.br", "amazon.co.uk") is part of the registrable domain, not in front of it.
     */
    public static String embeddedDomain(String host, String reg) {
        String h = host.toLowerCase(Locale.ROOT);
        if (reg.isEmpty() || !h.endsWith("." + reg)) {
            return null;
        }
        String[] labels = h.substring(0, h.length() - reg.length() - 1).split("\\.");
        for (int i = 1; i < labels.length; i++) {
            if (EMBEDDED_TLDS.contains(labels[i]) && !labels[i - 1].isEmpty() && !labels[i - 1].equals("www")) {
                return labels[i - 1] + "." + labels[i];
            }
        }
        return null;
    }

    private record Organisations(Set<String> domains) {
    }

    /** The registrable domains of the people who write in the thread and of the user (not of lists); memoized. */
    private static Set<String> organisations(AnalysisContext ctx) {
        return ctx.memo(Organisations.class, c -> new Organisations(computeOrganisations(c))).domains();
    }

    private static Set<String> computeOrganisations(AnalysisContext ctx) {
        Set<String> out = new HashSet<>(ctx.mailbox().ownDomains());
        for (MessageFacts m : ctx.thread().members()) {
            if (!m.senderDomain().isEmpty() && m.message().headers("List-Id").isEmpty()) {
                out.add(m.senderDomain());
            }
        }
        if (!ctx.facts().senderDomain().isEmpty() && ctx.message().headers("List-Id").isEmpty()) {
            out.add(ctx.facts().senderDomain());
        }
        return out;
    }

    /**
     * The organisation name of a SharePoint / OneDrive for Business host ("northfield" for
     * {@code northfield-my.sharepoint.com}) when it is nobody's in this conversation: neither the sender's, the
     * user's nor a participant's organisation (names compared by their start, as tenants abbreviate or extend
     * them); otherwise {@code null}.
     */
    static String foreignSharePointTenant(String host, AnalysisContext ctx) {
        String h = host.toLowerCase(Locale.ROOT);
        if (!h.endsWith(".sharepoint.com")) {
            return null;
        }
        String tenant = h.substring(0, h.indexOf('.'));
        if (tenant.endsWith("-my")) {
            tenant = tenant.substring(0, tenant.length() - 3);
        }
        if (tenant.length() < 3) {
            return null;
        }
        Set<String> orgs = new HashSet<>(ctx.thread().participantDomains());
        orgs.addAll(ctx.mailbox().ownDomains());
        if (!ctx.facts().senderDomain().isEmpty()) {
            orgs.add(ctx.facts().senderDomain());
        }
        for (String o : orgs) {
            if (Domains.isFreeMail(o)) {
                continue; // a free-mail address says nothing of the writer's organisation
            }
            String name = Domains.mainLabel(Domains.registrable(o)).toLowerCase(Locale.ROOT).replace("-", "");
            String t = tenant.replace("-", "");
            int common = Math.min(4, Math.min(name.length(), t.length()));
            if (name.isEmpty() || name.startsWith(t) || t.startsWith(name)
                    || common >= 4 && name.regionMatches(0, t, 0, common)) {
                return null;
            }
        }
        return tenant;
    }

    /** Whether an earlier message of the thread (not flagged) wrote this site's name in its own words. */
    private static boolean writtenInThread(AnalysisContext ctx, String reg) {
        for (MessageFacts m : ctx.thread().members()) {
            if (ctx.thread().learnedFrom(m) && m.newText().toLowerCase(Locale.ROOT).contains(reg)) {
                return true;
            }
        }
        return false;
    }

    /** Services whose names lure domains borrow, with the registrable domains the services really use. */
    private static final java.util.Map<String, Set<String>> SERVICES = java.util.Map.ofEntries(
            java.util.Map.entry("microsoft", Set.of("microsoft.com", "microsoftonline.com")),
            java.util.Map.entry("office365", Set.of("office.com", "office365.com")),
            java.util.Map.entry("o365", Set.of()), java.util.Map.entry("m365", Set.of()),
            java.util.Map.entry("ms365", Set.of()), java.util.Map.entry("outlook", Set.of("outlook.com")),
            java.util.Map.entry("sharepoint", Set.of("sharepoint.com")),
            java.util.Map.entry("onedrive", Set.of("onedrive.com", "live.com")),
            java.util.Map.entry("teams", Set.of("microsoft.com", "teams.microsoft.com", "live.com")),
            java.util.Map.entry("docusign", Set.of("docusign.com", "docusign.net")),
            java.util.Map.entry("adobe", Set.of("adobe.com")), java.util.Map.entry("acrobat", Set.of("adobe.com")),
            java.util.Map.entry("dropbox", Set.of("dropbox.com")),
            java.util.Map.entry("wetransfer", Set.of("wetransfer.com")),
            java.util.Map.entry("zoom", Set.of("zoom.us", "zoom.com")),
            java.util.Map.entry("webex", Set.of("webex.com")), java.util.Map.entry("paypal", Set.of("paypal.com")),
            java.util.Map.entry("icloud", Set.of("icloud.com")), java.util.Map.entry("linkedin", Set.of("linkedin.com")),
            java.util.Map.entry("interac", Set.of("interac.ca")), java.util.Map.entry("gmail", Set.of("gmail.com")),
            java.util.Map.entry("whatsapp", Set.of("whatsapp.com")), java.util.Map.entry("fedex", Set.of("fedex.com")),
            java.util.Map.entry("dhl", Set.of("dhl.com", "dhl.de")), java.util.Map.entry("usps", Set.of("usps.com")),
            java.util.Map.entry("box", Set.of("box.com", "box.net", "boxcdn.net")),
            java.util.Map.entry("google", Set.of("google.com")), java.util.Map.entry("gdrive", Set.of()),
            java.util.Map.entry("googledrive", Set.of()), java.util.Map.entry("sharefile", Set.of("sharefile.com")),
            java.util.Map.entry("citrix", Set.of("citrix.com", "sharefile.com")),
            java.util.Map.entry("okta", Set.of("okta.com", "oktapreview.com")),
            java.util.Map.entry("yousign", Set.of("yousign.com", "yousign.app")),
            java.util.Map.entry("hellosign", Set.of("hellosign.com", "dropbox.com")),
            java.util.Map.entry("pandadoc", Set.of("pandadoc.com")), java.util.Map.entry("egnyte", Set.of("egnyte.com")),
            java.util.Map.entry("xero", Set.of("xero.com")), java.util.Map.entry("quickbooks", Set.of("intuit.com")),
            java.util.Map.entry("intuit", Set.of("intuit.com")));

    private static final Pattern CONSENT_SCOPE = Pattern.compile(
            "(?i)(mail\\.|files\\.|sites\\.|offline_access|contacts\\.|mail\\.google\\.com|/auth/gmail|/auth/drive"
                    // code hosting: GitHub's and GitLab's scopes over repositories and organisations
                    + "|\\b(?:public_)?repo\\b|\\bworkflow\\b|admin:|delete_repo|write:packages|\\bapi\\b"
                    + "|write_repository)");

    /**
     * The host an OAuth authorisation link sends its grant to ({@code redirect_uri}), when the link asks for access
     * to mail, files, contacts or code (Microsoft Graph's Mail.*, Files.*, offline_access; Google's Gmail and Drive
     * scopes; GitHub's and GitLab's repository and organisation scopes); {@code null} for any other link.
     */
    public static String consentRedirectHost(String href) {
        String lower = href.toLowerCase(Locale.ROOT);
        int q = lower.indexOf('?');
        if (q < 0 || !lower.contains("oauth") || !lower.contains("client_id=") || !lower.contains("redirect_uri=")) {
            return null;
        }
        String scope = null;
        String redirect = null;
        int hash = href.indexOf('#', q);
        for (String param : href.substring(q + 1, hash < 0 ? href.length() : hash).split("&")) {
            int eq = param.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String name = param.substring(0, eq).toLowerCase(Locale.ROOT);
            String value;
            try {
                value = java.net.URLDecoder.decode(param.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                value = param.substring(eq + 1);
            }
            if (name.equals("scope")) {
                scope = value;
            } else if (name.equals("redirect_uri")) {
                redirect = value;
            }
        }
        if (scope == null || redirect == null || !CONSENT_SCOPE.matcher(scope).find()) {
            return null;
        }
        String host = org.threadguard.heuristics.text.UrlHosts.hostOf(redirect);
        return host.isEmpty() ? null : host;
    }

    /**
     * The service a registrable domain is named after without being one of its domains ("teams-live-join.example",
     * "docusign-review.example", "secure-sharepoint.example"), or {@code null}. The name must be a part of the
     * label between hyphens, so that "zoomcar" or "adobeindustries" are not taken for it.
     */
    public static String namedAfterService(String reg) {
        String label = Domains.mainLabel(reg).toLowerCase(Locale.ROOT);
        if (label.indexOf('-') < 0) {
            return null;
        }
        for (String part : label.split("-")) {
            Set<String> own = SERVICES.get(part);
            if (own != null && !own.contains(reg)) {
                return part;
            }
        }
        return null;
    }

    /**
     * The service a host's sub-domain is named after in a compound name ("teams-meet-join.sahyadri-recon.example"),
     * or {@code null}; a plain sub-domain ("outlook.acme.example", an organisation's own web mail) is not taken.
     */
    public static String subdomainNamedAfterService(String host, String reg) {
        String h = host.toLowerCase(Locale.ROOT);
        if (!h.endsWith("." + reg)) {
            return null;
        }
        for (String label : h.substring(0, h.length() - reg.length() - 1).split("\\.")) {
            if (label.indexOf('-') < 0) {
                continue;
            }
            for (String part : label.split("-")) {
                if (SERVICES.containsKey(part)) {
                    return part;
                }
            }
        }
        return null;
    }

    /**
     * Whether the new text asks to sign in or give a password: what a short lure is made of; a long discussion
     * that mentions "where you enter your password" in passing asks nothing.
     */
    private static boolean asksSignIn(AnalysisContext ctx) {
        String ownWords = ctx.facts().newText();
        return ctx.facts().wordCount() <= 250 && org.threadguard.heuristics.content.Lexicon
                .asksToSignIn(ownWords.length() > 4_000 ? ownWords.substring(0, 4_000) : ownWords);
    }

    private static boolean isForm(String host, String path) {
        return host.equalsIgnoreCase("forms.gle") || path.startsWith("/forms/");
    }

    /** Upload folders of content-management systems and web applications. */
    private static final Pattern UPLOAD_FOLDER = Pattern.compile(
            "(?i)/(?:wp-content/uploads|sites/default/files|uploads?)/");
    private static final java.util.Set<String> SERVER_SCRIPTS = java.util.Set.of("php", "php5", "phtml", "asp", "aspx",
            "jsp", "cgi", "pl");

    /** A server-side script inside an upload folder ({@code /wp-content/uploads/2025/04/x.php}). */
    public static boolean isUploadedScript(String path, String ext) {
        return SERVER_SCRIPTS.contains(ext) && UPLOAD_FOLDER.matcher(path).find();
    }

    /**
     * Whether a link's query or fragment names one of the message's recipients: the whole address (as written,
     * percent-encoded or in Base64), or a parameter whose value is the address's local part.
     */
    public static boolean namesRecipient(String href, List<Address> to, List<Address> cc) {
        int q = href.indexOf('?');
        int h = href.indexOf('#');
        int start = q < 0 ? h : h < 0 ? q : Math.min(q, h);
        if (start < 0) {
            return false;
        }
        String tail = href.substring(start + 1);
        String decoded;
        try {
            decoded = java.net.URLDecoder.decode(tail.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = tail;
        }
        String lower = decoded.toLowerCase(java.util.Locale.ROOT);
        List<String> values = new ArrayList<>();
        for (String pair : lower.split("[&#;]")) {
            int eq = pair.indexOf('=');
            values.add(eq < 0 ? pair : pair.substring(eq + 1));
        }
        List<Address> people = new ArrayList<>(to);
        people.addAll(cc);
        for (Address a : people) {
            String email = a.email().toLowerCase(java.util.Locale.ROOT);
            if (email.isEmpty() || email.indexOf('@') < 1) {
                continue;
            }
            String local = email.substring(0, email.indexOf('@'));
            String b64 = java.util.Base64.getEncoder().encodeToString(email.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .replace("=", "");
            if (lower.contains(email) || decoded.contains(b64) || personal(local) && values.contains(local)) {
                return true;
            }
        }
        return false;
    }

    /** A local part that names a person ("katharina.brandt", "jsmith1970"), not a role ("info", "sales"). */
    private static boolean personal(String local) {
        return local.length() >= 8 || local.length() >= 5 && local.matches(".*[._-].*");
    }

    /** A content address of IPFS ({@code /ipfs/<cid>/...}), whatever gateway serves it: anyone's file, anywhere. */
    static boolean isIpfsPath(String path) {
        String p = path.toLowerCase(java.util.Locale.ROOT);
        return p.startsWith("/ipfs/") || p.startsWith("/ipns/");
    }

    /**
     * A link shown as a short call to action ("View Document", "Open file", "Jetzt ansehen") rather than
     * as its address or a description: the shape of a phishing button. Only words that carry no topic,
     * at least one of them an action; a shown address or a sentence about something is not one.
     */
    static boolean isCallToAction(Link l) {
        String shown = l.shownText().strip();
        if (shown.isEmpty() || isShownAddress(l) || shown.contains(".") || shown.contains("/") || shown.length() > 40) {
            return false;
        }
        List<String> words = org.threadguard.heuristics.content.Lexicon.words(shown);
        if (words.isEmpty() || words.size() > 5) {
            return false;
        }
        for (String w : words) {
            if (!org.threadguard.heuristics.content.GenericVocabulary.isGeneric(w)) {
                return false;
            }
        }
        return !org.threadguard.heuristics.content.Lexicon.actions(words).isEmpty();
    }

    /** Whether the link shows its own address (as written, or the destination inside a wrapper). */
    private static boolean isShownAddress(Link l) {
        String t = l.shownText().strip();
        return t.equals(l.href()) || t.equals(l.target());
    }

    private static String shownDomain(Link l) {
        String t = l.shownText().strip();
        if (t.isEmpty() || isShownAddress(l) || t.contains(" ") && !t.startsWith("http")) {
            return "";
        }
        Matcher m = DOMAIN_IN_TEXT.matcher(t + " ");
        if (m.find() && m.start() == 0) {
            String d = m.group(1).toLowerCase(Locale.ROOT);
            if (d.matches(".*\\.(?:pdf|zip|doc|docx|xls|xlsx|txt|html?|exe|png|jpg)$")) {
                return "";
            }
            return d;
        }
        return "";
    }
}
