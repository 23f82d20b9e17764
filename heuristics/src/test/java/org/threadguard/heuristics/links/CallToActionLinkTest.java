package org.threadguard.heuristics.links;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.model.Link;
import org.threadguard.heuristics.model.LinkSource;

/** A link shown as a short call to action is a button; an address or a description is not. */
class CallToActionLinkTest {
    private static Link html(String shown) {
        return new Link("https://secure-docs-portal.example.org/view?id=7731", shown, "secure-docs-portal.example.org",
                LinkSource.HTML, false);
    }

    @Test
    void buttonsInTheSevenLanguages() {
        for (String shown : new String[] {"View Document", "Open file", "DOWNLOAD", "Review and sign", "Dokument öffnen",
            "Ver documento", "Ouvrir le fichier", "Scarica il documento", "Abrir arquivo", "Bekijk het bestand"}) {
            assertThat(NovelLinkDomainDetector.isCallToAction(html(shown))).as(shown).isTrue();
        }
    }

    @Test
    void addressesDescriptionsAndPlainUrlsAreNot() {
        for (String shown : new String[] {"https://secure-docs-portal.example.org/view?id=7731", "portal.example.org",
            "our yard map", "the April driver list", "Leeds dock schedule", "here", "",
            "Please open the attached document and review it before Friday"}) {
            assertThat(NovelLinkDomainDetector.isCallToAction(html(shown))).as(shown).isFalse();
        }
        Link pasted = new Link("https://x.example/a", "https://x.example/a", "x.example", LinkSource.TEXT, false);
        assertThat(NovelLinkDomainDetector.isCallToAction(pasted)).isFalse();
    }
}
