package org.hamyar.beneficiaries.referral;

import java.util.Set;

/**
 * What the parties may do to a referral, and from which states (docs/product.md §4): the receiver
 * accepts or declines a SENT referral and completes an ACCEPTED one; the sender revokes one that is
 * SENT or ACCEPTED. Plain Java: the one place the lifecycle is decided.
 */
public enum ReferralAction {
    ACCEPT(Party.RECEIVER, Set.of(ReferralStatus.SENT), ReferralStatus.ACCEPTED),
    DECLINE(Party.RECEIVER, Set.of(ReferralStatus.SENT), ReferralStatus.DECLINED),
    COMPLETE(Party.RECEIVER, Set.of(ReferralStatus.ACCEPTED), ReferralStatus.COMPLETED),
    REVOKE(Party.SENDER, Set.of(ReferralStatus.SENT, ReferralStatus.ACCEPTED), ReferralStatus.REVOKED);

    /** Which side of a referral acts. */
    public enum Party {
        SENDER,
        RECEIVER
    }

    private final Party party;
    private final Set<ReferralStatus> from;
    private final ReferralStatus to;

    ReferralAction(Party party, Set<ReferralStatus> from, ReferralStatus to) {
        this.party = party;
        this.from = from;
        this.to = to;
    }

    /** The side that may take this action; the other side and third organisations are answered 404. */
    public Party party() {
        return party;
    }

    /** Whether the action applies to a referral in this state (otherwise 409). */
    public boolean appliesTo(ReferralStatus status) {
        return from.contains(status);
    }

    public ReferralStatus result() {
        return to;
    }
}
