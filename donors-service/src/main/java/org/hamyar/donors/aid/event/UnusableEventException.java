package org.hamyar.donors.aid.event;

/**
 * A well-formed aid event the donors-service cannot apply: a required field is missing, a value is
 * out of range, or it refers to aid this service never recorded. An
 * {@link org.hamyar.outbox.UnusableEventException}: {@link org.hamyar.outbox.ConsumerRetry} does not
 * retry it, the record goes to the dead-letter topic, where it keeps its headers and can be replayed
 * once the cause is fixed.
 */
public class UnusableEventException extends org.hamyar.outbox.UnusableEventException {

    public UnusableEventException(String message) {
        super(message);
    }
}
