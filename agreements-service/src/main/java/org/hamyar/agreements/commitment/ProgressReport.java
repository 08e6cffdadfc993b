package org.hamyar.agreements.commitment;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One report of progress on a commitment, by the committed party or the monitoring party. */
@Entity
@Table(name = "commitment_progress")
public class ProgressReport {

    @Id
    private UUID id;
    private UUID commitmentId;
    private Long value;
    private boolean done;
    private String note;
    private LocalDate reportedOn;
    private UUID reportedByOrganizationId;
    private String reportedBy;
    private Instant recordedAt;

    protected ProgressReport() {
    }

    public ProgressReport(UUID commitmentId, Long value, boolean done, String note, LocalDate reportedOn,
                          UUID reportedByOrganizationId, String reportedBy, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.commitmentId = commitmentId;
        this.value = value;
        this.done = done;
        this.note = note;
        this.reportedOn = reportedOn;
        this.reportedByOrganizationId = reportedByOrganizationId;
        this.reportedBy = reportedBy;
        this.recordedAt = recordedAt;
    }

    public UUID id() {
        return id;
    }

    public UUID commitmentId() {
        return commitmentId;
    }

    public Long value() {
        return value;
    }

    public boolean done() {
        return done;
    }

    public String note() {
        return note;
    }

    public LocalDate reportedOn() {
        return reportedOn;
    }

    public UUID reportedByOrganizationId() {
        return reportedByOrganizationId;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
