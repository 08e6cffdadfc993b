package org.hamyar.benchmarks.registry;

/**
 * One row of a generated registry, as an agency's spreadsheet would hold it: text as typed.
 *
 * @param row            0-based position in the registry
 * @param person         the truth: rows with the same number are the same person
 * @param nationalCode   10 digits in some digit script, or null
 * @param documentType   AMAYESH, FOREIGN_NATIONAL_ID, PASSPORT or BIRTH_CERTIFICATE, or null
 * @param documentNumber the document's number, or null
 * @param birthDate      ISO (1985-03-21) or Jalali (1364-01-01), in some digit script
 * @param sex            MALE or FEMALE
 * @param provinceCode   two-digit province code, or null
 * @param county         county name as typed, or null
 */
public record RegistryRow(int row, int person, String nationalCode, String documentType, String documentNumber,
                          String firstName, String lastName, String fatherName, String birthDate, String sex,
                          String provinceCode, String county) {

    /** The header of {@link #csv()}. */
    public static final String CSV_HEADER =
            "national_code,document_type,document_number,first_name,last_name,father_name,birth_date,sex,province,county";

    /** The row as a CSV line in the header's order (no field holds a comma or a quote). */
    public String csv() {
        return String.join(",", blank(nationalCode), blank(documentType), blank(documentNumber), firstName, lastName,
                blank(fatherName), birthDate, sex, blank(provinceCode), blank(county));
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }
}
