package org.hamyar.benchmarks.national;

import java.util.Locale;

/**
 * One line of {@code ./hamyar bench}'s table: a measured value, the ceiling it is compared with
 * (measured in the same run; null when the target is absolute), and the target.
 *
 * @param higherIsBetter throughput: the value must reach the target; latency, time, memory: stay under it
 * @param ratioTarget    true when the target is a ratio of value to ceiling, false when it is the value itself
 * @param note           what the reader should know (errors, a figure that could not be measured), or null
 */
public record Figure(String name, Double value, String unit, Double ceiling, double target, boolean ratioTarget,
                     boolean higherIsBetter, String note) {

    public static Figure atLeastRatio(String name, double value, String unit, double ceiling, double ratio) {
        return new Figure(name, value, unit, ceiling, ratio, true, true, null);
    }

    public static Figure atMostRatio(String name, double value, String unit, double ceiling, double ratio) {
        return new Figure(name, value, unit, ceiling, ratio, true, false, null);
    }

    public static Figure atMost(String name, double value, String unit, Double ceiling, double limit) {
        return new Figure(name, value, unit, ceiling, limit, false, false, null);
    }

    public static Figure atLeast(String name, double value, String unit, double limit) {
        return new Figure(name, value, unit, null, limit, false, true, null);
    }

    /** A figure the run could not measure: it fails, with the reason. */
    public static Figure notMeasured(String name, String unit, String target, String reason) {
        return new Figure(name, null, unit, null, Double.NaN, false, true, target + "|" + reason);
    }

    public Figure withNote(String text) {
        return new Figure(name, value, unit, ceiling, target, ratioTarget, higherIsBetter,
                note == null ? text : note + "; " + text);
    }

    public Double ratio() {
        return value == null || ceiling == null || ceiling == 0 ? null : value / ceiling;
    }

    public boolean passed() {
        if (value == null || value.isNaN()) {
            return false;
        }
        double compared = ratioTarget ? (ratio() == null ? Double.NaN : ratio()) : value;
        return higherIsBetter ? compared >= target : compared <= target;
    }

    public String targetText() {
        if (value == null && note != null && note.contains("|")) {
            return note.substring(0, note.indexOf('|'));
        }
        String relation = higherIsBetter ? "≥" : "≤";
        return ratioTarget ? relation + " " + number(target * 100) + " %" + (higherIsBetter ? "" : "")
                : relation + " " + number(target) + " " + unit;
    }

    public String valueText() {
        return value == null ? "-" : number(value);
    }

    public String ceilingText() {
        return ceiling == null ? "-" : number(ceiling);
    }

    public String ratioText() {
        Double ratio = ratio();
        return ratio == null ? "-" : String.format(Locale.ROOT, "%.1f %%", ratio * 100);
    }

    public String noteText() {
        if (note == null) {
            return "";
        }
        return value == null && note.contains("|") ? note.substring(note.indexOf('|') + 1) : note;
    }

    static String number(double v) {
        if (Math.abs(v) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (Math.abs(v) >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        if (Math.abs(v) < 1 && v != 0) {
            return String.format(Locale.ROOT, "%.4f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
