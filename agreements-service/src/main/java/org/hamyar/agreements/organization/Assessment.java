package org.hamyar.agreements.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One capacity assessment of an NGO: the grade an assessing organisation gave it on a date (seed 003). */
@Entity
@Table(name = "organization_assessment")
public class Assessment {

    @Id
    private UUID id;
    private UUID organizationId;
    @Enumerated(EnumType.STRING)
    private Grade grade;
    private LocalDate assessedOn;
    private UUID assessingOrganizationId;
    private String note;
    private String recordedBy;
    private Instant recordedAt;

    protected Assessment() {
    }

    public Assessment(UUID organizationId, Grade grade, LocalDate assessedOn, UUID assessingOrganizationId, String note,
                      String recordedBy, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.organizationId = organizationId;
        this.grade = grade;
        this.assessedOn = assessedOn;
        this.assessingOrganizationId = assessingOrganizationId;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public UUID id() {
        return id;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public Grade grade() {
        return grade;
    }

    public LocalDate assessedOn() {
        return assessedOn;
    }

    public UUID assessingOrganizationId() {
        return assessingOrganizationId;
    }

    public String note() {
        return note;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
