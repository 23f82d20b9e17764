package org.threadguard.app.nativehost;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reports a message judged suspicious. For now {@link LocalReportService} saves it locally; the
 * SMTP report to the security team (issue 6) plugs in here.
 */
public interface ReportService {
    Outcome report(byte[] rawMessage, Map<String, Object> verdict) throws IOException;

    /** What happened: whether it was sent, which files were written, and a sentence for the user. */
    record Outcome(boolean sent, List<Path> files, String message) {
    }
}
