package org.hamyar.agreements.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hamyar.agreements.organization.OrganizationType;

/**
 * The text of an agreement as the parties write it: what a draft is created and edited with and
 * what an amendment replaces; every version of an agreement keeps one. It is the text as submitted,
 * before {@link TermsRules} (and the API's shape check) accepted it, so a part may be missing; an
 * absent list is an empty one.
 *
 * <p>Entries that have an identity of their own (commitments, nomination rules, calendar entries)
 * carry an optional {@code id}: given on an edit or an amendment, the entry keeps its identity,
 * and with it the progress reported on a commitment or the UID of a calendar entry.
 *
 * <p>The API's records are in {@code agreement.rest} ({@code TermsBody}), the stored JSON in
 * {@code agreement.mapping} ({@code StoredTerms}); each maps to and from this one.
 */
public record Terms(
        String title,
        List<Party> parties,
        Scope scope,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        List<String> objectives,
        List<Commitment> commitments,
        Committee committee,
        UUID monitoringOrganizationId,
        Coordination coordination,
        List<CalendarEntry> calendar) {

    public Terms {
        objectives = orEmpty(objectives);
        commitments = orEmpty(commitments);
        calendar = orEmpty(calendar);
        committee = committee == null ? new Committee(List.of(), List.of()) : committee;
        coordination = coordination == null ? new Coordination(false, List.of()) : coordination;
    }

    /**
     * A party and its role in the agreement, in the parties' words, and whether the agreement
     * entrusts it with assessing (grading) the NGOs in its scope (seed 003: the NGO headquarters).
     */
    public record Party(UUID organizationId, String role, boolean assessesNgos) {

        public Party(UUID organizationId, String role) {
            this(organizationId, role, false);
        }
    }

    /** Where and for whom the agreement applies; empty lists mean no restriction. */
    public record Scope(List<String> provinces, List<String> counties, List<BeneficiaryCategory> beneficiaryCategories,
                        List<AidCategory> aidCategories) {

        public Scope {
            provinces = orEmpty(provinces);
            counties = orEmpty(counties);
            beneficiaryCategories = orEmpty(beneficiaryCategories);
            aidCategories = orEmpty(aidCategories);
        }
    }

    /** What one party undertakes; {@code target} is absent for a commitment without a measurable one. */
    public record Commitment(UUID id, UUID organizationId, String text, LocalDate dueDate, Target target) {
    }

    /** A measurable target: the value to reach, in whole units. */
    public record Target(String indicator, String unit, Long value) {
    }

    /** The joint committee: seats per party and nomination rules (seed 003: 2 + 2 + 1). */
    public record Committee(List<Seats> seats, List<NominationRule> nominationRules) {

        public Committee {
            seats = orEmpty(seats);
            nominationRules = orEmpty(nominationRules);
        }
    }

    public record Seats(UUID organizationId, Integer seats) {
    }

    /**
     * One party nominates organisations for seats, another picks: "the HQ nominates three NGOs, the
     * deputy picks one". {@code nomineeType} is absent when nominees may be of any type.
     */
    public record NominationRule(UUID id, UUID nominatingOrganizationId, UUID choosingOrganizationId, Integer nominees,
                                 Integer seats, OrganizationType nomineeType, String description) {
    }

    /** For which aid categories the parties block or warn on overlapping aid, and whether they share beneficiary data. */
    public record Coordination(boolean dataSharing, List<Rule> rules) {

        public Coordination {
            rules = orEmpty(rules);
        }
    }

    public record Rule(AidCategory aidCategory, CoordinationMode mode) {
    }

    /**
     * An entry of the joint executive calendar: a festival, campaign or meeting. {@code endDate} is
     * the last day, absent for a one-day entry; {@code provinces} empty for the agreement's.
     */
    public record CalendarEntry(UUID id, String title, CalendarKind kind, LocalDate startDate, LocalDate endDate,
                                List<String> provinces, String description) {

        public CalendarEntry {
            provinces = orEmpty(provinces);
        }

        public LocalDate lastDay() {
            return endDate == null ? startDate : endDate;
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
