package org.hamyar.agreements.committee;

import java.util.List;
import java.util.UUID;

/**
 * The nominating party's organisations for a seat filled through a rule; {@code ruleId} may be null
 * when the party nominates under one rule only.
 */
public record NominationProposal(UUID ruleId, List<UUID> nominees) {
}
