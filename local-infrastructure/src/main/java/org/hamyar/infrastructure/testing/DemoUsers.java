package org.hamyar.infrastructure.testing;

import java.util.List;
import java.util.UUID;

/**
 * The demo users of the realm {@code hamyar} (docs/architecture.md) and the fixed ids of the demo
 * organisations, so tests and the agreements-service's demo data agree with the realm.
 */
public final class DemoUsers {

    /** LOCAL DEMO VALUE: the password of every demo user; never used outside a laptop. */
    public static final String PASSWORD = "hamyar-demo";

    public static final UUID ORG_WELFARE_HORMOZGAN = organization(1);
    public static final UUID ORG_ENDOWMENTS_HORMOZGAN = organization(2);
    public static final UUID ORG_MINISTRY_OF_INTERIOR = organization(3);
    public static final UUID ORG_DONORS_ASSEMBLY = organization(4);
    public static final UUID ORG_RELIEF_COMMITTEE_QAZVIN = organization(5);
    public static final UUID ORG_RURAL_AFFAIRS_QAZVIN = organization(6);
    public static final UUID ORG_TEHRAN_NGO_HQ = organization(7);
    public static final UUID ORG_TEHRAN_MUNICIPALITY = organization(8);
    public static final UUID ORG_WELFARE_QAZVIN = organization(9);
    public static final UUID ORG_SECRETARIAT = organization(10);

    public static final String ADMIN = "admin";
    public static final String ADMIN_MINISTRY = "admin.ministry";
    public static final String AUDITOR = "auditor";
    public static final String AUDITOR_MINISTRY = "auditor.ministry";
    public static final String COORDINATOR_QAZVIN_RELIEF = "coordinator.qazvin-relief";
    public static final String OFFICER_QAZVIN_RELIEF = "officer.qazvin-relief";
    public static final String COORDINATOR_QAZVIN_RURAL = "coordinator.qazvin-rural";
    public static final String OFFICER_QAZVIN_RURAL = "officer.qazvin-rural";
    public static final String COORDINATOR_QAZVIN_WELFARE = "coordinator.qazvin-welfare";
    public static final String OFFICER_QAZVIN_WELFARE = "officer.qazvin-welfare";
    public static final String COORDINATOR_HORMOZGAN_WELFARE = "coordinator.hormozgan-welfare";
    public static final String OFFICER_HORMOZGAN_WELFARE = "officer.hormozgan-welfare";
    public static final String COORDINATOR_HORMOZGAN_AWQAF = "coordinator.hormozgan-awqaf";
    public static final String COORDINATOR_MINISTRY = "coordinator.ministry";
    public static final String COORDINATOR_DONORS_ASSEMBLY = "coordinator.donors-assembly";
    public static final String COORDINATOR_TEHRAN_NGO_HQ = "coordinator.tehran-ngo-hq";
    public static final String COORDINATOR_TEHRAN_MUNICIPALITY = "coordinator.tehran-municipality";
    public static final String DONOR_REZA = "donor.reza";
    public static final String DONOR_MARYAM = "donor.maryam";

    /** A demo user: the one realm role it has and its organisation. */
    public record DemoUser(String username, String role, UUID organization, String organizationName) {
    }

    /** Every demo user of the realm, in the order of docs/architecture.md. */
    public static final List<DemoUser> ALL = List.of(
            new DemoUser(ADMIN, "admin", ORG_SECRETARIAT, "Hamyar network secretariat"),
            new DemoUser(ADMIN_MINISTRY, "admin", ORG_MINISTRY_OF_INTERIOR, "Ministry of Interior, social deputy"),
            new DemoUser(AUDITOR, "auditor", ORG_SECRETARIAT, "Hamyar network secretariat"),
            new DemoUser(AUDITOR_MINISTRY, "auditor", ORG_MINISTRY_OF_INTERIOR, "Ministry of Interior, social deputy"),
            new DemoUser(COORDINATOR_QAZVIN_RELIEF, "coordinator", ORG_RELIEF_COMMITTEE_QAZVIN, "Relief Committee, Qazvin"),
            new DemoUser(OFFICER_QAZVIN_RELIEF, "officer", ORG_RELIEF_COMMITTEE_QAZVIN, "Relief Committee, Qazvin"),
            new DemoUser(COORDINATOR_QAZVIN_RURAL, "coordinator", ORG_RURAL_AFFAIRS_QAZVIN, "Office of Rural Affairs, Qazvin"),
            new DemoUser(OFFICER_QAZVIN_RURAL, "officer", ORG_RURAL_AFFAIRS_QAZVIN, "Office of Rural Affairs, Qazvin"),
            new DemoUser(COORDINATOR_QAZVIN_WELFARE, "coordinator", ORG_WELFARE_QAZVIN, "Welfare Organisation, Qazvin"),
            new DemoUser(OFFICER_QAZVIN_WELFARE, "officer", ORG_WELFARE_QAZVIN, "Welfare Organisation, Qazvin"),
            new DemoUser(COORDINATOR_HORMOZGAN_WELFARE, "coordinator", ORG_WELFARE_HORMOZGAN, "Welfare Organisation, Hormozgan"),
            new DemoUser(OFFICER_HORMOZGAN_WELFARE, "officer", ORG_WELFARE_HORMOZGAN, "Welfare Organisation, Hormozgan"),
            new DemoUser(COORDINATOR_HORMOZGAN_AWQAF, "coordinator", ORG_ENDOWMENTS_HORMOZGAN, "Endowments and Charity Affairs, Hormozgan"),
            new DemoUser(COORDINATOR_MINISTRY, "coordinator", ORG_MINISTRY_OF_INTERIOR, "Ministry of Interior, social deputy"),
            new DemoUser(COORDINATOR_DONORS_ASSEMBLY, "coordinator", ORG_DONORS_ASSEMBLY, "National Donors' Assembly"),
            new DemoUser(COORDINATOR_TEHRAN_NGO_HQ, "coordinator", ORG_TEHRAN_NGO_HQ, "Tehran HQ for empowering NGOs"),
            new DemoUser(COORDINATOR_TEHRAN_MUNICIPALITY, "coordinator", ORG_TEHRAN_MUNICIPALITY, "Tehran Municipality, social and cultural deputy"),
            new DemoUser(DONOR_REZA, "donor", ORG_DONORS_ASSEMBLY, "National Donors' Assembly"),
            new DemoUser(DONOR_MARYAM, "donor", ORG_ENDOWMENTS_HORMOZGAN, "Endowments and Charity Affairs, Hormozgan"));

    private DemoUsers() {
    }

    /** The demo organisation {@code NN} of docs/architecture.md: {@code 0a000000-0000-4000-8000-0000000000NN}. */
    public static UUID organization(int number) {
        if (number < 1 || number > 99) {
            throw new IllegalArgumentException("demo organisations are numbered 01 to 99: " + number);
        }
        return UUID.fromString("0a000000-0000-4000-8000-0000000000%02d".formatted(number));
    }
}
