package org.hamyar.beneficiaries.testing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies as a partner agency's system would send them. */
public final class Bodies {

    private Bodies() {
    }

    public static Map<String, Object> address(String county) {
        return Map.of("provinceCode", "26", "county", county, "village", "کوندج", "rural", true);
    }

    public static Map<String, Object> person(String nationalCode) {
        Map<String, Object> person = new HashMap<>();
        person.put("nationalCode", nationalCode);
        person.put("firstName", "علی");
        person.put("lastName", "كريمي"); // Arabic kaf and yeh, as pasted from an old registry
        person.put("fatherName", "حسین");
        person.put("birthDate", "1360-05-12");
        person.put("sex", "MALE");
        person.put("phone", "۰۹۱۲ ۳۴۵ ۶۷۸۹");
        person.put("disability", Map.of("type", "VISUAL", "severity", "MODERATE"));
        person.put("address", address("البرز"));
        return person;
    }

    public static Map<String, Object> member(String nationalCode, String relation) {
        Map<String, Object> member = new HashMap<>(person(nationalCode));
        member.remove("address");
        member.put("firstName", "زهرا");
        member.put("sex", "FEMALE");
        member.put("relation", relation);
        return member;
    }

    public static Map<String, Object> household(String headCode, String... memberCodes) {
        Map<String, Object> head = new HashMap<>(person(headCode));
        head.remove("address");
        return Map.of(
                "head", head,
                "members", java.util.Arrays.stream(memberCodes).map(code -> member(code, "SPOUSE")).toList(),
                "address", address("البرز"),
                "enrolmentCategory", "RURAL_POOR");
    }

    public static Map<String, Object> aid(UUID householdId, String category, long amountRials, LocalDate start) {
        return new HashMap<>(Map.of("householdId", householdId.toString(), "category", category,
                "amountRials", amountRials, "quantity", 1, "periodStart", start.toString()));
    }

    public static List<Object> none() {
        return List.of();
    }
}
