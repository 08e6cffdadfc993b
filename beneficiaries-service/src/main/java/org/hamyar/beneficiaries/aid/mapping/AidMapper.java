package org.hamyar.beneficiaries.aid.mapping;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.hamyar.beneficiaries.aid.Aid;
import org.hamyar.beneficiaries.aid.AidOrder;
import org.hamyar.beneficiaries.aid.rest.AidRequest;
import org.hamyar.beneficiaries.aid.rest.AidResponse;
import org.hamyar.beneficiaries.aid.rest.ConflictView;
import org.hamyar.beneficiaries.overlap.Conflict;

/** Between the aid API records and the domain; conflict messages come from {@code messages/beneficiaries}. */
public final class AidMapper {

    private static final String BUNDLE = "messages.beneficiaries";

    private AidMapper() {
    }

    public static AidOrder order(AidRequest r) {
        return new AidOrder(r.householdId(), r.personId(), r.category(), r.amountRials(), r.quantity(),
                r.periodStart(), r.periodEnd(), r.agreementId(), r.allocationId(), r.status(), r.providerOrganizationId());
    }

    public static AidResponse response(Aid a, List<ConflictView> warnings) {
        return new AidResponse(a.id, a.householdId, a.personId, a.category, a.amountRials, a.quantity, a.periodStart,
                a.periodEnd, a.providerOrganizationId, a.agreementId, a.allocationId, a.status, a.provinceCode,
                a.county, a.rural, a.recordedAt, a.revokedAt, a.revocationReason, warnings);
    }

    public static List<ConflictView> conflicts(List<Conflict> conflicts, Locale locale) {
        ResourceBundle texts = bundle(locale);
        return conflicts.stream().map(c -> view(c, texts)).toList();
    }

    private static ConflictView view(Conflict c, ResourceBundle texts) {
        var r = c.recorded();
        String category = r.category().name();
        String message = switch (c.reason()) {
            case SAME_PROVIDER -> texts.getString("overlap.own").formatted(category);
            case AGREEMENT_BLOCKS, NO_BLOCKING_AGREEMENT -> c.disclosed()
                    ? texts.getString("overlap.named").formatted(category, r.providerOrganizationId())
                    : texts.getString("overlap.anonymous").formatted(category);
        };
        if (c.blocks() && c.reason() == Conflict.Reason.AGREEMENT_BLOCKS) {
            message = message + " " + texts.getString("overlap.blocked-by-agreement");
        }
        return c.disclosed()
                ? new ConflictView(r.category(), c.outcome(), c.reason(), c.agreementId(), true, r.aidId(),
                r.providerOrganizationId(), r.periodStart(), r.periodEnd(), message)
                : new ConflictView(r.category(), c.outcome(), c.reason(), c.agreementId(), false, null, null, null, null,
                message);
    }

    private static ResourceBundle bundle(Locale locale) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            return ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
        }
    }
}
