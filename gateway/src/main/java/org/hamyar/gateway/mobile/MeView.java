package org.hamyar.gateway.mobile;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The signed-in user as the mobile apps start from: who, which roles, which organisation. When
 * agreements-service cannot be asked in time, {@code organization} is null, {@code partial} is
 * true and {@code missing} names the service.
 */
@Schema(name = "MobileMe")
public record MeView(
        @Schema(example = "coordinator.qazvin-relief") String username,
        @Schema(description = "The user's Hamyar roles.", example = "[\"coordinator\"]") List<String> roles,
        @Schema(description = "The `org` claim of the token; null for a user without an organisation.",
                example = "0a000000-0000-4000-8000-000000000005") String organizationId,
        @Schema(nullable = true) OrganizationSummary organization,
        @Schema(description = "True when a part of the view is missing because a service did not answer.") boolean partial,
        @Schema(description = "The services whose part is missing.", example = "[]") List<String> missing) {
}
