package org.hamyar.beneficiaries.referral.repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.beneficiaries.access.Subject;
import org.hamyar.beneficiaries.referral.Referral;
import org.hamyar.beneficiaries.referral.ReferralStatus;
import org.hamyar.beneficiaries.referral.ReferralTransition;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<Referral, UUID> {

    /**
     * For each subject, the organisations whose ACCEPTED referral to {@code receiver} lets it see
     * their version: a referral of the subject itself, and for a person also a referral of the
     * household they head, or belong to in the sender's version. One query over the partial
     * indexes {@code referral_*_accepted}, {@code household_head_key} and {@code household_member_person}.
     */
    public Map<Subject, Set<UUID>> acceptedSenders(UUID receiver, Collection<Subject> subjects) {
        String[] persons = subjects.stream().filter(Subject::isPerson).map(s -> s.id().toString()).toArray(String[]::new);
        String[] households = subjects.stream().filter(s -> !s.isPerson()).map(s -> s.id().toString()).toArray(String[]::new);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        select r.person_id, null::uuid, r.sender_organization_id from referral r
                        where r.status = 'ACCEPTED' and r.receiver_organization_id = ?1 and r.person_id = any(cast(?2 as uuid[]))
                        union
                        select null::uuid, r.household_id, r.sender_organization_id from referral r
                        where r.status = 'ACCEPTED' and r.receiver_organization_id = ?1 and r.household_id = any(cast(?3 as uuid[]))
                        union
                        select h.head_person_id, null::uuid, r.sender_organization_id from household h
                        join referral r on r.household_id = h.id
                        where h.head_person_id = any(cast(?2 as uuid[])) and r.status = 'ACCEPTED' and r.receiver_organization_id = ?1
                        union
                        select m.person_id, null::uuid, r.sender_organization_id from household_member m
                        join referral r on r.household_id = m.household_id
                        join household_registration_member v on v.household_id = m.household_id
                             and v.organization_id = r.sender_organization_id and v.person_id = m.person_id
                        where m.person_id = any(cast(?2 as uuid[])) and r.status = 'ACCEPTED' and r.receiver_organization_id = ?1""")
                .setParameter(1, receiver)
                .setParameter(2, persons)
                .setParameter(3, households)
                .getResultList();
        Map<Subject, Set<UUID>> senders = new HashMap<>();
        for (Object[] row : rows) {
            senders.computeIfAbsent(new Subject((UUID) row[0], (UUID) row[1]), s -> new HashSet<>()).add((UUID) row[2]);
        }
        return senders;
    }

    /** Whether the organisation is a party to any agreement of the coordination projection: one the service knows. */
    public boolean knownOrganization(UUID organization) {
        return (Boolean) getEntityManager().createNativeQuery(
                        "select exists (select 1 from coordination_agreement where parties @> array[cast(?1 as uuid)])")
                .setParameter(1, organization)
                .getSingleResult();
    }

    /** The referral's history, in order. */
    public List<ReferralTransition> history(UUID referralId) {
        return getEntityManager().createQuery(
                        "from ReferralTransition t where t.id.referralId = ?1 order by t.id.seq", ReferralTransition.class)
                .setParameter(1, referralId)
                .getResultList();
    }

    /** The histories of these referrals, in one query. */
    public Map<UUID, List<ReferralTransition>> histories(Collection<UUID> referralIds) {
        Map<UUID, List<ReferralTransition>> histories = new HashMap<>();
        if (referralIds.isEmpty()) {
            return histories;
        }
        getEntityManager().createQuery(
                        "from ReferralTransition t where t.id.referralId in ?1 order by t.id.referralId, t.id.seq",
                        ReferralTransition.class)
                .setParameter(1, referralIds)
                .getResultStream()
                .forEach(t -> histories.computeIfAbsent(t.id.referralId, id -> new java.util.ArrayList<>()).add(t));
        return histories;
    }

    /**
     * What a list is narrowed to; every field may be null.
     *
     * @param role SENT: the caller's organisation sent them; RECEIVED: it received them; null: either
     */
    public record Filter(Role role, ReferralStatus status, UUID personId, UUID householdId) {
    }

    public enum Role {
        SENT,
        RECEIVED
    }

    /**
     * A page of referrals, newest first: those the organisation sent or received (indexes
     * {@code referral_sender}, {@code referral_receiver}), or the network's when it is null.
     */
    public Page<Referral> list(UUID organization, Filter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" from referral r where true");
        Map<String, Object> parameters = new HashMap<>();
        if (organization != null) {
            String mine = filter.role() == Role.SENT ? "r.sender_organization_id = :org"
                    : filter.role() == Role.RECEIVED ? "r.receiver_organization_id = :org"
                    : "(r.sender_organization_id = :org or r.receiver_organization_id = :org)";
            where.append(" and ").append(mine);
            parameters.put("org", organization);
        }
        if (filter.status() != null) {
            where.append(" and r.status = :status");
            parameters.put("status", filter.status().name());
        }
        if (filter.personId() != null) {
            where.append(" and r.person_id = :person");
            parameters.put("person", filter.personId());
        }
        if (filter.householdId() != null) {
            where.append(" and r.household_id = :household");
            parameters.put("household", filter.householdId());
        }
        var items = getEntityManager().createNativeQuery(
                "select r.*" + where + " order by r.sent_at desc, r.id desc limit :limit offset :offset", Referral.class);
        var count = getEntityManager().createNativeQuery("select count(*)" + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        items.setParameter("limit", page.size());
        items.setParameter("offset", page.offset());
        @SuppressWarnings("unchecked")
        List<Referral> rows = items.getResultList();
        return Page.of(rows, page, ((Number) count.getSingleResult()).longValue());
    }
}
