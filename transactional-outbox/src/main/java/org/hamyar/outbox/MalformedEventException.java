package org.hamyar.outbox;

/**
 * A Kafka record that is not a Hamyar CloudEvent, or whose data does not fit its type. Unusable:
 * retrying cannot help.
 */
public class MalformedEventException extends UnusableEventException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
