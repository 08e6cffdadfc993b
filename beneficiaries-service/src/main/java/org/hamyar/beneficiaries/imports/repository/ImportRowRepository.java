package org.hamyar.beneficiaries.imports.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import org.hamyar.beneficiaries.imports.ImportRowResult;
import org.hamyar.beneficiaries.imports.RowOutcome;

/** The rows of import jobs, in file order. */
@ApplicationScoped
public class ImportRowRepository implements PanacheRepositoryBase<ImportRowResult, ImportRowResult.Key> {

    private static final Sort BY_ROW = Sort.ascending("id.rowNumber");

    /** A job's rows of one outcome (index {@code import_row_outcome}), or all of them (the primary key). */
    public PanacheQuery<ImportRowResult> rows(UUID job, RowOutcome outcome) {
        return outcome == null
                ? find("id.jobId = ?1", BY_ROW, job)
                : find("id.jobId = ?1 and outcome = ?2", BY_ROW, job, outcome);
    }

    /** The rows after {@code afterRow}: the CSV download's keyset pages. */
    public List<ImportRowResult> rowsAfter(UUID job, int afterRow, int limit) {
        return find("id.jobId = ?1 and id.rowNumber > ?2", BY_ROW, job, afterRow).page(0, limit).list();
    }
}
