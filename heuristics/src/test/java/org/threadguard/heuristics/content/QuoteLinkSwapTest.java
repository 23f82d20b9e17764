package org.threadguard.heuristics.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a quoted link stands: in the real link's place (a swap), or pasted in by the replier. */
class QuoteLinkSwapTest {
    private static final String REAL = "Get the full driver package from Brother:\n"
            + "https://brother-drivers.example/download/pack.zip\n\nPick Windows 11 64-bit.\n-- \nCarlos\nwww.mendez-it.example";

    private static boolean swapped(String quote, String url) {
        int start = quote.indexOf(url);
        return QuoteMismatchDetector.takesTheLinksPlace(quote, start, start + url.length(), REAL);
    }

    @Test
    void aLinkAloneOnItsLineBelowTheSameWordsIsInTheRealLinksPlace() {
        String url = "https://drivers-update.example.net/pack.zip";
        assertThat(swapped("> Get the full driver package from Brother:\n> " + url + "\n>\n> Pick Windows 11 64-bit.\n",
                url)).isTrue();
    }

    @Test
    void aLinkPastedIntoAnotherLineOfTheQuoteIsNot() {
        String url = "https://www.radio-astronomy.example/";
        assertThat(swapped("> Pick Windows 11 64-bit." + url + "\n", url)).isFalse();
        assertThat(swapped("> Something the real message never said\n> " + url + "\n", url)).isFalse();
    }
}
