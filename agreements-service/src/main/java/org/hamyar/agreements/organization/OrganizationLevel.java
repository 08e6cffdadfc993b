package org.hamyar.agreements.organization;

/** Where an organisation works: the whole country, one province, or one county (or city). */
public enum OrganizationLevel {
    NATIONAL, PROVINCE, COUNTY;

    /** A province or county organisation names its province; a national one may not. */
    public boolean needsProvince() {
        return this != NATIONAL;
    }
}
