package org.hamyar.beneficiaries.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The registry's "probably the same person" for the rows of one chunk: the one place a duplicate
 * finder plugs into an import. It is asked once per chunk, inside the chunk's transaction, with
 * the rows about to be imported and the persons their national codes already name, and answers,
 * per row, a person of the registry the row probably is under another code.
 *
 * <p>What it answers must be the importing organisation's to see (its own versions, or what
 * data sharing opens): the answer goes into the row results. The default, {@link ExactImportDuplicates},
 * finds the organisation's own persons with the same normalised name, father's name and birth date.
 */
public interface ImportDuplicates {

    /**
     * @param connection   the chunk's connection (its transaction)
     * @param organization the importing organisation
     * @param rows         valid rows about to be imported, each with the person id its national code
     *                     already has in the registry, or null for a code new to the registry
     * @return row line to the probable duplicate's person id; rows without one are absent
     */
    Map<Integer, UUID> probableDuplicates(Connection connection, UUID organization, List<Candidate> rows) throws SQLException;

    /** A row about to be imported and the identity its code already has, if any. */
    record Candidate(FileRow row, UUID existingPersonId) {
    }
}
