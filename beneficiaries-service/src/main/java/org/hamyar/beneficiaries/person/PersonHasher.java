package org.hamyar.beneficiaries.person;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.hamyar.standards.NationalCode;

/**
 * The network's keyed hash of a national code (docs/product.md §4): HMAC-SHA256 under the network's
 * secret, as 64 lower-case hex digits. Other systems identify a person by it (events carry it,
 * partners ask "has this person had this aid?" with it), and without the secret it cannot be
 * reversed by trying every one of the few billion possible codes, as a plain hash could.
 */
public final class PersonHasher {

    static final String MISSING_SECRET = "PERSON_HASH_SECRET is not set (hamyar.beneficiaries.person-hash-secret): "
            + "the beneficiaries-service hashes national codes with the network's secret and does not start without "
            + "it. Set the same value in every system that compares person hashes.";
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    /** @throws IllegalArgumentException when the secret is missing or blank */
    public PersonHasher(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException(MISSING_SECRET);
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The hash of a national code in any digit script; the code is normalised first. */
    public String hash(String nationalCode) {
        return hmac(NationalCode.requireValid(nationalCode));
    }

    /**
     * The hash of an identity document, for a person without a national code: of its
     * {@link IdentityDocument#linkKey} (type, number, for a birth certificate the birth date), so it
     * never equals a national code's hash and names the person as the document does.
     */
    public String hash(IdentityDocument document, java.time.LocalDate birthDate) {
        return hmac("document:" + document.linkKey(birthDate));
    }

    private String hmac(String code) {
        try {
            // a Mac is not thread-safe and cheap to make
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
