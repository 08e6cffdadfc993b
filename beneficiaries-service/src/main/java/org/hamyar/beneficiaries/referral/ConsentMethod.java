package org.hamyar.beneficiaries.referral;

/** How the person's consent to share their record with the receiver was recorded. */
public enum ConsentMethod {
    /** a consent form the person signed */
    SIGNED_FORM,
    /** a consent form the person marked with a thumbprint (common where people do not write) */
    THUMBPRINT,
    /** said aloud before a witness, who is named in the sender's own file */
    VERBAL_WITNESSED,
    /** given in an electronic form or message the sender keeps */
    ELECTRONIC
}
