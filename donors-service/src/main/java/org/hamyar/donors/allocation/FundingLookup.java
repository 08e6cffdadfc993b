package org.hamyar.donors.allocation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hamyar.api.security.Actor;
import org.hamyar.donors.allocation.rest.FundingView;
import org.hamyar.donors.fund.FundKind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * What paid for granted aid: for aid ids or allocation ids, the allocation, its fund and the
 * endowment behind it, in one query (the gateway's household summary asks for a household's whole
 * aid history at once). Rows the caller may not read are left out, as if unfunded.
 */
@ApplicationScoped
public class FundingLookup {

    /** The most ids one request may name. */
    public static final int MAX_IDS = 100;

    private final EntityManager em;

    FundingLookup(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FundingView> find(Actor actor, Collection<UUID> aidIds, Collection<UUID> allocationIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select a.aid_id, a.id, a.status, a.amount_rials, f.id, f.kind, f.name_fa,
                               e.id, e.endower_name, e.deed_number, e.intention_fa,
                               a.provider_organization_id, f.owner_organization_id
                        from allocation a
                        join fund f on f.id = a.fund_id
                        left join endowment e on e.id = f.endowment_id
                        where a.aid_id = any(?1) or a.id = any(?2)
                        order by a.reserved_at, a.id""")
                .setParameter(1, aidIds.toArray(UUID[]::new))
                .setParameter(2, allocationIds.toArray(UUID[]::new))
                .getResultList();
        List<FundingView> found = new ArrayList<>();
        for (Object[] row : rows) {
            if (!AllocationService.sees(actor, (UUID) row[11], (UUID) row[12])) {
                continue;
            }
            FundingView.Endowment endowment = row[7] == null ? null
                    : new FundingView.Endowment((UUID) row[7], (String) row[8], (String) row[9], (String) row[10]);
            found.add(new FundingView((UUID) row[0], (UUID) row[1], AllocationStatus.valueOf((String) row[2]),
                    ((Number) row[3]).longValue(), (UUID) row[4], FundKind.valueOf((String) row[5]), (String) row[6], endowment));
        }
        return found;
    }
}
