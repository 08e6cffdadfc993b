package org.hamyar.agreements.agreement.rest;

import java.util.List;
import java.util.function.Function;

import org.hamyar.agreements.agreement.Terms;

/**
 * The API's {@link TermsBody} and the domain's {@link Terms}, field by field. A body is mapped
 * before the rules have seen it, so any part may be null; null stays null (the shape check and the
 * rules report it), and an absent list is an empty one in the domain.
 */
public final class TermsMapper {

    private TermsMapper() {
    }

    public static Terms toDomain(TermsBody body) {
        return new Terms(body.title(), each(body.parties(), TermsMapper::partyTerm), scopeTerm(body.scope()),
                body.effectiveFrom(), body.effectiveTo(), body.objectives(),
                each(body.commitments(), TermsMapper::commitmentTerm), committeeTerm(body.committee()),
                body.monitoringOrganizationId(), coordinationTerm(body.coordination()),
                each(body.calendar(), TermsMapper::calendarEntryTerm));
    }

    public static TermsBody toBody(Terms terms) {
        return new TermsBody(terms.title(), each(terms.parties(), p -> new TermsBody.Party(p.organizationId(), p.role(), p.assessesNgos())),
                scopeBody(terms.scope()), terms.effectiveFrom(), terms.effectiveTo(), terms.objectives(),
                each(terms.commitments(), TermsMapper::commitmentBody), committeeBody(terms.committee()),
                terms.monitoringOrganizationId(), coordinationBody(terms.coordination()),
                each(terms.calendar(), TermsMapper::calendarEntryBody));
    }

    private static TermsBody.Scope scopeBody(Terms.Scope scope) {
        return scope == null ? null : new TermsBody.Scope(scope.provinces(), scope.counties(),
                scope.beneficiaryCategories(), scope.aidCategories());
    }

    private static TermsBody.Commitment commitmentBody(Terms.Commitment commitment) {
        return new TermsBody.Commitment(commitment.id(), commitment.organizationId(), commitment.text(),
                commitment.dueDate(), target(commitment.target()));
    }

    /** A commitment's target as the API shows it; null for a commitment without one. */
    public static TermsBody.Target target(Terms.Target target) {
        return target == null ? null : new TermsBody.Target(target.indicator(), target.unit(), target.value());
    }

    private static TermsBody.Committee committeeBody(Terms.Committee committee) {
        return new TermsBody.Committee(
                each(committee.seats(), s -> new TermsBody.Seats(s.organizationId(), s.seats())),
                each(committee.nominationRules(), r -> new TermsBody.NominationRule(r.id(), r.nominatingOrganizationId(),
                        r.choosingOrganizationId(), r.nominees(), r.seats(), r.nomineeType(), r.description())));
    }

    private static TermsBody.Coordination coordinationBody(Terms.Coordination coordination) {
        return new TermsBody.Coordination(coordination.dataSharing(),
                each(coordination.rules(), r -> new TermsBody.Rule(r.aidCategory(), r.mode())));
    }

    private static TermsBody.CalendarEntry calendarEntryBody(Terms.CalendarEntry entry) {
        return new TermsBody.CalendarEntry(entry.id(), entry.title(), entry.kind(), entry.startDate(), entry.endDate(),
                entry.provinces(), entry.description());
    }

    private static Terms.Party partyTerm(TermsBody.Party party) {
        return new Terms.Party(party.organizationId(), party.role(), Boolean.TRUE.equals(party.assessesNgos()));
    }

    private static Terms.Scope scopeTerm(TermsBody.Scope scope) {
        return scope == null ? null : new Terms.Scope(scope.provinces(), scope.counties(), scope.beneficiaryCategories(),
                scope.aidCategories());
    }

    private static Terms.Commitment commitmentTerm(TermsBody.Commitment commitment) {
        TermsBody.Target target = commitment.target();
        return new Terms.Commitment(commitment.id(), commitment.organizationId(), commitment.text(), commitment.dueDate(),
                target == null ? null : new Terms.Target(target.indicator(), target.unit(), target.value()));
    }

    private static Terms.Committee committeeTerm(TermsBody.Committee committee) {
        return committee == null ? null : new Terms.Committee(
                each(committee.seats(), s -> new Terms.Seats(s.organizationId(), s.seats())),
                each(committee.nominationRules(), r -> new Terms.NominationRule(r.id(), r.nominatingOrganizationId(),
                        r.choosingOrganizationId(), r.nominees(), r.seats(), r.nomineeType(), r.description())));
    }

    private static Terms.Coordination coordinationTerm(TermsBody.Coordination coordination) {
        return coordination == null ? null : new Terms.Coordination(Boolean.TRUE.equals(coordination.dataSharing()),
                each(coordination.rules(), r -> new Terms.Rule(r.aidCategory(), r.mode())));
    }

    private static Terms.CalendarEntry calendarEntryTerm(TermsBody.CalendarEntry entry) {
        return new Terms.CalendarEntry(entry.id(), entry.title(), entry.kind(), entry.startDate(), entry.endDate(),
                entry.provinces(), entry.description());
    }

    /** Maps every element; a null list stays null and a null element stays null (the shape check names it). */
    private static <A, B> List<B> each(List<A> items, Function<A, B> mapper) {
        return items == null ? null : items.stream().map(item -> item == null ? null : mapper.apply(item)).toList();
    }
}
