package org.hamyar.beneficiaries.household.rest;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hamyar.api.validation.Violation;
import org.hamyar.api.validation.Violations;
import org.hamyar.standards.NationalCode;

/**
 * The rules about a household request's fields themselves, checked together with its shape so that
 * one 400 {@code validation-failed} names every broken field: each national code once per
 * household (the head is not also a member, nor a member twice), compared after normalisation
 * ({@code ۰۴۹۹۳۷۰۸۹۹} is {@code 0499370899}). Codes that are not valid are left to the shape check.
 */
public final class HouseholdRules {

    private HouseholdRules() {
    }

    public static List<Violation> check(HouseholdRequest request) {
        Violations violations = new Violations();
        Set<String> seen = new HashSet<>();
        if (request.head() != null) {
            add(seen, request.head().nationalCode());
        }
        violations.each("members", request.members(), (path, member, index) ->
                violations.when(!add(seen, member.nationalCode()), path + ".nationalCode", "household.national-code-repeated"));
        return violations.list();
    }

    /** @return false when the (valid) code was seen before */
    private static boolean add(Set<String> seen, String code) {
        return code == null || !NationalCode.isValid(code) || seen.add(NationalCode.requireValid(code));
    }
}
