package org.hamyar.donors.ledger;

/**
 * The movements of a fund, each one balanced journal entry:
 * <pre>
 * DONATION     Dr CASH       Cr AVAILABLE   money received (a donation, a paid pledge, endowment income)
 * RESERVATION  Dr AVAILABLE  Cr RESERVED    an allocation reserved
 * COMMITMENT   Dr RESERVED   Cr DISBURSED   aid granted against the allocation
 * RELEASE      Dr RESERVED or DISBURSED, Cr AVAILABLE   the reservation expired or the aid was revoked
 * </pre>
 */
public enum EntryKind {
    DONATION, RESERVATION, COMMITMENT, RELEASE
}
