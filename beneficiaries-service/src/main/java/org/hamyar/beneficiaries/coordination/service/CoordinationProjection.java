package org.hamyar.beneficiaries.coordination.service;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.hamyar.beneficiaries.coordination.CoordinationAgreement;
import org.hamyar.beneficiaries.coordination.repository.CoordinationAgreementRepository;
import org.hamyar.beneficiaries.storage.Timestamps;
import org.hamyar.events.agreements.AgreementParty;
import org.hamyar.events.agreements.AgreementTerms;
import org.hamyar.events.agreements.CoordinationRule;
import org.hamyar.standards.Digits;
import org.hamyar.standards.PersianText;
import org.jboss.logging.Logger;

/**
 * Keeps {@code coordination_agreement} in step with the agreements-service. Events of one agreement
 * arrive in order (they share a key), but a replay or a dead-letter re-drive can bring an old one
 * back: each event therefore carries its version, and only an event at least as new as the stored
 * row changes it. Within a version, termination and expiry come after activation.
 */
@ApplicationScoped
public class CoordinationProjection {

    static final short ACTIVATION = 1;
    static final short ENDING = 2;
    private static final Logger LOG = Logger.getLogger(CoordinationProjection.class);

    private final CoordinationAgreementRepository agreements;
    private final ActiveAgreements active;
    private final Clock clock;

    CoordinationProjection(CoordinationAgreementRepository agreements, ActiveAgreements active, Clock clock) {
        this.agreements = agreements;
        this.active = active;
        this.clock = clock;
    }

    /** An activation or amendment: the terms replace the row. @return whether anything changed */
    @Transactional(TxType.MANDATORY)
    public boolean replace(AgreementTerms terms) {
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(terms.agreementId(), "terms.agreementId");
        CoordinationAgreement row = agreements.findByIdOptional(terms.agreementId(), LockModeType.PESSIMISTIC_WRITE)
                .orElse(null);
        if (row != null && !row.isOlderThan(terms.version(), ACTIVATION)) {
            LOG.infof("Agreement %s: version %d is older than the projected %d; ignored",
                    terms.agreementId(), terms.version(), row.version);
            return false;
        }
        active.changed();
        boolean fresh = row == null;
        if (fresh) {
            row = new CoordinationAgreement();
            row.agreementId = terms.agreementId();
        }
        row.version = terms.version();
        row.lifecycleRank = ACTIVATION;
        row.status = terms.status();
        row.active = "ACTIVE".equals(terms.status());
        row.parties = listOf(terms.parties()).stream().map(AgreementParty::organizationId)
                .filter(Objects::nonNull).distinct().toList();
        row.provinces = listOf(terms.provinces()).stream().filter(Objects::nonNull)
                .map(p -> Digits.toAscii(p.strip())).distinct().toList();
        row.counties = listOf(terms.counties()).stream().filter(Objects::nonNull)
                .map(PersianText::compact).distinct().toList();
        row.aidCategories = listOf(terms.aidCategories()).stream().filter(Objects::nonNull).distinct().toList();
        row.blockingCategories = rulesOf(terms, "BLOCK");
        row.warningCategories = rulesOf(terms, "WARN");
        row.dataSharing = terms.dataSharing();
        row.effectiveFrom = terms.effectiveFrom();
        row.effectiveTo = terms.effectiveTo();
        row.updatedAt = Timestamps.of(clock);
        if (fresh) {
            agreements.persist(row);
        }
        return true;
    }

    /**
     * A termination or expiry: the agreement stops binding. An ending that arrives before the
     * agreement was ever projected is kept too, so that a late activation of the same version
     * cannot bring the agreement back.
     */
    @Transactional(TxType.MANDATORY)
    public boolean end(UUID agreementId, int version, String status) {
        Objects.requireNonNull(agreementId, "agreementId");
        CoordinationAgreement row = agreements.findByIdOptional(agreementId, LockModeType.PESSIMISTIC_WRITE).orElse(null);
        if (row != null && !row.isOlderThan(version, ENDING)) {
            return false;
        }
        active.changed();
        boolean fresh = row == null;
        if (fresh) {
            row = new CoordinationAgreement();
            row.agreementId = agreementId;
            row.parties = List.of();
            row.provinces = List.of();
            row.counties = List.of();
            row.aidCategories = List.of();
            row.blockingCategories = List.of();
            row.warningCategories = List.of();
        }
        row.version = version;
        row.lifecycleRank = ENDING;
        row.status = status;
        row.active = false;
        row.updatedAt = Timestamps.of(clock);
        if (fresh) {
            agreements.persist(row);
        }
        return true;
    }

    private static List<String> rulesOf(AgreementTerms terms, String mode) {
        return listOf(terms.coordinationRules()).stream()
                .filter(rule -> rule != null && mode.equals(rule.mode()) && rule.aidCategory() != null)
                .map(CoordinationRule::aidCategory)
                .distinct()
                .toList();
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }
}
