package org.hamyar.outbox;

/**
 * An event a consumer cannot apply however often it tries: it is not a Hamyar CloudEvent, its data
 * does not fit its type ({@link MalformedEventException}), or it is well formed but breaks a rule of
 * the consumer (a required field missing, a value out of range, a reference to something the
 * consumer never recorded). {@link ConsumerRetry} does not retry it: the record goes to the
 * channel's dead-letter topic, headers and reason included, and can be replayed once the cause is
 * fixed. Throw it (or a subclass) from a consumer for any such event.
 */
public class UnusableEventException extends RuntimeException {

    public UnusableEventException(String message) {
        super(message);
    }

    public UnusableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
