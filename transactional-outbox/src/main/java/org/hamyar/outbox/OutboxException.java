package org.hamyar.outbox;

/** The outbox or the processed-event log could not be read or written. */
public class OutboxException extends RuntimeException {

    public OutboxException(String message, Throwable cause) {
        super(message, cause);
    }
}
