package org.threadguard.heuristics.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.model.ArchiveEntry;
import org.threadguard.heuristics.model.Attachment;

/** The intrinsic risk of archives: what they hide counts, not that they are archives. */
class ArchiveRiskTest {
    private static Attachment zip(boolean encrypted, String... entries) {
        List<ArchiveEntry> list = new ArrayList<>();
        for (String e : entries) {
            list.add(new ArchiveEntry(e, 1000, encrypted));
        }
        return new Attachment("files.zip", "application/zip", "application/zip", 5000, "", false, list, encrypted, "");
    }

    private static double risk(Attachment a) {
        return RiskyAttachmentDetector.intrinsicRisk(a, new ArrayList<>());
    }

    @Test
    void anArchiveOfDocumentsWhoseEntriesWereReadHidesLessThanOneWhoseEntriesAreUnknown() {
        double documents = risk(zip(false, "NBR_datasheet.pdf", "FKM_datasheet.pdf", "photo.JPG"));
        double unknown = risk(zip(false));
        assertThat(documents).isLessThan(unknown).isLessThan(0.15);
        assertThat(unknown).isGreaterThan(0.19);
    }

    @Test
    void oneEntryThatCarriesCodeOrHidesItsTypeMakesItOpaqueAgain() {
        double documents = risk(zip(false, "a.pdf", "b.pdf"));
        assertThat(risk(zip(false, "a.pdf", "invoice.pdf.exe"))).isGreaterThan(0.7);
        assertThat(risk(zip(false, "a.pdf", "report.docm"))).isGreaterThan(documents);
        assertThat(risk(zip(false, "a.pdf", "legacy.doc"))).isGreaterThan(documents);
        // encrypted, it hides its contents from scanners; its names say documents, which weighs less than
        // encrypted contents nobody can name (the drawings a Japanese partner sends with the password apart)
        assertThat(risk(zip(true, "a.pdf", "b.pdf"))).isGreaterThan(0.4).isLessThan(risk(zip(true)))
                .isLessThan(risk(zip(true, "a.pdf", "legacy.xls")));
    }
}
