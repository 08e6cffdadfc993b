package org.hamyar.beneficiaries.overlap;

import java.util.UUID;

/**
 * One overlap between a proposed aid and a recorded one, and what the network's rules make of it.
 *
 * @param agreementId the agreement whose blocking clause applies, for {@link Reason#AGREEMENT_BLOCKS}
 * @param disclosed   the granting organisation may see the other provider and its aid (it is its
 *                    own aid, or an active agreement with data sharing joins the two); otherwise it
 *                    learns only that another agency in the network gave it
 */
public record Conflict(RecordedAid recorded, Outcome outcome, Reason reason, UUID agreementId, boolean disclosed) {

    public enum Outcome {
        /** the aid is refused (409) */
        BLOCK,
        /** the aid is recorded with a warning and an {@code OverlapDetected} event */
        WARN
    }

    public enum Reason {
        SAME_PROVIDER,
        AGREEMENT_BLOCKS,
        NO_BLOCKING_AGREEMENT
    }

    public boolean blocks() {
        return outcome == Outcome.BLOCK;
    }
}
