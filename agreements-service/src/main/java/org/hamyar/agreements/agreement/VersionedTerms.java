package org.hamyar.agreements.agreement;

/** One version of an agreement's text: who recorded it, when and why, and the text itself. */
public record VersionedTerms(AgreementVersion version, Terms terms) {
}
