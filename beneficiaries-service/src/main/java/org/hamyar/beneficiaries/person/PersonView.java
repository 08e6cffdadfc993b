package org.hamyar.beneficiaries.person;

/**
 * A person as one caller sees them: the shared identity and one organisation's version of the record.
 *
 * @param identityUnderReview whether the versions the caller may see disagree on the identity
 *                            (names, father's name, birth date); null when it may see only one
 */
public record PersonView(Person identity, PersonRecord record, Boolean identityUnderReview) {
}
