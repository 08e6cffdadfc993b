package org.hamyar.beneficiaries.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.hamyar.standards.PersianText;

/**
 * The columns of a registry file (docs/product.md §4 "Imports"): one row per person, rows of one
 * household sharing the {@code household} value. A header names each column in English or in
 * Persian, in any order and letter case.
 */
public enum ImportColumn {

    /** The file's own household number or text: rows with the same value are one household. */
    HOUSEHOLD("household", true, "خانوار"),
    /** {@code HEAD} (one per household) or a {@code Relation}; Persian words too (سرپرست, همسر, فرزند…). */
    RELATION("relation", true, "نسبت"),
    NATIONAL_CODE("national_code", true, "کد ملی"),
    FIRST_NAME("first_name", true, "نام"),
    LAST_NAME("last_name", true, "نام خانوادگی"),
    FATHER_NAME("father_name", false, "نام پدر"),
    /** ISO ({@code 1981-08-03}) or Jalali ({@code 1360/05/12}, {@code ۱۳۶۰-۰۵-۱۲}). */
    BIRTH_DATE("birth_date", true, "تاریخ تولد"),
    /** {@code MALE}/{@code FEMALE}, {@code M}/{@code F}, مرد/زن. */
    SEX("sex", true, "جنسیت"),
    DISABILITY_TYPE("disability_type", false, "نوع معلولیت"),
    DISABILITY_SEVERITY("disability_severity", false, "شدت معلولیت"),
    PHONE("phone", false, "تلفن"),
    /** Two-digit code (any digit script, or {@code IR-26}) or the province's name in Persian or English. */
    PROVINCE("province", true, "استان"),
    COUNTY("county", true, "شهرستان"),
    VILLAGE("village", false, "روستا"),
    /** true/false, yes/no, 1/0, بله/خیر; empty: rural when a village is given. */
    RURAL("rural", false, "روستایی"),
    /** The household's {@code EnrolmentCategory}, read from its head's row. */
    ENROLMENT_CATEGORY("enrolment_category", false, "دسته حمایت");

    private final String header;
    private final boolean requiredInHeader;
    private final String persianHeader;

    ImportColumn(String header, boolean requiredInHeader, String persianHeader) {
        this.header = header;
        this.requiredInHeader = requiredInHeader;
        this.persianHeader = persianHeader;
    }

    /** The English header, also the name a row's reason gives the column by. */
    public String header() {
        return header;
    }

    public boolean requiredInHeader() {
        return requiredInHeader;
    }

    /** The column a header cell names: English in any case, spaces or hyphens for underscores, or Persian. */
    public static Optional<ImportColumn> byHeader(String cell) {
        String english = cell.strip().toLowerCase(java.util.Locale.ROOT).replace(' ', '_').replace('-', '_');
        String persian = PersianText.compact(cell);
        return Arrays.stream(values())
                .filter(c -> c.header.equals(english) || PersianText.compact(c.persianHeader).equals(persian))
                .findFirst();
    }

    public static List<ImportColumn> requiredColumns() {
        return Arrays.stream(values()).filter(ImportColumn::requiredInHeader).toList();
    }
}
