package org.hamyar.donors.aid.event;

/**
 * A well-formed event this service cannot apply: a required field is missing, a value is out of
 * range, or it refers to aid this service never recorded. Retrying cannot help, so the record goes
 * to the dead-letter topic, where it keeps its headers and can be replayed once the cause is fixed.
 */
public class UnusableEventException extends RuntimeException {

    public UnusableEventException(String message) {
        super(message);
    }
}
