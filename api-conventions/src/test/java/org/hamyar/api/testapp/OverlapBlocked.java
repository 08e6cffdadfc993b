package org.hamyar.api.testapp;

import java.util.UUID;

import org.hamyar.api.problem.DomainProblem;

/** A domain problem as a service would declare it; its texts are in the test's messages/problems bundles. */
public final class OverlapBlocked extends DomainProblem {

    public OverlapBlocked(UUID household, String category) {
        super(409, "overlap-blocked", "Overlap blocked",
                "Household {0} already receives {1} from another organisation", household, category);
        with("household", household);
        withField("category", "already granted by another organisation");
    }
}
