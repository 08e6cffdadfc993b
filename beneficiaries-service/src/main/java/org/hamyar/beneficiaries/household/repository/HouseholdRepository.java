package org.hamyar.beneficiaries.household.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.beneficiaries.household.Household;
import org.hamyar.beneficiaries.household.HouseholdRecord;
import org.hamyar.beneficiaries.household.Relation;
import org.hamyar.beneficiaries.person.Address;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class HouseholdRepository implements PanacheRepositoryBase<Household, UUID> {

    private final AgroalDataSource dataSource;

    HouseholdRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * A household as the overlap rules read it: where it lives, who registered it, and every
     * stretch of its present members ({@code stretches}, oldest first: their open stretches here
     * say who the members are, those in other households where they came from).
     */
    public record AidRecipient(UUID id, Address address, List<UUID> registrants, List<Stretch> stretches) {
    }

    /** One stretch of a person in a household (household_membership); {@code validTo} null: now. */
    public record Stretch(UUID householdId, UUID personId, Instant validFrom, Instant validTo) {

        public boolean current() {
            return validTo == null;
        }
    }

    private static final String RECIPIENT = """
            select h.province_code, h.county, h.village, h.rural,
                   array(select r.organization_id from household_registration r where r.household_id = h.id),
                   o.household_id, o.person_id, o.valid_from, o.valid_to
            from household h
            left join lateral (select o.* from household_membership o
                               where o.person_id in (select c.person_id from household_membership c
                                                     where c.household_id = h.id and c.valid_to is null)) o on true
            where h.id = ?
            order by o.valid_from, o.id""";

    /**
     * The household, its registrants and its present members' stretches in one statement (index
     * household_registration's key, household_membership_household_current, then
     * household_membership_person): the overlap check's and the grant's reads of the household, in
     * one round trip instead of three. Plain JDBC on the connection Agroal hands out: inside a
     * transaction the one it enlisted (Hibernate's), outside one a connection of its own.
     */
    public Optional<AidRecipient> aidRecipient(UUID householdId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(RECIPIENT)) {
            statement.setObject(1, householdId);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                Address address = new Address(rows.getString(1), rows.getString(2), rows.getString(3), rows.getBoolean(4));
                List<UUID> registrants = List.of((UUID[]) rows.getArray(5).getArray());
                List<Stretch> stretches = new ArrayList<>();
                do {
                    UUID stretchHousehold = rows.getObject(6, UUID.class);
                    if (stretchHousehold != null) {
                        OffsetDateTime validTo = rows.getObject(9, OffsetDateTime.class);
                        stretches.add(new Stretch(stretchHousehold, rows.getObject(7, UUID.class),
                                rows.getObject(8, OffsetDateTime.class).toInstant(), validTo == null ? null : validTo.toInstant()));
                    }
                } while (rows.next());
                return Optional.of(new AidRecipient(householdId, address, registrants, stretches));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read household " + householdId, e);
        }
    }

    /** The household the person heads now (their present stretch is as its head), if any. */
    public Optional<Household> findByHead(UUID headPersonId) {
        return getEntityManager().createQuery("""
                        select h from Household h, Membership m
                        where m.personId = ?1 and m.validTo is null and m.head and h.id = m.householdId""", Household.class)
                .setParameter(1, headPersonId)
                .getResultStream().findFirst();
    }

    /**
     * Locks the households' rows in the order of their ids, in one statement: whoever locks more
     * than one household (a grant and the households its members came from, a move) takes them in
     * the same order, so two such transactions wait for each other instead of deadlocking.
     */
    public void lock(Collection<UUID> householdIds) {
        if (householdIds.isEmpty()) {
            return;
        }
        getEntityManager().createNativeQuery(
                        "select id from household where id = any(cast(?1 as uuid[])) order by id for update")
                .setParameter(1, householdIds.stream().sorted().map(UUID::toString).toArray(String[]::new))
                .getResultList();
    }

    /** The person is now a present member (not the head) of the household with this relation. */
    public void presentMember(UUID householdId, UUID personId, Relation relation) {
        getEntityManager().createNativeQuery("""
                        insert into household_member (household_id, person_id, relation) values (?1, ?2, ?3)
                        on conflict (household_id, person_id) do update set relation = excluded.relation""")
                .setParameter(1, householdId)
                .setParameter(2, personId)
                .setParameter(3, relation.name())
                .executeUpdate();
    }

    /** The person is no longer a present member besides the head (they left, or head it now). */
    public void notPresentMember(UUID householdId, UUID personId) {
        getEntityManager().createNativeQuery("delete from household_member where household_id = ?1 and person_id = ?2")
                .setParameter(1, householdId)
                .setParameter(2, personId)
                .executeUpdate();
    }

    /** Sets a member's relation in the organisation's version (adds the member when missing). */
    public void versionMember(UUID householdId, UUID organizationId, UUID personId, Relation relation) {
        getEntityManager().createNativeQuery("""
                        insert into household_registration_member (household_id, organization_id, person_id, relation)
                        values (?1, ?2, ?3, ?4)
                        on conflict (household_id, organization_id, person_id) do update set relation = excluded.relation""")
                .setParameter(1, householdId)
                .setParameter(2, organizationId)
                .setParameter(3, personId)
                .setParameter(4, relation.name())
                .executeUpdate();
    }

    /** Takes the person out of the organisation's version of the household; other versions are untouched. */
    public void notVersionMember(UUID householdId, UUID organizationId, UUID personId) {
        getEntityManager().createNativeQuery("""
                        delete from household_registration_member
                        where household_id = ?1 and organization_id = ?2 and person_id = ?3""")
                .setParameter(1, householdId)
                .setParameter(2, organizationId)
                .setParameter(3, personId)
                .executeUpdate();
    }

    /**
     * Whether personal aid of the person may name the household: the person belongs to it now, or
     * a version of it that these organisations (the provider and its data-sharing partners) may see
     * lists them. Asking only the network's membership would tell an organisation that another
     * agency moved the person elsewhere.
     */
    public boolean includes(UUID householdId, UUID personId, Collection<UUID> organizations) {
        Object found = getEntityManager().createNativeQuery("""
                        select exists (select 1 from household_membership
                                       where household_id = ?1 and person_id = ?2 and valid_to is null)
                            or exists (select 1 from household_registration
                                       where household_id = ?1 and head_person_id = ?2 and organization_id = any(cast(?3 as uuid[])))
                            or exists (select 1 from household_registration_member
                                       where household_id = ?1 and person_id = ?2 and organization_id = any(cast(?3 as uuid[])))""")
                .setParameter(1, householdId)
                .setParameter(2, personId)
                .setParameter(3, organizations.stream().map(UUID::toString).toArray(String[]::new))
                .getSingleResult();
        return Boolean.TRUE.equals(found);
    }

    /** The members besides the head as one organisation registered them, oldest first: person id to relation. */
    public Map<UUID, Relation> composition(UUID householdId, UUID organizationId) {
        Map<UUID, Relation> members = new LinkedHashMap<>();
        getEntityManager().createNativeQuery("""
                        select m.person_id, m.relation from household_registration_member m
                        join person_registration r on r.person_id = m.person_id and r.organization_id = m.organization_id
                        where m.household_id = ?1 and m.organization_id = ?2
                        order by r.birth_date, m.person_id""", Object[].class)
                .setParameter(1, householdId)
                .setParameter(2, organizationId)
                .getResultList()
                .forEach(row -> {
                    Object[] r = (Object[]) row;
                    members.put((UUID) r[0], Relation.valueOf((String) r[1]));
                });
        return members;
    }

    /** Every organisation's version of the household, in registration order. */
    public List<HouseholdRecord> records(UUID householdId) {
        return getEntityManager().createQuery(
                        "from HouseholdRecord r where r.id.householdId = ?1 order by r.registeredAt, r.id.organizationId",
                        HouseholdRecord.class)
                .setParameter(1, householdId)
                .getResultList();
    }

    public Optional<HouseholdRecord> record(UUID householdId, UUID organizationId) {
        return Optional.ofNullable(getEntityManager().find(HouseholdRecord.class,
                new HouseholdRecord.Key(householdId, organizationId)));
    }


    /**
     * The organisations that registered the household. A query of the model, not native SQL: a native
     * query with a result class gets a new entry in Hibernate's query plan cache at every call, and
     * with the cache full each lookup compares thousands of them (docs/benchmarks.md).
     */
    public List<UUID> registrants(UUID householdId) {
        return getEntityManager().createQuery(
                        "select r.id.organizationId from HouseholdRecord r where r.id.householdId = ?1", UUID.class)
                .setParameter(1, householdId)
                .getResultList();
    }
}
