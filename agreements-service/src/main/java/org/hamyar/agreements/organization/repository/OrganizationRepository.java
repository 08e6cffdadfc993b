package org.hamyar.agreements.organization.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.hamyar.agreements.organization.Organization;
import org.hamyar.agreements.organization.OrganizationFilter;
import org.hamyar.standards.PersianText;

@ApplicationScoped
public class OrganizationRepository implements PanacheRepositoryBase<Organization, UUID> {

    public record Found(List<Organization> items, long total) {
    }

    public Found search(OrganizationFilter filter, int page, int size) {
        var where = new StringBuilder("1 = 1");
        var parameters = new Parameters();
        if (filter.type() != null) {
            where.append(" and type = :type");
            parameters.and("type", filter.type());
        }
        if (filter.level() != null) {
            where.append(" and level = :level");
            parameters.and("level", filter.level());
        }
        if (filter.province() != null) {
            where.append(" and provinceCode = :province");
            parameters.and("province", filter.province().code());
        }
        if (filter.county() != null && !filter.county().isBlank()) {
            where.append(" and county = :county");
            parameters.and("county", filter.county().strip());
        }
        if (filter.parent() != null) {
            where.append(" and parentId = :parent");
            parameters.and("parent", filter.parent());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            // both forms: "محمد رضا" is stored spaced and compact, the query may come either way
            where.append(" and (searchText like :spaced escape '\\' or searchText like :compact escape '\\')");
            parameters.and("spaced", contains(PersianText.normalize(filter.text())))
                    .and("compact", contains(PersianText.compact(filter.text())));
        }
        var query = find(where.toString(), Sort.by("nameFa").and("id"), parameters);
        long total = query.count();
        // a page past the end is empty; its offset (page × size) may not even fit the int JPA takes
        boolean beyond = (long) page * size >= total;
        return new Found(beyond ? List.of() : query.page(Page.of(page, size)).list(), total);
    }

    /** Which of {@code ids} name organisations: one query for every organisation a request names. */
    public Set<UUID> existing(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(getEntityManager()
                .createQuery("select o.id from Organization o where o.id in :ids", UUID.class)
                .setParameter("ids", Set.copyOf(ids))
                .getResultList());
    }

    public List<Organization> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", Set.copyOf(ids));
    }

    /** The parent, grandparent, … of an organisation, to refuse a parent that would make a cycle. */
    @SuppressWarnings("unchecked")
    public Set<UUID> ancestorsOf(UUID id) {
        List<UUID> ids = getEntityManager().createNativeQuery("""
                        with recursive chain(id, parent_id, depth) as (
                            select id, parent_id, 0 from organization where id = :id
                            union all
                            select o.id, o.parent_id, c.depth + 1 from organization o join chain c on o.id = c.parent_id
                            where c.depth < 100
                        )
                        select parent_id from chain where parent_id is not null""", UUID.class)
                .setParameter("id", id)
                .getResultList();
        return new HashSet<>(ids);
    }

    private static String contains(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
