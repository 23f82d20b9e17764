package org.threadguard.app.nativehost;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * Loads and initialises the engine (parser, detectors, public-suffix list, confusables) on a
 * background thread while the host is idle: after the hello, if no other request follows within a
 * moment (the add-on connects when it starts, long before a message is displayed). When a request
 * comes right away, the warm-up is skipped: on a busy two-core machine it would only compete with
 * that request. Purely an optimisation: failures are ignored.
 */
final class WarmUp {
    private WarmUp() {
    }

    static Thread start(NativeHost host) {
        Thread t = new Thread(() -> {
            try {
                if (host.awaitHello(10_000) && !host.sawWork()) {
                    Thread.sleep(150);
                    if (!host.sawWork()) {
                        run();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "threadguard-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        return t;
    }

    static void run() {
        try {
            String original = """
                    Message-ID: <warm-1@example.org>
                    Date: Mon, 3 Mar 2025 09:00:00 +0100
                    From: Ana Example <ana@example.org>
                    To: Ben Example <ben@example.net>
                    Subject: Delivery schedule for order 4711
                    Content-Type: text/plain; charset=utf-8

                    Hello Ben,
                    the pallets for order 4711 leave Hamburg on Thursday, see https://portal.example.org/orders/4711
                    Kind regards, Ana
                    """;
            String reply = """
                    Message-ID: <warm-2@example.net>
                    Date: Tue, 4 Mar 2025 10:00:00 +0100
                    From: Ben Example <ben@example.net>
                    To: Ana Example <ana@example.org>
                    Subject: RE: Delivery schedule for order 4711
                    In-Reply-To: <warm-1@example.org>
                    References: <warm-1@example.org>
                    Content-Type: multipart/mixed; boundary="b"

                    --b
                    Content-Type: text/html; charset=utf-8

                    <p>Please see the attached document: <a href="https://files.example.test/doc.zip">Invoice</a></p>
                    <blockquote>Hello Ben, the pallets for order 4711 leave Hamburg on Thursday</blockquote>
                    --b
                    Content-Type: application/zip; name="doc.zip"
                    Content-Disposition: attachment; filename="doc.zip"
                    Content-Transfer-Encoding: base64

                    UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==
                    --b--
                    """;
            HostAnalysis.analyse(raw(reply), List.of(raw(original)), Set.of(), "warm-up");
            // Real mail in three languages reaches the detectors' less common paths too.
            List<HostAnalysis.RawMessage> demo = demoMessages(DEMO_MESSAGES);
            if (demo.size() > 1) {
                HostAnalysis.analyse(demo.get(demo.size() - 1), demo.subList(0, demo.size() - 1), Set.of(), "warm-up-demo");
            }
        } catch (RuntimeException | LinkageError e) {
            // Only an optimisation.
        }
    }

    /** How many demo messages per folder the warm-up reads from the app's own resources. */
    static final int DEMO_MESSAGES = 25;

    static List<HostAnalysis.RawMessage> demoMessages(int perFolder) {
        List<HostAnalysis.RawMessage> out = new java.util.ArrayList<>();
        for (int i = 1; i <= perFolder; i++) {
            for (String folder : List.of("INBOX", "Sent")) {
                String name = String.format("/org/threadguard/app/demo/mailbox/%s/%04d.eml", folder, i);
                try (java.io.InputStream in = WarmUp.class.getResourceAsStream(name)) {
                    if (in != null) {
                        out.add(new HostAnalysis.RawMessage(in.readAllBytes(), folder));
                    }
                } catch (java.io.IOException e) {
                    // skip
                }
            }
        }
        return out;
    }

    private static HostAnalysis.RawMessage raw(String s) {
        return new HostAnalysis.RawMessage(s.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), "INBOX");
    }
}
