package org.hamyar.donors.donation;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.api.problem.DomainProblem;
import org.hamyar.api.security.Actor;
import org.hamyar.api.validation.RequestValidation;
import org.hamyar.api.validation.Violations;
import org.hamyar.donors.PanachePages;
import org.hamyar.donors.access.MoneyAccess;
import org.hamyar.donors.donation.rest.DonationRequest;
import org.hamyar.donors.donation.rest.DonationView;
import org.hamyar.donors.donor.DonorRepository;
import org.hamyar.donors.donor.DonorService;
import org.hamyar.donors.fund.Fund;
import org.hamyar.donors.fund.FundService;
import org.hamyar.donors.ledger.EntryKind;
import org.hamyar.donors.ledger.Ledger;
import org.hamyar.donors.ledger.LedgerAccount;
import org.hamyar.donors.money.MoneyProblems;
import org.hamyar.events.donors.DonationReceived;
import org.hamyar.events.donors.DonorEvents;
import org.hamyar.outbox.EventOutbox;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Donations, recorded by the coordinators of the fund's owner (or an admin) when the gift arrives.
 * Money credits the fund through a DONATION journal entry in the same transaction; a pledge is
 * money only once paid, goods never.
 */
@ApplicationScoped
public class DonationService {

    private final DonationRepository donations;
    private final DonorRepository donors;
    private final DonorService donorService;
    private final FundService funds;
    private final Ledger ledger;
    private final EventOutbox outbox;
    private final RequestValidation validation;
    private final Clock clock;

    DonationService(DonationRepository donations, DonorRepository donors, DonorService donorService, FundService funds,
                    Ledger ledger, EventOutbox outbox, RequestValidation validation, Clock clock) {
        this.donations = donations;
        this.donors = donors;
        this.donorService = donorService;
        this.funds = funds;
        this.ledger = ledger;
        this.outbox = outbox;
        this.validation = validation;
        this.clock = clock;
    }

    @Transactional
    public DonationView receive(Actor actor, DonationRequest request) {
        return receive(actor, UUID.randomUUID(), request);
    }

    /** {@link #receive(Actor, DonationRequest)} with a given id (the demo data's fixed ids). */
    @Transactional
    public DonationView receive(Actor actor, UUID id, DonationRequest request) {
        Violations rules = new Violations();
        if (request != null) {
            rules.when(request.kind() != null && request.kind() != DonationKind.ENDOWMENT_INCOME && request.donorId() == null,
                    "donorId", "donation.donor.required")
                    .plainText("description", request.description());
        }
        validation.require(validation.shape(request), rules.list());
        Fund fund = funds.require(request.fundId());
        MoneyAccess.requireManages(actor, fund.ownerOrganizationId());
        if (!request.kind().goesTo(fund.kind())) {
            throw new DomainProblem(422, "donation-kind-not-accepted", "Not accepted by this fund",
                    "A {0} fund does not take {1} donations", fund.kind().name(), request.kind().name())
                    .withField("kind", "{donation.kind.fund}", fund.kind().name());
        }
        if (request.donorId() != null && donors.findByIdOptional(request.donorId()).isEmpty()) {
            throw MoneyProblems.notFound("donor", request.donorId());
        }
        Donation donation = new Donation(id, fund.id(), request.donorId(), request.kind(),
                request.amountRials(), request.description(), actor.username(), Instant.now(clock));
        donations.persist(donation);
        if (donation.status() == DonationStatus.RECEIVED) {
            credit(donation);
        }
        return DonationView.of(donation);
    }

    /** A pledge was paid: it becomes money in its fund. */
    @Transactional
    public DonationView pay(Actor actor, UUID id) {
        Donation donation = donations.findByIdOptional(id).orElseThrow(() -> MoneyProblems.notFound("donation", id));
        Fund fund = funds.require(donation.fundId());
        MoneyAccess.requireManages(actor, fund.ownerOrganizationId());
        donation.pay(Instant.now(clock));
        credit(donation);
        donations.flush();
        return DonationView.of(donation);
    }

    /** A donation, for its fund's readers and its donor. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DonationView get(Actor actor, UUID id) {
        Donation donation = donations.findByIdOptional(id).orElseThrow(() -> MoneyProblems.notFound("donation", id));
        Fund fund = funds.require(donation.fundId());
        boolean ownGift = donation.donorId() != null
                && donors.findByIdOptional(donation.donorId()).map(d -> actor.username().equals(d.username())).orElse(false);
        if (!ownGift && !MoneyAccess.reads(actor, fund.ownerOrganizationId())) {
            throw MoneyProblems.notFound("donation", id);
        }
        return DonationView.of(donation);
    }

    /** A fund's donations (its readers), or a donor's (whoever may read the donor). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DonationView> list(Actor actor, UUID fundId, UUID donorId, PageRequest request) {
        PanacheQuery<Donation> query;
        if (fundId != null) {
            funds.requireReadable(actor, fundId);
            query = donations.ofFund(fundId);
        } else {
            query = donations.ofDonor(donorService.readable(actor, donorId).id());
        }
        return PanachePages.page(query, request).map(DonationView::of);
    }

    /** Money in (or goods declared): the ledger entry for money, and DonationReceived either way. */
    private void credit(Donation donation) {
        if (donation.countsAsMoney()) {
            ledger.post(donation.fundId(), EntryKind.DONATION, donation.id(), null, donation.amountRials(),
                    LedgerAccount.CASH, LedgerAccount.AVAILABLE, donation.receivedAt());
        }
        outbox.publish(DonorEvents.DONATION_RECEIVED, donation.fundId().toString(), new DonationReceived(donation.id(),
                donation.fundId(), donation.donorId(), donation.kind().name(), donation.amountRials(), donation.receivedAt()));
    }
}
