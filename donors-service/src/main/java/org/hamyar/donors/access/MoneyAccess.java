package org.hamyar.donors.access;

import org.hamyar.api.problem.DomainProblem;
import org.hamyar.api.security.Actor;
import org.hamyar.api.security.Roles;

import java.util.UUID;

/**
 * Who may do what with the network's money (docs/product.md §2 and §5), in one place:
 * <ul>
 * <li>an organisation's coordinator manages what its organisation owns: the endowments it is
 * trustee of, its funds, the donations they receive and the allocations they make, and the donors
 * of the donors' assembly it is;</li>
 * <li>an admin manages every fund, endowment and donor of the network;</li>
 * <li>an auditor reads everything and writes nothing;</li>
 * <li>staff (officer, coordinator) read the allocations their organisation provides aid with;</li>
 * <li>a donor reads its own record, gifts and statement.</li>
 * </ul>
 */
public final class MoneyAccess {

    private MoneyAccess() {
    }

    /** Manages what {@code owner} owns: its coordinators and admins. */
    public static boolean manages(Actor actor, UUID owner) {
        return actor.administersNetwork() || (actor.hasRole(Roles.COORDINATOR) && actor.belongsTo(owner));
    }

    /** Reads what {@code owner} owns: those who manage it, and auditors. */
    public static boolean reads(Actor actor, UUID owner) {
        return actor.auditsNetwork() || manages(actor, owner);
    }

    /** @throws DomainProblem 403 {@code not-your-organization} unless the actor manages what {@code owner} owns */
    public static void requireManages(Actor actor, UUID owner) {
        if (!manages(actor, owner)) {
            throw notYourOrganization();
        }
    }

    public static DomainProblem notYourOrganization() {
        return new DomainProblem(403, "not-your-organization", "Not your organisation",
                "Only the owning organisation's coordinators and admins may do this");
    }
}
