package org.hamyar.api.testapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Validation below the resource, as a service's @Valid parameters do it. */
@ApplicationScoped
public class ValidatedService {

    public Echo accept(@Valid Echo echo) {
        return echo;
    }

    @NotNull
    public String brokenPromise() {
        return null;
    }
}
