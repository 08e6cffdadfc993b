package org.hamyar.api.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;

import org.hamyar.api.problem.DomainProblem;

/**
 * Optimistic locking over HTTP: a resource's {@code ETag} is its version ({@code "7"}), and an update
 * must send it back in {@code If-Match}.
 *
 * <pre>{@code
 * @PUT @Path("{id}")
 * public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, UpdateRequest request) {
 *     AgreementView updated = service.update(id, ifMatch, request);   // calls requireIfMatch inside the transaction
 *     return Response.ok(updated).tag(EntityTags.of(updated.version())).build();
 * }
 * }</pre>
 */
public final class EntityTags {

    public static final String IF_MATCH_REQUIRED = "if-match-required";
    public static final String STALE_VERSION = "stale-version";

    // An entity tag is an optional W/ and a quoted string; a header may list several.
    private static final Pattern TAG = Pattern.compile("\\s*(W/)?\"([^\"]*)\"\\s*(,|$)");

    private EntityTags() {
    }

    /** The strong entity tag of a version: {@code "7"}. */
    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Passes when {@code If-Match} is {@code *} or names the current version (a weak {@code W/"7"},
     * as proxies that compress responses send it, counts too).
     *
     * @throws DomainProblem 428 {@code if-match-required} when the header is missing; 412
     *                       {@code stale-version} when it names another version or cannot be read, with
     *                       the current ETag in the {@code ETag} header and the {@code currentEtag} member
     */
    public static void requireIfMatch(String ifMatchHeader, long currentVersion) {
        if (ifMatchHeader == null || ifMatchHeader.isBlank()) {
            throw new DomainProblem(428, IF_MATCH_REQUIRED, "If-Match required",
                    "Send the ETag you last read in the If-Match header, so that you do not overwrite a newer change");
        }
        if (!matches(ifMatchHeader, Long.toString(currentVersion))) {
            String current = of(currentVersion).toString();
            throw new DomainProblem(412, STALE_VERSION, "Stale version",
                    "The resource has changed since you read it; its current ETag is {0}", current)
                    .with("currentEtag", current)
                    .withHeader(HttpHeaders.ETAG, current);
        }
    }

    private static boolean matches(String header, String current) {
        if (header.strip().equals("*")) {
            return true;
        }
        Matcher tag = TAG.matcher(header);
        int position = 0;
        boolean matched = false;
        while (position < header.length()) {
            if (!tag.find(position) || tag.start() != position) {
                return false;
            }
            matched |= tag.group(2).equals(current);
            position = tag.end();
        }
        return matched;
    }
}
