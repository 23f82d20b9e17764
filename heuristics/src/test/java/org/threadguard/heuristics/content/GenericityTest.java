package org.threadguard.heuristics.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GenericityTest {

    @Test
    void fileNamesAreBlankedWordsAndSentenceEndsStay() {
        assertThat(Genericity.withoutFileNames("Please open report_Q3.zip today."))
                .isEqualTo("Please open   today.");
        assertThat(Genericity.withoutFileNames("Running UHD v3.15 on the E320 (see log.txt)"))
                .isEqualTo("Running UHD   on the E320 (see  )");
        assertThat(Genericity.withoutFileNames("Done. Thanks, e.g. tomorrow."))
                .isEqualTo("Done. Thanks, e.g. tomorrow.");
        assertThat(Genericity.withoutFileNames("Rechnung-2026.pdf anbei")).isEqualTo("  anbei");
    }

    @Test
    void sentencePunctuationAfterAFileNameIsKept() {
        assertThat(Genericity.withoutFileNames("the file is invoice.docx.")).isEqualTo("the file is  .");
    }
}
