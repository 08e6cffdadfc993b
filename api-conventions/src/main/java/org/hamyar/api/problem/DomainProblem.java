package org.hamyar.api.problem;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A request that cannot succeed for a reason the client can understand and act on. Thrown anywhere
 * below a resource, it leaves the service as an RFC 9457 {@code application/problem+json} body
 * (see {@link ProblemResponses}). Subclass it once per domain error:
 *
 * <pre>{@code
 * public final class OverlapBlocked extends DomainProblem {
 *     public OverlapBlocked(UUID household, String category) {
 *         super(409, "overlap-blocked", "Overlap blocked",
 *               "Household {0} already receives {1} from another agency", household, category);
 *     }
 * }
 * }</pre>
 *
 * <p>The {@code type} is a slug ({@code overlap-blocked}) or the whole URN
 * ({@code urn:hamyar:problem:overlap-blocked}). The title and detail given here are the English
 * texts; the service's bundle {@code messages/problems[_fa].properties} may give
 * {@code <slug>.title} and {@code <slug>.detail} (a {@link MessageFormat} pattern over the same
 * arguments) for each language. With arguments the English detail is a {@code MessageFormat}
 * pattern too; without, it is used as written.
 *
 * <p>Stack traces are not captured: a domain problem is an expected answer, not a fault, and some
 * (a blocked overlap, a stale version) occur on hot paths.
 */
public class DomainProblem extends RuntimeException {

    /** Every problem {@code type} is this prefix followed by the slug. */
    public static final String TYPE_PREFIX = "urn:hamyar:problem:";

    /** Members of the problem body that an extension may not overwrite. */
    static final Set<String> STANDARD_MEMBERS =
            Set.of("type", "title", "status", "detail", "instance", "requestId", "errors");

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Object[] NO_ARGUMENTS = {};

    private final int status;
    private final String slug;
    private final String title;
    private final String detailPattern;
    private final Object[] arguments;
    private final List<Field> fields = new ArrayList<>();
    private final Map<String, Object> extensions = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    public DomainProblem(int status, String type, String title, String detail) {
        this(status, type, title, detail, NO_ARGUMENTS);
    }

    public DomainProblem(int status, String type, String title, String detail, Object... arguments) {
        super(null, null, false, false);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("A problem has a 4xx or 5xx status, not " + status);
        }
        this.status = status;
        this.slug = slugOf(type);
        this.title = Objects.requireNonNull(title, "title");
        this.detailPattern = Objects.requireNonNull(detail, "detail");
        this.arguments = arguments == null ? NO_ARGUMENTS : arguments.clone();
    }

    /**
     * Adds a failing field. The message is shown as written, unless it is a bundle key in braces
     * ({@code "{paging.size}"}), which is looked up in {@code messages/problems} and then in
     * {@code messages/conventions} for the client's language and formatted with the arguments.
     */
    public DomainProblem withField(String field, String message, Object... arguments) {
        fields.add(new Field(Objects.requireNonNull(field, "field"), Objects.requireNonNull(message, "message"),
                arguments == null ? NO_ARGUMENTS : arguments.clone()));
        return this;
    }

    /** Adds a member to the problem body beside the standard ones (RFC 9457 extension member). */
    public DomainProblem with(String extension, Object value) {
        if (STANDARD_MEMBERS.contains(extension)) {
            throw new IllegalArgumentException("'" + extension + "' is a standard problem member, not an extension");
        }
        extensions.put(extension, value);
        return this;
    }

    /** Adds a response header, such as {@code ETag} on a 412 or {@code Retry-After} on a 409. */
    public DomainProblem withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String type() {
        return TYPE_PREFIX + slug;
    }

    /** The English title. */
    public String title() {
        return title;
    }

    /** The English detail, formatted with the arguments. */
    public String detail() {
        return format(detailPattern, arguments, Locale.ENGLISH);
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public List<Field> fields() {
        return Collections.unmodifiableList(fields);
    }

    public Map<String, Object> extensions() {
        return Collections.unmodifiableMap(extensions);
    }

    public Map<String, String> headers() {
        return Collections.unmodifiableMap(headers);
    }

    @Override
    public String getMessage() {
        return slug + ": " + detail();
    }

    static String format(String pattern, Object[] arguments, Locale locale) {
        if (arguments.length == 0) {
            return pattern;
        }
        try {
            return new MessageFormat(pattern, locale).format(arguments);
        } catch (IllegalArgumentException notAPattern) {
            // A text with stray braces is still better shown than turned into a 500.
            return pattern;
        }
    }

    private static String slugOf(String type) {
        Objects.requireNonNull(type, "type");
        String slug = type.startsWith(TYPE_PREFIX) ? type.substring(TYPE_PREFIX.length()) : type;
        if (!SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("A problem type is a lower-case slug such as 'overlap-blocked', not '"
                    + type + "'");
        }
        return slug;
    }

    /** A failing field before its message is put in the client's language. */
    public record Field(String field, String message, Object[] arguments) {
    }
}
