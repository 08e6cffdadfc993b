package org.hamyar.agreements.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamyar.agreements.testing.Fixtures.activeAgreement;
import static org.hamyar.agreements.testing.Users.as;
import static org.hamyar.agreements.testing.Users.coordinatorOf;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.hamyar.agreements.testing.AgreementsTopic;
import org.hamyar.events.EventJson;
import org.hamyar.events.EventType;
import org.hamyar.events.agreements.AgreementEvents;
import org.hamyar.events.testing.EventSchemas;
import org.junit.jupiter.api.Test;

/** What really leaves the service: CloudEvents on the real broker, payloads that match their schemas. */
@QuarkusTest
class PublishedEventsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void agreementActivatedReachesKafkaAsACloudEventKeyedByTheAgreementCarryingTheCoordinationClause() throws Exception {
        try (var topic = AgreementsTopic.fromBeginning()) {
            var agreement = activeAgreement();
            String key = agreement.id().toString();

            var activated = topic.await("hamyar.agreements.agreement-activated.v1", key);
            assertThat(activated.key()).isEqualTo(key);
            assertThat(AgreementsTopic.header(activated, "ce_specversion")).isEqualTo("1.0");
            assertThat(AgreementsTopic.header(activated, "ce_source")).isEqualTo("/hamyar/agreements-service");
            assertThat(AgreementsTopic.header(activated, "ce_subject")).isEqualTo(key);
            assertThat(UUID.fromString(AgreementsTopic.header(activated, "ce_id"))).isNotNull();
            assertThat(AgreementsTopic.header(activated, "ce_time")).isNotBlank();

            JsonNode data = EventJson.parse(activated.value());
            assertThat(EventSchemas.violations(AgreementEvents.AGREEMENT_ACTIVATED, data)).isEmpty();
            Map<String, String> headers = new LinkedHashMap<>();
            activated.headers().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
            assertThat(EventSchemas.headerViolations(headers)).isEmpty();
            JsonNode terms = data.get("terms");
            assertThat(terms.get("status").asText()).isEqualTo("ACTIVE");
            assertThat(terms.get("provinces").toString()).isEqualTo("[\"26\"]");
            assertThat(terms.get("dataSharing").asBoolean()).isTrue();
            assertThat(terms.get("coordinationRules").toString()).isEqualTo("[{\"aidCategory\":\"FOOD_BASKET\",\"mode\":\"BLOCK\"}]");
            assertThat(terms.get("parties").findValuesAsText("organizationId"))
                    .containsExactly(agreement.first().toString(), agreement.second().toString());

            // the signatures came first, in the order they were given, on the same key
            var signed = topic.all("hamyar.agreements.agreement-signed.v1", key, java.time.Duration.ofMillis(500));
            assertThat(signed).hasSize(2);
            assertThat(signed.get(1).offset()).isLessThan(activated.offset());
            // nothing personal: signatories' names stay in the service
            assertThat(signed.getFirst().value()).doesNotContain("امضاکننده");
            assertThat(as(coordinatorOf(agreement.first())).get("/api/agreements/" + key).then().extract().<String>path("parties[0].signatoryName"))
                    .startsWith("امضاکننده");
        }
    }

    @Test
    void everyEventInTheOutboxMatchesTheSchemaOfItsType() throws Exception {
        activeAgreement();
        Map<String, EventType<?>> types = new LinkedHashMap<>();
        AgreementEvents.ALL.forEach(type -> types.put(type.type(), type));
        int checked = 0;
        try (var connection = dataSource.getConnection();
             var rows = connection.createStatement().executeQuery("select ce_type, payload::text from outbox_event")) {
            while (rows.next()) {
                EventType<?> type = types.get(rows.getString(1));
                assertThat(type).as("a type this service declares: %s", rows.getString(1)).isNotNull();
                Set<String> errors = EventSchemas.violations(type, rows.getString(2));
                assertThat(errors).as("%s %s", rows.getString(1), rows.getString(2)).isEmpty();
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(5);
    }
}
