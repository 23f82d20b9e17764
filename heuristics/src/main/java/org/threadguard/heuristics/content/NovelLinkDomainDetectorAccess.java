package org.threadguard.heuristics.content;

import org.threadguard.heuristics.detect.AnalysisContext;
import org.threadguard.heuristics.links.Domains;
import org.threadguard.heuristics.links.NovelLinkDomainDetector;

/** Whether a link host is familiar to the thread, as the link detector judges it. */
final class NovelLinkDomainDetectorAccess {
    private NovelLinkDomainDetectorAccess() {
    }

    static boolean familiar(AnalysisContext ctx, String host) {
        return NovelLinkDomainDetector.familiarDomains(ctx).contains(Domains.registrable(host));
    }
}
