package org.hamyar.gateway.testing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.hamyar.gateway.routing.DownstreamService;
import org.hamyar.infrastructure.testing.DemoUsers;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * What the stub services answer to the mobile views' reads, shaped like the real services'
 * answers (beneficiaries' {@code Household} and page of {@code Aid}, donors' {@code Funding} and
 * {@code DonorStatement}):
 * <ul>
 * <li>{@link #HOUSEHOLD}: two aid records, {@link #AID_FUNDED} paid by an endowment's fund and
 * {@link #AID_UNFUNDED} with no allocation;</li>
 * <li>{@link #HOUSEHOLD_SLOW_FUNDING}: one aid, {@link #AID_SLOW_FUNDING}, whose funding the donors
 * stub answers after 5 s;</li>
 * <li>any other household: 404; no token: 401;</li>
 * <li>the statement of {@code donor.reza}; any other user's: 404 {@code donor-not-linked}.</li>
 * </ul>
 */
public final class MobileFixtures {

    public static final String HOUSEHOLD = "0b000000-0000-4000-8000-000000000001";
    public static final String HOUSEHOLD_SLOW_FUNDING = "0b000000-0000-4000-8000-000000000002";
    public static final String AID_FUNDED = "0c000000-0000-4000-8000-000000000001";
    public static final String AID_UNFUNDED = "0c000000-0000-4000-8000-000000000002";
    public static final String AID_SLOW_FUNDING = "0c000000-0000-4000-8000-000000000003";
    public static final String ALLOCATION = "0d000000-0000-4000-8000-000000000001";
    public static final String FUND = "d0000000-0000-4000-8000-0000000f0002";

    record Answer(int status, Object body, boolean slow) {
    }

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private MobileFixtures() {
    }

    static boolean serves(DownstreamService service, String path) {
        return switch (service) {
            case BENEFICIARIES -> path.matches("/api/households/" + UUID_PATTERN + "(/aid)?");
            case DONORS -> path.equals("/api/allocations/funding") || path.equals("/api/donors/me/statement");
            default -> false;
        };
    }

    static Answer answer(DownstreamService service, String path, MultiMap params, String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return problem(401, "unauthorized");
        }
        if (service == DownstreamService.DONORS) {
            return path.equals("/api/allocations/funding") ? funding(params.getAll("aid"))
                    : statement(username(authorization.substring("Bearer ".length())));
        }
        String household = path.substring("/api/households/".length(), "/api/households/".length() + 36);
        List<JsonObject> aid = switch (household) {
            case HOUSEHOLD -> List.of(aid(AID_FUNDED, household, "EDUCATION_SUPPORT", 30_000_000L, ALLOCATION),
                    aid(AID_UNFUNDED, household, "FOOD_BASKET", 25_000_000L, null));
            case HOUSEHOLD_SLOW_FUNDING -> List.of(aid(AID_SLOW_FUNDING, household, "FOOD_BASKET", 25_000_000L, null));
            default -> null;
        };
        if (aid == null) {
            return problem(404, "not-found");
        }
        if (path.endsWith("/aid")) {
            return new Answer(200, new JsonObject().put("items", new JsonArray(List.copyOf(aid)))
                    .put("page", 0).put("size", 100).put("total", aid.size()), false);
        }
        return new Answer(200, new JsonObject()
                .put("id", household)
                .put("registeredByOrganizationId", DemoUsers.ORG_WELFARE_HORMOZGAN.toString())
                .put("registeredAt", "2026-11-20T08:00:00Z")
                .put("registeredAtJalali", "1405-08-29")
                .put("members", new JsonArray()), false);
    }

    private static JsonObject aid(String id, String household, String category, long amount, String allocation) {
        return new JsonObject().put("id", id).put("householdId", household).put("category", category)
                .put("amountRials", amount).put("providerOrganizationId", DemoUsers.ORG_WELFARE_HORMOZGAN.toString())
                .put("allocationId", allocation).put("status", "GRANTED").put("provinceCode", "22")
                .put("periodStart", "2026-11-22").put("periodStartJalali", "1405-09-01");
    }

    private static Answer funding(List<String> aidIds) {
        JsonArray rows = new JsonArray();
        if (aidIds.contains(AID_FUNDED)) {
            rows.add(new JsonObject().put("aidId", AID_FUNDED).put("allocationId", ALLOCATION).put("status", "COMMITTED")
                    .put("amountRials", 30_000_000L).put("fundId", FUND).put("fundKind", "ENDOWMENT_INCOME")
                    .put("fundNameFa", "درآمد موقوفه تحصیل ایتام هرمزگان")
                    .put("endowment", new JsonObject().put("id", "d0000000-0000-4000-8000-0000000e0002")
                            .put("endowerName", "حاج محمد بندری").put("deedNumber", "1403/77")));
        }
        return new Answer(200, rows, aidIds.contains(AID_SLOW_FUNDING));
    }

    private static Answer statement(String username) {
        if (!DemoUsers.DONOR_REZA.equals(username)) {
            return problem(404, "donor-not-linked");
        }
        JsonArray lines = new JsonArray()
                .add(line("EDUCATION_SUPPORT", "22", "1405-09", 12_000_000L, 0L))
                .add(line("FOOD_BASKET", "22", "1405-08", 5_000_000L, 2_000_000L))
                .add(line("FOOD_BASKET", "26", "1405-08", 1_000_000L, 0L));
        return new Answer(200, new JsonObject().put("donorId", "d0000000-0000-4000-8000-000000000001")
                .put("nameFa", "رضا").put("givenRials", 50_000_000L).put("pledgedRials", 0).put("inKindRials", 0)
                .put("funds", new JsonArray()).put("lines", lines)
                .put("generatedAt", "2026-11-29T10:00:00Z").put("generatedAtJalali", "1405-09-08"), false);
    }

    private static JsonObject line(String category, String province, String month, long spent, long reserved) {
        return new JsonObject().put("fundId", FUND).put("aidCategory", category).put("provinceCode", province)
                .put("month", month).put("spentRials", spent).put("reservedRials", reserved);
    }

    private static Answer problem(int status, String type) {
        return new Answer(status, new JsonObject().put("type", "urn:hamyar:problem:" + type).put("status", status)
                .put("title", type), false);
    }

    /** The token's {@code preferred_username}; the stub trusts the gateway verified it. */
    private static String username(String token) {
        String[] parts = token.split("\\.");
        if (parts.length < 2) {
            return null;
        }
        JsonObject claims = new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        return claims.getString("preferred_username");
    }
}
