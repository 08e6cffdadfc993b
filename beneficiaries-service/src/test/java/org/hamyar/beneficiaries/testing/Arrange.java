package org.hamyar.beneficiaries.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.api.security.Actor;
import org.hamyar.api.security.Roles;
import org.hamyar.beneficiaries.aid.AidCategory;
import org.hamyar.beneficiaries.aid.AidOrder;
import org.hamyar.beneficiaries.aid.service.AidService;
import org.hamyar.beneficiaries.household.mapping.HouseholdMapper;
import org.hamyar.beneficiaries.household.rest.HouseholdRequest;
import org.hamyar.beneficiaries.household.service.HouseholdService;
import org.hamyar.events.agreements.AgreementTerms;
import org.hamyar.events.agreements.CoordinationRule;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What other organisations did before the request under test: registered through the services
 * (as their own requests would have), agreements delivered over the real broker.
 */
@ApplicationScoped
public class Arrange {

    private final HouseholdService households;
    private final AidService aid;
    private final ObjectMapper json;
    private final DataSource dataSource;

    Arrange(HouseholdService households, AidService aid, ObjectMapper json, DataSource dataSource) {
        this.households = households;
        this.aid = aid;
        this.json = json;
        this.dataSource = dataSource;
    }

    /** A rural household in Alborz county, Qazvin, registered by the organisation; returns its id. */
    public UUID household(UUID organization, String headCode, String... memberCodes) {
        HouseholdRequest request = json.convertValue(Bodies.household(headCode, memberCodes), HouseholdRequest.class);
        return households.register(Actor.of(organization, "officer", Roles.OFFICER), HouseholdMapper.details(request))
                .household().household().id;
    }

    /** Aid recorded by the organisation; returns the grant's outcome. */
    public AidService.GrantResult aid(UUID organization, UUID household, UUID person, AidCategory category, LocalDate start) {
        return aid.grant(Actor.of(organization, "officer", Roles.OFFICER),
                new AidOrder(household, person, category, 10_000_000L, 1, start, null, null, null, null, null, null));
    }

    /** An ACTIVE agreement between the two, delivered on agreements.events and projected. */
    public UUID agreement(UUID one, UUID other, boolean dataSharing, List<CoordinationRule> rules) {
        UUID agreementId = UUID.randomUUID();
        agreement(AgreementsTopic.terms(agreementId, 1, one, other, dataSharing, rules));
        return agreementId;
    }

    public void agreement(AgreementTerms terms) {
        try (AgreementsTopic topic = new AgreementsTopic()) {
            new Database(dataSource).awaitProcessed(topic.activate(terms));
        }
    }

    public Database database() {
        return new Database(dataSource);
    }

    public static UUID org(String id) {
        return UUID.fromString(id);
    }
}
