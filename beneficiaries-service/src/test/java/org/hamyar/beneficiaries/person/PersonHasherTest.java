package org.hamyar.beneficiaries.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hamyar.standards.InvalidIdentifierException;
import org.junit.jupiter.api.Test;

class PersonHasherTest {

    final PersonHasher hasher = new PersonHasher("local-demo-secret");

    @Test
    void theHashIsHmacSha256InHex() {
        // RFC 2104 HMAC-SHA256("local-demo-secret", "0499370899"), computed independently with openssl
        assertThat(hasher.hash("0499370899"))
                .isEqualTo("4c3efc832613c6235da25980732970b32032e613d9fa42d33b72f5a57693651b");
    }

    @Test
    void theSameCodeInAnyScriptHashesAlike() {
        assertThat(hasher.hash("۰۴۹۹۳۷۰۸۹۹")).isEqualTo(hasher.hash("0499370899"));
        assertThat(hasher.hash("11537027")).isEqualTo(hasher.hash("0011537027"));
    }

    @Test
    void anotherSecretGivesAnotherHash() {
        assertThat(new PersonHasher("another-secret").hash("0499370899")).isNotEqualTo(hasher.hash("0499370899"));
        assertThat(hasher.hash("0790419904")).isNotEqualTo(hasher.hash("0499370899"));
    }

    @Test
    void invalidCodesAreNotHashed() {
        assertThatThrownBy(() -> hasher.hash("1234567890")).isInstanceOf(InvalidIdentifierException.class);
        assertThatThrownBy(() -> new PersonHasher(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
