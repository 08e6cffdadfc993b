package org.hamyar.beneficiaries.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.hamyar.beneficiaries.aid.AidCategory;

/**
 * One case of the overlap report as one reader may see it (docs/product.md §2 and §4): a
 * household's aid of one category from one agency that overlapped another agency's aid. Plain Java,
 * the report's privacy rule in one place:
 * <ul>
 *   <li>an agency is named (its id) when it is the reader's own organisation, an organisation an
 *       ACTIVE data-sharing agreement joins the reader to, or the reader audits the network; otherwise
 *       it is "another agency in the network" with nothing of its aid (no id, no period);</li>
 *   <li>the household (its id) and the named aid's ids and periods are shown only when the reader may
 *       see the household (it or a data-sharing partner registered it, or it audits the network).</li>
 * </ul>
 *
 * @param householdId null when the reader may not see the household
 * @param logged      the reader is shown a household it did not register: a read for the read log
 */
public record OverlapCase(UUID householdId, String provinceCode, String county, AidCategory category, Side detected,
                          List<Side> overlapped, int warnings, int overriddenBlocks, boolean logged) {

    /**
     * One agency's aid in a case.
     *
     * @param provider null when not disclosed
     * @param aidId    null unless disclosed and the household is visible; so are the period's dates
     * @param outcome  for an overlapped aid: WARN, or BLOCK (a block the detected aid's coordinator overrode)
     */
    public record Side(boolean own, boolean disclosed, UUID provider, UUID aidId, LocalDate periodStart,
                       LocalDate periodEnd, String outcome) {
    }

    /**
     * Who reads the report.
     *
     * @param organization null for an auditor whose token names none
     */
    public record Reader(UUID organization, Set<UUID> partners, boolean network) {

        boolean names(UUID provider) {
            return network || provider.equals(organization) || partners.contains(provider);
        }

        boolean sees(Collection<UUID> registrants) {
            return network || registrants.stream().anyMatch(r -> r.equals(organization) || partners.contains(r));
        }

        boolean registered(Collection<UUID> registrants) {
            return organization != null && registrants.contains(organization);
        }
    }

    /**
     * The case of these pairs (one detected aid, at least one pair) as the reader may see it.
     *
     * @param registrants the organisations that registered the household
     */
    public static OverlapCase of(Reader reader, List<OverlapReportRepository.Pair> pairs, Collection<UUID> registrants) {
        OverlapReportRepository.Pair first = pairs.getFirst();
        boolean household = reader.sees(registrants);
        Side detected = side(reader, household, first.provider(), first.aidId(), first.periodStart(), first.periodEnd(), null);
        List<Side> overlapped = pairs.stream()
                .map(p -> side(reader, household, p.overlappedProvider(), p.overlappedAidId(), p.overlappedPeriodStart(),
                        p.overlappedPeriodEnd(), p.outcome()))
                .toList();
        int warnings = (int) pairs.stream().filter(p -> "WARN".equals(p.outcome())).count();
        return new OverlapCase(household ? first.householdId() : null, first.provinceCode(), first.county(), first.category(),
                detected, overlapped, warnings, pairs.size() - warnings, household && !reader.registered(registrants));
    }

    private static Side side(Reader reader, boolean household, UUID provider, UUID aidId, LocalDate start, LocalDate end,
                             String outcome) {
        boolean disclosed = reader.names(provider);
        boolean detailed = disclosed && household;
        return new Side(provider.equals(reader.organization()), disclosed, disclosed ? provider : null,
                detailed ? aidId : null, detailed ? start : null, detailed ? end : null, outcome);
    }
}
