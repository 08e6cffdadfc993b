package org.hamyar.beneficiaries.imports.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records of a text: fields separated by commas, records by CRLF, LF or CR; a field in
 * double quotes may hold commas, line breaks and doubled quotes. A leading byte-order mark is
 * dropped and blank lines are skipped. Plain Java, no framework: the registry import reads its
 * files with it.
 */
public final class CsvRecords {

    /**
     * One record and the line of the file it starts on (1 is the first line), so that a person can
     * find it in the spreadsheet the file came from.
     *
     * @param unterminatedQuote the record ends inside a quoted field (the file ended first)
     */
    public record Record(int line, List<String> fields, boolean unterminatedQuote) {
    }

    private CsvRecords() {
    }

    public static List<Record> parse(String text) {
        List<Record> records = new ArrayList<>();
        int length = text.length();
        int i = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        int line = 1;
        while (i < length) {
            int startLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean fieldWasQuoted = false;
            boolean unterminated = false;
            boolean endOfRecord = false;
            while (!endOfRecord) {
                if (i >= length) {
                    unterminated = quoted;
                    break;
                }
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"') {
                        if (i + 1 < length && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                        } else {
                            quoted = false;
                            i++;
                        }
                    } else {
                        if (c == '\n' || (c == '\r' && (i + 1 >= length || text.charAt(i + 1) != '\n'))) {
                            line++;
                        }
                        field.append(c);
                        i++;
                    }
                } else if (c == '"' && field.isEmpty() && !fieldWasQuoted) {
                    quoted = true;
                    fieldWasQuoted = true;
                    i++;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldWasQuoted = false;
                    i++;
                } else if (c == '\r' || c == '\n') {
                    i += c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n' ? 2 : 1;
                    line++;
                    endOfRecord = true;
                } else {
                    field.append(c);
                    i++;
                }
            }
            fields.add(field.toString());
            boolean blank = fields.size() == 1 && fields.getFirst().isBlank() && !fieldWasQuoted;
            if (!blank) {
                records.add(new Record(startLine, List.copyOf(fields), unterminated));
            }
        }
        return records;
    }
}
