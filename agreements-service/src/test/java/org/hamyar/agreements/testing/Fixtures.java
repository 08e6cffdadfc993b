package org.hamyar.agreements.testing;

import static org.hamyar.agreements.testing.Users.as;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Organisations and agreements made through the API, as their users would make them. */
public final class Fixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Fixtures() {
    }

    /** Today in Iran, where the service counts its days (the clock not moved). */
    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Tehran"));
    }

    /** A new organisation registered by the admin; every test works on organisations of its own. */
    public static UUID organization(String type, String provinceCode) {
        int n = SEQUENCE.incrementAndGet();
        Map<String, Object> body = new HashMap<>(Map.of(
                "nameFa", "سازمان آزمایشی " + n + " " + UUID.randomUUID(),
                "nameEn", "Test organisation " + n,
                "type", type,
                "level", "PROVINCE",
                "provinceCode", provinceCode));
        String id = as(Users.ADMIN).body(body).post("/api/organizations").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    public static UUID qazvin(String type) {
        return organization(type, "26");
    }

    /**
     * A two-party text: relief committee and rural affairs in Qazvin, one measured commitment of each,
     * a committee of 2 + 2, the first party monitoring, FOOD_BASKET blocked, a festival in the calendar.
     */
    public static Map<String, Object> terms(UUID first, UUID second, LocalDate from, LocalDate to) {
        Map<String, Object> terms = new HashMap<>();
        terms.put("title", "تفاهم‌نامه آزمایشی " + SEQUENCE.incrementAndGet());
        terms.put("parties", List.of(party(first, "IMPLEMENTER"), party(second, "IMPLEMENTER")));
        terms.put("scope", Map.of("provinces", List.of("26"), "counties", List.of("تاکستان"),
                "beneficiaryCategories", List.of("RURAL_POOR"),
                "aidCategories", List.of("FOOD_BASKET", "RURAL_HOUSING_INSURANCE", "HOUSING")));
        terms.put("effectiveFrom", from.toString());
        if (to != null) {
            terms.put("effectiveTo", to.toString());
        }
        terms.put("objectives", List.of("اجتناب از هم‌پوشانی و هدررفت امکانات"));
        terms.put("commitments", new ArrayList<>(List.of(
                Map.of("organizationId", second.toString(), "text", "همکاری در بیمه مسکن روستایی",
                        "dueDate", from.plusMonths(6).toString(),
                        "target", Map.of("indicator", "خانوار روستایی بیمه‌شده", "unit", "خانوار", "value", 900)),
                Map.of("organizationId", first.toString(), "text", "تهیه تقویم اجرایی مشترک"))));
        terms.put("committee", Map.of("seats", List.of(Map.of("organizationId", first.toString(), "seats", 2),
                Map.of("organizationId", second.toString(), "seats", 2))));
        terms.put("monitoringOrganizationId", first.toString());
        terms.put("coordination", Map.of("dataSharing", true,
                "rules", List.of(Map.of("aidCategory", "FOOD_BASKET", "mode", "BLOCK"))));
        terms.put("calendar", List.of(Map.of("title", "جشن نیکوکاری", "kind", "FESTIVAL",
                "startDate", "1405-12-10", "endDate", "1405-12-20")));
        return terms;
    }

    public static Map<String, Object> party(UUID organization, String role) {
        return Map.of("organizationId", organization.toString(), "role", role);
    }

    /** A draft of {@code terms} by a coordinator of {@code creator}. */
    public static UUID draft(UUID creator, Map<String, Object> terms) {
        String id = as(Users.coordinatorOf(creator)).body(terms).post("/api/agreements")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    public static void sign(UUID agreement, UUID organization) {
        as(Users.coordinatorOf(organization))
                .body(Map.of("signatoryName", "امضاکننده " + organization, "signatoryTitle", "مدیرکل"))
                .post("/api/agreements/" + agreement + "/signatures")
                .then().statusCode(201);
    }

    /** Two new Qazvin organisations and their agreement, signed by both and in force from today. */
    public static Signed activeAgreement() {
        UUID relief = qazvin("RELIEF_COMMITTEE");
        UUID rural = qazvin("RURAL_AFFAIRS");
        UUID id = draft(relief, terms(relief, rural, today(), today().plusYears(1)));
        sign(id, relief);
        sign(id, rural);
        return new Signed(id, relief, rural);
    }

    /** @param first the monitoring party */
    public record Signed(UUID id, UUID first, UUID second) {
    }
}
