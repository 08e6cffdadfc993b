package org.hamyar.beneficiaries.household.event;

import org.hamyar.beneficiaries.household.EnrolmentCategory;
import org.hamyar.beneficiaries.household.Household;
import org.hamyar.beneficiaries.person.Person;
import org.hamyar.events.beneficiaries.HouseholdRegistered;

/** The event of a new household: ids, hash, size and place only. */
public final class HouseholdEventMapper {

    private HouseholdEventMapper() {
    }

    public static HouseholdRegistered registered(Household h, Person head, int memberCount, EnrolmentCategory category) {
        return new HouseholdRegistered(h.id, head.id, head.personHash, memberCount, h.registeredByOrganizationId,
                category == null ? null : category.name(), h.address.provinceCode, h.address.county,
                Boolean.TRUE.equals(h.address.rural), h.registeredAt);
    }
}
