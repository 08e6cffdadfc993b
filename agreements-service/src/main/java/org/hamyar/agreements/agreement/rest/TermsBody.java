package org.hamyar.agreements.agreement.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.agreements.agreement.AidCategory;
import org.hamyar.agreements.agreement.BeneficiaryCategory;
import org.hamyar.agreements.agreement.CalendarKind;
import org.hamyar.agreements.agreement.CoordinationMode;
import org.hamyar.agreements.organization.OrganizationType;

/**
 * The text of an agreement as it travels in the API: the body a draft is created and edited with,
 * the {@code terms} of an amendment, and the parts of an agreement and of a version in a response.
 * Bean Validation checks its shape; {@link TermsMapper} turns it into the domain's
 * {@link org.hamyar.agreements.agreement.Terms} and back.
 *
 * <p>Entries that have an identity of their own (commitments, nomination rules, calendar entries)
 * carry an optional {@code id}: given on an edit or an amendment, the entry keeps its identity,
 * and with it the progress reported on a commitment or the UID of a calendar entry.
 */
@Schema(name = "AgreementTerms", description = "The text of an agreement: what a draft is created and edited with, and what an amendment replaces.")
public record TermsBody(
        @Schema(example = "تفاهم‌نامه همکاری کمیته امداد امام خمینی (ره) و دفتر امور روستایی و شوراهای استانداری قزوین")
        @NotBlank @Size(max = 500) String title,
        @Schema(description = "Two or more distinct organisations.")
        @NotNull @Size(max = 20) List<@NotNull @Valid Party> parties,
        @NotNull @Valid Scope scope,
        @Schema(description = "First day in force (ISO or Jalali in requests).", example = "2018-12-17")
        @NotNull LocalDate effectiveFrom,
        @Schema(description = "Last day in force; absent for an agreement without end date. Not before effectiveFrom.", example = "2027-03-20")
        LocalDate effectiveTo,
        @Size(max = 100) List<@NotBlank @Size(max = 2000) String> objectives,
        @Size(max = 300) List<@NotNull @Valid Commitment> commitments,
        @Valid Committee committee,
        @Schema(description = "The party responsible for monitoring and evaluation (seed 002: the Relief Committee).")
        UUID monitoringOrganizationId,
        @Valid Coordination coordination,
        @Size(max = 300) List<@NotNull @Valid CalendarEntry> calendar) {

    @Schema(name = "AgreementPartyTerm")
    public record Party(
            @NotNull UUID organizationId,
            @Schema(description = "The party's role in the agreement, in the parties' words.", example = "IMPLEMENTER")
            @NotBlank @Size(max = 100) String role,
            @Schema(description = "Whether the agreement entrusts this party with assessing the NGOs in its scope "
                    + "(only such a party of an ACTIVE agreement, or an admin, may grade an NGO); false when absent")
            Boolean assessesNgos) {

        public Party(UUID organizationId, String role) {
            this(organizationId, role, null);
        }
    }

    @Schema(name = "AgreementScope", description = "Where and for whom the agreement applies; empty lists mean no restriction.")
    public record Scope(
            @Schema(description = "Two-digit province codes (any digit script).", example = "[\"26\"]")
            @Size(max = 31) List<@NotBlank String> provinces,
            @Size(max = 500) List<@NotBlank @Size(max = 200) String> counties,
            List<@NotNull BeneficiaryCategory> beneficiaryCategories,
            List<@NotNull AidCategory> aidCategories) {
    }

    @Schema(name = "CommitmentTerm", description = "What one party undertakes.")
    public record Commitment(
            @Schema(description = "Given when editing or amending, to keep this commitment's identity and progress.")
            UUID id,
            @Schema(description = "The committed party.") @NotNull UUID organizationId,
            @NotBlank @Size(max = 4000) String text,
            LocalDate dueDate,
            @Valid Target target) {
    }

    @Schema(name = "CommitmentTarget", description = "A measurable target: the value to reach, in whole units.")
    public record Target(
            @Schema(example = "خانوار روستایی بیمه‌شده") @NotBlank @Size(max = 300) String indicator,
            @Schema(example = "خانوار") @NotBlank @Size(max = 100) String unit,
            @Schema(example = "900") @NotNull @Positive @Max(1_000_000_000_000L) Long value) {
    }

    @Schema(name = "CommitteeTerms", description = "The joint committee: seats per party and nomination rules (seed 003: 2 + 2 + 1).")
    public record Committee(
            @Size(max = 20) List<@NotNull @Valid Seats> seats,
            @Size(max = 20) List<@NotNull @Valid NominationRule> nominationRules) {
    }

    @Schema(name = "CommitteeSeats")
    public record Seats(@NotNull UUID organizationId, @NotNull @Positive @Max(50) Integer seats) {
    }

    @Schema(name = "NominationRule",
            description = "One party nominates organisations for seats, another picks: \"the HQ nominates three NGOs, the deputy picks one\".")
    public record NominationRule(
            UUID id,
            @NotNull UUID nominatingOrganizationId,
            @NotNull UUID choosingOrganizationId,
            @Schema(description = "How many organisations each nomination names.", example = "3")
            @NotNull @Positive @Max(50) Integer nominees,
            @Schema(description = "How many seats the chosen organisations fill.", example = "1")
            @NotNull @Positive @Max(50) Integer seats,
            @Schema(description = "The type nominees must have, e.g. NGO; absent for any.")
            OrganizationType nomineeType,
            @Size(max = 2000) String description) {
    }

    @Schema(name = "CoordinationClause", description = "For which aid categories the parties block or warn on overlapping aid, and whether they share beneficiary data.")
    public record Coordination(
            @Schema(description = "Whether the parties share beneficiary data.") Boolean dataSharing,
            @Size(max = 20) List<@NotNull @Valid Rule> rules) {
    }

    @Schema(name = "CoordinationRuleTerm")
    public record Rule(@NotNull AidCategory aidCategory, @NotNull CoordinationMode mode) {
    }

    @Schema(name = "CalendarEntryTerm", description = "An entry of the joint executive calendar: a festival, campaign or meeting.")
    public record CalendarEntry(
            UUID id,
            @Schema(example = "جشن نیکوکاری") @NotBlank @Size(max = 300) String title,
            @NotNull CalendarKind kind,
            @Schema(example = "1405-12-15") @NotNull LocalDate startDate,
            @Schema(description = "Last day, inclusive; absent for a one-day entry.") LocalDate endDate,
            @Schema(description = "Province codes; absent for the agreement's provinces.") @Size(max = 31) List<@NotBlank String> provinces,
            @Size(max = 2000) String description) {
    }
}
