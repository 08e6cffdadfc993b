package org.hamyar.agreements.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.hamyar.api.validation.Violation;
import org.junit.jupiter.api.Test;

class OrganizationRulesTest {

    private static OrganizationDetails details(OrganizationLevel level, String province, String county, String nationalId,
                                               UUID parent) {
        return new OrganizationDetails("کمیته امداد امام خمینی (ره) استان قزوین", "Relief Committee, Qazvin",
                OrganizationType.RELIEF_COMMITTEE, level, province, county, parent, nationalId);
    }

    private static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }

    @Test
    void aProvincialOrganisationWithAValidNationalIdIsValid() {
        assertThat(OrganizationRules.check(details(OrganizationLevel.PROVINCE, "26", null, "10380284790", null),
                null, false, Set.of())).isEmpty();
        assertThat(OrganizationRules.check(details(OrganizationLevel.PROVINCE, "۲۶", null, "۱۰۳۸۰۲۸۴۷۹۰", null),
                null, false, Set.of())).as("Persian digits").isEmpty();
    }

    @Test
    void aNationalOrganisationNeedsNoProvince() {
        assertThat(OrganizationRules.check(details(OrganizationLevel.NATIONAL, null, null, null, null),
                null, false, Set.of())).isEmpty();
    }

    @Test
    void everyBrokenRuleIsNamed() {
        var violations = OrganizationRules.check(details(OrganizationLevel.COUNTY, "32", " ", "10380284792", UUID.randomUUID()),
                null, false, Set.of());
        assertThat(fields(violations)).containsExactlyInAnyOrder("provinceCode", "county", "nationalId", "parentOrganizationId");
    }

    @Test
    void belowNationalLevelTheProvinceIsRequired() {
        assertThat(OrganizationRules.check(details(OrganizationLevel.PROVINCE, null, null, null, null), null, false, Set.of()))
                .extracting(Violation::key).containsExactly("organization.province.required");
    }

    @Test
    void anOrganisationCannotBeItsOwnAncestor() {
        UUID self = UUID.randomUUID();
        UUID child = UUID.randomUUID();
        assertThat(OrganizationRules.check(details(OrganizationLevel.PROVINCE, "26", null, null, self), self, true, Set.of()))
                .extracting(Violation::key).containsExactly("organization.parent.cycle");
        assertThat(OrganizationRules.check(details(OrganizationLevel.PROVINCE, "26", null, null, child), self, true, Set.of(self)))
                .extracting(Violation::key).containsExactly("organization.parent.cycle");
        assertThat(OrganizationRules.check(details(OrganizationLevel.PROVINCE, "26", null, null, child), self, true, Set.of()))
                .isEmpty();
    }
}
