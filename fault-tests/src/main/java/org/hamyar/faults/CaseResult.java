package org.hamyar.faults;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of the table: how many runs, how many committed changes were lost, how many effects
 * were applied twice (or, for hostile input, how many refused requests left rows behind) and how
 * many answers were 5xx. {@code -1} means "does not apply to this case". The notes say what was
 * measured and show the first failures.
 */
public final class CaseResult {

    private final String name;
    private long runs;
    private long lost = -1;
    private long doubled = -1;
    private long serverErrors;
    private boolean invariantBroken;
    private final List<String> notes = new ArrayList<>();

    public CaseResult(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public synchronized void run() {
        runs++;
    }

    public synchronized void runs(long count) {
        runs += count;
    }

    public synchronized void serverError() {
        serverErrors++;
    }

    public synchronized void lost(long count) {
        lost = Math.max(lost, 0) + count;
    }

    public synchronized void doubled(long count) {
        doubled = Math.max(doubled, 0) + count;
    }

    /** A failure no column counts (e.g. two grants both succeeded, an overdraft). */
    public synchronized void broken(String why) {
        invariantBroken = true;
        note("FAILED: " + why);
    }

    public synchronized void note(String note) {
        if (notes.size() < 40) {
            notes.add(note);
        }
    }

    public synchronized boolean passed() {
        return !invariantBroken && serverErrors == 0 && lost <= 0 && doubled <= 0 && runs > 0;
    }

    public synchronized long runsCount() {
        return runs;
    }

    public synchronized long lostCount() {
        return lost;
    }

    public synchronized long doubledCount() {
        return doubled;
    }

    public synchronized long serverErrors() {
        return serverErrors;
    }

    public synchronized List<String> notes() {
        return List.copyOf(notes);
    }
}
