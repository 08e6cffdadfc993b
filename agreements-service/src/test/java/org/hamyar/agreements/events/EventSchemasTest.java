package org.hamyar.agreements.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.hamyar.events.EventType;
import org.hamyar.events.agreements.AgreementActivated;
import org.hamyar.events.agreements.AgreementAmended;
import org.hamyar.events.agreements.AgreementEvents;
import org.hamyar.events.agreements.AgreementExpired;
import org.hamyar.events.agreements.AgreementParty;
import org.hamyar.events.agreements.AgreementSigned;
import org.hamyar.events.agreements.AgreementTerminated;
import org.hamyar.events.agreements.AgreementTerms;
import org.hamyar.events.agreements.CommitmentOverdue;
import org.hamyar.events.agreements.CommitmentProgressReported;
import org.hamyar.events.agreements.CoordinationRule;
import org.hamyar.events.agreements.OrganizationRegistered;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sample events, written as the outbox writes them, against the JSON Schemas this service owns in
 * event-contracts. The Quarkus tests check the payloads really written to the outbox the same way
 * ({@code OutboxPayloadsTest}).
 */
class EventSchemasTest {

    /** The outbox's wire format: ISO-8601 dates, nulls written. */
    static final ObjectMapper WIRE = JsonMapper.builder()
            .addModule(new JavaTimeModule()).addModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private static final UUID AGREEMENT = UUID.fromString("5b1c1f6e-2d9a-4f31-9a53-9d2c6f0a0002");
    private static final UUID RELIEF = UUID.fromString("0a000000-0000-4000-8000-000000000005");
    private static final UUID RURAL = UUID.fromString("0a000000-0000-4000-8000-000000000006");
    private static final Instant NOW = Instant.parse("2026-11-22T08:15:30.123456Z");
    private static final AgreementTerms TERMS = new AgreementTerms(AGREEMENT, 2, "ACTIVE",
            List.of(new AgreementParty(RELIEF, "IMPLEMENTER"), new AgreementParty(RURAL, "IMPLEMENTER")),
            List.of("26"), List.of("تاکستان"), List.of("RURAL_POOR", "ORPHAN"), List.of("FOOD_BASKET", "HOUSING"),
            true, List.of(new CoordinationRule("FOOD_BASKET", "BLOCK"), new CoordinationRule("HOUSING", "WARN")),
            LocalDate.of(2018, 12, 17), null);

    static final Map<EventType<?>, Object> SAMPLES = Map.of(
            AgreementEvents.ORGANIZATION_REGISTERED, new OrganizationRegistered(RELIEF, "RELIEF_COMMITTEE", "PROVINCE", "26",
                    null, null, "کمیته امداد امام خمینی (ره) استان قزوین", "Relief Committee, Qazvin"),
            AgreementEvents.AGREEMENT_SIGNED, new AgreementSigned(AGREEMENT, 1, RURAL, true, NOW),
            AgreementEvents.AGREEMENT_ACTIVATED, new AgreementActivated(TERMS, NOW),
            AgreementEvents.AGREEMENT_AMENDED, new AgreementAmended(TERMS, 1, NOW),
            AgreementEvents.AGREEMENT_TERMINATED, new AgreementTerminated(AGREEMENT, 2, "پایان همکاری", LocalDate.of(2026, 11, 22), NOW),
            AgreementEvents.AGREEMENT_EXPIRED, new AgreementExpired(AGREEMENT, 1, LocalDate.of(2027, 3, 21)),
            AgreementEvents.COMMITMENT_PROGRESS_REPORTED, new CommitmentProgressReported(AGREEMENT, 1, UUID.randomUUID(), RURAL,
                    RELIEF, 900L, 900, 900L, "خانوار", true, LocalDate.of(2018, 12, 17), NOW),
            AgreementEvents.COMMITMENT_OVERDUE, new CommitmentOverdue(AGREEMENT, 1, UUID.randomUUID(), RURAL,
                    LocalDate.of(2026, 6, 21), null, 0, LocalDate.of(2026, 11, 22)));

    static List<EventType<?>> eventTypes() {
        return AgreementEvents.ALL;
    }

    static JsonSchema schemaOf(EventType<?> type) {
        InputStream json = EventSchemasTest.class.getClassLoader().getResourceAsStream(type.schemaResource());
        assertThat(json).as("schema %s on the classpath", type.schemaResource()).isNotNull();
        var config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(json, config);
    }

    static Set<String> errors(EventType<?> type, JsonNode payload) {
        return schemaOf(type).validate(payload).stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
    }

    @Test
    void everyAgreementsEventHasASample() {
        assertThat(SAMPLES.keySet()).containsExactlyInAnyOrderElementsOf(AgreementEvents.ALL);
        assertThat(AgreementEvents.ALL).hasSize(8);
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void theSampleMatchesItsSchema(EventType<?> type) {
        assertThat(SAMPLES.get(type)).isInstanceOf(type.dataClass());
        assertThat(errors(type, WIRE.valueToTree(SAMPLES.get(type)))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void aPayloadWithAnUnknownFieldOrAMissingOneIsRefused(EventType<?> type) {
        ObjectNode extra = WIRE.valueToTree(SAMPLES.get(type));
        extra.put("nationalCode", "0499370899");
        assertThat(errors(type, extra)).isNotEmpty();

        ObjectNode missing = WIRE.valueToTree(SAMPLES.get(type));
        missing.remove(missing.fieldNames().next());
        assertThat(errors(type, missing)).isNotEmpty();
    }

    @Test
    void theTermsAreCheckedDeeply() {
        ObjectNode activated = WIRE.valueToTree(SAMPLES.get(AgreementEvents.AGREEMENT_ACTIVATED));
        ((ObjectNode) activated.get("terms")).putArray("provinces").add("99x");
        ((ObjectNode) activated.get("terms").get("coordinationRules").get(0)).put("mode", "IGNORE");
        ((ObjectNode) activated.get("terms")).put("effectiveFrom", "1397-09-26x");
        assertThat(errors(AgreementEvents.AGREEMENT_ACTIVATED, activated)).hasSize(3);
    }
}
