package org.hamyar.outbox;

/**
 * One consumer of another service's events, as {@link ConsumerRetry#consume} runs it: live from its
 * {@code @Incoming} channel, and again when an admin replays one of its dead letters
 * ({@link DeadLetters#replay}). A CDI bean; its channel names it, so two consumers of a service never
 * share a channel (SmallRye refuses that anyway).
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class AgreementEventsConsumer implements EventConsumer {
 *     public String channel() { return "agreements-in"; }
 *     public boolean concerns(IncomingEvent event) { return event.is(AgreementEvents.AGREEMENT_TERMINATED); }
 *     public void apply(IncomingEvent event) {
 *         if (!processed.firstDelivery("beneficiaries-agreements-projection", event.id())) return;
 *         ... apply event.dataAs(...) ...
 *     }
 *     @Incoming("agreements-in") @Blocking
 *     public void on(ConsumerRecord<String, String> record) { retry.consume(this, record); }
 * }
 * }</pre>
 */
public interface EventConsumer {

    /** The {@code @Incoming} channel this consumer reads; its dead letters are recorded under it. */
    String channel();

    /** Whether the event is this consumer's business; others are skipped without a transaction. */
    boolean concerns(IncomingEvent event);

    /**
     * One attempt at applying the event, in the transaction {@link ConsumerRetry} opened for it. Asks
     * {@link ProcessedEvents#firstDelivery} first, so that a redelivery or a replay changes nothing
     * twice; throws {@link UnusableEventException} for an event it can never use.
     */
    void apply(IncomingEvent event);
}
