package org.hamyar.gateway.mobile;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hamyar.api.security.Actor;
import org.hamyar.api.security.Roles;
import org.hamyar.gateway.aggregation.PartialView;
import org.hamyar.gateway.aggregation.ServiceCalls;
import org.hamyar.gateway.aggregation.ServiceReply;
import org.hamyar.gateway.config.GatewayConfig;
import org.hamyar.gateway.routing.DownstreamService;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;

/**
 * The views the mobile apps read in one call instead of several. Each asks the services it needs
 * at the same time, with the caller's own token, and answers with what arrived in time.
 *
 * <p>A view is one method here: call {@link ServiceCalls#getJson} per part, combine with
 * {@code Uni.combine().all()}, and let a {@link PartialView} note the parts that did not come.
 * The gateway decides nothing about who may see what: every call carries the caller's token and
 * each service applies its own role and organisation rules.
 */
@ApplicationScoped
public class MobileViews {

    /** Realm roles that mean something in Hamyar; Keycloak's own (offline_access ...) are left out. */
    static final Set<String> HAMYAR_ROLES =
            Set.of(Roles.OFFICER, Roles.COORDINATOR, Roles.DONOR, Roles.AUDITOR, Roles.ADMIN);

    /**
     * The household summary shows the newest aid up to this many: the donors-service's funding
     * lookup takes at most 100 ids, so one page of aid costs one funding call.
     */
    static final int AID_PAGE = 100;

    static final String HOUSEHOLD = "household";
    static final String AID = "aid";
    static final String FUNDING = "funding";
    static final String STATEMENT = "statement";

    private final ServiceCalls services;
    private final GatewayConfig config;

    @Inject
    public MobileViews(ServiceCalls services, GatewayConfig config) {
        this.services = services;
        this.config = config;
    }

    /** The caller ({@code Caller.actor()}: the token's username, roles and {@code org} claim) with its organisation. */
    public Uni<MeView> me(Actor actor, MultiMap callerHeaders) {
        String username = actor.username();
        List<String> roles = actor.roles().stream().filter(HAMYAR_ROLES::contains).sorted().toList();
        String organizationId = actor.organizationIfAny().map(UUID::toString).orElse(null);
        if (organizationId == null) {
            return Uni.createFrom().item(new MeView(username, roles, null, null, false, List.of()));
        }
        return services.getJson(DownstreamService.AGREEMENTS, "/api/organizations/" + organizationId,
                        callerHeaders, config.views().timeout())
                .map(reply -> {
                    PartialView view = new PartialView();
                    JsonNode organization = view.okBody(reply);
                    if (organization == null && reply instanceof ServiceReply.Answered answered
                            && answered.status() != 404) {
                        // 404: the organisation is not registered (yet); anything else is a missing part
                        view.note(reply);
                    }
                    return new MeView(username, roles, organizationId,
                            organization == null ? null : OrganizationSummary.from(organization),
                            view.partial(), view.missing());
                });
    }

    /**
     * A household with its aid and what paid for each aid. The household and its aid list are
     * asked at once; the funding of the listed aid follows in one batch call (it needs their ids).
     * So the view waits at most two deadlines. The household's own refusal (404: not one the
     * caller may see; 400, 403) is the view's answer; a missing or failing service is a missing part.
     */
    public Uni<ViewOutcome<HouseholdSummary>> household(UUID householdId, MultiMap callerHeaders) {
        Duration deadline = config.views().timeout();
        String path = "/api/households/" + householdId;
        Uni<ServiceReply> household = services.getJson(DownstreamService.BENEFICIARIES, path, callerHeaders, deadline);
        Uni<ServiceReply> aid = services.getJson(DownstreamService.BENEFICIARIES,
                path + "/aid?page=0&size=" + AID_PAGE, callerHeaders, deadline);
        return Uni.combine().all().unis(household, aid).asTuple().flatMap(replies -> {
            ServiceReply householdReply = replies.getItem1();
            ServiceReply refusal = refusal(householdReply);
            if (refusal == null && householdReply instanceof ServiceReply.Missing
                    && replies.getItem2() instanceof ServiceReply.Answered aidAnswer && aidAnswer.status() == 404) {
                // the household part did not come, but the aid list says the household is none of the caller's
                refusal = aidAnswer;
            }
            if (refusal instanceof ServiceReply.Answered refused) {
                return Uni.createFrom().<ViewOutcome<HouseholdSummary>>item(
                        new ViewOutcome.Refused<>(refused.status(), refused.body()));
            }
            PartialView view = new PartialView();
            JsonNode householdBody = okBodyOr(householdReply, view, HOUSEHOLD);
            JsonNode aidPage = okBodyOr(replies.getItem2(), view, AID);
            if (aidPage == null || !aidPage.path("items").isArray()) {
                view.note(AID);
                view.note(FUNDING);
                return Uni.createFrom().item(summary(householdId, householdBody, List.of(), null, view));
            }
            List<JsonNode> aidItems = new ArrayList<>();
            aidPage.path("items").forEach(aidItems::add);
            Long total = aidPage.path("total").canConvertToLong() ? aidPage.path("total").asLong() : null;
            return funding(aidItems, callerHeaders, deadline).<ViewOutcome<HouseholdSummary>>map(byAid -> {
                if (byAid == null) {
                    view.note(FUNDING);
                }
                List<HouseholdSummary.FundedAid> funded = aidItems.stream()
                        .map(item -> new HouseholdSummary.FundedAid(item,
                                byAid == null ? null : byAid.getOrDefault(item.path("id").asText(), List.of())))
                        .toList();
                return summary(householdId, householdBody, funded, total, view);
            });
        });
    }

    /** The funding of the aid by aid id, in one call; null when the donors-service did not give it. */
    private Uni<Map<String, List<JsonNode>>> funding(List<JsonNode> aidItems, MultiMap callerHeaders, Duration deadline) {
        List<String> ids = new ArrayList<>();
        for (JsonNode item : aidItems) {
            String id = item.path("id").asText();
            if (isUuid(id) && !ids.contains(id)) {
                ids.add(id);
            }
        }
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        StringBuilder uri = new StringBuilder("/api/allocations/funding?");
        for (int i = 0; i < ids.size(); i++) {
            uri.append(i == 0 ? "aid=" : "&aid=").append(ids.get(i));
        }
        return services.getJson(DownstreamService.DONORS, uri.toString(), callerHeaders, deadline).map(reply -> {
            if (!(reply instanceof ServiceReply.Answered answered) || !answered.ok() || answered.body() == null
                    || !answered.body().isArray()) {
                return null;
            }
            Map<String, List<JsonNode>> byAid = new LinkedHashMap<>();
            answered.body().forEach(row -> byAid.computeIfAbsent(row.path("aidId").asText(), id -> new ArrayList<>()).add(row));
            return byAid;
        });
    }

    /**
     * The signed-in donor's impact: its statement from the donors-service and the totals a phone
     * shows first. A donor user whose record is not linked gets the donors-service's 404.
     */
    public Uni<ViewOutcome<DonorImpact>> donorImpact(MultiMap callerHeaders) {
        return services.getJson(DownstreamService.DONORS, "/api/donors/me/statement", callerHeaders,
                config.views().timeout()).<ViewOutcome<DonorImpact>>map(reply -> {
            if (refusal(reply) instanceof ServiceReply.Answered refused) {
                return new ViewOutcome.Refused<>(refused.status(), refused.body());
            }
            PartialView view = new PartialView();
            JsonNode statement = okBodyOr(reply, view, STATEMENT);
            DonorImpact.Totals totals = null;
            if (statement != null) {
                try {
                    totals = DonorImpact.totalsOf(statement);
                } catch (ArithmeticException beyondLong) {
                    // a statement whose sums overflow is not one the view can use
                    view.note(STATEMENT);
                    statement = null;
                }
            }
            return new ViewOutcome.View<>(new DonorImpact(statement, totals, view.partial(), view.missing()));
        });
    }

    private static ViewOutcome<HouseholdSummary> summary(UUID id, JsonNode household, List<HouseholdSummary.FundedAid> aid,
                                                         Long total, PartialView view) {
        return new ViewOutcome.View<>(new HouseholdSummary(id, household, aid, total, view.partial(), view.missing()));
    }

    /** A 4xx answer: the service refused the caller, which is the view's answer too. */
    private static ServiceReply refusal(ServiceReply reply) {
        return reply instanceof ServiceReply.Answered answered && answered.status() >= 400 && answered.status() < 500
                ? answered : null;
    }

    /** The body of a 2xx answer; anything else notes {@code part} missing. */
    private static JsonNode okBodyOr(ServiceReply reply, PartialView view, String part) {
        if (reply instanceof ServiceReply.Answered answered && answered.ok() && answered.body() != null) {
            return answered.body();
        }
        view.note(part);
        return null;
    }

    private static boolean isUuid(String text) {
        try {
            return UUID.fromString(text).toString().equalsIgnoreCase(text);
        } catch (IllegalArgumentException notOne) {
            return false;
        }
    }
}
