package org.hamyar.beneficiaries.overlap;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hamyar.beneficiaries.coordination.CoordinationTerms;

/**
 * What happens to each overlap (docs/product.md §4): the same provider repeating itself is always blocked;
 * another provider is blocked when an ACTIVE agreement between the two covers the category and
 * the place with a blocking clause, and otherwise the aid is recorded with a warning. Whether the
 * granting organisation may learn who the other provider is and what it gave depends on data
 * sharing between them.
 */
public final class OverlapPolicy {

    private OverlapPolicy() {
    }

    /**
     * @param conflicting the overlaps {@link OverlapRules#conflicts} found
     * @param agreements  ACTIVE agreements the provider is a party to (others are ignored here)
     */
    public static OverlapAssessment assess(ProposedAid aid, Place place, List<RecordedAid> conflicting,
                                           Collection<CoordinationTerms> agreements) {
        UUID provider = aid.providerOrganizationId();
        String category = aid.category().name();
        List<Conflict> conflicts = conflicting.stream().map(recorded -> {
            UUID other = recorded.providerOrganizationId();
            if (provider.equals(other)) {
                return new Conflict(recorded, Conflict.Outcome.BLOCK, Conflict.Reason.SAME_PROVIDER, null, true);
            }
            boolean disclosed = agreements.stream().anyMatch(a -> a.sharesData(provider, other));
            Optional<CoordinationTerms> blocking = agreements.stream()
                    .filter(a -> a.blocks(category, provider, other, place.provinceCode(), place.county()))
                    .findFirst();
            return blocking
                    .map(a -> new Conflict(recorded, Conflict.Outcome.BLOCK, Conflict.Reason.AGREEMENT_BLOCKS,
                            a.agreementId(), disclosed))
                    .orElseGet(() -> new Conflict(recorded, Conflict.Outcome.WARN,
                            Conflict.Reason.NO_BLOCKING_AGREEMENT, null, disclosed));
        }).toList();
        return new OverlapAssessment(conflicts);
    }

    /** Where the aid is given: the household's province and county. */
    public record Place(String provinceCode, String county) {
    }
}
