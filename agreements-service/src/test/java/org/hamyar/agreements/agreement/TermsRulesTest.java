package org.hamyar.agreements.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.hamyar.agreements.organization.OrganizationType;
import org.hamyar.api.validation.Violation;
import org.junit.jupiter.api.Test;

class TermsRulesTest {

    private static final UUID RELIEF = UUID.fromString("0a000000-0000-4000-8000-000000000005");
    private static final UUID RURAL = UUID.fromString("0a000000-0000-4000-8000-000000000006");
    private static final UUID STRANGER = UUID.randomUUID();
    private static final LocalDate SIGNED_ON = LocalDate.of(2018, 12, 17);

    private static Terms qazvin(List<Terms.Party> parties, LocalDate from, LocalDate to, List<String> provinces) {
        return new Terms("تفاهم‌نامه", parties,
                new Terms.Scope(provinces, List.of("تاکستان"), List.of(BeneficiaryCategory.RURAL_POOR),
                        List.of(AidCategory.FOOD_BASKET, AidCategory.RURAL_HOUSING_INSURANCE)),
                from, to, List.of("اجتناب از هم‌پوشانی"),
                List.of(new Terms.Commitment(null, RURAL, "همکاری در بیمه مسکن روستایی", LocalDate.of(2019, 6, 21),
                        new Terms.Target("خانوار روستایی بیمه‌شده", "خانوار", 900L))),
                new Terms.Committee(List.of(new Terms.Seats(RELIEF, 2), new Terms.Seats(RURAL, 2)), List.of()),
                RELIEF,
                new Terms.Coordination(true, List.of(new Terms.Rule(AidCategory.FOOD_BASKET, CoordinationMode.BLOCK))),
                List.of(new Terms.CalendarEntry(null, "جشن نیکوکاری", CalendarKind.FESTIVAL, LocalDate.of(2027, 3, 6),
                        LocalDate.of(2027, 3, 11), List.of("26"), null)));
    }

    private static List<Terms.Party> bothParties() {
        return List.of(new Terms.Party(RELIEF, "IMPLEMENTER"), new Terms.Party(RURAL, "IMPLEMENTER"));
    }

    private static List<Violation> check(Terms terms) {
        return TermsRules.check(terms, TermsRules.Context.forNewDraft(Set.of(RELIEF, RURAL)));
    }

    private static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }

    @Test
    void theQazvinAgreementIsValid() {
        assertThat(check(qazvin(bothParties(), SIGNED_ON, SIGNED_ON.plusYears(8), List.of("26")))).isEmpty();
    }

    @Test
    void everyBrokenRuleIsNamedNotOnlyTheFirst() {
        var terms = qazvin(List.of(new Terms.Party(RELIEF, "IMPLEMENTER"), new Terms.Party(RELIEF, "MONITOR"),
                        new Terms.Party(STRANGER, "X")),
                SIGNED_ON, SIGNED_ON.minusDays(1), List.of("26", "99"));

        assertThat(fields(check(terms))).containsExactlyInAnyOrder(
                "parties[1].organizationId",          // duplicate party
                "parties[2].organizationId",          // unknown organisation
                "effectiveTo",                        // end before start
                "scope.provinces[1]",                 // no province 99
                "commitments[0].organizationId",      // RURAL is not a party here
                "committee.seats[1].organizationId"); // nor may it sit on the committee
    }

    @Test
    void onePartyIsTooFew() {
        var terms = qazvin(List.of(new Terms.Party(RELIEF, "IMPLEMENTER")), SIGNED_ON, null, List.of());
        assertThat(check(terms)).extracting(Violation::field, Violation::key)
                .contains(org.assertj.core.groups.Tuple.tuple("parties", "agreement.parties.too-few"));
    }

    @Test
    void provinceCodesInPersianDigitsAreAccepted() {
        assertThat(check(qazvin(bothParties(), SIGNED_ON, null, List.of("۲۶")))).isEmpty();
        assertThat(TermsRules.canonicalProvinces(List.of("۲۶", "26", "IR-23"))).containsExactly("26", "23");
    }

    @Test
    void monitoringCommitteeAndCoordinationNameOnlyParties() {
        var base = qazvin(bothParties(), SIGNED_ON, null, List.of("26"));
        var terms = new Terms(base.title(), base.parties(), base.scope(), base.effectiveFrom(), base.effectiveTo(),
                base.objectives(), base.commitments(),
                new Terms.Committee(List.of(new Terms.Seats(STRANGER, 1), new Terms.Seats(RELIEF, 1), new Terms.Seats(RELIEF, 1)),
                        List.of(new Terms.NominationRule(null, RELIEF, RELIEF, 3, 1, OrganizationType.NGO, null),
                                new Terms.NominationRule(null, RURAL, RELIEF, 1, 2, null, null))),
                STRANGER,
                new Terms.Coordination(true, List.of(new Terms.Rule(AidCategory.HOUSING, CoordinationMode.WARN),
                        new Terms.Rule(AidCategory.FOOD_BASKET, CoordinationMode.BLOCK),
                        new Terms.Rule(AidCategory.FOOD_BASKET, CoordinationMode.WARN))),
                base.calendar());

        assertThat(check(terms)).extracting(Violation::field, Violation::key).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("monitoringOrganizationId", "agreement.not-a-party"),
                org.assertj.core.groups.Tuple.tuple("committee.seats[0].organizationId", "agreement.not-a-party"),
                org.assertj.core.groups.Tuple.tuple("committee.seats[2].organizationId", "agreement.committee.duplicate-seats"),
                org.assertj.core.groups.Tuple.tuple("committee.nominationRules[0].choosingOrganizationId", "agreement.committee.same-party"),
                org.assertj.core.groups.Tuple.tuple("committee.nominationRules[1].nominees", "agreement.committee.too-few-nominees"),
                org.assertj.core.groups.Tuple.tuple("coordination.rules[0].aidCategory", "agreement.coordination.outside-scope"),
                org.assertj.core.groups.Tuple.tuple("coordination.rules[2].aidCategory", "agreement.coordination.duplicate"));
    }

    @Test
    void calendarEntriesEndAfterTheyStartInRealProvinces() {
        var base = qazvin(bothParties(), SIGNED_ON, null, List.of("26"));
        var terms = new Terms(base.title(), base.parties(), base.scope(), base.effectiveFrom(), base.effectiveTo(),
                base.objectives(), base.commitments(), base.committee(), base.monitoringOrganizationId(), base.coordination(),
                List.of(new Terms.CalendarEntry(null, "جشن عاطفه‌ها", CalendarKind.FESTIVAL, LocalDate.of(2026, 9, 23),
                        LocalDate.of(2026, 9, 20), List.of("32"), null)));
        assertThat(fields(check(terms))).containsExactlyInAnyOrder("calendar[0].endDate", "calendar[0].provinces[0]");
    }

    @Test
    void idsOfEntriesMustBelongToThisAgreement() {
        UUID known = UUID.randomUUID();
        var base = qazvin(bothParties(), SIGNED_ON, null, List.of("26"));
        var commitment = base.commitments().getFirst();
        var terms = new Terms(base.title(), base.parties(), base.scope(), base.effectiveFrom(), base.effectiveTo(),
                base.objectives(),
                List.of(new Terms.Commitment(known, RURAL, "a", null, null), new Terms.Commitment(known, RURAL, "b", null, null),
                        new Terms.Commitment(UUID.randomUUID(), commitment.organizationId(), "c", null, null)),
                base.committee(), base.monitoringOrganizationId(), base.coordination(), base.calendar());
        var context = new TermsRules.Context(Set.of(RELIEF, RURAL), Set.of(known), Set.of(), Set.of(), null);

        assertThat(TermsRules.check(terms, context)).extracting(Violation::field, Violation::key).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("commitments[1].id", "agreement.entry.duplicate-id"),
                org.assertj.core.groups.Tuple.tuple("commitments[2].id", "agreement.entry.unknown-id"));
    }

    @Test
    void anAmendmentKeepsTheParties() {
        var terms = qazvin(bothParties(), SIGNED_ON, null, List.of("26"));
        var same = new TermsRules.Context(Set.of(RELIEF, RURAL), Set.of(), Set.of(), Set.of(), Set.of(RELIEF, RURAL));
        var other = new TermsRules.Context(Set.of(RELIEF, RURAL), Set.of(), Set.of(), Set.of(), Set.of(RELIEF, STRANGER));
        assertThat(TermsRules.check(terms, same)).isEmpty();
        assertThat(fields(TermsRules.check(terms, other))).containsExactly("parties");
    }

    @Test
    void controlAndDirectionOverrideCharactersAreRefusedInText() {
        var base = qazvin(bothParties(), SIGNED_ON, null, List.of("26"));
        var terms = new Terms("عنوان\u202Eمعکوس", base.parties(), base.scope(), base.effectiveFrom(), null,
                List.of("هدف\u0007"), base.commitments(), base.committee(), base.monitoringOrganizationId(),
                base.coordination(), base.calendar());
        assertThat(check(terms)).extracting(Violation::field, Violation::key).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("title", "text.control-characters"),
                org.assertj.core.groups.Tuple.tuple("objectives[0]", "text.control-characters"));
    }

    @Test
    void nullPartsAreLeftToTheShapeCheck() {
        var terms = new Terms(null, null, null, null, null, null, null, null, null, null, null);
        assertThat(check(terms)).isEmpty();
        assertThat(TermsRules.referencedOrganizations(terms)).isEmpty();
    }
}
