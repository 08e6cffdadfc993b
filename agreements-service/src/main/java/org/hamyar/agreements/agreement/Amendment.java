package org.hamyar.agreements.agreement;

/** A new version of a signed agreement's text, with why it changed. */
public record Amendment(String reason, Terms terms) {
}
