package org.threadguard.imap.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MailDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Tue, 05 Mar 2024 10:15:30 +0100|2024-03-05T10:15:30+01:00",
        "5 Mar 2024 10:15 -0500|2024-03-05T10:15-05:00",
        "Tue, 5 Mar 24 10:15:30 EST|2024-03-05T10:15:30-05:00",
        "Sat, 1 Jan 99 00:00:00 GMT|1999-01-01T00:00Z",
        "Fri, 13 Sep 102 12:00:00 UT|2002-09-13T12:00Z",
        "Mon, 02 Dec 2002 16:06:04 +0000 (GMT)|2002-12-02T16:06:04Z",
        "Thu Aug 22 12:34:56 2002|2002-08-22T12:34:56Z",
        "Wed, 21 Aug 2002 18:52:19 PDT|2002-08-21T18:52:19-07:00",
        "21 Aug 2002 18:52:19 GMT+0200|2002-08-21T18:52:19+02:00",
        "Mon, 22 Jul 2002 09:13:27 +05:30|2002-07-22T09:13:27+05:30",
        "22-Jul-2002 09:13:27 +0000|2002-07-22T09:13:27Z",
    })
    void parsesKeepingTheOffset(String input, String expected) {
        assertThat(MailDates.parse(input)).isEqualTo(OffsetDateTime.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "Mon, 32 Jan 2024 10:00:00 +0000", "Mon, 1 Jan 2024", "1 Foo 2024 10:00 +0000",
        "Mon, 1 Jan 2024 25:00:00 +0000"})
    void rejectsGarbage(String input) {
        assertThat(MailDates.parse(input)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mon, 1 Jan 2024 10:00:00 CET"})
    void knowsCommonEuropeanZones(String input) {
        assertThat(MailDates.parse(input).getOffset()).isEqualTo(ZoneOffset.ofHours(1));
    }
}
