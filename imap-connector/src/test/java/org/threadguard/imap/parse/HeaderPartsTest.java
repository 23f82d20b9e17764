package org.threadguard.imap.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.model.Address;

class HeaderPartsTest {

    @Test
    void encodedWordsJoinSplitMultibyteCharacters() {
        // "ü" is C3 BC, split across two encoded words.
        assertThat(EncodedWords.decode("=?utf-8?Q?Gr=C3?= =?utf-8?Q?=BC=C3=9Fe?= an alle")).isEqualTo("Grüße an alle");
        assertThat(EncodedWords.decode("=?iso-8859-1?q?caf=E9?=")).isEqualTo("café");
        assertThat(EncodedWords.decode("=?UTF-8*en?B?SGk=?=")).isEqualTo("Hi");
        assertThat(EncodedWords.decode("plain =? text")).isEqualTo("plain =? text");
        assertThat(EncodedWords.decode("=?x-bogus?Q?abc?=")).isEqualTo("abc");
    }

    @Test
    void messageIdsTolerateJunk() {
        assertThat(MessageIds.all("<a@x> (comment) \"junk\" <b @ y>")).containsExactly("<a@x>", "<b@y>");
        assertThat(MessageIds.all("foo@bar")).containsExactly("<foo@bar>");
        assertThat(MessageIds.all("<<a@x>")).containsExactly("<a@x>");
        assertThat(MessageIds.first("id-without-brackets@host")).isEqualTo("<id-without-brackets@host>");
        assertThat(MessageIds.first("")).isEmpty();
    }

    @Test
    void addressesFallBackOnBrokenHeaders() {
        assertThat(Addresses.parse("\"Smith, John\" <JOHN@example.com>, =?utf-8?Q?J=C3=B6rg?= <j@example.de>"))
                .containsExactly(new Address("Smith, John", "john@example.com"), new Address("Jörg", "j@example.de"));
        assertThat(Addresses.parse("undisclosed-recipients:;")).isEmpty();
        assertThat(Addresses.parse("Bad \"Quote <x@example.com>")).extracting(Address::email).containsExactly("x@example.com");
    }

    @Test
    void headerBlockReadsFoldedAndEightBitFields() {
        byte[] raw = "Subject: one\r\n two\r\nX-Name: M\u00fcller\r\nbroken line\r\n\r\nbody".getBytes(StandardCharsets.UTF_8);
        HeaderBlock b = HeaderBlock.parse(raw);
        assertThat(b.headers()).extracting(h -> h.name() + "=" + h.value()).containsExactly("Subject=one two", "X-Name=Müller");
        assertThat(b.headers().get(0).raw()).isEqualTo("one\r\n two");
        assertThat(new String(raw, b.bodyOffset(), raw.length - b.bodyOffset(), StandardCharsets.UTF_8)).isEqualTo("body");
        assertThat(b.problems()).containsExactly("Skipped 1 malformed header line(s)");
    }

    @Test
    void sniffsDangerousTypes() {
        assertThat(TypeSniffer.sniff(new byte[] {'M', 'Z', (byte) 0x90, 0})).isEqualTo("application/x-msdownload");
        assertThat(TypeSniffer.sniff(hex("E4525C7B8CD8A74DAEB15378D02996D3000000"))).isEqualTo("application/onenote");
        assertThat(TypeSniffer.sniff(hex("4C0000000114020000000000C00000000000004600"))).isEqualTo("application/x-ms-shortcut");
        assertThat(TypeSniffer.sniff(hex("D0CF11E0A1B11AE100"))).isEqualTo("application/x-ole-storage");
        byte[] iso = new byte[0x8010];
        System.arraycopy("CD001".getBytes(StandardCharsets.US_ASCII), 0, iso, 0x8001, 5);
        assertThat(TypeSniffer.sniff(iso)).isEqualTo("application/x-iso9660-image");
        assertThat(TypeSniffer.sniff("  \n<!DOCTYPE html><html>".getBytes(StandardCharsets.US_ASCII))).isEqualTo("text/html");
        assertThat(TypeSniffer.sniff("Rar!\u001a\u0007\u0000".getBytes(StandardCharsets.ISO_8859_1)))
                .isEqualTo("application/x-rar-compressed");
        assertThat(TypeSniffer.sniff("On Error Resume Next\nSet x = CreateObject(\"WScript.Shell\")".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("text/x-script");
        assertThat(TypeSniffer.sniff("Dear Anna, plain words.".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }

    private static byte[] hex(String h) {
        byte[] out = new byte[h.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }
}
