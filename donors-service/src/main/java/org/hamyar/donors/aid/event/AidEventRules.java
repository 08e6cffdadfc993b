package org.hamyar.donors.aid.event;

import org.hamyar.events.beneficiaries.AidGranted;
import org.hamyar.events.beneficiaries.AidRevoked;
import org.hamyar.standards.Province;
import org.hamyar.standards.Provinces;

import java.util.regex.Pattern;

/**
 * What an aid event must carry before it is recorded. The producer's JSON Schema says the same;
 * checking again here keeps a faulty producer's event out of the ledger's inputs and gives it a
 * reason in the dead-letter topic instead of a database error.
 */
public final class AidEventRules {

    /** Aid categories are the beneficiaries-service's enum names, e.g. {@code FOOD_BASKET}. */
    private static final Pattern CATEGORY = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    /** The provider's status of the aid, e.g. {@code DELIVERED}; new values must not stop the consumer. */
    private static final Pattern DELIVERY_STATUS = Pattern.compile("[A-Z][A-Z_]{0,31}");
    private static final int MAX_COUNTY = 200;

    private AidEventRules() {
    }

    /**
     * @return the grant with its province as the two-digit code
     * @throws UnusableEventException naming the first field that breaks a rule
     */
    public static AidGranted checked(AidGranted grant) {
        require(grant.aidId() != null, "aidId is missing");
        // aid to a person outside any household names the person instead of a household
        require(grant.householdId() != null || grant.personId() != null, "neither householdId nor personId");
        require(grant.providerOrganizationId() != null, "providerOrganizationId is missing");
        require(grant.category() != null && CATEGORY.matcher(grant.category()).matches(),
                "category is not an aid category: " + grant.category());
        require(grant.amountRials() >= 0, "amountRials is negative: " + grant.amountRials());
        require(grant.quantity() >= 0, "quantity is negative: " + grant.quantity());
        require(grant.periodStart() != null, "periodStart is missing");
        require(grant.periodEnd() == null || !grant.periodEnd().isBefore(grant.periodStart()),
                "periodEnd " + grant.periodEnd() + " is before periodStart " + grant.periodStart());
        require(grant.grantedAt() != null, "grantedAt is missing");
        require(grant.status() == null || DELIVERY_STATUS.matcher(grant.status()).matches(),
                "status is not an aid status: " + grant.status());
        require(grant.county() == null || grant.county().length() <= MAX_COUNTY, "county is longer than " + MAX_COUNTY);
        String province = Provinces.byCode(grant.provinceCode()).map(Province::code)
                .orElseThrow(() -> new UnusableEventException("provinceCode is not a province: " + grant.provinceCode()));
        return province.equals(grant.provinceCode()) ? grant : withProvince(grant, province);
    }

    /** @throws UnusableEventException naming the first field that breaks a rule */
    public static AidRevoked checked(AidRevoked revocation) {
        require(revocation.aidId() != null, "aidId is missing");
        require(revocation.revokedAt() != null, "revokedAt is missing");
        return revocation;
    }

    private static void require(boolean holds, String otherwise) {
        if (!holds) {
            throw new UnusableEventException(otherwise);
        }
    }

    private static AidGranted withProvince(AidGranted g, String province) {
        return new AidGranted(g.aidId(), g.householdId(), g.personId(), g.personHash(), g.category(),
                g.amountRials(), g.quantity(), g.periodStart(), g.periodEnd(), g.providerOrganizationId(),
                g.agreementId(), g.allocationId(), province, g.county(), g.rural(), g.status(),
                g.overlapWarnings(), g.grantedAt());
    }
}
