package org.hamyar.agreements.agreement;

/**
 * A proposed new version of a signed agreement's text, with why it changes and, optionally, who
 * signs it for the proposing party.
 */
public record Amendment(String reason, Terms terms, String signatoryName, String signatoryTitle) {
}
