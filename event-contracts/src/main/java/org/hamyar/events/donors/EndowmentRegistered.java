package org.hamyar.events.donors;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An endowment (vaqf) was registered and its ENDOWMENT_INCOME fund opened, carrying the endower's
 * intention (niyyat): the aid categories, beneficiary categories, provinces and counties its income
 * may serve (an empty list: no restriction on that clause).
 */
public record EndowmentRegistered(
        UUID endowmentId,
        UUID fundId,
        UUID trusteeOrganizationId,
        String deedNumber,
        List<String> aidCategories,
        List<String> beneficiaryCategories,
        List<String> provinces,
        List<String> counties,
        Instant registeredAt) {
}
