package org.hamyar.beneficiaries.duplicate;

import java.util.List;
import java.util.UUID;

/**
 * An existing person the finder holds for a probable duplicate of an identity.
 *
 * @param personId       the existing person
 * @param score          0 to 1; at least {@link DuplicateScorer#THRESHOLD}
 * @param agreeingFields the fields that agree, in the API's names (firstName, lastName, fatherName,
 *                       birthDate, province, county, sex)
 */
public record Match(UUID personId, double score, List<String> agreeingFields) {
}
