package org.hamyar.donors.money;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * {@link Restrictions} as the four text-array columns every table that restricts money has
 * (fund, endowment, programme_agreement): aid_categories, beneficiary_categories, provinces, counties.
 */
@Embeddable
public class RestrictionColumns {

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "aid_categories", nullable = false)
    private String[] aidCategories;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "beneficiary_categories", nullable = false)
    private String[] beneficiaryCategories;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private String[] provinces;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private String[] counties;

    protected RestrictionColumns() {
        // for Hibernate
    }

    private RestrictionColumns(String[] aidCategories, String[] beneficiaryCategories, String[] provinces, String[] counties) {
        this.aidCategories = aidCategories;
        this.beneficiaryCategories = beneficiaryCategories;
        this.provinces = provinces;
        this.counties = counties;
    }

    public static RestrictionColumns of(Restrictions restrictions) {
        return new RestrictionColumns(restrictions.aidCategoryArray(), restrictions.beneficiaryCategoryArray(),
                restrictions.provinceArray(), restrictions.countyArray());
    }

    public Restrictions restrictions() {
        return Restrictions.of(aidCategories, beneficiaryCategories, provinces, counties);
    }
}
