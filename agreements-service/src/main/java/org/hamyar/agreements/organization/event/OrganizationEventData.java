package org.hamyar.agreements.organization.event;

import org.hamyar.agreements.organization.Organization;
import org.hamyar.events.agreements.OrganizationRegistered;

/** The data of the organisation events. Organisation names are public, not personal data. */
public final class OrganizationEventData {

    private OrganizationEventData() {
    }

    public static OrganizationRegistered registered(Organization organization) {
        return new OrganizationRegistered(organization.id(), organization.type().name(), organization.level().name(),
                organization.provinceCode(), organization.county(), organization.parentId(), organization.nameFa(),
                organization.nameEn());
    }
}
