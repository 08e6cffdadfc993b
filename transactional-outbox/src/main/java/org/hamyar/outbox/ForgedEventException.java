package org.hamyar.outbox;

/**
 * An event of the network that did not come from its owner: on another topic than its own, or with
 * another {@code ce_source} than its producer's. Never applied; it goes to the dead-letter topic
 * with this reason, where an admin sees it.
 */
public class ForgedEventException extends UnusableEventException {

    public ForgedEventException(String message) {
        super(message);
    }
}
