package org.threadguard.imap.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadguard.heuristics.model.MailMessage;
import org.threadguard.imap.cache.SqliteMessageCache;

class LocalImporterTest {
    @TempDir
    Path dir;

    static String message(String id, String body) {
        return "From: a@example.com\nTo: b@example.com\nSubject: " + id + "\nMessage-ID: <" + id
                + "@example.com>\nDate: Mon, 4 Mar 2024 10:00:00 +0000\n\n" + body + "\n";
    }

    static void write(Path p, String content) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    SqliteMessageCache cache() {
        return SqliteMessageCache.open(dir.resolve("cache/cache.db"));
    }

    static List<String> keys(SqliteMessageCache cache) {
        return cache.loadAll("me").stream().map(MailMessage::key).sorted().toList();
    }

    @Test
    void emlDirectoryTreeWithUnreadableFile() throws IOException {
        Path src = dir.resolve("export");
        write(src.resolve("top.eml"), message("top", "in root"));
        write(src.resolve("Sent/s1.eml"), message("s1", "sent"));
        write(src.resolve("Archive/2024/a1.eml"), message("a1", "archived"));
        write(src.resolve("notes.txt"), "not mail");
        Files.createDirectories(src.resolve("folder.eml")); // a directory named like a file
        Files.createSymbolicLink(src.resolve("Sent/broken.eml"), src.resolve("missing-target.eml"));
        List<String> errors = new ArrayList<>();
        List<long[]> progress = new ArrayList<>();
        ImportListener listener = new ImportListener() {
            @Override
            public void onProgress(long done, long total) {
                progress.add(new long[] {done, total});
            }

            @Override
            public void onError(Path file, String message) {
                errors.add(file.getFileName() + " " + message);
            }
        };
        try (SqliteMessageCache cache = cache()) {
            ImportResult r = new LocalImporter().importPath(src, "me", cache, listener);
            assertThat(r.added()).isEqualTo(3);
            assertThat(r.failed()).isEqualTo(1);
            assertThat(r.errors()).singleElement().asString().contains("broken.eml").contains("unreadable");
            assertThat(errors).singleElement().asString().startsWith("broken.eml");
            assertThat(progress).isNotEmpty();
            assertThat(progress.get(progress.size() - 1)).containsExactly(4, 4);
            assertThat(keys(cache)).containsExactly("me/Archive/2024/a1.eml", "me/INBOX/top.eml", "me/Sent/s1.eml");
            assertThat(cache.findByMessageId("<a1@example.com>")).singleElement()
                    .satisfies(m -> assertThat(m.folder()).isEqualTo("Archive/2024"));

            ImportResult again = new LocalImporter().importPath(src, "me", cache, ImportListener.NONE);
            assertThat(again.added()).isZero();
            assertThat(again.alreadyPresent()).isEqualTo(3);
        }
    }

    @Test
    void aRewrittenFileIsReadAgainAndADeletedOneLeavesTheCache() throws IOException {
        Path src = dir.resolve("export");
        write(src.resolve("INBOX/1.eml"), message("first", "original text"));
        write(src.resolve("INBOX/2.eml"), message("second", "stays"));
        write(src.resolve("INBOX/3.eml"), message("third", "will be deleted"));
        try (SqliteMessageCache cache = cache()) {
            assertThat(new LocalImporter().importPath(src, "me", cache, ImportListener.NONE).added()).isEqualTo(3);

            // a tool regenerates 1.eml with other content and deletes 3.eml
            write(src.resolve("INBOX/1.eml"), message("first-regenerated", "new text"));
            Files.delete(src.resolve("INBOX/3.eml"));
            ImportResult again = new LocalImporter().importPath(src, "me", cache, ImportListener.NONE);
            assertThat(again.added()).isEqualTo(1);
            assertThat(again.replaced()).isEqualTo(1);
            assertThat(again.alreadyPresent()).isEqualTo(1);
            assertThat(again.removed()).isEqualTo(1);
            assertThat(keys(cache)).containsExactly("me/INBOX/1.eml", "me/INBOX/2.eml");
            assertThat(cache.findByMessageId("<first@example.com>")).isEmpty();
            assertThat(cache.findByMessageId("<first-regenerated@example.com>")).singleElement()
                    .satisfies(m -> assertThat(m.text()).contains("new text"));
            assertThat(cache.findByMessageId("<third@example.com>")).isEmpty();

            // unchanged: nothing happens
            ImportResult third = new LocalImporter().importPath(src, "me", cache, ImportListener.NONE);
            assertThat(third.added()).isZero();
            assertThat(third.alreadyPresent()).isEqualTo(2);
            assertThat(third.removed()).isZero();
        }
    }

    @Test
    void anMboxWhoseFirstMessageWasDeletedIsMirrored() throws IOException {
        String a = "From a@example.com Mon Mar  4 10:00:00 2024\n" + message("a", "one") + "\n";
        String b = "From b@example.com Mon Mar  4 11:00:00 2024\n" + message("b", "two") + "\n";
        Path f = dir.resolve("Saved.mbox");
        write(f, a + b);
        try (SqliteMessageCache cache = cache()) {
            assertThat(new LocalImporter().importPath(f, "me", cache, ImportListener.NONE).added()).isEqualTo(2);
            // the mail client compacts the mbox after deleting the first message: b now sits at offset 0
            write(f, b);
            ImportResult again = new LocalImporter().importPath(f, "me", cache, ImportListener.NONE);
            assertThat(again.replaced()).isEqualTo(1);
            assertThat(again.removed()).isEqualTo(1);
            assertThat(cache.loadAll("me")).extracting(m -> m.messageId()).containsExactly("<b@example.com>");
        }
    }

    @Test
    void singleEmlFile() throws IOException {
        Path f = dir.resolve("one.eml");
        write(f, message("one", "x"));
        try (SqliteMessageCache cache = cache()) {
            assertThat(new LocalImporter(1).importPath(f, "me", cache, null).added()).isEqualTo(1);
            assertThat(keys(cache)).containsExactly("me/INBOX/one.eml");
        }
    }

    @Test
    void maildirWithSubfoldersAndFlagRename() throws IOException {
        Path md = dir.resolve("Maildir");
        Files.createDirectories(md.resolve("tmp"));
        write(md.resolve("new/1700000000.M1P1.host"), message("m1", "new mail"));
        write(md.resolve("cur/1700000001.M2P1.host:2,S"), message("m2", "seen mail"));
        write(md.resolve(".Sent/cur/1700000002.M3P1.host:2,S"), message("m3", "sent"));
        Files.createDirectories(md.resolve(".Sent/new"));
        write(md.resolve(".Archive.2024/cur/1700000003.M4P1.host:2,"), message("m4", "old"));
        Files.createDirectories(md.resolve(".Archive.2024/new"));
        try (SqliteMessageCache cache = cache()) {
            ImportResult r = new LocalImporter().importPath(md, "me", cache, ImportListener.NONE);
            assertThat(r.added()).isEqualTo(4);
            assertThat(keys(cache)).containsExactly("me/Archive/2024/1700000003.M4P1.host", "me/INBOX/1700000000.M1P1.host",
                    "me/INBOX/1700000001.M2P1.host", "me/Sent/1700000002.M3P1.host");

            // The client reads m1 (new -> cur, flag S) and flags m2: no duplicates.
            Files.move(md.resolve("new/1700000000.M1P1.host"), md.resolve("cur/1700000000.M1P1.host:2,S"));
            Files.move(md.resolve("cur/1700000001.M2P1.host:2,S"), md.resolve("cur/1700000001.M2P1.host:2,FS"));
            ImportResult again = new LocalImporter().importPath(md, "me", cache, ImportListener.NONE);
            assertThat(again.added()).isZero();
            assertThat(again.alreadyPresent()).isEqualTo(4);
            assertThat(cache.count()).isEqualTo(4);
        }
    }

    @Test
    void mboxrdIsSplitAndUnescaped() throws IOException {
        String mbox = "From a@example.com Mon Mar  4 10:00:00 2024\n" + message("x1", "Hello\n>From the start\n>>From quoted\nFrom inside a line is fine")
                + "\nFrom b@example.com Mon Mar  4 11:00:00 2024\n" + message("x2", "Second");
        Path f = dir.resolve("mail/Old Stuff.mbox");
        write(f, mbox);
        try (SqliteMessageCache cache = cache()) {
            ImportResult r = new LocalImporter().importPath(f, "me", cache, ImportListener.NONE);
            assertThat(r.added()).isEqualTo(2);
            List<MailMessage> all = cache.loadAll("me").stream().sorted(Comparator.comparing(MailMessage::subject)).toList();
            assertThat(all).extracting(MailMessage::folder).containsOnly("Old Stuff");
            assertThat(all.get(0).key()).isEqualTo("me/Old Stuff/0");
            assertThat(all.get(0).text()).isEqualTo("Hello\nFrom the start\n>From quoted\nFrom inside a line is fine\n");
            assertThat(all.get(1).text()).isEqualTo("Second\n");
            int secondOffset = mbox.indexOf("\nFrom b@") + 1;
            assertThat(all.get(1).key()).isEqualTo("me/Old Stuff/" + secondOffset);
            assertThat(cache.raw("me/Old Stuff/0")).hasValueSatisfying(raw ->
                    assertThat(new String(raw, StandardCharsets.UTF_8)).startsWith("From: a@example.com\n")
                            .endsWith("fine\n"));
            assertThat(new LocalImporter().importPath(f, "me", cache, ImportListener.NONE).added()).isZero();
        }
    }

    @Test
    void directoryOfMboxFilesMakesOneFolderEach() throws IOException {
        Path src = dir.resolve("mboxes");
        write(src.resolve("Inbox"), "From x Mon Mar  4 10:00:00 2024\n" + message("i1", "a"));
        write(src.resolve("Sent.mbox"), "From x Mon Mar  4 10:00:00 2024\n" + message("s1", "b") + "\nFrom x Mon Mar  4 10:00:00 2024\n" + message("s2", "c"));
        try (SqliteMessageCache cache = cache()) {
            ImportResult r = new LocalImporter().importPath(src, "me", cache, ImportListener.NONE);
            assertThat(r.added()).isEqualTo(3);
            assertThat(cache.loadAll("me")).extracting(MailMessage::folder).containsOnly("Inbox", "Sent");
        }
    }

    @Test
    void aThunderbirdProfileFolderKeepsItsFolderNamesAndSkipsIndexes() throws IOException {
        Path src = dir.resolve("Local Folders");
        write(src.resolve("Inbox"), "From - Mon Mar  4 10:00:00 2024\n" + message("t1", "a"));
        write(src.resolve("Inbox.msf"), "// <!-- <mdb:mork:z v=\"1.4\"/> -->\n< <(a=c)> // (f=iso-8859-1)\n");
        write(src.resolve("Sent"), "From - Mon Mar  4 11:00:00 2024\n" + message("t2", "b"));
        write(src.resolve("Inbox.sbd/Projects"), "From - Mon Mar  4 12:00:00 2024\n" + message("t3", "c"));
        write(src.resolve("Inbox.sbd/Projects.msf"), "// <!-- <mdb:mork:z v=\"1.4\"/> -->\n");
        try (SqliteMessageCache cache = cache()) {
            ImportResult r = new LocalImporter().importPath(src, "me", cache, ImportListener.NONE);
            assertThat(r.added()).isEqualTo(3);
            assertThat(cache.loadAll("me")).extracting(MailMessage::folder)
                    .containsExactlyInAnyOrder("Inbox", "Sent", "Inbox/Projects");
        }
    }

    @Test
    void aTakeoutMboxPutsMailLabelledSentIntoTheSentFolder() throws IOException {
        String sent = "X-GM-THRID: 1790000000000000001\nX-Gmail-Labels: Opened,\n Sent,Category Personal\n"
                + message("t2", "my answer");
        String received = "X-GM-THRID: 1790000000000000001\nX-Gmail-Labels: Inbox,Opened,Category Sent-items review\n"
                + message("t1", "a question");
        Path f = dir.resolve("Takeout/Mail/All mail Including Spam and Trash.mbox");
        write(f, "From 1790 Mon Mar  4 10:00:00 2024\n" + received + "\nFrom 1791 Mon Mar  4 11:00:00 2024\n" + sent
                + "\nFrom 1792 Mon Mar  4 12:00:00 2024\n" + message("t3", "no labels at all"));
        try (SqliteMessageCache cache = cache()) {
            ImportResult r = new LocalImporter().importPath(f, "me", cache, ImportListener.NONE);
            assertThat(r.added()).isEqualTo(3);
            assertThat(cache.loadAll("me")).extracting(m -> m.messageId() + " " + m.folder()).containsExactlyInAnyOrder(
                    "<t1@example.com> All mail Including Spam and Trash", "<t2@example.com> Sent",
                    "<t3@example.com> All mail Including Spam and Trash");
            // importing it again adds and removes nothing
            ImportResult again = new LocalImporter().importPath(f, "me", cache, ImportListener.NONE);
            assertThat(again.added()).isZero();
            assertThat(again.removed()).isZero();
        }
    }

    @Test
    void maildirKeyDropsInfo() {
        assertThat(LocalImporter.maildirKey("123.M1.host:2,RS")).isEqualTo("123.M1.host");
        assertThat(LocalImporter.maildirKey("123.M1.host!2,S")).isEqualTo("123.M1.host");
        assertThat(LocalImporter.maildirKey("123.M1.host")).isEqualTo("123.M1.host");
    }
}
