package org.hamyar.agreements.committee;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A seat taken on an agreement's joint committee: a party's representative on one of its own
 * seats, or an organisation chosen through a nomination rule (the NGO representative of seed 003).
 */
@Entity
@Table(name = "committee_member")
public class CommitteeMember {

    @Id
    private UUID id;
    private UUID agreementId;
    private UUID organizationId;
    private UUID seatPartyId;
    private UUID ruleId;
    private UUID nominationId;
    private String personName;
    private String personTitle;
    private LocalDate appointedOn;
    private String appointedBy;
    private Instant recordedAt;

    protected CommitteeMember() {
    }

    private CommitteeMember(UUID agreementId, UUID organizationId, String personName, String personTitle,
                            LocalDate appointedOn, String appointedBy, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.agreementId = agreementId;
        this.organizationId = organizationId;
        this.personName = personName;
        this.personTitle = personTitle;
        this.appointedOn = appointedOn;
        this.appointedBy = appointedBy;
        this.recordedAt = recordedAt;
    }

    /** A party's representative on one of its own seats. */
    public static CommitteeMember ofParty(UUID agreementId, UUID party, String personName, String personTitle,
                                          LocalDate appointedOn, String appointedBy, Instant recordedAt) {
        var member = new CommitteeMember(agreementId, party, personName, personTitle, appointedOn, appointedBy, recordedAt);
        member.seatPartyId = party;
        return member;
    }

    /** The organisation the choosing party picked among a nomination's nominees. */
    public static CommitteeMember chosen(UUID agreementId, Nomination nomination, UUID organization, String personName,
                                         String personTitle, LocalDate appointedOn, String appointedBy, Instant recordedAt) {
        var member = new CommitteeMember(agreementId, organization, personName, personTitle, appointedOn, appointedBy,
                recordedAt);
        member.ruleId = nomination.ruleId();
        member.nominationId = nomination.id();
        return member;
    }

    public CommitteeSeating.Seat seat() {
        return seatPartyId != null ? CommitteeSeating.Seat.ofParty(seatPartyId) : CommitteeSeating.Seat.ofRule(ruleId);
    }

    public UUID id() {
        return id;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public UUID seatPartyId() {
        return seatPartyId;
    }

    public UUID ruleId() {
        return ruleId;
    }

    public UUID nominationId() {
        return nominationId;
    }

    public String personName() {
        return personName;
    }

    public String personTitle() {
        return personTitle;
    }

    public LocalDate appointedOn() {
        return appointedOn;
    }

}
