package org.hamyar.beneficiaries.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hamyar.api.problem.DomainProblem;
import org.hamyar.beneficiaries.household.EnrolmentCategory;
import org.hamyar.beneficiaries.household.Relation;
import org.hamyar.beneficiaries.imports.csv.CsvRecords;
import org.hamyar.beneficiaries.person.Address;
import org.hamyar.beneficiaries.person.DisabilitySeverity;
import org.hamyar.beneficiaries.person.DisabilityType;
import org.hamyar.beneficiaries.person.PersonDetails;
import org.hamyar.beneficiaries.person.PhoneNumbers;
import org.hamyar.beneficiaries.person.Sex;
import org.hamyar.standards.Dates;
import org.hamyar.standards.Digits;
import org.hamyar.standards.InvalidIdentifierException;
import org.hamyar.standards.NationalCode;
import org.hamyar.standards.PersianText;
import org.hamyar.standards.Province;
import org.hamyar.standards.Provinces;

/**
 * A registry file read and checked row by row (plain Java): UTF-8 with or without a byte-order
 * mark, a header naming the {@link ImportColumn}s, then one row per person. The header is checked
 * as a whole (a missing or unknown column rejects the file: no row could be trusted); each row is
 * checked on its own, the same rules as a registration's, and a bad row names its columns. A
 * reason quotes a cell only when it is a category (a relation, a province, an enum); never a
 * name, a code, a phone number or a date.
 */
public final class RegistryFile {

    /** Longest name, county or village, as the registration API allows. */
    static final int MAX_TEXT = 100;

    private final CsvRecords.Record header;
    private final Map<ImportColumn, Integer> positions;
    private final List<CsvRecords.Record> records;

    private RegistryFile(CsvRecords.Record header, Map<ImportColumn, Integer> positions, List<CsvRecords.Record> records) {
        this.header = header;
        this.positions = positions;
        this.records = records;
    }

    /**
     * @throws ImportFileInvalid 400 naming what is wrong with the header or the encoding
     * @throws DomainProblem     413 when the file has more than {@code maxRows} rows
     */
    public static RegistryFile read(byte[] bytes, int maxRows) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw (ImportFileInvalid) new ImportFileInvalid().withField("body", "{import.not-utf8}");
        }
        List<CsvRecords.Record> all = CsvRecords.parse(text);
        if (all.isEmpty()) {
            throw (ImportFileInvalid) new ImportFileInvalid().withField("body", "{import.no-header}");
        }
        CsvRecords.Record header = all.getFirst();
        Map<ImportColumn, Integer> positions = new EnumMap<>(ImportColumn.class);
        ImportFileInvalid invalid = new ImportFileInvalid();
        boolean bad = false;
        for (int i = 0; i < header.fields().size(); i++) {
            String cell = header.fields().get(i);
            Optional<ImportColumn> column = ImportColumn.byHeader(cell);
            if (column.isEmpty()) {
                invalid.withField("header[" + (i + 1) + "]", "{import.column-unknown}", cell.strip());
                bad = true;
            } else if (positions.putIfAbsent(column.get(), i) != null) {
                invalid.withField("header[" + (i + 1) + "]", "{import.column-repeated}", column.get().header());
                bad = true;
            }
        }
        for (ImportColumn required : ImportColumn.requiredColumns()) {
            if (!positions.containsKey(required)) {
                invalid.withField("header." + required.header(), "{import.column-missing}", required.header());
                bad = true;
            }
        }
        if (bad) {
            throw invalid;
        }
        List<CsvRecords.Record> rows = all.subList(1, all.size());
        if (rows.isEmpty()) {
            throw (ImportFileInvalid) new ImportFileInvalid().withField("body", "{import.no-rows}");
        }
        if (rows.size() > maxRows) {
            throw new DomainProblem(413, "payload-too-large", "Payload too large",
                    "The file has {0} rows; an import takes at most {1}", rows.size(), maxRows)
                    .withField("body", "{import.too-many-rows}", maxRows);
        }
        return new RegistryFile(header, positions, rows);
    }

    public int rowCount() {
        return records.size();
    }

    /** Every row read and checked, in file order; {@code today} bounds birth dates. */
    public List<FileRow> rows(LocalDate today) {
        List<FileRow> rows = new ArrayList<>(records.size());
        for (CsvRecords.Record record : records) {
            rows.add(read(record, today));
        }
        return rows;
    }

    private FileRow read(CsvRecords.Record record, LocalDate today) {
        List<RowReason> reasons = new ArrayList<>();
        if (record.unterminatedQuote()) {
            reasons.add(new RowReason("row", "unterminated-quote", "a quoted field is not closed before the file ends"));
        }
        if (record.fields().size() != header.fields().size()) {
            reasons.add(new RowReason("row", "column-count", "has " + record.fields().size()
                    + " columns where the header has " + header.fields().size()));
            String key = record.fields().size() > position(ImportColumn.HOUSEHOLD)
                    ? blankToNull(record.fields().get(position(ImportColumn.HOUSEHOLD))) : null;
            return FileRow.rejected(record.line(), key, false, reasons);
        }
        Cells cells = new Cells(record.fields(), reasons);
        String household = cells.text(ImportColumn.HOUSEHOLD, true);
        boolean head = false;
        Relation relation = null;
        String relationText = cells.raw(ImportColumn.RELATION);
        if (relationText == null) {
            reasons.add(RowReason.of(ImportColumn.RELATION, "required", "is required: HEAD or the relation to the head"));
        } else {
            head = isHead(relationText);
            // a head has no relation: looking one up would throw and catch for every household of the file
            Optional<Relation> known = head ? Optional.empty() : relation(relationText);
            if (!head && known.isEmpty()) {
                reasons.add(RowReason.of(ImportColumn.RELATION, "unknown-value",
                        quote(relationText) + " is not HEAD or one of " + List.of(Relation.values())));
            }
            relation = known.orElse(null);
        }
        String code = nationalCode(cells.raw(ImportColumn.NATIONAL_CODE), reasons);
        String firstName = cells.text(ImportColumn.FIRST_NAME, true);
        String lastName = cells.text(ImportColumn.LAST_NAME, true);
        String fatherName = cells.text(ImportColumn.FATHER_NAME, false);
        LocalDate birthDate = birthDate(cells.raw(ImportColumn.BIRTH_DATE), today, reasons);
        Sex sex = sex(cells.raw(ImportColumn.SEX), reasons);
        DisabilityType disabilityType = cells.value(ImportColumn.DISABILITY_TYPE, DisabilityType.class);
        DisabilitySeverity severity = cells.value(ImportColumn.DISABILITY_SEVERITY, DisabilitySeverity.class);
        if ((cells.raw(ImportColumn.DISABILITY_TYPE) == null) != (cells.raw(ImportColumn.DISABILITY_SEVERITY) == null)) {
            ImportColumn missing = cells.raw(ImportColumn.DISABILITY_TYPE) == null
                    ? ImportColumn.DISABILITY_TYPE : ImportColumn.DISABILITY_SEVERITY;
            reasons.add(RowReason.of(missing, "required", "a disability needs both its type and its severity"));
        }
        String phone = null;
        String phoneText = cells.raw(ImportColumn.PHONE);
        if (phoneText != null) {
            phone = PhoneNumbers.normalize(phoneText).orElse(null);
            if (phone == null) {
                reasons.add(RowReason.of(ImportColumn.PHONE, "invalid", "is not an Iranian phone number"));
            }
        }
        Address address = address(cells, head, reasons);
        EnrolmentCategory category = cells.value(ImportColumn.ENROLMENT_CATEGORY, EnrolmentCategory.class);
        if (!reasons.isEmpty()) {
            return FileRow.rejected(record.line(), household, head, reasons);
        }
        PersonDetails person = new PersonDetails(code, firstName, lastName, fatherName, birthDate, sex,
                disabilityType, severity, phone, address);
        return new FileRow(record.line(), household, head, relation, code, person, category, List.of());
    }

    private int position(ImportColumn column) {
        return positions.getOrDefault(column, Integer.MAX_VALUE);
    }

    private static String nationalCode(String raw, List<RowReason> reasons) {
        if (raw == null) {
            reasons.add(RowReason.of(ImportColumn.NATIONAL_CODE, "required", "is required"));
            return null;
        }
        try {
            return NationalCode.requireValid(raw);
        } catch (InvalidIdentifierException e) {
            reasons.add(RowReason.of(ImportColumn.NATIONAL_CODE, "invalid", e.getMessage()));
            return null;
        }
    }

    private static LocalDate birthDate(String raw, LocalDate today, List<RowReason> reasons) {
        if (raw == null) {
            reasons.add(RowReason.of(ImportColumn.BIRTH_DATE, "required", "is required"));
            return null;
        }
        try {
            LocalDate date = Dates.parseIsoOrJalali(raw);
            if (date.isAfter(today)) {
                reasons.add(RowReason.of(ImportColumn.BIRTH_DATE, "future", "is in the future"));
                return null;
            }
            return date;
        } catch (DateTimeException e) {
            reasons.add(RowReason.of(ImportColumn.BIRTH_DATE, "invalid",
                    "is not a date: ISO (1981-08-03) or Jalali (1360/05/12)"));
            return null;
        }
    }

    private static Sex sex(String raw, List<RowReason> reasons) {
        if (raw == null) {
            reasons.add(RowReason.of(ImportColumn.SEX, "required", "is required"));
            return null;
        }
        String word = PersianText.compact(raw).toUpperCase(Locale.ROOT);
        return switch (word) {
            case "MALE", "M", "مرد" -> Sex.MALE;
            case "FEMALE", "F", "زن" -> Sex.FEMALE;
            default -> {
                reasons.add(RowReason.of(ImportColumn.SEX, "unknown-value", quote(raw) + " is not MALE or FEMALE"));
                yield null;
            }
        };
    }

    private static boolean isHead(String raw) {
        String word = PersianText.compact(raw).toUpperCase(Locale.ROOT);
        return word.equals("HEAD") || word.equals("سرپرست");
    }

    private static Optional<Relation> relation(String raw) {
        String word = PersianText.compact(raw).toUpperCase(Locale.ROOT);
        Relation persian = switch (word) {
            case "همسر" -> Relation.SPOUSE;
            case "فرزند", "پسر", "دختر" -> Relation.CHILD;
            case "پدر", "مادر" -> Relation.PARENT;
            case "برادر", "خواهر" -> Relation.SIBLING;
            case "نوه" -> Relation.GRANDCHILD;
            case "پدربزرگ", "مادربزرگ" -> Relation.GRANDPARENT;
            case "عروس", "داماد" -> Relation.CHILD_IN_LAW;
            case "سایر" -> Relation.OTHER;
            default -> null;
        };
        if (persian != null) {
            return Optional.of(persian);
        }
        try {
            return Optional.of(Relation.valueOf(word));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The head's row gives the household's address (province and county required); a member's own, or none. */
    private static Address address(Cells cells, boolean head, List<RowReason> reasons) {
        String provinceText = cells.raw(ImportColumn.PROVINCE);
        String county = cells.text(ImportColumn.COUNTY, false);
        String village = cells.text(ImportColumn.VILLAGE, false);
        String ruralText = cells.raw(ImportColumn.RURAL);
        boolean anything = provinceText != null || county != null || village != null || ruralText != null;
        if (!head && !anything) {
            return null;
        }
        String province = null;
        if (provinceText == null) {
            reasons.add(RowReason.of(ImportColumn.PROVINCE, "required",
                    head ? "is required on the head's row" : "is required when a member's address is given"));
        } else {
            province = province(provinceText).map(Province::code).orElse(null);
            if (province == null) {
                reasons.add(RowReason.of(ImportColumn.PROVINCE, "unknown-value",
                        quote(provinceText) + " is not a province code (00 to 30) or name"));
            }
        }
        if (county == null && !cells.rejected(ImportColumn.COUNTY)) {
            reasons.add(RowReason.of(ImportColumn.COUNTY, "required",
                    head ? "is required on the head's row" : "is required when a member's address is given"));
        }
        Boolean rural = ruralText == null ? Boolean.valueOf(village != null) : bool(ruralText);
        if (rural == null) {
            reasons.add(RowReason.of(ImportColumn.RURAL, "unknown-value", quote(ruralText) + " is not true or false"));
        }
        return province == null || county == null || rural == null ? null : new Address(province, county, village, rural);
    }

    static Optional<Province> province(String raw) {
        String ascii = Digits.toAscii(raw.strip()).toUpperCase(Locale.ROOT);
        String code = ascii.startsWith("IR-") ? ascii.substring(3) : ascii;
        if (code.matches("[0-9]{1,2}")) {
            return Provinces.byCode(code.length() == 1 ? "0" + code : code);
        }
        String name = PersianText.compact(raw);
        return Provinces.all().stream()
                .filter(p -> PersianText.compact(p.nameFa()).equals(name) || PersianText.compact(p.nameEn()).equals(name))
                .findFirst();
    }

    private static Boolean bool(String raw) {
        return switch (PersianText.compact(raw).toUpperCase(Locale.ROOT)) {
            case "TRUE", "YES", "Y", "1", "بله", "بلی", "آری" -> true;
            case "FALSE", "NO", "N", "0", "خیر", "نه" -> false;
            default -> null;
        };
    }

    /** A category's cell as the reason quotes it: at most 40 characters. */
    private static String quote(String cell) {
        return "'" + (cell.length() > 40 ? cell.substring(0, 40) + "…" : cell) + "'";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The cells of one row by column, and the reasons they add. */
    private final class Cells {

        private final List<String> fields;
        private final List<RowReason> reasons;
        private final Set<ImportColumn> rejected = new LinkedHashSet<>();

        Cells(List<String> fields, List<RowReason> reasons) {
            this.fields = fields;
            this.reasons = reasons;
        }

        /** The stripped cell, or null when the column is absent or the cell empty. */
        String raw(ImportColumn column) {
            Integer at = positions.get(column);
            return at == null ? null : blankToNull(fields.get(at));
        }

        boolean rejected(ImportColumn column) {
            return rejected.contains(column);
        }

        /** A name or place: no control or direction-override characters, at most {@value #MAX_TEXT} characters. */
        String text(ImportColumn column, boolean required) {
            String value = raw(column);
            if (value == null) {
                if (required) {
                    reasons.add(RowReason.of(column, "required", "is required"));
                    rejected.add(column);
                }
                return null;
            }
            if (PersianText.containsControlOrBidiOverride(value)) {
                reasons.add(RowReason.of(column, "invalid", "holds control or direction-override characters"));
                rejected.add(column);
                return null;
            }
            if (value.length() > MAX_TEXT) {
                reasons.add(RowReason.of(column, "too-long", "is longer than " + MAX_TEXT + " characters"));
                rejected.add(column);
                return null;
            }
            return value;
        }

        /** An enum value in any letter case, spaces or hyphens for underscores; null when empty. */
        <E extends Enum<E>> E value(ImportColumn column, Class<E> type) {
            String value = raw(column);
            if (value == null) {
                return null;
            }
            String name = value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            try {
                return Enum.valueOf(type, name);
            } catch (IllegalArgumentException e) {
                reasons.add(RowReason.of(column, "unknown-value",
                        quote(value) + " is not one of " + List.of(type.getEnumConstants())));
                rejected.add(column);
                return null;
            }
        }
    }
}
