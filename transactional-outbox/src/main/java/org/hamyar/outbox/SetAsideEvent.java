package org.hamyar.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An outbox event the broker refused for good, set aside by the relay until an admin retries it.
 *
 * @param id          {@code ce_id}
 * @param aggregateId the Kafka key: the later events of this key on this topic wait with it
 * @param failure     why the broker refused it
 * @param retries     how often an admin sent it back to the relay
 * @param heldBack    the later events of the same key waiting behind it
 */
public record SetAsideEvent(UUID id, long seq, String topic, String type, String aggregateId,
                            OffsetDateTime occurredAt, OffsetDateTime failedAt, String failure, int retries,
                            long heldBack) {
}
