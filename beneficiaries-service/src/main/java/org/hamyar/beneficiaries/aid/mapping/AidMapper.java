package org.hamyar.beneficiaries.aid.mapping;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.hamyar.api.problem.ProblemTexts;
import org.hamyar.beneficiaries.aid.Aid;
import org.hamyar.beneficiaries.aid.AidOrder;
import org.hamyar.beneficiaries.aid.rest.AidRequest;
import org.hamyar.beneficiaries.aid.rest.AidResponse;
import org.hamyar.beneficiaries.aid.rest.ConflictView;
import org.hamyar.beneficiaries.overlap.Conflict;

/** Between the aid API records and the domain; conflict messages come from {@code messages/problems}. */
public final class AidMapper {

    private AidMapper() {
    }

    public static AidOrder order(AidRequest r) {
        return new AidOrder(r.householdId(), r.personId(), r.category(), r.amountRials(), r.quantity(),
                r.periodStart(), r.periodEnd(), r.agreementId(), r.allocationId(), r.status(), r.providerOrganizationId(),
                r.overrideJustification() == null ? null : r.overrideJustification().strip(), r.programmeCode());
    }

    public static AidResponse response(Aid a, List<ConflictView> warnings) {
        return response(a, warnings, null);
    }

    public static AidResponse response(Aid a, List<ConflictView> warnings, UUID overrideId) {
        return new AidResponse(a.id, a.householdId, a.personId, a.category, a.amountRials, a.quantity, a.periodStart,
                a.periodEnd, a.providerOrganizationId, a.agreementId, a.programmeCode, a.allocationId, a.status, a.provinceCode,
                a.county, a.rural, a.recordedAt, a.revokedAt, a.revocationReason, warnings, overrideId);
    }

    /** @param locale the language of the messages ({@link ProblemTexts#locale} of the request's Accept-Language) */
    public static List<ConflictView> conflicts(List<Conflict> conflicts, Locale locale) {
        return conflicts.stream().map(c -> view(c, locale)).toList();
    }

    private static ConflictView view(Conflict c, Locale locale) {
        var r = c.recorded();
        String category = r.category().name();
        String message = switch (c.reason()) {
            case SAME_PROVIDER -> text(locale, "overlap.own", category);
            case AGREEMENT_BLOCKS, NO_BLOCKING_AGREEMENT -> c.disclosed()
                    ? text(locale, "overlap.named", category, r.providerOrganizationId().toString())
                    : text(locale, "overlap.anonymous", category);
        };
        if (c.blocks() && c.reason() == Conflict.Reason.AGREEMENT_BLOCKS) {
            message = message + " " + text(locale, "overlap.blocked-by-agreement");
        }
        return c.disclosed()
                ? new ConflictView(r.category(), c.outcome(), c.reason(), c.agreementId(), true, r.aidId(),
                r.providerOrganizationId(), r.periodStart(), r.periodEnd(), message)
                : new ConflictView(r.category(), c.outcome(), c.reason(), null, false, null, null, null, null, message);
    }

    private static String text(Locale locale, String key, Object... arguments) {
        return ProblemTexts.message(locale, key, key, arguments);
    }
}
