package org.threadguard.heuristics.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Gateway warnings at the top of external mail are not the sender's words; the sender's own text stays whole. */
class GatewayBannerTest {

    @Test
    void germanExchangeBannerIsRemoved() {
        String text = "Externe E-Mail: Diese Nachricht stammt von außerhalb der Hessler Antriebstechnik GmbH. Klicken "
                + "Sie nicht auf Links und öffnen Sie keine Anhänge, wenn Sie den Absender nicht kennen.\n\n"
                + "Bonjour Madame Brandt,\n\nClaire est en congés jusqu'au 24 mars.\n\nCordialement,\nAntoine";
        assertThat(GatewayBanner.strip(text)).startsWith("Bonjour Madame Brandt,").endsWith("Antoine");
    }

    @Test
    void microsoftFirstContactTipAndAnEnglishCautionAreBothRemoved() {
        String text = "You don't often get email from j.ortega@example.es. Learn why this is important "
                + "<https://aka.ms/LearnAboutSenderIdentification>\n\n"
                + "CAUTION: This email originated from outside of the organization. Do not click links or open "
                + "attachments unless you recognize the sender and know the content is safe.\n\n"
                + "Hi Katharina,\nthe revised drawings are attached.\nJavier";
        assertThat(GatewayBanner.strip(text)).isEqualTo("Hi Katharina,\nthe revised drawings are attached.\nJavier");
    }

    @Test
    void theSendersOwnWordsStay() {
        String caution = "Caution: the pallets are heavier than last time, please use the forklift.\n\nBest, Ana";
        assertThat(GatewayBanner.strip(caution)).isEqualTo(caution);
        String lure = "[EXTERNAL] Please click the link to view the invoice: https://pay.example-invoices.net/v/8812 "
                + "Do not click links you do not expect.\n\nThanks";
        assertThat(GatewayBanner.strip(lure)).isEqualTo(lure);
        assertThat(GatewayBanner.strip("Hello Anna,\nthanks for the list.")).isEqualTo("Hello Anna,\nthanks for the list.");
    }
}
