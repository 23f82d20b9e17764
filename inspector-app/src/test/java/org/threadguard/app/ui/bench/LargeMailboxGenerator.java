package org.threadguard.app.ui.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.threadguard.imap.cache.SqliteMessageCache;
import org.threadguard.imap.cache.StoredMessage;
import org.threadguard.imap.parse.MimeParser;

/**
 * Writes a synthetic mailbox of N messages into a cache: threads of 2..16 messages between the
 * owner and ~400 correspondents, the owner's replies in Sent, and about one thread in 100 with an
 * injected reply from a look-alike address (so that badges and findings are realistic).
 */
public final class LargeMailboxGenerator {
    private static final DateTimeFormatter RFC = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ROOT);
    private static final String[] WORDS = ("shipment invoice pallet container delivery schedule warehouse customs "
            + "contract tariff quarter forecast meeting agenda volume price offer order confirm update week route "
            + "driver loading unloading damage claim insurance report figures budget review draft signature").split(" ");

    private LargeMailboxGenerator() {
    }

    public static void generate(Path cacheFile, String account, int total, long seed) {
        Random rnd = new Random(seed);
        String own = "owner@own-company.example";
        ZonedDateTime start = ZonedDateTime.of(2020, 1, 6, 8, 0, 0, 0, ZoneOffset.ofHours(1));
        try (SqliteMessageCache cache = SqliteMessageCache.open(cacheFile)) {
            List<StoredMessage> batch = new ArrayList<>(1000);
            int n = 0;
            int thread = 0;
            while (n < total) {
                thread++;
                int partner = rnd.nextInt(400);
                String name = "Partner" + partner + " Person";
                String addr = "p" + partner + "@partner" + (partner % 120) + ".example";
                String subject = WORDS[rnd.nextInt(WORDS.length)] + " " + WORDS[rnd.nextInt(WORDS.length)] + " #" + thread;
                int size = Math.min(total - n, 2 + rnd.nextInt(15));
                boolean hijack = thread % 100 == 0 && size >= 3;
                ZonedDateTime t = start.plusMinutes(thread * 37L);
                List<String> refs = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    boolean mine = i % 2 == 1;
                    boolean inject = hijack && i == size - 1;
                    String from = mine ? "Owner Person <" + own + ">"
                            : inject ? name + " <" + addr.replace("partner", "partnr") + ">" : name + " <" + addr + ">";
                    String to = mine ? name + " <" + addr + ">" : "Owner Person <" + own + ">";
                    String id = "<t" + thread + "m" + i + (mine ? "@own-company.example>" : "@" + addr.substring(addr.indexOf('@') + 1) + ">");
                    t = t.plusMinutes(20 + rnd.nextInt(600));
                    StringBuilder body = new StringBuilder();
                    body.append(i == 0 ? "Hello,\r\n\r\n" : "Hi,\r\n\r\n");
                    int words = inject ? 8 : 30 + rnd.nextInt(80);
                    for (int w = 0; w < words; w++) {
                        body.append(WORDS[rnd.nextInt(WORDS.length)]).append(w % 12 == 11 ? ".\r\n" : " ");
                    }
                    if (inject) {
                        body.append("\r\nPlease see the attached document: https://files.storage-hub.test/dl/doc.zip\r\n");
                    }
                    body.append("\r\nBest regards\r\n");
                    StringBuilder raw = new StringBuilder(1024);
                    raw.append("From: ").append(from).append("\r\n");
                    raw.append("To: ").append(to).append("\r\n");
                    raw.append("Subject: ").append(i == 0 ? "" : "Re: ").append(subject).append("\r\n");
                    raw.append("Date: ").append(RFC.format(t)).append("\r\n");
                    raw.append("Message-ID: ").append(id).append("\r\n");
                    if (!refs.isEmpty()) {
                        raw.append("In-Reply-To: ").append(refs.get(refs.size() - 1)).append("\r\n");
                        raw.append("References: ").append(String.join(" ", refs)).append("\r\n");
                    }
                    raw.append("X-Mailer: ").append(inject ? "Microsoft Outlook 15.0" : "Microsoft Outlook 16.0").append("\r\n");
                    raw.append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n").append(body);
                    refs.add(id);
                    String folder = mine ? "Sent" : "INBOX";
                    String sourceKey = Integer.toString(n);
                    byte[] bytes = raw.toString().getBytes(StandardCharsets.UTF_8);
                    String key = StoredMessage.keyOf(account, folder, sourceKey);
                    batch.add(new StoredMessage(account, folder, sourceKey, MimeParser.parse(bytes, key, folder), bytes));
                    n++;
                    if (batch.size() == 1000) {
                        cache.putAll(batch);
                        batch.clear();
                    }
                }
            }
            cache.putAll(batch);
        }
    }
}
