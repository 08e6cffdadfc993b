package org.hamyar.agreements.organization;

import java.util.UUID;

import org.hamyar.standards.Province;

/**
 * What a list of organisations is filtered by; null means any.
 *
 * @param text searched in both names after Persian normalisation
 */
public record OrganizationFilter(OrganizationType type, OrganizationLevel level, Province province, String county,
                                 UUID parent, String text) {
}
