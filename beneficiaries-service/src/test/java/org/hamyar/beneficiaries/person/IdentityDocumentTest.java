package org.hamyar.beneficiaries.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class IdentityDocumentTest {

    @Test
    void numbersAreNormalisedAndCheckedPerType() {
        assertThat(IdentityDocument.of(DocumentType.AMAYESH, "۱۲۳-۴۵۶ ۷۸۹")).contains(new IdentityDocument(DocumentType.AMAYESH, "123456789"));
        assertThat(IdentityDocument.of(DocumentType.AMAYESH, "12345")).as("too short").isEmpty();
        assertThat(IdentityDocument.of(DocumentType.AMAYESH, "12345A789")).as("letters").isEmpty();
        assertThat(IdentityDocument.of(DocumentType.FOREIGN_NATIONAL_ID, "٢٠٠٠٠٠٠٠٠٠٠١")).map(IdentityDocument::number)
                .contains("200000000001");
        assertThat(IdentityDocument.of(DocumentType.FOREIGN_NATIONAL_ID, "20000000000")).as("11 digits").isEmpty();
        assertThat(IdentityDocument.of(DocumentType.PASSPORT, "p 1234567")).map(IdentityDocument::number).contains("P1234567");
        assertThat(IdentityDocument.of(DocumentType.PASSPORT, "ABCDEFG")).as("no digit").isEmpty();
        assertThat(IdentityDocument.of(DocumentType.BIRTH_CERTIFICATE, "۴۲")).map(IdentityDocument::number).contains("42");
        assertThat(IdentityDocument.of(DocumentType.BIRTH_CERTIFICATE, "0000")).as("all zeros").isEmpty();
        assertThat(IdentityDocument.of(DocumentType.BIRTH_CERTIFICATE, "12345678901")).as("11 digits").isEmpty();
    }

    @Test
    void aBirthCertificateLinksOnlyWithItsBirthDate() {
        LocalDate born = LocalDate.of(2020, 5, 1);
        IdentityDocument amayesh = IdentityDocument.of(DocumentType.AMAYESH, "123456789").orElseThrow();
        IdentityDocument certificate = IdentityDocument.of(DocumentType.BIRTH_CERTIFICATE, "42").orElseThrow();
        assertThat(amayesh.linkKey(born)).isEqualTo(amayesh.linkKey(born.plusDays(1))).isEqualTo("AMAYESH:123456789");
        assertThat(certificate.linkKey(born)).isNotEqualTo(certificate.linkKey(born.plusDays(1)));
    }
}
