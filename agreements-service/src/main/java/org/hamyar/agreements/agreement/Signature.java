package org.hamyar.agreements.agreement;

import java.time.LocalDate;

/**
 * A party's signature: who signed for the caller's organisation, in what capacity, and on which
 * day of the paper ({@code null}: today).
 */
public record Signature(String signatoryName, String signatoryTitle, LocalDate signedOn) {
}
