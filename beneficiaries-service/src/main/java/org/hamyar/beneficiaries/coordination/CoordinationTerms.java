package org.hamyar.beneficiaries.coordination;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hamyar.standards.PersianText;

/**
 * What an ACTIVE agreement binds its parties to, as far as aid is concerned: on which aid categories
 * they block overlapping aid, where, and whether they share beneficiary data.
 *
 * @param provinces          two-digit province codes; empty means the parties' whole area
 * @param counties           county names in {@link PersianText#compact} form; empty means every county
 * @param blockingCategories aid categories whose coordination rule is {@code BLOCK}
 */
public record CoordinationTerms(
        UUID agreementId,
        Set<UUID> parties,
        Set<String> provinces,
        Set<String> counties,
        Set<String> blockingCategories,
        boolean dataSharing) {

    public CoordinationTerms {
        Objects.requireNonNull(agreementId, "agreementId");
        parties = Set.copyOf(parties);
        provinces = Set.copyOf(provinces);
        counties = counties.stream().map(PersianText::compact).collect(Collectors.toUnmodifiableSet());
        blockingCategories = Set.copyOf(blockingCategories);
    }

    /** Both organisations are parties (and they are two). */
    public boolean joins(UUID one, UUID other) {
        return !one.equals(other) && parties.contains(one) && parties.contains(other);
    }

    /** The place lies in the agreement's scope: its province and county are listed, or none are. */
    public boolean covers(String provinceCode, String county) {
        boolean province = provinces.isEmpty() || provinces.contains(provinceCode);
        boolean inCounty = counties.isEmpty() || (county != null && counties.contains(PersianText.compact(county)));
        return province && inCounty;
    }

    /** Whether the two providers agreed to block overlapping aid of this category at this place. */
    public boolean blocks(String aidCategory, UUID one, UUID other, String provinceCode, String county) {
        return joins(one, other) && blockingCategories.contains(aidCategory) && covers(provinceCode, county);
    }

    /** Whether the agreement lets the two organisations see each other's beneficiaries and aid. */
    public boolean sharesData(UUID one, UUID other) {
        return dataSharing && joins(one, other);
    }
}
