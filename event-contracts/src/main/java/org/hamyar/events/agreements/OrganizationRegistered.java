package org.hamyar.events.agreements;

import java.util.UUID;

/** An organisation joined the network. Organisation names are public, not personal data. */
public record OrganizationRegistered(
        UUID organizationId,
        String type,
        String level,
        String provinceCode,
        String county,
        UUID parentOrganizationId,
        String nameFa,
        String nameEn) {
}
