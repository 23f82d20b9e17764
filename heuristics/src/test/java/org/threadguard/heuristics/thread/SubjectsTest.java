package org.threadguard.heuristics.thread;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubjectsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Re: Angebot 2026|angebot 2026",
        "AW: WG: Angebot 2026|angebot 2026",
        "RE: RE: re:  Angebot   2026|angebot 2026",
        "[usrp-users] Re: B210 overflow|b210 overflow",
        "Re: [usrp-users] Re: B210 overflow|b210 overflow",
        "SV: Möte på fredag|möte på fredag",
        "Antw: Offerte|offerte",
        "RIF: Preventivo|preventivo",
        "R: Preventivo|preventivo",
        "Réf. : Devis|devis",
        "RE : Devis|devis",
        "RES: Orçamento|orçamento",
        "Enc: Orçamento|orçamento",
        "Doorst: Offerte|offerte",
        "TR: Devis|devis",
        "Re[2]: Invoice 7|invoice 7",
        "Fwd: Report (fwd)|report",
        "Meeting: agenda|meeting: agenda",
    })
    void normalizes(String subject, String expected) {
        assertThat(Threader.normalizeSubject(subject)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Re: x|true|false", "AW: x|true|false", "SV: x|true|false", "Antw: x|true|false",
        "RIF: x|true|false", "R: x|true|false", "RES: x|true|false", "Réf. x|true|false",
        "[list] RE: x|true|false", "Fwd: x|false|true", "WG: x|false|true", "TR: x|false|true",
        "Enc: x|false|true", "Doorst: x|false|true", "Fwd: Re: x|false|true", "x|false|false",
        "Regarding: x|false|false", "Resume|false|false",
    })
    void classifiesPrefixes(String subject, boolean reply, boolean forward) {
        assertThat(Threader.isReplySubject(subject)).isEqualTo(reply);
        assertThat(Threader.isForwardSubject(subject)).isEqualTo(forward);
    }
}
