package org.hamyar.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hamyar.events.testing.EventSamples;
import org.hamyar.events.testing.EventSchemas;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every event type, as the one event mapper writes a realistic instance of it, fits the JSON
 * Schema its producer publishes; the schema is strict enough to refuse what does not belong.
 */
class EventSchemasTest {

    static List<EventType<?>> eventTypes() {
        return EventTypes.ALL;
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void aRealisticInstanceFitsItsSchema(EventType<?> type) {
        Object sample = EventSamples.of(type);
        assertThat(sample).isInstanceOf(type.dataClass());
        assertThat(EventSchemas.violationsOf(type, sample)).isEmpty();
        assertThat(EventSchemas.violations(type, EventJson.write(sample))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void aFieldTheSchemaDoesNotKnowIsRefused(EventType<?> type) {
        ObjectNode withNationalCode = (ObjectNode) EventJson.tree(EventSamples.of(type));
        withNationalCode.put("nationalCode", "0499370899");
        assertThat(EventSchemas.violations(type, withNationalCode))
                .anySatisfy(violation -> assertThat(violation).contains("nationalCode"));
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void everyFieldOfTheRecordIsRequired(EventType<?> type) {
        ObjectNode sample = (ObjectNode) EventJson.tree(EventSamples.of(type));
        sample.fieldNames().forEachRemaining(field -> {
            ObjectNode without = sample.deepCopy();
            without.remove(field);
            assertThat(EventSchemas.violations(type, without)).as("%s without %s", type.type(), field)
                    .anySatisfy(violation -> assertThat(violation).contains(field));
        });
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void anIdThatIsNoUuidIsRefused(EventType<?> type) {
        ObjectNode sample = (ObjectNode) EventJson.tree(EventSamples.of(type));
        String idField = sample.properties().stream().map(java.util.Map.Entry::getKey)
                .filter(name -> name.endsWith("Id") && sample.get(name).isTextual())
                .findFirst().orElse(null);
        if (idField == null) {
            // the activation and amendment carry their ids inside the terms
            ((ObjectNode) sample.get("terms")).put("agreementId", "agreement-1");
        } else {
            sample.put(idField, "not-a-uuid");
        }
        assertThat(EventSchemas.violations(type, sample)).isNotEmpty();
    }
}
