package org.hamyar.beneficiaries.access;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.hamyar.api.security.Actor;

/**
 * What one reader sees of a record that several organisations registered, each its own version
 * (docs/product.md §2): the versions it may see — its own, those of organisations an ACTIVE
 * data-sharing agreement joins it to, the sender's of a referral it accepted, or all of them for an
 * auditor — and the one it is shown: its
 * own when it registered the record, otherwise the earliest it may see. Nothing of a version
 * outside {@code visible} may reach the reader, not even as a flag.
 *
 * @param visible the versions the reader may see, in registration order
 * @param shown   the version the answer is built from
 * @param logged  whether the reader is shown another organisation's version: the read goes to the
 *                log the registrants list ({@code /api/audit})
 */
public record Sight<T>(Access access, List<T> visible, T shown, boolean logged) {

    /**
     * @param versions     every organisation's version, in registration order
     * @param organization whose version it is
     * @return null when the reader may not see the record at all (it does not exist for it: 404)
     */
    static <T> Sight<T> of(Actor reader, List<T> versions, Function<T, UUID> organization, java.util.Set<UUID> partners) {
        return of(reader, versions, organization, partners, java.util.Set.of());
    }

    /** @param referrers organisations whose accepted referral of the record lets the reader see their version */
    static <T> Sight<T> of(Actor reader, List<T> versions, Function<T, UUID> organization, java.util.Set<UUID> partners,
                           java.util.Set<UUID> referrers) {
        Access access = Access.of(reader, versions.stream().map(organization).toList(), partners, referrers);
        if (!access.granted()) {
            return null;
        }
        List<T> visible = versions.stream()
                .filter(v -> access == Access.NETWORK_AUDIT || reader.belongsTo(organization.apply(v))
                        || partners.contains(organization.apply(v)) || referrers.contains(organization.apply(v)))
                .toList();
        T shown = visible.stream().filter(v -> reader.belongsTo(organization.apply(v))).findFirst()
                .orElse(visible.getFirst());
        boolean logged = !reader.belongsTo(organization.apply(shown));
        return new Sight<>(access, visible, shown, logged);
    }
}
