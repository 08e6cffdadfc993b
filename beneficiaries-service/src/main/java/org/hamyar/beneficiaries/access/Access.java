package org.hamyar.beneficiaries.access;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import org.hamyar.api.security.Actor;

/**
 * How an organisation may see a person's or household's record (docs/product.md §2): because it
 * registered (serves) them, because an ACTIVE agreement with data sharing joins it to one that does,
 * because it accepted a referral of them (and the sender has not revoked it), because it audits
 * the network, or not at all, in which case the record does not exist for it
 * (404). An admin role opens no family's record: an admin sees one only as staff of an
 * organisation that may.
 */
public enum Access {
    REGISTRANT,
    DATA_SHARING,
    REFERRAL,
    NETWORK_AUDIT,
    NONE;

    /**
     * @param registrants         the organisations that registered the record
     * @param dataSharingPartners the organisations an active data-sharing agreement joins the reader to
     */
    public static Access of(Actor reader, Collection<UUID> registrants, Set<UUID> dataSharingPartners) {
        return of(reader, registrants, dataSharingPartners, Set.of());
    }

    /**
     * @param referrers the organisations whose ACCEPTED referral of this record to the reader's
     *                  organisation lets it see their version
     */
    public static Access of(Actor reader, Collection<UUID> registrants, Set<UUID> dataSharingPartners,
                            Set<UUID> referrers) {
        if (registrants.stream().anyMatch(reader::belongsTo)) {
            return REGISTRANT;
        }
        if (registrants.stream().anyMatch(dataSharingPartners::contains)) {
            return DATA_SHARING;
        }
        if (registrants.stream().anyMatch(referrers::contains)) {
            return REFERRAL;
        }
        return reader.auditsNetwork() ? NETWORK_AUDIT : NONE;
    }

    public boolean granted() {
        return this != NONE;
    }

    /** Reads by anyone but a registrant go to the read log the registrants can list. */
    public boolean logged() {
        return this == DATA_SHARING || this == REFERRAL || this == NETWORK_AUDIT;
    }
}
