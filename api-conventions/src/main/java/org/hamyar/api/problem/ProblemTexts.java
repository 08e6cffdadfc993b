package org.hamyar.api.problem;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The language of a response and the texts in it.
 *
 * <p>Two bundles are read, the service's first: {@code messages/problems[_fa].properties} (the
 * service's own problems) and {@code messages/conventions[_fa].properties} (this library's generic
 * texts). They are UTF-8 {@code .properties} files, which Java reads as UTF-8 since Java 9.
 */
public final class ProblemTexts {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale PERSIAN = Locale.forLanguageTag("fa");

    static final String SERVICE_BUNDLE = "messages/problems";
    static final String LIBRARY_BUNDLE = "messages/conventions";

    private static final List<String> SUPPORTED = List.of("en", "fa");
    private static final List<String> BUNDLES = List.of(SERVICE_BUNDLE, LIBRARY_BUNDLE);
    // Without fallback, a missing Persian text falls back to the base (English) file, never to
    // whatever the JVM's default locale happens to be.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ConcurrentMap<BundleKey, Optional<ResourceBundle>> CACHE = new ConcurrentHashMap<>();

    private ProblemTexts() {
    }

    /** Persian when {@code Accept-Language} prefers {@code fa} (by q-value) over English, else English. */
    public static Locale locale(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return ENGLISH;
        }
        try {
            String tag = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return "fa".equals(tag) ? PERSIAN : ENGLISH;
        } catch (IllegalArgumentException malformedHeader) {
            return ENGLISH;
        }
    }

    /** The text of a key in the service's bundle, else in the library's, for the language. */
    public static Optional<String> text(Locale locale, String key) {
        for (String bundleName : BUNDLES) {
            Optional<ResourceBundle> bundle = bundle(bundleName, locale);
            if (bundle.isPresent() && bundle.get().containsKey(key)) {
                return Optional.of(bundle.get().getString(key));
            }
        }
        return Optional.empty();
    }

    /** The bundle text of a key formatted with the arguments, else the fallback formatted likewise. */
    public static String message(Locale locale, String key, String fallback, Object... arguments) {
        return text(locale, key)
                .map(pattern -> DomainProblem.format(pattern, arguments, locale))
                .orElseGet(() -> DomainProblem.format(fallback, arguments, ENGLISH));
    }

    /** A field message: {@code "{key}"} is looked up in the bundles; anything else stays as written. */
    static String fieldMessage(Locale locale, String message, Object[] arguments) {
        if (message.length() > 2 && message.startsWith("{") && message.endsWith("}")) {
            String key = message.substring(1, message.length() - 1);
            Optional<String> pattern = text(locale, key);
            return pattern.map(text -> DomainProblem.format(text, arguments, locale)).orElse(key);
        }
        return DomainProblem.format(message, arguments, ENGLISH);
    }

    private static Optional<ResourceBundle> bundle(String name, Locale locale) {
        // The service's bundle lives in the application, which in dev and test mode a child class
        // loader holds; the thread's context class loader sees both it and this library.
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = ProblemTexts.class.getClassLoader();
        }
        ClassLoader finalLoader = loader;
        return CACHE.computeIfAbsent(new BundleKey(name, locale, loader), key -> {
            try {
                return Optional.of(ResourceBundle.getBundle(name, locale, finalLoader, NO_FALLBACK));
            } catch (MissingResourceException absent) {
                return Optional.empty();
            }
        });
    }

    private record BundleKey(String name, Locale locale, ClassLoader loader) {
    }
}
