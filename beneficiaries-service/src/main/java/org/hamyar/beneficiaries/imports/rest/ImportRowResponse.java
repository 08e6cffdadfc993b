package org.hamyar.beneficiaries.imports.rest;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.beneficiaries.imports.ImportRowResult;
import org.hamyar.beneficiaries.imports.RowOutcome;
import org.hamyar.beneficiaries.imports.RowReason;

@Schema(name = "ImportRow", description = "What became of one row of the file. Rows are named by their line "
        + "(the header is line 1); no personal data is repeated.")
public record ImportRowResponse(
        @Schema(description = "The line of the file the row starts on", examples = "2") int row,
        @Schema(description = "The file's household value", examples = "17") String household,
        RowOutcome outcome,
        @Schema(description = "For REJECTED and POSSIBLE_DUPLICATE: the column, a stable code and a sentence")
        List<RowReason> reasons,
        @Schema(description = "The person the row is (absent when nothing was imported)") UUID personId,
        UUID householdId,
        @Schema(description = "The earlier row of the file this one repeats") Integer duplicateOfRow,
        @Schema(description = "A person of the caller's organisation this row probably is") UUID duplicateOfPersonId) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static ImportRowResponse of(ImportRowResult r) {
        return new ImportRowResponse(r.id.rowNumber, r.householdKey, r.outcome, reasons(r.reasonsJson), r.personId,
                r.householdId, r.duplicateOfRow, r.duplicateOfPersonId);
    }

    static List<RowReason> reasons(String json) {
        try {
            return json == null ? List.of() : List.of(JSON.readValue(json, RowReason[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("import_row.reasons is written by ChunkWriter", e);
        }
    }
}
