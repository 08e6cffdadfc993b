package org.hamyar.beneficiaries.duplicate;

import java.time.LocalDate;

import org.hamyar.beneficiaries.person.Sex;
import org.hamyar.standards.PersianText;

/**
 * Who a registration says a person is, in the form the duplicate finder compares: names folded by
 * {@link PersianText#compact} (Arabic letter forms, ZWNJ, spacing, diacritics and digit scripts
 * gone, so that "محمدرضا" and "محمد رضا" are one name), the birth date, sex and place. No national
 * code or document: two persons whose codes agree are one person already and never compared.
 *
 * @param firstName  compact normalised first name
 * @param lastName   compact normalised last name
 * @param fatherName compact normalised father's name, null when not given
 * @param sex        null when not known
 * @param province   two-digit province code, null when not known
 * @param county     compact normalised county, null when not known
 */
public record Identity(String firstName, String lastName, String fatherName, LocalDate birthDate, Sex sex,
                       String province, String county) {

    /** The identity of names as written (any letter forms, spacing and digits). */
    public static Identity of(String firstName, String lastName, String fatherName, LocalDate birthDate, Sex sex,
                              String province, String county) {
        return new Identity(compact(firstName), compact(lastName), compact(fatherName), birthDate, sex,
                province == null || province.isBlank() ? null : province,
                compact(county));
    }

    private static String compact(String text) {
        if (text == null) {
            return null;
        }
        String compact = PersianText.compact(text);
        return compact.isEmpty() ? null : compact;
    }
}
