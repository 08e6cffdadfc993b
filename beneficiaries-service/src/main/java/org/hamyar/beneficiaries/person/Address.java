package org.hamyar.beneficiaries.person;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where a person or household lives: province (two-digit code), county, village, rural or not. */
@Embeddable
public class Address {

    @Column(name = "province_code")
    public String provinceCode;

    public String county;

    public String village;

    public Boolean rural;

    public Address() {
    }

    public Address(String provinceCode, String county, String village, boolean rural) {
        this.provinceCode = provinceCode;
        this.county = county;
        this.village = village;
        this.rural = rural;
    }
}
