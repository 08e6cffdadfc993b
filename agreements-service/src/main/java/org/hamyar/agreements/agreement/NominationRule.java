package org.hamyar.agreements.agreement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.UUID;

import org.hamyar.agreements.organization.OrganizationType;

/** A committee rule of the kind "the HQ nominates three NGOs, the deputy picks one" (seed 003). */
@Entity
@Table(name = "committee_nomination_rule")
public class NominationRule {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agreement_id")
    private Agreement agreement;
    private int position;
    private UUID nominatingOrganizationId;
    private UUID choosingOrganizationId;
    private int nominees;
    private int seats;
    @Enumerated(EnumType.STRING)
    private OrganizationType nomineeType;
    private String description;

    protected NominationRule() {
    }

    public NominationRule(Agreement agreement, UUID id) {
        this.agreement = agreement;
        this.id = id;
    }

    public void apply(Terms.NominationRule terms, int position) {
        this.position = position;
        this.nominatingOrganizationId = terms.nominatingOrganizationId();
        this.choosingOrganizationId = terms.choosingOrganizationId();
        this.nominees = terms.nominees();
        this.seats = terms.seats();
        this.nomineeType = terms.nomineeType();
        this.description = terms.description();
    }

    public Terms.NominationRule terms() {
        return new Terms.NominationRule(id, nominatingOrganizationId, choosingOrganizationId, nominees, seats, nomineeType,
                description);
    }

    public UUID id() {
        return id;
    }

    public UUID nominatingOrganizationId() {
        return nominatingOrganizationId;
    }

    public UUID choosingOrganizationId() {
        return choosingOrganizationId;
    }

    public int nominees() {
        return nominees;
    }

    public int seats() {
        return seats;
    }

    public OrganizationType nomineeType() {
        return nomineeType;
    }
}
