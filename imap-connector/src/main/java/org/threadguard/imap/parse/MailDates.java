package org.threadguard.imap.parse;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A lenient RFC 5322 date parser that keeps the original offset: optional day of week, obsolete
 * zones (UT, GMT, EST...), 2- and 3-digit years, missing seconds, comments, and the asctime order
 * ({@code Mon Jan 12 10:00:00 2004}). Linear, no regular expressions.
 */
public final class MailDates {
    private static final String[] MONTHS = {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    private static final Map<String, Integer> ZONES = Map.ofEntries(
            Map.entry("ut", 0), Map.entry("utc", 0), Map.entry("gmt", 0), Map.entry("z", 0), Map.entry("wet", 0),
            Map.entry("est", -5 * 60), Map.entry("edt", -4 * 60), Map.entry("cst", -6 * 60), Map.entry("cdt", -5 * 60),
            Map.entry("mst", -7 * 60), Map.entry("mdt", -6 * 60), Map.entry("pst", -8 * 60), Map.entry("pdt", -7 * 60),
            Map.entry("bst", 60), Map.entry("cet", 60), Map.entry("met", 60), Map.entry("mez", 60),
            Map.entry("cest", 120), Map.entry("mest", 120), Map.entry("mesz", 120), Map.entry("eet", 120),
            Map.entry("eest", 180), Map.entry("msk", 180), Map.entry("jst", 540), Map.entry("kst", 540),
            Map.entry("hkt", 480), Map.entry("sgt", 480), Map.entry("aest", 600), Map.entry("aedt", 660));

    private MailDates() {
    }

    /** The parsed date with its written offset, or {@code null} when it cannot be understood. */
    public static OffsetDateTime parse(String value) {
        if (value == null) {
            return null;
        }
        String s = stripComments(value);
        List<String> tokens = tokens(s.replace(',', ' ').trim(), false);
        int day = -1;
        int month = -1;
        int year = -1;
        int yearDigits = 0;
        int[] time = null;
        Integer offsetMinutes = null;
        for (String raw : tokens) {
            if (raw.isEmpty()) {
                continue;
            }
            String t = raw.toLowerCase(Locale.ROOT);
            char c0 = t.charAt(0);
            if (t.indexOf(':') > 0 && isDigit(c0) && time == null) {
                time = parseTime(t);
                if (time == null) {
                    return null;
                }
            } else if ((c0 == '+' || c0 == '-') && t.length() >= 3 && offsetMinutes == null && time != null) {
                offsetMinutes = numericZone(t.substring(1), c0 == '-');
                if (offsetMinutes == null) {
                    return null;
                }
            } else if (isDigit(c0)) {
                if (!allDigits(t)) {
                    int dash = t.indexOf('-');
                    if (dash > 0 && month < 0) {
                        // "12-Jan-2004" style
                        String[] parts = t.split("-");
                        if (parts.length == 3 && allDigits(parts[0]) && monthOf(parts[1]) >= 0 && allDigits(parts[2])) {
                            day = Integer.parseInt(parts[0]);
                            month = monthOf(parts[1]);
                            year = Integer.parseInt(parts[2]);
                            yearDigits = parts[2].length();
                            continue;
                        }
                    }
                    String digits = leadingDigits(t); // "12th", "2004." tolerated
                    if (digits.isEmpty()) {
                        continue;
                    }
                    t = digits;
                }
                if (t.length() > 4) {
                    return null;
                }
                int v = Integer.parseInt(t);
                if (day < 0 && t.length() <= 2 && (month >= 0 || year < 0) && v >= 1 && v <= 31 && time == null) {
                    day = v;
                } else if (year < 0) {
                    year = v;
                    yearDigits = t.length();
                } else if (day < 0 && v >= 1 && v <= 31) {
                    day = v;
                }
            } else if (Character.isLetter(c0)) {
                int m = monthOf(t);
                if (m >= 0 && month < 0) {
                    month = m;
                    continue;
                }
                if (time != null && offsetMinutes == null) {
                    offsetMinutes = alphaZone(t);
                }
                // Day names and unknown words are ignored.
            }
        }
        if (day < 0 || month < 0 || year < 0 || time == null) {
            return null;
        }
        if (yearDigits <= 2) {
            year += year < 50 ? 2000 : 1900;
        } else if (yearDigits == 3) {
            year += 1900;
        }
        int offset = offsetMinutes == null ? 0 : offsetMinutes;
        try {
            return OffsetDateTime.of(year, month + 1, day, time[0], time[1], time[2], 0,
                    ZoneOffset.ofTotalSeconds(offset * 60));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The runs of {@code s} between separators: regex whitespace ({@code \\s}: space, tab, LF, VT, FF,
     * CR), and the comma too when {@code commaSeparates}. Empty runs are left out. The same tokens as
     * {@code s.split("\\s+")} (or {@code "[\\s,]+"}) minus its empty ones, without a regular expression.
     */
    static List<String> tokens(String s, boolean commaSeparates) {
        List<String> out = new ArrayList<>(8);
        int n = s.length();
        int i = 0;
        while (i < n) {
            while (i < n && isSeparator(s.charAt(i), commaSeparates)) {
                i++;
            }
            int start = i;
            while (i < n && !isSeparator(s.charAt(i), commaSeparates)) {
                i++;
            }
            if (i > start) {
                out.add(s.substring(start, i));
            }
        }
        return out;
    }

    private static boolean isSeparator(char c, boolean commaSeparates) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                || (commaSeparates && c == ',');
    }

    private static String stripComments(String v) {
        if (v.indexOf('(') < 0) {
            return v;
        }
        StringBuilder b = new StringBuilder(v.length());
        int depth = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '(') {
                depth++;
                b.append(' ');
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (depth == 0) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static int[] parseTime(String t) {
        String[] p = t.split(":");
        if (p.length < 2 || p.length > 3) {
            return null;
        }
        int[] out = new int[3];
        for (int i = 0; i < p.length; i++) {
            String d = leadingDigits(p[i]);
            if (d.isEmpty() || d.length() > 2) {
                return null;
            }
            out[i] = Integer.parseInt(d);
        }
        if (out[0] > 23 || out[1] > 59 || out[2] > 60) {
            return null;
        }
        if (out[2] == 60) {
            out[2] = 59; // leap second
        }
        return out;
    }

    private static Integer numericZone(String t, boolean negative) {
        String d = t.replace(":", "");
        d = leadingDigits(d);
        if (d.length() == 2 || d.length() == 1) {
            d = d + "00";
        }
        if (d.length() == 3) {
            d = "0" + d;
        }
        if (d.length() != 4) {
            return null;
        }
        int hh = Integer.parseInt(d.substring(0, 2));
        int mm = Integer.parseInt(d.substring(2));
        if (hh > 18 || mm > 59) {
            return null;
        }
        int minutes = hh * 60 + mm;
        return negative ? -minutes : minutes;
    }

    private static Integer alphaZone(String t) {
        if ((t.startsWith("gmt") || t.startsWith("utc")) && t.length() > 4 && (t.charAt(3) == '+' || t.charAt(3) == '-')) {
            return numericZone(t.substring(4), t.charAt(3) == '-');
        }
        Integer z = ZONES.get(t);
        if (z != null) {
            return z;
        }
        // RFC 5322: other alphabetic zones (military letters included) mean -0000.
        return t.length() <= 5 && allLetters(t) ? 0 : null;
    }

    private static int monthOf(String t) {
        if (t.length() < 3) {
            return -1;
        }
        String p = t.substring(0, 3).toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equals(p)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean allDigits(String t) {
        if (t.isEmpty()) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (!isDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean allLetters(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    private static String leadingDigits(String t) {
        int i = 0;
        while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
            i++;
        }
        return t.substring(0, i);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
