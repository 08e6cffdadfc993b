package org.hamyar.donors.money;

import org.hamyar.donors.aid.AidCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.standards.PersianText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * What money may serve, clause by clause: an endowment's intention (niyyat) or a fund's
 * restrictions (docs/product.md §5). An empty clause restricts nothing; a non-empty one admits only
 * what it lists. Counties compare after Persian normalisation (Arabic/Persian letter variants,
 * spacing).
 */
@Schema(description = "Clauses that restrict what money may serve; an empty list restricts nothing on that clause")
public record Restrictions(
        @Schema(example = "[\"EDUCATION_SUPPORT\"]") List<AidCategory> aidCategories,
        @Schema(example = "[\"ORPHAN\"]") List<BeneficiaryCategory> beneficiaryCategories,
        @Schema(description = "Two-digit province codes", example = "[\"22\"]") List<String> provinces,
        @Schema(description = "County names in Persian", example = "[\"بندرعباس\"]") List<String> counties) {

    public static final String AID_CATEGORIES = "aidCategories";
    public static final String BENEFICIARY_CATEGORIES = "beneficiaryCategories";
    public static final String PROVINCES = "provinces";
    public static final String COUNTIES = "counties";

    public Restrictions {
        aidCategories = copy(aidCategories);
        beneficiaryCategories = copy(beneficiaryCategories);
        provinces = copy(provinces);
        counties = copy(counties);
    }

    /** A copy that keeps a null element, so that validation can name it rather than fail to read the body. */
    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    public static Restrictions none() {
        return new Restrictions(List.of(), List.of(), List.of(), List.of());
    }

    /** From the database's text arrays. */
    public static Restrictions of(String[] aid, String[] beneficiary, String[] provinces, String[] counties) {
        return new Restrictions(
                Arrays.stream(aid).map(AidCategory::valueOf).toList(),
                Arrays.stream(beneficiary).map(BeneficiaryCategory::valueOf).toList(),
                List.of(provinces), List.of(counties));
    }

    public String[] aidCategoryArray() {
        return aidCategories.stream().map(Enum::name).toArray(String[]::new);
    }

    public String[] beneficiaryCategoryArray() {
        return beneficiaryCategories.stream().map(Enum::name).toArray(String[]::new);
    }

    public String[] provinceArray() {
        return provinces.toArray(String[]::new);
    }

    public String[] countyArray() {
        return counties.toArray(String[]::new);
    }

    /** The clauses that forbid aid of this kind, for these people, at this place; empty when none does. */
    public List<String> forbiddenClauses(AidCategory aid, BeneficiaryCategory beneficiary, String provinceCode, String county) {
        List<String> violated = new ArrayList<>();
        if (!aidCategories.isEmpty() && !aidCategories.contains(aid)) {
            violated.add(AID_CATEGORIES);
        }
        if (!beneficiaryCategories.isEmpty() && !beneficiaryCategories.contains(beneficiary)) {
            violated.add(BENEFICIARY_CATEGORIES);
        }
        if (!provinces.isEmpty() && !provinces.contains(provinceCode)) {
            violated.add(PROVINCES);
        }
        if (!counties.isEmpty() && (county == null || counties.stream()
                .noneMatch(allowed -> PersianText.normalize(allowed).equals(PersianText.normalize(county))))) {
            violated.add(COUNTIES);
        }
        return violated;
    }
}
