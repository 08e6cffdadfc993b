package org.hamyar.outbox;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hamyar.infrastructure.testing.KafkaTestResource;
import org.hamyar.infrastructure.testing.PostgresTestResource;
import org.hamyar.outbox.parcel.ParcelService;
import org.hamyar.outbox.parcel.ShipmentTallyConsumer;
import org.awaitility.core.ConditionTimeoutException;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A request that publishes an event and the consumer that applies it are one trace: the outbox keeps the
 * request's trace context with the event, the relay sends it as the CloudEvents distributed-tracing
 * attribute {@code ce_traceparent}, and the consumer's span continues it.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "outbox_test"))
@WithTestResource(KafkaTestResource.class)
class TracePropagationTest {

    private static final Duration DELIVERY = Duration.ofSeconds(30);

    @Inject
    ParcelService parcels;
    @Inject
    OutboxRelay relay;
    @Inject
    ShipmentTallyConsumer consumer;
    @Inject
    ConsumerRetry retry;
    @Inject
    InMemorySpanExporter spans;

    @BeforeAll
    static void createTopic() throws InterruptedException {
        ParcelTopic.create();
    }

    @BeforeEach
    void startWithAnEmptyBacklog() {
        while (relay.relayOnce() > 0) {
            // earlier tests' events
        }
        spans.reset();
    }

    @Test
    void theEventCarriesTheRequestsTraceAndTheConsumersSpanContinuesIt() {
        UUID parcel = parcels.register("قزوین");
        String eventId = given().post("/test/parcels/{id}/shipments", parcel).then().statusCode(200).extract().asString();
        SpanData request = awaitSpan(s -> s.getKind() == SpanKind.SERVER && s.getName().contains("shipments"));

        assertThat(relay.relayOnce()).isEqualTo(1);
        ConsumerRecord<String, String> record = ParcelTopic.recordsWithKeys(List.of(parcel.toString())).getLast();
        assertThat(ParcelTopic.header(record, "ce_id")).isEqualTo(eventId);
        String traceparent = ParcelTopic.header(record, CloudEventHeaders.TRACE_PARENT);
        assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        String[] parts = traceparent.split("-");
        assertThat(parts[1]).as("the request's trace").isEqualTo(request.getTraceId());
        String publishedIn = parts[2];
        assertThat(spans.getFinishedSpanItems()).as("the span the event was published in belongs to the request")
                .anySatisfy(s -> assertThat(s.getSpanId()).isEqualTo(publishedIn));

        await().atMost(DELIVERY).until(() -> consumer.tally(parcel), Optional.of(1)::equals);
        SpanData processing = awaitSpan(s -> s.getKind() == SpanKind.CONSUMER && eventId.equals(eventIdOf(s)));
        assertThat(processing.getName()).isEqualTo(ShipmentTallyConsumer.CHANNEL + " process");
        assertThat(processing.getTraceId()).isEqualTo(request.getTraceId());
        assertThat(processing.getParentSpanId()).isEqualTo(publishedIn);
        assertThat(processing.getParentSpanContext().isRemote()).isTrue();
    }

    @Test
    void anEventPublishedOutsideATraceCarriesNoTraceparentAndItsConsumerStartsATrace() {
        UUID parcel = parcels.register("زنجان");
        String eventId = parcels.ship(parcel).toString();

        assertThat(relay.relayOnce()).isEqualTo(1);
        ConsumerRecord<String, String> record = ParcelTopic.recordsWithKeys(List.of(parcel.toString())).getLast();
        assertThat(ParcelTopic.header(record, CloudEventHeaders.TRACE_PARENT)).isNull();
        assertThat(ParcelTopic.header(record, CloudEventHeaders.TRACE_STATE)).isNull();

        await().atMost(DELIVERY).until(() -> consumer.tally(parcel), Optional.of(1)::equals);
        SpanData processing = awaitSpan(s -> s.getKind() == SpanKind.CONSUMER && eventId.equals(eventIdOf(s)));
        assertThat(processing.getParentSpanContext().isValid()).isFalse();
    }

    @Test
    void whatTheConsumerLogsAndPublishesNamesTheEventsTrace() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        var event = new IncomingEvent(UUID.randomUUID().toString(), "hamyar.outboxtest.parcel-shipped.v1",
                "/hamyar/outbox-test", null, null, "key", "{}",
                new TraceContext("00-" + traceId + "-00f067aa0ba902b7-01", "hamyar=1"));
        var logged = new AtomicReference<Object>();
        var published = new AtomicReference<TraceContext>();

        retry.apply(ShipmentTallyConsumer.CHANNEL, event, () -> {
            logged.set(MDC.get("traceId"));
            published.set(TraceContext.current());
        });

        assertThat(logged.get()).as("the traceId every log line of the consumer's work carries").isEqualTo(traceId);
        assertThat(published.get().parent()).as("what the consumer publishes goes on in the trace").contains(traceId);
        assertThat(published.get().state()).isEqualTo("hamyar=1");
    }

    @Test
    void aMalformedTraceparentIsIgnored() {
        var event = new IncomingEvent(UUID.randomUUID().toString(), "hamyar.outboxtest.parcel-shipped.v1",
                "/hamyar/outbox-test", null, null, "key", "{}", new TraceContext("00-not-a-trace", null));
        var published = new AtomicReference<TraceContext>();

        retry.apply(ShipmentTallyConsumer.CHANNEL, event, () -> published.set(TraceContext.current()));

        assertThat(published.get().parent()).as("the consumer's own new trace").matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01")
                .doesNotContain("not-a-trace");
    }

    /** The first finished span that matches; the spans there are, when none does in time. */
    private SpanData awaitSpan(Predicate<SpanData> wanted) {
        try {
            return await().atMost(DELIVERY).until(
                    () -> spans.getFinishedSpanItems().stream().filter(wanted).findFirst(), Optional::isPresent).orElseThrow();
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("no such span among " + spans.getFinishedSpanItems().stream()
                    .map(s -> s.getKind() + " " + s.getName() + " " + s.getTraceId() + " " + eventIdOf(s)).toList(), e);
        }
    }

    private static String eventIdOf(SpanData span) {
        return span.getAttributes().get(AttributeKey.stringKey("cloudevents.event_id"));
    }
}
