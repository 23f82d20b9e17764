package org.threadguard.heuristics.detect;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.threadguard.heuristics.model.Address;
import org.threadguard.heuristics.model.ArchiveEntry;
import org.threadguard.heuristics.model.Attachment;
import org.threadguard.heuristics.model.Header;
import org.threadguard.heuristics.model.Link;
import org.threadguard.heuristics.model.LinkSource;
import org.threadguard.heuristics.model.MailMessage;
import org.threadguard.heuristics.model.MimeSummary;

/** A small builder of parsed messages for detector tests (no MIME involved). */
final class TestMail {
    private static int counter;
    private final List<Header> headers = new ArrayList<>();
    private String id;
    private String folder = "INBOX";
    private Address from;
    private final List<Address> to = new ArrayList<>();
    private final List<Address> cc = new ArrayList<>();
    private final List<Address> replyTo = new ArrayList<>();
    private String subject = "";
    private OffsetDateTime date = OffsetDateTime.parse("2026-03-02T09:00:00+01:00");
    private String text = "";
    private final List<String> inReplyTo = new ArrayList<>();
    private final List<String> references = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<Attachment> attachments = new ArrayList<>();

    static TestMail mail(String id) {
        TestMail t = new TestMail();
        t.id = "<" + id + ">";
        return t;
    }

    TestMail from(String name, String email) {
        from = Address.of(name, email);
        return this;
    }

    TestMail to(String name, String email) {
        to.add(Address.of(name, email));
        return this;
    }

    TestMail cc(String name, String email) {
        cc.add(Address.of(name, email));
        return this;
    }

    TestMail replyTo(String email) {
        replyTo.add(Address.of("", email));
        return this;
    }

    TestMail folder(String f) {
        folder = f;
        return this;
    }

    TestMail subject(String s) {
        subject = s;
        return this;
    }

    TestMail date(String iso) {
        date = OffsetDateTime.parse(iso);
        return this;
    }

    TestMail text(String t) {
        text = t;
        return this;
    }

    TestMail header(String name, String value) {
        headers.add(new Header(name, value, value));
        return this;
    }

    /** Sets In-Reply-To to the parent and References to the parent's references plus the parent. */
    TestMail replyTo(MailMessage parent) {
        inReplyTo.add(parent.messageId());
        references.addAll(parent.references());
        references.add(parent.messageId());
        return this;
    }

    TestMail link(String href, String host) {
        links.add(new Link(href, href, host, LinkSource.TEXT, false));
        return this;
    }

    TestMail attachment(String name, String type, boolean encrypted, String... entries) {
        List<ArchiveEntry> es = new ArrayList<>();
        for (String e : entries) {
            es.add(new ArchiveEntry(e, 1000, encrypted));
        }
        attachments.add(new Attachment(name, type, type, 12_345, "00", false, es, encrypted, ""));
        return this;
    }

    /** An attached web page or SVG whose script builds {@code builtFile} in the browser (HTML smuggling). */
    TestMail smugglingPage(String name, String type, String builtFile) {
        attachments.add(new Attachment(name, type, type, 31_337, "00", false, List.of(), false,
                Attachment.SMUGGLES + builtFile));
        return this;
    }

    /** An attached web page with a sign-in form that sends a password to {@code host}. */
    TestMail signInPage(String name, String host) {
        attachments.add(new Attachment(name, "text/html", "text/html", 4_096, "00", false, List.of(), false,
                Attachment.ASKS_PASSWORD + host));
        return this;
    }

    /** An inline picture of a QR code leading to {@code href}. */
    TestMail qrCode(String href) {
        attachments.add(new Attachment("image001.png", "image/png", "image/png", 2_048, "00", true, List.of(), false, ""));
        links.add(new Link(href, "", org.threadguard.heuristics.text.UrlHosts.hostOf(href), LinkSource.QR_CODE, false));
        return this;
    }

    /** An HTML anchor with the text shown. */
    TestMail htmlLink(String href, String shown) {
        links.add(new Link(href, shown, org.threadguard.heuristics.text.UrlHosts.hostOf(href), LinkSource.HTML, false));
        return this;
    }

    /** An attached PDF whose link annotations lead to {@code urls}. */
    TestMail pdf(String name, String... urls) {
        attachments.add(new Attachment(name, "application/pdf", "application/pdf", 48_211, "00", false, List.of(), false, ""));
        for (String u : urls) {
            links.add(new Link(u, u, org.threadguard.heuristics.text.UrlHosts.hostOf(u), LinkSource.ATTACHMENT, false));
        }
        return this;
    }

    /**
     * A two-person conversation with reply headers: the partner writes the even-numbered texts (INBOX), the
     * mailbox owner the odd ones (Sent), one day apart from {@code start}; {@code extra} may add to each message
     * (by its index) before it is built.
     */
    static List<MailMessage> conversation(String idPrefix, String partnerName, String partner, String meName, String me,
            String subject, String start, java.util.function.BiConsumer<Integer, TestMail> extra, String... texts) {
        List<MailMessage> out = new ArrayList<>();
        MailMessage prev = null;
        OffsetDateTime t0 = OffsetDateTime.parse(start);
        for (int i = 0; i < texts.length; i++) {
            boolean fromPartner = i % 2 == 0;
            TestMail t = mail(idPrefix + i + "@conversation.example")
                    .from(fromPartner ? partnerName : meName, fromPartner ? partner : me)
                    .to(fromPartner ? meName : partnerName, fromPartner ? me : partner).folder(fromPartner ? "INBOX" : "Sent")
                    .subject((i == 0 ? "" : "RE: ") + subject).date(t0.plusDays(i).toString()).text(texts[i]);
            if (prev != null) {
                t.replyTo(prev);
            }
            extra.accept(i, t);
            prev = t.build();
            out.add(prev);
        }
        return out;
    }

    /** The verdict on {@code reply}, analysed after {@code earlier} in a mailbox whose owner is {@code me}. */
    static AnalysisResult judgedAfter(List<MailMessage> earlier, MailMessage reply, String me) {
        List<MailMessage> all = new ArrayList<>(earlier);
        all.add(reply);
        return Analyzer.standard(java.util.Set.of(me)).analyze(all).stream()
                .filter(r -> r.message().key().equals(reply.key())).findFirst().orElseThrow();
    }

    MailMessage build() {
        List<Header> all = new ArrayList<>(headers);
        all.add(new Header("Message-ID", id, id));
        all.add(new Header("Subject", subject, subject));
        return new MailMessage("test/" + folder + "/" + (++counter), folder, all, id, inReplyTo, references, from, to,
                cc, replyTo, subject, date, null, text, "", "", links, attachments,
                new MimeSummary("text/plain", "utf-8", "7bit", true, false), text.length(), List.of());
    }
}
