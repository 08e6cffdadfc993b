package org.hamyar.beneficiaries.access;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hamyar.api.security.Actor;

/**
 * {@link Sight}'s rule in SQL, for lists: of a record's versions (one row per
 * organisation in {@code person_registration} or {@code household_registration}), the row a reader is
 * shown — its own when it registered the record, otherwise the earliest (registration time, then
 * organisation id) of the versions it may see: its data-sharing partners', or everyone's for an
 * auditor. A record no version of which the reader may see has no row that passes: it is not listed.
 *
 * @param organization the reader's organisation; null for an auditor whose token names none
 * @param partners     the organisations an ACTIVE data-sharing agreement joins the reader to
 * @param network      the reader audits the network and may see every version
 */
public record ShownVersion(UUID organization, Set<UUID> partners, boolean network) {

    public static ShownVersion of(Actor reader, Set<UUID> partners) {
        if (reader.auditsNetwork()) {
            return new ShownVersion(reader.organizationIfAny().orElse(null), Set.copyOf(partners), true);
        }
        return new ShownVersion(reader.organization(), Set.copyOf(partners), false);
    }

    /** Whether a version of this organisation, when shown, is a logged read (another organisation's). */
    public boolean logged(UUID versionOrganization) {
        return !versionOrganization.equals(organization);
    }

    /**
     * The versions the reader is shown, as a derived table to select from ({@code from <this> r}):
     * rows of {@code table} keyed by {@code key} ({@code person_id}, {@code household_id}); adds its
     * parameters. One branch per organisation whose versions it may see, joined by {@code union all},
     * so that each branch is one range of an index on {@code (organization_id, …)} and the planner
     * merges the branches in the list's order (Merge Append) and pushes the list's filters into each;
     * the "not its own, not a later one" conditions are anti-joins on the primary key
     * {@code (key, organization_id)}. An OR of them in one query would make PostgreSQL hash the
     * reader's whole registry for every page.
     */
    public String from(String table, String key, Map<String, Object> parameters) {
        String earlier = "(e.registered_at, e.organization_id) < (r.registered_at, r.organization_id)";
        String select = "select r.* from " + table + " r where ";
        if (network) {
            String noEarlier = "not exists (select 1 from " + table + " e where e." + key + " = r." + key + " and " + earlier + ")";
            if (organization == null) {
                return "(" + select + noEarlier + ")";
            }
            parameters.put("me", organization);
            return "(" + select + "r.organization_id = :me union all " + select + "r.organization_id <> :me and "
                    + notOwn(table, key) + " and " + noEarlier + ")";
        }
        parameters.put("me", organization);
        StringBuilder from = new StringBuilder("(").append(select).append("r.organization_id = :me");
        if (!partners.isEmpty()) {
            parameters.put("partners", partners);
            int i = 0;
            for (UUID partner : partners) {
                String name = "partner" + i++;
                parameters.put(name, partner);
                from.append(" union all ").append(select).append("r.organization_id = :").append(name)
                        .append(" and ").append(notOwn(table, key))
                        .append(" and not exists (select 1 from ").append(table).append(" e where e.").append(key)
                        .append(" = r.").append(key).append(" and e.organization_id in (:partners) and ")
                        .append(earlier).append(")");
            }
        }
        return from.append(")").toString();
    }

    private static String notOwn(String table, String key) {
        return "not exists (select 1 from " + table + " o where o." + key + " = r." + key + " and o.organization_id = :me)";
    }
}
