package org.hamyar.beneficiaries.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hamyar.beneficiaries.access.Subject;
import org.hamyar.beneficiaries.aid.AidCategory;

/**
 * One organisation refers a person or household it registered to another, with a reason, the aid
 * it asks for and the person's recorded consent (docs/product.md §4, seed 002).
 */
@Entity
@Table(name = "referral")
public class Referral {

    @Id
    public UUID id;

    @Column(name = "sender_organization_id", nullable = false, updatable = false)
    public UUID senderOrganizationId;

    @Column(name = "receiver_organization_id", nullable = false, updatable = false)
    public UUID receiverOrganizationId;

    @Column(name = "person_id", updatable = false)
    public UUID personId;

    @Column(name = "household_id", updatable = false)
    public UUID householdId;

    @Enumerated(EnumType.STRING)
    @Column(name = "aid_category", nullable = false, updatable = false)
    public AidCategory aidCategory;

    /** free text: read by the two parties and auditors, never published */
    @Column(nullable = false, updatable = false)
    public String reason;

    @Column(name = "consent_date", nullable = false, updatable = false)
    public LocalDate consentDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_method", nullable = false, updatable = false)
    public ConsentMethod consentMethod;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReferralStatus status;

    @Column(name = "sent_by", nullable = false, updatable = false)
    public String sentBy;

    @Column(name = "sent_at", nullable = false, updatable = false)
    public Instant sentAt;

    @Version
    public long version;

    public Subject subject() {
        return new Subject(personId, householdId);
    }

    /** Whether the organisation is the sender or the receiver. */
    public boolean hasParty(UUID organization) {
        return senderOrganizationId.equals(organization) || receiverOrganizationId.equals(organization);
    }

    public UUID party(ReferralAction.Party party) {
        return party == ReferralAction.Party.SENDER ? senderOrganizationId : receiverOrganizationId;
    }
}
