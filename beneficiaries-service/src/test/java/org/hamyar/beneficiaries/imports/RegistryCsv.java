package org.hamyar.beneficiaries.imports;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.hamyar.beneficiaries.testing.NationalCodes;

/** Registry files for the import tests: the header, then rows as written. */
final class RegistryCsv {

    static final String HEADER = "household,relation,national_code,first_name,last_name,father_name,birth_date,sex,"
            + "province,county,village,rural,enrolment_category";

    private final List<String> lines = new ArrayList<>();
    private String newline = "\n";

    RegistryCsv() {
        lines.add(HEADER);
    }

    RegistryCsv crlf() {
        newline = "\r\n";
        return this;
    }

    RegistryCsv line(String line) {
        lines.add(line);
        return this;
    }

    /**
     * A household of a head and members, each a fresh national code and made-up names: the
     * registry's duplicate finder would hold persons of one name and birth date for one person.
     */
    RegistryCsv household(String key, int members) {
        String surname = name(RANDOM);
        head(key, NationalCodes.random(), name(RANDOM), surname, "1360/05/12");
        for (int i = 0; i < members; i++) {
            line(key + ",CHILD," + NationalCodes.random() + "," + name(RANDOM) + "," + surname + ",علی,1370-01-0" + (1 + i % 9)
                    + ",FEMALE,,,,,");
        }
        return this;
    }

    private static final java.util.Random RANDOM = new java.util.Random();
    private static final String LETTERS = "بپتجچدرزسشفقکگلمنهی";

    /** A made-up name of six letters (one in 47 million). */
    static String name(java.util.Random random) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            name.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return name.toString();
    }

    RegistryCsv head(String key, String code, String first, String last, String birth) {
        return line(key + ",HEAD," + code + "," + first + "," + last + ",حسین," + birth + ",MALE,26,البرز,کوندج,true,RURAL_POOR");
    }

    RegistryCsv member(String key, String code, String first, String birth) {
        return line(key + ",CHILD," + code + "," + first + ",کریمی,علی," + birth + ",FEMALE,,,,,");
    }

    byte[] bytes() {
        return (String.join(newline, lines) + newline).getBytes(StandardCharsets.UTF_8);
    }

    private static final String[] SURNAMES = {"کریمی", "رضایی", "احمدی", "محمدی", "حسینی", "موسوی", "جعفری", "صالحی"};

    /**
     * A generated file: {@code households} households of a head and three members, common surnames,
     * birth dates spread over sixty Jalali years.
     */
    static byte[] generated(int households) {
        RegistryCsv csv = new RegistryCsv();
        java.util.Random random = new java.util.Random(households);
        // random codes meet by the birthday paradox (a few in 100,000): a generated file has none twice
        java.util.Set<String> codes = new java.util.HashSet<>();
        java.util.function.Supplier<String> fresh = () -> {
            String code;
            do {
                code = NationalCodes.random();
            } while (!codes.add(code));
            return code;
        };
        for (int h = 0; h < households; h++) {
            String key = "g" + h;
            String surname = SURNAMES[h % SURNAMES.length];
            csv.line(key + ",HEAD," + fresh.get() + "," + name(random) + "," + surname + ",حسین," + date(random, 1330)
                    + ",MALE," + String.format("%02d", h % 31) + ",البرز,کوندج,true,RURAL_POOR");
            for (int m = 0; m < 3; m++) {
                csv.line(key + ",CHILD," + fresh.get() + "," + name(random) + "," + surname + ",علی,"
                        + date(random, 1370) + ",FEMALE,,,,,");
            }
        }
        return csv.bytes();
    }

    private static String date(java.util.Random random, int fromYear) {
        return (fromYear + random.nextInt(30)) + "/" + (1 + random.nextInt(12)) + "/" + (1 + random.nextInt(29));
    }
}
