package org.hamyar.agreements.organization;

/** The kinds of organisation in the network (docs/product.md §3). */
public enum OrganizationType {
    WELFARE, RELIEF_COMMITTEE, ENDOWMENTS, MUNICIPALITY, RURAL_AFFAIRS, NGO, DONOR_ASSEMBLY, MINISTRY, OTHER
}
