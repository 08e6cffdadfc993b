package org.hamyar.agreements.organization;

import java.util.UUID;

/**
 * What an admin registers or updates about an organisation, as submitted: {@link OrganizationRules}
 * and the API's shape check decide whether it is acceptable.
 *
 * @param provinceCode a two-digit province code in any digit script; required below national level
 * @param county       the county (shahrestan) or city; required at county level
 * @param nationalId   the legal-entity national id (shenase-ye melli), any digit script; absent when it has none
 */
public record OrganizationDetails(String nameFa, String nameEn, OrganizationType type, OrganizationLevel level,
                                  String provinceCode, String county, UUID parentOrganizationId, String nationalId) {
}
