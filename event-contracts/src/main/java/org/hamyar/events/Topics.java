package org.hamyar.events;

/** The Kafka topics of the network; each service publishes to its own and reads the others'. */
public final class Topics {
    public static final String AGREEMENTS = "agreements.events";
    public static final String BENEFICIARIES = "beneficiaries.events";
    public static final String DONORS = "donors.events";

    private Topics() {
    }
}
