package org.hamyar.beneficiaries.report.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.beneficiaries.aid.AidCategory;
import org.hamyar.beneficiaries.report.OverlapReportRepository;

@Schema(name = "OverlapCount", description = "How many overlap cases one place and category has, of those the caller may see "
        + "in the report (an organisation: those of its own aid); names no household and no agency.")
public record OverlapCountResponse(String provinceCode, String county, AidCategory category,
                                   @Schema(description = "Cases: aid recorded while another agency's overlapping aid stood") long cases,
                                   @Schema(description = "Households the cases concern") long households,
                                   @Schema(description = "Pairs recorded with a warning") long warnings,
                                   @Schema(description = "Pairs that blocked and were overridden") long overriddenBlocks) {

    public static OverlapCountResponse of(OverlapReportRepository.Count c) {
        return new OverlapCountResponse(c.provinceCode(), c.county(), c.category(), c.cases(), c.households(), c.warnings(),
                c.overriddenBlocks());
    }
}
