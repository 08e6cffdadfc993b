package org.hamyar.beneficiaries.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.hamyar.beneficiaries.imports.csv.CsvRecords;
import org.junit.jupiter.api.Test;

/** RFC 4180 as registry files are written: by Excel on Windows, by scripts on Linux, by hand. */
class CsvRecordsTest {

    @Test
    void aByteOrderMarkCrlfAndBlankLinesChangeNothing() {
        List<CsvRecords.Record> records = CsvRecords.parse("\uFEFFa,b\r\n\r\n1,2\r\n   \n3,4");
        assertThat(records).extracting(CsvRecords.Record::fields)
                .containsExactly(List.of("a", "b"), List.of("1", "2"), List.of("3", "4"));
        assertThat(records).extracting(CsvRecords.Record::line).containsExactly(1, 3, 5);
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaksAndTheNextRecordKeepsItsLine() {
        List<CsvRecords.Record> records = CsvRecords.parse("\"x, \"\"y\"\"\nz\",2\n3,\"\"\n");
        assertThat(records.get(0).fields()).containsExactly("x, \"y\"\nz", "2");
        assertThat(records.get(1).line()).isEqualTo(3);
        assertThat(records.get(1).fields()).containsExactly("3", "");
    }

    @Test
    void aQuoteLeftOpenIsReportedNotSwallowedSilently() {
        List<CsvRecords.Record> records = CsvRecords.parse("a,b\n\"open,2\n");
        assertThat(records.get(1).unterminatedQuote()).isTrue();
        assertThat(records.get(0).unterminatedQuote()).isFalse();
    }

    @Test
    void emptyFieldsAtTheEndsCount() {
        assertThat(CsvRecords.parse(",a,\n").getFirst().fields()).containsExactly("", "a", "");
    }
}
