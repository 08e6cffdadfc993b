package org.hamyar.beneficiaries.report.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.hamyar.beneficiaries.report.OverlapCase;
import org.hamyar.standards.JalaliDate;

/**
 * The overlap report as a CSV file for a spreadsheet: UTF-8 with a byte-order mark (without it Excel
 * reads UTF-8 as the local code page and shows no Persian), RFC 4180 quoting and CRLF line ends,
 * Gregorian and Jalali dates side by side. A value that a spreadsheet would run as a formula (it
 * begins with {@code = + - @}) is prefixed with an apostrophe.
 */
public final class OverlapCsv {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    static final String BOM = "\uFEFF";
    static final List<String> HEADER = List.of("provinceCode", "county", "category", "householdId", "detectedAgency",
            "detectedAidId", "detectedPeriodStart", "detectedPeriodStartJalali", "detectedPeriodEnd",
            "detectedPeriodEndJalali", "overlappedAgencies", "warnings", "overriddenBlocks");

    private OverlapCsv() {
    }

    public static String of(List<OverlapCase> cases, Locale locale) {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, HEADER);
        for (OverlapCase c : cases) {
            OverlapCase.Side d = c.detected();
            line(csv, List.of(c.provinceCode(), c.county(), c.category().name(), text(c.householdId()),
                    OverlapCaseResponse.agency(d, locale), text(d.aidId()), text(d.periodStart()), jalali(d.periodStart()),
                    text(d.periodEnd()), jalali(d.periodEnd()),
                    c.overlapped().stream().map(s -> OverlapCaseResponse.agency(s, locale) + " (" + s.outcome() + ")")
                            .collect(Collectors.joining("; ")),
                    Integer.toString(c.warnings()), Integer.toString(c.overriddenBlocks())));
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> values) {
        csv.append(values.stream().map(OverlapCsv::field).collect(Collectors.joining(","))).append("\r\n");
    }

    static String field(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String jalali(LocalDate date) {
        return date == null ? "" : JalaliDate.of(date).toString();
    }
}
