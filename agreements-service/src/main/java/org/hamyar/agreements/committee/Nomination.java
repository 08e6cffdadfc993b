package org.hamyar.agreements.committee;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The nominating party's proposal of organisations for a committee seat; the choosing party picks one. */
@Entity
@Table(name = "committee_nomination")
public class Nomination {

    public enum Status {
        OPEN, SELECTED
    }

    @Id
    private UUID id;
    private UUID agreementId;
    private UUID ruleId;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<UUID> nomineeIds;
    @Enumerated(EnumType.STRING)
    private Status status;
    private UUID nominatedByOrganizationId;
    private String nominatedBy;
    private Instant nominatedAt;
    private UUID selectedOrganizationId;
    private String selectedBy;
    private Instant selectedAt;

    protected Nomination() {
    }

    public Nomination(UUID agreementId, UUID ruleId, List<UUID> nominees, UUID nominatedByOrganizationId, String nominatedBy,
                      Instant nominatedAt) {
        this.id = UUID.randomUUID();
        this.agreementId = agreementId;
        this.ruleId = ruleId;
        this.nomineeIds = new ArrayList<>(nominees);
        this.status = Status.OPEN;
        this.nominatedByOrganizationId = nominatedByOrganizationId;
        this.nominatedBy = nominatedBy;
        this.nominatedAt = nominatedAt;
    }

    public void select(UUID organization, String username, Instant at) {
        status = Status.SELECTED;
        selectedOrganizationId = organization;
        selectedBy = username;
        selectedAt = at;
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public UUID id() {
        return id;
    }

    public UUID agreementId() {
        return agreementId;
    }

    public UUID ruleId() {
        return ruleId;
    }

    public List<UUID> nomineeIds() {
        return List.copyOf(nomineeIds);
    }

    public Status status() {
        return status;
    }

    public UUID nominatedByOrganizationId() {
        return nominatedByOrganizationId;
    }

    public Instant nominatedAt() {
        return nominatedAt;
    }

    public UUID selectedOrganizationId() {
        return selectedOrganizationId;
    }

    public Instant selectedAt() {
        return selectedAt;
    }
}
