package org.hamyar.donors.donation;

/** RECEIVED: in hand; PLEDGED: promised, no money yet; PAID: a pledge paid. */
public enum DonationStatus {
    RECEIVED, PLEDGED, PAID
}
