package org.hamyar.agreements.organization;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.hamyar.api.validation.Violation;
import org.hamyar.api.validation.Violations;
import org.hamyar.standards.NationalId;
import org.hamyar.standards.Provinces;

/** What an organisation's details must satisfy beyond their shape. */
public final class OrganizationRules {

    private OrganizationRules() {
    }

    /**
     * @param self      the organisation being updated, null when registering
     * @param parentExists whether {@code parentOrganizationId} names an organisation
     * @param ancestorsOfParent the parent's ancestors (its parent, grandparent, …), to refuse cycles
     */
    public static List<Violation> check(OrganizationDetails details, UUID self, boolean parentExists,
                                        Set<UUID> ancestorsOfParent) {
        var violations = new Violations()
                .plainText("nameFa", details.nameFa())
                .plainText("nameEn", details.nameEn())
                .plainText("county", details.county());
        boolean hasProvince = details.provinceCode() != null && !details.provinceCode().isBlank();
        violations.when(hasProvince && !Provinces.isValidCode(details.provinceCode()),
                "provinceCode", "province.unknown", details.provinceCode());
        violations.when(!hasProvince && details.level() != null && details.level().needsProvince(),
                "provinceCode", "organization.province.required");
        violations.when(details.level() == OrganizationLevel.COUNTY
                        && (details.county() == null || details.county().isBlank()),
                "county", "organization.county.required");
        violations.when(details.nationalId() != null && !details.nationalId().isBlank()
                        && !NationalId.isValid(details.nationalId()),
                "nationalId", "organization.national-id.invalid");
        UUID parent = details.parentOrganizationId();
        if (parent != null) {
            if (!parentExists) {
                violations.add("parentOrganizationId", "organization.unknown");
            } else if (self != null && (parent.equals(self) || ancestorsOfParent.contains(self))) {
                violations.add("parentOrganizationId", "organization.parent.cycle");
            }
        }
        return violations.list();
    }
}
