package org.hamyar.beneficiaries.duplicate.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import org.hamyar.api.paging.PageRequest;
import org.hamyar.beneficiaries.duplicate.DuplicateFlag;
import org.hamyar.beneficiaries.duplicate.DuplicateStatus;
import org.hamyar.beneficiaries.storage.TimeOrderedIds;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class DuplicateFlagRepository implements PanacheRepositoryBase<DuplicateFlag, UUID> {

    /**
     * Flags the pair unless it was flagged before, in either order and whatever became of it: a
     * dismissed pair is never flagged again (unique index {@code duplicate_flag_pair_key}).
     */
    public void flagIfNew(UUID personId, UUID candidateId, double score, List<String> agreeingFields, Instant at) {
        getEntityManager().createNativeQuery("""
                        insert into duplicate_flag (id, person_id, candidate_id, score, agreeing_fields, status, flagged_at)
                        values (?1, ?2, ?3, ?4, cast(?5 as text[]), 'OPEN', ?6)
                        on conflict do nothing""")
                .setParameter(1, TimeOrderedIds.next())
                .setParameter(2, personId)
                .setParameter(3, candidateId)
                .setParameter(4, BigDecimal.valueOf(score))
                .setParameter(5, agreeingFields.toArray(String[]::new))
                .setParameter(6, at)
                .executeUpdate();
    }

    /**
     * One page of the flags of a status whose two persons both have a version registered by one of
     * {@code organizations} (after a merge: the survivor's), newest first; every flag when
     * {@code organizations} is null (an auditor).
     */
    public List<DuplicateFlag> page(DuplicateStatus status, Collection<UUID> organizations, PageRequest page) {
        @SuppressWarnings("unchecked")
        List<DuplicateFlag> flags = query("select f.* from duplicate_flag f", status, organizations,
                " order by f.flagged_at desc, f.id desc offset :offset limit :limit", DuplicateFlag.class)
                .setParameter("offset", page.offset())
                .setParameter("limit", page.size())
                .getResultList();
        return flags;
    }

    public long count(DuplicateStatus status, Collection<UUID> organizations) {
        return ((Number) query("select count(*) from duplicate_flag f", status, organizations, "", null)
                .getSingleResult()).longValue();
    }

    private Query query(String select, DuplicateStatus status, Collection<UUID> organizations, String tail, Class<?> type) {
        String seen = """
                exists (select 1 from person p join person_registration r on r.person_id = coalesce(p.merged_into, p.id)
                        where p.id = %s and r.organization_id = any(cast(:organizations as uuid[])))""";
        String sql = select + " where f.status = :status"
                + (organizations == null ? "" : " and " + seen.formatted("f.person_id") + " and " + seen.formatted("f.candidate_id"))
                + tail;
        Query query = type == null ? getEntityManager().createNativeQuery(sql) : getEntityManager().createNativeQuery(sql, type);
        query.setParameter("status", status.name());
        if (organizations != null) {
            query.setParameter("organizations", organizations.stream().map(UUID::toString).toArray(String[]::new));
        }
        return query;
    }

    /**
     * Moves everything of {@code merged} to {@code survivor} (docs/product.md §4 "Duplicates"), in
     * the caller's transaction: registrations (an organisation that registered both keeps its
     * version of the survivor), household memberships and heads, aid, the read log, and the other
     * flags of the merged person; then marks it merged.
     */
    public void merge(UUID merged, UUID survivor) {
        // each organisation's version of the record; where it has both, its version of the survivor stays
        execute("""
                update person_registration set person_id = ?2
                where person_id = ?1
                  and organization_id not in (select organization_id from person_registration where person_id = ?2)""",
                merged, survivor);
        execute("delete from person_registration where person_id = ?1", merged, null);
        // memberships, as each organisation registered them and as the union the overlap check reads
        execute("""
                update household_registration_member m set person_id = ?2
                where person_id = ?1 and not exists (select 1 from household_registration_member o
                    where o.household_id = m.household_id and o.organization_id = m.organization_id and o.person_id = ?2)
                  and not exists (select 1 from household h where h.id = m.household_id and h.head_person_id = ?2)""",
                merged, survivor);
        execute("delete from household_registration_member where person_id = ?1", merged, null);
        execute("""
                update household_member m set person_id = ?2
                where person_id = ?1 and not exists (select 1 from household_member o
                    where o.household_id = m.household_id and o.person_id = ?2)
                  and not exists (select 1 from household h where h.id = m.household_id and h.head_person_id = ?2)""",
                merged, survivor);
        execute("delete from household_member where person_id = ?1", merged, null);
        // the merged person headed a household (the survivor heads none: checked before): the survivor heads it now,
        // and is no longer also a member of it
        execute("""
                delete from household_registration_member m using household h
                where h.head_person_id = ?1 and m.household_id = h.id and m.person_id = ?2""", merged, survivor);
        execute("""
                delete from household_member m using household h
                where h.head_person_id = ?1 and m.household_id = h.id and m.person_id = ?2""", merged, survivor);
        execute("update household set head_person_id = ?2, version = version + 1 where head_person_id = ?1", merged, survivor);
        execute("update household_registration set head_person_id = ?2 where head_person_id = ?1", merged, survivor);
        // the network's membership: the merged person's stretches become the survivor's; when both belong
        // to a household now (the same one: inDifferentHouseholds was checked), the merged person's ends
        execute("""
                update household_membership set valid_to = greatest(now(), valid_from),
                    ended_by_organization_id = started_by_organization_id, ended_by = started_by, end_reason = 'CHANGED'
                where person_id = ?1 and valid_to is null
                  and exists (select 1 from household_membership o where o.person_id = ?2 and o.valid_to is null)""",
                merged, survivor);
        execute("update household_membership set person_id = ?2 where person_id = ?1", merged, survivor);
        // every enrolment and referral of the merged person is the survivor's
        execute("update enrolment set person_id = ?2 where person_id = ?1", merged, survivor);
        execute("update referral set person_id = ?2 where person_id = ?1", merged, survivor);
        execute("update aid set person_id = ?2, version = version + 1 where person_id = ?1", merged, survivor);
        execute("update record_read set person_id = ?2 where person_id = ?1", merged, survivor);
        // the merged person's other flags become the survivor's, unless the survivor has that pair already
        execute("""
                update duplicate_flag f
                set person_id = case when person_id = ?1 then ?2 else person_id end,
                    candidate_id = case when candidate_id = ?1 then ?2 else candidate_id end,
                    version = version + 1
                where (person_id = ?1 or candidate_id = ?1)
                  and case when person_id = ?1 then candidate_id else person_id end <> ?2
                  and not exists (select 1 from duplicate_flag o
                      where least(o.person_id, o.candidate_id) = least(?2, case when f.person_id = ?1 then f.candidate_id else f.person_id end)
                        and greatest(o.person_id, o.candidate_id) = greatest(?2, case when f.person_id = ?1 then f.candidate_id else f.person_id end))""",
                merged, survivor);
        execute("""
                delete from duplicate_flag
                where (person_id = ?1 or candidate_id = ?1) and status = 'OPEN'
                  and case when person_id = ?1 then candidate_id else person_id end <> ?2""", merged, survivor);
        execute("""
                update person set merged_into = ?2, dup_key_names = null, dup_key_last = null, dup_key_first = null,
                    dup_key_father = null, version = version + 1
                where id = ?1""", merged, survivor);
    }

    /**
     * Whether the two belong to two different households now (both heads, say): merged, one person
     * would be in two households at once, which the network's membership never allows.
     */
    public boolean inDifferentHouseholds(UUID one, UUID other) {
        return ((Number) getEntityManager().createNativeQuery("""
                        select count(distinct household_id) from household_membership
                        where person_id in (?1, ?2) and valid_to is null""")
                .setParameter(1, one).setParameter(2, other).getSingleResult()).longValue() >= 2;
    }

    private void execute(String sql, UUID first, UUID second) {
        Query query = getEntityManager().createNativeQuery(sql).setParameter(1, first);
        if (second != null) {
            query.setParameter(2, second);
        }
        query.executeUpdate();
    }
}
