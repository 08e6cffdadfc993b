package org.hamyar.gateway.problem;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Titles and details of the gateway's problems from {@code messages/problems[_fa].properties}:
 * Persian when {@code Accept-Language} prefers it, English otherwise.
 */
public final class ProblemTexts {

    private static final String BUNDLE = "messages/problems";
    private static final Locale PERSIAN = Locale.of("fa");
    private static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, PERSIAN);
    // the bundle must not fall back to the JVM's default locale: English is the base file
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ProblemTexts() {
    }

    /** Persian when the header ranks {@code fa} above English, else English; a malformed header means English. */
    public static Locale locale(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            Locale chosen = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return chosen == null ? Locale.ENGLISH : chosen;
        } catch (IllegalArgumentException malformed) {
            return Locale.ENGLISH;
        }
    }

    public static String title(GatewayProblem problem, Locale locale) {
        return text(locale, problem.slug() + ".title", problem.slug());
    }

    public static String detail(GatewayProblem problem, Locale locale) {
        String pattern = text(locale, problem.slug() + ".detail", null);
        if (pattern == null) {
            return null;
        }
        return new MessageFormat(pattern, locale).format(problem.arguments().toArray());
    }

    private static String text(Locale locale, String key, String fallback) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(key);
        } catch (MissingResourceException missing) {
            return fallback;
        }
    }
}
