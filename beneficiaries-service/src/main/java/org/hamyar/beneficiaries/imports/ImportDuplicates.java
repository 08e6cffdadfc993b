package org.hamyar.beneficiaries.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hamyar.beneficiaries.duplicate.Match;
import org.hamyar.beneficiaries.person.Address;

/**
 * The registry's "probably the same person" for the rows of one chunk: the one place a duplicate
 * finder plugs into an import. It is asked once per chunk, inside the chunk's transaction, with
 * the rows about to be imported and the persons their national codes already name, and answers,
 * per row, a person of the registry the row probably is under another code.
 *
 * <p>What it answers must be the importing organisation's to see (its own versions, or what
 * data sharing opens): the answer goes into the row results. The default, {@link ExactImportDuplicates},
 * finds the organisation's own persons with the same normalised name, father's name and birth date;
 * the registry's finder ({@code duplicate.service.FuzzyImportDuplicates}) replaces it.
 */
public interface ImportDuplicates {

    /**
     * @param connection   the chunk's connection (its transaction)
     * @param organization the importing organisation
     * @param rows         valid rows about to be imported, each with the person id its national code
     *                     already has in the registry, or null for a code new to the registry
     * @return per row, the probable duplicate to name in its result and the flags to record
     */
    Found probableDuplicates(Connection connection, UUID organization, List<Candidate> rows) throws SQLException;

    /**
     * A row about to be imported, the identity its code already has (or null), and the address its
     * person is registered with (its own, or the household's).
     */
    record Candidate(FileRow row, UUID existingPersonId, Address address) {
    }

    /**
     * @param shown   row line to a probable duplicate the importing organisation may see (its own
     *                registration or a data-sharing partner's); rows without one are absent
     * @param flagged row line to every probable duplicate to flag for a new identity, whoever registered
     *                it, as a registration flags (a flag is listed only to whom may see both persons)
     */
    record Found(Map<Integer, UUID> shown, Map<Integer, List<Match>> flagged) {

        public static Found of(Map<Integer, UUID> shown) {
            return new Found(shown, Map.of());
        }
    }
}
