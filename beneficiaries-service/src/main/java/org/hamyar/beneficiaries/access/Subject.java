package org.hamyar.beneficiaries.access;

import java.util.UUID;

/**
 * The record a read is about: a person, or a household. Exactly one of the two ids is set. What a
 * referral opens is decided per subject ({@link RecordAccess#sight(org.hamyar.api.security.Actor, Subject, java.util.List, java.util.function.Function)}).
 */
public record Subject(UUID personId, UUID householdId) {

    public Subject {
        if ((personId == null) == (householdId == null)) {
            throw new IllegalArgumentException("a subject is a person or a household");
        }
    }

    public static Subject person(UUID id) {
        return new Subject(id, null);
    }

    public static Subject household(UUID id) {
        return new Subject(null, id);
    }

    public boolean isPerson() {
        return personId != null;
    }

    public UUID id() {
        return isPerson() ? personId : householdId;
    }
}
