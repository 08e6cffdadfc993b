package org.hamyar.beneficiaries.imports;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.Formula;

/** What became of one row of an imported file (written by the worker in SQL, read here). */
@Entity
@Table(name = "import_row")
public class ImportRowResult {

    @EmbeddedId
    public Key id;

    @Column(name = "household_key")
    public String householdKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RowOutcome outcome;

    /** The reasons as JSON ({@code [{column, code, message}]}), read as text. */
    @Formula("reasons::text")
    public String reasonsJson;

    @Column(name = "person_id")
    public UUID personId;

    @Column(name = "household_id")
    public UUID householdId;

    @Column(name = "duplicate_of_row")
    public Integer duplicateOfRow;

    @Column(name = "duplicate_of_person_id")
    public UUID duplicateOfPersonId;

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "job_id")
        public UUID jobId;

        @Column(name = "row_number")
        public int rowNumber;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(jobId, other.jobId) && rowNumber == other.rowNumber;
        }

        @Override
        public int hashCode() {
            return Objects.hash(jobId, rowNumber);
        }
    }
}
