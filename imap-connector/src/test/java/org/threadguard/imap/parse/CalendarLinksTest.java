package org.threadguard.imap.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.model.LinkSource;
import org.threadguard.heuristics.model.MailMessage;

/** Links inside an attached invitation count as links of the message, wherever the invitation hides them. */
class CalendarLinksTest {
    static final String ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            + "SUMMARY:Revue du contrat\r\n"
            + "DESCRIPTION:Bonjour\\,\\nmerci de confirmer votre présence ici : https://login-microsoftonline.r\r\n"
            + " eview-portal.example/auth?id=7\\, avant jeudi.\\n\r\n"
            + "X-ALT-DESC;FMTTYPE=text/html:<html><body><a href=\"https://alt.example.net/x\">ici</a></body></html>\r\n"
            + "LOCATION;ALTREP=\"http://ignored.example/\":Salle 2\r\n"
            + "DTSTART:20250310T090000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    @Test
    void foldedEscapedAndHtmlDescriptionsGiveTheirLinks() {
        assertThat(CalendarLinks.of(ICS.getBytes(StandardCharsets.UTF_8))).containsExactly(
                "https://login-microsoftonline.review-portal.example/auth?id=7", "https://alt.example.net/x");
    }

    @Test
    void recognisedByTypeNameOrContent() {
        byte[] b = ICS.getBytes(StandardCharsets.UTF_8);
        assertThat(CalendarLinks.isCalendar("application/octet-stream", "invite.ics", new byte[0])).isTrue();
        assertThat(CalendarLinks.isCalendar("text/calendar", "", new byte[0])).isTrue();
        assertThat(CalendarLinks.isCalendar("application/octet-stream", "meeting", b)).isTrue();
        assertThat(CalendarLinks.isCalendar("application/pdf", "a.pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
    }

    @Test
    void malformedInputGivesNoLinksAndNoException() {
        assertThat(CalendarLinks.of("BEGIN:VCALENDAR\nDESCRIPTION\n:::\\".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(CalendarLinks.of(new byte[] {(byte) 0xff, 0, 1})).isEmpty();
    }

    @Test
    void anAttachedInvitationsLinksAreLinksOfTheMessage() {
        String raw = "From: Claire <claire@partner.example>\r\nTo: me@example.com\r\nSubject: RE: Contrat\r\n"
                + "Message-ID: <ics@partner.example>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n"
                + "Voir l'invitation.\r\n--b\r\nContent-Type: text/calendar; method=REQUEST; name=invite.ics\r\n"
                + "Content-Disposition: attachment; filename=invite.ics\r\n\r\n" + ICS + "\r\n--b--\r\n";
        MailMessage m = MimeParser.parse(raw.getBytes(StandardCharsets.UTF_8), "k", "INBOX");
        assertThat(m.attachments()).singleElement().satisfies(a -> assertThat(a.fileName()).isEqualTo("invite.ics"));
        assertThat(m.links()).filteredOn(l -> l.source() == LinkSource.ATTACHMENT).extracting(l -> l.host())
                .contains("login-microsoftonline.review-portal.example");
    }
}
