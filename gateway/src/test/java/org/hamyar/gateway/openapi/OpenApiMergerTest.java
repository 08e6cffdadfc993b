package org.hamyar.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.hamyar.gateway.openapi.OpenApiMerger.MissingService;
import org.hamyar.gateway.openapi.OpenApiMerger.ServiceDocument;
import org.hamyar.gateway.routing.DownstreamService;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class OpenApiMergerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String OWN = """
            {"openapi": "3.1.0", "info": {"title": "Hamyar API", "version": "0.1.0"},
             "servers": [{"url": "http://localhost:8080"}],
             "paths": {"/api/mobile/me": {"get": {"operationId": "mobileMe", "responses": {"200": {"description": "ok"}}}}},
             "components": {"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}}},
             "tags": [{"name": "mobile"}]}
            """;

    private static final String AGREEMENTS = """
            {"openapi": "3.1.0", "info": {"title": "agreements-service", "version": "1"},
             "security": [{"bearer": []}],
             "paths": {
               "/api/organizations": {"get": {"operationId": "list", "tags": ["organizations"],
                   "responses": {"200": {"description": "ok", "content": {"application/json":
                       {"schema": {"$ref": "#/components/schemas/Organization"}}}},
                                 "400": {"$ref": "#/components/responses/Invalid"}}}},
               "/q/health": {"get": {"operationId": "health", "responses": {"200": {"description": "up"}}}},
               "/api/persons": {"get": {"operationId": "notMine", "responses": {"200": {"description": "x"}}}}
             },
             "components": {
               "schemas": {"Organization": {"type": "object"},
                           "Problem": {"type": "object", "properties": {"type": {"type": "string"}}}},
               "responses": {"Invalid": {"description": "bad", "content": {"application/problem+json":
                   {"schema": {"$ref": "#/components/schemas/Problem"}}}}},
               "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}}},
             "tags": [{"name": "organizations"}]}
            """;

    private static final String BENEFICIARIES = """
            {"openapi": "3.1.0", "info": {"title": "beneficiaries-service", "version": "1"},
             "paths": {
               "/api/persons": {"get": {"operationId": "list",
                   "security": [{"bearer": []}],
                   "responses": {"200": {"description": "ok"}, "429": {"description": "own"},
                                 "400": {"description": "bad", "content": {"application/problem+json":
                                     {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}}
             },
             "components": {
               "schemas": {"Problem": {"type": "object", "properties": {"errors": {"type": "array"}}}},
               "securitySchemes": {"bearer": {"type": "oauth2", "description": "different"}}}}
            """;

    @Test
    void eachServiceContributesOnlyThePathsTheGatewayRoutesToIt() {
        JsonNode merged = merge();

        assertThat(merged.path("paths").has("/api/mobile/me")).isTrue();
        assertThat(merged.path("paths").has("/api/organizations")).isTrue();
        assertThat(merged.path("paths").has("/q/health")).as("a service's own /q endpoints").isFalse();
        assertThat(merged.at("/paths/~1api~1persons/get/operationId").asText())
                .as("/api/persons comes from beneficiaries-service, not from a stray path in agreements'")
                .isEqualTo("beneficiaries-service.list");
        assertThat(merged.has("servers")).isFalse();
        assertThat(merged.path("x-services")).extracting(JsonNode::asText)
                .containsExactly("agreements-service", "beneficiaries-service");
    }

    @Test
    void identicalComponentsAreSharedAndClashingOnesRenamedWithTheirReferences() {
        JsonNode merged = merge();
        JsonNode schemas = merged.at("/components/schemas");

        assertThat(schemas.has("Problem")).isTrue();
        assertThat(schemas.has("beneficiaries-service.Problem")).isTrue();
        assertThat(merged.at("/paths/~1api~1persons/get/responses/400/content/application~1problem+json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/beneficiaries-service.Problem");
        assertThat(merged.at("/components/responses/Invalid/content/application~1problem+json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Problem");

        JsonNode schemes = merged.at("/components/securitySchemes");
        assertThat(schemes.has("bearer")).isTrue();
        assertThat(schemes.has("agreements-service.bearer")).as("identical to the gateway's").isFalse();
        assertThat(schemes.has("beneficiaries-service.bearer")).isTrue();
        assertThat(merged.at("/paths/~1api~1persons/get/security/0").has("beneficiaries-service.bearer")).isTrue();
    }

    @Test
    void operationIdsStayUniqueAndADocumentWideSecurityRequirementMovesOntoItsOperations() {
        JsonNode merged = merge();

        assertThat(merged.at("/paths/~1api~1organizations/get/operationId").asText()).isEqualTo("list");
        assertThat(merged.at("/paths/~1api~1organizations/get/security/0").has("bearer")).isTrue();
    }

    @Test
    void proxiedOperationsListTheGatewaysOwnStatusesWithoutOverridingTheServices() {
        JsonNode merged = merge();

        JsonNode organizations = merged.at("/paths/~1api~1organizations/get/responses");
        assertThat(organizations.at("/503/$ref").asText()).isEqualTo("#/components/responses/GatewayServiceUnavailable");
        assertThat(organizations.at("/429/$ref").asText()).isEqualTo("#/components/responses/GatewayTooManyRequests");
        assertThat(organizations.at("/504/$ref").asText()).isEqualTo("#/components/responses/GatewayTimeout");
        assertThat(merged.at("/paths/~1api~1persons/get/responses/429/description").asText()).isEqualTo("own");
        assertThat(merged.at("/components/responses/GatewayServiceUnavailable/headers").has("Retry-After")).isTrue();
    }

    @Test
    void aMissingServiceIsNamedAndTheRestIsStillServed() {
        JsonNode merged = OpenApiMerger.merge(read(OWN),
                List.of(new ServiceDocument(DownstreamService.AGREEMENTS, read(AGREEMENTS))),
                List.of(new MissingService(DownstreamService.DONORS, "unreachable")));

        assertThat(merged.path("paths").has("/api/organizations")).isTrue();
        assertThat(merged.at("/x-missing/0/service").asText()).isEqualTo("donors-service");
        assertThat(merged.at("/x-missing/0/reason").asText()).isEqualTo("unreachable");
    }

    @Test
    void tagsAreUnitedByName() {
        JsonNode merged = merge();

        assertThat(merged.path("tags").findValuesAsText("name")).containsExactly("mobile", "organizations");
    }

    @Test
    void theInputsAreNotChanged() {
        JsonNode own = read(OWN);
        JsonNode beneficiaries = read(BENEFICIARIES);
        JsonNode ownBefore = own.deepCopy();
        JsonNode beneficiariesBefore = beneficiaries.deepCopy();

        OpenApiMerger.merge(own, List.of(new ServiceDocument(DownstreamService.BENEFICIARIES, beneficiaries)), List.of());

        assertThat(own).isEqualTo(ownBefore);
        assertThat(beneficiaries).isEqualTo(beneficiariesBefore);
    }

    private static JsonNode merge() {
        return OpenApiMerger.merge(read(OWN), List.of(
                new ServiceDocument(DownstreamService.AGREEMENTS, read(AGREEMENTS)),
                new ServiceDocument(DownstreamService.BENEFICIARIES, read(BENEFICIARIES))), List.of());
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
