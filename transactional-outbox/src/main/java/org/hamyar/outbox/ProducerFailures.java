package org.hamyar.outbox;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a send the broker refuses for this record alone, for good, from one that fails for every
 * record alike and passes (the broker away, a timeout, a leader election). The first kind is set
 * aside by the relay; the second leaves the events for the next round.
 */
final class ProducerFailures {

    private ProducerFailures() {
    }

    /**
     * The record itself is refused: larger than the producer's {@code max.request.size} or the topic's
     * {@code max.message.bytes} ({@link RecordTooLargeException}, {@link RecordBatchTooLargeException}),
     * not serialisable ({@link SerializationException}), a record the broker cannot take (an invalid
     * header or key, {@link InvalidRecordException}) or a topic name Kafka does not allow
     * ({@link InvalidTopicException}). Authorisation failures are not among them: they concern every
     * event of a topic, and setting them all aside would only hide a deployment's mistake.
     */
    static boolean refusesTheRecord(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException
                    || cause instanceof SerializationException || cause instanceof InvalidRecordException
                    || cause instanceof InvalidTopicException) {
                return true;
            }
        }
        return false;
    }
}
