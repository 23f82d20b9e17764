package org.threadguard.heuristics.detect;

import org.threadguard.heuristics.model.MailMessage;

/**
 * The analysis of one message.
 *
 * @param message the message
 * @param facts what the analysis derived from it
 * @param reply whether it is (or claims to be) a reply and was therefore judged
 * @param verdict the verdict; for messages that were not judged, a consistent verdict with no findings
 * @param threadSize how many earlier messages its thread had when it arrived
 */
public record AnalysisResult(MailMessage message, MessageFacts facts, boolean reply, Verdict verdict, int threadSize) {
}
