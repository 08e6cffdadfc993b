package org.hamyar.beneficiaries.access;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hamyar.api.security.Actor;

/**
 * {@link Sight}'s rule as one SQL condition, for lists: of a record's versions (one row per
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
     * The condition on the version row {@code r} of {@code table} keyed by {@code key}
     * ({@code person_id}, {@code household_id}); adds its parameters ({@code me}, {@code readers}).
     * Reads the table's primary key {@code (key, organization_id)} for the anti-joins.
     */
    public String condition(String table, String key, Map<String, Object> parameters) {
        String earlier = "(e.registered_at, e.organization_id) < (r.registered_at, r.organization_id)";
        if (network) {
            String noEarlier = "not exists (select 1 from " + table + " e where e." + key + " = r." + key + " and " + earlier + ")";
            if (organization == null) {
                return noEarlier;
            }
            parameters.put("me", organization);
            return "(r.organization_id = :me or (" + notOwn(table, key) + " and " + noEarlier + "))";
        }
        parameters.put("me", organization);
        if (partners.isEmpty()) {
            return "r.organization_id = :me";
        }
        Set<UUID> readers = new HashSet<>(partners);
        readers.add(organization);
        parameters.put("readers", readers);
        return "r.organization_id in (:readers) and (r.organization_id = :me or (" + notOwn(table, key)
                + " and not exists (select 1 from " + table + " e where e." + key + " = r." + key
                + " and e.organization_id in (:readers) and " + earlier + ")))";
    }

    private static String notOwn(String table, String key) {
        return "not exists (select 1 from " + table + " o where o." + key + " = r." + key + " and o.organization_id = :me)";
    }
}
