package org.hamyar.api.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * What one idempotency key stands for: the same key from another caller, or on another endpoint,
 * is another operation.
 */
record IdempotencyScope(String key, String caller, String method, String path) {

    /** The primary key of the record: a SHA-256 over all four parts, compact whatever their length. */
    byte[] recordKey() {
        return sha256(String.join("\u0000", key, caller, method, path).getBytes(StandardCharsets.UTF_8));
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }
}
