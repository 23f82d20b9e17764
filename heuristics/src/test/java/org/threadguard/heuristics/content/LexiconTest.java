package org.threadguard.heuristics.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexiconTest {

    @Test
    void phrasesAreFoundOnceAndTheirWordsNotAgain() {
        assertThat(Lexicon.actions("Please see attached and confirm the invoice ASAP."))
                .containsExactly("see attached", "confirm", "invoice", "asap");
    }

    @Test
    void stemsOptionalWordsAndSplitWordsMatch() {
        assertThat(Lexicon.scamTerms("Congratulations, you've won! Click here to claim your prize. Opt-out below."))
                .containsExactly("congratulations", "you ve won", "click here", "claim your", "prize", "opt out");
        assertThat(Lexicon.actions("Bitte die Rechnungen herunterladen; ci-joint le fichier."))
                .containsExactly("rechnungen", "herunterladen", "ci joint", "fichier");
    }

    @Test
    void technicalWordsThatStartLikeActionsAreNotActions() {
        assertThat(Lexicon.actions("The signal is significant; the viewer shows accessories.")).isEmpty();
    }

    @Test
    void bankDetailsAndAnnouncedChanges() {
        assertThat(Lexicon.bankTerms("Our bank details changed: please use the new account number.")).containsExactly(
                "bank details", "new account");
        assertThat(Lexicon.announcesChange("Unsere Bankverbindung hat sich geändert")).isTrue();
        assertThat(Lexicon.announcesChange("Same account as always")).isFalse();
    }
}
