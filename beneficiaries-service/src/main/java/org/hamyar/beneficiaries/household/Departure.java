package org.hamyar.beneficiaries.household;

/** Why a person leaves a household for none (joining another household is a move: POST its members). */
public enum Departure {
    LEFT,
    DIED;

    public Membership.End end() {
        return this == LEFT ? Membership.End.LEFT : Membership.End.DIED;
    }
}
