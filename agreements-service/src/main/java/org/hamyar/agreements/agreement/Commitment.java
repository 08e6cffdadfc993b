package org.hamyar.agreements.agreement;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * What one party of an agreement undertakes, part of the agreement's text, with the running total
 * of the progress reported on it (the reports and their arithmetic are the commitment package's).
 * Its identity survives edits and amendments that name its id; an amendment that drops it
 * withdraws it, and its history stays.
 */
@Entity
@Table(name = "commitment")
public class Commitment {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agreement_id")
    private Agreement agreement;
    private UUID organizationId;
    private int position;
    private String text;
    private LocalDate dueDate;
    private String targetIndicator;
    private String targetUnit;
    private Long targetValue;
    private long progressTotal;
    private boolean reportedDone;
    private Integer withdrawnInVersion;
    private Instant overduePublishedAt;

    protected Commitment() {
    }

    public Commitment(Agreement agreement, UUID id) {
        this.agreement = agreement;
        this.id = id;
    }

    /** Takes the text of a commitment; a new due date may fall due again, so its overdue notice is reset. */
    public void apply(Terms.Commitment terms, int position) {
        this.organizationId = terms.organizationId();
        this.position = position;
        this.text = terms.text().strip();
        if (!Objects.equals(dueDate, terms.dueDate())) {
            overduePublishedAt = null;
        }
        this.dueDate = terms.dueDate();
        var target = terms.target();
        this.targetIndicator = target == null ? null : target.indicator().strip();
        this.targetUnit = target == null ? null : target.unit().strip();
        this.targetValue = target == null ? null : target.value();
    }

    /** The progress after a report: the new running total, and whether a party reported it done. */
    public void recordProgress(long total, boolean done) {
        progressTotal = total;
        reportedDone = done;
    }

    public void withdraw(int version) {
        withdrawnInVersion = version;
    }

    public void markOverduePublished(Instant at) {
        overduePublishedAt = at;
    }

    public boolean isCurrent() {
        return withdrawnInVersion == null;
    }

    public Terms.Commitment terms() {
        Terms.Target target = targetValue == null ? null : new Terms.Target(targetIndicator, targetUnit, targetValue);
        return new Terms.Commitment(id, organizationId, text, dueDate, target);
    }

    public UUID id() {
        return id;
    }

    public Agreement agreement() {
        return agreement;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public String text() {
        return text;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public Long targetValue() {
        return targetValue;
    }

    public String targetUnit() {
        return targetUnit;
    }

    public long progressTotal() {
        return progressTotal;
    }

    public boolean reportedDone() {
        return reportedDone;
    }

    public Integer withdrawnInVersion() {
        return withdrawnInVersion;
    }
}
