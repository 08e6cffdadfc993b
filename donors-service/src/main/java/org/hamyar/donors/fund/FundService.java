package org.hamyar.donors.fund;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hamyar.api.http.EntityTags;
import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.api.problem.DomainProblem;
import org.hamyar.api.security.Actor;
import org.hamyar.api.validation.RequestValidation;
import org.hamyar.api.validation.Violations;
import org.hamyar.donors.PanachePages;
import org.hamyar.donors.access.MoneyAccess;
import org.hamyar.donors.fund.rest.FundRequest;
import org.hamyar.donors.fund.rest.FundUpdate;
import org.hamyar.donors.fund.rest.FundView;
import org.hamyar.donors.ledger.Ledger;
import org.hamyar.donors.ledger.Reconciliation;
import org.hamyar.donors.money.MoneyProblems;
import org.hamyar.donors.money.RestrictionRules;
import org.hamyar.donors.money.Restrictions;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Funds: opened by their owner's coordinators or an admin, read by everyone signed in (docs/product.md §5). */
@ApplicationScoped
public class FundService {

    private final FundRepository funds;
    private final ProgrammeAgreementRepository agreements;
    private final Ledger ledger;
    private final RequestValidation validation;
    private final Clock clock;

    FundService(FundRepository funds, ProgrammeAgreementRepository agreements, Ledger ledger,
                RequestValidation validation, Clock clock) {
        this.funds = funds;
        this.agreements = agreements;
        this.ledger = ledger;
        this.validation = validation;
        this.clock = clock;
    }

    @Transactional
    public FundView open(Actor actor, FundRequest request) {
        return open(actor, UUID.randomUUID(), request);
    }

    /** {@link #open(Actor, FundRequest)} with a given id (the demo data's fixed ids). */
    @Transactional
    public FundView open(Actor actor, UUID id, FundRequest request) {
        Violations rules = new Violations();
        if (request != null) {
            rules.when(request.kind() == FundKind.ENDOWMENT_INCOME, "kind", "fund.kind.endowment-income")
                    .when(request.kind() == FundKind.PROGRAMME && request.agreementId() == null, "agreementId", "fund.agreement.required")
                    .when(request.kind() != FundKind.PROGRAMME && request.agreementId() != null, "agreementId", "fund.agreement.programme-only")
                    .when(request.kind() == FundKind.CRISIS && (request.restrictions() == null
                            || request.restrictions().provinces().isEmpty()), "restrictions.provinces", "fund.crisis.province")
                    .plainText("nameFa", request.nameFa())
                    .plainText("restrictionFa", request.restrictionFa());
            RestrictionRules.check("restrictions", request.restrictions(), rules);
        }
        validation.require(validation.shape(request), rules.list());
        UUID owner = request.ownerOrganizationId() != null ? request.ownerOrganizationId() : actor.organization();
        MoneyAccess.requireManages(actor, owner);
        if (request.kind() == FundKind.PROGRAMME && agreements.findByIdOptional(request.agreementId()).isEmpty()) {
            throw new DomainProblem(422, "agreement-unknown", "Agreement unknown",
                    "No agreement {0} has been announced on agreements.events; a programme fund needs an active agreement",
                    request.agreementId().toString()).withField("agreementId", "{fund.agreement.unknown}");
        }
        Fund fund = new Fund(id, request.kind(), request.nameFa().strip(), owner, null, request.agreementId(),
                RestrictionRules.normalised(request.restrictions()), request.restrictionFa(), actor.username(), Instant.now(clock));
        funds.persist(fund);
        return FundView.of(fund, ledger.balances(fund.id()));
    }

    /** Opens the ENDOWMENT_INCOME fund of an endowment being registered; its restrictions are the intention. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Fund openForEndowment(UUID fundId, UUID endowmentId, String nameFa, UUID trustee, Restrictions intention, String intentionFa,
                                 String by, Instant at) {
        Fund fund = new Fund(fundId, FundKind.ENDOWMENT_INCOME, nameFa, trustee, endowmentId, null,
                intention, intentionFa, by, at);
        funds.persist(fund);
        return fund;
    }

    @Transactional
    public FundView update(Actor actor, UUID id, String ifMatch, FundUpdate update) {
        Violations rules = new Violations();
        if (update != null) {
            rules.plainText("nameFa", update.nameFa()).plainText("restrictionFa", update.restrictionFa());
            RestrictionRules.check("restrictions", update.restrictions(), rules);
        }
        validation.require(validation.shape(update), rules.list());
        Fund fund = require(id);
        MoneyAccess.requireManages(actor, fund.ownerOrganizationId());
        EntityTags.requireIfMatch(ifMatch, fund.version());
        if (fund.kind() == FundKind.ENDOWMENT_INCOME) {
            throw MoneyProblems.invalidTransition("fund", fund.kind(), "restricted other than by its endowment's intention");
        }
        // the rule an opening checks holds for every version of the fund: a crisis fund names its provinces
        validation.require(List.of(), new Violations()
                .when(fund.kind() == FundKind.CRISIS && (update.restrictions() == null || update.restrictions().provinces().isEmpty()),
                        "restrictions.provinces", "fund.crisis.province")
                .list());
        fund.update(update.nameFa().strip(), RestrictionRules.normalised(update.restrictions()), update.restrictionFa(),
                Instant.now(clock));
        funds.flush();
        return FundView.of(fund, ledger.balances(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FundView get(UUID id) {
        return FundView.of(require(id), ledger.balances(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<FundView> list(FundKind kind, UUID owner, PageRequest request) {
        Page<Fund> page = PanachePages.page(funds.matching(kind, owner), request);
        Map<UUID, org.hamyar.donors.ledger.Balances> balances = ledger.balances(page.items().stream().map(Fund::id).toList());
        return page.map(fund -> FundView.of(fund, balances.get(fund.id())));
    }

    /** The proof that the fund's ledger reconciles: its owner, auditors and admins. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Reconciliation reconcile(Actor actor, UUID id) {
        Fund fund = requireReadable(actor, id);
        return ledger.reconcile(fund.id());
    }

    /** A fund whose books the actor may read (its owner's coordinators, auditors, admins); 404 for anyone else. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Fund requireReadable(Actor actor, UUID id) {
        Fund fund = require(id);
        if (!MoneyAccess.reads(actor, fund.ownerOrganizationId())) {
            throw MoneyAccess.notYourOrganization();
        }
        return fund;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Fund require(UUID id) {
        return funds.findByIdOptional(id).orElseThrow(() -> MoneyProblems.notFound("fund", id));
    }
}
