package org.hamyar.beneficiaries.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to do with each row of a file, decided over the whole file before anything is written
 * (plain Java, deterministic: a resumed job plans the same file the same way and continues after
 * the households it committed).
 *
 * <ul>
 * <li>Rows are grouped into households by their {@code household} value, in the order each
 * household first appears; a row without one is a group of its own (and rejected).</li>
 * <li>A national code already given on an earlier row is a {@code POSSIBLE_DUPLICATE} of that row
 * and is not imported: one person, one code.</li>
 * <li>The same normalised name, father's name and birth date as an earlier row under another code
 * is imported and flagged {@code POSSIBLE_DUPLICATE} of that row.</li>
 * <li>A household needs exactly one imported head: two heads reject all its rows; without one (none
 * given, or its row rejected or a duplicate) its members are rejected.</li>
 * </ul>
 */
public final class ImportPlan {

    /** One row and what the plan decided for it before the registry is asked. */
    public record PlannedRow(FileRow row, boolean store, RowOutcome outcome, List<RowReason> reasons,
                             Integer duplicateOfRow) {

        static PlannedRow stored(FileRow row) {
            return new PlannedRow(row, true, null, List.of(), null);
        }

        /** The same decision with one more reason. */
        public PlannedRow withReason(RowReason reason) {
            List<RowReason> all = new ArrayList<>(reasons);
            all.add(reason);
            return new PlannedRow(row, store, outcome, all, duplicateOfRow);
        }

        PlannedRow rejected(RowReason reason) {
            List<RowReason> all = new ArrayList<>(reasons);
            all.add(reason);
            return new PlannedRow(row, false, RowOutcome.REJECTED, all, null);
        }
    }

    /** The rows of one household in file order; {@code head} is the imported head's row, if any. */
    public record Group(String key, List<PlannedRow> rows) {

        public PlannedRow head() {
            return rows.stream().filter(r -> r.store() && r.row().head()).findFirst().orElse(null);
        }
    }

    private final List<Group> groups;

    private ImportPlan(List<Group> groups) {
        this.groups = groups;
    }

    public List<Group> groups() {
        return groups;
    }

    public static ImportPlan of(List<FileRow> rows) {
        Map<String, Integer> codeLines = new HashMap<>();
        Map<String, FileRow> identities = new HashMap<>();
        Map<String, List<PlannedRow>> byHousehold = new LinkedHashMap<>();
        for (FileRow row : rows) {
            PlannedRow planned;
            if (!row.valid()) {
                planned = new PlannedRow(row, false, RowOutcome.REJECTED, row.reasons(), null);
            } else if (codeLines.containsKey(row.nationalCode())) {
                int first = codeLines.get(row.nationalCode());
                planned = new PlannedRow(row, false, RowOutcome.POSSIBLE_DUPLICATE,
                        List.of(RowReason.of(ImportColumn.NATIONAL_CODE, "duplicate-national-code",
                                "the same national code as row " + first + " (imported there)")), first);
            } else {
                codeLines.put(row.nationalCode(), row.line());
                FileRow same = identities.putIfAbsent(row.identityKey(), row);
                planned = same == null ? PlannedRow.stored(row)
                        : new PlannedRow(row, true, RowOutcome.POSSIBLE_DUPLICATE,
                        List.of(new RowReason("row", "duplicate-identity", "the same name, father's name and birth date as row "
                                + same.line() + " under another national code")), same.line());
            }
            String key = row.householdKey() == null ? "\u0000line " + row.line() : row.householdKey();
            byHousehold.computeIfAbsent(key, k -> new ArrayList<>()).add(planned);
        }
        List<Group> groups = new ArrayList<>(byHousehold.size());
        byHousehold.forEach((key, planned) -> groups.add(new Group(key.startsWith("\u0000") ? null : key, checkHead(planned))));
        return new ImportPlan(groups);
    }

    private static List<PlannedRow> checkHead(List<PlannedRow> rows) {
        List<PlannedRow> heads = rows.stream().filter(r -> r.row().valid() && r.row().head()).toList();
        if (heads.size() > 1) {
            String lines = heads.stream().map(h -> String.valueOf(h.row().line())).reduce((a, b) -> a + ", " + b).orElseThrow();
            RowReason twoHeads = RowReason.of(ImportColumn.RELATION, "two-heads", "the household has more than one head (rows " + lines + ")");
            return rows.stream().map(r -> r.store() ? r.rejected(twoHeads) : r).toList();
        }
        PlannedRow head = heads.isEmpty()
                ? rows.stream().filter(r -> r.row().head()).findFirst().orElse(null)
                : heads.getFirst();
        if (head != null && head.store()) {
            return rows;
        }
        RowReason noHead = RowReason.of(ImportColumn.RELATION, "head-missing", head == null
                ? "the household has no row with relation HEAD"
                : "the household's head (row " + head.row().line() + ") was not imported");
        return rows.stream().map(r -> r.store() ? r.rejected(noHead) : r).toList();
    }

    /**
     * The groups cut into chunks of consecutive households, each at least {@code chunkRows} rows
     * (the last may be smaller); a household is never split.
     */
    public List<List<Group>> chunks(int fromGroup, int chunkRows) {
        List<List<Group>> chunks = new ArrayList<>();
        List<Group> current = new ArrayList<>();
        int rows = 0;
        for (Group group : groups.subList(fromGroup, groups.size())) {
            current.add(group);
            rows += group.rows().size();
            if (rows >= chunkRows) {
                chunks.add(current);
                current = new ArrayList<>();
                rows = 0;
            }
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }
}
