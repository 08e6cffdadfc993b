package org.hamyar.beneficiaries.report.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.api.problem.ProblemTexts;
import org.hamyar.beneficiaries.aid.AidCategory;
import org.hamyar.beneficiaries.report.OverlapCase;

@Schema(name = "OverlapCase", description = "Aid of one category that one agency gave a household while another agency's "
        + "overlapping aid stood (recorded with a warning, or over a block a coordinator overrode). Agencies the caller "
        + "shares no data with are \"another agency in the network\", with nothing of their aid.")
public record OverlapCaseResponse(
        @Schema(description = "The household, when the caller may see it", nullable = true) UUID householdId,
        String provinceCode,
        String county,
        AidCategory category,
        @Schema(description = "The aid recorded while the others stood") Side detected,
        @Schema(description = "The other agencies' aid it overlaps (for an organisation: the pairs its own aid is in)")
        List<Side> overlapped,
        @Schema(description = "Pairs recorded with a warning") int warnings,
        @Schema(description = "Pairs that blocked and were overridden by the detected aid's coordinator") int overriddenBlocks) {

    @Schema(name = "OverlapCaseAid")
    public record Side(
            @Schema(description = "The caller's own organisation gave it") boolean own,
            @Schema(description = "The agency is named: own, a data-sharing partner, or the caller audits the network") boolean disclosed,
            @Schema(nullable = true) UUID providerOrganizationId,
            @Schema(description = "Who gave it, in the language of Accept-Language: \"another agency in the network\" when not disclosed")
            String agency,
            @Schema(nullable = true, description = "Only when disclosed and the household is visible") UUID aidId,
            @Schema(nullable = true) LocalDate periodStart,
            @Schema(nullable = true) LocalDate periodEnd,
            @Schema(nullable = true, description = "For overlapped aid: WARN, or BLOCK (overridden)") String outcome) {
    }

    public static OverlapCaseResponse of(OverlapCase c, Locale locale) {
        return new OverlapCaseResponse(c.householdId(), c.provinceCode(), c.county(), c.category(), side(c.detected(), locale),
                c.overlapped().stream().map(s -> side(s, locale)).toList(), c.warnings(), c.overriddenBlocks());
    }

    static Side side(OverlapCase.Side s, Locale locale) {
        return new Side(s.own(), s.disclosed(), s.provider(), agency(s, locale), s.aidId(), s.periodStart(), s.periodEnd(),
                s.outcome());
    }

    static String agency(OverlapCase.Side s, Locale locale) {
        if (s.own()) {
            return ProblemTexts.message(locale, "report.agency-own", "your organisation");
        }
        return s.disclosed() ? ProblemTexts.message(locale, "report.agency-named", "organisation {0}", s.provider())
                : ProblemTexts.message(locale, "report.agency-another", "another agency in the network");
    }
}
