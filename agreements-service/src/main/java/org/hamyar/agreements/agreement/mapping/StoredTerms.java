package org.hamyar.agreements.agreement.mapping;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.hamyar.agreements.agreement.AidCategory;
import org.hamyar.agreements.agreement.BeneficiaryCategory;
import org.hamyar.agreements.agreement.CalendarKind;
import org.hamyar.agreements.agreement.CoordinationMode;
import org.hamyar.agreements.agreement.Terms;
import org.hamyar.agreements.organization.OrganizationType;

/**
 * The stored form of a version's text, the JSON in {@code agreement_version.terms}. Its field names
 * are the stored documents' and change only with a migration of them; the API's records and the
 * domain's {@link Terms} may change without touching what is stored. Only texts that passed the
 * rules are stored, so nothing here is null that the rules require.
 */
record StoredTerms(String title, List<Party> parties, Scope scope, LocalDate effectiveFrom, LocalDate effectiveTo,
                   List<String> objectives, List<Commitment> commitments, Committee committee,
                   UUID monitoringOrganizationId, Coordination coordination, List<CalendarEntry> calendar) {

    /** {@code assessesNgos} is false in a version stored before it existed. */
    record Party(UUID organizationId, String role, boolean assessesNgos) {
    }

    record Scope(List<String> provinces, List<String> counties, List<BeneficiaryCategory> beneficiaryCategories,
                 List<AidCategory> aidCategories) {
    }

    record Commitment(UUID id, UUID organizationId, String text, LocalDate dueDate, Target target) {
    }

    record Target(String indicator, String unit, Long value) {
    }

    record Committee(List<Seats> seats, List<NominationRule> nominationRules) {
    }

    record Seats(UUID organizationId, Integer seats) {
    }

    record NominationRule(UUID id, UUID nominatingOrganizationId, UUID choosingOrganizationId, Integer nominees,
                          Integer seats, OrganizationType nomineeType, String description) {
    }

    record Coordination(Boolean dataSharing, List<Rule> rules) {
    }

    record Rule(AidCategory aidCategory, CoordinationMode mode) {
    }

    record CalendarEntry(UUID id, String title, CalendarKind kind, LocalDate startDate, LocalDate endDate,
                         List<String> provinces, String description) {
    }

    static StoredTerms of(Terms terms) {
        Terms.Scope scope = terms.scope();
        Terms.Committee committee = terms.committee();
        return new StoredTerms(terms.title(),
                each(terms.parties(), p -> new Party(p.organizationId(), p.role(), p.assessesNgos())),
                new Scope(scope.provinces(), scope.counties(), scope.beneficiaryCategories(), scope.aidCategories()),
                terms.effectiveFrom(), terms.effectiveTo(), terms.objectives(),
                each(terms.commitments(), c -> new Commitment(c.id(), c.organizationId(), c.text(), c.dueDate(),
                        c.target() == null ? null
                                : new Target(c.target().indicator(), c.target().unit(), c.target().value()))),
                new Committee(each(committee.seats(), s -> new Seats(s.organizationId(), s.seats())),
                        each(committee.nominationRules(), r -> new NominationRule(r.id(), r.nominatingOrganizationId(),
                                r.choosingOrganizationId(), r.nominees(), r.seats(), r.nomineeType(), r.description()))),
                terms.monitoringOrganizationId(),
                new Coordination(terms.coordination().dataSharing(),
                        each(terms.coordination().rules(), r -> new Rule(r.aidCategory(), r.mode()))),
                each(terms.calendar(), e -> new CalendarEntry(e.id(), e.title(), e.kind(), e.startDate(), e.endDate(),
                        e.provinces(), e.description())));
    }

    /** The domain's text; a list or part a version stored before it existed reads as empty. */
    Terms toTerms() {
        return new Terms(title, each(parties, p -> new Terms.Party(p.organizationId(), p.role(), p.assessesNgos())),
                scope == null ? null : new Terms.Scope(scope.provinces(), scope.counties(), scope.beneficiaryCategories(),
                        scope.aidCategories()),
                effectiveFrom, effectiveTo, objectives,
                each(commitments, c -> new Terms.Commitment(c.id(), c.organizationId(), c.text(), c.dueDate(),
                        c.target() == null ? null
                                : new Terms.Target(c.target().indicator(), c.target().unit(), c.target().value()))),
                committee == null ? null : new Terms.Committee(
                        each(committee.seats(), s -> new Terms.Seats(s.organizationId(), s.seats())),
                        each(committee.nominationRules(), r -> new Terms.NominationRule(r.id(),
                                r.nominatingOrganizationId(), r.choosingOrganizationId(), r.nominees(), r.seats(),
                                r.nomineeType(), r.description()))),
                monitoringOrganizationId,
                coordination == null ? null : new Terms.Coordination(Boolean.TRUE.equals(coordination.dataSharing()),
                        each(coordination.rules(), r -> new Terms.Rule(r.aidCategory(), r.mode()))),
                each(calendar, e -> new Terms.CalendarEntry(e.id(), e.title(), e.kind(), e.startDate(), e.endDate(),
                        e.provinces(), e.description())));
    }

    private static <A, B> List<B> each(List<A> items, Function<A, B> mapper) {
        return items == null ? null : items.stream().map(mapper).toList();
    }
}
