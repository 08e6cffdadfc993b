package org.hamyar.outbox;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.hamyar.events.EventJson;
import org.hamyar.events.beneficiaries.AidGranted;
import org.hamyar.events.beneficiaries.BeneficiaryEvents;
import org.hamyar.events.testing.EventSamples;
import org.hamyar.events.testing.EventSchemas;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The two ends of the wire without a broker: what the relay writes is what a consumer reads. */
class IncomingEventTest {

    /** A realistic AidGranted, as the beneficiaries-service publishes it (granted 2026-03-21T06:30:00.123456Z). */
    private static final AidGranted AID = EventSamples.of(BeneficiaryEvents.AID_GRANTED);

    private final UUID eventId = UUID.randomUUID();
    private final PendingEvent pending = new PendingEvent(42, eventId, "beneficiaries.events",
            BeneficiaryEvents.AID_GRANTED.type(), "/hamyar/beneficiaries-service", AID.householdId().toString(),
            OffsetDateTime.of(2026, 3, 21, 10, 0, 0, 123_000_000, ZoneOffset.ofHoursMinutes(3, 30)),
            EventJson.write(AID));

    @Test
    void theRelaysRecordCarriesTheCloudEventsAttributesAsHeaders() {
        ProducerRecord<String, String> record = pending.toRecord();

        assertThat(record.topic()).isEqualTo("beneficiaries.events");
        assertThat(record.key()).isEqualTo(AID.householdId().toString());
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_id")).isEqualTo(eventId.toString());
        assertThat(header(record, "ce_type")).isEqualTo("hamyar.beneficiaries.aid-granted.v1");
        assertThat(header(record, "ce_source")).isEqualTo("/hamyar/beneficiaries-service");
        assertThat(header(record, "ce_subject")).isEqualTo(AID.householdId().toString());
        assertThat(header(record, "ce_time")).isEqualTo("2026-03-21T06:30:00.123Z");
        assertThat(header(record, "content-type")).isEqualTo("application/json");
    }

    @Test
    void theRelaysHeadersFitTheCloudEventsHeadersSchemaAndTheValueItsEventSchema() {
        ProducerRecord<String, String> record = pending.toRecord();
        Map<String, String> headers = new LinkedHashMap<>();
        record.headers().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));

        assertThat(EventSchemas.headerViolations(headers)).isEmpty();
        assertThat(headers.keySet()).containsExactlyInAnyOrder(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.ID,
                CloudEventHeaders.TYPE, CloudEventHeaders.SOURCE, CloudEventHeaders.TIME, CloudEventHeaders.SUBJECT,
                CloudEventHeaders.CONTENT_TYPE);
        assertThat(EventSchemas.violations(BeneficiaryEvents.AID_GRANTED, record.value())).isEmpty();
    }

    @Test
    void theTraceTheEventWasPublishedInTravelsAsTheCloudEventsTracingExtension() {
        var trace = new TraceContext("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "hamyar=1");
        var traced = new PendingEvent(pending.seq(), pending.id(), pending.topic(), pending.type(), pending.source(),
                pending.aggregateId(), pending.occurredAt(), pending.payload(), trace);
        ProducerRecord<String, String> record = traced.toRecord();
        Map<String, String> headers = new LinkedHashMap<>();
        record.headers().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));

        assertThat(headers).containsEntry(CloudEventHeaders.TRACE_PARENT, trace.parent())
                .containsEntry(CloudEventHeaders.TRACE_STATE, "hamyar=1");
        assertThat(EventSchemas.headerViolations(headers)).isEmpty();
        assertThat(IncomingEvent.from(received(record)).trace()).isEqualTo(trace);
        assertThat(IncomingEvent.from(received(pending.toRecord())).trace()).isEqualTo(TraceContext.NONE);
    }

    @Test
    void theHeadersSchemaRefusesATraceparentThatIsNot() {
        Map<String, String> headers = new LinkedHashMap<>();
        pending.toRecord().headers().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        headers.put(CloudEventHeaders.TRACE_PARENT, "00-not-a-trace");

        assertThat(EventSchemas.headerViolations(headers)).isNotEmpty();
    }

    @Test
    void datesTravelAsIsoStrings() {
        assertThat(pending.payload())
                .contains("\"periodStart\":\"2026-03-21\"")
                .contains("\"grantedAt\":\"2026-03-21T06:30:00.123456Z\"")
                .doesNotContain("Jalali");
    }

    @Test
    void aConsumerReadsBackWhatTheRelaySent() {
        IncomingEvent event = IncomingEvent.from(received(pending.toRecord()));

        assertThat(event.id()).isEqualTo(eventId.toString());
        assertThat(event.type()).isEqualTo(BeneficiaryEvents.AID_GRANTED.type());
        assertThat(event.source()).isEqualTo("/hamyar/beneficiaries-service");
        assertThat(event.subject()).isEqualTo(AID.householdId().toString());
        assertThat(event.key()).isEqualTo(AID.householdId().toString());
        assertThat(event.time()).isEqualTo(OffsetDateTime.parse("2026-03-21T06:30:00.123Z"));
        assertThat(event.is(BeneficiaryEvents.AID_GRANTED)).isTrue();
        assertThat(event.is(BeneficiaryEvents.AID_REVOKED)).isFalse();
        assertThat(event.dataAs(BeneficiaryEvents.AID_GRANTED)).isEqualTo(AID);
    }

    @Test
    void fieldsAProducerAddedLaterAreIgnored() {
        String newer = pending.payload().replaceFirst("\\{", "{\"addedInALaterRelease\":{\"x\":1},");
        var withNewField = new PendingEvent(pending.seq(), pending.id(), pending.topic(), pending.type(),
                pending.source(), pending.aggregateId(), pending.occurredAt(), newer);

        assertThat(IncomingEvent.from(received(withNewField.toRecord())).dataAs(BeneficiaryEvents.AID_GRANTED))
                .isEqualTo(AID);
    }

    @Test
    void anEventOfTheNetworkIsAcceptedOnlyFromItsProducerOnItsOwnTopic() {
        var forgedSource = received(pending.toRecord());
        forgedSource.headers().remove("ce_source").add("ce_source", "/hamyar/donors-service".getBytes(StandardCharsets.UTF_8));
        var noSource = received(pending.toRecord());
        noSource.headers().remove("ce_source");
        var otherTopic = new PendingEvent(pending.seq(), pending.id(), "agreements.events", pending.type(),
                pending.source(), pending.aggregateId(), pending.occurredAt(), pending.payload());

        assertThatThrownBy(() -> IncomingEvent.from(forgedSource))
                .isInstanceOf(ForgedEventException.class).isInstanceOf(UnusableEventException.class)
                .hasMessageContaining("from /hamyar/donors-service")
                .hasMessageContaining("only /hamyar/beneficiaries-service publishes it");
        assertThatThrownBy(() -> IncomingEvent.from(noSource)).isInstanceOf(ForgedEventException.class);
        assertThatThrownBy(() -> IncomingEvent.from(received(otherTopic.toRecord())))
                .isInstanceOf(ForgedEventException.class)
                .hasMessageContaining("travels only on beneficiaries.events");
        // a type the network does not know is the consumer's to ignore
        var unknown = new PendingEvent(pending.seq(), pending.id(), pending.topic(), "hamyar.elsewhere.thing.v1",
                "/hamyar/elsewhere", pending.aggregateId(), pending.occurredAt(), "{}");
        assertThat(IncomingEvent.from(received(unknown.toRecord())).source()).isEqualTo("/hamyar/elsewhere");
    }

    @Test
    void aRecordWithoutIdOrTypeIsNoCloudEvent() {
        var noId = received(pending.toRecord());
        noId.headers().remove("ce_id");
        var noType = received(pending.toRecord());
        noType.headers().remove("ce_type");

        assertThatThrownBy(() -> IncomingEvent.from(noId))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("no ce_id header")
                .hasMessageContaining("beneficiaries.events-0@7");
        assertThatThrownBy(() -> IncomingEvent.from(noType))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("no ce_type header");
    }

    @Test
    void anIdThatIsNoUuidIsRejected() {
        var record = received(pending.toRecord());
        record.headers().remove("ce_id").add("ce_id", "not-a-uuid".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> IncomingEvent.from(record))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("not-a-uuid");
    }

    @Test
    void dataIsNotReadAsAnotherType() {
        IncomingEvent event = IncomingEvent.from(received(pending.toRecord()));

        assertThatThrownBy(() -> event.dataAs(BeneficiaryEvents.AID_REVOKED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is a hamyar.beneficiaries.aid-granted.v1, not a hamyar.beneficiaries.aid-revoked.v1");
    }

    @Test
    void malformedDataIsAnUnusableEventThatNoRetryCures() {
        var broken = new PendingEvent(pending.seq(), pending.id(), pending.topic(), pending.type(),
                pending.source(), pending.aggregateId(), pending.occurredAt(), "{\"grantedAt\":\"yesterday\"}");
        IncomingEvent event = IncomingEvent.from(received(broken.toRecord()));

        assertThatThrownBy(() -> event.dataAs(BeneficiaryEvents.AID_GRANTED))
                .isInstanceOf(UnusableEventException.class)
                .satisfies(failure -> assertThat(ConsumerFailures.isPermanent(failure)).isTrue());
    }

    @Test
    void dataThatDoesNotFitTheRecordFailsClearly() {
        var broken = new PendingEvent(pending.seq(), pending.id(), pending.topic(), pending.type(),
                pending.source(), pending.aggregateId(), pending.occurredAt(), "{\"amountRials\":\"a lot\"}");
        IncomingEvent event = IncomingEvent.from(received(broken.toRecord()));

        assertThatThrownBy(() -> event.dataAs(BeneficiaryEvents.AID_GRANTED))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("not a valid AidGranted");
    }

    private static ConsumerRecord<String, String> received(ProducerRecord<String, String> sent) {
        var headers = new RecordHeaders(sent.headers().toArray());
        return new ConsumerRecord<>(sent.topic(), 0, 7, 0L, TimestampType.CREATE_TIME, -1, -1,
                sent.key(), sent.value(), headers, Optional.empty());
    }

    private static String header(ProducerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
