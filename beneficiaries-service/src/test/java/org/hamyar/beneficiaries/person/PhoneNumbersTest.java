package org.hamyar.beneficiaries.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"09123456789", "0912 345 6789", "+98 912 345 6789", "+98-912-345-6789",
            "00989123456789", "۰۹۱۲۳۴۵۶۷۸۹", "٠٩١٢٣٤٥٦٧٨٩", "(0912) 345-6789"})
    void everyCommonWritingOfAMobileNumberIsTheSameNumber(String written) {
        assertThat(PhoneNumbers.normalize(written)).contains("09123456789");
    }

    @ParameterizedTest
    @ValueSource(strings = {"02833334444"})
    void landlinesKeepTheirAreaCode(String written) {
        assertThat(PhoneNumbers.normalize(written)).contains(written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0912345678", "091234567890", "9123456789", "+1 912 345 6789", "0912abc6789",
            "00123456789", "0912.345.6789"})
    void otherTextIsNotAPhoneNumber(String written) {
        assertThat(PhoneNumbers.isValid(written)).isFalse();
    }
}
