package org.hamyar.beneficiaries.coordination.repository;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.beneficiaries.coordination.CoordinationAgreement;
import org.hamyar.beneficiaries.coordination.CoordinationTerms;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CoordinationAgreementRepository implements PanacheRepositoryBase<CoordinationAgreement, UUID> {

    /** The ACTIVE agreements the organisation is a party to (GIN index on the parties of active rows). */
    @SuppressWarnings("unchecked")
    public List<CoordinationTerms> activeWith(UUID organizationId) {
        List<CoordinationAgreement> rows = getEntityManager().createNativeQuery("""
                        select * from coordination_agreement
                        where active and parties @> array[cast(?1 as uuid)]""", CoordinationAgreement.class)
                .setParameter(1, organizationId)
                .getResultList();
        return rows.stream().map(CoordinationAgreement::terms).toList();
    }

    /** The organisations an ACTIVE agreement with data sharing joins this one to (itself excluded). */
    public Set<UUID> dataSharingPartners(UUID organizationId) {
        Set<UUID> partners = new HashSet<>();
        for (CoordinationTerms terms : activeWith(organizationId)) {
            if (terms.dataSharing()) {
                partners.addAll(terms.parties());
            }
        }
        partners.remove(organizationId);
        return partners;
    }
}
