package org.hamyar.standards;

import java.time.DateTimeException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a typed date "year-month-day" or "year/month/day" in any digit script into numbers. */
final class DateText {

    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(\\d{1,4})([-/])(\\d{1,2})\\2(\\d{1,2})");

    private DateText() {
    }

    record Parts(int year, int month, int day) {
    }

    static Parts split(String s) {
        if (s == null) {
            throw new DateTimeException("Date is missing; expected year-month-day such as 1403-01-01 or 2024-03-20");
        }
        Matcher m = YEAR_MONTH_DAY.matcher(Digits.toAscii(withoutInvisibleMarks(s)).strip());
        if (!m.matches()) {
            throw new DateTimeException("Cannot read date '" + s
                    + "'; expected year-month-day with '-' or '/', such as 1403-01-01, 1403/1/1 or 2024-03-20");
        }
        return new Parts(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
    }

    /** Copy-pasted right-to-left text carries direction marks around the digits. */
    private static String withoutInvisibleMarks(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean invisible = c == '\u200E' || c == '\u200F' || c == '\u061C'
                    || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                    || c == '\u200C' || c == '\u200D' || c == '\uFEFF';
            if (!invisible) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
