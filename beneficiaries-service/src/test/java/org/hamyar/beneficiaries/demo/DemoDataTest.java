package org.hamyar.beneficiaries.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.hamyar.beneficiaries.household.HouseholdDetails;
import org.hamyar.standards.NationalCode;
import org.junit.jupiter.api.Test;

class DemoDataTest {

    @Test
    void demoHouseholdsAreRuralQazvinWithValidDistinctNationalCodes() {
        List<String> codes = new ArrayList<>();
        for (HouseholdDetails household : DemoData.households()) {
            assertThat(household.address().provinceCode).isEqualTo("26");
            assertThat(household.address().rural).isTrue();
            codes.add(household.head().nationalCode());
            household.members().forEach(m -> codes.add(m.person().nationalCode()));
        }
        assertThat(codes).allMatch(NationalCode::isValid).doesNotHaveDuplicates();
    }
}
