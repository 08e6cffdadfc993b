package org.hamyar.agreements.committee.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.agreements.committee.Decision;
import org.hamyar.agreements.committee.Nomination;
import org.hamyar.agreements.organization.OrganizationType;

/** The joint committee of an agreement: its seats and how they are filled. */
@Schema(name = "Committee")
public record CommitteeView(UUID agreementId, int totalSeats, int filledSeats, List<SeatsView> seats,
                            List<RuleView> nominationRules, List<MemberView> members, List<NominationView> nominations) {

    @Schema(name = "CommitteePartySeats")
    public record SeatsView(UUID organizationId, int seats, int filled) {
    }

    @Schema(name = "CommitteeNominationRule")
    public record RuleView(UUID id, UUID nominatingOrganizationId, UUID choosingOrganizationId, int nominees, int seats,
                           int filled, OrganizationType nomineeType, String description) {
    }

    @Schema(name = "CommitteeMember")
    public record MemberView(UUID id, UUID organizationId,
                             @Schema(description = "The party whose seat this is, for a party's representative") UUID seatOfOrganizationId,
                             @Schema(description = "The rule the seat was filled under, for a chosen nominee") UUID ruleId,
                             UUID nominationId, String personName, String personTitle, LocalDate appointedOn) {
    }

    @Schema(name = "CommitteeNomination")
    public record NominationView(UUID id, UUID ruleId, List<UUID> nomineeOrganizationIds, Nomination.Status status,
                                 UUID nominatedByOrganizationId, Instant nominatedAt, UUID selectedOrganizationId,
                                 Instant selectedAt) {
    }

    @Schema(name = "CommitteeDecision")
    public record DecisionView(UUID id, UUID agreementId, String subject, String text, Decision.Kind kind, LocalDate decidedOn,
                               UUID recordedByOrganizationId, Instant recordedAt) {
    }
}
