package org.hamyar.gateway.mobile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A signed-in donor's impact: its statement from the donors-service (by fund, aid category,
 * province and Jalali month, never naming a beneficiary) with the totals a phone shows first.
 */
@Schema(name = "MobileDonorImpact")
public record DonorImpact(
        @Schema(nullable = true,
                description = "The donor's statement as the donors-service's getOwnStatement answers it; null when missing.")
        JsonNode statement,
        @Schema(nullable = true, description = "Totals of the statement's lines; null when the statement is missing.")
        Totals totals,
        @Schema(description = "True when a part of the view is missing because a service did not answer in time.")
        boolean partial,
        @Schema(description = "The parts that are missing: `statement`.", example = "[]")
        List<String> missing) {

    /** Integer rials, as the statement gives them; each sum is over the statement's lines. */
    @Schema(name = "MobileDonorImpactTotals")
    public record Totals(
            @Schema(description = "Money the donor gave", example = "500000000") long givenRials,
            @Schema(description = "The donor's share of aid granted", example = "150000000") long spentRials,
            @Schema(description = "The donor's share of money reserved for aid not granted yet", example = "20000000") long reservedRials,
            @Schema(description = "Per province (two-digit code), most spent first") List<Area> byProvince,
            @Schema(description = "Per aid category, most spent first") List<Area> byCategory) {
    }

    @Schema(name = "MobileDonorImpactArea")
    public record Area(@Schema(example = "22") String key, long spentRials, long reservedRials) {
    }

    /** The totals of a statement's {@code lines}. */
    static Totals totalsOf(JsonNode statement) {
        Map<String, long[]> provinces = new TreeMap<>();
        Map<String, long[]> categories = new TreeMap<>();
        long spent = 0;
        long reserved = 0;
        for (JsonNode line : statement.path("lines")) {
            long lineSpent = line.path("spentRials").asLong();
            long lineReserved = line.path("reservedRials").asLong();
            spent = Math.addExact(spent, lineSpent);
            reserved = Math.addExact(reserved, lineReserved);
            add(provinces, line.path("provinceCode").asText(""), lineSpent, lineReserved);
            add(categories, line.path("aidCategory").asText(""), lineSpent, lineReserved);
        }
        return new Totals(statement.path("givenRials").asLong(), spent, reserved, areas(provinces), areas(categories));
    }

    private static void add(Map<String, long[]> sums, String key, long spent, long reserved) {
        long[] sum = sums.computeIfAbsent(key, k -> new long[2]);
        sum[0] = Math.addExact(sum[0], spent);
        sum[1] = Math.addExact(sum[1], reserved);
    }

    private static List<Area> areas(Map<String, long[]> sums) {
        List<Area> areas = new ArrayList<>();
        sums.forEach((key, sum) -> areas.add(new Area(key, sum[0], sum[1])));
        areas.sort(Comparator.comparingLong(Area::spentRials).reversed().thenComparing(Area::key));
        return areas;
    }
}
