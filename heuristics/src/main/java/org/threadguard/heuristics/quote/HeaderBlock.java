package org.threadguard.heuristics.quote;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An Outlook-style quote header: an optional divider ({@code -----Original Message-----}, a line
 * of underscores, {@code ---------- Forwarded message ---------}) and a block of
 * {@code From: / Sent: / To: / Subject:} lines in one of several languages.
 *
 * @param author the From value
 * @param date the Sent or Date value
 * @param subject the Subject value
 * @param lineCount lines consumed from the divider (or first header line) to the end of the block
 */
record HeaderBlock(String author, String date, String subject, int lineCount) {

    private enum Field { FROM, DATE, TO, CC, SUBJECT }

    private static final Map<String, Field> LABELS = Map.ofEntries(
            Map.entry("from", Field.FROM), Map.entry("von", Field.FROM), Map.entry("de", Field.FROM),
            Map.entry("da", Field.FROM), Map.entry("van", Field.FROM), Map.entry("fra", Field.FROM),
            Map.entry("från", Field.FROM), Map.entry("lähettäjä", Field.FROM), Map.entry("od", Field.FROM),
            Map.entry("expéditeur", Field.FROM), Map.entry("absender", Field.FROM),
            Map.entry("sent", Field.DATE), Map.entry("date", Field.DATE), Map.entry("gesendet", Field.DATE),
            Map.entry("datum", Field.DATE), Map.entry("enviado el", Field.DATE), Map.entry("enviado", Field.DATE),
            Map.entry("fecha", Field.DATE), Map.entry("envoyé", Field.DATE), Map.entry("envoyé le", Field.DATE),
            Map.entry("inviato", Field.DATE), Map.entry("data", Field.DATE), Map.entry("enviada em", Field.DATE),
            Map.entry("enviada", Field.DATE), Map.entry("verzonden", Field.DATE), Map.entry("sendt", Field.DATE),
            Map.entry("skickat", Field.DATE), Map.entry("lähetetty", Field.DATE), Map.entry("sent at", Field.DATE),
            Map.entry("to", Field.TO), Map.entry("an", Field.TO), Map.entry("para", Field.TO),
            Map.entry("à", Field.TO), Map.entry("a", Field.TO), Map.entry("aan", Field.TO),
            Map.entry("til", Field.TO), Map.entry("till", Field.TO), Map.entry("vastaanottaja", Field.TO),
            Map.entry("destinataire", Field.TO),
            Map.entry("cc", Field.CC), Map.entry("kopie", Field.CC), Map.entry("copie à", Field.CC),
            Map.entry("copia", Field.CC), Map.entry("kopia", Field.CC), Map.entry("kopio", Field.CC),
            Map.entry("subject", Field.SUBJECT), Map.entry("betreff", Field.SUBJECT),
            Map.entry("asunto", Field.SUBJECT), Map.entry("objet", Field.SUBJECT),
            Map.entry("oggetto", Field.SUBJECT), Map.entry("assunto", Field.SUBJECT),
            Map.entry("onderwerp", Field.SUBJECT), Map.entry("emne", Field.SUBJECT),
            Map.entry("ämne", Field.SUBJECT), Map.entry("aihe", Field.SUBJECT), Map.entry("sujet", Field.SUBJECT),
            // Outlook in Polish, Czech, Slovak, Russian, Ukrainian, Turkish, Hungarian, Romanian, Greek, Croatian
            Map.entry("wysłano", Field.DATE), Map.entry("do", Field.TO), Map.entry("temat", Field.SUBJECT),
            Map.entry("dw", Field.CC), Map.entry("odesláno", Field.DATE), Map.entry("komu", Field.TO),
            Map.entry("předmět", Field.SUBJECT), Map.entry("odoslané", Field.DATE), Map.entry("predmet", Field.SUBJECT),
            Map.entry("от", Field.FROM), Map.entry("отправлено", Field.DATE), Map.entry("кому", Field.TO),
            Map.entry("тема", Field.SUBJECT), Map.entry("копия", Field.CC), Map.entry("дата", Field.DATE),
            Map.entry("від", Field.FROM), Map.entry("надіслано", Field.DATE),
            Map.entry("kimden", Field.FROM), Map.entry("gönderildi", Field.DATE), Map.entry("kime", Field.TO),
            Map.entry("konu", Field.SUBJECT), Map.entry("bilgi", Field.CC), Map.entry("tarih", Field.DATE),
            Map.entry("feladó", Field.FROM), Map.entry("elküldve", Field.DATE), Map.entry("címzett", Field.TO),
            Map.entry("tárgy", Field.SUBJECT), Map.entry("de la", Field.FROM), Map.entry("trimis", Field.DATE),
            Map.entry("către", Field.TO), Map.entry("subiect", Field.SUBJECT), Map.entry("από", Field.FROM),
            Map.entry("στάλθηκε", Field.DATE), Map.entry("προς", Field.TO), Map.entry("θέμα", Field.SUBJECT),
            Map.entry("šalje", Field.FROM), Map.entry("poslano", Field.DATE), Map.entry("prima", Field.TO),
            // Outlook in Japanese, Chinese (simplified and traditional) and Korean
            Map.entry("差出人", Field.FROM), Map.entry("送信日時", Field.DATE), Map.entry("宛先", Field.TO),
            Map.entry("件名", Field.SUBJECT), Map.entry("发件人", Field.FROM), Map.entry("发送时间", Field.DATE),
            Map.entry("收件人", Field.TO), Map.entry("主题", Field.SUBJECT), Map.entry("抄送", Field.CC),
            Map.entry("日期", Field.DATE), Map.entry("寄件者", Field.FROM), Map.entry("寄件日期", Field.DATE),
            Map.entry("收件者", Field.TO), Map.entry("主旨", Field.SUBJECT), Map.entry("副本", Field.CC),
            Map.entry("보낸 사람", Field.FROM), Map.entry("보낸 날짜", Field.DATE), Map.entry("받는 사람", Field.TO),
            Map.entry("제목", Field.SUBJECT), Map.entry("참조", Field.CC));

    private static final Set<String> DIVIDER_WORDS = Set.of(
            "original message", "ursprüngliche nachricht", "originalnachricht", "mensaje original",
            "message d'origine", "message d’origine", "messaggio originale", "mensagem original",
            "oorspronkelijk bericht", "origineel bericht", "originalmeddelande", "opprinnelig melding",
            "oprindelig meddelelse", "alkuperäinen viesti", "forwarded message", "weitergeleitete nachricht",
            "mensaje reenviado", "message transféré", "messaggio inoltrato", "mensagem encaminhada",
            "doorgestuurd bericht", "oryginalna wiadomość", "původní zpráva", "pôvodná správa", "исходное сообщение",
            "özgün ileti", "eredeti üzenet", "mesaj original", "原始邮件", "原始郵件", "元のメッセージ", "원본 메시지");

    private static final Set<String> FORWARD_INTROS = Set.of(
            "begin forwarded message:", "anfang der weitergeleiteten nachricht:",
            "début du message réexpédié :", "début du message réexpédié:", "inizio messaggio inoltrato:",
            "comienzo del mensaje reenviado:", "início da mensagem reencaminhada:",
            "begin doorgestuurd bericht:");

    private record Label(Field field, String value) {
    }

    /** Whether the line is a divider or forward intro by itself. */
    static boolean isDivider(String line) {
        String s = line.strip();
        if (s.length() > 80) {
            return false;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (FORWARD_INTROS.contains(lower)) {
            return true;
        }
        if (lower.startsWith("--") && lower.endsWith("--")) {
            int a = 0;
            int b = lower.length();
            while (a < b && lower.charAt(a) == '-') {
                a++;
            }
            while (b > a && lower.charAt(b - 1) == '-') {
                b--;
            }
            return DIVIDER_WORDS.contains(lower.substring(a, b).strip());
        }
        return false;
    }

    private static boolean isUnderscoreRule(String line) {
        String s = line.strip();
        if (s.length() < 20) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != '_') {
                return false;
            }
        }
        return true;
    }

    /** Recognises a header block (with or without divider) starting at line {@code i}. */
    static Optional<HeaderBlock> at(List<String> lines, int i) {
        String first = lines.get(i);
        int start = i;
        boolean divider = isDivider(first);
        if (divider || isUnderscoreRule(first)) {
            start = i + 1;
            while (start < lines.size() && start < i + 3 && lines.get(start).isBlank()) {
                start++;
            }
        }
        Optional<HeaderBlock> block = block(lines, start, start - i);
        if (block.isEmpty() && divider) {
            return Optional.of(new HeaderBlock("", "", "", 1));
        }
        return block;
    }

    private static Optional<HeaderBlock> block(List<String> lines, int start, int prefixLines) {
        if (start >= lines.size()) {
            return Optional.empty();
        }
        Label from = label(lines.get(start));
        if (from == null || from.field() != Field.FROM) {
            return Optional.empty();
        }
        String author = from.value();
        String date = "";
        String subject = "";
        int others = 0;
        int j = start + 1;
        Field last = Field.FROM;
        int continuation = 0;
        while (j < lines.size() && j < start + 12) {
            String line = lines.get(j);
            if (line.isBlank()) {
                break;
            }
            Label l = label(line);
            if (l == null) {
                if ((last == Field.TO || last == Field.CC) && continuation < 3) {
                    continuation++;
                    j++;
                    continue;
                }
                break;
            }
            if (l.field() == Field.FROM) {
                break;
            }
            continuation = 0;
            last = l.field();
            others++;
            if (l.field() == Field.DATE && date.isEmpty()) {
                date = l.value();
            } else if (l.field() == Field.SUBJECT && subject.isEmpty()) {
                subject = l.value();
            }
            j++;
        }
        if (others < 2 && !(others == 1 && !date.isEmpty() && prefixLines > 0)) {
            return Optional.empty();
        }
        return Optional.of(new HeaderBlock(author, date, subject, prefixLines + (j - start)));
    }

    /** A {@code Label: value} line, also {@code *Label:* value} (bold from HTML) and {@code Label : value}. */
    private static Label label(String line) {
        String s = line.strip().replace('\uff1a', ':'); // the full-width colon of Chinese and Japanese clients
        int colon = s.indexOf(':');
        if (colon < 1 || colon > 30) {
            return null;
        }
        String name = s.substring(0, colon).replace("*", "").replace('\u00a0', ' ').strip().toLowerCase(Locale.ROOT);
        Field f = LABELS.get(name);
        if (f == null) {
            return null;
        }
        String value = s.substring(colon + 1).replace("*", " ").strip();
        return new Label(f, value);
    }
}
