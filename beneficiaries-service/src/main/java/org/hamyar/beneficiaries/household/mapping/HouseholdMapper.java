package org.hamyar.beneficiaries.household.mapping;

import java.util.List;

import org.hamyar.beneficiaries.household.HouseholdDetails;
import org.hamyar.beneficiaries.household.HouseholdView;
import org.hamyar.beneficiaries.household.rest.HouseholdRequest;
import org.hamyar.beneficiaries.household.rest.HouseholdResponse;
import org.hamyar.beneficiaries.person.mapping.PersonMapper;

public final class HouseholdMapper {

    private HouseholdMapper() {
    }

    public static HouseholdDetails details(HouseholdRequest r) {
        List<HouseholdDetails.Member> members = r.members() == null ? List.of() : r.members().stream()
                .map(m -> new HouseholdDetails.Member(PersonMapper.details(m.person()), m.relation()))
                .toList();
        return new HouseholdDetails(PersonMapper.details(r.head()), members, PersonMapper.address(r.address()),
                r.enrolmentCategory());
    }

    public static HouseholdResponse response(HouseholdView v) {
        return new HouseholdResponse(v.household().id, PersonMapper.response(v.head()),
                v.members().stream()
                        .map(m -> new HouseholdResponse.Member(m.relation(), PersonMapper.response(m.person())))
                        .toList(),
                PersonMapper.address(v.record().address), v.record().enrolmentCategory,
                v.record().organizationId(), v.record().registeredAt);
    }
}
