package org.hamyar.outbox;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A record a consumer of this service could not apply, as {@code dead_letter} keeps it.
 *
 * @param id               the dead letter's own id (not the event's)
 * @param channel          the consumer's {@code @Incoming} channel
 * @param eventId          {@code ce_id} as received, null when the record had none
 * @param reason           the failure: the exception and its causes
 * @param permanent        true: no retry could cure it; false: a transient failure given up on
 * @param replays          how often an admin replayed it
 * @param resolvedAt       when a replay applied it, or found it applied already; null while it is not
 * @param headers          every Kafka header as received, as text (absent from a listing)
 * @param payload          the record's value (absent from a listing)
 */
public record DeadLetter(UUID id, String channel, String topic, int partition, long offset, String key,
                         String eventId, String type, String source, String subject, String reason,
                         boolean permanent, OffsetDateTime deadLetteredAt, int replays,
                         OffsetDateTime lastReplayedAt, String lastReplayFailure, OffsetDateTime resolvedAt,
                         @JsonInclude(JsonInclude.Include.NON_NULL) List<Header> headers,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String payload) {

    /** One Kafka header; a record may carry a name more than once. */
    public record Header(String name, String value) {
    }

    /** Without what only an admin may read: the headers and the payload. */
    public DeadLetter summary() {
        return new DeadLetter(id, channel, topic, partition, offset, key, eventId, type, source, subject, reason,
                permanent, deadLetteredAt, replays, lastReplayedAt, lastReplayFailure, resolvedAt, null, null);
    }
}
