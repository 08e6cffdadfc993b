package org.hamyar.beneficiaries.overlap;

import java.util.List;

/** Every overlap of a proposed aid, with its outcome. Blocked as soon as one overlap blocks. */
public record OverlapAssessment(List<Conflict> conflicts) {

    public OverlapAssessment {
        conflicts = List.copyOf(conflicts);
    }

    public static OverlapAssessment none() {
        return new OverlapAssessment(List.of());
    }

    public boolean blocked() {
        return conflicts.stream().anyMatch(Conflict::blocks);
    }

    /** The overlaps recorded with a warning (only meaningful when not {@link #blocked()}). */
    public List<Conflict> warnings() {
        return conflicts.stream().filter(c -> !c.blocks()).toList();
    }
}
