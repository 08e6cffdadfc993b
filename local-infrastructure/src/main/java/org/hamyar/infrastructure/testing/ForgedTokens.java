package org.hamyar.infrastructure.testing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Tokens made from a real one, for tests of what a service refuses. */
public final class ForgedTokens {

    private ForgedTokens() {
    }

    /**
     * The token's claims under a header naming a key id the realm never had: a verifier that does
     * not know the key must fetch the realm's keys again before it can say anything.
     */
    public static String withUnknownKeyId(String token) {
        String[] parts = token.split("\\.");
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"hamyar-test-no-such-key\"}";
        return Base64.getUrlEncoder().withoutPadding().encodeToString(header.getBytes(StandardCharsets.UTF_8))
                + "." + parts[1] + "." + parts[2];
    }

    /** The token with one character of its signature changed: a known key, a signature that does not verify. */
    public static String withBrokenSignature(String token) {
        String[] parts = token.split("\\.");
        char[] signature = parts[2].toCharArray();
        signature[10] = signature[10] == 'A' ? 'B' : 'A';
        return parts[0] + "." + parts[1] + "." + new String(signature);
    }
}
