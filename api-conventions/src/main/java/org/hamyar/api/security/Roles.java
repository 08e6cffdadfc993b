package org.hamyar.api.security;

/** The realm roles of Keycloak realm {@code hamyar}, for {@code @RolesAllowed} and {@link Caller#hasRole}. */
public final class Roles {

    /** Registers persons and households, records aid, for one organisation. */
    public static final String OFFICER = "officer";
    /** Manages an organisation's agreements, programmes and referrals. */
    public static final String COORDINATOR = "coordinator";
    /** A donor following their donations and endowments. */
    public static final String DONOR = "donor";
    /** Reads across organisations for monitoring; changes nothing. */
    public static final String AUDITOR = "auditor";
    /** Administers the network. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
