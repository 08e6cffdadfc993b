package org.hamyar.beneficiaries.imports;

/**
 * Why a row was rejected or flagged: the column (its English header, or {@code row} for the row as
 * a whole), a stable code and an English sentence.
 */
public record RowReason(String column, String code, String message) {

    public static RowReason of(ImportColumn column, String code, String message) {
        return new RowReason(column.header(), code, message);
    }
}
