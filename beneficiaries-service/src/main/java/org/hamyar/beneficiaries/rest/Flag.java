package org.hamyar.beneficiaries.rest;

/**
 * A yes/no query parameter ({@code rural=true}), read by api-conventions' enum converter: any letter
 * case, and anything else is a 400 {@code invalid-parameter} naming it (JAX-RS alone would read
 * {@code rural=yes} as false).
 */
public enum Flag {
    TRUE,
    FALSE;

    /** null when the parameter is absent. */
    public static Boolean value(Flag flag) {
        return flag == null ? null : flag == TRUE;
    }
}
