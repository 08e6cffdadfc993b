package org.hamyar.beneficiaries.person.event;

import org.hamyar.beneficiaries.person.Person;
import org.hamyar.events.beneficiaries.PersonRegistered;

/** The event of a new person: ids, hash and place only, never the name, code, phone or disability. */
public final class PersonEventMapper {

    private PersonEventMapper() {
    }

    public static PersonRegistered registered(Person p) {
        boolean hasAddress = p.address != null && p.address.provinceCode != null;
        return new PersonRegistered(p.id, p.personHash, p.registeredByOrganizationId,
                hasAddress ? p.address.provinceCode : null,
                hasAddress ? p.address.county : null,
                hasAddress ? p.address.rural : null,
                p.registeredAt);
    }
}
