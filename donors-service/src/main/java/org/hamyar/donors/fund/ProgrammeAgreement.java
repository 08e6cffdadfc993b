package org.hamyar.donors.fund;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hamyar.donors.aid.AidCategory;
import org.hamyar.donors.money.BeneficiaryCategory;
import org.hamyar.donors.money.RestrictionColumns;
import org.hamyar.donors.money.Restrictions;
import org.hamyar.events.agreements.AgreementParty;
import org.hamyar.events.agreements.AgreementTerms;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * An agreement as the agreements-service announced it on {@code agreements.events}: what a
 * PROGRAMME fund tied to it may pay for. Only the latest version is kept; an older event changes
 * nothing.
 */
@Entity
@Table(name = "programme_agreement")
public class ProgrammeAgreement {

    public static final String ACTIVE = "ACTIVE";

    @Id
    @Column(name = "agreement_id")
    private UUID agreementId;

    @Column(nullable = false)
    private int version;

    @Column(nullable = false)
    private String status;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private UUID[] parties;

    @Embedded
    private RestrictionColumns restrictions;

    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ProgrammeAgreement() {
        // for Hibernate
    }

    public ProgrammeAgreement(UUID agreementId) {
        this.agreementId = agreementId;
        this.version = -1;
    }

    /** Takes the terms when they are newer than what is held; returns whether anything changed. */
    public boolean apply(AgreementTerms terms, Instant now) {
        if (terms.version() < version) {
            return false;
        }
        this.version = terms.version();
        this.status = terms.status();
        this.parties = terms.parties().stream().map(AgreementParty::organizationId).toArray(UUID[]::new);
        this.restrictions = RestrictionColumns.of(new Restrictions(
                known(terms.aidCategories(), AidCategory.class), known(terms.beneficiaryCategories(), BeneficiaryCategory.class),
                terms.provinces(), terms.counties()));
        this.effectiveFrom = terms.effectiveFrom();
        this.effectiveTo = terms.effectiveTo();
        this.updatedAt = now;
        return true;
    }

    /** The agreement ended (terminated, expired) at this version. */
    public boolean end(int version, String status, Instant now) {
        if (version < this.version) {
            return false;
        }
        this.version = version;
        this.status = status;
        this.updatedAt = now;
        return true;
    }

    /**
     * The clauses of the agreement that forbid a programme allocation: {@code agreement} when it is
     * not active on {@code day}, {@code parties} when the provider is not a party; the scope
     * clauses themselves are the fund's restrictions.
     */
    public List<String> forbiddenClauses(UUID provider, LocalDate day) {
        List<String> violated = new ArrayList<>();
        boolean inForce = ACTIVE.equals(status)
                && (effectiveFrom == null || !day.isBefore(effectiveFrom))
                && (effectiveTo == null || !day.isAfter(effectiveTo));
        if (!inForce) {
            violated.add("agreement");
        }
        if (Arrays.stream(parties).noneMatch(provider::equals)) {
            violated.add("parties");
        }
        return violated;
    }

    public Restrictions scope() {
        return restrictions.restrictions();
    }

    private static <E extends Enum<E>> List<E> known(List<String> values, Class<E> type) {
        // a category this service does not know yet cannot be allocated to; it is not kept
        return Arrays.stream(type.getEnumConstants()).filter(constant -> values.contains(constant.name())).toList();
    }

    public UUID agreementId() {
        return agreementId;
    }

    public String status() {
        return status;
    }

    public int version() {
        return version;
    }
}
