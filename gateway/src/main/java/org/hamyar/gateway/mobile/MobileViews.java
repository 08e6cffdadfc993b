package org.hamyar.gateway.mobile;

import java.util.List;
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
 * <p>A new view (a household's summary with its aid and funding, a donor's impact) is one more
 * method here: call {@link ServiceCalls#getJson} per part, combine with
 * {@code Uni.combine().all()}, and let a {@link PartialView} note the parts that did not come.
 */
@ApplicationScoped
public class MobileViews {

    /** Realm roles that mean something in Hamyar; Keycloak's own (offline_access ...) are left out. */
    static final Set<String> HAMYAR_ROLES =
            Set.of(Roles.OFFICER, Roles.COORDINATOR, Roles.DONOR, Roles.AUDITOR, Roles.ADMIN);

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
}
