package org.hamyar.gateway.routing;

/** The services behind the gateway, by the name they are known by in problems, metrics and logs. */
public enum DownstreamService {
    AGREEMENTS("agreements-service"),
    BENEFICIARIES("beneficiaries-service"),
    DONORS("donors-service");

    private final String serviceName;

    DownstreamService(String serviceName) {
        this.serviceName = serviceName;
    }

    /** {@code agreements-service}, {@code beneficiaries-service}, {@code donors-service}. */
    public String serviceName() {
        return serviceName;
    }
}
