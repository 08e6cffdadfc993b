package org.hamyar.donors.endowment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hamyar.api.http.EntityTags;
import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.api.security.Actor;
import org.hamyar.api.validation.RequestValidation;
import org.hamyar.api.validation.Violations;
import org.hamyar.donors.PanachePages;
import org.hamyar.donors.access.MoneyAccess;
import org.hamyar.donors.endowment.rest.EndowmentCorrection;
import org.hamyar.donors.endowment.rest.EndowmentRequest;
import org.hamyar.donors.endowment.rest.EndowmentView;
import org.hamyar.donors.fund.Fund;
import org.hamyar.donors.fund.FundService;
import org.hamyar.donors.money.MoneyProblems;
import org.hamyar.donors.money.RestrictionRules;
import org.hamyar.donors.money.Restrictions;
import org.hamyar.events.donors.DonorEvents;
import org.hamyar.events.donors.EndowmentRegistered;
import org.hamyar.outbox.EventOutbox;
import org.hamyar.standards.PersianText;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Endowments: registered and corrected by their trustee's coordinators or an admin, read by everyone signed in. */
@ApplicationScoped
public class EndowmentService {

    private final EndowmentRepository endowments;
    private final FundService funds;
    private final EventOutbox outbox;
    private final RequestValidation validation;
    private final Clock clock;

    EndowmentService(EndowmentRepository endowments, FundService funds, EventOutbox outbox,
                     RequestValidation validation, Clock clock) {
        this.endowments = endowments;
        this.funds = funds;
        this.outbox = outbox;
        this.validation = validation;
        this.clock = clock;
    }

    /** Registers the endowment and opens its ENDOWMENT_INCOME fund carrying the intention; publishes EndowmentRegistered. */
    @Transactional
    public EndowmentView register(Actor actor, EndowmentRequest request) {
        return register(actor, UUID.randomUUID(), UUID.randomUUID(), request);
    }

    /** {@link #register(Actor, EndowmentRequest)} with given ids of the endowment and its fund (the demo data's). */
    @Transactional
    public EndowmentView register(Actor actor, UUID id, UUID fundId, EndowmentRequest request) {
        Violations rules = new Violations();
        if (request != null) {
            rules.plainText("endowerName", request.endowerName()).plainText("deedNumber", request.deedNumber())
                    .plainText("endowedAsset", request.endowedAsset()).plainText("intentionFa", request.intentionFa());
            RestrictionRules.check("intention", request.intention(), rules);
        }
        validation.require(validation.shape(request), rules.list());
        UUID trustee = request.trusteeOrganizationId() != null ? request.trusteeOrganizationId() : actor.organization();
        MoneyAccess.requireManages(actor, trustee);
        String deed = PersianText.normalize(request.deedNumber());
        if (endowments.deedRegistered(deed)) {
            throw MoneyProblems.duplicate("endowment", "deedNumber");
        }
        Instant now = Instant.now(clock);
        Restrictions intention = RestrictionRules.normalised(request.intention());
        Fund fund = funds.openForEndowment(fundId, id, "درآمد موقوفه " + request.endowerName().strip() + " (" + deed + ")",
                trustee, intention, request.intentionFa(), actor.username(), now);
        Endowment endowment = new Endowment(id, request.endowerName().strip(), deed, request.endowedAsset().strip(),
                trustee, fund.id(), intention, request.intentionFa().strip(), actor.username(), now);
        endowments.persist(endowment);
        outbox.publish(DonorEvents.ENDOWMENT_REGISTERED, id.toString(), new EndowmentRegistered(id, fund.id(), trustee, deed,
                names(intention.aidCategories()), names(intention.beneficiaryCategories()), intention.provinces(),
                intention.counties(), now));
        return EndowmentView.of(endowment);
    }

    @Transactional
    public EndowmentView correct(Actor actor, UUID id, String ifMatch, EndowmentCorrection correction) {
        Violations rules = new Violations();
        if (correction != null) {
            rules.plainText("endowerName", correction.endowerName()).plainText("endowedAsset", correction.endowedAsset());
        }
        validation.require(validation.shape(correction), rules.list());
        Endowment endowment = require(id);
        MoneyAccess.requireManages(actor, endowment.trusteeOrganizationId());
        EntityTags.requireIfMatch(ifMatch, endowment.version());
        endowment.correct(correction.endowerName().strip(), correction.endowedAsset().strip(), Instant.now(clock));
        endowments.flush();
        return EndowmentView.of(endowment);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EndowmentView get(UUID id) {
        return EndowmentView.of(require(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<EndowmentView> list(UUID trustee, PageRequest request) {
        return PanachePages.page(endowments.matching(trustee), request).map(EndowmentView::of);
    }

    private Endowment require(UUID id) {
        return endowments.findByIdOptional(id).orElseThrow(() -> MoneyProblems.notFound("endowment", id));
    }

    private static List<String> names(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }
}
