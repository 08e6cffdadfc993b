package org.hamyar.beneficiaries.person.repository;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.beneficiaries.access.ShownVersion;
import org.hamyar.beneficiaries.person.DisabilityType;
import org.hamyar.beneficiaries.person.PersonRecord;
import org.hamyar.beneficiaries.person.Sex;

/**
 * GET /api/persons in SQL: the versions a reader is shown ({@link ShownVersion}), filtered on that
 * version, alphabetical, one page and one count. The indexes and plans are in migration V12.
 */
@ApplicationScoped
public class PersonListRepository {

    private final EntityManager entities;

    PersonListRepository(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * What a person list is narrowed to; every field may be null (no filter).
     *
     * @param bornFrom    born on or after
     * @param bornTo      born on or before
     * @param inHousehold a member or the head of a household in the shown organisation's version of it
     * @param name        normalised ({@code PersianText.normalize}): the start of the last name or of the
     *                    first name, or "first last" with the start of the last name
     */
    public record Filter(String provinceCode, String county, DisabilityType disabilityType, Sex sex, LocalDate bornFrom,
                         LocalDate bornTo, Boolean rural, Boolean inHousehold, String name) {
    }

    public Page<PersonRecord> list(ShownVersion reader, Filter filter, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(" from ")
                .append(reader.from("person_registration", "person_id", parameters)).append(" r where true");
        condition(where, parameters, "r.province_code = :province", "province", filter.provinceCode());
        condition(where, parameters, "r.county = :county", "county", filter.county());
        condition(where, parameters, "r.disability_type = :disability", "disability",
                filter.disabilityType() == null ? null : filter.disabilityType().name());
        condition(where, parameters, "r.sex = :sex", "sex", filter.sex() == null ? null : filter.sex().name());
        condition(where, parameters, "r.birth_date >= :bornFrom", "bornFrom", filter.bornFrom());
        condition(where, parameters, "r.birth_date <= :bornTo", "bornTo", filter.bornTo());
        condition(where, parameters, "r.rural = :rural", "rural", filter.rural());
        if (filter.inHousehold() != null) {
            String member = "(exists (select 1 from household_registration_member m"
                    + " where m.person_id = r.person_id and m.organization_id = r.organization_id)"
                    + " or exists (select 1 from household h join household_registration hr on hr.household_id = h.id"
                    + " and hr.organization_id = r.organization_id where h.head_person_id = r.person_id))";
            where.append(" and ").append(filter.inHousehold() ? member : "not " + member);
        }
        if (filter.name() != null) {
            String prefix = likePrefix(filter.name());
            where.append(" and (r.last_name_normalized like :name escape '!' or r.first_name_normalized like :name escape '!'");
            parameters.put("name", prefix);
            int space = filter.name().indexOf(' ');
            if (space > 0) {
                where.append(" or (r.first_name_normalized = :firstName and r.last_name_normalized like :lastName escape '!')");
                parameters.put("firstName", filter.name().substring(0, space));
                parameters.put("lastName", likePrefix(filter.name().substring(space + 1)));
            }
            where.append(")");
        }
        var items = entities.createNativeQuery("select r.*" + where
                + " order by r.last_name_normalized, r.first_name_normalized, r.person_id limit :limit offset :offset",
                PersonRecord.class);
        var count = entities.createNativeQuery("select count(*)" + where, Long.class);
        parameters.forEach((key, value) -> {
            items.setParameter(key, value);
            count.setParameter(key, value);
        });
        items.setParameter("limit", page.size());
        items.setParameter("offset", page.offset());
        @SuppressWarnings("unchecked")
        List<PersonRecord> rows = items.getResultList();
        return Page.of(rows, page, ((Number) count.getSingleResult()).longValue());
    }

    /** {@code text%} with LIKE's own characters escaped by {@code !} (a backslash would need care in two parsers). */
    static String likePrefix(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    static void condition(StringBuilder where, Map<String, Object> parameters, String sql, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(sql);
            parameters.put(name, value);
        }
    }
}
