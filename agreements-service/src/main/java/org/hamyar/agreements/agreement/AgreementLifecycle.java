package org.hamyar.agreements.agreement;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle rules of an agreement, free of persistence so they can be tested in milliseconds.
 *
 * <ul>
 *   <li>A draft is edited and signed; once every party signed it is {@code SIGNED}, and
 *       {@code ACTIVE} from its effective date (at once when that date has come).</li>
 *   <li>A signed text changes only by amendment, which keeps the status.</li>
 *   <li>Progress is reported while the agreement is in force, and after it expired (late reports
 *       are normal in monitoring); a terminated agreement takes no more reports.</li>
 *   <li>The joint committee sits once the agreement is signed and while it is in force.</li>
 * </ul>
 */
public final class AgreementLifecycle {

    private static final Map<AgreementAction, Set<AgreementStatus>> ALLOWED = Map.of(
            AgreementAction.EDIT, EnumSet.of(AgreementStatus.DRAFT),
            AgreementAction.SIGN, EnumSet.of(AgreementStatus.DRAFT),
            AgreementAction.AMEND, EnumSet.of(AgreementStatus.SIGNED, AgreementStatus.ACTIVE),
            AgreementAction.TERMINATE, EnumSet.of(AgreementStatus.SIGNED, AgreementStatus.ACTIVE),
            AgreementAction.REPORT_PROGRESS, EnumSet.of(AgreementStatus.ACTIVE, AgreementStatus.EXPIRED),
            AgreementAction.MANAGE_COMMITTEE, EnumSet.of(AgreementStatus.SIGNED, AgreementStatus.ACTIVE));

    private AgreementLifecycle() {
    }

    public static boolean allows(AgreementStatus status, AgreementAction action) {
        return ALLOWED.get(action).contains(status);
    }

    /** The statuses in which {@code action} is allowed, for telling a refused caller. */
    public static Set<AgreementStatus> statusesAllowing(AgreementAction action) {
        return ALLOWED.get(action);
    }

    /** Whether a fully signed agreement is in force on {@code today}: its effective date has come. */
    public static boolean inForce(LocalDate effectiveFrom, LocalDate today) {
        return !effectiveFrom.isAfter(today);
    }

    /** A {@code SIGNED} agreement whose effective date has come becomes {@code ACTIVE}. */
    public static boolean activationDue(AgreementStatus status, LocalDate effectiveFrom, LocalDate today) {
        return status == AgreementStatus.SIGNED && inForce(effectiveFrom, today);
    }

    /** An {@code ACTIVE} agreement expires the day after its last effective day. */
    public static boolean expiryDue(AgreementStatus status, LocalDate effectiveTo, LocalDate today) {
        return status == AgreementStatus.ACTIVE && effectiveTo != null && today.isAfter(effectiveTo);
    }

    /** A termination asked for a later date takes effect on that date. */
    public static boolean terminationDue(AgreementStatus status, LocalDate terminationOn, LocalDate today) {
        return terminationOn != null && !status.isEnded() && status != AgreementStatus.DRAFT
                && !terminationOn.isAfter(today);
    }
}
