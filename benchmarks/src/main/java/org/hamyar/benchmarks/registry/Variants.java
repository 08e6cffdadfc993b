package org.hamyar.benchmarks.registry;

import java.time.LocalDate;
import java.util.Map;
import java.util.SplittableRandom;

import org.hamyar.standards.Dates;

/** How another agency types the same name, date or number. */
final class Variants {

    private Variants() {
    }

    private static final Map<String, String> SPELLINGS = Map.ofEntries(
            Map.entry("اسماعیل", "اسمعیل"), Map.entry("مصطفی", "مصطفا"), Map.entry("موسی", "موسا"),
            Map.entry("یحیی", "یحیا"), Map.entry("عیسی", "عیسا"), Map.entry("طاها", "طه"),
            Map.entry("اسحاق", "اسحق"), Map.entry("ابوالفضل", "ابولفضل"), Map.entry("عبدالله", "عبداله"),
            Map.entry("فضل‌الله", "فضل اله"), Map.entry("روح‌الله", "روح اله"), Map.entry("ذبیح‌الله", "ذبیح اله"),
            Map.entry("نصرالله", "نصراله"), Map.entry("رقیه", "رقیّه"), Map.entry("سمیه", "سمیّه"),
            Map.entry("طیبه", "طیّبه"), Map.entry("کبری", "کبرا"), Map.entry("صغری", "صغرا"),
            Map.entry("مرتضی", "مرتضا"), Map.entry("لیلا", "لیلی"), Map.entry("طوبی", "طوبا"),
            Map.entry("ام‌البنین", "ام البنین"), Map.entry("داوود", "داود"), Map.entry("طاهره", "طاهرة"),
            Map.entry("عسگر", "عسکر"), Map.entry("مسعود", "مسعوود"));

    /** Compound names and where they split: written joined, with a ZWNJ, or with a space. */
    private static final Map<String, Integer> COMPOUNDS = Map.ofEntries(
            Map.entry("محمدرضا", 4), Map.entry("علیرضا", 3), Map.entry("امیرحسین", 4), Map.entry("محمدحسین", 4),
            Map.entry("محمدعلی", 4), Map.entry("غلامرضا", 4), Map.entry("غلامحسین", 4), Map.entry("ابوالفضل", 3),
            Map.entry("عبدالله", 3), Map.entry("نصرالله", 3));

    private static final String[] KEYBOARD = {"ضصثقفغعهخحجچ", "شسیبلاتنمکگ", "ظطزرذدپو"};
    private static final char[] DIACRITICS = {'\u064E', '\u0650', '\u064F', '\u0651'};

    /** A name as another agency types it: spelling, spacing, letter forms, diacritics. */
    static String name(String name, SplittableRandom random) {
        String s = name;
        if (random.nextDouble() < 0.3 && SPELLINGS.containsKey(s)) {
            s = SPELLINGS.get(s);
        }
        s = spacing(s, random);
        if (random.nextDouble() < 0.35) {
            s = s.replace('ی', 'ي').replace('ک', 'ك');
        }
        if (random.nextDouble() < 0.05 && s.endsWith("ه")) {
            s = s.substring(0, s.length() - 1) + "ة";
        }
        if (random.nextDouble() < 0.08 && s.length() > 1) {
            int at = 1 + random.nextInt(s.length() - 1);
            s = s.substring(0, at) + DIACRITICS[random.nextInt(DIACRITICS.length)] + s.substring(at);
        }
        if (random.nextDouble() < 0.03) {
            s = " " + s + "  ";
        }
        return s;
    }

    private static String spacing(String s, SplittableRandom random) {
        Integer split = COMPOUNDS.get(s);
        if (split != null && random.nextDouble() < 0.5) {
            return s.substring(0, split) + (random.nextBoolean() ? " " : "\u200C") + s.substring(split);
        }
        if (s.contains("\u200C") && random.nextDouble() < 0.5) {
            return s.replace("\u200C", random.nextBoolean() ? " " : "");
        }
        for (String suffix : new String[] {"زاده", "پور", "نیا", "نژاد", "فر"}) {
            if (s.endsWith(suffix) && s.length() > suffix.length() && random.nextDouble() < 0.4) {
                String base = s.substring(0, s.length() - suffix.length());
                return base + (random.nextBoolean() ? " " : "\u200C") + suffix;
            }
        }
        return s;
    }

    /** One typing error: a neighbouring key, a letter dropped, doubled, or two letters swapped. */
    static String typo(String s, SplittableRandom random) {
        if (s.length() < 3) {
            return s;
        }
        int at = 1 + random.nextInt(s.length() - 2);
        char c = s.charAt(at);
        return switch (random.nextInt(4)) {
            case 0 -> s.substring(0, at) + neighbour(c, random) + s.substring(at + 1);
            case 1 -> s.substring(0, at) + s.substring(at + 1);
            case 2 -> s.substring(0, at) + c + s.substring(at);
            default -> s.substring(0, at) + s.charAt(at + 1) + c + s.substring(at + 2);
        };
    }

    private static char neighbour(char c, SplittableRandom random) {
        for (String row : KEYBOARD) {
            int i = row.indexOf(c);
            if (i >= 0) {
                int j = i == 0 ? 1 : i == row.length() - 1 ? i - 1 : i + (random.nextBoolean() ? 1 : -1);
                return row.charAt(j);
            }
        }
        return c;
    }

    /** A date in Jalali or ISO form, in some digit script. */
    static String date(LocalDate date, SplittableRandom random, double jalali) {
        String text = random.nextDouble() < jalali ? Dates.jalali(date) : date.toString();
        if (random.nextDouble() < 0.3) {
            text = text.replace('-', '/');
        }
        return digits(text, random, 0.3);
    }

    /** The ASCII digits of {@code s} in Persian (or, less often, Arabic-Indic) digits with the given chance. */
    static String digits(String s, SplittableRandom random, double chance) {
        if (random.nextDouble() >= chance) {
            return s;
        }
        char zero = random.nextDouble() < 0.7 ? '\u06F0' : '\u0660';
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) (zero + (c - '0')) : c);
        }
        return out.toString();
    }
}
