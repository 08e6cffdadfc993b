package org.hamyar.api.testapp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hamyar.api.problem.DomainProblem;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A request body with every kind of field the conventions care about. */
public record Echo(
        @NotBlank String name,
        Integer amount,
        Long total,
        BigDecimal price,
        LocalDate grantedOn,
        Kind kind,
        UUID householdId,
        Boolean urgent,
        @Min(0) int count,
        List<@Valid Party> parties,
        @Size(max = 3) List<@NotBlank String> tags,
        @JsonProperty(required = true) String reference) {

    public enum Kind {
        STIPEND, HOUSING, FOOD_BASKET
    }

    public record Party(@NotNull UUID organizationId, @NotBlank String role, LocalDate since) {

        /** Records may check their values as they are built, as domain records do. */
        public Party {
            if ("observer".equals(role)) {
                throw new IllegalArgumentException("an observer is not a party");
            }
            if ("monitor".equals(role)) {
                throw new DomainProblem(422, "monitor-not-allowed", "Monitor not allowed",
                        "The monitoring party is chosen by the agreement, not by its parties");
            }
        }
    }
}
