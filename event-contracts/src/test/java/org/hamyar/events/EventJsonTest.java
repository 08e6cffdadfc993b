package org.hamyar.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.hamyar.events.beneficiaries.AidGranted;
import org.hamyar.events.beneficiaries.BeneficiaryEvents;
import org.hamyar.events.testing.EventSamples;
import org.junit.jupiter.api.Test;

/** The wire format of event data: what the outbox writes and every consumer reads. */
class EventJsonTest {

    private final AidGranted aid = EventSamples.of(BeneficiaryEvents.AID_GRANTED);

    @Test
    void datesAndTimesTravelAsIsoStrings() {
        assertThat(EventJson.write(aid))
                .contains("\"periodStart\":\"2026-03-21\"")
                .contains("\"grantedAt\":\"2026-03-21T06:30:00.123456Z\"")
                .doesNotContain("Jalali");
    }

    @Test
    void nullFieldsAreWrittenBecauseTheSchemasRequireThem() {
        JsonNode tree = EventJson.tree(aid);
        assertThat(tree.has("personId")).isTrue();
        assertThat(tree.get("personId").isNull()).isTrue();
        assertThat(tree.get("allocationId").isNull()).isTrue();
    }

    @Test
    void whatIsWrittenReadsBackEqual() throws JsonProcessingException {
        for (EventType<?> type : EventTypes.ALL) {
            Object sample = EventSamples.of(type);
            assertThat(EventJson.read(EventJson.write(sample), type.dataClass())).as(type.type()).isEqualTo(sample);
        }
    }

    @Test
    void fieldsAProducerAddedLaterAreIgnored() throws JsonProcessingException {
        String newer = EventJson.write(aid).replaceFirst("\\{", "{\"addedInALaterRelease\":{\"x\":1},");
        assertThat(EventJson.read(newer, AidGranted.class)).isEqualTo(aid);
    }

    @Test
    void theOffsetAProducerWroteIsKept() throws JsonProcessingException {
        record Stamped(OffsetDateTime at) {
        }
        Stamped read = EventJson.read("{\"at\":\"2026-03-21T10:00:00+03:30\"}", Stamped.class);
        assertThat(read.at().getOffset().getTotalSeconds()).isEqualTo(3 * 3600 + 30 * 60);
    }

    @Test
    void optionalsAreUnderstood() {
        record WithOptional(Optional<String> note) {
        }
        assertThat(EventJson.write(new WithOptional(Optional.of("x")))).isEqualTo("{\"note\":\"x\"}");
        assertThat(EventJson.write(new WithOptional(Optional.empty()))).isEqualTo("{\"note\":null}");
    }

    @Test
    void dataThatDoesNotFitTheRecordFails() {
        assertThatThrownBy(() -> EventJson.read("{\"amountRials\":\"a lot\"}", AidGranted.class))
                .isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> EventJson.parse("{not json")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void changingTheMappersCopyChangesNothingOnTheWire() {
        EventJson.mapper().enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        assertThat(EventJson.write(aid)).contains("\"grantedAt\":\"2026-03-21T06:30:00.123456Z\"");
    }
}
