package org.hamyar.donors.allocation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.api.security.Actor;
import org.hamyar.api.validation.RequestValidation;
import org.hamyar.api.validation.Violations;
import org.hamyar.donors.PanachePages;
import org.hamyar.donors.access.MoneyAccess;
import org.hamyar.donors.allocation.rest.AllocationRequest;
import org.hamyar.donors.allocation.rest.AllocationView;
import org.hamyar.donors.fund.Fund;
import org.hamyar.donors.fund.FundKind;
import org.hamyar.donors.fund.FundService;
import org.hamyar.donors.fund.ProgrammeAgreement;
import org.hamyar.donors.fund.ProgrammeAgreementRepository;
import org.hamyar.donors.ledger.EntryKind;
import org.hamyar.donors.ledger.Ledger;
import org.hamyar.donors.ledger.LedgerAccount;
import org.hamyar.donors.money.MoneyProblems;
import org.hamyar.events.beneficiaries.AidGranted;
import org.hamyar.events.beneficiaries.AidRevoked;
import org.hamyar.events.donors.AllocationCommitted;
import org.hamyar.events.donors.AllocationReleased;
import org.hamyar.events.donors.AllocationReserved;
import org.hamyar.events.donors.DonorEvents;
import org.hamyar.outbox.EventOutbox;
import org.hamyar.standards.Province;
import org.hamyar.standards.Provinces;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Allocations (docs/product.md §5): RESERVED by the fund's manager within the fund's restrictions
 * and balance, COMMITTED when an AidGranted names them, RELEASED when that aid is revoked or the
 * reservation expires. Every step is a journal entry and an event on donors.events, in one
 * transaction.
 */
@ApplicationScoped
public class AllocationService {

    private static final Logger LOG = Logger.getLogger(AllocationService.class);

    private final AllocationRepository allocations;
    private final FundService funds;
    private final ProgrammeAgreementRepository agreements;
    private final Ledger ledger;
    private final EventOutbox outbox;
    private final RequestValidation validation;
    private final AllocationConfig config;
    private final Clock clock;

    AllocationService(AllocationRepository allocations, FundService funds, ProgrammeAgreementRepository agreements,
                      Ledger ledger, EventOutbox outbox, RequestValidation validation, AllocationConfig config, Clock clock) {
        this.allocations = allocations;
        this.funds = funds;
        this.agreements = agreements;
        this.ledger = ledger;
        this.outbox = outbox;
        this.validation = validation;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Reserves money: 422 naming every clause of the fund's restrictions (or the endower's
     * intention, or the programme's agreement) that forbids it; 409 when the fund's available
     * balance is smaller. The balance is read with the fund's row locked, so concurrent
     * reservations queue on it and never overdraw.
     */
    @Transactional
    public AllocationView reserve(Actor actor, AllocationRequest request) {
        return reserve(actor, UUID.randomUUID(), request);
    }

    /** {@link #reserve(Actor, AllocationRequest)} with a given id (the demo data's fixed ids). */
    @Transactional
    public AllocationView reserve(Actor actor, UUID id, AllocationRequest request) {
        Violations rules = new Violations();
        if (request != null) {
            rules.when(request.provinceCode() != null && !request.provinceCode().isBlank()
                            && Provinces.byCode(request.provinceCode()).isEmpty(), "provinceCode", "province.unknown",
                    request.provinceCode())
                    .plainText("county", request.county())
                    .when(request.expiresOn() != null && !request.expiresOn().isAfter(LocalDate.now(clock)),
                            "expiresOn", "allocation.expires-on.future");
        }
        validation.require(validation.shape(request), rules.list());
        Fund fund = funds.require(request.fundId());
        MoneyAccess.requireManages(actor, fund.ownerOrganizationId());
        String province = Provinces.byCode(request.provinceCode()).map(Province::code).orElseThrow();
        String county = request.county() == null || request.county().isBlank() ? null : request.county().strip();
        Instant now = Instant.now(clock);
        List<String> clauses = forbiddenClauses(fund, request, province, county, LocalDate.now(clock));
        if (!clauses.isEmpty()) {
            throw MoneyProblems.restrictionViolated(fund.id(), fund.kind() == FundKind.ENDOWMENT_INCOME, clauses);
        }
        ledger.lockFund(fund.id());
        long available = ledger.balances(fund.id()).availableRials();
        if (request.amountRials() > available) {
            throw MoneyProblems.insufficientBalance(fund.id(), available, request.amountRials());
        }
        Allocation allocation = new Allocation(id, fund.id(), request.amountRials(), request.aidCategory(),
                request.beneficiaryCategory(), province, county, request.providerOrganizationId(), actor.username(), now,
                request.expiresOn() == null ? now.plus(config.reservationTtl())
                        : request.expiresOn().plusDays(1).atStartOfDay(clock.getZone()).toInstant());
        allocations.persist(allocation);
        ledger.post(fund.id(), EntryKind.RESERVATION, null, allocation.id(), allocation.amountRials(),
                LedgerAccount.AVAILABLE, LedgerAccount.RESERVED, now);
        outbox.publish(DonorEvents.ALLOCATION_RESERVED, fund.id().toString(), new AllocationReserved(allocation.id(),
                fund.id(), allocation.amountRials(), allocation.aidCategory().name(), allocation.beneficiaryCategory().name(),
                province, county, allocation.providerOrganizationId(), allocation.expiresAt(), now));
        return AllocationView.of(allocation);
    }

    private List<String> forbiddenClauses(Fund fund, AllocationRequest request, String province, String county, LocalDate today) {
        List<String> clauses = new ArrayList<>(fund.restrictions().forbiddenClauses(request.aidCategory(),
                request.beneficiaryCategory(), province, county));
        if (fund.kind() == FundKind.PROGRAMME) {
            ProgrammeAgreement agreement = agreements.findByIdOptional(fund.agreementId()).orElse(null);
            if (agreement == null) {
                clauses.add(MoneyProblems.AGREEMENT);
            } else {
                clauses.addAll(agreement.forbiddenClauses(request.providerOrganizationId(), today));
                agreement.scope().forbiddenClauses(request.aidCategory(), request.beneficiaryCategory(), province, county)
                        .forEach(clause -> clauses.add(MoneyProblems.AGREEMENT + "." + clause));
            }
        }
        return clauses;
    }

    /**
     * An AidGranted named an allocation: it is committed, in the transaction that records the
     * grant. An allocation that is unknown, not RESERVED any more, or reserved for another provider,
     * another aid category or another place is left as it is (and logged): the aid is recorded all
     * the same.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void commitFor(AidGranted grant) {
        if (grant.allocationId() == null) {
            return;
        }
        Allocation allocation = allocations.locked(grant.allocationId()).orElse(null);
        if (allocation == null || allocation.status() != AllocationStatus.RESERVED
                || !allocation.reservedFor(grant.providerOrganizationId(), grant.category(), grant.provinceCode(), grant.county())) {
            LOG.warnf("Aid %s (%s in province %s) names allocation %s, which is %s for provider %s: not committed",
                    grant.aidId(), grant.category(), grant.provinceCode(), grant.allocationId(),
                    allocation == null ? "unknown" : allocation.status() + " (" + allocation.aidCategory() + " in province "
                            + allocation.provinceCode() + ")", grant.providerOrganizationId());
            return;
        }
        Instant now = Instant.now(clock);
        allocation.commit(grant.aidId(), now);
        ledger.post(allocation.fundId(), EntryKind.COMMITMENT, null, allocation.id(), allocation.amountRials(),
                LedgerAccount.RESERVED, LedgerAccount.DISBURSED, now);
        outbox.publish(DonorEvents.ALLOCATION_COMMITTED, allocation.fundId().toString(), new AllocationCommitted(
                allocation.id(), allocation.fundId(), grant.aidId(), allocation.amountRials(), now));
    }

    /** Aid was revoked: the allocation it spent, if any, goes back to its fund. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void releaseFor(AidRevoked revocation) {
        allocations.lockedByAid(revocation.aidId())
                .filter(allocation -> allocation.status() == AllocationStatus.COMMITTED)
                .ifPresent(allocation -> release(allocation, ReleaseReason.AID_REVOKED, revocation.aidId()));
    }

    /**
     * Releases up to {@code limit} reservations expired at {@code now}; rows another replica is
     * releasing are skipped. Returns how many were released.
     */
    @Transactional
    public int expire(Instant now, int limit) {
        List<UUID> expired = allocations.lockExpired(now, limit);
        for (UUID id : expired) {
            release(allocations.findById(id), ReleaseReason.EXPIRED, null);
        }
        return expired.size();
    }

    private void release(Allocation allocation, ReleaseReason reason, UUID aid) {
        Instant now = Instant.now(clock);
        AllocationStatus was = allocation.release(reason, now);
        ledger.post(allocation.fundId(), EntryKind.RELEASE, null, allocation.id(), allocation.amountRials(),
                was == AllocationStatus.COMMITTED ? LedgerAccount.DISBURSED : LedgerAccount.RESERVED,
                LedgerAccount.AVAILABLE, now);
        outbox.publish(DonorEvents.ALLOCATION_RELEASED, allocation.fundId().toString(), new AllocationReleased(
                allocation.id(), allocation.fundId(), allocation.amountRials(), reason.name(), aid, now));
    }

    /** An allocation, for auditors, admins, the fund's managers and the provider's staff; 404 for anyone else. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AllocationView get(Actor actor, UUID id) {
        Allocation allocation = allocations.findByIdOptional(id)
                .filter(a -> sees(actor, a.providerOrganizationId(), funds.require(a.fundId()).ownerOrganizationId()))
                .orElseThrow(() -> MoneyProblems.notFound("allocation", id));
        return AllocationView.of(allocation);
    }

    /**
     * Auditors and admins list any allocations; the managers of a fund list the fund's; other staff
     * list those their own organisation provides aid with (asking for another provider finds none).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AllocationView> list(Actor actor, UUID fundId, UUID provider, AllocationStatus status, PageRequest request) {
        boolean all = actor.readsNetworkRecords()
                || (fundId != null && MoneyAccess.manages(actor, funds.require(fundId).ownerOrganizationId()));
        if (!all) {
            UUID own = actor.organization();
            if (provider != null && !provider.equals(own)) {
                return Page.of(List.of(), request, 0);
            }
            provider = own;
        }
        return PanachePages.page(allocations.matching(fundId, provider, status), request).map(AllocationView::of);
    }

    /** Whether the actor may read an allocation of this provider paid from a fund of this owner. */
    public static boolean sees(Actor actor, UUID provider, UUID fundOwner) {
        return actor.readsNetworkRecords() || actor.belongsTo(provider) || MoneyAccess.manages(actor, fundOwner);
    }
}
