package org.hamyar.donors.testing;

import org.hamyar.events.beneficiaries.AidGranted;
import org.hamyar.events.beneficiaries.AidRevoked;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Aid events as the beneficiaries-service would publish them, with fresh ids so tests never collide. */
public final class Aid {

    private Aid() {
    }

    /** A food basket of 25,000,000 rials in rural Qazvin, granted by {@code provider}. */
    public static AidGranted foodBasket(UUID provider) {
        return granted(provider, "FOOD_BASKET", 25_000_000L, "26", null);
    }

    public static AidGranted granted(UUID provider, String category, long amountRials, String province, UUID allocation) {
        return new AidGranted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                "b5c0ffee" + "0".repeat(56), category, amountRials, 1,
                LocalDate.of(2025, 3, 21), LocalDate.of(2025, 4, 20), provider, UUID.randomUUID(), allocation,
                province, "البرز", true, "DELIVERED", 0, Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    public static AidRevoked revoked(AidGranted grant) {
        return new AidRevoked(grant.aidId(), grant.householdId(), grant.providerOrganizationId(),
                grant.allocationId(), Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    /** The Kafka key of the beneficiaries-service's aid events: the household. */
    public static String key(AidGranted grant) {
        return grant.householdId().toString();
    }
}
