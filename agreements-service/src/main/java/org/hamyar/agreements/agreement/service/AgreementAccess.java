package org.hamyar.agreements.agreement.service;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

import org.hamyar.agreements.agreement.Agreement;
import org.hamyar.agreements.agreement.AgreementAction;
import org.hamyar.agreements.agreement.AgreementLifecycle;
import org.hamyar.agreements.agreement.AgreementProblems;
import org.hamyar.agreements.agreement.AgreementStatus;
import org.hamyar.agreements.agreement.repository.AgreementRepository;
import org.hamyar.api.security.Actor;

/**
 * Who may see and change an agreement, in one place.
 *
 * <ul>
 *   <li>A draft exists only for its parties' staff, auditors and admins: anyone else gets 404, so
 *       that a negotiation's existence does not leak.</li>
 *   <li>From signing on, an agreement is a public instrument of the network: any authenticated
 *       member reads it (partners must know who coordinates with whom on what).</li>
 *   <li>Changes are the parties' own: a visible agreement changed by a non-party is 403.</li>
 *   <li>The status decides what may happen ({@link AgreementLifecycle}): otherwise 409.</li>
 * </ul>
 */
@ApplicationScoped
public class AgreementAccess {

    private final AgreementRepository agreements;

    AgreementAccess(AgreementRepository agreements) {
        this.agreements = agreements;
    }

    public static boolean canRead(Agreement agreement, Actor actor) {
        return agreement.status() != AgreementStatus.DRAFT || seesEveryDraft(actor)
                || agreement.isParty(actor.organizationId());
    }

    /** Auditors and admins read the network's agreements, drafts of others included. */
    public static boolean seesEveryDraft(Actor actor) {
        return actor.readsNetworkRecords();
    }

    /** The agreement, if {@code actor} may see it; else 404. */
    public Agreement readable(UUID id, Actor actor) {
        return agreements.findByIdOptional(id).filter(a -> canRead(a, actor))
                .orElseThrow(() -> new AgreementProblems.NotFound(id));
    }

    /**
     * The agreement locked for a change by one of its parties: 403 {@code no-organization} when the
     * token names no organisation, 404 when invisible, 403 for a non-party, 409 when the status
     * forbids the action.
     */
    public Agreement lockedForParty(UUID id, Actor actor, AgreementAction action) {
        UUID organization = actor.organization();
        Agreement agreement = locked(id, actor);
        if (!agreement.isParty(organization)) {
            throw new AgreementProblems.NotAParty(organization, id);
        }
        requireAllowed(agreement, action);
        return agreement;
    }

    /** The agreement locked, if {@code actor} may see it; further checks are the caller's. */
    public Agreement locked(UUID id, Actor actor) {
        return agreements.findForUpdate(id).filter(a -> canRead(a, actor))
                .orElseThrow(() -> new AgreementProblems.NotFound(id));
    }

    public static void requireAllowed(Agreement agreement, AgreementAction action) {
        if (!AgreementLifecycle.allows(agreement.status(), action)) {
            throw new AgreementProblems.InvalidTransition(agreement.status(), action);
        }
    }
}
