package org.hamyar.beneficiaries.household.repository;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.beneficiaries.access.ShownVersion;
import org.hamyar.beneficiaries.household.EnrolmentCategory;

/**
 * GET /api/households in SQL: the versions a reader is shown ({@link ShownVersion}), filtered on that
 * version, newest household first, one page and one count. The indexes and plans are in migration V12.
 */
@ApplicationScoped
public class HouseholdListRepository {

    /**
     * The one place the list reads an enrolment from: today the category of the household's
     * registration. When enrolments become a table of their own, this condition becomes an
     * {@code exists} on it for the shown organisation ({@code r.organization_id}) and the household.
     */
    static final String ENROLMENT_CONDITION = "r.enrolment_category = :enrolment";
    static final String ENROLMENT_COLUMN = "r.enrolment_category";

    /** The size of the shown version: its head and its members. */
    private static final String SIZE = "(1 + (select count(*) from household_registration_member m"
            + " where m.household_id = r.household_id and m.organization_id = r.organization_id))";
    /** Someone of the shown version (head or member) has a disability in that organisation's version of them. */
    private static final String DISABILITY = "(exists (select 1 from person_registration p where p.person_id = h.head_person_id"
            + " and p.organization_id = r.organization_id and p.disability_type is not null)"
            + " or exists (select 1 from household_registration_member m join person_registration p"
            + " on p.person_id = m.person_id and p.organization_id = m.organization_id"
            + " where m.household_id = r.household_id and m.organization_id = r.organization_id and p.disability_type is not null))";

    private final EntityManager entities;

    HouseholdListRepository(EntityManager entities) {
        this.entities = entities;
    }

    /** What a household list is narrowed to; every field may be null (no filter). */
    public record Filter(String provinceCode, String county, EnrolmentCategory enrolment, Boolean disability, Boolean rural,
                         Integer sizeMin, Integer sizeMax) {
    }

    /** One household as listed: the shown organisation's version with its head's name in that version. */
    public record Row(UUID householdId, UUID organizationId, UUID headPersonId, String headFirstName, String headLastName,
                      String provinceCode, String county, String village, boolean rural, EnrolmentCategory enrolment,
                      int size, boolean disability, Instant registeredAt) {
    }

    public Page<Row> list(ShownVersion reader, Filter filter, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        String from = " from " + reader.from("household_registration", "household_id", parameters)
                + " r join household h on h.id = r.household_id";
        StringBuilder where = new StringBuilder(" where true");
        condition(where, parameters, "r.province_code = :province", "province", filter.provinceCode());
        condition(where, parameters, "r.county = :county", "county", filter.county());
        condition(where, parameters, ENROLMENT_CONDITION, "enrolment", filter.enrolment() == null ? null : filter.enrolment().name());
        condition(where, parameters, "r.rural = :rural", "rural", filter.rural());
        condition(where, parameters, SIZE + " >= :sizeMin", "sizeMin", filter.sizeMin());
        condition(where, parameters, SIZE + " <= :sizeMax", "sizeMax", filter.sizeMax());
        if (filter.disability() != null) {
            where.append(" and ").append(filter.disability() ? DISABILITY : "not " + DISABILITY);
        }
        var items = entities.createNativeQuery("select r.household_id, r.organization_id, h.head_person_id, hp.first_name,"
                + " hp.last_name, r.province_code, r.county, r.village, r.rural, " + ENROLMENT_COLUMN + ", " + SIZE + ", "
                + DISABILITY + ", r.registered_at"
                + from + " left join person_registration hp on hp.person_id = h.head_person_id"
                + " and hp.organization_id = r.organization_id" + where
                + " order by r.household_id desc limit :limit offset :offset", Object[].class);
        var count = entities.createNativeQuery("select count(*)" + from + where, Long.class);
        parameters.forEach((key, value) -> {
            items.setParameter(key, value);
            count.setParameter(key, value);
        });
        items.setParameter("limit", page.size());
        items.setParameter("offset", page.offset());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = items.getResultList();
        return Page.of(rows.stream().map(HouseholdListRepository::row).toList(), page,
                ((Number) count.getSingleResult()).longValue());
    }

    private static Row row(Object[] c) {
        return new Row((UUID) c[0], (UUID) c[1], (UUID) c[2], (String) c[3], (String) c[4], ((String) c[5]).strip(),
                (String) c[6], (String) c[7], (Boolean) c[8], c[9] == null ? null : EnrolmentCategory.valueOf((String) c[9]),
                ((Number) c[10]).intValue(), (Boolean) c[11], instant(c[12]));
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Instant i -> i;
            case java.time.OffsetDateTime o -> o.toInstant();
            case java.sql.Timestamp t -> t.toInstant();
            default -> throw new IllegalStateException("timestamp " + value.getClass());
        };
    }

    private static void condition(StringBuilder where, Map<String, Object> parameters, String sql, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(sql);
            parameters.put(name, value);
        }
    }
}
