package org.hamyar.api.problem;

/**
 * Recognises a failure this library cannot know by itself, wherever it stands in a cause chain:
 * api-persistence recognises optimistic-lock, unique-constraint and serialization failures this
 * way, so that the HTTP conventions carry no persistence library. Every CDI bean of this type is
 * consulted, after {@link DomainProblem} and Bean Validation.
 */
public interface CauseRecognizer {

    /** @return the problem {@code cause} is, or null when it is none of this recognizer's */
    DomainProblem recognise(Throwable cause);
}
